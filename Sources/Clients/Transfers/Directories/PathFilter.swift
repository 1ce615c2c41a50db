import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Include and exclude glob patterns (`*.html`, `assets/*`, `?`, `[a-z]`), matched with
/// `fnmatch` against a file's path relative to the folder, `/`-separated; `*` also matches `/`,
/// as the AWS CLI's `--include`/`--exclude`. An empty include list includes everything; an
/// exclude match always wins.
struct PathFilter: Sendable {
    let include: [String]
    let exclude: [String]

    func accepts(_ relativePath: String) -> Bool {
        if exclude.contains(where: { Self.matches($0, relativePath) }) { return false }
        return include.isEmpty || include.contains(where: { Self.matches($0, relativePath) })
    }

    static func matches(_ pattern: String, _ path: String) -> Bool {
        fnmatch(pattern, path, 0) == 0
    }
}
