import AWSResources
import Foundation

// A walk through S3 and SQS with the low-level client, then with the typed resource handles
// (ResourceWalk.swift), then DynamoDB's Table as boto3 users know it (DynamoDBWalk.swift), then S3
// transfers with a progress bar (TransferWalk.swift), against the endpoint given as the first
// argument (scripts/demo starts a
// local moto_server and passes its URL).

let endpoint = CommandLine.arguments.dropFirst().first ?? ProcessInfo.processInfo.environment["AWS_ENDPOINT_URL"] ?? "http://127.0.0.1:5000"
let session = try Session(region: "us-east-1",
                          credentials: Credentials(accessKeyID: "testing", secretAccessKey: "testing"))

func step(_ text: String) { print("• " + text) }

// S3
let s3 = try session.client("s3", endpointURL: endpoint)
let bucket = "demo-bucket-\(UInt32.random(in: 0...UInt32.max))"
step("create bucket \(bucket)")
_ = try await s3.createBucket(Bucket: bucket)

for (key, text) in [("notes/a.txt", "alpha"), ("notes/b.txt", "bravo"), ("photos/c.jpg", "charlie")] {
    let out = try await s3.putObject(Bucket: bucket, Key: key, Body: Data(text.utf8), ContentType: "text/plain",
                                     Metadata: ["origin": "demo"])
    step("put \(key) → ETag \(out["ETag"]?.string ?? "?")")
}

let object = try await s3.getObject(Bucket: bucket, Key: "notes/a.txt")
let body = object["Body"]?.data.map { String(decoding: $0, as: UTF8.self) } ?? ""
step("get notes/a.txt → \"\(body)\" (\(object["ContentType"]?.string ?? "?"), metadata \(object["Metadata"] ?? [:]))")

let listing = try await s3.listObjectsV2(Bucket: bucket, Prefix: "notes/")
let keys = (listing["Contents"]?.array ?? []).compactMap { $0["Key"]?.string }
step("list notes/ → \(keys)")

do {
    _ = try await s3.getObject(Bucket: bucket, Key: "missing.txt")
} catch let error as ClientError {
    step("get missing.txt → \(error.code): \(error.message) (HTTP \(error.statusCode))")
}

for key in ["notes/a.txt", "notes/b.txt", "photos/c.jpg"] { _ = try await s3.deleteObject(Bucket: bucket, Key: key) }
_ = try await s3.deleteBucket(Bucket: bucket)
step("emptied and deleted \(bucket)")

// SQS
let sqs = try session.client("sqs", endpointURL: endpoint)
let queueURL = try await sqs.createQueue(QueueName: "demo-jobs")["QueueUrl"]?.string ?? ""
step("create queue → \(queueURL)")
for index in 1...3 {
    let sent = try await sqs.sendMessage(QueueUrl: queueURL, MessageBody: "job \(index)")
    step("send job \(index) → MessageId \(sent["MessageId"]?.string ?? "?")")
}
var received = 0
for _ in 0..<5 where received < 3 {
    let batch = try await sqs.receiveMessage(QueueUrl: queueURL, MaxNumberOfMessages: 10, WaitTimeSeconds: 1)
    for message in batch["Messages"]?.array ?? [] {
        step("receive \"\(message["Body"]?.string ?? "")\" and delete it")
        _ = try await sqs.deleteMessage(QueueUrl: queueURL, ReceiptHandle: message["ReceiptHandle"]?.string ?? "")
        received += 1
    }
}
_ = try await sqs.deleteQueue(QueueUrl: queueURL)
step("deleted the queue; \(received) messages processed")

// The resource layer
try await ResourceWalk.run(session: session, endpoint: endpoint)
try await DynamoDBWalk.run(session: session, endpoint: endpoint)

// S3 transfers with progress
try await TransferWalk.run(session: session, endpoint: endpoint)
