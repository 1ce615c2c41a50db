import Foundation
import Testing
@testable import AWSClients
import AWSTesting

/// Walks every bundled model and calls each operation whose output holds an event stream through
/// `.eventStream`, on a stub transport answering one event of every type the stream models: each
/// must decode into its event. Operations that also stream their input (bidirectional, HTTP/2) are
/// refused with `UnsupportedOperationError`, as botocore removes them. A plain call of a stream
/// operation is refused with an error naming `.eventStream`.
@Suite struct EventStreamModelCoverageTests {
    struct StreamOperation: Sendable, CustomStringConvertible {
        let service: String
        let operation: String
        let protocolName: String
        let bidirectional: Bool
        var description: String { "\(service).\(operation)" }
    }

    /// Every operation of the latest bundled models with an event stream output.
    static let operations: [StreamOperation] = {
        let loader = ModelLoader.shared
        var found: [StreamOperation] = []
        for service in loader.availableServices {
            guard let model = try? loader.serviceModel(service) else { continue }
            for name in model.operationNames {
                guard let operation = try? model.operation(name), operation.eventStreamOutput != nil else { continue }
                found.append(StreamOperation(service: service, operation: name, protocolName: model.metadata.resolvedProtocol,
                                             bidirectional: operation.eventStreamInput != nil))
            }
        }
        return found
    }()

    @Test func bundledModelsHaveEventStreamOperationsOnTheExpectedProtocols() {
        let protocols = Set(Self.operations.map(\.protocolName))
        #expect(Self.operations.contains { $0.service == "s3" && $0.operation == "SelectObjectContent" })
        #expect(Self.operations.contains { $0.service == "bedrock-runtime" && $0.operation == "ConverseStream" })
        #expect(Self.operations.contains { $0.service == "lambda" && $0.operation == "InvokeWithResponseStream" })
        #expect(protocols.isSubset(of: ["rest-xml", "rest-json", "json", "smithy-rpc-v2-cbor"]), "\(protocols)")
    }

    @Test(arguments: operations)
    func everyEventStreamOperationIsWired(_ stream: StreamOperation) async throws {
        let model = try ModelLoader.shared.serviceModel(stream.service)
        let operation = try model.operation(stream.operation)
        let streamShape = try #require(operation.eventStreamOutput)
        let format = try #require(EventStreamBodyFormat(protocolName: stream.protocolName))
        let eventNames = streamShape.members.filter { !$0.shape.isException }.map(\.name)
        var frames = Data()
        if format.startsWithInitialResponse(protocolName: stream.protocolName) {
            frames += EventStreamEncoder.event("initial-response", payload: Self.emptyBody(format))
        }
        for name in eventNames { frames += EventStreamEncoder.event(name, payload: Self.emptyBody(format)) }
        let body = frames
        let transport = StubTransport { _ in
            HTTPResponse(statusCode: 200, headers: ["Content-Type": "application/vnd.amazon.eventstream"], body: body)
        }
        let client = try TestClients.client(stream.service, transport: transport, config: Config(injectHostPrefix: false))
        let params = Self.minimalParams(operation.input)
        if stream.bidirectional {
            await #expect(throws: UnsupportedOperationError.self) { _ = try await client.callEventStream(stream.operation, params) }
            return
        }
        let result = try await client.callEventStream(stream.operation, params)
        #expect(result.output[result.streamName] == nil)
        var received: [String] = []
        for try await event in result.events {
            received.append(contentsOf: event.dictionary?.keys.map { $0 } ?? [])
        }
        #expect(received == eventNames, "\(stream)")
        let plain = await #expect(throws: ParamValidationError.self) { _ = try await client.call(stream.operation, params) }
        #expect(plain?.description.contains(".eventStream(") == true)
        #expect(transport.requests.count == 1, "the plain call must be refused before anything is sent")
    }

    static func emptyBody(_ format: EventStreamBodyFormat) -> Data {
        format == .json ? Data("{}".utf8) : Data()
    }

    /// The required members of `shape`, filled with the smallest valid values.
    static func minimalParams(_ shape: Shape?) -> Document {
        guard let shape else { return [:] }
        return value(for: shape, depth: 0)
    }

    private static func value(for shape: Shape, depth: Int) -> Document {
        let minimum = Int(shape.min ?? 1)
        switch shape.type {
        case .structure:
            guard depth < 6 else { return [:] }
            var members: [String: Document] = [:]
            let names = shape.isUnion ? Array(shape.memberNames.prefix(1)) : shape.requiredMembers
            for name in names {
                if let member = shape.member(name) { members[name] = value(for: member, depth: depth + 1) }
            }
            return .map(members)
        case .list:
            guard let member = shape.listMember, minimum > 0, depth < 6 else { return [] }
            return .list(Array(repeating: value(for: member, depth: depth + 1), count: max(1, minimum)))
        case .map: return [:]
        case .string: return .string(shape.enumValues.first ?? String(repeating: "x", count: max(1, minimum)))
        case .boolean: return true
        case .blob: return .blob(Data(repeating: 120, count: max(1, minimum)))
        case .timestamp: return .timestamp(Date(timeIntervalSince1970: 1_700_000_000))
        case .float, .double, .bigDecimal: return .double(Double(max(1, minimum)))
        case .document: return [:]
        default: return .int(max(1, minimum))
        }
    }
}
