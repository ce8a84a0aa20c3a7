import json
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from typer.testing import CliRunner

from complaint_nlp.cli import app
from complaint_nlp.io import read_table, write_table

runner = CliRunner()
EXPORT = pd.DataFrame(
    {
        "STT": ["1", "2", "3"],
        "Nội dung": [
            "Cán bộ quát tháo người dân",
            "hẹn 3 lần chưa trả hồ sơ",
            "cảm ơn phường rất tận tình",
        ],
    }
)


def invoke(*args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def test_tag_writes_the_default_output_and_prints_counts(tmp_path):
    src = write_table(EXPORT, tmp_path / "week.csv")
    result = invoke("tag", src, "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "needs review" in result.output
    out = read_table(tmp_path / "week.tagged.csv")
    assert len(out) == 3 and "pred_confidence" in out.columns


@pytest.mark.parametrize("ext", ["xlsx", "jsonl", "parquet"])
def test_tag_reads_every_format(tmp_path, ext):
    src = write_table(EXPORT, tmp_path / f"week.{ext}")
    result = invoke("tag", src, "-o", tmp_path / f"out.{ext}", "--explain")
    assert result.exit_code == 0, result.output
    assert "pred_evidence" in read_table(tmp_path / f"out.{ext}").columns


def test_tag_without_a_text_column_says_which_columns_exist(tmp_path):
    src = write_table(pd.DataFrame({"id": ["1"], "ngay": ["2025-01-01"]}), tmp_path / "x.csv")
    result = invoke("tag", src)
    assert result.exit_code == 2
    assert "no text column found; columns are: id, ngay" in result.output
    assert "Traceback" not in result.output


def test_tag_with_two_candidate_text_columns_asks_to_choose(tmp_path):
    src = write_table(pd.DataFrame({"text": ["a"], "Nội dung": ["b"]}), tmp_path / "x.csv")
    result = invoke("tag", src)
    assert result.exit_code == 2 and "several text columns" in result.output
    assert invoke("tag", src, "--text-column", "Nội dung", "-o", tmp_path / "o.csv").exit_code == 0


def test_tag_of_a_missing_file_fails_cleanly(tmp_path):
    result = invoke("tag", tmp_path / "nope.csv")
    assert result.exit_code == 2 and "no such file" in result.output


def test_predict_prints_label_confidence_and_evidence():
    result = invoke("predict", "Cán bộ một cửa quát tháo, đuổi tôi ra ngoài")
    assert result.exit_code == 0, result.output
    assert (
        "label:" in result.output
        and "confidence:" in result.output
        and "evidence:" in result.output
    )


def test_predict_reads_stdin():
    result = invoke("predict", input="cảm ơn anh cán bộ địa chính rất nhiệt tình")
    assert result.exit_code == 0 and "label:" in result.output


def test_predict_refuses_empty_text():
    result = invoke("predict", "   ")
    assert result.exit_code == 2 and "empty" in result.output


def test_info_shows_the_model_card():
    result = invoke("info")
    assert result.exit_code == 0
    assert "review threshold" in result.output and "scikit-learn" in result.output


def test_evaluate_prints_per_label_table_and_json(root):
    test_csv = root / "data" / "corpus" / "test.csv"
    table = invoke("evaluate", test_csv)
    assert table.exit_code == 0 and "macro-F1" in table.output and "confusion" in table.output
    report = json.loads(invoke("evaluate", test_csv, "--json").output)
    assert set(report) >= {"per_label", "macro_f1", "confusion"}


def test_train_writes_a_model_directory(small_train_csv, tmp_path):
    result = invoke("train", small_train_csv, "-o", tmp_path / "m", "--folds", "2")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "m" / "model.joblib").exists() and (
        tmp_path / "m" / "model_card.json"
    ).exists()
    assert "precision" in result.output


def test_train_refuses_a_file_without_the_label_column(tmp_path):
    src = write_table(EXPORT, tmp_path / "x.csv")
    result = invoke("train", src, "--text-column", "Nội dung")
    assert result.exit_code == 2 and "no label column 'labels'" in result.output


def test_tampered_model_exits_with_model_error(shipped_model, tmp_path):
    shutil.copytree(shipped_model, tmp_path / "m")
    with open(tmp_path / "m" / "model.joblib", "ab") as fh:
        fh.write(b"x")
    result = invoke("predict", "quát tháo", "--model", tmp_path / "m")
    assert result.exit_code == 3 and "does not match" in result.output


def test_every_command_help_ends_with_an_example():
    for command in ("tag", "train", "evaluate", "predict", "info", "select", "compare", "report"):
        result = invoke(command, "--help")
        assert result.exit_code == 0 and "Example: complaint-nlp " + command in result.output


def test_installed_console_script_runs(tmp_path):
    beside_python = Path(sys.executable).parent / "complaint-nlp"
    exe = shutil.which("complaint-nlp") or (str(beside_python) if beside_python.exists() else None)
    assert exe, "the complaint-nlp console script is not installed"
    src = write_table(EXPORT, tmp_path / "w.xlsx")
    done = subprocess.run([exe, "tag", str(src)], capture_output=True, text=True, timeout=300)
    assert done.returncode == 0, done.stderr
    assert len(read_table(tmp_path / "w.tagged.xlsx")) == 3
    module = subprocess.run(
        [sys.executable, "-m", "complaint_nlp", "--help"], capture_output=True, text=True
    )
    assert module.returncode == 0 and "tag" in module.stdout


def test_select_writes_rows_to_label_with_an_empty_labels_column(tmp_path):
    src = write_table(EXPORT, tmp_path / "week.csv")
    result = invoke("select", src, "-n", "2", "-o", tmp_path / "to_label.xlsx")
    assert result.exit_code == 0, result.output
    picked = read_table(tmp_path / "to_label.xlsx")
    assert len(picked) == 2 and "suggested_labels" in picked.columns
    assert picked["labels"].isna().all() or (picked["labels"].fillna("") == "").all()


def test_compare_of_a_model_with_itself_is_not_worse(shipped_model, root):
    result = invoke(
        "compare", shipped_model, shipped_model, "--data", root / "data" / "corpus" / "test.csv"
    )
    assert result.exit_code == 0, result.output
    assert "macro-F1" in result.output and "WORSE" not in result.output


def test_report_writes_one_html_file_and_says_where(tmp_path):
    tagged = pd.DataFrame(
        {
            "Ngày tiếp nhận": ["05/03/2025", "hôm qua"],
            "Cơ quan": ["UBND phường A", "UBND phường B"],
            "Quận/Huyện": ["Đống Đa", "Hà Đông"],
            "Nội dung": ["cán bộ quát tháo", "hẹn 3 lần chưa trả hồ sơ"],
            "pred_label": ["attitude", "delay"],
            "pred_labels": ["attitude", "delay"],
            "pred_confidence": [0.9, 0.4],
            "pred_needs_review": [False, True],
        }
    )
    src = write_table(tagged, tmp_path / "week.tagged.csv")
    result = invoke("report", src, "-o", tmp_path / "report.html", "--redact")
    assert result.exit_code == 0, result.output
    assert f"report written to {tmp_path / 'report.html'}" in result.output
    assert 'data-chart="monthly-trend"' in (tmp_path / "report.html").read_text(encoding="utf-8")
    missing = invoke("report", src, "--date-column", "Ngày xử lý", "-o", tmp_path / "r.html")
    assert missing.exit_code == 2 and "no date column 'Ngày xử lý'" in missing.output
