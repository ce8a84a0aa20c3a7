#!/usr/bin/env python3
"""Build feedback_export.csv and feedback_export.xlsx from sample_rows.py.

The texts, offices and channels are hand-written literal data in
sample_rows.py. This script only adds what an export system would add:
ids, received dates (inside each row's planned window), a handful of
unusable dates, re-submitted copies and a few decomposed-Unicode rows.
All randomness is seeded, so running it again gives the same files.

Usage:  python data/samples/build_samples.py
"""

from __future__ import annotations

import calendar
import csv
import random
import sys
import unicodedata
from datetime import date, timedelta
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
import sample_rows  # noqa: E402

SEED = 20251126
START = date(2024, 10, 1)
END = date(2025, 11, 30)
COLUMNS = ["Mã phản ánh", "Ngày tiếp nhận", "Kênh", "Quận/Huyện", "Cơ quan", "Nội dung"]
# Unusable date cells as real exports have them.
BAD_DATES = ["", "", "", "chưa rõ", "chưa rõ", "chưa rõ", "31/02/2025", "31/02/2025"]
N_NFD = 10  # rows stored in decomposed Unicode (NFD), as some clients send them
CSV_PATH = HERE / "feedback_export.csv"
XLSX_PATH = HERE / "feedback_export.xlsx"


def parse_window(win: str) -> tuple[date, date]:
    """Turn a row's window string into an inclusive date range."""
    if not win:
        return START, END

    def one(part: str, first: bool) -> date:
        bits = [int(x) for x in part.split("-")]
        if len(bits) == 3:
            return date(*bits)
        y, m = bits
        return date(y, m, 1) if first else date(y, m, calendar.monthrange(y, m)[1])

    lo, _, hi = win.partition(":")
    a, b = one(lo, True), one(hi or lo, False)
    a, b = max(a, START), min(b, END)
    if a > b:
        raise ValueError(f"empty window {win!r}")
    return a, b


def draw_date(rng: random.Random, win: str, channel: str) -> date:
    a, b = parse_window(win)
    for _ in range(50):
        d = a + timedelta(days=rng.randint(0, (b - a).days))
        # letters and portal dossiers are logged on working days
        if channel in ("thu", "dvc") and d.weekday() >= 5 and (b - a).days >= 3:
            continue
        return d
    return d


def build() -> list[dict]:
    rng = random.Random(SEED)
    records = []
    keyed = {}
    for i, row in enumerate(sample_rows.ROWS):
        office, channel, kind, win, text = row[:5]
        flags = row[5] if len(row) > 5 else {}
        rec = {
            "office": office,
            "channel": channel,
            "kind": kind,
            "window": win,
            "text": text,
            "date": draw_date(rng, win, channel),
            "order": i,
            "repeat": False,
        }
        records.append(rec)
        if "key" in flags:
            keyed[flags["key"]] = rec

    for key, days in sample_rows.REPEATS:
        src = keyed[key]
        d = min(src["date"] + timedelta(days=days), END)
        records.append({**src, "date": d, "order": len(records), "repeat": True})

    # sort like a system export: by received date, ties in random order
    for rec in records:
        rec["tie"] = rng.random()
    records.sort(key=lambda r: (r["date"], r["tie"]))

    # ids: running number per year, with gaps (the export is a filtered subset)
    seq = {2024: 38417, 2025: 211}
    for rec in records:
        y = rec["date"].year
        seq[y] += rng.randint(3, 70)
        rec["id"] = f"PA-{y}-{seq[y]:06d}"
        rec["date_str"] = rec["date"].strftime("%d/%m/%Y")

    # unusable dates: only rows with no planned window and with a text, and
    # never a re-submitted pair, so the planned trends are untouched
    resub = {id(r) for r in keyed.values()}
    cand = [
        r
        for r in records
        if not r["window"] and r["text"] and not r["repeat"] and id(r) not in resub
    ]
    for rec, bad in zip(rng.sample(cand, len(BAD_DATES)), BAD_DATES, strict=True):
        rec["date_str"] = bad

    # a few texts in decomposed Unicode
    cand = [r for r in records if r["text"] and not r["repeat"] and id(r) not in resub]
    for rec in rng.sample(cand, N_NFD):
        rec["text"] = unicodedata.normalize("NFD", rec["text"])

    out = []
    for rec in records:
        name, district = sample_rows.OFFICES[rec["office"]]
        out.append(
            {
                "Mã phản ánh": rec["id"],
                "Ngày tiếp nhận": rec["date_str"],
                "Kênh": sample_rows.CHANNELS[rec["channel"]],
                "Quận/Huyện": district,
                "Cơ quan": name,
                "Nội dung": rec["text"],
            }
        )
    return out


def check(rows: list[dict]) -> None:
    ids = [r["Mã phản ánh"] for r in rows]
    assert len(ids) == len(set(ids)), "duplicate ids"
    months = set()
    for r in rows:
        s = r["Ngày tiếp nhận"]
        try:
            d, m, y = (int(x) for x in s.split("/"))
            date(y, m, d)  # raises on 31/02 and the like
        except ValueError:
            continue
        months.add((y, m))
    want = {(2024, m) for m in (10, 11, 12)} | {(2025, m) for m in range(1, 12)}
    missing = want - months
    assert not missing, f"months without rows: {sorted(missing)}"


def write_csv(rows: list[dict]) -> None:
    # UTF-8 with BOM so that Excel opens the Vietnamese text correctly
    with open(CSV_PATH, "w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS, quoting=csv.QUOTE_MINIMAL, lineterminator="\r\n")
        w.writeheader()
        w.writerows(rows)


def write_xlsx(rows: list[dict]) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    wb = Workbook()
    ws = wb.active
    ws.title = "PhanAnh"
    ws.append(COLUMNS)
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for r in rows:
        ws.append([r[c] for c in COLUMNS])
    # every cell is text, as in the source export (dates stay dd/mm/yyyy)
    for row in ws.iter_rows(min_row=2):
        for cell in row:
            cell.number_format = "@"
        row[5].alignment = Alignment(wrap_text=True, vertical="top")
    for col, width in zip("ABCDEF", (18, 14, 22, 14, 40, 100), strict=True):
        ws.column_dimensions[col].width = width
    ws.freeze_panes = "A2"
    wb.save(XLSX_PATH)


def main() -> None:
    rows = build()
    check(rows)
    write_csv(rows)
    write_xlsx(rows)
    print(f"wrote {len(rows)} rows to {CSV_PATH.name} and {XLSX_PATH.name}")


if __name__ == "__main__":
    main()
