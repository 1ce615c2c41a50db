import Foundation
import Testing
@testable import AWSClients

/// SES v1 (query) against moto: flattened and nested members in form-encoded requests, a raw
/// message as a base64 blob, XML maps and lists in responses, doubles, the IdentityExists waiter,
/// the ListIdentities paginator, modeled errors whose wire code differs from the shape name
/// (`TemplateDoesNotExist`), and a differential run against boto3.
@Suite struct SESIntegrationTests {
    @Test func verifiesIdentitiesAndSendsMail() async throws {
        let ses = try await Moto.client("ses")
        let domain = Moto.uniqueName("mail") + ".example.com"
        let sender = "noreply@\(domain)"
        _ = try await ses.verifyEmailIdentity(EmailAddress: .string(sender))
        let token = try await ses.verifyDomainIdentity(Domain: .string(domain))
        #expect(token["VerificationToken"]?.string?.isEmpty == false)

        #expect(ses.waiterNames == ["identityExists"])
        try await ses.waiter("identityExists").wait(Identities: [.string(sender), .string(domain)], WaiterConfig: ["Delay": 0, "MaxAttempts": 2])
        let attributes = try await ses.getIdentityVerificationAttributes(Identities: [.string(sender), .string(domain)])
        // An XML map (entry/key/value) keyed by identity.
        #expect(attributes["VerificationAttributes"]?[sender]?["VerificationStatus"] == "Success")
        #expect(attributes["VerificationAttributes"]?[domain]?["VerificationStatus"] == "Success")

        let sent = try await ses.sendEmail(Source: .string(sender), Destination: [
            "ToAddresses": ["alice@example.com", "bob@example.com"], "CcAddresses": ["carol@example.com"],
        ], Message: [
            "Subject": ["Data": "Grüße & <welcome>", "Charset": "UTF-8"],
            "Body": ["Text": ["Data": "Hello,\nworld"], "Html": ["Data": "<p>Hello, <b>world</b></p>"]],
        ], Tags: [["Name": "campaign", "Value": "welcome"]])
        #expect(sent["MessageId"]?.string?.isEmpty == false)

        let raw = Data("From: \(sender)\r\nTo: alice@example.com\r\nSubject: raw\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nbody ✓\r\n".utf8)
        let rawSent = try await ses.sendRawEmail(Source: .string(sender), Destinations: ["alice@example.com"], RawMessage: ["Data": .blob(raw)])
        #expect(rawSent["MessageId"]?.string?.isEmpty == false)

        let quota = try await ses.getSendQuota()
        #expect(quota["Max24HourSend"]?.double == 200)
        #expect(quota["MaxSendRate"]?.double == 1)
        #expect((quota["SentLast24Hours"]?.double ?? 0) >= 2)
        let statistics = try await ses.getSendStatistics()
        #expect(statistics["SendDataPoints"]?[0]?["Timestamp"]?.date != nil)

        let rejected = try #require(try await Moto.clientError {
            _ = try await ses.sendEmail(Source: .string("nobody@\(Moto.uniqueName("unverified")).example.com"),
                                        Destination: ["ToAddresses": ["alice@example.com"]],
                                        Message: ["Subject": ["Data": "x"], "Body": ["Text": ["Data": "x"]]])
        })
        #expect(rejected.code == "MessageRejected")
        #expect(rejected.statusCode == 400)
        #expect(rejected.response["Error"]?["Type"] == "Sender")
        _ = try await ses.deleteIdentity(Identity: .string(sender))
        _ = try await ses.deleteIdentity(Identity: .string(domain))
    }

    @Test func templatesAndListsPageThroughIdentities() async throws {
        let ses = try await Moto.client("ses")
        let template = Moto.uniqueName("welcome")
        _ = try await ses.createTemplate(Template: ["TemplateName": .string(template), "SubjectPart": "Hi {{name}}",
                                                    "TextPart": "Hello {{name}}", "HtmlPart": "<h1>Hello {{name}}</h1>"])
        let got = try await ses.getTemplate(TemplateName: .string(template))
        #expect(got["Template"] == ["TemplateName": .string(template), "SubjectPart": "Hi {{name}}",
                                    "TextPart": "Hello {{name}}", "HtmlPart": "<h1>Hello {{name}}</h1>"])
        let listed = try await ses.listTemplates(MaxItems: 100)
        let entry = try #require(listed["TemplatesMetadata"]?.array?.first { $0["Name"]?.string == template })
        #expect(abs(try #require(entry["CreatedTimestamp"]?.date).timeIntervalSinceNow) < 120)
        _ = try await ses.deleteTemplate(TemplateName: .string(template))
        // The wire code is TemplateDoesNotExist (awsQueryError), the shape TemplateDoesNotExistException: boto3 reports the wire code.
        let missing = try #require(try await Moto.clientError { _ = try await ses.getTemplate(TemplateName: .string(template)) })
        #expect(missing.code == "TemplateDoesNotExist")
        #expect(missing.message == "Invalid Template Name.")

        let addresses = (0..<3).map { "user\($0)@\(Moto.uniqueName("list")).example.com" }
        for address in addresses { _ = try await ses.verifyEmailIdentity(EmailAddress: .string(address)) }
        var identities: [String] = []
        for try await identity in ses.paginator("listIdentities").paginate(IdentityType: "EmailAddress",
                                                                          PaginationConfig: ["PageSize": 100]).search("Identities[]") {
            identities += identity.string.map { [$0] } ?? []
        }
        #expect(Set(addresses).isSubset(of: identities))
        for address in addresses { _ = try await ses.deleteIdentity(Identity: .string(address)) }
    }

    @Test func matchesBoto3() async throws {
        let raw = Data("From: a@b.example\r\nSubject: x\r\n\r\n\u{00}\u{01} bytes".utf8)
        let outcome = try await Boto3Replay.compare { prefix in
            let sender = "sender@\(prefix).example.com"
            return [
                ReplayCall("ses", "VerifyEmailIdentity", ["EmailAddress": .string(sender)]),
                ReplayCall("ses", "VerifyDomainIdentity", ["Domain": .string("\(prefix).example.com")], volatile: ["VerificationToken"]),
                ReplayCall("ses", "GetIdentityVerificationAttributes", ["Identities": [.string(sender), .string("\(prefix).example.com")]],
                           volatile: ["VerificationAttributes.*.VerificationToken"]),
                ReplayCall("ses", "SendEmail", ["Source": .string(sender), "Destination": ["ToAddresses": ["x@example.com"]],
                                                "Message": ["Subject": ["Data": "s ü"], "Body": ["Text": ["Data": "t"]]]],
                           volatile: ["MessageId"]),
                ReplayCall("ses", "VerifyDomainDkim", ["Domain": .string("\(prefix).example.com")], volatile: ["DkimTokens[]"]),
                ReplayCall("ses", "GetIdentityDkimAttributes", ["Identities": [.string("\(prefix).example.com")]],
                           volatile: ["DkimAttributes.*.DkimTokens[]"]),
                ReplayCall("ses", "SetIdentityNotificationTopic", ["Identity": .string(sender), "NotificationType": "Bounce",
                                                                   "SnsTopic": "arn:aws:sns:us-east-1:123456789012:bounces"]),
                ReplayCall("ses", "GetIdentityNotificationAttributes", ["Identities": [.string(sender)]]),
                ReplayCall("ses", "SendRawEmail", ["Source": .string(sender), "RawMessage": ["Data": .blob(raw)]], volatile: ["MessageId"]),
                ReplayCall("ses", "CreateTemplate", ["Template": ["TemplateName": .string(prefix), "SubjectPart": "s", "TextPart": "t {{a}}"]]),
                ReplayCall("ses", "GetTemplate", ["TemplateName": .string(prefix)]),
                ReplayCall("ses", "DeleteTemplate", ["TemplateName": .string(prefix)]),
                ReplayCall("ses", "GetTemplate", ["TemplateName": .string(prefix)]),
                ReplayCall("ses", "SendEmail", ["Source": .string("x@\(prefix).invalid"), "Destination": ["ToAddresses": ["x@example.com"]],
                                                "Message": ["Subject": ["Data": "s"], "Body": ["Text": ["Data": "t"]]]]),
                ReplayCall("ses", "DeleteIdentity", ["Identity": .string(sender)]),
            ]
        }
        #expect(outcome.differences.isEmpty, "Swift differs from boto3:\n\(outcome.differences.joined(separator: "\n"))")
        #expect(outcome.boto3[4]["DkimTokens"]?.array?.count == 3)
        #expect(outcome.boto3[7]["NotificationAttributes"]?.dictionary?.count == 1)
        #expect(outcome.boto3[10]["Template"]?["TextPart"] == "t {{a}}")
        #expect(outcome.boto3[12]["$error"]?["Error"]?["Code"] == "TemplateDoesNotExist")
        #expect(outcome.boto3[13]["$error"]?["Error"]?["Code"] == "MessageRejected")
    }
}
