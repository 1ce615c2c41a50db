import CCurl
import Foundation
import Synchronization

/// The thread that drives one libcurl multi handle: it adds submitted transfers, moves bytes for
/// all of them at once (one `curl_multi_poll` over every socket), enforces read timeouts and
/// completes each transfer on its caller's continuation. Callers never block: they enqueue a
/// command and wake the thread.
///
/// Connections stay open in the multi handle's cache between requests (keep-alive), at most
/// `maxConnectionsPerHost` per host; transfers beyond that wait inside libcurl for a free one.
final class CurlEventLoop: @unchecked Sendable {
    private enum Command {
        case add(CurlTransfer)
        case cancel(CurlTransfer)
        case resumeReading(CurlTransfer)
        /// A piece of a Swift task that prefers this loop as its executor.
        case job(UnownedJob)
    }

    private struct Inbox {
        var commands: [Command] = []
        var sleeping = false
        var stopping = false
        /// Set by the loop thread as it exits: commands are no longer taken.
        var stopped = false
    }

    private let inbox = Mutex(Inbox())
    private let multi: UnsafeMutableRawPointer
    let options: HTTPTransportOptions

    // Touched only by the loop thread.
    private var active: [UnsafeMutableRawPointer: CurlTransfer] = [:]
    private var idleHandles: [CurlHandle] = []
    private var lastTimeoutScan: UInt64 = 0
    /// The monotonic time when the loop last woke (starts of transfers, timeout scans).
    private var tick: UInt64 = CurlClock.now()
    private static let idleHandleLimit = 64
    /// The loop thread, once it runs.
    private let loopThread = Mutex<pthread_t?>(nil)
    /// Set once the loop has released its connections and handles; callers of `shutdownAndWait`
    /// wait here until then.
    private let released = Mutex<(done: Bool, waiters: [CheckedContinuation<Void, Never>])>((false, []))

    init(options: HTTPTransportOptions) throws {
        guard ccurl_load() != 0 else {
            throw HTTPTransportError(.connectionFailed, url: "", underlying: CurlLibrary.loadError ?? "libcurl is not available")
        }
        guard let multi = ccurl_multi_init() else {
            throw HTTPTransportError(.connectionFailed, url: "", underlying: "curl_multi_init failed")
        }
        self.multi = multi
        self.options = options
        let perHost = max(1, options.maxConnectionsPerHost)
        ccurl_multi_setopt_long(multi, Int32(CCURLMOPT_MAX_HOST_CONNECTIONS), perHost)
        ccurl_multi_setopt_long(multi, Int32(CCURLMOPT_MAXCONNECTS), max(perHost * 4, 16))
        let thread = Thread { [self] in self.run() }
        thread.name = "aws-curl-event-loop"
        thread.start()
    }

    /// Starts `transfer`; it completes through its delivery continuation (at once, failing, when
    /// the loop has stopped: the loop thread never saw it, so it is delivered from here).
    func submit(_ transfer: CurlTransfer) {
        guard !enqueue(.add(transfer)) else { return }
        transfer.finished = true
        deliver(transfer, error: HTTPTransportError(.cancelled, url: transfer.urlString, underlying: "the transport was shut down"))
    }

    /// Aborts `transfer` (its caller gets `.cancelled`) and frees its connection.
    func cancel(_ transfer: CurlTransfer) { enqueue(.cancel(transfer)) }

    /// Resumes a transfer paused because its reader's buffer was full.
    func resumeReading(_ transfer: CurlTransfer) { enqueue(.resumeReading(transfer)) }

    /// Stops the thread; transfers still running fail with `.cancelled`.
    func shutdown() {
        inbox.withLock { $0.stopping = true }
        ccurl_multi_wakeup(multi)
    }

    /// Stops the thread and returns once its connections are closed and its handles freed.
    func shutdownAndWait() async {
        shutdown()
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let done = released.withLock { released -> Bool in
                if !released.done { released.waiters.append(continuation) }
                return released.done
            }
            if done { continuation.resume() }
        }
    }

    /// Runs `job` on the loop thread between rounds of I/O (see `CurlTransport.taskExecutor`).
    func enqueue(job: UnownedJob) {
        if !enqueue(.job(job)) {
            // The loop has stopped: the task must still run, so it goes to the global pool.
            DispatchQueue.global().async { job.runSynchronously(on: self.asUnownedTaskExecutor()) }
        }
    }

    /// Hands `command` to the loop thread, waking it if it sleeps; false once the loop stops.
    @discardableResult
    private func enqueue(_ command: Command) -> Bool {
        let (accepted, wake) = inbox.withLock { inbox -> (Bool, Bool) in
            if inbox.stopped { return (false, false) }
            inbox.commands.append(command)
            let wasSleeping = inbox.sleeping
            inbox.sleeping = false
            return (true, wasSleeping)
        }
        if wake { ccurl_multi_wakeup(multi) }
        return accepted
    }

    // MARK: The loop

    /// Whether the caller runs on the loop thread.
    var isLoopThread: Bool {
        guard let thread = loopThread.withLock({ $0 }) else { return false }
        return pthread_equal(thread, pthread_self()) != 0
    }

    private func run() {
        loopThread.withLock { $0 = pthread_self() }
        var pending: [Command] = []
        var running: Int32 = 0
        while true {
            let stopping = inbox.withLock { inbox -> Bool in
                swap(&inbox.commands, &pending)
                return inbox.stopping
            }
            tick = CurlClock.now()
            for command in pending { handle(command) }
            pending.removeAll(keepingCapacity: true)
            if stopping { break }
            ccurl_multi_perform(multi, &running)
            completeFinishedTransfers()
            enforceReadTimeouts()
            let sleep = inbox.withLock { inbox -> Bool in
                guard inbox.commands.isEmpty && !inbox.stopping else { return false }
                inbox.sleeping = true
                return true
            }
            if sleep {
                var ready: Int32 = 0
                ccurl_multi_poll(multi, active.isEmpty ? 30_000 : 100, &ready)
                inbox.withLock { $0.sleeping = false }
            }
        }
        tearDown(pending: pending)
    }

    private func handle(_ command: Command) {
        switch command {
        case .add(let transfer): start(transfer)
        case .cancel(let transfer):
            guard !transfer.finished else { return }
            transfer.cancelRequested = true
            if let easy = transfer.easy, active[easy] === transfer {
                finish(transfer, error: HTTPTransportError(.cancelled, url: transfer.urlString, underlying: "task cancelled"))
            }
        case .resumeReading(let transfer):
            guard !transfer.finished, transfer.pausedForReader, let easy = transfer.easy else { return }
            transfer.pausedForReader = false
            transfer.lastActivity = tick
            ccurl_easy_pause(easy, Int32(CCURLPAUSE_CONT))
        case .job(let job):
            job.runSynchronously(on: asUnownedTaskExecutor())
        }
    }

    private func start(_ transfer: CurlTransfer) {
        if transfer.cancelRequested {
            transfer.finished = true
            deliver(transfer, error: HTTPTransportError(.cancelled, url: transfer.urlString, underlying: "task cancelled"))
            return
        }
        guard let handle = idleHandles.popLast() ?? CurlHandle(options: options) else {
            transfer.finished = true
            deliver(transfer, error: HTTPTransportError(.connectionFailed, url: transfer.urlString, underlying: "curl_easy_init failed"))
            return
        }
        do {
            try transfer.configure(handle, options: options)
        } catch {
            recycle(handle)
            transfer.handle = nil
            transfer.finished = true
            deliver(transfer, error: error)
            return
        }
        transfer.loop = self
        transfer.startedAt = tick
        active[handle.easy] = transfer
        ccurl_multi_add_handle(multi, handle.easy)
    }

    private func completeFinishedTransfers() {
        var easy: UnsafeMutableRawPointer?
        var result: Int32 = 0
        while ccurl_multi_next_done(multi, &easy, &result) != 0 {
            guard let handle = easy, let transfer = active[handle] else { continue }
            if result == Int32(CCURLE_OK) {
                finish(transfer, error: nil)
            } else if transfer.handle?.resendWasStopped == true {
                // libcurl wanted to send the request again by itself: that attempt is the SDK's to decide.
                finish(transfer, error: HTTPTransportError(.connectionClosed, url: transfer.urlString, underlying:
                    "the reused connection was closed before any response byte arrived (libcurl's own resend was stopped, so the retry policy decides)"))
            } else {
                let error = CurlErrorMapping.error(code: result, connected: transfer.statusCode > 0 || transfer.hasConnected,
                                                   detail: transfer.errorDetail, url: transfer.urlString)
                finish(transfer, error: error)
            }
        }
    }

    /// Aborts transfers that have moved no bytes for longer than their read timeout (botocore's
    /// socket read timeout). The clock starts once the connection is up; a reader's full buffer
    /// doesn't count.
    private func enforceReadTimeouts() {
        guard !active.isEmpty else { return }
        let now = tick
        guard now &- lastTimeoutScan >= 50_000_000 else { return }
        lastTimeoutScan = now
        var expired: [CurlTransfer] = []
        for transfer in active.values where !transfer.pausedForReader {
            let limit = transfer.timeouts.read
            guard limit.isFinite, limit > 0 else { continue }
            transfer.noteProgress(at: now)
            var since = transfer.lastActivity
            if since == 0 {
                guard let connectedAt = transfer.connectedAt() else { continue }
                since = connectedAt
            }
            if now > since && Double(now - since) / 1e9 > limit { expired.append(transfer) }
        }
        for transfer in expired {
            finish(transfer, error: HTTPTransportError(.readTimeout, url: transfer.urlString,
                                                       underlying: "no response bytes for \(transfer.timeouts.read) s"))
        }
    }

    /// Ends `transfer`: releases its handle and connection, then hands the outcome to its caller.
    private func finish(_ transfer: CurlTransfer, error: (any Error)?) {
        guard !transfer.finished else { return }
        transfer.finished = true
        if let handle = transfer.handle {
            ccurl_multi_remove_handle(multi, handle.easy)
            active.removeValue(forKey: handle.easy)
            recycle(handle)
            transfer.handle = nil
        }
        deliver(transfer, error: error)
    }

    private func recycle(_ handle: CurlHandle) {
        if idleHandles.count < Self.idleHandleLimit { idleHandles.append(handle) }
    }

    private func deliver(_ transfer: CurlTransfer, error: (any Error)?) {
        let delivery = transfer.delivery
        transfer.delivery = nil
        if let body = transfer.streamBody {
            transfer.streamBody = nil
            body.finish(throwing: error)
            return
        }
        switch delivery {
        case .buffered(let continuation):
            if let error {
                continuation.resume(throwing: error)
            } else {
                continuation.resume(returning: HTTPResponse(statusCode: transfer.statusCode, headers: transfer.responseHeaders,
                                                            body: transfer.responseBody))
            }
        case .streaming(let continuation):
            if let error {
                continuation.resume(throwing: error)
            } else {
                continuation.resume(returning: HTTPStreamingResponse(statusCode: transfer.statusCode, headers: transfer.responseHeaders,
                                                                     body: HTTPResponseBody(data: transfer.responseBody)))
            }
        case nil:
            break
        }
    }

    private func tearDown(pending: [Command]) {
        let shutdownError = { (transfer: CurlTransfer) in
            HTTPTransportError(.cancelled, url: transfer.urlString, underlying: "the transport was shut down")
        }
        let late = inbox.withLock { inbox -> [Command] in
            inbox.stopped = true
            defer { inbox.commands = [] }
            return inbox.commands
        }
        for command in pending + late {
            switch command {
            case .add(let transfer) where !transfer.finished:
                transfer.finished = true
                deliver(transfer, error: shutdownError(transfer))
            case .job(let job):
                job.runSynchronously(on: asUnownedTaskExecutor())
            default:
                break
            }
        }
        for transfer in Array(active.values) { finish(transfer, error: shutdownError(transfer)) }
        idleHandles.removeAll()
        ccurl_multi_cleanup(multi)
        let waiters = released.withLock { released in
            released.done = true
            defer { released.waiters = [] }
            return released.waiters
        }
        for waiter in waiters { waiter.resume() }
    }
}

/// Tasks may prefer the loop as their executor (`withTaskExecutorPreference`): their code then
/// runs on the loop thread, and a transfer's completion resumes its caller there without waking
/// another thread.
extension CurlEventLoop: TaskExecutor {
    func enqueue(_ job: consuming ExecutorJob) {
        enqueue(job: UnownedJob(job))
    }
}
