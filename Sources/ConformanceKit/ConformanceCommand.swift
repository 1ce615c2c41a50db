import Foundation

/// The `aws-conformance` command line: one subcommand per suite family.
public enum ConformanceCommand {
    /// Help text.
    public static let usage = """
        usage: aws-conformance SUITE PATH...
          protocols PATH...   botocore protocol suites (input and output files, or folders of them);
                              the ignore list is protocol-tests-ignore-list.json beside or above them,
                              or --ignore-list FILE
          sigv4 PATH          the AWS SigV4 test suite (a folder of case folders)
          jmespath PATH...    JMESPath compliance suites (jmespath.test files, or folders of them)
          endpoints FILE... [--service NAME] [--data-path DIR] [--operation-inputs]
                              botocore endpoint-tests-1.json files; the rule set is the service's
                              (the file's folder name unless --service) from --data-path, AWS_DATA_PATH
                              or the bundled models; --operation-inputs checks the cases' operation
                              inputs through the endpoint parameter builder instead of their params
          requests [--list-services] < CASES.jsonl > OURS.jsonl
                              sends Tests/Differential/requests cases through a capturing transport
                              and writes the signed requests (scripts/differential compares them);
                              --list-services prints the services this SDK can load

        """

    /// Runs a subcommand, the asynchronous ones (`requests`) included; see `run(command:arguments:)`.
    public static func runAsync(command: String, arguments: [String]) async throws -> Bool {
        if command == "requests" { return try await RequestCaseRunner.runCommand(arguments: arguments, usage: usage) }
        return try run(command: command, arguments: arguments)
    }

    /// Runs a subcommand, printing one line per failing case, a count per file, and
    /// `N passed, M failed[, K skipped]` last. Returns whether anything failed.
    public static func run(command: String, arguments: [String]) throws -> Bool {
        switch command {
        case "protocols":
            var paths: [String] = []
            var ignoreListPath: String?
            var index = 0
            while index < arguments.count {
                if arguments[index] == "--ignore-list", index + 1 < arguments.count {
                    ignoreListPath = arguments[index + 1]
                    index += 2
                } else {
                    paths.append(arguments[index])
                    index += 1
                }
            }
            guard !paths.isEmpty else { throw ConformanceError("protocols needs at least one suite file or folder\n\(usage)") }
            return try runProtocols(paths: paths, ignoreListPath: ignoreListPath)
        case "sigv4":
            guard arguments.count == 1 else { throw ConformanceError("sigv4 needs one suite folder\n\(usage)") }
            let root = URL(fileURLWithPath: arguments[0])
            var report = ConformanceReport()
            report.add(file: root.path, results: try SigV4SuiteRunner().run(root: root))
            report.printSummary()
            return report.failed > 0
        case "jmespath":
            guard !arguments.isEmpty else { throw ConformanceError("jmespath needs at least one suite file or folder\n\(usage)") }
            var report = ConformanceReport()
            for file in try SuiteFiles.expand(arguments) {
                report.add(file: file.path, results: try JMESPathSuiteRunner().run(file: file))
            }
            report.printSummary()
            return report.failed > 0
        case "endpoints":
            return try EndpointSuiteRunner.runCommand(arguments: arguments, usage: usage)
        default:
            throw ConformanceError("unknown suite '\(command)'\n\(usage)")
        }
    }

    static func runProtocols(paths: [String], ignoreListPath: String?) throws -> Bool {
        let files = try SuiteFiles.expand(paths, excluding: ["protocol-tests-ignore-list.json"])
        var report = ConformanceReport()
        for file in files {
            let listURL = ignoreListPath.map { URL(fileURLWithPath: $0) } ?? SuiteFiles.findUpward("protocol-tests-ignore-list.json", from: file)
            let ignoreList = try listURL.map(ProtocolIgnoreList.init(contentsOf:)) ?? ProtocolIgnoreList()
            let results = try ProtocolSuiteRunner(ignoreList: ignoreList).run(file: file)
            report.add(file: file.path, results: results)
        }
        report.printSummary()
        return report.failed > 0
    }
}
