"""Build, save, load and run the complaint model: one scikit-learn Pipeline.

>>> model = load_model()
>>> [p.label for p in predict_texts(model, ["Cán bộ hẹn 3 lần vẫn chưa trả kết quả"])]
['delay']
"""

from __future__ import annotations

import hashlib
import json
import os
import platform
import re
import unicodedata
import weakref
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata, resources
from pathlib import Path
from typing import Any

import joblib
import numpy as np
from sklearn.pipeline import Pipeline

from complaint_nlp.classifier import ComplaintClassifier
from complaint_nlp.drift import count_oov
from complaint_nlp.errors import ModelError
from complaint_nlp.features import TextNormalizer, WordSegmenter, make_features
from complaint_nlp.text import fold_accents, is_usable, teencode_table

MODEL_FILE = "model.joblib"
SKOPS_FILE = "model.skops"
CARD_FILE = "model_card.json"
# The only non-standard types a skops model file may hold; anything else is refused.
SKOPS_TRUSTED = [
    "complaint_nlp.classifier.ComplaintClassifier",
    "complaint_nlp.features.AccentFolder",
    "complaint_nlp.features.SyllableJoiner",
    "complaint_nlp.features.TextNormalizer",
    "complaint_nlp.features.WordSegmenter",
    "sklearn.calibration._CalibratedClassifier",
    "sklearn.calibration._SigmoidCalibration",
    "sklearn.calibration._TemperatureScaling",
    "sklearn.isotonic.IsotonicRegression",
]
MODEL_ENV = "COMPLAINT_NLP_MODEL"
DEFAULTS: dict[str, Any] = {"features": "words+folded", "base": "svm", "C": 30.0}
"""The design that won benchmarks/model_selection.py (see the README's Model section)."""


@dataclass
class Prediction:
    """What the model says about one text."""

    label: str
    labels: list[str]
    confidence: float
    needs_review: bool
    evidence: list[str] = field(default_factory=list)


def build_pipeline(
    *,
    features: str = DEFAULTS["features"],
    base: str = DEFAULTS["base"],
    C: float = DEFAULTS["C"],
    calibration: str = "temperature",
    min_df: int = 2,
    random_state: int = 0,
) -> Pipeline:
    """The untrained model: normalise -> segment -> features -> ComplaintClassifier.

    >>> [name for name, _ in build_pipeline().steps]
    ['normalize', 'segment', 'features', 'classify']
    """
    return Pipeline(
        [
            ("normalize", TextNormalizer()),
            ("segment", WordSegmenter()),
            ("features", make_features(features, min_df=min_df)),
            (
                "classify",
                ComplaintClassifier(
                    base=base, C=C, calibration=calibration, random_state=random_state
                ),
            ),
        ]
    )


def versions() -> dict[str, str]:
    """Versions that decide whether a saved model can be loaded here."""

    def v(name: str) -> str:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            return "unknown"

    return {
        "python": platform.python_version(),
        "scikit-learn": v("scikit-learn"),
        "underthesea": v("underthesea"),
        "numpy": v("numpy"),
        "complaint-nlp": v("complaint-nlp"),
    }


def sha256_file(path: Path) -> str:
    """Hex sha256 of a file, read in blocks."""
    digest = hashlib.sha256()
    with open(path, "rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def default_model_dir() -> Path:
    """The model used when none is named: `$COMPLAINT_NLP_MODEL`, else the one shipped in the package."""
    if os.environ.get(MODEL_ENV):
        return Path(os.environ[MODEL_ENV])
    shipped = Path(str(resources.files("complaint_nlp").joinpath("models/default")))
    if (shipped / MODEL_FILE).exists():
        return shipped
    raise ModelError(
        "no default model is installed with complaint-nlp; pass --model DIR "
        f"(a folder with {MODEL_FILE} and {CARD_FILE}) or set {MODEL_ENV}"
    )


def model_file(directory: str | Path) -> Path:
    """The model file of a directory: `model.joblib`, else `model.skops`."""
    directory = Path(directory)
    joblib_path = directory / MODEL_FILE
    skops_path = directory / SKOPS_FILE
    return skops_path if skops_path.exists() and not joblib_path.exists() else joblib_path


def save_model(
    model: Pipeline, directory: str | Path, *, card: dict[str, Any], fmt: str = "joblib"
) -> Path:
    """Write the model (`model.joblib`, or `model.skops` with `fmt="skops"`) and
    `model_card.json`, which records the model file's sha256."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    name = {"joblib": MODEL_FILE, "skops": SKOPS_FILE}.get(fmt)
    if name is None:
        raise ValueError(f"unknown model format {fmt!r}: use joblib or skops")
    tmp = directory / (name + ".tmp")
    if fmt == "skops":
        import zipfile

        import skops.io as sio

        sio.dump(model, tmp, compression=zipfile.ZIP_DEFLATED)
    else:
        joblib.dump(model, tmp, compress=3)
    for stale in (MODEL_FILE, SKOPS_FILE):
        (directory / stale).unlink(missing_ok=True)
    tmp.replace(directory / name)
    card = {**card, "model_sha256": sha256_file(directory / name), "format": fmt}
    card.setdefault("versions", versions())
    (directory / CARD_FILE).write_text(
        json.dumps(card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8"
    )
    return directory


def read_card(directory: str | Path) -> dict[str, Any]:
    """The model card of a model directory."""
    path = Path(directory) / CARD_FILE
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ModelError(f"{path}: missing model card; pass --trust to load it anyway") from None
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelError(f"{path}: unreadable model card ({exc})") from None


def _minor(version: str) -> str:
    return ".".join(version.split(".")[:2])


def check_model_dir(directory: str | Path) -> dict[str, Any]:
    """Refuse a model whose file does not match its card or was built with other versions."""
    directory = Path(directory)
    card = read_card(directory)
    model_path = model_file(directory)
    if not model_path.exists():
        raise ModelError(f"{model_path}: no model file")
    expected = card.get("model_sha256")
    actual = sha256_file(model_path)
    if expected != actual:
        raise ModelError(
            f"{model_path}: sha256 {actual[:12]}… does not match the model card "
            f"({str(expected)[:12]}…); the file was changed or replaced. Retrain, or pass --trust"
        )
    here = versions()
    built = card.get("versions", {})
    for name in ("scikit-learn", "underthesea"):
        if _minor(str(built.get(name, "?"))) != _minor(here[name]):
            raise ModelError(
                f"{directory}: model built with {name} {built.get(name, '?')}, this install has "
                f"{here[name]}; retrain it with: complaint-nlp train DATA -o {directory}"
            )
    return card


_LOADED: dict[tuple[str, float], Pipeline] = {}


def load_model(directory: str | Path | None = None, *, trust: bool = False) -> Pipeline:
    """Load a model directory (default: the shipped model) after checking its card.

    The card's sha256 must match the model file, and scikit-learn/underthesea must be the
    versions it was built with. `trust=True` skips the checks: only for files you made yourself.
    A `model.skops` file is loaded without pickle and may hold only known types.
    """
    directory = Path(directory) if directory is not None else default_model_dir()
    if not directory.is_dir():
        raise ModelError(f"{directory}: not a model directory")
    if not trust:
        check_model_dir(directory)
    path = model_file(directory)
    if not path.exists():
        raise ModelError(f"{path}: no model file")
    key = (str(path.resolve()), path.stat().st_mtime)
    if key not in _LOADED:
        model = _read_model(path)
        if not isinstance(model, Pipeline) or not isinstance(model[-1], ComplaintClassifier):
            raise ModelError(f"{path}: not a complaint-nlp model")
        model.model_dir_ = str(directory)
        _LOADED.clear()
        _LOADED[key] = model
    return _LOADED[key]


def _read_model(path: Path) -> Any:
    if path.suffix != ".skops":
        return joblib.load(path)
    import skops.io as sio

    untrusted = [t for t in sio.get_untrusted_types(file=path) if t not in SKOPS_TRUSTED]
    if untrusted:
        raise ModelError(
            f"{path}: holds types complaint-nlp does not trust: {', '.join(untrusted)}"
        )
    return sio.load(path, trusted=SKOPS_TRUSTED)


def model_card(model: Pipeline) -> dict[str, Any]:
    """The card of a loaded model ({} when it was not loaded from a directory)."""
    directory = getattr(model, "model_dir_", None)
    if directory and (Path(directory) / CARD_FILE).exists():
        return read_card(directory)
    return {}


def predict_texts(
    model: Pipeline,
    texts: Iterable[object],
    *,
    explain: bool = False,
    n_evidence: int = 5,
    stats: dict[str, int] | None = None,
) -> list[Prediction]:
    """Predict every text; empty or unusable ones get no label and `needs_review=True`.

    `stats`, when given, accumulates word counts for the drift check.

    >>> p = predict_texts(load_model(), ["", "cảm ơn chị cán bộ một cửa rất tận tình"])
    >>> (p[0].label, p[0].needs_review, p[1].label)
    ('', True, 'praise')
    """
    texts = list(texts)
    usable = [i for i, t in enumerate(texts) if is_usable(t)]
    out = [Prediction("", [], 0.0, True) for _ in texts]
    if not usable:
        return out
    clf: ComplaintClassifier = model[-1]
    segmented = model[:-2].transform([texts[i] for i in usable])
    feats = model[-2].transform(segmented)
    if stats is not None:
        oov, tokens = count_oov(model[-2], segmented)
        stats["oov_tokens"] = stats.get("oov_tokens", 0) + oov
        stats["tokens"] = stats.get("tokens", 0) + tokens
    proba = clf.predict_proba(feats)
    labels = clf.labels_from_proba(proba, clf.presence_proba(feats))
    for row, i in enumerate(usable):
        conf = float(proba[row].max())
        out[i] = Prediction(
            label=labels[row][0],
            labels=labels[row],
            confidence=conf,
            needs_review=conf < clf.review_threshold,
        )
        if explain:
            out[i].evidence = explain_row(
                model, str(texts[i]), feats[row], labels[row][0], n=n_evidence
            )
    return out


_NAMES: weakref.WeakKeyDictionary[Pipeline, np.ndarray] = weakref.WeakKeyDictionary()
_WORD = re.compile(r"\w+", re.UNICODE)


def _feature_names(model: Pipeline) -> np.ndarray:
    if model not in _NAMES:
        _NAMES[model] = np.asarray(model[-2].get_feature_names_out(), dtype=object)
    return _NAMES[model]


def _keys(word: str) -> tuple[str, str]:
    """(accent-folded, accented) lower-case forms of one original word, teencode expanded."""
    lower = unicodedata.normalize("NFC", word.lower())
    expanded = teencode_table().get(lower, lower)
    return fold_accents(expanded), expanded


def explain_row(model: Pipeline, text: str, row: Any, label: str, *, n: int = 5) -> list[str]:
    """Words or phrases of `text`, in the writer's own spelling, that pushed `label` up most.

    Word and syllable n-gram weights are matched back to spans of the original text;
    character n-gram weights are added to the words that contain them.
    """
    weights = model[-1].class_weights(label)
    if weights is None:
        return []
    names = _feature_names(model)
    row = row.tocsr() if hasattr(row, "tocsr") else row
    idx, vals = row.indices, row.data
    contrib = vals * weights[idx]
    words = [(m.start(), m.end(), *_keys(m.group(0))) for m in _WORD.finditer(text)]
    keys = [w[2].split() for w in words]
    flat: list[tuple[int, str]] = [(w, s) for w, parts in enumerate(keys) for s in parts]
    flat_keys = [s for _, s in flat]
    spans: dict[tuple[int, int], float] = {}
    for j, c in zip(idx, contrib, strict=True):
        if c <= 0:
            continue
        branch, _, feat = str(names[j]).partition("__")
        if branch in ("chars", "achars"):
            key = 2 if branch == "chars" else 3
            hits = [w for w, word in enumerate(words) if feat.strip() and feat in f" {word[key]} "]
            for w in hits:
                spans[(w, w)] = spans.get((w, w), 0.0) + c / len(hits)
            continue
        target = fold_accents(feat.replace("_", " ")).split()
        for start in range(len(flat_keys) - len(target) + 1):
            if flat_keys[start : start + len(target)] == target:
                span = (flat[start][0], flat[start + len(target) - 1][0])
                spans[span] = spans.get(span, 0.0) + c
    return _phrases(text, words, spans, n=n)


def _phrases(
    text: str,
    words: list[tuple[int, int, str, str]],
    spans: dict[tuple[int, int], float],
    *,
    n: int,
) -> list[str]:
    """Merge the best-scoring word spans into contiguous phrases, best phrase first."""
    score = [0.0] * len(words)
    for (a, b), value in spans.items():
        for w in range(a, b + 1):
            score[w] += value / (b - a + 1)
    best = max(score, default=0.0)
    # only words carrying a real share of the push, so phrases stay short and readable
    top = sorted(
        (w for w in range(len(words)) if score[w] >= 0.25 * best > 0), key=lambda w: -score[w]
    )
    keep = sorted(top[:n])
    groups: list[list[int]] = []
    for w in keep:
        if groups and w == groups[-1][-1] + 1:
            groups[-1].append(w)
        else:
            groups.append([w])
    groups.sort(key=lambda g: -sum(score[w] for w in g))
    return [text[words[g[0]][0] : words[g[-1]][1]] for g in groups[:n]]
