import Foundation
@testable import AWSClients

/// One call of a differential replay, made through the Swift `Client` and through boto3
/// (`Tests/Differential/boto3_calls.py`) against the same moto server; see `Boto3Replay`.
struct ReplayCall: Sendable {
    /// The service name (`kms`).
    let service: String
    /// The operation's API name (`Encrypt`).
    let operation: String
    /// The parameters; values may be `ReplayCall.ref(...)` to an earlier call's result.
    let params: Document
    /// A `PaginationConfig`: the call pages through the operation's paginator and its result is the list of pages.
    var pagination: Document?
    /// Paths of values that differ from run to run (generated ids, tokens, ciphertexts): compared by kind only.
    /// Dotted member names; `[]` stands for every element of a list (`Functions[].CodeSha256`, `[].NextToken` over pages),
    /// `*` for every value of a map (`VerificationAttributes.*.VerificationToken`).
    var volatile: [String] = []
    /// Timestamps are compared to the microsecond; otherwise only their presence (they differ from run to run).
    var exactTimestamps = false

    init(_ service: String, _ operation: String, _ params: Document = [:], pagination: Document? = nil,
         volatile: [String] = [], exactTimestamps: Bool = false) {
        self.service = service
        self.operation = operation
        self.params = params
        self.pagination = pagination
        self.volatile = volatile
        self.exactTimestamps = exactTimestamps
    }

    /// A parameter value taken from the result of call `index` by a JMESPath expression, in each run separately;
    /// a string found has `droppingPrefix` removed when it starts with it (`/hostedzone/Z1` → `Z1`).
    static func ref(_ index: Int, _ expression: String, droppingPrefix: String? = nil) -> Document {
        ["$ref": .list([.int(index), .string(expression)] + (droppingPrefix.map { [.string($0)] } ?? []))]
    }
}
