"""Each kind of crawl noise is removed; story lines, quotes and subheads are kept."""

from __future__ import annotations

import logging
import subprocess
import sys

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flashpoint.clean import rules
from flashpoint.clean.boilerplate import classify_line, load_rules, strip_boilerplate
from flashpoint.records import Removed

STORY = [
    "KYIV, March 3 (Test Wire) - Russian forces shelled the port city overnight, regional "
    "officials said on Tuesday.",
    '"We will not back down," the governor said.',
    "The ministry said it would support the affected families with emergency payments.",
    "Turkey's support for Azerbaijan has been decisive, analysts say.",
    "Readers of the local newspaper queued for hours to buy bread.",
    "Police said the cookies handed out at the rally were safe to eat.",
    "The regulator said visitors could accept all cookies with one click but needed five to "
    "refuse them.",
    "Published in 2019, the report found that most border villages had no clinic.",
    "The views of residents were not sought, the council's critics said.",
    "Advertisement revenue at the state broadcaster fell by a third last year.",
    "This article of the constitution was suspended in 2021, the court noted.",
    "Parents were unable to reach them by car, so schools sent pupils home early.",
    "A petition had gathered 900 signatures by noon, and organisers urged students to sign up "
    "for updates on the campaign's page, which they said had been shared widely in group "
    "chats across the campus and beyond.",
    "The farmers have marched to the ministry every Friday since March.",
    "Opposition members said they would join the protest on Friday.",
    "The ministry said data on the outbreak was delayed by a week because of the strike.",
    "Thousands of members of the union pay for their own legal costs, its leader said.",
]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Support independent journalism! Give once or become a monthly supporter.", "donation"),
        ("Once | Monthly | Annual", "donation"),
        ("( ) Once ( ) Monthly ( ) Annual", "donation"),
        ("Continue -> Remind me later", "donation"),
        ("$5 $10 $25 Other", "donation"),
        ("Sign up for our morning briefing, delivered to your inbox.", "newsletter"),
        ("By submitting this form, I agree to the terms of use and privacy policy.", "newsletter"),
        ("Email address: [ ] SIGN UP", "newsletter"),
        (
            "We use cookies to improve your experience. By continuing you accept our policy.",
            "cookie",
        ),
        ("[Accept all] [Reject all] [Manage preferences]", "cookie"),
        ("Share this article", "share"),
        ("Facebook Twitter WhatsApp Email Copy link", "share"),
        ("Soldiers patrol near the border on Monday. (Photo: Ana Ruiz/Test Wire)", "caption"),
        ("Protesters march in the capital. REUTERS/Jan Novak", "caption"),
        ("Advertisement", "ad"),
        ("--- ADVERTISEMENT ---", "ad"),
        ("Comments (12)", "comments"),
        ("Home | World | Europe | Politics", "nav"),
        ("Skip to main content", "nav"),
        ("(c) 2021 Test Wire. All rights reserved.", "footer"),
        ("(Reporting by Ana Ruiz; Editing by Jan Novak)", "credit"),
        ("READ MORE: Troops withdraw from disputed ridge", "readmore"),
        ("Was this article helpful? Yes / No", "feedback"),
        ("------------------", "rule"),
        ("You have 2 free articles left this month.", "paywall"),
        ("Subscribe to keep reading. Unlimited digital access for $2 a week.", "paywall"),
        ("Already a member? Sign in", "paywall"),
        ("Additional reporting by Ana Ruiz in Lima; Editing by Jan Novak", "credit"),
        ("Jan Novak contributed reporting from Kyiv.", "credit"),
        ("-- With reports from Ana Ruiz", "credit"),
        ("Correction: An earlier version of this story gave the wrong date of the vote.", "note"),
        ("This article was originally published by a nonprofit newsroom.", "note"),
        ("The views expressed here are the author's own.", "note"),
        ("Send your news tip to desk@paper.example", "contact"),
        ("09:14 GMT", "byline"),
        ("Posted 3h ago, updated 20m ago", "byline"),
        ("Published: March 3, 2025, 7:10 a.m.", "byline"),
        ("Tags: Elections, Parliament, Opposition", "nav"),
        ("Advertisement - Scroll to continue", "ad"),
        ("READ | Opposition walks out of budget debate", "readmore"),
        ("Image 2 of 5 Firefighters on the ridge above the town.", "caption"),
        ("Crews clear a blocked road near the pass. (Coast Network: Ana Ruiz)", "caption"),
        ("Loading...", "other"),
        ("Tell a friend? Share it with your family and friends.", "share"),
        ("Comments are moderated before they appear. Keep them civil.", "comments"),
        ("Follow us on our Telegram channel for breaking news", "social"),
        ("Your guide to the statehouse, every weekday at 6 a.m.", "newsletter"),
        ("LATEST • Fuel price cap extended • Port strike ends • Cup squad named", "nav"),
        ("Fishing boats at dawn near the harbour on 2 May. © Ana Ruiz / Coast Press", "caption"),
        ("Get our evening briefing on WhatsApp", "newsletter"),
        ("The day's essential news, delivered to your phone every evening.", "newsletter"),
        ("Voiced by an AI narrator. Tell us what you think.", "audio"),
        ("Listen to the article · 4 min.", "audio"),
        ("Download (MP3, 3.9 MB)", "other"),
        ("Get unlimited access to our coverage of the region's economies.", "paywall"),
        ("Related article Port workers end their strike after pay deal", "readmore"),
        (
            "Republish this article: it may be republished under a Creative Commons licence.",
            "other",
        ),
        ("19 Nov 2025", "byline"),
        ("Wednesday November 20, 2025", "byline"),
        ("— Port Authority (@PortAuthority) November 13, 2025", "social"),
        ("View this post on Instagram", "social"),
        ("Name * Email * Website", "comments"),
        (
            "Save my name, email, and website in this browser for the next time I comment.",
            "comments",
        ),
        ("Comments are closed for this article.", "comments"),
        ("Get severe weather alerts on your phone. Download our free app.", "other"),
        ("What's driving the news across the region, in a 5-minute read. Free.", "newsletter"),
        ("Ana Ruiz in Kyiv (now) and Jan Novak (earlier)", "byline"),
        ("$10 $30 $50 Custom amount", "donation"),
        ("Copylink", "share"),
        ("Leave a Reply", "comments"),
        ("Your email address will not be displayed. Required fields are marked *", "comments"),
        ("Remember my name and email in this browser for the next time.", "comments"),
        ("Comments on this article are closed.", "comments"),
        ("Moderation policy: abusive posts are deleted without notice.", "comments"),
        ("Did you find this explainer useful?", "feedback"),
        ("No", "feedback"),
        ("Pinned", "other"),
        ("01:12 / 06:30", "other"),
        ("Reading time: 4 min", "other"),
        ("Nothing on this page constitutes investment advice.", "other"),
        ("Issued by: Northwind Power Ltd.", "other"),
        ("The Ledger app: breaking news alerts. Available on iOS and Android.", "other"),
        ("Our site is blocked in the country; read us through our mirror sites.", "other"),
        ("EVENT | Ports & Logistics Summit, Lagos, 3 June. Early-bird tickets on sale.", "ad"),
        ("The Courier is funded by readers and two small foundations.", "donation"),
        ("No oligarch owns us and no party funds us. Chip in what you can.", "donation"),
        (
            "Rulings, filings and analysis from our court reporters, every Monday morning.",
            "newsletter",
        ),
        ("Protesters massed in the square [File: Amir Khan/Test Agency]", "caption"),
        # written after the fifth crawl batch showed each kind
        ("Catch the Night Brief wherever you get your podcasts.", "audio"),
        ("Join the 12,000 sustaining members who keep this station on air.", "donation"),
        ("This story is for registered readers.", "paywall"),
        ("Sign up for free and keep reading. You get 5 articles a month.", "paywall"),
        ("Before you read on", "donation"),
        ("Gift this article", "share"),
        ("Have your say", "comments"),
        ("Comments are open to subscribers. Sign in or create an account to comment.", "comments"),
        ("Email * (will not be published)", "comments"),
        ("(With inputs from agencies)", "credit"),
        ("We may earn a commission if you buy through links on this page.", "ad"),
        ("Harbour Steel (HSX: HBS) 12,400 ▲1.8%", "nav"),
        ("Market data delayed by at least 15 minutes.", "other"),
        ("This issue is supported by a language school in Quito.", "ad"),
        ("Related: Talks fail in Muscat | Oil prices edge up ahead of the meeting", "readmore"),
        ("Las Palmas de Gran Canaria - 04 Dec 2026 - 13:22 CET", "byline"),
        ("About Northwind Power", "other"),
        (
            "Readers' comments are welcome in three languages. Comments are moderated before "
            "publication and can take up to a day to appear; we do not publish insults, "
            "threats, advertising or posts that name private individuals who are not part "
            "of the story, and we close threads after a week.",
            "comments",
        ),
        ("You are receiving this email because you signed up for our letter.", "newsletter"),
    ],
)
def test_noise_kinds(line: str, kind: str) -> None:
    assert classify_line(line)[0] == kind


@pytest.mark.parametrize("line", STORY)
def test_story_lines_are_kept(line: str) -> None:
    assert classify_line(line)[0] is None


def test_glued_read_more_is_cut_from_the_story_sentence() -> None:
    text = "Read moreThe defence ministers met in Moscow on Friday."
    clean, removed = strip_boilerplate(text)
    assert clean == "The defence ministers met in Moscow on Friday."
    assert [(r.text, r.reason) for r in removed] == [("Read more", "readmore")]


def test_related_list_goes_with_its_header_and_the_story_resumes() -> None:
    text = "\n".join(
        [
            STORY[0],
            "Related:",
            "- Ceasefire talks stall in Geneva",
            "Who is the new defence minister?",
            "Explainer: the frontline in maps",
            STORY[2],
        ]
    )
    clean, removed = strip_boilerplate(text)
    assert clean.split("\n") == [STORY[0], STORY[2]]
    assert removed[0].reason == "related" and removed[0].text.count("\n") == 3


def test_author_bio_only_at_the_end() -> None:
    bio = "Ana Ruiz is Test Wire's Kyiv correspondent. She has covered the war since 2014."
    clean, removed = strip_boilerplate("\n\n".join([STORY[0], STORY[2], bio]))
    assert bio not in clean and removed[-1].reason == "bio"
    clean, _ = strip_boilerplate(
        "\n\n".join([bio, STORY[0], STORY[1], STORY[2], STORY[3], STORY[4]])
    )
    assert clean.startswith("Ana Ruiz is")  # at the top it is a story sentence


def test_paragraphs_survive() -> None:
    text = f"{STORY[0]}\n\nShare this article\n\n{STORY[1]}\n{STORY[2]}"
    clean, _ = strip_boilerplate(text)
    assert clean == f"{STORY[0]}\n\n{STORY[1]}\n{STORY[2]}"


def test_rules_compile_and_have_known_scopes() -> None:
    rules = load_rules()
    assert len(rules) > 20
    scopes = {"full", "search", "prefix", "suffix", "header", "tail", "thread"}
    assert {r.scope for r in rules} <= scopes


@given(
    st.lists(
        st.sampled_from(
            [*STORY, "Share this article", "Advertisement", "Read moreThe talks resumed."]
        ),
        max_size=8,
    )
)
def test_cleaning_is_idempotent(lines: list[str]) -> None:
    once, _ = strip_boilerplate("\n".join(lines))
    twice, removed = strip_boilerplate(once)
    assert twice == once and removed == ()


def test_an_ad_marker_with_a_continue_prompt_glued_to_a_story_line_is_cut() -> None:
    clean, removed = strip_boilerplate(
        "ADVERTISEMENT - CONTINUE READING BELOWThe striker hit the post after ten minutes."
    )
    assert clean == "The striker hit the post after ten minutes."
    assert [r.text for r in removed] == ["ADVERTISEMENT - CONTINUE READING BELOW"]


def test_a_bio_that_says_what_the_author_reports_on_is_cut_at_the_end() -> None:
    story = "The ministry signed the contract on Monday, officials said, after months of talks."
    bio = (
        "Lena Okafor reports on shipbuilding and naval procurement from Hamburg. She "
        "previously covered energy markets."
    )
    assert strip_boilerplate(f"{story}\n{bio}")[0] == story


def test_read_more_glued_to_the_end_of_a_paragraph() -> None:
    clean, removed = strip_boilerplate(f"{STORY[0]}Read more\n{STORY[2]}")
    assert clean == f"{STORY[0]}\n{STORY[2]}"
    assert removed[0].reason == "readmore"


def test_a_caption_repeating_a_story_sentence_is_dropped_once() -> None:
    text = "\n".join([STORY[2], STORY[0], STORY[3], STORY[2], STORY[4]])
    clean, removed = strip_boilerplate(text)
    assert clean.split("\n") == [STORY[0], STORY[3], STORY[2], STORY[4]]
    assert [r.reason for r in removed] == ["duplicate"]


def test_a_caption_repeating_one_sentence_of_a_paragraph_is_dropped() -> None:
    paragraph = (
        "Border guards closed the crossing at dawn on Tuesday, officials said. "
        "Footage posted online showed lorries queuing for several kilometres near the gate. "
        "Talks on reopening it are due on Friday."
    )
    caption = (
        "Footage posted online showed lorries queuing for several kilometres near the gate. "
        "(Screengrab via social media)"
    )
    bare = caption.split(" (")[0]
    for text in (
        f"{paragraph}\n{caption}",
        f"{caption}\n{paragraph}",
        f"{paragraph}\n{bare}",
        f"{bare}\n{paragraph}",
    ):
        clean, removed = strip_boilerplate(text)
        assert clean == paragraph
        assert [r.reason for r in removed] == ["caption"]
    # a sentence said twice in one paragraph is the story's own business
    clean, removed = strip_boilerplate(paragraph + " " + paragraph.split(". ")[1] + ".")
    assert not removed


def test_menus_and_mastheads_around_the_story_go_short_lines_inside_stay() -> None:
    text = "\n".join(
        [
            "NEWS",
            "World",
            "Politics",
            STORY[0],
            "Aftermath",
            STORY[2],
            STORY[3],
            "Latest headlines",
            "Oil prices slip",
            "Cup final tonight",
        ]
    )
    clean, removed = strip_boilerplate(text)
    assert clean.split("\n") == [STORY[0], "Aftermath", STORY[2], STORY[3]]
    # the masthead goes by its shape; "Latest headlines" is a list header a rule knows
    assert removed[0] == Removed("NEWS\nWorld\nPolitics", "furniture")
    assert {r.reason for r in removed} <= {"furniture", "related"}


def test_a_clean_text_is_left_alone() -> None:
    text = "\n\n".join(STORY)
    assert strip_boilerplate(text) == (text, ())
    assert strip_boilerplate("Beijing accused New Delhi of provocation.")[1] == ()


@pytest.mark.parametrize(
    ("glued", "kept"),
    [
        ("ADVERTISEMENTThe army said the road was open.", "The army said the road was open."),
        ("- Advertisement -Voting ended at 6 p.m.", "Voting ended at 6 p.m."),
        ("Listen to this articleThe talks resumed.", "The talks resumed."),
        ("The talks resumed.Story continues below", "The talks resumed."),
        ("The talks resumed.Advertisement - Scroll to continue", "The talks resumed."),
        ("The talks resumed.Sign up here.", "The talks resumed."),
        ("Advertisement - Scroll down to continueThe talks resumed.", "The talks resumed."),
        ("The talks resumed.Leer más", "The talks resumed."),
        ("Related:The talks resumed on Monday.", "The talks resumed on Monday."),
        (
            "Also Read: Floods cut roads as rivers rise in the northThe talks resumed on Monday.",
            "The talks resumed on Monday.",
        ),
    ],
)
def test_ad_markers_glued_to_a_story_line_are_cut(glued: str, kept: str) -> None:
    clean, removed = strip_boilerplate(f"{STORY[0]}\n{glued}\n{STORY[2]}")
    assert clean.split("\n") == [STORY[0], kept, STORY[2]]
    assert len(removed) == 1


def test_sponsored_headlines_go_with_their_label() -> None:
    text = "\n".join(
        [STORY[0], "Sponsored", "Seven ways to cut your heating bill this winter", STORY[2]]
    )
    clean, removed = strip_boilerplate(text)
    assert clean.split("\n") == [STORY[0], STORY[2]]
    assert removed[0].reason == "ad" and removed[0].text.count("\n") == 1


def test_a_short_subhead_after_a_related_list_stays() -> None:
    text = "\n".join(
        [
            STORY[0],
            "Related stories",
            "Ceasefire talks stall in Geneva as both sides dig in",
            "Who is the new defence minister?",
            "Roads closed",
            STORY[2],
        ]
    )
    clean, _ = strip_boilerplate(text)
    assert clean.split("\n") == [STORY[0], "Roads closed", STORY[2]]


def test_a_bio_above_the_closing_links_and_tags_is_cut() -> None:
    bio = "Ana Ruiz is a senior fellow in the Europe programme, where she studies arms control."
    text = "\n".join(
        [
            STORY[0],
            STORY[2],
            bio,
            "Related research",
            "Report | Arms control after the treaty",
            "Podcast | What next for the alliance?",
            "Topics: Security, Europe",
            "Regions: Eastern Europe",
        ]
    )
    clean, removed = strip_boilerplate(text)
    assert clean.split("\n") == [STORY[0], STORY[2]]
    assert removed[0] == removed[0].__class__(bio, "bio")


def test_a_headline_above_a_byline_is_the_title() -> None:
    text = "\n".join(
        [STORY[0], "Border villages empty as river rises", "By Ana Ruiz", STORY[2], STORY[3]]
    )
    clean, removed = strip_boilerplate(text)
    assert clean.split("\n") == [STORY[0], STORY[2], STORY[3]]
    assert [r.reason for r in removed] == ["title", "byline"]


def test_an_accented_dateline_is_not_taken_for_a_headline() -> None:
    from flashpoint.clean import split_text

    parts = split_text("\n".join(["BOGOTÁ —", STORY[2], STORY[3], STORY[4]]))
    assert parts.title is None
    assert parts.body.split("\n")[0] == "BOGOTÁ —"


@pytest.mark.parametrize(
    "dateline", ["LUSAKA, Zambia", "DAKAR", "Tbilisi", "BISSAU, Guinea-Bissau (Wire) \u2014"]
)
def test_a_dateline_on_its_own_line_above_the_lede_is_story(dateline: str) -> None:
    text = "\n".join(["Home | World | Africa | Politics", dateline, STORY[0], STORY[2]])
    clean, _ = strip_boilerplate(text)
    assert clean.splitlines()[0] == dateline


def test_a_menu_stays_furniture_when_a_rule_takes_one_of_its_items() -> None:
    menu = ["World", "Business", "Subscribe", "Sport", "Culture"]
    clean, _ = strip_boilerplate("\n".join([STORY[0], *menu, STORY[2]]))
    assert not any(item in clean.splitlines() for item in menu)


def test_a_long_title_and_an_author_line_above_a_date_are_not_story() -> None:
    title = (
        "Parliament passes law requiring foreign-funded groups to register as "
        '"organisations with foreign support"'
    )
    text = "\n".join([title, "Ana Ruiz", "19 Nov 2025", STORY[0], STORY[2]])
    clean, removed = strip_boilerplate(text)
    assert clean.splitlines()[0] == STORY[0]
    assert {r.reason for r in removed} >= {"title", "byline"}


def test_a_linked_headline_ending_in_a_quoted_word_stays_in_its_list() -> None:
    story = "The ministers met on Friday in Geneva, officials said, and agreed to meet again."
    text = (
        f"{story}\nALSO READ\nArmy kills three infiltrators near the border\n"
        "Parliament passes resolution condemning Indian 'aggression'\n"
        "Explained: what the treaty suspension means"
    )
    assert strip_boilerplate(text)[0] == story


def test_a_pull_quote_repeating_a_story_quote_is_cut() -> None:
    story = (
        '"Nobody leads this. That is the point," said a 22-year-old student who organises '
        "the overnight shifts outside the faculty."
    )
    text = "\n".join([STORY[0], '"Nobody leads this. That is the point."', story, STORY[2]])
    clean, removed = strip_boilerplate(text)
    assert clean.split("\n") == [STORY[0], story, STORY[2]]
    assert [r.reason for r in removed] == ["pullquote"]
    # a quoted phrase on its own line is left alone: it may be the story's own block quote
    spoke = 'The minister spoke of "bandit formations" in the north and of their foreign backers.'
    text = "\n".join([STORY[0], '"bandit formations"', spoke, STORY[2]])
    assert "pullquote" not in {r.reason for r in strip_boilerplate(text)[1]}


def test_a_press_releases_company_description_at_the_end_is_cut() -> None:
    about = (
        "Northwind Power Ltd. is a Lagos-based developer and operator of solar and storage "
        "plants across West Africa."
    )
    clean, _removed = strip_boilerplate(
        "\n".join([STORY[0], STORY[2], "About Northwind Power", about])
    )
    assert clean.split("\n") == [STORY[0], STORY[2]]
    # the same sentence inside the story stays
    text = "\n".join([STORY[0], about, *STORY[2:8]])
    assert about in strip_boilerplate(text)[0]


# Stop 49, a broad pass: kinds of boilerplate that news sites of all kinds print (themes,
# broadcasters, wires, blogs, government pages, regional outlets), one line per family that
# the rules now remove, and story sentences using the same words that stay.
BROAD_NOISE = [
    # "read also" in other languages, more related-list wordings
    ("Lea también: Gobierno anuncia un nuevo plan de seguridad", "readmore"),
    ("Baca juga: Polisi tangkap dua tersangka", "readmore"),
    ("اقرأ أيضا: الحكومة تعلن خطة جديدة", "readmore"),
    ("LEIA TAMBÉM", "related-header"),
    ("Leggi anche:", "related-header"),
    ("[Related: Port strike ends after pay deal]", "readmore"),
    ("MUST READ: Ten things to know about the vote", "readmore"),
    ("Trending Stories", "related-header"),
    ("You may also like...", "related-header"),
    ("You might also like: Dock workers end strike | Senate passes budget bill", "readmore"),
    ("Popular on Harbour Times", "related-header"),
    # time stamps and reading time
    ("3 hrs ago", "byline"),
    ("Last modified on Mon 18 Nov 2024 18.56 GMT", "byline"),
    ("Nov. 20, 2024Updated: Nov. 20, 2024 1:35 a.m.", "byline"),
    ("November 19, 2024 at 6:34 am", "byline"),
    ("2 days ago on World Blog", "byline"),
    ("Reading time: about 5 minutes", "byline"),
    ("4 min listen", "byline"),
    # audio and video players
    ("Listen (3 min)", "audio"),
    ("Autoplay: On", "audio"),
    ("Video Player is loading.", "audio"),
    ("Media playback is unsupported on your device", "audio"),
    ("Media captionThe moment the bridge gave way", "audio"),
    ("Apple Podcasts, Spotify", "audio"),
    # photo credits, wire captions and galleries
    ("Image source, Getty Images", "caption"),
    ("Image caption Rescue workers search the rubble in the old town", "caption"),
    ("Ana Ruiz | AFP", "caption"),
    ("Vendors pack up their stalls near the market. (AP Photo/Jan Novak, File)", "caption"),
    ("Fishing boats leave the harbour before dawn. (AP)", "caption"),
    ("FILE - Soldiers patrol the border crossing on March 3, 2024.", "caption"),
    ("Illustration: Ana Ruiz", "caption"),
    ("Image 1 of / 4", "caption"),
    ("View gallery (12)", "caption"),
    # share, reaction and follow bars
    ("Share Tweet Submit", "share"),
    ("858shares", "share"),
    ("1.2K views", "share"),
    ("Click to share on Facebook (Opens in new window)", "share"),
    ("Sharing is caring!", "share"),
    ("Follow us on:", "social"),
    ("Follow this author", "social"),
    ("Follow Ana Ruiz on X @anaruiz", "social"),
    ("Get our updates on our WhatsApp channel", "social"),
    ("Jan Novak @jannovak", "byline"),
    # comment threads
    ("Reply", "comments"),
    ("Sort by: Newest", "comments"),
    ("Permalink 34 Comments Feed for comments Back to top", "comments"),
    ("u/harbour_watch · 5h", "comments-thread"),  # a commenter: the comment below goes too
    (
        "This site uses Akismet to reduce spam. Learn how your comment data is processed.",
        "comments",
    ),
    ("6 thoughts on “The long road to the capital”", "comments"),
    ("Ana on September 12, 2024 at 4:47 pm said:", "comments"),
    # app promos and notifications
    ("Open in app", "other"),
    ("Download the Harbour Times app", "other"),
    ("Turn on notifications", "other"),
    ("Get breaking news in your browser. Click here to turn on notifications.", "other"),
    ("Never miss a story", "other"),
    # paywall and account walls
    ("Member-only story", "paywall"),
    ("This article is for subscribers only.", "paywall"),
    ("You've reached your free article limit.", "paywall"),
    ("Start your free trial", "paywall"),
    ("Already have an account? Log in", "paywall"),
    ("Premium", "paywall"),
    # newsletter messages
    ("Join our newsletter", "newsletter"),
    ("Thanks for signing up!", "newsletter"),
    ("Please check your inbox to confirm your subscription.", "newsletter"),
    # consent managers
    ("This website is using cookies.", "cookie"),
    ("Necessary cookies are absolutely essential for the website to function properly.", "cookie"),
    ("Necessary Always Enabled", "cookie"),
    ("Do Not Sell or Share My Personal Information", "cookie"),
    # footers
    ("Harbour Media Group. All right reserved.", "footer"),
    ("Use of this site constitutes acceptance of our User Agreement.", "footer"),
    ("This copy is for your personal, non-commercial use only.", "footer"),
    ("Proudly powered by WordPress", "footer"),
    ("Careers Sitemap Accessibility", "footer"),
    ("Sitemap", "footer"),
    # tip lines, error reports, feedback
    ("Got a tip?", "contact"),
    ("Send us your photos and videos", "contact"),
    ("Were you there? Tell us what you saw", "contact"),
    ("Spotted a mistake?", "feedback"),
    ("Have your say.Give us feedback.", "feedback"),
    # print, text-size and language controls
    ("Text size A- A+", "other"),
    ("Print this page | Close window", "other"),
    ("English Français Español", "nav"),
    ("Change language & content:", "nav"),
    ("United Kingdom (English)", "nav"),
    # navigation, pagination, breadcrumbs, tags
    ("Search for:", "nav"),
    ("Previous Post", "nav"),
    ("1 2 3 Next", "nav"),
    ("Home > World", "nav"),
    ("You are here: News / Asia", "nav"),
    ("Previous post: Talks collapse in Geneva", "nav"),
    ("Explore these topics", "nav"),
    ("tags #Elections #Parliament", "nav"),
    ("This entry was posted in Politics and tagged elections, parliament.", "nav"),
    # ads, sponsors, affiliate notes, shop buttons
    ("Advert", "ad"),
    ("PUBLICIDAD", "ad"),
    ("Article continues after advertisement", "ad"),
    ("Sponsored by Northwind Power", "ad"),
    ("When you buy through links on our site, we may earn a small commission.", "ad"),
    ("Shop now", "ad"),
    # appeals
    ("If you enjoyed this article, we have a proposition for you.", "donation"),
    # disclaimers, syndication and correction notes
    ("Disclaimer", "footer"),
    ("The opinions expressed in this column are solely those of the author.", "note"),
    (
        "This story has not been edited by Harbour Times staff and is auto-generated from a "
        "syndicated feed.",
        "note",
    ),
    ("An earlier version of this article misstated the vote count.", "note"),
    ("A version of this article appears in print on March 3, 2025.", "note"),
    # summary boxes
    ("Key takeaways", "other"),
    ("At a glance", "other"),
    ("TL;DR", "other"),
    ("This summary was generated by AI and reviewed by an editor.", "other"),
    # live blogs and kickers
    ("Show key events only", "other"),
    ("Load 3 new posts", "other"),
    ("Analysis", "nav"),
    ("Explainer", "nav"),
    # desks, roles, agency lines, author links, contacts
    ("Opinion Columnist", "byline"),
    ("Web Desk", "byline"),
    ("Senior editor at Harbour Times.", "byline"),
    ("AFP | Agencies", "caption"),
    ("By: Ana Ruiz", "byline"),
    ("Posted by Ana Ruiz on November 19, 2024, 6:21 AM EST", "byline"),
    ("More articles from Ana Ruiz", "bio"),
    ("Contact the newsroom", "contact"),
    ("Tel: +44 20 0000 0000", "contact"),
    # press-release end matter
    ("- Ends -", "other"),
    ("Press enquiries", "other"),
    ("SOURCE Northwind Power", "other"),
    # file sizes, print residue, browser and error messages, widgets
    ("Annual report (PDF, 2.4 MB)", "other"),
    ("Printed from paper.example on 05/12/2024 at 08:14", "other"),
    ("We've detected you are on Internet Explorer. Please update to a modern browser.", "other"),
    ("Something went wrong. Please try again later.", "other"),
    ("Port Vila 29°C Partly cloudy", "other"),
    ("Rating: 36 Votes", "share"),
]

BROAD_STORY = [
    "Footage shared widely online showed soldiers firing into the air near the crossing.",
    "More than 2,400 comments were received during the consultation, the ministry said.",
    "Shares in the company fell 12% after the announcement on Tuesday.",
    "The app was banned in March after a court ruling on data protection.",
    "He followed the talks closely from the capital, aides said.",
    "Follow the money, the prosecutor told the jury on Tuesday.",
    "Join us on Friday for the march, the union leader told dock workers.",
    "Next Tuesday the parliament will vote on the budget bill.",
    "First published in 1994, the novel was banned in Iran for two decades.",
    "Supported by artillery, the troops advanced on the town at dawn.",
    "The blast site by the river was cordoned off by police.",
    "Police set up a tip line for witnesses of the shooting.",
    "Residents can submit photos of the flood damage to the council.",
    "The court will begin trial on Monday, the prosecutor's office said.",
    "Users must register to access the new voter portal, officials said.",
    "He was arrested and tagged with an ankle monitor.",
    "The company's registered office is in Cyprus, filings show.",
    "Members can cancel at any time, the company said in a statement.",
    "The remarks did not necessarily reflect the government's position, a spokesman said.",
    "Three days ago the army entered the town from the north.",
    "Press office officials said the visit had been cancelled.",
    "Media contact between the two delegations was limited, the envoy said.",
    "The minister said the photos posted on social media were fake.",
    "Reuters reported that the talks had stalled over the border question.",
    "The video was posted by the group on Telegram, the army said.",
    "Analysts said the analysis published by the ministry was flawed.",
    "Key takeaways from the summit were modest, diplomats said.",
    "Live updates on the count were suspended after the power cut.",
    "Getty Images photographers were barred from the courtroom.",
    "The opposition's share of the vote fell to 31%.",
    "The editor of the newspaper was arrested in 2021 and later released.",
    "Google will phase out advertising cookies next year, the regulator said.",
    "In partnership with the UN, the government opened three clinics.",
    "Breaking news from the front is hard to verify, officials said.",
    "A members-only club in the capital hosted the meeting.",
    "Stay tuned, the spokesman told reporters as he left.",
    "Edited by his brother, the memoir was published in 2019.",
    "Reply from the ministry came on Friday, three weeks later.",
    "Rating agencies cut the country's debt to junk in May.",
    "Contact between the two delegations resumed on Monday.",
    "Temperatures reached 45°C in the city on Monday, the weather office said.",
    "Subscribers to the state broadcaster fell by a third last year.",
    "Next year's budget will cut spending on roads, the minister said.",
    "Voters who were there told reporters the queues lasted hours.",
    "Searchers found the wreckage of the helicopter on Sunday.",
    "The government said the summary executions were a war crime.",
]


@pytest.mark.parametrize(("line", "kind"), BROAD_NOISE)
def test_broad_pass_noise_kinds(line: str, kind: str) -> None:
    assert classify_line(line)[0] == kind


@pytest.mark.parametrize("line", BROAD_STORY)
def test_broad_pass_story_sentences_are_kept(line: str) -> None:
    kind, prefix, rest = classify_line(line)
    assert (kind, prefix, rest) == (None, "", line)


@pytest.mark.parametrize(
    ("glued", "marker"),
    [
        ("Baca juga: Polisi tangkap dua tersangka", "Baca juga: Polisi tangkap dua tersangka"),
        ("Lire aussi", "Lire aussi"),
        ("PUBLICIDAD", "PUBLICIDAD"),
        ("Article continues after advertisement", "Article continues after advertisement"),
    ],
)
def test_broad_pass_markers_glued_to_a_story_line_are_cut(glued: str, marker: str) -> None:
    story = "The ministers met in Lima on Friday to agree the plan."
    assert classify_line(glued + story) == (None, marker, story)


def test_broad_pass_markers_glued_to_the_end_of_a_story_line_are_cut() -> None:
    story = "The ministers met in Lima on Friday to agree the plan."
    for marker in ("Follow us on Telegram", "(Opens in new window)"):
        assert classify_line(story + marker) == (None, marker, story)


def test_a_foreign_read_also_list_goes_and_the_story_resumes() -> None:
    text = "\n".join(
        [
            STORY[0],
            "LEIA TAMBÉM",
            "Governo anuncia novo plano de segurança para a fronteira norte",
            "Polícia prende dois suspeitos de contrabando no porto de Santos",
            STORY[2],
        ]
    )
    clean, removed = strip_boilerplate(text)
    assert clean.split("\n") == [STORY[0], STORY[2]]
    assert [r.reason for r in removed] == ["related"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Read the original in Spanish →", "other"),
        (
            "Local news matters. Subscribe to the Courier for just 99¢ for your first month.",
            "donation",
        ),
        ("Politics Economy Society Region Diaspora Culture Sport", "nav"),
        ("1.1K", "share"),
        ("412 Followers", "share"),
        ("PANOORIN: Mangingisda, ikinuwento ang habulan (1:48)", "other"),
        ("Balita Ngayon © 2026. Lahat ng karapatan ay nakalaan.", "footer"),
        ("\u26a1 Load-shedding: Stage 2 from 16:00 to 22:00 today.", "other"),
        ("Rate this video: \u2605\u2605\u2605\u2605\u2606 (212)", "other"),
        ("Download photo (JPEG, 3.8 MB)", "caption"),
        ("Did you find this fact-check helpful? Yes No", "other"),
        ("We and our 142 partners store and access information on your device.", "cookie"),
    ],
)
def test_stop49_noise_families(line: str, kind: str) -> None:
    assert classify_line(line)[0] == kind


@pytest.mark.parametrize(
    "line",
    [
        "A donation of 6 million dollars from Gulf funds allowed the agency to buy shelter kits.",
        "Army and RSF Agree to Open Three Aid Corridors",
        "WHAT YOU NEED TO KNOW",
        "The vote is due at 14:30 (10:30 GMT).",
        "Subscribers to the state broadcaster fell by a third, the regulator said.",
    ],
)
def test_stop49_story_lines_with_the_same_words_stay(line: str) -> None:
    assert classify_line(line)[0] is None


@pytest.mark.parametrize(
    ("glued", "kept"),
    [
        (STORY[2] + "Baca juga", STORY[2]),
        (STORY[2] + "Continue reading below", STORY[2]),
        ("Watch:" + STORY[2], STORY[2]),
    ],
)
def test_stop49_glued_markers_are_cut(glued: str, kept: str) -> None:
    clean, _ = strip_boilerplate("\n".join([STORY[0], glued, STORY[3]]))
    assert kept in clean.splitlines()


def test_short_lines_between_lines_rules_took_go_with_them() -> None:
    # the pitch and the log-in line are a rule's; the two plans between them are no story
    widget = [
        "Subscribe to keep reading",
        "Digital \u2014 $1 for your first month",
        "Digital + Print \u2014 $29 a month",
        "See all plans",
        "Already a subscriber? Log in",
    ]
    clean, _ = strip_boilerplate("\n".join([STORY[0], STORY[2], *widget, STORY[3], STORY[4]]))
    assert clean.splitlines() == [STORY[0], STORY[2], STORY[3], STORY[4]]
    # a subhead after a rule-removed ad marker is followed by its paragraph: it stays
    clean, _ = strip_boilerplate(
        "\n".join([STORY[0], "Advertisement", "What happens next", STORY[2], STORY[3]])
    )
    assert "What happens next" in clean.splitlines()


def test_a_line_that_almost_matches_a_rule_with_nested_repeats_does_not_hang() -> None:
    # Python's re needed 12 s to fail ten of these buttons against the cookie-button rule,
    # and twice as long for each one more; the guarded engine fails thirty at once. Run in
    # a child process so that a regression fails here instead of hanging the suite.
    code = (
        "from flashpoint.clean.boilerplate import classify_line;"
        "print(classify_line('ok   ' * 30 + 'x')[0]);"
        "print(classify_line('Accept all   Reject all   Cookie settings')[0])"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True
    )
    assert done.stdout.split() == ["None", "cookie"]


def test_a_rule_that_runs_too_long_on_a_line_does_not_match_it_and_says_so(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    rule = next(r for r in load_rules() if r.kind == "cookie" and r.scope == "full")
    line = "ok   " * 16 + "ok"
    assert rule.run("fullmatch", line) is not None
    monkeypatch.setattr(rules, "MATCH_SECONDS", 1e-9)
    with caplog.at_level(logging.WARNING, logger="flashpoint.clean.rules"):
        assert rule.run("fullmatch", line * 200) is None
    assert "gave up" in caplog.text and "cookie" in caplog.text
