import Foundation

/// The customizations a client of each service runs, in order, and the other per-service
/// settings botocore's handlers make.
///
/// Services are keyed as botocore keys its events: by the hyphenated, lowercased service id
/// (`Route 53` → `route-53`, `Lex Runtime V2` → `lex-runtime-v2`), so Neptune and DocumentDB,
/// whose endpoint prefix is `rds`, get their own lists. Service-specific steps come first and
/// the generic ones last: request checksums must be computed over the final body, after any
/// customization that rewrites it.
enum ServiceCustomizations {
    static func forService(_ model: ServiceModel) -> [any ServiceCustomization] {
        serviceSpecific(key(for: model)) + generic
    }

    /// Steps every service runs; each does nothing unless the operation's model asks for it.
    static let generic: [any ServiceCustomization] = [
        ChecksumValidationModeDefault(),
        EndpointDiscoveryAPIVersionHeader(),
        RecursionDetectionHeader(),
        FlexibleRequestChecksum(),
        FlexibleResponseChecksumValidation(),
    ]

    /// botocore's event key for a service: its service id hyphenated and lowercased
    /// (`ServiceId.hyphenize()`), else the service name.
    static func key(for model: ServiceModel) -> String {
        guard let id = model.metadata.serviceID, !id.isEmpty else { return model.serviceName }
        return id.replacingOccurrences(of: " ", with: "-").lowercased()
    }

    /// The precision of request timestamps (botocore's `creating-serializer` handler
    /// `enable_millisecond_timestamp_precision`).
    static func timestampPrecision(for model: ServiceModel) -> TimestampFormat.Precision {
        key(for: model) == "bedrock-agentcore" ? .millisecond : .standard
    }

    /// Extra snake_case names botocore accepts for operations (its `ClientMethodAlias` handlers):
    /// alias → API operation name. Only operations the model has are listed.
    static func methodAliases(for model: ServiceModel) -> [String: String] {
        let aliases: [String: String]
        switch key(for: model) {
        case "mturk": aliases = ["list_hi_ts_for_qualification_type": "ListHITsForQualificationType"]
        case "socialmessaging": aliases = ["delete_whatsapp_media_message": "DeleteWhatsAppMessageMedia"]
        case "cloudwatch":
            aliases = ["get_o_tel_enrichment": "GetOTelEnrichment", "start_o_tel_enrichment": "StartOTelEnrichment",
                       "stop_o_tel_enrichment": "StopOTelEnrichment"]
        default: return [:]
        }
        let operations = Set(model.operationNames)
        return aliases.filter { operations.contains($0.value) }
    }

    private static func serviceSpecific(_ key: String) -> [any ServiceCustomization] {
        switch key {
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
        case "s3-control": return [S3ControlOutpostARN(), S3ControlAccountIDHostPrefix()]
        case "sqs": return [SQSMessageMD5Verification()]
        case "glacier": return [GlacierAccountIDDefault(), GlacierAPIVersionHeader(), GlacierBodyChecksums()]
        case "dynamodb": return [DynamoDBCRC32Check()]
        case "ec2":
            return [ParameterAlias(original: "Filter", alias: "Filters"), EC2UserDataEncoding(), EC2ConsoleOutputDecoding(),
                    EC2CopySnapshotPresignedURL()]
        case "auto-scaling": return [EC2UserDataEncoding()]
        case "iam": return [IAMPolicyDocumentDecoding()]
        case "cloudformation": return [CloudFormationTemplateBodyDecoding()]
        case "route-53": return [Route53ResourceIDs()]
        case "api-gateway": return [APIGatewayAcceptHeader()]
        case "machine-learning": return [MachineLearningPredictEndpoint()]
        case "cloudsearch-domain":
            return [ParameterAlias(original: "return", alias: "returnFields", operationName: "Search"), CloudSearchDomainSearchAsPost()]
        case "cloudwatch-logs": return [ParameterAlias(original: "from", alias: "fromTime", operationName: "CreateExportTask")]
        case "rds": return [RDSPresignedURL.rds]
        case "neptune", "docdb": return [RDSPresignedURL.clusters]
        case "sso-oidc": return [SSOOIDCOAuth2ErrorMessage()]
        case "polly": return [BidirectionalStreamOperation(operationName: "StartSpeechSynthesisStream"), PollyPresignedContentType()]
        case "lex-runtime-v2": return [BidirectionalStreamOperation(operationName: "StartConversation")]
        case "qbusiness": return [BidirectionalStreamOperation(operationName: "Chat")]
        case "bedrock-runtime": return [BidirectionalStreamOperation(operationName: "InvokeModelWithBidirectionalStream")]
        case "connecthealth": return [BidirectionalStreamOperation(operationName: "StartMedicalScribeListeningSession")]
        default: return []
        }
    }
}
