from __future__ import annotations

import os
from pathlib import Path

import pandas as pd
import pytest

from complaint_nlp.errors import ModelError
from complaint_nlp.model import MODEL_ENV, default_model_dir


@pytest.fixture(scope="session")
def root(pytestconfig: pytest.Config) -> Path:
    return Path(pytestconfig.rootpath)


@pytest.fixture(scope="session", autouse=True)
def shipped_model(root: Path) -> Path:
    """The default model: the installed one, or the repo's models/default in a source checkout."""
    try:
        return default_model_dir()
    except ModelError:
        os.environ[MODEL_ENV] = str(root / "models" / "default")
        return default_model_dir()


@pytest.fixture(scope="session")
def corpus_train(root: Path) -> pd.DataFrame:
    return pd.read_csv(root / "data" / "corpus" / "train.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="session")
def corpus_test(root: Path) -> pd.DataFrame:
    return pd.read_csv(root / "data" / "corpus" / "test.csv", dtype=str, keep_default_na=False)


@pytest.fixture(scope="session")
def small_train_csv(corpus_train: pd.DataFrame, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """About 40 training items per primary label: enough to train in seconds."""
    primary = corpus_train["labels"].str.split(";").str[0]
    sample = corpus_train.groupby(primary, group_keys=False).apply(
        lambda g: g.sample(min(len(g), 40), random_state=0)
    )
    path = tmp_path_factory.mktemp("small") / "small_train.csv"
    sample[["text", "labels"]].to_csv(path, index=False)
    return path


@pytest.fixture(scope="session")
def sample_csv(root: Path) -> Path:
    return root / "data" / "samples" / "feedback_export.csv"
