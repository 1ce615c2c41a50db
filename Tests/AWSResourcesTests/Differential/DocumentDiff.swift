import Foundation
@testable import AWSResources

/// Field-by-field differences between two documents, as readable lines naming the path.
enum DocumentDiff {
    /// One line per difference (`s3.all[2].size: boto3 8, Swift 9`), empty when equal.
    static func differences(expected: Document, actual: Document, path: String = "$") -> [String] {
        switch (expected, actual) {
        case (.map(let left), .map(let right)):
            var lines: [String] = []
            for key in Set(left.keys).union(right.keys).sorted() {
                let child = "\(path).\(key)"
                switch (left[key], right[key]) {
                case (let l?, let r?): lines += differences(expected: l, actual: r, path: child)
                case (let l?, nil): lines.append("\(child): boto3 \(render(l)), missing in Swift")
                case (nil, let r?): lines.append("\(child): missing in boto3, Swift \(render(r))")
                case (nil, nil): break
                }
            }
            return lines
        case (.list(let left), .list(let right)):
            var lines: [String] = []
            if left.count != right.count {
                lines.append("\(path): boto3 has \(left.count) items, Swift \(right.count): boto3 \(render(expected)), Swift \(render(actual))")
            }
            for index in 0..<min(left.count, right.count) {
                lines += differences(expected: left[index], actual: right[index], path: "\(path)[\(index)]")
            }
            return lines
        default:
            return expected == actual ? [] : ["\(path): boto3 \(render(expected)), Swift \(render(actual))"]
        }
    }

    /// `value` with every string's occurrences of `prefix` replaced by `<prefix>`.
    static func replacing(_ prefix: String, in value: Document) -> Document {
        switch value {
        case .string(let text): return .string(text.replacingOccurrences(of: prefix, with: "<prefix>"))
        case .list(let items): return .list(items.map { replacing(prefix, in: $0) })
        case .map(let entries):
            return .map(Dictionary(uniqueKeysWithValues: entries.map { ($0.key.replacingOccurrences(of: prefix, with: "<prefix>"), replacing(prefix, in: $0.value)) }))
        default: return value
        }
    }

    static func render(_ value: Document) -> String {
        let text = JSONWriter.string(value)
        return text.count > 300 ? String(text.prefix(300)) + "..." : text
    }
}
