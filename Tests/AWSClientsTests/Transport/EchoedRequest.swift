import Foundation
@testable import AWSClients

/// What the test servers' `/echo` route answers.
struct EchoedRequest: Decodable {
    let method: String
    let path: String
    let headers: [String: String]

    init(_ response: HTTPResponse) throws {
        self = try JSONDecoder().decode(EchoedRequest.self, from: response.body)
    }
}
