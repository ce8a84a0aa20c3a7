import pickle

import pytest
from sklearn.base import clone

from complaint_nlp.features import (
    AccentFolder,
    SyllableJoiner,
    TextNormalizer,
    WordSegmenter,
    make_features,
)

SEGMENTED = ["cán_bộ quát_tháo người_dân", "hồ_sơ trễ_hẹn ba tuần", "cảm_ơn chị rất tận_tình"] * 3


def test_text_transformers_are_stateless_and_picklable():
    for step in (TextNormalizer(), WordSegmenter(), AccentFolder(), SyllableJoiner()):
        again = pickle.loads(pickle.dumps(clone(step)))
        assert again.fit(["x"]).transform(["Cán bộ"]) == step.transform(["Cán bộ"])


def test_accent_folding_makes_typed_without_diacritics_match():
    assert AccentFolder().transform(["cán_bộ quát"]) == AccentFolder().transform(["can_bo quat"])


@pytest.mark.parametrize(
    "kind", ["words", "syllables", "words+chars", "syllables+chars", "words+folded+chars"]
)
def test_every_compared_feature_design_builds_features(kind):
    union = make_features(kind, min_df=1).fit(SEGMENTED)
    X = union.transform(SEGMENTED)
    assert X.shape[0] == len(SEGMENTED)
    names = union.get_feature_names_out()
    assert len(names) == X.shape[1]


def test_folded_channel_sees_text_without_diacritics():
    union = make_features("folded", min_df=1).fit(SEGMENTED)
    with_marks = union.transform(["cán_bộ quát_tháo"])
    without = union.transform(["can_bo quat_thao"])
    assert (with_marks != without).nnz == 0


def test_unknown_feature_kind_is_refused():
    with pytest.raises(ValueError, match="unknown feature kind"):
        make_features("words+bert")
