import Foundation

extension S3Transfer {
    /// Uploads the bytes of `stream`: one `PutObject` when it ends below the threshold, else a
    /// multipart upload of parts cut from it as it is read, at most `concurrency` parts sent at
    /// once (so at most `concurrency + 1` parts are held in memory). Any failure aborts the upload.
    func uploadStream<Bytes: AsyncSequence>(_ stream: Bytes, bucket: String, key: String, extraArgs: [String: Document],
                                            callback: TransferCallback?) async throws where Bytes.Element == Data {
        let extra = withDefaultChecksum(extraArgs)
        let progress = TransferProgressTracker(bucket: bucket, key: key, total: nil, callback: callback)
        var iterator = stream.makeAsyncIterator()
        let threshold = Int(min(config.multipartThreshold, Int64(Int.max)))
        var first = Data()
        var ended = false
        while first.count < max(threshold, 1) {
            guard let chunk = try await Self.read(&iterator) else { ended = true; break }
            first.append(chunk)
        }
        if ended, first.count < threshold || threshold == 0 && first.isEmpty {
            let params = Self.params(extra.filter { $0.key != "ChecksumType" && $0.key != "MpuObjectSize" }, bucket: bucket, key: key)
            progress.setTotal(Int64(first.count))
            try await pace(Int64(first.count))
            _ = try await call("PutObject", params, body: .data(first))
            progress.add(Int64(first.count))
            progress.reportEmptyCompletion()
            return
        }
        let multipartArgs = withFullObjectDefault(Self.withFullObjectType(extra), callerArgs: extraArgs)
        let upload = try await MultipartUpload.create(self, bucket: bucket, key: key, createArgs: Self.createArgs(multipartArgs), extra: multipartArgs)
        let partSize = Int(config.streamPartSize)
        do {
            let (parts, lengths) = try await withThrowingTaskGroup(of: (Int, Document).self) { group in
                var parts: [Int: Document] = [:]
                var pending = first
                var number = 0
                var total = Int64(0)
                var inFlight = 0
                var lengths: [Int64] = []
                func send(_ body: Data) {
                    number += 1
                    lengths.append(Int64(body.count))
                    let partNumber = number
                    total += Int64(body.count)
                    inFlight += 1
                    group.addTask {
                        do {
                            let part = try await upload.uploadPart(partNumber, body: .data(body))
                            progress.add(Int64(body.count))
                            return (partNumber, part)
                        } catch {
                            throw upload.partFailure(error, number: partNumber, count: nil, bytes: "\(body.count) bytes", kept: false)
                        }
                    }
                }
                while true {
                    while pending.count < partSize, !ended {
                        if let chunk = try await Self.read(&iterator) { pending.append(chunk) } else { ended = true }
                    }
                    if pending.count >= partSize || (ended && !pending.isEmpty) || number == 0 {
                        if inFlight >= max(1, config.concurrency), let (done, part) = try await group.next() {
                            parts[done] = part
                            inFlight -= 1
                        }
                        let body = pending.prefix(partSize)
                        pending = Data(pending.dropFirst(body.count))
                        send(Data(body))
                    }
                    if ended, pending.isEmpty { break }
                }
                progress.setTotal(total)
                while let (done, part) = try await group.next() { parts[done] = part }
                return ((1...number).compactMap { parts[$0] }, lengths)
            }
            try await upload.complete(parts, completeArgs: upload.completionArgs(upload.extra, parts: parts, lengths: lengths))
        } catch {
            await upload.abort()
            throw error
        }
    }

    private static func read<Iterator: AsyncIteratorProtocol>(_ iterator: inout Iterator) async throws -> Data? where Iterator.Element == Data {
        do {
            return try await iterator.next()
        } catch {
            throw S3TransferError(.streamFailed, "Reading the stream to upload failed: \(error)", underlyingError: error)
        }
    }
}
