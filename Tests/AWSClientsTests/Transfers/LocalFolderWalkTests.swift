import Foundation
import Testing
@testable import AWSClients

/// The folder walk behind `uploadDirectory`: links skipped or followed, cycles walked once.
@Suite struct LocalFolderWalkTests {
    @Test func linksAreSkippedOrFollowedAndCyclesEnd() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("walk-\(UUID().uuidString)")
        let tree = root.appendingPathComponent("tree")
        try FileManager.default.createDirectory(at: tree.appendingPathComponent("sub"), withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: root) }
        try Data("a".utf8).write(to: tree.appendingPathComponent("sub/a.txt"))
        try Data("outside".utf8).write(to: root.appendingPathComponent("outside.txt"))
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("link.txt").path, withDestinationPath: "../outside.txt")
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("sub/up").path, withDestinationPath: "..")
        try FileManager.default.createSymbolicLink(atPath: tree.appendingPathComponent("broken").path, withDestinationPath: "nowhere")

        let plain = try LocalFolderWalk(root: tree, followSymlinks: false).files()
        #expect(plain.files.map(\.relativePath) == ["sub/a.txt"])
        #expect(plain.skipped.count == 3)

        let followed = try LocalFolderWalk(root: tree, followSymlinks: true).files()
        #expect(followed.files.map(\.relativePath) == ["link.txt", "sub/a.txt"], "\(followed.skipped)")
        #expect(followed.files.first?.size == 7)
        #expect(followed.files.first?.url.lastPathComponent == "outside.txt", "the file is read where the link leads")
        #expect(Set(followed.skipped.map(\.reason)) == ["a broken symbolic link", "a link to a folder already walked (a cycle)"])
    }
}
