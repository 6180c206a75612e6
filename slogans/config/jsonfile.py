"""Reading a JSON file that a user names (a baseline, a gold file): one clear error naming the file."""
from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def read_json(path: Path, error: type[Exception], what: str) -> Any:
    """The JSON value in ``path``. Raises ``error`` naming the file and ``what`` it should be
    (e.g. "baseline") when it cannot be read or is not JSON."""
    try:
        return json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise error(f"{path}: cannot read the {what}: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise error(f"{path}: not a JSON {what}: {exc}") from None
