import AWSClients
import Foundation

/// Turns a suite's JSON `params` into the `Document` a caller would pass.
enum ExpectedValues {
    /// JSON numbers stay numbers (serializers accept epoch seconds for timestamps and text for
    /// blobs, as botocore does), so the conversion is structural.
    static func params(_ value: JSONValue, shape: Shape?) -> Document {
        value.document
    }
}
