"""The lexicon: known formulae and campaigns with their members and sources, from YAML.

A lexicon file holds ``entries``; each entry has a canonical simplified ``term``, a ``kind``,
spelling ``variants``, ordered ``components``, a ``source`` and a ``level``, and for a formula
whose members changed, ``versions``. The schema is checked on every load (``lexicon_schema``);
the checks across entries and against OpenCC are in ``lexicon_checks``. Traditional spellings
need not be listed: matching runs on text converted to simplified characters.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Iterator, Optional, Sequence, Union

from slogans.errors import Problem, RuleError, problem
from slogans.config.lexicon_cache import cache_names, read_entries, write_entries
from slogans.config.lexicon_entry import LexiconEntry, Source, Version
from slogans.config.lexicon_schema import LEVELS, MATCH_MODES, parse_entry
from slogans.text.matcher import LiteralMatcher
from slogans.text.normalize import to_simplified
from slogans.config.resources import builtin_lexicon_dir
from slogans.config.yamlfile import load_yaml

__all__ = ["LEVELS", "MATCH_MODES", "Lexicon", "LexiconEntry", "Override", "Source", "Version", "surface_key"]


@dataclass(frozen=True)
class Override:
    """A user's entry that replaces a built-in entry with the same term."""

    entry: LexiconEntry
    replaced: LexiconEntry

    @property
    def notice(self) -> str:
        """The one-line notice the command line prints on stderr."""
        return f"notice: {self.entry.where}: {self.entry.term} overrides the built-in entry ({self.replaced.where})"


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
        >>> lex.version_for("四个全面", 2016).components[0]
        '全面建成小康社会'
    """

    entries: list[LexiconEntry] = field(default_factory=list)
    files: list[str] = field(default_factory=list)
    overrides: list[Override] = field(default_factory=list)

    def __post_init__(self) -> None:
        self._by_name: dict[str, LexiconEntry] = {}
        for entry in self.entries:
            for name in entry.names:
                self._by_name[surface_key(name)] = entry
        self._matcher: Optional[LiteralMatcher[LexiconEntry]] = None

    @classmethod
    def load(cls, paths: Optional[Sequence[Union[str, Path]]] = None, builtin: bool = True) -> "Lexicon":
        """The built-in lexicon (unless ``builtin`` is False) plus the user's files or folders.

        A user's entry with the same term as a built-in one replaces it (listed in ``overrides``,
        whose ``notice`` names both files). Raises RuleError listing every problem of every file.
        """
        builtin_list = sorted(builtin_lexicon_dir().glob("*.yaml")) if builtin else []
        files: list[Path] = list(builtin_list)
        for p in (Path(p) for p in paths or []):
            files.extend(sorted(p.glob("*.yaml")) if p.is_dir() else [p])
        builtin_files = {str(f) for f in builtin_list}
        entries: dict[str, LexiconEntry] = {}
        claimed: dict[str, LexiconEntry] = {}
        problems: list[Problem] = []
        overrides: list[Override] = []
        for f in files:
            parsed, errs = _parse_file(f)
            problems += errs
            for entry in parsed:
                previous = entries.get(entry.term)
                if previous is not None and str(f) not in builtin_files and previous.file in builtin_files:
                    overrides.append(Override(entry, previous))
                    for name in previous.names:
                        claimed.pop(surface_key(name), None)
                elif previous is not None:
                    problems.append(problem("E030", str(f), entry.line, entry.term, key=entry.term, found=previous.term, allowed=entry.term))
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
        return cls(list(entries.values()), [str(f) for f in files], overrides)

    @property
    def overridden(self) -> list[str]:
        """The terms whose built-in entry a user's entry replaced."""
        return [o.entry.term for o in self.overrides]

    @property
    def notices(self) -> list[str]:
        """One line per overridden built-in entry, naming both files."""
        return [o.notice for o in self.overrides]

    def __iter__(self) -> Iterator[LexiconEntry]:
        return iter(self.entries)

    def __len__(self) -> int:
        return len(self.entries)

    def __contains__(self, name: object) -> bool:
        return isinstance(name, str) and self.get(name) is not None

    def get(self, name: str) -> Optional[LexiconEntry]:
        """The entry that ``name`` (canonical, variant, traditional, with stray spaces) refers to."""
        return self._by_name.get(surface_key(name))

    def version_for(self, entry: Union[str, LexiconEntry], year: Optional[int]) -> Optional[Version]:
        """The version of ``entry`` (an entry or any of its names) current in ``year``.

        None when the entry is unknown or has no versions; without a year, the latest version.
        """
        found = self.get(entry) if isinstance(entry, str) else entry
        return found.version_for(year) if found is not None else None

    def select(self, level: Optional[str] = None, kind: Optional[str] = None) -> list[LexiconEntry]:
        """The entries of a level and/or a kind, in lexicon order."""
        return [e for e in self.entries if (level is None or e.level == level) and (kind is None or e.kind == kind)]

    def search(self, query: str) -> list[LexiconEntry]:
        """Entries whose term, variants, members (any version) or notes contain ``query``.

        The query may be simplified or traditional. Entries named by the query come first, then
        those whose names contain it, then those whose members or notes do.

        Examples:
            >>> [e.term for e in Lexicon.load().search("看齊意識")]
            ['四个意识']
        """
        key = surface_key(query)
        if not key:
            return []
        folded = key.casefold()
        ranked: list[tuple[int, int, LexiconEntry]] = []
        for index, entry in enumerate(self.entries):
            names = [surface_key(n) for n in entry.names]
            members = [surface_key(m) for m in entry.components or ()]
            members += [surface_key(m) for v in entry.versions for m in v.components]
            if key in names:
                rank = 0
            elif any(key in n for n in names):
                rank = 1
            elif any(key in m for m in members):
                rank = 2
            elif folded in to_simplified(entry.notes).casefold() or folded in str(entry.source).casefold():
                rank = 3
            else:
                continue
            ranked.append((rank, index, entry))
        return [entry for _, _, entry in sorted(ranked, key=lambda r: (r[0], r[1]))]

    def find(self, simplified_text: str) -> Iterator[tuple[int, int, LexiconEntry]]:
        """Every occurrence of any entry's name in an already simplified text, longest first.

        The automaton (Aho-Corasick) takes the longest name at each place and never reports a
        name inside a longer one: 八项规定 is not found inside 中央八项规定精神学习教育. Entries
        whose ``match`` is 'quoted' are found too; the caller keeps them only where the text
        quotes the term at least once.
        """
        if self._matcher is None:
            self._matcher = LiteralMatcher(
                (surface_key(name), e) for e in self.entries for name in e.names if e.kind != "slogan")
        return self._matcher.find(simplified_text)


_PARSED: dict[tuple[str, int, int], tuple[tuple[LexiconEntry, ...], tuple[Problem, ...]]] = {}
_PARSED_MAX = 64


def _parse_file(path: Path) -> tuple[tuple[LexiconEntry, ...], tuple[Problem, ...]]:
    """The valid entries of one file and the problems of the others.

    Kept per (path, modification time, size) so that loading the same lexicon again in one
    process (several Extractors, a test suite) parses nothing twice; entries are immutable.
    """
    try:
        stat = path.stat()
        key: Optional[tuple[str, int, int]] = (str(path), stat.st_mtime_ns, stat.st_size)
    except OSError:
        key = None
    if key is not None and key in _PARSED:
        return _PARSED[key]
    result = _parse_file_cached(path)
    if key is not None:
        if len(_PARSED) >= _PARSED_MAX:
            _PARSED.pop(next(iter(_PARSED)))
        _PARSED[key] = result
    return result


def _parse_file_cached(path: Path) -> tuple[tuple[LexiconEntry, ...], tuple[Problem, ...]]:
    """``_parse_file`` across processes: the entries of a file without problems come from the
    user's cache folder while the file is unchanged (see slogans.config.lexicon_cache)."""
    try:
        data = path.read_bytes()
    except OSError:
        return _parse_yaml(path)  # which reports the problem
    name, source = cache_names(path, data)
    cached = read_entries(name)
    if cached is not None:
        return cached, ()
    result = _parse_yaml(path)
    if not result[1]:
        write_entries(name, source, result[0])
    return result


def _parse_yaml(path: Path) -> tuple[tuple[LexiconEntry, ...], tuple[Problem, ...]]:
    try:
        data = load_yaml(path, "entries")
    except RuleError as exc:
        return (), tuple(exc.problems)
    items = data.get("entries") or []
    if not isinstance(items, list):
        return (), (problem("E012", str(path), 1, None, key="entries", expected="a list", found=type(items).__name__),)
    entries: list[LexiconEntry] = []
    problems: list[Problem] = []
    for item in items:
        entry, errs = parse_entry(item, str(path))
        problems += errs
        if entry is not None:
            entries.append(entry)
    return tuple(entries), tuple(problems)

