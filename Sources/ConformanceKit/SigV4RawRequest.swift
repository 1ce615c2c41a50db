import AWSClients
import Foundation

/// A raw HTTP/1.1 request as the SigV4 test suite writes it (`.req`, `.sreq`): request line,
/// header lines (repeated names kept, folded continuation lines joined with one space), a blank
/// line, then the body.
public struct SigV4RawRequest: Sendable, Equatable {
    /// `GET`, `POST`, ...
    public var method: String
    /// The request target as written (`/path?query`), not necessarily valid URL syntax.
    public var target: String
    /// Header fields in order, names as written, values with surrounding whitespace removed.
    public var headers: [(name: String, value: String)]
    /// The bytes after the blank line.
    public var body: Data

    /// Parses the text of a `.req` or `.sreq` file.
    public init(parsing data: Data) throws {
        var text = String(decoding: data, as: UTF8.self)
        text = text.replacingOccurrences(of: "\r\n", with: "\n")
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        guard let requestLine = lines.popFirst(),
              let firstSpace = requestLine.firstIndex(of: " "),
              let lastSpace = requestLine.lastIndex(of: " "), firstSpace < lastSpace else {
            throw ConformanceError("the request line must be 'METHOD TARGET HTTP/1.1'")
        }
        method = String(requestLine[..<firstSpace])
        target = String(requestLine[requestLine.index(after: firstSpace)..<lastSpace])
        headers = []
        var sawBlankLine = false
        while let line = lines.popFirst() {
            if line.isEmpty { sawBlankLine = true; break }
            if line.first == " " || line.first == "\t" {
                guard let last = headers.popLast() else {
                    throw ConformanceError("a continuation line comes before any header: '\(line)'")
                }
                headers.append((last.name, last.value + " " + Self.trimmed(line)))
                continue
            }
            guard let colon = line.firstIndex(of: ":") else {
                throw ConformanceError("header line without ':': '\(line)'")
            }
            headers.append((String(line[..<colon]), Self.trimmed(line[line.index(after: colon)...])))
        }
        body = sawBlankLine ? Data(lines.joined(separator: "\n").utf8) : Data()
    }

    /// Headers compared by lowercased name, values of one name in order, names in any order.
    public var normalizedHeaders: [String] {
        headers.enumerated()
            .map { (name: $0.element.name.lowercased(), value: $0.element.value, order: $0.offset) }
            .sorted { ($0.name, $0.order) < ($1.name, $1.order) }
            .map { "\($0.name):\($0.value)" }
    }

    /// Same method, target and body, and the same headers by `normalizedHeaders`.
    public static func == (lhs: SigV4RawRequest, rhs: SigV4RawRequest) -> Bool {
        lhs.method == rhs.method && lhs.target == rhs.target && lhs.body == rhs.body
            && lhs.normalizedHeaders == rhs.normalizedHeaders
    }

    private static func trimmed(_ text: Substring) -> String {
        String(text.drop { $0 == " " || $0 == "\t" }.reversed().drop { $0 == " " || $0 == "\t" }.reversed())
    }
}
