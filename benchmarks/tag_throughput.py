"""Throughput and peak memory of `complaint-nlp tag` against the naive single-process pipeline.

Builds N rows from the sample export, then in separate processes times
(a) the naive pipeline a data scientist would write: read the whole file with pandas,
    `model.predict_proba(df[col])` (normalise + `word_tokenize` + features + classifier)
    in one process, write the result;
(b) `complaint-nlp tag` (streaming, worker processes, identical texts segmented once);
and prints rows/s, their ratio, whether the labels are identical, and the peak RSS of
each (summed over the process tree, sampled every 50 ms). It then runs `tag` again at
`--scale` times the rows for its peak RSS.

Two row sets: `sample` repeats the sample export's rows (real exports repeat texts too),
`unique` makes every text distinct by appending its row number, so no work is saved by
de-duplication.

Usage: python benchmarks/tag_throughput.py --rows 50000 --scale 10 [--model models/default]
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import pandas as pd
import psutil

NAIVE = """
import sys, pandas as pd
from complaint_nlp.model import load_model
src, dst, col, model_dir = sys.argv[1:5]
model = load_model(model_dir)
df = pd.read_csv(src, dtype=str, keep_default_na=False)
proba = model.predict_proba(df[col].tolist())
df["pred_label"] = model[-1].classes_[proba.argmax(axis=1)]
df["pred_confidence"] = proba.max(axis=1)
df.to_csv(dst, index=False)
"""


def run_measured(cmd: list[str]) -> tuple[float, float]:
    """Run `cmd`; return (seconds, peak RSS in MiB of the whole process tree)."""
    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        try:
            procs = [root, *root.children(recursive=True)]
            peak = max(peak, sum(p.memory_info().rss for p in procs if p.is_running()))
        except psutil.Error:
            pass
        time.sleep(0.05)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed:\n{proc.stderr.read().decode()[-2000:]}")
    return seconds, peak / 2**20


def build_rows(sample: Path, n: int, *, unique: bool) -> pd.DataFrame:
    base = pd.read_csv(sample, dtype=str, keep_default_na=False)
    reps = -(-n // len(base))
    df = pd.concat([base] * reps, ignore_index=True).head(n)
    if unique:
        col = "Nội dung"
        df[col] = [f"{t} (lần {i})" if t.strip() else t for i, t in enumerate(df[col])]
    return df


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=50_000)
    parser.add_argument("--scale", type=int, default=10)
    parser.add_argument("--sample", default="data/samples/feedback_export.csv")
    parser.add_argument("--model", default="models/default")
    parser.add_argument("--sets", default="sample,unique")
    args = parser.parse_args()
    exe = str(Path(sys.executable).parent / "complaint-nlp")
    env_model = str(Path(args.model).resolve())
    print(f"cores: {os.cpu_count()}, rows: {args.rows}, model: {env_model}")
    tag_rss_by_set: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        for name in args.sets.split(","):
            src = tmpdir / f"{name}.csv"
            build_rows(Path(args.sample), args.rows, unique=name == "unique").to_csv(
                src, index=False
            )
            naive_s, naive_rss = run_measured(
                [
                    sys.executable,
                    "-c",
                    NAIVE,
                    str(src),
                    str(tmpdir / "naive.csv"),
                    "Nội dung",
                    env_model,
                ]
            )
            tag_s, tag_rss = run_measured(
                [exe, "tag", str(src), "-o", str(tmpdir / "tag.csv"), "--model", env_model]
            )
            tag_rss_by_set[name] = tag_rss
            naive = pd.read_csv(tmpdir / "naive.csv", dtype=str, keep_default_na=False)
            tagged = pd.read_csv(tmpdir / "tag.csv", dtype=str, keep_default_na=False)
            usable = tagged["pred_label"] != ""
            same = (naive.loc[usable, "pred_label"] == tagged.loc[usable, "pred_label"]).all()
            print(
                f"[{name}] naive: {args.rows / naive_s:,.0f} rows/s ({naive_s:.1f} s), peak RSS {naive_rss:,.0f} MiB"
            )
            print(
                f"[{name}] tag:   {args.rows / tag_s:,.0f} rows/s ({tag_s:.1f} s), peak RSS {tag_rss:,.0f} MiB"
            )
            print(
                f"[{name}] speed-up: {naive_s / tag_s:.2f}x; identical labels on {int(usable.sum())} usable rows: {same}; rows out {len(tagged)} of {args.rows}"
            )
        big = tmpdir / "big.csv"
        build_rows(Path(args.sample), args.rows * args.scale, unique=False).to_csv(big, index=False)
        big_s, big_rss = run_measured(
            [exe, "tag", str(big), "-o", str(tmpdir / "big.tagged.csv"), "--model", env_model]
        )
        chunks = pd.read_csv(tmpdir / "big.tagged.csv", dtype=str, chunksize=100_000, usecols=[0])
        rows_out = sum(len(c) for c in chunks)
        ref = tag_rss_by_set.get("sample", tag_rss)
        print(
            f"[sample x{args.scale}] tag: {args.rows * args.scale} rows in {big_s:.1f} s "
            f"({args.rows * args.scale / big_s:,.0f} rows/s), rows out {rows_out}, peak RSS {big_rss:,.0f} MiB "
            f"= {big_rss / ref:.2f}x the {args.rows}-row run"
        )


if __name__ == "__main__":
    main()
