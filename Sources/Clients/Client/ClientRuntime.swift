import Foundation

/// Everything a client needs to run requests; shared by all copies of a `Client`.
final class ClientRuntime: Sendable {
    let meta: ClientMeta
    let model: ServiceModel
    let wireProtocol: any WireProtocol
    let names: OperationNameIndex
    let transport: ClientTransport
    let retryStrategy: any RetryStrategy
    let endpoints: any EndpointProviding
    let signer: any RequestSigning
    let customizations: [any ServiceCustomization]
    /// Endpoint discovery, `nil` for a client with an explicit endpoint URL.
    let endpointDiscovery: EndpointDiscovery?
    let userAgent: UserAgent
    let sleep: @Sendable (Double) async throws -> Void
    /// The local clock (compressed bodies are stamped with it).
    let now: @Sendable () -> Date
    /// The clock requests are signed with, corrected after a clock-skew error.
    let signingClock: SigningClock
    /// Credentials available without waiting, for presigning (`nil`: the client has no such source).
    let resolvedCredentials: (@Sendable () throws -> Credentials)?
    /// The client's credentials, awaited before endpoint resolution when the rule set routes by
    /// account (`nil`: none, as for a client built without a session).
    let credentials: (@Sendable () async throws -> Credentials)?
    let validator = ParamValidator()
    /// `paginators-1` and `waiters-2` of the service, loaded on first use.
    let paginators: PaginatorCatalog
    let waiters: WaiterCatalog
    /// The interceptors every call runs (the session's, the `Config`'s, attached ones).
    let interceptors: ClientInterceptors

    init(meta: ClientMeta, wireProtocol: any WireProtocol, transport: ClientTransport, retryStrategy: any RetryStrategy,
         endpoints: any EndpointProviding, signer: any RequestSigning, customizations: [any ServiceCustomization],
         loader: ModelLoader = .shared,
         sleep: @escaping @Sendable (Double) async throws -> Void = { seconds in
             try await RetryDelay.sleep(seconds)
         }, now: @escaping @Sendable () -> Date = { Date() }, resolvedCredentials: (@Sendable () throws -> Credentials)? = nil,
         credentials: (@Sendable () async throws -> Credentials)? = nil, presigner: (any RegionalPresigning)? = nil,
         endpointDiscovery: EndpointDiscovery? = nil, signingClock: SigningClock? = nil,
         interceptors: [any ClientInterceptor] = []) {
        self.meta = meta
        self.interceptors = ClientInterceptors(interceptors)
        self.model = meta.serviceModel
        self.wireProtocol = wireProtocol
        self.names = OperationNameIndex(operationNames: meta.serviceModel.operationNames,
                                        aliases: ServiceCustomizations.methodAliases(for: meta.serviceModel))
        self.transport = transport
        self.retryStrategy = retryStrategy
        self.endpoints = endpoints
        self.signer = signer
        self.customizations = customizations
        self.sleep = sleep
        self.now = now
        self.signingClock = signingClock ?? SigningClock(base: now)
        self.resolvedCredentials = resolvedCredentials
        self.credentials = credentials
        self.endpointDiscovery = endpointDiscovery
        let apiVersion = meta.serviceModel.metadata.apiVersion
        paginators = PaginatorCatalog(loader: loader, service: meta.serviceName, apiVersion: apiVersion.isEmpty ? nil : apiVersion)
        waiters = WaiterCatalog(loader: loader, service: meta.serviceName, apiVersion: apiVersion.isEmpty ? nil : apiVersion)
        userAgent = UserAgent(config: meta.config)
        context = CustomizationContext(configuration: meta.config, model: meta.serviceModel, presigner: presigner)
    }

    /// What customizations see of this client; each call copies it and sets its own fields.
    let context: CustomizationContext

    func operationModel(named name: String) throws -> OperationModel {
        guard let apiName = names.apiName(for: name) else {
            throw UnknownOperationError(service: meta.serviceName, name: name, suggestions: names.suggestions(for: name))
        }
        return try model.operation(apiName)
    }

    /// Validates, serializes, resolves, signs, sends with retries and parses one call.
    ///
    /// `body`, when given, replaces the serialized body (a file streamed from disk for S3 uploads):
    /// checksums and `Content-Length` are computed from the file in chunks.
    func perform(operation: OperationModel, params input: Document, body: HTTPBody? = nil) async throws -> Document {
        if let call = interceptedCall(operation, input) { return try await performIntercepted(call, operation: operation, params: input, body: body) }
        var prepared = try prepare(operation: operation, params: input, body: body, accountID: try await endpointAccountID())
        try Self.refuseEventStream(operation)
        try await prepareCall(&prepared)
        var notIntercepted: InterceptedCall?
        return try await send(prepared, &notIntercepted)
    }

    /// The account of the client's credentials when the rule set routes by account
    /// (`AWS::Auth::AccountId`), resolving credentials first as botocore's deferred built-in does;
    /// `nil` otherwise, when there are no credentials (signing then reports that), and for an
    /// unsigned client (botocore gives those no credentials at all).
    func endpointAccountID() async throws -> String? {
        guard let credentials, meta.config.signatureVersion?.isUnsigned != true, try endpoints.usesAccountID else { return nil }
        return try? await credentials().accountID
    }

    /// The customizations' last change to a call's request before it is sent (never run for
    /// presigned URLs): botocore's `before-call`.
    func prepareCall(_ prepared: inout PreparedRequest) async throws {
        for customization in customizations {
            try await customization.prepareCall(&prepared.request, params: prepared.params, operation: prepared.operation,
                                                context: prepared.context)
        }
    }

    /// The pipeline up to signing, shared by calls and presigning: idempotency tokens,
    /// customizations' parameters, validation, serialization, endpoint, customizations' request.
    ///
    /// A presigned request gets no `User-Agent` (botocore's `set_user_agent_header=False`), and
    /// its customizations see `context.isPresigning`.
    func prepare(operation: OperationModel, params input: Document, presigning: Bool = false, body: HTTPBody? = nil,
                 accountID: String? = nil) throws -> PreparedRequest {
        var context = self.context
        context.isPresigning = presigning
        var params = input
        IdempotencyTokens.fill(&params, operation: operation)
        for customization in customizations { try customization.prepareParameters(&params, operation: operation, context: context) }
        let discoveryTarget = try discoveryTarget(for: operation, params: params)
        if meta.config.parameterValidation { try validator.validate(params, shape: operation.input) }
        var serialized = try wireProtocol.serialize(params, operation: operation)
        // botocore's `_convert_to_request_dict`: the prefix is expanded (and its labels checked) either way.
        if !meta.config.injectHostPrefix { serialized.hostPrefix = nil }
        var body = body
        if !presigning {
            try RequestCompression.apply(to: &serialized, fileBody: &body, operation: operation, config: meta.config,
                                         signsWithSigV2: RequestCompression.signsWithSigV2(config: meta.config, model: model), now: now())
        }
        context.fileBody = body
        var endpoint = try endpoints.endpoint(for: operation, params: params, presigning: presigning, accountID: accountID)
        let callerChecksums = Self.checksumHeaders(in: serialized.headers)
        let callerTrailer = serialized.headers["X-Amz-Trailer"]
        for customization in customizations {
            try customization.prepareRequest(&serialized, endpoint: &endpoint, params: params, operation: operation, context: context)
        }
        let trailer = callerTrailer == nil ? serialized.headers["X-Amz-Trailer"] : nil
        let signing = SigningContext(checksumHeader: Self.checksumHeaders(in: serialized.headers).first { !callerChecksums.contains($0) },
                                     trailerChecksum: trailer, hasStreamingInput: operation.streamingInput != nil)
        guard let url = endpoint.requestURL(for: serialized) else {
            throw EndpointError(.invalidEndpointURL, "cannot build a URL from endpoint \(endpoint.url) and path \(serialized.uri)")
        }
        var request = HTTPRequest(method: serialized.method, url: url, headers: serialized.headers,
                                  body: serialized.body.isEmpty ? .empty : .data(serialized.body))
        for (name, values) in endpoint.headers.sorted(by: { $0.key < $1.key }) {
            request.headers[name] = values.joined(separator: ",")
        }
        if let body {
            request.body = body
            if trailer == nil, request.headers["Content-Length"] == nil, let length = body.contentLength {
                request.headers["Content-Length"] = String(length)
            }
        }
        // A checksum in a trailer: the final body framed as aws-chunked, its checksum computed
        // while it is sent (the transport frames the message: Content-Length or chunked).
        if let trailer, let framed = FlexibleRequestChecksum.awsChunkedBody(request.body, trailer: trailer) {
            request.body = framed
        }
        var features: [String] = []
        if !presigning {
            features = try userAgentFeatures(operation: operation, request: request, signing: signing, accountID: accountID)
            request.headers["User-Agent"] = userAgent.header(requestFeatures: features)
        }
        return PreparedRequest(request: request, operation: operation, endpoint: endpoint, params: params, context: context,
                               signing: signing, userAgentFeatures: features, discoveryTarget: discoveryTarget)
    }

    /// Whether the retry strategy retries after `attempt`; if so, records it as the last failure
    /// and waits out its delay first.
    func retry(after attempt: RetryAttempt, lastFailure: inout RetryAttempt?) async throws -> Bool {
        guard case .retry(let delay) = retryStrategy.decide(after: attempt) else { return false }
        lastFailure = attempt
        try await sleep(delay)
        return true
    }

    /// The retry loop of one call; `call` (when the client has interceptors) runs their
    /// attempt-level stages.
    func send(_ prepared: PreparedRequest, _ call: inout InterceptedCall?) async throws -> Document {
        let operation = prepared.operation, params = prepared.params, context = prepared.context
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
            var response: HTTPResponse
            do {
                response = try await transport.current.send(request, timeouts: meta.config.timeouts)
                try HTTPStatusCheck.validate(response.statusCode, url: request.url.absoluteString)
            } catch let error as HTTPTransportError {
                let attempt = RetryAttempt(number: attemptNumber, transportError: error, operation: operation)
                if try await retry(after: attempt, lastFailure: &lastFailure) { continue }
                throw error
            }
            try await call?.afterTransmit(&response)
            let received = response
            do {
                for customization in customizations { try customization.inspectResponse(&response, operation: operation, context: context) }
            } catch let error as ResponseChecksumError where error.isRetryable {
                let attempt = RetryAttempt(number: attemptNumber, statusCode: response.statusCode, headers: response.headers,
                                           checksumMismatch: true, operation: operation)
                if try await retry(after: attempt, lastFailure: &lastFailure) { continue }
                throw error
            }
            try await call?.beforeDeserialization(&response)
            let protocolResponse = ProtocolResponse(statusCode: response.statusCode, headers: response.headers, body: response.body)
            if response.statusCode >= 300 {
                try await retryOrThrow(errorResponse: response, protocolResponse, operation: operation,
                                       attemptNumber: attemptNumber, lastFailure: &lastFailure, clockCorrected: &clockCorrected,
                                       discovery: prepared.discoveryTarget)
                continue
            }
            retryStrategy.recordSuccess(lastFailure: lastFailure)
            var output = try wireProtocol.parse(protocolResponse, operation: operation)
            for customization in customizations {
                try customization.finishResponse(&output, params: params, response: received, operation: operation, context: context)
            }
            if case .map(var entries) = output {
                output = .null  // `entries` is then the map's only owner: adding to it copies nothing
                let bodyRequestID = ResponseMetadata.requestID(headers: response.headers) == nil
                    ? wireProtocol.bodyRequestID(protocolResponse) : nil
                entries["ResponseMetadata"] = ResponseMetadata.document(statusCode: response.statusCode, headers: response.headers,
                                                                        retryAttempts: attemptNumber - 1, requestIDFromBody: bodyRequestID)
                output = .map(entries)
            }
            return output
        }
    }

    /// After an error status: returns when the response says the signing clock is skewed and it
    /// was corrected (once per call: `clockCorrected`; resent at once), when the retry strategy
    /// retries it (having waited out the delay) or endpoint discovery sends it again, else throws
    /// the service's `ClientError`.
    func retryOrThrow(errorResponse response: HTTPResponse, _ protocolResponse: ProtocolResponse, operation: OperationModel,
                      attemptNumber: Int, lastFailure: inout RetryAttempt?, clockCorrected: inout Bool,
                      discovery: EndpointDiscoveryTarget? = nil) async throws {
        let parsed = try wireProtocol.parseError(protocolResponse, operation: operation)
        if !clockCorrected, signingClock.correct(statusCode: response.statusCode, errorCode: parsed.code, headers: response.headers) {
            clockCorrected = true
            return
        }
        let attempt = RetryAttempt(number: attemptNumber, statusCode: response.statusCode, errorCode: parsed.code,
                                   headers: response.headers, operation: operation)
        if try await retry(after: attempt, lastFailure: &lastFailure) { return }
        if await rediscovers(after: attempt, discovery) { return }
        throw clientError(parsed, response: response, operation: operation, attempts: attemptNumber,
                          maxAttemptsReached: attemptNumber >= retryStrategy.maxAttempts && StandardRetryStrategy.isRetryable(attempt))
    }

    private func clientError(_ parsed: ParsedError, response: HTTPResponse, operation: OperationModel, attempts: Int,
                             maxAttemptsReached: Bool) -> ClientError {
        var document = parsed.modeledFields
        document["Error"] = .map(parsed.error)
        document["ResponseMetadata"] = ResponseMetadata.document(statusCode: response.statusCode, headers: response.headers,
                                                                 retryAttempts: attempts - 1, requestIDFromBody: parsed.requestID,
                                                                 maxAttemptsReached: maxAttemptsReached)
        return ClientError(code: parsed.code, message: parsed.message, statusCode: response.statusCode,
                           requestID: ResponseMetadata.requestID(headers: response.headers) ?? parsed.requestID,
                           operation: operation.name, response: .map(document))
    }
}
