/// Sends `Expect: 100-continue` with PutObject and UploadPart bodies, as botocore does for the
/// file-like bodies it makes of them (`add_expect_header`): S3 can refuse the upload (a redirect,
/// an auth error) before the body is sent. The header is not signed.
struct S3ExpectContinue: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard operation.name == "PutObject" || operation.name == "UploadPart",
              request.method == "PUT" || request.method == "POST" else { return }
        request.headers["Expect"] = "100-continue"
    }
}
