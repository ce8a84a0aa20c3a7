"""Train and evaluate models on labelled feedback files of any label set.

>>> data = load_labelled(["data/corpus/train.csv"])              # doctest: +SKIP
>>> model, card = train_model(data.texts, data.labels)          # doctest: +SKIP
>>> evaluate_model(model, data.texts, data.labels)["macro_f1"]  # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
from sklearn.base import clone
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline

from complaint_nlp.classifier import (
    DEFAULT_EXCLUSIVE,
    ComplaintClassifier,
    labels_from_proba,
    split_labels,
)
from complaint_nlp.drift import count_oov
from complaint_nlp.errors import InputError
from complaint_nlp.io import find_text_column, read_table
from complaint_nlp.metrics import (
    best_f1_threshold,
    classification_report_dict,
    expected_calibration_error,
    multilabel_micro_f1,
    precision_above,
    review_threshold_for_precision,
)
from complaint_nlp.model import (
    DEFAULTS,
    build_pipeline,
    load_model,
    predict_texts,
    read_card,
    save_model,
    sha256_file,
    versions,
)
from complaint_nlp.text import fold_accents

REVIEW_PRECISION = 0.96
"""Out-of-fold precision the rows above the review threshold must reach: one point above the
0.95 asked for, as a margin for the sampling noise of a few thousand out-of-fold rows."""

_OTHER_SEPARATORS = re.compile(r"[,|/+]")


@dataclass
class LabelledData:
    """Texts with their label lists (primary first), plus where they came from."""

    texts: list[str]
    labels: list[list[str]]
    sources: list[dict[str, Any]] = field(default_factory=list)
    dropped_duplicates: int = 0

    @property
    def label_set(self) -> list[str]:
        return sorted({lab for labels in self.labels for lab in labels})


def load_labelled(
    paths: Sequence[str | Path],
    *,
    text_column: str = "text",
    label_column: str = "labels",
    min_examples: int = 5,
    known_labels: Sequence[str] | None = None,
    for_training: bool = True,
) -> LabelledData:
    """Read labelled files; later rows for the same text win; refuse data a model can't learn from.

    With `for_training=False` (evaluation data) the label-count checks are skipped.
    """
    rows: dict[str, list[str]] = {}
    sources = []
    total = 0
    for path in paths:
        df = read_table(path)
        tcol = find_text_column(list(df.columns), given=text_column, path=path)
        if label_column not in df.columns:
            raise InputError(
                f"{path}: no label column {label_column!r}; columns are: {', '.join(map(str, df.columns))}"
            )
        for offset, (text, value) in enumerate(zip(df[tcol], df[label_column], strict=True)):
            line = df.attrs.get("first_row", 2) + offset
            text = "" if text is None or (isinstance(text, float) and text != text) else str(text)
            if not text.strip():
                raise InputError(f"{path}: row {line}: empty text")
            raw = (
                "" if value is None or (isinstance(value, float) and value != value) else str(value)
            )
            labels = split_labels(raw)
            if not labels:
                raise InputError(f"{path}: row {line}: no label in column {label_column!r}")
            bad = [lab for lab in labels if _OTHER_SEPARATORS.search(lab) or " " in lab]
            if bad:
                raise InputError(
                    f"{path}: row {line}: label {bad[0]!r} looks like several labels; "
                    "join labels with ';' (primary first)"
                )
            key = " ".join(text.split())
            rows.pop(key, None)
            rows[key] = labels
            total += 1
        sources.append({"path": str(path), "sha256": sha256_file(Path(path)), "rows": len(df)})
    data = LabelledData(
        texts=list(rows),
        labels=list(rows.values()),
        sources=sources,
        dropped_duplicates=total - len(rows),
    )
    counts = Counter(labels[0] for labels in data.labels)
    if not for_training:
        return data
    if len(counts) < 2:
        only = next(iter(counts), "none")
        raise InputError(
            f"{', '.join(map(str, paths))}: every row has primary label {only!r}; need two or more"
        )
    rare = sorted(lab for lab, n in counts.items() if n < min_examples)
    if rare:
        raise InputError(
            f"label {rare[0]!r} has {counts[rare[0]]} examples as primary label; "
            f"at least {min_examples} are needed (--min-examples)"
        )
    if known_labels is not None:
        unknown = sorted(set(data.label_set) - set(known_labels))
        if unknown:
            raise InputError(f"unknown labels not in the reference model: {', '.join(unknown)}")
    return data


def _oof(
    model: Pipeline,
    segmented: list[str],
    labels: list[list[str]],
    *,
    folds: int,
    seed: int,
    stripped: list[str] | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, float]:
    """Out-of-fold primary and presence probabilities, from the features+classifier part only,
    and the share of held-out words the fold's vocabulary did not know (the drift reference)."""
    tail = Pipeline(model.steps[2:])
    primary = np.asarray([lab[0] for lab in labels], dtype=object)
    classes = np.asarray(sorted({x for lab in labels for x in lab}), dtype=object)
    proba = np.zeros((len(segmented), len(classes)))
    presence = np.zeros_like(proba)
    n_splits = max(2, min(folds, Counter(primary).most_common()[-1][1]))
    splitter = StratifiedKFold(n_splits=n_splits, shuffle=True, random_state=seed)
    seg = np.asarray(segmented, dtype=object)
    y = np.asarray([";".join(lab) for lab in labels], dtype=object)
    oov = tokens = 0
    extra = np.asarray(stripped, dtype=object) if stripped is not None else None
    for train_idx, test_idx in splitter.split(seg, primary):
        X_fold, y_fold = list(seg[train_idx]), list(y[train_idx])
        groups = list(train_idx)
        if extra is not None:
            X_fold, y_fold, groups = X_fold + list(extra[train_idx]), y_fold * 2, groups * 2
        fold = clone(tail).fit(X_fold, y_fold, classify__groups=groups)
        clf: ComplaintClassifier = fold[-1]
        feats = fold[:-1].transform(list(seg[test_idx]))
        cols = [list(classes).index(c) for c in clf.classes_]
        proba[np.ix_(test_idx, cols)] = clf.predict_proba(feats)
        presence[np.ix_(test_idx, cols)] = clf.presence_proba(feats)
        fold_oov, fold_tokens = count_oov(fold[0], list(seg[test_idx]))
        oov, tokens = oov + fold_oov, tokens + fold_tokens
    return classes, proba, presence, oov / tokens if tokens else 0.0


def train_model(
    texts: Sequence[str],
    labels: Sequence[Sequence[str]],
    *,
    features: str = DEFAULTS["features"],
    base: str = DEFAULTS["base"],
    C: float = DEFAULTS["C"],
    calibration: str = "temperature",
    augment_stripped: bool = True,
    folds: int = 5,
    seed: int = 0,
    review_precision: float = REVIEW_PRECISION,
    progress: Callable[[str], None] | None = None,
) -> tuple[Pipeline, dict[str, Any]]:
    """Fit the pipeline, tune thresholds on out-of-fold predictions, and return it with its card.

    The card holds cross-validated per-label metrics, the review threshold (rows at or
    above it reached `review_precision` out of fold) and per-label secondary thresholds.
    With `augment_stripped`, every training text is also learned in an accent-stripped copy,
    so text typed without diacritics is classified about as well (validation folds keep the
    original texts only).
    """
    say = progress or (lambda _msg: None)
    labels = [list(lab) for lab in labels]
    model = build_pipeline(features=features, base=base, C=C, calibration=calibration)
    classes_all = sorted({x for lab in labels for x in lab})
    model.set_params(
        classify__exclusive_labels=tuple(x for x in DEFAULT_EXCLUSIVE if x in classes_all)
    )
    say(f"segmenting {len(texts)} texts")
    segmented = model[:2].transform(list(texts))
    stripped = model[:2].transform([fold_accents(t) for t in texts]) if augment_stripped else None
    say(f"cross-validating ({folds} folds)")
    classes, proba, presence, oov_share = _oof(
        model, segmented, labels, folds=folds, seed=seed, stripped=stripped
    )
    clf_params: ComplaintClassifier = model[-1]
    pred_primary = classes[proba.argmax(axis=1)]
    true_primary = [lab[0] for lab in labels]
    correct = pred_primary == np.asarray(true_primary, dtype=object)
    conf = proba.max(axis=1)
    exclusive = set(clf_params.exclusive_labels)
    secondary_thresholds = {}
    for j, c in enumerate(classes):
        if c in exclusive:
            continue
        mask = np.asarray([p != c and p not in exclusive for p in pred_primary])
        truth = np.asarray([c in lab[1:] for lab in labels])
        secondary_thresholds[str(c)] = round(best_f1_threshold(presence[mask, j], truth[mask]), 3)
    review = round(review_threshold_for_precision(conf, correct, target=review_precision), 3)
    model.set_params(
        classify__review_threshold=review, classify__secondary_thresholds=secondary_thresholds
    )
    oof_labels = labels_from_proba(
        proba, presence, classes=classes, exclusive=exclusive, thresholds=secondary_thresholds
    )
    report = classification_report_dict(true_primary, list(pred_primary), labels=list(classes))
    kept_precision, kept_share = precision_above(conf, correct, threshold=review)
    report.update(
        multilabel_micro_f1=multilabel_micro_f1(labels, oof_labels, labels=list(classes)),
        ece=expected_calibration_error(conf, correct),
        review_threshold=review,
        precision_not_reviewed=kept_precision,
        share_not_reviewed=kept_share,
    )
    say("fitting the final model on all rows")
    y_all = [";".join(lab) for lab in labels]
    groups = list(range(len(labels)))
    if stripped is not None:
        segmented, y_all, groups = segmented + stripped, y_all * 2, groups * 2
    tail = Pipeline(model.steps[2:]).fit(segmented, y_all, classify__groups=groups)
    model = Pipeline(model.steps[:2] + tail.steps)
    card = {
        "created": dt.datetime.now(dt.timezone.utc).isoformat(timespec="seconds"),
        "labels": [str(c) for c in classes],
        "rows": len(texts),
        "primary_label_counts": dict(Counter(true_primary).most_common()),
        "settings": {
            "features": features,
            "base": base,
            "C": C,
            "calibration": calibration,
            "augment_stripped": augment_stripped,
            "folds": folds,
            "seed": seed,
            "review_precision_target": review_precision,
        },
        "review_threshold": review,
        "secondary_thresholds": secondary_thresholds,
        "cv_metrics": report,
        "drift_reference": {
            "oov_share": round(oov_share, 4),
            "label_shares": {
                k: round(v / len(true_primary), 4) for k, v in Counter(true_primary).items()
            },
        },
        "versions": versions(),
    }
    return model, card


def evaluate_model(
    model: Pipeline, texts: Sequence[str], labels: Sequence[Sequence[str]]
) -> dict[str, Any]:
    """Per-label P/R/F1 of the primary label, macro-F1, confusion matrix, multi-label
    micro-F1, calibration error, and the precision of rows not sent to review."""
    preds = predict_texts(model, texts)
    label_set = list(model[-1].classes_)
    true_primary = [lab[0] for lab in labels]
    pred_primary = [p.label for p in preds]
    correct = [t == p for t, p in zip(true_primary, pred_primary, strict=True)]
    conf = [p.confidence for p in preds]
    report = classification_report_dict(true_primary, pred_primary, labels=label_set)
    kept = [c for c, p in zip(correct, preds, strict=True) if not p.needs_review]
    unknown = sorted(set(true_primary) - set(label_set))
    report.update(
        multilabel_micro_f1=multilabel_micro_f1(
            labels, [p.labels for p in preds], labels=label_set
        ),
        ece=expected_calibration_error(conf, correct),
        review_threshold=model[-1].review_threshold,
        precision_not_reviewed=float(np.mean(kept)) if kept else 1.0,
        share_not_reviewed=len(kept) / len(preds) if preds else 0.0,
        labels_not_in_model=unknown,
    )
    return report


def train_to_dir(
    paths: Sequence[str | Path],
    output: str | Path,
    *,
    text_column: str = "text",
    label_column: str = "labels",
    min_examples: int = 5,
    labels_from: str | Path | None = None,
    progress: Callable[[str], None] | None = None,
    fmt: str = "joblib",
    **settings: Any,
) -> dict[str, Any]:
    """Load labelled files, train, and write a model directory; returns the model card.

    >>> card = train_to_dir(["data/corpus/train.csv"], "models/mine")   # doctest: +SKIP
    """
    known = None
    if labels_from is not None:
        known = read_card(labels_from).get("labels")
    data = load_labelled(
        paths,
        text_column=text_column,
        label_column=label_column,
        min_examples=min_examples,
        known_labels=known,
    )
    model, card = train_model(data.texts, data.labels, progress=progress, **settings)
    card["training_data"] = data.sources
    card["dropped_duplicates"] = data.dropped_duplicates
    save_model(model, output, card=card, fmt=fmt)
    return read_card(output)


def evaluate_file(
    path: str | Path,
    *,
    model_dir: str | Path | None = None,
    text_column: str = "text",
    label_column: str = "labels",
    trust: bool = False,
) -> dict[str, Any]:
    """Evaluate a model on a labelled file (`text`, `labels` columns by default)."""
    data = load_labelled(
        [path], text_column=text_column, label_column=label_column, for_training=False
    )
    model = load_model(model_dir, trust=trust)
    report = evaluate_model(model, data.texts, data.labels)
    report["data"] = str(path)
    report["model"] = str(model.model_dir_)
    return report
