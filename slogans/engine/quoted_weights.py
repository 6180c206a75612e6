"""The fitted weights of the quoted-phrase decision: data shipped under ``rules/``, applied in plain Python.

The file is JSON::

    {"model": "logistic regression", "features": {"noun_after": 1.83, ...}, "intercept": -1.2,
     "threshold": 0.5, "fitted_on": ["a.txt", ...], "fitted_at": "2026-12-01", "labels": "..."}

A phrase's score is the logistic of the intercept plus the weights of its features; it is a
name when the score reaches the threshold. ``slogans train`` writes such a file
(``slogans.evaluation.train``); scikit-learn is needed only there.
"""
from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable, Union

from slogans.errors import SlogansError
from slogans.engine.quoted_features import FEATURES
from slogans.config.resources import builtin_rules_dir

#: The file name of the built-in weights, in the rules folder.
WEIGHTS_FILE = "quoted_weights.json"
#: How many features a reason names, the heaviest first.
REASON_FEATURES = 4
_REQUIRED = ("features", "intercept", "threshold")
#: Added to a bound on the logit: summed in another order, the weights may differ in their last bits.
_SUM_MARGIN = 1e-9


class WeightsError(SlogansError):
    """A weights file that cannot be read or is malformed; the message names the file and the problem."""


@dataclass(frozen=True)
class QuotedWeights:
    """Weights of the quoted-phrase decision: one per feature, an intercept and a threshold."""

    features: dict[str, float]
    intercept: float
    threshold: float = 0.5
    fitted_on: list[str] = field(default_factory=list)
    fitted_at: str = ""
    labels: str = ""
    model: str = "logistic regression"

    def logit(self, on: Iterable[str]) -> float:
        """The intercept plus the weights of the features that are on."""
        return self.intercept + sum(self.features.get(name, 0.0) for name in on)

    def score(self, on: Iterable[str]) -> float:
        """The probability that a phrase with these features is a name."""
        z = self.logit(on)
        return 1.0 / (1.0 + math.exp(-z)) if z >= -700 else 0.0

    def falls_short(self, on: Iterable[str], unsure: Iterable[str]) -> bool:
        """Whether a phrase with the features ``on`` stays below the threshold whichever of ``unsure`` are on too:
        its score with every unsure feature of positive weight on (and a margin for the order of the sum)."""
        z = self.logit(on) + sum(max(0.0, self.features.get(name, 0.0)) for name in unsure) + _SUM_MARGIN
        return (1.0 / (1.0 + math.exp(-z)) if z >= -700 else 0.0) < self.threshold

    def reaches(self, on: Iterable[str], unsure: Iterable[str]) -> bool:
        """Whether a phrase with the features ``on`` reaches the threshold whichever of ``unsure`` are on too."""
        z = self.logit(on) + sum(min(0.0, self.features.get(name, 0.0)) for name in unsure) - _SUM_MARGIN
        return (1.0 / (1.0 + math.exp(-z)) if z >= -700 else 0.0) >= self.threshold

    def explain(self, on: Iterable[str]) -> tuple[float, str]:
        """The score and a readable reason: the heaviest features that are on, with their weights."""
        on = sorted(set(on))
        score = self.score(on)
        parts = sorted(((self.features.get(n, 0.0), n) for n in on), key=lambda x: (-abs(x[0]), x[1]))
        named = [f"{FEATURES.get(n, n)} ({w:+.1f})" for w, n in parts[:REASON_FEATURES] if w]
        return score, f"score {score:.2f}: " + (", ".join(named) if named else "no evidence")

    def accepts(self, on: Iterable[str]) -> bool:
        """Whether a phrase with these features is a name."""
        return self.score(on) >= self.threshold

    def as_dict(self) -> dict[str, Any]:
        """The file's content."""
        return {
            "model": self.model, "features": dict(sorted(self.features.items())), "intercept": self.intercept,
            "threshold": self.threshold, "fitted_on": list(self.fitted_on), "fitted_at": self.fitted_at,
            "labels": self.labels,
        }

    def save(self, path: Union[str, Path]) -> None:
        """Write the weights to ``path`` (JSON), replacing it only once the new content is complete."""
        from slogans.io.atomic import atomic_path

        with atomic_path(Path(path)) as tmp:
            tmp.write_text(json.dumps(self.as_dict(), ensure_ascii=False, indent=1) + "\n", encoding="utf-8")


def _number(data: dict[str, Any], key: str, where: str) -> float:
    value = data[key]
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
        raise WeightsError(f"{where}: '{key}' must be a number, found {value!r}")
    return float(value)


def load_weights(path: Union[str, Path]) -> QuotedWeights:
    """The weights in ``path``. Raises WeightsError naming the file and the problem."""
    where = str(path)
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except OSError as exc:
        raise WeightsError(f"{where}: cannot read: {exc.strerror or exc}") from None
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise WeightsError(f"{where}: not a JSON weights file: {exc}") from None
    if not isinstance(data, dict):
        raise WeightsError(f"{where}: expected a JSON object, found {type(data).__name__}")
    for key in _REQUIRED:
        if key not in data:
            raise WeightsError(f"{where}: missing key '{key}'")
    feats = data["features"]
    if not isinstance(feats, dict):
        raise WeightsError(f"{where}: 'features' must be an object of feature: weight")
    unknown = sorted(set(feats) - set(FEATURES))
    if unknown:
        raise WeightsError(f"{where}: unknown feature '{unknown[0]}' (known: {', '.join(FEATURES)})")
    weights = {name: _number(feats, name, where) for name in feats}
    threshold = _number(data, "threshold", where)
    if not 0.0 < threshold < 1.0:
        raise WeightsError(f"{where}: 'threshold' must lie between 0 and 1, found {threshold:g}")
    fitted_on = data.get("fitted_on", [])
    if not isinstance(fitted_on, list):
        raise WeightsError(f"{where}: 'fitted_on' must be a list of document names")
    return QuotedWeights(
        weights, _number(data, "intercept", where), threshold, [str(x) for x in fitted_on],
        str(data.get("fitted_at", "")), str(data.get("labels", "")), str(data.get("model", "logistic regression")),
    )


@lru_cache(maxsize=1)
def builtin_weights() -> QuotedWeights:
    """The weights shipped with the package (fitted on the annotated documents)."""
    return load_weights(builtin_rules_dir() / WEIGHTS_FILE)
