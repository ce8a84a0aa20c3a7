"""Trends of a tagged export: labels by month, district and office, misconduct rates, review queue.

Every function takes the DataFrame that `tag_dataframe` returns (or a tagged file read with
`read_table`) and gives back tidy DataFrames, ready to plot or to write out.

>>> summary = summarize(read_table("data/samples/feedback_export.tagged.csv"))  # doctest: +SKIP
>>> summary.office_ranking.head(3)                                              # doctest: +SKIP
"""

from __future__ import annotations

import datetime as dt
import math
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from complaint_nlp.errors import InputError
from complaint_nlp.io import column_key, find_text_column, given_column
from complaint_nlp.text import fold_accents

LABEL_ORDER = ("bureaucracy", "harassment", "delay", "attitude", "negligence", "praise", "other")
NOT_MISCONDUCT = ("praise", "other")
NO_LABEL = "(none)"
NO_VALUE = "(không rõ)"
Z95 = 1.959963984540054
TAGGED_COLUMNS = ("pred_label", "pred_labels", "pred_confidence", "pred_needs_review")
EVIDENCE_COLUMN = "pred_evidence"

# Column names people give these fields, accent-folded and lower-cased; earlier names win.
COLUMN_NAMES: dict[str, tuple[str, ...]] = {
    "date": (
        "ngay tiep nhan",
        "ngay nhan",
        "ngay phan anh",
        "ngay gui",
        "ngay tao",
        "thoi gian tiep nhan",
        "thoi gian",
        "ngay",
        "date",
        "received",
        "received date",
        "date received",
        "received at",
        "created",
        "created at",
        "timestamp",
    ),
    "office": (
        "co quan",
        "don vi",
        "co quan xu ly",
        "don vi xu ly",
        "co quan bi phan anh",
        "don vi bi phan anh",
        "co quan tiep nhan",
        "don vi tiep nhan",
        "office",
        "agency",
        "department",
        "unit",
    ),
    "id": ("ma phan anh", "ma pa", "ma ho so", "ma", "so phan anh", "id", "stt", "so thu tu"),
    "district": (
        "quan huyen",
        "quan huyen thi xa",
        "quan",
        "huyen",
        "district",
        "dia ban",
    ),
}
# Words that mark a column as a candidate when no name matches exactly.
LOOSE_WORDS: dict[str, tuple[str, ...]] = {
    "date": ("ngay", "date", "received", "thoi gian"),
    "office": ("co quan", "don vi", "office", "agency"),
    "district": ("quan", "huyen", "district"),
    "id": ("ma", "id"),
}
OPTION_NAMES = {
    "date": "--date-column",
    "office": "--group-column",
    "district": "--district-column",
    "id": "--id-column",
}


def find_column(columns: Sequence[object], role: str, *, given: str | None = None) -> str:
    """The `date`, `office`, `district` or `id` column: `given`, else the one with a common name.

    Names match without accents or case: `Ngày tiếp nhận`, `ngay_nhan`, `Received date`.

    >>> find_column(["Mã", "Ngày tiếp nhận", "Cơ quan", "Quận/Huyện"], "district")
    'Quận/Huyện'
    """
    names = [str(c) for c in columns]
    if given is not None:
        return given_column(names, given, what=f"{role} column")
    candidates = [c for c in names if not c.startswith("pred_")]
    keys = {c: column_key(c) for c in candidates}
    for wanted in COLUMN_NAMES[role]:
        exact = [c for c in candidates if keys[c] == wanted]
        if exact:
            return exact[0]
    loose = [
        c
        for c in candidates
        if any(f" {w} " in f" {keys[c]} " for w in LOOSE_WORDS[role])
        # "cơ quan" holds the word "quan" (district) but names an office
        and not (role == "district" and "co quan" in keys[c])
    ]
    if len(loose) == 1:
        return loose[0]
    option = OPTION_NAMES[role]
    if loose:
        raise InputError(f"several {role} columns ({', '.join(loose)}); name one with {option}")
    raise InputError(
        f"no {role} column found; columns are: {', '.join(names)}; name one with {option}"
    )


# ---- dates ----------------------------------------------------------------------

_YMD = re.compile(r"(?<!\d)(\d{4})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{1,2})(?!\d)")
_DMY = re.compile(r"(?<!\d)(\d{1,2})\s*[/.\-]\s*(\d{1,2})\s*[/.\-]\s*(\d{4}|\d{2})(?!\d)")
_WORDS = re.compile(r"(?<!\d)(\d{1,2})\s*(?:thang|thg)\s*(\d{1,2})\s*(?:nam|,|/)?\s*(\d{4})(?!\d)")
_MONTH_ONLY = re.compile(r"^(?:thang\s*)?(\d{1,2})\s*[/.\-]\s*(\d{4})$")
_SERIAL = re.compile(r"^\d{5}(?:\.\d+)?$")
EXCEL_EPOCH = pd.Timestamp("1899-12-30")


@dataclass
class ParsedDates:
    """Dates parsed from a column: `NaT` where the cell was empty or could not be read."""

    dates: pd.Series
    missing: int = 0
    unparseable: int = 0
    examples: list[str] = field(default_factory=list)


def _is_empty(value: object) -> bool:
    if isinstance(value, str):
        return not value.strip()
    try:
        return bool(pd.isna(value))
    except (TypeError, ValueError):  # lists and other containers
        return False


def _make(year: int, month: int, day: int) -> pd.Timestamp | None:
    if year < 100:
        year += 2000
    if not 1900 <= year <= 2200:
        return None
    try:
        return pd.Timestamp(dt.date(year, month, day))
    except ValueError:
        return None


def parse_date(value: object) -> pd.Timestamp | None:
    """One cell as a date, day first as Vietnamese offices write it; None when unreadable.

    Reads `05/03/2025`, `5-3-25`, `05.03.2025 14:30`, `2025-03-05`, `ngày 5 tháng 3 năm 2025`,
    `tháng 3/2025` (the 1st), Excel serial numbers and date objects.

    >>> parse_date("Thứ Tư, 05/03/2025 14:30"), parse_date("31/02/2025")
    (Timestamp('2025-03-05 00:00:00'), None)
    """
    if isinstance(value, pd.Timestamp):
        return None if pd.isna(value) else value.normalize().tz_localize(None)
    if isinstance(value, dt.datetime | dt.date | np.datetime64):
        return pd.Timestamp(value).normalize().tz_localize(None)
    if isinstance(value, int | float | np.integer | np.floating) and not isinstance(value, bool):
        value = str(value)
    if not isinstance(value, str):
        return None
    text = fold_accents(unicodedata.normalize("NFC", value)).lower().strip()
    if _SERIAL.match(text) and 20_000 <= float(text) <= 80_000:
        return EXCEL_EPOCH + pd.Timedelta(days=int(float(text)))
    if m := _YMD.search(text):
        return _make(int(m[1]), int(m[2]), int(m[3]))
    if m := _DMY.search(text):
        return _make(int(m[3]), int(m[2]), int(m[1]))
    if m := _WORDS.search(text):
        return _make(int(m[3]), int(m[2]), int(m[1]))
    if m := _MONTH_ONLY.match(text):
        return _make(int(m[2]), int(m[1]), 1)
    return None


def parse_dates(values: Iterable[object], *, n_examples: int = 5) -> ParsedDates:
    """Parse a date column; empty and unreadable cells are counted, with a few examples.

    >>> parsed = parse_dates(["05/03/2025", "2025-03-06", "ngày 7 tháng 3 năm 2025", "hôm qua", ""])
    >>> parsed.dates.dt.day.tolist()[:3], parsed.missing, parsed.unparseable, parsed.examples
    ([5.0, 6.0, 7.0], 1, 1, ['hôm qua'])
    """
    values = list(values)
    cache: dict[object, pd.Timestamp | None] = {}
    out: list[pd.Timestamp | None] = []
    missing = 0
    bad: dict[str, None] = {}
    bad_count = 0
    for v in values:
        if _is_empty(v):
            missing += 1
            out.append(None)
            continue
        try:
            parsed = cache[v] if v in cache else cache.setdefault(v, parse_date(v))
        except TypeError:  # unhashable cell
            parsed = parse_date(v)
        if parsed is None:
            bad_count += 1
            bad.setdefault(str(v), None)
        out.append(parsed)
    dates = pd.Series(pd.to_datetime(out), dtype="datetime64[ns]")
    return ParsedDates(
        dates=dates, missing=missing, unparseable=bad_count, examples=list(bad)[:n_examples]
    )


# ---- rates ----------------------------------------------------------------------


def wilson_interval(k: int, n: int, *, z: float = Z95) -> tuple[float, float]:
    """Wilson score interval of a proportion k/n (95% by default); (0, 1) when n is 0.

    >>> [round(x, 3) for x in wilson_interval(3, 3)]
    [0.439, 1.0]
    """
    if n <= 0:
        return (0.0, 1.0)
    p = k / n
    denom = 1 + z * z / n
    centre = (p + z * z / (2 * n)) / denom
    half = z * math.sqrt(p * (1 - p) / n + z * z / (4 * n * n)) / denom
    return (max(0.0, centre - half), min(1.0, centre + half))


# ---- the tagged frame -----------------------------------------------------------


def _as_bool(values: pd.Series) -> pd.Series:
    if values.dtype == bool:
        return values
    text = values.astype(str).str.strip().str.lower()
    return text.isin(("true", "1", "yes", "1.0"))


def _clean_group(values: pd.Series) -> pd.Series:
    text = values.map(lambda v: "" if _is_empty(v) else " ".join(str(v).split()))
    return text.where(text != "", NO_VALUE)


def label_order(labels: Iterable[str]) -> list[str]:
    """Labels in the guide's order (misconduct first, then praise, other), unknown ones after.

    >>> label_order(["other", "delay", "zzz", "praise"])
    ['delay', 'praise', 'other', 'zzz']
    """
    present = {lab for lab in labels if lab and lab != NO_LABEL}
    return [lab for lab in LABEL_ORDER if lab in present] + sorted(present - set(LABEL_ORDER))


def _split(value: object) -> list[str]:
    if _is_empty(value):
        return []
    return [p.strip() for p in str(value).split(";") if p.strip()]


def check_tagged(df: pd.DataFrame) -> None:
    """Refuse a frame without the `pred_*` columns that `complaint-nlp tag` adds."""
    missing = [c for c in TAGGED_COLUMNS if c not in df.columns]
    if missing:
        raise InputError(
            f"not a tagged export: no column {missing[0]!r}; columns are: "
            f"{', '.join(map(str, df.columns))}; run complaint-nlp tag first"
        )


def _frame(df: pd.DataFrame, *, dates: pd.Series | None = None) -> pd.DataFrame:
    """The prediction columns the tables need, parsed, one row per input row."""
    check_tagged(df)
    label = df["pred_label"].map(lambda v: "" if _is_empty(v) else str(v).strip())
    labels = df["pred_labels"].map(_split)
    work = pd.DataFrame(
        {
            "label": label.where(label != "", NO_LABEL).to_numpy(),
            "labelled": (label != "").to_numpy(),
            "misconduct": [
                any(lab and lab not in NOT_MISCONDUCT for lab in (labs or [primary]))
                for labs, primary in zip(labels, label, strict=True)
            ],
            "confidence": pd.to_numeric(df["pred_confidence"], errors="coerce").to_numpy(),
            "needs_review": _as_bool(df["pred_needs_review"]).to_numpy(),
        },
        index=df.index,
    )
    if dates is not None:
        work["date"] = dates.to_numpy()
        work["month"] = work["date"].dt.to_period("M").dt.to_timestamp()
    return work


def _shares(counts: pd.DataFrame, by: str) -> pd.DataFrame:
    totals = counts.groupby(by, sort=False)["count"].transform("sum")
    counts["share"] = (counts["count"] / totals.where(totals > 0)).fillna(0.0)
    return counts


def _count_grid(work: pd.DataFrame, by: str, groups: Sequence[object]) -> pd.DataFrame:
    labelled = work[work["labelled"]]
    labels = label_order(labelled["label"])
    counts = labelled.groupby([by, "label"]).size()
    index = pd.MultiIndex.from_product([list(groups), labels], names=[by, "label"])
    out = counts.reindex(index, fill_value=0).rename("count").reset_index()
    out["count"] = out["count"].astype(int)
    return _shares(out, by)


def counts_by_month(df: pd.DataFrame, *, dates: pd.Series) -> pd.DataFrame:
    """Rows per primary label and month (`month`, `label`, `count`, `share`), months without
    rows included; rows with no date or no label are left out (`summarize` counts them).

    >>> counts_by_month(tagged, dates=parse_dates(tagged["Ngày tiếp nhận"]).dates)  # doctest: +SKIP
    """
    work = _frame(df, dates=dates)
    dated = work[work["month"].notna()]
    if dated.empty:
        return pd.DataFrame(
            {"month": pd.Series(dtype="datetime64[ns]"), "label": [], "count": [], "share": []}
        )
    months = pd.date_range(dated["month"].min(), dated["month"].max(), freq="MS")
    return _count_grid(dated, "month", months)


def counts_by_group(df: pd.DataFrame, column: str, *, name: str = "group") -> pd.DataFrame:
    """Rows per primary label in each value of `column` (`<name>`, `label`, `count`, `share`),
    largest groups first; empty values are grouped as "(không rõ)".

    >>> counts_by_group(tagged, "Cơ quan", name="office")  # doctest: +SKIP
    """
    work = _frame(df).assign(**{name: _clean_group(df[column]).to_numpy()})
    sizes = work[work["labelled"]].groupby(name).size()
    groups = sorted(sizes.index, key=lambda g: (-sizes[g], g))
    return _count_grid(work, name, groups)


def misconduct_ranking(df: pd.DataFrame, column: str, *, name: str = "office") -> pd.DataFrame:
    """Offices ranked by misconduct rate (any label but praise/other) with a Wilson 95% interval.

    Ranked by the interval's lower bound, so an office with 3 of 3 complaints (low 0.44) does
    not outrank one with 38 of 40 (low 0.83). Columns: `rank`, `<name>`, `n` (labelled rows),
    `misconduct`, `rate`, `low`, `high`.
    """
    work = _frame(df).assign(**{name: _clean_group(df[column]).to_numpy()})
    work = work[work["labelled"]]
    grouped = work.groupby(name)["misconduct"].agg(n="size", misconduct="sum").reset_index()
    grouped["misconduct"] = grouped["misconduct"].astype(int)
    grouped["rate"] = grouped["misconduct"] / grouped["n"]
    bounds = [
        wilson_interval(k, n) for k, n in zip(grouped["misconduct"], grouped["n"], strict=True)
    ]
    grouped["low"] = [b[0] for b in bounds]
    grouped["high"] = [b[1] for b in bounds]
    grouped = grouped.sort_values(
        ["low", "n", name], ascending=[False, False, True], kind="stable"
    ).reset_index(drop=True)
    grouped.insert(0, "rank", range(1, len(grouped) + 1))
    return grouped


def month_over_month(by_month: pd.DataFrame) -> pd.DataFrame:
    """Change per label from one month to the next, from a `counts_by_month` table.

    Columns: `month`, `label`, `count`, `previous`, `change`, `change_pct` (NaN when the previous
    month had none), `share`, `share_change` (in share points); the first month has no row.
    """
    columns = ["month", "label", "count", "previous", "change", "change_pct", "share"]
    if by_month.empty:
        return pd.DataFrame(columns=[*columns, "share_change"])
    # by_month is ordered by month, then label: shifting within a label steps back one month
    table = by_month.copy()
    grouped = table.groupby("label", sort=False)
    table["previous"] = grouped["count"].shift(1)
    table["share_change"] = table["share"] - grouped["share"].shift(1)
    table = table[table["previous"].notna()].copy()
    table["previous"] = table["previous"].astype(int)
    table["change"] = table["count"] - table["previous"]
    table["change_pct"] = table["change"] / table["previous"].where(table["previous"] > 0)
    return table[[*columns, "share_change"]].reset_index(drop=True)


def review_queue(
    df: pd.DataFrame, *, by: str = "label", dates: pd.Series | None = None
) -> pd.DataFrame:
    """Rows needing review per primary label (`by="label"`) or per month (`by="month"`).

    Columns: `label` or `month`, `rows`, `needs_review`, `share`; rows without a label count
    under "(none)".
    """
    work = _frame(df, dates=dates)
    if by == "month":
        if dates is None:
            raise ValueError("review_queue(by='month') needs dates")
        work = work[work["month"].notna()]
    table = work.groupby(by)["needs_review"].agg(rows="size", needs_review="sum").reset_index()
    table["needs_review"] = table["needs_review"].astype(int)
    table["share"] = table["needs_review"] / table["rows"]
    if by == "label":
        order = [*label_order(table["label"]), NO_LABEL]
        table = table.set_index("label").reindex([o for o in order if o in set(table["label"])])
        table = table.reset_index()
    return table


def top_evidence(df: pd.DataFrame, *, n: int = 10) -> pd.DataFrame:
    """The `n` evidence phrases seen most often per primary label (`label`, `phrase`, `count`);
    empty when the export was tagged without `--explain`."""
    columns = ["label", "phrase", "count"]
    if EVIDENCE_COLUMN not in df.columns:
        return pd.DataFrame(columns=columns)
    work = _frame(df)
    phrases = df[EVIDENCE_COLUMN].map(
        lambda v: (
            []
            if _is_empty(v)
            else [unicodedata.normalize("NFC", p.strip().lower()) for p in str(v).split(";")]
        )
    )
    exploded = (
        pd.DataFrame({"label": work["label"].to_numpy(), "phrase": phrases.to_numpy()})
        .explode("phrase")
        .dropna()
    )
    exploded = exploded[(exploded["phrase"] != "") & (exploded["label"] != NO_LABEL)]
    if exploded.empty:
        return pd.DataFrame(columns=columns)
    counts = exploded.groupby(["label", "phrase"]).size().rename("count").reset_index()
    order = {lab: i for i, lab in enumerate(label_order(counts["label"]))}
    counts = counts.assign(_order=counts["label"].map(order)).sort_values(
        ["_order", "count", "phrase"], ascending=[True, False, True]
    )
    return counts.groupby("label", sort=False).head(n)[columns].reset_index(drop=True)


def examples(
    df: pd.DataFrame,
    *,
    text_column: str | None = None,
    n: int = 3,
    extra_columns: Sequence[str] = (),
) -> pd.DataFrame:
    """The `n` clearest complaints per primary label: not flagged for review, most confident
    first, one per distinct text. Columns: `label`, `text`, `confidence`, `row`, then
    `extra_columns` (e.g. the office and date columns)."""
    column = find_text_column(list(df.columns), given=text_column)
    work = _frame(df).assign(text=df[column].to_numpy(), row=df.index.to_numpy())
    for c in extra_columns:
        work[c] = df[c].to_numpy()
    work = work[work["labelled"]].assign(_sure=~work["needs_review"])
    work = work.sort_values(["_sure", "confidence"], ascending=False, kind="stable")
    work = work.drop_duplicates(["label", "text"])
    picked = work.groupby("label", sort=False).head(n)
    order = {lab: i for i, lab in enumerate(label_order(picked["label"]))}
    picked = picked.assign(_order=picked["label"].map(order)).sort_values(
        ["_order", "confidence"], ascending=[True, False], kind="stable"
    )
    return picked[["label", "text", "confidence", "row", *extra_columns]].reset_index(drop=True)


def review_rows(
    df: pd.DataFrame, *, text_column: str | None = None, extra_columns: Sequence[str] = ()
) -> pd.DataFrame:
    """The rows flagged `pred_needs_review`, least confident first: `row`, `text`, `pred_label`,
    `pred_labels`, `confidence`, then `extra_columns`."""
    column = find_text_column(list(df.columns), given=text_column)
    work = _frame(df)
    mask = work["needs_review"].to_numpy()
    flagged = df[mask]
    out = pd.DataFrame(
        {
            "row": flagged.index.to_numpy(),
            "text": flagged[column].to_numpy(),
            "pred_label": flagged["pred_label"].to_numpy(),
            "pred_labels": flagged["pred_labels"].to_numpy(),
            "confidence": work["confidence"].to_numpy()[mask],
        }
    )
    for c in extra_columns:
        out[c] = flagged[c].to_numpy()
    # rows with no text go last: there is nothing in them to read
    out = out.assign(_empty=flagged["pred_label"].map(_is_empty).to_numpy())
    out = out.sort_values(["_empty", "confidence"], kind="stable").drop(columns="_empty")
    return out.reset_index(drop=True)


# ---- everything at once ---------------------------------------------------------


@dataclass
class TrendSummary:
    """All the trend tables of one tagged export, plus what could not be used."""

    rows: int
    labelled: int
    misconduct: int
    needs_review: int
    date_column: str
    office_column: str
    district_column: str
    text_column: str
    id_column: str | None
    missing_dates: int
    unparseable_dates: int
    unparseable_examples: list[str]
    first_date: pd.Timestamp | None
    last_date: pd.Timestamp | None
    labels: list[str]
    label_counts: pd.DataFrame
    by_month: pd.DataFrame
    by_district: pd.DataFrame
    by_office: pd.DataFrame
    office_ranking: pd.DataFrame
    month_over_month: pd.DataFrame
    review_by_label: pd.DataFrame
    review_by_month: pd.DataFrame
    top_evidence: pd.DataFrame
    examples: pd.DataFrame
    review_rows: pd.DataFrame

    @property
    def misconduct_share(self) -> float:
        """Share of labelled rows with a misconduct label."""
        return self.misconduct / self.labelled if self.labelled else 0.0

    @property
    def review_share(self) -> float:
        """Share of all rows flagged for review."""
        return self.needs_review / self.rows if self.rows else 0.0


def summarize(
    df: pd.DataFrame,
    *,
    date_column: str | None = None,
    office_column: str | None = None,
    district_column: str | None = None,
    text_column: str | None = None,
    n_examples: int = 3,
    n_evidence: int = 10,
) -> TrendSummary:
    """Every trend table of a tagged export; columns are detected unless named.

    >>> s = summarize(tag_dataframe(read_table("data/samples/feedback_export.csv")))  # doctest: +SKIP
    >>> s.unparseable_dates, s.office_ranking.iloc[0]["office"]                      # doctest: +SKIP
    """
    check_tagged(df)
    columns = list(df.columns)
    problems = []
    found: dict[str, str] = {}
    for role, given in (
        ("date", date_column),
        ("office", office_column),
        ("district", district_column),
    ):
        try:
            found[role] = find_column(columns, role, given=given)
        except InputError as exc:
            problems.append(str(exc))
    if problems:
        raise InputError("; ".join(problems))
    text = find_text_column(columns, given=text_column)
    try:
        id_column: str | None = find_column(columns, "id")
    except InputError:
        id_column = None
    parsed = parse_dates(df[found["date"]])
    dates = parsed.dates.set_axis(df.index)
    work = _frame(df, dates=dates)
    by_month = counts_by_month(df, dates=dates)
    extra = [c for c in (id_column, found["office"], found["date"]) if c is not None]
    labelled = work[work["labelled"]]
    label_counts = labelled.groupby("label").size().rename("count")
    label_counts = label_counts.reindex(label_order(labelled["label"])).reset_index()
    label_counts["share"] = label_counts["count"] / max(len(labelled), 1)
    dated = work["date"].dropna()
    return TrendSummary(
        rows=len(df),
        labelled=int(work["labelled"].sum()),
        misconduct=int(labelled["misconduct"].sum()),
        needs_review=int(work["needs_review"].sum()),
        date_column=found["date"],
        office_column=found["office"],
        district_column=found["district"],
        text_column=text,
        id_column=id_column,
        missing_dates=parsed.missing,
        unparseable_dates=parsed.unparseable,
        unparseable_examples=parsed.examples,
        first_date=dated.min() if len(dated) else None,
        last_date=dated.max() if len(dated) else None,
        labels=label_order(labelled["label"]),
        label_counts=label_counts,
        by_month=by_month,
        by_district=counts_by_group(df, found["district"], name="district"),
        by_office=counts_by_group(df, found["office"], name="office"),
        office_ranking=misconduct_ranking(df, found["office"], name="office"),
        month_over_month=month_over_month(by_month),
        review_by_label=review_queue(df, by="label"),
        review_by_month=review_queue(df, by="month", dates=dates),
        top_evidence=top_evidence(df, n=n_evidence),
        examples=examples(df, text_column=text, n=n_examples, extra_columns=extra),
        review_rows=review_rows(df, text_column=text, extra_columns=extra),
    )
