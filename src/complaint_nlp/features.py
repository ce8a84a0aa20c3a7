"""scikit-learn transformers that turn raw feedback into features.

All are stateless and picklable (no lambdas), so the whole model stays one Pipeline.

>>> from sklearn.pipeline import make_pipeline
>>> prep = make_pipeline(TextNormalizer(), WordSegmenter())
>>> prep.transform(["Cán bộ ko thèm nghe"])
['cán_bộ không thèm nghe']
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.pipeline import FeatureUnion, Pipeline

from complaint_nlp.text import fold_accents, normalize_text, segment_text


class _StatelessText(TransformerMixin, BaseEstimator):
    def fit(self, X: Iterable[object], y: object = None) -> _StatelessText:
        return self

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        return np.asarray(["text"], dtype=object)

    def __sklearn_tags__(self):  # type: ignore[no-untyped-def]
        tags = super().__sklearn_tags__()
        tags.input_tags.string = True
        tags.input_tags.two_d_array = False
        tags.requires_fit = False
        return tags


class TextNormalizer(_StatelessText):
    """NFC, HTML clean-up, personal-data placeholders, tone placement, teencode, lower case.

    >>> TextNormalizer().transform(["Hoà  giải &amp; hỏi"])
    ['hòa giải & hỏi']
    """

    def __init__(self, *, teencode: bool = True) -> None:
        self.teencode = teencode

    def transform(self, X: Iterable[object]) -> list[str]:
        return [normalize_text(x, teencode=self.teencode) for x in X]


class WordSegmenter(_StatelessText):
    """underthesea word segmentation of normalised text; words joined by `_`.

    >>> WordSegmenter().transform(["hồ sơ bị trả lại"])
    ['hồ_sơ bị trả lại']
    """

    def transform(self, X: Iterable[str]) -> list[str]:
        return [segment_text(x) for x in X]


class AccentFolder(_StatelessText):
    """Accent-fold segmented text, so typed-without-diacritics input meets the same features.

    >>> AccentFolder().transform(["cán_bộ quát"])
    ['can bo quat']
    """

    def transform(self, X: Iterable[str]) -> list[str]:
        return [fold_accents(x.replace("_", " ")) for x in X]


class SyllableJoiner(_StatelessText):
    """Undo segmentation (`hồ_sơ` -> `hồ sơ`) for syllable n-gram features.

    >>> SyllableJoiner().transform(["hồ_sơ bị trả"])
    ['hồ sơ bị trả']
    """

    def transform(self, X: Iterable[str]) -> list[str]:
        return [x.replace("_", " ") for x in X]


def _tfidf(**kwargs: object) -> TfidfVectorizer:
    return TfidfVectorizer(sublinear_tf=True, lowercase=False, dtype=np.float32, **kwargs)


def make_features(kind: str = "words+folded", *, min_df: int = 2) -> FeatureUnion:
    """The feature union for one of the compared designs, fed with segmented text.

    kinds: `words` (underthesea words, 1-2 grams), `syllables` (syllable 1-3 grams),
    `+folded` adds accent-folded syllable 1-2 grams, `+chars` adds accent-folded
    character 2-5 grams, `+achars` character 2-5 grams with the accents kept.

    >>> sorted(name for name, _ in make_features("words+chars").transformer_list)
    ['chars', 'words']
    """
    token = r"(?u)[^\s]+"
    words = {"token_pattern": token, "ngram_range": (1, 2), "min_df": min_df}
    chars = {
        "analyzer": "char_wb",
        "ngram_range": (2, 5),
        "min_df": min_df,
        "max_features": 150_000,
    }
    # name: (text step before TF-IDF, or None; TF-IDF settings)
    designs: dict[str, tuple[object | None, dict[str, object]]] = {
        "words": (None, words),
        "syllables": (SyllableJoiner(), {**words, "ngram_range": (1, 3)}),
        "folded": (AccentFolder(), words),
        "chars": (AccentFolder(), chars),
        "achars": (SyllableJoiner(), chars),
    }
    parts = kind.split("+")
    if not parts or any(p not in designs for p in parts):
        raise ValueError(f"unknown feature kind {kind!r}")
    branches: list[tuple[str, object]] = []
    for name in parts:
        step, settings = designs[name]
        tfidf = _tfidf(**settings)
        branches.append(
            (name, tfidf if step is None else Pipeline([("prep", step), ("tfidf", tfidf)]))
        )
    return FeatureUnion(branches)
