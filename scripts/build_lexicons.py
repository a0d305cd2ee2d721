"""Rebuild recognizers/lexicons/*.txt from the lookup lists that ship with deduce.

deduce (UMC Utrecht, LGPL-3.0-or-later) compiles Dutch first names and surnames, places and
streets (BAG) and care institutions into plain lists. We copy the lists we use, each list's
items minus deduce's own exceptions, so that the runtime does not depend on deduce (a
development dependency only). Run with the dev environment: ``python scripts/build_lexicons.py``.
"""

from __future__ import annotations

from importlib.resources import files
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "recognizers" / "lexicons"
SOURCE = Path(str(files("deduce"))) / "data" / "lookup" / "src"

# our file name -> deduce lists whose items (minus their exceptions) it unites
LISTS: dict[str, list[str]] = {
    "first_names.txt": ["names/lst_first_name"],
    "surnames.txt": ["names/lst_surname", "names/lst_interfix_surname"],
    "interfixes.txt": ["names/lst_interfix"],
    "titles.txt": ["names/lst_prefix"],
    "towns.txt": ["locations/lst_placename/lst_residence",
                  "locations/lst_placename/lst_municipality"],
    "streets.txt": ["locations/lst_street"],
    "care_institutions.txt": ["institutions/lst_healthcare_institution",
                              "institutions/lst_hospital"],
    "common_words.txt": ["whitelist/lst_common_word", "whitelist/lst_stop_word"],
}
# deduce's exceptions: names that are also ordinary words; we keep them as "ambiguous"
AMBIGUOUS: dict[str, list[str]] = {
    "first_names.ambiguous.txt": ["names/lst_first_name"],
    "surnames.ambiguous.txt": ["names/lst_surname", "names/lst_interfix_surname"],
    "towns.ambiguous.txt": ["locations/lst_placename/lst_residence"],
}


def _read(path: Path) -> set[str]:
    if not path.exists():
        return set()
    return {line.strip() for line in path.read_text(encoding="utf-8").splitlines()
            if line.strip()}


def items(list_dir: str) -> set[str]:
    """A deduce list's items without its exceptions."""
    return _read(SOURCE / list_dir / "items.txt") - _read(SOURCE / list_dir / "exceptions.txt")


def exceptions(list_dir: str) -> set[str]:
    """A deduce list's exceptions."""
    return _read(SOURCE / list_dir / "exceptions.txt")


def write(name: str, entries: set[str]) -> None:
    """Write one lexicon file, sorted."""
    (TARGET / name).write_text("\n".join(sorted(entries)) + "\n", encoding="utf-8")
    print(f"{name}: {len(entries)} entries")


def main() -> None:
    """Write every lexicon taken from deduce."""
    for name, sources in LISTS.items():
        write(name, set().union(*(items(source) for source in sources)))
    for name, sources in AMBIGUOUS.items():
        write(name, set().union(*(exceptions(source) for source in sources)))


if __name__ == "__main__":
    main()
