import Foundation
import Testing
@testable import AWSClients

/// The model side of endpoint discovery (traits, identifiers, the discovery call's parameters),
/// on a small model whose operations carry `endpointdiscoveryid` members (no bundled service has any).
@Suite struct EndpointDiscoveryModelTests {
    /// A JSON 1.1 service with a discovery operation taking `Operation` and `Identifiers`. It
    /// borrows timestream-write's name so the client finds an endpoint rule set.
    static let modelJSON = """
        {"version": "2.0",
         "metadata": {"apiVersion": "2024-01-01", "endpointPrefix": "ingest.timestream", "jsonVersion": "1.1",
                      "protocol": "json", "serviceId": "Widgets", "signatureVersion": "v4", "signingName": "widgets",
                      "targetPrefix": "Widgets", "uid": "widgets-2024-01-01"},
         "operations": {
           "FindEndpoints": {"name": "FindEndpoints", "http": {"method": "POST", "requestUri": "/"},
             "input": {"shape": "FindEndpointsRequest"}, "output": {"shape": "FindEndpointsResponse"}, "endpointoperation": true},
           "GetWidget": {"name": "GetWidget", "http": {"method": "POST", "requestUri": "/"},
             "input": {"shape": "GetWidgetRequest"}, "output": {"shape": "Empty"}, "endpointdiscovery": {"required": true}},
           "ListWidgets": {"name": "ListWidgets", "http": {"method": "POST", "requestUri": "/"},
             "input": {"shape": "Empty"}, "output": {"shape": "Empty"}, "endpointdiscovery": {}},
           "Ping": {"name": "Ping", "http": {"method": "POST", "requestUri": "/"}, "input": {"shape": "Empty"}}
         },
         "shapes": {
           "FindEndpointsRequest": {"type": "structure", "members": {"Operation": {"shape": "String"},
                                                                      "Identifiers": {"shape": "Identifiers"}}},
           "FindEndpointsResponse": {"type": "structure", "members": {"Endpoints": {"shape": "EndpointList"}}},
           "EndpointList": {"type": "list", "member": {"shape": "Endpoint"}},
           "Endpoint": {"type": "structure", "required": ["Address", "CachePeriodInMinutes"],
                        "members": {"Address": {"shape": "String"}, "CachePeriodInMinutes": {"shape": "Long"}}},
           "Identifiers": {"type": "map", "key": {"shape": "String"}, "value": {"shape": "String"}},
           "GetWidgetRequest": {"type": "structure", "required": ["WidgetId"],
                                "members": {"WidgetId": {"shape": "String", "endpointdiscoveryid": true},
                                            "Colour": {"shape": "String"},
                                            "Owner": {"shape": "Owner"}}},
           "Owner": {"type": "structure", "members": {"Team": {"shape": "String", "endpointdiscoveryid": true},
                                                      "Name": {"shape": "String"}}},
           "Empty": {"type": "structure", "members": {}},
           "Long": {"type": "long"},
           "String": {"type": "string"}
         }}
        """

    static func model() throws -> ServiceModel {
        try ServiceModel(json: Data(modelJSON.utf8), serviceName: "timestream-write")
    }

    @Test func traitsAndTheDiscoveryOperation() throws {
        let model = try Self.model()
        let discovery = EndpointDiscoveryModel(service: model)
        #expect(discovery.discoveryOperation?.name == "FindEndpoints")
        #expect(EndpointDiscoveryModel.use(of: try model.operation("GetWidget")) == .required)
        #expect(EndpointDiscoveryModel.use(of: try model.operation("ListWidgets")) == .optional)
        #expect(EndpointDiscoveryModel.use(of: try model.operation("Ping")) == .none)
        let sqs = EndpointDiscoveryModel(service: try ModelLoader.shared.serviceModel("sqs"))
        #expect(sqs.discoveryOperation == nil)
    }

    @Test func identifiersAreGatheredThroughNestedStructures() throws {
        let model = try Self.model()
        let discovery = EndpointDiscoveryModel(service: model)
        let getWidget = try model.operation("GetWidget")
        let identifiers = discovery.identifiers(for: getWidget, params: ["WidgetId": "w1", "Colour": "red",
                                                                         "Owner": ["Team": "blue", "Name": "n"]])
        #expect(identifiers == ["WidgetId": "w1", "Team": "blue"])
        #expect(discovery.identifiers(for: getWidget, params: ["Colour": "red"]).isEmpty)
        #expect(discovery.discoveryParameters(operation: "GetWidget", identifiers: identifiers)
                == ["Operation": "GetWidget", "Identifiers": ["WidgetId": "w1", "Team": "blue"]])
        // Without identifiers the discovery call has no parameters (botocore drops both).
        #expect(discovery.discoveryParameters(operation: "ListWidgets", identifiers: [:]) == [:])
    }

    @Test func timestreamsDiscoveryCallTakesNoParameters() throws {
        let model = try ModelLoader.shared.serviceModel("timestream-write")
        let discovery = EndpointDiscoveryModel(service: model)
        #expect(discovery.discoveryOperation?.name == "DescribeEndpoints")
        #expect(discovery.discoveryParameters(operation: "DescribeDatabase", identifiers: ["DatabaseName": "db"]) == [:])
    }

    @Test func theClientSendsIdentifiersAndCachesPerIdentifier() async throws {
        let service = DiscoveryService(discovery: [DiscoveryTests.endpoints("w1.example.com"), DiscoveryTests.endpoints("w2.example.com")])
        let widgets = try DiscoveryTests.client(model: try Self.model(), transport: service.transport)
        _ = try await widgets.getWidget(WidgetId: "w1", Owner: ["Team": "blue"])
        _ = try await widgets.getWidget(WidgetId: "w2")
        _ = try await widgets.getWidget(WidgetId: "w1", Owner: ["Team": "blue"], Colour: "green")
        let bodies = service.requests.filter { $0.headers["X-Amz-Target"] == "Widgets.FindEndpoints" }.map(\.bodyText)
        #expect(bodies.count == 2)
        let first = try JSONValue.parse(Data(bodies[0].utf8)).document
        #expect(first == ["Operation": "GetWidget", "Identifiers": ["WidgetId": "w1", "Team": "blue"]])
        #expect(try JSONValue.parse(Data(bodies[1].utf8)).document == ["Operation": "GetWidget", "Identifiers": ["WidgetId": "w2"]])
        let hosts = service.requests.filter { $0.headers["X-Amz-Target"] == "Widgets.GetWidget" }.map { $0.url.host ?? "" }
        #expect(hosts == ["w1.example.com", "w2.example.com", "w1.example.com"])
        #expect(service.requests.first?.headers["x-amz-api-version"] == "2024-01-01")
    }

    @Test func optionalDiscoveryWithoutIdentifiersSendsAnEmptyDiscoveryCall() async throws {
        let service = DiscoveryService(discovery: [DiscoveryTests.endpoints("any.example.com")])
        let widgets = try DiscoveryTests.client(model: try Self.model(), transport: service.transport,
                                                config: Config(endpointDiscoveryEnabled: true))
        _ = try await widgets.listWidgets()
        _ = try await widgets.ping()
        #expect(service.requests.map { $0.headers["X-Amz-Target"] ?? "" } == ["Widgets.FindEndpoints", "Widgets.ListWidgets", "Widgets.Ping"])
        #expect(service.requests.first?.bodyText == "{}")
        #expect(service.requests.map { $0.url.host ?? "" }
                == ["ingest.timestream.us-east-1.amazonaws.com", "any.example.com", "ingest.timestream.us-east-1.amazonaws.com"])
    }
}
