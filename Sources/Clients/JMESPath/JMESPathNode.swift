/// A node of a compiled JMESPath expression's syntax tree, with the tree's depth below it.
///
/// The depth is computed as nodes are built, so the parser can refuse trees deeper than the
/// interpreter's recursion may safely go before any such tree exists.
struct JMESPathNode: Sendable {
    /// What the node does.
    indirect enum Kind: Sendable {
        /// `@`: the current value (also the implicit right side of a projection).
        case current
        /// `name` or `"name"`: a map's value, else null.
        case field(String)
        /// A backtick JSON literal or a raw string.
        case literal(Document)
        /// `left.right`: evaluates `right` on the result of `left`.
        case subexpression(JMESPathNode, JMESPathNode)
        /// `left[index]`: an element of `left`'s list (negative from the end), else null.
        case index(JMESPathNode, Int)
        /// `left[start:stop:step]`: a slice of `left`'s list, else null (always projected by the parser).
        case slice(JMESPathNode, start: Int?, stop: Int?, step: Int?)
        /// `left[*].right`, `left[].right`, `left[a:b].right`: `right` on each element, nulls dropped.
        case listProjection(JMESPathNode, JMESPathNode)
        /// `left.*.right`: `right` on each value of a map, nulls dropped.
        case objectProjection(JMESPathNode, JMESPathNode)
        /// `left[?condition].right`: `right` on each element where `condition` is truthy.
        case filterProjection(JMESPathNode, condition: JMESPathNode, JMESPathNode)
        /// `left[]`: the list with list elements spliced in one level.
        case flatten(JMESPathNode)
        /// `left == right` and the other comparators.
        case comparison(JMESPathComparator, JMESPathNode, JMESPathNode)
        /// `left && right`.
        case and(JMESPathNode, JMESPathNode)
        /// `left || right`.
        case or(JMESPathNode, JMESPathNode)
        /// `!operand`.
        case not(JMESPathNode)
        /// `left | right`: stops any projection on the left.
        case pipe(JMESPathNode, JMESPathNode)
        /// `[a, b]`.
        case multiSelectList([JMESPathNode])
        /// `{k: a, l: b}`.
        case multiSelectHash([(key: String, value: JMESPathNode)])
        /// `&expression`: passed unevaluated to functions such as `sort_by`.
        case expressionReference(JMESPathNode)
        /// `name(arguments...)`, the function resolved and its arity checked at compile time.
        case function(JMESPathFunction, [JMESPathNode])
    }

    let kind: Kind
    /// 1 for a leaf; 1 + the deepest child otherwise.
    let depth: Int

    init(_ kind: Kind) {
        self.kind = kind
        var deepest = 0
        switch kind {
        case .current, .field, .literal: break
        case .index(let node, _), .slice(let node, _, _, _), .flatten(let node), .not(let node),
             .expressionReference(let node):
            deepest = node.depth
        case .subexpression(let left, let right), .listProjection(let left, let right),
             .objectProjection(let left, let right), .comparison(_, let left, let right),
             .and(let left, let right), .or(let left, let right), .pipe(let left, let right):
            deepest = Swift.max(left.depth, right.depth)
        case .filterProjection(let left, let condition, let right):
            deepest = Swift.max(left.depth, condition.depth, right.depth)
        case .multiSelectList(let nodes), .function(_, let nodes):
            for node in nodes { deepest = Swift.max(deepest, node.depth) }
        case .multiSelectHash(let pairs):
            for pair in pairs { deepest = Swift.max(deepest, pair.value.depth) }
        }
        depth = deepest + 1
    }

    static let current = JMESPathNode(.current)
}
