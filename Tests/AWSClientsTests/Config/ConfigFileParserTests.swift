import Foundation
import Testing
@testable import AWSClients

/// Expected results taken from botocore's `raw_config_parse` on the same text.
struct ParseCase: CustomTestStringConvertible, Sendable {
    let name: String
    let text: String
    let expected: [String: [String: ConfigValue]]
    var testDescription: String { name }
}

@Suite struct ConfigFileParserTests {
    static let cases: [ParseCase] = [
        ParseCase(name: "basic", text: "[default]\nregion = us-west-2\n[profile dev]\nregion=eu-west-1\noutput: json\n",
                  expected: ["default": ["region": .string("us-west-2")],
                             "profile dev": ["region": .string("eu-west-1"), "output": .string("json")]]),
        ParseCase(name: "comments are whole lines only", text: "# top\n; also\n[default]\n  # indented comment\nregion = us-east-1 # not a comment\n",
                  expected: ["default": ["region": .string("us-east-1 # not a comment")]]),
        ParseCase(name: "nested sub-section", text: "[default]\ns3 =\n  addressing_style = path\n  # c\n\n  signature_version = s3v4\nregion = x\n",
                  expected: ["default": ["s3": .section(["addressing_style": "path", "signature_version": "s3v4"]), "region": .string("x")]]),
        ParseCase(name: "multi-line value", text: "[default]\nkey = a\n  b\n\n  c\n\nother = d\n",
                  expected: ["default": ["key": .string("a\nb\n\nc"), "other": .string("d")]]),
        ParseCase(name: "keys lowercased, sections not", text: "[Default]\nRegion = X\n",
                  expected: ["Default": ["region": .string("X")]]),
        ParseCase(name: "DEFAULT is inherited", text: "[DEFAULT]\nregion = base\n[default]\noutput = json\n[profile p]\nregion = own\n",
                  expected: ["default": ["output": .string("json"), "region": .string("base")], "profile p": ["region": .string("own")]]),
        ParseCase(name: "empty values", text: "[default]\nregion =\nx=\n", expected: ["default": ["region": .string(""), "x": .string("")]]),
        ParseCase(name: "CRLF line ends", text: "[default]\r\nregion = a\r\n", expected: ["default": ["region": .string("a")]]),
        ParseCase(name: "text after header", text: "[default] junk\nregion = a\n", expected: ["default": ["region": .string("a")]]),
        ParseCase(name: "first delimiter splits", text: "[default]\na:b = c\nurl = http://x:1/\n",
                  expected: ["default": ["a": .string("b = c"), "url": .string("http://x:1/")]]),
    ]

    @Test(arguments: cases)
    func parsesLikeBotocore(_ testCase: ParseCase) throws {
        let file = try ConfigFile.parse(testCase.text, path: "cfg")
        #expect(file.sections == testCase.expected, "\(testCase.name)")
    }

    @Test(arguments: [
        ("setting before header", "region = a\n", 1),
        ("no delimiter", "[default]\nregion\n", 2),
        ("duplicate section", "[default]\na=1\n[default]\nb=2\n", 3),
        ("duplicate key (any case)", "[default]\na=1\nA=2\n", 3),
        ("sub-section line without =", "[default]\ns3 =\n  bogus\n", 3),
        ("empty key", "[default]\n= v\n", 2),
    ])
    func malformedLinesNameFileAndLine(_ name: String, _ text: String, _ line: Int) {
        #expect {
            _ = try ConfigFile.parse(text, path: "/home/u/.aws/config")
        } throws: { error in
            guard let error = error as? ConfigError else { return false }
            return error.code == .parseFailed && error.line == line && error.path == "/home/u/.aws/config"
                && error.description.contains("/home/u/.aws/config, line \(line)")
        }
    }

    @Test func parseErrorsDoNotEchoTheLine() {
        let text = "[default]\naws_secret_access_key wJalrXUtnFEMI/K7MDENG\n"
        #expect {
            _ = try ConfigFile.parse(text, path: "creds")
        } throws: { error in
            !"\(error)".contains("wJalrXUtnFEMI")
        }
    }

    @Test func profileSectionNamesFollowShellWords() throws {
        let file = try ConfigFile.parse("[profile \"my name\"]\nregion = a\n[profile  spaced ]\nregion = b\n[profilex]\nregion=c\n[profile a b]\nregion=d\n[default]\nregion=e\n", path: "c")
        let shared = try SharedConfig(configFile: file, credentialsFile: nil)
        #expect(Set(shared.profiles.keys) == ["my name", "spaced", "default"])
        #expect(shared.profiles["my name"]?["region"] == "a")
    }

    @Test func shellWordsSplitLikeShlex() throws {
        #expect(try ShellWords.split("cmd --a 'b c' \"d \\\"e\\\" \\x\" f\\ g ''") == ["cmd", "--a", "b c", "d \"e\" \\x", "f g", ""])
        #expect(throws: ShellWords.SplitError.noClosingQuotation) { try ShellWords.split("a 'b") }
        #expect(throws: ShellWords.SplitError.noEscapedCharacter) { try ShellWords.split("a \\") }
    }
}
