import AWSModelData
import CZlib
import Foundation

/// Finds and reads endpoint rule sets and `partitions.json` in botocore-layout data folders
/// (`<folder>/<service>/<api-version>/endpoint-rule-set-1.json[.gz]`, `<folder>/partitions.json[.gz]`).
///
/// Folders are searched in order: `extraFolders`, then `$AWS_DATA_PATH` (colon-separated), then the
/// package's bundled `Models`. The newest API version wins, as in botocore's loader.
package enum EndpointDataFiles {
    /// The folders searched, in order.
    package static func searchFolders(extraFolders: [String] = []) -> [URL] {
        var folders = extraFolders.map { URL(fileURLWithPath: $0, isDirectory: true) }
        if let path = ProcessInfo.processInfo.environment["AWS_DATA_PATH"] {
            folders += path.split(separator: ":").map { URL(fileURLWithPath: String($0), isDirectory: true) }
        }
        if let bundled = BundledModelData.modelsDirectory { folders.append(bundled) }
        return folders
    }

    /// The compiled rule set of a service.
    package static func ruleSet(service: String, extraFolders: [String] = []) throws -> EndpointRuleSet {
        let folders = searchFolders(extraFolders: extraFolders)
        for folder in folders {
            let serviceFolder = folder.appendingPathComponent(service, isDirectory: true)
            let versions = (try? FileManager.default.contentsOfDirectory(atPath: serviceFolder.path))?.sorted(by: >) ?? []
            for version in versions {
                let base = serviceFolder.appendingPathComponent(version).appendingPathComponent("endpoint-rule-set-1.json")
                if let data = try read(base) {
                    return try EndpointRuleSet(json: data, partitions: partitions(extraFolders: extraFolders))
                }
            }
        }
        throw EndpointResolutionError(.invalidRuleSet, "no endpoint-rule-set-1.json for '\(service)' in \(folders.map(\.path)); set AWS_DATA_PATH to a botocore data folder")
    }

    /// The partitions table.
    package static func partitions(extraFolders: [String] = []) throws -> PartitionTable {
        let folders = searchFolders(extraFolders: extraFolders)
        for folder in folders {
            if let data = try read(folder.appendingPathComponent("partitions.json")) { return try PartitionTable(json: data) }
        }
        throw EndpointResolutionError(.invalidRuleSet, "no partitions.json in \(folders.map(\.path)); set AWS_DATA_PATH to a botocore data folder")
    }

    /// The file's bytes, trying `name` then `name.gz`; `nil` when neither exists.
    private static func read(_ url: URL) throws -> Data? {
        if FileManager.default.fileExists(atPath: url.path) { return try Data(contentsOf: url) }
        let gzipped = URL(fileURLWithPath: url.path + ".gz")
        guard FileManager.default.fileExists(atPath: gzipped.path) else { return nil }
        return try gunzip(Data(contentsOf: gzipped), name: gzipped.path)
    }

    private static func gunzip(_ data: Data, name: String) throws -> Data {
        var stream = z_stream()
        guard inflateInit2_(&stream, 16 + MAX_WBITS, ZLIB_VERSION, Int32(MemoryLayout<z_stream>.size)) == Z_OK else {
            throw EndpointResolutionError(.invalidRuleSet, "zlib could not start to read \(name)")
        }
        defer { inflateEnd(&stream) }
        var output = Data()
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        var status: Int32 = Z_OK
        try data.withUnsafeBytes { (input: UnsafeRawBufferPointer) in
            stream.next_in = UnsafeMutablePointer(mutating: input.bindMemory(to: Bytef.self).baseAddress)
            stream.avail_in = uInt(input.count)
            repeat {
                let produced: Int = chunk.withUnsafeMutableBufferPointer { buffer in
                    stream.next_out = buffer.baseAddress
                    stream.avail_out = uInt(buffer.count)
                    status = inflate(&stream, Z_NO_FLUSH)
                    return buffer.count - Int(stream.avail_out)
                }
                guard status == Z_OK || status == Z_STREAM_END else {
                    throw EndpointResolutionError(.invalidRuleSet, "\(name) is not valid gzip data (zlib status \(status))")
                }
                output.append(contentsOf: chunk[0..<produced])
                if status == Z_OK && produced == 0 && stream.avail_in == 0 {
                    throw EndpointResolutionError(.invalidRuleSet, "\(name) ends before its gzip stream does")
                }
            } while status != Z_STREAM_END
        }
        return output
    }
}
