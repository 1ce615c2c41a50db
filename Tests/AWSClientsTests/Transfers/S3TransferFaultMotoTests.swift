import Foundation
import Synchronization
import Testing
@testable import AWSClients

/// Faults injected by the transport under transfers against moto: parts that fail and recover,
/// parts that never do, and uploads and downloads interrupted and resumed.
@Suite struct S3TransferFaultMotoTests {
    static let parts = TransferConfig(multipartThreshold: 5 << 20, multipartChunksize: 5 << 20)
    static let onePartAtATime = TransferConfig(multipartThreshold: 5 << 20, multipartChunksize: 5 << 20, maxConcurrency: 1)

    @Test func aPartFailingTwiceThenSucceeding() async throws {
        let moto = try await TransferMotoFixture("flaky")
        defer { moto.cleanUp() }
        let content = TransferMotoFixture.content((12 << 20) + 5)
        let failures = Mutex(0)
        moto.transport.inject { request in
            guard request.query("partNumber") == "2" else { return nil }
            return failures.withLock { count in count += 1; return count <= 2 ? .refuse : nil }
        }
        let steps = StepLog()
        try await moto.s3.uploadFile(Filename: try moto.file("f.bin", content).path, Bucket: moto.bucket, Key: "flaky.bin",
                                     Callback: { steps.append($0) }, Config: Self.parts)
        #expect(moto.requests("UploadPart", part: 2).count == 3, "two failed attempts, then the one that succeeded")
        steps.expectExact(total: Int64(content.count))
        #expect(try await moto.object("flaky.bin") == content)
    }

    @Test func aPartAlwaysFailingAbortsTheUploadAndIsNamed() async throws {
        let moto = try await TransferMotoFixture("failing")
        defer { moto.cleanUp() }
        let content = TransferMotoFixture.content((12 << 20) + 5)
        moto.transport.inject { $0.query("partNumber") == "3" ? .refuse : nil }
        let error = await #expect(throws: S3TransferError.self) {
            try await moto.s3.uploadFile(Filename: try moto.file("f.bin", content).path, Bucket: moto.bucket, Key: "failing.bin",
                                         Config: Self.parts)
        }
        #expect(error?.code == .partFailed)
        #expect(error?.partNumber == 3)
        #expect(error?.uploadID == nil)
        #expect(error?.message.hasPrefix("Part 3 of 3 (bytes 10485760-12582916) of s3://\(moto.bucket)/failing.bin failed:") == true,
                "\(error?.message ?? "")")
        #expect(error?.underlyingError is HTTPTransportError)
        #expect(moto.requests("AbortMultipartUpload").count == 1)
        #expect(try await moto.openUploads().isEmpty, "no parts are left stored")
    }

    @Test func anInterruptedUploadResumesFromItsListedParts() async throws {
        let moto = try await TransferMotoFixture("resumeup")
        defer { moto.cleanUp() }
        let content = TransferMotoFixture.content((17 << 20) + 11)   // 4 parts
        let source = try moto.file("f.bin", content)
        moto.transport.inject { $0.query("partNumber") == "3" ? .refuse : nil }
        let error = await #expect(throws: S3TransferError.self) {
            try await moto.s3.uploadFile(Filename: source.path, Bucket: moto.bucket, Key: "resumed.bin", Config: Self.onePartAtATime,
                                         keepPartsOnFailure: true)
        }
        let uploadID = try #require(error?.uploadID)
        #expect(try await moto.openUploads().map { $0["UploadId"]?.string } == [uploadID])
        #expect(moto.requests("AbortMultipartUpload").isEmpty)

        moto.transport.inject { _ in nil }
        moto.transport.clearLog()
        let steps = StepLog()
        try await moto.s3.uploadFile(Filename: source.path, Bucket: moto.bucket, Key: "resumed.bin", Callback: { steps.append($0) },
                                     Config: Self.onePartAtATime, resumeUploadID: uploadID)
        #expect(moto.requests("UploadPart").compactMap { $0.query("partNumber") } == ["3", "4"], "parts 1 and 2 were not sent again")
        #expect(steps.all.first?.bytes == 10 << 20, "the first step reports the parts already stored")
        steps.expectExact(total: Int64(content.count))
        #expect(try await moto.object("resumed.bin") == content)
        #expect(try await moto.openUploads().isEmpty)
    }

    @Test func anInterruptedDownloadResumesFromTheBytesOnDisk() async throws {
        let moto = try await TransferMotoFixture("resumedown")
        defer { moto.cleanUp() }
        let content = TransferMotoFixture.content((17 << 20) + 11)   // ranges of 5 MiB: 4
        _ = try await moto.s3.putObject(Bucket: moto.bucket, Key: "obj.bin", Body: content)
        let target = moto.folder.appendingPathComponent("obj.bin")
        moto.transport.inject { (10_485_760..<15_728_640).contains($0.rangeStart ?? -1) ? .truncateBody(after: 1000) : nil }
        let error = await #expect(throws: (any Error).self) {
            try await moto.s3.downloadFile(Bucket: moto.bucket, Key: "obj.bin", Filename: target.path, Config: Self.onePartAtATime, resumable: true)
        }
        #expect((error as? HTTPTransportError)?.code == .connectionClosed, "\(String(describing: error))")
        #expect(!FileManager.default.fileExists(atPath: target.path), "nothing under the final name")
        #expect(FileManager.default.fileExists(atPath: target.path + ".s3partial"))
        #expect(moto.requests("GetObject").filter { ($0.headers["Range"] ?? "").hasPrefix("bytes=1048") }.count == 5,
                "numDownloadAttempts (5) attempts at the broken range, each continuing after the bytes received")

        moto.transport.inject { _ in nil }
        moto.transport.clearLog()
        let steps = StepLog()
        try await moto.s3.downloadFile(Bucket: moto.bucket, Key: "obj.bin", Filename: target.path, Callback: { steps.append($0) },
                                       Config: Self.onePartAtATime, resumable: true)
        #expect(moto.requests("GetObject").map { $0.headers["Range"] ?? "" } == ["bytes=10485760-15728639", "bytes=15728640-17825802"])
        #expect(steps.all.first?.bytes == 10 << 20, "the first step reports the ranges already on disk")
        steps.expectExact(total: Int64(content.count))
        #expect(try Data(contentsOf: target) == content)
        #expect(try FileManager.default.contentsOfDirectory(atPath: moto.folder.path) == ["obj.bin"], "partial file and record removed")
    }

    @Test func aChangedObjectIsNotResumed() async throws {
        let moto = try await TransferMotoFixture("changed")
        defer { moto.cleanUp() }
        _ = try await moto.s3.putObject(Bucket: moto.bucket, Key: "obj.bin", Body: TransferMotoFixture.content(11 << 20))
        let target = moto.folder.appendingPathComponent("obj.bin")
        moto.transport.inject { (5_242_880..<10_485_760).contains($0.rangeStart ?? -1) ? .truncateBody(after: 10) : nil }
        await #expect(throws: (any Error).self) {
            try await moto.s3.downloadFile(Bucket: moto.bucket, Key: "obj.bin", Filename: target.path, Config: Self.onePartAtATime, resumable: true)
        }
        let changed = TransferMotoFixture.content(11 << 20, seed: 1)
        _ = try await moto.s3.putObject(Bucket: moto.bucket, Key: "obj.bin", Body: changed)
        moto.transport.inject { _ in nil }
        moto.transport.clearLog()
        try await moto.s3.downloadFile(Bucket: moto.bucket, Key: "obj.bin", Filename: target.path, Config: Self.onePartAtATime, resumable: true)
        #expect(moto.requests("GetObject").count == 3, "a new ETag: every range read again")
        #expect(try Data(contentsOf: target) == changed)
    }

    @Test func aBrokenBodyContinuesWhereItStopped() async throws {
        let moto = try await TransferMotoFixture("broken")
        defer { moto.cleanUp() }
        let content = TransferMotoFixture.content((11 << 20) + 1)
        _ = try await moto.s3.putObject(Bucket: moto.bucket, Key: "obj.bin", Body: content)
        let cut = Mutex(false)
        moto.transport.inject { request in
            guard request.headers["Range"] == "bytes=5242880-10485759" else { return nil }
            return cut.withLock { done in defer { done = true }; return done ? nil : .truncateBody(after: 1 << 20) }
        }
        let steps = StepLog()
        let target = moto.folder.appendingPathComponent("obj.bin")
        try await moto.s3.downloadFile(Bucket: moto.bucket, Key: "obj.bin", Filename: target.path, Callback: { steps.append($0) }, Config: Self.parts)
        #expect(moto.requests("GetObject").contains { $0.headers["Range"] == "bytes=6291456-10485759" }, "the retry asked for the rest only")
        steps.expectExact(total: Int64(content.count))
        #expect(try Data(contentsOf: target) == content)
    }
}
