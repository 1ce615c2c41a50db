/// Keeps only the last `/`-separated part of the Route 53 ids a call takes, as botocore's
/// `fix_route53_ids`: responses name hosted zones, changes and delegation sets by path
/// (`/hostedzone/Z1D633PJN98FT9`, `/change/C2682N5HXP0BZ4`, `/delegationset/N1PA6795SAMPLE`),
/// and this lets those values be passed straight back (`Id: "/hostedzone/Z1..."` sends `Z1...`).
///
/// The members are the input's top-level ones whose shape is `ResourceId`, `DelegationSetId` or
/// `ChangeId` (`Id`, `HostedZoneId`, `DelegationSetId`, ...); other values are left alone.
struct Route53ResourceIDs: ServiceCustomization {
    static let idShapes: Set<String> = ["ResourceId", "DelegationSetId", "ChangeId"]

    func prepareParameters(_ params: inout Document, operation: OperationModel, context: CustomizationContext) throws {
        guard let input = operation.input, case .map(var entries) = params else { return }
        var changed = false
        for (name, shape) in input.members where Self.idShapes.contains(shape.name) {
            guard let value = entries[name]?.string, let slash = value.lastIndex(of: "/") else { continue }
            entries[name] = .string(String(value[value.index(after: slash)...]))
            changed = true
        }
        if changed { params = .map(entries) }
    }
}
