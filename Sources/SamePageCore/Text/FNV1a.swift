/// FNV-1a, 64 bits: a small hash that is the same across runs and platforms, unlike `Hasher`. Used for
/// fingerprints and to recognise files, never for security.
public enum FNV1a {
    public static func hash(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }

    /// The same steps over eight bytes at a time (then the bytes left): eight times fewer multiplications
    /// for a whole file, where only telling files apart matters. (Words are read in the machine's byte
    /// order: a copy made on a machine of the other order would merely not be used.)
    public static func hashWords(_ bytes: UnsafeRawBufferPointer) -> UInt64 {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let words = bytes.count / 8
        for index in 0..<words {
            hash ^= bytes.loadUnaligned(fromByteOffset: index * 8, as: UInt64.self)
            hash = hash &* 0x100_0000_01b3
        }
        for byte in bytes[(words * 8)...] {
            hash ^= UInt64(byte)
            hash = hash &* 0x100_0000_01b3
        }
        return hash
    }
}
