import AWSClients
import Synchronization

/// The interceptor a `Stubber` attaches to its client, holding the queue of stubs: it checks
/// each call at the before-serialization stage (botocore's `before-parameter-build`) and answers
/// it after serialization (`before-call`), so nothing is signed or sent.
final class StubResponder: CallResponder {
    private let model: ServiceModel
    private let stubEverything: Bool
    private let queue = Mutex<[StubbedCall]>([])

    init(model: ServiceModel, stubEverything: Bool) {
        self.model = model
        self.stubEverything = stubEverything
    }

    /// The stubs not used yet, in order.
    var pending: [StubbedCall] { queue.withLock { $0 } }

    func enqueue(_ call: StubbedCall) { queue.withLock { $0.append(call) } }

    func readBeforeSerialization(context: InterceptorContext) async throws {
        try checkCall(operation: context.operationName, params: context.params)
    }

    func respond(context: InterceptorContext) async throws -> Document? {
        try answer(operation: try model.operation(context.operationName))
    }

    /// The next stub is for this operation and expects these parameters. With no stub left (or
    /// one for another operation), `stubEverything` lets the call through to a generated answer.
    func checkCall(operation: String, params: Document) throws {
        guard let next = queue.withLock({ $0.first }) else {
            if stubEverything { return }
            throw StubError(.unexpectedCall, operation: operation, reason: Self.unexpectedCall, expected: "no call", received: operation)
        }
        if case .invalid(let error) = next.outcome, error.code == .unknownOperation { throw error }
        guard next.operationName == operation else {
            if stubEverything { return }
            throw StubError(.operationMismatch, operation: operation, reason: "Operation mismatch: found response for \(next.operationName).",
                            expected: next.operationName, received: operation)
        }
        guard let expected = next.expectedParams else { return }
        if !ExpectedParams.matches(expected: expected, received: params) {
            throw StubError(.parameterMismatch, operation: operation, reason: "Expected parameters:\n\(expected),\nbut received:\n\(params)",
                            expected: expected.description, received: params.description)
        }
    }

    /// The next stub's answer, taken off the queue (or a generated one in stub-everything mode).
    func answer(operation: OperationModel) throws -> Document {
        let next: StubbedCall? = try queue.withLock { queue in
            guard let first = queue.first, first.operationName == operation.name else {
                if stubEverything { return nil }
                throw StubError(.unexpectedCall, operation: operation.name, reason: Self.unexpectedCall)
            }
            queue.removeFirst()
            return first
        }
        guard let next else { return PlaceholderOutput.output(for: operation) }
        switch next.outcome {
        case .output(let output): return output
        case .error(let error): throw error
        case .invalid(let error): throw error
        }
    }

    static let unexpectedCall = "Unexpected API Call: A call was made but no additional calls expected. "
        + "Either the API Call was not stubbed or it was called multiple times."
}
