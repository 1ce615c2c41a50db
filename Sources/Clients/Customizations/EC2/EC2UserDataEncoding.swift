import Foundation

/// Base64-encodes `UserData` for EC2 RunInstances and Auto Scaling CreateLaunchConfiguration,
/// which take it encoded, so callers pass the script itself (botocore's `base64_encode_user_data`).
struct EC2UserDataEncoding: ServiceCustomization {
    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {
        guard operation.name == "RunInstances" || operation.name == "CreateLaunchConfiguration",
              case .map(var entries) = params else { return }
        switch entries["UserData"] {
        case .string(let text)?: entries["UserData"] = .string(Data(text.utf8).base64EncodedString())
        case .blob(let data)?: entries["UserData"] = .string(data.base64EncodedString())
        default: return
        }
        params = .map(entries)
    }
}
