extension Resource {
    /// Any member by name (Swift, boto3 or model spelling), to call or read: see `ResourceMember`.
    public subscript(dynamicMember name: String) -> ResourceMember {
        ResourceMember(resource: self, name: name)
    }
}
