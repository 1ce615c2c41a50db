import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The regular files under a folder, for `uploadDirectory`: relative paths `/`-separated,
/// sorted. Symbolic links are skipped unless followed; followed links to folders are walked once
/// (a link back up the tree is not walked again), so the walk always ends.
struct LocalFolderWalk {
    struct File {
        let url: URL
        let relativePath: String
        let size: Int64
    }

    let root: URL
    let followSymlinks: Bool

    func files() throws -> (files: [File], skipped: [DirectoryTransferResult.Skipped]) {
        var files: [File] = []
        var skipped: [DirectoryTransferResult.Skipped] = []
        var visited: Set<String> = [Self.realPath(root)]
        var pending: [(URL, String)] = [(root, "")]
        while let (folder, relative) = pending.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            } catch {
                throw S3TransferError(.fileAccess, "Cannot list \(folder.path): \(error.localizedDescription)", underlyingError: error)
            }
            for name in names {
                var url = folder.appendingPathComponent(name)
                let path = relative.isEmpty ? name : relative + "/" + name
                guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else {
                    skipped.append(.init(name: url.path, reason: "cannot be read"))
                    continue
                }
                var type = attributes[.type] as? FileAttributeType
                var size = (attributes[.size] as? NSNumber)?.int64Value ?? 0
                if type == .typeSymbolicLink {
                    guard followSymlinks else {
                        skipped.append(.init(name: url.path, reason: "a symbolic link (pass followSymlinks: true to follow links)"))
                        continue
                    }
                    guard let resolved = Self.linkTarget(url), let target = try? FileManager.default.attributesOfItem(atPath: resolved.path) else {
                        skipped.append(.init(name: url.path, reason: "a broken symbolic link"))
                        continue
                    }
                    if target[.type] as? FileAttributeType == .typeRegular { url = resolved }   // read (and sized) through the link
                    type = target[.type] as? FileAttributeType
                    size = (target[.size] as? NSNumber)?.int64Value ?? 0
                }
                switch type {
                case .typeRegular?:
                    files.append(File(url: url, relativePath: path, size: size))
                case .typeDirectory?:
                    let real = Self.realPath(url)
                    if visited.insert(real).inserted {
                        pending.append((url, path))
                    } else {
                        skipped.append(.init(name: url.path, reason: "a link to a folder already walked (a cycle)"))
                    }
                default:
                    skipped.append(.init(name: url.path, reason: "not a regular file"))
                }
            }
        }
        return (files.sorted { $0.relativePath < $1.relativePath }, skipped)
    }

    /// The canonical path (every link resolved), as `realpath(3)`; the path itself when it fails.
    static func realPath(_ url: URL) -> String {
        guard let resolved = realpath(url.path, nil) else { return url.path }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    /// Where a symbolic link finally leads (following a chain of at most 40 links), `nil` when broken.
    static func linkTarget(_ url: URL) -> URL? {
        var current = url
        for _ in 0..<40 {
            guard let destination = try? FileManager.default.destinationOfSymbolicLink(atPath: current.path) else {
                return FileManager.default.fileExists(atPath: current.path) ? current : nil
            }
            current = destination.hasPrefix("/") ? URL(fileURLWithPath: destination)
                : current.deletingLastPathComponent().appendingPathComponent(destination)
        }
        return nil
    }
}
