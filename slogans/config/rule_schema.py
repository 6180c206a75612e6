"""The schema of a rule file: its top-level keys, a rule's keys and their types, and the values they take."""
from __future__ import annotations

STAGES = ("detect", "define")
KINDS = ("quoted", "numbered", "campaign", "slogan", "any")
ENUMERATIONS = ("colon", "next_line", "openers", "morpheme", "spelled")
SCOPES = ("text", "line")
#: The top-level keys of a rule or settings file.
TOP_KEYS = ("macros", "rules", "settings")
#: The keys of a rule and the types of their values (the schema of a rule; REQUIRED_RULE_KEYS must be given).
RULE_KEYS: dict[str, tuple[type, ...]] = {
    "id": (str,), "stage": (str,), "kind": (str,), "pattern": (str,), "yields": (dict,),
    "description": (str,), "examples": (dict,), "priority": (int,), "requires": (str, list),
    "scope": (str,),
}
#: The keys of a rule's ``yields`` and the types of their values (REQUIRED_YIELD_KEYS must be given).
YIELD_KEYS: dict[str, tuple[type, ...]] = {
    "term": (str,), "members": (str,), "separators": (str,), "enumeration": (str,),
    "term_known": (str,), "strip_leading": (list,), "split_last_on": (list,), "boundary": (str,),
    "quoted_members": (bool,), "fused": (bool,), "echo_term": (bool,), "parallel": (bool,),
    "governed_pair": (bool,),
}
REQUIRED_RULE_KEYS = ("id", "stage", "kind", "pattern", "yields")
REQUIRED_YIELD_KEYS = ("term",)
