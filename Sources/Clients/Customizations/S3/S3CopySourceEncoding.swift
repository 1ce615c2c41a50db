/// Turns `CopySource` into the percent-encoded `x-amz-copy-source` value S3 expects, as
/// botocore's `handle_copy_source_param` (CopyObject, UploadPartCopy):
///
/// - a map `["Bucket": "b", "Key": "k", "VersionId": "v"]` becomes `b/k?versionId=v` with bucket
///   and key encoded (`<arn>/object/<key>` for an access point ARN);
/// - a string `b/k` or `b/k?versionId=v` has everything before `?versionId=` encoded.
///
/// `/` and the unreserved characters stay as they are.
struct S3CopySourceEncoding: ServiceCustomization {
    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {
        guard operation.name == "CopyObject" || operation.name == "UploadPartCopy",
              case .map(var entries) = params, let source = entries["CopySource"] else { return }
        switch source {
        case .string(let text):
            entries["CopySource"] = .string(Self.encode(text))
        case .map(let parts):
            entries["CopySource"] = .string(try Self.encode(parts))
        default:
            return  // validation reports the wrong type
        }
        params = .map(entries)
    }

    static func encode(_ parts: [String: Document]) throws -> String {
        for name in ["Bucket", "Key"] where parts[name]?.string == nil {
            throw ParamValidationError(problems: [.init(
                kind: .missingRequired, path: "CopySource.\(name)",
                message: "Missing required parameter in CopySource: \"\(name)\" (give CopySource as "
                    + "[\"Bucket\": ..., \"Key\": ..., \"VersionId\": ...] or as the string \"bucket/key\")")])
        }
        let bucket = parts["Bucket"]?.string ?? "", key = parts["Key"]?.string ?? ""
        let path = S3AccessPointARN.matches(bucket) ? "\(bucket)/object/\(key)" : "\(bucket)/\(key)"
        var encoded = PercentEncoding.encode(path, safe: "/")
        if let version = parts["VersionId"], !version.isNull {
            encoded += "?versionId=" + (version.string ?? "\(version)")
        }
        return encoded
    }

    /// Encodes everything before the first `?versionId=` that is followed by a non-blank rest of the string.
    static func encode(_ text: String) -> String {
        let marker = "?versionId="
        var searchStart = text.startIndex
        while let range = text.range(of: marker, range: searchStart..<text.endIndex) {
            let rest = text[range.upperBound...]
            if !rest.isEmpty, !rest.contains(where: \.isWhitespace) {
                return PercentEncoding.encode(String(text[..<range.lowerBound]), safe: "/") + text[range.lowerBound...]
            }
            searchStart = text.index(after: range.lowerBound)
        }
        return PercentEncoding.encode(text, safe: "/")
    }
}
