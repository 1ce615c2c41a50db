import Foundation
import Testing
@testable import AWSResources

/// Glacier through the generated handles against moto: a vault created through the account
/// resource (account id `-`), its attributes, the vaults collection, an archive, then the teardown.
@Suite(.serialized) struct GlacierResourceScenarioTests {
    @Test func vaultThroughTheAccount() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let glacier = try session.resource(Glacier.self, endpointURL: endpoint)
        let name = ResourceScenario.uniqueName("scenario")
        let account = glacier.account("-")

        let vault = try await account.createVault(vaultName: name)
        #expect(vault == account.vault(name))
        #expect(vault.accountId == "-")
        #expect(vault.account() == account)
        #expect(try await vault.vaultName == name)
        #expect(try await vault.vaultARN?.hasSuffix(":vaults/\(name)") == true)
        #expect(try await vault.numberOfArchives == 0)
        #expect(try await ResourceScenario.collect(account.vaults.all()).contains(vault))

        let archive = try await vault.uploadArchive(archiveDescription: "scenario", body: .blob(Data("frozen".utf8)))
        #expect(!archive.id.isEmpty)
        #expect(archive.vaultName == name)
        try await archive.delete()

        try await vault.delete()
        #expect(try await !ResourceScenario.collect(account.vaults.all()).contains(vault))
    }
}
