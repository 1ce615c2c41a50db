import Foundation
import Testing
@testable import AWSClients

/// S3 presigned POSTs compared field by field with botocore's `generate_presigned_post` for the
/// same inputs, credentials and frozen time (see `PresignFixtures`).
@Suite struct PresignedPostTests {
    @Test func virtualHostedWithFilenameKeyFieldsConditionsAndToken() throws {
        let client = try PresignFixtures.client("s3", token: PresignFixtures.token)
        let post = try client.generatePresignedPost(
            bucket: "photos", key: "uploads/${filename}", fields: ["acl": "public-read", "Content-Type": "image/jpeg"],
            conditions: [["acl": "public-read"], ["content-length-range", 1, 1_048_576], ["starts-with", "$Content-Type", "image/"]],
            expiresIn: 3600, date: PresignFixtures.date)
        #expect(post.url == "https://photos.s3.amazonaws.com/")
        #expect(post.fields == [
            "acl": "public-read",
            "Content-Type": "image/jpeg",
            "key": "uploads/${filename}",
            "x-amz-algorithm": "AWS4-HMAC-SHA256",
            "x-amz-credential": "AKIDEXAMPLE/20260517/us-west-2/s3/aws4_request",
            "x-amz-date": "20260517T123456Z",
            "x-amz-security-token": "FQoGZXIvYXdzEXAMPLE/token+==",
            "policy": "eyJleHBpcmF0aW9uIjogIjIwMjYtMDUtMTdUMTM6MzQ6NTZaIiwgImNvbmRpdGlvbnMiOiBbeyJhY2wiOiAicHVibGljLXJlYWQifSwgWyJjb250ZW50LWxlbmd0aC1yYW5nZSIsIDEsIDEwNDg1NzZdLCBbInN0YXJ0cy13aXRoIiwgIiRDb250ZW50LVR5cGUiLCAiaW1hZ2UvIl0sIHsiYnVja2V0IjogInBob3RvcyJ9LCBbInN0YXJ0cy13aXRoIiwgIiRrZXkiLCAidXBsb2Fkcy8iXSwgeyJ4LWFtei1hbGdvcml0aG0iOiAiQVdTNC1ITUFDLVNIQTI1NiJ9LCB7IngtYW16LWNyZWRlbnRpYWwiOiAiQUtJREVYQU1QTEUvMjAyNjA1MTcvdXMtd2VzdC0yL3MzL2F3czRfcmVxdWVzdCJ9LCB7IngtYW16LWRhdGUiOiAiMjAyNjA1MTdUMTIzNDU2WiJ9LCB7IngtYW16LXNlY3VyaXR5LXRva2VuIjogIkZRb0daWEl2WVhkekVYQU1QTEUvdG9rZW4rPT0ifV19",
            "x-amz-signature": "bd6e79518f5d19f5f4cb1ec7d08d4f27424862ea455a83c8520556214518b5bd",
        ])
    }

    @Test func pathStyleAtAnEndpointURLWithExactKey() throws {
        let client = try PresignFixtures.client("s3", endpointURL: "http://127.0.0.1:5000")
        let post = try client.generatePresignedPost(bucket: "photos", key: "exact.txt", fields: nil, conditions: nil,
                                                    expiresIn: 120, date: PresignFixtures.date)
        #expect(post.url == "http://127.0.0.1:5000/photos")
        #expect(post.fields == [
            "key": "exact.txt",
            "x-amz-algorithm": "AWS4-HMAC-SHA256",
            "x-amz-credential": "AKIDEXAMPLE/20260517/us-west-2/s3/aws4_request",
            "x-amz-date": "20260517T123456Z",
            "policy": "eyJleHBpcmF0aW9uIjogIjIwMjYtMDUtMTdUMTI6MzY6NTZaIiwgImNvbmRpdGlvbnMiOiBbeyJidWNrZXQiOiAicGhvdG9zIn0sIHsia2V5IjogImV4YWN0LnR4dCJ9LCB7IngtYW16LWFsZ29yaXRobSI6ICJBV1M0LUhNQUMtU0hBMjU2In0sIHsieC1hbXotY3JlZGVudGlhbCI6ICJBS0lERVhBTVBMRS8yMDI2MDUxNy91cy13ZXN0LTIvczMvYXdzNF9yZXF1ZXN0In0sIHsieC1hbXotZGF0ZSI6ICIyMDI2MDUxN1QxMjM0NTZaIn1dfQ==",
            "x-amz-signature": "7b6efdb60d48c2d26841c3ebf1d5dcaf324514f449ff251b2d786d863ab0f90e",
        ])
    }

    /// `json.dumps` output for values with escapes and non-ASCII text, from
    /// `json.dumps({"expiration": ..., "conditions": [...]})` in Python 3.11.
    @Test func policyJSONIsWrittenAsPythonWritesIt() {
        let policy = PostPolicy(expiration: PresignFixtures.date, conditions: [
            ["x-amz-meta-note": "caf\u{E9} \"q\" \\ \n\u{1F600}\u{7F}"], ["content-length-range", 0, 1.5], ["eq", "$a", true, .null],
        ])
        #expect(policy.json == #"{"expiration": "2026-05-17T12:34:56Z", "conditions": [{"x-amz-meta-note": "caf\u00e9 \"q\" \\ \n\ud83d\ude00\u007f"}, ["content-length-range", 0, 1.5], ["eq", "$a", true, null]]}"#)
    }

    @Test func onlyS3ClientsMakePresignedPosts() throws {
        let client = try PresignFixtures.client("sqs")
        let error = #expect(throws: PresigningError.self) {
            try client.generatePresignedPost(bucket: "b", key: "k")
        }
        #expect(error?.code == .unsupportedOperation)
    }
}
