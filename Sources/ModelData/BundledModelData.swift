import Foundation

/// Locates the model files bundled with the package (`Models/` and `ResourceModels/`).
///
/// SwiftPM copies them into a resource bundle beside the built products. The lookup never traps
/// (unlike `Bundle.module` on Linux when the bundle has moved): it returns `nil` and lets the loader
/// report which folders it searched.
public enum BundledModelData {
    /// The folder holding `Models` and `ResourceModels`, if it can be found.
    public static let resourceRoot: URL? = locate()

    /// The bundled botocore-layout `Models` folder.
    public static var modelsDirectory: URL? { resourceRoot?.appendingPathComponent("Models", isDirectory: true) }

    /// The bundled boto3-layout `ResourceModels` folder.
    public static var resourceModelsDirectory: URL? {
        resourceRoot?.appendingPathComponent("ResourceModels", isDirectory: true)
    }

    /// Every place the bundle was looked for, for error messages.
    public static var searchedLocations: [String] { candidates().map(\.path) }

    private static let bundleName = "swift-aws-resources_AWSModelData.resources"

    private static func candidates() -> [URL] {
        var result: [URL] = []
        // Beside the executable (swift run, swift test, installed tools).
        let mainBundle = Bundle.main.bundleURL
        result.append(mainBundle.appendingPathComponent(bundleName, isDirectory: true))
        if let executable = Bundle.main.executableURL?.deletingLastPathComponent() {
            result.append(executable.appendingPathComponent(bundleName, isDirectory: true))
        }
        // Apple platforms put resources under Contents/Resources of a bundle.
        if let resources = Bundle.main.resourceURL {
            result.append(resources.appendingPathComponent(bundleName, isDirectory: true))
        }
        // The package checkout itself (a build folder moved elsewhere).
        let sourceRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        result.append(sourceRoot)
        return result
    }

    private static func locate() -> URL? {
        var isDirectory: ObjCBool = false
        for candidate in candidates() {
            let models = candidate.appendingPathComponent("Models", isDirectory: true).path
            if FileManager.default.fileExists(atPath: models, isDirectory: &isDirectory), isDirectory.boolValue {
                return candidate
            }
        }
        return nil
    }
}
