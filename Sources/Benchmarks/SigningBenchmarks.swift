import AWSClients
import Foundation

/// CPU per signature: an ECDSA P-256 signature of a digest (RFC 6979 nonce included), a whole
/// SigV4a header signing of an S3 multi-region access point GET (canonical request, key from the
/// cache, signature, headers), and the same request signed with SigV4 for scale.
/// `scripts/bench-sigv4a` runs the awscrt equivalents from Python in the same session.
enum SigningBenchmarks {
    static func run(operations: Int, rounds: Int) async throws -> [RoundFigures] {
        let credentials = Credentials(accessKeyID: "AKIDEXAMPLE", secretAccessKey: "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY")
        let key = try SigV4aKeyDerivation.privateKey(accessKeyID: credentials.accessKeyID, secretAccessKey: credentials.secretAccessKey)
        var digest = SHA256.hash(data: Data("AWS4-ECDSA-P256-SHA256".utf8)).bytes
        let url = URL(string: "https://mfzwi23gnjvgw.mrap.accesspoint.s3-global.amazonaws.com/key.txt")!
        let date = Date(timeIntervalSince1970: 1_779_021_296)
        let sigV4a = SigV4aSigner(credentials: credentials, regionSet: "*", service: "s3",
                                  options: SigV4Options(s3: true, payloadSigning: .unsigned), key: key)
        let sigV4 = SigV4Signer(credentials: credentials, region: "us-east-1", service: "s3", options: SigV4Options(s3: true, payloadSigning: .unsigned))
        var sink = 0
        let ecdsa = await measure("ecdsa_p256_sign", operations: operations, rounds: rounds, warmup: 50) {
            let signature = key.signature(digest: digest)
            digest[0] = signature.s[31]  // a new digest each time, as each request has its own
            sink &+= Int(signature.r[0])
        }
        let headers = try await measure("sigv4a_sign_request", operations: operations, rounds: rounds, warmup: 50) {
            var request = HTTPRequest(method: "GET", url: url)
            sink &+= try sigV4a.sign(&request, date: date).authorization.utf8.count
        }
        let derivation = try await measure("sigv4a_key_derivation", operations: operations, rounds: rounds, warmup: 50) {
            sink &+= Int(try SigV4aKeyDerivation.privateKey(accessKeyID: credentials.accessKeyID,
                                                            secretAccessKey: credentials.secretAccessKey).scalar[0])
        }
        let hmac = try await measure("sigv4_sign_request", operations: operations, rounds: rounds, warmup: 50) {
            var request = HTTPRequest(method: "GET", url: url)
            sink &+= try sigV4.sign(&request, date: date).authorization.utf8.count
        }
        if sink == 42 { print("") }
        return [ecdsa, headers, derivation, hmac]
    }
}
