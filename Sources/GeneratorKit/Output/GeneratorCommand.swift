import Foundation

/// The `aws-resource-generator` command line:
///
/// ```
/// swift run aws-resource-generator --output Sources/Resources/Generated           # regenerate
/// swift run aws-resource-generator --output Sources/Resources/Generated --check   # exit 1 when stale
/// ```
/// Options: `--output DIR` (default `Sources/Resources/Generated`), `--package-root DIR` (where
/// `Models/` and `ResourceModels/` are; default the current folder), `--check`.
public struct GeneratorCommand: Sendable {
    /// The output folder.
    public var output = GeneratedHeader.defaultOutput
    /// The folder holding `Models/` and `ResourceModels/`.
    public var packageRoot = "."
    /// Compare instead of writing.
    public var check = false

    /// Parses `arguments` (without the program name).
    public init(arguments: [String]) throws {
        var rest = arguments[...]
        while let argument = rest.popFirst() {
            switch argument {
            case "--check": check = true
            case "--output", "--package-root":
                guard let value = rest.popFirst() else { throw GeneratorError("\(argument) needs a folder.") }
                if argument == "--output" { output = value } else { packageRoot = value }
            case "-h", "--help":
                throw GeneratorError("usage: aws-resource-generator [--output DIR] [--package-root DIR] [--check]")
            default:
                throw GeneratorError("Unknown argument '\(argument)'; usage: aws-resource-generator [--output DIR] [--package-root DIR] [--check]")
            }
        }
    }

    /// Runs the command, printing what it did; returns the process exit status.
    public func run() throws -> Int32 {
        let root = URL(fileURLWithPath: packageRoot, isDirectory: true)
        let files = try ResourceGenerator(packageRoot: root).generate()
        let folder = GeneratedFolder(url: URL(fileURLWithPath: output, isDirectory: true, relativeTo: root).standardizedFileURL)
        let differences = folder.differences(from: files)
        if check {
            guard !differences.isEmpty else {
                print("\(files.count) generated files are up to date in \(output).")
                return 0
            }
            print("\(differences.count) generated file(s) in \(output) are stale:")
            for difference in differences { print("  \(difference)") }
            print("Regenerate with: swift run aws-resource-generator --output \(output)")
            return 1
        }
        try folder.write(files)
        print("Generated \(files.count) files in \(output) (\(differences.count) written or removed).")
        return 0
    }
}
