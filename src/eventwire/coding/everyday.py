"""Everyday senses and non-human causes: where a political-looking verb names no act between actors.

The second precision pass (issue 4) found most wrong events in two shapes that the word of the
trigger alone cannot tell apart, but its object or its cause can:

- a light verb whose object is speech, a show or a publication: one *gives* an interview, *offers*
  an example, *provides* details, *releases* a transcript, *damages* an image. The CAMEO
  dictionary codes give/offer/provide/release/damage as aid, promises, releases and attacks
  whatever is given or damaged; in news prose most of these objects are words, not goods,
  prisoners or people;
- harm without an attacker: a fire, a crash or a flood kills and destroys, and the reporter's
  "killed" is then a toll, not an assault (PLOVER codes disasters as no event).

The sets name kinds of things, written from the dev articles' wrong events and general English,
not from any one sentence.
"""

from __future__ import annotations

from typing import Any

# Things one gives, offers, provides, grants or receives that are words, shows or chances, not goods:
# "gave an interview", "offered an example", "provided details", "granted an audience".
SPOKEN_OBJECTS = frozenset("""
interview interviews example examples speech speeches statement statements testimony account
address lecture talk presentation performance concert briefing update updates answer answers response
detail details insight insights overview summary glimpse hint hints clue clues explanation
reason reasons comment comments quote quotes remark remarks opinion opinions view views perspective
impression sense idea ideas suggestion suggestions advice tip tips thanks credit praise shout nod
birth name names number figure figures estimate estimates rundown tour demonstration lesson lessons
sermon eulogy toast reading recital show hand shoulder voice platform hearing look peek
moment moments headache headaches scare fright jolt
""".split())
# Standing, image and relations are harmed in words: "damaged the party's image" is no attack.
ABSTRACT_HARMS = frozenset("""
image reputation credibility standing relation relations tie ties trust confidence economy prospect
prospects chance chances brand morale interest interests career legacy case cause campaign effort
sale sales industry health environment mood feeling feelings pride name
unity cohesion ego hope hopes dream dreams plan plans argument rating ratings
popularity support growth progress process peace
""".split())
# What one meets that is not a person: "meet the challenges", "met the deadline".
MET_DEMANDS = frozenset("""
challenge challenges need needs demand demands target targets goal goals deadline deadlines requirement
requirements standard standards criterion criteria expectation expectations obligation obligations cost
costs threshold quota condition conditions fate end criticism resistance opposition success approval
expense expenses expenditure bill bills shortfall shortfalls payroll
""".split())
# What one fights or battles that is no armed foe: a case in court, an illness, a disaster, a crisis,
# a policy, one's own feelings ("battling extradition", "fought back tears", "fighting a wildfire").
FOUGHT_NON_FOES = frozenset("""
extradition deportation eviction charge charges case cases lawsuit lawsuits suit ruling order conviction
sentence verdict subpoena indictment allegation allegations claim claims appeal tear tears emotion emotions
crisis crises cancer disease diseases illness illnesses addiction infection virus pandemic epidemic flu cold
obesity depression injury injuries fatigue fire fires wildfire wildfires blaze blazes flame flames flood
floods drought poverty inflation unemployment hunger famine odds urge temptation traffic bill bills law
laws proposal proposals plan plans ban bans decision decisions rule rules regulation regulations policy
policies tax taxes tariff tariffs cut cuts closure closures redlining discrimination racism stereotype
stereotypes stigma price prices cost costs rent rents debt debts recession slump downturn shortage shortages
hardship hardships
""".split())
_FIGHTING = {"fight", "battle", "combat"}
# Prepositions that name what one fights or battles: "battling through a crisis", "fighting against poverty".
_FOUGHT_THROUGH = {"through", "against", "with"}
# What one scores in a game: "scored 26 points against a team".
TALLIES = frozenset("point goal run touchdown basket try wicket century hat-trick equaliser equalizer "
                    "penalty birdie eagle knockout".split())
# What one executes that is no person: a plan, a project, code ("the projects were executed by army
# engineers", "the test system executed three variants").
EXECUTED_THINGS = frozenset("""
project plan program programme code script test suite variant version software file query function
instruction command order warrant strategy contract task deal transaction trade move manoeuvre maneuver
policy agreement budget payment step job pass play turn vision idea design search
""".split())
# Opinions one agrees with or rejects in words: "agreed with her assessment", "agreed that the idea
# was sound" concurs in a view, no deal between parties.
OPINIONS = frozenset("""
assessment view views opinion opinions remark remarks comment comments statement statements idea ideas
sentiment sentiments point points argument arguments analysis conclusion conclusions characterization
description suggestion assertion assertions claim claims premise notion interpretation
""".split())

# Verbs whose dictionary code is aid, a promise or a release, but whose object may be speech.
# ("share" is not one: governments sharing evidence or intelligence cooperate.)
_GIVING = {"give", "offer", "provide", "grant", "hand", "deliver", "receive", "accept", "extend", "release", "issue",
           "publish", "supply", "send"}
_HARMING = {"damage", "hurt", "harm", "undermine", "destroy", "ruin", "wreck", "tarnish", "sully", "dent",
            "batter", "hit", "strike", "attack", "kill", "erode", "crush", "shatter", "sink"}

# Causes that kill, injure and destroy without anyone to code: accidents, fires, disasters, illness.
ACCIDENTS = frozenset("""
fire fires blaze blazes flame flames crash crashes collision collisions accident accidents wreck pileup
flood floods flooding storm storms hurricane cyclone typhoon tornado earthquake quake landslide mudslide
avalanche tsunami eruption heatwave heat drought lightning smoke fume fumes overdose disease illness
rollover rollovers shock electrocution short-circuit malfunction
virus infection cancer outbreak epidemic pandemic collapse derailment capsizing sinking drowning
""".split())
# Explosions are attacks, unless they happen at a plant, a mine or a gas line.
_INDUSTRIAL = frozenset("plant factory mine refinery pipeline gas boiler chemical tanker warehouse "
                        "mill depot fireworks reactor cylinder leak".split())
_BLASTS = {"explosion", "blast"}


# A fire that crews or anyone else attack, tackle or assault (the twenty-second session, web pages): "launched
# an attack on the flames", "attacked the blaze from the roof" is fire-fighting, not an assault on anyone.
FIRE_WORDS = frozenset("""
fire fires flame flames blaze blazes wildfire wildfires bushfire bushfires brushfire brushfires inferno
""".split())
_ATTACKING = {"attack", "assault", "offensive", "tackle"}


def _fire_itself(noun: Any) -> bool:
    """The noun is a fire itself ("the flames", "the blaze"), not a thing named after fire ("the fire
    station", "fire tenders" have another head, "the fire at the depot" is still a fire)."""
    return noun.lemma_.lower() in FIRE_WORDS or noun.lower_ in FIRE_WORDS


def attack_on_a_fire(token: Any) -> bool:
    """An attack noun aimed "on" or "against" a fire ("a first attack on the blaze"), or an attacking
    verb whose every object is a fire ("volunteers attacked the blaze"): fire-fighting, no assault."""
    if token.lemma_.lower() not in _ATTACKING:
        return False
    if token.pos_ in {"NOUN", "PROPN"}:
        targets = [g for c in token.children if c.dep_ == "prep" and c.lower_ in {"on", "upon", "against"}
                   for g in c.children if g.dep_ == "pobj"]
    else:
        targets = [c for c in token.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    return bool(targets) and all(_fire_itself(t) for t in targets)


# Carried to care (the twenty-second session, web pages): someone injured flown, airlifted, rushed or taken
# to a hospital is a patient moved, no aid, visit or agreement between actors. Goods sent to hospitals stay
# aid ("airlifted medicines to hospitals").
_CARRYING = {"airlift", "fly", "rush", "take", "transport", "carry", "drive", "helicopter", "medevac", "transfer",
             "bring", "ferry", "move", "send"}
CARE_PLACES = frozenset("""
hospital hospitals clinic clinics infirmary infirmaries trauma medical ward wards er icu
""".split())
_CARRIED_GOODS = frozenset("""
aid supply supplies medicine medicines drug drugs medication food equipment vaccine vaccines dose doses blood
oxygen kit kits ventilator ventilators relief cargo shipment shipments donation donations material materials
""".split())


def carried_to_care(verb: Any, lemma: str) -> bool:
    """"Was airlifted to Harborview Medical Center", "medics rushed the victims to the county hospital": a
    person moved to a hospital, a clinic or a trauma centre (the "to" object's head or compounds name one),
    and nothing carried is goods (:data:`_CARRIED_GOODS`)."""
    if lemma not in _CARRYING:
        return False
    places = [g for c in verb.children if c.dep_ == "prep" and c.lower_ in {"to", "into"}
              for g in c.children if g.dep_ == "pobj"]
    if not places or not all(_head_words(g) & CARE_PLACES for g in places):
        return False
    carried = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    return not any(c.lemma_.lower() in _CARRIED_GOODS or c.lower_ in _CARRIED_GOODS for c in carried)


def kept_in_care(verb: Any, lemma: str) -> bool:
    """"Forty residents were detained in hospital", "three were kept in hospital overnight": patients kept for
    treatment, a passive with no doer named, not an arrest. "Police detained two men at the hospital" has a
    doer and stays an arrest."""
    if lemma not in {"detain", "keep", "hold"} or not any(c.dep_ == "nsubjpass" for c in verb.children):
        return False
    if any(c.dep_ == "agent" for c in verb.children):
        return False
    return any(c.dep_ == "prep" and c.lower_ in {"in", "at"} and any(
        g.dep_ == "pobj" and _head_words(g) & CARE_PLACES for g in c.children) for c in verb.children)


# Found dead (the twenty-second session, web pages): "a woman was found dead in her home" reports a death, not
# who caused it; a killing word in the sentence ("what police called a murder-suicide", "with gunshot wounds", "after
# the riot") keeps the event.
_FOUND_STATES = {"dead", "lifeless", "unresponsive", "unconscious"}
_KILLING_WORDS = frozenset("""
murder murders murdered homicide homicides suicide kill killed killing killings slay slain shoot shot shooting
gunshot gunshots gunman gunmen stab stabbed stabbing strangle strangled beat beaten bludgeon bludgeoned wound
wounds bullet bullets attack attacked assault assaulted riot riots rioter rioters mob mobs violence clash
clashes bomb bombing blast explosion lynch lynched torture tortured execute executed behead beheaded massacre
""".split())


def found_dead(verb: Any, lemma: str) -> bool:
    """"Was found dead in Tulsa", "police found a man dead in his flat": a death found, with no killing word
    in the sentence (:data:`_KILLING_WORDS`)."""
    if lemma not in {"find", "discover"} or not any(
            c.dep_ in {"oprd", "acomp", "xcomp", "ccomp"} and c.lower_ in _FOUND_STATES for c in verb.children):
        return False
    return not _sentence_words(verb) & _KILLING_WORDS


# Craft that travel (the twenty-second session, web pages): "the small jet was headed to Billings", "the ship will
# travel to Jeffersonville" tell where a plane, a ship or a bus goes, no visit between actors. A navy's,
# a coast guard's or a head of state's craft ("a naval frigate will visit Manila", "Air Force One") stays.
CRAFT = frozenset("""
plane planes aircraft airplane airplanes airliner airliners jet jets flight flights helicopter helicopters ship
ships boat boats ferry ferries vessel vessels yacht yachts liner liners cruise train trains bus buses truck
trucks car cars van vans balloon
""".split())
_STATE_CRAFT = {"navy", "naval", "warship", "coast", "guard", "presidential", "force", "military", "army",
                "frigate", "destroyer", "carrier", "gunboat"}


def craft_travelling(verb: Any) -> bool:
    """The verb's subject (active or passive) is a plane, a ship, a train or a bus (:data:`CRAFT`) that no
    navy, coast guard or head of state owns."""
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    if not subjects:
        return False
    for subject in subjects:
        if subject.ent_type_ in {"PERSON", "GPE", "NORP", "ORG"}:
            return False
        if not (subject.lemma_.lower() in CRAFT or subject.lower_ in CRAFT):
            return False
        modifiers = {w.lower_ for w in subject.subtree} | {w.lemma_.lower() for w in subject.subtree}
        if modifiers & _STATE_CRAFT:
            return False
    return True


def everyday_object(verb: Any, lemma: str) -> bool:
    """Whether every direct object of a giving, harming, meeting or fighting verb is speech, a show or
    an abstraction: "gave an interview", "released a transcript", "damaged the image", "met the
    deadline", "battling extradition"; or whether "agree" only concurs in a view (:func:`concurring`)."""
    if lemma == "agree" and concurring(verb):
        return True
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if (lemma in _GIVING or lemma in {"execute", "meet"}) and not objects:
        # the passive names the thing given as its subject: "an example was offered"
        objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
    if not objects:
        return False
    if lemma in _GIVING:
        return all(o.lemma_.lower() in SPOKEN_OBJECTS or o.lower_ in SPOKEN_OBJECTS for o in objects)
    if lemma in _HARMING:
        return all(o.lemma_.lower() in ABSTRACT_HARMS or o.lower_ in ABSTRACT_HARMS for o in objects)
    if lemma == "meet":
        return all(o.lemma_.lower() in MET_DEMANDS or o.lower_ in MET_DEMANDS for o in objects)
    if lemma in _FIGHTING:
        return all(o.lemma_.lower() in FOUGHT_NON_FOES or o.lower_ in FOUGHT_NON_FOES for o in objects)
    if lemma == "score":
        return all(o.lemma_.lower() in TALLIES for o in objects)
    if lemma == "execute":
        return all(o.lemma_.lower() in EXECUTED_THINGS for o in objects)
    return False


# Modals that make an agreed "that" clause a course of action: "agreed that their countries should
# cooperate", "agreed that troops will leave", and reported speech's "would" ("agreed that the talks
# would resume"), though it also keeps some opinions ("agreed that planning would help").
_COMMITTING_MODALS = {"should", "must", "will", "would", "shall", "'ll", "ought"}


# What an agreement between parties hangs on the verb: its content, its partner or its topic.
_AGREED_CONTENT = {"dobj", "obj", "xcomp", "ccomp", "prep", "advcl", "dative", "conj"}


def _quote_tag(verb: Any) -> bool:
    """ "…," the secretary agreed. / The chairman agreed.: one speaker's "agreed" with nothing agreed
    on, after a quotation or as the whole clause: a view shared, not a deal. Two sides ("both sides
    agreed", "X and Y agreed") are left to the agreement readings."""
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    if len(subjects) != 1 or subjects[0].conjuncts or subjects[0].tag_ in {"NNS", "NNPS"} or \
            subjects[0].lower_ in {"they", "we", "both", "all"}:
        return False
    quoted = [c for c in verb.children if c.dep_ == "ccomp" and c.i < verb.i]
    content = [c for c in verb.children if c.dep_ in _AGREED_CONTENT and c.i > verb.i]
    return not content and (bool(quoted) or verb.dep_ == "ROOT" and not any(
        c.dep_ in {"aux", "neg", "advcl", "ccomp", "prep"} for c in verb.children))


def concurring(verb: Any) -> bool:
    """"Agreed that the problems had gone on too long", "agreed with her assessment": agreeing in
    opinion, which PLOVER does not code; an agreement between parties has a deal, a plan or an act to
    agree on ("agreed to a ceasefire", "agreed to withdraw", "agreed on a deal", "agreed that their
    countries should cooperate")."""
    if _quote_tag(verb):
        return True  # "'The writing is on the wall,' the secretary agreed": agreeing with words said
    for child in verb.children:
        if child.dep_ == "ccomp" and child.i > verb.i and not any(
                c.dep_ == "aux" and c.lower_ in _COMMITTING_MODALS for c in child.children) and (
                any(g.dep_ == "mark" and g.lower_ == "that" for g in child.children)
                or not any(c.dep_ == "prep" and c.lower_ in {"to", "on", "with"} for c in verb.children)):
            return True  # "agreed that the plan had failed", "agreed the idea was not bad"
        if child.dep_ == "prep" and child.lower_ == "with" and any(
                g.dep_ == "pobj" and g.lemma_.lower() in OPINIONS for g in child.children):
            return True
    return False


def _cause_words(token: Any) -> tuple[set[str], set[str]]:
    """The heads of the trigger's subject (or passive agent) and of what it happened "in"/"from"/
    "during", for the verb it hangs off too ("was injured and died in a fire"), and those heads'
    modifiers ("house fire", "gun fight"): lemmas, lower-cased."""
    heads_found: set[str] = set()
    modifiers: set[str] = set()

    def note(noun: Any) -> None:
        heads_found.add(noun.lemma_.lower())
        modifiers.update(c.lemma_.lower() for c in noun.children if c.dep_ in {"compound", "amod", "nmod"})

    verbs = [token]
    if token.dep_ in {"conj", "xcomp"} and token.head.i != token.i:
        verbs.append(token.head)
    elif token.dep_ == "advcl" and token.tag_ == "VBG" and token.head.i != token.i:
        verbs.append(token.head)  # "a fire destroyed the roof, injuring two firefighters" (twelfth session)
    for verb in verbs:
        for child in verb.children:
            if child.dep_ in {"nsubj", "csubj"}:
                note(child)
            elif child.dep_ == "agent" or (child.dep_ == "prep" and child.lower_ in {
                    "in", "from", "during", "after", "by", "amid"}):
                for pobj in child.children:
                    if pobj.dep_ == "pobj":
                        note(pobj)
            elif child.dep_ == "advcl" and child.lemma_.lower() in _ACCIDENT_VERBS and not any(
                    g.dep_ in {"nsubj", "nsubjpass"} and g.lemma_.lower() in _WEAPON_SUBJECTS for g in child.children):
                heads_found.add(child.lemma_.lower())  # "killed when the bus overturned", "when he fell from a bus"
            elif child.dep_ in {"advcl", "xcomp"} and child.tag_ == "VBG" and child.lemma_.lower() in _FIGHTING | {
                    "tackle", "douse"}:
                # "were injured fighting the fire": hurt by the fire they fought (fourteenth session)
                heads_found.update(g.lemma_.lower() for g in child.children
                                   if g.dep_ in {"dobj", "obj"} and g.lemma_.lower() in ACCIDENTS)
    return heads_found, modifiers


_ACCIDENT_VERBS = {"crash", "collide", "capsize", "sink", "collapse", "overturn", "derail", "flood", "burn", "fall",
                   "drown", "slip", "electrocute", "short-circuit", "malfunction"}
# What falls or sinks when it is an attack: "killed when a shell fell on the house".
_WEAPON_SUBJECTS = {"shell", "shells", "bomb", "bombs", "rocket", "rockets", "missile", "missiles", "mortar", "mortars",
                    "grenade", "grenades", "bullet", "bullets", "drone", "drones", "stone", "stones", "brick", "bricks"}


# Vehicles that hit people: "was hit by a car", "struck by an SUV" is a road accident unless the
# sentence tells of a ramming (a vehicle attack names its driver's intent or the act).
_VEHICLES = frozenset("car cars suv truck trucks vehicle vehicles van bus train pickup motorcycle motorbike "
                      "tractor lorry minivan sedan taxi cab trailer".split())
_RAMMING = {"ram", "deliberately", "intentionally", "attack", "attacker", "terror", "terrorist", "plow", "plough",
            "mow", "rampage", "assailant", "suspect"}
# Who rides in a vehicle: a passenger or a driver hurt with no attacker in the sentence is a road accident.
_RIDERS = {"passenger", "passengers", "driver", "drivers", "motorist", "motorists", "occupant", "occupants",
           "collision", "collide", "crash"}
# Words of a road accident report that are no sign of violence.
_ROAD_REPORT = {"injured", "injure", "dead", "death", "deaths", "police", "policeman", "policemen", "officer",
                "officers", "kill", "killed", "killing", "wound", "wounded", "patrol", "unit", "units", "dog", "dogs",
                "bear", "shark", "force", "forces"}
# Words that say the harm was not meant: "a neighbor accidentally hit her".
_UNMEANT = {"accidentally", "accidental", "unintentionally", "inadvertently"}


def accidental(token: Any, sentence_lemmas: set[str]) -> bool:
    """Whether the harm a trigger reports has an accident, a fire or a disaster as its cause:
    "a fire destroyed three homes", "died in a house fire", "killed in a car crash", "the blast at
    the chemical plant killed five", "was hit by a car", "a neighbor accidentally hit her". A gun
    fight, crossfire and arson are not accidents, nor a vehicle driven into people on purpose."""
    heads, modifiers = _cause_words(token)
    if (heads | modifiers) & {"gun", "arson", "artillery", "rocket", "mortar", "sniper", "cross", "arsonist"}:
        return False
    if heads & (ACCIDENTS | _ACCIDENT_VERBS):
        return True
    if heads & _VEHICLES and not sentence_lemmas & _RAMMING:
        return True
    if token.lemma_.lower() in {"injure", "hurt"} and sentence_lemmas & _VEHICLES and sentence_lemmas & _RIDERS \
            and not sentence_lemmas & (_RAMMING | ARMED_SCENE - _ROAD_REPORT):
        return True  # "a passenger in the second car was not injured": a road accident (twelfth session)
    if sentence_lemmas & _UNMEANT and not sentence_lemmas & _RAMMING:
        return True
    return bool(heads & _BLASTS and sentence_lemmas & _INDUSTRIAL)


# Who demonstrates when a demonstration is a protest: "a demonstration of thousands".
_PROTESTERS = frozenset("thousand thousands hundred hundreds student students worker workers supporter supporters "
                        "resident residents farmer farmers people protester protesters opponent opponents "
                        "solidarity support anger opposition".split())


# How a show is given: "a live / timed / hands-on demonstration"; a craft or skill named as a compound
# ("cooking demonstrations", "blacksmithing demonstrations") makes it a show as well, but not a word
# of protest ("a rolling demonstration", "the striking demonstrators' march").
_SHOWN_HOW = frozenset("live practical technical product cooking timed hands-on interactive software "
                       "instructional public-speaking training".split())
_PROTESTING = frozenset("""
striking rolling sitting marching mourning rioting fasting picketing growing continuing mounting escalating
ongoing spreading swelling widening raging sweeping increasing recurring unrelenting following opposing
""".split())


def a_show(noun: Any) -> bool:
    """"A demonstration of force / of the software", "a live demonstration": a show, not a protest.
    Also "the release of the report" (see :data:`.verb_senses.PUBLISHED`) is handled by the caller."""
    if noun.lemma_.lower() != "demonstration":
        return False
    if "".join(t.lower_ for t in noun.doc[max(noun.sent.start, noun.i - 3): noun.i]).endswith(("how-to", "howto")):
        return True  # "how-to demonstrations for visitors": lessons
    of_what = {g.lemma_.lower() for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
               for g in c.children if g.dep_ == "pobj"}
    live = any((c.dep_ in {"amod", "compound"} and c.lower_ in _SHOWN_HOW) or (
        c.dep_ in {"compound", "amod"} and c.tag_ in {"VBG", "NN"} and c.lower_.endswith("ing")
        and c.lower_ not in _PROTESTING)
        for c in noun.children)
    return live or bool(of_what and not of_what & _PROTESTERS)


# The eighth session's held-out draw found about half its wrong events in everyday senses told by
# *who* acts, not by the verb: a market rallies or retreats, a dog or a swarm of bees attacks, players
# attack in a game, a firm fires its chief executive. The sets below name kinds of doers and settings,
# written from general English and the dev articles' wrong events.

# Markets, prices and what trades on them: "shares rallied", "the dollar retreated", "stocks attacked
# the 3,000 level", "Wall Street surrendered its gains". Traders and investors are left out: they sue,
# protest and lobby too.
MARKET_THINGS = frozenset("""
market markets share shares stock stocks equity equities index indices indexes price prices bond bonds
yield yields currency currencies dollar euro yen sterling rupee peso ruble rouble lira yuan franc won
bitcoin crypto cryptocurrency futures commodity commodities gold silver copper crude gauge benchmark dow
nasdaq ftse nikkei dax hang seng kospi sensex s&p nifty valuation valuations
""".split())
# Animals: "a dog attacked a girl", "a swarm of bees attacked", "killed by a bear".
ANIMALS = frozenset("""
dog dogs bee bees hornet hornets wasp wasps shark sharks bear bears wolf wolves lion lions tiger tigers
leopard leopards elephant elephants crocodile crocodiles alligator alligators snake snakes python cobra
bull bulls cow cows cattle horse horses boar boars hippo hippopotamus monkey monkeys baboon baboons rat
rats mosquito mosquitoes coyote coyotes cougar cougars puma jaguar hyena hyenas jellyfish stingray
swarm pitbull rottweiler animal animals beast wildlife bird birds eagle hawk goose geese swan moose
buffalo rhino rhinoceros gorilla chimpanzee pig pigs pest pests insect insects locust locusts bollworm
bollworms worm worms termite termites aphid aphids caterpillar caterpillars
""".split())
# People of a game: "players attack enemy bases", "the goalkeeper attacked the ball". "Captain",
# "coach", "side", "team", "squad", "striker", "winger" and "fighter" are left out: they name
# soldiers, police units, buses, workers on strike, partisans and warring parties too.
PLAYERS = frozenset("""
player players midfielder midfielders goalkeeper goalkeepers keeper
quarterback quarterbacks pitcher pitchers batter batters batsman batsmen bowler bowlers
club clubs league leagues boxer boxers wrestler wrestlers gamer gamers
""".split())
# Settings that are a game, a contest or a fiction: "in the video game", "in the final", "in the film".
# "Series", "show", "episode" and "league" are left out: "in a series of raids", "in a show of force",
# "in league with the rebels".
PLAYED_SETTINGS = frozenset("""
game games videogame match matches film films movie movies novel novels sitcom sequel final finals
semifinal semifinals semi-final tournament playoff playoffs inning innings
""".split())
# What one is fired from, and who is fired from a job: "fired from his job", "fired its chief executive".
JOBS = frozenset("job jobs post position role office team company firm show network paper newspaper".split())
STAFF = frozenset("""
employee employees worker workers staff staffer staffers executive executives chief manager managers
coach director directors aide aides secretary deputy head ceo chairman chairwoman editor anchor host
teacher teachers nurse nurses doctor doctors officer officers agent agents analyst spokesman spokeswoman
assistant assistants adviser advisor advisers advisors official officials administrator president
""".split())
_EMPLOYMENT = {"fire", "sack", "axe", "hire"}
_SHOOTING_WORDS = {"shot", "shots", "round", "rounds", "bullet", "bullets", "rocket", "rockets", "missile",
                   "missiles", "shell", "shells", "mortar", "mortars", "gun", "guns", "weapon", "weapons",
                   "tear", "gas", "cannon", "volley", "salvo", "grenade", "grenades", "warning", "rubber"}


def _head_words(noun: Any) -> set[str]:
    """A noun's lemma and lower-cased form, with its compounds' ("Wall Street", "bank shares") and,
    for a collective ("a swarm of bees", "shares of the bank"), its "of" object's."""
    words = {noun.lemma_.lower(), noun.lower_}
    words.update(c.lower_ for c in noun.children if c.dep_ == "compound")
    for prep in noun.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            words.update(w for g in prep.children if g.dep_ == "pobj" for w in (g.lemma_.lower(), g.lower_))
    return words


# Words naming a league of states or a party rather than a sports league: "the Arab League", "the Awami League",
# "the National League for Democracy", "the Muslim League".
_LEAGUE_OF_STATES = {"arab", "awami", "muslim", "national", "democratic", "communist", "socialist", "islamic",
                     "hanseatic", "balkan", "people", "peoples", "patriotic", "freedom", "liberation"}


def _political_league(doer: Any) -> bool:
    """ "the Arab League demanded …": a capitalised League of states or a party, named by a people or by its
    politics, is no sports body (a "Premier League", a "baseball league" still is)."""
    if doer.lemma_.lower() != "league" or not doer.text[:1].isupper():
        return False
    modifiers = [c for c in doer.children if c.dep_ in {"compound", "amod"}]
    return any(c.lower_ in _LEAGUE_OF_STATES or c.ent_type_ == "NORP" for c in modifiers)


def _doers(verb: Any) -> list[Any]:
    """The verb's active subject and passive agent, following a conjoined or open-clause verb to the
    verb it shares its subject with ("rallied and closed higher")."""
    verbs = [verb]
    if verb.dep_ in {"conj", "xcomp"} and verb.head.i != verb.i:
        verbs.append(verb.head)
    found = []
    for v in verbs:
        for child in v.children:
            if child.dep_ in {"nsubj", "csubj"}:
                found.append(child)
            elif child.dep_ == "agent":
                found.extend(g for g in child.children if g.dep_ == "pobj")
        if found:
            break
    return found


def _in_played_setting(verb: Any) -> bool:
    """The verb, or a verb it hangs off, happens "in" or "during" a game, a match or a fiction."""
    current = verb
    for _ in range(3):
        for child in current.children:
            if child.dep_ == "prep" and child.lower_ in {"in", "during", "inside"} and any(
                    g.dep_ == "pobj" and g.lemma_.lower() in PLAYED_SETTINGS for g in child.children):
                return True
        if current.head.i == current.i or current.pos_ not in {"VERB", "AUX"}:
            break
        current = current.head
    return False


# Who is ousted from a job rather than from power (the twenty-second session, web pages): "ousting aides",
# "ousted its chief financial officer". A president, a minister, a chief or an official ousted is left to
# the coder: a coup or a party's revolt ousts them.
OUSTED_STAFF = frozenset("""
aide aides staff staffer staffers employee employees executive executives adviser advisers advisor advisors
assistant assistants manager managers coach coaches editor editors director directors anchor anchors teacher
teachers nurse nurses doctor doctors
""".split())
_CORPORATE_POSTS = {"financial", "operating", "executive", "technology", "marketing", "information", "investment"}


def _ousted_from_job(verb: Any, lemma: str) -> bool:
    """"Ousted three top aides", "the company ousted its chief financial officer": every one ousted is staff
    (:data:`OUSTED_STAFF`) or a firm's officer, not a president or a minister."""
    if lemma != "oust":
        return False
    people = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    return bool(people) and all(
        p.ent_type_ != "PERSON" and (p.lemma_.lower() in OUSTED_STAFF or p.lower_ in OUSTED_STAFF or (
            p.lemma_.lower() == "officer" and {c.lower_ for c in p.children} & _CORPORATE_POSTS))
        for p in people)


def _fired_from_job(verb: Any, lemma: str) -> bool:
    """"Was fired from his job", "fired its chief executive", "sacked two aides": employment. Not
    "fired on a police station", "fired rockets", "shots were fired"."""
    if lemma not in _EMPLOYMENT | {"dismiss"}:
        return False
    preps = [c for c in verb.children if c.dep_ == "prep"]
    if lemma == "dismiss" and (any(p.lower_ in {"as", "out"} for p in preps) or any(
            c.dep_ in {"oprd", "advmod"} and c.lower_ in {"as", "out", "outright"} for c in verb.children)):
        return False  # "dismissed him as a puppet", "dismissed the envoy's plea out of hand": words, not a sacking
    if any(p.lower_ in {"at", "on", "upon", "against", "toward", "towards", "into", "over"} and any(
            g.dep_ == "pobj" and g.ent_type_ not in {"DATE", "TIME"} for g in p.children) for p in preps):
        return False  # a target ("fired on a police station"), not a day ("fired him on Friday")
    if any(p.lower_ == "from" and any(g.lemma_.lower() in JOBS for g in p.children if g.dep_ == "pobj")
           for p in preps):
        return True
    people = [c for c in verb.children if c.dep_ in {"dobj", "obj", "nsubjpass"}]
    if not people or any(p.lower_ in _SHOOTING_WORDS or p.lemma_.lower() in _SHOOTING_WORDS for p in people):
        return False
    return all((p.pos_ == "PRON" and p.lower_ not in {"it", "they", "them"}) or p.ent_type_ == "PERSON"
               or p.lemma_.lower() in JOB_HOLDERS or p.lower_ in JOB_HOLDERS or _bare_name(p) for p in people)


def _bare_name(noun: Any) -> bool:
    """One name with no article, as the object of "fire": a person's ("fired Chaudhry", whatever entity type
    the small parser guesses), not a weapon's ("fired a Katyusha", "fired Qassams")."""
    return noun.tag_ == "NNP" and not any(c.dep_ == "det" for c in noun.children)


# Emergency services at their work (the eleventh session's second pass, retired web articles): crews
# "battle" or "attack" a fire, an incident or a blaze, not a foe. Police are left out: they fight mobs.
EMERGENCY_CREWS = frozenset("""
firefighter firefighters fireman firemen paramedic paramedics rescuer rescuers lifeguard lifeguards
""".split())
_CREW_WORK = {"battle", "fight", "tackle", "combat", "attack", "douse", "contain"}
_CREW_NOUNS = {"crew", "crews", "team", "teams", "service", "services", "brigade", "brigades", "department"}


def _crew_at_work(lemma: str, doers: list[Any]) -> bool:
    """"Firefighters battled the incident", "fire crews attacked the blaze from the roof": a crew of
    an emergency service fighting what it was called to, not a party attacked."""
    if lemma not in _CREW_WORK or not doers:
        return False
    return all(d.lemma_.lower() in EMERGENCY_CREWS or d.lower_ in EMERGENCY_CREWS or (
        d.lower_ in _CREW_NOUNS and _head_words(d) & {"fire", "rescue", "ambulance"}) for d in doers)


# Doers that are no people (the fifteenth session's second pass): an illness, a cell or a machine
# "strikes", "repels", "executes" or "finds" only in a figurative or technical sense ("the disease
# tends to strike farmers", "the test system executed the code", "the probe found traces of water").
_LIFELESS_DOERS = frozenset("""
disease diseases illness illnesses virus viruses infection infections bacteria bacterium cancer flu fever
cell cells gene genes organism organisms
software computer computers algorithm algorithms machine machines robot robots spacecraft probe probes
rover rovers satellite telescope server servers app apps program programme
""".split())


def _lifeless(doer: Any) -> bool:
    """The doer is an illness, a cell or a machine ("the virus struck", "a system executed the tests"),
    named by its head noun; a "program" or "programme" of a body ("the nuclear programme") needs no
    owner to be lifeless here either, but a person's name never is."""
    if doer.ent_type_ in {"PERSON", "ORG", "GPE", "NORP"}:
        return False
    return doer.lemma_.lower() in _LIFELESS_DOERS or doer.lower_ in _LIFELESS_DOERS or (
        doer.lemma_.lower() == "system" and not any(c.lower_ in {"political", "legal", "judicial", "party"}
                                                     for c in doer.children))


def everyday_doer(verb: Any, lemma: str) -> bool:
    """Whether the verb's doer or setting makes it an everyday happening, not an act between political
    actors: a market or a price moves ("shares rallied", "the dollar retreated"), an animal attacks
    ("a swarm of bees attacked hikers", "was killed by a bear"), players act in a game or a fiction
    ("players attack enemy bases in the game", "the striker attacked the ball"), or someone is fired
    from a job ("fired its chief executive")."""
    doers = _doers(verb)
    if _crew_at_work(lemma, doers) or attack_on_a_fire(verb) or carried_to_care(verb, lemma) \
            or kept_in_care(verb, lemma) or found_dead(verb, lemma):
        return True
    if any(c.dep_ in {"dobj", "obj"} and attack_on_a_fire(c) for c in verb.children):
        return True  # "launched an attack on the flames": the verb carries the fire-fighting noun
    if lemma in {"support", "boost", "lift", "underpin"} and any(
            c.dep_ == "nsubjpass" and c.lemma_.lower() in MARKET_THINGS for c in verb.children):
        return True  # "valuations are being supported by low yields": a market held up
    for doer in doers:
        words = _head_words(doer)
        if doer.lemma_.lower() in MARKET_THINGS or doer.lower_ in MARKET_THINGS or (
                doer.lemma_.lower() == "street" and "wall" in words):
            return True
        if words & ANIMALS and (doer.lemma_.lower() in ANIMALS or doer.lemma_.lower() in {
                "swarm", "pack", "herd", "colony", "nest"}):
            return True
        if (doer.lemma_.lower() in PLAYERS or doer.lower_ in PLAYERS) and not _political_league(doer):
            return True
        if _lifeless(doer):
            return True
    if any(c.dep_ in {"dobj", "obj", "nsubjpass"} and c.lemma_.lower() in {"league", "leagues"}
           for c in verb.children):
        return True  # "pollution forced the baseball league to postpone games"
    if _in_played_setting(verb):
        return True
    return _fired_from_job(verb, lemma) or _ousted_from_job(verb, lemma)


def everyday_noun(noun: Any) -> bool:
    """Whether an event noun is told of an animal, a market or a game by its own words: a compound or
    an owner ("a shark attack", "the bees' attack", "the dollar's rally", "a video-game attack"), its
    "by" phrase ("an attack by a bear"), or a game or fiction it happens in ("the attack in the final
    episode of the game"). Compounds and owners only: an adjective "final" is no final match."""
    words: set[str] = set()
    for child in noun.children:
        if child.dep_ in {"compound", "poss"}:
            words |= _head_words(child)
        elif child.dep_ == "prep" and child.lower_ == "by":
            words |= {w for g in child.children if g.dep_ == "pobj" for w in _head_words(g)}
        elif child.dep_ == "prep" and child.lower_ == "of":  # "the attack of the bollworm"
            words |= {w for g in child.children if g.dep_ == "pobj" for w in _head_words(g)} & ANIMALS
    return bool(words & (ANIMALS | MARKET_THINGS | PLAYED_SETTINGS | {"videogame", "video"})) \
        or _in_played_setting(noun) or everyday_noun_phrase(noun) or attack_on_a_fire(noun)


# The ninth session's dev reading (the IndiaPoliceEvents dev half and the older dev articles) found
# everyday senses told by the shape of the phrase rather than by the doer: an event noun used to
# describe a place ("riot-affected districts"), a verbal attack ("a scathing attack on his rival"),
# a body's own meeting ("a cabinet meeting"), a verb used as a description or a figure of speech
# ("speculation surrounding the aide", "protests exploding", "it is striking that"). The sets
# name kinds of words, written from general English.

# Adjectives and settings that make an attack one of words: "a scathing attack on the minister",
# "attacked the governor in a speech".
VERBAL_ATTACK_WORDS = frozenset("""
scathing blistering stinging withering vitriolic scurrilous caustic acerbic rhetorical verbal personal
written spoken veiled thinly-veiled sharp
""".split())
SPOKEN_SETTINGS = frozenset("""
speech speeches interview interviews statement statements tweet tweets post posts column columns
editorial editorials op-ed article articles letter letters debate debates remarks remark comments
podcast broadcast sermon briefing blog book memoir parliament session sabha
""".split())
_MEDIA = frozenset("twitter television tv radio facebook".split())
# What one is attacked for when the attack is criticism: "attacked the opposition for its silence".
CRITICISED_FOR = frozenset("""
silence remarks remark comments comment stance handling policy policies decision decisions role
position response inaction record statement statements views view conduct refusal attitude approach
failure failures lack support criticism words speech failings performance management
""".split())
# Targets of an attack in words: "an attack on democracy", "their attack against the price hike".
ABSTRACT_TARGETS = frozenset("""
democracy freedom freedoms rights constitution secularism liberty dignity values federalism judiciary
autonomy policy policies price prices hike budget bill law proposal decision reform reforms plan corruption
remarks statement statements speech record credibility integrity character
foundation foundations fabric ethos principles
""".split())
# Verbs that launch an attack noun: the setting may hang on them ("launched an attack on him in a speech").
_LAUNCHING = {"launch", "mount", "make", "unleash", "level", "step"}


def _spoken_setting(holder: Any) -> bool:
    """A phrase on ``holder`` that sets it in speech: "in a speech", "during the debate", "at a press
    conference", "on television", or a reason that is a stance or a failure ("for its silence",
    "for failing to act")."""
    for child in holder.children:
        if child.dep_ != "prep":
            continue
        objects = [g for g in child.children if g.dep_ in {"pobj", "pcomp"}]
        words = {g.lemma_.lower() for g in objects if g.ent_type_ not in {"DATE", "TIME"}}
        if child.lower_ in {"in", "during"} and words & SPOKEN_SETTINGS:
            return True
        if child.lower_ == "at" and "conference" in words and any(
                c.lower_ in {"press", "news"} for g in objects for c in g.children):
            return True
        if child.lower_ == "on" and words & _MEDIA:
            return True
        if child.lower_ == "for" and (words & CRITICISED_FOR or any(g.tag_ == "VBG" for g in objects)):
            return True
    return False


def verbal_attack(token: Any) -> bool:
    """Whether an "attack" (the verb, or the noun and the verb that launches it) is one of words:
    a verbal adjective ("a blistering attack on the prime minister"), a spoken setting ("attacked
    the governor in a speech", "launched an attack on him during the debate"), or a reason that is
    a stance or a failure ("attacked the opposition for its silence")."""
    if token.pos_ in {"NOUN", "PROPN"}:
        nouns = [token]
        holders = [token] + ([token.head] if token.dep_ in {"dobj", "obj"}
                             and token.head.lemma_.lower() in _LAUNCHING else []) + [
            c for c in token.children if c.dep_ == "acl" and c.lemma_.lower() in _LAUNCHING]  # "an attack launched … in the house"
    else:
        nouns = [c for c in token.children if c.dep_ in {"dobj", "obj"} and c.lemma_.lower() in {"attack", "assault"}]
        holders = [token, *nouns]
    if any(c.dep_ in {"amod", "compound"} and c.lower_ in VERBAL_ATTACK_WORDS for n in nouns for c in n.children):
        return True
    targets = {g.lemma_.lower() for n in nouns for c in n.children if c.dep_ == "prep" and c.lower_ in {"on", "against"}
               for g in c.children if g.dep_ == "pobj"}
    if token.pos_ == "VERB":
        targets |= {c.lemma_.lower() for c in token.children if c.dep_ in {"dobj", "obj"}}
    if targets and targets <= ABSTRACT_TARGETS:
        return True  # "an attack on democracy", "attacked the price hike"
    if token.pos_ in {"NOUN", "PROPN"} and (contest_of_words(token) or under_attack_in_words(token)
                                            or called_an_attack(token)):
        return True  # "the sustained attack in this race", "was under attack as leader" (twelfth session)
    return any(_spoken_setting(h) for h in holders)


# Words that make an event noun a description of a place or a thing when joined to a participle or
# an adjective: "riot-affected districts", "the riot-torn state", "violence-hit areas".
_DESCRIBED_HEADS = {"ADJ", "VERB"}


def describes_a_place(noun: Any) -> bool:
    """An event noun that only qualifies a participle or an adjective ("riot-affected districts",
    "riot torn areas", "strike-hit airlines"): the place's state, no event told."""
    head = noun.head
    if head.i != noun.i and head.i > noun.i and noun.dep_ in {"npadvmod", "compound", "advmod", "nmod", "amod"} \
            and head.pos_ in _DESCRIBED_HEADS and head.dep_ in {"amod", "compound", "acomp", "nmod"}:
        return True
    # hyphened to a participle that is itself the noun phrase: "relief for the riot-affected",
    # "compensation to the riot-hit" (the tenth session)
    doc = noun.doc
    return head.i == noun.i + 2 and doc[noun.i + 1].lower_ == "-" and not doc[noun.i + 1].whitespace_ \
        and not noun.whitespace_ and head.tag_ in {"VBN", "JJ"} and noun.dep_ in {"npadvmod", "compound", "advmod", "nmod"}


# A body's own meeting: "a cabinet meeting", "after a party meeting", "at a staff meeting". Two
# parties meeting is news; a body meeting by itself is routine.
_OWN_MEETINGS = frozenset("""
cabinet party board staff team family shareholder shareholders faculty department campaign caucus
committee council club company budget town-hall townhall public annual general emergency review strategy
secretariat executive high-level
""".split())


def own_meeting(noun: Any) -> bool:
    """A meeting named by the body that holds it ("a cabinet meeting", "the party meeting"), with no
    "with" phrase naming the other side."""
    if noun.lemma_.lower() not in {"meeting", "meetings"}:
        return False
    if any(c.dep_ == "prep" and c.lower_ in {"with", "between"} for c in noun.children):
        return False
    return any(c.dep_ in {"compound", "amod", "nmod"} and (c.lower_ in _OWN_MEETINGS or (
        c.lower_ == "hall" and any(g.lower_ == "town" for g in c.children))) for c in noun.children)


# Doers that "explode" or "erupt" without a bomb: "protests exploding to new levels", "anger exploded".
_FIGURATIVE_BLASTS = frozenset("""
protest protests anger rage fury outrage demand debate controversy scandal population number numbers
cost costs price prices sale sales popularity interest traffic market markets movement tension tensions
""".split())
# Verbs that often describe instead of report: "the speculation surrounding Kelly", "the land
# surrounding the site", "as demonstrated by his departure".
_DESCRIBING = {"surround"}
# Company one is surrounded by without any threat.
_COMPANY = {"devotee", "devotees", "supporter", "supporters", "fan", "fans", "admirer", "admirers", "well-wisher",
            "well-wishers", "journalist", "journalists", "reporter", "reporters", "family", "friend", "friends",
            "relative", "relatives", "child", "children", "follower", "followers", "aide", "aides",
            "photographer", "photographers"}


def figurative(verb: Any, lemma: str) -> bool:
    """A verb used as a description or a figure of speech: "speculation surrounding the aide" (a
    participle describing a noun), "protests exploding" (no bomb), "it is striking that",
    "as demonstrated by his departure" (a show, no protest)."""
    if lemma in _DESCRIBING and verb.dep_ == "acl":
        return True
    if lemma in _DESCRIBING and any(c.dep_ == "agent" and any(
            g.lemma_.lower() in _COMPANY for g in c.children if g.dep_ == "pobj") for c in verb.children):
        return True  # "the seer was surrounded by devotees"
    if told_in_fiction(verb):
        return True  # "the film depicts rebels attacking a convoy": a plot
    if lemma in {"explode", "erupt"} and (any(
            c.dep_ == "nsubj" and c.lemma_.lower() in _FIGURATIVE_BLASTS for c in verb.children) or (
            verb.dep_ == "acl" and verb.head.lemma_.lower() in _FIGURATIVE_BLASTS)):
        return True  # "anger exploded", "with protests exploding across the country" (a participle on its noun)
    if lemma == "strike" and any(c.dep_ in {"nsubj", "expl"} and c.lower_ == "it" for c in verb.children) and (
            any(c.dep_ in {"ccomp", "csubj"} for c in verb.children) or verb.tag_ == "VBG") and not any(
            c.dep_ in {"dobj", "obj"} for c in verb.children):
        return True  # "it is striking that …"
    if lemma == "target" and _aimed_by_words(verb):
        return True  # "a phone campaign targeted two senators", "the new tax targets landlords"
    if lemma == "clash" and _quarrel(verb):
        return True  # "the finance minister clashed with her deputy over the budget": words, no fight
    if lemma in _FIGHTING and _fought_figuratively(verb):
        return True  # "battling to win the vote", "fought to hold back tears", "battling through a crisis"
    if lemma == "demonstrate" and (any(c.dep_ in {"auxpass", "nsubjpass", "agent"} for c in verb.children)
                                   or any(c.dep_ == "mark" and c.lower_ == "as" for c in verb.children)):
        return True  # "as demonstrated by …", "was demonstrated": shown, no protest
    if lemma == "demonstrate" and any(c.dep_ == "ccomp" or (c.dep_ in {"dobj", "obj"} and c.lemma_.lower()
                                                             not in _PROTESTERS) for c in verb.children):
        return True  # "the figures demonstrate that …", "demonstrated the new software": shown, no protest
    return False


# What aims at people without a weapon: a campaign, an advert, a tax, a law, a letter.
AIMING_WORDS = frozenset("""
campaign campaigns ad ads advert adverts advertisement advertisements advertising commercial commercials mailer
mailers marketing message messages letter letters email emails call calls petition petitions tax taxes levy
levies law laws bill bills policy policies measure measures rule rules regulation regulations programme
programmes program programs scheme schemes initiative initiatives survey surveys study studies audit audits
product products drive
""".split())


def _aimed_by_words(verb: Any) -> bool:
    """"Target" whose doer is a campaign, an advert, a tax, a law or a letter, with no armed, violent or
    animal word in the sentence: "a phone campaign targeted two senators", "the advertisements target young
    voters", "lawmakers were targeted by a letter-writing drive". Aimed at, not attacked."""
    doers = [c for c in verb.children if c.dep_ == "nsubj"] + [
        g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return bool(doers) and all(d.lemma_.lower() in AIMING_WORDS or d.lower_ in AIMING_WORDS for d in doers) \
        and unarmed_scene(verb)


# One person holding a post, whose clash with another is a quarrel when no weapon is near.
OFFICE_HOLDERS = frozenset("""
minister deputy governor senator congressman congresswoman president vice-president chief adviser advisor aide
colleague assistant coach manager boss chairman chairwoman chair secretary mayor speaker spokesman spokeswoman
director executive ceo founder partner predecessor successor son-in-law daughter-in-law rival counterpart
lawmaker legislator councillor councilor councilman commissioner premier chancellor treasurer editor
""".split())
# Who can be fired from a post (s22): staff and holders of an office ("fired the finance minister", "sacked
# the police commissioner", "fired the chief justice"): a dismissal, not a shooting.
JOB_HOLDERS = STAFF | OFFICE_HOLDERS | {"judge", "judges", "justice", "commander", "commanders", "prosecutor",
                                        "collector", "superintendent", "ministers", "governors", "mayors"}


def _quarrel(verb: Any) -> bool:
    """"Clash with" between two single persons (a named person or one post-holder: minister, deputy, aide,
    coach, colleague) in a sentence with no armed, violent or animal word: "the minister clashed with her
    deputy", "Senator Ruiz clashed with the governor about funding". Groups (students, supporters), states and
    police keep their clash."""
    def person(noun: Any) -> bool:
        if noun.tag_ in {"NNS", "NNPS"}:
            return False
        return noun.ent_type_ == "PERSON" or noun.lemma_.lower() in OFFICE_HOLDERS or noun.lower_ in OFFICE_HOLDERS
    subjects = [c for c in verb.children if c.dep_ == "nsubj"]
    others = [g for c in verb.children if c.dep_ == "prep" and c.lower_ == "with" for g in c.children
              if g.dep_ == "pobj"]
    armed = {w for t in verb.sent if t.i != verb.i for w in (t.lower_, t.lemma_.lower())} & ARMED_SCENE
    return bool(subjects) and bool(others) and all(person(n) for n in subjects + others) and not armed


def _fought_figuratively(verb: Any) -> bool:
    """A fight that is an effort, not combat: "battle/fight to" do something with no armed, violent or
    animal word in the sentence ("parties battling to win the election", "fought to hold back tears",
    "the firm fought to stay afloat"; "troops battled to retake the town" stays a fight), or a fight
    "through", "against" or "with" what is no foe (:data:`FOUGHT_NON_FOES`: "battling through a crisis",
    "fighting against rising prices")."""
    objects = [c for c in verb.children if c.dep_ in {"dobj", "obj"}]
    if not objects and any(c.dep_ in {"xcomp", "advcl"} and c.pos_ in {"VERB", "AUX"} and any(
            g.dep_ == "aux" and g.lower_ == "to" for g in c.children) for c in verb.children) and unarmed_scene(verb):
        return True
    fought = objects + [g for c in verb.children if c.dep_ == "prep" and c.lower_ in _FOUGHT_THROUGH
                        for g in c.children if g.dep_ == "pobj"]
    return bool(fought) and all(g.lemma_.lower() in FOUGHT_NON_FOES or g.lower_ in FOUGHT_NON_FOES for g in fought)


# Fictions and shows whose plot is told: "the film depicts rebels attacking a convoy".
FICTIONS = frozenset("""
film films movie movies novel novels play plays series sitcom sequel show drama episode plot story thriller
musical opera comic book documentary trailer
""".split())
_TELLING = {"depict", "portray", "show", "tell", "narrate", "recreate", "dramatise", "dramatize", "chronicle",
            "feature", "follow", "imagine", "center", "centre", "revolve"}


def told_in_fiction(token: Any) -> bool:
    """A trigger inside what a film, a novel or a show depicts: "the film depicts rebels attacking
    a convoy", "the novel tells of a massacre", "the plot follows an invasion"."""
    current = token
    for _ in range(4):
        if current.head.i == current.i:
            return False
        current = current.head
        if current.pos_ in {"VERB", "AUX"} and current.lemma_.lower() in _TELLING:
            return any(c.dep_ in {"nsubj", "nsubjpass"} and (c.lemma_.lower() in FICTIONS or any(
                g.dep_ == "compound" and g.lemma_.lower() in FICTIONS for g in c.children))
                for c in current.children)
    return False


# What marks a rally as a party's or a campaign's meeting rather than a protest: "launched its election
# campaign with a rally", "a rally to mark the party's anniversary", "addressing a rally".
_RALLY_OCCASIONS = {"campaign", "anniversary", "celebrate", "celebration", "commemorate", "jubilee",
                    "birthday", "electioneering"}


_PROTEST_SCENE = {"protest", "protests", "protester", "protesters", "protestor", "protestors", "demonstrator",
                  "demonstrators", "against", "slogan", "slogans", "placard", "placards", "march", "marchers",
                  "opposition", "demand", "demands", "strike", "strikers"}
_SAYING = {"say", "tell", "declare", "speak", "announce", "claim", "insist", "vow", "boast", "promise", "joke"}


def campaign_rally(noun: Any) -> bool:
    """A rally that is a campaign's or a party's meeting: its own words or the verb it hangs on name a
    campaign or an occasion ("launched the campaign with a rally", "a rally to mark the party's
    anniversary"), or a speaker addresses it ("addressing a rally here, he said")."""
    if noun.lemma_.lower() != "rally":
        return False
    if noun.head.lemma_.lower() == "address" and noun.dep_ in {"dobj", "obj"}:
        return True
    if noun.dep_ == "pobj" and noun.head.lower_ == "at" and noun.head.head.lemma_.lower() in _SAYING and not (
            _sentence_words(noun) & _PROTEST_SCENE):
        return True  # "the president said at a rally in Louisiana": the setting of a speech (twelfth session)
    if any(c.dep_ == "prep" and c.lower_ == "for" and any(
            g.dep_ == "pobj" and g.ent_type_ == "PERSON" for g in c.subtree) for c in noun.children):
        return True  # "a rally for President Ghani": a campaign's meeting
    words = {t.lemma_.lower() for t in noun.subtree}
    current = noun
    for _ in range(3):
        if current.head.i == current.i:
            break
        current = current.head
        words.add(current.lemma_.lower())
        words.update(c.lemma_.lower() for c in current.children if c.dep_ in {"dobj", "obj"})
    return bool(words & _RALLY_OCCASIONS) and not words & {"protest", "against", "demand", "oppose"}


_PERMITTING = {"give", "grant", "accord", "seek", "obtain", "get", "receive", "need", "require", "await", "withhold"}


def sanction_as_permission(noun: Any) -> bool:
    """"Gave legal sanction to the construction": a permission (the singular noun), not sanctions."""
    if noun.lower_ != "sanction":
        return False
    return noun.head.lemma_.lower() in _PERMITTING or any(
        c.dep_ in {"amod", "compound"} and c.lower_ in {"legal", "official", "formal", "prior", "administrative",
                                                          "government", "religious", "divine", "statutory"}
        for c in noun.children)


def everyday_noun_phrase(noun: Any) -> bool:
    """The noun-path guards of the ninth session: a description of a place, a verbal attack, a
    body's own meeting (see :func:`describes_a_place`, :func:`verbal_attack`, :func:`own_meeting`)."""
    return describes_a_place(noun) or (noun.lemma_.lower() in {"attack", "assault"} and verbal_attack(noun)) \
        or own_meeting(noun) or told_in_fiction(noun) or campaign_rally(noun) or sanction_as_permission(noun) \
        or commercial_withdrawal(noun) or market_rally(noun) or practice_place(noun)


# The twelfth session (issue 4, general news): attacks of words told by the scene, not the verb.
# An election contest is fought in words ("candidates stepped up their attacks on the front-runner",
# "the sustained attack he faces in this race"); being "under attack" with no weapon, fighter or
# violence anywhere in the sentence is criticism ("the senator was under constant attack as leader",
# "communities feel under attack"). Any armed or violent word keeps the attack.
ELECTION_WORDS = frozenset("""
campaign campaigns candidate candidates candidacy primary primaries election elections electoral voter voters
nominee nominees nomination ballot ballots caucus caucuses electorate manifesto front-runner frontrunner
""".split())
ARMED_SCENE = frozenset("""
troop troops soldier soldiers army military militant militants rebel rebels insurgent insurgents terrorist
terrorists terror gunman gunmen police policeman policemen officer officers mob mobs militia militias fighter
fighters jihadist jihadists bomb bombs bombing bombings bomber bombers shell shells shelling rocket rockets
missile missiles drone drones gun guns rifle rifles grenade grenades airstrike airstrikes shoot shooting shot
shots fire gunfire kill killing killed dead death deaths wound wounded injure injured stab knife weapon weapons
convoy base checkpoint patrol riot riots rioter rioters violence violent blast explosion explosive clash clashes
war warplane tank tanks artillery mortar sword swords acid stone stones arson raid ambush siege invasion hostage
hostages forces force navy warship unit units dog dogs bear shark
""".split())


def _sentence_words(token: Any) -> set[str]:
    sentence = token.sent
    return {t.lemma_.lower() for t in sentence} | {t.lower_ for t in sentence}


def unarmed_scene(token: Any) -> bool:
    """No armed, violent or animal word anywhere in the trigger's sentence ("war" only as a "trade war",
    "price war" or the like)."""
    words = _sentence_words(token)
    if any(t.lower_ in {"war", "wars"} and any(c.dep_ in {"compound", "amod"} and c.lower_ in _WARS_OF_WORDS
                                               for c in t.children) for t in token.sent):
        words = words - {"war", "wars"}
    return not words & ARMED_SCENE


# Wars fought with prices and words: "a trade war", "a price war", "culture wars".
_WARS_OF_WORDS = {"trade", "price", "tariff", "currency", "culture", "bidding", "turf", "talent", "streaming",
                  "console", "format", "words", "ratings"}


def contest_of_words(token: Any) -> bool:
    """An attack told as part of an election contest: an election word in its own phrase ("the
    sustained attack of this presidential race") or in its doer ("candidates stepped up their
    attacks"), and no armed or violent word in the sentence."""
    own = [token, *token.subtree, *(c for c in token.children if c.dep_ in {"nsubj", "nsubjpass"})]
    if token.dep_ in {"dobj", "obj"}:
        own += [t for c in token.head.children if c.dep_ == "nsubj" for t in c.subtree]
    words = {t.lemma_.lower() for t in own} | {t.lower_ for t in own}
    contest = bool(words & ELECTION_WORDS) or any(
        t.lemma_.lower() == "race" and any(c.lower_ in _ELECTED_OFFICES for c in t.children) for t in own)
    return contest and unarmed_scene(token)


_ELECTED_OFFICES = {"presidential", "mayoral", "gubernatorial", "senate", "congressional", "parliamentary",
                    "leadership", "council", "governor's"}


# Who can be "under attack" in words: people and bodies, not places, buildings or vehicles.
_CRITICISED = frozenset("""
he she they we i you community communities group groups party parties leader leaders leadership government
administration minister ministers senator senators president candidate candidates official officials policy
policies law plan record chief boss director governor mayor lawmaker lawmakers politician politicians
""".split())


# Who attacks in words "from" somewhere: "under attack from various quarters", "from its state units".
CRITICS = frozenset("""
quarter quarters critic critics unit units ally allies colleague colleagues member members rival rivals media
press opposition commentator commentators activist activists leader leaders section sections camp
""".split())
# What "amounts to" an attack when the attack is a figure: "his remarks amounted to an assault on
# parliament", "the decision is an attack on the poor".
_CALLED_ATTACKS = frozenset("""
remark remarks comment comments statement statements speech decision decisions move policy policies ruling
order law bill act ordinance proposal plan budget cut cuts
""".split())


def called_an_attack(noun: Any) -> bool:
    """"These remarks amounted to a great assault on parliament": an attack that a remark, a decision
    or a law is said to be, in a sentence with no armed or violent word."""
    holder = noun.head.head if noun.dep_ == "pobj" and noun.head.lower_ == "to" else noun.head
    if noun.dep_ not in {"pobj", "attr"} or holder.lemma_.lower() not in {"amount", "be", "tantamount", "constitute"}:
        return False
    subjects = [c for c in holder.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(s.lemma_.lower() in _CALLED_ATTACKS for s in subjects) and unarmed_scene(noun)


def under_attack_in_words(noun: Any) -> bool:
    """"Was under constant attack as leader", "communities feel under attack": a person or a body
    "under attack" with no armed or violent word in the sentence (a temple or a town under attack
    is left alone); or "under attack from various quarters / from its state units", whoever is."""
    if noun.dep_ != "pobj" or noun.head.lower_ != "under":
        return False
    critics = [g for c in noun.children if c.dep_ == "prep" and c.lower_ == "from" for g in c.children
               if g.dep_ == "pobj" and (g.lemma_.lower() in CRITICS or g.lower_ in CRITICS)]
    if critics and not (_sentence_words(noun) - {w for g in critics for w in (g.lower_, g.lemma_.lower())}) & ARMED_SCENE:
        # "under attack from various quarters", "from its state units" ("units" of a party, no army)
        return True
    if not unarmed_scene(noun):
        return False
    verb = noun.head.head
    while verb.dep_ in {"prep", "advmod", "acomp", "conj"} and verb.head.i != verb.i and verb.pos_ != "VERB":
        verb = verb.head
    subjects = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"}]
    return bool(subjects) and all(s.ent_type_ == "PERSON" or s.lower_ in _CRITICISED or s.lemma_.lower() in _CRITICISED
                                  for s in subjects)


# What a firm or a seller offers or withdraws: "tax incentives offered to investors", "withdrew discounts".
COMMERCIAL_OFFERS = {"incentive", "incentives", "discount", "discounts", "rebate", "rebates", "fare", "fares",
                     "product", "products", "bargain", "bargains", "coupon", "coupons", "refund", "refunds",
                     "warranty", "loyalty", "freebie", "freebies", "sale", "sales", "menu", "dish", "dishes"}


# Words of the stock market: "the rally in bank stocks", "not expecting a broad-based rally" in a market.
STOCK_WORDS = frozenset("""
stock stocks share shares equity equities bond bonds index indices sensex nifty dow nasdaq investor investors
yield yields futures rupee dollar euro yen currency bullion gold
""".split())
_RALLY_PROTEST_WORDS = {"protest", "protester", "protesters", "demonstrator", "demonstrators", "march", "slogan",
                        "slogans", "placard", "placards", "police", "supporter", "supporters", "party", "union"}


def market_rally(noun: Any) -> bool:
    """A rally of prices: stock-market words in the sentence and none of a protest's."""
    if noun.lemma_.lower() not in {"rally", "rallies"}:
        return False
    words = _sentence_words(noun)
    return bool(words & STOCK_WORDS) and not words & _RALLY_PROTEST_WORDS


# Places and kits named by an act of force: "a police firing range", "the shooting gallery".
_PRACTICE_PLACES = {"range", "ranges", "gallery", "galleries", "practice", "lesson", "lessons", "instructor",
                    "instructors", "club", "clubs", "competition", "competitions", "sport"}


def practice_place(noun: Any) -> bool:
    """An act of force naming a place or a pastime ("a firing range", "shooting lessons")."""
    return noun.dep_ == "compound" and noun.head.lemma_.lower() in _PRACTICE_PLACES


def commercial_withdrawal(noun: Any) -> bool:
    """"The withdrawal of discounts by carriers": business, no retreat."""
    return noun.lemma_.lower() == "withdrawal" and any(
        c.dep_ == "prep" and c.lower_ == "of" and any(g.dep_ == "pobj" and g.lemma_.lower() in COMMERCIAL_OFFERS
                                                      for g in c.children) for c in noun.children)


# Web pages (issue 4): a page whose body is about a game or a match codes
# its results and its fans as events ("Norway booked its place in the final by beating Chile", "the
# hosts had won every earlier meeting with their rivals", "why are the fans boycotting the final?").
# The sentence alone often holds no sport word; the page does. Words only a game is told in (as
# lemmas): "goal", "match", "game", "player", "season" and "cup" are in political prose too, but not
# one word in fifty of it. "Team", "win", "race", "title", "lead", "point" and "victory" are left out.
SPORT_PAGE_WORDS = frozenset("""
tournament league championship coach playoff playoffs inning innings quarterback touchdown striker midfielder
goalkeeper goalie referee stadium teammate semifinal semi-final quarterfinal quarter-final medal olympic
olympics tennis football soccer basketball baseball hockey cricket rugby golf nba nfl nhl mlb fifa uefa
wicket penalty rebound qualifying qualifier fixture goal scorer match game player season cup champion
""".split())
_SPORT_PAGE_SHARE = 0.02  # of the page's words
_SPORT_PAGE_MIN = 5  # and at least this many of them: a short notice with one "match" is no sports page
# Armed words that a game uses too: "a shot on goal", "the Sharks", "stole second base".
_GAME_SENSES = {"shot", "shots", "shoot", "shooting", "fire", "force", "forces", "unit", "units", "base",
                "dog", "dogs", "bear", "shark"}


def _page_share(doc: Any, key: str, words: frozenset[str], share: float, least: int) -> bool:
    """Whether at least ``share`` of the page's words, and ``least`` in all, are of ``words`` (lemmas or
    forms); worked out once per parse and kept in its ``user_data`` under ``key``."""
    cache = getattr(doc, "user_data", None)
    if cache is not None and key in cache:
        return cache[key]
    tokens = [t for t in doc if t.is_alpha]
    hits = sum(1 for t in tokens if t.lemma_.lower() in words or t.lower_ in words)
    found = hits >= least and hits >= share * len(tokens)
    if cache is not None:
        cache[key] = found
    return found


def sport_page(doc: Any) -> bool:
    """Whether the page (the article's parse) is about a game or a match: at least one word in fifty
    of it, and five in all, is a word of sport (:data:`SPORT_PAGE_WORDS`)."""
    return _page_share(doc, "eventwire_sport_page", SPORT_PAGE_WORDS, _SPORT_PAGE_SHARE, _SPORT_PAGE_MIN)


# Pages about software and gadgets (a release note, a talk at a user group, a programmer's blog) use
# "demonstration", "release", "rally around", "track down" and "attack" in their own senses ("the
# community is rallying around the new version", "tracking down a bug"). Words only such a page is
# told in; "data", "user", "file", "web" and "update" are left out: privacy and election stories use them.
SOFTWARE_PAGE_WORDS = frozenset("""
software python linux github api plugin browser install installation server code coding programming programmer
developer version bug database repository compiler terminal script configuration config javascript html css
app unix macos android firmware download open-source module library package syntax interface command debug
debugging tutorial webcast smartphone laptop gadget
""".split())
_SOFTWARE_PAGE_SHARE = 0.025
_SOFTWARE_PAGE_MIN = 10


def software_page(doc: Any) -> bool:
    """Whether the page is about software or gadgets: at least one word in forty of it, and ten in all,
    is a word of software (:data:`SOFTWARE_PAGE_WORDS`)."""
    return _page_share(doc, "eventwire_software_page", SOFTWARE_PAGE_WORDS, _SOFTWARE_PAGE_SHARE,
                       _SOFTWARE_PAGE_MIN)


# Pages about music, film, fashion and food (a band's tour, a film's making, a design show, a festival):
# "the band will tour", "the film is based on a family who moved into a home", "a festival draws fans".
# "Show", "series", "star", "stage" and "drama" are left out: politics has them too.
SHOW_PAGE_WORDS = frozenset("""
singer album song concert band film movie actress actor festival music musician guitarist guitar episode sitcom
netflix hollywood celebrity fashion designer showroom recipe chef dessert novel comedian comedy pianist orchestra
""".split())
_SHOW_PAGE_SHARE = 0.03
_SHOW_PAGE_MIN = 10


def show_page(doc: Any) -> bool:
    """Whether the page is about music, film, fashion or food: at least three words in a hundred of it,
    and ten in all, are words of shows (:data:`SHOW_PAGE_WORDS`)."""
    return _page_share(doc, "eventwire_show_page", SHOW_PAGE_WORDS, _SHOW_PAGE_SHARE, _SHOW_PAGE_MIN)


# Pages about a town's or a county's own business (a council's or a commission's meeting): its members ask,
# agree, meet, approve and offer as procedure ("the councilman asked the city manager to schedule a
# meeting", "commissioners approved an engineering firm"). Words only such a page is told in, with "county".
COUNCIL_PAGE_WORDS = frozenset("""
council councilman councilwoman councilmen councilwomen councilor councillor commissioner alderman aldermen
agenda ordinance zoning selectmen trustee township municipal county
""".split())
_COUNCIL_PAGE_SHARE = 0.025
_COUNCIL_PAGE_MIN = 12


def council_page(doc: Any) -> bool:
    """Whether the page is about a local council's or commission's business: at least one word in forty
    of it, and twelve in all, are words of local government (:data:`COUNCIL_PAGE_WORDS`)."""
    return _page_share(doc, "eventwire_council_page", COUNCIL_PAGE_WORDS, _COUNCIL_PAGE_SHARE, _COUNCIL_PAGE_MIN)


def armed_words(token: Any) -> set[str]:
    """The armed, violent or animal words of the trigger's sentence (:data:`ARMED_SCENE`) that a game
    does not use as well."""
    return (_sentence_words(token) & ARMED_SCENE) - _GAME_SENSES


# Counterparts of ordinary life: a visit to a hospital,
# a school or a museum, a meeting with a friend, a request to one's wife. The sets name kinds of places
# and of people by their head noun, written from general English. Camps, offices, courts, embassies,
# churches and hotels are left out: relief camps are visited, summits held in hotels.
ORDINARY_PLACES = frozenset("""
hospital hospitals clinic clinics infirmary er university universities college colleges campus school schools
kindergarten museum museums gallery galleries library libraries restaurant restaurants cafe cafes bar bars pub
pubs shop shops store stores mall malls supermarket supermarkets gym gyms zoo zoos beach beaches theatre
theatres theater theaters cinema cinemas concert concerts festival festivals stadium stadiums showroom
""".split())
# People of one's own life: whoever they are, a meeting with them or a request to them is private.
PERSONAL_TIES = frozenset("""
friend friends wife husband girlfriend boyfriend fiancee fiancé fiancée fiance classmate classmates roommate
roommates schoolmate schoolmates fan fans
""".split())
# Kin, private when they are someone's own ("his daughter"), not when they are a victim's ("the families of
# the victims", "the victim's parents"), whom officials meet as such.
_KIN = frozenset("""
family families son sons daughter daughters mother father parents parent child children sister sisters brother
brothers relative relatives cousin cousins grandson granddaughter grandchildren grandmother grandfather
""".split())
_OWN = {"his", "her", "their", "my", "our", "your"}


def _head_word(text: str) -> tuple[str, list[str]]:
    """A party's head noun as its text shows it: the word before "of" ("University of Georgia"), else
    the last word ("the city hospital"), with the words."""
    words = text.lower().replace("’", "'").split()
    if "of" in words[1:]:
        return words[words.index("of") - 1], words
    return (words[-1] if words else ""), words


def ordinary_place(text: str) -> bool:
    """A hospital, a school, a museum, a shop: a place of ordinary life (:data:`ORDINARY_PLACES`)."""
    head, _ = _head_word(text)
    return head in ORDINARY_PLACES


def personal_tie(text: str) -> bool:
    """A friend, a spouse, a fan (:data:`PERSONAL_TIES`), or one's own kin ("his daughter", :data:`_KIN`)."""
    head, words = _head_word(text)
    if head in PERSONAL_TIES:
        return True
    return head in _KIN and bool(words) and words[0] in _OWN and "of" not in words
