import Foundation

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
        var visited: Set<String> = [root.resolvingSymlinksInPath().path]
        var pending: [(URL, String)] = [(root, "")]
        while let (folder, relative) = pending.popLast() {
            let names: [String]
            do {
                names = try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
            } catch {
                throw S3TransferError(.fileAccess, "Cannot list \(folder.path): \(error.localizedDescription)", underlyingError: error)
            }
            for name in names {
                let url = folder.appendingPathComponent(name)
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
                    guard let target = try? FileManager.default.attributesOfItem(atPath: url.resolvingSymlinksInPath().path) else {
                        skipped.append(.init(name: url.path, reason: "a broken symbolic link"))
                        continue
                    }
                    type = target[.type] as? FileAttributeType
                    size = (target[.size] as? NSNumber)?.int64Value ?? 0
                }
                switch type {
                case .typeRegular?:
                    files.append(File(url: url, relativePath: path, size: size))
                case .typeDirectory?:
                    let real = url.resolvingSymlinksInPath().path
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
}
