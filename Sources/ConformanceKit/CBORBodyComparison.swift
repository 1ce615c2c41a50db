import AWSClients
import Foundation

/// Compares CBOR bodies by meaning. Placeholder: exact bytes until the CBOR decoder lands.
enum CBORBodyComparison {
    static func difference(actual: Data, expected: Data) -> String? {
        actual == expected ? nil : "\(actual.base64EncodedString()) != expected \(expected.base64EncodedString())"
    }
}
