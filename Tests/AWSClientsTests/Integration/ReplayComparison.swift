import Foundation
@testable import AWSClients

/// Puts boto3's and Swift's results of a replay into comparable form and lists their differences.
enum ReplayComparison {
    /// `result` of `call` with `prefix` replaced by `<prefix>`, its volatile values reduced to their kind
    /// and, unless the call compares them exactly, its timestamps to `<timestamp>`.
    static func normalized(_ result: Document, call: ReplayCall, prefix: String) -> Document {
        var value = replacing(prefix, in: result)
        if !call.exactTimestamps { value = maskingTimestamps(in: value) }
        for path in call.volatile { value = masking(steps(path)[...], in: value) }
        return value
    }

    /// One line per difference (`[2].KeyMetadata.KeyState: boto3 "Enabled", Swift "Disabled"`), empty when equal.
    /// An integer and a double of the same value are equal: botocore keeps JSON numbers as the service wrote them.
    static func differences(expected: Document, actual: Document, path: String = "") -> [String] {
        switch (expected, actual) {
        case (.map(let left), .map(let right)):
            return Set(left.keys).union(right.keys).sorted().flatMap { key -> [String] in
                let child = path.isEmpty ? key : "\(path).\(key)"
                switch (left[key], right[key]) {
                case (let l?, let r?): return differences(expected: l, actual: r, path: child)
                case (let l?, nil): return ["\(child): boto3 \(render(l)), missing in Swift"]
                case (nil, let r?): return ["\(child): missing in boto3, Swift \(render(r))"]
                case (nil, nil): return []
                }
            }
        case (.list(let left), .list(let right)):
            var lines = left.count == right.count ? [] : ["\(path): boto3 has \(left.count) items, Swift \(right.count)"]
            for index in 0..<min(left.count, right.count) {
                lines += differences(expected: left[index], actual: right[index], path: "\(path)[\(index)]")
            }
            return lines
        case (.int(let l), .double(let r)) where Double(l) == r: return []
        case (.double(let l), .int(let r)) where l == Double(r): return []
        default:
            return expected == actual ? [] : ["\(path): boto3 \(render(expected)), Swift \(render(actual))"]
        }
    }

    private enum Step { case key(String), each, everyValue }

    /// `Functions[].CodeSha256` as [key Functions, each, key CodeSha256]; `[].NextToken` starts with each; `*` is every value of a map.
    private static func steps(_ path: String) -> [Step] {
        path.split(separator: ".").flatMap { part -> [Step] in
            var name = Substring(part)
            var trailing = 0
            while name.hasSuffix("[]") { name = name.dropLast(2); trailing += 1 }
            let first: [Step] = name.isEmpty ? [] : name == "*" ? [.everyValue] : [.key(String(name))]
            return first + Array(repeating: .each, count: trailing)
        }
    }

    private static func masking(_ steps: ArraySlice<Step>, in value: Document) -> Document {
        guard let step = steps.first else { return .string(kind(value)) }
        switch (step, value) {
        case (.key(let name), .map(var entries)):
            guard let child = entries[name] else { return value }
            entries[name] = masking(steps.dropFirst(), in: child)
            return .map(entries)
        case (.each, .list(let items)):
            return .list(items.map { masking(steps.dropFirst(), in: $0) })
        case (.everyValue, .map(let entries)):
            return .map(entries.mapValues { masking(steps.dropFirst(), in: $0) })
        default:
            return value
        }
    }

    /// What a volatile value is, without its content: `<string>`, `<list of 3>`, `<blob>`, ...
    static func kind(_ value: Document) -> String {
        switch value {
        case .null: return "<null>"
        case .bool: return "<bool>"
        case .int, .double: return "<number>"
        case .string: return "<string>"
        case .blob: return "<blob>"
        case .timestamp: return "<timestamp>"
        case .list(let items): return "<list of \(items.count)>"
        case .map(let entries) where entries.count == 1 && entries["$blob"] != nil: return "<blob>"
        case .map(let entries) where entries.count == 1 && entries["$timestamp"] != nil: return "<timestamp>"
        case .map(let entries): return "<map of \(entries.count)>"
        }
    }

    private static func maskingTimestamps(in value: Document) -> Document {
        switch value {
        case .map(let entries) where entries.count == 1 && entries["$timestamp"] != nil: return ["$timestamp": "<timestamp>"]
        case .map(let entries): return .map(entries.mapValues(maskingTimestamps))
        case .list(let items): return .list(items.map(maskingTimestamps))
        default: return value
        }
    }

    private static func replacing(_ prefix: String, in value: Document) -> Document {
        switch value {
        case .string(let text): return .string(text.replacingOccurrences(of: prefix, with: "<prefix>"))
        case .list(let items): return .list(items.map { replacing(prefix, in: $0) })
        case .map(let entries):
            return .map(Dictionary(entries.map { ($0.key.replacingOccurrences(of: prefix, with: "<prefix>"), replacing(prefix, in: $0.value)) },
                                   uniquingKeysWith: { first, _ in first }))
        default: return value
        }
    }

    private static func render(_ value: Document) -> String {
        let text = JSONWriter.string(value)
        return text.count > 300 ? String(text.prefix(300)) + "..." : text
    }
}
