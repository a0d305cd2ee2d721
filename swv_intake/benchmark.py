"""``swv-intake benchmark``: our analyzer against deduce on the same text, in the same run.

Each engine runs in fresh processes (``python -m swv_intake.benchmark ENGINE TEXT_FILE``),
one at a time and taking turns, so that start-up is measured cold, peak memory is the
engine's own, and the load of this shared machine falls on both alike.
Both turn text into de-identified text: deduce's ``deidentify``, and our analyzer with the
copies' safety net (``pipeline/unverified.py``) and placeholders.
Start-up is the time from the first import to the first de-identified sentence; throughput is
characters per second on one core, the median of several passes over the corpus text after
one untimed pass (steady state: regex caches and lazily built lexicons warm, for both), and
over all passes together, which a batch run sees: it counts the passes that a full garbage
collection slows too.
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from pipeline.evaluation import load_gold
from pipeline.extract import extract_pdf

ENGINES = ("swv-intake", "deduce")
WARM_UP = "Emma Mulder, geboren 12-03-2014, woont in Helmond."


@dataclass(frozen=True)
class Measurement:
    """One engine's figures: medians over the processes and passes."""

    engine: str
    startup_s: float
    chars_per_s: float
    chars_per_s_all_passes: float
    peak_rss_mb: float


def corpus_text(corpus: Path) -> str:
    """The extracted text of every annotated document, joined."""
    return "\n\n".join(extract_pdf(g.pdf.read_bytes(), g.pdf.name).text
                       for g in load_gold(corpus))


def _engine(name: str) -> Callable[[str], object]:
    if name == "deduce":
        from deduce import Deduce

        deduce = Deduce()

        def deidentify(text: str) -> object:
            return deduce.deidentify(text)

        return deidentify
    from pipeline.analysis import Analyzer
    from pipeline.anonymize import anonymize_text
    from pipeline.document import Document
    from pipeline.unverified import with_unverified_words

    analyzer = Analyzer()

    def deidentify_ours(text: str) -> object:
        document = Document.of_text("bench", text)
        return anonymize_text(text, with_unverified_words(document, analyzer.analyze(document)))

    return deidentify_ours


def worker(name: str, text_file: Path, passes: int) -> dict[str, float]:
    """Run in a fresh process: start the engine, then time passes over the text."""
    started = time.perf_counter()
    analyze = _engine(name)
    analyze(WARM_UP)
    startup = time.perf_counter() - started
    text = text_file.read_text(encoding="utf-8")
    analyze(text)  # one pass untimed: caches and lazily built parts warm, for both engines
    timings = []
    for _ in range(passes):
        begin = time.process_time()
        analyze(text)
        timings.append(time.process_time() - begin)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"startup_s": startup, "seconds": statistics.median(timings),
            "total_seconds": sum(timings),
            "chars": len(text), "peak_rss_mb": peak_kb / 1024}


def _run(engine: str, text_file: Path, passes: int) -> dict[str, float]:
    output = subprocess.run(
        [sys.executable, "-m", "swv_intake.benchmark", engine, str(text_file), str(passes)],
        check=True, capture_output=True, text=True).stdout
    return dict(json.loads(output.strip().splitlines()[-1]))


def measure_all(text_file: Path, processes: int, passes: int) -> list[Measurement]:
    """Median figures per engine over ``processes`` fresh runs each.

    The engines take turns (ours, deduce, ours, ...), so that a change in the load of this
    shared machine falls on both alike.
    """
    runs: dict[str, list[dict[str, float]]] = {engine: [] for engine in ENGINES}
    for _ in range(processes):
        for engine in ENGINES:
            runs[engine].append(_run(engine, text_file, passes))
    return [Measurement(
        engine=engine,
        startup_s=statistics.median(r["startup_s"] for r in engine_runs),
        chars_per_s=statistics.median(r["chars"] / r["seconds"] for r in engine_runs),
        chars_per_s_all_passes=(sum(r["chars"] for r in engine_runs) * passes
                                / sum(r["total_seconds"] for r in engine_runs)),
        peak_rss_mb=statistics.median(r["peak_rss_mb"] for r in engine_runs),
    ) for engine, engine_runs in runs.items()]


if __name__ == "__main__":
    engine_name, path, pass_count = sys.argv[1], Path(sys.argv[2]), int(sys.argv[3])
    print(json.dumps(worker(engine_name, path, pass_count)))
