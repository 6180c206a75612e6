"""The decision on unquoted numeral phrases: 三个代表 is a formula, 三个代表团 three delegations.

A classifier counts nouns, so a verb or an adjective after it (五个好, 五个带头, 六个强化) is a coined name, while a
counting noun (三个月, 五个人, 四个方面) is ordinary counting. The word after the phrase matters as much as the head:
两个维护人员 counts 人员, 两个务必在周五前提交 uses 务必 as an adverb, 四个意识到 uses 意识 as a verb. Every piece of
evidence has a weight (``numbered`` in heads.yaml), and a phrase is a formula when its weights reach the threshold:

- for: the lexicon or the document's own quoted or defined terms, a formula head (a listed word, or one the dictionary
  tags as a verb, adjective or adverb), the detect rule's own shape (两评一树), an expansion right after it (即…, :一是…);
- against: a counting head, a word that runs across its start or end (三个|代表团, 四个|意识形态, or head and next word
  one dictionary word, 代表队), a counted noun after it (人员, 朋友, or 的 and one: 十个明确的修改意见), a predicate
  after a verbal head (务必在, 确立下来), a locative after it (以上, 南边), 的 after it, a noun that an adjective head
  qualifies (两个重大问题), a dictionary idiom (一心一意), a 一A一B whose A and B make one dictionary word (一正一反);
- for: as many quoted names right before it as its numeral counts (“甲”、“乙”、“丙”三大工程), a list of its count right
  before it after 大/项 (甲、乙和丙等三大工程; a counting head its items end with is the name's: 甲基地、乙基地、丙基地
  三大基地) or right after it (三动战略(甲、乙、丙); a rule of ``listed_rules`` stands on that alone): ``numeral_lists``.

Segmentation runs only on the clause around a candidate, and only when its outcome can still
change the decision. With segmenter ``none`` the heads and counted nouns come from the lists alone.
"""
from __future__ import annotations

from typing import Any, Callable, Collection, Optional, Union

import regex

from slogans.engine.classify import Verdict
from slogans.engine.detect import Candidate
from slogans.engine.known_terms import KnownTerms
from slogans.engine.numeral_lists import BEFORE_LABELS, lists_around, shared_endings
from slogans.engine.numeral_reach import HeadReach
from slogans.engine.numeral_shapes import PUNCT as _PUNCT, holds_idiom, is_range, ordinary_opening
from slogans.engine.numeral_shapes import reduplicated, run_on_head, slots_make_a_word
from slogans.text.numerals import FORMULA_NUMERAL, NUMERAL_CLASS
from slogans.text.segment import Segmenter, dictionary_frequency
from slogans.config.settings import section

_HAN = regex.compile(r"\p{Han}")
_NOTHING: Callable[[str], bool] = lambda _: False

Evidence = list[tuple[str, float]]
Listed = tuple[str, float, frozenset[str]]  # a list before a name: its evidence, weight and items' shared endings


class NumeralClassifier:
    """Decides unquoted numeral phrases: candidates of the numbered detect rules, and lexicon hits."""

    def __init__(self, settings: dict[str, Any], segmenter: Segmenter, in_lexicon: Callable[[str], bool] = _NOTHING):
        n = section(settings, "numbered")
        self.segmenter = segmenter
        self.in_lexicon = in_lexicon
        self.user_words = frozenset(getattr(segmenter, "user_words", ()))
        self.counting_heads = tuple(sorted(set(n["counting_heads"]), key=len, reverse=True))
        self._counting_set = frozenset(self.counting_heads)
        word_sets = ("formula_heads", "formula_tags", "verb_tags", "noun_tags", "continuation_tags", "object_tags", "locative_tags",
                     "article_numerals", "listed_head_tags")
        (self.formula_heads, self.formula_tags, self.verb_tags, self.noun_tags, self.continuation_tags, self.object_tags,
         self.locative_tags, self.article_numerals, self.listed_head_tags) = (frozenset(n[key]) for key in word_sets)
        # the nouns that follow campaign names (活动, 工程, 精神 …) follow formulae too
        self.name_followers = frozenset(n["name_followers"]) | frozenset(section(settings, "campaign")["right_nouns"])
        self.strip_suffixes, self.list_classifiers = tuple(n["strip_suffixes"]), frozenset(n["list_classifiers"])
        self.listed_rules = frozenset(n["listed_rules"])
        self.before, self.after, self.head_max, self.ordinary_min = (
            int(n[key]) for key in ("window_before", "window_after", "head_max_chars", "ordinary_word_frequency")
        )
        self.threshold, self.default_rule_weight, self.head_rule_weight = (
            float(n[key]) for key in ("threshold", "default_rule_weight", "head_rule_weight")
        )
        self.weights, self.rule_weights = ({k: float(v) for k, v in (n[key] or {}).items()} for key in ("weights", "rule_weights"))
        self.expansion = regex.compile(n["expansion_after"])
        classifiers = regex.escape(n["classifiers"])
        self._prefix = regex.compile(f"([{NUMERAL_CLASS}]+)([{classifiers}]?)")
        self._head_run = regex.compile(f"(?:(?![{NUMERAL_CLASS}])\\p{{Han}}){{1,{self.head_max}}}")
        self._head_words: dict[str, tuple[str, ...]] = {}
        for word in sorted(self.formula_heads | set(self.counting_heads), key=len, reverse=True):
            self._head_words[word[0]] = self._head_words.get(word[0], ()) + (word,)
        self._cache: dict[tuple[Any, ...], Any] = {}
        right_nouns = section(settings, "campaign")["right_nouns"]
        self._right_nouns = tuple(sorted(right_nouns, key=len, reverse=True))
        self.reach = HeadReach(self.w, self.formula_heads, self.formula_tags, segmenter.tag, self.head_max)

    # -- small pieces ----------------------------------------------------------------------------
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

    def counting_head(self, word: str) -> bool:
        """True if ``word`` is, or ends with, a counting head (月, 方面, 中心城市, 行政村).

        A word that ends with a one-character head but is itself tagged a verb or an adjective
        (到位 is no 位, 好处 no 处) does not count.
        """
        if not word or not word.endswith(self.counting_heads):
            return False
        if word in self._counting_set or any(len(h) > 1 and word.endswith(h) for h in self.counting_heads):
            return True
        return self.segmenter.tag(word) not in self.formula_tags

    def counted_phrase(self, head: str) -> bool:
        """True if ``head`` is a counting head and then nothing or one ordinary word (层意思, 方面工作, 月左右)."""
        for word in self.counting_heads:
            if head.startswith(word):
                rest = head[len(word):]
                return not rest or dictionary_frequency(rest) >= self.ordinary_min
        return False

    def listed_head_at(self, text: str, pos: int) -> Optional[str]:
        """The longest word of the head lists that starts at ``pos``."""
        for word in self._head_words.get(text[pos:pos + 1], ()):
            if text.startswith(word, pos):
                return word
        return None

    def _score(self, evidence: Evidence) -> tuple[bool, str]:
        total = sum(w for _, w in evidence)
        detail = ", ".join(f"{name} {w:+g}" for name, w in evidence if w)
        return total >= self.threshold, f"{detail or 'no evidence'} = {total:g}"

    def _verdict(self, evidence: Evidence, term: str) -> Verdict:
        ok, reason = self._score(evidence)
        return Verdict(term if ok else None, "numbered" if ok else None, reason)

    def _next_word(self, text: str, end: int, cuts: Optional[frozenset[int]]) -> str:
        """The word right after ``end``: the segmenter's, or without one a listed counting head (or '的')."""
        if cuts is not None:
            nxt = min((x for x in cuts if x > end), default=end)
            return text[end:nxt]
        if text.startswith("的", end):
            return "的"
        head = self.listed_head_at(text, end)
        return head if head is not None and self.counting_head(head) else ""

    # -- the evidence around a name --------------------------------------------------------------
    def _context(self, text: str, start: int, c: int, end: int, cuts: Optional[frozenset[int]], named: bool) -> Evidence:
        """Evidence from the words around a phrase [start, end) whose head starts at ``c``.

        ``named``: the lexicon or the document already names it, so its own head adds nothing.
        """
        evidence: Evidence = []
        head = text[c:end]
        follower = self._next_word(text, end, cuts)
        if cuts is not None:
            if start not in cuts or end not in cuts:
                evidence.append(("a word runs across its edge", self.w("glued")))
            elif follower and not _PUNCT.match(follower) and follower != "的" and follower not in self.name_followers and any(
                self.segmenter.word_frequency(w + follower) > 0
                for w in {self._last_word(text, start, end, cuts), head, text[end - 1:end]} if w
            ):
                evidence.append((f"one word with the next ({follower})", self.w("glued")))
        if follower == "的":
            evidence.append(("的 after it", self.w("de_follows")))
            after_de = self._next_word(text, end + 1, cuts)
            nouns = [after_de]
            if after_de and cuts is not None:  # the noun may be two words (修改|意见)
                nouns.append(after_de + self._next_word(text, end + 1 + len(after_de), cuts))
            if c > start and any(self.counting_head(noun) for noun in nouns):
                evidence.append((f"counts {after_de}", self.w("counted_noun_follows")))
        elif follower and c > start and self.counting_head(follower):  # the classifier counts the noun after it
            evidence.append((f"counts {follower}", self.w("counted_noun_follows")))
        elif (follower and follower not in self.name_followers and cuts is not None and c > start and head
              and (c in cuts or text[start:end] in self.user_words)):
            tag_f = self.segmenter.tag(follower)
            tag_h = self.segmenter.tag(head)
            verbal = head in self.formula_heads or tag_h in self.formula_tags
            if tag_f in self.locative_tags:
                evidence.append((f"a locative after it ({follower})", self.w("locative_follows")))
            elif verbal and (tag_f in self.continuation_tags or (tag_h in self.verb_tags and tag_f in self.object_tags)):
                evidence.append((f"{head} goes on as a predicate ({follower})", self.w("predicate_follows")))
            elif not named and tag_h in self.formula_tags and tag_f in self.noun_tags:
                evidence.append((f"{head} qualifies the noun {follower}", self.w("modifies_noun")))
        return evidence

    @staticmethod
    def _last_word(text: str, start: int, end: int, cuts: frozenset[int]) -> str:
        """The segmenter's last word of [start, end)."""
        return text[max((x for x in cuts if start <= x < end), default=start):end]

    def _named(self, term: str, known: Callable[[str], bool]) -> Evidence:
        if self.in_lexicon(term):
            return [("lexicon", self.w("lexicon"))]
        if known(term):
            return [("known in the document", self.w("known_in_document"))]
        return []

    # -- memo: a decision depends only on the text around a phrase -----------------------------
    def _local(self, text: str, start: int, end: int) -> tuple[int, str]:
        """The stretch of ``text`` that a decision on [start, end) can look at, and where it starts."""
        lo = max(0, start - self.before)
        return lo, text[lo:min(len(text), end + self.head_max + self.after + 10)]

    def _memo(self, key: tuple[Any, ...], compute: Callable[[], Any]) -> Any:
        found = self._cache.get(key)
        if found is None:
            if len(self._cache) > 100_000:
                self._cache.clear()
            found = self._cache[key] = compute()
        return found

    # -- lexicon hits ----------------------------------------------------------------------------
    def lexicon_hit_ok(self, text: str, start: int, end: int) -> bool:
        """Whether an unquoted lexicon name led by a numeral stands as a name here (not 三个代表团)."""
        if not FORMULA_NUMERAL.match(text, start):
            return True
        lo, local = self._local(text, start, end)
        return bool(self._memo(("lexicon", local, start - lo, end - lo), lambda: self._lexicon_hit_ok(local, start - lo, end - lo)))

    def _lexicon_hit_ok(self, text: str, start: int, end: int) -> bool:
        prefix = self._prefix.match(text, start)
        c = prefix.end() if prefix is not None and prefix.group(2) else start
        evidence = [("lexicon", self.w("lexicon"))]
        evidence += self._context(text, start, c, end, self.cuts(text, start, end), named=True)
        return self._score(evidence)[0]

    # -- candidates of the detect rules --------------------------------------------------------
    def decide(self, text: str, cand: Candidate, known: Union[Collection[str], "KnownTerms"] = ()) -> tuple[Verdict, int, int]:
        """Verdict and final span of an unquoted numeral candidate. ``known``: the document's own quoted or defined
        terms (simplified, no spaces), as a collection or, faster for many candidates, a ``KnownTerms`` index."""
        lo, local = self._local(text, cand.start, cand.end)
        index = (known if isinstance(known, KnownTerms) else KnownTerms(known)) if known else None
        mine: frozenset[str] = index.starting_at(text, cand.start) if index is not None else frozenset()
        # the clause window ends at 、 and quotes: the lists before and after the numeral are read on the whole text
        prefix = self._prefix.match(text, cand.start) if cand.rule.boundary == "head" else None
        kind, ends = lists_around(text, cand.start, prefix.end() if prefix else cand.end, prefix is not None,
                                  prefix is not None and prefix.group(2) in self.list_classifiers, self.head_max)
        endings = shared_endings(text, cand.start) if kind == "list_before" else frozenset()
        before, after = ((BEFORE_LABELS[kind], self.w(kind), endings) if kind else None), frozenset(e - lo for e in ends)
        key = (cand.rule.id, local, cand.start - lo, cand.end - lo, mine, before, after)
        found = self._cache.get(key)
        if found is None:
            shifted = cand._replace(start=cand.start - lo, end=cand.end - lo)
            found = self._memo(key, lambda: self._decide(local, shifted, mine.__contains__, before, after))
        verdict, s, e = found
        return verdict, s + lo, e + lo

    def _decide(self, text: str, cand: Candidate, known: Callable[[str], bool], listed_before: Optional[Listed] = None,
                listed_after: frozenset[int] = frozenset()) -> tuple[Verdict, int, int]:
        if cand.rule.boundary == "head":
            return self._decide_head(text, cand, known, listed_before, listed_after)
        start, end = cand.start, cand.end
        evidence: Evidence = [(f"rule {cand.rule.id}", self.rule_weights.get(cand.rule.id, self.default_rule_weight))]
        if cand.rule.boundary == "segmenter":
            span = self._cut_compact(text, cand, evidence)
            if span is None:
                return Verdict(None, None, "not a formula once cut at a word boundary"), start, end
            start, end = span
        elif self.expansion.match(text, end):  # a listed rule's name holding a name of the document (三清 of 三清行动（…）)
            end = next((e for e in range(start + 2, end) if cand.rule.id in self.listed_rules and known(text[start:e])),
                       self._strip_suffix(text, start, end))
        term = text[start:end]
        prefix = self._prefix.match(term)
        head = term[prefix.end():] if prefix else term
        named = self._named(term, known)
        evidence += named
        evidence += [listed_before[:2]] if listed_before else []
        if self.expansion.match(text, cand.end) and cand.rule.id not in self.listed_rules:
            evidence.append(("expansion follows", self.w("expansion_follows")))
        elif cand.end in listed_after:
            evidence.append(("a list of its count follows", self.w("list_after")))
        if self.counting_head(head) and not named:
            evidence.append((f"counting head {head}", self.w("counting_head")))
        elif not named and cand.rule.boundary != "segmenter" and self.counted_phrase(head):
            # numeral, measure word, then an ordinary word: 三层意思, 四方面工作, 1个月左右 (not 三级联创)
            evidence.append((f"counts {self.listed_head_at(head, 0) or head[0]}", self.w("counting_head")))
        evidence += [("的 inside", self.w("phrase_with_de"))] if "的" in head else []
        return self._verdict(evidence, term), start, end

    def _strip_suffix(self, text: str, start: int, end: int) -> int:
        """A defined name without a trailing campaign word (三级联创活动,即… → 三级联创)."""
        for suffix in self.strip_suffixes:
            if text.endswith(suffix, start, end) and len(_HAN.findall(text, start, end - len(suffix))) >= 3:
                return end - len(suffix)
        return end

    def _cut_compact(self, text: str, cand: Candidate, evidence: Evidence) -> Optional[tuple[int, int]]:
        """A compact formula's span (两评一树活 → 两评一树): cut at a word boundary, or without one before a campaign noun."""
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
                evidence.append(("a word runs across its start", self.w("glued")))
            ends = [c for c in cuts if start < c <= cand.end]
            if not ends:
                return None
            end = max(ends)
        term = text[start:end]
        if not cand.rule.compiled.fullmatch(term):
            return None
        if not self.in_lexicon(term):
            if cuts is not None and holds_idiom(term, self.segmenter.word_frequency):
                evidence.append(("a dictionary idiom", self.w("dictionary_idiom")))
            elif slots_make_a_word(term, self.segmenter.word_frequency):
                evidence.append((f"its slots make one word ({term[1]}{term[3]})", self.w("slots_make_a_word")))
            if is_range(term):
                evidence.append(("a range of numerals", self.w("numeral_range")))
            elif reduplicated(term):
                evidence.append(("a reduplication", self.w("reduplicated")))
            elif ordinary_opening(term, dictionary_frequency, self.ordinary_min):
                opening = ordinary_opening(term, dictionary_frequency, self.ordinary_min)
                evidence.append((f"opens with the ordinary word {opening}", self.w("ordinary_word_start")))
            longest = next((k for k in range(end - 1, start + 1, -1) if self.in_lexicon(text[start:k])), None)
            if longest is not None:  # 一带一路况: the lexicon's name, run into the next word
                evidence.append((f"runs on past the name {text[start:longest]}", self.w("glued")))
        return start, end

    def _decide_head(self, text: str, cand: Candidate, known: Callable[[str], bool], listed_before: Optional[Listed] = None,
                     listed_after: frozenset[int] = frozenset()) -> tuple[Verdict, int, int]:
        """A numeral and classifier: find the head after them, then weigh the evidence (``listed_before``: the evidence
        of its members listed right before it; ``listed_after``: the ends of its head that a list of its count follows)."""
        start = cand.start
        prefix = self._prefix.match(text, start)
        run = self._head_run.match(text, prefix.end()) if prefix is not None and prefix.group(2) else None
        if prefix is None or run is None:
            return Verdict(None, None, "no head"), start, cand.end
        c, limit = prefix.end(), run.end()
        article = prefix.group(1) in self.article_numerals

        # first what is known without segmenting: the lexicon, the document's terms, an expansion, a listed head
        def lift(e: int) -> float:
            named = self._named(text[start:e], known)
            return sum(w for _, w in named) + (self.w("expansion_follows") if self.expansion.match(text, e)
                                               else self.w("list_after") if e in listed_after else 0.0)

        lifted = {e: v for e, v in ((e, lift(e)) for e in range(c + 1, limit + 1)) if v > 0}
        listed = self.listed_head_at(text, c)
        if listed is not None and listed not in self.formula_heads and not lifted and not listed_before:
            return Verdict(None, None, f"counting head {listed}"), start, c + len(listed)
        rule_w = self.rule_weights.get(cand.rule.id, self.head_rule_weight)
        can_gain = 0.0 if article else max(self.w("formula_head"), self.w("formula_tag"))
        before_w = listed_before[1] if listed_before else 0.0
        if (rule_w + max(lifted.values(), default=0.0) + can_gain + before_w < self.threshold
                or rule_w + before_w + self.reach.most(text, c, limit, listed, lifted, lift, article) < self.threshold):
            return Verdict(None, None, "cannot reach the threshold"), start, cand.end

        evidence: Evidence = [(f"rule {cand.rule.id}", rule_w)]
        if listed_before:
            evidence.append(listed_before[:2])
        cuts = self.cuts(text, start, limit)
        if cuts is None:  # no segmenter: the listed head, or the end that the lexicon, the document or an expansion marks
            end = c + len(listed) if listed else min(lifted, default=0)
            if not end:
                return Verdict(None, None, "no listed head"), start, cand.end
        else:
            after = sorted(x for x in cuts if x > c)
            if not after or after[0] > c + self.head_max:
                return Verdict(None, None, "no head"), start, limit
            end = after[0]
            if listed is not None and listed in self.formula_heads and c + len(listed) > end and c + len(listed) in cuts:
                end = c + len(listed)  # a listed head that the segmenter splits (四个走在前列)
            if end not in lifted:  # a boundary further on that is marked (四项惠民工程,即)
                end = next((x for x in after if x in lifted), end)
            if listed_before and end not in lifted:  # the name its members stand before runs on (四大护理特色)
                end = run_on_head(text, end, after, self.segmenter.tag, self.listed_head_tags, self.name_followers)
            first = min(x for x in cuts if x > start)
            if start in cuts and first > c and text[start:first] not in self.user_words:
                evidence.append(("one dictionary word with its numeral", self.w("dictionary_idiom")))  # 一大早
        term, head = text[start:end], text[c:end]
        if not _HAN.match(head):
            return Verdict(None, None, "no head"), start, end
        named = self._named(term, known)
        evidence += named
        if self.expansion.match(text, end):
            evidence.append(("expansion follows", self.w("expansion_follows")))
        elif end in listed_after:  # the same evidence as an expansion, read where the expansion pattern does not
            evidence.append(("a list of its count follows", self.w("list_after")))
        if not named:
            run_on = listed_before and head != listed  # a listed head run on (重点工作) counts by its last word only
            shared = listed_before and any(head.startswith(x) for x in listed_before[2])  # 甲基地、乙基地、丙基地三大基地
            if not shared and (self.counting_head(head) or (listed is not None and listed not in self.formula_heads and head.startswith(listed) and not run_on)):
                evidence.append((f"counting head {listed if listed and not self.counting_head(head) else head}", self.w("counting_head")))
            elif not article and head in self.formula_heads:
                evidence.append((f"formula head {head}", self.w("formula_head")))
            elif not article and self.segmenter.tag(head) in self.formula_tags:
                evidence.append((f"head {head} tagged {self.segmenter.tag(head)}", self.w("formula_tag")))
        if "的" in head:
            evidence.append(("的 inside", self.w("phrase_with_de")))
        evidence += self._context(text, start, c, end, cuts, named=bool(named))
        return self._verdict(evidence, term), start, end
