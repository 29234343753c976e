// Written by `make snapshot` from content/: do not edit. The shipped content, already read and checked,
// used only for a folder whose files are byte for byte these (see ShippedContent.swift).
import SamePageCore

extension ShippedContent {
    static let sets: [Set] = [
        Set(files: [
            File(name: "cards.yaml", bytes: "# Guidance cards. Each card has an audience (\"for\") and optional rules (\"when\").\n# A card is shown when every rule in \"when\" holds. See README.md for details.\ncards:\n  # ---- For the couple: one card per pairing label ----\n  - id: couple-ready-together\n    for: couple\n    when:\n      pairing: ready-together\n    title: You both feel ready\n    text: >-\n      You are both open to trying couples therapy. That makes the first steps\n      easier. Now you can choose how to begin, side by side.\n    steps:\n      - Each make a short list of what you hope will change.\n      - text: Look up two or three couples therapists together.\n        pace: step-read\n      - text: Book a first talk or consult at a time that suits you both.\n        pace: step-call\n      - Agree on one small way to be kind to each other this week.\n\n  - id: couple-both-unsure\n    for: couple\n    when:\n      pairing: both-unsure\n    title: Neither of you feels ready now\n    text: >-\n      Right now, neither of you feels ready to try couples therapy. That is a\n      real choice, and you do not have to decide anything. If you ever want\n      to, you can learn more first, with no promise to go.\n    steps:\n      - Talk about what matters most to each of you right now.\n      - text: If you are curious, read how one or two therapists describe their work.\n        pace: step-read\n      - If you like, pick a day to talk about it again.\n\n  - id: couple-close\n    for: couple\n    when:\n      pairing: close\n    title: You feel about the same\n    text: >-\n      Your answers on trying therapy are close. You may still have different\n      worries, so it helps to hear them out. Being close makes it easier to\n      choose a next step together.\n    steps:\n      - Look at your worries side by side and talk about one of them.\n      - Choose one thing you both want to know before you decide.\n      - Agree on a small next step and a day to do it.\n\n  - id: couple-different-paces\n    for: couple\n    when:\n      pairing: different-paces\n    title: You are moving at different speeds\n    text: >-\n      You do not feel the same about therapy right now. This happens to many\n      couples. It does not mean anyone is wrong, and it is a fine place to\n      start. A good therapist can help you find a pace that works for both of\n      you.\n    steps:\n      - Let each person say, without being cut off, what they feel about it.\n      - Ask each other what would help you feel safer.\n      - Agree that no one has to decide today.\n\n  # ---- For each person who tends to raise therapy (the \"side\" rule; in a couple only) ----\n  - id: raise-curiosity\n    for: partner\n    when:\n      side: raise\n    title: Curiosity, not control\n    text: >-\n      When therapy comes up again and again, it can start to sound like a\n      demand, even when it is a hope. Curiosity leaves more room for both of\n      you. You might say, \"I'd like us to get better at understanding each\n      other. Maybe talking with a therapist would get us there.\"\n    steps:\n      - Pick a calm moment, not right after a hard talk.\n      - Say it once, in your own words, and then let it rest.\n      - Ask what your partner thinks of the idea, and listen without making a case.\n\n  - id: raise-boundary\n    for: partner\n    when:\n      side: raise\n    title: A boundary, not an ultimatum\n    text: >-\n      You can say what you need and why it matters to you. A boundary tells\n      your partner where you stand, with no threat and no deadline. It leaves\n      the choice open, so the talk can stay honest.\n    steps:\n      - Write one sentence that starts with \"I need\" and says what matters to you.\n      - Read it again and take out any \"or else\" or deadline.\n      - Say it once, at a calm time, and give your partner time to answer.\n\n  - id: raise-own-therapy\n    for: partner\n    when:\n      side: raise\n    title: Therapy of your own\n    text: >-\n      You can see a therapist by yourself about how you act and react in\n      relationships. You do not need to wait for your partner to join. What\n      you learn about your side of the pattern can change how things go\n      between you.\n    steps:\n      - text: Find two therapists who help people on their own with their relationships.\n        pace: step-on-my-own\n      - Write down one recent time when talk about therapy went badly, and what you felt.\n      - text: Book a first call with one of them.\n        pace: step-on-my-own\n\n  - id: raise-one-consult\n    for: partner\n    pace: step-one-session\n    when:\n      side: raise\n    title: One consult, just to look\n    text: >-\n      One consult is a way to look around and ask questions. It comes with no\n      promise of a second visit. Afterward, each of you can decide freely what\n      comes next, if anything.\n    steps:\n      - text: Find a therapist who offers a first consult.\n        pace: step-call\n      - text: Invite your partner to that one visit, and say that nothing more is expected.\n        pace: step-one-session\n      - text: Agree ahead of time that either of you can stop after it.\n        pace: step-one-session\n\n  # ---- For each person whose answers say they tend to step back ----\n  - id: step-back-pause\n    for: partner\n    when:\n      side: step-back\n    title: You can take a break\n    text: >-\n      Needing a break when therapy comes up is a common way to cope. You can\n      say \"not now\" and name a time to come back to it, so your partner knows\n      the door is still open. If you ever look into therapy, it can be on your\n      own terms.\n    steps:\n      - Try saying, \"Not now. Can we talk about it on Sunday?\"\n      - Use the break to notice what makes this topic hard for you.\n      - text: If you are curious, read how a few therapists describe their work, at your own pace.\n        pace: step-read\n\n\n\n\n\n  # ---- For the partner who feels less ready right now ----\n  - id: less-ready-your-pace\n    for: less-ready\n    title: It is okay to need more time\n    text: >-\n      Needing more time before therapy is common, and it does not mean you\n      do not care. Therapy can move as slowly as you need. You can ask\n      questions first, and you can always say no to more.\n    steps:\n      - Write down what worries you most about trying therapy.\n      - text: Ask a therapist how they work before you agree to anything.\n        pace: step-call\n      - Tell your partner one thing that would help you feel safer.\n\n  - id: less-ready-your-say\n    for: less-ready\n    title: You keep your say\n    text: >-\n      Going once does not sign you up for anything. A good therapist will not\n      rush you or make you share more than you want. You can help set the\n      goals, too.\n    steps:\n      - Think of one thing you would like to be better between you.\n      - text: Ask that the first visit be about what both of you want.\n        pace: step-one-session\n\n  # ---- For each person, by top hesitation ----\n  - id: partner-blame\n    for: partner\n    when:\n      theme: blame\n    title: About the fear of blame\n    text: >-\n      A good couples therapist looks at the pattern between you, not at who is\n      at fault. The aim is to see the loop that keeps coming back, and how each\n      person adds to it and reacts to it in their own way.\n    steps:\n      - text: Ask a therapist how they keep sessions fair to both people.\n        pace: step-call\n      - Say out loud that you do not want to be cast as the problem.\n      - Notice one loop that keeps coming back, without naming a cause.\n\n  - id: partner-past-therapy\n    for: partner\n    when:\n      theme: past-therapy\n    title: If therapy let you down before\n    text: >-\n      A past bad experience is a good reason to be careful. Not every\n      therapist works the same way. You can ask a new therapist how they work\n      and tell them what did not help last time.\n    steps:\n      - Make a short list of what did not help before.\n      - text: Ask a new therapist how they would handle those things.\n        pace: step-call\n      - Remember that you can stop or switch if it does not feel right.\n\n  - id: partner-overwhelm\n    for: partner\n    when:\n      theme: overwhelm\n    title: When it all feels like too much\n    text: >-\n      Hard talks can feel like a flood. A good therapist helps slow things\n      down so no one is swamped. You can take breaks, and you do not have to\n      share everything at once.\n    steps:\n      - Agree with your partner on a word that means you need a pause.\n      - text: Ask a therapist how they help when feelings run high.\n        pace: step-call\n      - Start with one small topic, not the biggest one.\n\n  - id: partner-vulnerability\n    for: partner\n    when:\n      theme: vulnerability\n    title: About showing feelings\n    text: >-\n      Many of us learned to keep problems private or to handle them alone.\n      Those lessons often helped us get by. Asking for help can also be a sign\n      of strength and care for the people you love.\n    steps:\n      - Think about where your ideas about asking for help came from.\n      - text: Look for a therapist who understands your culture or background.\n        pace: step-read\n      - Share only what you are ready to share.\n\n  - id: partner-crisis-only\n    for: partner\n    when:\n      theme: crisis-only\n    title: Therapy is not only for a crisis\n    text: >-\n      Going to therapy does not mean something is broken. Many couples go to\n      learn how they work together, or to fix small things before they grow. It\n      can be a place to slow down and look at your patterns.\n    steps:\n      - Name one thing that is going well between you.\n      - Name one small thing you would like to make even better.\n      - Think of therapy as a check-up, not an emergency room.\n\n  - id: partner-ganged-up\n    for: partner\n    when:\n      theme: ganged-up\n    title: About feeling outnumbered\n    text: >-\n      A good couples therapist does not team up with one person. Their job is\n      to help each person feel heard. No one should be forced to change who\n      they are.\n    steps:\n      - text: Ask a therapist how they make sure both people get equal time.\n        pace: step-call\n      - text: Tell them if you ever feel it is two against one.\n        pace: step-one-session\n      - Agree with your partner that goals are chosen together.\n\n  # ---- Solo: someone ready whose partner will not take part ----\n  - id: solo-ready-own-work\n    for: solo\n    when:\n      readiness: ready\n    title: Start with your own work\n    text: >-\n      You do not need your partner in the room to begin. A therapist can help\n      you look at your part in the pattern, your needs, and how you react. When\n      one person shifts, the pattern between two people often shifts too.\n    steps:\n      - text: Look for a therapist who helps people with relationship patterns.\n        pace: step-on-my-own\n      - text: Bring one recent hard moment to look at together.\n        pace: step-on-my-own\n      - Notice what you feel and need when things get tense.\n\n  - id: solo-ready-one-consult\n    for: solo\n    pace: step-call\n    when:\n      readiness: ready\n    title: Invite your partner to one call\n    text: >-\n      Asking for one short call is easier to say yes to than a long plan. It\n      is a chance to look, not a promise. It can make the unknown feel less\n      scary.\n    steps:\n      - text: Find a therapist who offers a short first call.\n        pace: step-call\n      - text: Invite your partner to that one call and nothing more.\n        pace: step-call\n\n  - id: solo-ready-curiosity\n    for: solo\n    when:\n      readiness: ready\n    title: Ask with curiosity, not control\n    text: >-\n      Pressure often makes people pull back. Curiosity gives them room to\n      think it over. You might say, \"I want us to feel close again. I wonder\n      if someone could help us get there.\"\n    steps:\n      - Put the wish in your own words, not as a demand.\n      - Ask your partner what worries them, and listen to the answer.\n\n  - id: solo-ready-name-need\n    for: solo\n    when:\n      readiness: ready\n    title: Name your need, not an ultimatum\n    text: >-\n      You can say what you need without a threat. A boundary shows what helps\n      you stay well in the relationship. It gives clarity, not pressure.\n    steps:\n      - Write your need in one sentence that starts with \"I need\".\n      - Share it at a calm time and let your partner take time to answer.\n\n  # ---- Solo: someone exploring their own hesitation ----\n  - id: solo-unsure-explore\n    for: solo\n    when:\n      readiness: not-now\n    title: Not now is a real answer\n    text: >-\n      It is okay if couples therapy is not for you right now. Holding back is\n      often a way to protect yourself or the relationship. If you want, you\n      can learn more without saying yes to anything.\n    steps:\n      - Look at your top worries in your results.\n      - If you are curious, write down one question you would want answered.\n      - Talk it over with someone you trust.\n\n  - id: solo-unsure-own-terms\n    for: solo\n    when:\n      readiness: not-now\n    title: On your own terms\n    text: >-\n      Therapy does not have to mean something is wrong. It can be a place to\n      slow down and look at your own patterns. You choose when, how, and if.\n    steps:\n      - text: Read how two or three therapists near you describe their work.\n        pace: step-read\n      - Notice which one feels most like a good fit for you.\n\n  - id: solo-between-explore\n    for: solo\n    when:\n      readiness: open\n    title: Part of you is open\n    text: >-\n      You are somewhere in the middle, and that is a normal place to be. Part\n      of you sees that help could be useful, and part of you holds back. Both\n      parts deserve to be heard.\n    steps:\n      - Write down one reason to try and one reason to wait.\n      - Look at your top worries and what might ease them.\n      - text: Ask a therapist a question by phone or email before deciding.\n        pace: step-call\n\n  # ---- Everyone: common questions ----\n  - id: faq-only-me\n    for: everyone\n    title: Can therapy help if only I go?\n    text: >-\n      Yes, it can. Working on your own can show you the parts you often fall\n      into and how you react to conflict. It can help you get clear on what you\n      need. When you change how you respond, the way you two relate can change\n      too.\n    steps:\n      - text: Look for a therapist who works on relationship patterns with one person.\n        pace: step-on-my-own\n\n  - id: faq-worse\n    for: everyone\n    title: What if therapy makes things worse or feels unsafe?\n    text: >-\n      This is a fair worry, most of all if talks at home already get heated or\n      go silent. A good therapist will not rush you or make you share before\n      you are ready. They work to build safety first, at a pace you can\n      handle.\n    steps:\n      - text: Ask a therapist how they keep sessions calm and safe.\n        pace: step-call\n      - If you ever feel unsafe at home, get support on your own first.\n\n  - id: faq-boundary\n    for: everyone\n    title: How is a boundary different from an ultimatum?\n    text: >-\n      A boundary says what you need to stay well in the relationship. An\n      ultimatum adds pressure and often makes people feel less safe. A\n      therapist can help you put your needs into words, whether or not your\n      partner comes along.\n    steps:\n      - Try saying your need as \"I need\" rather than \"If you don't\".\n\n  - id: faq-once\n    for: everyone\n    pace: step-one-session\n    title: What if we go once and my partner will not go back?\n    text: >-\n      That can happen, and it does not mean therapy failed. One visit can\n      still make some things clearer. At the very least, it shows where things\n      stand and what could come next.\n    steps:\n      - Share what you noticed or learned from the visit, and ask what your partner noticed.\n      - Decide whether you want to keep going on your own.\n\n  # ---- Added with issue 12: what the article says that was missing ----\n  # ---- For the couple ----\n  - id: couple-pace-part-of-work\n    for: couple\n    when:\n      pairing: different-paces\n    title: Your different paces can be part of the work\n    text: >-\n      You do not have to feel the same before you start. How each of you feels\n      about therapy can be one of the first things you talk about there. A\n      therapist can help you hear what it is like to want to start, and what it\n      is like to want to wait.\n    steps:\n      - text: Tell a therapist at the start that you feel differently about being there.\n        pace: step-one-session\n      - Each say what would help you feel respected while you work it out.\n      - Treat the gap as something to learn about, not something to fix first.\n\n  - id: couple-few-sessions\n    for: couple\n    pace: step-one-session\n    when:\n      pairing: [close, different-paces]\n    title: One or two sessions can help you see more clearly\n    text: >-\n      Trying therapy does not mean signing up for months. Even one or two\n      sessions can show you where things stand. Then you can choose what comes\n      next: more sessions together, some time with a therapist on your own, or\n      a pause.\n    steps:\n      - text: Agree to try one or two sessions, and then talk about it.\n        pace: step-one-session\n      - After each session, each say one thing you noticed.\n      - Choose the next step together, with no pressure to keep going.\n\n  - id: couple-slow-down\n    for: couple\n    pinned: true\n    title: Ways to slow down a hard talk\n    text: >-\n      Some simple tools can help before any deeper work begins. They make hard\n      talks calmer, so each of you can say more and hear more. A therapist can\n      teach more of them, but you can start with these.\n    steps:\n      - Agree on a word either of you can say to take a short break.\n      - When you take a break, say when you will come back to the talk.\n      - Take turns. One talks, and the other says back what they heard.\n      - Stay with one topic at a time.\n\n  # ---- For the partner who feels less ready right now ----\n  - id: less-ready-feel-heard\n    for: less-ready\n    pace: step-one-session\n    title: Your doubts are welcome\n    text: >-\n      Many people start therapy with doubts. Often, they get more involved\n      once they feel truly heard. You do not need to feel sure at the start,\n      and you can bring your doubts with you.\n    steps:\n      - text: If you try a session, say your doubts out loud there.\n        pace: step-one-session\n      - text: Tell the therapist what would help you feel heard.\n        pace: step-one-session\n      - text: Afterward, notice whether you felt listened to.\n        pace: step-one-session\n\n  # ---- For everyone ----\n  - id: faq-relationship-itself\n    for: everyone\n    title: What if one of us is unsure about the relationship itself?\n    text: >-\n      Sometimes the bigger question is not about therapy but about staying\n      together. A kind of counselling called discernment counselling is made\n      for this. It is short, often one to five meetings. It helps each of you\n      get clear before any choice is made, and no one is pushed either way.\n    steps:\n      - text: Ask a therapist if they offer discernment counselling.\n        pace: step-call\n      - If you ever feel unsafe at home, get support on your own first.\n\n  # ---- For each person, by top hesitation ----\n  - id: partner-practical\n    for: partner\n    when:\n      theme: practical\n    title: When cost, time or finding someone is hard\n    text: >-\n      Money, time and finding the right person are real limits. Some therapists\n      charge less when money is tight, and some meet online, which saves travel\n      time. A short first call can show you if someone fits.\n    steps:\n      - text: Ask about cost, and about lower fees, before you book.\n        pace: step-call\n      - Check if a health plan or work benefit pays for some sessions.\n      - text: Ask if sessions can be online or at times that suit you.\n        pace: step-call\n      - text: Ask how they work with couples like you, and see how it feels.\n        pace: step-call\n\n  # ---- Alone: what you said about your partner (the \"stance\" rule; shown first) ----\n  - id: solo-partner-open\n    for: solo\n    when:\n      stance: open\n    title: Your partner is open to it\n    text: >-\n      Your partner knows you are looking into this and is open to it. That is a\n      good start. Next time, you could each answer the questions in private and\n      look at the results side by side.\n    steps:\n      - Ask if they would like to answer the questions too, when it suits them.\n      - Share one thing you noticed about yourself, not a list of what to change.\n      - Pick a calm time to talk about a first small step.\n\n  - id: solo-partner-declines\n    for: solo\n    when:\n      stance: declines\n    title: When your partner says no for now\n    text: >-\n      A no to therapy is not a no to you, and it may not be forever. You can\n      still start on your own, and how you respond can change things between\n      you. Pressing harder often makes a no firmer.\n    steps:\n      - Let the no stand for now, and say that you heard it.\n      - text: Look into therapy on your own about your side of the pattern.\n        pace: step-on-my-own\n      - If you bring up one consult later, offer it once, with no deadline.\n\n  - id: solo-partner-unaware\n    for: solo\n    when:\n      stance: unaware\n    title: Your partner does not know yet\n    text: >-\n      It is fine to think this through on your own first. You choose if and\n      when to share it, and how much.\n    steps:\n      - Notice what you want to say before you say it.\n      - If you share it, start with one thing you learned about yourself.\n      - If you save these results, keep the file somewhere private.\n"),
            File(name: "checkin.yaml", bytes: "# The private check-in. These answers are only for the person answering: never shown to the other\n# partner, never saved, never scored, never part of the results. Everyone then sees the same support\n# screen, whatever they answered. See content/README.md for the rules that content cannot change.\nintro: >-\n  These last questions are only for you. Your partner will not see your\n  answers, and they are not saved anywhere. Afterwards, everyone sees the same\n  list of places to get support, whatever they answer.\n# The frequency scale, for questions about how often something happened: never, once, sometimes,\n# often, and not sure.\nfrequency_choices: [Never, Once, Sometimes, Often, Not sure]\n# Each item has one direction: an 'agree' item is a statement that is safe to agree with; a\n# 'frequency' item asks how often something happened. The answers decide nothing: they are dropped\n# as they are given, and everyone sees the same support page, word for word.\nitems:\n  - id: checkin-safe-home\n    scale: agree\n    text: These days, I feel safe at home with my partner.\n  - id: checkin-afraid\n    scale: frequency\n    text: In the past year, how often have you felt afraid of what your partner might do?\n  - id: checkin-hurt\n    scale: frequency\n    text: >-\n      In the past year, how often has your partner pushed, hit, or hurt you, or\n      said they would?\n  - id: checkin-sexual-pressure\n    scale: frequency\n    text: >-\n      In the past year, how often has your partner pushed you into sexual\n      things you did not want?\n  - id: checkin-control\n    scale: frequency\n    text: >-\n      In the past year, how often has your partner kept you from money, checked\n      your phone, or kept you away from friends or family?\n  - id: checkin-speak-freely\n    scale: agree\n    text: >-\n      In a session together, I could say what I really think and still be safe\n      at home afterwards.\nsupport:\n  title: Support, for everyone\n  text: >-\n    Everyone who uses samepage sees this same page. Couples therapy works best\n    when both people feel safe to speak. If home does not feel safe, it often\n    helps to talk with someone on your own first. Calls and texts to these\n    services can show in your phone's history; if someone checks your phone,\n    you may want to use a phone or computer they cannot see.\n  note: >-\n    Thank you for answering. This list is for everyone: keep it in mind, for\n    you or for someone you know, now or later.\nemergency: >-\n  If you are in danger now, call your local emergency number. That is 911 in\n  the US and most of Canada; where there is no 911, call your local police.\n  It is 999 or 112 in the UK and Ireland, and 000 in Australia. In the UK, if\n  you cannot speak on a 999 call from a mobile, stay on the line and press 55\n  when asked.\n# The last section of every shared result, report and JSON, for everyone.\nshared:\n  title: If home does not feel safe\n  text: >-\n    If either of you does not feel safe at home, joint sessions may not be the\n    right first step. It can help to talk with someone on your own first. Each\n    service below says who it is for and when it is open.\nregions:\n  US: United States\n  CA: Canada\n  CA-QC: Qu\u{e9}bec\n  CA-BC: British Columbia\n  GB: United Kingdom\n  IE: Ireland\n  AU: Australia\n  ANY: Everywhere\n# Each resource was checked against its service's own page (or a government page about it) on the\n# date in 'checked'; content/README.md says how, and what was left out.\nresources:\n  - name: National Domestic Violence Hotline\n    region: US\n    languages: [en, es]\n    hours: any time, day or night\n    reach:\n      - call: \"1-800-799-7233\"\n      - text: \"START to 88788\"\n      - chat: thehotline.org\n      - tty: \"1-800-787-3224\"\n    for: anyone hurt or scared by a partner, people who want to help them, and people worried about how they treat a partner\n    source: https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts\n    checked: 2026-11-27\n\n  - name: 988 Suicide & Crisis Lifeline\n    region: US\n    languages: [en, es]\n    hours: any time, day or night\n    reach:\n      - call: \"988\"\n      - text: \"988\"\n      - chat: 988lifeline.org\n    for: anyone thinking about suicide or going through a hard time, or worried about someone who is\n    source: https://988lifeline.org/get-help/what-to-expect\n    checked: 2026-11-27\n\n  - name: Trans Lifeline (United States)\n    region: US\n    languages: [en, es]\n    hours: not open all the time; see translifeline.org for times\n    reach:\n      - call: \"1-877-565-8860\"\n      - web: translifeline.org\n    for: trans people and people questioning their gender who want to talk with another trans person, even if it is not a crisis; it is confidential, and they will not call 911 unless you ask\n    source: https://translifeline.org/linea-directa/?lang=es\n    checked: 2026-12-03\n\n\n  - name: \"9-8-8: Suicide Crisis Helpline\"\n    region: CA\n    languages: [en, fr]\n    hours: any time, day or night\n    reach:\n      - call: \"988\"\n      - text: \"988\"\n    for: anyone in Canada thinking about suicide, or worried about someone who might be; the call or text is free\n    source: https://www.canada.ca/en/public-health/services/suicide-prevention/government-canada-doing-help-prevent-suicide.html\n    checked: 2026-12-03\n\n  - name: Hope for Wellness Help Line\n    region: CA\n    languages: [en, fr]\n    hours: any time, day or night\n    reach:\n      - call: \"1-855-242-3310\"\n    for: First Nations, Inuit and M\u{e9}tis people who want to talk with a counsellor about how they feel or about a crisis; you can ask for Cree, Ojibway or Inuktut\n    source: https://www.canada.ca/en/public-health/services/suicide-prevention/government-canada-doing-help-prevent-suicide.html\n    checked: 2026-12-03\n\n  - name: Trans Lifeline (Canada)\n    region: CA\n    languages: [en, es]\n    hours: not open all the time; see translifeline.org for times\n    reach:\n      - call: \"1-877-330-6366\"\n      - web: translifeline.org\n    for: trans people and people questioning their gender who want to talk with another trans person, even if it is not a crisis; it is confidential, and they will not call 911 unless you ask\n    source: https://translifeline.org/linea-directa/?lang=es\n    checked: 2026-12-03\n\n  - name: ShelterSafe\n    region: CA\n    languages: [en]\n    hours: the map works any time; most shelters on it answer the phone day and night\n    reach:\n      - web: sheltersafe.ca\n    for: women and their children who need a safe place or someone to talk to about abuse; you do not have to stay at a shelter to get help\n    source: https://sheltersafe.ca/about-shelters/\n    checked: 2026-11-27\n\n  - name: Get help with family violence (Government of Canada)\n    region: CA\n    languages: [en]\n    hours: web page, read it any time\n    reach:\n      - web: justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html\n    for: anyone hurt by family violence who wants help nearby, such as a shelter or the police\n    source: https://www.justice.gc.ca/eng/cj-jp/fv-vf/help-aide.html\n    checked: 2026-11-27\n\n  - name: VictimLinkBC\n    region: CA-BC\n    languages: [en]\n    hours: any time, day or night\n    reach:\n      - call: \"1-800-563-0808\"\n      - web: victimlinkbc.ca\n    for: anyone in B.C. or Yukon hurt by a crime, including violence from a partner or family member; the call is free and confidential, and help is offered in more than 110 languages\n    source: https://www2.gov.bc.ca/gov/content/justice/criminal-justice/bcs-criminal-justice-system/understanding-criminal-justice/key-parts/victim-services\n    checked: 2026-12-03\n\n\n  - name: National Domestic Abuse Helpline (run by Refuge)\n    region: GB\n    languages: [en]\n    hours: any time, day or night\n    reach:\n      - call: \"0808 2000 247\"\n      - web: nationaldahelpline.org.uk\n    for: women facing abuse at home; free and private\n    source: https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims\n    checked: 2026-11-27\n\n  - name: Galop National LGBT+ Domestic Abuse Helpline\n    region: GB\n    languages: [en]\n    hours: not open all the time and not for emergencies; see galop.org.uk for times\n    reach:\n      - call: \"0800 999 5428\"\n      - web: galop.org.uk\n    for: LGBT+ people being hurt or controlled by a partner or family member\n    source: https://www.galop.org.uk/lgbtq-survivors-user-agreement/\n    checked: 2026-11-27\n\n  - name: Respect Phoneline\n    region: GB\n    languages: [en]\n    hours: open hours not confirmed here; see respectphoneline.org.uk\n    reach:\n      - call: \"0808 802 4040\"\n      - web: respectphoneline.org.uk\n    for: people who worry that they hurt, scare or control a partner or family member and want help to stop; the call is free\n    source: https://respectphoneline.org.uk/resources/resources-for-perpetrators/self-help-guide-for-abusive-men-in-heterosexual-relationships/\n    checked: 2026-12-03\n\n  - name: Samaritans\n    region: GB\n    languages: [en]\n    hours: any time, day or night\n    reach:\n      - call: \"116 123\"\n      - web: samaritans.org\n    for: anyone who is struggling or feeling low and needs someone to listen; the call is free\n    source: https://www.samaritans.org/how-we-can-help/contact-samaritan/\n    checked: 2026-11-27\n\n\n  - name: Samaritans Ireland\n    region: IE\n    languages: [en]\n    hours: any time, day or night\n    reach:\n      - call: \"116 123\"\n      - web: samaritans.org\n    for: anyone in Ireland who is struggling or feeling low and needs someone to listen; the call is free\n    source: https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey\n    checked: 2026-11-27\n\n  - name: Women's Aid 24hr National Freephone Helpline\n    region: IE\n    languages: [en]\n    hours: any time, day or night\n    reach:\n      - call: \"1800 341 900\"\n      - web: womensaid.ie\n    for: women in Ireland being hurt or controlled by a partner or ex-partner\n    source: https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/\n    checked: 2026-11-27\n\n\n  - name: 1800RESPECT\n    region: AU\n    languages: [en]\n    hours: any time, day or night (video calls may have shorter hours)\n    reach:\n      - call: \"1800 737 732\"\n      - text: \"0458 737 732\"\n      - chat: 1800respect.org.au\n    for: anyone hurt by violence at home or by sexual violence, and people who help them\n    source: https://www.1800respect.org.au/terms-and-conditions\n    checked: 2026-11-27\n\n  - name: Lifeline\n    region: AU\n    languages: [en]\n    hours: any time, day or night\n    reach:\n      - call: \"13 11 14\"\n      - text: \"0477 13 11 14\"\n      - chat: lifeline.org.au\n    for: anyone in Australia who feels overwhelmed, is in crisis, or is thinking about suicide\n    source: https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/\n    checked: 2026-11-27\n\n  - name: Men's Referral Service (No to Violence)\n    region: AU\n    languages: [en]\n    hours: open hours not confirmed here; see ntv.org.au\n    reach:\n      - call: \"1300 766 491\"\n      - chat: ntv.org.au\n    for: men who worry about how they treat a partner, and their family and friends; you do not have to give your name\n    source: https://ntv.org.au/get-help/getting-support\n    checked: 2026-11-27\n\n  - name: QLife\n    region: AU\n    languages: [en]\n    hours: every day, 3pm to midnight (your local time)\n    reach:\n      - call: \"1800 184 527\"\n      - chat: qlife.org.au\n    for: LGBTIQ+ people and the people who care about them who want to talk; it is peer support, not a crisis service\n    source: https://www.qlife.org.au/faqs\n    checked: 2026-11-27\n\n\n  - name: Find A Helpline\n    region: ANY\n    languages: [en]\n    hours: website, use it any time\n    reach:\n      - web: findahelpline.com\n    for: anyone, in any country, looking for a free and private helpline near them\n    source: https://findahelpline.com/AU\n    checked: 2026-11-27\n"),
            File(name: "interface.yaml", bytes: "# The program's own sentences: what its screens, prompts and messages say, around the questions.\n# Change the words freely. Words in braces, like {name}, are filled in by samepage: keep each one a text\n# has (you may move it), and add no others; `samepage validate` checks this. A text that depends on a\n# number has a form for \"one\" and one for \"other\" numbers, which uses {count}.\nlanguage: en\n\nready:\n  back_solo: Welcome back. This is {name}'s unfinished session; its answers are shown once you go on.\n  back_solo_unnamed: Welcome back. This is an unfinished session; its answers are shown once you go on.\n  back_couple: Welcome back. This is where {name}'s turn was left.\n  step_away: >-\n    {other}, please step away while {name} answers. Each of you answers in\n    private; you see the results together at the end.\n  hand_off: \"{other}, thank you: your part is done, and what you chose is now hidden. Please pass the keyboard to {name}.\"\n  hand_off_next: \"{name}, there is no rush. Take your time, and begin when you feel ready.\"\n  prompt_couple: \"{name}, press Enter when you are alone.\"\n  prompt_solo: Press Enter when you are ready to go on.\n\nguesses:\n  hand_off: Thank you. Please pass the keyboard to {name} for their guesses.\n  hand_off_back: >-\n    Welcome back. This is where the guesses were left. {other}, please step\n    away while {name} guesses.\n  prompt: \"{name}, press Enter when you are ready.\"\n  header: \"Optional: guess\"\n  offer_couple: \"One last, optional step: guess how each other answered a few questions about readiness.\"\n  offer_solo: \"One last, optional step: guess how your partner would answer a few questions about readiness.\"\n  offer_why_couple: \"The results then show each guess next to the real answers. A gap is not a mistake; it is something to be curious about together. It takes about a minute each.\"\n  offer_why_solo: \"The results show your guess, to talk over with your partner if you like. It takes about a minute.\"\n  offer_prompt: \"Press Enter to guess, or s to skip.\"\n  about_named: \"How do you think {name} answered?\"\n  about_partner: \"How do you think your partner would answer?\"\n  title_yours: \"Your guesses\"\n  title_named: \"{name} guesses\"\n  status: \"Guess {number} of {total}\"\n  hand_off_header: \"Hand-off\"\n  pause: \"Take a moment if you need one. There is no rush.\"\n\ntogether:\n  header: \"Together\"\n  text: \"{first} and {second}, please sit down together now. The results are for both of you, so they open only when you are both here.\"\n  prompt: \"Press Enter when you are both here.\"\n\nresults:\n  more_ideas:\n    one: \"1 more idea: press m to show it.\"\n    other: \"{count} more ideas: press m to show them.\"\n  section_summary: \"Summary\"\n  section_readiness: \"Readiness\"\n  section_pattern: \"Pattern\"\n  section_worries: \"Worries\"\n  section_steps: \"Next steps\"\n  section_support: \"Support\"\n  title: \"Results\"\n  demo: \"Demo \u{b7} couple {number} of {total}\"\n  sample_couple: \"Sample couple: {title} (made up)\"\n  readiness_heading: \"Readiness to try couples therapy (0 to 100)\"\n  person_words: \"{name}: {words}\"\n  person_score: \"{name}: {score} \u{b7} {band}\"\n  kept_private: \"kept these answers private\"\n  not_applicable: \"does not apply\"\n  gap_detail: \"A gap of {gap}: {words}.\"\n  safety_couple: \"If home does not feel safe for either of you, start with {support}, on your own.\"\n  safety_solo: \"If home does not feel safe, start with {support}.\"\n  pattern_heading_couple: \"How therapy comes up between you\"\n  pattern_heading_solo: \"How therapy comes up, as you see it\"\n  guesses_heading: \"How you guessed each other's readiness\"\n  guesses_heading_solo: \"Your guess at your partner's readiness\"\n  worries_heading_couple: \"What holds each of you back (0 to 100; higher weighs more)\"\n  worries_heading_solo: \"What holds you back (0 to 100; higher weighs more)\"\n  why_this: \"Why this? {reasons}\"\n  why_this_text: \"Why this: {reasons}\"\n  steps_label: \"Steps:\"\n  more_ideas_list: \"More ideas: {titles}.\"\n  report_made_on: \"Made on {date} with the content `{id}`, version {version} (questions {fingerprint}).\"\n\nkeys:\n  move: \"move\"\n  choose: \"choose\"\n  privacy: \"privacy\"\n  help: \"help\"\n  quit: \"quit\"\n  resume: \"resume\"\n  discard: \"discard and start again\"\n  next_field: \"next field\"\n  continue: \"continue\"\n  quick_exit: \"quick exit\"\n  review: \"review\"\n  start: \"start\"\n  scroll: \"scroll\"\n  change_or_finish: \"change or finish\"\n  back_to_question: \"back to the question\"\n  answer: \"answer\"\n  prefer_not: \"prefer not to say\"\n  back: \"back\"\n  guess: \"guess\"\n  skip: \"skip\"\n  skip_guesses: \"skip the guesses\"\n  next_card: \"next card\"\n  open: \"open\"\n  why: \"why this?\"\n  other_couples: \"other couples\"\n  save: \"save\"\n  start_over: \"start over\"\n  keys: \"keys\"\n  language: \"language\"\n\nkey_names:\n  enter: \"Enter\"\n  esc: \"Esc\"\n  tab: \"Tab\"\n  one_to: \"{first} to {last}\"\n\nscreen:\n  more_below: \"\u{2193} more\"\n  too_small: \"Please make this window larger. samepage needs at least {needed}; it is {size} now. Your place and answers are kept.\"\n  choose_first: \"Choose an answer first: \u{2191}\u{2193} then Enter, or type 1 to 5 (0: prefer not to say).\"\n  no_samples: \"This content has no sample couples (content/samples.yaml).\"\n  progress_problem: \"Your place is not being kept: {cause}.\"\n\nwelcome:\n  header: \"Welcome\"\n  minutes:\n    one: \"It takes about a minute for each person.\"\n    other: \"It takes about {count} minutes for each person.\"\n  question: \"How are you taking it?\"\n  together: \"Together, as a couple\"\n  solo: \"On my own\"\n  demo: \"Demo with sample couples\"\n  language: \"Language: {name}\"\n  language_name: \"English\"\n\nkeeping:\n  no_choice: \"Keep my place: no, nothing is written to disk.\"\n  choice_on: \"[x] Keep my place if interrupted ({key}: keep nothing)\"\n  choice_off: \"[ ] Keep my place if interrupted ({key}: keep it)\"\n  kept: \"Your answers are kept in {path} until you reach the results or discard them. Anyone who uses this computer account, including a partner, can open that file. The check-in is never kept.\"\n  if_kept: \"If you keep your place, your answers are kept in {path} until you reach the results or discard them. Anyone who uses this computer account, including a partner, can open that file. The check-in is never kept.\"\n  nothing: \"Nothing is written to disk. If you quit or are interrupted, your answers are gone.\"\n  private: \"Private mode: nothing is written to disk. If you quit or are interrupted, your answers are gone.\"\n  piped: \"Answers are piped in, so nothing is written to disk.\"\n  other_session: \"samepage is already open on this account, so this window keeps nothing on disk (private mode).\"\n  unwritable: \"Your place cannot be kept on this computer ({cause}), so nothing is written to disk.\"\n\nresume:\n  header: \"Welcome back\"\n  found: \"There is an unfinished session on this computer:\"\n  explain: \"Resume it to pick up where you left off, or discard it to start again. Discarding deletes those answers.\"\n  prompt: \"Press Enter to resume, or d to discard.\"\n  names: \"{first} and {second}\"\n  solo_at: \"{name}, at question {number} of {total}\"\n  solo_done: \"{name}, questions done\"\n  solo_all_done: \"{name}, all questions done\"\n  couple_at: \"{names}: {name}'s turn, at question {number} of {total}\"\n  couple_done: \"{names}: {name}'s turn, questions done\"\n  couple_next: \"{names}: {name}'s turn is next\"\n  couple_all_done: \"{names}: all questions done\"\n\nnames:\n  header: \"Names\"\n  intro: \"Names are optional. Leave a field empty to use the name shown in brackets.\"\n  first: \"First person\"\n  second: \"Second person\"\n  yours: \"Your name\"\n  fallback_first: \"Partner A\"\n  fallback_second: \"Partner B\"\n  fallback_solo: \"You\"\n\nsession:\n  turn_yours: \"Your turn\"\n  turn_named: \"{name}'s turn\"\n  private_yours: \"Private\"\n  private_named: \"{name} \u{b7} private\"\n  question_status: \"{section} \u{b7} Question {number} of {total}\"\n  check_in_status: \"Private check-in \u{b7} {number} of {total}\"\n  welcome_back: \"Welcome back\"\n\nreview:\n  title_yours: \"Your answers \u{b7} review\"\n  title_named: \"{name}'s turn \u{b7} review\"\n  intro: \"Your answers, only for you. Choose one to change it, or choose Done at the end.\"\n  not_answered: \"not answered yet\"\n  does_not_apply: \"Does not apply\"\n  done: \"Done: go on\"\n\nhelp:\n  title: \"Keys here\"\n  quick_exit: \"quick exit: clear and leave now\"\n  close: \"Press any key to close.\"\n  move_choices: \"move between the choices\"\n  welcome_numbers: \"together, on my own, or the demo\"\n  choose: \"choose\"\n  privacy: \"keep my place if interrupted, or keep nothing\"\n  quit: \"quit\"\n  resume: \"resume the unfinished session\"\n  discard: \"discard it and start again\"\n  other_name: \"the other name\"\n  go_on: \"go on\"\n  results_sections: \"summary, readiness, pattern, worries, next steps, support\"\n  scroll: \"scroll\"\n  next_section: \"the next section, or the next card\"\n  open_card: \"open or close the card (next steps)\"\n  why_card: \"why this card?\"\n  why_all: \"why, for every card\"\n  more_ideas: \"more ideas\"\n  save: \"save the report or the answers\"\n  start_over: \"start over (asks first)\"\n  other_samples: \"the other sample couples\"\n  leave: \"leave (asks first)\"\n  answer_go_on: \"answer and go on\"\n  prefer_not: \"prefer not to say\"\n  choose_focused: \"choose the focused answer\"\n  back_one: \"back one question\"\n  forward: \"forward again\"\n  review: \"review your answers\"\n  quit_asks: \"quit (asks first)\"\n  move: \"move\"\n  change_or_finish: \"change that answer, or finish\"\n  back_to_question: \"back to the question\"\n  skip_guesses: \"skip the guesses (where offered)\"\n  language: \"change the language\"\n\nsave:\n  title: \"Save\"\n  report_choice: \"the report (Markdown)\"\n  answers_choice: \"the answers, to compare later\"\n  any_other_key: \"any other key\"\n  cancel: \"cancel\"\n  report_as: \"Save the report as:\"\n  answers_as: \"Save the answers as:\"\n  name_placeholder: \"{marker} becomes each person's name.\"\n  save: \"save\"\n\nquit:\n  title: \"Quit now?\"\n  leave_title: \"Leave now?\"\n  demo: \"Nothing from the demo is kept.\"\n  finished: \"The results are printed as you leave.\"\n  finished_not_printed: \"The results are not printed after you leave. To keep them, save the report first (s).\"\n  keep: \"quit, and keep your answers on this computer to finish later\"\n  discard: \"quit, and discard your answers\"\n  lost: \"Your answers could not be kept: {cause}.\"\n  not_kept: \"Your answers will not be kept.\"\n  resume_kept: \"The unfinished session stays on this computer, as it is.\"\n  leave: \"leave\"\n  quit: \"quit\"\n  stay: \"stay\"\n  start_over_title: \"Start over?\"\n  start_over_text: \"These results will be gone, unless you saved them first.\"\n  start_over: \"start over\"\n\nsummary:\n  gap_line: \"Your readiness: {words}.\"\n  readier: \"{name} feels readier about therapy right now.\"\n  weighs_you: \"What weighs on you: {list}.\"\n  weighs_named: \"{name} weighs: {list}.\"\n  weighs_both: \"Both of you weigh: {list}.\"\n  weighs_none_couple: \"No worry stands out for either of you.\"\n  weighs_none_solo: \"No worry stands out in your answers.\"\n  pattern_couple: \"When therapy comes up: {first}; {second}.\"\n  pattern_solo: \"As you see it: {first}; {second}.\"\n  pattern_solo_one: \"As you see it: {first}.\"\n  step_largest_solo: \"The largest step you said yes to: {largest}. The next one: {next}.\"\n  step_largest_both: \"The largest step you both said yes to: {largest}. The next one: {next}.\"\n  step_top_solo: \"The largest step you said yes to: {largest}.\"\n  step_top_both: \"The largest step you both said yes to: {largest}.\"\n  step_all_solo: \"You said yes to each step, up to {largest}.\"\n  step_all_both: \"You both said yes to each step, up to {largest}.\"\n  step_none_solo: \"You did not say yes to any step toward couples therapy, and that is fine. The smallest one: {next}.\"\n  step_none_both: \"No step toward couples therapy had a yes from both of you, and that is fine. The smallest one: {next}.\"\n  step_alone_named: \"{name} also said yes to: {list}.\"\n  step_alone_yours: \"You also said yes to: {list}.\"\n  strength_both_lean: \"You both lean toward trying therapy.\"\n  strength_you_lean: \"You lean toward trying therapy.\"\n  list_last: \"{first} and {last}\"\n  list_separator: \",\"\n  list_separator_strong: \";\"\n  theme_both: \"both of you weigh this\"\n  theme_neither: \"neither of you weighs this strongly\"\n  theme_light: \"this holds neither of you back much\"\n  theme_one: \"{name} weighs this\"\n  theme_you: \"this weighs on you\"\n  theme_one_not: \"{name} does not weigh this strongly\"\n  theme_none: \"nothing to compare here\"\n\ncycle:\n  named: \"{name} {phrase}\"\n  your_partner: \"your partner\"\n  raises: \"tends to bring it up\"\n  steps_back: \"tends to step back\"\n  both: \"brings it up at times and steps back at others\"\n  neither: \"shows no clear lean either way\"\n  kept_private: \"kept these answers private\"\n  too_few: \"gave too few answers to tell\"\n  you_raise: \"you tend to bring it up\"\n  you_step_back: \"you tend to step back\"\n  you_both: \"you bring it up at times and step back at others\"\n  you_neither: \"you show no clear lean either way\"\n  you_kept_private: \"You kept these answers private.\"\n  you_too_few: \"You gave too few answers to tell.\"\n  raise_and_step_back: >-\n    {raiser} tends to bring therapy up, and {other} tends to step back. Each\n    move makes sense to the one who makes it, and each can set off the other:\n    pressing can lead to pulling back, and pulling back to more pressing. It\n    is a loop you are both in, and it is no one's fault.\n  both_step_back: >-\n    Both of you tend to step back when therapy comes up. That can keep the\n    peace for a while, and it can also mean the subject never gets a real\n    talk. It is a pattern you share, not a fault of either of you.\n  both_raise: >-\n    Both of you tend to bring therapy up. You may each want things to change,\n    and still feel pushed by the other. Taking turns to speak can help each\n    of you feel heard.\n  no_clear: >-\n    Your answers do not show one clear pattern in how therapy comes up.\n    Patterns can be hard to see from the inside, and they change over time.\n  unknown: \"There are not enough answers here to show a pattern.\"\n  solo_you_raise: >-\n    As you see it, you tend to bring therapy up, and your partner tends to\n    step back. Each move can set off the other: pressing can lead to pulling\n    back, and pulling back to more pressing. It is a loop two people are in,\n    and it is no one's fault.\n  solo_partner_raises: >-\n    As you see it, your partner tends to bring therapy up, and you tend to\n    step back. Each move can set off the other: pressing can lead to pulling\n    back, and pulling back to more pressing. It is a loop two people are in,\n    and it is no one's fault.\n  solo_both_step_back: >-\n    As you see it, you and your partner both tend to step back when therapy\n    comes up. That can keep the peace, and it can also mean the subject never\n    gets a real talk.\n  solo_both_raise: >-\n    As you see it, you and your partner both tend to bring therapy up. You may\n    each want things to change, and still feel pushed by the other.\n  solo_scores: \"Going by your answers, from 0 to 100: you, raising it {raise} and stepping back {step_back}; your partner, raising it {partner_raise} and stepping back {partner_step_back}.\"\n  parts_heading: \"Each one's part\"\n  part_scores: \"{part} (raising it: {raise}; stepping back: {step_back}).\"\n  part_alone: \"{part}.\"\n  views_heading: \"How each of you sees it\"\n  view: \"As {name} sees it: {first}; {second}.\"\n  view_one: \"As {name} sees it: {first}.\"\n  views_differ: \"Your views of it are not the same. That is something to talk about, not to settle.\"\n\ncards:\n  for_both: \"For both of you\"\n  common: \"A common question\"\n  for_you: \"For you\"\n  for_names: \"For {names}\"\n\nwhy:\n  every_couple: \"Shown to every couple.\"\n  each_of_you: \"Shown to each of you.\"\n  alone: \"For a person answering on their own.\"\n  quoted: \"\u{201c}{text}\u{201d}\"\n  pace_both: \"Steps beyond \u{201c}{next}\u{201d}, and any step one of you said no to, are left out for now.\"\n  pace_yours: \"Steps beyond \u{201c}{next}\u{201d}, and any step you said no to, are left out for now.\"\n  common: \"A common question, shown to everyone.\"\n  pairing: \"The pairing is {label}: readiness {scores}, {gap} apart; {rule}.\"\n  score: \"{name} {score}\"\n  theme_named: \"{theme} is one of {name}'s top worries (level {level}; {high} or more counts).\"\n  theme_yours: \"{theme} is one of your top worries (level {level}; {high} or more counts).\"\n  band_named: \"{name}'s readiness is {score}, which reads as {band} ({range}).\"\n  band_yours: \"Your readiness is {score}, which reads as {band} ({range}).\"\n  partner_stance: \"You said: {answer}.\"\n  side_raise_named: \"{name} tends to raise therapy, going by what both of you said (raising it: {score}; {high} or more counts).\"\n  side_raise_yours: \"You tend to raise therapy, going by your answers (raising it: {score}; {high} or more counts).\"\n  side_step_back_named: \"{name} tends to step back when therapy comes up, going by what both of you said (stepping back: {score}; {high} or more counts).\"\n  side_step_back_yours: \"You tend to step back when therapy comes up, going by your answers (stepping back: {score}; {high} or more counts).\"\n  readier: \"{name} feels readier about therapy right now: readiness {own} against {other}, a gap of {gap} ({wide} or more, with the lower score below {middle}).\"\n  less_ready: \"{name} feels less ready about therapy right now: readiness {own} against {other}, a gap of {gap} ({wide} or more, with the lower score below {middle}).\"\n  rule_both_ready: \"both readiness scores are {ready} or more\"\n  rule_both_not_now: \"both readiness scores are {not_now} or less\"\n  rule_close: \"the readiness scores are at most {close} apart\"\n  rule_apart: \"the readiness scores are at least {wide} apart\"\n  rule_any: \"the label used when {labels} do not fit\"\n  range_at_least: \"{value} or more\"\n  range_at_most: \"{value} or less\"\n  range_between: \"{low} to {high}\"\n\nperception:\n  too_few: \"{guesser} made too few guesses to compare.\"\n  solo: \"You guessed your partner's readiness at {guess}. Asking how they see it could be a gentle way to start.\"\n  close: \"{guesser} guessed {other}'s readiness at {guess}, close to {other}'s own {actual}.\"\n  higher: \"{guesser} guessed {guess}, and {other}'s own answers give {actual}, higher than the guess. A gap like this is something to be curious about together.\"\n  lower: \"{guesser} guessed {guess}, and {other}'s own answers give {actual}, lower than the guess. A gap like this is something to be curious about together.\"\n\nsupport:\n  call: \"Call {value}\"\n  text: \"Text {value}\"\n  chat: \"Chat at {value}\"\n  tty: \"TTY {value}\"\n  for: \"For {audience}. {hours}.\"\n  for_report: \"For {audience}; {hours}.\"\n  closing: \"Press Enter when you are ready to go on.\"\n\nplain:\n  keep_ask: \"Keep your place? Type y to keep it (or press Enter), or n to keep nothing: \"\n  keep_ask_couple: \"Keep your place? Type y to keep it, or n to keep nothing (or press Enter): \"\n  keep_again: \"Please type y to keep your place, or n to keep nothing: \"\n  cannot_clear: \"This terminal cannot clear its screen, so each person's answers may stay in view for the other. To answer in private, each of you can run samepage --solo --save FILE on your own, then samepage compare FILE1 FILE2.\"\n  mode_ask: \"Type 1 or 2: \"\n  mode_again: \"Please type 1 for together or 2 for on your own.\"\n  names_intro: \"Names are optional. Press Enter to keep the one in brackets.\"\n  name_first: \"First person's name\"\n  name_second: \"Second person's name\"\n  how_to: \"Type 1 to 5 to answer, 0 for \\\"{prefer_not}\\\", b to go back, q to quit.\"\n  answer_ask: \"Your answer: \"\n  answer_again: \"Please type a number from 0 to {highest}, b to go back, or q to quit.\"\n  end: \"You have reached the end of the questions.\"\n  review_how: \"To change an answer, type its question number (1 to {count}). Press Enter to go on.\"\n  review_ask: \"Question number, or Enter: \"\n  review_again: \"Please type a number from 1 to {count}, or press Enter to go on.\"\n  guess_couple: \"One last, optional step: guess how each other answered a few questions about readiness. The results then show each guess next to the real answers.\"\n  guess_solo: \"One last, optional step: guess how your partner would answer a few questions about readiness. The results show your guess, to talk over with them if you like.\"\n  guess_ask: \"Type y to guess, or press Enter to skip: \"\n  quit_lost: \"Quit now? Your answers could not be kept ({cause}). Type y to quit, or press Enter to go on: \"\n  quit_keep: \"Quit now? Type k to keep your answers on this computer and finish later, d to discard them, or press Enter to go on: \"\n  quit_nothing: \"Quit now? Nothing will be kept. Type y to quit, or press Enter to go on: \"\n  resume_ask: \"Type r (or press Enter) to resume it, or d to discard it and start again: \"\n  resume_again: \"Please type r to resume or d to discard: \"\n  not_kept: \"(Your place is not being kept: {cause}.)\"\n  question_header: \"Question {number} of {total} \u{b7} {section}\"\n  check_in_header: \"Private check-in {number} of {total}\"\n  skip_guesses: \"Type s to skip the guesses.\"\n  guess_header: \"Guess {number} of {total} \u{b7} {about}\"\n\nending:\n  nothing_saved: \"Nothing was saved.\"\n  kept_so_far: \"Your answers so far are kept in {path}; run samepage again to pick up where you left off.\"\n  earlier_copy: \"An earlier copy of your progress is still in {path}.\"\n  nothing_kept: \"Nothing was kept.\"\n  latest_not_kept: \"Your latest answers could not be kept ({cause}). {then}\"\n  input_ended_nothing: \"Input ended before the questionnaire was finished, so nothing was saved.\"\n  input_ended: \"Input ended before the questionnaire was finished. {kept}\"\n  quit: \"You quit before the end. {kept}\"\n  quit_discarded: \"You quit, and your answers were discarded.\"\n  stopped: \"Stopped before the end. {kept}\"\n  still_kept: \"Your answers are still kept on this computer: run samepage again with --save and another name to save them.\"\n  not_saved: \"Your answers were not saved.\"\n  saved_in: \"Your answers are saved in {path} (readable by this account only).\"\n  another_name: \"Type another file name for your answers, or press Enter to leave them unsaved:\"\n  appeared: \"{path} appeared while you answered, so it was not replaced. Type another name.\"\n  no_folder: \"Cannot save to {path}: the folder does not exist or is not writable.\"\n  line_by_line: \"samepage: {reason}, so the questions are asked line by line.\"\n  no_home: \"there is no home folder (HOME is not set)\"\n  demo_no_samples: \"This content has no sample couples ({file}), so there is nothing to show.\"\n  translation_broken: \"samepage: the translation in {folder} cannot be used, so this session is in the folder's own language; `samepage validate {root}` says what to fix.\"\n  demo_heading: \"=== Sample couple {number} of {total}: {title} ===\"\n\nsaving:\n  nothing_yet: \"There is nothing to save yet.\"\n  same_name: \"Both files would have the same name; put {marker} in it.\"\n  saved_in: \"Saved in {paths} (readable by this account only).\"\n  offer: \"To save, type r for a report or a for the answers; press Enter to finish:\"\n  offer_again: \"Please type r, a, or press Enter.\"\n  marker_note: \"({marker} becomes each person's name.)\"\n  file_name: \"File name [{default}]:\"\n  report_saved_in: \"The report is saved in {path}.\"\n\nvalidate:\n  valid: \"{folder}: the content is valid ({questions} questions, {themes} themes, {cards} cards).\"\n  stale: \"warning: checkin.yaml: {stale} of {total} support lines were last checked over a year ago (the oldest, {oldest}, on {day}); check their numbers on each service's own page again.\"\n\nfiles:\n  cannot_write: \"Could not save {path}: {cause}.\"\n  exists: \"{path} already exists; choose another name or move that file first.\"\n  missing: \"{path} does not exist.\"\n  unreadable: \"Could not read {path}: {cause}.\"\n  cause_exists: \"the file already exists\"\n  cause_missing: \"the file does not exist\"\n  answers_too_large: \"{path} is larger than 1 MB, so it is not a samepage answers file; it was not read.\"\n  progress_too_large: \"{path} is larger than a progress file can be.\"\n  empty: \"{path} is empty, not a samepage answers file.\"\n  not_json: \"{path} is not a samepage answers file (it is not valid JSON of that form).\"\n  wrong_format: \"{path} is not a samepage answers file (its \\\"format\\\" is not \\\"{format}\\\").\"\n  no_version: \"{path} has no version number, so it cannot be read safely.\"\n  newer: \"{path} was saved by a newer samepage (version {version}); update samepage to read it.\"\n  unknown_version: \"{path} has an unknown version ({version}).\"\n  repeated_key: \"{path} has the key '{key}' twice, so it was edited or damaged and cannot be scored.\"\n  damaged: \"{path} is damaged: its name, content or answers are missing or not whole numbers from 0 to 5.\"\n  other_questions: \"{path} was made with different questions ('{id}') than the content in use, so it cannot be scored with it.\"\n  unknown_question: \"{path} has an answer for '{id}', which is not a question in the content in use.\"\n  bad_answer: \"{path} has the answer {code} for '{id}'; answers are whole numbers from 0 to 5 (6 where a question does not apply).\"\n  missing_answer: \"{path} has no answer for '{id}' (a skipped question is saved as 0), so it was edited or damaged and cannot be scored.\"\n  folder: \"{path} is a folder, not an answers file.\"\n  not_regular: \"{path} is not a regular file, so it was not read.\"\n  not_a_folder: \"{path} is not a folder\"\n  path_cause: \"{path}: {cause}\"\n  progress_unreadable: \"The saved progress in {path} could not be read or moved aside, so a new session starts and that file is left as it was.\"\n  progress_set_aside: \"The saved progress in {path} could not be used (damaged, or made for other questions), so it was kept as {aside} and a new session starts.\"\n  progress_note: \"samepage: {note}\"\n\nterminal:\n  no_term: \"the terminal type (TERM) is not set or is 'dumb'\"\n  no_tty: \"no terminal could be opened ({cause})\"\n  unknown: \"the terminal type '{term}' is not known here\"\n  setup: \"the terminal could not be set up\"\n  charset: \"samepage: this locale's character set ({charset}) cannot show these words, so the screens use UTF-8.\"\n"),
            File(name: "meta.yaml", bytes: "id: samepage-default\nversion: 4\ntitle: Are we on the same page?\nminutes: 10\nwelcome: >-\n  This is a short set of questions for couples who are thinking about couples\n  therapy. Each of you answers alone, in private. Then you both see your answers\n  side by side, so you can talk about a next step together.\nprivacy: >-\n  Nothing you type leaves this computer.\ndisclaimer: >-\n  This gives you information. It is not therapy or advice, and it does not take\n  the place of a trained professional.\nresults_intro: >-\n  This shows patterns in how you both answered. It does not say who is right.\n  Use it as a place to start a calm talk.\nsolo_results_intro: >-\n  This shows what you said about trying therapy and what holds you back. It is\n  a picture of right now, not a verdict, and it can change.\nnot_enough: not enough answers to say\n"),
            File(name: "pairing.yaml", bytes: "# Numbers that turn scores (0-100) into words. See README.md for how each is used.\nthresholds:\n  not_now: 40         # readiness at or below this is \"not now\"\n  ready: 65           # at or above this is \"ready to try\" (must be above not_now)\n  close_gap: 15       # a readiness gap at or below this is \"about the same\"\n  far_gap: 40         # from this gap on, \"far apart\"; in between, \"somewhat apart\"\n  wide_gap: 25        # from this gap on, and with the lower score below the middle, the results say\n                      # who feels readier right now (one answer moves a score by about 3)\n  middle: 50          # above the middle a person leans toward trying\n  theme_high: 60      # a worry at or above this weighs on a person (clearly above the middle)\n  side_high: 60       # a side of how therapy comes up (raising it, stepping back) at or above this\n                      # describes a person (clearly above the middle)\n  top_themes: 2       # top worries per person\n  min_answers:\n    readiness: 4\n    theme: 2\n    side: 1\n# The readiness bands, low to high. The words must fit every score in the band; \"not now\" is a real\n# choice, not a failure.\nbands:\n  not-now:\n    name: Not now\n    summary: >-\n      For now, you do not feel ready to try couples therapy. That is a real\n      choice, and it is yours to make.\n  open:\n    name: Open to learning more\n    summary: >-\n      You are open to the idea, and you may still have questions or doubts.\n      You can learn more before you decide, with no promise to go.\n  ready:\n    name: Ready to try\n    summary: >-\n      You feel willing to try couples therapy. Any worries you still have are\n      worth sharing when you start.\n# The gap between two readiness scores, in words about readiness (never a \"match\" score, and never\n# about the relationship). They end \"Your readiness: \u{2026}\" and \"A gap of 40: \u{2026}\".\ngaps:\n  close: about the same right now\n  apart: a little different right now\n  far: different right now\n# Checked in this order; the first label that fits is used. The last must be \"when: any\".\nlabels:\n  - id: ready-together\n    name: Ready together\n    when: both-ready\n    summary: >-\n      You both feel willing to try couples therapy. You can choose a first step\n      side by side.\n  - id: both-unsure\n    name: Neither feels ready\n    when: both-not-now\n    summary: >-\n      Right now, neither of you feels ready to try couples therapy. That is a\n      real choice. If it changes, you can start small, at your own pace.\n  - id: close\n    name: A similar pace\n    when: close\n    summary: >-\n      You feel about the same about trying therapy, even if your worries are\n      not the same. That can make it easier to talk about what, if anything,\n      comes next.\n  - id: different-paces\n    name: Different paces\n    when: any\n    summary: >-\n      Your readiness is not the same right now. This happens to many couples.\n      It is a place you can start from, not a sign that something is wrong.\n"),
            File(name: "questions.yaml", bytes: "# Readiness: how willing and hopeful each person feels about trying couples therapy. The items with\n# guess: true (at most three) are the ones the optional round of guesses asks about.\n# Themes: seven common reasons a person may hold back. Agreeing with an item means\n# more of that hesitation, unless the item says reverse: true (then agreeing means less).\n# Pattern: how therapy comes up between you, in mirrored pairs (one item about me, one about my partner);\n# each item has a side (raise: brings it up or presses; step-back: goes quiet or needs space). Not reversed.\n# Steps: a ladder of next steps, smallest first, answered on the same agreement scale.\n# Solo: asked first of a person taking it alone, about their partner. Its answer chooses cards with the\n# 'stance' rule in cards.yaml (open, declines, unaware); it is never asked in a couple's session.\nsolo_partner:\n  id: solo-partner\n  name: About your partner\n  text: Does your partner know you are doing this, and how do they feel about therapy?\n  choices:\n    open: They know, and they are open to it\n    declines: They know, and they do not want to take part\n    unaware: They do not know I am doing this\nreadiness:\n  name: Readiness\n  about: How open you feel to trying couples therapy right now.\n  items:\n    - id: ready-hope-help\n      text: I think a good therapist could help us talk with each other.\n      guess: true\n    - id: ready-rather-wait\n      text: I would rather wait before taking any step toward couples therapy.\n      reverse: true\n    - id: ready-curious\n      text: I am curious about what couples therapy could do for us.\n      guess: true\n    - id: ready-want-change\n      text: I would like the way we handle hard talks to change.\n    - id: ready-not-now\n      text: Right now, I would rather not talk about therapy at all.\n      reverse: true\n      guess: true\n    - id: ready-no-use\n      text: I doubt that seeing a therapist would change much for us.\n      reverse: true\npattern:\n  name: How therapy comes up\n  about: These statements are about what happens between you and your partner when therapy comes up.\n  items:\n    - id: pattern-raise-me\n      pair: raise\n      side: raise\n      who: me\n      text: I have brought up therapy with my partner more than once.\n    - id: pattern-raise-partner\n      pair: raise\n      side: raise\n      who: partner\n      text: My partner has brought up therapy with me more than once.\n    - id: pattern-press-me\n      pair: press\n      side: raise\n      who: me\n      text: When my partner pulls back from talking about therapy, I press harder.\n    - id: pattern-press-partner\n      pair: press\n      side: raise\n      who: partner\n      text: When I pull back from talking about therapy, my partner presses harder.\n    - id: pattern-quiet-me\n      pair: quiet\n      side: step-back\n      who: me\n      text: When therapy comes up, I go quiet or change the subject.\n    - id: pattern-quiet-partner\n      pair: quiet\n      side: step-back\n      who: partner\n      text: When therapy comes up, my partner goes quiet or changes the subject.\n    - id: pattern-space-me\n      pair: space\n      side: step-back\n      who: me\n      text: When therapy comes up, I need time and space before I can talk about it.\n    - id: pattern-space-partner\n      pair: space\n      side: step-back\n      who: partner\n      text: When therapy comes up, my partner needs time and space before talking about it.\nthemes:\n  - id: blame\n    name: Fear of blame\n    about: >-\n      Worry about being blamed is a way to protect yourself, and it makes sense\n      to want a fair hearing.\n    items:\n      - id: blame-the-problem\n        text: I worry that therapy would make me look like the problem.\n      - id: blame-take-sides\n        text: I worry a therapist would take my partner's side.\n      - id: blame-fair\n        text: I trust that a therapist would be fair to both of us.\n        reverse: true\n  - id: past-therapy\n    name: Past therapy\n    about: >-\n      What happened in therapy before, good or hard, shapes how you feel about\n      trying again. Being careful is a way to look after yourself.\n    gate:\n      id: past-therapy-gate\n      text: I have seen a therapist or counsellor before, on my own or with a partner.\n    items:\n      - id: past-therapy-worse\n        text: Therapy I had in the past left me feeling worse, not better.\n      - id: past-therapy-unsafe\n        text: I have been in therapy where I did not feel safe to speak.\n      - id: past-therapy-wary\n        text: Because of what happened before, I am wary of trying therapy again.\n      - id: past-therapy-helped\n        text: Therapy I had before was helpful to me in some way.\n        reverse: true\n  - id: overwhelm\n    name: Feeling overwhelmed\n    about: >-\n      Holding back from hard talks is often a way to protect yourself and the\n      people you love. Many people do it.\n    items:\n      - id: overwhelm-too-much\n        text: Talking about our problems can feel like too much for me.\n      - id: overwhelm-embarrassed\n        text: It would feel awkward to tell a stranger about our private life.\n      - id: overwhelm-can-talk\n        text: I feel able to talk about hard things with my partner.\n        reverse: true\n  - id: vulnerability\n    name: Showing feelings\n    about: >-\n      What we learned growing up about showing feelings shapes us, and it often\n      helped us cope.\n    items:\n      - id: vulnerability-gender\n        text: I grew up hearing that people of my gender should not show their feelings.\n      - id: vulnerability-others-think\n        text: People close to me would think less of us if we went to therapy.\n      - id: vulnerability-strength\n        text: I see asking for help with feelings as a sign of strength.\n        reverse: true\n  - id: crisis-only\n    name: Only for a crisis\n    about: >-\n      Feeling that you can sort things out yourselves often comes from pride in\n      what you have built together.\n    items:\n      - id: crisis-only-not-bad\n        text: Things between us are not bad enough to need therapy.\n      - id: crisis-only-broken\n        text: Going to therapy would mean something is broken between us.\n      - id: crisis-only-doing-fine\n        text: Therapy can help couples who are doing fine, too.\n        reverse: true\n  - id: ganged-up\n    name: Fear of being outnumbered\n    about: >-\n      Wanting to keep your own say in your life is healthy, and it is natural\n      to guard it.\n    items:\n      - id: ganged-up-two-on-one\n        text: I worry it would feel like two people against one.\n      - id: ganged-up-pushed\n        text: I worry I would be pushed to change who I am.\n      - id: ganged-up-equal-say\n        text: I believe I would have an equal say in what we work on.\n        reverse: true\n  - id: practical\n    name: Cost, time and finding help\n    about: >-\n      Money, busy weeks and finding the right person are real limits. It is\n      wise to think about them.\n    items:\n      - id: practical-cost\n        text: I worry that therapy would cost more than we can afford.\n      - id: practical-time\n        text: It would be hard for me to find time for sessions.\n      - id: practical-know-where\n        text: I know where I could look for a couples therapist.\n        reverse: true\nsteps:\n  name: Next steps\n  about: Which steps you would be willing to take. None of them is a promise.\n  items:\n    - id: step-read\n      step: Read about it\n      text: I would be willing to read about how couples therapy works.\n    - id: step-call\n      step: A short call with a therapist\n      text: I would be willing to have a short first call with a therapist.\n    - id: step-one-session\n      step: One session together\n      text: I would be willing to try one session together, with no promise of more.\n    - id: step-regular\n      step: Regular sessions together\n      text: I would be willing to go to sessions together for a few months.\n    - id: step-on-my-own\n      step: Sessions on my own\n      alone: true\n      text: I would be willing to see a therapist on my own about our relationship.\n"),
            File(name: "samples.yaml", bytes: "# Sample couples for the demo (samepage --demo). They are made up. Each partner gives a level from 0 to 5\n# for each section: every item of that section is answered at that level, with reverse items mirrored\n# (so a level of 5 always means \"very much so\"), and 0 means \"prefer not to say\" throughout.\n# Levels turn into scores as 1 = 0, 2 = 25, 3 = 50, 4 = 75, 5 = 100, so readiness 1-2 is \"Not now\",\n# 3 is \"Open to learning more\" and 4-5 is \"Ready to try\".\n# How therapy comes up ('pattern') takes four levels: 'raise' and 'step-back' for the person's own\n# side, 'partner-raise' and 'partner-step-back' for how they see their partner's.\n# One couple per pairing label: ready-together, close, different-paces, both-unsure; and one per pattern:\n# both raise it (Maya and Jon), both step back (Ana and Luis), one raises it while the other steps back\n# (Sam and Alex), no clear pattern (Kai and Noor). Lee and Robin show a gap under the line where roles\n# are named, and a ladder they share only in part: 'answers' sets single items otherwise than their level.\n# 'guess' (optional, 0 to 5 like a level) is the level a partner guesses the other's readiness at, as the\n# optional round of guesses would record it; the demo shows these guesses beside the real answers.\ncouples:\n  - id: maya-and-jon\n    title: Maya and Jon, both ready to try\n    about: >-\n      Both want help with how they argue. Jon had a hard time with a counsellor\n      years ago, and his work hours make it hard to find time.\n    partners:\n      - name: Maya\n        guess: 4\n        levels:\n          readiness: 5\n          pattern: {raise: 4, step-back: 1, partner-raise: 4, partner-step-back: 2}\n          blame: 2\n          past-therapy: 1\n          overwhelm: 2\n          vulnerability: 1\n          crisis-only: 1\n          ganged-up: 1\n          practical: 2\n          steps: 5\n      - name: Jon\n        guess: 4\n        levels:\n          readiness: 4\n          pattern: {raise: 4, step-back: 2, partner-raise: 4, partner-step-back: 1}\n          blame: 2\n          past-therapy: 4\n          overwhelm: 2\n          vulnerability: 2\n          crisis-only: 1\n          ganged-up: 2\n          practical: 4\n          steps: 4\n\n  - id: ana-and-luis\n    title: Ana and Luis, at a similar pace\n    about: >-\n      Neither is against the idea. Both find hard talks draining, and they are\n      not sure what therapy would cost.\n    partners:\n      - name: Ana\n        levels:\n          readiness: 3\n          pattern: {raise: 2, step-back: 4, partner-raise: 2, partner-step-back: 4}\n          blame: 2\n          past-therapy: 1\n          overwhelm: 4\n          vulnerability: 3\n          crisis-only: 2\n          ganged-up: 2\n          practical: 4\n          steps: 3\n      - name: Luis\n        levels:\n          readiness: 3\n          pattern: {raise: 1, step-back: 4, partner-raise: 2, partner-step-back: 4}\n          blame: 3\n          past-therapy: 2\n          overwhelm: 4\n          vulnerability: 2\n          crisis-only: 3\n          ganged-up: 2\n          practical: 3\n          steps: 3\n\n  - id: sam-and-alex\n    title: Sam and Alex, at different paces\n    about: >-\n      Sam has asked about therapy many times. Alex does not want to try it now,\n      and worries about being seen as the problem.\n    partners:\n      - name: Sam\n        guess: 1\n        levels:\n          readiness: 5\n          pattern: {raise: 5, step-back: 1, partner-raise: 1, partner-step-back: 5}\n          blame: 1\n          past-therapy: 2\n          overwhelm: 2\n          vulnerability: 1\n          crisis-only: 1\n          ganged-up: 1\n          practical: 2\n          steps: 5\n      - name: Alex\n        guess: 4\n        levels:\n          readiness: 2\n          pattern: {raise: 1, step-back: 4, partner-raise: 5, partner-step-back: 2}\n          blame: 5\n          past-therapy: 2\n          overwhelm: 3\n          vulnerability: 3\n          crisis-only: 2\n          ganged-up: 4\n          practical: 2\n          steps: 2\n\n  - id: kai-and-noor\n    title: Kai and Noor, neither ready now\n    about: >-\n      Things feel fine most days. Both grew up with the idea that you keep\n      problems at home, and both would rather not try therapy for now.\n    partners:\n      - name: Kai\n        levels:\n          readiness: 2\n          pattern: {raise: 2, step-back: 2, partner-raise: 2, partner-step-back: 3}\n          blame: 2\n          past-therapy: 1\n          overwhelm: 2\n          vulnerability: 5\n          crisis-only: 4\n          ganged-up: 2\n          practical: 3\n          steps: 2\n      - name: Noor\n        levels:\n          readiness: 1\n          pattern: {raise: 2, step-back: 3, partner-raise: 2, partner-step-back: 2}\n          blame: 1\n          past-therapy: 1\n          overwhelm: 3\n          vulnerability: 4\n          crisis-only: 5\n          ganged-up: 1\n          practical: 1\n          steps: 1\n\n  - id: lee-and-robin\n    title: Lee and Robin, a little apart\n    about: >-\n      Lee would like to try a first call with a therapist. Robin is willing to\n      read about it first, and wonders if things are bad enough to need help.\n    partners:\n      - name: Lee\n        guess: 2\n        levels:\n          readiness: 4\n          pattern: {raise: 3, step-back: 2, partner-raise: 2, partner-step-back: 3}\n          blame: 2\n          past-therapy: 1\n          overwhelm: 2\n          vulnerability: 2\n          crisis-only: 2\n          ganged-up: 1\n          practical: 4\n          steps: 4\n      - name: Robin\n        guess: 4\n        levels:\n          readiness: 3\n          pattern: {raise: 2, step-back: 3, partner-raise: 3, partner-step-back: 2}\n          blame: 3\n          past-therapy: 1\n          overwhelm: 3\n          vulnerability: 2\n          crisis-only: 4\n          ganged-up: 2\n          practical: 2\n          steps: 2\n        # A gap of 17 (75 against 58), and a ladder shared only at its first step.\n        answers: {ready-hope-help: 4, ready-curious: 4, step-read: 4}\n"),
            File(name: "scale.yaml", bytes: "choices:\n  - Strongly disagree\n  - Disagree\n  - Not sure\n  - Agree\n  - Strongly agree\nprefer_not: Prefer not to say\n"),
        ], content: set0),
        Set(files: [
            File(name: "cards.yaml", bytes: "# Cartes de conseils. Chaque carte a un public (\u{ab}\u{a0}for\u{a0}\u{bb}) et des r\u{e8}gles facultatives (\u{ab}\u{a0}when\u{a0}\u{bb}).\n# Une carte est montr\u{e9}e quand toutes les r\u{e8}gles de \u{ab}\u{a0}when\u{a0}\u{bb} sont vraies. Voir README.md pour les d\u{e9}tails.\ncards:\n  # ---- Pour le couple\u{a0}: une carte par \u{e9}tiquette de rythme ----\n  - id: couple-ready-together\n    for: couple\n    when:\n      pairing: ready-together\n    title: Une m\u{ea}me envie d'essayer\n    text: >-\n      Vous deux avez envie d'essayer la th\u{e9}rapie de couple. Cela rend les\n      premiers pas plus faciles. Vous pouvez maintenant choisir comment\n      commencer, c\u{f4}te \u{e0} c\u{f4}te.\n    steps:\n      - Que chaque personne fasse une courte liste de ce qu'elle esp\u{e8}re voir changer.\n      - text: Cherchez ensemble deux ou trois th\u{e9}rapeutes de couple.\n        pace: step-read\n      - text: Prenez rendez-vous pour un premier \u{e9}change, \u{e0} un moment qui convient \u{e0} vous deux.\n        pace: step-call\n      - Choisissez ensemble un petit geste de douceur \u{e0} vous offrir cette semaine.\n\n  - id: couple-both-unsure\n    for: couple\n    when:\n      pairing: both-unsure\n    title: Pas maintenant, pour vous deux\n    text: >-\n      Pour vous deux, ce n'est pas le moment d'essayer la th\u{e9}rapie de couple.\n      C'est un vrai choix, et vous n'avez rien \u{e0} d\u{e9}cider. Si un jour vous le\n      voulez, vous pourrez d'abord en apprendre plus, sans promettre d'y aller.\n    steps:\n      - Partagez ce qui compte le plus pour vous en ce moment.\n      - text: Si \u{e7}a vous int\u{e9}resse, lisez comment quelques th\u{e9}rapeutes d\u{e9}crivent leur travail.\n        pace: step-read\n      - Si vous le voulez, choisissez un jour pour en reparler.\n\n  - id: couple-close\n    for: couple\n    when:\n      pairing: close\n    title: Un regard semblable\n    text: >-\n      Vos r\u{e9}ponses sur l'id\u{e9}e d'essayer la th\u{e9}rapie sont proches. Vos\n      inqui\u{e9}tudes sont peut-\u{ea}tre diff\u{e9}rentes, alors il vaut la peine de bien les\n      \u{e9}couter. Comme vos r\u{e9}ponses se ressemblent, il est plus facile de choisir\n      ensemble une prochaine \u{e9}tape.\n    steps:\n      - Regardez vos inqui\u{e9}tudes c\u{f4}te \u{e0} c\u{f4}te et parlez de l'une d'elles.\n      - Choisissez une chose que vous voulez savoir, vous deux, avant de d\u{e9}cider.\n      - Mettez-vous d'accord sur une petite prochaine \u{e9}tape et sur un jour pour la faire.\n\n  - id: couple-different-paces\n    for: couple\n    when:\n      pairing: different-paces\n    title: Vous avancez \u{e0} des rythmes diff\u{e9}rents\n    text: >-\n      Vous ne voyez pas la th\u{e9}rapie de la m\u{ea}me fa\u{e7}on en ce moment. Cela arrive\n      \u{e0} beaucoup de couples. \u{c7}a ne veut pas dire que quelqu'un a tort, et c'est\n      un bon point de d\u{e9}part. En th\u{e9}rapie, on peut vous aider \u{e0} trouver un\n      rythme qui convient \u{e0} vous deux.\n    steps:\n      - Laissez chaque personne dire ce qu'elle ressent, sans l'interrompre.\n      - Demandez-vous l'un \u{e0} l'autre ce qui vous aiderait \u{e0} vous sentir plus en s\u{e9}curit\u{e9}.\n      - \"Mettez-vous d'accord\u{a0}: personne n'a \u{e0} d\u{e9}cider aujourd'hui.\"\n\n  # ---- Pour chaque personne qui a tendance \u{e0} aborder le sujet (la r\u{e8}gle \u{ab} side \u{bb}; en couple seulement) ----\n  - id: raise-curiosity\n    for: partner\n    when:\n      side: raise\n    title: La curiosit\u{e9} plut\u{f4}t que le contr\u{f4}le\n    text: >-\n      Quand le sujet de la th\u{e9}rapie revient souvent, il peut finir par\n      ressembler \u{e0} une exigence, m\u{ea}me quand c'est un espoir. La curiosit\u{e9}\n      laisse plus de place \u{e0} vous deux. Vous pourriez dire\u{a0}: \u{ab}\u{a0}J'aimerais\n      qu'on apprenne \u{e0} mieux se comprendre, toi et moi. Peut-\u{ea}tre qu'une\n      th\u{e9}rapie nous aiderait \u{e0} y arriver.\u{a0}\u{bb}\n    steps:\n      - Choisissez un moment calme, pas juste apr\u{e8}s une discussion difficile.\n      - Dites-le une fois, \u{e0} votre fa\u{e7}on, puis laissez l'id\u{e9}e faire son chemin.\n      - Demandez \u{e0} votre partenaire son avis, et \u{e9}coutez sans chercher \u{e0} convaincre.\n\n  - id: raise-boundary\n    for: partner\n    when:\n      side: raise\n    title: Une limite, pas un ultimatum\n    text: >-\n      Vous pouvez dire ce dont vous avez besoin et pourquoi c'est important\n      pour vous. Une limite dit \u{e0} votre partenaire o\u{f9} vous en \u{ea}tes, sans menace\n      ni \u{e9}ch\u{e9}ance. Elle laisse le choix ouvert, pour que la discussion reste\n      honn\u{ea}te.\n    steps:\n      - \u{c9}crivez une phrase qui commence par \u{ab}\u{a0}J'ai besoin\u{a0}\u{bb} et qui dit ce qui compte pour vous.\n      - Relisez-la et enlevez tout \u{ab}\u{a0}sinon\u{a0}\u{bb} et toute \u{e9}ch\u{e9}ance.\n      - Dites-la une fois, dans un moment calme, et laissez \u{e0} votre partenaire le temps de r\u{e9}pondre.\n\n  - id: raise-own-therapy\n    for: partner\n    when:\n      side: raise\n    title: Une th\u{e9}rapie pour vous\n    text: >-\n      Vous pouvez consulter de votre c\u{f4}t\u{e9} pour mieux voir comment vous agissez\n      et r\u{e9}agissez dans vos relations. Pas besoin d'attendre que votre\n      partenaire se joigne \u{e0} vous. Ce que vous comprenez de votre part de la\n      dynamique peut changer ce qui se passe entre vous.\n    steps:\n      - text: Trouvez deux th\u{e9}rapeutes qui abordent les dynamiques de couple en s\u{e9}ance individuelle.\n        pace: step-on-my-own\n      - Notez un moment r\u{e9}cent o\u{f9} parler de th\u{e9}rapie a mal tourn\u{e9}, et ce que vous avez ressenti.\n      - text: Prenez rendez-vous pour un premier appel avec l'une de ces personnes.\n        pace: step-on-my-own\n\n  - id: raise-one-consult\n    for: partner\n    pace: step-one-session\n    when:\n      side: raise\n    title: Une seule consultation, pour voir\n    text: >-\n      Une seule consultation, c'est une fa\u{e7}on de voir de quoi il s'agit et de\n      poser des questions. Elle ne promet pas de deuxi\u{e8}me rencontre. Ensuite,\n      chaque personne d\u{e9}cide librement de la suite, s'il y en a une.\n    steps:\n      - text: Trouvez des th\u{e9}rapeutes qui offrent une premi\u{e8}re consultation.\n        pace: step-call\n      - text: Invitez votre partenaire \u{e0} cette seule rencontre, en disant que rien d'autre n'est attendu.\n        pace: step-one-session\n      - text: Convenez d'avance que chaque personne peut s'arr\u{ea}ter apr\u{e8}s cette rencontre.\n        pace: step-one-session\n\n  - id: step-back-pause\n    for: partner\n    when:\n      side: step-back\n    title: Vous pouvez prendre une pause\n    text: >-\n      Avoir besoin d'une pause quand on parle de th\u{e9}rapie est une fa\u{e7}on\n      courante de faire face. Vous pouvez dire \u{ab}\u{a0}pas maintenant\u{a0}\u{bb} et proposer\n      un moment pour y revenir, pour que votre partenaire sache que la porte\n      reste ouverte. Si un jour vous vous renseignez sur la th\u{e9}rapie, ce sera\n      \u{e0} vos conditions.\n    steps:\n      - \"Essayez de dire\u{a0}: \u{ab}\u{a0}Pas maintenant. On peut en reparler dimanche?\u{a0}\u{bb}\"\n      - Profitez de la pause pour remarquer ce qui rend ce sujet difficile pour vous.\n      - text: Si \u{e7}a vous int\u{e9}resse, lisez \u{e0} votre rythme comment des th\u{e9}rapeutes d\u{e9}crivent leur travail.\n        pace: step-read\n\n  # ---- Pour la personne qui a moins envie de commencer en ce moment ----\n  - id: less-ready-your-pace\n    for: less-ready\n    title: C'est normal d'avoir besoin de plus de temps\n    text: >-\n      Avoir besoin de plus de temps avant une th\u{e9}rapie, c'est courant, et \u{e7}a ne\n      veut pas dire que la relation ne compte pas pour vous. La th\u{e9}rapie peut\n      avancer aussi lentement que vous en avez besoin. Vous pouvez d'abord poser\n      des questions, et vous pouvez toujours refuser la suite.\n    steps:\n      - \u{c9}crivez ce qui vous inqui\u{e8}te le plus \u{e0} l'id\u{e9}e d'essayer une th\u{e9}rapie.\n      - text: Avant de vous engager, demandez \u{e0} un ou une th\u{e9}rapeute comment se passent les s\u{e9}ances.\n        pace: step-call\n      - Dites \u{e0} votre partenaire une chose qui vous aiderait \u{e0} vous sentir plus en s\u{e9}curit\u{e9}.\n\n  - id: less-ready-your-say\n    for: less-ready\n    title: Vous gardez votre mot \u{e0} dire\n    text: >-\n      Y aller une fois ne vous engage \u{e0} rien. Une th\u{e9}rapie bien men\u{e9}e ne vous\n      presse pas et ne vous pousse pas \u{e0} en dire plus que vous le voulez. Vous\n      pouvez aussi aider \u{e0} choisir les objectifs.\n    steps:\n      - Pensez \u{e0} une chose que vous aimeriez voir s'am\u{e9}liorer entre vous.\n      - text: Demandez que la premi\u{e8}re rencontre porte sur ce que vous voulez, vous deux.\n        pace: step-one-session\n\n  # ---- Pour chaque personne, selon sa principale h\u{e9}sitation ----\n  - id: partner-blame\n    for: partner\n    when:\n      theme: blame\n    title: \u{c0} propos de la peur du bl\u{e2}me\n    text: >-\n      Une bonne th\u{e9}rapie de couple s'int\u{e9}resse \u{e0} la dynamique entre vous, pas \u{e0}\n      qui est en faute. Le but est de rep\u{e9}rer le cercle o\u{f9} votre couple se\n      retrouve coinc\u{e9}. Chaque personne y contribue et y r\u{e9}agit \u{e0} sa fa\u{e7}on.\n    steps:\n      - text: Demandez \u{e0} un ou une th\u{e9}rapeute comment les s\u{e9}ances restent justes pour les deux personnes.\n        pace: step-call\n      - Dites clairement que vous ne voulez pas passer pour le probl\u{e8}me.\n      - Rep\u{e9}rez un cercle qui revient entre vous, sans chercher de coupable.\n\n  - id: partner-past-therapy\n    for: partner\n    when:\n      theme: past-therapy\n    title: Apr\u{e8}s une th\u{e9}rapie d\u{e9}cevante\n    text: >-\n      Une mauvaise exp\u{e9}rience pass\u{e9}e est une bonne raison de faire preuve de\n      prudence. Chaque th\u{e9}rapeute a sa propre fa\u{e7}on de travailler. Vous pouvez\n      demander \u{e0} une nouvelle personne comment elle travaille et lui dire ce qui\n      n'a pas aid\u{e9} la derni\u{e8}re fois.\n    steps:\n      - Faites une courte liste de ce qui n'a pas aid\u{e9} la derni\u{e8}re fois.\n      - text: Demandez \u{e0} chaque nouvelle personne consult\u{e9}e comment elle s'y prendrait avec ces points.\n        pace: step-call\n      - Rappelez-vous que vous pouvez arr\u{ea}ter ou changer de th\u{e9}rapeute si \u{e7}a ne vous convient pas.\n\n  - id: partner-overwhelm\n    for: partner\n    when:\n      theme: overwhelm\n    title: Quand tout semble trop lourd\n    text: >-\n      Les discussions difficiles peuvent donner l'impression d'une vague qui\n      emporte tout. Une bonne th\u{e9}rapie aide \u{e0} ralentir le rythme pour que ce ne\n      soit trop pour personne. Vous pouvez prendre des pauses, et vous n'avez\n      pas \u{e0} tout dire d'un coup.\n    steps:\n      - Choisissez avec votre partenaire un mot qui veut dire \u{ab}\u{a0}j'ai besoin d'une pause\u{a0}\u{bb}.\n      - text: Demandez \u{e0} un ou une th\u{e9}rapeute ce qui se passe en s\u{e9}ance quand les \u{e9}motions montent.\n        pace: step-call\n      - Commencez par un petit sujet, pas par le plus gros.\n\n  - id: partner-vulnerability\n    for: partner\n    when:\n      theme: vulnerability\n    title: \u{c0} propos de montrer ses \u{e9}motions\n    text: >-\n      Beaucoup d'entre nous ont appris \u{e0} garder les probl\u{e8}mes priv\u{e9}s ou \u{e0} les\n      r\u{e9}gler sans aide. Ces le\u{e7}ons nous ont souvent permis de tenir le coup.\n      Demander de l'aide peut aussi \u{ea}tre un signe de force et d'attention envers\n      les gens que vous aimez.\n    steps:\n      - Demandez-vous d'o\u{f9} viennent vos id\u{e9}es sur le fait de demander de l'aide.\n      - text: Cherchez des th\u{e9}rapeutes qui comprennent votre culture ou votre milieu.\n        pace: step-read\n      - Ne dites que ce que vous avez envie de dire.\n\n  - id: partner-crisis-only\n    for: partner\n    when:\n      theme: crisis-only\n    title: La th\u{e9}rapie, pas seulement pour les crises\n    text: >-\n      Aller en th\u{e9}rapie ne veut pas dire que quelque chose est bris\u{e9}. Beaucoup\n      de couples y vont pour mieux se conna\u{ee}tre, ou pour r\u{e9}gler de petites\n      choses avant qu'elles grossissent. Ce peut \u{ea}tre un endroit pour ralentir\n      et regarder vos fa\u{e7}ons de faire.\n    steps:\n      - Nommez une chose qui va bien entre vous.\n      - Nommez une petite chose que vous aimeriez am\u{e9}liorer encore.\n      - Voyez la th\u{e9}rapie comme un examen de routine, pas comme l'urgence.\n\n  - id: partner-ganged-up\n    for: partner\n    when:\n      theme: ganged-up\n    title: La crainte que ce soit deux contre un\n    text: >-\n      Votre th\u{e9}rapeute ne devrait pas se ranger du c\u{f4}t\u{e9} d'une seule personne.\n      Son r\u{f4}le est d'aider chaque personne \u{e0} se sentir \u{e9}cout\u{e9}e. Personne ne\n      devrait avoir \u{e0} devenir quelqu'un d'autre.\n    steps:\n      - text: Demandez \u{e0} un ou une th\u{e9}rapeute comment le temps est partag\u{e9} \u{e9}galement entre les deux personnes.\n        pace: step-call\n      - text: Dites-lui si vous avez un jour l'impression que c'est deux contre un.\n        pace: step-one-session\n      - \"Mettez-vous d'accord avec votre partenaire\u{a0}: les objectifs se choisissent ensemble.\"\n\n  # ---- En solo\u{a0}: quelqu'un qui a envie d'essayer, mais dont le ou la partenaire ne participe pas ----\n  - id: solo-ready-own-work\n    for: solo\n    when:\n      readiness: ready\n    title: Commencez par votre propre d\u{e9}marche\n    text: >-\n      Vous n'avez pas besoin de votre partenaire dans la pi\u{e8}ce pour commencer.\n      En th\u{e9}rapie, vous pouvez examiner votre part dans la dynamique, vos\n      besoins et vos r\u{e9}actions. Quand une personne change, la dynamique entre\n      deux personnes change souvent aussi.\n    steps:\n      - text: Cherchez des th\u{e9}rapeutes qui aident les gens \u{e0} comprendre leurs dynamiques de couple.\n        pace: step-on-my-own\n      - text: Apportez en s\u{e9}ance un moment difficile r\u{e9}cent, pour l'examiner ensemble.\n        pace: step-on-my-own\n      - Remarquez ce que vous ressentez et ce dont vous avez besoin quand la tension monte.\n\n  - id: solo-ready-one-consult\n    for: solo\n    pace: step-call\n    when:\n      readiness: ready\n    title: Invitez votre partenaire \u{e0} un seul appel\n    text: >-\n      Il est plus facile de dire oui \u{e0} un court appel qu'\u{e0} un long plan. C'est\n      une occasion de voir, pas une promesse. Cela peut rendre l'inconnu moins\n      effrayant.\n    steps:\n      - text: Trouvez des th\u{e9}rapeutes qui offrent un court premier appel.\n        pace: step-call\n      - text: Invitez votre partenaire \u{e0} cet appel, et \u{e0} rien de plus.\n        pace: step-call\n\n  - id: solo-ready-curiosity\n    for: solo\n    when:\n      readiness: ready\n    title: Demandez avec curiosit\u{e9}, sans contr\u{f4}ler\n    text: >-\n      La pression pousse souvent les gens \u{e0} reculer. La curiosit\u{e9} leur laisse de\n      la place pour y r\u{e9}fl\u{e9}chir. Vous pourriez dire\u{a0}: \u{ab}\u{a0}J'aimerais qu'on se\n      sente proches \u{e0} nouveau. Je me demande si quelqu'un pourrait nous aider \u{e0}\n      y arriver.\u{a0}\u{bb}\n    steps:\n      - Exprimez ce souhait dans vos mots, pas comme une exigence.\n      - Demandez \u{e0} votre partenaire ce qui l'inqui\u{e8}te, et \u{e9}coutez sa r\u{e9}ponse.\n\n  - id: solo-ready-name-need\n    for: solo\n    when:\n      readiness: ready\n    title: Nommez votre besoin, sans ultimatum\n    text: >-\n      Vous pouvez dire ce dont vous avez besoin sans menace. Une limite montre\n      ce qui vous aide \u{e0} rester bien dans la relation. Elle apporte de la\n      clart\u{e9}, pas de la pression.\n    steps:\n      - \u{c9}crivez votre besoin en une phrase qui commence par \u{ab}\u{a0}J'ai besoin\u{a0}\u{bb}.\n      - Dites-le dans un moment calme, et laissez \u{e0} votre partenaire le temps de r\u{e9}pondre.\n\n  # ---- En solo\u{a0}: quelqu'un qui explore sa propre h\u{e9}sitation ----\n  - id: solo-unsure-explore\n    for: solo\n    when:\n      readiness: not-now\n    title: \"\u{ab}\u{a0}Pas maintenant\u{a0}\u{bb} est une vraie r\u{e9}ponse\"\n    text: >-\n      Il est normal que la th\u{e9}rapie de couple ne vous convienne pas en ce\n      moment. H\u{e9}siter est souvent une fa\u{e7}on de vous prot\u{e9}ger, vous ou votre\n      relation. Si vous le voulez, vous pouvez en apprendre plus sans dire oui \u{e0}\n      quoi que ce soit.\n    steps:\n      - Regardez vos principales inqui\u{e9}tudes dans vos r\u{e9}sultats.\n      - Si \u{e7}a vous int\u{e9}resse, \u{e9}crivez une question \u{e0} laquelle vous aimeriez avoir une r\u{e9}ponse.\n      - Parlez-en avec une personne de confiance.\n\n  - id: solo-unsure-own-terms\n    for: solo\n    when:\n      readiness: not-now\n    title: \u{c0} vos conditions\n    text: >-\n      Une th\u{e9}rapie ne veut pas forc\u{e9}ment dire que quelque chose ne va pas. Ce\n      peut \u{ea}tre un endroit pour ralentir et regarder vos propres fa\u{e7}ons de\n      faire. C'est vous qui choisissez si vous y allez, quand et comment.\n    steps:\n      - text: Lisez comment deux ou trois th\u{e9}rapeutes pr\u{e8}s de chez vous d\u{e9}crivent leur travail.\n        pace: step-read\n      - Remarquez avec qui vous vous sentiriez le plus \u{e0} l'aise.\n\n  - id: solo-between-explore\n    for: solo\n    when:\n      readiness: open\n    title: Une partie de vous est ouverte\n    text: >-\n      Vous \u{ea}tes quelque part au milieu, et c'est une position normale. Une\n      partie de vous voit que de l'aide pourrait \u{ea}tre utile, et une autre partie\n      se retient. Les deux m\u{e9}ritent d'\u{ea}tre entendues.\n    steps:\n      - \u{c9}crivez une raison d'essayer et une raison d'attendre.\n      - Regardez vos principales inqui\u{e9}tudes et ce qui pourrait les apaiser.\n      - text: Posez une question \u{e0} un ou une th\u{e9}rapeute par t\u{e9}l\u{e9}phone ou par courriel avant de d\u{e9}cider.\n        pace: step-call\n\n  # ---- Pour tout le monde\u{a0}: questions fr\u{e9}quentes ----\n  - id: faq-only-me\n    for: everyone\n    title: La th\u{e9}rapie peut-elle aider si j'y vais de mon c\u{f4}t\u{e9}?\n    text: >-\n      Oui. Une d\u{e9}marche personnelle peut vous montrer les r\u{f4}les dans lesquels\n      vous tombez souvent et votre fa\u{e7}on de r\u{e9}agir aux conflits. Elle peut vous\n      aider \u{e0} voir clair dans vos besoins. Quand vous changez votre fa\u{e7}on de\n      r\u{e9}pondre, la relation peut changer aussi.\n    steps:\n      - text: Cherchez des th\u{e9}rapeutes qui abordent les dynamiques de couple en s\u{e9}ance individuelle.\n        pace: step-on-my-own\n\n  - id: faq-worse\n    for: everyone\n    title: Et si la th\u{e9}rapie empirait les choses ou ne semblait pas s\u{fb}re?\n    text: >-\n      C'est une inqui\u{e9}tude l\u{e9}gitime, surtout si les discussions \u{e0} la maison\n      tournent d\u{e9}j\u{e0} \u{e0} la dispute ou au silence. Une th\u{e9}rapie bien men\u{e9}e ne vous\n      presse pas et ne vous fait pas parler avant le bon moment pour vous. On y\n      b\u{e2}tit d'abord un climat de s\u{e9}curit\u{e9}, \u{e0} un rythme qui vous convient.\n    steps:\n      - text: Demandez \u{e0} un ou une th\u{e9}rapeute comment les s\u{e9}ances restent calmes et s\u{fb}res.\n        pace: step-call\n      - Si vous ne vous sentez pas en s\u{e9}curit\u{e9} \u{e0} la maison, cherchez d'abord de l'aide de votre c\u{f4}t\u{e9}.\n\n  - id: faq-boundary\n    for: everyone\n    title: Quelle est la diff\u{e9}rence entre une limite et un ultimatum?\n    text: >-\n      Une limite dit ce dont vous avez besoin pour rester bien dans la relation.\n      Un ultimatum ajoute de la pression, et les gens se sentent souvent moins\n      en s\u{e9}curit\u{e9}. En th\u{e9}rapie, on peut vous aider \u{e0} mettre vos besoins en mots,\n      que votre partenaire vienne ou non.\n    steps:\n      - Essayez de dire votre besoin avec \u{ab}\u{a0}J'ai besoin\u{a0}\u{bb} plut\u{f4}t qu'avec \u{ab}\u{a0}Si tu ne changes pas\u{a0}\u{bb}.\n\n  - id: faq-once\n    for: everyone\n    pace: step-one-session\n    title: Et si on y va une fois et que l'autre ne veut pas y retourner?\n    text: >-\n      \u{c7}a peut arriver, et \u{e7}a ne veut pas dire que la th\u{e9}rapie a \u{e9}chou\u{e9}. Une\n      seule rencontre peut quand m\u{ea}me clarifier certaines choses. \u{c0} tout le\n      moins, elle montre o\u{f9} vous en \u{ea}tes et ce qui pourrait suivre.\n    steps:\n      - \u{c9}changez sur ce que vous avez remarqu\u{e9} ou appris pendant la rencontre.\n      - D\u{e9}cidez si vous voulez continuer de votre c\u{f4}t\u{e9}.\n\n  # ---- Ajout\u{e9} avec l'issue 12\u{a0}: ce que l'article dit et qui manquait ----\n  # ---- Pour le couple ----\n  - id: couple-pace-part-of-work\n    for: couple\n    when:\n      pairing: different-paces\n    title: Vos rythmes diff\u{e9}rents peuvent faire partie du travail\n    text: >-\n      Vous n'avez pas besoin de ressentir la m\u{ea}me chose avant de commencer. Ce\n      que chaque personne ressent face \u{e0} la th\u{e9}rapie peut \u{ea}tre l'un des premiers\n      sujets abord\u{e9}s en s\u{e9}ance. En th\u{e9}rapie, vous pouvez mieux comprendre ce que\n      vit la personne qui veut commencer, et celle qui veut attendre.\n    steps:\n      - text: Dites d\u{e8}s le d\u{e9}but, en s\u{e9}ance, que vous ne voyez pas la th\u{e9}rapie de la m\u{ea}me fa\u{e7}on.\n        pace: step-one-session\n      - Que chaque personne dise ce qui l'aiderait \u{e0} se sentir respect\u{e9}e pendant ce travail.\n      - Voyez l'\u{e9}cart comme quelque chose \u{e0} comprendre, pas \u{e0} r\u{e9}gler d'abord.\n\n  - id: couple-few-sessions\n    for: couple\n    pace: step-one-session\n    when:\n      pairing: [close, different-paces]\n    title: Une ou deux s\u{e9}ances peuvent vous aider \u{e0} y voir plus clair\n    text: >-\n      Essayer la th\u{e9}rapie ne veut pas dire s'engager pour des mois. M\u{ea}me une ou\n      deux s\u{e9}ances peuvent montrer o\u{f9} vous en \u{ea}tes. Ensuite, vous pouvez choisir\n      la suite\u{a0}: d'autres s\u{e9}ances ensemble, un peu de th\u{e9}rapie individuelle, ou\n      une pause.\n    steps:\n      - text: Mettez-vous d'accord pour essayer une ou deux s\u{e9}ances, puis parlez-en.\n        pace: step-one-session\n      - Apr\u{e8}s chaque s\u{e9}ance, que chaque personne nomme une chose qu'elle a remarqu\u{e9}e.\n      - Choisissez la prochaine \u{e9}tape ensemble, sans pression pour continuer.\n\n  - id: couple-slow-down\n    for: couple\n    pinned: true\n    title: Des fa\u{e7}ons de ralentir une discussion difficile\n    text: >-\n      Quelques outils simples peuvent aider avant tout travail plus profond. Ils\n      rendent les discussions difficiles plus calmes, pour que chaque personne\n      puisse en dire plus et en entendre plus. En th\u{e9}rapie, vous pourrez en\n      apprendre d'autres, mais vous pouvez commencer avec ceux-ci.\n    steps:\n      - Choisissez un mot que chaque personne peut dire pour prendre une courte pause.\n      - Quand vous prenez une pause, dites quand vous reviendrez \u{e0} la discussion.\n      - Parlez \u{e0} tour de r\u{f4}le. Une personne parle, et l'autre r\u{e9}p\u{e8}te ce qu'elle a compris.\n      - Restez sur un seul sujet \u{e0} la fois.\n\n  # ---- Pour la personne qui a moins envie de commencer en ce moment ----\n  - id: less-ready-feel-heard\n    for: less-ready\n    pace: step-one-session\n    title: Vos doutes ont leur place\n    text: >-\n      Beaucoup de personnes commencent une th\u{e9}rapie avec des doutes. Souvent,\n      elles s'impliquent davantage une fois vraiment \u{e9}cout\u{e9}es. Vous n'avez pas\n      besoin de certitude au d\u{e9}part, et vos doutes peuvent venir avec vous.\n    steps:\n      - text: Si vous essayez une s\u{e9}ance, dites vos doutes \u{e0} voix haute.\n        pace: step-one-session\n      - text: Dites \u{e0} votre th\u{e9}rapeute ce qui vous aiderait \u{e0} sentir qu'on vous \u{e9}coute.\n        pace: step-one-session\n      - text: Apr\u{e8}s, remarquez si vous avez senti qu'on vous \u{e9}coutait.\n        pace: step-one-session\n\n  # ---- Pour tout le monde ----\n  - id: faq-relationship-itself\n    for: everyone\n    title: Et si une personne du couple doute de la relation elle-m\u{ea}me?\n    text: >-\n      Parfois, la grande question ne porte pas sur la th\u{e9}rapie, mais sur le fait\n      de rester ensemble. Une approche appel\u{e9}e consultation de discernement est\n      faite pour \u{e7}a. Elle est courte, souvent d'une \u{e0} cinq rencontres. Elle aide\n      chaque personne \u{e0} y voir clair avant tout choix, sans pousser personne\n      dans un sens ou dans l'autre.\n    steps:\n      - text: Demandez aux th\u{e9}rapeutes si leur offre comprend la consultation de discernement.\n        pace: step-call\n      - Si vous ne vous sentez pas en s\u{e9}curit\u{e9} \u{e0} la maison, cherchez d'abord de l'aide de votre c\u{f4}t\u{e9}.\n\n  # ---- Pour chaque personne, selon sa principale h\u{e9}sitation ----\n  - id: partner-practical\n    for: partner\n    when:\n      theme: practical\n    title: Quand le co\u{fb}t, le temps ou l'acc\u{e8}s \u{e0} l'aide posent probl\u{e8}me\n    text: >-\n      L'argent, le temps et la recherche de la bonne personne sont de vraies\n      limites. Des th\u{e9}rapeutes demandent moins cher quand le budget est serr\u{e9},\n      et d'autres offrent des s\u{e9}ances en ligne, ce qui \u{e9}vite les d\u{e9}placements.\n      Un court premier appel peut vous montrer si la personne vous convient.\n    steps:\n      - text: Renseignez-vous sur le co\u{fb}t et sur les tarifs r\u{e9}duits avant de prendre rendez-vous.\n        pace: step-call\n      - V\u{e9}rifiez si votre assurance ou un programme d'aide au travail paie quelques s\u{e9}ances.\n      - text: Demandez si les s\u{e9}ances peuvent se faire en ligne ou \u{e0} des heures qui vous conviennent.\n        pace: step-call\n      - text: Demandez \u{e0} la personne comment elle travaille avec des couples comme le v\u{f4}tre, et voyez si vous \u{ea}tes \u{e0} l'aise.\n        pace: step-call\n\n  # ---- En solo\u{a0}: ce que vous avez dit de l'autre (la r\u{e8}gle \u{ab} stance \u{bb}; en premier) ----\n  - id: solo-partner-open\n    for: solo\n    when:\n      stance: open\n    title: Votre partenaire accueille l'id\u{e9}e\n    text: >-\n      Votre partenaire sait que vous vous renseignez et accueille l'id\u{e9}e. C'est\n      un bon d\u{e9}part. La prochaine fois, vous pourriez r\u{e9}pondre chacun de votre\n      c\u{f4}t\u{e9}, en priv\u{e9}, puis regarder les r\u{e9}sultats ensemble.\n    steps:\n      - Demandez si votre partenaire aimerait r\u{e9}pondre aux questions aussi, quand cela lui convient.\n      - Parlez d'une chose que vous avez remarqu\u{e9}e sur vous, pas d'une liste de changements.\n      - Choisissez un moment calme pour parler d'une premi\u{e8}re petite \u{e9}tape.\n\n  - id: solo-partner-declines\n    for: solo\n    when:\n      stance: declines\n    title: Quand votre partenaire dit non pour l'instant\n    text: >-\n      Un non \u{e0} la th\u{e9}rapie n'est pas un non \u{e0} vous, et ce n'est peut-\u{ea}tre pas\n      pour toujours. Vous pouvez quand m\u{ea}me commencer de votre c\u{f4}t\u{e9}, et votre\n      fa\u{e7}on de r\u{e9}agir peut changer les choses entre vous. Insister rend\n      souvent le non plus ferme.\n    steps:\n      - Laissez le non tel quel pour l'instant, et dites que vous l'avez entendu.\n      - text: Renseignez-vous sur une th\u{e9}rapie pour vous, au sujet de votre part de la dynamique.\n        pace: step-on-my-own\n      - Si vous reparlez d'une consultation plus tard, proposez-la une fois, sans \u{e9}ch\u{e9}ance.\n\n  - id: solo-partner-unaware\n    for: solo\n    when:\n      stance: unaware\n    title: Votre partenaire ne le sait pas encore\n    text: >-\n      C'est correct d'y r\u{e9}fl\u{e9}chir d'abord de votre c\u{f4}t\u{e9}. C'est vous qui\n      choisissez si vous en parlez, quand, et jusqu'o\u{f9}.\n    steps:\n      - Voyez ce que vous voulez dire avant de le dire.\n      - Si vous en parlez, commencez par une chose que vous avez apprise sur vous.\n      - Si vous enregistrez ces r\u{e9}sultats, gardez le fichier dans un endroit priv\u{e9}.\n"),
            File(name: "checkin.yaml", bytes: "# Le bilan priv\u{e9}. Ces r\u{e9}ponses sont seulement pour la personne qui r\u{e9}pond\u{a0}: jamais montr\u{e9}es \u{e0}\n# l'autre, jamais enregistr\u{e9}es, jamais compt\u{e9}es dans un score, jamais dans les r\u{e9}sultats. Tout le\n# monde voit ensuite la m\u{ea}me page de soutien, peu importe les r\u{e9}ponses. Voir content/README.md pour\n# les r\u{e8}gles que le contenu ne peut pas changer.\nintro: >-\n  Ces derni\u{e8}res questions sont pour vous seulement. Votre partenaire ne verra\n  pas vos r\u{e9}ponses, qui ne sont enregistr\u{e9}es nulle part. Ensuite, tout le monde\n  voit la m\u{ea}me liste de ressources, peu importe ses r\u{e9}ponses.\n# L'\u{e9}chelle de fr\u{e9}quence, pour les questions sur le nombre de fois o\u{f9} quelque chose est arriv\u{e9}\u{a0}:\n# jamais, une fois, parfois, souvent, et je ne sais pas.\nfrequency_choices: [Jamais, Une fois, Parfois, Souvent, Je ne sais pas]\n# Chaque \u{e9}nonc\u{e9} a un seul sens\u{a0}: un \u{e9}nonc\u{e9} 'agree' est une affirmation qu'on peut approuver sans\n# risque; un \u{e9}nonc\u{e9} 'frequency' demande combien de fois quelque chose est arriv\u{e9}. Les r\u{e9}ponses ne\n# d\u{e9}cident rien\u{a0}: elles ne sont pas gard\u{e9}es, et tout le monde voit la m\u{ea}me page de soutien, mot pour mot.\nitems:\n  - id: checkin-safe-home\n    scale: agree\n    text: Ces temps-ci, je me sens en s\u{e9}curit\u{e9} dans mon couple.\n  - id: checkin-afraid\n    scale: frequency\n    text: >-\n      Depuis un an, combien de fois avez-vous eu peur de ce que votre partenaire\n      pourrait faire?\n  - id: checkin-hurt\n    scale: frequency\n    text: >-\n      Depuis un an, votre partenaire vous a fait mal (coups, pouss\u{e9}es) ou a\n      menac\u{e9} de le faire\u{a0}: combien de fois?\n  - id: checkin-sexual-pressure\n    scale: frequency\n    text: >-\n      Depuis un an, votre partenaire a fait pression sur vous pour des gestes\n      sexuels non voulus\u{a0}: combien de fois?\n  - id: checkin-control\n    scale: frequency\n    text: >-\n      Depuis un an, votre partenaire a limit\u{e9} votre acc\u{e8}s \u{e0} l'argent, fouill\u{e9}\n      votre t\u{e9}l\u{e9}phone ou limit\u{e9} vos contacts avec vos proches\u{a0}: combien de fois?\n  - id: checkin-speak-freely\n    scale: agree\n    text: >-\n      En s\u{e9}ance de couple, je pourrais dire ce que je pense vraiment et rester\n      en s\u{e9}curit\u{e9} \u{e0} la maison ensuite.\nsupport:\n  title: Du soutien, pour tout le monde\n  text: >-\n    Toutes les personnes qui utilisent samepage voient cette m\u{ea}me page. La\n    th\u{e9}rapie de couple fonctionne mieux quand les deux personnes se sentent en\n    s\u{e9}curit\u{e9} pour parler. Si vous ne vous sentez pas en s\u{e9}curit\u{e9} chez vous, il\n    est souvent utile de parler d'abord \u{e0} quelqu'un, sans votre partenaire. Les\n    appels et les textos \u{e0} ces services peuvent para\u{ee}tre dans l'historique de\n    votre t\u{e9}l\u{e9}phone; si quelqu'un v\u{e9}rifie votre t\u{e9}l\u{e9}phone, vous pourriez utiliser\n    un t\u{e9}l\u{e9}phone ou un ordinateur auquel cette personne n'a pas acc\u{e8}s.\n  note: >-\n    Merci d'avoir r\u{e9}pondu. Cette liste est pour tout le monde\u{a0}: gardez-la en\n    t\u{ea}te, pour vous ou pour une personne de votre entourage, maintenant ou plus\n    tard.\nemergency: >-\n  Si vous \u{ea}tes en danger maintenant, appelez le num\u{e9}ro d'urgence de votre\n  r\u{e9}gion. C'est le 911 aux \u{c9}tats-Unis et dans la plus grande partie du Canada;\n  l\u{e0} o\u{f9} le 911 n'existe pas, appelez la police locale. C'est le 999 ou le 112 au\n  Royaume-Uni et en Irlande, et le 000 en Australie. Au Royaume-Uni, si vous ne\n  pouvez pas parler pendant un appel au 999 \u{e0} partir d'un cellulaire, restez en\n  ligne et composez le 55 quand on vous le demande.\n# La derni\u{e8}re section de chaque r\u{e9}sultat commun, rapport et JSON, pour tout le monde.\nshared:\n  title: Si la maison n'est pas un lieu s\u{fb}r\n  text: >-\n    Si l'une des deux personnes ne se sent pas en s\u{e9}curit\u{e9} \u{e0} la maison, les\n    s\u{e9}ances \u{e0} deux ne sont peut-\u{ea}tre pas la bonne premi\u{e8}re \u{e9}tape. Parler d'abord\n    \u{e0} quelqu'un, sans l'autre, peut aider. Chaque service ci-dessous dit \u{e0} qui\n    il s'adresse et quand il est ouvert.\nregions:\n  US: \u{c9}tats-Unis\n  CA: Canada\n  CA-QC: Qu\u{e9}bec\n  CA-BC: Colombie-Britannique\n  GB: Royaume-Uni\n  IE: Irlande\n  AU: Australie\n  ANY: Partout\n# Chaque ressource a \u{e9}t\u{e9} v\u{e9}rifi\u{e9}e sur une page du service lui-m\u{ea}me (ou une page gouvernementale \u{e0} son\n# sujet) \u{e0} la date indiqu\u{e9}e dans 'checked'; content/README.md explique comment, et ce qui a \u{e9}t\u{e9}\n# laiss\u{e9} de c\u{f4}t\u{e9}. Les ressources en fran\u{e7}ais ajout\u{e9}es dans cette version sont d\u{e9}crites dans NOTES.md.\nresources:\n  - name: National Domestic Violence Hotline\n    region: US\n    languages: [en, es]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"1-800-799-7233\"\n      - text: \"START to 88788\"\n      - chat: thehotline.org\n      - tty: \"1-800-787-3224\"\n    for: toute personne bless\u{e9}e ou effray\u{e9}e dans son couple, les gens qui veulent l'aider, et les personnes inqui\u{e8}tes de la fa\u{e7}on dont elles traitent leur partenaire\n    source: https://ovc.ojp.gov/news/grantee-news/national-domestic-violence-hotline-answers-6-million-contacts\n    checked: 2026-11-27\n\n  - name: 988 Suicide & Crisis Lifeline\n    region: US\n    languages: [en, es]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"988\"\n      - text: \"988\"\n      - chat: 988lifeline.org\n    for: toute personne qui pense au suicide ou qui traverse un moment difficile, ou qui s'inqui\u{e8}te pour quelqu'un dans cette situation\n    source: https://988lifeline.org/get-help/what-to-expect\n    checked: 2026-11-27\n\n  - name: Trans Lifeline (\u{c9}tats-Unis)\n    region: US\n    languages: [en, es]\n    hours: pas ouvert en tout temps; voyez les heures sur translifeline.org\n    reach:\n      - call: \"1\u{a0}877\u{a0}565-8860\"\n      - web: translifeline.org\n    for: les personnes trans ou qui se questionnent sur leur genre et qui veulent parler \u{e0} une personne trans, m\u{ea}me sans \u{ea}tre en crise; c'est confidentiel, et on n'appelle pas le 911 sans votre accord\n    source: https://translifeline.org/linea-directa/?lang=es\n    checked: 2026-12-03\n\n\n  - name: Ligne d'aide en cas de crise de suicide 9-8-8\n    region: CA\n    languages: [en, fr]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"988\"\n      - text: \"988\"\n    for: toute personne au Canada qui pense au suicide, ou qui s'inqui\u{e8}te pour quelqu'un qui pourrait y penser; l'appel ou le texto est gratuit\n    source: https://988.ca/fr/les-modalites-et-conditions-pour-le-service\n    checked: 2026-12-03\n\n  - name: Ligne d'\u{e9}coute d'espoir pour le mieux-\u{ea}tre\n    region: CA\n    languages: [en, fr]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"1\u{a0}855\u{a0}242-3310\"\n    for: les personnes des Premi\u{e8}res Nations, inuites et m\u{e9}tisses qui veulent parler \u{e0} une personne-conseil de ce qu'elles vivent ou d'une crise; le cri, l'ojibw\u{e9} et l'inuktitut sont offerts sur demande\n    source: https://www.canada.ca/en/public-health/services/suicide-prevention/government-canada-doing-help-prevent-suicide.html\n    checked: 2026-12-03\n\n  - name: Trans Lifeline (Canada)\n    region: CA\n    languages: [en, es]\n    hours: pas ouvert en tout temps; voyez les heures sur translifeline.org\n    reach:\n      - call: \"1\u{a0}877\u{a0}330-6366\"\n      - web: translifeline.org\n    for: les personnes trans ou qui se questionnent sur leur genre et qui veulent parler \u{e0} une personne trans, m\u{ea}me sans \u{ea}tre en crise; c'est confidentiel, et on n'appelle pas le 911 sans votre accord\n    source: https://translifeline.org/linea-directa/?lang=es\n    checked: 2026-12-03\n\n  - name: ShelterSafe\n    region: CA\n    languages: [en]\n    hours: la carte fonctionne en tout temps; la plupart des maisons d'h\u{e9}bergement qui y figurent r\u{e9}pondent au t\u{e9}l\u{e9}phone jour et nuit\n    reach:\n      - web: sheltersafe.ca\n    for: les femmes et leurs enfants qui ont besoin d'un lieu s\u{fb}r ou de parler de violence \u{e0} quelqu'un; pas besoin d'habiter dans une maison d'h\u{e9}bergement pour obtenir de l'aide\n    source: https://sheltersafe.ca/about-shelters/\n    checked: 2026-11-27\n\n  - name: Pour obtenir de l'aide dans les cas de violence familiale (gouvernement du Canada)\n    region: CA\n    languages: [en, fr]\n    hours: page Web, \u{e0} lire en tout temps\n    reach:\n      - web: justice.gc.ca/fra/jp-cj/vf-fv/aide-help.html\n    for: toute personne touch\u{e9}e par la violence familiale qui cherche de l'aide pr\u{e8}s de chez elle, comme une maison d'h\u{e9}bergement ou la police\n    source: https://www.justice.gc.ca/fra/jp-cj/vf-fv/aide-help.html\n    checked: 2026-11-27\n\n  - name: VictimLinkBC\n    region: CA-BC\n    languages: [en]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"1\u{a0}800\u{a0}563-0808\"\n      - web: victimlinkbc.ca\n    for: toute personne en Colombie-Britannique ou au Yukon touch\u{e9}e par un crime, y compris la violence d'un ou d'une partenaire ou d'un membre de la famille; l'appel est gratuit et confidentiel, et l'aide est offerte dans plus de 110 langues\n    source: https://www2.gov.bc.ca/gov/content/justice/criminal-justice/bcs-criminal-justice-system/understanding-criminal-justice/key-parts/victim-services\n    checked: 2026-12-03\n\n  - name: SOS violence conjugale\n    region: CA-QC\n    languages: [fr]\n    hours: \"en tout temps, jour et nuit (textos\u{a0}: de 14\u{a0}h\u{a0}30 \u{e0} 22\u{a0}h)\"\n    reach:\n      - call: \"1\u{a0}800\u{a0}363-9010\"\n      - text: \"438\u{a0}601-1211\"\n      - web: sosviolenceconjugale.ca\n    for: toute personne touch\u{e9}e par la violence conjugale, ses proches, et les personnes qui remettent en question leurs propres gestes; gratuit et confidentiel\n    source: https://spvm.qc.ca/en/Fiches/Details/Domestic-and-Intrafamily-Violence\n    checked: 2026-12-03\n\n  - name: 1\u{a0}866\u{a0}APPELLE et suicide.ca (pr\u{e9}vention du suicide au Qu\u{e9}bec)\n    region: CA-QC\n    languages: [fr, en]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"1\u{a0}866\u{a0}APPELLE\u{a0}(277-3553)\"\n      - chat: suicide.ca\n    for: toute personne au Qu\u{e9}bec qui pense au suicide, qui s'inqui\u{e8}te pour un proche ou qui a perdu quelqu'un par suicide; c'est confidentiel\n    source: https://www.newswire.ca/fr/news-releases/prevention-du-suicide-le-service-numerique-quebecois-d-intervention-en-prevention-du-suicide-disponible-24-heures-sur-24-7-jours-sur-7-844513956.html\n    checked: 2026-12-03\n\n  - name: Info-aide violence sexuelle\n    region: CA-QC\n    languages: [fr, en]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"1\u{a0}888\u{a0}933-9007\"\n    for: toute personne touch\u{e9}e par la violence sexuelle, r\u{e9}cente ou ancienne, et ses proches\n    source: https://ciusssmcq.ca/english/care-and-services/emergency-and-critical-situations/sexual-assault-and-abuse/\n    checked: 2026-11-27\n\n  - name: Info-Social 811\n    region: CA-QC\n    languages: [fr]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"811, option 2\"\n    for: toute personne au Qu\u{e9}bec qui vit de l'anxi\u{e9}t\u{e9} ou des difficult\u{e9}s de couple ou de famille, ou qui s'inqui\u{e8}te pour un proche; gratuit et confidentiel\n    source: https://www.ciussswestcentral.ca/programs-and-services/info-sante-info-social-811/\n    checked: 2026-11-27\n\n  - name: Interligne\n    region: CA-QC\n    languages: [fr]\n    hours: heures d'ouverture non confirm\u{e9}es ici\n    reach:\n      - call: \"1\u{a0}888\u{a0}505-1010\"\n      - text: \"1\u{a0}888\u{a0}505-1010\"\n    for: les personnes LGBTQ+ et leurs proches qui ont besoin d'\u{e9}coute, d'aide ou d'information\n    source: https://www.gaiecoute.org/faq/quels-sont-mes-recours-face-lhomophobie-vecue-dans-mon-milieu-de-travail/\n    checked: 2026-11-27\n\n\n  - name: National Domestic Abuse Helpline (run by Refuge)\n    region: GB\n    languages: [en]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"0808 2000 247\"\n      - web: nationaldahelpline.org.uk\n    for: les femmes qui subissent de la violence \u{e0} la maison; gratuit et confidentiel\n    source: https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims\n    checked: 2026-11-27\n\n  - name: Galop National LGBT+ Domestic Abuse Helpline\n    region: GB\n    languages: [en]\n    hours: pas ouvert en tout temps et pas pour les urgences; voyez les heures sur galop.org.uk\n    reach:\n      - call: \"0800 999 5428\"\n      - web: galop.org.uk\n    for: les personnes LGBT+ bless\u{e9}es ou contr\u{f4}l\u{e9}es par leur partenaire ou par un membre de leur famille\n    source: https://www.galop.org.uk/lgbtq-survivors-user-agreement/\n    checked: 2026-11-27\n\n  - name: Respect Phoneline\n    region: GB\n    languages: [en]\n    hours: heures d'ouverture non confirm\u{e9}es ici; voyez respectphoneline.org.uk\n    reach:\n      - call: \"0808 802 4040\"\n      - web: respectphoneline.org.uk\n    for: les personnes qui craignent de blesser, d'effrayer ou de contr\u{f4}ler leur partenaire ou un membre de leur famille, et qui veulent de l'aide pour arr\u{ea}ter; l'appel est gratuit\n    source: https://respectphoneline.org.uk/resources/resources-for-perpetrators/self-help-guide-for-abusive-men-in-heterosexual-relationships/\n    checked: 2026-12-03\n\n  - name: Samaritans\n    region: GB\n    languages: [en]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"116 123\"\n      - web: samaritans.org\n    for: toute personne qui traverse une p\u{e9}riode difficile ou qui a le moral bas, et qui a besoin d'\u{e9}coute; l'appel est gratuit\n    source: https://www.samaritans.org/how-we-can-help/contact-samaritan/\n    checked: 2026-11-27\n\n\n  - name: Samaritans Ireland\n    region: IE\n    languages: [en]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"116 123\"\n      - web: samaritans.org\n    for: toute personne en Irlande qui traverse une p\u{e9}riode difficile ou qui a le moral bas, et qui a besoin d'\u{e9}coute; l'appel est gratuit\n    source: https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey\n    checked: 2026-11-27\n\n  - name: Women's Aid 24hr National Freephone Helpline\n    region: IE\n    languages: [en]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"1800 341 900\"\n      - web: womensaid.ie\n    for: les femmes en Irlande bless\u{e9}es ou contr\u{f4}l\u{e9}es par leur partenaire ou ex-partenaire\n    source: https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/\n    checked: 2026-11-27\n\n\n  - name: 1800RESPECT\n    region: AU\n    languages: [en]\n    hours: en tout temps, jour et nuit (les appels vid\u{e9}o peuvent avoir des heures plus courtes)\n    reach:\n      - call: \"1800 737 732\"\n      - text: \"0458 737 732\"\n      - chat: 1800respect.org.au\n    for: toute personne touch\u{e9}e par la violence \u{e0} la maison ou par la violence sexuelle, et les gens qui l'aident\n    source: https://www.1800respect.org.au/terms-and-conditions\n    checked: 2026-11-27\n\n  - name: Lifeline\n    region: AU\n    languages: [en]\n    hours: en tout temps, jour et nuit\n    reach:\n      - call: \"13 11 14\"\n      - text: \"0477 13 11 14\"\n      - chat: lifeline.org.au\n    for: toute personne en Australie qui se sent d\u{e9}pass\u{e9}e, qui vit une crise ou qui pense au suicide\n    source: https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/\n    checked: 2026-11-27\n\n  - name: Men's Referral Service (No to Violence)\n    region: AU\n    languages: [en]\n    hours: heures d'ouverture non confirm\u{e9}es ici; voyez ntv.org.au\n    reach:\n      - call: \"1300 766 491\"\n      - chat: ntv.org.au\n    for: les hommes inquiets de la fa\u{e7}on dont ils traitent leur partenaire, et leurs proches; pas besoin de donner votre nom\n    source: https://ntv.org.au/get-help/getting-support\n    checked: 2026-11-27\n\n  - name: QLife\n    region: AU\n    languages: [en]\n    hours: tous les jours, de 15 h \u{e0} minuit (heure locale)\n    reach:\n      - call: \"1800 184 527\"\n      - chat: qlife.org.au\n    for: les personnes LGBTIQ+ et leurs proches qui veulent parler; c'est du soutien entre pairs, pas un service de crise\n    source: https://www.qlife.org.au/faqs\n    checked: 2026-11-27\n\n\n  - name: Find A Helpline\n    region: ANY\n    languages: [en]\n    hours: site Web, \u{e0} utiliser en tout temps\n    reach:\n      - web: findahelpline.com\n    for: toute personne, dans n'importe quel pays, qui cherche une ligne d'aide gratuite et confidentielle pr\u{e8}s de chez elle\n    source: https://findahelpline.com/AU\n    checked: 2026-11-27\n"),
            File(name: "interface.yaml", bytes: "# Les phrases du programme lui-m\u{ea}me\u{a0}: ce que disent ses \u{e9}crans, ses invites et ses messages, autour des questions.\n# Modifiez les mots librement. Les mots entre accolades, comme {name}, sont remplis par samepage\u{a0}: gardez chacun\n# de ceux qu'un texte contient (vous pouvez le d\u{e9}placer), et n'en ajoutez aucun; `samepage validate` le v\u{e9}rifie.\n# Un texte qui d\u{e9}pend d'un nombre a une forme pour \u{ab}\u{a0}one\u{a0}\u{bb} et une pour les autres nombres, \u{ab}\u{a0}other\u{a0}\u{bb}, qui utilise\n# {count}. En fran\u{e7}ais, \u{ab}\u{a0}one\u{a0}\u{bb} sert pour 0 et 1, et \u{ab}\u{a0}other\u{a0}\u{bb} pour 2 et plus.\n# Les lettres des touches (y, n, k, d, r, a, s, q, b, m, w, p, l) sont celles que le programme lit\u{a0}: ne les traduisez pas.\nlanguage: fr\n\nready:\n  back_solo: \"Bon retour. Voici un questionnaire en cours, commenc\u{e9} par {name}; ses r\u{e9}ponses s'affichent quand vous continuez.\"\n  back_solo_unnamed: \"Bon retour. Voici un questionnaire en cours; ses r\u{e9}ponses s'affichent quand vous continuez.\"\n  back_couple: \"Bon retour. C'\u{e9}tait \u{e0} {name} de r\u{e9}pondre\u{a0}: vous reprenez l\u{e0} o\u{f9} ce tour s'est arr\u{ea}t\u{e9}.\"\n  step_away: \"{other}, veuillez vous \u{e9}loigner\u{a0}: {name} va maintenant r\u{e9}pondre. Chaque personne r\u{e9}pond en priv\u{e9}; vous verrez les r\u{e9}sultats ensemble \u{e0} la fin.\"\n  hand_off: \"{other}, merci\u{a0}: votre partie est termin\u{e9}e, et vos choix sont maintenant cach\u{e9}s. Veuillez passer le clavier \u{e0} {name}.\"\n  hand_off_next: \"{name}, rien ne presse. Prenez votre temps, et commencez quand vous le souhaitez.\"\n  prompt_couple: \"{name}, appuyez sur Entr\u{e9}e quand personne d'autre ne voit l'\u{e9}cran.\"\n  prompt_solo: \"Appuyez sur Entr\u{e9}e quand vous voulez continuer.\"\n\nguesses:\n  hand_off: \"Merci. Veuillez passer le clavier \u{e0} {name} pour ses suppositions.\"\n  hand_off_back: \"Bon retour. Vous reprenez l\u{e0} o\u{f9} les suppositions se sont arr\u{ea}t\u{e9}es. {other}, veuillez vous \u{e9}loigner\u{a0}: {name} va maintenant faire ses suppositions.\"\n  prompt: \"{name}, appuyez sur Entr\u{e9}e quand vous voulez commencer.\"\n  header: \"\u{c9}tape facultative\"\n  offer_couple: \"Une derni\u{e8}re \u{e9}tape, facultative\u{a0}: devinez les r\u{e9}ponses de l'autre \u{e0} quelques questions sur l'ouverture \u{e0} la th\u{e9}rapie.\"\n  offer_solo: \"Une derni\u{e8}re \u{e9}tape, facultative\u{a0}: devinez ce que votre partenaire r\u{e9}pondrait \u{e0} quelques questions sur l'ouverture \u{e0} la th\u{e9}rapie.\"\n  offer_why_couple: \"Les r\u{e9}sultats montrent ensuite chaque supposition \u{e0} c\u{f4}t\u{e9} des vraies r\u{e9}ponses. Un \u{e9}cart n'est pas une erreur; c'est une piste \u{e0} explorer ensemble, avec curiosit\u{e9}. Cela prend environ une minute par personne.\"\n  offer_why_solo: \"Les r\u{e9}sultats montrent votre supposition, pour en parler avec votre partenaire si vous le voulez. Cela prend environ une minute.\"\n  offer_prompt: \"Appuyez sur Entr\u{e9}e pour deviner, ou sur s pour passer.\"\n  about_named: \"Selon vous, qu'a r\u{e9}pondu {name}?\"\n  about_partner: \"Selon vous, que r\u{e9}pondrait votre partenaire?\"\n  title_yours: \"Vos suppositions\"\n  title_named: \"{name} \u{b7} suppositions\"\n  status: \"Supposition {number} sur {total}\"\n  hand_off_header: \"Passer le clavier\"\n  pause: \"Prenez un moment si vous en avez besoin. Rien ne presse.\"\n\ntogether:\n  header: \"Ensemble\"\n  text: \"{first} et {second}, installez-vous ensemble maintenant. Les r\u{e9}sultats sont pour vous deux\u{a0}: ils s'ouvrent seulement quand vous \u{ea}tes l\u{e0}, ensemble.\"\n  prompt: \"Appuyez sur Entr\u{e9}e quand vous \u{ea}tes l\u{e0}, ensemble.\"\n\nresults:\n  more_ideas:\n    one: \"1 autre id\u{e9}e\u{a0}: appuyez sur m pour l'afficher.\"\n    other: \"{count} autres id\u{e9}es\u{a0}: appuyez sur m pour les afficher.\"\n  section_summary: \"R\u{e9}sum\u{e9}\"\n  section_readiness: \"Ouverture\"\n  section_pattern: \"Dynamique\"\n  section_worries: \"Inqui\u{e9}tudes\"\n  section_steps: \"\u{c9}tapes\"\n  section_support: \"Soutien\"\n  title: \"R\u{e9}sultats\"\n  demo: \"D\u{e9}mo \u{b7} couple {number} sur {total}\"\n  sample_couple: \"Couple d'exemple\u{a0}: {title} (fictif)\"\n  readiness_heading: \"Ouverture \u{e0} la th\u{e9}rapie de couple (0 \u{e0} 100)\"\n  person_words: \"{name}\u{a0}: {words}\"\n  person_score: \"{name}\u{a0}: {score} \u{b7} {band}\"\n  kept_private: \"a gard\u{e9} ces r\u{e9}ponses pour soi\"\n  not_applicable: \"ne s'applique pas\"\n  gap_detail: \"\u{c9}cart d'ouverture\u{a0}: {gap} (niveaux {words}).\"\n  safety_couple: \"Si la maison n'est pas un lieu s\u{fb}r pour l'une ou l'autre personne, commencez par {support}, de votre c\u{f4}t\u{e9}.\"\n  safety_solo: \"Si la maison n'est pas un lieu s\u{fb}r pour vous, commencez par {support}.\"\n  pattern_heading_couple: \"Comment la th\u{e9}rapie est abord\u{e9}e entre vous\"\n  pattern_heading_solo: \"Comment la th\u{e9}rapie est abord\u{e9}e, selon vous\"\n  guesses_heading: \"Vos suppositions sur l'ouverture de l'autre\"\n  guesses_heading_solo: \"Votre supposition sur l'ouverture de votre partenaire\"\n  worries_heading_couple: \"Ce qui retient chaque personne (0 \u{e0} 100; plus c'est haut, plus \u{e7}a p\u{e8}se)\"\n  worries_heading_solo: \"Ce qui vous retient (0 \u{e0} 100; plus c'est haut, plus \u{e7}a p\u{e8}se)\"\n  why_this: \"Pourquoi? {reasons}\"\n  why_this_text: \"Pourquoi\u{a0}: {reasons}\"\n  steps_label: \"\u{c9}tapes\u{a0}:\"\n  more_ideas_list: \"Autres id\u{e9}es\u{a0}: {titles}.\"\n  report_made_on: \"Produit le {date} avec le contenu `{id}`, version {version} (empreinte des questions\u{a0}: {fingerprint}).\"\n\nkeys:\n  move: \"d\u{e9}placer\"\n  choose: \"choisir\"\n  privacy: \"vie priv\u{e9}e\"\n  help: \"aide\"\n  quit: \"quitter\"\n  resume: \"reprendre\"\n  discard: \"effacer, recommencer\"\n  next_field: \"champ suivant\"\n  continue: \"continuer\"\n  quick_exit: \"sortie rapide\"\n  review: \"revoir\"\n  start: \"commencer\"\n  scroll: \"d\u{e9}filer\"\n  change_or_finish: \"changer ou finir\"\n  back_to_question: \"retour \u{e0} la question\"\n  answer: \"r\u{e9}pondre\"\n  prefer_not: \"ne pas r\u{e9}pondre\"\n  back: \"retour\"\n  guess: \"deviner\"\n  skip: \"passer\"\n  skip_guesses: \"ne pas deviner\"\n  next_card: \"carte suivante\"\n  open: \"ouvrir\"\n  why: \"pourquoi?\"\n  other_couples: \"autres couples\"\n  save: \"enregistrer\"\n  start_over: \"recommencer\"\n  keys: \"touches\"\n  language: \"langue\"\n\nkey_names:\n  enter: \"Entr\u{e9}e\"\n  esc: \"\u{c9}chap\"\n  tab: \"Tab\"\n  one_to: \"{first} \u{e0} {last}\"\n\nscreen:\n  more_below: \"\u{2193} suite\"\n  too_small: \"Veuillez agrandir cette fen\u{ea}tre. samepage a besoin d'au moins {needed}; elle fait {size} en ce moment. Votre progression et vos r\u{e9}ponses sont gard\u{e9}es.\"\n  choose_first: \"Choisissez d'abord une r\u{e9}ponse\u{a0}: \u{2191}\u{2193} puis Entr\u{e9}e, ou tapez 1 \u{e0} 5 (0\u{a0}: je pr\u{e9}f\u{e8}re ne pas r\u{e9}pondre).\"\n  no_samples: \"Ce contenu n'a aucun couple d'exemple (content/samples.yaml).\"\n  progress_problem: \"Votre progression n'est pas gard\u{e9}e\u{a0}: {cause}.\"\n\nwelcome:\n  header: \"Bienvenue\"\n  minutes:\n    one: \"Cela prend environ une minute par personne.\"\n    other: \"Cela prend environ {count} minutes par personne.\"\n  question: \"Comment voulez-vous commencer?\"\n  together: \"Ensemble, en couple\"\n  solo: \"En solo\"\n  demo: \"D\u{e9}mo avec des couples d'exemple\"\n  language: \"Langue\u{a0}: {name}\"\n  language_name: \"Fran\u{e7}ais\"\n\nkeeping:\n  no_choice: \"Garder ma progression\u{a0}: non, rien n'est enregistr\u{e9}.\"\n  choice_on: \"[x] Garder ma progression ({key}\u{a0}: ne rien garder)\"\n  choice_off: \"[ ] Garder ma progression ({key}\u{a0}: la garder)\"\n  kept: \"Vos r\u{e9}ponses sont gard\u{e9}es dans {path} jusqu'aux r\u{e9}sultats, sauf si vous les effacez. Toute personne qui utilise ce compte, y compris votre partenaire, peut ouvrir ce fichier. Le bilan priv\u{e9} n'est jamais gard\u{e9}.\"\n  if_kept: \"Si vous gardez votre progression, vos r\u{e9}ponses sont gard\u{e9}es dans {path} jusqu'aux r\u{e9}sultats, sauf si vous les effacez. Toute personne qui utilise ce compte, y compris votre partenaire, peut ouvrir ce fichier. Le bilan priv\u{e9} n'est jamais gard\u{e9}.\"\n  nothing: \"Rien n'est \u{e9}crit sur le disque. Si vous quittez ou si quelque chose vous interrompt, vos r\u{e9}ponses sont perdues.\"\n  private: \"Mode priv\u{e9}\u{a0}: rien n'est \u{e9}crit sur le disque. Si vous quittez ou si quelque chose vous interrompt, vos r\u{e9}ponses sont perdues.\"\n  piped: \"Les r\u{e9}ponses viennent d'un autre programme, donc rien n'est \u{e9}crit sur le disque.\"\n  other_session: \"samepage est d\u{e9}j\u{e0} ouvert sur ce compte, donc cette fen\u{ea}tre ne garde rien sur le disque (mode priv\u{e9}).\"\n  unwritable: \"Votre progression ne peut pas \u{ea}tre gard\u{e9}e sur cet ordinateur ({cause}), donc rien n'est \u{e9}crit sur le disque.\"\n\nresume:\n  header: \"Bon retour\"\n  found: \"Il y a un questionnaire en cours sur cet ordinateur\u{a0}:\"\n  explain: \"Reprenez-le pour continuer l\u{e0} o\u{f9} vous \u{e9}tiez, ou effacez-le pour recommencer. Effacer supprime ces r\u{e9}ponses.\"\n  prompt: \"Appuyez sur Entr\u{e9}e pour reprendre ou sur d pour effacer.\"\n  names: \"{first} et {second}\"\n  solo_at: \"{name}, \u{e0} la question {number} sur {total}\"\n  solo_done: \"{name}, questions termin\u{e9}es\"\n  solo_all_done: \"{name}, toutes les questions termin\u{e9}es\"\n  couple_at: \"{names}\u{a0}: c'est \u{e0} {name} de r\u{e9}pondre, \u{e0} la question {number} sur {total}\"\n  couple_done: \"{names}\u{a0}: c'est \u{e0} {name}, questions termin\u{e9}es\"\n  couple_next: \"{names}\u{a0}: c'est ensuite \u{e0} {name} de r\u{e9}pondre\"\n  couple_all_done: \"{names}\u{a0}: toutes les questions termin\u{e9}es\"\n\nnames:\n  header: \"Noms\"\n  intro: \"Les noms sont facultatifs. Laissez un champ vide pour utiliser le nom entre crochets.\"\n  first: \"Premi\u{e8}re personne\"\n  second: \"Deuxi\u{e8}me personne\"\n  yours: \"Votre nom\"\n  fallback_first: \"Partenaire A\"\n  fallback_second: \"Partenaire B\"\n  fallback_solo: \"Vous\"\n\nsession:\n  turn_yours: \"\u{c0} vous\"\n  turn_named: \"\u{c0} vous, {name}\"\n  private_yours: \"En priv\u{e9}\"\n  private_named: \"{name} \u{b7} en priv\u{e9}\"\n  question_status: \"{section} \u{b7} Question {number} sur {total}\"\n  check_in_status: \"Bilan priv\u{e9} \u{b7} {number} sur {total}\"\n  welcome_back: \"Bon retour\"\n\nreview:\n  title_yours: \"Vos r\u{e9}ponses \u{b7} r\u{e9}vision\"\n  title_named: \"\u{c0} vous, {name} \u{b7} r\u{e9}vision\"\n  intro: \"Vos r\u{e9}ponses, pour vous seulement. Choisissez-en une pour la changer, ou choisissez \u{ab}\u{a0}Termin\u{e9}\u{a0}\u{bb} \u{e0} la fin.\"\n  not_answered: \"pas encore de r\u{e9}ponse\"\n  does_not_apply: \"Ne s'applique pas\"\n  done: \"Termin\u{e9}\u{a0}: continuer\"\n\nhelp:\n  title: \"Touches de cet \u{e9}cran\"\n  quick_exit: \"sortie rapide\u{a0}: vider l'\u{e9}cran et partir\"\n  close: \"Appuyez sur une touche pour fermer.\"\n  move_choices: \"passer d'un choix \u{e0} l'autre\"\n  welcome_numbers: \"ensemble, en solo ou la d\u{e9}mo\"\n  choose: \"choisir\"\n  privacy: \"garder ma progression en cas d'arr\u{ea}t, ou rien\"\n  quit: \"quitter\"\n  resume: \"reprendre le questionnaire en cours\"\n  discard: \"l'effacer et recommencer\"\n  other_name: \"l'autre nom\"\n  go_on: \"continuer\"\n  results_sections: \"r\u{e9}sum\u{e9}, ouverture, dynamique, inqui\u{e9}tudes, \u{e9}tapes, soutien\"\n  scroll: \"d\u{e9}filer\"\n  next_section: \"la section ou la carte suivante\"\n  open_card: \"ouvrir ou fermer la carte (\u{e9}tapes)\"\n  why_card: \"pourquoi cette carte?\"\n  why_all: \"pourquoi, pour chaque carte\"\n  more_ideas: \"autres id\u{e9}es\"\n  save: \"enregistrer le rapport ou les r\u{e9}ponses\"\n  start_over: \"recommencer (\u{e0} confirmer)\"\n  other_samples: \"les autres couples d'exemple\"\n  leave: \"partir (\u{e0} confirmer)\"\n  answer_go_on: \"r\u{e9}pondre et avancer\"\n  prefer_not: \"ne pas r\u{e9}pondre\"\n  choose_focused: \"choisir la r\u{e9}ponse surlign\u{e9}e\"\n  back_one: \"question pr\u{e9}c\u{e9}dente\"\n  forward: \"question suivante\"\n  review: \"revoir vos r\u{e9}ponses\"\n  quit_asks: \"quitter (\u{e0} confirmer)\"\n  move: \"d\u{e9}placer\"\n  change_or_finish: \"changer cette r\u{e9}ponse, ou terminer\"\n  back_to_question: \"retour \u{e0} la question\"\n  skip_guesses: \"ne pas deviner (si c'est propos\u{e9})\"\n  language: \"changer de langue\"\n\nsave:\n  title: \"Enregistrer\"\n  report_choice: \"le rapport (Markdown)\"\n  answers_choice: \"les r\u{e9}ponses, pour comparer plus tard\"\n  any_other_key: \"autre touche\"\n  cancel: \"annuler\"\n  report_as: \"Enregistrer le rapport sous\u{a0}:\"\n  answers_as: \"Enregistrer les r\u{e9}ponses sous\u{a0}:\"\n  name_placeholder: \"{marker} sera remplac\u{e9} par le nom de chaque personne.\"\n  save: \"enregistrer\"\n\nquit:\n  title: \"Quitter maintenant?\"\n  leave_title: \"Partir maintenant?\"\n  demo: \"Rien de la d\u{e9}mo n'est gard\u{e9}.\"\n  finished: \"Les r\u{e9}sultats s'affichent quand vous partez.\"\n  finished_not_printed: \"Les r\u{e9}sultats ne s'affichent pas apr\u{e8}s votre d\u{e9}part. Pour les garder, enregistrez d'abord le rapport (s).\"\n  keep: \"quitter et garder vos r\u{e9}ponses sur cet ordinateur pour finir plus tard\"\n  discard: \"quitter et effacer vos r\u{e9}ponses\"\n  lost: \"Vos r\u{e9}ponses n'ont pas pu \u{ea}tre gard\u{e9}es\u{a0}: {cause}.\"\n  not_kept: \"Vos r\u{e9}ponses ne seront pas gard\u{e9}es.\"\n  resume_kept: \"Le questionnaire en cours reste sur cet ordinateur, tel quel.\"\n  leave: \"partir\"\n  quit: \"quitter\"\n  stay: \"rester\"\n  start_over_title: \"Recommencer?\"\n  start_over_text: \"Ces r\u{e9}sultats seront perdus, sauf si vous les avez enregistr\u{e9}s avant.\"\n  start_over: \"recommencer\"\n\nsummary:\n  gap_line: \"Vos niveaux d'ouverture\u{a0}: {words}.\"\n  readier: \"{name} a plus envie de commencer la th\u{e9}rapie en ce moment.\"\n  weighs_you: \"Ce qui p\u{e8}se pour vous\u{a0}: {list}.\"\n  weighs_named: \"Ce qui p\u{e8}se pour {name}\u{a0}: {list}.\"\n  weighs_both: \"Ce qui p\u{e8}se pour vous deux\u{a0}: {list}.\"\n  weighs_none_couple: \"Aucune inqui\u{e9}tude ne ressort pour l'une ou l'autre personne.\"\n  weighs_none_solo: \"Aucune inqui\u{e9}tude ne ressort de vos r\u{e9}ponses.\"\n  pattern_couple: \"Quand la th\u{e9}rapie est abord\u{e9}e\u{a0}: {first}; {second}.\"\n  pattern_solo: \"Selon vous\u{a0}: {first}; {second}.\"\n  pattern_solo_one: \"Selon vous\u{a0}: {first}.\"\n  step_largest_solo: \"La plus grande \u{e9}tape \u{e0} laquelle vous avez dit oui\u{a0}: {largest}. La suivante\u{a0}: {next}.\"\n  step_largest_both: \"La plus grande \u{e9}tape \u{e0} laquelle vous deux avez dit oui\u{a0}: {largest}. La suivante\u{a0}: {next}.\"\n  step_top_solo: \"La plus grande \u{e9}tape \u{e0} laquelle vous avez dit oui\u{a0}: {largest}.\"\n  step_top_both: \"La plus grande \u{e9}tape \u{e0} laquelle vous deux avez dit oui\u{a0}: {largest}.\"\n  step_all_solo: \"Vous avez dit oui \u{e0} chaque \u{e9}tape, jusqu'\u{e0} \u{ab}\u{a0}{largest}\u{a0}\u{bb}.\"\n  step_all_both: \"Vous deux avez dit oui \u{e0} chaque \u{e9}tape, jusqu'\u{e0} \u{ab}\u{a0}{largest}\u{a0}\u{bb}.\"\n  step_none_solo: \"Vous n'avez dit oui \u{e0} aucune \u{e9}tape vers la th\u{e9}rapie de couple, et c'est correct. La plus petite\u{a0}: {next}.\"\n  step_none_both: \"Aucune \u{e9}tape vers la th\u{e9}rapie de couple n'a re\u{e7}u un oui de vous deux, et c'est correct. La plus petite\u{a0}: {next}.\"\n  step_alone_named: \"{name} a aussi dit oui \u{e0}\u{a0}: {list}.\"\n  step_alone_yours: \"Vous avez aussi dit oui \u{e0}\u{a0}: {list}.\"\n  strength_both_lean: \"Vous deux avez plut\u{f4}t envie d'essayer la th\u{e9}rapie.\"\n  strength_you_lean: \"Vous avez plut\u{f4}t envie d'essayer la th\u{e9}rapie.\"\n  list_last: \"{first} et {last}\"\n  list_separator: \",\"\n  list_separator_strong: \";\"\n  theme_both: \"p\u{e8}se pour vous deux\"\n  theme_neither: \"ne p\u{e8}se fortement pour aucune des deux personnes\"\n  theme_light: \"p\u{e8}se peu pour les deux personnes\"\n  theme_one: \"p\u{e8}se pour {name}\"\n  theme_you: \"p\u{e8}se pour vous\"\n  theme_one_not: \"ne p\u{e8}se pas fortement pour {name}\"\n  theme_none: \"rien \u{e0} comparer ici\"\n\ncycle:\n  named: \"{name} {phrase}\"\n  your_partner: \"votre partenaire\"\n  raises: \"a tendance \u{e0} en parler\"\n  steps_back: \"a tendance \u{e0} prendre du recul\"\n  both: \"en parle parfois, et prend du recul \u{e0} d'autres moments\"\n  neither: \"ne montre pas de tendance nette\"\n  kept_private: \"a gard\u{e9} ces r\u{e9}ponses pour soi\"\n  too_few: \"a donn\u{e9} trop peu de r\u{e9}ponses pour le dire\"\n  you_raise: \"vous avez tendance \u{e0} en parler\"\n  you_step_back: \"vous avez tendance \u{e0} prendre du recul\"\n  you_both: \"vous en parlez parfois, et prenez du recul \u{e0} d'autres moments\"\n  you_neither: \"vous ne montrez pas de tendance nette\"\n  you_kept_private: \"Vous avez gard\u{e9} ces r\u{e9}ponses pour vous.\"\n  you_too_few: \"Vous avez donn\u{e9} trop peu de r\u{e9}ponses pour le dire.\"\n  raise_and_step_back: \"{raiser} a tendance \u{e0} parler de th\u{e9}rapie, et {other} a tendance \u{e0} prendre du recul. Chaque geste a du sens pour la personne qui le fait, et chacun peut entra\u{ee}ner l'autre\u{a0}: insister peut amener \u{e0} reculer, et reculer peut amener \u{e0} insister davantage. C'est une boucle que vous vivez \u{e0} deux, et ce n'est la faute de personne.\"\n  both_step_back: \"Vous deux avez tendance \u{e0} prendre du recul quand la th\u{e9}rapie est abord\u{e9}e. Cela peut garder la paix un moment, mais aussi faire en sorte que le sujet ne soit jamais vraiment discut\u{e9}. C'est une dynamique que vous partagez, pas la faute de l'une ou l'autre personne.\"\n  both_raise: \"Vous deux avez tendance \u{e0} parler de th\u{e9}rapie. Chaque personne peut vouloir que les choses changent, et quand m\u{ea}me se sentir pouss\u{e9}e par l'autre. Parler \u{e0} tour de r\u{f4}le peut aider chaque personne \u{e0} se sentir entendue.\"\n  no_clear: \"Vos r\u{e9}ponses ne montrent pas une dynamique claire dans la fa\u{e7}on dont la th\u{e9}rapie est abord\u{e9}e. Une dynamique peut \u{ea}tre difficile \u{e0} voir de l'int\u{e9}rieur, et elle change avec le temps.\"\n  unknown: \"Il n'y a pas assez de r\u{e9}ponses ici pour montrer une dynamique.\"\n  solo_you_raise: \"Selon vous, vous avez tendance \u{e0} parler de th\u{e9}rapie, et votre partenaire a tendance \u{e0} prendre du recul. Chaque geste peut entra\u{ee}ner l'autre\u{a0}: insister peut amener \u{e0} reculer, et reculer peut amener \u{e0} insister davantage. C'est une boucle que l'on vit \u{e0} deux, et ce n'est la faute de personne.\"\n  solo_partner_raises: \"Selon vous, votre partenaire a tendance \u{e0} parler de th\u{e9}rapie, et vous avez tendance \u{e0} prendre du recul. Chaque geste peut entra\u{ee}ner l'autre\u{a0}: insister peut amener \u{e0} reculer, et reculer peut amener \u{e0} insister davantage. C'est une boucle que l'on vit \u{e0} deux, et ce n'est la faute de personne.\"\n  solo_both_step_back: \"Selon vous, votre partenaire et vous avez la m\u{ea}me tendance\u{a0}: prendre du recul quand la th\u{e9}rapie est abord\u{e9}e. Cela peut garder la paix, mais aussi faire en sorte que le sujet ne soit jamais vraiment discut\u{e9}.\"\n  solo_both_raise: \"Selon vous, votre partenaire et vous avez la m\u{ea}me tendance\u{a0}: parler de th\u{e9}rapie. Chaque personne peut vouloir que les choses changent, et quand m\u{ea}me se sentir pouss\u{e9}e par l'autre.\"\n  solo_scores: \"D'apr\u{e8}s vos r\u{e9}ponses, de 0 \u{e0} 100\u{a0}: vous, en parler {raise} et prendre du recul {step_back}; votre partenaire, en parler {partner_raise} et prendre du recul {partner_step_back}.\"\n  parts_heading: \"La part de chaque personne\"\n  part_scores: \"{part} (en parler\u{a0}: {raise}; prendre du recul\u{a0}: {step_back}).\"\n  part_alone: \"{part}.\"\n  views_heading: \"Comment chaque personne le voit\"\n  view: \"Selon {name}\u{a0}: {first}; {second}.\"\n  view_one: \"Selon {name}\u{a0}: {first}.\"\n  views_differ: \"Vos points de vue ne sont pas les m\u{ea}mes. C'est une chose \u{e0} explorer ensemble, pas \u{e0} trancher.\"\n\ncards:\n  for_both: \"Pour vous deux\"\n  common: \"Une question fr\u{e9}quente\"\n  for_you: \"Pour vous\"\n  for_names: \"Pour {names}\"\n\nwhy:\n  every_couple: \"Carte montr\u{e9}e \u{e0} tous les couples.\"\n  each_of_you: \"Carte montr\u{e9}e \u{e0} chaque personne.\"\n  alone: \"Pour une personne qui r\u{e9}pond seule.\"\n  quoted: \"\u{ab}\u{a0}{text}\u{a0}\u{bb}\"\n  pace_both: \"Les \u{e9}tapes au-del\u{e0} de \u{ab}\u{a0}{next}\u{a0}\u{bb}, et celles auxquelles l'une ou l'autre personne a dit non, sont laiss\u{e9}es de c\u{f4}t\u{e9} pour l'instant.\"\n  pace_yours: \"Les \u{e9}tapes au-del\u{e0} de \u{ab}\u{a0}{next}\u{a0}\u{bb}, et celles auxquelles vous avez dit non, sont laiss\u{e9}es de c\u{f4}t\u{e9} pour l'instant.\"\n  common: \"Une question fr\u{e9}quente, montr\u{e9}e \u{e0} tout le monde.\"\n  pairing: \"Rythme du couple\u{a0}: \u{ab}\u{a0}{label}\u{a0}\u{bb}. Ouverture\u{a0}: {scores}, un \u{e9}cart de {gap}; {rule}.\"\n  score: \"{name} {score}\"\n  theme_named: \"Pour {name}, \u{ab}\u{a0}{theme}\u{a0}\u{bb} fait partie des principales inqui\u{e9}tudes (niveau {level}; compte \u{e0} partir de {high}).\"\n  theme_yours: \"\u{ab}\u{a0}{theme}\u{a0}\u{bb} fait partie de vos principales inqui\u{e9}tudes (niveau {level}; compte \u{e0} partir de {high}).\"\n  band_named: \"{name} a une ouverture de {score}, ce qui correspond \u{e0} \u{ab}\u{a0}{band}\u{a0}\u{bb} ({range}).\"\n  band_yours: \"Votre ouverture est de {score}, ce qui correspond \u{e0} \u{ab}\u{a0}{band}\u{a0}\u{bb} ({range}).\"\n  partner_stance: \"Vous avez r\u{e9}pondu\u{a0}: {answer}.\"\n  side_raise_named: \"{name} a tendance \u{e0} aborder la th\u{e9}rapie, d'apr\u{e8}s les r\u{e9}ponses des deux personnes (aborder le sujet\u{a0}: {score}; \u{e0} partir de {high}).\"\n  side_raise_yours: \"Vous avez tendance \u{e0} aborder la th\u{e9}rapie, d'apr\u{e8}s vos r\u{e9}ponses (aborder le sujet\u{a0}: {score}; \u{e0} partir de {high}).\"\n  side_step_back_named: \"{name} a tendance \u{e0} prendre du recul quand la th\u{e9}rapie est abord\u{e9}e, d'apr\u{e8}s les r\u{e9}ponses des deux personnes (prendre du recul\u{a0}: {score}; \u{e0} partir de {high}).\"\n  side_step_back_yours: \"Vous avez tendance \u{e0} prendre du recul quand la th\u{e9}rapie est abord\u{e9}e, d'apr\u{e8}s vos r\u{e9}ponses (prendre du recul\u{a0}: {score}; \u{e0} partir de {high}).\"\n  readier: \"{name} a plus envie de commencer la th\u{e9}rapie en ce moment\u{a0}: ouverture de {own} contre {other}, un \u{e9}cart de {gap} ({wide} ou plus, avec le score le plus bas sous {middle}).\"\n  less_ready: \"{name} a moins envie de commencer la th\u{e9}rapie en ce moment\u{a0}: ouverture de {own} contre {other}, un \u{e9}cart de {gap} ({wide} ou plus, avec le score le plus bas sous {middle}).\"\n  rule_both_ready: \"les deux scores d'ouverture sont de {ready} ou plus\"\n  rule_both_not_now: \"les deux scores d'ouverture sont de {not_now} ou moins\"\n  rule_close: \"l'\u{e9}cart entre les scores d'ouverture est de {close} ou moins\"\n  rule_apart: \"l'\u{e9}cart entre les scores d'ouverture est de {wide} ou plus\"\n  rule_any: \"l'\u{e9}tiquette utilis\u{e9}e quand {labels} ne correspondent pas\"\n  range_at_least: \"{value} ou plus\"\n  range_at_most: \"{value} ou moins\"\n  range_between: \"{low} \u{e0} {high}\"\n\nperception:\n  too_few: \"{guesser} a fait trop peu de suppositions pour comparer.\"\n  solo: \"Selon vous, l'ouverture de votre partenaire serait de {guess}. Lui demander son point de vue pourrait \u{ea}tre une fa\u{e7}on douce de commencer.\"\n  close: \"{guesser} a r\u{e9}pondu {guess} pour {other}, et {other} obtient {actual} selon ses propres r\u{e9}ponses\u{a0}: c'est proche.\"\n  higher: \"{guesser} a r\u{e9}pondu {guess} pour {other}, et {other} obtient {actual} selon ses propres r\u{e9}ponses\u{a0}: c'est plus haut que l'estimation. Un \u{e9}cart comme celui-l\u{e0} m\u{e9}rite qu'on s'y int\u{e9}resse ensemble.\"\n  lower: \"{guesser} a r\u{e9}pondu {guess} pour {other}, et {other} obtient {actual} selon ses propres r\u{e9}ponses\u{a0}: c'est plus bas que l'estimation. Un \u{e9}cart comme celui-l\u{e0} m\u{e9}rite qu'on s'y int\u{e9}resse ensemble.\"\n\nsupport:\n  call: \"T\u{e9}l\u{e9}phone\u{a0}: {value}\"\n  text: \"Texto\u{a0}: {value}\"\n  chat: \"Clavardage\u{a0}: {value}\"\n  tty: \"ATS\u{a0}: {value}\"\n  for: \"Pour {audience}. {hours}.\"\n  for_report: \"Pour {audience}; {hours}.\"\n  closing: \"Appuyez sur Entr\u{e9}e quand vous voulez continuer.\"\n\nplain:\n  keep_ask: \"Garder votre progression? Tapez y pour la garder (ou appuyez sur Entr\u{e9}e), ou n pour ne rien garder\u{a0}: \"\n  keep_ask_couple: \"Garder votre progression? Tapez y pour la garder, ou n pour ne rien garder (ou appuyez sur Entr\u{e9}e)\u{a0}: \"\n  keep_again: \"Veuillez taper y pour garder votre progression, ou n pour ne rien garder\u{a0}: \"\n  cannot_clear: \"Ce terminal ne peut pas effacer son \u{e9}cran, donc les r\u{e9}ponses de chaque personne pourraient rester visibles pour l'autre. Pour r\u{e9}pondre en priv\u{e9}, chaque personne peut lancer samepage --solo --save FILE de son c\u{f4}t\u{e9}, puis samepage compare FILE1 FILE2.\"\n  mode_ask: \"Tapez 1 ou 2\u{a0}: \"\n  mode_again: \"Veuillez taper 1 pour ensemble ou 2 pour en solo.\"\n  names_intro: \"Les noms sont facultatifs. Appuyez sur Entr\u{e9}e pour garder celui entre crochets.\"\n  name_first: \"Nom de la premi\u{e8}re personne\"\n  name_second: \"Nom de la deuxi\u{e8}me personne\"\n  how_to: \"Tapez 1 \u{e0} 5 pour r\u{e9}pondre, 0 pour \u{ab}\u{a0}{prefer_not}\u{a0}\u{bb}, b pour revenir en arri\u{e8}re, q pour quitter.\"\n  answer_ask: \"Votre r\u{e9}ponse\u{a0}: \"\n  answer_again: \"Veuillez taper un nombre de 0 \u{e0} {highest}, b pour revenir en arri\u{e8}re ou q pour quitter.\"\n  end: \"C'est la fin des questions.\"\n  review_how: \"Pour changer une r\u{e9}ponse, tapez le num\u{e9}ro de sa question (1 \u{e0} {count}). Appuyez sur Entr\u{e9}e pour continuer.\"\n  review_ask: \"Num\u{e9}ro de question, ou Entr\u{e9}e\u{a0}: \"\n  review_again: \"Veuillez taper un nombre de 1 \u{e0} {count}, ou appuyer sur Entr\u{e9}e pour continuer.\"\n  guess_couple: \"Une derni\u{e8}re \u{e9}tape, facultative\u{a0}: devinez les r\u{e9}ponses de l'autre \u{e0} quelques questions sur l'ouverture \u{e0} la th\u{e9}rapie. Les r\u{e9}sultats montrent ensuite chaque supposition \u{e0} c\u{f4}t\u{e9} des vraies r\u{e9}ponses.\"\n  guess_solo: \"Une derni\u{e8}re \u{e9}tape, facultative\u{a0}: devinez ce que votre partenaire r\u{e9}pondrait \u{e0} quelques questions sur l'ouverture \u{e0} la th\u{e9}rapie. Les r\u{e9}sultats montrent votre supposition, pour en parler avec votre partenaire si vous le voulez.\"\n  guess_ask: \"Tapez y pour deviner, ou appuyez sur Entr\u{e9}e pour passer\u{a0}: \"\n  quit_lost: \"Quitter maintenant? Vos r\u{e9}ponses n'ont pas pu \u{ea}tre gard\u{e9}es ({cause}). Tapez y pour quitter, ou appuyez sur Entr\u{e9}e pour continuer\u{a0}: \"\n  quit_keep: \"Quitter maintenant? Tapez k pour garder vos r\u{e9}ponses sur cet ordinateur et finir plus tard, d pour les effacer, ou appuyez sur Entr\u{e9}e pour continuer\u{a0}: \"\n  quit_nothing: \"Quitter maintenant? Rien ne sera gard\u{e9}. Tapez y pour quitter, ou appuyez sur Entr\u{e9}e pour continuer\u{a0}: \"\n  resume_ask: \"Tapez r (ou appuyez sur Entr\u{e9}e) pour le reprendre, ou d pour l'effacer et recommencer\u{a0}: \"\n  resume_again: \"Veuillez taper r pour reprendre ou d pour effacer\u{a0}: \"\n  not_kept: \"(Votre progression n'est pas gard\u{e9}e\u{a0}: {cause}.)\"\n  question_header: \"Question {number} sur {total} \u{b7} {section}\"\n  check_in_header: \"Bilan priv\u{e9} {number} sur {total}\"\n  skip_guesses: \"Tapez s pour passer les suppositions.\"\n  guess_header: \"Supposition {number} sur {total} \u{b7} {about}\"\n\nending:\n  nothing_saved: \"Rien n'a \u{e9}t\u{e9} enregistr\u{e9}.\"\n  kept_so_far: \"Vos r\u{e9}ponses jusqu'ici sont gard\u{e9}es dans {path}; relancez samepage pour reprendre l\u{e0} o\u{f9} vous \u{e9}tiez.\"\n  earlier_copy: \"Une copie plus ancienne de votre progression se trouve encore dans {path}.\"\n  nothing_kept: \"Rien n'a \u{e9}t\u{e9} gard\u{e9}.\"\n  latest_not_kept: \"Vos derni\u{e8}res r\u{e9}ponses n'ont pas pu \u{ea}tre gard\u{e9}es ({cause}). {then}\"\n  input_ended_nothing: \"La saisie s'est arr\u{ea}t\u{e9}e avant la fin du questionnaire, donc rien n'a \u{e9}t\u{e9} enregistr\u{e9}.\"\n  input_ended: \"La saisie s'est arr\u{ea}t\u{e9}e avant la fin du questionnaire. {kept}\"\n  quit: \"Vous avez quitt\u{e9} avant la fin. {kept}\"\n  quit_discarded: \"Vous avez quitt\u{e9}, et vos r\u{e9}ponses ont \u{e9}t\u{e9} effac\u{e9}es.\"\n  stopped: \"Le questionnaire s'est arr\u{ea}t\u{e9} avant la fin. {kept}\"\n  still_kept: \"Vos r\u{e9}ponses sont encore gard\u{e9}es sur cet ordinateur\u{a0}: relancez samepage avec --save et un autre nom pour les enregistrer.\"\n  not_saved: \"Vos r\u{e9}ponses n'ont pas \u{e9}t\u{e9} enregistr\u{e9}es.\"\n  saved_in: \"Vos r\u{e9}ponses sont enregistr\u{e9}es dans {path} (seul ce compte peut les lire).\"\n  another_name: \"Tapez un autre nom de fichier pour vos r\u{e9}ponses, ou appuyez sur Entr\u{e9}e pour ne pas les enregistrer\u{a0}:\"\n  appeared: \"Le fichier {path} est apparu pendant que vous r\u{e9}pondiez; il n'a donc pas \u{e9}t\u{e9} remplac\u{e9}. Tapez un autre nom.\"\n  no_folder: \"Impossible d'enregistrer dans {path}\u{a0}: le dossier n'existe pas ou n'est pas accessible en \u{e9}criture.\"\n  line_by_line: \"samepage\u{a0}: {reason}, donc les questions sont pos\u{e9}es ligne par ligne.\"\n  no_home: \"il n'y a pas de dossier personnel (HOME n'est pas d\u{e9}fini)\"\n  demo_no_samples: \"Ce contenu n'a aucun couple d'exemple ({file}), donc il n'y a rien \u{e0} montrer.\"\n  translation_broken: \"samepage\u{a0}: la traduction dans {folder} ne peut pas \u{ea}tre utilis\u{e9}e, donc cette s\u{e9}ance est dans la langue du dossier; `samepage validate {root}` indique quoi corriger.\"\n  demo_heading: \"=== Couple d'exemple {number} sur {total}\u{a0}: {title} ===\"\n\nsaving:\n  nothing_yet: \"Il n'y a encore rien \u{e0} enregistrer.\"\n  same_name: \"Les deux fichiers auraient le m\u{ea}me nom; ajoutez-y {marker}.\"\n  saved_in: \"Enregistrement fait dans {paths} (seul ce compte y a acc\u{e8}s).\"\n  offer: \"Pour enregistrer, tapez r pour un rapport ou a pour les r\u{e9}ponses; appuyez sur Entr\u{e9}e pour terminer\u{a0}:\"\n  offer_again: \"Veuillez taper r ou a, ou appuyer sur Entr\u{e9}e.\"\n  marker_note: \"({marker} sera remplac\u{e9} par le nom de chaque personne.)\"\n  file_name: \"Nom du fichier [{default}]\u{a0}:\"\n  report_saved_in: \"Le rapport est enregistr\u{e9} dans {path}.\"\n\nvalidate:\n  valid: \"{folder}\u{a0}: le contenu est valide ({questions} questions, {themes} th\u{e8}mes, {cards} cartes).\"\n  stale: \"avertissement\u{a0}: checkin.yaml\u{a0}: lignes d'aide v\u{e9}rifi\u{e9}es il y a plus d'un an, {stale} sur {total} (la plus ancienne, {oldest}, le {day}); v\u{e9}rifiez de nouveau leurs num\u{e9}ros sur la page de chaque service.\"\n\nfiles:\n  cannot_write: \"Impossible d'enregistrer {path}\u{a0}: {cause}.\"\n  exists: \"{path} existe d\u{e9}j\u{e0}; choisissez un autre nom ou d\u{e9}placez d'abord ce fichier.\"\n  missing: \"{path} n'existe pas.\"\n  unreadable: \"Impossible de lire {path}\u{a0}: {cause}.\"\n  cause_exists: \"le fichier existe d\u{e9}j\u{e0}\"\n  cause_missing: \"le fichier n'existe pas\"\n  answers_too_large: \"{path} d\u{e9}passe 1 Mo, ce n'est donc pas un fichier de r\u{e9}ponses samepage; il n'a pas \u{e9}t\u{e9} lu.\"\n  progress_too_large: \"{path} est plus gros qu'un fichier de progression ne peut l'\u{ea}tre.\"\n  empty: \"{path} est vide\u{a0}: ce n'est pas un fichier de r\u{e9}ponses samepage.\"\n  not_json: \"{path} n'est pas un fichier de r\u{e9}ponses samepage (ce n'est pas du JSON de cette forme).\"\n  wrong_format: \"{path} n'est pas un fichier de r\u{e9}ponses samepage (son \u{ab}\u{a0}format\u{a0}\u{bb} n'est pas \u{ab}\u{a0}{format}\u{a0}\u{bb}).\"\n  no_version: \"{path} n'a pas de num\u{e9}ro de version, il ne peut donc pas \u{ea}tre lu sans risque.\"\n  newer: \"{path} a \u{e9}t\u{e9} enregistr\u{e9} par une version plus r\u{e9}cente de samepage (version {version}); mettez samepage \u{e0} jour pour le lire.\"\n  unknown_version: \"{path} a une version inconnue ({version}).\"\n  repeated_key: \"{path} contient deux fois la cl\u{e9} \u{ab}\u{a0}{key}\u{a0}\u{bb}\u{a0}: il a \u{e9}t\u{e9} modifi\u{e9} ou ab\u{ee}m\u{e9} et ne peut pas \u{ea}tre utilis\u{e9}.\"\n  damaged: \"{path} est ab\u{ee}m\u{e9}\u{a0}: son nom, son contenu ou ses r\u{e9}ponses manquent ou ne sont pas des nombres entiers de 0 \u{e0} 5.\"\n  other_questions: \"{path} a \u{e9}t\u{e9} fait avec d'autres questions (\u{ab}\u{a0}{id}\u{a0}\u{bb}) que celles utilis\u{e9}es ici, il ne peut donc pas \u{ea}tre utilis\u{e9} avec elles.\"\n  unknown_question: \"{path} a une r\u{e9}ponse pour \u{ab}\u{a0}{id}\u{a0}\u{bb}, qui n'est pas une question du contenu utilis\u{e9}.\"\n  bad_answer: \"{path} a la r\u{e9}ponse {code} pour \u{ab}\u{a0}{id}\u{a0}\u{bb}; les r\u{e9}ponses sont des nombres entiers de 0 \u{e0} 5 (6 quand une question ne s'applique pas).\"\n  missing_answer: \"{path} n'a pas de r\u{e9}ponse pour \u{ab}\u{a0}{id}\u{a0}\u{bb} (une question pass\u{e9}e est enregistr\u{e9}e comme 0)\u{a0}: il a \u{e9}t\u{e9} modifi\u{e9} ou ab\u{ee}m\u{e9} et ne peut pas \u{ea}tre utilis\u{e9}.\"\n  folder: \"{path} est un dossier, pas un fichier de r\u{e9}ponses.\"\n  not_regular: \"{path} n'est pas un fichier ordinaire, il n'a donc pas \u{e9}t\u{e9} lu.\"\n  not_a_folder: \"{path} n'est pas un dossier\"\n  path_cause: \"{path}\u{a0}: {cause}\"\n  progress_unreadable: \"La progression gard\u{e9}e dans {path} n'a pas pu \u{ea}tre lue ni mise de c\u{f4}t\u{e9}\u{a0}: un nouveau questionnaire commence et ce fichier reste tel quel.\"\n  progress_set_aside: \"La progression gard\u{e9}e dans {path} n'a pas pu servir (ab\u{ee}m\u{e9}e, ou faite pour d'autres questions)\u{a0}: elle a \u{e9}t\u{e9} gard\u{e9}e sous le nom {aside} et un nouveau questionnaire commence.\"\n  progress_note: \"samepage\u{a0}: {note}\"\n\nterminal:\n  no_term: \"le type de terminal (TERM) n'est pas d\u{e9}fini ou vaut \u{ab}\u{a0}dumb\u{a0}\u{bb}\"\n  no_tty: \"aucun terminal n'a pu \u{ea}tre ouvert ({cause})\"\n  unknown: \"le type de terminal \u{ab}\u{a0}{term}\u{a0}\u{bb} n'est pas connu ici\"\n  setup: \"le terminal n'a pas pu \u{ea}tre pr\u{e9}par\u{e9}\"\n  charset: \"samepage\u{a0}: le jeu de caract\u{e8}res de cette locale ({charset}) ne peut pas afficher ces mots; les \u{e9}crans utilisent donc UTF-8.\"\n"),
            File(name: "meta.yaml", bytes: "id: samepage-default\nversion: 4\ntitle: Sommes-nous sur la m\u{ea}me longueur d'onde?\nminutes: 10\nwelcome: >-\n  Voici quelques questions pour les couples qui pensent \u{e0} la th\u{e9}rapie de couple.\n  Chaque personne r\u{e9}pond seule, en priv\u{e9}. Ensuite, vous voyez vos r\u{e9}ponses c\u{f4}te\n  \u{e0} c\u{f4}te, pour parler ensemble d'une prochaine \u{e9}tape.\nprivacy: >-\n  Rien de ce que vous tapez ne quitte cet ordinateur.\ndisclaimer: >-\n  Ceci vous donne de l'information. Ce n'est ni une th\u{e9}rapie ni un conseil, et\n  cela ne remplace pas l'aide d'une personne qualifi\u{e9}e.\nresults_intro: >-\n  Ceci montre des tendances dans vos r\u{e9}ponses. Cela ne dit pas qui a raison.\n  Servez-vous-en pour commencer une discussion calme.\nsolo_results_intro: >-\n  Ceci montre ce que vous avez dit sur l'id\u{e9}e d'essayer la th\u{e9}rapie et sur ce\n  qui vous retient. C'est une photo du moment, pas un verdict. Elle peut\n  changer.\nnot_enough: pas assez de r\u{e9}ponses pour le dire\n"),
            File(name: "pairing.yaml", bytes: "# Les nombres qui transforment les scores (0-100) en mots. Voir README.md pour l'usage de chacun.\nthresholds:\n  not_now: 40         # une ouverture \u{e9}gale ou inf\u{e9}rieure \u{e0} ce nombre donne \u{ab}\u{a0}pas maintenant\u{a0}\u{bb}\n  ready: 65           # \u{e9}gale ou sup\u{e9}rieure\u{a0}: \u{ab}\u{a0}envie d'essayer\u{a0}\u{bb} (doit \u{ea}tre plus grand que not_now)\n  close_gap: 15       # un \u{e9}cart d'ouverture \u{e9}gal ou inf\u{e9}rieur\u{a0}: \u{ab}\u{a0}\u{e0} peu pr\u{e8}s pareil\u{a0}\u{bb}\n  far_gap: 40         # \u{e0} partir de cet \u{e9}cart\u{a0}: \u{ab}\u{a0}un \u{e9}cart important\u{a0}\u{bb}; entre les deux\u{a0}: \u{ab}\u{a0}un certain \u{e9}cart\u{a0}\u{bb}\n  wide_gap: 25        # \u{e0} partir de cet \u{e9}cart, si le score le plus bas est sous le milieu, les r\u{e9}sultats\n                      # disent qui a le plus envie de commencer en ce moment (une r\u{e9}ponse change un score d'environ 3)\n  middle: 50          # au-dessus du milieu, une personne a plut\u{f4}t envie d'essayer\n  theme_high: 60      # une inqui\u{e9}tude \u{e9}gale ou sup\u{e9}rieure p\u{e8}se sur la personne (nettement au-dessus du milieu)\n  side_high: 60       # un c\u{f4}t\u{e9} (aborder le sujet, prendre du recul) \u{e0} partir de ce niveau d\u{e9}crit la\n                      # personne (nettement au-dessus du milieu)\n  top_themes: 2       # nombre d'inqui\u{e9}tudes principales par personne\n  min_answers:\n    readiness: 4\n    theme: 2\n    side: 1\n# Les bandes d'ouverture, de la plus basse \u{e0} la plus haute. Les mots doivent convenir \u{e0} tous les\n# scores de la bande; \u{ab}\u{a0}pas maintenant\u{a0}\u{bb} est un vrai choix, pas un \u{e9}chec.\nbands:\n  not-now:\n    name: Pas maintenant\n    summary: >-\n      Pour l'instant, ce n'est pas le bon moment pour vous d'essayer la th\u{e9}rapie\n      de couple. C'est un vrai choix, et il vous revient.\n  open:\n    name: En r\u{e9}flexion\n    summary: >-\n      Vous n'\u{e9}cartez pas l'id\u{e9}e, et vous avez peut-\u{ea}tre encore des questions ou\n      des doutes. Vous pouvez en apprendre plus avant de d\u{e9}cider, sans promettre\n      d'y aller.\n  ready:\n    name: Envie d'essayer\n    summary: >-\n      Vous avez envie d'essayer la th\u{e9}rapie de couple. Les inqui\u{e9}tudes qui vous\n      restent valent la peine d'\u{ea}tre nomm\u{e9}es au d\u{e9}but.\n# L'\u{e9}cart entre deux scores d'ouverture, en mots (jamais comme un score de \u{ab}\u{a0}compatibilit\u{e9}\u{a0}\u{bb}).\ngaps:\n  close: \u{e0} peu pr\u{e8}s les m\u{ea}mes pour l'instant\n  apart: un peu diff\u{e9}rents pour l'instant\n  far: diff\u{e9}rents pour l'instant\n# V\u{e9}rifi\u{e9}es dans cet ordre; la premi\u{e8}re \u{e9}tiquette qui convient est utilis\u{e9}e. La derni\u{e8}re doit \u{ea}tre\n# \u{ab}\u{a0}when: any\u{a0}\u{bb}.\nlabels:\n  - id: ready-together\n    name: La m\u{ea}me envie d'essayer\n    when: both-ready\n    summary: >-\n      Vous deux avez envie d'essayer la th\u{e9}rapie de couple. Vous pouvez choisir\n      une premi\u{e8}re \u{e9}tape c\u{f4}te \u{e0} c\u{f4}te.\n  - id: both-unsure\n    name: Pas maintenant, pour vous deux\n    when: both-not-now\n    summary: >-\n      Pour vous deux, ce n'est pas le moment d'essayer la th\u{e9}rapie de couple.\n      C'est un vrai choix. Si cela change, vous pourrez commencer par de petits\n      pas, \u{e0} votre rythme.\n  - id: close\n    name: Un rythme semblable\n    when: close\n    summary: >-\n      Vous voyez l'id\u{e9}e d'essayer la th\u{e9}rapie \u{e0} peu pr\u{e8}s de la m\u{ea}me fa\u{e7}on, m\u{ea}me\n      si vos inqui\u{e9}tudes diff\u{e8}rent. Cela peut vous aider \u{e0} parler de la suite,\n      s'il y en a une.\n  - id: different-paces\n    name: Des rythmes diff\u{e9}rents\n    when: any\n    summary: >-\n      Votre ouverture \u{e0} la th\u{e9}rapie n'est pas la m\u{ea}me en ce moment. Cela arrive\n      \u{e0} beaucoup de couples. C'est un point de d\u{e9}part, pas le signe que quelque\n      chose ne va pas.\n"),
            File(name: "questions.yaml", bytes: "# Ouverture (readiness)\u{a0}: \u{e0} quel point chaque personne a envie d'essayer la th\u{e9}rapie de couple, et\n# l'espoir qu'elle y met.\n# Th\u{e8}mes\u{a0}: sept raisons courantes d'h\u{e9}siter. \u{ca}tre d'accord avec un \u{e9}nonc\u{e9} veut dire plus de cette\n# h\u{e9}sitation, sauf si l'\u{e9}nonc\u{e9} porte reverse: true (\u{ea}tre d'accord veut alors dire moins).\n# Quand on parle de th\u{e9}rapie (pattern)\u{a0}: des paires d'\u{e9}nonc\u{e9}s en miroir (un sur moi, un sur l'autre);\n# chaque \u{e9}nonc\u{e9} a un c\u{f4}t\u{e9} (raise\u{a0}: aborde le sujet ou insiste; step-back\u{a0}: se tait ou a besoin de recul).\n# \u{c9}tapes\u{a0}: une \u{e9}chelle de prochaines \u{e9}tapes, de la plus petite \u{e0} la plus grande, avec la m\u{ea}me\n# \u{e9}chelle d'accord.\n# En solo\u{a0}: pos\u{e9}e d'abord \u{e0} une personne seule, au sujet de l'autre. Sa r\u{e9}ponse choisit les cartes\n# qui ont la r\u{e8}gle \u{ab} stance \u{bb} dans cards.yaml (open, declines, unaware); jamais pos\u{e9}e \u{e0} un couple.\nsolo_partner:\n  id: solo-partner\n  name: Votre partenaire\n  text: Est-ce que votre partenaire sait que vous faites ceci, et que pense votre partenaire de la th\u{e9}rapie?\n  choices:\n    open: L'autre le sait et accueille l'id\u{e9}e\n    declines: L'autre le sait et ne veut pas participer\n    unaware: L'autre ne sait pas que je fais ceci\nreadiness:\n  name: Ouverture \u{e0} la th\u{e9}rapie\n  about: Votre ouverture \u{e0} l'id\u{e9}e d'essayer la th\u{e9}rapie de couple, en ce moment.\n  items:\n    - id: ready-hope-help\n      text: Je crois qu'une bonne th\u{e9}rapie pourrait nous aider \u{e0} nous parler.\n      guess: true\n    - id: ready-rather-wait\n      text: Je pr\u{e9}f\u{e8}re attendre avant de faire un pas vers la th\u{e9}rapie de couple.\n      reverse: true\n    - id: ready-curious\n      text: Ce que la th\u{e9}rapie de couple pourrait nous apporter m'int\u{e9}resse.\n      guess: true\n    - id: ready-want-change\n      text: J'aimerais qu'on g\u{e8}re autrement nos discussions difficiles.\n    - id: ready-not-now\n      text: En ce moment, je pr\u{e9}f\u{e8}re ne pas parler de th\u{e9}rapie du tout.\n      reverse: true\n      guess: true\n    - id: ready-no-use\n      text: Je doute qu'aller en th\u{e9}rapie change grand-chose pour nous.\n      reverse: true\npattern:\n  name: Quand on parle de th\u{e9}rapie\n  about: Ces \u{e9}nonc\u{e9}s portent sur ce qui se passe entre vous et votre partenaire (\u{ab}\u{a0}l'autre\u{a0}\u{bb}) quand le sujet de la th\u{e9}rapie revient.\n  items:\n    - id: pattern-raise-me\n      pair: raise\n      side: raise\n      who: me\n      text: J'ai abord\u{e9} le sujet de la th\u{e9}rapie avec l'autre plus d'une fois.\n    - id: pattern-raise-partner\n      pair: raise\n      side: raise\n      who: partner\n      text: L'autre a abord\u{e9} le sujet de la th\u{e9}rapie avec moi plus d'une fois.\n    - id: pattern-press-me\n      pair: press\n      side: raise\n      who: me\n      text: Quand l'autre recule devant le sujet de la th\u{e9}rapie, j'insiste davantage.\n    - id: pattern-press-partner\n      pair: press\n      side: raise\n      who: partner\n      text: Quand je recule devant le sujet de la th\u{e9}rapie, l'autre insiste davantage.\n    - id: pattern-quiet-me\n      pair: quiet\n      side: step-back\n      who: me\n      text: Quand on parle de th\u{e9}rapie, je me tais ou je change de sujet.\n    - id: pattern-quiet-partner\n      pair: quiet\n      side: step-back\n      who: partner\n      text: Quand on parle de th\u{e9}rapie, l'autre se tait ou change de sujet.\n    - id: pattern-space-me\n      pair: space\n      side: step-back\n      who: me\n      text: Quand on parle de th\u{e9}rapie, j'ai besoin de temps et de recul avant d'en discuter.\n    - id: pattern-space-partner\n      pair: space\n      side: step-back\n      who: partner\n      text: Quand on parle de th\u{e9}rapie, l'autre a besoin de temps et de recul avant d'en discuter.\nthemes:\n  - id: blame\n    name: Peur du bl\u{e2}me\n    about: >-\n      Avoir peur du bl\u{e2}me est une fa\u{e7}on de vous prot\u{e9}ger. Il est normal de\n      vouloir qu'on vous \u{e9}coute de fa\u{e7}on juste.\n    items:\n      - id: blame-the-problem\n        text: J'ai peur qu'en th\u{e9}rapie, on me voie comme le probl\u{e8}me.\n      - id: blame-take-sides\n        text: J'ai peur qu'en th\u{e9}rapie, on prenne le parti de l'autre.\n      - id: blame-fair\n        text: Je crois qu'en th\u{e9}rapie, on serait juste envers nous deux.\n        reverse: true\n  - id: past-therapy\n    name: Th\u{e9}rapies pass\u{e9}es\n    about: >-\n      Ce que vous avez v\u{e9}cu en th\u{e9}rapie, de bon ou de difficile, influence ce\n      que vous ressentez \u{e0} l'id\u{e9}e d'essayer de nouveau. La prudence est une\n      fa\u{e7}on de prendre soin de vous.\n    gate:\n      id: past-therapy-gate\n      text: J'ai d\u{e9}j\u{e0} consult\u{e9} en th\u{e9}rapie, en solo ou en couple.\n    items:\n      - id: past-therapy-worse\n        text: Une th\u{e9}rapie que j'ai suivie m'a fait plus de mal que de bien.\n      - id: past-therapy-unsafe\n        text: J'ai d\u{e9}j\u{e0} \u{e9}t\u{e9} en th\u{e9}rapie sans me sentir en s\u{e9}curit\u{e9} pour parler.\n      - id: past-therapy-wary\n        text: \u{c0} cause de ce que j'ai v\u{e9}cu, je me m\u{e9}fie d'une nouvelle th\u{e9}rapie.\n      - id: past-therapy-helped\n        text: Une th\u{e9}rapie que j'ai suivie m'a apport\u{e9} quelque chose.\n        reverse: true\n  - id: overwhelm\n    name: Le trop-plein\n    about: >-\n      \u{c9}viter les discussions difficiles est souvent une fa\u{e7}on de vous prot\u{e9}ger,\n      vous et les gens que vous aimez. Beaucoup de gens le font.\n    items:\n      - id: overwhelm-too-much\n        text: Parler de nos probl\u{e8}mes, c'est parfois trop pour moi.\n      - id: overwhelm-embarrassed\n        text: Ce serait g\u{ea}nant de parler de notre vie priv\u{e9}e \u{e0} une personne inconnue.\n      - id: overwhelm-can-talk\n        text: Je me sens capable de parler des choses difficiles entre nous.\n        reverse: true\n  - id: vulnerability\n    name: Montrer ses \u{e9}motions\n    about: >-\n      Ce que nous avons appris en grandissant sur le fait de montrer nos\n      \u{e9}motions nous marque. Souvent, cela nous a permis de tenir le coup.\n    items:\n      - id: vulnerability-gender\n        text: J'ai grandi en entendant qu'\u{e0} cause de mon genre, je ne devais pas montrer mes \u{e9}motions.\n      - id: vulnerability-others-think\n        text: Mes proches nous verraient d'un moins bon \u{153}il si nous allions en th\u{e9}rapie.\n      - id: vulnerability-strength\n        text: Pour moi, demander de l'aide pour ses \u{e9}motions est un signe de force.\n        reverse: true\n  - id: crisis-only\n    name: Seulement en cas de crise\n    about: >-\n      Sentir que vous pouvez r\u{e9}gler les choses entre vous vient souvent de votre\n      fiert\u{e9} face \u{e0} ce que vous avez b\u{e2}ti ensemble.\n    items:\n      - id: crisis-only-not-bad\n        text: Notre couple ne va pas assez mal pour avoir besoin de th\u{e9}rapie.\n      - id: crisis-only-broken\n        text: Consulter voudrait dire que quelque chose est bris\u{e9} entre nous.\n      - id: crisis-only-doing-fine\n        text: La th\u{e9}rapie peut aussi aider les couples qui vont bien.\n        reverse: true\n  - id: ganged-up\n    name: Peur du deux contre un\n    about: >-\n      Vouloir garder votre mot \u{e0} dire sur votre propre vie, c'est sain. Il est\n      naturel de vouloir le prot\u{e9}ger.\n    items:\n      - id: ganged-up-two-on-one\n        text: J'ai peur que \u{e7}a ressemble \u{e0} deux personnes contre une.\n      - id: ganged-up-pushed\n        text: J'ai peur qu'on me pousse \u{e0} devenir quelqu'un d'autre.\n      - id: ganged-up-equal-say\n        text: Je crois que j'aurais autant mon mot \u{e0} dire sur nos objectifs.\n        reverse: true\n  - id: practical\n    name: Co\u{fb}t, temps et acc\u{e8}s \u{e0} l'aide\n    about: >-\n      L'argent, les semaines charg\u{e9}es et la recherche de la bonne personne sont\n      de vraies limites. C'est sage d'y penser.\n    items:\n      - id: practical-cost\n        text: J'ai peur que la th\u{e9}rapie d\u{e9}passe nos moyens.\n      - id: practical-time\n        text: J'aurais du mal \u{e0} trouver du temps pour des s\u{e9}ances.\n      - id: practical-know-where\n        text: Je sais o\u{f9} chercher de l'aide en th\u{e9}rapie de couple.\n        reverse: true\nsteps:\n  name: Prochaines \u{e9}tapes\n  about: Les \u{e9}tapes que vous accepteriez de franchir. Aucune n'est une promesse.\n  items:\n    - id: step-read\n      step: Lire sur le sujet\n      text: J'accepterais de lire sur le fonctionnement de la th\u{e9}rapie de couple.\n    - id: step-call\n      step: Un court premier appel\n      text: J'accepterais un court premier appel avec un ou une th\u{e9}rapeute.\n    - id: step-one-session\n      step: Une s\u{e9}ance ensemble\n      text: J'accepterais d'essayer une s\u{e9}ance ensemble, sans promettre de continuer.\n    - id: step-regular\n      step: Des s\u{e9}ances r\u{e9}guli\u{e8}res ensemble\n      text: J'accepterais d'aller \u{e0} des s\u{e9}ances ensemble pendant quelques mois.\n    - id: step-on-my-own\n      step: Des s\u{e9}ances individuelles\n      alone: true\n      text: J'accepterais de consulter de mon c\u{f4}t\u{e9} pour parler de notre relation.\n"),
            File(name: "samples.yaml", bytes: "# Couples d'exemple pour la d\u{e9}mo (samepage --demo). Ils sont invent\u{e9}s. Chaque partenaire donne un\n# niveau de 0 \u{e0} 5 pour chaque section\u{a0}: chaque \u{e9}nonc\u{e9} de la section re\u{e7}oit ce niveau, les \u{e9}nonc\u{e9}s\n# invers\u{e9}s (reverse) en miroir (un niveau 5 veut donc toujours dire \u{ab}\u{a0}tout \u{e0} fait\u{a0}\u{bb}), et 0 veut dire\n# \u{ab}\u{a0}je pr\u{e9}f\u{e8}re ne pas r\u{e9}pondre\u{a0}\u{bb} partout.\n# Les niveaux deviennent des scores ainsi\u{a0}: 1 = 0, 2 = 25, 3 = 50, 4 = 75, 5 = 100; une ouverture\n# de 1-2 donne \u{ab}\u{a0}Pas maintenant\u{a0}\u{bb}, 3 \u{ab}\u{a0}En r\u{e9}flexion\u{a0}\u{bb} et 4-5 \u{ab}\u{a0}Envie d'essayer\u{a0}\u{bb}.\n# Quand on parle de th\u{e9}rapie (\u{ab} pattern \u{bb}) prend quatre niveaux\u{a0}: \u{ab} raise \u{bb} et \u{ab} step-back \u{bb} pour le\n# c\u{f4}t\u{e9} de la personne, \u{ab} partner-raise \u{bb} et \u{ab} partner-step-back \u{bb} pour ce qu'elle voit chez l'autre.\n# Un couple par \u{e9}tiquette\u{a0}: ready-together, close, different-paces, both-unsure; et un par dynamique\u{a0}:\n# les deux abordent le sujet (Maya et Jon), les deux prennent du recul (Ana et Luis), l'une ou l'un\n# aborde le sujet pendant que l'autre prend du recul (Sam et Alex), pas de dynamique nette (Kai et Noor). Lee et Robin montrent un \u{e9}cart sous le seuil o\u{f9} des r\u{f4}les sont\n# nomm\u{e9}s, et une \u{e9}chelle commune en partie seulement\u{a0}: \u{ab} answers \u{bb} donne \u{e0} un \u{e9}nonc\u{e9} un autre niveau.\ncouples:\n  - id: maya-and-jon\n    title: Maya et Jon, la m\u{ea}me envie d'essayer\n    about: >-\n      Les deux veulent de l'aide pour leur fa\u{e7}on de se disputer. Jon a v\u{e9}cu une\n      exp\u{e9}rience difficile en th\u{e9}rapie il y a des ann\u{e9}es, et ses horaires de\n      travail lui laissent peu de temps.\n    partners:\n      - name: Maya\n        guess: 4\n        levels:\n          readiness: 5\n          pattern: {raise: 4, step-back: 1, partner-raise: 4, partner-step-back: 2}\n          blame: 2\n          past-therapy: 1\n          overwhelm: 2\n          vulnerability: 1\n          crisis-only: 1\n          ganged-up: 1\n          practical: 2\n          steps: 5\n      - name: Jon\n        guess: 4\n        levels:\n          readiness: 4\n          pattern: {raise: 4, step-back: 2, partner-raise: 4, partner-step-back: 1}\n          blame: 2\n          past-therapy: 4\n          overwhelm: 2\n          vulnerability: 2\n          crisis-only: 1\n          ganged-up: 2\n          practical: 4\n          steps: 4\n\n  - id: ana-and-luis\n    title: Ana et Luis, \u{e0} un rythme semblable\n    about: >-\n      Ni Ana ni Luis ne rejettent l'id\u{e9}e. Les discussions difficiles les\n      \u{e9}puisent, et le prix d'une th\u{e9}rapie leur est inconnu.\n    partners:\n      - name: Ana\n        levels:\n          readiness: 3\n          pattern: {raise: 2, step-back: 4, partner-raise: 2, partner-step-back: 4}\n          blame: 2\n          past-therapy: 1\n          overwhelm: 4\n          vulnerability: 3\n          crisis-only: 2\n          ganged-up: 2\n          practical: 4\n          steps: 3\n      - name: Luis\n        levels:\n          readiness: 3\n          pattern: {raise: 1, step-back: 4, partner-raise: 2, partner-step-back: 4}\n          blame: 3\n          past-therapy: 2\n          overwhelm: 4\n          vulnerability: 2\n          crisis-only: 3\n          ganged-up: 2\n          practical: 3\n          steps: 3\n\n  - id: sam-and-alex\n    title: Sam et Alex, \u{e0} des rythmes diff\u{e9}rents\n    about: >-\n      Sam a souvent parl\u{e9} de th\u{e9}rapie. Alex ne veut pas essayer pour l'instant,\n      et a peur de passer pour le probl\u{e8}me.\n    partners:\n      - name: Sam\n        guess: 1\n        levels:\n          readiness: 5\n          pattern: {raise: 5, step-back: 1, partner-raise: 1, partner-step-back: 5}\n          blame: 1\n          past-therapy: 2\n          overwhelm: 2\n          vulnerability: 1\n          crisis-only: 1\n          ganged-up: 1\n          practical: 2\n          steps: 5\n      - name: Alex\n        guess: 4\n        levels:\n          readiness: 2\n          pattern: {raise: 1, step-back: 4, partner-raise: 5, partner-step-back: 2}\n          blame: 5\n          past-therapy: 2\n          overwhelm: 3\n          vulnerability: 3\n          crisis-only: 2\n          ganged-up: 4\n          practical: 2\n          steps: 2\n\n  - id: kai-and-noor\n    title: Kai et Noor, pas pour l'instant\n    about: >-\n      La plupart des jours, tout va bien. Les deux ont grandi avec l'id\u{e9}e que\n      les probl\u{e8}mes restent \u{e0} la maison, et pr\u{e9}f\u{e8}rent ne pas essayer la th\u{e9}rapie\n      pour l'instant.\n    partners:\n      - name: Kai\n        levels:\n          readiness: 2\n          pattern: {raise: 2, step-back: 2, partner-raise: 2, partner-step-back: 3}\n          blame: 2\n          past-therapy: 1\n          overwhelm: 2\n          vulnerability: 5\n          crisis-only: 4\n          ganged-up: 2\n          practical: 3\n          steps: 2\n      - name: Noor\n        levels:\n          readiness: 1\n          pattern: {raise: 2, step-back: 3, partner-raise: 2, partner-step-back: 2}\n          blame: 1\n          past-therapy: 1\n          overwhelm: 3\n          vulnerability: 4\n          crisis-only: 5\n          ganged-up: 1\n          practical: 1\n          steps: 1\n\n  - id: lee-and-robin\n    title: Lee et Robin, un peu d'\u{e9}cart\n    about: >-\n      Lee aimerait essayer un premier appel avec une ou un th\u{e9}rapeute. Robin\n      veut bien se renseigner d'abord, et se demande si les choses vont assez\n      mal pour demander de l'aide.\n    partners:\n      - name: Lee\n        guess: 2\n        levels:\n          readiness: 4\n          pattern: {raise: 3, step-back: 2, partner-raise: 2, partner-step-back: 3}\n          blame: 2\n          past-therapy: 1\n          overwhelm: 2\n          vulnerability: 2\n          crisis-only: 2\n          ganged-up: 1\n          practical: 4\n          steps: 4\n      - name: Robin\n        guess: 4\n        levels:\n          readiness: 3\n          pattern: {raise: 2, step-back: 3, partner-raise: 3, partner-step-back: 2}\n          blame: 3\n          past-therapy: 1\n          overwhelm: 3\n          vulnerability: 2\n          crisis-only: 4\n          ganged-up: 2\n          practical: 2\n          steps: 2\n        # Un \u{e9}cart de 17 (75 contre 58), et une \u{e9}chelle commune seulement \u{e0} sa premi\u{e8}re \u{e9}tape.\n        answers: {ready-hope-help: 4, ready-curious: 4, step-read: 4}\n"),
            File(name: "scale.yaml", bytes: "choices:\n  - Pas du tout d'accord\n  - Pas d'accord\n  - Je ne sais pas\n  - D'accord\n  - Tout \u{e0} fait d'accord\nprefer_not: Je pr\u{e9}f\u{e8}re ne pas r\u{e9}pondre\n"),
        ], content: set1),
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
                        id: "ready-hope-help",
                        text: "I think a good therapist could help us talk with each other.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: true
                    ),
                    SamePageCore.Item(
                        id: "ready-rather-wait",
                        text: "I would rather wait before taking any step toward couples therapy.",
                        reverse: true,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "ready-curious",
                        text: "I am curious about what couples therapy could do for us.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: true
                    ),
                    SamePageCore.Item(
                        id: "ready-want-change",
                        text: "I would like the way we handle hard talks to change.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "ready-not-now",
                        text: "Right now, I would rather not talk about therapy at all.",
                        reverse: true,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: true
                    ),
                    SamePageCore.Item(
                        id: "ready-no-use",
                        text: "I doubt that seeing a therapist would change much for us.",
                        reverse: true,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                ],
                gate: nil,
                choices: nil
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
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "blame-take-sides",
                            text: "I worry a therapist would take my partner's side.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "blame-fair",
                            text: "I trust that a therapist would be fair to both of us.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: nil,
                    choices: nil
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
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "past-therapy-unsafe",
                            text: "I have been in therapy where I did not feel safe to speak.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "past-therapy-wary",
                            text: "Because of what happened before, I am wary of trying therapy again.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "past-therapy-helped",
                            text: "Therapy I had before was helpful to me in some way.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: SamePageCore.Item(
                        id: "past-therapy-gate",
                        text: "I have seen a therapist or counsellor before, on my own or with a partner.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    choices: nil
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
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "overwhelm-embarrassed",
                            text: "It would feel awkward to tell a stranger about our private life.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "overwhelm-can-talk",
                            text: "I feel able to talk about hard things with my partner.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: nil,
                    choices: nil
                ),
                SamePageCore.Section(
                    id: "vulnerability",
                    name: "Showing feelings",
                    about: "What we learned growing up about showing feelings shapes us, and it often helped us cope.",
                    items: [
                        SamePageCore.Item(
                            id: "vulnerability-gender",
                            text: "I grew up hearing that people of my gender should not show their feelings.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "vulnerability-others-think",
                            text: "People close to me would think less of us if we went to therapy.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "vulnerability-strength",
                            text: "I see asking for help with feelings as a sign of strength.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: nil,
                    choices: nil
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
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "crisis-only-broken",
                            text: "Going to therapy would mean something is broken between us.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "crisis-only-doing-fine",
                            text: "Therapy can help couples who are doing fine, too.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: nil,
                    choices: nil
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
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "ganged-up-pushed",
                            text: "I worry I would be pushed to change who I am.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "ganged-up-equal-say",
                            text: "I believe I would have an equal say in what we work on.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: nil,
                    choices: nil
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
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "practical-time",
                            text: "It would be hard for me to find time for sessions.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "practical-know-where",
                            text: "I know where I could look for a couples therapist.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: nil,
                    choices: nil
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
                    text: "Everyone who uses samepage sees this same page. Couples therapy works best when both people feel safe to speak. If home does not feel safe, it often helps to talk with someone on your own first. Calls and texts to these services can show in your phone's history; if someone checks your phone, you may want to use a phone or computer they cannot see.",
                    note: "Thank you for answering. This list is for everyone: keep it in mind, for you or for someone you know, now or later."
                ),
                emergency: "If you are in danger now, call your local emergency number. That is 911 in the US and most of Canada; where there is no 911, call your local police. It is 999 or 112 in the UK and Ireland, and 000 in Australia. In the UK, if you cannot speak on a 999 call from a mobile, stay on the line and press 55 when asked.",
                shared: SamePageCore.SharedSafety(
                    title: "If home does not feel safe",
                    text: "If either of you does not feel safe at home, joint sessions may not be the right first step. It can help to talk with someone on your own first. Each service below says who it is for and when it is open."
                ),
                regions: [
                    "ANY": "Everywhere",
                    "AU": "Australia",
                    "CA": "Canada",
                    "CA-BC": "British Columbia",
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
                        name: "Trans Lifeline (United States)",
                        region: "US",
                        languages: [
                            "en",
                            "es",
                        ],
                        hours: "not open all the time; see translifeline.org for times",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1-877-565-8860"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "translifeline.org"
                            ),
                        ],
                        audience: "trans people and people questioning their gender who want to talk with another trans person, even if it is not a crisis; it is confidential, and they will not call 911 unless you ask",
                        source: "https://translifeline.org/linea-directa/?lang=es",
                        checked: "2026-12-03"
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
                        audience: "anyone in Canada thinking about suicide, or worried about someone who might be; the call or text is free",
                        source: "https://www.canada.ca/en/public-health/services/suicide-prevention/government-canada-doing-help-prevent-suicide.html",
                        checked: "2026-12-03"
                    ),
                    SamePageCore.Resource(
                        name: "Hope for Wellness Help Line",
                        region: "CA",
                        languages: [
                            "en",
                            "fr",
                        ],
                        hours: "any time, day or night",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1-855-242-3310"
                            ),
                        ],
                        audience: "First Nations, Inuit and M\u{e9}tis people who want to talk with a counsellor about how they feel or about a crisis; you can ask for Cree, Ojibway or Inuktut",
                        source: "https://www.canada.ca/en/public-health/services/suicide-prevention/government-canada-doing-help-prevent-suicide.html",
                        checked: "2026-12-03"
                    ),
                    SamePageCore.Resource(
                        name: "Trans Lifeline (Canada)",
                        region: "CA",
                        languages: [
                            "en",
                            "es",
                        ],
                        hours: "not open all the time; see translifeline.org for times",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1-877-330-6366"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "translifeline.org"
                            ),
                        ],
                        audience: "trans people and people questioning their gender who want to talk with another trans person, even if it is not a crisis; it is confidential, and they will not call 911 unless you ask",
                        source: "https://translifeline.org/linea-directa/?lang=es",
                        checked: "2026-12-03"
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
                        name: "VictimLinkBC",
                        region: "CA-BC",
                        languages: [
                            "en",
                        ],
                        hours: "any time, day or night",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1-800-563-0808"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "victimlinkbc.ca"
                            ),
                        ],
                        audience: "anyone in B.C. or Yukon hurt by a crime, including violence from a partner or family member; the call is free and confidential, and help is offered in more than 110 languages",
                        source: "https://www2.gov.bc.ca/gov/content/justice/criminal-justice/bcs-criminal-justice-system/understanding-criminal-justice/key-parts/victim-services",
                        checked: "2026-12-03"
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
                        name: "Respect Phoneline",
                        region: "GB",
                        languages: [
                            "en",
                        ],
                        hours: "open hours not confirmed here; see respectphoneline.org.uk",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "0808 802 4040"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "respectphoneline.org.uk"
                            ),
                        ],
                        audience: "people who worry that they hurt, scare or control a partner or family member and want help to stop; the call is free",
                        source: "https://respectphoneline.org.uk/resources/resources-for-perpetrators/self-help-guide-for-abusive-men-in-heterosexual-relationships/",
                        checked: "2026-12-03"
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
                minThemeAnswers: 2,
                sideHigh: 60,
                minSideAnswers: 1
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
                    .apart: "a little different right now",
                    .close: "about the same right now",
                    .far: "different right now",
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
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "You both feel ready",
                    text: "You are both open to trying couples therapy. That makes the first steps easier. Now you can choose how to begin, side by side.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Each make a short list of what you hope will change.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Look up two or three couples therapists together.",
                            pace: "step-read"
                        ),
                        SamePageCore.CardStep(
                            text: "Book a first talk or consult at a time that suits you both.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Agree on one small way to be kind to each other this week.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-both-unsure",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "both-unsure",
                        ],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Neither of you feels ready now",
                    text: "Right now, neither of you feels ready to try couples therapy. That is a real choice, and you do not have to decide anything. If you ever want to, you can learn more first, with no promise to go.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Talk about what matters most to each of you right now.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "If you are curious, read how one or two therapists describe their work.",
                            pace: "step-read"
                        ),
                        SamePageCore.CardStep(
                            text: "If you like, pick a day to talk about it again.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-close",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "close",
                        ],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "You feel about the same",
                    text: "Your answers on trying therapy are close. You may still have different worries, so it helps to hear them out. Being close makes it easier to choose a next step together.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Look at your worries side by side and talk about one of them.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Choose one thing you both want to know before you decide.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Agree on a small next step and a day to do it.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-different-paces",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "different-paces",
                        ],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "You are moving at different speeds",
                    text: "You do not feel the same about therapy right now. This happens to many couples. It does not mean anyone is wrong, and it is a fine place to start. A good therapist can help you find a pace that works for both of you.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Let each person say, without being cut off, what they feel about it.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Ask each other what would help you feel safer.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Agree that no one has to decide today.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "raise-curiosity",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: .raise,
                        stances: []
                    ),
                    title: "Curiosity, not control",
                    text: "When therapy comes up again and again, it can start to sound like a demand, even when it is a hope. Curiosity leaves more room for both of you. You might say, \"I'd like us to get better at understanding each other. Maybe talking with a therapist would get us there.\"",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Pick a calm moment, not right after a hard talk.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Say it once, in your own words, and then let it rest.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Ask what your partner thinks of the idea, and listen without making a case.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "raise-boundary",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: .raise,
                        stances: []
                    ),
                    title: "A boundary, not an ultimatum",
                    text: "You can say what you need and why it matters to you. A boundary tells your partner where you stand, with no threat and no deadline. It leaves the choice open, so the talk can stay honest.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Write one sentence that starts with \"I need\" and says what matters to you.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Read it again and take out any \"or else\" or deadline.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Say it once, at a calm time, and give your partner time to answer.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "raise-own-therapy",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: .raise,
                        stances: []
                    ),
                    title: "Therapy of your own",
                    text: "You can see a therapist by yourself about how you act and react in relationships. You do not need to wait for your partner to join. What you learn about your side of the pattern can change how things go between you.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Find two therapists who help people on their own with their relationships.",
                            pace: "step-on-my-own"
                        ),
                        SamePageCore.CardStep(
                            text: "Write down one recent time when talk about therapy went badly, and what you felt.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Book a first call with one of them.",
                            pace: "step-on-my-own"
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "raise-one-consult",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: .raise,
                        stances: []
                    ),
                    title: "One consult, just to look",
                    text: "One consult is a way to look around and ask questions. It comes with no promise of a second visit. Afterward, each of you can decide freely what comes next, if anything.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Find a therapist who offers a first consult.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Invite your partner to that one visit, and say that nothing more is expected.",
                            pace: "step-one-session"
                        ),
                        SamePageCore.CardStep(
                            text: "Agree ahead of time that either of you can stop after it.",
                            pace: "step-one-session"
                        ),
                    ],
                    pinned: false,
                    pace: "step-one-session"
                ),
                SamePageCore.GuidanceCard(
                    id: "step-back-pause",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: .stepBack,
                        stances: []
                    ),
                    title: "You can take a break",
                    text: "Needing a break when therapy comes up is a common way to cope. You can say \"not now\" and name a time to come back to it, so your partner knows the door is still open. If you ever look into therapy, it can be on your own terms.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Try saying, \"Not now. Can we talk about it on Sunday?\"",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Use the break to notice what makes this topic hard for you.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "If you are curious, read how a few therapists describe their work, at your own pace.",
                            pace: "step-read"
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "less-ready-your-pace",
                    audience: .lessReady,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "It is okay to need more time",
                    text: "Needing more time before therapy is common, and it does not mean you do not care. Therapy can move as slowly as you need. You can ask questions first, and you can always say no to more.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Write down what worries you most about trying therapy.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Ask a therapist how they work before you agree to anything.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Tell your partner one thing that would help you feel safer.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "less-ready-your-say",
                    audience: .lessReady,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "You keep your say",
                    text: "Going once does not sign you up for anything. A good therapist will not rush you or make you share more than you want. You can help set the goals, too.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Think of one thing you would like to be better between you.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Ask that the first visit be about what both of you want.",
                            pace: "step-one-session"
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-blame",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "blame",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "About the fear of blame",
                    text: "A good couples therapist looks at the pattern between you, not at who is at fault. The aim is to see the loop that keeps coming back, and how each person adds to it and reacts to it in their own way.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Ask a therapist how they keep sessions fair to both people.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Say out loud that you do not want to be cast as the problem.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Notice one loop that keeps coming back, without naming a cause.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-past-therapy",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "past-therapy",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "If therapy let you down before",
                    text: "A past bad experience is a good reason to be careful. Not every therapist works the same way. You can ask a new therapist how they work and tell them what did not help last time.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Make a short list of what did not help before.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Ask a new therapist how they would handle those things.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Remember that you can stop or switch if it does not feel right.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-overwhelm",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "overwhelm",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "When it all feels like too much",
                    text: "Hard talks can feel like a flood. A good therapist helps slow things down so no one is swamped. You can take breaks, and you do not have to share everything at once.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Agree with your partner on a word that means you need a pause.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Ask a therapist how they help when feelings run high.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Start with one small topic, not the biggest one.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-vulnerability",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "vulnerability",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "About showing feelings",
                    text: "Many of us learned to keep problems private or to handle them alone. Those lessons often helped us get by. Asking for help can also be a sign of strength and care for the people you love.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Think about where your ideas about asking for help came from.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Look for a therapist who understands your culture or background.",
                            pace: "step-read"
                        ),
                        SamePageCore.CardStep(
                            text: "Share only what you are ready to share.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-crisis-only",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "crisis-only",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Therapy is not only for a crisis",
                    text: "Going to therapy does not mean something is broken. Many couples go to learn how they work together, or to fix small things before they grow. It can be a place to slow down and look at your patterns.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Name one thing that is going well between you.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Name one small thing you would like to make even better.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Think of therapy as a check-up, not an emergency room.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-ganged-up",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "ganged-up",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "About feeling outnumbered",
                    text: "A good couples therapist does not team up with one person. Their job is to help each person feel heard. No one should be forced to change who they are.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Ask a therapist how they make sure both people get equal time.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Tell them if you ever feel it is two against one.",
                            pace: "step-one-session"
                        ),
                        SamePageCore.CardStep(
                            text: "Agree with your partner that goals are chosen together.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-ready-own-work",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .ready,
                        side: nil,
                        stances: []
                    ),
                    title: "Start with your own work",
                    text: "You do not need your partner in the room to begin. A therapist can help you look at your part in the pattern, your needs, and how you react. When one person shifts, the pattern between two people often shifts too.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Look for a therapist who helps people with relationship patterns.",
                            pace: "step-on-my-own"
                        ),
                        SamePageCore.CardStep(
                            text: "Bring one recent hard moment to look at together.",
                            pace: "step-on-my-own"
                        ),
                        SamePageCore.CardStep(
                            text: "Notice what you feel and need when things get tense.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-ready-one-consult",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .ready,
                        side: nil,
                        stances: []
                    ),
                    title: "Invite your partner to one call",
                    text: "Asking for one short call is easier to say yes to than a long plan. It is a chance to look, not a promise. It can make the unknown feel less scary.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Find a therapist who offers a short first call.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Invite your partner to that one call and nothing more.",
                            pace: "step-call"
                        ),
                    ],
                    pinned: false,
                    pace: "step-call"
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-ready-curiosity",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .ready,
                        side: nil,
                        stances: []
                    ),
                    title: "Ask with curiosity, not control",
                    text: "Pressure often makes people pull back. Curiosity gives them room to think it over. You might say, \"I want us to feel close again. I wonder if someone could help us get there.\"",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Put the wish in your own words, not as a demand.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Ask your partner what worries them, and listen to the answer.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-ready-name-need",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .ready,
                        side: nil,
                        stances: []
                    ),
                    title: "Name your need, not an ultimatum",
                    text: "You can say what you need without a threat. A boundary shows what helps you stay well in the relationship. It gives clarity, not pressure.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Write your need in one sentence that starts with \"I need\".",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Share it at a calm time and let your partner take time to answer.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-unsure-explore",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .notNow,
                        side: nil,
                        stances: []
                    ),
                    title: "Not now is a real answer",
                    text: "It is okay if couples therapy is not for you right now. Holding back is often a way to protect yourself or the relationship. If you want, you can learn more without saying yes to anything.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Look at your top worries in your results.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "If you are curious, write down one question you would want answered.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Talk it over with someone you trust.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-unsure-own-terms",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .notNow,
                        side: nil,
                        stances: []
                    ),
                    title: "On your own terms",
                    text: "Therapy does not have to mean something is wrong. It can be a place to slow down and look at your own patterns. You choose when, how, and if.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Read how two or three therapists near you describe their work.",
                            pace: "step-read"
                        ),
                        SamePageCore.CardStep(
                            text: "Notice which one feels most like a good fit for you.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-between-explore",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .open,
                        side: nil,
                        stances: []
                    ),
                    title: "Part of you is open",
                    text: "You are somewhere in the middle, and that is a normal place to be. Part of you sees that help could be useful, and part of you holds back. Both parts deserve to be heard.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Write down one reason to try and one reason to wait.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Look at your top worries and what might ease them.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Ask a therapist a question by phone or email before deciding.",
                            pace: "step-call"
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-only-me",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Can therapy help if only I go?",
                    text: "Yes, it can. Working on your own can show you the parts you often fall into and how you react to conflict. It can help you get clear on what you need. When you change how you respond, the way you two relate can change too.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Look for a therapist who works on relationship patterns with one person.",
                            pace: "step-on-my-own"
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-worse",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "What if therapy makes things worse or feels unsafe?",
                    text: "This is a fair worry, most of all if talks at home already get heated or go silent. A good therapist will not rush you or make you share before you are ready. They work to build safety first, at a pace you can handle.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Ask a therapist how they keep sessions calm and safe.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "If you ever feel unsafe at home, get support on your own first.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-boundary",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "How is a boundary different from an ultimatum?",
                    text: "A boundary says what you need to stay well in the relationship. An ultimatum adds pressure and often makes people feel less safe. A therapist can help you put your needs into words, whether or not your partner comes along.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Try saying your need as \"I need\" rather than \"If you don't\".",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-once",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "What if we go once and my partner will not go back?",
                    text: "That can happen, and it does not mean therapy failed. One visit can still make some things clearer. At the very least, it shows where things stand and what could come next.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Share what you noticed or learned from the visit, and ask what your partner noticed.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Decide whether you want to keep going on your own.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: "step-one-session"
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-pace-part-of-work",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "different-paces",
                        ],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Your different paces can be part of the work",
                    text: "You do not have to feel the same before you start. How each of you feels about therapy can be one of the first things you talk about there. A therapist can help you hear what it is like to want to start, and what it is like to want to wait.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Tell a therapist at the start that you feel differently about being there.",
                            pace: "step-one-session"
                        ),
                        SamePageCore.CardStep(
                            text: "Each say what would help you feel respected while you work it out.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Treat the gap as something to learn about, not something to fix first.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
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
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "One or two sessions can help you see more clearly",
                    text: "Trying therapy does not mean signing up for months. Even one or two sessions can show you where things stand. Then you can choose what comes next: more sessions together, some time with a therapist on your own, or a pause.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Agree to try one or two sessions, and then talk about it.",
                            pace: "step-one-session"
                        ),
                        SamePageCore.CardStep(
                            text: "After each session, each say one thing you noticed.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Choose the next step together, with no pressure to keep going.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: "step-one-session"
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-slow-down",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Ways to slow down a hard talk",
                    text: "Some simple tools can help before any deeper work begins. They make hard talks calmer, so each of you can say more and hear more. A therapist can teach more of them, but you can start with these.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Agree on a word either of you can say to take a short break.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "When you take a break, say when you will come back to the talk.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Take turns. One talks, and the other says back what they heard.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Stay with one topic at a time.",
                            pace: nil
                        ),
                    ],
                    pinned: true,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "less-ready-feel-heard",
                    audience: .lessReady,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Your doubts are welcome",
                    text: "Many people start therapy with doubts. Often, they get more involved once they feel truly heard. You do not need to feel sure at the start, and you can bring your doubts with you.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "If you try a session, say your doubts out loud there.",
                            pace: "step-one-session"
                        ),
                        SamePageCore.CardStep(
                            text: "Tell the therapist what would help you feel heard.",
                            pace: "step-one-session"
                        ),
                        SamePageCore.CardStep(
                            text: "Afterward, notice whether you felt listened to.",
                            pace: "step-one-session"
                        ),
                    ],
                    pinned: false,
                    pace: "step-one-session"
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-relationship-itself",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "What if one of us is unsure about the relationship itself?",
                    text: "Sometimes the bigger question is not about therapy but about staying together. A kind of counselling called discernment counselling is made for this. It is short, often one to five meetings. It helps each of you get clear before any choice is made, and no one is pushed either way.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Ask a therapist if they offer discernment counselling.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "If you ever feel unsafe at home, get support on your own first.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-practical",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "practical",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "When cost, time or finding someone is hard",
                    text: "Money, time and finding the right person are real limits. Some therapists charge less when money is tight, and some meet online, which saves travel time. A short first call can show you if someone fits.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Ask about cost, and about lower fees, before you book.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Check if a health plan or work benefit pays for some sessions.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Ask if sessions can be online or at times that suit you.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Ask how they work with couples like you, and see how it feels.",
                            pace: "step-call"
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-partner-open",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: [
                            .open,
                        ]
                    ),
                    title: "Your partner is open to it",
                    text: "Your partner knows you are looking into this and is open to it. That is a good start. Next time, you could each answer the questions in private and look at the results side by side.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Ask if they would like to answer the questions too, when it suits them.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Share one thing you noticed about yourself, not a list of what to change.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Pick a calm time to talk about a first small step.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-partner-declines",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: [
                            .declines,
                        ]
                    ),
                    title: "When your partner says no for now",
                    text: "A no to therapy is not a no to you, and it may not be forever. You can still start on your own, and how you respond can change things between you. Pressing harder often makes a no firmer.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Let the no stand for now, and say that you heard it.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Look into therapy on your own about your side of the pattern.",
                            pace: "step-on-my-own"
                        ),
                        SamePageCore.CardStep(
                            text: "If you bring up one consult later, offer it once, with no deadline.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-partner-unaware",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: [
                            .unaware,
                        ]
                    ),
                    title: "Your partner does not know yet",
                    text: "It is fine to think this through on your own first. You choose if and when to share it, and how much.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Notice what you want to say before you say it.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "If you share it, start with one thing you learned about yourself.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "If you save these results, keep the file somewhere private.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
            ],
            pattern: SamePageCore.Section(
                id: "pattern",
                name: "How therapy comes up",
                about: "These statements are about what happens between you and your partner when therapy comes up.",
                items: [
                    SamePageCore.Item(
                        id: "pattern-raise-me",
                        text: "I have brought up therapy with my partner more than once.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .raise,
                            who: .me,
                            pair: "raise"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-raise-partner",
                        text: "My partner has brought up therapy with me more than once.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .raise,
                            who: .partner,
                            pair: "raise"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-press-me",
                        text: "When my partner pulls back from talking about therapy, I press harder.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .raise,
                            who: .me,
                            pair: "press"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-press-partner",
                        text: "When I pull back from talking about therapy, my partner presses harder.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .raise,
                            who: .partner,
                            pair: "press"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-quiet-me",
                        text: "When therapy comes up, I go quiet or change the subject.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .stepBack,
                            who: .me,
                            pair: "quiet"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-quiet-partner",
                        text: "When therapy comes up, my partner goes quiet or changes the subject.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .stepBack,
                            who: .partner,
                            pair: "quiet"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-space-me",
                        text: "When therapy comes up, I need time and space before I can talk about it.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .stepBack,
                            who: .me,
                            pair: "space"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-space-partner",
                        text: "When therapy comes up, my partner needs time and space before talking about it.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .stepBack,
                            who: .partner,
                            pair: "space"
                        ),
                        guess: false
                    ),
                ],
                gate: nil,
                choices: nil
            ),
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
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "step-call",
                        text: "I would be willing to have a short first call with a therapist.",
                        reverse: false,
                        step: "A short call with a therapist",
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "step-one-session",
                        text: "I would be willing to try one session together, with no promise of more.",
                        reverse: false,
                        step: "One session together",
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "step-regular",
                        text: "I would be willing to go to sessions together for a few months.",
                        reverse: false,
                        step: "Regular sessions together",
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "step-on-my-own",
                        text: "I would be willing to see a therapist on my own about our relationship.",
                        reverse: false,
                        step: "Sessions on my own",
                        alone: true,
                        pattern: nil,
                        guess: false
                    ),
                ],
                gate: nil,
                choices: nil
            ),
            soloPartner: SamePageCore.SoloPartnerQuestion(
                item: SamePageCore.Item(
                    id: "solo-partner",
                    text: "Does your partner know you are doing this, and how do they feel about therapy?",
                    reverse: false,
                    step: nil,
                    alone: false,
                    pattern: nil,
                    guess: false
                ),
                name: "About your partner",
                choices: [
                    "They know, and they are open to it",
                    "They know, and they do not want to take part",
                    "They do not know I am doing this",
                ]
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
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-broken": .level(1),
                                "crisis-only-doing-fine": .level(5),
                                "crisis-only-not-bad": .level(1),
                                "ganged-up-equal-say": .level(5),
                                "ganged-up-pushed": .level(1),
                                "ganged-up-two-on-one": .level(1),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "pattern-press-me": .level(4),
                                "pattern-press-partner": .level(4),
                                "pattern-quiet-me": .level(1),
                                "pattern-quiet-partner": .level(2),
                                "pattern-raise-me": .level(4),
                                "pattern-raise-partner": .level(4),
                                "pattern-space-me": .level(1),
                                "pattern-space-partner": .level(2),
                                "practical-cost": .level(2),
                                "practical-know-where": .level(4),
                                "practical-time": .level(2),
                                "ready-curious": .level(5),
                                "ready-hope-help": .level(5),
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
                                "vulnerability-others-think": .level(1),
                                "vulnerability-strength": .level(5),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Jon",
                            answers: [
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-broken": .level(1),
                                "crisis-only-doing-fine": .level(5),
                                "crisis-only-not-bad": .level(1),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(2),
                                "past-therapy-unsafe": .level(4),
                                "past-therapy-wary": .level(4),
                                "past-therapy-worse": .level(4),
                                "pattern-press-me": .level(4),
                                "pattern-press-partner": .level(4),
                                "pattern-quiet-me": .level(2),
                                "pattern-quiet-partner": .level(1),
                                "pattern-raise-me": .level(4),
                                "pattern-raise-partner": .level(4),
                                "pattern-space-me": .level(2),
                                "pattern-space-partner": .level(1),
                                "practical-cost": .level(4),
                                "practical-know-where": .level(2),
                                "practical-time": .level(4),
                                "ready-curious": .level(4),
                                "ready-hope-help": .level(4),
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
                                "vulnerability-others-think": .level(2),
                                "vulnerability-strength": .level(4),
                            ]
                        ),
                    ],
                    guesses: [
                        [
                            "ready-curious": .level(4),
                            "ready-hope-help": .level(4),
                            "ready-not-now": .level(2),
                        ],
                        [
                            "ready-curious": .level(4),
                            "ready-hope-help": .level(4),
                            "ready-not-now": .level(2),
                        ],
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
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-broken": .level(2),
                                "crisis-only-doing-fine": .level(4),
                                "crisis-only-not-bad": .level(2),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(2),
                                "overwhelm-embarrassed": .level(4),
                                "overwhelm-too-much": .level(4),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "pattern-press-me": .level(2),
                                "pattern-press-partner": .level(2),
                                "pattern-quiet-me": .level(4),
                                "pattern-quiet-partner": .level(4),
                                "pattern-raise-me": .level(2),
                                "pattern-raise-partner": .level(2),
                                "pattern-space-me": .level(4),
                                "pattern-space-partner": .level(4),
                                "practical-cost": .level(4),
                                "practical-know-where": .level(2),
                                "practical-time": .level(4),
                                "ready-curious": .level(3),
                                "ready-hope-help": .level(3),
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
                                "vulnerability-others-think": .level(3),
                                "vulnerability-strength": .level(3),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Luis",
                            answers: [
                                "blame-fair": .level(3),
                                "blame-take-sides": .level(3),
                                "blame-the-problem": .level(3),
                                "crisis-only-broken": .level(3),
                                "crisis-only-doing-fine": .level(3),
                                "crisis-only-not-bad": .level(3),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(2),
                                "overwhelm-embarrassed": .level(4),
                                "overwhelm-too-much": .level(4),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(4),
                                "past-therapy-unsafe": .level(2),
                                "past-therapy-wary": .level(2),
                                "past-therapy-worse": .level(2),
                                "pattern-press-me": .level(1),
                                "pattern-press-partner": .level(2),
                                "pattern-quiet-me": .level(4),
                                "pattern-quiet-partner": .level(4),
                                "pattern-raise-me": .level(1),
                                "pattern-raise-partner": .level(2),
                                "pattern-space-me": .level(4),
                                "pattern-space-partner": .level(4),
                                "practical-cost": .level(3),
                                "practical-know-where": .level(3),
                                "practical-time": .level(3),
                                "ready-curious": .level(3),
                                "ready-hope-help": .level(3),
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
                                "vulnerability-others-think": .level(2),
                                "vulnerability-strength": .level(4),
                            ]
                        ),
                    ],
                    guesses: [
                        [:],
                        [:],
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
                                "blame-fair": .level(5),
                                "blame-take-sides": .level(1),
                                "blame-the-problem": .level(1),
                                "crisis-only-broken": .level(1),
                                "crisis-only-doing-fine": .level(5),
                                "crisis-only-not-bad": .level(1),
                                "ganged-up-equal-say": .level(5),
                                "ganged-up-pushed": .level(1),
                                "ganged-up-two-on-one": .level(1),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(4),
                                "past-therapy-unsafe": .level(2),
                                "past-therapy-wary": .level(2),
                                "past-therapy-worse": .level(2),
                                "pattern-press-me": .level(5),
                                "pattern-press-partner": .level(1),
                                "pattern-quiet-me": .level(1),
                                "pattern-quiet-partner": .level(5),
                                "pattern-raise-me": .level(5),
                                "pattern-raise-partner": .level(1),
                                "pattern-space-me": .level(1),
                                "pattern-space-partner": .level(5),
                                "practical-cost": .level(2),
                                "practical-know-where": .level(4),
                                "practical-time": .level(2),
                                "ready-curious": .level(5),
                                "ready-hope-help": .level(5),
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
                                "vulnerability-others-think": .level(1),
                                "vulnerability-strength": .level(5),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Alex",
                            answers: [
                                "blame-fair": .level(1),
                                "blame-take-sides": .level(5),
                                "blame-the-problem": .level(5),
                                "crisis-only-broken": .level(2),
                                "crisis-only-doing-fine": .level(4),
                                "crisis-only-not-bad": .level(2),
                                "ganged-up-equal-say": .level(2),
                                "ganged-up-pushed": .level(4),
                                "ganged-up-two-on-one": .level(4),
                                "overwhelm-can-talk": .level(3),
                                "overwhelm-embarrassed": .level(3),
                                "overwhelm-too-much": .level(3),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(4),
                                "past-therapy-unsafe": .level(2),
                                "past-therapy-wary": .level(2),
                                "past-therapy-worse": .level(2),
                                "pattern-press-me": .level(1),
                                "pattern-press-partner": .level(5),
                                "pattern-quiet-me": .level(4),
                                "pattern-quiet-partner": .level(2),
                                "pattern-raise-me": .level(1),
                                "pattern-raise-partner": .level(5),
                                "pattern-space-me": .level(4),
                                "pattern-space-partner": .level(2),
                                "practical-cost": .level(2),
                                "practical-know-where": .level(4),
                                "practical-time": .level(2),
                                "ready-curious": .level(2),
                                "ready-hope-help": .level(2),
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
                                "vulnerability-others-think": .level(3),
                                "vulnerability-strength": .level(3),
                            ]
                        ),
                    ],
                    guesses: [
                        [
                            "ready-curious": .level(1),
                            "ready-hope-help": .level(1),
                            "ready-not-now": .level(5),
                        ],
                        [
                            "ready-curious": .level(4),
                            "ready-hope-help": .level(4),
                            "ready-not-now": .level(2),
                        ],
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
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-broken": .level(4),
                                "crisis-only-doing-fine": .level(2),
                                "crisis-only-not-bad": .level(4),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "pattern-press-me": .level(2),
                                "pattern-press-partner": .level(2),
                                "pattern-quiet-me": .level(2),
                                "pattern-quiet-partner": .level(3),
                                "pattern-raise-me": .level(2),
                                "pattern-raise-partner": .level(2),
                                "pattern-space-me": .level(2),
                                "pattern-space-partner": .level(3),
                                "practical-cost": .level(3),
                                "practical-know-where": .level(3),
                                "practical-time": .level(3),
                                "ready-curious": .level(2),
                                "ready-hope-help": .level(2),
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
                                "vulnerability-others-think": .level(5),
                                "vulnerability-strength": .level(1),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Noor",
                            answers: [
                                "blame-fair": .level(5),
                                "blame-take-sides": .level(1),
                                "blame-the-problem": .level(1),
                                "crisis-only-broken": .level(5),
                                "crisis-only-doing-fine": .level(1),
                                "crisis-only-not-bad": .level(5),
                                "ganged-up-equal-say": .level(5),
                                "ganged-up-pushed": .level(1),
                                "ganged-up-two-on-one": .level(1),
                                "overwhelm-can-talk": .level(3),
                                "overwhelm-embarrassed": .level(3),
                                "overwhelm-too-much": .level(3),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "pattern-press-me": .level(2),
                                "pattern-press-partner": .level(2),
                                "pattern-quiet-me": .level(3),
                                "pattern-quiet-partner": .level(2),
                                "pattern-raise-me": .level(2),
                                "pattern-raise-partner": .level(2),
                                "pattern-space-me": .level(3),
                                "pattern-space-partner": .level(2),
                                "practical-cost": .level(1),
                                "practical-know-where": .level(5),
                                "practical-time": .level(1),
                                "ready-curious": .level(1),
                                "ready-hope-help": .level(1),
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
                                "vulnerability-others-think": .level(4),
                                "vulnerability-strength": .level(2),
                            ]
                        ),
                    ],
                    guesses: [
                        [:],
                        [:],
                    ]
                ),
                SamePageCore.SampleCouple(
                    id: "lee-and-robin",
                    title: "Lee and Robin, a little apart",
                    about: "Lee would like to try a first call with a therapist. Robin is willing to read about it first, and wonders if things are bad enough to need help.",
                    sheets: [
                        SamePageCore.AnswerSheet(
                            name: "Lee",
                            answers: [
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-broken": .level(2),
                                "crisis-only-doing-fine": .level(4),
                                "crisis-only-not-bad": .level(2),
                                "ganged-up-equal-say": .level(5),
                                "ganged-up-pushed": .level(1),
                                "ganged-up-two-on-one": .level(1),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "pattern-press-me": .level(3),
                                "pattern-press-partner": .level(2),
                                "pattern-quiet-me": .level(2),
                                "pattern-quiet-partner": .level(3),
                                "pattern-raise-me": .level(3),
                                "pattern-raise-partner": .level(2),
                                "pattern-space-me": .level(2),
                                "pattern-space-partner": .level(3),
                                "practical-cost": .level(4),
                                "practical-know-where": .level(2),
                                "practical-time": .level(4),
                                "ready-curious": .level(4),
                                "ready-hope-help": .level(4),
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
                                "vulnerability-others-think": .level(2),
                                "vulnerability-strength": .level(4),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Robin",
                            answers: [
                                "blame-fair": .level(3),
                                "blame-take-sides": .level(3),
                                "blame-the-problem": .level(3),
                                "crisis-only-broken": .level(4),
                                "crisis-only-doing-fine": .level(2),
                                "crisis-only-not-bad": .level(4),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(3),
                                "overwhelm-embarrassed": .level(3),
                                "overwhelm-too-much": .level(3),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "pattern-press-me": .level(2),
                                "pattern-press-partner": .level(3),
                                "pattern-quiet-me": .level(3),
                                "pattern-quiet-partner": .level(2),
                                "pattern-raise-me": .level(2),
                                "pattern-raise-partner": .level(3),
                                "pattern-space-me": .level(3),
                                "pattern-space-partner": .level(2),
                                "practical-cost": .level(2),
                                "practical-know-where": .level(4),
                                "practical-time": .level(2),
                                "ready-curious": .level(4),
                                "ready-hope-help": .level(4),
                                "ready-no-use": .level(3),
                                "ready-not-now": .level(3),
                                "ready-rather-wait": .level(3),
                                "ready-want-change": .level(3),
                                "step-call": .level(2),
                                "step-on-my-own": .level(2),
                                "step-one-session": .level(2),
                                "step-read": .level(4),
                                "step-regular": .level(2),
                                "vulnerability-gender": .level(2),
                                "vulnerability-others-think": .level(2),
                                "vulnerability-strength": .level(4),
                            ]
                        ),
                    ],
                    guesses: [
                        [
                            "ready-curious": .level(2),
                            "ready-hope-help": .level(2),
                            "ready-not-now": .level(4),
                        ],
                        [
                            "ready-curious": .level(4),
                            "ready-hope-help": .level(4),
                            "ready-not-now": .level(2),
                        ],
                    ]
                ),
            ],
            interface: SamePageCore.InterfaceText(
                texts: [
                    "cards.common": "A common question",
                    "cards.for_both": "For both of you",
                    "cards.for_names": "For {names}",
                    "cards.for_you": "For you",
                    "cycle.both": "brings it up at times and steps back at others",
                    "cycle.both_raise": "Both of you tend to bring therapy up. You may each want things to change, and still feel pushed by the other. Taking turns to speak can help each of you feel heard.",
                    "cycle.both_step_back": "Both of you tend to step back when therapy comes up. That can keep the peace for a while, and it can also mean the subject never gets a real talk. It is a pattern you share, not a fault of either of you.",
                    "cycle.kept_private": "kept these answers private",
                    "cycle.named": "{name} {phrase}",
                    "cycle.neither": "shows no clear lean either way",
                    "cycle.no_clear": "Your answers do not show one clear pattern in how therapy comes up. Patterns can be hard to see from the inside, and they change over time.",
                    "cycle.part_alone": "{part}.",
                    "cycle.part_scores": "{part} (raising it: {raise}; stepping back: {step_back}).",
                    "cycle.parts_heading": "Each one's part",
                    "cycle.raise_and_step_back": "{raiser} tends to bring therapy up, and {other} tends to step back. Each move makes sense to the one who makes it, and each can set off the other: pressing can lead to pulling back, and pulling back to more pressing. It is a loop you are both in, and it is no one's fault.",
                    "cycle.raises": "tends to bring it up",
                    "cycle.solo_both_raise": "As you see it, you and your partner both tend to bring therapy up. You may each want things to change, and still feel pushed by the other.",
                    "cycle.solo_both_step_back": "As you see it, you and your partner both tend to step back when therapy comes up. That can keep the peace, and it can also mean the subject never gets a real talk.",
                    "cycle.solo_partner_raises": "As you see it, your partner tends to bring therapy up, and you tend to step back. Each move can set off the other: pressing can lead to pulling back, and pulling back to more pressing. It is a loop two people are in, and it is no one's fault.",
                    "cycle.solo_scores": "Going by your answers, from 0 to 100: you, raising it {raise} and stepping back {step_back}; your partner, raising it {partner_raise} and stepping back {partner_step_back}.",
                    "cycle.solo_you_raise": "As you see it, you tend to bring therapy up, and your partner tends to step back. Each move can set off the other: pressing can lead to pulling back, and pulling back to more pressing. It is a loop two people are in, and it is no one's fault.",
                    "cycle.steps_back": "tends to step back",
                    "cycle.too_few": "gave too few answers to tell",
                    "cycle.unknown": "There are not enough answers here to show a pattern.",
                    "cycle.view": "As {name} sees it: {first}; {second}.",
                    "cycle.view_one": "As {name} sees it: {first}.",
                    "cycle.views_differ": "Your views of it are not the same. That is something to talk about, not to settle.",
                    "cycle.views_heading": "How each of you sees it",
                    "cycle.you_both": "you bring it up at times and step back at others",
                    "cycle.you_kept_private": "You kept these answers private.",
                    "cycle.you_neither": "you show no clear lean either way",
                    "cycle.you_raise": "you tend to bring it up",
                    "cycle.you_step_back": "you tend to step back",
                    "cycle.you_too_few": "You gave too few answers to tell.",
                    "cycle.your_partner": "your partner",
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
                    "ending.translation_broken": "samepage: the translation in {folder} cannot be used, so this session is in the folder's own language; `samepage validate {root}` says what to fix.",
                    "files.answers_too_large": "{path} is larger than 1 MB, so it is not a samepage answers file; it was not read.",
                    "files.bad_answer": "{path} has the answer {code} for '{id}'; answers are whole numbers from 0 to 5 (6 where a question does not apply).",
                    "files.cannot_write": "Could not save {path}: {cause}.",
                    "files.cause_exists": "the file already exists",
                    "files.cause_missing": "the file does not exist",
                    "files.damaged": "{path} is damaged: its name, content or answers are missing or not whole numbers from 0 to 5.",
                    "files.empty": "{path} is empty, not a samepage answers file.",
                    "files.exists": "{path} already exists; choose another name or move that file first.",
                    "files.folder": "{path} is a folder, not an answers file.",
                    "files.missing": "{path} does not exist.",
                    "files.missing_answer": "{path} has no answer for '{id}' (a skipped question is saved as 0), so it was edited or damaged and cannot be scored.",
                    "files.newer": "{path} was saved by a newer samepage (version {version}); update samepage to read it.",
                    "files.no_version": "{path} has no version number, so it cannot be read safely.",
                    "files.not_a_folder": "{path} is not a folder",
                    "files.not_json": "{path} is not a samepage answers file (it is not valid JSON of that form).",
                    "files.not_regular": "{path} is not a regular file, so it was not read.",
                    "files.other_questions": "{path} was made with different questions ('{id}') than the content in use, so it cannot be scored with it.",
                    "files.path_cause": "{path}: {cause}",
                    "files.progress_note": "samepage: {note}",
                    "files.progress_set_aside": "The saved progress in {path} could not be used (damaged, or made for other questions), so it was kept as {aside} and a new session starts.",
                    "files.progress_too_large": "{path} is larger than a progress file can be.",
                    "files.progress_unreadable": "The saved progress in {path} could not be read or moved aside, so a new session starts and that file is left as it was.",
                    "files.repeated_key": "{path} has the key '{key}' twice, so it was edited or damaged and cannot be scored.",
                    "files.unknown_question": "{path} has an answer for '{id}', which is not a question in the content in use.",
                    "files.unknown_version": "{path} has an unknown version ({version}).",
                    "files.unreadable": "Could not read {path}: {cause}.",
                    "files.wrong_format": "{path} is not a samepage answers file (its \"format\" is not \"{format}\").",
                    "guesses.about_named": "How do you think {name} answered?",
                    "guesses.about_partner": "How do you think your partner would answer?",
                    "guesses.hand_off": "Thank you. Please pass the keyboard to {name} for their guesses.",
                    "guesses.hand_off_back": "Welcome back. This is where the guesses were left. {other}, please step away while {name} guesses.",
                    "guesses.hand_off_header": "Hand-off",
                    "guesses.header": "Optional: guess",
                    "guesses.offer_couple": "One last, optional step: guess how each other answered a few questions about readiness.",
                    "guesses.offer_prompt": "Press Enter to guess, or s to skip.",
                    "guesses.offer_solo": "One last, optional step: guess how your partner would answer a few questions about readiness.",
                    "guesses.offer_why_couple": "The results then show each guess next to the real answers. A gap is not a mistake; it is something to be curious about together. It takes about a minute each.",
                    "guesses.offer_why_solo": "The results show your guess, to talk over with your partner if you like. It takes about a minute.",
                    "guesses.pause": "Take a moment if you need one. There is no rush.",
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
                    "help.results_sections": "summary, readiness, pattern, worries, next steps, support",
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
                    "keeping.if_kept": "If you keep your place, your answers are kept in {path} until you reach the results or discard them. Anyone who uses this computer account, including a partner, can open that file. The check-in is never kept.",
                    "keeping.kept": "Your answers are kept in {path} until you reach the results or discard them. Anyone who uses this computer account, including a partner, can open that file. The check-in is never kept.",
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
                    "perception.close": "{guesser} guessed {other}'s readiness at {guess}, close to {other}'s own {actual}.",
                    "perception.higher": "{guesser} guessed {guess}, and {other}'s own answers give {actual}, higher than the guess. A gap like this is something to be curious about together.",
                    "perception.lower": "{guesser} guessed {guess}, and {other}'s own answers give {actual}, lower than the guess. A gap like this is something to be curious about together.",
                    "perception.solo": "You guessed your partner's readiness at {guess}. Asking how they see it could be a gentle way to start.",
                    "perception.too_few": "{guesser} made too few guesses to compare.",
                    "plain.answer_again": "Please type a number from 0 to {highest}, b to go back, or q to quit.",
                    "plain.answer_ask": "Your answer:",
                    "plain.cannot_clear": "This terminal cannot clear its screen, so each person's answers may stay in view for the other. To answer in private, each of you can run samepage --solo --save FILE on your own, then samepage compare FILE1 FILE2.",
                    "plain.check_in_header": "Private check-in {number} of {total}",
                    "plain.end": "You have reached the end of the questions.",
                    "plain.guess_ask": "Type y to guess, or press Enter to skip:",
                    "plain.guess_couple": "One last, optional step: guess how each other answered a few questions about readiness. The results then show each guess next to the real answers.",
                    "plain.guess_header": "Guess {number} of {total} \u{b7} {about}",
                    "plain.guess_solo": "One last, optional step: guess how your partner would answer a few questions about readiness. The results show your guess, to talk over with them if you like.",
                    "plain.how_to": "Type 1 to 5 to answer, 0 for \"{prefer_not}\", b to go back, q to quit.",
                    "plain.keep_again": "Please type y to keep your place, or n to keep nothing:",
                    "plain.keep_ask": "Keep your place? Type y to keep it (or press Enter), or n to keep nothing:",
                    "plain.keep_ask_couple": "Keep your place? Type y to keep it, or n to keep nothing (or press Enter):",
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
                    "quit.finished_not_printed": "The results are not printed after you leave. To keep them, save the report first (s).",
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
                    "ready.hand_off": "{other}, thank you: your part is done, and what you chose is now hidden. Please pass the keyboard to {name}.",
                    "ready.hand_off_next": "{name}, there is no rush. Take your time, and begin when you feel ready.",
                    "ready.prompt_couple": "{name}, press Enter when you are alone.",
                    "ready.prompt_solo": "Press Enter when you are ready to go on.",
                    "ready.step_away": "{other}, please step away while {name} answers. Each of you answers in private; you see the results together at the end.",
                    "results.demo": "Demo \u{b7} couple {number} of {total}",
                    "results.gap_detail": "A gap of {gap}: {words}.",
                    "results.guesses_heading": "How you guessed each other's readiness",
                    "results.guesses_heading_solo": "Your guess at your partner's readiness",
                    "results.kept_private": "kept these answers private",
                    "results.more_ideas.one": "1 more idea: press m to show it.",
                    "results.more_ideas.other": "{count} more ideas: press m to show them.",
                    "results.more_ideas_list": "More ideas: {titles}.",
                    "results.not_applicable": "does not apply",
                    "results.pattern_heading_couple": "How therapy comes up between you",
                    "results.pattern_heading_solo": "How therapy comes up, as you see it",
                    "results.person_score": "{name}: {score} \u{b7} {band}",
                    "results.person_words": "{name}: {words}",
                    "results.readiness_heading": "Readiness to try couples therapy (0 to 100)",
                    "results.report_made_on": "Made on {date} with the content `{id}`, version {version} (questions {fingerprint}).",
                    "results.safety_couple": "If home does not feel safe for either of you, start with {support}, on your own.",
                    "results.safety_solo": "If home does not feel safe, start with {support}.",
                    "results.sample_couple": "Sample couple: {title} (made up)",
                    "results.section_pattern": "Pattern",
                    "results.section_readiness": "Readiness",
                    "results.section_steps": "Next steps",
                    "results.section_summary": "Summary",
                    "results.section_support": "Support",
                    "results.section_worries": "Worries",
                    "results.steps_label": "Steps:",
                    "results.title": "Results",
                    "results.why_this": "Why this? {reasons}",
                    "results.why_this_text": "Why this: {reasons}",
                    "results.worries_heading_couple": "What holds each of you back (0 to 100; higher weighs more)",
                    "results.worries_heading_solo": "What holds you back (0 to 100; higher weighs more)",
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
                    "summary.gap_line": "Your readiness: {words}.",
                    "summary.list_last": "{first} and {last}",
                    "summary.list_separator": ",",
                    "summary.list_separator_strong": ";",
                    "summary.pattern_couple": "When therapy comes up: {first}; {second}.",
                    "summary.pattern_solo": "As you see it: {first}; {second}.",
                    "summary.pattern_solo_one": "As you see it: {first}.",
                    "summary.readier": "{name} feels readier about therapy right now.",
                    "summary.step_all_both": "You both said yes to each step, up to {largest}.",
                    "summary.step_all_solo": "You said yes to each step, up to {largest}.",
                    "summary.step_alone_named": "{name} also said yes to: {list}.",
                    "summary.step_alone_yours": "You also said yes to: {list}.",
                    "summary.step_largest_both": "The largest step you both said yes to: {largest}. The next one: {next}.",
                    "summary.step_largest_solo": "The largest step you said yes to: {largest}. The next one: {next}.",
                    "summary.step_none_both": "No step toward couples therapy had a yes from both of you, and that is fine. The smallest one: {next}.",
                    "summary.step_none_solo": "You did not say yes to any step toward couples therapy, and that is fine. The smallest one: {next}.",
                    "summary.step_top_both": "The largest step you both said yes to: {largest}.",
                    "summary.step_top_solo": "The largest step you said yes to: {largest}.",
                    "summary.strength_both_lean": "You both lean toward trying therapy.",
                    "summary.strength_you_lean": "You lean toward trying therapy.",
                    "summary.theme_both": "both of you weigh this",
                    "summary.theme_light": "this holds neither of you back much",
                    "summary.theme_neither": "neither of you weighs this strongly",
                    "summary.theme_none": "nothing to compare here",
                    "summary.theme_one": "{name} weighs this",
                    "summary.theme_one_not": "{name} does not weigh this strongly",
                    "summary.theme_you": "this weighs on you",
                    "summary.weighs_both": "Both of you weigh: {list}.",
                    "summary.weighs_named": "{name} weighs: {list}.",
                    "summary.weighs_none_couple": "No worry stands out for either of you.",
                    "summary.weighs_none_solo": "No worry stands out in your answers.",
                    "summary.weighs_you": "What weighs on you: {list}.",
                    "support.call": "Call {value}",
                    "support.chat": "Chat at {value}",
                    "support.closing": "Press Enter when you are ready to go on.",
                    "support.for": "For {audience}. {hours}.",
                    "support.for_report": "For {audience}; {hours}.",
                    "support.text": "Text {value}",
                    "support.tty": "TTY {value}",
                    "terminal.charset": "samepage: this locale's character set ({charset}) cannot show these words, so the screens use UTF-8.",
                    "terminal.no_term": "the terminal type (TERM) is not set or is 'dumb'",
                    "terminal.no_tty": "no terminal could be opened ({cause})",
                    "terminal.setup": "the terminal could not be set up",
                    "terminal.unknown": "the terminal type '{term}' is not known here",
                    "together.header": "Together",
                    "together.prompt": "Press Enter when you are both here.",
                    "together.text": "{first} and {second}, please sit down together now. The results are for both of you, so they open only when you are both here.",
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
                    "why.alone": "For a person answering on their own.",
                    "why.band_named": "{name}'s readiness is {score}, which reads as {band} ({range}).",
                    "why.band_yours": "Your readiness is {score}, which reads as {band} ({range}).",
                    "why.common": "A common question, shown to everyone.",
                    "why.each_of_you": "Shown to each of you.",
                    "why.every_couple": "Shown to every couple.",
                    "why.less_ready": "{name} feels less ready about therapy right now: readiness {own} against {other}, a gap of {gap} ({wide} or more, with the lower score below {middle}).",
                    "why.pace_both": "Steps beyond \u{201c}{next}\u{201d}, and any step one of you said no to, are left out for now.",
                    "why.pace_yours": "Steps beyond \u{201c}{next}\u{201d}, and any step you said no to, are left out for now.",
                    "why.pairing": "The pairing is {label}: readiness {scores}, {gap} apart; {rule}.",
                    "why.partner_stance": "You said: {answer}.",
                    "why.quoted": "\u{201c}{text}\u{201d}",
                    "why.range_at_least": "{value} or more",
                    "why.range_at_most": "{value} or less",
                    "why.range_between": "{low} to {high}",
                    "why.readier": "{name} feels readier about therapy right now: readiness {own} against {other}, a gap of {gap} ({wide} or more, with the lower score below {middle}).",
                    "why.rule_any": "the label used when {labels} do not fit",
                    "why.rule_apart": "the readiness scores are at least {wide} apart",
                    "why.rule_both_not_now": "both readiness scores are {not_now} or less",
                    "why.rule_both_ready": "both readiness scores are {ready} or more",
                    "why.rule_close": "the readiness scores are at most {close} apart",
                    "why.score": "{name} {score}",
                    "why.side_raise_named": "{name} tends to raise therapy, going by what both of you said (raising it: {score}; {high} or more counts).",
                    "why.side_raise_yours": "You tend to raise therapy, going by your answers (raising it: {score}; {high} or more counts).",
                    "why.side_step_back_named": "{name} tends to step back when therapy comes up, going by what both of you said (stepping back: {score}; {high} or more counts).",
                    "why.side_step_back_yours": "You tend to step back when therapy comes up, going by your answers (stepping back: {score}; {high} or more counts).",
                    "why.theme_named": "{theme} is one of {name}'s top worries (level {level}; {high} or more counts).",
                    "why.theme_yours": "{theme} is one of your top worries (level {level}; {high} or more counts).",
                ],
                language: "en"
            ),
            identity: SamePageCore.ContentIdentity(
                id: "samepage-default",
                version: 4,
                fingerprint: "ad66c9cdebf5d246"
            )
        )
    }

    /// fr: the set in fr.
    @Sendable static func set1() -> Content {
        SamePageCore.Content(
            texts: SamePageCore.Texts(
                title: "Sommes-nous sur la m\u{ea}me longueur d'onde?",
                minutes: 10,
                welcome: "Voici quelques questions pour les couples qui pensent \u{e0} la th\u{e9}rapie de couple. Chaque personne r\u{e9}pond seule, en priv\u{e9}. Ensuite, vous voyez vos r\u{e9}ponses c\u{f4}te \u{e0} c\u{f4}te, pour parler ensemble d'une prochaine \u{e9}tape.",
                privacy: "Rien de ce que vous tapez ne quitte cet ordinateur.",
                disclaimer: "Ceci vous donne de l'information. Ce n'est ni une th\u{e9}rapie ni un conseil, et cela ne remplace pas l'aide d'une personne qualifi\u{e9}e.",
                resultsIntro: "Ceci montre des tendances dans vos r\u{e9}ponses. Cela ne dit pas qui a raison. Servez-vous-en pour commencer une discussion calme.",
                soloResultsIntro: "Ceci montre ce que vous avez dit sur l'id\u{e9}e d'essayer la th\u{e9}rapie et sur ce qui vous retient. C'est une photo du moment, pas un verdict. Elle peut changer.",
                notEnough: "pas assez de r\u{e9}ponses pour le dire"
            ),
            scale: SamePageCore.Scale(
                choices: [
                    "Pas du tout d'accord",
                    "Pas d'accord",
                    "Je ne sais pas",
                    "D'accord",
                    "Tout \u{e0} fait d'accord",
                ],
                preferNot: "Je pr\u{e9}f\u{e8}re ne pas r\u{e9}pondre"
            ),
            readiness: SamePageCore.Section(
                id: "readiness",
                name: "Ouverture \u{e0} la th\u{e9}rapie",
                about: "Votre ouverture \u{e0} l'id\u{e9}e d'essayer la th\u{e9}rapie de couple, en ce moment.",
                items: [
                    SamePageCore.Item(
                        id: "ready-hope-help",
                        text: "Je crois qu'une bonne th\u{e9}rapie pourrait nous aider \u{e0} nous parler.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: true
                    ),
                    SamePageCore.Item(
                        id: "ready-rather-wait",
                        text: "Je pr\u{e9}f\u{e8}re attendre avant de faire un pas vers la th\u{e9}rapie de couple.",
                        reverse: true,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "ready-curious",
                        text: "Ce que la th\u{e9}rapie de couple pourrait nous apporter m'int\u{e9}resse.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: true
                    ),
                    SamePageCore.Item(
                        id: "ready-want-change",
                        text: "J'aimerais qu'on g\u{e8}re autrement nos discussions difficiles.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "ready-not-now",
                        text: "En ce moment, je pr\u{e9}f\u{e8}re ne pas parler de th\u{e9}rapie du tout.",
                        reverse: true,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: true
                    ),
                    SamePageCore.Item(
                        id: "ready-no-use",
                        text: "Je doute qu'aller en th\u{e9}rapie change grand-chose pour nous.",
                        reverse: true,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                ],
                gate: nil,
                choices: nil
            ),
            themes: [
                SamePageCore.Section(
                    id: "blame",
                    name: "Peur du bl\u{e2}me",
                    about: "Avoir peur du bl\u{e2}me est une fa\u{e7}on de vous prot\u{e9}ger. Il est normal de vouloir qu'on vous \u{e9}coute de fa\u{e7}on juste.",
                    items: [
                        SamePageCore.Item(
                            id: "blame-the-problem",
                            text: "J'ai peur qu'en th\u{e9}rapie, on me voie comme le probl\u{e8}me.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "blame-take-sides",
                            text: "J'ai peur qu'en th\u{e9}rapie, on prenne le parti de l'autre.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "blame-fair",
                            text: "Je crois qu'en th\u{e9}rapie, on serait juste envers nous deux.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: nil,
                    choices: nil
                ),
                SamePageCore.Section(
                    id: "past-therapy",
                    name: "Th\u{e9}rapies pass\u{e9}es",
                    about: "Ce que vous avez v\u{e9}cu en th\u{e9}rapie, de bon ou de difficile, influence ce que vous ressentez \u{e0} l'id\u{e9}e d'essayer de nouveau. La prudence est une fa\u{e7}on de prendre soin de vous.",
                    items: [
                        SamePageCore.Item(
                            id: "past-therapy-worse",
                            text: "Une th\u{e9}rapie que j'ai suivie m'a fait plus de mal que de bien.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "past-therapy-unsafe",
                            text: "J'ai d\u{e9}j\u{e0} \u{e9}t\u{e9} en th\u{e9}rapie sans me sentir en s\u{e9}curit\u{e9} pour parler.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "past-therapy-wary",
                            text: "\u{c0} cause de ce que j'ai v\u{e9}cu, je me m\u{e9}fie d'une nouvelle th\u{e9}rapie.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "past-therapy-helped",
                            text: "Une th\u{e9}rapie que j'ai suivie m'a apport\u{e9} quelque chose.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: SamePageCore.Item(
                        id: "past-therapy-gate",
                        text: "J'ai d\u{e9}j\u{e0} consult\u{e9} en th\u{e9}rapie, en solo ou en couple.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    choices: nil
                ),
                SamePageCore.Section(
                    id: "overwhelm",
                    name: "Le trop-plein",
                    about: "\u{c9}viter les discussions difficiles est souvent une fa\u{e7}on de vous prot\u{e9}ger, vous et les gens que vous aimez. Beaucoup de gens le font.",
                    items: [
                        SamePageCore.Item(
                            id: "overwhelm-too-much",
                            text: "Parler de nos probl\u{e8}mes, c'est parfois trop pour moi.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "overwhelm-embarrassed",
                            text: "Ce serait g\u{ea}nant de parler de notre vie priv\u{e9}e \u{e0} une personne inconnue.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "overwhelm-can-talk",
                            text: "Je me sens capable de parler des choses difficiles entre nous.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: nil,
                    choices: nil
                ),
                SamePageCore.Section(
                    id: "vulnerability",
                    name: "Montrer ses \u{e9}motions",
                    about: "Ce que nous avons appris en grandissant sur le fait de montrer nos \u{e9}motions nous marque. Souvent, cela nous a permis de tenir le coup.",
                    items: [
                        SamePageCore.Item(
                            id: "vulnerability-gender",
                            text: "J'ai grandi en entendant qu'\u{e0} cause de mon genre, je ne devais pas montrer mes \u{e9}motions.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "vulnerability-others-think",
                            text: "Mes proches nous verraient d'un moins bon \u{153}il si nous allions en th\u{e9}rapie.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "vulnerability-strength",
                            text: "Pour moi, demander de l'aide pour ses \u{e9}motions est un signe de force.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: nil,
                    choices: nil
                ),
                SamePageCore.Section(
                    id: "crisis-only",
                    name: "Seulement en cas de crise",
                    about: "Sentir que vous pouvez r\u{e9}gler les choses entre vous vient souvent de votre fiert\u{e9} face \u{e0} ce que vous avez b\u{e2}ti ensemble.",
                    items: [
                        SamePageCore.Item(
                            id: "crisis-only-not-bad",
                            text: "Notre couple ne va pas assez mal pour avoir besoin de th\u{e9}rapie.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "crisis-only-broken",
                            text: "Consulter voudrait dire que quelque chose est bris\u{e9} entre nous.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "crisis-only-doing-fine",
                            text: "La th\u{e9}rapie peut aussi aider les couples qui vont bien.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: nil,
                    choices: nil
                ),
                SamePageCore.Section(
                    id: "ganged-up",
                    name: "Peur du deux contre un",
                    about: "Vouloir garder votre mot \u{e0} dire sur votre propre vie, c'est sain. Il est naturel de vouloir le prot\u{e9}ger.",
                    items: [
                        SamePageCore.Item(
                            id: "ganged-up-two-on-one",
                            text: "J'ai peur que \u{e7}a ressemble \u{e0} deux personnes contre une.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "ganged-up-pushed",
                            text: "J'ai peur qu'on me pousse \u{e0} devenir quelqu'un d'autre.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "ganged-up-equal-say",
                            text: "Je crois que j'aurais autant mon mot \u{e0} dire sur nos objectifs.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: nil,
                    choices: nil
                ),
                SamePageCore.Section(
                    id: "practical",
                    name: "Co\u{fb}t, temps et acc\u{e8}s \u{e0} l'aide",
                    about: "L'argent, les semaines charg\u{e9}es et la recherche de la bonne personne sont de vraies limites. C'est sage d'y penser.",
                    items: [
                        SamePageCore.Item(
                            id: "practical-cost",
                            text: "J'ai peur que la th\u{e9}rapie d\u{e9}passe nos moyens.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "practical-time",
                            text: "J'aurais du mal \u{e0} trouver du temps pour des s\u{e9}ances.",
                            reverse: false,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                        SamePageCore.Item(
                            id: "practical-know-where",
                            text: "Je sais o\u{f9} chercher de l'aide en th\u{e9}rapie de couple.",
                            reverse: true,
                            step: nil,
                            alone: false,
                            pattern: nil,
                            guess: false
                        ),
                    ],
                    gate: nil,
                    choices: nil
                ),
            ],
            checkIn: SamePageCore.CheckIn(
                intro: "Ces derni\u{e8}res questions sont pour vous seulement. Votre partenaire ne verra pas vos r\u{e9}ponses, qui ne sont enregistr\u{e9}es nulle part. Ensuite, tout le monde voit la m\u{ea}me liste de ressources, peu importe ses r\u{e9}ponses.",
                frequencyChoices: [
                    "Jamais",
                    "Une fois",
                    "Parfois",
                    "Souvent",
                    "Je ne sais pas",
                ],
                items: [
                    SamePageCore.CheckInItem(
                        id: "checkin-safe-home",
                        text: "Ces temps-ci, je me sens en s\u{e9}curit\u{e9} dans mon couple.",
                        scale: .agree
                    ),
                    SamePageCore.CheckInItem(
                        id: "checkin-afraid",
                        text: "Depuis un an, combien de fois avez-vous eu peur de ce que votre partenaire pourrait faire?",
                        scale: .frequency
                    ),
                    SamePageCore.CheckInItem(
                        id: "checkin-hurt",
                        text: "Depuis un an, votre partenaire vous a fait mal (coups, pouss\u{e9}es) ou a menac\u{e9} de le faire\u{a0}: combien de fois?",
                        scale: .frequency
                    ),
                    SamePageCore.CheckInItem(
                        id: "checkin-sexual-pressure",
                        text: "Depuis un an, votre partenaire a fait pression sur vous pour des gestes sexuels non voulus\u{a0}: combien de fois?",
                        scale: .frequency
                    ),
                    SamePageCore.CheckInItem(
                        id: "checkin-control",
                        text: "Depuis un an, votre partenaire a limit\u{e9} votre acc\u{e8}s \u{e0} l'argent, fouill\u{e9} votre t\u{e9}l\u{e9}phone ou limit\u{e9} vos contacts avec vos proches\u{a0}: combien de fois?",
                        scale: .frequency
                    ),
                    SamePageCore.CheckInItem(
                        id: "checkin-speak-freely",
                        text: "En s\u{e9}ance de couple, je pourrais dire ce que je pense vraiment et rester en s\u{e9}curit\u{e9} \u{e0} la maison ensuite.",
                        scale: .agree
                    ),
                ],
                support: SamePageCore.SupportWords(
                    title: "Du soutien, pour tout le monde",
                    text: "Toutes les personnes qui utilisent samepage voient cette m\u{ea}me page. La th\u{e9}rapie de couple fonctionne mieux quand les deux personnes se sentent en s\u{e9}curit\u{e9} pour parler. Si vous ne vous sentez pas en s\u{e9}curit\u{e9} chez vous, il est souvent utile de parler d'abord \u{e0} quelqu'un, sans votre partenaire. Les appels et les textos \u{e0} ces services peuvent para\u{ee}tre dans l'historique de votre t\u{e9}l\u{e9}phone; si quelqu'un v\u{e9}rifie votre t\u{e9}l\u{e9}phone, vous pourriez utiliser un t\u{e9}l\u{e9}phone ou un ordinateur auquel cette personne n'a pas acc\u{e8}s.",
                    note: "Merci d'avoir r\u{e9}pondu. Cette liste est pour tout le monde\u{a0}: gardez-la en t\u{ea}te, pour vous ou pour une personne de votre entourage, maintenant ou plus tard."
                ),
                emergency: "Si vous \u{ea}tes en danger maintenant, appelez le num\u{e9}ro d'urgence de votre r\u{e9}gion. C'est le 911 aux \u{c9}tats-Unis et dans la plus grande partie du Canada; l\u{e0} o\u{f9} le 911 n'existe pas, appelez la police locale. C'est le 999 ou le 112 au Royaume-Uni et en Irlande, et le 000 en Australie. Au Royaume-Uni, si vous ne pouvez pas parler pendant un appel au 999 \u{e0} partir d'un cellulaire, restez en ligne et composez le 55 quand on vous le demande.",
                shared: SamePageCore.SharedSafety(
                    title: "Si la maison n'est pas un lieu s\u{fb}r",
                    text: "Si l'une des deux personnes ne se sent pas en s\u{e9}curit\u{e9} \u{e0} la maison, les s\u{e9}ances \u{e0} deux ne sont peut-\u{ea}tre pas la bonne premi\u{e8}re \u{e9}tape. Parler d'abord \u{e0} quelqu'un, sans l'autre, peut aider. Chaque service ci-dessous dit \u{e0} qui il s'adresse et quand il est ouvert."
                ),
                regions: [
                    "ANY": "Partout",
                    "AU": "Australie",
                    "CA": "Canada",
                    "CA-BC": "Colombie-Britannique",
                    "CA-QC": "Qu\u{e9}bec",
                    "GB": "Royaume-Uni",
                    "IE": "Irlande",
                    "US": "\u{c9}tats-Unis",
                ],
                resources: [
                    SamePageCore.Resource(
                        name: "National Domestic Violence Hotline",
                        region: "US",
                        languages: [
                            "en",
                            "es",
                        ],
                        hours: "en tout temps, jour et nuit",
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
                        audience: "toute personne bless\u{e9}e ou effray\u{e9}e dans son couple, les gens qui veulent l'aider, et les personnes inqui\u{e8}tes de la fa\u{e7}on dont elles traitent leur partenaire",
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
                        hours: "en tout temps, jour et nuit",
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
                        audience: "toute personne qui pense au suicide ou qui traverse un moment difficile, ou qui s'inqui\u{e8}te pour quelqu'un dans cette situation",
                        source: "https://988lifeline.org/get-help/what-to-expect",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Trans Lifeline (\u{c9}tats-Unis)",
                        region: "US",
                        languages: [
                            "en",
                            "es",
                        ],
                        hours: "pas ouvert en tout temps; voyez les heures sur translifeline.org",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1\u{a0}877\u{a0}565-8860"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "translifeline.org"
                            ),
                        ],
                        audience: "les personnes trans ou qui se questionnent sur leur genre et qui veulent parler \u{e0} une personne trans, m\u{ea}me sans \u{ea}tre en crise; c'est confidentiel, et on n'appelle pas le 911 sans votre accord",
                        source: "https://translifeline.org/linea-directa/?lang=es",
                        checked: "2026-12-03"
                    ),
                    SamePageCore.Resource(
                        name: "Ligne d'aide en cas de crise de suicide 9-8-8",
                        region: "CA",
                        languages: [
                            "en",
                            "fr",
                        ],
                        hours: "en tout temps, jour et nuit",
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
                        audience: "toute personne au Canada qui pense au suicide, ou qui s'inqui\u{e8}te pour quelqu'un qui pourrait y penser; l'appel ou le texto est gratuit",
                        source: "https://988.ca/fr/les-modalites-et-conditions-pour-le-service",
                        checked: "2026-12-03"
                    ),
                    SamePageCore.Resource(
                        name: "Ligne d'\u{e9}coute d'espoir pour le mieux-\u{ea}tre",
                        region: "CA",
                        languages: [
                            "en",
                            "fr",
                        ],
                        hours: "en tout temps, jour et nuit",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1\u{a0}855\u{a0}242-3310"
                            ),
                        ],
                        audience: "les personnes des Premi\u{e8}res Nations, inuites et m\u{e9}tisses qui veulent parler \u{e0} une personne-conseil de ce qu'elles vivent ou d'une crise; le cri, l'ojibw\u{e9} et l'inuktitut sont offerts sur demande",
                        source: "https://www.canada.ca/en/public-health/services/suicide-prevention/government-canada-doing-help-prevent-suicide.html",
                        checked: "2026-12-03"
                    ),
                    SamePageCore.Resource(
                        name: "Trans Lifeline (Canada)",
                        region: "CA",
                        languages: [
                            "en",
                            "es",
                        ],
                        hours: "pas ouvert en tout temps; voyez les heures sur translifeline.org",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1\u{a0}877\u{a0}330-6366"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "translifeline.org"
                            ),
                        ],
                        audience: "les personnes trans ou qui se questionnent sur leur genre et qui veulent parler \u{e0} une personne trans, m\u{ea}me sans \u{ea}tre en crise; c'est confidentiel, et on n'appelle pas le 911 sans votre accord",
                        source: "https://translifeline.org/linea-directa/?lang=es",
                        checked: "2026-12-03"
                    ),
                    SamePageCore.Resource(
                        name: "ShelterSafe",
                        region: "CA",
                        languages: [
                            "en",
                        ],
                        hours: "la carte fonctionne en tout temps; la plupart des maisons d'h\u{e9}bergement qui y figurent r\u{e9}pondent au t\u{e9}l\u{e9}phone jour et nuit",
                        reach: [
                            SamePageCore.Contact(
                                kind: .web,
                                value: "sheltersafe.ca"
                            ),
                        ],
                        audience: "les femmes et leurs enfants qui ont besoin d'un lieu s\u{fb}r ou de parler de violence \u{e0} quelqu'un; pas besoin d'habiter dans une maison d'h\u{e9}bergement pour obtenir de l'aide",
                        source: "https://sheltersafe.ca/about-shelters/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Pour obtenir de l'aide dans les cas de violence familiale (gouvernement du Canada)",
                        region: "CA",
                        languages: [
                            "en",
                            "fr",
                        ],
                        hours: "page Web, \u{e0} lire en tout temps",
                        reach: [
                            SamePageCore.Contact(
                                kind: .web,
                                value: "justice.gc.ca/fra/jp-cj/vf-fv/aide-help.html"
                            ),
                        ],
                        audience: "toute personne touch\u{e9}e par la violence familiale qui cherche de l'aide pr\u{e8}s de chez elle, comme une maison d'h\u{e9}bergement ou la police",
                        source: "https://www.justice.gc.ca/fra/jp-cj/vf-fv/aide-help.html",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "VictimLinkBC",
                        region: "CA-BC",
                        languages: [
                            "en",
                        ],
                        hours: "en tout temps, jour et nuit",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1\u{a0}800\u{a0}563-0808"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "victimlinkbc.ca"
                            ),
                        ],
                        audience: "toute personne en Colombie-Britannique ou au Yukon touch\u{e9}e par un crime, y compris la violence d'un ou d'une partenaire ou d'un membre de la famille; l'appel est gratuit et confidentiel, et l'aide est offerte dans plus de 110 langues",
                        source: "https://www2.gov.bc.ca/gov/content/justice/criminal-justice/bcs-criminal-justice-system/understanding-criminal-justice/key-parts/victim-services",
                        checked: "2026-12-03"
                    ),
                    SamePageCore.Resource(
                        name: "SOS violence conjugale",
                        region: "CA-QC",
                        languages: [
                            "fr",
                        ],
                        hours: "en tout temps, jour et nuit (textos\u{a0}: de 14\u{a0}h\u{a0}30 \u{e0} 22\u{a0}h)",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1\u{a0}800\u{a0}363-9010"
                            ),
                            SamePageCore.Contact(
                                kind: .text,
                                value: "438\u{a0}601-1211"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "sosviolenceconjugale.ca"
                            ),
                        ],
                        audience: "toute personne touch\u{e9}e par la violence conjugale, ses proches, et les personnes qui remettent en question leurs propres gestes; gratuit et confidentiel",
                        source: "https://spvm.qc.ca/en/Fiches/Details/Domestic-and-Intrafamily-Violence",
                        checked: "2026-12-03"
                    ),
                    SamePageCore.Resource(
                        name: "1\u{a0}866\u{a0}APPELLE et suicide.ca (pr\u{e9}vention du suicide au Qu\u{e9}bec)",
                        region: "CA-QC",
                        languages: [
                            "fr",
                            "en",
                        ],
                        hours: "en tout temps, jour et nuit",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1\u{a0}866\u{a0}APPELLE\u{a0}(277-3553)"
                            ),
                            SamePageCore.Contact(
                                kind: .chat,
                                value: "suicide.ca"
                            ),
                        ],
                        audience: "toute personne au Qu\u{e9}bec qui pense au suicide, qui s'inqui\u{e8}te pour un proche ou qui a perdu quelqu'un par suicide; c'est confidentiel",
                        source: "https://www.newswire.ca/fr/news-releases/prevention-du-suicide-le-service-numerique-quebecois-d-intervention-en-prevention-du-suicide-disponible-24-heures-sur-24-7-jours-sur-7-844513956.html",
                        checked: "2026-12-03"
                    ),
                    SamePageCore.Resource(
                        name: "Info-aide violence sexuelle",
                        region: "CA-QC",
                        languages: [
                            "fr",
                            "en",
                        ],
                        hours: "en tout temps, jour et nuit",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1\u{a0}888\u{a0}933-9007"
                            ),
                        ],
                        audience: "toute personne touch\u{e9}e par la violence sexuelle, r\u{e9}cente ou ancienne, et ses proches",
                        source: "https://ciusssmcq.ca/english/care-and-services/emergency-and-critical-situations/sexual-assault-and-abuse/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Info-Social 811",
                        region: "CA-QC",
                        languages: [
                            "fr",
                        ],
                        hours: "en tout temps, jour et nuit",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "811, option 2"
                            ),
                        ],
                        audience: "toute personne au Qu\u{e9}bec qui vit de l'anxi\u{e9}t\u{e9} ou des difficult\u{e9}s de couple ou de famille, ou qui s'inqui\u{e8}te pour un proche; gratuit et confidentiel",
                        source: "https://www.ciussswestcentral.ca/programs-and-services/info-sante-info-social-811/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Interligne",
                        region: "CA-QC",
                        languages: [
                            "fr",
                        ],
                        hours: "heures d'ouverture non confirm\u{e9}es ici",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "1\u{a0}888\u{a0}505-1010"
                            ),
                            SamePageCore.Contact(
                                kind: .text,
                                value: "1\u{a0}888\u{a0}505-1010"
                            ),
                        ],
                        audience: "les personnes LGBTQ+ et leurs proches qui ont besoin d'\u{e9}coute, d'aide ou d'information",
                        source: "https://www.gaiecoute.org/faq/quels-sont-mes-recours-face-lhomophobie-vecue-dans-mon-milieu-de-travail/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "National Domestic Abuse Helpline (run by Refuge)",
                        region: "GB",
                        languages: [
                            "en",
                        ],
                        hours: "en tout temps, jour et nuit",
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
                        audience: "les femmes qui subissent de la violence \u{e0} la maison; gratuit et confidentiel",
                        source: "https://refuge.org.uk/news/refuge-response-to-home-secretary-announcement-of-support-for-domestic-abuse-victims",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Galop National LGBT+ Domestic Abuse Helpline",
                        region: "GB",
                        languages: [
                            "en",
                        ],
                        hours: "pas ouvert en tout temps et pas pour les urgences; voyez les heures sur galop.org.uk",
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
                        audience: "les personnes LGBT+ bless\u{e9}es ou contr\u{f4}l\u{e9}es par leur partenaire ou par un membre de leur famille",
                        source: "https://www.galop.org.uk/lgbtq-survivors-user-agreement/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Respect Phoneline",
                        region: "GB",
                        languages: [
                            "en",
                        ],
                        hours: "heures d'ouverture non confirm\u{e9}es ici; voyez respectphoneline.org.uk",
                        reach: [
                            SamePageCore.Contact(
                                kind: .call,
                                value: "0808 802 4040"
                            ),
                            SamePageCore.Contact(
                                kind: .web,
                                value: "respectphoneline.org.uk"
                            ),
                        ],
                        audience: "les personnes qui craignent de blesser, d'effrayer ou de contr\u{f4}ler leur partenaire ou un membre de leur famille, et qui veulent de l'aide pour arr\u{ea}ter; l'appel est gratuit",
                        source: "https://respectphoneline.org.uk/resources/resources-for-perpetrators/self-help-guide-for-abusive-men-in-heterosexual-relationships/",
                        checked: "2026-12-03"
                    ),
                    SamePageCore.Resource(
                        name: "Samaritans",
                        region: "GB",
                        languages: [
                            "en",
                        ],
                        hours: "en tout temps, jour et nuit",
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
                        audience: "toute personne qui traverse une p\u{e9}riode difficile ou qui a le moral bas, et qui a besoin d'\u{e9}coute; l'appel est gratuit",
                        source: "https://www.samaritans.org/how-we-can-help/contact-samaritan/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Samaritans Ireland",
                        region: "IE",
                        languages: [
                            "en",
                        ],
                        hours: "en tout temps, jour et nuit",
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
                        audience: "toute personne en Irlande qui traverse une p\u{e9}riode difficile ou qui a le moral bas, et qui a besoin d'\u{e9}coute; l'appel est gratuit",
                        source: "https://www.samaritans.org/your-community/samaritans-ireland-scotland-and-wales/samaritans-ireland/journey",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Women's Aid 24hr National Freephone Helpline",
                        region: "IE",
                        languages: [
                            "en",
                        ],
                        hours: "en tout temps, jour et nuit",
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
                        audience: "les femmes en Irlande bless\u{e9}es ou contr\u{f4}l\u{e9}es par leur partenaire ou ex-partenaire",
                        source: "https://www.womensaid.ie/about/newsevents/news/2016/09/05/media-release-41-calls-a-day-to-womens-aid-in-2016/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "1800RESPECT",
                        region: "AU",
                        languages: [
                            "en",
                        ],
                        hours: "en tout temps, jour et nuit (les appels vid\u{e9}o peuvent avoir des heures plus courtes)",
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
                        audience: "toute personne touch\u{e9}e par la violence \u{e0} la maison ou par la violence sexuelle, et les gens qui l'aident",
                        source: "https://www.1800respect.org.au/terms-and-conditions",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Lifeline",
                        region: "AU",
                        languages: [
                            "en",
                        ],
                        hours: "en tout temps, jour et nuit",
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
                        audience: "toute personne en Australie qui se sent d\u{e9}pass\u{e9}e, qui vit une crise ou qui pense au suicide",
                        source: "https://lifelineh2h.org.au/get-help/telephone-crisis-support/faqs/",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Men's Referral Service (No to Violence)",
                        region: "AU",
                        languages: [
                            "en",
                        ],
                        hours: "heures d'ouverture non confirm\u{e9}es ici; voyez ntv.org.au",
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
                        audience: "les hommes inquiets de la fa\u{e7}on dont ils traitent leur partenaire, et leurs proches; pas besoin de donner votre nom",
                        source: "https://ntv.org.au/get-help/getting-support",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "QLife",
                        region: "AU",
                        languages: [
                            "en",
                        ],
                        hours: "tous les jours, de 15 h \u{e0} minuit (heure locale)",
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
                        audience: "les personnes LGBTIQ+ et leurs proches qui veulent parler; c'est du soutien entre pairs, pas un service de crise",
                        source: "https://www.qlife.org.au/faqs",
                        checked: "2026-11-27"
                    ),
                    SamePageCore.Resource(
                        name: "Find A Helpline",
                        region: "ANY",
                        languages: [
                            "en",
                        ],
                        hours: "site Web, \u{e0} utiliser en tout temps",
                        reach: [
                            SamePageCore.Contact(
                                kind: .web,
                                value: "findahelpline.com"
                            ),
                        ],
                        audience: "toute personne, dans n'importe quel pays, qui cherche une ligne d'aide gratuite et confidentielle pr\u{e8}s de chez elle",
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
                minThemeAnswers: 2,
                sideHigh: 60,
                minSideAnswers: 1
            ),
            pairings: [
                SamePageCore.PairingLabel(
                    id: "ready-together",
                    name: "La m\u{ea}me envie d'essayer",
                    when: .bothReady,
                    summary: "Vous deux avez envie d'essayer la th\u{e9}rapie de couple. Vous pouvez choisir une premi\u{e8}re \u{e9}tape c\u{f4}te \u{e0} c\u{f4}te."
                ),
                SamePageCore.PairingLabel(
                    id: "both-unsure",
                    name: "Pas maintenant, pour vous deux",
                    when: .bothNotNow,
                    summary: "Pour vous deux, ce n'est pas le moment d'essayer la th\u{e9}rapie de couple. C'est un vrai choix. Si cela change, vous pourrez commencer par de petits pas, \u{e0} votre rythme."
                ),
                SamePageCore.PairingLabel(
                    id: "close",
                    name: "Un rythme semblable",
                    when: .close,
                    summary: "Vous voyez l'id\u{e9}e d'essayer la th\u{e9}rapie \u{e0} peu pr\u{e8}s de la m\u{ea}me fa\u{e7}on, m\u{ea}me si vos inqui\u{e9}tudes diff\u{e8}rent. Cela peut vous aider \u{e0} parler de la suite, s'il y en a une."
                ),
                SamePageCore.PairingLabel(
                    id: "different-paces",
                    name: "Des rythmes diff\u{e9}rents",
                    when: .any,
                    summary: "Votre ouverture \u{e0} la th\u{e9}rapie n'est pas la m\u{ea}me en ce moment. Cela arrive \u{e0} beaucoup de couples. C'est un point de d\u{e9}part, pas le signe que quelque chose ne va pas."
                ),
            ],
            words: SamePageCore.ResultWords(
                bands: [
                    .notNow: SamePageCore.BandWords(
                        name: "Pas maintenant",
                        summary: "Pour l'instant, ce n'est pas le bon moment pour vous d'essayer la th\u{e9}rapie de couple. C'est un vrai choix, et il vous revient."
                    ),
                    .open: SamePageCore.BandWords(
                        name: "En r\u{e9}flexion",
                        summary: "Vous n'\u{e9}cartez pas l'id\u{e9}e, et vous avez peut-\u{ea}tre encore des questions ou des doutes. Vous pouvez en apprendre plus avant de d\u{e9}cider, sans promettre d'y aller."
                    ),
                    .ready: SamePageCore.BandWords(
                        name: "Envie d'essayer",
                        summary: "Vous avez envie d'essayer la th\u{e9}rapie de couple. Les inqui\u{e9}tudes qui vous restent valent la peine d'\u{ea}tre nomm\u{e9}es au d\u{e9}but."
                    ),
                ],
                gaps: [
                    .apart: "un peu diff\u{e9}rents pour l'instant",
                    .close: "\u{e0} peu pr\u{e8}s les m\u{ea}mes pour l'instant",
                    .far: "diff\u{e9}rents pour l'instant",
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
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Une m\u{ea}me envie d'essayer",
                    text: "Vous deux avez envie d'essayer la th\u{e9}rapie de couple. Cela rend les premiers pas plus faciles. Vous pouvez maintenant choisir comment commencer, c\u{f4}te \u{e0} c\u{f4}te.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Que chaque personne fasse une courte liste de ce qu'elle esp\u{e8}re voir changer.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Cherchez ensemble deux ou trois th\u{e9}rapeutes de couple.",
                            pace: "step-read"
                        ),
                        SamePageCore.CardStep(
                            text: "Prenez rendez-vous pour un premier \u{e9}change, \u{e0} un moment qui convient \u{e0} vous deux.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Choisissez ensemble un petit geste de douceur \u{e0} vous offrir cette semaine.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-both-unsure",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "both-unsure",
                        ],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Pas maintenant, pour vous deux",
                    text: "Pour vous deux, ce n'est pas le moment d'essayer la th\u{e9}rapie de couple. C'est un vrai choix, et vous n'avez rien \u{e0} d\u{e9}cider. Si un jour vous le voulez, vous pourrez d'abord en apprendre plus, sans promettre d'y aller.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Partagez ce qui compte le plus pour vous en ce moment.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Si \u{e7}a vous int\u{e9}resse, lisez comment quelques th\u{e9}rapeutes d\u{e9}crivent leur travail.",
                            pace: "step-read"
                        ),
                        SamePageCore.CardStep(
                            text: "Si vous le voulez, choisissez un jour pour en reparler.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-close",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "close",
                        ],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Un regard semblable",
                    text: "Vos r\u{e9}ponses sur l'id\u{e9}e d'essayer la th\u{e9}rapie sont proches. Vos inqui\u{e9}tudes sont peut-\u{ea}tre diff\u{e9}rentes, alors il vaut la peine de bien les \u{e9}couter. Comme vos r\u{e9}ponses se ressemblent, il est plus facile de choisir ensemble une prochaine \u{e9}tape.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Regardez vos inqui\u{e9}tudes c\u{f4}te \u{e0} c\u{f4}te et parlez de l'une d'elles.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Choisissez une chose que vous voulez savoir, vous deux, avant de d\u{e9}cider.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Mettez-vous d'accord sur une petite prochaine \u{e9}tape et sur un jour pour la faire.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-different-paces",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "different-paces",
                        ],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Vous avancez \u{e0} des rythmes diff\u{e9}rents",
                    text: "Vous ne voyez pas la th\u{e9}rapie de la m\u{ea}me fa\u{e7}on en ce moment. Cela arrive \u{e0} beaucoup de couples. \u{c7}a ne veut pas dire que quelqu'un a tort, et c'est un bon point de d\u{e9}part. En th\u{e9}rapie, on peut vous aider \u{e0} trouver un rythme qui convient \u{e0} vous deux.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Laissez chaque personne dire ce qu'elle ressent, sans l'interrompre.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Demandez-vous l'un \u{e0} l'autre ce qui vous aiderait \u{e0} vous sentir plus en s\u{e9}curit\u{e9}.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Mettez-vous d'accord\u{a0}: personne n'a \u{e0} d\u{e9}cider aujourd'hui.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "raise-curiosity",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: .raise,
                        stances: []
                    ),
                    title: "La curiosit\u{e9} plut\u{f4}t que le contr\u{f4}le",
                    text: "Quand le sujet de la th\u{e9}rapie revient souvent, il peut finir par ressembler \u{e0} une exigence, m\u{ea}me quand c'est un espoir. La curiosit\u{e9} laisse plus de place \u{e0} vous deux. Vous pourriez dire\u{a0}: \u{ab}\u{a0}J'aimerais qu'on apprenne \u{e0} mieux se comprendre, toi et moi. Peut-\u{ea}tre qu'une th\u{e9}rapie nous aiderait \u{e0} y arriver.\u{a0}\u{bb}",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Choisissez un moment calme, pas juste apr\u{e8}s une discussion difficile.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Dites-le une fois, \u{e0} votre fa\u{e7}on, puis laissez l'id\u{e9}e faire son chemin.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Demandez \u{e0} votre partenaire son avis, et \u{e9}coutez sans chercher \u{e0} convaincre.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "raise-boundary",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: .raise,
                        stances: []
                    ),
                    title: "Une limite, pas un ultimatum",
                    text: "Vous pouvez dire ce dont vous avez besoin et pourquoi c'est important pour vous. Une limite dit \u{e0} votre partenaire o\u{f9} vous en \u{ea}tes, sans menace ni \u{e9}ch\u{e9}ance. Elle laisse le choix ouvert, pour que la discussion reste honn\u{ea}te.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "\u{c9}crivez une phrase qui commence par \u{ab}\u{a0}J'ai besoin\u{a0}\u{bb} et qui dit ce qui compte pour vous.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Relisez-la et enlevez tout \u{ab}\u{a0}sinon\u{a0}\u{bb} et toute \u{e9}ch\u{e9}ance.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Dites-la une fois, dans un moment calme, et laissez \u{e0} votre partenaire le temps de r\u{e9}pondre.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "raise-own-therapy",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: .raise,
                        stances: []
                    ),
                    title: "Une th\u{e9}rapie pour vous",
                    text: "Vous pouvez consulter de votre c\u{f4}t\u{e9} pour mieux voir comment vous agissez et r\u{e9}agissez dans vos relations. Pas besoin d'attendre que votre partenaire se joigne \u{e0} vous. Ce que vous comprenez de votre part de la dynamique peut changer ce qui se passe entre vous.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Trouvez deux th\u{e9}rapeutes qui abordent les dynamiques de couple en s\u{e9}ance individuelle.",
                            pace: "step-on-my-own"
                        ),
                        SamePageCore.CardStep(
                            text: "Notez un moment r\u{e9}cent o\u{f9} parler de th\u{e9}rapie a mal tourn\u{e9}, et ce que vous avez ressenti.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Prenez rendez-vous pour un premier appel avec l'une de ces personnes.",
                            pace: "step-on-my-own"
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "raise-one-consult",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: .raise,
                        stances: []
                    ),
                    title: "Une seule consultation, pour voir",
                    text: "Une seule consultation, c'est une fa\u{e7}on de voir de quoi il s'agit et de poser des questions. Elle ne promet pas de deuxi\u{e8}me rencontre. Ensuite, chaque personne d\u{e9}cide librement de la suite, s'il y en a une.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Trouvez des th\u{e9}rapeutes qui offrent une premi\u{e8}re consultation.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Invitez votre partenaire \u{e0} cette seule rencontre, en disant que rien d'autre n'est attendu.",
                            pace: "step-one-session"
                        ),
                        SamePageCore.CardStep(
                            text: "Convenez d'avance que chaque personne peut s'arr\u{ea}ter apr\u{e8}s cette rencontre.",
                            pace: "step-one-session"
                        ),
                    ],
                    pinned: false,
                    pace: "step-one-session"
                ),
                SamePageCore.GuidanceCard(
                    id: "step-back-pause",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: .stepBack,
                        stances: []
                    ),
                    title: "Vous pouvez prendre une pause",
                    text: "Avoir besoin d'une pause quand on parle de th\u{e9}rapie est une fa\u{e7}on courante de faire face. Vous pouvez dire \u{ab}\u{a0}pas maintenant\u{a0}\u{bb} et proposer un moment pour y revenir, pour que votre partenaire sache que la porte reste ouverte. Si un jour vous vous renseignez sur la th\u{e9}rapie, ce sera \u{e0} vos conditions.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Essayez de dire\u{a0}: \u{ab}\u{a0}Pas maintenant. On peut en reparler dimanche?\u{a0}\u{bb}",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Profitez de la pause pour remarquer ce qui rend ce sujet difficile pour vous.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Si \u{e7}a vous int\u{e9}resse, lisez \u{e0} votre rythme comment des th\u{e9}rapeutes d\u{e9}crivent leur travail.",
                            pace: "step-read"
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "less-ready-your-pace",
                    audience: .lessReady,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "C'est normal d'avoir besoin de plus de temps",
                    text: "Avoir besoin de plus de temps avant une th\u{e9}rapie, c'est courant, et \u{e7}a ne veut pas dire que la relation ne compte pas pour vous. La th\u{e9}rapie peut avancer aussi lentement que vous en avez besoin. Vous pouvez d'abord poser des questions, et vous pouvez toujours refuser la suite.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "\u{c9}crivez ce qui vous inqui\u{e8}te le plus \u{e0} l'id\u{e9}e d'essayer une th\u{e9}rapie.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Avant de vous engager, demandez \u{e0} un ou une th\u{e9}rapeute comment se passent les s\u{e9}ances.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Dites \u{e0} votre partenaire une chose qui vous aiderait \u{e0} vous sentir plus en s\u{e9}curit\u{e9}.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "less-ready-your-say",
                    audience: .lessReady,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Vous gardez votre mot \u{e0} dire",
                    text: "Y aller une fois ne vous engage \u{e0} rien. Une th\u{e9}rapie bien men\u{e9}e ne vous presse pas et ne vous pousse pas \u{e0} en dire plus que vous le voulez. Vous pouvez aussi aider \u{e0} choisir les objectifs.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Pensez \u{e0} une chose que vous aimeriez voir s'am\u{e9}liorer entre vous.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Demandez que la premi\u{e8}re rencontre porte sur ce que vous voulez, vous deux.",
                            pace: "step-one-session"
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-blame",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "blame",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "\u{c0} propos de la peur du bl\u{e2}me",
                    text: "Une bonne th\u{e9}rapie de couple s'int\u{e9}resse \u{e0} la dynamique entre vous, pas \u{e0} qui est en faute. Le but est de rep\u{e9}rer le cercle o\u{f9} votre couple se retrouve coinc\u{e9}. Chaque personne y contribue et y r\u{e9}agit \u{e0} sa fa\u{e7}on.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Demandez \u{e0} un ou une th\u{e9}rapeute comment les s\u{e9}ances restent justes pour les deux personnes.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Dites clairement que vous ne voulez pas passer pour le probl\u{e8}me.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Rep\u{e9}rez un cercle qui revient entre vous, sans chercher de coupable.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-past-therapy",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "past-therapy",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Apr\u{e8}s une th\u{e9}rapie d\u{e9}cevante",
                    text: "Une mauvaise exp\u{e9}rience pass\u{e9}e est une bonne raison de faire preuve de prudence. Chaque th\u{e9}rapeute a sa propre fa\u{e7}on de travailler. Vous pouvez demander \u{e0} une nouvelle personne comment elle travaille et lui dire ce qui n'a pas aid\u{e9} la derni\u{e8}re fois.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Faites une courte liste de ce qui n'a pas aid\u{e9} la derni\u{e8}re fois.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Demandez \u{e0} chaque nouvelle personne consult\u{e9}e comment elle s'y prendrait avec ces points.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Rappelez-vous que vous pouvez arr\u{ea}ter ou changer de th\u{e9}rapeute si \u{e7}a ne vous convient pas.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-overwhelm",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "overwhelm",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Quand tout semble trop lourd",
                    text: "Les discussions difficiles peuvent donner l'impression d'une vague qui emporte tout. Une bonne th\u{e9}rapie aide \u{e0} ralentir le rythme pour que ce ne soit trop pour personne. Vous pouvez prendre des pauses, et vous n'avez pas \u{e0} tout dire d'un coup.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Choisissez avec votre partenaire un mot qui veut dire \u{ab}\u{a0}j'ai besoin d'une pause\u{a0}\u{bb}.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Demandez \u{e0} un ou une th\u{e9}rapeute ce qui se passe en s\u{e9}ance quand les \u{e9}motions montent.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Commencez par un petit sujet, pas par le plus gros.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-vulnerability",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "vulnerability",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "\u{c0} propos de montrer ses \u{e9}motions",
                    text: "Beaucoup d'entre nous ont appris \u{e0} garder les probl\u{e8}mes priv\u{e9}s ou \u{e0} les r\u{e9}gler sans aide. Ces le\u{e7}ons nous ont souvent permis de tenir le coup. Demander de l'aide peut aussi \u{ea}tre un signe de force et d'attention envers les gens que vous aimez.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Demandez-vous d'o\u{f9} viennent vos id\u{e9}es sur le fait de demander de l'aide.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Cherchez des th\u{e9}rapeutes qui comprennent votre culture ou votre milieu.",
                            pace: "step-read"
                        ),
                        SamePageCore.CardStep(
                            text: "Ne dites que ce que vous avez envie de dire.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-crisis-only",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "crisis-only",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "La th\u{e9}rapie, pas seulement pour les crises",
                    text: "Aller en th\u{e9}rapie ne veut pas dire que quelque chose est bris\u{e9}. Beaucoup de couples y vont pour mieux se conna\u{ee}tre, ou pour r\u{e9}gler de petites choses avant qu'elles grossissent. Ce peut \u{ea}tre un endroit pour ralentir et regarder vos fa\u{e7}ons de faire.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Nommez une chose qui va bien entre vous.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Nommez une petite chose que vous aimeriez am\u{e9}liorer encore.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Voyez la th\u{e9}rapie comme un examen de routine, pas comme l'urgence.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-ganged-up",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "ganged-up",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "La crainte que ce soit deux contre un",
                    text: "Votre th\u{e9}rapeute ne devrait pas se ranger du c\u{f4}t\u{e9} d'une seule personne. Son r\u{f4}le est d'aider chaque personne \u{e0} se sentir \u{e9}cout\u{e9}e. Personne ne devrait avoir \u{e0} devenir quelqu'un d'autre.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Demandez \u{e0} un ou une th\u{e9}rapeute comment le temps est partag\u{e9} \u{e9}galement entre les deux personnes.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Dites-lui si vous avez un jour l'impression que c'est deux contre un.",
                            pace: "step-one-session"
                        ),
                        SamePageCore.CardStep(
                            text: "Mettez-vous d'accord avec votre partenaire\u{a0}: les objectifs se choisissent ensemble.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-ready-own-work",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .ready,
                        side: nil,
                        stances: []
                    ),
                    title: "Commencez par votre propre d\u{e9}marche",
                    text: "Vous n'avez pas besoin de votre partenaire dans la pi\u{e8}ce pour commencer. En th\u{e9}rapie, vous pouvez examiner votre part dans la dynamique, vos besoins et vos r\u{e9}actions. Quand une personne change, la dynamique entre deux personnes change souvent aussi.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Cherchez des th\u{e9}rapeutes qui aident les gens \u{e0} comprendre leurs dynamiques de couple.",
                            pace: "step-on-my-own"
                        ),
                        SamePageCore.CardStep(
                            text: "Apportez en s\u{e9}ance un moment difficile r\u{e9}cent, pour l'examiner ensemble.",
                            pace: "step-on-my-own"
                        ),
                        SamePageCore.CardStep(
                            text: "Remarquez ce que vous ressentez et ce dont vous avez besoin quand la tension monte.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-ready-one-consult",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .ready,
                        side: nil,
                        stances: []
                    ),
                    title: "Invitez votre partenaire \u{e0} un seul appel",
                    text: "Il est plus facile de dire oui \u{e0} un court appel qu'\u{e0} un long plan. C'est une occasion de voir, pas une promesse. Cela peut rendre l'inconnu moins effrayant.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Trouvez des th\u{e9}rapeutes qui offrent un court premier appel.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Invitez votre partenaire \u{e0} cet appel, et \u{e0} rien de plus.",
                            pace: "step-call"
                        ),
                    ],
                    pinned: false,
                    pace: "step-call"
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-ready-curiosity",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .ready,
                        side: nil,
                        stances: []
                    ),
                    title: "Demandez avec curiosit\u{e9}, sans contr\u{f4}ler",
                    text: "La pression pousse souvent les gens \u{e0} reculer. La curiosit\u{e9} leur laisse de la place pour y r\u{e9}fl\u{e9}chir. Vous pourriez dire\u{a0}: \u{ab}\u{a0}J'aimerais qu'on se sente proches \u{e0} nouveau. Je me demande si quelqu'un pourrait nous aider \u{e0} y arriver.\u{a0}\u{bb}",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Exprimez ce souhait dans vos mots, pas comme une exigence.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Demandez \u{e0} votre partenaire ce qui l'inqui\u{e8}te, et \u{e9}coutez sa r\u{e9}ponse.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-ready-name-need",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .ready,
                        side: nil,
                        stances: []
                    ),
                    title: "Nommez votre besoin, sans ultimatum",
                    text: "Vous pouvez dire ce dont vous avez besoin sans menace. Une limite montre ce qui vous aide \u{e0} rester bien dans la relation. Elle apporte de la clart\u{e9}, pas de la pression.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "\u{c9}crivez votre besoin en une phrase qui commence par \u{ab}\u{a0}J'ai besoin\u{a0}\u{bb}.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Dites-le dans un moment calme, et laissez \u{e0} votre partenaire le temps de r\u{e9}pondre.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-unsure-explore",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .notNow,
                        side: nil,
                        stances: []
                    ),
                    title: "\u{ab}\u{a0}Pas maintenant\u{a0}\u{bb} est une vraie r\u{e9}ponse",
                    text: "Il est normal que la th\u{e9}rapie de couple ne vous convienne pas en ce moment. H\u{e9}siter est souvent une fa\u{e7}on de vous prot\u{e9}ger, vous ou votre relation. Si vous le voulez, vous pouvez en apprendre plus sans dire oui \u{e0} quoi que ce soit.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Regardez vos principales inqui\u{e9}tudes dans vos r\u{e9}sultats.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Si \u{e7}a vous int\u{e9}resse, \u{e9}crivez une question \u{e0} laquelle vous aimeriez avoir une r\u{e9}ponse.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Parlez-en avec une personne de confiance.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-unsure-own-terms",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .notNow,
                        side: nil,
                        stances: []
                    ),
                    title: "\u{c0} vos conditions",
                    text: "Une th\u{e9}rapie ne veut pas forc\u{e9}ment dire que quelque chose ne va pas. Ce peut \u{ea}tre un endroit pour ralentir et regarder vos propres fa\u{e7}ons de faire. C'est vous qui choisissez si vous y allez, quand et comment.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Lisez comment deux ou trois th\u{e9}rapeutes pr\u{e8}s de chez vous d\u{e9}crivent leur travail.",
                            pace: "step-read"
                        ),
                        SamePageCore.CardStep(
                            text: "Remarquez avec qui vous vous sentiriez le plus \u{e0} l'aise.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-between-explore",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: .open,
                        side: nil,
                        stances: []
                    ),
                    title: "Une partie de vous est ouverte",
                    text: "Vous \u{ea}tes quelque part au milieu, et c'est une position normale. Une partie de vous voit que de l'aide pourrait \u{ea}tre utile, et une autre partie se retient. Les deux m\u{e9}ritent d'\u{ea}tre entendues.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "\u{c9}crivez une raison d'essayer et une raison d'attendre.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Regardez vos principales inqui\u{e9}tudes et ce qui pourrait les apaiser.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Posez une question \u{e0} un ou une th\u{e9}rapeute par t\u{e9}l\u{e9}phone ou par courriel avant de d\u{e9}cider.",
                            pace: "step-call"
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-only-me",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "La th\u{e9}rapie peut-elle aider si j'y vais de mon c\u{f4}t\u{e9}?",
                    text: "Oui. Une d\u{e9}marche personnelle peut vous montrer les r\u{f4}les dans lesquels vous tombez souvent et votre fa\u{e7}on de r\u{e9}agir aux conflits. Elle peut vous aider \u{e0} voir clair dans vos besoins. Quand vous changez votre fa\u{e7}on de r\u{e9}pondre, la relation peut changer aussi.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Cherchez des th\u{e9}rapeutes qui abordent les dynamiques de couple en s\u{e9}ance individuelle.",
                            pace: "step-on-my-own"
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-worse",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Et si la th\u{e9}rapie empirait les choses ou ne semblait pas s\u{fb}re?",
                    text: "C'est une inqui\u{e9}tude l\u{e9}gitime, surtout si les discussions \u{e0} la maison tournent d\u{e9}j\u{e0} \u{e0} la dispute ou au silence. Une th\u{e9}rapie bien men\u{e9}e ne vous presse pas et ne vous fait pas parler avant le bon moment pour vous. On y b\u{e2}tit d'abord un climat de s\u{e9}curit\u{e9}, \u{e0} un rythme qui vous convient.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Demandez \u{e0} un ou une th\u{e9}rapeute comment les s\u{e9}ances restent calmes et s\u{fb}res.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Si vous ne vous sentez pas en s\u{e9}curit\u{e9} \u{e0} la maison, cherchez d'abord de l'aide de votre c\u{f4}t\u{e9}.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-boundary",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Quelle est la diff\u{e9}rence entre une limite et un ultimatum?",
                    text: "Une limite dit ce dont vous avez besoin pour rester bien dans la relation. Un ultimatum ajoute de la pression, et les gens se sentent souvent moins en s\u{e9}curit\u{e9}. En th\u{e9}rapie, on peut vous aider \u{e0} mettre vos besoins en mots, que votre partenaire vienne ou non.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Essayez de dire votre besoin avec \u{ab}\u{a0}J'ai besoin\u{a0}\u{bb} plut\u{f4}t qu'avec \u{ab}\u{a0}Si tu ne changes pas\u{a0}\u{bb}.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-once",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Et si on y va une fois et que l'autre ne veut pas y retourner?",
                    text: "\u{c7}a peut arriver, et \u{e7}a ne veut pas dire que la th\u{e9}rapie a \u{e9}chou\u{e9}. Une seule rencontre peut quand m\u{ea}me clarifier certaines choses. \u{c0} tout le moins, elle montre o\u{f9} vous en \u{ea}tes et ce qui pourrait suivre.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "\u{c9}changez sur ce que vous avez remarqu\u{e9} ou appris pendant la rencontre.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "D\u{e9}cidez si vous voulez continuer de votre c\u{f4}t\u{e9}.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: "step-one-session"
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-pace-part-of-work",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [
                            "different-paces",
                        ],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Vos rythmes diff\u{e9}rents peuvent faire partie du travail",
                    text: "Vous n'avez pas besoin de ressentir la m\u{ea}me chose avant de commencer. Ce que chaque personne ressent face \u{e0} la th\u{e9}rapie peut \u{ea}tre l'un des premiers sujets abord\u{e9}s en s\u{e9}ance. En th\u{e9}rapie, vous pouvez mieux comprendre ce que vit la personne qui veut commencer, et celle qui veut attendre.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Dites d\u{e8}s le d\u{e9}but, en s\u{e9}ance, que vous ne voyez pas la th\u{e9}rapie de la m\u{ea}me fa\u{e7}on.",
                            pace: "step-one-session"
                        ),
                        SamePageCore.CardStep(
                            text: "Que chaque personne dise ce qui l'aiderait \u{e0} se sentir respect\u{e9}e pendant ce travail.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Voyez l'\u{e9}cart comme quelque chose \u{e0} comprendre, pas \u{e0} r\u{e9}gler d'abord.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
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
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Une ou deux s\u{e9}ances peuvent vous aider \u{e0} y voir plus clair",
                    text: "Essayer la th\u{e9}rapie ne veut pas dire s'engager pour des mois. M\u{ea}me une ou deux s\u{e9}ances peuvent montrer o\u{f9} vous en \u{ea}tes. Ensuite, vous pouvez choisir la suite\u{a0}: d'autres s\u{e9}ances ensemble, un peu de th\u{e9}rapie individuelle, ou une pause.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Mettez-vous d'accord pour essayer une ou deux s\u{e9}ances, puis parlez-en.",
                            pace: "step-one-session"
                        ),
                        SamePageCore.CardStep(
                            text: "Apr\u{e8}s chaque s\u{e9}ance, que chaque personne nomme une chose qu'elle a remarqu\u{e9}e.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Choisissez la prochaine \u{e9}tape ensemble, sans pression pour continuer.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: "step-one-session"
                ),
                SamePageCore.GuidanceCard(
                    id: "couple-slow-down",
                    audience: .couple,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Des fa\u{e7}ons de ralentir une discussion difficile",
                    text: "Quelques outils simples peuvent aider avant tout travail plus profond. Ils rendent les discussions difficiles plus calmes, pour que chaque personne puisse en dire plus et en entendre plus. En th\u{e9}rapie, vous pourrez en apprendre d'autres, mais vous pouvez commencer avec ceux-ci.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Choisissez un mot que chaque personne peut dire pour prendre une courte pause.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Quand vous prenez une pause, dites quand vous reviendrez \u{e0} la discussion.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Parlez \u{e0} tour de r\u{f4}le. Une personne parle, et l'autre r\u{e9}p\u{e8}te ce qu'elle a compris.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Restez sur un seul sujet \u{e0} la fois.",
                            pace: nil
                        ),
                    ],
                    pinned: true,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "less-ready-feel-heard",
                    audience: .lessReady,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Vos doutes ont leur place",
                    text: "Beaucoup de personnes commencent une th\u{e9}rapie avec des doutes. Souvent, elles s'impliquent davantage une fois vraiment \u{e9}cout\u{e9}es. Vous n'avez pas besoin de certitude au d\u{e9}part, et vos doutes peuvent venir avec vous.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Si vous essayez une s\u{e9}ance, dites vos doutes \u{e0} voix haute.",
                            pace: "step-one-session"
                        ),
                        SamePageCore.CardStep(
                            text: "Dites \u{e0} votre th\u{e9}rapeute ce qui vous aiderait \u{e0} sentir qu'on vous \u{e9}coute.",
                            pace: "step-one-session"
                        ),
                        SamePageCore.CardStep(
                            text: "Apr\u{e8}s, remarquez si vous avez senti qu'on vous \u{e9}coutait.",
                            pace: "step-one-session"
                        ),
                    ],
                    pinned: false,
                    pace: "step-one-session"
                ),
                SamePageCore.GuidanceCard(
                    id: "faq-relationship-itself",
                    audience: .everyone,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Et si une personne du couple doute de la relation elle-m\u{ea}me?",
                    text: "Parfois, la grande question ne porte pas sur la th\u{e9}rapie, mais sur le fait de rester ensemble. Une approche appel\u{e9}e consultation de discernement est faite pour \u{e7}a. Elle est courte, souvent d'une \u{e0} cinq rencontres. Elle aide chaque personne \u{e0} y voir clair avant tout choix, sans pousser personne dans un sens ou dans l'autre.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Demandez aux th\u{e9}rapeutes si leur offre comprend la consultation de discernement.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Si vous ne vous sentez pas en s\u{e9}curit\u{e9} \u{e0} la maison, cherchez d'abord de l'aide de votre c\u{f4}t\u{e9}.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "partner-practical",
                    audience: .partner,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: "practical",
                        readiness: nil,
                        side: nil,
                        stances: []
                    ),
                    title: "Quand le co\u{fb}t, le temps ou l'acc\u{e8}s \u{e0} l'aide posent probl\u{e8}me",
                    text: "L'argent, le temps et la recherche de la bonne personne sont de vraies limites. Des th\u{e9}rapeutes demandent moins cher quand le budget est serr\u{e9}, et d'autres offrent des s\u{e9}ances en ligne, ce qui \u{e9}vite les d\u{e9}placements. Un court premier appel peut vous montrer si la personne vous convient.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Renseignez-vous sur le co\u{fb}t et sur les tarifs r\u{e9}duits avant de prendre rendez-vous.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "V\u{e9}rifiez si votre assurance ou un programme d'aide au travail paie quelques s\u{e9}ances.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Demandez si les s\u{e9}ances peuvent se faire en ligne ou \u{e0} des heures qui vous conviennent.",
                            pace: "step-call"
                        ),
                        SamePageCore.CardStep(
                            text: "Demandez \u{e0} la personne comment elle travaille avec des couples comme le v\u{f4}tre, et voyez si vous \u{ea}tes \u{e0} l'aise.",
                            pace: "step-call"
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-partner-open",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: [
                            .open,
                        ]
                    ),
                    title: "Votre partenaire accueille l'id\u{e9}e",
                    text: "Votre partenaire sait que vous vous renseignez et accueille l'id\u{e9}e. C'est un bon d\u{e9}part. La prochaine fois, vous pourriez r\u{e9}pondre chacun de votre c\u{f4}t\u{e9}, en priv\u{e9}, puis regarder les r\u{e9}sultats ensemble.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Demandez si votre partenaire aimerait r\u{e9}pondre aux questions aussi, quand cela lui convient.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Parlez d'une chose que vous avez remarqu\u{e9}e sur vous, pas d'une liste de changements.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Choisissez un moment calme pour parler d'une premi\u{e8}re petite \u{e9}tape.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-partner-declines",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: [
                            .declines,
                        ]
                    ),
                    title: "Quand votre partenaire dit non pour l'instant",
                    text: "Un non \u{e0} la th\u{e9}rapie n'est pas un non \u{e0} vous, et ce n'est peut-\u{ea}tre pas pour toujours. Vous pouvez quand m\u{ea}me commencer de votre c\u{f4}t\u{e9}, et votre fa\u{e7}on de r\u{e9}agir peut changer les choses entre vous. Insister rend souvent le non plus ferme.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Laissez le non tel quel pour l'instant, et dites que vous l'avez entendu.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Renseignez-vous sur une th\u{e9}rapie pour vous, au sujet de votre part de la dynamique.",
                            pace: "step-on-my-own"
                        ),
                        SamePageCore.CardStep(
                            text: "Si vous reparlez d'une consultation plus tard, proposez-la une fois, sans \u{e9}ch\u{e9}ance.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
                SamePageCore.GuidanceCard(
                    id: "solo-partner-unaware",
                    audience: .solo,
                    rule: SamePageCore.CardRule(
                        pairings: [],
                        theme: nil,
                        readiness: nil,
                        side: nil,
                        stances: [
                            .unaware,
                        ]
                    ),
                    title: "Votre partenaire ne le sait pas encore",
                    text: "C'est correct d'y r\u{e9}fl\u{e9}chir d'abord de votre c\u{f4}t\u{e9}. C'est vous qui choisissez si vous en parlez, quand, et jusqu'o\u{f9}.",
                    steps: [
                        SamePageCore.CardStep(
                            text: "Voyez ce que vous voulez dire avant de le dire.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Si vous en parlez, commencez par une chose que vous avez apprise sur vous.",
                            pace: nil
                        ),
                        SamePageCore.CardStep(
                            text: "Si vous enregistrez ces r\u{e9}sultats, gardez le fichier dans un endroit priv\u{e9}.",
                            pace: nil
                        ),
                    ],
                    pinned: false,
                    pace: nil
                ),
            ],
            pattern: SamePageCore.Section(
                id: "pattern",
                name: "Quand on parle de th\u{e9}rapie",
                about: "Ces \u{e9}nonc\u{e9}s portent sur ce qui se passe entre vous et votre partenaire (\u{ab}\u{a0}l'autre\u{a0}\u{bb}) quand le sujet de la th\u{e9}rapie revient.",
                items: [
                    SamePageCore.Item(
                        id: "pattern-raise-me",
                        text: "J'ai abord\u{e9} le sujet de la th\u{e9}rapie avec l'autre plus d'une fois.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .raise,
                            who: .me,
                            pair: "raise"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-raise-partner",
                        text: "L'autre a abord\u{e9} le sujet de la th\u{e9}rapie avec moi plus d'une fois.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .raise,
                            who: .partner,
                            pair: "raise"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-press-me",
                        text: "Quand l'autre recule devant le sujet de la th\u{e9}rapie, j'insiste davantage.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .raise,
                            who: .me,
                            pair: "press"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-press-partner",
                        text: "Quand je recule devant le sujet de la th\u{e9}rapie, l'autre insiste davantage.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .raise,
                            who: .partner,
                            pair: "press"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-quiet-me",
                        text: "Quand on parle de th\u{e9}rapie, je me tais ou je change de sujet.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .stepBack,
                            who: .me,
                            pair: "quiet"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-quiet-partner",
                        text: "Quand on parle de th\u{e9}rapie, l'autre se tait ou change de sujet.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .stepBack,
                            who: .partner,
                            pair: "quiet"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-space-me",
                        text: "Quand on parle de th\u{e9}rapie, j'ai besoin de temps et de recul avant d'en discuter.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .stepBack,
                            who: .me,
                            pair: "space"
                        ),
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "pattern-space-partner",
                        text: "Quand on parle de th\u{e9}rapie, l'autre a besoin de temps et de recul avant d'en discuter.",
                        reverse: false,
                        step: nil,
                        alone: false,
                        pattern: SamePageCore.PatternRole(
                            side: .stepBack,
                            who: .partner,
                            pair: "space"
                        ),
                        guess: false
                    ),
                ],
                gate: nil,
                choices: nil
            ),
            steps: SamePageCore.Section(
                id: "steps",
                name: "Prochaines \u{e9}tapes",
                about: "Les \u{e9}tapes que vous accepteriez de franchir. Aucune n'est une promesse.",
                items: [
                    SamePageCore.Item(
                        id: "step-read",
                        text: "J'accepterais de lire sur le fonctionnement de la th\u{e9}rapie de couple.",
                        reverse: false,
                        step: "Lire sur le sujet",
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "step-call",
                        text: "J'accepterais un court premier appel avec un ou une th\u{e9}rapeute.",
                        reverse: false,
                        step: "Un court premier appel",
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "step-one-session",
                        text: "J'accepterais d'essayer une s\u{e9}ance ensemble, sans promettre de continuer.",
                        reverse: false,
                        step: "Une s\u{e9}ance ensemble",
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "step-regular",
                        text: "J'accepterais d'aller \u{e0} des s\u{e9}ances ensemble pendant quelques mois.",
                        reverse: false,
                        step: "Des s\u{e9}ances r\u{e9}guli\u{e8}res ensemble",
                        alone: false,
                        pattern: nil,
                        guess: false
                    ),
                    SamePageCore.Item(
                        id: "step-on-my-own",
                        text: "J'accepterais de consulter de mon c\u{f4}t\u{e9} pour parler de notre relation.",
                        reverse: false,
                        step: "Des s\u{e9}ances individuelles",
                        alone: true,
                        pattern: nil,
                        guess: false
                    ),
                ],
                gate: nil,
                choices: nil
            ),
            soloPartner: SamePageCore.SoloPartnerQuestion(
                item: SamePageCore.Item(
                    id: "solo-partner",
                    text: "Est-ce que votre partenaire sait que vous faites ceci, et que pense votre partenaire de la th\u{e9}rapie?",
                    reverse: false,
                    step: nil,
                    alone: false,
                    pattern: nil,
                    guess: false
                ),
                name: "Votre partenaire",
                choices: [
                    "L'autre le sait et accueille l'id\u{e9}e",
                    "L'autre le sait et ne veut pas participer",
                    "L'autre ne sait pas que je fais ceci",
                ]
            ),
            samples: [
                SamePageCore.SampleCouple(
                    id: "maya-and-jon",
                    title: "Maya et Jon, la m\u{ea}me envie d'essayer",
                    about: "Les deux veulent de l'aide pour leur fa\u{e7}on de se disputer. Jon a v\u{e9}cu une exp\u{e9}rience difficile en th\u{e9}rapie il y a des ann\u{e9}es, et ses horaires de travail lui laissent peu de temps.",
                    sheets: [
                        SamePageCore.AnswerSheet(
                            name: "Maya",
                            answers: [
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-broken": .level(1),
                                "crisis-only-doing-fine": .level(5),
                                "crisis-only-not-bad": .level(1),
                                "ganged-up-equal-say": .level(5),
                                "ganged-up-pushed": .level(1),
                                "ganged-up-two-on-one": .level(1),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "pattern-press-me": .level(4),
                                "pattern-press-partner": .level(4),
                                "pattern-quiet-me": .level(1),
                                "pattern-quiet-partner": .level(2),
                                "pattern-raise-me": .level(4),
                                "pattern-raise-partner": .level(4),
                                "pattern-space-me": .level(1),
                                "pattern-space-partner": .level(2),
                                "practical-cost": .level(2),
                                "practical-know-where": .level(4),
                                "practical-time": .level(2),
                                "ready-curious": .level(5),
                                "ready-hope-help": .level(5),
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
                                "vulnerability-others-think": .level(1),
                                "vulnerability-strength": .level(5),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Jon",
                            answers: [
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-broken": .level(1),
                                "crisis-only-doing-fine": .level(5),
                                "crisis-only-not-bad": .level(1),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(2),
                                "past-therapy-unsafe": .level(4),
                                "past-therapy-wary": .level(4),
                                "past-therapy-worse": .level(4),
                                "pattern-press-me": .level(4),
                                "pattern-press-partner": .level(4),
                                "pattern-quiet-me": .level(2),
                                "pattern-quiet-partner": .level(1),
                                "pattern-raise-me": .level(4),
                                "pattern-raise-partner": .level(4),
                                "pattern-space-me": .level(2),
                                "pattern-space-partner": .level(1),
                                "practical-cost": .level(4),
                                "practical-know-where": .level(2),
                                "practical-time": .level(4),
                                "ready-curious": .level(4),
                                "ready-hope-help": .level(4),
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
                                "vulnerability-others-think": .level(2),
                                "vulnerability-strength": .level(4),
                            ]
                        ),
                    ],
                    guesses: [
                        [
                            "ready-curious": .level(4),
                            "ready-hope-help": .level(4),
                            "ready-not-now": .level(2),
                        ],
                        [
                            "ready-curious": .level(4),
                            "ready-hope-help": .level(4),
                            "ready-not-now": .level(2),
                        ],
                    ]
                ),
                SamePageCore.SampleCouple(
                    id: "ana-and-luis",
                    title: "Ana et Luis, \u{e0} un rythme semblable",
                    about: "Ni Ana ni Luis ne rejettent l'id\u{e9}e. Les discussions difficiles les \u{e9}puisent, et le prix d'une th\u{e9}rapie leur est inconnu.",
                    sheets: [
                        SamePageCore.AnswerSheet(
                            name: "Ana",
                            answers: [
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-broken": .level(2),
                                "crisis-only-doing-fine": .level(4),
                                "crisis-only-not-bad": .level(2),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(2),
                                "overwhelm-embarrassed": .level(4),
                                "overwhelm-too-much": .level(4),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "pattern-press-me": .level(2),
                                "pattern-press-partner": .level(2),
                                "pattern-quiet-me": .level(4),
                                "pattern-quiet-partner": .level(4),
                                "pattern-raise-me": .level(2),
                                "pattern-raise-partner": .level(2),
                                "pattern-space-me": .level(4),
                                "pattern-space-partner": .level(4),
                                "practical-cost": .level(4),
                                "practical-know-where": .level(2),
                                "practical-time": .level(4),
                                "ready-curious": .level(3),
                                "ready-hope-help": .level(3),
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
                                "vulnerability-others-think": .level(3),
                                "vulnerability-strength": .level(3),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Luis",
                            answers: [
                                "blame-fair": .level(3),
                                "blame-take-sides": .level(3),
                                "blame-the-problem": .level(3),
                                "crisis-only-broken": .level(3),
                                "crisis-only-doing-fine": .level(3),
                                "crisis-only-not-bad": .level(3),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(2),
                                "overwhelm-embarrassed": .level(4),
                                "overwhelm-too-much": .level(4),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(4),
                                "past-therapy-unsafe": .level(2),
                                "past-therapy-wary": .level(2),
                                "past-therapy-worse": .level(2),
                                "pattern-press-me": .level(1),
                                "pattern-press-partner": .level(2),
                                "pattern-quiet-me": .level(4),
                                "pattern-quiet-partner": .level(4),
                                "pattern-raise-me": .level(1),
                                "pattern-raise-partner": .level(2),
                                "pattern-space-me": .level(4),
                                "pattern-space-partner": .level(4),
                                "practical-cost": .level(3),
                                "practical-know-where": .level(3),
                                "practical-time": .level(3),
                                "ready-curious": .level(3),
                                "ready-hope-help": .level(3),
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
                                "vulnerability-others-think": .level(2),
                                "vulnerability-strength": .level(4),
                            ]
                        ),
                    ],
                    guesses: [
                        [:],
                        [:],
                    ]
                ),
                SamePageCore.SampleCouple(
                    id: "sam-and-alex",
                    title: "Sam et Alex, \u{e0} des rythmes diff\u{e9}rents",
                    about: "Sam a souvent parl\u{e9} de th\u{e9}rapie. Alex ne veut pas essayer pour l'instant, et a peur de passer pour le probl\u{e8}me.",
                    sheets: [
                        SamePageCore.AnswerSheet(
                            name: "Sam",
                            answers: [
                                "blame-fair": .level(5),
                                "blame-take-sides": .level(1),
                                "blame-the-problem": .level(1),
                                "crisis-only-broken": .level(1),
                                "crisis-only-doing-fine": .level(5),
                                "crisis-only-not-bad": .level(1),
                                "ganged-up-equal-say": .level(5),
                                "ganged-up-pushed": .level(1),
                                "ganged-up-two-on-one": .level(1),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(4),
                                "past-therapy-unsafe": .level(2),
                                "past-therapy-wary": .level(2),
                                "past-therapy-worse": .level(2),
                                "pattern-press-me": .level(5),
                                "pattern-press-partner": .level(1),
                                "pattern-quiet-me": .level(1),
                                "pattern-quiet-partner": .level(5),
                                "pattern-raise-me": .level(5),
                                "pattern-raise-partner": .level(1),
                                "pattern-space-me": .level(1),
                                "pattern-space-partner": .level(5),
                                "practical-cost": .level(2),
                                "practical-know-where": .level(4),
                                "practical-time": .level(2),
                                "ready-curious": .level(5),
                                "ready-hope-help": .level(5),
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
                                "vulnerability-others-think": .level(1),
                                "vulnerability-strength": .level(5),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Alex",
                            answers: [
                                "blame-fair": .level(1),
                                "blame-take-sides": .level(5),
                                "blame-the-problem": .level(5),
                                "crisis-only-broken": .level(2),
                                "crisis-only-doing-fine": .level(4),
                                "crisis-only-not-bad": .level(2),
                                "ganged-up-equal-say": .level(2),
                                "ganged-up-pushed": .level(4),
                                "ganged-up-two-on-one": .level(4),
                                "overwhelm-can-talk": .level(3),
                                "overwhelm-embarrassed": .level(3),
                                "overwhelm-too-much": .level(3),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(4),
                                "past-therapy-unsafe": .level(2),
                                "past-therapy-wary": .level(2),
                                "past-therapy-worse": .level(2),
                                "pattern-press-me": .level(1),
                                "pattern-press-partner": .level(5),
                                "pattern-quiet-me": .level(4),
                                "pattern-quiet-partner": .level(2),
                                "pattern-raise-me": .level(1),
                                "pattern-raise-partner": .level(5),
                                "pattern-space-me": .level(4),
                                "pattern-space-partner": .level(2),
                                "practical-cost": .level(2),
                                "practical-know-where": .level(4),
                                "practical-time": .level(2),
                                "ready-curious": .level(2),
                                "ready-hope-help": .level(2),
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
                                "vulnerability-others-think": .level(3),
                                "vulnerability-strength": .level(3),
                            ]
                        ),
                    ],
                    guesses: [
                        [
                            "ready-curious": .level(1),
                            "ready-hope-help": .level(1),
                            "ready-not-now": .level(5),
                        ],
                        [
                            "ready-curious": .level(4),
                            "ready-hope-help": .level(4),
                            "ready-not-now": .level(2),
                        ],
                    ]
                ),
                SamePageCore.SampleCouple(
                    id: "kai-and-noor",
                    title: "Kai et Noor, pas pour l'instant",
                    about: "La plupart des jours, tout va bien. Les deux ont grandi avec l'id\u{e9}e que les probl\u{e8}mes restent \u{e0} la maison, et pr\u{e9}f\u{e8}rent ne pas essayer la th\u{e9}rapie pour l'instant.",
                    sheets: [
                        SamePageCore.AnswerSheet(
                            name: "Kai",
                            answers: [
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-broken": .level(4),
                                "crisis-only-doing-fine": .level(2),
                                "crisis-only-not-bad": .level(4),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "pattern-press-me": .level(2),
                                "pattern-press-partner": .level(2),
                                "pattern-quiet-me": .level(2),
                                "pattern-quiet-partner": .level(3),
                                "pattern-raise-me": .level(2),
                                "pattern-raise-partner": .level(2),
                                "pattern-space-me": .level(2),
                                "pattern-space-partner": .level(3),
                                "practical-cost": .level(3),
                                "practical-know-where": .level(3),
                                "practical-time": .level(3),
                                "ready-curious": .level(2),
                                "ready-hope-help": .level(2),
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
                                "vulnerability-others-think": .level(5),
                                "vulnerability-strength": .level(1),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Noor",
                            answers: [
                                "blame-fair": .level(5),
                                "blame-take-sides": .level(1),
                                "blame-the-problem": .level(1),
                                "crisis-only-broken": .level(5),
                                "crisis-only-doing-fine": .level(1),
                                "crisis-only-not-bad": .level(5),
                                "ganged-up-equal-say": .level(5),
                                "ganged-up-pushed": .level(1),
                                "ganged-up-two-on-one": .level(1),
                                "overwhelm-can-talk": .level(3),
                                "overwhelm-embarrassed": .level(3),
                                "overwhelm-too-much": .level(3),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "pattern-press-me": .level(2),
                                "pattern-press-partner": .level(2),
                                "pattern-quiet-me": .level(3),
                                "pattern-quiet-partner": .level(2),
                                "pattern-raise-me": .level(2),
                                "pattern-raise-partner": .level(2),
                                "pattern-space-me": .level(3),
                                "pattern-space-partner": .level(2),
                                "practical-cost": .level(1),
                                "practical-know-where": .level(5),
                                "practical-time": .level(1),
                                "ready-curious": .level(1),
                                "ready-hope-help": .level(1),
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
                                "vulnerability-others-think": .level(4),
                                "vulnerability-strength": .level(2),
                            ]
                        ),
                    ],
                    guesses: [
                        [:],
                        [:],
                    ]
                ),
                SamePageCore.SampleCouple(
                    id: "lee-and-robin",
                    title: "Lee et Robin, un peu d'\u{e9}cart",
                    about: "Lee aimerait essayer un premier appel avec une ou un th\u{e9}rapeute. Robin veut bien se renseigner d'abord, et se demande si les choses vont assez mal pour demander de l'aide.",
                    sheets: [
                        SamePageCore.AnswerSheet(
                            name: "Lee",
                            answers: [
                                "blame-fair": .level(4),
                                "blame-take-sides": .level(2),
                                "blame-the-problem": .level(2),
                                "crisis-only-broken": .level(2),
                                "crisis-only-doing-fine": .level(4),
                                "crisis-only-not-bad": .level(2),
                                "ganged-up-equal-say": .level(5),
                                "ganged-up-pushed": .level(1),
                                "ganged-up-two-on-one": .level(1),
                                "overwhelm-can-talk": .level(4),
                                "overwhelm-embarrassed": .level(2),
                                "overwhelm-too-much": .level(2),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "pattern-press-me": .level(3),
                                "pattern-press-partner": .level(2),
                                "pattern-quiet-me": .level(2),
                                "pattern-quiet-partner": .level(3),
                                "pattern-raise-me": .level(3),
                                "pattern-raise-partner": .level(2),
                                "pattern-space-me": .level(2),
                                "pattern-space-partner": .level(3),
                                "practical-cost": .level(4),
                                "practical-know-where": .level(2),
                                "practical-time": .level(4),
                                "ready-curious": .level(4),
                                "ready-hope-help": .level(4),
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
                                "vulnerability-others-think": .level(2),
                                "vulnerability-strength": .level(4),
                            ]
                        ),
                        SamePageCore.AnswerSheet(
                            name: "Robin",
                            answers: [
                                "blame-fair": .level(3),
                                "blame-take-sides": .level(3),
                                "blame-the-problem": .level(3),
                                "crisis-only-broken": .level(4),
                                "crisis-only-doing-fine": .level(2),
                                "crisis-only-not-bad": .level(4),
                                "ganged-up-equal-say": .level(4),
                                "ganged-up-pushed": .level(2),
                                "ganged-up-two-on-one": .level(2),
                                "overwhelm-can-talk": .level(3),
                                "overwhelm-embarrassed": .level(3),
                                "overwhelm-too-much": .level(3),
                                "past-therapy-gate": .level(4),
                                "past-therapy-helped": .level(5),
                                "past-therapy-unsafe": .level(1),
                                "past-therapy-wary": .level(1),
                                "past-therapy-worse": .level(1),
                                "pattern-press-me": .level(2),
                                "pattern-press-partner": .level(3),
                                "pattern-quiet-me": .level(3),
                                "pattern-quiet-partner": .level(2),
                                "pattern-raise-me": .level(2),
                                "pattern-raise-partner": .level(3),
                                "pattern-space-me": .level(3),
                                "pattern-space-partner": .level(2),
                                "practical-cost": .level(2),
                                "practical-know-where": .level(4),
                                "practical-time": .level(2),
                                "ready-curious": .level(4),
                                "ready-hope-help": .level(4),
                                "ready-no-use": .level(3),
                                "ready-not-now": .level(3),
                                "ready-rather-wait": .level(3),
                                "ready-want-change": .level(3),
                                "step-call": .level(2),
                                "step-on-my-own": .level(2),
                                "step-one-session": .level(2),
                                "step-read": .level(4),
                                "step-regular": .level(2),
                                "vulnerability-gender": .level(2),
                                "vulnerability-others-think": .level(2),
                                "vulnerability-strength": .level(4),
                            ]
                        ),
                    ],
                    guesses: [
                        [
                            "ready-curious": .level(2),
                            "ready-hope-help": .level(2),
                            "ready-not-now": .level(4),
                        ],
                        [
                            "ready-curious": .level(4),
                            "ready-hope-help": .level(4),
                            "ready-not-now": .level(2),
                        ],
                    ]
                ),
            ],
            interface: SamePageCore.InterfaceText(
                texts: [
                    "cards.common": "Une question fr\u{e9}quente",
                    "cards.for_both": "Pour vous deux",
                    "cards.for_names": "Pour {names}",
                    "cards.for_you": "Pour vous",
                    "cycle.both": "en parle parfois, et prend du recul \u{e0} d'autres moments",
                    "cycle.both_raise": "Vous deux avez tendance \u{e0} parler de th\u{e9}rapie. Chaque personne peut vouloir que les choses changent, et quand m\u{ea}me se sentir pouss\u{e9}e par l'autre. Parler \u{e0} tour de r\u{f4}le peut aider chaque personne \u{e0} se sentir entendue.",
                    "cycle.both_step_back": "Vous deux avez tendance \u{e0} prendre du recul quand la th\u{e9}rapie est abord\u{e9}e. Cela peut garder la paix un moment, mais aussi faire en sorte que le sujet ne soit jamais vraiment discut\u{e9}. C'est une dynamique que vous partagez, pas la faute de l'une ou l'autre personne.",
                    "cycle.kept_private": "a gard\u{e9} ces r\u{e9}ponses pour soi",
                    "cycle.named": "{name} {phrase}",
                    "cycle.neither": "ne montre pas de tendance nette",
                    "cycle.no_clear": "Vos r\u{e9}ponses ne montrent pas une dynamique claire dans la fa\u{e7}on dont la th\u{e9}rapie est abord\u{e9}e. Une dynamique peut \u{ea}tre difficile \u{e0} voir de l'int\u{e9}rieur, et elle change avec le temps.",
                    "cycle.part_alone": "{part}.",
                    "cycle.part_scores": "{part} (en parler\u{a0}: {raise}; prendre du recul\u{a0}: {step_back}).",
                    "cycle.parts_heading": "La part de chaque personne",
                    "cycle.raise_and_step_back": "{raiser} a tendance \u{e0} parler de th\u{e9}rapie, et {other} a tendance \u{e0} prendre du recul. Chaque geste a du sens pour la personne qui le fait, et chacun peut entra\u{ee}ner l'autre\u{a0}: insister peut amener \u{e0} reculer, et reculer peut amener \u{e0} insister davantage. C'est une boucle que vous vivez \u{e0} deux, et ce n'est la faute de personne.",
                    "cycle.raises": "a tendance \u{e0} en parler",
                    "cycle.solo_both_raise": "Selon vous, votre partenaire et vous avez la m\u{ea}me tendance\u{a0}: parler de th\u{e9}rapie. Chaque personne peut vouloir que les choses changent, et quand m\u{ea}me se sentir pouss\u{e9}e par l'autre.",
                    "cycle.solo_both_step_back": "Selon vous, votre partenaire et vous avez la m\u{ea}me tendance\u{a0}: prendre du recul quand la th\u{e9}rapie est abord\u{e9}e. Cela peut garder la paix, mais aussi faire en sorte que le sujet ne soit jamais vraiment discut\u{e9}.",
                    "cycle.solo_partner_raises": "Selon vous, votre partenaire a tendance \u{e0} parler de th\u{e9}rapie, et vous avez tendance \u{e0} prendre du recul. Chaque geste peut entra\u{ee}ner l'autre\u{a0}: insister peut amener \u{e0} reculer, et reculer peut amener \u{e0} insister davantage. C'est une boucle que l'on vit \u{e0} deux, et ce n'est la faute de personne.",
                    "cycle.solo_scores": "D'apr\u{e8}s vos r\u{e9}ponses, de 0 \u{e0} 100\u{a0}: vous, en parler {raise} et prendre du recul {step_back}; votre partenaire, en parler {partner_raise} et prendre du recul {partner_step_back}.",
                    "cycle.solo_you_raise": "Selon vous, vous avez tendance \u{e0} parler de th\u{e9}rapie, et votre partenaire a tendance \u{e0} prendre du recul. Chaque geste peut entra\u{ee}ner l'autre\u{a0}: insister peut amener \u{e0} reculer, et reculer peut amener \u{e0} insister davantage. C'est une boucle que l'on vit \u{e0} deux, et ce n'est la faute de personne.",
                    "cycle.steps_back": "a tendance \u{e0} prendre du recul",
                    "cycle.too_few": "a donn\u{e9} trop peu de r\u{e9}ponses pour le dire",
                    "cycle.unknown": "Il n'y a pas assez de r\u{e9}ponses ici pour montrer une dynamique.",
                    "cycle.view": "Selon {name}\u{a0}: {first}; {second}.",
                    "cycle.view_one": "Selon {name}\u{a0}: {first}.",
                    "cycle.views_differ": "Vos points de vue ne sont pas les m\u{ea}mes. C'est une chose \u{e0} explorer ensemble, pas \u{e0} trancher.",
                    "cycle.views_heading": "Comment chaque personne le voit",
                    "cycle.you_both": "vous en parlez parfois, et prenez du recul \u{e0} d'autres moments",
                    "cycle.you_kept_private": "Vous avez gard\u{e9} ces r\u{e9}ponses pour vous.",
                    "cycle.you_neither": "vous ne montrez pas de tendance nette",
                    "cycle.you_raise": "vous avez tendance \u{e0} en parler",
                    "cycle.you_step_back": "vous avez tendance \u{e0} prendre du recul",
                    "cycle.you_too_few": "Vous avez donn\u{e9} trop peu de r\u{e9}ponses pour le dire.",
                    "cycle.your_partner": "votre partenaire",
                    "ending.another_name": "Tapez un autre nom de fichier pour vos r\u{e9}ponses, ou appuyez sur Entr\u{e9}e pour ne pas les enregistrer\u{a0}:",
                    "ending.appeared": "Le fichier {path} est apparu pendant que vous r\u{e9}pondiez; il n'a donc pas \u{e9}t\u{e9} remplac\u{e9}. Tapez un autre nom.",
                    "ending.demo_heading": "=== Couple d'exemple {number} sur {total}\u{a0}: {title} ===",
                    "ending.demo_no_samples": "Ce contenu n'a aucun couple d'exemple ({file}), donc il n'y a rien \u{e0} montrer.",
                    "ending.earlier_copy": "Une copie plus ancienne de votre progression se trouve encore dans {path}.",
                    "ending.input_ended": "La saisie s'est arr\u{ea}t\u{e9}e avant la fin du questionnaire. {kept}",
                    "ending.input_ended_nothing": "La saisie s'est arr\u{ea}t\u{e9}e avant la fin du questionnaire, donc rien n'a \u{e9}t\u{e9} enregistr\u{e9}.",
                    "ending.kept_so_far": "Vos r\u{e9}ponses jusqu'ici sont gard\u{e9}es dans {path}; relancez samepage pour reprendre l\u{e0} o\u{f9} vous \u{e9}tiez.",
                    "ending.latest_not_kept": "Vos derni\u{e8}res r\u{e9}ponses n'ont pas pu \u{ea}tre gard\u{e9}es ({cause}). {then}",
                    "ending.line_by_line": "samepage\u{a0}: {reason}, donc les questions sont pos\u{e9}es ligne par ligne.",
                    "ending.no_folder": "Impossible d'enregistrer dans {path}\u{a0}: le dossier n'existe pas ou n'est pas accessible en \u{e9}criture.",
                    "ending.no_home": "il n'y a pas de dossier personnel (HOME n'est pas d\u{e9}fini)",
                    "ending.not_saved": "Vos r\u{e9}ponses n'ont pas \u{e9}t\u{e9} enregistr\u{e9}es.",
                    "ending.nothing_kept": "Rien n'a \u{e9}t\u{e9} gard\u{e9}.",
                    "ending.nothing_saved": "Rien n'a \u{e9}t\u{e9} enregistr\u{e9}.",
                    "ending.quit": "Vous avez quitt\u{e9} avant la fin. {kept}",
                    "ending.quit_discarded": "Vous avez quitt\u{e9}, et vos r\u{e9}ponses ont \u{e9}t\u{e9} effac\u{e9}es.",
                    "ending.saved_in": "Vos r\u{e9}ponses sont enregistr\u{e9}es dans {path} (seul ce compte peut les lire).",
                    "ending.still_kept": "Vos r\u{e9}ponses sont encore gard\u{e9}es sur cet ordinateur\u{a0}: relancez samepage avec --save et un autre nom pour les enregistrer.",
                    "ending.stopped": "Le questionnaire s'est arr\u{ea}t\u{e9} avant la fin. {kept}",
                    "ending.translation_broken": "samepage\u{a0}: la traduction dans {folder} ne peut pas \u{ea}tre utilis\u{e9}e, donc cette s\u{e9}ance est dans la langue du dossier; `samepage validate {root}` indique quoi corriger.",
                    "files.answers_too_large": "{path} d\u{e9}passe 1 Mo, ce n'est donc pas un fichier de r\u{e9}ponses samepage; il n'a pas \u{e9}t\u{e9} lu.",
                    "files.bad_answer": "{path} a la r\u{e9}ponse {code} pour \u{ab}\u{a0}{id}\u{a0}\u{bb}; les r\u{e9}ponses sont des nombres entiers de 0 \u{e0} 5 (6 quand une question ne s'applique pas).",
                    "files.cannot_write": "Impossible d'enregistrer {path}\u{a0}: {cause}.",
                    "files.cause_exists": "le fichier existe d\u{e9}j\u{e0}",
                    "files.cause_missing": "le fichier n'existe pas",
                    "files.damaged": "{path} est ab\u{ee}m\u{e9}\u{a0}: son nom, son contenu ou ses r\u{e9}ponses manquent ou ne sont pas des nombres entiers de 0 \u{e0} 5.",
                    "files.empty": "{path} est vide\u{a0}: ce n'est pas un fichier de r\u{e9}ponses samepage.",
                    "files.exists": "{path} existe d\u{e9}j\u{e0}; choisissez un autre nom ou d\u{e9}placez d'abord ce fichier.",
                    "files.folder": "{path} est un dossier, pas un fichier de r\u{e9}ponses.",
                    "files.missing": "{path} n'existe pas.",
                    "files.missing_answer": "{path} n'a pas de r\u{e9}ponse pour \u{ab}\u{a0}{id}\u{a0}\u{bb} (une question pass\u{e9}e est enregistr\u{e9}e comme 0)\u{a0}: il a \u{e9}t\u{e9} modifi\u{e9} ou ab\u{ee}m\u{e9} et ne peut pas \u{ea}tre utilis\u{e9}.",
                    "files.newer": "{path} a \u{e9}t\u{e9} enregistr\u{e9} par une version plus r\u{e9}cente de samepage (version {version}); mettez samepage \u{e0} jour pour le lire.",
                    "files.no_version": "{path} n'a pas de num\u{e9}ro de version, il ne peut donc pas \u{ea}tre lu sans risque.",
                    "files.not_a_folder": "{path} n'est pas un dossier",
                    "files.not_json": "{path} n'est pas un fichier de r\u{e9}ponses samepage (ce n'est pas du JSON de cette forme).",
                    "files.not_regular": "{path} n'est pas un fichier ordinaire, il n'a donc pas \u{e9}t\u{e9} lu.",
                    "files.other_questions": "{path} a \u{e9}t\u{e9} fait avec d'autres questions (\u{ab}\u{a0}{id}\u{a0}\u{bb}) que celles utilis\u{e9}es ici, il ne peut donc pas \u{ea}tre utilis\u{e9} avec elles.",
                    "files.path_cause": "{path}\u{a0}: {cause}",
                    "files.progress_note": "samepage\u{a0}: {note}",
                    "files.progress_set_aside": "La progression gard\u{e9}e dans {path} n'a pas pu servir (ab\u{ee}m\u{e9}e, ou faite pour d'autres questions)\u{a0}: elle a \u{e9}t\u{e9} gard\u{e9}e sous le nom {aside} et un nouveau questionnaire commence.",
                    "files.progress_too_large": "{path} est plus gros qu'un fichier de progression ne peut l'\u{ea}tre.",
                    "files.progress_unreadable": "La progression gard\u{e9}e dans {path} n'a pas pu \u{ea}tre lue ni mise de c\u{f4}t\u{e9}\u{a0}: un nouveau questionnaire commence et ce fichier reste tel quel.",
                    "files.repeated_key": "{path} contient deux fois la cl\u{e9} \u{ab}\u{a0}{key}\u{a0}\u{bb}\u{a0}: il a \u{e9}t\u{e9} modifi\u{e9} ou ab\u{ee}m\u{e9} et ne peut pas \u{ea}tre utilis\u{e9}.",
                    "files.unknown_question": "{path} a une r\u{e9}ponse pour \u{ab}\u{a0}{id}\u{a0}\u{bb}, qui n'est pas une question du contenu utilis\u{e9}.",
                    "files.unknown_version": "{path} a une version inconnue ({version}).",
                    "files.unreadable": "Impossible de lire {path}\u{a0}: {cause}.",
                    "files.wrong_format": "{path} n'est pas un fichier de r\u{e9}ponses samepage (son \u{ab}\u{a0}format\u{a0}\u{bb} n'est pas \u{ab}\u{a0}{format}\u{a0}\u{bb}).",
                    "guesses.about_named": "Selon vous, qu'a r\u{e9}pondu {name}?",
                    "guesses.about_partner": "Selon vous, que r\u{e9}pondrait votre partenaire?",
                    "guesses.hand_off": "Merci. Veuillez passer le clavier \u{e0} {name} pour ses suppositions.",
                    "guesses.hand_off_back": "Bon retour. Vous reprenez l\u{e0} o\u{f9} les suppositions se sont arr\u{ea}t\u{e9}es. {other}, veuillez vous \u{e9}loigner\u{a0}: {name} va maintenant faire ses suppositions.",
                    "guesses.hand_off_header": "Passer le clavier",
                    "guesses.header": "\u{c9}tape facultative",
                    "guesses.offer_couple": "Une derni\u{e8}re \u{e9}tape, facultative\u{a0}: devinez les r\u{e9}ponses de l'autre \u{e0} quelques questions sur l'ouverture \u{e0} la th\u{e9}rapie.",
                    "guesses.offer_prompt": "Appuyez sur Entr\u{e9}e pour deviner, ou sur s pour passer.",
                    "guesses.offer_solo": "Une derni\u{e8}re \u{e9}tape, facultative\u{a0}: devinez ce que votre partenaire r\u{e9}pondrait \u{e0} quelques questions sur l'ouverture \u{e0} la th\u{e9}rapie.",
                    "guesses.offer_why_couple": "Les r\u{e9}sultats montrent ensuite chaque supposition \u{e0} c\u{f4}t\u{e9} des vraies r\u{e9}ponses. Un \u{e9}cart n'est pas une erreur; c'est une piste \u{e0} explorer ensemble, avec curiosit\u{e9}. Cela prend environ une minute par personne.",
                    "guesses.offer_why_solo": "Les r\u{e9}sultats montrent votre supposition, pour en parler avec votre partenaire si vous le voulez. Cela prend environ une minute.",
                    "guesses.pause": "Prenez un moment si vous en avez besoin. Rien ne presse.",
                    "guesses.prompt": "{name}, appuyez sur Entr\u{e9}e quand vous voulez commencer.",
                    "guesses.status": "Supposition {number} sur {total}",
                    "guesses.title_named": "{name} \u{b7} suppositions",
                    "guesses.title_yours": "Vos suppositions",
                    "help.answer_go_on": "r\u{e9}pondre et avancer",
                    "help.back_one": "question pr\u{e9}c\u{e9}dente",
                    "help.back_to_question": "retour \u{e0} la question",
                    "help.change_or_finish": "changer cette r\u{e9}ponse, ou terminer",
                    "help.choose": "choisir",
                    "help.choose_focused": "choisir la r\u{e9}ponse surlign\u{e9}e",
                    "help.close": "Appuyez sur une touche pour fermer.",
                    "help.discard": "l'effacer et recommencer",
                    "help.forward": "question suivante",
                    "help.go_on": "continuer",
                    "help.language": "changer de langue",
                    "help.leave": "partir (\u{e0} confirmer)",
                    "help.more_ideas": "autres id\u{e9}es",
                    "help.move": "d\u{e9}placer",
                    "help.move_choices": "passer d'un choix \u{e0} l'autre",
                    "help.next_section": "la section ou la carte suivante",
                    "help.open_card": "ouvrir ou fermer la carte (\u{e9}tapes)",
                    "help.other_name": "l'autre nom",
                    "help.other_samples": "les autres couples d'exemple",
                    "help.prefer_not": "ne pas r\u{e9}pondre",
                    "help.privacy": "garder ma progression en cas d'arr\u{ea}t, ou rien",
                    "help.quick_exit": "sortie rapide\u{a0}: vider l'\u{e9}cran et partir",
                    "help.quit": "quitter",
                    "help.quit_asks": "quitter (\u{e0} confirmer)",
                    "help.results_sections": "r\u{e9}sum\u{e9}, ouverture, dynamique, inqui\u{e9}tudes, \u{e9}tapes, soutien",
                    "help.resume": "reprendre le questionnaire en cours",
                    "help.review": "revoir vos r\u{e9}ponses",
                    "help.save": "enregistrer le rapport ou les r\u{e9}ponses",
                    "help.scroll": "d\u{e9}filer",
                    "help.skip_guesses": "ne pas deviner (si c'est propos\u{e9})",
                    "help.start_over": "recommencer (\u{e0} confirmer)",
                    "help.title": "Touches de cet \u{e9}cran",
                    "help.welcome_numbers": "ensemble, en solo ou la d\u{e9}mo",
                    "help.why_all": "pourquoi, pour chaque carte",
                    "help.why_card": "pourquoi cette carte?",
                    "keeping.choice_off": "[ ] Garder ma progression ({key}\u{a0}: la garder)",
                    "keeping.choice_on": "[x] Garder ma progression ({key}\u{a0}: ne rien garder)",
                    "keeping.if_kept": "Si vous gardez votre progression, vos r\u{e9}ponses sont gard\u{e9}es dans {path} jusqu'aux r\u{e9}sultats, sauf si vous les effacez. Toute personne qui utilise ce compte, y compris votre partenaire, peut ouvrir ce fichier. Le bilan priv\u{e9} n'est jamais gard\u{e9}.",
                    "keeping.kept": "Vos r\u{e9}ponses sont gard\u{e9}es dans {path} jusqu'aux r\u{e9}sultats, sauf si vous les effacez. Toute personne qui utilise ce compte, y compris votre partenaire, peut ouvrir ce fichier. Le bilan priv\u{e9} n'est jamais gard\u{e9}.",
                    "keeping.no_choice": "Garder ma progression\u{a0}: non, rien n'est enregistr\u{e9}.",
                    "keeping.nothing": "Rien n'est \u{e9}crit sur le disque. Si vous quittez ou si quelque chose vous interrompt, vos r\u{e9}ponses sont perdues.",
                    "keeping.other_session": "samepage est d\u{e9}j\u{e0} ouvert sur ce compte, donc cette fen\u{ea}tre ne garde rien sur le disque (mode priv\u{e9}).",
                    "keeping.piped": "Les r\u{e9}ponses viennent d'un autre programme, donc rien n'est \u{e9}crit sur le disque.",
                    "keeping.private": "Mode priv\u{e9}\u{a0}: rien n'est \u{e9}crit sur le disque. Si vous quittez ou si quelque chose vous interrompt, vos r\u{e9}ponses sont perdues.",
                    "keeping.unwritable": "Votre progression ne peut pas \u{ea}tre gard\u{e9}e sur cet ordinateur ({cause}), donc rien n'est \u{e9}crit sur le disque.",
                    "key_names.enter": "Entr\u{e9}e",
                    "key_names.esc": "\u{c9}chap",
                    "key_names.one_to": "{first} \u{e0} {last}",
                    "key_names.tab": "Tab",
                    "keys.answer": "r\u{e9}pondre",
                    "keys.back": "retour",
                    "keys.back_to_question": "retour \u{e0} la question",
                    "keys.change_or_finish": "changer ou finir",
                    "keys.choose": "choisir",
                    "keys.continue": "continuer",
                    "keys.discard": "effacer, recommencer",
                    "keys.guess": "deviner",
                    "keys.help": "aide",
                    "keys.keys": "touches",
                    "keys.language": "langue",
                    "keys.move": "d\u{e9}placer",
                    "keys.next_card": "carte suivante",
                    "keys.next_field": "champ suivant",
                    "keys.open": "ouvrir",
                    "keys.other_couples": "autres couples",
                    "keys.prefer_not": "ne pas r\u{e9}pondre",
                    "keys.privacy": "vie priv\u{e9}e",
                    "keys.quick_exit": "sortie rapide",
                    "keys.quit": "quitter",
                    "keys.resume": "reprendre",
                    "keys.review": "revoir",
                    "keys.save": "enregistrer",
                    "keys.scroll": "d\u{e9}filer",
                    "keys.skip": "passer",
                    "keys.skip_guesses": "ne pas deviner",
                    "keys.start": "commencer",
                    "keys.start_over": "recommencer",
                    "keys.why": "pourquoi?",
                    "names.fallback_first": "Partenaire A",
                    "names.fallback_second": "Partenaire B",
                    "names.fallback_solo": "Vous",
                    "names.first": "Premi\u{e8}re personne",
                    "names.header": "Noms",
                    "names.intro": "Les noms sont facultatifs. Laissez un champ vide pour utiliser le nom entre crochets.",
                    "names.second": "Deuxi\u{e8}me personne",
                    "names.yours": "Votre nom",
                    "perception.close": "{guesser} a r\u{e9}pondu {guess} pour {other}, et {other} obtient {actual} selon ses propres r\u{e9}ponses\u{a0}: c'est proche.",
                    "perception.higher": "{guesser} a r\u{e9}pondu {guess} pour {other}, et {other} obtient {actual} selon ses propres r\u{e9}ponses\u{a0}: c'est plus haut que l'estimation. Un \u{e9}cart comme celui-l\u{e0} m\u{e9}rite qu'on s'y int\u{e9}resse ensemble.",
                    "perception.lower": "{guesser} a r\u{e9}pondu {guess} pour {other}, et {other} obtient {actual} selon ses propres r\u{e9}ponses\u{a0}: c'est plus bas que l'estimation. Un \u{e9}cart comme celui-l\u{e0} m\u{e9}rite qu'on s'y int\u{e9}resse ensemble.",
                    "perception.solo": "Selon vous, l'ouverture de votre partenaire serait de {guess}. Lui demander son point de vue pourrait \u{ea}tre une fa\u{e7}on douce de commencer.",
                    "perception.too_few": "{guesser} a fait trop peu de suppositions pour comparer.",
                    "plain.answer_again": "Veuillez taper un nombre de 0 \u{e0} {highest}, b pour revenir en arri\u{e8}re ou q pour quitter.",
                    "plain.answer_ask": "Votre r\u{e9}ponse\u{a0}:",
                    "plain.cannot_clear": "Ce terminal ne peut pas effacer son \u{e9}cran, donc les r\u{e9}ponses de chaque personne pourraient rester visibles pour l'autre. Pour r\u{e9}pondre en priv\u{e9}, chaque personne peut lancer samepage --solo --save FILE de son c\u{f4}t\u{e9}, puis samepage compare FILE1 FILE2.",
                    "plain.check_in_header": "Bilan priv\u{e9} {number} sur {total}",
                    "plain.end": "C'est la fin des questions.",
                    "plain.guess_ask": "Tapez y pour deviner, ou appuyez sur Entr\u{e9}e pour passer\u{a0}:",
                    "plain.guess_couple": "Une derni\u{e8}re \u{e9}tape, facultative\u{a0}: devinez les r\u{e9}ponses de l'autre \u{e0} quelques questions sur l'ouverture \u{e0} la th\u{e9}rapie. Les r\u{e9}sultats montrent ensuite chaque supposition \u{e0} c\u{f4}t\u{e9} des vraies r\u{e9}ponses.",
                    "plain.guess_header": "Supposition {number} sur {total} \u{b7} {about}",
                    "plain.guess_solo": "Une derni\u{e8}re \u{e9}tape, facultative\u{a0}: devinez ce que votre partenaire r\u{e9}pondrait \u{e0} quelques questions sur l'ouverture \u{e0} la th\u{e9}rapie. Les r\u{e9}sultats montrent votre supposition, pour en parler avec votre partenaire si vous le voulez.",
                    "plain.how_to": "Tapez 1 \u{e0} 5 pour r\u{e9}pondre, 0 pour \u{ab}\u{a0}{prefer_not}\u{a0}\u{bb}, b pour revenir en arri\u{e8}re, q pour quitter.",
                    "plain.keep_again": "Veuillez taper y pour garder votre progression, ou n pour ne rien garder\u{a0}:",
                    "plain.keep_ask": "Garder votre progression? Tapez y pour la garder (ou appuyez sur Entr\u{e9}e), ou n pour ne rien garder\u{a0}:",
                    "plain.keep_ask_couple": "Garder votre progression? Tapez y pour la garder, ou n pour ne rien garder (ou appuyez sur Entr\u{e9}e)\u{a0}:",
                    "plain.mode_again": "Veuillez taper 1 pour ensemble ou 2 pour en solo.",
                    "plain.mode_ask": "Tapez 1 ou 2\u{a0}:",
                    "plain.name_first": "Nom de la premi\u{e8}re personne",
                    "plain.name_second": "Nom de la deuxi\u{e8}me personne",
                    "plain.names_intro": "Les noms sont facultatifs. Appuyez sur Entr\u{e9}e pour garder celui entre crochets.",
                    "plain.not_kept": "(Votre progression n'est pas gard\u{e9}e\u{a0}: {cause}.)",
                    "plain.question_header": "Question {number} sur {total} \u{b7} {section}",
                    "plain.quit_keep": "Quitter maintenant? Tapez k pour garder vos r\u{e9}ponses sur cet ordinateur et finir plus tard, d pour les effacer, ou appuyez sur Entr\u{e9}e pour continuer\u{a0}:",
                    "plain.quit_lost": "Quitter maintenant? Vos r\u{e9}ponses n'ont pas pu \u{ea}tre gard\u{e9}es ({cause}). Tapez y pour quitter, ou appuyez sur Entr\u{e9}e pour continuer\u{a0}:",
                    "plain.quit_nothing": "Quitter maintenant? Rien ne sera gard\u{e9}. Tapez y pour quitter, ou appuyez sur Entr\u{e9}e pour continuer\u{a0}:",
                    "plain.resume_again": "Veuillez taper r pour reprendre ou d pour effacer\u{a0}:",
                    "plain.resume_ask": "Tapez r (ou appuyez sur Entr\u{e9}e) pour le reprendre, ou d pour l'effacer et recommencer\u{a0}:",
                    "plain.review_again": "Veuillez taper un nombre de 1 \u{e0} {count}, ou appuyer sur Entr\u{e9}e pour continuer.",
                    "plain.review_ask": "Num\u{e9}ro de question, ou Entr\u{e9}e\u{a0}:",
                    "plain.review_how": "Pour changer une r\u{e9}ponse, tapez le num\u{e9}ro de sa question (1 \u{e0} {count}). Appuyez sur Entr\u{e9}e pour continuer.",
                    "plain.skip_guesses": "Tapez s pour passer les suppositions.",
                    "quit.demo": "Rien de la d\u{e9}mo n'est gard\u{e9}.",
                    "quit.discard": "quitter et effacer vos r\u{e9}ponses",
                    "quit.finished": "Les r\u{e9}sultats s'affichent quand vous partez.",
                    "quit.finished_not_printed": "Les r\u{e9}sultats ne s'affichent pas apr\u{e8}s votre d\u{e9}part. Pour les garder, enregistrez d'abord le rapport (s).",
                    "quit.keep": "quitter et garder vos r\u{e9}ponses sur cet ordinateur pour finir plus tard",
                    "quit.leave": "partir",
                    "quit.leave_title": "Partir maintenant?",
                    "quit.lost": "Vos r\u{e9}ponses n'ont pas pu \u{ea}tre gard\u{e9}es\u{a0}: {cause}.",
                    "quit.not_kept": "Vos r\u{e9}ponses ne seront pas gard\u{e9}es.",
                    "quit.quit": "quitter",
                    "quit.resume_kept": "Le questionnaire en cours reste sur cet ordinateur, tel quel.",
                    "quit.start_over": "recommencer",
                    "quit.start_over_text": "Ces r\u{e9}sultats seront perdus, sauf si vous les avez enregistr\u{e9}s avant.",
                    "quit.start_over_title": "Recommencer?",
                    "quit.stay": "rester",
                    "quit.title": "Quitter maintenant?",
                    "ready.back_couple": "Bon retour. C'\u{e9}tait \u{e0} {name} de r\u{e9}pondre\u{a0}: vous reprenez l\u{e0} o\u{f9} ce tour s'est arr\u{ea}t\u{e9}.",
                    "ready.back_solo": "Bon retour. Voici un questionnaire en cours, commenc\u{e9} par {name}; ses r\u{e9}ponses s'affichent quand vous continuez.",
                    "ready.back_solo_unnamed": "Bon retour. Voici un questionnaire en cours; ses r\u{e9}ponses s'affichent quand vous continuez.",
                    "ready.hand_off": "{other}, merci\u{a0}: votre partie est termin\u{e9}e, et vos choix sont maintenant cach\u{e9}s. Veuillez passer le clavier \u{e0} {name}.",
                    "ready.hand_off_next": "{name}, rien ne presse. Prenez votre temps, et commencez quand vous le souhaitez.",
                    "ready.prompt_couple": "{name}, appuyez sur Entr\u{e9}e quand personne d'autre ne voit l'\u{e9}cran.",
                    "ready.prompt_solo": "Appuyez sur Entr\u{e9}e quand vous voulez continuer.",
                    "ready.step_away": "{other}, veuillez vous \u{e9}loigner\u{a0}: {name} va maintenant r\u{e9}pondre. Chaque personne r\u{e9}pond en priv\u{e9}; vous verrez les r\u{e9}sultats ensemble \u{e0} la fin.",
                    "results.demo": "D\u{e9}mo \u{b7} couple {number} sur {total}",
                    "results.gap_detail": "\u{c9}cart d'ouverture\u{a0}: {gap} (niveaux {words}).",
                    "results.guesses_heading": "Vos suppositions sur l'ouverture de l'autre",
                    "results.guesses_heading_solo": "Votre supposition sur l'ouverture de votre partenaire",
                    "results.kept_private": "a gard\u{e9} ces r\u{e9}ponses pour soi",
                    "results.more_ideas.one": "1 autre id\u{e9}e\u{a0}: appuyez sur m pour l'afficher.",
                    "results.more_ideas.other": "{count} autres id\u{e9}es\u{a0}: appuyez sur m pour les afficher.",
                    "results.more_ideas_list": "Autres id\u{e9}es\u{a0}: {titles}.",
                    "results.not_applicable": "ne s'applique pas",
                    "results.pattern_heading_couple": "Comment la th\u{e9}rapie est abord\u{e9}e entre vous",
                    "results.pattern_heading_solo": "Comment la th\u{e9}rapie est abord\u{e9}e, selon vous",
                    "results.person_score": "{name}\u{a0}: {score} \u{b7} {band}",
                    "results.person_words": "{name}\u{a0}: {words}",
                    "results.readiness_heading": "Ouverture \u{e0} la th\u{e9}rapie de couple (0 \u{e0} 100)",
                    "results.report_made_on": "Produit le {date} avec le contenu `{id}`, version {version} (empreinte des questions\u{a0}: {fingerprint}).",
                    "results.safety_couple": "Si la maison n'est pas un lieu s\u{fb}r pour l'une ou l'autre personne, commencez par {support}, de votre c\u{f4}t\u{e9}.",
                    "results.safety_solo": "Si la maison n'est pas un lieu s\u{fb}r pour vous, commencez par {support}.",
                    "results.sample_couple": "Couple d'exemple\u{a0}: {title} (fictif)",
                    "results.section_pattern": "Dynamique",
                    "results.section_readiness": "Ouverture",
                    "results.section_steps": "\u{c9}tapes",
                    "results.section_summary": "R\u{e9}sum\u{e9}",
                    "results.section_support": "Soutien",
                    "results.section_worries": "Inqui\u{e9}tudes",
                    "results.steps_label": "\u{c9}tapes\u{a0}:",
                    "results.title": "R\u{e9}sultats",
                    "results.why_this": "Pourquoi? {reasons}",
                    "results.why_this_text": "Pourquoi\u{a0}: {reasons}",
                    "results.worries_heading_couple": "Ce qui retient chaque personne (0 \u{e0} 100; plus c'est haut, plus \u{e7}a p\u{e8}se)",
                    "results.worries_heading_solo": "Ce qui vous retient (0 \u{e0} 100; plus c'est haut, plus \u{e7}a p\u{e8}se)",
                    "resume.couple_all_done": "{names}\u{a0}: toutes les questions termin\u{e9}es",
                    "resume.couple_at": "{names}\u{a0}: c'est \u{e0} {name} de r\u{e9}pondre, \u{e0} la question {number} sur {total}",
                    "resume.couple_done": "{names}\u{a0}: c'est \u{e0} {name}, questions termin\u{e9}es",
                    "resume.couple_next": "{names}\u{a0}: c'est ensuite \u{e0} {name} de r\u{e9}pondre",
                    "resume.explain": "Reprenez-le pour continuer l\u{e0} o\u{f9} vous \u{e9}tiez, ou effacez-le pour recommencer. Effacer supprime ces r\u{e9}ponses.",
                    "resume.found": "Il y a un questionnaire en cours sur cet ordinateur\u{a0}:",
                    "resume.header": "Bon retour",
                    "resume.names": "{first} et {second}",
                    "resume.prompt": "Appuyez sur Entr\u{e9}e pour reprendre ou sur d pour effacer.",
                    "resume.solo_all_done": "{name}, toutes les questions termin\u{e9}es",
                    "resume.solo_at": "{name}, \u{e0} la question {number} sur {total}",
                    "resume.solo_done": "{name}, questions termin\u{e9}es",
                    "review.does_not_apply": "Ne s'applique pas",
                    "review.done": "Termin\u{e9}\u{a0}: continuer",
                    "review.intro": "Vos r\u{e9}ponses, pour vous seulement. Choisissez-en une pour la changer, ou choisissez \u{ab}\u{a0}Termin\u{e9}\u{a0}\u{bb} \u{e0} la fin.",
                    "review.not_answered": "pas encore de r\u{e9}ponse",
                    "review.title_named": "\u{c0} vous, {name} \u{b7} r\u{e9}vision",
                    "review.title_yours": "Vos r\u{e9}ponses \u{b7} r\u{e9}vision",
                    "save.answers_as": "Enregistrer les r\u{e9}ponses sous\u{a0}:",
                    "save.answers_choice": "les r\u{e9}ponses, pour comparer plus tard",
                    "save.any_other_key": "autre touche",
                    "save.cancel": "annuler",
                    "save.name_placeholder": "{marker} sera remplac\u{e9} par le nom de chaque personne.",
                    "save.report_as": "Enregistrer le rapport sous\u{a0}:",
                    "save.report_choice": "le rapport (Markdown)",
                    "save.save": "enregistrer",
                    "save.title": "Enregistrer",
                    "saving.file_name": "Nom du fichier [{default}]\u{a0}:",
                    "saving.marker_note": "({marker} sera remplac\u{e9} par le nom de chaque personne.)",
                    "saving.nothing_yet": "Il n'y a encore rien \u{e0} enregistrer.",
                    "saving.offer": "Pour enregistrer, tapez r pour un rapport ou a pour les r\u{e9}ponses; appuyez sur Entr\u{e9}e pour terminer\u{a0}:",
                    "saving.offer_again": "Veuillez taper r ou a, ou appuyer sur Entr\u{e9}e.",
                    "saving.report_saved_in": "Le rapport est enregistr\u{e9} dans {path}.",
                    "saving.same_name": "Les deux fichiers auraient le m\u{ea}me nom; ajoutez-y {marker}.",
                    "saving.saved_in": "Enregistrement fait dans {paths} (seul ce compte y a acc\u{e8}s).",
                    "screen.choose_first": "Choisissez d'abord une r\u{e9}ponse\u{a0}: \u{2191}\u{2193} puis Entr\u{e9}e, ou tapez 1 \u{e0} 5 (0\u{a0}: je pr\u{e9}f\u{e8}re ne pas r\u{e9}pondre).",
                    "screen.more_below": "\u{2193} suite",
                    "screen.no_samples": "Ce contenu n'a aucun couple d'exemple (content/samples.yaml).",
                    "screen.progress_problem": "Votre progression n'est pas gard\u{e9}e\u{a0}: {cause}.",
                    "screen.too_small": "Veuillez agrandir cette fen\u{ea}tre. samepage a besoin d'au moins {needed}; elle fait {size} en ce moment. Votre progression et vos r\u{e9}ponses sont gard\u{e9}es.",
                    "session.check_in_status": "Bilan priv\u{e9} \u{b7} {number} sur {total}",
                    "session.private_named": "{name} \u{b7} en priv\u{e9}",
                    "session.private_yours": "En priv\u{e9}",
                    "session.question_status": "{section} \u{b7} Question {number} sur {total}",
                    "session.turn_named": "\u{c0} vous, {name}",
                    "session.turn_yours": "\u{c0} vous",
                    "session.welcome_back": "Bon retour",
                    "summary.gap_line": "Vos niveaux d'ouverture\u{a0}: {words}.",
                    "summary.list_last": "{first} et {last}",
                    "summary.list_separator": ",",
                    "summary.list_separator_strong": ";",
                    "summary.pattern_couple": "Quand la th\u{e9}rapie est abord\u{e9}e\u{a0}: {first}; {second}.",
                    "summary.pattern_solo": "Selon vous\u{a0}: {first}; {second}.",
                    "summary.pattern_solo_one": "Selon vous\u{a0}: {first}.",
                    "summary.readier": "{name} a plus envie de commencer la th\u{e9}rapie en ce moment.",
                    "summary.step_all_both": "Vous deux avez dit oui \u{e0} chaque \u{e9}tape, jusqu'\u{e0} \u{ab}\u{a0}{largest}\u{a0}\u{bb}.",
                    "summary.step_all_solo": "Vous avez dit oui \u{e0} chaque \u{e9}tape, jusqu'\u{e0} \u{ab}\u{a0}{largest}\u{a0}\u{bb}.",
                    "summary.step_alone_named": "{name} a aussi dit oui \u{e0}\u{a0}: {list}.",
                    "summary.step_alone_yours": "Vous avez aussi dit oui \u{e0}\u{a0}: {list}.",
                    "summary.step_largest_both": "La plus grande \u{e9}tape \u{e0} laquelle vous deux avez dit oui\u{a0}: {largest}. La suivante\u{a0}: {next}.",
                    "summary.step_largest_solo": "La plus grande \u{e9}tape \u{e0} laquelle vous avez dit oui\u{a0}: {largest}. La suivante\u{a0}: {next}.",
                    "summary.step_none_both": "Aucune \u{e9}tape vers la th\u{e9}rapie de couple n'a re\u{e7}u un oui de vous deux, et c'est correct. La plus petite\u{a0}: {next}.",
                    "summary.step_none_solo": "Vous n'avez dit oui \u{e0} aucune \u{e9}tape vers la th\u{e9}rapie de couple, et c'est correct. La plus petite\u{a0}: {next}.",
                    "summary.step_top_both": "La plus grande \u{e9}tape \u{e0} laquelle vous deux avez dit oui\u{a0}: {largest}.",
                    "summary.step_top_solo": "La plus grande \u{e9}tape \u{e0} laquelle vous avez dit oui\u{a0}: {largest}.",
                    "summary.strength_both_lean": "Vous deux avez plut\u{f4}t envie d'essayer la th\u{e9}rapie.",
                    "summary.strength_you_lean": "Vous avez plut\u{f4}t envie d'essayer la th\u{e9}rapie.",
                    "summary.theme_both": "p\u{e8}se pour vous deux",
                    "summary.theme_light": "p\u{e8}se peu pour les deux personnes",
                    "summary.theme_neither": "ne p\u{e8}se fortement pour aucune des deux personnes",
                    "summary.theme_none": "rien \u{e0} comparer ici",
                    "summary.theme_one": "p\u{e8}se pour {name}",
                    "summary.theme_one_not": "ne p\u{e8}se pas fortement pour {name}",
                    "summary.theme_you": "p\u{e8}se pour vous",
                    "summary.weighs_both": "Ce qui p\u{e8}se pour vous deux\u{a0}: {list}.",
                    "summary.weighs_named": "Ce qui p\u{e8}se pour {name}\u{a0}: {list}.",
                    "summary.weighs_none_couple": "Aucune inqui\u{e9}tude ne ressort pour l'une ou l'autre personne.",
                    "summary.weighs_none_solo": "Aucune inqui\u{e9}tude ne ressort de vos r\u{e9}ponses.",
                    "summary.weighs_you": "Ce qui p\u{e8}se pour vous\u{a0}: {list}.",
                    "support.call": "T\u{e9}l\u{e9}phone\u{a0}: {value}",
                    "support.chat": "Clavardage\u{a0}: {value}",
                    "support.closing": "Appuyez sur Entr\u{e9}e quand vous voulez continuer.",
                    "support.for": "Pour {audience}. {hours}.",
                    "support.for_report": "Pour {audience}; {hours}.",
                    "support.text": "Texto\u{a0}: {value}",
                    "support.tty": "ATS\u{a0}: {value}",
                    "terminal.charset": "samepage\u{a0}: le jeu de caract\u{e8}res de cette locale ({charset}) ne peut pas afficher ces mots; les \u{e9}crans utilisent donc UTF-8.",
                    "terminal.no_term": "le type de terminal (TERM) n'est pas d\u{e9}fini ou vaut \u{ab}\u{a0}dumb\u{a0}\u{bb}",
                    "terminal.no_tty": "aucun terminal n'a pu \u{ea}tre ouvert ({cause})",
                    "terminal.setup": "le terminal n'a pas pu \u{ea}tre pr\u{e9}par\u{e9}",
                    "terminal.unknown": "le type de terminal \u{ab}\u{a0}{term}\u{a0}\u{bb} n'est pas connu ici",
                    "together.header": "Ensemble",
                    "together.prompt": "Appuyez sur Entr\u{e9}e quand vous \u{ea}tes l\u{e0}, ensemble.",
                    "together.text": "{first} et {second}, installez-vous ensemble maintenant. Les r\u{e9}sultats sont pour vous deux\u{a0}: ils s'ouvrent seulement quand vous \u{ea}tes l\u{e0}, ensemble.",
                    "validate.stale": "avertissement\u{a0}: checkin.yaml\u{a0}: lignes d'aide v\u{e9}rifi\u{e9}es il y a plus d'un an, {stale} sur {total} (la plus ancienne, {oldest}, le {day}); v\u{e9}rifiez de nouveau leurs num\u{e9}ros sur la page de chaque service.",
                    "validate.valid": "{folder}\u{a0}: le contenu est valide ({questions} questions, {themes} th\u{e8}mes, {cards} cartes).",
                    "welcome.demo": "D\u{e9}mo avec des couples d'exemple",
                    "welcome.header": "Bienvenue",
                    "welcome.language": "Langue\u{a0}: {name}",
                    "welcome.language_name": "Fran\u{e7}ais",
                    "welcome.minutes.one": "Cela prend environ une minute par personne.",
                    "welcome.minutes.other": "Cela prend environ {count} minutes par personne.",
                    "welcome.question": "Comment voulez-vous commencer?",
                    "welcome.solo": "En solo",
                    "welcome.together": "Ensemble, en couple",
                    "why.alone": "Pour une personne qui r\u{e9}pond seule.",
                    "why.band_named": "{name} a une ouverture de {score}, ce qui correspond \u{e0} \u{ab}\u{a0}{band}\u{a0}\u{bb} ({range}).",
                    "why.band_yours": "Votre ouverture est de {score}, ce qui correspond \u{e0} \u{ab}\u{a0}{band}\u{a0}\u{bb} ({range}).",
                    "why.common": "Une question fr\u{e9}quente, montr\u{e9}e \u{e0} tout le monde.",
                    "why.each_of_you": "Carte montr\u{e9}e \u{e0} chaque personne.",
                    "why.every_couple": "Carte montr\u{e9}e \u{e0} tous les couples.",
                    "why.less_ready": "{name} a moins envie de commencer la th\u{e9}rapie en ce moment\u{a0}: ouverture de {own} contre {other}, un \u{e9}cart de {gap} ({wide} ou plus, avec le score le plus bas sous {middle}).",
                    "why.pace_both": "Les \u{e9}tapes au-del\u{e0} de \u{ab}\u{a0}{next}\u{a0}\u{bb}, et celles auxquelles l'une ou l'autre personne a dit non, sont laiss\u{e9}es de c\u{f4}t\u{e9} pour l'instant.",
                    "why.pace_yours": "Les \u{e9}tapes au-del\u{e0} de \u{ab}\u{a0}{next}\u{a0}\u{bb}, et celles auxquelles vous avez dit non, sont laiss\u{e9}es de c\u{f4}t\u{e9} pour l'instant.",
                    "why.pairing": "Rythme du couple\u{a0}: \u{ab}\u{a0}{label}\u{a0}\u{bb}. Ouverture\u{a0}: {scores}, un \u{e9}cart de {gap}; {rule}.",
                    "why.partner_stance": "Vous avez r\u{e9}pondu\u{a0}: {answer}.",
                    "why.quoted": "\u{ab}\u{a0}{text}\u{a0}\u{bb}",
                    "why.range_at_least": "{value} ou plus",
                    "why.range_at_most": "{value} ou moins",
                    "why.range_between": "{low} \u{e0} {high}",
                    "why.readier": "{name} a plus envie de commencer la th\u{e9}rapie en ce moment\u{a0}: ouverture de {own} contre {other}, un \u{e9}cart de {gap} ({wide} ou plus, avec le score le plus bas sous {middle}).",
                    "why.rule_any": "l'\u{e9}tiquette utilis\u{e9}e quand {labels} ne correspondent pas",
                    "why.rule_apart": "l'\u{e9}cart entre les scores d'ouverture est de {wide} ou plus",
                    "why.rule_both_not_now": "les deux scores d'ouverture sont de {not_now} ou moins",
                    "why.rule_both_ready": "les deux scores d'ouverture sont de {ready} ou plus",
                    "why.rule_close": "l'\u{e9}cart entre les scores d'ouverture est de {close} ou moins",
                    "why.score": "{name} {score}",
                    "why.side_raise_named": "{name} a tendance \u{e0} aborder la th\u{e9}rapie, d'apr\u{e8}s les r\u{e9}ponses des deux personnes (aborder le sujet\u{a0}: {score}; \u{e0} partir de {high}).",
                    "why.side_raise_yours": "Vous avez tendance \u{e0} aborder la th\u{e9}rapie, d'apr\u{e8}s vos r\u{e9}ponses (aborder le sujet\u{a0}: {score}; \u{e0} partir de {high}).",
                    "why.side_step_back_named": "{name} a tendance \u{e0} prendre du recul quand la th\u{e9}rapie est abord\u{e9}e, d'apr\u{e8}s les r\u{e9}ponses des deux personnes (prendre du recul\u{a0}: {score}; \u{e0} partir de {high}).",
                    "why.side_step_back_yours": "Vous avez tendance \u{e0} prendre du recul quand la th\u{e9}rapie est abord\u{e9}e, d'apr\u{e8}s vos r\u{e9}ponses (prendre du recul\u{a0}: {score}; \u{e0} partir de {high}).",
                    "why.theme_named": "Pour {name}, \u{ab}\u{a0}{theme}\u{a0}\u{bb} fait partie des principales inqui\u{e9}tudes (niveau {level}; compte \u{e0} partir de {high}).",
                    "why.theme_yours": "\u{ab}\u{a0}{theme}\u{a0}\u{bb} fait partie de vos principales inqui\u{e9}tudes (niveau {level}; compte \u{e0} partir de {high}).",
                ],
                language: "fr"
            ),
            identity: SamePageCore.ContentIdentity(
                id: "samepage-default",
                version: 4,
                fingerprint: "ad66c9cdebf5d246"
            )
        )
    }
}
