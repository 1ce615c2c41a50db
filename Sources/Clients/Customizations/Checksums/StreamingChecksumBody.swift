import Foundation
import Synchronization

/// Checks a streamed response body against the service's `x-amz-checksum-*` header as its bytes
/// pass to the reader (botocore's `StreamingChecksumBody`): the returned body ends with
/// `ResponseChecksumError` instead of a normal end when the digest of everything read differs.
/// Back-pressure and cancellation pass through both ways.
enum StreamingChecksumBody {
    static func validating(_ source: HTTPResponseBody, algorithm: ChecksumAlgorithm, expected: String) -> HTTPResponseBody {
        let demand = DemandSignal()
        let output = HTTPResponseBody(onDemand: { demand.signal() }, onCancel: {
            source.cancel()
            demand.signal()
        })
        // The pump holds the reader's body weakly: a reader that drops it cancels the source.
        Task { [weak output] in
            var hasher = algorithm.makeHasher()
            do {
                for try await chunk in source {
                    hasher.update(data: chunk)
                    while true {
                        guard let accepted = Self.offer(chunk, to: output) else {
                            source.cancel()
                            return
                        }
                        if accepted { break }
                        await demand.wait()
                    }
                }
            } catch {
                output?.finish(throwing: error)
                return
            }
            let actual = hasher.finalize()
            if Data(base64Encoded: expected) != actual.data {
                output?.finish(throwing: ResponseChecksumError(checksum: algorithm.headerName, expected: expected, actual: actual.base64String))
            } else {
                output?.finish()
            }
        }
        return output
    }

    /// Offers `chunk` to the reader's body: whether it took it, `nil` when the reader is gone or
    /// cancelled. A function of its own, so the strong reference ends before the pump waits.
    private static func offer(_ chunk: Data, to output: HTTPResponseBody?) -> Bool? {
        guard let output, !output.isCancelled else { return nil }
        return output.offer(chunk)
    }

    /// The checksum a streamed response of `operation` is checked against, as
    /// `FlexibleResponseChecksumValidation` picks it; `nil` when the call did not ask for one.
    static func expectedChecksum(operation: OperationModel, params: Document, headers: HTTPHeaders) -> (ChecksumAlgorithm, String)? {
        guard let trait = operation.httpChecksum, let member = trait.requestValidationModeMember,
              let mode = params[member], !mode.isNull else { return nil }
        let listed = Set(trait.responseAlgorithms.map { $0.lowercased() })
        for algorithm in ChecksumAlgorithm.responsePriority where listed.contains(algorithm.rawValue) {
            // Composite checksums of multipart objects (`...-3`) are not checksums of the body.
            guard let expected = headers[algorithm.headerName], !expected.contains("-") else { continue }
            return (algorithm, expected)
        }
        return nil
    }
}

/// A sticky wake-up: `wait()` returns at once if `signal()` came first.
final class DemandSignal: Sendable {
    private struct State {
        var signalled = false
        var waiter: CheckedContinuation<Void, Never>?
    }
    private let state = Mutex(State())

    func signal() {
        let waiter = state.withLock { state -> CheckedContinuation<Void, Never>? in
            if let waiter = state.waiter {
                state.waiter = nil
                return waiter
            }
            state.signalled = true
            return nil
        }
        waiter?.resume()
    }

    func wait() async {
        await withCheckedContinuation { (continuation: CheckedContinuation<Void, Never>) in
            let ready = state.withLock { state -> Bool in
                if state.signalled {
                    state.signalled = false
                    return true
                }
                state.waiter = continuation
                return false
            }
            if ready { continuation.resume() }
        }
    }
}
