import Foundation
@testable import AWSClients
import AWSTesting

/// Shared inputs of the presigning tests: the same credentials and frozen time given to botocore
/// when the expected values were generated.
///
/// The expected values come from boto3/botocore 1.43.11, printed by a short python3 script with
/// this setup:
/// ```python
/// FROZEN = datetime.datetime(2026, 5, 17, 12, 34, 56, 789000)      # naive UTC
/// botocore.auth.get_current_datetime = lambda *a, **k: FROZEN
/// botocore.signers.get_current_datetime = lambda *a, **k: FROZEN
/// session = boto3.Session(aws_access_key_id=KEY, aws_secret_access_key=SECRET,
///                         aws_session_token=TOKEN or None, region_name=REGION)
/// s3 = session.client("s3", config=Config(signature_version="s3v4", s3={...}), endpoint_url=...)
/// s3.generate_presigned_url(...); s3.generate_presigned_post(...)
/// ```
/// (`signature_version="s3v4"` because botocore presigns S3 with SigV2 by default; this SDK always
/// uses SigV4.)
enum PresignFixtures {
    static let accessKey = "AKIDEXAMPLE"
    static let secretKey = "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY"
    static let token = "FQoGZXIvYXdzEXAMPLE/token+=="
    /// 2026-05-17T12:34:56.789Z.
    static let date = Date(timeIntervalSince1970: 1_779_021_296.789)

    /// A client of `service` with fixed credentials whose transport fails the test if used.
    static func client(_ service: String, region: String = "us-west-2", token: String? = nil, endpointURL: String? = nil,
                       config: Config? = nil) throws -> Client {
        let credentials = Credentials(accessKeyID: accessKey, secretAccessKey: secretKey, sessionToken: token)
        let transport = StubTransport { request in
            throw HTTPTransportError(.connectionFailed, url: request.url.absoluteString, underlying: "presigning must not send requests")
        }
        let session = try Session(region: region, credentials: credentials, environment: TestClients.environment, transport: transport)
        return try session.client(service, endpointURL: endpointURL, config: config)
    }
}
