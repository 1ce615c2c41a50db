import AWSClients

/// botocore's comparison of a stub's expected parameters with a call's: the same top-level
/// names, each value equal, with `Stubber.any` equal to anything at any depth (botocore's `ANY`
/// compares equal inside nested maps and lists too).
enum ExpectedParams {
    static func matches(expected: Document, received: Document) -> Bool {
        if expected == Stubber.any { return true }
        switch (expected, received) {
        case (.map(let want), .map(let got)):
            guard want.count == got.count else { return false }
            for (key, value) in want {
                guard let other = got[key], matches(expected: value, received: other) else { return false }
            }
            return true
        case (.list(let want), .list(let got)):
            guard want.count == got.count else { return false }
            return zip(want, got).allSatisfy { matches(expected: $0, received: $1) }
        default:
            return expected == received
        }
    }
}
