"""Checking corpora and rule files: check, findings, baseline, rules lint, rule examples, project config."""
