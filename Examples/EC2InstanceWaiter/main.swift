import AWSResources
import Foundation

// Starts an EC2 instance, waits until it runs, stops it, waits until it stops, then terminates it
// and waits until it is gone: the resource layer's waiters and the client's waiter side by side.
//
//   swift run example-ec2-waiter [--image AMI_ID] [--type INSTANCE_TYPE]
//
// Without --image it takes the first Amazon Linux image the account can see. This launches a real
// instance when pointed at AWS (and terminates it); scripts/examples runs it against moto.

func option(_ name: String) -> String? {
    guard let index = CommandLine.arguments.firstIndex(of: name), index + 1 < CommandLine.arguments.count else { return nil }
    return CommandLine.arguments[index + 1]
}

let session = try Session()
let ec2 = try session.resource(EC2.self)
let client = ec2.meta.client

var imageID = option("--image")
if imageID == nil {
    let images = try await client.describeImages(Owners: ["amazon"], Filters: [["Name": "name", "Values": ["amzn2-ami-*"]]])
    imageID = images["Images"]?[0]?["ImageId"]?.string
}
guard let imageID else { print("no image found; pass --image AMI_ID"); exit(2) }

let instances = try await ec2.createInstances(ImageId: .string(imageID), MinCount: 1, MaxCount: 1,
                                              InstanceType: .string(option("--type") ?? "t3.micro"))
guard let instance = instances.first else { print("RunInstances returned no instance"); exit(1) }
print("launched \(instance.id) from \(imageID)")

func state(_ instance: EC2.Instance) async throws -> String {
    try await instance.reload()
    return try await instance.state?["Name"]?.string ?? "?"
}

do {
    try await instance.waitUntilRunning()                    // resource waiter: instance_running
    print("running (state \(try await state(instance)))")

    _ = try await instance.stop()
    try await instance.waitUntilStopped(WaiterConfig: ["Delay": 5, "MaxAttempts": 60])
    print("stopped (state \(try await state(instance)))")

    _ = try await instance.terminate()
    try await client.waiter("instanceTerminated").wait(InstanceIds: [.string(instance.id)])   // client waiter
    print("terminated (state \(try await state(instance)))")
} catch let error as WaiterError {
    print("waiter \(error.waiterName) failed: \(error.reason)")
    _ = try? await instance.terminate()
    exit(1)
}
