import Foundation

extension S3Transfer {
    /// A managed copy, as s3transfer's: `HeadObject` on the source for its size, then one
    /// `CopyObject` below the threshold, else a multipart upload of `UploadPartCopy` parts,
    /// `concurrency` at a time; a failed part aborts the upload and is named in the error.
    /// `sourceClient` answers the `HeadObject` (boto3's `SourceClient`).
    func copy(source: Document, bucket: String, key: String, extraArgs: [String: Document], callback: TransferCallback?,
              sourceClient: Client?) async throws {
        let source = try Self.copySource(source)
        var headParams: [String: Document] = ["Bucket": source["Bucket"] ?? .null, "Key": source["Key"] ?? .null]
        if let version = source["VersionId"] { headParams["VersionId"] = version }
        for (argument, headName) in TransferArguments.copyToHead { if let value = extraArgs[argument] { headParams[headName] = value } }
        let headClient = sourceClient ?? client
        let head = try await headClient.call("HeadObject", .map(headParams))
        let size = Int64(head["ContentLength"]?.int ?? 0)
        let progress = TransferProgressTracker(bucket: bucket, key: key, total: size, callback: callback)
        if size < config.multipartThreshold {
            var params = Self.params(extraArgs, bucket: bucket, key: key)
            params["CopySource"] = source
            try await pace(size)
            _ = try await call("CopyObject", params)
            progress.add(size)
            progress.reportEmptyCompletion()
            return
        }
        let createArgs = extraArgs.filter { !TransferArguments.copyOnlyArgs.contains($0.key) }
        let upload = try await MultipartUpload.create(self, bucket: bucket, key: key, createArgs: createArgs, extra: extraArgs)
        let ranges = Self.copyRanges(size: size, partSize: config.partSize(forFileOf: size))
        do {
            let parts = try await BoundedTasks.run(count: ranges.count, limit: config.concurrency) { index in
                let range = ranges[index]
                do {
                    let part = try await upload.copyPart(index + 1, source: source, range: range, copyArgs: extraArgs)
                    progress.add(Int64(range.count))
                    return part
                } catch {
                    throw upload.partFailure(error, number: index + 1, count: ranges.count,
                                             bytes: "bytes \(range.lowerBound)-\(range.upperBound)", kept: false)
                }
            }
            try await upload.complete(parts, completeArgs: extraArgs)
        } catch {
            await upload.abort()
            throw error
        }
    }

    /// The source ranges of a multipart copy of `size` bytes in parts of `partSize`.
    static func copyRanges(size: Int64, partSize: Int64) -> [ClosedRange<Int64>] {
        stride(from: Int64(0), to: size, by: Int(partSize)).map { $0...min($0 + partSize, size) - 1 }
    }

    /// `CopySource` as a map of `Bucket`, `Key` and optionally `VersionId`: a map is checked, a
    /// string `"bucket/key"` (with `?versionId=` if any) is split, as botocore does.
    static func copySource(_ source: Document) throws -> Document {
        switch source {
        case .map(let entries):
            let unknown = entries.keys.filter { !["Bucket", "Key", "VersionId"].contains($0) }.sorted()
            guard entries["Bucket"]?.string != nil, entries["Key"]?.string != nil, unknown.isEmpty else {
                throw S3TransferError(.invalidCopySource, "CopySource must be a map with Bucket and Key (and optionally VersionId)"
                                      + (unknown.isEmpty ? "" : "; unknown: \(unknown.joined(separator: ", "))") + ", got \(source).")
            }
            return source
        case .string(let text):
            var path = Substring(text)
            var version: String?
            if let mark = path.range(of: "?versionId=") {
                version = String(path[mark.upperBound...])
                path = path[..<mark.lowerBound]
            }
            guard let slash = path.firstIndex(of: "/"), slash != path.startIndex, path.index(after: slash) != path.endIndex else {
                throw S3TransferError(.invalidCopySource, "CopySource \"\(text)\" must be \"bucket/key\" or a map with Bucket and Key.")
            }
            var map: [String: Document] = ["Bucket": .string(String(path[..<slash])), "Key": .string(String(path[path.index(after: slash)...]))]
            if let version { map["VersionId"] = .string(version) }
            return .map(map)
        default:
            throw S3TransferError(.invalidCopySource, "CopySource must be \"bucket/key\" or a map with Bucket and Key, got \(source).")
        }
    }
}
