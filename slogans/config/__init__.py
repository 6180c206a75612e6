"""YAML loaded and validated once: rules, settings schema, lexicon, the built-in files."""
