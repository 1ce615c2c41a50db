import CCurl
import Foundation

/// libcurl's header callback: one whole header line per call.
let curlHeaderCallback: ccurl_data_callback = { buffer, size, count, context in
    guard let buffer, let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    let length = size * count
    transfer.receiveHeaderLine(UnsafeRawBufferPointer(start: buffer, count: length))
    return length
}

/// libcurl's write callback: response body bytes.
let curlWriteCallback: ccurl_data_callback = { buffer, size, count, context in
    guard let buffer, let context else { return 0 }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    return transfer.receiveBody(UnsafeRawBufferPointer(start: buffer, count: size * count))
}

/// libcurl's read callback: request body bytes.
let curlReadCallback: ccurl_data_callback = { buffer, size, count, context in
    guard let buffer, let context else { return CCURL_READFUNC_ABORT }
    let transfer = Unmanaged<CurlTransfer>.fromOpaque(context).takeUnretainedValue()
    return transfer.requestBody.read(into: buffer, capacity: size * count) ?? CCURL_READFUNC_ABORT
}

extension CurlTransfer {
    /// Records a status line or a header; the blank line ends a response head.
    func receiveHeaderLine(_ line: UnsafeRawBufferPointer) {
        var end = line.count
        while end > 0 && (line[end - 1] == 13 || line[end - 1] == 10) { end -= 1 }
        if end == 0 {
            if statusCode >= 200 { headersComplete() }
            return
        }
        if end > 5 && line[0] == 72 && line[1] == 84 && line[2] == 84 && line[3] == 80 && line[4] == 47 { // "HTTP/"
            // A new response head: a 100 Continue, or the final one after it.
            statusCode = Self.statusCode(in: UnsafeRawBufferPointer(rebasing: line[0..<end]))
            responseHeaders = HTTPHeaders()
            return
        }
        if line[0] == 32 || line[0] == 9 {
            // An obsolete folded continuation line: part of the previous header's value.
            let continuation = Self.trimmed(UnsafeRawBufferPointer(rebasing: line[0..<end]))
            if let last = responseHeaders.last {
                responseHeaders.setLastValue(last.value + " " + continuation)
            }
            return
        }
        guard let colon = line[0..<end].firstIndex(of: 58) else { return }
        let name = String(decoding: UnsafeRawBufferPointer(rebasing: line[0..<colon]), as: UTF8.self)
        let value = Self.trimmed(UnsafeRawBufferPointer(rebasing: line[(colon + 1)..<end]))
        responseHeaders.add(name: name, value: value)
        if statusCode >= 200, !isStreaming, responseBody.isEmpty, name.caseInsensitiveEquals("content-length"),
           let length = Int(value), length > 0 {
            responseBody.reserveCapacity(min(length, 8 << 20))
        }
    }

    /// Takes body bytes: into memory, or to the streaming reader (pausing while its buffer is full).
    func receiveBody(_ bytes: UnsafeRawBufferPointer) -> Int {
        if finished || cancelRequested { return 0 }
        guard isStreaming else {
            responseBody.append(contentsOf: bytes)
            return bytes.count
        }
        // A reader that cancelled or dropped the body: abort (the cancel command is on its way).
        guard let streamBody, !streamBody.isCancelled else { return 0 }
        if streamBody.offer(Data(bytes)) { return bytes.count }
        pausedForReader = true
        return CCURL_WRITEFUNC_PAUSE
    }

    private static func statusCode(in line: UnsafeRawBufferPointer) -> Int {
        guard let space = line.firstIndex(of: 32) else { return 0 }
        var code = 0
        var index = space + 1
        while index < line.count && index < space + 4 {
            let digit = Int(line[index]) - 48
            guard digit >= 0 && digit <= 9 else { return 0 }
            code = code * 10 + digit
            index += 1
        }
        return code
    }

    private static func trimmed(_ bytes: UnsafeRawBufferPointer) -> String {
        var start = 0
        var end = bytes.count
        while start < end && (bytes[start] == 32 || bytes[start] == 9) { start += 1 }
        while end > start && (bytes[end - 1] == 32 || bytes[end - 1] == 9) { end -= 1 }
        return String(decoding: UnsafeRawBufferPointer(rebasing: bytes[start..<end]), as: UTF8.self)
    }
}
