import AWSClients
import Foundation

/// Loading and parsing the S3 model from disk, and serializing one PutObject.
enum ModelBenchmarks {
    static func run(rounds: Int) async throws -> [RoundFigures] {
        var rows: [RoundFigures] = []
        rows.append(try await measure("s3_model_load_parse", operations: 20, rounds: rounds) {
            let loader = ModelLoader(environment: [:])  // a fresh cache each time: cold load
            let model = try loader.serviceModel("s3")
            _ = try model.operation("PutObject").input?.members
        })
        let model = try ModelLoader(environment: [:]).serviceModel("s3")
        let putObject = try model.operation("PutObject")
        let wire = try WireProtocols.forService(model)
        let params: Document = ["Bucket": "bench-bucket", "Key": "some/key.txt", "Body": .blob(Data(count: 1024)),
                                "ContentType": "text/plain", "Metadata": ["a": "b"]]
        rows.append(try await measure("s3_put_object_serialize", operations: 20_000, rounds: rounds) {
            _ = try wire.serialize(params, operation: putObject)
        })
        rows.append(try await measure("s3_put_object_validate", operations: 20_000, rounds: rounds) {
            try ParamValidator().validate(params, shape: putObject.input)
        })
        return rows
    }
}
