import AWSConformance
import Foundation

// aws-conformance: runs public AWS SDK test suites through this SDK.
// Usage: aws-conformance SUITE ARGUMENTS... (see ConformanceCommand.usage)

let arguments = Array(CommandLine.arguments.dropFirst())
guard let command = arguments.first else {
    FileHandle.standardError.write(Data(ConformanceCommand.usage.utf8))
    exit(2)
}
do {
    let failed = try await ConformanceCommand.runAsync(command: command, arguments: Array(arguments.dropFirst()))
    exit(failed ? 1 : 0)
} catch {
    FileHandle.standardError.write(Data("aws-conformance: \(error)\n".utf8))
    exit(2)
}
