import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from complaint_nlp.errors import InputError
from complaint_nlp.report import write_report
from complaint_nlp.tagging import tag_file

CHARTS = ("monthly-trend", "office-heatmap", "office-ranking", "district-breakdown", "review-share")
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--hide-scrollbars",
    # any attempt to reach the network fails instead of waiting
    "--host-resolver-rules=MAP * ~NOTFOUND",
    "--enable-logging=stderr",
    "--v=0",
)


@pytest.fixture(scope="module")
def tagged_sample(sample_csv: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    output = tmp_path_factory.mktemp("report") / "feedback_export.tagged.csv"
    tag_file(sample_csv, output=output, explain=True)
    return output


@pytest.fixture(scope="module")
def report_html(tagged_sample: Path) -> Path:
    return write_report(tagged_sample, tagged_sample.with_name("report.html"))


def _tagged_frame(texts: list[str], *, needs_review: bool = True) -> pd.DataFrame:
    n = len(texts)
    return pd.DataFrame(
        {
            "Ngày tiếp nhận": ["05/03/2025"] * n,
            "Cơ quan": ["UBND phường A"] * n,
            "Quận/Huyện": ["Đống Đa"] * n,
            "Nội dung": texts,
            "pred_label": ["harassment"] * n,
            "pred_labels": ["harassment"] * n,
            "pred_confidence": [0.4] * n,
            "pred_needs_review": [needs_review] * n,
        }
    )


def test_report_of_the_tagged_sample_has_every_chart_and_no_outside_references(report_html):
    page = report_html.read_text(encoding="utf-8")
    for chart in CHARTS:
        assert f'data-chart="{chart}"' in page, chart
    assert page.count("<img ") == len(CHARTS)
    assert re.findall(r'<img [^>]*src="(?!data:image/png;base64,)', page) == []
    assert re.findall(r"""(?:src|href)\s*=\s*["']?\s*(?:https?:)?//""", page, flags=re.I) == []
    assert "<script" not in page.lower() and "<link" not in page.lower()
    assert 'data-table="review-rows"' in page
    assert "Xu hướng theo tháng" in page


def test_report_names_unreadable_dates_instead_of_dropping_them(tagged_sample, tmp_path):
    tagged = pd.read_csv(tagged_sample, dtype=str, keep_default_na=False)
    tagged.loc[0, "Ngày tiếp nhận"] = "hôm kia"
    page = write_report(tagged, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<code>hôm kia</code>" in page
    assert "không đọc được" in page


def test_texts_are_escaped(tmp_path):
    df = _tagged_frame(['<script>alert("x")</script> cán bộ đòi "bồi dưỡng" & quà'])
    page = write_report(df, tmp_path / "r.html").read_text(encoding="utf-8")
    assert "<script" not in page
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in page
    assert "&amp; quà" in page


def test_redact_masks_personal_data_in_the_texts_shown(tmp_path):
    df = _tagged_frame(["Cán bộ gọi 0912345678 đòi 2 triệu, CCCD 001203004567"] * 2)
    df.loc[1, "pred_needs_review"] = False
    plain = write_report(df, tmp_path / "plain.html").read_text(encoding="utf-8")
    masked = write_report(df, tmp_path / "masked.html", redact=True).read_text(encoding="utf-8")
    assert "0912345678" in plain
    assert "0912345678" not in masked and "001203004567" not in masked
    assert "[SĐT]" in masked and "[CCCD]" in masked


def test_named_columns_and_a_missing_folder(tmp_path):
    df = _tagged_frame(["cán bộ quát"]).rename(columns={"Cơ quan": "Nơi xử lý"})
    with pytest.raises(InputError, match="no office column found"):
        write_report(df, tmp_path / "r.html")
    assert write_report(df, tmp_path / "r.html", group_column="Nơi xử lý").exists()
    with pytest.raises(InputError, match="does not exist"):
        write_report(df, tmp_path / "no" / "r.html", group_column="Nơi xử lý")


def test_importing_and_running_the_report_leaves_matplotlib_global_state_alone(tmp_path):
    df_path = tmp_path / "t.csv"
    _tagged_frame(["cán bộ quát"]).to_csv(df_path, index=False)
    code = (
        "import sys, matplotlib\n"
        "import complaint_nlp.report as r\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
        "before = matplotlib.get_backend()\n"
        f"r.write_report({str(df_path)!r}, {str(tmp_path / 'r.html')!r})\n"
        "assert 'matplotlib.pyplot' not in sys.modules\n"
        "assert matplotlib.get_backend() == before\n"
    )
    env = {**os.environ, "MPLBACKEND": "svg"}
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=env)
    assert result.returncode == 0, result.stderr


# ---- in a real browser ----------------------------------------------------------


def _chromium() -> str:
    found = shutil.which("chromium") or shutil.which("chromium-browser")
    if found is None and Path("/usr/bin/chromium").exists():
        found = "/usr/bin/chromium"
    if found is None:
        if os.environ.get("COMPLAINT_NLP_REQUIRE_CHROMIUM"):
            pytest.fail("chromium is required (COMPLAINT_NLP_REQUIRE_CHROMIUM is set) but missing")
        pytest.skip("chromium is not installed")
    return found


def _render(page: Path, screenshot: Path, profile: Path) -> list[str]:
    """Screenshot `page` in headless Chromium; the console lines it logged."""
    result = subprocess.run(
        [
            _chromium(),
            *CHROMIUM_FLAGS,
            f"--user-data-dir={profile}",
            f"--screenshot={screenshot}",
            "--window-size=1280,4000",
            page.resolve().as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=180,
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return [
        line
        for line in result.stderr.splitlines()
        if ":CONSOLE" in line or "Uncaught" in line or "console" in line.lower()
    ]


def test_the_console_check_catches_a_failing_page(tmp_path):
    page = tmp_path / "broken.html"
    page.write_text("<p>x</p><script>console.error('boom'); throw new Error('bang')</script>")
    console = _render(page, tmp_path / "broken.png", tmp_path / "profile")
    assert any("boom" in line for line in console)
    assert any("Uncaught" in line for line in console)


def test_report_renders_offline_in_headless_chromium_without_console_errors(
    report_html, root, tmp_path
):
    from PIL import Image, ImageStat

    artifacts = root / "test-artifacts"
    artifacts.mkdir(exist_ok=True)
    screenshot = artifacts / "report.png"
    screenshot.unlink(missing_ok=True)
    console = _render(report_html, screenshot, tmp_path / "profile")
    assert console == []
    assert screenshot.stat().st_size > 50_000
    with Image.open(screenshot) as image:
        assert image.size == (1280, 4000)
        gray = image.convert("L")
        assert ImageStat.Stat(gray).stddev[0] > 20
        assert len(gray.getcolors(256)) > 64
