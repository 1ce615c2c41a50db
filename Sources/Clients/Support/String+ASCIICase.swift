extension String {
    /// The string lowercased, with no new allocation when it is already lowercase ASCII (header
    /// names usually are, or are short ASCII): the same result as `lowercased()`, which builds a
    /// new string every time.
    package var lowercasedFast: String {
        var hasUppercase = false
        for byte in utf8 {
            if byte >= 0x80 { return lowercased() }
            if byte >= 0x41 && byte <= 0x5A { hasUppercase = true }
        }
        if !hasUppercase { return self }
        return String(unsafeUninitializedCapacity: utf8.count) { buffer in
            var count = 0
            for byte in utf8 {
                buffer[count] = byte >= 0x41 && byte <= 0x5A ? byte | 0x20 : byte
                count += 1
            }
            return count
        }
    }
}
