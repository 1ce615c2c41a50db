import Foundation

/// Where a downloaded key goes under a folder, refusing any key that would write outside it: a
/// `..` or `.` component, an absolute path, a NUL byte, or a folder on the way that is a
/// symbolic link (which could lead anywhere).
enum SafeDownloadPath {
    /// The local file for `relativeKey` under `root`, creating the folders on the way; throws
    /// `S3TransferError(.fileAccess)` for an unsafe key.
    static func prepare(_ relativeKey: String, under root: URL) throws -> URL {
        let components = relativeKey.split(separator: "/", omittingEmptySubsequences: true).map(String.init)
        guard !components.isEmpty, !relativeKey.hasPrefix("/"), !relativeKey.contains("\0"),
              !components.contains(where: { $0 == ".." || $0 == "." }) else {
            throw S3TransferError(.fileAccess, "The key part \"\(relativeKey)\" would write outside \(root.path) (an absolute path, "
                                  + "\".\" or \"..\"); it was not downloaded. Rename the object or download it on its own.")
        }
        var folder = root
        for component in components.dropLast() {
            folder = folder.appendingPathComponent(component)
            let attributes = try? FileManager.default.attributesOfItem(atPath: folder.path)
            switch attributes?[.type] as? FileAttributeType {
            case nil:
                do {
                    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: false)
                } catch {
                    throw S3TransferError(.fileAccess, "Cannot create \(folder.path): \(error.localizedDescription)", underlyingError: error)
                }
            case .typeDirectory?:
                continue
            case .typeSymbolicLink?:
                throw S3TransferError(.fileAccess, "\(folder.path) is a symbolic link; downloads never write through links, which "
                                      + "could lead outside \(root.path). Remove the link or download elsewhere.")
            default:
                throw S3TransferError(.fileAccess, "\(folder.path) exists and is not a folder.")
            }
        }
        let file = folder.appendingPathComponent(components[components.count - 1])
        if (try? FileManager.default.attributesOfItem(atPath: file.path))?[.type] as? FileAttributeType == .typeDirectory {
            throw S3TransferError(.fileAccess, "\(file.path) is a folder; the object cannot replace it.")
        }
        return file
    }
}
