import Synchronization

/// The HTTP transport a client sends through, held on lease from whoever made the client (its
/// session), so that `Client.close()` can give it back.
///
/// A session's clients with the same transport options share one transport, and so one
/// connection pool; when the last of them is closed the session shuts it down, closing its
/// connections. As in botocore, a closed client still works: its next request leases a transport
/// again (opening new connections).
package final class ClientTransport: Sendable {
    private let held: Mutex<(any HTTPTransport)?>
    private let lease: @Sendable () -> any HTTPTransport
    private let giveBack: @Sendable (any HTTPTransport) async -> Void

    /// A transport leased with `lease` (once now, again after each `close()`), returned with `giveBack`.
    package init(lease: @escaping @Sendable () -> any HTTPTransport,
         giveBack: @escaping @Sendable (any HTTPTransport) async -> Void) {
        self.lease = lease
        self.giveBack = giveBack
        held = Mutex(lease())
    }

    /// A transport owned elsewhere, used as it is: closing gives nothing back.
    package convenience init(fixed transport: any HTTPTransport) {
        self.init(lease: { transport }, giveBack: { _ in })
    }

    /// The transport to send the next request through.
    var current: any HTTPTransport {
        held.withLock { held in
            if let transport = held { return transport }
            let transport = lease()
            held = transport
            return transport
        }
    }

    /// Gives the transport back, if the client holds one.
    func close() async {
        guard let transport = held.withLock({ held in defer { held = nil }; return held }) else { return }
        await giveBack(transport)
    }
}
