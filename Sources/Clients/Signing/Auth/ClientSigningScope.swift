/// The signing name and region a client signs with when the endpoint's auth scheme does not
/// say, as botocore's `ClientEndpointBridge` derives them from endpoints.json: the endpoint's
/// `credentialScope` service, else the model's signing name; with no custom endpoint URL, the
/// `credentialScope` region, else the endpoint's name, else the client's region.
package struct ClientSigningScope: Sendable, Equatable {
    /// The signing name.
    package var signingName: String
    /// The signing region.
    package var region: String

    package init(signingName: String, region: String) {
        self.signingName = signingName
        self.region = region
    }
}
