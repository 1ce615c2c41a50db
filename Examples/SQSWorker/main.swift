import AWSResources
import Foundation

// A worker loop: long-polls an SQS queue, handles up to 10 messages per receive, and deletes the
// handled ones with one DeleteMessageBatch per receive.
//
//   swift run example-sqs-worker QUEUE_URL [--wait SECONDS] [--idle-polls N]
//   swift run example-sqs-worker --demo      # creates a queue, sends 25 jobs, works them off, deletes the queue
//
// The loop stops after --idle-polls empty receives in a row (default 2); a real worker would
// loop until cancelled.

let session = try Session()
let sqs = try session.client("sqs")

func value(of option: String, default fallback: Int) -> Int {
    guard let index = CommandLine.arguments.firstIndex(of: option), index + 1 < CommandLine.arguments.count else { return fallback }
    return Int(CommandLine.arguments[index + 1]) ?? fallback
}
let waitSeconds = value(of: "--wait", default: 20)
let idleLimit = value(of: "--idle-polls", default: 2)

/// Handles one job; a real worker would do its work here.
func handle(_ body: String) -> Bool {
    !body.isEmpty
}

func work(queueURL: String) async throws -> Int {
    var handled = 0
    var idle = 0
    for _ in 0..<10_000 where idle < idleLimit {            // bounded, as every loop should be
        let batch = try await sqs.receiveMessage(QueueUrl: .string(queueURL), MaxNumberOfMessages: 10,
                                                 WaitTimeSeconds: .int(waitSeconds),     // long polling
                                                 VisibilityTimeout: 30)
        let messages = batch["Messages"]?.array ?? []
        if messages.isEmpty { idle += 1; continue }
        idle = 0
        var entries: [Document] = []
        for (index, message) in messages.enumerated() where handle(message["Body"]?.string ?? "") {
            entries.append(["Id": .string("m\(index)"), "ReceiptHandle": message["ReceiptHandle"] ?? ""])
        }
        let deleted = try await sqs.deleteMessageBatch(QueueUrl: .string(queueURL), Entries: .list(entries))
        let failed = deleted["Failed"]?.array ?? []
        for failure in failed {
            print("could not delete \(failure["Id"]?.string ?? "?"): \(failure["Message"]?.string ?? "")")
        }
        handled += entries.count - failed.count
        print("received \(messages.count), deleted \(entries.count - failed.count) in one batch (total \(handled))")
    }
    return handled
}

if CommandLine.arguments.contains("--demo") {
    let name = "example-jobs-\(UInt32.random(in: 0...UInt32.max))"
    let queueURL = try await sqs.createQueue(QueueName: .string(name))["QueueUrl"]?.string ?? ""
    for start in stride(from: 0, to: 25, by: 10) {
        let entries: [Document] = (start..<min(start + 10, 25)).map { ["Id": .string("j\($0)"), "MessageBody": .string("job \($0)")] }
        _ = try await sqs.sendMessageBatch(QueueUrl: .string(queueURL), Entries: .list(entries))
    }
    print("sent 25 jobs to \(queueURL)")
    let handled = try await work(queueURL: queueURL)
    _ = try await sqs.deleteQueue(QueueUrl: .string(queueURL))
    print("handled \(handled) jobs; deleted the queue")
    guard handled == 25 else { print("expected 25 jobs"); exit(1) }
} else if let queueURL = CommandLine.arguments.dropFirst().first, !queueURL.hasPrefix("--") {
    print("handled \(try await work(queueURL: queueURL)) messages")
} else {
    print("usage: example-sqs-worker QUEUE_URL [--wait SECONDS] [--idle-polls N] | --demo")
    exit(2)
}
