import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A folder of `<key>.json` files, each one JSON object (botocore's `JSONFileCache`), where the
/// AWS CLI keeps SSO tokens (`~/.aws/sso/cache`) and `aws login` sessions (`~/.aws/login/cache`).
///
/// Writes go to a temporary file in the same folder (mode 0600), are flushed to disk, then renamed
/// over the old file, so a reader (this SDK, botocore, the CLI) never sees half a file.
struct JSONFileCache: Sendable, Hashable {
    /// The folder.
    let directory: String

    /// The file of `key`.
    func path(forKey key: String) -> String {
        (directory.hasSuffix("/") ? directory : directory + "/") + key + ".json"
    }

    /// Whether the file of `key` exists (botocore's `__contains__`: a regular file is there).
    func contains(_ key: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path(forKey: key), isDirectory: &isDirectory) && !isDirectory.boolValue
    }

    /// The object stored under `key`; `nil` when there is no file, and `.unreadable` when it
    /// cannot be read or is not a JSON object.
    func load(_ key: String) -> Result<JSONObject, LoadFailure>? {
        guard contains(key) else { return nil }
        guard let data = FileManager.default.contents(atPath: path(forKey: key)) else { return .failure(.unreadable) }
        guard let object = (try? JSONValue.parse(data))?.object else { return .failure(.notJSONObject) }
        return .success(object)
    }

    /// Why a cache file could not be used.
    enum LoadFailure: Error {
        /// The file exists but cannot be read (permissions).
        case unreadable
        /// The file is not a JSON object.
        case notJSONObject
    }

    /// Replaces the file of `key` with `object`, written as Python's `json.dumps` writes it.
    func save(_ object: JSONObject, forKey key: String) throws {
        try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
        let text = PythonJSON.dumps(.object(object))
        let destination = path(forKey: key)
        // mkstemp creates the file with mode 0600, as Python's tempfile.mkstemp does for botocore.
        var template = Array(((directory.hasSuffix("/") ? directory : directory + "/") + ".\(key).json-XXXXXX").utf8CString)
        let descriptor = template.withUnsafeMutableBufferPointer { mkstemp($0.baseAddress!) }
        guard descriptor >= 0 else {
            throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: directory,
                                                          NSLocalizedDescriptionKey: String(cString: strerror(errno))])
        }
        let temporary = String(cString: template.withUnsafeBufferPointer { $0.baseAddress! })
        let handle = FileHandle(fileDescriptor: descriptor, closeOnDealloc: true)
        do {
            try handle.write(contentsOf: Data(text.utf8))
            try handle.synchronize()
            try handle.close()
            guard rename(temporary, destination) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: destination])
            }
        } catch {
            unlink(temporary)
            throw error
        }
    }
}
