/// A call taken through the pipeline up to signing (`ClientRuntime.prepare`): the request as it
/// will be signed, and what signing, sending and presigning need to know about it.
struct PreparedRequest {
    /// The unsigned request.
    var request: HTTPRequest
    /// The operation called.
    let operation: OperationModel
    /// Where the request goes and how it is signed.
    let endpoint: RequestEndpoint
    /// The parameters after idempotency tokens and customizations.
    let params: Document
    /// What customizations saw.
    let context: CustomizationContext
    /// What the signer needs to know beyond the request.
    let signing: SigningContext
    /// The request's own `User-Agent` feature ids (`m/`), beyond the client's.
    let userAgentFeatures: [String]
    /// The discovered endpoint the call goes to, resolved before each attempt (`nil`: none).
    var discoveryTarget: EndpointDiscoveryTarget? = nil
}
