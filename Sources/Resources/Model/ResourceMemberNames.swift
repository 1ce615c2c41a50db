/// Gives each member of a resource its Swift and Python names, resolving clashes as boto3's
/// `ResourceModel.load_rename_map` does: members are registered in a fixed order (load,
/// identifiers, actions, sub-resources, references, collections, waiters, attributes), and a name
/// already taken gets the category as a suffix.
///
/// The two namespaces are resolved separately: Python names follow boto3 exactly (snake case, but
/// sub-resources keep their model name), Swift names are the lowerCamelCase of the model name
/// (`NameStyle.lowerCamel`) for every kind, so they can clash where Python names do not.
struct ResourceMemberNames {
    private var swiftTaken: Set<String>
    private var pythonTaken: Set<String>
    private var resourceName: String

    /// Names every typed handle already has in Swift, besides `load`/`reload` when the resource loads.
    static let swiftReserved: Set<String> = ["meta", "description", "hashValue", "resource"]

    /// Starts with the reserved names. `modelHasLoad` is boto3's test (the model's own `load`);
    /// `swiftHasLoad` also counts injected loads, which give the Swift handle `load()`/`reload()`.
    init(resourceName: String, modelHasLoad: Bool, swiftHasLoad: Bool) {
        self.resourceName = resourceName
        pythonTaken = modelHasLoad ? ["meta", "load"] : ["meta"]
        swiftTaken = Self.swiftReserved.union(swiftHasLoad ? ["load", "reload"] : [])
    }

    /// Registers a member and returns its (Swift, Python) names.
    mutating func register(_ name: String, _ category: ResourceMemberCategory) throws(ModelError) -> (swift: String, python: String) {
        let swift = try claim(NameStyle.lowerCamel(name), category, in: &swiftTaken, suffix: category.swiftSuffix)
        let pythonBase = category == .subresource ? name : NameStyle.snake(name)
        let python = try claim(pythonBase, category, in: &pythonTaken, suffix: category.pythonSuffix)
        return (swift, python)
    }

    private func claim(_ name: String, _ category: ResourceMemberCategory, in taken: inout Set<String>,
                       suffix: String) throws(ModelError) -> String {
        var chosen = name
        if taken.contains(chosen) {
            chosen += suffix
            if taken.contains(chosen) {
                throw ModelError(.invalidDefinition,
                                 "The \(category.rawValue) '\(name)' of \(resourceName) clashes with another member even when renamed '\(chosen)'.",
                                 path: "resources.\(resourceName)")
            }
        }
        taken.insert(chosen)
        return chosen
    }
}
