/// The outcome of one conformance case.
public struct CaseResult: Sendable {
    /// How the case ended.
    public enum Outcome: Sendable, Equatable {
        case passed
        case failed(String)
        case skipped(String)
    }

    /// The suite file the case comes from (its file name).
    public let file: String
    /// The suite's description.
    public let suite: String
    /// The case id, else its description.
    public let caseName: String
    /// How the case ended.
    public let outcome: Outcome

    /// Creates a result.
    public init(file: String, suite: String, caseName: String, outcome: Outcome) {
        self.file = file
        self.suite = suite
        self.caseName = caseName
        self.outcome = outcome
    }

    /// Whether the case passed.
    public var passed: Bool { outcome == .passed }
}
