import Foundation

/// Decodes GetConsoleOutput's base64 `Output` into text (invalid UTF-8 replaced), as botocore's
/// `decode_console_output`; a value that is not base64 is left as it is.
struct EC2ConsoleOutputDecoding: ServiceCustomization {
    func finishResponse(_ output: inout Document, params: Document, response: HTTPResponse, operation: OperationModel,
                        context: CustomizationContext) throws {
        guard operation.name == "GetConsoleOutput", let encoded = output["Output"]?.string,
              let data = Data(base64Encoded: encoded, options: .ignoreUnknownCharacters),
              case .map(var entries) = output else { return }
        entries["Output"] = .string(String(decoding: data, as: UTF8.self))
        output = .map(entries)
    }
}
