import Foundation
import Testing
@testable import AWSClients

/// Timestamps read by boto3 and by Swift from the same resources, compared to the microsecond:
/// epoch seconds with fractions (json 1.0 / 1.1), ISO 8601 text (query: IAM; rest-xml: S3) and an HTTP-date
/// header (S3's Last-Modified), as moto writes them.
@Suite struct TimestampDifferentialTests {
    @Test func sameResourcesReadTheSameInstants() async throws {
        let name = Moto.uniqueName("instants")
        let kms = try await Moto.client("kms")
        let keyID = try #require(try await kms.createKey(Description: .string(name))["KeyMetadata"]?["KeyId"]?.string)
        let kinesis = try await Moto.client("kinesis")
        _ = try await kinesis.createStream(StreamName: .string(name), ShardCount: 1)
        _ = try await kinesis.putRecord(StreamName: .string(name), Data: .blob(Data("x".utf8)), PartitionKey: "p")
        let ssm = try await Moto.client("ssm")
        _ = try await ssm.putParameter(Name: .string("/\(name)"), Value: "v", Type: "String")
        let secrets = try await Moto.client("secretsmanager")
        _ = try await secrets.createSecret(Name: .string(name), SecretString: "s")
        let s3 = try await Moto.client("s3")
        _ = try await s3.createBucket(Bucket: .string(name))
        _ = try await s3.putObject(Bucket: .string(name), Key: "k", Body: .blob(Data("x".utf8)))
        let iam = try await Moto.client("iam")
        _ = try await iam.createRole(RoleName: .string(name), AssumeRolePolicyDocument: "{}")
        let sfn = try await Moto.client("stepfunctions")
        let machine = try #require(try await sfn.createStateMachine(name: .string(name), definition: .string(StepFunctionsIntegrationTests.definition),
                                                                    roleArn: .string(StepFunctionsIntegrationTests.role))["stateMachineArn"])
        let ecr = try await Moto.client("ecr")
        _ = try await ecr.createRepository(repositoryName: .string(name))

        let outcome = try await Boto3Replay.compare { _ in [
            ReplayCall("kms", "DescribeKey", ["KeyId": .string(keyID)], exactTimestamps: true),
            ReplayCall("kinesis", "GetShardIterator", ["StreamName": .string(name), "ShardId": "shardId-000000000000",
                                                       "ShardIteratorType": "TRIM_HORIZON"], volatile: ["ShardIterator"]),
            ReplayCall("kinesis", "GetRecords", ["ShardIterator": ReplayCall.ref(1, "ShardIterator")], volatile: ["NextShardIterator"],
                       exactTimestamps: true),
            ReplayCall("kinesis", "DescribeStreamSummary", ["StreamName": .string(name)], exactTimestamps: true),
            ReplayCall("ssm", "GetParameter", ["Name": .string("/\(name)")], exactTimestamps: true),
            ReplayCall("secretsmanager", "DescribeSecret", ["SecretId": .string(name)], exactTimestamps: true),
            // Route 53's only timestamp, ChangeInfo.SubmittedAt, is made afresh by moto on every GetChange: S3 stands in for rest-xml.
            ReplayCall("s3", "ListObjectsV2", ["Bucket": .string(name)], exactTimestamps: true),
            ReplayCall("s3", "HeadObject", ["Bucket": .string(name), "Key": "k"], exactTimestamps: true),
            ReplayCall("iam", "GetRole", ["RoleName": .string(name)], volatile: ["Role.RoleId"], exactTimestamps: true),
            ReplayCall("stepfunctions", "DescribeStateMachine", ["stateMachineArn": machine], exactTimestamps: true),
            ReplayCall("ecr", "DescribeRepositories", ["repositoryNames": [.string(name)]], exactTimestamps: true),
        ] }
        #expect(outcome.differences.isEmpty, "Swift differs from boto3:\n\(outcome.differences.joined(separator: "\n"))")
        // Every call read a timestamp (not masked: exact comparison).
        let read = outcome.boto3.map { JSONWriter.string($0).components(separatedBy: "\"$timestamp\"").count - 1 }
        #expect(read.enumerated().allSatisfy { $0.offset == 1 || $0.element > 0 }, "timestamps per call: \(read)")

        _ = try await kms.scheduleKeyDeletion(KeyId: .string(keyID), PendingWindowInDays: 7)
        _ = try await kinesis.deleteStream(StreamName: .string(name))
        _ = try await ssm.deleteParameter(Name: .string("/\(name)"))
        _ = try await secrets.deleteSecret(SecretId: .string(name), ForceDeleteWithoutRecovery: true)
        _ = try await iam.deleteRole(RoleName: .string(name))
        _ = try await s3.deleteObject(Bucket: .string(name), Key: "k")
        _ = try await s3.deleteBucket(Bucket: .string(name))
        _ = try await sfn.deleteStateMachine(stateMachineArn: machine)
        _ = try await ecr.deleteRepository(repositoryName: .string(name))
    }
}
