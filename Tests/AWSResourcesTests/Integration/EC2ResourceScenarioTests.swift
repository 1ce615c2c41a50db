import Foundation
import Testing
@testable import AWSResources

/// EC2 through the generated handles against moto: a VPC and subnet, a security group with an
/// ingress rule, an instance from one of moto's AMIs, a volume attached to it, then the teardown.
@Suite(.serialized) struct EC2ResourceScenarioTests {
    @Test func vpcSubnetGroupInstanceAndVolume() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let ec2 = try session.resource(EC2.self, endpointURL: endpoint)
        let name = "scenario-\(UInt32.random(in: 0...UInt32.max))"

        let vpc = try await ec2.createVpc(CidrBlock: "10.7.0.0/16")
        #expect(vpc.id.hasPrefix("vpc-"))
        try await vpc.waitUntilAvailable()
        #expect(try await vpc.cidrBlock == "10.7.0.0/16")
        #expect(try await vpc.state == "available")

        let subnet = try await vpc.createSubnet(CidrBlock: "10.7.1.0/24")
        #expect(try await subnet.vpcId == vpc.id)
        #expect(try await subnet.vpc == vpc)
        let zone = try #require(try await subnet.availabilityZone)
        #expect(try await ResourceScenario.collect(vpc.subnets.all()) == [subnet])

        let group = try await vpc.createSecurityGroup(GroupName: name, Description: "scenario group")
        #expect(group.id.hasPrefix("sg-"))
        try await group.authorizeIngress(IpPermissions: [
            ["IpProtocol": "tcp", "FromPort": 22, "ToPort": 22, "IpRanges": [["CidrIp": "10.0.0.0/8"]]],
        ])
        try await group.reload()
        #expect(try await group.groupName == name)
        #expect(try await group.vpcId == vpc.id)
        let rule = try #require(try await group.ipPermissions?[0])
        #expect(rule["FromPort"] == 22)
        #expect(rule["IpRanges"]?[0]?["CidrIp"] == "10.0.0.0/8")

        let image = try #require(try await ResourceScenario.collect(ec2.images.all().limit(1)).first)
        #expect(image.id.hasPrefix("ami-"))
        let launched = try await subnet.createInstances(ImageId: image.id, MinCount: 1, MaxCount: 1,
                                                        InstanceType: "t2.micro", SecurityGroupIds: [group.id])
        let instance = try #require(launched.first)
        #expect(launched.count == 1)
        try await instance.waitUntilRunning()
        try await instance.reload()
        #expect(try await instance.state?["Name"] == "running")
        #expect(try await instance.instanceType == "t2.micro")
        #expect(try await instance.imageId == image.id)
        #expect(try await instance.subnetId == subnet.id)
        #expect(try await instance.subnet == subnet)
        #expect(try await instance.vpc == vpc)
        #expect(try await instance.securityGroups?[0]?["GroupId"] == .string(group.id))
        let byID = try await ResourceScenario.collect(ec2.instances.filter(InstanceIds: [instance.id]))
        #expect(byID == [instance])
        #expect(try await ResourceScenario.collect(subnet.instances.all()) == [instance])

        let volume = try await ec2.createVolume(AvailabilityZone: zone, Size: 8)
        #expect(volume.id.hasPrefix("vol-"))
        #expect(try await volume.size == 8)
        try await volume.attachToInstance(InstanceId: instance.id, Device: "/dev/sdh")
        try await volume.reload()
        #expect(try await volume.state == "in-use")
        #expect(try await volume.attachments?[0]?["InstanceId"] == .string(instance.id))
        #expect(try await ResourceScenario.collect(instance.volumes.all()).contains(volume))
        try await volume.detachFromInstance(InstanceId: instance.id)
        try await volume.reload()
        #expect(try await volume.state == "available")
        try await volume.delete()

        let responses = try await ec2.instances.filter(InstanceIds: [instance.id]).terminate()
        #expect(responses.count == 1)
        try await instance.waitUntilTerminated()
        try await instance.reload()
        #expect(try await instance.state?["Name"] == "terminated")

        try await group.delete()
        try await subnet.delete()
        try await vpc.delete()
        #expect(try await ResourceScenario.collect(ec2.vpcs.filter(Filters: [["Name": "vpc-id", "Values": [.string(vpc.id)]]])).isEmpty)
    }
}
