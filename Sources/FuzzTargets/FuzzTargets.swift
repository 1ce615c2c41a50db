import AWSClients
import Foundation

/// The fuzz targets: each takes arbitrary bytes and runs one reader or parser of the SDK over
/// them. A target may throw any error (bad input is expected); it must never crash, hang or
/// trap. Run by `aws-fuzz` under libFuzzer (scripts/fuzz), and over the seed corpora and every
/// saved crash by the test suite (FuzzCorpusTests).
public enum FuzzTargets {
    /// The targets by name.
    public static let all: [String: @Sendable (Data) -> Void] = [
        "xml": { data in _ = try? XMLReader.parse(data) },
        "json": { data in _ = try? JSONReader.parse(data) },
        "cbor": { data in _ = try? CBORDecoder().decode(data) },
        "timestamp": timestamp,
        "headers": headers,
        "jmespath": jmespath,
        "endpoints": endpoints,
        "config": config,
        "rest-xml": { protocolResponse($0, service: "s3", operations: ["ListObjectsV2", "GetObject", "HeadObject", "GetBucketAcl"]) },
        "query": { protocolResponse($0, service: "iam", operations: ["ListUsers", "GetRole"]) },
        "ec2": { protocolResponse($0, service: "ec2", operations: ["DescribeInstances", "DescribeVpcs"]) },
        "json-protocol": { protocolResponse($0, service: "dynamodb", operations: ["Query", "DescribeTable"]) },
        "rest-json": { protocolResponse($0, service: "lambda", operations: ["GetFunction", "ListFunctions"]) },
        "cbor-protocol": { protocolResponse($0, service: "cloudwatch", operations: ["GetMetricData", "DescribeAlarms"]) },
        "eventstream": eventStream,
    ]

    /// The target names, sorted.
    public static var names: [String] { all.keys.sorted() }

    /// Timestamp parsing, then formatting of whatever parsed in every format.
    static func timestamp(_ data: Data) {
        let text = String(decoding: data, as: UTF8.self)
        guard let date = TimestampFormat.parse(text) else { return }
        for format in TimestampFormat.allCases {
            _ = format.format(date)
            _ = format.format(date, precision: .millisecond)
        }
        _ = TimestampFormat.amzDate(date)
    }

    /// Response header values of every kind a rest protocol binds (timestamps, integers, booleans,
    /// JSON-valued, lists, a prefix map), parsed by S3's HeadObject and Lambda's Invoke.
    static func headers(_ data: Data) {
        var headers = HTTPHeaders()
        for line in String(decoding: data, as: UTF8.self).split(separator: "\n").prefix(64) {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers.add(name: String(line[..<colon]), value: String(line[line.index(after: colon)...]))
        }
        for (service, operation) in [("s3", "HeadObject"), ("lambda", "Invoke"), ("s3", "GetObject")] {
            guard let (wire, model) = try? protocolFor(service, operation) else { continue }
            _ = try? wire.parse(ProtocolResponse(statusCode: 200, headers: headers, body: Data()), operation: model)
            _ = try? wire.parseError(ProtocolResponse(statusCode: 404, headers: headers, body: Data()), operation: model)
        }
    }

    /// A JMESPath expression, then (after the first NUL byte) a JSON document to search.
    static func jmespath(_ data: Data) {
        let parts = data.split(separator: 0, maxSplits: 1, omittingEmptySubsequences: false)
        let expression = String(decoding: parts.first ?? Data(), as: UTF8.self)
        guard let compiled = try? JMESPathExpression(expression) else { return }
        let document = parts.count > 1 ? (try? JSONReader.parse(Data(parts[1])).document) ?? .null
            : ["a": ["b": [1, 2, "c", ["d": true]]], "e": "f"]
        _ = try? compiled.search(document)
    }

    /// Endpoint rule-set evaluation: the bytes are a JSON object of parameters for S3's rule set
    /// (the most intricate one), then for DynamoDB's.
    static func endpoints(_ data: Data) {
        guard case .map(let values)? = try? JSONReader.parse(data).document else { return }
        for ruleSet in [ruleSets.s3, ruleSets.dynamodb].compactMap({ $0 }) {
            _ = try? ruleSet.resolve(EndpointParameters(values))
        }
    }

    /// A shared config or credentials file.
    static func config(_ data: Data) {
        guard let file = try? ConfigFile.parse(String(decoding: data, as: UTF8.self), path: "fuzz") else { return }
        _ = try? SharedConfig(configFile: file, credentialsFile: file)
    }

    /// A response body for one of `operations` of `service`, chosen by the first byte, parsed as a
    /// success (status 200) and as an error (status 400).
    static func protocolResponse(_ data: Data, service: String, operations: [String]) {
        guard let selector = data.first else { return }
        let operation = operations[Int(selector) % operations.count]
        guard let (wire, model) = try? protocolFor(service, operation) else { return }
        let body = Data(data.dropFirst())
        let contentType = service == "cloudwatch" ? "application/cbor" : "application/xml"
        let headers: HTTPHeaders = ["Content-Type": contentType, "smithy-protocol": "rpc-v2-cbor", "x-amzn-query-error": "Code;Sender"]
        _ = try? wire.parse(ProtocolResponse(statusCode: 200, headers: headers, body: body), operation: model)
        _ = try? wire.parseError(ProtocolResponse(statusCode: 400, headers: headers, body: body), operation: model)
        _ = wire.bodyRequestID(ProtocolResponse(statusCode: 200, headers: headers, body: body))
    }

    /// An event-stream body: the first byte picks the operation (S3 Select in XML, Bedrock's
    /// ConverseStream in JSON, Kinesis' SubscribeToShard in JSON) and the size of the pieces the
    /// rest arrives in; every message the decoder frames is then parsed as that operation's event.
    static func eventStream(_ data: Data) {
        guard let selector = data.first else { return }
        let streams = [("s3", "SelectObjectContent"), ("bedrock-runtime", "ConverseStream"), ("kinesis", "SubscribeToShard")]
        let (service, operationName) = streams[Int(selector) % streams.count]
        guard let model = try? ModelLoader.shared.serviceModel(service), let operation = try? model.operation(operationName),
              let streamShape = operation.eventStreamOutput,
              let format = EventStreamBodyFormat(protocolName: model.metadata.resolvedProtocol) else { return }
        let parser = EventStreamEventParser(streamShape: streamShape, format: format, operationName: operationName,
                                            responseMetadata: [:], requestID: nil)
        let body = data.dropFirst()
        let pieceSize = 1 + Int(selector) / streams.count
        var decoder = EventStreamDecoder()
        var offset = body.startIndex
        // Each piece is appended, then every whole message in the buffer is read; at most one
        // message per byte received, so a loop over the decoder always ends.
        while offset < body.endIndex {
            let end = body.index(offset, offsetBy: min(pieceSize, body.endIndex - offset))
            decoder.append(Data(body[offset..<end]))
            offset = end
            for _ in 0..<(end - body.startIndex) {
                guard let message = try? decoder.next() else { break }
                _ = try? parser.parse(message)
            }
        }
        _ = try? EventStreamDecoder.decode(Data(body))
    }

    private static func protocolFor(_ service: String, _ operation: String) throws -> (any WireProtocol, OperationModel) {
        let model = try ModelLoader.shared.serviceModel(service)
        return (try WireProtocols.forService(model), try model.operation(operation))
    }

    private static let ruleSets: (s3: EndpointRuleSet?, dynamodb: EndpointRuleSet?) = {
        func load(_ service: String) -> EndpointRuleSet? {
            guard let partitions = try? ModelLoader.shared.partitionsJSON(),
                  let table = try? PartitionTable(definition: partitions),
                  let definition = try? ModelLoader.shared.endpointRuleSetJSON(service) else { return nil }
            return try? EndpointRuleSet(definition: definition, partitions: table)
        }
        return (load("s3"), load("dynamodb"))
    }()
}
