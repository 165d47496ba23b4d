"""The first triggers of each predicate, from occupation to positions."""

from __future__ import annotations

from loaders.patterns import (
    ALSO_DEPLOYED,
    AMOUNT,
    ANNEXATION,
    ARE_THERE,
    CLAIM,
    CONDEMNATION,
    COUNT,
    DEMAND,
    DEPLOYABLE,
    DEPLOYMENT,
    FORCE,
    FORCE_CUES,
    GIVE,
    INVASION,
    MANNER,
    MEANS,
    MISSION_OR_FORCE,
    OBJECT_RELATIVE,
    OCCUPATION,
    OF_LEAVERS,
    OWNER,
    PARTY,
    PLACE_NEXT,
    POSS,
    QTY,
    RECOGNITION,
    RELATIVE_ANTECEDENT,
    RELATIVE_VERB,
    SAID_BEFORE,
    SELF_STYLED,
    STILL,
    SUPPORT,
    TAKES_FORCES,
    THREAT,
    UNIT_WORDS,
    VIOLATION,
    WEAPON_CUES,
    WEAPONS,
    WEAPONS_SUPPLY,
    WHERE_FORCES_ARE,
    WITHDRAWAL_REFUSAL,
    WITHDRAWAL_REQUEST,
    Trigger,
)
from loaders.triggers.speech import LEAVE_CUES

# After "has", a verb of its own: "has proposed deploying troops to", "has offered sending", not "has troops in".
_NOT_AN_ACT = (
    r"(?!(?:[\w-]+\s+)?(?:proposed|offered|pledged|promised|planned|agreed|decided|vowed|threatened|refused|declined|"
    r"wanted|sought|asked|requested|hoped|tried|considered|suggested|approved|authori[sz]ed|ordered|urged|denied|"
    r"deploying|sending|stationing|basing|keeping|dispatching|moving|withdrawing|pulling|redeploying|bringing)\s)"
)

# Leaving, as a deadline asks it of forces.
_GO = r"(?:(?:withdraw|remove)" + TAKES_FORCES + r"|pull\s+(?:[\w’']+\s+){0,4}?(?:out|back)\b|leave|depart|quit|vacate)"
# Before a mention: a preposition that makes it the place where forces are, not a party asked to leave ("the
# troops in X"); "of" and "from" name the forces' owner ("the soldiers of X"), "out of" the place they leave.
_NOT_AFTER_A_PLACE_WORD = r"(?<!\bin\s)(?<!\bat\s)(?<!\bout\sof\s)(?<!\binto\s)(?<!\bto\s)"

# People or a body of a place, named by a noun after it ("the West Bank settlers", "the Libyan government").
_PEOPLE_OF_A_PLACE = (
    r"(?:settlers|fighters|rebels|militias?|militants|groups?|government|authorities|forces|army|police|troops|"
    r"civilians|population|people|communit(?:y|ies)|minorit(?:y|ies)|opposition|tribes?|clans?|factions?|"
    r"separatists|insurgents|guerrillas|gangs)"
)

ACT_TRIGGERS: tuple[Trigger, ...] = (
    # OCCUPIES
    # not "occupied" as an adjective, which names no occupier ("the occupied territories", "occupied areas of"),
    # unless as a compound that does ("Russian-occupied areas of")
    Trigger(
        OCCUPATION,
        r"\b(?<!\bthe\s)(?<!\bits\s)(?<!\btheir\s)(?<!\bof\s)(?<!\bin\s)(?<!\bon\s)(?<!\bfrom\s)"
        r"occup(?:y|ies|ied|ying)\b(?!\s+(?:by|with))"
        r"(?:(?<=-occupied)|(?!\s+(?:areas|territories|regions|lands|zones|districts|provinces|oblasts)\s+(?:of|in)\b))",
        cues=("occup",),
    ),
    Trigger(
        OCCUPATION, r"\b(?:is|are|was|were|been|being|remains?)\s+(?:\w+\s+)?occupied\s+by\s+{S}", cues=("occupied",)
    ),
    Trigger(OCCUPATION, r"{S}" + OWNER + r"(?:\w+\s+)?occupation\s+of\b", cues=("occupation",), nominal=True),
    Trigger(OCCUPATION, r"\b(?:seized|took|taken|captured)\s+control\s+of\b", cues=("control",)),
    # a share of a place held: "Morocco controls about 80 percent of X", "Russia holds roughly a fifth of Y"
    Trigger(
        OCCUPATION,
        r"\b(?:controls?|controlled|controlling|holds?|held|occup(?:y|ies|ied))\s+(?:(?:about|some|roughly|nearly|"
        r"almost|around|more\s+than|over|at\s+least)\s+)?(?:\d+(?:\.\d+)?\s*(?:per\s*cent|percent|%)|(?:a|one|two)[\s-]"
        r"(?:third|quarter|fifth|sixth)s?|half)\s+of\s+(?:the\s+)?{O}",
        cues=("control", "hold", "held", "occup"),
    ),
    # a place taken, named right after: "China seized the X Shoal in 2012", "Russia captured Bakhmut"; not "seized a
    # tanker" (no place), "an area seized from X" (who lost it), "captured X's commander" (its owner, unless a
    # place of it follows: "seized X's Y region")
    Trigger(
        OCCUPATION,
        r"\b(?:seiz(?:ed|es)|captur(?:ed|es)|overr(?:an|uns?))\s+(?:the\s+)?(?:(?:parts?|much|most|all)\s+of\s+(?:the\s+)?)?"
        r"(?:(?!(?:from|by|in|at|on|near|off|during|after|before)\b)[\w-]+\s+)?{O}"
        r"(?![’'](?:s\b)?\s+(?!(?:[\w-]+\s+){0,2}?(?:region|oblast|province|territory|town|city|district|islands?)\b))",
        cues=("seiz", "captur", "overr"),
    ),
    # DEPLOYED_IN
    Trigger(
        DEPLOYMENT,
        r"\b(?:deploy(?:s|ed|ing)?|station(?:s|ed|ing)?|bas(?:e|es|ing))\s+"
        + QTY
        + r"(?:[\w-]+\s+){0,2}?"
        + DEPLOYABLE
        + ALSO_DEPLOYED
        + "?"
        + MEANS
        + r"?,?\s+(?:to|in|into|inside|on)\b",
        cues=("deploy", "station", "base", "basing"),
    ),
    Trigger(
        DEPLOYMENT,
        r"\b(?:sends?|sent|sending|dispatch(?:es|ed|ing)?|keeps?|kept|keeping|maintain(?:s|ed|ing)?|"
        r"contribut(?:es|ed|ing)|provid(?:es|ed|ing)|has|have|had)\s+"
        + _NOT_AN_ACT
        + QTY
        + r"(?:[\w-]+\s+){0,2}?"
        + r"(?:(?:air|naval|overseas|army|logistics|drone)\s+(?=bases?\b))?"  # "a large air base"
        + FORCE
        + r"(?:\s+and\s+(?:[\w-]+\s+){0,2}?"
        + FORCE
        + r")?\s+(?:to|in|into|inside|on|at\s+(?:its|their|a|the|⟦\d+⟧)\s+(?:[\w-]+\s+){0,3}?bases?\s+in)\b",
        cues=("send", "sent", "keep", "kept", "maintain", "contribut", "provid", "has", "have", "had", "dispatch"),
    ),
    # a second place with a number of its own, the forces left unsaid: "has 2,500 troops in X and some 900 in Y"
    Trigger(
        DEPLOYMENT,
        r"\b(?:sends?|sent|keeps?|kept|maintain(?:s|ed)?|has|have|had|deploy(?:s|ed)?|station(?:s|ed)?)\s+"
        + COUNT
        + r"(?:[\w-]+\s+){0,2}?"
        + FORCE
        + r"\s+(?:to|in|on)\s+(?:the\s+)?(?:[\w-]+\s+)?⟦\d+⟧,?\s+(?:and|while)\s+(?:another\s+)?"
        + COUNT
        + r"(?:more\s+)?(?:to|in|on)\s+(?:the\s+)?(?:[\w-]+\s+)?{O}",
        cues=("send", "sent", "keep", "kept", "maintain", "has", "have", "had", "deploy", "station"),
    ),
    Trigger(
        DEPLOYMENT,
        r"{S}\s+(?:\w+\s+)?" + FORCE + r"\s+(?:(?:have|has|had)\s+)?(?:also\s+)?(?:guard|patrol)(?:s|ed|led|ling)?\b",
        cues=("guard", "patrol"),
    ),
    Trigger(
        DEPLOYMENT,
        r"{O}\s+(?:has\s+|had\s+)?(?:long\s+)?(?:allow(?:s|ed)?|let|lets|permit(?:s|ted)?|invit(?:es|ed))\s+{S}\s+to\s+"
        r"(?:station|deploy|base|keep)\s+"
        + QTY
        + r"(?:[\w-]+\s+){0,2}?"
        + DEPLOYABLE
        + r"(?:\s+and\s+(?:[\w-]+\s+){0,3}?"
        + DEPLOYABLE
        + r")?\s+(?:on|in)\s+(?:its|their)\s+(?:own\s+)?(?:territory|soil)",
        cues=("allow", "let", "permit", "invit"),
    ),
    # the forces said to be there: "Russian troops are stationed in", "X's forces remain in"
    Trigger(
        DEPLOYMENT,
        r"{S}" + POSS + r"\s+" + UNIT_WORDS + QTY + FORCE + r"(?:,\s+(?:who|which|that))?" + ARE_THERE,
        cues=FORCE_CUES,
    ),
    # the forces named by where they are: "Russian troops in", "the US soldiers stationed in", "Israel's presence in"
    Trigger(
        DEPLOYMENT,
        r"{S}" + POSS + r"\s+" + UNIT_WORDS + QTY + FORCE + r"\s+" + STILL + WHERE_FORCES_ARE + r"\b" + PLACE_NEXT,
        cues=FORCE_CUES,
        nominal=True,
    ),
    # "Israel's presence in", "North Korea's military deployment to": what it has there, named by its owner
    Trigger(
        DEPLOYMENT,
        r"{S}"
        + POSS
        + r"\s+(?!(?:economic|diplomatic|commercial|business|cultural|media|online|consular|political|financial|"
        r"corporate|digital|religious|growing\s+(?:economic|diplomatic))\b)(?:[\w-]+\s+){0,2}?"
        r"(?:presence|(?:re)?deployments?)\s+(?:in|inside|on|to)\b" + PLACE_NEXT,
        cues=("presence", "deployment"),
        nominal=True,
    ),
    # a relative clause on the forces: "the jets it had stationed in X", "the troops Russia keeps in X"
    Trigger(
        DEPLOYMENT,
        DEPLOYABLE
        + r"\s+(?:that\s+|which\s+)?"
        + SAID_BEFORE
        + r"(?:the\s+)?{S}"
        + RELATIVE_VERB
        + r"(?:deployed|stationed|based|keeps?|kept|"
        r"maintains?|maintained|has|had|have)\s+(?:there\s+)?(?:in|into|inside|on|at)\b",
        cues=("deployed", "stationed", "based", "keep", "kept", "maintain", "has", "had", "have"),
    ),
    Trigger(
        DEPLOYMENT,
        FORCE
        + r"\s+(?:that\s+|which\s+)?"
        + SAID_BEFORE
        + r"(?:the\s+)?{S}"
        + RELATIVE_VERB
        + r"(?:sent|sends?)\s+(?:in|to|into)\b",
        cues=("sent", "send"),
    ),
    Trigger(
        DEPLOYMENT,
        r"\b(?:deployment|presence)\s+of\s+{S}\s+" + FORCE + r"\s+(?:in|to|on)\b",
        cues=("deployment", "presence"),
        nominal=True,
    ),
    # ANNEXED
    Trigger(ANNEXATION, r"\bannex(?:es|ed|ing)?\b(?!\s+by)", cues=("annex",)),
    Trigger(ANNEXATION, r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?annexed\s+by\s+{S}", cues=("annexed",)),
    Trigger(
        ANNEXATION,
        r"{S}" + OWNER + r"(?:[\w\"“”-]+\s+){0,3}?annexation\s+of\b",
        cues=("annexation",),
        nominal=True,
    ),
    # INVADED
    Trigger(INVASION, r"\binvad(?:e|es|ed|ing)\b(?!\s+by)", cues=("invad",)),
    Trigger(INVASION, r"\b(?:was|were|been)\s+invaded\s+by\s+{S}", cues=("invaded",)),
    Trigger(
        INVASION,
        r"\blaunch(?:ed|es|ing)?\s+(?:a\s+|an\s+|the\s+|its\s+)?(?:full-scale\s+|large-scale\s+)?"
        r"(?:military\s+)?(?:invasion\s+of|war\s+(?:on|against)|offensive\s+(?:on|against|into)|attack\s+on)",
        cues=("launch",),
    ),
    Trigger(
        INVASION,
        r"\b(?:war|invasion|offensive)\s+(?:that\s+)?{S}\s+launched\s+(?:against|on|in)\b",
        cues=("launched",),
    ),
    Trigger(INVASION, r"{S}" + OWNER + r"(?:[\w-]+\s+){0,2}?invasion\s+of\b", cues=("invasion",), nominal=True),
    # "the invasion of Ukraine, which Russia launched in 2022"
    Trigger(
        INVASION,
        r"\binvasion\s+of\s+{O},?\s+which\s+{S}\s+(?:\w+\s+)?(?:launched|began|started|ordered)\b",
        cues=("invasion",),
    ),
    # RECOGNIZED
    Trigger(
        RECOGNITION,
        r"\brecogni[sz](?:e|es|ed|ing)\s+(?:the\s+)?(?:independence|sovereignty)\s+of\b",
        cues=("recogni",),
    ),
    Trigger(
        RECOGNITION,
        r"\brecogni[sz](?:e|es|ed|ing)\s+(?:the\s+)?"
        + SELF_STYLED
        + r"(?={E}(?:\s*(?:,|and)\s*{E})*\s+as\s+(?:an?\s+)?(?:independent|sovereign))",
        cues=("recogni",),
    ),
    # "is recognised as independent by a few states, including X and Y": the agents come from the parse
    Trigger(
        RECOGNITION,
        r"\b(?:is|are|was|were|been|being)\s+(?:\w+\s+)?recogni[sz]ed\s+as\s+(?:an?\s+)?(?:independent|sovereign)"
        r"(?:\s+(?:states?|countr(?:y|ies)|nations?|republics?))?\s+by\b",
        cues=("recognised", "recognized"),
    ),
    # "recognised Abkhazia and South Ossetia": a place recognised outright, not as a part of another, nor its
    # sovereignty or claims ("Ukraine's sovereignty", "Crimea as Russian")
    Trigger(
        RECOGNITION,
        r"(?<!internationally\s)\brecogni[sz](?:e|es|ed|ing)\s+(?:the\s+)?"
        + SELF_STYLED
        + r"(?={E}(?:\s*(?:,|and)\s*{E})*(?![’']s)(?!\s+as\s+(?!(?:an?\s+)?(?:independent|sovereign))))",
        cues=("recogni",),
    ),
    # CONDEMNED
    Trigger(CONDEMNATION, r"\bcondemn(?:s|ed|ing)?\b(?!\s+by)", cues=("condemn",)),
    Trigger(CONDEMNATION, r"\b(?:was|were|been|is)\s+condemned\s+by\s+{S}", cues=("condemned",)),
    # REQUESTED_WITHDRAWAL
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:ask(?:s|ed|ing)?|urg(?:e|es|ed|ing)|call(?:s|ed|ing)?\s+(?:on|for|upon)|insist(?:s|ed|ing)?|"
        r"demand(?:s|ed|ing)?|told|tell(?:s|ing)?|press(?:es|ed|ing)?|request(?:s|ed|ing)?)\s+(?:that\s+)?{O}\s+"
        r"(?:" + FORCE + r"\s+)?(?:to\s+|should\s+|must\s+)?(?:immediately\s+|fully\s+)?"
        r"(?:(?:withdraw|remove|evacuate)" + TAKES_FORCES + r"|pull\s+(?:[\w’']+\s+){0,4}?(?=(?:out|back)\b)|leave|"
        r"end\s+(?:its|their|the|⟦\d+⟧)\s+(?:military\s+)?(?:occupation|presence))",
        confidence=0.9,
        cues=("withdraw", "remov", "pull", "leave", "evacuat", "occupation", "presence"),
    ),
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:demand(?:s|ed|ing)?|call(?:s|ed|ing)?\s+for|urg(?:es|ed|ing)|"
        r"request(?:s|ed|ing)?|seek(?:s|ing)?|sought)\s+(?:the\s+|an?\s+)?"
        + MANNER
        + r"(?:withdrawal|pull-?out|removal)"
        + OF_LEAVERS
        + r"{O}",
        confidence=0.9,
        cues=("withdrawal", "pullout", "pull-out", "removal"),
    ),
    # "MINUSMA, which Mali asked to leave", "the French troops, which the junta ordered to withdraw": the one asked
    # is the relative clause's antecedent; not a place the forces are in ("the troops in X, which Y asked to
    # leave"), nor one asked to leave something else ("X, which Y asked to leave the summit")
    Trigger(
        WITHDRAWAL_REQUEST,
        _NOT_AFTER_A_PLACE_WORD
        + RELATIVE_ANTECEDENT
        + r"(?:\s+(?:[\w-]+\s+)?"
        + MISSION_OR_FORCE
        + r")?"
        + OBJECT_RELATIVE
        + RELATIVE_VERB
        + r"(?:ask(?:s|ed)?|urg(?:e|es|ed)|call(?:s|ed)?\s+(?:on|upon)|told|tell(?:s)?|press(?:es|ed)?|order(?:s|ed)?|"
        r"request(?:s|ed)?)\s+to\s+(?:immediately\s+|fully\s+)?"
        + _GO
        + r"\b(?!\s+(?:the|an?|its|their|this)\s+(?!country\b|territory\b|soil\b|region\b|bases?\b|camps?\b))",
        confidence=0.9,
        cues=("withdraw", "leave", "depart", "quit", "pull"),
    ),
    # a deadline: "gave X until the end of May to pull its troops out", "gave X 30 days to leave"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:gave|give|gives|giving|set)\s+{O}\s+(?:(?:[\w-]+\s+)?"
        + FORCE
        + r"\s+)?(?:until|till|an?\s+(?:[\w-]+\s+)?(?:deadline|ultimatum)|(?:[\w-]+\s+){1,2}(?:days?|weeks?|months?|hours?|years?))\b"
        r"[^.;]{0,60}?\bto\s+" + _GO,
        confidence=0.9,
        cues=LEAVE_CUES,
    ),
    # "set a deadline for French troops to leave", "issued an ultimatum to the X army to withdraw"
    Trigger(
        WITHDRAWAL_REQUEST,
        r"\b(?:set(?:s|ting)?|gave|giv(?:e|es|ing)|issu(?:e|es|ed|ing)|deliver(?:s|ed|ing)?|impos(?:e|es|ed|ing))\s+"
        r"(?:an?\s+|the\s+|its\s+)?(?:[\w-]+\s+)?(?:deadline|ultimatum)\s+(?:for|to)\s+(?:the\s+)?{O}"
        r"(?:\s+(?:[\w-]+\s+)?" + MISSION_OR_FORCE + r")?\s+to\s+" + _GO,
        confidence=0.9,
        cues=("deadline", "ultimatum"),
    ),
    # REFUSED_WITHDRAWAL (the asker comes from the request it answers)
    Trigger(
        WITHDRAWAL_REFUSAL,
        r"{S}\s+(?:has\s+|have\s+|had\s+)?(?:(?:refused|refuses|declined|rejected|rejects)"
        r"(?:\s+to\s+(?:withdraw|remove|pull\s+out|leave))?(?=\s*(?:[,.;]|$|the\s+request|to\s+(?:withdraw|remove|pull|leave)))|"
        r"(?:ignored|ignores|rebuffed|rebuffs)\s+(?:\w+\s+){0,2}?(?:calls|demands|requests|appeals)\b)",
        confidence=0.8,
        cues=("refus", "declin", "reject", "ignor", "rebuff"),
    ),
    # THREATENED
    Trigger(
        THREAT,
        r"\b(?:warn(?:s|ed|ing)?|threaten(?:s|ed|ing)?)\b",
        requires=r"\b(?:targets?|retaliat\w*|strik\w+|attack\w*|destroy\w*|bomb\w*|consequences|"
        r"respon(?:se|d)|hit|intervention|threat|(?:counter-?)?measures|countermeasures|reprisals?|punish\w*|"
        r"pay\s+(?:a\s+)?(?:heavy\s+|high\s+)?price)\b",
        cues=("warn", "threaten"),
    ),
    # threatening an actor named right after the verb: "Venezuela threatened Guyana over the region"
    # (not "threaten Gaza stability": a name that qualifies a noun after it)
    Trigger(
        THREAT,
        r"\bthreaten(?:s|ed|ing)?\s+(?:the\s+)?{O}(?=\s*(?:[.,;:)]|$)|\s+(?:over|with|if|unless|again|and|in|on|after|"
        r"by|for|during|last|this|earlier|when|while|because|amid|repeatedly)\b)",
        cues=("threaten",),
    ),
    # warning an actor named right after the verb of force: "warned X of a new war", "warned X of military action"
    Trigger(
        THREAT,
        r"\bwarn(?:s|ed|ing)?\s+(?:the\s+)?{O}\s+(?:[\w-]+\s+)?of\s+(?:an?\s+|the\s+)?(?:(?:new|possible|imminent|"
        r"full-scale|further)\s+)?(?:war|military\s+action|use\s+of\s+force|strikes?|attacks?|invasion)\b",
        cues=("warn",),
    ),
    # an attack announced: "said it could launch a new operation against X", "warned it would begin strikes on X"
    Trigger(
        THREAT,
        r"\b(?:said|says|vowed|vows|announced|declared|warned|warns|threatened|threatens)\s+(?:that\s+)?"
        r"(?:it|they|he|she|we)\s+(?:would|will|could|may|might|(?:is|are)\s+ready\s+to)\s+(?:(?:soon|again|now)\s+)?"
        r"(?:launch|begin|start|carry\s+out|conduct|mount)\s+(?:an?\s+|the\s+)?(?:(?:new|fresh|further|another|"
        r"military|ground|cross-border|major|large-scale)\s+){0,3}(?:offensive|operation|incursion|invasion|strikes|"
        r"attacks?|raids?)\s+(?:against|on|into)\s+(?:the\s+)?{O}(?![’']s?\b)",
        cues=("launch", "begin", "start", "carry", "conduct", "mount"),
    ),
    # an attack announced: "said they would attack Israeli ships", "vowed it will strike US bases"
    Trigger(
        THREAT,
        r"\b(?:said|says|vowed|vows|pledged|pledges|announced|declared|warned)\s+(?:that\s+)?(?:it|they|he|she|we)\s+"
        r"(?:would|will)\s+(?:(?:continue\s+to|again|soon|now)\s+)?(?:attack|strike|target|hit|bomb|shell)\s+"
        r"(?=(?:the\s+)?(?:[\w-]+\s+){0,2}?⟦)",
        cues=("attack", "strike", "target", "hit", "bomb", "shell"),
    ),
    # PARTY_TO
    # "signed", "inked", "finalised" an agreement; not a document of one's own ("signed a decree on the treaty",
    # "signed into law", "signed an order")
    Trigger(
        PARTY,
        r"\b(?:sign(?:s|ed|ing)?|ink(?:s|ed|ing)?|ratif(?:y|ies|ied|ying)|conclud(?:e|es|ed|ing)|"
        r"finali[sz](?:e|es|ed|ing)|initial(?:l?ed|s|l?ing)|"
        # renewing or sealing the agreement itself, not a call or a pledge about it
        r"(?:renew|seal)(?:s|ed|ing)?(?=\s+(?:the\s+|their\s+|its\s+|an?\s+)?(?:(?!(?:for|to|of|on|with)\b)[\w-]+\s+){0,2}?⟦)|"
        r"enter(?:ed|s)?\s+into|join(?:s|ed)?|accede[ds]?\s+to)\b"
        r"(?!\s+(?:into\s+law|(?:(?:an?|the|its|their|two|several)\s+)?(?:[\w-]+\s+){0,2}?(?:decrees?|orders?|laws?|"
        r"bills?|legislation|letters?|contracts?|petitions?|budgets?|amendments?|appointments?)\b))",
        cues=("sign", "ink", "ratif", "conclud", "finali", "initial", "renew", "seal", "enter", "join", "acced"),
    ),
    # VIOLATED
    Trigger(
        VIOLATION,
        r"\b(?:violat(?:e|es|ed|ing)|breach(?:es|ed|ing)?|broke|breaks|broken)\b(?!\s+(?:off|away|up)\b)",
        cues=("violat", "breach", "broke"),
    ),
    # SUPPLIES_WEAPONS_TO
    Trigger(
        WEAPONS_SUPPLY,
        GIVE + r"{O}\s+with\s+(?:[\w-]+\s+){0,3}?" + WEAPONS,
        cues=WEAPON_CUES,
    ),
    Trigger(
        WEAPONS_SUPPLY,
        GIVE + r"(?:" + AMOUNT + r")?(?:[\w-]+\s+){0,3}?" + WEAPONS + r"\s+(?:[\w-]+\s+){0,3}?to\s+{O}",
        cues=WEAPON_CUES,
    ),
    # "armed the Houthis"; not "armed the Libyan government" nor "the X settlers" (people of the place named)
    Trigger(
        WEAPONS_SUPPLY,
        r"\barm(?:s|ed|ing)\s+(?:the\s+)?{O}(?!\s+(?:[a-z-]+\s+)?" + _PEOPLE_OF_A_PLACE + r"\b)",
        cues=("arm",),
    ),
    Trigger(
        WEAPONS_SUPPLY,
        WEAPONS + r"\s+(?:\w+\s+){0,3}?(?:was|were|have\s+been|has\s+been|had\s+been)\s+"
        r"(?:supplied|provided|sent|delivered|given|shipped|transferred)\s+to\s+{O}\s+(?:[\w,]+\s+){0,3}?by\s+{S}",
        cues=("supplied", "provided", "sent", "delivered", "given", "shipped", "transferred"),
    ),
    # SUPPORTS ("the backing of X" is a noun: its giver follows)
    Trigger(
        SUPPORT,
        r"\b(?<!-)(?:prop(?:s|ped|ping)?\s+up|back(?:s|ed|ing)|bankroll(?:s|ed|ing)?|sponsor(?:s|ed|ing)?)\b(?!\s+(?:by|of)\b)",
        cues=("prop", "back", "bankroll", "sponsor"),
    ),
    # funding an actor named right after, not a thing ("funds Hezbollah", not "funded a port in X")
    Trigger(
        SUPPORT,
        r"\b(?<!-)(?:fund(?:s|ed|ing)?|financ(?:es|ed|ing))\s+(?=(?:the\s+)?⟦\d+⟧(?!\s*[’']))",
        cues=("fund", "financ"),
    ),
    # "the Iran-backed Houthis": the backer before the hyphen, the backed the very next name ("Kremlin-sponsored
    # votes" backs no one named).
    Trigger(
        SUPPORT,
        r"{S}-(?:backed|sponsored|supported|funded|armed)\s+(?:the\s+)?{O}",
        cues=("backed", "sponsored", "supported", "funded", "armed"),
    ),
    # MADE_CLAIM
    Trigger(
        CLAIM,
        r"{S}\s+(?:has\s+|had\s+)?(?:falsely\s+|wrongly\s+|repeatedly\s+)?claim(?:ed|s)\s+that\b",
        cues=("claim",),
    ),
    # DEMANDED
    Trigger(DEMAND, r"\bdemand(?:s|ed|ing)?\s+(?:\w+\s+){0,3}?that\s+{O}", cues=("demand",)),
    Trigger(
        DEMAND,
        r"{S}" + POSS + r"\s+(?:\w+\s+){0,5}?demands?\s*(?::|that|for)\s+(?:\w+\s+){0,2}?{O}",
        cues=("demand",),
    ),
    Trigger(
        DEMAND,
        r"{O}\s+(?:rejects|rejected|refuses|refused|resists|resisted)\s+{S}\s+(?:calls|demands)\s+to\b",
        cues=("calls", "demands"),
    ),
)
