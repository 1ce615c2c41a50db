/// The rule-set function `aws.parseArn`: an ARN's parts as botocore reports them.
struct EndpointARN: Sendable, Hashable {
    let partition: String
    let service: String
    let region: String
    let accountId: String
    /// The resource part split on both `:` and `/` (`accesspoint/name` → `["accesspoint", "name"]`).
    let resourceId: [String]

    var document: Document {
        .map(["partition": .string(partition), "service": .string(service), "region": .string(region),
              "accountId": .string(accountId), "resourceId": .list(resourceId.map(Document.string))])
    }

    /// `nil` unless the text is `arn:partition:service:region:account:resource` with a non-empty
    /// partition, service and resource (region and account may be empty).
    static func parse(_ text: String) -> EndpointARN? {
        guard text.hasPrefix("arn:") else { return nil }
        let parts = text.split(separator: ":", maxSplits: 5, omittingEmptySubsequences: false)
        guard parts.count == 6, !parts[1].isEmpty, !parts[2].isEmpty, !parts[5].isEmpty else { return nil }
        let resourceId = parts[5].split(omittingEmptySubsequences: false) { $0 == ":" || $0 == "/" }.map(String.init)
        return EndpointARN(partition: String(parts[1]), service: String(parts[2]), region: String(parts[3]),
                           accountId: String(parts[4]), resourceId: resourceId)
    }
}
