import Foundation
import AWSResourceGenerator

/// Where the package's checked-in generated handles and models are, found from this file's path.
enum GeneratedSources {
    /// The package root (four levels above this file).
    static let packageRoot: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `Sources/Resources/Generated`.
    static let folder = packageRoot.appendingPathComponent("Sources/Resources/Generated", isDirectory: true)

    /// The checked-in text of the generated file `path` (`S3/S3+Bucket.swift`), `nil` when absent.
    static func text(_ path: String) -> String? {
        FileManager.default.contents(atPath: folder.appendingPathComponent(path).path).map { String(decoding: $0, as: UTF8.self) }
    }

    /// A new empty temporary folder.
    static func temporaryFolder() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("generated-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
