#!/usr/bin/env python3
"""Generate the country and city gazetteer (Turtle) from the shared CSV reference data.

Reads   src/main/resources/org/diplomacykg/lexicon/sources/{countries,cities}.csv
Writes  src/main/resources/org/diplomacykg/lexicon/gazetteer/{countries,cities}.ttl

Standard library only. Run from anywhere:

    python3 src/tools/gazetteer/generate.py            # write the two files
    python3 src/tools/gazetteer/generate.py --check    # exit 1 if the committed files are stale

The generated files are committed; re-run this script after changing the CSVs or the rules below.
The CSVs and their licence (ODbL 1.0) are described in sources/README.md and sources/NOTICE.md.

The quirks handled here are the ones listed in sources/README.md, section 6 ("Quirks"):
  * multi-form demonyms ("Azerbaijani, Azeri", "Antiguan or Barbudan") are split into one dip:demonym each;
  * strings that are not demonyms ("BIOT", "Bonaire", "Svalbard", ...) are dropped;
  * ambiguous demonyms are resolved by the DEMONYM_OWNER table below ("American" -> US only,
    "Chinese" -> China only, "Dominican" -> Dominican Republic only); "Congolese" is kept on both Congos
    on purpose (listed as a deliberate ambiguity in aliases.ttl);
  * "Washington D.C." becomes city:washington-dc, label "Washington, D.C.", altLabels "Washington",
    "Washington D.C.";
  * Kyiv gets the altLabel "Kiev"; old or variant city names become labels/altLabels (CITY_NAMES);
  * the corrected city QIDs are already in cities.csv (README, "Corrections applied"); they are used as is.
Extra country names and adjectives that the CSV lacks are hand-written in aliases.ttl, not here.
"""

import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, "..", "..", ".."))  # the project root (…/src/tools/gazetteer -> …)
LEXICON = os.path.join(ROOT, "src", "main", "resources", "org", "diplomacykg", "lexicon")
SOURCES = os.path.join(LEXICON, "sources")
OUT = os.path.join(LEXICON, "gazetteer")

ATTRIBUTION = ("Data by Countries States Cities Database, "
               "https://github.com/dr5hn/countries-states-cities-database | ODbL v1.0")

PREFIXES = """@prefix dip:     <https://w3id.org/diplomacy-kg/ontology#> .
@prefix country: <https://w3id.org/diplomacy-kg/id/country/> .
@prefix city:    <https://w3id.org/diplomacy-kg/id/city/> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .
@prefix geo:     <http://www.w3.org/2003/01/geo/wgs84_pos#> .
@prefix wd:      <http://www.wikidata.org/entity/> .
"""

# ---------------------------------------------------------------------------------------------------------
# Country rules
# ---------------------------------------------------------------------------------------------------------

# CSV names that are not the form news text uses.  The CSV name is kept in an rdfs:comment.
COUNTRY_LABELS = {
    "AX": "Åland Islands",
    "BL": "Saint Barthélemy",
    "FJ": "Fiji",
    "GS": "South Georgia and the South Sandwich Islands",
    "HK": "Hong Kong",
    "IM": "Isle of Man",
    "MF": "Saint Martin",
    "MO": "Macau",
    "PN": "Pitcairn Islands",
    "PS": "Palestine",
    "RE": "Réunion",
    "SJ": "Svalbard and Jan Mayen",
    "SX": "Sint Maarten",
    "VA": "Vatican City",
    "VG": "British Virgin Islands",
    "VI": "United States Virgin Islands",
    "WF": "Wallis and Futuna",
}

# Demonym strings that are not demonyms, or are only abbreviations / the place name itself.
# Abbreviations that news does use ("UK", "NZ") are altLabels in aliases.ttl instead.
DEMONYM_DROP = {
    "BIOT": "abbreviation of the territory's name, not a demonym",
    "Bonaire": "island name, not a demonym (BQ)",
    "Svalbard": "place name, not a demonym (SJ)",
    "Heard Island or McDonald Islands": "place names, not a demonym (HM)",
    "Heard Island": "place name, not a demonym (HM)",
    "McDonald Islands": "place name, not a demonym (HM)",
    "South Georgia": "place name, not a demonym (GS)",
    "South Sandwich Islands": "place name, not a demonym (GS)",
    "Wallis and Futuna": "place name, not a demonym (WF)",
    "Channel Island": "shared by GG and JE and names neither; dropped",
    "UK": "abbreviation; altLabel of country:gb in aliases.ttl",
    "NZ": "abbreviation; altLabel of country:nz in aliases.ttl",
    "Verdean": "truncated form; 'Cape Verdean' is added in aliases.ttl",
}

# Ambiguous demonyms: the single country that keeps the form.  Forms not listed here and shared by several
# countries make the script fail, so a new ambiguity in the CSV cannot slip through silently.
DEMONYM_OWNER = {
    "American": "US",    # US vs UM: news "American" means the United States
    "Chinese": "CN",     # CN vs TW ("Chinese, Taiwanese") vs MO ("Macanese, Chinese")
    "Dominican": "DO",   # DO vs DM: news "Dominican" overwhelmingly means the Dominican Republic
}
# Shared on purpose (both readings are common; context must decide).  Listed in aliases.ttl.
DEMONYM_SHARED = {"Congolese"}

# ---------------------------------------------------------------------------------------------------------
# City rules
# ---------------------------------------------------------------------------------------------------------

# (country_iso2, CSV name) -> (label, [altLabels]).  The slug is taken from the label.
CITY_NAMES = {
    ("US", "Washington D.C."): ("Washington, D.C.", ["Washington", "Washington D.C.", "Washington DC"]),
    ("UA", "Kyiv"): ("Kyiv", ["Kiev"]),
    ("KZ", "Nur-Sultan"): ("Astana", ["Nur-Sultan"]),       # renamed back to Astana in 2022
    ("CO", "Bogotá D.C."): ("Bogotá", ["Bogotá D.C."]),
    ("FM", "Palikir - National Government Center"): ("Palikir", []),
    ("PA", "Panamá"): ("Panama City", []),                   # bare "Panama" is the country
    ("MH", "Delap-Uliga-Djarrit"): ("Majuro", ["Delap-Uliga-Djarrit"]),
    ("MN", "Ulan Bator"): ("Ulaanbaatar", ["Ulan Bator"]),
    ("MM", "Nay Pyi Taw"): ("Naypyidaw", ["Nay Pyi Taw", "Naypyitaw"]),
    ("MV", "Male"): ("Malé", []),
    ("AG", "Saint John’s"): ("Saint John's", ["St. John's"]),
    ("GD", "Saint George's"): ("Saint George's", ["St. George's"]),
    ("GG", "Saint Peter Port"): ("Saint Peter Port", ["St Peter Port", "St. Peter Port"]),
    ("TO", "Nuku‘alofa"): ("Nukuʻalofa", ["Nuku'alofa"]),
    ("LU", "Luxembourg"): ("Luxembourg City", []),          # bare "Luxembourg" is the country
    ("DJ", "Djibouti"): ("Djibouti City", []),              # bare "Djibouti" is the country
    ("SM", "San Marino"): ("City of San Marino", []),       # bare "San Marino" is the country
    ("NL", "The Hague"): ("The Hague", ["Den Haag"]),
    ("US", "New York City"): ("New York City", ["New York", "NYC"]),
}

# Capitals that must NOT be used as a metonym for their country's government.
NO_METONYM = {
    ("PS", "East Jerusalem"): "disputed capital; news does not use it for the Palestinian government",
}

# Coordinates in the dataset that are clearly wrong: they are left out rather than published.
BAD_COORDINATES = {
    ("DK", "Copenhagen"): "dataset point (43.89, -75.67) is Copenhagen, New York, USA",
    ("BD", "Dhaka"): "dataset point (23.78, 89.93) is about 50 km west of Dhaka city",
    ("PS", "East Jerusalem"): "dataset point (31.80, 35.01) is about 20 km west of Jerusalem",
}

# QIDs of the CSV left out because another source contradicts them (a wrong QID is worse than none).
WITHHELD_QIDS = {
    ("KP", "Pyongyang"): "CSV Q109386; qid_check.csv marks its reference (8808) unusable, and a country-to-capital table "
                         "in the code index pairs North Korea (Q423) with Q18808 instead",
}


# ---------------------------------------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------------------------------------

def fold(text):
    """Accents removed (é -> e), for the ASCII altLabel."""
    norm = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def slug(text):
    t = fold(text).lower()
    t = re.sub(r"[.'’‘ʻ]", "", t)          # "Washington, D.C." -> "washington, dc"; "Saint John's" -> "saint johns"
    t = re.sub(r"[^a-z0-9]+", "-", t)
    return t.strip("-")


def lit(text, lang="en"):
    esc = text.replace("\\", "\\\\").replace('"', '\\"')
    return f'"{esc}"@{lang}' if lang else f'"{esc}"'


def plain(text):
    return lit(text, None)


def read_csv(name):
    with open(os.path.join(SOURCES, name), encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def split_demonyms(raw):
    parts = []
    if raw in DEMONYM_DROP:
        return parts
    for p in re.split(r",\s*|\s+or\s+", raw):
        p = p.strip()
        if p:
            parts.append(p)
    return parts


# ---------------------------------------------------------------------------------------------------------
# Build
# ---------------------------------------------------------------------------------------------------------

def build():
    countries = read_csv("countries.csv")
    cities = read_csv("cities.csv")
    if len(countries) != 250 or len(cities) != 214:
        raise SystemExit(f"unexpected row counts: {len(countries)} countries, {len(cities)} cities")

    labels = {r["iso2"]: COUNTRY_LABELS.get(r["iso2"], r["name"]) for r in countries}

    # --- demonyms -----------------------------------------------------------------------------------------
    owners = {}
    dropped = []
    for r in countries:
        for d in split_demonyms(r["demonym"]):
            if d in DEMONYM_DROP:
                dropped.append((r["iso2"], d, DEMONYM_DROP[d]))
                continue
            if d == labels[r["iso2"]] or d == r["name"]:
                dropped.append((r["iso2"], d, "same as the country's name"))
                continue
            owners.setdefault(d, []).append(r["iso2"])
        if r["demonym"] in DEMONYM_DROP:
            dropped.append((r["iso2"], r["demonym"], DEMONYM_DROP[r["demonym"]]))
    demonyms = {}
    for d, isos in owners.items():
        if len(isos) > 1:
            if d in DEMONYM_OWNER:
                keep = [DEMONYM_OWNER[d]]
                for iso in isos:
                    if iso not in keep:
                        dropped.append((iso, d, f"ambiguous; kept on {keep[0]} only"))
                isos = keep
            elif d not in DEMONYM_SHARED:
                raise SystemExit(f"unresolved ambiguous demonym {d!r}: {isos}")
        for iso in isos:
            demonyms.setdefault(iso, []).append(d)

    # --- cities -------------------------------------------------------------------------------------------
    city_iri = {}
    capital_of = {}
    city_entries = []
    seen_slugs = set()
    for r in cities:
        key = (r["country_iso2"], r["name"])
        label, alts = CITY_NAMES.get(key, (r["name"].replace("’", "'"), []))
        s = slug(label)
        if s in seen_slugs:
            raise SystemExit(f"duplicate city slug {s}")
        seen_slugs.add(s)
        folded = fold(label)
        alts = list(alts)
        if folded != label and folded not in alts:
            alts.append(folded)
        if r["name"] != label and r["name"].replace("’", "'") not in alts and key not in CITY_NAMES:
            alts.append(r["name"])
        is_capital = r["is_capital"] == "true"
        city_iri[key] = "city:" + s
        if is_capital:
            capital_of[r["country_iso2"]] = "city:" + s
        city_entries.append((r, s, label, alts, is_capital))

    # --- countries.ttl ------------------------------------------------------------------------------------
    out = []
    out.append("# countries.ttl -- GENERATED by src/tools/gazetteer/generate.py; do not edit by hand.\n")
    out.append("#\n")
    out.append("# One dip:Country per row of sources/countries.csv (250 countries and territories; the ISO 3166-1\n")
    out.append("# list of the source dataset, including user-assigned XK Kosovo and non-sovereign territories).\n")
    out.append("# Facts: name, ISO codes, nationality/demonym and Wikidata QID from the CSV, which derives from the\n")
    out.append("# Countries States Cities Database (ODbL 1.0):\n")
    out.append(f"#   {ATTRIBUTION}\n")
    out.append("# This file is a Produced Work of that database and is offered under ODbL 1.0 (see sources/NOTICE.md).\n")
    out.append("#\n")
    out.append("# QIDs: all 250 rows carry the CSV's QID (242 of 249 agree with Our World in Data's list; see\n")
    out.append("# sources/qid_check.csv).  Entries WITHOUT a QID: none.  Modelling choices kept from the CSV:\n")
    out.append("#   country:nl -> wd:Q55 (the Netherlands, the European country), not Q29999 (Kingdom of the Netherlands);\n")
    out.append("#   country:ps -> wd:Q407199 (Palestinian territories), not Q219060 (State of Palestine).\n")
    out.append("# Labels: the CSV name, except where it is not the form used in text (rdfs:comment keeps the CSV name):\n")
    for iso in sorted(COUNTRY_LABELS):
        src = next(r["name"] for r in countries if r["iso2"] == iso)
        out.append(f"#   {iso}: {src!r} -> {COUNTRY_LABELS[iso]!r}\n")
    out.append("# Demonyms: the CSV 'nationality' field split on ', ' and ' or '.  Dropped forms:\n")
    for iso, d, why in sorted(set(dropped)):
        out.append(f"#   {iso}: {d!r} -- {why}\n")
    out.append("# Deliberately shared demonym: 'Congolese' (country:cg and country:cd).\n")
    missing_cap = sorted(r["iso2"] for r in countries if r["iso2"] not in capital_of)
    out.append("# dip:capital is given only where the capital is a row of cities.csv.  No dip:capital for\n")
    out.append("#   " + " ".join(missing_cap) + "\n")
    out.append("# (no capital in the dataset, or a capital the dataset has no city row for; README section 3).\n")
    out.append("# More names and adjectives (US, U.S., UK, Britain, Czechia, Türkiye, ...) are in aliases.ttl.\n\n")
    out.append(PREFIXES + "\n")
    for r in sorted(countries, key=lambda x: x["iso2"]):
        iso = r["iso2"]
        lines = [f"country:{iso.lower()} a dip:Country ;", f"    rdfs:label {lit(labels[iso])} ;"]
        if labels[iso] != r["name"]:
            lines.append(f"    rdfs:comment {lit('Name in the source dataset: ' + r['name'])} ;")
        for d in demonyms.get(iso, []):
            lines.append(f"    dip:demonym {lit(d)} ;")
        lines.append(f"    dip:iso2 {plain(iso)} ; dip:iso3 {plain(r['iso3'])} ;")
        if iso in capital_of:
            lines.append(f"    dip:capital {capital_of[iso]} ;")
        if r["wikidata"]:
            lines.append(f"    owl:sameAs wd:{r['wikidata']} ;")
        lines[-1] = lines[-1][:-2] + " ."
        out.append("\n".join(lines) + "\n\n")
    countries_ttl = "".join(out)

    # --- cities.ttl ---------------------------------------------------------------------------------------
    out = []
    out.append("# cities.ttl -- GENERATED by src/tools/gazetteer/generate.py; do not edit by hand.\n")
    out.append("#\n")
    out.append("# One dip:City per row of sources/cities.csv: 207 national capitals (dip:metonymFor their country,\n")
    out.append("# because news uses 'Moscow', 'Washington', 'Kyiv' for the government) and 7 diplomatic venues that\n")
    out.append("# are not capitals (Geneva, Davos, Munich, The Hague, Istanbul, Jeddah, New York City: no metonymFor).\n")
    out.append("# Facts: name, country, coordinates (the dataset's strings) and QID from the CSV, which derives from the\n")
    out.append("# Countries States Cities Database (ODbL 1.0):\n")
    out.append(f"#   {ATTRIBUTION}\n")
    out.append("# This file is a Produced Work of that database and is offered under ODbL 1.0 (see sources/NOTICE.md).\n")
    out.append("#\n")
    out.append("# QIDs are the CSV's, which already carry the corrections listed at the end of sources/README.md\n")
    out.append("# (Kyiv Q1899, Geneva Q71, The Hague Q36600, Minsk Q2280, ...).  City QIDs not individually checked by\n")
    out.append("# the data's author are 'likely, not certain' (README).  Entries WITHOUT a QID (none in the dataset):\n")
    no_qid = [f"city:{s}" for (r, s, *_rest) in city_entries if not r["wikidata"]]
    out.append("#   " + ", ".join(no_qid) + "\n")
    out.append("# Not a metonym although a capital in the CSV:\n")
    for (iso, name), why in NO_METONYM.items():
        out.append(f"#   {iso} {name}: {why}\n")
    out.append("# QIDs left out because another source contradicts them:\n")
    for (iso, name), why in WITHHELD_QIDS.items():
        out.append(f"#   {iso} {name}: {why}\n")
    out.append("# Coordinates left out because the dataset's point is wrong:\n")
    for (iso, name), why in BAD_COORDINATES.items():
        out.append(f"#   {iso} {name}: {why}\n")
    out.append("# Renamed / relabelled rows (label, altLabels):\n")
    for (iso, name), (label, alts) in CITY_NAMES.items():
        out.append(f"#   {iso} {name!r} -> {label!r} {alts}\n")
    out.append("# Known homonyms: 'Washington' (also the US state and ~15 US towns), 'New York' (also the state),\n")
    out.append("# 'Tripoli' (also Lebanon), 'Victoria', 'Kingston', 'San Juan', 'Singapore' (the city row and the\n")
    out.append("# country share the name).  See aliases.ttl for the list of deliberate ambiguities.\n\n")
    out.append(PREFIXES + "\n")
    for (r, s, label, alts, is_capital) in city_entries:
        iso = r["country_iso2"]
        key = (iso, r["name"])
        lines = [f"city:{s} a dip:City ;", f"    rdfs:label {lit(label)} ;"]
        for a in alts:
            lines.append(f"    skos:altLabel {lit(a)} ;")
        lines.append(f"    dip:country country:{iso.lower()} ;")
        if is_capital and key not in NO_METONYM:
            lines.append(f"    dip:metonymFor country:{iso.lower()} ;")
        if key not in BAD_COORDINATES and r["latitude"] and r["longitude"]:
            float(r["latitude"]), float(r["longitude"])  # fail loudly on a malformed number
            lines.append(f'    geo:lat "{r["latitude"]}"^^xsd:decimal ; geo:long "{r["longitude"]}"^^xsd:decimal ;')
        if r["wikidata"] and key not in WITHHELD_QIDS:
            lines.append(f"    owl:sameAs wd:{r['wikidata']} ;")
        lines[-1] = lines[-1][:-2] + " ."
        out.append("\n".join(lines) + "\n\n")
    cities_ttl = "".join(out)
    return countries_ttl, cities_ttl


def main(argv):
    countries_ttl, cities_ttl = build()
    targets = {"countries.ttl": countries_ttl, "cities.ttl": cities_ttl}
    if "--check" in argv:
        stale = []
        for name, text in targets.items():
            path = os.path.join(OUT, name)
            if not os.path.exists(path) or open(path, encoding="utf-8").read() != text:
                stale.append(name)
        if stale:
            print("stale: " + ", ".join(stale), file=sys.stderr)
            return 1
        print("up to date")
        return 0
    os.makedirs(OUT, exist_ok=True)
    for name, text in targets.items():
        with open(os.path.join(OUT, name), "w", encoding="utf-8", newline="\n") as fh:
            fh.write(text)
        print(f"wrote {os.path.relpath(os.path.join(OUT, name), ROOT)}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
