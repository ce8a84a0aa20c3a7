import json
import unicodedata

import pandas as pd
import pytest

from complaint_nlp.errors import InputError
from complaint_nlp.io import find_text_column, iter_table, read_table, sniff_csv, write_table

TEXTS = ["Cán bộ phường hẹn mãi không trả hồ sơ", "cảm ơn chị Hoà ở một cửa", "ổ gà đường Láng"]


TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def _windows_1258(text: str) -> bytes:
    """Windows-1258 keeps tone marks as combining characters after the letter."""
    clusters: list[list[str]] = []
    for ch in unicodedata.normalize("NFD", text):
        if clusters and unicodedata.combining(ch):
            clusters[-1].append(ch)
        else:
            clusters.append([ch])
    out = []
    for base, *marks in clusters:
        shape = "".join(m for m in marks if m not in TONES)
        out.append(
            unicodedata.normalize("NFC", base + shape) + "".join(m for m in marks if m in TONES)
        )
    return "".join(out).encode("cp1258")


def _csv(tmp_path, text, name="x.csv", encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(_windows_1258(text) if encoding == "cp1258" else text.encode(encoding))
    return path


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "utf-16", "cp1258"])
def test_csv_encodings_are_detected_and_read_back_exactly(tmp_path, encoding):
    body = "id,Nội dung\r\n" + "".join(f"{i},{t}\r\n" for i, t in enumerate(TEXTS))
    path = _csv(tmp_path, body, encoding=encoding)
    df = read_table(path)
    assert list(df.columns) == ["id", "Nội dung"]
    assert [unicodedata.normalize("NFC", t) for t in df["Nội dung"]] == TEXTS


def test_cp1252_text_is_read_without_error(tmp_path):
    path = _csv(tmp_path, "id,text\n1,café crème\n", encoding="cp1252")
    assert sniff_csv(path).encoding == "cp1252"
    assert read_table(path)["text"].tolist() == ["café crème"]


@pytest.mark.parametrize("sep", [",", ";", "\t", "|"])
def test_delimiters_are_sniffed(tmp_path, sep):
    body = f"id{sep}text{sep}quan\n1{sep}quát tháo{sep}Đống Đa\n2{sep}trễ hẹn{sep}Ba Đình\n"
    df = read_table(_csv(tmp_path, body))
    assert list(df.columns) == ["id", "text", "quan"]
    assert len(df) == 2


def test_quoted_newlines_stay_inside_one_row(tmp_path):
    body = 'id,text\n1,"Kính gửi UBND,\nTôi xin phản ánh ""việc"" sau."\n2,ngắn\n'
    df = read_table(_csv(tmp_path, body))
    assert len(df) == 2
    assert df["text"][0] == 'Kính gửi UBND,\nTôi xin phản ánh "việc" sau.'


def test_csv_cells_stay_strings_and_empty_cells_stay_empty(tmp_path):
    df = read_table(_csv(tmp_path, "id,text,so\n007,,1.50\n"))
    assert df.loc[0, "id"] == "007" and df.loc[0, "text"] == "" and df.loc[0, "so"] == "1.50"


def test_duplicate_column_names_are_refused(tmp_path):
    with pytest.raises(InputError, match="'text' appears more than once"):
        read_table(_csv(tmp_path, "text,text\na,b\n"))


def test_empty_file_is_refused(tmp_path):
    with pytest.raises(InputError, match="empty"):
        read_table(_csv(tmp_path, ""))


def test_chunks_cover_every_row_in_order(tmp_path):
    body = "id,text\n" + "".join(f"{i},dòng {i}\n" for i in range(25))
    chunks = list(iter_table(_csv(tmp_path, body), chunksize=10))
    assert [len(c) for c in chunks] == [10, 10, 5]
    assert pd.concat(chunks)["id"].tolist() == [str(i) for i in range(25)]


@pytest.mark.parametrize("ext", ["csv", "xlsx", "jsonl", "parquet"])
def test_each_format_round_trips(tmp_path, ext):
    df = pd.DataFrame({"id": ["1", "2", "3"], "Nội dung": TEXTS})
    path = write_table(df, tmp_path / f"x.{ext}")
    back = read_table(path)
    assert back["Nội dung"].tolist() == TEXTS
    assert back["id"].astype(str).tolist() == ["1", "2", "3"]


def test_corrupt_xlsx_gives_one_line_error(tmp_path):
    path = tmp_path / "bad.xlsx"
    path.write_bytes(b"PK\x03\x04 not really a workbook")
    with pytest.raises(InputError, match=r"bad\.xlsx: not a readable \.xlsx"):
        read_table(path)


def test_truncated_parquet_gives_one_line_error(tmp_path):
    good = write_table(pd.DataFrame({"text": TEXTS * 100}), tmp_path / "good.parquet")
    bad = tmp_path / "bad.parquet"
    bad.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(InputError, match=r"bad\.parquet: not a readable Parquet"):
        read_table(bad)


def test_broken_jsonl_line_is_named(tmp_path):
    path = tmp_path / "x.jsonl"
    path.write_text(json.dumps({"text": "a"}) + "\n{oops\n", encoding="utf-8")
    with pytest.raises(InputError, match="line 2 is not JSON"):
        read_table(path)


def test_unsupported_extension_is_refused(tmp_path):
    with pytest.raises(InputError, match=r"unsupported file type \.docx"):
        read_table(tmp_path / "x.docx")


def test_missing_file_is_named(tmp_path):
    with pytest.raises(InputError, match="no such file"):
        read_table(tmp_path / "nope.csv")


@pytest.mark.parametrize(
    "columns, expected",
    [
        (["STT", "Ngày nhận", "Nội dung"], "Nội dung"),
        (["id", "noi_dung"], "noi_dung"),
        (["id", "Text"], "Text"),
        (["id", "Nội dung phản ánh", "Ghi chú"], "Nội dung phản ánh"),
        (["id", "content"], "content"),
    ],
)
def test_text_column_is_detected_by_common_names(columns, expected):
    assert find_text_column(columns) == expected


def test_missing_text_column_lists_the_columns():
    with pytest.raises(InputError, match="no text column found; columns are: id, ngay"):
        find_text_column(["id", "ngay"], path="x.csv")


def test_ambiguous_text_column_names_the_candidates():
    with pytest.raises(InputError, match="several text columns"):
        find_text_column(["text", "Nội dung"])


def test_given_text_column_must_exist():
    with pytest.raises(InputError, match="no column 'body'"):
        find_text_column(["id", "text"], given="body")


def test_a_short_windows_1258_file_is_not_taken_for_windows_1252(tmp_path):
    path = _csv(tmp_path, "id,Nội dung\r\n1,hồ sơ trễ hẹn\r\n", encoding="cp1258")
    assert sniff_csv(path).encoding == "cp1258"
    assert list(read_table(path).columns) == ["id", "Nội dung"]
