import Foundation
@testable import AWSResources

/// Helpers the resource scenario tests share.
enum ResourceScenario {
    /// Every element of `sequence`, in order.
    static func collect<S: AsyncSequence>(_ sequence: S) async throws -> [S.Element] {
        var items: [S.Element] = []
        for try await item in sequence { items.append(item) }
        return items
    }

    /// A name no other test run uses: `prefix` and a random suffix.
    static func uniqueName(_ prefix: String) -> String {
        "\(prefix)-\(UInt32.random(in: 0...UInt32.max))"
    }
}
