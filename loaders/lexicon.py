"""The words around a trigger, declared as data: what changes what a relation asserts (negation, plans,
hearsay), where clauses begin and end, and the cues of qualifiers, titles and fact-check verdicts.

The patterns built with :func:`~loaders.patterns.for_lowered` are matched against text in lower case.
"""

from __future__ import annotations

import re
from typing import NamedTuple

from loaders.patterns import OWNED_FORCE, for_lowered
from schema import lexicon as schema_lexicon

# Words before a trigger (within its clause) that change what the relation asserts.
NEGATION = for_lowered(
    r"\b(?:not|n't|cannot(?!\s+(?:rule\s+out|exclude|confirm|verify|say|be\s+sure)\b)|never|no\s+longer|no\s+(?:intention|plans?)|neither|nor|denied|denies|deny|denying|refused\s+to|refuses\s+to|"
    r"without|rejected|rejects|dismissed|stopped|stops|ceased|ceases|abandoned|declined\s+to|declines\s+to)\b|n[’']t\b|"
    # an end put to it: "ended its deployment in", "terminated their presence in"
    r"\b(?:ended|ends|ending|terminated|terminates|concluded|wound\s+down|winds\s+down)\s+(?:its|their|the)\b|"
    # a recognition taken back: "withdrew its recognition of", "revoked recognition", "derecognised"
    r"\b(?:withdr[ae]w\w*|revok\w+|rescind\w*|retract\w*|suspend\w*|fr[oe]z\w+|cancel\w*|reversed?)\s+"
    r"(?:(?:its|their|the|⟦\d+⟧)\s+)?(?:[\w-]+\s+)?recognition\b|\bde-?recogni[sz]|"
    # "has no troops in", "there are no Russian soldiers in"; not "no doubt X soldiers are in"
    r"\bno\s+(?!doubt\b|question\b)(?:(?:⟦\d+⟧|[\w-]+)\s+){0,2}?(?:troops|forces|soldiers|servicemen|military|personnel|bases?|presence|units|contingents?|peacekeepers)\b",
)
# A rejection of what a noun phrase names, which does not say it never was: "rejected Russia's annexation of X".
REJECTION = for_lowered(r"\b(?:rejected|rejects|rejecting|dismissed|dismisses|dismissing)\b")
# After what is rejected: a denial that it is so ("dismissed X's presence in Y as a fiction").
DENIED_AS = for_lowered(
    r"[^.;]{0,60}?\bas\s+(?:(?:a|an|mere|pure|western|total|utter|complete)\s+){0,2}(?:fiction|fantasy|propaganda|"
    r"lies?|myths?|fakes?|fake\s+news|fabrications?|inventions?|nonsense|rumou?rs?|disinformation|baseless|"
    r"groundless|unfounded|false|untrue)\b"
)
# Between a rejection and the act: what was rejected is an idea of it, not an act there ("dismissed talk of a
# Russian base", "rejected any presence", "rejected suggestions of a Chinese deployment").
NOT_YET_AN_ACT = for_lowered(
    r"\b(?:talk|idea|ideas|possibility|prospect|suggestions?|notion|fears?|plans?|proposals?|calls?|any|an?)\b"
)
# After a nominal act in a denied clause: its very existence is what is denied ("denied that X's threats were real").
EXISTS_AFTER = for_lowered(
    r"[^.;]{0,40}?\b(?:(?:was|were|is|are)\s+(?:ever\s+)?(?:real|genuine|serious|true|made|issued)|exist(?:s|ed)?)\b"
)
# Words right before a relation's subject that make the relation an unverified report or accusation.
HEARSAY = for_lowered(
    r"\b(?:(?:reports?|claims?|allegations?|accusations?|charges|assertions?|insinuations?|rumou?rs?|narratives?|"
    r"stor(?:y|ies)|myths?|hoax(?:es)?|fakes?)\s+(?:that|of|about)|"
    # "what they said were": the source's word for what it shows (not "what Moscow calls its peacekeepers")
    r"what\s+(?:[\w-]+\s+){1,3}?(?:said|says|claimed|claims|alleged|alleges)\s+(?:were|was|are|is)\s+|"
    # "presented the men as", "passed them off as": a source's framing of who they are
    r"(?:presented|presents|portrayed|portrays|passed\s+(?:[\w-]+\s+){1,3}?off|mislabell?ed|misidentified)\s+"
    r"(?:[\w-]+\s+){0,3}?as\s+|"
    # "according to unverified reports,", "according to posts on social media,"
    r"according\s+to\s+(?:[\w-]+\s+){0,2}?(?:unverified|unconfirmed|uncorroborated|unsubstantiated|anonymous|posts?|"
    r"tweets?|users?|bloggers?|rumou?rs?|claims?|allegations?)\b[^.;,]{0,60},\s*|"
    # "the likelihood that X had deployed", "fears that X has sent", "speculation that X ..."
    r"(?:likelihood|probability|chances?|odds|risk|prospect|fears?|suspicions?|speculation|doubts?)\s+that|accus(?:ed|es|ing)|alleg(?:ed|es|ing)\s+that|"
    # "a claim spread on social media that there is a ...", "posts claimed that", "purports", "is X right that"
    r"(?:claims?|rumou?rs?|allegations?)\b[^.;]{0,80}?\bthat\s+(?:there\s+(?:is|are|was|were)\s+)?(?:an?\s+)?|"
    r"reports?\b[^.;]{0,80}?\babout\s+|"
    r"claim(?:ed|ing)\s+(?:(?:on|in|via)\s+(?:[\w.-]+\s+){1,3}?)?that|purport(?:s|ed|ing)?\s+(?:that\s+)?|right\s+that|"
    # "a story that", "the narrative that": a tale told, not a fact
    r"(?:stor(?:y|ies)|narratives?|hoax(?:es)?|theor(?:y|ies)|disinformation|misinformation|propaganda|fake\s+news)\b"
    r"[^.;]{0,60}?\bthat|"
    # "a video purporting to show", "footage that appears to show", "a post claims"
    r"(?:purport(?:s|ed|ing)?|claim(?:s|ed|ing)?|suppos(?:ed|edly)|alleged(?:ly)?|said|appear(?:s|ed|ing)?|meant)\s+to\s+"
    r"(?:show|depict)\s+|claims?\s+|"
    # a false or anonymous source saying so: "falsely reported that", "a fake report said", "posts say"
    r"(?:false(?:ly)?|fake|wrong(?:ly)?|misleading(?:ly)?|bogus|fabricated|doctored|baseless|unfounded|erroneous(?:ly)?|"
    r"mistaken(?:ly)?|debunked|allegedly|reportedly|purportedly|supposedly|posts?|tweets?|users?|accounts?|bloggers?|"
    r"unconfirmed|unverified|uncorroborated|unsubstantiated|messages|pages|clips?|captions?|propaganda|"
    r"disinformation|misinformation|"
    r"channels)\b[^.;]{0,60}?\b(?:says?|said|claim(?:s|ed)?|report(?:s|ed)?|show(?:s|ed|ing)?|depict(?:s|ed|ing)?|"
    r"stat(?:es|ed)|wr(?:ote|ites?)|posted|"
    r"suggest(?:s|ed)?|assert(?:s|ed)|alleg(?:es|ed)|told)\s+(?:(?:on|in)\s+[\w.]+\s+)?(?:that\s+)?"
    # "the caption claims the soldiers are": who they are, in the source's words
    r"(?:(?:the|these|those)\s+(?:[\w-]+\s+){0,1}?(?:men|soldiers|troops|fighters|forces|units)\s+(?:are|were)\s+)?|"
    # a video that only suggests or claims so: "a TikTok video suggests that"
    r"videos?\b[^.;]{0,40}?\b(?:suggest(?:s|ed)?|claim(?:s|ed)?|says?|said)\s+(?:that\s+)?|"
    # "no evidence that", "no sign of", "no proof X ...", "nothing to suggest that", "nothing indicates"
    r"(?:no|little|scant)\s+(?:[\w-]+\s+){0,2}?(?:evidence|proof|indications?|signs?|confirmation|reports?)\s+"
    r"(?:(?:[\w-]+\s+){0,3}?(?:that|of|shows?|showing|suggest(?:s|ing)?|to\s+suggest|indicat(?:es?|ing))\s+(?:that\s+)?)?|"
    r"nothing\s+(?:to\s+|that\s+|which\s+)?(?:suggest|indicate|show|prove|confirm)(?:s|ed)?\s+(?:that\s+)?|"
    # a fact-check's label for what it reviews: "Claim: ...", "Viral claim: ...", "The rumour: ..."
    r"^(?:(?:the|a|an)\s+)?(?:[\w-]+\s+){0,2}?(?:claims?|allegations?|rumou?rs?)\s*:\s*|"
    # "the footage does not show", "none of the photos depict", "fails to prove that": no evidence of it
    r"(?:(?:does|do|did)\s*(?:not|n[’']t)|never|none\s+of\s+(?:the\s+|these\s+|those\s+)?[\w-]+|fail(?:s|ed)?\s+to)\s+"
    r"(?:[\w-]+ly\s+)?(?:show|depict|feature|prove|confirm|capture)(?:s|ed)?\s+(?:that\s+)?(?:any\s+)?)\s*"
    r"(?:(?:the|a|an)\s+)?$",
)
# Words right before a relation's subject that deny it ("denied that Russia had sent troops").
DENIED_BEFORE = for_lowered(
    r"\b(?:denied|denies|deny|denying|rejected|rejects|dismissed|dismisses)\s+(?:(?:the\s+)?(?:reports?|claims?|"
    r"allegations?|suggestions?|accusations?)\s+)?that\s+(?:the\s+)?$|"
    # "it is not true that", "it is false that"
    r"\b(?:is|was|are|were)\s+(?:not\s+(?:true|correct|the\s+case)|false|untrue|incorrect|wrong)\s+that\s+(?:the\s+)?$",
)
# A failure right before the trigger's verb ("had failed to send forces to", "refrained from deploying").
FAILED_BEFORE = for_lowered(
    r"\b(?:(?:failed|fails|fail|refrained|refrains|refrain)\s+(?:to|from)|"
    # "has ruled out sending troops to", "excluded deploying": the act will not be done
    r"(?:ruled|rules|rule|ruling)\s+out|excluded|excludes|excluding)\s+$"
)
CONDITIONAL = for_lowered(r"\b(?:if|unless|in\s+case|provided\s+that|in\s+the\s+event)\b")
PLANNED = for_lowered(
    r"\b(?:plan(?:s|ned|ning)?\s+to|intend(?:s|ed)?\s+to|will|shall|is\s+going\s+to|are\s+going\s+to|"
    r"prepar(?:es|ed|ing)\s+to|aims?\s+to|seeks?\s+to|expected\s+to|set\s+to|about\s+to)\b",
)
# "May" the month or a name, in the original case: after a word of time, by a number, or after a capitalised name
# when no capitalised word follows ("in May", "since May 2020", "9 May", "Theresa May said"); lower-case "may", a
# sentence's first word and a headline's "Why Turkey May Deploy" are modal.
MAY = re.compile(r"\b[Mm]ay\b")
MAY_MONTH_BEFORE = re.compile(
    r"(?:\b(?i:in|of|by|since|until|till|from|early|late|last|this|next|after|before)\s+|\bmid-|\d\s+)$"
)
MAY_MONTH_AFTER = re.compile(r"\s+\d")
MAY_NAME_BEFORE = re.compile(r"\S\s+[A-Z][a-z]+\s+$")
MAY_NAME_AFTER = re.compile(r"(?!\s+[A-Z])")
HYPOTHETICAL = for_lowered(
    r"\b(?:would|could|might|may|can|open\s+to|possibility|possible|considering|consider(?:s|ed)?|"
    r"potential|proposals?|proposed|idea\s+of|ready\s+to|willing\s+to|threaten(?:s|ed|ing)?\s+to|calls?\s+(?:for|to)|"
    r"resort\s+to|whether|allegedly|purportedly|accus(?:ed|es|ing)|reportedly|supposedly|unconfirmed|rumou?red|"
    r"(?:is|are|was|were)\s+said\s+to|cannot\s+(?:rule\s+out|exclude|confirm|verify|say|be\s+sure))\b",
)
# Words right before the trigger's verb that make the act one advised against or only talked of: "warned Paris
# against sending troops", "its rhetoric about annexing", "talk of deploying", "interest in annexing".
SPOKEN_OF = for_lowered(
    r"\b(?:against|(?:rhetoric|talk|talks|threats?|ambitions?|desire|dreams?|designs|idea|ideas|prospect|risk|"
    r"danger|fears?|speculation|rumou?rs?|question|debate|discussions?|musings?|suggestions?)\s+(?:about|of|over|on)|"
    r"(?:interest|interested|obsession|obsessed|insistence)\s+(?:in|with|on)|oppos(?:e|es|ed|ing)|opposition\s+to)\s+"
    r"(?:(?:the|a|an|any|such)\s+)?(?:(?:possible|potential|eventual|future|proposed|planned|further)\s+)?$",
)
# The place right after a trigger ("in Syria's Tartus base"), then when ("in March", "since 2020,", "earlier this
# year"): what follows speaks of the relation itself.
_MONTH = r"(?:january|february|march|april|may|june|july|august|september|october|november|december)"
_PLACE = (
    r"^(?:\s+(?!⟦)\S+){0,3}?\s*⟦\d+⟧(?:(?:['’]s)?\s+⟦\d+⟧)*"
    r"(?:\s+(?:region|province|oblast|area|base|island|peninsula))?"
)
_PLACE_THEN = (
    _PLACE
    + r"(?:\s+(?:in|on|since|by)\s+(?:(?:early|late|mid)[\s-]+)?(?:"
    + _MONTH
    + r"|(?:19|20)\d\d)(?:\s+\d{1,4})?|"
    r"\s+(?:earlier|later)\s+this\s+(?:year|month|week)|\s+last\s+(?:year|month|week)|"
    r"\s+for\s+(?:[\w-]+\s+){1,2}?(?:decades?|years?|months?|weeks?))?"
)
# What a clause says of a noun phrase that makes it only supposed ("Western troops in X would be targets", "the
# deployment of X troops in Y is unacceptable"); and the words right before it that do ("any X troops in Y").
SUPPOSED_AFTER = for_lowered(
    # not a count of the forces that may change, said by an intransitive verb of size that a target, a rate or the
    # clause's end follows: "the number of X troops in Y could rise to 2,000"; not "would double as trainers"; nor
    # that they would stay ("its troops in Y would remain")
    r"^[^.;:]*?\b(?:(?:would|could|might)(?!\s+(?:soon\s+|eventually\s+|further\s+)?(?:rise|grow|increase|double|"
    r"triple|swell|climb|fall|drop|shrink|decrease|be\s+(?:increased|raised|boosted|reduced|cut|doubled|expanded))"
    r"(?:\s+[a-z]+ly)?(?:\s+(?:(?:up|down)\s+)?(?:to|from|by|above|below)\b|\s+\d|\s*(?:[.,;:]|$))"
    # nor forces that "would stay": they are there
    r"|\s+(?:(?:all|still|also)\s+)?(?:stay|remain)\b)|"
    r"unacceptable|red\s+lines?|out\s+of\s+the\s+question|legitimate\s+targets?|"
    r"ruled\s+out|excluded|on\s+the\s+table|possib(?:le|ility)|"
    # a force that never came: "X's peacekeeping force in Y never arrived"
    r"never\s+(?:arrived|came|materiali[sz]ed|deployed|showed\s+up|got\s+there))\b|"
    # a copula right after the phrase: "the presence of X troops in Y was denied", "... is unlikely", "... is a
    # fabrication", "... has not been confirmed"; not "were denied access"
    + _PLACE
    + r"\s+(?:is|are|was|were|has\s+been|have\s+been|had\s+been|remains?|remained)\s+(?:[\w-]+ly\s+)?(?:"
    r"(?:denied|disputed)(?=\s*(?:[.,;:]|by\b|$))|untrue|false|unfounded|baseless|unlikely|improbable|"
    r"an?\s+(?:fabrication|fiction|myth|hoax)|fabricated|unconfirmed|unverified|not\s+(?:been\s+)?(?:confirmed|verified))\b"
)
# What a clause says of forces named before it that changes their size: a denial before them ("denies that its
# force in Y is growing") is of the change, not of their being there.
CHANGE_AFTER = for_lowered(
    r"^\s*(?:is|are|was|were|has\s+been|have\s+been|had\s+been)\s+(?:(?:still|now|not|steadily)\s+)?(?:growing|"
    r"shrinking|increasing|decreasing|expanding|rising|swelling|dwindling|being\s+(?:reinforced|expanded|increased|"
    r"reduced|enlarged|built\s+up)|reinforced|expanded|increased|enlarged|built\s+up)\b"
)
SUPPOSED_BEFORE = for_lowered(
    r"\b(?:any|possible|potential|eventual|hypothetical|future|proposed|planned|if|unless|whether|alleged|reported|"
    r"rumou?red|purported|supposed|suspected|claimed|unconfirmed|unverified)\s+(?:the\s+)?$|"
    r"\bthere\s+(?:could|might|may|would|will|should)\s+(?:\w+\s+)?be\s+(?:\w+\s+)?$|"
    r"\b(?:against|oppos(?:e|es|ed|ing)|opposition\s+to|alleged|reported|rumou?red|purported|supposed|suspected|"
    r"claimed|unconfirmed|unverified|possible|potential|eventual|hypothetical|future|proposed|planned)\s+(?:the\s+|any\s+)?"
    r"(?:deployment|sending|dispatch|dispatching|presence|stationing|arrival)\s+of\s+(?:the\s+)?$"
)
# Words between a place frame's trigger and a mention that make the mention the one fought, not the place
# ("deployed to fight against X").
OPPOSED_GAP = for_lowered(
    r"\b(?:against|(?:to\s+)?(?:help|support|assist|aid|back|bolster|protect|defend|reinforce|stop|fight|counter|"
    r"deter|confront|train))\s+(?:the\s+)?$|"
    # "moved troops to its border with X": the border, on this side of X
    r"(?:(?<=\bto\s)|(?<=\bat\s)|\b(?:to|at|along|near)\s+)(?:its|their|the)\s+(?:border|borders|frontier|boundary)\s+"
    r"with\s+(?:the\s+)?$|"
    # "deployed to the war in X", "sent to the fighting against X", "fighting in the war in X": a war named by its
    # place, not where they are; not "sent to fight in X" nor "killed in fighting in X", which are in X
    r"(?:(?<=\bto\s)(?:the\s+)?(?:war|conflict|fighting|combat|battle)|(?<=\bin\s)(?:the\s+)?(?:war|conflict))"
    r"\s+(?:in|against|with|on)\s+(?:the\s+)?$"
)
# A border named after a state, so the state beyond it ("sent troops to the Belarus border"); not a region inside it
# ("the Kursk border region") nor a state's own border "with" another ("Lithuania's border with Belarus").
BORDER_AFTER = re.compile(
    r"(?:[’']s)?\s+(?:border|frontier|boundary)\b(?!\s+with\b)"
    r"(?!\s+(?:regions?|areas?|zones?|towns?|cit(?:y|ies)|villages?|districts?|provinces?|oblasts?))"
)
# A line that introduces the words quoted on the next one ("The post read:", "It stated:", "the false headline:").
QUOTE_INTRO = for_lowered(
    r"\b(?:claims?|headlines?|captions?|posts?|tweets?|messages?|videos?|texts?|stated|states|reads?|read|says|said|"
    r"wrote|writes|claimed|titled|entitled|alleged|alleges)\b[^.:]{0,80}:\s*$"
)
# An infinitive right before the trigger ("to send troops") asserts nothing unless it is begun.
INFINITIVE = for_lowered(
    r"(?<!\bbegan)(?<!\bbegun)(?<!\bstarted)(?<!\bcontinued)(?<!\bcontinues)(?<!\bcontinue)"
    r"(?<!\bused)\s+to\s*$",
)
# A decision to make a speech act is that act ("voted on Sunday to oust X troops", "decided to expel the mission").
DECIDED_TO = for_lowered(r"\b(?:vot|decid|resolv)(?:e|es|ed|ing)\s+(?:[\w-]+\s+){0,2}?to\s*$")
# "the first country to recognise", "one of the few states to": who did it, named by rank, not a plan.
RANKED_INFINITIVE = for_lowered(
    r"\b(?:first|only|last|latest|sole|second|third|fourth|fifth|few)\s+(?:(?:[\w-]+|⟦\d+⟧)\s+){0,2}?"
    r"(?:countr(?:y|ies)|states?|nations?|governments?|members?|capitals?)\s+to\s*$"
)

# Clause boundaries for the subject search (leftwards) and the object search (rightwards).
SPEECH_VERBS = (
    r"(?:said|says|say|warned|warns|claimed|claims|stated|noted|notes|argued|argues|insisted|"
    r"insists|added|adds|reported|reports|announced|announces|believes|believed|fears|feared|denied|"
    r"denies|accused|accuses|reiterated|stressed|emphasized|told|tells|declared|declares|suggested|"
    r"stance|framed|states(?=\s+that\b))"  # "states" is a speech verb only before "that" ("the first states to")
)
# A noun phrase that speaks right after it ("a spokesman for the troops in X said"): what follows is its words,
# and says nothing of the phrase itself.
SPEAKS_AFTER = for_lowered(
    r"^\s+(?!(?:is|are|was|were|been|being|has\s+been|have\s+been|had\s+been)\s)(?:[\w-]+\s+){0,2}?"
    + SPEECH_VERBS
    + r"\b"
)
# A time just past, after "until" ("until last year", "until recently"): a state held until then has ended.
_LATELY = (
    r"(?:last|this\s+past)\s+(?:year|month|week|spring|summer|autumn|fall|winter)\b|(?:recently|lately)\b|"
    r"earlier\s+this\s+(?:year|month)\b"
)
# When a state held "until" then has ended: a year ("until mid-2019", "until March 2021"), or a time just past.
_ENDED_WHEN = r"(?:(?:(?:early|late|mid)[\s-]+)?(?:[a-z]+\s+)?(?P<year>(?:19|20)\d\d)\b|" + _LATELY + r")"
# What ends a state said in the past ("were stationed in X until 2019", "until they withdrew"): it holds no more.
ENDED_AFTER = for_lowered(
    r"^[^.;:]*?\buntil\s+" + _ENDED_WHEN + r"|"
    r"^[^.;:]*?\b(?:until|before)\s+(?:it|they|⟦\d+⟧|the\s+[\w-]+)\s+(?:(?:finally|eventually|were|was)\s+)?"
    r"(?:withdrew|withdrawn|left|pulled\s+out|departed|leaving)\b"
)
# A time to come, said right after a trigger's place, with no verb between ("sends troops to X next month"): what
# the trigger says is planned; not the time of another verb ("X troops in Y could shrink by next year", "the
# withdrawal from Y is due to start next month", "sent troops to Y and will send more next month").
COMING_TIME = for_lowered(
    r"^\s*(?:the\s+)?(?:[\w-]+\s+){0,2}?⟦\d+⟧(?:\s+(?!(?:is|are|was|were|be|been|will|would|could|can|may|might|"
    r"should|must|shall|to|has|have|had|due|and|but|while|for|ahead|during|before|after|starting|until|since|"
    r"from)\b)[\w,’'-]+){0,4}?\s+(?:next\s+(?:week|month|year|spring|"
    r"summer|autumn|fall|winter|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|tomorrow|in\s+the\s+"
    r"(?:coming|next)\s+(?:days|weeks|months|years)|later\s+this\s+(?:week|month|year)|by\s+the\s+end\s+of\s+"
    r"(?:this|next)\s+(?:week|month|year))\b"
)
PAST = for_lowered(r"\b(?:had|was|were)\b")
# A non-restrictive relative clause's opening (", which", ", who"): in a window before a trigger, the clause speaks
# of its antecedent, once a comma closes it with no other comma before the trigger.
RELATIVE_OPENS = r",\s*(?:which|who)\b"
OPENS_RELATIVE = re.compile(RELATIVE_OPENS)
OPENS_RELATIVE_AT_END = re.compile(RELATIVE_OPENS + r"\s*$")
CLOSED_RELATIVE = re.compile(RELATIVE_OPENS + r"[^,;]*,(?=[^,;]*$)")
# "until" and a year, right after a state's words in the same clause ("occupied the Sinai until 1982", "from 1975 to
# 1999"), not after another verb joined to it ("and will stay there until 2030").
HELD_UNTIL = for_lowered(
    r"^(?:(?!\band\b|\bwhile\b|\bbut\b)[^,;.]){0,50}?\b(?:until|(?:from|between)\s+(?:19|20)\d\d\s+(?:to|until|and))\s+"
    + _ENDED_WHEN
)
# A verb of holding in the simple past within a trigger ("occupied", "kept"), or an apposition's "home to": with
# "until 1982" after it, a state that ended; not with a present or future beside it ("are stationed there until
# 2030", "will remain until").
SIMPLE_PAST = for_lowered(
    r"\b(?:occupied|controlled|stationed|deployed|based|garrisoned|kept|held|maintained|remained|stayed|hosted|"
    r"housed|home\s+to)\b"
)
STILL_HOLDS = for_lowered(r"\b(?:is|are|am|remains?|stays?|will|shall|be|(?<!\bhome\s)to|has|have)\b")
# Right before a state's verb: it goes on, so it holds now, whatever the modal before ("will continue to keep troops
# in X", "would continue to occupy").
CONTINUES_TO = for_lowered(r"\bcontinu(?:e|es|ed|ing)\s+to\s+(?:[a-z]+ly\s+)?$")
# The verbs of a state held, at a trigger's start: what "continue to" keeps going ("keep", not "send").
HOLDING_VERB = for_lowered(r"(?:keep|base|station|occupy|host|maintain|hold|control|garrison|have)\b")
# Forces said to have left the place, said right after it, of the forces themselves ("the last X troops in Y left the
# country", "who had been in Y since 2020, completed their withdrawal", "entered Y in May and left a week later", "the
# X base in Y was evacuated"): ``place``, when a mention, is the place itself. Not what another did after ("since the
# war ended", "after Z's forces were pushed out").
# The nouns for the place forces left, said without its name ("left the country").
LEFT_PLACE_NOUNS = ("country", "region", "territory", "island", "area", "enclave", "republic", "peninsula")
LEFT_AFTER = for_lowered(
    _PLACE_THEN
    + r"\s*,?\s*(?:and\s+(?:then\s+|later\s+)?|(?:it|they|the\s+(?:base|deployment|mission|troops|forces|soldiers|"
    r"contingent|presence))\s+)?(?:(?:completed|finished|concluded)\s+(?:their|its|the)\s+(?:withdrawal|pull-?out|departure)|"
    r"(?:left|withdrew\s+from|pulled\s+out\s+of|departed(?:\s+from)?|(?:were|was|have\s+been|has\s+been)\s+"
    r"(?:withdrawn|pulled\s+out)\s+from)\s+(?:the\s+)?(?P<place>" + "|".join(LEFT_PLACE_NOUNS) + r"|⟦\d+⟧)|"
    r"(?:left|withdrew|pulled\s+out|departed)\s*$|"
    # "left a week later", "left in 2021", "pulled out in March"; not "the troops left in X" (those remaining)
    r"(?:left|withdrew|pulled\s+out|departed|flew\s+home)\s+(?:(?:in|on|by)\s+(?:early\s+|late\s+|mid-)?"
    r"(?:" + _MONTH + r"|(?:19|20)\d\d)\b|"
    r"(?:[\w-]+\s+){1,2}(?:days?|weeks?|months?|years?)\s+later|(?:soon|shortly)\s+after|last\s+(?:year|month|week))|"
    # "the X base in Y was evacuated", "the X deployment in Y officially ended"
    r"(?:(?:was|were|has\s+been|have\s+been|had\s+been)\s+(?:[\w-]+ly\s+)?(?:evacuated|abandoned|closed|dismantled|"
    r"vacated|disbanded|withdrawn|ended|terminated|(?:pushed|driven|forced|kicked|thrown)\s+(?:out|back)|expelled|ousted|"
    r"routed)|(?:[\w-]+ly\s+)?(?:ended|came\s+to\s+an\s+end|wound\s+down))\b)"
)
# What ends a state said in the past, before it: "Until 2019, X troops were stationed in Y".
ENDED_BEFORE = for_lowered(
    r"(?:^|[,;]\s*)(?:until|till|up\s+until)\s+(?:(?:early|late|mid)[\s-]+)?(?:[a-z]+\s+)?"
    r"(?:19|20)\d\d\s*,[^,;]*$"
)
# Words that put a state or a post in the past: "the former base", "formerly occupied".
FORMER_WORDS = r"(?:former|formerly|erstwhile|one-?time|ex-)"
# The same, with the adverbs that say so only before an adjective or a status ("once Russian-occupied",
# "previously a region of"), not before a verb ("Once X troops entered Y, ...").
PAST_WORDS = r"(?:" + FORMER_WORDS + r"|once|previously)"
# What makes a state one of the past, right before it: "the former X base in Y", "X used to have troops in Y",
# "X troops were once based in Y".
# "once" after a word of its clause ("were once based"), never first in it ("Once X troops entered Y, ...").
FORMER_BEFORE = for_lowered(
    r"(?:\b" + FORMER_WORDS + r"|\b(?<=[a-z]\s)(?<!\bat\s)(?<!\band\s)(?<!\bwhen\s)once)\s*(?:⟦\d+⟧\s+)?$"
    # "once Russian-occupied", "previously X-held": before such an adjective, "once" may open the sentence
    r"|\b" + PAST_WORDS + r"\s+⟦\d+⟧-$"
)
# A hold given up, said of the base named by its owner ("closed its last base in", "handed over its garrison in",
# "lost their bases in"); not one that may be ("may lose its bases in", "fears losing"). Read with no clause between
# it and the trigger (qualifiers._ended).
GAVE_UP_OWN = for_lowered(
    r"\b(?:lost|closed|shut\s+down|handed\s+over|vacated|gave\s+up|relinquished|surrendered|dismantled)\s+"
    r"(?:⟦\d+⟧|its|their)\s+(?:[\w-]+\s+){0,2}?(?:(?:air)?bases?|garrisons?|facilit(?:y|ies)|outposts?|footholds?|"
    r"stations?|presence)\b"
)
# "once" or "previously" right before a verb of holding, after its subject, with no clause between it and the trigger
# ("X once kept a base in Y", "X previously maintained a garrison"); not before a verb of sending ("X previously
# deployed troops to Y and still keeps them"), nor with a joined clause after that says it still holds.
ONCE_HELD = for_lowered(
    r"(?<=[a-z⟧]\s)(?:once|previously)\s+(?:kept|maintained|had|hosted|held|housed|garrisoned|occupied|controlled)\b"
)
# "former" right after its owner, inside a trigger ("France's former base in X"): a state that ended.
FORMER_OWNED = for_lowered(r"⟧(?:’s|'s|’)\s+" + FORMER_WORDS)
# Words that make a base or a post one to come: "China's planned base".
PLANNED_WORDS = r"(?:planned|proposed|future|prospective|would-be|potential|possible|mooted)"
# "used to" right before a verb of a state: "X used to have troops in Y", "used to host a base"; not "used to send".
USED_TO = for_lowered(r"\bused\s+to\s+(?=(?:have|be|host|keep|station)\b)")
# A sentence that denies what the one before it reports ("Moscow has denied the reports.", "Tehran denies this.",
# "The Kremlin called the claim false."), and the words of that one that report it ("said", "according to").
# ``about`` is set where the report is named by what it is about ("the reports of X troops in Y"): those names, not
# the denier, say which relation it denies; ``verify`` where no one denies, but the report goes unconfirmed.
_REPORT_NOUN = (
    r"(?:the|these|those|such|this|that|both|any)\s+(?:[\w-]+\s+)?(?:reports?|claims?|allegations?|accusations?|"
    r"assertions?|accounts?)(?:(?P<about>\s+(?:of|that|about)\b)|\s*(?=[.,;]|$))"
)
# The verbs of a denial.
_DENY = r"(?:denied|denies|deny|disputed|disputes|refuted|refutes|rejected|rejects|dismissed|dismisses)"
DENIES_REPORTED = for_lowered(
    r"\b" + _DENY + r"\s+"
    r"(?:" + _REPORT_NOUN + r"|(?:it|this|that|them)\s*(?:[.,;]|$))|"
    r"\b(?P<verify>(?:could|can)(?:\s*not|n[’']t)|(?:was|were)\s+unable\s+to)\s+(?:independently\s+)?"
    r"(?:verify|confirm)\s+" + _REPORT_NOUN.replace("P<about>", "P<about2>")
)
REPORTED = for_lowered(
    r"\b(?:said|says|say|reported|reports|claimed|claims|told|according\s+to|alleged|alleges|stated|announced)\b"
)
# A report named as what is denied or called false ("denies the claims").
_THE_REPORTS = r"the\s+(?:claims?|reports?|allegations?|accusations?)"
# What a denier calls a report ("calls it a lie", "called the report baseless").
_CALLED_FALSE = (
    r"(?:calls?|called|branded|brands|dismissed|dismisses)\s+(?:(?:it|this|that|them|"
    + _THE_REPORTS
    + r")\s+)?(?:as\s+)?(?:(?:a|an|pure|totally|completely|utterly)\s+)*(?:lies?|false|fake|"
    r"fabricated|fabrications?|propaganda|baseless|groundless|absurd|nonsense|untrue|unfounded|disinformation)\b"
)
# What the rest of a sentence says of the statement before it that makes it disputed: ", which Moscow denies",
# ", a claim Minsk rejected", ", but Moscow denies it", "; Moscow denies this", ", though Moscow dismissed the
# report", ", which Moscow calls a lie", ", according to unconfirmed reports".
DISPUTED_AFTER = for_lowered(
    _PLACE_THEN
    # the one who says so, set off first: "X troops are in Y, Z says, a claim W rejects", "..., Z's ministry says, ...",
    # "..., officials say, but W denies it"; and what the rest of the clause says of them ("X's force in Y, Z says, is
    # 3,000 soldiers, a claim W rejects")
    + r"(?:,\s*(?:(?:the\s+)?(?:⟦\d+⟧(?:['’]s)?|[\w-]+)\s+){1,3}?(?:says?|said|claims?|claimed|alleges?|alleged|"
    r"reports?|reported|insists?|insisted)(?:,\s*(?:is|are|was|were|numbers?|totals?|has|have)\s+(?:[^,.;]|(?<=\d)[,.](?=\d)){1,40}?)?)?"
    r"(?:,\s*|\s+-\s+|\s*[—–;]\s*)(?:"
    r"(?:which|(?:a|an)\s+(?:claim|charge|report|allegation|accusation|assertion)|claims|charges|reports|allegations|"
    r"accusations)\s+(?:that\s+|which\s+)?(?:(?:the\s+)?(?:⟦\d+⟧|it|they|(?!(?:has|have|had)\b)[\w-]+)\s+){1,3}?"
    r"(?:(?:has|have|had)\s+)?(?:(?:repeatedly|strongly|flatly|firmly|categorically|quickly|also|since)\s+)?"
    r"(?:" + _DENY + r"\b"
    # the denial ends its clause, or names what it denies ("which Y rejects as an occupation" denies nothing)
    r"(?=\s*(?:[.,;:]|$)|\s+(?:it|this|that|them|" + _THE_REPORTS + r")\b)|" + _CALLED_FALSE + r")|"
    # "but Y denies it", "though Y dismissed the report", "; Y denies this", "; Y called it a lie"
    # (what is denied ends the clause: "though Y denied the reports of deaths" denies something else)
    r"(?:(?:but|though|although|even\s+though)\s+)?(?:the\s+)?(?:⟦\d+⟧|it|they)\s+(?:(?:has|have|had)\s+)?"
    r"(?:[\w-]+ly\s+)?(?:"
    + _DENY
    + r"\s+(?:it|this|that|"
    + _THE_REPORTS
    + r")(?=\s*(?:[.,;:]|$))|"
    + _CALLED_FALSE
    + r")|"
    r"according\s+to\s+(?:\w+\s+)?(?:unconfirmed|unverified|unsubstantiated|uncorroborated)\b|"
    # ", which is false", ", which has been debunked": the statement before is found untrue
    r"which\s+(?:is|was|are|were)\s+(?:(?:also|simply|entirely|completely|patently|demonstrably)\s+)?(?:false|untrue|"
    r"not\s+true|incorrect|wrong|baseless|unfounded|fake|misleading)\b|"
    r"which\s+(?:has|have|had)\s+(?:since\s+)?been\s+(?:debunked|refuted|disproved|denied)\b|"
    r"which\s+(?:could|can)(?:\s*not|n[’']t)\s+(?:be\s+)?(?:independently\s+)?(?:verified|confirmed)\b)"
)
# Both are matched against lower-cased text, as every pattern here for the masked sentence is.
LEFT_BOUNDARY = for_lowered(
    r"[;:(\[—–“”\"]|\s-\s|,\s*(?:but|while|although|though|because|whereas|despite|after|before|when|as|where)\b"
    r"|\b(?:" + SPEECH_VERBS + r"\s+(?:that\b)?|(?:while|although|though|because|whereas|which|who)\b)"
)
RIGHT_BOUNDARY = for_lowered(
    r"[;:)\]]|[—–]\s|\s-\s(?!\s*⟦)|,\s*(?:but|while|although|though|because|whereas|despite|after|before|when|"
    r"which|who|where|claiming|saying|citing|calling|according)\b|\b(?:while|although|though|because|"
    r"whereas|despite|unless|if)\b|[“”\"]"
)
# Prepositions that make a mention a modifier rather than a subject ("forces in Moldova").
PREPOSITION_BEFORE = for_lowered(
    r"\b(?:in|of|at|from|on|with|to|by|for|against|near|inside|within|across|along|into|over|under|"
    r"between|among|around|about|outside|toward|towards|through|alongside|including|via|like)\s+(?:the\s+)?$",
)
# Words right before a mention that make it the place where something is or happens ("the fencing in Georgia").
LOCATIVE_WORDS = r"in|inside|within|across|throughout"
LOCATIVE_BEFORE = for_lowered(rf"\b(?:{LOCATIVE_WORDS})\s+(?:the\s+)?(?:occupied\s+)?$")
# A short aside in brackets after a listed name, naming no other entity ("Russia (2008), Nicaragua (2008)").
ASIDE_WORDS = r"[^()⟦⟧]{1,40}"
BRACKETED_ASIDE = rf"(?:\s*\({ASIDE_WORDS}\))?"
# Gap between coordinated objects ("Ukraine, Georgia and Moldova").
COORDINATION_GAP = for_lowered(
    rf"^{BRACKETED_ASIDE}(?:\s*(?:,\s*|\s+)(?:and|or|as\s+well\s+as|&)?\s*(?:(?:the|parts?|of|areas?|in|around|and)\s+){{0,4}}$"
    r"|\s*,\s*$)",
)
# The speaker named right after the words a quote reports, whose "we" they are ('"We call on X to ...," the
# ministry said', '..." said X', '..., X's foreign minister stated'): the first name after the closing quote.
QUOTED_SPEAKER = for_lowered(
    r"[,.!?]?\s*[”\"’']\s*,?\s*(?:(?:said|says|stated|states|added|adds|declared|wrote|told\s+\w+)\s+)?"
    r"(?:(?:the|a)\s+)?(?:[\w-]+\s+){0,3}?(?P<speaker>⟦\d+⟧)"
)
# A pronoun as that speaker ('"...," she said'): the speaker is the one named before.
QUOTED_PRONOUN_SPEAKER = for_lowered(
    r"[,.!?]?\s*[”\"’']\s*,?\s*(?:(?:said|says|stated|states|added|adds|declared|wrote)\s+)?(?:he|she|they)\b"
)
# The speaker named before the quote ('Moldova's envoy told reporters: "We ...'), right before its opening mark.
QUOTING_SPEAKER = for_lowered(
    r"(?P<speaker>⟦\d+⟧)(?:’s|'s)?\s+(?:[\w-]+\s+){0,3}?(?:said|says|stated|states|added|adds|declared|declares|wrote|"
    r"told)(?:(?:\s+[\w-]+){0,3}?\s*[:,])?\s*[“\"‘]\s*$"
)
# "We" opening the words quoted (the clause that follows an opening quote): the speaker after the quote is the subject.
QUOTE_OPENS = re.compile(r"[“\"‘]\s*$")
# Words that refer back to an earlier actor ("Russia announced it had annexed ...").
PRONOUN_SUBJECT = for_lowered(
    # also after an opening adverb ("Once again, we call on ...")
    r"^\s*(?:(?:once\s+(?:again|more)|again|today|now|also|therefore|however|finally|first|instead)\s*,?\s+)?"
    r"(?P<pronoun>it|they|he|she|we|the\s+(?:statement|ministry|diplomat|minister|kremlin|"
    r"government|president|resolution|assembly|council))\b",
)


class Sense(NamedTuple):
    """What a definite description may stand for: an entity of ``type``, of one of ``kinds`` (a body's kind; any
    when empty), whose name or an alias holds ``named``."""

    type: str
    kinds: tuple[str, ...] = ()
    named: str = ""
    contested: bool = False  # only a contested territory ("the breakaway state", "the republic" for Somaliland)


_STATE = (Sense("State"),)
_TERRITORY = (Sense("Territory"),)
_SELF_DECLARED = Sense("Territory", contested=True)
_AGREEMENT = (Sense("Agreement"),)
_BODY = (Sense("Organization", ("union", "regional", "alliance", "international body", "forum")),)
_ARMED_GROUP = (Sense("Organization", ("armed",)),)
# Definite descriptions that stand for the one fitting entity named just before ("the country said"): the
# noun and the senses it may have.
DEFINITE_ANAPHORS: dict[str, tuple[Sense, ...]] = {
    "country": _STATE,
    "nation": _STATE,
    "state": (*_STATE, _SELF_DECLARED),  # with a modifier only ("the Gulf state", "the breakaway state")
    "kingdom": (Sense("State", named="kingdom"),),
    "republic": (Sense("State", named="republic"), _SELF_DECLARED),
    "statelet": (_SELF_DECLARED,),
    "bloc": (Sense("Organization", ("union", "regional", "alliance", "coalition")),),
    "alliance": (Sense("Organization", ("alliance", "coalition")),),
    "organisation": _BODY,
    "organization": _BODY,
    "mission": (Sense("Organization", ("mission",)),),
    "force": (Sense("Organization", ("peacekeeping", "mission")),),
    "peacekeepers": (Sense("Organization", ("peacekeeping",)),),
    "group": _ARMED_GROUP,
    "militia": _ARMED_GROUP,
    "region": _TERRITORY,
    "province": _TERRITORY,
    "territory": _TERRITORY,
    "island": _TERRITORY,
    "islands": (Sense("Territory", named="island"),),
    "archipelago": _TERRITORY,
    "plateau": _TERRITORY,
    "heights": (Sense("Territory", named="heights"),),
    "peninsula": (Sense("Territory", named="peninsula"),),
    "treaty": _AGREEMENT,
    "agreement": _AGREEMENT,
    "accord": _AGREEMENT,
    "pact": _AGREEMENT,
    "deal": _AGREEMENT,
}
# What "in" before a time says ("the peninsula in 2014", "in March", "in recent years"): not a place or a part
# that a description's noun is of ("the mission in Mali").
IN_TIME = (
    r"in\s+(?:January|February|March|April|May|June|July|August|September|October|November|December|\d+|early|"
    r"late|mid|recent|the\s+(?:past|last|coming|next|first|second))\b"
)
# A verb coordinated with an earlier one shares its subject ("invaded Georgia and then recognized").
COORDINATED_VERB_BEFORE = for_lowered(r"\band\s+(?:then\s+|later\s+|subsequently\s+|also\s+|\w+ly\s+)?$")
# Participles whose subject is the clause's main subject ("despite having signed ...").
PARTICIPLE_BEFORE = for_lowered(r"\b(?:having|after|before|despite|since)\s+(?:\w+\s+)?$")

# Qualifier cues.
TROOPS = re.compile(
    r"(?P<number>\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?(?:\s+(?:thousand|million))?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:troops|soldiers|servicemen|service\s+members|personnel|peacekeepers|marines|paratroopers|gendarmes|"
    r"police(?:\s+officers)?)\b",
    re.I,
)
# A count that a change to come aims at is not the count there now: "plans to raise its contingent in X to 3,000
# troops", "will cut it from 5,000 to 2,500 soldiers", "could rise to 2,000", "a further 800 soldiers are due", "will
# send 500 more troops", "plans for 4,000 troops". TO_COUNT ends right before the count (a change, or what adds to the
# count); the change is to come when TO_COME ends with its word (or the count it adds to), or COMES_AFTER follows;
# NOW_COUNT then gives the count there now ("up from 1,700", "from 7,000").
_ABOUT = r"(?:(?:about|some|around|approximately|nearly|almost|roughly|more\s+than|over|at\s+least|as\s+many\s+as)\s+)?"
TO_COUNT = for_lowered(
    r"(?P<change>\b(?:rais|increas|boost|expand|doubl|tripl|bring|bolster|reinforc|augment|swell|grow|ris|climb|reach|"
    r"reduc|cut|decreas|lower|trim|shrink|scal|downsiz|slash|drop|fall|halv)[\w-]*\b)(?:[^.;]{0,80}?\s)?"
    r"(?:up\s+|down\s+)?to\s+" + _ABOUT + r"$|"
    # a count had or reached: "will host 9,000 soldiers", "will reach 9,000 troops"
    r"(?P<has>\b(?:reach|top|exceed|host|have|number|total|comprise|house)(?:s|es|ed|ing)?)\s+(?:its\s+|their\s+)?"
    + _ABOUT
    + r"$|"
    r"(?P<adds>\b(?:a\s+further|another|an?\s+(?:extra|additional)|reinforcements?\s+of|(?:boost|increase|surge)\s+of|"
    r"(?P<plan>plans?\s+for))\s+)" + _ABOUT + r"$"
)
ADDED_COUNT = for_lowered(r"\s(?:more|additional|extra|further)\s")  # "500 more troops"
TO_COME = for_lowered(
    r"\b(?:will|would|shall|could|might|can|plans?|planned|planning|intends?|intended|aims?|wants?|seeks?|proposed|"
    r"proposes?|proposals?|due|set|expected|scheduled|considering|considers?|ready|going|about|"
    r"(?:is|are)(?=\s+(?:now\s+|currently\s+)?[a-z]+ing$))"  # "is raising": under way, not done
    r"\s+(?:[\w-]+\s+){0,3}[\w,.-]+$|"
    # "to" right before the change ("agreed to cut"), not a place ("troops deployed to X number 3,000")
    r"\bto\s+(?:[a-z]+ly\s+)?[\w-]+$"
)
COMES_AFTER = for_lowered(
    r"\s+(?:[\w-]+\s+){0,3}?(?:will|would|could|might|(?:is|are)\s+(?:due|set|expected|scheduled|to))\b"
)
# Forces counted as those due to do something: "3,000 marines due to sail", "500 troops set to arrive".
DUE_AFTER = for_lowered(r"\s+(?:(?:is|are)\s+)?(?:due|set|expected|scheduled)\s+to\b")
_COUNT = r"(?!(?:19|20)\d\d\b)(?:\d{1,3}(?:,\d{3})+|\d+)\b"
_FROM_COUNT = (
    r"\bfrom\s+(?:the\s+|its\s+)?(?:current\s+|present\s+)?" + _ABOUT + r"(?P<from>" + _COUNT + r")"
    r"(?:\s+(?:troops|soldiers|servicemen|personnel|peacekeepers)\b)?"
)
# NOW_COUNT: the count there now, right after the target ("to 3,000 troops, up from 1,700 now", "from the current
# 600."; not "troops drawn from 12 countries" nor "from 3 bases"), or right before it ("from 5,000 to 2,500 soldiers")
NOW_COUNT = for_lowered(
    r",?\s+(?:(?:up|down)\s+)?"
    + _FROM_COUNT
    + r"(?=\s*(?:[.,;:]|$)|\s+(?:now|currently|at\s+present|today|last|this|in|before|earlier|a|an)\b)"
)
NOW_COUNT_BEFORE = for_lowered(_FROM_COUNT + r"\s+(?:(?:up|down)\s+)?to\s+" + _ABOUT + r"$")
ATTEMPTED = re.compile(
    r"\b(?:announced|claimed|claims|proclaimed|declared|alleged(?:ly)?|attempted|illegal(?:ly)?|so-called|"
    r"purported(?:ly)?|unlawful(?:ly)?|sham)\b",
    re.I,
)
DE_FACTO = for_lowered(r"\ball\s+but\s*$|\bde\s+facto\b|\beffectively\s*$|\bvirtually\s*$")
REASON = re.compile(r",\s*(?:claiming|saying|arguing|citing)\s+(?P<reason>[^.;]+)", re.I)
CONDITIONS = re.compile(
    r"\b(?:on\s+(?:the\s+)?condition\s+that|provided\s+that|as\s+long\s+as)\s+(?P<text>[^.;]+)", re.I
)


def _words(text: str) -> frozenset[str]:
    return frozenset(text.split())


def _phrases(text: str) -> list[str]:
    return text.split("|")


def verb_forms(lemma: str) -> str:
    """The pattern of a verb's forms, from its lemma: "seize" seiz(?:e|es|ed|ing), "occupy" occup(?:y|ies|ied|ying),
    "annex" annex(?:es|ed|ing)?; a verb in the suffix "-ize" ("recognize", not "seize") also in "-ise"."""
    if lemma.endswith("ize") and len(lemma) > 5 and lemma[-4] not in "aeiou":
        return lemma[:-2] + "[sz](?:e|es|ed|ing)"
    if lemma.endswith("e"):
        return lemma[:-1] + "(?:e|es|ed|ing)"
    if lemma.endswith("y") and lemma[-2:-1] not in "aeiou":
        return lemma[:-1] + "(?:y|ies|ied|ying)"
    return lemma + ("(?:es|ed|ing)?" if lemma.endswith(("s", "x", "z", "ch", "sh")) else "(?:s|ed|ing)?")


def schema_verbs(predicate: str, *, besides: frozenset[str] = frozenset()) -> list[str]:
    """The one-word verbs that schema/phrases.yaml declares for a predicate, not its nouns in "-ion" and not
    ``besides``."""
    phrases = schema_lexicon().predicates[predicate].phrases
    return [p for p in phrases if " " not in p and "/" not in p and not p.endswith("ion") and p not in besides]


# Words that cannot stand between "the" and a definite description's noun: another entity than the one named
# ("the other country", "the host country"), or not an adjective at all.
NOT_DESCRIPTION_MODIFIERS = _words(
    "other another neighbouring neighboring same host home own next first second third last former "
    "previous latter two three four five both each every such only of in on at to for from with by and or "
    "but a an its their his her our my your this that these those which who is was are were be been has "
    "have had not"
)
# Description nouns that stand for an entity only with a modifier before them ("the Gulf state", not "the state").
DESCRIBED_ONLY_MODIFIED = _words("state")

# Titles that introduce a person ("Chad's foreign minister Ali Musa", "Ali Musa, the Chadian defence minister"),
# in lower case: they are found with Aho-Corasick in the lowered text, the longest at each place.
_MINISTRIES = ("foreign", "defence", "defense", "interior", "foreign affairs", "national defence", "national defense")
_DEPUTIES = ("", "deputy ", "first deputy ")
TITLES: tuple[str, ...] = (
    *(f"{deputy}{m} minister" for m in _MINISTRIES for deputy in _DEPUTIES),
    *(f"minister{s} of {m}" for m in _MINISTRIES for s in ("", "s")),
    *_phrases(
        "president|vice president|vice-president|prime minister|deputy prime minister|minister|secretary of state|"
        "secretary of defense|defence secretary|defense secretary|foreign secretary|press secretary|secretary-general|"
        "secretary general|chancellor|ambassador|deputy ambassador|envoy|special envoy|spokesman|spokeswoman|"
        "spokesperson|leader|chief|head|commander|commander-in-chief|chief of general staff|chief of the general staff|"
        "chief of staff|national security adviser|national security advisor|high representative|foreign policy chief|"
        "emir|king|governor|military attache|military attaché|defence attache|defense attache|attache|attaché|"
        "presidential aide|speaker|director general|director|"
        "adviser|advisor|aide|representative|chairman|chairwoman|deputy chairman|deputy head|deputy chief|"
        "cabinet secretary"
    ),
)
# Ranks and honorifics between a title and a name, or before a name: not part of the name.
RANKS = _words(
    "gen gen. general col col. colonel capt capt. captain maj maj. major lt lt. lieutenant adm adm. admiral brig "
    "brig. brigadier sgt sgt. sheikh dr dr. mr mr. ms ms. mrs mrs. gov gov. sen sen. rep rep. marshal ayatollah"
)
# Words that make a compound rank with a rank after them ("Field Marshal", "Rear Admiral", "Air Chief Marshal").
RANK_PREFIXES = _words("field rear vice air chief")
# Particles inside a name ("Abdel Fattah el-Sisi", "Carlos Fernandez de Cossio").
NAME_PARTICLES = _words("al el bin bint ibn de da del della di du van von der den la le dos das")
# Capitalised words that are never part of a person's name (a headline's "Says", "On"; a weekday).
NOT_NAMES = _words(
    "the a an on in of to for at by with from as and or but not if unless whether is are was were be has have had "
    "will would "
    "says said say tells told warns urges calls meets visits backs sends deploys denies claims confirms backtracks "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "
    "september october november december state general however meanwhile earlier later armed forces force army navy "
    "ministry command council government group corps brigade mission"
)
# A capitalised small word inside a line: a headline in title case ("Minister Backs Down On Plan").
HEADLINE = re.compile(r" (?:On|To|In|For|With|Of|At|From|By|Over|After|Amid|Against|Into|As|Is|Are) [A-Z]")
POSSESSIVE = re.compile(r"[’']s$")
# A verb glued to the end of a name by lost spacing ("Smithsaid"): the tail of a word, after a lowercase letter.
GLUED_VERB = re.compile(
    r"(?<=[a-z]{3})(?:said|says|told|added|noted|stated|stressed|described|warned|announced|declared|urged|called|"
    r"explained|insisted|argued|emphasi[sz]ed|confirmed|denied|accused|reiterated|tweeted|wrote|replied|responded|"
    r"welcomed|condemned|visited|met)$"
)
# The head nouns of a body's name ("the Northern Task Force"), and the words that name no body in particular.
ORG_HEADS = _phrases(
    "Group|Forces|Force|Corps|Command|Mission|Ministry|Council|Brigade|Army|Front|Movement|Assembly|Parliament|Government|"
    "Guard|Battalion|Regiment|Division|Militia|Legion|Fleet|Flotilla|Alliance|Coalition|Organization|Organisation"
)
ORG_GENERIC = _words(
    "armed forces force army navy air military ministry defence defense foreign affairs interior government "
    "parliament national security special operations joint land ground naval marine group council assembly "
    "general command mission front movement brigade battalion regiment division guard corps militia legion "
    "federal state people's popular republican royal support permanent monitoring operational peacekeeping "
    "peacekeeping airborne infantry mechanized mechanised independent expeditionary rotational task fleet flotilla "
    "alliance coalition organization organisation"
)
# A body adopting a resolution ("adopted resolution 68/262", "passed a non-binding resolution titled ...").
# A body voting for one: "voted on Sunday in favour of a resolution"; a phrase set off between the verb and the
# resolution: "adopted, for the fifth year running, a resolution". A parliament's "motion" is one too.
ADOPTS_RESOLUTION = re.compile(
    r"\b(?P<verb>adopt(?:ed|s)?|pass(?:ed|es)?|issu(?:ed|es)|approv(?:ed|es)|endors(?:ed|es)|"
    r"(?P<vote>voted\s+(?:[\w.]+\s+){0,3}?(?:in\s+favou?r\s+of|for)))(?:,\s+[^,;.“”\"]{3,40},)?\s+"
    r"(?:(?:a|an|the)\s+)?(?:(?:new|non-?binding|binding|draft|parliamentary|unanimous)\s+)*(?P<noun>resolution|motion)\b"
    r"(?:\s+(?:No\.?\s*)?(?P<number>(?:ES-)?\d{1,3}/\d{1,4})\b)?"
    r"(?:\s+(?:titled\s+|entitled\s+|called\s+)?[\"“](?P<title>[^\"”]{3,200}?)[,.]?[\"”])?",
    re.I,
)
# A sentence that reports a claim ("X claimed that ...", "X falsely said ...").
CLAIM_VERB = re.compile(r"\b(?:claim(?:s|ed|ing)?|(?:falsely|wrongly)\s+(?:said|says|stated|asserted))\b", re.I)
VERDICTS = re.compile(
    r"^(?:that\s+(?:is|was|claim\s+is)\s+|this\s+is\s+|verdict:\s*|rating:\s*)?(?P<verdict>false|misleading|true|"
    r"mostly\s+false|mostly\s+true|partly\s+false|half\s+true|unsubstantiated|unproven|lacks\s+context|"
    r"missing\s+context|pants\s+on\s+fire|satire|exaggerated|inaccurate)\.?$",
    re.I,
)

# The verdicts that find a claim true: the facts it states stand.
AGREEING_VERDICTS = frozenset({"True", "Mostly true"})

# Agreements named by a noun phrase (extract/agreements.py): the head nouns (lower case, any case; a capitalised
# "Declaration", "Convention", "Protocol" or "Compact" only as a name's head), the words that open the phrase, the words
# that cannot be inside it, the words that are not part of its kind, the kinds that make a "deal" an agreement,
# and one spelling for each word two articles may spell two ways.
AGREEMENT_NAME_HEADS = ("Declaration", "Convention", "Protocol", "Compact")
# In lower case, an agreement only with a kind ("a peace declaration"), its parties or its city ("the Lusaka protocol").
AGREEMENT_WEAK_HEADS = ("declaration", "protocol")
AGREEMENT_HEAD = re.compile(
    r"\b(?:(?i:memorand(?:um|a|ums)\s+of\s+understanding|mous?|agreements?|treat(?:y|ies)|accords?|pacts?|deals?|"
    r"memorand(?:um|a|ums)|(?:joint|trilateral|tripartite)\s+(?:statement|declaration)|"
    # a truce named alone ("the ceasefire between X and Y"), not as the kind of another agreement or talks
    r"(?:ceasefire|cease-fire|truce|armistice)s?(?!\s+(?:agreements?|accords?|deals?|pacts?|treat|memorand|talks|"
    r"lines?|negotiations|proposals?|plans?|terms|monitor|mechanism|violations?|zones?|arrangements?|framework|"
    r"statement|declaration|regime|commission|deadline|offer|efforts?|calls?|bid|push)))|"
    r"(?:" + "|".join(AGREEMENT_NAME_HEADS) + r")(?=\s+(?:of|on)\s+[A-Z])|"
    r"(?<=[a-z] )(?:" + "|".join(AGREEMENT_NAME_HEADS) + r")|(?<=\w )(?:" + "|".join(AGREEMENT_WEAK_HEADS) + r")s?)"
    r"\b(?![-–])"
)
AGREEMENT_WORDS = ("treat", "agreement", "accord", "pact", "deal", "memorand", "mou", "joint statement",
                   "joint declaration", "declaration", "convention", "protocol", "compact", "statement", "ceasefire",
                   "cease-fire", "truce", "armistice")  # fmt: skip
AGREEMENT_DETERMINERS = _words("a an the its their this that these those his her our any such no another")
AGREEMENT_STOP = _words(
    "of to in on with for by from at as is was were are be been has have had will would or but than which who "
    "said says signed sign signing reached agreed inked ratified approved renewed extended under into over after "
    "before about against between within without via per proposed draft planned possible potential future secret "
    "alleged rumoured rumored hypothetical tentative great good raw big better fair"
)
AGREEMENT_PASSING = _words(
    "new recent latest previous current existing landmark historic so-called first final initial bilateral "
    "trilateral multilateral"
)
AGREEMENT_KINDS = _words(
    "security defence defense military peace ceasefire cease-fire border arms basing nuclear cooperation mutual "
    "transit withdrawal normalization normalisation cost-sharing access patrolling patrol disengagement maritime "
    "hostage prisoner truce partnership deployment troop forces status"
)
AGREEMENT_SPELLINGS = {"defense": "defence", "cease-fire": "ceasefire", "normalization": "normalisation"}
# A body that acts by resolution voting to act, or acting on a mandate: an adoption of a resolution unnamed.
VOTES_TO_ACT = re.compile(
    r"\bvoted\s+(?:[\w.]+\s+){0,3}?to\s+(?P<act>extend|renew|terminate|end|authori[sz]e|impose|lift|establish|"
    r"approve|expel|withdraw)\b|\b(?P<mandate>extended|renewed|terminated|ended)\s+(?:the\s+)?mandate\s+of\b",
    re.I,
)
# The noun that makes a body a state's parliament ("Iraq's parliament", "the Turkish parliament").
PARLIAMENT = re.compile(
    r"(?P<noun>parliament|legislature|national\s+assembly|lawmakers)\s+(?:(?:has|have|had|on|last|this|"
    r"\w+day|unanimously|overwhelmingly|also|then|later|formally|narrowly)\s+){0,3}$",
    re.I,
)

# --- A state's own offices (extract/people.py) ---
# Titles of a state's government that TITLES lacks, in lower case ("the Head of State Ali Musa", "Chad's Minister
# for Foreign Affairs Ali Musa", "Chad's top diplomat Ali Musa").
_MORE_MINISTRIES = ("armed forces", "the armed forces", "the interior", "foreign affairs and cooperation")
STATE_OFFICE_TITLES = (
    *_phrases(
        "head of state|head of government|president of the republic|premier|top diplomat|armed forces minister|"
        "chief of defence staff|chief of defense staff|chief of the defence staff|chief of the defense staff|"
        "chief of army staff|permanent representative|crown prince|supreme leader|sultan|queen|vice premier|"
        "senator|lawmaker|legislator|congressman|congresswoman|member of parliament|parliamentarian"
    ),
    *(
        f"{deputy}minister {of} {m}"
        for m in (*_MINISTRIES, *_MORE_MINISTRIES)
        for of in ("of", "for")
        for deputy in _DEPUTIES
    ),
)
# The words of a state's own organs, named by them after the state ("the Chadian Foreign Ministry", "Kenya Defence
# Forces", "Chad's General Staff"): their officials' titles are the state's. No party's or rebel's words (front,
# movement, people's, popular, coalition, militia): "the Chadian People's Front" is no organ of Chad.
STATE_ORGANS = _words(
    "ministry foreign affairs interior defence defense armed forces force army navy air military government general "
    "staff police embassy headquarters service services guard coast command directorate intelligence security "
    "special operations joint land ground naval marine royal national republican presidential junta"
)
# A body's own organs, named after it ("the African Union Commission"), in title case.
BODY_ORGANS = ("Commission", "Secretariat", "Council", "Assembly", "Parliament")
# The common nouns of a body's units, with a state's organs in a chain of them before their state or body ("the
# press office of the Joint Staff of the Defence Forces of Chad").
UNIT_WORDS = STATE_ORGANS | _words(
    "department office unit branch bureau section administration planning operational main central press"
)
# Titles that are no state's office of their own, found like those of TITLES.
MORE_TITLES = _phrases("founder|co-founder|secretary|top general|top commander|deputy commander|counterpart")
# The title of one who holds the same post as another person named ("his Estonian counterpart"): the post is the
# other's, in the state the title names.
COUNTERPART = "counterpart"
# Titles abbreviated before a name ("Gov. Ali Musa", "Sen. Ann Lee"), in lower case, and the title each stands for.
# Military ranks ("Gen.", "Adm.") are RANKS, not titles: they name no post, abbreviated or not.
ABBREVIATED_TITLES = {"gov.": "governor", "sen.": "senator", "rep.": "representative", "amb.": "ambassador"}
# Their plurals, before a list of names ("U.S. Sens. Ann Lee and Tom Reed").
ABBREVIATED_PLURALS = {short[:-1] + "s.": title for short, title in ABBREVIATED_TITLES.items()}
# Titles of people who do not act for the state their title names: go-betweens, witnesses, the opposition.
NOT_FOR_STATE = re.compile(
    r"(?i)\b(?:former|ex-|envoys?|mediators?|witness(?:es)?|observers?|guarantors?|facilitators?|opposition|rebel|"
    r"exiled|special\s+representatives?)\b"
)
# A state's offices, in a title that names no state: its state may be the one the sentences around it name.
STATE_TITLE = re.compile(
    r"\b(?:minister|president|premier|chancellor|secretary\s+of\s+state|(?:defen[cs]e|foreign)\s+secretary|"
    r"head\s+of\s+(?:state|government))\b",
    re.I,
)
# The titles of a territory's own rule ("the Abkhaz leader", "Okinawa's governor", "Kosovo's prime minister"); a
# commander, envoy or representative there serves another body.
TERRITORY_TITLE = re.compile(
    STATE_TITLE.pattern + r"|\b(?:leader|ruler|governor|head|chief\s+(?:minister|executive)|first\s+minister)\b", re.I
)

# ---- Deployments ----------------------------------------------------------------------------------------------------
# A mission not yet there: "the proposed mission", "a future X force".
PROSPECTIVE = for_lowered(r"\b(?:future|upcoming|proposed|planned|prospective|new|would-be|replacement)\s+(?:\w+\s+)?$")
# An agreement only sought, right before it: "called for a truce", "urged a ceasefire", "offered to mediate a truce".
AGREEMENT_SOUGHT = for_lowered(
    r"\b(?:call(?:s|ed|ing)?\s+for|urg(?:e|es|ed|ing)|propos(?:e|es|ed|ing)|(?:push|press)(?:es|ed|ing)?\s+for|"
    r"appeal(?:s|ed|ing)?\s+for|seek(?:s|ing)?|sought|to\s+(?:mediate|broker|negotiate|secure|reach))\s+"
    r"(?:(?:a|an|the|new|fresh|lasting|immediate|permanent)\s+)*$"
)


# ---- Names listed together ("X and Y", "X, Y and Z") ----
# The words that join the last name of a list, as the pronouns read them ("Mali or Niger", "X as well as Y").
COORDINATORS = r"and|or|as\s+well\s+as"


def list_gap(coordinators: str = "and", *, ampersand: bool = False, article: bool = False) -> str:
    """The pattern of the gap between names listed together: a comma, one of ``coordinators`` ("and") or both
    ("X, Y, and Z"); with ``ampersand`` also "&", with ``article`` a "the" after it ("X and the Y")."""
    gap = rf"\s*,\s*(?:(?:{coordinators})\s+)?|\s+(?:{coordinators})\s+"
    if ampersand:
        gap += r"|\s*&\s*"
    return rf"(?:{gap})" + (r"(?:the\s+)?" if article else "")


# ---- Pronouns that stand for an actor (extract/coreference.py) ----
# "its troops", "their own forces": a possessive before what an actor deploys; with where it is ("its base in",
# "its military presence in"), or as the agent of a seizure ("its illegal annexation of"), wherever it stands.
_FORCE_NOUNS = (
    r"troops|forces|soldiers|servicemen|service\s+members|units|peacekeepers|contingents?|personnel|bases?|"
    r"fighters|military|army|navy|warships|jets|aircraft"
)
POSSESSIVE_PRONOUN = re.compile(
    r"\b(?P<word>its|their|whose)\s+(?:own\s+)?(?:(?:\d[\d,.]*|[\w-]+)\s+){0,2}?"  # "its 2,500 troops"
    rf"(?:(?P<placed>(?:{_FORCE_NOUNS}|presence|{OWNED_FORCE})\s+(?:in|inside|at|on)\b|(?:annexation|invasion|occupation)\s+of\b)"
    rf"|(?:{_FORCE_NOUNS})\b)"
)
# A threat's target as the forces of another party to the exchange: "their instructors would be targets".
THEIR_FORCES = re.compile(
    rf"\b(?:its|their)\s+(?:[\w-]+\s+){{0,2}}?(?:{_FORCE_NOUNS}|instructors|trainers|advis[eo]rs|specialists|mercenaries)\b",
    re.I,
)
# "it" or "they" opening a clause joined to the one before ("..., and it later annexed"), not an "it" that
# stands for nothing ("and it is unclear", "but it seems").
CONJOINED_PRONOUN = re.compile(
    r"(?:,\s*|\s)(?:and|but)\s+(?P<word>it|they)\s+(?!(?:is|was|are|were|’s|'s|seems?|seemed|appears?|appeared|"
    r"remains?|remained|may|might|could|will\s+be|would\s+be|has\s+been|had\s+been|have\s+been)\b)(?=[a-z])"
)
# "it" or "them" as the one asked to leave ("had requested it leave", "asked them to withdraw", "told it to go").
ASKED_PRONOUN = re.compile(
    r"\b(?:ask|request|urg|order|press|instruct|want|told|tell)\w*\s+(?P<word>it|them)\s+(?:to\s+)?"
    r"(?:(?:immediately|quickly|fully|also)\s+)?(?:withdraw|leave|go|pull|quit|vacate|depart|evacuate|get\s+out|move)\b"
)
# "it" or "they" refusing with nothing after it ("but they had refused", "It has refused."): the one asked.
REFUSING_PRONOUN = re.compile(
    r"(?:^|[.;]\s+|(?:,\s*|\s)(?:and|but|yet)\s+)(?P<word>it|they)\s+(?:(?:has|have|had)\s+)?"
    r"(?:(?:so\s+far|repeatedly|flatly|firmly)\s+)?(?:refused|declined)(?=\s*(?:[,.;]|$))"
)
# Words before a mention that make it a place, not the one asked ("positions in Lebanon").
COMPASS = r"(?:south|north|east|west|southern|northern|eastern|western)"
PLACE_BEFORE = re.compile(
    r"\b(?:in|into|from|near|inside|within|across|along|at|to|toward|towards|throughout|outside)\s+"
    rf"(?:the\s+)?(?:{COMPASS}\s+)?$"
)
# "it" or "they" as the subject of a relative clause on what it deploys ("the jets it had stationed in").
RELATIVE_PRONOUN = re.compile(
    rf"\b(?:{_FORCE_NOUNS})\s+(?:that\s+|which\s+)?(?P<word>it|they)\s+"
    r"(?=(?:has|had|have|still|now|long|deploy|station|base|keep|kept|maintain|sen[dt])\w*\b)"
)
# Words after which a possessive opens a clause: a boundary, a speech verb, "that", a conjunction.
POSSESSIVE_CLAUSE_OPENS = re.compile(
    r"(?:[;:—–(]|\s-|\b(?:that|and|but|while|whereas|although|though|because|as|after|when|since|"
    + SPEECH_VERBS
    + r"))\s*,?\s*$"
)
# The verbs that take a place as their object: those schema/phrases.yaml declares for a recognition, an
# annexation or an occupation, but "control" and "incorporate", whose "it" is seldom a place ("to control it", "will
# incorporate it"); and those of an invasion, which takes a state as readily.
_TAKES_PLACE = "|".join(
    verb_forms(verb)
    for predicate in ("RECOGNIZED", "ANNEXED", "OCCUPIES")
    for verb in schema_verbs(predicate, besides=frozenset({"control", "incorporate"}))
)
_INVADES = "|".join(verb_forms(verb) for verb in schema_verbs("INVADED"))
# "it" or "them" as the object of a verb that takes a place ("has never recognised it", "annexed them in 2014"),
# with nothing after it that makes it a clause's subject ("recognised it was wrong"), or "its" or "their" before the
# independence recognised ("recognised their independence"); "invaded" takes a state as readily as a territory.
OBJECT_PRONOUN = for_lowered(
    rf"\b(?P<verb>{_TAKES_PLACE}|(?P<invaded>{_INVADES}))\s+(?P<word>it|them|its|their)\b"
    r"(?=\s+(?:(?:formal|full|declared|self-declared|unilateral)\s+)?(?:independence|statehood)\b|"
    r"\s*(?:[.,;:)!?”\"]|$)|\s+(?:as|in|on|at|after|before|since|until|by|when|while|and|but|or|for|within|"
    r"during|from|last|this|too|either|yet|again|outright|only|illegally|unlawfully|formally|officially|fully|"
    r"partly|partially|militarily)\b"
    r"|\s+as\s+(?:an?\s+)?(?:independent|sovereign|part)\b)"
)
# What "it" or "them" after "recognise" may stand for instead of a place named near ("Abkhazia held a vote.
# Russia recognised it", "signed a deal"): with one named near, the link is not sure.
OBJECT_RIVAL_NOUN = for_lowered(
    r"\b(?:vote|election|ballot|poll|ruling|verdict|judg(?:e)?ment|resolution|deal|decision|treaty|agreement|accord|"
    r"pact|referendum|result|outcome|annexation|government|war|conflict)s?\b"
)
# People or forces of a place ("leaders of Abkhazia", "troops in Transnistria"), whom "them" may stand for.
OBJECT_RIVAL_PEOPLE = (
    r"\b(?:leaders?|presidents?|officials?|authorit(?:y|ies)|troops?|soldiers?|forces|people|residents?|"
    r"citizens?|delegations?|envoys?|rebels?|separatists?|protesters?)"
)
# What "recognise" takes a state for: its independence or statehood named near ("declared independence").
STATEHOOD_NEAR = for_lowered(r"\b(?:independen\w*|statehood|sovereign\w*)\b")
# What "recognise" may take instead of a territory named near: its annexation ("Russia annexed Crimea. Few
# states recognise it").
ANNEXATION_NEAR = for_lowered(r"\bannex\w*")
# A conjunction opening a clause of time, whose dates are not the main clause's ("after Iraq occupied it").
TIME_CLAUSE_BEFORE = for_lowered(r"\b(?:after|before|when|since|until|once)\s+[^,;:]*$")
# Auxiliaries and adverbs between a verb and its subject ("Serbia has never recognised", "Only Turkey recognises").
VERB_SUBJECT_GAP = for_lowered(
    r"\s+(?:(?:has|have|had|did|does|do|will|would|could|can|may|might|should|not|n[’']t|never|also|then|later|"
    r"now|still|again|once|only|yet|already|so\s+far|\w+ly)\s+){0,4}$"
)
# A pronoun as that subject: "we", "I" and "you" stand for a speaker, whose object pronoun is left alone.
PRONOUN_BEFORE_VERB = for_lowered(r"\b(?P<pronoun>it|they|he|she|we|i|you)$")
# "there" as the place where forces are ("keeps 1,500 soldiers there", "troops stationed there", "its base
# there"); not "there is", "over there", "left there" or "from there".
THERE_PLACE = for_lowered(
    rf"\b(?:{_FORCE_NOUNS}|presence|stationed|based|deployed|garrisoned|posted|positioned)\s+"
    r"(?:(?:still|now|permanently|currently)\s+)?(?P<word>there)\b(?!\s+(?:is|are|was|were|has|have|had)\b)"
)
# Words before a state that name it as a place: "in", "into" ("a base in Djibouti"), or "to", "on", "at" after
# forces or their moving ("sent troops to Mali", "flew jets to", "a base on"); not "talked to Mali".
_COMPASS = rf"(?:the\s+)?(?:(?:{COMPASS}|occupied)\s+)?$"
PLACE_NAMED_BEFORE = for_lowered(
    rf"\b(?:{LOCATIVE_WORDS}|into)\s+" + _COMPASS + r"|"
    rf"\b(?:{_FORCE_NOUNS}|(?:sen[dt]|deploy|redeploy|dispatch|mov|fl[eoy]w|arriv|transferr?|rotat)\w*)\s+"
    r"(?:[\w,-]+\s+){0,4}?(?:to|on|at)\s+" + _COMPASS
)
