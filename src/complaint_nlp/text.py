"""Text normalisation and word segmentation for Vietnamese feedback.

Every text goes through the same steps, for training and for tagging alike:
Unicode NFC, HTML clean-up, placeholders for personal data, tone-mark placement
(underthesea `text_normalize`), teencode expansion, lower-casing; then
underthesea `word_tokenize` joins multi-syllable words with `_`.

>>> normalize_text("Cán bộ &quot;hách dịch&quot;, ko thèm nghe. SĐT 0912 345 678")
'cán bộ " hách dịch " , không thèm nghe . số điện thoại phonetoken'
>>> segment_text("cán bộ không thèm nghe")
'cán_bộ không thèm nghe'
"""

from __future__ import annotations

import html
import re
import unicodedata
from functools import lru_cache
from importlib import resources

from complaint_nlp.pii import PLACEHOLDERS, replace_pii

MAX_CHARS = 20_000
"""Texts are cut to this many characters before segmentation: longer ones add no signal, only time."""

_TAG = re.compile(r"<[^>]{0,200}>")
_SPACE = re.compile(r"\s+")
_REPEAT = re.compile(r"(\w)\1{2,}")
_TOKEN = re.compile(r"\w+", re.UNICODE)


@lru_cache(maxsize=1)
def teencode_table() -> dict[str, str]:
    """The teencode/abbreviation dictionary shipped in `resources/teencode.tsv` (`short<TAB>expansion`).

    >>> teencode_table()["ko"]
    'không'
    """
    table: dict[str, str] = {}
    text = resources.files("complaint_nlp").joinpath("resources/teencode.tsv").read_text("utf-8")
    for line in text.splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        short, _, expansion = line.partition("\t")
        table[unicodedata.normalize("NFC", short.strip().lower())] = expansion.strip()
    return table


def fold_accents(text: str) -> str:
    """Strip Vietnamese diacritics, as people do when they type without them.

    >>> fold_accents("Đường Hoàng Quốc Việt")
    'Duong Hoang Quoc Viet'
    """
    text = text.replace("đ", "d").replace("Đ", "D")
    decomposed = unicodedata.normalize("NFD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def _tone_normalize(text: str) -> str:
    from underthesea import text_normalize

    return text_normalize(text)


def _expand_teencode(text: str) -> str:
    table = teencode_table()
    return _TOKEN.sub(lambda m: table.get(m.group(0), m.group(0)), text)


def normalize_text(text: object, *, teencode: bool = True) -> str:
    """Return the canonical lower-case form of one feedback text ('' for empty or missing cells).

    Composed and decomposed Unicode, old and new tone placement, HTML remnants and
    personal data all map to one form, so they give identical features.

    >>> normalize_text("Hoà  bình<br>") == normalize_text("Hòa bình")
    True
    """
    if text is None or (isinstance(text, float) and text != text):
        return ""
    text = unicodedata.normalize("NFC", str(text))[:MAX_CHARS]
    text = html.unescape(html.unescape(text))
    text = _TAG.sub(" ", text)
    text = replace_pii(text, replacements=PLACEHOLDERS)
    text = _SPACE.sub(" ", text).strip()
    if not text:
        return ""
    text = _tone_normalize(text.lower())
    if teencode:
        text = _expand_teencode(text)
    text = _REPEAT.sub(r"\1\1", text)
    return unicodedata.normalize("NFC", _SPACE.sub(" ", text).strip())


def segment_text(text: str) -> str:
    """Segment a normalised text into words, joining the syllables of a word with `_`.

    >>> segment_text("hồ sơ bị trả lại")
    'hồ_sơ bị trả lại'
    """
    if not text:
        return ""
    from underthesea import word_tokenize

    # tones were already normalised above; skipping underthesea's own pass saves a fifth of the time
    return word_tokenize(text, format="text", use_token_normalize=False).lower()


def is_usable(text: object) -> bool:
    """True when a cell holds something the model can read: at least one letter.

    >>> is_usable("   "), is_usable("12345"), is_usable("ok")
    (False, False, True)
    """
    if text is None or (isinstance(text, float) and text != text):
        return False
    return any(ch.isalpha() for ch in str(text))
