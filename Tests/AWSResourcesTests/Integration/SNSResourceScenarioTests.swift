import Foundation
import Testing
@testable import AWSResources

/// SNS through the generated handles against moto: a topic with attributes, an SQS queue
/// subscribed to it, a published message arriving in the queue, then the teardown.
@Suite(.serialized) struct SNSResourceScenarioTests {
    @Test func topicSubscriptionAndPublish() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let sns = try session.resource(SNS.self, endpointURL: endpoint)
        let sqs = try session.resource(SQS.self, endpointURL: endpoint)
        let name = ResourceScenario.uniqueName("scenario")

        let topic = try await sns.createTopic(Name: name)
        #expect(topic.arn.hasSuffix(":\(name)"))
        #expect(topic == sns.topic(topic.arn))
        #expect(try await ResourceScenario.collect(sns.topics.all()).contains(topic))
        #expect(try await topic.attributes?["TopicArn"] == .string(topic.arn))
        try await topic.setAttributes(AttributeName: "DisplayName", AttributeValue: "Scenario")
        try await topic.reload()
        #expect(try await topic.attributes?["DisplayName"] == "Scenario")

        let queue = try await sqs.createQueue(QueueName: name)
        let queueArn = try #require(try await queue.attributes?["QueueArn"]?.string)
        let subscription = try await topic.subscribe(Protocol: "sqs", Endpoint: queueArn)
        #expect(subscription.arn.hasPrefix(topic.arn + ":"))
        #expect(try await ResourceScenario.collect(topic.subscriptions.all()) == [subscription])
        #expect(try await ResourceScenario.collect(sns.subscriptions.all()).contains(subscription))
        #expect(try await subscription.attributes?["Endpoint"] == .string(queueArn))
        #expect(try await subscription.attributes?["Protocol"] == "sqs")

        let published = try await topic.publish(Message: "hello from sns", Subject: "greeting")
        #expect(published["MessageId"]?.string?.isEmpty == false)
        let messages = try await queue.receiveMessages(MaxNumberOfMessages: 10, WaitTimeSeconds: 0)
        #expect(messages.count == 1)
        let envelope = try #require(try await messages.first?.body)
        let parsed = try JSONValue.parse(Data(envelope.utf8)).document
        #expect(parsed["Message"] == "hello from sns")
        #expect(parsed["Subject"] == "greeting")
        #expect(parsed["TopicArn"] == .string(topic.arn))

        try await subscription.delete()
        #expect(try await ResourceScenario.collect(topic.subscriptions.all()).isEmpty)
        try await topic.delete()
        #expect(try await !ResourceScenario.collect(sns.topics.all()).contains(topic))
        try await queue.delete()
    }
}
