"""A self-contained HTML report of a tagged export, in Vietnamese, for the offices that read it.

One file: charts are PNG images inside the page, the style sheet is inline, there is no
script and no link to anything outside, so it opens offline and can be sent by e-mail.

>>> write_report("data/samples/feedback_export.tagged.csv", "report.html")  # doctest: +SKIP
PosixPath('report.html')
"""

from __future__ import annotations

import base64
import datetime as dt
import html
import io
from pathlib import Path
from typing import TYPE_CHECKING, Any

import pandas as pd

from complaint_nlp.errors import InputError
from complaint_nlp.io import read_table
from complaint_nlp.pii import redact as redact_text
from complaint_nlp.trends import NO_LABEL, NOT_MISCONDUCT, TrendSummary, summarize

if TYPE_CHECKING:
    from matplotlib.axes import Axes
    from matplotlib.figure import Figure

TITLE = "Báo cáo phản ánh, kiến nghị về cán bộ, cơ quan hành chính"
LABEL_NAMES = {
    "bureaucracy": "Quan liêu, thủ tục rườm rà",
    "harassment": "Nhũng nhiễu, gây phiền hà, tiêu cực",
    "delay": "Chậm trễ, trễ hẹn",
    "attitude": "Thái độ hách dịch, thiếu văn minh",
    "negligence": "Thiếu trách nhiệm, vi phạm kỷ luật công vụ",
    "praise": "Khen ngợi",
    "other": "Không phải sai phạm công vụ",
    NO_LABEL: "Không đọc được (nội dung trống)",
}
SHORT_NAMES = {
    "bureaucracy": "Quan liêu",
    "harassment": "Nhũng nhiễu",
    "delay": "Chậm trễ",
    "attitude": "Thái độ",
    "negligence": "Thiếu trách nhiệm",
    "praise": "Khen ngợi",
    "other": "Khác",
    NO_LABEL: "Nội dung trống",
}
COLORS = {
    "bureaucracy": "#1f77b4",
    "harassment": "#d62728",
    "delay": "#ff7f0e",
    "attitude": "#9467bd",
    "negligence": "#8c564b",
    "praise": "#2ca02c",
    "other": "#7f7f7f",
    NO_LABEL: "#bcbd22",
}
SPARE_COLORS = ("#17becf", "#e377c2", "#393b7f", "#637939", "#8c6d31")
MAX_OFFICES = 25
MAX_REVIEW_ROWS = 200
MAX_TEXT = 600


def label_color(label: str, labels: list[str] | None = None) -> str:
    """The colour of a label in every chart; labels outside the guide get spare colours."""
    if label in COLORS:
        return COLORS[label]
    others = [lab for lab in (labels or []) if lab not in COLORS]
    index = others.index(label) if label in others else len(label)
    return SPARE_COLORS[index % len(SPARE_COLORS)]


def _legend_name(label: str) -> str:
    if label == NO_LABEL:
        return SHORT_NAMES[NO_LABEL]
    return f"{label} ({SHORT_NAMES[label]})" if label in SHORT_NAMES else label


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def new_figure(width: float, height: float) -> Figure:
    """A matplotlib Figure drawn by the Agg canvas, outside pyplot (no global state touched)."""
    from matplotlib.backends.backend_agg import FigureCanvasAgg
    from matplotlib.figure import Figure

    fig = Figure(figsize=(width, height), layout="constrained")
    FigureCanvasAgg(fig)
    return fig


def _single(width: float, height: float) -> tuple[Figure, Axes]:
    fig = new_figure(width, height)
    return fig, fig.add_subplot()


def _no_data(fig: Figure, message: str) -> Figure:
    for ax in fig.axes:
        ax.set_axis_off()
    fig.text(0.5, 0.5, message, ha="center", va="center", color="#555")
    return fig


# ---- charts ---------------------------------------------------------------------


def plot_monthly_trend(summary: TrendSummary, *, columns: int = 4) -> Figure:
    """Line charts of complaints per month, one small panel per label on a shared scale."""
    table = summary.by_month
    labels = summary.labels
    rows = max(1, -(-len(labels) // columns))
    fig = new_figure(11, 0.4 + 2.3 * rows)
    if table.empty or not labels:
        fig.add_subplot()
        return _no_data(fig, "Không có ngày tiếp nhận đọc được")
    months = sorted(table["month"].unique())
    names = [pd.Timestamp(m).strftime("%m/%y") for m in months]
    step = max(1, -(-len(months) // 5))
    axes = fig.subplots(rows, columns, sharex=True, sharey=True, squeeze=False).ravel()
    top = table["count"].max()
    for ax, label in zip(axes, labels, strict=False):
        counts = table[table["label"] == label].set_index("month")["count"].reindex(months)
        color = label_color(label, labels)
        x = range(len(months))
        ax.plot(x, counts.fillna(0).to_numpy(), marker="o", markersize=3, linewidth=2, color=color)
        ax.fill_between(x, counts.fillna(0).to_numpy(), color=color, alpha=0.12)
        ax.set_title(_legend_name(label), color=color, fontsize=10, loc="left")
        ax.set_ylim(0, top * 1.15 + 0.5)
        ax.set_xticks(list(x)[::step])
        ax.set_xticklabels(names[::step], fontsize=8)
        ax.tick_params(axis="y", labelsize=8)
        ax.grid(axis="y", alpha=0.3)
        ax.spines[["top", "right"]].set_visible(False)
    for ax in axes[len(labels) :]:
        ax.set_axis_off()
    for ax in axes[max(0, len(labels) - columns) : len(labels)]:
        # the last panel of a column shows the months, even when the row below is short
        ax.xaxis.set_tick_params(labelbottom=True)
    fig.supylabel("Số phản ánh / tháng", fontsize=9)
    return fig


def plot_office_heatmap(summary: TrendSummary, *, max_offices: int = MAX_OFFICES) -> Figure:
    """Heatmap: share of each label within each office (the offices with most complaints),
    with the count written in each cell."""
    table = summary.by_office
    offices = list(dict.fromkeys(table["office"]))[:max_offices]
    fig, ax = _single(11, 1.6 + 0.36 * max(len(offices), 3))
    if table.empty:
        return _no_data(fig, "Không có dữ liệu")
    labels = summary.labels
    shares = table.pivot(index="office", columns="label", values="share").reindex(
        index=offices, columns=labels
    )
    counts = table.pivot(index="office", columns="label", values="count").reindex(
        index=offices, columns=labels
    )
    import numpy as np

    values = shares.to_numpy(dtype=float)
    # praise and other in grey, so the eye goes to the misconduct columns
    calm = np.array([lab in NOT_MISCONDUCT for lab in labels])
    top = max(0.3, float(np.nanmax(values[:, ~calm], initial=0.0)))
    image = ax.imshow(
        np.ma.masked_where(np.broadcast_to(calm, values.shape), values),
        cmap="YlOrRd",
        vmin=0,
        vmax=top,
    )
    ax.imshow(
        np.ma.masked_where(np.broadcast_to(~calm, values.shape), values),
        cmap="Greys",
        vmin=0,
        vmax=1.6,
    )
    for i in range(len(offices)):
        for j in range(len(labels)):
            dark = values[i, j] > (1.0 if calm[j] else 0.6 * top)
            ax.text(
                j,
                i,
                f"{counts.iat[i, j]}",
                ha="center",
                va="center",
                fontsize=8,
                color="white" if dark else "#222",
            )
    ax.set_xticks(range(len(labels)))
    ax.xaxis.tick_top()
    ax.set_xticklabels(
        [_legend_name(lab) for lab in labels], rotation=25, ha="left", rotation_mode="anchor"
    )
    totals = table.groupby("office")["count"].sum()
    ax.set_yticks(range(len(offices)))
    ax.set_yticklabels([f"{_short(o, 45)} (n={totals[o]})" for o in offices], fontsize=9)
    ax.set_aspect("auto")
    colorbar = fig.colorbar(
        image, ax=ax, fraction=0.03, pad=0.01, shrink=min(1.0, 8 / len(offices))
    )
    colorbar.set_label("Tỷ lệ trong cơ quan")
    colorbar.ax.yaxis.set_major_formatter(_percent())
    return fig


def _percent() -> Any:
    from matplotlib.ticker import PercentFormatter

    return PercentFormatter(xmax=1.0, decimals=0)


def plot_office_ranking(summary: TrendSummary, *, max_offices: int = 20) -> Figure:
    """Offices by misconduct rate with Wilson 95% intervals, ranked by the lower bound."""
    ranking = summary.office_ranking.head(max_offices)
    fig, ax = _single(11, 1.2 + 0.36 * max(len(ranking), 3))
    if ranking.empty:
        return _no_data(fig, "Không có dữ liệu")
    y = list(range(len(ranking)))
    rate = ranking["rate"].to_numpy()
    errors = [rate - ranking["low"].to_numpy(), ranking["high"].to_numpy() - rate]
    ax.errorbar(
        rate, y, xerr=errors, fmt="o", color="#b2182b", ecolor="#999", elinewidth=3, capsize=0
    )
    overall = summary.misconduct_share
    ax.axvline(overall, color="#555", linestyle=":", linewidth=1)
    ax.text(
        overall,
        1.0,
        f" chung {overall:.0%}",
        color="#555",
        fontsize=8,
        va="bottom",
        transform=ax.get_xaxis_transform(),
    )
    ax.set_yticks(y)
    ax.set_yticklabels(
        [f"{r.rank}. {_short(r.office, 45)} (n={r.n})" for r in ranking.itertuples()], fontsize=9
    )
    ax.set_ylim(len(ranking) - 0.5, -0.5)
    ax.set_xlim(0, 1.02)
    ax.set_xticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.xaxis.set_major_formatter(_percent())
    ax.set_xlabel("Tỷ lệ phản ánh có dấu hiệu sai phạm (khoảng tin cậy 95%)")
    ax.grid(axis="x", alpha=0.3)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_review_share(summary: TrendSummary) -> Figure:
    """Bars: share of rows flagged for review per label, with the overall share."""
    table = summary.review_by_label
    fig, ax = _single(11, 1.2 + 0.36 * max(len(table), 3))
    if table.empty:
        return _no_data(fig, "Không có dữ liệu")
    y = list(range(len(table)))
    colors = [label_color(lab, summary.labels) for lab in table["label"]]
    ax.axvline(summary.review_share, color="#555", linestyle=":", linewidth=1, zorder=0)
    ax.barh(y, table["share"], color=colors, zorder=2)
    for i, r in enumerate(table.itertuples()):
        ax.text(
            r.share + 0.01,
            i,
            f"{r.share:.0%} ({r.needs_review}/{r.rows})",
            va="center",
            fontsize=8,
            zorder=3,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1},
        )
    ax.set_yticks(y)
    ax.set_yticklabels([_legend_name(lab) for lab in table["label"]], fontsize=9)
    ax.invert_yaxis()
    ax.set_xlim(0, 1.15)
    ax.set_xticks([0, 0.2, 0.4, 0.6, 0.8, 1.0])
    ax.xaxis.set_major_formatter(_percent())
    ax.set_xlabel(f"Tỷ lệ cần xem lại (đường chấm: chung {summary.review_share:.0%})")
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def plot_district_breakdown(summary: TrendSummary, *, max_districts: int = MAX_OFFICES) -> Figure:
    """Stacked bars: the mix of labels in each district."""
    table = summary.by_district
    districts = list(dict.fromkeys(table["district"]))[:max_districts]
    fig, ax = _single(11, 1.2 + 0.36 * max(len(districts), 3))
    if table.empty:
        return _no_data(fig, "Không có dữ liệu")
    shares = table.pivot(index="district", columns="label", values="share").reindex(
        index=districts, columns=summary.labels
    )
    totals = table.groupby("district")["count"].sum()
    left = [0.0] * len(districts)
    for label in summary.labels:
        values = shares[label].fillna(0).to_numpy()
        ax.barh(
            range(len(districts)),
            values,
            left=left,
            color=label_color(label, summary.labels),
            label=_legend_name(label),
        )
        left = [a + b for a, b in zip(left, values, strict=True)]
    ax.set_yticks(range(len(districts)))
    ax.set_yticklabels([f"{_short(d, 35)} (n={totals[d]})" for d in districts], fontsize=9)
    ax.invert_yaxis()
    ax.set_xlim(0, 1)
    ax.xaxis.set_major_formatter(_percent())
    ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), frameon=False, fontsize=9)
    ax.spines[["top", "right"]].set_visible(False)
    return fig


def _png(fig: Figure) -> str:
    buffer = io.BytesIO()
    fig.savefig(buffer, format="png", dpi=100)
    return base64.b64encode(buffer.getvalue()).decode("ascii")


# ---- HTML -----------------------------------------------------------------------

CSS = """
* { box-sizing: border-box; }
body { font-family: "Segoe UI", Roboto, "Noto Sans", "DejaVu Sans", Arial, sans-serif;
       margin: 0; background: #f4f5f7; color: #1d2330; line-height: 1.45; }
main { max-width: 1180px; margin: 0 auto; padding: 24px 28px 48px; background: #fff; }
h1 { font-size: 1.7rem; margin: 0 0 4px; }
h2 { font-size: 1.3rem; margin: 36px 0 10px; padding-bottom: 4px; border-bottom: 2px solid #e3e6eb; }
h3 { font-size: 1.05rem; margin: 20px 0 6px; }
.meta, .note { color: #5b6375; font-size: 0.9rem; }
.warn { background: #fff4e5; border-left: 4px solid #f0a030; padding: 8px 12px; font-size: 0.92rem; }
.cards { display: grid; grid-template-columns: repeat(auto-fit, minmax(165px, 1fr)); gap: 12px; margin: 16px 0; }
.card { border: 1px solid #e3e6eb; border-radius: 8px; padding: 12px 14px; background: #fafbfc; }
.card .value { font-size: 1.55rem; font-weight: 600; }
.card .value.small { font-size: 1.05rem; padding-top: 6px; }
.card .label { font-size: 0.85rem; color: #5b6375; }
figure { margin: 12px 0; }
figure img { max-width: 100%; height: auto; display: block; }
figcaption { color: #5b6375; font-size: 0.88rem; margin-top: 4px; }
table { border-collapse: collapse; width: 100%; font-size: 0.9rem; margin: 8px 0 16px; }
th, td { border-bottom: 1px solid #e3e6eb; padding: 5px 8px; text-align: left; vertical-align: top; }
th { background: #f0f2f5; font-weight: 600; }
td.num, th.num { text-align: right; white-space: nowrap; }
tr:nth-child(even) td { background: #fafbfc; }
code, .label-id { font-family: "DejaVu Sans Mono", Consolas, monospace; font-size: 0.85em;
                  background: #eef0f3; padding: 1px 5px; border-radius: 4px; }
.swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 6px; }
blockquote { margin: 6px 0 10px; padding: 6px 12px; border-left: 3px solid #cfd4dc; background: #fafbfc; }
blockquote .who { display: block; color: #5b6375; font-size: 0.82rem; margin-top: 4px; }
.up { color: #b2182b; } .down { color: #1a7a3a; }
table { table-layout: auto; }
td.text { width: 58%; overflow-wrap: anywhere; }
td.labels { width: 16%; } td.office { width: 16%; }
td.labels .label-id { display: inline-block; margin: 0 2px 2px 0; }
td.id { white-space: nowrap; }
"""


def _e(value: object) -> str:
    empty = value is None or (isinstance(value, float) and pd.isna(value))
    return html.escape("" if empty else str(value), quote=True)


def _pct(value: float) -> str:
    return "–" if pd.isna(value) else f"{value:.1%}".replace(".", ",")


def _date(value: object) -> str:
    return "–" if value is None or pd.isna(value) else pd.Timestamp(value).strftime("%d/%m/%Y")


def _label_cell(label: str, labels: list[str]) -> str:
    color = label_color(label, labels)
    name = LABEL_NAMES.get(label, "")
    return (
        f'<span class="swatch" style="background:{color}"></span>'
        f'<span class="label-id">{_e(label)}</span> {_e(name)}'
    )


def _figure(chart: str, fig: Figure, caption: str, alt: str) -> str:
    return (
        f'<figure data-chart="{chart}" id="chart-{chart}">'
        f'<img src="data:image/png;base64,{_png(fig)}" alt="{_e(alt)}">'
        f"<figcaption>{caption}</figcaption></figure>"
    )


def _table(header: list[tuple[str, str]], rows: list[list[str]]) -> str:
    head = "".join(f'<th class="{cls}">{_e(name)}</th>' for name, cls in header)
    body = "".join(
        "<tr>"
        + "".join(
            f'<td class="{cls}">{cell}</td>' for (_, cls), cell in zip(header, row, strict=True)
        )
        + "</tr>"
        for row in rows
    )
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def _headline(s: TrendSummary) -> str:
    offices = s.office_ranking["office"].nunique()
    cards = [
        (f"{s.rows:,}".replace(",", "."), "phản ánh trong tệp"),
        (_pct(s.misconduct_share), f"có dấu hiệu sai phạm ({s.misconduct} / {s.labelled} có nhãn)"),
        (_pct(s.review_share), f"cần cán bộ xem lại ({s.needs_review} dòng)"),
        (f"{_date(s.first_date)} – {_date(s.last_date)}", "thời gian tiếp nhận"),
        (str(offices), "cơ quan, đơn vị"),
        (str(s.unparseable_dates + s.missing_dates), "dòng không có ngày đọc được"),
    ]
    html_cards = "".join(
        f'<div class="card"><div class="value{" small" if len(v) > 12 else ""}">{_e(v)}</div>'
        f'<div class="label">{_e(t)}</div></div>'
        for v, t in cards
    )
    notes = []
    if s.unparseable_dates or s.missing_dates:
        examples = ", ".join(f"<code>{_e(x)}</code>" for x in s.unparseable_examples)
        notes.append(
            f'<p class="warn">{s.unparseable_dates} dòng có ngày tiếp nhận không đọc được'
            + (f" (ví dụ: {examples})" if examples else "")
            + f" và {s.missing_dates} dòng để trống ngày. Các dòng này vẫn được tính trong mọi "
            "bảng, trừ biểu đồ theo tháng.</p>"
        )
    if s.rows - s.labelled:
        notes.append(
            f'<p class="note">{s.rows - s.labelled} dòng có nội dung trống hoặc không đọc được: '
            "không gắn nhãn, nằm trong danh sách cần xem lại.</p>"
        )
    rows = [
        [_label_cell(r.label, s.labels), str(r.count), _pct(r.share)]
        for r in s.label_counts.itertuples()
    ]
    table = _table([("Nhãn", ""), ("Số phản ánh", "num"), ("Tỷ lệ", "num")], rows)
    return (
        '<section id="headline"><h2>Số liệu chính</h2>'
        f'<div class="cards">{html_cards}</div>{"".join(notes)}{table}</section>'
    )


def _monthly(s: TrendSummary) -> str:
    parts = [
        '<section id="monthly"><h2>Xu hướng theo tháng</h2>',
        _figure(
            "monthly-trend",
            plot_monthly_trend(s),
            f"Số phản ánh mỗi tháng theo nhãn chính (cột ngày: <code>{_e(s.date_column)}</code>).",
            "Biểu đồ đường: số phản ánh mỗi tháng theo từng nhãn",
        ),
    ]
    mom = s.month_over_month
    if not mom.empty:
        last = mom["month"].max()
        latest = mom[mom["month"] == last]
        rows = []
        for r in latest.itertuples():
            # more praise is good news: colour only the misconduct labels
            bad = r.label not in NOT_MISCONDUCT
            cls = ("up" if r.change > 0 else "down" if r.change < 0 else "") if bad else ""
            change = f'<span class="{cls}">{r.change:+d}</span>' if r.change else "0"
            rows.append(
                [
                    _label_cell(r.label, s.labels),
                    str(r.previous),
                    str(r.count),
                    change,
                    "–" if pd.isna(r.change_pct) else f"{r.change_pct:+.0%}" if r.change else "0%",
                ]
            )
        previous = (pd.Timestamp(last) - pd.DateOffset(months=1)).strftime("%m/%Y")
        parts.append(f"<h3>Tháng {pd.Timestamp(last):%m/%Y} so với tháng {previous}</h3>")
        parts.append(
            _table(
                [
                    ("Nhãn", ""),
                    (f"Tháng {previous}", "num"),
                    (f"Tháng {pd.Timestamp(last):%m/%Y}", "num"),
                    ("Thay đổi", "num"),
                    ("%", "num"),
                ],
                rows,
            )
        )
    parts.append("</section>")
    return "".join(parts)


def _offices(s: TrendSummary) -> str:
    n_offices = s.by_office["office"].nunique()
    shown = min(n_offices, MAX_OFFICES)
    heat = _figure(
        "office-heatmap",
        plot_office_heatmap(s),
        "Mỗi ô: số phản ánh; màu: tỷ lệ của nhãn trong cơ quan (nhãn không phải sai phạm tô xám). "
        f"{shown} / {n_offices} cơ quan "
        f"nhiều phản ánh nhất (cột <code>{_e(s.office_column)}</code>).",
        "Bản đồ nhiệt cơ quan theo nhãn",
    )
    ranking = s.office_ranking
    rank = _figure(
        "office-ranking",
        plot_office_ranking(s),
        "Điểm: tỷ lệ phản ánh có dấu hiệu sai phạm (mọi nhãn trừ <code>praise</code> và "
        "<code>other</code>); thanh: khoảng tin cậy 95% (Wilson). Xếp theo cận dưới của khoảng, "
        "nên cơ quan chỉ có vài phản ánh không đứng đầu vì may rủi.",
        "Xếp hạng cơ quan theo tỷ lệ sai phạm với khoảng tin cậy",
    )
    rows = [
        [
            str(r.rank),
            _e(r.office),
            str(r.n),
            str(r.misconduct),
            _pct(r.rate),
            f"{_pct(r.low)} – {_pct(r.high)}",
        ]
        for r in ranking.head(20).itertuples()
    ]
    table = _table(
        [
            ("Hạng", "num"),
            ("Cơ quan", ""),
            ("n", "num"),
            ("Sai phạm", "num"),
            ("Tỷ lệ", "num"),
            ("Khoảng tin cậy 95%", "num"),
        ],
        rows,
    )
    district = _figure(
        "district-breakdown",
        plot_district_breakdown(s),
        f"Cơ cấu nhãn chính trong mỗi quận/huyện (cột <code>{_e(s.district_column)}</code>).",
        "Cơ cấu nhãn theo quận/huyện",
    )
    return (
        '<section id="offices"><h2>Cơ quan, đơn vị theo nhãn</h2>'
        f"{heat}</section>"
        '<section id="ranking"><h2>Xếp hạng cơ quan theo tỷ lệ sai phạm</h2>'
        f"{rank}{table}</section>"
        f'<section id="districts"><h2>Theo quận/huyện</h2>{district}</section>'
    )


def _review_share(s: TrendSummary) -> str:
    chart = _figure(
        "review-share",
        plot_review_share(s),
        "Tỷ lệ dòng mô hình chưa đủ chắc chắn (<code>pred_needs_review</code>) theo nhãn chính.",
        "Tỷ lệ cần xem lại theo nhãn",
    )
    return (
        '<section id="review"><h2>Cần cán bộ xem lại</h2>'
        f"<p>{s.needs_review} / {s.rows} dòng ({_pct(s.review_share)}) cần người đọc lại "
        f"trước khi dùng nhãn.</p>{chart}</section>"
    )


def _review_rows(s: TrendSummary, texts: Any, limit: int) -> str:
    queue = s.review_rows
    extra = [("Mã", s.id_column)] if s.id_column else []
    header = [
        *[(name, "id") for name, _ in extra],
        ("Nội dung", "text"),
        ("pred_labels", "labels"),
        ("Độ tin cậy", "num"),
        ("Cơ quan", "office"),
    ]
    rows = []
    for r in queue.head(limit).to_dict("records"):
        text = texts(r["text"])
        rows.append(
            [
                *[_e(r[c]) for _, c in extra],
                _e(_short(text, MAX_TEXT)) if text else "<em>(trống)</em>",
                " ".join(
                    f'<span class="label-id">{_e(lab)}</span>'
                    for lab in str(r["pred_labels"]).split(";")
                )
                if r["pred_labels"]
                else "–",
                "–" if pd.isna(r["confidence"]) else f"{r['confidence']:.2f}",
                _e(r[s.office_column]),
            ]
        )
    shown = (
        f"Hiển thị {min(limit, len(queue))} / {len(queue)} dòng, ít chắc chắn nhất trước; "
        "danh sách đầy đủ: lọc cột <code>pred_needs_review</code> trong tệp đã gắn nhãn."
        if len(queue) > limit
        else f"{len(queue)} dòng, ít chắc chắn nhất trước; dòng trống ở cuối."
    )
    return (
        '<section id="review-rows"><h2>Các dòng cần xem lại</h2>'
        f'<p class="note">{shown}</p>'
        f'<div data-table="review-rows">{_table(header, rows)}</div></section>'
    )


def _examples(s: TrendSummary, texts: Any) -> str:
    parts = ['<section id="examples"><h2>Ví dụ phản ánh theo nhãn</h2>']
    evidence = s.top_evidence
    for label in s.labels:
        parts.append(f'<h3 id="examples-{_e(label)}">{_label_cell(label, s.labels)}</h3>')
        phrases = evidence[evidence["label"] == label]
        if not phrases.empty:
            words = ", ".join(
                f"{_e(texts(p))} ({c})"
                for p, c in zip(phrases["phrase"], phrases["count"], strict=True)
            )
            parts.append(f'<p class="note">Từ ngữ thường gặp: {words}</p>')
        picked = s.examples[s.examples["label"] == label]
        for r in picked.to_dict("records"):
            who = " · ".join(
                x
                for x in (
                    _e(r[s.id_column]) if s.id_column else "",
                    _e(r[s.office_column]),
                    _e(r[s.date_column]),
                    f"độ tin cậy {r['confidence']:.2f}",
                )
                if x
            )
            parts.append(
                f"<blockquote>{_e(_short(texts(r['text']), MAX_TEXT))}"
                f'<span class="who">{who}</span></blockquote>'
            )
        if picked.empty:
            parts.append('<p class="note">Không có ví dụ.</p>')
    parts.append("</section>")
    return "".join(parts)


def render_report(
    summary: TrendSummary,
    *,
    title: str = TITLE,
    source: str = "",
    redact: bool = False,
    max_review_rows: int = MAX_REVIEW_ROWS,
) -> str:
    """The report page as an HTML string (see `write_report`)."""
    import matplotlib

    def texts(value: object) -> str:
        text = "" if value is None or (isinstance(value, float) and pd.isna(value)) else str(value)
        return redact_text(text) if redact else text

    # our own settings for these figures only, whatever the caller's matplotlib style is
    with matplotlib.rc_context({"font.family": "DejaVu Sans", "font.size": 10}):
        body = "".join(
            [
                _headline(summary),
                _monthly(summary),
                _offices(summary),
                _review_share(summary),
                _examples(summary, texts),
                _review_rows(summary, texts, max_review_rows),
            ]
        )
    created = dt.datetime.now().strftime("%H:%M %d/%m/%Y")
    origin = f" từ <code>{_e(source)}</code>" if source else ""
    masked = " Thông tin cá nhân trong nội dung đã được che." if redact else ""
    labels = ", ".join(
        f'<span class="label-id">{_e(lab)}</span> = {_e(LABEL_NAMES.get(lab, lab))}'
        for lab in summary.labels
    )
    return (
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{_e(title)}</title><style>{CSS}</style></head><body><main>"
        f"<header><h1>{_e(title)}</h1>"
        f'<p class="meta">Tạo lúc {created}{origin}. Nhãn do mô hình gắn tự động; '
        f"các dòng chưa chắc chắn được liệt kê để cán bộ xem lại.{masked}</p>"
        f'<p class="meta">Nhãn: {labels}.</p></header>'
        f"{body}"
        '<footer class="note"><p>Tạo bằng complaint-nlp. Tỷ lệ sai phạm: phần phản ánh có ít '
        "nhất một nhãn khác <code>praise</code> và <code>other</code>.</p></footer>"
        "</main></body></html>\n"
    )


def write_report(
    tagged: pd.DataFrame | str | Path,
    output: str | Path,
    *,
    date_column: str | None = None,
    group_column: str | None = None,
    district_column: str | None = None,
    text_column: str | None = None,
    redact: bool = False,
    title: str = TITLE,
    max_review_rows: int = MAX_REVIEW_ROWS,
) -> Path:
    """Write one self-contained HTML report of a tagged export (a DataFrame or a file).

    Headline figures, monthly trend per label, office × label heatmap, offices ranked by
    misconduct rate with 95% intervals, the share needing review, example complaints per
    label and the rows needing review. `group_column` is the office column; with
    `redact=True` phones, e-mails, ID numbers... in the texts shown are masked.

    >>> write_report("data/samples/feedback_export.tagged.csv", "report.html")  # doctest: +SKIP
    PosixPath('report.html')
    """
    output = Path(output)
    folder = output.parent if str(output.parent) else Path(".")
    if not folder.is_dir():
        raise InputError(f"{output}: folder {folder} does not exist")
    source = ""
    if not isinstance(tagged, pd.DataFrame):
        source = str(tagged)
        tagged = read_table(tagged)
    summary = summarize(
        tagged,
        date_column=date_column,
        office_column=group_column,
        district_column=district_column,
        text_column=text_column,
    )
    page = render_report(
        summary, title=title, source=source, redact=redact, max_review_rows=max_review_rows
    )
    tmp = output.with_name(f".{output.name}.writing")
    try:
        tmp.write_text(page, encoding="utf-8")
        tmp.replace(output)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise InputError(f"{output}: cannot write ({exc.strerror})") from None
    return output
