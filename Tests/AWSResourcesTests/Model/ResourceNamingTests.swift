import Testing
@testable import AWSResources

/// Member names of the bundled resource models: Python names against boto3's own (fixture made by
/// `Fixtures/boto3_names.py`), Swift names and clash suffixes against the rules of DESIGN.md.
@Suite struct ResourceNamingTests {
    static let services = ["cloudformation", "cloudwatch", "dynamodb", "ec2", "glacier", "iam", "s3", "sns", "sqs"]

    @Test(arguments: services)
    func pythonNamesMatchBoto3(_ service: String) throws {
        let expected = try #require(try Fixtures.json("boto3-names.json")[service]?.dictionary, "no fixture for \(service)")
        let models = try ResourceServiceModel.load(service)
        #expect(Set(expected.keys) == Set(models.resourceNames + [service]), "\(service): resource types")
        for (name, names) in expected {
            let model = name == service ? models.serviceResource : try models.resource(name)
            func check(_ kind: String, _ actual: [String]) {
                let wanted = names[kind]?.array?.compactMap(\.string) ?? []
                #expect(actual == wanted, "\(service).\(name) \(kind)")
            }
            check("identifiers", model.identifiers.map(\.pythonName))
            check("actions", model.actions.map(\.pythonName))
            check("batchActions", model.batchActions.map(\.pythonName))
            check("subresources", model.subresources.map(\.pythonName))
            check("references", model.references.map(\.pythonName))
            check("collections", model.collections.map(\.pythonName))
            check("waiters", model.waiters.map(\.pythonName))
            check("attributes", model.attributes.map(\.pythonName))
        }
    }

    @Test func swiftNamesAreLowerCamelCase() throws {
        let s3 = try ResourceServiceModel.load("s3")
        let bucket = try s3.resource("Bucket")
        #expect(bucket.identifiers.map(\.swiftName) == ["name"])
        #expect(bucket.attributes.map(\.swiftName) == ["creationDate", "bucketRegion", "bucketArn"])
        #expect(bucket.actions.map(\.swiftName) == ["create", "delete", "deleteObjects", "putObject"])
        #expect(bucket.waiters.map(\.swiftName) == ["waitUntilExists", "waitUntilNotExists"])
        #expect(bucket.subresources.map(\.swiftName).contains("object"))
        #expect(s3.serviceResource.subresources.map(\.swiftName).prefix(2) == ["bucket", "bucketAcl"])
        #expect(s3.serviceResource.collections.map(\.swiftName) == ["buckets"])
        let object = try s3.resource("Object")
        #expect(object.attributes.contains { $0.name == "ETag" && $0.swiftName == "eTag" })
        #expect(object.attributes.contains { $0.name == "SSECustomerAlgorithm" && $0.swiftName == "sseCustomerAlgorithm" })
        let queue = try ResourceServiceModel.load("sqs").resource("Queue")
        #expect(queue.identifiers.map(\.swiftName) == ["url"])
    }

    @Test func clashesTakeBoto3Suffixes() throws {
        let ec2 = try ResourceServiceModel.load("ec2")
        let instance = try ec2.resource("Instance")
        #expect(instance.attributes.contains { $0.name == "NetworkInterfaces" && $0.swiftName == "networkInterfacesAttribute"
            && $0.pythonName == "network_interfaces_attribute" })
        #expect(instance.references.contains { $0.swiftName == "networkInterfaces" })
        // `description` is every handle's CustomStringConvertible member: the attribute takes the suffix.
        let image = try ec2.resource("Image")
        #expect(ec2.serviceResource.subresources.first { $0.swiftName == "keyPair" }?.resource.type == "KeyPairInfo")
        #expect(image.attributes.contains { $0.name == "Description" && $0.swiftName == "descriptionAttribute" && $0.pythonName == "description" })
        // An identifier's shape member is not an attribute (boto3's get_attributes).
        let message = try ResourceServiceModel.load("sqs").resource("Message")
        #expect(!message.attributes.contains { $0.name == "ReceiptHandle" })
        #expect(message.attributes.map(\.swiftName).contains("body"))
    }

    /// Every kind in boto3's order, on one name, over the SQS `Message` shape.
    @Test func clashOrderFollowsBoto3() throws {
        let definition: Document = [
            "service": [:],
            "resources": [
                "Thing": [
                    "identifiers": [["name": "Body"]],
                    "shape": "Message",
                    "load": ["request": ["operation": "ReceiveMessage"], "path": "Messages[0]"],
                    "actions": [
                        "Body": ["request": ["operation": "SendMessage"]],
                        "Load": ["request": ["operation": "SendMessage"]],
                        "Meta": ["request": ["operation": "SendMessage"]],
                    ],
                    "has": [
                        "MessageId": ["resource": ["type": "Thing", "identifiers": [["target": "Body", "source": "input"]]]],
                        "Attributes": ["resource": ["type": "Thing", "identifiers": [["target": "Body", "source": "data", "path": "Body"]]]],
                    ],
                    "hasMany": [
                        "Attributes": ["request": ["operation": "ReceiveMessage"],
                                       "resource": ["type": "Thing", "identifiers": [["target": "Body", "source": "response", "path": "Messages[].Body"]]]],
                    ],
                    "waiters": ["Exists": ["waiterName": "QueueExists"]],
                ],
            ],
        ]
        let models = try ResourceServiceModel(serviceName: "sqs", definition: definition, serviceModel: try ModelLoader.shared.serviceModel("sqs"))
        let thing = try models.resource("Thing")
        #expect(thing.identifiers.map(\.swiftName) == ["body"])
        #expect(thing.actions.map(\.swiftName) == ["bodyAction", "loadAction", "metaAction"])
        #expect(thing.actions.map(\.pythonName) == ["body_action", "load_action", "meta_action"])
        #expect(thing.subresources.map(\.swiftName) == ["messageId"])
        #expect(thing.subresources.map(\.pythonName) == ["MessageId"])
        #expect(thing.references.map(\.swiftName) == ["attributes"])
        #expect(thing.collections.map(\.swiftName) == ["attributesCollection"])
        #expect(thing.collections.map(\.pythonName) == ["attributes_collection"])
        #expect(thing.waiters.map(\.swiftName) == ["waitUntilExists"])
        let attributes = Dictionary(uniqueKeysWithValues: thing.attributes.map { ($0.name, ($0.swiftName, $0.pythonName)) })
        #expect(attributes["Body"] == nil)
        #expect(attributes["MessageId"]?.0 == "messageIdAttribute")
        #expect(attributes["MessageId"]?.1 == "message_id")
        #expect(attributes["Attributes"]?.0 == "attributesAttribute")
        #expect(attributes["Attributes"]?.1 == "attributes_attribute")
        #expect(attributes["MD5OfBody"]?.0 == "md5OfBody")
        // Lookup by any spelling, earliest kind first for a model name.
        #expect(thing.member(named: "Body") == .identifier(0))
        #expect(thing.member(named: "bodyAction") == .action(0))
        #expect(thing.member(named: "attributes") == .reference(0))
        #expect(thing.member(named: "attributes_attribute") != nil)
        #expect(thing.member(named: "reload") == .reload)
    }

    @Test func malformedModelsNameThePath() throws {
        let sqs = try ModelLoader.shared.serviceModel("sqs")
        let bad: Document = ["service": ["actions": ["Go": ["request": ["operation": "SendMessage", "params": [["target": "X", "source": "nowhere"]]]]]]]
        do {
            _ = try ResourceServiceModel(serviceName: "sqs", definition: bad, serviceModel: sqs)
            Issue.record("a bad source was accepted")
        } catch {
            #expect(error.path == "service.actions.Go.request.params[0]")
        }
        let unknownShape: Document = ["resources": ["T": ["shape": "Nope"]]]
        #expect(throws: ModelError.self) { try ResourceServiceModel(serviceName: "sqs", definition: unknownShape, serviceModel: sqs).resource("T") }
    }
}
