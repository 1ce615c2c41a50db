/// The canonical header block and signed-header list as strings (`CanonicalHeaderFields` writes
/// them into the canonical request when signing).
extension SigV4Signer {
    /// The canonical header block (each line ending in a newline) and the signed header list.
    /// `host` is signed even when the request leaves the header to the HTTP stack.
    static func canonicalHeaders(_ headers: HTTPHeaders, host: String) -> (block: String, signed: String) {
        var fields = CanonicalHeaderFields(headers, host: host)
        var builder = SigV4Bytes(reservingCapacity: fields.writtenByteCount)
        let (block, signed) = fields.write(into: &builder)
        return (builder.text(block), builder.text(signed))
    }
}
