import CCurl

/// libcurl as the process loaded it: `libcurl.so.4` (or `libcurl.4.dylib`) opened at run time, so
/// the package builds without libcurl's headers and runs, on URLSession, where libcurl is missing.
public enum CurlLibrary {
    /// Whether libcurl 7.68 or later could be loaded (loads it on first use).
    public static var isAvailable: Bool { ccurl_load() != 0 }

    /// Why libcurl could not be loaded, or `nil` when it is available.
    public static var loadError: String? {
        guard ccurl_load() == 0, let text = ccurl_load_error() else { return nil }
        return String(cString: text)
    }

    /// libcurl's version string (`libcurl/7.88.1 OpenSSL/3.0.x ...`), or `nil` when unavailable.
    public static var version: String? {
        guard ccurl_load() != 0, let text = ccurl_version() else { return nil }
        return String(cString: text)
    }
}
