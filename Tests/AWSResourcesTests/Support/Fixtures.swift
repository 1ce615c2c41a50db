import Foundation
import Testing
@testable import AWSResources

/// Test fixtures shipped with this target.
enum Fixtures {
    /// The parsed JSON fixture `name` (in `Fixtures/`).
    static func json(_ name: String) throws -> Document {
        let base = try #require(Bundle.module.resourceURL, "the test bundle has no resources")
        let data = try Data(contentsOf: base.appendingPathComponent("Fixtures").appendingPathComponent(name))
        return try JSONValue.parse(data).document
    }
}
