"""The most evidence a numeral and its classifier (三个…, 四项…) can gather, known before their clause is cut.

Where such a phrase's head ends is jieba's to say, from a cut of the clause around it (``numeral_decision``).
But the head is one of the few runs of characters right after the classifier, and what can carry a phrase
over the threshold is known of each run without a cut: the lexicon or the document naming the phrase, an
expansion after it (即…), a head on the formula list or tagged a verb or an adjective. When even the best
run falls short, the decision is made without cutting the clause (on unique pieces of about 1 KB, two in
five of the phrases whose clause was cut). The evidence a cut reveals (a word across an edge, a counted noun
or 的 after it …) counts against a formula with the shipped weights; a positive weight that a user's
settings give it is added to the bound, so the bound never turns down a phrase the full decision keeps.
"""
from __future__ import annotations

from typing import Callable, Collection, Mapping, Optional

#: The evidence only the cut tells, or where the head ends: each counts at most once in a decision.
CUT_EVIDENCE = ("glued", "dictionary_idiom", "counting_head", "phrase_with_de", "de_follows", "counted_noun_follows",
                "locative_follows", "predicate_follows", "modifies_noun")


class HeadReach:
    """The upper bound of a head-rule candidate's evidence, beyond its rule and the quoted names before it."""

    def __init__(self, weight: Callable[[str], float], formula_heads: Collection[str], formula_tags: Collection[str],
                 tag: Callable[[str], Optional[str]], head_max: int):
        self.formula_heads, self.formula_tags, self.tag, self.head_max = formula_heads, formula_tags, tag, head_max
        self.head_w, self.tag_w = max(0.0, weight("formula_head")), max(0.0, weight("formula_tag"))
        self.cut_only = sum(max(0.0, weight(name)) for name in CUT_EVIDENCE)

    def most(self, text: str, c: int, limit: int, listed: Optional[str], lifted: Mapping[int, float],
             lift: Callable[[int], float], article: bool) -> float:
        """The most evidence a phrase whose head starts at ``c`` can gather, whatever the cut.

        Its head ends within ``head_max`` characters, or at the end of ``listed`` (a word of the head lists
        at ``c``). ``lift(e)``: what the lexicon or the document naming the phrase that ends at ``e``, and
        an expansion right after it, add; ``lifted``: its positive values up to ``limit``, already known.
        ``article``: a numeral (一个) whose head adds nothing.
        """
        hi = min(len(text), c + max(self.head_max, len(listed or "")))
        best_lift = max([0.0, *lifted.values(), *(lift(e) for e in range(limit + 1, hi + 1))])
        head_best = 0.0 if article else max(self.head_w, self.tag_w)
        best_head = 0.0
        for e in range(c + 1, hi + 1):
            if best_head >= head_best:
                break
            head = text[c:e]
            if head in self.formula_heads:
                best_head = max(best_head, self.head_w)
            elif self.tag(head) in self.formula_tags:
                best_head = max(best_head, self.tag_w)
        return best_lift + best_head + self.cut_only
