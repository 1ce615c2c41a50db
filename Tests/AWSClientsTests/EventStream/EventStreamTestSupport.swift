import Foundation
@testable import AWSClients

/// Clients, models and frames for the event stream tests.
enum EventStreamTestSupport {
    /// A session with fixed credentials and no shared files, optionally reading extra models.
    static func client(_ service: String, server: EventStreamLoopbackServer, kind: HTTPTransportKind,
                       dataPath: URL? = nil) throws -> Client {
        let environment = ["AWS_CONFIG_FILE": "/nonexistent/config", "AWS_SHARED_CREDENTIALS_FILE": "/nonexistent/credentials"]
        let loader = dataPath.map { ModelLoader(environment: ["AWS_DATA_PATH": $0.path]) } ?? .shared
        let session = try Session(region: "us-east-1", credentials: Credentials(accessKeyID: "AKID", secretAccessKey: "SECRET"),
                                  environment: environment, loader: loader)
        // No host prefix (CloudWatch Logs' `stream-`): the loopback server has no such name.
        return try session.client(service, endpointURL: server.baseURL, config: Config(injectHostPrefix: false, httpTransport: kind))
    }

    /// `application/vnd.amazon.eventstream`, the response head of every stream.
    static let streamHeaders: [(String, String)] = [("Content-Type", "application/vnd.amazon.eventstream")]

    /// Odd piece sizes: frames arrive split at every kind of boundary.
    static let oddPieces = [1, 3, 7, 2, 13, 5, 29, 11]

    /// A model folder holding `eventsvc`, a service whose `Subscribe` streams `tick` events with
    /// a header-bound timestamp and a `failure` exception, in protocol `protocolName`.
    static func modelFolder(protocolName: String) throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("eventstream-models-\(UUID().uuidString)")
        let versionFolder = folder.appendingPathComponent("eventsvc/2024-01-01")
        try FileManager.default.createDirectory(at: versionFolder, withIntermediateDirectories: true)
        let model = """
        {"version":"2.0","metadata":{"apiVersion":"2024-01-01","endpointPrefix":"eventsvc","protocol":"\(protocolName)",\
        "protocols":["\(protocolName)"],"jsonVersion":"1.0","serviceId":"EventSvc","signatureVersion":"v4",\
        "signingName":"eventsvc","targetPrefix":"EventSvc","uid":"eventsvc-2024-01-01"},\
        "operations":{"Subscribe":{"name":"Subscribe","http":{"method":"POST","requestUri":"/"},\
        "input":{"shape":"SubscribeInput"},"output":{"shape":"SubscribeOutput"}}},\
        "shapes":{"SubscribeInput":{"type":"structure","members":{"Topic":{"shape":"Text"}}},\
        "SubscribeOutput":{"type":"structure","members":{"SessionId":{"shape":"Text"},"Events":{"shape":"Stream"}}},\
        "Stream":{"type":"structure","members":{"Tick":{"shape":"Tick"},"Raw":{"shape":"Raw"},\
        "Failure":{"shape":"Failure"}},"eventstream":true},\
        "Tick":{"type":"structure","members":{"Count":{"shape":"Number"},"Note":{"shape":"Text"},\
        "At":{"shape":"Time","eventheader":true},"Source":{"shape":"Text","eventheader":true}},"event":true},\
        "Raw":{"type":"structure","members":{"Bytes":{"shape":"Bytes","eventpayload":true}},"event":true},\
        "Failure":{"type":"structure","members":{"Message":{"shape":"Text"},"Reason":{"shape":"Text"}},"exception":true},\
        "Text":{"type":"string"},"Number":{"type":"integer"},"Time":{"type":"timestamp"},"Bytes":{"type":"blob"}}}
        """
        try Data(model.utf8).write(to: versionFolder.appendingPathComponent("service-2.json"))
        let rules = """
        {"version":"1.0","parameters":{"Endpoint":{"type":"String","builtIn":"SDK::Endpoint","required":false},\
        "Region":{"type":"String","builtIn":"AWS::Region","required":false}},\
        "rules":[{"conditions":[{"fn":"isSet","argv":[{"ref":"Endpoint"}]}],"endpoint":{"url":{"ref":"Endpoint"}},"type":"endpoint"},\
        {"conditions":[],"error":"an endpoint URL is required","type":"error"}]}
        """
        try Data(rules.utf8).write(to: versionFolder.appendingPathComponent("endpoint-rule-set-1.json"))
        return folder
    }

    /// `document` encoded as `shapeName` of `eventsvc` in the protocol's body format.
    static func body(_ document: Document, shape shapeName: String, protocolName: String) throws -> Data {
        if protocolName == "smithy-rpc-v2-cbor" {
            let model = try ServiceModel(json: try Data(contentsOf: modelFile(protocolName: protocolName)))
            guard let shape = model.shape(named: shapeName) else { throw ProtocolError(.serialization, "no shape \(shapeName)") }
            var writer = CBORBodyWriter()
            try writer.write(document, shape: shape, path: "")
            return writer.encoder.data
        }
        return try JSONSerialization.data(withJSONObject: jsonObject(document), options: [.sortedKeys])
    }

    private nonisolated(unsafe) static var modelFiles: [String: URL] = [:]
    private static let modelFileLock = NSLock()

    private static func modelFile(protocolName: String) throws -> URL {
        modelFileLock.lock()
        defer { modelFileLock.unlock() }
        if let file = modelFiles[protocolName] { return file }
        let file = try modelFolder(protocolName: protocolName).appendingPathComponent("eventsvc/2024-01-01/service-2.json")
        modelFiles[protocolName] = file
        return file
    }

    private static func jsonObject(_ document: Document) -> Any {
        switch document {
        case .map(let entries): return entries.mapValues(jsonObject)
        case .list(let items): return items.map(jsonObject)
        case .string(let text): return text
        case .int(let number): return number
        case .double(let number): return number
        case .bool(let flag): return flag
        case .blob(let data): return data.base64EncodedString()
        case .timestamp(let date): return date.timeIntervalSince1970
        case .null: return NSNull()
        }
    }
}
