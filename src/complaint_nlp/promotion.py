"""Compare two models on held-out data and replace the old one only when the new one is better.

>>> result = compare_models("models/default", "models/week48", data="eval.csv")  # doctest: +SKIP
>>> result["promote"]                                                           # doctest: +SKIP
True
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from complaint_nlp.training import evaluate_file, train_to_dir

MARGIN = 0.02


def compare_reports(
    old: dict[str, Any], new: dict[str, Any], *, margin: float = MARGIN
) -> dict[str, Any]:
    """Per-label F1 deltas; `promote` when macro-F1 does not drop and no label drops past `margin`.

    >>> old = {"macro_f1": 0.8, "per_label": {"a": {"f1": 0.8, "support": 5}}}
    >>> new = {"macro_f1": 0.85, "per_label": {"a": {"f1": 0.85, "support": 5}}}
    >>> compare_reports(old, new)["promote"]
    True
    """
    labels: dict[str, dict[str, Any]] = {}
    for label in sorted(set(old["per_label"]) | set(new["per_label"])):
        o = old["per_label"].get(label, {}).get("f1")
        n = new["per_label"].get(label, {}).get("f1")
        delta = None if o is None or n is None else n - o
        labels[label] = {
            "old_f1": o,
            "new_f1": n,
            "delta": delta,
            "worse": delta is not None and delta < -margin,
        }
    worse = [label for label, d in labels.items() if d["worse"]]
    macro_delta = new["macro_f1"] - old["macro_f1"]
    reasons = []
    if macro_delta < 0:
        reasons.append(f"macro-F1 drops by {-macro_delta:.3f}")
    if worse:
        reasons.append(f"F1 drops past {margin:.2f} for: {', '.join(worse)}")
    return {
        "labels": labels,
        "old_macro_f1": old["macro_f1"],
        "new_macro_f1": new["macro_f1"],
        "macro_delta": macro_delta,
        "margin": margin,
        "worse_labels": worse,
        "promote": not reasons,
        "reasons": reasons,
    }


def compare_models(
    old_dir: str | Path,
    new_dir: str | Path,
    *,
    data: str | Path,
    margin: float = MARGIN,
    text_column: str = "text",
    label_column: str = "labels",
) -> dict[str, Any]:
    """Evaluate both model directories on `data` and compare them label by label."""
    kwargs = {"text_column": text_column, "label_column": label_column}
    old = evaluate_file(data, model_dir=old_dir, **kwargs)
    new = evaluate_file(data, model_dir=new_dir, **kwargs)
    return compare_reports(old, new, margin=margin) | {
        "old": str(old_dir),
        "new": str(new_dir),
        "data": str(data),
    }


def train_and_promote(
    paths: Sequence[str | Path],
    target: str | Path,
    *,
    eval_data: str | Path,
    margin: float = MARGIN,
    progress: Callable[[str], None] | None = None,
    **train_options: Any,
) -> dict[str, Any]:
    """Train into `<target>.candidate`; replace `target` only if the candidate is better on `eval_data`.

    A rejected candidate stays in `<target>.candidate` for inspection.
    """
    target = Path(target)
    candidate = target.with_name(target.name + ".candidate")
    if candidate.exists():
        shutil.rmtree(candidate)
    card = train_to_dir(paths, candidate, progress=progress, **train_options)
    if not target.exists():
        candidate.replace(target)
        return {
            "promote": True,
            "reasons": [],
            "card": card,
            "first_model": True,
            "target": str(target),
        }
    result = compare_models(target, candidate, data=eval_data, margin=margin)
    result["card"] = card
    result["target"] = str(target)
    if result["promote"]:
        previous = target.with_name(target.name + ".previous")
        if previous.exists():
            shutil.rmtree(previous)
        target.replace(previous)
        candidate.replace(target)
        shutil.rmtree(previous)
    result["candidate"] = str(candidate) if not result["promote"] else None
    return result
