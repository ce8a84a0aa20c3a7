"""Rich renderings of the library's results, for the CLI."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table

from complaint_nlp.tagging import TagSummary


def metrics_table(report: dict[str, Any], *, title: str) -> Table:
    """Per-label precision/recall/F1/support plus macro-F1 and, when present, calibration figures."""
    table = Table(title=title)
    for col in ("label", "precision", "recall", "F1", "support"):
        table.add_column(col, justify="left" if col == "label" else "right")
    for label, m in report["per_label"].items():
        table.add_row(
            label,
            f"{m['precision']:.3f}",
            f"{m['recall']:.3f}",
            f"{m['f1']:.3f}",
            str(m["support"]),
        )
    table.add_section()
    table.add_row("macro-F1", "", "", f"{report['macro_f1']:.3f}", str(report["rows"]))
    extra = [
        ("accuracy", "accuracy"),
        ("multi-label micro-F1", "multilabel_micro_f1"),
        ("calibration error (ECE)", "ece"),
        ("precision not reviewed", "precision_not_reviewed"),
        ("share not reviewed", "share_not_reviewed"),
    ]
    for name, key in extra:
        if key in report:
            table.add_row(name, "", "", f"{report[key]:.3f}", "")
    return table


def confusion_table(report: dict[str, Any]) -> Table:
    """Rows: true primary label; columns: predicted."""
    labels = report["confusion"]["labels"]
    table = Table(title="confusion (rows: true, columns: predicted)")
    table.add_column("")
    for lab in labels:
        table.add_column(lab[:6], justify="right")
    for lab, row in zip(labels, report["confusion"]["matrix"], strict=True):
        table.add_row(lab, *map(str, row))
    return table


def summary_table(summary: TagSummary) -> Table:
    """Per-label counts of a tagging run."""
    table = Table(title=f"{summary.rows_out} rows tagged -> {summary.output}")
    table.add_column("pred_label")
    table.add_column("rows", justify="right")
    table.add_column("share", justify="right")
    total = max(summary.rows_out, 1)
    for label, n in summary.label_counts.most_common():
        table.add_row(label, str(n), f"{n / total:.1%}")
    if summary.unusable:
        table.add_row(
            "(empty or unusable text)", str(summary.unusable), f"{summary.unusable / total:.1%}"
        )
    table.add_section()
    table.add_row("needs review", str(summary.needs_review), f"{summary.needs_review / total:.1%}")
    drift = summary.drift
    if "oov_share" in drift:
        ref = drift.get("reference_oov_share")
        table.add_row(
            "unknown words",
            "",
            f"{drift['oov_share']:.1%}" + (f" (training {ref:.1%})" if ref is not None else ""),
        )
    if "label_distance" in drift:
        table.add_row("label mix distance from training", "", f"{drift['label_distance']:.2f}")
    return table


def comparison_table(result: dict[str, Any]) -> Table:
    """Old and new F1 per label, with the labels that got worse past the margin marked."""
    table = Table(title=f"old vs new (margin {result['margin']:.2f})")
    for col in ("label", "old F1", "new F1", "delta", ""):
        table.add_column(col, justify="left" if col in ("label", "") else "right")

    def fmt(v: float | None) -> str:
        return "-" if v is None else f"{v:.3f}"

    for label, d in result["labels"].items():
        delta = "-" if d["delta"] is None else f"{d['delta']:+.3f}"
        table.add_row(
            label, fmt(d["old_f1"]), fmt(d["new_f1"]), delta, "WORSE" if d["worse"] else ""
        )
    table.add_section()
    table.add_row(
        "macro-F1",
        fmt(result["old_macro_f1"]),
        fmt(result["new_macro_f1"]),
        f"{result['macro_delta']:+.3f}",
        "",
    )
    return table


def dask_summary_table(summary: Any) -> Table:
    """Per-label counts of a Dask tagging run."""
    table = Table(
        title=f"{summary.rows_out} rows from {len(summary.files)} file(s) in {len(summary.parts)} parts"
    )
    table.add_column("pred_label")
    table.add_column("rows", justify="right")
    for label, n in summary.label_counts.most_common():
        table.add_row(label, str(n))
    table.add_section()
    table.add_row("needs review", str(summary.needs_review))
    return table


def card_table(card: dict[str, Any]) -> Table:
    """The main facts of a model card."""
    table = Table(title="model card", show_header=False)
    table.add_column("field")
    table.add_column("value")
    cv = card.get("cv_metrics", {})
    rows = [
        ("labels", ", ".join(card.get("labels", []))),
        ("trained on", f"{card.get('rows', '?')} rows, {card.get('created', '?')}"),
        (
            "training data",
            "; ".join(
                f"{s['path']} (sha256 {s['sha256'][:12]}…)" for s in card.get("training_data", [])
            ),
        ),
        ("settings", ", ".join(f"{k}={v}" for k, v in card.get("settings", {}).items())),
        ("cross-validated macro-F1", f"{cv.get('macro_f1', float('nan')):.3f}"),
        ("review threshold", str(card.get("review_threshold"))),
        (
            "secondary thresholds",
            ", ".join(f"{k}={v}" for k, v in card.get("secondary_thresholds", {}).items()),
        ),
        ("versions", ", ".join(f"{k} {v}" for k, v in card.get("versions", {}).items())),
        ("model sha256", str(card.get("model_sha256"))),
    ]
    for k, v in rows:
        table.add_row(k, v)
    return table


def make_console(*, stderr: bool = False) -> Console:
    return Console(stderr=stderr, highlight=False, soft_wrap=True)
