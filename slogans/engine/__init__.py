"""One document: detect, decide, define, and the analysis that counts (find -> settle -> count)."""
