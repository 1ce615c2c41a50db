import Foundation
import Synchronization
import Testing
import AWSTestSupport
@testable import AWSClients

/// `TransferConfig`'s fields, defaults and part-size rules, and the `ExtraArgs` lists, against
/// boto3 and s3transfer as installed.
@Suite struct TransferConfigTests {
    @Test func defaultsAreBoto3s() throws {
        let script = """
        import json
        from boto3.s3.transfer import TransferConfig
        c = TransferConfig()
        print(json.dumps([c.multipart_threshold, c.multipart_chunksize, c.max_concurrency, c.num_download_attempts, \
        c.max_io_queue, c.io_chunksize, c.use_threads, c.max_bandwidth]))
        """
        let boto3 = try #require(try JSONSerialization.jsonObject(with: Data(try ShortCommand.run("python3", ["-c", script]).utf8)) as? [Any])
        let config = TransferConfig()
        #expect(boto3[0] as? Int == Int(config.multipartThreshold))
        #expect(boto3[1] as? Int == Int(config.multipartChunksize))
        #expect(boto3[2] as? Int == config.maxConcurrency)
        #expect(boto3[3] as? Int == config.numDownloadAttempts)
        #expect(boto3[4] as? Int == config.maxIOQueue)
        #expect(boto3[5] as? Int == config.ioChunksize)
        #expect(boto3[6] as? Bool == config.useThreads)
        #expect(boto3[7] is NSNull && config.maxBandwidth == nil)
    }

    @Test func allowedArgumentListsAreS3Transfers() throws {
        let script = """
        import json
        from s3transfer.manager import TransferManager as T
        print(json.dumps([sorted(T.ALLOWED_UPLOAD_ARGS), sorted(T.ALLOWED_DOWNLOAD_ARGS), sorted(T.ALLOWED_COPY_ARGS)]))
        """
        let lists = try #require(try JSONSerialization.jsonObject(with: Data(try ShortCommand.run("python3", ["-c", script]).utf8)) as? [[String]])
        #expect(lists[0] == TransferArguments.upload.sorted())
        #expect(lists[1] == TransferArguments.download.sorted())
        #expect(lists[2] == TransferArguments.copy.sorted())
    }

    static let partCases: [(Int64, Int64, Int64)] = [
        (0, 8 << 20, 5 << 20),                  // a tiny chunk size is raised to S3's 5 MiB minimum
        (100 << 20, 8 << 20, 8 << 20),
        ((5 << 30) + 1, 8 << 20, 8 << 20),      // 641 parts
        (100 << 30, 8 << 20, 16 << 20),         // 12,800 parts of 8 MiB: doubled to 6,400 of 16 MiB
        (1 << 40, 8 << 20, 128 << 20),          // 1 TiB: 8,192 parts of 128 MiB
        (10 << 30, 6 << 30, 5 << 30),           // above 5 GiB is lowered to S3's maximum
    ]

    @Test(arguments: partCases)
    func partSizesFollowS3Transfer(size: Int64, chunk: Int64, expected: Int64) throws {
        let config = TransferConfig(multipartChunksize: size == 0 ? 1 : chunk)
        #expect(config.partSize(forFileOf: size) == expected)
        let script = """
        from s3transfer.utils import ChunksizeAdjuster
        print(ChunksizeAdjuster().adjust_chunksize(\(size == 0 ? 1 : chunk), \(size)))
        """
        #expect(try ShortCommand.run("python3", ["-c", script]).trimmingCharacters(in: .whitespacesAndNewlines) == String(expected))
        #expect((size + expected - 1) / expected <= 10_000)
    }

    @Test func invalidConfigListsEveryProblem() throws {
        let config = TransferConfig(multipartThreshold: -1, maxConcurrency: 0, numDownloadAttempts: 0, maxBandwidth: 0)
        let error = #expect(throws: S3TransferError.self) { try config.validate() }
        #expect(error?.code == .invalidConfig)
        for field in ["multipartThreshold", "maxConcurrency", "numDownloadAttempts", "maxBandwidth"] {
            #expect(error?.message.contains(field) == true, "\(field) is named")
        }
    }

    @Test func unknownExtraArgsAreAllNamedWithTheClosest() throws {
        let error = #expect(throws: S3TransferError.self) {
            _ = try TransferArguments.check(["ContentTyp": "text/plain", "ACl": "private", "Metadata": [:], "Bogus": 1],
                                            allowed: TransferArguments.upload, transfer: "uploadFile")
        }
        let message = try #require(error?.message)
        #expect(message.hasPrefix("Invalid extra_args keys 'ACl' (did you mean ACL?), 'Bogus', 'ContentTyp' (did you mean ContentType"))
        #expect(message.contains("for uploadFile, must be one of: ACL, CacheControl"))
        #expect(throws: S3TransferError.self) { _ = try TransferArguments.check(["Range": "bytes=0-1"], allowed: TransferArguments.download, transfer: "downloadFile") }
        #expect(try TransferArguments.check(["VersionId": "v"], allowed: TransferArguments.download, transfer: "downloadFile") == ["VersionId": "v"])
    }

    @Test func copySourcesAreParsedAsBotocoreDoes() throws {
        #expect(try S3Transfer.copySource("b/a/k.txt") == ["Bucket": "b", "Key": "a/k.txt"])
        #expect(try S3Transfer.copySource("b/k?versionId=v1") == ["Bucket": "b", "Key": "k", "VersionId": "v1"])
        #expect(try S3Transfer.copySource(["Bucket": "b", "Key": "k"]) == ["Bucket": "b", "Key": "k"])
        for bad: Document in ["nokey", "/k", "b/", ["Bucket": "b"], ["Bucket": "b", "Key": "k", "Extra": 1], 3] {
            #expect(throws: S3TransferError.self, "\(bad)") { _ = try S3Transfer.copySource(bad) }
        }
    }

    @Test func progressNeverGoesBackwardsOrPastTheTotal() {
        let steps = StepLog()
        let tracker = TransferProgressTracker(bucket: "b", key: "k", total: 10, callback: { steps.append($0) })
        tracker.add(4)
        tracker.add(0)
        tracker.add(4)
        tracker.add(7)   // a re-sent part would pass the total: clamped
        tracker.add(1)
        #expect(steps.all.map(\.transferredBytes) == [4, 8, 10])
        #expect(steps.all.map(\.bytes) == [4, 4, 2])
        #expect(steps.all.last?.fraction == 1)
    }
}

/// Progress steps collected from a `@Sendable` callback.
final class StepLog: Sendable {
    private let steps = Mutex<[TransferProgress]>([])
    func append(_ step: TransferProgress) { steps.withLock { $0.append(step) } }
    var all: [TransferProgress] { steps.withLock { $0 } }

    /// Checks the steps of one transfer of `total` bytes: in order, never backwards, summing to
    /// the total exactly and ending on it.
    func expectExact(total: Int64, key: String? = nil, sourceLocation: SourceLocation = #_sourceLocation) {
        let steps = all.filter { key == nil || $0.key == key }
        var done: Int64 = 0
        for step in steps {
            done += step.bytes
            #expect(step.transferredBytes == done, sourceLocation: sourceLocation)
            #expect(step.totalBytes == nil || step.transferredBytes <= step.totalBytes!, sourceLocation: sourceLocation)
        }
        #expect(done == total, "steps sum to \(done), expected \(total)", sourceLocation: sourceLocation)
        #expect(steps.last?.transferredBytes == total, sourceLocation: sourceLocation)
        #expect(steps.last?.totalBytes == total, sourceLocation: sourceLocation)
    }
}
