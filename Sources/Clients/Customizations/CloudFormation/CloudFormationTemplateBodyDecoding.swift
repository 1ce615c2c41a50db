import Foundation

/// Returns GetTemplate's `TemplateBody` as a document when it is JSON, as botocore's
/// `json_decode_template_body`; YAML templates stay strings.
struct CloudFormationTemplateBodyDecoding: ServiceCustomization {
    func finishResponse(_ output: inout Document, params: Document, response: HTTPResponse, operation: OperationModel,
                        context: CustomizationContext) throws {
        guard operation.name == "GetTemplate", let body = output["TemplateBody"]?.string,
              let decoded = try? JSONReader.parse(Data(body.utf8)), case .map(var entries) = output else { return }
        entries["TemplateBody"] = decoded.document
        output = .map(entries)
    }
}
