"""Pure functions of text, no I/O: normalisation, segmentation, numerals, punctuation, scripts, dates."""
