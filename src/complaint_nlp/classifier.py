"""The final step of the pipeline: a calibrated primary label plus secondary labels.

`ComplaintClassifier` is a plain scikit-learn estimator. `y` holds label strings joined
by `;` (primary first), as in the corpus. `predict` and `predict_proba` give the primary
label; `predict_labels` adds a secondary label when its own calibrated probability
clears that label's threshold.

>>> from sklearn.feature_extraction.text import TfidfVectorizer
>>> from sklearn.pipeline import make_pipeline
>>> texts = ["quát mắng", "quát tháo", "trễ hẹn", "chậm trễ", "quát, trễ hẹn", "mắng và chậm"] * 4
>>> labels = ["attitude", "attitude", "delay", "delay", "delay;attitude", "attitude;delay"] * 4
>>> clf = make_pipeline(TfidfVectorizer(), ComplaintClassifier(cv=2)).fit(texts, labels)
>>> clf.predict(["bị quát"])[0]
'attitude'
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

import numpy as np
from sklearn.base import BaseEstimator, ClassifierMixin
from sklearn.calibration import CalibratedClassifierCV
from sklearn.linear_model import LogisticRegression
from sklearn.model_selection import StratifiedGroupKFold
from sklearn.multiclass import OneVsRestClassifier
from sklearn.naive_bayes import ComplementNB
from sklearn.preprocessing import MultiLabelBinarizer
from sklearn.svm import LinearSVC

DEFAULT_EXCLUSIVE = ("praise", "other")


def split_labels(value: object, *, sep: str = ";") -> list[str]:
    """Parse one label cell: `"delay;attitude"` -> `["delay", "attitude"]` (order kept, no blanks).

    >>> split_labels(" delay ; attitude;")
    ['delay', 'attitude']
    """
    if isinstance(value, list | tuple):
        return [str(v).strip() for v in value if str(v).strip()]
    if value is None or (isinstance(value, float) and value != value):
        return []
    out: list[str] = []
    for part in str(value).split(sep):
        part = part.strip()
        if part and part not in out:
            out.append(part)
    return out


class ComplaintClassifier(ClassifierMixin, BaseEstimator):
    """Primary label (multiclass, calibrated) plus per-label presence models for secondary labels.

    base: `logreg`, `svm` (LinearSVC, calibrated) or `cnb` (complement naive Bayes).
    calibration: `temperature`, `sigmoid`, `isotonic` or `none` (`svm` always needs one);
    presence models for secondary labels use `sigmoid` unless `isotonic` is asked for.
    """

    def __init__(
        self,
        *,
        base: str = "logreg",
        C: float = 10.0,
        calibration: str = "temperature",
        cv: int = 3,
        secondary: bool = True,
        exclusive_labels: Sequence[str] = DEFAULT_EXCLUSIVE,
        review_threshold: float = 0.5,
        secondary_thresholds: dict[str, float] | None = None,
        random_state: int = 0,
    ) -> None:
        self.base = base
        self.C = C
        self.calibration = calibration
        self.cv = cv
        self.secondary = secondary
        self.exclusive_labels = exclusive_labels
        self.review_threshold = review_threshold
        self.secondary_thresholds = secondary_thresholds
        self.random_state = random_state

    def _base_estimator(self) -> BaseEstimator:
        if self.base == "logreg":
            return LogisticRegression(C=self.C, max_iter=3000, class_weight="balanced")
        if self.base == "svm":
            return LinearSVC(C=self.C / 10, class_weight="balanced")
        if self.base == "cnb":
            return ComplementNB(alpha=1.0 / self.C)
        raise ValueError(f"unknown base {self.base!r}: use logreg, svm or cnb")

    def _calibrated(
        self, estimator: BaseEstimator, cv: Any, *, binary: bool = False
    ) -> BaseEstimator:
        method = self.calibration
        if method == "none" and self.base != "svm":
            return estimator
        if method == "none" or (binary and method == "temperature"):
            method = "sigmoid"
        # ensemble=False: the final model sees every row; the calibrator learns from
        # out-of-fold decisions. Better accuracy than averaging models fit on folds.
        return CalibratedClassifierCV(estimator, method=method, cv=cv, ensemble=False)

    def _splits(self, X: object, y: np.ndarray, groups: Sequence[object] | None, n_min: int) -> Any:
        n_splits = max(2, min(self.cv, n_min))
        if groups is None:
            return n_splits
        # rows of one group (a text and its accent-stripped copy) must not straddle a
        # calibration split, or the calibrator sees its own training rows and grows overconfident
        splitter = StratifiedGroupKFold(
            n_splits=n_splits, shuffle=True, random_state=self.random_state
        )
        return list(splitter.split(np.zeros(len(y)), y, groups))

    def fit(
        self, X: object, y: Sequence[object], groups: Sequence[object] | None = None
    ) -> ComplaintClassifier:
        """Fit on label strings (`;`-joined, primary first); `groups` keeps copies together."""
        label_lists = [split_labels(v) for v in y]
        if any(not labels for labels in label_lists):
            raise ValueError("every row needs at least one label")
        primary = np.asarray([labels[0] for labels in label_lists], dtype=object)
        self.mlb_ = MultiLabelBinarizer().fit(label_lists)
        self.classes_ = np.asarray(self.mlb_.classes_, dtype=object)
        counts = {c: int((primary == c).sum()) for c in np.unique(primary)}
        cv = self._splits(X, primary, groups, min(counts.values()))
        self.primary_ = self._calibrated(self._base_estimator(), cv).fit(X, primary)
        self.presence_ = None
        if self.secondary:
            multi = self.mlb_.transform(label_lists)
            present = multi.sum(axis=0)
            n_min = int(min(present.min(), (len(multi) - present).min()))
            if n_min >= 2:
                cv = cv if groups is not None else max(2, min(self.cv, n_min))
                self.presence_ = OneVsRestClassifier(
                    self._calibrated(self._base_estimator(), cv, binary=True)
                ).fit(X, multi)
        self.weights_ = self._linear_weights()
        return self

    def predict_proba(self, X: object) -> np.ndarray:
        """Calibrated probability of each label being the primary one (columns: `classes_`)."""
        proba = self.primary_.predict_proba(X)
        out = np.zeros((proba.shape[0], len(self.classes_)))
        index = {c: i for i, c in enumerate(self.classes_)}
        for j, c in enumerate(self.primary_.classes_):
            out[:, index[c]] = proba[:, j]
        return out

    def predict(self, X: object) -> np.ndarray:
        return self.classes_[self.predict_proba(X).argmax(axis=1)]

    def presence_proba(self, X: object) -> np.ndarray:
        """Calibrated probability of each label being present at all (columns: `classes_`)."""
        if self.presence_ is None:
            return np.zeros((_n_rows(X), len(self.classes_)))
        return self.presence_.predict_proba(X)

    def predict_labels(self, X: object, *, proba: np.ndarray | None = None) -> list[list[str]]:
        """All labels of each row, primary first, then secondary ones by falling probability."""
        proba = self.predict_proba(X) if proba is None else proba
        presence = self.presence_proba(X)
        return self.labels_from_proba(proba, presence)

    def labels_from_proba(self, proba: np.ndarray, presence: np.ndarray) -> list[list[str]]:
        return labels_from_proba(
            proba,
            presence,
            classes=self.classes_,
            exclusive=self.exclusive_labels,
            thresholds=self.secondary_thresholds or {},
        )

    def _linear_weights(self) -> np.ndarray | None:
        """Per-class feature weights of the primary model (rows follow `primary_.classes_`)."""
        model = self.primary_
        estimators = (
            [cc.estimator for cc in model.calibrated_classifiers_]
            if isinstance(model, CalibratedClassifierCV)
            else [model]
        )
        mats = []
        for est in estimators:
            if hasattr(est, "coef_"):
                coef = np.asarray(est.coef_, dtype=np.float64)
                if coef.shape[0] == 1:
                    coef = np.vstack([-coef, coef])
            elif hasattr(est, "feature_log_prob_"):
                # ComplementNB already stores negated complement weights: X @ W.T is its score.
                coef = np.asarray(est.feature_log_prob_, dtype=np.float64)
                coef -= coef.mean(axis=0, keepdims=True)
            else:
                return None
            mats.append(coef)
        return np.mean(mats, axis=0).astype(np.float32)

    def class_weights(self, label: str) -> np.ndarray | None:
        """Feature weights that push `label` up as the primary label (None if not linear)."""
        if self.weights_ is None or label not in list(self.primary_.classes_):
            return None
        return self.weights_[list(self.primary_.classes_).index(label)]


def labels_from_proba(
    proba: np.ndarray,
    presence: np.ndarray,
    *,
    classes: Sequence[object],
    exclusive: Sequence[str] = DEFAULT_EXCLUSIVE,
    thresholds: dict[str, float] | None = None,
) -> list[list[str]]:
    """Primary label (highest `proba`), then each other label whose `presence` clears its threshold.

    `exclusive` labels (praise, other) are never combined with anything.

    >>> labels_from_proba(np.array([[0.7, 0.3]]), np.array([[0.9, 0.6]]), classes=["delay", "attitude"])
    [['delay', 'attitude']]
    """
    thresholds = thresholds or {}
    exclusive_set = set(exclusive)
    out: list[list[str]] = []
    for p_row, s_row in zip(proba, presence, strict=True):
        primary = str(classes[int(p_row.argmax())])
        labels = [primary]
        if primary not in exclusive_set:
            extra = [
                (s_row[j], str(c))
                for j, c in enumerate(classes)
                if str(c) != primary
                and str(c) not in exclusive_set
                and s_row[j] >= thresholds.get(str(c), 0.5)
            ]
            labels += [c for _, c in sorted(extra, reverse=True)]
        out.append(labels)
    return out


def _n_rows(X: object) -> int:
    return X.shape[0] if hasattr(X, "shape") else len(X)  # type: ignore[arg-type]
