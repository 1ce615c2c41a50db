import Foundation
import Testing
@testable import AWSClients

/// One real call or two on a service of every wire protocol, end to end against moto:
/// ec2, query (IAM, SNS, CloudFormation, STS), json (DynamoDB), rest-json (Glacier) and
/// smithy-rpc-v2-cbor (CloudWatch). S3 (rest-xml) and SQS (json) have suites of their own.
@Suite struct ServiceProtocolIntegrationTests {
    @Test func ec2RunsAndDescribesInstances() async throws {
        let ec2 = try await Moto.client("ec2")
        let regions = try await ec2.describeRegions(RegionNames: ["us-east-1", "eu-west-1"])
        #expect(regions["Regions"]?.array?.compactMap { $0["RegionName"]?.string } == ["us-east-1", "eu-west-1"])
        #expect(regions["Regions"]?[0]?["Endpoint"]?.string == "ec2.us-east-1.amazonaws.com")

        let tag = Moto.uniqueName("instance")
        let run = try await ec2.runInstances(ImageId: "ami-12c6146b", MinCount: 1, MaxCount: 1, InstanceType: "t2.micro",
                                             TagSpecifications: [["ResourceType": "instance", "Tags": [["Key": "Name", "Value": .string(tag)]]]])
        let instanceID = try #require(run["Instances"]?[0]?["InstanceId"]?.string)
        #expect(instanceID.hasPrefix("i-"))
        #expect(run["Instances"]?[0]?["State"] == ["Code": 0, "Name": "pending"])

        let described = try await ec2.describeInstances(Filters: [["Name": "tag:Name", "Values": [.string(tag)]]])
        let reservations = try #require(described["Reservations"]?.array)
        #expect(reservations.count == 1)
        #expect(reservations.first?["Instances"]?[0]?["InstanceId"]?.string == instanceID)
        #expect(described["ResponseMetadata"]?["RequestId"]?.string?.isEmpty == false)
    }

    @Test func iamCreatesAndGetsUsers() async throws {
        let iam = try await Moto.client("iam")
        let name = Moto.uniqueName("user")
        let created = try await iam.createUser(UserName: .string(name), Tags: [["Key": "team", "Value": "sdk"]])
        #expect(created["User"]?["Arn"]?.string == "arn:aws:iam::123456789012:user/\(name)")
        let got = try await iam.getUser(UserName: .string(name))
        #expect(got["User"]?["UserName"]?.string == name)
        #expect(got["User"]?["CreateDate"]?.date != nil)
        #expect(got["ResponseMetadata"]?["RequestId"]?.string?.isEmpty == false)

        let missing = try #require(try await Moto.clientError { _ = try await iam.getUser(UserName: .string(Moto.uniqueName("ghost"))) })
        #expect(missing.code == "NoSuchEntity")
        #expect(missing.statusCode == 404)
    }

    @Test func snsCreatesTopicsAndPublishes() async throws {
        let sns = try await Moto.client("sns")
        let name = Moto.uniqueName("topic")
        let topic = try await sns.createTopic(Name: .string(name), Attributes: ["DisplayName": "Swift"])
        let arn = try #require(topic["TopicArn"]?.string)
        #expect(arn == "arn:aws:sns:us-east-1:123456789012:\(name)")
        let published = try await sns.publish(TopicArn: .string(arn), Message: "hello",
                                              MessageAttributes: ["kind": ["DataType": "String", "StringValue": "greeting"]])
        #expect(published["MessageId"]?.string?.isEmpty == false)
        let attributes = try await sns.getTopicAttributes(TopicArn: .string(arn))
        #expect(attributes["Attributes"]?["DisplayName"]?.string == "Swift")
    }

    @Test func dynamoDBPutsAndGetsItems() async throws {
        let dynamodb = try await Moto.client("dynamodb")
        let table = Moto.uniqueName("table")
        let created = try await dynamodb.createTable(
            TableName: .string(table), BillingMode: "PAY_PER_REQUEST",
            KeySchema: [["AttributeName": "pk", "KeyType": "HASH"]],
            AttributeDefinitions: [["AttributeName": "pk", "AttributeType": "S"]])
        #expect(created["TableDescription"]?["TableName"]?.string == table)
        let item: Document = ["pk": ["S": "alpha"], "count": ["N": "5"], "raw": ["B": .blob(Data([0, 1, 255]))],
                              "tags": ["SS": ["a", "b"]], "nested": ["M": ["flag": ["BOOL": true]]]]
        _ = try await dynamodb.putItem(TableName: .string(table), Item: item)
        let got = try await dynamodb.getItem(TableName: .string(table), Key: ["pk": ["S": "alpha"]], ConsistentRead: true)
        #expect(got["Item"] == item)

        let missing = try #require(try await Moto.clientError {
            _ = try await dynamodb.getItem(TableName: .string(Moto.uniqueName("absent")), Key: ["pk": ["S": "x"]])
        })
        #expect(missing.code == "ResourceNotFoundException")
        #expect(missing.statusCode == 400)
    }

    @Test func cloudFormationCreatesAndDescribesStacks() async throws {
        let cloudformation = try await Moto.client("cloudformation")
        let name = Moto.uniqueName("stack")
        let template = #"{"Resources": {"Topic": {"Type": "AWS::SNS::Topic", "Properties": {"TopicName": "\#(name)"}}}}"#
        let created = try await cloudformation.createStack(StackName: .string(name), TemplateBody: .string(template),
                                                           Parameters: [], Tags: [["Key": "owner", "Value": "tests"]])
        let stackID = try #require(created["StackId"]?.string)
        #expect(stackID.hasPrefix("arn:aws:cloudformation:us-east-1:123456789012:stack/\(name)/"))
        let described = try await cloudformation.describeStacks(StackName: .string(name))
        let stack = try #require(described["Stacks"]?[0])
        #expect(stack["StackName"]?.string == name)
        #expect(stack["StackStatus"]?.string == "CREATE_COMPLETE")
        #expect(stack["Tags"] == [["Key": "owner", "Value": "tests"]])
    }

    @Test func cloudWatchPutsAndListsMetrics() async throws {
        let cloudwatch = try await Moto.client("cloudwatch")
        let namespace = "App/" + Moto.uniqueName("metrics")
        _ = try await cloudwatch.putMetricData(Namespace: .string(namespace), MetricData: [[
            "MetricName": "Latency", "Value": 12.5, "Unit": "Milliseconds", "Timestamp": .timestamp(Date()),
            "Dimensions": [["Name": "Host", "Value": "a"]],
        ]])
        let listed = try await cloudwatch.listMetrics(Namespace: .string(namespace))
        #expect(listed["Metrics"] == [["Namespace": .string(namespace), "MetricName": "Latency", "Dimensions": [["Name": "Host", "Value": "a"]]]])
        #expect(listed["ResponseMetadata"]?["HTTPStatusCode"]?.int == 200)
    }

    @Test func glacierCreatesAndListsVaults() async throws {
        let glacier = try await Moto.client("glacier")
        let name = Moto.uniqueName("vault")
        // accountId "-" is passed explicitly; the default belongs to the Glacier customization.
        let created = try await glacier.createVault(accountId: "-", vaultName: .string(name))
        #expect(created["ResponseMetadata"]?["HTTPStatusCode"]?.int == 201)
        let listed = try await glacier.listVaults(accountId: "-")
        let vault = try #require(listed["VaultList"]?.array?.first { $0["VaultName"]?.string == name })
        #expect(vault["VaultARN"]?.string == "arn:aws:glacier:us-east-1:123456789012:vaults/\(name)")
        #expect(vault["NumberOfArchives"]?.int == 0)
    }

    @Test func stsGetsTheCallerIdentity() async throws {
        let sts = try await Moto.client("sts")
        let identity = try await sts.getCallerIdentity()
        #expect(identity["Account"]?.string == "123456789012")
        #expect(identity["Arn"]?.string == "arn:aws:sts::123456789012:user/moto")
        #expect(identity["ResponseMetadata"]?["RequestId"]?.string?.isEmpty == false)
    }
}
