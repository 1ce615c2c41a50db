/// A service whose typed handles are generated, and the Swift namespace they live in (`s3` → `S3`).
public struct HandleNamespace: Sendable, Hashable {
    /// The service name (`s3`).
    public let service: String
    /// The Swift namespace enum (`S3`), as DESIGN.md names it.
    public let swiftName: String

    /// Creates a namespace.
    public init(service: String, swiftName: String) {
        self.service = service
        self.swiftName = swiftName
    }

    /// The nine services with bundled resource models, in a fixed order (the output's order).
    public static let bundled: [HandleNamespace] = [
        HandleNamespace(service: "cloudformation", swiftName: "CloudFormation"),
        HandleNamespace(service: "cloudwatch", swiftName: "CloudWatch"),
        HandleNamespace(service: "dynamodb", swiftName: "DynamoDB"),
        HandleNamespace(service: "ec2", swiftName: "EC2"),
        HandleNamespace(service: "glacier", swiftName: "Glacier"),
        HandleNamespace(service: "iam", swiftName: "IAM"),
        HandleNamespace(service: "s3", swiftName: "S3"),
        HandleNamespace(service: "sns", swiftName: "SNS"),
        HandleNamespace(service: "sqs", swiftName: "SQS"),
    ]

    /// The Swift type name of a resource type of this service (`S3.Bucket`).
    func qualified(_ typeName: String) -> String { "\(swiftName).\(typeName)" }
}
