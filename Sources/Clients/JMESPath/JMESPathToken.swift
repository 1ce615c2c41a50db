/// One token of a JMESPath expression, with its byte offset for error messages.
struct JMESPathToken: Sendable {
    /// What the token is.
    enum Kind: Sendable, Equatable {
        case unquotedIdentifier(String)
        case quotedIdentifier(String)
        case number(Int)
        /// A backtick JSON literal or a raw string literal.
        case literal(Document)
        case dot, star, flatten, filter, current, expref, not
        case leftBracket, rightBracket, leftBrace, rightBrace, leftParen, rightParen
        case comma, colon, pipe, or, and
        case comparator(JMESPathComparator)
        case eof
    }

    let kind: Kind
    let position: Int

    /// How tightly the token binds to the expression on its left (the Pratt parser's "lbp").
    var bindingPower: Int {
        switch kind {
        case .pipe: return 1
        case .or: return 2
        case .and: return 3
        case .comparator: return 5
        case .flatten: return 9
        case .star: return 20
        case .filter: return 21
        case .dot: return 40
        case .not: return 45
        case .leftBrace: return 50
        case .leftBracket: return 55
        case .leftParen: return 60
        default: return 0
        }
    }

    /// The token as it reads in an error message.
    var spelling: String {
        switch kind {
        case .unquotedIdentifier(let name): return "identifier '\(name)'"
        case .quotedIdentifier(let name): return "quoted identifier \"\(name)\""
        case .number(let value): return "number \(value)"
        case .literal: return "literal"
        case .dot: return "'.'"
        case .star: return "'*'"
        case .flatten: return "'[]'"
        case .filter: return "'[?'"
        case .current: return "'@'"
        case .expref: return "'&'"
        case .not: return "'!'"
        case .leftBracket: return "'['"
        case .rightBracket: return "']'"
        case .leftBrace: return "'{'"
        case .rightBrace: return "'}'"
        case .leftParen: return "'('"
        case .rightParen: return "')'"
        case .comma: return "','"
        case .colon: return "':'"
        case .pipe: return "'|'"
        case .or: return "'||'"
        case .and: return "'&&'"
        case .comparator(let op): return "'\(op.rawValue)'"
        case .eof: return "the end of the expression"
        }
    }
}

/// The comparison operators of filter expressions.
enum JMESPathComparator: String, Sendable {
    case equal = "=="
    case notEqual = "!="
    case less = "<"
    case lessOrEqual = "<="
    case greater = ">"
    case greaterOrEqual = ">="
}
