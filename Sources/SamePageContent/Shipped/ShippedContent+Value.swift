// Written by `make snapshot` from content/: do not edit. The shipped content, already read and checked,
// used only for a folder whose files are byte for byte these (see ShippedContent.swift).
import SamePageCore

extension ShippedContent {
    static let sets: [Set] = [
        Set(files: [
            File(name: "cards.yaml", bytes: "# Guidance cards. Each card has an audience (\"for\") and optional rules (\"when\").\n# A card is shown when every rule in \"when\" holds. See README.md for details.\ncards:\n  # ---- For the couple: one card per pairing label ----\n  - id: couple-ready-together\n    for: couple\n    when:\n      pairing: ready-together\n    title: You both feel ready\n    text: >-\n      You are both open to trying couples therapy. That makes the first steps\n      easier. Now you can choose how to begin, side by side.\n    steps:\n      - Each make a short list of what you hope will change.\n      - Look up two or three couples therapists together.\n      - Book a first talk or consult at a time that suits you both.\n      - Agree on one small way to be kind to each other this week.\n\n  - id: couple-both-unsure\n    for: couple\n    when:\n      pairing: both-unsure\n    title: Neither of you feels ready now\n    text: >-\n      Right now, neither of you feels ready to try couples therapy. That is a\n      real choice, and you do not have to decide anything. If you ever want\n      to, you can learn more first, with no promise to go.\n    steps:\n      - Talk about what matters most to each of you right now.\n      - If you are curious, read how one or two therapists describe their work.\n      - If you like, pick a day to talk about it again.\n\n  - id: couple-close\n    for: couple\n    when:\n      pairing: close\n    title: You feel about the same\n    text: >-\n      Your answers on trying therapy are close. You may still have different\n      worries, so it helps to hear them out. Being close makes it easier to\n      choose a next step together.\n    steps:\n      - Look at your worries side by side and talk about one of them.\n      - Choose one thing you both want to know before you decide.\n      - Agree on a small next step and a day to do it.\n\n  - id: couple-different-paces\n    for: couple\n    when:\n      pairing: different-paces\n    title: You are moving at different speeds\n    text: >-\n      One of you feels more ready than the other. This happens to many couples.\n      It does not mean anyone is wrong, and it is a fine place to start. A good\n      therapist can help you find a pace that works for both of you.\n    steps:\n      - Let each person say, without being cut off, what they feel about it.\n      - Ask what would help the less ready person feel safer.\n      - Agree that no one has to decide today.\n\n  # ---- For the partner who feels readier right now ----\n  - id: readier-own-therapy\n    for: readier\n    title: You can start on your own\n    text: >-\n      You can see a therapist by yourself and focus on how you act in the\n      relationship. You can learn what you need and how you react when things\n      get tense. When one person changes how they respond, the whole pattern\n      between you can shift too.\n    steps:\n      - Look for a therapist who works with couples and with people on their own.\n      - Tell them you want to understand your part in the pattern.\n      - Share what you learn with your partner only if it feels right.\n\n  - id: readier-one-consult\n    for: readier\n    title: Ask for just one visit\n    text: >-\n      A big yes can feel like a lot to ask. One short first call is much\n      smaller. It is a chance to look around, not a promise to keep going. It\n      can also take some fear out of the unknown.\n    steps:\n      - Find a therapist who offers a short first call or consult.\n      - Ask your partner to join you for that one call only.\n      - Let them know they can say no to more after that.\n\n  - id: readier-curiosity\n    for: readier\n    title: Ask out of curiosity, not control\n    text: >-\n      If therapy sounds like a demand, people often resist it more. It can\n      help to show that you are curious about the two of you. For example,\n      you might say, \"I miss feeling close to you. Would you try one visit\n      with someone who could help us hear each other?\"\n    steps:\n      - Put the idea in your own words, as a wish and not a must.\n      - Pick a calm moment, not the middle of a fight.\n      - Ask what worries your partner, and just listen.\n\n  - id: readier-name-need\n    for: readier\n    title: Say what you need, without an ultimatum\n    text: >-\n      You are allowed to say what matters to you. A boundary is not a threat.\n      It tells your partner clearly what you need to feel okay. An ultimatum\n      puts on pressure, while a boundary invites an honest talk.\n    steps:\n      - Write down one thing you need, in a single sentence.\n      - Start with \"I need\" rather than \"You always\".\n      - Say it once, calmly, and give your partner time to think.\n\n  # ---- For the partner who feels less ready right now ----\n  - id: less-ready-your-pace\n    for: less-ready\n    title: It is okay to need more time\n    text: >-\n      Needing more time before therapy is common, and it does not mean you\n      do not care. Therapy can move as slowly as you need. You can ask\n      questions first, and you can always say no to more.\n    steps:\n      - Write down what worries you most about trying therapy.\n      - Ask a therapist how they work before you agree to anything.\n      - Tell your partner one thing that would help you feel safer.\n\n  - id: less-ready-your-say\n    for: less-ready\n    title: You keep your say\n    text: >-\n      Going once does not sign you up for anything. A good therapist will not\n      rush you or make you share more than you want. You can help set the\n      goals, too.\n    steps:\n      - Think of one thing you would like to be better between you.\n      - Ask that the first visit be about what both of you want.\n\n  # ---- For each person, by top hesitation ----\n  - id: partner-blame\n    for: partner\n    when:\n      theme: blame\n    title: About the fear of blame\n    text: >-\n      A good couples therapist looks at the pattern between you, not at who is\n      at fault. The aim is to see the loop you both get caught in. Each of you\n      adds to it and reacts to it in your own way.\n    steps:\n      - Ask a therapist how they keep sessions fair to both people.\n      - Say out loud that you do not want to be cast as the problem.\n      - Notice one loop you both get stuck in, without naming a cause.\n\n  - id: partner-past-therapy\n    for: partner\n    when:\n      theme: past-therapy\n    title: If therapy let you down before\n    text: >-\n      A past bad experience is a good reason to be careful. Not every\n      therapist works the same way. You can ask a new therapist how they work\n      and tell them what did not help last time.\n    steps:\n      - Make a short list of what did not help before.\n      - Ask a new therapist how they would handle those things.\n      - Remember that you can stop or switch if it does not feel right.\n\n  - id: partner-overwhelm\n    for: partner\n    when:\n      theme: overwhelm\n    title: When it all feels like too much\n    text: >-\n      Hard talks can feel like a flood. A good therapist helps slow things\n      down so no one is swamped. You can take breaks, and you do not have to\n      share everything at once.\n    steps:\n      - Agree with your partner on a word that means you need a pause.\n      - Ask a therapist how they help when feelings run high.\n      - Start with one small topic, not the biggest one.\n\n  - id: partner-vulnerability\n    for: partner\n    when:\n      theme: vulnerability\n    title: About showing feelings\n    text: >-\n      Many of us learned to keep problems private or to handle them alone.\n      Those lessons often helped us get by. Asking for help can also be a sign\n      of strength and care for the people you love.\n    steps:\n      - Think about where your ideas about asking for help came from.\n      - Look for a therapist who understands your culture or background.\n      - Share only what you are ready to share.\n\n  - id: partner-crisis-only\n    for: partner\n    when:\n      theme: crisis-only\n    title: Therapy is not only for a crisis\n    text: >-\n      Going to therapy does not mean something is broken. Many couples go to\n      learn more about each other, or to fix small things before they grow. It\n      can be a place to slow down and look at your patterns.\n    steps:\n      - Name one thing that is going well between you.\n      - Name one small thing you would like to make even better.\n      - Think of therapy as a check-up, not an emergency room.\n\n  - id: partner-ganged-up\n    for: partner\n    when:\n      theme: ganged-up\n    title: You will not be outnumbered\n    text: >-\n      A good couples therapist does not team up with one person. Their job is\n      to help both of you feel heard. No one should be forced to change who\n      they are.\n    steps:\n      - Ask a therapist how they make sure both people get equal time.\n      - Tell them if you ever feel it is two against one.\n      - Agree with your partner that goals are chosen together.\n\n  # ---- Solo: someone ready whose partner will not take part ----\n  - id: solo-ready-own-work\n    for: solo\n    when:\n      readiness: ready\n    title: Start with your own work\n    text: >-\n      You do not need your partner in the room to begin. A therapist can help\n      you look at your part in the pattern, your needs, and how you react. When\n      one person shifts, the pattern between two people often shifts too.\n    steps:\n      - Look for a therapist who helps people with relationship patterns.\n      - Bring one recent hard moment to look at together.\n      - Notice what you feel and need when things get tense.\n\n  - id: solo-ready-one-consult\n    for: solo\n    when:\n      readiness: ready\n    title: Invite your partner to one call\n    text: >-\n      Asking for one short call is easier to say yes to than a long plan. It\n      is a chance to look, not a promise. It can make the unknown feel less\n      scary.\n    steps:\n      - Find a therapist who offers a short first call.\n      - Invite your partner to that one call and nothing more.\n\n  - id: solo-ready-curiosity\n    for: solo\n    when:\n      readiness: ready\n    title: Ask with curiosity, not control\n    text: >-\n      Pressure often makes people pull back. Curiosity gives them room to\n      think it over. You might say, \"I want us to feel close again. I wonder\n      if someone could help us get there.\"\n    steps:\n      - Put the wish in your own words, not as a demand.\n      - Ask your partner what worries them, and listen to the answer.\n\n  - id: solo-ready-name-need\n    for: solo\n    when:\n      readiness: ready\n    title: Name your need, not an ultimatum\n    text: >-\n      You can say what you need without a threat. A boundary shows what helps\n      you stay well in the relationship. It gives clarity, not pressure.\n    steps:\n      - Write your need in one sentence that starts with \"I need\".\n      - Share it at a calm time and let your partner take time to answer.\n\n  # ---- Solo: someone exploring their own hesitation ----\n  - id: solo-unsure-explore\n    for: solo\n    when:\n      readiness: not-now\n    title: Not now is a real answer\n    text: >-\n      It is okay if couples therapy is not for you right now. Holding back is\n      often a way to protect yourself or the relationship. If you want, you\n      can learn more without saying yes to anything.\n    steps:\n      - Look at your top worries in your results.\n      - If you are curious, write down one question you would want answered.\n      - Talk it over with someone you trust.\n\n  - id: solo-unsure-own-terms\n    for: solo\n    when:\n      readiness: not-now\n    title: On your own terms\n    text: >-\n      Therapy does not have to mean something is wrong. It can be a place to\n      slow down and look at your own patterns. You choose when, how, and if.\n    steps:\n      - Read how two or three therapists near you describe their work.\n      - Notice which one feels most like a good fit for you.\n\n  - id: solo-between-explore\n    for: solo\n    when:\n      readiness: open\n    title: Part of you is open\n    text: >-\n      You are somewhere in the middle, and that is a normal place to be. Part\n      of you sees that help could be useful, and part of you holds back. Both\n      parts deserve to be heard.\n    steps:\n      - Write down one reason to try and one reason to wait.\n      - Look at your top worries and what might ease them.\n      - Ask a therapist a question by phone or email before deciding.\n\n  # ---- Everyone: common questions ----\n  - id: faq-only-me\n    for: everyone\n    title: Can therapy help if only I go?\n    text: >-\n      Yes, it can. Working on your own can show you the parts you often fall\n      into and how you react to conflict. It can help you get clear on what you\n      need. When you change how you respond, the way you two relate can change\n      too.\n    steps:\n      - Look for a therapist who works on relationship patterns with one person.\n\n  - id: faq-worse\n    for: everyone\n    title: What if therapy makes things worse or feels unsafe?\n    text: >-\n      This is a fair worry, most of all if talks at home already get heated or\n      go silent. A good therapist will not rush you or make you share before\n      you are ready. They work to build safety first, at a pace you can\n      handle.\n    steps:\n      - Ask a therapist how they keep sessions calm and safe.\n      - If you ever feel unsafe at home, get support on your own first.\n\n  - id: faq-boundary\n    for: everyone\n    title: How is a boundary different from an ultimatum?\n    text: >-\n      A boundary says what you need to stay well in the relationship. An\n      ultimatum adds pressure and often makes people feel less safe. A\n      therapist can help you put your needs into words, whether or not your\n      partner comes along.\n    steps:\n      - Try saying your need as \"I need\" rather than \"If you don't\".\n\n  - id: faq-once\n    for: everyone\n    title: What if we go once and my partner will not go back?\n    text: >-\n      That can happen, and it does not mean therapy failed. One visit can\n      still make some things clearer. At the very least, it shows where things\n      stand and what could come next.\n    steps:\n      - Ask each other what you noticed or learned from the visit.\n      - Decide whether you want to keep going on your own.\n\n  # ---- Added with issue 12: what the article says that was missing ----\n  # ---- For the couple ----\n  - id: couple-pace-part-of-work\n    for: couple\n    when:\n      pairing: different-paces\n    title: Your different paces can be part of the work\n    text: >-\n      You do not have to feel the same before you start. How each of you feels\n      about therapy can be one of the first things you talk about there. A\n      therapist can help you hear what it is like to want to start, and what it\n      is like to want to wait.\n    steps:\n      - Tell a therapist at the start that you feel differently about being there.\n      - Each say what would help you feel respected while you work it out.\n      - Treat the gap as something to learn about, not something to fix first.\n\n  - id: couple-few-sessions\n    for: couple\n    when:\n      pairing: [close, different-paces]\n    title: One or two sessions can help you see more clearly\n    text: >-\n      Trying therapy does not mean signing up for months. Even one or two\n      sessions can show you where things stand. Then you can choose what comes\n      next: more sessions together, some time with a therapist on your own, or\n      a pause.\n    steps:\n      - Agree to try one or two sessions, and then talk about it.\n      - After each session, each say one thing you noticed.\n      - Choose the next step together, with no pressure to keep going.\n\n  - id: couple-slow-down\n    for: couple\n    title: Ways to slow down a hard talk\n    text: >-\n      Some simple tools can help before any deeper work begins. They make hard\n      talks calmer, so each of you can say more and hear more. A therapist can\n      teach more of them, but you can start with these.\n    steps:\n      - Agree on a word either of you can say to take a short break.\n      - When you take a break, say when you will come back to the talk.\n      - Take turns. One talks, and the other says back what they heard.\n      - Stay with one topic at a time.\n\n  # ---- For the partner who feels less ready right now ----\n  - id: less-ready-feel-heard\n    for: less-ready\n    title: Your doubts are welcome\n    text: >-\n      Many people start therapy with doubts. Often, they get more involved\n      once they feel truly heard. You do not need to feel sure at the start,\n      and you can bring your doubts with you.\n    steps:\n      - If you try a session, say your doubts out loud there.\n      - Tell the therapist what would help you feel heard.\n      - Afterward, notice whether you felt listened to.\n\n  # ---- For everyone ----\n  - id: faq-relationship-itself\n    for: everyone\n    title: What if one of us is unsure about the relationship itself?\n    text: >-\n      Sometimes the bigger question is not about therapy but about staying\n      together. A kind of counselling called discernment counselling is made\n      for this. It is short, often one to five meetings. It helps each of you\n      get clear before any choice is made, and no one is pushed either way.\n    steps:\n      - Ask a therapist if they offer discernment counselling.\n      - If you ever feel unsafe at home, get support on your own first.\n\n  # ---- For each person, by top hesitation ----\n  - id: partner-practical\n    for: partner\n    when:\n      theme: practical\n    title: When cost, time or finding someone is hard\n    text: >-\n      Money, time and finding the right person are real limits. Some therapists\n      charge less when money is tight, and some meet online, which saves travel\n      time. A short first call can show you if someone fits.\n    steps:\n      - Ask about cost, and about lower fees, before you book.\n      - Check if a health plan or work benefit pays for some sessions.\n      - Ask if sessions can be online or at times that suit you.\n      - Ask how they work with couples like you, and see how it feels.\n"),
            File(name: "checkin.yaml", bytes: "# The private check-in. These answers are only for the person answering: never shown to the other\n# partner, never saved, never scored, never part of the results. Everyone then sees the same support\n# screen, whatever they answered. See content/README.md for the rules that content cannot change.\nintro: >-\n  These last questions are only for you. Your partner will not see your\n  answers, and they are not saved anywhere. Afterwards, everyone sees the same\n  list of places to get support, whatever they answer.\n# The frequency scale, for questions about how often something happened: never, once, sometimes,\n# often, and not sure. Only \"never\" counts as no concern.\nfrequency_choices: [Never, Once, Sometimes, Often, Not sure]\n# Each item has one direction: an 'agree' item is a statement that is safe to agree with; a\n# 'frequency' item asks how often something happened. \"Not sure\" and \"Prefer not to say\" always\n# count as a concern.\nitems:\n  - id: checkin-safe-home\n    scale: agree\n    text: These days, I feel safe at home with my partner.\n  - id: checkin-afraid\n    scale: frequency\n    text: In the past year, how often have you felt afraid of what your partner might do?\n  - id: checkin-hurt\n    scale: frequency\n    text: >-\n      In the past year, how often has your partner pushed, hit, or hurt you, or\n      said they would?\n  - id: checkin-sexual-pressure\n    scale: frequency\n    text: >-\n      In the past year, how often has your partner pushed you into sexual\n      things you did not want?\n  - id: checkin-control\n    scale: frequency\n    text: >-\n      In the past year, how often has your partner kept you from money, checked\n      your phone, or kept you away from friends or family?\n  - id: checkin-speak-freely\n    scale: agree\n    text: >-\n      In a session together, I could say what I really think and still be safe\n      at home afterwards.\nsupport:\n  title: Support, for everyone\n  text: >-\n    Everyone who uses samepage sees this same page. Couples therapy works best\n    when both people feel safe to speak. If home does not feel safe, it often\n    helps to talk with someone on your own first. These services are free and\n    private.\n  concern_note: >-\n    Thank you for your honest answers. Talking with someone on your own first\n    could be a good next step.\n  calm_note: >-\n    Thank you for your answers. Keep this list in mind, for you or for someone\n    you know.\nemergency: >-\n  If you are in danger now, call your local emergency number. That is 911 in\n  the US and most of Canada; where there is no 911, call your local police.\n  It is 999 or 112 in the UK and Ireland, and 000 in Australia. In the UK, if\n  you cannot speak on a 999 call from a mobile, stay on the line and press 55\n  when asked.\n# The last section of every shared result, report and JSON, for everyone.\nshared:\n  title: If home does not feel safe\n  text: >-\n    If either of you does not feel safe at home, joint sessions may not be the\n    right first step. It can help to talk with someone on your own first. The\n    services below are free and private.\nregions:\n  US: United States\n  CA: Canada\n  CA-QC: Qu\u{e9}bec\n  GB: United Kingdom\n  IE: Ireland\n  AU: Australia\n  ANY: Everywhere\n# Each resource was checked against its service's own page (or a government page about it) on the\n# date in 'checked'; content/README.md says how, and what was left out.\nresources:\n  - name: National Domestic Violence Hotline\n    region: US\n    languages: [en, es]\n    hours: any time, day or night\n    reach:\n      - call: \"1-800-799-7233\"\n      - text: \"START to 88788\"\n      - chat: thehotline.org\n      - tty: \"1-800-787-3224\"\n    for: anyone hurt or scared by a partner, people who want to help them, and people worried about how they treat a partner\n    source: https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts\n    checked: 2026-11-27\n\n  - name: 988 Suicide & Crisis Lifeline\n    region: US\n    languages: [en, es]\n    hours: any time, day or night\n    reach:\n      - call: \"988\"\n      - text: \"988\"\n      - chat: 988lifeline.org\n    for: anyone thinking about suicide or going through a hard time, or worried about someone who is\n    source: https://988lifeline.org/get-help/what-to-expect\n    checked: 2026-11-27\n\n\n  - name: \"9-8-8: Suicide Crisis Helpline\"\n    region: CA\n    languages: [en, fr]\n    hours: any time, day or night\n    reach:\n      - call: \"988\"\n      - text: \"988\"\n    for: anyone in Canada thinking about suicide, or worried about someone who might be\n    source: https://crtc.gc.ca/eng/archive/2022/2022-234.htm\n    checked: 2026-11-27\n\n  - name: ShelterSafe\n    region: CA\n    languages: [en]\n    hours: the map works any time; most shelters on it answer the phone day and night\n    reach:\n      - web: sheltersafe.ca\n    for: women and their children who need a safe place or someone to talk to about abuse; you do not have to stay at a shelter to get help\n    source: https://sheltersafe.ca/about-shelters/\n    checked: 2026-11-27\n\n  - name: Get help with family violence (Government of Canada)\n    region: CA\n    languages: [en]\n    hours: web page, read it any time\n    reach:\n      - web: justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html\n    for: anyone hurt by family violence who wants help nearby, such as a shelter or the police\n    source: https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html\n    checked: 2026-11-27\n\n\n  - name: National Domestic Abuse Helpline (run by Refuge)\n    region: GB\n    languages: [en]\n    hours: any time, day or night\n    reach:\n      - call: \"0808 2000 247\"\n      - web: nationaldahelpline.org.uk\n    for: women facing abuse at home; free and private\n    source: https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims\n    checked: 2026-11-27\n\n  - name: Galop National LGBT+ Domestic Abuse Helpline\n    region: GB\n    languages: [en]\n    hours: not open all the time and not for emergencies; see galop.org.uk for times\n    reach:\n      - call: \"0800 999 5428\"\n      - web: galop.org.uk\n    for: LGBT+ people being hurt or controlled by a partner or family member\n    source: https://www.galop.org.uk/lgbtq-survivors-user-agreement/\n    checked: 2026-11-27\n\n  - name: Samaritans\n    region: GB\n    languages: [en]\n    hours: any time, day or night\n    reach:\n      - call: \"116 123\"\n      - web: samaritans.org\n    for: anyone who is struggling or feeling low and needs someone to listen; the call is free\n    source: https://www.samaritans.org/how-we-can-help/contact-samaritan/\n    checked: 2026-11-27\n\n\n  - name: Samaritans Ireland\n    region: IE\n    languages: [en]\n    hours: any time, day or night\n    reach:\n      - call: \"116 123\"\n      - web: samaritans.org\n    for: anyone in Ireland who is struggling or feeling low and needs someone to listen; the call is free\n    source: https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey\n    checked: 2026-11-27\n\n  - name: Women's Aid 24hr National Freephone Helpline\n    region: IE\n    languages: [en]\n    hours: any time, day or night\n    reach:\n      - call: \"1800 341 900\"\n      - web: womensaid.ie\n    for: women in Ireland being hurt or controlled by a partner or ex-partner\n    source: https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/\n    checked: 2026-11-27\n\n\n  - name: 1800RESPECT\n    region: AU\n    languages: [en]\n    hours: any time, day or night (video calls may have shorter hours)\n    reach:\n      - call: \"1800 737 732\"\n      - text: \"0458 737 732\"\n      - chat: 1800respect.org.au\n    for: anyone hurt by violence at home or by sexual violence, and people who help them\n    source: https://www.1800respect.org.au/terms-and-conditions\n    checked: 2026-11-27\n\n  - name: Lifeline\n    region: AU\n    languages: [en]\n    hours: any time, day or night\n    reach:\n      - call: \"13 11 14\"\n      - text: \"0477 13 11 14\"\n      - chat: lifeline.org.au\n    for: anyone in Australia who feels overwhelmed, is in crisis, or is thinking about suicide\n    source: https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/\n    checked: 2026-11-27\n\n  - name: Men's Referral Service (No to Violence)\n    region: AU\n    languages: [en]\n    hours: open hours not confirmed here; see ntv.org.au\n    reach:\n      - call: \"1300 766 491\"\n      - chat: ntv.org.au\n    for: men who worry about how they treat a partner, and their family and friends; you do not have to give your name\n    source: https://ntv.org.au/get-help/getting-support\n    checked: 2026-11-27\n\n  - name: QLife\n    region: AU\n    languages: [en]\n    hours: every day, 3pm to midnight (your local time)\n    reach:\n      - call: \"1800 184 527\"\n      - chat: qlife.org.au\n    for: LGBTIQ+ people and the people who care about them who want to talk; it is peer support, not a crisis service\n    source: https://www.qlife.org.au/faqs\n    checked: 2026-11-27\n\n\n  - name: Find A Helpline\n    region: ANY\n    languages: [en]\n    hours: website, use it any time\n    reach:\n      - web: findahelpline.com\n    for: anyone, in any country, looking for a free and private helpline near them\n    source: https://findahelpline.com/AU\n    checked: 2026-11-27\n"),
            File(name: "interface.yaml", bytes: "# The program's own sentences: what its screens, prompts and messages say, around the questions.\n# Change the words freely. Words in braces, like {name}, are filled in by samepage: keep each one a text\n# has (you may move it), and add no others; `samepage validate` checks this. A text that depends on a\n# number has a form for \"one\" and one for \"other\" numbers, which uses {count}.\nlanguage: en\n\nready:\n  back_solo: Welcome back. This is {name}'s unfinished session; its answers are shown once you go on.\n  back_solo_unnamed: Welcome back. This is an unfinished session; its answers are shown once you go on.\n  back_couple: Welcome back. This is where {name}'s turn was left.\n  step_away: >-\n    {other}, please step away while {name} answers. Each of you answers in\n    private; you see the results together at the end.\n  prompt_couple: \"{name}, press Enter when you are alone.\"\n  prompt_solo: Press Enter when you are ready to go on.\n\nguesses:\n  hand_off: Thank you. Please pass the keyboard to {name} for their guesses.\n  hand_off_back: >-\n    Welcome back. This is where the guesses were left. {other}, please step\n    away while {name} guesses.\n  prompt: \"{name}, press Enter when you are ready.\"\n  header: \"Optional: guess\"\n  offer_couple: \"One last, optional step: guess how each other answered the questions about readiness.\"\n  offer_solo: \"One last, optional step: guess how your partner answered the questions about readiness.\"\n  offer_why_couple: \"The results then show each guess next to the real answers. A gap is not a mistake; it is something to be curious about together. It takes about a minute each.\"\n  offer_why_solo: \"The results show your guess, to talk over with your partner if you like. It takes about a minute.\"\n  offer_prompt: \"Press Enter to guess, or s to skip.\"\n  about_named: \"How do you think {name} answered?\"\n  about_partner: \"How do you think your partner would answer?\"\n  title_yours: \"Your guesses\"\n  title_named: \"{name} guesses\"\n  status: \"Guess {number} of {total}\"\n  hand_off_header: \"Hand-off\"\n\nresults:\n  more_ideas:\n    one: \"1 more idea: press m to show it.\"\n    other: \"{count} more ideas: press m to show them.\"\n  section_summary: \"Summary\"\n  section_readiness: \"Readiness\"\n  section_worries: \"Worries\"\n  section_guesses: \"Guesses\"\n  section_steps: \"Next steps\"\n  section_support: \"Support\"\n  title: \"Results\"\n  demo: \"Demo \u{b7} couple {number} of {total}\"\n  sample_couple: \"Sample couple: {title} (made up)\"\n  strength: \"Strength: {sentence}\"\n  next_steps_more: \"Next steps to consider (5 for more):\"\n  next_steps_consider: \"Next steps to consider:\"\n  readiness_heading: \"Readiness to try couples therapy (0 to 100)\"\n  readiness_heading_short: \"Readiness to try couples therapy\"\n  readiness_column: \"Readiness (0 to 100)\"\n  name_column: \"Name\"\n  worry_column: \"Worry\"\n  guesses_heading: \"How you guessed each other's readiness\"\n  worries_heading_couple: \"What holds each of you back (0 to 100; higher weighs more)\"\n  worries_heading_solo: \"What holds you back (0 to 100; higher weighs more)\"\n  why_this: \"Why this? {reasons}\"\n  why_this_text: \"Why this: {reasons}\"\n  steps_label: \"Steps:\"\n  more_ideas_list: \"More ideas: {titles}.\"\n  no_score_means: \"{mark} means {words}.\"\n  text_heading: \"== Results ==\"\n  report_made_on: \"Made on {date} with the content `{id}`, version {version} (questions {fingerprint}).\"\n  report_steps_label: \"Next steps:\"\n\nkeys:\n  move: \"move\"\n  choose: \"choose\"\n  privacy: \"privacy\"\n  help: \"help\"\n  quit: \"quit\"\n  resume: \"resume\"\n  discard: \"discard and start again\"\n  next_field: \"next field\"\n  continue: \"continue\"\n  quick_exit: \"quick exit\"\n  review: \"review\"\n  start: \"start\"\n  scroll: \"scroll\"\n  change_or_finish: \"change or finish\"\n  back_to_question: \"back to the question\"\n  answer: \"answer\"\n  prefer_not: \"prefer not to say\"\n  back: \"back\"\n  guess: \"guess\"\n  skip: \"skip\"\n  skip_guesses: \"skip the guesses\"\n  next_card: \"next card\"\n  open: \"open\"\n  why: \"why this?\"\n  other_couples: \"other couples\"\n  save: \"save\"\n  start_over: \"start over\"\n  keys: \"keys\"\n  language: \"language\"\n\nkey_names:\n  enter: \"Enter\"\n  esc: \"Esc\"\n  tab: \"Tab\"\n  one_to: \"{first} to {last}\"\n\nscreen:\n  more_below: \"\u{2193} more\"\n  too_small: \"Please make this window larger. samepage needs at least {needed}; it is {size} now. Your place and answers are kept.\"\n  choose_first: \"Choose an answer first: \u{2191}\u{2193} then Enter, or type 1 to 5 (0: prefer not to say).\"\n  no_samples: \"This content has no sample couples (content/samples.yaml).\"\n  progress_problem: \"Your place is not being kept: {cause}.\"\n\nwelcome:\n  header: \"Welcome\"\n  minutes:\n    one: \"It takes about a minute for each person.\"\n    other: \"It takes about {count} minutes for each person.\"\n  question: \"How are you taking it?\"\n  together: \"Together, as a couple\"\n  solo: \"On my own\"\n  demo: \"Demo with sample couples\"\n  language: \"Language: {name}\"\n  language_name: \"English\"\n\nkeeping:\n  no_choice: \"Keep my place: no, nothing is written to disk.\"\n  choice_on: \"[x] Keep my place if interrupted ({key}: keep nothing)\"\n  choice_off: \"[ ] Keep my place if interrupted ({key}: keep it)\"\n  kept: \"Your answers are kept in {path} (readable by this account only) until you finish or discard them. The check-in is never kept.\"\n  nothing: \"Nothing is written to disk. If you quit or are interrupted, your answers are gone.\"\n  private: \"Private mode: nothing is written to disk. If you quit or are interrupted, your answers are gone.\"\n  piped: \"Answers are piped in, so nothing is written to disk.\"\n  other_session: \"samepage is already open on this account, so this window keeps nothing on disk (private mode).\"\n  unwritable: \"Your place cannot be kept on this computer ({cause}), so nothing is written to disk.\"\n\nresume:\n  header: \"Welcome back\"\n  found: \"There is an unfinished session on this computer:\"\n  explain: \"Resume it to pick up where you left off, or discard it to start again. Discarding deletes those answers.\"\n  prompt: \"Press Enter to resume, or d to discard.\"\n  names: \"{first} and {second}\"\n  solo_at: \"{name}, at question {number} of {total}\"\n  solo_done: \"{name}, questions done\"\n  solo_all_done: \"{name}, all questions done\"\n  couple_at: \"{names}: {name}'s turn, at question {number} of {total}\"\n  couple_done: \"{names}: {name}'s turn, questions done\"\n  couple_next: \"{names}: {name}'s turn is next\"\n  couple_all_done: \"{names}: all questions done\"\n\nnames:\n  header: \"Names\"\n  intro: \"Names are optional. Leave a field empty to use the name shown in brackets.\"\n  first: \"First person\"\n  second: \"Second person\"\n  yours: \"Your name\"\n  fallback_first: \"Partner A\"\n  fallback_second: \"Partner B\"\n  fallback_solo: \"You\"\n\nsession:\n  turn_yours: \"Your turn\"\n  turn_named: \"{name}'s turn\"\n  private_yours: \"Private\"\n  private_named: \"{name} \u{b7} private\"\n  question_status: \"{section} \u{b7} Question {number} of {total}\"\n  check_in_status: \"Private check-in \u{b7} {number} of {total}\"\n  welcome_back: \"Welcome back\"\n\nreview:\n  title_yours: \"Your answers \u{b7} review\"\n  title_named: \"{name}'s turn \u{b7} review\"\n  intro: \"Your answers, only for you. Choose one to change it, or choose Done at the end.\"\n  not_answered: \"not answered yet\"\n  does_not_apply: \"Does not apply\"\n  done: \"Done: go on\"\n\nhelp:\n  title: \"Keys here\"\n  quick_exit: \"quick exit: clear and leave now\"\n  close: \"Press any key to close.\"\n  move_choices: \"move between the choices\"\n  welcome_numbers: \"together, on my own, or the demo\"\n  choose: \"choose\"\n  privacy: \"keep my place if interrupted, or keep nothing\"\n  quit: \"quit\"\n  resume: \"resume the unfinished session\"\n  discard: \"discard it and start again\"\n  other_name: \"the other name\"\n  go_on: \"go on\"\n  results_sections: \"summary, readiness, worries, guesses, next steps, support\"\n  scroll: \"scroll\"\n  next_section: \"the next section, or the next card\"\n  open_card: \"open or close the card (next steps)\"\n  why_card: \"why this card?\"\n  why_all: \"why, for every card\"\n  more_ideas: \"more ideas\"\n  save: \"save the report or the answers\"\n  start_over: \"start over (asks first)\"\n  other_samples: \"the other sample couples\"\n  leave: \"leave (asks first)\"\n  answer_go_on: \"answer and go on\"\n  prefer_not: \"prefer not to say\"\n  does_not_apply: \"does not apply\"\n  choose_focused: \"choose the focused answer\"\n  back_one: \"back one question\"\n  forward: \"forward again\"\n  review: \"review your answers\"\n  quit_asks: \"quit (asks first)\"\n  move: \"move\"\n  change_or_finish: \"change that answer, or finish\"\n  back_to_question: \"back to the question\"\n  skip_guesses: \"skip the guesses (where offered)\"\n  language: \"change the language\"\n\nsave:\n  title: \"Save\"\n  report_choice: \"the report (Markdown)\"\n  answers_choice: \"the answers, to compare later\"\n  any_other_key: \"any other key\"\n  cancel: \"cancel\"\n  report_as: \"Save the report as:\"\n  answers_as: \"Save the answers as:\"\n  name_placeholder: \"{marker} becomes each person's name.\"\n  save: \"save\"\n\nquit:\n  title: \"Quit now?\"\n  leave_title: \"Leave now?\"\n  demo: \"Nothing from the demo is kept.\"\n  finished: \"The results are printed as you leave.\"\n  keep: \"quit, and keep your answers on this computer to finish later\"\n  discard: \"quit, and discard your answers\"\n  lost: \"Your answers could not be kept: {cause}.\"\n  not_kept: \"Your answers will not be kept.\"\n  resume_kept: \"The unfinished session stays on this computer, as it is.\"\n  leave: \"leave\"\n  quit: \"quit\"\n  stay: \"stay\"\n  start_over_title: \"Start over?\"\n  start_over_text: \"These results will be gone, unless you saved them first.\"\n  start_over: \"start over\"\n\nsummary:\n  gap_line: \"{words}: a gap of {gap}\"\n  readier: \"{name} feels readier about therapy right now.\"\n  weighs_you: \"What weighs on you most: {list}.\"\n  weighs_named: \"{name} weighs most: {list}.\"\n  step_largest_solo: \"The largest step you said yes to: {largest}. The next one: {next}.\"\n  step_largest_both: \"The largest step you both said yes to: {largest}. The next one: {next}.\"\n  step_all_solo: \"You said yes to every step, up to {largest}.\"\n  step_all_both: \"You both said yes to every step, up to {largest}.\"\n  step_none_solo: \"You did not say yes to any step yet, and that is okay.\"\n  step_none_both: \"There is no step you both said yes to yet, and that is okay.\"\n  strength_both_lean: \"You both lean toward trying therapy.\"\n  strength_light: \"Neither of you is held back much by {list}.\"\n  strength_more:\n    one: \"1 more\"\n    other: \"{count} more\"\n  strength_you_lean: \"You lean toward trying therapy.\"\n  list_last: \"{first} and {last}\"\n  theme_both: \"both of you weigh this\"\n  theme_neither: \"neither of you weighs this much\"\n  theme_one: \"{name} weighs this more\"\n\ncards:\n  for_both: \"For both of you\"\n  common: \"A common question\"\n  for_you: \"For you\"\n  for_names: \"For {names}\"\n\nwhy:\n  every_couple: \"Shown to every couple.\"\n  each_of_you: \"Shown to each of you.\"\n  alone: \"Taken alone.\"\n  common: \"A common question, shown to everyone.\"\n  pairing: \"The pairing is {label}: readiness {scores}, {gap} apart; {rule}.\"\n  score: \"{name} {score}\"\n  theme_named: \"{theme} is one of {name}'s top worries (level {level}; {high} or more counts).\"\n  theme_yours: \"{theme} is one of your top worries (level {level}; {high} or more counts).\"\n  band_named: \"{name}'s readiness is {score}, which reads as {band} ({range}).\"\n  band_yours: \"Your readiness is {score}, which reads as {band} ({range}).\"\n  readier: \"{name} feels readier about therapy right now: readiness {own} against {other}, a gap of {gap} ({wide} or more, with the lower score below {middle}).\"\n  less_ready: \"{name} feels less ready about therapy right now: readiness {own} against {other}, a gap of {gap} ({wide} or more, with the lower score below {middle}).\"\n  rule_both_ready: \"both readiness scores are {ready} or more\"\n  rule_both_not_now: \"both readiness scores are {not_now} or less\"\n  rule_close: \"the readiness scores are at most {close} apart\"\n  rule_apart: \"the readiness scores are at least {wide} apart\"\n  rule_any: \"the scores fit none of the other labels\"\n  range_at_least: \"{value} or more\"\n  range_at_most: \"{value} or less\"\n  range_between: \"{low} to {high}\"\n\nperception:\n  too_few: \"{guesser} made too few guesses to compare.\"\n  solo: \"You guessed your partner's readiness at {guess}. Asking how they see it could be a gentle way to start.\"\n  close: \"{guesser} guessed {other}'s readiness at {guess}, close to {other}'s own {actual}. You read each other well here.\"\n  more_open: \"{guesser} guessed {guess}, and {other}'s own answers give {actual}: {other} is more open than {guesser} thought. That may be good news to talk about.\"\n  less_sure: \"{guesser} guessed {guess}, and {other}'s own answers give {actual}: {other} is less sure than {guesser} thought. {other}'s worries may be worth hearing first.\"\n\nsupport:\n  call: \"Call {value}\"\n  text: \"Text {value}\"\n  chat: \"Chat at {value}\"\n  tty: \"TTY {value}\"\n  for: \"For {audience}. {hours}.\"\n  for_report: \"For {audience}; {hours}.\"\n  closing: \"Press Enter when you are ready to go on.\"\n\nplain:\n  keep_ask: \"Keep your place? Type y to keep it (or press Enter), or n to keep nothing: \"\n  keep_again: \"Please type y to keep your place, or n to keep nothing: \"\n  cannot_clear: \"This terminal cannot clear its screen, so each person's answers may stay in view for the other. To answer in private, each of you can run samepage --solo --save FILE on your own, then samepage compare FILE1 FILE2.\"\n  mode_ask: \"Type 1 or 2: \"\n  mode_again: \"Please type 1 for together or 2 for on your own.\"\n  names_intro: \"Names are optional. Press Enter to keep the one in brackets.\"\n  name_first: \"First person's name\"\n  name_second: \"Second person's name\"\n  how_to: \"Type 1 to 5 to answer, 0 for \\\"{prefer_not}\\\", b to go back, q to quit.\"\n  answer_ask: \"Your answer: \"\n  answer_again: \"Please type a number from 0 to {highest}, b to go back, or q to quit.\"\n  end: \"You have reached the end of the questions.\"\n  review_how: \"To change an answer, type its question number (1 to {count}). Press Enter to go on.\"\n  review_ask: \"Question number, or Enter: \"\n  review_again: \"Please type a number from 1 to {count}, or press Enter to go on.\"\n  guess_couple: \"One last, optional step: guess how each other answered the questions about readiness. The results then show each guess next to the real answers.\"\n  guess_solo: \"One last, optional step: guess how your partner would answer the questions about readiness. The results show your guess, to talk over with them if you like.\"\n  guess_ask: \"Type y to guess, or press Enter to skip: \"\n  quit_lost: \"Quit now? Your answers could not be kept ({cause}). Type y to quit, or press Enter to go on: \"\n  quit_keep: \"Quit now? Type k to keep your answers on this computer and finish later, d to discard them, or press Enter to go on: \"\n  quit_nothing: \"Quit now? Nothing will be kept. Type y to quit, or press Enter to go on: \"\n  resume_ask: \"Type r (or press Enter) to resume it, or d to discard it and start again: \"\n  resume_again: \"Please type r to resume or d to discard: \"\n  not_kept: \"(Your place is not being kept: {cause}.)\"\n  question_header: \"Question {number} of {total} \u{b7} {section}\"\n  check_in_header: \"Private check-in {number} of {total}\"\n  skip_guesses: \"Type s to skip the guesses.\"\n  guess_header: \"Guess {number} of {total} \u{b7} {about}\"\n\nending:\n  nothing_saved: \"Nothing was saved.\"\n  kept_so_far: \"Your answers so far are kept in {path}; run samepage again to pick up where you left off.\"\n  earlier_copy: \"An earlier copy of your progress is still in {path}.\"\n  nothing_kept: \"Nothing was kept.\"\n  latest_not_kept: \"Your latest answers could not be kept ({cause}). {then}\"\n  input_ended_nothing: \"Input ended before the questionnaire was finished, so nothing was saved.\"\n  input_ended: \"Input ended before the questionnaire was finished. {kept}\"\n  quit: \"You quit before the end. {kept}\"\n  quit_discarded: \"You quit, and your answers were discarded.\"\n  stopped: \"Stopped before the end. {kept}\"\n  still_kept: \"Your answers are still kept on this computer: run samepage again with --save and another name to save them.\"\n  not_saved: \"Your answers were not saved.\"\n  saved_in: \"Your answers are saved in {path} (readable by this account only).\"\n  another_name: \"Type another file name for your answers, or press Enter to leave them unsaved:\"\n  appeared: \"{path} appeared while you answered, so it was not replaced. Type another name.\"\n  no_folder: \"Cannot save to {path}: the folder does not exist or is not writable.\"\n  line_by_line: \"samepage: {reason}, so the questions are asked line by line.\"\n  no_home: \"there is no home folder (HOME is not set)\"\n  demo_no_samples: \"This content has no sample couples ({file}), so there is nothing to show.\"\n  demo_heading: \"=== Sample couple {number} of {total}: {title} ===\"\n\nsaving:\n  nothing_yet: \"There is nothing to save yet.\"\n  same_name: \"Both files would have the same name; put {marker} in it.\"\n  saved_in: \"Saved in {paths} (readable by this account only).\"\n  offer: \"To save, type r for a report or a for the answers; press Enter to finish:\"\n  offer_again: \"Please type r, a, or press Enter.\"\n  marker_note: \"({marker} becomes each person's name.)\"\n  file_name: \"File name [{default}]:\"\n  report_saved_in: \"The report is saved in {path}.\"\n\nvalidate:\n  valid: \"{folder}: the content is valid ({questions} questions, {themes} themes, {cards} cards).\"\n  stale: \"warning: checkin.yaml: {stale} of {total} support lines were last checked over a year ago (the oldest, {oldest}, on {day}); check their numbers on each service's own page again.\"\n\n"),
            File(name: "meta.yaml", bytes: "id: samepage-default\nversion: 2\ntitle: Are we on the same page?\nminutes: 10\nwelcome: >-\n  This is a short set of questions for couples who are thinking about couples\n  therapy. Each of you answers alone, in private. Then you both see your answers\n  side by side, so you can talk about a next step together.\nprivacy: >-\n  Nothing you type leaves this computer.\ndisclaimer: >-\n  This gives you information. It is not therapy or advice, and it does not take\n  the place of a trained professional.\nhandoff: >-\n  Thank you, your part is done. Your answers are now hidden. Please pass the\n  keyboard to your partner. There is no rush: take your time, and begin when\n  you feel ready.\nresults_intro: >-\n  This shows patterns in how you both answered. It does not say who is right.\n  Use it as a place to start a calm talk.\nsolo_results_intro: >-\n  This shows what you said about trying therapy and what holds you back. It is\n  a picture of right now, not a verdict, and it can change.\nnot_enough: not enough answers to say\n"),
            File(name: "pairing.yaml", bytes: "# Numbers that turn scores (0-100) into words. See README.md for how each is used.\nthresholds:\n  not_now: 40         # readiness at or below this is \"not now\"\n  ready: 65           # at or above this is \"ready to try\" (must be above not_now)\n  close_gap: 15       # a readiness gap at or below this is \"about the same\"\n  far_gap: 40         # from this gap on, \"far apart\"; in between, \"somewhat apart\"\n  wide_gap: 25        # from this gap on, and with the lower score below the middle, the results say\n                      # who feels readier right now (one answer moves a score by about 3)\n  middle: 50          # above the middle a person leans toward trying\n  theme_high: 60      # a worry at or above this weighs on a person (clearly above the middle)\n  top_themes: 2       # top worries per person\n  min_answers:\n    readiness: 4\n    theme: 2\n# The readiness bands, low to high. The words must fit every score in the band; \"not now\" is a real\n# choice, not a failure.\nbands:\n  not-now:\n    name: Not now\n    summary: >-\n      For now, you do not feel ready to try couples therapy. That is a real\n      choice, and it is yours to make.\n  open:\n    name: Open to learning more\n    summary: >-\n      You are open to the idea, and you may still have questions or doubts.\n      You can learn more before you decide, with no promise to go.\n  ready:\n    name: Ready to try\n    summary: >-\n      You feel willing to try couples therapy. Any worries you still have are\n      worth sharing when you start.\n# The gap between two readiness scores, in words (never as a \"match\" score).\ngaps:\n  close: About the same\n  apart: Somewhat apart\n  far: Far apart\n# Checked in this order; the first label that fits is used. The last must be \"when: any\".\nlabels:\n  - id: ready-together\n    name: Ready together\n    when: both-ready\n    summary: >-\n      You both feel willing to try couples therapy. You can choose a first step\n      side by side.\n  - id: both-unsure\n    name: Neither feels ready\n    when: both-not-now\n    summary: >-\n      Right now, neither of you feels ready to try couples therapy. That is a\n      real choice. If it changes, you can start small, at your own pace.\n  - id: close\n    name: A similar pace\n    when: close\n    summary: >-\n      You feel about the same about trying therapy, even if your worries are\n      not the same. That can make it easier to talk about what, if anything,\n      comes next.\n  - id: different-paces\n    name: Different paces\n    when: any\n    summary: >-\n      Your readiness is not the same right now. This happens to many couples.\n      It is a place you can start from, not a sign that something is wrong.\n"),
            File(name: "questions.yaml", bytes: "# Readiness: how willing and hopeful each person feels about trying couples therapy.\n# Themes: seven common reasons a person may hold back. Agreeing with an item means\n# more of that hesitation, unless the item says reverse: true (then agreeing means less).\n# Steps: a ladder of next steps, smallest first, answered on the same agreement scale.\nreadiness:\n  name: Readiness\n  about: How open you feel to trying couples therapy right now.\n  items:\n    - id: ready-first-session\n      text: I would be willing to go to a first session with my partner.\n    - id: ready-hope-help\n      text: I think a good therapist could help us talk with each other.\n    - id: ready-rather-wait\n      text: I would rather wait before taking any step toward couples therapy.\n      reverse: true\n    - id: ready-curious\n      text: I am curious about what couples therapy could do for us.\n    - id: ready-want-change\n      text: I would like the way we handle hard talks to change.\n    - id: ready-make-time\n      text: I am willing to make time for couples therapy.\n    - id: ready-ask-questions\n      text: I would be fine with a short call to ask a therapist some questions.\n    - id: ready-not-now\n      text: Right now, I would rather not talk about therapy at all.\n      reverse: true\n    - id: ready-no-use\n      text: I doubt that seeing a therapist would change much for us.\n      reverse: true\nthemes:\n  - id: blame\n    name: Fear of blame\n    about: >-\n      Worry about being blamed is a way to protect yourself, and it makes sense\n      to want a fair hearing.\n    items:\n      - id: blame-the-problem\n        text: I worry that therapy would make me look like the problem.\n      - id: blame-take-sides\n        text: I worry a therapist would take my partner's side.\n      - id: blame-complaints\n        text: I expect the sessions would turn into a list of complaints about me.\n      - id: blame-fair\n        text: I trust that a therapist would be fair to both of us.\n        reverse: true\n  - id: past-therapy\n    name: Past therapy\n    about: >-\n      What happened in therapy before, good or hard, shapes how you feel about\n      trying again. Being careful is a way to look after yourself.\n    not_applicable: I have not been to therapy before\n    items:\n      - id: past-therapy-worse\n        text: Therapy I had in the past left me feeling worse, not better.\n      - id: past-therapy-unsafe\n        text: I have been in therapy where I did not feel safe to speak.\n      - id: past-therapy-not-heard\n        text: I have seen a therapist who did not really listen to me.\n      - id: past-therapy-wary\n        text: Because of what happened before, I am wary of trying therapy again.\n      - id: past-therapy-helped\n        text: Therapy I had before was helpful to me in some way.\n        reverse: true\n  - id: overwhelm\n    name: Feeling overwhelmed\n    about: >-\n      Holding back from hard talks is often a way to protect yourself and the\n      people you love. Many people do it.\n    items:\n      - id: overwhelm-too-much\n        text: Talking about our problems can feel like too much for me.\n      - id: overwhelm-embarrassed\n        text: It would feel awkward to tell a stranger about our private life.\n      - id: overwhelm-keep-peace\n        text: I would rather keep the peace than bring up hard topics.\n      - id: overwhelm-not-return\n        text: When a hard talk is left unfinished, I would rather not go back to it.\n      - id: overwhelm-can-talk\n        text: I feel able to talk about hard things with my partner.\n        reverse: true\n  - id: vulnerability\n    name: Showing feelings\n    about: >-\n      What we learned growing up about showing feelings shapes us, and it often\n      helped us cope.\n    items:\n      - id: vulnerability-keep-private\n        text: In my family, and among people around me, problems at home stay private.\n      - id: vulnerability-on-my-own\n        text: I was taught to handle my problems on my own.\n      - id: vulnerability-gender\n        text: I grew up hearing that people of my gender should not show their feelings.\n      - id: vulnerability-others-think\n        text: People close to me would think less of us if we went to therapy.\n      - id: vulnerability-strength\n        text: I see asking for help with feelings as a sign of strength.\n        reverse: true\n  - id: crisis-only\n    name: Only for a crisis\n    about: >-\n      Feeling that you can sort things out yourselves often comes from pride in\n      what you have built together.\n    items:\n      - id: crisis-only-not-bad\n        text: Things between us are not bad enough to need therapy.\n      - id: crisis-only-broken\n        text: Going to therapy would mean something is broken between us.\n      - id: crisis-only-breaking-up\n        text: Therapy is mostly for couples who are close to breaking up.\n      - id: crisis-only-doing-fine\n        text: Therapy can help couples who are doing fine, too.\n        reverse: true\n  - id: ganged-up\n    name: Fear of being outnumbered\n    about: >-\n      Wanting to keep your own say in your life is healthy, and it is natural\n      to guard it.\n    items:\n      - id: ganged-up-two-on-one\n        text: I worry it would feel like two people against one.\n      - id: ganged-up-pushed\n        text: I worry I would be pushed to change who I am.\n      - id: ganged-up-old-fights\n        text: I worry the sessions would be about who was right in past fights.\n      - id: ganged-up-equal-say\n        text: I believe I would have an equal say in what we work on.\n        reverse: true\n  - id: practical\n    name: Cost, time and finding help\n    about: >-\n      Money, busy weeks and finding the right person are real limits. It is\n      wise to think about them.\n    items:\n      - id: practical-cost\n        text: I worry that therapy would cost more than we can afford.\n      - id: practical-time\n        text: It would be hard for me to find time for sessions.\n      - id: practical-fit\n        text: I worry we would not find a therapist who understands people like us.\n      - id: practical-know-where\n        text: I know where I could look for a couples therapist.\n        reverse: true\nsteps:\n  name: Next steps\n  about: Which steps you would be willing to take. None of them is a promise.\n  items:\n    - id: step-read\n      step: Read about it\n      text: I would be willing to read about how couples therapy works.\n    - id: step-call\n      step: A short call with a therapist\n      text: I would be willing to have a short first call with a therapist.\n    - id: step-one-session\n      step: One session together\n      text: I would be willing to try one session together, with no promise of more.\n    - id: step-regular\n      step: Regular sessions together\n      text: I would be willing to go to sessions together for a few months.\n    - id: step-on-my-own\n      step: Sessions on my own\n      alone: true\n      text: I would be willing to see a therapist on my own about our relationship.\n"),
            File(name: "samples.yaml", bytes: "# Sample couples for the demo (samepage --demo). They are made up. Each partner gives a level from 0 to 5\n# for each section: every item of that section is answered at that level, with reverse items mirrored\n# (so a level of 5 always means \"very much so\"), and 0 means \"prefer not to say\" throughout.\n# Levels turn into scores as 1 = 0, 2 = 25, 3 = 50, 4 = 75, 5 = 100, so readiness 1-2 is \"Not now\",\n# 3 is \"Open to learning more\" and 4-5 is \"Ready to try\".\n# One couple per pairing label: ready-together, close, different-paces, both-unsure.\ncouples:\n  - id: maya-and-jon\n    title: Maya and Jon, both ready to try\n    about: >-\n      Both want help with how they argue. Jon had a hard time with a counsellor\n      years ago, and his work hours make it hard to find time.\n    partners:\n      - name: Maya\n        levels: {readiness: 5, blame: 2, past-therapy: 1, overwhelm: 2, vulnerability: 1, crisis-only: 1, ganged-up: 1, practical: 2, steps: 5}\n      - name: Jon\n        levels: {readiness: 4, blame: 2, past-therapy: 4, overwhelm: 2, vulnerability: 2, crisis-only: 1, ganged-up: 2, practical: 4, steps: 4}\n\n  - id: ana-and-luis\n    title: Ana and Luis, at a similar pace\n    about: >-\n      Neither is against the idea. Both find hard talks draining, and they are\n      not sure what therapy would cost.\n    partners:\n      - name: Ana\n        levels: {readiness: 3, blame: 2, past-therapy: 1, overwhelm: 4, vulnerability: 3, crisis-only: 2, ganged-up: 2, practical: 4, steps: 3}\n      - name: Luis\n        levels: {readiness: 3, blame: 3, past-therapy: 2, overwhelm: 4, vulnerability: 2, crisis-only: 3, ganged-up: 2, practical: 3, steps: 3}\n\n  - id: sam-and-alex\n    title: Sam and Alex, at different paces\n    about: >-\n      Sam has asked about therapy many times. Alex does not want to try it now,\n      and worries about being seen as the problem.\n    partners:\n      - name: Sam\n        levels: {readiness: 5, blame: 1, past-therapy: 2, overwhelm: 2, vulnerability: 1, crisis-only: 1, ganged-up: 1, practical: 2, steps: 5}\n      - name: Alex\n        levels: {readiness: 2, blame: 5, past-therapy: 2, overwhelm: 3, vulnerability: 3, crisis-only: 2, ganged-up: 4, practical: 2, steps: 2}\n\n  - id: kai-and-noor\n    title: Kai and Noor, neither ready now\n    about: >-\n      Things feel fine most days. Both grew up with the idea that you keep\n      problems at home, and both would rather not try therapy for now.\n    partners:\n      - name: Kai\n        levels: {readiness: 2, blame: 2, past-therapy: 1, overwhelm: 2, vulnerability: 5, crisis-only: 4, ganged-up: 2, practical: 3, steps: 2}\n      - name: Noor\n        levels: {readiness: 1, blame: 1, past-therapy: 1, overwhelm: 3, vulnerability: 4, crisis-only: 5, ganged-up: 1, practical: 1, steps: 1}\n"),
            File(name: "scale.yaml", bytes: "choices:\n  - Strongly disagree\n  - Disagree\n  - Not sure\n  - Agree\n  - Strongly agree\nprefer_not: Prefer not to say\n"),
        ], content: set0),
    ]

    /// content: the set in en.
    @Sendable static func set0() -> Content {
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
            interface: SamePageCore.InterfaceText(
                texts: [
                    "cards.common": "A common question",
                    "cards.for_both": "For both of you",
                    "cards.for_names": "For {names}",
                    "cards.for_you": "For you",
                    "ending.another_name": "Type another file name for your answers, or press Enter to leave them unsaved:",
                    "ending.appeared": "{path} appeared while you answered, so it was not replaced. Type another name.",
                    "ending.demo_heading": "=== Sample couple {number} of {total}: {title} ===",
                    "ending.demo_no_samples": "This content has no sample couples ({file}), so there is nothing to show.",
                    "ending.earlier_copy": "An earlier copy of your progress is still in {path}.",
                    "ending.input_ended": "Input ended before the questionnaire was finished. {kept}",
                    "ending.input_ended_nothing": "Input ended before the questionnaire was finished, so nothing was saved.",
                    "ending.kept_so_far": "Your answers so far are kept in {path}; run samepage again to pick up where you left off.",
                    "ending.latest_not_kept": "Your latest answers could not be kept ({cause}). {then}",
                    "ending.line_by_line": "samepage: {reason}, so the questions are asked line by line.",
                    "ending.no_folder": "Cannot save to {path}: the folder does not exist or is not writable.",
                    "ending.no_home": "there is no home folder (HOME is not set)",
                    "ending.not_saved": "Your answers were not saved.",
                    "ending.nothing_kept": "Nothing was kept.",
                    "ending.nothing_saved": "Nothing was saved.",
                    "ending.quit": "You quit before the end. {kept}",
                    "ending.quit_discarded": "You quit, and your answers were discarded.",
                    "ending.saved_in": "Your answers are saved in {path} (readable by this account only).",
                    "ending.still_kept": "Your answers are still kept on this computer: run samepage again with --save and another name to save them.",
                    "ending.stopped": "Stopped before the end. {kept}",
                    "guesses.about_named": "How do you think {name} answered?",
                    "guesses.about_partner": "How do you think your partner would answer?",
                    "guesses.hand_off": "Thank you. Please pass the keyboard to {name} for their guesses.",
                    "guesses.hand_off_back": "Welcome back. This is where the guesses were left. {other}, please step away while {name} guesses.",
                    "guesses.hand_off_header": "Hand-off",
                    "guesses.header": "Optional: guess",
                    "guesses.offer_couple": "One last, optional step: guess how each other answered the questions about readiness.",
                    "guesses.offer_prompt": "Press Enter to guess, or s to skip.",
                    "guesses.offer_solo": "One last, optional step: guess how your partner answered the questions about readiness.",
                    "guesses.offer_why_couple": "The results then show each guess next to the real answers. A gap is not a mistake; it is something to be curious about together. It takes about a minute each.",
                    "guesses.offer_why_solo": "The results show your guess, to talk over with your partner if you like. It takes about a minute.",
                    "guesses.prompt": "{name}, press Enter when you are ready.",
                    "guesses.status": "Guess {number} of {total}",
                    "guesses.title_named": "{name} guesses",
                    "guesses.title_yours": "Your guesses",
                    "help.answer_go_on": "answer and go on",
                    "help.back_one": "back one question",
                    "help.back_to_question": "back to the question",
                    "help.change_or_finish": "change that answer, or finish",
                    "help.choose": "choose",
                    "help.choose_focused": "choose the focused answer",
                    "help.close": "Press any key to close.",
                    "help.discard": "discard it and start again",
                    "help.does_not_apply": "does not apply",
                    "help.forward": "forward again",
                    "help.go_on": "go on",
                    "help.language": "change the language",
                    "help.leave": "leave (asks first)",
                    "help.more_ideas": "more ideas",
                    "help.move": "move",
                    "help.move_choices": "move between the choices",
                    "help.next_section": "the next section, or the next card",
                    "help.open_card": "open or close the card (next steps)",
                    "help.other_name": "the other name",
                    "help.other_samples": "the other sample couples",
                    "help.prefer_not": "prefer not to say",
                    "help.privacy": "keep my place if interrupted, or keep nothing",
                    "help.quick_exit": "quick exit: clear and leave now",
                    "help.quit": "quit",
                    "help.quit_asks": "quit (asks first)",
                    "help.results_sections": "summary, readiness, worries, guesses, next steps, support",
                    "help.resume": "resume the unfinished session",
                    "help.review": "review your answers",
                    "help.save": "save the report or the answers",
                    "help.scroll": "scroll",
                    "help.skip_guesses": "skip the guesses (where offered)",
                    "help.start_over": "start over (asks first)",
                    "help.title": "Keys here",
                    "help.welcome_numbers": "together, on my own, or the demo",
                    "help.why_all": "why, for every card",
                    "help.why_card": "why this card?",
                    "keeping.choice_off": "[ ] Keep my place if interrupted ({key}: keep it)",
                    "keeping.choice_on": "[x] Keep my place if interrupted ({key}: keep nothing)",
                    "keeping.kept": "Your answers are kept in {path} (readable by this account only) until you finish or discard them. The check-in is never kept.",
                    "keeping.no_choice": "Keep my place: no, nothing is written to disk.",
                    "keeping.nothing": "Nothing is written to disk. If you quit or are interrupted, your answers are gone.",
                    "keeping.other_session": "samepage is already open on this account, so this window keeps nothing on disk (private mode).",
                    "keeping.piped": "Answers are piped in, so nothing is written to disk.",
                    "keeping.private": "Private mode: nothing is written to disk. If you quit or are interrupted, your answers are gone.",
                    "keeping.unwritable": "Your place cannot be kept on this computer ({cause}), so nothing is written to disk.",
                    "key_names.enter": "Enter",
                    "key_names.esc": "Esc",
                    "key_names.one_to": "{first} to {last}",
                    "key_names.tab": "Tab",
                    "keys.answer": "answer",
                    "keys.back": "back",
                    "keys.back_to_question": "back to the question",
                    "keys.change_or_finish": "change or finish",
                    "keys.choose": "choose",
                    "keys.continue": "continue",
                    "keys.discard": "discard and start again",
                    "keys.guess": "guess",
                    "keys.help": "help",
                    "keys.keys": "keys",
                    "keys.language": "language",
                    "keys.move": "move",
                    "keys.next_card": "next card",
                    "keys.next_field": "next field",
                    "keys.open": "open",
                    "keys.other_couples": "other couples",
                    "keys.prefer_not": "prefer not to say",
                    "keys.privacy": "privacy",
                    "keys.quick_exit": "quick exit",
                    "keys.quit": "quit",
                    "keys.resume": "resume",
                    "keys.review": "review",
                    "keys.save": "save",
                    "keys.scroll": "scroll",
                    "keys.skip": "skip",
                    "keys.skip_guesses": "skip the guesses",
                    "keys.start": "start",
                    "keys.start_over": "start over",
                    "keys.why": "why this?",
                    "names.fallback_first": "Partner A",
                    "names.fallback_second": "Partner B",
                    "names.fallback_solo": "You",
                    "names.first": "First person",
                    "names.header": "Names",
                    "names.intro": "Names are optional. Leave a field empty to use the name shown in brackets.",
                    "names.second": "Second person",
                    "names.yours": "Your name",
                    "perception.close": "{guesser} guessed {other}'s readiness at {guess}, close to {other}'s own {actual}. You read each other well here.",
                    "perception.less_sure": "{guesser} guessed {guess}, and {other}'s own answers give {actual}: {other} is less sure than {guesser} thought. {other}'s worries may be worth hearing first.",
                    "perception.more_open": "{guesser} guessed {guess}, and {other}'s own answers give {actual}: {other} is more open than {guesser} thought. That may be good news to talk about.",
                    "perception.solo": "You guessed your partner's readiness at {guess}. Asking how they see it could be a gentle way to start.",
                    "perception.too_few": "{guesser} made too few guesses to compare.",
                    "plain.answer_again": "Please type a number from 0 to {highest}, b to go back, or q to quit.",
                    "plain.answer_ask": "Your answer:",
                    "plain.cannot_clear": "This terminal cannot clear its screen, so each person's answers may stay in view for the other. To answer in private, each of you can run samepage --solo --save FILE on your own, then samepage compare FILE1 FILE2.",
                    "plain.check_in_header": "Private check-in {number} of {total}",
                    "plain.end": "You have reached the end of the questions.",
                    "plain.guess_ask": "Type y to guess, or press Enter to skip:",
                    "plain.guess_couple": "One last, optional step: guess how each other answered the questions about readiness. The results then show each guess next to the real answers.",
                    "plain.guess_header": "Guess {number} of {total} \u{b7} {about}",
                    "plain.guess_solo": "One last, optional step: guess how your partner would answer the questions about readiness. The results show your guess, to talk over with them if you like.",
                    "plain.how_to": "Type 1 to 5 to answer, 0 for \"{prefer_not}\", b to go back, q to quit.",
                    "plain.keep_again": "Please type y to keep your place, or n to keep nothing:",
                    "plain.keep_ask": "Keep your place? Type y to keep it (or press Enter), or n to keep nothing:",
                    "plain.mode_again": "Please type 1 for together or 2 for on your own.",
                    "plain.mode_ask": "Type 1 or 2:",
                    "plain.name_first": "First person's name",
                    "plain.name_second": "Second person's name",
                    "plain.names_intro": "Names are optional. Press Enter to keep the one in brackets.",
                    "plain.not_kept": "(Your place is not being kept: {cause}.)",
                    "plain.question_header": "Question {number} of {total} \u{b7} {section}",
                    "plain.quit_keep": "Quit now? Type k to keep your answers on this computer and finish later, d to discard them, or press Enter to go on:",
                    "plain.quit_lost": "Quit now? Your answers could not be kept ({cause}). Type y to quit, or press Enter to go on:",
                    "plain.quit_nothing": "Quit now? Nothing will be kept. Type y to quit, or press Enter to go on:",
                    "plain.resume_again": "Please type r to resume or d to discard:",
                    "plain.resume_ask": "Type r (or press Enter) to resume it, or d to discard it and start again:",
                    "plain.review_again": "Please type a number from 1 to {count}, or press Enter to go on.",
                    "plain.review_ask": "Question number, or Enter:",
                    "plain.review_how": "To change an answer, type its question number (1 to {count}). Press Enter to go on.",
                    "plain.skip_guesses": "Type s to skip the guesses.",
                    "quit.demo": "Nothing from the demo is kept.",
                    "quit.discard": "quit, and discard your answers",
                    "quit.finished": "The results are printed as you leave.",
                    "quit.keep": "quit, and keep your answers on this computer to finish later",
                    "quit.leave": "leave",
                    "quit.leave_title": "Leave now?",
                    "quit.lost": "Your answers could not be kept: {cause}.",
                    "quit.not_kept": "Your answers will not be kept.",
                    "quit.quit": "quit",
                    "quit.resume_kept": "The unfinished session stays on this computer, as it is.",
                    "quit.start_over": "start over",
                    "quit.start_over_text": "These results will be gone, unless you saved them first.",
                    "quit.start_over_title": "Start over?",
                    "quit.stay": "stay",
                    "quit.title": "Quit now?",
                    "ready.back_couple": "Welcome back. This is where {name}'s turn was left.",
                    "ready.back_solo": "Welcome back. This is {name}'s unfinished session; its answers are shown once you go on.",
                    "ready.back_solo_unnamed": "Welcome back. This is an unfinished session; its answers are shown once you go on.",
                    "ready.prompt_couple": "{name}, press Enter when you are alone.",
                    "ready.prompt_solo": "Press Enter when you are ready to go on.",
                    "ready.step_away": "{other}, please step away while {name} answers. Each of you answers in private; you see the results together at the end.",
                    "results.demo": "Demo \u{b7} couple {number} of {total}",
                    "results.guesses_heading": "How you guessed each other's readiness",
                    "results.more_ideas.one": "1 more idea: press m to show it.",
                    "results.more_ideas.other": "{count} more ideas: press m to show them.",
                    "results.more_ideas_list": "More ideas: {titles}.",
                    "results.name_column": "Name",
                    "results.next_steps_consider": "Next steps to consider:",
                    "results.next_steps_more": "Next steps to consider (5 for more):",
                    "results.no_score_means": "{mark} means {words}.",
                    "results.readiness_column": "Readiness (0 to 100)",
                    "results.readiness_heading": "Readiness to try couples therapy (0 to 100)",
                    "results.readiness_heading_short": "Readiness to try couples therapy",
                    "results.report_made_on": "Made on {date} with the content `{id}`, version {version} (questions {fingerprint}).",
                    "results.report_steps_label": "Next steps:",
                    "results.sample_couple": "Sample couple: {title} (made up)",
                    "results.section_guesses": "Guesses",
                    "results.section_readiness": "Readiness",
                    "results.section_steps": "Next steps",
                    "results.section_summary": "Summary",
                    "results.section_support": "Support",
                    "results.section_worries": "Worries",
                    "results.steps_label": "Steps:",
                    "results.strength": "Strength: {sentence}",
                    "results.text_heading": "== Results ==",
                    "results.title": "Results",
                    "results.why_this": "Why this? {reasons}",
                    "results.why_this_text": "Why this: {reasons}",
                    "results.worries_heading_couple": "What holds each of you back (0 to 100; higher weighs more)",
                    "results.worries_heading_solo": "What holds you back (0 to 100; higher weighs more)",
                    "results.worry_column": "Worry",
                    "resume.couple_all_done": "{names}: all questions done",
                    "resume.couple_at": "{names}: {name}'s turn, at question {number} of {total}",
                    "resume.couple_done": "{names}: {name}'s turn, questions done",
                    "resume.couple_next": "{names}: {name}'s turn is next",
                    "resume.explain": "Resume it to pick up where you left off, or discard it to start again. Discarding deletes those answers.",
                    "resume.found": "There is an unfinished session on this computer:",
                    "resume.header": "Welcome back",
                    "resume.names": "{first} and {second}",
                    "resume.prompt": "Press Enter to resume, or d to discard.",
                    "resume.solo_all_done": "{name}, all questions done",
                    "resume.solo_at": "{name}, at question {number} of {total}",
                    "resume.solo_done": "{name}, questions done",
                    "review.does_not_apply": "Does not apply",
                    "review.done": "Done: go on",
                    "review.intro": "Your answers, only for you. Choose one to change it, or choose Done at the end.",
                    "review.not_answered": "not answered yet",
                    "review.title_named": "{name}'s turn \u{b7} review",
                    "review.title_yours": "Your answers \u{b7} review",
                    "save.answers_as": "Save the answers as:",
                    "save.answers_choice": "the answers, to compare later",
                    "save.any_other_key": "any other key",
                    "save.cancel": "cancel",
                    "save.name_placeholder": "{marker} becomes each person's name.",
                    "save.report_as": "Save the report as:",
                    "save.report_choice": "the report (Markdown)",
                    "save.save": "save",
                    "save.title": "Save",
                    "saving.file_name": "File name [{default}]:",
                    "saving.marker_note": "({marker} becomes each person's name.)",
                    "saving.nothing_yet": "There is nothing to save yet.",
                    "saving.offer": "To save, type r for a report or a for the answers; press Enter to finish:",
                    "saving.offer_again": "Please type r, a, or press Enter.",
                    "saving.report_saved_in": "The report is saved in {path}.",
                    "saving.same_name": "Both files would have the same name; put {marker} in it.",
                    "saving.saved_in": "Saved in {paths} (readable by this account only).",
                    "screen.choose_first": "Choose an answer first: \u{2191}\u{2193} then Enter, or type 1 to 5 (0: prefer not to say).",
                    "screen.more_below": "\u{2193} more",
                    "screen.no_samples": "This content has no sample couples (content/samples.yaml).",
                    "screen.progress_problem": "Your place is not being kept: {cause}.",
                    "screen.too_small": "Please make this window larger. samepage needs at least {needed}; it is {size} now. Your place and answers are kept.",
                    "session.check_in_status": "Private check-in \u{b7} {number} of {total}",
                    "session.private_named": "{name} \u{b7} private",
                    "session.private_yours": "Private",
                    "session.question_status": "{section} \u{b7} Question {number} of {total}",
                    "session.turn_named": "{name}'s turn",
                    "session.turn_yours": "Your turn",
                    "session.welcome_back": "Welcome back",
                    "summary.gap_line": "{words}: a gap of {gap}",
                    "summary.list_last": "{first} and {last}",
                    "summary.readier": "{name} feels readier about therapy right now.",
                    "summary.step_all_both": "You both said yes to every step, up to {largest}.",
                    "summary.step_all_solo": "You said yes to every step, up to {largest}.",
                    "summary.step_largest_both": "The largest step you both said yes to: {largest}. The next one: {next}.",
                    "summary.step_largest_solo": "The largest step you said yes to: {largest}. The next one: {next}.",
                    "summary.step_none_both": "There is no step you both said yes to yet, and that is okay.",
                    "summary.step_none_solo": "You did not say yes to any step yet, and that is okay.",
                    "summary.strength_both_lean": "You both lean toward trying therapy.",
                    "summary.strength_light": "Neither of you is held back much by {list}.",
                    "summary.strength_more.one": "1 more",
                    "summary.strength_more.other": "{count} more",
                    "summary.strength_you_lean": "You lean toward trying therapy.",
                    "summary.theme_both": "both of you weigh this",
                    "summary.theme_neither": "neither of you weighs this much",
                    "summary.theme_one": "{name} weighs this more",
                    "summary.weighs_named": "{name} weighs most: {list}.",
                    "summary.weighs_you": "What weighs on you most: {list}.",
                    "support.call": "Call {value}",
                    "support.chat": "Chat at {value}",
                    "support.closing": "Press Enter when you are ready to go on.",
                    "support.for": "For {audience}. {hours}.",
                    "support.for_report": "For {audience}; {hours}.",
                    "support.text": "Text {value}",
                    "support.tty": "TTY {value}",
                    "validate.stale": "warning: checkin.yaml: {stale} of {total} support lines were last checked over a year ago (the oldest, {oldest}, on {day}); check their numbers on each service's own page again.",
                    "validate.valid": "{folder}: the content is valid ({questions} questions, {themes} themes, {cards} cards).",
                    "welcome.demo": "Demo with sample couples",
                    "welcome.header": "Welcome",
                    "welcome.language": "Language: {name}",
                    "welcome.language_name": "English",
                    "welcome.minutes.one": "It takes about a minute for each person.",
                    "welcome.minutes.other": "It takes about {count} minutes for each person.",
                    "welcome.question": "How are you taking it?",
                    "welcome.solo": "On my own",
                    "welcome.together": "Together, as a couple",
                    "why.alone": "Taken alone.",
                    "why.band_named": "{name}'s readiness is {score}, which reads as {band} ({range}).",
                    "why.band_yours": "Your readiness is {score}, which reads as {band} ({range}).",
                    "why.common": "A common question, shown to everyone.",
                    "why.each_of_you": "Shown to each of you.",
                    "why.every_couple": "Shown to every couple.",
                    "why.less_ready": "{name} feels less ready about therapy right now: readiness {own} against {other}, a gap of {gap} ({wide} or more, with the lower score below {middle}).",
                    "why.pairing": "The pairing is {label}: readiness {scores}, {gap} apart; {rule}.",
                    "why.range_at_least": "{value} or more",
                    "why.range_at_most": "{value} or less",
                    "why.range_between": "{low} to {high}",
                    "why.readier": "{name} feels readier about therapy right now: readiness {own} against {other}, a gap of {gap} ({wide} or more, with the lower score below {middle}).",
                    "why.rule_any": "the scores fit none of the other labels",
                    "why.rule_apart": "the readiness scores are at least {wide} apart",
                    "why.rule_both_not_now": "both readiness scores are {not_now} or less",
                    "why.rule_both_ready": "both readiness scores are {ready} or more",
                    "why.rule_close": "the readiness scores are at most {close} apart",
                    "why.score": "{name} {score}",
                    "why.theme_named": "{theme} is one of {name}'s top worries (level {level}; {high} or more counts).",
                    "why.theme_yours": "{theme} is one of your top worries (level {level}; {high} or more counts).",
                ],
                language: "en"
            ),
            identity: SamePageCore.ContentIdentity(
                id: "samepage-default",
                version: 2,
                fingerprint: "a65e669d42153abd"
            )
        )
    }
}
