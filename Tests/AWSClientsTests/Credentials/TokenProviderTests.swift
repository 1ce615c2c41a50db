import Foundation
import Testing
@testable import AWSClients
import AWSTesting

@Suite struct TokenProviderTests {
    @Test func tokensAreNeverShown() {
        let token = AuthToken("secret-token-value", expiration: Date(timeIntervalSince1970: 0))
        #expect(!token.description.contains("secret-token-value") && !token.debugDescription.contains("secret-token-value"))
        #expect(!"\(token)".contains("secret-token-value") && !String(reflecting: token).contains("secret-token-value"))
        #expect(token.description == "AuthToken(<redacted>, expiration: 1970-01-01T00:00:00Z)")
    }

    @Test func theEnvironmentProviderReadsTheSigningNamesVariable() async throws {
        let provider: any TokenProvider = EnvironmentTokenProvider(environment: ["AWS_BEARER_TOKEN_BEDROCK": "b", "AWS_BEARER_TOKEN_MY_SERVICE_X": "m"])
        #expect(try await provider.token(signingName: "bedrock")?.token == "b")
        #expect(try await provider.token(signingName: "my-service x")?.token == "m")
        #expect(try await provider.token(signingName: "codecatalyst") == nil)
        #expect(try await provider.token(signingName: "  ") == nil)
        #expect(EnvironmentTokenProvider.variableName(signingName: "s3-outposts") == "AWS_BEARER_TOKEN_S3_OUTPOSTS")
    }

    @Test func providersNeverShowTheTokensTheyHold() {
        let environment = EnvironmentTokenProvider(environment: ["AWS_BEARER_TOKEN_BEDROCK": "very-secret-token", "AWS_SECRET_ACCESS_KEY": "sk"])
        let providers: [any TokenProvider] = [environment, StaticTokenProvider(AuthToken("very-secret-token")),
                                              TokenProviderChain(providers: [environment])]
        for provider in providers {
            for text in ["\(provider)", String(reflecting: provider), provider.sourceDescription] {
                #expect(!text.contains("very-secret-token") && !text.contains("sk\""), "\(text)")
            }
        }
    }

    @Test func aChainReturnsTheFirstToken() async throws {
        let chain = TokenProviderChain(providers: [EnvironmentTokenProvider(environment: [:]), StaticTokenProvider(AuthToken("s"))])
        #expect(try await chain.token(signingName: "any")?.token == "s")
        #expect(chain.sourceDescription == "environment variable AWS_BEARER_TOKEN_<SIGNING_NAME>; an explicit token")
        #expect(try await TokenProviderChain(providers: []).token(signingName: "any") == nil)
    }

    @Test func aSessionsTokenProviderSignsBearerRequests() async throws {
        let stub = StubTransport { _ in Canned.json(200, "{\"items\": []}") }
        let session = try Session(region: "us-west-2", credentials: TestClients.credentials, tokenProvider: StaticTokenProvider(AuthToken("t-1")),
                                  environment: TestClients.environment, transport: stub)
        _ = try await session.client("codecatalyst").listSpaces()
        #expect(stub.requests.first?.headers["Authorization"] == "Bearer t-1")
    }
}
