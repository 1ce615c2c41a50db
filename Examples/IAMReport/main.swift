import AWSResources
import Foundation

// A report of every IAM user: groups, attached policies and access keys, with each listing read
// through a paginator (boto3's get_paginator) and the users through the resource layer.
//
//   swift run example-iam-report            # your account's users (read only)
//   swift run example-iam-report --seed     # first creates 5 example users, removes them after

let session = try Session()
let iam = try session.client("iam")
let seed = CommandLine.arguments.contains("--seed")
let prefix = "example-report-\(UInt16.random(in: 0...UInt16.max))-"
var created: [String] = []
var policyARN = ""

if seed {
    _ = try await iam.createGroup(GroupName: .string(prefix + "devs"))
    let document = #"{"Version": "2012-10-17", "Statement": [{"Effect": "Allow", "Action": "s3:GetObject", "Resource": "*"}]}"#
    policyARN = try await iam.createPolicy(PolicyName: .string(prefix + "read"), PolicyDocument: .string(document))["Policy"]?["Arn"]?.string ?? ""
    for index in 1...5 {
        let name = prefix + "user\(index)"
        _ = try await iam.createUser(UserName: .string(name), Tags: [["Key": "team", "Value": index % 2 == 0 ? "web" : "data"]])
        if index <= 3 { _ = try await iam.addUserToGroup(GroupName: .string(prefix + "devs"), UserName: .string(name)) }
        if index == 1 { _ = try await iam.createAccessKey(UserName: .string(name)) }
        _ = try await iam.attachUserPolicy(UserName: .string(name), PolicyArn: .string(policyARN))
        created.append(name)
    }
    print("seeded 5 users")
}

func all(_ operation: String, _ path: String, _ params: KeyValuePairs<String, Document>) async throws -> [Document] {
    var values: [Document] = []
    let call = iam.paginator(operation).paginate
    for try await value in call.dynamicallyCall(withKeywordArguments: params).search(path) { values.append(value) }
    return values
}

/// One line of the report, in columns.
func row(_ cells: [String]) -> String {
    zip(cells, [28, 11, 7, 28, 5]).map { cell, width in cell.padding(toLength: max(width, cell.count), withPad: " ", startingAt: 0) }
        .joined(separator: " ")
}

print(row(["user", "created", "groups", "policies", "keys"]))
var users = 0
for try await user in try session.resource(IAM.self).users.pageSize(2) {    // ListUsers, 2 per page
    users += 1
    let groups = try await all("listGroupsForUser", "Groups[].GroupName", ["UserName": .string(user.name)])
    let policies = try await all("listAttachedUserPolicies", "AttachedPolicies[].PolicyName", ["UserName": .string(user.name)])
    let keys = try await all("listAccessKeys", "AccessKeyMetadata[].AccessKeyId", ["UserName": .string(user.name)])
    let created = try await user.createDate.map { ISO8601DateFormatter().string(from: $0).prefix(10) } ?? "?"
    print(row([user.name, String(created), "\(groups.count)", policies.compactMap(\.string).joined(separator: ","), "\(keys.count)"]))
}
print("\(users) user(s)")

if seed {
    for name in created {
        for key in try await all("listAccessKeys", "AccessKeyMetadata[].AccessKeyId", ["UserName": .string(name)]) {
            _ = try await iam.deleteAccessKey(UserName: .string(name), AccessKeyId: key)
        }
        _ = try await iam.detachUserPolicy(UserName: .string(name), PolicyArn: .string(policyARN))
        _ = try? await iam.removeUserFromGroup(GroupName: .string(prefix + "devs"), UserName: .string(name))
        _ = try await iam.deleteUser(UserName: .string(name))
    }
    _ = try await iam.deleteGroup(GroupName: .string(prefix + "devs"))
    _ = try await iam.deletePolicy(PolicyArn: .string(policyARN))
    print("removed the 5 example users")
    guard users >= 5 else { print("expected at least the 5 seeded users"); exit(1) }
}
