import Foundation
import Testing
@testable import AWSClients

/// The encoder writes what Python's `gzip.compress` writes (botocore's request compression).
@Suite struct GzipEncoderTests {
    /// 2026-05-17T12:34:56Z.
    private let time = Date(timeIntervalSince1970: 1_779_021_296.5)

    @Test func sameBytesAsPythonsGzipCompress() throws {
        let text = Data(String(repeating: "Action=PutMetricData&Version=2010-08-01&", count: 20).utf8)
        // python3 -c "import gzip; print(gzip.compress(text, mtime=1779021296))", base64.
        let python = "H4sIAPC1CWoC/3NMLsnMz7MNKC3xTS0pykx2SSxJVAtLLSoGiRoZGBroGljoGhiqOY6qG1U3AtUBAGrO8ckgAwAA"
        #expect(try GzipEncoder.compress(text, modificationTime: time).base64EncodedString() == python)
        #expect(try GzipEncoder.compress(Data(), modificationTime: time).base64EncodedString() == "H4sIAPC1CWoC/wMAAAAAAAAAAAA=")
    }

    @Test func piecesCompressLikeTheWhole() throws {
        var random = SystemRandomNumberGenerator()
        let data = Data((0..<300_000).map { _ in UInt8.random(in: 0...3, using: &random) })
        let encoder = try GzipEncoder(modificationTime: time)
        var offset = 0
        while offset < data.count {
            let end = min(data.count, offset + 7_777)
            try encoder.append(data.subdata(in: offset..<end))
            offset = end
        }
        let pieces = try encoder.finish()
        #expect(try GzipDecoder.decompress(pieces) == data)
        #expect(try GzipDecoder.decompress(GzipEncoder.compress(data, modificationTime: time)) == data)
    }
}
