import Foundation
import Testing
@testable import AWSClients

/// Timestamps and blobs, which JSON (and so the compliance suite) does not have.
@Suite struct JMESPathDocumentValueTests {
    static let early = Date(timeIntervalSince1970: 1_440_938_160)        // 2015-08-30T12:36:00Z
    static let half = Date(timeIntervalSince1970: 1_440_938_160.5)      // 2015-08-30T12:36:00.500000Z
    static let later = Date(timeIntervalSince1970: 1_440_938_161)       // 2015-08-30T12:36:01Z

    static let objects: Document = [
        "Contents": [
            ["Key": "c", "LastModified": .timestamp(later)],
            ["Key": "a", "LastModified": .timestamp(early)],
            ["Key": "b", "LastModified": .timestamp(half)],
        ],
    ]

    @Test func projectionsKeepTimestamps() throws {
        #expect(try Self.objects.search("Contents[0].LastModified") == .timestamp(Self.later))
    }

    @Test func timestampsAreStringsForTypes() throws {
        #expect(try Self.objects.search("type(Contents[0].LastModified)") == "string")
        #expect(try Self.objects.search("to_string(Contents[1].LastModified)") == "2015-08-30T12:36:00Z")
        #expect(try Self.objects.search("starts_with(Contents[1].LastModified, '2015-08')") == true)
        #expect(try Self.objects.search("length(Contents[1].LastModified)") == 20)
    }

    @Test func timestampsSortByTime() throws {
        // As text, "...12:36:00.500000Z" would sort before "...12:36:00Z".
        #expect(try Self.objects.search("sort_by(Contents, &LastModified)[].Key") == ["a", "b", "c"])
        #expect(try Self.objects.search("max_by(Contents, &LastModified).Key") == "c")
        #expect(try Self.objects.search("min_by(Contents, &LastModified).Key") == "a")
        #expect(try Self.objects.search("Contents[?LastModified > `\"2015-08-30T12:36:00Z\"`].Key") == ["c", "b"])
    }

    @Test func timestampsCompareWithISO8601StringsAsDates() throws {
        #expect(try Self.objects.search("Contents[?LastModified == '2015-08-30T12:36:00.000Z'].Key") == ["a"])
        #expect(try Self.objects.search("Contents[?LastModified >= '2015-08-30T14:36:01+02:00'].Key") == ["c"])
        #expect(try Self.objects.search("Contents[?LastModified < '2015-08-31'].Key") == ["c", "a", "b"])
        #expect(try Self.objects.search("contains(Contents[].LastModified, '2015-08-30T12:36:00Z')") == true)
    }

    @Test func timestampsCompareWithOtherStringsAsText() throws {
        #expect(try Self.objects.search("Contents[?LastModified > ' '].Key") == ["c", "a", "b"])
        #expect(try Self.objects.search("Contents[?LastModified == 'yesterday'].Key") == [])
    }

    @Test func blobsAreBase64Strings() throws {
        let document: Document = ["Body": .blob(Data("hi".utf8)), "Empty": .blob(Data())]
        #expect(try document.search("type(Body)") == "string")
        #expect(try document.search("to_string(Body)") == "aGk=")
        #expect(try document.search("Body == 'aGk='") == true)
        #expect(try document.search("Empty || 'fallback'") == "fallback")
        #expect(try document.search("Body") == .blob(Data("hi".utf8)))
    }
}
