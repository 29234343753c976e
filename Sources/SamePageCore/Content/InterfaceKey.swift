/// Every sentence of the program's own that is read from `interface.yaml`, by its key there
/// ("section.name"), with the words the program fills in. Adding a sentence means a case here, its text in
/// each content set, and the loader then checks both.
public enum InterfaceKey: String, CaseIterable, Sendable {
    // The ready screen that opens each turn, and every resumed one (both front ends).
    case readyBackSolo = "ready.back_solo"
    case readyBackSoloUnnamed = "ready.back_solo_unnamed"
    case readyBackCouple = "ready.back_couple"
    case readyStepAway = "ready.step_away"
    case readyPromptCouple = "ready.prompt_couple"
    case readyPromptSolo = "ready.prompt_solo"
    // The hand-off to a partner's guesses.
    case guessHandOff = "guesses.hand_off"
    case guessHandOffBack = "guesses.hand_off_back"
    case guessPrompt = "guesses.prompt"
    // The results.
    case moreIdeas = "results.more_ideas"
    case keyMove = "keys.move"
    case keyChoose = "keys.choose"
    case keyPrivacy = "keys.privacy"
    case keyHelp = "keys.help"
    case keyQuit = "keys.quit"
    case keyResume = "keys.resume"
    case keyDiscard = "keys.discard"
    case keyNextField = "keys.next_field"
    case keyContinue = "keys.continue"
    case keyQuickExit = "keys.quick_exit"
    case keyNameEnter = "key_names.enter"
    case keyNameEsc = "key_names.esc"
    case keyNameTab = "key_names.tab"
    case moreBelow = "screen.more_below"
    case welcomeHeader = "welcome.header"
    case welcomeMinutes = "welcome.minutes"
    case welcomeQuestion = "welcome.question"
    case welcomeTogether = "welcome.together"
    case welcomeSolo = "welcome.solo"
    case welcomeDemo = "welcome.demo"
    case keepNoChoice = "keeping.no_choice"
    case keepOn = "keeping.choice_on"
    case keepOff = "keeping.choice_off"
    case keepKept = "keeping.kept"
    case keepIfKept = "keeping.if_kept"
    case keepNothing = "keeping.nothing"
    case keepPrivate = "keeping.private"
    case keepPiped = "keeping.piped"
    case keepOtherSession = "keeping.other_session"
    case keepUnwritable = "keeping.unwritable"
    case resumeHeader = "resume.header"
    case resumeFound = "resume.found"
    case resumeExplain = "resume.explain"
    case resumePrompt = "resume.prompt"
    case resumeNames = "resume.names"
    case resumeSoloAt = "resume.solo_at"
    case resumeSoloDone = "resume.solo_done"
    case resumeSoloAllDone = "resume.solo_all_done"
    case resumeCoupleAt = "resume.couple_at"
    case resumeCoupleDone = "resume.couple_done"
    case resumeCoupleNext = "resume.couple_next"
    case resumeCoupleAllDone = "resume.couple_all_done"
    case namesHeader = "names.header"
    case namesIntro = "names.intro"
    case namesFirst = "names.first"
    case namesSecond = "names.second"
    case namesYours = "names.yours"
    case keyReview = "keys.review"
    case keyStart = "keys.start"
    case keyScroll = "keys.scroll"
    case keyChangeOrFinish = "keys.change_or_finish"
    case keyBackToQuestion = "keys.back_to_question"
    case keyAnswer = "keys.answer"
    case keyPreferNot = "keys.prefer_not"
    case keyBack = "keys.back"
    case keyGuess = "keys.guess"
    case keySkip = "keys.skip"
    case keySkipGuesses = "keys.skip_guesses"
    case turnYours = "session.turn_yours"
    case turnNamed = "session.turn_named"
    case privateYours = "session.private_yours"
    case privateNamed = "session.private_named"
    case questionStatus = "session.question_status"
    case checkInStatus = "session.check_in_status"
    case handOffWelcomeBack = "session.welcome_back"
    case reviewTitleYours = "review.title_yours"
    case reviewTitleNamed = "review.title_named"
    case reviewIntro = "review.intro"
    case reviewNotAnswered = "review.not_answered"
    case reviewDoesNotApply = "review.does_not_apply"
    case reviewDone = "review.done"
    case guessHeader = "guesses.header"
    case guessOfferCouple = "guesses.offer_couple"
    case guessOfferSolo = "guesses.offer_solo"
    case guessOfferWhyCouple = "guesses.offer_why_couple"
    case guessOfferWhySolo = "guesses.offer_why_solo"
    case guessOfferPrompt = "guesses.offer_prompt"
    case guessAboutNamed = "guesses.about_named"
    case guessAboutPartner = "guesses.about_partner"
    case guessTitleYours = "guesses.title_yours"
    case guessTitleNamed = "guesses.title_named"
    case guessStatus = "guesses.status"
    case guessHandOffHeader = "guesses.hand_off_header"
    case guessPause = "guesses.pause"
    // Before a couple's results: both are there.
    case togetherHeader = "together.header"
    case togetherText = "together.text"
    case togetherPrompt = "together.prompt"
    case helpTitle = "help.title"
    case helpQuickExit = "help.quick_exit"
    case helpClose = "help.close"
    case helpMoveChoices = "help.move_choices"
    case helpWelcomeNumbers = "help.welcome_numbers"
    case helpChoose = "help.choose"
    case helpPrivacy = "help.privacy"
    case helpQuit = "help.quit"
    case helpResume = "help.resume"
    case helpDiscard = "help.discard"
    case helpOtherName = "help.other_name"
    case helpGoOn = "help.go_on"
    case helpResultsSections = "help.results_sections"
    case helpScroll = "help.scroll"
    case helpNextSection = "help.next_section"
    case helpOpenCard = "help.open_card"
    case helpWhyCard = "help.why_card"
    case helpWhyAll = "help.why_all"
    case helpMoreIdeas = "help.more_ideas"
    case helpSave = "help.save"
    case helpStartOver = "help.start_over"
    case helpOtherSamples = "help.other_samples"
    case helpLeave = "help.leave"
    case helpAnswerGoOn = "help.answer_go_on"
    case helpPreferNot = "help.prefer_not"
    case helpChooseFocused = "help.choose_focused"
    case helpBackOne = "help.back_one"
    case helpForward = "help.forward"
    case helpReview = "help.review"
    case helpQuitAsks = "help.quit_asks"
    case helpMove = "help.move"
    case helpChangeOrFinish = "help.change_or_finish"
    case helpBackToQuestion = "help.back_to_question"
    case helpSkipGuesses = "help.skip_guesses"
    case keyNameRange = "key_names.one_to"
    case saveTitle = "save.title"
    case saveReportChoice = "save.report_choice"
    case saveAnswersChoice = "save.answers_choice"
    case saveAnyOther = "save.any_other_key"
    case saveCancel = "save.cancel"
    case saveReportAs = "save.report_as"
    case saveAnswersAs = "save.answers_as"
    case saveNamePlaceholder = "save.name_placeholder"
    case saveSave = "save.save"
    case quitTitle = "quit.title"
    case leaveTitle = "quit.leave_title"
    case quitDemo = "quit.demo"
    case quitFinished = "quit.finished"
    case quitFinishedNotPrinted = "quit.finished_not_printed"
    case quitKeep = "quit.keep"
    case quitDiscard = "quit.discard"
    case quitLost = "quit.lost"
    case quitNotKept = "quit.not_kept"
    case quitResumeKept = "quit.resume_kept"
    case quitLeave = "quit.leave"
    case quitQuit = "quit.quit"
    case quitStay = "quit.stay"
    case startOverTitle = "quit.start_over_title"
    case startOverText = "quit.start_over_text"
    case startOverAction = "quit.start_over"
    case tooSmall = "screen.too_small"
    case chooseFirst = "screen.choose_first"
    case noSamples = "screen.no_samples"
    case progressProblem = "screen.progress_problem"
    case fallbackFirst = "names.fallback_first"
    case fallbackSecond = "names.fallback_second"
    case fallbackSolo = "names.fallback_solo"
    case sectionSummary = "results.section_summary"
    case sectionReadiness = "results.section_readiness"
    case sectionWorries = "results.section_worries"
    case sectionSteps = "results.section_steps"
    case sectionSupport = "results.section_support"
    case resultsTitle = "results.title"
    case resultsDemo = "results.demo"
    case keyNextCard = "keys.next_card"
    case keyOpen = "keys.open"
    case keyWhy = "keys.why"
    case keyOtherCouples = "keys.other_couples"
    case keySave = "keys.save"
    case keyStartOver = "keys.start_over"
    case keyKeys = "keys.keys"
    case sampleCouple = "results.sample_couple"
    case readinessHeading = "results.readiness_heading"
    case guessesHeading = "results.guesses_heading"
    case guessesHeadingSolo = "results.guesses_heading_solo"
    case worriesHeadingCouple = "results.worries_heading_couple"
    case worriesHeadingSolo = "results.worries_heading_solo"
    case whyThisScreen = "results.why_this"
    case whyThisText = "results.why_this_text"
    case stepsLabel = "results.steps_label"
    case moreIdeasList = "results.more_ideas_list"
    case reportMadeOn = "results.report_made_on"
    case gapLine = "summary.gap_line"
    case readier = "summary.readier"
    case weighsYou = "summary.weighs_you"
    case weighsNamed = "summary.weighs_named"
    case stepLargestSolo = "summary.step_largest_solo"
    case stepLargestBoth = "summary.step_largest_both"
    case stepAllSolo = "summary.step_all_solo"
    case stepAllBoth = "summary.step_all_both"
    case stepNoneSolo = "summary.step_none_solo"
    case stepNoneBoth = "summary.step_none_both"
    case strengthBothLean = "summary.strength_both_lean"
    case strengthYouLean = "summary.strength_you_lean"
    case listLast = "summary.list_last"
    case themeBoth = "summary.theme_both"
    case themeNeither = "summary.theme_neither"
    case themeOne = "summary.theme_one"
    case forBoth = "cards.for_both"
    case forCommon = "cards.common"
    case forYou = "cards.for_you"
    case forNames = "cards.for_names"
    case reasonEveryCouple = "why.every_couple"
    case reasonEach = "why.each_of_you"
    case reasonAlone = "why.alone"
    case reasonCommon = "why.common"
    case reasonPairing = "why.pairing"
    case reasonScore = "why.score"
    case reasonThemeNamed = "why.theme_named"
    case reasonThemeYours = "why.theme_yours"
    case reasonBandNamed = "why.band_named"
    case reasonBandYours = "why.band_yours"
    case reasonPartnerStance = "why.partner_stance"
    case reasonSideRaiseNamed = "why.side_raise_named"
    case reasonSideRaiseYours = "why.side_raise_yours"
    case reasonSideStepBackNamed = "why.side_step_back_named"
    case reasonSideStepBackYours = "why.side_step_back_yours"
    case reasonReadier = "why.readier"
    case reasonLessReady = "why.less_ready"
    case ruleBothReady = "why.rule_both_ready"
    case ruleBothNotNow = "why.rule_both_not_now"
    case ruleClose = "why.rule_close"
    case ruleApart = "why.rule_apart"
    case ruleAny = "why.rule_any"
    case rangeAtLeast = "why.range_at_least"
    case rangeAtMost = "why.range_at_most"
    case rangeBetween = "why.range_between"
    case guessTooFew = "perception.too_few"
    case guessSolo = "perception.solo"
    case guessClose = "perception.close"
    case sectionPattern = "results.section_pattern"
    case safetyCouple = "results.safety_couple"
    case safetySolo = "results.safety_solo"
    case keptPrivate = "results.kept_private"
    case notApplicable = "results.not_applicable"
    case gapDetail = "results.gap_detail"
    case personWords = "results.person_words"
    case personScore = "results.person_score"
    case patternHeadingCouple = "results.pattern_heading_couple"
    case patternHeadingSolo = "results.pattern_heading_solo"
    case weighsBoth = "summary.weighs_both"
    case weighsNoneCouple = "summary.weighs_none_couple"
    case weighsNoneSolo = "summary.weighs_none_solo"
    case stepTopSolo = "summary.step_top_solo"
    case stepTopBoth = "summary.step_top_both"
    case themeLight = "summary.theme_light"
    case themeYou = "summary.theme_you"
    case themeOneNot = "summary.theme_one_not"
    case themeNone = "summary.theme_none"
    case stepAloneNamed = "summary.step_alone_named"
    case stepAloneYours = "summary.step_alone_yours"
    case listSeparator = "summary.list_separator"
    case listSeparatorStrong = "summary.list_separator_strong"
    case patternCouple = "summary.pattern_couple"
    case patternSolo = "summary.pattern_solo"
    case patternSoloOne = "summary.pattern_solo_one"
    // How therapy comes up, in the results.
    case cycleNamed = "cycle.named"
    case cycleRaises = "cycle.raises"
    case cycleStepsBack = "cycle.steps_back"
    case cycleBoth = "cycle.both"
    case cycleNeither = "cycle.neither"
    case cycleYourPartner = "cycle.your_partner"
    case cycleYouRaise = "cycle.you_raise"
    case cycleYouStepBack = "cycle.you_step_back"
    case cycleYouBoth = "cycle.you_both"
    case cycleYouNeither = "cycle.you_neither"
    case cycleKeptPrivate = "cycle.kept_private"
    case cycleTooFew = "cycle.too_few"
    case cycleYouKeptPrivate = "cycle.you_kept_private"
    case cycleYouTooFew = "cycle.you_too_few"
    case cycleRaiseAndStepBack = "cycle.raise_and_step_back"
    case cycleBothStepBack = "cycle.both_step_back"
    case cycleBothRaise = "cycle.both_raise"
    case cycleNoClear = "cycle.no_clear"
    case cycleUnknown = "cycle.unknown"
    case cycleSoloYouRaise = "cycle.solo_you_raise"
    case cycleSoloPartnerRaises = "cycle.solo_partner_raises"
    case cycleSoloBothStepBack = "cycle.solo_both_step_back"
    case cycleSoloBothRaise = "cycle.solo_both_raise"
    case cycleSoloScores = "cycle.solo_scores"
    case cyclePartsHeading = "cycle.parts_heading"
    case cyclePartScores = "cycle.part_scores"
    case cyclePartAlone = "cycle.part_alone"
    case cycleViewsHeading = "cycle.views_heading"
    case cycleView = "cycle.view"
    case cycleViewOne = "cycle.view_one"
    case cycleViewsDiffer = "cycle.views_differ"
    case reasonQuoted = "why.quoted"
    case reasonPaceBoth = "why.pace_both"
    case reasonPaceYours = "why.pace_yours"
    case guessHigher = "perception.higher"
    case guessLower = "perception.lower"
    case readyHandOff = "ready.hand_off"
    case readyHandOffNext = "ready.hand_off_next"
    case reachCall = "support.call"
    case reachText = "support.text"
    case reachChat = "support.chat"
    case reachTTY = "support.tty"
    case supportFor = "support.for"
    case supportForMarkdown = "support.for_report"
    case supportClosing = "support.closing"
    case plainKeepAsk = "plain.keep_ask"
    case plainKeepAskCouple = "plain.keep_ask_couple"
    case plainKeepAgain = "plain.keep_again"
    case plainCannotClear = "plain.cannot_clear"
    case plainModeAsk = "plain.mode_ask"
    case plainModeAgain = "plain.mode_again"
    case plainNamesIntro = "plain.names_intro"
    case plainNameFirst = "plain.name_first"
    case plainNameSecond = "plain.name_second"
    case plainHowTo = "plain.how_to"
    case plainAnswerAsk = "plain.answer_ask"
    case plainAnswerAgain = "plain.answer_again"
    case plainEnd = "plain.end"
    case plainReviewHow = "plain.review_how"
    case plainReviewAsk = "plain.review_ask"
    case plainReviewAgain = "plain.review_again"
    case plainGuessCouple = "plain.guess_couple"
    case plainGuessSolo = "plain.guess_solo"
    case plainGuessAsk = "plain.guess_ask"
    case plainQuitLost = "plain.quit_lost"
    case plainQuitKeep = "plain.quit_keep"
    case plainQuitNothing = "plain.quit_nothing"
    case plainResumeAsk = "plain.resume_ask"
    case plainResumeAgain = "plain.resume_again"
    case plainNotKept = "plain.not_kept"
    case plainQuestionHeader = "plain.question_header"
    case plainCheckInHeader = "plain.check_in_header"
    case plainSkipGuesses = "plain.skip_guesses"
    case plainGuessHeader = "plain.guess_header"
    case endNothingSaved = "ending.nothing_saved"
    case endKeptSoFar = "ending.kept_so_far"
    case endEarlierCopy = "ending.earlier_copy"
    case endNothingKept = "ending.nothing_kept"
    case endLatestNotKept = "ending.latest_not_kept"
    case endInputEndedNothing = "ending.input_ended_nothing"
    case endInputEnded = "ending.input_ended"
    case endQuit = "ending.quit"
    case endQuitDiscarded = "ending.quit_discarded"
    case endStopped = "ending.stopped"
    case endStillKept = "ending.still_kept"
    case endNotSaved = "ending.not_saved"
    case endSavedIn = "ending.saved_in"
    case endAnotherName = "ending.another_name"
    case endAppeared = "ending.appeared"
    case endNoFolder = "ending.no_folder"
    case lineByLine = "ending.line_by_line"
    case noHome = "ending.no_home"
    case demoNoSamples = "ending.demo_no_samples"
    case translationBroken = "ending.translation_broken"
    case demoHeading = "ending.demo_heading"
    case saveNothingYet = "saving.nothing_yet"
    case saveSameName = "saving.same_name"
    case saveSavedIn = "saving.saved_in"
    case saveOffer = "saving.offer"
    case saveOfferAgain = "saving.offer_again"
    case saveMarkerNote = "saving.marker_note"
    case saveFileName = "saving.file_name"
    case reportSavedIn = "saving.report_saved_in"
    case validateValid = "validate.valid"
    case validateStale = "validate.stale"
    case languageName = "welcome.language_name"
    case welcomeLanguage = "welcome.language"
    case keyLanguage = "keys.language"
    case helpLanguage = "help.language"
    case fileCannotWrite = "files.cannot_write"
    case fileExists = "files.exists"
    case fileMissing = "files.missing"
    case fileUnreadable = "files.unreadable"
    case fileCauseExists = "files.cause_exists"
    case fileCauseMissing = "files.cause_missing"
    case fileAnswersTooLarge = "files.answers_too_large"
    case fileProgressTooLarge = "files.progress_too_large"
    case fileEmpty = "files.empty"
    case fileNotJSON = "files.not_json"
    case fileWrongFormat = "files.wrong_format"
    case fileNoVersion = "files.no_version"
    case fileNewer = "files.newer"
    case fileUnknownVersion = "files.unknown_version"
    case fileRepeatedKey = "files.repeated_key"
    case fileDamaged = "files.damaged"
    case fileOtherQuestions = "files.other_questions"
    case fileUnknownQuestion = "files.unknown_question"
    case fileBadAnswer = "files.bad_answer"
    case fileMissingAnswer = "files.missing_answer"
    case fileFolder = "files.folder"
    case fileNotRegular = "files.not_regular"
    case fileNotAFolder = "files.not_a_folder"
    case filePathCause = "files.path_cause"
    case progressUnreadable = "files.progress_unreadable"
    case progressSetAside = "files.progress_set_aside"
    case progressNote = "files.progress_note"
    case terminalNoTerm = "terminal.no_term"
    case terminalNoTTY = "terminal.no_tty"
    case terminalUnknown = "terminal.unknown"
    case terminalSetup = "terminal.setup"
    case terminalCharset = "terminal.charset"

    /// The `{words}` the program fills in; a text must use each of them, and no others.
    public var placeholders: Set<String> {
        switch self {
        case .readyBackSolo, .readyBackCouple, .readyPromptCouple, .guessHandOff, .guessPrompt, .resumeSoloDone, .resumeSoloAllDone, .turnNamed, .privateNamed, .reviewTitleNamed, .guessAboutNamed, .guessTitleNamed, .readier, .themeOne, .themeOneNot, .welcomeLanguage, .readyHandOffNext: ["name"]
        case .readyStepAway, .guessHandOffBack, .readyHandOff: ["name", "other"]
        case .keepOn, .keepOff: ["key"]
        case .keepKept, .keepIfKept, .endKeptSoFar, .endEarlierCopy, .endSavedIn, .endAppeared, .endNoFolder, .reportSavedIn, .fileExists, .fileMissing, .fileAnswersTooLarge, .fileProgressTooLarge, .fileEmpty, .fileNotJSON, .fileNoVersion, .fileDamaged, .fileFolder, .fileNotRegular, .fileNotAFolder, .progressUnreadable: ["path"]
        case .keepUnwritable, .quitLost, .progressProblem, .plainQuitLost, .plainNotKept, .terminalNoTTY: ["cause"]
        case .resumeNames, .togetherText: ["first", "second"]
        case .resumeSoloAt: ["name", "number", "total"]
        case .resumeCoupleAt: ["name", "names", "number", "total"]
        case .resumeCoupleDone, .resumeCoupleNext: ["name", "names"]
        case .resumeCoupleAllDone, .forNames: ["names"]
        case .questionStatus, .plainQuestionHeader: ["number", "section", "total"]
        case .checkInStatus, .guessStatus, .resultsDemo, .plainCheckInHeader: ["number", "total"]
        case .keyNameRange, .listLast: ["first", "last"]
        case .saveNamePlaceholder, .saveSameName, .saveMarkerNote: ["marker"]
        case .tooSmall: ["needed", "size"]
        case .sampleCouple: ["title"]
        case .whyThisScreen, .whyThisText: ["reasons"]
        case .moreIdeasList: ["titles"]
        case .reportMadeOn: ["date", "fingerprint", "id", "version"]
        case .gapLine: ["words"]
        case .gapDetail: ["gap", "words"]
        case .personWords: ["name", "words"]
        case .personScore: ["band", "name", "score"]
        case .safetyCouple, .safetySolo: ["support"]
        case .weighsYou, .weighsBoth, .stepAloneYours: ["list"]
        case .stepAloneNamed: ["list", "name"]
        case .patternCouple, .patternSolo: ["first", "second"]
        case .patternSoloOne: ["first"]
        case .cycleViewOne: ["first", "name"]
        case .cycleView: ["first", "name", "second"]
        case .cycleNamed: ["name", "phrase"]
        case .cycleRaiseAndStepBack: ["other", "raiser"]
        case .cycleSoloScores: ["partner_raise", "partner_step_back", "raise", "step_back"]
        case .cyclePartScores: ["part", "raise", "step_back"]
        case .cyclePartAlone: ["part"]
        case .weighsNamed: ["list", "name"]
        case .stepLargestSolo, .stepLargestBoth: ["largest", "next"]
        case .stepTopSolo, .stepTopBoth, .stepAllSolo, .stepAllBoth: ["largest"]
        case .stepNoneSolo, .stepNoneBoth: ["next"]
        case .reasonPairing: ["gap", "label", "rule", "scores"]
        case .reasonScore: ["name", "score"]
        case .reasonThemeNamed: ["high", "level", "name", "theme"]
        case .reasonThemeYours: ["high", "level", "theme"]
        case .reasonBandNamed: ["band", "name", "range", "score"]
        case .reasonBandYours: ["band", "range", "score"]
        case .reasonSideRaiseNamed, .reasonSideStepBackNamed: ["high", "name", "score"]
        case .reasonPartnerStance: ["answer"]
        case .reasonSideRaiseYours, .reasonSideStepBackYours: ["high", "score"]
        case .reasonReadier, .reasonLessReady: ["gap", "middle", "name", "other", "own", "wide"]
        case .ruleBothReady: ["ready"]
        case .ruleBothNotNow: ["not_now"]
        case .ruleClose: ["close"]
        case .ruleApart: ["wide"]
        case .ruleAny: ["labels"]
        case .reasonQuoted: ["text"]
        case .reasonPaceBoth, .reasonPaceYours: ["next"]
        case .rangeAtLeast, .rangeAtMost, .reachCall, .reachText, .reachChat, .reachTTY: ["value"]
        case .rangeBetween: ["high", "low"]
        case .guessTooFew: ["guesser"]
        case .guessSolo: ["guess"]
        case .guessClose, .guessHigher, .guessLower: ["actual", "guess", "guesser", "other"]
        case .supportFor, .supportForMarkdown: ["audience", "hours"]
        case .plainHowTo: ["prefer_not"]
        case .plainAnswerAgain: ["highest"]
        case .plainReviewHow, .plainReviewAgain: ["count"]
        case .plainGuessHeader: ["about", "number", "total"]
        case .endLatestNotKept: ["cause", "then"]
        case .endInputEnded, .endQuit, .endStopped: ["kept"]
        case .lineByLine: ["reason"]
        case .demoNoSamples: ["file"]
        case .translationBroken: ["folder", "root"]
        case .demoHeading: ["number", "title", "total"]
        case .saveSavedIn: ["paths"]
        case .saveFileName: ["default"]
        case .validateValid: ["cards", "folder", "questions", "themes"]
        case .validateStale: ["day", "oldest", "stale", "total"]
        case .fileCannotWrite, .fileUnreadable, .filePathCause: ["cause", "path"]
        case .fileWrongFormat: ["format", "path"]
        case .fileNewer, .fileUnknownVersion: ["path", "version"]
        case .fileRepeatedKey: ["key", "path"]
        case .fileOtherQuestions, .fileUnknownQuestion, .fileMissingAnswer: ["id", "path"]
        case .fileBadAnswer: ["code", "id", "path"]
        case .progressSetAside: ["aside", "path"]
        case .progressNote: ["note"]
        case .terminalUnknown: ["term"]
        case .terminalCharset: ["charset"]
        default: []
        }
    }

    /// Whether the text has a form for one and one for other numbers, chosen by `{count}` (which the form
    /// for other numbers must use, and the form for one may).
    public var isCounted: Bool { self == .moreIdeas || self == .welcomeMinutes }

    /// The section of `interface.yaml` it is in, and its name there.
    public var place: (section: String, name: String) {
        let parts = rawValue.split(separator: ".", maxSplits: 1)
        return (String(parts[0]), String(parts[1]))
    }
}
