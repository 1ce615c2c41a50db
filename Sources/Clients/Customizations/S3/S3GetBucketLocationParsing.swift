/// Reads GetBucketLocation's answer, whose root element is `<LocationConstraint>` itself (a shape
/// the model cannot describe), as botocore's `parse_get_bucket_location`: the root's text, or
/// `null` for an empty element (us-east-1).
struct S3GetBucketLocationParsing: ServiceCustomization {
    func finishResponse(_ output: inout Document, params: Document, response: HTTPResponse, operation: OperationModel,
                        context: CustomizationContext) throws {
        guard operation.name == "GetBucketLocation", !response.body.isEmpty,
              let root = try? XMLReader.parse(response.body), case .map(var entries) = output else { return }
        entries["LocationConstraint"] = root.text.isEmpty ? .null : .string(root.text)
        output = .map(entries)
    }
}
