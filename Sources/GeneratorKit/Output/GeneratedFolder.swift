import Foundation

/// The output folder of the generator: writes generated files, removes stale ones, and compares.
public struct GeneratedFolder: Sendable {
    /// The folder (`Sources/Resources/Generated`).
    public let url: URL

    /// The folder at `url`.
    public init(url: URL) {
        self.url = url
    }

    /// A difference between the folder and the generated files.
    public enum Difference: Sendable, Hashable, CustomStringConvertible {
        /// A generated file the folder lacks.
        case missing(String)
        /// A file whose text differs.
        case changed(String)
        /// A generated Swift file in the folder that the generator no longer produces.
        case stale(String)

        /// `S3/Bucket.swift (changed)`.
        public var description: String {
            switch self {
            case .missing(let path): return "\(path) (missing)"
            case .changed(let path): return "\(path) (changed)"
            case .stale(let path): return "\(path) (no longer generated)"
            }
        }
    }

    /// How the folder differs from `files`, in path order.
    public func differences(from files: [GeneratedFile]) -> [Difference] {
        var result: [Difference] = []
        let wanted = Set(files.map(\.path))
        for file in files {
            guard let data = FileManager.default.contents(atPath: url.appendingPathComponent(file.path).path) else {
                result.append(.missing(file.path))
                continue
            }
            if data != Data(file.contents.utf8) { result.append(.changed(file.path)) }
        }
        for path in existingGeneratedFiles() where !wanted.contains(path) { result.append(.stale(path)) }
        return result.sorted { $0.description < $1.description }
    }

    /// Writes `files` (only those that changed) and removes generated files no longer produced.
    public func write(_ files: [GeneratedFile]) throws {
        let fileManager = FileManager.default
        for difference in differences(from: files) {
            switch difference {
            case .missing(let path), .changed(let path):
                guard let file = files.first(where: { $0.path == path }) else { continue }
                let target = url.appendingPathComponent(path)
                do {
                    try fileManager.createDirectory(at: target.deletingLastPathComponent(), withIntermediateDirectories: true)
                    try Data(file.contents.utf8).write(to: target)
                } catch {
                    throw GeneratorError("Cannot write \(target.path): \(error.localizedDescription)")
                }
            case .stale(let path):
                try? fileManager.removeItem(at: url.appendingPathComponent(path))
            }
        }
    }

    /// The Swift files under the folder that start with the generator's header, as relative paths.
    func existingGeneratedFiles() -> [String] {
        let fileManager = FileManager.default
        guard let services = try? fileManager.contentsOfDirectory(atPath: url.path) else { return [] }
        var result: [String] = []
        for service in services.sorted() {
            let folder = url.appendingPathComponent(service)
            for name in ((try? fileManager.contentsOfDirectory(atPath: folder.path)) ?? []).sorted() where name.hasSuffix(".swift") {
                let path = folder.appendingPathComponent(name).path
                guard let data = fileManager.contents(atPath: path),
                      data.starts(with: Data(GeneratedHeader.line.prefix(20).utf8)) else { continue }
                result.append("\(service)/\(name)")
            }
        }
        return result
    }
}
