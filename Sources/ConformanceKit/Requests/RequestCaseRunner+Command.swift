import AWSClients
import Foundation

extension RequestCaseRunner {
    /// `aws-conformance requests [--list-services] < CASES.jsonl > OURS.jsonl`: runs the cases read
    /// from standard input and writes this SDK's records to standard output, with counts and time
    /// on standard error; `--list-services` prints the services this SDK can load instead.
    /// Returns whether the run failed (it does not compare anything: the comparison is
    /// Tests/Differential/requests/compare_requests.py).
    public static func runCommand(arguments: [String], usage: String) async throws -> Bool {
        if arguments == ["--list-services"] {
            print(ModelLoader.shared.availableServices.joined(separator: "\n"))
            return false
        }
        guard arguments.isEmpty else { throw ConformanceError("requests takes no arguments but --list-services\n\(usage)") }
        let input = FileHandle.standardInput.readDataToEndOfFile()
        let started = ContinuousClock.now
        var buffer = ""
        let counts = try await RequestCaseRunner().run(input: input) { line in
            buffer += line
            if buffer.utf8.count > 1 << 16 {
                FileHandle.standardOutput.write(Data(buffer.utf8))
                buffer = ""
            }
        }
        FileHandle.standardOutput.write(Data(buffer.utf8))
        let elapsed = ContinuousClock.now - started
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) / 1e18
        FileHandle.standardError.write(Data(("aws-conformance requests: \(counts.cases) cases, \(counts.requests) requests, "
            + "\(counts.rejected) rejected, \(String(format: "%.1f", seconds)) s\n").utf8))
        return false
    }
}
