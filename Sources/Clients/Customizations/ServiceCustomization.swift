/// One service quirk botocore applies through its event handlers, as an explicit step of the
/// request pipeline (S3 checksums and addressing, SQS MD5 checks, Glacier's account id, ...).
///
/// Each hook has a default that does nothing; a customization implements only the stages it needs.
/// Customizations run in the order the client lists them.
package protocol ServiceCustomization: Sendable {
    /// Before validation: fill defaults and derived parameters (botocore's `before-parameter-build`).
    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws

    /// After serialization and endpoint resolution, before signing (`before-sign` / `request-created`).
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws

    /// Once per call, on the finished request before its first attempt is signed; never for a
    /// presigned URL (botocore's `before-call`). It may wait: cross-region copies (EC2
    /// `CopySnapshot`, RDS) presign a request for the source region here through
    /// `context.presigner`. Request checksums are already computed at this point, so only change
    /// the body of operations that have none.
    func prepareCall(_ request: inout HTTPRequest, params: Document, operation: OperationModel,
                     context: CustomizationContext) async throws

    /// On the raw response before parsing (`after-call` checks on bytes, 200-with-error bodies).
    /// Return a replacement status to treat the response as an error.
    func inspectResponse(_ response: inout HTTPResponse, operation: OperationModel, context: CustomizationContext) throws

    /// On the parsed success document (`after-call`): validate or reshape it. `response` is the
    /// response as the transport returned it, before any `inspectResponse` change (so a header
    /// removed to keep the parser from failing, such as a malformed S3 `Expires`, can still be read).
    func finishResponse(_ output: inout Document, params: Document, response: HTTPResponse, operation: OperationModel,
                        context: CustomizationContext) throws
}

extension ServiceCustomization {
    package func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {}
    package func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                                operation: OperationModel, context: CustomizationContext) throws {}
    package func prepareCall(_ request: inout HTTPRequest, params: Document, operation: OperationModel,
                             context: CustomizationContext) async throws {}
    package func inspectResponse(_ response: inout HTTPResponse, operation: OperationModel, context: CustomizationContext) throws {}
    package func finishResponse(_ output: inout Document, params: Document, response: HTTPResponse, operation: OperationModel,
                                context: CustomizationContext) throws {}
}

/// What customizations may read about the client making the call.
package struct CustomizationContext: Sendable {
    /// The client's configuration and model, behind one reference: every call copies the
    /// context, and copying a large configuration struct retains each of its fields.
    private final class Client: Sendable {
        let configuration: EffectiveConfig
        let model: ServiceModel
        let presigner: (any RegionalPresigning)?

        init(configuration: EffectiveConfig, model: ServiceModel, presigner: (any RegionalPresigning)?) {
            self.configuration = configuration
            self.model = model
            self.presigner = presigner
        }
    }

    private let client: Client
    /// The client's resolved configuration.
    package var configuration: EffectiveConfig { _read { yield client.configuration } }
    /// The service model.
    package var model: ServiceModel { _read { yield client.model } }
    /// Presigns requests of this client's service for another region with its credentials
    /// (`nil` for a client built without one, such as a test's).
    package var presigner: (any RegionalPresigning)? { client.presigner }
    /// Whether the request is being presigned rather than sent (botocore's `is_presign_request`):
    /// add nothing a plain HTTP client fetching the URL would not send (no checksums, no Content-Type).
    package var isPresigning = false
    /// The body sent instead of the serialized one, when it is a file streamed from disk: checksums
    /// over the body must read it from there (`nil` for bodies in memory).
    package var fileBody: HTTPBody?
}

extension CustomizationContext {
    /// The context of a client with this configuration and model.
    package init(configuration: EffectiveConfig, model: ServiceModel, presigner: (any RegionalPresigning)? = nil) {
        client = Client(configuration: configuration, model: model, presigner: presigner)
    }
}
