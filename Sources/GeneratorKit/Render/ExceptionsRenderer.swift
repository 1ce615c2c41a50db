import AWSResources

/// Renders a service's modeled errors as members of its namespace (`S3.exceptions.NoSuchKey`),
/// so that autocompletion lists them; each is the `ModeledError` `client.exceptions` gives.
struct ExceptionsRenderer {
    let namespace: HandleNamespace
    /// The service's full name (`Amazon Simple Storage Service`).
    let serviceFullName: String
    /// The modeled errors: shape name and error code, sorted by name.
    let errors: [(name: String, code: String)]

    /// The modeled errors of `model`, sorted by name.
    static func errors(of model: ServiceModel) -> [(name: String, code: String)] {
        model.shapeNames.sorted().compactMap { name in
            model.shape(named: name)?.errorCode.map { (name: name, code: $0) }
        }
    }

    func render() -> String {
        let swiftName = namespace.swiftName
        var out = SourceWriter()
        out.line(GeneratedHeader.line)
        out.line()
        out.block("extension \(swiftName)") { out in
            out.doc("The modeled errors of \(serviceFullName), as boto3's `client.exceptions`:")
            out.doc("`catch \(swiftName).exceptions.\(errors.first?.name ?? "SomeError") { }` (the same as a client's `exceptions`).")
            out.line("public static let exceptions = Exceptions()")
            out.line()
            out.doc("The modeled errors of `\(namespace.service)` by name, each a `ModeledError` usable as a `catch` pattern.")
            out.block("public struct Exceptions: Sendable") { out in
                out.doc("Creates the namespace (use `\(swiftName).exceptions`).")
                out.line("public init() {}")
                for error in errors {
                    out.line()
                    let codeNote = error.code == error.name ? "" : " (code `\(error.code)`)"
                    out.doc("The `\(error.name)` error\(codeNote).")
                    out.line("public var \(SwiftIdentifier.escaped(error.name)): ModeledError { "
                             + "ModeledError(serviceName: \(SwiftIdentifier.literal(namespace.service)), "
                             + "name: \(SwiftIdentifier.literal(error.name)), code: \(SwiftIdentifier.literal(error.code))) }")
                }
                out.line()
                out.doc("Every modeled error, sorted by name.")
                if errors.isEmpty {
                    out.line("public var all: [ModeledError] { [] }")
                } else {
                    out.line("public var all: [ModeledError] { [")
                    for error in errors { out.line("    \(SwiftIdentifier.escaped(error.name)),") }
                    out.line("] }")
                }
            }
        }
        return out.text
    }
}
