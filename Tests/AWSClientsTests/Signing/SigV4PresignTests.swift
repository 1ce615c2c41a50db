import Foundation
import Testing
@testable import AWSClients

/// Presigned URLs checked against botocore 1.43.11. Expected URLs were produced once in python3
/// with `botocore.auth.get_current_datetime` patched to 2024-05-17 09:30:15 UTC: the first by
/// `boto3.client("s3", region_name="us-west-2", config=Config(signature_version="s3v4"))
/// .generate_presigned_url("get_object", Params={"Bucket": "examplebucket", "Key": "my folder/a+b.txt"},
/// ExpiresIn=600)`, the others by `S3SigV4QueryAuth` / `SigV4QueryAuth.add_auth` on the same
/// `AWSRequest`s as below; then pasted here.
@Suite struct SigV4PresignTests {
    static let date = Date(timeIntervalSince1970: 1_715_938_215)  // 20240517T093015Z
    static let credentials = SigV4SignerTests.credentials
    static let temporary = SigV4SignerTests.temporary

    @Test func s3GetObjectAsBoto3() throws {
        let request = HTTPRequest(method: "GET", url: try #require(URL(string: "https://examplebucket.s3.amazonaws.com/my%20folder/a%2Bb.txt")))
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-west-2", service: "s3", options: .s3)
        let url = try signer.presign(request, expiresIn: 600, date: Self.date)
        #expect(url.absoluteString == "https://examplebucket.s3.amazonaws.com/my%20folder/a%2Bb.txt"
            + "?X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20240517%2Fus-west-2%2Fs3%2Faws4_request"
            + "&X-Amz-Date=20240517T093015Z&X-Amz-Expires=600&X-Amz-SignedHeaders=host"
            + "&X-Amz-Signature=0f116d6b9141e95f7cb875b68cb11b240fd85c2ea14c6499976376b3ff008e43")
    }

    @Test func s3WithSessionTokenAndExistingQuery() throws {
        let request = HTTPRequest(method: "GET", url: try #require(URL(string: "https://examplebucket.s3.amazonaws.com/photos/my%20cat.jpg?versionId=v%2B1")))
        let signer = SigV4Signer(credentials: Self.temporary, region: "us-east-1", service: "s3", options: .s3)
        let (url, signature) = try signer.presignedURL(request, expiresIn: 3600, date: Self.date)
        #expect(signature.canonicalRequest == """
            GET
            /photos/my%20cat.jpg
            X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20240517%2Fus-east-1%2Fs3%2Faws4_request&X-Amz-Date=20240517T093015Z&X-Amz-Expires=3600&X-Amz-Security-Token=SESSION%2FTOKEN%2B%3D%3D&X-Amz-SignedHeaders=host&versionId=v%2B1
            host:examplebucket.s3.amazonaws.com

            host
            UNSIGNED-PAYLOAD
            """)
        #expect(url == "https://examplebucket.s3.amazonaws.com/photos/my%20cat.jpg?versionId=v%2B1"
            + "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20240517%2Fus-east-1%2Fs3%2Faws4_request"
            + "&X-Amz-Date=20240517T093015Z&X-Amz-Expires=3600&X-Amz-SignedHeaders=host"
            + "&X-Amz-Security-Token=SESSION%2FTOKEN%2B%3D%3D"
            + "&X-Amz-Signature=2d7642894c6a96a958a959f6cfb764ceb85219eefb426ad9ae82a3111d897cd7")
        #expect(signature.authorization.isEmpty)
    }

    @Test func formBodyMovesIntoTheQuery() throws {
        let request = HTTPRequest(method: "POST", url: try #require(URL(string: "https://sqs.us-east-1.amazonaws.com/")),
                                  headers: ["Content-Type": "application/x-www-form-urlencoded; charset=utf-8"],
                                  body: .data(Data("Action=ListQueues&Version=2012-11-05".utf8)))
        let signer = SigV4Signer(credentials: Self.credentials, region: "us-east-1", service: "sqs")
        let url = try signer.presign(request, expiresIn: 900, date: Self.date)
        #expect(url.absoluteString == "https://sqs.us-east-1.amazonaws.com/?Action=ListQueues&Version=2012-11-05"
            + "&X-Amz-Algorithm=AWS4-HMAC-SHA256&X-Amz-Credential=AKIDEXAMPLE%2F20240517%2Fus-east-1%2Fsqs%2Faws4_request"
            + "&X-Amz-Date=20240517T093015Z&X-Amz-Expires=900&X-Amz-SignedHeaders=host"
            + "&X-Amz-Signature=63dce09a46339d9295bd16849c5e6df4a941c3b89ac20eb692ec682e9cf38b77")
    }

    @Test func presignDoesNotTouchTheRequestHeaders() throws {
        let request = HTTPRequest(method: "GET", url: try #require(URL(string: "https://b.s3.amazonaws.com/k")))
        let signer = SigV4Signer(credentials: Self.temporary, region: "us-east-1", service: "s3", options: .s3)
        let url = try signer.presign(request, expiresIn: 60, date: Self.date)
        #expect(request.headers.count == 0)
        let query = try #require(URLComponents(url: url, resolvingAgainstBaseURL: false)?.queryItems)
        #expect(query.map(\.name) == ["X-Amz-Algorithm", "X-Amz-Credential", "X-Amz-Date", "X-Amz-Expires",
                                      "X-Amz-SignedHeaders", "X-Amz-Security-Token", "X-Amz-Signature"])
        #expect(query.first { $0.name == "X-Amz-Security-Token" }?.value == "SESSION/TOKEN+==")
    }
}
