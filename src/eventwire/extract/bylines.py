"""Reporter names from a byline: "By Jane Doe and John Roe", "Von Max Muster", "Por Juan Pérez |
Actualizado …", "Posted by r23 on 21.01.2009".

Why a parser of our own: off-the-shelf extractors take whatever sits near a "by" — desks, news
agencies, "Email the author", "Senior Reporter", dates — and invent a byline on a third of pages
that have none. A wrong author is worse than none for a source-linked event record, so this
module accepts a name only when it is shaped like a person's name and sits where a byline puts it,
and returns ``[]`` whenever it is unsure. A marked byline that credits a desk or an agency
("Von Redaktion", "By Staff Writer", "Por Agencia EFE", "…, dpa") states an author too: with
``credits=True`` that credit is returned as written (:func:`organisation_credit`), while roles,
e-mail links and dates still are not. :func:`person_names` validates names that structured data
(JSON-LD, ``<meta name=author>``) already states.
"""

from __future__ import annotations

import re
import unicodedata

from .dates import MONTH_BY_NAME, find_dates

# "Posted by", "Autor:", "Veröffentlicht von": the words themselves say an author follows, so a
# single-token user name ("Posted by r23") is accepted after them.
_STRONG_MARKERS = (
    "posted by", "written by", "published by", "story by", "words by", "text by", "reporting by",
    "report by", "article by", "created by", "authored by", "compiled by", "submitted by",
    "author", "authors", "autor", "autorin", "autoren", "autorinnen", "verfasser", "verfasserin",
    "veröffentlicht von", "eingestellt von", "erstellt von", "geschrieben von", "beitrag von",
    "verfasst von", "gepostet von", "ein beitrag von", "ein artikel von", "publié par",
    "écrit par", "rédigé par", "un article de", "auteur", "auteure", "auteurs", "publicado por",
    "escrito por", "redactado por", "scritto da", "pubblicato da", "autore", "autrice",
    "napisał", "napisała", "autorka", "geplaatst door", "geschreven door", "skrevet av",
    "skrevet af", "skriven av", "text", "texte", "texto", "testo", "tekst", "text von",
    "text und fotos", "text & fotos", "text und bild", "text & bild", "text/fotos", "text/foto",
    "artikel von", "redaktion", "gespeichert von", "reportage von", "ein interview von",
)
# Common nouns that are a credit only with a colon ("Text: Jane Doe").
_COLON_MARKERS = frozenset({"text", "texte", "texto", "testo", "tekst", "redaktion"})
# "By", "Von", "Par": common words too, so the name after them must have at least two tokens.
_WEAK_MARKERS = ("by", "von", "par", "por", "di", "door", "av", "af", "od", "från", "fra")
_MARKER = re.compile(
    r"(?<![\w])(?P<marker>"
    + "|".join(re.escape(m) for m in sorted(_STRONG_MARKERS + _WEAK_MARKERS, key=len, reverse=True))
    + r")(?![\w])\s*:?\s*",
    re.I,
)

# Every word of every marker, for a quick "can this line hold a marker at all" test.
_MARKER_WORDS = frozenset(w for m in _STRONG_MARKERS + _WEAK_MARKERS for w in m.split())
_WORDS = re.compile(r"\w+")

# Words that may precede a marker on a byline line ("Posted on 3 May 2021 by …",
# "vor 2 Tagen von …", "02.02.2022, 11:30 Uhr von …").
_LEAD_FILLER = frozenset(
    "posted published veröffentlicht publié publicado pubblicato on am le el il the at um uhr "
    "vor ago days day hours hour minutes min tagen tag stunden stunde minuten monaten monat "
    "wochen woche jahren jahr updated aktualisiert actualizado zuletzt stand date datum "
    "eingestellt gespeichert erstellt verfasst geschrieben gepostet".split()
)

# Capitalised words that are not names but start headlines or labels ("By The Numbers").
_NOT_NAME_WORDS = frozenset(
    "the a an this that these those how why what when where who which our your my his her its "
    "their all more most new latest top best news live video photos photo watch read see view "
    "der die das ein eine dies diese wie warum was wann wo wer mehr alle neue neu "
    "le la les un une des ce cette comment pourquoi quand el los las una qué que cómo por para "
    "il lo gli uno una perché come dove "
    # Link and section labels that look like two capitalised words ("Zum Thema", "Weitere
    # Informationen", "Meine Cookie Auswahl", "Leer artículo completo").
    "zum zur zu im weitere weiterführende meine mein unsere unser ihre startseite seitenanfang "
    "links informationen thema themen leer ver".split()
)

# Tokens that mark an organisation, a desk or a role rather than a person.
_ORG_OR_ROLE = frozenset(
    """staff editorial editor editors edited editing redaktion redakteur redakteurin red desk news
    newsroom nachrichten team agency agencies agentur agenturen press presse associated reuters afp
    dpa apa ap efe ansa kna epd sid ots upi xinhua bloomberg kyodo pa ips idw cnn bbc reporter
    reporters correspondent correspondents korrespondent korrespondentin contributor contributors
    contributing writer writers columnist senior chief deputy managing associate service wire
    admin administrator webmaster moderator guest gast user author autor autorin email e-mail mail
    contact kontakt follow twitter facebook instagram linkedin more articles ltd gmbh inc llc ag
    corp group network zeitung tribune times post journal daily magazine magazin radio tv
    television fernsehen online media medien verlag office büro bureau department ministry
    university universität institute institut foundation stiftung redaccion redacción rédaction
    redazione redakcja agencia agence agenzia phd md mba chefredakteur chefredakteurin
    chefredaktion volontär volontärin praktikant praktikantin mitarbeiter mitarbeiterin gastautor
    gastautorin fotograf fotografin übersetzt übersetzung autorenseite über about leiter leiterin
    sprecher sprecherin geschäftsführer geschäftsführerin projektleiter projektleiterin
    pressestelle pressesprecher pressesprecherin last letzte posts beiträge artikel freier freie
    freien unknown anonymous anonym unbekannt inconnu photo photos foto fotos bild bilder datum
    date fecha data herausgeber herausgeberin herausgegeben symbolbild illustration illustrationen
    grafik grafiken marketing kommunikation communications werbung sponsoring sponsored anzeige
    advertorial advertisement partner journalist journalisten journalistin forschung minister
    ministerin bundesminister bundesministerin präsident präsidentin president kanzler kanzlerin
    bürgermeister bürgermeisterin mayor governor senator""".split()
)
# Parts of a word that mark an organisation: "Wirtschaftsnachrichten", "Stadtverwaltung".
# Matched at the end of a token, as German compounds put them ("Newsom" is a name).
_ORG_PARTS = re.compile(
    r"(?:nachrichten|zeitung|redaktion|verlag|verband|verein|gmbh|agentur|ministerium|verwaltung|"
    r"feuerwehr|polizei|gemeinde|news|media|magazin|journal|online|team|institut|admin)$|"
    r"\.(?:com|de|org|net|at|ch)\b",
    re.I,
)
# Words that end up alone in author elements but are labels, not user names.
_SINGLE_NOT_NAME = frozenset(
    m for marker in _STRONG_MARKERS + _WEAK_MARKERS for m in marker.split()
) | frozenset("""in innen am on le el at um unknown anonymous anonym anonyme anónimo inconnu
    unbekannt uncategorized allgemein general home news blog posts share teilen
    suche search impressum imprint kontakt contact login anmelden menu menü startseite datenschutz
    privacy recherche buscar cerca szukaj zoeken""".split())
_HONORIFICS = frozenset("dr dr. prof prof. mr mr. mrs mrs. ms ms. mag mag. dipl. ing. sir".split())
_PARTICLES = frozenset(
    "von van der den de da di du del della dela la le bin ibn al el zu ten ter dos das v. y".split()
)
# "der"/"den" belong to a name only after another particle ("von der Leyen", "van den Berg");
# alone they are the article of a role ("Projektleiterin der HSS").
_FOLLOWING_PARTICLES = frozenset({"der", "den"})
# Words before a plain "by"/"von" that make it a posting credit ("Posted on 3 May by r23").
_POSTING_WORDS = frozenset(
    "posted published veröffentlicht eingestellt geschrieben erstellt publié publicado gespeichert "
    "verfasst gepostet".split()
)
_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
_CONNECTOR_WORDS = frozenset("and und et y e i en og och oraz ve".split())
# Case-sensitive on purpose: the middle initial in "John E Smith" is not the Italian "e".
_CONNECTORS = re.compile(
    r"\s*(?:,|;|&|\+|/|\s(?:and|AND|And|und|UND|et|ET|y|e|i|en|og|och|oraz|ve)\s)\s*"
)
# Separators after which a byline line carries something else (date, section, "Updated").
_HARD_SEPARATORS = re.compile(r"[|•·»–—:]|\s-\s|//")
_STOP_WORDS = re.compile(
    r"(?<![\w])(?:updated|update|aktualisiert|actualizado|actualizada|actualisé|mis à jour|"
    r"published|veröffentlicht|publié|publicado|zuletzt|stand|lesezeit|read time|min read|"
    r"minute read|email|e-mail|follow|folgen|twitter|more from|mehr von|alle artikel|see all|"
    r"view all|editing by|additional reporting|mitarbeit|photo|photos|foto|fotos|bild|image)"
    r"(?![\w])",
    re.I,
)
_JOINED_LIST = re.compile(r"\s*\|\s*(,|;|&|and|und|et|y)\s*\|\s*|\s*\|\s*(?=,)", re.I)
_CONJUNCTION = re.compile(r"\s(?:and|AND|und|UND|et|ET|y|e|i|en|og|och|oraz)\s|&")
_TIME = re.compile(r"(?<![\w])[0-2]?\d[:.h][0-5]\d(?![\d])")
_PARENS = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_INITIAL = re.compile(r"^(?:[^\W\d_]\.)+(?:[^\W\d_]\.?)?$|^[^\W\d_]\.?$")
_NAME_TOKEN = re.compile(r"^[^\W\d_][^\W\d_'’\-.]*(?:['’\-.][^\W\d_]+)*\.?$")
_DOMAIN = re.compile(r"\.(?:com|de|org|net|at|ch|fr|es|it|pl|io|info|uk|eu|nl|be)\b", re.I)
_USER_NAME = re.compile(r"^[\w][\w.\-]{1,30}$")
_MAX_LINE = 240

# Words that make a credit collective (a desk, a newsroom, an agency): "Redaktion", "Staff
# Writer", "Newsdesk", "Agencia EFE". A page that credits one of these names no person, and the
# credit is still what the page states, so it is returned as written.
_COLLECTIVE = frozenset(
    """staff desk newsdesk newsroom redaktion redaktionen red team webteam editorial agency agencies
    agentur agenturen agencia agencias agence agenzia redaccion redacción rédaction redazione
    redakcja redactie wire press presse nachrichten""".split()
)
# News agencies printed as a credit ("dpa/lno", "AFP/The Local", "Von Max Muster, dpa").
_AGENCY = frozenset(
    """dpa afp ap apa efe ansa kna epd sid ots upi xinhua reuters bloomberg kyodo ips idw kathpress
    pa sda ats anp belga tass itar pap ctk mti dapd ddp""".split()
)
# A person's role, never an author on its own ("Senior Reporter", "Gastautor").
_INDIVIDUAL_ROLE = frozenset(
    """reporter reporters correspondent correspondents korrespondent korrespondentin editor editors
    columnist contributor contributors contributing writer author autor autorin senior chief deputy
    managing associate guest gast gastautor gastautorin admin administrator webmaster moderator
    redakteur redakteurin journalist journalistin fotograf fotografin volontär volontärin
    freelance freier freie freelancer user member mitglied unknown anonymous anonym by von""".split()
)
_WEEKDAYS = frozenset(
    """monday tuesday wednesday thursday friday saturday sunday montag dienstag mittwoch donnerstag
    freitag samstag sonntag lundi mardi mercredi jeudi vendredi samedi dimanche lunes martes
    miércoles jueves viernes sábado domingo""".split()
)
# Words that name an organisation rather than a person.
_ORG_WORDS = frozenset(
    """gmbh inc llc ag se ltd corp group network zeitung tribune times post journal daily magazine
    magazin radio tv television fernsehen online media medien verlag office büro bureau department
    ministry university universität institute institut foundation stiftung""".split()
)
_ACRONYM = re.compile(r"^[A-ZÄÖÜ]{2,5}$")
_CREDIT_SPLIT = re.compile(r"[/\s.-]+")
_DOMAIN_WORD = re.compile(r"^[\w-]+(?:\.[\w-]+)*\.[a-z]{2,4}$", re.I)


def _fold(word: str) -> str:
    return unicodedata.normalize("NFKC", word).casefold().strip(".,:;!?\"'()[]")


def _is_upper_initial(token: str) -> bool:
    return token[:1].isupper()


def _clean_token(token: str) -> str:
    return token.strip(",;:!?\"“”„«»()[]*")


def person_name(candidate: str, *, allow_single: bool = False, keep_titles: bool = False) -> str | None:
    """``candidate`` as a person's name, or ``None`` when it is not one.

    ``allow_single`` admits one-token user names ("HansG", "r23"), which blogs show after
    "Posted by"; elsewhere a single word is too often a place, a desk or an agency.
    ``keep_titles`` keeps a leading "Dr."/"Prof." as the page prints it (dropped otherwise).
    """
    text = _PARENS.sub(" ", unicodedata.normalize("NFKC", candidate)).strip(" ,;:-–—|/")
    if not text or "@" in text or "http" in text.lower() or len(text) > 60:
        return None
    tokens = [_clean_token(t) for t in text.split()]
    tokens = [t for t in tokens if t]
    titles: list[str] = []
    while tokens and tokens[0].casefold() in _HONORIFICS:
        titles.append(tokens[0])
        tokens = tokens[1:]
    if not tokens:
        return None
    folded = [_fold(t) for t in tokens]
    for index, low in enumerate(folded):
        if low in _ORG_OR_ROLE or _ORG_PARTS.search(low):
            if index == 0:
                return None
            # "Christoph Hein Chefredakteur": keep the name before the role; but one word
            # before "Redaktion"/"Webteam" is the organisation's name ("Greentech.LIVE Redaktion").
            if index < 2:
                return None
            tokens, folded = tokens[:index], folded[:index]
            break
    if len(tokens) == 1:
        token = tokens[0]
        if not allow_single or folded[0] in _NOT_NAME_WORDS or folded[0] in MONTH_BY_NAME \
                or folded[0] in _SINGLE_NOT_NAME or len(folded[0]) < 2:
            return None
        if not _USER_NAME.match(token) or _DOMAIN.search(token) or token.isdigit():
            return None
        if token.upper() == token:
            return None  # "SP-X", "IWB", "AFP": agency and desk codes
        if len(token) <= 3 and not (token[:1].isupper() and token[1:].islower()):
            return None  # "kj", "cpm", "IWB": initials and desks, not a user name
        if not any(c.isalpha() for c in token):
            return None
        return token
    if len(tokens) > 5 or (len(tokens) > 3 and all(t.isupper() for t in tokens)):
        return None
    if folded[0] in _NOT_NAME_WORDS or folded[0] in _PARTICLES or folded[0] in _SINGLE_NOT_NAME:
        return None
    if all(len(f.strip(".")) <= 2 for f in folded):
        return None  # "Mi Do" (weekdays), "J. R." (initials only)
    name_like = 0
    previous = ""
    for token, low in zip(tokens, folded):
        if low in _FOLLOWING_PARTICLES and previous not in _PARTICLES:
            return None
        previous = low
        if low in _PARTICLES or low in _SUFFIXES:
            continue
        if _INITIAL.match(token) and token[:1].isupper():
            name_like += 1
            continue
        if not _NAME_TOKEN.match(token) or not _is_upper_initial(token):
            return None
        if low in MONTH_BY_NAME and len(low) > 3:
            return None
        name_like += 1
    if name_like < 2 and not allow_single:
        return None
    # A name of initials only ("J. R.") is not a name.
    if all(_INITIAL.match(t) for t in tokens):
        return None
    return " ".join((titles if keep_titles else []) + tokens)


def _name_region(text: str) -> str:
    """The leading run of ``text`` that can hold names: cut at the first date, time, separator,
    stop word or lower-case word that is neither a name particle nor a connector."""
    cut = len(text)
    for found in find_dates(text)[:1]:
        cut = min(cut, found.start)
    for pattern in (_HARD_SEPARATORS, _STOP_WORDS, _TIME):
        m = pattern.search(text)
        if m:
            cut = min(cut, m.start())
    text = text[:cut]
    kept: list[str] = []
    for raw in text.split():
        token = _clean_token(raw)
        low = token.casefold()
        if token and any(c.isdigit() for c in token) and not (not kept and _USER_NAME.match(token)):
            break
        lower_word = token[:1].islower() and low not in _PARTICLES and low not in _SUFFIXES
        if lower_word and low not in _CONNECTOR_WORDS and kept:
            break  # "Jane Doe in Berlin", "Grant Tinsley, PhD on …"; a first word may be a user name
        kept.append(raw)
    return " ".join(kept).strip(" ,;:-–—|/")


def split_names(region: str) -> list[str]:
    """Split "A, B and C" / "A & B" / "A / B" into the parts that may each be a name."""
    return [part.strip() for part in _CONNECTORS.split(_PARENS.sub(" ", region)) if part.strip()]


def person_names(text: str, *, allow_single: bool = False) -> list[str]:
    """Every person's name in a stated author value ("A and B", "A, B"), dropping agencies,
    desks and roles; ``[]`` when none is a person's name."""
    names: list[str] = []
    for part in split_names(text):
        name = person_name(part, allow_single=allow_single)
        if name and name not in names:
            names.append(name)
    return names[:6]


def organisation_credit(candidate: str) -> str | None:
    """``candidate`` as written (spaces normalised) when it credits a desk, newsroom, agency or
    publication ("Redaktion", "Staff Writer", "dpa/lno", "Agencia EFE", "ET Online",
    "uncut-news.ch"); ``None`` for roles ("Senior Reporter"), dates, e-mail and link text.

    Only for text that stands where the page puts its byline: the same words in running text
    are not a credit.
    """
    text = " ".join(_PARENS.sub(" ", unicodedata.normalize("NFKC", candidate)).split()).strip(" ,;:-–—|/")
    if not text or len(text) > 60 or "@" in text or "http" in text.casefold():
        return None
    tokens = text.split()
    if len(tokens) > 6 or find_dates(text) or _TIME.search(text) or _STOP_WORDS.search(text):
        return None
    words = [w for w in (_fold(p) for p in _CREDIT_SPLIT.split(text.casefold())) if w]
    if not words or all(w in _INDIVIDUAL_ROLE for w in words):
        return None
    first = _fold(tokens[0])
    if first in _NOT_NAME_WORDS or first in MONTH_BY_NAME or first in _WEEKDAYS:
        return None
    if any(w in _COLLECTIVE or w in _AGENCY or w in _ORG_WORDS or (_ORG_PARTS.search(w) and not w.endswith("admin"))
           for w in words):
        return text
    if len(tokens) == 1 and _DOMAIN_WORD.match(text):
        return text  # "uncut-news.ch": the site credits itself
    return None


def _is_collective(credit: str) -> bool:
    """A desk or an agency named beside the reporters ("Michael Rädel, Redaktion", "…, NDR")."""
    words = [w for w in (_fold(p) for p in _CREDIT_SPLIT.split(credit.casefold())) if w]
    return any(w in _COLLECTIVE or w in _AGENCY for w in words) or (len(words) == 1 and credit.isupper())


def _credits(region: str, *, allow_single: bool) -> list[str]:
    """People (titles kept), desks and agencies a byline's name region credits, as written.

    "Von Redaktion", "By Staff Writer", "dpa/lno" and "AFP/The Local" are one credit each;
    "Jane Doe and John Roe, Reuters" are three; an affiliation after a comma ("Alex Durán, AMP
    Project Marketing, Google") is dropped as before.
    """
    region = region.strip(" ,;:-–—|/")
    whole = organisation_credit(region)
    if "," in region and not _CONJUNCTION.search(region):
        parts = [p.strip() for p in region.split(",") if p.strip()]
        found = [_credit(p, allow_single=allow_single) for p in parts]
        if found[0] is None:
            return [whole] if whole else []
        if all(_whole_credit(p, c) for p, c in zip(parts[1:], found[1:])):  # "A, B, C, NDR"
            return _unique_credits(found)
        # "Alex Durán, AMP Project Marketing, Google": an affiliation, unless it is a desk
        return _unique_credits([found[0]] + [c for c in found[1:] if c and _is_collective(c)])
    parts = split_names(region)
    found = [_credit(p, allow_single=allow_single) for p in parts]
    if not any(c and not _is_collective(c) for c in found):
        return [whole] if whole else []
    return _unique_credits(found)


def _credit(part: str, *, allow_single: bool) -> str | None:
    """One part of a byline as a person (title kept) or, failing that, a desk or agency; a
    person's name followed by a desk word is the desk's name ("Teufel Blog Redaktion")."""
    credit = organisation_credit(part)
    if credit and _is_collective(credit):
        return credit
    if _ACRONYM.match(part.strip()) and _fold(part) not in _INDIVIDUAL_ROLE | _NOT_NAME_WORDS:
        return part.strip()  # "NDR", "APA": a broadcaster or agency code in a credit line
    return person_name(part, allow_single=allow_single, keep_titles=True) or credit


def _whole_credit(part: str, credit: str | None) -> bool:
    """A later item of a comma list is another credit only when it is a whole person's name
    or a desk/agency: not a role cut short ("AMP Project Marketing") or a site ("Phys.org")."""
    return bool(credit) and (_is_collective(credit or "") or (credit == " ".join(part.split())
                                                               and organisation_credit(part) is None))


def _unique_credits(found: list[str | None]) -> list[str]:
    out: list[str] = []
    for credit in found:
        if credit and credit not in out:
            out.append(credit)
    return out[:6]


def _byline_names(region: str, *, allow_single: bool) -> list[str]:
    """Names of a byline's name region. Without "and"/"und"/"&", commas separate a name from
    its affiliation ("Alex Durán, AMP Project Marketing, Google"), so only the first counts."""
    if "," in region and not _CONJUNCTION.search(region):
        region = region.split(",")[0]
    return person_names(region, allow_single=allow_single)


def _lead_is_filler(lead: str) -> bool:
    """True when what precedes a marker is only dates, times, separators and filler words."""
    for found in reversed(find_dates(lead)):
        lead = lead[: found.start] + " " + lead[found.end:]
    words = re.findall(r"[^\W\d_]+", lead)
    return all(w.casefold() in _LEAD_FILLER or w.casefold() in MONTH_BY_NAME for w in words)


def names_from_byline(text: str, *, require_marker: bool = False, allow_single: bool = False,
                      credits: bool = False) -> list[str]:
    """Reporter names stated by a byline, or ``[]`` when ``text`` is not a byline.

    Accepts "By Jane Doe and John Roe", "Von Max Muster, dpa", "Por Juan Pérez | Actualizado…",
    "Posted on 3 May 2021 by r23", and, unless ``require_marker``, a bare "Jane Doe | 06.11.23".
    Agencies, desks, roles, e-mail addresses and dates are dropped ("Reuters November 18, 2019"
    gives ``[]``). ``allow_single`` accepts a one-word user name after any marker ("von Creeny"),
    for text the page itself marks as a byline (a ``class="byline"`` element). ``credits``
    returns what a marked byline credits as written instead of person names only: titles kept,
    and a desk or agency ("Von Redaktion", "By Staff Writer", "Por Agencia EFE") counts.
    """
    if require_marker and _MARKER_WORDS.isdisjoint(_WORDS.findall(text.casefold())):
        return []  # most lines near a headline name no marker: skip the work below
    line = " ".join(unicodedata.normalize("NFKC", text or "").split())
    if len(line) > _MAX_LINE and _MARKER.match(line):
        line = line[:_MAX_LINE]  # "Von Jane Doe 27.1.2022 - Bei der …": byline and lead in one node
    if not line or len(line) > _MAX_LINE:
        return []
    # Names in separate links: "David Brand | and | Ramsey Khalifeh", "A, PhD | , | B".
    line = _JOINED_LIST.sub(r" \1 ", line)
    for m in _MARKER.finditer(line):
        lead = line[: m.start()]
        # "Disko Von Ernst Lohoff": a section label, then a capitalised marker.
        short_label = m.group("marker")[:1].isupper() and 0 < len(lead.split()) <= 2
        if not _lead_is_filler(lead) and not short_label:
            continue
        marker = m.group("marker").casefold()
        rest = line[m.end():].lstrip(" |:·•-–—")
        if marker in _COLON_MARKERS and ":" not in m.group(0):
            continue  # "Text veröffentlichen" is a button; "Text: Jane Doe" is a credit
        lead_words = {w.casefold() for w in re.findall(r"[^\W\d_]+", lead)}
        dated = bool(find_dates(lead, short_years=True))  # "06.11.2023 13:30 von Olga"
        strong = marker not in _WEAK_MARKERS or bool(lead_words & _POSTING_WORDS) or allow_single or dated
        if not strong and not rest[:1].isupper():
            continue  # "by the way", "von der Leyen"
        # A line that opens with a marker is a byline or nothing ("By The Numbers: …").
        region = _name_region(rest)
        if credits:
            return _credits(region, allow_single=strong)
        return _byline_names(region, allow_single=strong)
    if require_marker:
        return []
    # No marker: the line must open with the names and carry nothing but a date/role after them.
    region = _name_region(line)
    if not region or len(region.split()) > 12:
        return []
    remainder = line[len(region):]
    if len(re.findall(r"[^\W\d_]{3,}", remainder)) > 6:
        return []
    parts = split_names(region)
    names = [person_name(p) for p in parts]
    valid = [n for n in names if n]
    # Every part must be a name or a known organisation/role (", Reuters"), not a random phrase.
    if not valid:
        return []
    for part, name in zip(parts, names):
        if name is None and not any(_fold(t) in _ORG_OR_ROLE for t in part.split()):
            return []
    return list(dict.fromkeys(valid))[:6]


# "25.10.2022 - Reiner Nagel", "11.12.2019 – Jane Doe": a dateline node that ends in the name.
# A dash, not a bar: "01. November 2021 | Naturschutz, BUND" lists categories.
_DATE_DASH = re.compile(r"^(?P<date>.{6,40}?)\s+[-–—]\s+(?P<name>[^\d|,;]{3,60})$")
# Links that follow an author's name: "Jane Doe | Alle Artikel".
_MORE_BY = re.compile(
    r"^(?:alle artikel|all articles|all posts|more articles|more posts|more from|mehr artikel|mehr von|"
    r"weitere artikel|weitere beiträge|alle beiträge|tous (?:les|ses) articles|plus d'articles|"
    r"ver más|más artículos|todos los artículos|altri articoli|tutti gli articoli|"
    r"wszystkie artykuły|alle artikelen|meer artikelen)\b", re.I)


def name_after_date(text: str) -> list[str]:
    """The person named by a dateline node "DATE - Name" (nothing else in the node), or ``[]``."""
    m = _DATE_DASH.match(" ".join(text.split()))
    if not m or not find_dates(m["date"], dateline=True) or len(m["name"].split()) > 4:
        return []
    lead = m["date"]
    for found in find_dates(lead, dateline=True):
        lead = lead[:found.start] + " " + lead[found.end:]
    if len(re.findall(r"[^\W\d_]{2,}", lead)) > 1:
        return []  # more than a label before the date: not a dateline node
    name = person_name(m["name"])
    return [name] if name else []


def name_before_more_link(name: str, following: str) -> list[str]:
    """A node that is only a person's name, followed by an "all articles (by her)" link."""
    if not _MORE_BY.match(following.strip()):
        return []
    found = person_name(name)
    return [found] if found and len(name.split()) <= 4 else []
