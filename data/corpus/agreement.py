"""Agreement between the corpus labels and a second, blind annotation of a sample.

`second_annotator.csv` (id, labels) holds 350 items, 50 per primary label, drawn at random
from train.csv + test.csv and labelled again from the label guide alone, without seeing the
corpus labels.

Usage: python data/corpus/agreement.py
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from sklearn.metrics import cohen_kappa_score

HERE = Path(__file__).resolve().parent


def main() -> None:
    corpus = pd.concat(
        [pd.read_csv(HERE / f, dtype=str, keep_default_na=False) for f in ("train.csv", "test.csv")]
    ).set_index("id")["labels"]
    second = pd.read_csv(HERE / "second_annotator.csv", dtype=str, keep_default_na=False)
    first = second["id"].map(corpus)
    if first.isna().any():
        raise SystemExit(f"ids not in the corpus: {', '.join(second['id'][first.isna()])}")
    p0, p1 = first.str.split(";").str[0], second["labels"].str.split(";").str[0]
    sets0, sets1 = first.str.split(";").map(set), second["labels"].str.split(";").map(set)
    print(f"items: {len(second)}")
    print(
        f"primary label agreement: {(p0 == p1).mean():.3f} (Cohen's kappa {cohen_kappa_score(p0, p1):.3f})"
    )
    print(f"identical label sets: {(sets0 == sets1).mean():.3f}")
    print("disagreements on the primary label (corpus -> second annotator):")
    print((p0[p0 != p1] + " -> " + p1[p0 != p1]).value_counts().to_string())


if __name__ == "__main__":
    main()
