"""Compare feature designs and classifiers on the corpus; print a Markdown table.

For each design: 5-fold cross-validated macro-F1 on data/corpus/train.csv, macro-F1 on
data/corpus/test.csv, and on an accent-stripped copy of test.csv (typed without
diacritics). Texts are normalised and segmented once; each design then fits only the
features and classifier. Calibration is left out here (it does not change the ranking of
labels); the winner's calibration methods are compared at the end by ECE on test.csv.

Usage: python benchmarks/model_selection.py [--quick] [--out benchmarks/results/model_selection.md]
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.base import clone
from sklearn.model_selection import StratifiedKFold
from sklearn.pipeline import Pipeline

from complaint_nlp.classifier import ComplaintClassifier, split_labels
from complaint_nlp.features import TextNormalizer, WordSegmenter, make_features
from complaint_nlp.metrics import classification_report_dict, expected_calibration_error
from complaint_nlp.text import fold_accents

DESIGNS = [
    ("words", "logreg", 10.0, False),
    ("syllables", "logreg", 10.0, False),
    ("words+chars", "logreg", 10.0, False),
    ("syllables+chars", "logreg", 10.0, False),
    ("words+folded+chars", "logreg", 10.0, False),
    ("words+folded+chars", "logreg", 10.0, True),
    ("words+folded+chars", "logreg", 3.0, False),
    ("words+folded+chars", "logreg", 30.0, False),
    ("words+folded+chars", "svm", 10.0, False),
    ("words+folded+chars", "cnb", 10.0, False),
    ("syllables+chars", "svm", 10.0, False),
    ("syllables+chars", "cnb", 10.0, False),
    ("words", "cnb", 10.0, False),
    ("words+folded+chars", "svm", 3.0, False),
    ("words+folded+chars", "svm", 30.0, False),
    ("words+folded+chars", "svm", 10.0, True),
    ("words+folded+chars+achars", "svm", 10.0, False),
    ("words+folded+chars+achars", "logreg", 10.0, False),
    ("words+folded+chars", "svm", 30.0, True),
    ("words+folded", "svm", 30.0, False),
    ("words+folded", "svm", 30.0, True),
    ("words+folded", "svm", 10.0, True),
    ("words+folded", "logreg", 30.0, True),
]


def tail(features: str, base: str, C: float, calibration: str = "none") -> Pipeline:
    return Pipeline(
        [
            ("features", make_features(features)),
            (
                "classify",
                ComplaintClassifier(base=base, C=C, calibration=calibration, secondary=False),
            ),
        ]
    )


def macro(model: Pipeline, X: list[str], y: list[str], labels: list[str]) -> float:
    return classification_report_dict(y, list(model.predict(X)), labels=labels)["macro_f1"]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="data/corpus")
    parser.add_argument("--quick", action="store_true", help="two designs, for a smoke run")
    parser.add_argument("--folds", type=int, default=5)
    parser.add_argument("--out", default="benchmarks/results/model_selection.md")
    args = parser.parse_args()
    train = pd.read_csv(Path(args.data) / "train.csv", dtype=str, keep_default_na=False)
    test = pd.read_csv(Path(args.data) / "test.csv", dtype=str, keep_default_na=False)
    prep = Pipeline([("normalize", TextNormalizer()), ("segment", WordSegmenter())])
    t0 = time.perf_counter()
    X = prep.transform(train["text"].tolist())
    X_stripped = prep.transform([fold_accents(t) for t in train["text"]])
    X_test = prep.transform(test["text"].tolist())
    X_test_stripped = prep.transform([fold_accents(t) for t in test["text"]])
    print(f"segmented {len(X) * 2 + len(X_test) * 2} texts in {time.perf_counter() - t0:.0f}s")
    y = [split_labels(v)[0] for v in train["labels"]]
    y_test = [split_labels(v)[0] for v in test["labels"]]
    labels = sorted(set(y))
    designs = DESIGNS[:2] if args.quick else DESIGNS
    rows = []
    splitter = StratifiedKFold(n_splits=args.folds, shuffle=True, random_state=0)
    for features, base, C, augment in designs:
        t0 = time.perf_counter()
        model = tail(features, base, C)
        pred = np.empty(len(X), dtype=object)
        for tr, va in splitter.split(X, y):
            Xtr = [X[i] for i in tr] + ([X_stripped[i] for i in tr] if augment else [])
            ytr = [y[i] for i in tr] * (2 if augment else 1)
            fold = clone(model).fit(Xtr, ytr)
            pred[va] = fold.predict([X[i] for i in va])
        cv = classification_report_dict(y, list(pred), labels=labels)["macro_f1"]
        final = clone(model).fit(X + (X_stripped if augment else []), y * (2 if augment else 1))
        rows.append(
            {
                "features": features,
                "classifier": base,
                "C": C,
                "train on accent-stripped copies": "yes" if augment else "no",
                "CV macro-F1": cv,
                "test macro-F1": macro(final, X_test, y_test, labels),
                "test accent-stripped macro-F1": macro(final, X_test_stripped, y_test, labels),
                "seconds": time.perf_counter() - t0,
            }
        )
        print(rows[-1], flush=True)
    table = pd.DataFrame(rows).sort_values("CV macro-F1", ascending=False)
    best = table.iloc[0]
    cal_rows = []
    methods = ("temperature", "sigmoid", "isotonic") + (
        () if best["classifier"] == "svm" else ("none",)
    )
    for method in methods:
        model = tail(best["features"], best["classifier"], float(best["C"]), calibration=method)
        fitted = model.fit(X, y)
        proba = fitted.predict_proba(X_test)
        classes = fitted[-1].classes_
        pred = classes[proba.argmax(axis=1)]
        correct = pred == np.asarray(y_test, dtype=object)
        cal_rows.append(
            {
                "calibration": method,
                "test macro-F1": classification_report_dict(y_test, list(pred), labels=labels)[
                    "macro_f1"
                ],
                "test ECE": expected_calibration_error(proba.max(axis=1), correct),
            }
        )
    out = Path(args.out)
    out.parent.mkdir(parents=True, exist_ok=True)
    text = (
        f"Corpus: {len(X)} training rows ({args.folds}-fold CV), {len(X_test)} test rows.\n\n"
        + table.to_markdown(index=False, floatfmt=".3f")
        + "\n\nCalibration of the best design on test.csv:\n\n"
        + pd.DataFrame(cal_rows).to_markdown(index=False, floatfmt=".3f")
        + "\n"
    )
    out.write_text(text, encoding="utf-8")
    print(text)


if __name__ == "__main__":
    main()
