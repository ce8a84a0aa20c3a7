import datetime as dt

import pandas as pd
import pytest

from complaint_nlp.errors import InputError
from complaint_nlp.io import read_table, write_table
from complaint_nlp.trends import (
    counts_by_month,
    find_column,
    misconduct_ranking,
    month_over_month,
    parse_date,
    parse_dates,
    summarize,
    wilson_interval,
)


def _tagged(rows: list[tuple[str, str, str, str]], **extra: list[object]) -> pd.DataFrame:
    """A tagged export from (date, office, district, label) rows; confident unless 'other'."""
    return pd.DataFrame(
        {
            "Mã phản ánh": [f"PA{i:04d}" for i in range(len(rows))],
            "Ngày tiếp nhận": [r[0] for r in rows],
            "Cơ quan": [r[1] for r in rows],
            "Quận/Huyện": [r[2] for r in rows],
            "Nội dung": [f"phản ánh số {i} về {r[3] or 'không gì'}" for i, r in enumerate(rows)],
            "pred_label": [r[3] for r in rows],
            "pred_labels": [r[3] for r in rows],
            "pred_confidence": [0.9 if r[3] not in ("", "other") else 0.4 for r in rows],
            "pred_needs_review": [r[3] in ("", "other") for r in rows],
            **extra,
        }
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("05/03/2025", dt.date(2025, 3, 5)),
        ("5/3/2025", dt.date(2025, 3, 5)),
        ("05-03-25", dt.date(2025, 3, 5)),
        ("05.03.2025 14:30", dt.date(2025, 3, 5)),
        ("14:30 05/03/2025", dt.date(2025, 3, 5)),
        ("Thứ Tư, 05/03/2025", dt.date(2025, 3, 5)),
        ("2025-03-05", dt.date(2025, 3, 5)),
        ("2025-03-05T09:15:00+07:00", dt.date(2025, 3, 5)),
        ("ngày 5 tháng 3 năm 2025", dt.date(2025, 3, 5)),
        ("ngay 05 thang 03 nam 2025", dt.date(2025, 3, 5)),
        ("tháng 3/2025", dt.date(2025, 3, 1)),
        ("45721", dt.date(2025, 3, 5)),
        (dt.datetime(2025, 3, 5, 8, 0), dt.date(2025, 3, 5)),
        (pd.Timestamp("2025-03-05 10:00"), dt.date(2025, 3, 5)),
    ],
)
def test_dates_are_read_day_first_in_vietnamese_formats(text, expected):
    assert parse_date(text).date() == expected


@pytest.mark.parametrize("text", ["hôm qua", "31/02/2025", "13/13/2025", "00/00/0000", "N/A"])
def test_impossible_or_wordy_dates_are_not_guessed(text):
    assert parse_date(text) is None


def test_unparseable_and_empty_dates_are_counted_with_examples():
    parsed = parse_dates(["05/03/2025", "hôm qua", "", None, "32/01/2025", "hôm qua"])
    assert parsed.missing == 2
    assert parsed.unparseable == 3
    assert parsed.examples == ["hôm qua", "32/01/2025"]
    assert parsed.dates.notna().tolist() == [True, False, False, False, False, False]


def test_rows_with_unreadable_dates_stay_in_every_table_but_the_monthly_one():
    rows = [
        ("05/01/2025", "UBND phường A", "Hà Đông", "delay"),
        ("không rõ", "UBND phường A", "Hà Đông", "delay"),
        ("", "UBND phường B", "Đống Đa", "praise"),
        ("20/02/2025", "UBND phường B", "Đống Đa", "attitude"),
    ]
    summary = summarize(_tagged(rows))
    assert (summary.unparseable_dates, summary.missing_dates) == (1, 1)
    assert summary.unparseable_examples == ["không rõ"]
    assert summary.by_month["count"].sum() == 2
    assert summary.label_counts["count"].sum() == 4
    assert summary.by_office["count"].sum() == 4
    assert summary.office_ranking["n"].sum() == 4


def test_monthly_counts_include_months_without_complaints():
    rows = [
        ("05/01/2025", "A", "X", "delay"),
        ("07/01/2025", "A", "X", "praise"),
        ("09/03/2025", "A", "X", "delay"),
    ]
    df = _tagged(rows)
    table = counts_by_month(df, dates=parse_dates(df["Ngày tiếp nhận"]).dates)
    delay = table[table["label"] == "delay"]
    assert delay["month"].dt.strftime("%m/%Y").tolist() == ["01/2025", "02/2025", "03/2025"]
    assert delay["count"].tolist() == [1, 0, 1]
    assert delay["share"].tolist() == [0.5, 0.0, 1.0]


@pytest.mark.parametrize(
    ("k", "n", "low", "high"),
    [(0, 10, 0.0, 0.2775), (5, 10, 0.2366, 0.7634), (38, 40, 0.8350, 0.9862), (3, 3, 0.4385, 1.0)],
)
def test_wilson_interval_matches_published_values(k, n, low, high):
    lo, hi = wilson_interval(k, n)
    assert lo == pytest.approx(low, abs=1e-4)
    assert hi == pytest.approx(high, abs=1e-4)


def test_wilson_interval_of_nothing_is_everything():
    assert wilson_interval(0, 0) == (0.0, 1.0)


def test_an_office_with_3_complaints_does_not_top_one_with_40():
    rows = [("01/03/2025", "Phường nhỏ", "X", "harassment")] * 3
    rows += [("01/03/2025", "Quận lớn", "Y", "delay")] * 38
    rows += [("01/03/2025", "Quận lớn", "Y", "praise")] * 2
    ranking = misconduct_ranking(_tagged(rows), "Cơ quan")
    assert ranking["office"].tolist() == ["Quận lớn", "Phường nhỏ"]
    small = ranking.set_index("office").loc["Phường nhỏ"]
    large = ranking.set_index("office").loc["Quận lớn"]
    assert small["rate"] > large["rate"]
    assert (small["n"], large["n"]) == (3, 40)
    assert small["low"] < large["low"] <= large["rate"] <= large["high"]


def test_misconduct_is_any_label_but_praise_and_other():
    df = _tagged(
        [
            ("01/03/2025", "A", "X", "praise"),
            ("01/03/2025", "A", "X", "other"),
            ("01/03/2025", "A", "X", "delay"),
            ("01/03/2025", "A", "X", ""),
        ]
    )
    df.loc[1, "pred_labels"] = "other;negligence"
    ranking = misconduct_ranking(df, "Cơ quan")
    assert ranking.loc[0, ["n", "misconduct"]].tolist() == [3, 2]


def test_month_over_month_gives_change_per_label():
    rows = [("10/01/2025", "A", "X", "delay")] * 2
    rows += [("10/02/2025", "A", "X", "delay")] * 5
    rows += [("10/02/2025", "A", "X", "praise")] * 5
    df = _tagged(rows)
    mom = month_over_month(counts_by_month(df, dates=parse_dates(df["Ngày tiếp nhận"]).dates))
    by_label = mom.set_index("label")
    assert mom["month"].dt.strftime("%m/%Y").unique().tolist() == ["02/2025"]
    assert by_label.loc["delay", ["count", "previous", "change"]].tolist() == [5, 2, 3]
    assert by_label.loc["delay", "change_pct"] == pytest.approx(1.5)
    assert by_label.loc["delay", "share_change"] == pytest.approx(-0.5)
    assert pd.isna(by_label.loc["praise", "change_pct"])


@pytest.mark.parametrize(
    ("columns", "expected"),
    [
        (
            ["Mã", "NGAY TIEP NHAN", "don_vi", "Quan huyen", "Nội dung"],
            ("NGAY TIEP NHAN", "don_vi", "Quan huyen"),
        ),
        (["Received date", "Agency", "District", "text"], ("Received date", "Agency", "District")),
        (["Ngày", "Cơ quan xử lý", "Quận", "text"], ("Ngày", "Cơ quan xử lý", "Quận")),
        (
            ["Ngày xử lý", "Ngày tiếp nhận", "Đơn vị", "Quận/Huyện"],
            ("Ngày tiếp nhận", "Đơn vị", "Quận/Huyện"),
        ),
    ],
)
def test_columns_are_detected_without_accents_or_case(columns, expected):
    found = tuple(find_column(columns, role) for role in ("date", "office", "district"))
    assert found == expected


def test_a_missing_column_is_a_one_line_error_naming_the_columns():
    with pytest.raises(InputError) as caught:
        find_column(["Mã", "Nội dung", "Cơ quan"], "district")
    message = str(caught.value)
    assert "\n" not in message
    assert "no district column found; columns are: Mã, Nội dung, Cơ quan" in message
    assert "--district-column" in message


def test_summarize_names_every_missing_column_in_one_message():
    df = _tagged([("01/03/2025", "A", "X", "delay")]).drop(columns=["Ngày tiếp nhận", "Quận/Huyện"])
    with pytest.raises(InputError, match=r"no date column found.*no district column found"):
        summarize(df)


def test_named_columns_are_used_and_a_wrong_name_is_refused():
    df = _tagged([("01/03/2025", "A", "X", "delay")]).rename(
        columns={"Ngày tiếp nhận": "Hạn xử lý", "Cơ quan": "Nơi nhận", "Quận/Huyện": "Vùng"}
    )
    summary = summarize(
        df, date_column="Hạn xử lý", office_column="Nơi nhận", district_column="Vùng"
    )
    assert (summary.date_column, summary.office_column, summary.district_column) == (
        "Hạn xử lý",
        "Nơi nhận",
        "Vùng",
    )
    with pytest.raises(InputError, match="no date column 'Ngày'; columns are: Mã phản ánh"):
        summarize(df, date_column="Ngày", office_column="Nơi nhận", district_column="Vùng")


def test_an_untagged_export_is_refused():
    df = _tagged([("01/03/2025", "A", "X", "delay")]).drop(columns=["pred_confidence"])
    with pytest.raises(InputError, match="not a tagged export: no column 'pred_confidence'"):
        summarize(df)


def test_review_queue_counts_rows_and_share():
    rows = [("01/03/2025", "A", "X", "delay")] * 6 + [("01/03/2025", "A", "X", "other")] * 3
    rows += [("01/03/2025", "A", "X", "")]
    summary = summarize(_tagged(rows))
    assert summary.needs_review == 4
    assert summary.review_share == pytest.approx(0.4)
    queue = summary.review_by_label.set_index("label")
    assert queue.loc["other", ["rows", "needs_review"]].tolist() == [3, 3]
    assert queue.loc["(none)", "needs_review"] == 1
    assert len(summary.review_rows) == 4
    assert summary.review_rows["text"].iloc[-1].endswith("không gì")


def test_a_tagged_csv_with_text_booleans_reads_the_same(tmp_path):
    rows = [("01/03/2025", "A", "X", "delay"), ("01/04/2025", "B", "X", "other")]
    df = _tagged(rows)
    again = read_table(write_table(df, tmp_path / "tagged.csv"))
    assert again["pred_needs_review"].tolist() == ["False", "True"]
    assert summarize(again).needs_review == summarize(df).needs_review == 1


def test_top_evidence_counts_phrases_per_label_only_when_present():
    rows = [("01/03/2025", "A", "X", "delay")] * 3 + [("01/03/2025", "A", "X", "attitude")]
    evidence = ["trễ hẹn; chưa trả", "Trễ hẹn", "trễ hẹn; chờ mãi", "quát"]
    summary = summarize(_tagged(rows, pred_evidence=evidence))
    top = summary.top_evidence
    assert top[top["label"] == "delay"].iloc[0].tolist() == ["delay", "trễ hẹn", 3]
    assert set(top["label"]) == {"delay", "attitude"}
    assert summarize(_tagged(rows)).top_evidence.empty


def test_examples_are_the_most_confident_per_label_without_repeats():
    rows = [("01/03/2025", "A", "X", "delay")] * 5 + [("01/03/2025", "A", "X", "praise")]
    df = _tagged(rows)
    df["pred_confidence"] = [0.5, 0.99, 0.7, 0.99, 0.8, 0.9]
    df.loc[3, "Nội dung"] = df.loc[1, "Nội dung"]
    picked = summarize(df, n_examples=2).examples
    assert picked["label"].tolist() == ["delay", "delay", "praise"]
    assert picked["row"].tolist() == [1, 4, 5]
    assert {"Mã phản ánh", "Cơ quan", "Ngày tiếp nhận"} <= set(picked.columns)
