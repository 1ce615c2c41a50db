extension CredentialChain {
    /// botocore's default chain for the context's profile: environment variables, assume-role
    /// profile, web identity, shared credentials file, `credential_process`, config file,
    /// container credentials, EC2 instance metadata. An explicitly chosen profile drops the
    /// environment variables, as botocore does. (SSO and `aws login` profiles are not supported.)
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
            ProfileKeysCredentialProvider(.sharedCredentials, sharedConfig: shared),
            ProcessCredentialProvider(context: context),
            ProfileKeysCredentialProvider(.config, sharedConfig: shared),
            container,
            instanceMetadata,
        ]
        return CredentialChain(providers)
    }
}
