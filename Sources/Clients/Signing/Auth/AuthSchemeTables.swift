/// botocore's tables of auth schemes and signer names (`auth.py`), and the two functions that pick
/// from them: `resolve_auth_type` (a model's `auth` list) and `resolve_auth_scheme_preference`.
///
/// Signer names are botocore's (`v4`, `s3v4`, `v4-query`, `v4a`, `bearer`, `none`). The set of
/// names "botocore can sign with" is botocore's with its CRT extension installed (boto3[crt]):
/// this SDK signs SigV4a itself, so SigV4a is chosen wherever botocore with the CRT chooses it
/// (an operation, service or endpoint listing it first); the signer refuses what this SDK does
/// not implement.
package enum AuthSchemeTables {
    /// `AUTH_TYPE_TO_SIGNATURE_VERSION`: model auth traits to signer names.
    static let signerByAuthTrait: [String: String] = [
        "aws.auth#sigv4": "v4",
        "aws.auth#sigv4a": "v4a",
        "smithy.api#httpBearerAuth": "bearer",
        "smithy.api#noAuth": "none",
    ]

    /// `AUTH_PREF_TO_SIGNATURE_VERSION`: preference names (the traits' part after `#`) to signer names.
    static let signerByPreferenceName: [String: String] = [
        "sigv4": "v4", "sigv4a": "v4a", "httpBearerAuth": "bearer", "noAuth": "none",
    ]

    /// `AUTH_TYPE_MAPS` with `CRT_AUTH_TYPE_MAPS`: every signer name botocore with the CRT has a signer for.
    static let knownSigners: Set<String> = [
        "v2", "v3", "v3https", "s3", "s3-query", "s3-presign-post", "s3v4-presign-post",
        "v4-s3express", "v4-s3express-query", "v4-s3express-presign-post", "bearer",
        "v4", "v4-query", "s3v4", "s3v4-query", "v4a", "s3v4a", "s3v4a-query",
    ]

    /// `S3_SIGNING_NAMES`: signing names whose SigV4 follows S3's rules (`s3v4`).
    static let s3SigningNames: Set<String> = ["s3", "s3-outposts", "s3-object-lambda", "s3express"]

    /// `resolve_auth_type`: the first trait of `traits` botocore can sign with (`none` for
    /// `smithy.api#noAuth`). Throws for a trait it does not know, or when none can be used.
    static func resolveAuthType(_ traits: [String], context: String) throws(SigningError) -> String {
        for trait in traits {
            guard let signer = signerByAuthTrait[trait] else {
                throw SigningError(code: .unsupportedAuth, message: "\(context) asks for the auth scheme '\(trait)', which this SDK "
                    + "does not know. Update the SDK, or set Config(signatureVersion:) to a version the service accepts.")
            }
            if signer == "none" || knownSigners.contains(signer) { return signer }
        }
        throw unsupported(traits, context: context)
    }

    /// `resolve_auth_scheme_preference`: the preferred names first, then the service's own order,
    /// keeping only schemes the service supports; the first botocore can sign with wins.
    static func resolveAuthSchemePreference(_ preference: [String], options: [String], context: String) throws(SigningError) -> String {
        let supported = options.map(shortName)
        var seen: Set<String> = []
        for scheme in preference + supported where supported.contains(scheme) && seen.insert(scheme).inserted {
            if scheme == "noAuth" { return "none" }
            if let signer = signerByPreferenceName[scheme], knownSigners.contains(signer) { return signer }
        }
        throw unsupported(options, context: context)
    }

    /// `aws.auth#sigv4` → `sigv4`.
    static func shortName(_ trait: String) -> String {
        trait.split(separator: "#", omittingEmptySubsequences: false).last.map(String.init) ?? trait
    }

    /// The error for a list of schemes none of which can be used.
    static func unsupported(_ schemes: [String], context: String) -> SigningError {
        let names = schemes.map(shortName).sorted().joined(separator: ", ")
        return SigningError(code: .unsupportedAuth, message: "\(context) can only be signed with \(names), "
            + "which this SDK does not support.")
    }
}
