import Foundation

/// One call's run through its interceptors: the context it carries from stage to stage, and a
/// method per stage that runs every interceptor's `modify…`, then every `read…`.
///
/// A client with no interceptor makes none of these (the send loop holds an optional), so
/// interceptors cost nothing when there are none.
struct InterceptedCall: Sendable {
    let interceptors: [any ClientInterceptor]
    private(set) var context: InterceptorContext

    init(interceptors: [any ClientInterceptor], serviceName: String, operation: OperationModel, params: Document,
         isStreaming: Bool = false) {
        self.interceptors = interceptors
        context = InterceptorContext(serviceName: serviceName, operationName: operation.name, params: params, isStreaming: isStreaming)
    }

    /// Whether one of the interceptors answers calls itself (so no credentials are needed).
    var hasResponder: Bool { interceptors.contains { $0 is any CallResponder } }

    mutating func beforeSerialization(_ params: inout Document) async throws {
        for interceptor in interceptors { try await interceptor.modifyBeforeSerialization(&params, context: context) }
        context.params = params
        for interceptor in interceptors { try await interceptor.readBeforeSerialization(context: context) }
    }

    mutating func afterSerialization(_ request: inout HTTPRequest, params: Document) async throws {
        context.params = params
        context.request = request
        for interceptor in interceptors { try await interceptor.modifyAfterSerialization(&request, context: context) }
        context.request = request
        for interceptor in interceptors { try await interceptor.readAfterSerialization(context: context) }
    }

    /// The first responder's answer, if one answers.
    func respond() async throws -> Document? {
        for case let responder as any CallResponder in interceptors {
            if let output = try await responder.respond(context: context) { return output }
        }
        return nil
    }

    mutating func beforeSigning(_ request: inout HTTPRequest, attempt: Int, after failure: RetryAttempt?) async throws {
        context.attempt = attempt
        context.retryReason = failure.map(Self.reason)
        context.response = nil
        context.transmittedAt = nil
        context.request = request
        for interceptor in interceptors { try await interceptor.modifyBeforeSigning(&request, context: context) }
        context.request = request
        for interceptor in interceptors { try await interceptor.readBeforeSigning(context: context) }
    }

    mutating func beforeTransmit(_ request: inout HTTPRequest) async throws {
        context.request = request
        for interceptor in interceptors { try await interceptor.modifyBeforeTransmit(&request, context: context) }
        context.request = request
        for interceptor in interceptors { try await interceptor.readBeforeTransmit(context: context) }
        context.transmittedAt = .now
    }

    mutating func afterTransmit(_ response: inout HTTPResponse) async throws {
        context.response = response
        for interceptor in interceptors { try await interceptor.modifyAfterTransmit(&response, context: context) }
        context.response = response
        for interceptor in interceptors { try await interceptor.readAfterTransmit(context: context) }
    }

    mutating func beforeDeserialization(_ response: inout HTTPResponse) async throws {
        context.response = response
        for interceptor in interceptors { try await interceptor.modifyBeforeDeserialization(&response, context: context) }
        context.response = response
        for interceptor in interceptors { try await interceptor.readBeforeDeserialization(context: context) }
    }

    mutating func afterExecution(_ output: inout Document) async throws {
        context.output = output
        for interceptor in interceptors { try await interceptor.modifyAfterExecution(&output, context: context) }
        context.output = output
        for interceptor in interceptors { try await interceptor.readAfterExecution(context: context) }
    }

    /// The error the call throws after the on-error stage: the interceptors' replacement, or the
    /// first error one of them throws.
    mutating func onError(_ error: any Error) async -> any Error {
        var error = error
        do {
            context.error = error
            for interceptor in interceptors { try await interceptor.modifyOnError(&error, context: context) }
            context.error = error
            for interceptor in interceptors { try await interceptor.readOnError(context: context) }
        } catch let thrown {
            return thrown
        }
        return error
    }

    /// Why an attempt is retried, in a few words.
    static func reason(_ attempt: RetryAttempt) -> String {
        if let error = attempt.transportError { return "\(error.code): \(error.underlying)" }
        if attempt.checksumMismatch { return "response checksum mismatch" }
        var parts: [String] = []
        if let status = attempt.statusCode { parts.append("HTTP \(status)") }
        if let code = attempt.errorCode { parts.append(code) }
        return parts.isEmpty ? "unknown failure" : parts.joined(separator: " ")
    }
}
