import Foundation

/// An ordered list of places holding models in botocore's data layout
/// (`<service>/<api-version>/<type>.json[.gz]`, plus top-level files such as `partitions.json`),
/// searched first to last: folders on disk, and the models built into the program.
///
/// Missing folders are skipped, as botocore skips them, so a search path may name folders that
/// do not exist yet.
struct ModelFolders: Sendable {
    /// One place models are searched.
    enum Root: Sendable {
        /// A folder on disk.
        case folder(URL)
        /// The models compiled into the program.
        case bundled(BundledModelArchive)
    }

    /// Where one file was found.
    enum Location: Sendable {
        case file(URL)
        case bundled(BundledModelArchive.Entry)

        /// The file's path, or its path inside the built-in models, for messages.
        var path: String {
            switch self {
            case .file(let url): return url.path
            case .bundled(let entry): return "<built-in>/" + entry.path
            }
        }
    }

    /// The places, in search order.
    let roots: [Root]

    /// The extensions tried for each file, in botocore's order.
    static let extensions = [".json", ".json.gz"]

    /// The folders on disk among the roots.
    var folderURLs: [URL] {
        roots.compactMap { root in
            if case .folder(let url) = root { return url }
            return nil
        }
    }

    /// Whether the models built into the program are searched.
    var includesBundled: Bool { roots.contains { if case .bundled = $0 { true } else { false } } }

    /// Whether `name` is safe to use as one path component (a service or an API version).
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }

    /// The API versions of `service` that hold a `type` file in any root, sorted ascending.
    func versions(of service: String, type: String) -> [String] {
        guard Self.isPlainName(service) else { return [] }
        var versions = Set<String>()
        for root in roots {
            switch root {
            case .folder(let url):
                let serviceFolder = url.appendingPathComponent(service, isDirectory: true)
                for version in Self.subfolders(of: serviceFolder) where !versions.contains(version) {
                    if Self.file(serviceFolder.appendingPathComponent(version, isDirectory: true), stem: type) != nil {
                        versions.insert(version)
                    }
                }
            case .bundled(let archive):
                versions.formUnion(archive.versions(of: service, type: type))
            }
        }
        return versions.sorted()
    }

    /// The first file `<stem>.json` or `<stem>.json.gz` found along the roots; `stem` may hold
    /// slashes (`s3/2006-03-01/service-2`).
    func find(_ stem: String) -> Location? {
        let components = stem.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !components.isEmpty, components.allSatisfy(Self.isPlainName) else { return nil }
        for root in roots {
            switch root {
            case .folder(let url):
                var folder = url
                for component in components.dropLast() { folder.appendPathComponent(component, isDirectory: true) }
                if let file = Self.file(folder, stem: components[components.count - 1]) { return .file(file) }
            case .bundled(let archive):
                if let entry = archive.entry(stem + ".json.gz") { return .bundled(entry) }
            }
        }
        return nil
    }

    /// Every service holding a `type` file in some API version, across all roots, sorted.
    func services(type: String) -> [String] {
        var services = Set<String>()
        for root in roots {
            switch root {
            case .folder(let url):
                for service in Self.subfolders(of: url) where !services.contains(service) {
                    let serviceFolder = url.appendingPathComponent(service, isDirectory: true)
                    let hasModel = Self.subfolders(of: serviceFolder).contains { version in
                        Self.file(serviceFolder.appendingPathComponent(version, isDirectory: true), stem: type) != nil
                    }
                    if hasModel { services.insert(service) }
                }
            case .bundled(let archive):
                services.formUnion(archive.services(type: type))
            }
        }
        return services.sorted()
    }

    /// The places searched, for error messages: folder paths, and the built-in models' label.
    var paths: [String] {
        roots.map { root in
            switch root {
            case .folder(let url): return url.path
            case .bundled(let archive): return archive.label
            }
        }
    }

    private static func file(_ folder: URL, stem: String) -> URL? {
        for ext in extensions {
            let candidate = folder.appendingPathComponent(stem + ext, isDirectory: false)
            if isFile(candidate.path) { return candidate }
        }
        return nil
    }

    private static func subfolders(of folder: URL) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: folder.path) else { return [] }
        return names.filter { name in
            !name.hasPrefix(".") && isDirectory(folder.appendingPathComponent(name, isDirectory: true).path)
        }
    }

    private static func isFile(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && !directory.boolValue
    }

    private static func isDirectory(_ path: String) -> Bool {
        var directory: ObjCBool = false
        return FileManager.default.fileExists(atPath: path, isDirectory: &directory) && directory.boolValue
    }
}
