import pickle

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import make_pipeline

from complaint_nlp.classifier import ComplaintClassifier, labels_from_proba, split_labels

TEXTS = [
    "quát mắng người dân",
    "cán bộ quát tháo",
    "lớn tiếng mắng chửi",
    "thái độ coi thường",
    "trễ hẹn ba tuần",
    "quá hạn chưa trả",
    "hẹn mãi chưa có kết quả",
    "chờ hai tháng",
    "cảm ơn cán bộ tận tình",
    "rất hài lòng, chu đáo",
    "cảm ơn chị nhiệt tình",
    "khen anh cán bộ",
    "quát tháo và trễ hẹn",
    "trễ hẹn còn quát mắng",
] * 3
LABELS = (
    ["attitude"] * 4 + ["delay"] * 4 + ["praise"] * 4 + ["attitude;delay", "delay;attitude"]
) * 3


@pytest.fixture(scope="module")
def fitted():
    return make_pipeline(TfidfVectorizer(), ComplaintClassifier(cv=2)).fit(TEXTS, LABELS)


def test_split_labels_keeps_order_and_drops_blanks():
    assert split_labels("delay; attitude ;;delay") == ["delay", "attitude"]
    assert split_labels(float("nan")) == []


def test_primary_label_and_probabilities(fitted):
    proba = fitted.predict_proba(["cán bộ quát mắng"])
    assert proba.shape == (1, 3)
    assert proba.sum() == pytest.approx(1.0)
    assert fitted.predict(["cán bộ quát mắng"])[0] == "attitude"


def test_exclusive_labels_are_never_combined():
    out = labels_from_proba(
        np.array([[0.9, 0.1, 0.0]]),
        np.array([[0.9, 0.9, 0.9]]),
        classes=["praise", "delay", "attitude"],
    )
    assert out == [["praise"]]


def test_secondary_label_needs_its_threshold():
    proba, presence = np.array([[0.6, 0.4]]), np.array([[0.9, 0.55]])
    classes = ["delay", "attitude"]
    assert labels_from_proba(proba, presence, classes=classes, thresholds={"attitude": 0.5}) == [
        ["delay", "attitude"]
    ]
    assert labels_from_proba(proba, presence, classes=classes, thresholds={"attitude": 0.6}) == [
        ["delay"]
    ]


@pytest.mark.parametrize("base", ["logreg", "svm", "cnb"])
def test_each_base_classifier_fits_and_gives_weights(base):
    model = make_pipeline(TfidfVectorizer(), ComplaintClassifier(base=base, cv=2)).fit(
        TEXTS, LABELS
    )
    weights = model[-1].class_weights("attitude")
    vocab = model[0].vocabulary_
    assert weights[vocab["quát"]] > weights[vocab["cảm"]]


def test_fitted_classifier_pickles(fitted):
    again = pickle.loads(pickle.dumps(fitted))
    assert (again.predict_proba(TEXTS[:3]) == fitted.predict_proba(TEXTS[:3])).all()


def test_rows_without_labels_are_refused():
    with pytest.raises(ValueError, match="at least one label"):
        ComplaintClassifier().fit(np.eye(2), ["a", ""])
