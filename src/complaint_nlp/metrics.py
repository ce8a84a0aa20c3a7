"""Quality figures for a model: per-label P/R/F1, confusion, calibration, review precision.

>>> r = classification_report_dict(["a", "b", "b"], ["a", "b", "a"], labels=["a", "b"])
>>> round(r["macro_f1"], 3)
0.667
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.metrics import confusion_matrix, f1_score, precision_recall_fscore_support
from sklearn.preprocessing import MultiLabelBinarizer


def classification_report_dict(
    y_true: Sequence[str], y_pred: Sequence[str], *, labels: Sequence[str]
) -> dict[str, Any]:
    """Per-label precision/recall/F1/support of primary labels, macro-F1, accuracy, confusion."""
    labels = list(labels)
    p, r, f, s = precision_recall_fscore_support(y_true, y_pred, labels=labels, zero_division=0)
    per_label = {
        lab: {
            "precision": float(p[i]),
            "recall": float(r[i]),
            "f1": float(f[i]),
            "support": int(s[i]),
        }
        for i, lab in enumerate(labels)
    }
    present = [lab for lab in labels if per_label[lab]["support"] > 0]
    return {
        "per_label": per_label,
        "macro_f1": float(np.mean([per_label[lab]["f1"] for lab in present])) if present else 0.0,
        "accuracy": float(np.mean(np.asarray(y_true) == np.asarray(y_pred)))
        if len(y_true)
        else 0.0,
        "confusion": {
            "labels": labels,
            "matrix": confusion_matrix(y_true, y_pred, labels=labels).tolist(),
        },
        "rows": len(y_true),
    }


def multilabel_micro_f1(
    true_sets: Sequence[Sequence[str]], pred_sets: Sequence[Sequence[str]], *, labels: Sequence[str]
) -> float:
    """Micro-F1 over all (row, label) pairs, primary and secondary labels alike."""
    mlb = MultiLabelBinarizer(classes=list(labels)).fit([list(labels)])
    return float(
        f1_score(
            mlb.transform(true_sets), mlb.transform(pred_sets), average="micro", zero_division=0
        )
    )


def expected_calibration_error(
    confidence: Sequence[float], correct: Sequence[bool], *, bins: int = 10
) -> float:
    """ECE of the top-label confidence over equal-width bins.

    >>> expected_calibration_error([0.9, 0.9, 0.6, 0.6], [True, True, True, False])
    0.1
    """
    conf = np.asarray(confidence, dtype=float)
    ok = np.asarray(correct, dtype=float)
    if conf.size == 0:
        return 0.0
    edges = np.linspace(0.0, 1.0, bins + 1)
    which = np.clip(np.digitize(conf, edges[1:-1], right=True), 0, bins - 1)
    ece = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            ece += mask.mean() * abs(conf[mask].mean() - ok[mask].mean())
    return round(float(ece), 6)


def review_threshold_for_precision(
    confidence: Sequence[float], correct: Sequence[bool], *, target: float = 0.95
) -> float:
    """Lowest confidence cut whose kept rows (confidence >= cut) reach `target` precision.

    Rows below the cut go to human review. Returns 1.0 when no cut reaches the target.

    >>> review_threshold_for_precision([0.9, 0.8, 0.7, 0.6], [True, True, False, True], target=0.95)
    0.8
    """
    conf = np.asarray(confidence, dtype=float)
    ok = np.asarray(correct, dtype=bool)
    order = np.argsort(-conf, kind="stable")
    conf, ok = conf[order], ok[order]
    precision = np.cumsum(ok) / np.arange(1, len(ok) + 1)
    best = 1.0
    for i in range(len(conf)):
        # a cut can only fall between distinct confidences
        if i + 1 < len(conf) and conf[i + 1] == conf[i]:
            continue
        if precision[i] >= target:
            best = float(conf[i])
    return best


def precision_above(
    confidence: Sequence[float], correct: Sequence[bool], *, threshold: float
) -> tuple[float, float]:
    """(precision, share of rows) of the rows at or above `threshold`."""
    conf = np.asarray(confidence, dtype=float)
    ok = np.asarray(correct, dtype=bool)
    kept = conf >= threshold
    if not kept.any():
        return 1.0, 0.0
    return float(ok[kept].mean()), float(kept.mean())


def best_f1_threshold(
    scores: Sequence[float], truth: Sequence[bool], *, floor: float = 0.2
) -> float:
    """Threshold on `scores` that maximises F1 for `truth` (never below `floor`)."""
    s = np.asarray(scores, dtype=float)
    t = np.asarray(truth, dtype=bool)
    if not t.any():
        return 1.0
    best, best_f1 = 0.5, -1.0
    for cut in np.unique(np.round(s[s >= floor], 3)):
        pred = s >= cut
        tp = float((pred & t).sum())
        f1 = 2 * tp / (pred.sum() + t.sum())
        if f1 > best_f1:
            best, best_f1 = float(cut), f1
    return best
