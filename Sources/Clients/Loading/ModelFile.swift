import Foundation

/// Reads one model file (`.json`, or `.json.gz` inflated with zlib), from disk or from the models
/// built into the program.
enum ModelFile {
    /// The parsed contents of the file; unreadable, corrupt or oversized files throw, naming it.
    static func read(_ location: ModelFolders.Location) throws(ModelLoaderError) -> JSONValue {
        let bytes = try contents(location)
        do {
            return try bytes.withUnsafeBufferPointer { buffer throws(JSONParseError) in try JSONReader.parse(buffer) }
        } catch {
            throw corrupt(location, "is not valid JSON (\(error))")
        }
    }

    /// The file's bytes, inflated when it is compressed.
    static func contents(_ location: ModelFolders.Location) throws(ModelLoaderError) -> [UInt8] {
        switch location {
        case .bundled(let entry):
            do {
                return try GzipDecoder.decompressBytes(entry.bytes)
            } catch {
                throw corrupt(location, "is corrupt: \(error.reason)")
            }
        case .file(let url):
            let raw: Data
            do {
                raw = try Data(contentsOf: url)
            } catch {
                throw ModelLoaderError(.unreadableFile, "cannot read model file \(url.path): \(error.localizedDescription)",
                                       file: url.path)
            }
            guard url.path.hasSuffix(".gz") else { return [UInt8](raw) }
            let inflated = raw.withUnsafeBytes { bytes in
                Result { () throws(GzipDecoder.Failure) in try GzipDecoder.decompressBytes(bytes) }
            }
            switch inflated {
            case .success(let bytes): return bytes
            case .failure(let error): throw corrupt(location, "is corrupt: \(error.reason)")
            }
        }
    }

    static func corrupt(_ location: ModelFolders.Location, _ problem: String) -> ModelLoaderError {
        let advice: String
        switch location {
        case .file: advice = "restore it or remove its folder from AWS_DATA_PATH"
        case .bundled: advice = "rebuild the program (scripts/update-models rewrites the bundled models)"
        }
        return ModelLoaderError(.corruptFile, "model file \(location.path) \(problem); \(advice)", file: location.path)
    }

    /// Merges an extras file's `merge` object into a model as botocore does: objects present on
    /// both sides merge recursively, anything else is replaced by the extra value.
    static func merge(_ extra: JSONObject, into base: inout JSONObject) {
        for (key, value) in extra.pairs {
            if case .object(let extraObject) = value, case .object(var baseObject)? = base[key] {
                merge(extraObject, into: &baseObject)
                base[key] = .object(baseObject)
            } else {
                base[key] = value
            }
        }
    }
}
