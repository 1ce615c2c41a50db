extension ModelLoader {
    /// What the model index says of `service`, without loading its model when the built-in index
    /// describes its latest version (otherwise, for a service or a newer version on
    /// `AWS_DATA_PATH`, the latest model is loaded and its metadata read).
    ///
    /// Throws `ModelLoaderError` for an unknown service, with the closest names.
    public func serviceSummary(_ service: String) throws -> ServiceSummary {
        let versions = try apiVersions(service)
        if includesBundledModels, let indexed = Self.bundledSummary(service), indexed.apiVersions.last == versions.last,
           case .bundled? = modelLocation(service, version: versions.last ?? "") {
            return ServiceSummary(name: service, apiVersions: versions, protocols: indexed.protocols,
                                  signingName: indexed.signingName, endpointPrefix: indexed.endpointPrefix,
                                  serviceID: indexed.serviceID)
        }
        let metadata = try serviceModel(service).metadata
        return ServiceSummary(name: service, apiVersions: versions,
                              protocols: metadata.protocols.isEmpty ? [metadata.protocolName] : metadata.protocols,
                              signingName: metadata.signingName, endpointPrefix: metadata.endpointPrefix,
                              serviceID: metadata.serviceID ?? "")
    }

    /// The built-in index's row for `service`.
    static func bundledSummary(_ service: String) -> ServiceSummary? {
        let index = BundledModelArchive.serviceIndex
        var low = 0, high = index.count
        while low < high {
            let middle = (low + high) / 2
            if index[middle].name < service { low = middle + 1 } else { high = middle }
        }
        return low < index.count && index[low].name == service ? index[low] : nil
    }
}
