"""The case decision as JSON for storage and as a Markdown report, in Dutch, for operators."""

from __future__ import annotations

from typing import Any

from pipeline.case import CaseDecision

YES_NO = {True: "ja", False: "nee"}


def decision_record(decision: CaseDecision) -> dict[str, Any]:
    """The decision as JSON-ready data (holds names: restricted storage only)."""
    return {
        "needs_operator": decision.needs_operator,
        "operator_reasons": [r.as_dict() for r in decision.operator_reasons],
        "birth_date": decision.birth_date.isoformat() if decision.birth_date else None,
        "application_date": decision.application_date.isoformat(),
        "guardians": [{"name": g.name, "relation": g.relation.value, "gezag": g.has_gezag}
                      for g in decision.guardians],
        "consenters": list(decision.consenters.persons) if decision.consenters else [],
        "consenter_reasons": ([r.as_dict() for r in decision.consenters.reasons]
                              if decision.consenters else []),
        "consents": [{"source": c.source, "signers": list(c.signers), "covers": sorted(c.covers),
                      "given_on": c.given_on.isoformat() if c.given_on else None,
                      "specific": c.specific, "general": c.general, "missing": list(c.missing)}
                     for c in decision.consents],
        "attachments": [{
            "attachment": a.attachment, "doc_type": a.doc_type, "author_role": a.author_role,
            "to_assessors": a.to_assessors, "consent": a.consent,
            "consenters_missing": list(a.consenters_missing),
            "consultation_bundle": a.consultation_bundle,
            "school_must_correct": a.school_must_correct,
            "reasons": [r.as_dict() for r in a.reasons]} for a in decision.attachments],
    }


def decision_markdown(decision: CaseDecision, submission_id: str) -> str:
    """A readable report for the intake operators, with Dutch headings."""
    lines = [f"# Besluit bij aanvraag {submission_id}", ""]
    if decision.needs_operator:
        lines += ["**Beoordeling door een medewerker nodig.**", ""]
        lines += [f"- {r.text} ({r.section})" for r in decision.operator_reasons] + [""]
    lines += ["## Leerling en gezag", "",
              f"- Geboortedatum: {decision.birth_date or 'onbekend'}"]
    lines += [f"- {g.name}: {g.relation.value}, gezag {YES_NO[g.holds_authority]}"
              for g in decision.guardians]
    if decision.consenters and decision.consenters.persons:
        lines.append(f"- Toestemming nodig van: {', '.join(decision.consenters.persons)} "
                     f"({'; '.join(r.section for r in decision.consenters.reasons)})")
    lines += ["", "## Bijlagen", "",
              "| bijlage | soort | naar commissie | toestemming | casusoverleg | waarom |",
              "| --- | --- | --- | --- | --- | --- |"]
    for a in decision.attachments:
        why = "; ".join(f"{r.text} ({r.section})" for r in a.reasons) or "-"
        lines.append(f"| {a.attachment} | {a.doc_type} | {YES_NO[a.to_assessors]} | "
                     f"{a.consent} | {YES_NO[a.consultation_bundle]} | {why} |")
    waiting = [a for a in decision.attachments if a.consent in ("ontbreekt", "ongeldig")]
    lines += ["", "## Toestemming eerst nodig", ""]
    lines += [f"- {a.attachment}: van {', '.join(a.consenters_missing) or 'onbekend'}"
              for a in waiting] or ["- geen"]
    correct = [a for a in decision.attachments if a.school_must_correct]
    lines += ["", "## Wat de school moet herstellen", ""]
    lines += [f"- {a.attachment}: BSN verwijderen en opnieuw aanleveren (§2.2)"
              for a in correct] or ["- niets"]
    lines += ["", "## Anonieme casusbespreking", ""]
    lines += [f"- {a.attachment}" for a in decision.attachments if a.consultation_bundle]
    return "\n".join(lines) + "\n"
