import Foundation

/// The model folders of this checkout (`Models/`, `ResourceModels/`), which `scripts/update-models`
/// writes and the `AWSModelData` target compiles into the binary: what a test expects built in.
enum RepositoryModels {
    /// The repository root, from this file's path.
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent()

    /// The service folders of `folder` holding a `<type>.json.gz` in some API version, sorted.
    static func services(in folder: String, type: String) -> [String] {
        let base = root.appendingPathComponent(folder, isDirectory: true)
        let fileManager = FileManager.default
        let services = (try? fileManager.contentsOfDirectory(atPath: base.path)) ?? []
        return services.filter { service in
            let versions = (try? fileManager.contentsOfDirectory(atPath: base.appendingPathComponent(service).path)) ?? []
            return versions.contains { version in
                fileManager.fileExists(atPath: base.appendingPathComponent("\(service)/\(version)/\(type).json.gz").path)
            }
        }.sorted()
    }

    /// The API version folders of `service` under `folder`, sorted.
    static func versions(in folder: String, service: String) -> [String] {
        let base = root.appendingPathComponent(folder, isDirectory: true).appendingPathComponent(service, isDirectory: true)
        return ((try? FileManager.default.contentsOfDirectory(atPath: base.path)) ?? []).sorted()
    }
}
