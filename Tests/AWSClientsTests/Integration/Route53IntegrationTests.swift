import Foundation
import Testing
@testable import AWSClients

/// Route 53 (rest-xml) against moto: nested XML requests (change batches), lists with named members
/// (name servers, resource records), a header bound to an output member (Location), ISO 8601
/// timestamps, the ResourceRecordSetsChanged waiter, the ListResourceRecordSets paginator, the
/// `/hostedzone/...` and `/change/...` ids passed back as returned (botocore strips the prefix), a
/// modeled 404, and a differential run against boto3.
@Suite struct Route53IntegrationTests {
    static func domain() -> String { Moto.uniqueName("zone") + ".example.com" }

    /// The record changes of the scenarios: an A record with two values, a TXT value with quotes, a CNAME.
    static func changes(_ action: String, in domain: String) -> Document {
        [
            ["Action": .string(action), "ResourceRecordSet": ["Name": .string("www.\(domain)"), "Type": "A", "TTL": 60,
                                                              "ResourceRecords": [["Value": "192.0.2.1"], ["Value": "192.0.2.2"]]]],
            ["Action": .string(action), "ResourceRecordSet": ["Name": .string("txt.\(domain)"), "Type": "TXT", "TTL": 300,
                                                              "ResourceRecords": [["Value": "\"v=spf1 -all\""]]]],
            ["Action": .string(action), "ResourceRecordSet": ["Name": .string("api.\(domain)"), "Type": "CNAME", "TTL": 300,
                                                              "ResourceRecords": [["Value": .string("www.\(domain)")]]]],
        ]
    }

    @Test func managesRecordsWithTheIdsAsReturned() async throws {
        let route53 = try await Moto.client("route53")
        let domain = Self.domain()
        let created = try await route53.createHostedZone(Name: .string(domain), CallerReference: .string(UUID().uuidString),
                                                         HostedZoneConfig: ["Comment": "integration", "PrivateZone": false])
        #expect(created["ResponseMetadata"]?["HTTPStatusCode"] == 201)
        let zone = try #require(created["HostedZone"])
        let zoneID = try #require(zone["Id"]?.string)
        #expect(zoneID.hasPrefix("/hostedzone/"))
        #expect(zone["Name"]?.string == domain + ".")
        #expect(zone["Config"] == ["Comment": "integration", "PrivateZone": false])
        #expect(created["Location"]?.string?.hasSuffix("/2013-04-01\(zoneID)") == true)  // from the Location header
        #expect(created["DelegationSet"]?["NameServers"]?.array?.count == 4)
        #expect(created["ChangeInfo"]?["SubmittedAt"]?.date != nil)

        // As a boto3 user writes it: the ids go back exactly as Route 53 returned them.
        let change = try await route53.changeResourceRecordSets(HostedZoneId: .string(zoneID), ChangeBatch: [
            "Comment": "first records", "Changes": Self.changes("CREATE", in: domain),
        ])
        let changeID = try #require(change["ChangeInfo"]?["Id"]?.string)
        #expect(changeID.hasPrefix("/change/"))
        let submitted = try #require(change["ChangeInfo"]?["SubmittedAt"]?.date)
        #expect(abs(submitted.timeIntervalSinceNow) < 120)
        try await route53.waiter("resourceRecordSetsChanged").wait(Id: .string(changeID), WaiterConfig: ["Delay": 0, "MaxAttempts": 2])
        #expect(try await route53.getChange(Id: .string(changeID))["ChangeInfo"]?["Status"] == "INSYNC")

        let got = try await route53.getHostedZone(Id: .string(zoneID))
        #expect(got["HostedZone"]?["ResourceRecordSetCount"] == 5)  // NS, SOA and the three records
        var records: [Document] = []
        for try await page in route53.paginator("listResourceRecordSets").paginate(HostedZoneId: .string(zoneID),
                                                                                  PaginationConfig: ["PageSize": 2]) {
            records += page["ResourceRecordSets"]?.array ?? []
        }
        #expect(records.compactMap { $0["Type"]?.string }.sorted() == ["A", "CNAME", "NS", "SOA", "TXT"])

        _ = try await route53.changeResourceRecordSets(HostedZoneId: .string(zoneID), ChangeBatch: ["Changes": Self.changes("DELETE", in: domain)])
        let deleted = try await route53.deleteHostedZone(Id: .string(zoneID))
        #expect(deleted["ChangeInfo"]?["Id"]?.string?.hasPrefix("/change/") == true)
        let gone = try #require(try await Moto.clientError { _ = try await route53.getHostedZone(Id: .string(zoneID)) })
        #expect(gone.code == "NoSuchHostedZone")
        #expect(gone.statusCode == 404)
        #expect(gone.message == "No hosted zone found with ID: \(zoneID.split(separator: "/").last ?? "")")
    }

    @Test func recordSetsRoundTripThroughXML() async throws {
        let route53 = try await Moto.client("route53")
        let domain = Self.domain()
        let created = try await route53.createHostedZone(Name: .string(domain), CallerReference: .string(UUID().uuidString))
        // The bare id, as many callers keep it: no prefix handling involved.
        let zoneID = try #require(created["HostedZone"]?["Id"]?.string?.split(separator: "/").last.map(String.init))
        _ = try await route53.changeResourceRecordSets(HostedZoneId: .string(zoneID), ChangeBatch: ["Changes": Self.changes("UPSERT", in: domain)])

        var pages: [[String]] = []
        var records: [String: Document] = [:]
        for try await page in route53.paginator("listResourceRecordSets").paginate(HostedZoneId: .string(zoneID),
                                                                                  PaginationConfig: ["PageSize": 1]) {
            let sets = page["ResourceRecordSets"]?.array ?? []
            pages.append(sets.compactMap { $0["Name"]?.string })
            for set in sets { records["\(set["Name"]?.string ?? "") \(set["Type"]?.string ?? "")"] = set }
        }
        #expect(pages.count == 5 && pages.allSatisfy { $0.count == 1 })
        #expect(records["www.\(domain). A"] == ["Name": .string("www.\(domain)."), "Type": "A", "TTL": 60,
                                                "ResourceRecords": [["Value": "192.0.2.1"], ["Value": "192.0.2.2"]]])
        #expect(records["txt.\(domain). TXT"]?["ResourceRecords"] == [["Value": "\"v=spf1 -all\""]])
        #expect(records["api.\(domain). CNAME"]?["ResourceRecords"] == [["Value": .string("www.\(domain)")]])
        #expect(records["\(domain). NS"]?["ResourceRecords"]?.array?.count == 4)

        let byName = try await route53.listHostedZonesByName(DNSName: .string(domain), MaxItems: "1")
        #expect(byName["HostedZones"]?[0]?["Name"]?.string == domain + ".")
        #expect(byName["DNSName"]?.string == domain + ".")
        _ = try await route53.changeTagsForResource(ResourceType: "hostedzone", ResourceId: .string(zoneID),
                                                    AddTags: [["Key": "owner", "Value": "sdk"], ["Key": "env", "Value": "test"]])
        let tags = try await route53.listTagsForResource(ResourceType: "hostedzone", ResourceId: .string(zoneID))
        #expect(tags["ResourceTagSet"]?["Tags"]?.array?.compactMap { $0["Key"]?.string }.sorted() == ["env", "owner"])

        let missing = try #require(try await Moto.clientError { _ = try await route53.getHostedZone(Id: "ZNOSUCHZONE") })
        #expect(missing.code == "NoSuchHostedZone")
        #expect(missing.statusCode == 404)
        #expect(missing.message == "No hosted zone found with ID: ZNOSUCHZONE")
        _ = try await route53.changeResourceRecordSets(HostedZoneId: .string(zoneID), ChangeBatch: ["Changes": Self.changes("DELETE", in: domain)])
        _ = try await route53.deleteHostedZone(Id: .string(zoneID))
    }

    @Test func matchesBoto3() async throws {
        let outcome = try await Boto3Replay.compare { prefix in
            let domain = "\(prefix).example.org"
            let zone = ReplayCall.ref(0, "HostedZone.Id", droppingPrefix: "/hostedzone/")
            return [
                ReplayCall("route53", "CreateHostedZone", ["Name": .string(domain), "CallerReference": .string(prefix),
                                                           "HostedZoneConfig": ["Comment": "a & b < c", "PrivateZone": false]],
                           volatile: ["HostedZone.Id", "Location", "ChangeInfo.Id"]),
                ReplayCall("route53", "ChangeResourceRecordSets", ["HostedZoneId": zone, "ChangeBatch": ["Changes": Self.changes("CREATE", in: domain)]],
                           volatile: ["ChangeInfo.Id"]),
                ReplayCall("route53", "GetHostedZone", ["Id": zone], volatile: ["HostedZone.Id"]),
                ReplayCall("route53", "ListResourceRecordSets", ["HostedZoneId": zone], pagination: ["PageSize": 2]),
                ReplayCall("route53", "GetHostedZone", ["Id": "ZNOSUCHZONE"]),
                ReplayCall("route53", "ChangeTagsForResource", ["ResourceType": "hostedzone", "ResourceId": zone,
                                                                "AddTags": [["Key": "a", "Value": "1"], ["Key": "b", "Value": "2 & <3>"]],
                                                                "RemoveTagKeys": ["c"]]),
                ReplayCall("route53", "ChangeTagsForResource", ["ResourceType": "hostedzone", "ResourceId": zone, "RemoveTagKeys": ["a"]]),
                ReplayCall("route53", "ListTagsForResources", ["ResourceType": "hostedzone", "ResourceIds": [zone]],
                           volatile: ["ResourceTagSets[].ResourceId"]),
                ReplayCall("route53", "ChangeResourceRecordSets", ["HostedZoneId": zone, "ChangeBatch": ["Changes": Self.changes("DELETE", in: domain)]],
                           volatile: ["ChangeInfo.Id"]),
                ReplayCall("route53", "DeleteHostedZone", ["Id": zone], volatile: ["ChangeInfo.Id"]),
            ]
        }
        #expect(outcome.differences.isEmpty, "Swift differs from boto3:\n\(outcome.differences.joined(separator: "\n"))")
        #expect(outcome.boto3[3].array?.count == 3)
        #expect(outcome.boto3[7]["ResourceTagSets"]?[0]?["Tags"] == [["Key": "b", "Value": "2 & <3>"]])
        #expect(outcome.boto3[4]["$error"]?["Error"]?["Code"] == "NoSuchHostedZone")
    }
}
