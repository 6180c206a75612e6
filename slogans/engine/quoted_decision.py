"""The document-level decision on quoted phrases that may be campaign names or slogans.

While a document is read (whole or in pieces), each such quotation leaves its phrase, its
features and its span here. Once all is seen, a phrase's features are those of any of its
quotations, plus ``repeated`` when it was quoted more than once and ``series`` when the document
quotes others of its shape, and the fitted weights (``quoted_weights``) give its score: a name
when the score reaches the threshold.
"""
from __future__ import annotations

from array import array
from collections import Counter
from dataclasses import dataclass, field
from typing import Callable, Iterator, Optional, Protocol

from slogans.engine.quoted_weights import QuotedWeights

#: A series: a writer coining names in a set gives them one shape (“小板凳”、“小铃铛”、“小拐杖”;
#: “一网清”、“一表通”、“一窗办”): phrases of one clause, of one length up to ``SERIES_MAX_CHARS`` and one
#: first character, at least ``SERIES_MIN_OTHERS`` others of the document besides the phrase.
SERIES_MAX_CHARS = 5
SERIES_MIN_OTHERS = 2


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


def _series_shape(phrase: PendingPhrase) -> Optional[tuple[int, str]]:
    """The length and first character of a one-clause phrase short enough for a series, else None."""
    term = phrase.term
    if not term or len(term) > SERIES_MAX_CHARS or "clauses" in phrase.features:
        return None
    return len(term), term[0]


class OwnFeatures(Protocol):
    """A phrase's own features (``QuotedFeatures``): all of them, and those only its dictionary cut tells that
    may be on (the features a quotation leaves here hold the rest)."""

    def phrase(self, body: str) -> frozenset[str]: ...

    def phrase_unsure(self, body: str) -> frozenset[str]: ...


class Decided:
    """The decision on one pending phrase; its score and reason are worked out when first asked for."""

    __slots__ = ("phrase", "accepted", "_explain", "_explained")

    def __init__(self, phrase: PendingPhrase, accepted: bool, explain: Callable[[], tuple[float, str]],
                 explained: Optional[tuple[float, str]] = None):
        self.phrase = phrase
        self.accepted = accepted
        self._explain = explain
        self._explained = explained  # the score and reason, once worked out

    def _worked_out(self) -> tuple[float, str]:
        if self._explained is None:
            self._explained = self._explain()
        return self._explained

    @property
    def score(self) -> float:
        """The decision's score (the weights' logistic of the phrase's features)."""
        return self._worked_out()[0]

    @property
    def reason(self) -> str:
        """The score and the heaviest features that are on."""
        return self._worked_out()[1]


class PendingQuotes:
    """The quoted phrases of one document that wait for the decision, in order of first quotation.

    With ``own``, the features a quotation leaves hold only the part of the phrase's own features that needs
    no dictionary cut (``QuotedFeatures.group`` with ``known_only``); the rest is added where it can change
    the decision or where the score is asked for. Without it, the features left are taken as all there is."""

    def __init__(self, own: Optional[OwnFeatures] = None) -> None:
        self.phrases: dict[str, PendingPhrase] = {}
        self.own = own
        self._shapes: Optional[Counter[tuple[int, str]]] = None  # phrases per series shape, once all are added

    def add(self, term: str, kind: str, features: frozenset[str], start: int, end: int) -> None:
        """Record one quotation of ``term`` with its features, at [start, end) of the document."""
        p = self.phrases.get(term)
        if p is None:
            p = self.phrases[term] = PendingPhrase(term, kind)
        p.features |= features
        p.spans.extend((start, end))
        self._shapes = None

    def _left_features(self, phrase: PendingPhrase) -> set[str]:
        """The features its quotations left, and the document's (repeated, series)."""
        on = set(phrase.features)
        if phrase.times > 1:
            on.add("repeated")
        shape = _series_shape(phrase)
        if shape is not None:
            if self._shapes is None:
                self._shapes = Counter(s for s in map(_series_shape, self.phrases.values()) if s is not None)
            if self._shapes[shape] > SERIES_MIN_OTHERS:
                on.add("series")
        return on

    def features_of(self, phrase: PendingPhrase) -> frozenset[str]:
        """The features a phrase is decided on: its quotations', its own and the document's."""
        on = self._left_features(phrase)
        return frozenset(on | self.own.phrase(phrase.term) if self.own is not None else on)

    def decide(self, weights: QuotedWeights, explained: bool = True) -> Iterator[Decided]:
        """The decision on every pending phrase, in order of first quotation. A phrase whose score stays below
        the threshold whatever its dictionary cut tells is turned down without the cut; unless ``explained``
        (its score and reason then asked for), one whose score reaches it whatever the cut tells is accepted so.
        Asked for, the score is always worked out in full."""
        for phrase in self.phrases.values():
            on = self._left_features(phrase)
            if self.own is not None:
                unsure = self.own.phrase_unsure(phrase.term) - on
                short = bool(unsure) and weights.falls_short(on, unsure)
                if short or (unsure and not explained and weights.reaches(on, unsure)):
                    yield Decided(phrase, not short, lambda p=phrase: weights.explain(self.features_of(p)))  # type: ignore[misc]
                    continue
                on |= self.own.phrase(phrase.term)
            worked_out = weights.explain(on)
            yield Decided(phrase, worked_out[0] >= weights.threshold, lambda w=worked_out: w, worked_out)  # type: ignore[misc]
