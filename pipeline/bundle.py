"""The anonymized consultation bundle of a submission: pseudonymized text and redacted PDFs.

Only attachments that may be used go in (the case decision); every copy passes the leak
gate first, and a blocked copy stays out with its reason for an operator (§2.1).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from pipeline.analysis import Analyzer
from pipeline.case import CaseDecision
from pipeline.intake import AttachmentResult
from pipeline.leakgate import GateResult, check_pdf, check_text
from pipeline.pseudonymize import Pseudonyms, pseudonymize
from pipeline.redact import redact_pdf
from pipeline.unverified import with_unverified_words


@dataclass(frozen=True)
class AnonymizedCopy:
    """One attachment's anonymized text and redacted PDF, with their gate results."""

    index: int
    doc_type: str
    text: str
    pdf: bytes
    text_gate: GateResult
    pdf_gate: GateResult

    @property
    def passed(self) -> bool:
        """Whether both copies passed the leak gate."""
        return self.text_gate.passed and self.pdf_gate.passed


@dataclass(frozen=True)
class Bundle:
    """The copies that may be published, those left out and why, and the pseudonyms."""

    copies: tuple[AnonymizedCopy, ...]
    left_out: tuple[tuple[int, str], ...]  # attachment index, reason (no personal data)
    pseudonyms: Pseudonyms

    def manifest(self) -> dict[str, object]:
        """What the bundle holds, for its own folder: indexes, types, counts, no names."""
        return {
            "files": [{"index": c.index, "doc_type": c.doc_type, "text": copy_name(c, "md"),
                       "pdf": copy_name(c, "pdf")} for c in self.copies if c.passed],
            "left_out": [{"index": index, "reason": reason} for index, reason in self.left_out],
        }


def copy_name(copy: AnonymizedCopy, extension: str) -> str:
    """A file name that says what the copy is and nothing about whom."""
    return f"bijlage-{copy.index:02d}-{copy.doc_type}.{extension}"


def anonymize_all(datas: Sequence[bytes], results: Sequence[AttachmentResult],
                  decision: CaseDecision | None,
                  analyzer: Analyzer) -> tuple[list[AnonymizedCopy], Pseudonyms]:
    """Every attachment's anonymized copies, gated, with pseudonyms shared by all.

    The copies mask the detected identifiers and the words nobody vouched for.
    """
    masked = [replace(result, findings=with_unverified_words(result.document, result.findings))
              for result in results]
    texts, pseudonyms = pseudonymize(masked, decision)
    copies = []
    for index, (data, result, text) in enumerate(zip(datas, masked, texts, strict=True), 1):
        pdf = redact_pdf(data, result.document, result.findings)
        copies.append(AnonymizedCopy(
            index, result.classification.doc_type.value, text, pdf,
            check_text(text, result.document, result.findings, analyzer),
            check_pdf(pdf, result.document, result.findings, analyzer)))
    return copies, pseudonyms


def make_bundle(datas: Sequence[bytes], results: Sequence[AttachmentResult],
                decision: CaseDecision, analyzer: Analyzer) -> Bundle:
    """The consultation bundle: attachments the decision allows, copies the gate passes."""
    copies, pseudonyms = anonymize_all(datas, results, decision, analyzer)
    kept: list[AnonymizedCopy] = []
    left_out: list[tuple[int, str]] = []
    for copy, attachment in zip(copies, decision.attachments, strict=True):
        if not attachment.consultation_bundle:
            left_out.append((copy.index, f"not for consultation (consent: {attachment.consent})"))
        elif not copy.passed:
            problems = ", ".join((*copy.text_gate.problems, *copy.pdf_gate.problems))
            left_out.append((copy.index, f"blocked by the leak gate: {problems}"))
        else:
            kept.append(copy)
    return Bundle(tuple(kept), tuple(left_out), pseudonyms)
