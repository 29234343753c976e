import SamePageCore

extension App {
    mutating func handlePhase(_ key: Key) -> Effect? {
        switch phase {
        case .welcome(let focus, _):
            if key == .character("l"), let otherLanguage { return .switchLanguage(otherLanguage) }
            handleWelcome(key, focus: focus)
        case .resumeOffer(let progress): handleResumeOffer(key, progress: progress)
        case .names(let form): handleNames(key, form: form)
        case .session(let session, let view): handleSession(key, session: session, view: view)
        case .results(let view): return handleResults(key, view: view)
        }
        return nil
    }

    /// Keys that mean the same on every screen but the names form: help, and asking to quit.
    mutating func handleCommon(_ key: Key) -> Bool {
        switch key {
        case .character("?"): open(.help)
        case .character("q"), .character("Q"), .escape: open(.quitConfirm)
        default: return false
        }
        return true
    }

    mutating func handleSave(_ key: Key, form: SaveForm) -> Effect? {
        var form = form
        guard let kind = form.kind else {
            switch key {
            case .character("r"): form = SaveForm(kind: .report, path: SaveForm.defaultPath(.report, date: date))
            case .character("p"): form = SaveForm(kind: .printable, path: SaveForm.defaultPath(.printable, date: date))
            case .character("a"): form = SaveForm(kind: .answers, path: SaveForm.defaultPath(.answers, date: date))
            default: overlay = nil
            }
            if form.kind != nil { overlay = .save(form) }
            return nil
        }
        switch key {
        case .enter:
            let path = form.path.trimmingSpaces
            guard !path.isEmpty else { return nil }
            return .save(SaveRequest(kind: kind, path: String(path)))
        case .escape:
            overlay = nil
            return nil
        case .backspace:
            if !form.path.isEmpty { form.path.removeLast() }
        case .character(let c):
            if form.path.count < 200 { form.path.append(c) }
        default:
            break
        }
        form.note = nil
        overlay = .save(form)
        return nil
    }

    private mutating func handleResumeOffer(_ key: Key, progress: SessionProgress) {
        switch key {
        case .enter, .character("r"):
            keepResumed()
            let session = Session(content: content, resuming: progress)
            set(.session(session, view(for: session)))
        case _ where key.isLetter(letter(.lettersDiscard)):
            discardsKept = true
            set(startPhase)
        default:
            _ = handleCommon(key)
        }
    }

    private mutating func handleWelcome(_ key: Key, focus: Int) {
        let choices = 3
        var chosen: Int?
        switch key {
        case .up, .character("k"): set(.welcome(focus: (focus + choices - 1) % choices, notice: nil))
        case .down, .character("j"), .tab: set(.welcome(focus: (focus + 1) % choices, notice: nil))
        case .enter, .character(" "): chosen = focus
        case .character(let c) where c.isASCII && (1...3).contains(c.wholeNumberValue ?? 0): chosen = c.wholeNumberValue! - 1
        case .character("p"): toggleKeeping()
        default: _ = handleCommon(key)
        }
        switch chosen {
        case 0: set(.names(NamesForm(mode: .couple, words: content.interface)))
        case 1: set(.names(NamesForm(mode: .solo, words: content.interface)))
        case 2: set(demoPhase)
        default: break
        }
    }

    private mutating func handleNames(_ key: Key, form: NamesForm) {
        var form = form
        switch key {
        case .character(let c):
            if Names.accepts(c, after: form.fields[form.focus]) { form.fields[form.focus].append(c) }
        case .backspace:
            if !form.fields[form.focus].isEmpty { form.fields[form.focus].removeLast() }
        case .tab, .down:
            form.focus = (form.focus + 1) % form.fields.count
        case .backTab, .up:
            form.focus = (form.focus + form.fields.count - 1) % form.fields.count
        case .enter:
            if form.focus + 1 < form.fields.count {
                form.focus += 1
            } else {
                let session = Session(content: content, mode: form.mode, names: form.names)
                set(.session(session, view(for: session)))
                return
            }
        case .escape:
            open(.quitConfirm)
        default:
            break
        }
        set(.names(form))
    }

    private mutating func handleResults(_ key: Key, view: ResultsView) -> Effect? {
        let before = view
        var view = view
        let cards = view.showingMore ? view.results.cards.count : min(view.results.cards.count, Results.cardsShownFirst)
        // Until a frame is laid out (only in tests that draw nothing), scrolling has no end and a page is a line.
        let layout = layout ?? Layout(rows: 2, lines: Int.max / 2)
        switch key {
        case .character(let c) where c.isASCII && c.wholeNumberValue.flatMap(ResultsSection.init(rawValue:)) != nil:
            let section = ResultsSection(rawValue: c.wholeNumberValue!)!
            if ResultsSection.available(view.results).contains(section) {
                view.section = section
                view.scroll = 0
            }
        case .up, .character("k"): view.scroll = layout.scrolled(view.scroll, by: -1)
        case .down, .character("j"): view.scroll = layout.scrolled(view.scroll, by: 1)
        case .pageUp: view.scroll = layout.scrolled(view.scroll, by: -layout.page)
        case .pageDown, .character(" "): view.scroll = layout.scrolled(view.scroll, by: layout.page)
        case .home: view.scroll = 0
        case .end: view.scroll = layout.lastOffset
        case .tab, .backTab:
            // On the next steps, Tab moves between cards; elsewhere, between sections.
            if view.section == .nextSteps, cards > 0 {
                view.focusedCard = (view.focusedCard + (key == .tab ? 1 : cards - 1)) % cards
                let start = layout.cardStarts.indices.contains(view.focusedCard) ? layout.cardStarts[view.focusedCard] : 0
                view.scroll = layout.scrolled(0, by: start - 1)
            } else {
                let sections = ResultsSection.available(view.results)
                let here = sections.firstIndex(of: view.section) ?? 0
                view.section = sections[(here + (key == .tab ? 1 : sections.count - 1)) % sections.count]
                view.scroll = 0
            }
        case .enter where view.section == .nextSteps:
            toggle(&view.openCards, view.focusedCard)
        case .character("w") where view.section == .nextSteps:
            toggle(&view.showingWhy, view.focusedCard)
        case .character("a") where view.section == .nextSteps:
            view.showingWhy = view.showingWhy.count == cards ? [] : Set(0..<cards)
        case .character("m"):
            view.section = .nextSteps
            view.showingMore.toggle()
            if !view.showingMore { view.focusedCard = min(view.focusedCard, max(Results.cardsShownFirst - 1, 0)) }
        case .right, .left, .character("]"), .character("["):
            // In the demo, the arrows move between sample couples.
            if let sample = view.sample {
                let step = key == .right || key == .character("]") ? 1 : content.samples.count - 1
                var next = ResultsView(sample: (sample + step) % content.samples.count, of: content)
                next.section = view.section
                set(.results(next))
                return nil
            }
        case .character("n"):
            if view.sample == nil { open(.startOverConfirm) }
        case .character("s"):
            if view.sample == nil { open(.save(SaveForm())) }
        default:
            _ = handleCommon(key)
        }
        // What the last frame laid out no longer holds once the text changed; keys typed ahead wait for the next.
        if view.section != before.section || view.showingMore != before.showingMore || view.openCards != before.openCards
            || view.showingWhy != before.showingWhy
        {
            self.layout = self.layout?.unmeasured
        }
        set(.results(view))
        return nil
    }

    private func toggle(_ set: inout Set<Int>, _ value: Int) {
        if set.contains(value) { set.remove(value) } else { set.insert(value) }
    }
}
