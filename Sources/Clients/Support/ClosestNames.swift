/// Finds the valid names closest to a misspelled one, for "did you mean" hints.
public enum ClosestNames {
    /// Up to `limit` names from `candidates` closest to `name`: case-insensitive matches and
    /// names containing it first, then by edit distance (at most a third of the name's length, min 3);
    /// among names scored alike, the fewer edits away first.
    public static func find(_ name: String, in candidates: [String], limit: Int = 3) -> [String] {
        let lowered = name.lowercased()
        let normalized = lowered.filter { $0 != "_" && $0 != "-" }
        var scored: [(name: String, score: Int, edits: Int)] = []
        let threshold = Swift.max(3, normalized.count / 3)
        for candidate in candidates {
            let candidateLowered = candidate.lowercased()
            let candidateNormalized = candidateLowered.filter { $0 != "_" && $0 != "-" }
            let distance = editDistance(Array(normalized), Array(candidateNormalized), cap: threshold + 1)
            if candidateNormalized == normalized {
                scored.append((candidate, 0, 0))
            } else if !normalized.isEmpty, candidateNormalized.contains(normalized) || normalized.contains(candidateNormalized) {
                scored.append((candidate, 1 + abs(candidateNormalized.count - normalized.count) / 4, distance))
            } else if distance <= threshold {
                scored.append((candidate, distance + 1, distance))
            }
        }
        return scored.sorted { ($0.score, $0.edits, $0.name) < ($1.score, $1.edits, $1.name) }.prefix(limit).map(\.name)
    }

    /// Levenshtein distance, giving up (returning `cap`) once every path exceeds `cap`.
    static func editDistance(_ a: [Character], _ b: [Character], cap: Int) -> Int {
        if abs(a.count - b.count) >= cap { return cap }
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: b.count + 1)
        for i in 1...a.count {
            current[0] = i
            var rowMinimum = current[0]
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                rowMinimum = Swift.min(rowMinimum, current[j])
            }
            if rowMinimum >= cap { return cap }
            swap(&previous, &current)
        }
        return previous[b.count]
    }
}
