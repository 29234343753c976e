// Written by `make snapshot` from content/: do not edit. The shipped content, already read and checked,
// used only for a folder whose files are byte for byte these (see ShippedContent.swift).
import SamePageCore

extension ShippedContent {
    static let files: [File] = [
        File(name: "cards.yaml", size: 17994, digest: 0xa749ac705cbed914),
        File(name: "checkin.yaml", size: 9253, digest: 0xf60fb98d9cd8e187),
        File(name: "meta.yaml", size: 1016, digest: 0x30d59315b2114061),
        File(name: "pairing.yaml", size: 2652, digest: 0x502d73452a88d193),
        File(name: "questions.yaml", size: 6967, digest: 0xa0a4372b7ec2dd1),
        File(name: "samples.yaml", size: 2764, digest: 0xf277da4534c4310b),
        File(name: "scale.yaml", size: 116, digest: 0xe95c8677b0b38672),
    ]

    static func content() -> Content {
        SamePageCore.Content(
            texts: SamePageCore.Texts(
                title: "Are we on the same page?",
                minutes: 10,
                welcome: "This is a short set of questions for couples who are thinking about couples therapy. Each of you answers alone, in private. Then you both see your answers side by side, so you can talk about a next step together.",
                privacy: "Nothing you type leaves this computer.",
                disclaimer: "This gives you information. It is not therapy or advice, and it does not take the place of a trained professional.",
                handOff: "Thank you, your part is done. Your answers are now hidden. Please pass the keyboard to your partner. There is no rush: take your time, and begin when you feel ready.",
                resultsIntro: "This shows patterns in how you both answered. It does not say who is right. Use it as a place to start a calm talk.",
                soloResultsIntro: "This shows what you said about trying therapy and what holds you back. It is a picture of right now, not a verdict, and it can change.",
                notEnough: "not enough answers to say"
            ),
            scale: SamePageCore.Scale(
                choices: [
                    "Strongly disagree",
                    "Disagree",
                    "Not sure",
                    "Agree",
                    "Strongly agree",
                ],
                preferNot: "Prefer not to say"
            ),
            readiness: SamePageCore.Section(
                id: "readiness",
                name: "Readiness",
                about: "How open you feel to trying couples therapy right now.",
                items: [
                    SamePageCore.Item(
                        id: "ready-first-session",
                        text: "I would be willing to go to a first session with my partner.",
                        reverse: false,
                        step: nil,
                        alone: false
                    ),
                    SamePageCore.Item(
                        id: "ready-hope-help",
                        text: "I think a good therapist could help us talk with each other.",
                        reverse: false,
                        step: nil,
                        alone: false
                    ),
                    SamePageCore.Item(
                        id: "ready-rather-wait",
                        text: "I would rather wait before taking any step toward couples therapy.",
                        reverse: true,
                        step: nil,
                        alone: false
                    ),
                    SamePageCore.Item(
                        id: "ready-curious",
                        text: "I am curious about what couples therapy could do for us.",
                        reverse: false,
                        step: nil,
                        alone: false
                    ),
                    SamePageCore.Item(
                        id: "ready-want-change",
                        text: "I would like the way we handle hard talks to change.",
                        reverse: false,
                        step: nil,
                        alone: false
                    ),
                    SamePageCore.Item(
                        id: "ready-make-time",
                        text: "I am willing to make time for couples therapy.",
                        reverse: false,
                        step: nil,
                        alone: false
                    ),
                    SamePageCore.Item(
                        id: "ready-ask-questions",
                        text: "I would be fine with a short call to ask a therapist some questions.",
                        reverse: false,
                        step: nil,
                        alone: false
                    ),
                    SamePageCore.Item(
                        id: "ready-not-now",
                        text: "Right now, I would rather not talk about therapy at all.",
                        reverse: true,
                        step: nil,
                        alone: false
                    ),
                    SamePageCore.Item(
                        id: "ready-no-use",
                        text: "I doubt that seeing a therapist would change much for us.",
                        reverse: true,
                        step: nil,
                        alone: false
                    ),
                ],
                notApplicable: nil
            ),
            themes: [
                SamePageCore.Section(
                    id: "blame",
                    name: "Fear of blame",
                    about: "Worry about being blamed is a way to protect yourself, and it makes sense to want a fair hearing.",
                    items: [
                        SamePageCore.Item(
                            id: "blame-the-problem",
                            text: "I worry that therapy would make me look like the problem.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "blame-take-sides",
                            text: "I worry a therapist would take my partner's side.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "blame-complaints",
                            text: "I expect the sessions would turn into a list of complaints about me.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "blame-fair",
                            text: "I trust that a therapist would be fair to both of us.",
                            reverse: true,
                            step: nil,
                            alone: false
                        ),
                    ],
                    notApplicable: nil
                ),
                SamePageCore.Section(
                    id: "past-therapy",
                    name: "Past therapy",
                    about: "What happened in therapy before, good or hard, shapes how you feel about trying again. Being careful is a way to look after yourself.",
                    items: [
                        SamePageCore.Item(
                            id: "past-therapy-worse",
                            text: "Therapy I had in the past left me feeling worse, not better.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "past-therapy-unsafe",
                            text: "I have been in therapy where I did not feel safe to speak.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "past-therapy-not-heard",
                            text: "I have seen a therapist who did not really listen to me.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "past-therapy-wary",
                            text: "Because of what happened before, I am wary of trying therapy again.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "past-therapy-helped",
                            text: "Therapy I had before was helpful to me in some way.",
                            reverse: true,
                            step: nil,
                            alone: false
                        ),
                    ],
                    notApplicable: "I have not been to therapy before"
                ),
                SamePageCore.Section(
                    id: "overwhelm",
                    name: "Feeling overwhelmed",
                    about: "Holding back from hard talks is often a way to protect yourself and the people you love. Many people do it.",
                    items: [
                        SamePageCore.Item(
                            id: "overwhelm-too-much",
                            text: "Talking about our problems can feel like too much for me.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "overwhelm-embarrassed",
                            text: "It would feel awkward to tell a stranger about our private life.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "overwhelm-keep-peace",
                            text: "I would rather keep the peace than bring up hard topics.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "overwhelm-not-return",
                            text: "When a hard talk is left unfinished, I would rather not go back to it.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "overwhelm-can-talk",
                            text: "I feel able to talk about hard things with my partner.",
                            reverse: true,
                            step: nil,
                            alone: false
                        ),
                    ],
                    notApplicable: nil
                ),
                SamePageCore.Section(
                    id: "vulnerability",
                    name: "Showing feelings",
                    about: "What we learned growing up about showing feelings shapes us, and it often helped us cope.",
                    items: [
                        SamePageCore.Item(
                            id: "vulnerability-keep-private",
                            text: "In my family, and among people around me, problems at home stay private.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "vulnerability-on-my-own",
                            text: "I was taught to handle my problems on my own.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "vulnerability-gender",
                            text: "I grew up hearing that people of my gender should not show their feelings.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "vulnerability-others-think",
                            text: "People close to me would think less of us if we went to therapy.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "vulnerability-strength",
                            text: "I see asking for help with feelings as a sign of strength.",
                            reverse: true,
                            step: nil,
                            alone: false
                        ),
                    ],
                    notApplicable: nil
                ),
                SamePageCore.Section(
                    id: "crisis-only",
                    name: "Only for a crisis",
                    about: "Feeling that you can sort things out yourselves often comes from pride in what you have built together.",
                    items: [
                        SamePageCore.Item(
                            id: "crisis-only-not-bad",
                            text: "Things between us are not bad enough to need therapy.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "crisis-only-broken",
                            text: "Going to therapy would mean something is broken between us.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "crisis-only-breaking-up",
                            text: "Therapy is mostly for couples who are close to breaking up.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "crisis-only-doing-fine",
                            text: "Therapy can help couples who are doing fine, too.",
                            reverse: true,
                            step: nil,
                            alone: false
                        ),
                    ],
                    notApplicable: nil
                ),
                SamePageCore.Section(
                    id: "ganged-up",
                    name: "Fear of being outnumbered",
                    about: "Wanting to keep your own say in your life is healthy, and it is natural to guard it.",
                    items: [
                        SamePageCore.Item(
                            id: "ganged-up-two-on-one",
                            text: "I worry it would feel like two people against one.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "ganged-up-pushed",
                            text: "I worry I would be pushed to change who I am.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "ganged-up-old-fights",
                            text: "I worry the sessions would be about who was right in past fights.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "ganged-up-equal-say",
                            text: "I believe I would have an equal say in what we work on.",
                            reverse: true,
                            step: nil,
                            alone: false
                        ),
                    ],
                    notApplicable: nil
                ),
                SamePageCore.Section(
                    id: "practical",
                    name: "Cost, time and finding help",
                    about: "Money, busy weeks and finding the right person are real limits. It is wise to think about them.",
                    items: [
                        SamePageCore.Item(
                            id: "practical-cost",
                            text: "I worry that therapy would cost more than we can afford.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "practical-time",
                            text: "It would be hard for me to find time for sessions.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "practical-fit",
                            text: "I worry we would not find a therapist who understands people like us.",
                            reverse: false,
                            step: nil,
                            alone: false
                        ),
                        SamePageCore.Item(
                            id: "practical-know-where",
                            text: "I know where I could look for a couples therapist.",
                            reverse: true,
                            step: nil,
                            alone: false
                        ),
                    ],
                    notApplicable: nil
                ),
            ],
            checkIn: SamePageCore.CheckIn(
                intro: "These last questions are only for you. Your partner will not see your answers, and they are not saved anywhere. Afterwards, everyone sees the same list of places to get support, whatever they answer.",
                frequencyChoices: [
                    "Never",
                    "Once",
                    "Sometimes",
                    "Often",
                    "Not sure",
                ],
                items: [
                    SamePageCore.CheckInItem(
                        id: "checkin-safe-home",
                        text: "These days, I feel safe at home with my partner.",
                        scale: .agree
                    ),
                    SamePageCore.CheckInItem(
                        id: "checkin-afraid",
                        text: "In the past year, how often have you felt afraid of what your partner might do?",
                        scale: .frequency
                    ),
                    SamePageCore.CheckInItem(
                        id: "checkin-hurt",
                        text: "In the past year, how often has your partner pushed, hit, or hurt you, or said they would?",
                        scale: .frequency
                    ),
                    SamePageCore.CheckInItem(
                        id: "checkin-sexual-pressure",
                        text: "In the past year, how often has your partner pushed you into sexual things you did not want?",
                        scale: .frequency
                    ),
                    SamePageCore.CheckInItem(
                        id: "checkin-control",
                        text: "In the past year, how often has your partner kept you from money, checked your phone, or kept you away from friends or family?",
                        scale: .frequency
                    ),
                    SamePageCore.CheckInItem(
                        id: "checkin-speak-freely",
                        text: "In a session together, I could say what I really think and still be safe at home afterwards.",
                        scale: .agree
                    ),
                ],
                support: SamePageCore.SupportWords(
                    title: "Support, for everyone",
                    text: "Everyone who uses samepage sees this same page. Couples therapy works best when both people feel safe to speak. If home does not feel safe, it often helps to talk with someone on your own first. These services are free and private.",
                    concernNote: "Thank you for your honest answers. Talking with someone on your own first could be a good next step.",
                    calmNote: "Thank you for your answers. Keep this list in mind, for you or for someone you know."
                ),
                emergency: "If you are in danger now, call your local emergency number. That is 911 in the US and most of Canada; where there is no 911, call your local police. It is 999 or 112 in the UK and Ireland, and 000 in Australia. In the UK, if you cannot speak on a 999 call from a mobile, stay on the line and press 55 when asked.",
                shared: SamePageCore.SharedSafety(
                    title: "If home does not feel safe",
                    text: "If either of you does not feel safe at home, joint sessions may not be the right first step. It can help to talk with someone on your own first. The services below are free and private."
                ),
                regions: [
                    "ANY": "Everywhere",
                    "AU": "Australia",
                    "CA": "Canada",
                    "CA-QC": "Qu\u{e9}bec",
                    "GB": "United Kingdom",
                    "IE": "Ireland",
                    "US": "United States",
                ],
                resources: [
                    SamePageCore.Resource(
                        name: "National Domestic Violence Hotline",
                        region: "US",
                        languages: [
                            "en",
                            "es",
                        ],
                        hours: "any time, day or night",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1-800-799-7233"
                            ),
                            SamePageCore.Contact(
                                kind: .text,
                                value: "START to 88788"
                            ),
                            SamePageCore.Contact(
                                kind: .chat,
                                value: "thehotline.org"
                            ),
                            SamePageCore.Contact(
                                kind: .tty,
                                value: "1-800-787-3224"
                            ),
                        ],
                        audience: "anyone hurt or scared by a partner, people who want to help them, and people worried about how they treat a partner",
                        source: "https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "988 Suicide & Crisis Lifeline",
                        region: "US",
                        languages: [
                            "en",
                            "es",
                        ],
                        hours: "any time, day or night",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "988"
                            ),
                            SamePageCore.Contact(
                                kind: .text,
                                value: "988"
                            ),
                            SamePageCore.Contact(
                                kind: .chat,
                                value: "988lifeline.org"
                            ),
                        ],
                        audience: "anyone thinking about suicide or going through a hard time, or worried about someone who is",
                        source: "https://988lifeline.org/get-help/what-to-expect",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "9-8-8: Suicide Crisis Helpline",
                        region: "CA",
                        languages: [
                            "en",
                            "fr",
                        ],
                        hours: "any time, day or night",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "988"
                            ),
                            SamePageCore.Contact(
                                kind: .text,
                                value: "988"
                            ),
                        ],
                        audience: "anyone in Canada thinking about suicide, or worried about someone who might be",
                        source: "https://crtc.gc.ca/eng/archive/2022/2022-234.htm",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "ShelterSafe",
                        region: "CA",
                        languages: [
                            "en",
                        ],
                        hours: "the map works any time; most shelters on it answer the phone day and night",
                        reach: [
                            SamePageCore.Contact(
                                kind: .web,
                                value: "sheltersafe.ca"
                            ),
                        ],
                        audience: "women and their children who need a safe place or someone to talk to about abuse; you do not have to stay at a shelter to get help",
                        source: "https://sheltersafe.ca/about-shelters/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Get help with family violence (Government of Canada)",
                        region: "CA",
                        languages: [
                            "en",
                        ],
                        hours: "web page, read it any time",
                        reach: [
                            SamePageCore.Contact(
                                kind: .web,
                                value: "justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html"
                            ),
                        ],
                        audience: "anyone hurt by family violence who wants help nearby, such as a shelter or the police",
                        source: "https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "National Domestic Abuse Helpline (run by Refuge)",
                        region: "GB",
                        languages: [
                            "en",
                        ],
                        hours: "any time, day or night",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "0808 2000 247"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "nationaldahelpline.org.uk"
                            ),
                        ],
                        audience: "women facing abuse at home; free and private",
                        source: "https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Galop National LGBT+ Domestic Abuse Helpline",
                        region: "GB",
                        languages: [
                            "en",
                        ],
                        hours: "not open all the time and not for emergencies; see galop.org.uk for times",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "0800 999 5428"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "galop.org.uk"
                            ),
                        ],
                        audience: "LGBT+ people being hurt or controlled by a partner or family member",
                        source: "https://www.galop.org.uk/lgbtq-survivors-user-agreement/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Samaritans",
                        region: "GB",
                        languages: [
                            "en",
                        ],
                        hours: "any time, day or night",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "116 123"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "samaritans.org"
                            ),
                        ],
                        audience: "anyone who is struggling or feeling low and needs someone to listen; the call is free",
                        source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Samaritans Ireland",
                        region: "IE",
                        languages: [
                            "en",
                        ],
                        hours: "any time, day or night",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "116 123"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "samaritans.org"
                            ),
                        ],
                        audience: "anyone in Ireland who is struggling or feeling low and needs someone to listen; the call is free",
                        source: "https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Women's Aid 24hr National Freephone Helpline",
                        region: "IE",
                        languages: [
                            "en",
                        ],
                        hours: "any time, day or night",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1800 341 900"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "womensaid.ie"
                            ),
                        ],
                        audience: "women in Ireland being hurt or controlled by a partner or ex-partner",
                        source: "https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "1800RESPECT",
                        region: "AU",
                        languages: [
                            "en",
                        ],
                        hours: "any time, day or night (video calls may have shorter hours)",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1800 737 732"
                            ),
                            SamePageCore.Contact(
                                kind: .text,
                                value: "0458 737 732"
                            ),
                            SamePageCore.Contact(
                                kind: .chat,
                                value: "1800respect.org.au"
                            ),
                        ],
                        audience: "anyone hurt by violence at home or by sexual violence, and people who help them",
                        source: "https://www.1800respect.org.au/terms-and-conditions",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Lifeline",
                        region: "AU",
                        languages: [
                            "en",
                        ],
                        hours: "any time, day or night",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "13 11 14"
                            ),
                            SamePageCore.Contact(
                                kind: .text,
                                value: "0477 13 11 14"
                            ),
                            SamePageCore.Contact(
                                kind: .chat,
                                value: "lifeline.org.au"
                            ),
                        ],
                        audience: "anyone in Australia who feels overwhelmed, is in crisis, or is thinking about suicide",
                        source: "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Men's Referral Service (No to Violence)",
                        region: "AU",
                        languages: [
                            "en",
                        ],
                        hours: "open hours not confirmed here; see ntv.org.au",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1300 766 491"
                            ),
                            SamePageCore.Contact(
                                kind: .chat,
                                value: "ntv.org.au"
                            ),
                        ],
                        audience: "men who worry about how they treat a partner, and their family and friends; you do not have to give your name",
                        source: "https://ntv.org.au/get-help/getting-support",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "QLife",
                        region: "AU",
                        languages: [
                            "en",
                        ],
                        hours: "every day, 3pm to midnight (your local time)",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1800 184 527"
                            ),
                            SamePageCore.Contact(
                                kind: .chat,
                                value: "qlife.org.au"
                            ),
                        ],
                        audience: "LGBTIQ+ people and the people who care about them who want to talk; it is peer support, not a crisis service",
                        source: "https://www.qlife.org.au/faqs",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Find A Helpline",
                        region: "ANY",
                        languages: [
                            "en",
                        ],
                        hours: "website, use it any time",
                        reach: [
                            SamePageCore.Contact(
                                kind: .web,
                                value: "findahelpline.com"
                            ),
                        ],
                        audience: "anyone, in any country, looking for a free and private helpline near them",
                        source: "https://findahelpline.com/AU",
                        checked: "2026-11-27"
                    ),
                ]
            ),
            thresholds: SamePageCore.Thresholds(
                notNow: 40,
                ready: 65,
                closeGap: 15,
                wideGap: 25,
                farGap: 40,
                middle: 50,
                themeHigh: 60,
                topThemes: 2,
                minReadinessAnswers: 4,
                minThemeAnswers: 2
            ),
            pairings: [
                SamePageCore.PairingLabel(
                    id: "ready-together",
                    name: "Ready together",
                    when: .bothReady,
                    summary: "You both feel willing to try couples therapy. You can choose a first step side by side."
                ),
                SamePageCore.PairingLabel(
                    id: "both-unsure",
                    name: "Neither feels ready",
                    when: .bothNotNow,
                    summary: "Right now, neither of you feels ready to try couples therapy. That is a real choice. If it changes, you can start small, at your own pace."
                ),
                SamePageCore.PairingLabel(
                    id: "close",
                    name: "A similar pace",
                    when: .close,
                    summary: "You feel about the same about trying therapy, even if your worries are not the same. That can make it easier to talk about what, if anything, comes next."
                ),
                SamePageCore.PairingLabel(
                    id: "different-paces",
                    name: "Different paces",
                    when: .any,
                    summary: "Your readiness is not the same right now. This happens to many couples. It is a place you can start from, not a sign that something is wrong."
                ),
            ],
            words: SamePageCore.ResultWords(
                bands: [
                    .notNow: SamePageCore.BandWords(
                        name: "Not now",
                        summary: "For now, you do not feel ready to try couples therapy. That is a real choice, and it is yours to make."
                    ),
                    .open: SamePageCore.BandWords(
                        name: "Open to learning more",
                        summary: "You are open to the idea, and you may still have questions or doubts. You can learn more before you decide, with no promise to go."
                    ),
                    .ready: SamePageCore.BandWords(
                        name: "Ready to try",
                        summary: "You feel willing to try couples therapy. Any worries you still have are worth sharing when you start."
                    ),
                ],
                gaps: [
                    .apart: "Somewhat apart",
                    .close: "About the same",
                    .far: "Far apart",
                ]
            ),
            cards: [
                SamePageCore.GuidanceCard(
                    id: "couple-ready-together",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "ready-together",
                        ],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "You both feel ready",
                    text: "You are both open to trying couples therapy. That makes the first steps easier. Now you can choose how to begin, side by side.",
                    steps: [
                        "Each make a short list of what you hope will change.",
                        "Look up two or three couples therapists together.",
                        "Book a first talk or consult at a time that suits you both.",
                        "Agree on one small way to be kind to each other this week.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-both-unsure",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "both-unsure",
                        ],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "Neither of you feels ready now",
                    text: "Right now, neither of you feels ready to try couples therapy. That is a real choice, and you do not have to decide anything. If you ever want to, you can learn more first, with no promise to go.",
                    steps: [
                        "Talk about what matters most to each of you right now.",
                        "If you are curious, read how one or two therapists describe their work.",
                        "If you like, pick a day to talk about it again.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-close",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "close",
                        ],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "You feel about the same",
                    text: "Your answers on trying therapy are close. You may still have different worries, so it helps to hear them out. Being close makes it easier to choose a next step together.",
                    steps: [
                        "Look at your worries side by side and talk about one of them.",
                        "Choose one thing you both want to know before you decide.",
                        "Agree on a small next step and a day to do it.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-different-paces",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "different-paces",
                        ],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "You are moving at different speeds",
                    text: "One of you feels more ready than the other. This happens to many couples. It does not mean anyone is wrong, and it is a fine place to start. A good therapist can help you find a pace that works for both of you.",
                    steps: [
                        "Let each person say, without being cut off, what they feel about it.",
                        "Ask what would help the less ready person feel safer.",
                        "Agree that no one has to decide today.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "readier-own-therapy",
                    audience: .readier,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "You can start on your own",
                    text: "You can see a therapist by yourself and focus on how you act in the relationship. You can learn what you need and how you react when things get tense. When one person changes how they respond, the whole pattern between you can shift too.",
                    steps: [
                        "Look for a therapist who works with couples and with people on their own.",
                        "Tell them you want to understand your part in the pattern.",
                        "Share what you learn with your partner only if it feels right.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "readier-one-consult",
                    audience: .readier,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "Ask for just one visit",
                    text: "A big yes can feel like a lot to ask. One short first call is much smaller. It is a chance to look around, not a promise to keep going. It can also take some fear out of the unknown.",
                    steps: [
                        "Find a therapist who offers a short first call or consult.",
                        "Ask your partner to join you for that one call only.",
                        "Let them know they can say no to more after that.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "readier-curiosity",
                    audience: .readier,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "Ask out of curiosity, not control",
                    text: "If therapy sounds like a demand, people often resist it more. It can help to show that you are curious about the two of you. For example, you might say, \"I miss feeling close to you. Would you try one visit with someone who could help us hear each other?\"",
                    steps: [
                        "Put the idea in your own words, as a wish and not a must.",
                        "Pick a calm moment, not the middle of a fight.",
                        "Ask what worries your partner, and just listen.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "readier-name-need",
                    audience: .readier,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "Say what you need, without an ultimatum",
                    text: "You are allowed to say what matters to you. A boundary is not a threat. It tells your partner clearly what you need to feel okay. An ultimatum puts on pressure, while a boundary invites an honest talk.",
                    steps: [
                        "Write down one thing you need, in a single sentence.",
                        "Start with \"I need\" rather than \"You always\".",
                        "Say it once, calmly, and give your partner time to think.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "less-ready-your-pace",
                    audience: .lessReady,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "It is okay to need more time",
                    text: "Needing more time before therapy is common, and it does not mean you do not care. Therapy can move as slowly as you need. You can ask questions first, and you can always say no to more.",
                    steps: [
                        "Write down what worries you most about trying therapy.",
                        "Ask a therapist how they work before you agree to anything.",
                        "Tell your partner one thing that would help you feel safer.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "less-ready-your-say",
                    audience: .lessReady,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "You keep your say",
                    text: "Going once does not sign you up for anything. A good therapist will not rush you or make you share more than you want. You can help set the goals, too.",
                    steps: [
                        "Think of one thing you would like to be better between you.",
                        "Ask that the first visit be about what both of you want.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-blame",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "blame",
                        readiness: nil
                    ),
                    title: "About the fear of blame",
                    text: "A good couples therapist looks at the pattern between you, not at who is at fault. The aim is to see the loop you both get caught in. Each of you adds to it and reacts to it in your own way.",
                    steps: [
                        "Ask a therapist how they keep sessions fair to both people.",
                        "Say out loud that you do not want to be cast as the problem.",
                        "Notice one loop you both get stuck in, without naming a cause.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-past-therapy",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "past-therapy",
                        readiness: nil
                    ),
                    title: "If therapy let you down before",
                    text: "A past bad experience is a good reason to be careful. Not every therapist works the same way. You can ask a new therapist how they work and tell them what did not help last time.",
                    steps: [
                        "Make a short list of what did not help before.",
                        "Ask a new therapist how they would handle those things.",
                        "Remember that you can stop or switch if it does not feel right.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-overwhelm",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "overwhelm",
                        readiness: nil
                    ),
                    title: "When it all feels like too much",
                    text: "Hard talks can feel like a flood. A good therapist helps slow things down so no one is swamped. You can take breaks, and you do not have to share everything at once.",
                    steps: [
                        "Agree with your partner on a word that means you need a pause.",
                        "Ask a therapist how they help when feelings run high.",
                        "Start with one small topic, not the biggest one.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-vulnerability",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "vulnerability",
                        readiness: nil
                    ),
                    title: "About showing feelings",
                    text: "Many of us learned to keep problems private or to handle them alone. Those lessons often helped us get by. Asking for help can also be a sign of strength and care for the people you love.",
                    steps: [
                        "Think about where your ideas about asking for help came from.",
                        "Look for a therapist who understands your culture or background.",
                        "Share only what you are ready to share.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-crisis-only",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "crisis-only",
                        readiness: nil
                    ),
                    title: "Therapy is not only for a crisis",
                    text: "Going to therapy does not mean something is broken. Many couples go to learn more about each other, or to fix small things before they grow. It can be a place to slow down and look at your patterns.",
                    steps: [
                        "Name one thing that is going well between you.",
                        "Name one small thing you would like to make even better.",
                        "Think of therapy as a check-up, not an emergency room.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-ganged-up",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "ganged-up",
                        readiness: nil
                    ),
                    title: "You will not be outnumbered",
                    text: "A good couples therapist does not team up with one person. Their job is to help both of you feel heard. No one should be forced to change who they are.",
                    steps: [
                        "Ask a therapist how they make sure both people get equal time.",
                        "Tell them if you ever feel it is two against one.",
                        "Agree with your partner that goals are chosen together.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-ready-own-work",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .ready
                    ),
                    title: "Start with your own work",
                    text: "You do not need your partner in the room to begin. A therapist can help you look at your part in the pattern, your needs, and how you react. When one person shifts, the pattern between two people often shifts too.",
                    steps: [
                        "Look for a therapist who helps people with relationship patterns.",
                        "Bring one recent hard moment to look at together.",
                        "Notice what you feel and need when things get tense.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-ready-one-consult",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .ready
                    ),
                    title: "Invite your partner to one call",
                    text: "Asking for one short call is easier to say yes to than a long plan. It is a chance to look, not a promise. It can make the unknown feel less scary.",
                    steps: [
                        "Find a therapist who offers a short first call.",
                        "Invite your partner to that one call and nothing more.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-ready-curiosity",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .ready
                    ),
                    title: "Ask with curiosity, not control",
                    text: "Pressure often makes people pull back. Curiosity gives them room to think it over. You might say, \"I want us to feel close again. I wonder if someone could help us get there.\"",
                    steps: [
                        "Put the wish in your own words, not as a demand.",
                        "Ask your partner what worries them, and listen to the answer.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-ready-name-need",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .ready
                    ),
                    title: "Name your need, not an ultimatum",
                    text: "You can say what you need without a threat. A boundary shows what helps you stay well in the relationship. It gives clarity, not pressure.",
                    steps: [
                        "Write your need in one sentence that starts with \"I need\".",
                        "Share it at a calm time and let your partner take time to answer.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-unsure-explore",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .notNow
                    ),
                    title: "Not now is a real answer",
                    text: "It is okay if couples therapy is not for you right now. Holding back is often a way to protect yourself or the relationship. If you want, you can learn more without saying yes to anything.",
                    steps: [
                        "Look at your top worries in your results.",
                        "If you are curious, write down one question you would want answered.",
                        "Talk it over with someone you trust.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-unsure-own-terms",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .notNow
                    ),
                    title: "On your own terms",
                    text: "Therapy does not have to mean something is wrong. It can be a place to slow down and look at your own patterns. You choose when, how, and if.",
                    steps: [
                        "Read how two or three therapists near you describe their work.",
                        "Notice which one feels most like a good fit for you.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-between-explore",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .open
                    ),
                    title: "Part of you is open",
                    text: "You are somewhere in the middle, and that is a normal place to be. Part of you sees that help could be useful, and part of you holds back. Both parts deserve to be heard.",
                    steps: [
                        "Write down one reason to try and one reason to wait.",
                        "Look at your top worries and what might ease them.",
                        "Ask a therapist a question by phone or email before deciding.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-only-me",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "Can therapy help if only I go?",
                    text: "Yes, it can. Working on your own can show you the parts you often fall into and how you react to conflict. It can help you get clear on what you need. When you change how you respond, the way you two relate can change too.",
                    steps: [
                        "Look for a therapist who works on relationship patterns with one person.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-worse",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "What if therapy makes things worse or feels unsafe?",
                    text: "This is a fair worry, most of all if talks at home already get heated or go silent. A good therapist will not rush you or make you share before you are ready. They work to build safety first, at a pace you can handle.",
                    steps: [
                        "Ask a therapist how they keep sessions calm and safe.",
                        "If you ever feel unsafe at home, get support on your own first.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-boundary",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "How is a boundary different from an ultimatum?",
                    text: "A boundary says what you need to stay well in the relationship. An ultimatum adds pressure and often makes people feel less safe. A therapist can help you put your needs into words, whether or not your partner comes along.",
                    steps: [
                        "Try saying your need as \"I need\" rather than \"If you don't\".",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-once",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "What if we go once and my partner will not go back?",
                    text: "That can happen, and it does not mean therapy failed. One visit can still make some things clearer. At the very least, it shows where things stand and what could come next.",
                    steps: [
                        "Ask each other what you noticed or learned from the visit.",
                        "Decide whether you want to keep going on your own.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-pace-part-of-work",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "different-paces",
                        ],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "Your different paces can be part of the work",
                    text: "You do not have to feel the same before you start. How each of you feels about therapy can be one of the first things you talk about there. A therapist can help you hear what it is like to want to start, and what it is like to want to wait.",
                    steps: [
                        "Tell a therapist at the start that you feel differently about being there.",
                        "Each say what would help you feel respected while you work it out.",
                        "Treat the gap as something to learn about, not something to fix first.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-few-sessions",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "close",
                            "different-paces",
                        ],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "One or two sessions can help you see more clearly",
                    text: "Trying therapy does not mean signing up for months. Even one or two sessions can show you where things stand. Then you can choose what comes next: more sessions together, some time with a therapist on your own, or a pause.",
                    steps: [
                        "Agree to try one or two sessions, and then talk about it.",
                        "After each session, each say one thing you noticed.",
                        "Choose the next step together, with no pressure to keep going.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-slow-down",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "Ways to slow down a hard talk",
                    text: "Some simple tools can help before any deeper work begins. They make hard talks calmer, so each of you can say more and hear more. A therapist can teach more of them, but you can start with these.",
                    steps: [
                        "Agree on a word either of you can say to take a short break.",
                        "When you take a break, say when you will come back to the talk.",
                        "Take turns. One talks, and the other says back what they heard.",
                        "Stay with one topic at a time.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "less-ready-feel-heard",
                    audience: .lessReady,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "Your doubts are welcome",
                    text: "Many people start therapy with doubts. Often, they get more involved once they feel truly heard. You do not need to feel sure at the start, and you can bring your doubts with you.",
                    steps: [
                        "If you try a session, say your doubts out loud there.",
                        "Tell the therapist what would help you feel heard.",
                        "Afterward, notice whether you felt listened to.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-relationship-itself",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil
                    ),
                    title: "What if one of us is unsure about the relationship itself?",
                    text: "Sometimes the bigger question is not about therapy but about staying together. A kind of counselling called discernment counselling is made for this. It is short, often one to five meetings. It helps each of you get clear before any choice is made, and no one is pushed either way.",
                    steps: [
                        "Ask a therapist if they offer discernment counselling.",
                        "If you ever feel unsafe at home, get support on your own first.",
                    ]
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-practical",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "practical",
                        readiness: nil
                    ),
                    title: "When cost, time or finding someone is hard",
                    text: "Money, time and finding the right person are real limits. Some therapists charge less when money is tight, and some meet online, which saves travel time. A short first call can show you if someone fits.",
                    steps: [
                        "Ask about cost, and about lower fees, before you book.",
                        "Check if a health plan or work benefit pays for some sessions.",
                        "Ask if sessions can be online or at times that suit you.",
                        "Ask how they work with couples like you, and see how it feels.",
                    ]
                ),
            ],
            steps: SamePageCore.Section(
                id: "steps",
                name: "Next steps",
                about: "Which steps you would be willing to take. None of them is a promise.",
                items: [
                    SamePageCore.Item(
                        id: "step-read",
                        text: "I would be willing to read about how couples therapy works.",
                        reverse: false,
                        step: "Read about it",
                        alone: false
                    ),
                    SamePageCore.Item(
                        id: "step-call",
                        text: "I would be willing to have a short first call with a therapist.",
                        reverse: false,
                        step: "A short call with a therapist",
                        alone: false
                    ),
                    SamePageCore.Item(
                        id: "step-one-session",
                        text: "I would be willing to try one session together, with no promise of more.",
                        reverse: false,
                        step: "One session together",
                        alone: false
                    ),
                    SamePageCore.Item(
                        id: "step-regular",
                        text: "I would be willing to go to sessions together for a few months.",
                        reverse: false,
                        step: "Regular sessions together",
                        alone: false
                    ),
                    SamePageCore.Item(
                        id: "step-on-my-own",
                        text: "I would be willing to see a therapist on my own about our relationship.",
                        reverse: false,
                        step: "Sessions on my own",
                        alone: true
                    ),
                ],
                notApplicable: nil
            ),
            samples: [
                SamePageCore.SampleCouple(
                    id: "maya-and-jon",
                    title: "Maya and Jon, both ready to try",
                    about: "Both want help with how they argue. Jon had a hard time with a counsellor years ago, and his work hours make it hard to find time.",
                    sheets: [
                        SamePageCore.AnswerSheet(
                            name: "Maya",
                            answers: [
                                "blame-complaints": .level(2),
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-breaking-up": .level(1),
                                "crisis-only-broken": .level(1),
                                "crisis-only-doing-fine": .level(5),
                                "crisis-only-not-bad": .level(1),
                                "ganged-up-equal-say": .level(5),
                                "ganged-up-old-fights": .level(1),
                                "ganged-up-pushed": .level(1),
                                "ganged-up-two-on-one": .level(1),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-keep-peace": .level(2),
                                "overwhelm-not-return": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-helped": .level(5),
                                "past-therapy-not-heard": .level(1),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "practical-cost": .level(2),
                                "practical-fit": .level(2),
                                "practical-know-where": .level(4),
                                "practical-time": .level(2),
                                "ready-ask-questions": .level(5),
                                "ready-curious": .level(5),
                                "ready-first-session": .level(5),
                                "ready-hope-help": .level(5),
                                "ready-make-time": .level(5),
                                "ready-no-use": .level(1),
                                "ready-not-now": .level(1),
                                "ready-rather-wait": .level(1),
                                "ready-want-change": .level(5),
                                "step-call": .level(5),
                                "step-on-my-own": .level(5),
                                "step-one-session": .level(5),
                                "step-read": .level(5),
                                "step-regular": .level(5),
                                "vulnerability-gender": .level(1),
                                "vulnerability-keep-private": .level(1),
                                "vulnerability-on-my-own": .level(1),
                                "vulnerability-others-think": .level(1),
                                "vulnerability-strength": .level(5),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Jon",
                            answers: [
                                "blame-complaints": .level(2),
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-breaking-up": .level(1),
                                "crisis-only-broken": .level(1),
                                "crisis-only-doing-fine": .level(5),
                                "crisis-only-not-bad": .level(1),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-old-fights": .level(2),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-keep-peace": .level(2),
                                "overwhelm-not-return": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-helped": .level(2),
                                "past-therapy-not-heard": .level(4),
                                "past-therapy-unsafe": .level(4),
                                "past-therapy-wary": .level(4),
                                "past-therapy-worse": .level(4),
                                "practical-cost": .level(4),
                                "practical-fit": .level(4),
                                "practical-know-where": .level(2),
                                "practical-time": .level(4),
                                "ready-ask-questions": .level(4),
                                "ready-curious": .level(4),
                                "ready-first-session": .level(4),
                                "ready-hope-help": .level(4),
                                "ready-make-time": .level(4),
                                "ready-no-use": .level(2),
                                "ready-not-now": .level(2),
                                "ready-rather-wait": .level(2),
                                "ready-want-change": .level(4),
                                "step-call": .level(4),
                                "step-on-my-own": .level(4),
                                "step-one-session": .level(4),
                                "step-read": .level(4),
                                "step-regular": .level(4),
                                "vulnerability-gender": .level(2),
                                "vulnerability-keep-private": .level(2),
                                "vulnerability-on-my-own": .level(2),
                                "vulnerability-others-think": .level(2),
                                "vulnerability-strength": .level(4),
                            ]
                        ),
                    ]
                ),
                SamePageCore.SampleCouple(
                    id: "ana-and-luis",
                    title: "Ana and Luis, at a similar pace",
                    about: "Neither is against the idea. Both find hard talks draining, and they are not sure what therapy would cost.",
                    sheets: [
                        SamePageCore.AnswerSheet(
                            name: "Ana",
                            answers: [
                                "blame-complaints": .level(2),
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-breaking-up": .level(2),
                                "crisis-only-broken": .level(2),
                                "crisis-only-doing-fine": .level(4),
                                "crisis-only-not-bad": .level(2),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-old-fights": .level(2),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(2),
                                "overwhelm-embarrassed": .level(4),
                                "overwhelm-keep-peace": .level(4),
                                "overwhelm-not-return": .level(4),
                                "overwhelm-too-much": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-not-heard": .level(1),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "practical-cost": .level(4),
                                "practical-fit": .level(4),
                                "practical-know-where": .level(2),
                                "practical-time": .level(4),
                                "ready-ask-questions": .level(3),
                                "ready-curious": .level(3),
                                "ready-first-session": .level(3),
                                "ready-hope-help": .level(3),
                                "ready-make-time": .level(3),
                                "ready-no-use": .level(3),
                                "ready-not-now": .level(3),
                                "ready-rather-wait": .level(3),
                                "ready-want-change": .level(3),
                                "step-call": .level(3),
                                "step-on-my-own": .level(3),
                                "step-one-session": .level(3),
                                "step-read": .level(3),
                                "step-regular": .level(3),
                                "vulnerability-gender": .level(3),
                                "vulnerability-keep-private": .level(3),
                                "vulnerability-on-my-own": .level(3),
                                "vulnerability-others-think": .level(3),
                                "vulnerability-strength": .level(3),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Luis",
                            answers: [
                                "blame-complaints": .level(3),
                                "blame-fair": .level(3),
                                "blame-take-sides": .level(3),
                                "blame-the-problem": .level(3),
                                "crisis-only-breaking-up": .level(3),
                                "crisis-only-broken": .level(3),
                                "crisis-only-doing-fine": .level(3),
                                "crisis-only-not-bad": .level(3),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-old-fights": .level(2),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(2),
                                "overwhelm-embarrassed": .level(4),
                                "overwhelm-keep-peace": .level(4),
                                "overwhelm-not-return": .level(4),
                                "overwhelm-too-much": .level(4),
                                "past-therapy-helped": .level(4),
                                "past-therapy-not-heard": .level(2),
                                "past-therapy-unsafe": .level(2),
                                "past-therapy-wary": .level(2),
                                "past-therapy-worse": .level(2),
                                "practical-cost": .level(3),
                                "practical-fit": .level(3),
                                "practical-know-where": .level(3),
                                "practical-time": .level(3),
                                "ready-ask-questions": .level(3),
                                "ready-curious": .level(3),
                                "ready-first-session": .level(3),
                                "ready-hope-help": .level(3),
                                "ready-make-time": .level(3),
                                "ready-no-use": .level(3),
                                "ready-not-now": .level(3),
                                "ready-rather-wait": .level(3),
                                "ready-want-change": .level(3),
                                "step-call": .level(3),
                                "step-on-my-own": .level(3),
                                "step-one-session": .level(3),
                                "step-read": .level(3),
                                "step-regular": .level(3),
                                "vulnerability-gender": .level(2),
                                "vulnerability-keep-private": .level(2),
                                "vulnerability-on-my-own": .level(2),
                                "vulnerability-others-think": .level(2),
                                "vulnerability-strength": .level(4),
                            ]
                        ),
                    ]
                ),
                SamePageCore.SampleCouple(
                    id: "sam-and-alex",
                    title: "Sam and Alex, at different paces",
                    about: "Sam has asked about therapy many times. Alex does not want to try it now, and worries about being seen as the problem.",
                    sheets: [
                        SamePageCore.AnswerSheet(
                            name: "Sam",
                            answers: [
                                "blame-complaints": .level(1),
                                "blame-fair": .level(5),
                                "blame-take-sides": .level(1),
                                "blame-the-problem": .level(1),
                                "crisis-only-breaking-up": .level(1),
                                "crisis-only-broken": .level(1),
                                "crisis-only-doing-fine": .level(5),
                                "crisis-only-not-bad": .level(1),
                                "ganged-up-equal-say": .level(5),
                                "ganged-up-old-fights": .level(1),
                                "ganged-up-pushed": .level(1),
                                "ganged-up-two-on-one": .level(1),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-keep-peace": .level(2),
                                "overwhelm-not-return": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-helped": .level(4),
                                "past-therapy-not-heard": .level(2),
                                "past-therapy-unsafe": .level(2),
                                "past-therapy-wary": .level(2),
                                "past-therapy-worse": .level(2),
                                "practical-cost": .level(2),
                                "practical-fit": .level(2),
                                "practical-know-where": .level(4),
                                "practical-time": .level(2),
                                "ready-ask-questions": .level(5),
                                "ready-curious": .level(5),
                                "ready-first-session": .level(5),
                                "ready-hope-help": .level(5),
                                "ready-make-time": .level(5),
                                "ready-no-use": .level(1),
                                "ready-not-now": .level(1),
                                "ready-rather-wait": .level(1),
                                "ready-want-change": .level(5),
                                "step-call": .level(5),
                                "step-on-my-own": .level(5),
                                "step-one-session": .level(5),
                                "step-read": .level(5),
                                "step-regular": .level(5),
                                "vulnerability-gender": .level(1),
                                "vulnerability-keep-private": .level(1),
                                "vulnerability-on-my-own": .level(1),
                                "vulnerability-others-think": .level(1),
                                "vulnerability-strength": .level(5),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Alex",
                            answers: [
                                "blame-complaints": .level(5),
                                "blame-fair": .level(1),
                                "blame-take-sides": .level(5),
                                "blame-the-problem": .level(5),
                                "crisis-only-breaking-up": .level(2),
                                "crisis-only-broken": .level(2),
                                "crisis-only-doing-fine": .level(4),
                                "crisis-only-not-bad": .level(2),
                                "ganged-up-equal-say": .level(2),
                                "ganged-up-old-fights": .level(4),
                                "ganged-up-pushed": .level(4),
                                "ganged-up-two-on-one": .level(4),
                                "overwhelm-can-talk": .level(3),
                                "overwhelm-embarrassed": .level(3),
                                "overwhelm-keep-peace": .level(3),
                                "overwhelm-not-return": .level(3),
                                "overwhelm-too-much": .level(3),
                                "past-therapy-helped": .level(4),
                                "past-therapy-not-heard": .level(2),
                                "past-therapy-unsafe": .level(2),
                                "past-therapy-wary": .level(2),
                                "past-therapy-worse": .level(2),
                                "practical-cost": .level(2),
                                "practical-fit": .level(2),
                                "practical-know-where": .level(4),
                                "practical-time": .level(2),
                                "ready-ask-questions": .level(2),
                                "ready-curious": .level(2),
                                "ready-first-session": .level(2),
                                "ready-hope-help": .level(2),
                                "ready-make-time": .level(2),
                                "ready-no-use": .level(4),
                                "ready-not-now": .level(4),
                                "ready-rather-wait": .level(4),
                                "ready-want-change": .level(2),
                                "step-call": .level(2),
                                "step-on-my-own": .level(2),
                                "step-one-session": .level(2),
                                "step-read": .level(2),
                                "step-regular": .level(2),
                                "vulnerability-gender": .level(3),
                                "vulnerability-keep-private": .level(3),
                                "vulnerability-on-my-own": .level(3),
                                "vulnerability-others-think": .level(3),
                                "vulnerability-strength": .level(3),
                            ]
                        ),
                    ]
                ),
                SamePageCore.SampleCouple(
                    id: "kai-and-noor",
                    title: "Kai and Noor, neither ready now",
                    about: "Things feel fine most days. Both grew up with the idea that you keep problems at home, and both would rather not try therapy for now.",
                    sheets: [
                        SamePageCore.AnswerSheet(
                            name: "Kai",
                            answers: [
                                "blame-complaints": .level(2),
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-breaking-up": .level(4),
                                "crisis-only-broken": .level(4),
                                "crisis-only-doing-fine": .level(2),
                                "crisis-only-not-bad": .level(4),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-old-fights": .level(2),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-keep-peace": .level(2),
                                "overwhelm-not-return": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-helped": .level(5),
                                "past-therapy-not-heard": .level(1),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "practical-cost": .level(3),
                                "practical-fit": .level(3),
                                "practical-know-where": .level(3),
                                "practical-time": .level(3),
                                "ready-ask-questions": .level(2),
                                "ready-curious": .level(2),
                                "ready-first-session": .level(2),
                                "ready-hope-help": .level(2),
                                "ready-make-time": .level(2),
                                "ready-no-use": .level(4),
                                "ready-not-now": .level(4),
                                "ready-rather-wait": .level(4),
                                "ready-want-change": .level(2),
                                "step-call": .level(2),
                                "step-on-my-own": .level(2),
                                "step-one-session": .level(2),
                                "step-read": .level(2),
                                "step-regular": .level(2),
                                "vulnerability-gender": .level(5),
                                "vulnerability-keep-private": .level(5),
                                "vulnerability-on-my-own": .level(5),
                                "vulnerability-others-think": .level(5),
                                "vulnerability-strength": .level(1),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Noor",
                            answers: [
                                "blame-complaints": .level(1),
                                "blame-fair": .level(5),
                                "blame-take-sides": .level(1),
                                "blame-the-problem": .level(1),
                                "crisis-only-breaking-up": .level(5),
                                "crisis-only-broken": .level(5),
                                "crisis-only-doing-fine": .level(1),
                                "crisis-only-not-bad": .level(5),
                                "ganged-up-equal-say": .level(5),
                                "ganged-up-old-fights": .level(1),
                                "ganged-up-pushed": .level(1),
                                "ganged-up-two-on-one": .level(1),
                                "overwhelm-can-talk": .level(3),
                                "overwhelm-embarrassed": .level(3),
                                "overwhelm-keep-peace": .level(3),
                                "overwhelm-not-return": .level(3),
                                "overwhelm-too-much": .level(3),
                                "past-therapy-helped": .level(5),
                                "past-therapy-not-heard": .level(1),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "practical-cost": .level(1),
                                "practical-fit": .level(1),
                                "practical-know-where": .level(5),
                                "practical-time": .level(1),
                                "ready-ask-questions": .level(1),
                                "ready-curious": .level(1),
                                "ready-first-session": .level(1),
                                "ready-hope-help": .level(1),
                                "ready-make-time": .level(1),
                                "ready-no-use": .level(5),
                                "ready-not-now": .level(5),
                                "ready-rather-wait": .level(5),
                                "ready-want-change": .level(1),
                                "step-call": .level(1),
                                "step-on-my-own": .level(1),
                                "step-one-session": .level(1),
                                "step-read": .level(1),
                                "step-regular": .level(1),
                                "vulnerability-gender": .level(4),
                                "vulnerability-keep-private": .level(4),
                                "vulnerability-on-my-own": .level(4),
                                "vulnerability-others-think": .level(4),
                                "vulnerability-strength": .level(2),
                            ]
                        ),
                    ]
                ),
            ],
            identity: SamePageCore.ContentIdentity(
                id: "samepage-default",
                version: 2,
                fingerprint: "a65e669d42153abd"
            )
        )
    }
}
