import CP256

/// The multiples of the P-256 base point that signing adds up (43 windows of 32 affine points,
/// 86 KB), computed once per process on the first SigV4a signature (about a millisecond).
///
/// `@unchecked Sendable`: the buffer is written only in `init`, before the instance is
/// published, and only read afterwards.
final class P256BaseTable: @unchecked Sendable {
    /// The table every signer shares.
    static let shared = P256BaseTable()

    /// The table's bytes, as `cp256_base_table_init` laid them out.
    let pointer: UnsafeRawPointer
    private let storage: UnsafeMutableRawPointer

    private init() {
        storage = UnsafeMutableRawPointer.allocate(byteCount: cp256_base_table_size(), alignment: 16)
        cp256_base_table_init(storage)
        pointer = UnsafeRawPointer(storage)
    }

    deinit {
        storage.deallocate()
    }
}
