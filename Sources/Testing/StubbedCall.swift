import AWSClients

/// One queued answer of a `Stubber`: the operation it is for, what the call returns or throws,
/// and the parameters it expects.
struct StubbedCall: Sendable {
    /// What a stubbed call does.
    enum Outcome: Sendable {
        /// Returns this output.
        case output(Document)
        /// Throws this service error.
        case error(ClientError)
        /// The stub is unusable (it does not fit the model): the call throws this.
        case invalid(StubError)
    }

    /// The API name (`ListObjectsV2`).
    let operationName: String
    let outcome: Outcome
    /// `nil`: any parameters.
    let expectedParams: Document?
}
