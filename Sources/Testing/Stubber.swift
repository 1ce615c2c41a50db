import AWSClients
import Foundation

/// Answers a client's calls with queued responses, as botocore's `Stubber`: unit tests of code
/// that uses clients or resources, with no server and no custom transport.
///
/// ```swift
/// let stubber = Stubber(s3c)
/// stubber.addResponse("listObjectsV2", ["KeyCount": 1, "Contents": [["Key": "a"]]], expectedParams: ["Bucket": "b"])
/// stubber.addClientError("getObject", serviceErrorCode: "NoSuchKey", httpStatusCode: 404)
/// _ = try await s3c.listObjectsV2(Bucket: "b")               // the stubbed output
/// try stubber.assertNoPendingResponses()
/// ```
/// Responses are used first in, first out. A call of another operation than the next stub's,
/// a call whose parameters differ from the stub's `expectedParams`, and a call with no stub
/// left throw `StubError`; parameters are still validated against the model, as botocore does.
/// Stubbed calls send nothing and need no credentials. The stubber intercepts the client and
/// every copy of it (resources reach it through `meta.client`).
///
/// It is active from creation (botocore's needs `activate()`); `deactivate()` lets calls through
/// to the transport again, `activate()` resumes stubbing.
public final class Stubber: Sendable {
    /// botocore's `stub.ANY`: an expected parameter value that matches any value, at any depth.
    public static let any: Document = .string("<Stubber.any>")

    /// The client whose calls are stubbed.
    public let client: Client
    /// Whether a call with no queued stub gets a response generated from its output shape
    /// (Ruby's `stub_responses: true`) rather than throwing.
    public let stubEverything: Bool
    /// The interceptor attached to the client: it holds the queue (the client keeps it, and so
    /// the stubs, while the stubber is active, as botocore's event handlers do).
    private let responder: StubResponder

    /// Stubs `client`'s calls (and its copies'), from now on.
    ///
    /// - Parameters:
    ///   - client: the client to stub (its copies, and resources built on it, are stubbed too).
    ///   - stubEverything: answer every call without a queued stub with data generated
    ///     from the operation's output shape (deterministic placeholders: strings are the member's
    ///     name or the first enum value, numbers 0, booleans false, timestamps 1970-01-01, lists and
    ///     maps empty, pagination tokens left out so paginators stop), as Ruby's `stub_responses: true`.
    ///     Queued stubs are still used when the next one is for the operation called.
    public init(_ client: Client, stubEverything: Bool = false) {
        self.client = client
        self.stubEverything = stubEverything
        responder = StubResponder(model: client.meta.serviceModel, stubEverything: stubEverything)
        activate()
    }

    /// Starts (or resumes) stubbing the client's calls.
    public func activate() { client.attach(responder) }

    /// Stops stubbing: the client's calls go to its transport again. Queued stubs are kept.
    public func deactivate() { client.detach(responder) }

    /// Queues the output of the next call, which must be of `operation` (any spelling:
    /// `listObjectsV2`, `ListObjectsV2`, `list_objects_v2`).
    ///
    /// The response is validated against the operation's output shape (`ResponseMetadata` aside)
    /// and returned as it is. An unknown operation or a response that does not fit is reported
    /// by the call that would use the stub, and by `assertNoPendingResponses()`.
    /// - Parameters:
    ///   - operation: the operation the next call must be.
    ///   - response: the output the call returns.
    ///   - expectedParams: the exact parameters the call must have (`Stubber.any` for
    ///     a value that may be anything); `nil` accepts any.
    public func addResponse(_ operation: String, _ response: Document, expectedParams: Document? = nil) {
        guard let model = operationModel(operation) else {
            return enqueue(StubbedCall(operationName: operation, outcome: .invalid(unknownOperation(operation)), expectedParams: nil))
        }
        var checked = response
        if case .map(var members) = checked {
            members["ResponseMetadata"] = nil
            checked = .map(members)
        }
        var outcome = StubbedCall.Outcome.output(response)
        do {
            try ParamValidator().validate(checked, shape: model.output)
        } catch {
            outcome = .invalid(StubError(.invalidResponse, operation: model.name,
                                         reason: "The stubbed response for \(model.name) does not fit its output shape: \(error)"))
        }
        enqueue(StubbedCall(operationName: model.name, outcome: outcome, expectedParams: expectedParams))
    }

    /// Queues a `ClientError` for the next call, which must be of `operation`, as botocore's
    /// `add_client_error`: the error's response is `{"Error": {"Code", "Message", ...serviceErrorMeta},
    /// "ResponseMetadata": {"HTTPStatusCode", ...}}`.
    ///
    /// - Parameters:
    ///   - operation: the operation the next call must be.
    ///   - serviceErrorCode: the error's `Code`.
    ///   - serviceMessage: the error's `Message`.
    ///   - httpStatusCode: the response's status.
    ///   - serviceErrorMeta: more members of `Error`.
    ///   - expectedParams: the exact parameters the call must have (`Stubber.any` for a value
    ///     that may be anything); `nil` accepts any.
    ///   - response: more members of the error response: its `ResponseMetadata` is merged into
    ///     the one above (botocore's `response_meta`, a `RequestId` say), the other members are the
    ///     modeled error's fields, validated against the error shape of `serviceErrorCode`
    ///     (botocore's `modeled_fields`).
    public func addClientError(_ operation: String, serviceErrorCode: String = "", serviceMessage: String = "",
                               httpStatusCode: Int = 400, serviceErrorMeta: Document? = nil, expectedParams: Document? = nil,
                               response: Document? = nil) {
        guard let model = operationModel(operation) else {
            return enqueue(StubbedCall(operationName: operation, outcome: .invalid(unknownOperation(operation)), expectedParams: nil))
        }
        var error: [String: Document] = ["Message": .string(serviceMessage), "Code": .string(serviceErrorCode)]
        for (key, value) in serviceErrorMeta?.dictionary ?? [:] { error[key] = value }
        var metadata: [String: Document] = ["HTTPStatusCode": .int(httpStatusCode)]
        var document: [String: Document] = [:]
        var modeled = response?.dictionary ?? [:]
        for (key, value) in modeled.removeValue(forKey: "ResponseMetadata")?.dictionary ?? [:] { metadata[key] = value }
        if !modeled.isEmpty {
            let shape = client.meta.serviceModel.errorShape(forCode: serviceErrorCode)
            do {
                try ParamValidator().validate(.map(modeled), shape: shape)
            } catch {
                return enqueue(StubbedCall(operationName: model.name, outcome: .invalid(StubError(.invalidResponse, operation: model.name,
                    reason: "The modeled fields of the stubbed \(serviceErrorCode) error do not fit its shape: \(error)")),
                    expectedParams: expectedParams))
            }
            for (key, value) in modeled { document[key] = value }
        }
        document["Error"] = .map(error)
        document["ResponseMetadata"] = .map(metadata)
        let clientError = ClientError(code: serviceErrorCode, message: serviceMessage, statusCode: httpStatusCode,
                                      requestID: metadata["RequestId"]?.string, operation: model.name, response: .map(document))
        enqueue(StubbedCall(operationName: model.name, outcome: .error(clientError), expectedParams: expectedParams))
    }

    /// Throws `StubError` (`.pendingResponses`) when queued stubs were not used, as botocore's
    /// `assert_no_pending_responses`, naming them.
    public func assertNoPendingResponses() throws {
        let pending = responder.pending
        guard !pending.isEmpty else { return }
        let names = pending.map(\.operationName).joined(separator: ", ")
        throw StubError(.pendingResponses, operation: pending[0].operationName,
                        reason: "\(pending.count) responses remaining in queue: \(names).", expected: "no stub left", received: names)
    }

    /// How many stubs are queued.
    public var pendingCount: Int { responder.pending.count }

    private func enqueue(_ call: StubbedCall) { responder.enqueue(call) }

    private func operationModel(_ name: String) -> OperationModel? {
        guard let apiName = try? client.operationName(name) else { return nil }
        return try? client.meta.serviceModel.operation(apiName)
    }

    private func unknownOperation(_ name: String) -> StubError {
        var detail = ""
        do { _ = try client.operationName(name) } catch { detail = " \(error)" }
        return StubError(.unknownOperation, operation: name, reason: "Client \(client.meta.serviceName) does not have method: \(name).\(detail)")
    }
}
