"""``swv-intake``: analyze, anonymize and process application files from the command line.

Only ``analyze --json`` prints detected text, because the user asked for it; every other
output carries file names, ids, hashes and counts.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import track
from rich.table import Table

import fixtures
from pipeline.analysis import Analyzer
from pipeline.bundle import anonymize_all
from pipeline.case import SubmissionInfo, decide_case
from pipeline.document import Document
from pipeline.extract import UnreadableDocumentError, extract_pdf
from pipeline.ingest import stage_submission
from pipeline.intake import (
    AttachmentResult,
    count_by_type,
    findings_record,
    process_documents,
)
from pipeline.report import decision_markdown, decision_record
from pipeline.submission import SubmissionError, read_submission, split_info
from swv_intake.evaluate import Evaluation
from swv_intake.runtime import Services, services
from swv_intake.settings import Settings

app = typer.Typer(help=__doc__, no_args_is_help=True, add_completion=False)
out = Console()
err = Console(stderr=True)

DEMO_SUBMISSIONS = Path(fixtures.__file__).parent / "corpus" / "submissions"
FilesArgument = Annotated[list[Path], typer.Argument(help="PDF files to read.")]


def _quiet_libraries() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    logging.getLogger("presidio-analyzer").setLevel(logging.ERROR)


@dataclass(frozen=True)
class _Analyzed:
    """A file read and analysed: its label on the command line, its bytes, the findings."""

    label: str
    data: bytes
    result: AttachmentResult


def _read_paths(files: Sequence[Path], failed: list[str]) -> list[tuple[str, bytes]]:
    """The bytes of each file that can be read, labelled by its path."""
    named: list[tuple[str, bytes]] = []
    for path in files:
        try:
            named.append((str(path), path.read_bytes()))
        except OSError as error:
            _error_line(f"{path}: cannot read ({error.strerror})")
            failed.append(str(path))
    return named


def _analyze_all(named: Sequence[tuple[str, bytes]], analyzer: Analyzer,
                 failed: list[str]) -> list[_Analyzed]:
    """Extract every file, then analyze the readable ones together, as one submission.

    A bad file gets one line on stderr and is added to ``failed``; the others go on.
    """
    readable: list[tuple[str, bytes, Document]] = []
    for label, data in track(named, description="Reading", console=err, transient=True):
        try:
            readable.append((label, data, extract_pdf(data, Path(label).name)))
        except UnreadableDocumentError as error:
            _error_line(f"{label}: {error.reason}")
            failed.append(label)
    with err.status("Detecting personal data"):
        results = process_documents([document for *_, document in readable], analyzer)
    return [_Analyzed(label, data, result)
            for (label, data, _), result in zip(readable, results, strict=True)]


def _error_line(message: str) -> None:
    """One unwrapped line on stderr, whatever the terminal's width."""
    typer.echo(f"error: {message}", err=True)


def _exit_status(failed: list[str]) -> None:
    if failed:
        raise typer.Exit(code=1)


@app.command()
def analyze(
    files: FilesArgument,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per file per line, "
                                                          "with the detected text.")] = False,
) -> None:
    """Detect personal data in FILES (no storage, no Prefect).

    The files are read as one submission: a name found in one is looked for in all.
    """
    _quiet_libraries()
    analyzer = Analyzer()
    table = Table("pages", "type", "findings by type", "BSN", "consent")
    table.add_column("file", overflow="fold")
    failed: list[str] = []
    for analyzed in _analyze_all(_read_paths(files, failed), analyzer, failed):
        result = analyzed.result
        if as_json:
            record = findings_record(result) | {"file": analyzed.label}
            print(json.dumps(record, ensure_ascii=False), flush=True)
        else:
            counts = count_by_type(result.findings)
            table.add_row(str(len(result.document.pages)),
                          result.classification.doc_type.value,
                          ", ".join(f"{k} {v}" for k, v in counts.items()) or "none",
                          "yes" if result.flags.contains_bsn else "no",
                          "needed" if result.flags.requires_consent else "-", analyzed.label)
    if not as_json:
        out.print(table)
    _exit_status(failed)


@app.command()
def anonymize(
    files: FilesArgument,
    out_dir: Annotated[Path, typer.Option("--out", help="Folder for the anonymized copies.")],
) -> None:
    """Write OUT/<file stem>.txt (pseudonymized text) and OUT/<file stem>.pdf (redacted).

    The files are one submission: pseudonyms are the same in all. A copy in which the leak
    gate still finds an identifier is not written; its file gets an error line.
    """
    _quiet_libraries()
    out_dir.mkdir(parents=True, exist_ok=True)
    analyzer = Analyzer()
    failed: list[str] = []
    analyzed = _analyze_all(_read_paths(files, failed), analyzer, failed)
    results = [a.result for a in analyzed]
    decision = decide_case(results, [Path(a.label).name for a in analyzed])
    copies, _ = anonymize_all([a.data for a in analyzed], results, decision, analyzer)
    for path, copy in zip((Path(a.label) for a in analyzed), copies, strict=True):
        if not copy.passed:
            problems = ", ".join((*copy.text_gate.problems, *copy.pdf_gate.problems))
            _error_line(f"{path}: blocked by the leak gate ({problems})")
            failed.append(str(path))
            continue
        (out_dir / f"{path.stem}.txt").write_text(copy.text, encoding="utf-8")
        (out_dir / f"{path.stem}.pdf").write_bytes(copy.pdf)
        out.print(f"{out_dir / path.stem}.txt and .pdf: passed the leak gate", highlight=False)
    _exit_status(failed)


@app.command()
def decide(
    path: Annotated[Path, typer.Argument(help="A submission: a folder or .zip of files, "
                                               "optionally with a submission.json.")],
    as_json: Annotated[bool, typer.Option("--json", help="The decision as JSON instead of "
                                                         "the Markdown report.")] = False,
) -> None:
    """Decide a submission by the privacy protocol: print the report (no storage)."""
    _quiet_libraries()
    try:
        attachments, info_file = split_info(read_submission(path))
    except SubmissionError as error:
        _error_line(str(error))
        raise typer.Exit(code=2) from None
    try:
        info = SubmissionInfo.from_json(json.loads(info_file.data)) if info_file else None
    except (ValueError, KeyError, TypeError) as error:
        _error_line(f"{path}: submission.json unreadable ({type(error).__name__})")
        raise typer.Exit(code=2) from None
    analyzed = _analyze_all([(f"{path}/{a.name}", a.data) for a in attachments], Analyzer(),
                            failed=[])
    decision = decide_case([a.result for a in analyzed],
                           [a.label.removeprefix(f"{path}/") for a in analyzed], info)
    if as_json:
        print(json.dumps(decision_record(decision), ensure_ascii=False, indent=1))
    else:
        print(decision_markdown(decision, path.name), end="")


@app.command()
def process(
    path: Annotated[Path | None, typer.Argument(
        help="A submission: a folder or .zip of files.")] = None,
    submission_id: Annotated[str | None, typer.Option(
        help="Process files already in the incoming bucket under this prefix instead.")] = None,
) -> None:
    """Run the process-submission flow on PATH, with storage (local servers if none set)."""
    if (path is None) == (submission_id is None):
        raise typer.BadParameter("give either PATH or --submission-id")
    _quiet_libraries()
    settings = Settings()
    with services(settings, with_prefect=True) as running:
        summary = (_process_local(running, path) if path is not None
                   else _run_flow(str(submission_id)))
    _print_summaries([summary])


@app.command()
def demo(
    keep: Annotated[bool, typer.Option(help="Keep the local servers up until Ctrl-C.")] = False,
) -> None:
    """Process the bundled synthetic submissions on the embedded defaults."""
    _quiet_libraries()
    settings = Settings()
    started = time.monotonic()
    with services(settings, with_prefect=True) as running:
        summaries = [_process_local(running, folder)
                     for folder in sorted(DEMO_SUBMISSIONS.iterdir()) if folder.is_dir()]
        _print_summaries(summaries)
        _print_where_to_look(running)
        out.print(f"Demo took {time.monotonic() - started:.1f} s.")
        if keep:
            _wait_for_interrupt(running)


@app.command()
def evaluate(
    corpora: Annotated[list[Path] | None, typer.Argument(
        help="Corpus folders with gold/ and submissions/, pooled (default: the demo corpus).",
        show_default=False)] = None,
    status: Annotated[str | None, typer.Option(
        help='Only the held-out corpora whose README gives this status ("unseen", "seen").')
                      ] = None,
    yardstick: Annotated[bool, typer.Option(
        "--deduce/--no-deduce", help="Score deduce on the same documents.")] = True,
    json_out: Annotated[Path | None, typer.Option(
        "--json", help="Also write the figures to this JSON file.")] = None,
    show_errors: Annotated[bool, typer.Option(
        help="List every miss and false positive, with its text (synthetic corpus only).")
                           ] = False,
) -> None:
    """Precision, recall, F1 per entity type and leak rate on the annotated corpora."""
    from swv_intake.evaluate import DeduceYardstick, evaluate, held_out_status

    chosen = [c for c in corpora or [DEMO_SUBMISSIONS.parent]
              if status is None or held_out_status(c) == status]
    if not chosen:
        raise typer.BadParameter(f"no corpus has the status {status!r}", param_hint="--status")
    _quiet_libraries()
    result = evaluate(chosen, Analyzer(), DeduceYardstick() if yardstick else None)
    if len(chosen) > 1:
        out.print(f"{len(chosen)} corpora, pooled: {', '.join(c.parent.name for c in chosen)}",
                  highlight=False, soft_wrap=True)
    _print_evaluation(result, yardstick)
    if len(chosen) > 1:
        _print_per_corpus(result)
    if show_errors:
        for document, kind, entity_type, text in result.errors:
            out.print(f"{document}: {kind} {entity_type} {text!r}", highlight=False,
                      markup=False, soft_wrap=True)
    if json_out:
        json_out.write_text(json.dumps(result.as_dict(), indent=1))


def _print_evaluation(result: Evaluation, with_yardstick: bool) -> None:
    ours = Table("type", "gold", "predicted", "precision", "recall", "F1",
                 title=f"swv-intake on {result.documents} documents")
    for entity_type, counts in result.ours.items():
        ours.add_row(entity_type, str(counts.gold), str(counts.predicted),
                     f"{counts.precision:.3f}", f"{counts.recall:.3f}", f"{counts.f1:.3f}")
    out.print(ours)
    if with_yardstick:
        compared = Table("type", "F1 swv-intake", "F1 deduce", "P / R swv-intake",
                         "P / R deduce", title="Side by side, on the types both detect")
        for entity_type, counts in result.ours_compared.items():
            theirs = result.yardstick_compared[entity_type]
            compared.add_row(entity_type, f"{counts.f1:.3f}", f"{theirs.f1:.3f}",
                             f"{counts.precision:.3f} / {counts.recall:.3f}",
                             f"{theirs.precision:.3f} / {theirs.recall:.3f}")
        out.print(compared)
    leaks = f"Leak rate (identifying gold mentions left in the anonymized text): " \
            f"swv-intake {result.ours_leaks.rate:.2%} " \
            f"({result.ours_leaks.leaked}/{result.ours_leaks.total}, " \
            f"by type {dict(result.ours_leaks.by_type)})"
    if with_yardstick:
        leaks += f", deduce {result.yardstick_leaks.rate:.2%}"
    out.print(leaks, highlight=False)
    masks = result.unverified_masks
    out.print(f"Of that, the detected identifiers alone would leak {result.detector_leaks.rate:.2%}"
              f" ({result.detector_leaks.leaked}/{result.detector_leaks.total}); words nobody "
              f"vouched for, masked besides: {masks.on_identifiers} on gold identifiers, "
              f"{masks.on_health} on gold health terms, {masks.elsewhere} on other text",
              highlight=False)
    pdf = result.pdf_leaks
    out.print(f"Anonymized copies: pseudonymized text leaks {result.text_copy_leaks.rate:.2%} "
              f"({result.text_copy_leaks.leaked}/{result.text_copy_leaks.total}); redacted PDFs "
              f"read back leak {pdf.rate:.2%} ({pdf.leaked}/{pdf.total}, BSN "
              f"{pdf.by_type.get('NL_BSN', 0)}, by type {dict(pdf.by_type)}); "
              f"copies blocked by the leak gate: {result.gate_blocked}", highlight=False)
    accuracy = result.doc_type_accuracy()
    types = Table("document type", "accuracy", title="Attachment classification")
    for doc_type, share in accuracy.items():
        types.add_row(doc_type, f"{share:.3f}")
    out.print(types)
    documents = max(1, result.documents)
    out.print(f"author role accuracy {result.roles_correct / documents:.3f}; "
              f"requires_consent accuracy {result.consent_correct / documents:.3f}; "
              f"contains_bsn accuracy {result.bsn_correct / documents:.3f}", highlight=False)
    if result.unplaced_gold:
        out.print(f"warning: {result.unplaced_gold} gold mentions not found in the extracted "
                  "text (counted as missed)")


def _print_per_corpus(result: Evaluation) -> None:
    """Each pooled corpus's HEALTH figures, leak and missed targets, and how many met all."""
    table = Table("corpus", "HEALTH R", "HEALTH P", "leak", "targets missed",
                  title="Per corpus, against the targets of issue 3")
    missed = {name: result.targets_missed(name) for name in result.per_corpus}
    for name, counts in result.per_corpus.items():
        health = counts["HEALTH"]
        table.add_row(name, f"{health.recall:.3f}", f"{health.precision:.3f}",
                      f"{result.per_corpus_leaks[name].rate:.2%}", "; ".join(missed[name]) or "-")
    out.print(table)
    met = sum(not targets for targets in missed.values())
    out.print(f"{met} of {len(missed)} corpora meet every target", highlight=False)


@app.command()
def benchmark(
    corpus: Annotated[Path, typer.Argument(help="A corpus folder with gold/ and submissions/.")
                      ] = DEMO_SUBMISSIONS.parent,
    processes: Annotated[int, typer.Option(help="Fresh processes per engine.")] = 5,
    passes: Annotated[int, typer.Option(help="Timed passes over the text per process.")] = 3,
) -> None:
    """Speed and memory of our de-identification and deduce's, on the same text in one run."""
    import tempfile

    from swv_intake.benchmark import corpus_text, measure_all

    _quiet_libraries()
    with tempfile.TemporaryDirectory() as folder:
        text_file = Path(folder) / "corpus.txt"
        text_file.write_text(corpus_text(corpus), encoding="utf-8")
        chars = len(text_file.read_text(encoding="utf-8"))
        results = measure_all(text_file, processes, passes)
    table = Table("engine", "start-up (s)", "chars/s, one core", "chars/s, all passes",
                  "peak memory (MB)", title=f"{chars:,} characters; medians of {processes} "
                                            f"processes x {passes} passes")
    for result in results:
        table.add_row(result.engine, f"{result.startup_s:.2f}", f"{result.chars_per_s:,.0f}",
                      f"{result.chars_per_s_all_passes:,.0f}", f"{result.peak_rss_mb:.0f}")
    out.print(table)
    ours, theirs = results
    out.print(f"swv-intake / deduce: throughput x{ours.chars_per_s / theirs.chars_per_s:.2f} "
              f"(all passes x{ours.chars_per_s_all_passes / theirs.chars_per_s_all_passes:.2f}), "
              f"start-up x{ours.startup_s / theirs.startup_s:.2f}", highlight=False)


@app.command()
def serve() -> None:
    """Start the local S3 and Prefect servers and keep them up until Ctrl-C."""
    _quiet_libraries()
    with services(Settings(), with_prefect=True) as running:
        _print_where_to_look(running)
        _wait_for_interrupt(running)


def _process_local(running: Services, path: Path) -> dict[str, object]:
    try:
        files = read_submission(path)
    except SubmissionError as error:
        _error_line(str(error))
        raise typer.Exit(code=2) from None
    return _run_flow(stage_submission(running.store, files))


def _run_flow(submission_id: str) -> dict[str, object]:
    # Imported here: Prefect's import takes seconds that analyze and anonymize need not pay.
    from flows.process_submission import process_submission

    return process_submission(submission_id)


def _print_summaries(summaries: Sequence[dict[str, object]]) -> None:
    table = Table("submission", "processed", "quarantined", "BSN present")
    for summary in summaries:
        table.add_row(str(summary["submission_id"]), str(summary["processed"]),
                      str(summary["quarantined"]), "yes" if summary["contains_bsn"] else "no")
    out.print(table)


def _print_where_to_look(running: Services) -> None:
    if running.prefect_api_url:
        ui = running.prefect_api_url.removesuffix("/api")
        out.print(f"Prefect UI: {ui} (flow runs and the submission-summary artifacts)")
    out.print(f"S3 endpoint: http://{running.s3_address}")
    for bucket, name in running.bucket_names.items():
        count = len(running.store.list(bucket))
        out.print(f"  bucket {name}: {count} objects", highlight=False)


def _wait_for_interrupt(running: Services) -> None:
    out.print("Servers are up; press Ctrl-C to stop them.")
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        out.print("Stopping.")

