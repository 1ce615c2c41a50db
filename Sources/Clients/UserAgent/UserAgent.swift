/// The `User-Agent` header, in the format of botocore's `useragent.py` (AWS SDK user agent 2.1):
///
///     swift-aws-resources/0.1.0 ua/2.1 os/linux#6.8.0 md/arch#x86_64 lang/swift#6.1
///       [exec-env/...] [m/E,Z,b] cfg/retry-mode#standard [app/<id>] [<userAgentExtra>]
///
/// Where it differs from botocore: the SDK is named `swift-aws-resources` with this package's
/// version (botocore: `Botocore/<version>`, boto3 prepends `Boto3/<version>`); the language is
/// `lang/swift#<compiler version>` (no `md/pyimpl`); feature ids (`m/`) cover what this SDK does
/// (retry mode, checksum settings and algorithms, endpoint override, RPCv2 CBOR, gzip request
/// compression, account-id endpoints, bearer tokens from the environment) but not credential
/// sources, paginators, waiters or transfers. Feature ids are listed in a fixed order (botocore's
/// come from a set).
///
/// `Config.userAgent` replaces all of it, followed by `userAgentExtra`, as botocore's legacy string.
struct UserAgent: Sendable {
    /// Everything before the feature ids (`<sdk> ua/2.1 os/... lang/... [exec-env/...]`).
    let head: String
    /// Client-wide feature ids, in order.
    let clientFeatures: [String]
    /// Everything after the feature ids (`cfg/...`, `app/...`, extra).
    let tail: String
    /// A replacement for everything (`Config.userAgent` and the extra), when configured.
    let override: String?

    init(config: EffectiveConfig, platform: UserAgentPlatform = .current, executionEnvironment: String? = nil) {
        var head = [Self.component("swift-aws-resources", SDKVersion.current), "ua/2.1"]
        head += platform.osComponents
        if let arch = platform.machine, !arch.isEmpty { head.append(Self.component("md", "arch", arch.lowercased())) }
        head.append(Self.component("lang", "swift", platform.swiftVersion))
        if let environment = executionEnvironment ?? config.executionEnvironment, !environment.isEmpty {
            head.append(Self.component("exec-env", environment))
        }
        self.head = head.joined(separator: " ")

        var features: [String] = []
        switch config.retryMode {
        case .legacy: features.append(FeatureID.retryModeLegacy)
        case .standard: features.append(FeatureID.retryModeStandard)
        case .adaptive: features.append(FeatureID.retryModeAdaptive)
        }
        features.append(config.requestChecksumCalculation == .whenSupported ? FeatureID.requestChecksumWhenSupported
                                                                             : FeatureID.requestChecksumWhenRequired)
        features.append(config.responseChecksumValidation == .whenSupported ? FeatureID.responseChecksumWhenSupported
                                                                              : FeatureID.responseChecksumWhenRequired)
        if config.endpointURL != nil { features.append(FeatureID.endpointOverride) }
        clientFeatures = features

        var tail = [Self.component("cfg", "retry-mode", config.retryMode.rawValue)]
        if let appID = config.userAgentAppID, !appID.isEmpty {
            tail.append("app/" + Self.sanitize(appID, allowHash: true))
        }
        if let extra = config.userAgentExtra, !extra.isEmpty { tail.append(extra) }
        self.tail = tail.joined(separator: " ")

        if let replacement = config.userAgent {
            override = [replacement, config.userAgentExtra].compactMap { $0 }.filter { !$0.isEmpty }.joined(separator: " ")
        } else {
            override = nil
        }
    }

    /// The header for one request, with the client's feature ids and `requestFeatures`.
    func header(requestFeatures: [String] = []) -> String {
        if let override { return override }
        var features = clientFeatures
        for feature in requestFeatures where !features.contains(feature) { features.append(feature) }
        let list = Self.truncate(features.joined(separator: ","), maxBytes: 1024, delimiter: ",")
        var parts = [head]
        if !list.isEmpty { parts.append("m/" + list) }
        parts.append(tail)
        return parts.joined(separator: " ")
    }

    /// `prefix/name` or `prefix/name#value`, sanitized as botocore's `UserAgentComponent`.
    static func component(_ prefix: String, _ name: String, _ value: String? = nil) -> String {
        var text = sanitize(prefix, allowHash: true) + "/" + sanitize(name, allowHash: false)
        if let value, !value.isEmpty { text += "#" + sanitize(value, allowHash: true) }
        return text
    }

    /// botocore's `sanitize_user_agent_string_component`: every character but ASCII letters,
    /// digits and ``!$%&'*+-.^_`|~,`` (and `#` when allowed) becomes `-`.
    static func sanitize(_ text: String, allowHash: Bool) -> String {
        String(text.unicodeScalars.map { scalar -> Character in
            if scalar.isASCII, allowedBytes.contains(UInt8(scalar.value)) || (allowHash && scalar == "#") { return Character(scalar) }
            return "-"
        })
    }

    private static let allowedBytes: Set<UInt8> = Set("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789!$%&'*+-.^_`|~,".utf8)

    /// Drops `delimiter`-separated items from the end until the text fits `maxBytes`.
    static func truncate(_ text: String, maxBytes: Int, delimiter: Character) -> String {
        var parts = text.split(separator: delimiter, omittingEmptySubsequences: false)
        while !parts.isEmpty, parts.joined(separator: String(delimiter)).utf8.count > maxBytes { parts.removeLast() }
        return parts.joined(separator: String(delimiter))
    }
}
