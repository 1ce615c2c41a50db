/// A `Config`'s interceptors, compared by their types in order: two configurations with the
/// same kinds of interceptors are equal (interceptors themselves need not be `Hashable`).
struct InterceptorList: Sendable, Hashable {
    let interceptors: [any ClientInterceptor]

    init(_ interceptors: [any ClientInterceptor]) { self.interceptors = interceptors }

    private var types: [ObjectIdentifier] { interceptors.map { ObjectIdentifier(type(of: $0)) } }

    static func == (lhs: InterceptorList, rhs: InterceptorList) -> Bool { lhs.types == rhs.types }

    func hash(into hasher: inout Hasher) { hasher.combine(types) }
}
