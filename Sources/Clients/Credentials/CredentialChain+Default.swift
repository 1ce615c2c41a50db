extension CredentialChain {
    /// botocore 1.43's default chain (`create_credential_resolver`) for the context's profile, in
    /// its order:
    ///
    /// | botocore provider (method)                              | here                                   |
    /// |---------------------------------------------------------|----------------------------------------|
    /// | `EnvProvider` (`env`)                                   | `EnvironmentCredentialProvider`        |
    /// | `AssumeRoleProvider` (`assume-role`)                    | `AssumeRoleCredentialProvider`         |
    /// | `AssumeRoleWithWebIdentityProvider`                     | `WebIdentityCredentialProvider`        |
    /// | `SSOProvider` (`sso`)                                   | `SSOCredentialProvider`                |
    /// | `SharedCredentialProvider` (`shared-credentials-file`)  | `ProfileKeysCredentialProvider(.sharedCredentials)` |
    /// | `LoginProvider` (`login`)                               | `LoginCredentialProvider`              |
    /// | `ProcessProvider` (`custom-process`)                    | `ProcessCredentialProvider`            |
    /// | `ConfigProvider` (`config-file`)                        | `ProfileKeysCredentialProvider(.config)` |
    /// | `OriginalEC2Provider` (`ec2-credentials-file`)          | `EC2CredentialFileProvider`            |
    /// | `BotoProvider` (`boto-config`)                          | `BotoConfigCredentialProvider`         |
    /// | `ContainerProvider` (`container-role`)                  | `ContainerCredentialProvider`          |
    /// | `InstanceMetadataProvider` (`iam-role`)                 | `InstanceMetadataCredentialProvider`   |
    ///
    /// An explicitly chosen profile drops the environment variables, as botocore does.
    public static func `default`(context: CredentialProviderContext) -> CredentialChain {
        let shared = context.sharedConfig
        let environment = EnvironmentCredentialProvider(environment: context.environment, now: context.now)
        let container = ContainerCredentialProvider(context: context)
        let instanceMetadata = InstanceMetadataCredentialProvider(context: context)
        var providers: [any CredentialProvider] = []
        if !shared.isProfileExplicit { providers.append(environment) }
        providers += [
            AssumeRoleCredentialProvider(context: context, sources: [
                "Environment": environment, "Ec2InstanceMetadata": instanceMetadata, "EcsContainer": container,
            ]),
            WebIdentityCredentialProvider(context: context),
            SSOCredentialProvider(context: context),
            ProfileKeysCredentialProvider(.sharedCredentials, sharedConfig: shared),
            LoginCredentialProvider(context: context),
            ProcessCredentialProvider(context: context),
            ProfileKeysCredentialProvider(.config, sharedConfig: shared),
            EC2CredentialFileProvider(context: context),
            BotoConfigCredentialProvider(context: context),
            container,
            instanceMetadata,
        ]
        return CredentialChain(providers)
    }
}
