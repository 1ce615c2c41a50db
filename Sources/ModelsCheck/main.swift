import AWSClients
import Foundation

// aws-models-check: proves a program carries every service model inside itself. Copied alone into
// an empty folder (no resource bundle, no checkout beside it) and run with no environment, it
// creates a client for every built-in service and reads each one's paginators, waiters and
// endpoint rule set. CI runs it that way (scripts/test); it is also the "one-service app" whose
// stripped size scripts/bench-size reports.
//
//   aws-models-check            # every service; exit 1 naming each failure
//   aws-models-check sqs        # one service

let arguments = Array(CommandLine.arguments.dropFirst())
let loader = ModelLoader(environment: [:])
let services = arguments.isEmpty ? loader.availableServices : arguments
let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "AKID", secretAccessKey: "SECRET"),
                          environment: ["AWS_CONFIG_FILE": "/nonexistent", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent"],
                          loader: loader)
var failures: [String] = []
var operations = 0
for service in services {
    do {
        let client = try session.client(service)
        let model = client.meta.serviceModel
        operations += model.operationNames.count
        guard let first = model.operationNames.first else { throw ModelLoaderError(.corruptFile, "no operations") }
        _ = try model.operation(first).input?.members
        _ = try loader.paginators(service)
        _ = try loader.waiters(service)
        guard try loader.endpointRuleSet(service) != nil else { throw ModelLoaderError(.dataNotFound, "no endpoint rule set") }
    } catch {
        failures.append("\(service): \(error)")
    }
}
let executable = URL(fileURLWithPath: CommandLine.arguments[0]).standardizedFileURL.path
print("\(services.count - failures.count) of \(services.count) services: clients created, \(operations) operations,"
      + " from models built into \(executable)")
if !failures.isEmpty {
    FileHandle.standardError.write(Data(failures.joined(separator: "\n").utf8 + [0x0A]))
    exit(1)
}
