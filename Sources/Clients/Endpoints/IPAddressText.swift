/// Recognizes IP address text the way botocore (and Python's `urllib`/`ipaddress`) do.
enum IPAddressText {
    /// botocore's `IPV4_RE`: four dot-separated runs of 1 to 3 ASCII digits (no range check).
    static func isLooseIPv4<S: StringProtocol>(_ text: S, allowTrailingNewline: Bool = false) -> Bool {
        var bytes = Array(text.utf8)[...]
        if allowTrailingNewline, bytes.last == 0x0A { bytes = bytes.dropLast() }
        return isIPv4(bytes, strict: false)
    }

    /// Four dotted decimal octets; `strict` is Python's `ipaddress`: at most 255, no leading zeros.
    static func isIPv4(_ bytes: ArraySlice<UInt8>, strict: Bool) -> Bool {
        let octets = bytes.split(separator: UInt8(ascii: "."), omittingEmptySubsequences: false)
        guard octets.count == 4 else { return false }
        for octet in octets {
            guard (1...3).contains(octet.count), octet.allSatisfy({ (0x30...0x39).contains($0) }) else { return false }
            if strict {
                if octet.count > 1 && octet.first == 0x30 { return false }
                let value = octet.reduce(0) { $0 * 10 + Int($1 - 0x30) }
                if value > 255 { return false }
            }
        }
        return true
    }

    /// An IPv6 address: eight hex groups of 1 to 4 digits, or fewer around one `::` (which stands
    /// for at least one group); the last two groups may be written as an IPv4 address.
    static func isIPv6(_ bytes: ArraySlice<UInt8>, strictIPv4: Bool) -> Bool {
        let colon = UInt8(ascii: ":")
        var doubleColon: Int?
        var index = bytes.startIndex
        while index < bytes.endIndex - 1 {
            if bytes[index] == colon && bytes[index + 1] == colon {
                if doubleColon != nil { return false }
                doubleColon = index
                index += 2
            } else {
                index += 1
            }
        }
        func units(_ part: ArraySlice<UInt8>, ipv4AllowedAtEnd: Bool) -> Int? {
            if part.isEmpty { return 0 }
            let groups = part.split(separator: colon, omittingEmptySubsequences: false)
            var total = 0
            for (position, group) in groups.enumerated() {
                if ipv4AllowedAtEnd, position == groups.count - 1, group.contains(UInt8(ascii: ".")) {
                    guard isIPv4(group, strict: strictIPv4) else { return nil }
                    total += 2
                    continue
                }
                guard (1...4).contains(group.count), group.allSatisfy(isHexDigit) else { return nil }
                total += 1
            }
            return total
        }
        if let doubleColon {
            guard let left = units(bytes[bytes.startIndex..<doubleColon], ipv4AllowedAtEnd: false),
                  let right = units(bytes[(doubleColon + 2)...], ipv4AllowedAtEnd: true) else { return false }
            return left + right <= 7
        }
        return units(bytes, ipv4AllowedAtEnd: true) == 8
    }

    /// botocore's `IPV6_ADDRZ_RE` without the brackets: an IPv6 address, optionally followed by a
    /// zone (`%` or `%25`, then unreserved characters or `%XX` escapes).
    static func isIPv6WithZone(_ text: String) -> Bool {
        let bytes = Array(text.utf8)[...]
        guard let percent = bytes.firstIndex(of: UInt8(ascii: "%")) else { return isIPv6(bytes, strictIPv4: false) }
        guard isIPv6(bytes[..<percent], strictIPv4: false) else { return false }
        var zone = bytes[(percent + 1)...]
        guard !zone.isEmpty else { return false }
        while let byte = zone.first {
            if byte == UInt8(ascii: "%") {
                guard zone.count >= 3, isHexDigit(zone[zone.startIndex + 1]), isHexDigit(zone[zone.startIndex + 2]) else { return false }
                zone = zone.dropFirst(3)
            } else if PercentEncoding.isUnreserved(byte) || byte == UInt8(ascii: "!") {
                zone = zone.dropFirst()
            } else {
                return false
            }
        }
        return true
    }

    /// Python's `ipaddress.ip_address` on a bracketed URL host: `nil` when it is a valid IPv6
    /// address (with an optional non-empty zone), else `urllib`'s complaint.
    static func bracketedHostProblem(_ host: String) -> String? {
        let bytes = Array(host.utf8)[...]
        if bytes.first == UInt8(ascii: "v") {
            // IPvFuture: v<hex>.<anything>
            let rest = bytes.dropFirst()
            guard let dot = rest.firstIndex(of: UInt8(ascii: ".")), dot > rest.startIndex,
                  rest[rest.startIndex..<dot].allSatisfy(isHexDigit), dot + 1 < bytes.endIndex else {
                return "IPvFuture address is invalid"
            }
            return nil
        }
        if isIPv4(bytes, strict: true) { return "An IPv4 address cannot be in brackets" }
        let address: ArraySlice<UInt8>
        if let percent = bytes.firstIndex(of: UInt8(ascii: "%")) {
            let zone = bytes[(percent + 1)...]
            guard !zone.isEmpty, !zone.contains(UInt8(ascii: "%")) else {
                return "'\(host)' does not appear to be an IPv4 or IPv6 address"
            }
            address = bytes[..<percent]
        } else {
            address = bytes
        }
        return isIPv6(address, strictIPv4: true) ? nil : "'\(host)' does not appear to be an IPv4 or IPv6 address"
    }

    private static func isHexDigit(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x30...0x39, 0x41...0x46, 0x61...0x66: return true
        default: return false
        }
    }
}
