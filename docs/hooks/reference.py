"""mkdocs hook: fill each ``<!-- generated: NAME -->`` marker of the reference pages from the code.

The command pages come from the click commands, the keys from the loaders' schemas and the built-in
settings files, the codes from the code catalogues, so the reference cannot fall behind the code. A key or
code without a description here is a warning, which fails ``mkdocs build --strict`` (and so ``make test``).

Every import of a ``slogans`` module path is in ``_sources()``: when modules move, only that function changes.
"""
from __future__ import annotations

import html
import logging
import re
from pathlib import Path
from types import SimpleNamespace
from typing import Any, Callable, Iterable

import click
import yaml

log = logging.getLogger("mkdocs.hooks.reference")

MARKER = re.compile(r"<!-- generated: ([a-z-]+) -->")
#: A field of a code's message template, shown as ‹field›.
PLACEHOLDER = re.compile(r"{(\w+)}")
#: Files of the built-in rules whose ``settings:`` section the settings page lists, in this order.
SETTINGS_FILES = ("settings.yaml", "heads.yaml", "split.yaml")
#: Width of the ``--help`` text on the command pages.
HELP_WIDTH = 80


def _sources() -> SimpleNamespace:
    """The code the reference is generated from: the ONE place that names module paths."""
    from importlib.metadata import entry_points

    import slogans
    from slogans import Lexicon, codes
    from slogans.config import lexicon_schema, rules
    from slogans.config.resources import builtin_rules_dir
    from slogans.lint import project_config

    (script,) = [ep for ep in entry_points(group="console_scripts") if ep.name == "slogans"]
    return SimpleNamespace(
        package=slogans,
        cli=script.load(),
        rule_keys=rules.RULE_KEYS,
        yield_keys=rules.YIELD_KEYS,
        rule_values={"stage": rules.STAGES, "kind": rules.KINDS, "scope": rules.SCOPES,
                     "enumeration": rules.ENUMERATIONS},
        rule_required=(set(rules.REQUIRED_RULE_KEYS), set(rules.REQUIRED_YIELD_KEYS)),
        macros=rules.load_rules().macros,
        entry_keys=lexicon_schema.ENTRY_KEYS,
        entry_required=lexicon_schema.REQUIRED_ENTRY_KEYS,
        source_keys=lexicon_schema.SOURCE_KEYS,
        source_required=lexicon_schema.REQUIRED_SOURCE_KEYS,
        version_keys=lexicon_schema.VERSION_KEYS,
        version_required=lexicon_schema.REQUIRED_VERSION_KEYS,
        entry_values={"level": lexicon_schema.LEVELS, "match": lexicon_schema.MATCH_MODES,
                      "unquoted": lexicon_schema.UNQUOTED_MODES},
        config_keys={**{k: "list of strings" for k in project_config.LIST_KEYS},
                     **{k: "string" for k in project_config.STR_KEYS}},
        config_files=project_config.CONFIG_FILES,
        rules_dir=Path(builtin_rules_dir()),
        lexicon=Lexicon.load([]),
        check_codes={c: v for c, v in codes.CODES.items() if c.startswith("SLG")},
        error_codes={c: v for c, v in codes.CODES.items() if c.startswith("E")},
    )


# ---------------------------------------------------------------- descriptions (what the code cannot say)

RULE_KEYS = {
    "id": "unique name of the rule; findings and mentions (`rule_id`) refer to it",
    "stage": "`detect` finds terms; `define` finds a term's members in the document",
    "kind": "the kind of term the rule finds",
    "pattern": "a regular expression (`regex` module, V1) with named groups; `{MACRO}` expands a macro",
    "yields": "which groups give the term and its members, and how to read them (keys below)",
    "description": "what the rule finds, for people",
    "examples": "`match:` (texts with the term, and members, they must give) and `no_match:` (texts that must give nothing); run by `slogans rules test`",
    "priority": "define rules: the lower number wins when two rules define the same term",
    "requires": "a regex or a list of regexes (best each led by a literal) any matching text must contain: a text without it is skipped after one fast search",
    "scope": "`line`: run only on the lines a `requires` gate matches (needs `requires`); default `text`",
}
YIELD_KEYS = {
    "term": "the group holding the term",
    "members": "the group holding the member list",
    "separators": "characters that separate members",
    "enumeration": "members are the head phrases of 一是…二是… items after a colon (`colon`) or on the next lines (`next_line`), or of the sentences that open with the verb the match ends with (`openers`: 五个聚焦 ⏎聚焦…); `morpheme`: the list near the name read by its counted morpheme; `spelled`: the quoted numbered names whose numbers spell a name of numerals (“543”)",
    "term_known": "the term group must be a term the document uses: its `suffix`, `head`, `prefix`, or `spelled` (a fused run's unit)",
    "strip_leading": "words taken off the start of each member",
    "split_last_on": "words that join the last two members (和, 及, 与)",
    "boundary": "`segmenter`: the term must end at a word boundary",
    "quoted_members": "each quoted phrase in the members group is a member",
    "fused": "the members group is one run, cut before each repeat of its first character",
    "echo_term": "every member must hold a character of the term's words",
    "parallel": "the members must be written in parallel (a paragraph of prose is no member list)",
    "governed_pair": "the members group is a clause ending in a pair A和B of one length, governed by the words before it; the pair alone is kept",
}
ENTRY_KEYS = {
    "term": "the canonical form, in simplified characters (what the report's `term` column shows)",
    "kind": "`numbered`, `campaign` or `slogan` (see the annotation guideline)",
    "source": "where the members come from: a mapping (keys below). A user's lexicon may give one free-text string instead; the built-in lexicon may not",
    "variants": "other spellings: long and short forms (五个带头 / 五带头), and traditional forms. Traditional spellings need not be listed; a listed one must be what OpenCC `s2t` gives, or be in `opencc_exceptions`",
    "components": "the ordered members, as current today (with `versions`: those of the latest version; may then be left out)",
    "level": "default `national`",
    "since": "the year the formula was introduced (`since` ≤ `until`)",
    "until": "the year it stopped being current",
    "versions": "for a formula whose members changed: a list of versions (keys below), sorted by `since` and not overlapping; a version without `until` runs until the next one begins",
    "arithmetic": "why the member count differs from what the numerals promise (两个一百年: 2 goals, not 102); required whenever it does",
    "opencc_exceptions": "traditional variants that are not OpenCC's `s2t` output; `notes` must mention each one and say why",
    "notes": "anything a user should know; where sources disagree, say so here",
    "match": "`quoted`: the term counts only in a text that quotes it at least once (strings also used otherwise); default `anywhere`",
    "uncertain": "why the member list is not certain; shown by `lexicon show` and in the `uncertain` column of listings",
    "unquoted": "how a mention without quotation marks counts: `counts` (a term wherever it stands: a compressed coinage no writer uses as plain words, 放管服), `named` (only where the document names it: quoted once, a campaign noun after it or a verb that runs it before it; or `decision.lexicon_min_mentions` mentions where set above 0); default: `named` for the kinds in `decision.lexicon_gated_kinds` (campaign), `counts` for the others",
    "context": "for a name others use for lists of their own (两新, 四强, 八大行动): words of the entry's subject, from its source, of which one must stand near a mention (see `context_window`) for the entry to give its members; without one the mention still counts as it would, with no members. Simplified characters, none holding the entry's name (E048)",
    "context_window": "how near a `context` word must stand: characters on either side of a mention (default 100, about two sentences), or `document` for anywhere in the document; only with `context` (E038)",
}
SOURCE_KEYS = {
    "body": "issuing body or speaker",
    "document": "the document or meeting",
    "date": "`\"YYYY\"`, `\"YYYY-MM\"` or `\"YYYY-MM-DD\"`",
    "url": "a stable address, if there is one",
}
VERSION_KEYS = {
    "since": "the year these members began", "until": "the year they ended",
    "components": "the members of this version", "source": "as for the entry", "notes": "as for the entry",
}
CONFIG_KEYS = {
    "lexicon": "lexicon files or folders, added to the built-in lexicon",
    "rules": "rule files or folders, added to the built-in rules",
    "select": "codes or prefixes to report (`SLG0`); empty: every code",
    "ignore": "codes or prefixes not to report",
    "baseline": "the baseline file of `slogans check`",
    "encoding": "the corpus's encoding, for SLG102 (default `utf-8`)",
    "script": "`any` (default), `simplified` or `traditional`, for SLG102",
    "glob": "the files taken from a folder (default `*.txt`)",
    "weights": "weights of the quoted-phrase decision from `slogans train` (default: the built-in weights)",
}


# ---------------------------------------------------------------- the generated blocks

def _cell(text: object) -> str:
    return html.escape(str(text), quote=False).replace("|", "\\|").replace("\n", " ")


def _code(text: str) -> str:
    """Literal text (a pattern, a value) as inline code in a table cell. Written as HTML with the characters
    that Markdown, tables or mkdocs' HTML scan would act on (\\ * _ [ ` | <!) as entities."""
    if not text:
        return ""
    escaped = html.escape(text, quote=False)
    for char in "\\*_[]`|!":
        escaped = escaped.replace(char, f"&#{ord(char)};")
    return f"<code>{escaped}</code>"


def _type_name(types: Iterable[type]) -> str:
    names = {"str": "string", "dict": "mapping", "list": "list", "int": "integer", "bool": "true/false",
             "object": "any"}
    return " or ".join(names.get(t.__name__, t.__name__) for t in types)


def _keys_table(keys: dict[str, tuple[type, ...]], required: set[str], described: dict[str, str], what: str,
                values: dict[str, tuple[str, ...]] | None = None) -> str:
    rows = ["| key | type | required | meaning |", "| --- | --- | --- | --- |"]
    for key, types in keys.items():
        meaning = described.get(key)
        if meaning is None:
            log.warning("docs/hooks/reference.py: the %s key '%s' has no description", what, key)
            meaning = ""
        if values and key in values:
            meaning += " (one of: " + ", ".join(f"`{v}`" for v in values[key]) + ")"
        rows.append(f"| `{key}` | {_type_name(types)} | {'yes' if key in required else 'no'} | {meaning} |")
    for key in set(described) - set(keys):
        log.warning("docs/hooks/reference.py: '%s' is described but is no %s key", key, what)
    return "\n".join(rows)


def _commands(group: click.Command, ctx: click.Context) -> Iterable[tuple[click.Command, click.Context]]:
    yield group, ctx
    if isinstance(group, click.Group):
        for name in group.list_commands(ctx):
            sub = group.get_command(ctx, name)
            if sub is not None and not sub.hidden:
                yield from _commands(sub, click.Context(sub, info_name=name, parent=ctx,
                                                        terminal_width=HELP_WIDTH, max_content_width=HELP_WIDTH))


def cli_page(src: SimpleNamespace) -> str:
    """One section per command: its one-line summary and its ``--help`` text."""
    root = click.Context(src.cli, info_name="slogans", terminal_width=HELP_WIDTH, max_content_width=HELP_WIDTH)
    parts = []
    for cmd, ctx in _commands(src.cli, root):
        name = ctx.command_path
        level = "#" * min(2 + name.count(" ") - 1, 4) if " " in name else "##"
        parts.append(f"{level} `{name}`\n\n{_cell(cmd.get_short_help_str(limit=200))}\n\n"
                     f"```text\n{cmd.get_help(ctx)}\n```")
    return "\n\n".join(parts)


def rule_keys_page(src: SimpleNamespace) -> str:
    rule_required, yield_required = src.rule_required
    return ("## A rule\n\n" + _keys_table(src.rule_keys, rule_required, RULE_KEYS, "rule", src.rule_values)
            + "\n\n## `yields`\n\n" + _keys_table(src.yield_keys, yield_required, YIELD_KEYS, "yields", src.rule_values))


def macros_page(src: SimpleNamespace) -> str:
    rows = ["| macro | pattern (as written; it may use other macros) |", "| --- | --- |"]
    rows += [f"| `{{{name}}}` | {_code(pattern)} |" for name, pattern in sorted(src.macros.items())]
    return "\n".join(rows)


def public_names(src: SimpleNamespace) -> str:
    """The names ``slogans`` exports, each with the first paragraph of its docstring (Markdown: the docstrings'
    double backticks become code spans); a name without a docstring is a warning."""
    import inspect

    rows = ["| name | what it is |", "| --- | --- |"]
    for name in src.package.__all__:
        obj = getattr(src.package, name)
        if isinstance(obj, str):
            rows.append(f"| `{name}` | the package's version, `{obj}` |")
            continue
        doc = " ".join((inspect.getdoc(obj) or "").strip().split("\n\n")[0].split()).replace("``", "`")
        if not doc:
            log.warning("docs/hooks/reference.py: the public name '%s' has no docstring", name)
        kind = "class" if inspect.isclass(obj) else "function"
        rows.append(f"| `{name}` ({kind}) | {doc.replace('|', '&#124;').replace('<', '&lt;')} |")
    return "\n".join(rows)


def lexicon_keys_page(src: SimpleNamespace) -> str:
    return ("### An entry\n\n" + _keys_table(src.entry_keys, src.entry_required, ENTRY_KEYS, "lexicon entry", src.entry_values)
            + "\n\n### `source`\n\n" + _keys_table(src.source_keys, src.source_required, SOURCE_KEYS, "source")
            + "\n\n### A version (`versions:`)\n\n"
            + _keys_table(src.version_keys, src.version_required, VERSION_KEYS, "version"))


def lexicon_counts(src: SimpleNamespace) -> str:
    """What the built-in lexicon holds, counted: the figures cannot fall behind the files."""
    from collections import Counter

    entries = src.lexicon.select()
    levels, kinds = Counter(e.level for e in entries), Counter(e.kind for e in entries)
    by_file = Counter(Path(str(getattr(e, "file", "") or "")).name for e in entries)
    quoted = sum(1 for e in entries if e.match == "quoted")
    uncertain = sum(1 for e in entries if e.uncertain)
    empty = sorted(e.term for e in entries if not e.components and not e.versions)
    versioned = sum(1 for e in entries if e.versions)
    in_context = sum(1 for e in entries if e.context)
    text = (f"**{len(entries)} entries**: by level {levels['national']} national, {levels['provincial']} provincial, "
            f"{levels['local']} local and {levels['campaign']} campaign-level; by kind {kinds['numbered']} numbered "
            f"formulae, {kinds['campaign']} campaign names and {kinds['slogan']} slogans. {quoted} count only where "
            f"the text quotes them (`match: quoted`), {uncertain} say in `uncertain:` what about their members or "
            f"source is not certain, {versioned} carry dated `versions`, {in_context} give their members only with a "
            f"`context` word in sight, and {len(empty)} have no fixed member list "
            f"({', '.join(empty)}): counted, not expanded.")
    if len(by_file) > 1:
        rows = ["| file | entries |", "| --- | ---: |"] + [f"| `{name}` | {n} |" for name, n in sorted(by_file.items())]
        text += "\n\n" + "\n".join(rows)
    return text


def config_keys_page(src: SimpleNamespace) -> str:
    rows = ["| key | type | meaning |", "| --- | --- | --- |"]
    for key, kind in src.config_keys.items():
        if key not in CONFIG_KEYS:
            log.warning("docs/hooks/reference.py: the configuration key '%s' has no description", key)
        rows.append(f"| `{key}` | {kind} | {CONFIG_KEYS.get(key, '')} |")
    files = " or ".join(f"`{f}`" for f in src.config_files)
    return f"Files looked for, in this order in each folder: {files}.\n\n" + "\n".join(rows)


def _short(value: Any, limit: int = 70) -> str:
    if isinstance(value, dict):
        text = "{" + ", ".join(f"{k}: {_short(v, 20)}" for k, v in value.items()) + "}"
    elif isinstance(value, list):
        text = f"{len(value)} items: " + ", ".join(str(v) for v in value)
    elif isinstance(value, bool):
        text = str(value).lower()
    else:
        text = str(value)
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _comments(lines: list[str], indent: int) -> dict[str, str]:
    """The comment lines right above each key at ``indent`` spaces, joined."""
    found, pending = {}, []
    key_line = re.compile(r"^ {%d}([a-z_]+):" % indent)
    for line in lines:
        stripped = line.strip()
        if stripped.startswith("#") and len(line) - len(line.lstrip()) == indent:
            pending.append(stripped.lstrip("# "))
        elif (m := key_line.match(line)):
            found[m.group(1)] = " ".join(pending)
            pending = []
        elif stripped and not stripped.startswith("#"):
            pending = []
    return found


def settings_keys_page(src: SimpleNamespace) -> str:
    parts = []
    for name in SETTINGS_FILES:
        path = src.rules_dir / name
        text = path.read_text(encoding="utf-8")
        settings = yaml.safe_load(text)["settings"]
        lines = text.splitlines()
        section_notes, key_notes = _comments(lines, 2), _comments(lines, 4)
        for section, keys in settings.items():
            rows = [f"### `{section}` (`rules/{name}`)", ""]
            if section_notes.get(section):
                rows += [_cell(section_notes[section]), ""]
            rows += ["| key | built-in value | what it is |", "| --- | --- | --- |"]
            for key, value in keys.items():
                rows.append(f"| `{key}` | {_code(_short(value))} | {_cell(key_notes.get(key, ''))} |")
            parts.append("\n".join(rows))
    return "\n\n".join(parts)


def _codes_table(codes: dict[str, Any]) -> str:
    """One row per code of the catalogue (``slogans.codes.CODES``): what it means and its message."""
    rows = ["| code | meaning | message |", "| --- | --- | --- |"]
    for code, entry in codes.items():
        message = PLACEHOLDER.sub(r"‹\1›", entry.template)
        rows.append(f"| `{code}` | {_cell(entry.meaning)} | {_cell(message)} |")
    return "\n".join(rows)


GENERATORS: dict[str, Callable[[SimpleNamespace], str]] = {
    "cli": cli_page,
    "rule-keys": rule_keys_page,
    "macros": macros_page,
    "public-names": public_names,
    "lexicon-keys": lexicon_keys_page,
    "lexicon-counts": lexicon_counts,
    "config-keys": config_keys_page,
    "settings-keys": settings_keys_page,
    "check-codes": lambda src: _codes_table(src.check_codes),
    "error-codes": lambda src: _codes_table(src.error_codes),
}


_built: dict[str, SimpleNamespace] = {}


def on_pre_build(config: Any) -> None:
    """Read the code afresh for every build (``mkdocs serve`` rebuilds after each edit)."""
    _built.clear()


def on_page_markdown(markdown: str, page: Any, config: Any, files: Any) -> str:
    """Replace every marker of the page by its generated block; an unknown marker is a warning."""
    if not MARKER.search(markdown):
        return markdown
    if "src" not in _built:
        _built["src"] = _sources()
    src = _built["src"]

    def fill(match: re.Match[str]) -> str:
        generate = GENERATORS.get(match.group(1))
        if generate is None:
            log.warning("%s: unknown marker '%s'", page.file.src_path, match.group(0))
            return ""
        return generate(src)

    return MARKER.sub(fill, markdown)
