import Foundation

/// Finds suite files from command-line paths.
public enum SuiteFiles {
    /// Files named directly, plus every `.json` file below named folders (sorted), minus `excluding` names.
    public static func expand(_ paths: [String], excluding: Set<String> = []) throws -> [URL] {
        var files: [URL] = []
        let fileManager = FileManager.default
        for path in paths {
            var isDirectory: ObjCBool = false
            guard fileManager.fileExists(atPath: path, isDirectory: &isDirectory) else {
                throw ConformanceError("no such file or folder: \(path)")
            }
            if isDirectory.boolValue {
                let enumerator = fileManager.enumerator(at: URL(fileURLWithPath: path), includingPropertiesForKeys: nil)
                var found: [URL] = []
                while let url = enumerator?.nextObject() as? URL {
                    if url.pathExtension == "json", !excluding.contains(url.lastPathComponent) { found.append(url) }
                }
                files += found.sorted { $0.path < $1.path }
            } else {
                files.append(URL(fileURLWithPath: path))
            }
        }
        return files
    }

    /// `name` in the file's folder or up to two folders above it.
    public static func findUpward(_ name: String, from file: URL) -> URL? {
        var folder = file.deletingLastPathComponent()
        for _ in 0..<3 {
            let candidate = folder.appendingPathComponent(name)
            if FileManager.default.fileExists(atPath: candidate.path) { return candidate }
            folder = folder.deletingLastPathComponent()
        }
        return nil
    }
}
