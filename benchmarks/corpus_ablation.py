"""What the v3 corpus and the feature change each added, on the unchanged v2 test rows.

Trains the linear SVM (no calibration, accent-stripped copies learned) on the v2 training rows
(parts 1-8) or on all of train.csv, with and without character n-grams, and prints macro-F1 on
the 896 test rows of release v2, the rows the v2 model was measured on.

Usage: python benchmarks/corpus_ablation.py [--data data/corpus]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd
from sklearn.pipeline import Pipeline

from complaint_nlp.classifier import ComplaintClassifier, split_labels
from complaint_nlp.features import TextNormalizer, WordSegmenter, make_features
from complaint_nlp.metrics import classification_report_dict
from complaint_nlp.text import fold_accents


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="data/corpus")
    args = parser.parse_args()
    read = {
        name: pd.read_csv(Path(args.data) / f"{name}.csv", dtype=str, keep_default_na=False)
        for name in ("train", "test")
    }
    part = {
        k: df["id"].str.extract(r"^p(\d+)-", expand=False).astype(int) for k, df in read.items()
    }
    test = read["test"][part["test"] <= 8]
    prep = Pipeline([("normalize", TextNormalizer()), ("segment", WordSegmenter())])
    X_test = prep.transform(test["text"].tolist())
    y_test = [split_labels(v)[0] for v in test["labels"]]
    rows = []
    for name, train in (
        ("v2 (parts 1-8)", read["train"][part["train"] <= 8]),
        ("v3 (parts 1-16)", read["train"]),
    ):
        texts = train["text"].tolist()
        X = prep.transform(texts) + prep.transform([fold_accents(t) for t in texts])
        y = [split_labels(v)[0] for v in train["labels"]] * 2
        row = {"training rows": f"{name}: {len(train)}"}
        for features in ("words+folded+chars", "words+folded"):
            model = Pipeline(
                [
                    ("features", make_features(features)),
                    (
                        "classify",
                        ComplaintClassifier(
                            base="svm", C=30.0, calibration="none", secondary=False
                        ),
                    ),
                ]
            ).fit(X, y)
            pred = list(model.predict(X_test))
            row[features] = classification_report_dict(y_test, pred, labels=sorted(set(y)))[
                "macro_f1"
            ]
        rows.append(row)
        print(row, flush=True)
    print(f"\nmacro-F1 on the {len(test)} v2 test rows:\n")
    print(pd.DataFrame(rows).to_markdown(index=False, floatfmt=".3f"))


if __name__ == "__main__":
    main()
