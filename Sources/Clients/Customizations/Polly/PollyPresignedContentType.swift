/// Signs no `Content-Type` in a presigned Polly `SynthesizeSpeech` URL, as botocore's
/// `remove_content_type_header_for_presigning`: the URL is meant for a plain GET (an `<audio>`
/// element), which sends none. The parameters still move from the JSON body into the query.
struct PollyPresignedContentType: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard context.isPresigning, operation.name == "SynthesizeSpeech" else { return }
        request.headers["Content-Type"] = nil
    }
}
