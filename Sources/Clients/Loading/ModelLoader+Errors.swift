extension ModelLoader {
    /// An unknown service name, with the closest known names and the folders searched.
    func unknownService(_ service: String, type: String, known: [String], folders: ModelFolders) -> ModelLoaderError {
        let suggestions = ClosestNames.find(service, in: known)
        var message = "Unknown service '\(service)': no \(service)/<api-version>/\(type).json[.gz] on the search path"
        if !suggestions.isEmpty { message += "; did you mean \(suggestions.joined(separator: ", "))?" }
        message += " Searched: \(folders.paths.isEmpty ? "(no folders)" : folders.paths.joined(separator: ", "))."
        message += " To load another service, add a folder of botocore-layout models to AWS_DATA_PATH."
        return ModelLoaderError(.unknownService, message, suggestions: suggestions, searchedPaths: folders.paths)
    }

    /// An API version the service does not have, listing the versions it has.
    func unknownVersion(_ service: String, _ version: String, _ versions: [String], folders: ModelFolders) -> ModelLoaderError {
        let suggestions = ClosestNames.find(version, in: versions)
        let message = "Service '\(service)' has no API version '\(version)'; available: \(versions.joined(separator: ", ")). "
            + "Pass one of those, or nil for the latest. Searched: \(folders.paths.joined(separator: ", "))."
        return ModelLoaderError(.unknownAPIVersion, message, suggestions: suggestions.isEmpty ? versions.reversed() : suggestions,
                                searchedPaths: folders.paths)
    }
}
