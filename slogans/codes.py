"""The one catalogue of codes and messages: E0xx (the loaders of rules, settings and lexicon files)
and SLGxxx (the findings of ``slogans check`` and ``slogans rules``).

``CODES`` maps each code to its message template (``str.format`` fields in braces) and its
meaning (one line, for the documentation); ``message`` fills a template. Tests assert on the codes.

Example:
    >>> message("E011", key="pattern")
    "missing required key 'pattern'"
    >>> CODES["SLG001"].meaning
    'a numbered formula or quoted campaign name that is neither in the lexicon nor defined in the document'
"""
from __future__ import annotations

from typing import Any, NamedTuple


class Code(NamedTuple):
    """A code's message template and what the code means."""

    template: str
    meaning: str


#: Every code: its message template and its meaning.
CODES: dict[str, Code] = {
    # loaders: reading a file
    "E001": Code("cannot read the file: {detail}", "a rule, settings or lexicon file cannot be read"),
    "E002": Code("not valid YAML: {detail}", "a file is not valid YAML"),
    "E003": Code("expected a mapping with the key '{key}' at the top, found {found}", "a file lacks its top-level key (rules, settings, entries)"),
    # loaders: keys and values
    "E010": Code("unknown key '{key}' (allowed: {allowed})", "an unknown key: a misspelt rule, settings or lexicon key"),
    "E011": Code("missing required key '{key}'", "a required key is missing"),
    "E012": Code("'{key}' must be {expected}, found {found}", "a value of the wrong type"),
    "E013": Code("'{key}' has the value '{found}', expected one of: {allowed}", "a value outside the allowed choices"),
    "E014": Code("duplicate id '{key}' (first defined at line {found})", "two rules with one id"),
    # rule patterns
    "E020": Code("pattern does not compile: {detail}", "a rule's pattern is not a valid regular expression"),
    "E021": Code("pattern lacks the named group '{key}' that 'yields' refers to", "a rule yields a group its pattern does not have"),
    "E022": Code("unknown macro '{key}' in pattern (defined: {allowed})", "a pattern uses a macro that is not defined"),
    # lexicon entries: values (checked on every load)
    "E030": Code("'{key}' is claimed by two entries: '{found}' and '{allowed}'", "one name claimed by two lexicon entries"),
    "E031": Code("'{key}' must be a date written YYYY, YYYY-MM or YYYY-MM-DD, found '{found}'", "a malformed date"),
    "E032": Code("'{key}' must be a year such as 2014, found '{found}'", "a malformed year"),
    "E033": Code("'since' ({found}) is later than 'until' ({allowed})", "a period that ends before it begins"),
    "E034": Code(
        "versions must be sorted by 'since': the version since {found} comes after the one since {allowed}",
        "an entry's versions out of order",
    ),
    "E035": Code("the version since {found} overlaps the one before it, which runs until {allowed}", "two versions of an entry overlap"),
    "E036": Code(
        "'components' differ from those of the latest version (since {found}): {detail}",
        "an entry's components disagree with its latest version",
    ),
    "E037": Code("'opencc_exceptions' lists '{key}', which is not one of the entry's variants", "an OpenCC exception that is no variant"),
    "E038": Code("'{key}' is given without 'context' words", "a context window without context words"),
    # lexicon checks (slogans.config.lexicon_checks; run by the tests and by the lint command)
    "E040": Code(
        "{found} members, but the numerals of '{key}' promise {allowed}; say why in 'arithmetic:'",
        "an entry's members disagree with its numerals, unexplained",
    ),
    "E041": Code(
        "the traditional variant '{key}' is not what OpenCC s2t gives for a name of the entry ({allowed}); "
        "list it in 'opencc_exceptions' and explain it in 'notes'",
        "a traditional variant that OpenCC does not give, unexplained",
    ),
    "E042": Code(
        "'opencc_exceptions' lists '{key}', but 'notes' do not mention it: say why it differs from OpenCC",
        "an OpenCC exception without a note",
    ),
    "E043": Code(
        "'opencc_exceptions' lists '{key}', but OpenCC s2t gives exactly that: remove it from the list",
        "an OpenCC exception that OpenCC agrees with",
    ),
    "E044": Code("'term' must be in simplified characters: OpenCC t2s gives '{found}'", "an entry's term not in simplified characters"),
    "E045": Code("'source' is a plain string; give a mapping with body, document and date", "an unstructured source"),
    "E046": Code("the entry's years ({found}) do not cover those of its versions ({allowed})", "an entry's years do not cover its versions"),
    "E047": Code("a {key} entry without members must say why in 'uncertain:'", "an entry without members, unexplained"),
    "E048": Code("the context word '{key}' shows nothing: {found}", "a context word in traditional characters or holding the entry's name"),
    # findings of slogans check
    "SLG001": Code(
        "unknown {kind} “{term}”: not in the lexicon, not defined in the document{guess}",
        "a numbered formula or quoted campaign name that is neither in the lexicon nor defined in the document",
    ),
    "SLG002": Code(
        "“{term}” is expanded to {count} members ({members}) but its numerals promise {promise}",
        "a document's expansion whose member count disagrees with the numeral arithmetic",
    ),
    "SLG003": Code(
        "the document defines “{term}” as {members}; the lexicon has {lexicon}",
        "a document defines a known term with members different from the lexicon's",
    ),
    "SLG004": Code(
        "“{term}” is used in a document of {year} ({dated}), before {since}, the year its lexicon entry says it began",
        "a document dated before the year its lexicon entry says a formula began uses it",
    ),
    "SLG101": Code("{reason}", "a file that cannot be decoded, is empty or is not text"),
    "SLG102": Code("{detail}", "mixed or unexpected script or encoding"),
    # findings of slogans rules
    "SLG201": Code("[{rule}] example {example}: {failure}", "a rule's embedded example fails"),
}


def message(code: str, **fields: Any) -> str:
    """The message of ``code`` with ``fields`` filled in (each shown as ``str`` shows it)."""
    return CODES[code].template.format(**{k: str(v) for k, v in fields.items()})
