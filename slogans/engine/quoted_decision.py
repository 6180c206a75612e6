"""The document-level decision on quoted phrases that may be campaign names or slogans.

While a document is read (whole or in pieces), each such quotation leaves its phrase, its
features and its span here. Once all is seen, a phrase's features are those of any of its
quotations, plus ``repeated`` when it was quoted more than once, and the fitted weights
(``quoted_weights``) give its score: a name when the score reaches the threshold.
"""
from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from typing import Iterator, NamedTuple

from slogans.engine.quoted_weights import QuotedWeights


@dataclass
class PendingPhrase:
    """One quoted phrase of a document awaiting the decision: its kind, features and quotations."""

    term: str
    kind: str
    features: set[str] = field(default_factory=set)
    spans: array = field(default_factory=lambda: array("q"))  # start, end, start, end …

    @property
    def times(self) -> int:
        """How many times the document quotes it."""
        return len(self.spans) // 2


class Decided(NamedTuple):
    """The decision on one pending phrase."""

    phrase: PendingPhrase
    accepted: bool
    score: float
    reason: str


class PendingQuotes:
    """The quoted phrases of one document that wait for the decision, in order of first quotation."""

    def __init__(self) -> None:
        self.phrases: dict[str, PendingPhrase] = {}

    def add(self, term: str, kind: str, features: frozenset[str], start: int, end: int) -> None:
        """Record one quotation of ``term`` with its features, at [start, end) of the document."""
        p = self.phrases.get(term)
        if p is None:
            p = self.phrases[term] = PendingPhrase(term, kind)
        p.features |= features
        p.spans.extend((start, end))

    def features_of(self, phrase: PendingPhrase) -> frozenset[str]:
        """The features a phrase is decided on: its quotations' and the document's."""
        return frozenset(phrase.features | ({"repeated"} if phrase.times > 1 else set()))

    def decide(self, weights: QuotedWeights) -> Iterator[Decided]:
        """The decision on every pending phrase, in order of first quotation."""
        for phrase in self.phrases.values():
            on = self.features_of(phrase)
            score, reason = weights.explain(on)
            yield Decided(phrase, score >= weights.threshold, score, reason)
