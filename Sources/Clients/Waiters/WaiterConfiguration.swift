/// One waiter of `waiters-2.json`: the operation it polls, its default delay and attempts, and
/// its acceptors in order.
struct WaiterConfiguration: Sendable {
    /// The waiter's name as the model spells it (`BucketExists`).
    let name: String
    /// The API name of the polled operation (`HeadBucket`).
    let operation: String
    /// Seconds between attempts.
    let delay: Double
    /// Attempts before giving up.
    let maxAttempts: Int
    let acceptors: [WaiterAcceptor]

    init(name: String, definition: JSONValue) throws(WaiterError) {
        self.name = name
        let path = "waiters.\(name) in waiters-2.json"
        func invalid(_ problem: String) -> WaiterError {
            WaiterError(.invalidConfig, waiterName: name, reason: "\(path) \(problem)")
        }
        guard let operation = definition["operation"]?.string else { throw invalid("has no operation") }
        guard let delay = definition["delay"]?.double else { throw invalid("has no numeric delay") }
        guard let maxAttempts = definition["maxAttempts"]?.int else { throw invalid("has no integer maxAttempts") }
        guard let list = definition["acceptors"]?.array else { throw invalid("has no acceptors list") }
        var acceptors: [WaiterAcceptor] = []
        for (index, acceptor) in list.enumerated() {
            guard let matcherName = acceptor["matcher"]?.string, let matcher = WaiterAcceptor.Matcher(rawValue: matcherName) else {
                throw invalid("acceptor \(index): Unknown acceptor: \(acceptor["matcher"]?.string ?? "(none)")")
            }
            guard let stateName = acceptor["state"]?.string, let state = WaiterAcceptor.State(rawValue: stateName) else {
                throw invalid("acceptor \(index) has an unknown state '\(acceptor["state"]?.string ?? "(none)")' (success, failure or retry)")
            }
            guard let expected = acceptor["expected"] else { throw invalid("acceptor \(index) has no expected value") }
            do {
                acceptors.append(try WaiterAcceptor(state: state, matcher: matcher, expected: expected.document,
                                                    argument: acceptor["argument"]?.string))
            } catch {
                throw invalid("acceptor \(index) is invalid: \(error)")
            }
        }
        self.operation = operation
        self.delay = delay
        self.maxAttempts = maxAttempts
        self.acceptors = acceptors
    }
}
