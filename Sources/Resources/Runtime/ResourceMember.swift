/// A member of a resource reached by name (`bucket.putObject`, `s3.bucket`, `bucket.creationDate`),
/// for the dynamic API:
///
/// ```swift
/// let bucket = try s3.bucket["photos"]                             // sub-resource, no request
/// let object = try await bucket.putObject(Key: "a", Body: data)    // action → ResourceValue
/// let date = try await bucket.creationDate.value                   // attribute (lazy load)
/// for try await o in try bucket.objects.filter(Prefix: "a") { }    // collection
/// try await bucket.delete()
/// ```
/// Names may be Swift (`putObject`), boto3 (`put_object`) or model (`PutObject`) spellings.
@dynamicCallable
public struct ResourceMember: Sendable {
    /// The resource the member belongs to.
    public let resource: Resource
    /// The name as written.
    public let name: String

    /// The member in the model, or an error naming close members.
    func resolve() throws -> ResourceModel.Member {
        let model = resource.meta.resourceModel
        guard let member = model.member(named: name) else {
            throw ResourceError(.unknownMember, "\(model.qualifiedName) has no member '\(name)'.",
                                suggestions: ClosestNames.find(name, in: model.memberNames))
        }
        return member
    }

    /// An identifier's or attribute's value (loading the data on first use); a reference's data as
    /// resources is `reference`.
    public var value: Document? {
        get async throws {
            switch try resolve() {
            case .identifier(let i): return resource.meta.identifiers[resource.meta.resourceModel.identifiers[i].name]
            case .attribute(let i): return try await resource.attribute(resource.meta.resourceModel.attributes[i].name)
            default: throw kindError("a value")
            }
        }
    }

    /// The related resource(s) of a reference.
    public var reference: ResourceValue {
        get async throws {
            guard case .reference(let i) = try resolve() else { throw kindError("a reference") }
            return try await resource.reference(resource.meta.resourceModel.references[i])
        }
    }

    /// A sub-resource with identifiers in order: `try s3.bucket["photos"]`, `try bucket.object["a.txt"]`.
    public subscript(_ identifiers: any DocumentConvertible...) -> Resource {
        get throws {
            guard case .subresource(let i) = try resolve() else { throw kindError("a sub-resource") }
            return try resource.subresource(resource.meta.resourceModel.subresources[i].name, identifiers.map(\.document))
        }
    }

    /// The collection of this name.
    public var collection: ResourceCollection<Resource> {
        get throws {
            guard case .collection(let i) = try resolve() else { throw kindError("a collection") }
            return ResourceCollection(parent: resource, model: resource.meta.resourceModel.collections[i])
        }
    }

    /// Every resource of the collection.
    public func all() throws -> ResourceCollection<Resource> { try collection }

    /// The collection, filtered with keyword arguments: `try bucket.objects.filter(Prefix: "a")`.
    public var filter: ResourceCollectionFilter<Resource> {
        get throws { try collection.filter }
    }

    /// The collection, limited to `count` resources.
    public func limit(_ count: Int) throws -> ResourceCollection<Resource> { try collection.limit(count) }

    /// The collection, fetching `count` resources per request.
    public func pageSize(_ count: Int) throws -> ResourceCollection<Resource> { try collection.pageSize(count) }

    /// The collection page by page.
    public func pages() throws -> ResourceCollectionPages<Resource> { try collection.pages() }

    private func kindError(_ wanted: String) -> ResourceError {
        ResourceError(.wrongMemberKind, "\(name) of \(resource.meta.resourceModel.qualifiedName) is not \(wanted).")
    }
}
