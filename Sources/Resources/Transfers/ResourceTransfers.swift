import Foundation

/// The S3 transfers on dynamic resources (`try session.resource("s3")`), as boto3 injects them
/// into `s3.Bucket` and `s3.Object`: `uploadFile`, `downloadFile` and `copy` (or `upload_file`,
/// ...), with keyword arguments as `Document`s:
///
/// ```swift
/// let bucket = try s3.bucket["photos"]
/// _ = try await bucket.uploadFile(Filename: "/tmp/a.jpg", Key: "a.jpg", ExtraArgs: ["ContentType": "image/jpeg"])
/// _ = try await bucket.object["a.jpg"].copy(CopySource: ["Bucket": "src", "Key": "a.jpg"])
/// ```
/// `Config` is a map of `TransferConfig` fields by boto3's or Swift's names
/// (`["multipart_threshold": 16777216]`). Streams and callbacks need the typed handles.
enum ResourceTransfers {
    private static let names: [String: String] = [
        "uploadFile": "uploadFile", "upload_file": "uploadFile", "downloadFile": "downloadFile",
        "download_file": "downloadFile", "copy": "copy",
    ]
    private static let configFields: [String] = [
        "multipartThreshold", "multipartChunksize", "maxConcurrency", "numDownloadAttempts", "maxIOQueue", "ioChunksize",
        "useThreads", "maxBandwidth",
    ]

    /// Runs the transfer `name` names on `resource`, or returns `nil` when it names none (or the
    /// model has a member of that name, which wins).
    static func call(_ name: String, on resource: Resource, _ params: Document) async throws -> ResourceValue? {
        let model = resource.meta.resourceModel
        guard resource.meta.serviceName == "s3", model.member(named: name) == nil, let transfer = names[name],
              model.name == "Bucket" || model.name == "Object" else { return nil }
        let isBucket = model.name == "Bucket"
        var arguments = params.dictionary ?? [:]
        let bucket = resource.identifier(isBucket ? "Name" : "BucketName")?.string ?? ""
        var key = resource.identifier("Key")?.string ?? ""
        if isBucket { key = try take("Key", from: &arguments, in: name) }
        let extra = arguments.removeValue(forKey: "ExtraArgs") ?? [:]
        let config = try transferConfig(arguments.removeValue(forKey: "Config"))
        let client = resource.meta.client
        switch transfer {
        case "uploadFile":
            let file = try take("Filename", from: &arguments, in: name)
            try rejectUnknown(arguments, in: name)
            try await client.uploadFile(Filename: file, Bucket: bucket, Key: key, ExtraArgs: extra, Config: config)
        case "downloadFile":
            let file = try take("Filename", from: &arguments, in: name)
            try rejectUnknown(arguments, in: name)
            try await client.downloadFile(Bucket: bucket, Key: key, Filename: file, ExtraArgs: extra, Config: config)
        default:
            guard let source = arguments.removeValue(forKey: "CopySource") else {
                throw ResourceError(.invalidIdentifiers, "\(name)() needs CopySource: a map with Bucket and Key, or \"bucket/key\".")
            }
            try rejectUnknown(arguments, in: name)
            try await client.copy(CopySource: source, Bucket: bucket, Key: key, ExtraArgs: extra, Config: config)
        }
        return .document(.null)
    }

    private static func take(_ argument: String, from arguments: inout [String: Document], in name: String) throws -> String {
        guard let value = arguments.removeValue(forKey: argument)?.string else {
            throw ResourceError(.invalidIdentifiers, "\(name)() needs \(argument): a string.")
        }
        return value
    }

    private static func rejectUnknown(_ arguments: [String: Document], in name: String) throws {
        guard let unknown = arguments.keys.sorted().first else { return }
        throw ResourceError(.invalidIdentifiers, "\(name)() takes no argument '\(unknown)' (Filename, Key, CopySource, ExtraArgs, Config).",
                            suggestions: ClosestNames.find(unknown, in: ["Filename", "Key", "CopySource", "ExtraArgs", "Config"]))
    }

    /// A `TransferConfig` from a map of its fields by Swift or boto3 name.
    static func transferConfig(_ document: Document?) throws -> TransferConfig {
        var config = TransferConfig()
        guard let document, !document.isNull else { return config }
        guard let fields = document.dictionary else {
            throw ResourceError(.invalidIdentifiers, "Config must be a map of TransferConfig fields, got \(document).")
        }
        for (field, value) in fields {
            let swiftName = field.split(separator: "_").enumerated()
                .map { $0.offset == 0 ? String($0.element) : $0.element.prefix(1).uppercased() + $0.element.dropFirst() }.joined()
                .replacingOccurrences(of: "IoQueue", with: "IOQueue").replacingOccurrences(of: "maxIoQueue", with: "maxIOQueue")
            switch swiftName {
            case "multipartThreshold": config.multipartThreshold = Int64(value.int ?? -1)
            case "multipartChunksize": config.multipartChunksize = Int64(value.int ?? -1)
            case "maxConcurrency": config.maxConcurrency = value.int ?? -1
            case "numDownloadAttempts": config.numDownloadAttempts = value.int ?? -1
            case "maxIOQueue": config.maxIOQueue = value.int ?? -1
            case "ioChunksize": config.ioChunksize = value.int ?? -1
            case "useThreads": config.useThreads = value.bool ?? true
            case "maxBandwidth": config.maxBandwidth = value.isNull ? nil : Int64(value.int ?? -1)
            default:
                throw ResourceError(.invalidIdentifiers, "Config has no field '\(field)'.",
                                    suggestions: ClosestNames.find(swiftName, in: configFields))
            }
        }
        return config
    }
}
