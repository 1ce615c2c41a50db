import Foundation

/// Where one request goes and how it is signed, as endpoint resolution decides.
package struct RequestEndpoint: Sendable {
    /// Scheme, host, port and base path (`https://bucket.s3.us-east-1.amazonaws.com`).
    package var url: String
    /// Extra headers the rule set asks for.
    package var headers: [String: [String]]
    /// The endpoint's `authSchemes` in the rule set's order (`name`, `signingName`, `signingRegion`,
    /// ...); the signer picks one as botocore's `auth_schemes_to_signing_ctx` does.
    package var authSchemes: [Document]

    package init(url: String, headers: [String: [String]] = [:], authSchemes: [Document] = []) {
        self.url = url
        self.headers = headers
        self.authSchemes = authSchemes
    }

    /// The request URL: this endpoint joined with the serialized path, query and host prefix,
    /// as botocore's `_urljoin`.
    package func requestURL(for request: SerializedRequest) -> URL? {
        // Every delimiter is ASCII: search UTF-8 bytes (valid `String.Index`es), not Characters.
        let bytes = url.utf8
        var netlocStart = bytes.startIndex
        var scheme: Substring = ""
        if let colon = Self.firstSchemeSeparator(in: bytes) {
            netlocStart = bytes.index(colon, offsetBy: 3)
            scheme = url[..<netlocStart]
        }
        let slash = bytes[netlocStart...].firstIndex(of: UInt8(ascii: "/")) ?? bytes.endIndex
        let netloc = url[netlocStart..<slash]
        var basePath = url[slash...]
        var baseQuery: Substring = ""
        if let question = basePath.utf8.firstIndex(of: UInt8(ascii: "?")) {
            baseQuery = basePath[question...]
            basePath = basePath[..<question]
        }
        let uri = request.uri
        var path: String
        if uri.isEmpty || uri == "/" {
            path = basePath.isEmpty ? "/" : String(basePath)
        } else if basePath.utf8.last == UInt8(ascii: "/"), uri.utf8.first == UInt8(ascii: "/") {
            path = String(basePath.dropLast()) + uri
        } else {
            path = basePath + uri
        }
        if !baseQuery.isEmpty { path += (path.utf8.contains(UInt8(ascii: "?")) ? "&" : "") + baseQuery.dropFirst() }
        var text = String(scheme)
        text += request.hostPrefix ?? ""
        text += netloc
        text += path
        return URL(string: text)
    }

    /// The index of the first `://`.
    private static func firstSchemeSeparator(in bytes: String.UTF8View) -> String.Index? {
        var index = bytes.startIndex
        while let colon = bytes[index...].firstIndex(of: UInt8(ascii: ":")) {
            if bytes[colon...].dropFirst().starts(with: "//".utf8) { return colon }
            index = bytes.index(after: colon)
        }
        return nil
    }
}

/// Resolves the endpoint of each request (from the rule set, or a fixed URL).
package protocol EndpointProviding: Sendable {
    /// The endpoint for `operation` called with `params`.
    func endpoint(for operation: OperationModel, params: Document) throws -> RequestEndpoint
    /// The endpoint for a request that is sent (`presigning` false) or presigned, which may differ
    /// (S3 presigned URLs use the global endpoint, as botocore's), with the account of the
    /// credentials for rule sets that route by account (`AWS::Auth::AccountId`).
    func endpoint(for operation: OperationModel, params: Document, presigning: Bool, accountID: String?) throws -> RequestEndpoint
    /// Whether the rule set reads `AWS::Auth::AccountId`, so credentials must be resolved before
    /// the endpoint (as botocore's deferred `account_id` built-in does).
    var usesAccountID: Bool { get throws }
}

extension EndpointProviding {
    package func endpoint(for operation: OperationModel, params: Document, presigning: Bool, accountID: String?) throws -> RequestEndpoint {
        try endpoint(for: operation, params: params)
    }

    package var usesAccountID: Bool { false }
}

/// Signs a finished request.
package protocol RequestSigning: Sendable {
    /// Adds the signature (and date, token, payload hash headers) to `request`; returns how it signed.
    @discardableResult
    func sign(_ request: inout HTTPRequest, operation: OperationModel, endpoint: RequestEndpoint, context: SigningContext) async throws -> SigningPlan
    /// How a request of `operation` to `endpoint` is signed, or presigned.
    func plan(operation: OperationModel, endpoint: RequestEndpoint, presigning: Bool, ignoreEndpointRegion: Bool) throws -> SigningPlan
}
