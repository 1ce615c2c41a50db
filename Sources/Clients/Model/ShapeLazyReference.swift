import Synchronization

/// An object a shape works out once and then reads on every call (its resolved members, a
/// protocol's table of them): set at most once, read with one atomic load and no lock. Unlike
/// `AtomicLazyReference`, whose generic `load()` is not specialized across the module boundary,
/// every use here compiles down to the load itself.
struct ShapeLazyReference<Instance: AnyObject & Sendable>: ~Copyable, Sendable {
    /// The retained instance's address; 0 until set.
    private let address = Atomic<UInt>(0)

    init() {}

    /// The instance, once set.
    func load() -> Instance? {
        guard let pointer = UnsafeRawPointer(bitPattern: address.load(ordering: .acquiring)) else { return nil }
        return Unmanaged<Instance>.fromOpaque(pointer).takeUnretainedValue()
    }

    /// Sets `value` unless an instance is already set; returns the instance that is set.
    func storeIfNil(_ value: Instance) -> Instance {
        let retained = Unmanaged.passRetained(value)
        let desired = UInt(bitPattern: retained.toOpaque())
        let (exchanged, original) = address.compareExchange(expected: 0, desired: desired, ordering: .acquiringAndReleasing)
        if exchanged { return value }
        retained.release()
        guard let pointer = UnsafeRawPointer(bitPattern: original) else { return value }
        return Unmanaged<Instance>.fromOpaque(pointer).takeUnretainedValue()
    }

    deinit {
        if let pointer = UnsafeRawPointer(bitPattern: address.load(ordering: .acquiring)) {
            Unmanaged<Instance>.fromOpaque(pointer).release()
        }
    }
}
