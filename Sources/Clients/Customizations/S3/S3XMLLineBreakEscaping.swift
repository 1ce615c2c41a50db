import Foundation

/// Writes carriage returns and line feeds in DeleteObjects and PutBucketLifecycleConfiguration
/// bodies as `&#xD;` / `&#xA;`, as botocore's `escape_xml_payload`: S3's XML parser would
/// otherwise normalize them, changing keys and prefixes that contain them. The serializer writes
/// no line breaks of its own, so every one in the body comes from the caller's values.
struct S3XMLLineBreakEscaping: ServiceCustomization {
    func prepareRequest(_ request: inout SerializedRequest, endpoint: inout RequestEndpoint, params: Document,
                        operation: OperationModel, context: CustomizationContext) throws {
        guard operation.name == "DeleteObjects" || operation.name == "PutBucketLifecycleConfiguration",
              request.body.contains(where: { $0 == 0x0D || $0 == 0x0A }) else { return }
        var escaped = Data()
        escaped.reserveCapacity(request.body.count + 64)
        for byte in request.body {
            switch byte {
            case 0x0D: escaped.append(contentsOf: "&#xD;".utf8)
            case 0x0A: escaped.append(contentsOf: "&#xA;".utf8)
            default: escaped.append(byte)
            }
        }
        request.body = escaped
    }
}
