import Foundation

extension ClientRuntime {
    /// The largest error body read from a streaming call that failed (error documents are small).
    static let streamingErrorBodyLimit = 16 << 20

    /// The streaming blob payload member of the operation's output, if it has one.
    static func streamingPayload(of operation: OperationModel) -> String? {
        guard let output = operation.output, let name = output.payload, let member = output.member(name),
              member.isStreaming, member.type == .blob || member.type == .string, !member.isEventStream else { return nil }
        return name
    }

    /// Runs the pipeline of `perform` up to the response headers and hands out the body as it
    /// arrives. Retries apply until a success's headers are in; an error status reads its
    /// (small) body and throws `ClientError` as `perform` does.
    func performStreaming(operation: OperationModel, params input: Document) async throws -> StreamingOutput {
        guard let payloadName = Self.streamingPayload(of: operation) else {
            let hint = operation.eventStreamOutput != nil ? "its output is an event stream; call it with .eventStream(...) or callEventStream(_:_:)"
                : "call it with call(_:_:) instead"
            throw ParamValidationError(problems: [.init(kind: .invalidValue, path: "operation",
                message: "\(operation.name) has no streaming output payload; \(hint).")])
        }
        var call = interceptedCall(operation, input, isStreaming: true)
        do {
            let (prepared, answer) = try await interceptedPrepare(&call, operation: operation, params: input)
            if var answer {
                try await call?.afterExecution(&answer)
                return StreamingOutput(stubbed: answer, payloadName: payloadName)
            }
            let opened = try await openStream(prepared, &call)
            var output: Document
            var body = opened.head.body
            do {
                output = try streamingOutput(opened.protocolResponse, received: opened.received, payloadName: payloadName,
                                             operation: operation, params: opened.params, context: opened.context,
                                             retries: opened.retries)
                if let (algorithm, expected) = StreamingChecksumBody.expectedChecksum(operation: operation, params: opened.params,
                                                                                      headers: opened.head.headers) {
                    body = StreamingChecksumBody.validating(body, algorithm: algorithm, expected: expected)
                }
                try await call?.afterExecution(&output)
            } catch {
                opened.head.body.cancel()
                throw error
            }
            return StreamingOutput(output: output, payloadName: payloadName, body: body)
        } catch {
            throw await call?.onError(error) ?? error
        }
    }

    /// A successful response whose body is still arriving, with what parsing it needs.
    struct OpenedStream {
        /// The status, headers and unread body.
        let head: HTTPStreamingResponse
        /// The status and headers after the customizations' inspection (no body).
        let protocolResponse: ProtocolResponse
        /// The status and headers as received.
        let received: HTTPResponse
        /// The parameters after idempotency tokens and customizations.
        let params: Document
        /// What customizations saw.
        let context: CustomizationContext
        /// Attempts before the one that succeeded.
        let retries: Int
    }

    /// The retry loop of a streaming call, until a success's headers are in; an error status reads
    /// its (small) body and throws `ClientError` as `perform` does. `call` (when the client has
    /// interceptors) runs their attempt-level stages.
    func openStream(_ prepared: PreparedRequest, _ call: inout InterceptedCall?) async throws -> OpenedStream {
        let operation = prepared.operation
        var attemptNumber = 0
        var lastFailure: RetryAttempt?
        var clockCorrected = false
        var retryHeaders = RetryRequestHeaders(maxAttempts: retryStrategy.maxAttempts, readTimeout: meta.config.timeouts.read)
        while true {
            attemptNumber += 1
            try Task.checkCancellation()
            try await waitForSendToken()
            var request = prepared.request
            try await call?.beforeSigning(&request, attempt: attemptNumber, after: lastFailure)
            try await sign(&request, prepared)
            retryHeaders.add(to: &request, attempt: attemptNumber, after: lastFailure)
            try await call?.beforeTransmit(&request)
            let head: HTTPStreamingResponse
            let errorBody: Data?
            do {
                head = try await transport.current.stream(request, timeouts: meta.config.timeouts)
                do { try HTTPStatusCheck.validate(head.statusCode, url: request.url.absoluteString) } catch {
                    head.body.cancel()
                    throw error
                }
                errorBody = head.statusCode >= 300 ? try await head.body.collect(upTo: Self.streamingErrorBodyLimit) : nil
            } catch let error as HTTPTransportError {
                let attempt = RetryAttempt(number: attemptNumber, transportError: error, operation: operation)
                if try await retry(after: attempt, lastFailure: &lastFailure) { continue }
                throw error
            }
            var response = HTTPResponse(statusCode: head.statusCode, headers: head.headers, body: errorBody ?? Data())
            do {
                try await call?.afterTransmit(&response)
            } catch {
                head.body.cancel()
                throw error
            }
            let received = response
            do {
                for customization in customizations {
                    try customization.inspectResponse(&response, operation: operation, context: prepared.context)
                }
                try await call?.beforeDeserialization(&response)
            } catch {
                head.body.cancel()
                throw error
            }
            let protocolResponse = ProtocolResponse(statusCode: response.statusCode, headers: response.headers, body: response.body)
            if response.statusCode >= 300 {
                head.body.cancel()
                try await retryOrThrow(errorResponse: response, protocolResponse, operation: operation,
                                       attemptNumber: attemptNumber, lastFailure: &lastFailure, clockCorrected: &clockCorrected,
                                       discovery: prepared.discoveryTarget)
                continue
            }
            retryStrategy.recordSuccess(lastFailure: lastFailure)
            return OpenedStream(head: head, protocolResponse: protocolResponse, received: received, params: prepared.params,
                                context: prepared.context, retries: attemptNumber - 1)
        }
    }

    /// Parses the members bound to the status and headers, then runs the customizations' last
    /// step (except the whole-body checksum check, which the streamed body does as it goes).
    func streamingOutput(_ response: ProtocolResponse, received: HTTPResponse, payloadName: String, operation: OperationModel,
                                 params: Document, context: CustomizationContext, retries: Int) throws -> Document {
        var output = try wireProtocol.parse(response, operation: operation)
        for customization in customizations where !(customization is FlexibleResponseChecksumValidation) {
            try customization.finishResponse(&output, params: params, response: received, operation: operation, context: context)
        }
        guard case .map(var entries) = output else { return output }
        entries[payloadName] = nil
        entries["ResponseMetadata"] = ResponseMetadata.document(statusCode: response.statusCode, headers: response.headers,
                                                                retryAttempts: retries, requestIDFromBody: nil)
        return .map(entries)
    }
}
