import Foundation
import Testing
@testable import AWSClients

/// botocore's `StreamingBody` reading on a streamed body: `read(n)`, `chunks(size:)`, `lines()`,
/// `close()`, over bodies whose bytes arrive in pieces that cut across every boundary.
@Suite struct StreamingBodyReadingTests {
    /// A finished body holding `pieces` as its chunks.
    static func body(_ pieces: [String]) -> HTTPResponseBody {
        let body = HTTPResponseBody()
        for piece in pieces { _ = body.offer(Data(piece.utf8)) }
        body.finish()
        return body
    }

    static func text(_ data: Data) -> String { String(decoding: data, as: UTF8.self) }

    @Test func readReturnsUpToNBytesAndKeepsTheRest() async throws {
        let body = Self.body(["hello", "world", "!"])
        #expect(Self.text(try await body.read(3)) == "hel")
        #expect(Self.text(try await body.read(4)) == "lowo")
        #expect(Self.text(try await body.read(0)) == "")
        #expect(Self.text(try await body.read()) == "rld!")
        #expect(try await body.read(5).isEmpty, "at the end, read returns no bytes, as botocore's read()")
    }

    @Test func readThenIterateContinuesWhereReadStopped() async throws {
        let body = Self.body(["abcdef", "ghi"])
        #expect(Self.text(try await body.read(2)) == "ab")
        var rest = Data()
        for try await chunk in body { rest.append(chunk) }
        #expect(Self.text(rest) == "cdefghi")
    }

    @Test func chunksHaveTheAskedSize() async throws {
        let body = Self.body(["ab", "cdefg", "h", "ij"])
        var chunks: [String] = []
        for try await chunk in body.chunks(size: 4) { chunks.append(Self.text(chunk)) }
        #expect(chunks == ["abcd", "efgh", "ij"])
    }

    @Test func linesSplitAsPythonSplitlines() async throws {
        // Line ends across chunk boundaries, a \r\n cut in two, a last line without an end.
        let pieces = ["first\nsec", "ond\r", "\nthird\rfou", "rth\n\nlast"]
        var lines: [String] = []
        for try await line in Self.body(pieces).lines() { lines.append(Self.text(line)) }
        #expect(lines == ["first", "second", "third", "fourth", "", "last"])
        var kept: [String] = []
        for try await line in Self.body(pieces).lines(keepEnds: true) { kept.append(Self.text(line)) }
        #expect(kept == ["first\n", "second\r\n", "third\r", "fourth\n", "\n", "last"])
        var trailing: [String] = []
        for try await line in Self.body(["a\r"]).lines() { trailing.append(Self.text(line)) }
        #expect(trailing == ["a"])
    }

    @Test func closeStopsReading() async throws {
        let body = HTTPResponseBody()
        _ = body.offer(Data("abc".utf8))
        #expect(Self.text(try await body.read(1)) == "a")
        body.close()
        await #expect(throws: CancellationError.self) { _ = try await body.read(1) }
    }
}
