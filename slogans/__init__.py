"""slogans: find, count and expand the campaigns, numbered formulae and slogans of Chinese political texts.

Example:
    >>> from slogans import Extractor
    >>> ex = Extractor()
    >>> [m.term for m in ex.extract("牢固树立“四个意识”")]
    ['四个意识']
"""
from slogans.api import DocumentResult, Extractor, kwic
from slogans.errors import InputError, RuleError, SlogansError
from slogans.config.lexicon import Lexicon, LexiconEntry, Source, Version
from slogans.config.lexicon_checks import lexicon_problems
from slogans.model import Document, Mention, TermCount

__version__ = "0.14.0"

__all__ = [
    "Document",
    "DocumentResult",
    "Extractor",
    "InputError",
    "Lexicon",
    "LexiconEntry",
    "Mention",
    "RuleError",
    "SlogansError",
    "Source",
    "TermCount",
    "Version",
    "__version__",
    "kwic",
    "lexicon_problems",
]
