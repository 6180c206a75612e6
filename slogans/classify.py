"""Deciding which candidates are terms, and of which kind.

Quoted phrases: a numeral makes a numbered formula (unless the phrase is all numerals, a date
such as 七一), separators make a slogan (2+ clauses), anything else is a campaign name only
with positive evidence — a campaign noun after it (活动, 工程, 品牌 …), a campaign verb before
it (开展, 打造 …), a campaign suffix (精神, 之区 …), a coined two-character abbreviation that
no dictionary knows (创卫, 先优), or a quoted neighbour in the same list that has such evidence.
A phrase that is one common dictionary word (落地, 补课) is emphasis, not a name.

Unquoted numeral phrases (三个代表 or 三个月?) are decided by weighed evidence, all of it in
heads.yaml: the lexicon, the document's own quoted or defined terms, the head after the
classifier (a counting noun such as 月, 人, 方面 makes ordinary counting; a verb or adjective
such as 好, 带头, 强化 points to a formula), the segmenter's word boundaries (三个代表团 is
three delegations) and whether an expansion follows (即…, :一是…).
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any, Callable, Optional, Sequence

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


@dataclass(frozen=True)
class Verdict:
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

    def classify_group(self, text: str, group: Sequence[Candidate]) -> list[Verdict]:
        """Decide a list of quoted phrases that stand together (“A”、“B”和“C”)."""
        left = text[max(0, group[0].outer_start - 6):group[0].outer_start]
        right = text[group[-1].outer_end:group[-1].outer_end + 8]
        shapes = [self.shape(c.text) for c in group]
        votes: list[tuple[str, str]] = []
        for i, (cand, shape) in enumerate(zip(group, shapes)):
            if shape.kind != "campaign?":
                votes.append(("n/a", shape.reason))
                continue
            own_left = text[max(0, cand.outer_start - 6):cand.outer_start] if i == 0 else left
            own_right = text[cand.outer_end:cand.outer_end + 8]
            strength, reason = self.evidence(shape.term or "", own_left, own_right)
            if strength in ("none", "medium") and len(group) > 1:
                g_strength, g_reason = self.evidence(shape.term or "", left, right)
                if g_strength == "strong":
                    strength, reason = "strong", g_reason + " (of the list)"
            votes.append((strength, reason))
        group_ok = any(v[0] in ("strong", "medium") for v in votes)
        verdicts: list[Verdict] = []
        for shape, (strength, reason) in zip(shapes, votes):
            if shape.kind != "campaign?":
                verdicts.append(shape)
            elif strength in ("strong", "medium"):
                verdicts.append(Verdict(shape.term, "campaign", reason))
            elif strength == "none" and group_ok:
                verdicts.append(Verdict(shape.term, "campaign", "listed with a campaign name"))
            else:
                verdicts.append(Verdict(None, None, reason))
        return verdicts


def group_quoted(text: str, quoted: Sequence[Candidate]) -> list[list[Candidate]]:
    """Quoted phrases joined only by 、 , 和 及 与 form one list."""
    groups: list[list[Candidate]] = []
    for cand in quoted:
        if groups and _LIST_JOINER.fullmatch(text[groups[-1][-1].outer_end:cand.outer_start]):
            groups[-1].append(cand)
        else:
            groups.append([cand])
    return groups


_PUNCT = regex.compile(r"[。！？!?；;，,、：:\n“”\"'‘’「」『』（）()《》]")
_NO_EVIDENCE: Callable[[str], bool] = lambda _: False


class NumeralClassifier:
    """Decides unquoted numeral phrases: those of the numbered detect rules and lexicon hits.

    Each piece of evidence has a weight (``numbered.weights`` in heads.yaml); a candidate is a
    formula when they add up to ``numbered.threshold``. Segmentation runs only on the clause
    around a candidate, and only when its outcome can still change the decision.
    """

    def __init__(
        self, settings: dict[str, Any], segmenter: Segmenter,
        in_lexicon: Callable[[str], bool] = _NO_EVIDENCE,
    ):
        n = settings.get("numbered", {})
        self.segmenter = segmenter
        self.in_lexicon = in_lexicon
        self.user_words = frozenset(getattr(segmenter, "user_words", ()))
        self.counting_heads = tuple(sorted(set(n.get("counting_heads", [])), key=len, reverse=True))
        self.formula_heads = frozenset(n.get("formula_heads", []))
        self.formula_tags = frozenset(n.get("formula_tags", []))
        self.noun_tags = frozenset(n.get("noun_tags", []))
        self.article_numerals = frozenset(n.get("article_numerals", []))
        self.before = int(n.get("window_before", 10))
        self.after = int(n.get("window_after", 12))
        self.head_max = int(n.get("head_max_chars", 5))
        self.threshold = float(n.get("threshold", 2))
        self.weights: dict[str, float] = {k: float(v) for k, v in (n.get("weights") or {}).items()}
        self.rule_weights: dict[str, float] = {k: float(v) for k, v in (n.get("rule_weights") or {}).items()}
        self.default_rule_weight = float(n.get("default_rule_weight", 2))
        self.expansion = regex.compile(n.get("expansion_after", "(?!)"))
        classifiers = regex.escape(n.get("classifiers", "个"))
        self._prefix = regex.compile(f"([{NUMERAL_CLASS}]+)([{classifiers}]?)")
        self._head_words: dict[str, tuple[str, ...]] = {}
        for word in sorted(self.formula_heads | set(self.counting_heads), key=len, reverse=True):
            self._head_words[word[0]] = self._head_words.get(word[0], ()) + (word,)
        right_nouns = settings.get("campaign", {}).get("right_nouns", [])
        self._right_nouns = tuple(sorted(right_nouns, key=len, reverse=True))

    # -- pieces of evidence ----------------------------------------------------------------------
    def w(self, name: str) -> float:
        """The weight of one piece of evidence (0 when heads.yaml does not name it)."""
        return self.weights.get(name, 0.0)

    def window(self, text: str, start: int, end: int) -> tuple[int, int]:
        """The clause around [start, end): at most window_before/after characters, cut at punctuation."""
        lo = max(0, start - self.before)
        left = [m.end() for m in _PUNCT.finditer(text, lo, start)]
        lo = left[-1] if left else lo
        hi = min(len(text), end + self.after)
        right = _PUNCT.search(text, end, hi)
        return lo, right.start() if right else hi

    def cuts(self, text: str, start: int, end: int) -> Optional[frozenset[int]]:
        """Word boundaries (offsets into ``text``) in the clause around [start, end); None without a segmenter."""
        lo, hi = self.window(text, start, end)
        local = self.segmenter.boundaries(text[lo:hi])
        if local is None:
            return None
        return frozenset(lo + c for c in local) | {lo, hi}

    def counting_head(self, head: str) -> bool:
        """True if ``head`` is, or ends with, a counting head (月, 方面, 中心城市)."""
        return bool(head) and head.endswith(self.counting_heads)

    def listed_head_at(self, text: str, pos: int) -> Optional[str]:
        """The longest word of the head lists that starts at ``pos``."""
        for word in self._head_words.get(text[pos:pos + 1], ()):
            if text.startswith(word, pos):
                return word
        return None

    def _score(self, evidence: list[tuple[str, float]]) -> tuple[bool, str]:
        total = sum(w for _, w in evidence)
        detail = ", ".join(f"{name} {w:+g}" for name, w in evidence if w)
        return total >= self.threshold, f"{detail or 'no evidence'} = {total:g}"

    # -- lexicon hits ------------------------------------------------------------------------------
    def lexicon_hit_ok(self, text: str, start: int, end: int) -> bool:
        """Whether an unquoted lexicon name led by a numeral stands as a word here (not 三个代表团)."""
        if not _FORMULA_NUMERAL.match(text, start):
            return True
        evidence = [("lexicon", self.w("lexicon"))]
        if self._glued(text, start, end):
            evidence.append(("glued", self.w("glued")))
        return self._score(evidence)[0]

    def _glued(self, text: str, start: int, end: int) -> bool:
        cuts = self.cuts(text, start, end)
        if cuts is not None:
            return start not in cuts or end not in cuts
        prefix = self._prefix.match(text, start)
        head = self.listed_head_at(text, prefix.end()) if prefix else None
        return head is not None and prefix is not None and prefix.end() + len(head) > end and self.counting_head(head)

    # -- candidates of the detect rules --------------------------------------------------------
    def decide(self, text: str, cand: Candidate, known: Callable[[str], bool] = _NO_EVIDENCE) -> tuple[Verdict, int, int]:
        """Verdict and final span of an unquoted numeral candidate; ``known`` tells the document's own terms."""
        if cand.rule.boundary == "head":
            return self._decide_head(text, cand, known)
        start, end = cand.start, cand.end
        evidence: list[tuple[str, float]] = [(f"rule {cand.rule.id}", self.rule_weights.get(cand.rule.id, self.default_rule_weight))]
        if cand.rule.boundary == "segmenter":
            span = self._cut_compact(text, cand, evidence)
            if span is None:
                return Verdict(None, None, "not a formula once cut at a word boundary"), start, end
            start, end = span
        term = text[start:end]
        prefix = self._prefix.match(term)
        head = term[prefix.end():] if prefix else term
        evidence += self._common(text, term, head, end, known)
        ok, reason = self._score(evidence)
        return Verdict(term if ok else None, "numbered" if ok else None, reason), start, end

    def _common(self, text: str, term: str, head: str, end: int, known: Callable[[str], bool]) -> list[tuple[str, float]]:
        evidence: list[tuple[str, float]] = []
        if self.in_lexicon(term):
            evidence.append(("lexicon", self.w("lexicon")))
        elif known(term):
            evidence.append(("known in the document", self.w("known_in_document")))
        if self.expansion.match(text, end):
            evidence.append(("expansion follows", self.w("expansion_follows")))
        if self.counting_head(head) and not self.in_lexicon(term):
            evidence.append((f"counting head {head}", self.w("counting_head")))
        if "的" in head:
            evidence.append(("的 inside", self.w("phrase_with_de")))
        return evidence

    def _cut_compact(self, text: str, cand: Candidate, evidence: list[tuple[str, float]]) -> Optional[tuple[int, int]]:
        """A compact formula's span (两评一树活 → 两评一树), cut at a word boundary or, without one, before a campaign noun."""
        start = cand.start
        cuts = self.cuts(text, cand.start, cand.end)
        if cuts is None:
            end = cand.end
            for pos in range(start + 2, cand.end):
                if text.startswith(self._right_nouns, pos) and cand.rule.compiled.fullmatch(text[start:pos]):
                    end = pos
                    break
        else:
            if start not in cuts:
                evidence.append(("glued", self.w("glued")))
            ends = [c for c in cuts if start < c <= cand.end]
            if not ends:
                return None
            end = max(ends)
        term = text[start:end]
        if not cand.rule.compiled.fullmatch(term):
            return None
        if cuts is not None and not self.in_lexicon(term) and self._holds_idiom(term):
            evidence.append(("a dictionary idiom", self.w("dictionary_idiom")))
        return start, end

    def _holds_idiom(self, term: str) -> bool:
        """True if ``term`` is a dictionary word or holds one of four or more characters (一心一意为)."""
        if self.segmenter.word_frequency(term) > 0:
            return True
        return any(self.segmenter.word_frequency(term[i:j]) > 0 for i in range(len(term) - 3) for j in range(i + 4, len(term) + 1))

    def _decide_head(self, text: str, cand: Candidate, known: Callable[[str], bool]) -> tuple[Verdict, int, int]:
        """A numeral and classifier: find the head after them, then weigh the evidence."""
        start = cand.start
        prefix = self._prefix.match(text, start)
        if prefix is None or prefix.end() >= cand.end:
            return Verdict(None, None, "no head"), start, cand.end
        c = prefix.end()
        article = prefix.group(1) in self.article_numerals
        limit = min(cand.end, c + self.head_max)

        # first what is known without segmenting: the lexicon, the document's terms, an expansion, a listed head
        def lift(e: int) -> float:
            term = text[start:e]
            w = self.w("lexicon") if self.in_lexicon(term) else self.w("known_in_document") if known(term) else 0.0
            return w + (self.w("expansion_follows") if self.expansion.match(text, e) else 0.0)

        lifted = {e: lift(e) for e in range(c + 1, limit + 1)}
        lifted = {e: v for e, v in lifted.items() if v > 0}
        listed = self.listed_head_at(text, c)
        if listed is not None and listed not in self.formula_heads and not lifted:
            return Verdict(None, None, f"counting head {listed}"), start, c + len(listed)
        rule_w = self.rule_weights.get(cand.rule.id, self.default_rule_weight)
        can_gain = 0.0 if article else max(self.w("formula_head"), self.w("formula_tag"))
        if rule_w + max(lifted.values(), default=0.0) + can_gain < self.threshold:
            return Verdict(None, None, "cannot reach the threshold"), start, cand.end

        evidence: list[tuple[str, float]] = [(f"rule {cand.rule.id}", rule_w)]
        cuts = self.cuts(text, start, limit)
        if cuts is None:  # no segmenter: the listed head, or the end that the lexicon, the document or an expansion marks
            end = c + len(listed) if listed else min(lifted, default=0)
            if not end:
                return Verdict(None, None, "no listed head"), start, cand.end
        else:
            after = sorted(x for x in cuts if x > c)
            if not after or after[0] > c + self.head_max:
                return Verdict(None, None, "no head"), start, cand.end
            end = after[0]
            if listed in self.formula_heads and c + len(listed) > end and c + len(listed) in cuts:
                end = c + len(listed)  # a listed head that the segmenter splits (四个走在前列)
            if end not in lifted:  # a boundary further on that is marked (四项惠民工程,即)
                end = next((x for x in after if x in lifted), end)
            if start not in cuts:
                evidence.append(("glued at its start", self.w("glued")))
            elif min(x for x in cuts if x > start) > c and text[start:end] not in self.user_words:
                evidence.append(("one dictionary word with its numeral", self.w("dictionary_idiom")))
        term, head = text[start:end], text[c:end]
        if not _HAN.match(head):
            return Verdict(None, None, "no head"), start, end
        evidence += self._common(text, term, head, end, known)
        if not article and not self.counting_head(head):
            tag = None if head in self.formula_heads else self.segmenter.tag(head)
            if head in self.formula_heads:
                evidence.append((f"formula head {head}", self.w("formula_head")))
            elif tag in self.formula_tags:
                evidence.append((f"head {head} tagged {tag}", self.w("formula_tag")))
            following = min((x for x in cuts if x > end), default=end) if cuts is not None else end
            if following > end and self.segmenter.tag(text[end:following]) in self.noun_tags:
                evidence.append((f"modifies the noun {text[end:following]}", self.w("modifies_noun")))
        ok, reason = self._score(evidence)
        return Verdict(term if ok else None, "numbered" if ok else None, reason), start, end
