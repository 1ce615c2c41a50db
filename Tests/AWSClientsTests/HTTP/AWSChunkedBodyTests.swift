import Foundation
import Testing
@testable import AWSClients

/// aws-chunked framing against botocore 1.43.11's `AwsChunkedWrapper`: the expected lengths and
/// SHA-256 digests of the framed bytes were computed in python3 by reading
/// `AwsChunkedWrapper(io.BytesIO(payload), checksum_cls=..., checksum_name=...)` to its end, for
/// the payload `bytes((i * 31 + 7) & 0xFF for i in range(n))`, and pasted here.
@Suite struct AWSChunkedBodyTests {
    /// The longest payload the tests use, made once (debug builds are slow at it).
    static let pattern = Data((0..<((2 << 20) + 100)).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) })

    static func payload(_ count: Int) -> Data { Data(pattern.prefix(count)) }

    static func body(_ payload: HTTPBody, _ algorithm: String) throws -> AWSChunkedBody {
        guard case .awsChunked(let chunked) = try #require(FlexibleRequestChecksum.awsChunkedBody(payload, trailer: "x-amz-checksum-" + algorithm))
        else { throw ChunkedTestError("not aws-chunked") }
        return chunked
    }

    /// (payload bytes, algorithm, framed length, SHA-256 of the framed bytes), from botocore.
    static let botocore: [(Int, String, Int, String)] = [
        (0, "crc32", 36, "34c53023f81f74c829a48a19ad4f53a293f1e263463937a86a387e02766bfeb5"),
        (0, "sha1", 55, "44e3ff2eb141ade508025d602bde7c05994d755348b5b535c6ddf61fd60af5e5"),
        (0, "sha256", 73, "201c5b4dca694d580f02f756bbb4fb12cdd96810b885742c95eea815c5aa2589"),
        (5, "crc32", 46, "5d4afee54d17f9db859160a55ae76752a552ad7e6787daa357f6f3a23fb32d7d"),
        (5, "sha1", 65, "755011da6f58014b3f7480dd1921c071180f6425087e0180a987696cfb8f3c83"),
        (5, "sha256", 83, "a91c0a43f712b2130ac8267643e45f786bee25e1005bf44e43a98f6a5a5d5652"),
        (1_048_576, "crc32", 1_048_622, "517d67a76b007d42861167600213fe0a73e33d0ee0e4056c63adf410f71c1a00"),
        (1_048_576, "sha1", 1_048_641, "16ef4c1151721e6a473dccd303fbe93217531998b954e470c25557ac267b9e30"),
        (1_048_576, "sha256", 1_048_659, "1cb970c149eb2e70e43870ceb0071defeb0140e966eaefc478f533824f732f4c"),
        (1_048_578, "crc32", 1_048_629, "e81831ce07ddd1210acac76f756a0353d24d91e63661adbd45cdae7f84605703"),
        (1_048_578, "sha1", 1_048_648, "33d9694f9ff187645d463cbbc6b060e8e67fe4729f023cb302604634e3ca8dc2"),
        (1_048_578, "sha256", 1_048_666, "619018019043d05199b667f40c1855c9fc711e6b36f3a48f9b460999d44ea422"),
        (2_097_153, "crc32", 2_097_214, "31ea06a4a01a1fa479cc2844b59e5d9c4312136864249f99c7e5ecc62d28b5fa"),
        (2_097_153, "sha1", 2_097_233, "dcac89b56924fb7add70b67cf8af6700d3c991e00368728188e64c5bb96a7551"),
        (2_097_153, "sha256", 2_097_251, "7c4bd147fedeec71858ee53e21cb8d60632a1d9313a7b5f2ad98fd4001ae079c"),
    ]

    @Test(arguments: 0..<botocore.count)
    func framesAsBotocore(_ index: Int) throws {
        let (count, algorithm, length, digest) = Self.botocore[index]
        let chunked = try Self.body(.data(Self.payload(count)), algorithm)
        let framed = try chunked.encodedData()
        #expect(framed.count == length, "\(count) bytes, \(algorithm)")
        #expect(chunked.encodedLength == Int64(length), "\(count) bytes, \(algorithm)")
        #expect(HTTPBody.awsChunked(chunked).contentLength == Int64(length))
        #expect(SHA256.hash(data: framed).hexString == digest, "\(count) bytes, \(algorithm)")
    }

    @Test func chunksAreOneMebibyteWithLowerCaseHexSizes() throws {
        let framed = try Self.body(.data(Self.payload((2 << 20) + 1)), "crc32").encodedData()
        let fullChunk = (1 << 20) + 10  // "100000\r\n", 1 MiB, "\r\n"
        #expect(framed.prefix(8) == Data("100000\r\n".utf8))
        #expect(framed[fullChunk..<(fullChunk + 8)] == Data("100000\r\n".utf8))
        #expect(framed[(2 * fullChunk)..<(2 * fullChunk + 3)] == Data("1\r\n".utf8))
        #expect(framed[(2 * fullChunk + 4)..<(2 * fullChunk + 9)] == Data("\r\n0\r\n".utf8))
        let small = AWSChunkedBody(payload: .data(Self.payload(0xAB + 1)), trailerName: "x-amz-checksum-crc32", chunkSize: 0xAB,
                                   makeHasher: { CRC32() })
        let smallFramed = try small.encodedData()
        #expect(smallFramed.prefix(4) == Data("ab\r\n".utf8))
        #expect(Int64(smallFramed.count) == small.encodedLength)
    }

    /// The same bytes whatever size of buffer the transport asks to fill: chunk heads, payload and
    /// trailer split anywhere (10-byte chunks, so every split point is crossed).
    @Test(arguments: [1, 2, 7, 13, 4096])
    func readsIntoBuffersOfAnySize(_ capacity: Int) throws {
        let chunked = AWSChunkedBody(payload: .data(Self.payload(97)), trailerName: "x-amz-checksum-sha256", chunkSize: 10,
                                     makeHasher: { SHA256() })
        let whole = try chunked.encodedData()
        #expect(whole.prefix(3) == Data("a\r\n".utf8) && whole.count > 97 + 10 * 5)
        var encoder = try chunked.makeEncoder()
        defer { encoder.close() }
        var collected = Data()
        var buffer = [UInt8](repeating: 0, count: capacity)
        var passes = 0
        while passes <= whole.count {  // bounded: every pass but the last yields at least a byte
            passes += 1
            let count = try buffer.withUnsafeMutableBytes { raw in try encoder.read(into: raw.baseAddress!, capacity: capacity) }
            if count == 0 { break }
            collected.append(contentsOf: buffer[0..<count])
        }
        #expect(collected == whole)
        #expect(encoder.isFinished)
        #expect(Int64(whole.count) == encoder.length)
        #expect(String(decoding: whole.suffix(73), as: UTF8.self)
            == "0\r\nx-amz-checksum-sha256:\(SHA256.hash(data: Self.payload(97)).base64String)\r\n\r\n")
    }

    @Test func filesAndSegmentsFrameAsTheSameBytesInMemory() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("chunked-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let payload = Self.payload((2 << 20) + 77)
        let file = folder.appendingPathComponent("payload.bin")
        try payload.write(to: file)
        let padded = folder.appendingPathComponent("padded.bin")
        try (Data("head".utf8) + payload + Data("tail".utf8)).write(to: padded)
        let expected = try Self.body(.data(payload), "crc32").encodedData()
        #expect(try Self.body(.file(file), "crc32").encodedData() == expected)
        let segment = try Self.body(.fileSegment(padded, offset: 4, length: Int64(payload.count)), "crc32")
        #expect(segment.decodedLength == Int64(payload.count))
        #expect(try segment.encodedData() == expected)
    }

    @Test func aFileThatChangedSizeSinceTheRequestWasMadeIsRefused() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("chunked-\(UUID().uuidString)")
        try Data("twelve bytes".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let chunked = try Self.body(.file(file), "crc32")
        #expect(chunked.decodedLength == 12)
        try Data("eleven byte".utf8).write(to: file)
        #expect(throws: HTTPBodyReadError.self) { _ = try chunked.encodedData() }
        try Data("thirteen byte".utf8).write(to: file)
        #expect(throws: HTTPBodyReadError.self) { _ = try chunked.encodedData() }
        try FileManager.default.removeItem(at: file)
        #expect(throws: HTTPBodyReadError.self) { _ = try chunked.encodedData() }
    }

    @Test func aSegmentBeyondTheFileEndFailsInsteadOfHanging() throws {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("chunked-\(UUID().uuidString)")
        try Data("short".utf8).write(to: file)
        defer { try? FileManager.default.removeItem(at: file) }
        let chunked = try Self.body(.fileSegment(file, offset: 2, length: 100), "crc32")
        #expect(throws: HTTPBodyReadError.self) { _ = try chunked.encodedData() }
    }

    @Test func onlySupportedTrailersFrame() {
        #expect(FlexibleRequestChecksum.awsChunkedBody(.empty, trailer: "x-amz-checksum-crc64nvme") == nil)
        #expect(FlexibleRequestChecksum.awsChunkedBody(.empty, trailer: "X-Amz-Checksum-CRC32C") != nil)
    }
}

struct ChunkedTestError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}
