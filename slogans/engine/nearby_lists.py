"""More lists near a numbered name, for the reading by its counted morpheme (``morpheme_lists``): lists whose items
are parted by marks of their own rather than by list separators.

- Quotations each holding the morpheme with words between them: a gloss after each (“求甲”：…；“求乙”：…) or a phrase
  (推出“小甲”服务在前、“小乙”教育在前…的“四小工作法”).
- Quoted numbered names whose numbers spell a name of numerals, before it or after it (甲、乙“五整合”，丙“四统一”，
  丁“三健全”的“543”工作法 → 五整合, 四统一, 三健全).
- An enumeration (一是…二是…, 第一…, (一)…) right after the name's clause (做到“三个到位”，一是…) or after the end of its
  sentence (确保做到“五到位”。一是甲到位；二是…), each item's head holding the morpheme.
- Clauses that fill one quotation, whatever parts them (“热爱甲,学会乙,了解丙”), and, where no 、 list holds the
  morpheme, the clauses that each open with it, whatever 、 they hold (不做甲、乙的昏官，不做丙、丁的懒官).

Each is a list whole: as many items as the numeral counts, the items of a run of quotations that hold the morpheme,
one after another with no other quotation between. A writer of any document lists so; the count and the morpheme
keep a list of measures or a quotation of other things out.
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

import regex

from slogans.config.enumeration import EnumerationMarkers
from slogans.engine.compound_parts import digit_heads, name_of_numerals
from slogans.engine.enumerations import enumeration_items, quoted_head_phrases
from slogans.text.numerals import NUMERAL_CLASS
from slogans.text.punctuation import CLOSE_QUOTES, OPEN_QUOTES

Item = tuple[str, int, int]
_ANY_QUOTE = regex.compile(f"[{OPEN_QUOTES}{CLOSE_QUOTES}]")
#: A character of a numbered name's words (not a numeral).
_WORDS = regex.compile(f"[^{NUMERAL_CLASS}\\P{{Han}}]")
_QUOTED = regex.compile(f"[{OPEN_QUOTES}](?P<body>[^{OPEN_QUOTES}{CLOSE_QUOTES}\\n]{{1,40}})[{CLOSE_QUOTES}]")
#: What may stand between the name and an enumeration that starts in its own sentence (做到“三个到位”，一是…).
_CLAUSE_END = regex.compile(r"[^\S\n]*[,，:：][^\S\n]*")
#: The characters a first enumeration marker opens with (一是, 第一, (一), 1．, ①, 其一).
_FIRST_MARKER_CHARS = "一1１(（①第其"
#: The longest item parted from the next by a comma that is a phrase of a list, not a clause that says other things.
SHORT_ITEM_CHARS = 6
#: The end of a sentence, and the spaces after it.
_SENTENCE_END = regex.compile(r"[。!！;；]?\s*")


class WholeList(list):  # type: ignore[type-arg]
    """Items that marks of their own part (quotations, enumerators): a list whole, however clauses part them."""


class QuotedRun(list):  # type: ignore[type-arg]
    """A run of quotations side by side: a list whole, not a stretch of items to find runs in."""


class Enumeration(WholeList):
    """The heads of an enumeration, their spans as the enumeration rules give them: a list that two names may claim is
    then one list, for the name whose introducing words its first item repeats (see ``expand.choose_definitions``)."""


def glossed_quotations(
    text: str, lo: int, hi: int, holds: Callable[[str], bool], count: int, name: str = "",
) -> list[WholeList]:
    """The runs of exactly ``count`` quotations in ``text[lo:hi]`` that each hold the morpheme (``holds``), one after
    another with no other quotation between, whatever words stand between them; each quotation an item. A quotation
    that holds the ``name`` itself (“三心合一”：…“事业心”…“进取心”…“责任心” for 三心) is passed over: no item, no break."""
    runs: list[WholeList] = []
    current = WholeList()
    for q in [*_QUOTED.finditer(text, lo, hi), None]:
        if q is not None and name and name in q.group("body"):
            continue
        if q is not None and holds(q.group("body")):
            current.append((q.group("body"), q.start("body"), q.end("body")))
            continue
        if len(current) == count:
            runs.append(current)
        current = WholeList()
    return runs


def enumeration_after(
    text: str, close: int, sentence_end: int, markers: Optional[EnumerationMarkers], holds: Callable[[str], bool],
    count: int,
) -> list[WholeList]:
    """The enumeration that starts right after the name's clause (``close``: where its quotation closes) or after the
    end of its sentence (``sentence_end``), as a list whole where it has ``count`` items and each head holds the
    morpheme (``holds``); else nothing."""
    if markers is None:
        return []
    starts = [m.end() for m in (_CLAUSE_END.match(text, close), _SENTENCE_END.match(text, sentence_end)) if m]
    starts = [at for at in starts if at < len(text) and text[at] in _FIRST_MARKER_CHARS]  # most names have no list
    for start in dict.fromkeys(starts):
        read = enumeration_items(text, start, "colon", markers)
        if read is None:
            continue
        heads, spans = read
        if len(heads) == count and all(holds(h) for h in heads):
            return [Enumeration((h, s, e) for h, (s, e) in zip(heads, spans))]
    return []


def quoted_heads(members: list[str], holds: Callable[[str], bool]) -> list[str]:
    """The quoted phrase of each member where every one holds one, with the morpheme in it, inside other words
    (“小甲”服务在前、“小乙”教育在前 for 四小工作法 → 小甲, 小乙); else the members as given."""
    quoted = quoted_head_phrases(members)
    return quoted if quoted is not None and all(holds(q) for q in quoted) else members


def spelled_quotations(text: str, lo: int, hi: int, start: int, end: int) -> Optional[tuple[list[str], list[tuple[int, int]]]]:
    """The quoted numbered names in ``text[lo:hi]`` whose numbers spell the name of numerals ``text[start:end]`` in
    order, one after another with no other quotation between (甲“五整合”，乙“四统一”，丙“三健全”的“543” → 五整合, 四统一,
    三健全), the run nearest the name, with their spans; None for a name of another shape or where no run spells it."""
    term = text[start:end]
    if not name_of_numerals(term):
        return None
    quotes = [(q.group("body"), q.start("body"), q.end("body")) for q in _QUOTED.finditer(text, lo, hi)]
    quotes = [q for q in quotes if not start <= q[1] < end and _WORDS.search(q[0])]  # a name, not a numeral (“八”)
    best: Optional[tuple[int, list[Item]]] = None
    for at in range(len(quotes)):
        for size in range(2, 6):
            run = quotes[at:at + size]
            if len(run) == size and digit_heads(term, [body for body, _, _ in run]):
                distance = start - run[-1][2] if run[-1][2] <= start else run[0][1] - end
                if best is None or distance < best[0]:
                    best = (distance, run)
    if best is None:
        return None
    return [body for body, _, _ in best[1]], [(s, e) for _, s, e in best[1]]


def in_one_quotation(text: str, run: Sequence[Item]) -> bool:
    """True when the items of ``run`` fill one quotation, whatever parts them (“热爱甲,学会乙,了解丙”): a list whole."""
    lo, hi = run[0][1], run[-1][2]
    return (0 < lo and text[lo - 1] in OPEN_QUOTES and hi < len(text) and text[hi] in CLOSE_QUOTES
            and not _ANY_QUOTE.search(text, lo, hi))


#: What parts the clauses of a sentence (a 、 joins words inside a clause).
_CLAUSE_MARKS = regex.compile(r"[,，;；:：。!！?？\n]")


def opening_clauses(text: str, lo: int, hi: int, x: str, count: int) -> list[list[Item]]:
    """The runs of exactly ``count`` clauses in ``text[lo:hi]`` that each open with the morpheme ``x``, whatever 、 they
    hold inside (不做甲、乙的昏官，不做丙、丁的懒官 for 两个不做): the list at the clause level, where its items are
    clauses; each clause an item."""
    runs: list[list[Item]] = []
    current: list[Item] = []
    at = lo
    for piece in [*_CLAUSE_MARKS.split(text[lo:hi]), ""]:
        clause = piece.strip()
        if clause.startswith(x) and len(clause) > len(x):
            start = text.find(clause, at)
            current.append((clause, start, start + len(clause)))
        else:
            if len(current) == count:
                runs.append(current)
            current = []
        at += len(piece) + 1
    return runs


def alike_runs(items: Sequence[Item], x: str, count: int) -> list[list[Item]]:
    """The runs of exactly ``count`` consecutive items that all end with the morpheme ``x``, or all open with it, inside
    a longer stretch of items that hold it (…学习的前列，自觉主动学，及时跟进学，…，学出坚定信仰 for 四种学): parallel
    items hold it at one place."""
    return [run for alike in (str.endswith, str.startswith)
            for run in exact_runs(items, count, lambda item: len(item[0]) > len(x) and alike(item[0], x))]


def exact_runs(items: Sequence[Item], count: int, keep: Callable[[Item], bool]) -> list[list[Item]]:
    """The maximal runs of consecutive items that ``keep`` accepts, those of exactly ``count`` items."""
    runs: list[list[Item]] = []
    current: list[Item] = []
    for item in [*items, None]:
        if item is not None and keep(item):
            current.append(item)
            continue
        if len(current) == count:
            runs.append(current)
        current = []
    return runs


def parallel_clauses(members: Sequence[str], x: str) -> bool:
    """True for clauses that are a list: all open with the morpheme ``x`` (着力甲，着力乙), or all end with it and are
    short phrases (自觉主动学，及时跟进学); a clause that merely holds the word says other things."""
    return all(m.startswith(x) for m in members) or all(m.endswith(x) and len(m) <= SHORT_ITEM_CHARS for m in members)
