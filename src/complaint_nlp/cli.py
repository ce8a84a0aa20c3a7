"""The `complaint-nlp` command: each command parses options, calls one library function, prints."""

from __future__ import annotations

import functools
import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TypeVar

import typer
from rich.progress import BarColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn

from complaint_nlp.console import (
    card_table,
    comparison_table,
    confusion_table,
    make_console,
    metrics_table,
    summary_table,
)
from complaint_nlp.errors import InputError, ModelError
from complaint_nlp.model import DEFAULTS

app = typer.Typer(
    name="complaint-nlp",
    help="Tag Vietnamese citizen feedback about public offices with the misconduct it reports.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
out = make_console()
err = make_console(stderr=True)
F = TypeVar("F", bound=Callable[..., Any])

ModelOpt = Annotated[
    Path | None, typer.Option("--model", "-m", help="Model directory (default: the shipped model).")
]
TrustOpt = Annotated[
    bool, typer.Option("--trust", help="Load a model without checking its card and checksum.")
]


def friendly(func: F) -> F:
    """Turn library errors into one line on stderr and an exit code, never a traceback."""

    @functools.wraps(func)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        try:
            return func(*args, **kwargs)
        except InputError as exc:
            err.print(f"error: {exc}", markup=False)
            raise typer.Exit(2) from None
        except ModelError as exc:
            err.print(f"model error: {exc}", markup=False)
            raise typer.Exit(3) from None
        except KeyboardInterrupt:
            err.print("interrupted; run the same command with --resume to continue", markup=False)
            raise typer.Exit(130) from None
        except MemoryError:
            err.print(
                "error: out of memory; try a smaller --chunksize or fewer --jobs", markup=False
            )
            raise typer.Exit(4) from None
        except typer.Exit:
            raise
        except Exception as exc:
            if os.environ.get("COMPLAINT_NLP_DEBUG"):
                raise
            err.print(
                f"internal error: {type(exc).__name__}: {exc}; this is a bug, please report it "
                "(set COMPLAINT_NLP_DEBUG=1 to see the traceback)",
                markup=False,
            )
            raise typer.Exit(70) from None

    return wrapper  # type: ignore[return-value]


@contextmanager
def row_progress(label: str, *, enabled: bool = True) -> Iterator[Callable[[int], None]]:
    """A rich progress display counting rows; silent when output is not a terminal."""
    progress = Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TextColumn("{task.completed:,} rows"),
        TimeElapsedColumn(),
        console=err,
        transient=True,
        disable=not enabled,
    )
    with progress:
        task = progress.add_task(label, total=None)
        yield lambda n: progress.advance(task, n)


@app.command()
@friendly
def tag(
    input: Annotated[Path, typer.Argument(help="Export to tag: .csv, .xlsx, .jsonl or .parquet.")],
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            help="Where to write (default: INPUT stem + .tagged + same extension).",
        ),
    ] = None,
    text_column: Annotated[
        str | None,
        typer.Option(
            "--text-column", "-t", help="Column with the citizen's text (default: detected)."
        ),
    ] = None,
    model: ModelOpt = None,
    jobs: Annotated[
        int | None, typer.Option("--jobs", "-j", help="Worker processes (default: all cores).")
    ] = None,
    chunksize: Annotated[int, typer.Option(help="Rows per chunk.", min=1)] = 1000,
    explain: Annotated[
        bool, typer.Option("--explain", help="Add pred_evidence: the words that pushed the label.")
    ] = False,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact",
            help="Mask phones, e-mails, ID numbers, plates, accounts in the text column.",
        ),
    ] = False,
    resume: Annotated[
        bool, typer.Option("--resume", help="Continue an interrupted run of the same command.")
    ] = False,
    replace_pred: Annotated[
        bool, typer.Option("--replace-pred", help="Replace pred_* columns already in the input.")
    ] = False,
    sheet: Annotated[
        str | None, typer.Option(help="Sheet of an .xlsx file (default: the first).")
    ] = None,
    trust: TrustOpt = False,
) -> None:
    """Tag every row of an export with pred_label, pred_labels, pred_confidence, pred_needs_review.

    Example: complaint-nlp tag data/samples/feedback_export.csv -o tagged.csv
    """
    from complaint_nlp.tagging import tag_file

    with row_progress(f"tagging {input.name}", enabled=err.is_terminal) as advance:
        summary = tag_file(
            input,
            output=output,
            text_column=text_column,
            model_dir=model,
            trust=trust,
            jobs=jobs,
            chunksize=chunksize,
            explain=explain,
            redact=redact,
            resume=resume,
            replace_pred=replace_pred,
            sheet=sheet,
            progress=advance,
        )
    out.print(summary_table(summary))


@app.command()
@friendly
def train(
    data: Annotated[
        list[Path],
        typer.Argument(help="Labelled file(s); later files' rows win for the same text."),
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="Model directory to write.")
    ] = Path("models/custom"),
    text_column: Annotated[
        str, typer.Option("--text-column", help="Column with the text.")
    ] = "text",
    label_column: Annotated[
        str, typer.Option("--label-column", help="Column with ';'-joined labels, primary first.")
    ] = "labels",
    min_examples: Annotated[
        int, typer.Option(help="Fewest rows a label needs as primary label.", min=2)
    ] = 5,
    labels_from: Annotated[
        Path | None, typer.Option(help="Report labels not in this model directory's label set.")
    ] = None,
    features: Annotated[
        str, typer.Option(help="Feature design, e.g. words+folded or words+folded+chars.")
    ] = DEFAULTS["features"],
    classifier: Annotated[str, typer.Option(help="svm, logreg or cnb.")] = DEFAULTS["base"],
    c: Annotated[float, typer.Option("-C", help="Inverse regularisation strength.")] = DEFAULTS[
        "C"
    ],
    augment_stripped: Annotated[
        bool, typer.Option(help="Also learn every text without its diacritics.")
    ] = True,
    folds: Annotated[int, typer.Option(help="Cross-validation folds.", min=2)] = 5,
    fmt: Annotated[
        str, typer.Option("--format", help="joblib, or skops (loads without pickle).")
    ] = "joblib",
    promote_if_better: Annotated[
        Path | None,
        typer.Option(
            help="Held-out labelled file: replace OUTPUT only if the new model is better on it."
        ),
    ] = None,
    margin: Annotated[
        float, typer.Option(help="With --promote-if-better: largest per-label F1 drop allowed.")
    ] = 0.02,
) -> None:
    """Train a model on labelled files with any label set and write a model directory.

    Prints cross-validated per-label precision, recall and F1.

    Example: complaint-nlp train data/corpus/train.csv corrections.xlsx -o models/week48
    """
    options = dict(
        text_column=text_column,
        label_column=label_column,
        min_examples=min_examples,
        labels_from=labels_from,
        features=features,
        base=classifier,
        C=c,
        folds=folds,
        fmt=fmt,
        augment_stripped=augment_stripped,
        progress=lambda msg: err.print(msg, markup=False),
    )
    if promote_if_better is not None:
        from complaint_nlp.promotion import train_and_promote

        result = train_and_promote(
            data, output, eval_data=promote_if_better, margin=margin, **options
        )
        if "labels" in result:
            out.print(comparison_table(result))
        verdict = "promoted to" if result["promote"] else "NOT promoted; kept"
        out.print(f"new model {verdict} {output}. {'; '.join(result['reasons'])}", markup=False)
        if not result["promote"]:
            out.print(f"the candidate is in {result['candidate']}", markup=False)
            raise typer.Exit(1)
        return
    from complaint_nlp.training import train_to_dir

    card = train_to_dir(data, output, **options)
    out.print(metrics_table(card["cv_metrics"], title=f"cross-validated on {card['rows']} rows"))
    out.print(f"review threshold {card['review_threshold']}; model written to {output}")


@app.command()
@friendly
def compare(
    old: Annotated[Path, typer.Argument(help="Current model directory.")],
    new: Annotated[Path, typer.Argument(help="Candidate model directory.")],
    data: Annotated[Path, typer.Option("--data", help="Held-out labelled file to compare on.")],
    margin: Annotated[
        float, typer.Option(help="Flag labels whose F1 drops by more than this.")
    ] = 0.02,
    as_json: Annotated[bool, typer.Option("--json", help="Print the comparison as JSON.")] = False,
) -> None:
    """Per-label F1 of two models on the same held-out data, flagging labels that got worse.

    Exits 1 when the new model should not replace the old one.

    Example: complaint-nlp compare models/default models/week48 --data data/corpus/test.csv
    """
    from complaint_nlp.promotion import compare_models

    result = compare_models(old, new, data=data, margin=margin)
    if as_json:
        out.print_json(json.dumps(result, ensure_ascii=False))
    else:
        out.print(comparison_table(result))
        out.print(
            "better: safe to promote"
            if result["promote"]
            else f"not better: {'; '.join(result['reasons'])}",
            markup=False,
        )
    if not result["promote"]:
        raise typer.Exit(1)


@app.command()
@friendly
def select(
    tagged: Annotated[Path, typer.Argument(help="Export to pick from (tagged or not).")],
    n: Annotated[int, typer.Option("-n", help="How many rows to pick.", min=1)] = 200,
    output: Annotated[
        Path, typer.Option("--output", "-o", help="File to write for labelling.")
    ] = Path("to_label.xlsx"),
    text_column: Annotated[
        str | None, typer.Option("--text-column", "-t", help="Column with the text.")
    ] = None,
    model: ModelOpt = None,
    trust: TrustOpt = False,
) -> None:
    """Pick the rows most worth labelling (least sure, no near-duplicates) into a file to label.

    The file has an empty `labels` column and the model's `suggested_labels` beside it.

    Example: complaint-nlp select data/samples/feedback_export.tagged.csv -n 200 -o to_label.xlsx
    """
    from complaint_nlp.selection import select_file

    picked = select_file(tagged, output, n=n, text_column=text_column, model_dir=model, trust=trust)
    out.print(f"{len(picked)} rows to label written to {output}", markup=False)


@app.command()
@friendly
def evaluate(
    data: Annotated[Path, typer.Argument(help="Labelled file to evaluate on.")],
    model: ModelOpt = None,
    text_column: Annotated[
        str, typer.Option("--text-column", help="Column with the text.")
    ] = "text",
    label_column: Annotated[
        str, typer.Option("--label-column", help="Column with the labels.")
    ] = "labels",
    as_json: Annotated[bool, typer.Option("--json", help="Print the full report as JSON.")] = False,
    trust: TrustOpt = False,
) -> None:
    """Per-label precision/recall/F1, macro-F1 and confusion matrix of a model on labelled data.

    Example: complaint-nlp evaluate data/corpus/test.csv --json
    """
    from complaint_nlp.training import evaluate_file

    report = evaluate_file(
        data, model_dir=model, text_column=text_column, label_column=label_column, trust=trust
    )
    if as_json:
        out.print_json(json.dumps(report, ensure_ascii=False))
        return
    out.print(metrics_table(report, title=f"{report['model']} on {data} ({report['rows']} rows)"))
    out.print(confusion_table(report))


@app.command()
@friendly
def predict(
    text: Annotated[
        str | None, typer.Argument(help="Text to classify; '-' or nothing reads stdin.")
    ] = None,
    model: ModelOpt = None,
    trust: TrustOpt = False,
) -> None:
    """Classify one text: label, confidence, secondary labels and the words behind it.

    Example: complaint-nlp predict "cán bộ phường hẹn 3 lần chưa trả hồ sơ"
    """
    from complaint_nlp.model import load_model, predict_texts

    if text is None or text == "-":
        text = sys.stdin.read()
    p = predict_texts(load_model(model, trust=trust), [text], explain=True)[0]
    if not p.label:
        raise InputError("the text is empty or has no letters")
    out.print(f"label: {p.label}", markup=False)
    out.print(
        f"confidence: {p.confidence:.2f}{'  (needs review)' if p.needs_review else ''}",
        markup=False,
    )
    out.print(f"secondary labels: {', '.join(p.labels[1:]) or '-'}", markup=False)
    out.print(f"evidence: {'; '.join(p.evidence) or '-'}", markup=False)


@app.command()
@friendly
def info(model: ModelOpt = None, trust: TrustOpt = False) -> None:
    """Show a model's card: labels, training data, metrics, thresholds, versions.

    Example: complaint-nlp info --model models/default
    """
    from complaint_nlp.model import check_model_dir, default_model_dir, read_card

    directory = model or default_model_dir()
    card = read_card(directory) if trust else check_model_dir(directory)
    out.print(card_table(card))
    if "cv_metrics" in card:
        out.print(metrics_table(card["cv_metrics"], title="cross-validated on the training data"))


@app.command()
@friendly
def report(
    tagged: Annotated[
        Path, typer.Argument(help="Tagged export (the output of complaint-nlp tag).")
    ],
    output: Annotated[
        Path, typer.Option("--output", "-o", help="HTML file to write (one file, opens offline).")
    ] = Path("report.html"),
    date_column: Annotated[
        str | None,
        typer.Option("--date-column", help="Column with the date received (default: detected)."),
    ] = None,
    group_column: Annotated[
        str | None,
        typer.Option("--group-column", help="Column with the office (default: detected)."),
    ] = None,
    district_column: Annotated[
        str | None,
        typer.Option("--district-column", help="Column with the district (default: detected)."),
    ] = None,
    redact: Annotated[
        bool,
        typer.Option(
            "--redact", help="Mask phones, e-mails, ID numbers, plates, accounts in texts shown."
        ),
    ] = False,
) -> None:
    """Write a self-contained HTML report of trends: per month, office and district, review queue.

    Example: complaint-nlp report data/samples/feedback_export.tagged.csv -o report.html
    """
    from complaint_nlp.report import write_report

    path = write_report(
        tagged,
        output,
        date_column=date_column,
        group_column=group_column,
        district_column=district_column,
        redact=redact,
    )
    out.print(f"report written to {path}", markup=False)


def main() -> None:
    """Entry point of the `complaint-nlp` console script."""
    app()
