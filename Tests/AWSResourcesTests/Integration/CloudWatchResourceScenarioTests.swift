import Foundation
import Testing
@testable import AWSResources

/// CloudWatch through the generated handles against moto: metric data put through the `Metric`
/// resource, the metrics collection, an alarm on the metric with its attributes, then the teardown.
@Suite(.serialized) struct CloudWatchResourceScenarioTests {
    @Test func metricDataAndAlarms() async throws {
        let (session, endpoint) = try await TestResources.motoSession()
        let cloudwatch = try session.resource(CloudWatch.self, endpointURL: endpoint)
        let namespace = ResourceScenario.uniqueName("Scenario")
        let alarmName = namespace + "-latency"

        let metric = cloudwatch.metric(namespace, "Latency")
        // As in boto3, the caller's MetricData replaces the one the model builds from the identifier,
        // so each datum names the metric itself.
        try await metric.putData(MetricData: [["MetricName": "Latency", "Value": 12.5, "Unit": "Milliseconds"],
                                              ["MetricName": "Latency", "Value": 7.5, "Unit": "Milliseconds"]])
        let metrics = try await ResourceScenario.collect(cloudwatch.metrics.filter(Namespace: namespace))
        // moto lists a metric once per datum put (AWS lists it once), so compare as a set.
        #expect(!metrics.isEmpty)
        #expect(Set(metrics) == [metric])
        #expect(try await metrics.first?.metricName == "Latency")
        let now = Date()
        let statistics = try await metric.getStatistics(StartTime: now.addingTimeInterval(-3600), EndTime: now.addingTimeInterval(3600),
                                                        Period: 60, Statistics: ["Sum", "SampleCount"])
        #expect(statistics["Datapoints"]?[0]?["Sum"] == 20.0)

        let alarm = try await metric.putAlarm(AlarmName: alarmName, Statistic: "Average", Period: 60, EvaluationPeriods: 1,
                                              Threshold: 100.0, ComparisonOperator: "GreaterThanThreshold")
        #expect(alarm == cloudwatch.alarm(alarmName))
        #expect(try await alarm.metricName == "Latency")
        #expect(try await alarm.namespace == namespace)
        #expect(try await alarm.threshold == 100.0)
        #expect(try await alarm.comparisonOperator == "GreaterThanThreshold")
        #expect(try await alarm.metric == metric)
        #expect(try await ResourceScenario.collect(cloudwatch.alarms.filter(AlarmNames: [alarmName])) == [alarm])
        #expect(try await ResourceScenario.collect(metric.alarms.all()) == [alarm])

        try await alarm.setState(StateValue: "ALARM", StateReason: "scenario test")
        try await alarm.reload()
        #expect(try await alarm.stateValue == "ALARM")
        #expect(try await alarm.stateReason == "scenario test")

        try await alarm.delete()
        #expect(try await ResourceScenario.collect(cloudwatch.alarms.filter(AlarmNames: [alarmName])).isEmpty)
    }
}
