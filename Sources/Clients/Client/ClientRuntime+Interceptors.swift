/// The call pipeline with interceptors: `perform`'s steps with the once-per-call stages around
/// them (the attempt-level stages run inside `send`'s retry loop).
extension ClientRuntime {
    /// A run through the client's interceptors for one call, `nil` when it has none.
    func interceptedCall(_ operation: OperationModel, _ params: Document, isStreaming: Bool = false) -> InterceptedCall? {
        let current = interceptors.current
        guard !current.isEmpty else { return nil }
        return InterceptedCall(interceptors: current, serviceName: meta.serviceName, operation: operation, params: params,
                               isStreaming: isStreaming)
    }

    /// `perform` with interceptors: before serialization, prepare, after serialization, a
    /// responder's answer or the retry loop, after execution; any error through the on-error stage.
    func performIntercepted(_ call: InterceptedCall, operation: OperationModel, params input: Document, body: HTTPBody?) async throws -> Document {
        var call: InterceptedCall? = call
        do {
            let (prepared, answer) = try await interceptedPrepare(&call, operation: operation, params: input, body: body)
            try Self.refuseEventStream(operation)
            var output: Document
            if let answer { output = answer } else { output = try await send(prepared, &call) }
            try await call?.afterExecution(&output)
            return output
        } catch {
            throw await call?.onError(error) ?? error
        }
    }

    /// The steps before the retry loop with their stages; a responder's answer, when one answers.
    func interceptedPrepare(_ call: inout InterceptedCall?, operation: OperationModel, params input: Document,
                            body: HTTPBody? = nil) async throws -> (PreparedRequest, Document?) {
        var params = input
        try await call?.beforeSerialization(&params)
        // botocore's Stubber resolves no account id (no credentials are needed to stub a call).
        let accountID = call?.hasResponder == true ? nil : try await endpointAccountID()
        var prepared = try prepare(operation: operation, params: params, body: body, accountID: accountID)
        try await prepareCall(&prepared)
        try await call?.afterSerialization(&prepared.request, params: prepared.params)
        return (prepared, try await call?.respond())
    }
}
