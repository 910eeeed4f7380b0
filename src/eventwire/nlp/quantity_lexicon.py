"""Word lists the quantity extractor reads: number words, scales, currencies, hedges, counted nouns.

Kept as plain data in one place so a reader can see every word the extractor knows and a
maintainer can extend a list without touching the logic. The counted-noun vocabulary follows the
event schema's ``quantity.unit`` (troops, aircraft, people, killed, injured, arrested, protesters,
or an ISO 4217 currency code); victim predicates follow PLOVER's ``size`` field (dead, injured,
arrested), named ``killed``/``injured``/``arrested`` as the schema does.
"""

from __future__ import annotations

# --- numbers -------------------------------------------------------------------------------------

SMALL_NUMBERS: dict[str, int] = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
TENS: dict[str, int] = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}
# Multipliers written as words after a number ("2.5 million", "three hundred", "a dozen").
SCALE_WORDS: dict[str, float] = {
    "dozen": 12, "hundred": 100, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
}
# Abbreviated scales written after digits ("£88m", "$6.5bn", "12k"); "m" is read as million, as
# news copy uses it, never as metres.
SCALE_SUFFIXES: dict[str, float] = {
    "k": 1e3, "m": 1e6, "mn": 1e6, "mln": 1e6, "b": 1e9, "bn": 1e9, "tn": 1e12, "trn": 1e12,
}
# Plural multiples used as vague counts ("thousands of", "tens of thousands"): the value is the
# smallest plural reading (two of the unit), kept as the lower bound and flagged approximate.
VAGUE_MULTIPLES: dict[str, float] = {
    "dozens": 12, "scores": 20, "tens": 10, "hundreds": 100, "thousands": 1e3, "millions": 1e6,
    "billions": 1e9,
}
# "several hundred", "a few thousand": value three of the unit, lower bound two.
FEW_WORDS = ("several", "a few", "a couple of")

# --- money ---------------------------------------------------------------------------------------

CURRENCY_SYMBOLS: dict[str, str] = {
    "US$": "USD", "A$": "AUD", "AU$": "AUD", "C$": "CAD", "CA$": "CAD", "NZ$": "NZD",
    "HK$": "HKD", "S$": "SGD", "R$": "BRL", "$": "USD", "£": "GBP", "€": "EUR", "¥": "JPY",
    "₹": "INR", "₽": "RUB", "₴": "UAH", "₩": "KRW", "₺": "TRY", "₪": "ILS", "Rs": "INR",
}
CURRENCY_CODES: frozenset[str] = frozenset(
    "USD EUR GBP RUB UAH CNY JPY INR CHF CAD AUD NZD HKD SGD TRY ILS PLN SEK NOK DKK KRW BRL ZAR "
    "NGN SAR AED IRR PKR EGP MXN BYN KZT GEL HUF CZK RON".split()
)
# Currency nouns (singular and plural forms both listed), read after the number.
CURRENCY_WORDS: dict[str, str] = {
    "dollar": "USD", "dollars": "USD", "euro": "EUR", "euros": "EUR", "pound": "GBP",
    "pounds": "GBP", "sterling": "GBP", "rouble": "RUB", "roubles": "RUB", "ruble": "RUB",
    "rubles": "RUB", "hryvnia": "UAH", "hryvnias": "UAH", "hryvnya": "UAH", "yuan": "CNY",
    "renminbi": "CNY", "yen": "JPY", "rupee": "INR", "rupees": "INR", "franc": "CHF",
    "francs": "CHF", "lira": "TRY", "liras": "TRY", "shekel": "ILS", "shekels": "ILS",
    "zloty": "PLN", "zlotys": "PLN", "riyal": "SAR", "riyals": "SAR", "dirham": "AED",
    "dirhams": "AED", "rial": "IRR", "rials": "IRR", "naira": "NGN", "rand": "ZAR",
    "peso": "MXN", "pesos": "MXN", "lari": "GEL", "tenge": "KZT", "forints": "HUF", "forint": "HUF",
}
# A nationality before "dollars"/"rupees"/"pounds" changes the currency.
CURRENCY_QUALIFIERS: dict[tuple[str, str], str] = {
    ("us", "USD"): "USD", ("u.s.", "USD"): "USD", ("american", "USD"): "USD",
    ("australian", "USD"): "AUD", ("canadian", "USD"): "CAD", ("hong kong", "USD"): "HKD",
    ("singapore", "USD"): "SGD", ("new zealand", "USD"): "NZD", ("taiwan", "USD"): "TWD",
    ("pakistani", "INR"): "PKR", ("sri lankan", "INR"): "LKR", ("egyptian", "GBP"): "EGP",
    ("lebanese", "GBP"): "LBP", ("syrian", "GBP"): "SYP", ("sudanese", "GBP"): "SDG",
    ("swiss", "CHF"): "CHF", ("turkish", "TRY"): "TRY", ("chinese", "CNY"): "CNY",
    ("russian", "RUB"): "RUB", ("belarusian", "RUB"): "BYN", ("mexican", "MXN"): "MXN",
    ("argentine", "MXN"): "ARS", ("colombian", "MXN"): "COP", ("philippine", "MXN"): "PHP",
    ("iranian", "IRR"): "IRR", ("yemeni", "IRR"): "YER", ("omani", "IRR"): "OMR",
}

# --- hedges --------------------------------------------------------------------------------------

# Words before a number that make it approximate, with the bound the number then sets
# ("more than 100": at least 100 → low; "up to 100": at most 100 → high; "about 100": none).
HEDGES_BEFORE: dict[str, str | None] = {
    "about": None, "around": None, "roughly": None, "some": None, "approximately": None,
    "approx.": None, "an estimated": None, "estimated": None, "close to": None, "circa": None,
    "c.": None, "perhaps": None, "maybe": None, "an approximate": None,
    "nearly": "high", "almost": "high", "up to": "high", "as many as": "high",
    "as much as": "high", "fewer than": "high", "less than": "high", "under": "high",
    "just under": "high", "below": "high", "at most": "high", "no more than": "high",
    "more than": "low", "over": "low", "at least": "low", "upwards of": "low",
    "in excess of": "low", "just over": "low", "well over": "low", "above": "low",
    "a minimum of": "low", "a maximum of": "high", "no fewer than": "low", "no less than": "low",
}
# After a number: "100 or more", "100-plus", "40-odd", "100 or so".
HEDGES_AFTER: dict[str, str | None] = {
    "or more": "low", "or so": None, "plus": "low", "odd": None, "or fewer": "high", "or less": "high",
}

# "rose from 30 to 45" reports a change, not a range.
CHANGE_WORDS = frozenset({
    "rose", "risen", "rise", "rises", "rising", "increased", "increase", "increases", "fell", "fallen",
    "fall", "falls", "falling", "grew", "grown", "grow", "climbed", "climb", "jumped", "jump",
    "dropped", "drop", "declined", "decline", "decreased", "raised", "raise", "cut", "lowered",
    "reduced", "up", "down", "went", "soared", "surged", "plunged", "slumped", "doubled", "tripled",
    "shrank", "swelled", "expanded", "revised", "moved", "changed",
})

# --- what is counted -----------------------------------------------------------------------------

# Lemma (lower case) of a counted noun → the unit we report. Words not listed keep their own
# plural form ("2,000 classroom doors" → "doors").
COUNTED_NOUNS: dict[str, str] = {
    "troop": "troops", "troops": "troops", "force": "troops", "serviceman": "troops",
    "servicemen": "troops", "servicewoman": "troops", "army": "troops", "contingent": "troops",
    "soldier": "soldiers",
    "person": "people", "people": "people", "individual": "people", "crowd": "people",
    "civilian": "civilians",
    "protester": "protesters", "protestor": "protesters", "demonstrator": "protesters",
    "marcher": "protesters",
    "aircraft": "aircraft", "plane": "aircraft", "airplane": "aircraft", "aeroplane": "aircraft",
    "warplane": "aircraft", "jet": "aircraft", "bomber": "aircraft", "airliner": "aircraft",
    "ship": "ships", "vessel": "ships", "warship": "ships",
    "tank": "tanks", "helicopter": "helicopters", "drone": "drones", "missile": "missiles",
    "rocket": "rockets", "child": "children", "children": "children", "man": "men", "men": "men",
    "woman": "women", "women": "women", "staff": "staff", "personnel": "personnel",
    "police": "police",
    "percent": "percent",
    # physical units
    "km": "km", "kilometre": "km", "kilometer": "km", "kilometres": "km", "kilometers": "km",
    "mile": "miles", "miles": "miles", "metre": "metres", "meter": "metres", "kg": "kg",
    "kilogram": "kg", "kilogramme": "kg", "tonne": "tonnes", "ton": "tonnes", "barrel": "barrels",
    "litre": "litres", "liter": "litres", "hectare": "hectares", "acre": "acres",
    "mm": "mm", "cm": "cm", "mph": "mph", "megawatt": "MW", "mw": "MW", "gigawatt": "GW",
    "gw": "GW", "foot": "feet", "feet": "feet",
}
# "square kilometres", "sq km" → one unit.
SQUARE_UNITS: dict[str, str] = {"km": "km2", "miles": "square miles", "metres": "m2"}

# Victim predicates: verbs whose object (active) or subject (passive) counts casualties/arrests.
VICTIM_VERBS: dict[str, str] = {
    "kill": "killed", "murder": "killed", "slay": "killed", "execute": "killed",
    "massacre": "killed", "behead": "killed", "shoot dead": "killed",
    "wound": "injured", "injure": "injured", "hurt": "injured", "maim": "injured",
    "arrest": "arrested", "detain": "arrested",
}
# Intransitive verbs whose subject is the victim ("two soldiers died").
VICTIM_INTRANSITIVE: dict[str, str] = {"die": "killed", "perish": "killed"}
# Words right after a count that say what happened to it ("40 dead", "dozens injured").
VICTIM_WORDS: dict[str, str] = {
    "dead": "killed", "killed": "killed", "died": "killed", "injured": "injured", "wounded": "injured",
    "hurt": "injured", "arrested": "arrested", "detained": "arrested",
}
# Nouns that are themselves casualty counts ("50 deaths", "300 arrests").
VICTIM_NOUNS: dict[str, str] = {
    "death": "killed", "fatality": "killed", "dead": "killed", "injury": "injured",
    "arrest": "arrested",
}
# "The death toll rose to 50": the number is what the toll counts.
TOLL_NOUNS = frozenset({"toll"})

# A number counting these is a duration or age, which the times resolver owns.
TIME_UNITS = frozenset({
    "second", "minute", "hour", "day", "night", "week", "weekend", "fortnight", "month", "year",
    "decade", "century", "yr", "hr", "min", "sec", "morning", "evening", "afternoon",
})
# Nouns that make a number a ratio or a frequency ("2.5 times greater", "three times a week").
NOT_COUNTED_NOUNS = frozenset({"time", "times"})
# Hyphenated words after a number that make it a name, a manner or a fraction, not a count
# ("one-off", "two-way", "three-time", "two-thirds").
NOT_COUNT_HYPHEN_WORDS = frozenset({
    "off", "way", "time", "fold", "sided", "thirds", "third", "quarters", "quarter", "halves",
    "half", "fifths", "nil", "all", "up", "on", "one",
})
# A number right after one of these words is a name or a reference ("Article 10", "No 10",
# "page 4", "Flight 17"), not a count.
NAME_PREFIXES = frozenset({
    "article", "articles", "section", "sections", "clause", "paragraph", "chapter", "resolution",
    "rule", "page", "pages", "no", "no.", "nos", "number", "flight", "route", "highway", "room",
    "platform", "gate", "phase", "stage", "level", "tier", "category", "grade", "version",
    "season", "episode", "volume", "vol", "vol.", "item", "annex", "amendment", "protocol",
    "title", "unit", "block", "ward", "zone", "channel", "radio", "division", "league", "model",
    "covid", "apollo", "windows", "iphone", "boeing", "airbus", "bus", "line", "terminal",
    "exit", "junction", "pier", "district", "precinct", "step", "figure", "table", "verse",
    "psalm", "decree", "cell", "bay", "floor",
})
# Nouns for a person that an age in commas follows ("Man, 24, arrested").
AGE_NOUNS = frozenset({
    "man", "woman", "boy", "girl", "teenager", "teen", "mother", "father", "son", "daughter",
    "pensioner", "student", "driver", "grandmother", "grandfather", "mum", "dad", "wife",
    "husband", "baby", "toddler", "child", "youth", "officer", "soldier", "nurse", "doctor",
})
MONTHS = (
    "January February March April May June July August September October November December "
    "Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec"
).split()
TIME_ZONES = "GMT UTC BST CET CEST EET EEST EST EDT CST CDT PST PDT MSK IST JST hrs hours".split()
