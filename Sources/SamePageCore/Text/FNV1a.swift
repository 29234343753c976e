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
}
