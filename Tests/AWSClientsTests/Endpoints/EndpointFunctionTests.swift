import Foundation
import Testing
@testable import AWSClients

/// Expected values below were produced by botocore 1.43.11's `RuleSetStandardLibrary`.
@Suite struct EndpointFunctionTests {
    @Test func parseArnSplitsTheResourceOnColonsAndSlashes() {
        let arn = EndpointARN.parse("arn:aws:s3:us-west-2:123456789012:accesspoint/myendpoint")
        #expect(arn?.document == ["partition": "aws", "service": "s3", "region": "us-west-2", "accountId": "123456789012",
                                  "resourceId": ["accesspoint", "myendpoint"]])
        #expect(EndpointARN.parse("arn:aws:s3-outposts:us-west-2:123:outpost:op-01:accesspoint:ap")?.resourceId
                == ["outpost", "op-01", "accesspoint", "ap"])
        #expect(EndpointARN.parse("arn:aws:s3:r:a:a/b:c//d")?.resourceId == ["a", "b", "c", "", "d"])
        let bucket = EndpointARN.parse("arn:aws:s3:::bucket")
        #expect(bucket?.region == "" && bucket?.accountId == "" && bucket?.resourceId == ["bucket"])
    }

    @Test(arguments: ["arn:aws:s3", "arn::s3:r:a:res", "arn:aws:s3:r:a:", "notarn:aws:s3:r:a:b", "arn:aws::r:a:res"])
    func parseArnRejects(_ text: String) {
        #expect(EndpointARN.parse(text) == nil)
    }

    @Test func parseURLReportsBotocoresParts() throws {
        let url = try #require(try EndpointURL.parse("http://example.com:8443/a/b/../c//d"))
        #expect(url.document == ["scheme": "http", "authority": "example.com:8443", "path": "/a/b/../c//d",
                                 "normalizedPath": "/a/c/d/", "isIp": false])
        #expect(try EndpointURL.parse("https://example.com")?.document
                == ["scheme": "https", "authority": "example.com", "path": "", "normalizedPath": "/", "isIp": false])
        #expect(try EndpointURL.parse("https://example.com/sp ace/%41")?.normalizedPath == "/sp%20ace/%2541/")
        #expect(try EndpointURL.parse("https://example.com/a;p")?.path == "/a")
        #expect(try EndpointURL.parse("https://user@host:9/")?.authority == "user@host:9")
    }

    @Test func parseURLRecognizesIPAddresses() throws {
        #expect(try EndpointURL.parse("https://1.2.3.4:80")?.isIp == true)
        #expect(try EndpointURL.parse("https://[::1]:443/x")?.isIp == true)
        #expect(try EndpointURL.parse("https://[fe80::1%25en0]")?.isIp == true)
        #expect(try EndpointURL.parse("https://[::ffff:1.2.3.4]/")?.isIp == true)
        #expect(try EndpointURL.parse("https://example.com")?.isIp == false)
    }

    @Test(arguments: ["https://a.com?x=1", "ftp://a.com", "https://h:abc", "https://h:70000", "example.com"])
    func parseURLRejects(_ text: String) throws {
        #expect(try EndpointURL.parse(text) == nil)
    }

    @Test func parseURLThrowsWherePythonRaises() {
        #expect(throws: EndpointResolutionError.self) { try EndpointURL.parse("https://[::1/x") }
        #expect(throws: EndpointResolutionError.self) { try EndpointURL.parse("https://[1.2.3.4]/") }
    }

    @Test func virtualHostableBuckets() {
        let cases: [(String, Bool, Bool)] = [
            ("bucket", false, true), ("my.bucket", false, false), ("my.bucket", true, true), ("Bucket", false, false),
            ("ab", false, false), ("192.168.1.1", true, false), ("a-b", false, true), ("-ab", false, false),
            ("ab-", false, false), (String(repeating: "a", count: 63), false, true),
            (String(repeating: "a", count: 64), false, false), ("abc\n", false, true), ("a..b", true, false),
        ]
        for (bucket, subdomains, expected) in cases {
            #expect(EndpointFunctions.isVirtualHostableS3Bucket(bucket, allowSubdomains: subdomains) == expected,
                    "\(bucket.debugDescription) allowSubdomains=\(subdomains)")
        }
        #expect(!EndpointFunctions.isVirtualHostableS3Bucket(nil, allowSubdomains: false))
    }

    @Test func hostLabels() {
        #expect(EndpointFunctions.isValidHostLabel("Bucket", allowSubdomains: false))
        #expect(EndpointFunctions.isValidHostLabel("ab", allowSubdomains: false))
        #expect(!EndpointFunctions.isValidHostLabel("my.bucket", allowSubdomains: false))
        #expect(EndpointFunctions.isValidHostLabel("my.bucket", allowSubdomains: true))
        #expect(!EndpointFunctions.isValidHostLabel("a..b", allowSubdomains: true))
        #expect(!EndpointFunctions.isValidHostLabel("", allowSubdomains: false))
        #expect(!EndpointFunctions.isValidHostLabel("a b", allowSubdomains: false))
        #expect(!EndpointFunctions.isValidHostLabel(nil, allowSubdomains: true))
    }

    @Test func substringCountsFromEitherEnd() {
        #expect(EndpointFunctions.substring("abcdef", start: 0, stop: 4, reverse: false) == "abcd")
        #expect(EndpointFunctions.substring("abcdef", start: 0, stop: 4, reverse: true) == "cdef")
        #expect(EndpointFunctions.substring("abcdef", start: 2, stop: 6, reverse: true) == "abcd")
        #expect(EndpointFunctions.substring("abc", start: 0, stop: 4, reverse: false) == nil)
        #expect(EndpointFunctions.substring("abc", start: 2, stop: 2, reverse: false) == nil)
        #expect(EndpointFunctions.substring("abcé", start: 0, stop: 2, reverse: false) == nil)
    }

    @Test func uriEncodeKeepsOnlyUnreservedCharacters() {
        #expect(EndpointFunctions.uriEncode("a b/c") == "a%20b%2Fc")
        #expect(EndpointFunctions.uriEncode("~-._") == "~-._")
        #expect(EndpointFunctions.uriEncode("é") == "%C3%A9")
        #expect(EndpointFunctions.uriEncode("a+b=c&d") == "a%2Bb%3Dc%26d")
        #expect(EndpointFunctions.uriEncode("%") == "%25")
    }

    @Test func getAttrPaths() {
        let value: Document = ["a": ["b": "c"], "list": ["x", "y"]]
        #expect(EndpointAttributePath("a.b").value(in: value) == "c")
        #expect(EndpointAttributePath("list[1]").value(in: value) == "y")
        #expect(EndpointAttributePath("list[2]").value(in: value) == nil)
        #expect(EndpointAttributePath("missing").value(in: value) == nil)
        #expect(EndpointAttributePath("[0]").value(in: ["only"]) == "only")
    }

    @Test func partitionLookup() throws {
        let table = try EndpointFixtures.partitions()
        let east = table.outputs(forRegion: "us-east-1")
        #expect(east["name"] == "aws" && east["dnsSuffix"] == "amazonaws.com" && east["implicitGlobalRegion"] == "us-east-1")
        #expect(east["dualStackDnsSuffix"] == "api.aws" && east["supportsFIPS"] == true)
        let china = table.outputs(forRegion: "cn-north-1")
        #expect(china["name"] == "aws-cn" && china["dnsSuffix"] == "amazonaws.com.cn" && china["implicitGlobalRegion"] == "cn-northwest-1")
        let gov = table.outputs(forRegion: "us-gov-west-1")
        #expect(gov["name"] == "aws-us-gov" && gov["implicitGlobalRegion"] == "us-gov-west-1")
        #expect(table.partitionID(forRegion: "xx-unknown-9") == "aws")
        #expect(table.partitionID(forRegion: nil) == "aws")
        #expect(table.partitionID(forRegion: "aws-cn-global") == "aws-cn")  // listed explicitly, not by pattern
        #expect(table.partitionID(forRegion: "us-iso-east-1") == "aws-iso")
    }
}
