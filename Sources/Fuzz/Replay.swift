// aws-fuzz. Built with `-sanitize=fuzzer -DFUZZING` (scripts/fuzz), libFuzzer's own main drives
// `LLVMFuzzerTestOneInput` (FuzzEntry.swift) and this file declares nothing. Built normally, it
// replays inputs: `aws-fuzz TARGET FILE_OR_FOLDER...` runs each file through the target and
// prints how many ran (a crash is the failure).
#if !FUZZING
import AWSFuzzTargets
import Foundation

/// The corpus replayer (the normal build's entry point).
@main
struct FuzzReplay {
    static func main() {
        let arguments = Array(CommandLine.arguments.dropFirst())
        guard let name = arguments.first, let target = FuzzTargets.all[name] else {
            print("usage: aws-fuzz TARGET FILE_OR_FOLDER...   (targets: \(FuzzTargets.names.joined(separator: ", ")))")
            exit(2)
        }
        var replayed = 0
        for path in arguments.dropFirst() {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                print("aws-fuzz: no such file or folder: \(path)")
                exit(2)
            }
            let files = isFolder.boolValue
                ? ((try? FileManager.default.contentsOfDirectory(atPath: path)) ?? []).sorted().map { path + "/" + $0 } : [path]
            for file in files {
                guard let data = FileManager.default.contents(atPath: file) else { continue }
                target(data)
                replayed += 1
            }
        }
        print("\(name): \(replayed) inputs ran without a crash")
    }
}
#endif
