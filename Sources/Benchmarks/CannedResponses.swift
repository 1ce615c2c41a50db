import AWSClients
import Foundation

/// The canned responses of `boto3_bench.py` (../shared/bench), byte for byte: the same S3
/// PutObject headers, the same ListObjectsV2 pages of 1000 keys, the same SQS SendMessage JSON.
enum CannedResponses {
    static let bucket = "bench-bucket"
    static let queueURL = "https://sqs.us-east-1.amazonaws.com/123456789012/bench-queue"
    static let body1KiB = Data(repeating: UInt8(ascii: "x"), count: 1024)
    /// The message whose MD5 the canned SendMessage response carries (nginx's conf hard-codes it too).
    static let messageBody = "benchmark message body 0123456789"
    static let messageMD5 = MD5.hash(string: messageBody).hexString
    static let keysPerPage = 1000
    static let pages = 10

    /// boto3_bench.py's `object_xml(i)`.
    static func objectXML(_ index: Int) -> String {
        "<Contents><Key>key-\(sixDigits(index))</Key>"
            + "<LastModified>2024-05-01T12:00:00.000Z</LastModified>"
            + "<ETag>&quot;f1c9645dbc14efddc7d8a322685f26eb&quot;</ETag>"
            + "<Size>1024</Size><StorageClass>STANDARD</StorageClass></Contents>"
    }

    /// boto3_bench.py's `list_v2_page(page, pages)`: page `page` of `pages`, 1000 keys each.
    static func listV2Page(_ page: Int, of pages: Int) -> Data {
        let first = page * keysPerPage
        let truncated = page + 1 < pages
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + "<Name>\(bucket)</Name><Prefix></Prefix>"
        if page > 0 { xml += "<ContinuationToken>tok-\(page)</ContinuationToken>" }
        if truncated { xml += "<NextContinuationToken>tok-\(page + 1)</NextContinuationToken>" }
        xml += "<KeyCount>\(keysPerPage)</KeyCount><MaxKeys>1000</MaxKeys>"
            + "<EncodingType>url</EncodingType><IsTruncated>\(truncated ? "true" : "false")</IsTruncated>"
        for index in first..<(first + keysPerPage) { xml += objectXML(index) }
        xml += "</ListBucketResult>"
        return Data(xml.utf8)
    }

    /// boto3_bench.py's `list_v1_page(page, pages)`: ListObjects (v1, what `bucket.objects` uses), page
    /// `page` of `pages`, 1000 keys each; like S3 without a delimiter it has no NextMarker, so the
    /// paginator continues from the last key.
    static func listV1Page(_ page: Int, of pages: Int) -> Data {
        let first = page * keysPerPage
        let truncated = page + 1 < pages
        let marker = page > 0 ? "key-\(sixDigits(first - 1))" : ""
        var xml = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            + "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\">"
            + "<Name>\(bucket)</Name><Prefix></Prefix><Marker>\(marker)</Marker>"
            + "<MaxKeys>1000</MaxKeys><EncodingType>url</EncodingType>"
            + "<IsTruncated>\(truncated ? "true" : "false")</IsTruncated>"
        for index in first..<(first + keysPerPage) { xml += objectXML(index) }
        xml += "</ListBucketResult>"
        return Data(xml.utf8)
    }

    /// The ListObjects page that follows `marker` (boto3_bench.py's `v1_by_marker`): 0 for no
    /// marker, N for the last key of page N - 1; nil for any other marker.
    static func listV1PageIndex(marker: String) -> Int? {
        if marker.isEmpty { return 0 }
        for page in 1..<pages where marker == "key-\(sixDigits(page * keysPerPage - 1))" { return page }
        return nil
    }

    /// boto3_bench.py's `sqs_send_json()` (Python's `json.dumps` spacing).
    static let sqsSendMessageJSON = Data(
        "{\"MD5OfMessageBody\": \"\(messageMD5)\", \"MessageId\": \"5fea7756-0ea4-451a-a703-a558b933e274\"}".utf8)

    static let s3PutHeaders: HTTPHeaders = [
        "x-amz-id-2": "YgIPIfBiKa2bj0KMg95r/0zo3emzU4dzsD4rcKCHQUAdQkf3ShJTOOpXUueF6QKo",
        "x-amz-request-id": "0A49CE4060975EAC",
        "Date": "Wed, 01 May 2024 12:00:00 GMT",
        "ETag": "\"f1c9645dbc14efddc7d8a322685f26eb\"",
        "x-amz-server-side-encryption": "AES256",
        "Content-Length": "0",
        "Server": "AmazonS3",
    ]

    static func s3ListHeaders(contentLength: Int) -> HTTPHeaders {
        ["x-amz-request-id": "0A49CE4060975EAC", "Content-Type": "application/xml", "Server": "AmazonS3",
         "Date": "Wed, 01 May 2024 12:00:00 GMT", "Content-Length": String(contentLength)]
    }

    static let sqsHeaders: HTTPHeaders = [
        "x-amzn-RequestId": "a0b6f1b4-5b59-5c07-9f3d-9ad8a58f1c3e",
        "Content-Type": "application/x-amz-json-1.0",
        "Content-Length": String(sqsSendMessageJSON.count),
    ]

    /// Environment of a hermetic, offline session, as boto3_bench.py sets it: fake credentials,
    /// us-east-1, no shared config files, no instance metadata.
    static let offlineEnvironment: [String: String] = [
        "AWS_ACCESS_KEY_ID": "testing",
        "AWS_SECRET_ACCESS_KEY": "testing",
        "AWS_DEFAULT_REGION": "us-east-1",
        "AWS_EC2_METADATA_DISABLED": "true",
        "AWS_CONFIG_FILE": "/tmp/bench-no-such-aws-config",
        "AWS_SHARED_CREDENTIALS_FILE": "/tmp/bench-no-such-aws-credentials",
    ]

    static func sixDigits(_ value: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, 6 - digits.count)) + digits
    }
}
