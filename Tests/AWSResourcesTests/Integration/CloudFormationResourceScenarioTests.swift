import Foundation
import Testing
@testable import AWSResources

/// CloudFormation through the generated handles against moto: a stack of one SQS queue, its
/// attributes, events and resource summaries, then the stack deleted.
@Suite(.serialized) struct CloudFormationResourceScenarioTests {
    @Test func stackEventsAndResources() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let cloudformation = try session.resource(CloudFormation.self, endpointURL: endpoint)
        let name = ResourceScenario.uniqueName("scenario")
        let template = #"{"Resources":{"Queue":{"Type":"AWS::SQS::Queue","Properties":{"QueueName":"\#(name)"}}}}"#

        let stack = try await cloudformation.createStack(StackName: name, TemplateBody: template)
        #expect(stack == cloudformation.stack(name))
        #expect(try await stack.stackName == name)
        #expect(try await stack.stackStatus == "CREATE_COMPLETE")
        #expect(try await stack.stackId?.hasPrefix("arn:aws:cloudformation:") == true)
        #expect(try await ResourceScenario.collect(cloudformation.stacks.all()).contains(stack))

        let events = try await ResourceScenario.collect(stack.events.all())
        #expect(!events.isEmpty)
        // moto records the stack's own events only (none per resource).
        var statuses: [String] = []
        for event in events {
            #expect(!event.id.isEmpty)
            #expect(try await event.stackName == name)
            #expect(try await event.logicalResourceId == name)
            #expect(try await event.resourceType == "AWS::CloudFormation::Stack")
            if let status = try await event.resourceStatus { statuses.append(status) }
        }
        #expect(statuses.contains("CREATE_COMPLETE"))

        let summaries = try await ResourceScenario.collect(stack.resourceSummaries.all())
        let summary = try #require(summaries.first)
        #expect(summaries.count == 1)
        #expect(summary.logicalId == "Queue")
        #expect(summary.stackName == name)
        #expect(try await summary.resourceType == "AWS::SQS::Queue")
        #expect(try await summary.physicalResourceId?.hasSuffix(name) == true)
        let resource = stack.resourceSubresource("Queue")
        #expect(summary.resourceSubresource() == resource)
        #expect(try await resource.resourceType == "AWS::SQS::Queue")
        #expect(try await resource.resourceStatus == "CREATE_COMPLETE")
        #expect(resource.stack() == stack)

        try await stack.delete()
        let remaining = try await ResourceScenario.collect(cloudformation.stacks.all())
        #expect(!remaining.contains(stack))
    }
}
