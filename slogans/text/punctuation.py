"""Punctuation the stages share: quotation marks and list separators, each defined once.

Paired marks open and close differently (“…”, ‘…’, 「…」, 『…』); symmetric marks are the same
at both ends (ASCII and full-width " and '). A mention inside any of them is quoted. The detect
rules' macros ``OPEN``, ``CLOSE`` and ``INQ`` (rules/detect.yaml) spell the same classes, which a
test holds to these.
"""
from __future__ import annotations

#: Opening marks of the paired styles, in the order of their closing marks in PAIRED_CLOSE.
PAIRED_OPEN = "“‘「『"
#: Closing marks of the paired styles, each at the index of its opening mark in PAIRED_OPEN.
PAIRED_CLOSE = "”’」』"
#: Marks that open and close alike: ASCII and full-width double and single quotes.
SYMMETRIC = "\"'＂＇"
#: Every mark that may open a quotation.
OPEN_QUOTES = PAIRED_OPEN + SYMMETRIC
#: Every mark that may close a quotation.
CLOSE_QUOTES = PAIRED_CLOSE + SYMMETRIC
#: Every quotation mark.
QUOTE_CHARS = PAIRED_OPEN + PAIRED_CLOSE + SYMMETRIC
#: The separators of a list's items and of a slogan's clauses, unless a setting or rule says otherwise.
LIST_SEPARATORS = "、,，;；"
#: Marks that end a sentence (a line end ends one too where a reader works line by line).
SENTENCE_ENDS = "。!！?？"
