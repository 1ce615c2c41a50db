import Foundation
import Testing
@testable import AWSClients

/// `uploadDirectory` and `downloadDirectory` against moto: a thousand files, filters, symbolic
/// links, keys that try to leave the folder, and the failure policies.
@Suite struct S3DirectoryTransferMotoTests {
    @Test func aThousandFilesUpAndDownWithFilters() async throws {
        let moto = try await TransferMotoFixture("directory")
        defer { moto.cleanUp() }
        let site = moto.folder.appendingPathComponent("site")
        for index in 0..<1000 {
            _ = try moto.file("site/d\(index % 10)/f\(index).txt", TransferMotoFixture.content(100 + index, seed: UInt8(index % 200)))
        }
        _ = try moto.file("site/skip/left-out.txt", Data("no".utf8))
        _ = try moto.file("site/notes.md", Data("no".utf8))
        let outside = try moto.file("outside.txt", Data("outside".utf8))
        try FileManager.default.createSymbolicLink(at: site.appendingPathComponent("link.txt"), withDestinationURL: outside)

        let steps = StepLog()
        let uploaded = try await moto.s3.uploadDirectory(site, bucket: moto.bucket, prefix: "www", include: ["*.txt"], exclude: ["skip/*"],
                                                         Callback: { steps.append($0) })
        #expect(uploaded.succeeded)
        #expect(uploaded.transferred.count == 1000)
        #expect(uploaded.failed.isEmpty)
        #expect(uploaded.skipped.map(\.name) == [site.appendingPathComponent("link.txt").path], "the link is not followed by default")
        let expectedBytes: Int64 = (0..<1000).reduce(Int64(0)) { total, index in total + 100 + Int64(index) }
        let reportedBytes: Int64 = steps.all.reduce(Int64(0)) { total, step in total + step.bytes }
        #expect(reportedBytes == expectedBytes)
        var keys: [String] = []
        for try await key in moto.s3.paginator("listObjectsV2").paginate(Bucket: .string(moto.bucket)).search("Contents[].Key") {
            keys.append(key.string ?? "")
        }
        #expect(keys.count == 1000)
        #expect(keys.contains("www/d7/f7.txt"))

        let out = moto.folder.appendingPathComponent("out")
        let downloaded = try await moto.s3.downloadDirectory(bucket: moto.bucket, prefix: "www/", to: out)
        #expect(downloaded.succeeded)
        #expect(downloaded.transferred.count == 1000)
        for index in [0, 1, 499, 999] {
            #expect(try Data(contentsOf: out.appendingPathComponent("d\(index % 10)/f\(index).txt"))
                    == TransferMotoFixture.content(100 + index, seed: UInt8(index % 200)))
        }

        let followed = try await moto.s3.uploadDirectory(site, bucket: moto.bucket, prefix: "linked/", include: ["link.txt"], followSymlinks: true)
        #expect(followed.transferred.map(\.key) == ["linked/link.txt"])
        #expect(try await moto.object("linked/link.txt") == Data("outside".utf8))
    }

    @Test func keysThatWouldLeaveTheFolderAreNeverWritten() async throws {
        let moto = try await TransferMotoFixture("traversal")
        defer { moto.cleanUp() }
        let out = moto.folder.appendingPathComponent("out")
        let elsewhere = moto.folder.appendingPathComponent("elsewhere")
        try FileManager.default.createDirectory(at: out, withIntermediateDirectories: true)
        try FileManager.default.createDirectory(at: elsewhere, withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(at: out.appendingPathComponent("link"), withDestinationURL: elsewhere)
        // URLSession removes dot segments from request paths, so these keys are written over libcurl,
        // which sends them as they are (as S3 stores them); the download runs on the transport under test.
        let (session, endpoint) = try await TestClients.motoSession()
        let writer = try session.client("s3", endpointURL: endpoint, config: Config(httpTransport: .curl))
        for key in ["p/ok.txt", "p/../escape.txt", "p/a/../../escape2.txt", "p/./dot.txt", "p/link/through.txt", "p/folder/"] {
            _ = try await writer.putObject(Bucket: moto.bucket, Key: key, Body: Data(key.utf8))
        }
        let result = try await moto.s3.downloadDirectory(bucket: moto.bucket, prefix: "p/", to: out)
        #expect(result.transferred.map(\.key) == ["p/ok.txt"])
        #expect(Set(result.failed.map(\.key)) == ["p/../escape.txt", "p/a/../../escape2.txt", "p/./dot.txt", "p/link/through.txt"])
        #expect(result.skipped.map(\.name) == ["p/folder/"])
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty, "nothing written through the link")
        #expect(try FileManager.default.contentsOfDirectory(atPath: moto.folder.path).sorted() == ["elsewhere", "out"], "nothing beside the folder")
        #expect(try FileManager.default.contentsOfDirectory(atPath: out.path).sorted() == ["link", "ok.txt"])
    }

    @Test func failurePoliciesStopOrContinue() async throws {
        let moto = try await TransferMotoFixture("policy")
        defer { moto.cleanUp() }
        let site = moto.folder.appendingPathComponent("site")
        for index in 0..<6 { _ = try moto.file("site/f\(index).txt", Data("file \(index)".utf8)) }
        moto.transport.inject { $0.method == "PUT" && $0.url.path.hasSuffix("/f2.txt") ? .refuse : nil }
        let oneAtATime = TransferConfig(maxConcurrency: 1)

        let stopped = await #expect(throws: DirectoryTransferError.self) {
            _ = try await moto.s3.uploadDirectory(site, bucket: moto.bucket, prefix: "stop/", failurePolicy: .stop, Config: oneAtATime)
        }
        #expect(stopped?.result.transferred.map(\.key) == ["stop/f0.txt", "stop/f1.txt"])
        #expect(stopped?.result.failed.map(\.key) == ["stop/f2.txt"])
        #expect(stopped?.result.notAttempted == 3)

        let continued = try await moto.s3.uploadDirectory(site, bucket: moto.bucket, prefix: "go/", Config: oneAtATime)
        #expect(continued.transferred.count == 5)
        #expect(continued.failed.map(\.key) == ["go/f2.txt"])
        #expect(continued.failed.first?.error is HTTPTransportError)
        #expect(!continued.succeeded)
    }
}
