#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The platform facts of the `User-Agent`: OS family and release, machine, Swift version.
struct UserAgentPlatform: Sendable {
    /// `uname` system name (`Linux`, `Darwin`).
    var systemName: String?
    /// `uname` release (`6.8.0-45-generic`), as Python's `platform.release()`.
    var release: String?
    /// `uname` machine (`x86_64`, `arm64`).
    var machine: String?
    /// The compiler's Swift version.
    var swiftVersion: String

    /// The running system.
    static let current: UserAgentPlatform = {
        var platform = UserAgentPlatform(systemName: nil, release: nil, machine: nil, swiftVersion: compilerVersion)
        #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
        var names = utsname()
        if uname(&names) == 0 {
            platform.systemName = field(&names.sysname)
            platform.release = field(&names.release)
            platform.machine = field(&names.machine)
        }
        #endif
        return platform
    }()

    /// `os/<family>#<release>` for the families botocore names (`darwin` as `macos`), else
    /// `os/other md/<name>#<release>`.
    var osComponents: [String] {
        guard let systemName else { return ["os/other"] }
        let lowered = systemName.lowercased()
        let families = ["windows", "linux", "macos", "android", "ios", "watchos", "tvos", "other"]
        let family = families.contains(lowered) ? lowered : (lowered == "darwin" ? "macos" : nil)
        if let family { return [UserAgent.component("os", family, release)] }
        return ["os/other", UserAgent.component("md", systemName, release)]
    }

    private static var compilerVersion: String {
        #if compiler(>=6.3)
        return "6.3"
        #elseif compiler(>=6.2)
        return "6.2"
        #elseif compiler(>=6.1)
        return "6.1"
        #else
        return "6.0"
        #endif
    }

    #if canImport(Glibc) || canImport(Musl) || canImport(Darwin)
    /// A NUL-terminated `utsname` field as text.
    private static func field<T>(_ value: inout T) -> String {
        withUnsafeBytes(of: &value) { bytes in
            String(decoding: bytes.prefix { $0 != 0 }, as: UTF8.self)
        }
    }
    #endif
}
