import json
import shutil

import pytest

from complaint_nlp.errors import ModelError
from complaint_nlp.model import (
    CARD_FILE,
    MODEL_FILE,
    build_pipeline,
    check_model_dir,
    load_model,
    predict_texts,
)


@pytest.fixture()
def model_copy(shipped_model, tmp_path):
    target = tmp_path / "model"
    shutil.copytree(shipped_model, target)
    return target


def test_pipeline_is_one_sklearn_pipeline_with_named_steps():
    assert [name for name, _ in build_pipeline().steps] == [
        "normalize",
        "segment",
        "features",
        "classify",
    ]


def test_shipped_model_loads_and_predicts_known_labels(shipped_model):
    model = load_model(shipped_model)
    card = json.loads((shipped_model / CARD_FILE).read_text())
    preds = predict_texts(model, ["Cán bộ quát tháo, mắng tôi trước mặt mọi người"])
    assert preds[0].label in card["labels"]
    assert 0.0 <= preds[0].confidence <= 1.0
    assert preds[0].labels[0] == preds[0].label


def test_empty_and_unusable_texts_get_no_label_and_need_review(shipped_model):
    preds = predict_texts(load_model(shipped_model), ["", "   ", None, "0912345678", float("nan")])
    assert all(p.label == "" and p.labels == [] and p.needs_review for p in preds)


def test_low_confidence_rows_are_flagged_for_review(shipped_model):
    model = load_model(shipped_model)
    threshold = model[-1].review_threshold
    for p in predict_texts(model, ["ok", "phường", "Cán bộ hẹn 3 lần chưa trả sổ đỏ, còn quát"]):
        assert p.needs_review == (p.confidence < threshold)


def test_evidence_is_taken_from_the_original_spelling(shipped_model):
    text = "Cán bộ ko thèm nghe, QUÁT tháo ầm ĩ rồi đuổi tôi ra"
    p = predict_texts(load_model(shipped_model), [text], explain=True)[0]
    assert p.evidence
    assert all(phrase in text for phrase in p.evidence)


def test_tampered_model_file_is_refused(model_copy):
    with open(model_copy / MODEL_FILE, "ab") as fh:
        fh.write(b"\0")
    with pytest.raises(ModelError, match="does not match the model card"):
        load_model(model_copy)


def test_missing_card_is_refused_unless_trusted(model_copy):
    (model_copy / CARD_FILE).unlink()
    with pytest.raises(ModelError, match="missing model card"):
        load_model(model_copy)
    assert load_model(model_copy, trust=True) is not None


def test_model_from_other_library_versions_is_refused_with_retrain_hint(model_copy):
    card = json.loads((model_copy / CARD_FILE).read_text())
    card["versions"]["scikit-learn"] = "0.24.2"
    (model_copy / CARD_FILE).write_text(json.dumps(card))
    with pytest.raises(ModelError, match=r"scikit-learn 0\.24\.2.*complaint-nlp train"):
        check_model_dir(model_copy)


def test_a_folder_without_model_is_refused(tmp_path):
    with pytest.raises(ModelError, match="not a model directory"):
        load_model(tmp_path / "nothing")


def test_skops_format_round_trips_and_loads_without_pickle(shipped_model, tmp_path):
    from complaint_nlp.model import read_card, save_model

    model = load_model(shipped_model)
    save_model(model, tmp_path / "sk", card=read_card(shipped_model), fmt="skops")
    assert (tmp_path / "sk" / "model.skops").exists() and not (
        tmp_path / "sk" / MODEL_FILE
    ).exists()
    again = load_model(tmp_path / "sk")
    texts = ["cán bộ quát tháo", "hồ sơ trễ hẹn hai tháng"]
    assert (again.predict_proba(texts) == model.predict_proba(texts)).all()
