/// A type for which a missing attribute means "empty", because the encoder leaves empty sets out.
protocol DynamoDBEmptyWhenMissing {}

extension Set: DynamoDBEmptyWhenMissing {}
extension DynamoDBSet: DynamoDBEmptyWhenMissing {}
