import Foundation
import Testing
@testable import AWSClients

@Suite struct XMLReaderTests {
    @Test func readsElementsAttributesAndText() throws {
        let root = try XMLReader.parse("""
            <?xml version="1.0" encoding="UTF-8"?>
            <!-- a comment -->
            <ListBucketResult xmlns="http://s3.amazonaws.com/doc/2006-03-01/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
              <Name>bucket</Name>
              <Grantee xsi:type='CanonicalUser'><ID>abc</ID></Grantee>
              <?pi ignored?>
              <Empty/>
              <Spaced attr = "v" ></Spaced >
            </ListBucketResult>
            """)
        #expect(root.name == "ListBucketResult")
        #expect(root.attribute("xmlns") == "http://s3.amazonaws.com/doc/2006-03-01/")
        #expect(root.children.map(\.name) == ["Name", "Grantee", "Empty", "Spaced"])
        #expect(root.child(named: "Name")?.text == "bucket")
        let grantee = try #require(root.child(named: "Grantee"))
        #expect(grantee.attribute("xsi:type") == "CanonicalUser")
        #expect(grantee.child(named: "ID")?.text == "abc")
        #expect(root.child(named: "Empty")?.text == "")
        #expect(root.child(named: "Spaced")?.attribute("attr") == "v")
    }

    @Test func decodesPredefinedAndNumericEntities() throws {
        let root = try XMLReader.parse("<a t=\"&quot;x&apos; &#x41;\">&lt;b&gt; &amp; &#169; &#x1F600; &#65;</a>")
        #expect(root.text == "<b> & © 😀 A")
        #expect(root.attribute("t") == "\"x' A")
    }

    @Test func keepsCDATAAsText() throws {
        let root = try XMLReader.parse("<a>x<![CDATA[<not> &a; ]]]]>y</a>")
        #expect(root.text == "x<not> &a; ]]y")
    }

    @Test func normalizesLineEndsAndAttributeWhitespace() throws {
        let root = try XMLReader.parse("<a v=\"1\n2\t3&#10;\">x\r\ny\rz</a>")
        #expect(root.text == "x\ny\nz")
        #expect(root.attribute("v") == "1 2 3\n")
    }

    @Test func namespacePrefixesAreKeptAndLocalNamesMatch() throws {
        let root = try XMLReader.parse("<p:Root xmlns:p=\"urn:x\"><p:Item>1</p:Item></p:Root>")
        #expect(root.name == "p:Root")
        #expect(root.localName == "Root")
        #expect(root.child(named: "Item")?.text == "1")
    }

    @Test func skipsByteOrderMark() throws {
        let root = try XMLReader.parse(Data([0xEF, 0xBB, 0xBF]) + Data("<a>1</a>".utf8))
        #expect(root.text == "1")
    }

    @Test(arguments: [
        ("", "no root element"),
        ("<a>", "ends inside <a>"),
        ("<a></b>", "</b> does not close <a>"),
        ("<a>&bogus;</a>", "undefined entity &bogus;"),
        ("<a>& b</a>", "'&' must start"),
        ("<a>&#0;</a>", "invalid character reference"),
        ("<a>&#xD800;</a>", "invalid character reference"),
        ("<a x=1/>", "quoted attribute value"),
        ("<a x=\"1\" x=\"2\"/>", "appears twice"),
        ("<a x=\"<\"/>", "'<' is not allowed"),
        ("<a/><b/>", "second root element"),
        ("<a/>text", "text after the root element"),
        ("text", "expected '<'"),
        ("<a><!-- open</a>", "unterminated comment"),
        ("<a><![CDATA[x</a>", "unterminated CDATA"),
        ("<1a/>", "cannot start with '1'"),
        ("<a", "ends inside <a>"),
    ])
    func malformedInputThrows(input: String, reason: String) {
        do {
            let root = try XMLReader.parse(input)
            Issue.record("parsed \(input.debugDescription) as \(root)")
        } catch let error as XMLParseError {
            #expect(error.reason.contains(reason), "\(input.debugDescription): \(error)")
        } catch {
            Issue.record("unexpected error \(error)")
        }
    }

    @Test func errorsCarryTheOffset() {
        let error = #expect(throws: XMLParseError.self) { try XMLReader.parse("<a></b>") }
        #expect(error?.offset == 3)
        #expect(error?.description == "invalid XML at byte 3: </b> does not close <a>")
    }

    @Test func deepNestingIsRejectedWithoutCrashing() throws {
        let depth = 100_000
        let deep = String(repeating: "<a>", count: depth) + String(repeating: "</a>", count: depth)
        #expect(throws: XMLParseError.self) { try XMLReader.parse(deep) }
        let allowed = XMLReader.maximumDepth
        let ok = String(repeating: "<a>", count: allowed) + "x" + String(repeating: "</a>", count: allowed)
        var element = try XMLReader.parse(ok)
        var levels = 1
        while let child = element.children.first {
            element = child
            levels += 1
        }
        #expect(levels == allowed)
        #expect(element.text == "x")
    }

    @Test func doctypeIsSkippedAndItsEntitiesAreNotExpanded() throws {
        let attack = """
            <?xml version="1.0"?>
            <!DOCTYPE lolz [
              <!ENTITY lol "lol">
              <!ENTITY lol2 "&lol;&lol;&lol;&lol;">
              <!ENTITY xxe SYSTEM "file:///etc/passwd">
            ]>
            <lolz>&lol2;</lolz>
            """
        #expect(throws: XMLParseError.self) { try XMLReader.parse(attack) }
        let external = "<!DOCTYPE r [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]><r>&xxe;</r>"
        #expect(throws: XMLParseError.self) { try XMLReader.parse(external) }
        let harmless = try XMLReader.parse("<!DOCTYPE r SYSTEM \"x.dtd\"><r>1</r>")
        #expect(harmless.text == "1")
    }

    @Test func parsesALargeListingPage() throws {
        var xml = "<ListBucketResult xmlns=\"http://s3.amazonaws.com/doc/2006-03-01/\"><Name>b</Name>"
        for index in 0..<1000 {
            xml += "<Contents><Key>photos/2024/\(index).jpg</Key><LastModified>2024-01-01T00:00:00.000Z</LastModified>"
                + "<ETag>&quot;9b2cf535f27731c974343645a3985328&quot;</ETag><Size>\(index * 17)</Size>"
                + "<Owner><ID>75aa57f09aa0c8caeab4f8c24e99d10f8e7faeebf76c078efc7c6caea54ba06a</ID></Owner>"
                + "<StorageClass>STANDARD</StorageClass></Contents>\n"
        }
        xml += "</ListBucketResult>"
        let root = try XMLReader.parse(xml)
        #expect(root.children.count == 1001)
        #expect(root.children[1000].child(named: "ETag")?.text == "\"9b2cf535f27731c974343645a3985328\"")
    }
}
