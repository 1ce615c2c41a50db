import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif
import Synchronization

/// The one delegate of a `URLSessionTransport`'s session: hands each task's events to the
/// `URLSessionTaskHandler` registered for it.
///
/// `@unchecked Sendable`: its only state, the handler table, is behind a `Mutex`; URLSession calls
/// it on the session's serial delegate queue.
final class URLSessionTaskRouter: NSObject, URLSessionDataDelegate, @unchecked Sendable {
    private let handlers = Mutex<[Int: URLSessionTaskHandler]>([:])
    private let verify: TLSVerification

    init(verify: TLSVerification) {
        self.verify = verify
    }

    func register(_ handler: URLSessionTaskHandler, for identifier: Int) {
        handlers.withLock { $0[identifier] = handler }
    }

    private func handler(for task: URLSessionTask) -> URLSessionTaskHandler? {
        handlers.withLock { $0[task.taskIdentifier] }
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                    completionHandler: @escaping @Sendable (URLSession.ResponseDisposition) -> Void) {
        handler(for: dataTask)?.receive(response)
        completionHandler(.allow)
    }

    func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
        handler(for: dataTask)?.receive(data)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: (any Error)?) {
        let handler = handlers.withLock { $0.removeValue(forKey: task.taskIdentifier) }
        handler?.complete(response: task.response, error: error)
    }

    /// Redirects go back to the caller, as in botocore (S3 answers 301/307 for a wrong region).
    func urlSession(_ session: URLSession, task: URLSessionTask, willPerformHTTPRedirection response: HTTPURLResponse,
                    newRequest request: URLRequest, completionHandler: @escaping @Sendable (URLRequest?) -> Void) {
        completionHandler(nil)
    }

    func urlSession(_ session: URLSession, task: URLSessionTask,
                    needNewBodyStream completionHandler: @escaping @Sendable (InputStream?) -> Void) {
        completionHandler(handler(for: task)?.makeBodyStream())
    }

    func urlSession(_ session: URLSession, task: URLSessionTask, didReceive challenge: URLAuthenticationChallenge,
                    completionHandler: @escaping @Sendable (URLSession.AuthChallengeDisposition, URLCredential?) -> Void) {
        #if !canImport(FoundationNetworking)
        if verify == .disabled, challenge.protectionSpace.authenticationMethod == NSURLAuthenticationMethodServerTrust,
           let trust = challenge.protectionSpace.serverTrust {
            completionHandler(.useCredential, URLCredential(trust: trust))
            return
        }
        #endif
        completionHandler(.performDefaultHandling, nil)
    }
}
