/// Renders a service's namespace enum (`public enum S3: ResourceServiceNamespace`).
struct NamespaceRenderer {
    let namespace: HandleNamespace
    /// The service's full name (`Amazon Simple Storage Service`).
    let serviceFullName: String
    /// The resource type names, in model order.
    let typeNames: [String]

    func render() -> String {
        var out = SourceWriter()
        out.line(GeneratedHeader.line)
        out.line()
        out.doc("Typed resource handles for \(serviceFullName) (`\(namespace.service)`), generated from its resource model.")
        out.doc("")
        out.doc("```swift")
        out.doc("let \(namespace.service) = try session.resource(\(namespace.swiftName).self)   // \(namespace.swiftName).ServiceResource")
        out.doc("```")
        out.block("public enum \(namespace.swiftName): ResourceServiceNamespace") { out in
            out.doc("The service name (`\(namespace.service)`).")
            out.line("public static let serviceName = \(SwiftIdentifier.literal(namespace.service))")
            out.line()
            out.doc("The resource types with generated handles, in model order.")
            if typeNames.isEmpty {
                out.line("public static let resourceTypeNames: [String] = []")
            } else {
                out.line("public static let resourceTypeNames = [")
                for name in typeNames { out.line("    \(SwiftIdentifier.literal(name)),") }
                out.line("]")
            }
        }
        return out.text
    }
}
