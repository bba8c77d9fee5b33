"""Events from the constructions news uses: a trigger word, then its participants found by their
place around it (subject before, "from"/"to"/"with"/"by" phrases after, coordinated lists).

Each event also implies relations: a defection ends a `part_of`, a joining starts one, a clash
makes the sides `hostile_to` each other, taking control of a place starts `controls`.
"""
from __future__ import annotations

import re

from orbat.extract.collect import Collector, state_of
from orbat.extract.coref import APPOSITION, is_region
from orbat.extract.mentions import PLACE_CUES, SPEECH_VERBS
from orbat.extract.names import FACILITY_HEADS, demonym, lookup
from orbat.extract.view import ACTOR_TYPES, GROUP_TYPES, PARTS_NAMED, Slot, View, polarity

ARMED = GROUP_TYPES
FIGHTING = ACTOR_TYPES
LED = ARMED | {"organization"}  # what a person leads: a group, or a party or movement (GUIDE's member_of)
# "fought the jihadists alongside government forces": who is named after it fights on the same side
ALONGSIDE = re.compile(r"\b(?:alongside|beside|together with|side by side with|shoulder to shoulder with)\b", re.I)
# who a side fought without is no enemy of it: "could not have fought the war without Turkey"
WITHOUT = re.compile(r"\bwithout\s+(?:[\w'-]+\s+){0,3}?$", re.I)
# "the G9 and G-Pep were now fighting together": one side, after a verb of fighting
TOGETHER = re.compile(r"\s*(?:side by side|together|jointly|shoulder to shoulder)\b(?!\s+against\b)", re.I)
# ("fought side by side against X" is a fight against X all the same)
# "airstrikes to bolster Syrian government forces": the side named after is helped, not hit
_FOR_SIDE = re.compile(r"\b(?:to\s+(?:bolster|support|back|help|aid|assist|shore\s+up|prop\s+up|reinforce)|"
                       r"in\s+(?:support|aid|defen[cs]e)\s+of|on\s+behalf\s+of|supporting|backing|bolstering|"
                       r"(?:have|has|had)\s+(?:\w+\s+)?(?:bolstered|supported|backed|helped|aided|reinforced|propped\s+up|"
                       r"shored\s+up))\b", re.I)
# "joined other militias to form", "came together to form": the subject is one of the founders
_UNITED_TO = re.compile(r"\b(?:joined|join|joins|united|unite|came together|come together|merged|allied|teamed up)\b"
                        r"[^.;:]{0,40}\bto\s+$", re.I)
# what names an umbrella between "formed" and its name ("formed an alliance known as Y")
_UMBRELLA = re.compile(r"\b(?:alliance|coalition|umbrella|front|bloc|operations room|federation|union|council|"
                       r"command)\b", re.I)
_EXPELLING = re.compile(r"\b(?:expelling|driving|ousting|pushing|routing|chasing|evicting)\s+(?:out\s+)?(?:the\s+)?"
                        r"(?:(?:last|remaining|retreating)\s+)?$")
# the place taken, then who had held it: "retook Kafr Nabl, which the Hawks Brigade had seized in March", "took P, which
# Hawks Brigade units left overnight"
_WHICH_HELD = re.compile(r"\s*,\s*(?:which|that)\s+(?:the\s+)?")
_HELD_IT = re.compile(r"(?:\s+(?:units|fighters|forces|militants|troops))?\s+(?:had\s+)?(?:\w+ly\s+)?(?:left|abandoned|"
                      r"seized|captured|taken|took|held|controlled|overran|occupied)\b")
_RETREATED = re.compile(r"\s+(?:militants\s+|fighters\s+|forces\s+)?(?:had\s+)?(?:retreated|withdrew|fled|pulled\s+(?:out|back)|"
                        r"abandoned)\b")
# "Z said on Thursday that 20 were killed": who speaks is not who was killed
_SPOKE_OF = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS | {"reported", "confirmed"})) + r")\b")
# "the SDF is fighting with US support": the name before it is the helper's
SUPPORT_AFTER = re.compile(r"(?:['\u2019]s)?\s+(?:military\s+|air\s+|logistical\s+)?"
                           r"(?:support|backing|help|aid|assistance)\b", re.I)
# a verb of defence before the attack it stopped ("thwarted an attack", "repelled a dawn assault")
_WARDED_OFF = re.compile(r"\b(?:repel\w*|repuls\w*|foil\w*|thwart\w*|fended off|fought off|beat back|beaten back|"
                         r"prevented|stopped|averted)\s+(?:an?\s+|the\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+)?$", re.I)
# a verb right before a name: the name is its object ("left AQIM, pledged allegiance to ...")
_VERB_BEFORE = re.compile(r"(?:\b(?:left|quit|abandoned|joined|attacked|fought|deserted|rejected|overran|took)|"
                          r"(?<![-\w])[a-z]{3,}ed)\s+(?:the\s+)?$")
# a place just before a participle: "a central town retaken by ...", "Palmyra, recaptured by ..."
_REDUCED_PASSIVE = re.compile(r"\b(?:" + "|".join(sorted(PLACE_CUES | {"base", "position", "hill", "territory", "airport",
                                                                    "stronghold", "camp", "road", "border crossing"})) +
                              r")s?\s*,?\s*$")
_PASSIVE = re.compile(r"\b(?:was|were|been|being|is|are|be|got)\s+(?:\w+ly\s+)?(?:\w+ed\s+(?:and|or)\s+)?$", re.I)
_PREPOSITION_BEFORE = re.compile(r"\b(?:in|of|from|with|by|against|to|on|at|for|including|between|into|"
                                 r"among|alongside|over|than|like|as|after|before|since|during|until|following|"
                                 r"despite|when|while)\s+(?:the\s+|its\s+|their\s+)?"
                                 r"(?:so-called\s+|[\w]+-\w+\s+)?[\"\u201c]?$", re.I)
_QUANTITY = re.compile(r"\b(more than|over|at least|some|about|around|nearly|almost|up to|fewer than|less than|"
                       r"roughly|approximately)?\s*(\d[\d,]*)\s+(?:\w+\s+)?(?:militants|fighters|members|soldiers|"
                       r"troops|men|rebels|insurgents|combatants|recruits)\b", re.I)

# words, not arms: "attacked the X's decision", "targeted the X's claims" (an attack on a group's men or posts stands)
_WORDS_ONLY = (r"(?!\s+(?:the\s+)?(?:[\w-]+\s+){0,5}?[\w-]+['\u2019]s?\s+(?:[\w-]+\s+)?(?:decisions?|statements?|"
               r"remarks|comments|polic(?:y|ies)|plans?|proposals?|stance|announcements?|claims?|criticism|reports?|record|"
               r"rhetoric|narrative|credibility|legitimacy|demands?|ideology|views)\b)")
# an attack noun and its maker, the subject of "hit": "Strikes by X hit Y", "Raids carried out by a US-led coalition hit Y"
_STRIKES_BY = re.compile(r"\b(?:strikes|air\s*strikes|airstrikes|raids|shelling|bombing|bombardment|missiles|rockets|"
                         r"drones)\s+(?:(?:carried\s+out|launched|conducted|fired)\s+)?by\s+(?:the\s+|an?\s+)?$", re.I)
T = re.compile
TRIGGERS: list[tuple[str, re.Pattern]] = [
    ("defection", T(r"\b(?:defect(?:ed|s|ing|ion)?|deserted|broke ranks with|resigned from|"
                    r"(?:switched|switches|switching|changed|changes|changing)\s+(?:sides|allegiance)(?=\s+to\b)|"
                    r"(?:was|were|had been) (?:expelled|dismissed|discharged|cashiered|sacked|purged) from|"
                    r"abandoned|(?:left|leaves|leaving|quit|quits|quitting|(?:withdrew|withdrawn|withdraws) from|pulled out of|"
                    r"(?<=its |our )withdrawal from|(?<=their )withdrawal from)"
                    r"(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+the\s+(?:coalition|alliance|umbrella|front|movement)\b))\b",
                    re.I)),
    ("joining", T(r"\b(?:join(?:ed|s|ing)?|rejoined|return(?:ed|ing|s)? to the (?:fold|ranks) of|"
                  r"return(?:ed|ing|s)? to(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                  r"entered the ranks of|(?:pledged|pledges|declared|declares|swore|sworn|swears) (?:its |their |his )?"
                  r"(?:allegiance|loyalty|fealty) to|(?:became|become|becomes) (?:a )?part of|integrated into|incorporated into|"
                  r"(?<=its )(?:integration|incorporation) into|(?<=their )(?:integration|incorporation) into|"
                  r"folded into)\b", re.I)),
    ("merger", T(r"\b(?:merg(?:ed|e|es|ing|er)|amalgamated|unified into|fused)\b", re.I)),
    ("formation", T(r"\b(?:formed|forms|form|forming|formation of|establish(?:ed|es|ing)?|establishment of|"
                    r"(?<=\bto )found(?=\s+(?:an?|the|his|her|its|their|a\s+new)\s)|"  # "broke away to found Y" (not "found")
                    r"founded|founding of|created|creation of|set up|launched|originated|was born|"
                    r"emerged(?=\s+(?:in\s+\d{4}\s+)?(?:from|out\s+of)\s|"  # "emerged in Kandahar in 1994"
                    r"(?:\s+in\s+(?:the\s+)?(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)?\s+in\s+(?:(?:early|late|mid-?)\s*)?"
                    r"(?:(?-i:[A-Z])[a-z]+\s+)?\d{4}\b|\s+in\s+(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?\s*(?:[,.;]|and\s|$))|"
                    r"grew(?=\s+out\s+of\s)|"
                    r"grouped together to form|new (?:[\w-]+\s+)?(?:alliance|coalition|group|front|operations room|"
                    r"umbrella group|faction|bloc|militia) (?:calling itself|called|named|dubbed|known as))\b", re.I)),
    ("split", T(r"\b(?:splits? (?:from|off from|away from)|breaks away from|broke away from|breaking away from|splintered from|"
                r"broke away(?=(?:\s+[\w,]+){1,4}?\s+from\b|\s*[,;.]|\s+(?:and|in)\s)|(?:broke|breaks|has broken|had broken) with|"
                r"splinter (?:(?:group|faction) )?of|parted ways with|"
                r"(?:severed|severs|sever|cut|cuts|broke|breaks|break|ended|ends|renounced)\s+(?:off\s+)?"
                r"(?:its\s+|their\s+|all\s+)?(?:ties|links|relations|connections|allegiance)\s+(?:with|to))\b",
                re.I)),
    ("alliance", T(r"\b(?:allied (?:itself|themselves) (?:with|to)|(?:formed|forged|announced|sealed|struck|forms?|"
                   r"forges?|announces?|seals?) (?:an? )?"
                   r"(?:(?:new|military|political|formal|tactical|joint)\s+){0,2}alliance|"
                   r"new alliance with|alliance with|joined forces with|joined hands with|"
                   r"(?:formed|forged|forms?|forges?) (?:an? )?(?:(?:new|military|joint)\s+)?coalition with|"
                   r"(?:signed|signs?) (?:an? )?(?:(?:military|defen[cs]e|security|mutual[- ]defen[cs]e)\s+)?(?:pact|alliance)|"
                   # "agreed a twelve-point understanding against royal rule": a pact against a third side
                   r"(?:agreed|reached|concluded|signed|struck)\s+(?:an?\s+)?(?:[\w-]+\s+){0,2}?(?:pact|understanding|"
                   r"agreement|accord)\s+(?:against|to\s+(?:coordinate|cooperate|fight|jointly))(?=\s))\b",
                   re.I)),  # (a headline's "A, B sign alliance")
    ("dissolution", T(r"\b(?:disbanded|dissolved|dissolution of|disbandment of|ceased to exist|"
                      r"(?<!the )(?<!former )demobili[sz]ed(?!\s+(?:fighters|combatants|members|paramilitaries|soldiers|"
                      r"guerrillas|rebels|men)\b)|"
                      r"(?:was|were|had been|has been) absorbed (?:into|by(?=\s+(?:the\s+)?(?-i:[A-Z])))|"
                      r"(?:dissolv|disband)(?:es|ing) (?:itself|themselves)|"
                      r"(?:announced|announces|announce|declared|declares) (?:its|their) (?:own )?dissolution)\b", re.I)),
    ("rename", T(r"\b(?:rebrand(?:ed|s|ing)?|renamed|changed (?:its|their) name|new name|name change|"
                 r"to its name|(?:formerly|previously) (?:known as|called|named))\b", re.I)),
    ("leadership", T(r"\b(?:appointed|named|elected|succeeded|(?:appoints|names|elects)(?=\s+(?:[\w'-]+\s+){1,4}?as\s)|(?:took|taken|takes|taking) over as|replaced|was killed|were killed|"
                     r"killed (?:himself|themselves)|blew (?:himself|themselves) up|shot dead|gunned down|"
                     r"was executed|were executed|executed|"
                     r"killed|died|assassinated|dismissed|removed|sacked|(?:fired|ousted)(?=\s+as\s)|resigned|stepped down|killing|"
                     r"was captured|were captured|was arrested|was detained|detained|arrested|(?:took|take|takes|taking) command|"
                     r"(?:assumed|assume|assumes|assuming) command|took charge|taken command|chose|"
                     r"(?:was|were) made(?=\s+(?:the\s+|its\s+|their\s+)?(?:new\s+|acting\s+)?(?:commander|leader|chief|"
                     r"head|emir|commander-in-chief)\b))\b", re.I)),
    ("clash", T(r"\b(?:clash(?:es|ed|ing)?|attack(?:s|ed|ing)?" + _WORDS_ONLY + r"|fought|fight(?:s|ing)?|battles?|battled|battling|"
                r"bombard(?:ed|ing)|pound(?:ed|ing)|destroy(?:ed|ing)|routed|(?-i:shells(?=\s+(?:the\s+)?[A-Z]))|advanc(?:ed|ing) on|"
                r"offensives?|counter-?offensives?|counter-?attack(?:s|ed|ing)?|assaults?|ambush(?:ed|es)?|shell(?:ed|ing)|air ?strikes?|"
                r"airstrikes?|bombardments?|aggression(?=\s+(?:on|against)\s)|massacres?(?=\s+(?:of|against|on|in|committed|carried|perpetrated|by)\s)|"
                r"(?:clearance|counter-?terrorism|counter-?insurgency) operations?|"
                r"(?<!their )(?<!its )operations?(?=\s+(?:[\w-]+\s+){0,3}?(?:against\b|to\s+(?:clear|retake|recapture|capture|liberate|drive|"
                r"push|expel|oust|dislodge|free|seize|crush|defeat|destroy|flush)\b))|"
                r"(?<=\bto )(?-i:strike)(?=\s+(?:the\s+)?[A-Za-z])(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|bargain|"
                r"pact|truce|ceasefire|cease-fire|alliance|compromise|balance)\b)|"
                r"(?-i:strikes?)(?=\s+(?:on|against|by|attributed\s+to|near|across|around|killing|that\s+killed|which\s+killed)\s)(?!\s+on\s+(?:[A-Z][a-z]+day|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|\d))|raids?|bomb(?:ed|ing|ings)|(?:killed|kills)(?!\s+(?:the|a|an|any)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|talks|plan|"
                r"proposal|bill|idea|initiative|process|negotiations)\b)|killings?|eliminated|eliminating|neutrali[sz](?:ed|ing)|"
                r"(?:targeted|targeting)(?![^.;]{0,60}?\bwith\s+(?:[\w-]+\s+)?(?:sanctions|criticism|accusations|"
                r"propaganda|lawsuits?|measures)\b)" + _WORDS_ONLY + r"|stormed|massacred|massacring|wipe(?:d)? out|wiping out|shoot(?:s|ing)? dead|shot dead|"
                r"turned (?:its |their )?(?:guns |weapons )?on(?=\s+(?:the\s+)?(?-i:[A-Z])|\s+(?:each other|one another)\b)|"
                r"(?:detonated|set\s+off)(?=\s+(?:a|an|two|three|several)\s+(?:[\w-]+\s+){0,2}?(?:bombs?|explosives?|"
                r"devices?|IEDs?|mines?|vests?)\b)|confront(?:ed|ing|s)?|(?:exchanged|traded)\s+(?:heavy\s+)?(?:gun)?fire|"
                r"(?:broke|broken|breaking|lifted)\s+(?:the\s+)?(?:[\w-]+\s+){0,2}?(?:siege|blockade)|"
                r"besieged|laid siege|siege|blockaded|blockading|skirmish(?:es)?|repel(?:s|led|ling)?|struck(?!\s+(?:a|an|the)\s+(?:[\w-]+\s+)?(?:deal|agreement|accord|bargain|pact|truce|ceasefire|cease-fire|alliance|compromise|balance)\b)|wounded|injured|disarmed|"
                r"hit(?:s|ting)?(?=\s+(?:the\s+|an?\s+)?(?:[\w'-]+\s+){0,3}?(?:positions?|targets|bases?|posts?|convoys?|"
                r"headquarters|hideouts?|camps?|depots?|checkpoints?|strongholds?)\b)|"
                r"(?<=strikes )hit(?=\s+(?:the\s+)?(?-i:[A-Z]))|(?<=raids )hit(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                r"hit(?=\s+(?:the\s+)?(?-i:[A-Z])[^.;,]{0,40}?\s+in\s+(?:the\s+)?(?-i:[A-Z]))" + _WORDS_ONLY + r"|"
                r"(?:opened|opening|opens|open)\s+fire\s+(?:on|at)|"  # "X gunmen opened fire on Y soldiers"
                r"(?<!was )(?<!were )(?<!been )(?<!being )(?:(?:shot|shoots|shooting)\s+down|downed)(?=\s+\w)|"  # "said
                # it had shot down a Y helicopter", "downed a Y drone" (not "Z's plane was shot down": whose, not by whom)
                r"foil(?:s|ed)?|thwart(?:s|ed)?|"
                r"inflicted|defeat(?:ed)?|crush(?:ed|es|ing)?(?!\s+(?:defeat|blow)\b)|in conflict with|war (?:on|against|with)|hostilities|raided|repuls(?:ed|es|ing)|"
                r"(?:conflict|war|feud|rivalry)(?=\s+(?:[\w'-]+\s+){0,2}?between\b)|"
                r"(?:(?<=under )|(?<=under heavy )|(?<=under sustained ))fire(?=\s+from\b)|"  # "came under fire from X"
                r"(?:car|truck|roadside|suicide)\s+bomb(?:s|ings?)?(?=\s+(?:claimed|attributed|planted|detonated|set\s+off|"
                r"carried\s+out)\s+by\b)|"  # "a car bomb claimed by X killed ..."
                r"(?:changed|changing|change)\s+hands(?=\s+(?:[\w'-]+\s+){0,3}?between\b)|"  # "P changed hands
                # several times between A and B": they fought for it
                r"tensions(?=\s+between\b[^.;]{0,80}?\b(?:erupted|escalated|spilled|turned|boiled)\s+(?:over\s+)?into\s+"
                r"(?:open\s+|armed\s+|deadly\s+|heavy\s+)?(?:fighting|clashes|conflict|war|violence))|"
                r"(?:pushed|beat|beaten|driven|drove|fought) (?:back|off)|"
                r"(?:pushed|beat|drove)(?=\s+(?:the\s+)?(?:[\w'-]+\s+){1,3}?back\b)|"  # "pushed Russian troops back"
                r"claim(?:ed|s|ing)? (?:responsibility|credit) for|"
                r"pursu(?:ed|es|e|ing)(?=\s+(?:by\s+)?(?:[\w-]+\s+){0,4}?(?-i:[A-Z]))|"
                r"(?:fired|fires|launched|launches)\s+(?:[\w-]+\s+){0,4}?(?:missiles?|rockets?|drones?|shells|mortars?|"
                r"mortar\s+rounds|projectiles?|salvos?|barrages?)\s+(?:(?:across\s+the\s+border\s+)?(?:at|on|into|towards|against))|"
                r"dropped\s+(?:[\w-]+\s+){0,3}?(?:bombs|barrel\s+bombs|explosives)\s+(?:on|over))\b", re.I)),
    ("pitted", T(r"\bpit(?:ted|s|ting)\b", re.I)),  # "the clashes pitted X against Y": a clash of all sides
    ("capture", T(r"\b(?:captur(?:ed|e|es|ing)|seiz(?:ed|e|es|ing)|took control|taken control|take control|"
                  r"taking control|gained control|(?:regained|regains|retook|restored|re-established)\s+(?:full\s+)?control|"
                  r"takeover(?=\s+of\b)|"
                  r"(?:entered|marched\s+into|moved\s+into|rolled\s+into|stormed\s+into)(?=\s+(?:the\s+)?(?-i:[A-Z]))|"
                  r"took over|taking over|took|taken|taking(?=\s+[^.;]{1,40}?\bfrom\b)|recaptur(?:ed|es?|ing)|retook|retaken|"
                  r"retakes?|retaking|takes\s+control|overran|overrun|overruns|overrunning|handed over|fell to|fallen to|falls to|expelled|wrest(?:ed|ing)?(?=\s+[^.;]{1,40}?\bfrom\b)|"
                  r"wrest(?:ed|ing|s)?(?=\s+(?:full\s+|complete\s+|total\s+)?control\b)|"
                  r"(?:drove|driven|pushed|chased|forced)(?=\s+(?:the\s+)?(?-i:[A-Z])[\w'-]*(?:\s+[\w'-]+){0,4}?\s+from\b)|"
                  r"(?<!the )(?<!in )liberated(?=\s+(?:the\s+)?(?:(?-i:[A-Z])|(?:city|town|village|districts?|areas?|"
                  r"province|region|neighbou?rhoods?)\b))|"
                  r"liberation(?=\s+of\b)|"
                  r"(?:freed|cleared|purged)(?=\s+(?:the\s+)?(?:(?:entire|whole)\s+)?(?:(?-i:[A-Z])|(?:city|towns?|villages?|"
                  r"districts?|areas?|province|region|neighbou?rhoods?|territory)\b)[^.;]{0,60}?\bfrom\b)|"
                  r"lost(?=\s+(?:control\s+of\s+)?(?:the\s+)?(?:[\w'-]+\s+){1,6}?to\s+(?:the\s+)?[A-Z])|"
                  r"(?:pushed|drove|driven|chased|forced)(?=\s+(?:\S+\s+){1,9}?out\s+of\b)|"
                  r"(?:pushed|drove|driven|chased|forced)\s+out(?!\s+of\b))\b", re.I)),
]
# the role a successor takes: "succeeded W as commander of X", "succeeded him at the head of X"
_AS_ROLE = re.compile(r"\s+(?:as|at)\s+(?:the\s+|its\s+|a\s+|new\s+)*(?P<role>(?:\w+\s+){0,2}?(?:leader|commander|chief|"
                      r"head|emir|commander-in-chief|secretary-general|chairman|president))(?P<of>\s+(?:of|for)\s+)?")
# a person named after "led by" or "under", in an aside on the group before him
_LED_BY_BEFORE = re.compile(r"\b(?:(?:led|commanded|headed)\s+by|under)\s+(?:(?:the\s+)?(?:former|late)\s+)?"
                            r"(?:[\w-]+\s+){0,3}$", re.I)
# a group made by a merger named after it: "was formed in March 2017 through a merger of"
# "of four groups:", a count of groups before the list that names them
_OF_COUNTED = re.compile(r"\s+of\s+(?:the\s+)?(?:two|three|four|five|six|seven|eight|several|[2-9])\s+(?:[\w-]+\s+)?"
                         r"(?:groups|organi[sz]ations|factions|movements|militias|brigades|armed\s+groups)\s*:\s*", re.I)
_WHICH_CLAUSE = re.compile(r"\b(?:in|during|at|after|under|by)\s+which\b|\bwhere\b", re.I)
_KEPT_OUT = re.compile(r"\b(?:outside|out\s+of|oppos\w*|reject\w*|refus\w*|declin\w*|resist\w*|boycott\w*|against)\s+"
                       r"(?:the|a|any|this|that|such)\s+(?:[\w-]+\s+)?$", re.I)
_WAS_MADE = r"\b(?:was|were|is|are|been)\s+(?:\w+\s+)?(?:formed|created|born|established|founded|set up)\s+(?:[^,;]{0,30}?\s+)?"
_MADE_BY_MERGER = re.compile(_WAS_MADE + r"(?:through|by|in|from|out\s+of|after|following)\s+(?:a|an|the)\s+"
                             r"(?:[\w-]+\s+)?$", re.I)
_MADE_BY_MERGING = re.compile(_WAS_MADE + r"by\s+$", re.I)  # "was formed in 1993 by merging": the subject was made
# "Z, a former member of", "Z, until then a regional commander of": the group a founder came from
_ONCE_OF = re.compile(r"\s*,\s*(?:(?:a|an|the)\s+(?:former|ex-|one-?time|erstwhile)|until\s+then\s+(?:a|an|the))\s+"
                      r"(?:[\w-]+\s+){0,2}?(?:member|commander|leader|officer|fighter|chief|emir|head|deputy|"
                      r"spokesman|cadre)\s+(?:of|in)\s+(?:the\s+)?", re.I)
_FELL_TO = ("fell to", "fallen to", "falls to")  # the place the sentence opens on was taken by who follows
# a side the sentence says was not hit: "none of ISIS positions were targeted", "no Hawks Brigade fighters"
_NONE_OF = re.compile(r"\b(?:none|no|neither)\s+(?:of\s+)?(?:the\s+)?(?:[\w-]+\s+){0,2}?$", re.I)
# a second foe of one fight: "first against Spain and then against Morocco"
AGAIN_AGAINST = re.compile(r"\s*,?\s*(?:and\s+)?(?:then|later|now|also|finally)\s+against\s+")
# men under arms, unnamed, killed or wounded: "killed eight soldiers", "killing 76 security personnel"
_MEN_UNDER_ARMS = re.compile(r"\s+(?:at\s+least\s+|more\s+than\s+|some\s+|about\s+|dozens\s+of\s+|scores\s+of\s+|"
                             r"tens\s+of\s+|hundreds\s+of\s+|a\s+(?:large\s+|great\s+|big\s+)?number\s+of\s+)?"
                             r"(?:\w+\s+)?(?:[\w-]+\s+)?(?:soldiers|troops|policemen|police\s+officers|security\s+personnel|"
                             r"security\s+forces|paramilitar(?:y|ies)|militiamen|peacekeepers|gendarmes|guards|"
                             r"servicemen|fighters|militants|rebels|insurgents|terrorists|jihadists|gunmen)\b", re.I)
# ("killed a number of terrorists": the words Syrian state media use for the armed opposition)
# a clause of its own after the capture: "seized Sanaa in September 2014, forcing President Hadi to flee to Aden"
_NEXT_CLAUSE = re.compile(r",\s+(?:(?!including\b|notably\b)[a-z]+ing|which|who|where|while|as|after|before|and\s+(?:then\s+)?[a-z]+ed)\b")
# what makes "besieged" a verb of a named side, not an adjective ("the city's besieged eastern neighbourhoods"):
# "IS has besieged", "Assad's forces besieged", "the alliance that has besieged"
_BESIEGING = re.compile(r"(?:\b(?:has|have|had|been)|[A-Z][\w'-]*|\b(?:forces|troops|fighters|militants|rebels))\s+$")
# an apposition between two places that makes the second locate the first: ", the last army stronghold in "
APPOSED_LOCATOR = re.compile(r"\s*,\s*(?:the|a|an)\s+[^,]*\b(?:in|of)\s+(?:the\s+)?")
_HELD_BY = re.compile(r"\s+(?:[\w-]+\s+){0,3}?(?:positions?|posts?|bases?|checkpoints?|outposts?|barracks|camps?|"
                      r"strongholds?|villages?|towns?|areas?)(?:\s+(?:in|near|outside)\s+(?:[A-Z][\w'\u2019-]*\s*?){1,3})?"
                      r"\s+(?:held|manned|controlled|run|defended)\s+by\s+", re.I)  # "a base in Middle Shabelle held by"
# unnamed leaders of a named group: "several commanders of the FSA" (its fighters who defect take their unit along:
# "fighters of the Omar Brigade defected from X")
_LEADERS_OF = re.compile(r"\b(?:commanders|officers|leaders|officials)\s+(?:of|from)\s+(?:the\s+)?$", re.I)
_BACKER_COMPOUND = re.compile(r"-(?:backed|supported|funded|sponsored|armed|trained|allied|aligned|linked|affiliated|"
                              r"inspired)\b")
_HELM_OF = re.compile(r"\s+(?:the\s+|its\s+|their\s+)(?:leadership|command|helm)(?P<of>\s+of\s+(?:the\s+)?)?", re.I)
# who held a role before: "took over its leadership from W", "after his predecessor W was killed"
_PREDECESSOR = re.compile(r"(?:^[^,;]*\bfrom\s+(?:the\s+late\s+)?|\b(?:his|her|their)\s+predecessor\s*,?\s*)"
                          r"(?:(?-i:[A-Z])[\w.]*\s+)?$", re.I)  # a title before the name: "his predecessor Mullah Z"
_HELD_COMPOUND = re.compile(r"-(?:held|controlled|occupied)\b")
_WAS_HELD = re.compile(r"\s*,\s*(?:which|that)\s+(?:had\s+been|was|has\s+been)\s+(?:held|controlled|occupied)\s+by\s+(?:the\s+)?",
                       re.I)
_SEAT_OF = re.compile(r",\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:stronghold|capital|headquarters|centre|center|"
                      r"bastion|hub|seat|base)\s+of\s+(?:the\s+)?|,\s+(?:the\s+)?(?=[^,;.]{1,40}?['\u2019]s\s+(?:[\w-]+\s+)"
                      r"{0,3}?(?:stronghold|capital|headquarters|bastion|seat|base)\b)", re.I)  # "Tarhuna, the LNA's last major
                      # stronghold"
# the foe an offensive is launched to drive away, named in the purpose clause after it
_AIMED_AT = re.compile(r"[^.;,]{0,60}?\bto\s+(?:dislodge|drive\s+out|expel|oust|flush\s+out|rout|crush|defeat|uproot)\s+",
                       re.I)
# the place whose control was seized, named right after it: "seized control of (the town of) P"
_CONTROL_OF = re.compile(r"\s+control\s+(?:of|over)\s+(?:the\s+)?(?:(?:town|city|village|district|province|region)\s+of\s+)?",
                         re.I)
# a side that gave ground, up to the attack it gave way to: "X withdrew from P following heavy Y shelling"
_FELL_BACK = re.compile(r"\b(?:retreated|withdrew|pulled\s+(?:out|back)|fell\s+back)\b[^,;]{0,60}?\b(?:after|following|under|"
                        r"amid)\s+(?:an?\s+|the\s+|heavy\s+|intense\s+|repeated\s+|fierce\s+)*(?:[\w'-]+\s+){0,2}$")
_AIMING_TO = re.compile(r"\b(?:battl\w*|try\w*|tried|attempt\w*|seek\w*|sought|aim\w*|fight\w*|fought|push\w*|"
                        r"struggl\w*|want\w*|plan\w*|vow\w*|threaten\w*|fail\w*|bid|hop\w*|intend\w*|"
                        r"prepar\w*|race[sd]?|racing|set|poised|about|ready|promis\w*|pledg\w*|warn\w*|right)\s+to\s+"
                        r"(?:\w+\s+)?$|"
                        r"\b(?:focus\w*|concentrat\w*|efforts?|intent|"
                        r"bent|set)\s+(?:\w+\s+){0,2}?on\s+$|"  # "focusing its efforts on capturing P"
                        r"\b(?:offensive|operation|campaign|drive|assault|mission|bid)s?\b[^,;.]{0,40}?\bto\s+$",
                        re.I)  # "launched an offensive on Monday to recapture Mosul"
# "backed by Y", "with the support of Y": Y on the side of the one named before
BACKED_BY = r"(?:(?:backed|supported|aided|assisted|reinforced)\s+by|with\s+the\s+(?:help|support|backing)\s+of)"
_BACKING_BEFORE = re.compile(rf"\b(?:{BACKED_BY}|(?:covered|helped)\s+by|(?:with\s+the|under\s+(?:the\s+)?)\s*cover\s+of)"
                             r"\s+(?:[\w-]+\s+){0,3}$", re.I)
_JOIN_THE_FIGHT = re.compile(r"\s+(?:in\s+)?(?:the|a|their|its)\s+(?:[\w-]+\s+)?(?:fight|battle|war|struggle|"
                             r"campaign|offensive|operations?|assault|resistance)\s+(?:against|on)\b", re.I)
_PART_OF_ITS_MEN = re.compile(r"\b(?:most|many|some|hundreds|thousands|dozens|several|part|half)\s+of\s+(its|their)\s+"
                              r"(?:[\w-]+\s+)?(?:fighters|members|men|militants|commanders|troops|units)\s+(?:\w+\s+){0,2}$",
                              re.I)
# the verb of a strike right after its maker's name: "(when) Y warplanes struck", "(when) Y shelled"
_STRUCK_AFTER = re.compile(r"(?:['\u2019]s)?(?:\s+(?:warplanes|jets|aircraft|drones|helicopters|forces|troops|fighters|"
                           r"gunmen|militants))?\s+(?:struck|attacked|shelled|bombed|raided|stormed|ambushed|hit|targeted|"
                           r"opened\s+fire)\b", re.I)
_SOME_OF = re.compile(r"\b(?:hundreds|dozens|thousands|scores|some|many|several|most|a number|\d[\d,]*)\s+(?:of\s+)?"
                      r"(?:the\s+|its\s+|their\s+)?$", re.I)
MEN = re.compile(r"(?:['\u2019]s)?\s+(?:former\s+)?(?:fighters|members|militants|commanders|men|soldiers|troops|"
                 r"gunmen|rebels|defectors|militiamen|recruits|cadres)\b", re.I)
# one man of a group, named by his place in it: "Sun Brigade leader defects to Y", "a senior X commander" (not "the
# group's commander", who acts for it)
_ONE_MAN = re.compile(r"\s+(?:senior\s+|top\s+|former\s+|deputy\s+|local\s+|field\s+)?(?:leader|commander|"
                      r"chief|head|emir|spokesman|official|founder|member|fighter|officer)\b(?!s)", re.I)
# The words just before a later name that put it on the side of the one before ("Hezbollah fighters have
# been assisting Syrian army forces", "battling IS with air strikes and backing for the SDF").
_ON_SIDE_OF = re.compile(r"(?<![-\u2010])\b(?:backing|backed|supporting|support|assisting|assisted|aiding|aided|helping|"
                         r"helped|arming|reinforcing|reinforced|alongside|beside|allied|allies)\b(?:\s+(?!against\b)[\w'-]+){0,3}\s*$",
                         re.I)  # (not the compound "the Iran-backed X": a foe named with its backer)
_DEATHS = ("killed himself", "killed themselves", "blew himself up", "blew themselves up", "shot dead", "gunned down",
           "was executed", "were executed", "executed")
_KILLED = ("killed", "killing", "was killed", "were killed", "assassinated", "died")
KILL_WORDS = frozenset({"killed", "kills", "killing", "eliminated", "eliminating", "neutralised", "neutralized",
                        "neutralising", "neutralizing", "wounded", "injured", "struck"})
LEADER_ROLES = re.compile(r"\b(?:leader|commander|chief|head|emir|founder|president|chairman|spokesman|"
                          r"secretary[- ]general)\b", re.I)


_ACCIDENT = re.compile(r"\b(?:mistaken(?:ly)?|accidental(?:ly)?|by mistake|in error|erroneous(?:ly)?|inadvertent(?:ly)?|"
                       r"friendly fire)\b", re.I)
_OBJECT_OF_MODIFIER = re.compile(r"\b(?:fighting|battling|targeting|opposing|against)\s+(?:the\s+)?$", re.I)
# the words that name a partner in the same action: "X, together with Y, attacked", "in partnership with Y"
PARTNER = r"(?:together\s+with|along\s+with|alongside|in\s+partnership\s+with)"
# "Iraqi troops, fighting alongside the KDP, drove ...": the comrade of a participle's aside is no subject
_COMRADE_ASIDE = re.compile(rf",\s*(?:(?:fighting|operating)\s+(?:alongside|beside|together\s+with)|{PARTNER})\s+"
                            r"(?:the\s+)?(?:[\w'\u2019-]+\s+){0,3}?\(?$", re.I)
_NOMINAL = re.compile(r"(?:attacks?|air ?strikes?|airstrikes?|strikes?|raids?|offensives?|assaults?|bombings?|shelling|fire|"
                      r"(?:car|truck|roadside|suicide)\s+bomb(?:s|ings?)?|"
                      r"ambush(?:es)?|counter-?offensives?|counter-?attacks?|bombardments?|aggression|massacres?|killings|"
                      r"(?:clearance|counter-?terrorism|counter-?insurgency) operations?)$")
# a building or place that an infinitive passive is said of: "the first hospital to be targeted by X"
_SITE_TO_BE = re.compile(r"\b(?:" + "|".join(sorted(FACILITY_HEADS | PLACE_CUES)) + r")s?\s+to\s+be\s+(?:\w+ly\s+)?$",
                         re.I)
# the maker of an attack told of: "X carried out the attack", "X was behind Sunday's bombing"
_MADE_IT = re.compile(r"\b(?:carried\s+out|staged|perpetrated|(?:was|were|is|are)\s+behind|(?:was|were|is|are)\s+"
                      r"responsible\s+for)\s+(?:the|this|that|these|those|[A-Z][a-z]+day['\u2019]s)\s+(?:[\w-]+\s+)?$")
# others named as the dead between a person and "were killed": "Kadyrov's men exchanged fire; several people were killed"
_OTHERS_HIT = re.compile(r"[;]|\b(?:people|civilians|others|persons|soldiers|fighters|men|troops|guards)\b")
# an unnamed subject of a clause of its own: "Z took command after its founder was killed", not Z
_UNNAMED_CLAUSE_SUBJECT = re.compile(r"\b(?:after|before|when|while|once|because|since|until|as)\s+(?:its|his|their|the|a)\s+"
                                     r"(?:[\w-]+\s+){0,2}$", re.I)
_PLEDGE = re.compile(r"\b(?:allegiance|loyalty|fealty)\b", re.I)
_SAID_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(SPEECH_VERBS | {"reported"})) + r")\b")
# what a subject says or thinks of an attack, which makes him no maker of it (not "claimed responsibility")
_SPOKE_ABOUT = re.compile(r"\b(?:(?:" + "|".join(sorted((SPEECH_VERBS - {"claimed"}) | {
    "say", "reported", "confirmed", "called", "calls", "termed", "described", "condemned", "denounced"})) +
    r")\b|claim(?:ed|s)?\b(?!\s+(?:responsibility|credit)|\s+(?:the|an?|this|that|these|its|their|several|multiple|"
    r"numerous|two|three|four|five|\d+|[\w-]+['\u2019]s)\s+"
    r"(?:[\w-]+\s+){0,2}?(?:attacks?|bombings?|ambush(?:es)?|raids?|assaults?|killings?|strikes?|massacre)\b)|backer|"
    r"supporter|whose)", re.I)  # "claimed the attack": claimed it as its own


def _spoke_about(gap: str) -> re.Match | None:
    """A speech verb (or a backer, or "whose") between a name and a verb, past a closed aside on the name
    ("X, whose forces hold most of P, captured Q": X captured it)."""
    return _SPOKE_ABOUT.search(re.sub(r",\s*whose\s+[^,;]*,", lambda x: " " * len(x.group(0)), gap))
_HIT_IN = re.compile(r"\b(?:killed|wounded|injured|died|dead|hurt|hit|lost)\s+(?:in|during|by)\s+(?:an?\s+|the\s+)?"
                     r"(?:[\w-]+\s+){0,3}$", re.I)
# the men a subject killed in its own strikes: "the army killed 20 X militants in air strikes"
_KILLED_IN = re.compile(r"\b(?:killed|killing|wounded|wounding|injured|injuring)\s+(?:\d[\d,]*\s+|dozens\s+of\s+|"
                        r"scores\s+of\s+|several\s+|many\s+)?[^,;.]{0,40}?\b(?:militants|fighters|members|rebels|"
                        r"insurgents|jihadists|terrorists|soldiers|troops|gunmen)\s+(?:in|during|with)\s+(?:an?\s+|the\s+)?"
                        r"(?:[\w-]+\s+){0,3}$", re.I)
_JUDGED = re.compile(r"\b(?:condemn\w*|denounc\w*|termed|terms|called|calls|describ\w*|blam\w*|critici[sz]\w*|"
                     r"deplor\w*|decried|decries|welcomed|praised|investigat\w*|denied|denies|deny|mourn\w*|"
                     r"protest\w*|recalled)\s+(?:that\s+)?(?:the|a|an|this|these|those|last\s+\w+['\u2019]s)\s+"
                     r"(?:[\w'-]+\s+){0,3}$", re.I)


def _alongside(view: View, pos: int) -> list[Slot]:
    """'Alongside al-Nusra Front and Ahrar al-Sham, these groups captured Raqqa': co-agents named
    in an opening phrase."""
    m = re.match(r"\s*(?:Alongside|Together with|Along with|Joined by)\s+", view.text)
    if not m or view.start + m.end() >= pos:
        return []
    return [s for s in view.after(view.start + m.end(), (), ARMED, max_words=1) if s.end < pos]


_BACKED_IN_ACTION = re.compile(rf"\)?(?:\s*\([^()]{{1,20}}\))?\s*,?\s*(?:{BACKED_BY}|(?:fighting\s+)?{PARTNER})\s+", re.I)


def backers_in_action(view: View, agents: list[Slot], pos: int) -> list[Slot]:
    """'Syrian troops backed by Hezbollah fighters killed ...', '... were killed by Syrian troops backed by Hezbollah
    fighters': the armed backers named with an attacker, before the verb or with the attacker after it, fight beside
    it."""
    out = []
    for a in agents:
        m = _BACKED_IN_ACTION.match(view.text, a.end - view.start)
        after = a.start > pos  # the doer of a passive
        if m and (view.start + m.end() < pos or after):
            out += [s for s in view.after(view.start + m.end(), (), ARMED, max_words=2) or
                    view.after(view.start + m.end(), (), ARMED, max_words=4)[:1] if s.end <= pos or after]
            # "together with Congo's armed forces (FARDC)": the force the words name
    return out


def _owner_only(view: View, s: Slot) -> bool:
    """Whether a name only qualifies another in a list of sides: 'a former al Qaeda affiliate, ISIL',
    'al Qaeda's Syrian branch, the Nusra Front', the 'its' of 'its allies'."""
    if s.anaphor and s.text.lower() in ("its", "their"):
        return True
    return names_owner(view, s)


def names_owner(view: View, s: Slot) -> bool:
    """Whether a name is the owner named in another's description: 'the Al-Qaeda affiliate Al-Nusra Front'."""
    return bool(re.match(r"(?:['\u2019]s?\s+(?:[\w-]+\s+){0,2}|\s+)(?:affiliate|branch|wing|arm|franchise|offshoot)s?\b",
                         view.text[s.end - view.start:]))


def possessed_other(view: View, s: Slot, pos: int) -> bool:
    """Whether a name before the verb at `pos` only owns what acts: "the Dawn Front's special commandos, the
    Bereziak, broke away", "X's rival took P" (not "X's fighters", who stand for X)."""
    m = _POSSESSED.match(view.text, s.end - view.start)
    return bool(m) and view.start + m.end() <= pos and not STAND_FOR.fullmatch(m.group(1).lower())


def _some_men_of(view: View, s: Slot) -> bool:
    """"Many members of X", "hundreds of fighters of X": some of X's men, named before X."""
    before = view.between(view.start, s.start)
    men = _MEMBERS_OF.search(before)
    return bool(men) and bool(_SOME_OF.search(before[:men.start()]))


def _owned_apposed(view: View, s: Slot, kinds: re.Pattern | None = None) -> Slot | None:
    """The name apposed to what `s` owns: the Hawks Brigade of "the Dawn Front's special commandos, the Hawks
    Brigade, broke away and joined Y" (what is owned, a word of `kinds` when given)."""
    m = _POSSESSED.match(view.text, s.end - view.start)
    comma = re.match(r"\s*,\s*(?:the\s+)?", view.text[m.end():]) if m and not STAND_FOR.fullmatch(m.group(1).lower()) \
        and (kinds is None or kinds.fullmatch(m.group(1))) else None
    return next((x for x in view.slots if comma and x.start == view.start + m.end() + comma.end() and x.type in ARMED
                 and not x.anaphor), None)


_POSSESSED = re.compile(r"['\u2019]s?\s+(?:(?:new|newly|special|elite|main|former|own|armed|military|political|"
                        r"northern|southern|eastern|western|local|top|chief|largest|biggest|best-armed|"
                        r"formed|\w+ly)\s+)*([a-z][a-z-]+)\b")
STAND_FOR = re.compile(r"fighters|forces|troops|militants|men|members|units|soldiers|army|militias?|militiamen|gunmen|"
                       r"rebels|guerrillas|jihadists|insurgents|cadres|combatants|personnel|ranks|leadership|"
                       r"command|leaders|commanders")


def _owned_instead(view: View, sides: list[Slot]) -> list[Slot]:
    """Sides with an owner named in another's description replaced by the one described ("against rebels
    including the Al-Qaeda affiliate Al-Nusra Front": the affiliate, not its owner)."""
    more = [o for t in sides if names_owner(view, t) for o in view.after(t.end, (), FIGHTING, max_words=3)[:1]]
    return [t for t in sides if not names_owner(view, t)] + [o for o in more if o not in sides]


def _reduced_passive(view: View, pos: int, word: str, text_after: str) -> bool:
    """Whether a participle after a place, with its agent after "by", takes the place ("a central town retaken
    by government forces from the Islamic State group", "Palmyra, recaptured by the army")."""
    after_place = _REDUCED_PASSIVE.search(view.between(max(view.start, pos - 60), pos)) or any(
        p.end <= pos and re.fullmatch(r"\s*,?\s*", view.between(p.end, pos)) for p in view.places())
    return bool(after_place) and bool(re.match(r"\s+(?:\w+\s+){0,2}?by\b", text_after)) and \
        word.endswith(("ed", "en", "overrun"))


def verbs_object(view: View, near: list[Slot], pos: int) -> bool:
    """Whether the names just before a comma and the verb at `pos` are the object of an earlier verb of the
    same subject ("X left AQIM, pledged allegiance to Y")."""
    return bool(near) and bool(re.fullmatch(r"\s*,\s*", view.between(near[-1].end, pos))) and \
        bool(_VERB_BEFORE.search(view.between(max(view.start, near[0].start - 25), near[0].start)))


_ROLE_CLOSED = re.compile(r"(?:['\u2019]s)?\s+(?:[\w-]+\s+)?(?:commander|leader|chief|spokesman|official|member|fighter|"
                          r"founder|emir|officer|militant|gunman)\s*,\s*(?:\w+ly\s+)?")


# a verb of those who suffer an attack, before its noun: "fled the shelling", "survived the attack"
_SUFFERED = re.compile(r"\b(?:fled|flee|flees|fleeing|escaped|escaping|survived|surviving|witnessed|feared|fearing)\s+"
                       r"(?:the\s+|an?\s+)?(?:[\w-]+\s+){0,2}$", re.I)
# a participle that opens a clause of result after the main clause ("..., killing three soldiers")
_ADVERBIAL_ING = re.compile(r"(?:killing|wounding|injuring|leaving|destroying|forcing|seizing|capturing)\b", re.I)
_FINITE_VERB = re.compile(r"\b(?:attacked|stormed|raided|struck|hit|overran|ambushed|shelled|bombed|targeted|launched|"
                          r"seized|took|captured|fought|clashed|fired|shot|blew|detonated|set off)\b", re.I)
_SPEECH = re.compile(r"\b(?:said|says|told|reported|claimed|announced|accused|according|alleged|blamed)\b", re.I)


_ACCUSED_OF = re.compile(r"\b(?:accused|accuses|accuse|accusing|suspected|suspects|suspect|suspecting)\s+"
                         r"(?P<who>[^,;.]{1,60}?)\s+of\s+(?:\w+ly\s+)?(?:having\s+(?:\w+ly\s+)?)?$", re.I)
# an alliance undone: "ended its alliance with Y", "broke off their alliance with Y"
_ALLIANCE_ENDED = re.compile(r"\b(?:ended|ends|ending|broke(?:\s+off)?|breaks(?:\s+off)?|dissolved|terminated|severed|"
                             r"abandoned|quit|renounced|scrapped|cancell?ed)\s+(?:its|their|the)\s+(?:[\w-]+\s+)?$", re.I)
# people named by the group they belong to: "former commanders of X", "members of the X"
_PEOPLE_OF = re.compile(r"\b(?:commanders|leaders|members|officers|officials|veterans|founders|militants|fighters|"
                        r"defectors|followers)\s+of\s+(?:the\s+)?$", re.I)
# "X and its ally, the Y", "X and its old rival the Y": two sides named as one subject
AND_ITS_PARTNER = re.compile(r"\s*,?\s+and\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:all(?:y|ies)|rivals?|enem(?:y|ies)|foes?|"
                             r"partners?)\s*,?\s*(?:the\s+)?$", re.I)


def subject(view: View, pos: int, types=FIGHTING | {"person"}) -> list[Slot]:
    """The subject of the verb at `pos`: the nearest list before it in its clause, or, for a verb
    coordinated with an earlier one ("..., and was expelled"), the sentence's main subject; a name that only
    owns the subject's noun stands for the name apposed to it ("ZAPU's own force, ZIPRA, was armed by ..."); a
    name set aside by ", not Y," is the subject, not Y."""
    found = _subject(view, pos, types)
    contrast = [x for x in view.slots if found and x.type in types and x.end <= found[0].start and re.fullmatch(
        r"\s*,\s*not\s+(?:the\s+)?", view.between(x.end, found[0].start)) and re.fullmatch(r"\s*,\s*(?:\w+ly\s+)?",
                                                                                         view.between(found[-1].end, pos))]
    if contrast:  # "X, not the Hawks Brigade, captured P": X, the side the aside sets against another
        return contrast[-1:]
    named = [x for x in view.slots if not found and x.type in types and _KNOWN_AS_SUBJECT.search(
        view.between(view.start, x.start)) and re.fullmatch(r"\s*,\s*", view.between(x.end, pos))]
    if named:  # "The militia, known as the Dawn Front, seized P": the name the unnamed subject is known by
        return named[:1]
    owned = [_owned_apposed(view, s) for s in found] if len(found) == 1 else []
    return [o for o in owned if o and o.end <= pos and o.type in types] or found


# an unnamed subject and the name it is known by: "The militia, known as ..."
_KNOWN_AS_SUBJECT = re.compile(r"^\W*(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?(?:militia|group|movement|faction|alliance|"
                               r"coalition|gang|force|brigade|organi[sz]ation|unit)\s*,\s*(?:also\s+|better\s+|locally\s+)?"
                               r"(?:known|called|named)\s+as\s+(?:the\s+)?$", re.I)


def _subject(view: View, pos: int, types) -> list[Slot]:
    at = max(view.start, pos - 90)
    accused = _ACCUSED_OF.search(view.between(at, pos)) if re.match(r"\w+ing\b", view.text[pos - view.start:]) else None
    if accused:  # "the army accused the rebels of working with Y": the accused, named or not, is the doer
        return [x for x in view.slots if x.type in types and at + accused.start("who") <= x.start
                and x.end <= at + accused.end("who")][-1:]
    own = [x for x in view.slots if x.type in types and x.end <= pos and
           re.fullmatch(r"\s*\)?\s*,\s*(?:(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:that|which|who)|which|who)\s+(?:\w+ly\s+)?"
                        r"(?:(?:had|has|have|was|were|is|are|been)\s+)*", view.between(x.end, pos))]
    if own and (_PEOPLE_OF.search(view.between(max(view.start, own[-1].start - 40), own[-1].start))
                and re.match(r"\s*\)?\s*,\s*(?:which|who)\b", view.text[own[-1].end - view.start:])
                or leaders_clause(view, own[-1])):
        return []  # "two groups, both former commanders of LeJ, who declared allegiance to the TTP": the men, not LeJ
    who = _WHO_CLAUSE.search(view.between(max(view.start, pos - 40), pos)) if "person" in types else None
    men = [x for x in view.slots if who and x.type == "person" and x.end <= pos - len(who.group(0))
           and len(view.between(x.end, pos)) <= 150]
    if men and _MANS_APPOSITION.fullmatch(view.between(men[-1].end, pos - len(who.group(0)))):
        return men[-1:]  # "Z, a former commander of the TTP for Orakzai Agency, who had defected ...": "who" is Z
    if own:
        return own[-1:]  # "to fight Islamic State, which controls a third of Syria": the relative clause's own noun
    for x in (x for x in view.slots if x.type == "person" and "person" in types and x.end <= pos):
        apposed = re.match(r"\s*,\s*(?:a|an|the)\s+(?:(?:former|senior|top|local|veteran|leading)\s+)?", view.text[x.end - view.start:])
        whose = [g for g in view.slots if apposed and g.start == x.end + apposed.end() and g.type in ACTOR_TYPES]
        if whose and _ROLE_CLOSED.fullmatch(view.between(whose[0].end, pos)):
            return [x]  # "Z, a Hawks Brigade commander, defected": the man, not the group his role names
    closed = re.search(r"\s*,\s*whose\s+[^,;()]+,\s*(?:\w+ly\s+)?$", view.between(view.start, pos))
    head = [x for x in view.slots if closed and x.type in types and x.end == pos - len(closed.group(0))]
    if head:
        return head  # "The SDF, whose backbone is the YPG, controls ...": the name the closed clause describes
    closed = re.search(r"\s*,\s*(?:who|which|that|whom)\s+[^,;()]+,\s*(?:(?:\w+ly|now|later|then|also|still)\s+)?$",
                       view.between(view.start, pos))
    head = [x for x in view.slots if closed and x.type in types and x.end == pos - len(closed.group(0))]
    if head and not _ADVERBIAL_ING.match(view.text, pos - view.start):
        return head  # "Z, who once led the Sun Brigade, now commands X": Z, past the clause on him
    whose = re.search(r"\bwhose\s+[^,;]*$", view.between(view.start, pos))
    owner = [x for x in view.slots if whose and x.end <= pos - len(whose.group(0)) and x.type in ACTOR_TYPES | {"person"}
             and len(view.between(x.end, pos - len(whose.group(0)))) <= 60][-1:]
    if owner and owner[0].type not in types and not any(pos - len(whose.group(0)) < x.start < pos for x in view.slots):
        return []  # "the AGovC, a separatist movement whose armed wing has fought ...": its wing, no one named here
    near = view.before(pos, types)
    if near and leaders_clause(view, near[-1]):
        return []
    ally = AND_ITS_PARTNER.search(view.between(view.start, near[0].start)) if near and not re.search(
        r"\b(?:which|who|that)\b", view.between(near[-1].end, pos)) else None  # (a relative clause is the last name's)
    if ally:  # "the Dawn Front and its ally, the Hawks Brigade, attacked": both
        near = [s for s in view.slots if s.type in types and s.end == view.start + ally.start()][-1:] + near
    if near and near[0].type == "person" and _KIN_OF.search(view.between(max(view.start, near[0].start - 40), near[0].start)):
        return []  # "Ahmad Massoud, the son of the late Z, leads the NRF": the son, whom the recogniser missed
    if near and _ADVERBIAL_ING.match(view.text, pos - view.start) and \
            re.search(r",\s*(?:\w+ly\s+)?$", view.between(near[-1].end, pos)):
        main = main_subject(view, near[0].start, types)
        verb = view.between(main[-1].end, near[0].start) if main else ""
        if _FINITE_VERB.search(verb) and not _SPEECH.search(verb):
            return main  # "X attacked a Y base, killing Z": the participle's doer is the clause's subject, not Y
    opened = re.search(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:which|who)\s+(?:[\w-]+\s+){0,3}$", view.between(view.start, pos))
    if not near and opened:  # "X joined Y, which fights alongside Z": Y, the noun the relative clause opens on; "X
        # is part of Y, Syria's largest rebel coalition, which has fought Z": Y, the name its apposition describes
        head = [s for s in view.slots if s.type in types and s.end == view.start + opened.start()] or [
            s for s in view.slots if s.type in types and s.end < view.start + opened.start() and _APPOSED_NOUN.fullmatch(
                view.between(s.end, view.start + opened.start()))][-1:]
        if head:
            return head
    described = [g for g in view.groups if g[-1].end <= pos and g[0].type in types and SUBORDINATOR.search(
        view.between(max(view.start, g[0].start - 12), g[0].start)) and _APPOSITION.fullmatch(view.between(g[-1].end, pos))]
    if described and (not near or near[0].start >= described[-1][-1].end):
        return [s for s in described[-1] if s.type in types]  # "when Z, the head of X, was killed", "when
        # Hezbollah, backed by Iran, attacked": the subordinate clause's subject, past its apposition
    if _unnamed_antecedent(view, near[-1].end if near else view.start, pos):
        return []
    if verbs_object(view, near, pos):
        return main_subject(view, pos, types)  # "another faction, X, left AQIM, pledged allegiance to Y": X
    named = next((s for s in view.slots if near and s.eid == near[0].eid), None)  # "X (ACR)": where X is named
    lead = named if named and re.fullmatch(r"\s*\(", view.between(named.end, near[0].start)) else \
        near[0] if near else None  # "the KDP" of "the Kurdistan Democratic Party (KDP)"
    aside = _COMRADE_ASIDE.search(view.between(max(view.start, lead.start - 50), lead.start)) if lead else None
    if aside and re.match(r"[^,;]*,", view.text[lead.end - view.start:]):
        # "Iraqi troops, fighting alongside the KDP, drove ...", "X, together with Congo's army (FARDC), launched":
        # the names before the aside
        near = view.before(lead.start - len(view.between(max(view.start, lead.start - 50), lead.start)) +
                           aside.start(), types)
        named = next((s for s in view.slots if near and s.eid == near[0].eid), None)
    elif lead and _OBJECT_OF_MODIFIER.search(view.between(max(view.start, lead.start - 30), lead.start)):
        # "an air strike by a coalition fighting Daesh killed ...": Daesh is the object of a participle
        head = main_subject(view, lead.start, types)
        near = head if head and head[0].eid != near[0].eid else []
        if not near:
            return []
        named = next(s for s in view.slots if s.eid == near[0].eid)
    if named and _NOT_THEM.search(view.between(max(view.start, named.start - 40), named.start)):
        return _and_men_of(view, [named], types, _NOT_THEM)  # "Dissidents of the FARC clashed with the ELN": the
        # FARC did not; "the ELN and dissidents of the FARC clashed": the ELN did
    gap = view.between(near[-1].end, pos) if near else view.between(view.start, pos)
    if near and named and re.fullmatch(r"\s*\)?\s*(?:\([^()]{1,20}\))?(?:\s+in\s+(?:[A-Z][\w'\u2019-]*\s*){1,3})?\s*,\s*", gap) and \
            re.search(r",\s*(?:an?\s+[\w-]+(?:\s+[\w-]+)?\s+)?(?:who|which)\s+[^,;]*$",
                      view.between(view.start, named.start)):
        # "Z, a lieutenant who deserted GAFE, founded Los Zetas", "Z, a preacher who had served al-Shabaab in
        # Puntland, pledged allegiance to IS": the group (and its place) closes a relative clause; the verb's
        # subject is the name before it
        head = main_subject(view, pos, types | {"person"})
        return [h for h in head if h.type in types]
    if near and _OWN_PRONOUN.search(gap) and not _SAID_THEY.match(gap):
        return []  # "... blamed Russian warplanes and said they would fight back": "they", left unresolved, is it
    head = apposed_head(view, near, gap, types) if near else []
    if head:
        return head
    if near and (_NEW_SUBJECT.search(gap) or _CROWD_SUBJECT.search(gap)):
        return []  # "X staged counterattacks but the Syrian rebels have kept momentum with the help of Y", "troops moved
        # in, and tens of thousands of Sahrawis fled to P": unnamed
    if near and re.search(r"\b(?:that|which|who)\b", gap):
        if _UNNAMED_DOER.search(gap):
            return []  # "Saudi Arabia, which supports rebels fighting against X": the rebels fight, unnamed
        listed = re.search(r"\b(?:including|among them|such as)\s+(?:the\s+)?$", view.between(view.start, near[0].start))
        head = view.before(view.start + listed.start(), types) if listed and re.match(r"\s*\)?\s*,", gap) else []
        return head or near  # a relative clause: its subject is the noun before it (the whole before a list of
        # its parts, the clause set off by a comma: "X, an alliance of groups including A, that holds P")
    if near and re.fullmatch(r"\s*(?:[a-z]+\s+){0,3}", gap) and \
            re.search(r"\b(?:after|before|since|until|when|while|once|(?<!known )(?<!such )(?<!well )(?<!named )"
                      r"(?<!described )(?<!identified )as)\s+(?:the\s+)?$",
                                              view.between(max(view.start, near[0].start - 12), near[0].start), re.I):
        return near  # "After ISIL expelled ...": a subordinate clause's subject, not a prepositional phrase
    if near and not re.search(r"\band\b|,\s*(?:after|before|then)\b", gap) and not _after_preposition(view, near[0]):
        return _and_men_of(view, near, types) + _men_and(view, near, types) + near
    if near and _DESCRIBED_DOER.fullmatch(gap):
        return near  # "the leadership of X, one of the groups fighting Y": X, so described, does the fighting
    if near and _INCLUDING.search(view.between(view.start, near[0].start)) and \
            not re.search(r"\band\b|[;:]", gap):
        return near  # "Syrian rebels, including Ahrar al-Sham, attacked ...": the named ones did
    if near and re.search(r"(?:,|\s)\s*(?:but|whereas|yet)\s+(?:the\s+)?$", view.between(view.start, near[0].start)) and \
            not any(near[-1].end <= x.start < pos for x in view.slots) and not re.search(r"[,;]", gap):
        return near  # "X chased the army out but the Syrian army regrouped and returned ... with support from Y":
        # the subject of the clause "but" opens, for all its verbs
    if other_kind_subject(view, near[-1].end if near else view.start, pos, types):
        return []  # "X was renamed Y, and the UDT, its old opponent, joined it": the UDT, not a kind asked for
    main = main_subject(view, pos, types)
    if near and not main and _REPORTED_DOER.search(gap):
        return []  # "X said the coalition conducted strikes and destroyed ...": the coalition did, not X
    if near and _after_preposition(view, near[0]):
        return _head_of_phrase(view, near[0], types) or main
    return main or near


# a relative clause on a man ("..., who had defected"), and his apposition before it (no clause of its own)
_WHO_CLAUSE = re.compile(r",\s*who\s+(?:(?:had|has|have|was|were|is|are|been|later|then|also)\s+)*(?:\w+ly\s+)?$")
_MANS_APPOSITION = re.compile(r"\s*,\s*(?:a|an|the|his|their|its)\s+(?![^;:]*\b(?:and|but|which|who|that|said|says|is|was|"
                              r"were|are|had|has)\b)[^;:]*")
# a clause of its own opening on a name after "and" or "but", then its verb (past an apposition on the name)
_AND_ANOTHER = re.compile(r"[,;]\s*(?:and|but)\s+(?:the\s+)?$")
_APPOSED_TO_VERB = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:" + APPOSITION + r")?\s*(?:(?:\w+ly|now|later|then|also|still|"
                              r"soon)\s+)?")


def other_kind_subject(view: View, start: int, pos: int, types) -> bool:
    """Whether the verb at `pos` has a clause of its own after "and" or "but" (from `start` on), opening on a
    name of a kind not in `types` ("..., and the UDT, its old opponent, later joined it")."""
    return any(x.type not in types and x.type in ACTOR_TYPES and start <= x.start and x.end <= pos
               and _AND_ANOTHER.search(view.between(view.start, x.start))
               and _APPOSED_TO_VERB.fullmatch(view.between(x.end, pos)) for x in view.slots)


# unnamed fighters, then the named ones among them: "Rebels in Syria including Al-Nusra Front militants"
_INCLUDING = re.compile(r"(?:^|[^\w\s,]\s*|\bsaid\s+)(?:the\s+)?(?:[\w-]+\s+){0,2}(?:rebels|groups|factions|militias|fighters|"
                        r"militants|insurgents|jihadists|forces|troops)(?:\s+in\s+[\w-]+)?\s*,?\s+(?:including|such\s+as|among\s+them|"
                        r"notably)\s+(?:the\s+)?$", re.I)
# An apposition that describes a name as a kind of group, the verb after it modifying that kind
_DESCRIBED_DOER = re.compile(r"\s*(?:\([^()]*\)\s*)?(?:,\s*|(?=one\s+of\b))(?:one\s+of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,4}"
                             r"(?:groups?|factions?|rebels|militias?|movements?|organi[sz]ations?|coalitions?|"
                             r"alliances?|brigades?|outfits?|insurgents|militants)\s+(?:(?:that|which|who)\s+"
                             r"(?:is|are|was|were|has\s+been|have\s+been)\s+|now\s+|still\s+)?", re.I)
# a conjunction that opens another clause between a strike and a name: "air raids in the north as the army pushed"
_NEW_CLAUSE = re.compile(r"(?<!such )\b(?:as|while|whereas|because|although|though|until|despite|in spite of)\s+(?!well\b)",
                         re.I)
# A relative clause whose verb takes unnamed fighters as its object, the verb at hand being theirs
_UNNAMED_DOER = re.compile(r"\b(?:that|which|who)\s+(?:\w+\s+){1,2}(?:the\s+|some\s+|other\s+|local\s+)?"
                           r"(?:[\w-]+\s+){0,2}(?:rebels|fighters|militants|insurgents|jihadists|gunmen|groups|"
                           r"militias|factions)\s+(?:who\s+(?:are|were)\s+)?$", re.I)
# a clause of its own after "but" or "while", with a subject the article does not name
_NEW_SUBJECT = re.compile(r"\b(?:but|while|whereas|although|though)\s+(?:(?:the|a|an|its|their|some|many|other|most|local)\s+"
                          r"(?:[\w-]+\s+){0,3}?|they\s+)(?:have|has|had|were|was|are|is|will|would|could|did)\b", re.I)
# a name written as the second half of "anti-" or "pro-"
_ANTI_PRO = re.compile(r"\b(?:anti|pro)-$", re.I)
SUBORDINATOR = re.compile(r"\b(?:after|before|since|until|when|while|once)\s+(?:the\s+)?$")
_KIN_OF = re.compile(r"\b(?:son|daughter|brother|sister|father|mother|wife|widow|husband|nephew|niece|cousin|uncle|"
                     r"grandson|son-in-law|brother-in-law)\s+of\s+(?:the\s+)?(?:late\s+)?$", re.I)
_CROWD_SUBJECT = re.compile(r",\s*and\s+(?:tens\s+of\s+|hundreds\s+of\s+)?(?:thousands|hundreds|dozens|scores|millions)\s+of\s+"
                            r"(?:[\w-]+\s+){1,2}(?:\w+ly\s+)?$")
_GROUP_NOUNS = r"(?:groups|factions|militias|movements|organi[sz]ations|parties)"
# "formed in mid-December by six of the country's armed groups, among them A, B and C"
_BY_GROUPS_AMONG = re.compile(r"\s+(?:in\s+[\w -]{1,20}?\s+)?by\s+[^.;]{0,80}?\b" + _GROUP_NOUNS +
                              r"\s*,?\s+(?:among them|including|notably|such as)\s+", re.I)
# "the OLA, the TPLF and seven smaller groups formed X": founders named and unnamed
_AND_OTHERS = re.compile(r"^\s*,?\s*(?:and|as well as)\s+(?:\w+\s+){0,3}?(?:" + _GROUP_NOUNS + r"|others)\s+$", re.I)
# "... because they belonged to rebel groups that had fought X": the relative clause is the unnamed noun's
_UNNAMED_ANTECEDENT = re.compile(r"\b(?:rebels|groups|fighters|militants|insurgents|factions|militias|men|civilians|"
                                 r"people|residents|soldiers|troops)\s+(?:that|which|who)\s+(?:\w+ly\s+)?"
                                 r"(?:(?:had|has|have|was|were|is|are|been)\s+)*$", re.I)
_NOT_THEM = re.compile(r"\b(?:dissidents|splinter groups?|breakaway factions?|former members|ex-members|"
                       r"remnants|defectors)\s+(?:of|from)\s+(?:the\s+)?(?:former\s+)?$", re.I)
_UNNAMED_PART = re.compile(r"\b(?:a|one|another|two|three|several)\s+(?:[\w-]+\s+)?(?:units?|factions?|wings?|"
                           r"brigades?|battalions?|groups?|splinter groups?)\s+(?:in|of|from|within)\s+(?:the\s+)?$", re.I)


_BLAMED_FOR = re.compile(r"\bblam(?:ed|es|e|ing)\s+(?:[\w'\u2019-]+\s+){1,8}?for\s+(?:the\s+|a\s+|an\s+|this\s+|that\s+)?"
                         r"(?:[\w-]+\s+){0,2}$", re.I)
_BLAMED_ON = re.compile(r"(?:\s+(?:was|were|has been|had been|is|are))?\s+(?:widely\s+)?blamed\s+on\s+|"
                        r"\s+(?:on|in|at|near|against)\s+[^.;]{1,80}?(?:,\s+which\s+[^.;]{1,60}?,)?\s+(?:was|were|has been|"
                        r"had been)\s+(?:widely\s+)?blamed\s+on\s+", re.I)  # "the attack on a camp at P ... was blamed on"


# a pronoun after a speech verb that is the verb's own subject ("and said they would fight"), between a name and
# the verb
_OWN_PRONOUN = re.compile(r"\b(?:said|says|say|added|warned|vowed|announced)\s+(?:that\s+)?(?:they|he|she|we)\s+"
                          r"(?:(?:would|will|had|have|has|could|can|must|should|also|then|later|to)\s+){0,3}(?:\w+\s+)?$",
                          re.I)


# "X said they took control": the pronoun is the speaker named just before
_SAID_THEY = re.compile(r"\s*(?:\([^()]{1,40}\)\s*)?,?\s*(?:said|says|say|claimed|claims|announced|stated|added|"
                        r"confirmed)\s+(?:on\s+\w+\s+)?(?:that\s+)?(?:they|he|we)\b", re.I)


def _and_men_of(view: View, near: list[Slot], types, men_of: re.Pattern | None = None) -> list[Slot]:
    """The names coordinated before the men of a group ("the ELN and fighters of the FARC attacked"): they act
    too."""
    before = view.between(view.start, near[0].start)
    men = re.search(r"\s+and\s+(?:[\w-]+\s+){0,2}?$", before[:len(before) - len(m.group(0))]) \
        if (m := (men_of or _MEMBERS_OF).search(before)) else None
    return view.before(view.start + men.start(), types, max_gap=2) if men else []


_MEN_AND = re.compile(r"\s+(?:fighters|men|militants|gunmen|troops|forces|soldiers|units|members)\s+and\s+(?:the\s+)?")


def _men_and(view: View, near: list[Slot], types) -> list[Slot]:
    """The group whose men are coordinated before the men of another ("Dawn Front fighters and Hawks Brigade
    gunmen exchanged fire", "Yugoslav Army units and Serbian police special forces pressed ahead"): they act too."""
    return [s for s in view.slots if s.type in types and s.end < near[0].start and not s.anaphor
            and _MEN_AND.fullmatch(view.between(s.end, near[0].start))][-1:]


def _unnamed_antecedent(view: View, start: int, pos: int) -> bool:
    """Whether the verb at `pos` belongs to a relative clause on unnamed fighters ("they belonged to rebel groups
    that had fought X"); not on named ones ("ISIS militants who fought", "A and B are among the groups that
    joined Y") nor on a named whole ("the coalition of rebel groups that took Idlib")."""
    gap = view.between(start, pos)
    unnamed = _UNNAMED_ANTECEDENT.search(gap)
    before = gap[:unnamed.start()] if unnamed else ""
    return bool(unnamed and before.strip(" )") and not re.search(
        r"\b(?:of|among|as|is|are|was|were|be|been)\s+(?:[\w-]+\s+){0,5}$", before))


def named_list(view: View, pos: int, types) -> list[Slot]:
    """The names listed from `pos` on, each written out once, its bracketed acronym after it ('A (X) and B (Y)')."""
    out: list[Slot] = []
    end = pos
    for s in (x for x in view.slots if x.start >= pos):
        gap = view.between(end, s.start)
        if out and s.eid == out[-1].eid and re.fullmatch(r"\s*\(\s*", gap):
            end = s.end + 1
            continue
        if s.type not in types or not re.fullmatch(r"\s*(?:the\s+)?" if not out else r"\s*,?\s*(?:and\s+)?(?:the\s+)?", gap):
            break
        out.append(s)
        end = s.end
    return out


def comrade(view: View, pos: int, t: Slot) -> bool:
    """'Hezbollah fought with the Syrian army against the Nusra Front': who is named right after 'with' and
    before 'against' fights beside the subject, no target of it; so does the side fought on ('fighting on
    Ukraine's side', 'on the side of the Dawn Front')."""
    return bool(re.fullmatch(r"\s*with\s+(?:the\s+)?", view.between(pos, t.start))
                and re.match(r"[^.;]{0,40}?\bagainst\b", view.text[t.end - view.start:])
                or re.search(r"\bon\s+(?:the\s+)?$", view.between(view.start, t.start))
                and re.match(r"['\u2019]s?\s+side\b", view.text[t.end - view.start:])
                or re.search(r"\bon\s+the\s+side\s+of\s+(?:the\s+)?$", view.between(view.start, t.start)))


def fighting_subject(view: View, pos: int) -> list[Slot]:
    """The subject of the verb at `pos` among armed actors and organizations that fight ("the OLA, the TPLF and
    seven smaller groups formed ...", "the CNDD-FDD broke away")."""
    return [s for s in subject(view, pos, ARMED | {"organization"}) if fights(s)]


def _one_noun(view: View, a: Slot, b: Slot) -> bool:
    """Whether `a` is a demonym sharing the noun of `b` after "and": "the Syrian and Lebanese forces" are one side."""
    surface = view.between(a.start, a.end)
    known = demonym(surface)  # (a state's own name is no demonym: "Ethiopia and Eritrea battled" are two sides)
    return known is not None and known.name != surface and bool(re.fullmatch(r"\s+and\s+", view.between(a.end, b.start)))


def _foe_named(targets: list[Slot], agents: list[Slot]) -> bool:
    """Whether a target other than the agents themselves is named."""
    return any(t.eid not in {a.eid for a in agents} for t in targets)


def leaders_clause(view: View, s: Slot) -> bool:
    """Whether a relative clause after `s` describes the group `s` leads, not `s`: "a group headed by Z, which
    joined Y"; "a militia led by the brothers Omar and Abdullah Maute that has pledged loyalty to IS", whoever the
    recogniser took the leaders for (not "the Army of Conquest, led by the Fateh al-Sham Front which changed its name":
    no kind noun is led there, and the clause is the leading group's own)."""
    return bool(re.match(r"[\s),]*(?:that|which)\b", view.text[s.end - view.start:])) and (
        s.type == "person" or bool(_KIND_LED_BY.search(view.between(max(view.start, s.start - 90), s.start))))


# a kind of group named by its leaders: "a militia led by ...", "the faction headed by ..."
_KIND_LED_BY = re.compile(r"\b(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:militia|group|faction|movement|coalition|alliance|"
                          r"brigade|force|gang|network|cell|wing)\s+(?:led|headed|commanded|founded|run)\s+by\s+[^,;]*$",
                          re.I)


def network(s: Slot) -> bool:
    """Whether an armed group is a network of no one country (the lexicon's Islamic State, AQIM), whose
    pledged followers are its affiliates rather than its units."""
    hit = lookup(s.text)
    return hit is not None and hit.type == "armed_group" and not hit.country


def fights(s: Slot) -> bool:
    """Whether an entity can be a side of a fight: an armed actor, a state, or an organisation whose name
    marks no bystander (al-Qaeda, NATO, the Oromo Liberation Front; not a monitor, an outlet or a ministry)."""
    if s.type in ARMED | {"state"}:
        return True
    from orbat.kinds import actor_kind, is_side  # here: orbat.kinds reads orbat.resolve, which imports this package
    return s.type == "organization" and not s.anaphor and is_side(actor_kind(s.text, s.type))


def _unnamed_part(view: View, slot: Slot) -> bool:
    """'a faction of X', 'a unit in X', 'several other X units': the sentence speaks of an unnamed part of `slot`."""
    return bool(_UNNAMED_PART.search(view.between(max(view.start, slot.start - 60), slot.start))) or bool(
        _SOME_BEFORE.search(view.between(max(view.start, slot.start - 30), slot.start))
        and _PARTS_AFTER.match(view.text, slot.end - view.start))


_SOME_BEFORE = re.compile(r"\b(?:a|one|another|two|three|four|several|some|many|other|most)\s+(?:other\s+)?$", re.I)
# the parts of a group named by their kind: "its armed wing", "the Dawn Front's special commandos"
_PART_NOUNS = r"(?:units?|factions?|cells?|brigades?|battalions?|divisions?|regiments?|wings?|branch|commandos)"
_PART_NOUN = re.compile(_PART_NOUNS)
_PARTS_AFTER = re.compile(r"\s+(?:" + _PART_NOUNS + r"|elements|commanders)\b")
_ITS_PART = re.compile(r"\s+(?:(?:armed|military|political|youth|special|elite|main|largest|northern|southern|eastern|"
                       r"western|[\w-]+ern)\s+)?" + _PART_NOUNS + r"\b")


def apposed_head(view: View, near: list[Slot], gap: str, types) -> list[Slot]:
    """"X, al-Qaeda's affiliate in the Sahel, claimed ...", "X, made up of A, B and C, launched an
    offensive": the subject is the name the apposition describes, not the names inside it."""
    if "," not in gap or not _CLOSES_APPOSITION.search(gap):
        return []
    pos = near[-1].end + len(gap)
    for h in reversed([g for g in view.groups if g[-1].end <= near[0].start and not _after_preposition(view, g[0])
                       and (g[0].type in ARMED or g[0].type == "person" and "person" in types and len(g) > 1)]):
        # (persons only as a list: "A and B, both former commanders of X, joined Y")
        if _APPOSITION.fullmatch(view.between(h[-1].end, pos)):
            return [s for s in h if s.type in types]
    return []


# a noun phrase apposed to a name, up to the comma that closes it: ", Syria's largest rebel coalition"
_APPOSED_NOUN = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:a|an|the|one|[\w-]+['\u2019]s)\s+[^,;()]{1,60}?")
_CLOSES_APPOSITION = re.compile(r",\s*(?:[\w'\u2019-]+\s+){0,6}$")
_APPOSITION = re.compile(r"\)?\s*(?:(?:(?:gang|rebel|militant|armed|jihadist|militia|insurgent)\s+)?(?:rebels|fighters|militants|"
                         r"militias?|forces|troops|group|movement|coalition|alliance|gangs?)\s*)?"
                         r"(?:\([^()]*\)\s*)?,\s*(?:(?:both|all|the\s+two)\s+(?:former\s+)?(?:members|parts|units|factions|allies|"
                         r"founders|veterans)\s+of|(?:(?:both|all|the\s+two)\s+)?(?:a|an|the|one|former|made up of|comprising|"
                         r"consisting of|composed of|including|who|which|known as|[\w-]+ed|[\w-]+['\u2019]s))\s[^;:]*?,\s*"
                         r"(?:[\w'\u2019-]+\s+){0,6}",
                         re.I)


def _head_of_phrase(view: View, slot: Slot, types) -> list[Slot]:
    """"X's northern branch working with Y defected": the list a prepositional phrase hangs on."""
    heads = [g for g in view.groups if g[-1].end <= slot.start and g[0].type in types
             and not _after_preposition(view, g[0])]
    if not heads:
        return []
    gap = view.between(heads[-1][-1].end, slot.start)
    if re.search(r"[,;:()\"]|\b(?:and|or|which|that|who|was|were|is|are|had|has|have)\b", gap) or len(gap.split()) > 4:
        return []
    return [s for s in heads[-1] if s.type in types]


def named_just_before(view: View, pos: int, types) -> list[Slot]:
    """The name written just before the participle at `pos`, nothing between: "the US-led coalition fighting
    Daesh", "Russian forces allied with the regime" are that name's fight and alliance."""
    return [s for s in view.slots if s.type in types and s.end <= pos and not view.between(s.end, pos).strip()][-1:]


def fronted_subject(view: View, pos: int, types) -> list[Slot]:
    """The subject after a participle that opens the sentence ("Founded in 1998 by Z, a former officer, the Dawn
    Front fought ..."): the first name the clause's commas close on (not one owning something after it)."""
    if view.between(view.start, pos).strip(" \"'\u201c"):
        return []
    return [s for s in view.slots if s.type in types and s.start > pos
            and (not s.anaphor or s.text.lower() in ("it", "they") or s.text[:4].lower() == "the " and not any(
                x.eid == s.eid and pos < x.start < s.start for x in view.slots))  # a name, a pronoun, or "the group"
            # standing for one not named in the clause
            and re.search(r",\s*(?:the\s+)?$", view.between(pos, s.start))
            and not re.match(r"['\u2019]", view.text[s.end - view.start:])][:1]


def main_subject(view: View, pos: int, types=FIGHTING | {"person"}) -> list[Slot]:
    """The first list of the main clause that does not stand after a preposition (a leading
    subordinate clause, "After X did this, Y ...", is skipped)."""
    skip_to = view.start
    sub = re.match(r"\s*(?:After|When|While|Although|Though|Since|As|Following|Despite|Before|Once|If|Because)\b[^,]*,",
                   view.text)
    if sub and view.start + sub.end() < pos:
        skip_to = view.start + sub.end()
    for g in view.groups:
        if g[0].start >= pos:
            break
        if g[0].start < skip_to:
            continue
        if g[0].type in types and not _after_preposition(view, g[0]):
            if _REPORTED_DOER.search(view.between(g[-1].end, pos)):
                return []  # "CENTCOM said the coalition conducted strikes and destroyed ...": the speaker did not
            if _NEW_SUBJECT.search(view.between(g[-1].end, pos)):
                return []  # "X staged counterattacks but the rebels have kept momentum with the help of Y"
            return [s for s in g if s.type in types]
    return []


# a speech verb and the subject of the clause it reports, a noun rather than a pronoun that may be the speaker
_REPORTED_DOER = re.compile(r"^\s*(?:\([^()]*\)\s*)?,?\s*(?:said|says|told\s+\w+|announced|stated|claimed|reported)\s+"
                            r"(?:on\s+\w+\s+)?(?:that\s+)?(?!(?:it|they|he|she|we|its|their|his)\b)(?:the\s+|a\s+|an\s+)?"
                            r"[a-z][\w-]*\s+(?:had\s+|has\s+|have\s+)?[a-z]+(?:ed|s)\b", re.I)


_MEN_OF = (r"(?:fighters|militants|members|units|troops|hundreds|dozens|thousands|commanders|"
           r"soldiers|elements|defectors|rebels|gunmen|rest|remainder|remnants|bulk|forces|men|"
           r"militiamen|terrorists|aircraft|warplanes|jets|planes|drones|mercenaries|contractors|jihadists|"
           r"insurgents|operatives|personnel|volunteers|guerrillas|paramilitaries|separatists|"
           r"loyalists|(?:suicide\s+)?bombers?|attackers|assailants|gunman|snipers|columns|convoys|detachments|"
           r"contingents|squads|paratroopers|commandos)\s+"
           r"(?:from|of|loyal\s+to)\s+(?:the\s+)?"
           r"(?:so-called\s+)?")
_MEMBERS_OF = re.compile(r"\b" + _MEN_OF + "$", re.I)
# "drove the remaining fighters of X out": the men of a group as a verb's object
MEN_OF_AFTER = re.compile(r"\s+(?:the\s+)?(?:[\w-]+\s+)?" + _MEN_OF, re.I)
# the verb of leaving a group whose object the group is: "Z left (the) X", "Z broke away from X"
_LEFT_BEFORE = re.compile(r"\b(?:left|leaves|quit|quits|deserted|abandoned|(?:broke|breaks|split|splits|defected|"
                          r"defects|resigned|resigns|walked\s+out)\s+(?:away\s+)?(?:from|with)|(?:was\s+)?expelled\s+from)"
                          r"\s+(?:the\s+)?$", re.I)
# "(set up in 2012) by former members of": the men a group was founded by, and the group they came from after it
_BY_MEN_OF = re.compile(r"\s+(?:in\s+[\w ]{1,20}?\s+)?by\s+(?:(?:former|ex-|dissident|disaffected|disgruntled|veteran|"
                        r"senior|some|several|a\s+group\s+of)\s+)*" + _MEN_OF, re.I)


def group_of(col: Collector, member_groups: dict[str, str], person: str) -> str | None:
    """The group a person belongs to: as the rules found it, else the one he leads by a relation read
    earlier ("Z led the ISGS. French forces killed Z in 2021")."""
    return member_groups.get(person) or next(
        (r.object for r in col.relations if r.relation == "member_of" and r.subject == person
         and r.polarity == "affirmed" and LEADER_ROLES.search(r.role or "") and "former" not in (r.role or "")),
        None)


# the name unnamed fighters go by: "Insurgents linked to IS, known locally as al-Shabab, attacked"
_UNNAMED_KNOWN_AS = re.compile(r"^\W*(?:the\s+)?(?:insurgents|militants|jihadists|rebels|fighters|gunmen|extremists)\b[^.;()]{0,60}?"
                               r",\s*(?:also\s+)?known\s+(?:locally\s+|widely\s+)?as\s+(?:the\s+)?$", re.I)


def _after_preposition(view: View, slot: Slot) -> bool:
    """Whether `slot` stands in a prepositional phrase; "fighters of X" names X as the actor."""
    left = view.between(max(view.start, slot.start - 40), slot.start)
    men = _MEMBERS_OF.search(left)
    if men and re.search(r"\bone\s+of\s+(?:the\s+|its\s+|their\s+)?(?:[\w-]+\s+)?$", left[:men.start()]):
        return True  # "X, one of three members of the alliance, seized ...": one of them, not the alliance's men
    if men and re.search(r"\bby\s+[^.;]*$", view.between(max(view.start, slot.start - 120), slot.start - len(left) + men.start())):
        return True  # "Supported by the UAE, Egypt and Russian contractors of the Wagner Group, it ...": in the by-phrase
    return bool(_PREPOSITION_BEFORE.search(left[-25:])) and not men and not _UNNAMED_KNOWN_AS.search(
        view.between(max(view.start, slot.start - 90), slot.start))
    # ("the insurgents, known locally as al-Shabab, attacked": the name they go by, no phrase of another noun)


def _possessor(view: View, s: Slot) -> bool:
    return view.text[s.end - view.start:s.end - view.start + 2] in ("'s", "\u2019s")


# one man of a group, named by his role after it, who was killed: "(a) Hawks Brigade commander (was) killed in ..."
_ONE_VICTIM = re.compile(r"^\s+(?:senior\s+|top\s+|local\s+)?(?:commander|leader|fighter|militant|member|chief)\b", re.I)
_VICTIMS = re.compile(r"^\)?(?:\s+group)?(?:\s*\([^()]{1,12}\))?\s+(?:senior\s+|top\s+)?(?:fighters|leaders|members|militants|commanders|positions|"
                      r"troops|soldiers|gunmen|jihadists|rebels|bases?|headquarters|convoys?|terrorists|militiamen|"
                      r"insurgents|elements|posts?|checkpoints?|barracks)\b", re.I)


# a force named by its men ("Syrian soldiers", "Iraqi troops") who were struck: "10 Syrian soldiers were killed in ..."
_MEN_NAMED = re.compile(r"\b(?:soldiers|troops|fighters|militiamen|servicemen|policemen|officers)$", re.I)
_WERE_HIT = re.compile(r"\s+(?:were|have\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:killed|wounded|injured|hurt|hit|targeted)\b")
# "its troops and members of the VDP", "the army's soldiers and VDP fighters": men of both, one list
_MEN_OF_BOTH = re.compile(r"\s*(?:['\u2019]s?\s+)?(?:troops|forces|soldiers|fighters|men|units)\s*,?\s+(?:and|as well as|"
                          r"together with)\s+(?:(?:members|fighters|units|troops|men|militiamen)\s+of\s+)?(?:the\s+)?",
                          re.I)


def _same_side(view: View, a: Slot, b: Slot) -> bool:
    """Whether the words before the later of two names put it on the earlier one's side."""
    first, last = (a, b) if a.start < b.start else (b, a)
    gap = view.between(first.end, last.start)
    return bool(_ON_SIDE_OF.search(gap) or _MEN_OF_BOTH.fullmatch(gap))


# a subordinate clause opened just before a name, whose men are its subject: "before KDP fighters entered"
_CLAUSE_OPENS = re.compile(r"\b(?:before|after|while|when|until|once|because|whereas|since)\s+(?:the\s+)?"
                           r"(?:[\w-]+\s+)?$", re.I)


def _foreign_partners(agents: list[Slot]) -> list[tuple[Slot, Slot]]:
    """Pairs of states or state forces of two different countries among the doers of one attack."""
    home = {a.eid: state_of(a.text) for a in agents if a.type in ("state", "state_force") and not a.anaphor}
    return [(a, b) for i, a in enumerate(agents) for b in agents[i + 1:]
            if home.get(a.eid) and home.get(b.eid) and home[a.eid] != home[b.eid]]


def _victims(view: View, agents: list[Slot]) -> list[Slot]:
    """Groups whose men or positions the sentence names as struck ('killed six IS fighters')."""
    taken = {a.eid for a in agents}
    hit = [s for s in view.slots if s.type in FIGHTING and s.eid not in taken
           and (_VICTIMS.match(view.text[s.end - view.start:]) or _MEN_NAMED.search(s.text) and
                _WERE_HIT.match(view.text, s.end - view.start)) and not _CLAUSE_OPENS.search(
               view.between(max(view.start, s.start - 30), s.start)) and not any(
               re.fullmatch(r"\s+[a-z]+\s+(?:of|from)\s+(?:the\s+)?", view.between(s.end, a.start)) for a in agents)]
    # (not "Hawks Brigade fighters of the Dawn Front attacked": the men of the attacker)
    return [s for s in view.slots if s.type in FIGHTING and s.eid not in taken and s not in hit and any(
        re.fullmatch(r"\s*(?:,|and)\s*", view.between(s.end, h.start)) for h in hit)] + hit  # "many ISIS and Nusra terrorists"


def quantity(view: View) -> dict | None:
    m = _QUANTITY.search(view.text)
    if not m:
        return None
    n = int(m.group(2).replace(",", ""))
    q = (m.group(1) or "").casefold()
    if q in ("more than", "over", "at least"):
        return {"min": n}
    if q in ("up to", "fewer than", "less than"):
        return {"max": n}
    return {"value": n}


class EventRules:
    """Applies every trigger pattern to a sentence; `run` is the entry point."""

    def __init__(self, col: Collector, member_groups: dict[str, str]):
        self.col = col
        self.member_groups = member_groups  # person id -> group id, from member_of relations
        self.deaths: dict[str, DateMention] = {}  # person id -> the date the article gives his death
        self._told_until = 0

    def run(self, view: View) -> None:
        found: list[tuple[int, str, re.Match]] = []
        for typ, pat in TRIGGERS:
            for m in pat.finditer(view.text):
                found.append((m.start(), typ, m))
        found.sort(key=lambda x: x[0])
        named = [(s.start, s.end) for s in view.slots if not s.anaphor]
        self._told_until = view.start  # a rule that read a whole phrase ("repelled an assault by X") ends here
        for _, typ, m in found:
            pos, end = view.start + m.start(), view.start + m.end()
            if any(a <= pos < b for a, b in named) or pos < self._told_until:
                continue  # "the 3rd Assault Brigade": a word of a name, not a trigger
            getattr(self, "_" + typ)(view, m, pos, end)

    # -- organisational change ------------------------------------------------------------
    def _defection(self, view, m, pos, end):
        agents = [a for a in subject(view, pos, ARMED | {"person"}) if not possessed_other(view, a, pos)]
        from_ = view.after(end, ("from", "ranks with", "with"), FIGHTING) if "from" not in m.group(0) \
            else view.after(end, (), FIGHTING)
        place = [p for p in view.places_after(end, 1) if p.type == "place"][:1]
        if "from" in m.group(0) and place and not (from_ and from_[0].start < place[0].start):
            return  # "X fighters were expelled from P by the army": driven out of a town, no group left
        if re.match(r"left|leav|quit|withdr|pulled|deserted", m.group(0), re.I):  # "left the Storm Front", not "left Aleppo"
            from_ = [f for f in view.after(end, (), ARMED, max_words=1) if (f.type in ("armed_group", "coalition")
                     or f.type == "state_force" and agents and agents[0].type == "person")  # "Z quit the army"
                     and f.eid not in {a.eid for a in agents}]  # "withdrew from the coalition": another than itself
            if not from_ or not agents:
                return
        if m.group(0).lower().startswith("defection") and not agents:
            agents = view.after(end, ("of",), ARMED | {"person"}, max_words=2)
            from_ = view.after(agents[-1].end, ("from",), FIGHTING) if agents else from_
        pre = view.before(pos, ARMED)
        if pre and re.search(r"\bfrom\s+(?:the\s+)?[\"'\u2018\u201c]?$",
                             view.between(max(view.start, pre[0].start - 12), pre[0].start)):
            from_, agents = pre, [a for a in agents if a not in pre]
        to = view.after(end, ("to", "and joined"), FIGHTING)
        if not to and from_ and from_[-1].start > end:  # "defected from X to Y"
            to = view.after(from_[-1].end, ("to", "and joined"), FIGHTING, max_words=2)
        men = [a for a in agents if a.type in ARMED and (MEN.match(view.text[a.end - view.start:]) or
                                                         not a.anaphor and _ONE_MAN.match(view.text[a.end - view.start:]))] \
            if to else []
        if men:  # "Hawks Brigade fighters defected to Y", "Sun Brigade leader defects to Y": men left X, X did not go
            # over to Y
            from_ = from_ + [a for a in men if a not in from_]
            agents = [a for a in agents if a not in men]
        inc = re.search(r"\bincluding\b", view.text[m.end():])
        if inc:
            listed = view.after(end + inc.end(), (), ARMED | {"person"}, max_words=2)
            agents = agents + [s for s in listed if not s.anaphor and not _possessor(view, s)]
            agents += [s for s in view.slots if s.type == "person" and s.start > end + inc.end()]
        if not from_ and not to:
            return
        if not from_:  # "X's northern branch defected to Y" leaves X; so do "three brigades of X, A, B and C"
            from_ = [Slot(0, 0, a.owner, "armed_group", "") for a in agents if getattr(a, "owner", None)] or [
                x for x in view.slots if x.type in ARMED and agents and x.end <= agents[0].start and
                re.fullmatch(r"\s*,\s*(?:the\s+)?", view.between(x.end, agents[0].start)) and
                PARTS_NAMED.search(view.between(view.start, x.start))][:1]
        if not from_ and to:  # "A senior X commander, Z, defected to Y": the group the sentence makes him a member of
            held = {r.object for r in self.col.relations if r.relation == "member_of" and r.evidence.start == view.start
                    and r.subject in {a.eid for a in agents if a.type == "person"} and r.object not in {t.eid for t in to}}
            from_ = [s for s in view.slots if s.eid in held and s.type in ARMED][:1]
        if not from_ and not agents:  # "a unit in the Operations Room defected to Y": it left the room
            inside = [g for g in view.groups if g[-1].end <= pos and g[0].type in ARMED and _unnamed_part(view, g[0])]
            from_ = inside[-1] if inside else []
        # "Several commanders of the FSA, including Colonel Z, defected from the army": the men named among them left,
        # and the FSA, whose leaders they are, was no unit of what they left
        owners = [a for a in agents if a.type != "person" and _LEADERS_OF.search(view.between(max(view.start, a.start - 40),
                                                                                         a.start))]
        among = re.match(r"\s*,\s*(?:including|among them)\s+", view.text[owners[-1].end - view.start:]) if owners else None
        if among:
            agents = agents + [p for p in view.slots if p.type == "person" and not p.anaphor
                               and owners[-1].end + among.end() <= p.start < pos and p not in agents]
        ev = self.col.event(view, "defection", pos, agent=agents, from_=from_, to=to, quantity=quantity(view))
        if not ev:
            return
        for a in agents:
            for f in from_ if a not in owners else ():
                if a.type == "person":
                    self.col.relation(view, a, "member_of", f, pos, valid_until=ev.date, negated=False,
                                      date=view.date_near(pos))
                elif f.type in ARMED:
                    self.col.relation(view, a, "part_of", f, pos, valid_until=ev.date, date=view.date_near(pos))
            for t in to if a not in owners else ():
                if a.type != "person" and t.type in ARMED:
                    self.col.relation(view, a, "part_of", t, pos, valid_from=ev.date)

    def _joining(self, view, m, pos, end):
        if re.match(r"join(?:ed|s|ing)? (?:forces|hands)", view.text[m.start():m.start() + 20], re.I) or \
                _JOIN_THE_FIGHT.match(view.text, m.end()):
            return  # "join forces"; "join the fight against Islamic State": whom one fights is not joined
        by = re.match(r"\s+(?:(?:in\s+\d{4}|later|soon|(?:last|this|earlier\s+this)\s+(?:year|month|week)|in\s+[A-Z][a-z]+)"
                      r"\s+)?by\s+", view.text[m.end():])  # "was joined last year by the Sun Brigade"
        if by and not re.search(r"\b(?:was|were|been|is|are)\s+(?:\w+\s+)?$", view.between(max(view.start, pos - 30), pos)):
            return  # "Transnistrian forces, joined by Cossack volunteers, drove ...": a comrade, nothing joined
        if by:  # "the coalition ... was later joined by the CPSK": the CPSK joined it
            joiners = [a for a in view.after(end + by.end(), (), ARMED, max_words=2)]
            to = [t for t in subject(view, pos, ARMED) if t.eid not in {j.eid for j in joiners}]
            ev = self.col.event(view, "joining", pos, agent=joiners, to=to) if joiners and to else None
            for j in joiners if ev else ():
                for t in to:
                    self.col.relation(view, j, "part_of", t, pos, valid_from=ev.date,
                                      date=view.date_near(pos) if ev.date else None)
            return
        to = view.after(end, (), FIGHTING - {"state"}, max_words=4)
        if not to:
            return
        agents = [_owned_apposed(view, a) or a for a in subject(view, pos, ARMED | {"person"})]
        agents = [a for a in agents if not possessed_other(view, a, pos)]
        if not agents and not other_kind_subject(view, view.start, pos, ARMED | {"person"}) or \
                agents and agents[0].anaphor and agents[0].text.casefold() in ("they", "their"):
            formed = [e for e in self.col.events_in(view) if e.type == "formation"]
            if formed:
                agents = [Slot(0, 0, a, "armed_group", "") for a in formed[-1].agent]
        for k in range(1, len(to)):
            if re.search(r"\b(?:along with|together with|alongside)\b", view.between(to[k - 1].end, to[k].start)):
                to, agents = to[:k], agents + [t for t in to[k:] if t.type in ARMED]
                break
        along = re.match(r"[^.;,]{0,40}?,?\s*(?:along with|together with|alongside)\s+(?:[\w\s-]{0,40}?\bincluding\s+)?",
                         view.text[to[-1].end - view.start:])
        if along:  # "X joined Y, along with other groups including Z": Z joined too (not "X, which joined Y,
            # captured Kismayo together with Z": another clause's)
            agents = agents + view.after(to[-1].end + along.end(), (), ARMED, max_words=2)
        some = [a for a in agents if a.type in ARMED and (_SOME_OF.search(view.between(view.start, a.start))
                and MEN.match(view.text[a.end - view.start:]) or _some_men_of(view, a))]
        if not agents:  # "Many of the X's members joined Y": the owner of the men, no subject of its own
            some = [a for a in view.slots if a.type in ARMED and not a.anaphor and a.end <= pos
                    and _SOME_OF.search(view.between(view.start, a.start)) and MEN.match(view.text[a.end - view.start:])
                    and not any(a.end <= x.start < pos for x in view.slots)][-1:]
        part = _PART_OF_ITS_MEN.search(view.between(view.start, pos))  # "most of its fighters joined Y": men of it
        some += [s for s in view.slots if part and s.anaphor and s.start == view.start + part.start(1)
                 and s.type in ARMED and s not in some]
        some += [a for a in agents if a.type in ARMED and a not in some and not a.anaphor
                 and _ONE_MAN.match(view.text[a.end - view.start:])]
        # ("a Sun Brigade commander joined Y": a man of it went over, the brigade did not)
        agents = [a for a in agents if not (part and a.eid in {s.eid for s in some})]
        if some:  # "Hundreds of X fighters joined Y": men left X for Y; X did not join Y
            self.col.event(view, "defection", pos, from_=some, to=[t for t in to if t.type in ARMED],
                           quantity=quantity(view))
            agents = [a for a in agents if a not in some]
            if not agents:
                return
        ev = self.col.event(view, "joining", pos, agent=agents, to=to, quantity=quantity(view))
        if not ev:
            if polarity(view, pos) == "negated":  # "refused to join X": the relation, negated
                for a in agents:
                    for t in to:
                        if t.type in ARMED:
                            self.col.relation(view, a, "part_of", t, pos, negated=True)
            return
        when = view.date_near(pos) if ev.date else None  # (not "X, which later joined Y, was founded in 2012")
        for a in [a for a in agents if not _unnamed_part(view, a)]:  # "other units of X joined Y": not X itself
            for t in to:
                if a.type == "person":  # "Z quit the army in 2012 and joined the FSA": a member since then
                    self.col.relation(view, a, "member_of", t, pos, valid_from=ev.date, date=when)
                elif t.type in ARMED:  # a pledge of allegiance to a network makes an affiliate ("the ADF pledged
                    # allegiance to the Islamic State"); joining a group, or pledging to one, a unit
                    self.col.relation(view, a, "affiliated_with" if _PLEDGE.search(m.group(0)) and network(t)
                                      else "part_of", t, pos, valid_from=ev.date, date=when)
                elif t.type == "organization":
                    self.col.relation(view, a, "affiliated_with", t, pos, valid_from=ev.date)

    def _merger(self, view, m, pos, end):
        word = m.group(0).lower()
        if word == "merger" and _KEPT_OUT.search(view.between(max(view.start, pos - 40), pos)):
            return  # "the Khmer Rouge stayed outside the merger": who stayed out did not merge
        made_by = word == "merger" and _MADE_BY_MERGER.search(view.between(view.start, pos)) or \
            word == "merging" and _MADE_BY_MERGING.search(view.between(view.start, pos))
        result = subject(view, pos, ARMED) if made_by else []  # "JNIM was formed through a merger of A and B"
        agents = [] if made_by else subject(view, pos, ARMED)
        agents += view.after(end, ("with",), ARMED)
        counted = _OF_COUNTED.match(view.text, m.end()) if word == "merger" else None
        if counted:  # "from the merger of four groups: A, B, C and D": the list after the count
            agents += named_list(view, view.start + counted.end(), ARMED)
        elif word == "merger":
            agents += view.after(end, ("of",), ARMED)
        elif made_by:  # "was formed in 1993 by merging A and B": what it merged
            agents += view.after(end, (), ARMED, max_words=2)
        rest = view.text[m.end():]
        res = re.search(r"\b(?:to form|into|forming|creating|to create|under the name|becoming|created|gave birth to)\b",
                        rest)
        # what armed groups merge into is armed, whatever its name sounds like ("the Liberation Committee")
        to = result[:1] or [t for t in view.after(end + res.end(), (), ARMED | ({"organization"} if agents else set()),
                                                  max_words=5) if fights(t)][:1] if res or result else []
        agents = [a for a in agents if a.eid not in {t.eid for t in to}]
        ev = self.col.event(view, "merger", pos, agent=agents, to=to)
        if not ev or not to:
            return
        if result or re.match(r"to form|forming|creating|to create|gave birth to", res.group(0)):
            self.col.event(view, "formation", pos, agent=to, from_=agents)  # a new group (not "merged into al-Shabaab")
        for a in agents:
            self.col.relation(view, a, "part_of", to[0], pos, valid_from=ev.date, date=view.date_near(pos))

    def _formation(self, view, m, pos, end):
        word = m.group(0).lower()
        before = view.between(view.start, pos)
        if re.search(r"\bforms?(?:ed)?\s+(?:part|the backbone|the core|the nucleus)\b", view.text[m.start():m.start() + 30],
                     re.I) or \
                re.match(r"\s+(?:an?\s+)?(?:[\w-]+\s+)?(?:alliance|pact|partnership|coalition)\s+with\b", view.text[m.end():], re.I):
            return  # "formed an alliance with the OLA": an alliance, no group founded
        if re.match(r"\s+(?:(?:its|their|full|complete|total|effective|firm|a|an)\s+)*(?:control|authority|rule|dominance|"
                    r"hegemony|presence|foothold|contacts?|ties|relations|links|cordon|checkpoints)\b", view.text[m.end():], re.I):
            return  # "established control over areas where X fighters spread": a hold or a tie, no group founded
        if re.match(r"\s+(?:a|an|the|its|their)?\s*(?:[\w-]+\s+){0,3}?(?:(?:offensive|attack|operation|campaign|assault|"
                    r"strike|raid|counter-?offensive|counter-?attack|incursion)s?|ambush(?:es)?|bid|appeal|investigation|"
                    r"probe|war|insurgency|rebellion|uprising|"
                    r"blockade|siege|crackdown|bombing|bombardment|missiles?|rockets?|drones?|shells|mortars|salvos?|"
                    r"barrages?)\b", view.text[m.end():], re.I):
            return  # "launched an offensive against X" is an attack, not the founding of X
        if re.search(r"\b(?:offensive|attack|operation|campaign|assault|strike|raid|bombing|counter-?offensive)s?\s+"
                     r"(?:(?:that|which)\s+)?(?:(?:was|were|had been|has been)\s+)?$", before, re.I):
            return  # "an attack launched by groups affiliated to X": the attack was launched, no group founded
        if word.startswith("formation") and re.search(r"\b(?:a|an|one|largest|biggest|main|elite|strongest|best|"
                                                      r"oldest|last|only)\s+(?:[\w-]+\s+)?$", before, re.I):
            return  # "the Second Revolutionary Army, the largest formation of the Ethiopian army": a unit, no founding
        passive = bool(_PASSIVE.search(before[-20:])) or word in ("originated", "was born", "emerged", "grew") or bool(
            # "Ukraine's 3rd Assault Brigade, formed from the Azov battalion,": a participle, the name before it
            word in ("formed", "founded", "created", "established") and re.search(r",\s*$", before)
            and re.match(r"\s+(?:from|out of|by|in|on|after)\b", view.text[m.end():])) or bool(
            # "the CDN, a group formed by former members of Los Zetas": a participle, its agent after "by"
            word in ("formed", "founded", "created", "established", "set up") and
            re.match(r"\s+(?:in\s+[\w ]{1,20}?\s+)?by\b", view.text[m.end():])) or bool(
            # "militias formed in 2014 to fight IS", "a militia set up to help the army": no object, a purpose
            word in ("formed", "founded", "created", "established", "set up") and
            re.match(r"\s+(?:(?:in|on)\s+[\w ]{1,20}?\s+)?(?:in\s+order\s+)?to\s+[a-z]+\b", view.text[m.end():])) or (
            # "Formed in 2012 from the Hawks Brigade, the Dawn Front ...": a participle opening the sentence
            word in ("formed", "founded", "created", "established", "set up") and m.group(0)[:1].isupper()
            and not before.strip(" \"'\u201c"))
        founders = []  # groups that found an umbrella together are its members
        if word.startswith("new "):  # "the new alliance calling itself X"
            agents, from_ = view.after(end, (), ARMED, max_words=2), []
        elif passive:
            agents = subject(view, pos, ARMED) or [a for a in subject(view, pos, {"organization"}) if fights(a)] or \
                fronted_subject(view, pos, ARMED)
            from_ = view.after(end, ("from", "out of"), ARMED, max_words=6 if word in ("emerged", "grew") else 4)
            men = None if from_ else _BY_MEN_OF.match(view.text, m.end())
            if men:  # "set up in 2012 by former members of Jundallah": the group its founders came from
                from_ = [s for s in view.slots if s.start == view.start + men.end() and s.type in ARMED][:1]
            founder = None if from_ else view.after(end, ("by",), {"person"}, max_words=4)[:1]
            once = _ONCE_OF.match(view.text, founder[0].end - view.start) if founder else None
            if once:  # "founded in 2016 by Z, a former member of the UFDD": the group its founder came from
                from_ = [s for s in view.slots if s.start == view.start + once.end() and s.type in ARMED][:1]
            by_at = re.match(r"\s+(?:in\s+[\w ]{1,20}?\s+)?by\s+(?:(?:factions|elements|wings|parts|sections)\s+of\s+|"
                             r"(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:groups|gangs|alliances|factions|militias|movements|"
                             r"coalitions|organi[sz]ations)\s+(?=[A-Z]))?", view.text[m.end():])
            # "formed in August 2012 by factions of the CPJP and the UFDR", "by the rival gang alliances G9 and G-Pep"
            by = [] if from_ else view.after(end, ("by",), ARMED - {"state_force"}, max_words=6) or \
                named_list(view, view.start + m.end() + by_at.end(), ARMED - {"state_force"} | {"organization"}) \
                if by_at else []
            around = None if from_ or by else re.match(r"\s+(?:in\s+[\w ]{1,20}?\s+)?around\s+(?:the\s+)?",
                                                        view.text[m.end():])
            if around:  # "the EPRDF, formed in 1989 around the TPLF and its ally the EPDM": its founding members
                first = named_list(view, view.start + m.end() + around.end(), ARMED | {"organization"})[:1]
                from_ = founders = [s for s in (view.group_of(first[0]) if first else [])
                                    if s.start >= first[0].start and fights(s) and not s.anaphor]
                ally = re.match(r"\s*(?:\([^()]{1,12}\))?\s*,?\s+and\s+(?:its|their)\s+(?:[\w-]+\s+)?"
                                r"all(?:y|ies)\s+(?:the\s+)?", view.text[from_[-1].end - view.start:]) if from_ else None
                founders += [s for s in view.slots if ally and s.start == from_[-1].end + ally.end() and fights(s)]
            among = None if from_ or by else _BY_GROUPS_AMONG.match(view.text, m.end())
            if among:  # "formed in mid-December by six armed groups, among them A, B and C": they found it
                from_ = founders = [s for s in view.slots if s.start >= view.start + among.end() and fights(s)
                                    and not s.anaphor and not view.compound(s)]
            if by and re.search(r"\b(?:members|fighters|defectors|commanders|veterans|dissidents|remnants|officers)\b",
                                view.between(end, by[0].start), re.I):
                from_, by = by[:1], []  # "formed by former members of Los Zetas": men who came from it, not the group
            if len(by) > 1 or by and agents and agents[0].type == "coalition":
                from_ = founders = by  # "the URNG was founded in 1982 by the EGP, the FAR and ORPA"
        else:
            agents = view.after(end, (), ARMED, max_words=6)
            if word.startswith(("formation", "creation", "establishment", "founding")):
                agents = view.after(end, (), ARMED, max_words=3)
            if agents and re.search(r"\b(?:with|against|alongside|between)\b", view.between(end, agents[0].start)):
                agents = []  # "formed an alliance of convenience with Y": a partner, nothing named is founded
            # "the alliance would set up its own administration there", "established its headquarters in P": what
            # a possessive owns is founded, not its owner
            owned = [a for a in agents if a.anaphor and a.text.lower() in ("its", "their", "his", "her")]
            if owned:  # "formed its own militia, the Hawks Brigade": the name apposed to what it owns
                agents = [a for a in view.after(owned[0].end, (), ARMED, max_words=4) if not a.anaphor and
                          re.search(r",\s*(?:the\s+)?$", view.between(owned[0].end, a.start))][:1]
            from_ = [] if re.search(r"\bto\s+$", before) and not _UNITED_TO.search(before) \
                else fighting_subject(view, pos)
            if from_ and any(p.type == "person" and p.start > from_[-1].end for p in subject(view, pos, {"person"})):
                from_ = []  # "Former FARC commander Z ... formed the Segunda Marquetalia": Z founded it, not the FARC
            if from_ and _LEFT_BEFORE.search(view.between(view.start, from_[0].start)):
                from_ = []  # "Z left the Dawn Front in 2009 and founded X": the group he left is no founder of X
            united = _UNITED_TO.search(before)
            partners = [s for s in view.slots if united and s.type in ARMED and not s.anaphor
                        and view.start + united.start() < s.start < pos and s not in from_
                        and re.search(r"\bwith\s+(?:the\s+)?$", view.between(max(view.start, s.start - 10), s.start))]
            from_ = from_ + [p for p in partners if from_ and p.eid not in {f.eid for f in from_}]
            # ("X joined forces with Y to form Z": Y founded Z too)
            if agents and from_ and (len(from_) > 1 or _UNITED_TO.search(before) or agents[0].type == "coalition"
                                     or _UMBRELLA.search(view.between(view.start + m.end(), agents[0].start))
                                     or _AND_OTHERS.search(view.between(from_[-1].end, pos))):
                founders = from_  # "A, B and C formed an alliance known as Y", "X joined other militias to form Y"
        # "launched the Wrath of Euphrates operation": a named operation, not a group
        agents = [a for a in agents if not re.match(r"\s+(?:operation|offensive|campaign|assault|battle)s?\b",
                                                    view.text[a.end - view.start:], re.I)]
        if not agents:
            return
        moved = self._moved_before(view, before)
        if moved and not passive:  # "X defected to Y and formed Z": X formed Z, a unit of Y
            from_ = [Slot(0, 0, a, "armed_group", "") for a in moved.agent]
            for a in agents:
                for t in moved.to:
                    self.col.relation(view, a, "part_of", t, pos, valid_from=moved.date, date=view.date_near(pos))
        # "grew out of a movement founded in 2002": the date of what it grew from, unless "emerged in 2012 from"
        dated = word not in ("emerged", "grew") or bool(re.match(r"\s+in\s+\d{4}\b", view.text[m.end():])) or \
            not re.match(r"\s+(?:in\s+\d{4}\s+)?(?:from|out\s+of)\s", view.text[m.end():])  # "emerged in 1994"
        if not dated and re.search(r"\b(?:was|were)\s+(?:\w+ly\s+)?(?:set up|founded|formed|established|created)\b",
                                   view.text[m.end():]):
            return  # "It grew out of ... bands, and its headquarters was formally set up on 28 October 1946": that one
        ev = self.col.event(view, "formation", pos, agent=agents, from_=from_, quantity=quantity(view), dated=dated)
        if ev and founders and not moved:
            for f in founders:
                if f.eid != agents[0].eid and not f.anaphor:
                    self.col.relation(view, f, "part_of", agents[0], pos, valid_from=ev.date, date=view.date_near(pos))
        elif ev and not passive and not moved:
            for a in agents:
                for f in from_:
                    if f.eid != a.eid and not f.anaphor:
                        self.col.relation(view, a, "part_of", f, pos, valid_from=ev.date, date=view.date_near(pos))

    def _moved_before(self, view, before: str):
        """The defection or joining this verb is coordinated with ('defected to Y and formed Z')."""
        if not re.search(r"\b(?:defected|joined)\b[^,;.]*\s+and\s+$", before):
            return None
        moved = [e for e in self.col.events_in(view) if e.type in ("defection", "joining") and e.to]
        return moved[-1] if moved else None

    def _split(self, view, m, pos, end):
        if re.search(r",\s*who\s+(?:\w+\s+)?$", view.between(view.start, pos)):
            return  # "the faction headed by Z, who broke with W": a person broke with another
        agents = [a for a in subject(view, pos, ARMED) or fighting_subject(view, pos)  # "the CNDD-FDD broke away"
                  if not possessed_other(view, a, pos)]
        bare = m.group(0).lower() == "broke away" and not re.match(r"(?:\s+[\w,]+){0,4}?\s+from\b",
                                                                   view.text[end - view.start:])
        if bare and not any(re.fullmatch(r"\s*(?:,[^,;]+)?,?\s*(?:(?:later|then|eventually|soon|finally)\s+)?", view.between(
                a.end, pos)) or a.anaphor and _ITS_PART.fullmatch(view.between(a.end, pos).rstrip()) for a in agents):
            return  # "In 2002 a faction led by Z broke away": no one named left what the sentence leaves unnamed
        parent = [] if bare else view.after(end, (), FIGHTING, max_words=3) or \
            view.after(end, ("from",), FIGHTING, max_words=6)  # (not "broke away and joined Y": the group it joined)
        if m.group(0).lower().startswith("splinter"):  # a noun: "X is a splinter of Y", "X, another splinter of Y"
            before = view.between(view.start, pos)
            apposed = re.search(r"\s*,?\s*(?:a|an|another|the|one)\s+(?:[\w-]+\s+)?$", before)
            if not re.search(r"(?:\b(?:is|was|are|were|became|becomes|remains?)|\b(?:emerged|began|started|appeared|"
                             r"(?:was\s+)?(?:formed|founded|created))(?:\s+in\s+[\w-]+(?:\s+\d{4})?)?\s+as)\s+"
                             r"(?:a|an|another|the|one)\s+(?:[\w-]+\s+)?$", before):
                # not the subject of a copula ("X emerged in 2014 as a splinter of Y" too): the name in apposition
                agents = [x for x in view.slots if apposed and x.type in ARMED and x.end == view.start + apposed.start()]
            parent = [x for x in parent if not x.anaphor]  # "another splinter of the organisation": a guess
        parent = [x for x in parent if x.type != "person"]  # "broke with Misuari": a leader is no parent group
        first = next((s for s in view.slots if agents and s.eid == agents[0].eid and s.end <= pos), None)
        if first and not parent:  # "the Dawn Front's special commandos, the Hawks Brigade, broke away": from its owner
            parent = [x for x in view.slots if x.type in ARMED and x.end <= first.start and
                      getattr(_owned_apposed(view, x, _PART_NOUN), "start", None) == first.start][:1]
        if m.group(0).lower().endswith(" with") and not parent:
            return  # "broke with tradition": no group left
        if first and (_unnamed_part(view, first) or agents[0].anaphor and not agents[1:] and
                      _ITS_PART.match(view.text, agents[0].end - view.start)):  # "its armed wing broke away": its
            agents, parent = [], parent or agents  # "A faction of the EMC broke away": the EMC is the parent
        ev = self.col.event(view, "split", pos, agent=agents, from_=parent)
        if not ev:
            return
        with_ = re.search(r"\bwith$", m.group(0), re.I)
        for a in [a for a in agents if a.type in ARMED]:  # GUIDE: an organization is no unit or affiliate
            for p in parent:
                rel = "affiliated_with" if p.type == "organization" else "part_of"
                if with_ and rel == "part_of":
                    continue  # "the GIA has broken with the FIS": the tie it cut need not have been membership
                self.col.relation(view, a, rel, p, pos, valid_until=ev.date, negated=False, date=view.date_near(pos),
                                  ended=True)  # a splinter is no longer part of what it left, dated or not

    def _alliance(self, view, m, pos, end):
        ended = _ALLIANCE_ENDED.search(view.between(max(view.start, pos - 40), pos))
        if ended:  # "X ended its alliance with Y in 2019": the tie ends then, no alliance is made
            d = view.date_near(pos)
            for a in subject(view, pos, FIGHTING)[:1]:
                partner = view.after(end, ("with",), FIGHTING, max_words=2) or \
                    view.after(end, (), FIGHTING, max_words=1)  # ("alliance with" is the trigger's own)
                for o in partner[:1]:
                    if a.eid != o.eid:
                        self.col.relation(view, a, "allied_with", o, pos, valid_until=d.value if d else None, date=d,
                                          ended=True, negated=False)
            return
        agents = subject(view, pos, FIGHTING | {"person"})
        led = _LED_BY_BEFORE.search(view.between(view.start, agents[0].start)) if agents and \
            agents[0].type == "person" else None
        if led:  # "the G9, led by Jimmy Cherizier, joined forces with ...": the group the aside describes
            at = view.start + led.start()
            agents = [x for x in view.slots if x.type in FIGHTING and x.end <= at and
                      re.fullmatch(r"(?:\s+[a-z]+){0,2}\s*,\s*", view.between(x.end, at))][-1:]
        others = view.after(end, ("with", "to", "between"), FIGHTING, max_words=6)
        rival = re.match(r"\s+(?:its|their)\s+(?:former\s+|longtime\s+|old\s+)?(?:rivals?|enem(?:y|ies)|foes?)\s+(?:the\s+)?",
                         view.text[m.end():])
        if rival:  # "joined forces with its rival G-Pep": the rival named after "its"
            others = [x for x in view.slots if x.start == end + rival.end() and x.type in FIGHTING]
        named = re.match(r"\s*,?\s*(?:known as|called|named|dubbed|calling itself|under the name)\b", view.text[m.end():],
                         re.I)
        against = re.match(r"\s+against\s+(?:the\s+)?", view.text[m.end():])
        foes = view.after(end + against.end(), (), FIGHTING, max_words=0) if against else []
        if not others and not named and not against:
            others = view.after(end, (), FIGHTING, max_words=3)  # not the alliance's own name
        for a in [a for a in agents if a.type != "person"]:  # "A and B form new alliance against C": their enemy
            for f in foes:
                if f.eid != a.eid:
                    self.col.relation(view, a, "hostile_to", f, pos)
        gapped = []
        for k, o in enumerate(others[1:], 1):  # "X works in alliance with Y, and Z with W": Z is W's ally, not X's
            if re.search(r",\s*and\s+(?:the\s+)?$", view.between(others[k - 1].end, o.start)) and \
                    re.match(r"\s+with\s+", view.text[o.end - view.start:]):
                gapped = [(o, w) for w in view.after(o.end, ("with",), FIGHTING, max_words=3)[:1]]
                others = others[:k]
                break
        if agents and agents[0].type != "person":
            self.col.event(view, "alliance", pos, agent=agents + others)
        elif agents and others and self._group_of(agents[0].eid):  # "Jaal Marroo announced an alliance with the
            group = Slot(0, 0, self._group_of(agents[0].eid), "armed_group", "")  # TPLF": the group he leads allied
            self.col.event(view, "alliance", pos, agent=[group] + [o for o in others if o.eid != group.eid])
        d = view.date_near(pos)
        pairs = [(a, o) for a in agents for o in others] or [  # "the OLA and the TPLF signed a military pact"
            (a, b) for i, a in enumerate(agents) for b in agents[i + 1:]  # (an alliance named after it has them
            if a.type != "person" and b.type != "person" and not a.anaphor and not b.anaphor and not named]  # as units)
        pairs += gapped + [(Slot(0, 0, g, "armed_group", ""), o) for a, o in pairs if a.type == "person"
                           for g in [self._group_of(a.eid)] if g]  # "Jaal Marroo announced an alliance with the TPLF"
        for a, o in pairs:
            if a.eid != o.eid:
                self.col.relation(view, a, "allied_with", o, pos, valid_from=d.value if d else None, date=d)

    def _dissolution(self, view, m, pos, end):
        if m.group(0).lower() in ("disbanded", "dissolved") and not _PASSIVE.search(view.between(view.start, pos)[-15:]):
            agents = view.after(end, (), ARMED, max_words=1) or subject(view, pos, ARMED)
        else:
            agents = subject(view, pos, ARMED) or view.after(end, ("of",), ARMED)
        if agents and re.match(r"['\u2019]s?\s+(?:[\w-]+\s+){0,2}?(?:operations|units|forces|fighters|branch|wing|"
                               r"contingents?|assets)\b", view.text[agents[0].end - view.start:]):
            return  # "the Wagner Group's Africa operations were absorbed into X": a part of it, not the group
        self.col.event(view, "dissolution", pos, agent=agents[:1] if agents else [])

    def _rename(self, view, m, pos, end):
        agents = subject(view, pos, ARMED)
        self.col.event(view, "rename", pos, agent=agents[:1])

    # -- leaders ---------------------------------------------------------------------------
    def _leadership(self, view, m, pos, end):
        word = re.sub(r"^(?:taken|takes|taking) over as$", "took over as", m.group(0).lower())
        people: list[Slot] = []
        if word in ("succeeded",) and view.text[m.end():m.end() + 4] == " by ":
            people = view.after(end, ("by",), {"person"})
            prev = view.before(pos, {"person"})
            group = self._group_of(prev[0].eid) if prev else None
            if people and group:
                self.col.event(view, "leadership_change", pos, agent=people[:1], to=[group])
                self.col.relation(view, people[0], "member_of", group, pos, role="leader", negated=False)
            return
        if word == "replaced" and re.match(r"\s+by\s", view.text[m.end():]):
            # "Hattab was pushed aside in 2003 and replaced by Sahraoui": the old leader's role ends, the new one's begins
            old, new = subject(view, pos, {"person"}), view.after(end, ("by",), {"person"})
            group = self.member_groups.get(old[0].eid) if old else None
            as_role = _AS_ROLE.match(view.text, new[0].end - view.start) if new and not group else None
            if as_role and as_role.group("of"):  # "W was replaced by Z as commander of X in 2019"
                group = next((g.eid for g in view.after(view.start + as_role.end(), (), ARMED, max_words=1)), None)
            if old and new and group and old[0].eid != new[0].eid:
                d = view.date_after(new[0].end) or view.date_near(pos)  # "he was replaced by Z in 1991"
                self.col.event(view, "leadership_change", pos, agent=new[:1], to=[group])
                self._role_ends(view, old[0], group, pos, d)
                self.col.relation(view, new[0], "member_of", group, pos, role="leader",
                                  valid_from=d.value if d else None, date=d, negated=False)
                return
        if re.fullmatch(r"(?:took|take|takes|taking|taken|assumed|assume|assumes|assuming) command|took charge", word):
            # "Z took command (of the Zetas)"
            people = subject(view, pos, {"person"})
            group = view.after(end, ("of",), ARMED, max_words=3) or \
                ([Slot(0, 0, self.member_groups[people[0].eid], "armed_group", "")]
                 if people and people[0].eid in self.member_groups else [])
            if people and group:
                self._takes_lead(view, pos, people[0], group[0], "commander")
            return
        if word == "succeeded":
            self._succeeded(view, m, pos, end)
            return
        if word in ("appointed", "named", "elected", "replaced", "took over as", "chose"):
            passive = _PASSIVE.search(view.between(view.start, pos)[-15:])  # "Z was elected to succeed him": Z
            people = (subject(view, pos, {"person"}) if passive and re.match(r"\s+to\s+(?:succeed|replace)\b",
                                                                              view.text[m.end():]) else []) or \
                ([p for p in subject(view, pos, {"person"}) if p.end <= pos]  # "Z replaced W as head of X": Z, the new
                 if word == "replaced" and not passive else []) or \
                view.after(end, (), {"person"}, max_words=3) or (
                subject(view, pos, {"person"}) if word == "took over as" or passive else [])
            # "whom Gbagbo had named minister"
            role = re.match(r"\s+(?:as\s+)?(?:the\s+|its\s+|a\s+|new\s+)*((?:\w+\s+){0,2}?(?:leader|commander|chief|"
                            r"head|emir|spokesman|commander-in-chief))\s+(?:of|for)\s+", view.text[m.end():])
            if role and people:
                group = view.after(end + role.end(), (), ARMED, max_words=2)
                if group and word == "replaced" and passive:  # "Z was replaced as head of X in 2019": his role ends
                    d = view.date_near(pos)
                    self.col.event(view, "leadership_change", pos, agent=people[:1], to=group[:1])
                    self.col.relation(view, people[0], "member_of", group[0], pos, role=role.group(1).lower(),
                                      valid_until=d.value if d else None, date=d, negated=False)
                    return
                if group:  # "Z, who founded Y, was appointed commander of X on Monday": X's, from then
                    d = self._takes_lead(view, pos, people[0], group[0], role.group(1).lower())
                    replacing = re.search(r",\s*(?:replacing|succeeding)\s+", view.text[group[0].end - view.start:])
                    old = view.after(group[0].end + replacing.end(), (), {"person"}, max_words=1) if replacing else []
                    for o in old[:1]:  # "Z was appointed commander of X in March 2019, replacing W": W's role ends
                        self._role_ends(view, o, group[0], o.start, d)
                    return
            owner = [g for g in view.after(end, (), ARMED, max_words=1) if re.match(
                r"['\u2019]s?\s+(?:new\s+|overall\s+|top\s+|supreme\s+)?(leader|commander|chief|head|emir)\b",
                view.text[g.end - view.start:])][:1] if word == "took over as" and not role and people else []
            if owner:  # "Z took over as the Islamic State's leader in the Philippines"
                self._takes_lead(view, pos, people[0], owner[0], "leader")
                return
            whom = re.search(r"\bwhom\s+(?:the\s+)?[^,;]{0,50}$", view.between(view.start, pos)) \
                if word in ("appointed", "named", "elected", "chose") and not people else None
            as_its = re.match(r"\s+(?:as\s+)?(?:its|their)\s+(?:new\s+)?(leader|commander|chief|head|emir)\b",
                              view.text[m.end():]) if whom else None
            if as_its:  # "Z, ..., whom the Islamic State has named its emir for Southeast Asia"
                at = view.start + whom.start()
                chosen = [p for p in view.slots if p.type == "person" and not p.anaphor and at - 120 <= p.end <= at][-1:]
                chooser = [g for g in view.slots if g.type in ARMED and at < g.start and g.end <= pos][:1]
                if chosen and chooser:
                    self._takes_lead(view, pos, chosen[0], chooser[0], as_its.group(1).lower())
                return
            chooser = subject(view, pos, ARMED) if word in ("appointed", "named", "elected", "chose") else []
            named_as = people and people[0].start > pos and re.match(
                r"\s+as\s+(?:its|their|his|the\s+group's)\s+(?:new\s+)?(leader|commander|chief|head|emir|successor|"
                r"commander-in-chief)\b(?!\s+(?:of|for)\b)", view.text[people[0].end - view.start:])
            if chooser and named_as and people[0].eid not in self.member_groups:
                # "AQIM named Abu Ubaidah as his successor": the group that names him is the one he leads
                self._takes_lead(view, pos, people[0], chooser[0],
                                 "leader" if named_as.group(1) == "successor" else named_as.group(1))
                return
        elif word in ("killed", "killing", "assassinated", "were killed", "was killed", "was captured", "were captured",
                      "was arrested", "was detained", "detained", "arrested"):
            # the person killed: the subject of a passive ("X was killed"), else the object ("killed X"),
            # never a possessive ("killed 12 of his commanders")
            passive = word.startswith(("was", "were")) or _PASSIVE.search(view.between(view.start, pos)[-15:])
            # a leader killed, captured or detained: his role ends (GUIDE: "removed, killed as leader")
            people = [p for p in subject(view, pos, {"person"}) if not _SPOKE_OF.search(view.between(p.end, pos))
                      and not _OTHERS_HIT.search(view.between(p.end, pos))
                      and not _UNNAMED_CLAUSE_SUBJECT.search(view.between(p.end, pos))] if passive else \
                [s for s in view.after(end, (), {"person"}, max_words=5) if s.text.casefold() not in ("his", "their")
                 and not _SPOKE_OF.search(view.between(end, s.start))]  # not "were also killed, said observatory head Z"
        elif word in ("died", "resigned", "stepped down") or word.startswith(("killed him", "killed them", "blew")):
            people = subject(view, pos, {"person"})
        elif word in ("shot dead", "gunned down", "was executed", "were executed", "executed"):
            # "X was shot dead", "gunmen shot dead X", "Iran executed its leader Z"
            passive = word.startswith(("was", "were")) or _PASSIVE.search(view.between(view.start, pos)[-15:])
            people = [p for p in subject(view, pos, {"person"}) if not _SPOKE_OF.search(view.between(p.end, pos))] \
                if passive else [s for s in view.after(end, (), {"person"}, max_words=3)
                                 if not _SPOKE_OF.search(view.between(end, s.start))]  # not "executed, said Z"
        elif word in ("dismissed", "removed", "sacked") and _PASSIVE.search(view.between(view.start, pos)[-15:]) and \
                (role := _AS_ROLE.match(view.text, end - view.start)) and role.group("of"):
            # "Z was dismissed as commander of the Dawn Front in 2015": his role there ends
            group = view.after(view.start + role.end(), (), ARMED, max_words=1)[:1]
            people = subject(view, pos, {"person"})[:1]
            if people and group:
                self.col.event(view, "leadership_change", pos, agent=people, to=group)
                self._role_ends(view, people[0], group[0], pos, view.date_near(pos))
            return
        elif word in ("dismissed", "removed", "sacked") and not _PASSIVE.search(view.between(view.start, pos)[-15:]):
            # "Jaysh al-Islam dismissed its commander Abu Ahmad": the group ends his role
            people = view.after(end, (), {"person"}, max_words=4)
            group = subject(view, pos, ARMED)
            if people and group and LEADER_ROLES.search(view.between(end, people[0].start)):
                d = view.date_near(pos)
                self.col.event(view, "leadership_change", pos, agent=people[:1], to=group[:1])
                self.col.relation(view, people[0], "member_of", group[0], pos, valid_until=d.value if d else None,
                                  date=d, negated=False)
            return
        else:
            people = [s for s in view.slots if s.type == "person"]
        people = [p for p in people if not (p.anaphor and p.text.casefold() in ("his", "her", "their", "its"))
                  and not _possessor(view, p)]  # "his brother Ruslan was shot dead", "Kadyrov's men ... were killed"
        people = [p for p in people if not _SAID_AFTER.match(view.text, p.end - view.start)]  # "the strikes have
        # killed 122 civilians, he said": the speaker
        for p in people:
            group = self._group_of(p.eid)
            role_near = LEADER_ROLES.search(view.text) or any(  # his role, named in another sentence
                r.relation == "member_of" and r.subject == p.eid and r.object == group and LEADER_ROLES.search(r.role or "")
                for r in self.col.relations)
            if group and role_near:
                self.col.event(view, "leadership_change", pos, agent=[p], to=[group])
            d = view.date_near(pos)
            if d and word in _DEATHS + _KILLED:
                self.deaths.setdefault(p.eid, d)
            if group and d and word in _DEATHS + _KILLED + (
                    "resigned", "stepped down", "was captured", "were captured", "was arrested", "was detained", "detained",
                    "arrested"):
                self.col.relation(view, p, "member_of", group, pos, valid_until=d.value, date=d, negated=False)
            elif group and d and role_near and word in ("appointed", "named", "elected", "took over as", "was made",
                                                        "were made"):
                self.col.relation(view, p, "member_of", group, pos, valid_from=d.value, date=d, negated=False)

    def _group_of(self, person: str) -> str | None:
        return group_of(self.col, self.member_groups, person)

    def _takes_lead(self, view: View, pos: int, person: Slot, group: Slot, role: str) -> DateMention | None:
        """A person takes the lead of a group: the leadership change, and his role from its date (returned)."""
        d = view.date_near(pos)
        self.col.event(view, "leadership_change", pos, agent=[person], to=[group])
        self.col.relation(view, person, "member_of", group, pos, role=role, negated=False,
                          valid_from=d.value if d else None, date=d)
        self.member_groups.setdefault(person.eid, group.eid)
        for w in [w for w in view.slots if w.type == "person" and not w.anaphor and w.start > pos and w.eid != person.eid
                  and _PREDECESSOR.search(view.between(pos, w.start))][:1]:
            self._role_ends(view, w, group, w.start, d)  # "Z took over its leadership in 2001 from W"
        return d

    def _role_ends(self, view: View, person, group, pos: int, d) -> None:
        """The role a leader held ends at `d` (he was replaced or succeeded)."""
        self.col.relation(view, person, "member_of", group, pos, valid_until=d.value if d else None, date=d,
                          negated=False)

    def _succeeded(self, view, m, pos, end):
        """'Z succeeded W (as commander of X)', 'Z succeeded him': Z takes the lead of X (or of W's group, or his
        own) and W's role there ends; 'the operation had succeeded' names no succession."""
        if not re.match(r"\s+(?:as\b|him\b|her\b|(?:the\s+)?(?:late\s+)?[A-Z])", view.text[m.end():]):
            return
        new = subject(view, pos, {"person"})[:1] or view.before(pos, {"person"}, max_gap=3)[-1:]  # "His son, Z,"
        old = view.after(end, (), {"person"}, max_words=3)[:1]
        role = _AS_ROLE.match(view.text, old[0].end - view.start) if old else None
        named = view.after(view.start + role.end(), (), ARMED, max_words=2)[:1] if role and role.group("of") else []
        group = named[0].eid if named else next((g for g in (self._group_of(x.eid) for x in old + new) if g), None)
        if not new or not group or old and old[0].eid == new[0].eid:
            return
        d = self._takes_lead(view, pos, new[0], Slot(0, 0, group, "armed_group", ""),
                             role.group("role").lower() if role else "leader")
        for w in old:
            self._role_ends(view, w, group, pos, d)

    # -- violence and territory ---------------------------------------------------------------
    def _clash(self, view, m, pos, end):
        word = m.group(0).lower()
        text_after = view.text[m.end():]
        if re.match(r"\s+(?:himself|themselves)\b|\s+(?:himself|themselves)\s+up\b", text_after):
            return  # "X killed himself", "blew themselves up": no fight between parties
        if TOGETHER.match(text_after):
            return  # "the G9 and G-Pep were now fighting together under the name Viv Ansanm": one side
        within = re.match(r"\s+within\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?", text_after)
        if within and view.after(end + within.end(), (), FIGHTING, max_words=2):
            return  # "the army fights within the G5 Sahel joint force": a unit of it, not its enemy
        if word == "strike" and _AIMING_TO.search(view.between(max(view.start, pos - 30), pos)):
            return  # "threatening to strike two villages", "reserve the right to strike them": no strike yet
        if _NOMINAL.match(word) and _BACKING_BEFORE.search(view.between(max(view.start, pos - 40), pos)):
            # "the SDF, backed by air strikes from a US-led coalition": the backer strikes, the SDF is no target
            by = re.match(r"\s+(?:[\w'-]+\s+){0,2}?(?:from|by|of)\s+", text_after)
            backers = [a for a in view.after(end + by.end(), (), FIGHTING, max_words=3) if fights(a)] if by else []
            if backers:
                self.col.event(view, "clash", pos, agent=backers, locations=view.places())
            return
        agents: list[Slot] = []
        targets: list[Slot] = []
        btw = re.match(r"\s+(?:[\w'-]+\s+){0,7}?between\b", text_after)
        hands = re.search(r"\b(?:at|on) the hands of\b", view.text)
        blamed_for = _BLAMED_FOR.search(view.between(view.start, pos))
        blamed_on = _BLAMED_ON.match(text_after) or (
            re.search(r"\bblam(?:ed|es|e|ing)\s+(?:the\s+|an?\s+|this\s+)?$", view.between(view.start, pos)) and
            re.match(r"\s+on\s+", text_after))
        hands = re.search(r"\bon the one hand\b(?P<other>.*?)\bon the other\b", text_after) if btw else None
        if hands:  # "between X on the one hand and A and B on the other hand": two sides, enemies across only
            one = [s for s in view.slots if end + btw.end() <= s.start < end + hands.start() and fights(s)]
            two = [s for s in view.slots if end + hands.start("other") <= s.start < end + hands.end("other")
                   and fights(s)]
            if one and two:
                self.col.event(view, "clash", pos, agent=one + two, locations=view.places())
                for a in one:
                    for b in two:
                        self.col.relation(view, a, "hostile_to", b, pos)
                return
        if btw:
            agents = view.after(end + btw.end(), (), FIGHTING, max_words=3)
            of = re.match(r"\s*(?:the\s+)?(?:(?:two|three|main|rival|biggest|largest)\s+)*(?:factions|wings|branches)\s+of\s+"
                          r"(?:the\s+)?", view.text[m.end() + btw.end():])
            whole = [s for s in view.slots if of and s.start == end + btw.end() + of.end() and s.type in FIGHTING][:1]
            if whole:  # "fighting between the two main factions of the Sinaloa Cartel, Los Chapitos and La Mayiza"
                agents = named_list(view, whole[0].end + len(re.match(r"\s*,?\s*", view.text[whole[0].end - view.start:])
                                                              .group(0)), FIGHTING)
                for a in agents:
                    self.col.relation(view, a, "part_of", whole[0], pos)
            sides = [a for k, a in enumerate(agents) if a.eid not in {x.eid for x in agents[:k]}]  # "X and its ally, Y"
            if len(sides) < 2:
                sides = sides + [s for s in view.slots if s.start > end + btw.end() and s.type in ARMED | {"state"}
                                 and s not in sides + whole and not view.compound(s)][:3]  # not the US of "US-backed"
            sides = [s for s in sides if not _owner_only(view, s) and not any(  # "A and B of the so-called C": C owns B
                re.fullmatch(r"\s+of\s+(?:the\s+)?(?:so-called\s+)?", view.between(o.end, s.start)) for o in sides)]
            if len(sides) < 2:
                return
            self.col.event(view, "clash", pos, agent=sides, locations=view.places())
            paired = {a.eid for a, b in zip(sides, sides[1:]) if _one_noun(view, a, b)}
            for i, a in enumerate(sides):  # "between the Syrian and Lebanese forces and X": the two forces one side
                for b in sides[i + 1:]:
                    if not (a.eid in paired and b is sides[i + 1]):
                        self.col.relation(view, a, "hostile_to", b, pos)
            return
        warded, defenders, passive_by, made_by = None, [], None, None  # an attack the subject fought off, and who did
        war = re.match(r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}war\b(?!\s+(?:against|with|on|for|in)\b)", text_after) \
            if word in ("fought", "fight", "fighting") else None  # "the two fronts fought a civil war from 1972"
        mutual = re.match(r"\s+(?:\w+\s+)?(?:each other|one another)\b", text_after) or (
            re.match(r"", text_after) if word.startswith(("exchanged", "traded")) and not re.match(r"\s+with\b", text_after)
            else None) or war  # "Vostok fighters and Kadyrov's men exchanged fire"
        rivals = word in ("fought", "battled", "battling", "fighting", "clashing") and re.match(
            r"\s+(?:\w+\s+){0,2}?(?:for|over)\s+(?:the\s+)?(?:control|dominance|supremacy)\b", text_after)
        if not mutual and (word == "clashed" or rivals) and not re.match(r"\s+(?:\w+\s+){0,2}?(?:with|against)\b",
                                                                                     text_after):
            sides = [s for s in subject(view, pos, FIGHTING) if fights(s)]  # "A and B have clashed in P", "A and
            # B have been battling for control of P" (rivals for a place, not allies against a third); not "Russian
            # and Syrian forces battled for control of P", one noun the two demonyms share
            if any(_one_noun(view, a, b) for a, b in zip(sides, sides[1:])):
                sides = []
            mutual = re.match(r"", text_after) if len(sides) >= 2 else None
        claimed = re.match(r"\s*,?\s+(?:claimed|carried out|launched|staged|perpetrated|conducted)\s+(?:on\s+[^,;.]{1,25}?\s+)?"
                           r"by\b", text_after)  # "the attack carried out on 7 September 2023 by the terrorists of X"
        if mutual:  # "Boko Haram and ISWAP have fought each other"
            sides = [s for s in subject(view, pos, FIGHTING) if fights(s)]
            if war and not all(s.anaphor for s in sides):
                sides = []  # "A and B fought a war" may be one side's war; "the two fronts fought a war" is theirs
            also = re.match(r"\s*,?\s*(?:as well as|and also|and)\s+", text_after[mutual.end():])
            others = [o for o in view.after(end + mutual.end() + also.end(), (), FIGHTING, max_words=3)
                      if fights(o) and o not in sides] if also else []  # "... each other as well as the army"
            if len(sides) >= 2:
                self.col.event(view, "clash", pos, agent=sides + others, locations=view.places())
                for i, a in enumerate(sides):
                    for b in sides[i + 1:] + others:
                        self.col.relation(view, a, "hostile_to", b, pos)
            return
        repelled = word.startswith(("repel", "repuls", "foil", "thwart")) and re.match(
            r"\s+(?:an?\s+|the\s+|several\s+|two\s+|three\s+)?(?:[\w-]+\s+)?(?:attacks?|assaults?|offensives?|"
            r"advances?|attempts?|raids?)\s+(?:\w+\s+){0,3}?by\b", text_after, re.I)
        owned = word.startswith(("repel", "repuls", "foil", "thwart")) and not repelled and re.match(
            r"\s+(?:an?\s+|the\s+|several\s+|two\s+|three\s+)?(?P<who>(?-i:[A-Z])[\w-]*(?:\s+(?-i:[A-Z])[\w-]*)?)"
            r"(?:['\u2019]s)?\s+(?:[\w-]+\s+)?(?:attacks?|assaults?|offensives?|advances?|raids?|incursions?)\b", text_after)
        if repelled:  # "the 47th Brigade repelled an assault by Russia's 155th Brigade": the attacker is the agent
            attackers = view.after(end + repelled.end(), (), FIGHTING, max_words=3) or [
                a for a in view.after(end + repelled.end(), (), FIGHTING, max_words=5)  # "by the mercenaries of X"
                if _MEMBERS_OF.search(view.between(end + repelled.end(), a.start))]
        else:  # "Ukrainian forces repelled a Russian assault": the attacker named before the noun
            attackers = [a for a in view.slots if owned and a.start == end + owned.start("who") and a.type in FIGHTING
                         and fights(a)]
        defenders = subject(view, pos, FIGHTING) if attackers else []
        if attackers and defenders:
            if repelled:
                self._told_until = end + repelled.end()
            self.col.event(view, "clash", pos, agent=attackers, target=defenders, locations=view.places())
            for a in attackers:
                for d in defenders:
                    self.col.relation(view, a, "hostile_to", d, pos)
        if repelled or attackers and defenders:
            return
        if not claimed and _NOMINAL.match(word):  # "the 1983 bombings of the US embassy were claimed by the IJO"
            claimed = re.match(r"[^.;]{0,60}?\b(?:was|were|has been|have been|had been)\s+(?:\w+ly\s+)?"
                               r"(?:claimed|carried out|staged|perpetrated|launched|mounted|conducted)\s+"
                               r"(?:(?:on|in)\s+[^,;.]{1,25}?\s+)?by\b", text_after)
        if claimed:  # "an attack claimed by ISWAP on a base in Borno"
            agents = [a for a in view.after(end + claimed.end(), (), FIGHTING, max_words=2) if fights(a)] or [
                s for s in view.after(end + claimed.end(), (), ARMED, max_words=5)
                if _MEMBERS_OF.search(view.between(end + claimed.end(), s.start))]
            hit = re.match(r"\s+(?:against|hit|struck|targeted|pounded|bombed|shelled)\s+",  # "raids carried out
                           view.text[agents[-1].end - view.start:]) if agents else None  # by X hit Y": Y
            targets = [t for t in view.after(agents[-1].end + hit.end(), (), FIGHTING, max_words=3)
                       if fights(t) and t not in agents] if hit else []
            targets = targets or (_victims(view, agents) if agents else [])  # "a car bomb claimed by X killed 12 Y
            if agents:  # fighters"; "airstrikes carried out by the United States against the Nusra Front": against whom
                self.col.event(view, "clash", pos, agent=agents, target=targets, locations=view.places())
            for a in agents:
                for t in targets:
                    self.col.relation(view, a, "hostile_to", t, pos)
            return
        if hands and word.startswith("defeat"):
            agents = view.after(view.start + hands.end(), (), FIGHTING, max_words=2)
            targets = [s for s in view.slots if s.type in FIGHTING and s.end <= view.start + hands.start()
                       and s not in agents]
        elif _PASSIVE.search(view.between(view.start, pos)[-30:]) and re.match(r"\s+(?:\w+\s+){0,6}?by\b", text_after) \
                or word.endswith("ed") and re.match(r"\s+by\s", text_after):  # or "200 X Terrorists Killed by Y"
            by = passive_by = re.match(r"\s+(?:\w+\s+){0,6}?by\b", text_after)
            agents = view.after(end + by.end(), (), FIGHTING, max_words=5)
            targets = [t for t in subject(view, pos, FIGHTING | {"person"}) if not _WHICH_CLAUSE.search(
                view.between(t.end, pos))]  # not "the coalition's silence over a massacre in which civilians were
            # killed by X": the clause's own subject was hit
            if _SITE_TO_BE.search(view.between(max(view.start, pos - 60), pos)):
                targets = []  # "the first hospital to be targeted by X": what is hit is the building, unnamed
        elif word in KILL_WORDS and (_PASSIVE.search(view.between(view.start, pos)[-15:]) or word == "killed" and re.match(
                r"\s+(?:in|during)\s+(?:an?\s+|the\s+)?(?:[\w'-]+\s+){0,3}?(?:strikes?|air\s?strikes?|raids?|attacks?|"
                r"ambush|bombing|shelling|clashes)\b", text_after)):  # "X commander killed in Y strike": a headline's passive
            # "six Hamas fighters were killed in an Israeli airstrike": the dead are the target
            agents = [a for a in view.after(end, ("in", "during"), FIGHTING, max_words=4)
                      if not re.search(r"[,;]", view.between(end, a.start))]  # not "in the strike, the group said"
            when = re.match(r"\s+(?:\w+\s+){0,3}?when\s+(?:the\s+)?", text_after) if not agents else None
            struck = [a for a in view.after(end + when.end(), (), FIGHTING, max_words=1)
                      if _STRUCK_AFTER.match(view.text, a.end - view.start)] if when else []
            agents = agents or struck  # "22 X fighters were killed when Y warplanes struck a convoy": Y's strike
            targets = [s for s in subject(view, pos, FIGHTING | {"person"})
                       if s.type == "person" or _VICTIMS.match(view.text[s.end - view.start:])
                       or _ONE_VICTIM.match(view.text[s.end - view.start:])  # "X commander killed in Y strike"
                       or _MEMBERS_OF.search(view.between(max(view.start, s.start - 50), s.start))]  # "members of X"
        elif _PASSIVE.search(view.between(view.start, pos)[-15:]) and word.endswith("ed") and \
                not word.startswith(("clash", "fought", "battled")):
            agents = []  # "the IS-held town of Raqqa was bombed": what was hit is named, who hit it is not
        elif blamed_for or blamed_on:
            # "officials blamed the GIA for the attack", "the attack was blamed on Boko Haram": the one blamed made it
            # (as the article reports it)
            agents = [s for s in view.slots if s.type in ARMED and blamed_for and
                      view.start + blamed_for.start() < s.start and s.end <= pos] or \
                (view.after(end + blamed_on.end(), (), ARMED, max_words=3) if blamed_on else [])
            targets = []
        elif re.search(r"\bunder\s+(?:heavy\s+|sustained\s+|repeated\s+|renewed\s+|an?\s+)?$",
                       view.between(max(view.start, pos - 25), pos)) and \
                (source := re.match(r"\s+(?:\w+\s+){0,3}?(?:from|by)\s+", text_after)):
            # "the Dawn Front came under attack from the Hawks Brigade": the subject is attacked
            agents = view.after(end + source.end(), (), FIGHTING, max_words=3)
            targets = subject(view, pos, FIGHTING)
        else:
            agents = subject(view, pos, FIGHTING) + _alongside(view, pos)
            # "the US-led coalition strikes against ISIS", "Hamas's attack", "the ISIS attack": the noun's owner
            owner = [s for s in view.slots if s.type in FIGHTING and s.end <= pos and s.start >= pos - 40
                     and re.fullmatch(r"(?:['\u2019]?s)?\s+(?:(?:overnight|night|latest|new|recent|heavy|fresh|deadly|"
                                      r"suspected|renewed)\s+)?(?!(?:is|are|was|were|be|been|being|has|have|had|"
                                      r"began|begun|started|continued|resumed|stepped)\s)(?:[a-z-]+\s+)?",
                                      view.between(s.end, pos))] \
                if _NOMINAL.match(word) else []
            owner = [x for x in view.slots if owner and x.type in FIGHTING and x.end <= owner[-1].start and re.fullmatch(
                r"\s+and\s+", view.between(x.end, owner[-1].start))] + owner  # "Russian and Syrian strikes": both
            killed_in = _KILLED_IN.search(view.between(view.start, pos)) if _NOMINAL.match(word) else None
            if _NOMINAL.match(word) and (_HIT_IN.search(view.between(view.start, pos)) or
                                         _SUFFERED.search(view.between(max(view.start, pos - 40), pos))):
                # ("residents of P, an X stronghold, fled the shelling": who fled is not who shelled)
                agents = owner  # "ten soldiers were killed in Israeli air raids": the subject is hit, not hitting
            elif killed_in:  # "the army killed 20 X militants in air strikes": the killer's strikes, not X's
                agents = owner or subject(view, view.start + killed_in.start(), FIGHTING)
            elif _NOMINAL.match(word) and not owner and agents and _spoke_about(view.between(agents[-1].end, end)):
                agents = []  # "the General Command called the bombing an aggression against ...", "the committee said
                # heavy shelling had forced ...": who speaks of it (not "claimed responsibility for the attack")
            warded = _NOMINAL.match(word) and _WARDED_OFF.search(view.between(max(view.start, pos - 40), pos))
            if warded:
                # "the Iraqi army thwarted an attack on Ramadi": the subject defended; "repelled the ISIS attack",
                # "foiling their attack": the attacker is named before the noun
                defenders = [d for d in agents if fights(d)]
                agents = owner
            elif owner:
                agents = owner
            made_by = re.match(r"\s+(?:[\w'-]+\s+){0,5}?(?:by|(?<=attributed )to)\b", text_after) \
                if _NOMINAL.match(word) else None  # "an air strike by X", "a drone strike attributed to X"
            by_end = None
            if made_by and not re.search(r"[,;]|\b(?:killed|hit|struck|targeted|held|controlled|occupied|manned|"
                                         r"defended|guarded|run|used|seized|captured)\b", text_after[:made_by.end()]):
                # "an air strike late on Wednesday by the U.S.-led coalition": the maker is named after "by"
                found = view.after(end + made_by.end(), (), FIGHTING, max_words=4)
                if found and _OBJECT_OF_MODIFIER.search(view.between(end + made_by.end(), found[0].start)):
                    found, agents = [], []  # "an air strike by a coalition fighting Daesh": Daesh is fought
                agents = found or agents
                hit = re.match(r"(?:\s*\([^()]{1,40}\))?\s+(?:on|against)\s+", view.text[agents[-1].end - view.start:]) \
                    if agents and agents[-1].start > end else None
                struck = re.match(r"\s+(?:have\s+|has\s+)?(?:targeted|hit|struck|pounded|destroyed)\s+(?:the\s+)?"
                                  r"(?:(?:[a-z-]+\s+){1,3}?of\s+(?:the\s+)?(?:(?:militants|fighters|terrorists|members)\s+"
                                  r"of\s+(?:the\s+)?)?)?",  # "targeted gathering centers of militants of the X"
                                  view.text[agents[-1].end - view.start:]) if agents and not hit else None
                if struck and view.after(agents[-1].end + struck.end(), (), ARMED, max_words=0):
                    hit = struck  # "airstrikes by the Air Force targeted X camps": X hit
                if hit:  # "an attack by al-Shabaab on an AMISOM base", "the offensive by X against Y"
                    by_end = agents[-1].end + hit.end()
            if _JUDGED.search(view.between(max(view.start, pos - 80), pos)):
                # "Turkey condemned the chemical attack on ...", "the US termed the assaults war crimes":
                # who judges an attack did not make it; its maker is named after "by", if at all
                by = re.match(r"\s+(?:[\w'-]+\s+){0,5}?by\b", text_after)
                agents = view.after(end + by.end(), (), FIGHTING, max_words=4) if by else [
                    o for o in owner if o.type != "state" or re.match(r"['\u2019]s\b", view.text[o.end - view.start:])
                    or (d := demonym(o.text)) is not None and d.name != o.text]  # "the Russian air strikes", not
                # "the Syria attack" (where)
                # ("Iran condemned the Dawn Army's attack on X": the owner of the attack made it)
                hit = re.match(r"(?:\s+(?:militants|fighters|forces|terrorists|troops))?\s+(?:on|against)\s+",
                               view.text[agents[-1].end - view.start:]) if agents else None
                if hit:  # "the massacre committed by ISIS militants against elements of the FSA"
                    by_end = agents[-1].end + hit.end()
            genitive = re.match(r"\s+of\s+(?:the\s+)?", text_after) if _NOMINAL.match(word) else None
            own = [o for o in view.after(end + genitive.end(), (), FIGHTING, max_words=3) if genitive and
                   not re.match(r"(?:['\u2019]s)?\s+[a-z]", view.text[o.end - view.start:])] if genitive else []
            if own:  # "to support the offensive of the SDF against Daesh": the offensive is the SDF's
                agents = own
                against = re.match(r"[^.;]*?\bagainst\s+", view.text[own[-1].end - view.start:])
                targets = view.after(own[-1].end + against.end(), (), FIGHTING, max_words=3) if against else []
            elif word.startswith(("clash", "fight", "fought", "battle", "skirmish", "hostil", "in conflict", "war")):
                reduced = named_just_before(view, pos, ARMED | {"state"}) if word == "fighting" else []
                if reduced:  # "the US-led coalition fighting Daesh": a participle after the name that fights
                    agents = reduced
                preps = () if re.search(r"\b(?:with|against|on)$", word) else ("with", "against", "on", "between")
                targets = view.after(end, preps, FIGHTING | {"person"}, max_words=6)
                again = AGAIN_AGAINST.match(view.text, targets[-1].end - view.start) if targets else None
                if again:  # "fought first against Spain and then against Morocco and Mauritania"
                    targets = targets + view.after(view.start + again.end(), (), FIGHTING, max_words=3)
                own = targets[0] if len(targets) == 1 and targets[0].anaphor else None
                if own and own.eid in {a.eid for a in agents}:  # "clash with their rivals of the ISSP": theirs
                    targets = view.after(own.end, (), FIGHTING, max_words=4)
                if word in ("fought", "fight", "fights", "fighting", "battled"):
                    targets = [t for t in targets if not comrade(view, end, t)
                               and not ALONGSIDE.search(view.between(end, t.start))]  # "fought side by side with"
                if not targets and word in ("fought", "fight", "fights", "fighting", "battled"):
                    beside = re.match(r"\s+(?:alongside|with the help of|together with|beside|with)\b[^.;]*?\bagainst\b",
                                      text_after)  # "fought alongside Y against Z": Z the target, Y a co-agent
                    targets = view.after(end + beside.end(), (), FIGHTING, max_words=3) if beside else \
                        [] if re.match(r"\s+(?:alongside|beside|for)\b", text_after) or word == "fighting" and not (
                            reduced) else \
                        [t for t in view.after(end, (), FIGHTING, max_words=3)  # "fought the jihadists alongside X"
                         if not ALONGSIDE.search(view.between(end, t.start))]
                    if beside:
                        agents = agents + [s for s in view.slots if end < s.start and s.end <= end + beside.end()
                                           and s.type in ARMED | {"state"} and not view.compound(s)]
            else:
                targets = view.after(end, (), FIGHTING | {"person"}, max_words=6)
                comrades = [t for t in targets if re.search(  # "jointly attacked P with the army": its partner
                    r"\b(?:with|alongside)\s+(?:the\s+)?$", view.between(end, t.start))
                    and re.search(r"\b(?:jointly|together)\b", view.between(view.start, t.start))]
                agents = agents + [c for c in comrades if c.type in ARMED | {"state"}]
                targets = [t for t in targets if t not in comrades and not _NEW_CLAUSE.search(view.between(end, t.start))
                           and not (_CLAUSE_OPENS.search(view.between(end, t.start)) and  # "shelled the city before
                                    _VICTIMS.match(view.text[t.end - view.start:]))  # KDP fighters entered": theirs
                           and not (t.anaphor and t.text.casefold() in ("its", "their")  # "continuing its siege"
                                    and not _VICTIMS.match(view.text[t.end - view.start:]))  # not "its fighters"
                           and not re.search(r"\b(?:since|when|once)\b|[,;]\s*(?:said|says|told|added|according\s+to)\b",
                                             view.between(end, t.start))  # "attacked Mosul, said a commander of X"
                           and not _SAID_AFTER.match(view.text, t.end - view.start)]  # "... areas, the Coalition said"
                # "raids on army posts since the former ABM pledged allegiance": another clause's subject
            if by_end:
                targets = view.after(by_end, (), FIGHTING, max_words=4)
            aim = _AIMED_AT.match(text_after) if _NOMINAL.match(word) and not _foe_named(targets, agents) else None
            if aim:  # "began a joint offensive on the border last year to dislodge the ISIS and Nusra militants"
                targets = view.after(end + aim.end(), (), FIGHTING, max_words=2)
            lo = max(view.start, pos - 90)
            accused = _ACCUSED_OF.search(view.between(lo, pos))
            if accused and not [t for t in targets if not t.anaphor] and re.match(
                    r"\s+(?:its|their)\s+(?:[\w-]+\s+)?(?:positions|bases|posts|fighters|forces|men|areas|territory|"
                    r"checkpoints|villages|towns)\b", text_after):  # "X accused Y of shelling its positions": X's
                targets = [t for t in subject(view, lo + accused.start(), FIGHTING) if t not in agents]
            fell_back = _FELL_BACK.search(view.between(view.start, pos)) if _NOMINAL.match(word) else None
            if fell_back and agents and not _foe_named(targets, agents):
                # "X withdrew from P after an assault by Y": X was hit
                targets = [s for s in subject(view, view.start + fell_back.start(), FIGHTING) if s not in agents]
            if _NOMINAL.match(word):  # "Russian aggression on Syria", "strikes on Syria": a country is where (not
                # "attacks on US facilities", "the attack on India's parliament")
                targets = [t for t in targets if not (t.type == "state" and re.search(
                    r"\b(?:on|in|across)\s+(?:the\s+)?$", view.between(max(end, view.group_of(t)[0].start - 12),
                                                                    view.group_of(t)[0].start)) and
                    re.match(r"\s*(?:$|[,.;:)]|(?:in|on|at|and|from|to|for|with|since|after|during|as|while|said|the)\b)",
                             view.text[t.end - view.start:]))]
        # "Iran-backed militias shelled P": the backer named in the compound is not who shelled
        agents = [a for a in agents if fights(a) and not _BACKER_COMPOUND.match(view.text, a.end - view.start)]
        backers = [b for b in backers_in_action(view, agents, pos) if b not in agents]
        agents += backers
        helped = _FOR_SIDE.search(view.text, end - view.start)
        if helped:  # who is named after "in support of" is helped, not hit; "airstrikes on Syria in support of
            at = view.start + helped.start()  # Assad's regime": the country just before it is where, not whom
            targets = [t for t in targets if t.end <= at and not (t.type == "state" and
                                                                  re.fullmatch(r"\s*", view.between(t.end, at)))]
        if not targets and word.startswith(("fought", "fight", "battl")) and re.match(
                r"\s+(?:\w+\s+){0,2}?(?:alongside|beside|side\s+by\s+side\s+with|shoulder\s+to\s+shoulder\s+with)\b",
                text_after):
            return  # "X has fought alongside the army since 2021": an ally named, no fight with anyone in it
        if not agents and word == "hit":  # "Strikes (carried out) by X hit Y in P": the maker of the strikes
            agents = [x for x in view.slots if x.type in ARMED | {"state"} and x.end <= pos and _STRIKES_BY.search(
                view.between(view.start, x.start)) and not view.between(x.end, pos).strip()][-1:]
        if not agents:
            if warded and defenders:  # "the NFL said it repelled an attack": the attacker unnamed, the defender hit
                self.col.event(view, "clash", pos, target=[d for d in defenders if d.type in ARMED | {"state"}],
                               locations=view.places())
            elif re.match(r"clash|fight|battle", word) and re.search(r"\b(?:erupted|broke out|raged)\b", view.text):
                # "the clashes that erupted with government forces": one side named, the other not
                self.col.event(view, "clash", pos, target=[t for t in targets if t.type in ARMED | {"state"}],
                               locations=view.places())
            return
        makers = {a.eid for a in agents} if made_by else set()  # "died in an attack by X": X made it, not hit
        if not [t for t in targets if t.eid not in makers] and re.match(r"attack|air|bomb|strike|shell|raid|drone|"
                                                                         r"ambush|assault|offensive|counter", word):
            targets = targets + _victims(view, agents) or [  # "two IS leaders were killed in a US airstrike"; "were bombing
                s for s in view.slots if s.type in FIGHTING and end < s.start < end + 40 and s not in agents  # ISIS-held
                and _HELD_COMPOUND.match(view.text, s.end - view.start)]  # parts of the city"
        person_targets = [t for t in targets if t.type == "person"]
        targets = [t for t in targets if t.type != "person"]
        for p in person_targets:
            g = self._group_of(p.eid)
            if g:
                targets.append(Slot(0, 0, g, "armed_group", ""))
        took_part = re.search(r"\b(?:involved|took part|taking part|takes part|participat\w*|engaged|fought|fighting)"
                              r"\s+in\s+(?:the\s+|a\s+|an\s+|fierce\s+|heavy\s+)*$", view.between(view.start, pos))
        agents, targets = _owned_instead(view, agents), _owned_instead(view, targets)
        agents, targets = [[x for x in xs if not _ANTI_PRO.search(view.between(max(view.start, x.start - 6), x.start))]
                           for xs in (agents, targets)]  # "anti-regime opposition groups": the groups, not the regime
        agents, targets = [a for a in agents if not view.owner_only(a)], [t for t in targets if not view.owner_only(t)]
        targets = [t for t in targets if not any(_same_side(view, a, t) for a in agents if a not in backers)
                   and not SUPPORT_AFTER.match(view.text, t.end - view.start)]  # "fighting with US support"; (the
        # backing named between them is the backer's own: "Y were killed by X backed by Z fighters")
        co_agents = [t for t in targets if t.eid in {a.eid for a in agents}]
        targets = [t for t in targets if t not in co_agents]  # "attacks by regime and Russian forces": one side
        targets = [t for t in targets if not _NONE_OF.search(view.between(max(view.start, t.start - 30), t.start))
                   and not WITHOUT.search(view.between(end, t.start))]
        friends = {frozenset((r.subject, r.object)) for r in self.col.relations  # "X backed by Y ... killing"
                   if r.evidence.start == view.start and r.relation in ("backed_by", "allied_with", "part_of")}
        targets = [t for t in targets if not any(frozenset((a.eid, t.eid)) in friends for a in agents)]
        if not targets and not person_targets and not took_part and not co_agents and not blamed_for and not blamed_on \
                and not (
                (re.match(r"(?:counter-?)?(?:attack|offensive)|assault|raid|air|bomb|shell|storm|claim|massac|aggress|hit|"
                          r"(?:broke|broken|breaking|lifted)\s|"
                          r"fought|battled|battling|clashed|clashing|"
                          r"besieged|besieging|laid siege|blockad|ambush|(?:clearance|counter)\S* operation", word)
                 or word in ("killed", "kills") and _MEN_UNDER_ARMS.match(text_after) and agents and  # its own doer,
                 re.fullmatch(r"\)?(?:\s*\([^()]{1,30}\))?\s+(?:[A-Za-z-]+\s+){0,3}",  # not the object of a verb before
                              view.between(agents[-1].end, pos)))
                and view.places() and not (word.startswith(("besieg", "blockad")) and not _BESIEGING.search(
                    view.between(max(view.start, pos - 40), pos)))) \
                and not (passive_by and agents) and not word.lower().startswith("claim") and not (
                _NOMINAL.match(word) and _MADE_IT.search(view.between(max(view.start, pos - 40), pos))):
            return  # "the city has often been targeted by IS militants": the maker named, the target unnamed (not
            # "X claimed responsibility for the attack", "X carried out the attack": the maker of one told of)
        # the other side is an armed actor: a person hit stands for his group (above), and a country after the
        # verb is mostly where ("struck bases inside Mozambique"), a monitor or an outlet who reported it
        sides = [t for t in targets if t.type in ARMED or t.type == "organization" and fights(t)]
        self.col.event(view, "clash", pos, agent=agents, target=sides, locations=view.places())
        if _ACCIDENT.search(view.text):
            return  # "mistakenly killed 18 members of the SDF": a strike in error shows no enmity
        for a in agents:
            for t in targets:
                if t.eid != a.eid:
                    self.col.relation(view, a, "hostile_to", t, pos)
        if sides or re.match(r"air|bomb|shell|strike|raid|drone", word):  # one side's blow, not a fight among them
            for a, b in _foreign_partners(agents):  # "Russian and Syrian warplanes struck ISIS": allies at war
                if frozenset((a.eid, b.eid)) not in friends:
                    self.col.relation(view, a, "allied_with", b, pos)

    def _pitted(self, view, m, pos, end):
        sides = view.after(end, (), ARMED | {"state"}, max_words=5)
        against = re.search(r"\bagainst\b", view.text[m.end():])
        if not sides or not against:
            return
        others = view.after(end + against.end(), (), ARMED | {"state"}, max_words=4)
        others += [s for s in view.slots if s.type in ARMED and others and s.start > others[-1].end
                   and re.fullmatch(r"[^.;]*\band\s+(?:the\s+)?", view.between(others[-1].end, s.start))
                   and not re.search(r"\b(?:which|who|that)\b", view.between(others[-1].end, s.start))][:1]
        sides = [a for a in sides if a.start < end + against.start()]
        if sides and others and re.search(r"\b(?:clash|fight|battle|attack|war|conflict|offensive)",
                                          view.between(view.start, pos), re.I):
            self.col.event(view, "clash", pos, agent=sides + others, locations=view.places())
        for a in sides:
            for b in others:
                self.col.relation(view, a, "hostile_to", b, pos)

    def _capture(self, view, m, pos, end):
        word = re.sub(r"\s+out$", "", m.group(0).lower())  # "drove out X from Y" is "drove X out of Y"
        text_after = view.text[m.end():]
        if _AIMING_TO.search(view.between(max(view.start, pos - 80), pos)) or re.search(
                r"\b(?:to|would|will|could|might|may)\s+(?:\w+ly\s+)?$", view.between(max(view.start, pos - 20), pos)) and \
                not re.search(r"\b(?:managed|able|succeeded|went\s+on|used)\s+to\s+$", view.between(max(view.start, pos - 30), pos)):
            return  # "a rebel alliance battling to take control of Aleppo", "fought street by street to retake Marawi",
            # "the army would retake the town": an aim, nothing taken yet (not "managed to retake")
        if re.match(r"\s+(?:state\s+|political\s+)?power\b", text_after, re.I):
            return  # "seized power in March 2013": a government taken, no territory
        if word == "captured" and re.search(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|dozens\s+of|"
                                            r"hundreds\s+of|several|some|many|the|a|an|its|their|his|her|of|newly)\s+$",
                                            view.between(max(view.start, pos - 20), pos), re.I):
            return  # "executed five captured X fighters", "the captured soldiers": men held, no territory taken
        if word in ("took over", "taking over"):
            helm = _HELM_OF.match(text_after)  # "took over the leadership of the FDD", "took over its command"
            led = view.after(end + helm.end(), (), LED, max_words=1) if helm and helm.group("of") else \
                [s for s in view.slots if helm and s.anaphor and s.type in LED and end <= s.start < end + helm.end()] \
                if helm else view.after(end, (), ARMED, max_words=2)  # a party's leadership too, not a party taken
            person = subject(view, pos, {"person"})
            if led and person and person[0].end <= pos and not view.places_after(end, 2):
                self._takes_lead(view, pos, person[0], led[0], "leader")  # "Z took over the TTP": no territory
                return
        if word.startswith(("entered", "marched", "moved", "rolled", "stormed")) and not any(
                re.fullmatch(r"\s+(?:the\s+)?", view.between(end, p.start)) and not is_region(p.text)
                for p in view.places_after(end, 1) if p.type == "place"):
            return  # "entered Kirkuk": a town taken; not "entered Syria", "entered talks"
        reduced = _reduced_passive(view, pos, word, text_after)
        direct = [p for p in view.places_after(end, 1) if p.type == "place" and
                  re.fullmatch(r"\s+(?:the\s+)?", view.between(end, p.start)) and
                  not re.match(r"(?:['\u2019]s?|\s+(?:hostage|residents|civilians|prisoners?|by\s+surprise)\b)",
                               view.text[p.end - view.start:])]  # "took Idlib", not "took Aleppo's residents hostage"
        taken_by = word in ("taken", "retaken") and _PASSIVE.search(view.between(view.start, pos)[-15:]) and \
            re.match(r"\s+(?:\w+\s+){0,3}?by\s", text_after) and any(  # "Kafr Nabl was retaken by the army"
                p.end <= pos and not re.search(r"[,;]|\b(?:and|but|which|who|that)\b", view.between(p.end, pos))
                for p in view.places())
        if word in ("took", "taken", "retook", "retaken") and not reduced and not direct and not taken_by and not (
                word == "retook" and view.places_after(end, 1)) and not re.match(r"\s+(?:\w+\s+){0,3}?(?:villages?|towns?|cities|city|areas?|"
                                                      r"control|positions?|territory|districts?|neighbou?rhoods?|"
                                                      r"the town|the city|the village|over)\b", text_after, re.I) \
                and not (view.places_after(end, 1) and re.match(r"\s+(?:the\s+)?(?:[\w'-]+\s+){1,4}?from\b",
                                                                 text_after)):
            return  # "took part", "took office"; but "took Manbij from Daesh", "retook Kidal"
        if word in ("expelled", "pushed", "drove", "driven", "chased", "forced") and not view.places_after(end, 14) \
                and not re.search(r"(?:out\s+of|from)\s+(?:the\s+|a\s+|its\s+|their\s+|several\s+|a\s+string\s+of\s+)?"
                                  r"(?:\w+\s+){0,3}"
                                  r"(?:villages?|towns?|areas?|positions?|districts?|city|region|bases?|camps?|"
                                  r"barracks|airports?|air ?bases?|strongholds?|provinces?|country|capital)\b", text_after):
            return
        if word == "handed over":
            agents = view.after(end, ("to",), FIGHTING, max_words=12)
            losers = subject(view, pos, FIGHTING)
        elif word in _FELL_TO:  # "P fell to X after the Hawks Brigade withdrew": they lost it
            agents = view.after(end, (), FIGHTING, max_words=2)
            losers = [s for s in view.slots if s.type in FIGHTING and s.start >= end and s not in agents
                      and re.search(r"\b(?:after|as|when)\s+(?:the\s+)?$", view.between(end, s.start))
                      and _RETREATED.match(view.text, s.end - view.start)]
        elif word == "lost":  # "the Islamic State lost the town of Manbij to the SDF"
            to = re.match(r"\s+(?:[\w'-]+\s+){1,8}?to\s+", text_after)
            agents = view.after(end + to.end(), (), FIGHTING, max_words=2)[:1] if to else []
            losers = subject(view, pos, FIGHTING)
        elif _PASSIVE.search(view.between(view.start, pos)[-15:]) or reduced:
            if not reduced and any(s.type == "person" for s in subject(view, pos, FIGHTING | {"person"})[:1]):
                return  # "its leader Z was captured by Afghan intelligence": a person taken, no territory
            by = re.match(r"\s+(?:\w+\s+){0,6}?by\b", text_after)
            agents = view.after(end + by.end(), (), FIGHTING, max_words=3) if by else []
            losers = [s for s in view.after(agents[-1].end, ("from",), FIGHTING, max_words=3)
                      if s not in agents] if agents else []  # "... by the army from the Islamic State"
        else:
            if any(s.type == "person" for s in view.after(end, (), FIGHTING | {"person"}, max_words=3)[:1]):
                return  # "troops captured Z": a person taken, no territory
            agents = subject(view, pos, FIGHTING) + _alongside(view, pos)
            said = _spoke_about(view.between(agents[-1].end, end)) if agents else None
            relative = said and re.search(r"\b(?:which|whom?|that)\b",
                                          view.between(agents[-1].end, agents[-1].end + said.start()))
            claimed = re.fullmatch(r"\s+(?:has\s+|have\s+)?(?:claimed|claims|announced|announces)\s+(?:the\s+)?",
                                   view.between(agents[-1].end, pos)) \
                if agents and word in ("capture", "takeover", "liberation") else None  # the noun: what was claimed
            if said and not relative and not claimed and not re.search(  # ("X claimed the capture of P": X took it)
                    r"\b(?:it|they|we)\s+(?:had\s+|has\s+|have\s+)?(?:\w+\s+)?$", view.between(agents[-1].end, pos)):
                agents = []  # "the Committee said heavy shelling had forced the FSA from the town": who speaks of it
                # (not "X said they took control of it", nor "the M23, which experts say is backed by Rwanda, has seized")
            losers = [x for x in view.after(end, ("from",), FIGHTING, max_words=10) if not re.search(
                r"\b(?:support|help|backing|cover|assistance|reinforcements)\s+from\s+(?:the\s+)?$",
                view.between(max(view.start, x.start - 30), x.start))]  # not "with support from Russian airstrikes"
            men_of = None if losers else re.match(
                r"[^.;]{0,80}?(?<!support\s)(?<!help\s)(?<!backing\s)(?<!cover\s)(?<!assistance\s)"
                r"\bfrom\s+(?:the\s+)?(?:(?:[\w-]+\s+)?(?:(?:hands|grip|control|militias|gangs)\s+of\s+(?:the\s+)?"
                r"(?:so-called\s+)?|" + _MEN_OF + "))?", text_after, re.I)
            if men_of:  # "the liberation of Sinjar from the terrorists of ISIS", "the oil ports of A and B from X"
                losers = view.after(end + men_of.end(), (), FIGHTING, max_words=0)
            seat = re.match(r"\s+(?:the\s+)?(?:headquarters|bases?|camps?|positions|posts|strongholds?)\s+of\s+"
                            r"(?:the\s+)?(?:[\w-]+-(?:affiliated|linked|backed|allied)\s+)?", text_after)
            if seat:  # "seized the headquarters of al-Qaeda-affiliated al-Nusra": al-Nusra lost it
                losers += view.after(end + seat.end(), (), FIGHTING, max_words=0)
            if word in ("expelled", "pushed", "drove", "driven", "chased", "forced"):
                # "ISIL expelled X and other groups from Raqqa", "the army pushed X out of Y": X lost it; "drove
                # fighters of X out of P": X did
                men = MEN_OF_AFTER.match(text_after)
                losers = view.after(end + (men.end() if men else 0), (), FIGHTING, max_words=0 if men else 2) + losers
            own = view.after(end, (), FIGHTING, max_words=4) if not word.startswith("wrest") else []  # "wrest it from"
            losers += [s for s in own if s.anaphor or view.text[s.end - view.start:s.end - view.start + 2] in ("'s", "\u2019s")]
            held = _HELD_BY.match(text_after)
            if held:  # "overran several positions held by the army and the VDP": theirs
                losers += view.after(end + held.end(), (), FIGHTING, max_words=1)
            losers += [s for s in view.slots if s.type in FIGHTING and end <= s.start and s.end <= end + 30
                       and _HELD_COMPOUND.match(view.text, s.end - view.start)]  # "captured the IS-held town of Dabiq"
            places_named = view.places_after(end, 6)
            was_held = _WAS_HELD.match(view.text, places_named[0].end - view.start) if places_named else None
            if was_held:  # "recaptured Palmyra, which had been held by the Islamic State since May 2015"
                losers += view.after(view.start + was_held.end(), (), FIGHTING, max_words=1)
            which = _WHICH_HELD.match(view.text, places_named[0].end - view.start) if places_named else None
            losers += [s for s in view.slots if which and s.start == view.start + which.end()
                       and s.type in FIGHTING and _HELD_IT.match(view.text, s.end - view.start)]
            losers += [s for s in view.slots if s.type in FIGHTING and s.start >= end and s not in agents + losers
                       and (_EXPELLING.search(view.between(max(end, s.start - 30), s.start))
                            or re.search(r"\b(?:after|as|when)\s+(?:the\s+)?$", view.between(end, s.start))
                            and _RETREATED.match(view.text, s.end - view.start))]
            # "recaptured Ramadi, expelling the Islamic State from it", "took Manbij after Daesh retreated"
        places = view.places_after(end, 12) or view.places()
        places = [p for p in places if p.start <= end or not _NEXT_CLAUSE.search(view.between(end, p.start))]
        places = [p for k, p in enumerate(places) if not (k and re.fullmatch(  # "El Fasher, the last army stronghold
            APPOSED_LOCATOR, view.between(places[k - 1].end, p.start)))]  # in Darfur": Darfur only locates it
        agents = [a for a in agents if (a.type in ARMED | {"state"} or fights(a) and losers)
                  and not _BACKER_COMPOUND.match(view.text, a.end - view.start)]  # a party takes from a named foe
        if not agents:
            return
        for p in places[:1] if word != "handed over" and word not in _FELL_TO else ():
            seat = _SEAT_OF.match(view.text, p.end - view.start)
            if seat:  # "captured Kilinochchi, the administrative centre of the LTTE": the LTTE lost it
                losers = losers + [x for x in view.after(view.start + seat.end(), (), FIGHTING, max_words=1)
                                   if x not in agents]
        ev = self.col.event(view, "capture", pos, agent=agents, from_=losers, locations=places)
        if not ev:
            return
        for a in agents:
            for lose in losers if word != "handed over" else ():  # a handover is no fight
                self.col.relation(view, a, "hostile_to", lose, pos)
            named = _CONTROL_OF.match(view.text, end - view.start)  # "seized control of P": P, named right there
            held = places if re.search(r"control|handed over|taking over|took over", word) or re.match(
                r"\s+(?:full|total|complete|effective)\s+control\b", view.text[end - view.start:]) else \
                [p for p in places if named and p.start == view.start + named.end()] if named else []
            for p in held:
                self.col.relation(view, a, "controls", p, pos, valid_from=ev.date, date=view.date_near(pos))
