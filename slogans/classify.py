"""Deciding which candidates are terms, and of which kind.

Quoted phrases: a numeral makes a numbered formula (unless the phrase is all numerals, a date
such as 七一), separators make a slogan (2+ clauses), anything else is a campaign name only
with positive evidence — a campaign noun after it (活动, 工程, 品牌 …), a campaign verb before
it (开展, 打造 …), a campaign suffix (精神, 之区 …), a coined two-character abbreviation that
no dictionary knows (创卫, 先优), or a quoted neighbour in the same list that has such evidence.
A phrase that is one common dictionary word (落地, 补课) is emphasis, not a name.

Unquoted numeral phrases (三个代表 or 三个月?) are decided in ``numeral_decision``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, NamedTuple, Optional, Sequence

import regex

from slogans.detect import Candidate
from slogans.numerals import NUMERAL_CLASS
from slogans.segment import Segmenter

_NUMERAL = regex.compile(f"[{NUMERAL_CLASS}]")
# a numeral that counts: not 百/千/万 alone, which are mostly parts of words (百姓, 千万, 万众)
_COUNTING_NUMERAL = regex.compile(f"[{NUMERAL_CLASS}]*[〇零一二两兩三四五六七八九十双雙0-9０-９][{NUMERAL_CLASS}]*")
_ORDINAL = regex.compile(f"第[{NUMERAL_CLASS}]")
_HAN = regex.compile(r"\p{Han}")
_OPERATOR = regex.compile(r"[+＋]")
# terms are reported with half-width separators, whatever width the document used
_FOLD_SEPARATORS = str.maketrans({"，": ",", "；": ";", "：": ":", "＋": "+"})
# a numbered formula starts with its numeral (五个好, 两评一树); digits may stand anywhere (惠民66条)
_FORMULA_NUMERAL = regex.compile(f"[{NUMERAL_CLASS}]*[〇零一二两兩三四五六七八九十双雙]")
_DIGITS = regex.compile(r"[0-9０-９]")
_LIST_JOINER = regex.compile(r"\s*(?:[、,，]|和|及|与|以及)\s*")


class Verdict(NamedTuple):
    """A decision on one candidate: its term (None = rejected), kind and the reason."""

    term: Optional[str]
    kind: Optional[str]
    reason: str


class QuotedClassifier:
    """Decides quoted phrases, using the ``quoted`` and ``campaign`` settings."""

    def __init__(self, settings: dict[str, Any], segmenter: Segmenter):
        q = settings.get("quoted", {})
        c = settings.get("campaign", {})
        self.segmenter = segmenter
        self.clause_sep = regex.compile("[" + regex.escape(q.get("clause_separators", "、,，;；")) + "]")
        self.min_clause = int(q.get("min_clause_chars", 2))
        self.max_term = int(q.get("max_term_chars", 30))
        self.max_slogan = int(q.get("max_slogan_chars", 120))
        self.speech_before = regex.compile(q["speech_before"]) if q.get("speech_before") else None
        self.speech_end = regex.compile(q["speech_end"]) if q.get("speech_end") else None
        nouns = sorted(c.get("right_nouns", []), key=len, reverse=True)
        gap = c.get("right_gap", "")
        self.right_noun = regex.compile(f"^(?:{gap})(?:{'|'.join(map(regex.escape, nouns))})") if nouns else None
        verbs = sorted(c.get("left_verbs", []), key=len, reverse=True)
        self.left_verb = regex.compile(f"(?:{'|'.join(map(regex.escape, verbs))})(?:了|好)?$") if verbs else None
        self.suffixes = tuple(sorted(c.get("suffixes", []), key=len, reverse=True))
        self.function_chars = set(c.get("function_chars", ""))
        self.coined_max = int(c.get("coined_max_frequency", 9))
        self.common_min = int(c.get("common_word_frequency", 10))
        # the same phrases are quoted again and again across a corpus: decide each shape once
        self.shape: Callable[[str], Verdict] = lru_cache(maxsize=65536)(self._shape)

    def clauses(self, body: str) -> list[str]:
        """The clauses of a phrase split at its separators (spaces dropped)."""
        return [p for p in ("".join(x.split()) for x in self.clause_sep.split(body)) if p]

    def _shape(self, body: str) -> Verdict:
        """What the phrase alone says: numbered, slogan, a campaign to be confirmed, or nothing."""
        compact = "".join(body.split()).translate(_FOLD_SEPARATORS)
        han = _HAN.findall(compact)
        if len(compact) < 2 or not (han or _OPERATOR.search(compact)):
            return Verdict(None, None, "too short, or no Han character")
        clauses = self.clauses(compact)
        if len(clauses) >= 2:
            if len(compact) > self.max_slogan:
                return Verdict(None, None, "too long for a slogan")
            if any(len(_HAN.findall(c)) < self.min_clause for c in clauses):
                return Verdict(None, None, "a clause too short for a slogan")
            if all(_COUNTING_NUMERAL.search(c) and not _ORDINAL.search(c) for c in clauses):
                return Verdict(compact, "numbered", "clauses each with a numeral")
            return Verdict(compact, "slogan", "two or more clauses")
        if len(compact) > self.max_term:
            return Verdict(None, None, "too long for a name")
        non_numeral = [ch for ch in han if not _NUMERAL.match(ch)] + _OPERATOR.findall(compact)
        if _FORMULA_NUMERAL.match(compact) or _DIGITS.search(compact):
            if not non_numeral:
                return Verdict(None, None, "only numerals (a date such as 七一)")
            return Verdict(compact, "numbered", "quoted with a numeral")
        return Verdict(compact, "campaign?", "needs evidence")

    def evidence(self, body: str, left: str, right: str) -> tuple[str, str]:
        """('strong'|'medium'|'none'|'against', reason) for a campaign reading of a quoted phrase."""
        if self.right_noun is not None and self.right_noun.search(right):
            return "strong", "campaign noun after it"
        if body.endswith(self.suffixes) and len(body) > 2:
            return "strong", "campaign suffix"
        freq = self.segmenter.word_frequency(body)
        if freq >= self.common_min:
            return "against", "a common dictionary word"
        if self.left_verb is not None and self.left_verb.search(left):
            return "medium", "campaign verb before it"
        if len(body) == 2 and freq <= self.coined_max and not (set(body) & self.function_chars):
            return "medium", "a coined abbreviation"
        return "none", "no evidence"

    def _speech(self, left: str, body: str) -> bool:
        """A quotation of what someone said (他说：“三个月内完成”; “五个人也要把支部会开好。”)."""
        return bool((self.speech_before and self.speech_before.search(left)) or (self.speech_end and self.speech_end.search(body)))

    def classify_group(self, text: str, group: Sequence[Candidate]) -> list[Verdict]:
        """Decide a list of quoted phrases that stand together (“A”、“B”和“C”)."""
        left = text[max(0, group[0].outer_start - 6):group[0].outer_start]
        if len(group) == 1:  # most quotations stand alone
            return [self._classify_alone(text, group[0], left)]
        shapes = [self.shape(c.text) for c in group]
        right = text[group[-1].outer_end:group[-1].outer_end + 8]
        votes: list[tuple[str, str]] = []
        for i, (cand, shape) in enumerate(zip(group, shapes)):
            if shape.kind != "campaign?":
                votes.append(("n/a", shape.reason))
                continue
            own_left = text[max(0, cand.outer_start - 6):cand.outer_start] if i == 0 else left
            own_right = text[cand.outer_end:cand.outer_end + 8]
            strength, reason = self.evidence(shape.term or "", own_left, own_right)
            if strength in ("none", "medium"):
                g_strength, g_reason = self.evidence(shape.term or "", left, right)
                if g_strength == "strong":
                    strength, reason = "strong", g_reason + " (of the list)"
            votes.append((strength, reason))
        group_ok = any(v[0] in ("strong", "medium") for v in votes)
        return [_decided(shape, strength, reason, group_ok) for shape, (strength, reason) in zip(shapes, votes)]

    def _classify_alone(self, text: str, cand: Candidate, left: str) -> Verdict:
        """``classify_group`` of a quotation that stands alone."""
        shape = self.shape(cand.text)
        if shape.term is None:
            return shape  # no term whatever the context (the speech test would change nothing)
        if self._speech(left, cand.text):
            return Verdict(None, None, "quoted speech")
        if shape.kind != "campaign?":
            return shape
        strength, reason = self.evidence(shape.term, left, text[cand.outer_end:cand.outer_end + 8])
        return _decided(shape, strength, reason, listed_with_campaign=False)


def _decided(shape: Verdict, strength: str, reason: str, listed_with_campaign: bool) -> Verdict:
    """The verdict on a quoted phrase of ``shape`` given the evidence for a campaign reading."""
    if shape.kind != "campaign?":
        return shape
    if strength in ("strong", "medium"):
        return Verdict(shape.term, "campaign", reason)
    if strength == "none" and listed_with_campaign:
        return Verdict(shape.term, "campaign", "listed with a campaign name")
    return Verdict(None, None, reason)


def group_quoted(text: str, quoted: Sequence[Candidate]) -> list[list[Candidate]]:
    """Quoted phrases joined only by 、 , 和 及 与 form one list."""
    groups: list[list[Candidate]] = []
    for cand in quoted:
        if groups and _LIST_JOINER.fullmatch(text[groups[-1][-1].outer_end:cand.outer_start]):
            groups[-1].append(cand)
        else:
            groups.append([cand])
    return groups
