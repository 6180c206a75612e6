"""The ``settings:`` of the YAML rule files: every section and key, its type, default and meaning.

``SETTINGS_SCHEMA`` is the one place that names the keys and their defaults. The loader checks
every settings file against it (``settings_problems``: an unknown section or key is E010, a value
of the wrong type E012, so ``slogans rules lint`` rejects a misspelt key), and the stages read a
section through ``section``, which fills in the defaults of the keys a file leaves out.

Example:
    >>> section({"quoted": {"max_term_chars": 40}}, "quoted")["max_term_chars"]
    40
    >>> section({}, "quoted")["min_clause_chars"]
    2
"""
from __future__ import annotations

import copy
from dataclasses import dataclass
from typing import Any, Optional

from slogans.errors import Problem, problem
from slogans.punctuation import LIST_SEPARATORS
from slogans.yamlfile import LINE



@dataclass(frozen=True)
class Setting:
    """One settings key: the types its value may have, its default and what it does."""

    types: tuple[type, ...]
    default: Any
    meaning: str

    @property
    def type_name(self) -> str:
        """The types as the schema documentation and the E012 message name them."""
        return " or ".join("number" if t is float else t.__name__ for t in self.types if t is not int or float not in self.types)


_NUM = (int, float)
_LIST = (list,)
_STR = (str,)
_INT = (int,)
_MAP = (dict,)


def _s(types: tuple[type, ...], default: Any, meaning: str) -> Setting:
    return Setting(types, default, meaning)


#: What each section is for.
SECTIONS: dict[str, str] = {
    "normalize": "how texts are normalised before matching (offsets map back to the original)",
    "enumeration": "the markers of enumerated lists (一是…二是…, 第一…第二…) that definitions are read from",
    "quoted": "the shape of quoted phrases: clauses, lengths, quoted speech",
    "campaign": "the evidence for a quoted campaign name: the nouns, verbs and heads around it",
    "decision": "the word classes and windows of the quoted-phrase decision (its weights are fitted)",
    "numbered": "the decision on unquoted numeral phrases: heads, tags, evidence weights and threshold",
    "check": "thresholds of `slogans check`",
    "split": "heading and tail rules that cut a compilation into documents (`--split`)",
}

#: Every section and key of ``settings:``, with its types, default and meaning.
SETTINGS_SCHEMA: dict[str, dict[str, Setting]] = {
    "normalize": {
        "traditional_to_simplified": _s((bool,), True, "convert traditional characters to simplified (OpenCC t2s)"),
        "fold_fullwidth": _s((bool,), False, "fold full-width ASCII (，：；０-９) to half-width"),
        "variant_chars": _s(_MAP, {}, "variant characters of scanned or badly converted text -> the standard character"),
        "remove": _s(_LIST, [], "patterns removed before matching (page markers, spaces and line breaks inside words)"),
    },
    "enumeration": {
        "families": _s(_LIST, [], "marker families, {n} = 一, 二 …, {d} = 1, 2 …, {c} = ①, ② …"),
        "item_end": _s(_STR, "[。;；,，:：!！?？\n]", "where an enumerated item's head ends (a regex class)"),
        "max_gap": _s(_INT, 600, "the most characters between two markers of one list"),
        "strip_leading": _s(_STR, "", "a leading modal word taken off an item's head unless every item has one"),
    },
    "quoted": {
        "clause_separators": _s(_STR, LIST_SEPARATORS, "separators that make a quoted phrase a multi-clause slogan"),
        "min_clause_chars": _s(_INT, 2, "the fewest characters of a slogan's clause"),
        "max_term_chars": _s(_INT, 30, "the most characters of a quoted name"),
        "max_slogan_chars": _s(_INT, 120, "the most characters of a quoted slogan"),
        "speech_before": _s(_STR, "", "before a quotation: quoted speech (a speech verb and a colon)"),
        "speech_end": _s(_STR, "", "at a quotation's end: quoted speech (a sentence end inside it)"),
    },
    "campaign": {
        "right_nouns": _s(_LIST, [], "campaign nouns after a name or its list (活动, 工程 …)"),
        "right_gap": _s(_STR, "", "what may stand between the closing quote and the noun (的, 两大 …)"),
        "left_verbs": _s(_LIST, [], "campaign verbs before a name (开展, 推进 …)"),
        "suffixes": _s(_LIST, [], "campaign heads at a name's end (工程, 行动 …)"),
        "function_chars": _s(_STR, "", "function characters: a short quoted phrase holding one is mostly emphasis"),
        "coined_max_frequency": _s(_INT, 9, "at most this frequent in the dictionary: a coinage"),
        "common_word_frequency": _s(_INT, 10, "at least this frequent: one common word, mostly emphasis"),
    },
    "decision": {
        "window": _s(_INT, 12, "characters looked at on each side of a quotation"),
        "list_window": _s(_INT, 20, "characters looked at after a list of quotations"),
        "long_chars": _s(_INT, 10, "a one-clause phrase longer than this is more likely a sentence or title"),
        "naming_before": _s(_LIST, [], "words that name what follows (作为, 称为 …)"),
        "demonstratives": _s(_LIST, [], "a demonstrative after a name takes it up (这个, 这一 …)"),
        "speech_words": _s(_LIST, [], "pronouns and question words: quoted speech, not a name"),
        "title_before": _s(_LIST, [], "words before a title"),
        "award_words": _s(_LIST, [], "the words honours and awards end with"),
        "award_before": _s(_LIST, [], "the verbs before an award"),
        "award_after": _s(_LIST, [], "the nouns after an award"),
        "list_counters": _s(_STR, "个", "classifiers after a numeral that counts the list before it"),
        "idiom_tags": _s(_LIST, ["i", "l"], "dictionary tags of idioms and set phrases"),
        "modifier_tags": _s(_LIST, ["a"], "tags of a one-character modifier"),
        "verb_tags": _s(_LIST, ["v", "vd", "vn", "a", "ad", "d"], "tags of a verb, adjective or adverb"),
        "place_tags": _s(_LIST, ["ns"], "tags of place names"),
    },
    "numbered": {
        "classifiers": _s(_STR, "个", "characters that may stand between the numeral and the head"),
        "window_before": _s(_INT, 10, "characters of the clause segmented before a candidate"),
        "window_after": _s(_INT, 12, "characters of the clause segmented after a candidate"),
        "head_max_chars": _s(_INT, 5, "the longest head looked at after the classifier"),
        "ordinary_word_frequency": _s(_INT, 1000, "a word at least this frequent is ordinary"),
        "counting_heads": _s(_LIST, [], "heads that make a phrase ordinary counting (方面, 月 …)"),
        "formula_heads": _s(_LIST, [], "heads that point to a formula (好, 带头 …)"),
        "formula_tags": _s(_LIST, [], "tags of a head that point to a formula (a verb, adjective or adverb)"),
        "article_numerals": _s(_LIST, [], "numerals that are mostly an article (一)"),
        "continuation_tags": _s(_LIST, [], "tags of a word that carries a phrase on as a predicate"),
        "verb_tags": _s(_LIST, [], "tags of a verbal head"),
        "object_tags": _s(_LIST, [], "tags of a word a verbal head takes as its object"),
        "locative_tags": _s(_LIST, [], "tags of a locative after the phrase"),
        "noun_tags": _s(_LIST, [], "tags of a noun the head may qualify"),
        "name_followers": _s(_LIST, [], "words that follow a formula's name (为, 和 …)"),
        "strip_suffixes": _s(_LIST, [], "suffixes taken off a formula's name (活动)"),
        "threshold": _s(_NUM, 2, "a candidate is a formula when its evidence adds up to this"),
        "weights": _s(_MAP, {}, "evidence name -> weight"),
        "head_rule_weight": _s(_NUM, 0, "what a numeral-and-classifier detect rule alone says"),
        "rule_weights": _s(_MAP, {}, "detect rule id -> what it alone says"),
        "default_rule_weight": _s(_NUM, 2, "what another detect rule alone says"),
        "expansion_after": _s(_STR, "(?!)", "what may follow a formula's name to spell it out"),
    },
    "check": {
        "mixed_script_min_chars": _s(_INT, 20, "SLG102: the fewest characters of each script in a mixed text"),
        "mixed_script_min_share": _s(_NUM, 0.1, "SLG102: the smaller script's least share"),
        "guess_window": _s(_INT, 300, "SLG001: characters after an unknown term's first mention looked at for its members"),
    },
    "split": {
        "min_parts": _s(_INT, 2, "the fewest headings a heading rule must find to cut a text"),
        "max_title_chars": _s(_INT, 80, "text before the first heading with a longer line is kept as part 0"),
        "headings": _s(_LIST, [], "heading rules: id, description, pattern, examples"),
        "tails": _s(_LIST, [], "tail rules: a line that ends a part (the tail is dropped)"),
    },
}


def section(settings: dict[str, Any], name: str) -> dict[str, Any]:
    """The section ``name`` of merged ``settings``, every key the files leave out at its default."""
    given = settings.get(name) or {}
    return {key: given[key] if key in given else copy.deepcopy(s.default) for key, s in SETTINGS_SCHEMA[name].items()}


def settings_problems(settings: Any, file: str, line: Optional[int] = None) -> list[Problem]:
    """Problems of one file's ``settings:`` mapping (as loaded, with line numbers): an unknown
    section or key (E010), a section that is no mapping or a value of the wrong type (E012)."""
    if settings is None:
        return []
    if not isinstance(settings, dict):
        return [problem("E012", file, line, None, key="settings", expected="mapping", found=type(settings).__name__)]
    problems: list[Problem] = []
    at = settings.get(LINE, line)
    for name, body in settings.items():
        if name == LINE:
            continue
        schema = SETTINGS_SCHEMA.get(name)
        if schema is None:
            problems.append(problem("E010", file, at, "settings", key=name, allowed=", ".join(SETTINGS_SCHEMA)))
            continue
        where = f"settings.{name}"
        if body is None:
            continue
        if not isinstance(body, dict):
            problems.append(problem("E012", file, at, where, key=name, expected="mapping", found=type(body).__name__))
            continue
        for key, value in body.items():
            if key == LINE:
                continue
            spec = schema.get(key)
            if spec is None:
                problems.append(problem("E010", file, body.get(LINE, at), where, key=key, allowed=", ".join(schema)))
            elif value is not None and not _fits(value, spec.types):
                problems.append(problem("E012", file, body.get(LINE, at), where, key=key, expected=spec.type_name, found=type(value).__name__))
    return problems


def _fits(value: Any, types: tuple[type, ...]) -> bool:
    if isinstance(value, bool) and bool not in types:
        return False  # YAML's true is no number
    return isinstance(value, types)
