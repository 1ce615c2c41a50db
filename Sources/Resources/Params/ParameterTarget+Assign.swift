extension ParameterTarget {
    /// Writes `value` at this target inside `params`, creating maps and lists on the way, as boto3's
    /// `build_param_structure`: `Foo[]` appends, `Foo[*]` uses `index` (a batch item's position),
    /// `Foo[2]` a fixed position; a position beyond the end pads the list with empty maps. As in
    /// boto3, a position chosen by one part carries over to later `[*]` parts.
    public func assign(_ value: Document, in params: inout Document, index: Int? = nil) {
        var position = index
        Self.assign(value, segments: segments[...], in: &params, position: &position)
    }

    private static func assign(_ value: Document, segments: ArraySlice<Segment>, in node: inout Document, position: inout Int?) {
        guard let segment = segments.first else { return }
        let rest = segments.dropFirst()
        if node.dictionary == nil { node = .map([:]) }
        switch segment {
        case .key(let name):
            if rest.isEmpty {
                node[name] = value
            } else {
                var child = node[name] ?? .map([:])
                node[name] = nil
                assign(value, segments: rest, in: &child, position: &position)
                node[name] = child
            }
        case .element(let name, let kind):
            switch kind {
            case .literal(let fixed): position = fixed
            case .append: position = nil
            case .current: break
            }
            var list = node[name]?.array ?? []
            node[name] = nil
            let at = position ?? list.count
            position = at
            while list.count <= at { list.append(.map([:])) }
            if rest.isEmpty {
                list[at] = value
            } else {
                var child = list[at]
                list[at] = .null
                assign(value, segments: rest, in: &child, position: &position)
                list[at] = child
            }
            node[name] = .list(list)
        }
    }
}
