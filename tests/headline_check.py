#!/usr/bin/env python3
# SPDX-License-Identifier: MIT
"""Check that the chronology's entry texts read as headlines.

Usage: tests/headline_check.py [--summary] EVENTS.json...

Each file is the output of `briefing --dump events`.  Every event with
"source": "extracted" is checked against rule 3 of issue 10: its text is
at most 12 words; starts with a capitalised word (not a numeral or a
sign) that is not a verb form or a relative pronoun; does not end on a
preposition, article or conjunction; never contains ";".  Each failing
entry is printed as

    FILE: DATE "TEXT": reason[; reason...]

and the exit status is 1 if any failed (2: a file could not be read).
--summary first prints "headlines: N of M entries fail".

"Not a verb" is a word list and two suffixes, as a reader would judge a
headline's first word: auxiliaries and irregular pasts ("was", "took",
"began"), third-person forms common in news copy ("says", "halts"), a
word in -s before an article or possessive ("Expires the..."), and any
word in -ed or -ing, unless it is a name.  A word is taken for a
name when it is part of one of the event's actors, stands capitalised
inside another entry's text of the same file (a name keeps its capital
there, a verb does not), is hyphenated ("Self-declared", "US-brokered":
compound adjectives), or is one of the few names below that English
news writes with those endings.
"""
import json
import signal
import sys

MAX_WORDS = 12

RELATIVE = {"who", "which", "that", "whose", "whom", "where"}

# what a headline does not end on
TRAILING = set("""a an the of to in on at by for with from into over after
before about against between during under than as and or but""".split())

# Verb forms a headline does not start with.  Not "may", "will", "can",
# "might", "rose", "met", "bid", "hung": surnames, names and nouns
# ("Theresa May", "Met Office", "Bid for membership") start headlines.
VERBS = set("""
am is are was were be been being has have had having do does did done
would shall should could must
says said tells told asks asked halts ends begins began begun becomes
became took taken takes gave given gives made makes came comes went gone
goes got gets saw seen sees held holds left leaves led leads sent sends
set sets put puts ran runs won wins lost loses fell falls broke broken
breaks brought brings bought buys built builds caught catches chose chosen
chooses drew drawn draws drove driven fought fights found finds flew flies
fled flees forgot froze grew grown grows hit hits kept keeps knew known
knows laid lays let lets meant means paid pays quit rode rang sold sells
sought seeks shot shoots shut sang sank sat slept spoke spoken speaks
spent spends split spread stood stands stole struck strikes swore swept
swam taught teaches tore thought thinks threw thrown throws understood
woke wore wrote written writes withdrew withdrawn withdraws overthrew
undertook forbade forgave beat beaten cut cuts risen showed shown
shows seized signs signed agrees agreed announces announced expires
""".split())

# After a third-person verb comes its object: "Halts a war".
DETERMINERS = set("a an the its his her their this that these those".split())

# Names English news writes with a verb's ending, and participles that
# commonly open a noun phrase ("Armed men stormed...").
NAMES = set("""beijing nanjing kunming boeing reading ealing stirling
sterling kipling harding pershing fielding irving browning ahmed mohammed
muhammed mehmed hamed khaled saeed rasheed waleed fareed javed naveed
majed sayed zayed fred ted ned jared alfred wilfred winifred mildred manfred
siegfried united armed""".split())

OPEN_QUOTES = "\"'\u201c\u2018\u00ab"
CLOSE_PUNCT = ".,;:!?\u2026\"'\u201d\u2019\u00bb)]"


def words(text):
    """The tokens of text that hold a letter or a digit."""
    return [w for w in text.split() if any(c.isalnum() for c in w)]


def capitalised_inside(texts):
    """Words that stand capitalised after the first word of a text."""
    out = set()
    for t in texts:
        for w in words(t)[1:]:
            w = w.strip(OPEN_QUOTES + CLOSE_PUNCT)
            if w[:1].isupper():
                out.add(w)
    return out


def is_name(word, actors, inside):
    low = word.lower()
    if "-" in word or low in NAMES or word in inside:
        return True
    return any(low in [w.lower() for w in a.split()] for a in actors)


# Words in -ing that no verb gives.
NOT_VERBS = set("""something anything nothing everything morning evening
during spring string thing king wing ring ceiling sibling""".split())


def is_verb(word, after):
    """word, followed by the word after (or ""), is a verb form."""
    low = word.lower()
    if low in VERBS:
        return True
    if low in NOT_VERBS:
        return False
    if low.endswith("s") and not low.endswith("ss") and \
            after.lower() in DETERMINERS:
        return True
    return (low.endswith("ed") and len(low) >= 5) or \
        (low.endswith("ing") and len(low) >= 6)


def check(text, actors=(), inside=frozenset()):
    """The reasons text is not a headline (empty: it is one)."""
    if not isinstance(text, str) or not text.strip():
        return ["no text"]
    why = []
    ws = words(text)
    if len(ws) > MAX_WORDS:
        why.append("%d words (at most %d)" % (len(ws), MAX_WORDS))
    if ";" in text:
        why.append('contains ";"')
    if not ws:
        return why + ["no word"]
    first = text.split()[0].lstrip(OPEN_QUOTES)
    head = first.strip(CLOSE_PUNCT)
    after = ws[1].strip(OPEN_QUOTES + CLOSE_PUNCT) if len(ws) > 1 else ""
    if not first[:1].isalpha():
        why.append('starts with "%s", not a capitalised word' % first)
    elif not first[0].isupper():
        why.append('starts with "%s", not capitalised' % head)
    elif head.lower() in RELATIVE:
        why.append('starts with the relative pronoun "%s"' % head)
    elif is_verb(head, after) and not is_name(head, actors, inside):
        why.append('starts with the verb form "%s"' % head)
    last = ws[-1].strip(CLOSE_PUNCT).lower()
    if last in TRAILING:
        why.append('ends on "%s"' % last)
    return why


def load(path):
    with open(path, encoding="utf-8") as f:
        events = json.load(f)
    if not isinstance(events, list):
        raise ValueError("not a JSON array of events")
    return [e for e in events if isinstance(e, dict)]


def main(argv):
    summary = False
    paths = []
    for a in argv:
        if a == "--summary":
            summary = True
        elif a.startswith("-") and a != "-":
            sys.stderr.write("headline_check: unknown option '%s'\n" % a)
            return 2
        else:
            paths.append(a)
    if not paths:
        sys.stderr.write(__doc__.split("\n\n")[1] + "\n")
        return 2
    lines, total, bad = [], 0, 0
    for path in paths:
        try:
            events = load(path)
        except (OSError, ValueError) as e:
            sys.stderr.write("headline_check: %s: %s\n" % (path, e))
            return 2
        texts = [e.get("text") for e in events
                 if isinstance(e.get("text"), str)]
        inside = capitalised_inside(texts)
        for e in events:
            if e.get("source") != "extracted":
                continue
            total += 1
            actors = [a for a in e.get("actors") or [] if isinstance(a, str)]
            why = check(e.get("text"), actors, inside)
            if why:
                bad += 1
                lines.append('%s: %s %s: %s' % (
                    path, e.get("date"),
                    json.dumps(e.get("text"), ensure_ascii=False),
                    "; ".join(why)))
    if summary:
        print("headlines: %d of %d entries fail" % (bad, total))
    for l in lines:
        print(l)
    return 1 if bad else 0


if __name__ == "__main__":
    # quietly, when what reads the list stops early (| head)
    signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    sys.exit(main(sys.argv[1:]))
