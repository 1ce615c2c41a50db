import Foundation

/// Reads one model file (`.json`, or `.json.gz` inflated with zlib) into a `JSONValue`.
enum ModelFile {
    /// The parsed contents of `url`; unreadable, corrupt or oversized files throw, naming the file.
    static func read(_ url: URL) throws(ModelLoaderError) -> JSONValue {
        let path = url.path
        let raw: Data
        do {
            raw = try Data(contentsOf: url)
        } catch {
            throw ModelLoaderError(.unreadableFile, "cannot read model file \(path): \(error.localizedDescription)", file: path)
        }
        var bytes = raw
        if path.hasSuffix(".gz") {
            do {
                bytes = try GzipDecoder.decompress(raw)
            } catch {
                throw ModelLoaderError(.corruptFile, "model file \(path) is corrupt: \(error.reason); "
                    + "restore it or remove its folder from AWS_DATA_PATH", file: path)
            }
        }
        do {
            return try JSONValue.parse(bytes)
        } catch {
            throw ModelLoaderError(.corruptFile, "model file \(path) is not valid JSON (\(error)); "
                + "restore it or remove its folder from AWS_DATA_PATH", file: path)
        }
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
