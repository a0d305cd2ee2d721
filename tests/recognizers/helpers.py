"""Assertion helpers shared by the recognizer tests."""

from __future__ import annotations

from presidio_analyzer import EntityRecognizer


def spans(recognizer: EntityRecognizer, text: str, entity: str) -> list[str]:
    """The texts the recognizer finds, in order."""
    results = recognizer.analyze(text, [entity], None)  # type: ignore[arg-type]
    return [text[r.start : r.end] for r in sorted(results, key=lambda r: r.start)]


def assert_spans(found: list[str], expected: list[str]) -> None:
    assert found == expected, f"found {found}, expected {expected}"
