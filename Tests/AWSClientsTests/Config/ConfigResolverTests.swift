import Foundation
import Testing
@testable import AWSClients

@Suite struct ConfigResolverTests {
    static let configText = """
        [default]
        region = us-west-2
        max_attempts = 7
        retry_mode = adaptive
        endpoint_url = http://profile-global
        ca_bundle = /profile/ca.pem
        s3 =
          addressing_style = path
          use_accelerate_endpoint = true
        [profile svc]
        services = local
        endpoint_url = http://profile-global
        [services local]
        s3 =
          endpoint_url = http://profile-s3
        api_gateway =
          endpoint_url = http://profile-apigw
        [profile broken]
        services = missing
        """

    func resolver(_ env: [String: String] = [:], profile: String? = nil, config: String = configText) throws -> ConfigResolver {
        let folder = try TemporaryFolder()
        let shared = try folder.sharedConfig(config: config, profile: profile)
        return ConfigResolver(sharedConfig: shared, environment: env)
    }

    @Test func regionPrecedence() throws {
        let env = ["AWS_DEFAULT_REGION": "env-default", "AWS_REGION": "env-region"]
        #expect(try resolver(env).region(explicit: "arg", config: Config(region: "cfg")) == "arg")
        #expect(try resolver(env).region(config: Config(region: "cfg")) == "cfg")
        #expect(try resolver(env).region() == "env-default")
        #expect(try resolver(["AWS_REGION": "env-region"]).region() == "env-region")
        #expect(try resolver().region() == "us-west-2")
        #expect(try resolver(config: "").region() == nil)
    }

    @Test func retryPrecedence() throws {
        let env = ["AWS_MAX_ATTEMPTS": "4", "AWS_RETRY_MODE": "standard"]
        var settings = try resolver(env).resolve(serviceID: "S3", endpointPrefix: "s3",
                                                 config: Config(retries: RetryConfig(mode: .legacy, maxAttempts: 2)))
        #expect(settings.retryMode == .legacy && settings.totalMaxAttempts == 3)
        settings = try resolver(env).resolve(serviceID: "S3", endpointPrefix: "s3", config: Config(retries: RetryConfig(totalMaxAttempts: 9)))
        #expect(settings.retryMode == .standard && settings.totalMaxAttempts == 9)
        settings = try resolver(env).resolve(serviceID: "S3", endpointPrefix: "s3")
        #expect(settings.retryMode == .standard && settings.totalMaxAttempts == 4)
        settings = try resolver().resolve(serviceID: "S3", endpointPrefix: "s3")
        #expect(settings.retryMode == .adaptive && settings.totalMaxAttempts == 7)
        settings = try resolver(config: "").resolve(serviceID: "DynamoDB", endpointPrefix: "dynamodb")
        #expect(settings.retryMode == .legacy && settings.totalMaxAttempts == nil)
        #expect(settings.maxAttempts(endpointPrefix: "dynamodb") == 10 && settings.maxAttempts(endpointPrefix: "s3") == 5)
        #expect(RetryMode.standard.defaultTotalMaxAttempts(endpointPrefix: "dynamodb") == 3)
        #expect(throws: ConfigError.self) { try resolver(["AWS_RETRY_MODE": "fast"]).resolve(serviceID: "S3", endpointPrefix: "s3") }
        #expect(throws: ConfigError.self) { try resolver(["AWS_MAX_ATTEMPTS": "zero"]).resolve(serviceID: "S3", endpointPrefix: "s3") }
    }

    @Test func endpointURLPrecedence() throws {
        let env = ["AWS_ENDPOINT_URL_S3": "http://env-s3", "AWS_ENDPOINT_URL": "http://env-global"]
        #expect(try resolver(env).endpointURL(serviceID: "S3", explicit: "http://arg") == "http://arg")
        #expect(try resolver(env).endpointURL(serviceID: "S3") == "http://env-s3")
        #expect(try resolver(env).endpointURL(serviceID: "SQS") == "http://env-global")
        #expect(try resolver(["AWS_ENDPOINT_URL_API_GATEWAY": "http://env-apigw"]).endpointURL(serviceID: "API Gateway") == "http://env-apigw")
        #expect(try resolver(profile: "svc").endpointURL(serviceID: "S3") == "http://profile-s3")
        #expect(try resolver(profile: "svc").endpointURL(serviceID: "API Gateway") == "http://profile-apigw")
        #expect(try resolver(profile: "svc").endpointURL(serviceID: "SQS") == "http://profile-global")
        #expect(try resolver(env, profile: "svc").endpointURL(serviceID: "S3") == "http://env-s3")
        #expect(try resolver().endpointURL(serviceID: "S3") == "http://profile-global")
        #expect(try resolver(config: "").endpointURL(serviceID: "S3") == nil)
    }

    @Test func ignoringConfiguredEndpoints() throws {
        let env = ["AWS_ENDPOINT_URL": "http://env-global", "AWS_IGNORE_CONFIGURED_ENDPOINT_URLS": "true"]
        #expect(try resolver(env).endpointURL(serviceID: "S3") == nil)
        #expect(try resolver(env).endpointURL(serviceID: "S3", explicit: "http://arg") == "http://arg")
        #expect(try resolver(env).endpointURL(serviceID: "S3", config: Config(ignoreConfiguredEndpointURLs: false)) == "http://env-global")
    }

    @Test func missingServicesSectionIsAnError() throws {
        #expect {
            _ = try resolver(profile: "broken").endpointURL(serviceID: "S3")
        } throws: { error in
            "\(error)".contains("\"missing\" services configuration does not exist")
        }
    }

    @Test func checksumsFipsDualStackAndTLS() throws {
        let env = ["AWS_REQUEST_CHECKSUM_CALCULATION": "WHEN_REQUIRED", "AWS_USE_FIPS_ENDPOINT": "true",
                   "AWS_USE_DUALSTACK_ENDPOINT": "TRUE", "AWS_CA_BUNDLE": "/env/ca.pem"]
        var settings = try resolver(env).resolve(serviceID: "SQS", endpointPrefix: "sqs")
        #expect(settings.requestChecksumCalculation == .whenRequired && settings.responseChecksumValidation == .whenSupported)
        #expect(settings.useFIPSEndpoint && settings.useDualStackEndpoint)
        #expect(settings.verify == .caBundle("/env/ca.pem"))
        settings = try resolver(env).resolve(serviceID: "SQS", endpointPrefix: "sqs", verify: .disabled,
                                             config: Config(useFIPSEndpoint: false, requestChecksumCalculation: .whenSupported))
        #expect(!settings.useFIPSEndpoint && settings.requestChecksumCalculation == .whenSupported && settings.verify == .disabled)
        #expect(try resolver().resolve(serviceID: "SQS", endpointPrefix: "sqs").verify == .caBundle("/profile/ca.pem"))
        #expect(try resolver(config: "").resolve(serviceID: "SQS", endpointPrefix: "sqs").verify == .enabled)
        #expect(throws: ConfigError.self) {
            try resolver(["AWS_RESPONSE_CHECKSUM_VALIDATION": "always"]).resolve(serviceID: "S3", endpointPrefix: "s3")
        }
    }

    @Test func s3SettingsMergeProfileEnvironmentAndConfig() throws {
        let env = ["AWS_S3_USE_ARN_REGION": "true"]
        var settings = try resolver(env).resolve(serviceID: "S3", endpointPrefix: "s3")
        #expect(settings.s3.addressingStyle == .path && settings.s3.useAccelerateEndpoint == true && settings.s3.useARNRegion == true)
        settings = try resolver(env).resolve(serviceID: "S3", endpointPrefix: "s3",
                                             config: Config(s3: S3Config(addressingStyle: .virtual, useDualstackEndpoint: true), useDualStackEndpoint: false))
        #expect(settings.s3.addressingStyle == .virtual && settings.s3.useAccelerateEndpoint == true)
        #expect(settings.useDualStackEndpoint)  // S3's own setting wins for S3
    }

    @Test func defaults() throws {
        let settings = try resolver(config: "").resolve(serviceID: "SQS", endpointPrefix: "sqs")
        #expect(settings.connectTimeout == 60 && settings.readTimeout == 60 && settings.maxPoolConnections == 10)
        #expect(settings.timeouts == HTTPTimeouts(connect: 60, read: 60))
        #expect(settings.parameterValidation && settings.injectHostPrefix && !settings.tcpKeepalive)
        #expect(settings.requestMinCompressionSizeBytes == 10240 && settings.stsRegionalEndpoints == "regional")
        #expect(settings.accountIDEndpointMode == "preferred" && settings.endpointURL == nil && settings.region == nil)
    }

    @Test func mergingTakesTheOtherConfigsSetFields() {
        let base = Config(region: "a", connectTimeout: 5, s3: S3Config(addressingStyle: .path, useAccelerateEndpoint: true))
        let merged = base.merging(Config(readTimeout: 9, s3: S3Config(addressingStyle: .virtual)))
        #expect(merged.region == "a" && merged.connectTimeout == 5 && merged.readTimeout == 9)
        #expect(merged.s3 == S3Config(addressingStyle: .virtual))  // replaced whole, as botocore's merge
    }
}
