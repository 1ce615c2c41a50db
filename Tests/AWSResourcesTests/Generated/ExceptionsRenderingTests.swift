import Foundation
import Testing
@testable import AWSResourceGenerator
@testable import AWSResources

/// The generated `Exceptions` namespaces: one member per modeled error, codes from the model.
@Suite struct ExceptionsRenderingTests {
    @Test func rendersEveryModeledErrorWithItsCode() throws {
        let model = try ModelLoader.shared.serviceModel("iam")
        let errors = ExceptionsRenderer.errors(of: model)
        #expect(errors.map(\.name) == IAM.exceptions.all.map(\.name))
        let text = ExceptionsRenderer(namespace: HandleNamespace(service: "iam", swiftName: "IAM"), serviceFullName: "AWS IAM",
                                      errors: errors).render()
        for error in errors {
            #expect(text.contains("public var \(error.name): ModeledError { ModeledError(serviceName: \"iam\", name: \"\(error.name)\", code: \"\(error.code)\") }"))
        }
        let renamed = try #require(errors.first { $0.code != $0.name }, "IAM has errors whose code is not their name")
        #expect(text.contains("The `\(renamed.name)` error (code `\(renamed.code)`)."))
    }
}
