import Foundation

/// One multipart upload being written (by an upload or a copy): its id, the arguments each of
/// its requests carries, and the steps `UploadPart`/`UploadPartCopy`, complete and abort.
struct MultipartUpload: Sendable {
    let transfer: S3Transfer
    let bucket: String
    let key: String
    let uploadID: String
    let extra: [String: Document]
    /// The member holding each part's checksum in responses (`ChecksumCRC32`), when one is sent.
    var checksumMember: String? { extra["ChecksumAlgorithm"]?.string.map { "Checksum" + $0.uppercased() } }

    /// Starts a multipart upload with `createArgs`.
    static func create(_ transfer: S3Transfer, bucket: String, key: String, createArgs: [String: Document],
                       extra: [String: Document]) async throws -> MultipartUpload {
        let created = try await transfer.call("CreateMultipartUpload", S3Transfer.params(createArgs, bucket: bucket, key: key))
        guard let uploadID = created["UploadId"]?.string else {
            throw S3TransferError(.partFailed, "CreateMultipartUpload for s3://\(bucket)/\(key) returned no UploadId.")
        }
        return MultipartUpload(transfer: transfer, bucket: bucket, key: key, uploadID: uploadID, extra: extra)
    }

    /// Sends part `number` with `body` (`UploadPart`), returning its entry for the completion.
    func uploadPart(_ number: Int, body: HTTPBody) async throws -> Document {
        var params = S3Transfer.params(extra, only: TransferArguments.uploadPart, bucket: bucket, key: key)
        params["UploadId"] = .string(uploadID)
        params["PartNumber"] = .int(number)
        try await transfer.pace(body.contentLength ?? 0)
        return entry(number, from: try await transfer.call("UploadPart", params, body: body))
    }

    /// Copies `range` of `source` into part `number` (`UploadPartCopy`).
    func copyPart(_ number: Int, source: Document, range: ClosedRange<Int64>, copyArgs: [String: Document]) async throws -> Document {
        var params = S3Transfer.params(copyArgs, only: TransferArguments.uploadPartCopy, bucket: bucket, key: key)
        params["UploadId"] = .string(uploadID)
        params["PartNumber"] = .int(number)
        params["CopySource"] = source
        params["CopySourceRange"] = .string("bytes=\(range.lowerBound)-\(range.upperBound)")
        try await transfer.pace(range.upperBound - range.lowerBound + 1)
        let copied = try await transfer.call("UploadPartCopy", params)
        return entry(number, from: copied["CopyPartResult"] ?? [:])
    }

    private func entry(_ number: Int, from result: Document) -> Document {
        var part: [String: Document] = ["PartNumber": .int(number), "ETag": result["ETag"] ?? .null]
        if let checksumMember, let checksum = result[checksumMember], !checksum.isNull { part[checksumMember] = checksum }
        return .map(part)
    }

    /// The completion's arguments: `completeArgs`, plus the whole-object CRC32 combined from the
    /// parts (of `lengths` bytes) when the upload is `FULL_OBJECT` CRC32 and the caller gave none.
    func completionArgs(_ completeArgs: [String: Document], parts: [Document], lengths: [Int64]) -> [String: Document] {
        var args = completeArgs
        guard extra["ChecksumType"]?.string == "FULL_OBJECT", extra["ChecksumAlgorithm"]?.string == "CRC32", args["ChecksumCRC32"] == nil,
              parts.count == lengths.count,
              let combined = FullObjectChecksum.combinedCRC32(zip(parts, lengths).map { ($0["ChecksumCRC32"]?.string, $1) }) else { return args }
        args["ChecksumCRC32"] = .string(combined)
        return args
    }

    /// Completes the upload from `parts` (in part-number order).
    func complete(_ parts: [Document], completeArgs: [String: Document]) async throws {
        var params = S3Transfer.params(completeArgs, only: TransferArguments.complete, bucket: bucket, key: key)
        params["UploadId"] = .string(uploadID)
        params["MultipartUpload"] = ["Parts": .list(parts)]
        _ = try await transfer.call("CompleteMultipartUpload", params)
    }

    /// Aborts the upload, so no parts are left stored (and billed). Runs in a task of its own:
    /// it must go out even when the transfer's task was cancelled. Errors are dropped: the
    /// transfer's own error is the one to report.
    func abort() async {
        var params = S3Transfer.params(extra, only: TransferArguments.abort, bucket: bucket, key: key)
        params["UploadId"] = .string(uploadID)
        let transfer = transfer
        let aborting = Task { [params] in _ = try? await transfer.call("AbortMultipartUpload", params) }
        await aborting.value
    }

    /// The parts already stored (`ListParts`, every page): number to (size, ETag, checksum).
    func listParts() async throws -> [Int: (size: Int64, part: Document)] {
        var found: [Int: (size: Int64, part: Document)] = [:]
        var marker: Int?
        for _ in 0..<20 {   // 10,000 parts at 1,000 a page at most; 20 pages bounds the loop
            var params = S3Transfer.params(extra, only: TransferArguments.abort, bucket: bucket, key: key)
            params["UploadId"] = .string(uploadID)
            if let marker { params["PartNumberMarker"] = .int(marker) }
            let page = try await transfer.call("ListParts", params)
            for listed in page["Parts"]?.array ?? [] {
                guard let number = listed["PartNumber"]?.int, let size = listed["Size"]?.int else { continue }
                found[number] = (Int64(size), entry(number, from: listed))
            }
            guard page["IsTruncated"]?.bool == true,
                  let next = page["NextPartNumberMarker"]?.int else { break }
            marker = next
        }
        return found
    }

    /// `error` of part `number` of `count`, wrapped to name the part (and the upload when kept).
    func partFailure(_ error: any Error, number: Int, count: Int?, bytes: String, kept: Bool) -> any Error {
        if error is CancellationError { return error }
        if let failure = error as? S3TransferError, failure.partNumber != nil { return failure }
        let of = count.map { " of \($0)" } ?? ""
        let keptNote = kept
            ? " The upload \(uploadID) was kept: pass it as resumeUploadID to resume, or abort it."
            : " The multipart upload was aborted."
        return S3TransferError(.partFailed, "Part \(number)\(of) (\(bytes)) of s3://\(bucket)/\(key) failed: \(error).\(keptNote)",
                               partNumber: number, uploadID: kept ? uploadID : nil, underlyingError: error)
    }
}
