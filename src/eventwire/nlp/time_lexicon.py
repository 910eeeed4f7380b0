"""Words that name calendar units in English news, with the TimeML letters they map to.

Kept apart from the patterns so the grammar (``time_patterns``) reads as structure and this file
as vocabulary. Month and weekday names are matched case-sensitively elsewhere: "may", "march"
and "sun" are ordinary words, "We" is not Wednesday.
"""

from __future__ import annotations

MONTHS: dict[str, int] = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
}
MONTH_ABBREVIATIONS: dict[str, int] = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS: dict[str, int] = {  # ISO numbering: Monday = 1
    "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6,
    "sunday": 7,
}
SEASONS: dict[str, str] = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}
# The month a season starts in (meteorological seasons, northern hemisphere): used to order a
# season against the publication date ("last summer" in March 2013 is the summer of 2012).
SEASON_START_MONTH: dict[str, int] = {"SP": 3, "SU": 6, "FA": 9, "WI": 12}
PARTS_OF_DAY: dict[str, str] = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}

# Unit words → (TimeML letter, is the unit below a day, so written after "T").
UNITS: dict[str, tuple[str, bool]] = {
    "second": ("S", True), "minute": ("M", True), "hour": ("H", True),
    "day": ("D", False), "night": ("D", False), "week": ("W", False), "fortnight": ("W", False),
    "month": ("M", False), "year": ("Y", False), "decade": ("DE", False), "century": ("CE", False),
}
UNIT_PLURALS: dict[str, str] = {
    "seconds": "second", "minutes": "minute", "hours": "hour", "days": "day", "nights": "night",
    "weeks": "week", "fortnights": "fortnight", "months": "month", "years": "year",
    "decades": "decade", "centuries": "century",
}
# How many of the base unit a unit word stands for (a fortnight is two weeks, a decade ten years).
UNIT_MULTIPLIER: dict[str, int] = {"fortnight": 2, "decade": 10, "century": 100}

NUMBER_WORDS: dict[str, int] = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100, "a hundred": 100, "a dozen": 12, "dozen": 12, "a single": 1,
}
# Quantities that say "some number of": the TimeML value keeps the unit and writes X for the count.
VAGUE_COUNTS: tuple[str, ...] = (
    "a few", "few", "several", "many", "some", "a couple of", "couple of", "a number of",
    "dozens of", "hundreds of", "a couple", "numerous",
)
ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "1st": 1, "2nd": 2, "3rd": 3,
    "4th": 4,
}
CENTURY_ORDINALS: dict[str, int] = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
    "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13,
    "fourteenth": 14, "fifteenth": 15, "sixteenth": 16, "seventeenth": 17, "eighteenth": 18,
    "nineteenth": 19, "twentieth": 20, "twenty-first": 21, "twenty first": 21,
}
DECADE_WORDS: dict[str, int] = {
    "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6, "seventies": 7, "eighties": 8,
    "nineties": 9,
}

# Reference words: vague times TimeML writes as PAST_REF / PRESENT_REF / FUTURE_REF.
VAGUE_REFERENCES: dict[str, str] = {
    "recently": "PAST_REF", "lately": "PAST_REF", "in the past": "PAST_REF",
    "the other day": "PAST_REF", "formerly": "PAST_REF",
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "presently": "PRESENT_REF", "at present": "PRESENT_REF", "these days": "PRESENT_REF",
    "at the moment": "PRESENT_REF", "right now": "PRESENT_REF", "at this time": "PRESENT_REF",
    "the present": "PRESENT_REF", "so far": "PRESENT_REF",
    "soon": "FUTURE_REF", "in the future": "FUTURE_REF", "in the near future": "FUTURE_REF",
    "in the coming period": "FUTURE_REF", "shortly": "FUTURE_REF",
}

# Fixed-date holidays (month, day); Easter and US Thanksgiving are computed.
HOLIDAYS: dict[str, tuple[int, int]] = {
    "christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
    "boxing day": (12, 26), "new year's day": (1, 1), "new year's eve": (12, 31),
    "new year": (1, 1), "halloween": (10, 31), "valentine's day": (2, 14),
    "independence day": (7, 4), "bastille day": (7, 14), "armistice day": (11, 11),
    "may day": (5, 1),
}

# Verbs of saying: "says Friday" reports something already said, so a weekday under them is past.
REPORTING_VERBS: frozenset[str] = frozenset({
    "say", "tell", "announce", "report", "confirm", "claim", "insist", "warn", "state", "add",
    "note", "write", "disclose", "reveal", "acknowledge", "admit", "deny", "accuse",
})
# Capitalised words that may stand right before a year without making it a name or a number
# ("Resolution 2254", "Flight 1549" are not years; "March 2014", "Christmas 2012" are).
YEAR_PREFIX_WORDS: frozenset[str] = frozenset({
    "fiscal", "fy", "christmas", "easter", "spring", "summer", "autumn", "fall", "winter",
    "early", "late", "mid", "since", "in", "until", "by", "from", "before", "after", "during",
    "of", "through", "between", "and", "to", "or", "circa",
})
