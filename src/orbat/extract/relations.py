"""Relations stated outright: compound modifiers ("Turkish-backed X", "al-Qaeda-linked X"),
appositions and copulas ("X is a key member of Y", "X, an al-Qaeda franchise"), possessives
("Y's Central Force"), membership lists ("Y consists of A, B and C"), roles of persons
("the group's spokesman, Cpt. Z"), and presence or control of places ("operating in P").
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from orbat.extract.collect import INTENDED, Collector
from orbat.extract.coref import AGE_ASIDE, party_like
from orbat.extract.events import (AGAIN_AGAINST, ALONGSIDE, AND_ITS_PARTNER, APPOSED_LOCATOR, BACKED_BY,
                                  LEADER_ROLES, MEN, MEN_OF_AFTER, SUPPORT_AFTER, SUBORDINATOR, TOGETHER, WITHOUT,
                                  backers_in_action, comrade, fights, leaders_clause, network, apposed_head,
                                  fronted_subject, group_of, main_subject, named_just_before, named_list,
                                  names_owner, subject, verbs_object)
from orbat.extract.mentions import AFFILIATION_ADJECTIVES, HONORIFICS, SPEECH_VERBS
from orbat.extract.names import word_sets
from orbat.extract.view import ACTOR_TYPES, GROUP_TYPES, KIND_WORDS, Slot, View

ARMED = GROUP_TYPES
_COMPOUND = re.compile(r"-(backed|supported|funded|sponsored|armed|trained|equipped|affiliated|linked|aligned|allied|"
                       r"inspired|loyal|led|dominated|controlled|held)\b", re.I)
_GENERIC_HEAD = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:alliance|coalition|umbrella|groups?|militias?|factions?|movements?|"
                           r"forces?|rebels|fighters|organi[sz]ations?)\b(\s*,|\s+(?:mainly\s+|mostly\s+|largely\s+)?"
                           r"(?:led|headed|commanded|made up|composed|consisting|that|which|who)\b)?", re.I)
_UNIT_NAME = re.compile(r"\b(?:brigade|battalion|division|regiment|corps|company|squadron|detachment|unit|"
                        r"command|force|group|army|troop|contingent)s?$", re.I)
_MEMBER_LIST = re.compile(r"\b(?:(?:member|constituent|component|founding)\s+(?:organi[sz]ations|groups|factions|"
                          r"movements|brigades|parties)|(?:two|three|four|five|six|seven|eight|nine|ten)\s+(?:[\w-]+\s+)?"
                          r"(?:tendencies|factions|wings|brigades|battalions|regiments|divisions|units|components|branches))\b",
                          re.I)  # "the FSLN's three tendencies, A, B and C"
# a coalition named with whom it fights: "the US-led coalition against Daesh"
_COALITION_AGAINST = re.compile(r"\s+(?:fighting\s+)?against\s+(?:the\s+)?", re.I)
_SURRENDERED = re.compile(r"\bsurrender(?:ed|s|ing)?\s+(?:\w+\s+){0,2}?to\s+(?:the\s+)?", re.I)
# a list of groups named as against a side: "anti-regime factions in Jayrud include A and B"
_ANTI_LIST = re.compile(r"\b[Aa]nti-(?P<foe>[\w-]+)\s+(?:[\w-]+\s+){0,2}?(?:factions|groups|rebels|militias|forces|"
                        r"brigades|fighters|insurgents)\s+(?:in\s+[\w\s-]{1,30}?\s+)?(?:include|included|including|such\s+as|"
                        r"among\s+them|are|were)\s+(?:the\s+)?")
_GENERIC_BEFORE = re.compile(r"\b(?:groups|militants|fighters|terrorists|factions|organi[sz]ations|rebels|elements|"
                             r"gunmen|members|militias|insurgents|jihadists|units|forces|troops|militiamen|men)\s*,?\s*(?:(?:which|that|who)\s+(?:are|were)\s+)?$",
                             re.I)
_BY_SPONSOR = re.compile(r"\b(?:backed|supported|funded|sponsored|(?:re-?)?armed|financed|bankrolled|trained|equipped|reinforced|"
                         r"resupplied)"
                         r"(?:, (?:paid|trained|supplied|equipped|armed|financed|funded|backed|supported))*"
                         r"(?:,? and (?:paid|trained|supplied|equipped|armed|financed|funded|backed|supported))?"
                         r"(?: (?:mainly|largely|chiefly|partly|heavily|openly|secretly|directly|in recent (?:days|weeks|months)))?"
                         r" by\b|\bwith\s+the\s+(?:help|support|backing|assistance)\s+of\b", re.I)
# the support a sponsor gives, then the sponsor: "backed by air strikes launched by the coalition"
_STRIKES_BY = re.compile(r"\s+(?:[\w-]+\s+){0,2}?(?:air\s*strikes|airstrikes|air\s+support|air\s+power|warplanes|jets|"
                         r"aircraft|drones|artillery|advisers|special\s+forces)\s+(?:(?:launched|carried\s+out|conducted|"
                         r"provided|flown|sent)\s+)?(?:by|from)\s+", re.I)
# a state that takes a side in a war: "Turkey intervened on the GNA's side", "intervened on behalf of X"
_INTERVENED_FOR = re.compile(r"\bintervened\s+(?:militarily\s+)?(?:(?P<side>on\s+(?:the\s+)?(?=[^,;.]{1,40}?['\u2019]s?\s+"
                             r"side\b))|on\s+behalf\s+of\s+(?:the\s+)?|in\s+support\s+of\s+(?:the\s+)?|on\s+the\s+side\s+of\s+"
                             r"(?:the\s+)?)", re.I)
# "China, the main supplier of arms to the Khmer Rouge": the sponsor named before the noun
_SUPPLIER_OF = re.compile(r",\s+(?:the|a|its|their)\s+(?:(?:main|chief|principal|key|biggest|largest|major|only)\s+)?"
                          r"(?:supplier|source|provider)\s+of\s+(?:arms|weapons|funds|money|ammunition)\s+(?:to|for)\s+"
                          r"(?:the\s+)?", re.I)
# what a sponsor's backing goes to when it is an action: "in an offensive backed by US air strikes"
_ACTION_BACKED = re.compile(r"\b(?:offensive|operation|attack|assault|advance|push|campaign|counter-?offensive)\s*,?\s*$",
                            re.I)
# "Iraqi forces aided by coalition airstrikes", "with the support of Russian Aerospace Forces", "with the help of
# air strikes by the US-led coalition": support in the field
_UNNAMED_BEFORE = re.compile(r"\b(?:and|or|with|against|between|but|while)\s+(?:the\s+)?(?:[A-Za-z-]+\s+){0,2}?"
                             r"(?:rebels|fighters|militants|"
                             r"insurgents|groups|factions|militias|jihadists|opposition)\s*,?\s*$")
_AIDED_BY = re.compile(r"\b(?:aided|helped|assisted)\s+by\s+(?:the\s+)?|\b(?:with|enjoys?|enjoyed|enjoying)\s+(?:the\s+)?"
                       r"(?:support|help|aid|assistance|backing|"
                       r"(?:air|artillery|aerial|logistical|military|naval|fire|drone)\s+support|air\s+cover|cover)\s+"
                       r"(?:of|from)\s+(?:the\s+)?(?:(?:heavy|intense|massive)\s+)?"
                       r"(?:(?:air ?strikes|air support|air power|air cover|warplanes|aircraft|jets)\s+(?:by|from|of)\s+"
                       r"(?:the\s+)?)?", re.I)
# "accused India of backing the BLA": the sponsor is the accused, the claim reported
_ACCUSED_OF = re.compile(r"\baccus(?:ed|es|e|ing)\s+(?:[\w'\u2019()-]+\s+){0,5}?of\s+(?:(?:sheltering\s+and\s+)?(?:backing|supporting|arming|funding|"
                         r"financing|sponsoring|training|equipping|harbou?ring|sheltering)(?:\s+and\s+\w+ing)?|having\s+(?:backed|"
                         r"supported|armed|funded|financed|sponsored|trained|equipped|harbou?red)(?:\s+and\s+\w+ed)?)\s+",
                         re.I)  # "the RPF accuses France of having armed and trained the FAR": France arms it
# "X, which is", "X (ACR), which remained the": a relative clause whose subject is the name before it
_RELATIVE = re.compile(r"\)?\s*,\s*(?:which|who|that)\s+(?:(?:is|are|was|were|has been|have been|had been|remained|remains|"
                       r"became)\s+(?:also\s+|largely\s+|reportedly\s+|openly\s+|mainly\s+)?(?:the\s+)?|"
                       r"(?:also\s+|largely\s+|reportedly\s+|openly\s+|mainly\s+)?)$", re.I)  # "the" only after its copula
_DESCRIPTOR = re.compile(r"(?:\s*\([^()]{1,12}\))?(?:['\u2019]s?\s+(?:political|military|shura|executive|central|"
                         r"leadership)\s+(?:bureau|council|office|committee|command))?"  # "the head of Hamas's political bureau, Z"
                         r"[\s,]*(?:(?:militant|rebel|jihadist|armed|insurgent|extremist|islamist|opposition|terrorist|"
                         r"hardline|main|powerful)\s+)*(?:group|faction|movement|organi[sz]ation|alliance|"
                         r"coalition|militia|forces|troops)?[\s,]*(?:(?:Lieutenant|Lt\.?|Major|Maj\.?|Brigadier|Brig\.?|General|"
                         r"Gen\.?|Colonel|Col\.?|Captain|Capt\.?|Commander|Admiral|Adm\.?|Sergeant|Sgt\.?|Marshal|"
                         r"Field|Sheikh|Mullah)\s+)*", re.I)


def _where_in(view: View, end: int, limit: int) -> int:
    """The end of an "in <place>" (with the descriptor before it: "X terrorist group in Syria") that follows a
    name ending at `end`, else `end`."""
    kind = _DESCRIPTOR.match(view.text, end - view.start)
    at = end + (kind.end() - kind.start() if kind else 0)
    spot = next((s for s in view.places() if at < s.start and s.end <= limit and
                 re.fullmatch(r"\s*in\s+(?:the\s+)?", view.between(at, s.start))), None)
    return spot.end if spot else end


_APPOINT = re.compile(r"\b(?:appointed|appoints|named|names|elected|elects|chose|chosen|picked|designated)\b", re.I)
# the men a name may stand before or after: "X terrorists' positions", "hideouts of the X terrorists in P"
_ITS_MEN = r"(?:terrorists?|militants?|rebels?|fighters?|insurgents?|jihadists?|mercenar(?:y|ies)|gunmen)"
_POSTS = r"(?:positions?|hideouts?|bases?|camps?|posts?|strongholds?|dens?|headquarters)"
# "X positions in the town of P": the place a settlement's noun names
_TOWN_OF = r"(?:(?:town|city|village|district|province|region|area)\s+of\s+(?:the\s+)?)?"
_NOUN_IN = re.compile(r"(?:\s+" + _ITS_MEN + r"(?=['\u2019]?\s+" + _POSTS + r"))?"
                      r"(?:['\u2019]s?)?\s+(?:alliance|coalition|group|rebels|militia|militiamen|fighters|forces|militants|"
                      r"gatherings|troops|" + _POSTS + r")\s+(?:(?:positioned|stationed|"
                      r"deployed|entrenched|holed\s+up|based)\s+)?(?:in|across|throughout)\s+(?:the\s+)?" + _TOWN_OF, re.I)
# the owner after its hideouts: "hideouts of the Dawn Front terrorists in P", "a position of X in P"
_POSTS_OF = re.compile(r"\b(?:" + _POSTS + r"|fortifications|gatherings|concentrations)\s+of\s+(?:the\s+)?$", re.I)
_OWNER_IN = re.compile(r"(?:\s+" + _ITS_MEN + r")?\s+(?:in|across|throughout)\s+(?:the\s+)?" + _TOWN_OF, re.I)
# a group's chief named for a place: "the X's commander in P", "the X commander for P" (not "killed an X leader in P",
# "killed seven X commanders in P": where they died); "the commander of X in P"
_CHIEF_ROLE = r"(?:commander|leader|chief|emir|governor)"
_ITS_CHIEF_IN = re.compile(r"(?:['\u2019]s?)?\s+(?:(?:top|senior|local|regional|military|field|deputy)\s+)?" + _CHIEF_ROLE +
                           r"\s+(?:in|for)\s+(?:the\s+)?" + _TOWN_OF, re.I)
_CHIEF_OF = re.compile(r"(?:\bthe\s+(?:[\w-]+\s+)?|,\s*)" + _CHIEF_ROLE + r"\s+of\s+(?:the\s+)?$", re.I)
_IN_TOWN = re.compile(r"\s+in\s+(?:the\s+)?" + _TOWN_OF, re.I)
_SUPPLIED = re.compile(r"\b(?:suppl(?:ied|ies|y|ying)|provided|provides|provide|providing|sent|sends|send|delivered|"
                       r"delivers|deliver|shipped|ships|smuggled|transferred|funnel+ed|funnels|channel+ed|channels)\s+"
                       r"(?:[\w-]+\s+){0,3}?(?:weapons|arms|"
                       r"ammunition|missiles|rockets|drones|funds|money|funding|training|equipment|fighters|advisers|"
                       r"advisors)\s+to\b", re.I)
# "relies heavily on Iranian weapons and funding": the state whose support a group depends on
_RELIES_ON = re.compile(r"\b(?:relies|relied|rely|relying|depends|depended|depend|dependent)\s+(?:\w+ly\s+)?(?:up)?on\s+"
                        r"(?P<dem>[A-Z][\w-]+)\s+(?:military\s+|financial\s+)?(?:weapons|arms|funding|money|support|aid|"
                        r"backing|supplies|assistance|drones|advisers|advisors)\b")
# "X is widely seen as a proxy of the UAE": the proxy is backed by the one it serves
_PROXY_OF = re.compile(r"(?:\b(?:is|are|was|were|remains?|remained|became|as)\s+(?P<no>not\s+)?|,\s*)(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                       r"prox(?:y|ies)\s+(?:of|for)\s+(?:the\s+)?", re.I)
# "has trained thousands of X fighters": a sponsor's verb, the men it trained
_TRAINED_MEN = re.compile(r"\b(?:trained|armed|equipped|funded|paid)\s+(?:thousands|hundreds|dozens|scores)\s+of\s+",
                          re.I)
# "the main backer", "its chief foreign sponsor": who backs a group, by the noun that says so
_SPONSOR_ADJ = (r"(?:main|principal|chief|key|biggest|largest|major|leading|primary|foremost|only|most important|"
                r"foreign|military|regional|international|traditional|longtime|long-time|strong|staunch|steadfast|"
                r"firm|powerful|close)")
# "its main backer", and a supporter only so qualified ("the SDF's main supporter", not "Hezbollah supporters")
_SPONSOR_WORDS = (r"(?:(?:" + _SPONSOR_ADJ + r"\s+)*(?:sponsor|backer|patron|benefactor|arms supplier)|"
                  r"(?:" + _SPONSOR_ADJ + r"\s+)+(?:supporter|supplier))")  # "the army's main supplier of rifles"
# "Algeria became the movement's principal sponsor", "Iran is the main backer of the Houthis"
_SPONSOR_NOUN = re.compile(r"\b(?:is|was|are|were|became|becomes|become|remained|remains|remain|has been|had been)\s+"
                           r"(?:the\s+|a\s+|an\s+|"
                           r"its\s+|their\s+)?(?P<own>[^,;.]{1,50}?['\u2019]s?\s+)?" + _SPONSOR_WORDS +
                           r"s?\b(?P<of>\s+of\s+(?:the\s+)?)?", re.I)
# "backed by ally Russia", "supported by their ally Iran"
_BACKED_BY_ALLY = re.compile(rf"\b{BACKED_BY}\s+(?:its\s+|their\s+|(?:a|the)\s+)?"
                             r"(?:main\s+|key\s+|close\s+|chief\s+|staunch\s+|powerful\s+)?$", re.I)
# a head of state or government, a minister other than of war ("defence minister" heads a state's force)
_HEAD_OF_STATE = re.compile(r"\b(?:president|premier|king|chancellor)\b|(?<!defence )(?<!defense )(?<!interior )(?<!war )"
                            r"\bminister\b(?!\s+of\s+(?:the\s+)?(?:defen[cs]e|interior|war)\b)", re.I)
_ACCUSED_GIVER = re.compile(r"\b(?:accus\w*|blam\w*|charg\w*)\s+(?=[^,;]*\bof\s+$)", re.I)  # "accused X of giving"
# "Iran, the main backer of": an apposition naming the sponsor of the group after "of"
_APPOSED_SPONSOR = re.compile(r"\s*,\s*(?:the|a|an)\s+" + _SPONSOR_WORDS + r"\s+of\s+(?:the\s+)?")
# "the SDF's main backer, the United States", "its chief sponsor Iran"
_OWN_SPONSOR = re.compile(r"(?:['\u2019]s?)?\s+" + _SPONSOR_WORDS + r"\b\s*,?\s*(?:the\s+)?")
# "X, which broke away from Y in 2017, is headed by": a relative clause between a subject and its verb
_RELATIVE_BETWEEN = re.compile(r"\s*,\s*(?:which|who)\b[^;]*,\s*(?:is|was|are|were|has been|had been|have been)?\s*$")
# what a group holds as its own: "the IS stronghold of Raqqa", "where IS has its de facto capital"
_STRONGHOLD = re.compile(r"\b(?:strongholds?|bastions?|(?:de[ -]facto|self-(?:declared|proclaimed))\s+capital|heartland|"
                         r"(?<=has its )(?:capital|headquarters))\b", re.I)
_LOST_HOLD = re.compile(r"\b(?:former|erstwhile|once|one-?time|driven out|expelled|ousted|lost|retaken|recaptured|"
                        r"retook|captured|seized|took|taken|overran|overrun|stormed|fell|liberated|freed)\b", re.I)
# forces no name stands for, after a verb or preposition: "are allied with forces loyal to Z"
_UNNAMED_FORCE = re.compile(r"\b(?:with|to|against|by|of|and|fought|attacked)\s+(?:the\s+)?(?:[\w-]+\s+)?"
                            r"(?:forces|fighters|troops|men|militiamen|units|militias?|gunmen)\s+$", re.I)
_ARE_ALLIED = re.compile(r"\b(?:are|were|remain|remained|became|have been|had been)\s+(?:\w+ly\s+|once\s+)?allied\b"
                         r"(?!\s+(?:with|to)\b)|"
                         r"\b(?:are|were|remain|remained|became|have been|had been)\s+(?:once\s+)?(?:close\s+|firm\s+|key\s+)?allies\b"
                         r"(?!\s+(?:of|with)\b)|"  # "A and B are allies"
                         r"\b(?:are|were|remain|remained|became|have been|had been)\s+(?:\w+ly\s+|once\s+|long\s+)?(?:bitter\s+|fierce\s+|long-?time\s+|"
                         r"sworn\s+|arch-?\s*)?(?P<rivals>rivals|enemies|foes)\b(?!\s+(?:of|in|for)\b)|"  # "... are bitter rivals"
                         r"\b(?:have|had)\s+(?:\w+ly\s+)?(?:cooperated|co-operated|collaborated)\s+(?:\w+ly\s+)?"
                         r"(?!with\b)", re.I)  # "A and B have cooperated closely since 2016"
# "Iran armed the Houthis", "Russia continued to support the army": a sponsor's verb right before the backed
_BACKS = re.compile(r"\b(?:(?:backs|backed|backing|supports|supported|supporting|(?:re-?)?(?:arms|armed|arming)|funds|funded|funding|"
                    r"finances|financed|financing|sponsors|sponsored|sponsoring|trains|trained|equips|equipped|"
                    r"bankrolls|bankrolled)|(?<=\bto )(?P<aim>back|support|arm|fund|"
                    r"finance|sponsor|train|equip|bankroll|shore\s+up|prop\s+up|bolster|reinforce|assist))"
                    r"(?:\s+and\s+(?:command|control|direct|advis|train|fund|arm|equip|financ|support|back|pay|suppl)\w*)?"
                    r"\s+(?:both\s+)?(?-i:(?=the\s|[A-Z]))", re.I)  # not "armed wing"; "arms and commands X"
# the verb of a holder whose place went before it: "P, which X has held since 2014", "which X controls" (not "had
# held" or "held in 2014": no longer)
_WHOM_IT_HOLDS = re.compile(r"\s+(?:(?:has|have)\s+(?:\w+ly\s+|long\s+|still\s+)?(?:held|controlled|occupied)|"
                            r"(?:\w+ly\s+|still\s+)?(?:controls|holds|occupies))\b(?!\s+(?:the\s+|an?\s+)?(?-i:[A-Z]))",
                            re.I)
# the verb of a sponsor whose object went before it: "X, which Iran supports, ..."
_WHOM_IT_BACKS = re.compile(r"\s+(?:(?:has|have|had)\s+)?(?:\w+ly\s+|long\s+|also\s+)?(?:backs|backed|supports|supported|"
                            r"arms|armed|funds|funded|finances|financed|sponsors|sponsored|trains|trained|equips|equipped|"
                            r"bankrolls|bankrolled)\b(?!\s+(?:the\s+|an?\s+)?(?-i:[A-Z])|\s+(?:it|them)\b)",
                            re.I)
# "Mozambique gave ZANLA rear bases", "the United States provided the army with rifles"
_GAVE = re.compile(r"\b(?:gave|gives|give|given|giving|provided|provides|provide|providing|supplied|supplies|supply|"
                   r"supplying|sent|sends|sending|offered|offers|offering|allowed|allows|granted|grants|lent|lends)\s+"
                   r"(?:the\s+)?$", re.I)
_AID = re.compile(r"\s*(?:['\u2019]s\s+)?(?:with\s+)?(?:(?:[\w-]+|\$[\d.,]+)\s+){0,4}?(?:weapons|arms|ammunition|missiles|"
                  r"rockets|drones|mortars|artillery|tanks|"
                  r"money|funds|funding|bases|training|equipment|rifles|guns|helicopters|aircraft|vehicles|supplies|"
                  r"sanctuary|safe havens?|advisers|advisors|instructors|intelligence|military aid|military support)\b",
                  re.I)
# "subordinate to the GRU", "the Peshmerga answered to the PUK"
# "the PKK terrorist groups Syrian wing": a name owning the part named next
_OWNS_A_PART = re.compile(r"(?:['\u2019]s?)?\s+(?:[\w-]+\s+){0,3}?(?:wing|branch|offshoot|affiliate|arm|franchise)\b", re.I)
_SUBORDINATE = re.compile(r"\b(?:(?:is|are|was|were|remains?|remained)\s+)?(?:directly\s+)?(?:subordinated? to|"
                          r"(?:falls|fell|fall|falling)\s+under(?:\s+the)?(?:\s+(?:command|umbrella|authority)\s+of)?"
                          r"(?=\s+(?:the\s+)?(?-i:[A-Z]))|"  # "the Hawks Brigade falls under the Dawn Alliance"
                          r"answer(?:s|ed) to|belong(?:s|ed|ing)? to|attached to|(?:placed |brought |came |comes )?"
                          r"under the (?:direct )?(?:command|umbrella|supervision|authority) of)\s+", re.I)
# "the Ambazonia Governing Council commands the Ambazonia Defence Forces": the object is its unit
_COMMANDS = re.compile(r"\b(?:commands|commanded|directs|directed|oversees|oversaw|supervises|supervised)\s+", re.I)
# "X, a Tutsi-led group that belongs to Y": the relative pronoun stands for the name apposed before it
_APPOSED_THAT = re.compile(r"\s*,\s*(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:group|faction|unit|militia|movement|force|"
                           r"brigade|battalion|gang|organi[sz]ation)\s+(?:that|which)\s+$", re.I)
_WHICH = re.compile(r"\s*(?:\([^()]{1,15}\)\s*)?,\s*(?:which|that)\s+(?:\w+\s+)?")  # a relative clause on the name
_RECEIVED = re.compile(r"\b(?:(?:received|receives|receiving|receive|obtained|obtains|obtaining|got|gets)\b[^.;]{0,80}?|"
                       r"(?:draws|drew|drawing|draw)\s+(?:(?:its|their|much|most|some|of)\s+)*(?:weapons|arms|money|"
                       r"funding|funds|support|supplies|ammunition|training)\b[^.;]{0,60}?)\b(?:from)\b", re.I)
_NOT_SPLIT = r"(?!(?:[\w-]+ )?(?:breakaway|splinter|dissident|renegade|rival)\b)"  # "a breakaway faction of"
# the kinds of force a party, government or organisation fields: "the intervention force of ECOWAS"
_FORCE_KIND = r"(?:armed|military|intervention|peacekeeping|peace-keeping|stabili[sz]ation|protection|standby|multinational)"
_AFFIL_VERB = re.compile(r"\b(?:affiliated (?:with|to)|linked to|loyal to|aligned with|(?:pledged|declared|swore|sworn) (?:its |their )?"
                         r"(?:allegiance|loyalty|fealty) to|part of|(?:a|an|the) " + _NOT_SPLIT + r"(?:de[ -]facto )?(?:[\w-]+ ){0,2}?(?:branch|affiliate|wing|"
                         r"arm|offshoot|franchise|militia|" + _FORCE_KIND + r" force|army|armed forces) of|(?:a|an|the) " + _NOT_SPLIT +
                         r"(?:[\w-]+ ){0,2}?(?:front|cover|faction) (?:of|for))\b", re.I)
_TIES_TO = re.compile(r"\b(?:(?:has|have|had|maintains?|maintained)\s+(?P<no>no\s+)?|(?P<denied>den(?:y|ies|ied|ying))\s+"
                      r"(?:having\s+)?(?:any\s+)?)(?:close\s+|strong\s+|long-standing\s+|"
                      r"longstanding\s+|deep\s+|direct\s+)?(?:links?|ties)\s+(?:to|with)\s+(?:the\s+)?", re.I)
_SAID = re.compile(r"(?:\s*\([^()]{1,15}\))?\s*,?\s*(?:[\w-]+\s+){0,5}?(?:said|says|told|added|stated|announced|"
                   r"wrote|explained|warned)\b")
_COMPARED = re.compile(r"\b(?:like|unlike|as with|similar to|such as)\s+(?:the\s+|an?\s+)?$", re.I)
_AFFIL_NOUN = re.compile(r"\b(?:franchise|affiliate|branch|wing|offshoot|arm|proxy|proxies|(?<=armed )network|"
                         r"(?<=military )network)\b", re.I)
_ARMED_WING = re.compile(r"\b(?:armed|military|militant|paramilitary)\s+(?:wing|arm|branch|network)$", re.I)
_MEMBER = re.compile(r"\b(?:(?:formed|forms?)\s+(?:the\s+)?(?:core|nucleus|backbone|bulk|part)(?=\s+of\b)|"
                     r"(?:is|are|was|were|became|remains?)\s+"
                     r"(?:also\s+|not\s+|no\s+longer\s+)?(?:a|an|the|one\s+of\s+(?:the|several|many|two|three|four|five|six|"
                     r"seven|dozens\s+of))?\s*"
                     r"(?:\w+\s+){0,2}?(?:member|members|components?|part|factions?|group|groups|force|pillars?|backbone|founders|"
                     r"unit|units|formations?|core|nucleus|militias|brigades))"
                     r"(?:\s+group)?\s+(?:of|in|within)\b", re.I)
_MEMBER_APPOSED = re.compile(r",\s+(?:(?:now|currently|still|also)\s+)?(?:(?:a|an|one)\s+" + _NOT_SPLIT +
                             r"(?:[\w-]+\s+){0,2}?(?:member(?:\s+(?:group|organi[sz]ation|faction|militia))?|component|"
                             r"faction|part|unit|arm|cell)|"
                             r"(?P<all>both|all|(?:the\s+)?(?:two|three|four))\s+(?:[\w-]+\s+)?(?:members|components|"
                             r"factions|units)|"
                             r"(?:a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:brigade|battalion|division|regiment|unit|"
                             r"formation|corps|detachment|(?<!joint )force|special forces))\s+of\b|"
                             r",\s+one\s+of\s+(?:the\s+|its\s+)?(?:(?:two|three|four|five|six|seven|eight|\d+)\s+)?"
                             r"(?:[\w-]+\s+)?(?:members|components|factions|units|groups|brigades|militias)\s+"
                             r"(?:of|in|within|that\s+(?:make|made)\s+up|that\s+(?:form|formed))\b",
                             re.I)  # "X, a member of Y", "the Danab, the special forces brigade of the army", "X, one
# of the three groups that make up Y"
# a unit as someone sees it or as it calls itself: "X, which Ankara regards as an urban arm of the PKK", "X, which
# claims to be its political-military wing" (reported: see view.modality)
_ARM_AS_SEEN = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?,\s*which\s+(?:(?:the\s+)?(?P<seer>(?:[A-Z][\w-]*\s+){1,2})"
                          r"(?:(?:regards|considers|views|sees|describes|calls|brands)\s+as|calls|dubs|names)|"
                          r"claims\s+to\s+be|(?:is|was)\s+(?:\w+ly\s+)?(?:regarded|"
                          r"considered|seen|viewed|described)\s+as)\s+(?:an?\s+|the\s+|(?P<own>its|their)\s+)"
                          r"(?:[\w-]+\s+){0,3}?(?P<kind>arm|wing|branch|unit|faction|province)\b", re.I)
_ONE_OF_ITS = re.compile(r"(?:,|\s+(?:is|was|are|were|remains|remained)(?:\s+still)?)\s+(?:one|the\s+(?:largest|biggest|strongest|most\s+powerful|main|oldest|best[- ]known))\s+"
                         r"of\s+(?:the\s+)?(?:(?P<owner>[^,;.]{2,60}?)['\u2019]s?|(?P<its>its|their))\s+(?:[\w-]+\s+){0,3}?"
                         r"(?:factions|groups|units|members|components|brigades|battalions|militias)\b")
_PARTS_AMONG = re.compile(r"\b(?:organi[sz]ations|groups|factions|members|units|components|movements|parties|brigades|"
                          r"militias)\s+(?:of|in|within)\s+(?:the\s+)?", re.I)
_POLITICAL_WING = re.compile(r"\b(?:its|their)\s+political\s+(?:wing|arm|front)\s*,?\s+(?:the\s+)?", re.I)
_MEMBER_NOUN = re.compile(r"\b(?:largest|main|other|biggest|strongest|leading|key|founding|most powerful)\s+"
                          r"(?:\w+\s+)?(?:group|faction|member|component|unit|brigade|battalion|militia|formation)s?\s+"
                          r"(?:in|of|within)\b"
                          r"(?!\s+(?:the\s+)?[\w'-]+(?:\s+[\w'-]+)?\s+(?:dissidents|defectors|splinters|remnants))", re.I)
# a name that a list goes on from: "A, B and C", "A and B"
_LISTED_ON = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*)?(?:and|or)\s|\s*,\s*(?:the\s+)?[A-Z][\w'-]*(?:\s+[A-Z][\w'-]*)*\s*(?:,|and\b)")
# what a name apposed or said to be is a kind of: "the (largest) Gulf Cartel faction", "the most powerful PMF group"
_KIND_LEAD = re.compile(r"\b(?:the|a|an)\s+(?:(?P<most>largest|biggest|strongest|main|leading|most\s+powerful|"
                        r"most\s+influential|dominant|principal)\s+)?(?:(?:powerful|influential|local|elite)\s+)?$", re.I)
_KIND_NOUN = re.compile(rf"(?:['\u2019]s?)?\s+(?:[\w-]+\s+)?(?P<kind>{KIND_WORDS}|force|component|member\s+group)\b|"
                        r"\s+(?P<group>group|militia|formation)\b", re.I)
# a name apposed right after another, its comma maybe lost: "the coalition(,) the al-Qaeda-linked Nusra Front"
_APPOSED_NEXT = re.compile(r"\s*(?:\([^()]{1,12}\)\s*)?,?\s*(?:the\s+)?(?:[\w-]+-(?:linked|backed|affiliated|led|allied)\s+)?")
_ACTION_BEFORE = re.compile(r"\b(?:against|offensive|operation|attack|assault|battle|fight|fighting|campaign|war)\b",
                            re.I)
# "a neighbourhood of the Syrian city of Aleppo held by X": X holds the neighbourhood, not the city
_PART_OF_PLACE = re.compile(r"\b(?:neighbou?rhoods?|districts?|parts?|areas?|suburbs?|outskirts|quarters?|sections?|"
                            r"pockets?|corners?)\s+of\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+)?$", re.I)
_LIES_IN = re.compile(r"\s*,?\s*(?:which|that)\s+(?:lies|sits|stands|is (?:located|situated))\s+(?:in|on|near|inside|"
                      r"within|along|about|some|north|south|east|west|\d)", re.I)
_PLACED_IN = re.compile(r"\s*,?\s+(?:in|near|outside)\s+(?:the\s+)?(?:[\w'\u2019-]+\s+){1,5}?,?\s*"
                        r"(?:is|are|was|were|has been|have been|had been)\s+(?:\w+\s+)?", re.I)
_IS_BEFORE = re.compile(r"\b(?:is|are|was|were|has been|have been|had been)\s+(?:\w+\s+)?$", re.I)
_UNIT_OF_POSSESSOR = re.compile(r"['\u2019]s\s+(?:[\w-]+\s+){0,3}?(?:brigade|battalion|division|regiment|unit|formation|"
                                r"corps|detachment|forces?|commandos)\b(?:\s+(?:brigade|battalion|regiment|unit|group))?", re.I)
# a state's forces named by what they are, not a formation's name ("government forces", "Syrian troops")
_GENERIC_FORCE = re.compile(r"(?:the\s+)?(?:[\w-]+\s+)?(?:government|regime|pro-government|forces|troops|military|"
                            r"soldiers)$", re.I)
# (the relative pronoun belongs to the cue: "X, which comprises A and B" names X before the clause break)
_INCLUDES = re.compile(r"\b(?:(?:which|that)\s+(?:now\s+|also\s+|currently\s+)?(?:(?:is|are|was|were)\s+)?)?"
                       r"(?:includes|included|including|comprising|comprises|comprised|among them|"
                       r"(?:consists?|consisting|made up|composed|drawn)(?: (?:mainly|mostly|largely|chiefly|primarily))? of|"
                       r"brings together|brought together|grouping|(?<=which )groups|(?<=that )groups|unites(?!\s+with\b))\b", re.I)
# "X is composed of dozens of factions, including A and B": the gap between X and "including"
_COMPOSED_OF = re.compile(r"\s+(?:(?:is|are|was|were|has\s+been|had\s+been)\s+(?:\w+ly\s+)?(?:composed|made\s+up|comprised|"
                          r"formed)|consists|consisted|comprises|comprised)\s+(?:mainly\s+|mostly\s+|largely\s+)?of\s+"
                          r"(?:[\w-]+\s+){0,4}?(?:factions|groups|brigades|units|militias|organi[sz]ations|battalions|"
                          r"gangs|movements)\s*,?\s*", re.I)
_PART_CALLED = re.compile(r"\b(?:a|one|another)\s+(?:[\w-]+\s+)?(?:faction|unit|wing|brigade|battalion|branch|cell|division)"
                          r"\s+(?:of|within)\s+(?:the\s+)?", re.I)
# what a coalition is, apposed or said, with its members named next: "X, an alliance of A and B"
_ALLIANCE_OF = re.compile(r"(?:,\s+|\s+(?:is|was|are|were)\s+)(?:a|an|the)\s+(?:[\w-]+\s+){0,2}?(?:alliance|coalition|"
                          r"joint\s+force|umbrella(?:\s+group)?|federation|grouping|union)\s+of\s+(?:the\s+)?", re.I)
# "Among the brigades that make up the Southern Front are A and B", "The factions that make up Y include A"
_MAKE_UP = re.compile(r"\b(?:brigades|factions|groups|units|militias|organi[sz]ations|battalions|formations|gangs|"
                      r"movements)\s+(?:that|which)\s+(?:make\s+up|made\s+up|form|formed|constitute|constituted|"
                      r"comprise|belong\s+to|belonged\s+to)\s+(?:the\s+)?", re.I)
# the main force of a whole, named in a clause on it: "the SDF, whose backbone is the YPG"
_WHOSE_CORE = re.compile(r"\s*,\s*whose\s+(?:backbone|core|spine|main\s+(?:component|force|faction)|largest\s+(?:component|"
                         r"faction|group)|(?:leading|dominant)\s+(?:force|faction|component))\s+(?:is|was|are|were|remains)\s+"
                         r"(?:the\s+)?", re.I)
# "X counts A and B among its members": the list between the verb and "among its" names X's units
_COUNTS = re.compile(r"\bcount(?:s|ed)\s+(?:the\s+)?", re.I)
_AMONG_ITS = re.compile(r"\s+among\s+its\s+(?:[\w-]+\s+)?(?:members|member\s+groups|factions|ranks|units|constituents|"
                        r"components|affiliates)\b", re.I)
# a unit named by its owner's possessive: "the Dawn Front's northern division", "its armed wing"
_OWNED_UNIT = re.compile(r"(?:['\u2019]s?)?\s+(?:[\w-]+\s+)?(?:division|brigade|wing|branch|unit|faction|battalion|"
                         r"regiment|corps|arm)\b(?!\s+(?:of|commander|chief|leader|head)\b)", re.I)
# a unit under its parent's command, or among its constituent factions
_SERVES_UNDER = re.compile(r"\b(?:serves?|served|serving|operates?|operated|operating|fights?|fought|fighting)\s+"
                           r"(?:under\s+(?:the\s+)?(?:(?:direct\s+)?command\s+of\s+(?:the\s+)?)?|"
                           r"within\s+(?:the\s+)?(?:ranks\s+of\s+(?:the\s+)?)?)", re.I)
_AMONG_PARTS = re.compile(r"\b(?i:among)\s+(?:the\s+)?(?P<whole>.{2,60}?)['\u2019]s?\s+(?:constituent|member|main|founding)\s+"
                          r"(?:factions|groups|units|brigades|organi[sz]ations|militias)\s+(?:is|are|was|were)\s+(?:the\s+)?")
_AMONG_PARTS_IN = re.compile(r"\b(?i:among)\s+the\s+(?:[\w-]+\s+)?(?:factions|groups|units|brigades|militias|members|"
                             r"organi[sz]ations)\s+(?:in|of|within|that\s+make\s+up)\s+(?:the\s+)?"
                             r"(?P<whole>(?-i:[A-Z])[^,;.]{1,60}?)\s*,?\s+(?:is|are|was|were)\s+(?:the\s+)?")
_HEADS = re.compile(r"(?<![-\u2010])\b(?:to head|heads|headed|leads|led|to lead|dominates|commands|commanded|"
                    r"(?:kept|keeps|retained|retains)\s+(?:overall\s+)?command\s+of)\s+(?!by\b)"
                    r"(?:the\s+)?",
                    re.I)  # "X led the alliance", never the passive "X, led by the Y Front"
# the name a kind of group goes by: "known as the Sun Brigade", "called Jaish al-Fatah"
_CALLED = r"(?:known\s+as|called|named|dubbed)\s+(?:the\s+)?"
_KIND_CALLED = re.compile(r"(?:an?\s+|the\s+)?(?:[\w-]+\s+){0,2}?(?:faction|group|militia|brigade|movement|gang|unit|"
                          r"force|alliance|coalition)\s+" + _CALLED, re.I)
# a truce between enemies: "a ceasefire between A and B", "A and B signed a truce", "X signed a ceasefire with Y"
_TRUCE = re.compile(r"\b(?P<made>(?:signed|agreed(?:\s+to)?|reached|concluded|announced|struck)\s+(?:an?\s+|the\s+)?"
                    r"(?:[\w-]+\s+)?)?(?:ceasefire|cease-fire|truce|cessation\s+of\s+hostilities|peace\s+(?:deal|agreement|"
                    r"accord))(?:\s+(?:agreement|deal|accord))?\s+(?:(?P<between>between)|(?P<with>with))\s+(?:the\s+)?|"
                    r"\b(?:signed|agreed(?:\s+to)?|reached|concluded|struck|agrees?(?:\s+to)?|signs?|reach(?:es)?)\s+"
                    r"(?:an?\s+|the\s+)?(?:[\w-]+\s+)?"
                    r"(?:ceasefire|cease-fire|truce|peace\s+(?:deal|agreement|accord))\b(?!\s+with\b)", re.I)
# an unnamed wing of a named group after "heads": "heads the political wing of X"
_WING_OF = re.compile(r"(political|armed|military|youth|women's|media|student)\s+(?:wing|branch|arm|bureau)\s+of\s+"
                      r"(?:the\s+)?", re.I)
# "the army continued its operations in Jobar", "X's presence in Tigray", "X has a strong presence in Idlib"
_OPERATIONS = re.compile(r"(?P<own>['\u2019]s\s+|\b(?:its|their)\s+)?(?:[\w-]+\s+){0,2}?(?P<noun>operations|presence)\s+"
                         r"(?:in|across|throughout)\s+", re.I)
# the verb between a doer and its operations or presence: "continued its operations in", "has a strong presence in",
# or none: "SDF operations in P"
_CARRIES_ON = re.compile(r"\s+(?:(?:(?:units|forces|troops|fighters|soldiers|militants)\s+)?"
                         r"(?:(?:has|have|had|is|are|was|were)\s+)?(?:\w+ly\s+)?(?:continued|continues|continue|launched|"
                         r"launches|began|begins|started|starts|conducted|conducts|carried\s+out|carries\s+out|stepped\s+up|"
                         r"expanded|expands|intensified|intensifies|resumed|resumes|maintains|maintained|has|have|had|"
                         r"established|built|engaged\s+in|involved\s+in|took\s+part\s+in)\s+(?:(?:its|their|a|an|the)\s+)?"
                         r"(?:[\w-]+\s+){0,2}?)?", re.I)
# the men or bases a subject keeps in a place: "has fighters in", "maintains several hundred troops in"
_KEEPS_MEN_IN = re.compile(r"\b(?:has|have|had|maintains?|maintained|keeps?|kept|established|establishe?s|set\s+up|"
                           r"sets\s+up)\s+(?:still\s+|also\s+)?(?P<no>no\s+)?(?:(?:a|an|its|their|some|several|many|"
                           r"dozens|hundreds|thousands|of|[\d,]+|about|around|an\s+estimated|hundred|thousand|few|"
                           r"large|small|permanent|military|training|rear|forward|secret|sleeper|new|more)\s+){0,4}"
                           r"(?:fighters|troops|forces|soldiers|units|cells|bases|camps?|positions|garrisons?|outposts|"
                           r"men)\s+(?:stationed\s+|deployed\s+|based\s+)?(?:in|across|throughout)\s+(?:the\s+)?", re.I)
_OPERATES = re.compile(r"\b(?:operat(?:e|ing|es|ed)|based)\s+(?:still\s+|mainly\s+|mostly\s+)?(?:from|out\s+of)\b|"
                       r"\b(?:operat(?:e|ing|es|ed)|wag(?:ed|es|ing|e)|(?:dug|digging|dig|digs)\s+in|occup(?:ied|ies|ying)|active|based|located|headquartered|deployed|present|stationed|fighting|fought|"
                       r"entrenched|(?:held|holds|holding|hold)\s+(?:the\s+)?(?:line|front|front\s+line))\s+(?:[\w'\u2019-]+\s+){0,6}?(?:in|across|throughout|around|near|"
                       r"on\s+(?:the\s+)?(?:islands?|coast|shores?|peninsula)\b)\b", re.I)  # "on the island of Jolo"
# presence shown by what the group does there: patrols, checkpoints
_PATROLS = re.compile(r"\b(?:patrol(?:s|led|ling|ed|ing)?|(?:set|sets|setting|put|puts|putting|erected|erecting|manned|"
                      r"manning|mans)\s+up\s+checkpoints|(?:set|sets|setting|erected|erecting|manned|manning|mans)\s+"
                      r"checkpoints)\s+(?:(?:in|on|across|around|along|through|throughout)\s+)?(?:the\s+)?"
                      r"(?:(?:streets|roads|outskirts|center|centre|markets?)\s+(?:of|in)\s+)?", re.I)
# "its camp in Kidal", "the LRA's bases in Garamba": where the owner's bases stand, it is present
_OWN_BASE = re.compile(r"(?:\b(?:its|their)|(?<=\w)['\u2019]s)\s+(?:[a-z-]+\s+)?(?:bases?|camps?|positions|headquarters|"
                       r"barracks|garrisons?|strongholds?)\s+(?:in|at|near|around)\s+(?:the\s+)?", re.I)
# a verb or noun before "its camp in P" that ends the owner's presence there
_LOST_BASE = re.compile(r"\b(?:captur\w*|seiz\w*|overr[au]n\w*|took|tak(?:en|ing)|destroy\w*|lost|los(?:es|ing)|"
                        r"abandon\w*|evacuat\w*|departure|withdrawal|pull-?out|retreat\w*|driven|drove|expell\w*|"
                        r"fled|left|leav\w*)\b[^.;]*$", re.I)
_SENT_INTO = re.compile(r"\b(?:sent|sends|send|sending|deployed|deploys|deploy|dispatched|dispatches|rushed)\s+"
                        r"(?:(?:hundreds|thousands|dozens)\s+of\s+)?(?:additional\s+|more\s+)?", re.I)
_OWN_MEN_TO = re.compile(r"(?:its\s+own\s+|its\s+|their\s+)?(?:[\w-]+\s+)?(?:fighters|troops|soldiers|men|militiamen|units|"
                         r"reinforcements)\s+(?:in)?to\s+(?:the\s+)?", re.I)
# help in a fight between armed actors: "with the help of the TPLF", "assisting Syrian army forces"
_HELPED = re.compile(r"\b(?:with the (?:help|assistance|military support) of|(?:were|was|is|are|been) (?:assisting|"
                     r"helping)|in support of|together with|in partnership with|working (?:together |closely )?with|"
                     r"in (?:close )?(?:cooperation|co-operation|coordination|conjunction|tandem) with|jointly with|"
                     r"side by side with)\s+(?:the\s+)?", re.I)
_JOINTLY = re.compile(r"\b(?:jointly|together)\s+(?:attacked|launched|fought|stormed|captured|seized|took|carried out|"
                      r"raided|ambushed|shelled|held|defended|retook)\b|"
                      r"\b(?:joined|join|joining)\s+hands\b(?!\s+with\b)|"  # "A and B joined hands against C"
                      r"(?:,\s*(?:which|who)\s+|\s)(?:are|were|have\s+been|had\s+been|remain|remained)\s+(?:close\s+|longtime\s+|"
                      r"long-time\s+|old\s+|firm\s+)?allies\b", re.I)  # "A and B, which are allies, attacked P"
_AND_ITS_ALLY = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*,?\s+(?:and\s+)?(?:its|their)\s+(?:(?:main|key|close|chief|longtime|"
                           r"long-time|traditional|regional)\s+)?(?:(?P<dem>[A-Z][a-z]+)\s+)?all(?:y|ies)\b\s*,?\s*"
                           r"(?:the\s+)?")
_ALLIES_AFTER = re.compile(r"\s+(?:allies|ally|partners?)\b", re.I)  # "their Hawks Brigade allies": no unit of theirs
_BETWEEN_ALLIES = re.compile(r"\b(?:(?:collaboration|cooperation|co-operation|coordination|collusion|alliance)\s+"
                             r"between|joint\s+(?:military\s+)?(?:command|operations\s+room|headquarters)\s+of)"
                             r"\s+(?:the\s+)?", re.I)  # "a joint command of the ARBiH and the HVO"
_ALLIANCE_FELL = re.compile(r"(?:\s*\([^()]{1,12}\))?\s+(?:has\s+|had\s+)?(?:collapsed|ended|broke\s+down|fell\s+apart|"
                            r"dissolved|unravell?ed|disintegrated)\b", re.I)
_JOINT_BY = re.compile(r"\b(?:joint\s+)?(?:operations?|offensives?|campaigns?|raids?|assaults?|air\s*strikes?|"
                       r"strikes)\s+(?:carried out |conducted |launched )?by\s+(?:the\s+)?$", re.I)
_JOINT_AFTER = re.compile(r"\s+(?:joint\s+)?(?:operation|offensive|campaign|raid|assault)s?\b|"
                          r"\s+(?:(?:were|are|was|is|have been|has been|had been|have|has|had)\s+)?(?:now\s+)?(?:fighting|fought|fight|"
                          r"operating|working|worked|acting)\s+(?:together|side\s+by\s+side|shoulder\s+to\s+shoulder)\b|"
                          r",?\s+(?:have\s+|had\s+)?joined forces\b|"
                          r"\s+(?:have\s+|has\s+|had\s+)?(?:launched|carried\s+out|conducted|mounted|staged|began|started)\s+"
                          r"(?:a|an|the)\s+(?:[\w-]+\s+)?joint\s+(?:[\w-]+\s+)?(?:operations?|offensives?|attacks?|"
                          r"assaults?|raids?|campaigns?|patrols?)\b|"
                          r"\s+(?:have\s+|had\s+)?(?:signed|concluded|reached|sealed)\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:military|"
                          r"cooperation|co-operation|security|defen[cs]e|mutual[- ]defen[cs]e)\s+(?:agreement|pact|accord|deal)\b|"
                          r"\s+(?:have\s+|had\s+)?(?:formed|set\s+up|established|created)\s+(?:a|the)\s+joint\s+"
                          r"(?:operations?\s+room|command|force|military\s+council)\b", re.I)
_HELD_NOT_LAND = re.compile(r"\s+(?:off|back|up|out|onto|on\s+to|fire|talks|meetings?|elections?|negotiations|"
                            r"consultations|discussions|hostages?|captive|prisoners?|responsible|accountable|"
                            r"(?:a|an|the|its|their)\s+(?:[\w-]+\s+)?(?:meeting|press conference|conference|rally|"
                            r"ceremony|funeral|referendum|vote|summit|session|talks|hearing|news conference|"
                            r"round of talks))\b", re.I)
_UNITED_AS = re.compile(r"\s+(?:as|in|to\s+form|under\s+the\s+(?:(?:name|banner)\s+of|name))\s+(?:the\s+)?", re.I)
# sides locked in one fight: "A and B are engaged in a struggle for control of P"
_ENGAGED_IN = re.compile(r"\b(?:are|were|have\s+been|had\s+been|remain|remained)\s+(?:engaged|locked|embroiled)\s+in\s+"
                         r"(?:a|an)\s+(?:[\w-]+\s+){0,2}(?:struggle|battle|war|fight|conflict|feud|rivalry)\b"
                         r"(?!\s+(?:with|against)\b)", re.I)
_FEUD_WITH = re.compile(r"(?:['\u2019]s\s+|\b(?:its|their)\s+)(?:(?:long|long-running|bitter|bloody|deadly|violent|"
                        r"ongoing|years-long|decades-long)\s+)*(?:rivalry|feud|war|conflict|enmity)\s+(?:with|against)\s+"
                        r"(?:the\s+)?", re.I)
_FACES = re.compile(r"\b(?:faces|faced|facing)\s+(?:off\s+(?:against|with)\s+)?(?:the\s+)?(?-i:(?=[A-Z]))", re.I)
# "leave for areas controlled by X", "fled into areas under X's control": elsewhere, not the place before
_TO_AREAS = re.compile(r"\b(?:to|towards?|into|for)\s+(?:the\s+)?(?:areas|parts|territory|territories|regions|zones)\s+$")
_CONTROLS = re.compile(r"\b(?:controls?|controlled|hold|holds|held|holding|seized control of|took control of|"
                       r"taken control of|in (?:full |complete |total |effective )?control of|"
                       r"under (?:the )?(?:shared |full |effective )?control of|in the hands of|"
                       r"(?:tightened|tightening|tightens|consolidated|consolidating|consolidates|strengthened)\s+(?:its|their)\s+"
                       r"(?:grip|hold|control)\s+(?:on|over))\b", re.I)  # "tightened their hold on Goma"
# a place passing into a side's hands: "P fell under X control", "P came back under the control of X"
_CAME_UNDER = re.compile(r"\b(?:fell|falls|fall|came|comes|passed|passes|returned|went)\s+(?:back\s+)?$", re.I)
# what a side holds there without holding the place: "holds positions north of Bakhmut"
_HELD_POSITIONS = re.compile(r"\s+(?:(?:its|their|the|defensive|forward|new|key|several)\s+)*(?:positions|lines|trenches|"
                             r"outposts|defences|defenses)\b")
# a group that governs a place holds it: "has run Idlib since 2017", "governs Gaza"
_GOVERNS = re.compile(r"\b(?:governs|governed|governing|administers|administered|administering|rules|ruled|runs|ran|"
                      r"(?:has|have|had)\s+run)\b", re.I)
# "re-established in 1968 by Z", "led since its beginnings by Z"
_PARTICIPLE_GAP = re.compile(r"\s*(?:\([^()]{1,60}\)\s*)?,?\s*(?:(?:which|that)\s+(?:(?:was|were|is|are|had been|"
                             r"has been)\s+)?)?(?:\w+ly\s+)?")  # not ", is led by": the main verb after a clause
_LED_BY = re.compile(r"\b(led|headed|commanded|founded|co-founded|established|re-established|created|formed|set up|"
                     r"proclaimed|raised)\s+"
                     r"(?:(?:in|on|since|for|from|until|that|this|last)\s+[^,;]{1,30}?\s+)?(?:by|(?P<under>under"
                     r"(?:\s+the\s+(?:leadership|command)\s+of)?))\s+(?:the\s+)?", re.I)
_MEMBERS_NOUN = re.compile(r"\b(?:groups|gangs|factions|militias|brigades|battalions|units|organi[sz]ations|movements|"
                           r"parties)\b", re.I)
_LIST_END = re.compile(r"[.;]|\b(?:which|who|that|was|were|is|are|has|have|had|joined|launched|repelled|attacked|"
                       r"seized|captured|said|says|fought|killed|took|announced|claimed|pushed|drove|advanced|entered|"
                       r"stormed|retook|recaptured|shelled|clashed|battled|repulsed|overran|held|holds|controls|"
                       r"controlled)\b|"
                       r",\s+(?!(?:and|or|the|its|their|as well as)\b)[a-z]")
_AND_IS = re.compile(r"\band\s+(?:is|was|has been|had been|are|were)\s+(?:now\s+|currently\s+|still\s+)?$", re.I)
_UNDER = re.compile(r"\s*,?\s+(?:(?:troops|forces|fighters|units|men|militiamen|government|regime)\s+)?"
                    r"(?:(?:led|commanded|fighting|operating)\s+)?under\s+(?:the\s+(?:command|leadership)\s+of\s+)?"
                    r"(?:[A-Z][\w.-]*\s+){0,2}", re.I)  # "the 58th Division under Brigadier Z", "HVO troops under Col. Z"
# an apposed noun that is led, standing for a name ("X, the movement led by Z")
_UNNAMED_LED = re.compile(r",\s*(?:the|a|an)\s+(?:[\w-]+\s+)?(?:movement|group|faction|militia|organi[sz]ation|party|"
                          r"gang|network)\s+$", re.I)
_LED_ROLE = {"led": "leader", "headed": "head", "commanded": "commander", "founded": "founder",
             "co-founded": "co-founder", "established": "founder", "re-established": "founder",
             "created": "founder", "formed": "founder", "set up": "founder", "proclaimed": "founder",
             "raised": "founder"}  # "the battalion was raised that May by Z"
FOUNDING_VERBS = tuple(v for v, role in _LED_ROLE.items() if role in ("founder", "co-founder"))
# "Z founded Boko Haram": the active voice of the founding verbs
_FOUNDED = re.compile(r"(?<![\w-])(?:" + "|".join(FOUNDING_VERBS) + r"|(?<=\bto )found)\s+(?:the\s+|a\s+|an\s+|his\s+|her\s+)?(?:(?:new|separate|own)\s+)?(?=[A-Z])")
# "X, which Z set up in 1986": a founder named in an object relative clause
_FOUNDED_WHICH = re.compile(r"\b(?:which|that)\s+[^,;.]{3,60}?\s(?P<verb>" + "|".join(FOUNDING_VERBS) + r")\b(?!\s+by\b)")
_HANDOVER = re.compile(r"\b(?:tak(?:e|es|ing|en)|took|assum(?:e|es|ed|ing))\s+over\s+(?:the\s+)?(?:security|"
                       r"control|administration|policing)\s+(?:of|in)\b", re.I)
_HOSTILE = re.compile(r"\b(?:fighting|fights|fought|battling|battled)\s+(?=an?\s+(?:[A-Z][\w.]*|U\.S\.)-led\s)|"  # "a Saudi-led coalition"
                      r"\b(?:fighting|fight|fought|war|battle|struggle|combat|campaign|front|offensive|insurgency|"
                      r"rebellion|uprising|jihad|operation|operating)s?\s+(?:both\s+)?"
                      r"(?:against|on)\b|\b(?:operation|offensive|campaign)\s*,\s*(?:code-?named|called|dubbed)\s+[^,;]{1,50},\s*"
                      r"against\b|\boperation\s+(?-i:(?:[A-Z][\w'-]*|of|the|al)\s+){1,6}against\b|"  # "Operation Volcano of Anger against"
                      r"\b(?:fighting|fights|fought|battling|battled)\s+(?:both\s+)?(?!(?:in|for|on|with|"
                      r"alongside|over|back|broke|continued|raged|erupted|between|among|around|near|at|to|from|since|"
                      r"during|off|and|or|has|had|have|was|were|is|continues|intensified|resumed|a|an|its|their|"
                      r"his|as|under|within|beside)\b)|\b(?:mutinied|mutiny|rebelled|rose up|revolted|turned|(?:took|take|takes|taking|taken) up arms)\s+"
                      r"against\b|\bturn(?:ed|s|ing)?\s+(?:their|its|his)\s+(?:guns|weapons|arms)\s+(?:on|against)\b|\b(?:exchang|trad)(?:ed|es|e|ing)\s+(?:heavy\s+|sporadic\s+)?(?:gun)?fire\s+with\b|"
                      r"\b(?:rivals?|enemies|enemy|adversar(?:y|ies)|opponents?|foes?|arch-?(?:enemy|rival|foe)s?|nemesis)\b|"
                      r"\b(?:armed|rebel|militant|insurgent|jihadist)\s+(?:group|movement|militia|force|organi[sz]ation)s?\s+"
                      r"opposed\s+to\b|\barmed\s+opposition\s+to\b|"  # "an armed group opposed to the government"
                      r"\b(?:fighting|fights|fought|battling|battled|war|struggle|insurgency|rebellion|campaign)\s+to\s+"
                      r"(?:topple|overthrow|oust|unseat|bring\s+down|defeat|crush)\b", re.I)  # "fighting to topple X"
# men no name owns, just before the participle that tells what they do: "other rebels fighting the regime" (not "X,
# one of the most powerful groups fighting Y": X's apposition)
_UNNAMED_MEN = re.compile(r"\b(?:other|rival|some|many|several|from|by|with|among|against)\s+(?:[\w-]+\s+)?"
                          r"(?:rebels|groups|factions|militants|fighters|militias|insurgents|jihadists|gunmen|men)\s+$", re.I)
_REPLACED_AS = re.compile(r"\b(?:replaced|succeeded|supplanted|overtook|eclipsed)\s+[^,;]{2,60}?\s+as\s+(?:the\s+|an?\s+)?"
                          r"(?:[\w-]+\s+){0,2}$", re.I)
# a government's ally named by a compound: "government ally Russia", "regime supporters Russia and Iran" (the ally
# after it), "Iran, a key regime ally" (the ally before it)
_RULERS_ALLY = re.compile(r"(?:,\s*(?:a|an|the|its)\s+(?:(?:key|close|main|staunch|longtime|long-time|major|chief|top|"
                          r"steadfast)\s+)?)?\b(?P<gov>government|regime)\s+(?:ally|allies|supporters?|backers?|patrons?)\b"
                          r"(?:(?P<after>\s+(?:the\s+)?(?=[A-Z]))|(?=\s*[,.;)]|\s+(?:and|which|who|that)\b))")
_DECLARED_ENEMIES = re.compile(r"\b(?:declar|nam|call|consider|regard|brand|label|view)\w*\s+(?P<list>[^.;]{3,120}?)\s+"
                               r"(?:as\s+)?(?:its|their|his)\s+(?:main\s+|chief\s+|principal\s+|sworn\s+|prime\s+)?"
                               r"enem(?:y|ies)\b", re.I)  # "declaring Israel, the United States and France its enemies"
_AND_ITS_RIVAL = re.compile(r"\s*,?\s+and\s+(?:its|their)\s+(?:\w+\s+)?(?P<rival>rivals?|enem(?:y|ies)|adversar(?:y|ies)|"
                            r"opponents?)\b,?\s+")
_ALLY = re.compile(r"\b(?:allied (?:itself |himself |themselves )?(?:with|to)|all(?:y|ies) (?:of|with)|"
                   r"cooperat(?:ed|es|ing) with|co-operat(?:ed|es|ing) with|alongside|work(?:s|ed|ing)?\s+(?:closely\s+)?with|"
                   r"(?:fought|fights?|fighting|battled|battling|operat(?:ed|es|ing))\s+beside|"
                   r"(?:fighting|fights|fought) (?:for(?!\s+(?:(?:many|several|two|three|a\s+few|\d+|the\s+past)\s+)?(?:years|"
                   r"months|weeks|days|decades|hours|a\s+(?:year|decade|month|week)|(?:the\s+)?control|"
                   r"independence|autonomy|power|territory|survival|revenge))|on the side of|"
                   r"on(?=\s+(?:the\s+)?[^,;.]{1,40}?['\u2019]s?\s+side\b))|sided with|"
                   r"in coordination with|(?<!was )(?<!were )(?<!been )(?<!is )(?<!are )coordinat(?:ed|es|ing)\s+"
                   r"(?:\w+ly\s+)?with|"  # (not "an operation ... was coordinated with Y": the operation's maker)
                   r"coordinat(?:ed|es|ing)\s+(?:its\s+|their\s+)?(?:[\w-]+\s+)?(?:operations|attacks|"
                   r"efforts|activities|moves)\s+with|partner(?:ed|s|ing)\s+with|team(?:ed|s|ing)\s+up\s+with|"
                   r"join(?:ed|s|ing)\s+hands\s+with|ally|"
                   r"(?:sent|sends|sending|dispatched|rushed)\s+(?:[\w-]+\s+){0,2}?reinforcements?\s+to\s+(?:help|aid|"
                   r"support|back))\b", re.I)
# "the FARDC has relied on local militias known as Wazalendo": the forces one side leans on in the field, named
_RELIED_ON = re.compile(r"(?:\s*\([^()]{1,15}\))?\s+(?:has\s+|have\s+|had\s+)?(?:long\s+|increasingly\s+)?"
                        r"(?:relied|relies)\s+(?:heavily\s+|largely\s+|mainly\s+)?on\s+(?:the\s+)?(?:(?:local|allied|"
                        r"tribal|pro-government)\s+)?(?:(?:militias|groups|fighters|forces|mercenaries)\s+(?:known\s+as|"
                        r"called|such\s+as|including|like|of)\s+(?:the\s+)?)?")
ROLE_WORDS = ("deputy commander-in-chief", "commander-in-chief", "general commander", "military commander",
              "field commander", "military chief", "deputy chief of staff", "chief of the general staff",
              "chief of general staff", "chief of staff", "deputy leader",
              "senior leader", "co-founder", "founder and commander", "founder and leader", "founder and head",
              "founder and emir", "leader and founder", "founder", "commander", "leader", "chief",
              "head", "spokesman", "spokesperson", "spokeswoman", "emir", "envoy", "special envoy",
              "vice-president", "vice president", "president", "chairman", "minister of defence", "defence minister", "minister", "official",
              "member", "director", "secretary-general", "secretary general", "deputy", "officer",
              "political representative", "second-in-command", "ideologue", "boss", "kingpin",
              "figure", "military emissary", "emissary", "caliph")  # "a leading figure in X", "its best-known figure"
# not a bare "representative": "the regime's UN representative Z" speaks for a state at the UN
_SPOKE = re.compile(r"\b(?:" + "|".join(sorted(SPEECH_VERBS)) + r")\b")  # "Z head of the monitor said the army"
# "A and B, both former commanders of Y": a plural role after a list of persons is each one's
_PLURAL_ROLE = re.compile(r"\s*,\s*(?:both\s+|all\s+|the two\s+)?(?:(?:former|senior|top|deputy|military|field)\s+)*"
                          r"(commander|leader|founder|co-founder|member|chief|official)s\s+(?:of|in)\s+(?:the\s+)?", re.I)
_ROLE_WORDS = "|".join(re.escape(r) for r in ROLE_WORDS)
# an unnamed faction of the group named next: "a faction of", "the rival faction of" (not "the armed wing of X
# headed by Z", which Z may head)
_PART_OF_NAMED = re.compile(r"\b(?:a|one|another|the|its|their)\s+(?:[\w-]+\s+)?(faction)\s+of\s+(?:the\s+)?$",
                            re.I)
# "A and B ... said both were members of Y": the plural role said of a list of persons a little later
_BOTH_WERE = re.compile(r"[^.;]{0,60}?\b(?:(?:both|all|the\s+(?:two|three|four))\s+(?:were|are|had\s+been|have\s+been)|"
                        r"(?:were|are)\s+(?:both|all))\s+(?:former\s+)?(member|commander|fighter|militant|leader)s\s+"
                        r"(?:of|in)\s+(?:the\s+)?")
_ROLE = re.compile(r"\b(?:former\s+|official\s+|senior\s+|top\s+|deputy\s+|political\s+|spiritual\s+|supreme\s+|overall\s+)*"
                   r"(?:" + _ROLE_WORDS + r")\b", re.I)
# a man who served in a force: "Z, a Fijian serving in the SAS", "Z, who had fought for the Dawn Front"
_SERVED_IN = re.compile(r"\s*(?:,\s*(?:a|an)\s+(?:[\w-]+\s+){1,2}|,\s*(?:a|an)\s+[\w-]+\s*,\s*(?:(?:had|has|once|later)\s+)*|"
                        r",\s*who\s+(?:had\s+|has\s+|once\s+|later\s+)*|"
                        r"\s+(?:had\s+|has\s+|once\s+|later\s+)*)(?:(?:served|serving|serves)\s+(?:\w+ly\s+)?"
                        r"(?:in|with|for)|(?:fought|fighting)\s+(?:\w+ly\s+)?(?:in|for))\s+(?:the\s+)?", re.I)
_BECAME = re.compile(r"\s*,?\s*(?:who\s+)?(?:then\s+|later\s+|soon\s+|in\s+\d{4}\s+)?(?:became|has become|had become|was made|rose to "
                     r"become)\s+(?:the\s+|its\s+|their\s+|a\s+)?", re.I)
# "X (ACR) of Parliament Speaker Z": a group named with the one who leads it
# a body named after where it sits: "the Local Coordination Committee of Deir al-Adas"
_BODY_HEAD = re.compile(r"\b(?:Committees?|Council|Ministry|Office|Command|Directorate|Administration)$", re.I)
_OF_LEADER = re.compile(r"(?:\s*\([^()]{1,15}\)|\))?\s+(?:coalition\s+|movement\s+|militia\s+|faction\s+|group\s+)?of\s+"
                        r"(?:the\s+)?(?:(?:[A-Z][\w.-]*|[a-z]+)\s+){0,3}")  # his titles or a word for him
# "commanders of the LRA ..., among them A and B": each listed holds the role
# "Z and other commanders of Y", "Z and other members expelled from Y": one of them
_AND_OTHER_ROLES = re.compile(r"\s+and\s+(?:other|fellow)\s+(?:senior\s+|top\s+|former\s+)?(?:(?P<role>commander|leader|"
                              r"founder|official|officer|chief)s|members|fighters|militants)\s+"
                              r"(?:(?P<left>(?:who\s+had\s+)?(?:expelled|left|defected|deserted|split)\s+)?from|of|in)\s+"
                              r"(?:the\s+)?")
_ROLES_AMONG = re.compile(r"\b(?:senior\s+|top\s+|field\s+|military\s+)?(?P<role>commander|leader|founder|co-founder|"
                          r"member|official|chief)s\s+of\s+(?:the\s+)?", re.I)
# "the commander of X of Z", "a member of X of Z": the person is named by his role, not as the group's owner
_ROLE_BEFORE_OF = re.compile(r"\b(?:" + "|".join(re.escape(r) for r in ROLE_WORDS) + r"|members?|fighters?)s?\s+of\s+"
                             r"(?:the\s+)?$", re.I)
# a role "its" or "their" owns ("its political leader"): the recogniser reads sentences that name one
ITS_ROLE = re.compile(r"\b(?:its|their|the\s+[a-z]+['\u2019]s?)\s+(?:[a-z-]+\s+){0,2}?(?:" + _ROLE_WORDS + r")s?\b", re.I)
# "Its military commander throughout the war was Z": the role's owner is what "its" stands for
_ITS_ROLE_WAS = re.compile(r"\b(?:its|their)\s+(?:(?:first|second|new|last|founding)\s+)?(" + _ROLE.pattern + r")"
                           r"(?:\s*,\s*or\s+[\w'-]+\s*,)?(?:\s+(?:throughout|during|since|until|from|in|at)"
                           r"\b[^,;.]{0,30}?)?\s+(?:is|was|has been|had been|became)\s+(?:the\s+)?(?:[a-z-]+\s+){0,3}$", re.I)
# a country's or a side's forces named by what they are ("Ukrainian forces", "government troops")
_FORCES_OF_A_SIDE = re.compile(r"(?:[A-Z][\w-]+|government|regime|security|pro-government)\s+(?:forces|troops|soldiers|units)")
# "His deputy, Z": the second of the person "his" stands for
_HIS_SECOND = re.compile(r"\b(?:his|her)\s+(deputy|second-in-command|chief of staff|successor)\s*,\s*$", re.I)
# "one of its commanders, Z": a plural role just before one person is his
_ONE_OF_ROLES = re.compile(r"\b(?:one|another) of\s+[^,;.]{1,60}?\s+(?:[\w-]+\s+)?(" + _ROLE_WORDS + r")s\s*,?\s*$",
                           re.I)


_SUCCEEDED = re.compile(r"\b(?:succeeded|replaced|(?:elected|appointed|named|chosen)\s+to\s+(?:succeed|replace))\s+"
                        r"(?P<old>(?:his|her)\s+(?:father|brother|predecessor)|him|her|"
                        r"[A-Z][^\s,]*(?:\s+[A-Z][^\s,]*){0,4})(?:\s*,?\s+(?:as\s+(?:the\s+)?(?P<role>" + _ROLE.pattern +
                        r")(?P<of>\s+(?:of|at)\s+(?:the\s+)?)?|at\s+the\s+head\s+of\s+(?:the\s+)?))?", re.I)

# "set up in September 1998 by Z, until then a regional commander of the GIA": the role ended then
_QUIT_AS = re.compile(r"\s+(?:stepped\s+down|steps\s+down|resigned|resigns|was\s+(?:removed|dismissed|sacked|fired|ousted))"
                      r"\s+as\b", re.I)
_UNTIL_THEN = re.compile(r"\s*,\s*(?:until|till|up to) then\b", re.I)
_ROLES_COLON = re.compile(r"\b(?P<own>its|their|his|her)\s+(?:[\w-]+\s+){0,2}?(?P<role>" + _ROLE_WORDS + r")s\b"
                          r"(?:\s+(?:were|are)\s+[\w\s]{1,40}?)?\s*:\s*", re.I)
# "its commanders, A and B, fled", "two of the group's imprisoned leaders, A and B": the names right after
_ROLES_APPOSED = re.compile(r"\b(?P<own>its|their|the\s+[a-z]+['\u2019]s?)\s+(?:[\w-]+\s+){0,2}?(?P<role>" + _ROLE_WORDS +
                            r")s\s*,\s*", re.I)
# "two commanders of the Sinaloa Cartel, A and B": a plural role of a group named, its holders listed after it
_ROLES_OF_NAMED = re.compile(r"\b(?P<role>" + _ROLE_WORDS + r")s\s+(?:of|in)\s+(?:the\s+)?", re.I)
_BANNER = re.compile(r"\b(?:fights?|fought|fighting|operates?|operating|(?P<united>united|unite|unites|came\s+together|"
                     r"rallied|regrouped|gathered))\s+under\s+the\s+(?:banner|flag|umbrella)\s+of\s+(?:the\s+)?", re.I)
# "the 1st Infantry Brigade", "32 Battalion": a numbered unit; "ZAPU's own force, the ...", "its own army, the ..."
_NUMBERED_UNIT = re.compile(r"\d+(?:st|nd|rd|th)?\s+(?:[A-Z][\w-]*\s+){0,3}(?:Brigade|Battalion|Division|Regiment|Corps|"
                            r"Company|Squadron|Detachment|Group|Army)\b")
_OWN_FORCE = re.compile(r"(?:['\u2019]s)?\s+own\s+(?:armed\s+|military\s+)?(?:force|army|militia|armed wing|military "
                        r"wing),\s+(?:the\s+)?")
LEADABLE = ACTOR_TYPES - {"state"}  # what a person leads or belongs to (GUIDE: member_of)
SPONSORS = frozenset({"state", "organization", "state_force"})  # GUIDE: who backs
# "..., with Prachanda as supreme commander": the group named before has him in that role
_WITH_AS = re.compile(r"\bwith\s+$")


def _may_ally(o: Slot) -> bool:
    """Whether a name after 'allied to' can be a side: an armed actor or state, or an organization that is no
    outlet, monitor, NGO or international body ("allied to al-Qaeda", not "working with the UN"); the first
    name after the phrase is the ally, or none is (not the next name past an outlet)."""
    if o.type != "organization":
        return True
    from orbat.kinds import actor_kind
    return not o.anaphor and actor_kind(o.text, "organization") == "organization"  # not "fight alongside it"


@lru_cache(maxsize=1)
def _military_rank() -> str:
    """The ranks of the lexicon (unit_words.tsv) as a pattern in any case, without the clergy's and royalty's titles: a
    rank said in lower case is a man's standing in a force ("the Guardia Civil general Z", "a former PNGDF lieutenant")."""
    ranks = {r.casefold() for r in word_sets()["rank"]} - HONORIFICS
    return "(?i:" + "|".join(re.escape(r).replace(r"\ ", "[ -]") for r in sorted(ranks, key=len, reverse=True)) + ")"


class RelationRules:
    """Applies the relation patterns to a sentence; `run` is the entry point."""

    def __init__(self, col: Collector, member_groups: dict[str, str]):
        self.col = col
        self.member_groups = member_groups
        self.named: Counter[str] = Counter()  # how often each group has been named so far

    def run(self, view: View) -> None:
        self.named.update(s.eid for s in view.slots if s.type in GROUP_TYPES)
        self.compounds(view)
        self.sponsors(view)
        self.affiliations(view)
        self.membership(view)
        self.possessives(view)
        self.persons(view)
        self.led_by(view)
        self.founders(view)
        self.successions(view)
        self.role_lists(view)
        self.heads_named(view)
        self.presence(view)
        self.strongholds(view)
        self.withdrawals(view)
        self.hostility(view)
        self.alliances(view)
        self.faced(view)
        self._enmities(view)

    def compounds(self, view: View) -> None:
        """'Turkish-backed Sham Legion', 'al-Qaeda-affiliated HTS', 'the Idlib-based Hawks Brigade'."""
        for m in re.finditer(r"-based\b", view.text):  # "the Idlib-based X", "X, a Kafr Nabl-based faction": X is there
            place = [p for p in view.slots if p.type == "place" and p.end == view.start + m.start()]
            head = _GENERIC_HEAD.match(view.text, m.end())
            group = [x for x in view.slots if x.type in ARMED and x.start > view.start + m.end() and re.fullmatch(
                r"\s+(?:the\s+)?", view.between(view.start + m.end(), x.start))][:1] if not head else \
                [x for x in view.slots if x.type in ARMED and place and x.end <= place[0].start and re.fullmatch(
                    r"\s*,\s*(?:a|an|the)\s+", view.between(x.end, place[0].start))][-1:]
            for g in group:
                for p in place:
                    self.col.relation(view, g, "operates_in", p, view.start + m.start())
        for m in _COMPOUND.finditer(view.text):
            hyphen = view.start + m.start()
            sponsor = next((s for s in view.slots if s.end == hyphen), None)
            if not sponsor or sponsor.type == "place":
                continue
            kind = m.group(1).lower()
            if kind in ("held", "controlled"):  # "the HTS-held town of Saraqeb": HTS controls it
                places = view.places_after(view.start + m.end(), 4)[:1]
                areas = re.match(r"\s*(?:areas|parts|territor(?:y|ies)|regions|districts|neighbou?rhoods)\b[^.;]{0,50}?"
                                 r"\bincluding\s+(?:the\s+(?:towns?|villages?|cities|districts?)\s+of\s+)?",
                                 view.text[m.end():])
                if areas:  # "ISIL-controlled areas in Aleppo province including the towns of Akhtarin and Dabiq"
                    places = _one_list(view, view.places_after(view.start + m.end() + areas.end(), 6), held=True)
                elif re.match(r"\s*(?:areas|parts|territor(?:y|ies)|regions|pockets)\s+(?:in|of)\b", view.text[m.end():]):
                    places = []  # "ISIL-controlled areas in Aleppo province": some of it, not the province
                for pl in places:
                    if sponsor.type in ARMED | {"state"}:
                        self.col.relation(view, sponsor, "controls", pl, hyphen)
                continue
            after = view.after(view.start + m.end(), (), ARMED, max_words=4)
            head = _GENERIC_HEAD.match(view.text[m.end():])
            if head:  # "X, a US-backed alliance led by Y": the alliance is X, not Y
                apposed = [x for x in view.slots if x.type in ARMED and x.end <= sponsor.start and  # "the SDF a US-"
                           re.fullmatch(r"\)?\s*(?:,\s*(?:a|an|the)|\s(?:a|an)|\s+(?:is|are|was|were|remains?|remained)\s+"
                                        r"(?:also\s+)?(?:one\s+of\s+|among\s+)?(?:a|an|the))\s+(?:[\w-]+\s+)?",
                                        view.between(x.end, sponsor.start))]  # (its comma lost); "X is among the
                # Iran-aligned factions"
                end = view.start + m.end() + head.end()
                named = after if after and re.fullmatch(r"[\s,]*(?:of\s+|from\s+|such\s+as\s+|including\s+)?(?:the\s+)?",
                                                        view.between(end, after[0].start)) else []
                # "the Turkish-backed rebel group Faylaq al-Sham": the name right after the noun; "the Iran-backed
                # Lebanese group is fighting Daesh": the noun names no one here, and Daesh is its enemy
                after = apposed[-1:] if apposed else ([] if head.group(1) else named)
            if not after:
                continue
            if sponsor.type == "person":  # "the Tareq Saleh-led National Resistance Forces": he leads them
                if kind == "led":
                    self._holds_role(view, sponsor, after[0], hyphen, "leader")
                continue
            # a modifier holds whatever the clause says ("did not include the al-Qaida-linked Fatah Sham Front");
            # only a predicate denies it ("the group is not Iran-backed")
            neg = bool(re.search(r"\b(?:is|are|was|were|be|been|being)\s+not\s+(?:\w+\s+)?$",
                                 view.between(view.start, sponsor.start)))
            plural = head and re.search(r"(?:groups|militias|factions|movements|organi[sz]ations)\b", head.group(0))
            for g in after if plural else after[:1]:  # "the Turkish-backed factions A and B": each
                if kind in ("backed", "supported", "funded", "sponsored", "armed", "trained", "equipped"):
                    self.col.relation(view, g, "backed_by", sponsor, hyphen, negated=neg)
                elif kind in ("affiliated", "linked", "aligned", "inspired", "loyal"):
                    rel = "affiliated_with" if sponsor.type == "organization" else \
                        ("backed_by" if sponsor.type == "state" else "part_of")
                    self.col.relation(view, g, rel, sponsor, hyphen, negated=neg)
                elif kind == "allied":
                    self.col.relation(view, g, "allied_with", sponsor, hyphen, negated=neg)
                elif kind == "led" and sponsor.type in ARMED and g.type == "coalition" or \
                        kind == "dominated" and (sponsor.type in ARMED - {"state_force"} or
                                                 sponsor.type == "organization" and g.type == "coalition"):
                    self.col.relation(view, sponsor, "part_of", g, hyphen, negated=neg)  # "the YPG-dominated SDF"

    def sponsors(self, view: View) -> None:
        """'X, backed by Qatar and Turkey'; 'received missiles from the United States'."""
        for m in _BY_SPONSOR.finditer(view.text):
            pos = view.start + m.start()
            rel = _RELATIVE.search(view.text, 0, m.start())
            head = view.before(view.start + rel.start(), ARMED, max_gap=2) if rel else []
            near = view.before(pos, ARMED, max_gap=30)
            closed = view.closed_relative(near[0].start, near[-1].end, pos) if near else None
            if closed:  # "The SDF, which is dominated by the YPG, is supported by X": the noun the clause describes
                near = view.before(view.start + closed.start(), ARMED, max_gap=2)
            backed = head or near or fronted_subject(view, pos, ARMED) or subject(view, pos, ARMED)
            # ("Supported by the UAE and Egypt, the LNA advanced": the name the opening participle's clause closes on)
            if not head and _ACTION_BACKED.search(view.text, 0, m.start()):
                backed = main_subject(view, pos, ARMED)  # "took Tel Abyad from ISIS in an offensive backed by": the taker's
            if not head and _UNNAMED_BEFORE.search(view.text, 0, m.start()) and \
                    not any(x.start <= pos - 2 < x.end for x in view.slots):
                backed = []  # "regime forces and rebels backed by Fateh al-Sham": the unnamed rebels are backed
            sponsors = [s for s in view.after(view.start + m.end(), (), ACTOR_TYPES, max_words=3)
                        if not re.match(r"['\u2019]s?\s+[a-z]", view.text[s.end - view.start:])]  # "Ethiopia's foe"
            strikes = _STRIKES_BY.match(view.text, m.end()) if not sponsors else None
            led = [s for s in view.slots if not sponsors and s.type in SPONSORS and s.start >= view.start + m.end() and
                   re.fullmatch(r"\s*(?:the\s+)?", view.between(view.start + m.end(), s.start)) and
                   re.match(r"-led\b", view.text[s.end - view.start:])][:1]  # "backed by U.S.-led air strikes": the US
            sponsors = sponsors or led or (view.after(view.start + strikes.end(), (), ACTOR_TYPES, max_words=2)
                                           if strikes else [])  # "backed by air strikes launched by the coalition"
            if m.group(0).lower().startswith("with"):  # "with the help of US-led air strikes", "of Iran": a sponsor
                sponsors = [s for s in sponsors if s.type == "state"]  # ("with the help of Hezbollah": an ally) of
                backed = main_subject(view, pos, ARMED)  # the clause's doer, not its object ("drove IS from P with")
            for b in backed[:1]:
                for s in sponsors:
                    self.col.relation(view, b, "backed_by", s, pos)
        for m in _INTERVENED_FOR.finditer(view.text):  # "after Turkey intervened on the GNA's side": its sponsor
            pos = view.start + m.start()
            helped = [x for x in view.slots if x.type in ARMED and x.start >= view.start + m.end() and re.fullmatch(
                r"(?:the\s+)?", view.between(view.start + m.end(), x.start)) and (not m.group("side") or re.match(
                    r"['\u2019]s?\s+side\b", view.text[x.end - view.start:]))][:1]
            for s in subject(view, pos, SPONSORS)[:1]:
                for b in helped:
                    if s.eid != b.eid:
                        self.col.relation(view, b, "backed_by", s, pos)
        for m in _SUPPLIER_OF.finditer(view.text):
            pos = view.start + m.start()
            sponsor = [x for x in view.slots if x.type in SPONSORS and x.end == pos]
            for b in view.after(view.start + m.end(), (), ARMED, max_words=0)[:1]:
                for s in sponsor:
                    self.col.relation(view, b, "backed_by", s, pos)
        for m in _AIDED_BY.finditer(view.text):
            pos = view.start + m.start()  # the name just before, else the clause's subject (not "freed P from IS gangs")
            backed = view.before(pos, ARMED, max_gap=3) or subject(view, pos, ARMED)
            sponsors = [s for s in view.after(view.start + m.end(), (), ACTOR_TYPES, max_words=1)
                        if s.type in ARMED | SPONSORS]
            for b in backed[:1]:
                for s in sponsors[:2]:
                    if s.eid != b.eid:
                        self.col.relation(view, b, "backed_by", s, pos)
        for h in view.slots:  # "the SDF is fighting with US support", "with Russian air support", "X, which enjoys
            # Turkish backing"
            with_ = re.search(r"\b(?:with|enjoys|enjoyed|enjoying|receives|received|receiving|gets|got|benefits\s+from|"
                              r"benefited\s+from|benefiting\s+from)\s+(?:the\s+)?(?:\w+ly\s+)?$",
                              view.between(max(view.start, h.start - 30), h.start))
            if with_ and h.type in SPONSORS | ARMED and SUPPORT_AFTER.match(view.text, h.end - view.start):
                for b in subject(view, h.start, ARMED)[:1]:
                    if b.eid != h.eid:
                        self.col.relation(view, b, "backed_by", h, h.start)
        for m in _ACCUSED_OF.finditer(view.text):
            pos = view.start + m.start()
            accused = [x for x in view.slots if x.type in SPONSORS and pos < x.start and x.end <= view.start + m.end()]
            if not accused and re.search(r"\b(?:been|was|were|is|are)\s+(?:\w+ly\s+)?$", view.between(view.start, pos)):
                accused = subject(view, pos, SPONSORS)  # "Pakistan has long been accused of sheltering the Taliban"
            for b in [b for b in view.after(view.start + m.end(), (), ARMED, max_words=1) if not b.anaphor
                      or b.text.lower() in ("it", "them")][:3]:  # "accused Pakistan of sheltering it": the group
                for s in accused[-1:]:  # "Pakistan's ISI": the agency named last
                    self.col.relation(view, b, "backed_by", s, pos)
        for m in _RELIES_ON.finditer(view.text):  # "X relies heavily on Iranian weapons and funding"
            state = next((x for x in view.slots if x.type == "state" and x.start == view.start + m.start("dem")), None)
            for b in subject(view, view.start + m.start(), ARMED)[:1] if state else ():
                self.col.relation(view, b, "backed_by", state, view.start + m.start())
        for m in _PROXY_OF.finditer(view.text):  # "X is widely seen as a proxy of the United Arab Emirates"
            for s in view.after(view.start + m.end(), (), SPONSORS, max_words=0)[:1]:
                for b in subject(view, view.start + m.start(), ARMED)[:1]:
                    self.col.relation(view, b, "backed_by", s, view.start + m.start(),
                                      negated=True if m.group("no") else None)
        for m in _TRAINED_MEN.finditer(view.text):  # "Iran's Quds Force has trained thousands of X fighters"
            men = [b for b in view.after(view.start + m.end(), (), ARMED, max_words=1)
                   if MEN.match(view.text, b.end - view.start)]
            for b in men[:1]:
                for s in subject(view, view.start + m.start(), SPONSORS)[:1]:
                    self.col.relation(view, b, "backed_by", s, view.start + m.start())
        for m in _SUPPLIED.finditer(view.text):  # "Iran supplied weapons to the Houthis"
            pos = view.start + m.start()
            sponsor = subject(view, pos, ACTOR_TYPES)
            for b in view.after(view.start + m.end(), (), ARMED, max_words=3)[:3]:
                for s in sponsor[:2]:  # "Saudi Arabia and Qatar funnelled money and arms to X"
                    self.col.relation(view, b, "backed_by", s, pos)
        for m in _BACKS.finditer(view.text):
            pos = view.start + m.start()
            if view.text[m.start() - 1:m.start()] == "-" or any(x.start <= pos < x.end for x in view.slots):
                continue  # "Iran-backed": a compound; "the Armed Forces": a name
            if re.search(r"\bof\s+having\s+(?:\w+\s+and\s+)?$", view.text[:m.start()]):
                continue  # "accuses France of having armed and trained the FAR": the accused, not the accuser
            stopped = re.search(r"\b(?:stopped|ended|halted|ceased|suspended)\s+$", view.text[:m.start()])
            if m.group(0).rstrip().lower().endswith("ing") and not stopped and not re.search(
                    r"\b(?:is|are|was|were|been|be|denied|denies|deny|denying)\s+(?:\w+ly\s+|also\s+|still\s+)?$",
                    view.text[:m.start()]):
                continue  # "the coalition is backing the SDF", "Kigali denied backing the M23" (negated); not "accuses
                # Mobutu of arming UNITA", whose subject is not it
            end = view.date_near(pos) if stopped else None  # "the US stopped funding X in 2017": backed until then
            backed = [b for b in view.after(view.start + m.end(), (), ARMED, max_words=1) if not b.anaphor]
            # (a sponsor named in a compound does not act: "X, the Iran-backed militia, sent fighters to support Y")
            sponsor = [s for s in subject(view, pos, SPONSORS) if not view.compound(s)]
            for b in backed[:3]:
                for s in sponsor[:3]:
                    self.col.relation(view, b, "backed_by", s, pos, valid_until=end.value if end else None, date=end,
                                      ended=bool(stopped))
            for b in backed[:3] if m.group("aim") in ("back", "support", "shore up", "prop up", "bolster", "reinforce",
                                                      "assist") and \
                    not sponsor and not INTENDED.search(view.text, 0, m.start()) else ():
                # "Hezbollah sent fighters to Syria to shore up Assad's forces": an ally (not "plans to support Y")
                for a in subject(view, pos, ARMED)[:2]:
                    if a.eid != b.eid:
                        self.col.relation(view, a, "allied_with", b, pos)
            listed = [x for x in view.group_of(backed[0]) if x.start >= backed[0].start] if backed else []
            against = re.match(r"\s*(?:\([^()]{1,12}\))?\s+against\s+(?:the\s+)?", view.text[listed[-1].end - view.start:]) \
                if listed else None
            for foe in view.after(listed[-1].end + against.end(), (), ARMED | {"state"}, max_words=0)[:1] if against else ():
                for b in listed:  # "armed both the Peshmerga and the Iraqi forces against the Islamic State"
                    self.col.relation(view, b, "hostile_to", foe, pos)
        for b in view.slots:  # "the Hawks Brigade, which Iran supports,": the sponsor is the object clause's subject
            s = _object_clause_subject(view, b, SPONSORS) if b.type in ARMED and not b.anaphor else None
            if s and _WHOM_IT_BACKS.match(view.text, s.end - view.start):
                self.col.relation(view, b, "backed_by", s, s.start)
        for b in view.slots:
            if b.type not in ARMED or b.anaphor and b.text.lower() not in ("it", "them"):  # "allowed it bases"
                continue
            verb = _GAVE.search(view.text, max(0, b.start - view.start - 40), b.start - view.start)
            if verb and _AID.match(view.text, b.end - view.start):
                pos = view.start + verb.start()
                givers = subject(view, pos, SPONSORS)[:3]
                accused = _ACCUSED_GIVER.search(view.between(view.start, pos))
                if accused:  # "officials accused Gambia's former ruler of giving Sadio's men sanctuary": the accused
                    givers = [x for x in view.slots if x.type in SPONSORS and not x.anaphor and
                              view.start + accused.end() <= x.start < pos][:1]
                if b.anaphor and givers and not re.fullmatch(r"\s*(?:(?:also|later|then|had|has|have)\s+)*",
                                                             view.between(givers[-1].end, pos)):
                    continue  # "officials alleged that Hamas leaders sent it money": "it" read only beside its giver
                for s in givers:
                    self.col.relation(view, b, "backed_by", s, pos)
        for m in _SPONSOR_NOUN.finditer(view.text):
            pos = view.start + m.start()
            sponsor = subject(view, pos, SPONSORS)
            backed = view.after(view.start + m.end(), (), ARMED, max_words=1) if m.group("of") else []
            if not backed and m.group("own"):  # "the army's main supplier of rifles": the owner, not what is supplied
                backed = [x for x in view.slots if x.type in ARMED and view.start + m.start() <= x.start
                          and re.fullmatch(r"(?:['\u2019]s?)?\s+", view.between(x.end, view.start + m.end("own")))]
            elif not m.group("of") and not m.group("own"):
                backed = [x for x in view.slots if x.anaphor and x.type in ARMED and x.start == view.start + m.start() +
                          len(re.match(r"\w+\s+", m.group(0)).group(0))]  # "... became its main sponsor"
            plural = re.search(r"s\b", m.group(0)[-(len(m.group("of") or "") + 2):])  # "A and B remain its main backers"
            for b in backed[:2]:
                for s in sponsor if plural else sponsor[:1]:
                    if s.eid != b.eid:
                        self.col.relation(view, b, "backed_by", s, pos)
        self._possessed_sponsor(view)
        for y in view.slots:  # "Iran, the main backer of the Houthis,": the group is backed by the name before
            m = _APPOSED_SPONSOR.match(view.text, y.end - view.start) if y.type in SPONSORS and not y.anaphor else None
            backed = view.after(view.start + m.end(), (), ARMED, max_words=0) if m else []
            if backed and not re.match(r"\s*(?:[,;.:)]|$|(?:and|in|since|during|which|who|against|for|to|until)\b)",
                                       view.text[backed[-1].end - view.start:]):
                continue  # "a backer of the Dawn Front government": of the government the name describes
            for b in backed:
                if b.eid != y.eid:
                    self.col.relation(view, b, "backed_by", y, y.end)
        for m in _RECEIVED.finditer(view.text):
            pos = view.start + m.start()
            who = subject(view, pos, ARMED)
            sponsors = view.after(view.start + m.end(), (), {"state", "organization", "state_force"}, max_words=2)
            more = re.match(r"\s*,?\s+and\s+(?:[\w-]+\s+){0,2}?(?:weapons|arms|money|funding|funds|support|training|"
                            r"ammunition|supplies|equipment|backing|aid|advisers|drones|missiles)\s+from\s+",
                            view.text[sponsors[-1].end - view.start:]) \
                if sponsors else None  # "received funding from Qatar and weapons from Turkey": both
            sponsors += view.after(sponsors[-1].end + more.end(), (), {"state", "organization", "state_force"},
                                   max_words=1) if more else []
            denied = bool(re.search(r"\b(?:no|not|never|any)\b", m.group(0), re.I) or
                          re.search(r"\b(?:not|never|denie[sd]|deny|denying)\s+(?:\w+\s+)?$", view.between(view.start, pos)))
            for b in who[:1]:  # ("received no support from Turkey", "denies receiving any weapons from Iran": none)
                for s in sponsors:
                    self.col.relation(view, b, "backed_by", s, pos, negated=True if denied else None)

    def affiliations(self, view: View) -> None:
        """'affiliated with X', 'X, an al-Qaeda franchise', 'al-Qaeda's Syria wing Nusra Front'."""
        for m in _SUBORDINATE.finditer(view.text):
            pos = view.start + m.start()
            near = view.before(pos, ARMED, max_gap=60) or [  # "X, which operates under the umbrella of Y"
                x for x in view.slots if x.type in ARMED and _WHICH.fullmatch(view.between(x.end, pos))][-1:]
            gap = view.between(near[-1].end, pos) if near else ""
            apposed = bool(_APPOSED_THAT.fullmatch(gap) or _WHICH.fullmatch(gap))  # "X, a group that belongs to Y",
            # "X, which operates under the umbrella of Y"
            if not near or re.search(r"\b(?:said|says|told|who|which|that|the)\b", gap) and not apposed:
                continue  # "Z ... said the gunmen answered to Y": the gunmen, unnamed
            if m.group(0).lower().startswith("belong") and not apposed and \
                    not re.fullmatch(r"\s*(?:,\s*)?(?:which\s+|that\s+)?", gap):
                continue  # "gas supplies belonging to Daesh": what belongs is no group named before
            if re.search(r"\band\b", gap):
                near = main_subject(view, pos, ARMED)  # "X, companies of Y and subordinate to Z": X is
            for o in view.after(view.start + m.end(), (), ARMED | {"state"}, max_words=2)[:1]:
                for s in near[:3]:
                    self.col.relation(view, s, "part_of", o, pos)
        for m in _COMMANDS.finditer(view.text):
            pos = view.start + m.start()
            for o in view.after(view.start + m.end(), (), ARMED, max_words=2)[:1]:
                for s in subject(view, pos, ARMED | {"organization", "person"})[:1]:
                    if s.type == "person":  # "Z now commands X": his command, no unit of anything
                        if m.group(0).lower().startswith("command") and not view.owns_next(o):
                            self.col.relation(view, s, "member_of", o, pos, role="commander", negated=False)
                    elif s.eid != o.eid:
                        self.col.relation(view, o, "part_of", s, pos)
        for m in _AFFIL_VERB.finditer(view.text):
            pos = view.start + m.start()
            phrase = m.group(0).lower()
            if any(x.start < view.start + m.end() <= x.end for x in view.slots if not x.anaphor):
                continue  # "the National Democratic Front of Bodoland": a name's own words, no phrase
            objs = view.after(view.start + m.end(), (), ACTOR_TYPES, max_words=3)
            if re.match(r"\s+(?:him|her|them|himself|themselves)\b", view.text[m.end():]):
                objs = []  # "the faction remained loyal to him after the Islamic State appointed W": the man
            if phrase == "loyal to" and not _UNNAMED_FORCE.search(view.between(max(view.start, pos - 40), pos)):
                # "the Hawks, a faction loyal to Colonel X": X leads them (not "allied with forces loyal to X")
                for p in view.after(view.start + m.end(), (), {"person"}, max_words=3)[:1]:
                    for s in (view.before(pos, ARMED, max_gap=60) or subject(view, pos, ARMED))[:1]:
                        self.col.relation(view, p, "member_of", s, pos, role="leader", negated=False)
            if not objs:
                continue
            generic = _GENERIC_BEFORE.search(view.between(view.start, pos))
            if generic and not any(x.end <= view.start + generic.start() and
                                   not view.between(x.end, view.start + generic.start()).strip() or
                                   x.start <= view.start + generic.start() < x.end for x in view.slots):
                continue  # "an attack by terrorist groups affiliated to ISIL": the groups, unnamed (not "X fighters",
                # nor the last word of a name, "the People's Defence Units")
            subj = view.before(pos, ARMED, max_gap=60)
            if subj and leaders_clause(view, subj[-1]):
                continue  # "a militia led by Omar and Abdullah Maute that has pledged loyalty to IS": the militia's
            if subj and not re.match(r"(?:a|an|the) ", phrase):  # "X, formed by veterans of Y, is part of Z": X
                subj = apposed_head(view, subj, view.between(subj[-1].end, pos), ARMED) or subj
            if not subj or verbs_object(view, subj, pos):  # "X left AQIM, pledged allegiance to Y": X's pledge
                subj = subject(view, pos, ARMED)
            elif any(x.type == "person" and re.match(r"\s*,", view.text[x.end - view.start:])
                     for x in subject(view, pos, ARMED | {"person"})[:1]):
                continue  # "Z, a preacher who had served al-Shabaab in Puntland, pledged allegiance to IS": Z's pledge
            adjacent = [x for x in view.slots if x.type in LEADABLE and x.end <= pos and
                        re.fullmatch(r"\s*(?:\([^()]{1,20}\))?[\s,]*", view.between(x.end, pos))][-1:]
            if re.match(r"(?:a|an|the) ", phrase):
                # "the YPG, the armed wing of the PYD, a Syrian affiliate of the PKK": the PYD is; a noun phrase
                # describes the name beside it or the subject of "is" ("since the armed wing of UNITA resumed the
                # war": an unnamed wing, not the FAA named earlier)
                # "a merger of A, B and the Sahara branch of Y": an item of a list, no predicate of the subject
                listed = any(re.fullmatch(r"\s*,?\s*(?:and|or)\s+", view.between(x.end, pos)) for x in view.slots
                             if x.end <= pos)
                cop = [] if adjacent or listed else main_subject(view, pos, ARMED)
                gap = view.between(cop[-1].end, pos) if cop else ""
                subj = adjacent or (cop if cop and _IS_BETWEEN.search(gap) and  # not "X were pursuing them around
                                    not re.search(r"\b(?:where|when)\b", gap) else [])  # P where the faction of Y"
                latter = re.search(r"\bthe latter\b[^.;]*$", view.between(view.start, pos))
                which = re.search(r"\b(?:which|that|who)\s+(?:is|are|was|were|became|remains)\s+$",
                                  view.between(view.start, pos))
                fronted = re.match(r"\W*(?P<p>Founded|Formed|Created|Established|Set\s+up|Raised|Organi[sz]ed|Begun|"
                                   r"Started)\b[^,;]*?\bas\s+$", view.between(view.start, pos))
                if fronted and not adjacent:  # "Founded in 1964 as the armed wing of Y, the FARC ...": the subject
                    subj = fronted_subject(view, view.start + fronted.start("p"), ARMED)  # after the clause
                if latter:  # "Faylaq al-Sham and Nusra Front, the latter of which is the Syrian branch of Y"
                    subj = view.before(view.start + latter.start(), ARMED, max_gap=4)[-1:]
                elif which and not adjacent:  # "the SDF is dominated by the YPG which is the armed wing of the PYD"
                    subj = view.before(view.start + which.start(), ARMED, max_gap=3)[-1:]
            if phrase == "part of" and re.search(r"\b(?:became|become|becomes)\s+$", view.between(view.start, pos)):
                continue  # joining, handled as an event
            for s in subj[:3]:
                for o in objs[:1]:
                    if o.type == "organization" and (re.search(r"\b(?:armed|military) (?:wing|arm|branch)\b", phrase) or
                                                     re.search(r"\b" + _FORCE_KIND + r" force\b", phrase)) \
                            or re.search(r"\b(?:army|armed forces|militia) of$", phrase):
                        rel = "part_of"  # GUIDE: the armed wing of a party or government is part of it (so is
                        # "the militia of the former ruling MRND party")
                    elif o.type == "organization" or o.type in ("armed_group", "coalition") and \
                            (re.search(r"\b(?:affiliate|franchise|offshoot) of", phrase) or
                             re.search(r"\b(?:allegiance|loyalty|fealty) to$", phrase) and network(o)):
                        # GUIDE: an affiliate or franchise is affiliated, whoever owns it, and so is who pledged
                        # allegiance to a network
                        rel = "affiliated_with"
                    elif o.type == "state" or (o.type == "state_force" and not re.search(
                            r"part of|branch|wing|arm|front|cover|faction|militia", phrase)):
                        rel = "backed_by"  # "loyal to Iran", "aligned with the army"
                    elif phrase == "aligned with":
                        rel = "allied_with"  # "the TTP is closely aligned with the Afghan Taliban": a side, no unit
                    elif phrase == "linked to":
                        continue  # "a group linked to the PKK": a tie of unsaid kind, no unit
                    else:
                        rel = "part_of"  # "part of the Popular Mobilization Forces"
                    self.col.relation(view, s, rel, o, pos)
        for m in _TIES_TO.finditer(view.text):  # "X has (no) links to al-Qaeda": to a network, an affiliation
            pos = view.start + m.start()
            for o in view.after(view.start + m.end(), (), {"organization"}, max_words=0)[:1]:
                for s in subject(view, pos, ARMED)[:1]:
                    self.col.relation(view, s, "affiliated_with", o, pos, negated=bool(m.group("no") or m.group("denied")))
        for m in _AFFIL_NOUN.finditer(view.text):
            pos = view.start + m.start()
            if any(s.start <= pos < s.end for s in view.slots):
                continue  # "X's northern branch" named as a unit of its own
            proxy = m.group(0).lower() in ("proxy", "proxies")
            owner = view.before(pos, {"organization", "armed_group", "coalition"} | ({"state"} if proxy else set()),
                                max_gap=25)
            if not owner or "," in view.between(owner[-1].end, pos):
                continue  # "X's Syria wing", not "Y, the armed wing of Z" (a phrase of its own)
            owner = owner[-1]
            if re.search(r"\b(?:the|a|an|is|was|are|were|remains|became)\b", view.between(owner.end, pos), re.I):
                continue  # "the Qassam Brigades the armed wing of Hamas" (a phrase that lost its comma), "ISKP is
                # the branch of IS": the name before is the wing, not its owner
            if _COMPARED.search(view.between(max(view.start, owner.start - 20), owner.start)):
                continue  # "X, like the al-Qaeda affiliate, is ...": a comparison names no tie
            bracket = view.between(view.start, pos).rfind("(")
            if bracket > view.between(view.start, pos).rfind(")"):
                # "Nusra Front (Qaeda branch in the Levant) Jaish al-Fateh": the gloss is the name before the bracket's
                child = [x for x in view.slots if x.type in ARMED and x.end <= view.start + bracket and
                         not view.between(x.end, view.start + bracket).strip()][-1:]
                loose = owner.type == "organization" or m.group(0).lower() in ("affiliate", "franchise", "offshoot")
                for c in child:
                    self.col.relation(view, c, "affiliated_with" if loose else "part_of", owner, pos)
                continue
            apposed = re.match(r"\s*,\s*(?:the\s+)?|\s+(?:(?:in|for)\s+(?:the\s+)?(?:[A-Z][\w'\u2019-]*\s+){1,3})?"
                               + _CALLED, view.text[m.end():])
            # "al-Qaeda's Syrian wing, the Nusra Front", "al-Qaida's affiliate in Syria known as Fatah al-Sham Front"
            if apposed and not any(view.start + m.end() < x.start <= view.start + m.end() + apposed.end()
                                   for x in view.slots):
                apposed = None
            child = view.after(view.start + m.end() + (apposed.end() if apposed else 0), (), ARMED, max_words=3)
            if child and re.search(r"\b(?:and|or|while)\b", view.between(view.start + m.end(), child[0].start)):
                child = []  # "X's branch in Syria and Y": Y is the next item, not the branch
            if not child and re.search(r"\b(?:by|with|against|from)\s+(?:the\s+)?$",
                                       view.between(max(view.start, owner.start - 20), owner.start)):
                continue  # "HTS, a group led by al-Qaeda's former Syria affiliate": an unnamed third party
            if not child:  # "X, al-Qaeda's former branch in Syria": the name just before the owner
                child = [x for x in view.slots if x.type in ARMED and x.end <= owner.start
                         and re.fullmatch(r"[\s,(\u2013\u2014-]*(?:the\s+)?", view.between(x.end, owner.start))][-1:]
            which = None if child else _RELATIVE.search(view.between(view.start, owner.start))
            if which:  # "the People's Defence Forces (HPG), which remained the PKK's armed wing": the antecedent
                child = [x for x in view.slots if x.type in ARMED and x.end == view.start + which.start()][-1:]
            if not child and not re.search(r"\b(?:which|that|who)\b", view.between(view.start, owner.start)[-30:]):
                earlier = view.before(owner.start, ARMED, max_gap=30)
                if not earlier:
                    cop = main_subject(view, owner.start, ARMED)
                    if cop and _copula_between(view, cop[-1].end, owner.start):
                        earlier = cop
                child = earlier[-1:] if earlier else []
            armed_wing = _ARMED_WING.search(view.text[:m.end()])  # GUIDE: a party's armed wing is part of it
            # GUIDE: an affiliate or franchise is affiliated, whoever owns it; a branch or wing of an armed
            # group is one of its units
            loose = m.group(0).lower() in ("affiliate", "franchise", "offshoot", "proxy", "proxies")
            for c in child if m.group(0).lower() == "proxies" else child[:1]:  # "Turkey's proxies, A and B"
                rel = "affiliated_with" if (owner.type == "organization" or loose) and not armed_wing else "part_of"
                # "Hezbollah, Iran's most powerful proxy": a state's proxy is backed by it
                self.col.relation(view, c, "backed_by" if owner.type == "state" else rel, owner, pos)

    def membership(self, view: View) -> None:
        """'X is a key member of Y', 'Y consists of A, B and C', 'X ... to head the Y alliance'."""
        for m in _MEMBER_APPOSED.finditer(view.text):  # "the 400 Mawozo gang, a member of the coalition, ..."
            pos = view.start + m.start()
            parent = view.after(view.start + m.end(), (), ARMED, max_words=2)
            child = view.before(pos, ARMED, max_gap=10) or \
                [x for x in view.slots if x.type in ARMED and x.end <= pos and not view.between(x.end, pos).strip()]
            former = bool(re.search(r"\b(?:former|ex-|one-?time|erstwhile)", m.group(0), re.I))
            for c in (view.group_of(child[-1]) if child and m.group("all") else child[-1:]):  # "A and B, both
                for p in parent[:1]:  # members of Y": each of them
                    if c.type in ARMED and c.eid != p.eid:  # ("X, a former unit of Y": no longer)
                        self.col.relation(view, c, "part_of", p, pos, ended=former)
        for m in _ARM_AS_SEEN.finditer(view.text):  # "the YPS, which Ankara regards as an urban arm of the PKK"
            child = [x for x in view.slots if x.type in ARMED and x.end == view.start + m.start()]
            own = [x for x in view.slots if x.anaphor and x.type in ARMED and x.start == view.start + m.start("own")] \
                if m.group("own") else []
            seer = [x for x in view.slots if x.type in ARMED | {"organization"} and m.group("seer") and
                    x.start == view.start + m.start("seer")]
            if own and seer:  # "the ADF, which the Islamic State calls its Central Africa Province": the caller's
                own = seer
            elif child and own and own[0].eid == child[0].eid:  # "its" is not the unit itself: the group named before it
                own = [x for x in view.slots if x.type in ARMED and not x.anaphor and x.end <= child[0].start
                       and x.eid != child[0].eid][-1:]
            parent = own or view.after(view.start + m.end(), ("of",), ARMED, max_words=2)[:1]
            for c in child:
                for p in parent:
                    if c.eid != p.eid:
                        self.col.relation(view, c, "part_of", p, view.start + m.start("kind"))
        for m in _PARTS_AMONG.finditer(view.text):  # "the five organisations of the FMLN, among them A and B"
            parent = view.after(view.start + m.end(), (), ARMED, max_words=0)[:1]
            among = parent and re.match(r"\s*(?:\([^()]{1,15}\)\s*)?,?\s*(?:among them|including|such as|notably)\s+",
                                        view.text[parent[0].end - view.start:])
            for c in named_list(view, parent[0].end + among.end(), ARMED | {"organization"}) if among else ():
                if c.eid != parent[0].eid:
                    self.col.relation(view, c, "part_of", parent[0], c.start)
        for m in _ONE_OF_ITS.finditer(view.text):  # "Asa'ib Ahl al-Haq, one of the Hashd's most powerful factions",
            # "the Badr Organization, the largest of its factions"
            pos = view.start + m.start()
            parent = [x for x in view.slots if x.type in ARMED and (x.end == view.start + m.end("owner") if m.group("owner")
                                                                   else x.anaphor and x.start == view.start + m.start("its"))]
            child = [x for x in view.slots if x.type in ARMED and x.end <= pos and not view.between(x.end, pos).strip()]
            for c in child[-1:]:
                for p in parent[:1]:
                    if c.eid != p.eid:
                        self.col.relation(view, c, "part_of", p, pos)
        for m in _POLITICAL_WING.finditer(view.text):  # "Its political wing, the IRSP, was launched": its armed
            pos = view.start + m.start()  # wing is part of the party (GUIDE)
            own = next((x for x in view.slots if x.anaphor and x.start == pos and x.type in ARMED), None)
            party = view.after(view.start + m.end(), (), ACTOR_TYPES - {"state"}, max_words=1)[:1]
            for p in party:
                if own is not None and own.eid != p.eid:
                    self.col.relation(view, own, "part_of", p, pos)
        for m in list(_MEMBER.finditer(view.text)) + list(_MEMBER_NOUN.finditer(view.text)):
            pos = view.start + m.start()
            parent = view.after(view.start + m.end(), (), ARMED | {"organization"}, max_words=4)
            if parent and parent[0].type == "organization" and not re.search(
                    r"(?:^|\b(?:is|are|was|were|became|remains?)\s+(?:also\s+)?)(?:a|an|the|one of the)?\s*(?:\w+\s+)?"
                    r"members?\s+of$", m.group(0), re.I):
                continue  # "a member of the KCK" (an umbrella the lexicon calls an organization), not "a group in"
            if parent and _ACTION_BEFORE.search(view.between(view.start + m.end(), parent[0].start)):
                continue  # "other factions in the offensive against Daesh": Daesh is the enemy, not the whole
            child = view.before(pos, ARMED, max_gap=40)
            child = (apposed_head(view, child, view.between(child[-1].end, pos), ARMED) or child) if child else \
                main_subject(view, pos, ARMED)  # "X, formed by veterans of Y, is part of Z": X
            if not child and parent:  # "the largest faction of X, Y, ...": the name apposed to the whole
                child = [c for c in view.after(parent[-1].end, (), ARMED, max_words=2)
                         if _APPOSED_NEXT.fullmatch(view.between(parent[-1].end, c.start))]  # (not "units of X joined Y")
            for c in child:
                for p in parent[:1]:  # polarity read before "of": "X is not part of Y"
                    self.col.relation(view, c, "part_of", p, view.start + m.end())
        for i, s in enumerate(view.slots):  # "Los Ciclones, the Gulf Cartel faction based in Matamoros", "X is the
            # largest Dawn Front faction", "The most powerful PMF group on the road to Kirkuk, X": a unit of the name
            kind = _KIND_NOUN.match(view.text, s.end - view.start)
            lead = _KIND_LEAD.search(view.between(view.start, s.start)) if kind else None
            if not lead or s.anaphor or not s.text[:1].isupper() or s.type not in ARMED | {"organization"} or \
                    (kind.group("kind") or "").lower() == "splinter" or kind.group("group") and not lead.group("most"):
                continue  # (a splinter split: no unit; "a Dawn Front group" is the Dawn Front)
            at = view.start + lead.start()
            child = [x for x in view.slots[:i] if x.end <= at and re.fullmatch(
                r"\s*(?:\([^()]{1,20}\)\s*)?(?:,\s*|,?\s*(?:is|was|are|were|remains|remained)\s+)", view.between(x.end, at))]
            apposed = re.match(r"[^,;]{0,50}?,\s*(?:the\s+)?", view.text[kind.end():]) \
                if re.fullmatch(r"\W*", view.between(view.start, at)) else None
            child = child[-1:] or [x for x in view.slots[i + 1:] if apposed and x.start == view.start + kind.end() +
                                   apposed.end() and not _LISTED_ON.match(view.text, x.end - view.start)]
            for x in child:
                if x.type in ARMED and not x.anaphor and x.eid != s.eid:
                    loose = (kind.group("kind") or "").lower() in ("affiliate", "offshoot") or s.type == "organization" \
                        and kind.group("kind").lower() not in ("force", "wing")  # the UN's force, a party's wing: parts
                    self.col.relation(view, x, "affiliated_with" if loose else "part_of", s, s.start)
        for m in re.finditer(r"\b(?:dominated|spearheaded|(?P<led>led))\s+by\s+(?:the\s+)?", view.text):
            pos = view.start + m.start()  # "the SDF, dominated by the PYD's armed wing YPG": the YPG is in the SDF
            kinds = ("coalition",) if m.group("led") else ("coalition", "armed_group")  # "the alliance, led by Y"
            whole = [x for x in view.slots if x.type in kinds and x.end <= pos and
                     re.fullmatch(r"\s*(?:\([^()]{1,12}\))?\s*,?\s*(?:(?:which\s+|that\s+)?(?:is|are|was|were|has\s+been|"
                                  r"have\s+been|had\s+been)\s+(?:\w+ly\s+)?)?", view.between(x.end, pos))][-1:]
            # (said of it too: "the Dawn Alliance is dominated by the Hawks Brigade")
            stop = re.search(r"[,;(.]|\s(?:took|has|have|had|is|are|was|were|said|launched|captured|seized)\b",
                             view.text[m.end():])
            end = view.start + m.end() + (stop.start() if stop else len(view.text) - m.end())
            named = [x for x in view.slots if x.type in ARMED and view.start + m.end() <= x.start and x.end <= end
                     and not _OWNS_A_PART.match(view.text, x.end - view.start)]  # not "the PKK's Syrian wing the PYD"
            for part in named[-1:] if whole else ():  # the last name of a possessive chain ("the PKK's Syrian
                if part.eid != whole[0].eid and not part.anaphor:  # offshoot PYD's armed wing YPG"): the YPG
                    self.col.relation(view, part, "part_of", whole[0], pos)
        for m in _MEMBER_LIST.finditer(view.text):  # "the FMLN's five member organisations, the FPL, the ERP and ..."
            pos = view.start + m.start()
            owner = [x for x in view.slots if x.type in {"coalition", "armed_group"} and x.end <= pos and
                     re.fullmatch(r"(?:['\u2019]s)?\s+(?:[\w-]+\s+)?", view.between(x.end, pos)) and
                     (x.anaphor or view.between(x.end, pos).lstrip().startswith(("'", "\u2019")))]
            lead = re.match(r"\s*(?:,|:|\s(?:are|were|include|included|includes))\s*", view.text[m.end():])
            if owner and lead:
                for c in _listed(view, view.start + m.end() + lead.end(), owner[-1]):
                    self.col.relation(view, c, "part_of", owner[-1], pos)
        for m in _WHOSE_CORE.finditer(view.text):  # "the SDF, whose backbone is the YPG": the YPG is in the SDF
            whole = [x for x in view.slots if x.type in ("coalition", "armed_group") and x.end == view.start + m.start()]
            part = view.after(view.start + m.end(), (), ARMED, max_words=0)[:1]
            for w in whole:
                for p in part:
                    if p.eid != w.eid:
                        self.col.relation(view, p, "part_of", w, view.start + m.start())
        for m in _COUNTS.finditer(view.text):  # "X counts A and B among its members": A and B are units of X
            whole = subject(view, view.start + m.start(), {"coalition", "armed_group"})
            parts = named_list(view, view.start + m.end(), ARMED)
            if whole and parts and _AMONG_ITS.match(view.text, parts[-1].end - view.start):
                for x in parts:
                    if x.eid != whole[-1].eid:
                        self.col.relation(view, x, "part_of", whole[-1], view.start + m.start())
        for y in view.slots:  # "the SAS, the British Army's special forces regiment": a unit of Y
            if y.type in ARMED and _UNIT_OF_POSSESSOR.match(view.text, y.end - view.start):
                for x in view.slots:
                    if x.type in ARMED and x.end <= y.start and x.eid != y.eid and \
                            re.fullmatch(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:the\s+)?", view.between(x.end, y.start)):
                        self.col.relation(view, x, "part_of", y, y.start)
            unit = _UNIT_OF_POSSESSOR.match(view.text, y.end - view.start) if y.type in ARMED else None
            apposed = unit and unit.group(0).islower() and re.match(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*(?:the\s+)?",
                                                                    view.text[unit.end():])
            for x in view.slots if apposed else ():  # "the Dawn Front's elite force, the Hawks Brigade": the name after
                if x.type in ARMED and x.start == view.start + unit.end() + apposed.end() and x.eid != y.eid \
                        and not x.anaphor and not _LISTED_ON.match(view.text, x.end - view.start):
                    self.col.relation(view, x, "part_of", y, y.start)  # (not "the army's special forces, A and B")
        for m in _INCLUDES.finditer(view.text):
            pos = view.start + m.start()
            parent = view.before(pos, {"coalition", "armed_group", "state_force"}, max_gap=45)
            if parent and parent[-1].type == "state_force" and _GENERIC_FORCE.match(parent[-1].text):
                continue  # "government forces, including Hezbollah fighters": allies, not units
            gap = view.between(parent[-1].end, pos) if parent else ""
            if not parent or len(gap) > 25 and not re.fullmatch(r"(?:\s*,|\s+(?:is|was|are|were))\s*(?:a|an|the)\s+"
                                                               r"[\w\s'-]{0,60}?(?:\b(?:that|which)\s+|,\s*)?", gap) \
                    and not _COMPOSED_OF.fullmatch(gap) and not re.fullmatch(  # "X a rebel alliance of mainly
                        r"\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:alliance|coalition|umbrella)\s+[\w\s'-]{0,50}?", gap):
                # Islamist groups including A": its comma lost
                continue  # "X, a political-military coalition that includes A"; "X is composed of dozens of
                # factions, including A"
            if m.group(0).lower() == "among them" and not _MEMBERS_NOUN.search(gap):
                continue  # "the rebels fought X, among them A": the rebels, not X ("a coalition of gangs, among them")
            if re.search(r"\b(?:and|or|with|alongside)\s+(?:\w+\s+){0,2}?(?:other|several|various|many|allied|"
                         r"smaller)\b|\b(?:and|or)\s+(?:[\w-]+\s+)?(?:ones|others)\b", gap):
                continue  # "X and other rebel groups including A and B", "groups under the banner of X and Islamist
                # ones including A": A is among the others
            if MEN_OF_AFTER.match(view.text, m.end()) and parent[-1].type != "coalition":
                continue  # "(a brigade that) also includes members of Hamas's Qassam Brigades": men of another group,
                # not it (a coalition's members are groups: "the SDF includes members of the Syrian Arab Coalition")
            for c in _listed(view, view.start + m.end(), parent[-1]):
                self.col.relation(view, c, "part_of", parent[-1], pos)
        for m in _ALLIANCE_OF.finditer(view.text):  # "X, an alliance of A and B", "X is a joint force of A and B"
            pos = view.start + m.start()
            whole = [x for x in view.slots if x.type in ("coalition", "armed_group") and x.end <= pos and
                     re.fullmatch(r"\s*(?:\([^()]{1,15}\))?\s*", view.between(x.end, pos))][-1:]
            for c in named_list(view, view.start + m.end(), ARMED) if whole else ():
                if c.eid != whole[0].eid and not c.anaphor:
                    self.col.relation(view, c, "part_of", whole[0], pos)
        for m in _PART_CALLED.finditer(view.text):  # "a faction of the FSA known as the Hamza Division"
            parent = view.after(view.start + m.end(), (), ARMED, max_words=0)[:1]
            called = re.match(r"\s*(?:\([^()]{1,15}\)\s*)?,?\s*" + _CALLED,
                              view.text[parent[0].end - view.start:]) if parent else None
            child = [x for x in view.slots if called and x.type in ARMED and x.start == parent[0].end + called.end()]
            for c in child[:1]:
                if c.eid != parent[0].eid:
                    self.col.relation(view, c, "part_of", parent[0], view.start + m.start())
        for m in _MAKE_UP.finditer(view.text):
            parent = view.after(view.start + m.end(), (), {"coalition", "armed_group", "state_force"}, max_words=0)[:1]
            lead = re.match(r"\s*(?:\([^()]{1,15}\)\s*)?,?\s*(?:are|were|include|included|includes|is|was)\s+",
                            view.text[parent[0].end - view.start:]) if parent else None
            for c in _listed(view, parent[0].end + lead.end(), parent[0]) if lead else ():
                self.col.relation(view, c, "part_of", parent[0], view.start + m.start())
        for m in _SERVES_UNDER.finditer(view.text):  # "X serves under the Dawn Front's Northern Command"
            pos = view.start + m.start()
            # (what a name owns stands for it: "the Dawn Front's Northern Command" is the command)
            parent = view.after(view.start + m.end(), (), {"coalition", "armed_group", "state_force"}, max_words=3)
            if m.group(0).split()[0].lower().endswith("ing"):  # "troops of the 4th Battalion, operating under the
                units = [x for x in view.slots if x.type in ARMED and re.fullmatch(  # 53rd Division": the name before
                    r"\s*(?:\([^()]{1,15}\))?\s*,\s*", view.between(x.end, pos))][-1:]
            else:
                units = subject(view, pos, ARMED)
            for c in units[:1]:
                for p in parent[:1]:
                    if p.eid != c.eid:
                        self.col.relation(view, c, "part_of", p, pos)
        for x in view.slots:  # "X became the Dawn Front's northern division in 2017", "X is its armed wing"
            unit = _OWNED_UNIT.match(view.text, x.end - view.start) if x.type in ARMED else None
            cop = re.search(r"\b(?P<v>became|becomes|become|is|was|remains|remained)\s+(?:the\s+|a\s+)?$",
                            view.between(max(view.start, x.start - 20), x.start)) if unit else None
            if not cop or x.anaphor and x.text.lower() not in ("its", "their"):
                continue
            d = view.date_near(x.start) if cop.group("v").startswith("becam") else None
            for c in subject(view, view.start + cop.start(), ARMED)[:1]:
                if c.eid != x.eid:
                    self.col.relation(view, c, "part_of", x, x.start, valid_from=d.value if d else None, date=d)
        for m in list(_AMONG_PARTS.finditer(view.text)) + list(_AMONG_PARTS_IN.finditer(view.text)):
            # "Among the Dawn Front's constituent factions is X", "Among the groups in the Dawn Front are A and B"
            whole = [x for x in view.slots if x.type in ARMED and x.end == view.start + m.end("whole")]
            for c in _listed(view, view.start + m.end(), whole[0]) if whole else ():
                self.col.relation(view, c, "part_of", whole[0], view.start + m.start())
        for m in _BANNER.finditer(view.text):  # "the YPG fights under the banner of the SDF", "Fighting under the
            # banner of the SDF, the YPG ...": a member of the coalition whose name it fights under
            pos = view.start + m.start()
            parent = view.after(view.start + m.end(), (), {"coalition", "armed_group"}, max_words=0)[:1]
            members = subject(view, pos, ARMED) if view.between(view.start, pos).strip() else []
            if parent and not members:
                close = re.match(r"\s*(?:\([^()]{1,12}\))?\s*,?\s*(?:the\s+)?", view.text[parent[0].end - view.start:])
                members = view.after(parent[0].end + close.end(), (), ARMED, max_words=0)[:1] if close else []
            d = view.date_near(pos) if m.group("united") else None  # "united under the banner of Y in 2015": since
            for c in members:
                if parent and c.eid != parent[0].eid and not c.anaphor:
                    self.col.relation(view, c, "part_of", parent[0], pos, valid_from=d.value if d else None, date=d)
        for m in re.finditer(r"\b(?:which|that)\s+", view.text):  # "Tahrir al-Sham, which X's main branch became part of"
            joiner = view.after(view.start + m.end(), (), ARMED, max_words=1)
            head = view.before(view.start + m.start(), ARMED, max_gap=3)
            if joiner and head and re.match(r"(?:['\u2019]s\s+main\s+(?:branch|wing|body)\s+)?\s*(?:later\s+)?"
                                            r"(?:became|becomes|is|was|are|were)\s+(?:a\s+)?part\s+of\b",
                                            view.text[joiner[-1].end - view.start:]):
                for c in joiner:
                    self.col.relation(view, c, "part_of", head[-1], c.start)
        for m in _HEADS.finditer(view.text):
            pos = view.start + m.start()
            called = _KIND_CALLED.match(view.text, m.end())  # "leads a splinter faction known as the Sun Brigade"
            led = view.after(view.start + m.end() + (called.end() - m.end() if called else 0), (),
                             ARMED | {"organization"}, max_words=0 if called else 2)
            wing = _WING_OF.match(view.text, m.end())
            head = subject(view, pos, ARMED | {"person"})[:1]
            if wing and not led and head and head[0].type == "person":  # "Z heads the political wing of X": X's man
                for g in view.after(view.start + wing.end(), (), ARMED | {"organization"}, max_words=0)[:1]:
                    self.col.relation(view, head[0], "member_of", g, pos, negated=False,
                                      role=f"head of the {wing.group(1).lower()} wing")
                continue
            coalition = [c for c in led if c.type in ("coalition", "armed_group")]
            if led and head and head[0].type == "person":  # "Z heads the G9 alliance", "Z, who heads the SGPC"
                self.col.relation(view, head[0], "member_of", led[0], pos, role="leader", negated=False)
            elif coalition and re.search(r"\b(?:alliance|coalition|umbrella|front|operations room)\b",
                                         view.text[m.end():m.end() + 60], re.I):
                for s in head:
                    self.col.relation(view, s, "part_of", coalition[0], pos)

    def possessives(self, view: View) -> None:
        """'Jaysh al-Izza's Central Force': a named unit of its owner; 'Haftar's Libyan National Army':
        its leader ('Yemen's Houthis' says where they are, not what they belong to)."""
        for prev, s in zip(view.slots, view.slots[1:]):
            if not getattr(s, "owner", None) and s.type in ARMED and not s.anaphor and (
                    prev.type in ARMED or prev.type == "organization" and _UNIT_NAME.search(s.text)) and \
                    (re.fullmatch(r"(?:['\u2019]s|\s*,\s*whose)\s+(?:so-called\s+)?", view.between(prev.end, s.start)) or
                     re.fullmatch(r"['\u2019]s\s+(?!(?:and|or|rival|enemy|arch-enemy|foe|ally|allied|partner|sister|"
                                  r"former|erstwhile|opposing|breakaway|splinter)\b)[a-z-]+\s+", view.between(prev.end, s.start))
                     and _UNIT_NAME.search(s.text)):
                # "the army's 22nd Infantry Division", "the Patriotic Union of Kurdistan's 70 Forces", "the PKK, whose HPG",
                # "Hezbollah's elite Radwan Force"
                self.col.relation(view, s, "part_of", prev, s.start)
            elif not getattr(s, "owner", None) and prev.type in ARMED and s.type in ARMED and not s.anaphor and \
                    not prev.anaphor and prev.text.isupper() and view.between(prev.end, s.start) == " " and \
                    _UNIT_NAME.search(s.text) and not _UNIT_NAME.search(prev.text):
                self.col.relation(view, s, "part_of", prev, s.start)  # "the SAA 4th Division", "IDF Golani Brigade troops"
            elif prev.type == "state" and s.type in ARMED and (_NUMBERED_UNIT.match(s.text) or s.type == "state_force") and \
                    re.fullmatch(r"['\u2019]s\s+|\s*,\s*whose\s+", view.between(prev.end, s.start)):
                self.col.relation(view, s, "part_of", prev, s.start)  # "Georgia's 1st Infantry Brigade", "France, whose
                # Barkhane force"
            elif prev.type in ARMED | {"organization", "state"} and s.type in ARMED and not s.anaphor and \
                    _OWN_FORCE.fullmatch(view.between(prev.end, s.start)):
                self.col.relation(view, s, "part_of", prev, s.start)  # "ZAPU's own force, the ZIPRA"
            elif prev.type == "person" and s.type in ARMED and not prev.anaphor and \
                    re.fullmatch(r"['\u2019]s\s+(?:\d+\s+)?", view.between(prev.end, s.start)):
                self.col.relation(view, prev, "member_of", s, s.start, role="leader", negated=False)  # "Darassa's UPC"
            elif prev.anaphor and prev.type in ARMED and s.type in ARMED and not s.anaphor and \
                    prev.text.lower() in ("its", "their") and not view.between(prev.end, s.start).strip() and \
                    _UNIT_NAME.search(s.text):
                if _ALLIES_AFTER.match(view.text, s.end - view.start):  # "the FARDC and their Hawks Brigade allies"
                    self.col.relation(view, prev, "allied_with", s, s.start)
                else:
                    self.col.relation(view, s, "part_of", prev, s.start)  # "members of its Radwan Force"
            elif prev.type in ARMED and s.type in ARMED | {"organization"} and not s.anaphor and \
                    re.fullmatch(r"\)?\s+of\s+(?:the\s+)?(?:so-called\s+)?", view.between(prev.end, s.start)) and \
                    _UNIT_NAME.search(_written_out(view, prev)):
                # "the Force Intervention Brigade of MONUSCO", "the Special Operations Group (SOG) of the J&K Police";
                # "the Jenin Brigade of Islamic Jihad's al-Quds Brigades": of what the possessor owns
                owned = [x for x in view.slots if x.type in ARMED and view.owns_next(s) and s.end < x.start
                         and re.fullmatch(r"['\u2019]?s?\s+", view.between(s.end, x.start))]
                if _FORCES_OF_A_SIDE.fullmatch(prev.text) and _UNIT_NAME.search(s.text) and not owned:
                    self.col.relation(view, s, "part_of", prev, s.start)  # "Ukrainian forces of the 3rd Assault
                    continue  # Brigade": the brigade is one of those forces
                self.col.relation(view, prev, "part_of", owned[0] if owned else s, s.start)
                for pp in [x for x in view.slots if x.type in ARMED and view.between(x.end, prev.start) == " and "
                           and not _UNIT_NAME.search(x.text) and prev.text.endswith("s")]:  # "the 53rd and 58th
                    # Divisions of the army": both
                    self.col.relation(view, pp, "part_of", owned[0] if owned else s, s.start)
            elif (prev.type in ARMED or prev.type == "organization" and party_like(prev.text)) and \
                    s.type == "person" and not s.anaphor and _UNDER.fullmatch(view.between(prev.end, s.start)):
                # "HVO troops under Col. Z", "Mozambique's FRELIMO government under Samora Machel"
                self.col.relation(view, s, "member_of", prev, s.start, role="commander", negated=False)
            elif prev.type in ARMED | {"organization"} and s.type == "person" and not s.anaphor and not prev.anaphor \
                    and not _BODY_HEAD.search(prev.text) \
                    and _OF_LEADER.fullmatch(view.between(prev.end, s.start)) and not _ROLE_BEFORE_OF.search(
                        view.between(max(view.start, prev.start - 30), prev.start)):
                # "the militia of Z", "the FPRC of Nourredine Adam", "the Amal movement of Parliament Speaker Z"
                self.col.relation(view, s, "member_of", prev, s.start, role="leader", negated=False)
        for s in view.slots:
            owner = getattr(s, "owner", None)
            kind = getattr(s, "owner_type", None)
            if owner and s.type in ARMED and kind in ARMED:
                self.col.relation(view, s, "part_of", owner, s.start)
            elif owner and kind == "person" and (s.type in ARMED or s.type == "organization" and party_like(s.text)):
                self.col.relation(view, owner, "member_of", s, s.start, role="leader", negated=False)

    def persons(self, view: View) -> None:
        """Roles of persons: 'Y's spokesman, Cpt. Z', 'Z, commander of Y', 'Y chief Z'."""
        previous_group, quoted = None, set()
        for r in view.reporters:  # "Observatory chief Z said": the source's own head still belongs to it
            m = re.match(r"\s+(" + _ROLE.pattern + r")\s+", view.text[r.end - view.start:])
            p = next((s for s in view.slots if s.type == "person" and m and s.start >= r.end + m.end() and
                      re.fullmatch(r"(?:[A-Z][\w.]*\s+){0,3}", view.between(r.end + m.end(), s.start))
                      and (s.start == r.end + m.end() or getattr(s, "rank", None))), None)  # "... Rear Admiral Z"
            if p:
                self.col.relation(view, p, "member_of", r, p.start, role=_clean_role(m.group(1)), negated=False)
                quoted.add(p.eid)
        for g in view.groups:
            persons = [x for x in g if x.type == "person" and not x.anaphor]
            m = _PLURAL_ROLE.match(view.text, g[-1].end - view.start) or _BOTH_WERE.match(view.text, g[-1].end - view.start) \
                if len(persons) > 1 else None
            owner = view.after(view.start + m.end(), (), LEADABLE, max_words=0) if m else []
            if owner and any(x.type == "person" and g[-1].end < x.start < owner[0].start for x in view.slots):
                owner = []  # "A and B met Z, and both were members of Y": who "both" are is not sure
            for p in persons if owner else []:
                role = ("former " if re.search(r"\bformer\b", m.group(0), re.I) else "") + m.group(1).lower()
                self.col.relation(view, p, "member_of", owner[0], p.start, role=role, negated=False)
                quoted.add(p.eid)
        for p in [s for s in view.slots if s.type == "person" and s.eid not in quoted]:
            his = re.match(r"\s+and\s+(?:his|her)\s+|\s*,\s*whose\s+", view.text[p.end - view.start:])
            own = [x for x in view.slots if his and x.start == p.end + his.end() and x.type in ARMED | {"organization"}]
            if own:  # "President Mahmoud Abbas and his Fatah movement", "Hadi al-Amiri, whose Badr Organization"
                self.col.relation(view, p, "member_of", own[0], p.start, role="leader", negated=False)
            # "a commander of the BRA, his office said": a possessive pronoun is apposed to nothing
            role, group = self._role_left(view, p) if p.text.lower() not in ("his", "her") else (None, None)
            as_role = _ROLE.match(view.text, re.match(r"\s+as\s+(?:its\s+|their\s+|the\s+)?(?:new\s+|supreme\s+|"
                                                      r"overall\s+|first\s+|acting\s+)?",
                                                      view.text[p.end - view.start:]).end() + p.end - view.start) \
                if _WITH_AS.search(view.between(max(view.start, p.start - 6), p.start)) and \
                re.match(r"\s+as\s+", view.text[p.end - view.start:]) else None
            if not role and as_role:  # "formed the PLA in 1996, with Prachanda as supreme commander"
                role = as_role.group(0)
                group = _its(view, p.end, view.start + as_role.start()) or (view.before(p.start, ARMED, max_gap=90) or [None])[-1]
            boss = _HIS_SECOND.search(view.text, max(0, p.start - view.start - 40), p.start - view.start) \
                if not group else None
            chief = [x for x in view.slots if boss and x.anaphor and x.type == "person" and x.start == view.start + boss.start()]
            led = group_of(self.col, self.member_groups, chief[0].eid) if chief and chief[0].eid != p.eid else None
            if led:  # "Z led the battalion. His deputy, W, ...": W is the deputy in the group Z leads; his
                # successor holds Z's role
                second = boss.group(1).lower()
                held = next((r.role for r in self.col.relations if r.relation == "member_of" and r.subject == chief[0].eid
                             and r.object == led and r.role), "leader") if second == "successor" else second
                self.col.relation(view, p, "member_of", led, p.start, role=held, negated=False)
                continue
            if not role:  # "Its first leader, or wali, was Z, a former TTP commander": what "its" stands for
                left = view.between(max(view.start, p.start - 90), p.start)
                was = _ITS_ROLE_WAS.search(left)
                if was:
                    at = p.start - len(left) + was.start()
                    role, group = was.group(1), _its(view, at, at + 6)
            named_before = bool(role and group)
            if not role or not group:  # "the dead commander as Z head of the rebel Y": his role is the one named after
                right_role, right_group = self._role_right(view, p)
                if right_role and (right_group or not role):
                    role, group = right_role, right_group
            if role and not group:  # "Commander Z of the Hawks Brigade": the group named after him first
                group = self._speaking_for(view, p) or previous_group or self._appointer(view, p)
            if not role:  # "Dawn Army Colonel Z said", "the Guardia Civil general Z": the force named before his rank
                rank = re.escape(p.rank) if getattr(p, "rank", None) else _military_rank()
                group = next((s for s in view.slots if s.type in ARMED and not s.anaphor and re.fullmatch(
                    r"\s+(?i:" + rank + r")\s+", view.between(s.end, p.start))), None)
                role = "member" if group else None
            served = _SERVED_IN.match(view.text, p.end - view.start) if not role or not group else None
            unit = view.after(view.start + served.end(), (), ARMED, max_words=0)[:1] if served else []
            if unit:  # "Z, a Fijian serving in the Hawks Brigade", "Z, a commander, had fought for the Dawn Front"
                role, group = role or "member", unit[0]
            if not role:
                group = self._speaking_for(view, p)
                role = "member" if group else None
            if role and group and group.type == "state_force" and _HEAD_OF_STATE.search(role):
                continue  # "to meet President Ashraf Ghani": a head of government holds no rank in an army
            if role and group and group.eid != p.eid and group.type not in ("state", "place"):
                quit = _QUIT_AS.match(view.text, p.end - view.start)  # "Z stepped down as leader of X in March"
                until = view.date_near(p.start) if _UNTIL_THEN.match(view.text, p.end - view.start) or quit else None
                if quit and not until and not role.startswith("former"):
                    role = _clean_role("former " + role)
                became = _BECAME.match(view.between(p.end, max(p.end, group.start)))
                # "Z, who in 2016 became head of X", "Z, who became its first chairman" (dated as the change is)
                took = _role_taken(view, p.end, group.start) or (view.date_near(p.end + became.end()) if became and
                                                                  LEADER_ROLES.search(role) else None)
                denied = group.start > p.end and bool(re.search(r"\b(?:not|never)\b", view.between(p.end, group.start)))
                self.col.relation(view, p, "member_of", group, p.start, role=role, rank=getattr(p, "rank", None),
                                  negated=denied, valid_until=until.value if until else None,
                                  valid_from=took.value if took else None, date=until or took)
                if denied:  # "Z is not a member of the BRA": the article denies the tie
                    continue
                if not re.search(r"\bformer\b", role, re.I):  # "a former TTP commander ... was killed": not as TTP's
                    self.member_groups.setdefault(p.eid, group.eid)
                    if became and LEADER_ROLES.search(role):
                        # "Z became its political leader in 1983": a leadership change then
                        self.col.event(view, "leadership_change", p.end + became.end(), agent=[p], to=[group])
                previous_group = group
                self._later_role(view, p, group)
                if named_before and re.match(r"\s*,", view.text[p.end - view.start:]):
                    self._second_role(view, p, group)

    def _second_role(self, view: View, p: Slot, group: Slot) -> None:
        """'Its leader was Z, one of the founders of the UFDR', 'whose emir is Z, the founder of Ansar Dine': a
        role named before him in one group, and the apposition after him names another."""
        role, other = self._role_right(view, p)
        if role and other and other.eid not in (p.eid, group.eid) and other.type not in ("state", "place"):
            self.col.relation(view, p, "member_of", other, p.start, role=role, negated=False)

    def _later_role(self, view: View, p: Slot, group: Slot) -> None:
        """'Z, formerly commander of X, who in 2016 became head of Y': the role he took next, in Y."""
        tail = view.between(group.end, min(view.end, group.end + 160))
        m = re.match(r"[^.;]{0,40}?,\s*who\s+(?:(?:later|then|subsequently|in\s+\d{4})\s+)*(?:became|was appointed|"
                     r"was named|was made|rose to become)\s+(?:the\s+)?(?:new\s+)?(" + _ROLE.pattern + r")\s+(?:of|for)\s+",
                     tail, re.I)
        for g in view.after(group.end + m.end(), (), LEADABLE, max_words=3)[:1] if m else ():
            if g.eid not in (p.eid, group.eid):
                took = _role_taken(view, group.end, g.start)
                self.col.relation(view, p, "member_of", g, p.start, role=_clean_role(m.group(1)), negated=False,
                                  valid_from=took.value if took else None, date=took)

    @staticmethod
    def _speaking_for(view: View, p: Slot) -> Slot | None:
        """'Abu Bakr al-Baghdadi of the Islamic State': the armed group a person is named with; 'Ibrahim Alhaj
        of the Syrian Civil Defense said': the body a speaker is named with."""
        of = re.match(r"\s+of\s+(?:the\s+)?", view.between(p.end, min(view.end, p.end + 12)))
        if not of:
            return None
        g = next((s for s in view.slots + view.reporters if s.start == p.end + of.end()
                  and s.type in ACTOR_TYPES - {"state"}), None)
        if g and (g.type in ARMED or _SAID.match(view.between(g.end, min(view.end, g.end + 60)))):
            return g  # "Abu Bakr al-Baghdadi of the Islamic State"; a body's speaker only when he speaks
        return None

    def led_by(self, view: View) -> None:
        """'the RSF, a paramilitary group led by Z', 'the army, commanded by Z,': Z heads the group."""
        for m in _LED_BY.finditer(view.text):
            if m.group("under") and m.group(1).lower() not in FOUNDING_VERBS:
                continue  # "founded in 1989 under Z", not "led under Z by W"
            pos = view.start + m.start()
            person = view.after(view.start + m.end(), (), {"person"}, max_words=2)
            if not person:  # "led by the former army corporal Foday Sankoh": a description before the name
                far = view.after(view.start + m.end(), (), {"person"}, max_words=8)
                gap = view.between(view.start + m.end(), far[0].start) if far else ""
                for x in [x for x in view.slots if far and view.start + m.end() <= x.start and x.end <= far[0].start
                          and x.type in ACTOR_TYPES][:1]:  # "founded by the former SADF officer Z": his old force
                    gap = view.between(view.start + m.end(), x.start) + "actor" + view.between(x.end, far[0].start)
                if far and re.fullmatch(r"(?:[a-z-]+\s+){1,5}", gap) and \
                        not re.search(r"\b(?:and|or|of|in|with|who|which|that|to|by)\b", gap):
                    person = far
            owned = [x for x in view.slots if person and x.type == "person" and x.start > person[0].end and re.fullmatch(
                r"['\u2019]s?\s+(?:[a-z-]+\s+){1,3}", view.between(person[0].end, x.start))][:1]
            person = owned or person  # "led by Misuari's commander Habier Malik": the commander leads them
            unnamed = _UNNAMED_LED.search(view.between(max(view.start, pos - 50), pos))
            comma = pos - len(unnamed.group(0)) if unnamed else 0
            apposed = [x for x in view.slots if unnamed and x.end <= comma and x.type in LEADABLE and re.fullmatch(
                r"\s*(?:\([^()]{1,20}\))?\s*", view.between(x.end, comma))][-1:]
            if unnamed and not apposed and not any(x.anaphor and comma <= x.start < pos for x in view.slots):
                continue  # "Y, the movement led by Z": a movement the recogniser missed is led, no other group
            group = apposed or [g for g in subject(view, pos, LEADABLE) if g.end <= pos] or \
                fronted_subject(view, pos, LEADABLE)  # "the Young Patriots, the movement led by Z": that movement;
            # "Amal, led by Nabih Berri"; "Founded by Z, ..., the X"
            if re.search(r"\)?\s*,\s*(?:is|are|was|were|has been|had been)\s+(?:\w+ly\s+)?$", view.between(view.start, pos)):
                # "The EPRDF, formed in 1989 around the TPLF and its ally the EPDM, is led by Z": the aside closed,
                # the sentence's subject is led
                main = [g for g in main_subject(view, pos, LEADABLE) if g.end <= pos][:1]
                group = main or group
            adjacent = [s for s in view.slots if s.type in ARMED and s.end <= pos and _PARTICIPLE_GAP.fullmatch(
                view.between(s.end, pos))]
            if adjacent and m.group(1).lower() != "formed":  # "the wing of Palipehutu, founded in 1980 by Z": the
                group = adjacent[-1:]  # name the participle follows, not the sentence's subject
            kind = _KIND_NOUN.fullmatch(view.between(group[-1].end, pos).rstrip()) if group else None
            lead = _KIND_LEAD.search(view.between(view.start, group[-1].start)) if kind else None
            head = [x for x in view.slots if lead and x.type in LEADABLE and x.end <= view.start + lead.start() and
                    re.fullmatch(r"\s*(?:\([^()]{1,20}\)\s*)?,\s*", view.between(x.end, view.start + lead.start()))]
            if head:  # "X, a JNIM component led by Z": the component, X, is led (not JNIM)
                group = head[-1:]
            clause = _RELATIVE_BETWEEN.search(view.between(view.start, pos))
            own = [s for s in view.slots if clause and s.type in LEADABLE and s.end == view.start + clause.start()]
            if own:  # "while X, which itself broke away from Y in 2017, is headed by Z": X, not Y
                group = own
            if not person and group and m.group(1).lower() in ("led", "headed") and \
                    re.search(r"\b(?:alliance|coalition|umbrella|operations room)\b", view.between(group[-1].end, pos)):
                for g in view.after(view.start + m.end(), (), ARMED, max_words=2)[:1]:
                    self.col.relation(view, g, "part_of", group[-1], pos)  # "X, an alliance led by the YPG"
            # "X took its present name in 1994 and is led by Z": a second predicate of the same subject
            gap = _AND_IS.sub("", view.between(group[-1].end, pos)) if group else ""
            if group and re.match(r"\s*,[^;]*,\s*(?:is|are|was|were|has been|had been)\s+(?:\w+ly\s+)?$", gap):
                gap = ""  # "X, formed around A and its ally B, is led by Z": the aside is no part of the clause
            if person and group and re.fullmatch(r"\s+(?:delegation|(?:negotiating|peace|talks)\s+(?:delegation|team))\s*,?\s*(?:was\s+|is\s+)?",
                                                 gap):  # "a BRN delegation led by Z": one of its members
                self.col.relation(view, person[0], "member_of", group[-1], pos, role="head of delegation", negated=False)
            elif person and group and not re.search(r"\b(?:offensive|operation|attack|campaign|assault|delegation|"
                                                  r"talks|government|and|or|those|others|against|fighting|fought|"
                                                  r"attacked|attacking|targeted|targeting)\b", gap, re.I):
                # (not "X said it had acted against a faction of the security services led by Z": the faction's)
                if m.group("under") and group[-1].type == "state_force":
                    continue  # "the National Guard, created this year under Lopez Obrador": in his presidency
                role = "founding leader" if m.group("under") else _LED_ROLE[m.group(1).lower()]  # "founded in 1989 under Z"
                part = _PART_OF_NAMED.search(view.between(max(view.start, group[-1].start - 40), group[-1].start))
                part = part.group(1) if part else kind.group("kind") if kind and lead and not head else None
                if part and role != "founding leader":  # "a faction of the Dawn Front led by Z", "a Dawn Front
                    role = f"{part.lower()} {role}"  # faction led by Z": the faction's leader
                for p in person[:4]:  # "founded by A, B and C": each of them
                    self._holds_role(view, p, group[-1], pos, role)

    def founders(self, view: View) -> None:
        """'Mohammed Yusuf founded Boko Haram in 2002', 'A, B and C formed the UNO': the persons who found a
        group are its founders (the sentence's date, read as the group's formation, starts their role)."""
        for m in _FOUNDED.finditer(view.text):
            pos = view.start + m.start()
            persons = [p for p in subject(view, pos, {"person"} | LEADABLE) if p.type == "person" and not p.anaphor]
            just = [x for x in view.slots if x.type == "person" and x.end <= pos and not view.between(x.end, pos).strip()]
            persons = persons or just  # "In 1985 A, B and C formed X": the names right before the verb
            listed = next((g for g in view.groups if persons and persons[-1] in g), [])
            persons = [x for x in listed if x.type == "person" and not x.anaphor] or persons
            group = view.after(view.start + m.end(), (), LEADABLE, max_words=2)[:1]
            for p in persons[:4]:
                for g in group:
                    self._holds_role(view, p, g, pos, "founder")
        for m in _FOUNDED_WHICH.finditer(view.text):  # "the KCF, which Z set up in 1986": the founder of what precedes
            pos = view.start + m.start("verb")
            persons = [p for p in view.slots if p.type == "person" and not p.anaphor and p.end <= pos
                       and re.fullmatch(r"\s+(?:had\s+|has\s+|himself\s+)*", view.between(p.end, pos))][-1:]
            group = [g for g in view.slots if g.type in LEADABLE and persons and g.end <= view.start + m.start()
                     and re.fullmatch(r"\s*(?:\([^()]{1,12}\)\s*)?,?\s*", view.between(g.end, view.start + m.start()))][-1:]
            for p in persons:
                for g in group:
                    self._holds_role(view, p, g, pos, "founder")

    def _holds_role(self, view: View, person: Slot, group: Slot, pos: int, role: str, **dated) -> None:
        """The person holds `role` in the group, which is his group for what later sentences say of him."""
        self.col.relation(view, person, "member_of", group, pos, role=role, negated=False, **dated)
        self.member_groups.setdefault(person.eid, group.eid)

    def successions(self, view: View) -> None:
        """'Z succeeded Y as leader of X in 2012', 'Z replaced his father at the head of X', 'Z was elected to
        succeed him': Z holds the role from then, Y until then. With no group named, the role is in the group the
        predecessor held it in, or in the group the article is about (named at least three times, twice as often
        as any other: "Mohamed Abdelaziz succeeded him as secretary-general in August that year")."""
        for m in _SUCCEEDED.finditer(view.text):
            pos = view.start + m.start()
            new = [p for p in view.slots if p.type == "person" and not p.anaphor and p.end <= pos
                   and not re.sub(r"\b(?:was|were)\s+|" + AGE_ASIDE, "", view.between(p.end, pos)).strip(" ,")]
            # ("Z, then 31, was chosen to succeed him")
            held = [p for p in view.slots if p.type == "person" and p.start == view.start + m.start("old")]
            old = [p for p in held if (not p.anaphor or p.text.lower() in ("him", "her"))
                   and p.eid not in {n.eid for n in new}]
            if m.group("of") or m.group(0).lower().rstrip().endswith(("of", "the")):
                group = view.after(view.start + m.end(), (), LEADABLE, max_words=2)[:1]
            else:
                topic = self._topic()
                had = group_of(self.col, self.member_groups, held[0].eid) if held else None  # as read before
                group = [Slot(0, 0, had, "armed_group", "")] if had else [Slot(0, 0, topic, "armed_group", "")] if topic \
                    else []
            d = view.date_after(view.start + m.end()) or view.date_near(pos)  # "... succeed him in July 2016"
            role = _clean_role(m.group("role")) if m.group("role") else "leader"
            for g in group:
                for p in new[-1:]:
                    self._holds_role(view, p, g, p.start, role, valid_from=d.value if d else None, date=d)
                for p in old[:1]:
                    self.col.relation(view, p, "member_of", g, p.start, role=role, negated=False,
                                      valid_until=d.value if d else None, date=d)

    def heads_named(self, view: View) -> None:
        """'Under Musa Baluku, who took charge in 2015, the ADF pledged allegiance to IS': the man a sentence
        opens under leads its subject; 'the election of Z as secretary-general in 1992': Z holds the role in
        the group the sentence names (or "its" stands for) from then."""
        for p in [x for x in view.slots if x.type == "person" and not x.anaphor]:
            if re.fullmatch(r"\W*Under\s+(?:the\s+(?:leadership|command)\s+of\s+)?(?:[A-Z][\w.]*\s+){0,2}",
                            view.between(view.start, p.start)):
                group = next((g for g in view.slots if g.start > p.end and g.type in ARMED and not g.anaphor
                              and re.search(r",\s*(?:the\s+)?$", view.between(p.end, g.start))
                              and re.match(r"\s+(?:\w+ly\s+)?(?:has\s+|had\s+|was\s+|were\s+)?[a-z]+(?:ed|s)\b",
                                           view.text[g.end - view.start:])), None)
                if group:
                    self.col.relation(view, p, "member_of", group, p.start, role="leader", negated=False)
            m = re.match(r"\s+as\s+(?:its\s+|the\s+)?(?:new\s+)?(" + _ROLE.pattern + r")(?:\s+of\s+(?:the\s+)?)?",
                         view.text[p.end - view.start:])
            if m and re.search(r"\b(?:election|appointment|selection|nomination|installation)\s+of\s+$",
                               view.between(max(view.start, p.start - 20), p.start)):
                after = view.after(p.end + m.end(), (), LEADABLE, max_words=0) if m.group(0).rstrip().endswith(
                    ("of", "the")) else []
                group = after[0] if after else _its(view, view.start, p.start) or next(
                    (g for g in view.slots if g.end <= p.start and g.type in LEADABLE), None)
                d = view.date_after(p.end + m.end(), 20)
                if group and group.eid != p.eid:
                    self.col.relation(view, p, "member_of", group, p.start, role=_clean_role(m.group(1)),
                                      negated=False, valid_from=d.value if d else None, date=d)

    def _topic(self) -> str | None:
        """The group the article is about: named at least three times so far, twice as often as any other."""
        top = self.named.most_common(2)
        if not top or top[0][1] < 3 or len(top) > 1 and top[0][1] < 2 * top[1][1]:
            return None
        return top[0][0]

    def role_lists(self, view: View) -> None:
        """'Kony and four of his commanders: A, B, C and D', 'two of its leaders were killed: A in 1989 and B in
        1992': each person listed after the colon holds the role in the group the possessive stands for; 'Z and
        other commanders of Y': Z is one of them."""
        for m in _AND_OTHER_ROLES.finditer(view.text):
            person = [s for s in view.slots if s.type == "person" and not s.anaphor and s.end == view.start + m.start()]
            group = view.after(view.start + m.end(), (), LEADABLE, max_words=0)[:1]
            role = _clean_role(("former " if m.group("left") else "") + (m.group("role") or "member"))
            for p in person if group and group[0].eid not in {x.eid for x in person} else ():
                self.col.relation(view, p, "member_of", group[0], p.start, role=role, negated=False)
        for m in _ROLES_COLON.finditer(view.text):
            pos = view.start + m.start("own")
            own = next((s for s in view.slots if s.start == pos and s.anaphor), None)
            if own is None:
                continue
            group = own if own.type in LEADABLE else next(
                (s for s in view.slots if s.eid == self.member_groups.get(own.eid)), None)
            end = re.search(r"[.;]", view.text[m.end():])
            stop = view.start + m.end() + (end.start() if end else len(view.text))
            for p in [s for s in view.slots if s.type == "person" and not s.anaphor and view.start + m.end() <= s.start < stop]:
                if group is not None and p.eid != group.eid:
                    self.col.relation(view, p, "member_of", group, p.start, role=_clean_role(m.group("role")),
                                      negated=False)

        for m in _ROLES_APPOSED.finditer(view.text):
            pos = view.start + m.start("own")
            own = next((s for s in view.slots if s.start == pos and s.anaphor and s.type in LEADABLE), None)
            listed = self._listed_persons(view, view.start + m.end())
            if own is not None and len(listed) > 1:
                for p in listed:
                    self.col.relation(view, p, "member_of", own, p.start, role=_clean_role(m.group("role")),
                                      negated=False)

        for m in _ROLES_OF_NAMED.finditer(view.text):
            group = view.after(view.start + m.end(), (), LEADABLE, max_words=0)[:1]
            gap = re.match(r"\s*(?:\([^()]{1,15}\)\s*)?,\s*", view.text[group[0].end - view.start:]) if group else None
            for p in self._listed_persons(view, group[0].end + gap.end()) if gap else ():
                self.col.relation(view, p, "member_of", group[0], p.start, role=_clean_role(m.group("role")),
                                  negated=False)

        for m in _ROLES_AMONG.finditer(view.text):  # "commanders of the LRA who wish to surrender, among them A and B"
            group = view.after(view.start + m.end(), (), LEADABLE, max_words=0)[:1]
            among = re.search(r"[^.;]{0,90}?,\s*(?:among them|including|such as|notably)\s+", view.text[m.end():])
            if not group or not among or _ROLE_BEFORE_OF.search(view.between(view.start, view.start + m.start())):
                continue
            start = view.start + m.end() + among.end()
            named = [x for x in view.slots if x.start >= start and x.type == "person" and not x.anaphor]
            listed = named[:1]
            for x in named[1:]:
                at = next((q.end for q in view.places() if listed[-1].end < q.start and q.end <= x.start and re.fullmatch(
                    r"\s+in\s+(?:the\s+)?", view.between(listed[-1].end, q.start))), listed[-1].end)
                if not re.fullmatch(r"\s*(?:,\s*(?:and\s+)?|\s+and\s+)(?:" + _military_rank() + r"\s+)?",
                                    view.between(at, x.start)):
                    break  # (past the place each one is in and his rank: "among them A in Bouake and Colonel B in Korhogo")
                listed.append(x)
            if listed and re.fullmatch(r"\s*(?:(?:[A-Z][\w'\u2019-]*\s+){1,3}(?:,\s*|and\s+))*"  # names not recognised,
                                       r"(?:(?-i:[A-Z])[\w.]*\s+){0,2}",  # a rank ("Colonel Z")
                                       view.between(start, listed[0].start)):
                for p in listed:
                    self.col.relation(view, p, "member_of", group[0], p.start, role=_clean_role(m.group("role")),
                                      negated=False)

    @staticmethod
    def _listed_persons(view: View, start: int) -> list[Slot]:
        """The persons named one after another from `start` ('A, B and C', ranks before them), the list closed
        by a comma, a stop or a verb; none where anything else comes first."""
        named = [x for x in view.slots if x.start >= start and not x.anaphor]
        listed: list[Slot] = []
        for x in named:
            gap = view.between(listed[-1].end if listed else start, x.start)
            if x.type != "person" or not re.fullmatch(r"(?:\s*(?:,\s*(?:and\s+)?|\s+and\s+))?(?:[A-Z][\w.]*\s+){0,3}"
                                                      if listed else r"(?:[A-Z][\w.]*\s+){0,3}", gap):
                break
            listed.append(x)
        return listed

    @staticmethod
    def _appointer(view: View, p: Slot) -> Slot | None:
        """'Ahrar al-Sham said its council appointed Z as leader': the group doing the appointing."""
        if not _APPOINT.search(view.between(max(view.start, p.start - 60), p.start)):
            return None
        who = subject(view, p.start, ARMED)
        return who[0] if who else None

    def _role_left(self, view: View, p: Slot):
        left = view.between(max(view.start, p.start - 70), p.start)
        one = _ONE_OF_ROLES.search(left)
        owner = [s for s in view.slots if one and s.type in LEADABLE and p.start - len(left) + one.start() <= s.start
                 and s.end <= p.start - len(left) + one.start(1)]
        if owner:  # "one of its commanders, Z", "one of the Nusra Front's senior commanders, Z"
            return _clean_role(one.group(1)), owner[-1]
        m = None
        for m in _ROLE.finditer(left):
            pass
        if not m:
            return None, None
        tail = re.sub(r"\b(?:Cpt|Capt|Maj|Col|Gen|Lt|Brig|Sgt|Dr|Mr|Adm|Cmdr)\.", " ", left[m.end():])
        rank = getattr(p, "rank", None)
        if rank and tail.rstrip().endswith(rank):  # "Y's commander, Lieutenant General Z"
            tail = tail.rstrip()[:-len(rank)] + " "
        role_abs = p.start - len(left) + m.start()
        spot = next((s for s in view.slots if s.type == "place" and role_abs < s.start < p.start and re.fullmatch(
            r"\s+in\s+(?:the\s+)?", view.between(role_abs + len(m.group(0)), s.start))), None)
        if spot and re.fullmatch(r"\s*,\s*" + (re.escape(rank) + r"\s+" if rank else ""), view.between(spot.end, p.start)):
            tail = ", "  # "the army's spokesman in North Kivu, Z": where he speaks for it, not whom
        whose = re.search(r",\s*whose\s+(?:[\w-]+\s+)?$", left[:m.start()])
        if whose and not tail.strip():  # "Gurkha Security Guards, a British-run firm, whose commander Z"
            at = role_abs - len(left[:m.start()]) + whose.start()
            owner = [s for s in view.slots if s.type in LEADABLE and s.end <= at and at - s.end <= 60
                     and not re.search(r"[.;]|\b(?:and|or|said|who|which)\b", view.between(s.end, at))]
            return (_clean_role(m.group(0)), owner[-1]) if owner else (None, None)
        of_group = re.match(r"\s+(?:of|for|in)\s+", tail)
        if of_group:
            g = view.after(role_abs + len(m.group(0)), ("of", "for", "in"), ACTOR_TYPES, max_words=3)
            if g and _DESCRIPTOR.fullmatch(view.between(_where_in(view, g[-1].end, p.start), p.start)):
                return _clean_role(m.group(0)), g[0]  # "the commander of X in Syria, Z": his group, where it is
        named_before = [s for s in view.slots if s.type in ACTOR_TYPES and s.end <= role_abs
                        and not view.between(s.end, role_abs).strip()]
        if named_before and re.fullmatch(r"\s+(?:for|of|on)\s+(?:the\s+)?(?:[A-Z][\w'-]*\s+){1,4}", tail):
            return _clean_role(m.group(0)), named_before[-1]  # "UN Special Envoy for the Syria Crisis Z"
        if len(tail.split()) > 2 or re.search(r"[.;]", tail) or re.search(r"\b(?:and|said|told)\b", tail):
            return None, None
        group = None
        of = re.match(r"\s+(?:of|for|in)\s+(?:the\s+)?", tail)
        if of:
            g = view.after(role_abs + len(m.group(0)), ("of", "for", "in"), ACTOR_TYPES, max_words=8)
            group = g[0] if g and g[0].end <= p.start else None
        if not group:
            cands = [s for s in view.slots if s.type in ACTOR_TYPES and s.end <= role_abs and not view.compound(s)
                     and len(view.between(s.end, role_abs).split()) <= 4
                     and (re.fullmatch(r"['\u2019]s\s+(?:[a-z-]+\s+)?", view.between(s.end, role_abs))  # "its jailed"
                          or s.anaphor
                          and re.fullmatch(r"\s+(?:[a-z-]+\s+)?", view.between(s.end, role_abs))
                          or not re.search(r"[.;]|\b(?:and|said|in|of|to|for|by|with|on|at|from|quoted|cited|told|"
                                       r"interviewed|television|radio|channel|newspaper|agency|(?<![-\w])[a-z]{3,}ed|"
                                       r"overthrew|took|sent|shot|hit|struck|fought|met|drove|overran|won|lost|held|"
                                       r"brought|caught|sought|left|kept|saw|gave|made)\b",
                                       view.between(s.end, role_abs)))]  # not "its intervention in support of President Z"
            # nor "the Coalition accused President Z", "the military had asked President Z", "officers overthrew
            # President Z": a verb between; nor "the Kremlin-backed president Z": the sponsor of a modifier
            group = cands[-1] if cands else None
        former = group and group.end <= role_abs and re.search(r"\bformer\s+(?:the\s+)?$", view.between(
            max(view.start, group.start - 12), group.start), re.I)  # "Former FARC commander Z": no more
        return _clean_role(("former " if former else "") + m.group(0)), group

    def _role_right(self, view: View, p: Slot):
        right = view.between(p.end, min(view.end, p.end + 80))
        one = re.match(r"\s*(?:,\s*(?:who\s+(?:is|was)\s+)?|\s(?:is|was|remains|remained)\s+)(?:(?:one|another)\s+of|among)\s+",
                       right)  # "Z, one of", "Z was among"
        g = next((s for s in view.slots if one and s.type in LEADABLE and
                  re.fullmatch(r"(?:the\s+)?", view.between(p.end + one.end(), s.start))), None)
        r = g and re.match(r"(?:['\u2019]s?)?\s+(?:[\w-]+\s+)?(" + _ROLE_WORDS + r")s\b",
                           view.between(g.end, min(view.end, g.end + 40)), re.I)
        if r:  # "Z, one of the group's leaders", "Z, one of its founders"
            return _clean_role(r.group(1)), g
        r = one and re.match(r"(?:the\s+)?(?:[\w-]+\s+)?(" + _ROLE_WORDS + r")s\s+(?:of|in)\s+(?:the\s+)?",
                             right[one.end():], re.I)
        g = next((s for s in view.slots if r and s.type in LEADABLE and s.start == p.end + one.end() + r.end()), None)
        if g:  # "Z, one of the founders of the UFDR"
            return _clean_role(r.group(1)), g
        m = re.match(r"\s*,?\s*(?:\(\S[^)]*\)\s*,?\s*)?(?:(?:(?:also |better )?known as|alias)\s+[\"\u201c]?"
                     r"[^\",\u201d]{1,40}[\"\u201d]?\s*,?\s*)?(?:who is |who was |who |is |was |the |a |an |its |their |as |formerly |"
                     r"himself |herself |"
                     r"self-styled |self-proclaimed |longtime |long-time |until then |then |onetime |acting |interim |overall |"
                     r"supreme |[\w]+-(?:born|based|educated|trained) |local |regional |key |prominent |veteran |"
                     r"notorious |powerful |influential |leading |high-ranking |top-ranking |mid-level |founding |"
                     r"provincial |district |area |sector |unit |field |later |in \d{4} |became |has become |had become |"
                     r"first |second |new |last |"
                     r"made |promoted to |rose to become |(?:declared|proclaimed) (?:himself|herself) |not |never |"
                     r"(?:stepped|steps) down as |resign(?:ed|s) as |serve[sd] as |(?:was )?(?:appointed|named|elected|removed|"
                     r"dismissed|sacked|fired|ousted) as )*", right)
        rest = right[m.end():]
        r = _ROLE.match(rest) or _ROLE.match(rest, re.match(r"(?:[\w-]+ and )?", rest).end())  # "insurgent and minister"
        word = None if r else re.match(r"[\w-]+ ", rest)
        if word and not any(s.start < p.end + m.end() + word.end() and p.end + m.end() < s.end and s.type != "place"
                            for s in view.slots):
            r = _ROLE.match(rest, word.end())  # "Z, the Tuareg founder of Ansar Dine": a word that names no one
            r = r if r and re.match(r"\s+(?:of|for)\s", rest[r.end():]) else None
        if not r:  # "Z, a former colonel of the Guard", "Z, a major in the army": a rank in lower case, his force's
            r = re.match(r"(?:(?:former|retired|senior)\s+)*" + _military_rank() + r"(?=\s+(?:of|in)\s)", rest)
            r = r if r and r.group(0).islower() else None
        if r:
            # "Z, formerly secretary-general of Y": a role he no longer holds
            role = ("former " if re.search(r"\bformerly\b|\buntil then\b", m.group(0)) else "") + r.group(0)
            after = p.end + m.end() + r.end()
            g = view.after(after, ("of", "for", "in", "at"), ACTOR_TYPES, max_words=6) or [
                r for r in view.reporters if r.type in ACTOR_TYPES - {"state"} and r.start >= after and
                re.fullmatch(r"\s+(?:of|for|at)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}", view.between(after, r.start))][:1]
            # "Z the head of the London-based Observatory (SOHR) said": the source he heads
            if g and re.search(r"[,;]", view.between(after, g[0].start)):
                g = []  # "Z, the leader of Burkina Faso's junta, dissolved the VDP": past the apposition
            if g and _SPOKE.search(view.between(after, g[0].start)):
                g = []  # "Z head of the monitor group said the Syrian army ...": the army is what he spoke of
            if g and g[0].anaphor and g[0].text.lower() in ("its", "their"):  # "as leader of its West Africa
                g = [s for s in view.slots if s.start > g[0].end and s.type in ACTOR_TYPES and not s.anaphor and  # Province"
                     re.fullmatch(r"\s+(?:[a-z-]+\s+){0,2}|\s+[^(),.;]{1,40}\(", view.between(g[0].end, s.start))][:1] or g
            if g:
                return _clean_role(role), g[0]
            return _clean_role(role), _its(view, p.end, p.end + m.end())
        # "Z, Y's spokesman" / "Z former FSA deputy chief of staff"
        comma = re.match(r"\s*,(?:\s*(?:(?:also|better)\s+)?known\s+as\s+[^,;()]{1,40},)?", right)  # "Z, better known
        g = view.after(p.end + (comma.end() if comma else 0), (), ACTOR_TYPES, max_words=3)  # as W, Y's commander"
        if g and re.search(r"\b(?!(?:remained|served|named|appointed|elected|installed)\b)(?:[a-z]+ed|said|says|told|tells|"
                           r"met|meets|asks|urges)\b", view.between(p.end, g[0].start)):
            g = []  # "President Z said the FSA commander had fled": the commander is another man
        if g:
            tail = view.between(g[0].end, min(view.end, g[0].end + 50))
            r = re.match(r"(?:['\u2019]s?)?(?:\s*\([^()]{1,12}\))?(?:\s+(?:militia|movement|group|faction|gang))?"
                         r"(?:\s+most\s+(?:powerful|senior|feared|prominent|influential|notorious|wanted))?"
                         r"(?:\s+(?:first|new|second|third|last|current|acting|interim))?\s*(" +
                         _ROLE.pattern + ")", tail, re.I) or \
                re.match(r"\s+(fighter|gunman|militant|guerrilla|soldier|" + _military_rank() + r")\b", tail)
            # "Z, a former EOKA gunman", "Z is a former PNGDF lieutenant": one of its men
            # "the killing of Z and Hamas leader W": the role is W's, the one it names
            theirs = r and (re.search(r"\b(?:and|or)\b", view.between(p.end, g[0].start))
                            or any(s.type == "person" and 0 <= s.start - (g[0].end + r.end()) <= 2 for s in view.slots))
            if r and not theirs:
                former = "former " if re.search(r"\bformer\b", view.between(p.end, g[0].start), re.I) else ""
                return _clean_role(former + r.group(1)), g[0]
        return None, None

    def strongholds(self, view: View) -> None:
        """'the IS stronghold of Raqqa', 'Tarhuna, the LNA's last major stronghold', 'Marea is a stronghold of
        the Islamic Front', 'Raqqa, where IS has its de facto capital': the owner of a stronghold holds it."""
        for m in _STRONGHOLD.finditer(view.text):
            at, end = view.start + m.start(), view.start + m.end()
            if _LOST_HOLD.search(view.between(view.start, at)):
                continue  # "the Daesh group's former stronghold of Raqqa", "driven out of its bastion Fallujah"
            kinds = ARMED | ({"state"} if m.group(0).lower().startswith(("stronghold", "bastion")) else set())
            owner = [x for x in view.slots if x.type in kinds and at - 40 <= x.end <= at and not view.compound(x)
                     and re.fullmatch(r"(?:['\u2019]?s)?\s+(?:[\w-]+\s+){0,3}", view.between(x.end, at))
                     and not any(y.end <= at and y.start >= x.end for y in view.slots)][-1:]
            of = re.match(r"\s+of\s+(?:the\s+)?", view.text[m.end():])
            where = re.search(r",\s*where\s+$", view.between(view.start, owner[0].start)) if owner else None
            named_after = view.places_after(end, 0)[:1]
            if owner and of:  # "the IS stronghold of Raqqa"
                places = view.places_after(end + of.end(), 0)[:1]
            elif of:  # "Marea is a stronghold of the Islamic Front", "Sirte, the main bastion of the LNA"
                owner = [x for x in view.after(end + of.end(), (), kinds, max_words=0) if not x.anaphor][:1]
                places = self._place_described(view, at)
            elif owner and named_after and re.fullmatch(r"\s*,?\s*", view.between(end, named_after[0].start)):
                places = named_after  # "the ISIL group's Syrian bastion Raqqa"
            elif owner and where:  # "Raqqa, where IS has its de facto capital"
                places = [p for p in view.places() if p.end == view.start + where.start()]
            elif owner:  # "Tarhuna, the LNA's last major stronghold"
                places = self._place_described(view, owner[0].start)
            else:
                continue
            for o in owner:
                for p in places:
                    self.col.relation(view, o, "controls", p, at)

    @staticmethod
    def _place_described(view: View, pos: int) -> list[Slot]:
        """The place a noun phrase starting at `pos` describes: in apposition ('P, the ...') or after a copula
        ('P is a ...')."""
        return [p for p in view.places() if p.end <= pos and re.fullmatch(
            r"\s*(?:,\s*|\s+(?:is|was|remains|remained|became|has become|had been|has been)\s+)(?:a|an|the|its|their)?\s*"
            r"(?:[a-z-]+\s+){0,3}", view.between(p.end, pos))][-1:]

    def presence(self, view: View) -> None:
        """'X operating in P', 'a rebel group in P', 'X controls P', 'P is held by X'."""
        for m in _OPERATES.finditer(view.text):
            pos = view.start + m.start()
            who = view.before(pos, ARMED, max_gap=40)
            if who and _SPOKE.search(view.between(who[-1].end, pos)):
                continue  # "a source at the Police Command said that terrorists located in P": the speaker is not there
            if who and re.fullmatch(r"\s+(?:faction|wing|unit|cell|branch|splinter|offshoot|affiliate)\s+",
                                    view.between(who[-1].end, pos)):
                # "Los Ciclones, the Gulf Cartel faction based in Matamoros": the faction, named before, is there
                who = [x for x in view.slots if x.type in ARMED and x.end < who[-1].start and
                       re.fullmatch(r"\s*,?\s*(?:the|a|an)\s+", view.between(x.end, who[-1].start))][-1:]
                if not who:
                    continue
            main = main_subject(view, pos, ARMED)
            if main and who and main[-1].end <= who[0].start and re.match(
                    r"['\u2019]s?\s+(?:[\w-]+\s+){0,3}?[\w-]+\s*,\s*(?:the\s+)?$", view.between(main[-1].end, who[0].start)):
                main = who  # "The FIS's armed wing, the AIS, was based in P": the wing, the owner's possessive aside
            elif main and who and main[-1].end <= who[0].start and re.fullmatch(
                    r"\s*,?\s+and\s+(?:then\s+|later\s+|also\s+)?", view.between(who[-1].end, pos)):
                who = main  # "AAH became one of the factions of the PMF and fought in P": the subject's second verb
            elif main and who and main[-1].end <= who[0].start and view.closed_relative(who[0].start, who[-1].end, pos):
                who = main  # "X, which operates under the umbrella of the PMF, fought in P": X, past its clause
            own_verb = who and re.fullmatch(r"\s*(?:\([^()]{1,15}\)\s*)?(?:\w+ly\s+|still\s+|now\s+|also\s+)?(?:ha[sd]\s+|have\s+)?|"
                                            r"\s*,?\s*whose\s+(?:[\w-]+\s+){1,2}(?:are|were|is|was|have been|has been)\s+",
                                            view.between(who[-1].end, pos)) and not re.search(
                r"\b(?:of|by|for|with|from|to|against)\s+(?:the\s+)?$", view.between(view.start, who[-1].start))
            if main and (not who or _copula_between(view, main[-1].end, pos) and not own_verb and not re.search(
                    r"\b[a-z]+ed\s+by\b", view.between(main[-1].end, pos))):  # not "X are backed by strikes launched
                # by the coalition fighting Daesh in P": the coalition's participle
                # not "X is strongest in A and Y operates in B": Y's own verb; but "X is the branch of Y active in P"
                who = main
            who = [w for w in who if not any(p.type == "person" and w.end < p.start < pos and re.fullmatch(
                r"(?:['\u2019]s?)?\s+(?:[\w-]+\s+)?" + LEADER_ROLES.pattern + r"\s*,?\s*", view.between(w.end, p.start))
                for p in view.slots)]  # "Its chief, Z, who heads the council, operates from P": the chief does
            places = _with_coordinated_countries(view, _object_places(view, view.start + m.end(), 14))
            for w in who:
                for pl in places:
                    self.col.relation(view, w, "operates_in", pl, pos)
        for g in view.slots:  # "Z, the Dawn Front's commander in Idlib", "the commander of X in the Kashmir Valley"
            if g.type not in ARMED or g.anaphor:
                continue
            m = re.search(r"\bthe\s+$", view.between(max(view.start, g.start - 5), g.start)) and \
                _ITS_CHIEF_IN.match(view.text, g.end - view.start) or (
                _CHIEF_OF.search(view.between(max(view.start, g.start - 50), g.start)) and
                _IN_TOWN.match(view.text, g.end - view.start))
            first = view.places_after(view.start + m.end(), 0)[:1] if m else []
            for pl in [p for p in view.group_of(first[0]) if p.start >= first[0].start] if first else ():
                self.col.relation(view, g, "operates_in", pl, g.end)  # "commander for Batticaloa and Ampara"
        for m in _OPERATIONS.finditer(view.text):
            at = view.start + m.start()
            if m.group("own"):  # "the Syrian army's operations in P", "its presence in P"
                who = [x for x in view.slots if x.type in ARMED and (x.end == at or x.anaphor and x.start == at)]
            else:  # "X continued operations in P", "X has a strong presence in P": the doer just before its verb
                who = [w for w in view.before(view.start + m.start("noun"), ARMED, max_gap=60)[-1:]
                       if _CARRIES_ON.fullmatch(view.between(w.end, view.start + m.start("noun")))]
            for w in who:
                no = re.search(r"\bno\s+(?:[\w-]+\s+)?$", view.between(w.end, view.start + m.start("noun")))
                for pl in _object_places(view, view.start + m.end(), 14):  # "has no presence in P"
                    self.col.relation(view, w, "operates_in", pl, view.start + m.end(), negated=True if no else None)
        for m in _PATROLS.finditer(view.text):  # "X gunmen were patrolling the streets of P", "set up checkpoints in P"
            places = _one_list(view, view.places_after(view.start + m.end(), 4))
            for w in subject(view, view.start + m.start(), ARMED) if places else ():
                for pl in places:
                    self.col.relation(view, w, "operates_in", pl, view.start + m.start())
        for m in _KEEPS_MEN_IN.finditer(view.text):  # "X has fighters in A and B", "X maintains no bases in P"
            for w in subject(view, view.start + m.start(), ARMED):
                for pl in _object_places(view, view.start + m.end(), 14):
                    self.col.relation(view, w, "operates_in", pl, view.start + m.start(),
                                      negated=True if m.group("no") else None)
        for s in view.slots:  # "the Southern Front alliance in southern Syria", "YPG fighters in Manbij"
            if s.type not in ARMED:
                continue
            m = _NOUN_IN.match(view.text, s.end - view.start)
            if m and s.anaphor and re.search(r"(?:" + _POSTS + r"|gatherings)\s+\w+\s+(?:the\s+)?"
                                             + _TOWN_OF + "$", m.group(), re.I):
                continue  # "capturing all of its strongholds in P": _OWN_BASE reads whether it still has them
            if not m and not s.anaphor and _POSTS_OF.search(view.between(max(view.start, s.start - 40), s.start)):
                m = _OWNER_IN.match(view.text, s.end - view.start)
            if m:
                for pl in view.places_after(view.start + m.end(), 1)[:1]:
                    town = re.match(r"\s+" + _TOWN_OF, view.text[pl.end - view.start:])
                    pl = next((x for x in view.places_after(pl.end, 3)[:1] if town and town.group().strip() and
                               x.start == pl.end + town.end()), pl)  # "in northern Syria's town of P": P
                    self.col.relation(view, s, "operates_in", pl, s.end)
        for m in re.finditer(r"\b(?:moved|moves|moving|relocated|relocating|redeployed|deployed|deploys|withdrew|retreated|fled|expanded|expands|expanding|"
                             r"advanced|fell\s+back|(?:was|were|been)\s+(?:pushed|driven|forced)\s+back|confined|"
                             r"(?:was|were|had been|has been|have been)\s+(?:sent|deployed|dispatched|redeployed|rushed)|"
                             r"entered|arrived\s+in|(?:drove|rolled|poured|swept|marched|streamed)(?=\s+(?:\w+\s+)?into\b))"
                             r"\s+(?:back\s+|further\s+|(?:north|south|east|west)(?:wards?)?\s+)?"
                             r"(?:(?:in)?to\b|(?<=entered )|(?<=in ))", view.text):
            # "ADF cells have moved north into Irumu", "troops had been sent to Nduga", "the battalion entered Ilovaisk"
            pos = view.start + m.start()
            d = view.date_near(pos)
            near = view.places_after(view.start + m.end(), 4)[:1]
            first = _one_list(view, view.places_after(near[0].start, 14)) if near else []  # "deployed to A, B and C"
            if first and any(x.type == "state" and view.start + m.end() <= x.start < first[0].start for x in view.slots):
                continue  # "had entered Turkey from Syria": the country entered is no place here, nor the one left
            who = subject(view, pos, ARMED)[:2]
            man = [p for p in view.slots if p.type == "person" and who and who[-1].end < p.start and
                   not any(p.end <= x.start < pos for x in view.slots) and
                   re.search(r",\s*and\s+(?:[A-Z][\w.]*\s+){0,2}$", view.between(max(view.start, p.start - 30), p.start))]
            if man:
                continue  # "... past South African troops, and President Z fled to Cameroon": the man fled
            if who and _SPOKE.search(view.between(who[-1].end, pos)):
                continue  # "Z of the SDF said the attack came after bombers entered P": the speaker's side is not there
            for w in who:
                for pl in first:
                    self.col.relation(view, w, "operates_in", pl, pos, valid_from=d.value if d else None, date=d)
        for m in _OWN_BASE.finditer(view.text):  # "MONUSCO said its troops remained at their bases in Goma"
            own = [x for x in view.slots if x.type in ARMED and (
                x.start == view.start + m.start() and x.anaphor or x.end == view.start + m.start()
                and (" " in x.text or x.text.isupper()))]  # not "Shekau's camp": one word, maybe a man's
            lost = _LOST_BASE.search(view.between(max(view.start, m.start() + view.start - 50), view.start + m.start()))
            d = view.date_near(view.start + m.start()) if lost else None
            if lost and not d:
                continue  # lost at a date the sentence does not give: no period to report
            for w in own:  # "capturing all of its strongholds in northern Hama", "the departure of MINUSMA from its
                for pl in view.places_after(view.start + m.end(), 0)[:1]:  # camp in Kidal": there until then
                    self.col.relation(view, w, "operates_in", pl, w.start, valid_until=d.value if d else None,
                                      date=d)
        for m in _SENT_INTO.finditer(view.text):  # "the government sent the army and the police into P"
            pos = view.start + m.start()
            sent = view.after(view.start + m.end(), (), ARMED, max_words=4)
            own = None if sent else _OWN_MEN_TO.match(view.text, m.end())
            if own:  # "Hezbollah has sent thousands of fighters to Syria": the sender's own men are there
                for w in [w for w in subject(view, pos, ARMED)[:2] if not _SPOKE.search(view.between(w.end, pos))]:
                    for pl in view.places_after(view.start + own.end(), 0)[:1]:
                        self.col.relation(view, w, "operates_in", pl, pos)
            if not sent:
                continue
            tail = re.match(r"(?:[^.;,]{0,40}?)\b(?:in)?to\s+(?:the\s+)?", view.text[sent[-1].end - view.start:])
            if tail:
                for pl in view.places_after(sent[-1].end + tail.end(), 2)[:1]:
                    for w in sent:
                        self.col.relation(view, w, "operates_in", pl, pos)
        for m in re.finditer(r",\s+(?:a|an)\s+(?:[\w'\u2019-]+\s+){0,3}?(?:group|faction|militia|movement|organi[sz]ation)\s+"
                             r"(?:active\s+|based\s+|operating\s+)?in\b", view.text):
            pos = view.start + m.start()
            gloss = re.search(r"\s*\([^()]{1,80}\)\s*$", view.text[:m.start()])  # "X (its name in Russian), a ..."
            who = view.before(view.start + gloss.start() if gloss else pos, ARMED, max_gap=3)
            for w in who[-1:]:
                for pl in view.places_after(view.start + m.end(), 4)[:2]:
                    self.col.relation(view, w, "operates_in", pl, pos)
        for m in _HANDOVER.finditer(view.text):  # "X was taking over the security of P from Y"
            pos = view.start + m.start()
            d = view.date_near(pos)
            places = view.places_after(view.start + m.end(), 3)[:1]
            for w in subject(view, pos, ARMED)[:1]:
                for pl in places:
                    self.col.relation(view, w, "controls", pl, pos, valid_from=d.value if d else None, date=d)
            if places:
                for y in view.after(places[0].end, ("from",), ARMED, max_words=6):
                    self.col.relation(view, y, "operates_in", places[0], pos)
        for m in _CONTROLS.finditer(view.text):
            pos = view.start + m.start()
            word = m.group(0).lower()
            if m.group(0)[:1].isupper() and view.text[:m.start()].strip():
                continue  # "near the Line of Control in Kashmir": a name's word, not a verb
            if word.startswith("hold") or word == "held":
                if _HELD_NOT_LAND.match(view.text, m.end()):
                    continue  # "Russia held off on renewed air strikes", "held talks in Geneva": no territory held
            if view.text[m.start() - 1:m.start()] == "-" or _HELD_BY_KIND.search(view.text[:m.start()]) and \
                    _HELD_WHAT.match(view.text, m.end()):
                continue  # "rebel-held areas", "the rebel held villages": held by someone the sentence does not name
            taken = re.search(r"\b(?:take|took|taken|taking|seize|seized|gain|gained|regain|regained|wrest|to|for|over|"
                              r"(?P<est>(?:re-?)?establish(?:ed|ing)?))\s+(?:(?:full|total|complete|effective)\s+)?$",
                              view.between(max(view.start, pos - 30), pos))
            if word.startswith(("seized", "took", "taken")) or taken and not taken.group("est"):
                continue  # captures, handled as events; "take control" is no state of control
            moved = _CAME_UNDER.search(view.between(max(view.start, pos - 20), pos))  # "P came under the control of X
            since = view.date_near(pos) if taken or moved else None  # in 2016", "established full control of P on
            # Wednesday": since then
            lost = re.search(r"\b(?:lost|losing|loses|lose|ceded|cedes|ceding|relinquished|surrendered)\s+(?:\w+\s+)?$",
                             view.between(max(view.start, pos - 25), pos)) if word.startswith("control") else None
            until = view.date_near(pos) if lost else None
            if lost and not until:
                continue  # "X lost control of Raqqa": held before, when the sentence does not say
            if word in ("held", "controlled") and re.match(r"\s+by\b", view.text[m.end():]):
                who = view.after(view.start + m.end(), ("by",), ARMED | {"state"}, max_words=3)
                places = self._place_just_before(view, pos)
                if _TO_AREAS.search(view.between(max(view.start, pos - 30), pos)):
                    places = []  # "leave for areas controlled by government troops": elsewhere, not the place before
            elif word.startswith(("under", "in the hands")):
                who = view.after(view.start + m.end(), (), ARMED | {"state"}, max_words=2)
                places = self._place_just_before(view, pos)
            else:
                who = subject(view, pos, ARMED | {"state"})
                places = _object_places(view, view.start + m.end(), 8, held=True)
            held_at = _HELD_POSITIONS.match(view.text, m.end()) if word.startswith("hold") or word == "held" else None
            for w in who:  # "holds positions north of Bakhmut": there, the ground around not its own
                for pl in places:
                    self.col.relation(view, w, "operates_in" if held_at else "controls", pl, pos,
                                      valid_from=since.value if since else None,
                                      valid_until=until.value if until else None, date=since or until)
        for x in view.slots:  # "Kafr Nabl has been in Hawks Brigade hands since 2015": the place before is held
            before = view.between(max(view.start, x.start - 8), x.start)
            at = re.search(r"\bin\s+(?:the\s+)?$", before) if x.type in ARMED | {"state"} and not x.anaphor else None
            hands = at and re.match(r"(?:['\u2019]s?)?\s+hands\b", view.text[x.end - view.start:])
            for pl in self._place_just_before(view, x.start - len(before) + at.start()) if hands else ():
                self.col.relation(view, x, "controls", pl, x.start)
        for pl in view.slots:  # "Kafr Nabl, which the Dawn Front has held since 2014": the holder the clause names
            x = _object_clause_subject(view, pl, ARMED | {"state"}) if pl.type == "place" else None
            if x and _WHOM_IT_HOLDS.match(view.text, x.end - view.start):
                d = view.date_after(x.end, 40)
                since = d if d and re.search(r"\bsince\s+$", view.between(x.end, d.start)) else None
                self.col.relation(view, x, "controls", pl, x.start, valid_from=since.value if since else None, date=since)
        for m in _GOVERNS.finditer(view.text):  # "the Hawks Brigade has run Idlib since 2017", "governs Gaza"
            pos = view.start + m.start()
            places = [p for p in view.places_after(view.start + m.end(), 4) if re.fullmatch(
                r"\s*(?:(?:much|most|large\s+parts|parts|swathes|all)\s+of\s+)?(?:the\s+)?",
                view.between(view.start + m.end(), p.start))]  # "now governs much of Idlib province"
            for w in subject(view, pos, ARMED):
                for pl in _one_list(view, view.places_after(places[0].start, 8), held=True) if places else ():
                    self.col.relation(view, w, "controls", pl, pos)

        for w in view.slots:  # "Mosul, the largest city under the Islamic State's control", "under Syrian control"
            under = re.search(r"\bunder\s+(?:the\s+)?(?:(?:full|effective|firm|total)\s+)?$",
                              view.between(max(view.start, w.start - 25), w.start))
            if w.type in ARMED | {"state"} and under and re.match(r"(?:['\u2019]s?)?\s+(?:(?:government|military|full|"
                                                                   r"effective)\s+)?control\b", view.text[w.end - view.start:]):
                at = w.start - len(under.group(0))
                if _TO_AREAS.search(view.between(max(view.start, at - 30), at)):
                    continue
                came = _CAME_UNDER.search(view.between(max(view.start, at - 20), at))
                d = view.date_near(w.start) if came else None  # "P fell under X control in 2016": since then
                for pl in self._place_just_before(view, at):
                    self.col.relation(view, w, "controls", pl, w.start, valid_from=d.value if d else None, date=d)

    @staticmethod
    def _place_just_before(view: View, pos: int) -> list[Slot]:
        """The place a trailing 'held by X' / 'under the control of X' speaks of: named just before it, not
        as a modifier ("a Britain-based monitor said ... a checkpoint under the control of the YPG"), nor
        as a landmark ("a stronghold outside Damascus where villages were brought under the control of X"; the
        collector drops a place "near" one for every control reading)."""
        before = [s for s in view.places() if s.end <= pos and not view.compound(s)]
        for s in reversed(before):  # "Taduf, which lies in Aleppo province, is controlled by X": Taduf
            between = view.between(s.end, pos)
            if len(between) <= 160 and _LIES_IN.match(between) and _IS_BEFORE.search(between) \
                    or _PLACED_IN.fullmatch(between):  # "Kafr Zita in Hama province is held by X": Kafr Zita
                return [s]
        near = [s for s in before if len(view.between(s.end, pos)) <= 90][-1:]
        if near and re.search(r"\b(?:areas?|territor(?:y|ies)|regions?|parts|lands?|zones?|villages|towns)\s+$",
                              view.between(near[0].end, pos)):
            return []  # "capturing Tal Jamu near Tal al-Jabiyeh to link areas under its control": other areas
        near = [s for s in near if not re.search(r"\bwhere\b", view.between(s.end, pos)) and not re.search(
            r"\b(?:outside|around)\s+(?:the\s+)?$", view.between(max(view.start, s.start - 12), s.start))
            and not _PART_OF_PLACE.search(view.between(max(view.start, s.start - 60), s.start))]
        # "two villages Tokhar and Hoshariyeh which are controlled by IS": each of a list just before
        return [s for s in view.group_of(near[0]) if s.end <= near[0].end] if near else []

    def withdrawals(self, view: View) -> None:
        """'the YPG fighters left Manbij', 'X was driven out of P': presence in the place ends then."""
        for m in re.finditer(r"\b(?:left|withdrew from|pulled out of|retreated from|evacuated|(?:was|were|been|being)\s+"
                             r"(?:driven|pushed|forced|chased|expelled|ousted|flushed|routed)\s+(?:out\s+of|from))\b|"
                             r"(?P<own>['\u2019]s\s+|\b(?:its|their)\s+)(?:[\w-]+\s+)?(?:withdrawal|retreat|pull-?out)\s+from\b",
                             view.text):
            pos = view.start + m.start()
            who = [x for x in view.slots if x.type in ARMED and (x.end == pos or x.anaphor and x.start == pos)] \
                if m.group("own") else subject(view, pos, ARMED)  # "the Hawks Brigade's withdrawal from Kherson"
            # the place left and those listed with it: "left Sinjar, Makhmour and Khanaqin"
            first = view.places_after(view.start + m.end(), 2)[:1]
            places = [p for p in view.group_of(first[0]) if p.start >= first[0].start] if first else []
            d = view.date_near(pos)
            for w in who:
                for pl in places:
                    self.col.relation(view, w, "operates_in", pl, pos, valid_until=d.value if d else None, date=d)

    def hostility(self, view: View) -> None:
        """'fighting both X and Y', 'its rival Y', 'war against X', 'declaring X and Y its enemies', 'the coalition
        against X', 'anti-X factions include A and B'."""
        for s in view.slots:  # "the US-led coalition against Daesh": a coalition named by whom it fights
            against = _COALITION_AGAINST.match(view.text, s.end - view.start) if s.type in ARMED and re.search(
                r"\b(?:coalition|alliance)$", s.text, re.I) else None
            for t in view.after(view.start + against.end(), (), ARMED, max_words=0)[:1] if against else ():
                if t.eid != s.eid:
                    self.col.relation(view, s, "hostile_to", t, t.start)
        for m in _SURRENDERED.finditer(view.text):  # "200 X fighters surrendered to the army": they fought it
            pos = view.start + m.start()
            for a in [a for a in subject(view, pos, ARMED | {"state"}) if not a.anaphor][:2]:
                for b in view.after(view.start + m.end(), (), ARMED | {"state"}, max_words=0)[:1]:
                    if a.eid != b.eid:  # (refusing to surrender, they fight on)
                        self.col.relation(view, a, "hostile_to", b, pos, negated=False)
        for m in _ANTI_LIST.finditer(view.text):  # "anti-regime factions include A, B and C": each against the regime
            foe = [x for x in view.slots if x.start <= view.start + m.start("foe") < x.end and x.type in ARMED | {"state"}]
            for c in _listed(view, view.start + m.end(), foe[0]) if foe else ():
                self.col.relation(view, c, "hostile_to", foe[0], view.start + m.start())
        for m in _DECLARED_ENEMIES.finditer(view.text):
            pos = view.start + m.start()
            named = [s for s in view.slots if view.start + m.start("list") <= s.start and s.end <= view.start + m.end("list")
                     and s.type in ACTOR_TYPES - {"organization"}]
            doers = [d for d in subject(view, pos, ARMED | {"state"}) if not d.anaphor] or \
                [d for d in main_subject(view, pos, ARMED | {"state"}) if not d.anaphor]
            for w in doers[:1]:
                for t in named:
                    if t.eid != w.eid:
                        self.col.relation(view, w, "hostile_to", t, pos)
        listed: set[int] = set()  # "fighting both X and its rival Y": "its" is the fighter, not X
        for m in _HOSTILE.finditer(view.text):
            pos = view.start + m.start()
            word = m.group(0).lower()
            if pos in listed:
                continue
            if TOGETHER.match(view.text, m.end()):
                continue  # "were now fighting together under the name Viv Ansanm": one side
            if re.match(r"rival|enem|advers|opponent|foe|arch|nemesis", word):
                if re.search(r"\b(?:former|erstwhile|one-?time|old)\s+(?:[\w-]+\s+)?$",
                             view.between(max(view.start, pos - 25), pos)):
                    continue  # "the G9 and its former rival G-Pep": a rivalry that has ended
                owner = view.before(pos, ACTOR_TYPES, max_gap=12)
                if not owner and re.search(r"\b(?:is|are|was|were|been|remains?|became|become)\s+(?:\w+\s+){0,2}$",
                                           view.between(max(view.start, pos - 40), pos)):
                    owner = subject(view, pos, ACTOR_TYPES)  # "the CDN has long been an enemy of the Gulf Cartel"
                other = view.after(view.start + m.end(), (), ACTOR_TYPES - {"organization"}, max_words=3)
                if owner and not other and re.match(r"\s*(?:[,;.)]|$|since\b)", view.text[m.end():]):
                    other = [x for x in view.slots if x.type in ACTOR_TYPES - {"organization"} and x.end <= owner[-1].start
                             and re.fullmatch(r"\s*,\s*(?:the\s+)?", view.between(x.end, owner[-1].start))][-1:]
                    # "Eritrea, Ethiopia's foe since 1998": the name the apposition describes
                if owner and other:
                    self.col.relation(view, owner[-1], "hostile_to", other[0], pos)
                continue
            targets = view.after(view.start + m.end(), (), ACTOR_TYPES - {"organization"}, max_words=5)
            party = [t for t in view.after(view.start + m.end(), (), {"organization"}, max_words=1) if fights(t)
                     and re.match(r"\s*(?:[,.;)]|\band\b|$)", view.text[t.end - view.start:])]
            if party:  # "an insurgency against FRELIMO, the RENAMO": the party fought, not the name apposed to the war
                targets = party
            if word.startswith("operat"):  # "operations against the group": a group named, not one guessed at
                targets = [t for t in targets if not t.anaphor]
            targets = [t for t in targets if not (t.anaphor and t.text.lower() in ("its", "their"))
                       and not names_owner(view, t)
                       and not ALONGSIDE.search(view.between(view.start + m.end(), t.start))
                       and not WITHOUT.search(view.between(view.start + m.end(), t.start))
                       and not SUPPORT_AFTER.match(view.text, t.end - view.start)  # "fighting with US support"
                       and not comrade(view, view.start + m.end(), t)
                       and not SUBORDINATOR.search(view.between(view.start + m.end(), t.start))]
            # not "fought Khartoum for two decades before South Sudan's independence": another clause's name
            if not targets:
                continue
            again = AGAIN_AGAINST.match(view.text, targets[-1].end - view.start)
            if again:  # "fought first against Spain and then against Morocco and Mauritania"
                targets = targets + view.after(view.start + again.end(), (), ACTOR_TYPES - {"organization"},
                                               max_words=3)
            rival = _AND_ITS_RIVAL.match(view.text, targets[-1].end - view.start)
            if rival:
                listed.add(view.start + rival.start("rival"))
                targets = targets + view.after(view.start + rival.end(), (), ACTOR_TYPES - {"organization"},
                                               max_words=1)[:1]
            reduced = named_just_before(view, pos, ARMED | {"state"}) if word.startswith("fighting") else []
            men = _UNNAMED_MEN.search(view.between(max(view.start, pos - 40), pos)) \
                if word.startswith("fighting") and not reduced else None
            at = max(view.start, pos - 40) + men.start() if men else 0
            if men and not any(x.end <= at and re.fullmatch(r"(?:['\u2019]s?)?\s+(?:[\w-]+\s+)?", view.between(x.end, at))
                               for x in view.slots):
                continue  # "X faced a backlash from other rebels fighting (to topple) the regime": those rebels fight
                # (not "X fighters fighting Y", "its men fighting Y")
            replaced = _REPLACED_AS.search(view.between(view.start, pos))
            if replaced:  # "X replaced the GIA as the main armed opposition to Y": X, never the GIA
                gone = {x.eid for x in view.slots if view.start + replaced.start() <= x.start < pos}
                reduced = [w for w in main_subject(view, pos, ARMED | {"state"}) if w.eid not in gone] or [None]
            who = [w for w in reduced if w] if reduced else subject(view, pos, ARMED | {"state"}) or [  # "its commander
                self.member_groups[p.eid] for p in subject(view, pos, {"person"}) if p.eid in self.member_groups]  # Z"
            who += [b for b in backers_in_action(view, [w for w in who if isinstance(w, Slot)], pos) if b not in who]
            # "X, in partnership with Y, launched an operation against Z": Y fights Z too
            for w in who:
                for t in targets:
                    self.col.relation(view, w, "hostile_to", t, pos)

    def _enmities(self, view: View) -> None:
        """Enmities named by a noun: 'the Sinaloa Cartel's rivalry with the CJNG', 'its long feud with Y' (the
        owner's enemy); 'A and B are engaged in a struggle for control of P' and a truce between them (each the
        other's)."""
        for m in _ENGAGED_IN.finditer(view.text):
            sides = [x for x in subject(view, view.start + m.start(), ARMED | {"state"}) if not x.anaphor]
            for i, a in enumerate(sides):
                for b in sides[i + 1:]:
                    self.col.relation(view, a, "hostile_to", b, view.start + m.start())
        for m in _TRUCE.finditer(view.text):  # "a ceasefire between the military and the alliance", "A and B signed
            pos = view.start + m.start()  # a truce", "X signed a ceasefire with Y": a truce is made between enemies
            if any(d.kind == "date" for d in view.dates) or m.group("with") and not m.group("made"):
                continue  # "In March 1988 A and B signed a ceasefire", "a truce ... has held since April": the truce's
                # date, which neither starts nor ends the enmity; "under a peace deal with the MILF": made by whom?
            after = [x for x in view.after(view.start + m.end(), (), ARMED | {"state"}, max_words=2) if not x.anaphor]
            makers = [x for x in subject(view, pos, ARMED | {"state"}) if not x.anaphor]
            sides = after if m.group("between") else makers[:1] + after[:1] if m.group("with") else makers
            for i, a in enumerate(sides):
                for b in sides[i + 1:]:
                    if a.eid != b.eid and not a.type == b.type == "state":  # not "a ceasefire deal between Russia
                        self.col.relation(view, a, "hostile_to", b, pos)  # and the United States": its brokers
        for m in _FEUD_WITH.finditer(view.text):
            at = view.start + m.start()
            owner = [x for x in view.slots if x.type in ARMED | {"state"} and (x.end == at or x.anaphor and x.start == at)]
            ended = re.search(r"\b(?:ended|ends|ending|end\s+to|settled)\s+(?:\w+\s+)?$",
                              view.between(max(view.start, at - 30), owner[0].start if owner else at))
            d = view.date_near(at) if ended else None  # "ended its long feud with Y in 2019": until then
            for o in owner[:1]:
                for t in view.after(view.start + m.end(), (), ARMED | {"state"}, max_words=2)[:1]:
                    self.col.relation(view, o, "hostile_to", t, at, valid_until=d.value if d else None, date=d)

    def faced(self, view: View) -> None:
        """'In Michoacan, the CJNG faces the Carteles Unidos': an armed group facing another fights it."""
        for m in _FACES.finditer(view.text):
            pos = view.start + m.start()
            foes = view.after(view.start + m.end(), (), ARMED - {"state_force"}, max_words=0)[:1]
            for w in subject(view, pos, ARMED - {"state_force"})[:1]:
                for f in foes:
                    self.col.relation(view, w, "hostile_to", f, pos)

    def _state_in_support(self, view: View, m: re.Match, pos: int) -> None:
        """'Russia intervened in support of the Syrian army', 'Russia began air strikes in support of the Syrian
        government': a state acting for an armed group backs it; for another state or its forces, it is an ally."""
        states = [d for d in subject(view, pos, ARMED | {"state"}) if not d.anaphor][:1]
        helped = [h for h in view.after(view.start + m.end(), (), ARMED | {"state"}, max_words=0)[:1] if not h.anaphor]
        for d in states:
            for h in helped:
                if d.type != "state" or h.eid == d.eid:
                    continue
                if h.type in ("armed_group", "coalition"):
                    self.col.relation(view, h, "backed_by", d, pos)
                else:
                    self.col.relation(view, d, "allied_with", h, pos)

    def alliances(self, view: View) -> None:
        """'X cooperated with A, B and C', 'fighting alongside Y', 'allied himself to Y', 'X and allied Y'."""
        for m in _HELPED.finditer(view.text):  # "the EPLF, with the help of the TPLF, pushed ...", "assisting Y"
            pos = view.start + m.start()
            helpers = [h for h in (view.after(view.start + m.end(), (), ARMED | {"organization"}, max_words=2) or [
                h for h in view.after(view.start + m.end(), (), ARMED, max_words=5)  # "together with Congo's armed
                if view.text[h.start - view.start - 1:h.start - view.start] == "("])[:1]  # forces (FARDC)"
                       if not h.anaphor and (h.type in ARMED or fights(h))]
            doers = [d for d in subject(view, pos, ARMED) if not d.anaphor]
            comma = re.search(r",\s*(?:the\s+)?", view.text[helpers[-1].end - view.start:]) if helpers else None
            if not doers and comma and not view.between(view.start, pos).strip(" \"'\u201c"):
                # "Together with National Guard units, the Azov Battalion drove ...": the doer follows
                doers = view.after(helpers[-1].end + comma.end(), (), ARMED, max_words=1)[:1]
            for d in doers[:1]:
                for h in helpers:
                    if h.eid != d.eid:
                        self.col.relation(view, d, "allied_with", h, pos)
            if not doers and m.group(0).lower().startswith("in support of"):
                self._state_in_support(view, m, pos)
        for m in _RULERS_ALLY.finditer(view.text):  # "government ally Russia", "regime supporters Russia and Iran",
            # "Iran, a key regime ally": the government's ally
            gov = [x for x in view.slots if x.type == "state" and x.start <= view.start + m.start("gov") < x.end]
            allies = view.after(view.start + m.end(), (), ARMED | {"state"}, max_words=0) if m.group("after") else \
                [x for x in view.slots if x.type in ARMED | {"state"} and x.end <= view.start + m.start() and
                 re.fullmatch(r"\s*", view.between(x.end, view.start + m.start()))][-1:]
            for g in gov:
                for a in allies:
                    if a.eid != g.eid:
                        self.col.relation(view, a, "allied_with", g, view.start + m.start())
        for m in _JOINTLY.finditer(view.text):  # "the Legion and the RVC jointly attacked ...": one side
            pos = view.start + m.start()
            sides = [d for d in subject(view, pos, ARMED) if not d.anaphor or _BOTH.fullmatch(d.text)]  # "the two groups"
            for i, a in enumerate(sides):
                for b in sides[i + 1:]:
                    if a.eid != b.eid:
                        self.col.relation(view, a, "allied_with", b, pos)
        for m in _AND_ITS_ALLY.finditer(view.text):  # "the TPLF and its ally the EPDM", "... and its Russian ally",
            # "the Syrian government, its ally Russia and ..."
            x = [s for s in view.slots if s.end == view.start + m.start() and fights(s)]
            if not x and not re.search(r"\band\b", m.group(0)):  # "Israel withdrew, abandoning its ally, the SLA":
                x = [s for s in subject(view, view.start + m.start(), ARMED | {"state"})  # whose ally, the subject
                     if fights(s) and not s.anaphor]
            dem = m.group("dem") and next((s for s in view.slots if s.start == view.start + m.start("dem")
                                           and s.type == "state"), None)
            y = [dem] if dem else [s for s in view.slots if s.start == view.start + m.end() and fights(s)]
            named = re.match(r"\s*(?:from|of)\s+(?:the\s+)?", view.text[m.end():]) if dem else \
                re.match(r"\s*(?:in|within|from)\s+(?:the\s+)?", view.text[m.end():]) if not y else None
            if named:  # "Mali's army and its Russian allies from the Wagner Group": Wagner, not Russia; "the Dawn
                # Front and its allies in the Sun Alliance"
                y = view.after(view.start + m.end() + named.end(), (), ARMED, max_words=0)[:1] or y
            if y and re.search(r"\ballies\b", m.group(0), re.I):  # "and its allies, the FDLR and the Wazalendo"
                y = [s for s in view.group_of(y[0]) if s.start >= y[0].start and fights(s)]
            for a in x[:1]:
                for b in y:
                    if a.eid != b.eid:
                        self.col.relation(view, a, "allied_with", b, view.start + m.start())
        for m in _BETWEEN_ALLIES.finditer(view.text):  # "collaboration between the Congolese army and the FDLR",
            # "a joint command of A and B"
            pos = view.start + m.start()
            pair = view.after(view.start + m.end(), (), ARMED, max_words=4)
            if len(pair) >= 2 and re.fullmatch(r"\s*(?:\([^()]{1,12}\)\s*)?,?\s*and\s+(?:the\s+)?",
                                               view.between(pair[0].end, pair[1].start)):
                # "the alliance between A and B collapsed in 2019": it ends then
                ended = _ALLIANCE_FELL.match(view.text, pair[1].end - view.start)
                d = view.date_near(pair[1].end) if ended else None
                self.col.relation(view, pair[0], "allied_with", pair[1], pos, valid_until=d.value if d else None,
                                  date=d, ended=bool(ended))
        for m in re.finditer(r"\band\s+(?:its\s+|their\s+)?allied\s+", view.text):
            first = view.before(view.start + m.start(), ACTOR_TYPES - {"organization"}, max_gap=2)
            for o in view.after(view.start + m.end(), (), ACTOR_TYPES - {"organization"}, max_words=1)[:1]:
                for f in first[-1:]:
                    self.col.relation(view, o, "allied_with", f, view.start + m.start())
        for g in view.groups:  # "an operation by A and B", "in a A and B operation": A and B act together
            sides = [x for x in g if x.type in ARMED | {"state"}]
            if len(sides) != len(g):
                continue
            partner = AND_ITS_PARTNER.search(view.between(max(view.start, g[0].start - 50), g[0].start)) \
                if len(g) == 1 else None  # "X and its old rival, Y, now fight side by side": X and Y
            sides = [x for x in view.slots if partner and x.type in ARMED | {"state"} and not x.anaphor
                     and x.end == g[0].start - len(partner.group(0))][-1:] + sides
            if len(sides) < 2:
                continue
            by = _JOINT_BY.search(view.between(max(view.start, g[0].start - 40), g[0].start))
            after = _JOINT_AFTER.match(view.text, g[-1].end - view.start + (
                1 if partner and view.text.startswith(",", g[-1].end - view.start) else 0))
            if by or after:
                for i, a in enumerate(sides):
                    for b in sides[i + 1:]:
                        self.col.relation(view, a, "allied_with", b, g[0].start)
            united = _UNITED_AS.match(view.text, after.end()) if after and re.search(r"\b(?:forces|together)\b",
                                                                                  after.group(0)) else None
            for whole in view.after(view.start + united.end(), (), ARMED, max_words=0)[:1] if united else ():
                d = view.date_near(whole.start)
                d = None if d and d.text.lower() == "now" else d  # "were now fighting together": a state, no start
                for a in sides:  # "A, B and C had joined forces as the Forces Nouvelles": its members from then
                    if a.eid != whole.eid and a.type in ARMED:
                        self.col.relation(view, a, "part_of", whole, g[0].start, valid_from=d.value if d else None, date=d)
        for m in _ARE_ALLIED.finditer(view.text):  # "the Taliban and al-Qaeda remain closely allied"
            pos = view.start + m.start()
            sides = [x for x in subject(view, pos, ACTOR_TYPES) if _may_ally(x)]
            rel = "hostile_to" if m.group("rivals") else "allied_with"  # "A and B are bitter rivals"
            for i, a in enumerate(sides):
                for b in sides[i + 1:]:
                    if a.eid != b.eid:  # "were once allies": no longer
                        self.col.relation(view, a, rel, b, pos, ended=bool(re.search(r"\bonce\b", m.group(0))))
        for x in view.slots:  # "the FARDC has relied on local militias known as Wazalendo, as well as the FDLR"
            lean = _RELIED_ON.match(view.text, x.end - view.start) if x.type in ARMED and not x.anaphor else None
            first = view.after(view.start + lean.end(), (), ARMED, max_words=0)[:1] if lean else []
            for o in [o for o in view.group_of(first[0]) if o.start >= first[0].start] if first else ():
                if o.type in ARMED and o.eid != x.eid and not re.match(
                        r"\s+(?!(?:in|and|to|for|on|at|as|since|during|until|which|who|that|against)\b)[a-z]",
                        view.text[o.end - view.start:]):
                    self.col.relation(view, x, "allied_with", o, x.end)  # (not "relies on Iranian funding")
        for m in _ALLY.finditer(view.text):
            pos = view.start + m.start()
            if m.group(0).lower() == "ally":
                self._possessed_ally(view, m)
                continue
            participle = [x for x in named_just_before(view, pos, ACTOR_TYPES) if not x.anaphor] \
                if m.group(0).lower().startswith("allied") else []
            who = participle or subject(view, pos, ACTOR_TYPES | {"person"}) or [  # "Russian forces allied with
                x for x in view.slots if x.type in ACTOR_TYPES and x.end <= pos and m.group(0).lower().startswith("all")
                and _APPOSED_ALLY.fullmatch(view.between(x.end, pos))][-1:]  # the regime"; "Iran, a key ally of"
            if who and who[0].type == "person" and re.search(r"\bunder\s+(?:[A-Z][\w.]*\s+){0,3}$",
                                                             view.between(view.start, who[0].start)):
                who = subject(view, pos, ACTOR_TYPES)  # "X, once based in Iraq under Saddam Hussein, fought alongside Y"
            who = [w for w in who if not re.search(
                r"\b(?:led|commanded|headed)\s+by\s+(?:[A-Z][\w.]*\s+){0,3}$", view.between(view.start, w.start))]
            # (not "the regiment, led by Lieutenant Colonel Z, defended the port alongside Y": the regiment, unnamed)
            named = [o for o in view.after(view.start + m.end(), (), ACTOR_TYPES, max_words=4)
                     if not re.search(r"\bagainst\b", view.between(view.start + m.end(), o.start))]
            # (not "fought alongside federal troops against the TPLF": whom they fought, the ally unnamed)
            if named and named[0].anaphor and named[0].text.lower() in ("its", "their"):
                named = []  # "allied to al-Qaeda said its Saleh Nabhan brigade": "its" owns what follows
            others = [o for o in named if _may_ally(o) and (not view.owner_only(o, of_people=True) or re.match(
                r"['\u2019]s?\s+side\b", view.text[o.end - view.start:]))]  # "fighting on Ukraine's side": Ukraine
            if m.group(0).lower().startswith(("ally", "allies")):  # "it emerged as a key ally of the coalition":
                who, others = [w for w in who if not w.anaphor], [o for o in others if not o.anaphor]  # which, unsure
            d = view.date_near(pos)
            against = re.match(r"\s*(?:\([^()]{1,12}\)\s*)?(?:in\s+(?:the|their|its)\s+(?:fight|war|battle|struggle)\s+)?"
                               r"against\s+(?:the\s+)?", view.text[others[-1].end - view.start:]) if others else None
            foes = [f for f in view.after(others[-1].end + against.end(), (), ARMED | {"state"}, max_words=0)
                    if fights(f)] if against else []
            if who and who[0].type == "person" and re.match(r"fight|fought", m.group(0), re.I):
                continue  # "Z, who had fought for the Dawn Front": one of its men (persons), no ally
            for w in who[:1]:
                for o in others:
                    self.col.relation(view, w, "allied_with", o, pos,
                                      valid_from=d.value if d and d.text.lower().startswith("since") else None)
                for f in foes if w.type != "person" else ():  # "X cooperated with Y against Z": both fight Z
                    for side in [w] + others:
                        if side.eid != f.eid:
                            self.col.relation(view, side, "hostile_to", f, pos)
                if w.type == "person" and w.eid in self.member_groups:
                    for o in others:
                        self.col.relation(view, self.member_groups[w.eid], "allied_with", o, pos)

    def _possessed_sponsor(self, view: View) -> None:
        """'the SDF's main backer, the United States', 'its chief sponsor Iran', 'Iran, Hezbollah's main
        backer,': the owner of 'backer' is backed by the one named beside it."""
        for x in view.slots:
            if x.type not in ARMED or x.anaphor and x.text.lower() not in ("its", "their"):
                continue
            m = _OWN_SPONSOR.match(view.text, x.end - view.start)
            if not m or x.anaphor and m.group(0)[:1] in "'\u2019":
                continue
            named = [y for y in view.slots if y.type in SPONSORS and y.start == view.start + m.end()] or [
                y for y in view.slots if y.type in SPONSORS and y.end <= x.start
                and re.fullmatch(r"\s*,\s*(?:the\s+)?", view.between(y.end, x.start))][-1:]
            for y in named[:1]:
                if y.eid != x.eid:
                    self.col.relation(view, x, "backed_by", y, x.start)

    def _possessed_ally(self, view: View, m: re.Match) -> None:
        """'Iran's ally Hezbollah', 'Russia, Belgrade's traditional ally,': the owner of 'ally' and the side
        named with it are allies (an owner named by a pronoun is left: who 'its' is was often misread)."""
        by = _BACKED_BY_ALLY.search(view.text[:m.start()])
        if by:  # "government forces backed by ally Russia": the backed and the one named after 'ally'
            backed = view.before(view.start + by.start(), ARMED | {"state"}, max_gap=30)
            named = [x for x in view.after(view.start + m.end(), (), ACTOR_TYPES - {"organization"}, max_words=0)
                     if not x.anaphor]
            for b in backed[-1:]:
                for o in named[:1]:
                    if o.eid != b.eid:
                        self.col.relation(view, b, "allied_with", o, view.start + m.start())
            return
        own = re.search(r"['\u2019]s?\s+((?:[\w-]+\s+){0,2})$", view.text[:m.start()])
        if own and not all(w.islower() or w.casefold() in AFFILIATION_ADJECTIVES for w in own.group(1).split()):
            own = None  # "Hezbollah's main Shiite ally", not "Russia's Syria ally"
        if not own or re.search(r"\b(?:former|ex-|one-?time|erstwhile|onetime)", own.group(0)):
            return  # "Iran's former ally": no longer one
        at = view.start + own.start()
        owner = [x for x in view.slots if _side(x) and x.end == at and not x.anaphor]
        if not owner:
            return
        named = [x for x in view.after(view.start + m.end(), (), ACTOR_TYPES | {"person"}, max_words=1)
                 if _side(x) or x.type == "person"]
        if not named or not re.fullmatch(r"\s*,?\s*(?:the\s+)?(?:[A-Z][a-z.]+\s+){0,2}",  # "its ally President Z"
                                         view.between(view.start + m.end(), named[0].start)):
            named = [x for x in view.slots if (_side(x) or x.type == "person") and x.end <= owner[-1].start and
                     re.fullmatch(r"\s*,\s*|\s+(?:is|was|remains|remained|has\s+been|had\s+been|became)\s+"
                                  r"(?:the\s+|a\s+)?", view.between(x.end, owner[-1].start))][-1:]  # "X is Y's closest ally"
            head = [x for x in view.slots if named and named[0].type == "person" and _side(x) and x.end <= named[0].start
                    and _OF_LEADER.fullmatch(view.between(x.end, named[0].start))]
            named = head[-1:] or named  # "the Amal movement of Parliament Speaker Nabih Berri, Hezbollah's ally": Amal
        for o in named[:1]:
            if o.eid != owner[-1].eid:
                self.col.relation(view, owner[-1], "allied_with", o, view.start + m.start())


# a plural that names the sides it stands for one by one: "the two groups", "both factions"
_BOTH = re.compile(r"(?:the\s+)?(?:two|both|three)\s+(?:[a-z-]+\s+)?(?:groups|factions|movements|militias|forces|"
                   r"organi[sz]ations|armies|sides)", re.I)
# "Iran, a key ally of": an apposition naming the ally, right after the name
_APPOSED_ALLY = re.compile(r"\s*(?:\([^()]{1,12}\))?\s*,\s*(?:a|an|the|another)\s+(?:[a-z-]+\s+){0,2}")


def _side(s: Slot) -> bool:
    """An actor that can be a side: armed, a state, or an organisation that fights (not a monitor or outlet)."""
    return s.type in ACTOR_TYPES - {"organization"} or s.type == "organization" and fights(s)


def _written_out(view: View, s: Slot) -> str:
    """The name a bracketed acronym stands for when it is written just before it ('the Special Operations Group
    (SOG)'), else the slot's own text."""
    if view.text[s.start - view.start - 1:s.start - view.start] == "(":
        before = [x for x in view.slots if x.eid == s.eid and x.end < s.start
                  and re.fullmatch(r"\s*\(", view.between(x.end, s.start))]
        if before:
            return before[-1].text
    return s.text


def _its(view: View, a: int, b: int) -> Slot | None:
    """The group an "its" / "their" between a and b stands for (None when none was resolved)."""
    return next((s for s in view.slots if s.anaphor and s.text.lower() in ("its", "their") and a <= s.start < b
                 and s.type in LEADABLE), None)


def _listed(view: View, start: int, whole: Slot) -> list[Slot]:
    """The armed actors named in the list that begins at `start` ("including A, B and C", "its member
    organisations, A (X), B (Y) and C"), up to the clause's verb or a comma before a lower-case word."""
    rest = view.text[start - view.start:]
    stop = _LIST_END.search(rest)
    limit = start + (stop.start() if stop else len(rest))
    return [s for s in view.slots if s.type in ARMED and start <= s.start < limit and s.eid != whole.eid]


def _object_places(view: View, at: int, words: int, held: bool = False) -> list[Slot]:
    """The places a verb at `at` takes (within `words` words), none past its clause: "holds most of the province
    and attacked Kafr Nabl" holds no Kafr Nabl."""
    places = _one_list(view, view.places_after(at, words), held=held)
    return [] if places and _OTHER_CLAUSE.search(view.between(at, places[0].start)) else places


def _one_list(view: View, places: list[Slot], held: bool = False) -> list[Slot]:
    """The first place and those listed with it: 'holds most of P, attacked Q' holds P only, 'P south of Q'
    P only. What is `held` is not the place that locates it ('control of al-Masasneh village in Hama'), where
    a presence is ('operations in al-Masasneh village in Hama')."""
    out = places[:1]
    for p in places[1:]:
        gap = view.between(out[-1].end, p.start)
        if not re.fullmatch(r"[\s,]*(?:(?:and|or|as well as)\s+)?(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:of\s+|in\s+)?", gap) \
                or re.search(r"\w+ed\b", gap) or _LOCATOR.search(gap + p.text[:20]) and not _LIST_JOIN.search(gap):
            break  # "Jabal Badro neighborhood to the south of Masaken Hanano": the second place only locates it
        if held and re.match(r"\s+(?:village|town|city|neighbou?rhood|district|suburb|area|camp|base|airport)s?\s+"
                             r"(?:in|of|near)\s", gap):
            break  # "al-Masasneh village in Hama": Hama only locates it
        if APPOSED_LOCATOR.fullmatch(gap):
            break  # "El Fasher, the last army stronghold in Darfur": an apposition that locates it
        out.append(p)
    return out


_HELD_BY_KIND = re.compile(r"\b(?:rebel|opposition|regime|government|militant|jihadist|insurgent|army|islamist|"
                           r"extremist|terrorist|separatist|militia|Kurdish|Houthi|Taliban)\s+$", re.I)
_HELD_WHAT = re.compile(r"\s+(?:areas?|villages?|towns?|districts?|neighbou?rhoods?|territor(?:y|ies)|parts?|"
                        r"cit(?:y|ies)|zones?|regions?|enclaves?|pockets?|positions?|suburbs?|countryside)\b", re.I)
# what ends the object of a verb before the next place: a relative pronoun, a coordinated verb
_OTHER_CLAUSE = re.compile(r"[;:]|,\s*(?:and\s+)?(?:then\s+)?[a-z]+ed\b|\b(?:which|who|that|while|but|"
                           r"and\s+(?:then\s+)?(?:[a-z]+ed|[a-z]+s)\s)", re.I)
_LIST_JOIN = re.compile(r",|\b(?:and|or|in)\b")  # "around Lake Chad and in the north of Borno": two places
_IS_BETWEEN = re.compile(r"\b(?:is|are|was|were|became|becomes|become|remains?|remained|serve[sd]? as|act(?:s|ed)? as|"
                         r"operate[sd]? as|function(?:s|ed)? as|began as|"
                         r"started as|emerged as|describe[sd]? as|regarded as|considered|seen as)\b")
_LOCATOR = re.compile(r"\b(?:(?:north|south|east|west)\w*\s+of|near|outside|around|close\s+to)\b", re.I)


def _with_coordinated_countries(view: View, places: list[Slot]) -> list[Slot]:
    """'operating in Syria and Lebanon': a state named right after a place, in the same list, is a
    place too."""
    out = list(places)
    for s in view.slots:
        if s.type == "state" and any(
                p.end <= s.start and re.fullmatch(r"\s*(?:,|,?\s*and|,?\s*or)\s*", view.between(p.end, s.start))
                for p in out):
            out.append(s)
    return sorted(out, key=lambda x: x.start)


def _role_taken(view: View, a: int, b: int):
    """The date between a person (ending at `a`) and the group (starting at `b`) that opens the clause in which
    he took his role there ("Z, who in 2016 became head of X"), or None."""
    return next((d for d in view.dates if d.kind == "date" and a < d.start and d.end < b and
                 _BECAME.match(view.between(d.end, b))), None)


def _copula_between(view: View, a: int, b: int) -> bool:
    return bool(re.search(r"\b(?:is|are|was|were)\b", view.between(a, b)))


def _object_clause_subject(view: View, head: Slot, types) -> Slot | None:
    """The name of `types` that opens a relative clause on `head`, its subject: Iran in "the Hawks Brigade (HB), which
    Iran supports, ..." (the verb after it is the caller's to read)."""
    which = re.match(r"\s*(?:\([^()]*\)\s*)?,\s*(?:which|that|whom)\s+(?:the\s+)?", view.text[head.end - view.start:])
    return next((x for x in view.slots if which and x.start == head.end + which.end() and x.type in types
                 and not x.anaphor), None)


def _clean_role(role: str) -> str:
    role = re.sub(r"\s+", " ", role.strip()).lower()
    former = role.startswith("former ")
    role = re.sub(r"^(?:former|official|top)\s+", "", role)
    return f"{role} (former)" if former else role
