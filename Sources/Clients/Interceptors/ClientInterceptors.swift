import Synchronization

/// A client's interceptors: the session's and the `Config`'s it was made with, then those
/// attached later (a `Stubber`), shared by every copy of the client (and so by resources built
/// on it), and last the global logger when `Session.setStreamLogger` turned one on.
package final class ClientInterceptors: Sendable {
    private let configured: [any ClientInterceptor]
    private let attached = Mutex<[any ClientInterceptor & AnyObject]>([])

    init(_ configured: [any ClientInterceptor]) {
        self.configured = configured
    }

    /// The interceptors of the next call, in order (empty for most clients: one lock, no allocation).
    var current: [any ClientInterceptor] {
        var all = configured
        attached.withLock { attached in
            if !attached.isEmpty { all += attached as [any ClientInterceptor] }
        }
        if let logger = SDKLog.globalInterceptor { all.append(logger) }
        return all
    }

    /// Adds `interceptor` after the others, unless it is attached already.
    package func attach(_ interceptor: any ClientInterceptor & AnyObject) {
        attached.withLock { attached in
            if !attached.contains(where: { $0 === interceptor }) { attached.append(interceptor) }
        }
    }

    /// Removes `interceptor`, if attached.
    package func detach(_ interceptor: any ClientInterceptor & AnyObject) {
        attached.withLock { attached in attached.removeAll { $0 === interceptor } }
    }
}

extension Client {
    /// Attaches an interceptor to this client and its copies (what `Stubber.activate()` does).
    package func attach(_ interceptor: any ClientInterceptor & AnyObject) { runtime.interceptors.attach(interceptor) }

    /// Detaches an interceptor attached with `attach(_:)`.
    package func detach(_ interceptor: any ClientInterceptor & AnyObject) { runtime.interceptors.detach(interceptor) }

    /// The interceptors the client's next call runs, in order.
    public var interceptors: [any ClientInterceptor] { runtime.interceptors.current }
}
