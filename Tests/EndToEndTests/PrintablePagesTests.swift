import Foundation
import Testing

/// `report --html` and `--pdf` with the real binary, and the pages checked in a real browser.
@Suite("Printable reports, with the real binary and a real browser", .serialized)
struct PrintablePagesTests {
    /// Where the browser check keeps the first page of each sample couple's report, as a picture.
    static let artefacts = Binary.repository.appendingPathComponent(".build/artefacts").path

    @Test("in headless Chromium: every section, charts with titles, nothing overflowing at 360 px or in print, pages within budget")
    func inABrowser() throws {
        let script = Binary.repository.appendingPathComponent("scripts/browser/check-report").path
        let run = try SystemTool.run("/usr/bin/env", ["python3", script, Binary.path, Self.artefacts])
        #expect(run.status == 0, "\(run.output)")
        #expect(run.output.contains(" reports checked in Chromium and as PDFs on Letter and A4; 0 problems"), "\(run.output)")
        for sample in ["maya-and-jon", "ana-and-luis", "sam-and-alex", "kai-and-noor", "lee-and-robin"] {
            #expect(FileManager.default.fileExists(atPath: Self.artefacts + "/report-\(sample)-page1.png"), "\(sample)")
        }
    }

    @Test("--pdf writes a private PDF within the page budget, never over a file, and leaves nothing in the temporary folder")
    func pdf() throws {
        let folder = try Binary.scratch()
        let temporary = try Binary.scratch()
        let environment = ["TMPDIR": temporary]
        let run = try Binary.run(["report", "--sample", "kai-and-noor", "--pdf", "-o", "kai.pdf"], in: folder, environment: environment)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(run.stderr == "The report is saved in kai.pdf.\n")
        let path = folder + "/kai.pdf"
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)).starts(with: Data("%PDF".utf8)))
        let info = try SystemTool.run("/usr/bin/pdfinfo", [path])
        let pages = try #require(info.output.firstMatch(of: /Pages:\s+(\d+)/).flatMap { Int($0.1) })
        #expect((1...2).contains(pages), "\(info.output)")
        #expect(info.output.contains("(letter)"), "C.UTF-8 names no country: Letter")
        let a4 = try Binary.run(
            ["report", "--sample", "kai-and-noor", "--pdf", "-o", "kai-a4.pdf"], in: folder, environment: ["LC_PAPER": "fr_FR.UTF-8"])
        let a4Info = try SystemTool.run("/usr/bin/pdfinfo", [folder + "/kai-a4.pdf"])
        #expect(a4.status == 0 && a4Info.output.contains("(A4)"), "LC_PAPER names France: A4")
        let again = try Binary.run(["report", "--sample", "kai-and-noor", "--pdf", "-o", "kai.pdf"], in: folder, environment: environment)
        #expect(again.status == 73)
        #expect(again.stderr == "kai.pdf already exists; choose another name or move that file first.\n")
        // A TMPDIR this long gives way to /tmp (Chromium's socket path must be short): nothing is left in either.
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty, "the page and the browser's profile are gone")
        #expect(try FileManager.default.contentsOfDirectory(atPath: "/tmp").filter { $0.hasPrefix("samepage-pdf-") }.isEmpty)
    }

    @Test("a short TMPDIR whose name holds a space, # or % still gives the PDF, and keeps nothing")
    func oddTemporaryFolder() throws {
        let folder = try Binary.scratch()
        let temporary = "/tmp/sp #%é-\(UInt32.random(in: 0...UInt32.max))"
        try FileManager.default.createDirectory(atPath: temporary, withIntermediateDirectories: false)
        defer { try? FileManager.default.removeItem(atPath: temporary) }
        let run = try Binary.run(
            ["report", "--sample", "ana-and-luis", "--pdf", "-o", "ana.pdf"], in: folder, environment: ["TMPDIR": temporary])
        #expect(run.status == 0, "\(run.stderr)")
        #expect(try Data(contentsOf: URL(fileURLWithPath: folder + "/ana.pdf")).starts(with: Data("%PDF".utf8)))
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty)
    }

    @Test("without a browser engine, or with one that fails, one sentence says how to get a PDF, and the exit says it failed")
    func noEngine() throws {
        let folder = try Binary.scratch()
        let temporary = try Binary.scratch()
        let none = try Binary.run(
            ["report", "--sample", "maya-and-jon", "--pdf", "-o", "r.pdf"], in: folder,
            environment: ["SAMEPAGE_BROWSER": "", "TMPDIR": temporary])
        #expect(none.status == 73)
        #expect(
            none.stderr
                == "No browser engine was found to make the PDF (samepage uses Chromium, package chromium); make the page with --html instead, open it in a browser and print it to PDF.\n"
        )
        let failing = try Binary.run(
            ["report", "--sample", "maya-and-jon", "--pdf", "-o", "r.pdf", "--lang", "fr"], in: folder,
            environment: ["SAMEPAGE_BROWSER": "/bin/false", "TMPDIR": temporary])
        #expect(failing.status == 73)
        #expect(failing.stderr.hasPrefix("Le navigateur n'a pas pu faire le PDF; faites plutôt la page avec --html"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).isEmpty, "no PDF, not even half of one")
        #expect(try FileManager.default.contentsOfDirectory(atPath: temporary).isEmpty)
        let noFile = try Binary.run(["report", "--sample", "maya-and-jon", "--pdf"], in: folder)
        #expect(noFile.status == 2)
        #expect(noFile.stderr == "A PDF goes into a file: add -o and a file name, such as -o report.pdf.\n")
        let unknown = try Binary.run(["report", "--sample", "nobody", "--html"], in: folder)
        #expect(unknown.status == 2)
        #expect(
            unknown.stderr
                == "There is no sample couple 'nobody'; the samples are: maya-and-jon, ana-and-luis, sam-and-alex, kai-and-noor, lee-and-robin.\n"
        )
    }

    @Test("--html writes one private page to a file or to standard output")
    func html() throws {
        let folder = try Binary.scratch()
        let run = try Binary.run(["report", "--sample", "lee-and-robin", "--html", "-o", "lee.html"], in: folder)
        #expect(run.status == 0 && run.stderr == "The report is saved in lee.html.\n")
        let path = folder + "/lee.html"
        #expect(try FileManager.default.attributesOfItem(atPath: path)[.posixPermissions] as? Int == 0o600)
        let piped = try Binary.run(["report", "--sample", "lee-and-robin", "--html"], in: folder)
        #expect(piped.status == 0 && piped.stdout.hasPrefix("<!DOCTYPE html>\n<html lang=\"en\">"))
        #expect(piped.stdout.contains("Lee and Robin"))
    }
}
