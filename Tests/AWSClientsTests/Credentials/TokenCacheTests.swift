import Foundation
import Testing
import AWSTestSupport
@testable import AWSClients

/// The cache files shared with botocore and the AWS CLI: Python's `json.dumps` text, the
/// timestamp forms the CLI has written, atomic 0600 writes.
@Suite struct TokenCacheTests {
    @Test func textIsWhatPythonsJSONDumpsWrites() async throws {
        let value: JSONValue = .object(JSONObject([
            ("startUrl", .string("https://d-123.awsapps.com/start#/")), ("quote", .string("a\"b\\c\n\t\u{1}")),
            ("unicode", .string("é✓😀")), ("n", .int(-3)), ("x", .double(1.5)), ("ok", .bool(true)), ("none", .null),
            ("list", .array([.int(1), .object(JSONObject([("k", .string("v"))]))])),
        ]))
        let ours = PythonJSON.dumps(value)
        let script = "import json, sys; print(json.dumps(json.loads(sys.argv[1])), end='')"
        let python = try await ShortCommand.output(of: "python3", ["-c", script, ours])
        #expect(ours == python)
    }

    @Test(arguments: [
        ("2025-11-19T00:15:00Z", 1_763_511_300.0),
        ("2025-11-19T00:15:00UTC", 1_763_511_300.0),
        ("2025-11-19T00:15:00", 1_763_511_300.0),
        ("2025-11-19T01:15:00+01:00", 1_763_511_300.0),
        ("2025-11-19T00:15:00.250000Z", 1_763_511_300.25),
    ])
    func timestampsTheCLIHasWritten(text: String, seconds: Double) {
        #expect(CacheTimestamp.parse(text) == Date(timeIntervalSince1970: seconds))
    }

    @Test func timestampsAreWrittenInWholeSecondsWithZ() {
        #expect(CacheTimestamp.format(Date(timeIntervalSince1970: 1_763_511_300.987)) == "2025-11-19T00:15:00Z")
    }

    @Test func saveReplacesTheFileAtomicallyWithMode0600() throws {
        let folder = try TemporaryFolder()
        let cache = JSONFileCache(directory: folder.path + "/new/dir")
        try cache.save(JSONObject([("a", .int(1))]), forKey: "k")
        try cache.save(JSONObject([("a", .int(2))]), forKey: "k")
        #expect(try readJSONObject(cache.path(forKey: "k"))["a"] == .int(2))
        let attributes = try FileManager.default.attributesOfItem(atPath: cache.path(forKey: "k"))
        #expect((attributes[.posixPermissions] as? NSNumber)?.intValue == 0o600)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path + "/new/dir") == ["k.json"])
        #expect(cache.load("absent") == nil)
        try folder.write("new/dir/bad.json", "[1, 2]")
        guard case .failure(.notJSONObject)? = cache.load("bad") else {
            Issue.record("a JSON array is not a cache entry")
            return
        }
    }

    @Test func ssoCacheKeysAreSHA1OfTheSessionNameOrStartURL() {
        // botocore: hashlib.sha1(b"my-sso").hexdigest()
        #expect(SSOTokenCache.key(startURL: "https://x", sessionName: "my-sso") == "0ad374308c5a4e22f723adf10145eafad7c4031c")
        // hashlib.sha1(b"https://x").hexdigest()
        #expect(SSOTokenCache.key(startURL: "https://x", sessionName: nil) == "98383e6608d65e46b24bbd92582bc8d916605a21")
        // botocore's login-provider fixtures name this file for login_session arn:aws:sts::012345678910:assumed-role/Admin/admin.
        #expect(LoginTokenCache.key(sessionName: "arn:aws:sts::012345678910:assumed-role/Admin/admin")
                == "4b0ba8f99f075c0633e122fd73346ce203a3faf18ea0310eb2d29df1bab2e255")
    }
}
