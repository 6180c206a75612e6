"""One self-contained HTML page of a run: the table of each document, its text with every mention
marked, and a timeline when the documents are dated.

Hovering (or focusing) a mark shows the term, its kind, its members, where the members come from
and why the mention was counted. The page inlines its style and script and fetches nothing.
Every text of a document is escaped: a document containing ``<script>`` shows it, never runs it.
The file is written atomically.

Example:
    >>> from slogans import Extractor
    >>> page = html_page(Extractor(), [("d", "做到“五个好”。")])
    >>> page.count('<mark class="m ')
    1
"""
from __future__ import annotations

from dataclasses import dataclass, field
from html import escape
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Optional, Sequence

from slogans.io.atomic import atomic_path
from slogans.io.html_assets import CSS, JS
from slogans.model import DocumentLike, InputItem, Mention, TermCount, as_document
from slogans.timeline import period_of, result_date

if TYPE_CHECKING:
    from slogans.api import DocumentResult, Extractor

#: How many terms the page's timeline draws (the most frequent over all documents).
TIMELINE_TERMS = 6
_COLOURS = ("#d62728", "#1f77b4", "#2ca02c", "#ff7f0e", "#9467bd", "#8c564b")
_REASONS = {"lexicon": "in the lexicon", "quoted": "a quoted name the text treats as a term"}


def _e(value: object) -> str:
    return escape("" if value is None else str(value), quote=True)


def mention_reason(m: Mention) -> str:
    """Why a mention was counted: its own ``reason`` where the decision gives one, else its rule."""
    reason = getattr(m, "reason", None)
    if not reason:
        reason = _REASONS.get(m.rule_id, f"found by the rule {m.rule_id}")
    return reason + ("; quoted here" if m.quoted else "")


@dataclass
class PageDocument:
    """What the page shows of one document."""

    id: str
    text: Optional[str]
    terms: list[TermCount]
    mentions: list[Mention]
    date: Optional[str] = None
    meta: dict[str, Any] = field(default_factory=dict)

    @property
    def chars(self) -> Optional[int]:
        """The document's length, from the text or the table rows."""
        if self.text is not None:
            return len(self.text)
        return next((t.chars for t in self.terms if t.chars is not None), None)


class HtmlReport:
    """Collects documents and their results, then renders or writes the page.

    Example:
        >>> from slogans import Document, Extractor
        >>> doc = Document("a.txt", "做到“五个好”。")
        >>> report = HtmlReport("Speeches")
        >>> report.add(Extractor().analyze_document(doc), doc.text)
        >>> report.write(Path("report.html"))  # doctest: +SKIP
    """

    def __init__(self, title: str = "slogans report"):
        self.title = title
        self.documents: list[PageDocument] = []

    def add(self, result: "DocumentResult", text: Optional[str], date: Optional[str] = None) -> None:
        """One document's result, with its text as read (None: the table only, e.g. a streamed file)."""
        date = date or result_date(result)
        self.documents.append(PageDocument(result.document, text, list(result.terms), list(result.mentions), date, dict(result.meta)))

    def render(self) -> str:
        """The whole page as a string."""
        parts = [
            "<!DOCTYPE html>\n<html lang=\"zh\">\n<head>\n<meta charset=\"utf-8\">\n",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:\">\n",
            f"<title>{_e(self.title)}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
            f"<h1>{_e(self.title)}</h1>\n",
            "<p class=\"legend\">Marks: <span style=\"background:#ffd0a8\">numbered formula</span>"
            "<span style=\"background:#bfe3ff\">campaign</span><span style=\"background:#d6f5c8\">slogan</span>"
            " — hover over a mark (or tab to it) for its members and why it was counted.</p>\n",
            self._summary(),
            self._timeline(),
        ]
        parts.extend(self._document(n, d) for n, d in enumerate(self.documents))
        parts.append(f"<div id=\"tip\" role=\"tooltip\"></div>\n<script>{JS}</script>\n</body>\n</html>\n")
        return "".join(parts)

    def write(self, target: Path) -> None:
        """Write the page to ``target`` atomically (UTF-8)."""
        page = self.render()
        with atomic_path(Path(target)) as tmp:
            tmp.write_text(page, encoding="utf-8")

    # -- parts of the page ----------------------------------------------------------------------
    def _summary(self) -> str:
        rows = []
        for n, d in enumerate(self.documents):
            top = "、".join(f"{t.term} ({t.count})" for t in d.terms[:5])
            rows.append(
                f"<tr><td><a href=\"#doc{n}\">{_e(d.id)}</a></td><td>{_e(d.date)}</td><td class=\"n\">{_e(d.chars)}</td>"
                f"<td class=\"n\">{len(d.terms)}</td><td class=\"n\">{sum(t.count for t in d.terms)}</td><td>{_e(top)}</td></tr>"
            )
        return (
            "<h2>Documents</h2>\n<table class=\"summary\"><thead><tr><th>document</th><th>date</th><th>characters</th>"
            "<th>terms</th><th>mentions</th><th>most frequent</th></tr></thead><tbody>\n" + "\n".join(rows) + "\n</tbody></table>\n"
        )

    def _document(self, n: int, d: PageDocument) -> str:
        rows = "\n".join(
            f"<tr><td>{_e(t.term)}</td><td>{_e(t.kind)}</td><td class=\"n\">{t.count}</td>"
            f"<td>{_e('、'.join(t.components or ()))}</td><td>{_e(t.components_source)}</td></tr>"
            for t in d.terms
        )
        head = f"<section id=\"doc{n}\" class=\"doc\">\n<h2>{_e(d.id)}</h2>\n"
        if d.date:
            head += f"<p class=\"note\">date: {_e(d.date)}</p>\n"
        table = (
            "<table class=\"terms\"><thead><tr><th>term</th><th>kind</th><th>count</th><th>components</th><th>source</th></tr></thead>"
            f"<tbody>\n{rows}\n</tbody></table>\n"
        )
        if d.text is None:
            body = "<p class=\"note\">The text was streamed and is not shown.</p>\n"
        else:
            body = f"<div class=\"text\">{marked_text(d.text, d.mentions, d.terms)}</div>\n"
        return head + table + body + "</section>\n"

    def _timeline(self) -> str:
        """An inline SVG line chart of the most frequent terms by year, when two years are known."""
        counts: dict[str, dict[int, int]] = {}
        years: set[int] = set()
        for d in self.documents:
            year = period_of(d.date) if d.date else None
            if year is None:
                continue
            years.add(int(year))  # type: ignore[call-overload]
            for t in d.terms:
                by_year = counts.setdefault(t.term, {})
                by_year[int(year)] = by_year.get(int(year), 0) + t.count  # type: ignore[call-overload]
        if len(years) < 2:
            return ""
        top = sorted(counts, key=lambda term: (-sum(counts[term].values()), term))[:TIMELINE_TERMS]
        return "<h2>Timeline</h2>\n" + svg_timeline(sorted(years), {t: counts[t] for t in top}) + "\n"


def marked_text(text: str, mentions: Sequence[Mention], terms: Sequence[TermCount]) -> str:
    """``text`` escaped, each mention wrapped in a ``<mark>`` that carries what the tooltip shows.
    A mention within another (a term inside a quoted slogan, two terms on one span) is a mark
    within its mark; one that straddles the end of another, which HTML cannot nest, is left unmarked."""
    source = {t.term: t.components_source for t in terms}
    ordered = sorted(mentions, key=lambda m: (m.start, -m.end))
    out: list[str] = []
    open_ends: list[int] = []  # ends of the marks open at ``pos``, innermost last
    pos = 0
    for m in ordered:
        while open_ends and open_ends[-1] <= m.start:
            pos = _close(out, text, pos, open_ends.pop())
        if open_ends and m.end > open_ends[-1]:
            continue  # straddles the end of the mark it starts in
        out.append(escape(text[pos:m.start], quote=False))
        out.append(_open_mark(m, source.get(m.term)))
        open_ends.append(m.end)
        pos = m.start
    while open_ends:
        pos = _close(out, text, pos, open_ends.pop())
    out.append(escape(text[pos:], quote=False))
    return "".join(out)


def _close(out: list[str], text: str, pos: int, end: int) -> int:
    out.append(escape(text[pos:end], quote=False) + "</mark>")
    return end


def _open_mark(m: Mention, source: Optional[str]) -> str:
    score = getattr(m, "score", None)
    attrs = {
        "term": m.term, "kind": m.kind, "members": "、".join(m.components or ()), "source": source or "",
        "reason": mention_reason(m), "score": "" if score is None else score,
    }
    data = " ".join(f"data-{k}=\"{_e(v)}\"" for k, v in attrs.items())
    return f"<mark class=\"m {_e(m.kind)}\" tabindex=\"0\" {data}>"


def svg_timeline(years: Sequence[int], series: dict[str, dict[int, int]], width: int = 760, height: int = 260) -> str:
    """A small SVG line chart: one line per term over ``years`` (0 where a dated year lacks it)."""
    left, right, top, bottom = 40, 150, 18, 30
    lo, hi = years[0], years[-1]
    peak = max((max(v.values(), default=0) for v in series.values()), default=0) or 1

    def x(year: int) -> float:
        return left + (year - lo) / max(1, hi - lo) * (width - left - right)

    def y(value: float) -> float:
        return top + (1 - value / peak) * (height - top - bottom)

    parts = [f"<svg class=\"timeline\" xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" role=\"img\">"]
    parts.append(f"<line x1=\"{left}\" y1=\"{y(0):.1f}\" x2=\"{width - right}\" y2=\"{y(0):.1f}\" stroke=\"#999\"/>")
    parts.append(f"<text x=\"{left - 4}\" y=\"{y(peak) + 4:.1f}\" text-anchor=\"end\">{peak}</text>")
    parts.append(f"<text x=\"{left - 4}\" y=\"{y(0) + 4:.1f}\" text-anchor=\"end\">0</text>")
    ticks = sorted({lo, hi} | set(range((lo // 10 + 1) * 10, hi, 10))) if hi - lo >= 15 else sorted(set(years))
    for year in ticks:
        parts.append(f"<line x1=\"{x(year):.1f}\" y1=\"{y(0):.1f}\" x2=\"{x(year):.1f}\" y2=\"{y(0) + 4:.1f}\" stroke=\"#999\"/>")
        parts.append(f"<text x=\"{x(year):.1f}\" y=\"{height - 8}\" text-anchor=\"middle\">{year}</text>")
    parts.append(f"<text x=\"{left}\" y=\"{top - 2}\" fill=\"#666\">occurrences per year</text>")
    for i, (term, values) in enumerate(series.items()):
        colour = _COLOURS[i % len(_COLOURS)]
        points = " ".join(f"{x(yr):.1f},{y(values.get(yr, 0)):.1f}" for yr in years)
        parts.append(f"<polyline fill=\"none\" stroke=\"{colour}\" stroke-width=\"1.5\" points=\"{points}\"><title>{_e(term)}</title></polyline>")
        parts.append(f"<text x=\"{width - right + 8}\" y=\"{top + 14 + 16 * i}\" fill=\"{colour}\">{_e(term)}</text>")
    parts.append("</svg>")
    return "".join(parts)




def remember_texts(items: Iterable[InputItem], texts: dict[str, str]) -> Iterator[InputItem]:
    """``items`` unchanged, the text of each that holds one (a Document) kept in ``texts`` by id on
    the way (for the page)."""
    for item in items:
        if item.held_text is not None:
            texts[item.id] = item.held_text
        yield item


def html_page(extractor: "Extractor", docs: Iterable[DocumentLike], title: str = "slogans report") -> str:
    """The page for ``docs`` (Documents or (id, text) pairs), analysed with ``extractor``."""
    report = HtmlReport(title)
    for n, item in enumerate(docs):
        doc = as_document(item, n)
        result = extractor.analyze_document(doc)
        result.meta = dict(doc.meta)
        report.add(result, doc.text)
    return report.render()


def write_html_report(target: Path, docs: Iterable[DocumentLike], extractor: Optional["Extractor"] = None,
                      title: str = "slogans report") -> None:
    """Write the page for ``docs`` to ``target`` atomically (a new Extractor unless one is given)."""
    from slogans.api import Extractor

    page = html_page(extractor or Extractor(), docs, title)
    with atomic_path(Path(target)) as tmp:
        tmp.write_text(page, encoding="utf-8")
