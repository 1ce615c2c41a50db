/// The SDK's version and platform, for the User-Agent header.
public enum SDKVersion {
    /// This package's version.
    public static let current = "0.1.0"

    /// `linux` or `macos`.
    public static var operatingSystem: String {
        #if os(Linux)
        return "linux"
        #elseif os(macOS)
        return "macos"
        #else
        return "other"
        #endif
    }
}
