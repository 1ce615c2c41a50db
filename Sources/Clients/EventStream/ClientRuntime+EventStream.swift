import Foundation

extension ClientRuntime {
    /// A plain call of an operation whose output is an event stream would have nothing to return
    /// but an empty stream: it is refused, naming the call that reads the events.
    static func refuseEventStream(_ operation: OperationModel) throws {
        guard operation.eventStreamOutput != nil else { return }
        let method = operation.name.prefix(1).lowercased() + operation.name.dropFirst()
        throw ParamValidationError(problems: [.init(kind: .invalidValue, path: "operation",
            message: "\(operation.name) answers with an event stream, which a plain call cannot return; call "
                + "client.\(method).eventStream(...) (or callEventStream(\"\(operation.name)\", params)) and iterate its events.")])
    }

    /// Sends the call, reads the output's other members (from the headers, or from the
    /// `initial-response` message on json and CBOR) and hands out the events as they arrive.
    func performEventStream(operation: OperationModel, params input: Document) async throws -> EventStreamOutput {
        guard let output = operation.output, let streamName = output.eventStreamMemberName, let streamShape = output.member(streamName) else {
            throw ParamValidationError(problems: [.init(kind: .invalidValue, path: "operation",
                message: "\(operation.name) has no event stream output; call it with call(_:_:)"
                    + (Self.streamingPayload(of: operation) != nil ? " or .streaming(...)" : "") + " instead.")])
        }
        let protocolName = model.metadata.resolvedProtocol
        guard let format = EventStreamBodyFormat(protocolName: protocolName) else {
            throw ProtocolError(.unsupportedProtocol, "event streams are not defined for protocol '\(protocolName)'")
        }
        var call = interceptedCall(operation, input, isStreaming: true)
        let opened: OpenedStream
        do {
            let (prepared, answer) = try await interceptedPrepare(&call, operation: operation, params: input)
            if answer != nil {
                throw ParamValidationError(problems: [.init(kind: .invalidValue, path: "operation",
                    message: "\(operation.name) answers with an event stream, which a stubbed response cannot stand for; "
                        + "test code that reads events against a local server instead.")])
            }
            opened = try await openStream(prepared, &call)
        } catch {
            throw await call?.onError(error) ?? error
        }
        let body = opened.head.body
        do {
            var decoder = EventStreamDecoder()
            var response = opened.protocolResponse
            let metadata = ResponseMetadata.document(statusCode: response.statusCode, headers: response.headers,
                                                     retryAttempts: opened.retries, requestIDFromBody: nil)
            let parser = EventStreamEventParser(streamShape: streamShape, format: format, operationName: operation.name,
                                                responseMetadata: metadata,
                                                requestID: ResponseMetadata.requestID(headers: response.headers))
            if format.startsWithInitialResponse(protocolName: protocolName) {
                let first = try await Self.firstMessage(of: body, decoder: &decoder, operation: operation.name)
                guard first.messageType == "event", first[header: ":event-type"]?.string == "initial-response" else {
                    _ = try parser.parse(first)  // a service error throws its ClientError
                    throw EventStreamError(.missingInitialResponse, "the event stream of \(operation.name) does not start with "
                                           + "an initial-response message (it starts with '\(first[header: ":event-type"]?.string ?? "?")')")
                }
                response.body = first.payload
            }
            var outputDocument = try streamingOutput(response, received: opened.received, payloadName: streamName,
                                                     operation: operation, params: opened.params, context: opened.context,
                                                     retries: opened.retries)
            try await call?.afterExecution(&outputDocument)
            return EventStreamOutput(output: outputDocument, streamName: streamName,
                                     events: EventStreamEvents(body: body, parser: parser, decoder: decoder))
        } catch {
            body.cancel()
            throw error
        }
    }

    /// Reads the body until its first message is whole.
    private static func firstMessage(of body: HTTPResponseBody, decoder: inout EventStreamDecoder,
                                     operation: String) async throws -> EventStreamMessage {
        while true {
            if let message = try decoder.next() { return message }
            guard let chunk = try await body.next() else {
                throw EventStreamError(decoder.bufferedByteCount > 0 ? .truncated : .missingInitialResponse,
                                       "the event stream of \(operation) ended before its initial-response message")
            }
            decoder.append(chunk)
        }
    }
}
