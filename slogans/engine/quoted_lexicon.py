"""Whether a document names a lexicon campaign it mentions unquoted, or only uses its words.

A lexicon name found without quotation marks is taken as the document's own use of the name only
with evidence: the document quotes it somewhere, a campaign noun follows it (创先争优活动), a verb that
runs a campaign stands right before it (开展创先争优), or it
mentions it often enough to be its subject (``decision.lexicon_min_mentions``; 0, as shipped, turns that off: the
guideline's campaign name is quoted, and mentions alone gave false names only). A mention in passing
(a national report listing past campaigns) is no named campaign. A short variant right after a
noun is part of a longer, different name (政法干警核心价值观教育实践活动 is no 教育实践活动 of another
campaign) and is no mention at all. Which lexicon kinds are weighed so is the ``decision`` setting
``lexicon_gated_kinds``; an entry's ``unquoted`` field overrides its kind: ``counts`` for a formula that
is a term wherever it stands (放管服: a compressed coinage no writer uses as plain words), ``named`` to weigh an entry of
another kind so. Entries whose ``match`` is not ``anywhere`` are decided elsewhere.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import Any

import regex

from slogans.config.lexicon import LexiconEntry, surface_key
from slogans.config.settings import section
from slogans.engine.quoted_features import word_alternation
from slogans.text.segment import dictionary_tag, dictionary_words

#: What one unquoted lexicon hit shows.
NAMED, MENTION, INSIDE = "named", "mention", "inside"
#: Characters before a hit segmented to find the word it follows.
_LOOK_BACK = 6


@dataclass
class LexiconMentions:
    """The unquoted hits of gated lexicon entries in one document: how many, and which are named."""

    counts: Counter = field(default_factory=Counter)
    named: set[str] = field(default_factory=set)

    def add(self, term: str, verdict: str) -> None:
        """Record one hit of ``term`` and what it shows (``NAMED``, ``MENTION`` or ``INSIDE``)."""
        if verdict == NAMED:
            self.named.add(term)
        if verdict != INSIDE:
            self.counts[term] += 1


class UnquotedLexiconGate:
    """Weighs unquoted hits of lexicon entries, from the ``campaign`` and ``decision`` settings."""

    def __init__(self, settings: dict[str, Any]):
        c = section(settings, "campaign")
        d = section(settings, "decision")
        self.kinds = frozenset(d["lexicon_gated_kinds"])
        self.min_mentions = int(d["lexicon_min_mentions"])
        self.longer_name_tags = frozenset(d["longer_name_tags"])
        self.noun_after = regex.compile(f"(?:{c['right_gap']})(?:{word_alternation(c['right_nouns'])})")
        self.verb_before = regex.compile(f"(?:{word_alternation(d['lexicon_naming_verbs'])})$")

    def gated(self, entry: LexiconEntry) -> bool:
        """Whether an entry's unquoted hits need evidence (its ``unquoted`` field, else its kind)."""
        if entry.match != "anywhere" or entry.unquoted == "counts":
            return False
        return entry.unquoted == "named" or entry.kind in self.kinds

    def weigh(self, text: str, start: int, end: int, entry: LexiconEntry) -> str:
        """What the hit at [start, end) of ``text`` shows: ``NAMED`` (a campaign noun follows, or a verb
        that runs a campaign comes right before), ``INSIDE`` (a variant right after a noun, part of a
        longer name) or a plain ``MENTION``."""
        if self.noun_after.match(text, end) or self.verb_before.search(text, max(0, start - _LOOK_BACK), start):
            return NAMED
        if surface_key(text[start:end]) != surface_key(entry.term) and self.longer_name_tags:
            before = dictionary_words(text[max(0, start - _LOOK_BACK):start])
            if before and dictionary_tag(before[-1]) in self.longer_name_tags:
                return INSIDE
        return MENTION

    def keeps(self, term: str, mentions: LexiconMentions) -> bool:
        """Whether the document names ``term`` (one of its gated entries found unquoted only)."""
        return term in mentions.named or 0 < self.min_mentions <= mentions.counts[term]
