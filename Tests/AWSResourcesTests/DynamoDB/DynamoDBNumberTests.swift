import Foundation
import Testing
@testable import AWSResources

/// `DynamoDBNumber` against boto3's `DYNAMODB_CONTEXT`: the text Python's `str(Decimal)` writes and
/// the decimal signal each invalid number raises (expected values from boto3 1.43.11).
@Suite struct DynamoDBNumberTests {
    /// Input text → the `N` text boto3 sends for the same `Decimal`.
    static let canonical: [(String, String)] = [
        ("0", "0"), ("-0", "-0"), ("12", "12"), ("-12.50", "-12.50"), ("1.50", "1.50"), ("00012", "12"), ("+5", "5"),
        (".5", "0.5"), ("5.", "5"), ("0.000001", "0.000001"), ("0.0000001", "1E-7"), ("-1.2E-7", "-1.2E-7"),
        ("1e2", "1E+2"), ("1E+40", "1E+40"), ("123.456e3", "123456"), ("0E-5", "0.00000"), ("-0E+3", "-0E+3"), ("0.00", "0.00"),
        ("99999999999999999999999999999999999999", "99999999999999999999999999999999999999"),
        ("12345678901234567890123456789012345678E+89", "1.2345678901234567890123456789012345678E+126"),
        ("9.9E+125", "9.9E+125"), ("1E+126", "1E+126"), ("1E-128", "1E-128"), ("1E-130", "1E-130"), ("1.234E-140", "1.234E-140"),
        ("1E-165", "1E-165"), ("9223372036854775808", "9223372036854775808"), ("-9223372036854775809", "-9223372036854775809"),
    ]

    @Test(arguments: canonical)
    func textIsPythons(_ input: String, _ expected: String) throws {
        let number = try DynamoDBNumber(input)
        #expect(number.text == expected, "\(input)")
        #expect(try DynamoDBTypeSerializer().serialize(number) == ["N": .string(expected)])
        // The wire text reads back as the same number, text and all.
        #expect(try DynamoDBTypeDeserializer().deserialize(["N": .string(expected)]) == .number(number))
        #expect(try DynamoDBNumber(expected).text == expected)
    }

    /// Input → the signal boto3 raises.
    static let rejected: [(String, DynamoDBTypeError.Code)] = [
        ("100000000000000000000000000000000000000", .rounded), ("10000000000000000000000000000000000000000", .rounded),
        ("12345678901234567890123456789012345678901", .inexact), ("0.1000000000000000055511151231257827021181583404541015625", .inexact),
        ("1E+127", .overflow), ("12345678901234567890123456789012345678E+90", .overflow), ("1E+200", .overflow),
        ("1E-166", .underflow), ("1e-200", .underflow), ("0E-200", .clamped), ("0E+200", .clamped),
        ("NaN", .infinityOrNaN), ("Infinity", .infinityOrNaN), ("-Infinity", .infinityOrNaN), ("sNaN", .infinityOrNaN), ("inf", .infinityOrNaN),
        ("", .notANumber), ("  5", .notANumber), ("1_000", .notANumber), ("0x10", .notANumber), ("abc", .notANumber), ("1e", .notANumber),
        ("1.2.3", .notANumber), ("-", .notANumber),
    ]

    @Test(arguments: rejected)
    func invalidNumbersThrowBoto3sSignal(_ input: String, _ code: DynamoDBTypeError.Code) {
        #expect { try DynamoDBNumber(input) } throws: { ($0 as? DynamoDBTypeError)?.code == code }
        #expect { try DynamoDBTypeDeserializer().deserialize(["N": .string(input)]) } throws: { ($0 as? DynamoDBTypeError)?.code == code }
    }

    @Test func thirtyEightDigitsRoundTripThroughTheWire() throws {
        for text in ["12345678901234567890123456789012345678", "-0.12345678901234567890123456789012345678",
                     "1.2345678901234567890123456789012345678E+125", "9.9999999999999999999999999999999999999E+125",
                     "1E-130", "-1E-130", "1.0000000000000000000000000000000000001"] {
            let value = DynamoDBValue.number(try DynamoDBNumber(text))
            let wire = try DynamoDBTypeSerializer().serialize(value)
            #expect(wire == ["N": .string(text)])
            let back = try DynamoDBTypeDeserializer().deserialize(wire)
            #expect(back.number?.text == text)
            #expect(back.double == nil || text.count <= 17, "\(text) has more digits than a Double: no exact double")
        }
    }

    @Test func negativeZeroKeepsItsSign() throws {
        let zero = try DynamoDBNumber("-0")
        #expect(zero.text == "-0")
        #expect(zero == 0)
        #expect(!zero.isNegative && zero.isZero)
        #expect(try DynamoDBTypeSerializer().serialize(zero) == ["N": "-0"])
        #expect(try DynamoDBNumber(-0.0).text == "-0")
        #expect(zero.double?.sign == .minus)
    }

    @Test func equalityHashAndOrderAreNumeric() throws {
        #expect(try DynamoDBNumber("1.50") == DynamoDBNumber("1.5"))
        #expect(try DynamoDBNumber("1E+2") == DynamoDBNumber(100))
        #expect(try Set([DynamoDBNumber("1.50"), DynamoDBNumber("1.5"), DynamoDBNumber("15E-1")]).count == 1)
        let sorted = try ["10", "-2", "0.5", "-0.25", "1E+3", "0", "-1E+3", "2.5E-130"].map { try DynamoDBNumber($0) }.sorted()
        #expect(sorted.map(\.text) == ["-1E+3", "-2", "-0.25", "0", "2.5E-130", "0.5", "10", "1E+3"])
        #expect(try DynamoDBNumber("-1") < DynamoDBNumber("-0.5"))
        #expect(try !(DynamoDBNumber("-0") < DynamoDBNumber("0")))
    }

    @Test func conversionsAreExactOrAbsent() throws {
        #expect(try DynamoDBNumber("1E+2").int == 100)
        #expect(try DynamoDBNumber("1.5").int == nil)
        #expect(try DynamoDBNumber("1E+30").int == nil)
        #expect(try DynamoDBNumber("9223372036854775807").int == Int.max)
        #expect(try DynamoDBNumber("0.1").double == 0.1)
        #expect(try DynamoDBNumber("0.30000000000000001").double == nil)
        #expect(try DynamoDBNumber("0.30000000000000001").approximateDouble == 0.3)
        #expect(try DynamoDBNumber("19.99").decimal == Decimal(string: "19.99"))
        #expect(try DynamoDBNumber("12345678901234567890123456789012345678").decimal?.description == "12345678901234567890123456789012345678")
        #expect(try DynamoDBNumber("1E-130").decimal == nil)
    }

    @Test func doublesAreTakenOnlyWhenExact() throws {
        #expect(try DynamoDBNumber(0.5).text == "0.5")
        #expect(try DynamoDBNumber(30.25).text == "30.25")
        #expect(try DynamoDBNumber(2.0).text == "2")
        #expect(try DynamoDBNumber(1e22).text == "10000000000000000000000")
        #expect(try DynamoDBNumber(pow(2, -30)).text == "9.31322574615478515625E-10")
        for inexact in [0.1, 1.0 / 3, 1e100, 1e-300, 123456.789] {
            #expect { try DynamoDBNumber(inexact) } throws: { ($0 as? DynamoDBTypeError)?.code == .inexact || ($0 as? DynamoDBTypeError)?.code == .underflow }
        }
        #expect { try DynamoDBNumber(Double.nan) } throws: { ($0 as? DynamoDBTypeError)?.code == .infinityOrNaN }
        #expect { try DynamoDBNumber(-Double.infinity) } throws: { ($0 as? DynamoDBTypeError)?.code == .infinityOrNaN }
        #expect { try 0.1.dynamoDBValue() } throws: { "\($0)".contains("DynamoDBNumber(\"0.1\")") }
    }

    @Test func decimalsAndWideIntegersConvertExactly() throws {
        #expect(try DynamoDBNumber(Decimal(string: "19.99")!).text == "19.99")
        #expect(try DynamoDBNumber(Decimal(string: "-1E+100")!) == DynamoDBNumber("-1E+100"))
        #expect(try DynamoDBNumber(Decimal(string: "12345678901234567890123456789012345678")!).text == "12345678901234567890123456789012345678")
        #expect(try DynamoDBNumber(UInt64.max).text == "18446744073709551615")
        #expect(try DynamoDBNumber(Int128(-99_999_999_999_999_999) * 1_000_000_000_000_000_000_000).text == "-99999999999999999000000000000000000000")
        #expect { try DynamoDBNumber(Int128.max) } throws: { ($0 as? DynamoDBTypeError)?.code == .inexact }  // 39 digits
        #expect { try DynamoDBNumber(Decimal.nan) } throws: { ($0 as? DynamoDBTypeError)?.code == .infinityOrNaN }
    }
}
