import Foundation
import Testing
@testable import AWSClients

@Suite struct TimestampFormatTests {
    let date = Date(timeIntervalSince1970: 1_440_938_160)  // 2015-08-30T12:36:00Z, a Sunday

    @Test func formatsEachWireFormat() {
        #expect(TimestampFormat.iso8601.format(date) == "2015-08-30T12:36:00Z")
        #expect(TimestampFormat.rfc822.format(date) == "Sun, 30 Aug 2015 12:36:00 GMT")
        #expect(TimestampFormat.epochSeconds.format(date) == "1440938160")
        #expect(TimestampFormat.amzDate(date) == "20150830T123600Z")
        let fractional = Date(timeIntervalSince1970: 1_440_938_160.25)
        #expect(TimestampFormat.iso8601.format(fractional) == "2015-08-30T12:36:00.250000Z")
        #expect(TimestampFormat.iso8601.format(fractional, precision: .millisecond) == "2015-08-30T12:36:00.250Z")
        #expect(TimestampFormat.epochSeconds.format(fractional, precision: .millisecond) == "1440938160.25")
        // botocore's millisecond epoch is always a float: `1440938160 + 0 / 1000.0` prints `1440938160.0`.
        #expect(TimestampFormat.epochSeconds.format(date, precision: .millisecond) == "1440938160.0")
        #expect(TimestampFormat.iso8601.format(date, precision: .millisecond) == "2015-08-30T12:36:00.000Z")
    }

    @Test(arguments: [
        ("2015-08-30T12:36:00Z", 1_440_938_160.0),
        ("2015-08-30T12:36:00.5Z", 1_440_938_160.5),
        ("2015-08-30T14:36:00+02:00", 1_440_938_160.0),
        ("2015-08-30T12:36:00", 1_440_938_160.0),
        ("20150830T123600Z", 1_440_938_160.0),
        ("Sun, 30 Aug 2015 12:36:00 GMT", 1_440_938_160.0),
        ("1440938160", 1_440_938_160.0),
        ("1440938160.5", 1_440_938_160.5),
        ("1969-12-31T23:59:59Z", -1.0),
        ("2000-02-29T00:00:00Z", 951_782_400.0),
    ])
    func parsesEveryFormBotocoreAccepts(_ text: String, _ seconds: Double) {
        #expect(TimestampFormat.parse(text)?.timeIntervalSince1970 == seconds)
    }

    @Test(arguments: ["", "yesterday", "2015-13-01T00:00:00Z", "2015-08-30T12:36:00Q"])
    func rejectsNonTimestamps(_ text: String) {
        #expect(TimestampFormat.parse(text) == nil)
    }

    @Test func civilTimeRoundTripsAcrossCenturies() {
        for seconds in stride(from: -2_208_988_800, through: 4_102_444_800, by: 86_400 * 37 + 3_601) {
            let date = Date(timeIntervalSince1970: Double(seconds))
            #expect(TimestampFormat.parse(TimestampFormat.iso8601.format(date)) == date)
            #expect(TimestampFormat.parse(TimestampFormat.rfc822.format(date)) == date)
        }
    }
}
