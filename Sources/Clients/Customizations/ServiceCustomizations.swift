/// The customizations a client of each service runs, in order.
enum ServiceCustomizations {
    static func forService(_ model: ServiceModel) -> [any ServiceCustomization] {
        switch model.metadata.endpointPrefix {
        case "s3": return [S3BucketPathRemoval()]
        default: return []
        }
    }
}
