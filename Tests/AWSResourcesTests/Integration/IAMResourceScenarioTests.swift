import Foundation
import Testing
@testable import AWSResources

/// IAM through the generated handles against moto: a user in a group, a role with an assume-role
/// policy, a managed policy attached to the user, then everything deleted.
@Suite(.serialized) struct IAMResourceScenarioTests {
    static let assumeRolePolicy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Principal":{"Service":"ec2.amazonaws.com"},"Action":"sts:AssumeRole"}]}"#
    static let readPolicy = #"{"Version":"2012-10-17","Statement":[{"Effect":"Allow","Action":"s3:GetObject","Resource":"*"}]}"#

    @Test func usersGroupsRolesAndPolicies() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let iam = try session.resource(IAM.self, endpointURL: endpoint)
        let name = ResourceScenario.uniqueName("scenario")

        let user = try await iam.createUser(UserName: name)
        #expect(user == iam.user(name))
        #expect(try await user.userName == name)
        #expect(try await user.arn?.hasSuffix(":user/\(name)") == true)
        #expect(try await ResourceScenario.collect(iam.users.all()).contains(user))

        let group = try await iam.createGroup(GroupName: name + "-group")
        #expect(group.name == name + "-group")
        try await group.addUser(UserName: name)
        #expect(try await ResourceScenario.collect(user.groups.all()) == [group])
        #expect(try await ResourceScenario.collect(group.users.all()) == [user])

        let role = try await iam.createRole(RoleName: name + "-role", AssumeRolePolicyDocument: Self.assumeRolePolicy)
        #expect(role.name == name + "-role")
        #expect(try await role.arn?.hasSuffix(":role/\(name)-role") == true)
        let trust = try await role.assumeRolePolicyDocument
        #expect(trust?["Statement"]?[0]?["Principal"]?["Service"] == "ec2.amazonaws.com")
        #expect(try await ResourceScenario.collect(iam.roles.all()).contains(role))

        let policy = try await iam.createPolicy(PolicyName: name + "-read", PolicyDocument: Self.readPolicy)
        #expect(policy.arn.hasSuffix(":policy/\(name)-read"))
        #expect(try await policy.policyName == name + "-read")
        try await user.attachPolicy(PolicyArn: policy.arn)
        #expect(try await ResourceScenario.collect(user.attachedPolicies.all()) == [policy])
        #expect(try await ResourceScenario.collect(policy.attachedUsers.all()) == [user])
        try await policy.reload()
        #expect(try await policy.attachmentCount == 1)
        let version = try #require(try await policy.defaultVersion)
        #expect(try await version.document?["Statement"]?[0]?["Action"] == "s3:GetObject")

        try await user.detachPolicy(PolicyArn: policy.arn)
        #expect(try await ResourceScenario.collect(user.attachedPolicies.all()).isEmpty)
        try await policy.delete()
        try await group.removeUser(UserName: name)
        try await group.delete()
        try await role.delete()
        try await user.delete()
        #expect(try await !ResourceScenario.collect(iam.users.all()).contains(user))
    }
}
