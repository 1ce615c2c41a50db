/// A Pratt (top-down operator precedence) parser from tokens to a `JMESPathNode` tree.
///
/// Both the parser's recursion and the depth of the tree it builds are bounded by
/// `maximumDepth`, so hostile expressions (`((((...`, `a[0][0][0]...`) fail with a syntax error
/// instead of exhausting the stack while parsing, evaluating or freeing the tree.
struct JMESPathParser {
    /// The deepest nesting accepted; real expressions stay far below it (the compliance suite's
    /// deepest benchmark nests about 110 levels).
    static let maximumDepth = 256

    /// Below this binding power a token ends a projection's right-hand side.
    private static let projectionStop = 10
    /// The binding power of `*`, which `[*]` and slices use for their right-hand side.
    static let starBindingPower = 20

    private let tokens: [JMESPathToken]
    private var index = 0
    private var nesting = 0

    private init(tokens: [JMESPathToken]) { self.tokens = tokens }

    /// The tree for `text`.
    static func parse(_ text: String) throws(JMESPathError) -> JMESPathNode {
        var parser = JMESPathParser(tokens: try JMESPathLexer.tokenize(text))
        let node = try parser.expression(0)
        guard parser.current.kind == .eof else { throw parser.unexpected(parser.current) }
        return node
    }

    // MARK: - Tokens

    var current: JMESPathToken { tokens[index] }

    func lookahead(_ offset: Int) -> JMESPathToken { tokens[Swift.min(index + offset, tokens.count - 1)] }

    mutating func advance() {
        if index < tokens.count - 1 { index += 1 }
    }

    mutating func expect(_ kind: JMESPathToken.Kind, _ what: String) throws(JMESPathError) {
        guard current.kind == kind else { throw unexpected(current, expecting: what) }
        advance()
    }

    func unexpected(_ token: JMESPathToken, expecting: String? = nil) -> JMESPathError {
        var message = token.kind == .eof ? "unexpected end of expression" : "unexpected \(token.spelling)"
        if let expecting { message += "; expected \(expecting)" }
        return JMESPathError(.syntax, message, position: token.position)
    }

    func make(_ kind: JMESPathNode.Kind, at position: Int) throws(JMESPathError) -> JMESPathNode {
        let node = JMESPathNode(kind)
        guard node.depth <= Self.maximumDepth else { throw tooDeep(at: position) }
        return node
    }

    private func tooDeep(at position: Int) -> JMESPathError {
        JMESPathError(.syntax, "expression nests more than \(Self.maximumDepth) levels deep; simplify it", position: position)
    }

    // MARK: - Pratt loop

    mutating func expression(_ rightBindingPower: Int) throws(JMESPathError) -> JMESPathNode {
        nesting += 1
        defer { nesting -= 1 }
        guard nesting <= Self.maximumDepth else { throw tooDeep(at: current.position) }
        let token = current
        advance()
        var left = try nud(token)
        while rightBindingPower < current.bindingPower {
            let token = current
            advance()
            left = try led(token, left)
        }
        return left
    }

    /// A token at the start of an expression.
    private mutating func nud(_ token: JMESPathToken) throws(JMESPathError) -> JMESPathNode {
        let at = token.position
        switch token.kind {
        case .literal(let value):
            return try make(.literal(value), at: at)
        case .unquotedIdentifier(let name):
            return try make(.field(name), at: at)
        case .quotedIdentifier(let name):
            if current.kind == .leftParen {
                throw JMESPathError(.syntax, "a function name cannot be quoted; write \(name)(...)", position: at)
            }
            return try make(.field(name), at: at)
        case .current:
            return .current
        case .star:
            let right = try projectionRightSide(token.bindingPower)
            return try make(.objectProjection(.current, right), at: at)
        case .filter:
            return try led(token, .current)
        case .flatten:
            let right = try projectionRightSide(token.bindingPower)
            return try make(.listProjection(try make(.flatten(.current), at: at), right), at: at)
        case .leftBrace:
            return try multiSelectHash()
        case .leftParen:
            let inner = try expression(0)
            try expect(.rightParen, "')'")
            return inner
        case .not:
            return try make(.not(try expression(token.bindingPower)), at: at)
        case .expref:
            return try make(.expressionReference(try expression(0)), at: at)
        case .leftBracket:
            switch current.kind {
            case .number, .colon:
                return try bracketIndex(on: .current, at: at)
            case .star where lookahead(1).kind == .rightBracket:
                advance()
                advance()
                let right = try projectionRightSide(Self.starBindingPower)
                return try make(.listProjection(.current, right), at: at)
            default:
                return try multiSelectList()
            }
        default:
            throw unexpected(token)
        }
    }

    /// A token following the expression `left`.
    private mutating func led(_ token: JMESPathToken, _ left: JMESPathNode) throws(JMESPathError) -> JMESPathNode {
        let at = token.position
        switch token.kind {
        case .dot:
            if current.kind == .star {
                advance()
                let right = try projectionRightSide(token.bindingPower)
                return try make(.objectProjection(left, right), at: at)
            }
            return try make(.subexpression(left, try dotRightSide(token.bindingPower)), at: at)
        case .pipe:
            return try make(.pipe(left, try expression(token.bindingPower)), at: at)
        case .or:
            return try make(.or(left, try expression(token.bindingPower)), at: at)
        case .and:
            return try make(.and(left, try expression(token.bindingPower)), at: at)
        case .comparator(let comparator):
            return try make(.comparison(comparator, left, try expression(token.bindingPower)), at: at)
        case .flatten:
            let right = try projectionRightSide(token.bindingPower)
            return try make(.listProjection(try make(.flatten(left), at: at), right), at: at)
        case .filter:
            let condition = try expression(0)
            try expect(.rightBracket, "']' to close the filter")
            let right = current.kind == .flatten ? JMESPathNode.current : try projectionRightSide(token.bindingPower)
            return try make(.filterProjection(left, condition: condition, right), at: at)
        case .leftBracket:
            switch current.kind {
            case .number, .colon:
                return try bracketIndex(on: left, at: at)
            default:
                try expect(.star, "an index, a slice or '*'")
                try expect(.rightBracket, "']'")
                let right = try projectionRightSide(Self.starBindingPower)
                return try make(.listProjection(left, right), at: at)
            }
        case .leftParen:
            return try functionCall(on: left, at: at)
        default:
            throw unexpected(token)
        }
    }

    // MARK: - Pieces

    /// What follows a projection: nothing (the elements themselves), or `.x`, `[...]`, `[?...]`.
    mutating func projectionRightSide(_ bindingPower: Int) throws(JMESPathError) -> JMESPathNode {
        if current.bindingPower < Self.projectionStop { return .current }
        switch current.kind {
        case .leftBracket, .filter:
            return try expression(bindingPower)
        case .dot:
            advance()
            return try dotRightSide(bindingPower)
        default:
            throw unexpected(current, expecting: "'.', '[' or '|' after a projection")
        }
    }

    /// What may follow a `.`: an identifier, `*`, a multi-select list or a multi-select hash.
    private mutating func dotRightSide(_ bindingPower: Int) throws(JMESPathError) -> JMESPathNode {
        switch current.kind {
        case .unquotedIdentifier, .quotedIdentifier, .star:
            return try expression(bindingPower)
        case .leftBracket:
            advance()
            return try multiSelectList()
        case .leftBrace:
            advance()
            return try multiSelectHash()
        default:
            throw unexpected(current, expecting: "an identifier, '*', '[' or '{' after '.'")
        }
    }
}
