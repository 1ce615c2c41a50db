/// Checks the MD5 digests SQS returns against the messages, as the AWS SDKs for Java, .NET and Go
/// do (botocore does not): SendMessage and each SendMessageBatch entry (`MD5OfMessageBody`,
/// `MD5OfMessageAttributes`, `MD5OfMessageSystemAttributes` against what was sent) and each
/// ReceiveMessage message (`MD5OfBody`, and `MD5OfMessageAttributes` when attributes came back).
///
/// A digest the service leaves out is not checked; a mismatch throws `ResponseChecksumError`
/// naming the message, since the message was corrupted on the way (or by a proxy).
struct SQSMessageMD5Verification: ServiceCustomization {
    func finishResponse(_ output: inout Document, params: Document, response: HTTPResponse, operation: OperationModel,
                        context: CustomizationContext) throws {
        switch operation.name {
        case "SendMessage":
            try Self.verifySent(params, result: output, message: "message \(output["MessageId"]?.string ?? "(no MessageId)")")
        case "SendMessageBatch":
            let sent = Dictionary((params["Entries"]?.array ?? []).compactMap { entry in entry["Id"]?.string.map { ($0, entry) } },
                                  uniquingKeysWith: { first, _ in first })
            for result in output["Successful"]?.array ?? [] {
                guard let id = result["Id"]?.string, let entry = sent[id] else { continue }
                try Self.verifySent(entry, result: result,
                                    message: "batch entry \(id) (message \(result["MessageId"]?.string ?? "(no MessageId)"))")
            }
        case "ReceiveMessage":
            for message in output["Messages"]?.array ?? [] {
                let name = "received message \(message["MessageId"]?.string ?? "(no MessageId)")"
                if let expected = message["MD5OfBody"]?.string, let body = message["Body"]?.string {
                    try Self.compare("MD5OfBody of \(name)", expected: expected, actual: SQSMessageAttributesMD5.digest(ofBody: body))
                }
                if let expected = message["MD5OfMessageAttributes"]?.string,
                   let attributes = message["MessageAttributes"]?.dictionary, !attributes.isEmpty {
                    try Self.compare("MD5OfMessageAttributes of \(name)", expected: expected,
                                     actual: SQSMessageAttributesMD5.digest(of: attributes))
                }
            }
        default:
            return
        }
    }

    /// Checks one sent message (`request`: SendMessage's params or a batch entry) against its result.
    /// `message` names it in an error; it is only built when a digest does not match.
    private static func verifySent(_ request: Document, result: Document, message: @autoclosure () -> String) throws {
        if let expected = result["MD5OfMessageBody"]?.string, let body = request["MessageBody"]?.string {
            try compare("MD5OfMessageBody of \(message())", expected: expected, actual: SQSMessageAttributesMD5.digest(ofBody: body))
        }
        for (member, digestMember) in Self.attributeDigestMembers {
            if let expected = result[digestMember]?.string, let attributes = request[member]?.dictionary, !attributes.isEmpty {
                try compare("\(digestMember) of \(message())", expected: expected, actual: SQSMessageAttributesMD5.digest(of: attributes))
            }
        }
    }

    /// Attribute members of a sent message and the result members holding their digests.
    private static let attributeDigestMembers = [("MessageAttributes", "MD5OfMessageAttributes"),
                                                 ("MessageSystemAttributes", "MD5OfMessageSystemAttributes")]

    /// `actual` is lowercase hex, so an ASCII case-insensitive match is the same test as comparing
    /// it with `expected` lowercased, without building that string.
    private static func compare(_ what: @autoclosure () -> String, expected: String, actual: String) throws {
        if !expected.caseInsensitiveEquals(actual) {
            throw ResponseChecksumError(checksum: what(), expected: expected, actual: actual)
        }
    }
}
