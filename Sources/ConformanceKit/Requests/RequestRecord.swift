import AWSClients
import Foundation

/// One case's outcome on this SDK's side as a JSON line, in the layout botocore_requests.py
/// writes botocore's: `{"id", "outcome": "request", "request": {method, url, headers, body_b64}}`
/// or `{"id", "outcome": "rejected", "error_type", "message"}`.
enum RequestRecord {
    /// The line for a captured request; headers keep their order and spelling.
    static func request(id: String, _ request: HTTPRequest) throws -> String {
        let headers = JSONValue.array(request.headers.map { .array([.string($0.name), .string($0.value)]) })
        let record = JSONValue.object(JSONObject([
            ("id", .string(id)),
            ("outcome", .string("request")),
            ("request", .object(JSONObject([
                ("method", .string(request.method)),
                ("url", .string(request.url.absoluteString)),
                ("headers", headers),
                ("body_b64", .string(try body(request.body).base64EncodedString())),
            ]))),
        ]))
        return line(record)
    }

    /// The line for a call this SDK refused (or that failed before reaching the transport).
    static func rejected(id: String, error: any Error) -> String {
        line(.object(JSONObject([
            ("id", .string(id)),
            ("outcome", .string("rejected")),
            ("error_type", .string(String(describing: type(of: error)))),
            ("message", .string(String(describing: error))),
        ])))
    }

    private static func line(_ value: JSONValue) -> String {
        var text = ""
        JSONWriter.write(value, to: &text)
        return text + "\n"
    }

    private static func body(_ body: HTTPBody) throws -> Data {
        switch body {
        case .empty: return Data()
        case .data(let data): return data
        case .file(let url): return try Data(contentsOf: url)
        case .fileSegment(let url, let offset, let length):
            let handle = try FileHandle(forReadingFrom: url)
            defer { try? handle.close() }
            try handle.seek(toOffset: UInt64(offset))
            return try handle.read(upToCount: Int(length)) ?? Data()
        case .awsChunked(let chunked): return try chunked.encodedData()
        }
    }
}
