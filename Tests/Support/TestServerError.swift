/// A server or tool the tests need could not be started; the message says why and what to install.
package struct TestServerError: Error, CustomStringConvertible {
    /// What went wrong and what to do.
    package let message: String
    /// The message.
    package var description: String { message }

    /// Creates an error with `message`.
    package init(_ message: String) {
        self.message = message
    }
}
