import AWSClients
import Foundation

/// Time to the first signed request of a new session whose profile gets credentials from IAM
/// Identity Center, against a loopback server (`IdentityBenchServer`): from `Session(profile:)` to
/// the answer of an SQS `ListQueues` signed with the role credentials.
///
/// - `sso_cached_token`: the cached SSO token is fresh; one `GetRoleCredentials`, then the call.
/// - `sso_refreshed_token`: the cached token has 5 minutes left; SSO OIDC `CreateToken`, the cache
///   rewritten, `GetRoleCredentials`, then the call.
///
/// Each round starts from a new home folder and session; the first round of the process also
/// loads the SSO, SSO OIDC and SQS models and rule sets, and is reported on its own. With
/// `--botocore`, boto3 runs the same rounds against the same server in one Python process.
enum SSOBenchmark {
    struct Row {
        let name: String
        /// Round 0, untimed in the medians: for the first scenario, the first session of the process.
        var firstMillis: Double
        var wallMillis: [Double] = []
        var cpuMillis: [Double] = []
        var requestsPerRound: Int
    }

    static let scenarios: [(name: String, expiresIn: TimeInterval)] = [("sso_cached_token", 3600), ("sso_refreshed_token", 300)]

    static func run(rounds: Int) async throws -> (rows: [Row], server: IdentityBenchServer) {
        let server = try IdentityBenchServer()
        var rows: [Row] = []
        for scenario in scenarios {
            var row = Row(name: scenario.name, firstMillis: 0, requestsPerRound: 0)
            for round in 0...rounds {
                let home = try prepareHome(expiresIn: scenario.expiresIn)
                defer { try? FileManager.default.removeItem(atPath: home) }
                let before = server.served.withLock { $0.values.reduce(0, +) }
                let cpu = Clock.cpu(), wall = Clock.wall()
                let session = try Session(profile: "dev", environment: environment(home: home, server: server))
                _ = try await session.client("sqs").listQueues()
                let wallMillis = (Clock.wall() - wall) * 1000, cpuMillis = (Clock.cpu() - cpu) * 1000
                row.requestsPerRound = server.served.withLock { $0.values.reduce(0, +) } - before
                if round == 0 {
                    row.firstMillis = wallMillis
                } else {
                    row.wallMillis.append(wallMillis)
                    row.cpuMillis.append(cpuMillis)
                }
            }
            rows.append(row)
        }
        return (rows, server)
    }

    static func environment(home: String, server: IdentityBenchServer) -> [String: String] {
        ["HOME": home, "AWS_CONFIG_FILE": home + "/.aws/config", "AWS_SHARED_CREDENTIALS_FILE": home + "/.aws/credentials",
         "AWS_EC2_METADATA_DISABLED": "true", "AWS_ENDPOINT_URL_SSO": server.baseURL, "AWS_ENDPOINT_URL_SSO_OIDC": server.baseURL,
         "AWS_ENDPOINT_URL_SQS": server.baseURL, "AWS_SWIFT_HTTP_TRANSPORT": ProcessInfo.processInfo.environment["AWS_SWIFT_HTTP_TRANSPORT"] ?? "auto"]
    }

    /// A home folder with `[profile dev]` on an `sso-session` and its cached token, as `aws sso login` leaves them.
    static func prepareHome(expiresIn: TimeInterval) throws -> String {
        let home = NSTemporaryDirectory() + "aws-bench-sso-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: home + "/.aws/sso/cache", withIntermediateDirectories: true)
        try Data("""
            [profile dev]
            sso_session = bench
            sso_account_id = 111122223333
            sso_role_name = Developer
            region = us-east-1

            [sso-session bench]
            sso_start_url = https://bench.awsapps.com/start
            sso_region = us-east-1
            """.utf8).write(to: URL(fileURLWithPath: home + "/.aws/config"))
        let format = ISO8601DateFormatter()
        let token = """
            {"startUrl": "https://bench.awsapps.com/start", "region": "us-east-1", "accessToken": "cached-token", \
            "expiresAt": "\(format.string(from: Date().addingTimeInterval(expiresIn)))", "clientId": "client", \
            "clientSecret": "secret", "registrationExpiresAt": "\(format.string(from: Date().addingTimeInterval(86_400)))", \
            "refreshToken": "refresh-1"}
            """
        // sha1("bench"), the cache key of the sso-session.
        try Data(token.utf8).write(to: URL(fileURLWithPath: home + "/.aws/sso/cache/e5c89c529dccb9b42716f4d9118d61079c883d9e.json"))
        return home
    }

    /// boto3's figures for the same scenarios (median wall ms over `rounds`, after one untimed round).
    static func botocore(rounds: Int, server: IdentityBenchServer) throws -> [String: Double] {
        let script = """
            import json, os, shutil, statistics, sys, tempfile, time, datetime
            import boto3
            base, rounds = sys.argv[1], int(sys.argv[2])
            fmt = lambda d: d.strftime('%Y-%m-%dT%H:%M:%SZ')
            out = {}
            for name, expires in [('sso_cached_token', 3600), ('sso_refreshed_token', 300)]:
                times = []
                for r in range(rounds + 1):
                    home = tempfile.mkdtemp()
                    os.makedirs(home + '/.aws/sso/cache')
                    open(home + '/.aws/config', 'w').write(open(sys.argv[3]).read())
                    now = datetime.datetime.now(datetime.timezone.utc)
                    json.dump({'startUrl': 'https://bench.awsapps.com/start', 'region': 'us-east-1', 'accessToken': 'cached-token',
                               'expiresAt': fmt(now + datetime.timedelta(seconds=expires)), 'clientId': 'client', 'clientSecret': 'secret',
                               'registrationExpiresAt': fmt(now + datetime.timedelta(days=1)), 'refreshToken': 'refresh-1'},
                              open(home + '/.aws/sso/cache/e5c89c529dccb9b42716f4d9118d61079c883d9e.json', 'w'))
                    os.environ.update({'HOME': home, 'AWS_CONFIG_FILE': home + '/.aws/config', 'AWS_SHARED_CREDENTIALS_FILE': home + '/none',
                                       'AWS_ENDPOINT_URL_SSO': base, 'AWS_ENDPOINT_URL_SSO_OIDC': base, 'AWS_ENDPOINT_URL_SQS': base,
                                       'AWS_EC2_METADATA_DISABLED': 'true'})
                    import botocore.tokens, botocore.credentials
                    botocore.tokens.SSOTokenProvider._SSO_TOKEN_CACHE_DIR = home + '/.aws/sso/cache'
                    botocore.credentials.SSOProvider._SSO_TOKEN_CACHE_DIR = home + '/.aws/sso/cache'
                    start = time.perf_counter()
                    boto3.Session(profile_name='dev').client('sqs').list_queues()
                    if r > 0: times.append((time.perf_counter() - start) * 1000)
                    shutil.rmtree(home)
                out[name] = statistics.median(times)
            print(json.dumps(out))
            """
        let home = try prepareHome(expiresIn: 3600)
        defer { try? FileManager.default.removeItem(atPath: home) }
        var environment = ProcessInfo.processInfo.environment.filter { !$0.key.hasPrefix("AWS_") }
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        let python = ["/usr/bin/env", "python3", "-c", script, server.baseURL, String(rounds), home + "/.aws/config"]
        let outcome = try ChildProcess.run(python, environment: environment)
        let parsed = try JSONSerialization.jsonObject(with: Data(outcome.output.utf8)) as? [String: Double]
        return parsed ?? [:]
    }

    static func printTable(_ rows: [Row], botocore: [String: Double]) {
        print("\n### time to the first signed request from an SSO profile (loopback server, new session per round;")
        print("round 0 of the first scenario is the process's first session: it loads the models)\n")
        print("| scenario | requests | round 0 (ms) | wall ms, median (min–max) | CPU ms, median | boto3 wall ms, median |")
        print("|---|---|---|---|---|---|")
        for row in rows {
            let wall = String(format: "%.2f (%.2f–%.2f)", RoundFigures.median(row.wallMillis), row.wallMillis.min() ?? 0, row.wallMillis.max() ?? 0)
            let boto = botocore[row.name].map { String(format: "%.2f", $0) } ?? "–"
            print("| \(row.name) | \(row.requestsPerRound) | \(String(format: "%.2f", row.firstMillis)) | \(wall) | "
                  + "\(String(format: "%.2f", RoundFigures.median(row.cpuMillis))) | \(boto) |")
        }
    }
}
