// Stand-ins for the application's own services that the articles' code blocks call.
struct ExampleVault: Sendable {
    func awsCredentials() async throws -> Credentials {
        Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "secret")
    }
}

struct ExampleAuthenticator: Sendable {
    func code(for serial: String) async throws -> String { "123456" }
}
