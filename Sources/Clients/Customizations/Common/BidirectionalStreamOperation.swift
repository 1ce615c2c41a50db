/// Refuses an operation that needs a bidirectional event stream over HTTP/2, which this SDK does
/// not support, with an error saying so instead of a confusing failure on the wire. botocore removes
/// the same operations from its clients (`remove_lex_v2_start_conversation`, `remove_qbusiness_chat`,
/// `remove_bedrock_runtime_invoke_model_with_bidirectional_stream`,
/// `remove_connecthealth_start_medical_scribe_listening_session`,
/// `remove_polly_start_speech_synthesis_stream`); they are exactly the operations whose input
/// is an event stream.
struct BidirectionalStreamOperation: ServiceCustomization {
    /// The operation refused.
    let operationName: String

    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {
        guard operation.name == operationName else { return }
        throw UnsupportedOperationError(.bidirectionalStream, service: context.model.serviceName, operation: operation.name,
            "\(operation.name) of '\(context.model.serviceName)' streams events both ways over HTTP/2, which this SDK does not "
            + "support (botocore leaves it out of its clients too). Use an SDK with HTTP/2 event streams for it, such as "
            + "the AWS SDK for Swift, or the service's other operations.")
    }
}
