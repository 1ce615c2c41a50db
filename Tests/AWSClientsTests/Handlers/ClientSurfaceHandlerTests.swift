import Foundation
import Testing
@testable import AWSClients

/// The client-creation handlers: services keyed as botocore keys its events, operations botocore
/// removes, method and service name aliases, the serializer setting. Expected values: botocore
/// 1.43.11 (`service_model.service_id.hyphenize()`, `BUILTIN_HANDLERS`, `SERVICE_NAME_ALIASES`).
@Suite struct ClientSurfaceHandlerTests {
    @Test(arguments: [
        ("s3", "s3"), ("autoscaling", "auto-scaling"), ("route53", "route-53"), ("apigateway", "api-gateway"),
        ("machinelearning", "machine-learning"), ("cloudsearchdomain", "cloudsearch-domain"), ("s3control", "s3-control"),
        ("neptune", "neptune"), ("docdb", "docdb"), ("sso-oidc", "sso-oidc"), ("lexv2-runtime", "lex-runtime-v2"),
        ("logs", "cloudwatch-logs"), ("bedrock-agentcore", "bedrock-agentcore"),
    ])
    func servicesAreKeyedByHyphenatedServiceID(service: String, key: String) throws {
        #expect(ServiceCustomizations.key(for: try ModelLoader.shared.serviceModel(service)) == key)
    }

    @Test(arguments: [
        ("lexv2-runtime", "StartConversation"), ("qbusiness", "Chat"), ("bedrock-runtime", "InvokeModelWithBidirectionalStream"),
        ("connecthealth", "StartMedicalScribeListeningSession"), ("polly", "StartSpeechSynthesisStream"),
    ])
    func bidirectionalStreamsAreRefusedBeforeSending(service: String, operation: String) async throws {
        let transport = HandlerClients.answering()
        let client = try HandlerClients.client(service, transport: transport)
        let error = await #expect(throws: UnsupportedOperationError.self) { _ = try await client.call(operation, [:]) }
        #expect(error?.code == .bidirectionalStream)
        #expect(error?.operation == operation && error?.service == service)
        #expect(error?.message.contains("HTTP/2") == true)
        #expect(transport.requests.isEmpty)
    }

    /// botocore's list is exactly the operations whose input is an event stream: a new one in a
    /// model update must be added to `ServiceCustomizations` (this fails until it is).
    @Test func everyOperationWithAnInputEventStreamIsRefused() async throws {
        var unrefused: [String] = []
        for service in ModelLoader.shared.availableServices {
            let model = try ModelLoader.shared.serviceModel(service)
            let customizations = ServiceCustomizations.forService(model).compactMap { $0 as? BidirectionalStreamOperation }
            for name in model.operationNames {
                let operation = try model.operation(name)
                guard operation.input?.members.contains(where: { $0.shape.isEventStream }) == true else { continue }
                if !customizations.contains(where: { $0.operationName == name }) { unrefused.append("\(service).\(name)") }
            }
        }
        #expect(unrefused.isEmpty, "\(unrefused)")
    }

    @Test(arguments: [
        ("mturk", "list_hi_ts_for_qualification_type", "ListHITsForQualificationType"),
        ("mturk", "list_hits_for_qualification_type", "ListHITsForQualificationType"),
        ("socialmessaging", "delete_whatsapp_media_message", "DeleteWhatsAppMessageMedia"),
        ("socialmessaging", "delete_whatsapp_message_media", "DeleteWhatsAppMessageMedia"),
        ("cloudwatch", "get_o_tel_enrichment", "GetOTelEnrichment"),
        ("cloudwatch", "start_o_tel_enrichment", "StartOTelEnrichment"),
        ("cloudwatch", "stop_o_tel_enrichment", "StopOTelEnrichment"),
        ("cloudwatch", "get_otel_enrichment", "GetOTelEnrichment"),
    ])
    func botocoresMethodAliasesCallTheirOperations(service: String, name: String, operation: String) throws {
        let client = try HandlerClients.client(service, transport: HandlerClients.answering())
        #expect(try client.operationName(name) == operation)
    }

    @Test func aliasesBelongToTheirService() throws {
        let sqs = try HandlerClients.client("sqs", transport: HandlerClients.answering())
        #expect(throws: UnknownOperationError.self) { try sqs.operationName("get_o_tel_enrichment") }
    }

    @Test func runtimeSagemakerIsSagemakerRuntime() async throws {
        let transport = HandlerClients.answering(body: "{}")
        let session = try TestClients.session(transport: transport)
        let client = try session.client("runtime.sagemaker")
        #expect(client.meta.serviceName == "sagemaker-runtime")
        _ = try? await client.invokeEndpoint(EndpointName: "e", Body: Data("{}".utf8))
        #expect(transport.requests.first?.url.absoluteString == "https://runtime.sagemaker.us-east-1.amazonaws.com/endpoints/e/invocations")
    }

    @Test func onlyBedrockAgentCoreSerializesMilliseconds() throws {
        for service in ["bedrock-agentcore", "bedrock-agentcore-control", "s3", "lambda"] {
            let expected: TimestampFormat.Precision = service == "bedrock-agentcore" ? .millisecond : .standard
            #expect(ServiceCustomizations.timestampPrecision(for: try ModelLoader.shared.serviceModel(service)) == expected, "\(service)")
        }
    }
}
