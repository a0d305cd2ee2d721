"""Assertion helpers shared by the recognizer tests."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer


def spans(recognizer: EntityRecognizer, text: str, entity: str) -> list[str]:
    """The texts the recognizer finds, in order."""
    results = recognizer.analyze(text, [entity], None)  # type: ignore[arg-type]
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


def distinct_spans(recognizer: EntityRecognizer, text: str, entity: str) -> list[str]:
    """The texts found, in order, each span once, without spans inside another one.

    Several rules may find the same name; the pipeline keeps the longest.
    """
    results = recognizer.analyze(text, [entity], None)  # type: ignore[arg-type]
    ranges = {(r.start, r.end) for r in results}
    outer = sorted(r for r in ranges
                   if not any(o != r and o[0] <= r[0] and r[1] <= o[1] for o in ranges))
    return [text[start:end] for start, end in outer]


def assert_spans(found: list[str], expected: list[str]) -> None:
    assert found == expected, f"found {found}, expected {expected}"
