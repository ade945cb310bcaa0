"""An article that is not political news gets no events; political news keeps them."""

from __future__ import annotations

import pytest

from flashpoint.coding.topic import off_topic
from flashpoint.pipeline import annotate
from flashpoint.records import Actor

pytestmark = pytest.mark.model

# written for these tests: an invented ice-hockey final and an invented tariff row
MATCH = (
    "HELSINKI (Test Wire) - The Harbour Kings won the league championship on Saturday, "
    "beating the Lakeside Wolves 4-3 in overtime in front of a sold-out stadium.\n"
    "The Kings' captain scored twice in the first period, and the Wolves' coach said his "
    "players had been attacked from the opening whistle.\n"
    '"We kept attacking and attacking, and in the end they surrendered," the Kings\' striker '
    "said after the match.\n"
    "The referee sent off two defenders, and the Wolves' goalkeeper was named player of the "
    "tournament."
)
TARIFFS = (
    "BRUSSELS (Test Wire) - The European Union imposed tariffs of up to 35 percent on "
    "Chinese electric vehicles on Tuesday, and China's commerce ministry accused Brussels of "
    "protectionism.\n"
    "Shares in European carmakers fell, and analysts said the retailers and shoppers would "
    "pay more; the company's chief executive said profits and revenue would suffer.\n"
    "Beijing threatened to retaliate against European brandy, and the German government "
    "urged both sides to negotiate."
)


def test_a_match_report_codes_no_events() -> None:
    assert annotate(MATCH).mentions == ()


def test_political_news_with_business_words_keeps_its_events() -> None:
    plovers = {str(m.plover) for m in annotate(TARIFFS).mentions}
    assert {"SANCTION", "ACCUSE"} <= plovers


def test_the_domain_words_must_run_through_the_article_and_outweigh_its_officials() -> None:
    text = "The striker scored two goals; the coach praised the league and the referee."
    assert off_topic(text, []) == "sport"
    officials = [Actor("the minister", 0, 12, "FRAGOV", "FRA", "GOV")] * 7
    assert off_topic(text, officials) is None
    assert off_topic("The coach praised the striker after the long match.", []) is None
    politics = "The minister met the ambassador in the capital on Monday to discuss the border."
    assert off_topic("\n".join([text, politics, politics]), []) is None  # one paragraph of three


# written for these tests: an invented wildfire whose crews "battle" and "attack" the flames
FIRE = (
    "PERTH (Test Wire) - Firefighters battled a bushfire east of the city on Sunday as "
    "temperatures passed 43 degrees Celsius and forecasters warned of stronger winds.\n"
    "Crews attacked the blaze from the air, and forecasters said gusts could push the "
    "wildfire toward two farming towns overnight.\n"
    "Residents of one town fled as the blaze jumped a highway, and firefighters set "
    "back-burns to protect homes as temperatures stayed high."
)


def test_a_wildfire_story_is_weather_news() -> None:
    assert off_topic(FIRE, []) == "weather"


def test_pronouns_do_not_count_as_more_officials() -> None:
    # a long profile of one "captain" (read as an officer) is one actor, not one per "he"
    text = "The striker scored two goals; the coach praised the league and the referee."
    captain = Actor("the captain", 0, 11, "IRLMIL", "IRL", "MIL")
    pronouns = [Actor(p, 0, 2, "IRLMIL", "IRL", "MIL") for p in ("he", "his", "him", "He")] * 2
    assert off_topic(text, [captain, *pronouns]) == "sport"
    assert off_topic(text, [captain] * 9) is None


# written for this test: an invented tennis final, with none of the football words
TENNIS = (
    "MELBOURNE (Test Wire) - The unseeded Dane saved two match points in a fifth-set "
    "tiebreak on Sunday to win the tennis final against the world number three.\n"
    "She attacked every second serve, hitting 41 forehand winners, and the umpire twice "
    "had to calm the crowd during a tense fourth set.\n"
    "Her opponent, who had dropped only one set in six rounds, said the backhand had "
    "deserted him in the tie-break and that he would skip the next tournament."
)


def test_a_tennis_final_is_sport_news() -> None:
    assert off_topic(TENNIS, []) == "sport"
    assert annotate(TENNIS).mentions == ()
