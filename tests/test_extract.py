"""Mentions, coreference, entities, relations and events, on sentences written in the style of news."""
from __future__ import annotations

import pytest

from orbat.extract.mentions import MentionFinder
from orbat.extract.names import looks_like_chrome
from orbat.extract.pipeline import extract
from orbat.extract.sentences import split_sentences


def facts(text: str, published: str | None = "2020-03-10"):
    """(relations as name triples, events as dicts of names) of an extraction."""
    x = extract(text, published=published)
    name = {e.id: e.name for e in x.entities}
    rels = {(name[r.subject], r.relation, name[r.object], r.polarity) for r in x.relations}
    evs = [{"type": v.type, "date": v.date, "agent": {name[a] for a in v.agent},
            "from": {name[a] for a in v.from_}, "to": {name[a] for a in v.to},
            "target": {name[a] for a in v.target}} for v in x.events]
    return x, rels, evs


def clashes(evs: list[dict]) -> list[tuple]:
    """(agents, targets) of each clash among the events of `facts`."""
    return [(v["agent"], v["target"]) for v in evs if v["type"] == "clash"]


def memberships(text: str, published: str | None = None) -> list[tuple]:
    """(person, group, role, valid_from, valid_until) of every member_of relation (publication date unknown
    unless given)."""
    x = extract(text, published=published)
    name = {e.id: e.name for e in x.entities}
    return [(name[r.subject], name[r.object], r.role, r.valid_from, r.valid_until) for r in x.relations
            if r.relation == "member_of"]


def test_sentences_keep_offsets_and_ranks():
    text = "Cpt. Ali Hamdan led the unit. It left on Monday.\n\nA new paragraph."
    sents = split_sentences(text)
    assert [s.text for s in sents] == ["Cpt. Ali Hamdan led the unit.", "It left on Monday.", "A new paragraph."]
    assert all(text[s.start:s.end] == s.text for s in sents)


@pytest.mark.parametrize("sentence, name, typ", [
    ("Fighters of the Sawaiq al-Rahman brigade shelled the town.", "Sawaiq al-Rahman brigade", "armed_group"),
    ("The 3rd Infantry Division withdrew.", "3rd Infantry Division", "armed_group"),
    ("Jaish al-Mujahideen announced its dissolution.", "Jaish al-Mujahideen", "armed_group"),
    ("Maj. Karim Haddad, the commander, was wounded.", "Karim Haddad", "person"),
    ("Reinforcements reached the town of Kafr Zita overnight.", "Kafr Zita", "place"),
    ("The Rapid Support Forces shelled El Fasher.", "Rapid Support Forces", "armed_group"),
    ("Fighters of the Dawn Front pushed toward Tripoli in April 2019.", "Tripoli", "place"),  # the city, not Libya
    ("The rebels captured a string of towns, among them Bria and Kidal.", "Bria", "place"),  # listed with a place
    ("The group is based in the Sulu Archipelago and Basilan.", "Sulu Archipelago", "place"),
])
def test_mentions_are_found_and_typed(sentence, name, typ):
    found = {(m.text, m.type) for m in MentionFinder().find(sentence)}
    assert (name, typ) in found


def test_rank_is_an_attribute_not_part_of_the_name():
    m = [m for m in MentionFinder().find("Col. Samir Aboud spoke.") if m.type == "person"][0]
    assert m.text == "Samir Aboud" and m.attrs["rank"] == "Col."


def test_possessive_unit_belongs_to_its_owner():
    _, rels, _ = facts("Jaysh al-Nasr's Northern Force clashed with regime forces near Hama.")
    assert ("Northern Force", "part_of", "Jaysh al-Nasr", "affirmed") in rels


def test_coordinated_defection_ends_membership_at_the_resolved_date():
    text = ("Last November, fighters of the Omar Brigade, the Badr Battalion and the 2nd Artillery Company "
            "defected from the group Jaysh al-Tahrir.")
    x, rels, evs = facts(text)
    for unit in ("Omar Brigade", "Badr Battalion", "2nd Artillery Company"):
        assert (unit, "part_of", "Jaysh al-Tahrir", "affirmed") in rels
    dfx = [e for e in evs if e["type"] == "defection"][0]
    assert dfx["agent"] == {"Omar Brigade", "Badr Battalion", "2nd Artillery Company"}
    assert dfx["from"] == {"Jaysh al-Tahrir"} and dfx["date"] == "2019-11"
    assert all(r.valid_until == "2019-11" for r in x.relations if r.relation == "part_of")


def test_the_group_resolves_to_the_owner_not_the_units():
    text = ("Jaysh al-Tahrir has lost many fighters. Last month the Omar Brigade, the Badr Battalion and "
            "the Hamza Company defected from the group.")
    _, rels, _ = facts(text)
    assert ("Badr Battalion", "part_of", "Jaysh al-Tahrir", "affirmed") in rels


def test_compound_modifiers_give_sponsors_and_affiliations():
    _, rels, _ = facts("The Turkish-backed Sham Legion fought the al-Qaeda-linked Nusra Front in Idlib.")
    assert ("Sham Legion", "backed_by", "Turkey", "affirmed") in rels
    assert ("Nusra Front", "affiliated_with", "al-Qaeda", "affirmed") in rels
    assert ("Sham Legion", "hostile_to", "Nusra Front", "affirmed") in rels


def test_refusal_is_a_negated_relation_not_an_event():
    _, rels, evs = facts("The Hamza Division reportedly refused to join the National Front for Liberation.")
    assert ("Hamza Division", "part_of", "National Front for Liberation", "negated") in rels
    assert not [e for e in evs if e["type"] == "joining"]


def test_formation_then_joining_by_the_new_group():
    text = ("The defectors announced on March 2 that they have formed a new group, named the 9th Division, "
            "and joined the ranks of the Sham Legion.")
    _, rels, evs = facts(text)
    assert {"type": "formation", "date": "2020-03-02", "agent": {"9th Division"}, "from": set(), "to": set(),
            "target": set()} in evs
    join = [e for e in evs if e["type"] == "joining"][0]
    assert join["agent"] == {"9th Division"} and join["to"] == {"Sham Legion"}
    assert ("9th Division", "part_of", "Sham Legion", "affirmed") in rels


def test_roles_of_persons():
    text = "The commander of the Raqqa Military Council, Abu Hamza al-Tal, was killed in an ambush on Friday."
    x, rels, evs = facts(text)
    member = [r for r in x.relations if r.relation == "member_of"][0]
    assert member.role == "commander"
    assert ("Abu Hamza al-Tal", "member_of", "Raqqa Military Council", "affirmed") in rels
    lead = [e for e in evs if e["type"] == "leadership_change"][0]
    assert lead["agent"] == {"Abu Hamza al-Tal"} and lead["date"] == "2020-03-06"


def test_acronym_defined_once_names_the_same_entity_later():
    x, rels, _ = facts("The Syrian Democratic Forces (SDF) entered Raqqa. Later the SDF clashed with the "
                       "Islamic State in Deir ez-Zor.")
    sdf = [e for e in x.entities if e.name == "Syrian Democratic Forces"][0]
    assert "SDF" in sdf.aliases
    assert ("Syrian Democratic Forces", "hostile_to", "Islamic State", "affirmed") in rels


def test_hedged_analysis_is_not_asserted():
    x, _, _ = facts("The defection of these units from Jaysh al-Tahrir was likely a result of the defeat.")
    assert x.events and all(e.modality in ("likely", "possible") for e in x.events)


def test_unknown_publication_date_keeps_unknown_year():
    _, _, evs = facts("Last October, the Omar Brigade defected from Jaysh al-Tahrir.", published=None)
    assert [e["date"] for e in evs if e["type"] == "defection"] == ["XXXX-10"]


def test_seed_page_end_to_end(shared):
    seed = (shared / "seed" / "000_e7dce2f3373c69a2.txt").read_text(encoding="utf-8")
    x, rels, evs = facts(seed, published="2019-12-16")
    assert "MARCH 2021" not in x.document.text and "Jaysh Al-Izza Defectors" in x.document.title
    assert ("al-Hamza Brigade", "part_of", "Jaysh al-Izza", "affirmed") in rels
    assert ("Central Force", "part_of", "Jaysh al-Izza", "affirmed") in rels
    assert ("5th Division", "part_of", "al-Sham Legion", "affirmed") in rels
    assert ("Jaysh al-Izza", "part_of", "National Front for Liberation", "negated") in rels
    dfx = [e for e in evs if e["type"] == "defection" and "al-Hamza Brigade" in e["agent"]][0]
    assert dfx["date"] == "2019-10" and dfx["from"] == {"Jaysh al-Izza"}
    undated = extract(seed)
    assert undated.document.published is None
    assert not any(str(e.date).startswith(("2020", "2021")) for e in undated.events)


@pytest.mark.parametrize("text, want", [
    ("The Northern Hawks Brigade, a rebel group in Syria, was formed in 2014. The headquarters of the NHB is "
     "located in the town of Kafr Zita.", ("Northern Hawks Brigade", "operates_in", "Kafr Zita", "affirmed")),
    ("In July 2017, the commander of the Northern Hawks Brigade, Karim Haddad, said the group would fight on.",
     ("Karim Haddad", "member_of", "Northern Hawks Brigade", "affirmed")),
    ("The clashes pitted the Northern Hawks Brigade against the Southern Storm Brigade and the Dawn Battalion.",
     ("Northern Hawks Brigade", "hostile_to", "Dawn Battalion", "affirmed")),
    ("The Northern Hawks Brigade severed ties with al Qaeda last year.",
     ("Northern Hawks Brigade", "affiliated_with", "al Qaeda", "affirmed")),
    ("The Dawn Battalion, al-Qaeda's former branch in Syria, shelled the town.",
     ("Dawn Battalion", "affiliated_with", "al-Qaeda", "affirmed")),
    ("The 1st Infantry Brigade of the Syrian Arab Army shelled the town.",
     ("1st Infantry Brigade", "part_of", "Syrian Arab Army", "affirmed")),
    ("The Southern Front, whose forces hold most of Daraa province, rejected the deal.",
     ("Southern Front", "controls", "Daraa", "affirmed")),
    ("The Hawks Brigade, a faction loyal to Colonel Ahmed Jaber, clashed with the army.",
     ("Ahmed Jaber", "member_of", "Hawks Brigade", "affirmed")),
    ("Haftar's Libyan National Army attacked the town.", ("Haftar", "member_of", "Libyan National Army", "affirmed")),
    ("Darassa's UPC, whose fighters control much of Ouaka, joined the CPC in December.",
     ("Darassa", "member_of", "UPC", "affirmed")),
])
def test_constructions_of_news_and_encyclopedias(text, want):
    _, rels, _ = facts(text)
    assert want in rels


@pytest.mark.parametrize("text,wrong", [
    ("The US-led coalition which launched an air war against ISIL in Syria said it had struck Raqqa.",
     ("ISIL", "part_of", "US-led coalition", "affirmed")),
    ("The SDF mainly comprising of Kurdish fighters repelled ISILs offensives near the villages.",
     ("ISIL", "part_of", "SDF", "affirmed")),
])
def test_an_enemy_is_never_read_as_a_member(text, wrong):
    _, rels, _ = facts(text)
    assert wrong not in rels


@pytest.mark.parametrize("text,leader,group", [
    ("Gunmen of Tomas Reyna's Popular Liberation Union raided the village.", "Tomas Reyna", "Popular Liberation Union"),
    ("Delegates of Amina Sesay's Freedom Party walked out of the talks.", "Amina Sesay", "Freedom Party"),
    ("Fighters loyal to Idris Kanu's NPDF held the bridge.", "Idris Kanu", "NPDF"),
])
def test_a_person_owning_an_organization_leads_it(text, leader, group):
    x, rels, _ = facts(text)
    names = {e.name: e.type for e in x.entities}
    assert names.get(leader) == "person" and group in names
    assert (leader, "member_of", group, "affirmed") in rels


@pytest.mark.parametrize("text,name", [
    ("The Eastern People's Liberation Front fought the army.", "Eastern People's Liberation Front"),
    ("The Cambodian People's Party won the vote.", "Cambodian People's Party"),
])
def test_a_peoples_organization_stays_one_name(text, name):
    x, _, _ = facts(text)
    assert name in {e.name for e in x.entities}




def test_severed_ties_end_the_affiliation_then():
    x, _, _ = facts("The Northern Hawks Brigade severed ties with al Qaeda last year.", "2017-10-05")
    rel = next(r for r in x.relations if r.relation == "affiliated_with")
    assert rel.valid_until == "2016" and rel.valid_from is None


def test_since_dates_a_relation():
    x, _, _ = facts("Since April 2013, the Northern Hawks Brigade cooperated with the Dawn Battalion.")
    rel = next(r for r in x.relations if r.relation == "allied_with")
    assert rel.valid_from == "2013-04"


def test_a_monitor_quoted_as_source_takes_no_part():
    _, rels, evs = facts("The Syrian Observatory for Human Rights said the Dawn Battalion attacked the Northern "
                         "Hawks Brigade near Atarib.")
    assert not any("Syrian Observatory for Human Rights" in (s, o) for s, _, o, _ in rels)
    assert all("Syrian Observatory for Human Rights" not in e["agent"] | e["target"] for e in evs)


def test_alongside_names_co_agents_of_a_capture():
    _, _, evs = facts("Alongside the Dawn Battalion and the Northern Hawks Brigade, the Southern Storm Brigade "
                      "captured the town of Kafr Zita on Monday.")
    cap = next(e for e in evs if e["type"] == "capture")
    assert cap["agent"] == {"Dawn Battalion", "Northern Hawks Brigade", "Southern Storm Brigade"}


def test_taking_part_in_a_battle_is_a_clash():
    _, _, evs = facts("Local sources said the Dawn Battalion was involved in the battle for Kafr Zita.")
    assert any(e["type"] == "clash" and e["agent"] == {"Dawn Battalion"} for e in evs)


def test_fighting_alongside_is_an_alliance_not_a_hostility():
    _, rels, _ = facts("The Dawn Battalion is fighting alongside the Syrian army in Aleppo.")
    assert ("Dawn Battalion", "allied_with", "Syrian army", "affirmed") in rels
    assert not any(r == "hostile_to" for _, r, _, _ in rels)


def test_a_new_alliance_calling_itself_x_is_formed():
    _, _, evs = facts("On Thursday a new rebel alliance calling itself the Dawn Front attacked the town.")
    assert any(e["type"] == "formation" and e["agent"] == {"Dawn Front"} for e in evs)


def test_subject_of_a_leading_after_clause_expels():
    _, _, evs = facts("After ISIL expelled the Dawn Battalion and other rebel groups from the town of Kafr Zita, "
                      "the battalion moved north.")
    cap = next(e for e in evs if e["type"] == "capture")
    assert cap["agent"] == {"Islamic State"} or cap["agent"] == {"ISIL"}
    assert "Dawn Battalion" in cap["from"]


def test_in_conflict_with_an_apposed_militia():
    _, rels, _ = facts("The Dawn Battalion has been in conflict with another militia, the Vostok Battalion, for months.")
    assert ("Dawn Battalion", "hostile_to", "Vostok Battalion", "affirmed") in rels


@pytest.mark.parametrize("text", [
    "The Dawn Battalion joined the Raqqa Liberation Front along with the Ahfad al-Rasul Brigade.",
    "The Dawn Battalion joined a coalition called the Raqqa Liberation Front, along with other groups including "
    "the Ahfad al-Rasul Brigade.",
])
def test_along_with_names_who_joined_too(text):
    _, rels, _ = facts(text)
    assert {("Dawn Battalion", "part_of", "Raqqa Liberation Front", "affirmed"),
            ("Ahfad al-Rasul Brigade", "part_of", "Raqqa Liberation Front", "affirmed")} <= rels
    assert ("Dawn Battalion", "part_of", "Ahfad al-Rasul Brigade", "affirmed") not in rels


def test_moving_into_a_place_starts_presence_there():
    x, _, _ = facts("In 2014 the Dawn Battalion moved into the town of Kafr Zita.")
    rel = next(r for r in x.relations if r.relation == "operates_in")
    assert rel.valid_from == "2014"


def test_a_leader_killed_is_a_leadership_change_but_his_men_killed_is_not():
    _, _, killed = facts("Karim Haddad, the commander of the Dawn Battalion, was killed in an air strike on Monday.")
    assert any(e["type"] == "leadership_change" and e["agent"] == {"Karim Haddad"} for e in killed)
    _, _, injured = facts("Karim Haddad, the commander of the Dawn Battalion, was injured in an air strike that also "
                          "killed 12 of his fighters.")
    assert not any(e["type"] == "leadership_change" for e in injured)


def test_coordinated_passive_names_the_agent_after_by():
    _, _, evs = facts("The Dawn Battalion was arrested and disarmed by the Levant Front and the Turkish Army.")
    clash = next(e for e in evs if e["type"] == "clash")
    assert clash["target"] == {"Dawn Battalion"} and "Levant Front" in clash["agent"]


def test_demonym_forces_are_the_national_force():
    x, rels, _ = facts("Syrian forces backed by Lebanese Hezbollah fighters have entered the town of Zabadani.")
    forces = next(e for e in x.entities if e.name == "Syrian forces")
    assert forces.type == "state_force"
    assert ("Syrian forces", "backed_by", "Lebanese Hezbollah", "affirmed") in rels
    assert not any(e.type == "state" for e in x.entities)


def test_a_commander_fighting_speaks_for_his_group():
    _, rels, _ = facts("The commander of the Dawn Battalion, Karim Haddad, died of wounds he suffered on the front "
                       "against the Islamic State.")
    assert ("Dawn Battalion", "hostile_to", "Islamic State", "affirmed") in rels or \
        ("Islamic State", "hostile_to", "Dawn Battalion", "affirmed") in rels


def test_army_of_names_and_they_as_the_group():
    _, rels, _ = facts("The Army of the South-East was a militant group that occupied buildings in the town of "
                       "Kafr Zita. Its fighters were well armed. They were affiliated with the Dawn Front.")
    assert ("Army of the South-East", "operates_in", "Kafr Zita", "affirmed") in rels
    assert ("Army of the South-East", "part_of", "Dawn Front", "affirmed") in rels or \
        ("Army of the South-East", "affiliated_with", "Dawn Front", "affirmed") in rels


@pytest.mark.parametrize("text, polarity", [
    ("The Dawn Battalion refused to join the Levant Front.", "negated"),
    ("The Dawn Battalion did not join the Levant Front.", "negated"),
    ("The Dawn Battalion threatened to leave if it was not aided by other rebels in its fight against the "
     "Levant Front.", "affirmed"),
])
def test_negation_governs_only_its_own_verb(text, polarity):
    x, _, _ = facts(text)
    rel = next(r for r in x.relations if "Levant Front" in {e.name for e in x.entities if e.id == r.object})
    assert rel.polarity == polarity


def test_a_handover_is_no_hostility():
    _, rels, evs = facts("The Dawn Battalion handed over the town of Kafr Zita to the Syrian Army on Monday.")
    assert any(e["type"] == "capture" for e in evs)
    assert not any(r == "hostile_to" for _, r, _, _ in rels)


def test_acronyms_hyphenated_before_an_operations_room_are_its_members():
    _, rels, _ = facts("In September 2014, the Dawn Battalion joined the YPG-FSA Euphrates Volcano joint operations room.")
    room = "Euphrates Volcano joint operations room"
    assert {("Dawn Battalion", "part_of", room, "affirmed"), ("YPG", "part_of", room, "affirmed")} <= rels
    assert not any(o == "YPG" for _, _, o, _ in rels)


def test_a_group_noun_in_a_place_is_presence():
    _, rels, _ = facts("The envoy met leaders of the Dawn Front alliance in southern Syria on Tuesday.")
    assert ("Dawn Front", "operates_in", "southern Syria", "affirmed") in rels


def test_the_clashes_take_the_date_the_previous_sentence_gave_them():
    _, _, evs = facts("Fierce clashes near Damascus left 40 dead on 28 April 2017, a monitor said. The clashes pitted "
                      "the Dawn Battalion against the Northern Hawks Brigade.")
    clash = next(e for e in evs if e["type"] == "clash" and "Dawn Battalion" in e["agent"])
    assert clash["date"] == "2017-04-28"


def test_soon_after_dates_an_event_about_the_previous_year():
    _, _, evs = facts("In 2012, he established an armed group near Raqqa. The group soon merged with the Dawn "
                      "Battalion to form the Northern Hawks Brigade.")
    merged = next(e for e in evs if e["type"] in ("merger", "formation"))
    assert merged["date"] == "2012~"


def test_a_month_named_may_is_no_modal():
    x = extract("The Kachin Independence Army, an insurgent group in Myanmar, shelled the base in May 2021.",
                published="2021-08-01")
    assert {r.modality for r in x.relations} == {"asserted"}
    x = extract("The Kachin Independence Army may be operating in Shan State.", published="2021-08-01")
    assert {r.modality for r in x.relations} == {"possible"}


def test_apposed_group_with_a_hyphenated_descriptor_is_present_in_the_place():
    _, rels, _ = facts("The Kachin Independence Army, a pro-democracy insurgent group in Myanmar, shelled a base.")
    assert ("Kachin Independence Army", "operates_in", "Myanmar", "affirmed") in rels


@pytest.mark.parametrize("text", [
    "Al-Qaeda's Yemeni branch, the Ansar al-Sharia, claimed the attack.",
    "Government troops fought al-Qaeda's hardline Yemen branch Ansar al-Sharia in Abyan.",
])
def test_a_branch_named_in_apposition_is_affiliated(text):
    x, rels, evs = facts(text)
    assert ("ansar al-sharia", "affiliated_with", "al-qaeda", "affirmed") in {
        (s.casefold(), r, o.casefold(), p) for s, r, o, p in rels}
    assert all(e.type != "state" for e in x.entities)  # "Yemen branch": a theatre, not an actor


def test_a_monitor_quoted_through_its_chief_takes_no_part_in_the_fighting():
    _, rels, evs = facts("The Syrian Observatory for Human Rights counted 12 dead. Rebels clashed with government "
                         "forces in Hama, Observatory chief Rami Abdel Rahman said.")
    assert ("Rami Abdel Rahman", "member_of", "Syrian Observatory for Human Rights", "affirmed") in rels
    assert not any("Syrian Observatory for Human Rights" in e["agent"] | e["target"] for e in evs)
    assert not any(r[0] == "Rami Abdel Rahman" and r[2] != "Syrian Observatory for Human Rights" for r in rels)


def test_a_plural_anaphor_stands_for_the_groups_named_before():
    _, rels, evs = facts("In May, the Zintan Brigade joined the Western Shield, along with the Nalut Battalion. "
                         "After the battle, these groups laid siege to the 32nd Brigade in Tarhuna.")
    for g in ("Zintan Brigade", "Nalut Battalion"):
        assert (g, "hostile_to", "32nd Brigade", "affirmed") in rels or \
            ("32nd Brigade", "hostile_to", g, "affirmed") in rels
    for count, hostile in (("two", True), ("three", False)):  # a count that does not fit resolves nothing
        _, rels, _ = facts(f"The Zintan Brigade and the Nalut Battalion held Tarhuna. The {count} groups later "
                           "attacked the 32nd Brigade.")
        assert (("Zintan Brigade", "hostile_to", "32nd Brigade", "affirmed") in rels) is hostile


def test_a_sentence_opening_with_it_continues_the_previous_subject():
    _, rels, _ = facts("In September, the Raqqa Revolutionaries Brigade joined the Euphrates Volcano operations "
                       "room. It received anti-tank missiles from the United States.")
    assert ("Raqqa Revolutionaries Brigade", "backed_by", "United States", "affirmed") in rels
    assert not any(r[0] == "Euphrates Volcano" and r[1] == "backed_by" for r in rels)


def test_not_fully_integrated_is_still_a_member_and_the_countryside_is_a_place():
    _, rels, _ = facts("The Hamza Division became part of the Syrian National Army, although it was not fully "
                       "integrated into the Syrian National Army. It moved into the northern Aleppo countryside.")
    assert not any(r[3] == "negated" for r in rels)
    assert ("Hamza Division", "operates_in", "northern Aleppo countryside", "affirmed") in rels


@pytest.mark.parametrize("sentence, names", [
    # commas and full stops a crawler lost
    ("Tags Sudan Darfur Rapid Support Forces El Fasher The Sudanese Armed Forces shelled the town.",
     {"Rapid Support Forces", "Sudanese Armed Forces"}),
    ("The militia attacked fighters from groups including the FSA SRF Hazzm Maarat al-Noman martyrs brigade.",
     {"FSA", "SRF", "Hazzm", "Maarat al-Noman martyrs brigade"}),
    # a group's officer named with a capitalised title
    ("Hezbollah Secretary General Hassan Nasrallah said the party would fight.", {"Hezbollah", "Hassan Nasrallah"}),
    ("UN Special Envoy Staffan de Mistura met the rebels.", {"UN", "Staffan de Mistura"}),
])
def test_runs_of_names_are_split_where_news_text_joins_them(sentence, names):
    f = MentionFinder()
    f.find("The Syrian Revolutionary Front (SRF) was routed.")
    assert names <= {m.text for m in f.find(sentence)}


def test_a_gloss_in_brackets_does_not_part_a_name_from_its_apposition():
    _, rels, _ = facts("The Russian Orthodox Army (Russkaya pravoslavnaya armiya), a pro-Russian insurgent group "
                       "in Ukraine, appeared in May 2014.")
    assert ("Russian Orthodox Army", "operates_in", "Ukraine", "affirmed") in rels


def test_an_unnamed_regional_branch_is_a_unit_that_defects_and_forms_another():
    x, rels, evs = facts("In 2019, the Hamza Division's eastern Ghouta branch working with the Southern Front defected "
                         "to the Sham Legion and formed the Knights Brigade.")
    branch = "Hamza Division's eastern Ghouta branch"
    assert branch in {e.name for e in x.entities}
    assert (branch, "part_of", "Hamza Division", "affirmed") in rels
    assert (branch, "allied_with", "Southern Front", "affirmed") in rels or \
        ("Southern Front", "allied_with", branch, "affirmed") in rels
    assert ("Knights Brigade", "part_of", "Sham Legion", "affirmed") in rels
    assert not any(r[0] == "Knights Brigade" and r[2] == branch for r in rels)
    d = next(e for e in evs if e["type"] == "defection")
    assert d["agent"] == {branch} and d["from"] == {"Hamza Division"} and d["to"] == {"Sham Legion"}


def test_a_relative_clause_names_the_coalition_a_group_became_part_of():
    _, rels, _ = facts("The talks followed the formation of Tahrir al-Sham, which the Nour al-Din al-Zenki "
                       "Movement's main branch became part of.")
    assert ("Nour al-Din al-Zenki Movement", "part_of", "Tahrir al-Sham", "affirmed") in rels
    assert not any(r[0] == "Tahrir al-Sham" and r[1] == "part_of" for r in rels)


@pytest.mark.parametrize("text, person, group", [
    ("Rebels burned a house belonging to Mithqal al-Abdallah, a former Syrian Revolutionary Front (SRF) "
     "commander.", "Mithqal al-Abdallah", "Syrian Revolutionary Front"),
    ("Hassan Nasrallah, Hezbollah's leader, spoke on Sunday.", "Hassan Nasrallah", "Hezbollah"),
    ("Hezbollah Secretary General Hassan Nasrallah said the party would fight on.", "Hassan Nasrallah", "Hezbollah"),
    ("Fighters swore allegiance to Igor Girkin, insurgent and Minister of Defence of the self-declared Donetsk "
     "People's Republic.", "Igor Girkin", "Donetsk People's Republic"),
    # a person named before "the faction's" role is a person of the faction, not a faction
    ("The Ambazonia Defence Forces attacked a checkpoint on Monday. Eben Tabe, the faction's secretary-general, "
     "said the fighters were safe.", "Eben Tabe", "Ambazonia Defence Forces"),
    # a head named before the source he heads, its comma lost, belongs to it
    ("Rami Abdel Rahman the head of the Britain-based Syrian Observatory for Human Rights (SOHR) said on Thursday "
     "that four soldiers were killed in Hama.", "Rami Abdel Rahman", "Syrian Observatory for Human Rights"),
    # "whose commander Z": the role in the group before
    ("The government hired the Sentinel Guards, a foreign-run firm, whose commander Dirk Hale was killed in an "
     "ambush.", "Dirk Hale", "Sentinel Guards"),
    # a title before the name and the role after it, its comma lost: the role after names the group
    ("The army identified the dead commander as Abu Omar al-Fadel head of the rebel Falcon Brigade on Monday.",
     "Abu Omar al-Fadel", "Falcon Brigade"),
    ("The cabinet of Prime Minister Karim Saad a senior Hamas leader met in Gaza on Sunday.", "Karim Saad", "Hamas"),
    # "leader of its X": the unit named after "its", not its owner
    ("The Islamic State named Abu Yasir al-Tikriti as leader of its Sahel Province (ISSP) in March.",
     "Abu Yasir al-Tikriti", "ISSP"),
    # an alias between the name and its apposed role
    ("Police said Jorge Ruiz Andrade, alias Tigre, the leader of Los Lobos, had fled.", "Jorge Ruiz Andrade",
     "Los Lobos"),
    # a title opening the sentence, its group named with "forces"
    ("Commander-in-Chief of the Peshmerga forces, Nechirvan Rasul, will visit the front.", "Nechirvan Rasul",
     "Peshmerga"),
    # a man who proclaims himself its leader
    ("In 2011 Aslan Dudarov declared himself emir of the Caucasus Emirate.", "Aslan Dudarov", "Caucasus Emirate"),
    # forces or a government under a leader: his
    ("FRELIMO forces under Joaquim Chissano crossed the border.", "Joaquim Chissano", "FRELIMO"),
])
def test_a_person_apposed_to_a_group_role(text, person, group):
    x, rels, _ = facts(text)
    assert (person, "member_of", group, "affirmed") in rels


def test_a_handover_and_the_rest_of_the_fighters_leaving_date_control_and_presence():
    x = extract("On 19 August 2016, the Jarablus Military Council said it was taking over the security of Tell Abyad "
                "from the YPG. On 17 November 2016, the rest of the YPG fighters left Tell Abyad.", published="2017-01-01")
    name = {e.id: e.name for e in x.entities}
    got = {(name[r.subject], r.relation, name[r.object]): (r.valid_from, r.valid_until) for r in x.relations}
    assert got[("Jarablus Military Council", "controls", "Tell Abyad")] == ("2016-08-19", None)
    assert got[("YPG", "operates_in", "Tell Abyad")][1] == "2016-11-17"


@pytest.mark.parametrize("text, published, until", [
    ("On 29 August 2017, Adnan Abu Amjad, general commander of the Manbij Military Council, was killed in action.",
     "2017-09-01", "2017-08-29"),
    ("Last October, the al-Hamza Brigade defected from Jaysh al-Izza. Many commanders also defected from Jaysh "
     "al-Izza, including the group's spokesman, Cpt. Mustafa Maarati.", "2019-12-16", "2019-10"),
])
def test_a_commander_killed_or_defected_is_a_member_until_that_day(text, published, until):
    x = extract(text, published=published)
    (r,) = [r for r in x.relations if r.relation == "member_of"]
    assert r.valid_until == until


def test_the_ties_of_a_group_formed_in_a_sentence_date_from_its_formation():
    x = extract("In 2012, six groups merged to form Liwa Thuwar al-Raqqa, initially based in Tell Abyad and part of "
                "the Revolutionary Military Council.", published="2015-01-01")
    name = {e.id: e.name for e in x.entities}
    got = {(name[r.subject], r.relation, name[r.object]): r.valid_from for r in x.relations}
    assert got[("Liwa Thuwar al-Raqqa", "part_of", "Revolutionary Military Council")] == "2012"
    assert got[("Liwa Thuwar al-Raqqa", "operates_in", "Tell Abyad")] == "2012"


def test_the_two_sides_are_the_groups_of_the_sentences_before():
    _, rels, evs = facts("Jaish al-Islam said its opponents had provoked the clashes. Faylaq al-Rahman denied the "
                         "allegation. In May 2016 more than 300 people were killed in a battle between the two sides.")
    (clash,) = [e for e in evs if e["type"] == "clash"]
    assert clash["agent"] | clash["target"] == {"Jaish al-Islam", "Faylaq al-Rahman"} and clash["date"] == "2016-05"


def test_an_event_following_the_announcement_takes_its_date():
    _, _, evs = facts("In July 2017, Liwa Ahfad Saladin declared that it would not join the offensive. Following the "
                      "announcement, the group was arrested and disarmed by the Levant Front.")
    (clash,) = [e for e in evs if e["type"] == "clash"]
    assert clash["agent"] == {"Levant Front"} and clash["target"] == {"Liwa Ahfad Saladin"}
    assert clash["date"] == "2017-07"


@pytest.mark.parametrize("text, agent, target", [
    ("Six Hamas fighters were killed in an Israeli airstrike on Monday.", {"Israel"}, {"Hamas"}),
    ("The monitor reported the death of two senior Islamic State group (IS) leaders in a suspected US airstrike "
     "on Monday.", {"United States"}, {"Islamic State"}),
    ("In early November 2014 al-Nusra started expanding into the countryside around Idlib after clashing with "
     "other opposition factions particularly the Hazzm Movement.", {"al-Nusra"}, {"Hazzm Movement"}),
])
def test_who_struck_whom(text, agent, target):
    _, _, evs = facts(text)
    clashes = [e for e in evs if e["type"] == "clash"]
    assert clashes and all(e["agent"] == agent and e["target"] == target for e in clashes)
    assert clashes[0]["date"]


def test_a_clash_with_one_side_named_and_a_battle_fought_in():
    _, _, evs = facts("Another five rebel fighters were killed in the clashes that erupted with government forces "
                      "in western Aleppo. The Manbij Military Council fought in the Battle of Raqqa since 6 June 2017.",
                      published="2017-07-01")
    one, fought = [e for e in evs if e["type"] == "clash"]
    assert not one["agent"] and one["target"] == {"Syrian Arab Army"}  # "government forces", named
    assert fought["agent"] == {"Manbij Military Council"} and fought["date"] == "2017-06-06"


@pytest.mark.parametrize("text", [
    "Reuters Wednesday 7 Aug 2013 sixty-two rebel fighters were killed in a Syrian army ambush near Adra.",
    "Tags Syria air strike SOHR Hezbollah Deir az-Zour civilians Ramadan.",
])
def test_an_agency_in_a_dateline_or_a_tag_line_is_no_side(text):
    _, rels, evs = facts(text)
    assert not any(r[1] == "hostile_to" for r in rels)
    assert not any("Reuters" in e["target"] | e["agent"] for e in evs)


def test_a_sponsors_demonym_does_not_make_its_country_the_theatre():
    x = extract("The Turkish-backed Hamza Division, a Turkish-supported faction, fought in northern Aleppo. "
                "Its fighters attacked the regime near Azaz.", published="2020-01-01")
    assert ("Syrian government", "state") in {(e.name, e.type) for e in x.entities}
    assert "Turkish government" not in {e.name for e in x.entities}


# Constructions from conflicts beyond Syria (sentences written for these tests, on reported facts).

def test_sudan_led_by_and_fighting_since_but_not_the_command():
    _, rels, _ = facts("The Rapid Support Forces (RSF), a paramilitary group led by Mohamed Hamdan Dagalo, seized "
                       "Wad Madani in Gezira. The army, commanded by Abdel Fattah al-Burhan, has been fighting the RSF "
                       "since April 2023.", published="2024-01-10")
    assert ("Mohamed Hamdan Dagalo", "member_of", "Rapid Support Forces", "affirmed") in rels
    x = extract("The RSF shelled El Fasher in North Darfur. The army, commanded by Abdel Fattah al-Burhan, has been "
                "fighting the RSF since April 2023.", published="2024-01-10")
    name = {e.id: e.name for e in x.entities}
    got = {(name[r.subject], r.relation): r.valid_from for r in x.relations}
    assert got[("Sudanese Armed Forces", "hostile_to")] == "2023-04"  # "the army"
    assert got[("Abdel Fattah al-Burhan", "member_of")] is None


def test_myanmar_an_alliance_made_up_of_members_launches_and_the_junta_fights_an_armed_wing():
    _, rels, evs = facts("The Three Brotherhood Alliance, made up of the Arakan Army, the Myanmar National Democratic "
                         "Alliance Army (MNDAA) and the Ta'ang National Liberation Army (TNLA), launched an offensive "
                         "in northern Shan State on October 27, 2023. The junta has been fighting the People's "
                         "Defence Force, the armed wing of the National Unity Government, since 2021.",
                         published="2024-01-10")
    (clash,) = [e for e in evs if e["type"] == "clash"]
    assert clash["agent"] == {"Three Brotherhood Alliance"}
    # GUIDE.md: the armed wing of a party or government is part of it
    assert ("People's Defence Force", "part_of", "National Unity Government", "affirmed") in rels
    assert ("Tatmadaw", "hostile_to", "People's Defence Force", "affirmed") in rels  # "the junta"
    assert not any(r[1] == "part_of" and r[2] == "People's Defence Force" for r in rels)


def test_sahel_a_claim_of_responsibility_is_an_attack_by_the_apposed_group():
    x, rels, evs = facts("Jama'at Nusrat al-Islam wal-Muslimin (JNIM), al-Qaeda's affiliate in the Sahel, claimed "
                         "responsibility for Tuesday's attack on a military camp in Boulkessi.", published="2024-06-13")
    assert ("Jama'at Nusrat al-Islam wal-Muslimin", "affiliated_with", "al-Qaeda", "affirmed") in rels
    (clash,) = [e for e in evs if e["type"] == "clash"]
    assert clash["agent"] == {"Jama'at Nusrat al-Islam wal-Muslimin"} and clash["date"] == "2024-06-11"
    assert "JNIM" in next(e.aliases for e in x.entities if e.name.startswith("Jama'at"))


def test_haiti_a_gang_apposed_as_a_member_of_the_coalition_and_its_leader():
    _, rels, _ = facts("Viv Ansanm, a coalition of gangs led by Jimmy Cherizier, attacked the National Penitentiary. "
                       "Police said the 400 Mawozo gang, a member of the coalition, kidnapped missionaries in 2021.")
    assert ("Jimmy Cherizier", "member_of", "Viv Ansanm", "affirmed") in rels
    assert any(r[1] == "part_of" and r[2] == "Viv Ansanm" and "Mawozo" in r[0] for r in rels)


def test_a_mutiny_is_hostility():
    _, rels, _ = facts("In June, Wagner Group mercenaries mutinied against the Russian army.")
    assert any(r[1] == "hostile_to" and "Wagner Group" in (r[0], r[2]) for r in rels)


def test_drc_the_speaker_is_the_pronoun_and_an_alliance_that_includes_a_group():
    _, rels, evs = facts("M23 rebels, who are backed by Rwanda, said on Monday they had captured Goma. The Congo River "
                         "Alliance, a political-military coalition that includes M23, is led by Corneille Nangaa.",
                         published="2025-01-28")
    (cap,) = [e for e in evs if e["type"] == "capture"]
    assert cap["agent"] == {"M23"} and cap["date"] == "2025-01-27"
    assert ("M23", "part_of", "Congo River Alliance", "affirmed") in rels
    assert ("Corneille Nangaa", "member_of", "Congo River Alliance", "affirmed") in rels
    assert ("Corneille Nangaa", "member_of", "M23", "affirmed") not in rels


def test_possessors_a_state_places_a_group_a_person_leads_it():
    _, rels, _ = facts("Yemen's Houthi rebels struck a tanker. Khalifa Haftar's Libyan National Army, which controls "
                       "the east, is backed by Russia.")
    assert not any(r[1] == "part_of" and r[2] == "Yemen" for r in rels)
    assert ("Khalifa Haftar", "member_of", "Libyan National Army", "affirmed") in rels


def test_ukraine_a_word_of_a_name_is_no_trigger_and_formed_from_is_a_participle():
    _, rels, evs = facts("Ukraine's 3rd Assault Brigade, formed from the Azov volunteer battalion, said it had "
                         "repelled several attacks.", published="2024-10-10")
    assert not [e for e in evs if e["type"] == "clash" and "Ukraine" in e["agent"]]
    (form,) = [e for e in evs if e["type"] == "formation"]
    assert form["agent"] == {"3rd Assault Brigade"} and form["from"] == {"Azov"}


def test_a_group_described_as_a_coalition_is_the_coalition_later():
    _, rels, _ = facts("Viv Ansanm, a coalition of gangs led by Jimmy Cherizier, attacked the prison. The G9 federation "
                       "and its rival G-Pep joined forces last year. Police said the 400 Mawozo gang, a member of the "
                       "coalition, kidnapped missionaries.")
    assert any(r[1] == "part_of" and r[2] == "Viv Ansanm" for r in rels)
    assert not any(r[1] == "part_of" and r[2] == "G9" for r in rels)


def test_a_capitalised_sentence_opening_before_a_plural_noun_is_no_name():
    x = extract("Clan militias known as the Macawisley have joined the army in Hiran.", published="2023-01-01")
    assert "Clan militias" not in {e.name for e in x.entities}


def test_a_country_never_fights_its_own_government_or_army():
    _, rels, evs = facts("Syrian government warplanes struck Idlib on Monday, killing 12 soldiers of the Syrian Arab "
                         "Army by mistake, Syria's state media said.")
    assert not [r for r in rels if r[1] == "hostile_to"]  # no one else is named: no hostility to report


def test_a_merger_announced_by_a_list_and_a_denied_attack():
    _, rels, evs = facts("Three rebel factions, the Sultan Murad Division, the Hamza Division and the Suleiman Shah "
                         "Brigade, announced on Sunday that they had merged into a new formation called the Azm "
                         "Unified Command. Meanwhile, Hayat Tahrir al-Sham denied reports that it had attacked "
                         "positions of the National Front for Liberation near Ariha.", published="2024-03-04")
    (merger,) = [e for e in evs if e["type"] == "merger"]
    assert merger["agent"] == {"Sultan Murad Division", "Hamza Division", "Suleiman Shah Brigade"}
    assert ("Hayat Tahrir al-Sham", "hostile_to", "National Front for Liberation", "negated") in rels
    assert not [e for e in evs if e["type"] == "clash"]


def test_a_faction_of_a_group_splits_from_it_unnamed():
    _, rels, evs = facts("A faction of the Central General Staff (EMC), the largest group of FARC dissidents, broke "
                         "away from the organisation in April, the government said.", published="2024-05-02")
    (split,) = [e for e in evs if e["type"] == "split"]
    assert not split["agent"] and split["from"] == {"Central General Staff"} and split["date"] == "2024-04"
    assert not any(r[1] == "part_of" and r[2] == "FARC" for r in rels)  # dissidents of FARC are not FARC


def test_ethiopia_alongside_against_a_span_of_years_and_weapons_supplied():
    _, rels, evs = facts("Fano, an Amhara militia that fought alongside federal troops against the Tigray People's "
                         "Liberation Front (TPLF) in 2020-2022, has been fighting the Ethiopian National Defense Force "
                         "since August 2023. The TPLF may have supplied weapons to some Fano units, according to a UN "
                         "report.", published="2024-06-01")
    (clash,) = [e for e in evs if e["type"] == "clash"]
    assert clash["target"] == {"Tigray People's Liberation Front"} and clash["date"] == "2020/2022"
    assert ("Fano", "allied_with", "Ethiopian National Defense Force", "affirmed") in rels
    assert ("Fano", "backed_by", "Tigray People's Liberation Front", "affirmed") in rels
    x = extract("The TPLF may have supplied weapons to some Fano units, according to a UN report.")
    assert {r.modality for r in x.relations} == {"possible"}


def test_nigeria_an_attack_claimed_by_a_group_and_groups_fighting_each_other():
    _, rels, evs = facts("At least 12 soldiers were killed in an attack claimed by Islamic State West Africa Province "
                         "(ISWAP) on a base in Borno state, military sources said on Friday. Boko Haram and ISWAP have "
                         "fought each other repeatedly since 2021.", published="2023-06-10")
    clashes = [e for e in evs if e["type"] == "clash"]
    assert {"Islamic State West Africa Province"} in [e["agent"] for e in clashes]
    assert any(e["agent"] == {"Boko Haram", "Islamic State West Africa Province"} for e in clashes)
    assert ("Boko Haram", "hostile_to", "Islamic State West Africa Province", "affirmed") in rels or \
        ("Islamic State West Africa Province", "hostile_to", "Boko Haram", "affirmed") in rels


def test_a_country_before_based_and_an_agency_in_a_dateline_are_no_actors():
    x, rels, evs = facts("AFP Thursday 2 Jul 2015 Rebels attacked Aleppo, the Britain-based Syrian Observatory for "
                         "Human Rights said.", published="2015-07-02")
    assert "United Kingdom" not in {e.name for e in x.entities}
    assert not any("AFP" in e["agent"] | e["target"] for e in evs)


def test_syria_2024_an_offensive_launched_against_a_group_does_not_found_it():
    _, rels, evs = facts("The Turkish-backed Syrian National Army (SNA) launched a separate offensive against the "
                         "Kurdish-led Syrian Democratic Forces (SDF) in Tal Rifaat. Russian warplanes struck rebel-held "
                         "areas of Idlib.", published="2024-12-01")
    assert not [e for e in evs if e["type"] == "formation"]
    assert not any(r[1] in ("part_of", "controls") for r in rels)
    assert ("Syrian National Army", "hostile_to", "Syrian Democratic Forces", "affirmed") in rels


def test_iraq_an_umbrella_of_sponsored_militias_and_a_name_with_in():
    _, rels, _ = facts("The Islamic Resistance in Iraq, an umbrella of Iran-backed militias including Kataib "
                       "Hezbollah and Harakat al-Nujaba, claimed drone attacks on bases in Iraq and Syria. The Popular "
                       "Mobilization Forces, an umbrella of mostly Shiite militias, was integrated into the Iraqi armed "
                       "forces in 2016.", published="2024-12-01")
    assert ("Kataib Hezbollah", "part_of", "Islamic Resistance in Iraq", "affirmed") in rels
    assert ("Harakat al-Nujaba", "part_of", "Islamic Resistance in Iraq", "affirmed") in rels
    assert ("Kataib Hezbollah", "backed_by", "Iran", "affirmed") in rels
    assert not any("Shiite militias" in (r[0], r[2]) or r[2] == "Syria" for r in rels)


def test_afghanistan_an_affiliate_named_in_apposition_without_the():
    _, rels, _ = facts("The Islamic State's Afghan affiliate, Islamic State Khorasan Province (ISKP), claimed a "
                       "bombing in Kabul that killed a Taliban minister.", published="2024-12-11")
    assert any(r[0] == "Islamic State Khorasan Province" and r[2] == "Islamic State" and
               r[1] in ("part_of", "affiliated_with") for r in rels)


def test_a_group_holding_a_place_by_compound_and_an_unnamed_holder():
    _, rels, _ = facts("Airstrikes hit the HTS-held town of Saraqeb and rebel-held Douma.")
    assert [r for r in rels if r[1] == "controls"] == [("HTS", "controls", "Saraqib", "affirmed")]


def test_ukraine_units_owned_by_states_a_repelled_assault_and_volunteers_fighting_for_a_side():
    x, rels, evs = facts("Ukraine's 47th Mechanized Brigade repelled an assault by Russia's 155th Naval Infantry "
                         "Brigade near Avdiivka on Tuesday. The Freedom of Russia Legion, a unit of Russian volunteers "
                         "fighting for Ukraine, raided the Belgorod region in May.", published="2024-06-12")
    types = {e.name: e.type for e in x.entities}
    assert types["47th Mechanized Brigade"] == types["155th Naval Infantry Brigade"] == "state_force"
    clashes = [e for e in evs if e["type"] == "clash"]
    assert {"agent": {"155th Naval Infantry Brigade"}, "target": {"47th Mechanized Brigade"}} in [
        {"agent": e["agent"], "target": e["target"]} for e in clashes]
    assert not any("Russia" in e["target"] or "Russia" in e["agent"] for e in clashes)
    assert ("Freedom of Russia Legion", "allied_with", "Ukraine", "affirmed") in rels
    assert any(e["agent"] == {"Freedom of Russia Legion"} and e["date"] == "2024-05" for e in clashes)


@pytest.mark.parametrize("text", [
    "\"We have joined the ranks of the Sham Legion,\" the Hamza Brigade said in a statement.",
    "The Hamza Brigade said: \"We have joined the Sham Legion.\"",
])
def test_we_in_a_quotation_is_the_group_that_says_it(text):
    _, rels, evs = facts(text)
    (join,) = [e for e in evs if e["type"] == "joining"]
    assert join["agent"] == {"Hamza Brigade"} and join["to"] == {"Sham Legion"}


def test_receiving_weapons_is_backing_with_the_hedge_kept():
    x = extract("Analysts say the RSF is likely receiving weapons from the United Arab Emirates.")
    (r,) = x.relations
    assert (r.relation, r.modality) == ("backed_by", "likely")


def test_a_head_of_state_is_no_member_of_the_state():
    _, rels, _ = facts("US President Donald Trump said Syrian President Bashar al-Assad must go.")
    assert not [r for r in rels if r[1] == "member_of"]


def test_sudan_an_allied_force_a_unit_of_the_army_and_no_parallel_government():
    x, rels, _ = facts("The Sudanese army and allied Joint Forces repelled an RSF attack on El Fasher. The RSF said it "
                       "had taken control of the army's 22nd Infantry Division headquarters in Babanusa. In February, "
                       "the RSF signed a charter to form a parallel government.", published="2025-11-10")
    assert ("Joint Forces", "allied_with", "Sudanese army", "affirmed") in rels
    assert ("22nd Infantry Division", "part_of", "Sudanese army", "affirmed") in rels
    assert "Sudanese government" not in {e.name for e in x.entities}


def test_a_person_who_heads_an_alliance_leads_it():
    _, rels, _ = facts("Abu Mohammad al-Jolani heads the Fateh al-Sham alliance in Idlib.")
    assert any(r[0] == "Abu Mohammad al-Jolani" and r[1] == "member_of" for r in rels)


def test_an_unnamed_unit_in_a_room_defects_from_it():
    _, _, evs = facts("On 7 June 2017, a unit in the Hawar Kilis Operations Room defected to the Syrian Democratic "
                      "Forces.")
    (d,) = [e for e in evs if e["type"] == "defection"]
    assert not d["agent"] and d["from"] == {"Hawar Kilis Operations Room"} and d["to"] == {"Syrian Democratic Forces"}


def test_dissidents_of_a_group_do_not_act_in_its_name():
    _, rels, evs = facts("Dissidents of the Revolutionary Armed Forces of Colombia (FARC) clashed with the National "
                         "Liberation Army (ELN) in Arauca last week.")
    assert not any("Revolutionary Armed Forces of Colombia" in e["agent"] for e in evs)
    assert not any(r[1] == "hostile_to" for r in rels)


@pytest.mark.parametrize("text, fact", [
    ("There is no evidence that Iran supplied the drones to the Houthis.", ("Houthis", "backed_by", "Iran", "negated")),
    ("The Kataib Hezbollah militia is not part of the Popular Mobilization Forces, officials said.",
     ("Kataib Hezbollah", "part_of", "Popular Mobilization Forces", "negated")),
    ("Kataib Hezbollah is part of the Popular Mobilization Forces.",
     ("Kataib Hezbollah", "part_of", "Popular Mobilization Forces", "affirmed")),
])
def test_membership_in_a_state_force_and_claims_without_evidence(text, fact):
    _, rels, _ = facts(text)
    assert rels == {fact}


def test_a_dateline_dates_the_story_not_what_it_tells():
    x, _, evs = facts("KABUL Aug 16 Taliban fighters took control of Kabul on Sunday and entered the palace.",
                      "2021-08-16")
    assert [e["date"] for e in evs if e["type"] == "capture"] == ["2021-08-15"]
    rel = next(r for r in x.relations if r.relation == "controls")
    assert rel.valid_from == "2021-08-15"


def test_a_capital_taken_is_the_city_and_a_capital_speaking_is_the_state():
    _, rels, _ = facts("Taliban fighters took control of Kabul on Sunday.")
    assert ("Taliban", "controls", "Kabul", "affirmed") in rels
    x, rels, _ = facts("Kabul said its forces were fighting the Taliban.")
    assert "Afghanistan" in {e.name for e in x.entities if e.type == "state"}
    assert ("Afghanistan", "hostile_to", "Taliban", "affirmed") in rels


@pytest.mark.parametrize("text,name,typ", [
    ("Ugandan troops clashed with al-Shabaab fighters near Marka.", "Ugandan troops", "state_force"),
    ("US troops withdrew from the base.", "US troops", "state_force"),
    ("A Burundian contingent was attacked near the town.", "Burundian contingent", "state_force"),
    ("A Saudi-led coalition has fought the Houthis since 2015.", "Saudi-led coalition", "coalition"),
])
def test_a_states_forces_and_the_coalition_it_leads_are_actors_of_their_own(text, name, typ):
    x, _, _ = facts(text)
    assert (name, typ) in {(e.name, e.type) for e in x.entities}
    assert not any(e.type == "state" for e in x.entities)


def test_led_in_a_compound_is_no_leadership():
    _, rels, _ = facts("The U.S.-led coalition struck Islamic State positions in Raqqa.")
    assert not any(r == "part_of" for _, r, _, _ in rels)


def test_an_unknown_group_is_named_with_its_noun():
    x, rels, _ = facts("Troops killed Omar Maute, a leader of the Maute group.")
    assert ("Omar Maute", "member_of", "Maute group", "affirmed") in rels


@pytest.mark.parametrize("text", [
    "SEND httpsabahdai.ly912r3U DHA Photo A twin bombing struck a crowd in Qamishli.",
    "(Reuters Photo) Airstrikes on Daesh-held villages killed 85 civilians.",
])
def test_page_furniture_is_no_actor(text):
    x, _, _ = facts(text)
    assert not [e.name for e in x.entities if "Photo" in e.name or "http" in e.name]


def test_an_epithet_is_no_actor():
    x, _, _ = facts("The army engaged in fierce clashes with terrorist groups of the Takfiri organization near "
                    "Kafr Zita.")
    assert not [e.name for e in x.entities if "Takfiri" in e.name]


@pytest.mark.parametrize("run", ["Tags Kafr Zita Syria", "Telegram", "REUTERS Jane Doe", "GMT",
                                 "Jul 2016 Opposition", "Sun Apr"])
def test_tags_services_credits_and_clock_words_are_furniture(run):
    assert looks_like_chrome(run)


@pytest.mark.parametrize("run", ["Reuters", "Dawn Battalion", "Tagab District", "Northern Hawks Brigade"])
def test_names_are_not_furniture(run):
    assert not looks_like_chrome(run)


def test_a_state_possessive_that_lost_its_apostrophe_is_a_place():
    x, rels, _ = facts("The Army of Islam is a major component of the Islamic Front Syrias largest rebel coalition "
                       "which has been fighting ISIL for months.")
    assert not any(e.type == "state" for e in x.entities)
    assert not any("Syria" in (s, o) for s, r, o, _ in rels if r == "hostile_to")


@pytest.mark.parametrize("text", [
    "DAMASCUS, Jan 3 (Reuters) - Syrian forces shelled Douma.",
    "PESHAWAR, Pakistan, Dec 17 (Wire-B) - Taliban gunmen stormed a school in Peshawar.",
    "KABUL Aug 16 Taliban fighters took control of Kabul on Sunday.",
])
def test_a_dateline_names_no_party_and_no_place_of_the_story(text):
    x, _, evs = facts(text, "2021-12-18")
    names = {e.name for e in x.entities}
    assert not names & {"DAMASCUS", "Syria", "Reuters", "PESHAWAR", "Pakistan", "KABUL", "Afghanistan"}
    assert all(e["date"] != "2021-12-17" and e["date"] != "2021-01-03" for e in evs)


def test_an_appointment_dates_the_leadership_it_starts():
    x, _, _ = facts("ISKP appointed Shahab al-Muhajir as its leader in 2020.")
    rel = next(r for r in x.relations if r.relation == "member_of")
    assert rel.valid_from == "2020" and rel.valid_until is None


def test_fighters_who_join_another_group_leave_theirs_the_group_does_not_join():
    _, rels, evs = facts("Hundreds of Jaysh al-Izza fighters joined the Sham Legion.")
    assert ("Jaysh al-Izza", "part_of", "Sham Legion", "affirmed") not in rels
    assert {"type": "defection", "date": None, "agent": set(), "from": {"Jaysh al-Izza"}, "to": {"Sham Legion"},
            "target": set()} in evs


def test_a_known_name_with_its_english_head_is_that_group_not_two():
    x, _, _ = facts("Rebels including the Fateh al-Sham Front attacked the town of Kafr Zita.")
    groups = [e for e in x.entities if e.type in ("armed_group", "organization", "coalition")]
    assert [(e.name, e.attributes.get("canonical", e.name)) for e in groups] == \
        [("Fateh al-Sham Front", "Jabhat Fateh al-Sham")]


def test_a_demonym_of_another_country_makes_a_name_of_its_own():
    x, rels, _ = facts("The SDF includes members of the Syrian Arab Coalition.")
    names = {e.name: e.attributes.get("canonical") for e in x.entities}
    assert "Syrian Arab Coalition" in names and names["Syrian Arab Coalition"] is None
    assert ("Syrian Arab Coalition", "part_of", "SDF", "affirmed") in rels


def test_a_former_affiliation_ends_by_the_publication_date():
    x, _, _ = facts("The Dawn Battalion, a former al-Qaeda affiliate, shelled the town.", "2017-04-28")
    rel = next(r for r in x.relations if r.relation == "affiliated_with")
    assert rel.polarity == "affirmed" and rel.valid_until == "2017-04-28" and rel.date_text == "former"
    x, _, _ = facts("The Dawn Battalion, an al-Qaeda affiliate, shelled the town.", "2017-04-28")
    assert next(r for r in x.relations if r.relation == "affiliated_with").valid_until is None


@pytest.mark.parametrize("text", [
    "Dawn Battalion fighters have been assisting the Northern Hawks Brigade in fending off several attacks.",
    "The Southern Storm Brigade is battling the Dawn Battalion with air strikes and backing for the Northern "
    "Hawks Brigade.",
])
def test_a_side_helped_is_not_a_side_attacked(text):
    _, rels, evs = facts(text)
    assert not any(r == "hostile_to" and "Northern Hawks Brigade" in (s, o) for s, r, o, _ in rels)
    assert all("Northern Hawks Brigade" not in e["target"] for e in evs)


def test_a_dismissal_ends_the_leaders_membership():
    x, _, evs = facts("The Dawn Battalion dismissed its commander Karim Haddad on Monday.", "2020-03-10")
    rel = next(r for r in x.relations if r.relation == "member_of")
    assert rel.valid_until == "2020-03-09" and rel.polarity == "affirmed"
    assert any(e["type"] == "leadership_change" and e["agent"] == {"Karim Haddad"} for e in evs)


def test_a_recognised_name_keeps_no_bracket_of_its_acronym():
    x, _, _ = facts("The coalition supports the Syrian Democratic Forces (SDF) which consists of Kurdish fighters.")
    assert all("(" not in e.name and e.name == e.name.strip() for e in x.entities)


def test_a_national_army_is_not_backed_by_its_own_state():
    _, rels, _ = facts("The Syrian army, backed by Syria, shelled Douma. The Syrian Arab Army backed by Russia "
                       "attacked the town.")
    assert not any(r == "backed_by" and o == "Syria" for _, r, o, _ in rels)
    assert ("Syrian Arab Army", "backed_by", "Russia", "affirmed") in rels


def test_a_founder_described_by_his_old_force_founds_it_and_an_aside_gives_no_founding_date():
    got = memberships("Executive Guards, founded by the former South African Defence Force officer Piet Malan, "
                      "arrived in May 1995 with a few hundred men.")
    assert ("Piet Malan", "Executive Guards", "founder", None, None) in got


def test_a_demonym_inside_a_regional_name_gives_no_country_to_the_army():
    _, rels, _ = facts("The Revolutionary Party of Central American Workers fought the army.")
    assert not any("United States" in r[2] for r in rels)


def test_a_former_role_ends_by_the_publication_date():
    x, _, _ = facts("Colonel Karim Haddad, the former Dawn Battalion deputy chief of staff, said the offensive "
                    "would continue.", "2015-06-01")
    rel = next(r for r in x.relations if r.relation == "member_of")
    assert rel.role.endswith("(former)") and rel.valid_until == "2015-06-01"


@pytest.mark.parametrize("text, until", [
    ("Karim Haddad, a former Dawn Front commander who defected to the army in 2014, said the talks had failed.",
     "2014"),
    ("The council is headed by Karim Haddad a former Dawn Front officer who fled to Turkey last year.", "2019"),
])
def test_a_former_role_ends_when_the_relative_clause_says_he_left(text, until):
    assert [m[:2] + m[3:] for m in memberships(text, "2020-03-10")] == [("Karim Haddad", "Dawn Front", None, until)]


def test_a_former_role_without_a_leaving_date_still_ends_by_the_publication_date():
    got = memberships("Karim Haddad, a former Dawn Front commander who lives in Turkey since 2014, said the talks "
                      "had failed.", "2020-03-10")
    assert [m[:2] + m[3:] for m in got] == [("Karim Haddad", "Dawn Front", None, "2020-03-10")]


@pytest.mark.parametrize("text", [
    "The Dawn Front faded after the army executed its leader Karim Haddad in 2010.",
    "The Dawn Front faded after its leader Karim Haddad was executed in 2010.",
])
def test_an_executed_leader_holds_his_role_until_then(text):
    assert memberships(text, "2020-03-10") == [("Karim Haddad", "Dawn Front", "leader", None, "2010")]


def test_one_who_is_executed_beside_a_speaker_is_not_the_speaker():
    x, _, evs = facts('They had been shot dead or executed with knives," said Karim Haddad, the head of the '
                      'Dawn Monitor.')
    assert not [e for e in evs if e["type"] == "leadership_change"]


@pytest.mark.parametrize("text", [
    "The Dawn Party is the main rebel movement. Pierre Ndayako took over its leadership in 2001.",
    "In 2001 Pierre Ndayako took over the leadership of the Dawn Party.",
])
def test_one_who_took_over_the_leadership_of_a_party_leads_it_from_then(text):
    assert memberships(text, "2020-03-10") == [("Pierre Ndayako", "Dawn Party", "leader", "2001", None)]


def test_a_partner_set_off_with_its_acronym_acts_beside_the_subject():
    x, rels, evs = facts("The Dawn Army, together with the Hawks Brigade (HB), has been conducting a joint offensive "
                         "against Sun Brigade camps in Kafr Nabl since November 2019.")
    assert [e["agent"] for e in evs if e["type"] == "clash"] == [{"Dawn Army", "Hawks Brigade"}]
    assert {("Dawn Army", "hostile_to", "Sun Brigade", "affirmed"),
            ("Hawks Brigade", "hostile_to", "Sun Brigade", "affirmed")} <= rels
    ally = next(r for r in x.relations if r.relation == "allied_with")
    assert ally.valid_from == "2019-11"  # they fight together since then


def test_a_partner_in_an_operation_fights_its_target_too():
    _, rels, _ = facts("The Dawn Army (DA), in partnership with the Hawks Brigade (HB), this morning launched a joint "
                       "military operation against the camps of the Sun Brigade.")
    assert {("Dawn Army", "hostile_to", "Sun Brigade", "affirmed"),
            ("Hawks Brigade", "hostile_to", "Sun Brigade", "affirmed")} <= rels


@pytest.mark.parametrize("text", [
    "Karim Haddad, a leading figure in the Dawn Front, was seen in Kafr Nabl on Monday.",
    "Karim Haddad, a key figure of the Dawn Front, was seen in Kafr Nabl on Monday.",
    "The Dawn Front emerged in Kafr Nabl in 2022. Its best-known figure, Karim Haddad, was seen there on Monday.",
])
def test_a_leading_figure_is_a_member(text):
    assert [m[:3] for m in memberships(text)] == [("Karim Haddad", "Dawn Front", "figure")]


def test_a_figure_of_the_dead_is_no_role():
    _, rels, _ = facts("The Dawn Front said the figure of 300 dead given by Karim Haddad, a doctor, was too high.")
    assert not any(r[1] == "member_of" for r in rels)


def test_a_known_name_may_end_in_a_connector_word():
    x, _, evs = facts("Fighters of the Lions' Den attacked an army post in Nablus.")  # the lexicon's name
    assert "Lions' Den" in {e.name for e in x.entities} and [e["agent"] for e in evs] == [{"Lions' Den"}]


@pytest.mark.parametrize("text", ["Dawn Army Colonel Ahmed Salim said the rebels had withdrawn.",
                                  "Dawn Army Brigadier General Ahmed Salim said the rebels had withdrawn."])
def test_a_rank_inside_a_run_opens_the_person_and_the_force_before_it_is_his(text):
    x, _, _ = facts(text)
    assert {(e.name, e.type) for e in x.entities} == {("Dawn Army", "armed_group"), ("Ahmed Salim", "person")}
    assert [m[:3] for m in memberships(text)] == [("Ahmed Salim", "Dawn Army", "member")]


def test_a_rank_word_inside_an_institution_name_splits_nothing():
    x, _, _ = facts("The Dawn Revolution General Commission said the rebels had withdrawn from Kafr Nabl.")
    assert "person" not in {e.type for e in x.entities}


def test_the_recogniser_leaves_a_rank_to_the_person_it_opens():
    x, _, _ = facts("The army's spokesman in Kafr Nabl Lieutenant Colonel Ahmed Salim said the rebels had withdrawn.")
    assert not any("Lieutenant" in e.name for e in x.entities)


def test_a_spokesman_placed_in_a_region_still_speaks_for_his_force():
    text = "The Dawn Army's spokesman in Kafr Nabl, Lieutenant Colonel Ahmed Salim, said the rebels had withdrawn."
    assert [m[:3] for m in memberships(text)] == [("Ahmed Salim", "Dawn Army", "spokesman")]


def test_a_clash_overnight_spans_the_night_before_the_time_of_writing():
    _, _, evs = facts("The Hawks Brigade attacked the Dawn Front overnight, a monitor said.", "2016-10-17")
    assert [(e["type"], e["date"]) for e in evs] == [("clash", "2016-10-16/2016-10-17")]


@pytest.mark.parametrize("text, sponsor", [
    ("The Dawn Front is backed by air strikes launched by the Sun Coalition fighting the Hawks Brigade.", "Sun Coalition"),
    ("The Dawn Front took Kafr Nabl last year in an offensive backed by Turkish-led air strikes.", "Turkey"),
    ("Russia intervened militarily on behalf of the Dawn Front in September 2015.", "Russia"),
    ("The Hawks Brigade was driven back after Turkey intervened on the Dawn Front's side.", "Turkey"),
])
def test_support_in_the_field_names_its_sponsor(text, sponsor):
    _, rels, _ = facts(text)
    assert ("Dawn Front", "backed_by", sponsor, "affirmed") in rels


def test_a_participle_after_a_name_is_that_name_s_fight():
    _, rels, _ = facts("The Dawn Front is backed by air strikes launched by the Sun Coalition fighting the Hawks Brigade.")
    assert ("Sun Coalition", "hostile_to", "Hawks Brigade", "affirmed") in rels
    assert not any(r[0] == "Dawn Front" and r[1] == "hostile_to" for r in rels)


@pytest.mark.parametrize("text", [
    "Supported by Qatar and Turkey, the Dawn Front advanced on Kafr Nabl.",
    "The Dawn Front was founded in 2014. Supported by Qatar, Turkey and fighters of the Hawks Brigade, it advanced on "
    "Kafr Nabl.",
])
def test_an_opening_participle_backs_the_name_its_clause_closes_on(text):
    _, rels, _ = facts(text)
    assert {("Dawn Front", "backed_by", "Qatar", "affirmed"), ("Dawn Front", "backed_by", "Turkey", "affirmed")} <= rels
    assert not any(r[0] == "Hawks Brigade" and r[1] == "backed_by" for r in rels)


@pytest.mark.parametrize("text, role", [
    ("Vice-president of the Dawn Council Karim Haddad said the talks had failed.", "vice-president"),
    ("The head of the Dawn Local Committee Karim Haddad said the talks had failed.", "head"),
])
def test_a_body_and_the_man_who_spoke_for_it_are_two_names(text, role):
    x, _, _ = facts(text)
    assert "Karim Haddad" in {e.name for e in x.entities if e.type == "person"}
    assert [(m[0], m[2]) for m in memberships(text)] == [("Karim Haddad", role)]


def test_a_unit_named_after_its_group_is_not_split_before_a_speech_verb():
    x, _, _ = facts("The Dawn Front Southern Command said it had withdrawn from Kafr Nabl.")
    assert "person" not in {e.type for e in x.entities}


def test_one_commanded_in_an_aside_is_not_dated_by_the_main_clause():
    x, _, _ = facts("The Dawn Army, commanded by Karim Haddad, has been fighting the Sun Brigade since 2019.")
    assert [r.valid_from for r in x.relations if r.relation == "member_of"] == [None]


@pytest.mark.parametrize("text", [
    "Government helicopters bombed Kafr Zita, which lies in the northern countryside of Hama and is held by the "
    "Dawn Battalion, a monitor said.",
    "The town of Kafr Zita in Hama province is held by the Dawn Battalion.",
])
def test_the_place_held_is_the_one_the_clause_is_about_not_the_province_it_lies_in(text):
    _, rels, _ = facts(text)
    held = {o for _, r, o, _ in rels if r == "controls"}
    assert held == {"Kafr Zita"}


def test_a_role_beside_its_holders_death_ends_then_and_does_not_start_then():
    x, _, _ = facts("The Dawn Battalion, commanded since 1984 by General Karim Haddad after the death of its founder "
                    "Samir Lahoud, was armed by its neighbour.", "2000-06-05")
    name = {e.id: e.name for e in x.entities}
    roles = {name[r.subject]: (r.valid_from, r.valid_until) for r in x.relations if r.relation == "member_of"}
    assert roles["Samir Lahoud"] == (None, "1984")
    assert roles["Karim Haddad"] == ("1984", None)


def test_roles_owned_through_its_name_their_holders_and_the_year_one_became_it():
    x, _, _ = facts("The Dawn Front was founded in 1981. Its military commander throughout the war was Karim Haddad, a "
                    "former colonel of the guard; the businessman Samir Lahoud became its political leader in 1983. "
                    "The front fought the army along the border, with Tomas Ekwueme as its chief of staff.", "2000-06-05")
    name = {e.id: e.name for e in x.entities}
    roles = {name[r.subject]: (name[r.object], r.role, r.valid_from) for r in x.relations if r.relation == "member_of"}
    assert roles["Karim Haddad"] == ("Dawn Front", "military commander", None)
    assert roles["Samir Lahoud"] == ("Dawn Front", "political leader", "1983")
    assert roles["Tomas Ekwueme"][:2] == ("Dawn Front", "chief of staff")


def test_persons_who_found_a_group_are_its_founders_from_its_founding():
    x, _, _ = facts("Karim Haddad founded the Dawn Front in 2002. Later Samir Lahoud and Tomas Ekwueme set up the "
                    "Lake Brigade in 2009.", "2020-01-01")
    name = {e.id: e.name for e in x.entities}
    roles = {(name[r.subject], name[r.object], r.role, r.valid_from) for r in x.relations if r.relation == "member_of"}
    assert roles == {("Karim Haddad", "Dawn Front", "founder", "2002"), ("Samir Lahoud", "Lake Brigade", "founder", "2009"),
                     ("Tomas Ekwueme", "Lake Brigade", "founder", "2009")}


def test_a_successor_holds_the_role_from_the_succession_and_the_predecessor_until_it():
    x, _, _ = facts("Karim Haddad succeeded Samir Lahoud as leader of the Dawn Front in 2012. In 2016 Tomas Ekwueme "
                    "succeeded his father at the head of the Lake Brigade. The Hawks Brigade, under the command of Colonel "
                    "Nadia Okafor, attacked the town.", "2020-01-01")
    name = {e.id: e.name for e in x.entities}
    roles = {(name[r.subject], name[r.object]): (r.valid_from, r.valid_until) for r in x.relations
             if r.relation == "member_of"}
    assert roles[("Karim Haddad", "Dawn Front")] == ("2012", None)
    assert roles[("Samir Lahoud", "Dawn Front")] == (None, "2012")
    assert roles[("Tomas Ekwueme", "Lake Brigade")] == ("2016", None)
    assert ("Nadia Okafor", "Hawks Brigade") in roles


def test_persons_listed_after_a_possessed_plural_role_and_a_colon_hold_it():
    _, rels, _ = facts("The court issued warrants for Colonel Karim Haddad of the Dawn Front and three of his "
                       "commanders: Major Samir Lahoud, Captain Tomas Ekwueme and Colonel Nadia Okafor.")
    members = {s for s, r, o, _ in rels if r == "member_of" and o == "Dawn Front"}
    assert members == {"Karim Haddad", "Samir Lahoud", "Tomas Ekwueme", "Nadia Okafor"}


@pytest.mark.parametrize("text, role", [
    ("The Dawn Front agreed to the deal. Its political representative, Karim Haddad, signed it.",
     "political representative"),
    ("Karim Haddad, the second-in-command of the Dawn Front, was killed in 1957.", "second-in-command"),
])
def test_a_representative_and_a_second_in_command_are_roles(text, role):
    x, _, _ = facts(text)
    assert [r.role for r in x.relations if r.relation == "member_of"] == [role]


def test_a_states_un_representative_is_no_member_of_the_un():
    x, _, _ = facts("The coalition denounced the claims made by the regime's UN representative Karim Haddad, who on "
                    "Monday blamed the rebels.")
    assert not [r for r in x.relations if r.relation == "member_of"]


@pytest.mark.parametrize("text, child, parent", [
    ("The Dawn Brigade, one of the Lake Front's most powerful factions, denied the claim.", "Dawn Brigade", "Lake Front"),
    ("The Dawn Liberation Army was formed in 1974. Its political wing, the Dawn Socialist Party, was launched at the "
     "same time.", "Dawn Liberation Army", "Dawn Socialist Party"),
])
def test_one_of_a_groups_factions_and_the_party_its_political_wing_names_are_its_parents(text, child, parent):
    _, rels, _ = facts(text)
    assert (child, "part_of", parent, "affirmed") in rels


def test_unnamed_rebels_backed_by_a_group_leave_the_named_side_before_them_unbacked():
    _, rels, _ = facts("Clashes continued between the Dawn Army and rebels backed by the Hawks Brigade around the town.")
    assert not [r for r in rels if r[1] == "backed_by"]
    _, rels, _ = facts("The Dawn Army, backed by the Hawks Brigade, attacked the town.")
    assert ("Dawn Army", "backed_by", "Hawks Brigade", "affirmed") in rels


def test_a_founder_holds_the_role_from_the_founding_the_sentence_dates():
    x, _, _ = facts("The Dawn Front grew out of a religious movement founded in Maiduguri around 2002 by the preacher "
                    "Karim Haddad.", "2015-01-01")
    rel = next(r for r in x.relations if r.relation == "member_of")
    assert (rel.role, rel.valid_from, rel.holds_at) == ("founder", "2002", None)


@pytest.mark.parametrize("text, agent, loser", [
    ("The Dawn Army recaptured Kafr Zita, which had been held by the Hawks Brigade since May 2015.", "Dawn Army",
     "Hawks Brigade"),
    ("The Dawn Army captured the Hawks Brigade-held town of Kafr Zita on Sunday.", "Dawn Army", "Hawks Brigade"),
    ("The Hawks Brigade lost the town of Kafr Zita to the Dawn Army in August 2016.", "Dawn Army", "Hawks Brigade"),
    # a province is territory too; a party that drives a named foe out of it takes it
    ("In 1989 the Tigray People's Liberation Front drove the Hawks Brigade out of the province.",
     "Tigray People's Liberation Front", "Hawks Brigade"),
    # the comrade named in a participle's aside is not the subject
    ("The Dawn Army, fighting alongside the Lions Brigade (LB), drove the Hawks Brigade out of Kafr Zita on Saturday.",
     "Dawn Army", "Hawks Brigade"),
])
def test_who_lost_a_captured_place(text, agent, loser):
    _, _, evs = facts(text)
    cap = next(e for e in evs if e["type"] == "capture")
    assert cap["agent"] == {agent} and cap["from"] == {loser}


def test_a_sponsor_named_in_a_backed_compound_is_no_captor():
    _, _, evs = facts("Turkish-backed rebels captured the town of Kafr Zita on Sunday.")
    assert not [e for e in evs if e["type"] == "capture"]


@pytest.mark.parametrize("text", [
    "Colonel Karim Haddad took over the leadership of the Dawn Front in 2001.",
    "The Dawn Front was founded in 1994. Colonel Karim Haddad took over its command in 2001.",
])
def test_taking_over_a_groups_leadership_makes_its_leader_from_then(text):
    x, _, evs = facts(text)
    rel = next(r for r in x.relations if r.relation == "member_of")
    assert (rel.role, rel.valid_from) == ("leader", "2001")
    assert any(e["type"] == "leadership_change" and e["to"] == {"Dawn Front"} for e in evs)


def test_a_charge_denied_in_its_own_sentence_is_no_more_than_possible():
    x, _, _ = facts("Rebels distrust the Dawn Brigade because they say it cooperates with the Hawks Brigade rather "
                    "than fighting it, an accusation the Dawn Brigade has denied.")
    read = {(r.relation, r.polarity, r.modality) for r in x.relations}
    assert ("allied_with", "affirmed", "possible") in read  # the charge, denied
    assert not {(rel, pol) for rel, pol, _ in read} & {("hostile_to", "affirmed")}  # "rather than fighting it"


def test_previously_held_ground_is_held_until_the_publication_date_at_most():
    x, _, _ = facts("The town of Kafr Zita had previously been controlled by the Dawn Battalion.", "2016-02-20")
    rel = next(r for r in x.relations if r.relation == "controls")
    assert rel.valid_until == "2016-02-20"


@pytest.mark.parametrize("adverb", ["formerly", "previously"])
def test_a_formerly_affiliated_group_is_affiliated_until_the_publication_date_at_most(adverb):
    x, _, _ = facts(f"The town is held by the {adverb} Dawn Network-affiliated Hawks Brigade.", "2018-10-01")
    rel = next(r for r in x.relations if r.relation == "affiliated_with")
    assert rel.valid_until == "2018-10-01"
    x, _, _ = facts("The town is held by the Dawn Network-affiliated Hawks Brigade.", "2018-10-01")
    assert next(r for r in x.relations if r.relation == "affiliated_with").valid_until is None


@pytest.mark.parametrize("text", [
    "In Lebanon some 200 supporters staged a demonstration for their brethren who are fighting against the "
    "Dawn Battalion.",
    "Supporters staged a demonstration in downtown Beirut for their brethren who are fighting against the Dawn "
    "Battalion.",
])
def test_a_country_or_capital_after_in_is_where_not_who(text):
    x, rels, evs = facts(text)
    assert not any(e.type == "state" for e in x.entities)
    assert not any(r == "hostile_to" for _, r, _, _ in rels)


def test_fighting_for_years_against_is_no_alliance():
    _, rels, _ = facts("The Dawn Battalion has fought for years against the Northern Hawks Brigade.")
    assert ("Dawn Battalion", "hostile_to", "Northern Hawks Brigade", "affirmed") in rels
    assert not any(r == "allied_with" for _, r, _, _ in rels)


def test_a_spanish_plural_name_is_a_band_not_a_person_or_place():
    x, rels, _ = facts("Los Metros have fought for years against Los Ciclones and against Los Rojos, officials said.")
    assert {e.name: e.type for e in x.entities if e.name.startswith("Los")} == \
        {"Los Metros": "armed_group", "Los Ciclones": "armed_group", "Los Rojos": "armed_group"}
    assert ("Los Metros", "hostile_to", "Los Ciclones", "affirmed") in rels


def test_a_known_name_written_in_capitals_is_that_actor():
    x, _, _ = facts("DAESH fighters attacked the Northern Hawks Brigade near Kafr Zita.")
    daesh = next(e for e in x.entities if e.name == "DAESH")
    assert daesh.type == "armed_group" and daesh.attributes.get("canonical") == "Islamic State"


def test_unnamed_fighters_a_state_supports_are_the_ones_fighting():
    _, rels, _ = facts("The move angered Saudi Arabia which supports rebels fighting against the Northern Hawks "
                       "Brigade.")
    assert not any(r == "hostile_to" for _, r, _, _ in rels)


@pytest.mark.parametrize("text,bystander", [
    ("The Northern Hawks Brigade said the Dawn Battalion had attacked the Aleppo Media Centre in Kafr Zita.",
     "Aleppo Media Centre"),
    ("The Dawn Battalion shelled the offices of the Kafr Zita Relief Foundation on Monday.",
     "Kafr Zita Relief Foundation"),
])
def test_an_outlet_or_an_ngo_is_no_side_of_a_fight(text, bystander):
    _, rels, _ = facts(text)
    assert not any(bystander in (s, o) for s, r, o, _ in rels if r in ("hostile_to", "allied_with", "part_of"))


def test_two_countries_whose_comma_was_lost_stay_two_states():
    x, _, _ = facts("Syria Russia Iran and the Dawn Battalion attacked rebels in Kafr Zita.")
    assert {"Russia", "Iran"} <= {e.name for e in x.entities if e.type == "state"}
    assert not [e.name for e in x.entities if e.name == "Russia Iran"]


def test_a_byline_of_agencies_is_a_media_outlet():
    from orbat.kinds import actor_kind
    assert actor_kind("Kafr Zita World and Agencies", "organization") == "media"


@pytest.mark.parametrize("text", [
    "The Dawn Coalition, led by the Northern Hawks Front, took Kafr Zita.",
    "The Dawn Coalition - led by the Northern Hawks Front - took Kafr Zita.",
])
def test_a_coalition_led_by_a_group_is_not_part_of_it(text):
    _, rels, _ = facts(text)
    assert ("Dawn Coalition", "part_of", "Northern Hawks Front", "affirmed") not in rels


@pytest.mark.parametrize("sentence, name, typ", [
    ("Colonel Maria dos Reis, the brigade's commander, said the road was open.", "Maria dos Reis", "person"),
    ("Brigadier Juan dela Cruz of the Northern Luzon Command said troops had withdrawn.", "Northern Luzon Command",
     "armed_group"),
    ("The Armed Forces of Ukraine shelled the bridge.", "Armed Forces of Ukraine", "state_force"),
    ("Gunmen stormed the Grand Mirage Hotel on Tuesday.", "Grand Mirage Hotel", "place"),
])
def test_names_with_particles_commands_national_forces_and_buildings(sentence, name, typ):
    assert (name, typ) in {(m.text, m.type) for m in MentionFinder().find(sentence)}


def test_a_bracketed_acronym_defined_by_the_article_overrides_the_lexicons():
    x, rels, _ = facts("The Armed Forces of Ukraine (AFU) shelled positions of the Wagner Group near Bakhmut.")
    names = {e.name: e.type for e in x.entities}
    assert names.get("Armed Forces of Ukraine") == "state_force" and "Ukraine" not in names
    x, _, _ = facts("The Armed Forces of the Philippines (AFP) said the New People's Army attacked a camp.")
    assert {e.type for e in x.entities if e.name in ("AFP", "Armed Forces of the Philippines")} == {"state_force"}
    assert not any(e.type == "organization" for e in x.entities)


def test_a_building_attacked_is_no_enemy_and_a_leaders_name_before_government_is_no_group():
    x, rels, evs = facts("The Islamic State group claimed the bombing of the Cathedral of Saint Rita in Jolo.")
    assert not any(r[1] == "hostile_to" for r in rels)
    x, rels, _ = facts("In 2019 the Marcos government set up a Joint Task Force to fight the rebels.")
    assert "Marcos" not in {e.name for e in x.entities}


@pytest.mark.parametrize("text", [
    "In Hama al-Jadida army units clashed with fighters affiliated to the Nusra Front.",
    "Homs Army units shelled positions of the Nusra Front east of the city.",
])
def test_the_army_named_by_its_place_is_no_new_group(text):
    x, rels, _ = facts(text)
    assert not any(e.type == "armed_group" and e.name.lower().endswith("army") for e in x.entities)
    assert not any(r[1] == "part_of" for r in rels)


def test_a_region_is_no_actor_and_a_name_loses_a_trailing_preposition():
    x, rels, _ = facts("Hundreds of volunteers from the North Caucasus have joined the Islamic State in Mosul.")
    assert {e.name for e in x.entities if e.type != "place"} == {"Islamic State"}


def test_a_comparison_with_an_affiliate_is_no_affiliation():
    _, rels, _ = facts("The Dawn Battalion, like the al-Qaeda affiliate, is listed as a terrorist group.")
    assert not any(r[1] in ("affiliated_with", "part_of") for r in rels)
    _, rels, _ = facts("The Dawn Battalion, an al-Qaeda affiliate, is listed as a terrorist group.")
    assert ("Dawn Battalion", "affiliated_with", "al-Qaeda", "affirmed") in rels


def test_a_kind_noun_before_an_unknown_name_types_it_and_the_abu_group_is_a_group():
    x, rels, _ = facts("In 2011 the rival faction Tawhid Bilad, led by Karim Assaf, merged into the Dawn Battalion.")
    assert {e.name: e.type for e in x.entities}.get("Tawhid Bilad") == "armed_group"
    assert ("Karim Assaf", "member_of", "Tawhid Bilad", "affirmed") in rels
    x, _, _ = facts("Troops clashed with the Abu Sayyaf near Patikul.")
    assert {e.name: e.type for e in x.entities}.get("Abu Sayyaf") == "armed_group"


def test_a_speaker_named_with_his_body_is_its_member_and_a_dominant_group_is_part_of_the_front():
    _, rels, _ = facts("Samir Haddad of the Aleppo Relief Committee said nine people died.")
    assert ("Samir Haddad", "member_of", "Aleppo Relief Committee", "affirmed") in rels
    _, rels, _ = facts("Fighters of the Dawn Battalion-dominated Northern Front entered the town.")
    assert ("Dawn Battalion", "part_of", "Northern Front", "affirmed") in rels


def test_a_compound_modifier_is_no_coordinated_actor():
    _, _, evs = facts("The Saiqa, the French-trained commando brigade of the Malian Army, took the town.")
    assert [e["agent"] for e in evs if e["type"] == "capture"] == [{"Saiqa"}]


def test_the_army_is_the_country_the_article_is_about_not_a_capital_visited():
    text = ("Gunmen occupied parts of the southern Philippine city of Iligan on Wednesday, Filipino officials said. "
            "The president cut short a visit to Moscow. The army's 4th Infantry Brigade was reinforced with troops "
            "from Cagayan.")
    x, _, _ = facts(text)
    forces = {e.name for e in x.entities if e.type == "state_force"}
    assert not any("Russia" in f for f in forces) and any("Philippines" in f for f in forces)


def test_who_condemns_an_attack_did_not_make_it():
    _, rels, evs = facts("Jordan condemned the rocket attack on the town of Kafr Zita.")
    assert not evs and not rels
    _, rels, evs = facts("Jordan condemned the attack by the Dawn Battalion on the town of Kafr Zita.")
    assert [e["agent"] for e in evs] == [{"Dawn Battalion"}]
    _, _, evs = facts("The Dawn Battalion said it attacked an army checkpoint near Kafr Zita.")
    assert [e["agent"] for e in evs] == [{"Dawn Battalion"}]


def test_held_by_speaks_of_a_place_named_before_it_not_of_a_modifier():
    _, rels, _ = facts("The Observatory, a France-based monitor, said the blast hit a checkpoint under the control "
                       "of the Dawn Battalion.")
    assert not any(r[1] == "controls" for r in rels)
    _, rels, _ = facts("The town of Kafr Zita, which has been under the control of the Dawn Battalion since June, "
                       "was shelled.")
    assert ("Dawn Battalion", "controls", "Kafr Zita", "affirmed") in rels


def test_groups_among_other_groups_are_no_units_and_a_country_named_outlet_is_no_state():
    _, rels, _ = facts("The offensive was launched by the Dawn Battalion and other rebel groups including the Hawks "
                       "Brigade and the Lions Brigade.")
    assert not any(r[1] == "part_of" for r in rels)
    _, rels, _ = facts("The Dawn Battalion, including the Hawks Brigade and the Lions Brigade, attacked the town.")
    assert ("Hawks Brigade", "part_of", "Dawn Battalion", "affirmed") in rels
    x, rels, _ = facts("The news website Chad Now identified the wounded man as a commander of the Dawn Battalion.")
    assert {e.name: e.type for e in x.entities}.get("Chad Now") == "organization"
    assert not any(e.type == "state" for e in x.entities)


def test_a_backer_named_in_the_sentence_is_no_target_of_the_backed():
    _, rels, _ = facts("Syrian regime forces backed by Russian air support repel a jihadist assault on the southern "
                       "edge of Hama on Monday killing 30 fighters Russias defence ministry said.", "2016-09-21")
    assert ("Syrian Arab Army", "backed_by", "Russia", "affirmed") in rels
    assert not any(r[1] == "hostile_to" and "Russia" in (r[0], r[2]) for r in rels)


def test_a_person_named_with_an_armed_group_is_its_member():
    _, rels, _ = facts("Among the dead was Abu Hamza al-Kurdi of the Dawn Battalion.")
    assert ("Abu Hamza al-Kurdi", "member_of", "Dawn Battalion", "affirmed") in rels
    _, rels, _ = facts("Abu Hamza al-Kurdi of the United Nations visited the camp.")
    assert not any(r[1] == "member_of" for r in rels)


def test_a_force_sent_or_expanding_into_a_place_operates_there():
    _, rels, _ = facts("The government sent the Dawn Battalion and the Hawks Brigade into Kafr Zita last year.")
    assert {("Dawn Battalion", "operates_in", "Kafr Zita", "affirmed"),
            ("Hawks Brigade", "operates_in", "Kafr Zita", "affirmed")} <= rels
    _, rels, _ = facts("The Dawn Battalion expanded into Kafr Zita in 2014.")
    assert ("Dawn Battalion", "operates_in", "Kafr Zita", "affirmed") in rels


def test_took_office_and_pushed_for_talks_are_no_captures():
    _, rels, evs = facts("The Hawks Brigade commander took office in 2014 and pushed the Dawn Battalion to negotiate.")
    assert not [e for e in evs if e["type"] == "capture"]


def test_a_province_the_lexicons_lack_is_a_place_and_a_named_group_keeps_its_head():
    x, rels, _ = facts("Abu Hamza, a Sulu commander, said the Maute group had moved into Lanao del Sur.")
    types = {e.name: e.type for e in x.entities}
    assert types.get("Sulu") in (None, "place") and types.get("Lanao del Sur") == "place"
    assert ("Maute group", "operates_in", "Lanao del Sur", "affirmed") in rels
    x, _, _ = facts("Ahrar al-Sham is one of the most powerful Islamic groups fighting the army.")
    assert "Islamic groups" not in {e.name for e in x.entities}


@pytest.mark.parametrize("text, name", [
    ("The Hawks Brigade fought in the Kafr Zita Civil War against the Dawn Battalion.", "Kafr Zita Civil War"),
    ("The Battle of Kafr Zita ended when the Dawn Battalion withdrew.", "Battle of Kafr Zita"),
    ("The Dawn Battalion attacked the Bolan Express near Quetta.", "Bolan Express"),
])
def test_an_events_or_a_trains_name_is_no_actor(text, name):
    x, _, _ = facts(text)
    assert name not in {e.name for e in x.entities}


def test_a_leader_captured_or_taking_command_changes_the_leadership():
    _, rels, evs = facts("Karim Assaf, the leader of the Dawn Battalion, was captured by soldiers near Kafr Zita in "
                         "July 2013.")
    assert {"type": "leadership_change", "date": "2013-07", "agent": {"Karim Assaf"}, "from": set(),
            "to": {"Dawn Battalion"}, "target": set()} in evs
    _, rels, evs = facts("Omar Haddad took command of the Dawn Battalion in 2004.")
    assert ("Omar Haddad", "member_of", "Dawn Battalion", "affirmed") in rels
    assert [e["agent"] for e in evs if e["type"] == "leadership_change"] == [{"Omar Haddad"}]


def test_an_attack_by_x_is_xs_and_the_object_of_a_participle_is_no_subject():
    _, _, evs = facts("The army said that an air strike late on Wednesday by the Hawks Brigade hit depots belonging "
                      "to the Dawn Battalion.")
    assert [e["agent"] for e in evs if e["type"] == "clash"] == [{"Hawks Brigade"}]
    _, rels, _ = facts("A raid on Tuesday by the Hawks Brigade fighting the Dawn Battalion killed nine members of the "
                       "Lions Brigade near Kafr Zita.")
    assert ("Dawn Battalion", "hostile_to", "Lions Brigade", "affirmed") not in rels
    _, _, evs = facts("An air strike by a coalition fighting the Dawn Battalion killed ten civilians.")
    assert not any("Dawn Battalion" in e["agent"] for e in evs)


def test_strikes_carried_out_by_a_state_against_a_group_are_its_attack_on_it():
    _, rels, evs = facts("Airstrikes carried out by the United States against the so-called Dawn Battalion "
                         "insurgents have killed 11 civilians.")
    assert ("United States", "hostile_to", "Dawn Battalion", "affirmed") in rels
    assert {"type": "clash", "agent": {"United States"}, "target": {"Dawn Battalion"}} in [
        {k: e[k] for k in ("type", "agent", "target")} for e in evs]


def test_a_party_that_takes_office_or_a_place_from_no_named_foe_captures_nothing():
    _, _, evs = facts("In April the Dawn Party took control of Kafr Zita.")
    assert not [e for e in evs if e["type"] == "capture"]


@pytest.mark.parametrize("text", [
    "Russia has been carrying out airstrikes to bolster the Dawn Battalion since last September.",
    "Russian jets struck the Hawks Brigade in support of the Dawn Battalion.",
])
def test_a_strike_for_a_side_does_not_hit_it(text):
    _, rels, evs = facts(text)
    assert not any(r[1] == "hostile_to" and "Dawn Battalion" in (r[0], r[2]) for r in rels)
    assert not any("Dawn Battalion" in e["target"] for e in evs)


def test_a_strike_in_error_is_a_clash_but_no_enmity():
    _, rels, evs = facts("The Hawks Brigade accidentally struck the Dawn Battalion near Kafr Zita, killing nine fighters.")
    assert [e["agent"] for e in evs if e["type"] == "clash"] == [{"Hawks Brigade"}]
    assert not any(r[1] == "hostile_to" for r in rels)


@pytest.mark.parametrize("text, triple", [
    ("The Falcons, a faction loyal to Colonel Omar Saleh, shelled the town.",
     ("Omar Saleh", "member_of", "Falcons", "affirmed")),
    ("The Falcons, a unit of the Dawn Battalion, shelled the town.", ("Falcons", "part_of", "Dawn Battalion", "affirmed")),
    ("The Saiqa, the French-trained commando brigade of the Malian Army, took the town.",
     ("Saiqa", "part_of", "Malian Army", "affirmed")),
    ("Government troops took the port together with the Ras Lions militia of Ahmed Farah.",
     ("Ahmed Farah", "member_of", "Ras Lions militia", "affirmed")),
    ("The Dawn Battalion was established in 2012 by Karim Assaf, a former army officer.",
     ("Karim Assaf", "member_of", "Dawn Battalion", "affirmed")),
    ("The Hawks Brigade took Kafr Zita from the Dawn Battalion in August.",
     ("Hawks Brigade", "hostile_to", "Dawn Battalion", "affirmed")),
    ("Twenty militants were killed in a joint operation by the Hawks Brigade and the Lions Brigade on Tuesday.",
     ("Hawks Brigade", "allied_with", "Lions Brigade", "affirmed")),
    ("Nine fighters were killed in a Hawks Brigade and Lions Brigade offensive near Kafr Zita.",
     ("Hawks Brigade", "allied_with", "Lions Brigade", "affirmed")),
    ("The Hawks Brigade has long been an enemy of the Dawn Battalion.",
     ("Hawks Brigade", "hostile_to", "Dawn Battalion", "affirmed")),
    ("The Hawks Brigade pushed the Dawn Battalion out of a string of villages near Kafr Zita.",
     ("Hawks Brigade", "hostile_to", "Dawn Battalion", "affirmed")),
    ("The Unity Party's armed wing, the Dawn Battalion, shelled the town.",
     ("Dawn Battalion", "part_of", "Unity Party", "affirmed")),
    ("The Dawn Battalion, the Unity Party's military wing, shelled the town.",
     ("Dawn Battalion", "part_of", "Unity Party", "affirmed")),
    ("The al-Nasr Brigades, the Unity Party's armed network, claimed the bombing.",
     ("al-Nasr Brigades", "part_of", "Unity Party", "affirmed")),
    ("The Rapid Brigade of MONUSCO attacked the Dawn Battalion.", ("Rapid Brigade", "part_of", "MONUSCO", "affirmed")),
    ("The Dawn Battalion named the dead as members of its Falcons Brigade.",
     ("Falcons Brigade", "part_of", "Dawn Battalion", "affirmed")),
    ("The Lions Front's five member organisations, the Hawks Brigade, the Falcons Brigade and the Dawn Battalion, "
     "signed the accord.", ("Falcons Brigade", "part_of", "Lions Front", "affirmed")),
    ("The Hawks Brigade, which officials describe as a front of the Dawn Battalion, claimed the attack.",
     ("Hawks Brigade", "part_of", "Dawn Battalion", "affirmed")),
    ("The Lions Front, a US-backed alliance led by the Dawn Battalion, took the town.",
     ("Dawn Battalion", "part_of", "Lions Front", "affirmed")),
    ("The Hawks Brigade has been fighting alongside the Lions Brigade against the Dawn Battalion around Kafr Zita.",
     ("Lions Brigade", "hostile_to", "Dawn Battalion", "affirmed")),
    ("The Hawks Brigade, which took up arms against the Dawn Battalion in 2012, rejected the deal.",
     ("Hawks Brigade", "hostile_to", "Dawn Battalion", "affirmed")),
    ("Hawks Brigade fighters exchanged fire with the Dawn Battalion near Kafr Zita.",
     ("Hawks Brigade", "hostile_to", "Dawn Battalion", "affirmed")),
])
def test_a_construction_states_its_relation(text, triple):
    """Appositions naming a kind of unit, a leader's militia, a founder, captures, joint operations, enmity;
    armed wings, units 'of' and 'its' units, member lists, fronts, alliances led by a group."""
    _, rels, _ = facts(text)
    assert triple in rels


def test_a_backed_alliance_is_the_apposed_name_not_the_group_leading_it():
    _, rels, _ = facts("The Lions Front, a US-backed alliance led by the Dawn Battalion, took the town.")
    assert ("Lions Front", "backed_by", "United States", "affirmed") in rels
    assert ("Dawn Battalion", "backed_by", "United States", "affirmed") not in rels
    _, rels, _ = facts("Turkish-backed forces of the Syrian National Army entered the town.")
    assert ("Syrian National Army", "backed_by", "Turkey", "affirmed") in rels


def test_a_name_with_an_acronym_said_is_no_person():
    x, _, _ = facts("The Provisional DLF said it carried out the attack.")
    assert not [e for e in x.entities if e.type == "person"]


@pytest.mark.parametrize("text", [
    "The Dawn Battalion's military commander, Karim Assaf, is a former army officer.",
    "Commander-in-Chief of the Dawn Battalion, Karim Assaf, said the talks had failed.",
    "The Dawn Battalion has been led since its beginnings by Karim Assaf.",
    "The Dawn Battalion under Brigadier Karim Assaf took the town.",
])
def test_a_role_names_the_person_who_holds_it(text):
    """A role noun before the comma, a role opening the sentence, 'led since ... by', 'X under Z'."""
    x, rels, _ = facts(text)
    assert ("Karim Assaf", "member_of", "Dawn Battalion", "affirmed") in rels
    assert [e.name for e in x.entities if e.type == "organization"] == []  # not "Brigadier Karim Assaf"


@pytest.mark.parametrize("text", [
    "The British-based war monitor said army shelling killed six people in Kafr Zita.",
    "The London based monitor said the army shelled Kafr Zita.",
])
def test_where_a_source_is_based_is_no_party(text):
    x, rels, _ = facts(text)
    assert not [e.name for e in x.entities if e.name == "United Kingdom"]
    assert not [e.name for e in x.entities if e.type == "state_force" and "British" in e.name]


def test_one_unknown_word_after_shelled_is_a_place_not_a_target():
    x, rels, evs = facts("The Syrian army shelled Qarzata on Monday, the monitor said.")
    assert not [e.name for e in x.entities if e.type in ("organization", "armed_group")]
    assert not any(e["target"] for e in evs)


def test_unnamed_groups_affiliated_to_a_group_make_no_tie_for_the_sentence_subject():
    _, rels, _ = facts("Units of the army foiled an attack launched by terrorist groups affiliated to the Dawn "
                       "Battalion near Kafr Zita.")
    assert not any(r[1] in ("part_of", "affiliated_with", "backed_by") for r in rels)
    _, rels, _ = facts("Dawn Battalion fighters affiliated with al-Qaeda attacked the town.")
    assert ("Dawn Battalion", "affiliated_with", "al-Qaeda", "affirmed") in rels


def test_a_role_is_not_given_to_a_group_named_before_a_prepositional_phrase():
    _, rels, _ = facts("The attack was the deadliest on the Hawks Brigade since Moscow began its intervention in "
                       "support of President Karim Assaf last September.")
    assert not any(r[0] == "Karim Assaf" and r[1] == "member_of" for r in rels)
    _, rels, _ = facts("Dawn Battalion commander Karim Assaf was killed on Monday.")
    assert ("Karim Assaf", "member_of", "Dawn Battalion", "affirmed") in rels


def test_strikes_on_a_country_in_support_of_its_regime_are_no_war_on_it():
    _, rels, evs = facts("Russia launched airstrikes on Lebanon in support of the Lebanese army on Monday.")
    assert not any(r[1] == "hostile_to" and "Lebanon" in (r[0], r[2]) for r in rels)
    assert not any("Lebanon" in e["target"] for e in evs)


def test_a_name_with_a_descriptor_is_named_without_it():
    """'the Daesh terror group' is 'Daesh', the phrase an alias; 'the Maute group' keeps its noun, and a capitalised
    'Terrorist Organization' is part of a name."""
    x, _, _ = facts("A US-led coalition is also battling the Daesh terror group in Syria.")
    e = next(e for e in x.entities if e.name == "Daesh")
    assert "Daesh terror group" in e.aliases
    x, _, _ = facts("The Hawks rebel group and the Maute group seized Kafr Nabl.")
    assert {"Hawks", "Maute group"} <= {e.name for e in x.entities}


@pytest.mark.parametrize("text, place", [
    ("The Arakan Army attacked Paletwa in November. The group's fighters seized the town from the army.", "Paletwa"),
    ("Rebels shelled Kafr Zita on Monday. On Tuesday the Tiger Forces captured the town.", "Kafr Zita"),
])
def test_the_town_is_the_settlement_just_named(text, place):
    x, _, evs = facts(text)
    name = {e.id: e.name for e in x.entities}
    captures = [v for v in x.events if v.type == "capture"]
    assert captures and place in {name[p] for p in captures[-1].locations}


@pytest.mark.parametrize("text", [
    "The Arakan Army fought in Rakhine State in November. The group's fighters seized the town from the army.",
    "The Arakan Army fought in Myanmar in November. The group's fighters seized the town from the army.",
    "The Arakan Army fought near Paletwa in November. Its fighters later seized the town of Kyauktaw.",
])
def test_the_town_is_not_a_country_a_region_or_a_town_named_after_it(text):
    x, _, _ = facts(text)
    name = {e.id: e.name for e in x.entities}
    captures = [v for v in x.events if v.type == "capture"]
    assert all(name[p] not in ("Rakhine State", "Myanmar", "Paletwa") for v in captures for p in v.locations)


def test_a_founding_date_is_not_carried_to_the_next_sentences_attacks():
    _, _, evs = facts("Jaish-e-Mohammed was founded in 2000. The group has attacked the Indian Army in Kashmir "
                      "for two decades.")
    clashes = [v for v in evs if v["type"] == "clash"]
    assert clashes and all(v["date"] != "2000" for v in clashes)


@pytest.mark.parametrize("text, until", [
    ("Billy Wright, leader of the Loyalist Volunteer Force, was shot dead inside the Maze prison in December 1997.",
     "1997-12"),
    ("Boko Haram leader Abubakar Shekau killed himself by detonating explosives in May 2021, ISWAP said.", "2021-05"),
])
def test_a_leader_shot_dead_or_killing_himself_leaves_his_group_then(text, until):
    x, _, evs = facts(text)
    ends = {r.valid_until for r in x.relations if r.relation == "member_of"}
    assert until in ends
    assert not [v for v in evs if v["type"] == "clash"]  # killing oneself is no fight between parties


def test_a_founder_holds_his_role_since_the_founding():
    x, _, _ = facts("FACT was founded in 2016 by Mahamat Mahdi Ali, a former member of the UFDD.")
    name = {e.id: e.name for e in x.entities}
    since = {(name[r.object], r.valid_from) for r in x.relations if r.relation == "member_of"}
    assert ("FACT", "2016") in since and ("UFDD", "2016") not in since


def test_a_role_before_the_second_of_two_persons_is_only_his():
    _, rels, _ = facts("Iran called it retaliation for the killing of Hassan Nasrallah and Hamas leader Ismail Haniyeh.")
    members = {(s, o) for s, r, o, _ in rels if r == "member_of"}
    assert ("Ismail Haniyeh", "Hamas") in members and ("Hassan Nasrallah", "Hamas") not in members


@pytest.mark.parametrize("text, place", [
    ("Malian troops retook Kidal in November 2023.", "Kidal"),
    ("The Arakan Army overran Paletwa and Kyauktaw last week, the junta said.", "Kyauktaw"),
])
def test_a_name_the_recogniser_does_not_place_is_the_place_a_force_took(text, place):
    x, _, _ = facts(text)
    name = {e.id: e.name for e in x.entities}
    captures = [v for v in x.events if v.type == "capture"]
    assert captures and place in {name[p] for v in captures for p in v.locations}


def test_eliminating_a_groups_militants_is_a_clash_with_it():
    _, rels, evs = facts("Syrian Arab Army units eliminated over 75 militants of the Jabhat Fatah al-Sham group near Hama.")
    assert ("Syrian Arab Army", "hostile_to", "Jabhat Fatah al-Sham group", "affirmed") in rels
    assert any(v["type"] == "clash" and "Jabhat Fatah al-Sham group" in v["target"] for v in evs)


def test_a_state_of_the_past_is_a_state():
    x, rels, _ = facts("The Dawn Front, rearmed by the Soviet Union, attacked the EPLF at Nakfa in 1978.")
    assert {e.name: e.type for e in x.entities}.get("Soviet Union") == "state"
    assert ("Dawn Front", "backed_by", "Soviet Union", "affirmed") in rels


@pytest.mark.parametrize("text", ["The Dawn Front, rearmed by Turkey, attacked Kafr Nabl.",
                                  "The Dawn Front was resupplied by Turkey.", "Turkey rearmed the Dawn Front."])
def test_a_group_rearmed_or_resupplied_by_a_state_is_backed_by_it(text):
    _, rels, _ = facts(text)
    assert ("Dawn Front", "backed_by", "Turkey", "affirmed") in rels


def test_fighting_as_part_of_a_force_is_no_fight_with_it_and_not_a_unit_is_denied():
    _, rels, _ = facts("The Sinjar Protection Force fought as part of the Peshmerga on the western front.")
    assert ("Sinjar Protection Force", "part_of", "Peshmerga", "affirmed") in rels
    assert not {r for r in rels if r[1] == "hostile_to"}
    _, rels, _ = facts("The 3rd Assault Brigade is not a unit of the National Guard, the ministry said.")
    assert ("3rd Assault Brigade", "part_of", "National Guard", "negated") in rels


def test_government_forces_including_an_allied_militia_make_it_no_unit():
    _, rels, _ = facts("Government forces, including Hezbollah fighters, advanced on the town of Qusayr.")
    assert not {r for r in rels if r[1] == "part_of"}


@pytest.mark.parametrize("text, subject, relation, obj", [
    ("The Special Air Service (SAS), the British Army's special forces regiment, took part in the raid.",
     "Special Air Service", "part_of", "British Army"),
    ("The Popular Mobilization Forces, including Kata'ib Hezbollah and the Badr Organization, joined the offensive.",
     "Badr Organization", "part_of", "Popular Mobilization Forces"),
    ("The RUF, led by the former army corporal Foday Sankoh, launched its insurgency in March 1991.",
     "Foday Sankoh", "member_of", "RUF"),
    ("HVO troops under Colonel Tihomir Blaskic attacked the village.", "Tihomir Blaskic", "member_of", "HVO"),
    ("Egianus Kogoya, who commands the TPNPB in the Nduga area, denied the claim.",
     "Egianus Kogoya", "member_of", "TPNPB"),
    ("The commander of the United Nations Peace Forces, Lieutenant General Bernard Janvier, flew to Zagreb.",
     "Bernard Janvier", "member_of", "United Nations Peace Forces"),
    ("Burhan Muzaffar Wani, the self-styled commander of the Hizbul Mujahideen in the Kashmir Valley, was killed.",
     "Burhan Muzaffar Wani", "member_of", "Hizbul Mujahideen"),
])
def test_units_and_commanders_named_by_apposition_inclusion_rank_or_relative_clause(text, subject, relation, obj):
    _, rels, _ = facts(text)
    assert (subject, relation, obj, "affirmed") in rels


def test_formerly_a_role_ended_by_the_time_of_writing():
    x, _, _ = facts("Guillaume Soro, formerly secretary-general of the Forces Nouvelles, urged the militias to disarm.",
                    published="2011-04-20")
    ends = [(r.role, r.valid_until) for r in x.relations if r.relation == "member_of"]
    assert ends and ends[0][1] == "2011-04-20" and "former" in ends[0][0]


def test_the_holder_in_a_relative_clause_is_its_own_noun():
    _, rels, _ = facts("The Syrian army sent reinforcements on Friday to fight Islamic State, which controls roughly a "
                       "third of Syria.")
    held = {(s, o) for s, r, o, _ in rels if r == "controls"}
    assert ("Islamic State", "Syria") in held and not {h for h in held if h[0] != "Islamic State"}


@pytest.mark.parametrize("text, name", [
    ("Fighting erupted between government troops and rebels in the Barzeh neighbourhood of Damascus, the watchdog said.",
     "Barzeh"),
    ("The Syrian Democratic Forces surrounded Tabaqa in early April and cut its supply routes.", "Tabaqa"),
    ("REUTERS/Stringer The Syrian army sent reinforcements to the base to fight Islamic State near the town.",
     "REUTERS/Stringer"),
])
def test_a_neighbourhood_a_surrounded_town_or_a_photo_credit_is_no_side(text, name):
    x, rels, _ = facts("Fighting continued on Monday.\n\n" + text)
    assert not {r for r in rels if name in (r[0], r[2]) and r[1] in ("hostile_to", "allied_with", "part_of")}
    assert all(e.type == "place" for e in x.entities if e.name == name)


@pytest.mark.parametrize("text", [
    "Aleppo has recently come under intense attacks by regime and Russian forces.",
    "About 70 rebels were killed in clashes between a former al Qaeda affiliate, the Islamic State of Iraq and the "
    "Levant, and al Qaeda's Syrian branch, the Nusra Front, the Observatory said.",
])
def test_coattackers_and_the_owner_of_a_branch_are_no_enemies(text):
    _, rels, _ = facts(text)
    hostile = {frozenset((s, o)) for s, r, o, _ in rels if r == "hostile_to"}
    assert frozenset(("Syrian government", "Russian forces")) not in hostile
    assert not {h for h in hostile if any("al Qaeda" == n for n in h)}


@pytest.mark.parametrize("text", [
    "Rami Abdul Rahman head of the monitor group said the Syrian army had responded with heavy firepower.",
    "Israel's Channel 10 television quoted Defense Minister Moshe Yaalon as saying that Syria had used chemical weapons.",
    "The SDF launched the Wrath of Euphrates operation to seize Raqqa in November 2016.",
])
def test_what_a_person_spoke_of_a_channel_quoting_him_and_an_operation_are_no_ties(text):
    _, rels, _ = facts(text)
    assert not {r for r in rels if r[1] in ("member_of", "part_of")}


def test_an_affiliate_of_an_armed_group_is_affiliated_not_a_unit():
    _, rels, _ = facts("The SDF is mainly comprised of the YPG, even though its affiliate organisation the PKK is "
                       "listed as a terrorist organisation by Turkey.")
    assert not {r for r in rels if r[1] == "part_of" and r[0] == "PKK"}


@pytest.mark.parametrize("text, person, group", [
    ("Pentagon spokesman Rear Admiral John Kirby told CNN that the raids hit twelve oil refineries.",
     "John Kirby", "Pentagon"),
    ("The capture followed an operation by the Special Branch of the Kenya Police under Superintendent Ian Henderson.",
     "Ian Henderson", "Kenya Police"),
])
def test_a_rank_or_title_is_not_part_of_a_persons_name(text, person, group):
    x, rels, _ = facts(text)
    assert person in {e.name for e in x.entities if e.type == "person"}
    assert (person, "member_of", group, "affirmed") in rels


def test_an_article_opening_a_sentence_is_no_part_of_a_name():
    x, _, _ = facts("An Islamic State (IS) car bomb killed 20 people at a market in eastern Syria, the Observatory said.")
    assert "Islamic State" in {e.name for e in x.entities} and "An Islamic State" not in {e.name for e in x.entities}


def test_who_speaks_of_fighters_in_a_place_is_not_there():
    _, rels, _ = facts("A source at Aleppo Police Command said that terrorist organizations located in the eastern "
                       "neighborhoods of Aleppo city targeted the Midan neighborhood.")
    assert not {r for r in rels if r[1] == "operates_in"}


@pytest.mark.parametrize("text, name", [
    ("Fighters of the Armed Forces for the Liberation of Angola attacked UNITA positions near Cuito.",
     "Armed Forces for the Liberation of Angola"),
    ("The Party for the Liberation of the Hutu People and its armed wing fought the army.",
     "Party for the Liberation of the Hutu People"),
    ("The National Congress for the Defence of the People (CNDP) fought the army in North Kivu.",
     "National Congress for the Defence of the People"),
    ("The Volunteers for the Defence of the Homeland fought JNIM near Djibo.",
     "Volunteers for the Defence of the Homeland"),
    ("The OLA joined the United Front of Ethiopian Federalist and Confederalist Forces in November 2021.",
     "United Front of Ethiopian Federalist and Confederalist Forces"),
])
def test_a_long_name_keeps_what_it_is_for(text, name):
    x, _, _ = facts(text)
    assert name in {e.name for e in x.entities}


def test_two_names_joined_by_and_stay_two():
    x, rels, _ = facts("Hamas and Islamic Jihad fighters clashed with Israeli forces near Jenin.")
    names = {e.name for e in x.entities}
    assert {"Hamas", "Islamic Jihad"} <= names and not {n for n in names if " and " in n}


def test_an_organisation_that_fights_is_a_side_and_a_monitor_is_not():
    _, rels, _ = facts("The OLF, which fought the Derg in the west and south, is likely to demand a large share.")
    assert ("OLF", "hostile_to", "Derg", "affirmed") in rels or ("Derg", "hostile_to", "OLF", "affirmed") in rels
    _, rels, _ = facts("The Syrian Observatory for Human Rights attacked the Syrian army's account of the raid.")
    assert not {r for r in rels if r[1] == "hostile_to"}


def test_a_name_spelled_out_before_its_acronym_is_one_name_and_set_up_by_makes_a_founder():
    x, rels, _ = facts("The All Tripura Tiger Force (ATTF) was set up in 1990 by Ranjit Debbarma, a former member "
                       "of the Tripura National Volunteers.")
    assert "All Tripura Tiger Force" in {e.name for e in x.entities}
    assert ("Ranjit Debbarma", "member_of", "All Tripura Tiger Force", "affirmed") in rels


@pytest.mark.parametrize("text, person, group", [
    ("AQIM later named Abu Ubaidah Yusuf al-Annabi as his successor.", "Abu Ubaidah Yusuf al-Annabi", "AQIM"),
    ("Noor Wali Mehsud took over the TTP in June 2018.", "Noor Wali Mehsud", "TTP"),
    ("Former president François Bozizé has taken command of the Coalition of Patriots for Change, the rebel "
     "alliance said.", "François Bozizé", "Coalition of Patriots for Change"),
])
def test_a_group_naming_its_leader_and_a_leader_taking_over_a_group_change_its_leadership(text, person, group):
    _, rels, evs = facts(text)
    assert (person, "member_of", group, "affirmed") in rels
    assert any(v["type"] == "leadership_change" and v["agent"] == {person} and v["to"] == {group} for v in evs)


def test_a_person_captured_is_no_territory_taken():
    _, _, evs = facts("Aslam Farooqi, the leader of ISKP, was captured by Afghan intelligence in April 2020.")
    assert not [v for v in evs if v["type"] == "capture"]


def test_the_other_side_of_a_clash_is_an_armed_actor_not_a_country_a_monitor_or_a_person():
    _, _, evs = facts("Rhodesian forces struck the main bases of the Zimbabwe African National Liberation Army (ZANLA) "
                      "inside Mozambique in the largest raid of the war.")
    clash = [v for v in evs if v["type"] == "clash"]
    assert clash and all(v["target"] <= {"Zimbabwe African National Liberation Army"} for v in clash)
    _, _, evs = facts("In 1979 the INLA killed the Conservative spokesman Airey Neave with a car bomb at Westminster.")
    assert not {t for v in evs for t in v["target"] if "Neave" in t}


def test_the_syrian_government_is_the_state_under_the_name_the_article_gives_it():
    x, rels, _ = facts("Syrian government shelling of the rebel-held town of Douma killed 31 people on Saturday.")
    syria = [e for e in x.entities if e.type == "state"]
    assert syria and "Syrian government" in [syria[0].name] + list(syria[0].aliases)
    x, _, _ = facts("Syrian government forces shelled Douma on Saturday.")
    assert "Syrian government" not in {n for e in x.entities for n in [e.name] + list(e.aliases)}


@pytest.mark.parametrize("text, wing, owner", [
    ("Fighters of the Izz al-Din al-Qassam Brigades the armed wing of Hamas stormed the compound.",
     "Izz al-Din al-Qassam Brigades", "Hamas"),
    ("ISKP is the branch of the Islamic State active in Afghanistan and Pakistan.", "ISKP", "Islamic State"),
])
def test_a_wing_or_branch_is_part_of_its_owner_never_the_reverse(text, wing, owner):
    _, rels, _ = facts(text)
    assert (wing, "part_of", owner, "affirmed") in rels and (owner, "part_of", wing, "affirmed") not in rels


def test_who_split_is_the_noun_before_the_relative_clause():
    x, rels, evs = facts("The Zimbabwe African National Liberation Army (ZANLA) was the armed wing of the Zimbabwe "
                         "African National Union (ZANU), which had split from ZAPU in 1963.")
    assert not {r for r in rels if r[0] == "Zimbabwe African National Liberation Army" and r[2] == "ZAPU"}
    assert any(v["type"] == "split" and v["agent"] == {"Zimbabwe African National Union"} for v in evs)


@pytest.mark.parametrize("text, name, gone", [
    ("Director of the UK-based Observatory Rami Abdurrahman also stated that six air raids targeted Raqqa.",
     "Rami Abdurrahman", "Observatory Rami Abdurrahman"),
    ("Lieutenant General Sergey Rudskoy Chief of the Main Operational Directorate of the General Staff said the "
     "Turkish side still sends weapons.", "Sergey Rudskoy", "Sergey Rudskoy Chief"),
    ("The 28 Task Force Brigade, based in Chibok, is part of Operation Hadin Kai.",
     "28 Task Force Brigade", "Task Force Brigade"),
    ("Prigozhin accused Defence Minister Sergei Shoigu and the Chief of the General Staff, Valery Gerasimov, "
     "of starving his fighters of ammunition.", "Valery Gerasimov", "Staff"),  # "the General Staff" is no person
    ("Field Marshal Khalifa Haftar, commander of the Libyan National Army, launched an offensive on Tripoli.",
     "Khalifa Haftar", "Field Marshal Khalifa Haftar"),  # a rank of two words
])
def test_a_name_keeps_only_its_own_words(text, name, gone):
    x, _, _ = facts(text)
    names = {e.name for e in x.entities}
    assert name in names and gone not in names


def test_a_lone_army_and_a_count_of_fighters_name_no_group():
    x, _, _ = facts("Army chief General Raheel Sharif flew to Kabul within hours to meet President Ashraf Ghani.")
    assert "Army" not in {e.name for e in x.entities}
    x, _, _ = facts("About 300 Wagner Group fighters arrived in Bangui, where they clashed with rebels.")
    assert "Wagner Group" in {e.name for e in x.entities}


@pytest.mark.parametrize("text, person, group", [
    ("Amal, led by Nabih Berri, fought Hezbollah in the late 1980s.", "Nabih Berri", "Amal"),
    ("The PUK, headed by Jalal Talabani, had held Arbil since December 1994.", "Jalal Talabani", "PUK"),
    ("Arsen Pavlov, the Russian-born commander of the separatist Sparta Battalion, was killed in Donetsk.",
     "Arsen Pavlov", "Sparta Battalion"),
    ("The KLA expanded in 1999, with Agim Ceku as its chief of staff from May.", "Agim Ceku", "KLA"),
    ("The Maoists formed the People's Liberation Army in 1996, with Pushpa Kamal Dahal as its supreme commander.",
     "Pushpa Kamal Dahal", "People's Liberation Army"),
])
def test_who_leads_a_party_or_holds_a_role_given_with_as(text, person, group):
    _, rels, _ = facts(text)
    assert (person, "member_of", group, "affirmed") in rels


def test_the_terrorist_group_and_the_contingent_point_back_to_the_group_named_before():
    _, rels, _ = facts("Kenya sent the Multinational Security Support Mission to Haiti in June. The contingent, "
                       "commanded by Godfrey Otunge, patrols Port-au-Prince.")
    assert ("Godfrey Otunge", "member_of", "Multinational Security Support Mission", "affirmed") in rels
    _, rels, _ = facts("Islamic State fighters stormed Palmyra in May. The terrorist group is led by Abu Bakr "
                       "al-Baghdadi.")
    assert ("Abu Bakr al-Baghdadi", "member_of", "Islamic State", "affirmed") in rels


@pytest.mark.parametrize("text, agent", [
    ("The government blamed the attack on Boko Haram.", "Boko Haram"),
    ("The attack was blamed on al-Shabaab, which has carried out similar raids.", "al-Shabaab"),
    ("Officials have blamed the Armed Islamic Group for the bombing of the market in Algiers.", "Armed Islamic Group"),
])
def test_who_is_blamed_for_an_attack_made_it_as_reported(text, agent):
    _, _, evs = facts(text)
    assert any(v["type"] == "clash" and v["agent"] == {agent} for v in evs)
    x, _, _ = facts(text)
    assert {v.modality for v in x.events if v.type == "clash"} == {"reported"}


def test_a_nationality_and_a_title_before_a_name_are_not_the_name_nor_a_party_of_the_country():
    x, _, _ = facts("Syrian President Bashar al-Assad met Hezbollah leader Hassan Nasrallah in Damascus.")
    assert "Bashar al-Assad" in {e.name for e in x.entities if e.type == "person"}
    x, _, _ = facts("The Communist Party of El Salvador joined the FMLN in 1980.")
    assert "Communist Party of El Salvador" in {e.name for e in x.entities}
    x, _, _ = facts("The Communist Party of El Salvador of Schafik Handal joined the FMLN in 1980.")
    assert not {e.name for e in x.entities if "Handal" in e.name and "Party" in e.name}


@pytest.mark.parametrize("text, unit, parent", [
    ("The Regional Task Force, made up mainly of the UPDF and the Congolese army, hunted Kony.",
     "UPDF", "Regional Task Force"),
    ("The HVO, the military force of Herceg-Bosna, shelled Mostar.", "HVO", "Herceg-Bosna"),
])
def test_a_force_made_up_mainly_of_units_and_the_military_force_of_a_party(text, unit, parent):
    _, rels, _ = facts(text)
    assert (unit, "part_of", parent, "affirmed") in rels


@pytest.mark.parametrize("text, gone", [
    ("Russia meanwhile faces what Kremlin officials call Russophobia after protests over airstrikes in Aleppo.",
     "Russophobia"),
    ("REUTERS U.S. Air ForceSenior Airman Matthew BruchHandout Airstrikes against IS hit the Assad government.",
     "ForceSenior"),
])
def test_a_doctrine_and_words_a_crawler_glued_together_name_no_actor(text, gone):
    from orbat.extract.names import looks_like_chrome
    assert looks_like_chrome(gone if gone == "Russophobia" else "U.S. Air ForceSenior Airman Matthew BruchHandout")
    assert not looks_like_chrome("Hay'at Tahrir al-Sham") and not looks_like_chrome("McDonald Brigade")
    x, rels, _ = facts(text)
    assert not {e.name for e in x.entities if gone in e.name}
    assert not {r for r in rels if gone in r[0] or gone in r[2]}


def test_a_state_that_lost_its_apostrophe_before_its_army_is_the_state_acting():
    _, rels, _ = facts("The monitor said Syrias army shelled Jaysh al-Islam positions in Douma.")
    assert ("Syria", "hostile_to", "Jaysh al-Islam", "affirmed") in rels or \
        ("Jaysh al-Islam", "hostile_to", "Syria", "affirmed") in rels


def test_a_person_whose_possessive_lost_its_apostrophe_keeps_his_name():
    x, _, _ = facts("Rebels met President Bashar al-Assads envoy on Monday. Assad has the upper hand.")
    assert "Bashar al-Assad" in {e.name for e in x.entities if e.type == "person"}
    x, _, _ = facts("President Mahmoud Abbas said the talks failed. Abbas left for Cairo.")
    assert "Mahmoud Abbas" in {e.name for e in x.entities if e.type == "person"}
    x, _, _ = facts("Rebels met President Bashar al-Assads envoy on Monday. Assad's allies cheered.")
    assert "Bashar al-Assads" in {e.name for e in x.entities if e.type == "person"}  # an apostrophe elsewhere


@pytest.mark.parametrize("text, actor", [
    ("Haftar's forces shelled the Tripoli Revolutionaries Brigade near Gharyan.", "Libyan National Army"),
    ("Forces loyal to President Hadi fought the Houthis near Aden.", "Yemeni Armed Forces"),
    ("Pro-Gaddafi troops shelled the Misrata Brigade near Misrata.", "Libyan Army"),
    ("President Bashar al-Assads forces shelled the Army of Islam near Douma.", "Syrian Arab Army"),
])
def test_an_actor_named_by_its_leader_is_that_actor(text, actor):
    x, rels, _ = facts(text)
    assert actor in {e.name for e in x.entities}
    assert any(r[1] == "hostile_to" and actor in (r[0], r[2]) for r in rels)
    assert not any(e.type == "person" for e in x.entities)


def test_a_regime_named_by_its_leader_is_the_government():
    x, _, _ = facts("The Assad regime shelled Jaysh al-Islam positions in Douma.")
    assert {e.name: e.type for e in x.entities}.get("Syrian government") == "state"
    x, _, _ = facts("The Assad family has ruled Syria since 1971.")
    assert "Syrian government" not in {e.name for e in x.entities}


def test_a_demonym_before_government_forces_names_their_state():
    x, rels, _ = facts("Iraqi government forces shelled Islamic State positions in Mosul.")
    assert ("Iraqi Armed Forces", "hostile_to", "Islamic State", "affirmed") in rels
    assert not any(e.type == "state" for e in x.entities)


def test_fighting_one_side_and_its_rival_makes_both_enemies_of_the_fighter():
    _, rels, _ = facts("Ahrar al-Sham is one of the groups fighting both Syrian government forces and its rival "
                       "the Islamic State group.")
    assert ("Ahrar al-Sham", "hostile_to", "Islamic State group", "affirmed") in rels
    assert not any({r[0], r[2]} == {"Syrian Arab Army", "Islamic State group"} for r in rels)


def test_a_name_described_as_a_group_does_what_the_description_does():
    _, rels, _ = facts("A bombing took out the leadership of Ahrar al-Sham, one of the most powerful groups fighting "
                       "the Islamic State group.")
    assert ("Ahrar al-Sham", "hostile_to", "Islamic State group", "affirmed") in rels


def test_unnamed_fighters_in_a_relative_clause_are_no_named_group():
    _, rels, _ = facts("ISIL executed eight men on Saturday because they belonged to rebel groups that had fought "
                       "against the Nusra Front.")
    assert not any(r[1] == "hostile_to" for r in rels)
    _, rels, _ = facts("Ahrar al-Sham joined the Army of Conquest, the coalition of rebel groups that had fought "
                       "against the Nusra Front.")
    assert any(r[1] == "hostile_to" and "Army of Conquest" in (r[0], r[2]) for r in rels)
    _, rels, _ = facts("The Sham Legion and the Free Idlib Army are among the groups that joined the National Front "
                       "for Liberation.")
    assert ("Sham Legion", "part_of", "National Front for Liberation", "affirmed") in rels


def test_a_landmark_is_not_the_place_brought_under_control():
    _, rels, _ = facts("It is the last stronghold near Damascus where local deals have seen villages brought back "
                       "under the control of the Syrian government.")
    assert not any(r[1] == "controls" for r in rels)
    _, rels, _ = facts("The town of Zabadani, which is under the control of Ahrar al-Sham, was shelled.")
    assert ("Ahrar al-Sham", "controls", "Zabadani", "affirmed") in rels


def test_a_unit_of_a_state_whose_apostrophe_was_lost_is_no_ally_of_it():
    x, rels, _ = facts("There were reports of operations by Turkeys Special Forces inside Syrian territory.")
    assert not any(r[1] == "allied_with" for r in rels)
    assert not any("Special Forces" in e.name for e in x.entities)


@pytest.mark.parametrize("text, a, b", [
    ("Iran's Revolutionary Guards said they had destroyed two strongholds of Jaish al-Adl in Panjgur.",
     "Revolutionary Guards", "Jaish al-Adl"),
    ("Rebel fighters of the Nusra Front have been battling ISIL since January.", "Nusra Front", "ISIL"),
    ("The Islamic State advanced on a Syrian army position in Raqqa province.", "Islamic State", "Syrian army"),
    ("The Israel Defense Forces pounded Hamas positions in Gaza.", "Israel Defense Forces", "Hamas"),
])
def test_destroying_battling_pounding_and_advancing_on_an_armed_actor_are_clashes(text, a, b):
    _, rels, evs = facts(text)
    assert (a, "hostile_to", b, "affirmed") in rels or (b, "hostile_to", a, "affirmed") in rels
    assert any(e["type"] == "clash" and a in e["agent"] and b in e["target"] for e in evs)


def test_destroying_what_no_armed_actor_owns_is_no_clash():
    _, rels, evs = facts("ISIS destroyed the ancient temples of Palmyra in 2015.")
    assert not rels and not [e for e in evs if e["type"] == "clash"]


@pytest.mark.parametrize("text", [
    "Rebels in Syria including Al-Nusra Front militants have been battling ISIL since the start of the year.",
    "The monitor said Syrian rebels, including Al-Nusra Front, attacked ISIL positions near Aleppo.",
])
def test_named_groups_among_unnamed_fighters_do_what_the_fighters_do(text):
    _, rels, _ = facts(text)
    assert ("Al-Nusra Front", "hostile_to", "ISIL", "affirmed") in rels or \
        ("ISIL", "hostile_to", "Al-Nusra Front", "affirmed") in rels


@pytest.mark.parametrize("text, unit, parent", [
    ("The AGovC commands the Ambazonia Defence Forces (ADF), the largest separatist militia.",
     "Ambazonia Defence Forces", "AGovC"),
    ("The Russian Volunteer Corps was first attached to the International Legion of Territorial Defence of Ukraine.",
     "Russian Volunteer Corps", "International Legion of Territorial Defence of Ukraine"),
    ("The Azov Regiment came under the command of the National Guard of Ukraine in 2014.",
     "Azov Regiment", "National Guard of Ukraine"),
])
def test_a_unit_commanded_by_or_attached_to_a_force_is_part_of_it(text, unit, parent):
    _, rels, _ = facts(text)
    assert (unit, "part_of", parent, "affirmed") in rels


def test_a_commander_who_commands_a_unit_is_its_member_not_its_parent():
    _, rels, _ = facts("Colonel Ali commands the 5th Brigade.")
    assert not any(r[1] == "part_of" for r in rels)


@pytest.mark.parametrize("text, place", [
    ("Activists said regime jets bombed the towns of Housh Salhiya Nishabiya and Otaya on Monday.",
     "Housh Salhiya Nishabiya"),
    ("The Abu Ubaidah Ibn al-Jarrah mosque north of Hama city was destroyed by Russian airstrikes.",
     "Abu Ubaidah Ibn al-Jarrah"),
    ("For nearly a week regime troops backed by Russian warplanes have been battling for control of Al-Maleh.",
     "Al-Maleh"),
    ("The army units established full control over Jabal Badro neighborhood in Aleppo.", "Jabal Badro"),
])
def test_a_name_marked_as_a_place_by_its_noun_is_no_side_of_a_fight(text, place):
    _, rels, _ = facts(text)
    assert not any(r[1] == "hostile_to" and place in (r[0], r[2]) for r in rels)
    finder = MentionFinder()
    finder.begin_document(text)
    assert {m.text: m.type for m in finder.find(text)}.get(place) == "place"


def test_an_adjective_before_town_is_no_place_and_a_place_that_lost_its_apostrophe_owns_what_follows():
    text = "The Syrian army wrested back control of the Christian town of Kasab."
    finder = MentionFinder()
    finder.begin_document(text)
    assert "Christian" not in {m.text for m in finder.find(text)}
    text = "In Aleppos Qaryat al-Ansari neighborhood Nusra Front fighters executed deserters. Aleppo is divided."
    finder.begin_document(text)
    found = {m.text: m.type for m in finder.find(text)}
    assert found.get("Aleppo") == "place" and found.get("Qaryat al-Ansari") == "place"


def test_areas_one_leaves_for_are_not_the_place_named_before():
    _, rels, _ = facts("In the Qaryat al-Ansari neighborhood Nusra Front fighters executed men who tried to leave via "
                       "humanitarian corridors to areas controlled by government troops.")
    assert not any(r[1] == "controls" for r in rels)
    _, rels, _ = facts("Fighting has raged in Hassakeh since ISIS attacked several southern neighborhoods held by "
                       "government troops.")
    assert any(r[1] == "controls" and r[2] == "Al-Hasakah" for r in rels)


def test_a_clause_after_as_has_its_own_subject_and_no_strike_reaches_across_it():
    _, rels, evs = facts("Russia faces criticism over air raids in the north as the forces loyal to the Assad regime "
                         "push to recapture the city of Aleppo with the aid of Russian airstrikes.")
    assert not any(r[1] == "hostile_to" and {r[0], r[2]} == {"Russia", "Syrian Arab Army"} for r in rels)
    assert not any(e["type"] == "capture" for e in evs)  # a push to recapture takes nothing yet (nor does Russia)
    _, _, evs = facts("Somali government troops and clan fighters known as Macawisley have pushed al-Shabaab out "
                      "of a string of villages in the Hiiraan region, officials said.")
    assert any(e["type"] == "capture" and e["agent"] == {"Somali National Army"} for e in evs)  # not "as Macawisley"


def test_a_founder_after_a_participle_belongs_to_the_name_it_follows():
    _, rels, _ = facts("The FNL was the armed wing of Palipehutu, founded in 1980 by Remy Gahutu among refugees.")
    assert any(r[:3] == ("Remy Gahutu", "member_of", "Palipehutu") for r in rels)
    assert not any(r[:3] == ("Remy Gahutu", "member_of", "FNL") for r in rels)


@pytest.mark.parametrize("text, person, group", [
    ("In 2016 Abu Karim became commander of the Tribal Army.", "Abu Karim", "Tribal Army"),
    ("In the same month General Alexandros Papagos was made commander-in-chief of the Hellenic Army.",
     "Alexandros Papagos", "Hellenic Army"),
    ("Abu Karim, formerly commander of the Falcons Brigade, who in 2016 became head of the government-aligned "
     "Tribal Army, was killed.", "Abu Karim", "Tribal Army"),
])
def test_a_role_a_person_became_or_was_made_is_membership(text, person, group):
    _, rels, _ = facts(text)
    assert (person, "member_of", group, "affirmed") in rels


@pytest.mark.parametrize("text, a, b", [
    ("In 1981 the EPLF, with the help of the Tigray People's Liberation Front (TPLF), pushed the ELF out of Eritrea.",
     "EPLF", "Tigray People's Liberation Front"),
    ("Hezbollah fighters have been assisting Syrian army forces in fending off several attacks.",
     "Hezbollah", "Syrian army"),
    ("UN experts have documented collaboration between the Congolese army and the FDLR.", "Congolese army", "FDLR"),
    ("The EPRDF was formed in 1989 around the TPLF and its ally the Ethiopian People's Democratic Movement.",
     "TPLF", "Ethiopian People's Democratic Movement"),
])
def test_help_collaboration_and_a_named_ally_make_allies(text, a, b):
    _, rels, _ = facts(text)
    assert (a, "allied_with", b, "affirmed") in rels or (b, "allied_with", a, "affirmed") in rels


def test_a_demonym_ally_is_its_state_and_no_state_is_its_own_ally():
    _, rels, _ = facts("Idlib has been targeted by both the Syrian government and its Russian ally.")
    assert any(r[1] == "allied_with" and {r[0], r[2]} == {"Syria", "Russia"} for r in rels)
    _, rels, _ = facts("Russian allies of the regime were blamed.")
    assert not any(r[1] == "allied_with" for r in rels)
    x, _, _ = facts("The army, backed by its Lebanese ally Hezbollah, shelled Flita.")
    assert "Lebanon" not in {e.name for e in x.entities}  # the demonym describes Hezbollah


def test_help_from_a_bystander_makes_no_ally():
    _, rels, _ = facts("The rebels, with the help of the Red Cross, evacuated the wounded from the town.")
    assert not any(r[1] == "allied_with" for r in rels)


def test_the_speaker_is_not_the_doer_of_what_he_reports():
    _, rels, _ = facts("The U.S.-led coalition has carried out more than 450 air strikes around Manbij. The U.S. "
                       "Central Command said the coalition conducted 18 strikes on Monday and destroyed 13 Daesh "
                       "fighting positions near Manbij.")
    assert not any(r[1] == "hostile_to" and "U.S. Central Command" in (r[0], r[2]) for r in rels)


def test_a_generic_force_names_no_one_and_a_place_that_lost_its_apostrophe_is_the_place():
    x, rels, _ = facts("Army and Armed Force units backed by the army air force continued to advance near Hama.")
    assert "Armed Force" not in {e.name for e in x.entities}
    x, rels, _ = facts("Hama Units of the army killed 40 terrorists in Kafr Zita in Hamas countryside on Sunday.")
    assert "Hamas" not in {e.name for e in x.entities}
    assert not {r for r in rels if r[0] == "Hamas" or r[2] == "Hamas"}
    x, _, _ = facts("Hamas fighters attacked Israeli forces near Gaza City on Sunday.")
    assert "Hamas" in {e.name for e in x.entities}


def test_a_part_of_the_world_is_no_person_and_a_name_ending_a_list_of_places_is_a_place():
    x, rels, _ = facts("Hospitals were targeted, Robert Mardini ICRC regional director for the Middle East told Reuters.")
    assert "Middle East" not in {e.name for e in x.entities if e.type == "person"}
    x, rels, _ = facts("The terrorists fired rocket shells on the neighborhoods of al-Neel Street and the Mogambo "
                       "leaving eight people injured a source at Aleppo Police Command said.")
    assert not {r for r in rels if "Mogambo" in (r[0], r[2]) and r[1] == "hostile_to"}


def test_a_lost_full_stop_before_the_ends_a_sentence_and_an_iran_backed_group_fighting_daesh_backs_nothing():
    sents = [s.text for s in split_sentences("UN calls US and Russia to bring peace to Syria The siege by regime "
                                             "forces on eastern Aleppo has alarmed workers. They met in The Hague.")]
    assert sents == ["UN calls US and Russia to bring peace to Syria",
                     "The siege by regime forces on eastern Aleppo has alarmed workers.", "They met in The Hague."]
    _, rels, _ = facts("Air strikes hit a Hezbollah position in eastern Homs province where the Iran-backed Lebanese "
                       "group is fighting Daesh alongside the Syrian regime and Russian forces.")
    assert not {r for r in rels if r[1] == "backed_by" and r[0] == "Daesh"}
    _, rels, _ = facts("The SDF is dominated by the YPG which is the armed wing of the PYD a Syrian affiliate of the "
                       "PKK listed as a terrorist organisation by Turkey.")
    assert not {r for r in rels if r[0] == "SDF" and r[2] == "PKK"}


def test_a_bracketed_gloss_is_the_name_before_it_and_a_former_affiliate_leading_a_group_is_a_third_party():
    _, rels, _ = facts("Nusra Front (Qaeda branch in the Levant) Jaish al-Fateh and a number of terrorist groups were "
                       "involved in the attack.")
    assert not {r for r in rels if r[0] == "Jaish al-Fateh" and r[1] in ("part_of", "affiliated_with")}
    assert ("Nusra Front", "affiliated_with", "Qaeda", "affirmed") in rels
    _, rels, _ = facts("Much of Idlib province is controlled by Hayat Tahrir al-Sham (HTS) a group led by al-Qaedas "
                       "former Syria affiliate.")
    assert not {r for r in rels if r[0] in ("Hayat Tahrir al-Sham", "HTS") and r[1] == "affiliated_with"}
    _, rels, _ = facts("The villages were recaptured by rebels who include fighters of Al-Qaida affiliate Al-Nusra Front.")
    assert ("Al-Nusra Front", "affiliated_with", "Al-Qaida", "affirmed") in rels


def test_they_of_people_left_unnamed_is_not_the_name_they_blamed():
    _, rels, evs = facts("Jihadist rebels blamed Russian warplanes of carrying out Monday's attack and said they would "
                         "fight back against Syrian President Bashar al-Assad's forces and his Russian backers.")
    assert not {r for r in rels if r[1] == "hostile_to" and "Russian warplanes" in (r[0], r[2])
                and ("Syria" in (r[0], r[2]) or "Syrian Arab Army" in (r[0], r[2]))}
    assert not [v for v in evs if v["type"] == "clash" and v["agent"] == {"Russian warplanes"} and v["target"]]
    _, rels, _ = facts("Only on Friday did the Peshmerga make a stand at Altun Kupri, where they fought Iraqi forces "
                       "for several hours.")
    assert any(r[1] == "hostile_to" and "Peshmerga" in (r[0], r[2]) for r in rels)


def test_a_us_backed_group_whose_comma_was_lost_is_the_name_before_it():
    _, rels, _ = facts("Recently the SDF a US-backed group mainly consisting of YPG militants concentrated their forces "
                       "upon the city.")
    assert ("SDF", "backed_by", "United States", "affirmed") in rels
    assert not {r for r in rels if r[0] == "YPG" and r[1] == "backed_by"}


def test_an_acronym_the_article_defined_is_no_verb_and_a_town_bombed_names_no_bomber():
    _, rels, evs = facts("The Islamic State (IS) lost ground in June. The IS-held town of Raqqa was bombed on Monday.")
    assert ("Islamic State", "controls", "Raqqa", "affirmed") in rels
    assert not [v for v in evs if v["type"] == "clash" and v["agent"] == {"Islamic State"}]
    _, rels, _ = facts("The Islamic State (IS) lost ground in June. IS fighters attacked the YPG in Kobani.")
    assert any(r[1] == "hostile_to" and "Islamic State" in (r[0], r[2]) for r in rels)


@pytest.mark.parametrize("text, backed, sponsors", [
    ("Iran armed the Houthis throughout the war.", "Houthis", {"Iran"}),
    ("In 2017 Turkey continued to support the Syrian National Army.", "Syrian National Army", {"Turkey"}),
    ("The United States and India provided the Royal Nepalese Army with rifles and helicopters.",
     "Royal Nepalese Army", {"United States", "India"}),
    ("Yugoslavia and Bulgaria allowed the Democratic Army bases and supply routes across the frontier.",
     "Democratic Army", {"Yugoslavia", "Bulgaria"}),
])
def test_a_sponsors_verb_or_gift_of_arms_before_the_group_is_its_backing(text, backed, sponsors):
    _, rels, _ = facts(text)
    assert {r[2] for r in rels if r[0] == backed and r[1] == "backed_by" and r[3] == "affirmed"} == sponsors


@pytest.mark.parametrize("text", [
    "The Burundian Armed Forces (FAB) will keep 60 percent of the officer posts, with the rest going to the CNDD-FDD.",
    "The Rwandese Patriotic Army, the RPF's armed wing, would now pursue the Rwandan Armed Forces.",
    "Malian troops backed by Wagner retook Kidal in November 2023, weeks after MINUSMA left.",
])
def test_a_name_with_armed_in_it_an_armed_wing_or_a_passive_is_no_sponsors_verb(text):
    _, rels, _ = facts(text)
    assert not {r for r in rels if r[1] == "backed_by" and r[2] in ("CNDD-FDD", "RPF", "Rwandan Patriotic Front",
                                                                    "Malian Armed Forces", "FAB")}


def test_scant_evidence_that_a_state_armed_a_group_denies_the_backing():
    _, rels, _ = facts("There is scant evidence that China or the Soviet Union sent the Malayan National Liberation "
                       "Army weapons in any quantity.")
    assert {r[3] for r in rels if r[1] == "backed_by"} == {"negated"}


def test_subordinate_to_and_answered_to_make_a_unit_part_of_its_superior_but_unnamed_gunmen_name_no_one():
    _, rels, _ = facts("The Vostok Battalion and the Zapad Battalion, formally companies of the 42nd Motor Rifle "
                       "Division and subordinate to the GRU, fought in Chechnya.")
    assert {r[0] for r in rels if r[1] == "part_of" and r[2] == "GRU"} == {"Vostok Battalion", "Zapad Battalion"}
    _, rels, _ = facts("Ismael Zambada was not involved in the firefight, according to officials, who said the gunmen "
                       "answered to the Chapitos.")
    assert not {r for r in rels if r[1] == "part_of"}


def test_the_army_of_a_party_its_own_force_and_a_states_numbered_brigade_are_part_of_it():
    _, rels, _ = facts("The People's Armed Forces for the Liberation of Angola (FAPLA), the army of the MPLA "
                       "government, sent several brigades south.")
    assert ("People's Armed Forces for the Liberation of Angola", "part_of", "MPLA", "affirmed") in rels
    _, rels, _ = facts("The Zimbabwe African People's Union (ZAPU) led the war in the west. ZAPU's own force, the "
                       "Zimbabwe People's Revolutionary Army (ZIPRA), was based in Zambia.")
    assert ("Zimbabwe People's Revolutionary Army", "part_of", "Zimbabwe African People's Union", "affirmed") in rels
    _, rels, _ = facts("Georgia's 1st Infantry Brigade, which had been serving in Iraq, was flown home.")
    assert ("1st Infantry Brigade", "part_of", "Georgia", "affirmed") in rels
    _, rels, _ = facts("Yemen's Houthis fired missiles at ships.")
    assert not {r for r in rels if r[1] == "part_of"}


def test_a_plural_role_after_a_list_of_persons_and_his_movement_and_co_founders_are_each_a_member():
    _, rels, _ = facts("Asmatullah Muawiya and Qari Saifullah, both former commanders of Lashkar-e-Jhangvi, were killed.")
    assert {r[0] for r in rels if r[1] == "member_of" and r[2] == "Lashkar-e-Jhangvi"} == \
        {"Asmatullah Muawiya", "Qari Saifullah"}
    _, rels, _ = facts("President Mahmoud Abbas and his Fatah movement lost control of Gaza.")
    assert any(r[0] == "Mahmoud Abbas" and r[1] == "member_of" and r[2].startswith("Fatah") for r in rels)
    _, rels, _ = facts("The NSCN was founded on 31 January 1980 by Isak Chishi Swu, Thuingaleng Muivah and "
                       "S. S. Khaplang, leaders of the Naga National Council (NNC).")
    for group in ("NSCN", "Naga National Council"):
        assert {r[0] for r in rels if r[1] == "member_of" and r[2] == group} == \
            {"Isak Chishi Swu", "Thuingaleng Muivah", "S. S. Khaplang"}
    _, rels, _ = facts("Asmatullah Muawiya met Qari Saifullah and his brother in Kabul.")
    assert not {r for r in rels if r[1] == "member_of"}


def test_missiles_fired_or_launched_at_a_side_are_an_attack_and_found_no_group():
    _, rels, evs = facts("Hamas fired rockets at Israel on Saturday.")
    assert ("Hamas", "hostile_to", "Israel", "affirmed") in rels
    assert [v for v in evs if v["type"] == "clash" and v["agent"] == {"Hamas"}]
    _, rels, evs = facts("The US launched 59 Tomahawk cruise missiles at the Syrian military airfield near Homs.")
    assert not [v for v in evs if v["type"] == "formation"]


def test_a_kind_of_group_followed_by_such_as_stands_for_the_example_it_names():
    _, rels, _ = facts("The Syrian army is fighting against numerous extremist and terrorist groups such as the "
                       "Islamic State.")
    assert ("Syrian army", "hostile_to", "Islamic State", "affirmed") in rels or \
        ("Islamic State", "hostile_to", "Syrian army", "affirmed") in rels
    _, rels, _ = facts("The Syrian army is fighting against numerous extremist and terrorist groups in the north, "
                       "and the Islamic State is growing.")
    assert not {r for r in rels if r[1] == "hostile_to"}


def test_a_group_driven_out_of_a_base_loses_it_and_a_long_name_may_stand_before_out_of():
    _, _, evs = facts("The Nusra Front on Saturday drove the Hazm Movement out of a strategic northern military base.")
    assert {"type": "capture", "agent": {"Nusra Front"}, "from": {"Hazm Movement"}} .items() <= \
        next(v for v in evs if v["type"] == "capture").items()
    _, _, evs = facts("The Syrian army drove the Free Syrian Army's Southern Front (SF) out of Daraa on Saturday.")
    assert [v for v in evs if v["type"] == "capture" and v["agent"] == {"Syrian army"}]


@pytest.mark.parametrize("phrase", ["Turkish servicemen", "Turkish marines", "Turkish special forces", "Turkish tanks"])
def test_a_states_servicemen_marines_or_tanks_are_its_armed_forces(phrase):
    x, _, evs = facts(f"The YPG killed 17 {phrase} near the border.")
    assert [e for e in x.entities if e.type == "state_force"]
    assert [v for v in evs if v["type"] == "clash" and v["agent"] == {"YPG"} and v["target"]]


def test_an_armed_backer_named_with_the_attacker_before_the_verb_fights_beside_it():
    _, _, evs = facts("The Syrian army, backed by Russian warplanes, attacked rebel positions in Idlib held by the "
                      "Nusra Front.")
    clash = next(v for v in evs if v["type"] == "clash")
    assert clash["agent"] == {"Syrian army", "Russian warplanes"}
    _, _, evs = facts("The Syrian army attacked rebel positions in Idlib, backed by Russian warplanes said to be "
                      "based at Hmeimim.")
    assert all("Russian warplanes" not in v["agent"] for v in evs if v["type"] == "clash")


def test_broke_with_broke_away_from_and_a_splinter_of_are_splits_but_not_a_persons_break():
    _, _, evs = facts("In 2019 the Oromo Liberation Army broke with the Oromo Liberation Front's political leadership.")
    assert [v for v in evs if v["type"] == "split" and v["agent"] == {"Oromo Liberation Army"}
            and v["from"] == {"Oromo Liberation Front"}]
    _, _, evs = facts("The Real IRA, a splinter of the Provisional IRA, planted the bomb.")
    assert [v for v in evs if v["type"] == "split" and v["from"] == {"Provisional IRA"}]
    _, _, evs = facts("The Taliban broke with tradition and announced a new cabinet.")
    assert not [v for v in evs if v["type"] == "split"]
    _, _, evs = facts("The MNLF faction headed by Muslimin Sema, who broke with Nur Misuari years ago, said it had "
                      "nothing to do with the attack.")
    assert not [v for v in evs if v["type"] == "split"]


def test_a_local_or_veteran_commander_of_a_group_killed_is_a_leadership_change():
    _, rels, evs = facts("Ibrahim al-Nabulsi, a local commander of the al-Aqsa Martyrs' Brigades, was killed in a raid.")
    assert any(r[0] == "Ibrahim al-Nabulsi" and r[1] == "member_of" for r in rels)
    assert [v for v in evs if v["type"] == "leadership_change" and v["agent"] == {"Ibrahim al-Nabulsi"}]


def test_soldiers_killed_in_air_raids_did_not_make_them_and_a_demonym_is_no_place():
    x, _, evs = facts("At least 10 Syrian soldiers were killed in Israeli overnight air raids on positions near the "
                      "Golan Heights.")
    assert not [v for v in evs if v["type"] == "clash" and "Syrian soldiers" in v["agent"]]
    assert not [e for e in x.entities if e.name == "Israeli"]


def test_an_insurgency_against_a_state_arms_taken_up_against_the_turkish_state_and_fighting_as_well_as_a_third():
    _, rels, _ = facts("The Kurdistan Workers' Party (PKK) has waged an insurgency against Turkey since 1984.")
    assert ("Kurdistan Workers' Party", "hostile_to", "Turkey", "affirmed") in rels or \
        ("Turkey", "hostile_to", "Kurdistan Workers' Party", "affirmed") in rels
    _, rels, _ = facts("The PKK, which took up arms against the Turkish state in 1984, announced a ceasefire.")
    assert any(r[1] == "hostile_to" and "PKK" in (r[0], r[2]) for r in rels)
    _, rels, _ = facts("Since then Boko Haram and ISWAP have fought each other as well as the Nigerian military.")
    assert {frozenset((r[0], r[2])) for r in rels if r[1] == "hostile_to"} >= {
        frozenset(("Boko Haram", "Nigerian military")), frozenset(("ISWAP", "Nigerian military"))}
    _, rels, _ = facts("The governor said the state would rebuild the market that the Islamic State burned.")
    assert not {r for r in rels if r[1] == "hostile_to"}


def test_groups_fighting_together_or_joining_forces_are_allies():
    _, rels, _ = facts("The G9 and G-Pep were now fighting together against the police.")
    assert ("G9", "allied_with", "G-Pep", "affirmed") in rels or ("G-Pep", "allied_with", "G9", "affirmed") in rels
    _, rels, _ = facts("The G9 and G-Pep were fighting in Port-au-Prince on Monday.")
    assert not {r for r in rels if r[1] == "allied_with"}


def test_an_unknown_name_before_camps_or_a_base_is_a_place_not_a_side():
    _, rels, _ = facts("The UPDF and the Congolese army attacked the Garamba camps on 14 December 2008.")
    assert not {r for r in rels if r[1] == "hostile_to" and "Garamba" in (r[0], r[2])}
    _, rels, _ = facts("The Ugandan army attacked ADF camps in the Rwenzori mountains on Monday.")
    assert any(r[1] == "hostile_to" and "ADF" in (r[0], r[2]) for r in rels)


def test_groups_that_found_an_umbrella_are_its_members_and_a_group_forms_its_own_units():
    _, rels, evs = facts("In May 2015 the Ajnad Brigade joined several other militias to form the Derna Mujahideen "
                         "Shura Council.")
    assert ("Ajnad Brigade", "part_of", "Derna Mujahideen Shura Council", "affirmed") in rels
    _, rels, _ = facts("The Sandinista front was founded in 1961 by the Tercerista Brigade, the Proletarian Movement "
                       "and the Popular War Front.")
    assert {r[0] for r in rels if r[1] == "part_of"} == {"Tercerista Brigade", "Proletarian Movement",
                                                         "Popular War Front"}
    _, rels, evs = facts("Los Zetas, the Gulf Cartel and Los Viagras have since formed an alliance known as the "
                         "Carteles Unidos.")
    assert {r for r in rels if r[1] in ("part_of", "allied_with")} == {
        ("Los Zetas", "part_of", "Carteles Unidos", "affirmed"), ("Gulf Cartel", "part_of", "Carteles Unidos", "affirmed"),
        ("Los Viagras", "part_of", "Carteles Unidos", "affirmed")}
    _, rels, _ = facts("Hamas formed the Nukhba Force in 2007.")
    assert ("Nukhba Force", "part_of", "Hamas", "affirmed") in rels


def test_membership_of_an_umbrella_belonging_and_a_faction_of_a_state_force():
    _, rels, _ = facts("The PKK is the dominant member of the Kurdistan Communities Union.")
    assert ("PKK", "part_of", "Kurdistan Communities Union", "affirmed") in rels
    _, rels, _ = facts("The PKK said its fighters were betrayed by members of the Kurdistan Communities Union.")
    assert not {r for r in rels if r[1] == "part_of"}
    _, rels, _ = facts("The Twa militia, a Hutu-led group that belongs to the Wazalendo coalition, took Sake.")
    assert ("Twa militia", "part_of", "Wazalendo", "affirmed") in rels
    _, rels, _ = facts("Jets of the US-led coalition hit ammunition depots belonging to the Islamic State near Raqqa.")
    assert not {r for r in rels if r[1] == "part_of"}
    _, rels, _ = facts("Kataib Hezbollah is the most powerful faction of the Popular Mobilization Forces.")
    assert {r for r in rels if r[0] == "Kataib Hezbollah"} == {
        ("Kataib Hezbollah", "part_of", "Popular Mobilization Forces", "affirmed")}


def test_control_and_presence_reach_only_the_places_listed_together():
    _, rels, _ = facts("The Kachin Independence Army, whose forces hold most of Waingmaw, attacked Bhamo on Monday.")
    assert ("Kachin Independence Army", "controls", "Waingmaw", "affirmed") in rels
    assert not {r for r in rels if r[1] == "controls" and r[2] == "Bhamo"}
    _, rels, _ = facts("The Kachin Independence Army is active in Waingmaw, Momauk and Bhamo.")
    assert {r[2] for r in rels if r[1] == "operates_in"} == {"Waingmaw", "Momauk", "Bhamo"}


def test_persons_named_as_one_of_a_groups_officers_or_after_a_two_word_rank():
    _, rels, _ = facts("Government jets struck the Tawhid Brigade, killing one of its commanders, Adnan Bakkour.")
    assert ("Adnan Bakkour", "member_of", "Tawhid Brigade", "affirmed") in rels
    _, rels, _ = facts("The Tawhid Brigade claimed the raid. Adnan Bakkour, one of the group's founders, led it.")
    assert ("Adnan Bakkour", "member_of", "Tawhid Brigade", "affirmed") in rels
    _, rels, _ = facts("Adnan Bakkour, one of the victims of the Tawhid Brigade, was buried on Monday.")
    assert not {r for r in rels if r[1] == "member_of"}
    _, rels, _ = facts("Hezbollah's commander, Lieutenant General Adnan Bakkour, was wounded.")
    assert ("Adnan Bakkour", "member_of", "Hezbollah", "affirmed") in rels
    _, rels, _ = facts("Jets struck the camp, killing one of the Nusra Front's senior commanders, Adnan Bakkour.")
    assert ("Adnan Bakkour", "member_of", "Nusra Front", "affirmed") in rels


def test_the_party_stands_for_a_party_not_for_a_union_of_states():
    _, rels, _ = facts("The TPLF rejected the deal on Monday. The party is led by Debretsion Gebremichael.")
    assert ("Debretsion Gebremichael", "member_of", "TPLF", "affirmed") in rels
    _, rels, _ = facts("The European Union condemned the deal on Monday. The party is led by Debretsion Gebremichael.")
    assert not {r for r in rels if r[1] == "member_of"}


def test_a_group_formed_by_former_members_of_another_is_none_of_its_units():
    _, rels, evs = facts("The Cartel del Noreste, a group formed by former members of Los Zetas, took Reynosa.")
    assert not {r for r in rels if r[1] == "part_of"}
    assert [e["agent"] for e in evs if e["type"] == "formation"] == [{"Cartel del Noreste"}]
    _, rels, _ = facts("The Cartel del Noreste, a group formed in 2010 by Los Zetas and the Gulf Cartel, took Reynosa.")
    assert {r for r in rels if r[1] == "part_of"} == {("Los Zetas", "part_of", "Cartel del Noreste", "affirmed"),
                                                      ("Gulf Cartel", "part_of", "Cartel del Noreste", "affirmed")}


def test_an_ally_of_and_a_possessed_ally_are_allies():
    _, rels, _ = facts("Kataib Hezbollah, an ally of the Syrian government, sent fighters to Albu Kamal.")
    assert ("Kataib Hezbollah", "allied_with", "Syria", "affirmed") in {
        (r[0], r[1], r[2], r[3]) for r in rels} | {(r[2], r[1], r[0], r[3]) for r in rels}
    _, rels, _ = facts("The Polisario Front, Algeria's closest ally, rejected the plan.")
    assert {frozenset((r[0], r[2])) for r in rels if r[1] == "allied_with"} == {frozenset(("Algeria", "Polisario Front"))}
    _, rels, _ = facts("The Kurdish fighters have emerged as a key ally of the coalition against Daesh.")
    assert not {r for r in rels if r[1] == "allied_with"}
    _, rels, _ = facts("The Polisario Front, Algeria's former ally, rejected the plan.")
    assert not {r for r in rels if r[1] == "allied_with"}
    _, rels, _ = facts("Hezbollah, Iran's most important ally, rejected the plan.")
    assert {frozenset((r[0], r[2])) for r in rels if r[1] == "allied_with"} == {frozenset(("Iran", "Hezbollah"))}


def test_a_side_pushed_back_by_another_fought_it_and_a_name_south_of_is_a_place():
    _, rels, _ = facts("The M23 attacked two positions near Sake but were pushed back by the Burundian army.")
    assert {frozenset((r[0], r[2])) for r in rels if r[1] == "hostile_to"} == {frozenset(("M23", "Burundian army"))}
    x, rels, _ = facts("Dozens of ISIS militants attacked army positions south of Tabaqa on Monday.")
    assert not {r for r in rels if r[1] == "hostile_to"}
    assert {e.type for e in x.entities if "Tabaqa" in e.name} == {"place"}


def test_a_sponsor_accused_of_arming_and_a_sponsor_by_two_verbs():
    _, rels, _ = facts("Officials in Kabul have long accused Pakistan of arming the Taliban.")
    assert {(r[0], r[1], r[2]) for r in rels if r[1] == "backed_by"} == {("Taliban", "backed_by", "Pakistan")}
    _, rels, _ = facts("Khartoum accused Uganda of supporting its own rebels.")
    assert not {r for r in rels if r[1] == "backed_by"}
    _, rels, _ = facts("A spokesman said the ONLF was being armed and trained by Eritrea, Ethiopia's foe since 1998.")
    assert {(r[0], r[1], r[2]) for r in rels if r[1] == "backed_by"} == {
        ("ONLF", "backed_by", "Eritrea")}


def test_the_government_of_a_named_state_is_that_states_not_the_articles():
    _, rels, _ = facts("The Lord's Resistance Army waged war on the government of Uganda from 1987. From 1994 "
                       "the LRA received arms and rear bases from the government of Sudan.")
    assert ("Lord's Resistance Army", "backed_by", "Sudanese government", "affirmed") in rels
    assert ("Lord's Resistance Army", "hostile_to", "Ugandan government", "affirmed") in rels
    assert not any(r[1] == "backed_by" and r[2] == "Ugandan government" for r in rels)


def test_a_capital_in_capitals_opening_the_story_is_where_it_was_filed():
    x, rels, evs = facts("Last updated at Feb 092015 BEIRUT At least 15 people were killed on Monday in government "
                         "air strikes on an area outside the capital Damascus.")
    assert "Lebanon" not in {e.name for e in x.entities}
    assert not any("Lebanon" in (r[0], r[2]) for r in rels)
    _, _, evs = facts("The Syrian army shelled rebel positions in HOMS. Jaysh al-Islam said it repelled the attack.")
    assert any(ev["type"] == "clash" and "Syrian army" in ev["agent"] for ev in evs)
    x, _, _ = facts("The Syrian army shelled rebel positions in HOMS. Jaysh al-Islam said it repelled the attack.")
    assert "Homs" in {e.name for e in x.entities}  # a place in capitals ending a sentence is still the place


def test_a_news_agency_by_its_initials_reports_and_fights_no_one():
    x, rels, _ = facts("The Syrian soldiers advanced against ISIL in al-Habari oilfield, killing several militants, "
                       "FNA reports.")
    assert {e.name: e.type for e in x.entities}.get("FNA") == "organization"
    assert not any("FNA" in (r[0], r[2]) for r in rels)


def test_a_title_before_a_name_is_no_person():
    for text in ("U.S. Secretary of State John Kerry said many were leaning toward supporting a G20 statement.",
                 "After meeting Arab foreign ministers U.S. Secretary of State John Kerry said many agreed."):
        x, _, _ = facts(text)
        assert {e.name for e in x.entities if e.type == "person"} == {"John Kerry"}


def test_names_listed_with_places_and_their_death_tolls_are_places():
    x, rels, _ = facts("The Syrian Coalition condemned the crime. "
                       "A total 54 civilians were killed in airstrikes by the Assad regime and Russian air forces on "
                       "Aleppo and its countryside on Tuesday including 9 in the neighborhood Alsaliheen 8 in Ansari 5 in "
                       "Almiyassar 3 and Karm Albeiq and 1 in each of the districts of Marjah Alizaa and Salah Addin.")
    assert not any(e.type in ("armed_group", "organization") for e in x.entities)
    assert not any(r[1] == "part_of" for r in rels)  # no unit of the Syrian Coalition


def test_a_place_that_only_locates_another_is_not_held():
    _, rels, _ = facts("The army units established full control over Jabal Badro neighborhood to the south of "
                       "Masaken Hanano area in Aleppo, a military source said.")
    held = {r[2] for r in rels if r[1] == "controls"}
    assert "Jabal Badro" in held and not any("Masaken Hanano" in p for p in held)
    _, rels, _ = facts("The rival Islamic State West Africa Province (ISWAP) operates mainly around Lake Chad and in "
                       "the north of Borno.")
    assert sum(r[1] == "operates_in" for r in rels) == 2  # a list of two places, not a landmark


def test_a_village_named_with_al_is_a_place_the_army_holds():
    _, rels, _ = facts("The Syrian army on Wednesday established full control of al-Masasneh village southwest of "
                       "Mourek in the countryside of Hama.")
    assert ("Syrian army", "controls", "al-Masasneh", "affirmed") in rels
    assert not any("Mourek" in r[2] for r in rels)


def test_rebel_held_villages_are_held_by_no_one_the_sentence_names():
    _, rels, _ = facts("A Syrian army officer said the aim was to cut supply lines to the rebel held villages including "
                       "the town of Salma that has been held by Nusra Front since 2012.")
    assert ("Nusra Front", "controls", "Salma", "affirmed") in rels
    assert not any(r[0] == "Syrian army" and r[1] == "controls" for r in rels)
    _, rels, _ = facts("The Syrian army held Salma until March.")
    assert any(r[0] == "Syrian army" and r[1] == "controls" for r in rels)


def test_fighting_to_take_a_place_is_no_capture():
    x, rels, evs = facts("Syrian and Russian warplanes have launched a wave of air strikes in northern Syria killing "
                         "dozens in areas held by a rebel alliance battling to take control of second city Aleppo.")
    assert not any(ev["type"] == "capture" for ev in evs)
    assert not any(r[1] == "controls" for r in rels)
    _, _, evs = facts("Jaysh al-Fatah fighters captured the town of Jisr al-Shughur on Saturday.")
    assert any(ev["type"] == "capture" and "Jaysh al-Fatah" in ev["agent"] for ev in evs)


def test_backing_strikes_and_a_supported_offensive_make_no_enemies_of_friends():
    _, rels, evs = facts("The US-led coalition is carrying out airstrikes near Raqqa to support the offensive of the "
                         "Syrian Democratic Forces (SDF) against Daesh.")
    assert ("Syrian Democratic Forces", "hostile_to", "Daesh", "affirmed") in rels
    assert not any(r[1] == "hostile_to" and {r[0], r[2]} == {"US-led coalition", "Syrian Democratic Forces"}
                   for r in rels)
    _, rels, evs = facts("The so-called SDF backed by air strikes from a US-led coalition launched an offensive to "
                         "retake Manbij on May 31.")
    assert not any(r[1] == "hostile_to" for r in rels)
    assert not any("US-led coalition" in ev["target"] for ev in evs)


def test_joining_the_fight_against_a_group_is_no_joining_of_it():
    _, rels, evs = facts("The head of the al-Sheitaat tribe Sheikh Rafaa Aakla al-Raju called in a video message for "
                         "other tribes to join the fight against Islamic State.")
    assert not any(r[1] == "member_of" for r in rels)
    assert not any(ev["type"] == "joining" for ev in evs)


def test_a_place_excepted_from_control_is_not_held():
    _, rels, _ = facts("Most of Homs is now back under Syrian army control with the exception of the northwestern "
                       "Waer district.")
    assert not any(r[1] == "controls" and "Waer" in r[2] for r in rels)


def test_a_group_that_accuses_a_president_has_no_such_member():
    _, rels, _ = facts("The opposition Syrian National Coalition (SNC) accused President Bashar al Assad of being "
                       "behind the attack.")
    assert not any(r[1] == "member_of" for r in rels)
    _, rels, _ = facts("Hezbollah Secretary General Hassan Nasrallah said the group would respond.")
    assert ("Hassan Nasrallah", "member_of", "Hezbollah") in {r[:3] for r in rels}


def test_a_point_near_a_place_is_held_not_the_place_and_a_capitals_countryside_army_is_no_group():
    _, rels, _ = facts("Syrian army units regained control over point 875 near al-Tloul al-Sud on Monday.")
    assert not any(r[1] == "controls" for r in rels)
    _, rels, _ = facts("At least 10 Syrian soldiers were killed in Israeli air raids on positions near the Israeli-held "
                       "Golan Heights, the monitor said.")
    assert any(r[0] == "Israel" and r[1] == "controls" and "Golan" in r[2] for r in rels)
    x, _, _ = facts("Damascus Countryside Army units continued to advance towards Khan al-Sheeh and established "
                    "control over the axis of al-Zaaroura.")
    assert "Damascus Countryside Army" not in {e.name for e in x.entities}


def test_a_person_who_heads_an_organisation_and_an_officer_of_a_force_are_members():
    _, rels, _ = facts("Gurcharan Singh Tohra, who heads the Shiromani Gurdwara Parbandhak Committee, was taken into "
                       "custody.")
    assert ("Gurcharan Singh Tohra", "member_of", "Shiromani Gurdwara Parbandhak Committee") in {r[:3] for r in rels}
    _, rels, _ = facts("Executive Outcomes, founded by the former South African Defence Force officer Eeben Barlow, "
                       "arrived in May 1995.")
    assert ("Eeben Barlow", "member_of", "South African Defence Force") in {r[:3] for r in rels}
    x, _, _ = facts("In 2004 a faction led by Ocalan's brother Osman Ocalan broke away and founded the Patriotic "
                    "Democratic Party.")
    assert {e.name: e.type for e in x.entities}.get("Osman Ocalan") == "person"


def test_fighting_together_or_in_partnership_makes_allies():
    _, rels, _ = facts("The Uganda People's Defence Force (UPDF), in partnership with the Armed Forces of the "
                       "Democratic Republic of Congo (FARDC), launched a joint operation against the LRA camp.")
    assert any(r[1] == "allied_with" and {r[0], r[2]} == {"Uganda People's Defence Force",
                                                          "Armed Forces of the Democratic Republic of Congo"}
               for r in rels)
    _, rels, _ = facts("Together with National Guard units, the Azov Battalion drove separatist fighters out of the "
                       "city centre.")
    assert any(r[1] == "allied_with" and {r[0], r[2]} == {"Azov Battalion", "National Guard"} for r in rels)
    _, rels, _ = facts("On 22 May 2023 the Freedom of Russia Legion and the Russian Volunteer Corps jointly attacked "
                       "the Grayvoron district.")
    assert any(r[1] == "allied_with" for r in rels)


def test_an_armed_wing_described_in_passing_belongs_to_no_earlier_name():
    _, rels, _ = facts("The FAA has conducted a campaign since the armed wing of UNITA resumed the war in December "
                       "1998.")
    assert not any(r[1] == "part_of" for r in rels)
    for text in ("The People's Defence Forces (HPG), the armed wing of the outlawed Kurdistan Workers' Party (PKK), "
                 "said two of its members carried out the attack.",
                 "The HPG began as the armed wing of the Kurdistan Workers' Party (PKK)."):
        _, rels, _ = facts(text)
        assert any(r[1] == "part_of" and r[2] == "Kurdistan Workers' Party" for r in rels), text
    _, rels, _ = facts("Militants from Faylaq al-Sham and Nusra Front, the latter of which is the Syrian branch of "
                       "al-Qaeda, mounted an attack.")
    assert not any(r[0] == "Faylaq al-Sham" and r[2] == "al-Qaeda" for r in rels)
    _, rels, _ = facts("The SDF is dominated by the YPG which is the armed wing of the PYD.")
    assert {r[:3] for r in rels if r[1] == "part_of"} == {("YPG", "part_of", "PYD"), ("YPG", "part_of", "SDF")}


def test_a_states_security_forces_are_its_national_force():
    x, rels, _ = facts("The Islamic State Khorasan Province fought both the Afghan Taliban and the Afghan security "
                       "forces in Nangarhar.")
    assert {e.name: e.type for e in x.entities}.get("Afghan security forces") == "state_force"
    assert ("Islamic State Khorasan Province", "hostile_to", "Afghan security forces", "affirmed") in rels


def test_sides_declared_enemies_are_enemies():
    _, rels, _ = facts("Hezbollah published its manifesto in 1985, declaring Israel, the United States and France its "
                       "enemies.")
    assert {r[2] for r in rels if r[0] == "Hezbollah" and r[1] == "hostile_to"} >= {"Israel", "United States", "France"}


def test_one_side_against_the_other_makes_enemies_across_only():
    _, rels, _ = facts("Clashes erupted on Friday between fighters from the People's Protection Units (YPG) on the one "
                       "hand and fighters from the Islamic State and the Nusra Front on the other hand.")
    hostile = {frozenset((r[0], r[2])) for r in rels if r[1] == "hostile_to"}
    assert frozenset(("People's Protection Units", "Nusra Front")) in hostile
    assert frozenset(("Islamic State", "Nusra Front")) not in hostile


def test_a_states_own_force_is_part_of_it_but_a_known_private_army_is_not_retyped():
    x, rels, _ = facts("Officials said Kenya's Rapid Deployment Unit had sealed off the market.")
    assert ("Rapid Deployment Unit", "part_of", "Kenya", "affirmed") in rels
    x, rels, _ = facts("Russia's Wagner Group sent fighters to the mines.")
    assert {e.name: e.type for e in x.entities}.get("Wagner Group") == "armed_group"
    assert not any(r[1] == "part_of" for r in rels)


def test_a_groups_army_of_a_country_is_one_name_and_a_so_called_unit_is_its_owners():
    x, _, _ = facts("The Patriotic Army of Chad claimed the ambush near the border.")
    assert {e.name: e.type for e in x.entities}.get("Patriotic Army of Chad") == "armed_group"
    _, rels, _ = facts("The KLF's so-called Tiger Brigade claimed the attack on the convoy.")
    assert any(r[:3] == ("Tiger Brigade", "part_of", "KLF") for r in rels)


@pytest.mark.parametrize("text,member,group", [
    ("The Ruvuma Front fought the Tanzanian army for a decade. Its leader, Paulo Mbeki, signed the accord.",
     "Paulo Mbeki", "Ruvuma Front"),
    ("When the Ruvuma Front entered the valley in 2006, the Kivu Front withdrew north with the Ugandan army. Its "
     "first commander, Jonas Bulu, was killed in 2008.", "Jonas Bulu", "Kivu Front"),
])
def test_its_opening_a_sentence_is_the_previous_sentences_subject(text, member, group):
    _, rels, _ = facts(text)
    assert (member, "member_of", group, "affirmed") in rels
    assert not any(r[0] == member and r[2] != group for r in rels)


def test_who_holds_a_neighbourhood_of_a_city_does_not_hold_the_city():
    _, rels, _ = facts("Shells hit a neighbourhood of the city of Tarsa held by the Dawn Brigade on Monday.")
    assert not any(r[1] == "controls" and r[2] == "Tarsa" for r in rels)
    _, rels, _ = facts("Shells hit the town of Tarsa, held by the Dawn Brigade, on Monday.")
    assert ("Dawn Brigade", "controls", "Tarsa", "affirmed") in rels


def test_its_after_an_outlet_quoting_someone_is_the_one_quoted():
    _, rels, _ = facts("AFP quoted the Interior Ministry as saying that it had sent troops. Its spokesman Omar Daud "
                       "said the border was closed.")
    assert ("Omar Daud", "member_of", "Interior Ministry", "affirmed") in rels
    assert not any(r[0] == "Omar Daud" and r[2] == "AFP" for r in rels)


def test_a_places_possessive_that_lost_its_apostrophe_names_no_group():
    x, rels, _ = facts("Ahmad Nour, head of Raqqas provincial council, said 12 people were killed.")
    assert not any(r[1] == "member_of" for r in rels)
    assert "Raqqas" not in {e.name for e in x.entities}


@pytest.mark.parametrize("text,pair", [
    ("Turkish drones in neighbouring Iraq struck the PKK camps on Monday.", {"Iraq", "PKK"}),
    ("The Dawn Brigade fought the Storm Brigade in Lebanon last week.", {"Lebanon", "Storm Brigade"}),
])
def test_a_country_named_as_where_a_fight_happens_is_no_side(text, pair):
    _, rels, evs = facts(text)
    assert not any(r[1] == "hostile_to" and {r[0], r[2]} == pair for r in rels)


def test_forces_that_air_strikes_have_bolstered_are_not_their_target():
    _, rels, evs = facts("Iranian air strikes in Iraq have bolstered government forces since March.")
    assert not any(r[1] == "hostile_to" for r in rels)
    assert not any(e["target"] for e in evs)


def test_a_faction_in_an_offensive_against_a_group_is_not_its_unit():
    _, rels, _ = facts("Dawn Brigade fighters fought alongside other factions in the offensive against the Storm Front.")
    assert not any(r[1] == "part_of" for r in rels)
    _, rels, _ = facts("The Dawn Brigade is one of the main factions in the Storm Front.")
    assert ("Dawn Brigade", "part_of", "Storm Front", "affirmed") in rels



def test_an_unnamed_air_force_is_no_entity_of_its_own():
    x, rels, _ = facts("The Syrian army units backed by the Air Force continued targeting ISIL positions near Hama.")
    assert "Air Force" not in {e.name for e in x.entities}
    assert not any(r[1] == "backed_by" for r in rels)


def test_a_datelines_city_before_units_of_the_army_names_no_unit():
    x, rels, _ = facts("Homs Units of the army killed 30 terrorists and destroyed their weapons in Talbisa.")
    assert not any(r[1] == "part_of" for r in rels)
    assert "Homs Units" not in {e.name for e in x.entities}


def test_an_observance_is_no_party_to_a_strike():
    x, rels, _ = facts("The air strike hit shoppers preparing Iftar in the market of Douma, killing 20, the "
                       "Syrian government said.")
    assert "Iftar" not in {e.name for e in x.entities}
    assert not any("Iftar" in (r[0], r[2]) for r in rels)


@pytest.mark.parametrize("text,name", [
    ("Fighters of the Union for Peace in the Central African Republic attacked the town.",
     "Union for Peace in the Central African Republic"),
    ("The Party for Democracy in Syria rejected the plan.", "Party for Democracy in Syria"),
])
def test_a_group_named_for_a_cause_in_a_country_keeps_the_country_in_its_name(text, name):
    x, _, _ = facts(text)
    assert name in {e.name for e in x.entities}


def test_a_front_in_a_province_is_still_named_without_the_province():
    x, _, _ = facts("The National Front for Liberation in Idlib said it repelled an attack.")
    assert {"National Front for Liberation", "Idlib"} <= {e.name for e in x.entities}


def test_a_person_whose_group_is_named_after_a_comma_leads_it():
    _, rels, _ = facts("Hadi al-Amiri, whose Badr Organization is the largest faction of the Hashd, said the force "
                       "would stay.")
    assert any(r[:3] == ("Hadi al-Amiri", "member_of", "Badr Organization") for r in rels)


def test_a_group_led_by_a_person_in_a_second_predicate_of_its_sentence():
    _, rels, _ = facts("The Dawn Front took its present name in 1994 and is led by Ranjan Daimary.")
    assert any(r[:3] == ("Ranjan Daimary", "member_of", "Dawn Front") for r in rels)
    _, rels, _ = facts("The Dawn Front and the Storm Brigade, led by Ranjan Daimary, attacked the post.")
    assert not any(r[:3] == ("Ranjan Daimary", "member_of", "Dawn Front") for r in rels)


def test_a_groups_member_organisations_are_listed_with_their_acronyms_up_to_the_clauses_end():
    _, rels, _ = facts("The Storm Front signed the accord. Its member organisations, the Dawn Brigade (DB), the Hawk "
                       "Battalion (HB) and the River Brigade (RB), kept their arms.")
    parts = {r[0] for r in rels if r[1] == "part_of" and r[2] == "Storm Front"}
    assert parts == {"Dawn Brigade", "Hawk Battalion", "River Brigade"}
    _, rels, _ = facts("The Storm Front, including the Dawn Brigade, welcomed the Hawk Battalion to the talks.")
    parts = {r[0] for r in rels if r[1] == "part_of" and r[2] == "Storm Front"}
    assert parts == {"Dawn Brigade"}


def test_a_coalition_of_groups_among_them_a_and_b_has_them_as_members():
    _, rels, _ = facts("The Storm Front is a coalition of northern gangs, among them the Dawn Brigade and the Hawk "
                       "Battalion.")
    assert {r[0] for r in rels if r[1] == "part_of" and r[2] == "Storm Front"} == {"Dawn Brigade", "Hawk Battalion"}
    _, rels, _ = facts("The rebels fought the Storm Front, among them the Dawn Brigade.")
    assert not any(r[1] == "part_of" for r in rels)


@pytest.mark.parametrize("text,unit,owner", [
    ("The SAA 4th Division shelled the town on Monday.", "4th Division", "SAA"),
    ("IDF Golani Brigade troops entered the camp.", "Golani Brigade", "IDF"),
])
def test_a_unit_named_right_after_its_forces_acronym_is_its_unit(text, unit, owner):
    _, rels, _ = facts(text)
    assert (unit, "part_of", owner, "affirmed") in rels


def test_drove_out_a_group_from_a_town_is_a_capture_from_it():
    _, _, evs = facts("The Dawn Brigade drove out the Storm Front from the town of Bangassou on Monday.")
    caps = [e for e in evs if e["type"] == "capture"]
    assert caps and caps[0]["agent"] == {"Dawn Brigade"} and caps[0]["from"] == {"Storm Front"}
    _, _, evs = facts("The Dawn Brigade drove out of the town on Monday.")
    assert not any(e["type"] == "capture" for e in evs)


def test_a_former_commanders_death_is_not_his_old_groups_loss():
    _, rels, evs = facts("Hafiz Saeed Khan, a former commander of the Storm Front, defected in October 2014. "
                         "Hafiz Saeed Khan was killed by a US strike in Achin in July 2016.")
    assert not any(r[1] == "hostile_to" and "Storm Front" in (r[0], r[2]) for r in rels)
    assert not any("Storm Front" in e["target"] for e in evs)


@pytest.mark.parametrize("text", [
    "One of those killed was Amjad al-Danaf head of Jayruds medical centre.",
    "The attack killed 50 people said Mounzer Khalil head of Idlibs health authority.",
])
def test_a_places_possessive_that_lost_its_apostrophe_is_no_group_without_a_comma_either(text):
    x, rels, _ = facts(text)
    assert not any(r[1] == "member_of" for r in rels)
    assert not {"Jayruds", "Idlibs"} & {e.name for e in x.entities}


def test_a_known_groups_possessive_before_a_local_body_is_still_the_group():
    from orbat.extract.names import lost_place_possessive
    assert lost_place_possessive(["Jayruds"], "medical") and lost_place_possessive(["Idlibs"], "health")
    assert not lost_place_possessive(["Al-Qaedas"], "local")
    assert not lost_place_possessive(["Idlibs"], "rebels")


@pytest.mark.parametrize("text", [
    "Russian air strikes in Aleppo Syria killed ten civilians on Tuesday.",
    "Russian air strikes in Aleppo, Syria, killed ten civilians on Tuesday.",
])
def test_a_country_after_a_city_it_is_in_is_where_not_who(text):
    _, rels, _ = facts(text)
    assert not any(r[1] == "hostile_to" and "Syria" in (r[0], r[2]) for r in rels)


def test_territory_along_a_countrys_border_is_not_the_country():
    _, rels, _ = facts("Manbij lies at the heart of the last stretch of Daesh-controlled territory along Turkeys border.")
    assert not any(r[1] == "controls" and r[2] == "Turkey" for r in rels)


def test_a_country_traffic_goes_into_is_not_held():
    _, rels, _ = facts("The bomb went off near a checkpoint held by a group of Free Syrian Armys (FSA) Levant Front two km "
                       "from the crossing a route for trucks between rebel held northern Syria into Turkey.")
    assert not any(r[1] == "controls" and r[2] == "Turkey" for r in rels)
    _, rels, _ = facts("Islamic State fighters stormed into Palmyra and took control of the city on Wednesday.")
    assert ("Islamic State", "controls", "Palmyra", "affirmed") in rels


def test_farms_named_as_a_target_are_a_place():
    x, rels, _ = facts("Over 100 militants were killed by the Syrian army, which repelled a major attack on Mallah Farms "
                       "north of Aleppo.")
    assert {e.type for e in x.entities if e.name == "Mallah Farms"} <= {"place"}
    assert not any(r[1] == "hostile_to" and "Mallah Farms" in (r[0], r[2]) for r in rels)


def test_positions_held_by_a_side_that_are_overrun_are_taken_from_it():
    _, _, evs = facts("Dawn Brigade fighters overran several positions held by the Storm Front near the river on Sunday.")
    caps = [e for e in evs if e["type"] == "capture"]
    assert caps and caps[0]["from"] == {"Storm Front"}


def test_a_town_seized_as_a_groups_capital_is_taken_from_it():
    _, _, evs = facts("The Dawn Brigade seized Raqqa, the de facto capital of the Storm Front, in October.")
    caps = [e for e in evs if e["type"] == "capture"]
    assert caps and caps[0]["from"] == {"Storm Front"}


@pytest.mark.parametrize("text,state", [
    ("South Sudanese troops attacked the town of Nasir on Monday.", "South Sudan"),
    ("Sri Lankan troops fought the Tamil Tigers near Kilinochchi on Monday.", "Sri Lanka"),
    ("Sudanese troops attacked the town of Nasir on Monday.", "Sudan"),
])
def test_a_two_word_demonym_names_its_own_states_force(text, state):
    from orbat.extract.names import national_forces
    x, _, _ = facts(text)
    forces = {e.name for e in x.entities if e.type == "state_force"}
    want = next(force for _, (st, force) in national_forces().items() if st == state)
    assert want in forces or any(text.startswith(f) for f in forces)
    assert not any(e.type == "state" for e in x.entities)


def _dated_rels(text):
    x = extract(text, published="2020-03-10")
    name = {e.id: e.name for e in x.entities}
    return {(name[r.subject], r.relation, name[r.object]): (r.valid_from, r.valid_until) for r in x.relations}


def test_a_unit_that_left_or_withdrew_from_its_parent_is_part_of_it_until_then():
    rels = _dated_rels("The Dawn Brigade left the Storm Front in 2018 and joined the Hawk Alliance.")
    assert rels[("Dawn Brigade", "part_of", "Storm Front")] == (None, "2018")
    assert rels[("Dawn Brigade", "part_of", "Hawk Alliance")] == ("2018", None)
    assert _dated_rels("The Dawn Brigade withdrew from the Storm Front in May 2018.")[
        ("Dawn Brigade", "part_of", "Storm Front")] == (None, "2018-05")
    assert not any(r[1] == "part_of" for r in _dated_rels("The Dawn Brigade left Aleppo in 2018."))


@pytest.mark.parametrize("text,key,dates", [
    ("The Dawn Brigade was part of the Storm Front until 2018.", ("Dawn Brigade", "part_of", "Storm Front"),
     (None, "2018")),
    ("Abu Omar then led the Storm Front until his death in March 1998, when his deputy succeeded him.",
     ("Abu Omar", "member_of", "Storm Front"), (None, "1998-03")),
    ("The Dawn Brigade fought the Storm Front from 2012 until 2014.", ("Dawn Brigade", "hostile_to", "Storm Front"),
     ("2012", "2014")),
])
def test_a_tie_stated_until_a_date_or_from_one_date_to_another_holds_then(text, key, dates):
    rels = _dated_rels(text)
    assert (rels.get(key) or rels.get((key[2], key[1], key[0]))) == dates


def test_a_commander_killed_in_a_raid_named_before_his_name_leaves_his_group_then():
    rels = _dated_rels("Police stormed the village in March 1998, killing the local Storm Front commander Adem Jashari.")
    assert rels[("Adem Jashari", "member_of", "Storm Front")] == (None, "1998-03")


def test_a_faction_returning_to_its_old_group_joins_it_again_and_people_returning_home_join_nothing():
    rels = _dated_rels("In March 2015 the Dawn Brigade announced that it was returning to the Storm Front.")
    assert rels[("Dawn Brigade", "part_of", "Storm Front")] == ("2015-03", None)
    _, _, evs = facts("Schools in the city return to online classes. The Dawn Brigade returned to Aleppo in March.")
    assert not any(e["type"] == "joining" for e in evs)
    assert not any(r[1] == "part_of" for r in _dated_rels("The Dawn Brigade left the city on Monday."))


def test_a_leader_replaced_by_another_hands_his_group_over_at_that_date():
    rels = _dated_rels("The Storm Front was led by Abu Omar. In 2016 Abu Omar was ousted and replaced by Abu Ali.")
    assert rels[("Abu Omar", "member_of", "Storm Front")] == (None, "2016")
    assert rels[("Abu Ali", "member_of", "Storm Front")] == ("2016", None)


@pytest.mark.parametrize("text,pair", [
    ("Iraqi forces aided by U.S.-led coalition airstrikes retook the town.", ("Iraqi forces", "U.S.-led coalition")),
    ("The Dawn Brigade kept its momentum with the help of air strikes by the U.S.-led coalition.",
     ("Dawn Brigade", "U.S.-led coalition")),
])
def test_a_force_fighting_with_anothers_air_support_is_backed_by_it(text, pair):
    _, rels, _ = facts(text)
    assert (pair[0], "backed_by", pair[1], "affirmed") in rels


def test_help_from_people_is_no_backing():
    _, rels, _ = facts("The Dawn Brigade, with the help of local people, cleared the road.")
    assert not any(r[1] == "backed_by" for r in rels)


def test_support_goes_to_the_clauses_subject_not_to_the_enemy_named_before_it():
    _, rels, _ = facts("The Dawn Brigade freed the town from Storm Front gangs on March 27 with support of the Hawk "
                       "Battalion.")
    assert ("Dawn Brigade", "backed_by", "Hawk Battalion", "affirmed") in rels
    assert not any(r[:2] == ("Storm Front", "backed_by") for r in rels)


def test_government_forces_in_a_sentence_about_another_countrys_towns_are_that_countrys():
    text = ("Syrian army units shelled Aleppo on Monday. Across the border, Haditha and some other towns remain "
            "under control of government forces.")
    x, rels, _ = facts(text)
    held = {r[0] for r in rels if r[1] == "controls" and r[2] == "Haditha"}
    assert held == {"Iraqi Armed Forces"}


@pytest.mark.parametrize("text, a, b", [
    ("The conflict between the Lake Defence Council (LDC) and the Army of the Lake Republic began in earnest in "
     "April 1993.", "Lake Defence Council", "Army of the Lake Republic"),
    ("The war between Ethiopia and Eritrea killed tens of thousands of soldiers.", "Ethiopia", "Eritrea"),
    ("A bloody feud between the Shabiha and the local Druze militia erupted last year.", "Shabiha", "Druze"),
])
def test_a_conflict_war_or_feud_between_two_sides_makes_them_enemies(text, a, b):
    _, rels, evs = facts(text)
    assert (a, "hostile_to", b, "affirmed") in rels or (b, "hostile_to", a, "affirmed") in rels
    assert any(e["type"] == "clash" and {a, b} <= e["agent"] for e in evs)


def test_a_war_between_two_years_names_no_sides():
    _, rels, evs = facts("The war between 1998 and 2000 killed tens of thousands.")
    assert not rels and not evs


@pytest.mark.parametrize("text", [
    "JNIM also clashes with its rivals of the Islamic State Sahel Province in the Oudalan.",
    "JNIM militants also clash regularly with their rivals of the Islamic State Sahel Province in the Oudalan.",
])
def test_a_clash_with_their_rivals_of_x_is_a_clash_with_x(text):
    _, rels, evs = facts(text)
    assert ("JNIM", "hostile_to", "Islamic State Sahel Province", "affirmed") in rels
    assert any(e["type"] == "clash" and "JNIM" in e["agent"] and "Islamic State Sahel Province" in e["target"]
               for e in evs)


def test_a_name_holding_a_date_stays_whole_and_dates_nothing():
    x, rels, evs = facts("The March 23 Movement seized Goma.", published=None)
    assert "March 23 Movement" in {e.name for e in x.entities}
    assert not any("23 Movement" == e.name for e in x.entities)
    assert [e["date"] for e in evs if e["type"] == "capture"] == [None]


@pytest.mark.parametrize("text", [
    "The Nyanza Movement, the armed wing of the Alliance Fleuve Congo, walked into Bukavu on Sunday.",
    "The March 23 Movement (M23), the armed wing of the Alliance Fleuve Congo (AFC), walked into Bukavu on Sunday.",
])
def test_the_first_word_of_a_name_is_no_anaphor_of_another_group(text):
    x, rels, _ = facts(text)
    wing = next(e.name for e in x.entities if e.name != "Alliance Fleuve Congo" and e.type == "armed_group")
    assert (wing, "part_of", "Alliance Fleuve Congo", "affirmed") in rels


def test_its_before_any_name_of_its_sentence_is_the_previous_subjects_and_alongside_names_a_friend():
    x, rels, _ = facts("Ahlu Sunna Wal Jamaa (ASWJ) took up arms in 2008 to resist al-Shabaab, which had desecrated "
                       "Sufi shrines in the region. For more than a decade its fighters fought the jihadists alongside "
                       "the Somali National Army.")
    assert ("Ahlu Sunna Wal Jamaa", "allied_with", "Somali National Army", "affirmed") in rels
    assert not any(r[0] == "al-Shabaab" and r[2] == "Somali National Army" for r in rels)
    assert not any(r[1] == "hostile_to" and "Somali National Army" in (r[0], r[2]) for r in rels)


def test_allied_to_an_organization_names_it_and_not_the_next_group():
    _, rels, _ = facts("Al-Shabaab, which is allied to al-Qaeda, said its Saleh Nabhan brigade carried out the raid.")
    assert ("Al-Shabaab", "allied_with", "al-Qaeda", "affirmed") in rels
    assert not any(r[1] == "allied_with" and "Saleh Nabhan brigade" in (r[0], r[2]) for r in rels)


def test_a_clause_after_but_with_an_unnamed_subject_is_not_the_first_clauses():
    _, rels, _ = facts("Daesh militants have staged counterattacks but the Syrian rebels have maintained momentum "
                       "with the help of air strikes by the U.S.-led coalition.")
    assert not any(r[0] == "Daesh" and r[1] == "backed_by" for r in rels)


def test_together_with_in_another_clause_joins_nobody():
    _, rels, evs = facts("Kenyan forces, which crossed the border in October 2011 and later joined AMISOM, captured "
                         "Kismayo in September 2012 together with the Ras Kamboni militia.")
    assert ("Kenyan forces", "part_of", "AMISOM", "affirmed") in rels
    assert not any(r[0] == "Ras Kamboni militia" and r[1] == "part_of" for r in rels)
    assert all("Ras Kamboni militia" not in e["agent"] for e in evs if e["type"] == "joining")


def test_a_succession_with_no_group_named_is_in_the_group_the_article_is_about():
    text = ("The Lake Front was founded in 1973 to fight colonial rule. The Lake Front declared a republic in 1976. "
            "The Lake Front fought the army until 1979. Its founder was killed in June 1976 during a raid on the "
            "capital, and Mohamed Abdelaziz succeeded him as secretary-general in August that year. Abdelaziz led "
            "the front until his death on 31 May 2016; Brahim Ghali was elected to succeed him in July 2016.")
    got = {(p, g, role, start) for p, g, role, start, _ in memberships(text)}
    assert ("Mohamed Abdelaziz", "Lake Front", "secretary-general", "1976-08") in got
    assert ("Brahim Ghali", "Lake Front", "leader", "2016-07") in got


def test_a_succession_names_no_group_when_the_article_is_about_several():
    _, rels, _ = facts("The Lake Front fought the River Army. The River Army fought the Lake Front. Mohamed Abdelaziz "
                       "succeeded him as secretary-general in August that year.")
    assert not any(r[1] == "member_of" for r in rels)


def test_a_role_stated_again_until_a_death_ends_then():
    got = [(p, g, start, end) for p, g, _, start, end in memberships(
        "The Lake Front was founded in 1973. Mohamed Abdelaziz became its leader in 1976. Mohamed Abdelaziz led the "
        "Lake Front until his death on 31 May 2016.")]
    assert got == [("Mohamed Abdelaziz", "Lake Front", "1976", "2016-05-31")]


def test_founders_named_with_unnamed_others_or_among_them_are_members_of_what_they_formed():
    _, rels, evs = facts("On 5 November 2021 the OLA, the TPLF and seven smaller groups formed the United Front of "
                         "Ethiopian Federalist and Confederalist Forces in Washington.")
    front = "United Front of Ethiopian Federalist and Confederalist Forces"
    assert ("OLA", "part_of", front, "affirmed") in rels and ("TPLF", "part_of", front, "affirmed") in rels
    assert not any(r[0] == front and r[1] == "part_of" for r in rels)
    _, rels, _ = facts("The CPC was formed in mid-December by six of the country's most powerful armed groups, among "
                       "them the Union for Peace in the Central African Republic (UPC) and the Patriotic Movement for "
                       "Central Africa (MPC).")
    assert ("Union for Peace in the Central African Republic", "part_of", "CPC", "affirmed") in rels
    assert ("Patriotic Movement for Central Africa", "part_of", "CPC", "affirmed") in rels


def test_troops_launching_assaults_found_nothing():
    _, rels, evs = facts("Philippine troops launched air and ground assaults on Abu Sayyaf positions in Sulu.")
    assert not [e for e in evs if e["type"] == "formation"]
    assert not any(r[1] == "part_of" for r in rels)


def test_a_known_network_written_in_lower_case_is_one_name():
    _, rels, _ = facts("The Haqqani network has been formally part of the Taliban since the 1990s.")
    assert ("Haqqani network", "part_of", "Taliban", "affirmed") in rels


def test_an_organization_that_fights_breaks_away():
    _, _, evs = facts("The CNDD-FDD broke away in 1998 from the National Council for the Defence of Democracy (CNDD).")
    assert any(e["type"] == "split" and e["agent"] == {"CNDD-FDD"} for e in evs)


@pytest.mark.parametrize("text, unit, parent", [
    ("In November 2014 the Azov Battalion was incorporated into the National Guard of Ukraine.", "Azov Battalion",
     "National Guard of Ukraine"),
    ("From 2019, the Islamic State Sahel Province was formally folded into the Islamic State West Africa Province.",
     "Islamic State Sahel Province", "Islamic State West Africa Province"),
])
def test_incorporated_or_folded_into_is_joining(text, unit, parent):
    _, rels, evs = facts(text)
    assert (unit, "part_of", parent, "affirmed") in rels
    assert any(e["type"] == "joining" and unit in e["agent"] and parent in e["to"] for e in evs)


def test_its_after_only_a_persons_name_is_the_topic_carried_by_its_earlier_its():
    got = {(p, g, role, start) for p, g, role, start, _ in memberships(
        "Hezbollah was founded in 1982. Its fighters fought the Israel Defense Forces and the South Lebanon Army. "
        "Subhi al-Tufayli became its first secretary-general in 1989.")}
    assert got == {("Subhi al-Tufayli", "Hezbollah", "secretary-general", "1989")}


def test_its_first_leader_or_wali_was_z():
    _, rels, _ = facts("The Khorasan Front was founded in 2015. Its first leader, or wali, was Hafiz Saeed Khan.")
    assert ("Hafiz Saeed Khan", "member_of", "Khorasan Front", "affirmed") in rels


def test_its_after_a_subhead_is_the_subject_before_the_subhead():
    _, rels, _ = facts("Hezbollah: a short history\n\nHezbollah emerged in the Bekaa valley in 1982 among Shia clerics "
                       "and fighters. Hezbollah announced itself publicly in an open letter in February 1985.\n\n"
                       "From resistance to party\n\nIts fighters waged a guerrilla campaign against the South Lebanon "
                       "Army in the south.")
    assert ("Hezbollah", "hostile_to", "South Lebanon Army", "affirmed") in rels \
        or ("South Lebanon Army", "hostile_to", "Hezbollah", "affirmed") in rels


def test_a_possessor_whose_apostrophe_was_lost_is_not_the_name_it_owns():
    _, rels, _ = facts("The Shahid Ahmad Abdo brigade operates in Jayrud alongside the al Qaedas Nusra Front and other "
                       "groups.")
    assert ("Shahid Ahmad Abdo brigade", "allied_with", "Nusra Front", "affirmed") in rels
    assert not any(r[1] == "allied_with" and "Qaeda" in r[2] for r in rels)


def test_a_leader_replaced_later_holds_the_role_from_taking_it_until_the_replacement():
    got = {(p, start, end) for p, g, _, start, end in memberships(
        "Hezbollah was founded in 1982. Its fighters fought the South Lebanon Army. Subhi al-Tufayli became its first "
        "secretary-general in 1989; he was replaced by Abbas al-Musawi in 1991.") if g == "Hezbollah"}
    assert got == {("Subhi al-Tufayli", "1989", "1991"), ("Abbas al-Musawi", "1991", None)}


def test_the_group_allied_to_an_organization_speaks_not_the_organization():
    _, rels, _ = facts("Al-Shabaab which is allied to al-Qaeda said its Saleh Nabhan brigade carried out the raid.")
    assert ("Al-Shabaab", "allied_with", "al-Qaeda", "affirmed") in rels
    assert not any(r[1] == "allied_with" and "Saleh Nabhan brigade" in (r[0], r[2]) for r in rels)


def test_a_role_held_until_then_ends_at_the_sentences_date():
    got = {(g, start, end) for p, g, _, start, end in memberships(
        "The GSPC was set up in September 1998 by Hassan Hattab, until then a regional commander of the Armed "
        "Islamic Group (GIA) in Kabylie.") if p == "Hassan Hattab"}
    assert got == {("Armed Islamic Group", None, "1998-09"), ("GSPC", "1998-09", None)}


def test_a_person_who_quits_the_army_leaves_it_then_and_is_a_member_of_what_he_joins_from_then():
    got = {(g, start, end) for _, g, _, start, end in memberships(
        "General Ali Mamlouk quit the Syrian army in 2012 and joined the Free Syrian Army.")}
    assert got == {("Syrian army", None, "2012"), ("Free Syrian Army", "2012", None)}
    x = extract("The Syrian army left Palmyra in May 2015.", published=None)
    assert not [v for v in x.events if v.type == "defection"]


@pytest.mark.parametrize("text, name, kind", [
    ("Fighters of the Movement for Unity and Renewal (MUR) attacked the garrison at Kaga.",
     "Movement for Unity and Renewal", "armed_group"),
    ("The Karoo Peace Initiative (KPI) will hold talks with the government in May.",
     "Karoo Peace Initiative", "organization"),
    ("The Office for Refugees and Returnees (ORR) said the clashes displaced 2,000 people.",
     "Office for Refugees and Returnees", "organization"),
])
def test_words_that_spell_the_bracket_after_them_name_one_group_of_the_kind_the_sentence_says(text, name, kind):
    x = extract(text, published=None)
    assert {(e.name, e.type) for e in x.entities if e.type != "place"} >= {(name, kind)}


def test_a_role_of_a_group_named_with_its_acronym_before_a_person_is_his():
    _, rels, _ = facts("Talks began after the leader of the Valley Liberation Union (VLU), Tomas Okello, returned "
                       "from exile on Monday.")
    assert ("Tomas Okello", "member_of", "Valley Liberation Union", "affirmed") in rels
    _, rels, _ = facts("Rebels said the commander of the Free Syrian Army (FSA), Riad al-Asaad, was wounded.")
    assert ("Riad al-Asaad", "member_of", "Free Syrian Army", "affirmed") in rels


def test_an_agreement_called_general_names_no_general():
    x = extract("The two sides signed the General Agreement in Moscow.", published=None)
    assert not [e for e in x.entities if e.type == "person"]


def test_a_speaker_is_not_the_one_killed_in_what_he_reports():
    x = extract("Abdullah Malik, the spokesman of the Sham Legion, said on Monday that six fighters were killed "
                "and two commanders were executed.", published="2020-03-10")
    assert [(r.role, r.valid_until) for r in x.relations if r.relation == "member_of"] == [("spokesman", None)]
    assert not [v for v in x.events if v.type == "leadership_change"]


def test_a_regions_police_is_a_state_force_and_initials_end_no_sentence():
    x, rels, _ = facts("In 1992 the Sindh Police, led by its inspector general A.K. Rana, raided the camps.")
    assert ("Sindh Police", "state_force") in {(e.name, e.type) for e in x.entities}
    assert ("A.K. Rana", "member_of", "Sindh Police", "affirmed") in rels


def test_a_list_with_its_ally_inside_it_is_one_list_of_attackers():
    _, rels, _ = facts("The Iraqi government, its ally Iran and a US-led coalition all carried out air strikes "
                       "against IS near Mosul.")
    assert {r[0] for r in rels if r[1] == "hostile_to" and r[2] == "IS"} == {"Iraq", "Iran", "US-led coalition"}
    _, rels, _ = facts("Al-Shabaab, an al-Qaeda affiliate, made no comment.")
    assert ("Al-Shabaab", "affiliated_with", "al-Qaeda", "affirmed") in rels


def test_the_affiliate_a_possessor_names_is_the_target_not_the_possessor():
    _, rels, _ = facts("The US-led coalition struck positions of al-Qaeda's Yemeni affiliate Ansar al-Sharia near "
                       "Mukalla.")
    assert {r[2] for r in rels if r[1] == "hostile_to"} == {"Ansar al-Sharia"}


@pytest.mark.parametrize("text", [
    "At least four IS suicide bombers attacked the Syrian Democratic Forces near Hasakah.",
    "The US would widen its campaign of air strikes against the Islamic State in northern Syria.",
])
def test_an_acronym_that_spells_a_common_word_is_the_acronym(text):
    _, rels, _ = facts(text)
    assert any(r[1] == "hostile_to" and {r[0], r[2]} & {"IS", "United States"} for r in rels)
    x = extract("Sandline was paid 36 million US dollars.", published=None)
    assert not [e for e in x.entities if e.type == "state"]


def test_its_after_a_name_and_and_is_that_names():
    _, rels, _ = facts("Kurdish militiamen watched for Nusra Front fighters crossing the river. The United States "
                       "and its allies have launched 900 air raids against ISIS in Iraq.")
    assert {r[0] for r in rels if r[1] == "hostile_to" and r[2] == "ISIS"} == {"United States"}


def test_a_full_stop_without_its_space_ends_the_sentence():
    from orbat.extract.sentences import split_sentences
    assert [s.text for s in split_sentences("They have fought IS since 2014.In recent months they won. "
                                            "The U.S.Army said so.")] == \
        ["They have fought IS since 2014.", "In recent months they won.", "The U.S.Army said so."]


def test_a_name_then_its_ally_named_after_a_comma_are_allies():
    _, rels, _ = facts("The Yemeni government, its ally Saudi Arabia and local tribes fought the Houthis near Marib.")
    assert ("Yemen", "allied_with", "Saudi Arabia", "affirmed") in rels or \
        ("Saudi Arabia", "allied_with", "Yemen", "affirmed") in rels


@pytest.mark.parametrize("text, backed, sponsor", [
    ("The Polisario Front fought Morocco from 1975. Algeria became the movement's principal sponsor.",
     "Polisario Front", "Algeria"),
    ("Iran is the main backer of the Houthis.", "Houthis", "Iran"),
    ("Russia is Hezbollah's main backer in the war.", "Hezbollah", "Russia"),
])
def test_a_state_called_a_groups_sponsor_or_backer_backs_it(text, backed, sponsor):
    _, rels, _ = facts(text)
    assert (backed, "backed_by", sponsor, "affirmed") in rels
    _, rels, _ = facts("Qatar was the main sponsor of the talks in Doha.")
    assert not [r for r in rels if r[1] == "backed_by"]


def test_regime_soldiers_opening_a_sentence_are_the_national_force_described():
    x, rels, _ = facts("Regime soldiers backed by Hezbollah pounded rebel positions in Zabadani, Syria.")
    assert ("Syrian Arab Army", "backed_by", "Hezbollah", "affirmed") in rels
    assert "regime soldiers" in next(e.aliases for e in x.entities if e.name == "Syrian Arab Army")


def test_groups_formed_by_factions_of_listed_groups_with_acronyms_are_its_members():
    _, rels, evs = facts("The Coalition of Patriots for Change was formed in December 2020 by factions of the Union "
                         "for Peace in the Central African Republic (UPC) and the Popular Front for the Renaissance of "
                         "the Central African Republic (FPRC).")
    members = {r[0] for r in rels if r[1] == "part_of" and r[2] == "Coalition of Patriots for Change"}
    assert members == {"Union for Peace in the Central African Republic",
                       "Popular Front for the Renaissance of the Central African Republic"}


def test_a_name_with_its_acronym_then_and_another_name_is_a_list():
    _, rels, _ = facts("At least 23 jihadists were killed on Sunday in a Turkish Armed Forces (TSK) and US-led "
                       "coalition operation near Manbij.")
    assert ("Turkish Armed Forces", "allied_with", "US-led coalition", "affirmed") in rels or \
        ("US-led coalition", "allied_with", "Turkish Armed Forces", "affirmed") in rels


def test_fighting_with_a_states_support_is_backing_not_a_fight_with_it():
    _, rels, _ = facts("Civilians fled Raqqa province, where the SDF is fighting with US support to capture the city.")
    assert ("SDF", "backed_by", "United States", "affirmed") in rels
    assert not [r for r in rels if r[1] == "hostile_to" and "United States" in (r[0], r[2])]
    _, rels, _ = facts("The Syrian Democratic Forces hold the east bank. The group has reported hundreds killed in "
                       "operations against Daesh in Raqqa province, where the SDF is fighting with US support.")
    assert not [r for r in rels if r[1] == "hostile_to" and "United States" in (r[0], r[2])]


def test_fighting_with_a_group_against_another_makes_the_first_a_comrade():
    _, rels, _ = facts("Hezbollah fought with the Syrian army against the Nusra Front near Qusayr.")
    hostile = {frozenset((r[0], r[2])) for r in rels if r[1] == "hostile_to"}
    assert frozenset(("Hezbollah", "Nusra Front")) in hostile
    assert frozenset(("Hezbollah", "Syrian army")) not in hostile


def test_a_known_name_then_a_possessor_written_apart_without_its_apostrophe_splits():
    x, rels, _ = facts("They said IS gave up the territory to Nusra Front al Qaedas official wing in Syria.")
    assert not [e for e in x.entities if "Qaedas" in e.name]
    assert not [r for r in rels if r[0] == "IS" and r[1] == "affiliated_with"]


def test_a_country_named_in_passing_is_not_the_theatre_of_the_regimes_forces():
    _, rels, _ = facts("Syrian rebels lost ground in Damascus. Regime soldiers backed by Lebanons Shiite Hezbollah "
                       "pounded rebel positions near the capital.")
    assert ("Syrian Arab Army", "backed_by", "Hezbollah", "affirmed") in rels


def test_a_person_is_never_a_unit_of_a_group():
    _, rels, _ = facts("Jose Mireles, the leader of the vigilantes, said on Friday that he would not join the Rural "
                       "Force.")
    assert not [r for r in rels if r[1] == "part_of"]


def test_its_opening_a_clause_after_and_is_the_sentences_subject():
    _, rels, _ = facts("The Kenya Defence Forces crossed into Somalia in October 2011 to push al-Shabaab away from the "
                       "border and its contingent was integrated into AMISOM the following year.")
    assert {r[0] for r in rels if r[1] == "part_of"} == {"Kenya Defence Forces"}


def test_a_creed_before_militia_describes_the_name_after_it():
    x = extract("Government troops fought the Sufi militia Ahlu Sunna Wal Jama'a near Guriceel.", published=None)
    assert not [e for e in x.entities if "Sufi" in e.name]


def test_the_faction_of_a_group_in_a_clause_about_a_place_is_not_the_subjects():
    _, rels, _ = facts("Troops of the 11th Infantry Division were pursuing the suspects around Patikul where the "
                       "faction of Abu Sayyaf leader Hatib Sawadjaan is based.")
    assert not [r for r in rels if r[1] == "part_of"]
    _, rels, _ = facts("The Hamza Division is the armed wing of the Free Syrian Army.")
    assert ("Hamza Division", "part_of", "Free Syrian Army", "affirmed") in rels


def test_forces_loyal_to_a_leader_described_before_his_name_are_his_forces():
    x, rels, _ = facts("The rebels fought alongside forces loyal to the eastern commander Khalifa Haftar near Sabha.")
    assert "Libyan National Army" in {e.name for e in x.entities}
    assert not [r for r in rels if r[0] == "Khalifa Haftar" and r[1] == "member_of"]


@pytest.mark.parametrize("text, taker, loser", [
    ("The SDF took full control of Manbij after Daesh retreated.", "SDF", "Daesh"),
    ("Iraqi forces recaptured Ramadi, expelling the Islamic State from the city.", "Iraqi forces", "Islamic State"),
])
def test_who_retreats_or_is_expelled_as_a_place_is_taken_loses_it(text, taker, loser):
    _, _, evs = facts(text)
    assert any(v["type"] == "capture" and v["agent"] == {taker} and v["from"] == {loser} for v in evs)


def test_groups_that_sign_a_pact_or_announce_an_alliance_are_allies():
    _, rels, evs = facts("The OLA and the TPLF signed a military pact in August 2021.")
    assert any(v["type"] == "alliance" and v["agent"] == {"OLA", "TPLF"} for v in evs)
    assert {frozenset((r[0], r[2])) for r in rels if r[1] == "allied_with"} == {frozenset(("OLA", "TPLF"))}
    _, rels, evs = facts("In 2016 the TPLF formed an alliance with the Oromo Liberation Army.")
    assert not [v for v in evs if v["type"] == "formation"] and not [r for r in rels if r[1] == "part_of"]


def test_a_person_made_commander_of_a_force_takes_its_lead_then():
    got = [(g, start) for _, g, _, start, _ in memberships(
        "In January 1949 General Alexandros Papagos was made commander-in-chief of the Hellenic Army.")]
    assert got == [("Hellenic Army", "1949-01")]
    x = extract("The decision was made public by the army on Monday.", published=None)
    assert not x.events


def test_demonyms_joined_by_a_hyphen_before_militia_describe_the_name_before():
    x, rels, _ = facts("The fighting went on all week. The US backs the Syrian Democratic Forces, an Arab-Kurdish "
                       "militia alliance which on Friday took full control of Manbij after Daesh retreated.")
    assert not [e for e in x.entities if "Arab-Kurdish" in e.name]
    assert ("Syrian Democratic Forces", "controls", "Manbij", "affirmed") in rels


def test_a_sponsor_that_is_backing_a_group_backs_it_but_not_one_accused_of_arming_another():
    _, rels, _ = facts("A US-led coalition is backing the Syrian Democratic Forces in the battle for Manbij.")
    assert ("Syrian Democratic Forces", "backed_by", "US-led coalition", "affirmed") in rels
    _, rels, _ = facts("Angola, which accuses Mobutu of arming the UNITA rebels, also helped the alliance.")
    assert not [r for r in rels if r[1] == "backed_by" and r[2] == "Angola"]


def test_a_compound_modifier_holds_whatever_its_clause_denies():
    _, rels, _ = facts("The statement was signed by the largest factions but did not include the al-Qaida-linked "
                       "Fatah Sham Front.")
    assert ("Fatah Sham Front", "affiliated_with", "al-Qaida", "affirmed") in rels


@pytest.mark.parametrize("text", [
    "The SDF, dominated by the PYD's armed wing YPG, took Manbij from Daesh in August.",
    "Forces of the SDF dominated by the Kurdish YPG took Manbij from Daesh in August.",
])
def test_the_group_that_dominates_an_alliance_is_in_it(text):
    _, rels, _ = facts(text)
    assert ("YPG", "part_of", "SDF", "affirmed") in rels
    assert not [r for r in rels if r[1] == "part_of" and r[0] == "Daesh"]


def test_fighting_between_the_factions_of_a_group_makes_them_its_units_and_enemies():
    _, rels, _ = facts("Culiacan has lived through six weeks of fighting between the two main factions of the Sinaloa "
                       "Cartel, Los Chapitos and La Mayiza.")
    assert {r for r in rels if r[1] in ("part_of", "hostile_to")} == {
        ("Los Chapitos", "part_of", "Sinaloa Cartel", "affirmed"), ("La Mayiza", "part_of", "Sinaloa Cartel", "affirmed"),
        ("Los Chapitos", "hostile_to", "La Mayiza", "affirmed")}


def test_a_name_followed_by_alias_is_a_persons():
    x = extract("Ovidio Guzman Lopez, alias El Raton, was arrested in Culiacan on Thursday by the army.", published=None)
    assert ("Ovidio Guzman Lopez", "person") in {(e.name, e.type) for e in x.entities}


def test_a_splinter_named_in_apposition_is_the_one_that_split_not_the_subject():
    _, _, evs = facts("Los Metros have fought for years against Los Ciclones and against Los Rojos, another splinter of "
                      "the Gulf Cartel.")
    splits = [v for v in evs if v["type"] == "split"]
    assert splits and all(v["agent"] == {"Los Rojos"} and v["from"] == {"Gulf Cartel"} for v in splits)


def test_a_name_then_the_faction_of_another_in_apposition_is_its_unit_not_a_second_target():
    _, rels, _ = facts("Los Metros have fought for years against Los Ciclones, the Gulf Cartel faction based in "
                       "Matamoros.")
    assert ("Los Ciclones", "part_of", "Gulf Cartel", "affirmed") in rels
    assert {r[2] for r in rels if r[1] == "hostile_to"} == {"Los Ciclones"}


def test_a_persons_last_name_alone_is_that_person_again():
    got = [(g, role, end) for p, g, role, _, end in memberships(
        "Abdelmalek Droukdel, the emir of AQIM, led the group for years. Droukdel was killed by French forces in "
        "northern Mali in June 2020.")]
    assert got == [("AQIM", "emir", "2020-06")]


def test_a_name_that_owns_the_part_named_next_is_not_what_dominates_an_alliance():
    _, rels, _ = facts("The second offensive is by the Syrian Democratic Forces, which is dominated by the PKK terrorist "
                       "groups Syrian wing the Democratic Union Party (PYD) and its armed wing.")
    assert not [r for r in rels if r[1] == "part_of" and r[0] == "PKK"]


def test_a_speaker_and_a_groups_commander_he_speaks_of_are_two_men():
    x, rels, _ = facts("The fighting went on. President Bashar al-Assad said the FSA commander had fled to Turkey.")
    assert not [r for r in rels if r[1] == "member_of"]
    x, rels, _ = facts("The fighting went on. Defence Minister Ali Haddad told the FSA commanders to surrender.")
    assert "Ali Haddad" in {e.name for e in x.entities if e.type == "person"}
    assert not [r for r in rels if r[1] == "member_of"]


def test_a_ministers_portfolio_is_no_organization_and_no_part_of_his_name():
    x = extract("The fighting went on. Interior Minister Samir Khoury said the Muslim Brotherhood was behind the "
                "bombing.", published=None)
    assert {(e.name, e.type) for e in x.entities if e.type != "place"} == {
        ("Samir Khoury", "person"), ("Muslim Brotherhood", "organization")}


@pytest.mark.parametrize("text, person", [
    ("US Secretary of Defense Samir Khoury said the Dawn Front was losing ground.", "Samir Khoury"),
    ("Minister of Foreign Affairs Samir Khoury said the Dawn Front was losing ground.", "Samir Khoury"),
    ("UN High Commissioner for Human Rights Nadia Farouk said the Dawn Front had killed civilians.", "Nadia Farouk"),
    ("UN Emergency Relief Coordinator Nadia Farouk said the Dawn Front had killed civilians.", "Nadia Farouk"),
    ("The State Departments Nadia Farouk said the Dawn Front had killed civilians.", "Nadia Farouk"),
])
def test_an_offices_portfolio_is_no_part_of_the_name_nor_an_organization(text, person):
    x = extract("The fighting went on. " + text, published=None)
    assert {(e.name, e.type) for e in x.entities if e.type != "place"} == {
        (person, "person"), ("Dawn Front", "armed_group")} | ({("UN", "organization")} if "UN " in text else set())


@pytest.mark.parametrize("text, attacker, target", [
    ("The war went on. An attack by al-Shabaab on an AMISOM base killed nine soldiers.", "al-Shabaab", "AMISOM"),
    ("The war went on. The offensive by the Tigray Defence Forces against the Ethiopian National Defence Force "
     "stalled in Afar.", "Tigray Defence Forces", "Ethiopian National Defence Force"),
])
def test_an_attack_by_one_on_another_names_both_sides(text, attacker, target):
    _, rels, evs = facts(text)
    assert any(v["type"] == "clash" and v["agent"] == {attacker} and v["target"] == {target} for v in evs)
    assert (attacker, "hostile_to", target, "affirmed") in rels or (target, "hostile_to", attacker, "affirmed") in rels


def test_a_town_retaken_by_one_from_another_is_a_capture():
    _, rels, evs = facts("Bodies were found in a small town retaken by the Iraqi army from the Islamic State last "
                         "week.")
    assert any(v["type"] == "capture" and v["agent"] == {"Iraqi army"} and v["from"] == {"Islamic State"} for v in evs)
    _, _, evs = facts("The decision was taken by the army command after the Islamic State advanced.")
    assert not [v for v in evs if v["type"] == "capture"]


def test_the_affiliate_an_owner_names_without_its_apostrophe_is_the_target():
    _, rels, _ = facts("The US-led coalition carried out air strikes against positions of al-Qaedas Syrian affiliate "
                       "Nusra Front on Tuesday.")
    targets = {r[2] for r in rels if r[1] == "hostile_to"} | {r[0] for r in rels if r[1] == "hostile_to"}
    assert "Nusra Front" in targets and "al-Qaeda" not in targets


def test_a_name_and_its_allies_listed_after_a_comma_are_allies_of_each():
    _, rels, _ = facts("The M23 fought the Congolese army and its allies, the FDLR and the Wazalendo militias, "
                       "near Goma.")
    allies = {frozenset((r[0], r[2])) for r in rels if r[1] == "allied_with"}
    assert frozenset(("Congolese army", "FDLR")) in allies
    assert any("Congolese army" in a and any("Wazalendo" in n for n in a) for a in allies)


@pytest.mark.parametrize("text, unit, parent", [
    ("The raid was led by the Special Task Group (STG) of the Punjab Police on Monday.", "Special Task Group",
     "Punjab Police"),
    ("The gunmen belonged to the Nablus Battalion of Islamic Jihad's al-Quds Brigades, the army said.",
     "Nablus Battalion", "al-Quds Brigades"),
    # a party's possessive before a unit; the antecedent of "which remained the PKK's armed wing"
    ("The war went on. Fighters of the Patriotic Union of Kurdistan's 70 Forces withdrew from Kirkuk.", "70 Forces",
     "Patriotic Union of Kurdistan"),
    ("The war went on. In 2000 the ARGK gave way to the People's Defence Forces (HPG), which remained the PKK's armed "
     "wing.", "People's Defence Forces", "PKK"),
])
def test_a_unit_of_a_force_is_its_part_through_an_acronym_or_an_owner(text, unit, parent):
    _, rels, _ = facts(text)
    assert (unit, "part_of", parent, "affirmed") in rels


def test_a_sponsor_accused_through_its_agency_and_acronym_backs_the_group_as_reported():
    x = extract("The war went on. Officials have long accused Pakistan's Inter-Services Intelligence (ISI) of arming "
                "and training the Babbar Khalsa International.", published="2020-01-01")
    name = {e.id: e.name for e in x.entities}
    got = {(name[r.subject], r.relation, name[r.object], r.modality) for r in x.relations}
    assert ("Babbar Khalsa International", "backed_by", "Inter-Services Intelligence", "reported") in got


def test_a_backed_descriptor_after_an_acronym_with_its_comma_lost_describes_the_name():
    _, rels, _ = facts("Elsewhere the Syrian Democratic Forces (SDF) a US-backed Kurdish-Arab alliance advanced inside "
                       "Raqqa on Monday.")
    assert ("Syrian Democratic Forces", "backed_by", "United States", "affirmed") in rels


@pytest.mark.parametrize("text", [
    "Ankara repeatedly asked the SDF's main backer, the United States, to intervene.",
    "The Syrian Democratic Forces and their chief backer the United States denied the report.",
])
def test_the_backer_a_group_owns_backs_it(text):
    x, rels, _ = facts("The war went on. " + text)
    backed = {(r[0], r[2]) for r in rels if r[1] == "backed_by"}
    assert len(backed) == 1 and next(iter(backed))[1] == "United States"


@pytest.mark.parametrize("text", [
    "The war went on. Officials played down the announcement, and the Kremlin-backed Chechen president Ramzan "
    "Kadyrov said the rebels were few.",
    "The war went on. Young army officers overthrew President Romeo Lucas Garcia on Tuesday.",
])
def test_a_sponsor_in_a_modifier_or_a_subject_across_a_verb_owns_no_title(text):
    assert not memberships(text)


def test_a_leader_after_a_relative_clause_heads_the_clauses_antecedent():
    got = {(p, g) for p, g, *_ in memberships(
        "The war went on. Jamaat-ul-Ahrar is led by Omar Khalid Khorasani, while the Ahrar Brigade, which itself "
        "broke away from Jamaat-ul-Ahrar in November 2017, is headed by Mukarram Khan.")}
    assert ("Mukarram Khan", "Ahrar Brigade") in got and ("Mukarram Khan", "Jamaat-ul-Ahrar") not in got


@pytest.mark.parametrize("text", [
    "The war went on. Joseph Kabui is not a member of the Bougainville Revolutionary Army, his office said.",
    "The war went on. Joseph Kabui was never a commander of the Bougainville Revolutionary Army, his office said.",
])
def test_a_denied_membership_is_negated_and_his_office_holds_no_role(text):
    x = extract(text, published=None)
    assert [(r.relation, r.polarity) for r in x.relations if r.relation == "member_of"] == [("member_of", "negated")]


@pytest.mark.parametrize("text, place", [
    ("The war went on. In May the fighting reached Mostar, where the HVO besieged the eastern part of the city.",
     "Mostar"),
    ("The war went on. Clashes between the army and the Red Dragons have emptied villages such as Bechati, where "
     "many houses were burned.", "Bechati"),
    ("The war went on. Airstrikes by the Russian air force hit the village of Almehemdiya in rural Deir Ezzor.",
     "Almehemdiya"),
])
def test_one_unknown_word_where_a_place_stands_is_no_armed_group(text, place):
    x = extract(text, published="2020-01-01")
    assert place not in {e.name for e in x.entities if e.type != "place"}


@pytest.mark.parametrize("text, name", [
    ("The war went on. Gran Grif fighters have repeatedly attacked the Haitian National Police on National Route 1.",
     "Haitian National Police"),
    ("The war went on. The KLO fought for years against the Indian Army in Assam.", "Indian Army"),
])
def test_a_name_a_preposition_and_another_name_are_two_names(text, name):
    x = extract(text, published="2020-01-01")
    assert name in {e.name for e in x.entities} and not [e for e in x.entities if e.name.startswith(name + " ")]


def test_fighting_for_a_cause_names_no_enemy():
    _, rels, _ = facts("The war went on. The KLO, active since 1995, claims to fight for a separate Kamtapur state in "
                       "northern West Bengal.")
    assert not [r for r in rels if r[1] == "hostile_to"]


@pytest.mark.parametrize("text, wrong", [
    ("The war went on. The SDF mainly comprising of Kurdish fighters pushed the ISIL back from the town.",
     ("ISIL", "part_of", "SDF", "affirmed")),
    ("The war went on. The EPLF marched into Asmara, where the Second Revolutionary Army, the largest formation of "
     "the Ethiopian army, gave up without a battle.", ("Ethiopian army", "part_of", "Second Revolutionary Army",
                                                       "affirmed")),
    ("The war went on. The GIA led by Antar Zouabri has broken with the FIS and its armed wing.",
     ("GIA", "part_of", "FIS", "affirmed")),
    ("The war went on. In September 2014 another faction, Jund al-Khilafah, left AQIM, pledged allegiance to the "
     "Islamic State, and kidnapped a French mountain guide.", ("AQIM", "part_of", "Islamic State", "affirmed")),
])
def test_no_unit_from_a_list_past_its_verb_a_unit_noun_a_cut_tie_or_an_earlier_verbs_object(text, wrong):
    _, rels, _ = facts(text)
    assert wrong not in rels


def test_an_earlier_verbs_object_is_not_the_subject_of_the_next_verb():
    _, rels, _ = facts("The war went on. In September 2014 another faction, Jund al-Khilafah, left AQIM, pledged "
                       "allegiance to the Islamic State, and kidnapped a French mountain guide.")
    assert ("Jund al-Khilafah", "affiliated_with", "Islamic State", "affirmed") in rels


def test_a_foiled_attack_is_the_attackers_on_the_defender():
    _, rels, evs = facts("The war went on. The Syrian army managed to foil an attack by ISIS terrorists on military "
                         "posts in Deir Ezzor.")
    assert any(v["type"] == "clash" and v["agent"] == {"ISIS"} and v["target"] == {"Syrian army"} for v in evs)
    _, _, evs = facts("The war went on. The Iraqi army thwarted an attack on Ramadi on Sunday.")
    assert [(v["agent"], v["target"]) for v in evs] == [(set(), {"Iraqi army"})]
    _, _, evs = facts("The war went on. Troops and pro-government gunmen repelled the ISIS attack on villages in Hama.")
    assert {"ISIS"} in [v["agent"] for v in evs if v["type"] == "clash"]


@pytest.mark.parametrize("text, owner, place", [
    ("The war went on. The coalition bombed the IS stronghold of Raqqa on Sunday.", "IS", "Raqqa"),
    ("The war went on. Marea is a stronghold of the Islamic Front, a coalition of Islamist groups.", "Islamic Front",
     "Marea"),
    ("The war went on. The army advanced on the town of Tarhuna, the LNA's last major stronghold in western Libya.",
     "LNA", "Tarhuna"),
    ("The war went on. Qamishli is under the shared control of the Syrian regime and Kurdish authorities.",
     "Syria", "Qamishli"),
])
def test_the_owner_of_a_stronghold_controls_it(text, owner, place):
    _, rels, _ = facts(text)
    assert (owner, "controls", place, "affirmed") in rels


@pytest.mark.parametrize("text", [
    "The war went on. A strike killed 18 civilians in the Daesh group's former stronghold of Raqqa.",
    "The war went on. The operation has so far captured the Daesh stronghold of Jarablus and is pushing on.",
])
def test_a_former_or_lost_stronghold_is_held_no_longer(text):
    _, rels, _ = facts(text)
    assert not [r for r in rels if r[1] == "controls"]


def test_a_place_then_a_demonym_that_opens_the_next_phrase_is_the_place():
    x = extract("The war went on. Ten civilians were killed in strikes west of Daeshs de facto capital of Raqqa Syrian "
                "state-run news agency SANA reported.", published="2017-04-08")
    assert "Raqqa" in {e.name for e in x.entities if e.type == "place"}
    assert not [e for e in x.entities if e.name.endswith("Syrian")]


def test_forces_loyal_to_a_leader_after_a_verb_are_no_named_groups_and_side_by_side_is_no_fight():
    assert not memberships("The war went on. The Houthis are allied with forces loyal to former president Ali "
                           "Abdullah Saleh.")
    _, rels, _ = facts("The war went on. The Wagner Group fought side by side with the Malian army in Moura.")
    assert ("Wagner Group", "allied_with", "Malian army", "affirmed") in rels
    assert not [r for r in rels if r[1] == "hostile_to"]


def test_groups_that_remain_allied_are_allies():
    _, rels, _ = facts("The war went on. The Taliban and al-Qaeda remain closely allied, the UN said.")
    assert {frozenset((r[0], r[2])) for r in rels if r[1] == "allied_with"} == {frozenset(("Taliban", "al-Qaeda"))}


def test_fighters_named_by_their_kind_as_a_subject_are_the_one_group_just_named():
    _, _, evs = facts("The Arakan Army launched an offensive in Rakhine. The rebels captured the town of Paletwa in "
                      "January.")
    assert any(v["type"] == "capture" and v["agent"] == {"Arakan Army"} for v in evs)
    _, rels, _ = facts("The Daesh group held Raqqa for years. Kurdish fighters have been a key force battling the "
                       "extremists and are the main component in the Syrian Democratic Forces.")
    assert not [r for r in rels if r[1] == "part_of" and r[0] == "Daesh group"]
    _, _, evs = facts("The Arakan Army and the Tatmadaw fought in Rakhine. The rebels captured the town of Paletwa.")
    assert not [v for v in evs if v["type"] == "capture"]


@pytest.mark.parametrize("text, person, group", [
    ("The war went on. Fighters of the Popular Front for the Renaissance of the Central African Republic (FPRC) of "
     "Nourredine Adam took Bria.", "Nourredine Adam", "Popular Front for the Renaissance of the Central African Republic"),
    ("The war went on. The G-Pep coalition of Gabriel Jean-Pierre fought the G9 in Cite Soleil.", "Gabriel Jean-Pierre",
     "G-Pep"),
    ("The war went on. Commanders of the LRA who wish to surrender, among them Okot Odhiambo and Dominic Ongwen, are "
     "urged to report to the army.", "Dominic Ongwen", "LRA"),
])
def test_a_group_of_a_person_and_its_commanders_among_them_a_person(text, person, group):
    got = {(p, g) for p, g, *_ in memberships(text)}
    assert (person, group) in got


def test_the_commander_of_a_group_of_a_person_is_no_leader_of_it():
    assert not [m for m in memberships("The war went on. The commander of the 5th Brigade of Colonel Ali Haddad was "
                                       "killed.") if m[0] == "Ali Haddad" and m[2] == "leader"]


def test_one_word_the_article_places_is_that_place_wherever_the_recogniser_calls_it_a_group():
    x = extract("Airstrikes by the Russian air force hit the village of Almehemdiya in rural Deir Ezzor on Monday. The "
                "Syrian Coalition condemned the attack on Almehemdiya and the targeting of civilians.", published=None)
    assert {e.type for e in x.entities if e.name == "Almehemdiya"} <= {"place"}


def test_a_place_located_by_another_is_another_place():
    x = extract("The war went on. Strikes hit areas west of Raqqa on Monday. Civilians were killed in raids near the "
                "ISIL groups Syrian bastion Raqqa.", published="2017-05-24")
    assert {e.name for e in x.entities if e.type == "place"} == {"Raqqa"}
    _, rels, _ = facts("The war went on. Akhmat fighters were holding positions north of Sudzha. Ukrainian forces "
                       "entered Sudzha on Monday.")
    assert not [r for r in rels if r[1] == "controls" and r[2] == "Sudzha" and r[0] != "Ukrainian forces"]


def test_areas_held_outside_a_city_are_not_the_city():
    _, rels, _ = facts("The war went on. The Islamic State withdrew on Sunday from northern areas it controlled outside "
                       "the city of Homs.")
    assert not [r for r in rels if r[1] == "controls" and r[2] == "Homs"]


def test_a_side_backed_by_its_ally_is_its_ally_too():
    _, rels, _ = facts("The war went on. Government forces backed by ally Russia have waged an assault on eastern "
                       "Aleppo.")
    assert {(r[1], r[2]) for r in rels if r[0] == "Syrian Arab Army"} >= {("backed_by", "Russia"),
                                                                        ("allied_with", "Russia")}


def test_each_demonym_listed_before_a_force_names_its_states_force():
    _, rels, evs = facts("The war went on. In October 2022 Eritrean and Ethiopian troops jointly captured the town of "
                         "Shire from the Tigray Defence Forces.", published="2023-01-10")
    cap = next(v for v in evs if v["type"] == "capture")
    assert len(cap["agent"]) == 2 and cap["from"] == {"Tigray Defence Forces"}
    x = extract("The war went on. Iraqi, Kurdish and American forces advanced on Mosul.", published=None)
    assert not [e for e in x.entities if e.name.startswith("Kurdish")]
    _, rels, _ = facts("The war went on. The town is the scene of fierce clashes between the Syrian and Lebanese forces "
                       "and militants of the Army of Conquest.")
    assert not [r for r in rels if r[1] == "hostile_to" and {r[0], r[2]} <= {"Syrian Arab Army", "Lebanese forces",
                                                                           "Lebanese Armed Forces"}]


@pytest.mark.parametrize("text, want", [
    ("Forces loyal to the Islamic State attacked the Syrian army near Palmyra on Monday.",
     ("Islamic State", "hostile_to", "Syrian army", "affirmed")),
    ("Militiamen of Hezbollah attacked the South Lebanon Army near Marjayoun on Monday.",
     ("Hezbollah", "hostile_to", "South Lebanon Army", "affirmed")),
    ("Many analysts see Assad as the main winner of the US-led coalition strikes against ISIS.",
     ("US-led coalition", "hostile_to", "ISIS", "affirmed")),
    ("The Turkish offensive against the YPG in Afrin began in January.", ("Turkey", "hostile_to", "YPG", "affirmed")),
    ("Al-Shabaab fighters massacred 40 Kenyan soldiers at the El Adde base.",
     ("Al-Shabaab", "hostile_to", "Kenyan soldiers", "affirmed")),
    ("Hezbollah and Israeli troops exchanged fire near the border on Monday.",
     ("Hezbollah", "hostile_to", "Israeli troops", "affirmed")),
    ("The Free Syrian Army confronted the Islamic State near Marea on Monday.",
     ("Free Syrian Army", "hostile_to", "Islamic State", "affirmed")),
])
def test_the_attacker_named_around_the_attack(text, want):
    _, rels, _ = facts("The war went on. " + text)
    assert want in rels


def test_joined_by_volunteers_is_no_joining():
    _, rels, evs = facts("The war went on. Transnistrian forces, joined by Cossack volunteers from the Don, drove the "
                         "Moldovan troops out of Bender on Monday.")
    assert not [e for e in evs if e["type"] == "joining"]
    assert not [r for r in rels if r[1] in ("part_of", "affiliated_with")]
    _, rels, _ = facts("The war went on. The Syrian Democratic Forces were later joined by Jaysh al-Thuwar.")
    assert ("Jaysh al-Thuwar", "part_of", "Syrian Democratic Forces", "affirmed") in rels


@pytest.mark.parametrize("sentence, name", [
    ("The war went on. Government troops fought the Seleka rebels near Bangui on Monday.", "Seleka"),
    ("The war went on. The army clashed with Laksaur militiamen near Suai on Monday.", "Laksaur"),
    ("The war went on. The Kaniyat militia held Tarhuna until June 2020.", "Kaniyat"),
])
def test_a_name_before_the_men_it_names_is_an_armed_group(sentence, name):
    x, _, _ = facts(sentence)
    assert any(e.type == "armed_group" and (e.name == name or name in e.aliases) for e in x.entities)
    assert not any(e.name.endswith(("militia", "militiamen", "rebels")) for e in x.entities)


@pytest.mark.parametrize("sentence", [
    "The war went on. The army fought Tuareg rebels near Kidal on Monday.",
    "The war went on. Lately rebels have fought the army near Kidal.",
    "The war went on. The army fought pro-Turkey rebels near Afrin on Monday.",
])
def test_a_people_or_a_sentence_opening_before_rebels_names_no_group(sentence):
    x, _, _ = facts(sentence)
    assert not any(e.type == "armed_group" for e in x.entities)


@pytest.mark.parametrize("text, want", [
    ("The war went on. Nikos Sampson, a former Hamas gunman, was installed as president.",
     ("Nikos Sampson", "member_of", "Hamas", "affirmed")),
    ("The war went on. The PKK claimed the attack. Its jailed founder, Abdullah Ocalan, is held on Imrali.",
     ("Abdullah Ocalan", "member_of", "PKK", "affirmed")),
    ("The war went on. The army fought Iyad Ag Ghaly, the Tuareg founder of Ansar Dine.",
     ("Iyad Ag Ghaly", "member_of", "Ansar Dine", "affirmed")),
])
def test_a_role_with_a_word_before_it(text, want):
    _, rels, _ = facts(text)
    assert want in rels


def test_a_verb_before_a_title_gives_no_role():
    _, rels, _ = facts("The war went on. The Free Syrian Army jailed leader Ahmed Haddad in 2015.")
    assert not any(r[1] == "member_of" for r in rels)


@pytest.mark.parametrize("text, want", [
    ("The war went on. Since April 2019 the Allied Democratic Forces have formed the core of the Islamic State "
     "Central Africa Province.", ("Allied Democratic Forces", "part_of", "Islamic State Central Africa Province")),
    ("The war went on. The Civil Protection Units, an urban arm of the PKK, fought the police in Sur.",
     ("Civil Protection Units", "part_of", "PKK")),
    ("The war went on. The groups in the Army of Conquest, including Ahrar al-Sham and Jund al-Aqsa, took Idlib.",
     ("Jund al-Aqsa", "part_of", "Army of Conquest")),
    ("The war went on. The PKK, whose People's Defence Forces fight in Iraq, declared a truce.",
     ("People's Defence Forces", "part_of", "PKK")),
])
def test_parts_named_by_what_they_form_or_among_its_members(text, want):
    _, rels, evs = facts(text)
    assert want + ("affirmed",) in rels
    assert (want[2], "part_of", want[0], "affirmed") not in rels and not [e for e in evs if e["type"] == "formation"]


def test_formed_by_former_members_is_no_part():
    _, rels, _ = facts("The war went on. The Cartel del Noreste, a group formed by former members of Los Zetas, "
                       "fought the army in Reynosa.")
    assert not any(r[1] == "part_of" for r in rels)


@pytest.mark.parametrize("text, want", [
    ("The war went on. China, the main supplier of arms to the Khmer Rouge, denounced the offensive.",
     ("Khmer Rouge", "backed_by", "China")),
    ("The war went on. The Counter-Terrorism Service, the elite force trained by the United States, led the assault.",
     ("Counter-Terrorism Service", "backed_by", "United States")),
    ("The war went on. The YPG captured Tel Abyad from ISIS last year in an offensive backed by US-led coalition "
     "air strikes.", ("YPG", "backed_by", "US-led coalition")),
    ("The war went on. Hezbollah is widely reported to enjoy the support of the Iranian government.",
     ("Hezbollah", "backed_by", "Iran")),
])
def test_a_sponsor_by_what_it_gives(text, want):
    _, rels, _ = facts(text)
    assert want + ("affirmed",) in rels
    assert not any(r[1] == "backed_by" and r[0] == "ISIS" for r in rels)


def test_a_peoples_militia_apposed_to_a_group_is_that_group():
    x, rels, _ = facts("The war went on. The FDLR, a Hutu militia that has fought alongside the Congolese army, "
                       "controls Rutshuru.")
    assert [e.name for e in x.entities if e.type == "armed_group"] == ["FDLR"]
    assert ("FDLR", "allied_with", "Congolese army", "affirmed") in rels


@pytest.mark.parametrize("text, want", [
    ("The war went on. Mosul, the largest city under the Islamic State's control, was shelled on Monday.",
     ("Islamic State", "controls", "Mosul")),
    ("The war went on. Mosul remains under Islamic State control.", ("Islamic State", "controls", "Mosul")),
    ("The war went on. The Amal movement of Parliament Speaker Nabih Berri, Hezbollah's main Shiite ally, called for "
     "restraint.", ("Hezbollah", "allied_with", "Amal movement")),
])
def test_control_and_alliance_by_an_owner(text, want):
    _, rels, _ = facts(text)
    assert want + ("affirmed",) in rels


def test_fleeing_into_areas_under_control_is_no_control_of_the_place_fled():
    _, rels, _ = facts("The war went on. Civilians fled from Raqqa into areas under the YPG's control.")
    assert not any(r[1] == "controls" for r in rels)


@pytest.mark.parametrize("text, group, person", [
    ("The war went on. The Libyan National Army of Khalifa Haftar attacked Tripoli.", "Libyan National Army",
     "Khalifa Haftar"),
    ("The war went on. The Petroleum Facilities Guard of Ibrahim Jadhran seized the oil ports.",
     "Petroleum Facilities Guard", "Ibrahim Jadhran"),
])
def test_a_group_named_with_its_leader_after_of_is_two_names(text, group, person):
    x, rels, _ = facts(text)
    assert (person, "member_of", group, "affirmed") in rels
    assert not any(" of " in e.name for e in x.entities)


def test_a_name_that_goes_on_after_of_stays_whole():
    x, _, _ = facts("The war went on. The Popular Front for the Liberation of Saguia el-Hamra attacked Zouerat.")
    assert not any(e.type == "person" for e in x.entities)


@pytest.mark.parametrize("text", [
    "The war went on. The Libyan National Army attacked Tripoli in April 2019.",
    "The war went on. In April last year FNL fighters shelled Bujumbura.",
])
def test_a_capital_attacked_is_the_city_not_the_state(text):
    x, rels, _ = facts(text)
    assert not any(e.type == "state" for e in x.entities)
    assert not any(r[1] == "hostile_to" for r in rels)


def test_the_owner_named_after_a_side_of_a_clash_is_no_side():
    _, rels, _ = facts("The war went on. Azaz is unstable after recent clashes between the ISIL militiamen and the "
                       "Storm of North Brigade of the so-called Free Syrian Army.")
    assert ("Storm of North Brigade", "part_of", "Free Syrian Army", "affirmed") in rels
    assert not any(r[1] == "hostile_to" and "Free Syrian Army" in (r[0], r[2]) for r in rels)


def test_a_name_after_since_opens_another_clause():
    _, rels, _ = facts("The war went on. Sinai Province has claimed dozens of raids on army posts since the former "
                       "Ansar Bait al-Maqdis pledged allegiance to the Islamic State in November 2014.")
    assert not any(r[1] == "hostile_to" for r in rels)


def test_an_insurgency_against_a_party_is_against_the_party():
    _, rels, _ = facts("The war went on. Salisbury's Central Intelligence Organisation also sponsored a Mozambican "
                       "insurgency against FRELIMO, the Mozambican National Resistance (RENAMO).")
    assert not any(r[1] == "hostile_to" and "Mozambican National Resistance" in (r[0], r[2]) for r in rels)


def test_a_nickname_in_quotes_stays_inside_the_persons_name():
    _, rels, _ = facts('The war went on. The G9 is led by Jimmy "Barbecue" Cherizier.')
    assert ('Jimmy "Barbecue" Cherizier', "member_of", "G9", "affirmed") in rels


@pytest.mark.parametrize("text, agent", [
    ("The army condemned the attack carried out on 7 September 2023 by the terrorists of the so-called JNIM against "
     "the boat.", {"JNIM"}),
    ("UN investigators said aerial bombardment by Syrian forces in Idlib was causing huge casualties.",
     {"Syrian forces"}),
    ("On 4 April 2019 the Libyan National Army launched an aggression against Tripoli.", {"Libyan National Army"}),
    ("Aircraft of the US-led coalition committed a new massacre against civilians in Raqqa province.",
     {"US-led coalition"}),
    ("The city has often been targeted by Islamic State militants.", {"Islamic State"}),
    ("The high death toll from strikes by the Syrian military has prompted criticism.", {"Syrian military"}),
    ("The Federal Police fought for three days in al-Ayadiya.", {"Federal Police"}),
])
def test_an_attack_with_its_maker_and_no_named_target(text, agent):
    _, _, evs = facts("The war went on. " + text)
    assert any(v["type"] == "clash" and v["agent"] == agent for v in evs)


def test_a_liberation_from_the_men_of_a_group_is_a_capture_from_it():
    _, rels, evs = facts("The war went on. The Peshmerga completed the liberation of the town of Sinjar from the "
                         "terrorists of ISIS on Friday.")
    assert any(v["type"] == "capture" and v["agent"] == {"Peshmerga"} and v["from"] == {"ISIS"} for v in evs)
    _, _, evs = facts("The war went on. The Islamic State fled from the liberated areas near Palmyra.")
    assert not [v for v in evs if v["type"] == "capture"]


def test_what_lies_between_two_places_holds_neither():
    _, rels, _ = facts("The war went on. Al-Shabaab, which still controls most of the countryside between Marka and "
                       "Barawe, claimed the attack.")
    assert not any(r[1] == "controls" for r in rels)


@pytest.mark.parametrize("text", [
    "The General Command called the bombing a serious and blatant aggression against Syrian forces.",
    "The opposition Local Coordination Committee said heavy shelling had forced the Free Syrian Army from the town.",
    "The Syrian Coalition condemned the escalating Russian aggression on Syria after rebels broke the siege.",
    "Jaish al-Islam shelled Damascus in its war against Takfiri Terrorism.",
])
def test_who_speaks_of_an_attack_or_a_country_it_hits_is_no_side(text):
    _, rels, evs = facts("The war went on. " + text)
    sides = {n for r in rels if r[1] == "hostile_to" for n in (r[0], r[2])}
    assert not sides & {"General Command", "Local Coordination Committee", "Syrian Coalition", "Syria",
                        "Takfiri Terrorism"}


@pytest.mark.parametrize("text, want", [
    ("The group has been accused of rocket attacks on US facilities in Baghdad.", "United States"),
    ("The group also carried out the 2001 attack on India's parliament, officials say.", "India"),
])
def test_a_country_whose_people_or_places_are_hit_is_a_side(text, want):
    _, rels, _ = facts("The war went on. Asaib Ahl al-Haq fought on. " + text)
    assert any(r[1] == "hostile_to" and want in (r[0], r[2]) for r in rels)


def test_a_number_before_fighters_names_no_group():
    x, _, _ = facts("The war went on. Israeli Drone Strike Kills 3 Fighters in Quneitra Three fighters from the "
                    "Popular committees were killed as an Israeli drone struck their position.")
    assert not any(e.name == "Three" for e in x.entities)


def test_the_speaker_after_an_attack_is_not_its_target():
    _, rels, _ = facts("The war went on. Hundreds have been killed in the deliberate bombardment of residential areas "
                       "by the regime and its Iranian allies, the Syrian Coalition said.")
    assert not any(r[1] == "hostile_to" and "Syrian Coalition" in (r[0], r[2]) for r in rels)


def test_a_group_listed_among_the_other_ones_is_no_unit_of_the_first():
    _, rels, _ = facts("The war went on. Idlib is held by rebels, both nationalist groups under the banner of the Free "
                       "Syrian Army and Islamist ones including the former al Qaeda affiliate Jabhat Fateh al-Sham.")
    assert not any(r[1] == "part_of" for r in rels)


@pytest.mark.parametrize("text, want", [
    ("The Syrian Democratic Forces broke into Raqqa in June and have since wrested most of the city from Daesh.",
     ("Syrian Democratic Forces", "capture", "Daesh")),
    ("In 2013 the FARDC, supported by the Force Intervention Brigade, drove the M23 from its last strongholds.",
     ("FARDC", "capture", "M23")),
    ("ISIL executed 24 civilians after taking Buyir from the Syrian Democratic Forces.",
     ("ISIL", "capture", "Syrian Democratic Forces")),
])
def test_a_capture_from_a_group(text, want):
    _, _, evs = facts("The war went on. " + text)
    assert any(v["type"] == want[1] and want[0] in v["agent"] and want[2] in v["from"] for v in evs)


@pytest.mark.parametrize("text, want", [
    ("The Syrian Coalition condemns the massacre committed by ISIS militants against elements of the FSA in Al-Bab.",
     ("ISIS", "hostile_to", "FSA")),
    ("They are backed by air strikes launched by the US-led coalition fighting Daesh in Syria and Iraq.",
     ("US-led coalition", "hostile_to", "Daesh")),
    ("Russia and the Assad regime were bombing ISIS-held parts of the city.", ("Syrian government", "hostile_to", "ISIS")),
])
def test_whom_an_attack_hits(text, want):
    _, rels, _ = facts("The war went on. " + text)
    assert want + ("affirmed",) in rels


def test_the_owner_of_what_a_bombing_hit_is_no_bomber():
    _, _, evs = facts("The war went on. The 1983 bombings of the US embassy in Beirut were claimed by the Islamic Jihad "
                      "Organization.")
    assert [v["agent"] for v in evs if v["type"] == "clash"] == [{"Islamic Jihad Organization"}]


@pytest.mark.parametrize("text, agent, loser", [
    ("In September 2016 LNA units seized the oil ports of Ras Lanuf and Es Sider from the Petroleum Facilities Guard.",
     "LNA", "Petroleum Facilities Guard"),
    ("Earlier ISIL gunmen seized the headquarters of al-Qaeda-affiliated Al-Nusra in the Shaddadi area.", "ISIL",
     "Al-Nusra"),
])
def test_who_lost_what_was_captured(text, agent, loser):
    _, _, evs = facts("The war went on. " + text)
    assert any(v["type"] == "capture" and agent in v["agent"] and loser in v["from"] for v in evs)


def test_a_leader_killed_in_a_later_sentence_leaves_his_group():
    _, rels, evs = facts("Adnan Abu Walid al-Sahrawi led the Islamic State in the Greater Sahara. French forces killed "
                         "al-Sahrawi in August 2021.", published="2022-01-01")
    assert any(v["type"] == "leadership_change" and v["agent"] == {"Adnan Abu Walid al-Sahrawi"}
               and v["to"] == {"Islamic State in the Greater Sahara"} for v in evs)
    assert ("French forces", "hostile_to", "Islamic State in the Greater Sahara", "affirmed") in rels


@pytest.mark.parametrize("text", [
    "Ramzan Kadyrov led the Kadyrovtsy. On 14 April Vostok fighters and a convoy of Kadyrov's men exchanged fire "
    "near Gudermes; several people were killed.",
    "Rami Abdurrahman heads the Syrian Observatory for Human Rights. The strikes have killed 122 civilians, he said.",
    "Laurent Gbagbo led the FDS. Militiamen of the Young Patriots, whom Gbagbo had named youth minister in December, "
    "fought on.",
])
def test_no_leader_leaves_when_others_die_or_he_speaks_or_names_someone(text):
    _, _, evs = facts(text, published="2012-01-01")
    assert not [v for v in evs if v["type"] == "leadership_change"]


def test_becoming_a_leader_is_a_leadership_change():
    _, _, evs = facts("The Contras fought on. The businessman Adolfo Calero became its political leader in 1983.")
    assert any(v["type"] == "leadership_change" and v["agent"] == {"Adolfo Calero"} and v["date"] == "1983"
               for v in evs)
    _, _, evs = facts("The war went on. Ahmed Haddad, a Hamas commander, spoke on Monday.")
    assert not [v for v in evs if v["type"] == "leadership_change"]


@pytest.mark.parametrize("text, group, place, since", [
    ("On 24 May 1991 fighters of the Dawn Front entered Kafr Zita.", "Dawn Front", "Kafr Zita", "1991-05-24"),
    ("The Dawn Front grew. From 2008 its cells moved north into Kafr Zita.", "Dawn Front", "Kafr Zita", None),
    ("The attack followed the departure of the Dawn Front from its camp in Kafr Zita on 31 October 2019.",
     "Dawn Front", "Kafr Zita", None),
    ("The offensive aimed at the Dawn Front's headquarters at Kafr Zita.", "Dawn Front", "Kafr Zita", None),
])
def test_where_a_group_entered_moved_or_keeps_its_bases_it_operates(text, group, place, since):
    x = extract(text, published="2020-01-01")
    name = {e.id: e.name for e in x.entities}
    got = {(name[r.subject], name[r.object]): r.valid_from for r in x.relations if r.relation == "operates_in"}
    assert [k for k in got if k[1] == place and (group is None or k[0] == group)]
    if since:
        assert got[(group, place)] == since


def test_a_country_entered_and_the_one_left_are_no_presence():
    _, rels, _ = facts("Officials said both were members of the Dawn Front who had entered Turkey from Syria.")
    assert not [r for r in rels if r[1] == "operates_in"]


def test_a_regions_name_before_a_forces_name_is_part_of_it_and_a_datelines_dash_ends_a_name():
    x, rels, _ = facts("The Southern Cameroons Defence Forces attacked the Dawn Brigade.")
    assert "Southern Cameroons Defence Forces" in {e.name for e in x.entities}
    assert not [e for e in x.entities if e.type == "person"]
    x, _, _ = facts("JOWHAR - Government forces and clan fighters entered Kafr Zita on Tuesday.")
    assert not [e for e in x.entities if "JOWHAR" in e.name and e.type != "place"]


def test_a_name_opening_with_an_arabic_settlement_word_is_a_place_not_a_person():
    x, _, _ = facts("The Dawn Committee of Deir al-Adas said rebels shelled Kafr Nubl on Monday.")
    assert not [e for e in x.entities if e.type == "person"]
    x, _, _ = facts("The Hawks Brigade shelled the Dawn Front in Tal Zaytun on Monday.")
    assert ("Tal Zaytun", "place") in {(e.name, e.type) for e in x.entities}


@pytest.mark.parametrize("text", [
    "The opposition Dawn Committee said heavy shelling had forced the Hawks Brigade from the town.",
    "Karim Haddad of the Hawks Brigade said the attack came hours after Dawn Front bombers dressed in civilian "
    "clothes entered the town of Kafr Zita.",
])
def test_who_speaks_of_a_capture_or_an_entry_is_neither_its_maker_nor_there(text):
    x, rels, evs = facts(text)
    assert not [e for e in evs if e["type"] == "capture" and "Dawn Committee" in e["agent"]]
    assert not [r for r in rels if r[0] == "Hawks Brigade" and r[1] == "operates_in"]


def test_areas_under_a_groups_control_are_not_the_place_named_before_them():
    _, rels, evs = facts("The Dawn Front was focusing its efforts on capturing Tal Jamu five kilometres from Tal Zaytun in "
                         "a bid to link areas under its control.")
    assert ("Dawn Front", "controls", "Tal Zaytun", "affirmed") not in rels
    assert not [e for e in evs if e["type"] == "capture"]  # an aim, nothing taken yet


def test_one_states_forces_supporting_each_other_are_allies_no_sponsors():
    _, rels, _ = facts("With these operations the Sri Lanka Army, supported by the Sri Lanka Navy and the Sri Lanka Air "
                       "Force, has freed the territory from the Dawn Front.")
    assert not [r for r in rels if r[1] == "backed_by"]
    assert {r[2] for r in rels if r[1] == "allied_with"} >= {"Sri Lanka Navy", "Sri Lanka Air Force"}


def test_the_accused_not_the_accuser_armed_the_group():
    _, rels, _ = facts("The Dawn Armed Forces (DAF) attacked. The Dawn Patriotic Party accuses France of having armed "
                       "and trained the DAF for years.")
    assert ("Dawn Armed Forces", "backed_by", "France", "affirmed") in rels
    assert not [r for r in rels if r[1] == "backed_by" and r[2] == "Dawn Patriotic Party"]


def test_unnamed_fighters_backed_by_a_coalition_leave_the_group_before_unbacked_and_set_to_take_is_no_capture():
    _, rels, evs = facts("The Dawn Front attacked Kafr Zita. At one point it looked set to overrun the town but Kurdish "
                         "Syrian fighters backed by US-led coalition air strikes have held back the group.")
    assert not [r for r in rels if r[1] == "backed_by"]
    assert not [e for e in evs if e["type"] == "capture"]


def test_an_alliance_with_gapping_pairs_each_group_with_its_own_partner_and_a_leaders_alliance_is_his_groups():
    _, rels, _ = facts("Los Halcones work in alliance with the Dawn Cartel, and Los Lobos with the Hawks Cartel.")
    assert ("Los Lobos", "allied_with", "Hawks Cartel", "affirmed") in rels or \
        ("Hawks Cartel", "allied_with", "Los Lobos", "affirmed") in rels
    assert not [r for r in rels if {r[0], r[2]} == {"Los Halcones", "Los Lobos"}]
    _, rels, _ = facts("In August 2021 Karim Haddad, the commander of the Dawn Liberation Army, announced a military "
                       "alliance with the Hawks Front.")
    assert [r for r in rels if r[1] == "allied_with" and {r[0], r[2]} == {"Dawn Liberation Army", "Hawks Front"}]


@pytest.mark.parametrize("text, fought", [
    ("In the 1990s the Dawn Army repeatedly crossed into northern Iraq to strike the Hawks Front's bases.", True),
    ("The Hawks Front threatened to strike the Dawn Army if the shelling went on.", False),
    ("The truce does not apply to the Hawks Front, and the Dawn Army reserves the right to strike it.", False),
])
def test_crossing_to_strike_a_group_fights_it_and_a_threat_to_strike_does_not(text, fought):
    _, rels, _ = facts(text)
    assert bool([r for r in rels if r[1] == "hostile_to"]) == fought


def test_a_sponsor_arming_groups_against_a_foe_sets_them_against_it():
    _, rels, _ = facts("Washington, which armed both the Peshmerga and the Iraqi army against the Dawn Front, has "
                       "declined to take sides.")
    assert {("Peshmerga", "backed_by", "United States", "affirmed"),
            ("Peshmerga", "hostile_to", "Dawn Front", "affirmed")} <= rels


def test_whose_wing_fought_names_the_owner_not_the_sentences_subject():
    _, rels, _ = facts("Norwegian police have arrested Karim Haddad, the leader of the Dawn Council (DC), a separatist "
                       "movement whose armed wing has fought Cameroonian troops in the English-speaking regions.")
    assert not [r for r in rels if r[1] == "hostile_to" and "Norway" in (r[0], r[2])]


def test_groups_fighting_together_and_a_former_rival_are_no_enemies():
    _, rels, _ = facts("Karim Haddad said in a video that the Dawn Gang and its former rival the Hawks Gang were now "
                       "fighting together under the name Lakou Ansanm.")
    assert not [r for r in rels if r[1] == "hostile_to"]


def test_a_groups_controlled_areas_in_a_province_are_the_towns_named_not_the_province():
    _, rels, _ = facts("Activists reported airstrikes on Dawn Front-controlled areas in Aleppo province including the "
                       "towns of Akhtarin and Dabiq.")
    held = {r[2] for r in rels if r[1] == "controls"}
    assert held == {"Akhtarin", "Dabiq"}


def test_what_a_group_sets_up_for_itself_is_founded_not_the_group():
    _, _, evs = facts("The Hawks Front took Kafr Zita. Karim Haddad, who leads the Dawn Alliance, told reporters the "
                      "alliance would set up its own administration there.")
    assert not [e for e in evs if e["type"] == "formation"]
    _, _, evs = facts("The Dawn Front formed its own militia, the Hawks Brigade, in 2012.")
    assert [(e["agent"], e["from"]) for e in evs if e["type"] == "formation"] == [({"Hawks Brigade"}, {"Dawn Front"})]


def test_a_people_named_in_a_compound_is_no_place_and_the_speaker_said_early_on_monday_that_it_took_it():
    x, _, evs = facts("The Dawn Movement, a Tutsi-led group that belongs to the Hawks Alliance (HA), said early on "
                      "Monday that it had taken the city, the capital of North Kivu province.")
    assert "Tutsi" not in {e.name for e in x.entities}
    assert [e["agent"] for e in evs if e["type"] == "capture"] == [{"Dawn Movement"}]


def test_a_front_formed_around_a_group_and_its_ally_has_them_as_members_and_is_led_by_the_man_after_the_aside():
    x, rels, evs = facts("The Dawn Front, formed in 1989 around the Hawks Party and its ally the Lions Movement (LM), "
                         "is led by Karim Haddad, the Hawks Party's chairman.", "2000-01-01")
    assert {("Hawks Party", "part_of", "Dawn Front", "affirmed"), ("Lions Movement", "part_of", "Dawn Front", "affirmed"),
            ("Karim Haddad", "member_of", "Dawn Front", "affirmed")} <= rels
    assert ("Karim Haddad", "member_of", "Lions Movement", "affirmed") not in rels


def test_the_owner_named_in_an_affiliates_description_is_not_fought():
    _, rels, evs = facts("The Dawn Front has been fighting a war against rebels including the Al-Qaeda affiliate Hawks "
                         "Brigade since January.")
    assert ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels
    assert not [r for r in rels if r[1] == "hostile_to" and "Al-Qaeda" in (r[0], r[2])]
    assert [e["target"] for e in evs if e["type"] == "clash"] == [{"Hawks Brigade"}]


@pytest.mark.parametrize("text, person, group, role, since", [
    ("Under Karim Haddad, who took charge after the group's founder, Samir Lahoud, was arrested in Tanzania in 2015, "
     "the Dawn Front pledged allegiance to the Islamic State.", "Karim Haddad", "Dawn Front", "leader", None),
    ("The Dawn Front grew. Its formative decade ran from June 1982 to the election of Karim Haddad as "
     "secretary-general in 1992.", "Karim Haddad", "Dawn Front", "secretary-general", "1992"),
    ("The Dawn Battalion was raised that May by Karim Haddad, a nationalist activist.", "Karim Haddad",
     "Dawn Battalion", "founder", None),
])
def test_a_leader_a_sentence_opens_under_an_election_as_role_and_a_unit_raised_by_a_man(text, person, group, role,
                                                                                        since):
    assert (person, group, role, since, None) in memberships(text)


def test_strongholds_captured_from_a_group_end_its_presence_there():
    x = extract("In August 2019, the army inflicted heavy losses on the Dawn Front, capturing all of its strongholds in "
                "northern Hama.", published="2019-12-01")
    name = {e.id: e.name for e in x.entities}
    got = [(name[r.subject], name[r.object], r.valid_from, r.valid_until) for r in x.relations
           if r.relation == "operates_in"]
    assert got == [("Dawn Front", "northern Hama", None, "2019-08")]


@pytest.mark.parametrize("text, fact", [
    ("In Michoacan, the Dawn Cartel faces the Hawks Cartel, an alliance of local gangs.",
     ("Dawn Cartel", "hostile_to", "Hawks Cartel", "affirmed")),
    ("The kidnappers belonged to the Ajang-Ajang, a cell of the Hawks Brigade made up of relatives of slain militants.",
     ("Ajang-Ajang", "part_of", "Hawks Brigade", "affirmed")),
])
def test_a_group_facing_another_a_cell_of_a_group_and_a_leader_of_the_group(text, fact):
    _, rels, _ = facts(text)
    assert fact in rels


def test_a_state_facing_pressure_faces_no_enemy():
    _, rels, _ = facts("Turkey faces pressure from the United States over the Dawn Front.")
    assert not [r for r in rels if r[1] == "hostile_to"]


@pytest.mark.parametrize("text, fact", [
    ("Los Metros have fought for years against Los Halcones, the Dawn Cartel faction based in Matamoros.",
     ("Los Halcones", "operates_in", "Matamoros", "affirmed")),
    ("The brigade entered the town with Ugandan troops of the African Union Mission in Somalia (AMISOM).",
     ("Ugandan troops", "part_of", "African Union Mission in Somalia", "affirmed")),
    ("The attack was led by the Danab, the US-trained special forces brigade of the Hawks Army.",
     ("Danab", "backed_by", "United States", "affirmed")),
    ("Julian Salinas, a regional boss of the Dawn Cartel, was killed in a gunfight.",
     ("Julian Salinas", "member_of", "Dawn Cartel", "affirmed")),
])
def test_a_factions_base_troops_of_a_mission_a_trained_unit_and_a_regional_boss(text, fact):
    _, rels, _ = facts(text)
    assert fact in rels
    assert not [r for r in rels if r[1] == "operates_in" and r[0] == "Dawn Cartel"]


def test_the_unit_a_founder_deserted_in_a_relative_clause_is_no_parent_of_his_group():
    _, rels, evs = facts("Karim Haddad, a lieutenant who deserted the Dawn Army's Special Forces Group (SFG), founded "
                         "the Hawks Cartel.")
    assert ("Karim Haddad", "member_of", "Hawks Cartel", "affirmed") in rels
    assert not [r for r in rels if r[0] == "Hawks Cartel" and r[1] == "part_of"]


@pytest.mark.parametrize("text, held", [
    ("The Dawn Front was the rebel alliance that held the northern half of Cameroon from 2002 to 2011.", set()),
    ("Dawn Front fighters have held the Freeport of Monrovia and most of Bushrod Island.", {"Bushrod Island"}),
    ("The Dawn Front holds the town of Kafr Zita.", {"Kafr Zita"}),
])
def test_half_of_a_country_or_a_site_of_a_city_held_is_not_the_country_or_the_city(text, held):
    _, rels, _ = facts(text)
    assert {r[2] for r in rels if r[1] == "controls"} == held


def test_control_in_a_name_is_no_control():
    _, rels, _ = facts("Militants stormed a Dawn Army brigade headquarters at Uri near the Line of Control in Kashmir.")
    assert not [r for r in rels if r[1] == "controls"]


def test_a_state_after_ally_of_is_a_party_and_holding_off_or_holding_talks_holds_no_land():
    _, rels, _ = facts("Hezbollah, a close ally of Iran, fought in Syria.")
    assert ("Hezbollah", "allied_with", "Iran", "affirmed") in rels or ("Iran", "allied_with", "Hezbollah", "affirmed") in rels
    _, rels, _ = facts("Rebels launched an assault as the Dawn Army held off on renewed air strikes in Kafr Zita.")
    assert not [r for r in rels if r[1] == "controls"]
    _, rels, _ = facts("The Dawn Front held talks in Geneva with the Hawks Brigade.")
    assert not [r for r in rels if r[1] == "controls"]


@pytest.mark.parametrize("text", [
    "The Dawn Front took Kigali. The rebels' military commander, Major General Paul Mensah, told reporters they "
    "would pursue the army.",
    "The Dawn Front took Kigali. Major General Paul Mensah, the rebels' military commander, said so.",
])
def test_the_rebels_commander_is_the_commander_of_the_one_group_just_named(text):
    x, rels, _ = facts(text)
    assert ("Paul Mensah", "member_of", "Dawn Front", "affirmed") in rels
    # the article says whose commander he is; only what he told reporters is his word
    assert [r.modality for r in x.relations if r.relation == "member_of"] == ["asserted"]


def test_a_role_in_the_speakers_description_is_asserted_a_role_he_is_said_to_hold_is_reported():
    x, _, _ = facts("Paul Mensah, the commander of the Dawn Front, said the war was over.")
    assert [r.modality for r in x.relations if r.relation == "member_of"] == ["asserted"]
    x, _, _ = facts("Paul Mensah was appointed commander of the Dawn Front, said a spokesman.")
    assert [r.modality for r in x.relations if r.relation == "member_of"] == ["reported"]
    x, _, _ = facts("The Hawks Brigade, a key member of the Dawn Front, sent reinforcements to Hama on Sunday, a "
                    "spokesman for the group said.")  # the whole clause is the spokesman's
    assert [r.modality for r in x.relations if r.relation == "part_of"] == ["reported"]


@pytest.mark.parametrize("text", [
    "The Sri Lanka Army advanced. The army's commander, Paul Mensah, said the war was over.",
    "The Sri Lanka Army advanced. Paul Mensah, the commander of the army, said the war was over.",
])
def test_the_army_of_an_article_that_names_its_countrys_army_is_that_army(text):
    _, rels, _ = facts(text)
    assert ("Paul Mensah", "member_of", "Sri Lanka Army", "affirmed") in rels


@pytest.mark.parametrize("text", [
    "The Dawn Front fought on. Its commanders, Paul Mensah and John Okello, fled.",
    "The Dawn Front kidnapped a rancher. The guerrillas demanded the release of two of the group's imprisoned "
    "leaders, Paul Mensah and John Okello.",
])
def test_each_person_listed_after_its_commanders_holds_the_role(text):
    _, rels, _ = facts(text)
    assert {r[0] for r in rels if r[1] == "member_of" and r[2] == "Dawn Front"} == {"Paul Mensah", "John Okello"}


def test_what_analysts_believe_is_likely_not_asserted():
    x, _, _ = facts("The Hawks Brigade fought on. Analysts believe the group has since been led by Paul Mensah.")
    assert [r.modality for r in x.relations if r.relation == "member_of"] == ["likely"]


@pytest.mark.parametrize("text, fact", [
    ("Turkey launched an offensive in support of the Hawks Brigade.", ("Hawks Brigade", "backed_by", "Turkey", "affirmed")),
    ("Russia intervened in support of the Syrian army in 2015.", ("Russia", "allied_with", "Syrian army", "affirmed")),
])
def test_a_state_acting_in_support_of_an_armed_group_backs_it(text, fact):
    _, rels, _ = facts(text)
    assert fact in rels


def test_a_state_voting_in_support_of_a_resolution_backs_no_one():
    _, rels, _ = facts("Russia voted in support of the resolution on Syria.")
    assert not rels


@pytest.mark.parametrize("text", [
    "The Hawks Brigade fights under the banner of the Dawn Front.",
    "Fighting under the banner of the Dawn Front (DF) the Hawks Brigade has emerged as a key ally of the coalition.",
])
def test_a_group_fighting_under_a_coalitions_banner_is_part_of_it(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels


def test_armed_groups_merge_into_a_group_whatever_its_name_sounds_like():
    _, rels, evs = facts("In 2017 the Dawn Front and the Hawks Brigade merged to form the Liberation Committee.")
    assert ("Hawks Brigade", "part_of", "Liberation Committee", "affirmed") in rels
    assert [e["to"] for e in evs if e["type"] == "merger"] == [{"Liberation Committee"}]


def test_men_of_both_named_in_one_list_are_one_side():
    _, rels, evs = facts("The Dawn Army said its troops and members of the Hawks Brigade had repelled the assault and that "
                         "air strikes had killed more than 400 of the attackers.")
    assert not [r for r in rels if r[1] == "hostile_to"]
    assert not [e for e in evs if e["agent"] & e["target"] or {"Dawn Army", "Hawks Brigade"} <= e["agent"] | e["target"]
                and e["agent"] and e["target"]]


@pytest.mark.parametrize("text", [
    "FRELIMO let its fighters cross Mozambique's Tete province from 1972, opening the north-eastern front with the "
    "December 1972 attack on Altena farm near Centenary.",
    "Cameroon's Far North region has lived with violence since 2014, when fighters raided Kolofata.",
])
def test_a_country_owning_a_place_is_where_not_who_attacks(text):
    _, rels, evs = facts(text)
    assert not [r for r in rels if r[1] == "hostile_to"]
    assert not [e for e in evs if e["agent"] & {"Mozambique", "Cameroon"}]


@pytest.mark.parametrize("text, where", [
    ("The Dawn Front has a strong presence in Idlib.", {("Dawn Front", "Idlib")}),
    ("The Dawn Army continued its operations in Jobar and eastern Ghouta.",
     {("Dawn Army", "Jobar"), ("Dawn Army", "eastern Ghouta")}),
    ("The Dawn Front is strongest in El Quiche and the Hawks Brigade operates in San Marcos.",
     {("Hawks Brigade", "San Marcos")}),
    ("The Dawn Front is the branch of the Hawks Brigade active in Kunar.", {("Dawn Front", "Kunar Province")}),
    ("Dawn Army troops and their allies backed up by the Hawks Brigade's fighter jets and artillery units launched "
     "large-scale operations in Kunar.", set()),
    ("Over 20 Dawn Front fighters killed in Hawks Brigade operations in Idlib.", {("Hawks Brigade", "Idlib")}),
])
def test_presence_and_operations_are_of_the_group_that_has_them(text, where):
    _, rels, _ = facts(text)
    assert {(r[0], r[2]) for r in rels if r[1] == "operates_in"} >= where
    assert not [r for r in rels if r[1] == "operates_in" and (r[0], r[2]) not in where]


def test_the_subject_of_a_clause_after_but_does_all_its_verbs():
    _, rels, _ = facts("The Dawn Front chased the Hawks Brigade out on October 1 but the Hawks Brigade regrouped and "
                       "returned three weeks later recapturing the city with support from Russian airstrikes.")
    assert ("Hawks Brigade", "backed_by", "Russia", "affirmed") in rels
    assert ("Dawn Front", "backed_by", "Russia", "affirmed") not in rels


def test_whose_fighters_are_active_places_the_owner():
    _, rels, _ = facts("The Dawn Front is also at war with the rival Hawks Brigade whose fighters are active in the "
                       "neighbouring Oudalan province.")
    assert {(r[0], r[2]) for r in rels if r[1] == "operates_in"} == {("Hawks Brigade", "Oudalan")}


@pytest.mark.parametrize("text, allies", [
    ("The Dawn Front initially fought alongside Syria's opposition.", set()),
    ("The Dawn Front fought alongside Syria's army in Idlib.", {frozenset({"Dawn Front", "Syria's army"})}),
    ("The regiment, led by Lieutenant Colonel Denys Prokopenko, defended the port alongside the 36th Separate Marine "
     "Brigade.", set()),
])
def test_an_ally_is_who_fights_alongside_not_a_country_owning_others_nor_a_leader_in_an_aside(text, allies):
    _, rels, _ = facts(text)
    assert {frozenset((r[0], r[2])) for r in rels if r[1] == "allied_with"} == allies


def test_a_group_in_the_relative_clause_of_a_person_takes_no_part_in_his_pledge():
    _, rels, evs = facts("In October 2015 Paul Mensah, a preacher who had served as an ideologue for the Dawn Front in "
                         "Puntland, pledged allegiance to the Islamic State.")
    assert not [r for r in rels if r[0] == "Dawn Front"]
    assert [e["agent"] for e in evs if e["type"] == "joining"] == [{"Paul Mensah"}]


def test_a_war_fought_from_one_year_to_another_bounds_the_hostility():
    x, _, _ = facts("The Dawn Front was the guerrilla army that fought the Indonesian occupation of East Timor from 1975 "
                    "to 1999.")
    assert [(r.valid_from, r.valid_until) for r in x.relations if r.relation == "hostile_to"] == [("1975", "1999")]


def test_it_in_a_clause_after_since_is_the_main_clauses_subject():
    _, rels, evs = facts("The Dawn Front has fought the Hawks Brigade in the Wollega zones since it broke away from the "
                         "Tigers Front in 2019.")
    assert [(e["agent"], e["from"]) for e in evs if e["type"] == "split"] == [({"Dawn Front"}, {"Tigers Front"})]
    assert not [r for r in rels if r[0] == "Hawks Brigade" and r[2] == "Tigers Front"]
    _, _, evs = facts("The Dawn Front gave the Hawks Brigade 48 hours to release those it took hostage when it stormed "
                      "its headquarters in Ain Larouz.")
    assert not [e for e in evs if e["type"] == "clash" and "Dawn Front" in e["agent"]]


@pytest.mark.parametrize("text, since", [
    ("The Dawn Front took full control of Manbij in August 2016.", "2016-08"),
    ("The Dawn Front on 1 October 2014 established full control of al-Masasneh village in Hama.", "2014-10-01"),
])
def test_control_taken_or_established_holds_since_then_and_only_over_the_place_taken(text, since):
    x, rels, _ = facts(text)
    assert [r.valid_from for r in x.relations if r.relation == "controls"] == [since]
    assert not [r for r in rels if r[1] == "controls" and r[2] == "Hama"]


def test_a_date_is_read_in_its_own_stretch_of_the_sentence():
    x, _, _ = facts("The Dawn Front was led by Hassan Hattab. Hattab was pushed aside in 2003 and replaced by Nabil "
                    "Sahraoui, who was killed by the Algerian army in June 2004.")
    name = {e.id: e.name for e in x.entities}
    assert [(r.valid_from, r.valid_until) for r in x.relations
            if r.relation == "member_of" and name[r.subject] == "Nabil Sahraoui"] == [("2003", "2004-06")]
    _, _, evs = facts("Gunmen from the Dawn Front ambushed a convoy of the Hawks Brigade on Monday, killing 13 officers in "
                      "the deadliest attack on the Hawks Brigade this year.")
    assert {e["date"] for e in evs if e["type"] == "clash"} == {"2020-03-09"}
    _, _, evs = facts("The Dawn Army was formed in 1993, after the elections, by merging the armies of the factions that "
                      "had fought one another in the 1980s.")
    assert {e["date"] for e in evs if e["type"] in ("merger", "formation")} == {"1993"}


@pytest.mark.parametrize("text", [
    "Separately two pro-Turkey Syria militants were killed in clashes in the same region, the Turkish army statement added.",
    "Syria rebels seized the town of Saraqib from the army.",
])
def test_a_country_naming_where_fighters_are_is_no_side(text):
    _, rels, evs = facts(text)
    assert not [r for r in rels if "Syria" in (r[0], r[2])]
    assert not [e for e in evs if "Syria" in e["agent"] | e["target"]]


@pytest.mark.parametrize("text, foes", [
    ("Troops of the Dawn Army were operating against Hawks Brigade positions in villages close to the frontier.",
     {frozenset({"Dawn Army", "Hawks Brigade"})}),
    ("The Dawn Army this morning launched a joint military operation, code-named Operation Lightning Thunder, against "
     "the Hawks Brigade.", {frozenset({"Dawn Army", "Hawks Brigade"})}),
    ("The Hawks Brigade took Jolo. From 2002 US special forces advised the Dawn Army in operations against the group.",
     set()),
])
def test_operations_against_a_named_group_are_hostility(text, foes):
    _, rels, _ = facts(text)
    assert {frozenset((r[0], r[2])) for r in rels if r[1] == "hostile_to"} == foes


def test_a_presence_in_a_village_is_a_presence_in_the_province_that_locates_it():
    _, rels, _ = facts("The Dawn Front continued its operations in al-Masasneh village in Hama.")
    assert {r[2] for r in rels if r[1] == "operates_in"} == {"al-Masasneh", "Hama"}


@pytest.mark.parametrize("text, foes", [
    ("The Dawn Front and the Hawks Brigade signed a truce. The two groups fought a war from 2012 to 2014.",
     {frozenset({"Dawn Front", "Hawks Brigade"})}),
    ("The Dawn Front and the Hawks Brigade fought a war from 2012 to 2014.", set()),
])
def test_the_two_groups_fighting_a_war_fight_each_other(text, foes):
    _, rels, _ = facts(text)
    assert {frozenset((r[0], r[2])) for r in rels if r[1] == "hostile_to"} == foes


@pytest.mark.parametrize("text, end", [
    ("Karim Haddad is the head of the Dawn Battalion. Haddad died on 12 May 2025 in a hospital.", "2025-05-12"),
    ("Karim Haddad founded the Dawn Battalion. Karim Haddad's death on 3 October 2017 left it without a leader.",
     "2017-10-03"),
    ("Karim Haddad founded the Dawn Battalion. The assassination of Karim Haddad in 2019 split it.", "2019"),
    ("Abdulghani al-Kikli is the head of the Dawn Battalion. Al-Kikli was killed on 12 May 2025.", "2025-05-12"),
    ("Karim Haddad founded the Dawn Battalion. His brother Ali Haddad died on 12 May 2025.", None),
    ("Karim Haddad founded the Dawn Battalion. The Dawn Battalion under Karim Haddad and the Hawks Brigade under Ali "
     "Wahid, and after his death in 1978 Omar Said, kept apart.", None),
    ("Karim Haddad founded the Dawn Battalion in 1976. Haddad led the battalion until his death on 31 May 2016; "
     "Ali Wahid was elected to succeed him in July 2016.", "2016-05-31"),
])
def test_a_death_the_article_gives_anywhere_ends_the_persons_roles(text, end):
    assert [(g, until) for p, g, _, _, until in memberships(text) if p.endswith(("Haddad", "al-Kikli"))] == \
        [("Dawn Battalion", end)]


@pytest.mark.parametrize("opening", ["In 2016", "In 2016,"])
def test_a_role_that_began_after_a_death_given_for_its_holder_is_not_ended_by_it(opening):
    text = f"Karim Haddad was killed on 3 March 2014. {opening} Karim Haddad became the head of the Dawn Battalion."
    assert [(start, until) for _, _, _, start, until in memberships(text)] == [("2016", None)]


@pytest.mark.parametrize("text, fact", [
    ("The violence began on 12 May 2025, when Karim Haddad, known as Ghaniwa, the head of the Dawn Battalion (DB), "
     "was killed during a meeting.", ("Karim Haddad", "member_of", "Dawn Battalion")),
    ("Fighting broke out when the Dawn Front, backed by Iran, attacked the Hawks Brigade.",
     ("Dawn Front", "hostile_to", "Hawks Brigade")),
])
def test_the_subject_of_a_subordinate_clause_is_read_past_its_apposition(text, fact):
    x, rels, evs = facts(text)
    assert fact + ("affirmed",) in rels
    if fact[1] == "member_of":
        assert [r.valid_until for r in x.relations if r.relation == "member_of"] == ["2025-05-12"]
    else:
        assert [(e["agent"], e["target"]) for e in evs if e["type"] == "clash"] == [({"Dawn Front"}, {"Hawks Brigade"})]


@pytest.mark.parametrize("text", [
    "The Dawn Front attacked Mosul, said a commander of the Hawks Brigade.",
    "The army attacked Mosul, said a spokesman for the Hawks Brigade.",
])
def test_the_group_of_a_speaker_after_an_attack_is_not_its_target(text):
    _, rels, evs = facts(text)
    assert not [r for r in rels if r[1] == "hostile_to"]
    assert all(not e["target"] for e in evs)


@pytest.mark.parametrize("text, deputy", [
    ("Karim Haddad led the Dawn Battalion. His deputy, Ali Wahid, stayed in Mariupol.", True),
    ("The Dawn Battalion was formed in May 2014 by Karim Haddad. His deputy, Ali Wahid, stayed in Mariupol.", True),
    ("Karim Haddad visited the Dawn Battalion. His deputy, Ali Wahid, stayed in Mariupol.", False),
])
def test_the_deputy_of_a_leader_is_a_member_of_the_group_he_leads(text, deputy):
    got = [(g, role) for p, g, role, _, _ in memberships(text) if p == "Ali Wahid"]
    assert got == ([("Dawn Battalion", "deputy")] if deputy else [])


def test_a_role_named_before_its_holder_who_speaks_is_the_articles_own():
    x = extract("The Chief of the General Staff of the Angolan Armed Forces, General Armando da Cruz Neto, said the "
                "rebels were beaten.", published="2002-03-01")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], name[r.object], r.role, r.modality) for r in x.relations if r.relation == "member_of"] \
        == [("Armando da Cruz Neto", "Angolan Armed Forces", "chief of the general staff", "asserted")]


@pytest.mark.parametrize("text, present", [
    ("The Dawn Front's armed wing, the Hawks Brigade, was based in Jijel.", {("Hawks Brigade", "Jijel")}),
    ("The Dawn Front's fighters were based in Jijel.", {("Dawn Front", "Jijel")}),
    ("In June 2014 the Dawn Front became one of the founding factions of the Hawks Brigade and fought in Amerli and "
     "Tikrit.", {("Dawn Front", "Amerli"), ("Dawn Front", "Tikrit")}),
    ("The Dawn Front took Manbij. They are backed by air strikes launched by the Hawks Brigade fighting the Lake Army "
     "in Mosul.", {("Hawks Brigade", "Mosul")}),
    ("The Dawn Front is the branch of the Hawks Brigade active in Tikrit.", {("Dawn Front", "Tikrit")}),
])
def test_a_presence_is_its_clauses_own_subjects(text, present):
    _, rels, _ = facts(text)
    assert {(r[0], r[2]) for r in rels if r[1] == "operates_in"} == present


@pytest.mark.parametrize("text, start", [
    ("The Dawn Front has fought the Hawks Brigade in the hills since it broke away from the Lake Army in 2019.", "2019"),
    ("The Dawn Front has fought the Hawks Brigade since routing the Lake Army in July 2014.", "2014-07"),
    ("The Dawn Front fought the Hawks Brigade at Gharyan, the heaviest fighting since it launched its offensive in "
     "April 2019.", None),
    ("Karim Haddad, who had led the Dawn Front since the death of Ali Wahid in June 2006, declared war on the Hawks "
     "Brigade.", None),
])
def test_a_fight_dates_from_the_clause_since_opens(text, start):
    x = extract(text, published="2020-03-10")
    name = {e.id: e.name for e in x.entities}
    assert [r.valid_from for r in x.relations if r.relation == "hostile_to"
            and {name[r.subject], name[r.object]} == {"Dawn Front", "Hawks Brigade"}] == [start]


@pytest.mark.parametrize("text, unit", [
    ("Hezbollah's elite Radwan Force withdrew from the border.", True),
    ("The Dawn Front's rival Hawks Brigade shelled Daraa.", False),
])
def test_a_unit_named_after_its_owners_possessive_and_an_adjective_is_its_unit(text, unit):
    _, rels, _ = facts(text)
    assert any(r[1] == "part_of" for r in rels) == unit


@pytest.mark.parametrize("text, joined", [
    ("In 2016 the Hamza Division was formed by the merger of five factions, and it later joined the Dawn Army.", None),
    ("The Hamza Division was formed in 2016 and joined the Dawn Army in 2017.", "2017"),
    ("In 2016 the Hamza Division and the Hawks Brigade joined the Dawn Army.", "2016"),
    ("Kenyan forces, which crossed the border in October 2011 and later joined the Dawn Army, captured Kismayo in "
     "September 2012.", None),
])
def test_a_joining_is_dated_by_its_own_clause(text, joined):
    _, _, evs = facts(text)
    assert {e["date"] for e in evs if e["type"] == "joining"} == {joined}


def test_a_date_that_counts_from_another_still_dates_what_follows_it():
    _, _, evs = facts("The Polisario Front was founded on 10 May 1973 by a group of students, and ten days later it "
                      "carried out its first armed action, a raid on the Spanish post of El-Khanga.")
    assert [e["date"] for e in evs if e["type"] == "clash"] == ["1973-05-20"]


@pytest.mark.parametrize("text, made", [
    ("The Dawn Front claimed the attack on the army post in Djibo.", True),
    ("Last month the Dawn Front claimed an assault on a police station in Rask.", True),
    ("The Dawn Front claimed the army carried out the attack on Djibo.", False),
    ("The Dawn Front said the attack on Djibo was a crime.", False),
])
def test_who_claims_an_attack_made_it(text, made):
    _, _, evs = facts(text)
    assert any("Dawn Front" in e["agent"] for e in evs if e["type"] == "clash") == made


@pytest.mark.parametrize("text", [
    "Iran-backed militias attacked the Hawks Brigade in Deir ez-Zor.",
    "In a statement, the Dawn Front accused Turkish-backed factions of shelling villages near Manbij.",
])
def test_a_backer_named_in_a_compound_is_not_who_attacks(text):
    _, rels, evs = facts(text)
    assert not [r for r in rels if r[1] == "hostile_to"]
    assert not [e for e in evs if e["agent"] & {"Iran", "Turkey"}]


def test_leaders_of_a_group_who_defect_are_not_the_group_leaving():
    _, rels, evs = facts("Several commanders of the Dawn Front, including Colonel Riad al-Asaad, defected from the "
                         "Hawks Brigade in 2011. Several commanders of the Lake Army defected to the Dawn Front.")
    assert ("Riad al-Asaad", "member_of", "Dawn Front", "affirmed") in rels
    assert not [r for r in rels if r[1] == "part_of"]
    assert [e["agent"] for e in evs if e["type"] == "defection"] == [{"Dawn Front", "Riad al-Asaad"}, {"Lake Army"}]


@pytest.mark.parametrize("text, place", [
    ("The Dawn Front has operated in the Central African Republic since 2008.", "Central African Republic"),
    ("The Dawn Front was deployed in the Philippines.", "Philippines"),
])
def test_a_country_written_with_the_after_in_is_a_place(text, place):
    _, rels, _ = facts(text)
    assert ("Dawn Front", "operates_in", place, "affirmed") in rels


def test_a_country_in_its_government_is_no_place():
    x, _, _ = facts("Karim Haddad is a minister in the Syrian government.")
    assert all(e.type != "place" for e in x.entities)


def test_forces_named_for_their_country_of_a_unit_hold_the_unit():
    _, rels, _ = facts("Ukrainian forces of the 3rd Assault Brigade recaptured the village of Andriivka in September 2023.")
    assert [r for r in rels if r[1] == "part_of"] == [("3rd Assault Brigade", "part_of", "Ukrainian forces", "affirmed")]


def test_a_date_in_a_closed_relative_clause_does_not_date_the_main_verb():
    _, _, evs = facts("The Dawn Front, which has fought the government since 1949, seized a military outpost near Myawaddy.")
    assert [e["date"] for e in evs if e["type"] == "capture"] == [None]


def test_once_allies_are_former_allies():
    x = extract("Fano militiamen, once allies of the federal army against the TPLF, are now fighting government troops "
                "across the Amhara region.", published="2024-05-02")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], r.valid_until) for r in x.relations if r.relation == "allied_with"] == [("Fano", "2024-05-02")]


def test_the_noun_a_closed_relative_clause_describes_is_the_one_backed():
    _, rels, _ = facts("The Dawn Front, which is dominated by the Hawks Brigade, is supported by the United States.")
    assert {r for r in rels if r[1] == "backed_by"} == {("Dawn Front", "backed_by", "United States", "affirmed")}


@pytest.mark.parametrize("text, places", [
    ("Russian mercenaries from the Dawn Front have been deployed to Libya, Sudan, Mali and the Central African Republic.",
     {"Libya", "Sudan", "Mali", "Central African Republic"}),
    ("The Dawn Front's troops moved in as the Spanish withdrew, and tens of thousands of Sahrawis fled to camps around "
     "Tindouf in Algeria.", set()),
])
def test_a_group_sent_to_a_list_of_countries_is_in_each(text, places):
    _, rels, _ = facts(text)
    assert {r[2] for r in rels if r[1] == "operates_in" and r[0] == "Dawn Front"} == places


def test_men_of_a_group_named_in_a_by_phrase_are_not_the_subject():
    _, rels, evs = facts("Supported by the United Arab Emirates, Egypt and Russian contractors of the Dawn Front, it reached "
                         "the capital's southern suburbs but was driven back in June 2020 after Turkey intervened.")
    assert not [e for e in evs if "Dawn Front" in e["agent"]]


def test_two_groups_announcing_a_military_alliance_are_allies():
    _, rels, evs = facts("The Dawn Front and the Hawks Brigade announced a military alliance in August 2021.")
    assert ("Dawn Front", "allied_with", "Hawks Brigade", "affirmed") in rels
    assert [e["date"] for e in evs if e["type"] == "alliance"] == ["2021-08"]


def test_troops_that_regained_control_of_a_town_captured_it():
    x, rels, evs = facts("Nigerian troops regained control of the town of Bama from Boko Haram in March 2015.")
    assert [(e["agent"], e["from"]) for e in evs if e["type"] == "capture"] == [({"Nigerian troops"}, {"Boko Haram"})]
    assert ("Nigerian troops", "controls", "Bama", "affirmed") in rels


def test_a_kinsman_named_in_apposition_is_not_the_subject():
    _, rels, _ = facts("Ahmad Massoud, the son of the late Karim Haddad, leads the Dawn Front in the Panjshir Valley.")
    assert ("Karim Haddad", "member_of", "Dawn Front", "affirmed") not in rels


def test_a_relative_clause_on_an_object_has_that_object_as_its_subject():
    _, rels, _ = facts("The Dawn Front joined the Hawks Brigade, which fights alongside the Sudanese army.")
    assert {r for r in rels if r[1] == "allied_with"} == {("Hawks Brigade", "allied_with", "Sudanese army", "affirmed")}


def test_a_group_that_receives_weapons_from_a_country_is_backed_by_it():
    _, rels, _ = facts("The Dawn Front, the country's largest ethnic armed group, is widely believed to receive weapons "
                       "from China.")
    assert ("Dawn Front", "backed_by", "China", "affirmed") in rels


def test_a_group_that_has_withdrawn_from_a_coalition_defected_from_it():
    _, _, evs = facts("Sources said the Dawn Front had withdrawn from the Permanent Strategic Framework, the coalition of "
                      "northern armed groups.")
    assert [(e["agent"], e["from"]) for e in evs if e["type"] == "defection"] == \
        [({"Dawn Front"}, {"Permanent Strategic Framework"})]


def test_a_unit_that_neutralised_fighters_of_a_group_fought_it():
    _, rels, _ = facts("The army said units of the 5th Brigade neutralised a cell of the Dawn Front near Menaka.")
    assert ("5th Brigade", "hostile_to", "Dawn Front", "affirmed") in rels


def test_now_describing_a_state_does_not_date_an_action():
    _, _, evs = facts("The rebels of the Dawn Front, now part of the Hawks Brigade, took control of the Bourem camp.")
    assert [e["date"] for e in evs if e["type"] == "capture"] == [None]


@pytest.mark.parametrize("text", [
    "The Dawn Front is one of the factions of the Hawks Alliance.",
    "The Dawn Front is one of the militias of the Hawks Alliance.",
])
def test_one_of_the_factions_of_a_coalition_is_part_of_it(text):
    _, rels, _ = facts(text)
    assert ("Dawn Front", "part_of", "Hawks Alliance", "affirmed") in rels


@pytest.mark.parametrize("text, start", [
    ("The Dawn Front's founder Karim Haddad led a short-lived mutiny in June 2023.", None),
    ("The Dawn Front was founded in 2001 by Karim Haddad in Idlib.", "2001"),
])
def test_a_founder_holds_his_role_from_the_founding_not_from_what_he_did(text, start):
    assert [s for _, _, _, s, _ in memberships(text)] == [start]


def test_holders_listed_after_a_plural_role_of_a_named_group_hold_it():
    got = {(p, g, role) for p, g, role, _, _ in memberships(
        "Two commanders of the Dawn Front, Ismael Zambada and Joaquin Guzman Lopez, were arrested in Texas.")}
    assert got == {("Ismael Zambada", "Dawn Front", "commander"), ("Joaquin Guzman Lopez", "Dawn Front", "commander")}


def test_separatists_of_a_group_name_it_as_the_side_that_fights():
    _, rels, _ = facts("Tuareg separatists of the Dawn Front clashed with the Malian army and Wagner mercenaries near "
                       "Anefis.")
    assert ("Dawn Front", "hostile_to", "Malian army", "affirmed") in rels


def test_a_secretary_general_killed_is_a_leadership_change():
    _, _, evs = facts("Hezbollah confirmed that its secretary-general, Hassan Nasrallah, had been killed in the Israeli "
                      "air strike on 27 September 2024.")
    assert [(e["agent"], e["date"]) for e in evs if e["type"] == "leadership_change"] == \
        [({"Hassan Nasrallah"}, "2024-09-27")]


@pytest.mark.parametrize("text, start", [
    ("Karim Haddad, who in 2016 became head of the Dawn Front, spoke on Monday.", "2016"),
    ("Karim Haddad, who became head of the Dawn Front in 2016, spoke on Monday.", "2016"),
    ("Karim Haddad, formerly commander of the Hawks Brigade, who in 2016 became head of the Dawn Front, was killed.",
     "2016"),
])
def test_a_role_taken_in_a_relative_clause_holds_from_its_date(text, start):
    assert [(g, s) for _, g, role, s, _ in memberships(text) if g == "Dawn Front"] == [("Dawn Front", start)]


def test_the_main_clauses_date_does_not_date_a_role_taken_in_a_relative_clause():
    _, _, evs = facts("Karim Haddad, who later became head of the Dawn Front, spoke on Monday.")
    assert [(e["agent"], e["date"]) for e in evs if e["type"] == "leadership_change"] == [({"Karim Haddad"}, None)]


def test_aligned_with_an_armed_group_is_an_ally_not_a_unit():
    _, rels, _ = facts("The Dawn Front, an umbrella group of smaller factions, is closely aligned with the Hawks Brigade.")
    assert ("Dawn Front", "allied_with", "Hawks Brigade", "affirmed") in rels
    assert not any(r == "part_of" for _, r, _, _ in rels)


def test_pro_government_militias_are_neither_the_army_nor_the_government():
    x, rels, _ = facts("The Hawks Alliance, a loose coalition of pro-government militias, have fought alongside the "
                       "Congolese army against the Dawn Front.")
    assert ("Hawks Alliance", "allied_with", "Congolese army", "affirmed") in rels
    assert {e.type for e in x.entities} == {"coalition", "state_force", "armed_group"}
    assert [e.name for e in x.entities if e.type == "state_force"] == ["Congolese army"]


def test_a_relative_clause_of_what_had_been_is_not_dated_by_the_main_clause():
    x, rels, evs = facts("In 2022 the Dawn Front, which had fought with federal troops against the Hawks Brigade, "
                         "turned its guns on the government.")
    assert ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels
    assert [r.valid_from for r in x.relations if r.relation == "hostile_to"] == [None]
    assert [e["date"] for e in evs if e["type"] == "clash"] == [None]


def test_claiming_responsibility_for_an_attack_names_its_maker():
    _, _, evs = facts("The Dawn Front claimed responsibility for the attack.")
    assert [e["agent"] for e in evs if e["type"] == "clash"] == [{"Dawn Front"}]


@pytest.mark.parametrize("text, agents, enemies", [
    ("The Dawn Front and the Hawks Brigade have clashed in Idlib.", {"Dawn Front", "Hawks Brigade"}, True),
    ("Dawn Front fighters clashed in Idlib on Monday.", {"Dawn Front"}, False),
])
def test_groups_that_clashed_with_no_one_named_after_fought_each_other(text, agents, enemies):
    _, rels, evs = facts(text)
    assert [e["agent"] for e in evs if e["type"] == "clash"] == [agents]
    assert (("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels) is enemies


@pytest.mark.parametrize("text, agents", [
    ("The Dawn Front and fighters of the Hawks Brigade attacked the Syrian army in Idlib.",
     {"Dawn Front", "Hawks Brigade"}),
    ("The Dawn Front and dissidents of the former Hawks Brigade attacked a base in Idlib.", {"Dawn Front"}),
])
def test_a_name_coordinated_with_the_men_of_a_group_acts_too(text, agents):
    _, _, evs = facts(text)
    assert [e["agent"] for e in evs if e["type"] == "clash"] == [agents]


def test_a_fight_the_founding_sentence_dates_holds_at_its_own_date():
    x, _, _ = facts("The Dawn Front was formed in the early 1990s and fought the Hawks Brigade in 1998 and 1999.")
    assert [(r.valid_from, r.holds_at) for r in x.relations if r.relation == "hostile_to"] == [(None, "1998")]


def test_a_group_active_on_islands_operates_there():
    _, rels, _ = facts("The Dawn Front, a small group notorious for kidnappings, operates mainly on the islands of "
                       "Basilan and Jolo.")
    assert {(o) for s, r, o, _ in rels if r == "operates_in"} == {"Basilan", "Jolo"}


def test_a_groups_other_name_in_apposition_is_its_alias():
    x, rels, _ = facts("The Dawn Front, also known as Jabhat al-Fajr, is part of the Hawks Alliance.")
    assert [(e.name, sorted(e.aliases)) for e in x.entities if e.type == "armed_group"] == \
        [("Jabhat al-Fajr", ["Dawn Front"])]
    x, _, _ = facts("The Dawn Front fought alongside a group known as the Hawks Brigade.")  # no comma: a description
    assert {e.name for e in x.entities} == {"Dawn Front", "Hawks Brigade"}


def test_a_relative_clause_under_the_umbrella_of_a_coalition_makes_a_unit_that_fights_there():
    _, rels, _ = facts("The Dawn Front, which operates under the umbrella of the Hawks Alliance, fought in Syria.")
    assert {(s, r, o) for s, r, o, _ in rels} >= {("Dawn Front", "part_of", "Hawks Alliance"),
                                                 ("Dawn Front", "operates_in", "Syria")}
    assert ("Hawks Alliance", "operates_in", "Syria", "affirmed") not in rels


@pytest.mark.parametrize("text", [
    "The Hawks Alliance is composed of dozens of factions, including the Dawn Front and the Sun Brigade.",
    "Among the brigades that make up the Hawks Alliance are the Dawn Front and the Sun Brigade.",
    "The factions that make up the Hawks Alliance include the Dawn Front and the Sun Brigade.",
])
def test_the_factions_a_coalition_is_made_of_are_its_units(text):
    _, rels, _ = facts(text)
    assert {(s, r, o) for s, r, o, _ in rels} == {("Dawn Front", "part_of", "Hawks Alliance"),
                                                 ("Sun Brigade", "part_of", "Hawks Alliance")}


def test_one_of_the_largest_units_in_a_group_is_its_unit():
    _, rels, _ = facts("The Dawn Front, one of the largest units in the Hawks Alliance, was disbanded in 2014.")
    assert ("Dawn Front", "part_of", "Hawks Alliance", "affirmed") in rels


def test_a_part_of_a_group_absorbed_elsewhere_does_not_dissolve_the_group():
    _, _, evs = facts("The Dawn Front's African operations were absorbed into the Hawks Alliance in 2024.")
    assert [e for e in evs if e["type"] == "dissolution"] == []
    _, _, evs = facts("The Dawn Front was absorbed into the Hawks Alliance in 2024.")
    assert [(e["agent"], e["date"]) for e in evs if e["type"] == "dissolution"] == [({"Dawn Front"}, "2024")]


@pytest.mark.parametrize("text, took", [
    ("The Hawks Alliance took Idlib in 2015.", True),
    ("The Hawks Alliance took part in the battle for Idlib.", False),
    ("The Hawks Alliance took Idlib's governor hostage.", False),
])
def test_a_place_taken_right_after_took_is_captured(text, took):
    _, _, evs = facts(text)
    assert any(e["type"] == "capture" for e in evs) is took


@pytest.mark.parametrize("text", [
    "The Hawks Alliance, an alliance of the Dawn Front and the Sun Brigade, took Idlib in 2015.",
    "The Hawks Alliance, a joint force of Dawn Front and Sun Brigade fighters set up in 2015, broke apart.",
    "The Hawks Alliance is a coalition of the Dawn Front, the Sun Brigade and smaller groups.",
])
def test_the_groups_an_alliance_is_said_to_be_of_are_its_units(text):
    _, rels, _ = facts(text)
    assert {(s, r, o) for s, r, o, _ in rels if r == "part_of"} == {("Dawn Front", "part_of", "Hawks Alliance"),
                                                                   ("Sun Brigade", "part_of", "Hawks Alliance")}


def test_an_alliance_formed_with_a_partner_founds_no_group():
    _, rels, evs = facts("The Hawks Brigade formed an alliance of convenience with the Dawn Front.")
    assert rels == {("Hawks Brigade", "allied_with", "Dawn Front", "affirmed")}
    assert [e["type"] for e in evs] == ["alliance"]


def test_a_short_word_is_no_region_that_only_spells_it_without_its_marks():
    assert ("Man", "place") not in {(m.text, m.type) for m in MentionFinder().find("The rebels took Man and Danane.")}


def test_a_sponsor_called_the_main_supporter_backs_the_owner():
    _, rels, _ = facts("Ankara asked the Dawn Front's main supporter, the United States, to rein in the Hawks Brigade.")
    assert ("Dawn Front", "backed_by", "United States", "affirmed") in rels
    _, rels, _ = facts("Dawn Front supporters, the Hawks Brigade among them, marched in Idlib.")
    assert not any(r == "backed_by" for _, r, _, _ in rels)


def test_taking_over_as_a_groups_leader_is_a_leadership_change():
    _, rels, evs = facts("Karim Haddad, a Sulu commander, was later reported to have taken over as the Dawn Front's "
                         "leader in the Philippines.")
    assert ("Karim Haddad", "member_of", "Dawn Front", "affirmed") in rels
    assert [(e["agent"], e["to"]) for e in evs if e["type"] == "leadership_change"] == [({"Karim Haddad"}, {"Dawn Front"})]


def test_whom_a_group_named_its_emir_leads_it():
    got = memberships("Karim Haddad, the leader of a Hawks Brigade faction from Basilan, whom the Dawn Front has named "
                      "its emir for Southeast Asia, spoke on Monday.")
    assert ("Karim Haddad", "Dawn Front", "emir") in {(p, g, role) for p, g, role, _, _ in got}


def test_a_group_found_once_by_its_context_is_found_wherever_it_is_named_again():
    _, _, evs = facts("The Fajr rebels took the town of Bria on Monday. Fajr then attacked the town of Bangui.")
    assert [(e["type"], e["agent"]) for e in evs] == [("capture", {"Fajr"}), ("clash", {"Fajr"})]


def test_a_word_of_a_persons_name_is_not_spread_as_a_group():
    x, _, _ = facts("Karim Haddad said on Monday that the war went on. The Haddad rebels took the town of Bria. "
                    "Haddad said the town was calm.")
    assert ("Karim Haddad", "person", ["Haddad"]) in [(e.name, e.type, e.aliases) for e in x.entities]


def test_an_unknown_name_defined_as_a_coalition_is_one():
    found = {(m.text, m.type) for m in MentionFinder().find(
        'Fajrka ("alliance" in Sango) was a coalition of mainly Muslim rebel groups.')}
    assert ("Fajrka", "coalition") in found
    assert not any(m.type in ("armed_group", "coalition") for m in MentionFinder().find(
        "Idlib is an area held by rebel groups."))


def test_seizing_power_captures_no_place():
    _, _, evs = facts("The Dawn Front seized power in Bangui in March 2013.")
    assert [e for e in evs if e["type"] == "capture"] == []


def test_a_man_who_fled_does_not_place_the_troops_named_before_him():
    _, rels, _ = facts("The rebels took Bangui, fighting their way past South African troops, and President Francois "
                       "Bozize fled to Cameroon.")
    assert not any(r == "operates_in" for _, r, _, _ in rels)
    _, rels, _ = facts("The Dawn Front and the interim government of President Karim Haddad and Prime Minister Ali "
                       "Salem have retreated to Gisenyi.")
    assert ("Dawn Front", "operates_in", "Gisenyi", "affirmed") in rels


def test_one_of_the_founders_of_a_group_is_its_founder():
    assert [(g, role) for _, g, role, _, _ in memberships("Its leader was Karim Haddad, one of the founders of the "
                                                          "Dawn Front.")] == [("Dawn Front", "founder")]


def test_a_persons_name_beside_a_place_stays_no_place():
    assert not any(m.type == "place" and m.text.startswith("Karim") for m in MentionFinder().find(
        "Fighters from Aleppo and Karim Haddad met."))


def test_a_place_an_apposition_locates_is_not_taken():
    _, rels, evs = facts("The Dawn Front took full control of Kafr Zita, the last army stronghold in Hama, in October 2025.")
    assert {o for _, r, o, _ in rels if r == "controls"} == {"Kafr Zita"}
    assert [e["type"] for e in evs] == ["capture"]


@pytest.mark.parametrize("text, clash", [
    ("The Dawn Front besieged the town of Djibo for more than two years.", True),
    ("The Dawn Front vetoed a truce so that aid could reach the city's besieged eastern neighbourhoods in Idlib.", False),
])
def test_a_group_that_besieged_a_town_fought_there(text, clash):
    _, _, evs = facts(text)
    assert [e["agent"] for e in evs if e["type"] == "clash"] == ([{"Dawn Front"}] if clash else [])


def test_holding_the_line_near_a_town_is_a_presence():
    _, rels, _ = facts("The Dawn Front held the line near Bakhmut for months.")
    assert rels == {("Dawn Front", "operates_in", "Bakhmut", "affirmed")}


def test_the_group_a_linked_compound_names_does_not_act():
    _, _, evs = facts("Residents fled as the Dawn Front, the al-Qaeda-linked alliance that has besieged Djibo since "
                      "2022, closed in.")
    assert not any("al-Qaeda" in e["agent"] for e in evs)


def test_since_dates_the_verb_of_the_relative_clause_it_follows():
    x, _, _ = facts("The attack was claimed by the Dawn Front, the al-Qaeda-linked alliance that has besieged Djibo "
                    "since 2022.")
    assert [(r.relation, r.valid_from) for r in x.relations] == [("affiliated_with", None)]


@pytest.mark.parametrize("text", [
    "Kigali has repeatedly denied backing the Dawn Front rebels.",
    "Rwanda denies arming the Dawn Front.",
])
def test_a_state_that_denies_backing_a_group_is_a_negated_sponsor(text):
    _, rels, _ = facts(text)
    assert rels == {("Dawn Front", "backed_by", "Rwanda", "negated")}


@pytest.mark.parametrize("text, polarity", [
    ("The Dawn Front has no links to al-Qaeda, its spokesman insisted.", "negated"),
    ("The Dawn Front has close ties to al-Qaeda.", "affirmed"),
])
def test_links_to_a_network_are_an_affiliation(text, polarity):
    _, rels, _ = facts(text)
    assert rels == {("Dawn Front", "affiliated_with", "al-Qaeda", polarity)}


def test_a_claim_its_reporter_calls_false_yields_no_event():
    _, _, evs = facts("Reports that the Dawn Front had captured Idlib were false, the army said.")
    assert evs == []
    _, _, evs = facts("Reports that the Dawn Front had captured Idlib were confirmed by the army.")
    assert [e["type"] for e in evs] == ["capture"]


def test_a_role_after_an_apposition_is_not_read_into_the_next_clause():
    assert memberships("Karim Haddad, the leader of Burkina Faso's junta, dissolved the Dawn Front in 2024.") == []


def test_a_name_the_lexicon_knows_whole_is_not_split_at_a_lost_apostrophe():
    x, _, _ = facts("Hurras al-Din attacked a checkpoint near Idlib")
    assert "Hurras al-Din" in {e.name for e in x.entities}


def test_a_known_group_owning_a_unit_without_its_apostrophe_is_no_person():
    _, rels, _ = facts("The FSAs Hamza Division attacked Afrin")
    assert ("Hamza Division", "part_of", "FSA", "affirmed") in rels
    assert not any(r == "member_of" for _, r, _, _ in rels)


@pytest.mark.parametrize("text, leader, before", [
    ("Karim Haddad succeeded Abu Obeida as commander of the Dawn Front in 2016.", "Karim Haddad", "Abu Obeida"),
    ("Abu Obeida, the commander of the Dawn Front, was killed in 2016. His son, Karim Haddad, succeeded him.",
     "Karim Haddad", "Abu Obeida"),
])
def test_who_succeeded_whom_takes_the_lead(text, leader, before):
    _, _, evs = facts(text)
    changes = [e["agent"] for e in evs if e["type"] == "leadership_change"]
    assert {leader} in changes
    assert ({before} in changes) is ("killed" in text)


def test_a_plan_that_succeeded_is_no_succession():
    _, _, evs = facts("Abu Obeida, the spokesman of the Dawn Front, said the operation had succeeded.")
    assert [e for e in evs if e["type"] == "leadership_change"] == []


def test_the_head_of_a_groups_bureau_holds_a_role_in_the_group():
    assert [(g, role) for _, g, role, _, _ in memberships("The head of the Dawn Front's political bureau, Karim "
                                                          "Haddad, was killed.")] == [("Dawn Front", "head")]


def test_a_faction_of_a_group_known_by_a_name_is_its_unit():
    _, rels, _ = facts("A faction of the Hawks Alliance known as the Dawn Front clashed with the YPG near Manbij.")
    assert ("Dawn Front", "part_of", "Hawks Alliance", "affirmed") in rels


def test_leaving_a_coalition_is_a_defection_from_it():
    _, rels, evs = facts("The Hawks Brigade announced on Tuesday that it was leaving the Southern Front and joining the "
                         "Dawn Front.")
    assert [(e["type"], e["from"] or e["to"]) for e in evs] == [("defection", {"Southern Front"}),
                                                                ("joining", {"Dawn Front"})]
    _, _, evs = facts("The Hawks Brigade is leaving Idlib for Afrin.")
    assert evs == []


def test_a_place_named_in_a_clause_after_a_capture_is_not_taken():
    x, _, _ = facts("The Dawn Front seized Sanaa in September 2014, forcing President Hadi to flee to Aden.")
    assert [e.name for e in x.entities if e.type == "place"] == ["Sanaa"]
    _, _, evs = facts("The Dawn Front captured Kidal, including its airport, and Gao.")
    assert len([e for e in evs if e["type"] == "capture"]) == 1


def test_a_name_the_lexicon_knows_written_with_a_possessive_stays_whole():
    x, rels, _ = facts("The Dawn Front pledged allegiance to the Islamic State's West Africa Province last month.")
    assert [e.attributes.get("canonical") for e in x.entities if e.name.startswith("Islamic State")] == \
        ["Islamic State West Africa Province"]
    _, rels, _ = facts("Iran's Revolutionary Guards said they had destroyed two strongholds of Jaish al-Adl.")
    assert any(r == "part_of" for _, r, _, _ in rels)


def test_a_man_who_founds_a_group_does_not_make_it_a_unit_of_his_former_group():
    _, rels, evs = facts("Former FARC commander Ivan Marquez announced in 2019 that he was taking up arms again, forming "
                         "the Dawn Front.")
    assert [(e["type"], e["from"]) for e in evs] == [("formation", set())]
    assert not any(r == "part_of" for _, r, _, _ in rels)
    assert [role for _, _, role, _, _ in memberships("Former FARC commander Ivan Marquez spoke.")] == \
        ["commander (former)"]


@pytest.mark.parametrize("text, span", [
    ("The Dawn Front was part of the Hawks Alliance between 2015 and 2018.", ("2015", "2018")),
    ("From 2014 to 2017 the Dawn Front controlled Raqqa.", ("2014", "2017")),
    ("Karim Haddad led the Dawn Front from 2012 until his arrest in 2019.", ("2012", "2019")),
])
def test_a_span_of_two_dates_starts_and_ends_the_tie(text, span):
    x, _, _ = facts(text)
    assert [(r.valid_from, r.valid_until) for r in x.relations] == [span]


def test_a_decade_a_sentence_opens_with_is_when_the_tie_held():
    x, _, _ = facts("In the 1990s the Dawn Front was backed by Sudan.")
    assert [(r.relation, r.holds_at) for r in x.relations] == [("backed_by", "199X")]


def test_their_after_a_comma_and_is_the_sentences_subject():
    got = memberships("The Dawn Front was defeated by the Sri Lankan army in May 2009, and their leader Karim Haddad "
                      "was killed.")
    assert ("Dawn Front", "leader") in {(g, role) for _, g, role, _, _ in got}


def test_a_man_under_whom_a_group_was_based_is_not_its_ally():
    _, rels, _ = facts("The Dawn Front, once based in Iraq under Saddam Hussein, fought alongside Iraqi forces against "
                       "Iran in the 1980s.")
    assert {(s, r, o) for s, r, o, _ in rels} >= {("Dawn Front", "allied_with", "Iraqi forces"),
                                                 ("Dawn Front", "hostile_to", "Iran")}
    assert not any(s == "Saddam Hussein" for s, _, _, _ in rels)


@pytest.mark.parametrize("text, date", [
    ("The Dawn Front emerged from the youth wing of the Hawks Brigade.", None),
    ("The Dawn Front grew out of a movement of the Hawks Brigade founded around 2002.", None),
    ("The Dawn Front emerged in 2012 from the Hawks Brigade.", "2012"),
])
def test_a_group_that_emerged_from_another_was_formed_from_it(text, date):
    _, _, evs = facts(text)
    assert [(e["type"], e["from"], e["date"]) for e in evs] == [("formation", {"Hawks Brigade"}, date)]


def test_a_capital_a_group_controls_is_the_city():
    _, rels, _ = facts("The Taliban held Kabul from 1996 to 2001.")
    assert rels == {("Taliban", "controls", "Kabul", "affirmed")}


@pytest.mark.parametrize("sentence, names", [
    ("MOGADISHU Reuters Al Shabaab militants attacked an African Union base on Tuesday", {"Al Shabaab"}),
    ("Fighters from the Arakan Army AA captured the town of Paletwa", {"Arakan Army", "AA"}),
    ("ACEH SUMATRA NATIONAL LIBERATION FRONT", set()),
])
def test_a_dateline_or_a_bracketless_acronym_is_cut_from_the_name(sentence, names):
    found = {m.text for m in MentionFinder().find(sentence) if m.type in ("armed_group", "coalition")}
    assert names <= found
    assert not any(" " in n and (n.startswith("MOGADISHU") or n.endswith(" AA") or n.startswith("SUMATRA"))
                   for n in found)


def test_a_bracketless_acronym_names_the_same_group():
    x, _, _ = facts("Fighters from the Arakan Army AA captured the town of Paletwa in January 2024. The AA said it "
                    "had captured the town of Kyauktaw.")
    assert [(e.name, e.aliases) for e in x.entities if e.type == "armed_group"] == [("Arakan Army", ["AA"])]


def test_a_group_led_by_a_man_in_an_aside_joins_forces_with_its_rival():
    _, rels, evs = facts("The Dawn Front gang alliance, led by former police officer Karim Haddad, joined forces with its "
                         "rival the Hawks Brigade in 2024.")
    assert ("Dawn Front", "allied_with", "Hawks Brigade", "affirmed") in rels
    assert [e["agent"] for e in evs if e["type"] == "alliance"] == [{"Dawn Front", "Hawks Brigade"}]
    assert not any(s == "Karim Haddad" and r == "allied_with" for s, r, _, _ in rels)


def test_a_state_whose_positions_a_group_shelled_is_its_enemy():
    _, rels, _ = facts("The Dawn Front shelled Syrian positions near Idlib.")
    assert ("Dawn Front", "hostile_to", "Syria", "affirmed") in rels


def test_a_pledge_to_keep_fighting_is_no_clash():
    _, _, evs = facts("The Dawn Front denounced the talks and pledged to keep fighting the Hawks Brigade.")
    assert [e for e in evs if e["type"] == "clash"] == []


def test_a_coalition_led_by_a_state_fought_with_the_indefinite_article_is_an_enemy():
    _, rels, _ = facts("The Dawn Front has been fighting a Saudi-led coalition since 2015.")
    assert ("Dawn Front", "hostile_to", "Saudi-led coalition", "affirmed") in rels
    _, rels, _ = facts("The Dawn Front fought a war in 2015.")
    assert rels == set()


@pytest.mark.parametrize("text, places", [
    ("Dawn Front fighters withdrew from Sinjar, Makhmour and Khanaqin without a fight.",
     {"Sinjar", "Makhmur", "Khanaqin"}),
    ("The Dawn Front deployed to Sinjar and Makhmour last week.", {"Sinjar", "Makhmur"}),
    ("The Dawn Front has fighters in Sinjar and Makhmour.", {"Sinjar", "Makhmur"}),
    ("The Dawn Front maintains several hundred troops in Sinjar.", {"Sinjar"}),
    ("The Dawn Front has waged an insurgency in Sinjar province for a decade.", {"Sinjar"}),
    ("Dawn Front fighters are digging in around Makhmour.", {"Makhmur"}),
])
def test_where_a_group_keeps_moves_or_wages_war_it_operates(text, places):
    _, rels, _ = facts(text)
    assert {o for s, r, o, p in rels if s == "Dawn Front" and r == "operates_in" and p == "affirmed"} == places


def test_a_withdrawal_takes_only_the_places_listed_together():
    _, rels, _ = facts("The Dawn Front withdrew from Sinjar and the Hawks Brigade entered Mosul.")
    assert {(s, o) for s, r, o, _ in rels if r == "operates_in"} == {("Dawn Front", "Sinjar"),
                                                                       ("Hawks Brigade", "Mosul")}


@pytest.mark.parametrize("text", ["The Dawn Front has no troops in Sinjar.", "The Dawn Front has no presence in Sinjar."])
def test_no_men_or_presence_in_a_place_is_a_negated_presence(text):
    _, rels, _ = facts(text)
    assert rels == {("Dawn Front", "operates_in", "Sinjar", "negated")}


@pytest.mark.parametrize("text", [
    "Dawn Front fighters killed eight soldiers near Makhmour on Saturday.",
    "Dawn Front militants ambushed a convoy in the forests of Sinjar on Tuesday.",
])
def test_an_attack_on_unnamed_soldiers_or_a_convoy_is_a_clash_of_its_maker(text):
    _, _, evs = facts(text)
    assert [(e["type"], e["agent"]) for e in evs] == [("clash", {"Dawn Front"})]


def test_soldiers_killed_after_a_verb_with_another_object_name_no_maker_from_that_object():
    _, _, evs = facts("Gunmen of the Dawn Front stormed the depot of the army's Hawks Battalion in Sinjar, killed four "
                      "soldiers and drove off with 400 rifles.")
    assert not any("Hawks Battalion" in e["agent"] for e in evs)


def test_a_known_name_whose_last_word_lost_its_capital_is_found_whole():
    found = {(m.text, m.type) for m in MentionFinder().find("It killed 50 fighters from the Failaq al-sham and the "
                                                             "Hawks Brigade.")}
    assert ("Failaq al-sham", "armed_group") in found


def test_a_group_that_came_under_attack_from_another_is_its_target():
    _, rels, evs = facts("The Dawn Front came under attack from the Hawks Brigade on Sunday.")
    assert [(e["agent"], e["target"]) for e in evs] == [({"Hawks Brigade"}, {"Dawn Front"})]
    assert ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels or \
        ("Hawks Brigade", "hostile_to", "Dawn Front", "affirmed") in rels


def test_an_apposition_naming_the_owners_rival_is_a_hostility_not_a_second_doer():
    _, rels, evs = facts("The Hawks Brigade, the Dawn Front's main rival, took Sinjar.")
    assert {frozenset((s, o)) for s, r, o, _ in rels if r == "hostile_to"} == {frozenset(("Hawks Brigade", "Dawn Front"))}
    assert [e["agent"] for e in evs if e["type"] == "capture"] == [{"Hawks Brigade"}]
    _, rels, _ = facts("The Dawn Front is armed by Eritrea, Ethiopia's foe since their 1998-2000 border war.")
    assert {frozenset((s, o)) for s, r, o, _ in rels if r == "hostile_to"} == {frozenset(("Ethiopia", "Eritrea"))}


def test_a_second_foe_after_then_against_is_fought_too():
    _, rels, _ = facts("The Dawn Front has fought for independence, first against Spain and then against Morocco and "
                       "Mauritania.")
    assert {o for s, r, o, _ in rels if s == "Dawn Front" and r == "hostile_to"} == {"Spain", "Morocco", "Mauritania"}


def test_the_islamic_republic_is_iran():
    x, rels, _ = facts("The Dawn Front, which has fought the Islamic Republic since 1979, suspended its armed "
                       "operations inside Iran.")
    assert ("Dawn Front", "hostile_to", "Iran", "affirmed") in rels
    assert "Islamic Republic" not in {e.name for e in x.entities}
    _, rels, _ = facts("The Islamic Republic of Pakistan sent troops to fight the Dawn Front.")
    assert ("Pakistan", "hostile_to", "Dawn Front", "affirmed") in rels


def test_a_noun_described_by_of_and_a_name_is_no_anaphor():
    _, _, evs = facts("The Dawn Front coalition took Bria. Its forces entered Walikale after coming under attack from "
                      "the coalition of the Kinshasa regime.")
    assert not any("Dawn Front" in e["agent"] for e in evs if e["type"] == "clash")


def test_persons_in_a_plural_apposition_are_the_ones_who_join():
    x, rels, evs = facts("Ahmed Salim and Omar Farooqi, both former commanders of the Dawn Front, joined the Hawks Brigade.")
    assert [(e["type"], e["agent"], e["to"]) for e in evs] == [("joining", {"Ahmed Salim", "Omar Farooqi"},
                                                                 {"Hawks Brigade"})]
    assert not any(r == "part_of" for _, r, _, _ in rels)


def test_the_head_of_a_groups_delegation_is_its_member():
    x, _, _ = facts("Talks resumed in Kuala Lumpur with a Dawn Front delegation led by Hassan Taib.")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], name[r.object], r.role) for r in x.relations] == [
        ("Hassan Taib", "Dawn Front", "head of delegation")]


def test_a_groups_most_powerful_commander_after_a_better_known_name():
    _, rels, _ = facts("Suspicion centred on Karim Haddad, better known as Tompolo, the Dawn Front's most powerful "
                       "commander in the 2000s.")
    assert ("Karim Haddad", "member_of", "Dawn Front", "affirmed") in rels


def test_a_speakers_own_relative_clause_is_the_articles_description():
    x = extract("Karim Haddad, who commands the Dawn Front's northern sector, said the ceasefire would hold.",
                published="2020-03-10")
    assert [(r.relation, r.modality) for r in x.relations] == [("member_of", "asserted")]


def test_a_group_armed_paid_and_supplied_by_a_state_is_backed_undated_by_an_aside():
    x = extract("The Hawks Brigade, commanded since 1984 by General Antoine Lahad, was armed, paid and supplied by "
                "Israel throughout its existence.", published="2000-05-25")
    name = {e.id: e.name for e in x.entities}
    backed = [(name[r.subject], name[r.object], r.valid_from) for r in x.relations if r.relation == "backed_by"]
    assert backed == [("Hawks Brigade", "Israel", None)]


def test_states_that_remain_a_groups_principal_supporters_back_it():
    _, rels, _ = facts("The United Arab Emirates and Egypt remain the Hawks Brigade's principal supporters.")
    assert rels == {("Hawks Brigade", "backed_by", "United Arab Emirates", "affirmed"),
                    ("Hawks Brigade", "backed_by", "Egypt", "affirmed")}


def test_an_accusation_of_sheltering_and_supporting_names_the_sponsor():
    _, rels, _ = facts("Afghan officials have long accused Pakistan's Inter-Services Intelligence of sheltering and "
                       "supporting the Hawks Brigade.")
    assert ("Hawks Brigade", "backed_by", "Inter-Services Intelligence", "affirmed") in rels


def test_backing_the_sponsors_denied_in_a_closing_which_clause_is_only_possible():
    x = extract("UN experts reported that Rwanda and Uganda supported the Hawks Brigade, which both governments denied.",
                published="2020-03-10")
    assert {r.modality for r in x.relations if r.relation == "backed_by"} == {"possible"}
    x = extract("Rwanda backed the Hawks Brigade, which denied any link to the Dawn Front.", published="2020-03-10")
    assert {r.modality for r in x.relations if r.relation == "backed_by"} == {"asserted"}


def test_a_date_inside_a_participles_aside_does_not_date_the_main_clause():
    x = extract("The Hawks Brigade, commanded since 1984 by General Antoine Lahad, was backed by Israel.",
                published="2000-05-25")
    assert [(r.relation, r.valid_from) for r in x.relations if r.relation == "backed_by"] == [("backed_by", None)]
    x = extract("Dawn Front forces, backed by Turkish drones, recaptured the Watiya air base from the Hawks Brigade on "
                "May 18, their biggest gain since the Hawks Brigade began its offensive in April 2019.",
                published="2020-05-20")
    assert [v.date for v in x.events if v.type == "capture"] == ["2020-05-18"]


def test_unknown_names_listed_before_found_places_are_places_too():
    _, rels, _ = facts("By morning the Hawks Brigade held parts of Mejicanos, Ciudad Delgado, Zacamil and Soyapango.")
    assert {o for s, r, o, _ in rels if r == "controls"} == {"Mejicanos", "Ciudad Delgado", "Zacamil", "Soyapango"}
    x, _, _ = facts("Kisangani fell to the Hawks Brigade in March and Lubumbashi in April.")
    assert "March" not in {e.name for e in x.entities}


def test_a_town_that_has_fallen_to_a_group_is_its_capture():
    _, _, evs = facts("Kidal has fallen to the Hawks Brigade.")
    assert [(e["type"], e["agent"]) for e in evs] == [("capture", {"Hawks Brigade"})]


@pytest.mark.parametrize("text, place", [("The Hawks Brigade has run Idlib since 2017.", "Idlib"),
                                         ("The Hawks Brigade governs Nablus.", "Nablus")])
def test_a_group_that_governs_or_runs_a_place_controls_it(text, place):
    _, rels, _ = facts(text)
    assert rels == {("Hawks Brigade", "controls", place, "affirmed")}


def test_running_a_checkpoint_in_a_place_is_no_control():
    _, rels, _ = facts("The Hawks Brigade ran a checkpoint in Idlib.")
    assert not any(r == "controls" for _, r, _, _ in rels)


def test_what_a_group_owns_joins_not_the_group():
    _, rels, evs = facts("In 1977 the Dawn Front's special commandos broke away and joined the Hawks Brigade.")
    assert not any(r == "part_of" and s == "Dawn Front" for s, r, _, _ in rels)
    assert not any("Dawn Front" in e["agent"] for e in evs)


def test_an_unknown_name_that_broke_away_from_a_group_is_a_group():
    _, _, evs = facts("Hizb-ul-Ahrar, which itself broke away from the Hawks Brigade in November 2017, attacked Peshawar.")
    assert [(e["agent"], e["from"]) for e in evs if e["type"] == "split"] == [({"Hizb-ul-Ahrar"}, {"Hawks Brigade"})]


def test_two_units_sharing_one_plural_head_are_two_units_of_the_owner():
    x, rels, _ = facts("The 53rd and 58th Divisions of the Sri Lanka Army captured Kilinochchi.")
    assert {(s, o) for s, r, o, _ in rels if r == "part_of"} == {("53rd Division", "Sri Lanka Army"),
                                                                  ("58th Division", "Sri Lanka Army")}
    x, _, _ = facts("The Defence and Security Forces fought the Hawks Brigade.")
    assert "Defence and Security Forces" in {e.name for e in x.entities}


def test_strikes_in_which_a_force_killed_a_groups_men_are_the_forces_not_the_groups():
    _, _, evs = facts("The Syrian army said it had killed 20 Hawks Brigade militants in air strikes on their hideouts "
                      "in the Sinjar mountains.")
    assert [(e["agent"], e["target"]) for e in evs] == [({"Syrian army"}, {"Hawks Brigade"})]


def test_a_group_formed_through_a_merger_is_what_the_merger_made():
    _, rels, evs = facts("JNIM was formed in March 2017 through a merger of Ansar Dine, al-Mourabitoun and the Sahara "
                         "branch of al-Qaeda in the Islamic Maghreb.")
    assert [(e["agent"], e["to"]) for e in evs if e["type"] == "merger"] == [({"Ansar Dine", "al-Mourabitoun"}, {"JNIM"})]
    assert {(s, o) for s, r, o, _ in rels if r == "part_of"} == {("Ansar Dine", "JNIM"), ("al-Mourabitoun", "JNIM")}


def test_a_groups_rivalry_with_another_is_a_hostility_and_an_ended_feud_ends_it():
    _, rels, _ = facts("The Sinaloa Cartel's rivalry with the Jalisco New Generation Cartel has fuelled violence.")
    assert rels == {("Sinaloa Cartel", "hostile_to", "Jalisco New Generation Cartel", "affirmed")}
    x = extract("The Hawks Brigade ended its long feud with the Dawn Front in 2019.", published="2020-03-10")
    assert [(r.relation, r.valid_until) for r in x.relations] == [("hostile_to", "2019")]


def test_a_group_that_governs_much_of_a_province_controls_it():
    _, rels, _ = facts("Hayat Tahrir al-Sham, which severed its ties with al-Qaeda in 2016, now governs much of Idlib "
                       "province.")
    assert ("Hayat Tahrir al-Sham", "controls", "Idlib", "affirmed") in rels


def test_militias_once_allied_with_a_side_that_turned_their_guns_on_its_army():
    x = extract("Fano militias, once allied with the federal government against the TPLF, turned their guns on the "
                "Ethiopian National Defense Force in April 2023.", published="2023-06-01")
    name = {e.id: e.name for e in x.entities}
    rels = {(name[r.subject], r.relation, name[r.object], r.valid_until) for r in x.relations}
    assert ("Fano", "hostile_to", "Ethiopian National Defense Force", None) in rels
    assert ("Fano", "allied_with", "Ethiopian government", "2023-06-01") in rels


def test_a_peoples_militias_are_no_named_group():
    x, _, _ = facts("CODECO, a coalition of Lendu militias, has carried out repeated attacks on camps in Djugu.")
    assert [e.name for e in x.entities if e.type in ("armed_group", "coalition")] == ["CODECO"]


def test_a_span_after_another_verb_does_not_date_a_leaders_role():
    x = extract("Khalifa Haftar's Libyan National Army, supported by Russia's Wagner Group, besieged Tripoli from "
                "April 2019 to June 2020.", published="2021-01-01")
    assert [(r.valid_from, r.valid_until) for r in x.relations if r.relation == "member_of"] == [(None, None)]
    x = extract("Ahmed Salim was commander of the Hawks Brigade from 2014 to 2017.", published="2021-01-01")
    assert [(r.valid_from, r.valid_until) for r in x.relations if r.relation == "member_of"] == [("2014", "2017")]


@pytest.mark.parametrize("text", [
    "The Hawks Brigade has coordinated its operations with the Dawn Front since 2018.",
    "The Hawks Brigade and the Dawn Front formed a joint operations room in Idlib.",
    "The Hawks Brigade has partnered with the Dawn Front in the fight against the army.",
    "The two groups, the Hawks Brigade and the Dawn Front, have cooperated closely since 2016.",
    "The Hawks Brigade and the Dawn Front are allies.",
    "The Hawks Brigade teamed up with the Dawn Front to retake Sinjar.",
])
def test_groups_that_coordinate_partner_or_are_allies_are_allied(text):
    _, rels, _ = facts(text)
    assert {frozenset((s, o)) for s, r, o, p in rels if r == "allied_with" and p == "affirmed"} == {
        frozenset(("Hawks Brigade", "Dawn Front"))}


def test_coordination_a_group_denies_is_a_negated_alliance():
    _, rels, _ = facts("The Hawks Brigade denied it had coordinated its operations with the Dawn Front.")
    assert rels == {("Hawks Brigade", "allied_with", "Dawn Front", "negated")}


def test_strikes_by_a_force_that_targeted_a_groups_camps_hit_the_group():
    _, rels, evs = facts("Airstrikes by the Nigerian Air Force targeted Hawks Brigade camps in the Sambisa forest.")
    assert [(e["agent"], e["target"]) for e in evs] == [({"Nigerian Air Force"}, {"Hawks Brigade"})]


def test_two_groups_engaged_in_a_struggle_for_a_town_are_enemies():
    _, rels, _ = facts("The Hawks Brigade and the Dawn Front are engaged in a struggle for control of Sinjar.")
    assert {frozenset((s, o)) for s, r, o, _ in rels if r == "hostile_to"} == {frozenset(("Hawks Brigade", "Dawn Front"))}


@pytest.mark.parametrize("text", ["In 2020 the Hawks Brigade renamed itself the Dawn Front.",
                                  "The Hawks Brigade, which changed its name to the Dawn Front in 2017, attacked Sinjar.",
                                  "The Hawks Brigade was renamed the Dawn Front in 2019."])
def test_a_renamed_group_is_one_group_with_both_names(text):
    x, _, _ = facts(text)
    groups = [e for e in x.entities if e.type == "armed_group"]
    assert len(groups) == 1 and {groups[0].name, *groups[0].aliases} >= {"Hawks Brigade", "Dawn Front"}


def test_the_leader_a_new_one_replaces_leaves_the_role():
    x = extract("Ahmed Salim was appointed commander of the Hawks Brigade in March 2019, replacing Omar Farooqi.",
                published="2020-03-10")
    name = {e.id: e.name for e in x.entities}
    assert {(name[r.subject], r.valid_from, r.valid_until) for r in x.relations if r.relation == "member_of"} == {
        ("Ahmed Salim", "2019-03", None), ("Omar Farooqi", None, "2019-03")}
    x = extract("Omar Farooqi was replaced by Ahmed Salim as commander of the Hawks Brigade in 2019.",
                published="2020-03-10")
    name = {e.id: e.name for e in x.entities}
    assert {(name[r.subject], r.valid_from, r.valid_until) for r in x.relations if r.relation == "member_of"} == {
        ("Ahmed Salim", "2019", None), ("Omar Farooqi", None, "2019")}


def test_a_title_before_a_name_and_the_group_after_it_give_the_role():
    x = extract("Commander Ahmed Salim of the Hawks Brigade said the town had fallen.", published="2020-03-10")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], name[r.object], r.role) for r in x.relations] == [
        ("Ahmed Salim", "Hawks Brigade", "commander")]


def test_we_and_our_stand_for_the_group_whose_statement_closes_the_sentence():
    _, rels, evs = facts("Our heroic forces liberated the village of Tal Abyad from the terrorist militias of the Hawks "
                         "Brigade, the Dawn Front said in a statement.")
    assert [(e["type"], e["agent"], e["from"]) for e in evs] == [("capture", {"Dawn Front"}, {"Hawks Brigade"})]
    _, _, evs = facts("Our units repelled an attack by the mercenaries of the Hawks Brigade near Sinjar, the Dawn Front said.")
    assert [(e["agent"], e["target"]) for e in evs] == [({"Hawks Brigade"}, {"Dawn Front"})]


def test_the_general_command_of_a_group_is_the_group():
    x, rels, _ = facts("We, the General Command of the Dawn Front, announce the formation of the 5th Corps.")
    assert "General Command of the Dawn Front" not in {e.name for e in x.entities}
    assert not any(r == "part_of" for _, r, _, _ in rels)


@pytest.mark.parametrize("text, sponsors", [
    ("The Hawks Brigade relies heavily on Iranian weapons and funding.", {"Iran"}),
    ("Iran's Quds Force has trained thousands of Hawks Brigade fighters.", {"Quds Force"}),
    ("Saudi Arabia and Qatar funnelled money and arms to the Hawks Brigade in 2013.", {"Saudi Arabia", "Qatar"}),
    ("The Hawks Brigade fought with Russian support.", {"Russia"}),
])
def test_a_groups_sponsors_named_by_what_they_give(text, sponsors):
    _, rels, _ = facts(text)
    assert {o for s, r, o, p in rels if s == "Hawks Brigade" and r == "backed_by" and p == "affirmed"} == sponsors


def test_a_proxy_is_backed_by_the_state_it_serves_as_far_as_the_article_says():
    x = extract("The Hawks Brigade is widely seen as a proxy of the United Arab Emirates.", published="2020-03-10")
    assert [(r.relation, r.polarity, r.modality) for r in x.relations] == [("backed_by", "affirmed", "likely")]
    _, rels, _ = facts("The Hawks Brigade is not a proxy of Iran, its leader said.")
    assert rels == {("Hawks Brigade", "backed_by", "Iran", "negated")}


def test_a_lists_commas_close_no_aside_before_a_since_date():
    x = extract("Turkey has provided the Hawks Brigade with drones, artillery and training since 2019.",
                published="2020-03-10")
    assert [(r.relation, r.valid_from) for r in x.relations] == [("backed_by", "2019")]


def test_losing_control_of_a_place_ends_the_control_then_and_says_nothing_undated():
    x = extract("The Hawks Brigade lost control of Raqqa in October 2017.", published="2020-03-10")
    assert [(r.relation, r.valid_from, r.valid_until) for r in x.relations] == [("controls", None, "2017-10")]
    _, rels, _ = facts("The Hawks Brigade lost control of Raqqa.")
    assert rels == set()


@pytest.mark.parametrize("text, place", [
    ("Hawks Brigade troops have advanced to the outskirts of Pokrovsk.", "Pokrovsk"),
    ("The Hawks Brigade was pushed back to Sirte.", "Sirte"),
    ("The Hawks Brigade is now confined to a small area around Baghuz.", "Al-Baghuz Fawqani"),
    ("The Hawks Brigade held positions in Sinjar.", "Sinjar"),
])
def test_where_a_group_advanced_was_pushed_back_or_holds_positions_it_operates(text, place):
    _, rels, _ = facts(text)
    assert {(r, o) for s, r, o, _ in rels if s == "Hawks Brigade"} == {("operates_in", place)}


def test_a_groups_withdrawal_from_a_place_ends_its_presence():
    x = extract("The Hawks Brigade's withdrawal from Kherson was completed on Friday.", published="2022-11-14")
    assert [(r.relation, r.valid_until) for r in x.relations] == [("operates_in", "2022-11-11")]


@pytest.mark.parametrize("text, whole", [
    ("The Hawks Brigade operates as the military wing of the Dawn Front.", "Dawn Front"),
    ("The Hawks Brigade serves under the Dawn Front's Northern Command.", "Northern Command"),
    ("The Hawks Brigade fought under the command of the Dawn Front.", "Dawn Front"),
    ("Among the Dawn Front's constituent factions is the Hawks Brigade.", "Dawn Front"),
    ("The Hawks Brigade became the Dawn Front's northern division in 2017.", "Dawn Front"),
    ("Troops of the Hawks Brigade, operating under the Dawn Front, took the town.", "Dawn Front"),
])
def test_a_unit_serving_under_or_named_as_part_of_a_whole(text, whole):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "part_of", whole, "affirmed") in rels


@pytest.mark.parametrize("sentence, place", [
    ("A second campaign is being waged against it in northwest Syria by Turkey.", "northwest Syria"),
    ("Fighting in north-east Syria continued.", "north-east Syria"),
])
def test_a_compass_point_written_as_one_word_stays_whole_before_a_country(sentence, place):
    assert place in {m.text for m in MentionFinder().find(sentence) if m.type == "place"}


def test_a_war_waged_first_against_one_state_then_another_is_against_both():
    _, rels, _ = facts("The Dawn Front waged a war against Spain and then against Morocco.")
    assert {o for s, r, o, _ in rels if s == "Dawn Front" and r == "hostile_to"} == {"Spain", "Morocco"}


@pytest.mark.parametrize("text, struck", [
    ("The Dawn Front with assistance from Russian airstrikes is continuing its siege of the rebels in Aleppo.",
     "Dawn Front"),
    ("Ten people were killed in Dawn Front and Russian bombing on Wednesday despite Damascus promises of a truce.",
     "Syria"),
])
def test_whose_siege_or_promises_follow_a_strike_is_not_struck(text, struck):
    _, rels, evs = facts(text)
    assert not any(r == "hostile_to" for _, r, _, _ in rels)
    assert all(struck not in v["target"] for v in evs)


def test_strikes_that_assist_a_group_back_it():
    _, rels, _ = facts("The Dawn Front with assistance from Russian airstrikes is continuing its siege of Aleppo.")
    assert ("Dawn Front", "backed_by", "Russia", "affirmed") in rels



@pytest.mark.parametrize("text, leader, left", [
    ("The Dawn Front signed the deal. Omar Farooqi took over its leadership in 2001 from Ahmed Salim.", "2001", "2001"),
    ("Omar Farooqi took over the Dawn Front in June 2018, after his predecessor Ahmed Salim was killed in a drone strike.",
     "2018-06", "2018-06"),
    ("Omar Farooqi took over the Dawn Front in June 2018, after his predecessor Mullah Ahmed Salim was killed.",
     "2018-06", "2018-06"),
])
def test_who_takes_over_from_a_predecessor_ends_his_role(text, leader, left):
    x = extract(text, published="2020-03-10")
    name = {e.id: e.name for e in x.entities}
    got = {(name[r.subject], r.valid_from, r.valid_until) for r in x.relations if r.relation == "member_of"}
    assert got == {("Omar Farooqi", leader, None), ("Ahmed Salim", None, left)}


def test_his_successor_holds_the_role_in_the_same_group():
    assert ("Omar Farooqi", "Dawn Front", "leader", None, "2017-04") in memberships(
        "The Dawn Front was led by Ahmed Salim until 2016. His successor, Omar Farooqi, died in a raid in April 2017.")


@pytest.mark.parametrize("text, role, since", [
    ("The Hawks Brigade was founded in 1989 under Ahmed Salim.", "founding leader", "1989"),
    ("The Hawks Brigade was set up in the mid-1980s under Ahmed Salim, a former soldier.", "founding leader", "198X"),
    ("The Hawks Brigade, which Ahmed Salim set up in 1986, splintered after his arrest.", "founder", "1986"),
])
def test_a_group_founded_under_a_man_or_that_a_man_set_up(text, role, since):
    assert memberships(text) == [("Ahmed Salim", "Hawks Brigade", role, since, None)]



def test_a_national_force_created_under_a_man_is_not_led_by_him():
    assert memberships("Analysts said the Mexican army, created in 1917 under Ahmed Salim, was unprepared.") == []


def test_a_force_created_under_a_president_is_not_led_by_him():
    assert memberships("President Ahmed Salim spoke on Monday. Analysts said the Hawks Brigade, created this year "
                       "under Ahmed Salim to replace the police, was not ready.") == []


def test_a_man_named_after_from_in_another_clause_keeps_his_role():
    assert ("Ahmed Salim", "Dawn Front", None, None, "2019") not in memberships(
        "Omar Farooqi took over the Dawn Front in 2019, a defector from Ahmed Salim's Hawks Brigade.")


@pytest.mark.parametrize("text, until", [
    ("Omar Farooqi was dismissed as commander of the Dawn Front in 2015.", "2015"),
    ("Omar Farooqi was removed as head of the Dawn Front in March 2016, the group said.", "2016-03"),
    ("Omar Farooqi resigned from the Dawn Front in 2015.", "2015"),
    ("Ahmed Salim died with Omar Farooqi, a former general who was dismissed from the Dawn Front in 1976.", "1976"),
])
def test_a_man_dismissed_or_resigning_leaves_the_group_then(text, until):
    assert [(p, g, u) for p, g, _, _, u in memberships(text) if p == "Omar Farooqi"] == \
        [("Omar Farooqi", "Dawn Front", until)]


@pytest.mark.parametrize("text", [
    "The deal was brokered by the Dawn Front, a key ally of the Hawks Brigade.",
    "The Dawn Front is the Hawks Brigade's closest ally.",
])
def test_an_ally_named_in_an_apposition_or_after_is(text):
    _, rels, _ = facts(text)
    assert {frozenset((s, o)) for s, r, o, _ in rels if r == "allied_with"} == {frozenset(("Dawn Front", "Hawks Brigade"))}


def test_the_two_groups_acting_jointly_are_allies():
    _, rels, _ = facts("On 22 May 2023 the Hawks Brigade and the Dawn Front attacked Belgorod. "
                       "On 1 June the two groups jointly attacked the Grayvoron district.")
    assert {frozenset((s, o)) for s, r, o, _ in rels if r == "allied_with"} == {frozenset(("Hawks Brigade", "Dawn Front"))}


def test_who_jointly_attacks_with_a_force_attacks_beside_it():
    _, rels, evs = facts("The Hawks Brigade jointly attacked Kafr Nabl with the Dawn Front on Monday.")
    assert not any(r == "hostile_to" for _, r, _, _ in rels)
    assert [v["agent"] for v in evs if v["type"] == "clash"] == [{"Hawks Brigade", "Dawn Front"}]


def test_a_helper_named_by_its_acronym_after_a_description_is_an_ally():
    _, rels, _ = facts("The Hawks Brigade, together with Spain's special forces (GEO), has been conducting an "
                       "offensive against Dawn Front camps since November 2021.")
    assert ("Hawks Brigade", "allied_with", "GEO", "affirmed") in rels


def test_a_list_apposed_as_members_are_each_a_part():
    _, rels, _ = facts("The Hawks Brigade and the Sun Brigade, both members of the Dawn Front, launched an offensive.")
    assert {(s, r, o) for s, r, o, _ in rels} == {("Hawks Brigade", "part_of", "Dawn Front"),
                                                 ("Sun Brigade", "part_of", "Dawn Front")}


@pytest.mark.parametrize("text, modality", [
    ("Militants of the Hawks Brigade, which Ankara regards as an urban arm of the Dawn Front, dug trenches.", "reported"),
    ("The Dawn Front has splintered into factions, including the Hawks Brigade, which claims to be its armed wing.",
     "reported"),
    ("The Hawks Brigade, which is widely regarded as the armed wing of the Dawn Front, dug trenches.", "likely"),
    ("Turkey regards the Hawks Brigade as the Dawn Front's armed wing.", "reported"),
])
def test_a_unit_as_others_see_it_or_as_it_calls_itself(text, modality):
    x = extract(text, published="2020-03-10")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], r.relation, name[r.object], r.modality) for r in x.relations] == \
        [("Hawks Brigade", "part_of", "Dawn Front", modality)]


def test_it_after_a_semicolon_is_the_sentences_subject():
    _, rels, _ = facts("The Dawn Front is an alliance in which the Hawks Brigade is by far the strongest force; "
                       "it also includes the Sun Brigade.")
    assert ("Sun Brigade", "part_of", "Dawn Front", "affirmed") in rels
    assert ("Sun Brigade", "part_of", "Hawks Brigade", "affirmed") not in rels


def test_a_stronghold_that_falls_is_held_until_then_and_lost_by_its_holder():
    x, _, evs = facts("The Dawn Front's stronghold of Kafr Nabl fell to the Hawks Brigade on Sunday.", published="2020-01-01")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], r.relation, r.valid_until) for r in x.relations if r.relation == "controls"] == \
        [("Dawn Front", "controls", "2019-12-29")]
    assert [(v["agent"], v["from"]) for v in evs if v["type"] == "capture"] == [({"Hawks Brigade"}, {"Dawn Front"})]


def test_an_offensive_launched_to_recapture_a_city_is_no_capture():
    _, _, evs = facts("The Hawks Brigade launched a long-awaited offensive on Monday to recapture Mosul from the "
                      "Dawn Front.")
    assert not any(v["type"] == "capture" for v in evs)


@pytest.mark.parametrize("text", [
    "Residents said Dawn Front gunmen were patrolling the streets of Kafr Nabl.",
    "The Dawn Front set up checkpoints across Kafr Nabl on Monday.",
])
def test_patrols_and_checkpoints_are_presence(text):
    _, rels, _ = facts(text)
    assert {(s, r, o) for s, r, o, _ in rels} == {("Dawn Front", "operates_in", "Kafr Nabl")}


def test_a_generic_unit_name_is_the_lexicons_unit_only_in_its_country():
    sudan = extract("Sudanese troops of the 4th Division attacked RSF positions near Omdurman.", published="2020-01-01")
    syria = extract("The 4th Division attacked rebel positions near Daraa.", published="2020-01-01")
    assert [e.attributes.get("canonical") for e in sudan.entities if e.name == "4th Division"] == [None]
    assert [e.attributes.get("canonical") for e in syria.entities if e.name == "4th Division"] == ["4th Armoured Division"]


def test_a_number_word_opening_a_sentence_is_no_part_of_a_name():
    x, rels, _ = facts("Six Dawn Front fighters were killed in an Israeli airstrike.")
    assert ("Israel", "hostile_to", "Dawn Front", "affirmed") in rels
    assert "Six Dawn Front" not in {e.name for e in x.entities}


def test_who_speaks_after_the_strike_did_not_strike():
    _, _, evs = facts("The Dawn Front's deputy leader, Ahmed Salim, was killed in the strike, the group said.")
    assert not any(v["type"] == "clash" for v in evs)


def test_a_date_inside_a_relative_clause_does_not_date_the_main_verb():
    x = extract("The Dawn Front, which has been at war with the army since April 2023, now controls almost all of "
                "Darfur.", published="2024-06-01")
    assert [(r.relation, r.valid_from) for r in x.relations if r.relation == "controls"] == [("controls", None)]


@pytest.mark.parametrize("text, name", [
    ("The junta's Light Infantry Division 99 suffered heavy losses near Lashio.", "Light Infantry Division 99"),
    ("The town was taken by Task Force 1, commanded by Ahmed Salim.", "Task Force 1"),
    ("The Hawks Brigade 300 fighters attacked the town.", "Hawks Brigade"),
])
def test_a_number_after_a_unit_noun_is_part_of_its_name(text, name):
    assert name in {m.text for m in MentionFinder().find(text)}


def test_the_capital_named_after_control_is_the_city():
    _, rels, _ = facts("The Dawn Front, which controls the capital Sanaa, has been fighting the Hawks Brigade.")
    assert ("Dawn Front", "controls", "Sanaa", "affirmed") in rels


def test_a_country_owning_an_apposed_description_is_no_side():
    _, rels, _ = facts("The Dawn Front, Colombia's largest drug trafficking group, is fighting the Hawks Brigade.")
    assert {(s, r, o) for s, r, o, _ in rels if r == "hostile_to"} == {("Dawn Front", "hostile_to", "Hawks Brigade")}


def test_a_blockade_is_a_siege():
    _, _, evs = facts("Dawn Front fighters have blockaded the town of Kafr Nabl for more than a year.")
    assert [(v["type"], v["agent"]) for v in evs] == [("clash", {"Dawn Front"})]


def test_our_in_a_statement_headed_by_its_author_is_the_author():
    _, _, evs = facts("Statement by the General Command of the Dawn Front: Our heroic fighters today liberated the "
                      "village of Kafr Nabl from the terrorist Hawks Brigade.")
    assert [(v["agent"], v["from"]) for v in evs if v["type"] == "capture"] == [({"Dawn Front"}, {"Hawks Brigade"})]


def test_a_denied_link_to_a_network_is_a_negated_affiliation():
    _, rels, _ = facts("The Hawks Brigade denies any links to al-Qaeda.")
    assert rels == {("Hawks Brigade", "affiliated_with", "al-Qaeda", "negated")}


def test_a_breakaway_faction_is_no_part_of_what_it_left():
    _, rels, _ = facts("The Hawks Brigade, a breakaway faction of the Dawn Front, has clashed with the army.")
    assert not any(r == "part_of" for _, r, _, _ in rels)


@pytest.mark.parametrize("text", [
    "Since its creation in 2014 the Dawn Front has been a key component of the Hawks Alliance.",
    "The Dawn Front has been a key component of the Hawks Alliance since its creation in 2014.",
])
def test_since_its_creation_dates_the_tie(text):
    x = extract(text, published="2020-03-10")
    assert [(r.relation, r.valid_from) for r in x.relations] == [("part_of", "2014")]


def test_a_founder_and_leader_named_after_the_group_leads_it():
    assert memberships("The Dawn Front's founder and leader, Ahmed Salim, has been in hiding since 2019.") == \
        [("Ahmed Salim", "Dawn Front", "founder and leader", None, None)]


def test_succeeded_by_after_a_relative_clause_on_the_predecessors_role():
    assert ("Ahmed Salim", "Dawn Front", "leader", None, None) in memberships(
        "Omar Farooqi, who led the Dawn Front from 2010 until his death in 2015, was succeeded by Ahmed Salim.")


def test_an_alias_after_a_name_is_the_same_person():
    x = extract("Ahmed Salim, alias Abu Omar, a senior leader of the Dawn Front, was killed.", published="2020-01-01")
    assert [(e.name, e.aliases) for e in x.entities if e.type == "person"] == [("Ahmed Salim", ["Abu Omar"])]


def test_who_heads_a_groups_unnamed_wing_is_its_member():
    assert memberships("Ahmed Salim heads the political wing of the Dawn Front.") == \
        [("Ahmed Salim", "Dawn Front", "head of the political wing", None, None)]


def test_the_backing_of_a_state_names_the_state_as_a_sponsor():
    _, rels, _ = facts("The Dawn Front enjoys the backing of Qatar and Turkey.")
    assert rels == {("Dawn Front", "backed_by", "Qatar", "affirmed"), ("Dawn Front", "backed_by", "Turkey", "affirmed")}


def test_a_countrys_army_named_with_its_possessive_is_its_national_force():
    x, rels, _ = facts("Sudan's army has received drones from Iran, according to researchers.")
    assert [(e.type, e.attributes.get("canonical")) for e in x.entities if e.name == "Sudan's army"] == \
        [("state_force", "Sudanese Armed Forces")]
    assert ("Sudan's army", "backed_by", "Iran", "affirmed") in rels


def test_allies_of_a_nationality_from_a_named_group_are_that_group():
    _, rels, _ = facts("The Hawks Brigade and its Russian allies from the Wagner Group suffered heavy losses.")
    assert {(s, r, o) for s, r, o, _ in rels} == {("Hawks Brigade", "allied_with", "Wagner Group")}


def test_a_tie_restated_later_with_since_is_dated_then():
    x = extract("The Hawks Brigade and its ally the Dawn Front suffered losses near Kafr Nabl. "
                "The Dawn Front has fought alongside the Hawks Brigade since late 2021.", published="2024-07-30")
    assert [(r.relation, r.valid_from) for r in x.relations if r.relation == "allied_with"] == [("allied_with", "2021")]


@pytest.mark.parametrize("text, modality", [
    ("Spain has long been accused of sheltering the Dawn Front, a charge Madrid denies.", "possible"),
    ("Morocco accuses Spain of sheltering the Dawn Front.", "reported"),
])
def test_a_state_accused_of_sheltering_a_group_is_its_reported_sponsor(text, modality):
    x = extract(text, published="2020-03-10")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], r.relation, name[r.object], r.modality) for r in x.relations] == \
        [("Dawn Front", "backed_by", "Spain", modality)]


@pytest.mark.parametrize("text, enemies", [
    ("The Dawn Front and the Hawks Brigade signed a ceasefire after weeks of clashes.", True),
    ("Talks mediated by China produced a ceasefire between the Dawn Front and the Hawks Brigade.", True),
    ("The Dawn Front signed a ceasefire with the Hawks Brigade.", True),
    ("The region was created under a peace deal with the Hawks Brigade.", False),
    ("In March 1988 the Dawn Front and the Hawks Brigade signed a ceasefire.", False),
    ("A ceasefire deal between Russia and the United States collapsed.", False),
])
def test_a_truce_is_made_between_enemies(text, enemies):
    _, rels, _ = facts(text)
    assert any(r == "hostile_to" for _, r, _, _ in rels) == enemies


def test_what_a_group_confirmed_is_reported():
    x = extract("Ahmed Salim, the leader of the Dawn Front, was killed in an airstrike, the group confirmed on Sunday.",
                published="2020-01-01")
    assert {v.modality for v in x.events} == {"reported"}


def test_a_relative_clause_with_whom_does_not_make_its_speaker_the_subject():
    _, rels, evs = facts("The Hawks Brigade, whom a UN panel says is backed by Turkey, captured Kafr Nabl on Monday.")
    assert [(v["type"], v["agent"]) for v in evs] == [("capture", {"Hawks Brigade"})]
    assert ("Hawks Brigade", "backed_by", "Turkey", "affirmed") in rels


def test_a_known_name_after_an_owners_possessive_keeps_its_connector():
    x = extract("Libya's Government of National Accord fought on.", published="2020-03-10")
    assert "Government of National Accord" in {e.name for e in x.entities}


@pytest.mark.parametrize("apposition", ["one of three members of", "one of the groups in",
                                        "one of the three groups that make up"])
def test_one_of_the_members_of_a_coalition_is_its_unit(apposition):
    _, rels, _ = facts(f"The Hawks Brigade, {apposition} the Sun Alliance, seized Kafr Nabl.")
    assert ("Hawks Brigade", "part_of", "Sun Alliance", "affirmed") in rels


def test_one_of_the_members_of_a_coalition_fights_for_itself():
    _, _, evs = facts("The Hawks Brigade, one of three members of the Sun Alliance, seized Kafr Nabl in January 2019 "
                      "after weeks of fighting with the Syrian army.")
    assert {v["type"]: v["agent"] for v in evs} == {"capture": {"Hawks Brigade"}, "clash": {"Hawks Brigade"}}


def test_a_base_in_a_place_held_by_a_force_is_taken_from_it():
    _, rels, evs = facts("The Dawn Front overran an army base near Kafr Nabl held by the Hawks Brigade.")
    assert [(v["type"], v["agent"], v["from"]) for v in evs] == [("capture", {"Dawn Front"}, {"Hawks Brigade"})]
    assert ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels


def test_founders_described_by_their_kind_before_their_names_are_found():
    _, rels, evs = facts("The Sun Alliance coalition, formed in September 2019 by the rival gang alliances Hawks Brigade "
                         "and Dawn Front, has attacked police stations across Kafr Nabl.")
    assert {("Hawks Brigade", "part_of", "Sun Alliance", "affirmed"), ("Dawn Front", "part_of", "Sun Alliance", "affirmed")} <= rels
    assert [v["agent"] for v in evs if v["type"] == "clash"] == [{"Sun Alliance"}]


@pytest.mark.parametrize("tie", ["is part of", "is loyal to"])
def test_a_participle_aside_on_a_unit_is_no_subject_of_the_tie_after_it(tie):
    _, rels, _ = facts(f"The Hawks Brigade, formed by veterans of the Moon Brigade, {tie} the Sun Alliance.")
    assert {(s, o) for s, r, o, _ in rels if r == "part_of"} == {("Hawks Brigade", "Sun Alliance")}


def test_a_closed_whose_clause_leaves_the_name_the_subject():
    _, _, evs = facts("The Hawks Brigade, whose forces hold most of Idlib province, captured Kafr Nabl in December.")
    assert [(v["type"], v["agent"]) for v in evs] == [("capture", {"Hawks Brigade"})]
    _, _, evs = facts("The Hawks Brigade, whose spokesman said the Dawn Front captured Kafr Nabl, denied it.")
    assert [(v["type"], v["agent"]) for v in evs] == [("capture", {"Dawn Front"})]


def test_several_attacks_claimed_are_the_claimants():
    _, rels, evs = facts("The Hawks Brigade has claimed several attacks on Dawn Front checkpoints in Kafr Nabl.")
    assert [(v["type"], v["agent"], v["target"]) for v in evs] == [("clash", {"Hawks Brigade"}, {"Dawn Front"})]


@pytest.mark.parametrize("text, groups", [
    ("The Hawks Brigade, Turkey's main proxy in Idlib, attacked the Dawn Front.", {"Hawks Brigade"}),
    ("Turkey's proxies, the Hawks Brigade and the Sun Brigade, attacked the Dawn Front.", {"Hawks Brigade", "Sun Brigade"}),
])
def test_a_states_proxy_is_backed_by_it(text, groups):
    _, rels, _ = facts(text)
    assert {s for s, r, o, _ in rels if r == "backed_by" and o == "Turkey"} == groups


def test_what_a_group_calls_its_province_is_its_unit_as_it_claims():
    x = extract("The Hawks Brigade, which the Dawn Front calls its Central Province, has killed civilians.",
                published="2020-03-10")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], r.relation, name[r.object], r.modality) for r in x.relations] == \
        [("Hawks Brigade", "part_of", "Dawn Front", "reported")]


@pytest.mark.parametrize("text", ["The Dawn Front is among the Turkish-backed factions fighting the Kurds.",
                                  "The Dawn Front is one of the Turkish-backed factions in Afrin."])
def test_a_group_among_a_states_backed_factions_is_backed_by_it(text):
    _, rels, _ = facts(text)
    assert ("Dawn Front", "backed_by", "Turkey", "affirmed") in rels


def test_each_name_after_a_plural_backed_noun_is_backed():
    _, rels, _ = facts("The Turkish-backed factions Hawks Brigade and Sun Brigade attacked Afrin.")
    assert {s for s, r, o, _ in rels if r == "backed_by"} == {"Hawks Brigade", "Sun Brigade"}


@pytest.mark.parametrize("text, tie", [
    ("The Hawks Brigade sent hundreds of fighters to Idlib to shore up the Dawn Front.", "affirmed"),
    ("The Hawks Brigade refused to support the Dawn Front.", "negated"),
    ("The Hawks Brigade plans to support the Dawn Front.", None),
])
def test_an_armed_group_sent_to_support_another_is_its_ally(text, tie):
    _, rels, _ = facts(text)
    assert {p for s, r, o, p in rels if r == "allied_with"} == ({tie} if tie else set())


def test_a_group_that_sent_its_fighters_somewhere_operates_there():
    _, rels, _ = facts("The Dawn Front sent reinforcements to Kafr Nabl.")
    assert rels == {("Dawn Front", "operates_in", "Kafr Nabl", "affirmed")}


def test_a_name_after_a_subordinator_belongs_to_another_clause_not_the_fight():
    _, rels, _ = facts("The Hawks Brigade fought Khartoum for two decades before South Sudan's independence in 2011.")
    assert not any("South Sudan" in (s, o) for s, r, o, _ in rels)


@pytest.mark.parametrize("text, tie", [
    ("The Hawks Brigade and the Moon Brigade were among the founders of the Sun Alliance.",
     {("Hawks Brigade", "part_of", "Sun Alliance"), ("Moon Brigade", "part_of", "Sun Alliance")}),
    ("Ahmed Salim was among the founders of the Sun Alliance.", {("Ahmed Salim", "member_of", "Sun Alliance")}),
    ("Ahmed Salim was one of the founders of the Sun Alliance.", {("Ahmed Salim", "member_of", "Sun Alliance")}),
])
def test_those_among_a_groups_founders_belong_to_it(text, tie):
    _, rels, _ = facts(text)
    assert {(s, r, o) for s, r, o, _ in rels} == tie


def test_a_name_ending_in_a_plural_noun_is_no_unnamed_crowd():
    _, rels, _ = facts("The Sun Defence Units, the armed wing of the Democratic Union Party, withdrew from Kafr Nabl.")
    assert ("Sun Defence Units", "part_of", "Democratic Union Party", "affirmed") in rels


def test_loyal_to_him_names_no_group_after_it():
    _, rels, _ = facts("The Hawks Brigade remained loyal to him after the Dawn Front appointed Ahmed Salim as its emir.")
    assert not any(s == "Hawks Brigade" and o == "Dawn Front" for s, _, o, _ in rels)


def test_a_group_moving_into_a_place_operates_there():
    _, rels, _ = facts("The Dawn Front abducted hundreds of villagers before moving into Kafr Nabl.")
    assert ("Dawn Front", "operates_in", "Kafr Nabl", "affirmed") in rels


@pytest.mark.parametrize("text, held", [
    ("Government fighters began pushing north towards Kafr Nabl held by the Dawn Front since 2014.", True),
    ("The army sent brigades towards Kafr Nabl, a town held by the Dawn Front.", True),
    ("The Hawks Brigade regained control over a hill near Kafr Nabl.", False),
])
def test_a_place_advanced_towards_and_held_by_a_group_is_held(text, held):
    _, rels, _ = facts(text)
    assert any(r == "controls" and o == "Kafr Nabl" for _, r, o, _ in rels) == held


@pytest.mark.parametrize("text", [
    "The Hawks Brigade, the largest faction in the Sun Alliance, withdrew from the coalition in March.",
    "The Hawks Brigade, the largest faction in the Sun Alliance, left the alliance in March.",
])
def test_leaving_a_coalition_named_by_its_noun_ends_membership(text):
    x, _, evs = facts(text)
    assert [(v["type"], v["agent"], v["from"]) for v in evs] == [("defection", {"Hawks Brigade"}, {"Sun Alliance"})]
    assert [(r.relation, r.valid_until) for r in x.relations] == [("part_of", "2020-03")]


def test_a_man_appointed_to_lead_a_named_group_leads_it_from_then():
    x = extract("Ahmed Salim, who founded the Moon Brigade, was appointed commander of the Sun Alliance on Monday.",
                published="2020-03-11")
    name = {e.id: e.name for e in x.entities}
    assert sorted((name[r.object], r.role, r.valid_from) for r in x.relations) == \
        [("Moon Brigade", "founder", None), ("Sun Alliance", "commander", "2020-03-09")]
    assert [(v.type, [name[t] for t in v.to]) for v in x.events if v.type == "leadership_change"] == \
        [("leadership_change", ["Sun Alliance"])]


def test_its_after_a_relative_clause_is_the_main_clauses_subject():
    x = extract("The Sun Brigade, which operates under the umbrella of the Dawn Front, announced the death of its "
                "commander Ahmed Salim.", published="2020-03-10")
    name = {e.id: e.name for e in x.entities}
    assert [name[r.object] for r in x.relations if r.relation == "member_of"] == ["Sun Brigade"]


@pytest.mark.parametrize("text, formed", [
    ("The Moon Brigade merged into the Sun Brigade.", False),
    ("The Moon Brigade and the Hawks Brigade merged to form the Sun Brigade.", True),
])
def test_a_merger_forms_a_group_only_when_the_group_is_new(text, formed):
    _, _, evs = facts(text)
    assert any(v["type"] == "formation" for v in evs) == formed


def test_allies_in_a_named_coalition_are_that_coalition():
    _, rels, _ = facts("The Dawn Front and its allies in the Sun Alliance attacked Kafr Nabl.")
    assert ("Dawn Front", "allied_with", "Sun Alliance", "affirmed") in rels
    _, rels, _ = facts("The Dawn Front and its allies in Syria attacked Kafr Nabl.")
    assert not any(r == "allied_with" for _, r, _, _ in rels)


def test_a_counter_offensive_in_a_place_is_a_clash_there():
    _, _, evs = facts("The Dawn Front launched a counter-offensive in Kafr Nabl.")
    assert [(v["type"], v["agent"]) for v in evs] == [("clash", {"Dawn Front"})]


def test_an_object_it_is_not_its_own_clauses_subject():
    _, rels, _ = facts("The Dawn Front attacked Kafr Nabl. The Hawks Brigade now fights alongside it.")
    assert ("Hawks Brigade", "allied_with", "Dawn Front", "affirmed") in rels


def test_a_fronted_phrase_closed_by_a_comma_is_no_list_with_the_subject():
    _, rels, _ = facts("Once a rival of the Dawn Front, the Hawks Brigade now fights alongside it.")
    assert rels == {("Hawks Brigade", "allied_with", "Dawn Front", "affirmed")}
    _, _, evs = facts("Like the Dawn Front, the Hawks Brigade, the Sun Brigade and the Moon Brigade attacked Kafr Nabl.")
    assert [v["agent"] for v in evs] == [{"Hawks Brigade", "Sun Brigade", "Moon Brigade"}]


@pytest.mark.parametrize("text", ["Since 2021 the Hawks Brigade has operated as the de facto armed wing of the Sun Party.",
                                  "The Hawks Brigade served as the armed wing of the Sun Party."])
def test_a_group_that_served_as_a_partys_armed_wing_is_part_of_it(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "part_of", "Sun Party", "affirmed") in rels


def test_who_leads_a_faction_known_by_a_name_leads_that_group():
    assert memberships("Ahmed Salim now leads a splinter faction known as the Sun Brigade.") == \
        [("Ahmed Salim", "Sun Brigade", "leader", None, None)]


def test_each_place_of_a_list_before_which_is_controlled_by_is_held():
    _, rels, _ = facts("The Hawks Brigade attacked two villages Tokhar and Hoshariyeh which are controlled by the Dawn Front.")
    assert {o for s, r, o, _ in rels if r == "controls"} == {"Tokhar", "Hoshariyeh"}


def test_a_party_dominating_a_coalition_is_part_of_it():
    _, rels, _ = facts("Members of the Sun Party-dominated Hawks Alliance attacked Kafr Nabl.")
    assert ("Sun Party", "part_of", "Hawks Alliance", "affirmed") in rels


def test_an_affiliate_in_a_country_known_as_a_name_is_that_group():
    _, rels, _ = facts("The attacks targeted officials of al-Qaeda's affiliate in Syria known as the Dawn Front.")
    assert rels == {("Dawn Front", "affiliated_with", "al-Qaeda", "affirmed")}


def test_who_kept_command_of_a_group_leads_it():
    assert memberships("Ahmed Salim kept command of the faction known as the Sun Brigade.") == \
        [("Ahmed Salim", "Sun Brigade", "leader", None, None)]


@pytest.mark.parametrize("text, sponsors", [
    ("The Dawn Front attacked Kafr Nabl. Turkey and Qatar allowed it bases and supply routes.", {"Turkey", "Qatar"}),
    ("The Dawn Front attacked Kafr Nabl. Officials have long accused Turkey of sheltering it.", {"Turkey"}),
    ("The Dawn Front attacked Kafr Nabl. Israeli officials have alleged that Hawks Brigade leaders sent it money.", set()),
])
def test_a_group_named_by_it_is_backed_by_who_gives_it_aid(text, sponsors):
    _, rels, _ = facts(text)
    assert {o for s, r, o, _ in rels if r == "backed_by"} == sponsors


def test_the_group_that_speaks_after_a_comma_is_no_list_item():
    _, _, evs = facts("Former Dawn Front commander Ahmed Salim has joined the Hawks Brigade, the group said in a statement.")
    assert [(v["type"], v["to"]) for v in evs] == [("joining", {"Hawks Brigade"})]


def test_brigades_of_a_group_named_after_it_defect_from_it():
    _, _, evs = facts("Three brigades of the Dawn Front, the Sun Brigade, the Moon Brigade and the Star Brigade, defected "
                      "to the Hawks Alliance.")
    assert [(v["agent"], v["from"], v["to"]) for v in evs] == \
        [({"Sun Brigade", "Moon Brigade", "Star Brigade"}, {"Dawn Front"}, {"Hawks Alliance"})]


@pytest.mark.parametrize("text", ["The Hawks Brigade, a unit of Russian nationals fighting on Ukraine's side, attacked Belgorod.",
                                  "The Hawks Brigade is fighting on Ukraine's side."])
def test_the_side_a_group_fights_on_is_its_ally(text):
    _, rels, _ = facts(text)
    assert {(s, r, o) for s, r, o, _ in rels if "Ukraine" in (s, o)} == {("Hawks Brigade", "allied_with", "Ukraine")}


def test_fighting_on_the_side_of_a_group_is_no_fight_against_it():
    _, rels, _ = facts("The Hawks Brigade fights on the side of the Dawn Front.")
    assert rels == {("Hawks Brigade", "allied_with", "Dawn Front", "affirmed")}


@pytest.mark.parametrize("text", ["Russian Tupolev bombers carried out raids on Dawn Front positions near Kafr Nabl.",
                                  "Sukhoi Su-34 jets hit Kafr Nabl, killing Dawn Front fighters."])
def test_an_aircrafts_maker_is_no_party_to_the_strike(text):
    x, rels, _ = facts(text)
    assert not {"Tupolev", "Sukhoi"} & {e.name for e in x.entities}
    assert not any("Tupolev" in (s, o) or "Sukhoi" in (s, o) for s, _, o, _ in rels)


@pytest.mark.parametrize("text, name", [
    ("The Republican Forces of Côte d'Ivoire attacked Abidjan.", "Republican Forces of Côte d'Ivoire"),
    ("The Patriotic Movement of Côte d\u2019Ivoire (MPCI) seized Bouaké in 2002.", "Patriotic Movement of Côte d\u2019Ivoire"),
    ("The Patriotic Movement of Kafr Nabl seized Bouaké in 2002.", "Patriotic Movement of Kafr Nabl"),
    ("The Dawn Movement of Liberia seized Gbarnga in 2002.", "Dawn Movement of Liberia"),
])
def test_a_name_keeps_its_french_elision_and_a_movement_its_country(text, name):
    x, _, evs = facts(text)
    assert name in {e.name for e in x.entities}
    assert any(name in e["agent"] for e in evs)


def test_a_known_front_of_a_country_is_the_front_in_it():
    x, _, _ = facts("The Nusra Front of Syria attacked Idlib.")
    assert "Nusra Front" in {e.name for e in x.entities}


def test_a_holiday_and_a_speakers_calling_are_no_part_of_a_person():
    x, _, _ = facts("Activist Omar Farooqi said the Dawn Front attacked Kafr Nabl before Eid al-Adha. "
                    "Early Sunday Ahmed Salim said the Hawks Brigade had withdrawn.")
    people = {e.name for e in x.entities if e.type == "person"}
    assert not any("Eid" in p or p.startswith(("Activist", "Early")) for p in people)


@pytest.mark.parametrize("text", [
    "Dawn Front fighters and Hawks Brigade fighters clashed near Kafr Nabl.",
    "Dawn Front fighters and Hawks Brigade gunmen exchanged fire near Kafr Nabl.",
])
def test_the_men_of_two_groups_coordinated_are_both_sides(text):
    _, rels, evs = facts(text)
    assert ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels or \
        ("Hawks Brigade", "hostile_to", "Dawn Front", "affirmed") in rels
    assert any(e["agent"] == {"Dawn Front", "Hawks Brigade"} for e in evs)


def test_units_of_one_force_and_forces_of_another_both_press_an_offensive():
    _, _, evs = facts("Dawn Army units and Sun Brigade forces pressed ahead with an offensive against the Hawks Brigade.")
    assert any({"Dawn Army", "Sun Brigade"} <= e["agent"] and "Hawks Brigade" in e["target"] for e in evs)


@pytest.mark.parametrize("text", ["The Dawn Front drove fighters of the Hawks Brigade out of Kafr Nabl.",
                                  "The Dawn Front expelled the remnants of the Hawks Brigade from Kafr Nabl."])
def test_the_men_of_a_group_driven_out_are_the_group_that_lost_the_place(text):
    _, rels, evs = facts(text)
    assert any(e["type"] == "capture" and e["from"] == {"Hawks Brigade"} for e in evs)
    assert ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels


@pytest.mark.parametrize("text", ["The Dawn Front and the Hawks Brigade traded fire near Kafr Nabl on Monday.",
                                  "The Dawn Front traded heavy fire with the Hawks Brigade on Monday."])
def test_trading_fire_is_a_clash(text):
    _, rels, evs = facts(text)
    assert ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels
    assert any(e["type"] == "clash" and {"Dawn Front", "Hawks Brigade"} <= e["agent"] | e["target"] for e in evs)


@pytest.mark.parametrize("text", ["Officials say the Dawn Front works with the Hawks Brigade.",
                                  "The Dawn Front has worked closely with the Hawks Brigade since 2019.",
                                  "The accord provides for a joint command of the Dawn Front and the Hawks Brigade."])
def test_working_with_and_a_joint_command_are_an_alliance(text):
    _, rels, _ = facts(text)
    assert ("Dawn Front", "allied_with", "Hawks Brigade", "affirmed") in rels or \
        ("Hawks Brigade", "allied_with", "Dawn Front", "affirmed") in rels


def test_their_named_allies_are_allies_not_a_unit_of_theirs():
    _, rels, _ = facts("Soldiers of the Dawn Army and their Hawks Brigade allies pulled back southwards.")
    assert ("Dawn Army", "allied_with", "Hawks Brigade", "affirmed") in rels or \
        ("Hawks Brigade", "allied_with", "Dawn Army", "affirmed") in rels
    assert not any(r[1] == "part_of" for r in rels)


@pytest.mark.parametrize("text, who", [("Ahmed Salim deserted the Dawn Army in 2012.", "Ahmed Salim"),
                                       ("The Hawks Brigade deserted the Dawn Army in 2012.", "Hawks Brigade")])
def test_deserting_a_named_group_is_leaving_it(text, who):
    _, _, evs = facts(text)
    assert any(e["type"] == "defection" and e["agent"] == {who} and e["from"] == {"Dawn Army"} and e["date"] == "2012"
               for e in evs)


def test_a_group_formed_by_merging_others_is_what_the_merging_made():
    _, rels, evs = facts("The Dawn Army was formed in 1993 by merging the Hawks Brigade and the Sun Brigade.")
    assert any(e["type"] == "merger" and e["agent"] == {"Hawks Brigade", "Sun Brigade"} and e["to"] == {"Dawn Army"}
               for e in evs)
    assert ("Sun Brigade", "part_of", "Dawn Army", "affirmed") in rels


def test_the_group_leading_a_coalition_is_one_of_its_members():
    _, rels, _ = facts("The Northern Alliance, led by the Hawks Brigade, seized Kafr Nabl.")
    assert ("Hawks Brigade", "part_of", "Northern Alliance", "affirmed") in rels


@pytest.mark.parametrize("text, backed", [
    ("Iran, the main backer of the Dawn Front, rejected the deal.", {"Dawn Front"}),
    ("Iran, a key sponsor of the Hawks Brigade and the Dawn Front, rejected the deal.", {"Hawks Brigade", "Dawn Front"}),
    ("Iran, a backer of the Dawn Front government, said so.", set())])
def test_a_sponsor_apposed_to_a_state_names_whom_it_backs(text, backed):
    _, rels, _ = facts(text)
    assert {r[0] for r in rels if r[1:3] == ("backed_by", "Iran")} == backed


@pytest.mark.parametrize("text", ["The Hawks Brigade, the armed wing of the Dawn Front, claimed the attack.",
                                  "The Hawks Brigade, which fights under the banner of the Dawn Front, claimed the attack."])
def test_the_description_of_a_group_that_claims_an_attack_is_the_articles_own(text):
    x, rels, _ = facts(text)
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels
    assert {r.modality for r in x.relations} == {"asserted"}


def test_a_mans_alias_is_the_man_whatever_the_recogniser_took_it_for():
    x = extract("The Sun Brigade was led for years by Jorge Luis Zambrano, alias Rasquiña, who was shot dead in "
                "December 2020. The killing of Rasquiña broke up a federation of gangs that he had held together.",
                published="2021-05-01")
    people = [e for e in x.entities if e.name == "Jorge Luis Zambrano"]
    assert len(people) == 1 and people[0].type == "person" and "Rasquiña" in people[0].aliases
    assert not any(e.name == "Rasquiña" for e in x.entities)


def test_the_three_groups_are_the_list_just_named_not_an_earlier_sentences():
    _, _, evs = facts("The Sun Brigade, the Moon Brigade and the Storm Front fought for years. The Hawks Brigade, the Dawn Front and "
                      "the Dawn Army split away, and the three groups have since formed an alliance, police say.")
    assert [e["agent"] for e in evs if e["type"] == "alliance"] == [{"Hawks Brigade", "Dawn Front", "Dawn Army"}]


@pytest.mark.parametrize("text", [
    "The Hawks Brigade was set up in 2012 by former members of the Dawn Front.",
    "The Hawks Brigade was founded in 2016 by Ahmed Salim, a former member of the Dawn Front, after a dispute.",
    "The Hawks Brigade was set up in September 1998 by Ahmed Salim, until then a regional commander of the Dawn Front."])
def test_a_group_founded_by_men_of_another_came_from_it(text):
    _, rels, evs = facts(text)
    assert any(e["type"] == "formation" and e["agent"] == {"Hawks Brigade"} and e["from"] == {"Dawn Front"} for e in evs)
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") not in rels


def test_a_leader_announcing_an_alliance_allies_the_group_he_leads():
    _, rels, evs = facts("The Dawn Front is led by Ahmed Salim. In August 2021 Salim announced a military alliance with "
                         "the Hawks Brigade.")
    assert ("Dawn Front", "allied_with", "Hawks Brigade", "affirmed") in rels
    assert [(e["agent"], e["date"]) for e in evs if e["type"] == "alliance"] == [({"Dawn Front", "Hawks Brigade"}, "2021-08")]


@pytest.mark.parametrize("text, hostile", [
    ("The Hawks Brigade has fought the Punjab Police for years. It has repeatedly attacked police posts in Kafr Nabl.", True),
    ("The Hawks Brigade has fought the Punjab Police for years. Police killed the Hawks Brigade leader Ahmed Salim.", True),
    ("The Punjab Police arrested Ahmed Salim. The Hawks Brigade attacked Kafr Nabl, police said.", False),
    ("The Punjab Police arrested Ahmed Salim. The Hawks Brigade attacked Kafr Nabl, Kenya's police said.", False)])
def test_police_is_the_one_police_force_the_article_names_unless_it_only_speaks(text, hostile):
    x, rels, evs = facts(text)
    police = [e for e in x.entities if e.name == "Punjab Police"]
    assert len(police) == 1 and ("police" in police[0].aliases or "Police" in police[0].aliases) == hostile
    assert any(r[1] == "hostile_to" and "Punjab Police" in (r[0], r[2]) for r in rels) == hostile


def test_a_former_police_officer_is_a_mans_past_not_the_force_acting():
    _, rels, _ = facts("The Punjab Police hunted the gangs. Ahmed Salim, a former police officer who leads the Hawks "
                       "Brigade, said in a video that his men would fight on.")
    assert ("Ahmed Salim", "member_of", "Hawks Brigade", "affirmed") in rels


def test_a_persons_surname_the_recogniser_took_for_a_group_is_the_person():
    x, _, _ = facts("Hundreds of gunmen of the Dawn Front loyal to founder Nur Misuari remained holed up in four coastal "
                    "villages. The rebels, led on the ground by Misuari's commander Habier Malik, landed by boat before "
                    "dawn on Monday in Rio Hondo.")
    assert [(e.name, e.type, e.aliases) for e in x.entities if "Misuari" in e.name] == [("Nur Misuari", "person", ["Misuari"])]


def test_the_rebels_after_a_sentence_naming_one_group_and_bare_police_are_that_group():
    _, rels, _ = facts("The Punjab Police has deployed to the city. Hundreds of gunmen of the Dawn Front remained in four "
                       "villages on Tuesday, as soldiers and police tightened a cordon. The rebels, led on the ground by "
                       "Habier Malik, landed by boat on Monday.")
    assert ("Habier Malik", "member_of", "Dawn Front", "affirmed") in rels


def test_led_by_a_mans_commander_is_led_by_the_commander():
    _, rels, _ = facts("Hundreds of gunmen of the Dawn Front loyal to founder Nur Misuari remained in four villages. "
                       "The rebels, led on the ground by Misuari's commander Habier Malik, landed by boat on Monday.")
    assert ("Habier Malik", "member_of", "Dawn Front", "affirmed") in rels


def test_a_demonym_before_controlled_is_the_controller_not_a_place():
    x, rels, _ = facts("The convoy was hit in Indian-controlled Kashmir on Thursday.")
    assert not any(e.name == "Indian" for e in x.entities)
    assert ("India", "controls", "Kashmir", "affirmed") in rels


@pytest.mark.parametrize("text, event, role", [
    ("The Dawn Front is led by Abubakar Shekau. In 2016 the Hawks Brigade broke away from Shekau's group.", "split", "from"),
    ("The Dawn Front is led by Abubakar Shekau. Shekau's fighters attacked Kafr Nabl on Monday.", "clash", "agent")])
def test_a_leaders_group_or_fighters_are_the_group_he_leads(text, event, role):
    _, _, evs = facts(text)
    assert any(e["type"] == event and e[role] == {"Dawn Front"} for e in evs)


@pytest.mark.parametrize("text", ["Major General Ahmed Salim arrived on 23 June 2012 to take command of the Dawn Army.",
                                  "Ahmed Salim is taking command of the Dawn Army."])
def test_taking_command_in_any_form_makes_the_commander(text):
    _, rels, evs = facts(text)
    assert ("Ahmed Salim", "member_of", "Dawn Army", "affirmed") in rels
    assert any(e["type"] == "leadership_change" and e["to"] == {"Dawn Army"} for e in evs)


def test_army_chief_opening_a_sentence_is_the_national_armys_and_a_president_met_is_none_of_its():
    x, rels, _ = facts("The Pakistani army fought in Waziristan. Army chief General Raheel Sharif flew to Kabul to meet "
                       "President Ashraf Ghani.")
    army = next(e.name for e in x.entities if e.type == "state_force")
    assert ("Raheel Sharif", "member_of", army, "affirmed") in rels
    assert not any(r[0] == "Ashraf Ghani" and r[1] == "member_of" for r in rels)


@pytest.mark.parametrize("text, sponsor", [
    ("Diplomats said Iran had become the Dawn Front's main supplier of rifles and aircraft.", "Iran"),
    ("The deal involved a rebel coalition and Iran, a strong backer of the Dawn Front.", "Iran"),
    ("Iran, which had given the Dawn Front rear bases since 1975, condemned the attack.", "Iran"),
    ("Officials said Tehran is supplying the Dawn Front's mortars and ammunition.", "Iran"),
    ("Iraqi officials long accused Syria's former ruler Hafez al-Assad of giving the Dawn Front sanctuary.", "Syria")])
def test_more_ways_of_saying_who_backs_a_group(text, sponsor):
    _, rels, _ = facts(text)
    assert {r[2] for r in rels if r[:2] == ("Dawn Front", "backed_by")} == {sponsor}


def test_groups_that_joined_forces_as_a_named_one_are_its_members_from_then():
    x, rels, _ = facts("By January 2003 the Hawks Brigade, the Sun Brigade and the Moon Brigade had joined forces as the "
                       "Northern Alliance.")
    name = {e.id: e.name for e in x.entities}
    assert {(name[r.subject], r.valid_from) for r in x.relations if r.relation == "part_of"} == {
        ("Hawks Brigade", "2003-01"), ("Sun Brigade", "2003-01"), ("Moon Brigade", "2003-01")}


def test_a_named_operation_against_a_group_is_hostility():
    _, rels, _ = facts("In March 2002 the Dawn Army launched Operation Iron Fist against Hawks Brigade bases.")
    assert ("Dawn Army", "hostile_to", "Hawks Brigade", "affirmed") in rels


def test_an_elite_unit_is_named_without_the_praise():
    x, _, _ = facts("Ahmed Salim was shot dead at the camp by soldiers of the Dawn Army's elite Sun Brigade.")
    assert "Sun Brigade" in {e.name for e in x.entities} and not any("elite" in e.name for e in x.entities)



@pytest.mark.parametrize("text", ["Ahmed Salim, who in 1980 became head of the Dawn Front, was killed on Wednesday.",
                                  "Ahmed Salim took command of the Dawn Front in 1980. The army said Salim was killed on "
                                  "Wednesday."])
def test_a_leaders_death_on_a_day_an_undated_article_cannot_place_leaves_his_role_open(text):
    assert [(p, g, since, until) for p, g, _, since, until in memberships(text)] == [
        ("Ahmed Salim", "Dawn Front", "1980", None)]


def test_a_leaders_group_counts_among_the_groups_a_later_plural_stands_for():
    _, rels, _ = facts("The Dawn Front is led by Abubakar Shekau. In 2016 the Hawks Brigade broke away from Shekau's "
                       "group after the Islamic State named a new leader. Since then the two factions have fought each "
                       "other.")
    assert not any(r[1] == "hostile_to" and {r[0], r[2]} == {"Hawks Brigade", "Islamic State"} for r in rels)


@pytest.mark.parametrize("headline, agent, target", [
    ("Dawn Front Kills 11 Hawks Brigade Fighters, Destroys Their Positions in Kafr Nabl.", "Dawn Front", "Hawks Brigade"),
    ("200 Dawn Front Terrorists Killed by Hawks Brigade in Kafr Nabl", "Hawks Brigade", "Dawn Front"),
    ("Hawks Brigade Repels Attack by Dawn Front in Kafr Nabl Countryside, Kills Dozens", "Dawn Front", "Hawks Brigade"),
])
def test_a_capitalised_headline_is_read_as_a_sentence_with_its_verb_outside_the_names(headline, agent, target):
    x, rels, evs = facts(headline)
    assert any(r[1] == "hostile_to" and {r[0], r[2]} == {agent, target} for r in rels)
    assert any(e["type"] == "clash" and agent in e["agent"] and target in e["target"] for e in evs)
    assert not any(w in e.name for e in x.entities for w in ("Kills", "Killed", "Repels"))


def test_a_groups_own_name_ending_in_fighters_keeps_its_last_word():
    x, _, _ = facts("The Lake Freedom Fighters attacked a Dawn Front position near Kafr Nabl.")
    assert "Lake Freedom Fighters" in {e.name for e in x.entities}


def test_a_headlines_capitalised_preposition_ends_a_name():
    _, _, evs = facts("Hawks Brigade Seizes Kafr Nabl From Dawn Front")
    assert {"type": "capture", "agent": {"Hawks Brigade"}, "from": {"Dawn Front"}} in [
        {k: e[k] for k in ("type", "agent", "from")} for e in evs]


def test_a_present_tense_repel_names_the_attacker_after_by():
    _, _, evs = facts("The Hawks Brigade repels an attack by the Dawn Front on Kafr Nabl.")
    assert [(e["agent"], e["target"]) for e in evs if e["type"] == "clash"] == [({"Dawn Front"}, {"Hawks Brigade"})]


@pytest.mark.parametrize("text", ["The Dawn Front stayed outside the merger and is still fighting the Hawks Brigade.",
                                  "The Dawn Front rejected the proposed merger."])
def test_a_group_that_stays_out_of_a_merger_does_not_merge(text):
    _, _, evs = facts(text)
    assert not any(e["type"] == "merger" for e in evs)


def test_fighters_pursued_by_a_rival_are_its_enemies():
    _, rels, _ = facts("Hawks Brigade fighters were being pursued by fighters of the rival Dawn Front.")
    assert ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels
    _, rels, evs = facts("The Dawn Front pursued a policy of land reform in the north.")
    assert not rels and not evs


def test_the_monitor_named_by_its_kind_is_the_monitor_the_article_named():
    x, rels, evs = facts("The Syrian Observatory for Human Rights counted the dead. Dawn Front fighters were also killed, "
                         "said observatory head Rami Abdel Rahman.")
    assert ("Rami Abdel Rahman", "member_of", "Syrian Observatory for Human Rights", "affirmed") in rels
    assert not any(e["type"] == "leadership_change" for e in evs)  # the dead are not the man who counts them
    _, rels, _ = facts("Dawn Front fighters were killed, said observatory head Rami Abdel Rahman.")
    assert not any(r[1] == "member_of" for r in rels)  # no monitor named: no guess


def test_the_men_of_the_attacker_are_not_its_victims():
    _, rels, _ = facts("Hawks Brigade fighters of the Dawn Front alliance attacked the town.")
    assert not any(r[1] == "hostile_to" for r in rels)


def test_a_participle_opening_the_sentence_founds_the_name_after_its_clause():
    x = extract("Founded by Ahmed Salim, a mujahideen commander of the 1980s, the Dawn Front grew quickly.",
                published="2020-01-01")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], name[r.object], r.role, r.valid_from) for r in x.relations if r.relation == "member_of"] \
        == [("Ahmed Salim", "Dawn Front", "founder", None)]  # the decade is the commander's, not the founding's
    _, _, evs = facts("Formed in 2012 from the Hawks Brigade, the Dawn Front fought the army.")
    assert [(e["agent"], e["from"], e["date"]) for e in evs if e["type"] == "formation"] == [
        ({"Dawn Front"}, {"Hawks Brigade"}, "2012")]
    _, _, evs = facts("The Dawn Front attacked Kafr Nabl. Founded in 2012 by Ahmed Salim, the group has fought the army.")
    assert [(e["agent"], e["date"]) for e in evs if e["type"] == "formation"] == [({"Dawn Front"}, "2012")]


def test_a_successor_replacing_him_takes_the_role_he_was_read_to_hold():
    assert sorted(memberships("Karim Haddad led the Dawn Front until 1977, when Ahmed Salim replaced him as leader.")) == [
        ("Ahmed Salim", "Dawn Front", "leader", "1977", None), ("Karim Haddad", "Dawn Front", "leader", None, "1977")]


@pytest.mark.parametrize("text, pair", [
    ("The government targeted the base used by the Hawks Brigade allied with the Dawn Front.",
     {"Hawks Brigade", "Dawn Front"}),
    ("The account was backed by Iran and Russia, another ally of the Syrian government.", {"Russia", "Syria"}),
])
def test_an_ally_named_by_a_participle_or_another_ally(text, pair):
    _, rels, _ = facts(text)
    assert {frozenset((r[0], r[2])) for r in rels if r[1] == "allied_with"} == {frozenset(pair)}


def test_two_demonyms_joined_before_a_states_noun_are_two_states_acting():
    _, rels, evs = facts("At least 25 civilians were killed in heavy Russian and Syrian strikes on the Dawn Front in Aleppo.")
    assert {r[0] for r in rels if r[1] == "hostile_to" and r[2] == "Dawn Front"} == {"Russia", "Syria"}
    _, rels, _ = facts("Russian and Syrian planes bombed Dawn Front positions near Aleppo.")
    assert {r[0] for r in rels if r[1] == "hostile_to" and r[2] == "Dawn Front"} == {"Russia", "Syria"}


@pytest.mark.parametrize("text", [
    "The town is controlled by the Dawn Front, a rebel alliance of mainly Islamist groups including the Hawks Brigade, "
    "that holds almost all of Idlib province.",
    "The town is controlled by the Dawn Front a rebel alliance of mainly Islamist groups including the Hawks Brigade.",
])
def test_a_group_listed_in_an_alliances_description_is_its_part_and_the_clause_after_the_list_is_the_alliances(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels
    assert not any(r[0] == "Hawks Brigade" and r[1] == "controls" for r in rels)


def test_the_largest_of_a_coalitions_factions_is_one_of_its_parts():
    _, rels, _ = facts("The Hawks Brigade, the largest of the Dawn Front's factions, took the town.")
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels


def test_the_dead_of_a_which_clause_are_not_the_name_before_it():
    _, rels, _ = facts("The Sun Council decried the silence of the Dawn Front over the massacre in which dozens of "
                       "civilians were killed by the Hawks Brigade.")
    assert not any(r[1] == "hostile_to" for r in rels)


def test_two_demonyms_sharing_a_noun_are_one_side_of_a_clash_between():
    _, rels, _ = facts("Zabadani is the scene of fierce clashes between the Syrian and Lebanese forces and militants "
                       "of the Dawn Front.")
    assert not any(r[1] == "hostile_to" and {r[0], r[2]} == {"Syria", "Lebanese forces"} for r in rels)


def test_a_headlines_word_inside_a_known_name_stays_in_it():
    x, _, _ = facts("The Global Coalition Against Daesh struck Raqqa on Monday.")
    assert {e.name for e in x.entities} == {"Global Coalition Against Daesh"}


def test_its_after_an_unnamed_band_is_not_the_last_organisation_named():
    _, rels, _ = facts("Dr. Karim Haddad, a justice of the Supreme Court, died of his wounds. All fourteen members of the "
                       "terrorist commando were killed, including its leader Ahmed Salim, the Dawn Front's top commander "
                       "at liberty, and his deputy Omar Nasser.")
    assert not any(r[2] == "Supreme Court" for r in rels if r[1] == "member_of")
    assert ("Ahmed Salim", "member_of", "Dawn Front", "affirmed") in rels


@pytest.mark.parametrize("text", [
    "The Dawn Army killed a number of terrorists in Saraqeb Khan Sheikhoun Maarat al-Numan and Jabal al-Arbaeen.",
    "The Dawn Army shelled Daraa al-Balad and Orum al-Kubra.",
    "Fighting continued in many areas including Aleppo Idlib Raqqa Deir al-Zor and Hama.",
    "In Daraa al-Balad army units clashed with the Dawn Front.",
])
def test_places_run_together_are_no_person(text):
    """A run of places whose commas are lost, or one place with an al- word, is not a man's name."""
    x = extract("The war went on. " + text, published=None)
    assert not [e.name for e in x.entities if e.type == "person"]


def test_a_man_named_right_after_a_place_whose_comma_is_lost_is_still_a_man():
    x, rels, _ = facts("The war went on. The military commander of the Dawn Front in Syria Imad al-Hamad was "
                       "killed in an operation carried out by the Hawks Brigade.")
    assert ("Imad al-Hamad", "member_of", "Dawn Front", "affirmed") in rels
    assert "Syria" not in {e.name for e in x.entities if e.type == "person"}


def test_the_commander_of_a_group_in_a_place_is_its_member():
    assert memberships("The war went on. The military commander of the Dawn Front in Idlib, Imad al-Hamad, "
                       "was killed in an air strike.") == [("Imad al-Hamad", "Dawn Front", "military commander",
                                                            None, None)]


@pytest.mark.parametrize("text", [
    "The Dawn Army killed a number of terrorists in Kafr Nabl.",
    "Dawn Army units killed dozens of terrorists in Kafr Nabl.",
])
def test_a_force_that_killed_unnamed_terrorists_fought_there(text):
    _, _, evs = facts("The war went on. " + text)
    assert [(v["type"], v["agent"], v["target"]) for v in evs] == [("clash", {"Dawn Army"}, set())]


def test_a_known_leaders_possessive_with_its_apostrophe_lost_is_his_name():
    x = extract("The war went on. The region neighbors President Bashar al-Assads heartland in Latakia province "
                "and the rebels said they would advance.", published=None)
    assert [e.name for e in x.entities if e.type == "person"] == ["Bashar al-Assad"]
    x = extract("The war went on. The rebels said President Bashar al-Assad's heartland was near.", published=None)
    assert [e.name for e in x.entities if e.type == "person"] == ["Bashar al-Assad"]


def test_the_leader_of_a_faction_the_subject_acts_against_is_not_the_subjects():
    assert memberships("The war went on. The Dawn Front said it had acted against a faction of the security "
                       "services led by Karim Haddad.") == []
    assert memberships("The war went on. The Dawn Front, a faction of the security services led by Karim Haddad, "
                       "said it had acted.") == [("Karim Haddad", "Dawn Front", "leader", None, None)]


@pytest.mark.parametrize("verb", ["left", "broke away from", "quit"])
def test_the_group_a_man_left_before_founding_another_is_no_parent_of_it(verb):
    _, rels, evs = facts(f"The war went on. Karim Haddad {verb} the Dawn Front in 2009 and founded the Hawks Brigade.")
    assert not [r for r in rels if r[1] == "part_of"]
    assert [v["from"] for v in evs if v["type"] == "formation"] == [set()]
    _, rels, _ = facts("The war went on. The Dawn Front left the Sun Coalition in 2009 and founded the Hawks Brigade.")
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels


@pytest.mark.parametrize("verb", ["fought side by side against", "fought shoulder to shoulder against",
                                  "fought together against"])
def test_two_groups_fighting_side_by_side_against_a_third_are_allies_against_it(verb):
    _, rels, _ = facts(f"The war went on. The Sun Brigade and the Dawn Front {verb} the Hawks Brigade.")
    assert {r for r in rels if r[1] in ("hostile_to", "allied_with")} == {
        ("Sun Brigade", "hostile_to", "Hawks Brigade", "affirmed"),
        ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed"),
        ("Sun Brigade", "allied_with", "Dawn Front", "affirmed")}
    _, rels, _ = facts("The war went on. The Sun Brigade and the Dawn Front were now fighting side by side.")
    assert {r[1] for r in rels} == {"allied_with"}


def test_a_force_that_freed_a_town_from_a_group_captured_it():
    _, rels, evs = facts("The war went on. The Dawn Army freed Kafr Nabl from Hawks Brigade gangs on March 27.")
    assert [(v["type"], v["agent"], v["from"]) for v in evs] == [("capture", {"Dawn Army"}, {"Hawks Brigade"})]
    _, _, evs = facts("The war went on. The Dawn Army freed 20 hostages from the Hawks Brigade on March 27.")
    assert not [v for v in evs if v["type"] == "capture"]


@pytest.mark.parametrize("text", [
    "The Dawn Army began an operation to drive the Hawks Brigade out of Kafr Nabl.",
    "The Dawn Army launched a military operation against the Hawks Brigade in Kafr Nabl.",
])
def test_an_operation_against_a_group_is_a_clash(text):
    _, rels, evs = facts("The war went on. " + text)
    assert ("Dawn Army", "hostile_to", "Hawks Brigade", "affirmed") in rels
    assert [(v["type"], v["agent"], v["target"]) for v in evs] == [("clash", {"Dawn Army"}, {"Hawks Brigade"})]


def test_a_distance_after_a_units_name_is_no_number_of_it():
    x = extract("The war went on. The Dawn Army clashed with fighters from the Hawks Brigade 15 kilometers south "
                "of the city.", published=None)
    assert {e.name for e in x.entities if e.type != "place"} == {"Dawn Army", "Hawks Brigade"}


def test_a_regime_named_by_its_air_strikes_or_its_leaders_aircraft_is_a_side():
    _, _, evs = facts("The war in Syria went on. Syria is at war. Regime air strikes killed at least 15 civilians "
                      "in Kafr Nabl on Friday.")
    assert [(v["type"], v["agent"]) for v in evs] == [("clash", {"Syrian government"})]
    _, rels, _ = facts("The war in Syria went on. Syria is at war. Assad's warplanes struck the Hawks Brigade in "
                       "Kafr Nabl.")
    assert ("Syrian Arab Army", "hostile_to", "Hawks Brigade", "affirmed") in rels


def test_a_news_agency_run_into_the_sentence_is_no_target():
    _, rels, evs = facts("The war went on. The Dawn Army fired seven mortar rounds into Kafr Nabl on Sunday the "
                         "Dogan news agency reported.")
    assert [(v["type"], v["agent"], v["target"]) for v in evs] == [("clash", {"Dawn Army"}, set())]
    assert not [r for r in rels if r[1] == "hostile_to"]


def test_a_side_the_sentence_says_was_not_hit_is_no_target():
    _, rels, evs = facts("The war went on. Dawn Army warplanes conducted nine air raids on Kafr Nabl, killing "
                         "dozens of civilians, and none of the Hawks Brigade positions were targeted.")
    assert not [r for r in rels if r[1] == "hostile_to"]
    assert all(not v["target"] for v in evs)


def test_a_fight_during_a_span_of_years_holds_for_that_span():
    x, rels, evs = facts("The war went on. The Dawn Front fought alongside the Sun Brigade against the Hawks Brigade "
                         "during the 2020-2022 war.", published="2023-05-01")
    assert {(r.relation, r.valid_from, r.valid_until) for r in x.relations} == {
        ("allied_with", "2020", "2022"), ("hostile_to", "2020", "2022")}
    assert [v["date"] for v in evs] == ["2020/2022"]


@pytest.mark.parametrize("text, since", [
    ("The conflict between the Dawn Front and the Hawks Brigade began in earnest in April 1993.", "1993-04"),
    ("The war between the Dawn Front and the Hawks Brigade broke out in 2011.", "2011"),
    ("Fighting between the Dawn Front and the Hawks Brigade resumed in 1980.", "1980"),
    ("The Dawn Front launched its campaign against the Hawks Brigade in March 2015.", "2015-03"),
])
def test_a_war_that_began_at_a_date_is_a_hostility_since_then(text, since):
    x = extract("The war went on. " + text, published="2020-05-01")
    assert [(r.relation, r.valid_from, r.valid_until) for r in x.relations] == [("hostile_to", since, None)]


@pytest.mark.parametrize("text, published, until", [
    ("The clashes between the Dawn Front and the Hawks Brigade, which ended with an agreement in Damascus in "
     "November 1990, killed thousands.", "2020-05-01", "1990-11"),
    ("The mission certifies that the armed conflict between the Dawn Front and the Hawks Brigade came to a formal "
     "end on 15 December.", "1992-12-16", "1992-12-15"),
])
def test_a_war_that_ended_at_a_date_is_a_hostility_until_then(text, published, until):
    x = extract("The war went on. " + text, published=published)
    assert [(r.relation, r.valid_from, r.valid_until) for r in x.relations] == [("hostile_to", None, until)]


def test_an_honorific_title_is_kept_as_an_alias_of_the_man_but_a_rank_is_not():
    x = extract("The war went on. Mullah Karim Haddad, the leader of the Dawn Front, was killed in a drone strike. "
                "Colonel Ahmed Salim, the commander of the Hawks Brigade, was wounded.", published=None)
    people = {e.name: (e.aliases, e.attributes.get("rank")) for e in x.entities if e.type == "person"}
    assert people == {"Karim Haddad": (["Mullah Karim Haddad"], "Mullah"), "Ahmed Salim": ([], "Colonel")}


def test_the_new_group_is_the_one_just_formed():
    _, rels, evs = facts("The war went on. The Dawn Front was set up in September 1998 by Karim Haddad. The Hawks "
                         "Brigade later joined the new group, which quickly grew.")
    assert [(v["type"], v["to"]) for v in evs if v["type"] == "joining"] == [("joining", {"Dawn Front"})]


@pytest.mark.parametrize("units", ["Several other units of the Hawks Brigade", "Several other Hawks Brigade units"])
def test_units_of_a_group_that_join_another_do_not_make_the_group_its_unit(units):
    _, rels, evs = facts(f"The war went on. {units} joined the Dawn Front.")
    assert not [r for r in rels if r[1] == "part_of"]
    assert [(v["type"], v["agent"], v["to"]) for v in evs] == [("joining", {"Hawks Brigade"}, {"Dawn Front"})]


def test_a_merger_of_groups_counted_before_their_list():
    _, rels, _ = facts("The war went on. The Dawn Front was formed on 2 March 2017 from the merger of four groups: "
                       "the Hawks Brigade, the Sun Brigade, the Katiba Macina and al-Mourabitoun.")
    assert {r[0] for r in rels if r[1] == "part_of" and r[2] == "Dawn Front"} == {
        "Hawks Brigade", "Sun Brigade", "Katiba Macina", "al-Mourabitoun"}


def test_a_role_named_before_a_man_and_another_in_his_apposition_are_both_his():
    assert sorted(memberships("The Dawn Front was formed in 2012. Its leader was Ahmed Salim, one of the founders "
                              "of the Hawks Brigade.")) == [
        ("Ahmed Salim", "Dawn Front", "leader", None, None), ("Ahmed Salim", "Hawks Brigade", "founder", None, None)]


def test_a_former_role_ends_when_he_left_not_when_he_died():
    got = memberships("The province was announced in January 2015. Its first leader was Hafiz Khan, a former "
                      "commander of the Dawn Front (DF) for Orakzai, who had defected with other commanders in "
                      "October 2014. Hafiz Khan was killed by a US strike in July 2016.", published="2020-01-01")
    assert ("Hafiz Khan", "Dawn Front", "commander (former)", None, "2014-10") in got


def test_a_man_himself_a_former_officer_of_a_force_was_its_member_not_since_the_war_began():
    got = memberships("Since 1989 the Dawn Army has fought the Hawks Brigade, whose fighters are commanded by "
                      "Colonel Sam Kauona, himself a former officer of this force.", published="1997-03-17")
    assert [m for m in got if m[1] == "Dawn Army"] == [("Sam Kauona", "Dawn Army", "officer (former)", None, "1997-03-17")]


def test_an_attack_described_at_length_then_blamed_on_a_group_is_its_attack():
    _, _, evs = facts("The war went on. The August 2020 grenade attack on a camp at Kafr Nabl, which killed at least "
                      "17 people, was blamed on the Dawn Front.", published="2023-03-15")
    assert [(v["type"], v["date"], v["agent"]) for v in evs] == [("clash", "2020-08", {"Dawn Front"})]


def test_a_place_with_its_arabic_adjective_before_army_units_is_the_place_not_an_army():
    x = extract("The war in Syria went on. In Daraa al-Balad army units clashed with the Dawn Front.", published=None)
    assert not [e.name for e in x.entities if "Balad" in e.name and e.type != "place"]


def test_clashes_that_erupted_on_a_day_do_not_date_the_start_of_the_hostility():
    x = extract("The war went on. Clashes erupted on Friday between fighters of the Dawn Front and the Hawks Brigade.",
                published="2013-08-03")
    assert [(r.relation, r.valid_from, r.valid_until) for r in x.relations if r.relation == "hostile_to"] == [
        ("hostile_to", None, None)]


@pytest.mark.parametrize("text, role", [
    ("Among the dead is Dawn Front military emissary Abu Turab, a Syrian.",
     "military emissary"),
    ("Abu Turab, the Dawn Front emissary to Kafr Nabl, was killed.", "emissary"),
])
def test_a_groups_emissary_is_its_member(text, role):
    assert memberships("The war went on. " + text) == [("Abu Turab", "Dawn Front", role, None, None)]


@pytest.mark.parametrize("text", [
    "The Hawks Brigade, the elite force of the Dawn Front, said its troops held the suburbs.",
    "The Hawks Brigade, the Dawn Front's special forces, said its troops held the suburbs.",
    "The Dawn Front's elite force, the Hawks Brigade, said its troops held the suburbs.",
    "The Hawks Brigade, the largest Dawn Front faction, said its troops held the suburbs.",
    "The largest Dawn Front faction, the Hawks Brigade, said its troops held the suburbs.",
    "The Hawks Brigade is the largest Dawn Front faction in the north.",
    "The most powerful Dawn Front group on the road to Kafr Nabl, the Hawks Brigade, is its closest ally.",
    "The Hawks Brigade, the Dawn Front force in the north, attacked the town.",
])
def test_a_force_or_faction_of_a_group_apposed_or_said_is_its_unit(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels


@pytest.mark.parametrize("text", [
    "The Hawks Brigade, a Dawn Front splinter group, attacked the town.",  # a splinter left it
    "The Sun Brigade, a joint force of the Dawn Front and the Hawks Brigade, attacked the town.",  # a merger of both
    "Battalions of the Dawn Front's Northern Regiment, Hawks Brigade and Sun Regiment attacked the town.",  # a list
])
def test_a_splinter_a_joint_force_or_a_list_after_a_units_name_is_no_unit_of_it(text):
    _, rels, _ = facts(text)
    assert not any(s == "Hawks Brigade" and r == "part_of" and o == "Dawn Front" for s, r, o, _ in rels)
    assert not any(s == "Sun Brigade" and r == "part_of" for s, r, o, _ in rels)


def test_a_force_fighting_within_a_coalition_is_its_part_not_its_enemy():
    _, rels, _ = facts("The Hawks Brigade fights within the ranks of the Dawn Front.")
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels
    assert not any(r == "hostile_to" for _, r, _, _ in rels)


@pytest.mark.parametrize("text, role", [
    ("Karim Haddad, a former Dawn Army lieutenant, deserted to join the rebels.", "lieutenant (former)"),
    ("Karim Haddad is a former Dawn Army lieutenant who deserted to join the rebels.", "lieutenant (former)"),
    ("Courts convicted the Dawn Army general Karim Haddad over the killings.", "member"),
])
def test_a_man_named_with_a_forces_rank_in_lower_case_is_its_member(text, role):
    assert ("Karim Haddad", "Dawn Army", role) in {m[:3] for m in memberships(text)}


def test_its_after_a_comma_and_and_opening_a_clause_is_the_sentences_subject():
    text = ("The Dawn Front seized Kafr Nabl in June 2014, when several Sun Army divisions collapsed, and its leader "
            "Abu Bakr al-Salim proclaimed an emirate.")
    assert [m[:2] for m in memberships(text)] == [("Abu Bakr al-Salim", "Dawn Front")]


@pytest.mark.parametrize("text", [
    "The Dawn Front split from the Sun Brigade in 2018, and its fighters now control much of Idlib.",
    "The Dawn Front split from the Sun Brigade in 2018 and its fighters control much of Idlib.",
])
def test_its_fighters_opening_a_clause_after_and_are_the_sentences_subjects(text):
    _, rels, _ = facts(text)
    assert ("Dawn Front", "controls", "Idlib", "affirmed") in rels
    assert ("Sun Brigade", "controls", "Idlib", "affirmed") not in rels


@pytest.mark.parametrize("text, kind", [
    ("The Dawn Front and the Sun Brigade announced the formation of the Hawks Alliance.", "formation"),
    ("The Dawn Front announced its dissolution in May 2025.", "dissolution"),
    ("The Dawn Front announced a new alliance with the Sun Brigade.", "alliance"),
])
def test_a_group_announcing_its_own_act_does_it_and_is_not_reported(text, kind):
    x, _, _ = facts(text)
    assert [(e.type, e.modality) for e in x.events] == [(kind, "asserted")]


def test_a_group_announcing_what_it_did_is_reported():
    x, _, _ = facts("The Dawn Front announced that it had captured Kafr Nabl.")
    assert [(e.type, e.modality) for e in x.events] == [("capture", "reported")]


@pytest.mark.parametrize("text", ["The Sun Army retook Kafr Nabl from the rebels of the Dawn Front.",
                                  "The Sun Army retook Kafr Nabl from militants loyal to the Dawn Front."])
def test_a_place_taken_from_a_groups_men_is_taken_from_the_group(text):
    _, _, evs = facts(text)
    assert [(e["agent"], e["from"]) for e in evs if e["type"] == "capture"] == [({"Sun Army"}, {"Dawn Front"})]


@pytest.mark.parametrize("text", ["The Hawks Brigade, which Iran supports, attacked Kafr Nabl.",
                                  "The Hawks Brigade (HB), which Iran has long armed and trained, seized Kafr Nabl.",
                                  "The Hawks Brigade, that Iran funded in 2012, attacked Kafr Nabl."])
def test_a_group_a_sponsor_backs_in_an_object_relative_clause_is_backed_by_it_and_does_the_main_verb(text):
    _, rels, evs = facts(text)
    assert ("Hawks Brigade", "backed_by", "Iran", "affirmed") in rels
    assert [(e["agent"], e["date"]) for e in evs] == [({"Hawks Brigade"}, None)]


def test_a_group_a_sponsor_backs_against_another_is_not_backed_in_the_object_clause():
    _, rels, _ = facts("The Hawks Brigade, which Iran supports the Dawn Front against, attacked Kafr Nabl.")
    assert ("Hawks Brigade", "backed_by", "Iran", "affirmed") not in rels


@pytest.mark.parametrize("text", ["The Dawn Front's special forces regiment, the Hawks Brigade, attacked Kafr Nabl.",
                                  "The Dawn Front's commandos, the Hawks Brigade, attacked Kafr Nabl."])
def test_a_name_apposed_to_a_groups_unit_noun_is_its_unit(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels


def test_the_names_apposed_to_a_groups_counted_factions_are_its_units_but_not_to_its_rivals():
    _, rels, _ = facts("The Dawn Alliance's three tendencies, the Hawks Brigade, the Sun Brigade and the Dawn Front, "
                       "reunited in March.")
    assert {(s, o) for s, r, o, _ in rels if r == "part_of"} == {
        ("Hawks Brigade", "Dawn Alliance"), ("Sun Brigade", "Dawn Alliance"), ("Dawn Front", "Dawn Alliance")}
    _, rels, _ = facts("The Dawn Front's two rivals, the Hawks Brigade and the Sun Brigade, attacked Kafr Nabl.")
    assert not any(r == "part_of" for _, r, _, _ in rels)


def test_a_unit_named_after_its_owners_possessive_that_broke_away_and_joined_another_split_from_its_owner():
    _, rels, evs = facts("In 1977 the Dawn Front's special commandos, the Hawks Brigade, broke away and joined the Sun Army.")
    assert [(e["type"], e["agent"], e["from"] | e["to"]) for e in evs] == [
        ("split", {"Hawks Brigade"}, {"Dawn Front"}), ("joining", {"Hawks Brigade"}, {"Sun Army"})]
    x, _, _ = facts("In 1977 the Dawn Front's armed wing, the Hawks Brigade, broke away.")
    assert [(r.relation, r.valid_until) for r in x.relations] == [("part_of", "1977")]


def test_a_groups_wing_that_broke_away_left_it_unnamed_and_no_one_named_broke_away_for_an_unnamed_faction():
    _, _, evs = facts("The Dawn Front suffered a blow in 1977 when its armed wing broke away.")
    assert [(e["type"], e["agent"], e["from"]) for e in evs] == [("split", set(), {"Dawn Front"})]
    _, _, evs = facts("In 2001 Ahmed Salim pushed aside the Dawn Front's commander, and in 2002 a faction led by "
                      "Karim Haddad broke away.")
    assert not [e for e in evs if e["type"] == "split"]


@pytest.mark.parametrize("text, since", [
    ("By January 2003 the three movements, the Hawks Brigade, the Sun Brigade and the Dawn Front, had joined forces as "
     "the Dawn Alliance.", "2003-01"),
    ("The Hawks Brigade, the Sun Brigade and the Dawn Front were now fighting together under the name Dawn Alliance.",
     None),
])
def test_groups_that_joined_forces_or_fight_together_under_a_name_are_its_members(text, since):
    x, _, _ = facts(text)
    name = {e.id: e.name for e in x.entities}
    assert {(name[r.subject], r.valid_from) for r in x.relations if r.relation == "part_of"
            and name[r.object] == "Dawn Alliance"} == {("Hawks Brigade", since), ("Sun Brigade", since),
                                                       ("Dawn Front", since)}


@pytest.mark.parametrize("text, since", [("Karim Haddad became the Dawn Front's first president.", None),
                                         ("Karim Haddad became the Dawn Front's first president in 1990.", "1990")])
def test_a_man_who_became_a_groups_first_leader_named_by_its_possessive_leads_it_from_then(text, since):
    x, _, evs = facts(text)
    assert [(r.relation, r.valid_from) for r in x.relations] == [("member_of", since)]
    assert [(e["type"], e["agent"], e["to"]) for e in evs] == [("leadership_change", {"Karim Haddad"}, {"Dawn Front"})]


@pytest.mark.parametrize("text", ["Karim Haddad, a commander, served in the Hawks Brigade for a decade.",
                                  "Karim Haddad, who had fought for the Hawks Brigade, defected in 2015.",
                                  "Karim Haddad, who served in the Hawks Brigade, was killed."])
def test_a_man_who_served_or_fought_in_a_force_is_its_member_not_its_ally(text):
    _, rels, _ = facts(text)
    assert {(s, r, o) for s, r, o, _ in rels} == {("Karim Haddad", "member_of", "Hawks Brigade")}


def test_armed_backers_of_a_passives_doer_fight_beside_it_and_hit_its_victims():
    _, rels, evs = facts("Fifty fighters of the Dawn Front were killed by the Sun Army backed by Hawks Brigade fighters "
                         "near Kafr Nabl.")
    assert clashes(evs) == [({"Sun Army", "Hawks Brigade"}, {"Dawn Front"})]
    assert ("Hawks Brigade", "hostile_to", "Dawn Front", "affirmed") in rels


def test_a_side_battling_for_a_place_with_its_backers_is_a_clash_of_both_with_no_foe_named():
    _, _, evs = facts("For a week the Sun Army backed by Hawks Brigade fighters has been battling for control of Kafr Nabl.")
    assert clashes(evs) == [({"Sun Army", "Hawks Brigade"}, set())]


def test_a_force_named_by_its_men_who_were_killed_in_an_air_strike_is_its_target():
    _, rels, evs = facts("At least 10 Dawn Army soldiers were killed in a Sun Army air strike.")
    assert clashes(evs) == [({"Sun Army"}, {"Dawn Army"})]
    _, _, evs = facts("At least 10 Syrian soldiers were killed in a US air strike.")
    assert clashes(evs) == [({"United States"}, {"Syrian soldiers"})]


def test_strikes_near_a_place_are_an_attack_but_strikes_of_workers_are_not():
    _, _, evs = facts("At least 10 Syrian soldiers were killed in Israeli strikes near Quneitra.")
    assert clashes(evs) == [({"Israel"}, {"Syrian soldiers"})]
    _, _, evs = facts("Dawn Army workers went on strikes in Kafr Nabl.")
    assert not evs


def test_a_relative_clause_on_an_apposed_coalition_is_the_coalitions_and_its_date_is_its_own():
    x, _, evs = facts("The Hawks Brigade is part of the Dawn Alliance, the largest coalition, which has fought the Sun "
                      "Army since 2015.")
    name = {e.id: e.name for e in x.entities}
    assert {(name[r.subject], r.relation, name[r.object], r.valid_from) for r in x.relations} == {
        ("Hawks Brigade", "part_of", "Dawn Alliance", None), ("Dawn Alliance", "hostile_to", "Sun Army", "2015")}
    assert clashes(evs) == [({"Dawn Alliance"}, {"Sun Army"})]


def test_a_group_founded_that_fought_until_a_date_is_not_founded_then():
    x, _, evs = facts("Former commanders later founded the Hawks Brigade, which fought the Sun Army until 2001.")
    assert [(e["type"], e["date"]) for e in evs if e["type"] == "formation"] == [("formation", None)]
    assert [(r.relation, r.valid_until) for r in x.relations] == [("hostile_to", "2001")]


def test_freeing_the_entire_territory_of_a_place_from_a_group_takes_it_from_the_group():
    _, _, evs = facts("The Sun Army has freed the entire territory of Kafr Nabl from the Dawn Front.")
    assert [(e["type"], e["agent"], e["from"]) for e in evs] == [("capture", {"Sun Army"}, {"Dawn Front"})]


def test_a_district_sharing_a_foreign_provinces_name_does_not_move_a_story_filed_in_a_capital():
    text = ("TRIPOLI, May 14 (Reuters) - Fighting broke out at a camp in Salah al-Din on Monday. On Tuesday government "
            "forces clashed with the Hawks Brigade near the airport.")
    _, rels, _ = facts(text)
    assert ("Libyan Army", "hostile_to", "Hawks Brigade", "affirmed") in rels


def test_a_foe_named_with_its_backer_or_leader_in_a_compound_is_still_the_foe():
    _, _, evs = facts("The Sun Army clashed with the Iran-backed Hawks Brigade near Kafr Nabl.")
    assert clashes(evs) == [({"Sun Army"}, {"Hawks Brigade"})]
    _, _, evs = facts("The Sun Army recaptured the town of Kafr Nabl from the Iran-led Hawks Brigade.")
    assert [(e["agent"], e["from"]) for e in evs if e["type"] == "capture"] == [({"Sun Army"}, {"Hawks Brigade"})]


def test_a_group_that_turned_its_guns_on_another_fights_it():
    _, rels, evs = facts("The Hawks Brigade has turned its guns on the Sun Army.")
    assert clashes(evs) == [({"Hawks Brigade"}, {"Sun Army"})]


@pytest.mark.parametrize("text", ["Tal Hamid lies north of the town of Kafr Nabl, a key Dawn Front stronghold.",
                                  "The bombing took place near Kafr Nabl, which is controlled by the Dawn Front."])
def test_a_place_named_near_another_is_held_by_whom_its_own_apposition_or_clause_says(text):
    _, rels, _ = facts(text)
    assert ("Dawn Front", "controls", "Kafr Nabl", "affirmed") in rels


def test_a_place_a_group_holds_in_an_object_relative_clause_is_held_by_it_but_not_one_it_held_once():
    x, _, _ = facts("The Sun Army pushed towards Kafr Nabl, which the Dawn Front has held since 2014.")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], r.relation, name[r.object], r.valid_from) for r in x.relations] == [
        ("Dawn Front", "controls", "Kafr Nabl", "2014")]
    _, rels, _ = facts("The Sun Army shelled Kafr Nabl, which the Dawn Front held in 2014.")
    assert not [r for r in rels if r[1] == "controls"]


def test_a_governments_name_running_on_into_forces_as_a_known_alias_names_its_armed_force():
    x, rels, evs = facts("GNA forces recaptured the town of Tarhuna from the LNA on 5 June.")
    assert {e.name: e.type for e in x.entities}["GNA forces"] == "state_force"
    assert [(e["type"], e["agent"], e["from"]) for e in evs] == [("capture", {"GNA forces"}, {"LNA"})]
    x, _, _ = facts("The Government of National Accord said it would talk to the LNA.")
    assert {e.name: e.type for e in x.entities}["Government of National Accord"] == "organization"


def test_an_object_it_is_not_the_subject_an_apposition_describes():
    _, rels, evs = facts("The Dawn Front was renamed the Sun Army in 2015, and the Hawks Brigade, its old rival, joined it.")
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels
    assert [(e["agent"], e["to"]) for e in evs if e["type"] == "joining"] == [({"Hawks Brigade"}, {"Dawn Front"})]


@pytest.mark.parametrize("text", [
    "The Dawn Front was renamed the Sun Army in 2015, and the Liberal Party, its old rival, joined it.",
    "The Dawn Front was founded in 2012, and the Liberal Party, its old rival, later joined the Sun Army."])
def test_a_clause_after_and_that_opens_on_a_party_is_not_the_first_clauses_group(text):
    _, rels, evs = facts(text)
    assert not [e for e in evs if e["type"] == "joining" and "Dawn Front" in e["agent"]]
    assert not [r for r in rels if r[0] == "Dawn Front" and r[1] in ("part_of", "affiliated_with")]


@pytest.mark.parametrize("text, modality", [
    ("The Dawn Front and its ally Iran accused the Hawks Brigade of the attack.", "asserted"),
    ("The Dawn Front and its ally Iran blamed the Hawks Brigade for the attack.", "asserted"),
    ("The Hawks Brigade accused the Dawn Front and its ally Iran of the attack.", "reported"),
])
def test_a_tie_named_in_the_accusers_own_description_is_the_articles(text, modality):
    x = extract(text, published="2020-03-10")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], r.relation, name[r.object], r.modality) for r in x.relations
            if r.relation == "allied_with"] == [("Dawn Front", "allied_with", "Iran", modality)]


@pytest.mark.parametrize("text", [
    "The Dawn Front and its former rival the Hawks Brigade were now fighting together.",
    "The Dawn Front and its old rival, the Hawks Brigade, now fight side by side.",
    "The Dawn Front and its rival, the Hawks Brigade, launched a joint offensive on Kafr Nabl."])
def test_a_group_and_its_named_rival_acting_together_are_allies(text):
    _, rels, _ = facts(text)
    assert ("Dawn Front", "allied_with", "Hawks Brigade", "affirmed") in rels


def test_a_relative_clause_after_a_group_and_its_rival_is_the_rivals():
    _, rels, _ = facts("The Hawks Brigade fights the Sun Army and its rival the Dawn Front which holds Kafr Nabl.")
    assert {(s, o) for s, r, o, _ in rels if r == "controls"} == {("Dawn Front", "Kafr Nabl")}


def test_a_group_that_launched_attacks_on_another_founded_nothing():
    _, rels, evs = facts("The Hawks Brigade launched attacks on the positions of the Sun Army in Kafr Nabl.")
    assert not [e for e in evs if e["type"] == "formation"] and not [r for r in rels if r[1] == "part_of"]
    assert clashes(evs) == [({"Hawks Brigade"}, {"Sun Army"})]


@pytest.mark.parametrize("text", ["The Hawks Brigade launched counterattacks against the Sun Army.",
                                  "The Hawks Brigade counter-attacked the Sun Army near Kafr Nabl."])
def test_a_counterattack_is_a_clash(text):
    _, _, evs = facts(text)
    assert clashes(evs) == [({"Hawks Brigade"}, {"Sun Army"})]


@pytest.mark.parametrize("kind", ["counterattack", "offensive"])
def test_the_troops_a_counterattack_or_an_offensive_killed_are_its_target(kind):
    _, _, evs = facts(f"More than 40 Syrian troops were killed in a Hawks Brigade {kind} on Sunday.")
    assert clashes(evs) == [({"Hawks Brigade"}, {"Syrian troops"})]


def test_a_month_before_its_day_is_no_place():
    x, _, _ = facts("Last updated at Jun 14 2016 BEIRUT The Dawn Front attacked the Sun Army.")
    assert not [e for e in x.entities if e.name == "Jun"]


def test_a_dateline_city_and_its_country_name_no_group():
    x, _, _ = facts("Last updated at Apr 052017 KAFR NABL Syria A suspected chemical attack in rebel-held northwestern "
                    "Syria killed dozens of civilians.")
    assert not [e for e in x.entities if e.type in ("armed_group", "organization")]


@pytest.mark.parametrize("text", ["Sun Army fighters fought beside the Hawks Brigade at Kenge.",
                                  "The Sun Army fought beside the Hawks Brigade against the Dawn Front."])
def test_a_group_that_fought_beside_another_is_its_ally(text):
    _, rels, _ = facts(text)
    assert ("Sun Army", "allied_with", "Hawks Brigade", "affirmed") in rels


@pytest.mark.parametrize("text", ["A car bomb killed 20 people at a market in Kafr Nabl on Sunday. Police said the "
                                  "Sun Army carried out the attack.",
                                  "A car bomb killed 20 people at a market in Kafr Nabl on Sunday. The Sun Army was "
                                  "behind Sunday's bombing, officials said."])
def test_the_maker_of_an_attack_told_of_before_is_its_doer(text):
    _, _, evs = facts(text)
    assert {frozenset(e["agent"]) for e in evs if e["type"] == "clash"} >= {frozenset({"Sun Army"})}


@pytest.mark.parametrize("text", ["Russia arms and commands the Dawn Front.", "Russia arms and trains the Dawn Front."])
def test_a_state_that_arms_and_commands_a_group_backs_it(text):
    _, rels, _ = facts(text)
    assert rels == {("Dawn Front", "backed_by", "Russia", "affirmed")}


@pytest.mark.parametrize("text, whole", [
    ("The Hawks Brigade, the militia of the former ruling Sun Party, carried out much of the killing.", "Sun Party"),
    ("The Hawks Brigade, the largest militia of the Dawn Front, took Kafr Nabl.", "Dawn Front")])
def test_the_militia_of_a_party_or_group_is_part_of_it(text, whole):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "part_of", whole, "affirmed") in rels


def test_a_name_before_a_lower_case_party_is_a_party():
    x, rels, _ = facts("Aid workers say the Hawks Brigade, the militia of the former ruling SPX party, carried out the "
                       "killings.")
    assert [e.type for e in x.entities if e.name.startswith("SPX")] == ["organization"]
    assert {(s, r) for s, r, o, _ in rels if o.startswith("SPX")} == {("Hawks Brigade", "part_of")}


def test_a_sentence_dense_with_names_but_with_a_verb_and_its_object_is_read():
    assert sorted(memberships("In June 1985 Ahmed Salim, Karim Haddad and Omar Farooqi formed the Dawn Front.")) == [
        ("Ahmed Salim", "Dawn Front", "founder", "1985-06", None),
        ("Karim Haddad", "Dawn Front", "founder", "1985-06", None),
        ("Omar Farooqi", "Dawn Front", "founder", "1985-06", None)]


@pytest.mark.parametrize("text, target", [
    ("The Dawn Front condemned the attack saying it is not the first hospital to be targeted by Russian warplanes.",
     set()),
    ("The Dawn Front was the first group to be targeted by Russian warplanes.", {"Dawn Front"})])
def test_what_an_infinitive_passive_is_said_of_is_its_target(text, target):
    _, _, evs = facts(text)
    assert clashes(evs) == [({"Russian warplanes"}, target)]


def test_what_includes_members_of_a_group_does_not_include_the_group():
    _, rels, _ = facts("The Hawks Brigade was formed around fighters of the Dawn Front's armed wing, the Sun Brigades, "
                       "and also includes members of the Sun Army and of the Moon Brigades.")
    assert {(s, o) for s, r, o, _ in rels if r == "part_of"} == {("Sun Brigades", "Dawn Front")}


@pytest.mark.parametrize("text", [
    "Many members of the Hawks Brigade refused to be integrated into the army and joined the Dawn Front instead.",
    "Hundreds of fighters of the Hawks Brigade joined the Dawn Front in 2015."])
def test_many_members_of_a_group_who_join_another_defect_the_group_does_not_join(text):
    _, rels, evs = facts(text)
    assert not [r for r in rels if r[1] == "part_of" and r[3] == "affirmed"]
    assert [(e["type"], e["from"], e["to"]) for e in evs] == [("defection", {"Hawks Brigade"}, {"Dawn Front"})]


def test_the_fighters_of_a_group_integrated_into_another_are_the_group_joining_it():
    _, rels, _ = facts("Under the agreement the fighters of the Hawks Brigade were integrated into the Dawn Front.")
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels


def test_front_of_inside_a_name_ties_no_list_item_to_it():
    _, rels, _ = facts("The army began operations to remove the camps of the Hawks Brigade (HB), the Democratic Front of "
                       "Kafr Nabl (DFKN) and the Sun Army (SA) from the territory.")
    assert not [r for r in rels if r[1] == "part_of"]


def test_who_after_a_mans_apposition_is_the_man():
    _, rels, evs = facts("The Hawks Brigade was founded in 2015. Its first leader was Ahmed Salim, a former commander of "
                         "the Dawn Front for Orakzai Agency, who had defected with several other Dawn Front commanders in "
                         "October 2014.")
    assert [(e["agent"], e["from"]) for e in evs if e["type"] == "defection"] == [({"Ahmed Salim"}, {"Dawn Front"})]
    assert not [r for r in rels if r[1] == "part_of"]


def test_the_name_apposed_to_what_a_group_owns_is_the_subject():
    _, rels, _ = facts("The Dawn Front's own force, the Hawks Brigade (HB), was based in Zambia and was armed and "
                       "trained mainly by the Soviet Union.")
    assert {(s, o) for s, r, o, _ in rels if r == "backed_by"} == {("Hawks Brigade", "Soviet Union")}


def test_a_second_front_in_lower_case_is_no_group():
    x, rels, _ = facts("A second front opened near Kafr Nabl, where Hawks Brigade forces, backed by Russian aircraft, "
                       "drove the army out.")
    assert not [e for e in x.entities if e.name.lower().endswith("front")]


def test_the_movement_led_by_a_man_is_the_name_it_is_apposed_to():
    _, rels, _ = facts("The defenders were units of the Hawks Brigade, together with militiamen of the Young Zorblaks, "
                       "the movement led by Ahmed Salim, whom the president had named youth minister.")
    assert not [r for r in rels if r[0] == "Ahmed Salim" and r[2] == "Hawks Brigade"]
    assert ("Ahmed Salim", "member_of", "Young Zorblaks", "affirmed") in rels


def test_since_after_a_superlative_dates_the_superlative_not_the_tie():
    x = extract("Sun Army troops, fighting alongside the Hawks Brigade, drove the rival Dawn Front out of Kafr Nabl on "
                "Saturday, handing the government its first armed foothold in the self-rule zone since 1991.",
                published="1996-09-01")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.object], r.valid_from) for r in x.relations if r.relation == "allied_with"] == [
        ("Hawks Brigade", None)]


@pytest.mark.parametrize("text", ["Ahmed Salim led the Dawn Front until 1992. Karim Haddad was chosen to succeed him.",
                                  "Ahmed Salim led the Dawn Front until 1992. Karim Haddad, then 31, was chosen to "
                                  "succeed him."])
def test_the_man_chosen_to_succeed_a_leader_leads_his_group(text):
    assert ("Karim Haddad", "Dawn Front", "leader", None, None) in memberships(text)


def test_they_opening_a_clause_after_but_is_not_the_first_clauses_subject():
    _, rels, evs = facts("The campaign backed by Sun Army ally Russia has captured large swathes of territory from the "
                         "terror group but they have launched deadly counterattacks on Sun Army positions.")
    assert not [r for r in rels if r[1] == "hostile_to"]
    assert not [e for e in evs if e["type"] == "clash" and "Russia" in e["agent"]]


def test_a_name_inside_anti_is_no_side():
    _, rels, _ = facts("The Syrian regime and its ally Russia bombed Idlib on Sunday. While Russia claims its campaign "
                       "is aimed primarily at the Dawn Front it has repeatedly targeted civilian areas and the moderate "
                       "anti-regime opposition groups that control them.")
    assert not [r for r in rels if r[1] == "hostile_to"]


def test_a_single_post_of_a_group_and_the_town_it_lies_in_place_the_group_there():
    for text in ("Bombers pounded a stronghold of the Dawn Front in Kafr Nabl.",
                 "The army shelled a Dawn Front position in Kafr Nabl.",
                 "Jets hit positions of the Dawn Front in the town of Kafr Nabl.",
                 "Jets hit positions of the Dawn Front in northern Syria town of Kafr Nabl."):
        _, rels, _ = facts(text)
        assert ("Dawn Front", "operates_in", "Kafr Nabl", "affirmed") in rels, text


def test_a_group_operating_from_a_town_is_there_but_its_chief_operating_from_it_says_nothing_of_the_group():
    _, rels, _ = facts("The Dawn Front is banned, yet it still operates from the town of Kafr Nabl.")
    assert ("Dawn Front", "operates_in", "Kafr Nabl", "affirmed") in rels
    _, rels, _ = facts("The Hawks Brigade, based out of Kafr Nabl, denied the claim.")
    assert ("Hawks Brigade", "operates_in", "Kafr Nabl", "affirmed") in rels
    for text in ("The Dawn Front's leader, Ahmed Salim, operates from Kafr Nabl.",
                 "The Dawn Front's chief, Ahmed Salim, who also heads the council, operates in Kafr Nabl."):
        _, rels, _ = facts(text)
        assert not any(r[1] == "operates_in" for r in rels), text


def test_wresting_control_of_a_town_is_its_capture_with_or_without_the_side_that_lost_it():
    for text in ("The Hawks Brigade managed to wrest control over Kafr Nabl on Thursday.",
                 "The Hawks Brigade wrested full control of Kafr Nabl on Thursday."):
        x, rels, evs = facts(text)
        caps = [v for v in evs if v["type"] == "capture"]
        assert [(v["agent"], v["date"]) for v in caps] == [({"Hawks Brigade"}, "2020-03-05")], text
        assert [x.entities[[e.id for e in x.entities].index(p)].name for p in x.events[0].locations] == ["Kafr Nabl"]
    _, _, evs = facts("The Hawks Brigade failed to wrest control of Kafr Nabl.")
    assert not [v for v in evs if v["type"] == "capture" and v["agent"]]


def test_striking_a_deal_is_no_strike_and_a_pact_against_a_third_side_is_an_alliance():
    for text in ("The Dawn Front struck a deal with the Hawks Brigade.",
                 "The Dawn Front sought to strike a deal with the Hawks Brigade."):
        _, rels, evs = facts(text)
        assert not clashes(evs) and ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") not in rels, text
    for text in ("In November 2005 the Dawn Front and the Hawks Brigade agreed a twelve-point understanding "
                 "against the junta.",
                 "The Dawn Front and the Hawks Brigade signed an agreement to coordinate their operations."):
        _, rels, evs = facts(text)
        assert ("Dawn Front", "allied_with", "Hawks Brigade", "affirmed") in rels, text
        assert [v["agent"] for v in evs if v["type"] == "alliance"] == [{"Dawn Front", "Hawks Brigade"}], text
    _, rels, _ = facts("The Dawn Front has sent hundreds of reinforcements to help the Hawks Brigade.")
    assert ("Dawn Front", "allied_with", "Hawks Brigade", "affirmed") in rels
    _, rels, _ = facts("The army sent reinforcements to Kafr Nabl after the Dawn Front attack.")
    assert not any(r[1] == "allied_with" for r in rels)


def test_an_attack_in_words_on_a_group_is_no_fight_with_it():
    for text in ("The Dawn Front attacked the Hawks Brigade's decision in a statement on Monday.",
                 "The Dawn Front killed the deal with the Hawks Brigade.",
                 "The Dawn Front targeted the Hawks Brigade with sanctions."):
        _, rels, evs = facts(text)
        assert not clashes(evs) and not any(r[1] == "hostile_to" for r in rels), text
    for text in ("The Dawn Front attacked the Hawks Brigade's position on the hill.",
                 "The Dawn Front killed three Hawks Brigade fighters.",
                 "The Dawn Front targeted the Hawks Brigade with rockets."):
        _, rels, evs = facts(text)
        assert clashes(evs) == [({"Dawn Front"}, {"Hawks Brigade"})], text


def test_establishing_control_or_ties_founds_no_group():
    for text in ("The Hawks Brigade swiftly established control over areas where Dawn Front fighters spread.",
                 "The Hawks Brigade established ties with the Dawn Front in 2019."):
        _, rels, evs = facts(text)
        assert not [v for v in evs if v["type"] == "formation"] and not any(r[1] == "part_of" for r in rels), text
    _, rels, evs = facts("The Hawks Brigade established the Dawn Front in 2019.")
    assert [v["agent"] for v in evs if v["type"] == "formation"] == [{"Dawn Front"}]


def test_the_men_of_a_group_who_joined_another_left_it_and_the_group_did_not_join():
    _, rels, evs = facts("Under a deal signed with the UN on 21 June 1999, the Dawn Front agreed to disarm. It was "
                         "formally dissolved in September 1999, and many of its members joined the Hawks Brigade.")
    assert [(v["from"], v["to"]) for v in evs if v["type"] == "defection"] == [({"Dawn Front"}, {"Hawks Brigade"})]
    assert not any(r[1] == "part_of" for r in rels) and not [v for v in evs if v["type"] == "joining"]
    _, rels, evs = facts("Many of the Dawn Front's members joined the Hawks Brigade.")
    assert [(v["type"], v["from"], v["to"]) for v in evs] == [("defection", {"Dawn Front"}, {"Hawks Brigade"})]


def test_the_town_is_the_town_named_not_the_prefecture_it_lies_in():
    _, rels, _ = facts("Life was returning to Kafr Nabl, the chief town of Idlib prefecture, after the Dawn Front, "
                       "which had held the town since 3 January, withdrew.")
    held = {(r[0], r[2]) for r in rels if r[1] == "controls"}
    assert ("Dawn Front", "Kafr Nabl") in held and ("Dawn Front", "Idlib") not in held


def test_opening_fire_on_shooting_down_and_hitting_a_base_of_a_group_are_attacks_on_it():
    for text in ("Dawn Front gunmen opened fire on Hawks Brigade soldiers at a checkpoint.",
                 "The Dawn Front said it had shot down a Hawks Brigade helicopter.",
                 "A Dawn Front drone strike hit a Hawks Brigade base."):
        _, rels, evs = facts(text)
        assert clashes(evs) == [({"Dawn Front"}, {"Hawks Brigade"})], text
    for text in ("A Dawn Front helicopter was shot down over Kafr Nabl.",
                 "The Dawn Front executed five captured Hawks Brigade fighters."):
        _, rels, evs = facts(text)
        assert not evs and not rels, text  # whose helicopter, not who downed it; men held, no town taken
    _, _, evs = facts("The Dawn Front recently captured Kafr Nabl.")
    assert [(v["type"], v["agent"]) for v in evs] == [("capture", {"Dawn Front"})]


def test_a_group_that_enjoys_a_states_support_is_backed_by_it_until_the_state_stops():
    for text in ("The Dawn Front, which enjoys Turkish support, captured Kafr Nabl.",
                 "The Dawn Front has long enjoyed Turkish backing."):
        _, rels, _ = facts(text)
        assert ("Dawn Front", "backed_by", "Turkey", "affirmed") in rels, text
    x, _, _ = facts("The United States stopped funding the Dawn Front in 2017.")
    assert [(r.relation, r.valid_until) for r in x.relations] == [("backed_by", "2017")]


def test_a_groups_chief_for_a_place_puts_the_group_there_but_not_since_the_day_the_sentence_tells_of():
    for text in ("Ahmed Salim, the Dawn Front's commander in Idlib, was killed.",
                 "Ahmed Salim, the self-styled commander of the Dawn Front in the Kashmir Valley, was killed."):
        _, rels, _ = facts(text)
        assert any(r[:2] == ("Dawn Front", "operates_in") for r in rels), text
    for text in ("Ahmed Salim, the Dawn Front's commander in chief, was killed.",
                 "The Hawks Brigade killed Ahmed Salim, a Dawn Front leader, in the town of Kafr Nabl.",
                 "Jets killed seven Dawn Front commanders in Kafr Nabl air strikes."):
        _, rels, _ = facts(text)
        assert not any(r[:2] == ("Dawn Front", "operates_in") for r in rels), text
    x, _, _ = facts("On 23 May, the army moved to arrest Ahmed Salim, the leader of the Dawn Front in Idlib.")
    held = [r for r in x.relations if r.relation == "operates_in"]
    assert [(r.valid_from, r.holds_at) for r in held] == [(None, "2019-05-23")]


def test_a_tie_thought_or_rumoured_is_likely_and_an_offensive_being_prepared_has_not_happened():
    for text in ("The Dawn Front is thought to be part of the Hawks Brigade.",
                 "The Dawn Front is rumoured to have joined the Hawks Brigade."):
        x, _, _ = facts(text)
        assert [(r.relation, r.modality) for r in x.relations] == [("part_of", "likely")], text
    _, rels, evs = facts("The Dawn Front is preparing an offensive against the Hawks Brigade.")
    assert ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels and not clashes(evs)
    _, _, evs = facts("The Dawn Front launched its planned offensive against the Hawks Brigade on Monday.")
    assert [v["date"] for v in evs] == ["2020-03-09"]  # planned before, launched on the Monday just past


def test_taking_up_arms_against_a_side_starts_the_enmity_and_fighting_to_topple_it_is_one():
    for text in ("The Dawn Front took up arms against the Hawks Brigade in 2009.",
                 "The Dawn Front rose up against the Hawks Brigade in 2009."):
        x, _, _ = facts(text)
        assert [(r.relation, r.valid_from) for r in x.relations] == [("hostile_to", "2009")], text
    for text in ("The Dawn Front is fighting to topple the Hawks Brigade.",
                 "Dawn Front fighters fighting the Hawks Brigade were killed.",
                 "The Dawn Front, one of the most powerful groups fighting the Hawks Brigade, lost its leader."):
        _, rels, _ = facts(text)
        assert ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels, text
    for text in ("The Dawn Front has faced a backlash from other rebels fighting the Hawks Brigade.",
                 "The Dawn Front has faced a backlash from other rebels fighting to topple the Hawks Brigade."):
        _, rels, _ = facts(text)
        assert not rels, text  # the rebels fight it, unnamed


def test_a_group_driven_out_of_a_town_was_there_until_then_and_left_no_group():
    x, rels, evs = facts("Dawn Front fighters were expelled from Kafr Nabl by the Hawks Brigade in May 2018.")
    assert not [v for v in evs if v["type"] == "defection"] and not any(r[1] == "part_of" for r in rels)
    assert [(r.relation, r.valid_until) for r in x.relations if r.relation == "operates_in"] == [("operates_in", "2018-05")]
    x, _, _ = facts("The Dawn Front was driven out of Kafr Nabl in 2018.")
    assert [(r.relation, r.valid_until) for r in x.relations] == [("operates_in", "2018")]
    _, _, evs = facts("Ahmed Salim was expelled from the Dawn Front in May 2018.")
    assert [(v["type"], v["agent"], v["from"]) for v in evs] == [("defection", {"Ahmed Salim"}, {"Dawn Front"})]


def test_a_leader_sacked_or_fired_as_commander_held_that_role_until_then():
    for text in ("Ahmed Salim was sacked as commander of the Dawn Front in 2019.",
                 "Ahmed Salim was fired as head of the Dawn Front in 2019."):
        x, _, evs = facts(text)
        assert [(r.relation, r.role, r.valid_until) for r in x.relations] == \
            [("member_of", text.split(" as ")[1].split()[0], "2019")], text
        assert [(v["type"], v["agent"], v["date"]) for v in evs] == [("leadership_change", {"Ahmed Salim"}, "2019")]


def test_breaking_away_to_found_a_group_founds_it_but_finding_something_founds_nothing():
    x, _, evs = facts("Ahmed Salim broke away in 1976 to found a separate Hawks Brigade.")
    assert [(v["type"], v["agent"], v["date"]) for v in evs] == [("formation", {"Hawks Brigade"}, "1976")]
    assert [(r.relation, r.role, r.valid_from) for r in x.relations] == [("member_of", "founder", "1976")]
    _, rels, evs = facts("The Dawn Front found the bodies of three Hawks Brigade fighters.")
    assert not [v for v in evs if v["type"] == "formation"]


def test_commanders_of_a_group_listed_with_the_towns_they_hold_are_each_its_commanders():
    got = memberships("Commanders of the Dawn Front ran the territory, among them Ahmed Salim in Idlib and "
                      "Colonel Karim Haddad in Hama.")
    assert sorted(got) == [("Ahmed Salim", "Dawn Front", "commander", None, None),
                           ("Karim Haddad", "Dawn Front", "commander", None, None)]


def test_strikes_made_by_one_side_that_hit_another_are_its_attack_on_it():
    for text in ("Strikes by the Hawks Brigade hit the Dawn Front in Idlib.",
                 "Raids carried out by the Hawks Brigade hit the Dawn Front in Idlib."):
        _, rels, evs = facts(text)
        assert clashes(evs) == [({"Hawks Brigade"}, {"Dawn Front"})], text
    _, rels, evs = facts("The crisis hit the Dawn Front in Idlib hard.")
    assert not evs and not rels


def test_the_day_a_side_said_or_told_something_is_not_the_day_of_the_fight_it_dates_itself():
    _, _, evs = facts("The Dawn Front said on Monday it had killed 12 Hawks Brigade fighters in an ambush last week.")
    assert [v["date"] for v in evs] == ["2020-03-02/2020-03-08"]
    _, _, evs = facts("The Dawn Front told Reuters on Monday that it had captured Kafr Nabl on Saturday.")
    assert [(v["type"], v["agent"], v["date"]) for v in evs] == [("capture", {"Dawn Front"}, "2020-03-07")]
    _, _, evs = facts("The Dawn Front said on Monday it had killed 12 Hawks Brigade fighters.")
    assert [v["date"] for v in evs] == ["2020-03-09"]  # the only date the sentence gives
    _, _, evs = facts("After a congress in early March the Dawn Front announced on 9 March that it had been dissolved.")
    assert [(v["type"], v["date"]) for v in evs] == [("dissolution", "2020-03-09")]


def test_a_side_set_against_another_by_not_is_the_doer_and_a_rejected_claim_is_denied():
    _, rels, evs = facts("The Dawn Front, not the Hawks Brigade, attacked the Sun Army.")
    assert clashes(evs) == [({"Dawn Front"}, {"Sun Army"})] and ("Hawks Brigade", "hostile_to", "Sun Army",
                                                                "affirmed") not in rels
    for text in ("The Dawn Front rejected claims that it was backed by Iran.",
                 "The Dawn Front dismissed reports that it was backed by Iran."):
        _, rels, _ = facts(text)
        assert rels == {("Dawn Front", "backed_by", "Iran", "negated")}, text


def test_an_unnamed_subject_known_by_a_name_acts_under_that_name():
    for text in ("The militia, known as the Dawn Front, attacked the Hawks Brigade.",
                 "The new group, locally known as the Dawn Front, attacked the Hawks Brigade."):
        _, _, evs = facts(text)
        assert clashes(evs) == [({"Dawn Front"}, {"Hawks Brigade"})], text


def test_a_count_opening_a_sentence_is_no_part_of_the_group_whose_men_it_counts():
    _, _, evs = facts("Twelve Hawks Brigade fighters died in a Dawn Front ambush.")
    assert clashes(evs) == [({"Dawn Front"}, {"Hawks Brigade"})]
    _, _, evs = facts("The Two Rivers Brigade attacked the Dawn Front.")
    assert clashes(evs) == [({"Two Rivers Brigade"}, {"Dawn Front"})]


def test_a_group_founded_in_a_year_holds_now_what_it_now_holds_and_was_founded_to_fight_not_fighting():
    x, _, _ = facts("The Dawn Front, formed in 2012, now controls Kafr Nabl.")
    assert [(r.relation, r.valid_from) for r in x.relations] == [("controls", None)]
    _, rels, evs = facts("The Dawn Front was formed in 2012 to fight the Hawks Brigade.")
    assert ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels and not clashes(evs)
    _, rels, _ = facts("The Dawn Front is banned, but it still operates from the town of Kafr Nabl in Idlib province.")
    assert ("Dawn Front", "operates_in", "Kafr Nabl", "affirmed") in rels


def test_a_group_that_draws_its_weapons_and_money_from_a_state_is_backed_by_it():
    _, rels, _ = facts("The Hawks Brigade draws its weapons, money and direction from Iran.")
    assert ("Hawks Brigade", "backed_by", "Iran", "affirmed") in rels
    _, rels, _ = facts("The Hawks Brigade draws its fighters from the Dawn Army.")
    assert not any(r == "backed_by" for _, r, _, _ in rels)


@pytest.mark.parametrize("text", ["The Dawn Front crushed the Hawks Brigade in 1975.",
                                  "The Dawn Front tried to crush the Hawks Brigade in a feud in 1975."])
def test_a_group_that_crushed_another_fought_it(text):
    _, rels, evs = facts(text)
    assert ("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed") in rels
    assert any(v["type"] == "clash" and v["target"] == {"Hawks Brigade"} for v in evs)


def test_an_offensive_said_to_be_launched_on_a_date_by_a_force_is_its_attack():
    _, rels, evs = facts("The attack, named Iron Dawn, was launched on May 23 by the Dawn Army against the Hawks Brigade.")
    assert any(v["type"] == "clash" and v["agent"] == {"Dawn Army"} and v["target"] == {"Hawks Brigade"} for v in evs)
    assert ("Dawn Army", "hostile_to", "Hawks Brigade", "affirmed") in rels


@pytest.mark.parametrize("text, agent, target", [
    ("Syrian war planes bombed positions belonging to the Dawn Front in Raqa on Monday.", "Syria", "Dawn Front"),
    ("Dawn Army warplanes hit Hawks Brigade positions in the province of Idlib.", "Dawn Army", "Hawks Brigade"),
    ("The army said that the killings were carried out by the Hawks Brigade.", "Hawks Brigade", None),
])
def test_strikes_by_war_planes_hits_on_positions_and_killings_carried_out_are_attacks(text, agent, target):
    _, _, evs = facts(text)
    assert any(v["type"] == "clash" and agent in v["agent"] and (target is None or target in v["target"]) for v in evs)


def test_a_hit_that_names_no_military_target_is_no_attack():
    _, _, evs = facts("The Dawn Front was hit hard by the sanctions on its banks.")
    assert not any(v["type"] == "clash" for v in evs)


@pytest.mark.parametrize("text", [
    "On Monday, units of the Dawn Army entered Kafr Nabl on the edge of the province.",
    "Dawn Army columns marched into Kafr Nabl on Saturday, meeting almost no resistance.",
    "Dawn Army forces led by General Ahmed Salim completed their takeover of Kafr Nabl on Wednesday.",
])
def test_a_force_that_entered_or_took_over_a_town_captured_it(text):
    _, _, evs = facts(text)
    assert any(v["type"] == "capture" and v["agent"] == {"Dawn Army"} for v in evs)


@pytest.mark.parametrize("text", ["Dawn Army troops entered Syria on Monday.",
                                  "The Dawn Army entered talks with the Hawks Brigade in March."])
def test_a_force_that_entered_a_country_or_talks_captured_nothing(text):
    _, _, evs = facts(text)
    assert not any(v["type"] == "capture" for v in evs)


def test_a_town_said_to_be_taken_or_retaken_by_a_force_was_captured_by_it():
    _, _, evs = facts("The city centre of Kafr Nabl was retaken by the Dawn Army within a week.")
    assert any(v["type"] == "capture" and v["agent"] == {"Dawn Army"} for v in evs)
    _, _, evs = facts("The decision was taken by the Dawn Army in March.")
    assert not any(v["type"] == "capture" for v in evs)


def test_men_listed_then_said_both_to_be_members_of_a_group_are_each_its_member():
    got = {m[:3] for m in memberships("The minister identified them as Ali Orek and Karim Haddad and said both were "
                                      "members of the Dawn Front.")}
    assert got == {("Ali Orek", "Dawn Front", "member"), ("Karim Haddad", "Dawn Front", "member")}
    assert not memberships("Ahmed Salim and Karim Haddad met Omar Khalil, and both were members of the Dawn Front.")


def test_a_sentence_opening_on_whom_its_subject_fights_beside_keeps_its_subject():
    _, rels, evs = facts("Fighting alongside the Hawks Brigade, the Dawn Army attacked the Sun Brigade.")
    assert ("Dawn Army", "hostile_to", "Sun Brigade", "affirmed") in rels
    assert any(v["type"] == "clash" and "Dawn Army" in v["agent"] and v["target"] == {"Sun Brigade"} for v in evs)


@pytest.mark.parametrize("text", [
    "According to the Hawks Brigade, the Dawn Army attacked the Sun Brigade.",
    "Having lost Kafr Nabl to the Hawks Brigade, the Dawn Army attacked the Sun Brigade.",
    "With support from the Hawks Brigade, the Dawn Army attacked the Sun Brigade.",
])
def test_a_name_in_a_phrase_fronted_before_the_subject_is_no_second_subject(text):
    _, rels, evs = facts(text)
    assert ("Dawn Army", "hostile_to", "Sun Brigade", "affirmed") in rels
    assert not any(s == "Hawks Brigade" and r == "hostile_to" and o == "Sun Brigade" for s, r, o, _ in rels)


@pytest.mark.parametrize("opening", ["When the Sun Brigade was part of the Dawn Front",
                                     "After the Sun Brigade left the Dawn Front"])
def test_it_after_a_clause_opening_the_sentence_is_that_clauses_subject(opening):
    _, rels, _ = facts(f"{opening}, it fought the Hawks Brigade in Kafr Nabl.")
    assert ("Sun Brigade", "hostile_to", "Hawks Brigade", "affirmed") in rels
    assert not any(s == "Dawn Front" and r == "hostile_to" for s, r, o, _ in rels)


@pytest.mark.parametrize("noun", ["ambush", "attack"])
def test_men_who_died_in_an_attack_by_a_group_were_its_target(noun):
    _, rels, evs = facts(f"Two Dawn Army soldiers died in an {noun} by the Hawks Brigade.")
    assert any(v["type"] == "clash" and v["agent"] == {"Hawks Brigade"} and v["target"] == {"Dawn Army"} for v in evs)
    assert ("Hawks Brigade", "hostile_to", "Dawn Army", "affirmed") in rels


def test_a_group_said_to_be_one_of_anothers_factions_is_its_unit():
    _, rels, _ = facts("The Hawks Brigade is one of the Dawn Front's main factions.")
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels


def test_a_group_that_later_joined_another_is_not_its_unit_since_its_own_founding():
    x = extract("The Hawks Brigade, which later joined the Dawn Front, was founded in 2012 by Ahmed Salim.",
                published="2020-03-10")
    name = {e.id: e.name for e in x.entities}
    unit = [r for r in x.relations if r.relation == "part_of" and name[r.object] == "Dawn Front"]
    assert [r.valid_from for r in unit] == [None]


def test_men_who_defected_from_one_group_to_another_went_to_it():
    _, _, evs = facts("The Sun Brigade defected from the Dawn Front to the Hawks Brigade in March.")
    assert [(v["agent"], v["from"], v["to"]) for v in evs if v["type"] == "defection"] == [
        ({"Sun Brigade"}, {"Dawn Front"}, {"Hawks Brigade"})]
    _, _, evs = facts("The Sun Brigade defected from the Dawn Front to fight the Hawks Brigade.")
    assert [v["to"] for v in evs if v["type"] == "defection"] == [set()]


def test_a_man_appointed_as_a_groups_commander_is_found_though_the_recogniser_cut_his_name():
    assert ("Karim Haddad", "Hawks Brigade", "military commander") in {
        m[:3] for m in memberships("The Hawks Brigade appointed Karim Haddad as its military commander in March.")}


@pytest.mark.parametrize("text", ["A senior Hawks Brigade commander, Karim Haddad, defected to the Dawn Army in May.",
                                  "Karim Haddad, a Hawks Brigade commander, defected to the Dawn Army in May."])
def test_a_commander_who_defected_left_the_group_his_role_names(text):
    _, rels, evs = facts(text)
    assert [(v["agent"], v["from"], v["to"]) for v in evs if v["type"] == "defection"] == [
        ({"Karim Haddad"}, {"Hawks Brigade"}, {"Dawn Army"})]
    assert not any(s == "Hawks Brigade" and r == "part_of" for s, r, o, _ in rels)


def test_allies_against_a_third_both_fight_it_and_a_proxy_apposed_is_backed():
    _, rels, _ = facts("The Hawks Brigade has long cooperated with the Sun Brigade against the Dawn Army.")
    assert {("Hawks Brigade", "hostile_to", "Dawn Army", "affirmed"),
            ("Sun Brigade", "hostile_to", "Dawn Army", "affirmed")} <= rels
    _, rels, _ = facts("The Hawks Brigade, a proxy of Iran, attacked the Dawn Army.")
    assert ("Hawks Brigade", "backed_by", "Iran", "affirmed") in rels


def test_a_fight_in_a_clause_opened_by_from_a_year_holds_from_then():
    x = extract("The Dawn Front attacked police posts, and from 1958 it clashed with the Hawks Brigade.",
                published="2020-03-10")
    assert [r.valid_from for r in x.relations if r.relation == "hostile_to"] == ["1958"]


@pytest.mark.parametrize("text", ["The Dawn Army backed by Russian jets attacked the Hawks Brigade in Kafr Nabl on Monday.",
                                  "Dawn Army forces backed by Russian air strikes attacked the Hawks Brigade on Monday."])
def test_a_force_backed_by_a_sponsor_still_attacks_whom_its_verb_names(text):
    _, rels, evs = facts(text)
    assert ("Dawn Army", "hostile_to", "Hawks Brigade", "affirmed") in rels
    assert any(v["type"] == "clash" and "Dawn Army" in v["agent"] and v["target"] == {"Hawks Brigade"} for v in evs)


@pytest.mark.parametrize("text", [
    "The Hawks Brigade, a faction of the Dawn Front, said its fighters had captured Kafr Nabl on Sunday.",
    "The Hawks Brigade a faction of the Dawn Front said its fighters had captured Kafr Nabl on Sunday",
])
def test_its_fighters_in_what_a_group_said_are_the_speakers_past_its_apposition(text):
    _, _, evs = facts(text)
    assert [v["agent"] for v in evs if v["type"] == "capture"] == [{"Hawks Brigade"}]


def test_suspected_before_a_groups_name_is_a_doubt_not_part_of_the_name():
    x, _, evs = facts("Suspected Hawks Brigade militants killed 12 soldiers in an attack on a base in northern Mali.")
    assert "Hawks Brigade" in {e.name for e in x.entities}
    assert not any(e.name.startswith("Suspected") for e in x.entities)


def test_a_name_a_sentence_opens_on_as_formerly_known_is_an_alias_of_its_subject():
    x = extract("Formerly known as the Sun Brigade, the Hawks Brigade is led by Karim Haddad.", published="2020-03-10")
    assert [(e.name, e.aliases) for e in x.entities if e.type != "person"] == [("Hawks Brigade", ["Sun Brigade"])]


def test_a_group_that_emerged_as_a_splinter_split_and_a_splinter_is_no_longer_a_unit():
    _, _, evs = facts("The Hawks Brigade emerged in 2014 as a splinter of the Dawn Front.")
    assert [(v["agent"], v["from"]) for v in evs if v["type"] == "split"] == [({"Hawks Brigade"}, {"Dawn Front"})]
    x = extract("The Hawks Brigade, a splinter of the Dawn Front, attacked Kafr Nabl.", published="2020-03-10")
    assert [r.valid_until for r in x.relations if r.relation == "part_of"] == ["2020-03-10"]


def test_most_of_a_dissolved_groups_fighters_joining_another_is_a_defection_of_its_men():
    _, rels, evs = facts("The Hawks Brigade was dissolved in 2019, and most of its fighters joined the Dawn Front.")
    assert [(v["from"], v["to"]) for v in evs if v["type"] == "defection"] == [({"Hawks Brigade"}, {"Dawn Front"})]
    assert not any(v["type"] == "joining" for v in evs)
    assert not any(r == "part_of" for _, r, _, _ in rels)


def test_a_known_body_and_its_heads_name_run_together_before_said_are_two_names():
    x, _, _ = facts("The Syrian Observatory for Human Rights Rami Abdel Rahman said the Dawn Army shelled Idlib.")
    assert {("Syrian Observatory for Human Rights", "organization"), ("Rami Abdel Rahman", "person")} <= {
        (e.name, e.type) for e in x.entities}


def test_a_stance_written_with_a_capital_between_a_name_and_its_noun_is_no_part_of_the_name():
    x, _, _ = facts("The Hawks Brigade Islamist faction said it had begun a new offensive against the Dawn Army.")
    assert "Hawks Brigade" in {e.name for e in x.entities}
    assert not any("Islamist" in e.name for e in x.entities)


def test_men_killed_when_a_force_struck_were_its_target_on_the_weekday_before_their_number():
    _, rels, evs = facts("Also Wednesday 22 Hawks Brigade fighters were killed when Dawn Army warplanes struck a convoy.",
                         "2015-07-23")
    assert [(v["agent"], v["target"], v["date"]) for v in evs if v["type"] == "clash"] == [
        ({"Dawn Army"}, {"Hawks Brigade"}, "2015-07-22")]
    assert ("Dawn Army", "hostile_to", "Hawks Brigade", "affirmed") in rels


def test_breaking_a_siege_a_group_maintained_is_a_fight_with_it():
    _, rels, evs = facts("On September 5 Dawn Army troops broke the blockade around Kafr Nabl maintained by the Hawks "
                         "Brigade for several years.", "2017-10-05")
    assert [(v["agent"], v["target"], v["date"]) for v in evs if v["type"] == "clash"] == [
        ({"Dawn Army"}, {"Hawks Brigade"}, "2017-09-05")]
    _, _, evs = facts("The Dawn Army broke the ceasefire on Tuesday.", "2017-10-05")
    assert not evs


def test_a_group_joined_last_year_by_another_has_it_as_a_unit_since_then():
    x = extract("The Dawn Front was joined last year by the Sun Brigade.", published="2021-03-15")
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], name[r.object], r.valid_from) for r in x.relations if r.relation == "part_of"] == [
        ("Sun Brigade", "Dawn Front", "2020")]


def test_a_former_unit_apposed_is_no_longer_one_and_takes_no_date_from_another_clause():
    x = extract("The Dawn Front has fought the Hawks Brigade since 2012 and was joined by the Sun Brigade, a former "
                "unit of the Moon Army.", published="2021-03-15")
    name = {e.id: e.name for e in x.entities}
    unit = [r for r in x.relations if r.relation == "part_of" and name[r.object] == "Moon Army"]
    assert [(r.valid_from, r.valid_until) for r in unit] == [(None, "2021-03-15")]


def test_its_after_a_sentence_opened_by_a_noun_for_a_group_is_that_group():
    text = ("Fighters of the Hawks Brigade seized Kafr Nabl on Sunday. The brigade, which is backed by Turkey, is one "
            "of the main factions of the Dawn Front. Its commander, Ahmed Salim, told reporters his men had won.")
    assert [m[:2] for m in memberships(text, "2021-03-15")] == [("Ahmed Salim", "Hawks Brigade")]


def test_the_leader_of_a_faction_of_a_group_is_its_member_as_the_factions_leader():
    assert memberships("A faction of the Dawn Front led by Karim Haddad rejected the deal.") == [
        ("Karim Haddad", "Dawn Front", "faction leader", None, None)]


@pytest.mark.parametrize("text, unit, whole", [
    ("The 25th Division of the Dawn Army attacked Kafr Nabl.", "25th Division", "Dawn Army"),
    ("The First Battalion of the Hawks Brigade attacked Kafr Nabl.", "First Battalion", "Hawks Brigade"),
    ("Among the groups in the Dawn Front are the Hawks Brigade and the Sun Brigade.", "Sun Brigade", "Dawn Front"),
])
def test_a_numbered_unit_of_a_force_and_the_groups_among_a_fronts_members_are_its_units(text, unit, whole):
    _, rels, _ = facts(text)
    assert (unit, "part_of", whole, "affirmed") in rels


def test_a_battalion_named_by_its_regiment_keeps_the_regiment_in_its_name():
    x, _, _ = facts("Troops of the 4th Battalion of the Sun Infantry Regiment recovered the body.")
    assert "4th Battalion of the Sun Infantry Regiment" in {e.name for e in x.entities}


@pytest.mark.parametrize("text", ["The Hawks Brigade received no support from Turkey, officials said.",
                                  "The Hawks Brigade did not receive weapons from Turkey."])
def test_support_not_received_is_a_negated_backing(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "backed_by", "Turkey", "negated") in rels
    assert ("Hawks Brigade", "backed_by", "Turkey", "affirmed") not in rels


@pytest.mark.parametrize("text, agent", [("Iran condemned the Dawn Army's attack on the Hawks Brigade.", "Dawn Army"),
                                         ("Turkey condemned the Russian air strikes on the Hawks Brigade.", "Russia")])
def test_an_attack_another_condemned_is_still_its_owners(text, agent):
    _, rels, evs = facts(text)
    assert clashes(evs) == [({agent}, {"Hawks Brigade"})]


@pytest.mark.parametrize("text", ["The Hawks Brigade threatened to attack the Dawn Army.",
                                  "The Hawks Brigade plans to join the Dawn Front.",
                                  "The Hawks Brigade is expected to merge with the Sun Brigade."])
def test_an_aim_is_no_event_and_no_tie_asserted(text):
    x, _, evs = facts(text)
    assert not evs
    assert all(r.modality == "possible" for r in x.relations)


@pytest.mark.parametrize("text", ["The Hawks Brigade did not take part in the offensive against the Dawn Army.",
                                  "The Hawks Brigade was not involved in the attack on the Dawn Army."])
def test_a_group_that_took_no_part_in_an_attack_did_not_make_it(text):
    _, rels, evs = facts(text)
    assert not evs
    assert ("Hawks Brigade", "hostile_to", "Dawn Army", "affirmed") not in rels


@pytest.mark.parametrize("text", ["Dawn Army retakes Kafr Nabl from Hawks Brigade",
                                  "Dawn Army recaptures Kafr Nabl from the Hawks Brigade"])
def test_a_headline_in_the_present_tense_reports_a_capture(text):
    _, _, evs = facts(text)
    assert [(v["agent"], v["from"]) for v in evs if v["type"] == "capture"] == [({"Dawn Army"}, {"Hawks Brigade"})]


@pytest.mark.parametrize("text", ["The Dawn Army fought street by street to retake Kafr Nabl from the Hawks Brigade.",
                                  "The spokesman said the Dawn Army would retake Kafr Nabl from the Hawks Brigade."])
def test_a_town_to_be_retaken_is_no_capture(text):
    _, _, evs = facts(text)
    assert not any(v["type"] == "capture" for v in evs)


def test_support_from_a_sponsor_is_no_loser_of_the_town_taken():
    _, rels, evs = facts("The Dawn Army returned three weeks later recapturing Kafr Nabl with support from Russian "
                         "airstrikes.")
    assert [v["from"] for v in evs if v["type"] == "capture"] == [set()]
    assert not any(r == "hostile_to" for _, r, _, _ in rels)


@pytest.mark.parametrize("text, typ, args", [
    ("Hawks Brigade splits from Dawn Front", "split", ({"Hawks Brigade"}, {"Dawn Front"})),
    ("Dawn Army shells Hawks Brigade positions", "clash", ({"Dawn Army"}, {"Hawks Brigade"})),
    ("Hawks Brigade fighters defect to Dawn Army", "defection", (set(), {"Hawks Brigade"})),
])
def test_headlines_in_the_present_tense(text, typ, args):
    _, _, evs = facts(text)
    got = [(v["agent"], v["from"] or v["target"]) for v in evs if v["type"] == typ]
    assert got == [args]


def test_an_alliance_formed_against_a_third_is_against_it_and_men_who_defect_leave_their_group():
    _, rels, _ = facts("Hawks Brigade, Sun Brigade form new alliance against Dawn Army")
    assert ("Hawks Brigade", "hostile_to", "Dawn Army", "affirmed") in rels
    assert not any(r == "allied_with" and "Dawn Army" in (s, o) for s, r, o, _ in rels)
    _, rels, _ = facts("Hawks Brigade fighters defected to the Dawn Army.")
    assert not any(r == "part_of" for _, r, _, _ in rels)
    _, rels, _ = facts("The army fired shells and rounds at Kafr Nabl, the Dawn Army said.")
    assert not rels


@pytest.mark.parametrize("text, attacker", [
    ("The Dawn Army repelled a Hawks Brigade attack on Kafr Nabl.", "Hawks Brigade"),
    ("Dawn Army forces repelled a Russian assault near Kafr Nabl, the army said.", "Russia"),
])
def test_the_attacker_of_a_repelled_attack_is_named_before_the_noun(text, attacker):
    _, _, evs = facts(text)
    assert clashes(evs) == [({attacker}, {"Dawn Army"})]


def test_countries_listed_after_strikes_on_are_where_and_a_bodys_programme_is_no_man():
    _, rels, _ = facts("The Dawn Front acknowledged the deaths of 735 civilians in its strikes on Syria and Iraq since 2014.")
    assert not any(r == "hostile_to" for _, r, _, _ in rels)
    x, _, _ = facts("Peter Salama Executive Director of the WHO Health Emergencies Programme said the attack was barbaric.")
    assert not any(e.type == "person" and "Programme" in e.name for e in x.entities)


def test_a_headlines_commander_killed_in_a_strike_was_hit_by_its_maker():
    _, rels, evs = facts("Hawks Brigade commander killed in Dawn Army strike")
    assert clashes(evs) == [({"Dawn Army"}, {"Hawks Brigade"})]
    assert ("Dawn Army", "hostile_to", "Hawks Brigade", "affirmed") in rels


def test_a_groups_leader_who_speaks_of_strikes_is_no_victim_of_them():
    _, rels, evs = facts("In a Twitter post the Hawks Brigade leader warned that his group would respond to airstrikes "
                         "by the Dawn Army.")
    assert not any(v["target"] for v in evs)
    assert not any(r == "hostile_to" and "Hawks Brigade" in (s, o) for s, r, o, _ in rels)


@pytest.mark.parametrize("cue", ["which comprises", "which is made up of", "that brought together"])
def test_a_coalitions_members_follow_the_relative_clause_that_lists_them(cue):
    _, rels, _ = facts(f"The Dawn Alliance, {cue} the Hawks Brigade and the Sun Brigade, launched an offensive.")
    assert {(s, o) for s, r, o, _ in rels if r == "part_of"} == {("Hawks Brigade", "Dawn Alliance"),
                                                                ("Sun Brigade", "Dawn Alliance")}


def test_a_participle_of_result_is_done_by_the_clauses_subject_not_its_object():
    _, rels, evs = facts("The Dawn Front attacked a Hawks Brigade checkpoint on Sunday, killing three Sun Brigade fighters.")
    assert ("Dawn Front", "hostile_to", "Sun Brigade", "affirmed") in rels
    assert not any({s, o} == {"Hawks Brigade", "Sun Brigade"} for s, _, o, _ in rels)
    assert all(v["agent"] == {"Dawn Front"} for v in evs if v["type"] == "clash")
    _, rels, _ = facts("The Dawn Front said the Hawks Brigade attacked Kafr Nabl, killing three Sun Brigade fighters.")
    assert ("Dawn Front", "hostile_to", "Sun Brigade", "affirmed") not in rels


def test_a_states_possessive_names_the_country_of_a_generic_army():
    x, rels, _ = facts("Eritrea sent troops to support Ethiopia's federal army.")
    forces = [e.name for e in x.entities if e.type == "state_force"]
    assert forces and not any("Eritrea" in f for f in forces)
    assert (forces[0], "backed_by", "Eritrea", "affirmed") in rels


def test_a_sponsor_named_in_a_compound_does_not_do_what_the_subject_does():
    _, rels, _ = facts("The Hawks Brigade, the Iran-backed militia, has sent fighters to Kafr Nabl to support the "
                       "Dawn Army.")
    assert ("Dawn Army", "backed_by", "Iran", "affirmed") not in rels
    assert ("Hawks Brigade", "backed_by", "Iran", "affirmed") in rels


@pytest.mark.parametrize("text", [
    "The Dawn Front, an umbrella of militias formed in 2014 to fight the Hawks Brigade, was disbanded in 2019.",
    "The Dawn Front, a militia set up to help the Hawks Brigade, lost 12 members in an ambush.",
])
def test_a_group_formed_for_a_purpose_is_founded_not_its_purposes_object(text):
    _, rels, evs = facts(text)
    assert not any(r == "part_of" for _, r, _, _ in rels)
    assert all(v["agent"] == {"Dawn Front"} for v in evs if v["type"] == "formation")


def test_a_component_is_a_unit_and_the_one_led_is_the_name_it_describes():
    _, rels, _ = facts("The Hawks Brigade, a Dawn Front component led by Ahmed Salim, attacked Kafr Nabl.")
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels
    assert [(p, g, role) for p, g, role, _, _ in memberships(
        "The Hawks Brigade, a Dawn Front component led by Ahmed Salim, attacked Kafr Nabl.")] == \
        [("Ahmed Salim", "Hawks Brigade", "leader")]
    assert [(p, g, role) for p, g, role, _, _ in memberships("A Dawn Front faction led by Ahmed Salim attacked Kafr Nabl.")] \
        == [("Ahmed Salim", "Dawn Front", "faction leader")]


def test_forces_aligned_with_a_side_are_unnamed_and_a_link_is_no_unit():
    _, rels, _ = facts("The Dawn Army has been fighting forces aligned with the Hawks Brigade near Kafr Nabl.")
    assert not any(r in ("allied_with", "affiliated_with", "part_of", "backed_by") for _, r, _, _ in rels)
    _, rels, _ = facts("The Sun Brigade, a militant group linked to the Dawn Army, attacked Kafr Nabl.")
    assert not any(r == "part_of" for _, r, _, _ in rels)


@pytest.mark.parametrize("text, date", [
    ("The Dawn Front emerged in 1982 during the invasion of Kafr Nabl.", "1982"),
    ("In 1994 the Dawn Front emerged in Kafr Nabl and by 1996 had taken Idlib.", "1994"),
])
def test_a_group_that_emerged_in_a_year_or_a_place_was_founded(text, date):
    _, _, evs = facts(text, "2020-01-01")
    assert [(v["agent"], v["date"]) for v in evs if v["type"] == "formation"] == [({"Dawn Front"}, date)]


def test_a_group_that_demobilised_ended_but_demobilised_fighters_are_no_group():
    _, _, evs = facts("The Dawn Front, an umbrella of militias, demobilised in 2006.", "2020-01-01")
    assert [(v["agent"], v["date"]) for v in evs if v["type"] == "dissolution"] == [({"Dawn Front"}, "2006")]
    _, _, evs = facts("The Dawn Front recruited demobilised fighters of the Hawks Brigade in 2006.", "2020-01-01")
    assert not any(v["type"] == "dissolution" for v in evs)


def test_a_fronted_founding_as_a_unit_of_y_makes_the_subject_after_it_a_unit():
    _, rels, _ = facts("Formed in 2012 as a faction of the Dawn Front, the Hawks Brigade attacked Kafr Nabl.", "2020-01-01")
    assert ("Hawks Brigade", "part_of", "Dawn Front", "affirmed") in rels


def test_the_date_of_an_opening_participle_is_not_the_main_verbs():
    _, _, evs = facts("Formed in 2012 as a faction of the Dawn Front, the Hawks Brigade attacked Kafr Nabl.", "2020-01-01")
    assert [v["date"] for v in evs if v["type"] == "formation"] == ["2012"]
    assert [v["date"] for v in evs if v["type"] == "clash"] == [None]


def test_turned_on_a_coalition_against_and_anti_factions_are_enmities():
    _, rels, _ = facts("The Sun Brigade turned on the Dawn Front in January 2018.", "2019-01-01")
    assert ("Sun Brigade", "hostile_to", "Dawn Front", "affirmed") in rels
    _, rels, _ = facts("The Hawks Brigade is fighting to take the town with support from the Dawn Alliance against "
                       "the Sun Brigade.")
    assert ("Dawn Alliance", "hostile_to", "Sun Brigade", "affirmed") in rels
    assert ("Hawks Brigade", "hostile_to", "Sun Brigade", "affirmed") not in rels
    _, rels, _ = facts("Anti-regime factions in Kafr Nabl include the Hawks Brigade and the Sun Brigade.")
    assert {(s, o) for s, r, o, _ in rels if r == "hostile_to"} == {("Hawks Brigade", "Syrian government"),
                                                                   ("Sun Brigade", "Syrian government")}


def test_a_count_before_a_groups_men_is_no_part_of_its_name():
    x, _, _ = facts("The Dawn Army killed 20 Hawks Brigade terrorists in Kafr Nabl.")
    assert "Hawks Brigade" in {e.name for e in x.entities}


def test_its_ally_is_the_subjects_ally_and_both_act():
    _, rels, _ = facts("The Dawn Army withdrew from Kafr Nabl, abandoning its ally, the Hawks Brigade.")
    assert ("Dawn Army", "allied_with", "Hawks Brigade", "affirmed") in rels
    _, _, evs = facts("The Dawn Front and its ally, the Hawks Brigade, attacked the Sun Brigade in Kafr Nabl.")
    assert [v["agent"] for v in evs if v["type"] == "clash"] == [{"Dawn Front", "Hawks Brigade"}]


def test_artillery_support_from_a_force_backs_the_attacker():
    _, rels, _ = facts("The Hawks Brigade attacked Kafr Nabl with artillery support from the Dawn Army.")
    assert ("Hawks Brigade", "backed_by", "Dawn Army", "affirmed") in rels


@pytest.mark.parametrize("text, role", [
    ("Ahmed Salim, a former colonel of the Dawn Army, was killed.", "colonel (former)"),
    ("The commander was Ahmed Salim, a major in the Dawn Army.", "major"),
])
def test_a_rank_in_lower_case_apposed_to_a_name_is_his_place_in_the_force(text, role):
    assert [(p, g, r) for p, g, r, _, _ in memberships(text)] == [("Ahmed Salim", "Dawn Army", role)]


@pytest.mark.parametrize("text, role", [
    ("Ahmed Salim and other commanders of the Hawks Brigade were killed in Kafr Nabl.", "commander"),
    ("The Sun Brigade was formed in 1974 by Ahmed Salim and other members expelled from the Hawks Brigade.",
     "member (former)"),
])
def test_a_man_named_with_other_members_of_a_group_is_one_of_them(text, role):
    assert ("Ahmed Salim", "Hawks Brigade", role) in [(p, g, r) for p, g, r, _, _ in memberships(text, "2020-01-01")]


@pytest.mark.parametrize("text", [
    "It is unclear whether the Sun Brigade has joined the Dawn Alliance.",
    "If the Sun Brigade joins the Dawn Alliance, the balance of power would shift.",
])
def test_a_fact_left_open_by_a_doubt_or_a_condition_is_possible(text):
    x, _, _ = facts(text)
    assert [r.modality for r in x.relations if r.relation == "part_of"] == ["possible"]


def test_a_doubt_after_the_fact_about_something_else_leaves_it_asserted():
    x, _, _ = facts("The Dawn Army shelled the Hawks Brigade in Kafr Nabl, but it was unclear whether anyone died.")
    assert {r.modality for r in x.relations if r.relation == "hostile_to"} == {"asserted"}


def test_a_relative_clause_on_an_apposed_noun_is_the_names_and_its_perfect_keeps_its_own_time():
    _, rels, evs = facts("The Dawn Front was formed in 2012 by former members of the Hawks Brigade, a rebel group that "
                         "had been integrated into the Dawn Army.", "2020-01-01")
    assert [(v["agent"], v["to"], v["date"]) for v in evs if v["type"] == "joining"] == \
        [({"Hawks Brigade"}, {"Dawn Army"}, None)]
    assert ("Dawn Front", "part_of", "Dawn Army", "affirmed") not in rels


def test_the_accused_not_the_accuser_does_what_the_accusation_says():
    _, rels, _ = facts("The Dawn Army accused the rebels of working with the Hawks Brigade.")
    assert not any(r == "allied_with" for _, r, _, _ in rels)
    _, rels, _ = facts("The Dawn Army accused the Sun Brigade of working with the Hawks Brigade.")
    assert {(s, o) for s, r, o, _ in rels if r == "allied_with"} == {("Sun Brigade", "Hawks Brigade")}


def test_the_groups_a_force_relies_on_in_the_field_are_its_allies():
    _, rels, _ = facts("The Dawn Army has relied on local militias known as the Hawks Brigade, as well as the Sun "
                       "Brigade, to hold the front line.")
    assert {(s, o) for s, r, o, _ in rels if r == "allied_with"} == {("Dawn Army", "Hawks Brigade"),
                                                                    ("Dawn Army", "Sun Brigade")}
    _, rels, _ = facts("The Dawn Army relies on Iranian funding.")
    assert not any(r == "allied_with" for _, r, _, _ in rels)
    _, rels, _ = facts("Kafr Nabl has been under a Dawn Army blockade and its population relies on convoys escorted "
                       "by the Hawks Brigade.")
    assert not any(r == "allied_with" for _, r, _, _ in rels)


@pytest.mark.parametrize("text", [
    "The Dawn Front captured Kafr Nabl on Tuesday after driving out the last Hawks Brigade fighters.",
    "The Dawn Front took Kafr Nabl, which Hawks Brigade units left overnight.",
    "Kafr Nabl fell to the Dawn Front on Monday after the Hawks Brigade withdrew.",
    "The Dawn Front retook Kafr Nabl, which the Hawks Brigade had seized in March.",
])
def test_who_lost_a_place_is_read_from_the_clause_that_says_they_left_or_held_it(text):
    _, _, evs = facts(text, "2017-10-01")
    assert ({"Dawn Front"}, {"Hawks Brigade"}) in [(v["agent"], v["from"]) for v in evs if v["type"] == "capture"]


def test_a_place_retaken_is_not_dated_by_the_earlier_seizure_its_clause_recalls():
    _, _, evs = facts("The Dawn Front retook Kafr Nabl, which the Hawks Brigade had seized in March.", "2017-10-01")
    assert [v["date"] for v in evs if v["type"] == "capture" and v["agent"] == {"Dawn Front"}] == [None]


@pytest.mark.parametrize("text, agent, target", [
    ("Two members of the Hawks Brigade were killed on Thursday when the Dawn Army stormed a house in Kafr Nabl.",
     "Dawn Army", "Hawks Brigade"),
    ("A suicide bomber of the Hawks Brigade killed at least 13 Dawn Army soldiers at Kafr Nabl.", "Hawks Brigade", "Dawn Army"),
    ("Dawn Army soldiers shot dead six Hawks Brigade fighters near Kafr Nabl.", "Dawn Army", "Hawks Brigade"),
])
def test_the_dead_are_the_target_of_the_men_who_killed_them(text, agent, target):
    _, _, evs = facts(text, "2016-09-20")
    assert ({agent}, {target}) in clashes(evs)


def test_a_weekday_after_a_place_whose_comma_was_lost_is_no_part_of_its_name():
    x, _, _ = facts("A suicide bomber of the Hawks Brigade blew himself up in the city of Aleppo Monday killing "
                    "at least 25 Dawn Army soldiers.")
    assert "Aleppo" in {e.name for e in x.entities if e.type == "place"}


def test_a_statements_we_and_our_forces_are_its_issuer_named_in_the_letterhead():
    text = ("HAWKS BRIGADE\n\nPRESS RELEASE\n\nOn 9 April the Dawn Army attacked our positions near Kafr Nabl. "
            "Our forces entered Kafr Zita on Monday. The Hawks Brigade thanks the people of Idlib.\n")
    _, rels, evs = facts(text, "2022-04-10")
    assert ("Dawn Army", "hostile_to", "Hawks Brigade", "affirmed") in rels
    assert [v["agent"] for v in evs if v["type"] == "capture"] == [{"Hawks Brigade"}]


def test_a_group_named_in_a_statements_title_but_not_its_issuer_is_not_we():
    text = ("Designations of the Hawks Brigade\nPress Statement, Department of State, May 2, 2025\n\n"
            "Today the Department designates the Hawks Brigade. We continue to support the Dawn Army.\n")
    _, rels, _ = facts(text, "2025-05-02")
    assert not any(r in ("allied_with", "backed_by") for _, r, _, _ in rels)


@pytest.mark.parametrize("text", [
    "The Hawks Brigade claimed the capture of Kafr Nabl from the Dawn Army.",
    "Hawks Brigade claims capture of Kafr Nabl from Dawn Army",
    "The Hawks Brigade announced the takeover of Kafr Nabl from the Dawn Army.",
])
def test_who_claims_the_capture_of_a_place_took_it_as_reported(text):
    x, _, evs = facts(text, "2023-11-02")
    assert [(v["agent"], v["from"]) for v in evs if v["type"] == "capture"] == [({"Hawks Brigade"}, {"Dawn Army"})]
    assert [v.modality for v in x.events if v.type == "capture"] == ["reported"]


def test_a_headline_naming_a_leader_in_the_present_is_a_change_of_leader():
    _, _, evs = facts("Dawn Front names Karim Haddad as new leader after Salim's death", "2023-11-02")
    assert [(v["agent"], v["to"]) for v in evs if v["type"] == "leadership_change"] == [({"Karim Haddad"}, {"Dawn Front"})]


def test_a_name_with_its_kind_in_two_words_is_the_subject_past_its_aside():
    _, rels, _ = facts("The Dawn Front rebel coalition, formed in 2023 by the rival gangs Hawks Brigade and Sun Brigade, "
                       "controls about 85 percent of Kafr Nabl.", "2024-05-01")
    assert {(s, o) for s, r, o, _ in rels if r == "controls"} == {("Dawn Front", "Kafr Nabl")}


@pytest.mark.parametrize("text, role, until", [
    ("Ahmed Salim stepped down as leader of the Hawks Brigade in March.", "leader", "2019-03"),
    ("Ahmed Salim resigned as head of the Hawks Brigade.", "head (former)", "2020-01-01"),
    ("Ahmed Salim served as military commander of the Hawks Brigade until 2015.", "military commander", "2015"),
])
def test_a_man_who_served_in_or_stepped_down_from_a_role_held_it(text, role, until):
    assert [(p, g, r, e) for p, g, r, _, e in memberships(text, "2020-01-01")] == \
        [("Ahmed Salim", "Hawks Brigade", role, until)]


def test_who_replaced_whom_as_leader_in_the_active_and_the_passive():
    _, _, evs = facts("Karim Haddad replaced Ahmed Salim as head of the Hawks Brigade in 2019.", "2020-01-01")
    assert [v["agent"] for v in evs if v["type"] == "leadership_change"] == [{"Karim Haddad"}]
    assert [(p, g, r, f, u) for p, g, r, f, u in memberships(
        "Ahmed Salim was replaced as head of the Hawks Brigade in 2019.", "2020-01-01")] == \
        [("Ahmed Salim", "Hawks Brigade", "head", None, "2019")]


def test_a_man_named_before_led_leads_the_group_after_it():
    assert [(p, g, r) for p, g, r, _, _ in memberships("The Ahmed Salim-led Hawks Brigade attacked Kafr Nabl.")] == \
        [("Ahmed Salim", "Hawks Brigade", "leader")]
    x, _, _ = facts("In 1994 it split into Kromah's Mandingo-led Hawks Brigade and the Dawn Front-led Sun Alliance.")
    assert not any(e.type == "person" for e in x.entities)


def test_one_of_several_factions_in_y_and_both_members_of_y_before_the_verb():
    _, rels, _ = facts("The Hawks Brigade is one of several factions in the Dawn Alliance.")
    assert ("Hawks Brigade", "part_of", "Dawn Alliance", "affirmed") in rels
    _, _, evs = facts("The Hawks Brigade and the Sun Brigade, both members of the Dawn Alliance, attacked Kafr Nabl.")
    assert [v["agent"] for v in evs if v["type"] == "clash"] == [{"Hawks Brigade", "Sun Brigade"}]


def test_switching_sides_is_a_defection_and_absorbed_by_an_end():
    _, _, evs = facts("Ahmed Salim, a senior Hawks Brigade commander, switched sides to the Dawn Army last week.")
    assert [(v["agent"], v["from"], v["to"]) for v in evs if v["type"] == "defection"] == \
        [({"Ahmed Salim"}, {"Hawks Brigade"}, {"Dawn Army"})]
    _, _, evs = facts("The Hawks Brigade was absorbed by the Dawn Front in 2017.")
    assert [(v["agent"], v["date"]) for v in evs if v["type"] == "dissolution"] == [({"Hawks Brigade"}, "2017")]


@pytest.mark.parametrize("text", [
    "Some 200 Hawks Brigade fighters surrendered to the Dawn Army in Kafr Nabl on Sunday.",
    "The Hawks Brigade refused to surrender to the Dawn Army.",
])
def test_who_surrenders_or_will_not_surrender_to_a_side_fought_it(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "hostile_to", "Dawn Army", "affirmed") in rels


def test_men_sent_to_reinforce_a_side_make_their_group_its_ally():
    _, rels, _ = facts("Hundreds of fighters from the Hawks Brigade have crossed into Kafr Nabl to reinforce the Dawn Army.")
    assert ("Hawks Brigade", "allied_with", "Dawn Army", "affirmed") in rels


@pytest.mark.parametrize("text, since", [
    ("Kafr Nabl has been in Hawks Brigade hands since 2015.", "2015"),
    ("Kafr Nabl has been in the hands of the Hawks Brigade since 2015.", "2015"),
])
def test_a_place_in_a_groups_hands_is_held_by_it(text, since):
    x, rels, _ = facts(text, "2021-06-01")
    assert [(r.valid_from) for r in x.relations if r.relation == "controls"] == [since]
    assert ("Hawks Brigade", "controls", "Kafr Nabl", "affirmed") in rels


def test_who_fled_an_attack_did_not_make_it():
    _, _, evs = facts("Residents of Kafr Nabl, a Hawks Brigade stronghold, fled the shelling.")
    assert not any(v["type"] == "clash" and "Hawks Brigade" in v["agent"] for v in evs)


@pytest.mark.parametrize("text", [
    "The Hawks Brigade and the Dawn Army launched a joint offensive on Kafr Nabl.",
    "The Hawks Brigade and the Dawn Army signed a military cooperation agreement in March.",
    "The Hawks Brigade coordinates closely with the Dawn Army.",
])
def test_joint_action_a_cooperation_pact_and_coordination_make_allies(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "allied_with", "Dawn Army", "affirmed") in rels


def test_an_operation_coordinated_with_a_side_is_its_makers_not_its_targets():
    _, rels, _ = facts("The Dawn Army crossed into Kafr Nabl to attack camps of the Hawks Brigade, an operation the "
                       "Sun Front said was coordinated with the Falcons Brigade.")
    assert not any(r == "allied_with" and "Hawks Brigade" in (s, o) for s, r, o, _ in rels)


def test_a_strike_attributed_to_a_side_is_its_strike():
    _, _, evs = facts("A drone strike attributed to the Dawn Army killed two Hawks Brigade commanders near Kafr Nabl.")
    assert clashes(evs) == [({"Dawn Army"}, {"Hawks Brigade"})]


def test_a_bomb_set_off_at_a_sides_post_is_an_attack_on_it():
    _, _, evs = facts("Hawks Brigade militants detonated a car bomb at a Dawn Army checkpoint.")
    assert clashes(evs) == [({"Hawks Brigade"}, {"Dawn Army"})]


@pytest.mark.parametrize("text", [
    "The Dawn Front (known in Arabic as Jabhat al-Fajr) attacked Kafr Nabl.",
    "The Dawn Front, previously called Jabhat al-Fajr, attacked Kafr Nabl.",
])
def test_a_groups_other_name_in_another_language_or_from_before_is_its_alias(text):
    x, _, _ = facts(text)
    groups = [e for e in x.entities if e.type == "armed_group"]
    assert len(groups) == 1 and {"Dawn Front", "Jabhat al-Fajr"} <= {groups[0].name, *groups[0].aliases}
    assert not any(e.type == "place" and e.name == "Arabic" for e in x.entities)


def test_a_date_in_a_whose_clause_is_not_the_main_verbs():
    _, _, evs = facts("The Hawks Brigade, whose leader Ahmed Salim was killed in 2018, attacked Kafr Nabl.", "2022-08-01")
    assert [v["date"] for v in evs if v["type"] == "clash"] == [None]


@pytest.mark.parametrize("text", [
    "The Hawks Brigade ended its alliance with the Sun Brigade in 2019.",
    "The alliance between the Hawks Brigade and the Sun Brigade collapsed in 2019.",
])
def test_an_alliance_ended_or_collapsed_ends_the_tie_and_makes_none(text):
    x, _, evs = facts(text, "2022-08-01")
    assert [(r.relation, r.valid_from, r.valid_until) for r in x.relations] == [("allied_with", None, "2019")]
    assert not any(v["type"] == "alliance" for v in evs)


def test_the_partner_a_group_joined_forces_with_to_form_y_founded_y_too():
    _, rels, evs = facts("The Hawks Brigade joined forces with the Sun Brigade to form the Dawn Front in 2015.", "2022-08-01")
    assert {s for s, r, o, _ in rels if r == "part_of" and o == "Dawn Front"} == {"Hawks Brigade", "Sun Brigade"}
    assert [v["from"] for v in evs if v["type"] == "formation"] == [{"Hawks Brigade", "Sun Brigade"}]


def test_groups_that_united_under_a_banner_are_its_units_since_then():
    x, _, _ = facts("Five rebel groups, including the Hawks Brigade and the Sun Brigade, united under the banner of the "
                    "Dawn Front in 2015.", "2022-08-01")
    name = {e.id: e.name for e in x.entities}
    assert {(name[r.subject], name[r.object], r.valid_from) for r in x.relations if r.relation == "part_of"} == \
        {("Hawks Brigade", "Dawn Front", "2015"), ("Sun Brigade", "Dawn Front", "2015")}


def test_a_nickname_in_quotation_marks_is_inside_the_mans_name():
    x, rels, _ = facts('Karim "El Halcon" Haddad, a co-founder of the Hawks Brigade, was arrested in Kafr Nabl.')
    person = next(e for e in x.entities if e.type == "person")
    assert person.name == 'Karim "El Halcon" Haddad' and "Karim Haddad" in person.aliases
    assert (person.name, "member_of", "Hawks Brigade", "affirmed") in rels


def test_a_self_proclaimed_caliph_of_a_group_leads_it():
    assert [(p, g, r) for p, g, r, _, _ in memberships(
        "Ahmed Salim, the self-proclaimed caliph of the Hawks Brigade, was killed in a raid.")] == \
        [("Ahmed Salim", "Hawks Brigade", "caliph")]


@pytest.mark.parametrize("text", [
    "Tensions between the Hawks Brigade and the Sun Brigade erupted into open fighting last month.",
    "Tensions between the Hawks Brigade and its former ally, the Sun Brigade, erupted into open fighting last month.",
])
def test_tensions_that_erupted_into_fighting_are_a_fight(text):
    _, rels, evs = facts(text)
    assert ("Hawks Brigade", "hostile_to", "Sun Brigade", "affirmed") in rels
    assert [v["agent"] for v in evs if v["type"] == "clash"] == [{"Hawks Brigade", "Sun Brigade"}]


def test_tensions_alone_are_no_fight():
    _, rels, evs = facts("Tensions between the Hawks Brigade and the Sun Brigade have risen.")
    assert not rels and not evs


def test_two_groups_battling_for_control_of_a_place_are_rivals():
    _, rels, evs = facts("The Hawks Brigade and the Sun Brigade have been battling for control of Kafr Nabl since January.")
    assert rels == {("Hawks Brigade", "hostile_to", "Sun Brigade", "affirmed")}
    assert [(v["agent"], v["date"]) for v in evs if v["type"] == "clash"] == [({"Hawks Brigade", "Sun Brigade"}, "2020-01")]


@pytest.mark.parametrize("verb", ["battled for control of", "clashed in"])
def test_two_demonyms_sharing_one_forces_noun_are_one_side(verb):
    _, rels, _ = facts(f"Russian and Syrian forces {verb} Kafr Nabl.")
    assert not [r for r in rels if r[1] == "hostile_to"]


@pytest.mark.parametrize("text", [
    "The Dawn Alliance is dominated by the Hawks Brigade.",
    "The Dawn Alliance, which is largely dominated by the Hawks Brigade, attacked Kafr Nabl.",
])
def test_the_group_a_coalition_is_dominated_by_is_one_of_its_units(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "part_of", "Dawn Alliance", "affirmed") in rels


def test_a_coalition_not_dominated_by_a_group_has_no_unit():
    _, rels, _ = facts("The Dawn Alliance is not dominated by the Hawks Brigade.")
    assert not rels


def test_the_acronym_a_group_is_known_by_is_its_other_name():
    x, _, _ = facts("The Dawn Alliance, known by its Arabic acronym DAWA, attacked the Hawks Brigade.")
    assert [e.aliases for e in x.entities if e.name == "Dawn Alliance"] == [["DAWA"]]


@pytest.mark.parametrize("text", [
    "Troops from Chad and Niger joined the offensive against the Dawn Front in February.",
    "Soldiers from Chad, Niger and Cameroon attacked Dawn Front positions.",
])
def test_troops_from_states_are_those_states_forces(text):
    _, rels, _ = facts(text)
    assert {r for r in rels if r[1] == "hostile_to"} == {
        (s, "hostile_to", "Dawn Front", "affirmed") for s in ("Chad", "Niger", "Cameroon") if s in text}


def test_a_named_force_from_a_state_is_that_forces():
    _, rels, _ = facts("In 2013, French forces from Chad attacked the Dawn Front.")
    assert not [r for r in rels if "Chad" in r]


def test_fighting_alongside_an_ally_is_no_fight():
    x, rels, evs = facts("The Hawks Brigade, which has fought alongside the Dawn Army since 2017, was accused of "
                         "killing civilians in Kafr Nabl.")
    assert rels == {("Hawks Brigade", "allied_with", "Dawn Army", "affirmed")}
    assert not evs


@pytest.mark.parametrize("text", [
    "The Hawks Brigade, which joined the Dawn Alliance in 2019, attacked the Sun Brigade, activists said.",
    "The Hawks Brigade, backed by Turkey, attacked the Sun Brigade, activists said.",
])
def test_an_aside_closed_before_the_speech_cue_is_the_articles_own(text):
    x, _, _ = facts(text)
    name = {e.id: e.name for e in x.entities}
    mods = {(name[r.object], r.modality) for r in x.relations}
    assert mods == {("Dawn Alliance" if "joined" in text else "Turkey", "asserted"), ("Sun Brigade", "reported")}


def test_an_aside_inside_what_was_said_stays_reported():
    x, _, _ = facts("Activists said the Hawks Brigade, which joined the Dawn Alliance in 2019, attacked the Sun Brigade.")
    assert {r.modality for r in x.relations} == {"reported"}


def test_pushing_a_force_back_is_a_fight_with_it():
    _, rels, evs = facts("The Hawks Brigade said it had pushed Dawn Army troops back near Kafr Nabl.")
    assert ("Hawks Brigade", "hostile_to", "Dawn Army", "affirmed") in rels
    assert clashes(evs) == [({"Hawks Brigade"}, {"Dawn Army"})]


def test_pushing_talks_back_is_no_fight():
    _, rels, evs = facts("The Hawks Brigade pushed the ceasefire talks back.")
    assert not rels and not evs


@pytest.mark.parametrize("text", [
    "The Hawks Brigade retreated from Kafr Nabl after an assault by the Dawn Army.",
    "The Hawks Brigade withdrew from Kafr Nabl following heavy Dawn Army shelling.",
])
def test_who_gave_ground_after_an_attack_was_its_target(text):
    _, rels, evs = facts(text)
    assert ("Dawn Army", "hostile_to", "Hawks Brigade", "affirmed") in rels
    assert clashes(evs) == [({"Dawn Army"}, {"Hawks Brigade"})]


def test_who_a_side_fought_without_is_no_enemy():
    _, rels, _ = facts("The Hawks Brigade could not have fought the war without Turkey.")
    assert not rels


def test_it_after_a_colon_is_the_sentences_subject():
    x, rels, _ = facts("The Hawks Brigade, the armed wing of the Dawn Party, could not have won without Ankara: it was "
                       "armed and financed by Turkey.")
    assert ("Hawks Brigade", "backed_by", "Turkey", "affirmed") in rels
    assert {r.modality for r in x.relations if r.relation == "backed_by"} == {"asserted"}


def test_a_name_after_comma_and_that_opens_a_clause_ends_the_list_before_it():
    _, rels, _ = facts("The Hawks Brigade is armed by Turkey, and the Dawn Army is backed by Iran.")
    assert rels == {("Hawks Brigade", "backed_by", "Turkey", "affirmed"), ("Dawn Army", "backed_by", "Iran", "affirmed")}


def test_a_doubt_before_a_semicolon_leaves_the_next_clause_asserted():
    x, _, _ = facts("The Hawks Brigade may have joined the Dawn Alliance; it also fought the Sun Brigade.")
    name = {e.id: e.name for e in x.entities}
    assert {(name[r.object], r.modality) for r in x.relations} == {("Dawn Alliance", "possible"),
                                                                   ("Sun Brigade", "asserted")}


def test_a_leader_whose_predecessor_was_killed_keeps_his_role():
    assert memberships("Ahmed Salim took command of the Hawks Brigade after its founder was killed in 2015.") == \
        [("Ahmed Salim", "Hawks Brigade", "commander", "2015", None)]


def test_the_groups_a_group_counts_among_its_members_are_its_units():
    _, rels, _ = facts("The Dawn Front counts the Hawks Brigade and the Sun Brigade among its members.")
    assert rels == {("Hawks Brigade", "part_of", "Dawn Front", "affirmed"), ("Sun Brigade", "part_of", "Dawn Front", "affirmed")}
    _, rels, _ = facts("The Dawn Front counts the Hawks Brigade among its enemies.")
    assert not [r for r in rels if r[1] == "part_of"]


@pytest.mark.parametrize("verb", ["which groups", "which unites"])
def test_the_groups_a_coalition_groups_or_unites_are_its_units(verb):
    _, rels, _ = facts(f"The Dawn Alliance, {verb} the Hawks Brigade and the Sun Brigade, attacked Kafr Nabl.")
    assert {r for r in rels if r[1] == "part_of"} == {("Hawks Brigade", "part_of", "Dawn Alliance", "affirmed"),
                                                     ("Sun Brigade", "part_of", "Dawn Alliance", "affirmed")}


def test_the_two_named_before_in_the_sentence_fought_each_other():
    x, rels, _ = facts("The Hawks Brigade regards the Sun Brigade as apostates, and the two have fought each other "
                       "since 2015.")
    assert ("Hawks Brigade", "hostile_to", "Sun Brigade", "affirmed") in rels
    assert {r.modality for r in x.relations if r.relation == "hostile_to"} == {"asserted"}


def test_the_two_do_not_count_a_part_of_the_other():
    _, rels, _ = facts("The Dawn Front treated the move as treason: its Hawks Brigade hunted down the defectors, and "
                       "the two groups have fought intermittently ever since.")
    assert not [r for r in rels if r[1] == "hostile_to"]


def test_the_two_groups_turned_on_each_other():
    _, rels, evs = facts("The Hawks Brigade and the Sun Brigade were once allies. In 2019 the two groups turned on each "
                         "other.")
    assert ("Hawks Brigade", "hostile_to", "Sun Brigade", "affirmed") in rels
    assert [(v["agent"], v["date"]) for v in evs if v["type"] == "clash"] == [({"Hawks Brigade", "Sun Brigade"}, "2019")]


def test_the_government_in_a_capital_is_that_states():
    x, rels, _ = facts("The Hawks Brigade, an armed group opposed to the government in Kigali, operates in Kafr Nabl.")
    assert ("Hawks Brigade", "hostile_to", "Rwandan government", "affirmed") in rels


def test_a_political_movement_opposed_to_a_government_is_no_enemy_in_arms():
    _, rels, _ = facts("The Dawn Party, a political movement opposed to the government in Kigali, won the election.")
    assert not rels


@pytest.mark.parametrize("text, foe", [
    ("The Hawks Brigade quickly replaced the Sun Brigade as the main armed opposition to the Rwandan government.",
     "Hawks Brigade"),
    ("Fighters joined the new group, which quickly replaced the Sun Brigade as the main armed opposition to the Rwandan "
     "government.", None),
])
def test_who_replaced_a_group_as_the_armed_opposition_fights_the_government(text, foe):
    _, rels, _ = facts(text)
    assert {r[0] for r in rels if r[1] == "hostile_to"} == ({foe} if foe else set())


def test_the_kingdom_of_a_country_is_the_state():
    _, rels, _ = facts("The war was an armed conflict between the Hawks Brigade and the Kingdom of Nepal.")
    assert ("Hawks Brigade", "hostile_to", "Nepal", "affirmed") in rels


@pytest.mark.parametrize("verb", ["declared allegiance", "swore allegiance", "pledged loyalty"])
def test_declaring_allegiance_to_a_group_joins_it(verb):
    _, rels, evs = facts(f"The Hawks Brigade {verb} to the Dawn Front in 2015.")
    assert rels == {("Hawks Brigade", "part_of", "Dawn Front", "affirmed")}
    assert [(v["type"], v["agent"], v["to"], v["date"]) for v in evs] == [("joining", {"Hawks Brigade"}, {"Dawn Front"}, "2015")]


def test_a_pledge_to_a_network_of_no_one_country_makes_an_affiliate():
    _, rels, evs = facts("The Hawks Brigade pledged allegiance to the Islamic State in 2019.")
    assert rels == {("Hawks Brigade", "affiliated_with", "Islamic State", "affirmed")}
    assert [(v["type"], v["agent"], v["to"]) for v in evs] == [("joining", {"Hawks Brigade"}, {"Islamic State"})]


def test_a_pledge_to_a_group_makes_a_unit():
    _, rels, _ = facts("The Hawks Brigade pledged allegiance to the Dawn Front in 2019.")
    assert rels == {("Hawks Brigade", "part_of", "Dawn Front", "affirmed")}


def test_the_group_whose_former_commanders_pledged_did_not():
    _, rels, evs = facts("Two smaller groups, both former commanders of the Hawks Brigade, who pledged allegiance to "
                         "the Dawn Front, returned in July.")
    assert not [r for r in rels if r[1] in ("part_of", "affiliated_with")]
    assert all(not v["agent"] for v in evs)


def test_a_relative_clause_after_a_militias_leaders_is_the_militias():
    _, rels, _ = facts("The Hawks Brigade, a militia led by the brothers Ahmed and Karim Salim that has pledged loyalty "
                       "to the Dawn Front, came to his aid.")
    assert not [r for r in rels if r[0] != "Hawks Brigade" and r[1] in ("part_of", "affiliated_with")]


def test_funding_from_one_state_and_weapons_from_another_back_the_group_twice():
    _, rels, _ = facts("The Sun Brigade has received funding from Qatar and weapons from Turkey.")
    assert rels == {("Sun Brigade", "backed_by", "Qatar", "affirmed"), ("Sun Brigade", "backed_by", "Turkey", "affirmed")}


def test_a_tie_a_group_later_took_up_is_not_dated_by_its_founding():
    x, _, _ = facts("The Hawks Brigade was established in 2011 by army defectors and later became one of the founding "
                    "members of the Dawn Alliance.")
    assert [(r.relation, r.valid_from) for r in x.relations] == [("part_of", None)]


def test_a_demonym_after_in_is_the_states_and_names_no_place():
    _, rels, evs = facts("Dawn Army commander killed in Turkish strike")
    assert rels == {("Turkey", "hostile_to", "Dawn Army", "affirmed")}
    assert clashes(evs) == [({"Turkey"}, {"Dawn Army"})]
    x, _, _ = facts("The Hawks Brigade operates in Turkish territory.")
    assert not [e for e in x.entities if e.type == "place"]


def test_a_headline_pair_signs_an_alliance():
    _, rels, evs = facts("Sun Brigade, Hawks Brigade sign alliance")
    assert ("Sun Brigade", "allied_with", "Hawks Brigade", "affirmed") in rels
    assert [v["agent"] for v in evs if v["type"] == "alliance"] == [{"Sun Brigade", "Hawks Brigade"}]


@pytest.mark.parametrize("text", ["Sun Brigade leader defects to Dawn Front", "A Sun Brigade commander joined the Dawn Front."])
def test_one_man_of_a_group_going_over_is_no_move_of_the_group(text):
    _, rels, evs = facts(text)
    assert not rels
    assert [(v["type"], v["agent"], v["from"], v["to"]) for v in evs] == [("defection", set(), {"Sun Brigade"}, {"Dawn Front"})]


def test_a_groups_commander_refusing_to_join_is_the_groups_refusal():
    _, rels, _ = facts("The Sun Brigade fought on. The group\u2019s Commander-in-Chief Maj. Ahmed Salim had allied himself to "
                       "the Dawn Army and reportedly rejected to join the Dawn Front.")
    assert ("Sun Brigade", "part_of", "Dawn Front", "negated") in rels


def test_a_headline_in_the_present_with_a_source_after_it_is_reported():
    x, _, _ = facts("Iran sends weapons to Dawn Front, report says")
    assert [(r.relation, r.modality) for r in x.relations] == [("backed_by", "reported")]


def test_a_state_whose_help_a_group_fought_with_backs_it():
    _, rels, _ = facts("The Hawks Brigade, which drove the Dawn Front from Kafr Nabl last month with the help of US-led air "
                       "strikes, had seized 70 villages.")
    assert ("Hawks Brigade", "backed_by", "United States", "affirmed") in rels
    assert not [r for r in rels if r[0] == "Dawn Front" and r[1] == "backed_by"]


@pytest.mark.parametrize("text", [
    "The talks were sponsored by regime supporters Russia and Iran.",
    "The deal was brokered by Qatar and Iran, a key regime ally.",
])
def test_a_regime_ally_named_by_a_compound_is_the_governments_ally(text):
    _, rels, _ = facts("The Syrian army attacked Aleppo. " + text)
    assert {r for r in rels if r[1] == "allied_with"} == {
        (s, "allied_with", "Syrian government", "affirmed") for s in ("Russia", "Iran") if s in text}


def test_the_foe_an_offensive_is_launched_to_dislodge_is_its_target():
    _, rels, evs = facts("The Hawks Brigade and the Sun Brigade began a joint offensive on the border last year to "
                         "dislodge the Dawn Front militants from the area.")
    assert {r for r in rels if r[1] == "hostile_to"} == {("Hawks Brigade", "hostile_to", "Dawn Front", "affirmed"),
                                                        ("Sun Brigade", "hostile_to", "Dawn Front", "affirmed")}
    assert [v["target"] for v in evs if v["type"] == "clash"] == [{"Dawn Front"}]


def test_the_name_unnamed_insurgents_go_by_is_the_doer():
    _, _, evs = facts("The insurgents, known locally as the Dawn Front, attacked the town of Kafr Nabl in May.")
    assert [(v["type"], v["agent"]) for v in evs] == [("clash", {"Dawn Front"})]


def test_a_name_an_operation_goes_by_does_nothing():
    _, _, evs = facts("The operation, known as Shield, followed a series of bombings in Kafr Nabl.")
    assert not [v for v in evs if v["agent"]]


def test_a_closed_whose_clause_leaves_its_head_the_subject_and_names_its_backbone():
    _, rels, _ = facts("The Dawn Alliance, whose backbone is the Hawks Brigade, controls most of Kafr Nabl.")
    assert rels == {("Hawks Brigade", "part_of", "Dawn Alliance", "affirmed"),
                    ("Dawn Alliance", "controls", "Kafr Nabl", "affirmed")}


def test_the_ally_a_group_fought_alongside_is_not_the_foe_after_against():
    _, rels, _ = facts("The Hawks Brigade, which fought alongside federal troops against the Dawn Front during the war, "
                       "is now fighting the army.")
    assert ("Hawks Brigade", "hostile_to", "Dawn Front", "affirmed") in rels
    assert not [r for r in rels if r[1] == "allied_with"]


@pytest.mark.parametrize("text", ["The Hawks Brigade denied any involvement in the attack on the Sun Brigade.",
                                  "The Hawks Brigade denies links to al-Qaeda."])
def test_a_denial_is_a_claim_reported_and_negated(text):
    x, _, _ = facts(text)
    assert [(r.polarity, r.modality) for r in x.relations] == [("negated", "reported")]


def test_a_denial_in_an_aside_leaves_the_main_clause_asserted():
    x, _, _ = facts("Eritrean forces, whose presence in Tigray Asmara denied for months, have fought alongside the "
                    "Hawks Brigade since the start of the war.")
    assert {r.modality for r in x.relations} <= {"asserted"}


def test_an_officer_named_by_demonym_and_rank_serves_in_that_states_forces():
    x, rels, _ = facts("Russian General Vladimir Savchenko said the strikes had hit the Dawn Front.")
    assert ("Vladimir Savchenko", "member_of", "Russian Armed Forces", "affirmed") in rels
    assert not [e for e in x.entities if "Russian" in e.aliases]


def test_a_states_general_staff_is_no_officer():
    _, rels, _ = facts("The Russian General Staff warned against new strikes on the Dawn Front.")
    assert not [r for r in rels if r[1] == "member_of"]


def test_a_place_that_changed_hands_between_two_groups_was_fought_over():
    _, rels, evs = facts("Kafr Nabl changed hands several times between the Hawks Brigade and the Sun Brigade.")
    assert rels == {("Hawks Brigade", "hostile_to", "Sun Brigade", "affirmed")}
    assert [v["agent"] for v in evs if v["type"] == "clash"] == [{"Hawks Brigade", "Sun Brigade"}]


@pytest.mark.parametrize("text", [
    "Troops of the Sun Brigade came under fire from Hawks Brigade positions near Kafr Nabl.",
    "A car bomb claimed by the Hawks Brigade killed 12 Sun Brigade fighters.",
    "The attack, claimed by the Hawks Brigade, killed 12 Sun Brigade fighters.",
    "The Sun Brigade accused the Hawks Brigade of shelling its positions.",
])
def test_the_attacker_and_the_attacked(text):
    _, rels, evs = facts(text)
    assert ("Hawks Brigade", "hostile_to", "Sun Brigade", "affirmed") in rels
    assert clashes(evs) == [({"Hawks Brigade"}, {"Sun Brigade"})]


@pytest.mark.parametrize("text", [
    "The Hawks Brigade and the Sun Brigade have joined hands against the Dawn Army.",
    "The Hawks Brigade and the Sun Brigade, which are allies, attacked Kafr Nabl.",
    "The Hawks Brigade formed a coalition with the Sun Brigade in 2019.",
])
def test_allies_in_other_words(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "allied_with", "Sun Brigade", "affirmed") in rels
    assert not [r for r in rels if r[1] == "part_of"]


@pytest.mark.parametrize("text", ["The Kafr Nabl-based Hawks Brigade attacked the Sun Brigade.",
                                  "The Hawks Brigade, a Kafr Nabl-based faction, attacked the Sun Brigade."])
def test_where_a_group_is_based_it_operates_but_does_not_fight(text):
    x, rels, _ = facts(text)
    assert ("Hawks Brigade", "operates_in", "Kafr Nabl", "affirmed") in rels
    assert [v.locations for v in x.events if v.type == "clash"] == [[]]


def test_where_a_monitor_is_based_names_no_place():
    x, _, _ = facts("The Britain-based Syrian Observatory for Human Rights said the Hawks Brigade attacked the Sun Brigade.")
    assert not [e for e in x.entities if e.type == "place"]


def test_the_place_whose_control_was_seized_is_held_from_then():
    x, rels, _ = facts("The Hawks Brigade seized control of the town of Kafr Nabl in March.", "2021-04-01")
    assert [(r.relation, r.valid_from) for r in x.relations] == [("controls", "2021-03")]
    _, rels, _ = facts("Troops seized control of the last supply route into Kafr Nabl in March.", "2021-04-01")
    assert not [r for r in rels if r[1] == "controls"]


def test_men_of_two_groups_coordinated_hold_a_place_together():
    _, rels, _ = facts("Hawks Brigade rebels and Sun Brigade troops tightened their grip on Kafr Nabl on Tuesday.")
    assert {r for r in rels if r[1] == "controls"} == {("Hawks Brigade", "controls", "Kafr Nabl", "affirmed"),
                                                      ("Sun Brigade", "controls", "Kafr Nabl", "affirmed")}


def test_a_grip_on_a_group_is_no_hold_on_a_place():
    _, rels, _ = facts("The Hawks Brigade tightened its grip on the Sun Brigade.")
    assert not rels


def test_where_a_source_is_based_is_no_theatre_of_its_sentence():
    x, _, _ = facts("The Syrian army attacked Aleppo. The Istanbul-based National Coalition said Russian and regime "
                    "warplanes targeted children in their schools.")
    assert not [e for e in x.entities if e.type == "state_force" and "Turk" in e.name]


@pytest.mark.parametrize("text", [
    "The Hawks Brigade, now a unit of the Dawn Alliance, attacked Kafr Nabl.",
    "Fighters from the Hawks Brigade, a member group of the Dawn Alliance, attacked Kafr Nabl.",
    "The Hawks Brigade falls under the Dawn Alliance.",
])
def test_units_in_other_words(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "part_of", "Dawn Alliance", "affirmed") in rels


def test_a_group_that_fell_under_fire_fell_under_no_one():
    _, rels, _ = facts("The Hawks Brigade fell under heavy fire near Kafr Nabl.")
    assert not [r for r in rels if r[1] == "part_of"]


@pytest.mark.parametrize("text", ["Kafr Nabl fell under Hawks Brigade control in 2016.",
                                  "Kafr Nabl came under the control of the Hawks Brigade in 2016."])
def test_a_place_that_came_under_a_sides_control_is_held_from_then(text):
    x, _, _ = facts(text)
    assert [(r.relation, r.valid_from) for r in x.relations] == [("controls", "2016")]


def test_a_place_under_a_sides_control_at_a_date_is_held_then_not_from_then():
    x, _, _ = facts("Kafr Nabl was under Hawks Brigade control in 2016.")
    assert [(r.relation, r.valid_from) for r in x.relations] == [("controls", None)]


def test_two_states_battling_for_control_of_a_place_are_rivals():
    _, rels, _ = facts("Ethiopia and Eritrea battled for control of Badme in 1998.")
    assert ("Ethiopia", "hostile_to", "Eritrea", "affirmed") in rels or ("Eritrea", "hostile_to", "Ethiopia", "affirmed") in rels


@pytest.mark.parametrize("text", [
    "The army destroyed a number of hideouts of the Hawks Brigade terrorists in Kafr Nabl village.",
    "The air force destroyed Hawks Brigade terrorists' positions in Kafr Nabl.",
    "Warplanes struck the positions of the Hawks Brigade in Kafr Nabl.",
    "Hawks Brigade militants positioned in Kafr Nabl fired rockets at the town.",
    "The offensive destroyed several Hawks Brigade camps in Kafr Nabl.",
])
def test_a_sides_hideouts_and_positions_in_a_place_put_it_there(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "operates_in", "Kafr Nabl", "affirmed") in rels


def test_strongholds_it_lost_are_not_where_it_stays():
    x, _, _ = facts("In August 2019 the army routed the Hawks Brigade, capturing all of its strongholds in Kafr Nabl.")
    assert [(r.relation, r.valid_from, r.valid_until) for r in x.relations if r.relation == "operates_in"] == [
        ("operates_in", None, "2019-08")]


@pytest.mark.parametrize("text, name", [
    ("Units of the FAA attacked the Dawn Front in Kafr Nabl.", "FAA"),
    ("Columns of the Dawn Front attacked the Syrian army near Kafr Nabl.", "Dawn Front"),
    ("Paratroopers of the Special Air Service attacked the Dawn Front.", "Special Air Service"),
])
def test_men_of_a_force_are_no_part_of_its_name(text, name):
    x, _, _ = facts(text)
    names = {e.name for e in x.entities}
    assert name in names and not [n for n in names if n.lower().startswith(("units", "columns", "paratroopers"))]


def test_a_plural_head_of_a_name_with_of_stays_a_name():
    x, _, _ = facts("Brigades of the Martyrs of Syria attacked the Syrian army.")
    assert "Brigades of the Martyrs" in {e.name for e in x.entities}


@pytest.mark.parametrize("text", [
    "Columns of the Hawks Brigade drove into Kafr Nabl on Thursday.",
    "The Hawks Brigade marched into Kafr Nabl on Thursday.",
    "Hawks Brigade fighters poured into Kafr Nabl, residents said.",
])
def test_a_side_that_drove_into_a_place_is_there(text):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "operates_in", "Kafr Nabl", "affirmed") in rels


@pytest.mark.parametrize("text", ["Commandos of the Hawks Brigade attacked the Dawn Front.",
                                  "Paratroopers of the Hawks Brigade attacked the Dawn Front."])
def test_parts_of_a_force_named_by_it_act_for_it(text):
    _, _, evs = facts(text)
    assert clashes(evs) == [({"Hawks Brigade"}, {"Dawn Front"})]


@pytest.mark.parametrize("text", [
    "The Hawks Brigade shelled the town at dawn before Dawn Front fighters entered the centre.",
    "The Hawks Brigade shelled the town while Dawn Front fighters looted the market.",
])
def test_men_who_are_the_subject_of_another_clause_were_not_hit(text):
    _, rels, evs = facts(text)
    assert not [r for r in rels if r[1] == "hostile_to"]
    assert [v["target"] for v in evs if v["type"] == "clash"] in ([], [set()])


def test_men_killed_after_a_comma_were_hit():
    _, _, evs = facts("The Hawks Brigade attacked the town after midnight, killing six Dawn Front fighters.")
    assert [v["target"] for v in evs if v["type"] == "clash"] == [{"Dawn Front"}]


@pytest.mark.parametrize("text", ["Russian and Syrian forces attacked Hawks Brigade positions in Kafr Nabl.",
                                  "Both Russian and Syrian warplanes are carrying out air strikes over Kafr Nabl."])
def test_two_countries_forces_striking_together_are_allies(text):
    x, _, _ = facts(text)
    name = {e.id: e.name for e in x.entities}
    assert [(name[r.subject], name[r.object]) for r in x.relations if r.relation == "allied_with"] == [
        ("Russian forces" if "forces" in text else "Russian warplanes",
         "Syrian forces" if "forces" in text else "Syrian warplanes")]


@pytest.mark.parametrize("text", ["Russian and Ukrainian troops clashed near Bakhmut.",
                                  "Syrian and Turkish troops exchanged fire near Kobani."])
def test_two_countries_forces_fighting_each_other_are_no_allies(text):
    _, rels, _ = facts(text)
    assert not [r for r in rels if r[1] == "allied_with"]


def test_a_progressive_verb_after_a_list_keeps_every_doer():
    _, rels, evs = facts("The Hawks Brigade and the Sun Brigade were bombing Dawn Front positions in Kafr Nabl.")
    assert clashes(evs) == [
        ({"Hawks Brigade", "Sun Brigade"}, {"Dawn Front"})]


@pytest.mark.parametrize("text, parent", [
    ("The Hawks Brigade, the intervention force of the Dawn Party, said its troops held Kafr Nabl.", "Dawn Party"),
    ("The Hawks Brigade, the armed force of the Dawn Party, attacked Kafr Nabl.", "Dawn Party"),
])
def test_the_force_an_organisation_fields_is_part_of_it(text, parent):
    _, rels, _ = facts(text)
    assert ("Hawks Brigade", "part_of", parent, "affirmed") in rels


@pytest.mark.parametrize("text", [
    "Airstrikes by the Hawks Brigade targeted gathering centers of militants of the Dawn Front in Kafr Zita.",
    "Airstrikes by the Hawks Brigade targeted positions of the Dawn Front in Kafr Zita.",
])
def test_strikes_by_a_side_on_the_posts_of_another_hit_it(text):
    _, _, evs = facts(text)
    assert clashes(evs) == [({"Hawks Brigade"}, {"Dawn Front"})]


def test_strikes_on_a_hospital_of_an_aid_body_hit_no_side():
    _, _, evs = facts("Airstrikes by the Hawks Brigade targeted a hospital of the Red Crescent in Kafr Zita.")
    assert [v["target"] for v in evs if v["type"] == "clash"] == [set()]


@pytest.mark.parametrize("text", ["The Dawn Front, whose forces hold most of the province, attacked Kafr Nabl.",
                                  "The Dawn Front holds most of the province and attacked Kafr Nabl."])
def test_the_place_of_another_verb_is_not_held(text):
    _, rels, _ = facts(text)
    assert not [r for r in rels if r[1] == "controls"]


def test_a_place_held_among_larger_parts_is_held():
    _, rels, _ = facts("The Dawn Front controls large parts of the countryside, including Kafr Nabl.")
    assert ("Dawn Front", "controls", "Kafr Nabl", "affirmed") in rels


@pytest.mark.parametrize("text", [
    "The Dawn Front, which operates mainly in the north, attacked Kafr Nabl.",
    "The Dawn Front continued operations in the area, and Hawks Brigade forces shelled Kafr Nabl.",
])
def test_a_presence_is_not_read_past_its_clause(text):
    _, rels, _ = facts(text)
    assert ("Dawn Front", "operates_in", "Kafr Nabl", "affirmed") not in rels


def test_a_man_who_commands_a_unit_is_its_commander_not_its_parent():
    x, rels, _ = facts("Ahmed Salim, who once led the Sun Brigade, now commands the Hawks Brigade.")
    assert not [r for r in rels if r[1] == "part_of"]
    assert ("Ahmed Salim", "Hawks Brigade", "commander") in [
        (m[0], m[1], m[2]) for m in memberships("Ahmed Salim, who once led the Sun Brigade, now commands the Hawks Brigade.")]


def test_the_subject_past_a_closed_relative_clause_acts():
    _, _, evs = facts("The Dawn Front, which Turkey backs, attacked the Hawks Brigade.")
    assert clashes(evs) == [({"Dawn Front"}, {"Hawks Brigade"})]


@pytest.mark.parametrize("text, name", [
    ("Gunmen from the Sinaloa cartel attacked soldiers of the Mexican army in Culiacan.", "Sinaloa cartel"),
    ("Gunmen from the Gulf cartel attacked soldiers of the Mexican army in Reynosa.", "Gulf cartel"),
])
def test_a_cartel_named_with_its_noun_in_lower_case(text, name):
    _, rels, _ = facts(text)
    assert (name, "hostile_to", "Mexican army", "affirmed") in rels


def test_cartels_in_the_plural_name_no_one():
    x, _, _ = facts("Gunmen from Mexican cartels attacked soldiers of the Mexican army in Culiacan.")
    assert not [e for e in x.entities if "cartel" in e.name.lower()]


@pytest.mark.parametrize("text", ["The Hawks Brigade and the Dawn Front are bitter rivals.",
                                  "The Hawks Brigade and the Dawn Front have been enemies since 2015."])
def test_two_sides_said_to_be_rivals_or_enemies_are_hostile(text):
    _, rels, _ = facts(text)
    assert [r for r in rels if r[1] == "hostile_to"] in ([("Hawks Brigade", "hostile_to", "Dawn Front", "affirmed")],
                                                          [("Dawn Front", "hostile_to", "Hawks Brigade", "affirmed")])


@pytest.mark.parametrize("text, rel", [("The Hawks Brigade and the Dawn Front were once allies.", "allied_with"),
                                       ("The Hawks Brigade and the Dawn Front were once sworn enemies.", "hostile_to")])
def test_sides_that_were_once_allies_or_enemies_are_no_longer(text, rel):
    x, _, _ = facts(text)
    assert [(r.relation, r.valid_until) for r in x.relations] == [(rel, "2020-03-10")]


@pytest.mark.parametrize("text, kind, other", [
    ("The Hawks Brigade announced its withdrawal from the Dawn Alliance.", "defection", "Dawn Alliance"),
    ("We, the Hawks Brigade, announce our withdrawal from the Dawn Alliance.", "defection", "Dawn Alliance"),
    ("The Hawks Brigade announced its integration into the Dawn Alliance.", "joining", "Dawn Alliance"),
    ("The Hawks Brigade announces its dissolution.", "dissolution", None),
    ("The Hawks Brigade announced it was dissolving itself.", "dissolution", None),
])
def test_a_group_announcing_what_it_does_with_a_noun(text, kind, other):
    _, _, evs = facts(text)
    got = [v for v in evs if v["type"] == kind]
    assert len(got) == 1 and got[0]["agent"] == {"Hawks Brigade"}
    assert other is None or other in got[0]["from"] | got[0]["to"]


def test_the_start_of_another_verbs_span_does_not_date_the_next():
    _, _, evs = facts("The Hawks Brigade waged an insurgency against the army from 1984 until it announced its own "
                      "dissolution in May 2025.", published="2025-06-01")
    assert [v["date"] for v in evs if v["type"] == "dissolution"] == ["2025-05"]


def test_an_offensive_against_positions_held_by_a_side_is_not_that_sides():
    _, _, evs = facts("The Hawks Brigade launched a new offensive against positions held by the Dawn Front.")
    assert clashes(evs) == [({"Hawks Brigade"}, {"Dawn Front"})]
