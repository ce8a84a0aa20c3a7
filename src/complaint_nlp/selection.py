"""Pick the rows worth a human label: the model's least sure, never two near-duplicates.

>>> picked = select_for_labelling(tagged, n=200)       # doctest: +SKIP
>>> picked[["labels", "suggested_labels"]].head()      # doctest: +SKIP
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import Pipeline

from complaint_nlp.io import find_text_column, read_table, write_table
from complaint_nlp.model import load_model
from complaint_nlp.tagging import tag_dataframe
from complaint_nlp.text import fold_accents

NEAR_DUPLICATE = 0.8
DIVERSITY_WEIGHT = 0.5
BALANCE_WEIGHT = 0.5


def select_for_labelling(
    df: pd.DataFrame,
    *,
    n: int = 200,
    text_column: str | None = None,
    model: Pipeline | None = None,
    pool_factor: int = 10,
) -> pd.DataFrame:
    """The `n` rows to label next, most useful first, with an empty `labels` column.

    Uncertainty is 1 - `pred_confidence`; among the `pool_factor * n` least sure rows,
    each pick is discounted by its similarity to rows already picked and by the share of
    picks that already carry its predicted label (uncertainty alone would skip the easy
    labels and tilt the retrained model); a row whose character n-gram cosine to a picked
    row reaches 0.8 is never picked. Untagged input
    is tagged first. The model's `pred_labels` stand beside as `suggested_labels`.
    """
    column = find_text_column(list(df.columns), given=text_column)
    if "pred_confidence" not in df.columns:
        df = tag_dataframe(df, model, text_column=column)
    texts = df[column].map(lambda v: "" if v is None or v != v else str(v))
    usable = df[(texts.str.strip() != "") & (df["pred_label"].fillna("") != "")]
    pool = usable.assign(_u=1 - pd.to_numeric(usable["pred_confidence"], errors="coerce").fillna(0))
    pool = pool.sort_values("_u", ascending=False, kind="stable").head(max(n, 1) * pool_factor)
    if pool.empty:
        return _shape(pool.drop(columns="_u"), column)
    folded = [fold_accents(str(t).lower()) for t in pool[column]]
    vectors = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).fit_transform(folded)
    uncertainty = pool["_u"].to_numpy()
    predicted = pool["pred_label"].astype(str).to_numpy()
    picked_per_label: dict[str, int] = {}
    chosen: list[int] = []
    max_sim = np.zeros(len(pool))
    while len(chosen) < n:
        share = np.array([picked_per_label.get(p, 0) for p in predicted]) / (len(chosen) + 1)
        score = uncertainty - DIVERSITY_WEIGHT * max_sim - BALANCE_WEIGHT * share
        score[chosen] = -np.inf
        score[max_sim >= NEAR_DUPLICATE] = -np.inf
        best = int(np.argmax(score))
        if not np.isfinite(score[best]):
            break
        chosen.append(best)
        picked_per_label[predicted[best]] = picked_per_label.get(predicted[best], 0) + 1
        sims = (vectors @ vectors[best].T).toarray().ravel()
        max_sim = np.maximum(max_sim, sims)
    return _shape(pool.iloc[chosen].drop(columns="_u"), column)


def _shape(picked: pd.DataFrame, column: str) -> pd.DataFrame:
    out = picked.rename(columns={"pred_labels": "suggested_labels"})
    drop = [c for c in out.columns if c.startswith("pred_") and c != "pred_confidence"]
    out = out.drop(columns=drop)
    position = list(out.columns).index(column) + 1
    out.insert(position, "labels", "")
    return out.reset_index(drop=True)


def select_file(
    tagged: str | Path,
    output: str | Path,
    *,
    n: int = 200,
    text_column: str | None = None,
    model_dir: str | Path | None = None,
    trust: bool = False,
) -> pd.DataFrame:
    """Read an export (tagged or not), pick the rows to label, write them to `output`."""
    df = read_table(tagged)
    model = None if "pred_confidence" in df.columns else load_model(model_dir, trust=trust)
    picked = select_for_labelling(df, n=n, text_column=text_column, model=model)
    write_table(picked, output)
    return picked
