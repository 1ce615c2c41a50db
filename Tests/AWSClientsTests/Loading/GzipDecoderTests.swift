import Foundation
import Testing
@testable import AWSClients

@Suite struct GzipDecoderTests {
    let text = Data(String(repeating: "{\"shapes\":{\"A\":{\"type\":\"string\"}}}", count: 2000).utf8)

    @Test func inflatesWhatZlibDeflated() throws {
        let compressed = gzipCompress(text)
        #expect(compressed.count > 0 && compressed.count < text.count / 10)
        #expect(try GzipDecoder.decompress(compressed) == text)
    }

    @Test func inflatesConcatenatedMembers() throws {
        let first = Data("hello ".utf8), second = Data("world".utf8)
        #expect(try GzipDecoder.decompress(gzipCompress(first) + gzipCompress(second)) == Data("hello world".utf8))
    }

    @Test(arguments: [
        ("empty", Data()),
        ("not gzip", Data("{\"plain\": \"json\"}".utf8)),
        ("gzip magic then garbage", Data([0x1F, 0x8B, 0x08, 0x00, 0xFF, 0xFF, 0x00, 0x01, 0x02, 0x03, 0x04])),
    ])
    func rejectsCorruptInput(name: String, data: Data) {
        #expect(throws: GzipDecoder.Failure.self, "case \(name)") { try GzipDecoder.decompress(data) }
    }

    @Test func rejectsTruncatedStream() {
        let compressed = gzipCompress(text)
        let truncated = compressed.prefix(compressed.count / 2)
        let failure = #expect(throws: GzipDecoder.Failure.self) { try GzipDecoder.decompress(Data(truncated)) }
        #expect(failure?.reason.contains("truncated") == true)
    }

    @Test func rejectsBadChecksum() {
        var compressed = gzipCompress(text)
        compressed[compressed.count - 6] ^= 0xFF   // inside the CRC-32 trailer
        #expect(throws: GzipDecoder.Failure.self) { try GzipDecoder.decompress(compressed) }
    }

    @Test func rejectsTrailingGarbage() {
        let data = gzipCompress(text) + Data("garbage!".utf8)
        #expect(throws: GzipDecoder.Failure.self) { try GzipDecoder.decompress(data) }
    }

    @Test func boundsTheOutput() {
        let failure = #expect(throws: GzipDecoder.Failure.self) {
            try GzipDecoder.decompress(gzipCompress(text), limit: 1000)
        }
        #expect(failure?.reason.contains("limit of 1000 bytes") == true)
    }
}
