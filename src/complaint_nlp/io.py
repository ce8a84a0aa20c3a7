"""Read and write feedback exports (CSV, XLSX, JSONL, Parquet) in chunks, never losing a row.

Cells are read as they are (CSV as strings, so ids like `007` keep their zeros); the
encoding (UTF-8 with or without BOM, UTF-16, Windows-1258/1252) and the delimiter
(`,` `;` tab `|`) of a CSV are detected.

>>> chunks = iter_table("data/samples/feedback_export.csv", chunksize=100)  # doctest: +SKIP
"""

from __future__ import annotations

import codecs
import csv
import json
import re
import unicodedata
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd

from complaint_nlp.errors import InputError
from complaint_nlp.text import fold_accents

FORMATS = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".xlsx": "xlsx",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".parquet": "parquet",
    ".pq": "parquet",
}

TEXT_COLUMN_NAMES = (
    "text",
    "content",
    "noi dung",
    "noi dung phan anh",
    "noi dung kien nghi",
    "noi dung phan anh kien nghi",
    "noi dung y kien",
    "y kien",
    "phan anh",
    "message",
    "feedback",
    "body",
    "comment",
    "description",
    "mo ta",
    "chi tiet",
    "complaint",
)


def table_format(path: str | Path) -> str:
    """`csv`, `xlsx`, `jsonl` or `parquet`, from the file name; an InputError otherwise."""
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise InputError(
            f"{path}: unsupported file type {suffix or '(none)'}; use .csv, .xlsx, .jsonl or .parquet"
        )
    return FORMATS[suffix]


def column_key(name: object) -> str:
    """A column name without accents, case or punctuation, for matching common names.

    >>> column_key("Ngày_tiếp nhận (1)")
    'ngay tiep nhan 1'
    """
    text = fold_accents(unicodedata.normalize("NFC", str(name)).lower())
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def given_column(names: Sequence[str], given: str, *, what: str, path: object = "") -> str:
    """The column the user named, matched exactly or without accents/case; an InputError if absent."""
    if given in names:
        return given
    matches = [c for c in names if column_key(c) == column_key(given)]
    if len(matches) == 1:
        return matches[0]
    where = f"{path}: " if path else ""
    raise InputError(f"{where}no {what} {given!r}; columns are: {', '.join(names)}")


def find_text_column(
    columns: Sequence[object], *, given: str | None = None, path: object = ""
) -> str:
    """The column holding the citizen's text: `given`, else the one common name that matches.

    >>> find_text_column(["STT", "Ngày nhận", "Nội dung"])
    'Nội dung'
    """
    names = [str(c) for c in columns]
    where = f"{path}: " if path else ""
    if given is not None:
        return given_column(names, given, what="column", path=path)
    exact = [c for c in names if column_key(c) in TEXT_COLUMN_NAMES]
    if len(exact) == 1:
        return exact[0]
    if not exact:
        loose = [
            c for c in names if any(k in column_key(c) for k in ("noi dung", "text", "content"))
        ]
        if len(loose) == 1:
            return loose[0]
        exact = loose
    if not exact:
        raise InputError(
            f"{where}no text column found; columns are: {', '.join(names)}; "
            "name one with --text-column"
        )
    raise InputError(
        f"{where}several text columns ({', '.join(exact)}); name one with --text-column"
    )


def check_columns(columns: Sequence[object], *, path: object) -> None:
    """Refuse duplicate or empty column names, which would silently change on output."""
    seen: set[str] = set()
    for c in columns:
        name = str(c)
        if name in seen:
            raise InputError(
                f"{path}: column {name!r} appears more than once; rename one and retry"
            )
        seen.add(name)


# ---- CSV sniffing ---------------------------------------------------------------


def _vietnamese_share(text: str) -> float:
    """Share of letters that only Vietnamese writes (ă đ ơ ư and the toned vowels)."""
    text = unicodedata.normalize("NFC", text)
    letters = [ch for ch in text if ch.isalpha()]
    special = sum(0x0102 <= ord(ch) <= 0x01B0 or 0x1EA0 <= ord(ch) <= 0x1EF9 for ch in letters)
    return special / len(letters) if letters else 0.0


@dataclass
class CsvDialect:
    encoding: str
    delimiter: str


def sniff_csv(path: str | Path, *, sample_bytes: int = 1 << 20) -> CsvDialect:
    """Detect encoding and delimiter from the start of a CSV file."""
    with open(path, "rb") as fh:
        raw = fh.read(sample_bytes)
    if raw.startswith(codecs.BOM_UTF8):
        encoding = "utf-8-sig"
    elif raw.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding = "utf-16"
    else:
        try:
            codecs.getincrementaldecoder("utf-8")().decode(raw, final=False)
            encoding = "utf-8"
        except UnicodeDecodeError:
            # Read as Windows-1258, Vietnamese text is full of letters Windows-1252 cannot
            # produce (a Portuguese "ã" would pass as "ă" now and then, not in 3% of letters).
            share = _vietnamese_share(raw.decode("cp1258", errors="replace"))
            encoding = "cp1258" if share >= 0.03 else "cp1252"
    text = raw.decode(encoding.replace("-sig", ""), errors="ignore").lstrip("\ufeff")
    if not text.strip():
        raise InputError(f"{path}: the file is empty")
    first_lines = "\n".join(text.splitlines()[:20])
    try:
        delimiter = csv.Sniffer().sniff(first_lines, delimiters=",;\t|").delimiter
    except csv.Error:
        header = text.splitlines()[0]
        counts = {d: header.count(d) for d in ",;\t|"}
        delimiter = max(counts, key=counts.get) if max(counts.values()) else ","
    return CsvDialect(encoding=encoding, delimiter=delimiter)


def require_file(path: str | Path) -> Path:
    """`path` as a Path, or an InputError when it is missing or a folder."""
    path = Path(path)
    if not path.exists():
        raise InputError(f"{path}: no such file")
    if path.is_dir():
        raise InputError(f"{path}: is a folder, not a file")
    return path


# ---- readers --------------------------------------------------------------------


def iter_table(
    path: str | Path, *, chunksize: int = 5000, sheet: str | None = None
) -> Iterator[pd.DataFrame]:
    """Yield the rows of an export as DataFrames of at most `chunksize` rows, in order."""
    fmt = table_format(path)
    path = require_file(path)
    reader = {"csv": _iter_csv, "xlsx": _iter_xlsx, "jsonl": _iter_jsonl, "parquet": _iter_parquet}[
        fmt
    ]
    yield from reader(path, chunksize=chunksize, sheet=sheet)


def _iter_csv(path: Path, *, chunksize: int, sheet: str | None) -> Iterator[pd.DataFrame]:
    dialect = sniff_csv(path)
    with open(path, encoding=dialect.encoding, newline="") as fh:
        header = next(csv.reader(fh, delimiter=dialect.delimiter), None)
    if not header:
        raise InputError(f"{path}: no header row")
    check_columns(header, path=path)
    try:
        reader = pd.read_csv(
            path,
            sep=dialect.delimiter,
            encoding=dialect.encoding,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            chunksize=chunksize,
            engine="c",
            encoding_errors="strict",
            on_bad_lines="error",
        )
        first_line = 2
        for chunk in reader:
            if dialect.encoding == "cp1258":
                # Windows-1258 stores tones as combining marks; compose them as UTF-8 text does.
                chunk = chunk.rename(columns=_nfc).map(_nfc)
            chunk.attrs["first_row"] = first_line
            first_line += len(chunk)
            yield chunk
    except pd.errors.ParserError as exc:
        raise InputError(f"{path}: malformed CSV ({str(exc).strip().splitlines()[-1]})") from None
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{path}: not readable as {dialect.encoding} near byte {exc.start}; save it as UTF-8"
        ) from None


def _nfc(value: str) -> str:
    return unicodedata.normalize("NFC", value)


def _iter_xlsx(path: Path, *, chunksize: int, sheet: str | None) -> Iterator[pd.DataFrame]:
    import zipfile

    from openpyxl import load_workbook

    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, OSError, KeyError, ValueError) as exc:
        raise InputError(
            f"{path}: not a readable .xlsx file ({type(exc).__name__}: {exc})"
        ) from None
    try:
        if sheet is not None and sheet not in wb.sheetnames:
            raise InputError(f"{path}: no sheet {sheet!r}; sheets are: {', '.join(wb.sheetnames)}")
        ws = wb[sheet] if sheet is not None else wb.worksheets[0]
        rows = ws.iter_rows(values_only=True)
        try:
            header = next(rows)
        except StopIteration:
            raise InputError(f"{path}: the sheet is empty") from None
        except Exception as exc:  # openpyxl raises many types on a damaged file
            raise InputError(f"{path}: damaged .xlsx ({type(exc).__name__})") from None
        while header and header[-1] is None:
            header = header[:-1]
        columns = ["" if h is None else str(h) for h in header]
        check_columns(columns, path=path)
        width = len(columns)
        buf: list[tuple[Any, ...]] = []
        first = 2
        try:
            for row in rows:
                values = tuple(row[:width]) + (None,) * (width - len(row))
                buf.append(values)
                if len(buf) == chunksize:
                    yield _frame(buf, columns, first)
                    first += len(buf)
                    buf = []
        except InputError:
            raise
        except Exception as exc:
            raise InputError(
                f"{path}: damaged .xlsx after row {first + len(buf) - 1} ({type(exc).__name__})"
            ) from None
        if buf or first == 2:
            yield _frame(buf, columns, first)
    finally:
        wb.close()


def _frame(rows: list[tuple[Any, ...]], columns: list[str], first: int) -> pd.DataFrame:
    df = pd.DataFrame.from_records(rows, columns=columns) if rows else pd.DataFrame(columns=columns)
    df = df.astype(object)
    df.attrs["first_row"] = first
    return df


def _iter_jsonl(path: Path, *, chunksize: int, sheet: str | None) -> Iterator[pd.DataFrame]:
    buf: list[dict[str, Any]] = []
    first = 1
    with open(path, encoding="utf-8-sig") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
            except json.JSONDecodeError as exc:
                raise InputError(f"{path}: line {n} is not JSON ({exc.msg})") from None
            if not isinstance(record, dict):
                raise InputError(f"{path}: line {n} is not a JSON object")
            buf.append(record)
            if len(buf) == chunksize:
                yield _records(buf, first)
                first = n + 1
                buf = []
    if buf or first == 1:
        yield _records(buf, first)


def _records(records: list[dict[str, Any]], first: int) -> pd.DataFrame:
    df = pd.DataFrame.from_records(records).astype(object) if records else pd.DataFrame()
    df.attrs["first_row"] = first
    return df


def _iter_parquet(path: Path, *, chunksize: int, sheet: str | None) -> Iterator[pd.DataFrame]:
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        pf = pq.ParquetFile(path)
        check_columns(pf.schema_arrow.names, path=path)
        first = 1
        empty = True
        for batch in pf.iter_batches(batch_size=chunksize):
            df = batch.to_pandas()
            df.attrs["first_row"] = first
            first += len(df)
            empty = False
            yield df
        if empty:
            df = pf.schema_arrow.empty_table().to_pandas()
            df.attrs["first_row"] = 1
            yield df
    except (pa.ArrowException, OSError) as exc:
        raise InputError(
            f"{path}: not a readable Parquet file ({str(exc).splitlines()[0]})"
        ) from None


def read_table(path: str | Path, *, sheet: str | None = None) -> pd.DataFrame:
    """Read a whole export into one DataFrame (for training files and small exports)."""
    chunks = list(iter_table(path, chunksize=50_000, sheet=sheet))
    if len(chunks) == 1:
        return chunks[0]
    return pd.concat(chunks, ignore_index=True)


# ---- writers --------------------------------------------------------------------


class TableWriter:
    """Append DataFrame chunks to an export of the format named by `path`'s extension.

    Writes to `path` directly: callers write to a temporary name and rename at the end.
    """

    def __init__(self, path: str | Path, *, fmt: str | None = None) -> None:
        self.path = Path(path)
        self.fmt = fmt or table_format(path)
        self._handle: Any = None
        self._columns: list[str] | None = None

    def write(self, df: pd.DataFrame) -> None:
        if self._columns is None:
            self._columns = [str(c) for c in df.columns]
            self._open(df)
        getattr(self, f"_write_{self.fmt}")(df)

    def _open(self, df: pd.DataFrame) -> None:
        if self.fmt == "csv":
            self._handle = open(self.path, "w", encoding="utf-8-sig", newline="")  # noqa: SIM115 closed in close()
        elif self.fmt == "jsonl":
            self._handle = open(self.path, "w", encoding="utf-8")  # noqa: SIM115 closed in close()
        elif self.fmt == "xlsx":
            from openpyxl import Workbook

            self._handle = Workbook(write_only=True)
            self._sheet = self._handle.create_sheet("tagged")
            self._sheet.append(self._columns)
        elif self.fmt == "parquet":
            self._handle = None

    def _write_csv(self, df: pd.DataFrame) -> None:
        header = self._handle.tell() == 0
        df.to_csv(self._handle, index=False, header=header, lineterminator="\r\n")

    def _write_jsonl(self, df: pd.DataFrame) -> None:
        text = df.to_json(orient="records", lines=True, force_ascii=False, date_format="iso")
        self._handle.write(text if text.endswith("\n") or not text else text + "\n")

    def _write_xlsx(self, df: pd.DataFrame) -> None:
        from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

        for row in df.itertuples(index=False, name=None):
            self._sheet.append(
                [
                    ILLEGAL_CHARACTERS_RE.sub("", v)[:32767] if isinstance(v, str) else _cell(v)
                    for v in row
                ]
            )

    def _write_parquet(self, df: pd.DataFrame) -> None:
        import pyarrow as pa
        import pyarrow.parquet as pq

        table = pa.Table.from_pandas(df, preserve_index=False)
        if self._handle is None:
            self._schema = table.schema
            self._handle = pq.ParquetWriter(self.path, self._schema)
        else:
            table = table.cast(self._schema)
        self._handle.write_table(table)

    def close(self) -> None:
        if self._columns is None:
            raise InputError(f"{self.path}: nothing to write")
        if self.fmt == "xlsx":
            self._handle.save(self.path)
        elif self._handle is not None:
            self._handle.close()


def _cell(value: Any) -> Any:
    if value is None:
        return None
    try:
        if pd.isna(value):
            return None
    except (TypeError, ValueError):
        pass
    if isinstance(value, list | dict):
        return json.dumps(value, ensure_ascii=False)
    return value


def write_table(df: pd.DataFrame, path: str | Path) -> Path:
    """Write one DataFrame as an export of the format named by `path`'s extension."""
    writer = TableWriter(path)
    writer.write(df)
    writer.close()
    return Path(path)
