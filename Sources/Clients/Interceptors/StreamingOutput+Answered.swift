import Foundation

extension StreamingOutput {
    /// A streaming call's result from a whole output a responder gave (a stub): the payload
    /// member becomes the body, the other members the output.
    init(stubbed answer: Document, payloadName: String) {
        var members = answer.dictionary ?? [:]
        let payload = members.removeValue(forKey: payloadName)
        let bytes = payload?.data ?? payload?.string.map { Data($0.utf8) } ?? Data()
        self.init(output: .map(members), payloadName: payloadName, body: HTTPResponseBody(data: bytes))
    }
}
