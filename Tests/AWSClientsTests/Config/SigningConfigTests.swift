import Foundation
import Testing
@testable import AWSClients

/// The signing-related settings: every one takes effect or is refused with a message listing
/// what is accepted.
@Suite struct SigningConfigTests {
    private func resolver(_ environment: [String: String] = [:], config text: String = "") throws -> ConfigResolver {
        let shared = try TemporaryFolder().sharedConfig(config: text)
        return ConfigResolver(sharedConfig: shared, environment: environment)
    }

    @Test func signatureVersionsAreWrittenAsBotocoreNamesThem() {
        let literal = Config(signatureVersion: "v4")
        #expect(literal.signatureVersion == .v4)
        #expect(Config(signatureVersion: .unsigned).signatureVersion?.isUnsigned == true)
        #expect(SignatureVersion.unsigned.description == "UNSIGNED" && SignatureVersion.unsigned.name == nil)
        #expect(SignatureVersion("UNSIGNED") != .unsigned)
        #expect(Config(signatureVersion: "s3v4").merging(Config(signatureVersion: .unsigned)).signatureVersion == .unsigned)
    }

    @Test(arguments: ["v4", "s3v4", "v4a", "s3v4a", "v2", "bearer"])
    func supportedVersionsAreAccepted(_ name: String) throws {
        let settings = try resolver().resolve(serviceID: "SQS", endpointPrefix: "sqs", config: Config(signatureVersion: SignatureVersion(name)))
        #expect(settings.signatureVersion == SignatureVersion(name) && settings.isSignatureVersionFromConfig)
    }

    @Test(arguments: [("v3", "Signature Version 3"), ("s3", "HMAC-SHA1"), ("v4-s3express", "S3 Express"),
                      ("v5", "Unknown signature version 'v5'"), ("unsigned", "Config(signatureVersion: .unsigned)")])
    func otherVersionsAreRefused(_ name: String, _ reason: String) throws {
        let error = #expect(throws: ConfigError.self) {
            _ = try resolver().resolve(serviceID: "SQS", endpointPrefix: "sqs", config: Config(signatureVersion: SignatureVersion(name)))
        }
        #expect(error?.code == .invalidValue)
        #expect(error?.message.contains(reason) == true, "\(error?.message ?? "")")
        #expect(error?.message.contains("valid values are: v4, s3v4, v4a, s3v4a, v2, bearer, and SignatureVersion.unsigned") == true)
    }

    @Test func theProfilesServiceSectionSetsTheVersion() throws {
        let text = "[default]\ns3 =\n  signature_version = s3v4\nsqs =\n  signature_version = v3\n"
        let s3 = try resolver(config: text).resolve(serviceID: "S3", endpointPrefix: "s3")
        #expect(s3.signatureVersion == .s3v4 && !s3.isSignatureVersionFromConfig)
        #expect(try resolver(config: text).resolve(serviceID: "SNS", endpointPrefix: "sns").signatureVersion == nil)
        let error = #expect(throws: ConfigError.self) { _ = try resolver(config: text).resolve(serviceID: "SQS", endpointPrefix: "sqs") }
        #expect(error?.message.contains("'sqs' section of profile 'default'") == true)
        let overridden = try resolver(config: text).resolve(serviceID: "SQS", endpointPrefix: "sqs", config: Config(signatureVersion: .v4))
        #expect(overridden.signatureVersion == .v4)
    }

    @Test func authSchemePreferenceFromConfigEnvironmentOrProfile() throws {
        let inCode = try resolver(["AWS_AUTH_SCHEME_PREFERENCE": "sigv4"])
            .resolve(serviceID: "SQS", endpointPrefix: "sqs", config: Config(authSchemePreference: [" httpBearerAuth", "sigv4 "]))
        #expect(inCode.authSchemePreference == ["httpBearerAuth", "sigv4"] && inCode.isAuthSchemePreferenceFromConfig)
        let environment = try resolver(["AWS_AUTH_SCHEME_PREFERENCE": "sigv4a, \tsigv4,,"]).resolve(serviceID: "SQS", endpointPrefix: "sqs")
        #expect(environment.authSchemePreference == ["sigv4a", "sigv4"] && !environment.isAuthSchemePreferenceFromConfig)
        let profile = try resolver(config: "[default]\nauth_scheme_preference = noAuth,sigv4\n").resolve(serviceID: "SQS", endpointPrefix: "sqs")
        #expect(profile.authSchemePreference == ["noAuth", "sigv4"])
        #expect(try resolver().resolve(serviceID: "SQS", endpointPrefix: "sqs").authSchemePreference.isEmpty)
    }

    @Test func stsRegionalEndpointsIsValidated() throws {
        #expect(try resolver().resolve(serviceID: "STS", endpointPrefix: "sts").stsRegionalEndpoints == "regional")
        #expect(try resolver(["AWS_STS_REGIONAL_ENDPOINTS": "legacy"]).resolve(serviceID: "STS", endpointPrefix: "sts").stsRegionalEndpoints == "legacy")
        #expect(try resolver(config: "[default]\nsts_regional_endpoints = legacy\n")
            .resolve(serviceID: "STS", endpointPrefix: "sts").stsRegionalEndpoints == "legacy")
        let error = #expect(throws: ConfigError.self) {
            _ = try resolver(["AWS_STS_REGIONAL_ENDPOINTS": "Legacy"]).resolve(serviceID: "SQS", endpointPrefix: "sqs")
        }
        #expect(error?.message == "Invalid value 'Legacy' for sts_regional_endpoints (AWS_STS_REGIONAL_ENDPOINTS); valid values are: legacy, regional.")
    }

    @Test func accountIDEndpointModeIsLowercasedValidatedAndOffWhenUnsigned() throws {
        #expect(try resolver().resolve(serviceID: "DynamoDB", endpointPrefix: "dynamodb",
                                       config: Config(accountIDEndpointMode: "REQUIRED")).accountIDEndpointMode == "required")
        #expect(try resolver(["AWS_ACCOUNT_ID_ENDPOINT_MODE": "required"]).resolve(serviceID: "DynamoDB", endpointPrefix: "dynamodb",
            config: Config(signatureVersion: .unsigned)).accountIDEndpointMode == "disabled")
        #expect(throws: ConfigError.self) {
            _ = try resolver(["AWS_ACCOUNT_ID_ENDPOINT_MODE": "sometimes"]).resolve(serviceID: "DynamoDB", endpointPrefix: "dynamodb")
        }
    }

    @Test func hostPrefixInjectionFromConfigEnvironmentOrProfile() throws {
        #expect(try resolver().resolve(serviceID: "SQS", endpointPrefix: "sqs").injectHostPrefix)
        #expect(try !resolver(["AWS_DISABLE_HOST_PREFIX_INJECTION": "true"]).resolve(serviceID: "SQS", endpointPrefix: "sqs").injectHostPrefix)
        #expect(try !resolver(config: "[default]\ndisable_host_prefix_injection = true\n")
            .resolve(serviceID: "SQS", endpointPrefix: "sqs").injectHostPrefix)
        #expect(try resolver(["AWS_DISABLE_HOST_PREFIX_INJECTION": "true"])
            .resolve(serviceID: "SQS", endpointPrefix: "sqs", config: Config(injectHostPrefix: true)).injectHostPrefix)
    }
}
