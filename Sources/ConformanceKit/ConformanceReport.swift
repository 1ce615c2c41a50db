/// Accumulates case results and prints them the way every suite runner of this package does.
public struct ConformanceReport: Sendable {
    /// Cases that passed.
    public private(set) var passed = 0
    /// Cases that failed.
    public private(set) var failed = 0
    /// Cases skipped by an ignore list.
    public private(set) var skipped = 0

    /// An empty report.
    public init() {}

    /// Prints a line per failing case and the file's counts, and adds them to the totals.
    public mutating func add(file: String, results: [CaseResult]) {
        var filePassed = 0, fileFailed = 0, fileSkipped = 0
        for result in results {
            switch result.outcome {
            case .passed: filePassed += 1
            case .skipped: fileSkipped += 1
            case .failed(let why):
                fileFailed += 1
                print("FAIL \(result.file) [\(result.suite)] \(result.caseName): \(why)")
            }
        }
        passed += filePassed
        failed += fileFailed
        skipped += fileSkipped
        print("\(file): \(filePassed) passed, \(fileFailed) failed" + (fileSkipped > 0 ? ", \(fileSkipped) skipped" : ""))
    }

    /// The closing line: `N passed, M failed[, K skipped]`.
    public var summary: String {
        "\(passed) passed, \(failed) failed" + (skipped > 0 ? ", \(skipped) skipped" : "")
    }

    /// Prints the closing line.
    public func printSummary() { print(summary) }
}
