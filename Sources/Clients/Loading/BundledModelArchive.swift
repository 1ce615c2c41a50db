import AWSModelData
import Foundation

/// The model files compiled into the binary by the `AWSModelData` target (`Models/` and
/// `ResourceModels/`, written by `scripts/update-models`), read in place: a program copied alone
/// to another machine still has every service.
///
/// Files are found by binary search over the sorted table the generator writes, so finding one
/// reads no other.
struct BundledModelArchive: @unchecked Sendable {
    // @unchecked: the table and the bytes it points to are immutable static data of the binary,
    // alive for the whole process.

    /// One bundled file.
    struct Entry: @unchecked Sendable {
        // @unchecked: `bytes` points into the binary's immutable static data.

        /// The path in botocore's layout, relative to the archive (`s3/2006-03-01/service-2.json.gz`).
        let path: String
        /// The gzip-compressed contents.
        let bytes: UnsafeRawBufferPointer
    }

    /// The botocore models (`Models/`).
    static let models = BundledModelArchive(name: "Models", table: aws_bundled_model_files)
    /// The boto3 resource models (`ResourceModels/`).
    static let resources = BundledModelArchive(name: "ResourceModels", table: aws_bundled_resource_files)

    /// The botocore release of the bundled models.
    static let botocoreVersion = String(cString: aws_bundled_botocore_version())

    /// The index of bundled services the generator wrote beside the files, sorted by name.
    static let serviceIndex: [ServiceSummary] = {
        var count: UInt = 0
        guard let base = aws_bundled_services(&count) else { return [] }
        return UnsafeBufferPointer(start: base, count: Int(count)).map { row in
            ServiceSummary(name: String(cString: row.name),
                           apiVersions: String(cString: row.apiVersions).split(separator: " ").map(String.init),
                           protocols: String(cString: row.protocols).split(separator: " ").map(String.init),
                           signingName: String(cString: row.signingName), endpointPrefix: String(cString: row.endpointPrefix),
                           serviceID: String(cString: row.serviceID))
        }
    }()

    /// How error messages name this archive.
    let label: String
    private let files: UnsafeBufferPointer<AWSBundledFile>
    /// Whether this is the botocore models archive (which has the service index).
    private let isModels: Bool

    private init(name: String, table: (UnsafeMutablePointer<UInt>?) -> UnsafePointer<AWSBundledFile>?) {
        var count: UInt = 0
        let base = table(&count)
        files = UnsafeBufferPointer(start: base, count: Int(count))
        isModels = name == "Models"
        label = "\(name) built into this program (botocore \(Self.botocoreVersion))"
    }

    /// The file at `path` (`s3/2006-03-01/service-2.json.gz`, `partitions.json.gz`), if bundled.
    func entry(_ path: String) -> Entry? {
        let position = lowerBound(path)
        guard position < files.count, path.withCString({ strcmp(files[position].path, $0) }) == 0 else { return nil }
        return entry(at: position)
    }

    /// The API versions of `service` holding a `<type>.json.gz`, ascending.
    func versions(of service: String, type: String) -> [String] {
        let prefix = service + "/"
        let suffix = "/" + type + ".json.gz"
        var versions: [String] = []
        var position = lowerBound(prefix)
        while position < files.count {
            let path = String(cString: files[position].path)
            guard path.hasPrefix(prefix) else { break }
            if path.hasSuffix(suffix) {
                let version = path.dropFirst(prefix.count).dropLast(suffix.count)
                if !version.isEmpty, !version.contains("/") { versions.append(String(version)) }
            }
            position += 1
        }
        return versions
    }

    /// Every service with a `<type>.json.gz` in some version, sorted.
    func services(type: String) -> [String] {
        if isModels, type == "service-2" { return Self.serviceIndex.map(\.name) }
        let suffix = "/" + type + ".json.gz"
        var services: [String] = []
        for file in files {
            let path = String(cString: file.path)
            guard path.hasSuffix(suffix) else { continue }
            let parts = path.split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count == 3, services.last != String(parts[0]) else { continue }
            services.append(String(parts[0]))
        }
        return services
    }

    private func entry(at position: Int) -> Entry {
        let file = files[position]
        return Entry(path: String(cString: file.path), bytes: UnsafeRawBufferPointer(start: file.bytes, count: Int(file.length)))
    }

    /// The first position whose path is not below `path` in byte order.
    private func lowerBound(_ path: String) -> Int {
        path.withCString { target in
            var low = 0, high = files.count
            while low < high {
                let middle = (low + high) / 2
                if strcmp(files[middle].path, target) < 0 { low = middle + 1 } else { high = middle }
            }
            return low
        }
    }
}
