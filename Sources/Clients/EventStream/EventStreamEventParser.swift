import Foundation

/// Turns event stream messages into the documents botocore yields (`["Records": ["Payload": ...]]`),
/// as its `EventStreamXMLParser`/`EventStreamJSONParser`/`EventStreamCBORParser`:
///
/// - an `event` names its member of the stream's union in `:event-type`; the event structure's
///   `eventheader` members come from the message headers (timestamps from milliseconds), its
///   `eventpayload` member is the payload (bytes for a blob, text for a string, else decoded),
///   and without one the payload is the structure itself. An event type the model does not
///   know is skipped, as botocore skips it (a newer service may add events).
/// - an `exception` is the modeled error named by `:exception-type`: a `ClientError` with that
///   code, the message and the error's fields.
/// - an `error` is a `ClientError` with `:error-code` and `:error-message`.
package struct EventStreamEventParser: Sendable {
    /// The event stream union of the output.
    package let streamShape: Shape
    /// How payloads are encoded.
    package let format: EventStreamBodyFormat
    /// The operation, named in errors.
    package let operationName: String
    /// The HTTP response's metadata, for errors (`ResponseMetadata`).
    package let responseMetadata: Document
    /// The HTTP response's request ID.
    package let requestID: String?

    /// Creates a parser.
    package init(streamShape: Shape, format: EventStreamBodyFormat, operationName: String,
                 responseMetadata: Document = .map([:]), requestID: String? = nil) {
        self.streamShape = streamShape
        self.format = format
        self.operationName = operationName
        self.responseMetadata = responseMetadata
        self.requestID = requestID
    }

    /// The event `message` carries, `nil` for an event type the model does not know. Throws
    /// `ClientError` for exception and error messages, `EventStreamError` for other message types.
    package func parse(_ message: EventStreamMessage) throws -> Document? {
        switch message.messageType {
        case "event":
            guard let eventType = message[header: ":event-type"]?.string, let eventShape = streamShape.member(eventType) else {
                return nil
            }
            return .map([eventType: try parseEvent(message, shape: eventShape)])
        case "exception":
            throw exceptionError(message)
        case "error":
            let code = message[header: ":error-code"]?.string ?? ""
            let text = message[header: ":error-message"]?.string ?? ""
            throw clientError(code: code, message: text, fields: [:])
        case let other:
            throw EventStreamError(.unknownMessageType, "event stream message of type '\(other ?? "(none)")' in the response of "
                                   + "\(operationName); expected event, exception or error")
        }
    }

    /// The members of an event structure.
    package func parseEvent(_ message: EventStreamMessage, shape: Shape) throws -> Document {
        var result: [String: Document] = [:]
        var payloadMember: (name: String, shape: Shape)?
        for (name, member) in shape.members {
            if member.isEventHeader, let value = message[header: name] {
                result[name] = Self.headerValue(value, shape: member)
            } else if member.isEventPayload {
                payloadMember = (name, member)
            }
        }
        if let (name, member) = payloadMember {
            switch member.type {
            case .blob: result[name] = .blob(message.payload)
            case .string: result[name] = .string(String(decoding: message.payload, as: UTF8.self))
            default: result[name] = try format.decode(message.payload, shape: member)
            }
        } else if case .map(let members) = try format.decode(message.payload, shape: shape) {
            result.merge(members) { _, fromBody in fromBody }
        }
        return .map(result)
    }

    /// A header's value for a member: timestamps from milliseconds since the epoch.
    static func headerValue(_ value: EventStreamHeaderValue, shape: Shape) -> Document {
        if shape.type == .timestamp {
            switch value {
            case .timestamp(let millis), .long(let millis):
                return .timestamp(Date(timeIntervalSince1970: Double(millis) / 1000))
            default: break
            }
        }
        return value.document
    }

    private func exceptionError(_ message: EventStreamMessage) -> any Error {
        let exceptionType = message[header: ":exception-type"]?.string ?? ""
        guard let shape = streamShape.member(exceptionType) else {
            // Not modeled: botocore reads the generic error headers.
            return clientError(code: message[header: ":error-code"]?.string ?? exceptionType,
                               message: message[header: ":error-message"]?.string ?? "", fields: [:])
        }
        let fields: [String: Document]
        do {
            guard case .map(let decoded) = try format.decode(message.payload, shape: shape) else {
                return clientError(code: exceptionType, message: "", fields: [:])
            }
            fields = decoded
        } catch {
            return error
        }
        let text = fields["Message"]?.string ?? fields["message"]?.string ?? ""
        return clientError(code: exceptionType, message: text, fields: fields)
    }

    private func clientError(code: String, message: String, fields: [String: Document]) -> ClientError {
        var response = fields
        response["Error"] = .map(["Code": .string(code), "Message": .string(message)])
        response["ResponseMetadata"] = responseMetadata
        return ClientError(code: code, message: message, statusCode: 400, requestID: requestID, operation: operationName,
                           response: .map(response))
    }
}
