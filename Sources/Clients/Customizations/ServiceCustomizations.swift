/// The customizations a client of each service runs, in order.
///
/// Service-specific steps come first and the generic ones last: request checksums must be
/// computed over the final body, after any customization that rewrites it.
enum ServiceCustomizations {
    static func forService(_ model: ServiceModel) -> [any ServiceCustomization] {
        serviceSpecific(model) + generic
    }

    /// Steps every service runs; each does nothing unless the operation's model asks for it.
    static let generic: [any ServiceCustomization] = [
        ChecksumValidationModeDefault(),
        EndpointDiscoveryAPIVersionHeader(),
        FlexibleRequestChecksum(),
        FlexibleResponseChecksumValidation(),
    ]

    private static func serviceSpecific(_ model: ServiceModel) -> [any ServiceCustomization] {
        switch model.metadata.endpointPrefix {
        case "s3":
            return [
                S3BucketNameValidation(),
                S3CopySourceEncoding(),
                S3MetadataASCIIValidation(),
                S3SSECustomerKeyEncoding(),
                S3CreateBucketLocationConstraint(),
                S3BucketPathRemoval(),
                S3ListEncodingType(),
                S3ExpectContinue(),
                S3XMLLineBreakEscaping(),
                S3EmbeddedErrorDetection(),
                S3ExpiresHeader(),
                S3GetBucketLocationParsing(),
            ]
        case "sqs": return [SQSMessageMD5Verification()]
        case "glacier": return [GlacierAccountIDDefault(), GlacierAPIVersionHeader(), GlacierBodyChecksums()]
        case "dynamodb": return [DynamoDBCRC32Check()]
        case "ec2", "autoscaling": return [EC2UserDataEncoding(), EC2ConsoleOutputDecoding()]
        case "iam": return [IAMPolicyDocumentDecoding()]
        case "cloudformation": return [CloudFormationTemplateBodyDecoding()]
        default: return []
        }
    }
}
