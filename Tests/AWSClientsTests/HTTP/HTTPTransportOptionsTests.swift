import Foundation
import Testing
@testable import AWSClients

/// Which transport and proxy a client gets: `Config`, then the environment, as botocore and
/// Python's `getproxies()` / `proxy_bypass` decide.
@Suite struct HTTPTransportOptionsTests {
    static func resolve(_ environment: [String: String], config: Config? = nil) throws -> EffectiveConfig {
        let resolver = ConfigResolver(sharedConfig: try SharedConfig(configFile: nil, credentialsFile: nil), environment: environment)
        return try resolver.resolve(serviceID: "S3", endpointPrefix: "s3", region: "us-east-1", config: config)
    }

    @Test func proxiesComeFromTheEnvironmentWhenConfigHasNone() throws {
        let effective = try Self.resolve(["HTTPS_PROXY": "http://proxy.internal:3128", "http_proxy": "http://lower:8080",
                                          "HTTP_PROXY": "http://upper:8080", "NO_PROXY": "localhost,.internal"])
        #expect(effective.proxies == ["https": "http://proxy.internal:3128", "http": "http://lower:8080", "no": "localhost,.internal"])
        let options = effective.transportOptions
        #expect(options.proxy(for: URL(string: "https://s3.amazonaws.com/b")!) == "http://proxy.internal:3128")
        #expect(options.proxy(for: URL(string: "http://s3.amazonaws.com/b")!) == "http://lower:8080")
        #expect(options.proxy(for: URL(string: "https://localhost:9000/")!) == nil)
        #expect(options.proxy(for: URL(string: "https://bucket.s3.internal/")!) == nil)
    }

    @Test func allProxyFillsEitherScheme() throws {
        let effective = try Self.resolve(["ALL_PROXY": "http://all:1", "HTTPS_PROXY": "http://secure:2"])
        #expect(effective.proxies == ["https": "http://secure:2", "http": "http://all:1"])
    }

    @Test func configProxiesReplaceTheEnvironment() throws {
        let effective = try Self.resolve(["HTTPS_PROXY": "http://env:1"],
                                         config: Config(proxies: ["https://s3.amazonaws.com": "http://host-specific:2", "https": "http://scheme:3"]))
        let options = effective.transportOptions
        #expect(options.proxy(for: URL(string: "https://s3.amazonaws.com/key")!) == "http://host-specific:2")
        #expect(options.proxy(for: URL(string: "https://sqs.us-east-1.amazonaws.com/")!) == "http://scheme:3")
        #expect(options.proxy(for: URL(string: "http://sqs.us-east-1.amazonaws.com/")!) == nil)
    }

    @Test(arguments: [("*", "anything.example", nil, true), ("example.com", "example.com", nil, true),
                      ("example.com", "api.example.com", nil, true), (".example.com", "api.example.com", nil, true),
                      ("example.com", "notexample.com", nil, false), ("example.com:8080", "example.com", 8080, true),
                      ("example.com:8080", "example.com", 443, false), (" a.com , b.com ", "b.com", nil, true)] as [(String, String, Int?, Bool)])
    func noProxyMatching(list: String, host: String, port: Int?, bypassed: Bool) {
        #expect(HTTPTransportOptions.bypasses(host: host, port: port, noProxy: list) == bypassed)
    }

    @Test func transportKindFromConfigOrEnvironment() throws {
        #expect(try Self.resolve([:]).httpTransport == .automatic)
        #expect(try Self.resolve(["AWS_SWIFT_HTTP_TRANSPORT": "urlsession"]).httpTransport == .urlSession)
        #expect(try Self.resolve(["AWS_SWIFT_HTTP_TRANSPORT": "CURL"]).httpTransport == .curl)
        #expect(try Self.resolve(["AWS_SWIFT_HTTP_TRANSPORT": "curl"], config: Config(httpTransport: .urlSession)).httpTransport == .urlSession)
        let error = #expect(throws: ConfigError.self) { try Self.resolve(["AWS_SWIFT_HTTP_TRANSPORT": "nio"]) }
        #expect(error?.description.contains("auto, curl, urlsession") == true)
    }

    @Test func clientsWithEqualOptionsShareOneTransport() throws {
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "a", secretAccessKey: "b"), environment: [:])
        let first = session.transport(options: HTTPTransportOptions(maxConnectionsPerHost: 10))
        let second = session.transport(options: HTTPTransportOptions(maxConnectionsPerHost: 10))
        let other = session.transport(options: HTTPTransportOptions(maxConnectionsPerHost: 20))
        let firstID = ObjectIdentifier(first as AnyObject)
        let secondID = ObjectIdentifier(second as AnyObject)
        let otherID = ObjectIdentifier(other as AnyObject)
        #expect(firstID == secondID)
        #expect(firstID != otherID)
    }

    /// A client on libcurl offers its event loop as an executor (the same one for clients sharing
    /// the transport); a URLSession client has none.
    @Test func clientsOnLibcurlOfferTheLoopAsExecutor() throws {
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "a", secretAccessKey: "b"), environment: [:])
        let endpoint = "http://127.0.0.1:9"
        let onURLSession = try session.client("s3", endpointURL: endpoint, config: Config(httpTransport: .urlSession))
        #expect(onURLSession.taskExecutor == nil)
        #if os(Linux)
        let s3 = try session.client("s3", endpointURL: endpoint, config: Config(httpTransport: .curl))
        let sqs = try session.client("sqs", endpointURL: endpoint, config: Config(httpTransport: .curl))
        let s3Executor = try #require(s3.taskExecutor)
        let sqsExecutor = try #require(sqs.taskExecutor)
        #expect(ObjectIdentifier(s3Executor as AnyObject) == ObjectIdentifier(sqsExecutor as AnyObject))
        #endif
    }
}
