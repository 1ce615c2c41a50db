import CZlib
import Foundation

/// A throwaway botocore-layout folder for loader tests; removed when the test releases it.
final class TemporaryModelFolder {
    let url: URL

    init() throws {
        url = FileManager.default.temporaryDirectory
            .appendingPathComponent("model-loader-tests-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
    }

    deinit { try? FileManager.default.removeItem(at: url) }

    /// Writes `data` at `relativePath` (creating folders).
    func write(_ relativePath: String, _ data: Data) throws {
        let file = url.appendingPathComponent(relativePath)
        try FileManager.default.createDirectory(at: file.deletingLastPathComponent(), withIntermediateDirectories: true)
        try data.write(to: file)
    }

    /// Writes `text` at `relativePath`.
    func write(_ relativePath: String, _ text: String) throws {
        try write(relativePath, Data(text.utf8))
    }

    /// A minimal valid service model with one operation.
    static func serviceJSON(apiVersion: String, prefix: String, operation: String = "DoThing") -> String {
        """
        {"version":"2.0","metadata":{"apiVersion":"\(apiVersion)","endpointPrefix":"\(prefix)","protocol":"json",\
        "jsonVersion":"1.1","serviceId":"\(prefix)","signatureVersion":"v4","targetPrefix":"X"},\
        "operations":{"\(operation)":{"name":"\(operation)","http":{"method":"POST","requestUri":"/"},\
        "input":{"shape":"In"},"output":{"shape":"Out"}}},\
        "shapes":{"In":{"type":"structure","members":{"Name":{"shape":"S"}}},"Out":{"type":"structure","members":{}},\
        "S":{"type":"string"}}}
        """
    }
}

/// gzip-compresses `data` with the system zlib (tests only; the product only inflates).
func gzipCompress(_ data: Data) -> Data {
    // zlib checks that the stream stays at one address, so allocate it.
    let stream = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
    stream.initialize(to: z_stream())
    defer { stream.deallocate() }
    guard deflateInit2_(stream, Z_BEST_COMPRESSION, Z_DEFLATED, 16 + MAX_WBITS, 8, Z_DEFAULT_STRATEGY,
                        zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK else { return Data() }
    defer { deflateEnd(stream) }
    var output = [UInt8](repeating: 0, count: Int(deflateBound(stream, uLong(data.count))) + 64)
    var input = [UInt8](data)
    let produced: Int = input.withUnsafeMutableBufferPointer { inputBuffer in
        output.withUnsafeMutableBufferPointer { outputBuffer in
            stream.pointee.next_in = inputBuffer.baseAddress
            stream.pointee.avail_in = uInt(inputBuffer.count)
            stream.pointee.next_out = outputBuffer.baseAddress
            stream.pointee.avail_out = uInt(outputBuffer.count)
            guard deflate(stream, Z_FINISH) == Z_STREAM_END else { return 0 }
            return outputBuffer.count - Int(stream.pointee.avail_out)
        }
    }
    return Data(output[0..<produced])
}
