"""Presence and occupation in their other shapes: the host that has foreign forces, forces named by where they
come from or by who announces them, a withdrawal still to come, the forces that hold a place, and the place that a
relative clause says was occupied."""

from __future__ import annotations

from loaders.lexicon import FORMER_WORDS, PLANNED_WORDS
from loaders.patterns import (
    ANNEXATION,
    ARE_THERE,
    ARMED_BODIES,
    ARRIVED,
    DEPLOYMENT,
    EXERCISE_CUES,
    EXERCISES,
    FORCE,
    FORCE_CUES,
    OBJECT_RELATIVE,
    OCCUPATION,
    PLACE_NEXT,
    POSS,
    QTY,
    RELATIVE_ANTECEDENT,
    RELATIVE_NO_OBJECT,
    RELATIVE_VERB,
    STILL,
    UNIT_WORDS,
    WHERE_FORCES_ARE,
    Trigger,
)

# What a host does with forces it has: "hosts", "is home to", "received", "welcomed".
_HOSTS = (
    r"(?:(?:now|still|also|currently|already|long)\s+)?(?:(?:has|have|had)\s+(?:(?:long|already|also|recently)\s+)?)?"
    r"(?:hosts?|hosted|hosting|houses|housed|received|receives|welcomed|welcomes|(?:is|was)\s+home\s+to)\s+"
)
# The verbs of forces that hold a place ("Russian troops control", "Israeli forces seized"); "hold" only with the
# place right after it ("held Kherson", "hold the north of X"), not "held drills in X" or "held talks with X".
_HOLD = (
    r"(?:(?:have|has|had)\s+)?(?:(?:now|still|already|also|effectively|[\w-]+ly)\s+)?"
    r"(?:(?:hold|holds|held)(?=\s+(?:the\s+)?(?:(?:[\w-]+\s+){1,3}?of\s+(?:the\s+)?)?⟦)|"
    r"control|controls|controlled|seized|captured|took\s+over)\b(?!\s+by\b)"  # not "soldiers captured by X"
)
# The mentions listed after a first one ("from Kenya, Jamaica and Belize").
_LISTED = r"(?:(?:\s*,\s*|,?\s+and\s+)(?:the\s+)?{E})*"
# A state's forces as the subject of a verb: "Russian troops", "Turkey's 2,000 soldiers"; not "X said troops".
_ITS_FORCES = (
    r"{S}"
    + POSS
    + r"\s+(?!(?:said|says|claimed|claims|reported|announced|denied|denies|insisted|insists)\s)"
    + UNIT_WORDS
    + QTY
    + FORCE
)

# Forces that train in a place are there: "took part in drills", "held exercises", "conducted manoeuvres".
_TRAIN = (
    r"(?:(?:have|has|had)\s+)?(?:(?:also|recently|jointly)\s+)?(?:conduct(?:s|ed)?|hold|holds|held|stag(?:e|es|ed)|"
    r"carr(?:y|ies|ied)\s+out|t(?:ake|akes|ook)\s+part\s+in|participat(?:e|es|ed)\s+in|join(?:s|ed)?)\b"
)
# The place the training is in, right after it: "in X", "at a range in X"; not "near X", "on X's border", nor a
# place named after other words ("drills simulating an attack on X", "drills at home, X said").
_TRAINING_PLACE = (
    r"\s+(?:(?:in|at|on)\s+(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?(?:range|base|camp|grounds?|area|zone|site|centre|center|"
    r"facility)\s+)?(?:in|at|on)\s+(?:the\s+)?{O}(?!\s*(?:’s|'s))"
)
# The words between the verb and the exercises: not "held off on", "held no", "joined criticism of".
_EXERCISE_WORDS = r"(?:(?!(?:of|off|no|on|for|against)\b)[\w\"“”-]+\s+){0,4}?"

# After a withdrawal, the words that say it is still to come or under way, so that the forces are still there
# ("is due to start next month", "is under way", "has begun"); not one said to be completed or ended.
_UNDER_WAY = (
    r"(?![^.;:]*?\b(?:ended|completed|concluded|finished|over)\b)"
    r"(?=[^.;:]*?\b(?:(?:will|would|is\s+to|are\s+to|(?:is|was)\s+(?:expected|set|due)\s+to)\s+(?:\w+\s+)?"
    r"(?:begin|start|take|last|be\s+(?:gradual|phased|completed\s+by))|(?:is|was)\s+(?:under\s*way|ongoing|continuing)|"
    r"(?:has\s+|had\s+)?(?:began|begun|started|continues|continued)\b))"
)
# Who withdraws, named in the withdrawal: "of the French troops", "of the African Union (AU) soldiers", "of the
# forces of the AU"; a name may be followed by its acronym in brackets.
_WITHDRAWAL_OF = r"\bwithdrawal\s+of\s+(?:the\s+|its\s+|their\s+)?(?:(?:last|remaining)\s+)?"
_WITHDRAWN = (
    _WITHDRAWAL_OF + r"{S}(?:\s+\({E}\))?" + POSS + r"\s+(?:[\w-]+\s+){0,2}?" + QTY + FORCE,
    _WITHDRAWAL_OF + r"(?:[\w-]+\s+){0,2}?" + FORCE + r"\s+of\s+(?:the\s+)?{S}(?:\s+\({E}\))?",
)

# After an occupation's verb in a relative clause: no end put to it ("which X occupied until 1982", "which X
# captured in 2022 and lost months later").
_NOT_ENDED = (
    r"(?![^,.;]{0,60}?\b(?:until|till)\b|[^,.;]{0,40}?\band\s+(?:later\s+)?(?:lost|left|gave\s+up|withdrew|returned)\b)"
)
# After a "where" clause's verb: no place named of its own ("the region, where X troops are based in Y": in Y); a
# base "at" a place names where in the antecedent it is ("Armenia, where Russia keeps a base at Gyumri").
_NO_PLACE_OF_ITS_OWN = r"(?!\s+(?:in|inside|to)\s+(?:the\s+)?(?:[\w-]+\s+)?⟦)"

# A deployment that goes on: its verb, and the noun of what is kept on in the place.
_EXTEND = r"\b(?:extend(?:s|ed|ing)?|prolong(?:s|ed|ing)?|renew(?:s|ed|ing)?)\s+"
_EXTEND_CUES = ("extend", "prolong", "renew")
_KEPT_ON = r"(?:deployment|mission|presence)\s+(?:in|to)\s+(?:the\s+)?"
_MANDATE_KEPT_ON = r"(?:deployment|mission|presence|mandate)\s+(?:in|to)\s+(?:the\s+)?"  # its owner named

# Forces sent, in the passive ("troops were sent", "soldiers flown").
_FORCES_SENT = (
    FORCE
    + r"\s+(?:(?:were|was|had\s+been|have\s+been|has\s+been)\s+(?:[\w-]+ly\s+)?)?"
    + r"(?:sent|dispatched|deployed|flown|airlifted|posted|stationed)"
)
_SENT_CUES = ("sent", "dispatched", "deployed", "flown", "airlifted", "posted", "stationed")

PRESENCE_TRIGGERS: tuple[Trigger, ...] = (
    # forces one refuses or does not plan to withdraw from a place are there: "refused to withdraw its troops from
    # X", "has no plans to pull its forces out of X", "will not withdraw its soldiers from X", "ruled out
    # withdrawing its troops from X"
    Trigger(
        DEPLOYMENT,
        r"\b(?:(?:refus(?:es|ed|ing)\s+to|declin(?:es|ed|ing)\s+to|(?:has|have|had)\s+no\s+(?:plans?|intention)\s+to|"
        r"(?:will|would|does|do|did)\s+not|won[’']t|cannot)\s+(?:withdraw|remove|pull)|"
        r"(?:ruled|rules|rule|ruling)\s+out\s+(?:withdrawing|removing|pulling))\s+(?:its|their)\s+"
        r"(?:[\w-]+\s+){0,2}?" + FORCE + r"\s+(?:out\s+of|from)\s+(?:the\s+)?{O}",
        cues=("withdraw", "remove", "removing", "pull"),
        presupposed=True,
    ),
    # a deployment extended or renewed goes on, so the forces are there: "extended its mission in X", "voted to
    # extend the troop deployment in X", "renewed Y's mandate in X", "an extension of the Kenyan police mission in X"
    Trigger(
        DEPLOYMENT,
        _EXTEND + r"(?:the\s+)?{S}" + POSS + r"\s+(?:[\w-]+\s+){0,2}?" + _MANDATE_KEPT_ON + r"{O}",
        cues=_EXTEND_CUES,
        presupposed=True,
    ),
    Trigger(
        DEPLOYMENT,
        _EXTEND + r"(?:its|their|the)\s+(?:[\w-]+\s+){0,2}?" + _KEPT_ON + r"{O}",
        cues=_EXTEND_CUES,
        presupposed=True,
    ),
    Trigger(
        DEPLOYMENT,
        r"\b(?:extension|renewal|prolongation)\s+(?:of|to)\s+(?:the\s+|its\s+|their\s+)?{S}"
        + POSS
        + r"\s+(?:[\w-]+\s+){0,2}?"
        + _MANDATE_KEPT_ON
        + r"{O}",
        cues=("extension", "renewal", "prolongation"),
        nominal=True,
        presupposed=True,
    ),
    # a state's forces in a mission of others are in its place too: "Indian soldiers serving with UNIFIL in X"
    Trigger(
        DEPLOYMENT,
        _ITS_FORCES
        + r"\s+(?:(?:are|were|is|was)\s+)?(?:serv(?:e|es|ed|ing)|deployed|stationed)\s+"
        + r"(?:with|under|in|as\s+part\s+of)\s+(?:the\s+)?{E}(?:\s+(?:flag|banner|mission|force|command))?"
        + r"\s+in\s+(?:the\s+)?{O}",
        cues=("serv", "deployed", "stationed"),
    ),
    # forces sent by an actor, in the passive: "troops were sent by X to Y", "soldiers flown to Y by X in 2013"
    Trigger(DEPLOYMENT, _FORCES_SENT + r"\s+by\s+(?:the\s+)?{S}\s+(?:to|in|into)\s+(?:the\s+)?{O}", cues=_SENT_CUES),
    Trigger(DEPLOYMENT, _FORCES_SENT + r"\s+(?:to|in|into)\s+(?:the\s+)?{O}\s+by\s+(?:the\s+)?{S}", cues=_SENT_CUES),
    # "the withdrawal of the Belgian soldiers from X is to start in spring": a withdrawal to come or under way says
    # where the forces still are
    *(
        Trigger(DEPLOYMENT, withdrawn + r"\s+from\s+(?:the\s+)?{O}" + _UNDER_WAY, cues=("withdrawal",))
        for withdrawn in _WITHDRAWN
    ),
    Trigger(
        DEPLOYMENT,
        r"{S}" + POSS + r"\s+(?:[\w-]+\s+){0,2}?withdrawal\s+from\s+(?:the\s+)?{O}" + _UNDER_WAY,
        cues=("withdrawal",),
    ),
    # "Djibouti hosts 1,500 French troops", "Niger received Russian military instructors", "Okinawa is home to
    # most of the US marines in Japan", "Djibouti, home to China's only overseas base": the host is where the forces
    # are (not "received a visit from X's army chief", "welcomed the news that X troops would come")
    Trigger(
        DEPLOYMENT,
        r"{O}(?:(?:,\s+(?:which|that))?\s+"
        + _HOSTS
        + r"|,\s+(?:(?:now|also|still)\s+)?home\s+to\s+)"
        # a share of them: "over half of some 3,000"
        + r"(?:(?!(?:from|that|news|visits?)\b)[\w,.-]+\s+){0,8}?{S}"
        + POSS
        + r"\s+(?:[\w-]+\s+){0,3}?"
        + FORCE
        + r"\b",
        cues=("host", "house", "receive", "welcome", "home to"),
    ),
    # the forces' owners after them: "Djibouti hosts military bases of the United States, China and Japan"
    Trigger(
        DEPLOYMENT,
        r"{O}(?:,\s+(?:which|that))?\s+" + _HOSTS + r"(?:[\w-]+\s+){0,3}?" + FORCE + r"\s+of\s+(?:the\s+)?{S}",
        cues=("host", "house", "home to"),
    ),
    # "Chad, France's last permanent base in the Sahel": an apposition that makes the place a state's base (not
    # "Chad, France's former base" or "planned base", nor a place that opens the sentence: "In X, Y's base ...")
    Trigger(
        DEPLOYMENT,
        r"(?<!\bin\s){O},\s+(?:(?:now|also|still)\s+)?{S}(?:’s|'s)\s+(?!(?:"
        + FORMER_WORDS
        + "|"
        + PLANNED_WORDS
        + r"|old)\b)"
        r"(?:(?!(?:that|which|who|the|an?|is|are|was|were)\b)[\w-]+\s+){0,3}?(?:military\s+|naval\s+|air\s+)?bases?\b",
        cues=("base",),
    ),
    # a state that leads a force in a place has its own forces there: "Britain leads a NATO battlegroup in X", "Kenya
    # leads the security mission in X"; not a civil mission ("leads the observer mission in X")
    Trigger(
        DEPLOYMENT,
        r"\b(?:leads?|led|leading|heads?|headed|commands?|commanded)\s+(?:a|an|the)\s+(?!(?:[\w-]+\s+){0,3}?(?:diplomatic|"
        r"trade|observer|observation|monitoring|fact-finding|humanitarian|election|rescue|evacuation|medical|civilian|"
        r"negotiating|peace\s+talks)\b)(?:(?:[\w-]+|⟦\d+⟧)\s+){0,3}?(?:battle\s*groups?|mission|force|contingent|"
        r"coalition)\s+(?:in|inside|on)\s+(?:the\s+)?{O}",
        cues=("lead", "led", "head", "command"),
        subject_types=("State",),
    ),
    # "the US has a military presence in X", "Russia maintains a small presence in X"
    Trigger(
        DEPLOYMENT,
        r"\b(?:has|have|had|maintains?|maintained|keeps?|kept|retains?|retained|establish(?:es|ed))\s+"
        r"(?:a|an|its|their)\s+(?!(?:economic|diplomatic|commercial|business|cultural|media|online|consular|political|"
        r"financial|corporate|digital|religious)\b)(?:[\w-]+\s+){0,2}?presence\s+(?:in|inside|on|across)\b",
        cues=("presence",),
    ),
    # "Kenya said on Monday that 200 more police officers have arrived in X": forces that no one else owns, whose
    # arrival a state announces, are its own
    Trigger(
        DEPLOYMENT,
        r"{S}\s+(?:said|says|announced|announces|confirmed|confirms)\s+(?:on\s+\w+\s+|today\s+|late\s+\w+\s+)?"
        r"(?:that\s+)?(?:the\s+first\s+|another\s+|a\s+further\s+|(?!(?:the|these|those|its|their)\s))"
        + QTY
        + r"(?:(?:more|additional|new|extra|further)\s+)?(?:[\w-]+\s+)?"
        + FORCE
        + r"\s+(?:(?:have|has|had)\s+)?(?:(?:now|already|also|just|safely)\s+)?(?:arrived|landed)\s+(?:in|at)\b",
        cues=("arrived", "landed"),
    ),
    # "The troops are in X." opening a sentence: the forces named before (antecedents.troops_owner)
    Trigger(
        DEPLOYMENT,
        r"(?:"
        + "|".join(rf"(?<=^the {noun} )" for noun in ("troops", "soldiers", "forces", "officers", "peacekeepers"))
        + r")(?:(?:are|were|remain|remained|have\s+been|had\s+been)\s+"
        + STILL
        + WHERE_FORCES_ARE
        + r"|"
        + ARRIVED
        + r")\b",
        cues=("the troops", "the soldiers", "the forces", "the officers", "the peacekeepers"),
    ),
    # "officers from Kenya and Jamaica arrived in X", "the first 200 soldiers from Belize are deployed in X"
    # not forces already named by their owner ("Russian troops from Belarus"), nor forces that cross from a place
    # ("troops from Belarus entered Ukraine"): there, "from" says where they came from
    Trigger(
        DEPLOYMENT,
        r"(?<!⟧\s)(?<!⟧'s\s)(?<!⟧’s\s)\b"
        + FORCE
        + r"\s+from\s+(?:the\s+)?{S}"
        + _LISTED
        + r"(?!\s+(?:(?:have|has|had)\s+)?(?:entered|(?:moved|crossed|rolled|pushed|poured|advanced)\s+into)\b)"
        + ARE_THERE,
        cues=FORCE_CUES,
    ),
    # a body that is a force in itself, named as the forces: "Wagner has been operating in X since 2021", "the
    # Africa Corps is deployed in X", "Wagner fighters arrived in X"; a verb always, unlike WHERE_FORCES_ARE's bare
    # "in", so that the cues find it
    Trigger(
        DEPLOYMENT,
        r"{S}(?:\s+(?:mercenaries|fighters|contractors|troops|forces|units|instructors))?\s+(?:"
        r"(?:(?:are|were|is|was|remains?|remained|have\s+been|has\s+been|had\s+been)\s+"
        + STILL
        + r")?(?:stationed|based|deployed|positioned|operating|active|present|fighting)\s+(?:in|inside|across|throughout)|"
        r"(?:(?:have|has|had)\s+)?(?:(?:long|also|already)\s+)?operat(?:e|es|ed)\s+(?:in|inside|across|throughout)|"
        + ARRIVED
        + r")\b"
        + PLACE_NEXT,
        cues=(
            "stationed",
            "based",
            "deployed",
            "positioned",
            "operat",
            "active",
            "present",
            "fighting",
            "arriv",
            "land",
            "return",
            "enter",
            "into",
            "fought",
            "fight",
            "serve",
        ),
        subject_kinds=ARMED_BODIES,
    ),
    # "X, where 30,000 US troops are based", "X, where Russia keeps 1,000 soldiers": the place is the antecedent
    Trigger(
        DEPLOYMENT,
        r"{O},?\s+where\s+(?:[\w,.-]+\s+){0,5}?"
        + _ITS_FORCES
        + r"\s+(?:are|is|were|was|remain)\s+"
        + STILL
        + r"(?:stationed|based|deployed|positioned|garrisoned)\b"
        + _NO_PLACE_OF_ITS_OWN,
        cues=("where",),
    ),
    Trigger(
        DEPLOYMENT,
        r"{O},?\s+where\s+(?:the\s+)?{S}"
        + RELATIVE_VERB
        + r"(?:keeps?|kept|maintains?|maintained|has|had|have|stations?|stationed|deploy(?:s|ed)?|bases?|based)\s+"
        + QTY
        + r"(?:[\w-]+\s+){0,2}?"
        + FORCE
        + r"\b"
        + _NO_PLACE_OF_ITS_OWN,
        cues=("where",),
    ),
    # "British troops took part in drills in Latvia", "a French battalion held exercises at a range in Estonia"
    Trigger(
        DEPLOYMENT,
        _ITS_FORCES + r"\s+" + _TRAIN + r"\s+" + _EXERCISE_WORDS + EXERCISES + _TRAINING_PLACE,
        cues=EXERCISE_CUES,
    ),
    # "the drills (that) Russian troops held in X": the place the forces trained in, after a relative clause
    Trigger(
        DEPLOYMENT,
        EXERCISES
        + r"\s+(?:(?:that|which)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?"
        + _ITS_FORCES
        + r"\s+"
        + _TRAIN
        + _TRAINING_PLACE,
        cues=EXERCISE_CUES,
    ),
    # "Russian forces control the airport of X", "Turkish troops have held the north of X since 1974"
    Trigger(
        OCCUPATION,
        _ITS_FORCES + r"\s+" + _HOLD,
        cues=("hold", "held", "control", "seized", "captured", "took over"),
    ),
    # a state that holds a place itself: "Israel has held the Golan Heights since 1967", "Turkey controls the north of
    # Cyprus" (its own place is no occupation: see Frame.foreign_place)
    Trigger(
        OCCUPATION,
        r"\b" + _HOLD + r"(?=\s+(?:(?:the|most\s+of|much\s+of|parts?\s+of)\s+)?(?:(?:north|south|east|west)(?:ern)?\s+"
        r"(?:part\s+of\s+)?)?(?:the\s+)?⟦\d+⟧(?!\s+(?:responsible|accountable|liable|hostage|captive)\b))",
        cues=("hold", "held", "control"),
        subject_types=("State",),
    ),
    # "Russian-held Kherson", "the Israeli-controlled Golan Heights", "Russian-occupied Crimea"
    # (not "once Russian-occupied Kherson", "previously X-held": the verb's own trigger reads that as ended)
    Trigger(
        OCCUPATION,
        r"(?<!\bonce\s)(?<!\bpreviously\s){S}-(?:held|controlled|occupied)\b",
        cues=("-held", "-controlled", "-occupied"),
    ),
    # "Crimea has been under Russian control since 2014", "X, now under Turkish occupation"
    Trigger(
        OCCUPATION,
        r"{O}(?:,?\s+(?:now\s+|still\s+)?|\s+(?:(?:is|are|was|were|remains?|remained|stays?|has\s+been|have\s+been|"
        r"had\s+been|came|fell)\s+)(?:(?:now|still|largely|entirely|partly|firmly)\s+)?)under\s+(?:the\s+)?{S}"
        + POSS
        + r"\s+(?:military\s+|de\s+facto\s+|full\s+)?(?:control|occupation)\b",
        cues=("under",),
    ),
    # "the occupation of Crimea by Russia"
    Trigger(
        OCCUPATION,
        r"\boccupation\s+of\s+(?:the\s+)?{O}\s+by\s+(?:the\s+)?{S}",
        cues=("occupation",),
        nominal=True,
    ),
    # "Crimea, which Russia has occupied since 2014": the place is the relative clause's antecedent
    Trigger(
        OCCUPATION,
        RELATIVE_ANTECEDENT
        + OBJECT_RELATIVE
        + RELATIVE_VERB
        + r"(?:occup(?:y|ies|ied)|seiz(?:e|es|ed)|captur(?:e|es|ed))\b(?!\s+by\b)"
        + RELATIVE_NO_OBJECT
        + _NOT_ENDED,
        cues=("occup", "seize", "captur"),
    ),
    Trigger(
        ANNEXATION,
        RELATIVE_ANTECEDENT + OBJECT_RELATIVE + RELATIVE_VERB + r"annex(?:es|ed)?\b(?!\s+by\b)" + RELATIVE_NO_OBJECT,
        cues=("annex",),
    ),
)
