import Glibc

/// One environment variable, read with `getenv`: ProcessInfo would copy the whole environment into a
/// dictionary first, a measurable part of start-up (BENCHMARKS.md).
func environment(_ name: String) -> String? {
    getenv(name).map { String(cString: $0) }
}
