import AWSResourceGenerator
import Foundation

// Generates the typed resource handles (Sources/Resources/Generated) from the bundled models.
// Run from the package root: swift run aws-resource-generator --output Sources/Resources/Generated [--check]
do {
    let command = try GeneratorCommand(arguments: Array(CommandLine.arguments.dropFirst()))
    exit(try command.run())
} catch {
    FileHandle.standardError.write(Data("aws-resource-generator: \(error)\n".utf8))
    exit(2)
}
