"""The evidence a reader weighs to tell a quoted name from a quoted word, as named features.

Each quoted phrase whose shape could be a campaign name or a slogan gets a set of binary
features: words around it (a campaign noun after it or after its list, a campaign verb before
it, 作为 …), its list (“A”、“B”、“C”等…), its shape (length, a campaign head at its end, a place
name, digits, the dictionary's verdict on it) and the evidence against (quoted speech, a
pronoun or question word, an idiom, a title, an award). ``quoted_decision`` weighs them with
fitted weights. The word lists and window sizes are the ``campaign`` and ``decision`` settings.

Features depend only on the text within ``decision.window`` characters of the phrase, so a
document read in pieces gets the same features as one read whole.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any, Callable, Optional, Sequence

import regex

from slogans.engine.detect import Candidate
from slogans.text.numerals import NUMERAL_CLASS, parse_number
from slogans.text.segment import dictionary_frequency, dictionary_tag, dictionary_words
from slogans.config.settings import section

#: Every feature the decision knows, and how a reason names it.
FEATURES: dict[str, str] = {
    "noun_after": "campaign noun right after it",
    "noun_near": "campaign noun after it or its list",
    "verb_before": "campaign verb right before it",
    "verb_near": "campaign verb earlier in the clause",
    "named_as": "named as such (作为, 称为, 以…为)",
    "demonstrative_after": "这个/这一 after it",
    "head_suffix": "ends in a campaign head",
    "in_list": "one of a list of quoted names",
    "list_etc": "a list closed by 等",
    "counted_list": "it or its list counted right after (“A”、“B”三大工程)",
    "neighbour_named": "a neighbour in its list ends in a campaign head",
    "repeated": "quoted more than once in the document",
    "place_name": "holds a place name",
    "coined": "a word no dictionary knows",
    "digits": "holds digits",
    "numeral_inside": "a short phrase counting inside (约法三章, 用权十要)",
    "two_chars": "two characters",
    "four_chars": "four characters",
    "long": "longer than a name",
    "clauses": "two or more clauses",
    "dictionary_word": "one common dictionary word",
    "dictionary_verb": "one common dictionary verb or adjective",
    "function_word": "a short phrase with a function word (不, 没, 的 …)",
    "modifier_led": "led by a one-character adjective (大, 小, 好 …)",
    "idiom": "an idiom or set phrase",
    "speech": "quoted speech",
    "speech_words": "a pronoun or question word",
    "title": "a title (《》, 题为)",
    "award": "an award or honour title",
    "de_inside": "的 inside it",
    "procedure": "a voting or procedure word around it (表决, 弃权 …)",
    "figurative": "a figure of speech (像, 好比, 把…作为 …)",
    "person": "names a person (…者, …卫士)",
    "requirement": "a quoted requirement or saying (…的要求, …的论断)",
    "pronoun_campaign": "a 我为…/我与… campaign shape",
    "neighbour_award": "a neighbour in its list is an honour title",
    "institution": "names an institution or a business (…中心, …公司)",
    "parallel": "clauses of one length (a parallel slogan)",
    "metre": "two to five clauses of one slogan's length (支部引领、党员带头、群众参与)",
    "uneven": "clauses of very different lengths (a sentence)",
    "spelled_out": "spelled out right after it (即…, :一是…)",
    "event": "names an event, a contest or a cup (…杯, …大赛, …讲座)",
    "series": "one of a series the document quotes (“小板凳”、“小铃铛”、“小拐杖”)",
    "place_goal": "a goal set for a place (平安苏州, 工业强县, 科技兴市)",
}
#: Evidence for a name (+1) or against it (-1); shape features (0) may weigh either way. Training
#: drops a feature whose fitted weight goes against its direction (see ``slogans.evaluation.train``).
DIRECTION: dict[str, int] = {
    "noun_after": 1, "noun_near": 1, "verb_before": 1, "verb_near": 1, "named_as": 1, "demonstrative_after": 1,
    "head_suffix": 1, "in_list": 1, "list_etc": 1, "counted_list": 1, "neighbour_named": 1, "repeated": 1,
    "place_name": 1, "coined": 1, "digits": 0, "numeral_inside": 1, "two_chars": 0, "four_chars": 0, "long": 0, "clauses": 0,
    "dictionary_word": -1, "dictionary_verb": -1, "function_word": -1, "modifier_led": -1, "idiom": -1, "speech": -1,
    "speech_words": -1, "title": -1, "award": -1, "de_inside": -1,
    "procedure": -1, "figurative": -1, "person": -1, "requirement": -1, "pronoun_campaign": 1,
    "neighbour_award": -1, "institution": -1, "parallel": 1, "metre": 1, "uneven": -1, "spelled_out": 1, "event": -1, "series": 1, "place_goal": 1,
}

#: The longest place after a goal word (平安苏州, 美丽新农村): longer, the goal word opens a phrase of another kind
#: (创新才能强区).
PLACE_MAX_CHARS = 3

_SENTENCE_END = regex.compile(r"[。！？!?；;\n]")
_DIGIT = regex.compile(r"[0-9０-９]")
_HAN = regex.compile(r"\p{Han}")
#: A numeral that dates (十月初三, 5月4日), numbers one thing at the end (甲2号, 天问一号; not 一号工程) or names the
#: people born in a decade (70后, 90后), not a count.
DATE_OR_SERIAL = regex.compile(
    f"[{NUMERAL_CLASS}]{{1,3}}月(?:[初{NUMERAL_CLASS}]{{1,3}}[日号]?)?|初[{NUMERAL_CLASS}]{{1,2}}|[{NUMERAL_CLASS}]{{1,4}}号$|^[0-9０-９]{{2}}后$")
#: A Han numeral that counts (not 百/千/万 alone, mostly parts of words: 百姓, 千万) after a phrase's first character.
_NUMERAL_INSIDE = regex.compile(r"(?<=.)[一二两三四五六七八九十双]")


def word_alternation(words: Sequence[str]) -> str:
    """A regex alternation of ``words``, longest first (so a longer word wins), matching nothing when empty."""
    return "|".join(map(regex.escape, sorted(set(words), key=len, reverse=True))) or "(?!)"


def _head_in_word(body: str, heads: Sequence[str], words: Sequence[str], tags: frozenset[str]) -> bool:
    """Whether the campaign head ``body`` ends with (``heads``, longest first) is one character that ends a
    two-character dictionary word tagged one of ``tags`` (少年, 十年 of …美德少年): the word's, no campaign's head
    (作风提升年, 邻居节 end in the head alone)."""
    head = next((h for h in heads if body.endswith(h)), "")
    return len(head) == 1 and bool(words) and len(words[-1]) == 2 and dictionary_tag(words[-1]) in tags


class QuotedFeatures:
    """Computes the features of quoted phrases from the ``campaign`` and ``decision`` settings."""

    def __init__(self, settings: dict[str, Any]):
        c = section(settings, "campaign")
        d = section(settings, "decision")
        q = section(settings, "quoted")
        self.window = int(d["window"])
        self.list_window = int(d["list_window"])
        self.long_chars = int(d["long_chars"])
        self.common_min = int(c["common_word_frequency"])
        self.coined_max = int(c["coined_max_frequency"])
        gap = c["right_gap"]
        nouns = word_alternation(c["right_nouns"])
        self.noun_after = regex.compile(f"^(?:{gap})(?:{nouns})")
        self.noun_anywhere = regex.compile(nouns)
        verbs = word_alternation(c["left_verbs"])
        self.verb_before = regex.compile(f"(?:{verbs})(?:了|好)?$")
        self.verb_anywhere = regex.compile(verbs)
        self.suffixes = tuple(sorted(c["suffixes"], key=len, reverse=True))
        self.named_before = regex.compile(f"(?:{word_alternation(d['naming_before'])})$")
        self.demonstrative = regex.compile(f"^(?:{word_alternation(d['demonstratives'])})")
        self.speech_words = frozenset(d["speech_words"])
        self.speech_before = regex.compile(q["speech_before"]) if q["speech_before"] else None
        self.speech_end = regex.compile(q["speech_end"]) if q["speech_end"] else None
        self.title_before = regex.compile(f"(?:《|(?:{word_alternation(d['title_before'])})\\s*[:：]?)$")
        self.award_words = tuple(sorted(d["award_words"], key=len, reverse=True))
        self.award_prefixes = tuple(sorted(d["award_prefixes"], key=len, reverse=True))
        self.person_suffixes = tuple(sorted(d["person_suffixes"], key=len, reverse=True))
        self.institution_suffixes = tuple(sorted(d["institution_suffixes"], key=len, reverse=True))
        self.event_suffixes = tuple(sorted(d["event_suffixes"], key=len, reverse=True))
        self.uneven_spread = int(d["uneven_clause_spread"])
        self.metre_clauses = tuple(map(int, d["metre_clauses"]))
        self.metre_chars = tuple(map(int, d["metre_clause_chars"]))
        self.goal_words = tuple(sorted(d["goal_words"], key=len, reverse=True))
        self.goal_verbs = frozenset(d["goal_verbs"])
        self.place_units = tuple(sorted(d["place_units"], key=len, reverse=True))
        self.long_form_nouns = tuple(sorted(d["long_form_nouns"], key=len, reverse=True))
        self.article_word_tags = frozenset(d["article_word_tags"])
        self.pronoun_campaign = tuple(sorted(d["pronoun_campaign_starts"], key=len, reverse=True))
        self.procedure = regex.compile(word_alternation(d["procedure_words"]))
        # a simile word, maybe with a measure after it (像一颗“螺丝钉”)
        self.figurative_before = regex.compile(f"(?:{word_alternation(d['figurative_before'])})(?:[一两]\\p{{Han}})?$")
        self.figurative_object = regex.compile(
            f"(?:{word_alternation(d['figurative_object_markers'])})\\p{{Han}}.*(?:{word_alternation(d['figurative_object_verbs'])})$")
        self.requirement_after = regex.compile(f"^(?:{word_alternation(d['requirement_after'])})")
        self.speech_verb_before = regex.compile(f"(?:{word_alternation(d['speech_verbs'])})\\s*[,，:：]\\s*$")
        self.place_min_chars = int(d["place_min_chars"])
        self.award_before = regex.compile(f"(?:{word_alternation(d['award_before'])})$")
        self.award_after = regex.compile(f"^(?:{word_alternation(d['award_after'])})")
        self.function_chars = frozenset(c["function_chars"])
        self.modifier_tags = frozenset(d["modifier_tags"])
        self.verb_tags = frozenset(d["verb_tags"])
        self.idiom_tags = frozenset(d["idiom_tags"])
        self.head_word_tags = frozenset(d["head_word_tags"])
        self.place_tags = frozenset(d["place_tags"])
        counters = regex.escape(d["list_counters"])
        self.counted = regex.compile(f"^\\s*[{NUMERAL_CLASS}]{{1,2}}[{counters}]")
        # a numeral (maybe after 的) that counts the clauses of the quotation before it: “A、B、C”的三大工程
        self.counting = regex.compile(f"^\\s*的?([{NUMERAL_CLASS}]{{1,2}})[{counters}]")
        self.clause_sep = regex.compile("[" + regex.escape(q["clause_separators"]) + "]")
        # what spells a formula out right after its name (即…, :一是…): the numeral decision's evidence too
        self.spelled_out = regex.compile(section(settings, "numbered")["expansion_after"])
        self.phrase_known = lru_cache(maxsize=65536)(self._phrase_known)
        self.phrase = lru_cache(maxsize=65536)(self._phrase)

    # -- what the phrase alone says ---------------------------------------------------------------
    def _phrase(self, body: str) -> frozenset[str]:
        """The features of the phrase itself (cached: the same phrases recur across a corpus)."""
        known, unsure = self.phrase_known(body)
        return known | self._from_words(body, [c for c in self.clause_sep.split(body) if c]) if unsure else known

    def _phrase_known(self, body: str) -> tuple[frozenset[str], frozenset[str]]:
        """The features of the phrase that need no dictionary cut of it, and those of the rest that may be on
        (``unsure``; none when the cut was needed here, the features then all known). The phrase's features are
        the known ones and those of ``_from_words``, which are always among the unsure."""
        on: set[str] = set()
        clauses = [c for c in self.clause_sep.split(body) if c]
        han = _HAN.findall(body)
        if len(clauses) >= 2:
            on.add("clauses")
            spread = max(map(len, clauses)) - min(map(len, clauses))
            if spread == 0:
                on.add("parallel")  # 不忘初心、牢记使命: the clauses of a slogan match
                if self._in_metre(len(clauses), len(clauses[0])):
                    on.add("metre")
            elif spread >= self.uneven_spread:
                on.add("uneven")  # a sentence quoted: its clauses run as speech does
        elif len(body) > self.long_chars:
            on.add("long")
        if len(han) == 2 and len(body) == 2:
            on.add("two_chars")
        elif len(han) == 4 and len(body) == 4:
            on.add("four_chars")
        if _DIGIT.search(body):
            on.add("digits")
        if body.endswith(self.award_words) or (body.startswith(self.award_prefixes) and len(body) > 3):
            on.add("award")
        if len(clauses) == 1 and len(body) > 2 and body.endswith(self.person_suffixes):
            on.add("person")  # a slogan's last clause may end in its object (…、关爱老人): no person's name
        if len(body) > 2 and body.endswith(self.institution_suffixes):
            on.add("institution")
        if len(body) > 2 and body.endswith(self.event_suffixes):
            on.add("event")  # a cup, a contest, an exhibition: held once, not a campaign run
        if "的" in body:
            on.add("de_inside")
        if len(clauses) == 1 and self._place_goal(body):
            on.add("place_goal")
        if len(clauses) == 1 and body.startswith(self.pronoun_campaign):
            on.add("pronoun_campaign")  # 我为…: a campaign's name spoken by its volunteers, the 我 is no speaker
        if any(dictionary_tag(c) in self.idiom_tags for c in clauses):
            on.add("idiom")
        if len(body) <= 3 and set(body) & self.function_chars:
            on.add("function_word")
        unsure: set[str] = set()
        if len(clauses) == 1:
            freq = dictionary_frequency(body)
            if freq >= self.common_min:
                on.add("dictionary_verb" if dictionary_tag(body) in self.verb_tags else "dictionary_word")
            elif freq <= self.coined_max and len(body) == 2:
                on.add("coined")
            elif freq <= self.coined_max and len(body) <= 4:
                unsure.add("coined")  # when the dictionary cuts it in two or more words
        # a campaign head at its end, or a numeral inside a short phrase, is weighed by the words around it: cut now
        if (len(body) > 2 and body.endswith(self.suffixes)) or (
                len(clauses) == 1 and len(body) <= self.long_chars and _NUMERAL_INSIDE.search(body) and not DATE_OR_SERIAL.search(body)):
            return frozenset(on | self._from_words(body, clauses)), frozenset()
        if any(w in body for w in self.speech_words):
            unsure.add("speech_words")
        if len(body) >= self.place_min_chars:
            unsure.add("place_name")
        if clauses and dictionary_tag(clauses[0][0]) in self.modifier_tags:
            unsure.add("modifier_led")
        return frozenset(on), frozenset(unsure)

    def phrase_unsure(self, body: str) -> frozenset[str]:
        """The features of the phrase that only its dictionary cut tells, and that may be on (see ``phrase_known``)."""
        return self.phrase_known(body)[1]

    def _from_words(self, body: str, clauses: Sequence[str]) -> set[str]:
        """The features of the phrase that its dictionary words tell."""
        on: set[str] = set()
        words = [w for c in clauses for w in dictionary_words(c)]
        if len(body) > 2 and body.endswith(self.suffixes) and not _head_in_word(body, self.suffixes, words, self.head_word_tags):
            on.add("head_suffix")
        own_words = words
        if len(clauses) == 1 and body.startswith(self.pronoun_campaign):
            own_words = words[1:] if words and len(words[0]) == 1 else words  # 我为…: the 我 is no speaker
        if any(w in self.speech_words for w in own_words):
            on.add("speech_words")
        if any(len(w) >= self.place_min_chars and dictionary_tag(w) in self.place_tags for w in words):
            on.add("place_name")
        if len(words) > 1 and len(words[0]) == 1 and dictionary_tag(words[0]) in self.modifier_tags:
            on.add("modifier_led")
        if len(clauses) == 1 and len(body) <= self.long_chars and self._counts_inside(body, words):
            on.add("numeral_inside")  # a coinage that counts (用权十要, 慈善一日捐): numbered names are coined so
        if len(clauses) == 1 and len(words) > 1 and 2 < len(body) <= 4:
            freq = dictionary_frequency(body)
            if self.common_min > freq and freq <= self.coined_max:
                on.add("coined")
        return on

    def _place_goal(self, body: str) -> bool:
        """Whether a phrase sets a goal for a place: a goal word before a place name or a word ending in a place
        unit of at most ``PLACE_MAX_CHARS`` (平安苏州, 和谐社区), or four characters: a sector, 强/兴/立 and a unit (工业强县)."""
        if len(body) == 4 and body[2] in self.goal_verbs and body[3:] in self.place_units:
            return True
        if not body.startswith(self.goal_words):
            return False
        place = body[next(len(w) for w in self.goal_words if body.startswith(w)):]
        return 0 < len(place) <= PLACE_MAX_CHARS and (place.endswith(self.place_units) or dictionary_tag(place) in self.place_tags)

    def _in_metre(self, clauses: int, chars: int) -> bool:
        """Whether ``clauses`` clauses of ``chars`` characters each have a slogan's metre (``decision.metre_*``)."""
        return self.metre_clauses[0] <= clauses <= self.metre_clauses[1] and self.metre_chars[0] <= chars <= self.metre_chars[1]

    def _counts_inside(self, body: str, words: Sequence[str]) -> bool:
        """Whether a numeral after the phrase's first character counts: not in a pronoun or an adverb (怀疑一切, 一定),
        nor right after a one-character one (这十年, 那五年: a span of the sentence), nor a date or a serial number
        (腊月初八, 天问一号)."""
        if not _NUMERAL_INSIDE.search(body) or DATE_OR_SERIAL.search(body):
            return False
        at, before = 0, ""
        for w in words:
            after_pronoun = len(before) == 1 and dictionary_tag(before) in self.article_word_tags
            if (_NUMERAL_INSIDE.search(body, max(at, 1), at + len(w)) and dictionary_tag(w) not in self.article_word_tags
                    and not after_pronoun):
                return True
            at, before = at + len(w), w
        return False

    def long_form_of(self, body: str, name_of: Callable[[str], Optional[str]]) -> Optional[str]:
        """The campaign that ``body`` writes out in a long form (“健康中国建设”: 健康中国 and a campaign noun,
        ``decision.long_form_nouns``), as ``name_of`` (a lexicon's campaign, else None) knows it; else None."""
        noun = next((n for n in self.long_form_nouns if body.endswith(n) and len(body) > len(n)), None)
        return name_of(body[:-len(noun)]) if noun else None

    def names_a_programme(self, body: str) -> bool:
        """Whether a phrase is shaped as a programme's name: a campaign head at its end, and no verb
        taking an object before it (“名师计划”, “育苗计划”; not “实施一系列攻坚行动”)."""
        words = dictionary_words(body)
        verb_phrase = len(words) > 2 and dictionary_tag(words[0]) in self.verb_tags
        return "head_suffix" in self.phrase(body) and not verb_phrase

    # -- what its neighbourhood says ----------------------------------------------------------------
    def _clause_left(self, text: str, start: int) -> str:
        left = text[max(0, start - self.window):start]
        ends = list(_SENTENCE_END.finditer(left))
        return left[ends[-1].end():] if ends else left

    def _clause_right(self, text: str, end: int, width: int) -> str:
        right = text[end:end + width]
        stop = _SENTENCE_END.search(right)
        return right[:stop.start()] if stop else right

    def context(self, text: str, cand: Candidate, left_at: int) -> set[str]:
        """The features of the words around one quotation; ``left_at``: where its list starts."""
        on: set[str] = set()
        left = self._clause_left(text, left_at)
        right = self._clause_right(text, cand.outer_end, self.window)
        near_left = text[max(0, left_at - 8):left_at]
        if self.noun_after.search(right):
            on.add("noun_after")
        if self.verb_before.search(near_left):
            on.add("verb_before")
        elif self.verb_anywhere.search(left):
            on.add("verb_near")
        if self.named_before.search(near_left):
            on.add("named_as")
        if self.demonstrative.search(right):
            on.add("demonstrative_after")
        if (self.speech_before and self.speech_before.search(near_left)) or (
            self.speech_end and self.speech_end.search(cand.text)
        ) or self.speech_verb_before.search(near_left):
            on.add("speech")
        if self.procedure.search(left) or self.procedure.search(right):
            on.add("procedure")
        if self.figurative_before.search(near_left) or self.figurative_object.search(left):
            on.add("figurative")
        if self.requirement_after.search(right):
            on.add("requirement")
        if self.spelled_out.match(text, cand.outer_end):
            on.add("spelled_out")
        if self.title_before.search(near_left) or right.startswith("》"):
            on.add("title")
        if self.award_before.search(near_left) or self.award_after.search(right):
            on.add("award")
        return on

    def counts_its_clauses(self, text: str, cand: Candidate, body: str) -> bool:
        """Whether a numeral right after the quotation (maybe after 的) counts its clauses (“甲、乙、丙”三大任务): the
        quotation spells out the members of the formula the numeral names, the expansion of a term, no slogan."""
        counting = self.counting.match(self._clause_right(text, cand.outer_end, self.window))
        clauses = [c for c in self.clause_sep.split(body) if c]
        return counting is not None and len(clauses) > 1 and parse_number(counting.group(1)) == len(clauses)

    def group(self, text: str, group: Sequence[Candidate], bodies: Optional[Sequence[str]] = None,
              known_only: bool = False) -> list[frozenset[str]]:
        """The features of each phrase of a list of quotations that stand together (“A”、“B”和“C”);
        ``bodies``: the phrases as terms (without a parenthesised definition), default their text. With
        ``known_only``, of each phrase's own features only those of ``phrase_known``: the rest, ``phrase`` of
        its body, is added where the decision needs it (``quoted_decision``)."""
        bodies = [b or "".join(c.text.split()) for b, c in zip(bodies or [""] * len(group), group)]
        own_features = (lambda b: self.phrase_known(b)[0]) if known_only else self.phrase
        own = [own_features(b) if b else frozenset() for b in bodies]
        out: list[frozenset[str]] = []
        list_on: set[str] = set()
        if len(group) > 1:
            list_on.add("in_list")
            after = self._clause_right(text, group[-1].outer_end, self.list_window)
            if after.lstrip().startswith("等"):
                list_on.add("list_etc")
            if self.noun_anywhere.search(after):
                list_on.add("noun_near")
        right = self._clause_right(text, group[-1].outer_end, self.window)
        if self.counted.search(right):
            list_on.add("counted_list")
        for i, cand in enumerate(group):
            on = set(own[i]) | self.context(text, cand, group[0].outer_start) | list_on
            if len(group) == 1 and self.noun_anywhere.search(self._clause_right(text, cand.outer_end, self.window)):
                on.add("noun_near")
            if any("head_suffix" in own[j] for j in range(len(group)) if j != i):
                on.add("neighbour_named")
            if any("award" in own[j] for j in range(len(group)) if j != i):
                on.add("neighbour_award")
            out.append(frozenset(on))
        return out
