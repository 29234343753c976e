#!/usr/bin/env python3
"""An independent reading of samepage's scoring and card ranking.

Written from content/README.md alone (and the content files), never from the
Swift sources, to check that the document and the program agree.

    python3 results.py CONTENT_DIR A.json [B.json]

prints, as JSON, the fields of `samepage compare A B --json` (two files) or of a
solo session's `--json` (one file) that the document defines.
"""
import json
import sys
from fractions import Fraction
from math import floor

import yaml

# Answer codes in a saved file: 1-5 a level, 0 "prefer not to say",
# 6 "does not apply" (set aside by a gate question).
PREFER_NOT, DOES_NOT_APPLY = 0, 6


def load(path):
    with open(path, encoding="utf-8") as f:
        return yaml.safe_load(f)


class Content:
    def __init__(self, folder):
        q = load(f"{folder}/questions.yaml")
        self.readiness = q["readiness"]["items"]
        self.pattern = (q.get("pattern") or {}).get("items", [])
        self.themes = q["themes"]
        self.steps = (q.get("steps") or {}).get("items", [])
        self.stances = list((q.get("solo_partner") or {}).get("choices", {}))
        self.solo_partner_id = (q.get("solo_partner") or {}).get("id")
        p = load(f"{folder}/pairing.yaml")
        self.t = p["thresholds"]
        self.labels = p["labels"]
        self.cards = load(f"{folder}/cards.yaml")["cards"]
        self.names = load(f"{folder}/interface.yaml")["names"]


def half_up(x):
    """Round a Fraction to a whole number, halves upward."""
    return floor(x + Fraction(1, 2))


def level_score(levels, minimum):
    """Mean of levels 1-5, scaled so 1 is 0 and 5 is 100; None if too few."""
    if len(levels) < minimum or not levels:
        return None
    return half_up((Fraction(sum(levels), len(levels)) - 1) * 25)


def scale_score(items, answers, minimum):
    """(score, missing reason) of a readiness or theme scale.

    The reason is only given when there is no score: kept-private when no
    item has a level and at least one is 'prefer not to say' (the rest set
    aside by the gate); not-applicable when every item was set aside; else
    too-few."""
    codes = [answers.get(i["id"], PREFER_NOT) for i in items]
    levels = [6 - c if i.get("reverse") else c
              for i, c in zip(items, codes) if 1 <= c <= 5]
    score = level_score(levels, minimum)
    if score is not None:
        return score, None
    if not levels and all(c == DOES_NOT_APPLY for c in codes):
        return None, "not-applicable"
    if not levels and PREFER_NOT in codes:
        return None, "kept-private"
    return None, "too-few"


def side_word(raise_, step_back, high):
    """A person's side of how therapy comes up, from their two side scores."""
    if raise_ is None or step_back is None:
        return None
    r, s = raise_ >= high, step_back >= high
    return {(True, False): "raises", (False, True): "steps-back",
            (True, True): "both", (False, False): "neither"}[(r, s)]


def pattern_of(a, b):
    """The pattern from two sides, in this order; None if either is unknown."""
    if a is None or b is None:
        return None
    if {a, b} == {"raises", "steps-back"}:
        return "one-raises-one-steps-back"
    if a == b == "steps-back":
        return "both-step-back"
    if a == b == "raises":
        return "both-raise"
    return "no-clear-pattern"


class Person:
    def __init__(self, c, data):
        self.name = data.get("name")
        self.answers = data.get("answers", {})
        t = c.t
        ma = t["min_answers"]
        self.readiness, why = scale_score(c.readiness, self.answers, ma["readiness"])
        self.missing = {"readiness": why} if why else {}
        self.themes = {}
        for th in c.themes:
            self.themes[th["id"]], why = scale_score(th["items"], self.answers, ma["theme"])
            if why:
                self.missing[th["id"]] = why
        r = self.readiness
        self.band = (None if r is None else "ready" if r >= t["ready"]
                     else "not-now" if r <= t["not_now"] else "open")
        # Top worries: at or above theme_high, highest first, ties in file order.
        high = [(-s, n, th["id"]) for n, th in enumerate(c.themes)
                if (s := self.themes[th["id"]]) is not None and s >= t["theme_high"]]
        self.top = [tid for _, _, tid in sorted(high)][: t["top_themes"]]
        stance = self.answers.get(c.solo_partner_id, PREFER_NOT)
        self.stance = c.stances[stance - 1] if 1 <= stance <= len(c.stances) else None
        # a step is a yes (agree, strongly agree) or a no (disagree, strongly
        # disagree); "not sure" and "prefer not to say" are neither
        self.yes = {s["id"]: self.answers.get(s["id"], 0) in (4, 5) for s in c.steps}
        self.no = {s["id"]: self.answers.get(s["id"], 0) in (1, 2) for s in c.steps}

    def levels(self, c, side, who):
        """This person's answered levels on pattern items of one side and `who`."""
        return [self.answers.get(i["id"], 0) for i in c.pattern
                if i["side"] == side and i["who"] == who
                and 1 <= self.answers.get(i["id"], 0) <= 5]


def name_people(c, people):
    """Names as the program shows them. Not in content/README.md: an empty name
    is the person's place (interface.yaml names.fallback_first, _second or
    _solo), a second person with the first one's name gets " (2)", and a name
    is cut to 40 characters (README.md)."""
    places = ["fallback_first", "fallback_second"] if len(people) == 2 else ["fallback_solo"]
    for p, place in zip(people, places):
        p.name = (p.name or "").strip()[:40] or c.names[place]
    if len(people) == 2 and people[0].name == people[1].name:
        people[1].name += " (2)"


def compute(c, people):
    t = c.t
    couple = len(people) == 2
    name_people(c, people)
    out = {"mode": "couple" if couple else "solo"}
    out["partners"] = [{"name": p.name, "readiness": p.readiness, "band": p.band,
                        "themes": p.themes, "topThemes": p.top, "missing": p.missing}
                       for p in people]

    # ---- the pair: gap, pairing, who feels readier, worries by direction
    pairing = readier = less = None
    gap = gap_size = None
    lean = False
    worries = {}
    if couple:
        a, b = people
        ra, rb = a.readiness, b.readiness
        # with a readiness score missing: no gap and no pairing label at all
        if ra is not None and rb is not None:
            gap = abs(ra - rb)
            gap_size = ("close" if gap <= t["close_gap"] else
                        "far" if gap >= t["far_gap"] else "apart")
            tests = {"both-ready": ra >= t["ready"] and rb >= t["ready"],
                     "both-not-now": ra <= t["not_now"] and rb <= t["not_now"],
                     "close": gap <= t["close_gap"],
                     "apart": gap >= t["wide_gap"], "any": True}
            pairing = next(l["id"] for l in c.labels if tests[l["when"]])
            lo, hi = sorted(people, key=lambda p: p.readiness)
            if (gap >= t["wide_gap"] and lo.readiness < t["middle"]
                    < hi.readiness):
                readier, less = hi, lo
            lean = ra > t["middle"] and rb > t["middle"]
        for th in c.themes:
            sa, sb = a.themes[th["id"]], b.themes[th["id"]]
            wa = sa is not None and sa >= t["theme_high"]
            wb = sb is not None and sb >= t["theme_high"]
            # "neither" only when both scores are there (the document leaves
            # the JSON value open when no one weighs it and a score is missing)
            worries[th["id"]] = ("both" if wa and wb else a.name if wa else
                                 b.name if wb else
                                 "neither" if sa is not None and sb is not None
                                 else None)
    out.update(gap=gap, gapSize=gap_size, pairing=pairing,
               readierNow=readier.name if readier else None,
               bothLeanToward=lean, worries=worries)
    # alone: null, except bothLeanToward (false) and worries (an empty object)

    # ---- how therapy comes up
    out["pattern"] = pattern_section(c, people) if c.pattern else None
    sides = [w["side"] for w in out["pattern"]["partners"]] if c.pattern else [None] * 2
    out["partnerStance"] = None if couple else people[0].stance

    # ---- the ladder
    shared = [s for s in c.steps if not s.get("alone")]
    out["ladder"] = [{"id": s["id"], "step": s["step"], "alone": bool(s.get("alone")),
                      "yes": [p.yes[s["id"]] for p in people]} for s in c.steps]
    top = -1  # index of the highest shared step every person said yes to
    for n, s in enumerate(shared):
        if all(p.yes[s["id"]] for p in people):
            top = n
    every = bool(shared) and all(p.yes[s["id"]] for s in shared for p in people)
    out["sharedStep"] = {
        "largest": shared[top]["step"] if top >= 0 else None,
        "next": shared[top + 1]["step"] if top + 1 < len(shared) and not every else None,
        "everyStep": every,
        "alone": [[s["step"] for s in c.steps if s.get("alone") and p.yes[s["id"]]]
                  for p in people]}

    alone = [s for s in c.steps if s.get("alone")]

    def within_pace(step_id, spoken_to):
        """A paced step is kept when (1) its place on its ladder is at most one
        above the highest step every counted person said yes to (everyone on
        the shared ladder, the people the card speaks to on the `alone` one),
        and (2) none of the people the card speaks to said no to it."""
        step = next(s for s in c.steps if s["id"] == step_id)
        ladder, who = (alone, spoken_to) if step.get("alone") else (shared, people)
        high = -1
        for n, s in enumerate(ladder):
            if all(p.yes[s["id"]] for p in who):
                high = n
        return ladder.index(step) <= high + 1 and not any(p.no[step_id] for p in spoken_to)

    # ---- which cards are chosen
    def holds(when, p):
        for key, want in (when or {}).items():
            wants = want if isinstance(want, list) else [want]
            if key == "pairing" and pairing not in wants:
                return False
            if key == "theme" and not set(wants) & set(p.top):
                return False
            if key == "readiness" and p.band not in wants:
                return False
            if key == "side":  # in a couple only
                # A side describes a person whose side in words is that side or
                # `both` (both side scores are needed for any side in words).
                word = {"raise": "raises", "step-back": "steps-back"}
                side = sides[people.index(p)]
                if not couple or not any(side in (word[w], "both") for w in wants):
                    return False
            if key == "stance" and (couple or p.stance not in wants):
                return False
        return True

    chosen = []  # (file index, card, people it speaks to, steps kept)
    for n, card in enumerate(c.cards):
        aud, when = card["for"], card.get("when")
        if aud == "couple":
            ok, who = couple and holds(when, None), []
        elif aud in ("readier", "less-ready"):
            p = readier if aud == "readier" else less
            ok, who = p is not None and holds(when, p), [p]
        elif aud == "partner":
            who = [p for p in people if holds(when, p)]
            ok = bool(who)
        elif aud == "solo":
            ok, who = not couple and holds(when, people[0]), people
        else:  # everyone
            ok, who = holds(when, None), []
        if not ok:
            continue
        # the people a card speaks to: its `for` people; everyone for a card
        # for the couple or for everyone
        spoken_to = who if aud in ("partner", "readier", "less-ready", "solo") else people
        if card.get("pace") and not within_pace(card["pace"], spoken_to):
            continue
        steps = [s if isinstance(s, str) else s["text"] for s in card["steps"]
                 if isinstance(s, str) or not s.get("pace")
                 or within_pace(s["pace"], spoken_to)]
        if steps:
            chosen.append((n, card, who, steps))

    # ---- ranking
    order = []

    def place(entry):
        if entry not in order:
            order.append(entry)

    def rule(card, key):
        return key in (card.get("when") or {})

    # 1. the pairing card (a couple), or the stance cards and first readiness card (alone)
    if couple:
        for e in chosen:
            if e[1]["for"] == "couple" and rule(e[1], "pairing"):
                place(e)
                break
    else:
        for e in chosen:
            if e[1]["for"] == "solo" and rule(e[1], "stance"):
                place(e)
        for e in chosen:
            if e[1]["for"] == "solo" and rule(e[1], "readiness"):
                place(e)
                break
    # 2. each person's top worry card: the theme card with their highest score
    #    (ties: file order); the two by those scores, higher first (ties: file order)
    tops = []
    for p in people:
        mine = [e for e in chosen if rule(e[1], "theme") and p in e[2]]
        if mine:
            best = max(mine, key=lambda e: (p.themes[e[1]["when"]["theme"]], -e[0]))
            tops.append((-p.themes[best[1]["when"]["theme"]], best[0], best))
    for *_, e in sorted(tops, key=lambda x: x[:2]):
        place(e)
    # 3. every pinned card, in file order
    for e in chosen:
        if e[1].get("pinned"):
            place(e)

    # 4. the rest by tier
    rest = [e for e in chosen if e not in order]

    def first_of(test):
        # "the first" card of a kind is the first chosen one in the file, even
        # when it was already placed above (then no other card takes its place)
        return next((e for e in chosen if test(e[1])), None)

    firsts = [first_of(lambda k: k["for"] == "readier"),
              first_of(lambda k: k["for"] == "less-ready")]
    first_side = [first_of(lambda k, s=s: k["for"] == "partner"
                           and (k.get("when") or {}).get("side") == s)
                  for s in ("raise", "step-back")]

    def tier(e):
        card = e[1]
        aud, when = card["for"], card.get("when") or {}
        if aud == "everyone":
            return 4
        if e in firsts:
            return 1
        if aud == "partner" and when and "side" not in when:
            return 1 if couple else 2  # a couple's (or alone, a person's) further worries
        if aud == "solo" and when:
            return 1
        if e in first_side:
            return 2
        return 3

    def theme_score(e):
        th = (e[1].get("when") or {}).get("theme")
        return max(p.themes[th] for p in e[2]) if th else None

    def key(e):
        s = theme_score(e)
        # cards without a theme, in file order, before cards with one, by score
        return (tier(e), s is not None, -(s or 0), e[0])

    order += sorted(rest, key=key)
    # The JSON's shownFirst says a card is among the first six (the guidance),
    # not that it is pinned.
    out["cards"] = [{"id": e[1]["id"], "shownFirst": n < 6,
                     "for": [p.name for p in e[2]], "steps": e[3]}
                    for n, e in enumerate(order)]
    return out


def pattern_section(c, people):
    """Side scores, sides, each person's view, and the couple's pattern."""
    t = c.t
    need, high = t["min_answers"]["side"], t["side_high"]
    couple = len(people) == 2
    rows = []
    for n, p in enumerate(people):
        # the person's own view: their `me` items, and their `partner` items
        view = {}
        for who, label in (("me", "selfScores"), ("partner", "partnerScores")):
            view[label] = {"raise": level_score(p.levels(c, "raise", who), need),
                           "stepBack": level_score(p.levels(c, "step-back", who), need)}
        view["self"] = side_word(*view["selfScores"].values(), high)
        view["partner"] = side_word(*view["partnerScores"].values(), high)
        view["pattern"] = pattern_of(view["self"], view["partner"])
        if couple:
            # pool: my own `me` items and my partner's `partner` items; a side
            # with no `me` level of my own has no score at all
            other = people[1 - n]
            scores = {}
            for side, key in (("raise", "raise"), ("step-back", "stepBack")):
                mine = p.levels(c, side, "me")
                scores[key] = level_score(mine + other.levels(c, side, "partner"), need) if mine else None
        else:
            scores = dict(view["selfScores"])  # alone, only the `me` items count
        rows.append({"name": p.name, "scores": scores,
                     "side": side_word(scores["raise"], scores["stepBack"], high),
                     "view": view})
    if couple:
        pat = pattern_of(rows[0]["side"], rows[1]["side"])
        raiser = None
        if pat == "one-raises-one-steps-back":
            raiser = next(r["name"] for r in rows if r["side"] == "raises")
    else:
        pat = rows[0]["view"]["pattern"]  # alone, the person's view is the pattern
        raiser = None
        if pat == "one-raises-one-steps-back":
            # The document does not say how the raiser is named alone (the
            # partner has no name); the program says "self" or "partner".
            raiser = "self" if rows[0]["view"]["self"] == "raises" else "partner"
    return {"partners": rows, "pattern": pat, "raiser": raiser}


def main(argv):
    if len(argv) not in (3, 4):
        sys.exit(__doc__)
    c = Content(argv[1])
    people = [Person(c, json.load(open(f, encoding="utf-8"))) for f in argv[2:]]
    json.dump(compute(c, people), sys.stdout, indent=1, sort_keys=True,
              ensure_ascii=False)
    print()


if __name__ == "__main__":
    main(sys.argv)
