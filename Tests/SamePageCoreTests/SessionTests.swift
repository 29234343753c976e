import Testing
import TestSupport
@testable import SamePageCore

@Suite("Session state")
struct SessionTests {
    let count = Fixture.content.questions.count

    func answerAll(_ session: inout Session, _ code: Int) {
        for _ in 0..<count { session.answer(Answer(code: code)!) }
    }

    @Test("a couple session runs questions, review, check-in, hand-off, then results")
    func wholeCouple() {
        var session = Session(content: Fixture.content, mode: .couple, names: ["Alex", "Sam"])
        #expect(session.stage == .handOff(to: 0), "the first partner confirms they are alone before anything")
        session.proceed()
        #expect(session.stage == .question(partner: 0, index: 0))
        answerAll(&session, 4)
        #expect(session.stage == .review(partner: 0))
        session.proceed()
        #expect(session.stage == .checkIn(partner: 0, index: 0))
        session.answer(.level(5))
        session.answer(.level(1))
        #expect(session.stage == .checkInDone(partner: 0))
        session.back()
        #expect(session.stage == .checkInDone(partner: 0), "a finished check-in cannot be reopened")
        session.proceed()
        #expect(session.stage == .handOff(to: 1))
        session.back()
        #expect(session.stage == .handOff(to: 1), "the hand-off never goes back to the first partner's answers")
        session.proceed()
        #expect(session.stage == .question(partner: 1, index: 0))
        answerAll(&session, 2)
        session.proceed()
        session.answer(.level(2))
        session.answer(.level(4))
        #expect(session.stage == .checkInDone(partner: 1))
        session.proceed()
        #expect(session.stage == .perceptionOffer)
        session.skipPerception()
        #expect(session.stage == .together, "the second partner never reaches the joint results alone")
        #expect(session.results == nil)
        session.back()
        #expect(session.stage == .together)
        session.proceed()
        #expect(session.stage == .results)
        #expect(session.results?.partners.map(\.name) == ["Alex", "Sam"])
    }

    @Test("check-in answers never reach the answer sheets")
    func checkInStaysPrivate() {
        var session = Session(content: Fixture.content, mode: .solo, names: ["Kim"])
        answerAll(&session, 3)
        session.proceed()
        session.answer(.level(1))
        session.answer(.preferNot)
        #expect(session.stage == .checkInDone(partner: 0))
        let ids = Set(session.sheets[0].answers.keys)
        #expect(ids == Set(Fixture.content.questions.map(\.item.id)))
        #expect(!ids.contains("safe") && !ids.contains("afraid"))
        session.proceed()
        #expect(session.stage == .perceptionOffer)
    }

    @Test("the perception round goes last partner first, then back to the first, then to the results")
    func perceptionOrder() {
        var session = Session(content: Fixture.content, mode: .couple, names: ["Alex", "Sam"])
        session.proceed()
        for partner in 0..<2 {
            answerAll(&session, partner == 0 ? 5 : 2)
            session.proceed()
            session.answer(.level(3))
            session.answer(.level(3))
            session.proceed()
            if partner == 0 { session.proceed() }
        }
        session.proceed()
        #expect(session.stage == .guess(guesser: 1, index: 0))
        let items = Fixture.content.guessItems
        for _ in items { session.answer(.level(3)) }
        #expect(session.stage == .guessHandOff(to: 0))
        session.proceed()
        #expect(session.stage == .guess(guesser: 0, index: 0))
        session.answer(.level(1))
        session.back()
        #expect(session.stage == .guess(guesser: 0, index: 0))
        for _ in items { session.answer(.level(2)) }
        #expect(session.stage == .together)
        session.proceed()
        #expect(session.stage == .results)
        #expect(session.guesses[1].count == items.count && session.guesses[0].count == items.count)
        #expect(session.sheets.allSatisfy { $0.answers.count == session.questions.count }, "guesses never mix with answers")
    }

    @Test("back moves one question at a time and never past the first")
    func back() {
        var session = Session(content: Fixture.content, mode: .solo, names: ["Kim"])
        session.back()
        #expect(session.stage == .question(partner: 0, index: 0))
        session.answer(.level(5))
        session.answer(.level(4))
        session.back()
        #expect(session.stage == .question(partner: 0, index: 1))
        session.answer(.level(1))
        #expect(session.answer(partner: 0, index: 1) == .level(1))
        #expect(session.stage == .question(partner: 0, index: 2))
    }

    @Test("the review opens any answer and returns to the review after it is changed")
    func review() {
        var session = Session(content: Fixture.content, mode: .solo, names: ["Kim"])
        answerAll(&session, 3)
        session.edit(2)
        #expect(session.stage == .question(partner: 0, index: 2))
        session.answer(.level(5))
        #expect(session.stage == .review(partner: 0))
        #expect(session.answer(partner: 0, index: 2) == .level(5))
        session.back()
        #expect(session.stage == .question(partner: 0, index: count - 1))
    }

    @Test("after the guesses, or skipping them, a couple meets on the together screen; one person alone goes straight on")
    func togetherAfterGuesses() {
        var couple = Session(content: Fixture.content, mode: .couple, names: ["Alex", "Sam"])
        couple.stage = .perceptionOffer
        couple.proceed()
        for _ in Fixture.content.readiness.items { couple.answer(.level(3)) }
        #expect(couple.stage == .guessHandOff(to: 0))
        couple.proceed()
        for _ in Fixture.content.readiness.items { couple.answer(.level(4)) }
        #expect(couple.stage == .together)
        #expect(couple.progress?.place == .perceptionOffer, "the together screen is kept as the place before the guesses")
        var solo = Session(content: Fixture.content, mode: .solo, names: ["Kim"])
        solo.stage = .perceptionOffer
        solo.skipPerception()
        #expect(solo.stage == .results)
    }
}
