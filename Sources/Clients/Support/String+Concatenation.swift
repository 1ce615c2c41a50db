extension String {
    /// The pieces one after another, built in a single allocation of the final size.
    ///
    /// Signing builds its canonical strings from many short pieces; appending them one by one
    /// checks and regrows the storage on every append.
    package init(concatenating pieces: [String], separator: UInt8? = nil) {
        var total = separator == nil ? 0 : Swift.max(0, pieces.count - 1)
        for piece in pieces { total += piece.utf8.count }
        self.init(unsafeUninitializedCapacity: total) { buffer in
            var count = 0
            for (index, piece) in pieces.enumerated() {
                if let separator, index > 0 {
                    buffer[count] = separator
                    count += 1
                }
                var piece = piece
                piece.withUTF8 { bytes in
                    // `total` counted every byte written here, so the copy stays inside `buffer`.
                    let target = UnsafeMutableBufferPointer(rebasing: buffer[count..<(count + bytes.count)])
                    _ = target.initialize(from: bytes)
                }
                count += piece.utf8.count
            }
            return count
        }
    }
}
