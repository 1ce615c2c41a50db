extension JMESPathParser {
    /// `[index]` or `[start:stop:step]` after `left`, the `[` consumed; a slice starts a projection.
    mutating func bracketIndex(on left: JMESPathNode, at position: Int) throws(JMESPathError) -> JMESPathNode {
        if case .number(let value) = current.kind, lookahead(1).kind != .colon {
            advance()
            try expect(.rightBracket, "']' after the index")
            return try make(.index(left, value), at: position)
        }
        var parts: [Int?] = [nil, nil, nil]
        var part = 0
        var sawNumber = false
        while current.kind != .rightBracket {
            switch current.kind {
            case .colon:
                part += 1
                sawNumber = false
                guard part < 3 else { throw unexpected(current, expecting: "']': a slice has at most three parts") }
            case .number(let value) where !sawNumber:
                parts[part] = value
                sawNumber = true
            default:
                throw unexpected(current, expecting: "a number, ':' or ']' in the slice")
            }
            advance()
        }
        let sliceEnd = current.position
        advance()
        if parts[2] == 0 {
            throw JMESPathError(.invalidValue, "a slice step cannot be 0", position: sliceEnd)
        }
        let slice = try make(.slice(left, start: parts[0], stop: parts[1], step: parts[2]), at: position)
        let right = try projectionRightSide(Self.starBindingPower)
        return try make(.listProjection(slice, right), at: position)
    }

    /// `[a, b, ...]`, the `[` consumed.
    mutating func multiSelectList() throws(JMESPathError) -> JMESPathNode {
        let start = current.position
        var elements: [JMESPathNode] = []
        while true {
            elements.append(try expression(0))
            if current.kind == .rightBracket {
                advance()
                return try make(.multiSelectList(elements), at: start)
            }
            try expect(.comma, "',' or ']' in the multi-select list")
        }
    }

    /// `{key: a, other: b, ...}`, the `{` consumed.
    mutating func multiSelectHash() throws(JMESPathError) -> JMESPathNode {
        let start = current.position
        var pairs: [(key: String, value: JMESPathNode)] = []
        while true {
            let key: String
            switch current.kind {
            case .unquotedIdentifier(let name), .quotedIdentifier(let name): key = name
            default: throw unexpected(current, expecting: "a key name in the multi-select hash")
            }
            advance()
            try expect(.colon, "':' after the key \(key)")
            pairs.append((key, try expression(0)))
            if current.kind == .rightBrace {
                advance()
                return try make(.multiSelectHash(pairs), at: start)
            }
            try expect(.comma, "',' or '}' in the multi-select hash")
        }
    }

    /// `name(arguments...)` with `name` already parsed as `left`, the `(` consumed.
    mutating func functionCall(on left: JMESPathNode, at position: Int) throws(JMESPathError) -> JMESPathNode {
        guard case .field(let name) = left.kind else {
            throw JMESPathError(.syntax, "only a function name can be called with '(...)'", position: position)
        }
        var arguments: [JMESPathNode] = []
        if current.kind == .rightParen {
            advance()
        } else {
            while true {
                arguments.append(try expression(0))
                if current.kind == .rightParen {
                    advance()
                    break
                }
                try expect(.comma, "',' or ')' in the arguments of \(name)()")
            }
        }
        let function = try JMESPathFunction.named(name, position: position)
        try function.checkArity(arguments.count, position: position)
        return try make(.function(function, arguments), at: position)
    }
}
