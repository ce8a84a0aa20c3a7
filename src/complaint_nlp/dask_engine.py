"""Tag many exports, or one huge export, as partitions on a Dask cluster.

The client streams each input with the same chunked readers as `tag_file` and sends the
chunks to the workers; each worker loads the model once and writes its own Parquet or CSV
part into `OUT_DIR/<input stem>/`, so labels are identical to the local engine.

>>> tag_with_dask(["exports/*.csv"], output_dir="tagged/")   # doctest: +SKIP
"""

from __future__ import annotations

import glob
from collections import Counter, deque
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from complaint_nlp.errors import InputError
from complaint_nlp.io import iter_table, table_format
from complaint_nlp.model import load_model
from complaint_nlp.tagging import (
    PRED_COLUMNS,
    add_predictions,
    check_input_columns,
    predict_rows,
    text_key,
)

_MODELS: dict[str, Any] = {}


@dataclass
class DaskSummary:
    """Rows in and out per input file, label counts, and the parts written."""

    rows_in: int = 0
    rows_out: int = 0
    label_counts: Counter[str] = field(default_factory=Counter)
    needs_review: int = 0
    parts: list[str] = field(default_factory=list)
    files: list[str] = field(default_factory=list)


def expand_inputs(patterns: Sequence[str | Path]) -> list[Path]:
    """Glob patterns (quoted, so the shell leaves them alone) to a sorted list of files."""
    files: list[Path] = []
    for pattern in patterns:
        matches = sorted(glob.glob(str(pattern))) or (
            [str(pattern)] if Path(pattern).exists() else []
        )
        if not matches:
            raise InputError(f"{pattern}: no file matches")
        files += [Path(m) for m in matches]
    for f in files:
        table_format(f)
    return files


def tag_partition(
    df: pd.DataFrame,
    *,
    model_dir: str,
    text_column: str,
    part_path: str,
    explain: bool,
    redact: bool,
) -> dict[str, Any]:
    """Run on a worker: tag one chunk with the worker's cached model and write its part file."""
    if model_dir not in _MODELS:
        _MODELS[model_dir] = load_model(model_dir, trust=True)
    rows = predict_rows(_MODELS[model_dir], [text_key(v) for v in df[text_column]], explain=explain)
    tagged = add_predictions(df, rows, text_column=text_column, explain=explain, redact=redact)
    if part_path.endswith(".parquet"):
        tagged.to_parquet(part_path, index=False)
    else:
        tagged.to_csv(part_path, index=False, encoding="utf-8")
    labels = tagged.loc[tagged["pred_label"] != "", "pred_label"]
    return {
        "rows": len(tagged),
        "labels": dict(Counter(labels)),
        "needs_review": int(tagged["pred_needs_review"].sum()),
        "part": part_path,
    }


def tag_with_dask(
    inputs: Sequence[str | Path],
    *,
    output_dir: str | Path,
    scheduler: str | None = None,
    text_column: str | None = None,
    model_dir: str | Path | None = None,
    trust: bool = False,
    part_format: str = "parquet",
    chunksize: int = 20_000,
    explain: bool = False,
    redact: bool = False,
    n_workers: int | None = None,
    progress: Callable[[int], None] | None = None,
) -> DaskSummary:
    """Tag every input on a Dask cluster (`scheduler` address, or a LocalCluster of processes)."""
    from dask.distributed import Client, LocalCluster

    if part_format not in ("parquet", "csv"):
        raise InputError(f"--part-format {part_format!r}: use parquet or csv")
    files = expand_inputs(inputs)
    model = load_model(model_dir, trust=trust)
    out = Path(output_dir)
    try:
        out.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise InputError(f"{out}: cannot create the output folder ({exc.strerror})") from None
    cluster = None
    if scheduler is None:
        cluster = LocalCluster(
            n_workers=n_workers, threads_per_worker=1, processes=True, dashboard_address=None
        )
    summary = DaskSummary()
    try:
        with Client(cluster if cluster is not None else scheduler) as client:
            workers = max(1, len(client.scheduler_info().get("workers", {})))
            for path in files:
                _tag_one(
                    client,
                    path,
                    out,
                    summary,
                    model_dir=str(model.model_dir_),
                    text_column=text_column,
                    part_format=part_format,
                    chunksize=chunksize,
                    explain=explain,
                    redact=redact,
                    window=2 * workers,
                    progress=progress,
                )
    finally:
        if cluster is not None:
            cluster.close()
    return summary


def _tag_one(
    client: Any,
    path: Path,
    out: Path,
    summary: DaskSummary,
    *,
    window: int,
    progress: Callable[[int], None] | None,
    **options: Any,
) -> None:
    folder = out / path.stem
    folder.mkdir(parents=True, exist_ok=True)
    for old in folder.glob("part-*"):
        old.unlink()
    pending: deque[Any] = deque()
    column: str | None = None
    rows_in = 0

    def collect(future: Any) -> None:
        result = future.result()
        summary.rows_out += result["rows"]
        summary.label_counts.update(result["labels"])
        summary.needs_review += result["needs_review"]
        summary.parts.append(result["part"])
        if progress:
            progress(result["rows"])

    for index, chunk in enumerate(iter_table(path, chunksize=options["chunksize"])):
        if column is None:
            column = check_input_columns(
                chunk,
                path=path,
                text_column=options["text_column"],
                replace_pred=False,
                explain=options["explain"],
            )
        rows_in += len(chunk)
        part = folder / f"part-{index:05d}.{options['part_format']}"
        pending.append(
            client.submit(
                tag_partition,
                chunk,
                model_dir=options["model_dir"],
                text_column=column,
                part_path=str(part),
                explain=options["explain"],
                redact=options["redact"],
                pure=False,
            )
        )
        while len(pending) > window:
            collect(pending.popleft())
    while pending:
        collect(pending.popleft())
    summary.rows_in += rows_in
    summary.files.append(str(path))
    if summary.rows_out != summary.rows_in:
        raise InputError(f"{path}: {summary.rows_in} rows read but {summary.rows_out} written")


__all__ = ["PRED_COLUMNS", "DaskSummary", "expand_inputs", "tag_partition", "tag_with_dask"]
