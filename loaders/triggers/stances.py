"""Stances: recognition, parties, support, condemnation and threats, said in more ways."""

from __future__ import annotations

from loaders.patterns import (
    CONDEMNATION,
    FORCE,
    GIVE,
    POSS,
    SUPPORT,
    THREAT,
    WEAPON_CUES,
    WEAPONS,
    WEAPONS_SUPPLY,
    Trigger,
)

# ---- Stances: recognition, parties, support, condemnation and threats -------------------------------------------
# More ways of saying them, each a family of phrasings.
_BACKED = r"(?:supported|backed|funded|financed|bankrolled|sponsored|armed|propped\s+up)"
# Backing said as a noun ("the support of", "its backing for").
_BACKING = r"(?:support|backing|patronage|sponsorship)"
# Words that say the backing is gone or missing ("lost the support of", "without the backing of").
_LOSING = r"\b(?:lost|los(?:e|es|ing)|lack(?:s|ed|ing)?|without|withdr[ae]w\w*)\b"
# Those who rule a place, named by it ("the junta in Mali", "the government of Syria"): the parse finds the place.
_RULERS_IN = r"(?:government|junta|authorities|regime|rulers|leadership)\s+(?:in|of)\s+(?:the\s+)?⟦"
# What an actor puts forward, backed as its own ("Morocco's autonomy plan", "Russia's war effort").
_CAUSE = (
    r"(?:plans?|proposals?|initiatives?|bids?|candidacy|candidature|position|stance|cause|war(?:\s+effort)?|efforts?|"
    r"offensive|campaign|peace\s+plan|roadmap)"
)
_CAUSE_CUES = ("plan", "proposal", "initiative", "bid", "candida", "position", "stance", "cause", "war", "effort",
               "offensive", "campaign", "roadmap")  # fmt: skip
# Helping, as the purpose of a deployment ("sent troops to support").
_HELP = r"(?:support|back|help|assist|aid|bolster|reinforce|prop\s+up|defend)"
# Condemning, said with another verb ("criticised" is weaker: not one); "slammed" not of a door or into something,
# "blasted" not with what strikes ("blasted X with missiles").
_DENOUNCE = (
    r"(?:denounc(?:e|es|ed|ing)|decr(?:y|ies|ied|ying)|deplor(?:e|es|ed|ing)|slam(?:s|med|ming)?(?!\s+(?:into|shut|"
    r"the\s+door|the\s+brakes))|lambast(?:s|ed|ing)?|"
    r"castigat(?:e|es|ed|ing)|censur(?:e|es|ed|ing)|rebuk(?:e|es|ed|ing)|excoriat(?:e|es|ed|ing)|"
    r"blast(?:s|ed)(?=\s+(?:the\s+)?⟦)(?!\s+(?:the\s+)?⟦\d+⟧(?:(?:’s|'s)\s+[\w-]+(?:\s+[\w-]+)?)?\s+with\b))"
)
_DENOUNCE_CUES = ("denounc", "decr", "deplor", "slam", "lambast", "castigat", "censur", "rebuk", "excoriat",
                  "blast")  # fmt: skip
# The author of a stance said as a noun: a possessor ("Russia's repeated threats"), or a demonym right before it
# ("Russian threats"); not the subject of a verb before it ("X condemned the threat").
_AUTHOR = r"{S}(?:(?:’s|'s|’|')\s+(?:[\w-]+\s+){0,2}?|\s+)"
# A backer, named with whom it backs: "Iran, the main backer of the Houthis", "the Houthis' patron, Iran".
_APOS = r"(?:’s|'s|’|')\s+(?:[\w-]+\s+){0,2}?"
_BACKER = r"(?:backers?|sponsors?|patrons?|supporters?|protectors?)\b"
_IS_A = (
    r"\s*(?:,\s+|\s+(?:is|was|are|were|remains|has\s+been|have\s+been|became)\s+)(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}?"
)
# What a threat holds out besides force ("threatened X with sanctions", "warned of an embargo").
_PENALTY = r"(?:sanctions|embargo(?:es)?|tariffs|blockade|(?:military\s+)?force|military\s+action|war|patience)"
# A penalty held out against someone, as the noun its target follows ("sanctions on Iraq").
_PENALTY_NOUN = r"(?:sanctions|embargo(?:es)?|tariffs|(?:economic\s+|financial\s+)?penalties|blockade|restrictions)"
# Holding a penalty out: imposing it, facing it ("would impose tough", "faces new").
_HOLD_OUT = (
    r"(?:impos(?:e|es|ed|ing)|levy|levied|levying|put|putting|slap(?:s|ped|ping)?|plac(?:e|es|ed|ing)|"
    r"introduc(?:e|es|ed|ing)|tighten(?:s|ed|ing)?|fac(?:e|es|ed|ing))\s+(?:[\w-]+\s+){0,3}?"
)
# Or warning of it, right after the verb ("warned of an", "threatened Athens with"); not "the use of", "the start of".
_OF_IT = r"\s+(?:of|(?:\S+\s+){0,3}?with)\s+(?:(?!of\s)[\w-]+\s+){0,3}?"
_WARN = r"\b(?:warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?)\b"
# After the verb, up to the penalty: held out further on, or warned of.
_HELD_OUT = r"(?:[^.;]{0,100}?\b" + _HOLD_OUT + "|" + _OF_IT + ")"
# An act named after the clause that tells it ("..., a move that X condemned"), and the verbs that condemn it.
_ACT_NOUN = r"(?:move|step|decision|action|act|deal|deployment|visit|attack|strikes?)"
_CONDEMNED = r"(?:condemned|denounced|decried|deplored|slammed|protested)"
_CONDEMNED_CUES = ("condemned", "denounced", "decried", "deplored", "slammed", "protested")
# What weapons come in ("a cache of", "a second consignment of"): the words between a verb of giving and them.
_WEAPON_LOT = (
    r"(?:[\w-]+\s+){0,3}?(?:cache|consignment|shipment|batch|package|deliver(?:y|ies)|load|tranche|stockpile|"
    r"haul|supply|supplies|lot|quantit(?:y|ies)|number|amount)s?\s+of\s+"
)
# Weapons sent, said as a noun: "arms deliveries", "the delivery of", "weapons transfers", "its provision of".
_SUPPLYING = r"(?:deliver(?:y|ies)|shipments?|suppl(?:y|ies)|transfers?|provision|sales?)"
_SUPPLY_CUES = ("deliver", "shipment", "suppl", "transfer", "provision", "sale")
_ARMS = r"(?:arms|weapons?|ammunition|munitions|missiles?|artillery|drones?|military\s+equipment)"
# Who supplies weapons, named so: "arms supplier", "supplier of weapons".
_SUPPLIER = (
    r"(?:(?:arms|weapons?|military\s+equipment)\s+suppliers?|suppliers?\s+of\s+(?:arms|weapons|military\s+(?:aid|equipment)|"
    r"ammunition|munitions|missiles|drones))\b"
)
_SUPPLIER_IS = r"{S}\s+(?:(?:is|was|has\s+been|had\s+been|remains|remained|became)\s+(?:now\s+|also\s+|still\s+)?)?"
# The receiver, after "to" ("to Somalia", "to the army of Somalia").
_TO = r"\s+to\s+(?:the\s+)?{O}"
STANCE_TRIGGERS: tuple[Trigger, ...] = (
    # SUPPORTS, turned around: "the Houthis, backed by Iran,", "is supported by the UAE and Saudi Arabia"
    Trigger(
        SUPPORT,
        r"\b(?:is|are|was|were|been|being|remains?|,)\s+(?:\w+\s+){0,2}?" + _BACKED + r"\s+by\s+(?:the\s+)?{S}",
        cues=("supported", "backed", "funded", "financed", "bankrolled", "sponsored", "armed", "propped"),
    ),
    # recognising or backing a state's sovereignty (or claim) over a territory: "recognised Moroccan sovereignty
    # over the territory", "France's recognition of Israel's sovereignty over the Golan"
    Trigger(
        SUPPORT,
        r"\b(?:(?:recogni[sz]|acknowledg)(?:e|es|ed|ing)|(?:recognition|acknowledg(?:e?ment))\s+of|back(?:s|ed|ing)?|"
        r"endors(?:e|es|ed|ing))\s+(?:the\s+)?{O}"
        + POSS
        + r"\s+(?:sovereignty|claims?|rule|territorial\s+integrity)\b",
        cues=("sovereignty", "claim", "rule", "integrity"),
    ),
    # backing someone's plan, bid or cause backs them: "backed Morocco's autonomy plan", "supports a Moroccan
    # proposal", "Madrid's backing of the Kenyan bid", "to support Russia's war effort"
    Trigger(
        SUPPORT,
        r"\b(?:back(?:s|ed|ing)?|support(?:s|ed|ing)?|endors(?:e|es|ed|ing)|(?:backing|support|endorsement)\s+(?:of|for))\s+"
        r"(?:the\s+|an?\s+)?{O}(?:’s|'s|’|')\s+(?:[\w-]+\s+){0,2}?" + _CAUSE + r"\b",
        cues=_CAUSE_CUES,
    ),
    # the verb "back" after an auxiliary or "to" ("continues to back", "did not back"), not the adverb
    Trigger(
        SUPPORT,
        r"\b(?:(?<=\bto\s)|(?<=\bnot\s)|(?<=\bdid\s)|(?<=\bdoes\s)|(?<=\bwill\s)|(?<=\bwould\s))back\s+(?=(?:the\s+)?"
        r"(?:[\w-]+,?\s+){0,2}?⟦)",
        cues=("back",),
    ),
    # "supports the government in Tripoli", "is supporting Kyiv": the verb, with an actor for its object
    Trigger(SUPPORT, r"\bsupport(?:s|ed|ing)?\s+(?=(?:the\s+)?⟦)", cues=("support",)),
    # throwing one's weight behind: "threw its weight behind the separatists", "put their support behind"
    Trigger(
        SUPPORT,
        r"\b(?:thr(?:ew|ow|ows|owing|own)|put(?:s|ting)?|plac(?:e|es|ed|ing))\s+(?:its|their|his|her|the)\s+"
        r"(?:full\s+|political\s+|military\s+|considerable\s+)?(?:weight|support|backing)\s+behind\b",
        cues=("behind",),
    ),
    # fighting on someone's side: "Wagner fought alongside the Malian army"
    Trigger(
        SUPPORT,
        r"\b(?:fought|fighting|fights?)\s+(?:[\w-]+\s+)?(?:alongside|on\s+the\s+side\s+of|on\s+behalf\s+of|"
        r"in\s+support\s+of)\s+(?:the\s+)?{O}",
        cues=("alongside", "side of", "behalf", "support of"),
    ),
    # coming to someone's aid: "Turkey came to the aid of the government in Tripoli"
    Trigger(
        SUPPORT,
        r"\b(?:c[oa]me|comes|coming|rushed|rushes)\s+to\s+the\s+(?:aid|rescue|assistance|defen[cs]e)\s+of\s+(?:the\s+)?{O}",
        cues=("aid of", "rescue of", "assistance of", "defence of", "defense of"),
    ),
    # arming or training an actor named right after: "Iran arms and trains the Houthis", "trains Somali soldiers"
    Trigger(
        SUPPORT,
        r"(?<!-)\b(?:arm(?:s|ed|ing)?|train(?:s|ed|ing)?|equip(?:s|ped|ping)?)\s+(?:and\s+(?:arm|train|equip|fund|financ)\w*\s+)?"
        r"(?=(?:the\s+)?(?:(?!(?:in|at|on|with|near|from|by|for|to|inside|across|alongside|under)\b)[\w-]+\s+)?⟦)",
        cues=("arm", "train", "equip"),
    ),
    # military aid given: "gave Israel $3.8 billion in military aid", "sent military assistance to Kyiv"
    *(
        Trigger(
            SUPPORT,
            r"\b(?:gave|giv(?:e|es|ing)|sen[dt]s?|sending|provid(?:e|es|ed|ing)|approv(?:e|es|ed|ing)|"
            r"pledg(?:e|es|ed|ing))\s+" + given,
            cues=("military aid", "security aid", "military assistance", "security assistance"),
        )
        for given in (
            r"(?:the\s+)?{O}\s+(?:(?:[^.;⟦]|(?<=\d)\.(?=\d)){0,40}?\s)?(?:in\s+)?(?:military|security)\s+(?:aid|assistance)\b",
            r"(?:(?:[^.;⟦]|(?<=\d)\.(?=\d)){0,40}?\s)?(?:military|security)\s+(?:aid|assistance)\s+to\s+(?:the\s+)?{O}",
        )
    ),  # fmt: skip
    # sided with: "Moscow sided with Yerevan in the dispute"
    Trigger(
        SUPPORT,
        r"\b(?:sid(?:e|es|ed|ing)|stood|stands?|standing)\s+(?:firmly\s+)?with\s+(?=(?:the\s+)?⟦)",
        cues=("sided", "side", "stood", "stand"),
    ),  # fmt: skip
    # backing as a noun, its giver after "of": "survived with the support of Russia", "has the backing of Cairo",
    # "increasingly reliant on the support of Moscow"
    Trigger(
        SUPPORT,
        r"{O}\s+(?:(?!" + _LOSING + r")[^.;⟦]){0,60}?\s?(?:with|has|have|had|enjoy(?:s|ed|ing)?|receiv(?:e|es|ed|ing)|"
        r"win(?:s|ning)?|won|gain(?:s|ed|ing)?|reliant\s+on|dependent\s+on|rel(?:y|ies|ied|ying)\s+on|"
        r"depend(?:s|ed|ing)?\s+on)\s+(?:the\s+)?(?:(?!"
        + _LOSING
        + r")[\w-]+\s+){0,2}?"
        + _BACKING
        + r"\s+of\s+(?:the\s+)?{S}",
        cues=_BACKING[3:-1].split("|"),
        nominal=True,
    ),
    # backing declared or given: "voiced its support for Serbia", "offered their backing to Kyiv", "provides military
    # support to the junta"
    Trigger(
        SUPPORT,
        r"\b(?:voic(?:e|es|ed|ing)|express(?:es|ed|ing)?|reaffirm(?:s|ed|ing)?|reiterat(?:e|es|ed|ing)|pledg(?:e|es|ed|ing)|"
        r"offer(?:s|ed|ing)?|declar(?:e|es|ed|ing)|gave|giv(?:e|es|ing)|lent|lend(?:s|ing)?|provid(?:e|es|ed|ing)|"
        r"extend(?:s|ed|ing)?)\s+(?:(?:its|their|his|her)\s+)?"
        r"(?:[\w-]+\s+){0,2}?" + _BACKING + r"\s+(?:for|to)\s+(?:the\s+)?(?:{O}|(?=(?:[\w-]+\s+)?" + _RULERS_IN + r"))",
        cues=_BACKING[3:-1].split("|"),
    ),
    # X's backer Y: "Iran, the main backer of the Houthis", "the Houthis' patron, Iran", "Iran, the Houthis' sponsor"
    Trigger(
        SUPPORT,
        r"{S}" + _IS_A + _BACKER + r"\s+of\s+(?:the\s+)?{O}",
        cues=("backer", "sponsor", "patron", "supporter", "protector"),
    ),  # fmt: skip
    # "Washington is Kyiv's biggest military backer"
    Trigger(
        SUPPORT,
        r"{S}\s+(?:is|was|remains|has\s+been|became)\s+(?:the\s+)?{O}" + _APOS + _BACKER,
        cues=("backer", "sponsor", "patron", "supporter", "protector"),
    ),  # fmt: skip
    Trigger(
        SUPPORT,
        r"{O}" + _APOS + _BACKER + r"\s*,?\s+(?:the\s+)?{S}",
        cues=("backer", "sponsor", "patron", "supporter", "protector"),
    ),  # fmt: skip
    Trigger(
        SUPPORT,
        r"{S}\s*,\s+(?:the\s+|an?\s+)?{O}" + _APOS + _BACKER,
        cues=("backer", "sponsor", "patron", "supporter", "protector"),
    ),  # fmt: skip
    # "in support of Kyiv"
    Trigger(SUPPORT, r"\bin\s+support\s+of\s+(?=(?:the\s+)?⟦)", cues=("support",)),
    # a deployment that backs someone: "sent troops to support Russia", "deployed jets to Libya to help the army"
    Trigger(
        SUPPORT,
        r"\b(?:sen[dt]s?|sending|deploy(?:s|ed|ing)?|dispatch(?:es|ed|ing)?)\s+(?:[^.;]{0,40}?\s)?"
        + FORCE
        + r"\s+(?:[^.;]{0,40}?\s)?to\s+"
        + _HELP
        + r"\s+(?=(?:the\s+)?⟦)",
        cues=("support", "back", "help", "assist", "aid", "bolster", "reinforce", "prop", "defend"),
    ),
    # CONDEMNED with other verbs: "denounced Kosovo's decision", "slammed Baku for", "was deplored by Paris"
    Trigger(CONDEMNATION, r"\b" + _DENOUNCE + r"\b(?!\s+by)", cues=_DENOUNCE_CUES),
    Trigger(
        CONDEMNATION,
        r"\b(?:was|were|been|is|are|being)\s+(?:\w+\s+)?(?:denounced|decried|deplored|slammed|lambasted|castigated|censured|rebuked)\s+by\s+(?:the\s+)?{S}",
        cues=("denounced", "decried", "deplored", "slammed", "lambasted", "castigated", "censured", "rebuked"),
    ),
    # protest aimed at an actor: "protested Russia's move", "in protest against Madrid's decision"
    Trigger(CONDEMNATION, r"\bprotest(?:s|ed|ing)?\s+(?=(?:the\s+)?⟦)", cues=("protest",)),
    Trigger(
        CONDEMNATION,
        r"\bin\s+(?:a\s+)?protest\s+(?:against|at|over)\s+(?=(?:the\s+)?⟦)|\b(?:lodg|fil)(?:e|es|ed|ing)\s+(?:an?\s+)?"
        r"(?:formal\s+|official\s+|diplomatic\s+|strong\s+)?protest\s+with\s+(?=(?:the\s+)?⟦)",
        cues=("protest",),
    ),
    # the act named after the clause that tells it, condemned: "Egypt sent troops to Somalia, a move that Ethiopia
    # condemned", "Russia held drills there - a step denounced by Moldova": the condemned is the clause's subject
    *(
        Trigger(
            CONDEMNATION,
            r"^[^⟦.;]{0,40}?{O}\s+[^.;]{0,200}?(?:,|—|–|\s-)\s*(?:in\s+)?(?:a|the)\s+(?:[\w-]+\s+)?"
            + _ACT_NOUN
            + r"\s+(?:that|which)?\s*(?:(?:was|has\s+been|had\s+been)\s+)?(?:(?:quickly|swiftly|strongly|widely|sharply)\s+)?"
            + by_whom,
            cues=_CONDEMNED_CUES,
        )
        for by_whom in (
            _CONDEMNED + r"\s+by\s+(?:the\s+)?{S}",
            r"(?:the\s+)?{S}\s+(?:(?:has|had|quickly|swiftly|strongly|sharply)\s+)*" + _CONDEMNED + r"\b",
        )
    ),  # fmt: skip
    # a condemnation as a noun, with its author: "Ukraine's condemnation of Russia"
    Trigger(
        CONDEMNATION,
        _AUTHOR + r"(?:condemnation|denunciation)\s+(?:of\s+)?(?:the\s+)?{O}",
        cues=("condemnation", "denunciation"),
        nominal=True,
    ),
    # THREATENED by a vow to hit back ("vowed to retaliate against X", "to strike back at X") or a threatened attack
    # ("threatened a new offensive against X"); not "vowed to retaliate" with no one named, nor for an attack on
    # another ("vowed to retaliate for the strike on X")
    Trigger(
        THREAT,
        r"\b(?:vow(?:s|ed|ing)?|pledg(?:es|ed|ing)|promis(?:es|ed|ing))\s+(?:to\s+)?(?:retaliate|strike\s+back|"
        r"hit\s+back|take\s+revenge|(?:swift\s+|harsh\s+|severe\s+)?(?:revenge|retaliation|reprisals?)|"
        r"(?:an?\s+)?(?:strong|firm|harsh|decisive|crushing|befitting|fitting|robust|forceful)\s+(?:military\s+)?response)\s+"
        r"(?:(?!(?:and|but|to|for|over|after)\b)[\w-]+\s+){0,3}?(?:against|on|at|(?<=response\s)to)\s+"
        r"(?:the\s+)?{O}(?![’']s?\b)",
        cues=("vow", "pledg", "promis"),
    ),
    Trigger(
        THREAT,
        r"\bthreaten(?:s|ed|ing)?\s+(?:(?:an?|new|fresh|further|another|military|ground|cross-border|full-scale|major|"
        r"large-scale)\s+){0,3}(?:offensive|operation|incursion|invasion|strikes|attacks?|reprisals|retaliation|revenge|"
        r"(?:military\s+)?action|force)"
        r"\s+(?:against|on)\s+(?:the\s+)?{O}(?![’']s?\b)",
        cues=("threaten",),
    ),
    # consequences threatened for an actor: 'threatened "consequences" for X', "warned of retaliation against X"
    Trigger(
        THREAT,
        r"\b(?:threaten(?:s|ed|ing)?|warn(?:s|ed|ing)?\s+of)\s+(?:[\w-]+\s+)?[\"“']?(?:consequences|retaliation|"
        r"reprisals?|countermeasures|a\s+response|punishment)[\"”']?\s+(?:for|against|on)\s+(?:the\s+)?{O}(?![’']s?\b)",
        cues=("threaten", "warn"),
    ),
    # a threat to take a place: "threatened to invade X", "vowed to annex X", "has vowed to take X by force" (not
    # "vowed to take X to court", "threatened to take part", "to take X, not by force")
    Trigger(
        THREAT,
        r"\b(?:threaten(?:s|ed|ing)?|vow(?:s|ed|ing)?)\s+to\s+(?:(?:invade|annex|seize|occupy|attack|bomb|blockade|"
        r"take\s+over)\s+|(?:take|reunify|bring)\s+(?=(?:the\s+)?⟦\d+⟧[^.;]{0,40}?\bby\s+force\b)"
        r"(?![^.;]{0,60}?\b(?:not|never|than|without)\s+(?:[\w-]+\s+)?by\s+force\b))(?:the\s+)?{O}",
        cues=("threaten", "vow"),
    ),
    # a threat named by its author: "US threats to annex X", "China's repeated threats to invade X"
    Trigger(
        THREAT,
        _AUTHOR + r"threats?\s+(?:to|of)\s+(?:annex(?:ing)?|invad(?:e|ing)|attack(?:ing)?|strik(?:e|ing)|bomb(?:ing)?|"
        r"seiz(?:e|ing)|occupy(?:ing)?|tak(?:e|ing)\s+over|blockad(?:e|ing)|"
        r"an?\s+(?:invasion|attack|annexation|blockade)\s+(?:of|on))\s+(?:the\s+)?{O}",
        cues=("threat",),
        nominal=True,
    ),
    # THREATENED with a penalty: "threatened Athens with sanctions", "threatened to impose sanctions on Caracas"
    Trigger(
        THREAT,
        _WARN,
        requires=r"\b(?:(?:"
        + _HOLD_OUT
        + "|"
        + _WARN
        + _OF_IT
        + ")"
        + _PENALTY
        + r"|patience\s+(?:\w+\s+){0,2}?(?:out|thin))\b",
        cues=("warn", "threaten"),
    ),
    # the target of the penalty held out: "warned that it would put sanctions on Iraq", "threatened to hit Caracas
    # with tariffs", "warned of an embargo against Cuba", "warned it would impose sanctions if Baghdad expelled"
    *(
        Trigger(
            THREAT,
            _WARN + r"(?=" + target + ")",
            cues=("warn", "threaten"),
        )
        for target in (
            _HELD_OUT + _PENALTY_NOUN + r"\s+(?:on|against|over)\s+(?:the\s+)?{O}",
            r"[^.;]{0,100}?\bhit(?:ting|s)?\s+(?:the\s+)?{O}\s+with\s+(?:[\w-]+\s+){0,2}?" + _PENALTY_NOUN,
            _HELD_OUT + _PENALTY_NOUN + r"\b[^.;]{0,60}?\b(?:if|unless|should)\s+(?:the\s+)?{O}",
        )
    ),  # fmt: skip
    # a penalty promised in words reported: '"We will put sanctions on Iraq," the president said' (the speaker's
    # "we": not an announcement that a state will impose them)
    Trigger(
        THREAT,
        r"(?:(?<=\bwe\s)|(?<=\bi\s))(?:will|would|(?:are|am)\s+going\s+to|could)\s+(?:(?:also|soon|then)\s+)?(?:impose|put|slap|levy|place|"
        r"charge\s+(?:them|it))\s+(?:[\w-]+\s+){0,3}?" + _PENALTY_NOUN + r"\s+(?:on|against)\s+(?:the\s+)?{O}",
        cues=("sanction", "embargo", "tariff", "penalt"),
    ),
    # a threat as a noun, with its author: "Russia's threats against Moldova", "Turkey's threat of force against"
    Trigger(
        THREAT,
        _AUTHOR + r"threats?\s+(?:of\s+(?:[\w-]+\s+){1,3}?)?(?:against|to|toward|towards)\s+"
        r"(?:the\s+)?{O}",
        cues=("threat",),
        nominal=True,
    ),
    # a target named in words reported: "Moscow said British instructors would be a legitimate target"
    Trigger(
        THREAT,
        r"\b(?:said|says|saying|declared|declares|stated|states|added|adds|told\s+{E})\b"
        r"(?=[^.;]{0,120}?\b(?:legitimate|legal|lawful)\s+(?:military\s+)?targets?\b)",
        cues=("legitimate", "legal", "lawful"),
    ),
    # SUPPLIES_WEAPONS_TO, the weapons in a lot: "delivered a second consignment of artillery to Somalia"
    Trigger(
        WEAPONS_SUPPLY,
        GIVE
        + r"(?:an?\s+|the\s+|its\s+|their\s+)?"
        + _WEAPON_LOT
        + r"(?:[\w-]+\s+){0,3}?"
        + WEAPONS
        + r"\s+(?:[^.;⟦]{0,60}?\s)?to\s+(?:the\s+)?{O}",
        cues=WEAPON_CUES,
    ),  # fmt: skip
    # the supply as a noun, with its supplier: "Germany's arms deliveries to Kyiv", "German weapons shipments to",
    # "arms transfers from Iran to Russia", "Egypt's provision of artillery to Somalia"
    Trigger(
        WEAPONS_SUPPLY,
        _AUTHOR + _ARMS + r"\s+" + _SUPPLYING + _TO,
        cues=_SUPPLY_CUES,
        nominal=True,
    ),
    Trigger(
        WEAPONS_SUPPLY,
        r"\b" + _ARMS + r"\s+" + _SUPPLYING + r"\s+(?:[\w-]+\s+){0,2}?from\s+(?:the\s+)?{S}" + _TO,
        cues=_SUPPLY_CUES,
        nominal=True,
    ),
    Trigger(
        WEAPONS_SUPPLY,
        _AUTHOR + _SUPPLYING + r"\s+of\s+(?:[\w-]+\s+){0,3}?" + WEAPONS + _TO,
        cues=_SUPPLY_CUES,
        nominal=True,
    ),
    # the supplier as what it is to the receiver: "X is Y's largest arms supplier", "X is the main supplier of weapons
    # to Y", "X became Y's second-biggest supplier of military aid"
    *(
        Trigger(WEAPONS_SUPPLY, _SUPPLIER_IS + supplier, cues=("supplier",))
        for supplier in (
            r"(?:the\s+)?{O}(?:’s|'s|’|')\s+(?:[\w-]+\s+){0,2}?" + _SUPPLIER,
            r"the\s+(?:[\w-]+\s+){0,2}?" + _SUPPLIER + r"\s+to\s+(?:the\s+)?{O}",
        )
    ),
    # said by who got them: "Russia has received ballistic missiles from Iran", "bought drones from Tehran"
    Trigger(
        WEAPONS_SUPPLY,
        r"{O}\s+(?:has\s+|have\s+|had\s+)?(?:(?:already|also|reportedly|since)\s+)?(?:received|receives|obtained|"
        r"acquired|bought|buys|purchased|purchases|imported|imports)\s+(?:an?\s+|the\s+)?(?:" + _WEAPON_LOT + r")?"
        r"(?:[\w-]+\s+){0,3}?" + WEAPONS + r"\s+(?:[\w-]+\s+){0,3}?from\s+(?:the\s+)?{S}",
        cues=("received", "receives", "obtained", "acquired", "bought", "buys", "purchase", "import"),
    ),
)
