import Testing
@testable import AWSResources
import AWSTesting

/// Every parameter source and both kinds of references, on a resource model written for the test
/// over the SQS service model.
@Suite struct ResourceSourceTests {
    static let queueURL = "http://127.0.0.1:1/1/jobs"

    static let definition: Document = [
        "service": [:],
        "resources": [
            "Msg": [
                "identifiers": [["name": "QueueUrl"], ["name": "ReceiptHandle"]],
                "shape": "Message",
                "load": [
                    "request": ["operation": "ReceiveMessage", "params": [["target": "QueueUrl", "source": "identifier", "name": "QueueUrl"]]],
                    "path": "Messages[0]",
                ],
                "actions": [
                    "Send": ["request": ["operation": "SendMessageBatch", "params": [
                        ["target": "QueueUrl", "source": "identifier", "name": "QueueUrl"],
                        ["target": "Entries[0].Id", "source": "data", "path": "MessageId"],
                        ["target": "Entries[0].MessageBody", "source": "string", "value": "fixed"],
                        ["target": "Entries[0].DelaySeconds", "source": "integer", "value": 7],
                        ["target": "Entries[0].MessageGroupId", "source": "input"],
                    ]]],
                ],
                "has": [
                    "Sibling": ["resource": ["type": "Msg", "identifiers": [
                        ["target": "QueueUrl", "source": "identifier", "name": "QueueUrl"],
                        ["target": "ReceiptHandle", "source": "data", "path": "Attributes.SiblingHandle"],
                    ]]],
                    "Peers": ["resource": ["type": "Msg", "identifiers": [
                        ["target": "QueueUrl", "source": "identifier", "name": "QueueUrl"],
                        ["target": "ReceiptHandle", "source": "data", "path": "MessageAttributes.*.StringValue"],
                    ]]],
                ],
            ],
            "Bare": [
                "identifiers": [["name": "QueueUrl"]],
                "has": ["Other": ["resource": ["type": "Bare", "identifiers": [["target": "QueueUrl", "source": "data", "path": "Url"]]]]],
            ],
        ],
    ]

    static func setUp(withSibling: Bool = true) throws -> (Resource, StubTransport) {
        let transport = StubTransport.json { operation, _ in
            guard operation == "ReceiveMessage" else { return [:] }
            var message: Document = ["MessageId": "m1", "ReceiptHandle": "r1", "Body": "b",
                                     "MessageAttributes": ["p": ["DataType": "String", "StringValue": "r9"]]]
            if withSibling { message["Attributes"] = ["SiblingHandle": "r2"] }
            return ["Messages": [message]]
        }
        let client = try TestResources.session(transport: transport).client("sqs", endpointURL: "http://127.0.0.1:1")
        let models = try ResourceServiceModel(serviceName: "sqs", definition: definition, serviceModel: client.meta.serviceModel)
        return (Resource(service: models, client: client), transport)
    }

    @Test func everySourceFillsItsTarget() async throws {
        let (service, transport) = try Self.setUp()
        let message = try service.subresource("Msg", Self.queueURL, "r1")
        _ = try await message.action("Send")
        #expect(transport.operations == ["ReceiveMessage", "SendMessageBatch"])
        #expect(transport.bodies.last == ["QueueUrl": .string(Self.queueURL),
                                          "Entries": [["Id": "m1", "MessageBody": "fixed", "DelaySeconds": 7]]])
    }

    @Test func constantsOfEveryTypeAndCallerInput() async throws {
        let (service, _) = try Self.setUp()
        let message = try service.subresource("Msg", Self.queueURL, "r1")
        let params = [
            ResourceParameter(target: try ParameterTarget("On"), source: .boolean, value: true),
            ResourceParameter(target: try ParameterTarget("Count"), source: .integer, value: 3),
            ResourceParameter(target: try ParameterTarget("Name.First"), source: .string, value: "x"),
            ResourceParameter(target: try ParameterTarget("Skipped"), source: .input),
            ResourceParameter(target: try ParameterTarget("Handles[]"), source: .identifier, name: "ReceiptHandle"),
        ]
        let built = try await RequestParameters.build(params, for: message, input: ["Count": 4, "Mine": "y"])
        #expect(built == ["On": true, "Count": 4, "Name": ["First": "x"], "Handles": ["r1"], "Mine": "y"])
        let wrong = [ResourceParameter(target: try ParameterTarget("X"), source: .response)]
        await #expect(throws: ResourceError.self) { try await RequestParameters.build(wrong, for: message, input: [:]) }
    }

    @Test func referencesLoadTheParentOnce() async throws {
        let (service, transport) = try Self.setUp()
        let message = try service.subresource("Msg", Self.queueURL, "r1")
        let sibling = try #require(try await message.reference("Sibling").resource)
        #expect(sibling.identifier("ReceiptHandle") == "r2")
        #expect(sibling.meta.data == nil)
        let peers = try await message.peers.reference.resources
        #expect(peers.map { $0.identifier("ReceiptHandle") } == ["r9"])
        #expect(transport.operations == ["ReceiveMessage"])
        #expect(throws: ResourceError.self) { try message.subresource("Sibling") }
    }

    @Test func referenceWithAbsentDataIsNil() async throws {
        let (service, _) = try Self.setUp(withSibling: false)
        let message = try service.subresource("Msg", Self.queueURL, "r1")
        #expect(try await message.reference("Sibling") == .document(.null))
        #expect(try await message.sibling() == .document(.null))
    }

    @Test func referenceOfUnloadableResourceExplains() async throws {
        let (service, _) = try Self.setUp()
        let bare = try service.subresource("Bare", Self.queueURL)
        await #expect(throws: ResourceError.self) { try await bare.reference("Other") }
        let withData = try Resource(model: try bare.meta.serviceResourceModel.resource("Bare"), identifiers: ["QueueUrl": "u"],
                                    data: ["Url": "u2"], client: bare.meta.client, service: bare.meta.serviceResourceModel)
        #expect(try await withData.reference("Other").resource?.identifier("QueueUrl") == "u2")
    }
}
