from __future__ import annotations

from pipeline.document import Document, Page
from pipeline.evaluation import Counts, GoldMention, Leaks, Span, locate


def test_gold_is_placed_longest_first_and_in_order() -> None:
    text = "Emma Storm en Emma. Emma."
    document = Document("t", text, (Page(1, 595, 842, 0, len(text)),))
    mentions = [GoldMention("PERSON", "Emma Storm", 1), GoldMention("PERSON", "Emma", 1),
                GoldMention("PERSON", "Emma", 1), GoldMention("PERSON", "Ghost", 1)]
    spans, unplaced = locate(document, mentions)
    assert [text[s.start:s.end] for s in spans] == ["Emma Storm", "Emma", "Emma"]
    assert [s.start for s in spans] == [0, 14, 20]
    assert unplaced == 1


def test_counts_overlap_of_the_same_type() -> None:
    counts = Counts()
    gold = [Span("PERSON", 0, 10), Span("PERSON", 20, 25)]
    predicted = [Span("PERSON", 2, 8), Span("PERSON", 30, 35), Span("LOCATION", 20, 25)]
    counts.add(gold, [p for p in predicted if p.entity_type == "PERSON"])
    assert (counts.found, counts.gold, counts.correct, counts.predicted) == (1, 2, 1, 2)
    assert counts.recall == 0.5 and counts.precision == 0.5 and counts.f1 == 0.5


def test_leaks_count_identifying_mentions_left_in_the_text() -> None:
    leaks = Leaks()
    mentions = [GoldMention("PERSON", "Emma", 1), GoldMention("NL_BSN", "111222333", 1),
                GoldMention("HEALTH", "ADHD", 1)]
    leaks.add(mentions, "[naam] heeft ADHD, BSN 111222333")
    assert (leaks.leaked, leaks.total) == (1, 2)
    assert dict(leaks.by_type) == {"NL_BSN": 1}


def test_a_leak_is_a_whole_word_not_part_of_one() -> None:
    leaks = Leaks()
    leaks.add([GoldMention("PERSON", "Mo", 1)], "Moeder belde; [naam] was er niet.")
    leaks.add([GoldMention("PERSON", "Mo", 1)], "Mo was er niet.")
    assert (leaks.leaked, leaks.total) == (1, 2)
