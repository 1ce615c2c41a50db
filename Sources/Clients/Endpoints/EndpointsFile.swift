/// botocore's `endpoints.json` (689 KB), indexed rather than parsed: each partition's own settings
/// (`regions`, `regionRegex`, `defaults`, ...) are read, and its `services` are located and each
/// parsed when first asked for. A first signed request of a service reads one service's entries,
/// not the whole file.
package final class EndpointsFile: Sendable {
    /// One partition of the file.
    package struct Partition: Sendable {
        /// The partition's name (`aws`, `aws-cn`, ...).
        package let name: String
        /// Every member but `services`.
        package let settings: JSONObject
        /// `services`, by endpoint prefix, parsed on use.
        package let services: LazyJSONMembers
    }

    /// The partitions, in file order.
    package let partitions: [Partition]

    /// Indexes the file's bytes. Throws `JSONParseError` for text that is not JSON, and
    /// `EndpointResolutionError` when it has no `partitions` list.
    package init(bytes: [UInt8]) throws {
        var partitions: [Partition] = []
        var found = false
        try bytes.withUnsafeBufferPointer { buffer in
            var skimmer = JSONSkimmer(bytes: buffer)
            var top = try skimmer.enterObject()
            while let key = try skimmer.nextKey(&top) {
                guard skimmer.token(key, is: "partitions"), skimmer.peek(UInt8(ascii: "[")) else {
                    try skimmer.skipValue()
                    continue
                }
                found = true
                var list = try skimmer.enterArray()
                while try skimmer.nextElement(&list) {
                    guard skimmer.peek(UInt8(ascii: "{")) else { try skimmer.skipValue(); continue }
                    partitions.append(try Self.partition(&skimmer, bytes: bytes))
                }
            }
        }
        guard found else { throw EndpointResolutionError(.invalidRuleSet, "endpoints.json has no \"partitions\" list") }
        self.partitions = partitions
    }

    /// The file of `loader` (`AWS_DATA_PATH`'s, else the built-in one), indexed once per loader.
    package static func shared(loader: ModelLoader) throws -> EndpointsFile {
        try loader.derived("endpoints-file") { try EndpointsFile(bytes: loader.loadDataBytes("endpoints")) }
    }

    private static func partition(_ skimmer: inout JSONSkimmer, bytes: [UInt8]) throws -> Partition {
        var settings = JSONObject()
        var serviceNames: [String] = []
        var serviceRanges: [String: Range<Int>] = [:]
        var cursor = try skimmer.enterObject()
        while let key = try skimmer.nextKey(&cursor) {
            if skimmer.token(key, is: "services"), skimmer.peek(UInt8(ascii: "{")) {
                var services = try skimmer.enterObject()
                while let service = try skimmer.nextKey(&services) {
                    let name = try skimmer.string(service)
                    if serviceRanges.updateValue(try skimmer.skipValue(), forKey: name) == nil { serviceNames.append(name) }
                }
            } else {
                let name = try skimmer.string(key)
                let range = try skimmer.skipValue()
                settings[name] = try JSONReader.parse(UnsafeBufferPointer(rebasing: skimmer.bytes[range]))
            }
        }
        return Partition(name: settings["partition"]?.string ?? "", settings: settings,
                         services: LazyJSONMembers(bytes: bytes, keys: serviceNames, ranges: serviceRanges))
    }
}
