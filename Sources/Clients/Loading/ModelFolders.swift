import Foundation

/// An ordered list of folders in botocore's data layout (`<service>/<api-version>/<type>.json[.gz]`,
/// plus top-level files such as `partitions.json`), searched first to last.
///
/// Missing folders are skipped, as botocore skips them, so a search path may name folders that
/// do not exist yet.
struct ModelFolders: Sendable {
    /// The folders, in search order.
    let roots: [URL]

    /// The extensions tried for each file, in botocore's order.
    static let extensions = [".json", ".json.gz"]

    /// Whether `name` is safe to use as one path component (a service or an API version).
    static func isPlainName(_ name: String) -> Bool {
        !name.isEmpty && name != "." && name != ".." && !name.contains("/") && !name.contains("\0")
    }

    /// The API versions of `service` that hold a `type` file in any folder, sorted ascending.
    func versions(of service: String, type: String) -> [String] {
        guard Self.isPlainName(service) else { return [] }
        var versions = Set<String>()
        for root in roots {
            let serviceFolder = root.appendingPathComponent(service, isDirectory: true)
            for version in Self.subfolders(of: serviceFolder) where !versions.contains(version) {
                if Self.file(serviceFolder.appendingPathComponent(version, isDirectory: true), stem: type) != nil {
                    versions.insert(version)
                }
            }
        }
        return versions.sorted()
    }

    /// The first file `<stem>.json` or `<stem>.json.gz` found along the roots; `stem` may hold
    /// slashes (`s3/2006-03-01/service-2`).
    func find(_ stem: String) -> URL? {
        let components = stem.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard !components.isEmpty, components.allSatisfy(Self.isPlainName) else { return nil }
        for root in roots {
            var folder = root
            for component in components.dropLast() { folder.appendPathComponent(component, isDirectory: true) }
            if let file = Self.file(folder, stem: components[components.count - 1]) { return file }
        }
        return nil
    }

    /// Every service folder holding a `type` file in some API version, across all roots, sorted.
    func services(type: String) -> [String] {
        var services = Set<String>()
        for root in roots {
            for service in Self.subfolders(of: root) where !services.contains(service) {
                let serviceFolder = root.appendingPathComponent(service, isDirectory: true)
                let hasModel = Self.subfolders(of: serviceFolder).contains { version in
                    Self.file(serviceFolder.appendingPathComponent(version, isDirectory: true), stem: type) != nil
                }
                if hasModel { services.insert(service) }
            }
        }
        return services.sorted()
    }

    /// The folder paths, for error messages.
    var paths: [String] { roots.map(\.path) }

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
