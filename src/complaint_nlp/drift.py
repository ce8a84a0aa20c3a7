"""Is a batch unlike the training data? Out-of-vocabulary share and label distribution.

>>> drift_report(oov_tokens=300, tokens=1000, label_counts={"delay": 40},
...              reference={"oov_share": 0.1, "label_shares": {"delay": 0.5, "other": 0.5}})["warnings"]
['30% of words are unknown to the model (training data: 10%)', 'label mix differs from training (distance 0.50)']
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

from sklearn.pipeline import Pipeline

OOV_MARGIN = 0.10
LABEL_DISTANCE = 0.30
MIN_TOKENS = 200
MIN_ROWS = 20


def _vocabulary_branch(features: Any) -> tuple[Any, Mapping[str, int]] | None:
    for name, branch in getattr(features, "transformer_list", []):
        if name in ("words", "syllables", "folded"):
            if isinstance(branch, Pipeline):
                return branch[:-1], branch[-1].vocabulary_
            return None, branch.vocabulary_
    return None


def count_oov(features: Any, segmented: Iterable[str]) -> tuple[int, int]:
    """(unknown word tokens, all word tokens) of segmented texts against the fitted features."""
    found = _vocabulary_branch(features)
    if found is None:
        return 0, 0
    prep, vocab = found
    texts = list(segmented)
    if prep is not None:
        texts = prep.transform(texts)
    tokens = oov = 0
    for text in texts:
        for tok in text.split():
            if any(ch.isalpha() for ch in tok):
                tokens += 1
                oov += tok not in vocab
    return oov, tokens


def drift_report(
    *,
    oov_tokens: int,
    tokens: int,
    label_counts: Mapping[str, int],
    reference: Mapping[str, Any] | None,
) -> dict[str, Any]:
    """Figures of a batch against the model card's `drift_reference`, with plain-language warnings."""
    share = oov_tokens / tokens if tokens else 0.0
    total = sum(label_counts.values())
    shares = {k: v / total for k, v in label_counts.items()} if total else {}
    report: dict[str, Any] = {
        "oov_share": round(share, 4),
        "label_shares": {k: round(v, 4) for k, v in shares.items()},
        "warnings": [],
    }
    if not reference:
        return report
    ref_oov = float(reference.get("oov_share", 0.0))
    ref_labels = reference.get("label_shares", {})
    keys = set(ref_labels) | set(shares)
    distance = (
        0.5 * sum(abs(shares.get(k, 0.0) - ref_labels.get(k, 0.0)) for k in keys) if shares else 0.0
    )
    report.update(reference_oov_share=ref_oov, label_distance=round(distance, 4))
    # Small batches say little: warn only with enough words and rows to compare.
    if tokens >= MIN_TOKENS and share > ref_oov + OOV_MARGIN:
        report["warnings"].append(
            f"{share:.0%} of words are unknown to the model (training data: {ref_oov:.0%})"
        )
    if total >= MIN_ROWS and distance > LABEL_DISTANCE:
        report["warnings"].append(f"label mix differs from training (distance {distance:.2f})")
    return report
