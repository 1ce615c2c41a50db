/// Polls an operation until the resource reaches a state, as boto3's `client.get_waiter(...)`.
///
/// ```swift
/// try await s3.waiter("bucketExists").wait(Bucket: "photos")
/// try await s3.waiter("objectExists").wait(Bucket: "photos", Key: "a.txt", WaiterConfig: ["Delay": 1, "MaxAttempts": 3])
/// ```
/// Each attempt calls the operation; service errors count as responses (their `response`), so
/// acceptors can match them. The first matching acceptor decides: `success` returns, `failure`
/// throws `WaiterError` (`failureState`), `retry` waits `Delay` seconds and tries again. An error
/// no acceptor matches throws at once (`unexpectedError`); running out of attempts throws
/// `maxAttemptsExceeded`. Errors below the service (transport, cancellation) pass through.
public struct Waiter: Sendable {
    let client: Client
    let operation: OperationModel
    let configuration: WaiterConfiguration
    /// Sleeps between attempts; the client's sleep (`Task.sleep`) unless a test replaces it.
    var sleep: @Sendable (Double) async throws -> Void

    init(client: Client, operation: OperationModel, configuration: WaiterConfiguration) {
        self.client = client
        self.operation = operation
        self.configuration = configuration
        self.sleep = client.runtime.sleep
    }

    /// The waiter's name as the model spells it (`BucketExists`).
    public var name: String { configuration.name }
    /// The API name of the polled operation (`HeadBucket`).
    public var operationName: String { operation.name }
    /// Seconds between attempts, unless `WaiterConfig` sets `Delay`.
    public var delay: Double { configuration.delay }
    /// Attempts before giving up, unless `WaiterConfig` sets `MaxAttempts`.
    public var maxAttempts: Int { configuration.maxAttempts }
    /// The acceptors, in the order they are tried.
    public var acceptors: [WaiterAcceptor] { configuration.acceptors }

    /// Waits with keyword arguments (the operation's parameters plus an optional `WaiterConfig`
    /// with `Delay` and `MaxAttempts`) or with one parameter map:
    /// `try await waiter.wait(Bucket: "b", WaiterConfig: ["Delay": 1])`, `try await waiter.wait(["Bucket": "b"])`.
    /// Returns the response that matched the success state.
    public var wait: WaitCall { WaitCall(waiter: self) }

    /// Polls until an acceptor decides, for a parameter map (which may hold `WaiterConfig`).
    func run(_ parameters: Document) async throws -> Document {
        var entries: [String: Document]
        switch parameters {
        case .map(let map): entries = map
        case .null: entries = [:]
        default:
            throw ParamValidationError(problems: [.init(kind: .invalidType, path: "input",
                message: "wait() takes a map of parameters for \(operation.name), not \(parameters)")])
        }
        let (delay, maxAttempts) = try settings(entries.removeValue(forKey: "WaiterConfig"))
        let params = Document.map(entries)
        var lastMatched: WaiterAcceptor?
        var attempts = 0
        while true {
            let response: Document
            var serviceError: ClientError?
            do {
                response = try await client.runtime.perform(operation: operation, params: params)
            } catch let error as ClientError {
                response = error.response
                serviceError = error
            }
            attempts += 1
            let matched = acceptors.first { $0.matches(response) }
            if let matched {
                lastMatched = matched
                switch matched.state {
                case .success:
                    return response
                case .failure:
                    throw WaiterError(.failureState, waiterName: name,
                                      reason: "Waiter encountered a terminal failure state: \(matched.explanation)",
                                      lastResponse: response, clientError: serviceError)
                case .retry:
                    break
                }
            } else if WaiterAcceptor.isServiceError(response) {
                let code = response["Error"]?["Code"]?.string ?? "Unknown"
                let message = response["Error"]?["Message"]?.string ?? "Unknown"
                throw WaiterError(.unexpectedError, waiterName: name, reason: "An error occurred (\(code)): \(message)",
                                  lastResponse: response, clientError: serviceError)
            }
            if attempts >= maxAttempts {
                // botocore explains the acceptor its loop ended on: the match of this attempt, else the last one.
                let reason = lastMatched == nil ? "Max attempts exceeded"
                    : "Max attempts exceeded. Previously accepted state: \((matched ?? acceptors.last)?.explanation ?? "")"
                throw WaiterError(.maxAttemptsExceeded, waiterName: name, reason: reason, lastResponse: response, clientError: serviceError)
            }
            try await sleep(delay)
        }
    }

    /// `WaiterConfig`'s `Delay` and `MaxAttempts`, else the model's.
    private func settings(_ config: Document?) throws -> (delay: Double, maxAttempts: Int) {
        var delay = configuration.delay
        var maxAttempts = configuration.maxAttempts
        guard let config, !config.isNull else { return (delay, maxAttempts) }
        guard case .map(let entries) = config else {
            throw WaiterError(.invalidConfig, waiterName: name, reason: "WaiterConfig must be a map with Delay and MaxAttempts, not \(config)")
        }
        for key in entries.keys.sorted() where key != "Delay" && key != "MaxAttempts" {
            let hint = ClosestNames.find(key, in: ["Delay", "MaxAttempts"])
            throw WaiterError(.invalidConfig, waiterName: name, reason: "WaiterConfig has an unknown key '\(key)'; valid keys are Delay and MaxAttempts"
                + (hint.isEmpty ? "" : " (did you mean \(hint.joined(separator: ", "))?)"), suggestions: hint)
        }
        if let value = entries["Delay"], !value.isNull {
            guard let seconds = value.double, seconds >= 0, seconds.isFinite else {
                throw WaiterError(.invalidConfig, waiterName: name, reason: "WaiterConfig Delay must be a number of seconds ≥ 0, not \(value)")
            }
            delay = seconds
        }
        if let value = entries["MaxAttempts"], !value.isNull {
            guard let count = value.int else {
                throw WaiterError(.invalidConfig, waiterName: name, reason: "WaiterConfig MaxAttempts must be an integer, not \(value)")
            }
            maxAttempts = count
        }
        return (delay, maxAttempts)
    }
}
