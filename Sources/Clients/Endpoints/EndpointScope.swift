/// The variables visible while rules are evaluated: parameters first, then `assign`ed results,
/// each in the slot the compiler gave its name.
struct EndpointScope {
    private var slots: [Document?]

    init(slotCount: Int) {
        slots = Array(repeating: nil, count: slotCount)
    }

    subscript(slot: Int) -> Document? {
        get { slots[slot] }
        set { slots[slot] = newValue }
    }
}
