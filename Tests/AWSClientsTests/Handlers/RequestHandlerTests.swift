import Foundation
import Testing
@testable import AWSClients

/// Edges of the request handlers the botocore fixture does not reach: values left alone, aliases,
/// and the errors for input botocore would send broken or rejects.
@Suite struct RequestHandlerTests {
    @Test func route53LeavesIDsWithoutAPathAlone() async throws {
        let transport = HandlerClients.answering(body: "<X/>")
        let route53 = try HandlerClients.client("route53", transport: transport)
        _ = try? await route53.getHostedZone(Id: "Z123")
        _ = try? await route53.listResourceRecordSets(HostedZoneId: "/hostedzone/Z1", StartRecordName: "a/b")
        #expect(transport.urls == ["https://route53.amazonaws.com/2013-04-01/hostedzone/Z123",
                                   "https://route53.amazonaws.com/2013-04-01/hostedzone/Z1/rrset?name=a%2Fb"])
    }

    @Test(arguments: ["realtime.machinelearning.us-east-1.amazonaws.com", "https://", "/just/a/path"])
    func machineLearningRefusesAnEndpointThatIsNotAURL(endpoint: String) async throws {
        let transport = HandlerClients.answering(body: "{}")
        let ml = try HandlerClients.client("machinelearning", transport: transport, region: "us-east-1")
        let error = await #expect(throws: ParamValidationError.self) {
            _ = try await ml.predict(MLModelId: "m", Record: ["a": "b"], PredictEndpoint: endpoint)
        }
        #expect(error?.problems.first?.path == "PredictEndpoint")
        #expect(transport.requests.isEmpty)
    }

    @Test func cloudSearchDomainTakesReturnFieldsForReturn() async throws {
        let transport = HandlerClients.answering(body: "{}")
        let domain = try HandlerClients.client("cloudsearchdomain", transport: transport)
        _ = try await domain.search(query: "q", returnFields: "a,b")
        _ = try await domain.search(query: "q", return: "a,b")
        let bodies = transport.requests.map(\.bodyText)
        #expect(bodies.count == 2 && bodies[0] == bodies[1] && bodies[0].contains("return=a%2Cb"))
        #expect(transport.requests.allSatisfy { $0.method == "POST" && $0.url.query == nil })
    }

    @Test func aliasAndOriginalTogetherAreRefused() async throws {
        let transport = HandlerClients.answering(body: "<X/>")
        let ec2 = try HandlerClients.client("ec2", transport: transport)
        let error = await #expect(throws: ParamValidationError.self) {
            _ = try await ec2.call("DescribeFlowLogs", ["Filter": [["Name": "a", "Values": ["b"]]], "Filters": [["Name": "a", "Values": ["b"]]]])
        }
        #expect(error?.problems.first?.message == "Parameter 'Filter' and its alias 'Filters' were provided for operation "
            + "DescribeFlowLogs.  Only one of them may be used.")
        // Operations whose member is `Filters` already are not touched.
        _ = try? await ec2.call("DescribeInstances", ["Filters": [["Name": "a", "Values": ["b"]]]])
        #expect(transport.requests.last?.bodyText.contains("Filter.1.Name=a") == true)
    }

    @Test func s3ControlRefusesFIPSARNsAndAccelerate() async throws {
        let fips = "arn:aws:s3-outposts:fips-us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/myap"
        let transport = HandlerClients.answering(body: "<X/>")
        let control = try HandlerClients.client("s3control", transport: transport)
        let error = await #expect(throws: ParamValidationError.self) { _ = try await control.getAccessPoint(Name: fips) }
        #expect(error?.problems.first?.message == "S3 ARN \"\(fips)\" provided is invalid for this operation. Invalid ARN, FIPS region not allowed in ARN.")

        var config = HandlerClients.once
        config.s3 = S3Config(useAccelerateEndpoint: true)
        let accelerated = try HandlerClients.client("s3control", transport: transport, config: config)
        let ap = "arn:aws:s3-outposts:us-west-2:123456789012:outpost/op-01234567890123456/accesspoint/myap"
        await #expect(throws: ConfigError.self) { _ = try await accelerated.getAccessPoint(Name: ap) }
        #expect(transport.requests.isEmpty)
    }

    @Test func s3ControlLeavesPlainNamesAndOutpostCreateBucketAlone() async throws {
        let transport = HandlerClients.answering(body: "<X/>")
        let control = try HandlerClients.client("s3control", transport: transport)
        _ = try? await control.getAccessPoint(AccountId: "123456789012", Name: "plain")
        _ = try? await control.createBucket(Bucket: "bucket", OutpostId: "op-01234567890123456")
        let requests = transport.requests
        try #require(requests.count == 2)
        #expect(requests[0].url.absoluteString == "https://123456789012.s3-control.us-west-2.amazonaws.com/v20180820/accesspoint/plain")
        #expect(requests[1].url.host == "s3-outposts.us-west-2.amazonaws.com" && requests[1].headers["x-amz-account-id"] == nil)
    }

    @Test(arguments: [
        (400, #"{"error":"slow_down"}"#, ""),
        (400, "not json", "not json"),
        (400, #"{"error_description":"","message":""}"#, ""),
        (500, #"{"error":"server_error","error_description":"try later"}"#, "try later"),
    ])
    func ssoOIDCMessagesOnlyFromAUsefulDescription(status: Int, body: String, message: String) async throws {
        let transport = HandlerClients.answering(status, body: body, headers: ["x-amzn-errortype": "SlowDownException"])
        let oidc = try HandlerClients.client("sso-oidc", transport: transport)
        let error = await #expect(throws: ClientError.self) {
            _ = try await oidc.createToken(clientId: "c", clientSecret: "s", grantType: "g")
        }
        #expect(error?.code == "SlowDownException")
        #expect(error?.message == message)
    }
}
