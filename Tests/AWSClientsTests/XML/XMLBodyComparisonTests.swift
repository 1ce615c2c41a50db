import Foundation
import Testing
@testable import AWSConformance

@Suite struct XMLBodyComparisonTests {
    static func difference(_ actual: String, _ expected: String) -> String? {
        XMLBodyComparison.difference(actual: Data(actual.utf8), expected: Data(expected.utf8))
    }

    @Test func formattingAndAttributeOrderDoNotMatter() {
        let expected = """
            <Root xmlns="urn:a" b="2" a="1">
                <Item>x</Item>
                <Empty></Empty>
            </Root>
            """
        #expect(Self.difference("<Root a=\"1\" b=\"2\" xmlns=\"urn:a\"><Item>x</Item><Empty /></Root>", expected) == nil)
    }

    @Test func reportsThePathOfTheFirstDifference() {
        let expected = "<Root><List><Item>1</Item><Item>2</Item></List></Root>"
        #expect(Self.difference("<Root><List><Item>1</Item><Item>3</Item></List></Root>", expected)
            == "/Root/List[1]/Item[2]: text '3', expected '2'")
        #expect(Self.difference("<Root><List a=\"1\"><Item>1</Item><Item>2</Item></List></Root>", expected)
            == "/Root/List[1]: attributes {a=\"1\"}, expected {}")
        #expect(Self.difference("<Root><List><Item>1</Item></List></Root>", expected)?.contains("1 children [Item], expected 2") == true)
        #expect(Self.difference("<Root><Other/></Root>", expected) == "/Root/List[1]: element <Other>, expected <List>")
        #expect(Self.difference("<Root>", expected)?.hasPrefix("not valid XML") == true)
    }
}
