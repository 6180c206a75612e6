"""Shared fixtures: one Extractor per session, and the shared annotated corpus."""
from __future__ import annotations

from pathlib import Path

import pytest

from slogans import Extractor

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
CORPUS = SHARED / "corpus"


@pytest.fixture(scope="session")
def extractor() -> Extractor:
    return Extractor()


@pytest.fixture(scope="session")
def corpus() -> Path:
    if not (CORPUS / "gold").is_dir():
        pytest.fail(f"the shared corpus is missing: {CORPUS} (CI checks out shared/ beside the repository)")
    return CORPUS
