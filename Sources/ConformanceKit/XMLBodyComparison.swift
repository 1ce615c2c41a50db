import AWSClients
import Foundation

/// Compares XML bodies by meaning. Placeholder: exact bytes until the XML reader lands.
enum XMLBodyComparison {
    static func difference(actual: Data, expected: Data) -> String? {
        actual == expected ? nil : "'\(String(decoding: actual, as: UTF8.self))' != expected '\(String(decoding: expected, as: UTF8.self))'"
    }
}
