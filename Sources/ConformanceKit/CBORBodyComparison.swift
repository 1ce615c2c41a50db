import AWSClients
import Foundation

/// Compares CBOR bodies by meaning: both are decoded and compared as values, so definite and
/// indefinite lengths, integer and float widths, and map key order do not matter. Numbers compare
/// by value (`1`, `1.0` and `1.0_1` are equal, NaN equals NaN), as botocore's test runner compares
/// the Python values its parser produces; `null` and `undefined` are equal.
enum CBORBodyComparison {
    /// `nil` when the bodies mean the same, else the first differing path and both values.
    static func difference(actual: Data, expected: Data) -> String? {
        let decoder = CBORDecoder()
        let actualValue: CBORValue
        let expectedValue: CBORValue
        do { actualValue = try decoder.decode(actual) } catch { return "actual body is not valid CBOR: \(error)" }
        do { expectedValue = try decoder.decode(expected) } catch { return "expected body is not valid CBOR: \(error)" }
        return difference(actualValue, expectedValue, path: "$")
    }

    /// `nil` when the items mean the same, else where and how they differ.
    static func difference(_ actual: CBORValue, _ expected: CBORValue, path: String) -> String? {
        switch (actual, expected) {
        case (.map(let actualEntries), .map(let expectedEntries)):
            for entry in expectedEntries where !actualEntries.contains(where: { isEquivalent($0.key, entry.key) }) {
                return "\(join(path, entry.key)): missing (expected \(entry.value))"
            }
            for entry in actualEntries where !expectedEntries.contains(where: { isEquivalent($0.key, entry.key) }) {
                return "\(join(path, entry.key)): unexpected \(entry.value)"
            }
            if actualEntries.count != expectedEntries.count {
                return "\(path): \(actualEntries.count) map entries, expected \(expectedEntries.count) (a key is repeated)"
            }
            for entry in expectedEntries {
                guard let match = actualEntries.first(where: { isEquivalent($0.key, entry.key) }) else { continue }
                if let difference = difference(match.value, entry.value, path: join(path, entry.key)) { return difference }
            }
            return nil
        case (.array(let actualElements), .array(let expectedElements)):
            guard actualElements.count == expectedElements.count else {
                return "\(path): \(actualElements.count) elements, expected \(expectedElements.count): \(actual) != expected \(expected)"
            }
            for (index, pair) in zip(actualElements, expectedElements).enumerated() {
                if let difference = difference(pair.0, pair.1, path: "\(path)[\(index)]") { return difference }
            }
            return nil
        case (.tagged(let actualTag, let actualInner), .tagged(let expectedTag, let expectedInner)):
            guard actualTag == expectedTag else { return "\(path): tag \(actualTag), expected tag \(expectedTag)" }
            return difference(actualInner, expectedInner, path: "\(path)<tag \(actualTag)>")
        case (.null, .undefined), (.undefined, .null):
            return nil
        default:
            if let actualNumber = actual.number, let expectedNumber = expected.number {
                return numbersEqual(actual, actualNumber, expected, expectedNumber) ? nil : "\(path): \(actual) != expected \(expected)"
            }
            return actual == expected ? nil : "\(path): \(actual) != expected \(expected)"
        }
    }

    private static func numbersEqual(_ actual: CBORValue, _ actualNumber: Double,
                                     _ expected: CBORValue, _ expectedNumber: Double) -> Bool {
        switch (actual, expected) {
        case (.unsigned, .unsigned), (.negative, .negative), (.unsigned, .negative), (.negative, .unsigned):
            return actual == expected
        default:
            return actualNumber == expectedNumber || (actualNumber.isNaN && expectedNumber.isNaN)
        }
    }

    private static func isEquivalent(_ lhs: CBORValue, _ rhs: CBORValue) -> Bool {
        difference(lhs, rhs, path: "") == nil
    }

    private static func join(_ path: String, _ key: CBORValue) -> String {
        if case .text(let text) = key { return "\(path).\(text)" }
        return "\(path)[\(key)]"
    }
}
