"""Quote extraction (issue #8): direct and indirect quotes, their speakers, over real articles.

Written from the spec before the extractor: every layout of direct quotes, indirect speech
with its content span, speakers resolved through pronouns, surnames and "the minister" with
their actor codes, and the things that look like quotes but are not.

Content spans follow the PolNeAR convention (a direct quote keeps its marks, an indirect
quote is the reported clause with a leading "that"); tests compare contents after
:func:`norm`, so they do not depend on surrounding marks or a trailing full stop.
"""

from __future__ import annotations

import re
from typing import Any

import pytest

import flashpoint

pytestmark = pytest.mark.model

PUBLISHED = "2020-06-18"
STRIP = "\u201c\u201d\"'\u2018\u2019.,"
ELLIPSIS = " \u2026 "

# --- Articles -------------------------------------------------------------------------------

LAVROV = """MOSCOW, June 18 (Wire) - Russian Foreign Minister Sergei Lavrov on Thursday accused \
Washington of stoking tensions on NATO's eastern flank, days after the alliance announced \
large-scale exercises in the Baltic region.

\u201cWe will not be intimidated by manoeuvres on our doorstep,\u201d he said at a news \
conference in Moscow after talks with his Serbian counterpart.

Lavrov told reporters the exercises were a deliberate provocation aimed at Russia's western \
regions.

The Kremlin has repeatedly accused the alliance of moving troops closer to Russian borders. \
NATO says the drills are defensive and were planned long in advance."""

LAVROV_THAT = """MOSCOW, June 18 (Wire) - Russia is ready to host a new round of talks between \
Armenia and Azerbaijan after a week of deadly clashes on their border, the foreign ministry \
said on Thursday.

Foreign Minister Sergei Lavrov said that Moscow welcomed the contacts between the two sides \
and was prepared to act as a mediator.

At least a dozen soldiers have been killed in the fighting in the Tovuz region, the worst \
flare-up between the two neighbours in several years."""

LAVROV_BARE = """MOSCOW, June 18 (Wire) - Russia and Turkey agreed on Thursday to keep working \
towards a ceasefire in Libya, despite postponing a planned meeting of their foreign and \
defence ministers.

Russian Foreign Minister Sergei Lavrov said the two countries remained in close contact on \
the conflict.

Ankara backs the internationally recognised government in Tripoli, while Moscow has been \
accused of supporting the eastern commander Khalifa Haftar."""

JAISHANKAR = """NEW DELHI, June 18 (Wire) - India lodged a strong protest with China on \
Wednesday over the deadly clash in the Galwan Valley, the first fatal confrontation on their \
disputed border in more than four decades.

In a phone call with his Chinese counterpart Wang Yi, Indian External Affairs Minister \
Subrahmanyam Jaishankar said: \u201cThe unprecedented development will have a serious \
impact on the bilateral relationship.\u201d

Both sides agreed that the overall situation would be handled in a responsible manner, \
according to an Indian government statement."""

SINGH = """NEW DELHI, June 17 (Wire) - Indian Defence Minister Rajnath Singh on Wednesday paid \
tribute to the 20 soldiers killed in a clash with Chinese troops in the Galwan Valley, as \
anger over the deaths spread across the country.

"The loss of soldiers in Galwan is deeply disturbing and painful," Singh said, "and the \
nation will never forget their bravery and sacrifice."

Opposition leaders have demanded a full account of how the troops came to be killed in the \
remote Himalayan valley."""

PARAGRAPHS = """KYIV, June 18 (Wire) - Ukraine's military said on Thursday that shelling by \
Russian-backed separatists had intensified along the front line in the east, killing one \
soldier and wounding two.

"The enemy opened fire 14 times over the past day, using mortars and grenade launchers \
against our positions near Avdiivka and Pisky.

"Our forces returned fire and the situation remains under control," the military said in a \
statement posted on Facebook.

International monitors have recorded dozens of ceasefire violations in the region since the \
start of the month."""

MARKS_TEMPLATE = """SEOUL, June 18 (Wire) - North Korea stepped up its pressure on the South on \
Thursday, a day after it rejected an offer of talks and announced plans to send troops back \
to border areas that had been demilitarised.

{open}Seoul's proposal to send special envoys was a tactless and sinister one,{close} \
Kim Yo Jong, the sister of North Korean leader Kim Jong Un, said in a statement.

South Korea's unification ministry, which handles relations with Pyongyang, urged the North \
to refrain from further provocations."""

NESTED_TEMPLATE = """BEIJING, June 18 (Wire) - China urged India on Thursday to punish those \
responsible for the deadly clash on their disputed Himalayan border and to stop sending \
troops across the line of control.

{o}We have told our Indian counterparts many times that {i}provocations on the frontier will \
only lead to escalation,{j} and they chose not to listen,{c} the spokesman said at a regular \
briefing.

The two countries fought a brief but bloody war over the border in 1962, and tensions have \
flared repeatedly since then."""

UNBALANCED = """BRUSSELS, June 18 (Wire) - European Union foreign ministers on Thursday \
discussed new sanctions against officials in Belarus over the violent crackdown on \
protesters that followed the disputed presidential election.

"We cannot stand by while peaceful demonstrators are beaten in the streets," the EU's \
foreign policy chief Josep Borrell told a news conference after the meeting.

Agreement on the list has been delayed because one member state objected to several of the \
names, including the interior minister, whom opposition groups call the "architect of the \
repression and hold responsible for the mass arrests.

Lithuania's foreign minister was blunter. "The regime in Minsk must understand that violence \
has a price," he told reporters on his way into the talks.

The sanctions are expected to be approved at a summit of EU leaders next month."""

ACCORDING = """NEW DELHI, June 17 (Wire) - Tensions between India and China rose sharply on \
Wednesday after the deadliest clash on their disputed Himalayan border in more than four \
decades.

According to the Indian army, 20 soldiers were killed in the hand-to-hand fighting in the \
Galwan Valley on Monday night.

China has not disclosed whether any of its troops died in the confrontation, which was \
fought with rocks and clubs rather than firearms."""

WARNED = """BRUSSELS, June 18 (Wire) - NATO allies on Thursday discussed how to respond to the \
growing arsenal of Russian missiles in Europe, a year after the collapse of a landmark arms \
control treaty.

NATO Secretary-General Jens Stoltenberg warned that the alliance would not mirror every \
Russian deployment but would keep its deterrence credible.

Defence ministers are due to meet again by video conference in October."""

MERKEL = """BERLIN, June 18 (Wire) - German Chancellor Angela Merkel on Thursday urged Russia \
to use its influence on the separatists in eastern Ukraine to secure a lasting ceasefire in \
the six-year-old conflict.

"There is no military solution to this conflict," she said after talks with the Ukrainian \
president at the chancellery.

More than 13,000 people have been killed in the fighting between government forces and \
Russian-backed separatists since 2014."""

KONO = """TOKYO, June 18 (Wire) - Japanese Defence Minister Taro Kono defended on Thursday his \
decision to halt the deployment of two Aegis Ashore missile defence batteries, a move that \
surprised Washington and lawmakers of the ruling party.

"We have to take a step back and consider what is best for the defence of our country," the \
minister told a parliamentary committee.

The land-based system was meant to protect Japan from North Korean ballistic missiles."""

ZHAO = """BEIJING, June 18 (Wire) - China stepped up its criticism of India on Thursday over a \
deadly border clash, as both sides sought to calm tensions after the worst confrontation \
between their troops in decades.

Chinese foreign ministry spokesman Zhao Lijian said Indian troops had crossed the line of \
actual control and launched provocative attacks on Chinese personnel.

The two sides have held several rounds of talks between military commanders in recent \
weeks without reaching a settlement."""

SCARE = """RAMALLAH, June 18 (Wire) - Palestinian leaders on Thursday again rejected the \
so-called "deal of the century" and vowed to resist any annexation of land in the occupied \
West Bank.

A screening of the documentary "Five Broken Cameras" at a cultural centre in the city was \
cancelled after a power cut.

"Annexation will destroy any chance of peace," Prime Minister Mohammad Shtayyeh told a \
meeting of his cabinet."""

SAID_ADJ = """TRIPOLI, June 18 (Wire) - The two rival administrations in Libya signed an \
agreement in Geneva in January on a ceasefire around the city of Sirte.

Under the said agreement, both sides would withdraw heavy weapons from the front line. The \
commander of the eastern forces was said to be in hiding near the Egyptian border.

A spokesman for the United Nations mission said the ceasefire was holding despite sporadic \
violations."""

QUESTION = """WASHINGTON, June 18 (Wire) - The United States imposed fresh sanctions on Iran's \
oil sector on Thursday, the latest step in its campaign of maximum pressure on Tehran.

Will Washington say that the sanctions have worked? Iranian oil exports have fallen to their \
lowest level in decades, but the government in Tehran has shown no sign of returning to \
talks.

Treasury Secretary Steven Mnuchin said the measures targeted a network of shipping \
companies."""

NO_SPEECH = """KABUL, June 18 (Wire) - Taliban fighters attacked a checkpoint in the northern \
province of Kunduz overnight, killing four members of the Afghan security forces and \
wounding three others.

The attack came hours after a government delegation arrived in Doha for preparatory talks \
with the insurgents.

Fighting has continued in several provinces despite a reduction in violence agreed earlier \
this year."""

CURLY = MARKS_TEMPLATE.format(open="\u201c", close="\u201d")
STRAIGHT = MARKS_TEMPLATE.format(open='"', close='"')
NESTED_CURLY = NESTED_TEMPLATE.format(o="\u201c", i="\u2018", j="\u2019", c="\u201d")
NESTED_STRAIGHT = NESTED_TEMPLATE.format(o='"', i="'", j="'", c='"')

WITH_QUOTES = {
    "LAVROV": LAVROV,
    "LAVROV_THAT": LAVROV_THAT,
    "LAVROV_BARE": LAVROV_BARE,
    "JAISHANKAR": JAISHANKAR,
    "SINGH": SINGH,
    "PARAGRAPHS": PARAGRAPHS,
    "CURLY": CURLY,
    "STRAIGHT": STRAIGHT,
    "NESTED_CURLY": NESTED_CURLY,
    "NESTED_STRAIGHT": NESTED_STRAIGHT,
    "UNBALANCED": UNBALANCED,
    "ACCORDING": ACCORDING,
    "WARNED": WARNED,
    "MERKEL": MERKEL,
    "KONO": KONO,
    "ZHAO": ZHAO,
    "SCARE": SCARE,
    "SAID_ADJ": SAID_ADJ,
    "QUESTION": QUESTION,
}
ARTICLES = {**WITH_QUOTES, "NO_SPEECH": NO_SPEECH}


# --- Helpers --------------------------------------------------------------------------------


def norm(s: str) -> str:
    """Strip quote marks, commas, full stops and whitespace from both ends."""
    return s.strip(STRIP + " \t\n")


def annotated(text: str) -> dict[str, Any]:
    """Return the annotation's JSON, checking the article was not rejected."""
    ann = flashpoint.annotate(text, published=PUBLISHED)
    assert ann.rejected is None, f"test article rejected: {ann.rejected}"
    return ann.to_json()


def text_and_quotes(article: str) -> tuple[str, list[dict[str, Any]]]:
    """Return the clean text and the quotes found in it."""
    out = annotated(article)
    return out["text"], out["quotes"]


def quotes_of(article: str) -> list[dict[str, Any]]:
    """Return the quotes found in an article."""
    return text_and_quotes(article)[1]


def part_texts(text: str, quote: dict[str, Any]) -> list[str]:
    """Return the text of each part of a quote, read from the article at its offsets."""
    return [text[s:e] for s, e in quote["parts"]]


def the_quote(quotes: list[dict[str, Any]], key: str) -> dict[str, Any]:
    """Return the one quote whose content contains ``key``."""
    found = [q for q in quotes if key in q["text"]]
    assert found, f"no quote containing {key!r}; quotes: {[q['text'] for q in quotes]}"
    assert len(found) == 1, f"{len(found)} quotes contain {key!r}: {[q['text'] for q in found]}"
    return found[0]


def content(quotes: list[dict[str, Any]], key: str) -> str:
    """Return the normalised text of the one quote whose content contains ``key``."""
    return norm(the_quote(quotes, key)["text"])


def speaker_of(quote: dict[str, Any]) -> dict[str, Any]:
    speaker = quote["speaker"]
    assert speaker is not None, f"no speaker for {quote['text']!r}"
    return speaker


# --- Direct quotes --------------------------------------------------------------------------


def test_direct_quote_before_he_said() -> None:
    quotes = quotes_of(LAVROV)
    q = the_quote(quotes, "intimidated")
    assert q["kind"] == "direct"
    assert norm(q["text"]) == "We will not be intimidated by manoeuvres on our doorstep"
    assert len(q["parts"]) == 1
    assert q["cue"] is not None and q["cue"]["text"] == "said"
    assert q["cue"]["start"] >= q["end"]  # the cue follows the quote
    assert speaker_of(q)["text"] == "he"


def test_direct_quote_after_speaker_and_colon() -> None:
    quotes = quotes_of(JAISHANKAR)
    q = the_quote(quotes, "unprecedented development")
    assert q["kind"] == "direct"
    assert norm(q["text"]) == (
        "The unprecedented development will have a serious impact on the bilateral relationship"
    )
    assert q["cue"] is not None and q["cue"]["text"] == "said"
    assert q["cue"]["end"] <= q["start"]  # the cue comes before the quote
    speaker = speaker_of(q)
    assert "Jaishankar" in speaker["text"]
    assert speaker["code"] == "INDGOV"


def test_quote_split_around_its_cue_is_one_quote_in_two_parts() -> None:
    text, quotes = text_and_quotes(SINGH)
    q = the_quote(quotes, "deeply disturbing")
    assert "never forget" in q["text"], "the second half is a separate quote"
    assert not [x for x in quotes if "never forget" in x["text"] and x is not q]
    assert q["kind"] == "direct"
    assert len(q["parts"]) == 2
    first, second = (norm(p) for p in part_texts(text, q))
    assert first == "The loss of soldiers in Galwan is deeply disturbing and painful"
    assert second == "and the nation will never forget their bravery and sacrifice"
    assert q["cue"] is not None and q["cue"]["text"] == "said"
    assert q["parts"][0][1] <= q["cue"]["start"] < q["cue"]["end"] <= q["parts"][1][0]
    assert speaker_of(q)["text"] == "Singh"


def test_quote_running_over_two_paragraphs_is_one_quote() -> None:
    text, quotes = text_and_quotes(PARAGRAPHS)
    q = the_quote(quotes, "The enemy opened fire")
    assert "remains under control" in q["text"], "the quote stopped at the paragraph break"
    assert q["kind"] == "direct"
    assert len(q["parts"]) == 2
    first, second = (norm(p) for p in part_texts(text, q))
    assert first == (
        "The enemy opened fire 14 times over the past day, using mortars and grenade "
        "launchers against our positions near Avdiivka and Pisky"
    )
    assert second == "Our forces returned fire and the situation remains under control"
    assert "military" in speaker_of(q)["text"]


@pytest.mark.parametrize("article", [CURLY, STRAIGHT], ids=["curly", "straight"])
def test_curly_and_straight_quote_marks(article: str) -> None:
    quotes = quotes_of(article)
    q = the_quote(quotes, "special envoys")
    assert q["kind"] == "direct"
    assert norm(q["text"]) == (
        "Seoul's proposal to send special envoys was a tactless and sinister one"
    )
    assert "Kim Yo Jong" in speaker_of(q)["text"]


@pytest.mark.parametrize("article", [NESTED_CURLY, NESTED_STRAIGHT], ids=["curly", "straight"])
def test_single_quotes_inside_double_belong_to_the_outer_quote(article: str) -> None:
    quotes = quotes_of(article)
    q = the_quote(quotes, "provocations on the frontier")  # exactly one: no inner quote
    assert q["kind"] == "direct"
    assert norm(q["text"]).startswith("We have told our Indian counterparts many times that")
    assert norm(q["text"]).endswith("and they chose not to listen")
    assert speaker_of(q)["text"].lower().endswith("spokesman")


def test_unbalanced_quote_mark_does_not_hide_the_quotes_around_it() -> None:
    text, quotes = text_and_quotes(UNBALANCED)
    before = the_quote(quotes, "peaceful demonstrators")
    assert norm(before["text"]) == (
        "We cannot stand by while peaceful demonstrators are beaten in the streets"
    )
    after = the_quote(quotes, "violence has a price")
    assert after["kind"] == "direct"
    assert norm(after["text"]) == "The regime in Minsk must understand that violence has a price"
    assert speaker_of(after)["text"] == "he"
    stray = text.index('"architect')
    assert before["end"] <= stray < after["start"]
    # the stray mark opens no quote that swallows the text after it
    assert not [q for q in quotes if "architect" in q["text"] and "Minsk" in q["text"]]
    last = text.index("The sanctions are expected")
    assert all(q["start"] >= last for q in quotes if "summit of EU leaders" in q["text"])


# --- Indirect quotes ------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("article", "key", "content", "speaker", "cue"),
    [
        pytest.param(
            LAVROV_THAT,
            "welcomed the contacts",
            "that Moscow welcomed the contacts between the two sides and was prepared to act "
            "as a mediator",
            "Lavrov",
            "said",
            id="said-that",
        ),
        pytest.param(
            LAVROV_BARE,
            "close contact",
            "the two countries remained in close contact on the conflict",
            "Lavrov",
            "said",
            id="said-without-that",
        ),
        pytest.param(
            ACCORDING,
            "20 soldiers were killed",
            "20 soldiers were killed in the hand-to-hand fighting in the Galwan Valley on "
            "Monday night",
            "Indian army",
            "according",
            id="according-to",
        ),
        pytest.param(
            LAVROV,
            "deliberate provocation",
            "the exercises were a deliberate provocation aimed at Russia's western regions",
            "Lavrov",
            "told",
            id="told-reporters",
        ),
        pytest.param(
            WARNED,
            "mirror every",
            "that the alliance would not mirror every Russian deployment but would keep its "
            "deterrence credible",
            "Stoltenberg",
            "warned",
            id="warned",
        ),
    ],
)
def test_indirect_quote_content(
    article: str, key: str, content: str, speaker: str, cue: str
) -> None:
    quotes = quotes_of(article)
    q = the_quote(quotes, key)
    assert q["kind"] == "indirect"
    assert norm(q["text"]) == content
    assert q["cue"] is not None and q["cue"]["text"].lower().startswith(cue)
    assert speaker in speaker_of(q)["text"]


def test_a_stance_taken_toward_a_name_is_one_word_of_content() -> None:
    quotes = quotes_of(
        "PARIS, May 3 (Wire) - The Green party endorsed Moreau on Sunday, ending weeks of "
        "doubt about the runoff. The mayor told Dupont about the plan.\n"
    )
    q = the_quote(quotes, "Moreau")
    assert q["kind"] == "indirect" and norm(q["text"]) == "Moreau"
    assert "Green party" in speaker_of(q)["text"]
    # an addressee is not content, one word or more
    assert not [x for x in quotes if norm(x["text"]) == "Dupont"]


def test_page_markup_left_in_crawled_text_is_no_quote() -> None:
    quotes = quotes_of(
        "WASHINGTON (Wire) - Two governors called for calm after the shooting:\n\n"
        '<tweet pic="" author="GovReyes" timestamp="1449075600" tweet_id="6721">Terrible '
        "news tonight. We will find who did this and we will rebuild</tweet>.\n\n"
        '<tweet pic="" author="GovAlvarez" timestamp="1449075600" tweet_id="6722">I will '
        "not accept this as normal. Our state will pay for the funerals</tweet>.\n\n"
        "Senator Lin said the state would pay for the funerals.\n"
    )
    assert not [q for q in quotes if "author=" in q["text"] or "tweet_id" in q["text"]]
    assert the_quote(quotes, "would pay for the funerals")["kind"] == "indirect"


# --- Where indirect content starts and ends ------------------------------------------------

BOUNDARIES = """ISLAMABAD, June 18 (Wire) - The ceasefire along the Line of Control, a senior \
Pakistani army officer said, has largely held since Sunday, despite two brief exchanges of \
fire near Kotli.

Foreign Minister Amina Qureshi told reporters the talks in Dubai had stalled, because \
neither side would give ground on the prisoner exchange.

\u201cWe are asking both sides to free the sick and the elderly first.\u201d The mediator also \
announced that the next round would open in Doha on July 2.

The White House said the delegation would be led by Senator Mark Hale (R-Texas) and two \
senior diplomats.

Indian officials were not available for comment. Subscribe to our newsletter for daily \
updates."""


def test_a_cue_set_inside_the_sentence_splits_the_content_in_two_parts() -> None:
    text, quotes = text_and_quotes(BOUNDARIES)
    q = the_quote(quotes, "has largely held")
    assert q["kind"] == "indirect" and q["cue"]["text"] == "said"
    assert [norm(p) for p in part_texts(text, q)] == [
        "The ceasefire along the Line of Control",
        "has largely held since Sunday, despite two brief exchanges of fire near Kotli",
    ]
    assert q["parts"][0][1] <= q["cue"]["start"] < q["cue"]["end"] <= q["parts"][1][0]
    assert "army officer" in speaker_of(q)["text"]


def test_a_cue_closing_the_sentence_after_a_comma_takes_all_before_it() -> None:
    q = the_quote(
        quotes_of(
            "DHAKA, June 18 (Wire) - The river port is open again, but its cranes are still "
            "idle after the floods, said the port authority's chairman, Rafiq Alam.\n"
        ),
        "cranes",
    )
    assert norm(q["text"]) == (
        "The river port is open again, but its cranes are still idle after the floods"
    )
    assert "chairman" in speaker_of(q)["text"]


def test_a_clause_the_parser_hung_on_the_cue_goes_on_with_the_content() -> None:
    quotes = quotes_of(
        "ROME, June 18 (Wire) - The prosecutor said the inquiry had nothing to do with the "
        "port authority, had opened after the floods and been closed in March. An aide said "
        "the minister is a close friend and it is her decision whom she meets. The mayor said "
        "the talks had failed, and the governor said the army would stay.\n"
    )
    assert content(quotes, "inquiry") == (
        "the inquiry had nothing to do with the port authority, had opened after the floods "
        "and been closed in March"
    )
    assert content(quotes, "close friend") == (
        "the minister is a close friend and it is her decision whom she meets"
    )
    assert content(quotes, "talks") == "the talks had failed"  # a new speaker
    assert content(quotes, "army") == "the army would stay"


def test_according_to_inside_a_clause_attributes_the_side_with_its_verb() -> None:
    quotes = quotes_of(
        "LAGOS, June 18 (Wire) - The new levy would raise about $2 billion a year, according "
        "to the finance ministry - a fifth of what the state spends on fuel subsidies. While "
        "most of the cables were marked restricted, according to a senior official, two of "
        "them were classified as secret.\n"
    )
    assert content(quotes, "levy") == ("The new levy would raise about $2 billion a year")
    assert content(quotes, "two of them") == ("two of them were classified as secret")


def test_a_quoted_fragment_after_an_object_makes_one_quote_and_no_stray_mark() -> None:
    quotes = quotes_of(
        "TOKYO, June 18 (Wire) - Her remarks were blunt. She called the new treaty ''a gift "
        "to the region.'' Officials had hoped to publish the full text, ''Annex B.''\n"
    )
    q = the_quote(quotes, "treaty")  # one quote, not a second "the new treaty ''"
    assert norm(q["text"]).startswith("the new treaty ''a gift to the region")
    assert all(re.search(r"\w", part) for q in quotes for part in q["text"].split(" … "))


@pytest.mark.parametrize("marks", [("\u201c", "\u201d"), ("''", "''")])
def test_a_quoted_label_given_to_an_object_is_content_with_the_object(
    marks: tuple[str, str],
) -> None:
    o, c = marks
    quotes = quotes_of(
        f"BRUSSELS, June 18 (Wire) - Anne Roux, a trade lawyer in Paris, called it {o}a "
        f"serious setback for the talks.{c} The commissioner called her {o}the conscience "
        f"of the union.{c}\n"
    )
    assert content(quotes, "setback").startswith(f"it {o}a serious setback")
    assert content(quotes, "conscience").startswith(f"her {o}the conscience")


def test_a_cue_after_its_speaker_at_the_end_and_an_inserted_belief_verb() -> None:
    quotes = quotes_of(
        "KYIV, June 18 (Wire) - The army is moving more air defence units to the east. This "
        "includes two batteries near Kharkiv, Defence Minister Olena Marchuk told a "
        "parliamentary committee. A quick deal, many diplomats believe, is out of reach. "
        "Not only are the talks a month away, no one knows who will lead the delegation.\n"
    )
    q = the_quote(quotes, "two batteries")
    assert norm(q["text"]) == "This includes two batteries near Kharkiv"
    assert "Marchuk" in speaker_of(q)["text"]
    q = the_quote(quotes, "out of reach")
    assert [norm(p) for p in q["text"].split(" … ")] == ["A quick deal", "is out of reach"]
    q = the_quote(quotes, "delegation")
    assert norm(q["text"]) == "who will lead the delegation"


@pytest.mark.parametrize(
    ("article", "parts", "speaker", "count"),
    [
        (  # a one-word part before an inserted cue still makes the quote
            "SEOUL, June 18 (Wire) - Talks on the fishing zone ended without a deal. "
            "Otherwise, the minister said, both fleets would have returned to port by Friday.",
            ["Otherwise", "both fleets would have returned to port by Friday"],
            "the minister",
            1,
        ),
        (  # what someone is expected to do: no speaker named; the question makes none
            "NAIROBI, June 18 (Wire) - The central bank is expected to raise its main rate "
            "on Tuesday. Will the court rule on the appeal soon?",
            ["The central bank", "to raise its main rate on Tuesday"],
            None,
            1,
        ),
    ],
)
def test_quotes_in_two_parts_around_their_cue(
    article: str, parts: list[str], speaker: str | None, count: int
) -> None:
    text, quotes = text_and_quotes(article + "\n")
    q = the_quote(quotes, parts[1])
    assert [norm(p) for p in part_texts(text, q)] == parts
    assert (q["speaker"] and q["speaker"]["text"]) == speaker
    assert len(quotes) == count


def test_a_reason_after_a_comma_stays_in_the_content() -> None:
    q = the_quote(quotes_of(BOUNDARIES), "talks in Dubai")
    assert norm(q["text"]) == (
        "the talks in Dubai had stalled, because neither side would give ground on the "
        "prisoner exchange"
    )


def test_a_that_clause_keeps_its_cue_beside_the_quote_that_took_it() -> None:
    quotes = quotes_of(BOUNDARIES)
    direct = the_quote(quotes, "free the sick")
    assert direct["kind"] == "direct" and direct["cue"]["text"] == "announced"
    q = the_quote(quotes, "next round")
    assert q["kind"] == "indirect"
    assert norm(q["text"]) == "that the next round would open in Doha on July 2"
    assert "mediator" in speaker_of(q)["text"]


def test_a_bracketed_party_label_stays_in_the_content() -> None:
    q = the_quote(quotes_of(BOUNDARIES), "delegation")
    assert norm(q["text"]) == (
        "the delegation would be led by Senator Mark Hale (R-Texas) and two senior diplomats"
    )


def test_what_follows_an_object_in_its_clause_is_content_up_to_a_comma() -> None:
    quotes = quotes_of(
        "MADRID, June 18 (Wire) - The opposition leader backed the reform in its present "
        "form. The union denied the claims on Thursday, calling them baseless.\n"
    )
    assert norm(the_quote(quotes, "the reform")["text"]) == "the reform in its present form"
    assert norm(the_quote(quotes, "the claims")["text"]) == "the claims"  # not when


def test_the_circumstances_of_an_act_after_its_object_are_not_content() -> None:
    quotes = quotes_of(
        "MADRID, June 18 (Wire) - The senator announced his candidacy with a speech that "
        "attacked the trade pact. The governor criticized the network before floating the "
        "idea of a boycott. The mayor backed the plan in its present form.\n"
    )
    assert content(quotes, "candidacy") == "his candidacy"
    assert content(quotes, "network") == "the network"
    assert content(quotes, "the plan") == "the plan in its present form"


def test_calling_for_someone_to_act_is_content_after_for() -> None:
    quotes = quotes_of(
        "GENEVA, June 18 (Wire) - The foreign minister called for both armies to pull back "
        "from the ridge. The envoy called for talks. The delegation called on Monday after "
        "the vote was counted.\n"
    )
    assert content(quotes, "pull back") == "both armies to pull back from the ridge"
    assert content(quotes, "talks") == "talks"
    assert not [q for q in quotes if "vote" in q["text"]]  # no "for": no content


def test_an_asked_question_and_a_one_word_answer_are_quotes() -> None:
    quotes = quotes_of(
        "SEOUL, June 18 (Wire) - Asked if the talks had failed, the envoy said no. Half of "
        "the lawmakers backed the bill, and most of the rest said so in a second vote. The "
        "senator said no to the deal.\n"
    )
    assert content(quotes, "talks had failed") == "if the talks had failed"
    answers = [norm(q["text"]) for q in quotes if len(q["text"].split()) == 1]
    assert answers == ["no", "so"]  # not "no to the deal"
    assert not [q for q in quotes if "deal" in q["text"]]


def test_a_cue_inside_what_was_said_makes_no_second_quote() -> None:
    quotes = quotes_of(
        "LONDON, June 18 (Wire) - The columnist bet that the ruling party does not want "
        "voters thinking about the war. Critics appear to be unanimous in their belief that "
        "the governor will resign. She thinks the vote will be close.\n"
    )
    texts = [norm(q["text"]) for q in quotes]
    assert "that the ruling party does not want voters thinking about the war" in texts
    assert "voters thinking about the war" not in texts  # the wanting is the bet's words
    assert "that the governor will resign" not in texts
    assert "the vote will be close" in texts  # a cue of its own sentence still counts


def test_a_second_cue_joined_to_reported_words_is_its_own_quote() -> None:
    quotes = quotes_of(
        "KYIV, June 18 (Wire) - The minister said the talks had failed and warned that "
        "troops would stay. The envoy said the rebels had shelled the town and killed "
        "ten people.\n"
    )
    assert content(quotes, "talks had failed") == "the talks had failed"
    warning = the_quote(quotes, "troops would stay")
    assert norm(warning["text"]) == "that troops would stay"
    assert speaker_of(warning)["text"] == "The minister"  # not "the talks"
    # a deed joined to the reported words stays in them
    assert content(quotes, "shelled") == "the rebels had shelled the town and killed ten people"


def test_a_finding_a_piece_of_writing_or_an_addressee_is_no_content() -> None:
    quotes = quotes_of(
        "NAIROBI, June 18 (Wire) - Mediators found a way to reopen the border crossing on "
        "Thursday. The commission found that both sides had broken the truce. The envoy "
        "wrote a letter to the council. She appealed to both governments and appealed for "
        "calm along the frontier.\n"
    )
    texts = [norm(q["text"]) for q in quotes]
    assert not [t for t in texts if "a way" in t or "a letter" in t or "governments" in t]
    assert norm(the_quote(quotes, "broken the truce")["text"]) == (
        "that both sides had broken the truce"
    )
    assert norm(the_quote(quotes, "calm")["text"]) == "calm along the frontier"


# --- Speakers -------------------------------------------------------------------------------


def test_speaker_he_resolves_to_the_minister_named_before() -> None:
    text, quotes = text_and_quotes(LAVROV)
    speaker = speaker_of(the_quote(quotes, "intimidated"))
    assert speaker["text"] == "he"
    assert text[speaker["start"] : speaker["end"]] == "he"
    assert speaker["resolved"] is not None and "Lavrov" in speaker["resolved"]["text"]
    assert speaker["resolved"]["start"] < speaker["start"]
    assert speaker["code"] == "RUSGOV"


def test_speaker_she_resolves_to_the_chancellor() -> None:
    quotes = quotes_of(MERKEL)
    q = the_quote(quotes, "no military solution")
    assert norm(q["text"]) == "There is no military solution to this conflict"
    speaker = speaker_of(q)
    assert speaker["text"] == "she"
    assert speaker["resolved"] is not None and "Merkel" in speaker["resolved"]["text"]
    assert speaker["code"] == "DEUGOV"


def test_speaker_the_minister_resolves_to_the_named_minister() -> None:
    quotes = quotes_of(KONO)
    q = the_quote(quotes, "take a step back")
    assert norm(q["text"]) == (
        "We have to take a step back and consider what is best for the defence of our country"
    )
    speaker = speaker_of(q)
    assert "minister" in speaker["text"]
    assert "Kono" not in speaker["text"]
    assert speaker["resolved"] is not None and "Taro Kono" in speaker["resolved"]["text"]
    assert speaker["code"] == "JPNGOV"


def test_speaker_surname_resolves_to_the_full_name() -> None:
    quotes = quotes_of(LAVROV)
    speaker = speaker_of(the_quote(quotes, "deliberate provocation"))
    assert speaker["text"] == "Lavrov"
    assert speaker["code"] == "RUSGOV"
    assert speaker["resolved"] is not None and "Sergei Lavrov" in speaker["resolved"]["text"]


def test_speaker_with_full_title_has_the_actor_code() -> None:
    quotes = quotes_of(LAVROV_BARE)
    speaker = speaker_of(the_quote(quotes, "close contact"))
    assert "Sergei Lavrov" in speaker["text"]
    assert speaker["code"] == "RUSGOV"


def test_ministry_spokesman_speaks_for_his_country() -> None:
    quotes = quotes_of(ZHAO)
    q = the_quote(quotes, "crossed the line")
    assert q["kind"] == "indirect"
    assert norm(q["text"]) == (
        "Indian troops had crossed the line of actual control and launched provocative "
        "attacks on Chinese personnel"
    )
    speaker = speaker_of(q)
    assert "Zhao Lijian" in speaker["text"]
    assert speaker["code"] is not None and speaker["code"].startswith("CHN")


# --- Cues learned from PolNeAR train -------------------------------------------------------

MOCKED = (
    "WASHINGTON, May 4 (Wire) - The governor lampooned the presidential ambitions of three "
    "senators at a fundraiser on Saturday. Aides said the speech had been planned for weeks.\n"
)


def test_a_frame_learned_from_polnear_makes_a_quote_only_when_the_table_holds_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from flashpoint.layers import quotes as layer

    monkeypatch.setattr(layer, "cue_model", lambda: None)  # the counts alone
    monkeypatch.setattr(layer, "learned_cues", lambda: {})
    assert not [q for q in quotes_of(MOCKED) if "ambitions" in q["text"]]
    monkeypatch.setattr(layer, "learned_cues", lambda: {"lampoon|VERB|dobj": 0.6})
    q = the_quote(quotes_of(MOCKED), "ambitions")
    assert q["kind"] == "indirect"
    assert norm(q["text"]) == "the presidential ambitions of three senators"
    assert q["cue"]["text"] == "lampooned"
    assert "governor" in speaker_of(q)["text"]


def test_a_word_with_two_learned_frames_takes_the_one_more_often_a_cue(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from flashpoint.layers import quotes as layer

    monkeypatch.setattr(layer, "cue_model", lambda: None)  # the counts alone
    text = (
        "LONDON, May 4 (Wire) - The senator pinned the blame on the new tariff plan. Talks on "
        "the plan resume next week.\n"
    )
    table = {"pin|VERB|dobj": 0.3, "pin|VERB|prep:on": 0.7}
    monkeypatch.setattr(layer, "learned_cues", lambda: table)
    q = the_quote(quotes_of(text), "tariff")
    assert norm(q["text"]) == "the new tariff plan"
    assert not [x for x in quotes_of(text) if "blame" in x["text"]]


def test_a_learned_noun_frame_is_its_owner_s_words(monkeypatch: pytest.MonkeyPatch) -> None:
    from flashpoint.layers import quotes as layer

    monkeypatch.setattr(layer, "cue_model", lambda: None)  # the counts alone
    table = {"scorn|NOUN|prep:for": 0.6, "attack|NOUN|prep:against": 0.6}
    monkeypatch.setattr(layer, "learned_cues", lambda: table)
    text = (
        "PARIS, May 4 (Wire) - The mayor's scorn for the new tariff plan surprised his allies. "
        "An attack against a police convoy killed two officers in the north.\n"
    )
    quotes = quotes_of(text)
    q = the_quote(quotes, "tariff")
    assert norm(q["text"]) == "the new tariff plan"
    assert "mayor" in speaker_of(q)["text"]
    assert not [x for x in quotes if "convoy" in x["text"]]  # an attack is a deed


def test_a_learned_frame_of_a_deed_or_a_question_makes_no_quote(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from flashpoint.layers import quotes as layer

    monkeypatch.setattr(layer, "cue_model", lambda: None)  # the counts alone
    table = {"attack|VERB|dobj": 0.6, "say|VERB|ccomp": 0.9, "lampoon|VERB|dobj": 0.6}
    monkeypatch.setattr(layer, "learned_cues", lambda: table)
    # PolNeAR's "attacked Cruz" is words; a checkpoint attacked is a deed
    assert not [q for q in quotes_of(NO_SPEECH) if "checkpoint" in q["text"]]
    assert not [q for q in quotes_of(QUESTION) if "sanctions have worked" in q["text"]]
    asked = "BERLIN, May 4 (Wire) - Will the chancellor lampoon the plan of the opposition?\n"
    assert not [q for q in quotes_of(asked) if "plan" in q["text"]]


@pytest.mark.parametrize(
    ("sentence", "word", "frame", "content"),
    [
        ("Critics mocked the bids of senators.", "mocked", "dobj", "the bids of senators"),
        ("She sees a chance that talks resume.", "sees", "dobj", "a chance that talks resume"),
        ("The senator pinned the blame on the ministry.", "pinned", "prep:on", "the ministry"),
        ("The plan was panned by critics.", "panned", "pass", "The plan"),
        ("He figures the reward was adequate.", "figures", "ccomp", "the reward was adequate"),
    ],
)  # fmt: skip
def test_frames_a_word_can_govern_reported_words_by(
    sentence: str, word: str, frame: str, content: str
) -> None:
    from flashpoint.layers.quotes import frames
    from flashpoint.nlp import load_nlp

    doc = load_nlp()(sentence)
    tok = next(t for t in doc if t.text == word)
    found = {name: sentence[a:b] for name, (a, b) in frames(tok)}
    assert found.get(frame) == content, found


def test_the_shipped_learned_table_is_counts_from_polnear_train() -> None:
    from flashpoint.layers.tables import read_tsv

    rows = read_tsv(
        "quotes", "learned_cues.tsv", required=("lemma", "pos", "frame", "seen", "cues")
    )
    assert len(rows) > 100
    for r in rows:
        assert 1 <= int(r["cues"]) <= int(r["seen"]), r
        assert r["frame"] in ("ccomp", "xcomp", "dobj", "pass") or r["frame"].startswith("prep:")
    # a word the curated cues lack, which PolNeAR's annotators mark as a cue
    assert any(r["lemma"] == "see" for r in rows)


# --- Things that are not quotes -------------------------------------------------------------


def test_scare_quotes_and_titles_are_not_quotes() -> None:
    quotes = quotes_of(SCARE)
    real = the_quote(quotes, "Annexation will destroy")  # the real quote is still found
    assert norm(real["text"]) == "Annexation will destroy any chance of peace"
    # the scare-quoted name is no quote of its own (what the leaders rejected may be the
    # content of their stance, as PolNeAR marks "rejected the plan")
    assert not [q for q in quotes if norm(q["text"]) == "deal of the century"]
    assert not [q for q in quotes if q["kind"] == "direct" and "deal of the century" in q["text"]]
    assert not [q for q in quotes if "Five Broken Cameras" in q["text"]]


def test_said_as_adjective_or_said_to_be_is_no_quote() -> None:
    text, quotes = text_and_quotes(SAID_ADJ)
    real = the_quote(quotes, "ceasefire was holding")
    assert real["kind"] == "indirect"
    assert norm(real["text"]) == "the ceasefire was holding despite sporadic violations"
    assert not [q for q in quotes if "withdraw heavy weapons" in q["text"]]
    assert not [q for q in quotes if "in hiding" in q["text"]]
    said_agreement = text.index("said agreement")
    cues = [q["cue"]["start"] for q in quotes if q["cue"] is not None]
    assert said_agreement not in cues


def test_question_yields_no_indirect_quote() -> None:
    quotes = quotes_of(QUESTION)
    real = the_quote(quotes, "network of shipping")
    assert norm(real["text"]) == "the measures targeted a network of shipping companies"
    assert not [q for q in quotes if "sanctions have worked" in q["text"]]


def test_article_without_reporting_verb_has_no_quote() -> None:
    quotes = quotes_of(NO_SPEECH)
    assert [q for q in quotes if q["kind"] == "indirect"] == []
    assert quotes == []


# --- Offsets --------------------------------------------------------------------------------


@pytest.mark.parametrize("name", sorted(WITH_QUOTES))
def test_offsets_point_into_the_article_text(name: str) -> None:
    text, quotes = text_and_quotes(WITH_QUOTES[name])
    assert quotes, "no quote found"
    assert len({q["id"] for q in quotes}) == len(quotes), "quote ids are not unique"
    for q in quotes:
        assert q["kind"] in {"direct", "indirect"}
        parts = [tuple(p) for p in q["parts"]]
        assert parts, f"no parts for {q['text']!r}"
        assert parts == sorted(parts)
        assert all(0 <= s < e <= len(text) for s, e in parts)
        assert (q["start"], q["end"]) == (parts[0][0], parts[-1][1])
        assert q["text"] == ELLIPSIS.join(text[s:e] for s, e in parts)
        if q["cue"] is not None:
            assert text[q["cue"]["start"] : q["cue"]["end"]] == q["cue"]["text"]
        if q["speaker"] is not None:
            sp = q["speaker"]
            assert text[sp["start"] : sp["end"]] == sp["text"]
            if sp["resolved"] is not None:
                ref = sp["resolved"]
                assert text[ref["start"] : ref["end"]] == ref["text"]


@pytest.mark.parametrize("name", sorted(ARTICLES))
def test_every_test_article_is_accepted_by_the_cleaner(name: str) -> None:
    out = annotated(ARTICLES[name])
    assert out["text"] == ARTICLES[name]  # nothing cleaned away: offsets are the article's


# --- Where indirect words end ---------------------------------------------------------------


def test_a_list_after_the_first_item_s_comma_stays_in_the_words() -> None:
    quotes = quotes_of(
        "KIGALI (Reuters) - In a speech after the vote the prime minister thanked his "
        "parents, his siblings, his wife and his children."
    )
    assert content(quotes, "his parents") == "his parents, his siblings, his wife and his children"


@pytest.mark.parametrize(
    ("article", "said"),
    [
        (  # what a colon introduces, however short
            "NAIROBI (Reuters) - Thousands marched through the capital on Saturday, and the "
            "opposition leader, standing on a truck, had one message for the crowd: \u201cGo "
            "home safely.\u201d\n\nPolice said the march was peaceful.",
            "Go home safely",
        ),
        (  # a short whole utterance right after a speech verb
            "LAGOS (AP) - As the governor left the stage, a man in the crowd shouted, "
            "\u201cPay us now!\u201d\n\nThe governor did not respond.",
            "Pay us now",
        ),
    ],
)
def test_a_short_quote_introduced_as_said_is_a_direct_quote(article: str, said: str) -> None:
    assert the_quote(quotes_of(article), said)["kind"] == "direct"


def test_according_to_closing_a_sentence_attributes_all_its_joined_clauses() -> None:
    quotes = quotes_of(
        "NAIROBI (Reuters) - The mission is led by two retired generals, and includes advisers "
        "from three neighbouring states, according to diplomats familiar with the plan.\n"
    )
    q = the_quote(quotes, "includes advisers")
    assert norm(q["text"]).startswith("The mission is led by two retired generals")


def test_a_paragraph_a_cue_and_colon_introduce_is_the_speakers_words() -> None:
    # a block quote whose marks the crawl lost: "The governor added:" then his words
    article = (
        "ABUJA (Wire) - The governor of Borno state on Tuesday criticised the federal "
        "government's handling of the flood relief effort in a radio interview.\n\n"
        "The governor added:\n\n"
        "We have asked for help three times. Nobody in Abuja has answered our letters, and "
        "the families in the camps are still waiting for tents.\n\n"
        "The presidency did not respond to a request for comment.\n"
    )
    q = the_quote(quotes_of(article), "Nobody in Abuja")
    assert norm(q["text"]).startswith("We have asked for help three times")
    assert norm(q["text"]).endswith("still waiting for tents")
    assert speaker_of(q)["text"] == "The governor"


def test_a_colon_line_without_a_cue_introduces_no_quote() -> None:
    article = (
        "ABUJA (Wire) - Floods have displaced more than 20,000 people in Borno state, "
        "officials said on Tuesday.\n\n"
        "The figures so far:\n\n"
        "Eleven camps have been opened near Maiduguri and four more are planned for next "
        "week.\n"
    )
    assert not [q for q in quotes_of(article) if q["text"].startswith("Eleven camps have")]


def test_a_headline_kicker_is_no_speaker() -> None:
    from flashpoint.layers.quotes import quotes_in

    headline = "{}: Border talks between the two sides collapse after five hours\n\n"
    story = "NEW DELHI (Wire) - Talks ended on Monday without agreement, officials said.\n"
    for kicker in ("The Latest", "Wow"):
        found = quotes_in(headline.format(kicker) + story)
        assert not [q for q in found if "Border talks" in q.text], kicker
    found = quotes_in(headline.format("Army chief") + story)
    assert [q for q in found if "Border talks" in q.text]


def test_a_that_clause_after_but_is_still_what_was_said() -> None:
    quotes = quotes_of(
        "KABUL (Wire) - The minister said the army needed to secure the highway and "
        "rebuild the bridges, but that it would not send troops into the valley.\n"
    )
    assert content(quotes, "secure the highway").endswith("would not send troops into the valley")


def test_the_ruling_an_act_came_in_is_not_what_it_said() -> None:
    quotes = quotes_of(
        "THE HAGUE (Wire) - The court rejected the government's argument in a ruling "
        "released on Thursday.\n"
    )
    assert content(quotes, "argument") == "the government's argument"


def test_bare_verbs_after_an_infinitive_go_on_with_it() -> None:
    quotes = quotes_of(
        "DHAKA (Wire) - The prime minister vowed on Sunday to double the number of flood "
        "shelters, train local rescue teams and build a new early-warning network.\n"
    )
    assert content(quotes, "double the number").endswith("build a new early-warning network")


@pytest.mark.parametrize(
    "sentence",
    [
        "The general said on Monday his troops would not withdraw from the ridge.",
        "The general said after the meeting his troops would not withdraw from the ridge.",
    ],
)
def test_when_the_words_were_said_is_not_part_of_them(sentence: str) -> None:
    quotes = quotes_of(f"ISLAMABAD (Wire) - {sentence}\n")
    assert content(quotes, "withdraw") == "his troops would not withdraw from the ridge"


def test_a_quote_after_the_cue_s_full_stop_is_a_quote_of_its_own() -> None:
    article = (
        "ISLAMABAD (Wire) - \u201cWe will not retreat from the ridge,\u201d the army "
        "spokesman said. \u201cOur troops will stay as long as they are needed.\u201d\n\n"
        "\u201cThe talks have failed,\u201d the spokesman told reporters, \u201cand the "
        "blame lies with the other side.\u201d\n"
    )
    quotes = quotes_of(article)
    first, second = apart(quotes, "We will not retreat", "Our troops will stay")
    assert speaker_of(first)["text"] == speaker_of(second)["text"] == "the army spokesman"
    split = the_quote(quotes, "The talks have failed")
    assert len(split["parts"]) == 2  # around its cue, after a comma: one quote


def apart(quotes: list[dict[str, Any]], a: str, b: str) -> tuple[dict[str, Any], ...]:
    """Return the quotes holding ``a`` and ``b``, checking they are two quotes, not one."""
    found = the_quote(quotes, a), the_quote(quotes, b)
    assert found[0] is not found[1], f"{a!r} and {b!r} are one quote"
    return found


def test_a_second_cue_between_two_quotes_keeps_them_apart() -> None:
    article = (
        "NAIROBI (Wire) - \u201cThe talks are over for this week,\u201d the mediator said, "
        "adding, \u201cBoth delegations will return to Addis Ababa on Monday.\u201d\n\n"
        "\u201cWe came here in good faith,\u201d the army spokesman said, and the rebel "
        "negotiator replied, \u201cSo did we.\u201d\n"
    )
    quotes = quotes_of(article)
    _, back = apart(quotes, "The talks are over", "Both delegations will return")
    assert speaker_of(back)["text"] == "the mediator"
    _, reply = apart(quotes, "We came here in good faith", "So did we")
    assert speaker_of(reply)["text"] == "the rebel negotiator"


def test_a_thing_called_by_its_name_is_no_quote() -> None:
    quotes = quotes_of(
        "LAGOS (Wire) - The money was paid in 2019 to a consultancy called Delta Horizon "
        "Partners. The governor dismissed what he called a smear campaign.\n"
    )
    assert not [q for q in quotes if "Delta Horizon" in q["text"]]
    assert "a smear campaign" in content(quotes, "smear")  # what he called it: his words
