/// The signing name and region a client signs with when the endpoint's auth scheme does not
/// say, as botocore's `ClientEndpointBridge` derives them from endpoints.json: the endpoint's
/// `credentialScope` service, else the model's signing name; with no custom endpoint URL, the
/// `credentialScope` region, else the endpoint's name, else the client's region.
package struct ClientSigningScope: Sendable, Equatable {
    /// The signing name.
    package var signingName: String
    /// The signing region.
    package var region: String
    /// Whether these are the model's signing name and the client's region, assumed because no
    /// endpoints.json could be read: presigning then keeps the endpoint's own signing region.
    package var isAssumed: Bool

    package init(signingName: String, region: String, isAssumed: Bool = false) {
        self.signingName = signingName
        self.region = region
        self.isAssumed = isAssumed
    }
}
