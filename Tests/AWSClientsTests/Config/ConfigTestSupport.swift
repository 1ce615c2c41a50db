import Foundation
@testable import AWSClients

/// A fresh temporary folder for one test's config files.
struct TemporaryFolder {
    let path: String

    init() throws {
        path = NSTemporaryDirectory() + "aws-config-tests-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
    }

    /// Writes `text` to `name` in the folder and returns its path.
    @discardableResult
    func write(_ name: String, _ text: String, executable: Bool = false) throws -> String {
        let file = path + "/" + name
        try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try Data(text.utf8).write(to: URL(fileURLWithPath: file))
        if executable { try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: file) }
        return file
    }

    /// Loads shared config with `config` / `credentials` texts written to `~/.aws` under the folder.
    func sharedConfig(config: String? = nil, credentials: String? = nil, profile: String? = nil,
                      environment: [String: String] = [:]) throws -> SharedConfig {
        if let config { try write(".aws/config", config) }
        if let credentials { try write(".aws/credentials", credentials) }
        return try SharedConfig.load(profile: profile, environment: environment, homeDirectory: path)
    }
}
