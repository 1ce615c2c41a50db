import Foundation

extension S3Transfer {
    /// Streams the object into a temporary file beside `file`, then renames it into place. Objects
    /// of at least `multipartThreshold` bytes are fetched as ranged GETs of `multipartChunksize`,
    /// `maxConcurrency` at a time, each written at its offset (as s3transfer): at most that many
    /// ranges are ever in flight, whichever transport is used and however slow the disk.
    func download(bucket: String, key: String, file: String, extraArgs: Document) async throws {
        var params = try Self.extraArguments(extraArgs, allowed: Self.allowedDownloadArgs)
        params["Bucket"] = .string(bucket)
        params["Key"] = .string(key)
        let target = URL(fileURLWithPath: file)
        let temporary = URL(fileURLWithPath: file + "." + Self.randomSuffix())
        do {
            let head = try await client.call("HeadObject", .map(params))
            let size = Int64(head["ContentLength"]?.int ?? 0)
            if size < config.multipartThreshold {
                let object = try await client.callStreaming("GetObject", .map(params))
                let written = try await write(object.body, to: temporary)
                let expected = Int64(object.output["ContentLength"]?.int ?? Int(written))
                try checkLength(written, expected: expected, bucket: bucket, key: key)
            } else {
                if let etag = head["ETag"]?.string { params["IfMatch"] = .string(etag) }
                try await downloadRanges(params, size: size, to: temporary, bucket: bucket, key: key)
            }
            _ = try? FileManager.default.removeItem(at: target)
            try FileManager.default.moveItem(at: temporary, to: target)
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    private func downloadRanges(_ params: [String: Document], size: Int64, to file: URL, bucket: String, key: String) async throws {
        guard FileManager.default.createFile(atPath: file.path, contents: nil) else {
            throw S3TransferError(.fileAccess, "Cannot create \(file.path): check the folder exists and is writable.")
        }
        let rangeSize = max(config.multipartChunksize, 1 << 20)
        let count = Int((size + rangeSize - 1) / rangeSize)
        try await withThrowingTaskGroup(of: Void.self) { group in
            var next = 0
            func addRange() {
                let start = Int64(next) * rangeSize
                let end = min(start + rangeSize, size) - 1
                next += 1
                var ranged = params
                ranged["Range"] = .string("bytes=\(start)-\(end)")
                group.addTask {
                    let object = try await client.callStreaming("GetObject", .map(ranged))
                    let handle = try FileHandle(forWritingTo: file)
                    defer { try? handle.close() }
                    try handle.seek(toOffset: UInt64(start))
                    var written: Int64 = 0
                    do {
                        for try await chunk in object.body {
                            try handle.write(contentsOf: chunk)
                            written += Int64(chunk.count)
                        }
                    } catch {
                        object.body.cancel()
                        throw error
                    }
                    try checkLength(written, expected: end - start + 1, bucket: bucket, key: key)
                }
            }
            while next < min(count, max(1, config.maxConcurrency)) { addRange() }
            while try await group.next() != nil {
                if next < count { addRange() }
            }
        }
    }

    private func write(_ body: HTTPResponseBody, to file: URL) async throws -> Int64 {
        do {
            return try await body.write(to: file)
        } catch let error as CocoaError {
            throw S3TransferError(.fileAccess, "Cannot write \(file.path): \(error.localizedDescription)")
        }
    }

    private func checkLength(_ written: Int64, expected: Int64, bucket: String, key: String) throws {
        guard written == expected else {
            throw S3TransferError(.incompleteDownload,
                                  "s3://\(bucket)/\(key): received \(written) of \(expected) bytes; the connection ended early. Try again.")
        }
    }

    /// Eight random characters, as s3transfer's `random_file_extension`.
    static func randomSuffix() -> String {
        let letters = Array("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789")
        return String((0..<8).map { _ in letters.randomElement() ?? "x" })
    }
}
