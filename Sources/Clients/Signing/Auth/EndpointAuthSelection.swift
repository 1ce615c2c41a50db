/// What an endpoint's `authSchemes` say about signing one request, as botocore's
/// `EndpointRulesetResolver.auth_schemes_to_signing_ctx` picks it: the signer name that
/// replaces the operation's auth type (`nil`: keep the client's), and the signing name and region.
package struct EndpointAuthSelection: Sendable, Equatable {
    /// The signer name (`v4`, `v4a`, `v4-s3express`, a requested version's own name, or `none`);
    /// `nil` when a requested version matched none of the schemes (botocore's legacy signers).
    package var authType: String?
    /// `signingName` of the chosen scheme.
    package var signingName: String?
    /// `signingRegion`, or the comma-joined `signingRegionSet`, of the chosen scheme.
    package var signingRegion: String?

    /// Picks from `schemes` (the rule set's order): `.unsigned` asked for means `none`; a version
    /// asked for in code takes the first scheme it matches (keeping its own name); else an auth
    /// scheme preference decides; else the first scheme botocore can sign with. Throws when none
    /// can be used (a SigV4a-only endpoint, for one).
    package static func select(_ schemes: [Document], requested: SignatureVersion?, preference: [String]) throws(SigningError) -> EndpointAuthSelection {
        if requested?.isUnsigned == true { return EndpointAuthSelection(authType: "none") }
        let names = schemes.map { $0["name"]?.string ?? "" }
        let stripped = names.map { stripSigPrefix($0) }
        let chosen: (name: String, index: Int)
        if let requested = requested?.name {
            guard let index = stripped.firstIndex(where: { matches(requested: requested, ruleSetName: $0) }) else {
                return EndpointAuthSelection()
            }
            chosen = (requested, index)
        } else if !preference.isEmpty {
            let shortNames = names.map(AuthSchemeTables.shortName)
            let name = try AuthSchemeTables.resolveAuthSchemePreference(preference, options: shortNames, context: "The endpoint")
            guard let index = shortNames.firstIndex(where: { stripSigPrefix($0) == name }) else {
                throw SigningError(code: .unsupportedAuth, message: "The endpoint's auth schemes (\(names.joined(separator: ", "))) have no '\(name)' scheme.")
            }
            chosen = (name, index)
        } else {
            guard let index = stripped.firstIndex(where: AuthSchemeTables.knownSigners.contains) else {
                throw AuthSchemeTables.unsupported(names, context: "The endpoint")
            }
            chosen = (stripped[index], index)
        }
        let scheme = schemes[chosen.index]
        var region = scheme["signingRegion"]?.string
        if region == nil, let set = scheme["signingRegionSet"]?.array, !set.isEmpty {
            region = set.compactMap(\.string).joined(separator: ",")
        }
        return EndpointAuthSelection(authType: chosen.name, signingName: scheme["signingName"]?.string, signingRegion: region)
    }

    /// `sigv4` → `v4`: rule sets prefix botocore's names with `sig`.
    static func stripSigPrefix(_ name: String) -> String {
        name.hasPrefix("sig") ? String(name.dropFirst(3)) : name
    }

    /// `_does_botocore_authname_match_ruleset_authname`: up to the first `-`, and without S3's
    /// `s3` prefix (`s3v4-query` matches `sigv4`; `s3` and `v2` match nothing).
    static func matches(requested: String, ruleSetName: String) -> Bool {
        var name = Substring(requested.split(separator: "-", omittingEmptySubsequences: false).first ?? "")
        if name != "s3", name.hasPrefix("s3") { name = name.dropFirst(2) }
        return stripSigPrefix(ruleSetName) == name
    }
}
