extension ResourceModel {
    /// The member called `name`: its Swift name (`putObject`), boto3's name (`put_object`), or its
    /// model name (`PutObject`; for a model name used by several kinds, the earliest in boto3's order).
    public func member(named name: String) -> Member? { index[name] }

    /// Every Swift member name, for suggestions.
    public var memberNames: [String] {
        identifiers.map(\.swiftName) + actions.map(\.swiftName) + subresources.map(\.swiftName)
            + references.map(\.swiftName) + collections.map(\.swiftName) + waiters.map(\.swiftName)
            + attributes.map(\.swiftName) + (load == nil ? [] : ["load", "reload"])
    }

    /// The identifier called `name` (model, Swift or Python name).
    public func identifier(named name: String) -> ResourceIdentifier? {
        identifiers.first { $0.name == name || $0.swiftName == name || $0.pythonName == name }
    }

    /// The attribute called `name` (model, Swift or Python name).
    public func attribute(named name: String) -> ResourceAttribute? {
        attributes.first { $0.name == name } ?? attributes.first { $0.swiftName == name || $0.pythonName == name }
    }

    /// The action called `name` (model, Swift or Python name).
    public func action(named name: String) -> ResourceAction? {
        actions.first { $0.name == name || $0.swiftName == name || $0.pythonName == name }
    }

    /// The batch action called `name` (model, Swift or Python name).
    public func batchAction(named name: String) -> ResourceAction? {
        batchActions.first { $0.name == name || $0.swiftName == name || $0.pythonName == name }
    }

    /// The sub-resource or reference called `name` (model, Swift or Python name).
    public func relation(named name: String) -> ResourceRelation? {
        let all = subresources + references
        return all.first { $0.name == name } ?? all.first { $0.swiftName == name || $0.pythonName == name }
    }

    /// The collection called `name` (model, Swift or Python name).
    public func collection(named name: String) -> ResourceCollectionModel? {
        collections.first { $0.name == name || $0.swiftName == name || $0.pythonName == name }
    }

    /// The waiter called `name`: `Exists`, `waitUntilExists` or `wait_until_exists`.
    public func waiter(named name: String) -> ResourceWaiterModel? {
        waiters.first { $0.name == name || $0.swiftName == name || $0.pythonName == name }
    }

    static func buildIndex(identifiers: [ResourceIdentifier], attributes: [ResourceAttribute], actions: [ResourceAction],
                           subresources: [ResourceRelation], references: [ResourceRelation],
                           collections: [ResourceCollectionModel], waiters: [ResourceWaiterModel], hasLoad: Bool) -> [String: Member] {
        var index: [String: Member] = [:]
        var modelNames: [(String, Member)] = []
        func add(_ swift: String, _ python: String, _ model: String, _ member: Member) {
            if index[swift] == nil { index[swift] = member }
            if index[python] == nil { index[python] = member }
            modelNames.append((model, member))
        }
        if hasLoad {
            index["load"] = .load
            index["reload"] = .reload
        }
        for (i, item) in identifiers.enumerated() { add(item.swiftName, item.pythonName, item.name, .identifier(i)) }
        for (i, item) in actions.enumerated() { add(item.swiftName, item.pythonName, item.name, .action(i)) }
        for (i, item) in subresources.enumerated() { add(item.swiftName, item.pythonName, item.name, .subresource(i)) }
        for (i, item) in references.enumerated() { add(item.swiftName, item.pythonName, item.name, .reference(i)) }
        for (i, item) in collections.enumerated() { add(item.swiftName, item.pythonName, item.name, .collection(i)) }
        for (i, item) in waiters.enumerated() { add(item.swiftName, item.pythonName, item.name, .waiter(i)) }
        for (i, item) in attributes.enumerated() { add(item.swiftName, item.pythonName, item.name, .attribute(i)) }
        for (name, member) in modelNames where index[name] == nil { index[name] = member }
        return index
    }
}
