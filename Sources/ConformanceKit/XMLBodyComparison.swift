import AWSClients
import Foundation

/// Compares XML bodies by meaning, as botocore's runner does with canonicalized trees: element
/// names, attributes as sets, children in order and trimmed text must match; formatting and
/// attribute order do not matter.
enum XMLBodyComparison {
    /// `nil` when they match, else the path of the first difference and what differs.
    static func difference(actual: Data, expected: Data) -> String? {
        let actualRoot: XMLTree.Element
        let expectedRoot: XMLTree.Element
        do {
            expectedRoot = try XMLReader.parse(expected)
        } catch {
            return actual == expected ? nil : "expected body is not XML (\(error)) and differs: '\(String(decoding: actual, as: UTF8.self))'"
        }
        do {
            actualRoot = try XMLReader.parse(actual)
        } catch {
            return "not valid XML (\(error)): '\(String(decoding: actual, as: UTF8.self))'"
        }
        return difference(actualRoot, expectedRoot, path: "/" + expectedRoot.name)
    }

    /// The first difference between two elements, `path` naming where they are.
    static func difference(_ actual: XMLTree.Element, _ expected: XMLTree.Element, path: String) -> String? {
        if actual.name != expected.name { return "\(path): element <\(actual.name)>, expected <\(expected.name)>" }
        let actualAttributes = Dictionary(actual.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        let expectedAttributes = Dictionary(expected.attributes.map { ($0.name, $0.value) }, uniquingKeysWith: { first, _ in first })
        if actualAttributes != expectedAttributes {
            return "\(path): attributes \(render(actualAttributes)), expected \(render(expectedAttributes))"
        }
        let actualText = trimmed(actual.text), expectedText = trimmed(expected.text)
        if actualText != expectedText { return "\(path): text '\(actualText)', expected '\(expectedText)'" }
        if actual.children.count != expected.children.count {
            let names = { (element: XMLTree.Element) in element.children.map(\.name).joined(separator: ", ") }
            return "\(path): \(actual.children.count) children [\(names(actual))], expected \(expected.children.count) [\(names(expected))]"
        }
        for (index, pair) in zip(actual.children, expected.children).enumerated() {
            if let difference = difference(pair.0, pair.1, path: "\(path)/\(pair.1.name)[\(index + 1)]") {
                return matchesInAnyOrder(actual.children, expected.children) ? nil : difference
            }
        }
        return nil
    }

    /// Map entries come out in the order of a Swift dictionary, not the suite's JSON order, so
    /// structured siblings (entries, flattened maps) may match in another order; scalar siblings
    /// (list items) must keep theirs.
    static func matchesInAnyOrder(_ actual: [XMLTree.Element], _ expected: [XMLTree.Element]) -> Bool {
        var unused = Array(actual.indices)
        for (index, wanted) in expected.enumerated() {
            if wanted.children.isEmpty {
                guard index < actual.count, difference(actual[index], wanted, path: "") == nil,
                      let position = unused.firstIndex(of: index) else { return false }
                unused.remove(at: position)
                continue
            }
            guard let position = unused.firstIndex(where: { !actual[$0].children.isEmpty && difference(actual[$0], wanted, path: "") == nil })
            else { return false }
            unused.remove(at: position)
        }
        return unused.isEmpty
    }

    static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    static func render(_ attributes: [String: String]) -> String {
        "{" + attributes.keys.sorted().map { "\($0)=\"\(attributes[$0] ?? "")\"" }.joined(separator: " ") + "}"
    }
}
