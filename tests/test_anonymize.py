from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from pipeline.anonymize import anonymize_text
from pipeline.document import Finding


def finding(text: str, start: int, end: int, entity_type: str = "NL_BSN") -> Finding:
    return Finding(entity_type, start, end, text[start:end], 1.0, 1)


def test_replaces_each_finding_with_its_placeholder() -> None:
    text = "BSN 111222333, mail a@b.nl."
    found = [finding(text, 4, 13), finding(text, 20, 26, "EMAIL_ADDRESS")]
    assert anonymize_text(text, found) == "BSN [BSN], mail [e-mail]."


def test_overlapping_findings_become_one_placeholder() -> None:
    text = "nummer 1112 22 333 einde"
    found = [finding(text, 7, 18), finding(text, 12, 18, "PHONE_NUMBER")]
    assert anonymize_text(text, found) == "nummer [BSN] einde"


@given(
    st.text(alphabet="0123456789 abc", min_size=1, max_size=60),
    st.lists(st.tuples(st.integers(0, 59), st.integers(1, 12)), max_size=5),
)
def test_no_character_of_a_finding_survives(text: str, raw_spans: list[tuple[int, int]]) -> None:
    found = [finding(text, s, min(s + n, len(text))) for s, n in raw_spans if s < len(text)]
    result = anonymize_text(text, found)
    covered: set[int] = set()
    for f in found:
        covered.update(range(f.start, f.end))
    kept = "".join(ch for i, ch in enumerate(text) if i not in covered)
    assert result.replace("[BSN]", "") == kept


def test_health_findings_stay_in_the_text() -> None:
    text = "Emma heeft ADHD."
    found = [finding(text, 0, 4, "PERSON"), finding(text, 11, 15, "HEALTH")]
    assert anonymize_text(text, found) == "[naam] heeft ADHD."
