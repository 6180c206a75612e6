"""Deciding which quoted phrases may be terms, and of which kind.

The phrase's shape comes first: a numeral makes a numbered formula (unless the phrase is all
numerals, a date such as 七一), separators make a slogan (2+ clauses), anything else may be a
campaign name. A numbered formula is a term unless it is quoted speech; a campaign name or a
slogan is weighed on the evidence around it (``quoted_features``) by the fitted decision of
``quoted_decision``, once the whole document has been seen.

Unquoted numeral phrases (三个代表 or 三个月?) are decided in ``numeral_decision``.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, NamedTuple, Optional, Sequence

import regex

from slogans.engine.detect import Candidate
from slogans.text.numerals import FORMULA_NUMERAL, HAN_DIGIT_CLASS, NUMERAL_CLASS
from slogans.engine.quoted_features import DATE_OR_SERIAL as _DATE_OR_SERIAL, QuotedFeatures
from slogans.engine.quoted_lexicon import UnquotedLexiconGate
from slogans.text.segment import Segmenter, dictionary_tag, dictionary_words
from slogans.config.settings import section

_NUMERAL = regex.compile(f"[{NUMERAL_CLASS}]")
# a numeral that counts: not 百/千/万 alone, which are mostly parts of words (百姓, 千万, 万众)
_COUNTING_NUMERAL = regex.compile(f"[{NUMERAL_CLASS}]*[{HAN_DIGIT_CLASS}0-9０-９][{NUMERAL_CLASS}]*")
_ORDINAL = regex.compile(f"第[{NUMERAL_CLASS}]")
_HAN = regex.compile(r"\p{Han}")
_OPERATOR = regex.compile(r"[+＋]")
# terms are reported with half-width separators, whatever width the document used
_FOLD_SEPARATORS = str.maketrans({"，": ",", "；": ";", "：": ":", "＋": "+"})
# a numbered formula starts with its numeral (五个好, 两评一树); digits may stand anywhere (惠民66条)
_DIGITS = regex.compile(r"[0-9０-９]")
_DIGITS_ONLY = regex.compile(r"[0-9０-９]{2,8}")
# a quoted run of Han numerals alone is weighed as a name would be: a name (“双十”计划) or a date (“七一”前)
_NUMERALS_ONLY = regex.compile(f"[{HAN_DIGIT_CLASS}百千万]{{2,4}}")
_DEFINED = regex.compile(r"([^(（)）]{2,}?)\s*[(（][^(（)）]+[)）]")
#: The end of a line or a clause: a counted quotation that stands there is a heading (3个“坚决”\n).
_CLAUSE_END = regex.compile(r"[ \t\u3000]*(?:$|[\n,，。；;：:！!？?])")
#: The word a heading's numeral counts (四种“学”, 3个“坚决”): a few Han characters.
_COUNTED_WORD = regex.compile(r"\p{Han}{1,6}")
#: Characters after a counted quotation segmented to find the word that follows it.
_PREDICATE_LOOK_AHEAD = 4
_LIST_JOINER = regex.compile(r"\s*(?:[、,，]|和|及|与|以及)\s*")


#: What follows a quoted 一-phrase that opens a counted series: within the clause, another quotation counting two
#: (“一个中心”、落实“两项任务”…): the 一 counts there, as the first of the series.
_SERIES_NEXT = regex.compile(r"[^。；;！!？?\n]{0,6}?[“\"「‘][两二2２][个项条大种点支批]")


class Verdict(NamedTuple):
    """A decision on one candidate: its term (None = rejected), kind and the reason."""

    term: Optional[str]
    kind: Optional[str]
    reason: str


class QuotedClassifier:
    """Shapes quoted phrases and gathers their evidence, using the ``quoted``, ``campaign`` and ``decision`` settings."""

    def __init__(self, settings: dict[str, Any], segmenter: Segmenter):
        q = section(settings, "quoted")
        self.segmenter = segmenter
        self.clause_sep = regex.compile("[" + regex.escape(q["clause_separators"]) + "]")
        self.min_clause = int(q["min_clause_chars"])
        self.max_term = int(q["max_term_chars"])
        self.max_slogan = int(q["max_slogan_chars"])
        self.speech_before = regex.compile(q["speech_before"]) if q["speech_before"] else None
        self.speech_end = regex.compile(q["speech_end"]) if q["speech_end"] else None
        self.title_openers = tuple(q["title_openers"])
        self.dialect_chars = frozenset(q["dialect_chars"])
        self.features = QuotedFeatures(settings)
        d = section(settings, "decision")
        self.ordinary_lead_tags = frozenset(d["article_word_tags"])
        self.measure_tags = frozenset(d["measure_tags"])
        self.place_tags = frozenset(d["place_tags"])
        self.scoping_units = tuple(q["scoping_place_units"])
        self.counted_predicate_tags = frozenset(q["counted_predicate_tags"])
        epithets = "|".join(regex.escape(w) for w in q["epithet_words"]) or "(?!)"
        self._epithet_after = regex.compile(f"的?(?:{epithets})")
        self.place_min = int(d["place_min_chars"])
        n = section(settings, "numbered")
        self.article_numerals = frozenset(n["article_numerals"])
        articles = regex.escape("".join(self.article_numerals)) or "(?!)"
        classifiers = regex.escape(n["classifiers"])
        # a numeral that counts (not the article 一) and a classifier, right before an opening quote
        self._counted_before = regex.compile(f"(?<![{NUMERAL_CLASS}第])(?![{articles}])[{NUMERAL_CLASS}]{{1,2}}[{classifiers}]$")
        # one clause that is a formula's name of its own: numeral, classifier, head (两大工程, 6个破除)
        self._counted_clause = regex.compile(f"[{NUMERAL_CLASS}]{{1,3}}[{classifiers}]\\p{{Han}}{{1,6}}")
        #: whether a document names a lexicon campaign it mentions unquoted
        self.lexicon_gate = UnquotedLexiconGate(settings)
        # the same phrases are quoted again and again across a corpus: decide each shape once
        self.shape: Callable[[str], Verdict] = lru_cache(maxsize=65536)(self._shape)

    def clauses(self, body: str) -> list[str]:
        """The clauses of a phrase split at its separators (spaces dropped)."""
        return [p for p in ("".join(x.split()) for x in self.clause_sep.split(body)) if p]

    def _shape(self, body: str) -> Verdict:
        """What the phrase alone says: numbered, slogan, a campaign to be confirmed, or nothing."""
        compact = "".join(body.split()).translate(_FOLD_SEPARATORS)
        defined = _DEFINED.fullmatch(compact)
        if defined:  # “X（A、B、C）”: the parenthesis defines X, it is no clause of a slogan
            return self._shape(defined.group(1))
        if compact.startswith(self.title_openers):
            return Verdict(None, None, "a title or a subject (关于…)")
        if self.dialect_chars.intersection(compact):
            return Verdict(None, None, "written Cantonese: speech")
        han = _HAN.findall(compact)
        if _DIGITS_ONLY.fullmatch(compact):
            return Verdict(compact, "numbered?", "digits only: needs evidence")  # “4433”思路, not “2”
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
        place = self._leading_place(compact)
        if place:  # “甲市十佳乙”: the place scopes the formula, which is named without it
            rest = self._shape(compact[len(place):])
            return rest._replace(reason=f"{rest.reason} (after the place {place})")
        non_numeral = [ch for ch in han if not _NUMERAL.match(ch)] + _OPERATOR.findall(compact)
        if FORMULA_NUMERAL.match(compact) or _DIGITS.search(compact):
            if not non_numeral:
                if _NUMERALS_ONLY.fullmatch(compact):  # “双十”计划, “九五九”理念 — or a date, “七一”前
                    return Verdict(compact, "numbered?", "numerals only: needs evidence")
                return Verdict(None, None, "only numerals")
            if compact.endswith(self.features.award_words) or compact.startswith(self.features.award_prefixes):
                # award evidence first: “十大标兵”, “十佳村医” are honours
                return Verdict(None, None, "an honour title with a numeral")
            if _DATE_OR_SERIAL.search(compact):
                return Verdict(None, None, "a date or a serial number")
            if self._article_led(compact):  # 一 counts nothing here: weighed as any quoted phrase (“一切向钱看”)
                return Verdict(compact, "campaign", f"needs evidence: {self._article_led(compact)}")
            if self.lone_article(compact):  # “一中传奇”, “一根参”: a formula counts more than one thing
                return Verdict(compact, "numbered?", "one 一 and no other numeral: needs evidence")
            return Verdict(compact, "numbered", "quoted with a numeral")
        return Verdict(compact, "campaign", "needs evidence")

    def _leading_place(self, compact: str) -> str:
        """The place name that opens a phrase right before a numeral that counts (岳阳市 of 岳阳市十佳乙), else "": the
        dictionary's first word, tagged a place (``decision.place_tags``) and ending in a unit (``quoted.scoping_place_units``)."""
        if not any(compact.endswith(self.scoping_units, 0, i) and FORMULA_NUMERAL.match(compact, i)
                   for i in range(max(self.place_min, 1), len(compact))):
            return ""  # no unit right before a numeral: no first word can be such a place (spares the cut)
        first = dictionary_words(compact)[0]
        if (len(first) < self.place_min or len(first) == len(compact) or dictionary_tag(first) not in self.place_tags
                or not first.endswith(self.scoping_units)):
            return ""
        return first if FORMULA_NUMERAL.match(compact, len(first)) else ""

    def _article_led(self, compact: str) -> str:
        """Why a phrase led by 一 counts nothing, or "": its first word is an ordinary word (一切, 一定: a pronoun
        or an adverb), or 一 and a measure word open a description with 的 (一块坚硬的钢铁; a name: 一岗双责).
        Such a phrase is no numbered formula; it is weighed as a campaign name or nothing."""
        if not compact.startswith("一") or _NUMERAL.search(compact, 1):
            return ""
        first = dictionary_words(compact)[0]
        if len(first) > 1 and dictionary_tag(first) in self.ordinary_lead_tags:
            return f"led by the ordinary word {first}"
        if len(first) == 2 and dictionary_tag(first) in self.measure_tags and "的" in compact:
            return "一 and a measure word before a description"
        return ""

    def names_within(self, text: str, cand: Candidate, in_lexicon: Callable[[str], bool]) -> list[tuple[str, int, int]]:
        """The numbered formulae a quotation names other than as its own text, each with the span to count it
        by: a heading's counted word (3个“坚决” names 3个坚决, see ``counted_quote``), or the clauses of a
        quoted list of formulae (“两大工程、两个保障”: each clause numeral, classifier and head) that the
        lexicon does not know as one name (“一个中心、两个基本点”), none of its clauses led by the article 一."""
        counted = self.counted_quote(text, cand)
        if counted is not None:
            return [(counted[0], counted[1], cand.end)]
        clauses = self.clauses(cand.text)
        if len(clauses) < 2 or in_lexicon(cand.text) or not all(
                self._counted_clause.fullmatch(c) and c[0] not in self.article_numerals for c in clauses):
            return []  # 一个国家、两种制度: a clause led by the article 一 is a phrase of a sentence, no name
        out, at = [], cand.start
        for clause in clauses:
            at = text.find(clause, at, cand.end)
            out.append((clause, at, at + len(clause)))
            at += len(clause)
        return out

    def counted_quote(self, text: str, cand: Candidate) -> Optional[tuple[str, int]]:
        """The formula named by counting a quoted word (3个“坚决”, 四种“学”, its members in the lines after it;
        四个“迫切需要”深刻阐明…): a numeral and a classifier right before a short quoted word that ends its line or
        clause, or that a predicate follows (``quoted.counted_predicate_tags``: the numeral counts the word itself,
        not a noun after it as in 两项“瓶颈”工作). A word holding a numeral is a name of its own whose copies the
        numeral counts (三个“十条”, 三个“三年行动计划”; a lone leading 一 counts nothing: 4个“一起”).
        Returns the name (3个坚决) and where it starts, or None."""
        if not _COUNTED_WORD.fullmatch(cand.text) or (_NUMERAL.search(cand.text) and not self.lone_article(cand.text)):
            return None
        numeral = self._counted_before.search(text, max(0, cand.outer_start - 3), cand.outer_start)
        if numeral is None:
            return None  # looked for first: most quotations follow no numeral, and the predicate's test segments
        if not _CLAUSE_END.match(text, cand.outer_end) and not self._predicate_after(text, cand.outer_end):
            return None
        return numeral.group() + cand.text, numeral.start()

    def _predicate_after(self, text: str, at: int) -> bool:
        """Whether the word at ``at`` opens a predicate (a verb or an adverb by the dictionary's tag)."""
        words = dictionary_words(text[at:at + _PREDICATE_LOOK_AHEAD])
        return bool(words) and dictionary_tag(words[0]) in self.counted_predicate_tags

    def lone_article(self, compact: str) -> bool:
        """True for a phrase whose only numeral is a leading article (``numbered.article_numerals``: 一): it counts
        one thing, as a word of the language does (一起, 一中传奇, 一根参, 一条路走到黑), where a formula's numeral
        counts its members (两学一做, 一岗双责). Such a phrase is weighed on its evidence, its kind kept."""
        return compact[:1] in self.article_numerals and not _NUMERAL.search(compact, 1) and not _DIGITS.search(compact)

    def _one_counts(self, text: str, after: int) -> str:
        """Why the lone 一 of a quotation ending at ``after`` counts as a formula's numeral, or "": the phrase is
        spelled out right after it (“一个中心”,即…) or opens a counted series (“一条主线”、抓住“两个重点”)."""
        if self.features.spelled_out.match(text, after):
            return "one 一, spelled out right after it"
        return "one 一, the first of a counted series" if _SERIES_NEXT.match(text, after) else ""

    def _speech(self, left: str, body: str) -> bool:
        """A quotation of what someone said (他说：“三个月内完成”; “五个人也要把支部会开好。”)."""
        return bool((self.speech_before and self.speech_before.search(left)) or (self.speech_end and self.speech_end.search(body)))

    def classify_group(self, text: str, group: Sequence[Candidate]) -> list[tuple[Verdict, Optional[frozenset[str]]]]:
        """Shape a list of quoted phrases that stand together (“A”、“B”和“C”).

        For each: its verdict, and for a campaign name, a slogan or a number of digits alone
        (“4433”) still to be weighed, its features (None when the shape alone decides: a
        numbered formula, or no term at all); of the phrase's own features only those its
        dictionary cut does not tell (``QuotedFeatures.phrase_known``: ``PendingQuotes`` adds the rest).
        """
        shapes = [self.shape(c.text) for c in group]
        feats: Optional[list[frozenset[str]]] = None
        out: list[tuple[Verdict, Optional[frozenset[str]]]] = []
        left = text[max(0, group[0].outer_start - 6):group[0].outer_start]
        if self._epithet_after.match(text, group[-1].outer_end):  # 素有“鱼米之乡”之称: what a place is called
            return [(Verdict(None, None, "an epithet (…之称, …美誉)"), None) for _ in group]
        for i, (cand, shape) in enumerate(zip(group, shapes)):
            if shape.term is None:
                out.append((shape, None))
            elif shape.kind == "numbered":
                speech = len(group) == 1 and self._speech(left, cand.text)
                out.append((Verdict(None, None, "quoted speech") if speech else shape, None))
            elif shape.kind == "numbered?" and self.lone_article(shape.term) and (why := self._one_counts(text, cand.outer_end)):
                out.append((Verdict(shape.term, "numbered", why), None))
            elif shape.kind == "slogan" and len(group) == 1 and self.features.counts_its_clauses(text, cand, shape.term or ""):
                out.append((Verdict(None, None, "its clauses counted right after it: a formula's members"), None))
            else:
                if feats is None:
                    feats = self.features.group(text, group, [s.term or "" for s in shapes], known_only=True)
                out.append((shape._replace(kind=(shape.kind or "").rstrip("?")), feats[i]))
        return out


#: What may stand between the quoted parts of one name (“扫黄”、“打非”, “扫黄”“打非”).
_PARTS_JOINER = regex.compile(r"[、\s]*")


def quoted_in_parts(text: str, quoted: Sequence[Candidate], name_of: Callable[[str], Optional[str]]) -> list[tuple[str, int, int]]:
    """The names a writer quotes in two parts, one after the other (“扫黄”、“打非” for 扫黄打非): two quotations
    with at most 、 between them whose text run together ``name_of`` knows (the lexicon's campaign, else None).
    Each is (name, where its first part starts, where its second ends); the parts are no phrases of their own."""
    out: list[tuple[str, int, int]] = []
    i = 0
    while i + 1 < len(quoted):
        first, second = quoted[i], quoted[i + 1]
        name = name_of(first.text + second.text) if _PARTS_JOINER.fullmatch(text, first.outer_end, second.outer_start) else None
        if name is not None:
            out.append((name, first.start, second.end))
            i += 2
        else:
            i += 1
    return out


def group_quoted(text: str, quoted: Sequence[Candidate]) -> list[list[Candidate]]:
    """Quoted phrases joined only by 、 , 和 及 与 form one list."""
    groups: list[list[Candidate]] = []
    for cand in quoted:
        if groups and _LIST_JOINER.fullmatch(text[groups[-1][-1].outer_end:cand.outer_start]):
            groups[-1].append(cand)
        else:
            groups.append([cand])
    return groups
