import Testing

/// The binary starts fast partly because it carries neither Foundation nor ICU (issue 14, BENCHMARKS.md):
/// FoundationEssentials and the C library do what the code needs. This holds the line in every build.
@Suite("What the binary links")
struct LinkedLibrariesTests {
    @Test("no Foundation, FoundationInternationalization or ICU library is loaded with it")
    func sharedLibraries() throws {
        let (status, said) = try SystemTool.run("/usr/bin/ldd", [Binary.path])
        // A static build says so instead of listing libraries; a debug build lists every one it needs.
        #expect(status == 0 || said.contains("not a dynamic executable"), "\(said)")
        if status == 0 { #expect(said.contains("libFoundationEssentials"), "the list should be readable: \(said)") }
        for library in ["libFoundation.so", "libFoundationInternationalization", "lib_FoundationICU", "libicu"] {
            #expect(!said.contains(library), "\(library) is linked: \(said)")
        }
    }

    @Test("no Foundation or ICU code is inside it")
    func symbols() throws {
        let (status, said) = try SystemTool.run("/usr/bin/nm", [Binary.path])
        #expect(status == 0)
        // The control: the symbol table is there to read, so an empty answer cannot pass for a clean one.
        #expect(said.contains("$s20FoundationEssentials"))
        let lines = said.split(separator: "\n")
        let foundation = lines.filter { $0.contains("$s10Foundation") }
        // ICU's entry points, as the toolchain's copy names them (swift_ucol_open) and as the system's does.
        let icu = lines.filter { line in ["ucol_open", "ucal_open", "udat_open", "uloc_getDefault"].contains { line.contains($0) } }
        #expect(foundation.isEmpty, "Foundation symbols: \(foundation.prefix(3))")
        #expect(icu.isEmpty, "ICU symbols: \(icu.prefix(3))")
    }
}
