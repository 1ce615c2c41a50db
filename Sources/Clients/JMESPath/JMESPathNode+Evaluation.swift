extension JMESPathNode {
    /// The value of this expression on `value`.
    ///
    /// Recursion follows the tree, whose depth the parser bounds; projections and chains of
    /// fields loop without recursing further.
    func evaluate(_ value: Document) throws(JMESPathError) -> Document {
        switch kind {
        case .current:
            return value
        case .field(let name):
            if case .map(let entries) = value { return entries[name] ?? .null }
            return .null
        case .literal(let literal):
            return literal
        case .subexpression(let left, let right), .pipe(let left, let right):
            return try right.evaluate(try left.evaluate(value))
        case .index(let left, let index):
            guard case .list(let elements) = try left.evaluate(value) else { return .null }
            let position = index < 0 ? elements.count + index : index
            return elements.indices.contains(position) ? elements[position] : .null
        case .slice(let left, let start, let stop, let step):
            guard case .list(let elements) = try left.evaluate(value) else { return .null }
            return .list(Self.slice(elements, start: start, stop: stop, step: step ?? 1))
        case .listProjection(let left, let right):
            guard case .list(let elements) = try left.evaluate(value) else { return .null }
            return .list(try right.project(elements))
        case .objectProjection(let left, let right):
            guard case .map(let entries) = try left.evaluate(value) else { return .null }
            return .list(try right.project(entries.values))
        case .filterProjection(let left, let condition, let right):
            guard case .list(let elements) = try left.evaluate(value) else { return .null }
            var results: [Document] = []
            for index in elements.indices where try condition.evaluate(elements[index]).isJMESPathTruthy {
                let result = try right.evaluate(elements[index])
                if !result.isNull { results.append(result) }
            }
            return .list(results)
        case .flatten(let left):
            guard case .list(let elements) = try left.evaluate(value) else { return .null }
            return .list(Self.flatten(elements))
        case .comparison(let comparator, let left, let right):
            return Document.jmesPathCompare(comparator, try left.evaluate(value), try right.evaluate(value))
        case .and(let left, let right):
            let first = try left.evaluate(value)
            return first.isJMESPathTruthy ? try right.evaluate(value) : first
        case .or(let left, let right):
            let first = try left.evaluate(value)
            return first.isJMESPathTruthy ? first : try right.evaluate(value)
        case .not(let operand):
            return .bool(!(try operand.evaluate(value).isJMESPathTruthy))
        case .multiSelectList(let nodes):
            if value.isNull { return .null }
            var results: [Document] = []
            results.reserveCapacity(nodes.count)
            for node in nodes { results.append(try node.evaluate(value)) }
            return .list(results)
        case .multiSelectHash(let pairs):
            if value.isNull { return .null }
            var results: [String: Document] = Dictionary(minimumCapacity: pairs.count)
            for pair in pairs { results[pair.key] = try pair.value.evaluate(value) }
            return .map(results)
        case .expressionReference:
            // Only functions (sort_by, map, ...) give a reference meaning; on its own it has no value.
            return .null
        case .function(let function, let arguments):
            return try function.call(arguments, on: value)
        }
    }

    /// This node (a projection's right-hand side) on each element, nulls dropped.
    ///
    /// Loops go by index: subscripting borrows each element, where `for element in` would copy
    /// (retain and release) it, a quarter of the time of `Contents[].Key`.
    private func project<Elements: Collection<Document>>(_ elements: Elements) throws(JMESPathError) -> [Document] {
        var results: [Document] = []
        switch kind {
        case .current:
            // `foo[*]` and `foo[]`: the elements themselves, minus nulls.
            if let list = elements as? [Document], !list.contains(where: \.isNull) { return list }
            results.reserveCapacity(elements.count)
            for index in elements.indices where !elements[index].isNull { results.append(elements[index]) }
        case .field(let name):
            // `Contents[].Key`, the common case: a direct lookup per element.
            results.reserveCapacity(elements.count)
            for index in elements.indices {
                if case .map(let entries) = elements[index], let found = entries[name], !found.isNull {
                    results.append(found)
                }
            }
        default:
            results.reserveCapacity(elements.count)
            for index in elements.indices {
                let result = try evaluate(elements[index])
                if !result.isNull { results.append(result) }
            }
        }
        return results
    }

    /// `elements` with list elements spliced in one level; the same array when there are none.
    static func flatten(_ elements: [Document]) -> [Document] {
        var total = 0
        var nested = false
        for element in elements {
            if case .list(let inner) = element {
                total += inner.count
                nested = true
            } else {
                total += 1
            }
        }
        if !nested { return elements }
        var results: [Document] = []
        results.reserveCapacity(total)
        for element in elements {
            if case .list(let inner) = element { results.append(contentsOf: inner) } else { results.append(element) }
        }
        return results
    }

    /// Python's slice semantics: bounds clamp, negative values count from the end, and a negative
    /// step walks backwards (its defaults then start at the end). `step` is never 0 (the parser refuses it).
    static func slice(_ elements: [Document], start: Int?, stop: Int?, step: Int) -> [Document] {
        let count = elements.count
        func bound(_ value: Int?, default defaultValue: Int) -> Int {
            guard var value else { return defaultValue }
            if value < 0 {
                value += count
                if value < 0 { return step < 0 ? -1 : 0 }
            } else if value >= count {
                return step < 0 ? count - 1 : count
            }
            return value
        }
        let first = bound(start, default: step < 0 ? count - 1 : 0)
        let end = bound(stop, default: step < 0 ? -1 : count)
        if step == 1 { return first < end ? Array(elements[first..<end]) : [] }
        var results: [Document] = []
        var position = first
        while step > 0 ? position < end : position > end {
            results.append(elements[position])
            let (next, overflow) = position.addingReportingOverflow(step)
            if overflow { break }
            position = next
        }
        return results
    }
}
