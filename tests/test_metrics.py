import pytest

from complaint_nlp.metrics import (
    best_f1_threshold,
    classification_report_dict,
    expected_calibration_error,
    multilabel_micro_f1,
    precision_above,
    review_threshold_for_precision,
)


def test_report_has_per_label_figures_and_macro_f1():
    r = classification_report_dict(
        ["a", "a", "b", "c"], ["a", "b", "b", "c"], labels=["a", "b", "c"]
    )
    assert r["per_label"]["a"] == {
        "precision": 1.0,
        "recall": 0.5,
        "f1": pytest.approx(2 / 3),
        "support": 2,
    }
    assert r["macro_f1"] == pytest.approx((2 / 3 + 2 / 3 + 1) / 3)
    assert r["confusion"]["matrix"] == [[1, 1, 0], [0, 1, 0], [0, 0, 1]]


def test_labels_without_support_do_not_drag_macro_f1():
    r = classification_report_dict(["a", "a"], ["a", "a"], labels=["a", "b"])
    assert r["macro_f1"] == 1.0


def test_perfectly_calibrated_confidence_has_zero_ece():
    conf = [0.8] * 10
    correct = [True] * 8 + [False] * 2
    assert expected_calibration_error(conf, correct) == pytest.approx(0.0)


def test_overconfidence_shows_in_ece():
    assert expected_calibration_error([0.99] * 4, [True, False, True, False]) == pytest.approx(0.49)


def test_review_threshold_keeps_rows_at_target_precision():
    conf = [0.95, 0.9, 0.85, 0.8, 0.7, 0.6]
    ok = [True, True, True, True, False, False]
    cut = review_threshold_for_precision(conf, ok, target=0.95)
    assert cut == 0.8
    precision, share = precision_above(conf, ok, threshold=cut)
    assert precision == 1.0 and share == pytest.approx(4 / 6)


def test_unreachable_precision_sends_everything_to_review():
    assert review_threshold_for_precision([0.9, 0.8], [False, False], target=0.95) == 1.0


def test_multilabel_micro_f1_counts_secondary_labels():
    assert multilabel_micro_f1([["a", "b"]], [["a"]], labels=["a", "b"]) == pytest.approx(2 / 3)


def test_best_f1_threshold_separates_scores():
    assert best_f1_threshold([0.9, 0.8, 0.3, 0.25], [True, True, False, False]) == 0.8
