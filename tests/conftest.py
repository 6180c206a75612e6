"""Shared fixtures: one Extractor per session, and the shared annotated corpus."""
from __future__ import annotations

import os
import shutil
import tempfile
from pathlib import Path

import pytest

from slogans import Extractor

# the tests' own cache folder (slogans.io.cache), shared by the subprocesses they start: a test run
# neither reads nor leaves anything in the user's cache
_CACHE = tempfile.mkdtemp(prefix="slogans-test-cache-")
os.environ["SLOGANS_CACHE_DIR"] = _CACHE


def pytest_unconfigure(config: pytest.Config) -> None:
    shutil.rmtree(_CACHE, ignore_errors=True)


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
