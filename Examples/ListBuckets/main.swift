import AWSResources
import Foundation

// Lists every bucket and the objects in each, first with the low-level client and a paginator,
// then with the resource layer's collections.
//
//   swift run example-list-buckets            # your account (credentials and region as for boto3)
//   swift run example-list-buckets --seed     # first creates a bucket with a few objects, removes it after
//
// scripts/examples runs it against a local moto_server (AWS_ENDPOINT_URL).

let seed = CommandLine.arguments.contains("--seed")
let session = try Session()
let s3 = try session.client("s3")

var seeded: String?
if seed {
    let name = "example-list-\(UInt32.random(in: 0...UInt32.max))"
    _ = try await s3.createBucket(Bucket: .string(name))
    for key in ["docs/a.txt", "docs/b.txt", "images/c.png"] {
        _ = try await s3.putObject(Bucket: .string(name), Key: .string(key), Body: .blob(Data("sample \(key)".utf8)))
    }
    seeded = name
    print("seeded bucket \(name) with 3 objects")
}

// Low-level client: boto3's list_buckets and a list_objects_v2 paginator.
let buckets = try await s3.listBuckets()["Buckets"]?.array ?? []
print("\(buckets.count) bucket(s)")
for bucket in buckets {
    let name = bucket["Name"]?.string ?? ""
    let created = bucket["CreationDate"]?.date.map { ISO8601DateFormatter().string(from: $0) } ?? "?"
    print("\(name)  (created \(created))")
    var count = 0
    var bytes = 0
    for try await page in s3.paginator("listObjectsV2").paginate(Bucket: .string(name), PaginationConfig: ["PageSize": 100]) {
        for object in page["Contents"]?.array ?? [] {
            count += 1
            bytes += object["Size"]?.int ?? 0
            print("  \(object["Key"]?.string ?? "")  \(object["Size"]?.int ?? 0) bytes")
        }
    }
    print("  \(count) object(s), \(bytes) bytes")
}

// The same through the resource layer: typed handles and collections.
let resource = try session.resource(S3.self)
for try await bucket in resource.buckets.all() {
    var keys: [String] = []
    for try await object in bucket.objects.all() { keys.append(object.key) }
    print("resource: \(bucket.name) → \(keys.joined(separator: ", "))")
}

if let seeded {
    try await resource.bucket(seeded).objects.all().delete()
    _ = try await s3.deleteBucket(Bucket: .string(seeded))
    print("removed bucket \(seeded)")
}
