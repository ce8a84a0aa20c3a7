"""The committed corpus is what data/corpus/build.py makes, and its splits stay apart."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "data" / "corpus"


def _read(name: str) -> pd.DataFrame:
    return pd.read_csv(CORPUS / name, dtype=str, keep_default_na=False)


def _part(df: pd.DataFrame) -> pd.Series:
    return df["id"].str.extract(r"^p(\d+)-", expand=False).astype(int)


def _folded(df: pd.DataFrame) -> set[str]:
    return set(df["text"].str.lower().str.split().str.join(" "))


@pytest.fixture(scope="module")
def splits() -> tuple[pd.DataFrame, pd.DataFrame]:
    return _read("train.csv"), _read("test.csv")


def test_rebuilding_gives_the_committed_files(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(CORPUS / "build.py"), "--out", str(tmp_path)],
        check=True,
        capture_output=True,
    )
    for name in ("train.csv", "test.csv"):
        assert (tmp_path / name).read_bytes() == (CORPUS / name).read_bytes(), name


def test_train_and_test_share_no_item(splits: tuple[pd.DataFrame, pd.DataFrame]) -> None:
    train, test = splits
    assert not set(train["id"]) & set(test["id"])
    assert not _folded(train) & _folded(test)


def test_each_release_is_split_about_four_to_one(
    splits: tuple[pd.DataFrame, pd.DataFrame],
) -> None:
    train, test = splits
    for first, last in ((1, 8), (9, 16)):
        n_train = _part(train).between(first, last).sum()
        n_test = _part(test).between(first, last).sum()
        assert n_test / (n_train + n_test) == pytest.approx(0.2, abs=0.01)
