import pandas as pd
import pytest

from complaint_nlp.errors import InputError
from complaint_nlp.io import read_table, write_table
from complaint_nlp.tagging import PRED_COLUMNS, default_output, tag_dataframe, tag_file

TEXTS = [
    "Cán bộ phường quát tháo, mắng tôi là đồ nhà quê",
    "hồ sơ sổ đỏ nộp từ tháng 3, hẹn 4 lần vẫn chưa có",
    "cảm ơn chị Lan ở bộ phận một cửa quận Đống Đa rất tận tình",
    "",
    "can bo bao muon nhanh thi phai co 'chi phi' them 2 trieu",
    "Đường Nguyễn Trãi ngập sâu sau mưa, đề nghị khơi thông cống",
]


def _export(n: int = 12) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "Mã PA": [f"PA{i:05d}" for i in range(n)],
            "Ngày nhận": ["2025-03-01"] * n,
            "Nội dung": [TEXTS[i % len(TEXTS)] for i in range(n)],
        }
    )


@pytest.mark.parametrize("ext", ["csv", "xlsx", "jsonl", "parquet"])
def test_every_row_and_column_is_kept_in_order_and_pred_columns_added(tmp_path, ext):
    src = write_table(_export(), tmp_path / f"export.{ext}")
    summary = tag_file(src, chunksize=5, jobs=1)
    out = read_table(default_output(src))
    assert summary.rows_in == summary.rows_out == 12
    assert list(out.columns) == ["Mã PA", "Ngày nhận", "Nội dung", *PRED_COLUMNS]
    assert out["Mã PA"].tolist() == [f"PA{i:05d}" for i in range(12)]
    assert out["Nội dung"].fillna("").tolist() == _export()["Nội dung"].tolist()


def test_empty_text_is_flagged_not_dropped(tmp_path):
    out = tag_dataframe(_export())
    empty = out[out["Nội dung"] == ""]
    assert len(empty) == 2
    assert (empty["pred_label"] == "").all() and empty["pred_needs_review"].all()


def test_parallel_workers_give_the_same_labels_in_the_same_order(tmp_path):
    src = write_table(_export(40), tmp_path / "export.csv")
    tag_file(src, output=tmp_path / "one.csv", jobs=1, chunksize=7)
    tag_file(src, output=tmp_path / "two.csv", jobs=2, chunksize=7)
    assert (tmp_path / "one.csv").read_bytes() == (tmp_path / "two.csv").read_bytes()


def test_resume_finishes_an_interrupted_run_with_the_same_file(tmp_path):
    src = write_table(_export(30), tmp_path / "export.csv")
    tag_file(src, output=tmp_path / "full.csv", jobs=1, chunksize=7)
    calls = {"n": 0}

    def interrupt_after_two_chunks(rows: int) -> None:
        calls["n"] += 1
        if calls["n"] == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        tag_file(
            src,
            output=tmp_path / "resumed.csv",
            jobs=1,
            chunksize=7,
            progress=interrupt_after_two_chunks,
        )
    assert not (tmp_path / "resumed.csv").exists()
    summary = tag_file(src, output=tmp_path / "resumed.csv", jobs=1, chunksize=7, resume=True)
    assert summary.resumed_chunks == 2
    assert (tmp_path / "resumed.csv").read_bytes() == (tmp_path / "full.csv").read_bytes()


def test_explain_adds_evidence_from_the_text(tmp_path):
    out = tag_dataframe(_export(6), explain=True)
    for text, evidence in zip(out["Nội dung"], out["pred_evidence"], strict=True):
        assert all(part in text for part in evidence.split("; ") if part)


def test_redact_masks_personal_data_in_the_text_column():
    df = pd.DataFrame({"text": ["Cán bộ gọi 0912345678 đòi 2 triệu, CCCD 001203004567"]})
    out = tag_dataframe(df, redact=True)
    assert out["text"][0] == "Cán bộ gọi [SĐT] đòi 2 triệu, CCCD [CCCD]"


def test_existing_pred_columns_are_refused_unless_replaced(tmp_path):
    src = write_table(_export(), tmp_path / "export.csv")
    tag_file(src, jobs=1)
    tagged = default_output(src)
    with pytest.raises(InputError, match="already has column 'pred_label'"):
        tag_file(tagged, output=tmp_path / "again.csv")
    summary = tag_file(tagged, output=tmp_path / "again.csv", replace_pred=True, jobs=1)
    assert summary.rows_out == 12
    assert list(read_table(tmp_path / "again.csv").columns).count("pred_label") == 1


def test_non_string_and_very_long_cells_are_tagged(tmp_path):
    df = pd.DataFrame({"id": [1, 2, 3, 4], "text": [12345, None, 3.5, "chậm trễ quá hạn " * 6000]})
    src = write_table(df, tmp_path / "odd.jsonl")
    summary = tag_file(src, jobs=1)
    out = read_table(default_output(src))
    assert summary.rows_out == 4
    assert out["pred_needs_review"].tolist()[:2] == [True, True]
    assert out["pred_label"].tolist()[3] != ""


def test_unwritable_output_is_refused_before_work(tmp_path):
    src = write_table(_export(), tmp_path / "export.csv")
    with pytest.raises(InputError, match="does not exist"):
        tag_file(src, output=tmp_path / "no" / "such" / "dir" / "out.csv")


def test_output_may_not_overwrite_the_input(tmp_path):
    src = write_table(_export(), tmp_path / "export.csv")
    with pytest.raises(InputError, match="overwrite the input"):
        tag_file(src, output=src)


def test_summary_records_drift_figures_against_the_training_data(tmp_path, corpus_test):
    src = write_table(corpus_test[["text"]].head(60), tmp_path / "in_domain.csv")
    summary = tag_file(src, jobs=1)
    assert 0 <= summary.drift["oov_share"] < 0.5
    assert summary.drift["warnings"] == []


def test_a_batch_unlike_the_training_data_gets_a_drift_warning(tmp_path):
    foreign = [
        f"The quarterly revenue report number {i} shows synergy metrics improving"
        for i in range(40)
    ]
    src = write_table(pd.DataFrame({"text": foreign}), tmp_path / "foreign.csv")
    summary = tag_file(src, jobs=1)
    assert any("unknown to the model" in w for w in summary.drift["warnings"])


def test_rows_seen_in_an_earlier_chunk_survive_cache_eviction_while_chunks_are_in_flight():
    from complaint_nlp.model import load_model
    from complaint_nlp.tagging import _Predictor

    predictor = _Predictor(load_model(), jobs=1, explain=False, cache_size=2)
    first = ["cán bộ quát tháo", ""]
    predictor.collect(first, predictor.submit(first))
    second = ["", "hồ sơ trễ hẹn"]  # "" is cached now
    handle = predictor.submit(second)
    third = ["cảm ơn chị", "ổ gà", "đường ngập"]  # collecting this evicts ""
    predictor.collect(third, predictor.submit(third))
    rows = predictor.collect(second, handle)
    assert rows[0][0] == ""
    assert rows[1][0] != ""
