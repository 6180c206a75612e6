"""The lexicon: known formulae and campaigns with their members and sources, from YAML.

A lexicon file holds ``entries``; each entry has a canonical simplified ``term``, a ``kind``,
spelling ``variants``, ordered ``components``, a ``source`` and a ``level``. Traditional
spellings need not be listed: matching runs on text converted to simplified characters.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterator, Optional, Sequence

from slogans.errors import Problem, RuleError, problem
from slogans.matcher import LiteralMatcher
from slogans.model import KINDS
from slogans.normalize import to_simplified
from slogans.resources import builtin_lexicon_dir
from slogans.yamlfile import LINE, check_keys, load_yaml, strip_lines

LEVELS = ("national", "provincial", "local", "campaign")
_ENTRY_KEYS: dict[str, tuple[type, ...]] = {
    "term": (str,), "kind": (str,), "variants": (list,), "components": (list,), "source": (str,),
    "level": (str,), "since": (int,), "until": (int,), "versions": (list,), "notes": (str,), "match": (str,),
}
#: Where an entry's names count: anywhere in a text, or only in a text that quotes the term once.
MATCH_MODES = ("anywhere", "quoted")


@dataclass(frozen=True)
class LexiconEntry:
    """One known term: its canonical form, kind, variants, members and where they come from."""

    term: str
    kind: str
    variants: tuple[str, ...] = ()
    components: Optional[tuple[str, ...]] = None
    source: str = ""
    level: str = "national"
    since: Optional[int] = None
    until: Optional[int] = None
    versions: tuple[dict[str, Any], ...] = ()
    notes: str = ""
    match: str = "anywhere"
    file: str = ""
    line: int = 0

    @property
    def names(self) -> tuple[str, ...]:
        """The term and all its variants."""
        return (self.term, *self.variants)


@lru_cache(maxsize=65536)
def surface_key(text: str) -> str:
    """The form under which a surface is looked up: simplified, spaces removed."""
    return "".join(to_simplified(text).split())


@dataclass
class Lexicon:
    """A set of lexicon entries with a lookup by any name and a one-pass automaton over texts.

    Examples:
        >>> lex = Lexicon.load()
        >>> lex.get("五個好").term
        '五个好'
    """

    entries: list[LexiconEntry] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    overridden: list[str] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_name: dict[str, LexiconEntry] = {}
        for entry in self.entries:
            for name in entry.names:
                self._by_name[surface_key(name)] = entry
        self._matcher: Optional[LiteralMatcher[LexiconEntry]] = None

    @classmethod
    def load(cls, paths: Optional[Sequence[Path]] = None, builtin: bool = True) -> "Lexicon":
        """The built-in lexicon (unless ``builtin`` is False) plus the user's files or folders.

        A user's entry with the same term as a built-in one replaces it (listed in ``overridden``).
        Raises RuleError listing every problem of every file.
        """
        builtin_list = sorted(builtin_lexicon_dir().glob("*.yaml")) if builtin else []
        files: list[Path] = list(builtin_list)
        for p in (Path(p) for p in paths or []):
            files.extend(sorted(p.glob("*.yaml")) if p.is_dir() else [p])
        builtin_files = {str(f) for f in builtin_list}
        entries: dict[str, LexiconEntry] = {}
        claimed: dict[str, LexiconEntry] = {}
        problems: list[Problem] = []
        overridden: list[str] = []
        for f in files:
            try:
                data = load_yaml(f, "entries")
            except RuleError as exc:
                problems += exc.problems
                continue
            for item in data.get("entries") or []:
                entry, errs = _check_entry(item, str(f))
                problems += errs
                if entry is None:
                    continue
                if entry.term in entries and str(f) not in builtin_files and entries[entry.term].file in builtin_files:
                    overridden.append(entry.term)
                    for name in entries[entry.term].names:
                        claimed.pop(surface_key(name), None)
                elif entry.term in entries:
                    problems.append(problem("E030", str(f), entry.line, entry.term, key=entry.term, found=entries[entry.term].term, allowed=entry.term))
                    continue
                for name in entry.names:
                    key = surface_key(name)
                    other = claimed.get(key)
                    if other is not None and other.term != entry.term:
                        problems.append(problem("E030", str(f), entry.line, entry.term, key=name, found=other.term, allowed=entry.term))
                    claimed[key] = entry
                entries[entry.term] = entry
        if problems:
            raise RuleError(problems)
        return cls(list(entries.values()), [str(f) for f in files], overridden)

    def __iter__(self) -> Iterator[LexiconEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def get(self, name: str) -> Optional[LexiconEntry]:
        """The entry that ``name`` (canonical, variant, traditional, with stray spaces) refers to."""
        return self._by_name.get(surface_key(name))

    def find(self, simplified_text: str) -> Iterator[tuple[int, int, LexiconEntry]]:
        """Every occurrence of any entry's name in an already simplified text, longest first.

        Entries whose ``match`` is 'quoted' are found too; the caller keeps them only where the
        text quotes the term at least once.
        """
        if self._matcher is None:
            self._matcher = LiteralMatcher((name, e) for e in self.entries for name in e.names if e.kind != "slogan")
        return self._matcher.find(simplified_text)


def _check_entry(item: Any, file: str) -> tuple[Optional[LexiconEntry], list[Problem]]:
    if not isinstance(item, dict):
        return None, [problem("E012", file, None, None, key="entry", expected="mapping", found=type(item).__name__)]
    name = str(item.get("term", f"<entry at line {item.get(LINE)}>"))
    line = item.get(LINE)
    problems = check_keys(item, _ENTRY_KEYS, {"term", "kind", "source"}, file, name)
    if problems:
        return None, problems
    if item["kind"] not in KINDS:
        problems.append(problem("E013", file, line, name, key="kind", found=item["kind"], allowed=", ".join(KINDS)))
    if item.get("match", "anywhere") not in MATCH_MODES:
        problems.append(problem("E013", file, line, name, key="match", found=item.get("match"), allowed=", ".join(MATCH_MODES)))
    if item.get("level", "national") not in LEVELS:
        problems.append(problem("E013", file, line, name, key="level", found=item.get("level"), allowed=", ".join(LEVELS)))
    for key in ("variants", "components"):
        values = item.get(key) or []
        if any(not isinstance(v, (str, int)) or not str(v).strip() for v in values):
            problems.append(problem("E012", file, line, name, key=key, expected="a list of non-empty strings", found=values))
    if problems:
        return None, problems
    comps = item.get("components")
    return LexiconEntry(
        term=item["term"], kind=item["kind"],
        variants=tuple(str(v) for v in item.get("variants") or () if str(v) != item["term"]),
        components=tuple(str(c) for c in comps) if comps else None,
        source=item["source"], level=item.get("level", "national"), since=item.get("since"), until=item.get("until"),
        versions=tuple(strip_lines(item.get("versions") or [])), notes=item.get("notes", ""),
        match=item.get("match", "anywhere"), file=file, line=line or 0,
    ), []
