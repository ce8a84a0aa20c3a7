import unicodedata

from hypothesis import given, settings
from hypothesis import strategies as st

from complaint_nlp.text import fold_accents, is_usable, normalize_text, segment_text, teencode_table

VI_LETTERS = (
    "aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ"
)
vi_text = st.text(alphabet=VI_LETTERS + VI_LETTERS.upper() + " .,!?0123456789", max_size=120)


@given(st.text(max_size=300))
@settings(max_examples=200, deadline=None)
def test_normalize_never_raises_and_returns_clean_lowercase(text):
    out = normalize_text(text)
    assert out == out.strip()
    assert "  " not in out
    assert out == unicodedata.normalize("NFC", out)


@given(vi_text)
@settings(max_examples=200, deadline=None)
def test_normalize_is_idempotent(text):
    once = normalize_text(text)
    assert normalize_text(once) == once


@given(vi_text)
@settings(max_examples=200, deadline=None)
def test_composed_and_decomposed_unicode_give_the_same_text(text):
    assert normalize_text(unicodedata.normalize("NFD", text)) == normalize_text(
        unicodedata.normalize("NFC", text)
    )


@given(vi_text)
@settings(max_examples=200, deadline=None)
def test_folding_leaves_no_vietnamese_diacritics(text):
    folded = fold_accents(text)
    assert all(ord(ch) < 128 for ch in folded)
    assert len(folded) == len(unicodedata.normalize("NFC", text))


def test_old_and_new_tone_placement_normalise_alike():
    for old, new in [("hoà", "hòa"), ("thuỷ", "thủy"), ("khoẻ", "khỏe"), ("Hoá đơn", "Hóa đơn")]:
        assert normalize_text(old) == normalize_text(new)


def test_html_remnants_are_removed():
    assert normalize_text("Cán bộ&nbsp;quát<br/>tháo &quot;to&quot;") == 'cán bộ quát tháo " to "'


def test_personal_data_becomes_placeholders():
    out = normalize_text(
        "Gọi 0912 345 678, mail an.nguyen@gmail.com, CCCD 001203004567, xem https://dichvucong.gov.vn/x"
    )
    for token in ("phonetoken", "emailtoken", "idtoken", "urltoken"):
        assert token in out
    assert "0912" not in out and "gmail" not in out


def test_teencode_is_expanded_from_the_dictionary():
    assert (
        normalize_text("cb ko thèm nghe, hs đc trả j đâu")
        == "cán bộ không thèm nghe , hồ sơ được trả gì đâu"
    )


def test_teencode_table_has_the_common_forms():
    table = teencode_table()
    for short in ("ko", "k", "hk", "dc", "đc", "j", "bít", "z", "vs", "ng", "mn", "ae", "cb", "hs"):
        assert short in table


def test_long_text_is_cut_to_a_bounded_length():
    assert len(normalize_text("chậm trễ " * 50_000)) <= 21_000


def test_empty_and_missing_cells_normalise_to_empty():
    assert normalize_text(None) == normalize_text(float("nan")) == normalize_text("  ") == ""


def test_segmentation_joins_word_syllables():
    assert segment_text("cán bộ trả hồ sơ") == "cán_bộ trả hồ_sơ"


def test_usable_needs_a_letter():
    assert not is_usable("0912345678")
    assert not is_usable("  ")
    assert is_usable("ok")
