import Foundation

extension Session {
    /// A client for the session's own credential and token calls (STS, SSO, SSO OIDC, sign-in):
    /// the session's configuration (so `AWS_ENDPOINT_URL_<SERVICE>` and profile endpoint URLs
    /// apply), its pinned transport and its signing clock; signed with `credentials`, or unsigned
    /// when `nil`. `region` replaces the configured one; `fallbackRegion` is used when neither is set.
    func serviceClient(_ service: String, region: String? = nil, fallbackRegion: String? = nil, credentials: Credentials?,
                       extraCustomizations: [any ServiceCustomization] = []) throws -> Client {
        let model = try loader.serviceModel(service)
        let resolver = ConfigResolver(sharedConfig: sharedConfig, environment: environment)
        let config = credentials == nil ? Config(signatureVersion: .unsigned) : nil
        var effective = try resolver.resolve(serviceID: model.metadata.serviceID ?? service, endpointPrefix: model.metadata.endpointPrefix,
                                             region: region ?? explicitRegion, config: config)
        if effective.region == nil { effective.region = fallbackRegion }
        guard effective.region != nil else {
            throw EndpointError(.noRegion, "The \(service) call made for profile '\(profileName)' needs a region: pass region: to the "
                + "Session, set AWS_DEFAULT_REGION, or add region to the profile.")
        }
        return try ClientFactory.make(model: model, config: effective, loader: loader,
                                      credentials: {
                                          guard let credentials else {
                                              throw NoCredentialsError(searched: ["(the \(service) call is unsigned)"])
                                          }
                                          return credentials
                                      },
                                      transport: transport(options: effective.transportOptions),
                                      signingClock: signingClock, extraCustomizations: extraCustomizations)
    }
}
