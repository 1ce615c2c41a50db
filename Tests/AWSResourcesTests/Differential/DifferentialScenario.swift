import Foundation
@testable import AWSResources

/// The scenario of `Tests/Differential/boto3_scenario.py`, run through the typed resource handles.
///
/// Produces the same document as the Python script: the same keys (boto3's snake_case attribute
/// names), the same values, the same normalization (no timestamps, request ids, receipt handles, message
/// or version ids; blobs as base64). Keep the two in step.
enum DifferentialScenario {
    /// (key, body, content type, metadata), as in the Python script.
    static let objects: [(key: String, body: String, contentType: String, metadata: [String: String])] = [
        ("docs/a.txt", "alpha", "text/plain", ["index": "0", "group": "docs"]),
        ("docs/b.json", #"{"b": 1}"#, "application/json", ["index": "1", "group": "docs"]),
        ("docs/sub/c.txt", "charlie!", "text/plain", ["index": "2", "group": "docs"]),
        ("logs/2024/01.log", "log line one\n", "text/x-log", ["index": "3", "group": "logs"]),
        ("logs/2024/02.log", "log line two\nmore\n", "text/x-log", ["index": "4", "group": "logs"]),
        ("logs/2025/01.log", "", "text/x-log", ["index": "5", "group": "logs", "empty": "yes"]),
        ("top.bin", "\u{e9}t\u{e9} \u{2603}", "application/octet-stream", ["index": "6", "group": "top"]),
    ]
    static let messages = 5
    static let batchMessages = 3

    /// Runs the whole scenario against `endpoint` with names starting with `prefix`.
    static func run(session: Session, endpoint: String, prefix: String) async throws -> Document {
        let s3 = try session.resource(S3.self, endpointURL: endpoint)
        let sqs = try session.resource(SQS.self, endpointURL: endpoint)
        return ["s3": try await s3Scenario(s3, prefix: prefix), "sqs": try await sqsScenario(sqs, prefix: prefix)]
    }

    static func collect<S: AsyncSequence>(_ sequence: S) async throws -> [S.Element] {
        var items: [S.Element] = []
        for try await item in sequence { items.append(item) }
        return items
    }

    static func keys(_ collection: ResourceCollection<S3.ObjectSummary>) async throws -> Document {
        .list(try await collect(collection).map { .string($0.key) })
    }

    static func summary(_ item: S3.ObjectSummary) async throws -> Document {
        ["bucket_name": .string(item.bucketName), "key": .string(item.key), "size": optional(try await item.size),
         "e_tag": optional(try await item.eTag), "storage_class": optional(try await item.storageClass),
         "has_last_modified": .bool(try await item.lastModified != nil)]
    }

    static func s3Scenario(_ s3: S3.ServiceResource, prefix: String) async throws -> Document {
        var out: [String: Document] = [:]
        let bucket = try await s3.createBucket(Bucket: prefix + "-main")
        out["bucket_name"] = .string(bucket.name)
        try await bucket.waitUntilExists()
        out["bucket_has_creation_date"] = .bool(try await bucket.creationDate != nil)

        var put: [Document] = []
        for item in objects {
            let object = try await bucket.putObject(Key: .string(item.key), Body: .blob(Data(item.body.utf8)),
                                                    ContentType: .string(item.contentType),
                                                    Metadata: .map(item.metadata.mapValues(Document.string)))
            put.append(["bucket_name": .string(object.bucketName), "key": .string(object.key)])
        }
        out["put"] = .list(put)

        var all: [Document] = []
        for item in try await collect(bucket.objects.all()) { all.append(try await summary(item)) }
        out["all"] = .list(all)
        out["filter_logs"] = try await keys(bucket.objects.filter(Prefix: "logs/"))
        out["filter_docs_sub"] = try await keys(bucket.objects.filter(Prefix: "docs/sub/"))
        out["filter_none"] = try await keys(bucket.objects.filter(Prefix: "nothing/"))
        out["limit_3"] = try await keys(bucket.objects.limit(3))
        out["limit_0"] = try await keys(bucket.objects.limit(0))
        out["page_size_2_pages"] = .list(try await collect(bucket.objects.pageSize(2).pages()).map { page in
            .list(page.map { .string($0.key) })
        })
        out["page_size_3_limit_4"] = try await keys(bucket.objects.pageSize(3).limit(4))
        out["filter_logs_page_size_1_limit_2"] = try await keys(bucket.objects.filter(Prefix: "logs/").pageSize(1).limit(2))
        out["delimiter"] = try await keys(bucket.objects.filter(Delimiter: "/"))
        out["marker"] = try await keys(bucket.objects.filter(Marker: "docs/sub/c.txt"))

        var objectViews: [Document] = []
        for item in objects {
            let object = bucket.object(item.key)
            let got = try await object.get()
            objectViews.append([
                "key": .string(object.key), "content_type": optional(try await object.contentType),
                "metadata": try await object.metadata ?? .null, "content_length": optional(try await object.contentLength),
                "e_tag": optional(try await object.eTag), "accept_ranges": optional(try await object.acceptRanges),
                "has_last_modified": .bool(try await object.lastModified != nil),
                "body_matches": .bool(got["Body"]?.data == Data(item.body.utf8)),
                "get_content_type": got["ContentType"] ?? .null, "get_metadata": got["Metadata"] ?? .null,
            ])
        }
        out["objects"] = .list(objectViews)

        var summaryObjects: [Document] = []
        for item in try await collect(bucket.objects.filter(Prefix: "docs/")) {
            summaryObjects.append(["key": .string(item.object().key), "content_type": optional(try await item.object().contentType)])
        }
        out["summary_to_object"] = .list(summaryObjects)

        let deleted = try await bucket.objects.filter(Prefix: "logs/").delete()
        out["batch_delete_logs"] = .list(deleted.map { response in
            .list(deletedKeys(response).sorted().map(Document.string))
        })
        let after = try await keys(bucket.objects.all())
        out["after_delete"] = after
        out["after_delete_count"] = .int(after.array?.count ?? -1)
        out["batch_delete_none"] = .list(try await bucket.objects.filter(Prefix: "logs/").delete().map { $0.document ?? .null })

        out["buckets"] = try await bucketNames(s3, prefix: prefix)

        let versioned = try await s3.createBucket(Bucket: prefix + "-versions")
        _ = try await versioned.versioning().enable()
        out["versioning_status"] = optional(try await versioned.versioning().status)
        _ = try await versioned.putObject(Key: "v.txt", Body: Data("one".utf8))
        _ = try await versioned.putObject(Key: "v.txt", Body: Data("two!!".utf8))
        _ = try await versioned.object("v.txt").delete()
        var versions: [(size: Int?, view: Document)] = []
        for version in try await collect(versioned.objectVersions.all()) {
            let size = try await version.size
            versions.append((size, [
                "bucket_name": .string(version.bucketName), "object_key": .string(version.objectKey),
                "key": optional(try await version.key), "size": optional(size), "e_tag": optional(try await version.eTag),
                "is_latest": optional(try await version.isLatest), "has_id": .bool(!version.id.isEmpty),
            ]))
        }
        // Delete markers (no size) first, then by size, as the Python script sorts them.
        versions.sort { ($0.size != nil ? 1 : 0, $0.size ?? 0) < ($1.size != nil ? 1 : 0, $1.size ?? 0) }
        out["versions"] = .list(versions.map(\.view))
        let versionsDeleted = try await versioned.objectVersions.all().delete()
        out["versions_batch_delete"] = .list(versionsDeleted.map { .int(deletedKeys($0).count) })
        out["versions_after_delete"] = .int(try await collect(versioned.objectVersions.all()).count)
        _ = try await versioned.delete()

        _ = try await bucket.objects.all().delete()
        _ = try await bucket.delete()
        try await bucket.waitUntilNotExists()
        out["buckets_after_cleanup"] = try await bucketNames(s3, prefix: prefix)
        return .map(out)
    }

    static func deletedKeys(_ response: ResourceValue) -> [String] {
        (response.document?["Deleted"]?.array ?? []).compactMap { $0["Key"]?.string }
    }

    static func bucketNames(_ s3: S3.ServiceResource, prefix: String) async throws -> Document {
        .list(try await collect(s3.buckets.all()).map(\.name).filter { $0.hasPrefix(prefix) }.sorted().map(Document.string))
    }

    static func optional<T: DocumentConvertible>(_ value: T?) -> Document {
        value?.document ?? .null
    }
}
