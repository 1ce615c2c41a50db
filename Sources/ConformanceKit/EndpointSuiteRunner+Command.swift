import Foundation

extension EndpointSuiteRunner {
    /// `aws-conformance endpoints FILE... [--service NAME] [--data-path DIR] [--operation-inputs]`:
    /// returns whether anything failed.
    static func runCommand(arguments: [String], usage: String) throws -> Bool {
        var paths: [String] = []
        var service: String?
        var dataPaths: [String] = []
        var operationInputs = false
        var index = 0
        while index < arguments.count {
            let argument = arguments[index]
            if (argument == "--service" || argument == "--data-path"), index + 1 < arguments.count {
                if argument == "--service" { service = arguments[index + 1] } else { dataPaths.append(arguments[index + 1]) }
                index += 2
            } else if argument == "--operation-inputs" {
                operationInputs = true
                index += 1
            } else {
                paths.append(argument)
                index += 1
            }
        }
        guard !paths.isEmpty else { throw ConformanceError("endpoints needs at least one endpoint-tests-1.json file or folder\n\(usage)") }
        let runner = EndpointSuiteRunner(service: service, dataPaths: dataPaths)
        var report = ConformanceReport()
        for file in try SuiteFiles.expand(paths) {
            report.add(file: file.path, results: try operationInputs ? runner.runOperationInputs(file: file) : runner.run(file: file))
        }
        report.printSummary()
        return report.failed > 0
    }
}
