"""Build data/corpus/train.csv and test.csv from the hand-written parts in raw/.

Exact duplicates (after Unicode NFC, case and whitespace folding) are dropped; near
duplicates (TF-IDF cosine of character n-grams >= 0.85) are kept together on one side
of the split, so the test split never holds a near copy of a training item. The split is
stratified by primary label and seeded, so rebuilding gives the same files.

The corpus grows in releases (RELEASES: which raw parts each added). Each release's new
items are split on their own, so an item never changes sides when later parts arrive and
the earlier test split stays exactly as it was; a new item that nearly duplicates an
earlier one goes to that item's side.

Usage: python data/corpus/build.py [--test-share 0.2] [--out data/corpus]
"""

from __future__ import annotations

import argparse
import json
import unicodedata
from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.model_selection import StratifiedGroupKFold

HERE = Path(__file__).resolve().parent
RELEASES = {"v2": range(1, 9), "v3": range(9, 17)}


def load_parts(raw: Path) -> pd.DataFrame:
    rows = []
    release_of = {n: name for name, parts in RELEASES.items() for n in parts}
    parts = sorted(raw.glob("part_*.jsonl"), key=lambda p: int(p.stem.split("_")[1]))
    for part in parts:
        number = int(part.stem.split("_")[1])
        if number not in release_of:
            raise SystemExit(f"{part.name} belongs to no release; add it to RELEASES")
        for n, line in enumerate(part.read_text(encoding="utf-8").splitlines(), 1):
            if line.strip():
                item = json.loads(line)
                rows.append(
                    {
                        "id": f"{part.stem.replace('part_', 'p')}-{n:04d}",
                        "text": unicodedata.normalize("NFC", item["text"]).strip(),
                        "labels": ";".join(x.strip() for x in item["labels"].split(";")),
                        "style": item["style"],
                        "release": release_of[number],
                    }
                )
    return pd.DataFrame(rows)


def near_duplicate_groups(texts: list[str], *, threshold: float = 0.85) -> np.ndarray:
    vec = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), min_df=1).fit_transform(texts)
    groups = np.arange(len(texts))
    sims = (vec @ vec.T).tocoo()
    for i, j, v in zip(sims.row, sims.col, sims.data, strict=True):
        if i < j and v >= threshold:
            gi, gj = groups[i], groups[j]
            groups[groups == gj] = gi
    return groups


def describe(df: pd.DataFrame, is_test: np.ndarray) -> None:
    """Print the figures the data card quotes."""
    labels = df["labels"].str.split(";")
    primary = labels.str[0]
    misconduct = ~primary.isin(["praise", "other"])
    print("primary labels (train/test):")
    for lab, n in primary.value_counts().sort_index().items():
        print(
            f"  {lab}: {int((primary[~is_test] == lab).sum())}/{int((primary[is_test] == lab).sum())} ({n})"
        )
    multi = labels[misconduct].str.len().gt(1).mean()
    print(f"misconduct items with a second label: {multi:.1%}")
    print("styles:", {k: f"{v:.1%}" for k, v in df["style"].value_counts(normalize=True).items()})
    words = df["text"].str.split().str.len()
    print(
        f"words per item: median {words.median():.0f}, 5%-95% {words.quantile(0.05):.0f}-{words.quantile(0.95):.0f}, max {words.max()}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--test-share", type=float, default=0.2)
    parser.add_argument("--seed", type=int, default=13)
    parser.add_argument("--out", type=Path, default=HERE, help="folder for train.csv and test.csv")
    args = parser.parse_args()
    df = load_parts(HERE / "raw")
    key = df["text"].str.lower().str.split().str.join(" ")
    before = len(df)
    df = df[~key.duplicated()].reset_index(drop=True)
    primary = df["labels"].str.split(";").str[0].to_numpy()
    folds = round(1 / args.test_share)
    is_test = np.zeros(len(df), dtype=bool)
    done = np.zeros(len(df), dtype=bool)
    grouped = 0
    for release in RELEASES:
        # Groups from this release and the earlier ones only, so later parts cannot
        # change how an earlier release was split.
        seen = np.flatnonzero(done | (df["release"] == release).to_numpy())
        groups = np.full(len(df), -1)
        groups[seen] = seen[near_duplicate_groups(df["text"].iloc[seen].tolist())]
        new = (df["release"] == release).to_numpy() & ~done
        inherited = new & np.isin(groups, groups[done])
        for i in np.flatnonzero(inherited):
            is_test[i] = is_test[done & (groups == groups[i])][0]
        todo = np.flatnonzero(new & ~inherited)
        if len(todo):
            splitter = StratifiedGroupKFold(n_splits=folds, shuffle=True, random_state=args.seed)
            _, test_idx = next(splitter.split(todo, primary[todo], groups[todo]))
            is_test[todo[test_idx]] = True
        done |= new
        grouped = len(seen) - len(set(groups[seen]))
    df = df.drop(columns="release")
    df[~is_test].to_csv(args.out / "train.csv", index=False)
    df[is_test].to_csv(args.out / "test.csv", index=False)
    describe(df, is_test)
    print(
        f"{before} items, {before - len(df)} exact duplicates dropped, "
        f"{grouped} near duplicates grouped; "
        f"train {int((~is_test).sum())}, test {int(is_test.sum())}"
    )


if __name__ == "__main__":
    main()
