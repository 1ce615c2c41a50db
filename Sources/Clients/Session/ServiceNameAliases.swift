/// Older service names botocore still accepts for `client(...)` (its `SERVICE_NAME_ALIASES`, applied
/// by the `choose-service-name` handler `handle_service_name_alias`).
enum ServiceNameAliases {
    /// Alias → service name.
    static let aliases = ["runtime.sagemaker": "sagemaker-runtime"]

    /// The service name `name` stands for (`name` itself when it is not an alias).
    static func resolve(_ name: String) -> String { aliases[name] ?? name }
}
