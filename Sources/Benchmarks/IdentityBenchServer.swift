import Foundation
import Synchronization
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A loopback HTTP/1.1 server for `aws-bench sso` playing SSO `GetRoleCredentials`, SSO OIDC
/// `CreateToken` and, for any other path, a JSON service answering `{}` (SQS `ListQueues`), with
/// canned answers: one request per connection, served in turn on a background thread until `stop()`.
final class IdentityBenchServer: Sendable {
    struct Failure: Error, CustomStringConvertible {
        let description: String
    }

    let port: Int
    private let listener: Int32
    private let stopped = Mutex(false)
    private let finished = Mutex(false)
    /// Requests served, by path prefix (`/federation`, `/token`, `/` for the rest).
    let served = Mutex<[String: Int]>([:])

    var baseURL: String { "http://127.0.0.1:\(port)" }

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw Failure(description: "socket() failed: errno \(errno)") }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let named = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        guard bound == 0, named == 0, listen(fd, 64) == 0 else {
            close(fd)
            throw Failure(description: "cannot listen on 127.0.0.1: errno \(errno)")
        }
        listener = fd
        port = Int(UInt16(bigEndian: address.sin_port))
        Thread { [self] in serve() }.start()
    }

    func stop() {
        stopped.withLock { $0 = true }
        for _ in 0..<100 where !finished.withLock({ $0 }) { usleep(10_000) }
        close(listener)
    }

    private func serve() {
        defer { finished.withLock { $0 = true } }
        while !stopped.withLock({ $0 }) {
            var poller = pollfd(fd: listener, events: Int16(POLLIN), revents: 0)
            guard poll(&poller, 1, 20) > 0 else { continue }
            let client = accept(listener, nil, nil)
            guard client >= 0 else { continue }
            answer(client)
            close(client)
        }
    }

    private func answer(_ client: Int32) {
        var bytes: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 16_384)
        var expected = Int.max
        while bytes.count < expected, bytes.count < 1 << 20 {
            let count = recv(client, &buffer, buffer.count, 0)
            guard count > 0 else { break }
            bytes += buffer[0..<count]
            if expected == Int.max, let end = Self.headEnd(bytes) {
                let head = String(decoding: bytes[..<end], as: UTF8.self).lowercased()
                let length = head.components(separatedBy: "content-length:").dropFirst().first
                    .flatMap { Int($0.prefix { $0 != "\r" }.trimmingCharacters(in: .whitespaces)) } ?? 0
                expected = end + 4 + length
            }
        }
        let requestLine = String(decoding: bytes.prefix { $0 != 13 }, as: UTF8.self).split(separator: " ")
        let path = requestLine.count > 1 ? String(requestLine[1]) : "/"
        let (status, body) = route(path)
        let response = "HTTP/1.1 \(status) OK\r\nContent-Type: application/json\r\nContent-Length: \(body.utf8.count)\r\n"
            + "Connection: close\r\n\r\n" + body
        let data = Array(response.utf8)
        var sent = 0
        while sent < data.count {
            let count = data[sent...].withUnsafeBytes { send(client, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard count > 0 else { return }
            sent += count
        }
    }

    private func route(_ path: String) -> (Int, String) {
        if path.hasPrefix("/federation/credentials") {
            served.withLock { $0["/federation", default: 0] += 1 }
            let expiration = Int((Date().timeIntervalSince1970 + 3600) * 1000)
            return (200, #"{"roleCredentials":{"accessKeyId":"ASIABENCH","secretAccessKey":"bench-secret","#
                    + #""sessionToken":"bench-session","expiration":\#(expiration)}}"#)
        }
        if path == "/token" {
            served.withLock { $0["/token", default: 0] += 1 }
            return (200, #"{"accessToken":"refreshed-token","tokenType":"Bearer","expiresIn":28800,"refreshToken":"refresh-2"}"#)
        }
        served.withLock { $0["/", default: 0] += 1 }
        return (200, "{}")
    }

    private static func headEnd(_ bytes: [UInt8]) -> Int? {
        guard bytes.count >= 4 else { return nil }
        for index in 0...(bytes.count - 4) where bytes[index] == 13 && bytes[index + 1] == 10 && bytes[index + 2] == 13 && bytes[index + 3] == 10 {
            return index
        }
        return nil
    }
}
