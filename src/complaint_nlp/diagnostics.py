"""Item-level view of a model's errors on labelled data: what it said, what was right, how sure.

`evaluate_model` gives the aggregate figures; these tables are for reading the mistakes and
drawing calibration curves.

>>> table = prediction_table(load_model(), ["cán bộ quát tháo người dân"], [["attitude"]])
>>> table[["true_label", "pred_label", "correct"]].to_dict("records")
[{'true_label': 'attitude', 'pred_label': 'attitude', 'correct': True}]
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd
from sklearn.pipeline import Pipeline

from complaint_nlp.model import load_model, predict_texts


def prediction_table(
    model: Pipeline, texts: Sequence[str], labels: Sequence[Sequence[str]]
) -> pd.DataFrame:
    """One row per item: `text`, `true_label`, `true_labels`, `pred_label`, `pred_labels`,
    `confidence` (of the top label), `needs_review`, `correct` (primary labels agree)."""
    preds = predict_texts(model, texts)
    return pd.DataFrame(
        {
            "text": list(texts),
            "true_label": [lab[0] if lab else "" for lab in labels],
            "true_labels": [";".join(lab) for lab in labels],
            "pred_label": [p.label for p in preds],
            "pred_labels": [";".join(p.labels) for p in preds],
            "confidence": [p.confidence for p in preds],
            "needs_review": [p.needs_review for p in preds],
            "correct": [
                bool(lab) and p.label == lab[0] for lab, p in zip(labels, preds, strict=True)
            ],
        }
    )


def misclassified(table: pd.DataFrame) -> pd.DataFrame:
    """The wrong rows of a `prediction_table`, confident mistakes first (the ones to read)."""
    wrong = table[~table["correct"]]
    return wrong.sort_values("confidence", ascending=False, kind="stable").reset_index(drop=True)


def predictions_for_file(
    path: str | Path,
    *,
    model: Pipeline | None = None,
    text_column: str = "text",
    label_column: str = "labels",
) -> pd.DataFrame:
    """`prediction_table` of a labelled file (`text`, `labels` columns by default).

    >>> predictions_for_file("data/corpus/test.csv")["correct"].mean()  # doctest: +SKIP
    """
    from complaint_nlp.training import load_labelled

    data = load_labelled(
        [path], text_column=text_column, label_column=label_column, for_training=False
    )
    return prediction_table(model if model is not None else load_model(), data.texts, data.labels)
