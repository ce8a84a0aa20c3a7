"""Tag a feedback export: stream it in chunks, predict in worker processes, keep every row.

>>> summary = tag_file("data/samples/feedback_export.csv")   # doctest: +SKIP
>>> summary.rows_in == summary.rows_out                       # doctest: +SKIP
True
"""

from __future__ import annotations

import hashlib
import json
import multiprocessing as mp
import os
import shutil
from collections import Counter, OrderedDict, deque
from collections.abc import Callable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from sklearn.pipeline import Pipeline

from complaint_nlp.drift import drift_report
from complaint_nlp.errors import InputError
from complaint_nlp.io import TableWriter, find_text_column, iter_table, require_file, table_format
from complaint_nlp.model import load_model, model_card, model_file, predict_texts, sha256_file
from complaint_nlp.pii import redact as redact_text

PRED_COLUMNS = ("pred_label", "pred_labels", "pred_confidence", "pred_needs_review")
EVIDENCE_COLUMN = "pred_evidence"
Row = tuple[str, str, float, bool, str]


@dataclass
class TagSummary:
    """What a tagging run did: rows in and out, label counts, review queue, where it wrote."""

    input: str
    output: str
    text_column: str
    rows_in: int = 0
    rows_out: int = 0
    label_counts: Counter[str] = field(default_factory=Counter)
    needs_review: int = 0
    unusable: int = 0
    resumed_chunks: int = 0
    drift: dict[str, Any] = field(default_factory=dict)


def default_output(path: str | Path) -> Path:
    """`exports/week1.csv` -> `exports/week1.tagged.csv`."""
    path = Path(path)
    return path.with_name(f"{path.stem}.tagged{path.suffix}")


def _rows(preds: Sequence[Any]) -> list[Row]:
    return [
        (p.label, ";".join(p.labels), round(p.confidence, 4), p.needs_review, "; ".join(p.evidence))
        for p in preds
    ]


def predict_rows(
    model: Pipeline,
    texts: Sequence[object],
    *,
    explain: bool = False,
    stats: dict[str, int] | None = None,
) -> list[Row]:
    """Predictions as plain tuples (label, labels, confidence, needs_review, evidence)."""
    return _rows(predict_texts(model, texts, explain=explain, stats=stats))


def text_key(value: object) -> str:
    """A cell as the text to predict: '' for missing cells, str() for the rest."""
    if value is None or (isinstance(value, float) and value != value):
        return ""
    return str(value)


def add_predictions(
    df: pd.DataFrame, rows: Sequence[Row], *, text_column: str, explain: bool, redact: bool
) -> pd.DataFrame:
    """The input chunk with the `pred_*` columns appended (and the text masked if `redact`)."""
    out = df.copy()
    if redact:
        out[text_column] = [redact_text(v) if isinstance(v, str) else v for v in out[text_column]]
    out["pred_label"] = [r[0] for r in rows]
    out["pred_labels"] = [r[1] for r in rows]
    out["pred_confidence"] = [r[2] for r in rows]
    out["pred_needs_review"] = [r[3] for r in rows]
    if explain:
        out[EVIDENCE_COLUMN] = [r[4] for r in rows]
    return out


def tag_dataframe(
    df: pd.DataFrame,
    model: Pipeline | None = None,
    *,
    text_column: str | None = None,
    explain: bool = False,
    redact: bool = False,
) -> pd.DataFrame:
    """Tag an in-memory DataFrame (for notebooks): same columns as `tag_file` writes.

    >>> tag_dataframe(pd.DataFrame({"Nội dung": ["cán bộ quát tháo"]}))["pred_label"].tolist()
    ['attitude']
    """
    model = model if model is not None else load_model()
    column = find_text_column(list(df.columns), given=text_column)
    rows = predict_rows(model, [text_key(v) for v in df[column]], explain=explain)
    return add_predictions(df, rows, text_column=column, explain=explain, redact=redact)


# ---- worker processes -----------------------------------------------------------

_WORKER_MODEL: Pipeline | None = None


def _init_worker(model: Pipeline) -> None:
    global _WORKER_MODEL
    os.environ.setdefault("OMP_NUM_THREADS", "1")
    _WORKER_MODEL = model


def _worker_predict(texts: list[str], explain: bool) -> tuple[list[Row], dict[str, int]]:
    assert _WORKER_MODEL is not None
    stats: dict[str, int] = {}
    return predict_rows(_WORKER_MODEL, texts, explain=explain, stats=stats), stats


class _Predictor:
    """Predicts chunks in order, in this process or in `jobs` workers; identical texts once."""

    def __init__(
        self, model: Pipeline, *, jobs: int, explain: bool, cache_size: int = 20_000
    ) -> None:
        self.model = model
        self.explain = explain
        self.cache: OrderedDict[str, Row] = OrderedDict()
        self.cache_size = cache_size
        self.pool: ProcessPoolExecutor | None = None
        if jobs > 1:
            self.pool = ProcessPoolExecutor(
                max_workers=jobs,
                # fork hands the loaded model to the workers at no cost (4 s less per run
                # than spawn, which imports everything and unpickles the model again)
                mp_context=mp.get_context(
                    "fork" if "fork" in mp.get_all_start_methods() else "spawn"
                ),
                initializer=_init_worker,
                initargs=(model,),
            )
        self.jobs = jobs
        self.stats: Counter[str] = Counter()

    def submit(self, texts: list[str]) -> tuple[list[str], dict[str, Row], Any]:
        """Start predicting the texts not seen yet; remember the cached rows of the others now,
        since later chunks may push them out of the cache before this one is collected."""
        known: dict[str, Row] = {}
        for t in texts:
            if t in self.cache and t not in known:
                known[t] = self.cache[t]
                self.cache.move_to_end(t)
        todo = list(dict.fromkeys(t for t in texts if t not in known))
        if self.pool is None:
            stats: dict[str, int] = {}
            rows = predict_rows(self.model, todo, explain=self.explain, stats=stats)
            return todo, known, (rows, stats)
        return todo, known, self.pool.submit(_worker_predict, todo, self.explain)

    def collect(self, texts: list[str], handle: tuple[list[str], dict[str, Row], Any]) -> list[Row]:
        todo, known, result = handle
        rows, stats = result.result() if isinstance(result, Future) else result
        self.stats.update(stats)
        fresh = dict(zip(todo, rows, strict=True))
        out = [fresh[t] if t in fresh else known[t] for t in texts]
        for t, r in fresh.items():
            self.cache[t] = r
        while len(self.cache) > self.cache_size:
            self.cache.popitem(last=False)
        return out

    def close(self) -> None:
        if self.pool is not None:
            self.pool.shutdown(cancel_futures=True)


# ---- the file job ---------------------------------------------------------------


def _fingerprint(path: Path, **settings: object) -> str:
    stat = path.stat()
    blob = json.dumps({"size": stat.st_size, "mtime": stat.st_mtime_ns, **settings}, sort_keys=True)
    return hashlib.sha256(blob.encode()).hexdigest()


def _check_writable(output: Path) -> None:
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{output}: folder {folder} does not exist")
    if not os.access(folder, os.W_OK) or (output.exists() and not os.access(output, os.W_OK)):
        raise InputError(f"{output}: cannot write here (permission denied)")


def tag_file(
    input: str | Path,
    *,
    output: str | Path | None = None,
    text_column: str | None = None,
    model_dir: str | Path | None = None,
    trust: bool = False,
    jobs: int | None = None,
    chunksize: int = 1000,
    explain: bool = False,
    redact: bool = False,
    replace_pred: bool = False,
    resume: bool = False,
    sheet: str | None = None,
    progress: Callable[[int], None] | None = None,
) -> TagSummary:
    """Tag every row of `input` and write `output` (default `<stem>.tagged.<ext>`).

    The output keeps every input row and column in order and adds `pred_label`,
    `pred_labels`, `pred_confidence`, `pred_needs_review` (and `pred_evidence` with
    `explain`). Chunks are kept in `<output>.partial/` until the end, so `resume=True`
    continues an interrupted run; the final file appears only when complete.
    """
    input = require_file(input)
    table_format(input)
    output = Path(output) if output is not None else default_output(input)
    table_format(output)
    if output.resolve() == input.resolve():
        raise InputError(f"{output}: output would overwrite the input; choose another -o")
    _check_writable(output)
    model = load_model(model_dir, trust=trust)
    jobs = max(1, jobs if jobs is not None else (os.cpu_count() or 1))
    partial = output.with_name(output.name + ".partial")
    fingerprint = _fingerprint(
        input,
        chunksize=chunksize,
        model=sha256_file(model_file(model.model_dir_)),
        text_column=text_column,
        explain=explain,
        redact=redact,
        replace_pred=replace_pred,
        sheet=sheet,
    )
    done = _prepare_partial(partial, fingerprint, resume=resume)
    summary = TagSummary(input=str(input), output=str(output), text_column="")
    chunks = iter_table(input, chunksize=chunksize, sheet=sheet)
    predictor: _Predictor | None = None
    pending: deque[tuple[int, pd.DataFrame, list[str], Any]] = deque()
    try:
        for index, chunk in enumerate(chunks):
            if index == 0:
                summary.text_column = check_input_columns(
                    chunk,
                    path=input,
                    text_column=text_column,
                    replace_pred=replace_pred,
                    explain=explain,
                )
            if replace_pred:
                chunk = chunk.drop(columns=[c for c in chunk.columns if str(c).startswith("pred_")])
            summary.rows_in += len(chunk)
            if index in done:
                summary.resumed_chunks += 1
                if progress:
                    progress(len(chunk))
                continue
            if predictor is None:
                small = len(chunk) < chunksize and index == 0
                predictor = _Predictor(model, jobs=1 if small else jobs, explain=explain)
            texts = [text_key(v) for v in chunk[summary.text_column]]
            pending.append((index, chunk, texts, predictor.submit(texts)))
            while len(pending) > 2 * predictor.jobs:
                _finish(pending.popleft(), predictor, partial, summary, explain, redact, progress)
        while pending:
            _finish(pending.popleft(), predictor, partial, summary, explain, redact, progress)
    finally:
        if predictor is not None:
            predictor.close()
    _assemble(partial, output, summary)
    stats = predictor.stats if predictor is not None else Counter()
    summary.drift = drift_report(
        oov_tokens=stats["oov_tokens"],
        tokens=stats["tokens"],
        label_counts=summary.label_counts,
        reference=model_card(model).get("drift_reference"),
    )
    return summary


def check_input_columns(
    chunk: pd.DataFrame, *, path: Path, text_column: str | None, replace_pred: bool, explain: bool
) -> str:
    """The text column of an export's first chunk; refuse old `pred_*` columns unless replaced."""
    columns = [str(c) for c in chunk.columns]
    if not columns:
        raise InputError(f"{path}: no columns")
    clash = [c for c in columns if c in (*PRED_COLUMNS, EVIDENCE_COLUMN)]
    if clash and not replace_pred:
        raise InputError(
            f"{path}: already has column {clash[0]!r} (tagged before?); "
            "pass --replace-pred to replace the old predictions"
        )
    return find_text_column(columns, given=text_column, path=path)


def _prepare_partial(partial: Path, fingerprint: str, *, resume: bool) -> set[int]:
    state = partial / "state.json"
    if resume and state.exists():
        saved = json.loads(state.read_text())
        if saved.get("fingerprint") == fingerprint:
            return {int(p.stem.split("-")[1]) for p in partial.glob("part-*.pkl")}
    if partial.exists():
        shutil.rmtree(partial)
    try:
        partial.mkdir(parents=True)
    except OSError as exc:
        raise InputError(f"{partial}: cannot write here ({exc.strerror})") from None
    state.write_text(json.dumps({"fingerprint": fingerprint}))
    return set()


def _finish(
    item: tuple[int, pd.DataFrame, list[str], Any],
    predictor: _Predictor,
    partial: Path,
    summary: TagSummary,
    explain: bool,
    redact: bool,
    progress: Callable[[int], None] | None,
) -> None:
    index, chunk, texts, handle = item
    rows = predictor.collect(texts, handle)
    tagged = add_predictions(
        chunk, rows, text_column=summary.text_column, explain=explain, redact=redact
    )
    tmp = partial / f"part-{index:07d}.tmp"
    tagged.to_pickle(tmp)
    tmp.replace(partial / f"part-{index:07d}.pkl")
    if progress:
        progress(len(chunk))


def _iter_parts(partial: Path) -> Iterator[pd.DataFrame]:
    for part in sorted(partial.glob("part-*.pkl")):
        yield pd.read_pickle(part)


def _assemble(partial: Path, output: Path, summary: TagSummary) -> None:
    tmp = output.with_name(f".{output.stem}.writing{output.suffix}")
    writer = TableWriter(tmp, fmt=table_format(output))
    try:
        for df in _iter_parts(partial):
            summary.rows_out += len(df)
            usable = df["pred_label"] != ""
            summary.unusable += int((~usable).sum())
            summary.needs_review += int(df["pred_needs_review"].sum())
            summary.label_counts.update(df.loc[usable, "pred_label"])
            writer.write(df)
        writer.close()
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{output}: cannot write ({exc.strerror})") from None
    if summary.rows_out != summary.rows_in:
        tmp.unlink(missing_ok=True)
        raise InputError(
            f"{output}: wrote {summary.rows_out} rows for {summary.rows_in} read; "
            f"the partial run in {partial} does not match the input, run again without --resume"
        )
    tmp.replace(output)
    shutil.rmtree(partial, ignore_errors=True)
