/// An interceptor that answers calls itself, so no request is signed or sent (`AWSTesting`'s
/// `Stubber`): botocore's `before-call` handlers that return a response.
///
/// The client asks responders in order after the after-serialization stage; the first output
/// is the call's (it then runs the after-execution stage), and an error one throws (a stubbed
/// `ClientError`, a `StubError`) fails the call. A responder that returns `nil` lets the call go on.
package protocol CallResponder: ClientInterceptor {
    /// The call's output, or `nil` to let the call be sent.
    func respond(context: InterceptorContext) async throws -> Document?
}
