import Foundation

extension S3Transfer {
    /// Streams the object into a temporary file beside `file`, then renames it into place.
    func download(bucket: String, key: String, file: String, extraArgs: Document) async throws {
        var params = try Self.extraArguments(extraArgs, allowed: Self.allowedDownloadArgs)
        params["Bucket"] = .string(bucket)
        params["Key"] = .string(key)
        let target = URL(fileURLWithPath: file)
        let temporary = URL(fileURLWithPath: file + "." + Self.randomSuffix())
        do {
            let object = try await client.callStreaming("GetObject", .map(params))
            let written: Int64
            do {
                written = try await object.body.write(to: temporary)
            } catch let error as CocoaError {
                throw S3TransferError(.fileAccess, "Cannot write \(temporary.path): \(error.localizedDescription)")
            }
            if let expected = object.output["ContentLength"]?.int, Int64(expected) != written {
                throw S3TransferError(.incompleteDownload,
                                      "s3://\(bucket)/\(key): received \(written) of \(expected) bytes; the connection ended early. Try again.")
            }
            _ = try? FileManager.default.removeItem(at: target)
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    /// Eight random characters, as s3transfer's `random_file_extension`.
    static func randomSuffix() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<8).map { _ in letters.randomElement() ?? "x" })
    }
}
