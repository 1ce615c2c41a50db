import Foundation
import Testing
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
@testable import AWSResources

/// The same S3 and SQS resource scenario through boto3 (`Tests/Differential/boto3_scenario.py`) and
/// through the typed handles, against one moto server; the two result documents must agree field by field.
///
/// Requires `python3` with boto3 (CI installs it): the test fails, naming what to install, when it is missing.
@Suite(.serialized) struct DifferentialBoto3Tests {
    static let timeoutSeconds = 180

    @Test func s3AndSQSScenarioMatchesBoto3() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let tag = String(UInt32.random(in: 0...UInt32.max), radix: 16)
        let pythonPrefix = "diff-py-\(tag)"
        let swiftPrefix = "diff-sw-\(tag)"

        let boto3 = try await Self.runBoto3Scenario(endpoint: endpoint, prefix: pythonPrefix)
        let swift = try await DifferentialScenario.run(session: session, endpoint: endpoint, prefix: swiftPrefix)

        let expected = DocumentDiff.replacing(pythonPrefix, in: boto3)
        let actual = DocumentDiff.replacing(swiftPrefix, in: DifferentialScenario.normalized(swift))
        let differences = DocumentDiff.differences(expected: expected, actual: actual)
        #expect(differences.isEmpty, "Swift's resource layer differs from boto3 in \(differences.count) field(s):\n\(differences.joined(separator: "\n"))")
        // The comparison is only meaningful if the scenario did observe something.
        #expect(expected["s3"]?["all"]?.array?.count == DifferentialScenario.objects.count)
        #expect(expected["sqs"]?["received_count"] == .int(DifferentialScenario.messages + DifferentialScenario.batchMessages))
    }

    /// Runs the Python scenario and parses its JSON output; throws with its stderr when it fails.
    static func runBoto3Scenario(endpoint: String, prefix: String) async throws -> Document {
        let script = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("Differential/boto3_scenario.py")
        guard FileManager.default.fileExists(atPath: script.path) else {
            throw DifferentialError(message: "the boto3 scenario is missing at \(script.path)")
        }
        let output = try await runPython([script.path, "--endpoint-url", endpoint, "--prefix", prefix])
        do {
            return try JSONValue.parse(output).document
        } catch {
            throw DifferentialError(message: "boto3_scenario.py printed output that is not JSON (\(error)):\n\(String(decoding: output.prefix(2000), as: UTF8.self))")
        }
    }

    /// Runs `python3 arguments...` with output in temporary files, killing it after `timeoutSeconds`.
    static func runPython(_ arguments: [String]) async throws -> Data {
        let directory = FileManager.default.temporaryDirectory.appendingPathComponent("aws-differential-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: directory) }
        let stdoutURL = directory.appendingPathComponent("stdout")
        let stderrURL = directory.appendingPathComponent("stderr")
        _ = FileManager.default.createFile(atPath: stdoutURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: stderrURL.path, contents: nil)
        let stdout = try FileHandle(forWritingTo: stdoutURL)
        let stderr = try FileHandle(forWritingTo: stderrURL)
        defer { try? stdout.close(); try? stderr.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["python3"] + arguments
        var environment = ProcessInfo.processInfo.environment
        for name in ["AWS_PROFILE", "AWS_DEFAULT_PROFILE", "AWS_ENDPOINT_URL", "AWS_ENDPOINT_URL_S3", "AWS_ENDPOINT_URL_SQS",
                     "AWS_SESSION_TOKEN", "AWS_CA_BUNDLE"] {
            environment[name] = nil
        }
        environment.merge(TestResources.environment) { _, new in new }
        environment["PYTHONDONTWRITEBYTECODE"] = "1"
        process.environment = environment
        process.standardOutput = stdout
        process.standardError = stderr
        process.standardInput = FileHandle.nullDevice

        let (exits, exited) = AsyncStream<Int32>.makeStream()
        process.terminationHandler = { exited.yield($0.terminationStatus); exited.finish() }
        do {
            try process.run()
        } catch {
            throw DifferentialError(message: "cannot start python3 (\(error)); install Python 3 and boto3 (pip install boto3)")
        }
        let pid = process.processIdentifier
        let watchdog = Task {
            try await Task.sleep(for: .seconds(timeoutSeconds))
            kill(pid, SIGKILL)  // SIGKILL: the child may inherit a mask that blocks SIGTERM
        }
        var status: Int32 = -1
        for await value in exits { status = value }
        watchdog.cancel()

        let errors = String(decoding: (try? Data(contentsOf: stderrURL)) ?? Data(), as: UTF8.self)
        if process.terminationReason == .uncaughtSignal {
            throw DifferentialError(message: "boto3_scenario.py was killed (signal \(status)) after at most \(timeoutSeconds) s. Its stderr:\n\(errors)")
        }
        if errors.contains("No module named 'boto3'") || errors.contains("No module named boto3") {
            throw DifferentialError(message: "python3 has no boto3; install it with: pip install boto3")
        }
        if status == 127 {
            throw DifferentialError(message: "python3 is not on PATH; install Python 3 and boto3 (pip install boto3). stderr:\n\(errors)")
        }
        guard status == 0 else {
            throw DifferentialError(message: "boto3_scenario.py exited with status \(status). Its stderr:\n\(errors)")
        }
        return try Data(contentsOf: stdoutURL)
    }
}

/// The differential test could not run its boto3 side; the message says why.
struct DifferentialError: Error, CustomStringConvertible {
    let message: String
    var description: String { message }
}
