import Foundation
import Testing
@testable import AWSResources

/// Shared helpers of the typed-handle integration tests against moto.
enum ResourceIntegration {
    /// Every element of `sequence`, in order.
    static func collect<S: AsyncSequence>(_ sequence: S) async throws -> [S.Element] {
        var items: [S.Element] = []
        for try await item in sequence { items.append(item) }
        return items
    }

    /// A name no other test (or earlier run against the same server) uses: `prefix-<random>`.
    static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UInt32.random(in: 0...UInt32.max))"
    }

    /// The S3 service resource on the test moto server.
    static func s3() async throws -> S3.ServiceResource {
        let (session, endpoint) = try await TestResources.motoSession()
        return try session.resource(S3.self, endpointURL: endpoint)
    }

    /// The SQS service resource on the test moto server.
    static func sqs() async throws -> SQS.ServiceResource {
        let (session, endpoint) = try await TestResources.motoSession()
        return try session.resource(SQS.self, endpointURL: endpoint)
    }

    /// A new bucket with a unique name.
    static func newBucket(_ s3: S3.ServiceResource, _ prefix: String) async throws -> S3.Bucket {
        try await s3.createBucket(Bucket: uniqueName(prefix))
    }

    /// Deletes every object version, delete marker and object of `bucket`, then the bucket.
    static func deleteBucket(_ bucket: S3.Bucket) async throws {
        _ = try await bucket.objectVersions.all().delete()
        _ = try await bucket.objects.all().delete()
        _ = try await bucket.delete()
    }

    /// The error code of a `ClientError` thrown by `body`, or nil when it did not throw one.
    static func errorCode(_ body: () async throws -> Void) async -> String? {
        do {
            try await body()
            return nil
        } catch let error as ClientError {
            return error.code
        } catch {
            return "\(type(of: error)): \(error)"
        }
    }
}
