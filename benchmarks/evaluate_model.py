"""Figures of a model on held-out data: the test split, its accent-stripped copy, and the
outside check set (never trained on). Prints per-label tables and the summary the README quotes.

Usage: python benchmarks/evaluate_model.py [--model models/default] [--checkset ../shared/checkset.csv]
"""

from __future__ import annotations

import argparse
from pathlib import Path

import pandas as pd

from complaint_nlp.classifier import split_labels
from complaint_nlp.model import load_model
from complaint_nlp.text import fold_accents
from complaint_nlp.training import evaluate_model


def table(report: dict) -> str:
    rows = [
        {
            "label": k,
            "precision": v["precision"],
            "recall": v["recall"],
            "F1": v["f1"],
            "support": v["support"],
        }
        for k, v in report["per_label"].items()
    ]
    return pd.DataFrame(rows).to_markdown(index=False, floatfmt=".3f")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--model", default="models/default")
    parser.add_argument("--test", default="data/corpus/test.csv")
    parser.add_argument("--checkset", default="../shared/checkset.csv")
    args = parser.parse_args()
    model = load_model(args.model)
    test = pd.read_csv(args.test, dtype=str, keep_default_na=False)
    sets = {
        "test split": test,
        "test split, accent-stripped": test.assign(text=test["text"].map(fold_accents)),
    }
    if "id" in test.columns:
        # Corpus releases (data/corpus/build.py): v2 = parts 1-8, v3 = parts 9-16. The v2 rows
        # are the test split an earlier model was measured on, unchanged.
        part = test["id"].str.extract(r"^p(\d+)-", expand=False).astype(float)
        sets["test split, v2 rows only"] = test[part <= 8]
        sets["test split, v3 rows only"] = test[part > 8]
    if Path(args.checkset).exists():
        sets["outside check set"] = pd.read_csv(args.checkset, dtype=str, keep_default_na=False)
    summary = []
    for name, df in sets.items():
        if df.empty:
            continue
        report = evaluate_model(model, df["text"].tolist(), [split_labels(v) for v in df["labels"]])
        print(f"\n### {name} ({report['rows']} rows)\n\n{table(report)}\n")
        summary.append(
            {
                "data": name,
                "rows": report["rows"],
                "macro-F1": report["macro_f1"],
                "multi-label micro-F1": report["multilabel_micro_f1"],
                "ECE": report["ece"],
                "precision not reviewed": report["precision_not_reviewed"],
                "share not reviewed": report["share_not_reviewed"],
            }
        )
        if "style" in df.columns and name == "outside check set":
            per_style = []
            for style, part in df.groupby("style"):
                r = evaluate_model(
                    model, part["text"].tolist(), [split_labels(v) for v in part["labels"]]
                )
                per_style.append({"style": style, "rows": len(part), "accuracy": r["accuracy"]})
            print(pd.DataFrame(per_style).to_markdown(index=False, floatfmt=".3f"))
    print("\n### summary\n")
    print(pd.DataFrame(summary).to_markdown(index=False, floatfmt=".3f"))


if __name__ == "__main__":
    main()
