import json

import pandas as pd
import pytest

from complaint_nlp.errors import InputError
from complaint_nlp.model import load_model
from complaint_nlp.training import evaluate_model, load_labelled, train_model, train_to_dir


def _write(tmp_path, name, rows):
    path = tmp_path / name
    pd.DataFrame(rows, columns=["text", "labels"]).to_csv(path, index=False)
    return path


def test_later_rows_for_the_same_text_win_and_duplicates_drop(tmp_path):
    base = _write(
        tmp_path,
        "base.csv",
        [("quát tháo", "attitude"), ("trễ hẹn", "delay"), ("trễ hẹn", "delay")],
    )
    fix = _write(tmp_path, "fix.csv", [("quát  tháo", "attitude;delay")])
    data = load_labelled([base, fix], min_examples=1)
    assert dict(zip(data.texts, data.labels, strict=False)) == {
        "trễ hẹn": ["delay"],
        "quát tháo": ["attitude", "delay"],
    }
    assert data.dropped_duplicates == 2


@pytest.mark.parametrize(
    "rows, message",
    [
        ([("", "delay"), ("a", "attitude")], r"row 2: empty text"),
        (
            [("quát", "attitude,delay"), ("a", "delay")],
            r"row 2: label 'attitude,delay' looks like several",
        ),
        ([("quát", "attitude"), ("trễ", "attitude")], r"every row has primary label 'attitude'"),
        (
            [("quát", "attitude"), ("trễ", "delay"), ("chậm", "delay")],
            r"label 'attitude' has 1 examples",
        ),
        ([("quát", ""), ("trễ", "delay")], r"row 2: no label"),
    ],
)
def test_data_a_model_cannot_learn_from_is_refused(tmp_path, rows, message):
    with pytest.raises(InputError, match=message):
        load_labelled([_write(tmp_path, "bad.csv", rows)], min_examples=2)


def test_unknown_labels_against_a_reference_are_reported(tmp_path):
    path = _write(tmp_path, "x.csv", [("a", "delay"), ("b", "rudeness")])
    with pytest.raises(InputError, match="unknown labels not in the reference model: rudeness"):
        load_labelled([path], min_examples=1, known_labels=["delay", "attitude"])


@pytest.fixture(scope="module")
def small_model(small_train_csv):
    data = load_labelled([small_train_csv])
    return data, train_model(data.texts, data.labels, folds=3)


def test_training_reports_cross_validated_per_label_metrics(small_model):
    data, (_model, card) = small_model
    cv = card["cv_metrics"]
    assert set(cv["per_label"]) == set(data.label_set)
    assert all(0 <= m["f1"] <= 1 for m in cv["per_label"].values())
    assert 0 < card["review_threshold"] <= 1
    assert card["rows"] == len(data.texts)


def test_small_model_beats_chance_on_the_test_split(small_model, corpus_test):
    _, (model, _) = small_model
    labels = [x.split(";") for x in corpus_test["labels"]]
    report = evaluate_model(model, corpus_test["text"].tolist(), labels)
    assert report["macro_f1"] > 0.5  # 7 labels: chance is about 0.14


def test_retraining_on_the_same_data_gives_the_same_metrics(small_train_csv, tmp_path):
    a = train_to_dir([small_train_csv], tmp_path / "a", folds=3)
    b = train_to_dir([small_train_csv], tmp_path / "b", folds=3)
    ece_a, ece_b = a["cv_metrics"].pop("ece"), b["cv_metrics"].pop("ece")
    assert a["cv_metrics"] == b["cv_metrics"]  # every label decision and threshold, exactly
    assert ece_a == pytest.approx(ece_b, abs=1e-4)  # calibration fit: float noise only
    assert a["review_threshold"] == b["review_threshold"]
    assert a["secondary_thresholds"] == b["secondary_thresholds"]


def test_any_label_set_can_be_trained(tmp_path):
    rows = [(f"đường {i} có ổ gà lớn", "road") for i in range(8)] + [
        (f"rác thải tồn đọng ở ngõ {i}", "waste") for i in range(8)
    ]
    card = train_to_dir([_write(tmp_path, "custom.csv", rows)], tmp_path / "m", folds=2)
    assert card["labels"] == ["road", "waste"]
    model = load_model(tmp_path / "m")
    assert model.predict(["ổ gà trên đường"])[0] == "road"


def test_model_card_records_data_hash_rows_versions_and_threshold(small_train_csv, tmp_path):
    train_to_dir([small_train_csv], tmp_path / "m", folds=2)
    card = json.loads((tmp_path / "m" / "model_card.json").read_text())
    assert card["training_data"][0]["sha256"] and card["rows"] > 0
    assert {"python", "scikit-learn", "underthesea"} <= set(card["versions"])
    assert "review_threshold" in card and "model_sha256" in card and card["created"]
