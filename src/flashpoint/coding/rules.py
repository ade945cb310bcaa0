"""The rule-based coder ``flashpoint.rules.v1``: who did what to whom, from the parse.

For every trigger word of the lexicon in a sentence, the coder reads the source
and target from the dependency parse:

- verbs: the subject is the source (the ``by`` agent in the passive, where the
  passive subject becomes the target); the target is the direct object or the
  object of one of the row's prepositions (attached to the verb or to its
  object, as in "imposed sanctions on Russia");
- nouns: a possessor ("Russia's invasion of Ukraine"), a ``by`` phrase or a
  country adjective ("a Russian airstrike") is the source; the row's
  prepositions give the target; "clashes between X and Y" is reciprocal; a noun
  that is the object of a verb takes that verb's subject ("launched an attack");
- coordinated actors give one event per pair; a reciprocal trigger with a
  plural subject and no target gives one event in each direction.

It refuses rather than guesses: negated, modal, conditional and unrealised
(infinitival) triggers are not coded, and neither is a trigger whose source is
not a coded actor. Until the time issue lands, an event's date is the article's
publication date (``date_source`` ``"published"``).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from flashpoint.coding.lexicon import (
    EventLexicon,
    Trigger,
    intent_of,
    is_act_noun,
    load_aid_carriers,
    load_craft_moves,
    load_event_lexicon,
    load_misdeeds,
    load_resolve,
    load_seats,
    load_weapons,
    load_works,
    recoded,
    verb_trigger,
)
from flashpoint.layers.actors import (
    MISREAD_VERBS,
    ActorSpan,
    entity_at,
    load_lexicon,
    place_country,
)
from flashpoint.nlp import span_tokens
from flashpoint.nlp import tokens as doc_tokens
from flashpoint.records import (
    Actor,
    DateSource,
    EventDate,
    Mention,
    Place,
    Plover,
    Precision,
    TimeExpr,
)

CODER_NAME = "flashpoint.rules.v1"

Token = Any  # a spaCy Token: this module is inside the NLP boundary

_MODALS = frozenset({"could", "might", "may", "should", "must", "can", "ca"})
_FUTURE = frozenset({"will", "would", "shall", "'ll", "wo"})
# Words that announce the action of their infinitive ("plans to attack", "is ready to help").
_INTENT_HEADS = frozenset(
    {
        "plan",
        "intend",
        "prepare",
        "ready",
        "willing",
        "going",
        "decide",
        "aim",
        "want",
        "hope",
        "expect",
        "set",
        "poise",
        "determined",
        "prepared",
        "resolve",
        "vow",
        "pledge",
        "promise",
        "swear",
    }
)
_CONDITIONAL = frozenset({"if", "unless", "whether"})
_HABITUAL = frozenset(
    {
        "usually", "often", "typically", "routinely", "generally", "normally", "frequently",
        "always", "daily", "regularly", "nightly", "constantly", "repeatedly", "consistently",
        "continually", "persistently", "habitually",
    }
)  # fmt: skip
# Verbs whose complement happens as they say: "began firing", "continued shelling".
_ASPECTUAL = frozenset({"begin", "start", "continue", "resume", "keep"})
# Protest verbs whose attempt is itself a protest: "tried to march on the embassy".
_MARCHING = frozenset({"march", "rally", "demonstrate", "protest", "picket"})
# What a denial denies: "rejected the accusations" says nothing happened (CAMEO 01x).
_DENIED = frozenset(
    {
        "accusation", "allegation", "claim", "charge", "criticism", "report", "account",
        "assertion", "rumour", "rumor", "speculation",
    }
)  # fmt: skip
# What is denied only when its content is a claim: "dismissed suggestions that Moscow was
# behind it" denies; "rejected India's suggestion of talks" refuses a proposal.
_DENIED_THAT = frozenset({"suggestion", "insinuation", "idea", "notion"})
# What a nominal event that is the subject of these verbs did: it is no act ("Talks between
# Moscow and Kyiv broke down").
_COLLAPSE = frozenset({"break", "collapse", "stall", "fail", "falter", "founder", "end"})
_HEARSAY = frozenset(
    {
        "claim", "allegation", "report", "rumour", "rumor", "accusation", "suggestion",
        "speculation", "fear", "concern", "warning", "assertion", "possibility", "risk",
    }
)  # fmt: skip
# Verbs whose clause is what is asked for, not what happened.
_DEMANDS = frozenset(
    {
        "demand", "urge", "ask", "call", "insist", "request", "appeal", "press", "want",
        "propose", "suggest", "recommend", "plead",
    }
)  # fmt: skip
_DENIAL = frozenset({"deny", "reject", "dismiss", "refute"})
_REPORTED = frozenset({"report", "reported", "reports", "reporting"})
_RELATIVE = frozenset({"who", "which", "that", "whom"})
_PRONOUNS = frozenset({"it", "they", "he", "she", "we"})
_REALISED_PREPS = frozenset({"after", "before", "by", "while", "since", "despite", "upon", "on"})
_LIGHT = ("dobj", "nsubjpass")
# Verbs through which a nominal event takes the verb's subject as its source:
# "Russia launched an offensive", not "Kyiv condemned the offensive".
_LIGHT_VERBS = frozenset(
    {
        "launch",
        "carry",
        "conduct",
        "stage",
        "hold",
        "mount",
        "begin",
        "start",
        "continue",
        "make",
        "issue",
        "lodge",
        "file",
        "step",
        "stag",
        "impose",
        "announce",
        "intensify",
        "escalate",
        "resume",
        "unleash",
        "deliver",
        "send",
        "provide",
        "offer",
        "extend",
        "sign",
        "reach",
        "conclude",
        "open",
        "order",
        "deploy",
        "commence",
        "initiate",
        "undertake",
        "wage",
        "wag",  # the model's lemma of "waged"
        "perform",
    }
)


_EVENT_POS = frozenset({"VERB", "NOUN", "AUX"})
"""The parts of speech of the words that can tell an event: verbs and nouns by the
lexicon and the constructions, auxiliaries by a state ("troops were on high alert")."""


class RuleCoder:
    """Code events in a parsed document with the trigger lexicon."""

    name = CODER_NAME

    def __init__(self, lexicon: EventLexicon | None = None) -> None:
        self.lexicon = lexicon or load_event_lexicon()

    @property
    def lexicon_version(self) -> str:
        """Return the version of the lexicon files in use."""
        return self.lexicon.version

    def code(
        self,
        doc: Any,
        actors: list[ActorSpan],
        *,
        article_id: str,
        published: dt.date | None,
        times: Sequence[TimeExpr] = (),
    ) -> list[Mention]:
        """Return the event mentions found in ``doc``, dated by ``times`` where they govern."""
        ctx = _Context(doc, actors, published)
        dated = _time_heads(doc, times)
        ctx.dated = dated
        out: list[Mention] = []
        seen: set[tuple[int, str, str | None]] = set()
        tellings: set[tuple[object, ...]] = set()
        told_times: list[tuple[int, TimeExpr]] = []  # acts' text dates, by trigger token
        toks = doc_tokens(doc)
        for sent in doc.sents:
            recap = _recap_subject(sent)
            if recap is not None and told_times:
                # "The accusation comes four days after ...": counted from the act told last
                dated.append((recap, max(told_times, key=lambda x: x[0])[1]))
            for tok in toks[sent.start : sent.end]:
                if tok.pos_ not in _EVENT_POS:
                    continue  # (no event is told by another kind of word)
                for trigger, sources, targets in self._events_at(tok, ctx):
                    if trigger.plover is Plover.MOBILIZE and _relief_sent(tok):
                        # "sent firefighting aircraft and crews to eastern Bolivia": aid
                        trigger = recoded(trigger, "073")
                    # "the EU and France also condemned it": "it" is no one of its doers
                    targets = [t for t in targets if not _doer_as_pronoun(tok.doc, t, sources)]
                    if trigger.plover is Plover.ASSAULT and (_in_drill(tok) or _into_air(tok)):
                        continue  # "held a live-fire drill, firing 200 rounds": no attack
                    if trigger.cameo == "1724" and _relief_emergency(tok):
                        continue  # an emergency declared after an earthquake: no coercion
                    if trigger.plover is Plover.PROTEST and _campaign_event(tok):
                        continue  # "held a campaign rally": electioneering, no protest
                    if trigger.plover is Plover.SUPPORT and _backing_described(tok, ctx):
                        continue  # "a hacking group backed by the state": who it is, no act
                    if trigger.plover is Plover.CONSULT:
                        # "spoke to Reuters", "told state television": the press is no party
                        targets = [t for t in targets if t.actor.sector != "MED"]
                    if not targets and trigger.plover in _ECHOED and _also(tok):
                        # "France accused Russia ... Britain also criticised the vote"
                        targets = ctx.echoed(tok, trigger.plover, sources)
                    mutual = trigger.reciprocal or (not targets and _each_other(tok))
                    if not mutual and len(sources) > 1 and _each_other(tok):
                        # "India and Canada expelled six of each other's diplomats,
                        # including both countries' top envoys": each at the other
                        targets, mutual = [], True
                    if (
                        not targets
                        and len(sources) < 2
                        and (trigger.lemma, trigger.particle) in _PARTNERED
                    ):
                        continue  # "sat down on a bench": alone, no meeting
                    fight = trigger.reciprocal and trigger.plover is Plover.ASSAULT
                    fight = fight or _two_sided(tok, trigger, sources)
                    sources, targets = _specific(sources), _specific(targets)
                    targets = _without_own_ground(sources, targets)
                    talks = trigger.plover is Plover.CONSULT
                    appeal = trigger.plover in (Plover.REQUEST, Plover.ACCUSE)
                    for src, tgt in _pairs(sources, targets, mutual, fight=fight, talks=talks):
                        if tgt is not None and _one_of_its_own(src, tgt, targets):
                            continue  # "Moscow sells weapons to both countries": not Russia
                        if _rivalry(trigger, src, tgt):
                            continue  # "the two companies have attacked each other's claims"
                        if tgt is not None:
                            tgt = _the_other_sides(tok.doc, src, tgt, sources)
                        if _own_cabinet(tok.doc, trigger, src, tgt):
                            continue  # "the president was meeting ministers": one side
                        if trigger.cameo == "043" and _hosts_no_visit(tok):
                            continue  # "hosts military bases of France", "hosts Afghans"
                        if trigger.cameo == _OBSTRUCT and src.actor.sector in _ENFORCERS:
                            # "police blocked the road with containers": no protest by the
                            # state but a restriction of movement on its own people
                            trigger, tgt = recoded(trigger, "191"), _home_people(tok, src)
                        tgt = _city_hit(trigger, tgt) or _domestic_target(tok, trigger, src)
                        if tgt is not None and _own_ground(trigger, src, tgt):
                            tgt = None  # "imposed a curfew on Antananarivo": no other party
                        if tgt is not None and _its_own(src, tgt):
                            tgt = None  # "NATO agreed to extend its mission": no other party
                        if tgt is not None and tgt.actor.code == src.actor.code:
                            # no actor acts on itself: a target read into the source's own
                            # ground or ranks ("Russian shelling ... in occupied Bakhmut")
                            tgt = None
                        key = (tok.i, src.actor.code, tgt.actor.code if tgt else None)
                        if key in seen:
                            continue
                        seen.add(key)
                        if tgt is not None and tgt.actor.country and not appeal:
                            # "talking to both the government and the opposition": one act
                            # toward one country, told once (an appeal or accusation is
                            # made to each party it names: "urged the army and the RSF")
                            toward = (tok.i, src.actor.code, "@" + tgt.actor.country)
                            if toward in seen:
                                continue
                            seen.add(toward)
                        told_once = _one_telling(tok, src, tgt)
                        if told_once in tellings:
                            # "urged them", "the two sides agreed": words naming both sides
                            # of one country's conflict tell one event, not one per side
                            continue
                        tellings.add(told_once)
                        when = _governing_time(tok, dated, published)
                        out.append(
                            self._mention(tok, sent, trigger, src, tgt, article_id, published, when)
                        )
                        told = when.value if when is not None and when.precision else None
                        if when is not None and when.precision is Precision.DAY:
                            told_times.append((tok.i, when))
                        ctx.coded.append((tok.i, trigger.plover, src, tgt, told))
                        if trigger.plover in _MATERIAL:
                            ctx.acts.append((tok.i, src))
                        if tgt is not None:
                            ctx.aimed.append((tok.i, src, tgt))
        return _without_bare_promises(doc, out)

    def _events_at(
        self, tok: Token, ctx: _Context
    ) -> Iterable[tuple[Trigger, list[ActorSpan], list[ActorSpan]]]:
        if tok.pos_ == "AUX" and tok.i not in ctx.consumed and not ctx.in_question(tok):
            # "Cambodian troops were on high alert", "doctors are on strike"
            state = (
                _on_alert(tok, ctx)
                or _walkout(tok, ctx)
                or _in_contact(tok, ctx)
                or _open_to_talks(tok, ctx)  # "he was open to dialogue"
            )
            if state is not None:
                yield state
            return
        if tok.i in ctx.consumed or tok.pos_ not in ("VERB", "NOUN"):
            return
        if ctx.in_a_story(tok):
            return  # "the show follows a girl ... as Swedish troops storm the walls"
        if ctx.in_question(tok):
            return  # "it was not clear whether Belgian aid projects would continue"
        if _naming_what_is_acted_on(tok, self.lexicon):
            return  # "condemned what he called Russia's provocation": the condemning is the act
        if tok.pos_ == "VERB":
            for construction in _constructions_for(tok.lemma_.lower()):
                coded = construction(tok, ctx)
                if isinstance(coded, list):
                    yield from coded
                    return
                if coded is not None:
                    yield coded
                    return
        if tok.pos_ == "VERB" and _misread_launch(tok):
            return  # "Artillery shells fired from X landed in ...": the landing is the act
        if tok.pos_ == "VERB" and _striking_workers(tok):
            return  # "broke up a sit-in by striking oil workers": workers on strike
        rows = self.lexicon.lookup(tok.lemma_.lower(), tok.pos_)
        if tok.pos_ == "VERB" and _ordered_out(tok):
            rows = self.lexicon.lookup("expel", "VERB")  # "ordered the mission to leave"
        if tok.pos_ == "VERB" and _declined_to(tok):
            rows = self.lexicon.lookup("refuse", "VERB")  # "declined to meet the envoy"
        if tok.pos_ == "VERB" and _into_custody(tok):
            rows = self.lexicon.lookup("detain", "VERB")  # "were taken into custody"
        if tok.pos_ == "VERB" and tok.lemma_.lower() in _BANS and _from_entering(tok):
            rows = self.lexicon.lookup("bar", "VERB")  # "banned the minister from entering"
        if tok.pos_ == "VERB" and (left := _leaving(tok, ctx)) is not None:
            yield left  # "announced they were leaving the bloc ECOWAS"
            return
        if not rows:
            yield from _granted_demand(tok, ctx)
            return
        decide = _verb_event if tok.pos_ == "VERB" else _noun_event
        # (a verb's object is found once, for all its rows that require one)
        objects = (
            _verb_objects(tok) if tok.pos_ != "NOUN" and any(r.objects for r in rows) else None
        )
        # Rows whose required object matches come first; within a group the first row
        # that finds a target wins, else the first row that finds a source (the lexicon
        # lists the default reading first).
        matched = [r for r in rows if r.objects and _object_matches(tok, r, objects)]
        # of rows the object matches, those its head word matches are tried apart and first:
        # "sent 2,000 troops and armoured vehicles to Carchi" is a deployment, whatever
        # target the row for a shipment of vehicles would find
        head = _lemma_of_object(objects[1][0]) if objects is not None and objects[1] else None
        first = [r for r in matched if head in r.objects] if len(matched) > 1 else []
        if first and len(first) < len(matched):
            matched = [r for r in matched if r not in first]
        else:
            first = []
        for group in (first, matched, [r for r in rows if not r.objects]):
            fallback = None
            specific = None
            for trigger in group:
                if trigger.particle and not _has_particle(tok, trigger.particle):
                    continue
                if (
                    trigger.prep_required
                    and not any(
                        _has_prep(t, trigger.preps)
                        for t in (tok, _child(tok, "dobj"))
                        if t is not None
                    )
                    and not (trigger.cameo == _EMBARGO and _BORDER_WORDS & trigger.objects)
                    and not _unaimed_closure(tok, trigger)
                ):
                    # (a border closed with no neighbour named is aimed at the other side
                    # of a two-country story, or dropped: see aim_at_focus)
                    continue  # "sought a seventh term": only "sought ... from X" asks
                if not trigger.particle and _particle(tok) is not None:
                    continue  # "backed out of" is not "backed"
                if trigger.direct_target and not trigger.preps and _object_taken_by_particle(tok):
                    continue  # "called on armed groups": no phone call to them
                if (
                    trigger.preps
                    and not trigger.direct_target
                    and not trigger.objects
                    and not _has_prep(tok, trigger.preps)
                    and any(_default_row(r) for r in rows if r is not trigger)
                ):
                    continue  # "call on X" needs its "on"; plain "called" is another row
                if trigger.cameo == "020" and _for_aid(tok):
                    trigger = recoded(trigger, "0233")  # "appealed for $35 million"
                if tok.pos_ == "VERB" and trigger.plover in _YIELDS and _refused(tok):
                    trigger = _refusal(trigger)  # "will not withdraw the bill" refuses
                elif tok.pos_ == "VERB" and _permission_withheld(tok, trigger):
                    trigger = _refusal(trigger)  # "did not give permission for the rally"
                elif trigger.plover in _COOPERATIVE and _declined(tok):
                    # "will not accept refugees", "failed to reach a deal with the EU"
                    trigger = _rejection(trigger)
                elif tok.pos_ == "VERB" and trigger.plover is Plover.REJECT:
                    pass  # "said she would veto the bill" is a refusal already
                elif tok.pos_ == "VERB" and trigger.plover in _DECREED and _decided(tok):
                    # "has decided to ease the curfew": the decision is the concession; "the
                    # cabinet decided to close the crossing": the decision is the sanction
                    pass
                elif (
                    tok.pos_ == "NOUN"
                    and tok.dep_ == "dobj"
                    and tok.head.pos_ == "VERB"
                    and _announced(tok.head)
                    and trigger.plover is not Plover.MOBILIZE
                ):
                    # "vowed to hold more protests": the protest is only announced
                    announced = _announced_as(trigger)
                    if announced is None:
                        continue
                    trigger = announced
                elif (
                    tok.pos_ == "VERB"
                    and _announced(tok)
                    and trigger.plover is not Plover.MOBILIZE
                    and not (trigger.cameo.startswith("09") and _inquiry_announced(tok))
                ):
                    # Announced deployments are mobilisation already, and an announced
                    # inquiry ("will investigate the attacks") an investigation; other acts
                    # become intents.
                    announced = _announced_as(trigger)
                    if announced is None or (tok.dep_ == "xcomp" and _no_longer(tok.head)):
                        # a future act with no intent code: not coded; nor is an intent
                        # given up ("no longer wanted to fight")
                        continue
                    trigger = announced
                found = decide(tok, trigger, ctx)
                if found is None:
                    continue
                if not found[1] and trigger.note == _REFUSAL:
                    # "will not end the strike until the government meets our demands"
                    found = (found[0], _awaited_doers(tok, ctx, found[0]))
                if _rioting(tok, trigger, found[0]):
                    trigger = recoded(trigger, _RIOT)  # "protesters stormed parliament"
                if trigger.cameo.startswith("15") and (
                    # ("joint drills around Taiwan" stay a show of force toward Taiwan)
                    (_joint(tok) and (not found[1] or "with" in trigger.preps))
                    or (
                        trigger.cameo == "150"
                        and "exercise" in trigger.objects
                        and not found[1]
                        and len({a.actor.country for a in found[0]}) > 1
                    )
                ):
                    # "held joint exercises", "U.S. marines and Jordanian forces staged a
                    # war game": cooperation
                    trigger = _joint_exercise(trigger)
                if trigger.plover is Plover.MOBILIZE and (relief := _relief(tok, ctx)) is not None:
                    # "deployed troops to rescue stranded villagers"; with no one named as
                    # helped, the aid goes where the troops went ("sent troops to Somalia
                    # to help fight ...")
                    trigger, (givers, helped) = relief
                    found = (givers, helped or found[1])
                    if tok.pos_ == "VERB" and _announced(tok):
                        # "said it would send 50 soldiers to help keep order": a promise
                        promised = _announced_as(trigger)
                        if promised is None:
                            continue
                        trigger = promised
                if found[1] or (trigger.reciprocal and len(found[0]) > 1 and tok.pos_ == "NOUN"):
                    # (a meeting of both parties is complete: "in Ankara" is no third one)
                    yield trigger, *found
                    return
                if trigger.preps and _has_prep(tok, trigger.preps) and not specific:
                    specific = (trigger, *found)  # "called for": the row its preposition names
                fallback = fallback or (trigger, *found)
            fallback = specific or fallback
            if fallback is not None:
                yield fallback
                return
        # no row fits: "reopened voter registration, a key opposition demand"
        yield from _granted_demand(tok, ctx)

    def _mention(
        self,
        tok: Token,
        sent: Any,
        trigger: Trigger,
        src: ActorSpan,
        tgt: ActorSpan | None,
        article_id: str,
        published: dt.date | None,
        when: TimeExpr | None = None,
    ) -> Mention:
        if when is not None and when.precision is not None:
            date: EventDate | None = EventDate(when.value, when.precision, DateSource.TEXT)
        elif published:
            date = EventDate(published.isoformat(), Precision.DAY, DateSource.PUBLISHED)
        else:
            date = None
        return Mention(
            article_id=article_id,
            # a paragraph's last sentence ends before the blank line that closes it
            sentence=(sent.start_char, sent.start_char + len(sent.text.rstrip())),
            trigger=(tok.idx, tok.idx + len(tok.text)),
            plover=trigger.plover,
            cameo=trigger.cameo,
            goldstein=trigger.goldstein,
            quad_class=trigger.quad_class,
            source=src.actor,
            target=tgt.actor if tgt else None,
            date=date,
            coder=self.name,
            lexicon_version=self.lexicon_version,
            spans=(
                ("source", (src.actor.start, src.actor.end)),
                ("target", (tgt.actor.start, tgt.actor.end) if tgt else None),
                ("date", (when.start, when.end) if when and when.precision else None),
            ),
        )


def _doer_as_pronoun(doc: Any, target: ActorSpan, sources: list[ActorSpan]) -> bool:
    """Whether a target is a lone pronoun read as one of the act's own doers ("Nigeria and
    Togo condemned it": "it" is not Togo); an object pronoun would be "itself" if so."""
    word = doc[target.start]
    return (
        target.end - target.start == 1
        and word.pos_ == "PRON"
        and word.lower_ in _OBJECT_PRONOUNS
        and any(a.actor.code == target.actor.code for a in sources)
    )


_OBJECT_PRONOUNS = frozenset({"it", "them", "him", "her"})


def _one_telling(tok: Token, src: ActorSpan, tgt: ActorSpan | None) -> tuple[object, ...]:
    """Return what makes an event told once: its trigger and, for each party, the words
    naming it and its country ("them" read as both the army and the rebels of one country
    is one party)."""

    def party(a: ActorSpan | None) -> tuple[object, ...]:
        if a is None:
            return ()
        return (a.actor.start, a.actor.end, a.actor.country or a.actor.code)

    # (so is a reciprocal pair read from the one phrase: "the two sides agreed")
    return (tok.i, party(src), party(tgt))


def _announced_as(trigger: Trigger) -> Trigger | None:
    """Return what an announced act is: its intent (AGREE or THREATEN), or None; an
    intent announced ("would seek peace with the Palestinians", "will offer aid") is
    the intent itself. Defending something is only an act when said in someone's defence:
    "would defend our seas", "will defend its position" announce resolve, no pledge."""
    if trigger.lemma in _RESOLVE_ONLY_ANNOUNCED:
        return None
    return trigger if trigger.plover is Plover.AGREE else intent_of(trigger)


_RESOLVE_ONLY_ANNOUNCED = frozenset({"defend"})


_STORMING = frozenset({"storm", "ransack"})
_RIOT = "145"  # CAMEO: protest violently, riot


def _rioting(tok: Token, trigger: Trigger, sources: list[ActorSpan]) -> bool:
    """Return whether protesters storm a place: a riot, not an armed assault as when
    gunmen storm it ("protesters stormed parliament", "rebels stormed the base")."""
    return (
        trigger.plover is Plover.ASSAULT
        and tok.lemma_.lower() in _STORMING
        and bool(sources)
        and all(a.actor.sector == "OPP" for a in sources)
    )


_PARTNERED = frozenset({("sit", "down"), ("speak", None), ("talk", None), ("visit", None)})
"""Verbs that are a meeting only with someone: "sat down with his counterpart", "the two
sides sat down", but not "the ambassador sat down on a bench"; "spoke with his Indian
counterpart", "the two envoys spoke", but not "spoke at a conference", "spoke to reporters";
a visit is one only to someone ("visited Reasi", a town of his own country, is none)."""

_ANSWERS = frozenset({Plover.ACCUSE, Plover.PROTEST, Plover.THREATEN})
"""What one side says or does in answer to the other's acts."""

_RECAP_DAYS = frozenset(
    {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}
    | {"yesterday", "today", "tonight", "weekend"}
)


class _Context:
    """Per-document lookups: actors by token, and tokens already used."""

    def __init__(self, doc: Any, actors: list[ActorSpan], published: dt.date | None) -> None:
        self.doc = doc
        self.published = published
        self.by_head: dict[int, list[ActorSpan]] = {}
        for a in actors:
            self.by_head.setdefault(a.head, []).append(a)
        self.by_token: dict[int, ActorSpan] = {}
        for a in actors:
            for i in range(a.start, a.end):
                self.by_token.setdefault(i, a)
        self.consumed: set[int] = set()
        # material acts coded so far (trigger token, source): what "the attack" refers to
        self.acts: list[tuple[int, ActorSpan]] = []
        # every act coded so far with a target (trigger token, source, target)
        self.aimed: list[tuple[int, ActorSpan, ActorSpan]] = []
        # every act coded so far (trigger token, type, source, target, date told)
        self.coded: list[tuple[int, Plover, ActorSpan, ActorSpan | None, str | None]] = []
        # the document's resolved time expressions, by the token they hang on
        self.dated: list[tuple[Token, TimeExpr]] = []
        # Cheap tests on the whole document that spare most words a walk up the tree: no
        # word is in a "whether" clause, or in a story, unless the document has the words
        # (read off its distinct forms and lemmas, which spaCy gives in one go).
        strings = doc.vocab.strings
        self.whether = strings["whether"] in set(doc.to_array("LOWER").tolist())
        works = load_works()
        self.works = any(strings[h].lower() in works for h in set(doc.to_array("LEMMA").tolist()))
        self._unrealised: dict[int, bool] = {}

    @functools.cached_property
    def sentences(self) -> list[Any]:
        """The document's sentences (``doc.sents`` builds them anew on each pass)."""
        return list(self.doc.sents)

    @functools.cached_property
    def narrated_past(self) -> bool:
        """Whether the document tells its story in the past tense (a sentence whose main
        verb is a simple past), as an article does and a headline does not."""
        return any(s.root.tag_ == "VBD" for s in self.sentences)

    def in_question(self, tok: Token) -> bool:
        """:func:`_in_question`, answered at once in a document with no "whether"."""
        return self.whether and _in_question(tok)

    def in_a_story(self, tok: Token) -> bool:
        """:func:`_in_a_story`, answered at once in a document that names no work."""
        return self.works and _in_a_story(tok)

    def unrealised(self, tok: Token) -> bool:
        """:func:`_unrealised`, worked out once per word (many constructions ask it of the
        same verb)."""
        known = self._unrealised.get(tok.i)
        if known is None:
            known = self._unrealised[tok.i] = _unrealised(tok)
        return known

    def recap(self, noun: Token, plover: Plover) -> tuple[list[ActorSpan], list[ActorSpan]]:
        """Return who did, and to whom, the act a dated act noun with no actor of its own
        tells again ("after Monday's shelling in Kap Choeng, which killed four"): the
        latest act of its type coded in an earlier sentence of the article. The day may
        follow the noun too ("the seizure of a trawler late last Monday")."""
        if not any(
            (c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in _RECAP_DAYS))
            or (c.dep_ == "npadvmod" and c.lower_ in _RECAP_DAYS)
            for c in noun.children
        ):
            return [], []
        if noun.dep_ == "nsubj" and noun.head.lemma_ == "be":
            return [], []  # "Sunday's attack was the deadliest since 2022": said of it, no report
        if noun.dep_ == "pobj" and noun.head.lower_ == "of" and noun.head.head.lemma_ in _TOLD:
            return [], []  # "gave no further details of Thursday's clash": told of, no report
        when = _governing_time(noun, self.dated, self.published)
        if when is None or when.precision is None:
            return [], []
        start = noun.sent.start
        of_kind = [
            (i, src, tgt, day)
            for i, kind, src, tgt, day in self.coded
            if i < start and kind is plover
        ]
        earlier = [(i, src, tgt) for i, src, tgt, day in of_kind if day == when.value]
        if not earlier and len({src.actor.country for _, src, _, _ in of_kind}) == 1:
            # "Cambodian rockets slammed into a ranger outpost on Friday ... less than a week
            # after Monday's shelling in Kap Choeng": another act of the one side the story
            # has doing such things
            earlier = [(i, src, tgt) for i, src, tgt, _ in of_kind if src.actor.country]
        if not earlier:
            return [], []
        last = max(i for i, _, _ in earlier)
        sources = list({id(s): s for i, s, _ in earlier if i == last}.values())
        targets = list({id(t): t for i, _, t in earlier if i == last and t is not None}.values())
        return sources, targets

    def protested(self, noun: Token) -> tuple[list[ActorSpan], list[ActorSpan]]:
        """Return who did, and to whom, a dated act noun with no actor of its own that an
        accusation or protest in the same sentence is about ("Iraq accused Turkey ... and
        summoned the Turkish ambassador to protest against Wednesday's air strike on
        Sinjar": Turkey's strike, on Iraq): the accused, toward the accuser."""
        if not any(
            c.dep_ == "poss" and (c.ent_type_ in ("DATE", "TIME") or c.lower_ in _RECAP_DAYS)
            for c in noun.children
        ):
            return [], []
        above = {a.i for a in noun.ancestors}
        for i, kind, src, tgt, _ in reversed(self.coded):
            if i not in above or kind not in (Plover.ACCUSE, Plover.PROTEST) or tgt is None:
                continue
            if not tgt.actor.country or tgt.actor.country == src.actor.country:
                continue
            # (the state, not the envoy summoned: "the Turkish ambassador" did not strike)
            doer = dataclasses.replace(tgt, actor=_bare(tgt.actor))
            return [doer], [src] if src.actor.country else []
        # else the one other country the story's accusations, protests and threats so far
        # are all aimed at ("The Philippines accused China of illegal conduct ... Monday's
        # boarding of a fishing boat was a clear act of harassment": China's boarding)
        start = noun.sent.start
        # (an arrest or seizure is the doing too of whom the story asked to free captives:
        # "Japan asked Russia to release eight fishermen ... Saturday's seizure of a
        # second boat")
        taking = noun.lemma_.lower() in _TAKINGS
        aimed = [
            (src, tgt)
            for i, kind, src, tgt, _ in self.coded
            if i < start
            and (
                kind in _ANSWERS
                or (taking and kind is Plover.REQUEST and _asks_release(self.doc[i]))
            )
            and tgt is not None
            and tgt.actor.country
            and src.actor.country
            and tgt.actor.country != src.actor.country
        ]
        if not aimed or len({(s.actor.country, t.actor.country) for s, t in aimed}) != 1:
            return [], []
        src, tgt = aimed[-1]
        return [dataclasses.replace(tgt, actor=_bare(tgt.actor))], [
            dataclasses.replace(src, actor=_bare(src.actor))
        ]

    def same_act_before(self, tok: Token, plover: Plover) -> list[ActorSpan]:
        """Return who did the act of the clause that an agentless passive "after" or
        "before" clause of the same kind hangs on: in "border guards detained a shepherd
        on Thursday, three days after two farmers were taken into custody", the guards
        took the farmers too."""
        if tok.dep_ != "advcl" or not any(
            c.dep_ == "mark" and c.lower_ in ("after", "before") for c in tok.children
        ):
            return []
        head = tok.head
        # "freed nine fishermen on Saturday, three days after they were seized off Arica":
        # who frees captives had taken them
        freed = plover is Plover.COERCE and head.lemma_.lower() in _FREEING
        return list(
            {
                id(src): src
                for i, kind, src, _, _ in self.coded
                if i == head.i
                and (kind is plover or (freed and kind is Plover.RETREAT))
                and src.actor.country
            }.values()
        )

    def taken_before(self, tok: Token) -> list[ActorSpan]:
        """Return who made an agentless passive arrest or seizure ("Fourteen of the men
        were detained off Delft last Tuesday, and nine more were arrested on Friday") when
        every arrest or seizure the article told in earlier sentences was by one state's
        people ("protested against the arrest of 23 colleagues by the Sri Lankan navy"):
        the latest of them, as the same side. Only an arrest of people counted that the
        clause dates itself ("on Friday") is one of a series told again: an undated one ("at
        least 10 people were detained", "who was seized in Nairobi") is a detail of another
        act or story."""
        dated = any(
            c.dep_ in ("prep", "npadvmod")
            and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
            for c in tok.children
        )
        if not dated or tok.dep_ == "relcl":
            return []
        # (people counted, "nine more", "Fourteen of the men", as a series is told; not one
        # named, "Nguyen Thi Lan Anh ... was detained", the lede's arrest told again)
        held = _child(tok, "nsubjpass")
        if held is None or not (
            held.like_num or any(c.dep_ == "nummod" and c.like_num for c in held.children)
        ):
            return []
        return self._one_taker(tok.sent.start)

    def _one_taker(self, start: int) -> list[ActorSpan]:
        """Return who made the latest arrest or seizure told before ``start`` when every
        one told there was by one state's people, else nothing."""
        earlier = [
            (i, src)
            for i, kind, src, _, _ in self.coded
            if i < start and kind is Plover.COERCE and src.actor.country
        ]
        if not earlier or len({src.actor.country for _, src in earlier}) != 1:
            return []
        last = max(i for i, _ in earlier)
        return list({id(s): s for i, s in earlier if i == last}.values())

    def freed_by(self, tok: Token) -> list[ActorSpan]:
        """Return who let go the captives of an agentless passive release the clause
        dates itself ("Senegalese troops detained five fishermen on Monday ... The five men
        were freed late on Tuesday"): whoever the article told took people before, when
        every arrest or seizure it told there was by one state's people (as a bare state:
        the state frees them). An undated release ("the men were later released") is a
        detail of the arrest's story, not an act of its own day."""
        dated = any(
            c.dep_ in ("prep", "npadvmod")
            and any(t.ent_type_ in ("DATE", "TIME") for t in c.subtree)
            for c in tok.children
        )
        held = _child(tok, "nsubjpass")
        if not dated or tok.dep_ == "relcl" or held is None:
            return []
        if held.pos_ != "NOUN" or not any(
            c.dep_ == "det" and c.lower_ in ("the", "these", "those") for c in held.children
        ):
            # only people the story told of before ("The four men", "the fishermen"): not a
            # count rescued ("40 passengers had been freed") nor a "they" that may be anyone
            return []
        takers = self._one_taker(tok.sent.start) or self.custodian(tok.sent.start)
        return [dataclasses.replace(s, actor=_bare(s.actor)) for s in takers]

    def custodian(self, start: int) -> list[ActorSpan]:
        """Return whose custody the article last named before ``start`` ("four hunters
        returned home after five days in Albanian custody"): who held the people a release
        gives back."""
        for t in reversed(self.doc[:start]):
            if t.lemma_.lower() != "custody":
                continue
            for c in t.children:
                if c.dep_ not in ("amod", "poss", "compound"):
                    continue
                found = self.actors_for(c) if c.dep_ == "poss" else []
                one = found[0] if found else self.adjective_actor_at(c)
                if one is not None and one.actor.country:
                    return [one]
            return []
        return []

    def taken_people(self, tok: Token, takers: list[ActorSpan]) -> list[ActorSpan]:
        """Return whom the latest arrest or seizure by ``takers``' country told before
        ``tok``'s sentence took, when they were of another country: the captives a release
        gives back."""
        own = {a.actor.country for a in takers}
        for i, kind, src, tgt, _ in reversed(self.coded):
            if i >= tok.sent.start or kind is not Plover.COERCE or src.actor.country not in own:
                continue
            if tgt is not None and tgt.actor.country and tgt.actor.country not in own:
                return [tgt]
            return []
        return []

    def blamed(self, noun: Token) -> tuple[list[ActorSpan], list[ActorSpan]]:
        """Return who did, and to whom, an act noun with no actor of its own that the next
        sentences blame on someone ("an air strike on the market killed 41 people. Juba
        blamed the Sudanese army for the strike"): the blamed, toward the blamer; or
        that the act itself is blamed on in the passive ("Tuesday's shelling of the town,
        which was blamed by China on Myanmar's army", "the raid was blamed on the army")."""
        passives = [noun.head] if noun.dep_ == "nsubjpass" else []
        for head in (noun, *_pobjs_of(noun, "of")):  # (the parser may hang it on the place)
            for clause in (c for c in head.children if c.dep_ == "relcl"):
                passives += [clause, *clause.conjuncts]
        for verb in passives:
            if verb.lemma_.lower() != "blame" or not _passive(verb) or self.unrealised(verb):
                continue
            doers = [
                a for o in _prep_objects([verb], frozenset({"on"})) for a in self.actors_for(o)
            ]
            blamers = [
                a for p in verb.children if p.dep_ == "agent" for o in _pobjs(p)
                for a in self.actors_for(o)
            ]  # fmt: skip
            doers = [a for a in doers if a not in blamers]
            if doers:
                return doers, blamers
        lemma = noun.lemma_.lower()
        sents = self.sentences
        here = next(k for k, s in enumerate(sents) if s.start <= noun.i < s.end)
        for sent in sents[here : here + 3]:
            for verb in span_tokens(sent):
                if verb.i <= noun.i or verb.pos_ != "VERB" or self.unrealised(verb):
                    continue
                word = verb.lemma_.lower()
                if word not in _BLAMING:
                    continue
                preps = frozenset({"for"}) if word != "accuse" else frozenset({"of"})
                about = [t for o in _prep_objects([verb], preps) for t in o.subtree]
                if word == "hold":
                    held = _child(verb, "dobj")
                    responsible = next(
                        (c for c in verb.children if c.lemma_.lower() == "responsible"), None
                    )
                    if responsible is None:
                        continue
                    about = [t for o in _prep_objects([responsible], preps) for t in o.subtree]
                else:
                    held = _child(verb, "dobj")
                if not any(t.lemma_.lower() in (lemma, *_ATTACK_NOUNS) for t in about):
                    continue
                doers = self.actors_for(held)
                blamers = self.actors_for(_subject(verb))
                doers = [a for a in doers if a not in blamers]
                if doers:
                    return doers, blamers
        return [], []

    def other_side(self, struck: set[str | None], tok: Token) -> ActorSpan | None:
        """Return the country across the border from the ``struck`` ones: the one the
        article's actors name most often beside them (its latest mention before ``tok``,
        else its first), or None when the struck are unknown or no other is named twice."""
        if not struck or None in struck:
            return None
        counts: dict[str, list[ActorSpan]] = {}
        for spans in self.by_head.values():
            for a in spans:
                c = a.actor.country
                if c and c not in struck and not a.actor.code.startswith("IGO"):
                    counts.setdefault(c, []).append(a)
        ranked = sorted(counts.values(), key=len, reverse=True)
        if (
            not ranked
            or len(ranked[0]) < 2
            or (len(ranked) > 1 and len(ranked[1]) == len(ranked[0]))
        ):
            return None
        spans = sorted(ranked[0], key=lambda a: a.start)
        before = [a for a in spans if a.start < tok.i]
        return before[-1] if before else spans[0]

    def last_holder(self, tok: Token, own: set[str | None]) -> list[ActorSpan]:
        """Return who, in the latest arrest or seizure told before ``tok``, took people of
        the ``own`` countries (as a bare country: the state is asked)."""
        for i, kind, src, tgt, _ in reversed(self.coded):
            if i >= tok.i or kind is not Plover.COERCE or tgt is None:
                continue
            if tgt.actor.country in own and src.actor.country and src.actor.country not in own:
                return [dataclasses.replace(src, actor=_bare(src.actor))]
        return []

    def holder_of(self, release: Token, own: set[str | None]) -> list[ActorSpan]:
        """Return who, in the latest arrest or seizure told before ``release``'s sentence,
        took the people a definite "the release of the fishermen" names by the same word
        ("Greek officers detained six fishermen ... Egypt demanded the release of the
        fishermen": Greece, as a bare state), when that is not one of the ``own`` countries."""
        held = [o for p in release.children if p.lower_ == "of" for o in _pobjs(p)]
        held = [h for h in held if any(c.dep_ == "det" and c.lower_ == "the" for c in h.children)]
        words = {h.lemma_.lower() for h in held if h.pos_ == "NOUN"}
        if not words:
            return []
        for i, kind, src, tgt, _ in reversed(self.coded):
            if i >= release.sent.start or kind is not Plover.COERCE or tgt is None:
                continue
            if self.doc[tgt.head].lemma_.lower() not in words:
                continue
            if not src.actor.country or src.actor.country in own:
                return []
            return [dataclasses.replace(src, actor=_bare(src.actor))]
        return []

    def last_act_toward(self, tok: Token, actors: list[ActorSpan]) -> list[ActorSpan]:
        """Return who did the latest act before ``tok`` aimed at the country of one of
        ``actors``: what a response answers ("Norway expelled three Russian diplomats ...
        Moscow would respond": Norway)."""
        countries = {a.actor.country for a in actors if a.actor.country}
        earlier = [
            (i, src)
            for i, src, tgt in self.aimed
            if i < tok.i and tgt.actor.country in countries and src.actor.country not in countries
        ]
        if not earlier:
            return []
        last = max(i for i, _ in earlier)
        return list({id(s): s for i, s in earlier if i == last}.values())

    def last_harm_toward(self, tok: Token, actors: list[ActorSpan]) -> list[ActorSpan]:
        """Return, as a bare state, who did the latest force, coercion, threat or
        mobilisation told before ``tok`` aimed at the country of ``actors`` (or at no one the
        sentence names) by another country: what a border
        closure answers ("A Libyan patrol boat killed two Tunisian fishermen ... Tunisia
        closed the crossing")."""
        own = {a.actor.country for a in actors if a.actor.country}
        for i, kind, src, tgt, _ in reversed(self.coded):
            if i >= tok.i or kind not in _ANSWERED_HARMS or not src.actor.country:
                continue
            if src.actor.country in own:
                continue
            # (or at no one named: "two fishermen were killed when their trawler was fired
            # on by a Libyan coast guard vessel")
            if tgt is None or tgt.actor.country in own:
                return [dataclasses.replace(src, actor=_bare(src.actor))]
        return []

    def earlier_act(self, noun: Token) -> list[ActorSpan]:
        """Return who did the act a definite act noun refers back to ("Somalia's president
        condemned the attack": the bombing told before), the latest material act coded
        in an earlier sentence."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
            return []
        start = noun.sent.start
        earlier = [(i, a) for i, a in self.acts if i < start]
        if not earlier:
            return []
        last = max(i for i, _ in earlier)
        return [a for i, a in earlier if i == last]

    def decider(self, noun: Token) -> list[ActorSpan]:
        """Return who made the decision a definite noun refers back to: the subject of the
        latest verb before it that makes such a decision, within the article's last three
        sentences ("The board declared Iran in breach ... France welcomed the vote")."""
        if not any(c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in noun.children):
            return []
        verbs = _DECISIONS.get(noun.lemma_.lower(), ())
        sents = self.sentences
        here = next(k for k, s in enumerate(sents) if s.start <= noun.i < s.end)
        for k in range(here, max(-1, here - 3), -1):
            for tok in reversed(list(sents[k])):
                if tok.i >= noun.i or tok.pos_ != "VERB" or tok.lemma_.lower() not in verbs:
                    continue
                # ("wrote to Kabul asking for a seat": the participle's subject is the writer)
                subject = _child(tok, "nsubj") or _subject(tok)
                found = self.actors_for(subject)
                if found:
                    return found
        return []

    def earlier_named(self, noun: Token) -> list[ActorSpan]:
        """Return who did the earlier act a definite act noun names with its own word ("Norway
        expelled three Russian diplomats ... Russia called the expulsions an unfriendly
        act": Norway), the latest coded before the noun's sentence."""
        if not any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that", "these", "those")
            for c in noun.children
        ):
            return []
        word = noun.lemma_.lower()
        start = noun.sent.start
        asked = self._asked(noun) if word in _APPEALS else set()
        earlier = [
            (i, src)
            for i, kind, src, tgt, _day in self.coded
            if i < start
            and (
                _names_act(word, self.doc[i].lemma_.lower())
                # "ECOWAS urged the juntas to return ... they rejected the appeal": a request
                # made of whoever answers it now
                or (kind is Plover.REQUEST and tgt is not None and tgt.actor.country in asked)
                # "imposed sanctions on ... the sanctions were unjustified"
                or any(c.dep_ == "dobj" and c.lemma_.lower() == word for c in self.doc[i].children)
            )
        ]
        if not earlier:
            return []
        last = max(i for i, _ in earlier)
        return [a for i, a in earlier if i == last]

    def _asked(self, noun: Token) -> set[str | None]:
        """Return the countries of who answers an appeal noun ("the juntas rejected the
        appeal": theirs), none for a court (whose appeals are lawsuits)."""
        verb = noun.head
        if noun.dep_ != "dobj" or verb.pos_ != "VERB":
            return set()
        answering = self.actors_for(_subject(verb))
        if any(a.actor.sector == "JUD" for a in answering):
            return set()
        return {a.actor.country for a in answering if a.actor.country}

    def undone(self, tok: Token, sources: list[ActorSpan]) -> list[ActorSpan]:
        """Return whom the latest hostile move of the same country, coded before ``tok``'s
        sentence, was aimed at: what lifting "an earlier veto" gives back ("Bulgaria blocked
        North Macedonia's talks ... after Bulgaria's parliament lifted an earlier veto")."""
        own = {a.actor.country for a in sources}
        earlier = [
            (i, tgt)
            for i, kind, src, tgt, _day in self.coded
            if i < tok.sent.start
            and kind in _MOVE_KINDS
            and src.actor.country in own
            and tgt is not None
            and tgt.actor.country not in own
        ]
        if not earlier:
            return []
        last = max(i for i, _ in earlier)
        return [t for i, t in earlier if i == last]

    def latest_move(
        self, noun: Token, kinds: frozenset[Plover] | None = None, window: int = 3
    ) -> list[ActorSpan]:
        """Return who made the latest hostile move coded before a definite "the decision",
        "the move" ("Rwanda severed relations with Belgium ... Belgium called the decision
        disproportionate": Rwanda), within the ``window`` sentences before it."""
        if not any(
            (c.dep_ == "det" and c.lower_ in ("the", "this", "that")) or _dated_owner(c)
            for c in noun.children
        ):
            return []
        sents = self.sentences
        here = next(k for k, s in enumerate(sents) if s.start <= noun.i < s.end)
        floor = sents[max(0, here - window)].start
        # (no one calls their own move disproportionate: "Belgium responded by declaring
        # Rwandan diplomats persona non grata ... Belgium's minister called the decision ...")
        verb = noun.head
        while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
            verb = verb.head
        reacting = {a.actor.country for a in self.actors_for(_child(verb, "nsubj"))}
        earlier = [
            (i, src)
            for i, kind, src, _tgt, _day in self.coded
            if floor <= i < noun.sent.start
            and kind in (kinds or _MOVE_KINDS)
            and src.actor.country not in reacting
        ]
        if not earlier and here > window:
            # "Switzerland imposed sanctions on Iranian firms ... Ukraine welcomed the
            # decision", further down: the move the story leads with
            lede = sents[0]
            earlier = [
                (i, src)
                for i, kind, src, _tgt, _day in self.coded
                if lede.start <= i < lede.end
                and kind in (kinds or _MOVE_KINDS)
                and src.actor.country not in reacting
            ]
        if not earlier:
            return []
        last = max(i for i, _ in earlier)
        return [a for i, a in earlier if i == last]

    def one_country_pact(self, tok: Token, sources: list[ActorSpan]) -> list[ActorSpan]:
        """Return the country both parties of the latest deal, truce or talks coded before
        ``tok`` belong to ("Ethiopia's government and the OLA signed a ceasefire": Ethiopia),
        when it is not the praiser's own; else nothing (a deal between two countries is
        aimed at neither)."""
        own = {a.actor.country for a in sources}
        for i, kind, src, tgt, _ in reversed(self.coded):
            if i >= tok.i or kind not in _PACT_KINDS or tgt is None:
                continue
            if tok.doc[i].lemma_.lower() in _MEDIATING | {"chair"}:
                continue  # "Barbados hosted the delegations": the host is no party to it
            country = src.actor.country
            if not country or tgt.actor.country != country:
                return []  # the latest pact is between two countries
            if country in own:
                return []
            return [_country_of(src)]
        return []

    def echoed(self, tok: Token, plover: Plover, sources: list[ActorSpan]) -> list[ActorSpan]:
        """Return whom an act another side "also" did was aimed at: the target of the
        latest act of its type coded by another side in this sentence or the two before
        ("France accused Russia of shielding its forces. Britain and the United States
        also criticised the vote": Russia)."""
        sents = self.sentences
        here = next(k for k, s in enumerate(sents) if s.start <= tok.i < s.end)
        floor = sents[max(0, here - 2)].start
        ours = {a.actor.country for a in sources}
        earlier = [
            (i, tgt)
            for i, kind, src, tgt, _day in self.coded
            if floor <= i < tok.i
            and kind is plover
            and tgt is not None
            and src.actor.country not in ours
            and tgt.actor.country not in ours
        ]
        if not earlier:
            return []
        last = max(i for i, _ in earlier)
        return [t for i, t in earlier if i == last]

    def subject_actors(self, subject: Token | None) -> list[ActorSpan]:
        """Return the actors a subject names, or for a sentence-opening "they" or "it"
        the previous sentence's subject."""
        found = self.actors_for(subject)
        if not found and subject is not None and subject.lower_ in ("they", "it"):
            found = self.antecedent(subject)
        if not found and subject is not None and _partitive(subject):
            # "two of its patrol boats", "some of the soldiers": whose they are
            found = [
                a
                for o in _prep_objects([subject], frozenset({"of"}))
                for a in self.subject_actors(o)
            ]
            if not found:
                owners = [
                    p
                    for o in _prep_objects([subject], frozenset({"of"}))
                    for p in o.children
                    if p.dep_ == "poss" and p.lower_ in ("its", "their")
                ]
                verb = subject.head
                if owners and verb.dep_ == "ccomp" and verb.head.pos_ == "VERB":
                    # "Taiwan's coast guard said two of its patrol boats had ...": the
                    # speaker's
                    found = self.actors_for(_subject(verb.head))
                if not found:
                    found = [a for p in owners[:1] for a in self.antecedent(p)]
        if (
            not found
            and subject is not None
            and subject.lemma_.lower() in _FORCE_WORDS
            and any(c.dep_ == "poss" and c.lower_ in ("its", "their") for c in subject.children)
            and subject.head.dep_ == "ccomp"
            and subject.head.head.lemma_.lower() in _REPORTING
        ):
            # "the army said its aircraft had bombed rebel positions": the speaker's
            found = self.actors_for(_subject(subject.head.head))
        if not found and subject is not None and _the_two(subject):
            found = self.the_two(subject)
        if not found and subject is not None and subject.pos_ == "NOUN":
            # "hackers working for the GRU", "gunmen linked to Islamic State": whom they
            # work for acts through them
            for acl in subject.children:
                if acl.dep_ == "acl" and acl.lemma_.lower() in _PROXIES:
                    found = [
                        a
                        for p in acl.children
                        if p.dep_ in ("prep", "agent") and p.lower_ in ("for", "to", "by")
                        for o in _pobjs(p)
                        for a in self.actors_for(o)
                    ]
                    if found:
                        break
        return found

    def the_two(self, subject: Token) -> list[ActorSpan]:
        """Return the pair "the two" stands for: the source and target of the latest act
        between two actors coded in this or the previous sentence ("Sefcovic said he had
        spoken with Wang Wentao ... The two agreed to hold talks")."""
        sent = subject.sent
        first = self.doc[sent.start - 1].sent.start if sent.start > 0 else sent.start
        for i, _, src, tgt, _ in reversed(self.coded):
            if first <= i < subject.i and tgt is not None and src.actor.code != tgt.actor.code:
                return [src, tgt]
        return []

    def antecedent(self, pronoun: Token) -> list[ActorSpan]:
        """Return what "they" or "it" at the start of a sentence refers to: the previous
        sentence's subject ("Local commanders from both sides met ... They agreed ...")."""
        sent = pronoun.sent
        if pronoun.i - sent.start > 2 or sent.start == 0:
            return []
        previous = self.doc[sent.start - 1].sent
        subject = next(
            (t for t in previous if t.dep_ in ("nsubj", "nsubjpass") and t.head.dep_ == "ROOT"),
            None,
        )
        found = self.actors_for(subject)
        if pronoun.lower_ == "it":
            # "it" is one state, government, army or organisation, not a person.
            one = len(found) == 1
            return found if one and found[0].actor.sector in (None, "GOV", "MIL") else []
        return found

    def actors_for(self, tok: Token | None) -> list[ActorSpan]:
        """Return the actors a syntactic argument names, expanding coordination."""
        if tok is None:
            return []
        out: list[ActorSpan] = []
        for t in (tok, *tok.conjuncts, *_as_well_as(tok), *_listed_appos(tok)):
            found = self.by_head.get(t.i) or ([self.by_token[t.i]] if t.i in self.by_token else [])
            if not found and (leader := self.leader(t)) is not None:
                found = [leader]  # "the Saudi-led coalition declared a truce": Saudi Arabia
            if not found and t.pos_ == "NOUN":
                # "Hezbollah chief Sheikh Hassan Nasrallah rejected": the role's name
                named = [c for c in t.children if c.dep_ == "appos" and c.pos_ == "PROPN"]
                nxt = t.nbor(1) if t.i + 1 < len(t.doc) else None
                if not named and nxt is not None and nxt.dep_ == "appos" and nxt.pos_ == "PROPN":
                    named = [nxt]  # "and the regional bloc IGAD", its name hung on the first
                found = self.by_head.get(named[0].i, []) if named else []
            if not found and t.lemma_.lower() in _UNIT_NOUNS:
                # "the alliance's air policing mission had scrambled two jets": the alliance
                found = [a for c in t.children if c.dep_ == "poss" for a in self.actors_for(c)]
            if not found and t.lemma_.lower() in _PEOPLE_FROM:
                # "officers from a Chinese coast guard vessel had boarded ...": the vessel's
                found = [
                    a
                    for p in t.children
                    if p.dep_ == "prep" and p.lower_ in ("from", "of", "aboard", "on")
                    for o in _pobjs(p)
                    for a in self.by_head.get(o.i, [])
                ]
            if not found and (t.lower_ in _QUANTITY or t.lower_ == "one"):
                # "Hundreds of Ukrainians protested": the people counted; "near one of their
                # patrols": theirs
                of = [
                    o
                    for p in t.children
                    if p.dep_ == "prep" and p.lower_ == "of"
                    for o in _pobjs(p)
                ]
                found = [a for o in of for a in self.by_head.get(o.i, [])]
            if not found and t.lower_ in _PARTITIVE and t.i >= 2 and t.nbor(-1).text == ",":
                # "about 30 armed men, some wearing uniforms, had stormed the palace": the
                # parser made the aside's "some" the subject; they are the men before it
                before = t.nbor(-2)
                if before.sent == t.sent and not any(c.dep_ == "prep" for c in t.children):
                    found = self.by_head.get(before.i, [])
            if not found and t.pos_ == "PROPN" and t.ent_type_ == "PERSON":
                # "charged Nasrin Karimi, a journalist who ...": who the person is; a
                # capitalised title is one too ("Ahmed Khan, the Prime Minister of ...")
                roles = [
                    c
                    for c in t.children
                    if c.dep_ == "appos" and (c.pos_ == "NOUN" or c.i in self.by_head)
                ]
                found = self.by_head.get(roles[0].i, []) if roles else []
            for a in found:
                if a not in out:
                    out.append(a)
        return out

    def leader(self, tok: Token) -> ActorSpan | None:
        """Return the country or organisation that leads what a noun names ("the US-led
        coalition", "a Saudi-led air strike", "a UN-led mission"): it acts through what it
        leads. "Russia-backed rebels" are not Russia; only "led" says so."""
        for led in tok.children:
            if led.dep_ != "amod" or led.lower_ != "led" or led.i > tok.i:
                continue
            for word in led.children:
                if word.i < led.i and word.i in self.by_token:
                    found = self.by_token[word.i]
                    if found.actor.country or found.actor.code.startswith("IGO"):
                        return found
        return None

    def adjective_actor_at(self, child: Token) -> ActorSpan | None:
        """Return the country or organisation one modifier word names ("Japanese", "UN")."""
        if child.i in self.by_token:
            return self.by_token[child.i]
        # "a UN Security Council resolution": the name may be the word's compound chain
        chain = sorted(
            [child, *(t for t in child.subtree if t.dep_ == "compound" and t.i < child.i)],
            key=lambda t: t.i,
        )
        chain = [t for t in chain if t.i >= child.i - len(chain) + 1]
        phrases = load_lexicon().phrases
        for k in range(len(chain)):
            words = chain[k:]
            entries = phrases.get(tuple(t.text for t in words))
            entry = next((e for e in entries or () if e.valid_on(self.published)), None)
            if entry is None or not (entry.country or entry.kind == "igo"):
                continue
            code = entry.code if entry.kind != "adjective" else str(entry.country)
            first = words[0]
            actor = Actor(
                self.doc[first.i : child.i + 1].text,
                first.idx,
                child.idx + len(child.text),
                code,
                entry.country,
                entry.sector,
                entry.name,
            )
            return ActorSpan(actor, first.i, child.i + 1, child.i)
        return None

    def place_actor_at(self, tok: Token) -> ActorSpan | None:
        """Return the country a place name stands in ("at Ukraine", "Russia's Kursk region",
        "a village in the Sagaing region"), as an actor: an attack on a place is aimed at
        its country."""
        named = self.adjective_actor_at(tok)
        if named is not None:
            return named if named.actor.country else None
        country = place_country(tok)
        ent = entity_at(self.doc, tok.i) if country else None
        if country is None or ent is None:
            return None
        actor = Actor(ent.text, ent.start_char, ent.end_char, country, country, None, None)
        return ActorSpan(actor, ent.start, ent.end, tok.i)

    def place_targets(self, toks: Iterable[Token], sources: list[ActorSpan]) -> list[ActorSpan]:
        """Return the countries of the places an act's objects name or lie in."""
        seen: set[str] = set()
        out: list[ActorSpan] = []
        for tok in toks:
            words = [tok, *tok.conjuncts]  # "to travel to Moscow and Kyiv": both
            for prep in tok.children:
                if prep.dep_ == "prep" and prep.lower_ in _PLACE_PREPS:
                    for c in prep.children:
                        if c.dep_ == "pobj":
                            words += [c, *c.conjuncts]
            for word in words:
                for w in (word, *(c for c in word.children if c.dep_ in _PLACE_MODS)):
                    found = self.place_actor_at(w)
                    if found is not None and found.actor.country not in seen:
                        seen.add(str(found.actor.country))
                        out.append(found)
                        break
        return out

    def adjective_actor(self, tok: Token) -> ActorSpan | None:
        """Return a country named by an adjective modifier ("a Russian airstrike")."""
        lex = load_lexicon()
        if (leader := self.leader(tok)) is not None:
            return leader
        # ("a Sudanese Antonov aircraft": the nationality hangs on the model's name)
        deeper = [g for c in tok.lefts if c.dep_ == "compound" for g in c.lefts]
        for child in (*tok.lefts, *deeper):
            if child.dep_ not in ("amod", "compound", "nmod"):
                continue
            if child.i in self.by_token and child not in deeper:
                return self.by_token[child.i]
            entries = lex.phrases.get((child.text,))
            entry = next((e for e in entries or () if e.valid_on(self.published)), None)
            if entry is not None and child in deeper and entry.kind != "adjective":
                continue  # ("a China-Central Asia summit": a name, not a nationality)
            if entry is not None and (entry.country or entry.kind == "igo"):
                actor = Actor(
                    child.text,
                    child.idx,
                    child.idx + len(child.text),
                    entry.code if entry.kind != "adjective" else str(entry.country),
                    entry.country,
                    entry.sector,
                    entry.name,
                )
                return ActorSpan(actor, child.i, child.i + 1, child.i)
        prev = self.doc[tok.i - 1] if tok.i > 0 else None
        if (
            prev is not None
            and prev.dep_ not in ("amod", "compound", "nmod")
            and prev.head is not tok
            and not any(True for _ in prev.children)
            and prev.i in self.by_token
            and self.by_token[prev.i].end == tok.i
            and self.by_token[prev.i].start == prev.i
        ):
            # "four days after Cambodian shelling killed three": the parser hung the
            # nationality on the preposition; it is the act's all the same
            span = self.by_token[prev.i]
            entries = lex.phrases.get((prev.text,))
            if any(e.kind == "adjective" for e in entries or ()):
                return span
        return None


_ECHOED = frozenset({Plover.ACCUSE, Plover.SUPPORT, Plover.REQUEST, Plover.REJECT})
"""Reactions whose target an "also" carries over from another side's same reaction."""


def _also(tok: Token) -> bool:
    """Say whether a verb is done "also" or "too", as another side did before."""
    return any(c.dep_ == "advmod" and c.lower_ in ("also", "too", "likewise") for c in tok.children)


def _dated_owner(tok: Token) -> bool:
    """Say whether a possessive names a day, not an owner: "Wednesday's attack", "last
    week's strikes" are as definite as "the attack"."""
    if tok.dep_ != "poss" or tok.pos_ == "PRON":
        return False
    return tok.ent_type_ in ("DATE", "TIME") or tok.lower_ in _RECAP_DAYS


def _visit(trigger: Trigger) -> bool:
    """Return whether an event is a visit or the promise of one ("would travel to
    Pakistan": the host is the country the place is in)."""
    return trigger.cameo in ("042", "036") and trigger.lemma in ("travel", "visit", "fly", "go")


def _aid(trigger: Trigger) -> bool:
    """Return whether an event gives or promises aid (07x, 033x)."""
    return trigger.plover is Plover.AID or trigger.cameo.startswith("033")


_PARTITIVE = frozenset({"some", "many", "most", "several", "dozens", "hundreds"})
"""Words that stand for part of the group named before them ("gunmen, some masked, ...")."""
_PLACE_PREPS = frozenset({"in", "into", "on", "near", "at", "of", "inside", "across"})
_PLACE_MODS = ("poss", "compound", "amod", "nmod")
_MATERIAL = frozenset({Plover.ASSAULT, Plover.COERCE})


_ACT_NOUNS = {
    "expel": "expulsion",
    "detain": "detention",
    "invade": "invasion",
    "intervene": "intervention",
    "destroy": "destruction",
    "retaliate": "retaliation",
    "seize": "seizure",
}
"""Verbs whose act noun is not spelled from the verb's own stem."""


def _names_act(noun: str, verb: str) -> bool:
    """Return whether an act noun names what a trigger verb did ("the expulsions" of
    "expelled", "the arrest" of "arrested", "the shelling" of "shelled")."""
    if noun == verb or _ACT_NOUNS.get(verb) == noun:
        return True
    return len(verb) >= 4 and noun.startswith(verb.rstrip("e"))


_NAMING_VERBS = frozenset({"call", "brand", "label", "term", "dub"})
# Words that make naming a criticism: "called the expulsions an unfriendly act",
# "branded the deployment a provocation", "called the sanctions illegal".
_PEJORATIVE = frozenset(
    {
        "provocation", "provocative", "unfriendly", "hostile", "aggression", "aggressive",
        "illegal", "illegitimate", "unlawful", "unacceptable", "violation", "terrorist",
        "terrorism", "criminal", "crime", "genocide", "farce", "sham", "lie", "propaganda",
        "interference", "blackmail", "outrageous", "absurd", "baseless", "irresponsible",
        "reckless", "dangerous", "destabilizing", "destabilising", "unjustified", "politically",
        "motivated", "hypocritical", "shameful", "barbaric", "cowardly", "disproportionate",
        "unfounded", "cynical", "knee-jerk", "hasty", "rash", "unwarranted", "deplorable",
        "unprovoked", "misguided", "inflammatory", "escalatory", "counterproductive",
        "brutal", "attack", "affront", "insult", "betrayal", "liar", "coward", "threat",
        "extremist", "dictator", "tyrant", "puppet", "fascist", "traitor", "thug", "stupid",
        "racist", "corrupt", "incompetent", "warmonger", "bully", "menace", "sin", "mistake",
        "blunder", "disgrace", "scandal", "persecution", "witch-hunt", "vendetta", "revenge",
        "travesty", "intrusion", "incursion", "encroachment", "invasion", "coup",
    }
)  # fmt: skip
_CRITICISM = "111"


def _name_calling(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the criticism a pejorative naming expresses ("Minsk called the Polish
    deployment a provocation": ACCUSE 111 toward Poland), or None."""
    if tok.lemma_.lower() not in _NAMING_VERBS:
        return None
    if tok.dep_ in ("acl", "relcl") and tok.head.lemma_.lower() in _SUMMARIES:
        return _summary_called(tok, ctx)
    speaker = tok.head if tok.dep_ == "acl" else _child(tok, "nsubj")
    if speaker is not None and (summary := _summary_before(speaker)) is not None:
        # "..., a move Colombia's mines minister called 'economic aggression'": the parser
        # hung the move on the speaker
        return _summary_called(tok, ctx, summary=summary, speaker=speaker)
    name = _child(tok, "oprd")
    obj = _child(tok, "dobj")
    if name is None and obj is not None:
        # 'called the beating "dangerous and unlawful"': the parser hangs a quoted name on
        # the object, after it
        name = next((c for c in obj.children if c.dep_ == "amod" and c.i > obj.i), None)
        name = name or _appended_name(obj)
    if obj is None and name is not None and (second := _second_name(tok, name)) is not None:
        # "called Britain's ambassador to Washington a very stupid guy": the parser took
        # the one named for the name, and hung the name on it or beside it
        obj, name = name, second
    if obj is None and name is not None:
        # "called the decision disproportionate", read as one noun compound
        obj = next((c for c in name.children if c.dep_ == "compound" and c.pos_ == "NOUN"), None)
    if name is None or obj is None or ctx.unrealised(tok):
        return None
    if obj.lemma_.lower() in _DENIED:
        return None  # "called the accusations absurd": a denial, a statement (CAMEO 01x)
    words = {w.lemma_.lower() for w in (name, *name.children)}
    # ("a knee-jerk reaction": a hyphenated word comes in three tokens)
    words |= set(name.doc[name.left_edge.i : name.i + 1].text.lower().split())
    if not words & _PEJORATIVE:
        return None
    sources = ctx.actors_for(_subject(tok))
    if not sources:
        return None
    targets = [
        a for a in (ctx.actors_for(obj) or _owners(obj, ctx, reaction=True)) if a not in sources
    ]
    if not targets and (adj := ctx.adjective_actor(obj)) is not None:
        targets = [adj]  # "the Polish deployment"
    if not targets and obj.lower_ == "which" and tok.dep_ == "relcl" and obj.i > 0:
        # "ships sailed into its waters on Sunday, which Japan called an intrusion": the
        # clause before the comma is what was named, and who did it the target
        doer = next((a for a in tok.head.ancestors if a.pos_ in ("VERB", "AUX")), None)
        if doer is not None and obj.doc[obj.i - 1].text == ",":
            targets = [a for a in ctx.actors_for(_subject(doer)) if a not in sources]
    trigger = verb_trigger(tok.lemma_.lower(), _CRITICISM, "naming with a pejorative word")
    return trigger, sources, targets


_SUMMARIES = frozenset(
    {
        "move", "decision", "step", "vote", "plan", "action", "measure", "act",
        "announcement", "law", "ruling", "policy", "deployment", "visit",
    }
)  # fmt: skip
"""Nouns that sum up the act told before them: "…, a move Athens called provocative"."""


def _summary_before(speaker: Token) -> Token | None:
    """Return the summing-up noun the parser hung on the noun after it ("a move
    Colombia's mines minister called ...": the move, on "minister"), or None."""
    return next(
        (
            c
            for c in speaker.children
            if c.dep_ in ("nmod", "compound", "npadvmod")
            and c.i < speaker.i
            and c.lemma_.lower() in _SUMMARIES
            and any(d.dep_ == "det" for d in c.children)
        ),
        None,
    )


def _summary_called(
    tok: Token, ctx: _Context, *, summary: Token | None = None, speaker: Token | None = None
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the criticism in "Ankara issued a navigational warning, a move Athens called
    'provocative and dangerous'": ACCUSE 111 from who named the act toward who did it.
    ``summary`` and ``speaker`` are the summing-up noun and who named it, where the parse
    does not say them (by default the noun the naming hangs on, and its subject)."""
    summary = summary if summary is not None else tok.head
    if ctx.unrealised(tok):
        return None
    name = _child(tok, "oprd") or _child(tok, "dobj")
    if name is None:
        return None
    words = {w.lemma_.lower() for w in name.subtree}
    if not words & _PEJORATIVE:
        return None
    said = speaker if speaker is not None else _child(tok, "nsubj")
    sources = ctx.actors_for(said)
    targets = [a for a in _summed_up(summary, ctx) if a not in sources]
    if not sources or not targets:
        return None
    trigger = verb_trigger(tok.lemma_.lower(), _CRITICISM, "naming the act just told")
    return trigger, sources, targets


def _summed_up(summary: Token, ctx: _Context) -> list[ActorSpan]:
    """Return who did the act a summing-up noun stands for ("Ankara issued a warning, a
    move …": Ankara): the subject of the main verb of the clause before it, or none when
    the noun is not set after that clause behind a comma."""
    if summary.i == 0 or not summary.doc[summary.left_edge.i - 1].is_punct:
        return []
    doer = next((a for a in reversed(list(summary.ancestors)) if a.pos_ in ("VERB", "AUX")), None)
    return ctx.actors_for(_subject(doer)) if doer is not None else []


_JUDGING = frozenset({"be", "violate", "breach", "flout", "contravene", "undermine"})
"""What a speaker says an act was, or did to a rule, in a criticism of it."""


def _judged_act(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the criticism in "Kigali's spokeswoman said the sanctions were
    'unjustified'" or "said the closure violated East African Community rules": ACCUSE
    111 from the speaker toward who did the act judged, or None."""
    if tok.lemma_.lower() not in _SAYING or ctx.unrealised(tok):
        return None
    clause = next(
        (c for c in tok.children if c.dep_ == "ccomp" and c.lemma_.lower() in _JUDGING), None
    )
    if clause is None or any(
        c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS | _FUTURE)
        for c in clause.children
    ):
        return None  # (not "would violate": a warning, not a judgment)
    act = _child(clause, "nsubj")
    if act is None:
        return None
    if not _is_act_noun(act):
        return _judged_actor(tok, clause, act, ctx)
    if clause.lemma_.lower() == "be":
        said = _child(clause, "acomp", "attr")
        words = {w.lemma_.lower() for w in (said, *said.children)} if said is not None else set()
        if not words & _PEJORATIVE:
            return None
    elif _child(clause, "dobj") is None:
        return None
    sources = ctx.subject_actors(_subject(tok))
    targets = [a for a in _owners(act, ctx, reaction=True) if a not in sources]
    if not sources or not targets:
        return None
    return verb_trigger(tok.lemma_.lower(), _CRITICISM, "an act judged wrong"), sources, targets


def _judged_actor(
    tok: Token, clause: Token, who: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the criticism in "Maduro said Gonzalez was 'a coward'": a speaker calling
    another actor a reproachful name (ACCUSE 111 toward it), or None."""
    if clause.lemma_.lower() != "be" or who.lower_ in _PRONOUNS:
        return None
    said = _child(clause, "attr")
    if said is None or said.pos_ != "NOUN":
        return None
    words = {w.lemma_.lower() for w in (said, *said.children)}
    if not words & _PEJORATIVE:
        return None
    sources = ctx.subject_actors(_subject(tok))
    targets = [a for a in ctx.actors_for(who) if a not in sources]
    if not sources or not targets:
        return None
    return verb_trigger(tok.lemma_.lower(), _CRITICISM, "an actor called names"), sources, targets


_RULING_VERBS = frozenset({"declare", "find", "rule", "judge", "deem"})
_BREACHES = frozenset({"breach", "violation", "contempt", "default", "noncompliance"})
_ACCUSATION = "112"  # CAMEO: accuse, not specified below


def _in_breach(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the accusation a finding of breach makes ("the Board declared Iran in breach
    of its obligations": ACCUSE 112 toward Iran), or None."""
    obj = _realised_object(tok, _RULING_VERBS)
    if obj is None:
        return None
    breach = [
        p
        for p in (*tok.children, *obj.children)
        if p.dep_ == "prep"
        and p.lower_ == "in"
        and any(c.lemma_.lower() in _BREACHES for c in p.children if c.dep_ == "pobj")
    ]
    if not breach:
        return None
    sources = ctx.actors_for(_subject(tok))
    targets = [a for a in ctx.actors_for(obj) if a not in sources]
    if not sources or not targets:
        return None
    trigger = verb_trigger(tok.lemma_.lower(), _ACCUSATION, "a finding of breach")
    return trigger, sources, targets


_GATHERING_VERBS = frozenset({"gather", "assemble", "converge", "mass", "throng", "turn out"})
_DEMONSTRATORS = frozenset({"demonstrator", "protester", "protestor", "marcher"})


_DISPERSING = frozenset({"disperse", "scatter", "push", "break", "clear", "drive"})


def _dispersed(tok: Token) -> bool:
    """Say whether a gathering is one the police broke up: "fired tear gas to disperse
    opposition supporters who had gathered outside his home", "pushed back worshippers
    who had gathered outside the cathedral" (a crowd dispersed is a demonstration)."""
    if tok.dep_ != "relcl" or tok.head.dep_ not in ("dobj", "pobj"):
        return False
    verb = tok.head.head if tok.head.dep_ == "dobj" else tok.head.head.head
    return verb.lemma_.lower() in _DISPERSING and not _unrealised(verb)


def _demonstrators_gathered(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the protest that demonstrators gathering is ("Hundreds of demonstrators
    gathered outside the palace": PROTEST 141), or None."""
    lemma = tok.lemma_.lower()
    if _particle(tok) == "out":
        lemma += " out"
    if lemma not in _GATHERING_VERBS or ctx.unrealised(tok):
        return None
    subject = _subject(tok)
    if subject is None:
        return None
    heads = [subject, *(c for c in subject.children if c.dep_ == "prep" for c in c.children)]
    dispersed = _dispersed(tok)
    seated = _at_a_seat(tok)
    if not dispersed and not seated and not any(h.lemma_.lower() in _DEMONSTRATORS for h in heads):
        return None  # "leaders gathered in Brussels": a meeting, not a protest
    sources = ctx.actors_for(subject) or [
        a
        for h in heads
        if dispersed or seated or h.lemma_.lower() in _DEMONSTRATORS
        for a in ctx.actors_for(h)
    ]
    if seated and not (
        _a_crowd(heads) and all(a.actor.sector not in _STATE | {"MED"} for a in sources)
    ):
        sources = []  # "ministers gathered at the palace", "reporters outside the court"
    if not sources:
        return None
    # "to protest against Caracas's claim": the purpose names whom too
    purposes = [c for c in tok.children if c.dep_ in ("advcl", "xcomp") and c.lemma_ == "protest"]
    against = _prep_objects([tok, *purposes], frozenset({"against"}))
    targets = [a for t in against for a in ctx.actors_for(t) if a not in sources]
    if not targets:
        targets = _mission_owners(tok, ctx, sources)
    return verb_trigger(lemma, "141", "demonstrators gathering"), sources, targets


def _mission_owners(tok: Token, ctx: _Context, sources: list[ActorSpan]) -> list[ActorSpan]:
    """Return whose diplomatic mission a protest stood at ("gathered at the gates of
    Venezuela's embassy", "rallied outside India's embassy in Kathmandu"): the protest is
    aimed at the mission's country, not at the protesters' own government."""
    targets: list[ActorSpan] = []
    # ("marched on India's High Commission", "marched towards the Indian High
    # Commission": where a march went)
    preps = _VIGIL_PREPS | _MARCH_PREPS if tok.lemma_.lower() == "march" else _VIGIL_PREPS
    for t in _prep_objects([tok], preps):
        for place in (t, *(o for p in t.children if p.lower_ == "of" for o in _pobjs(p))):
            if (
                place.lemma_.lower() not in _MISSIONS
                and not _high_commission(place)
                and not (place.lemma_.lower() in load_seats() and _at_a_seat(tok))
            ):
                continue
            owners = ctx.actors_for(place) or [
                a
                for c in place.children
                if c.dep_ in ("poss", "amod", "compound")
                and (a := ctx.adjective_actor_at(c)) is not None
            ]
            owners = owners or [
                a for c in place.children if c.dep_ == "poss" for a in ctx.actors_for(c)
            ]
            targets += [a for a in owners if a not in sources and a not in targets]
    return targets


def _high_commission(tok: Token) -> bool:
    """Say whether a noun is a Commonwealth country's embassy ("India's High Commission")."""
    return tok.lemma_.lower() == "commission" and any(c.lower_ == "high" for c in tok.children)


_VIGIL_PREPS = frozenset({"at", "outside", "near", "before", "in front of", "by"})
_MARCH_PREPS = frozenset({"on", "towards", "toward", "to"})
_SEAT_PREPS = frozenset({"outside", "near", "in front of", "at"})
_CROWD_COUNTS = frozenset({"dozen", "hundred", "thousand", "score", "crowd", "group"})
_NOT_PROTESTING = frozenset(
    {"celebrate", "mourn", "pray", "welcome", "greet", "watch", "vote", "cheer", "queue"}
)


def _at_a_seat(tok: Token) -> bool:
    """Say whether a gathering verb stands at a seat of power (``seats.tsv``): "gathered
    outside the attorney general's office", "at the gates of parliament", "near the
    offices", and not to celebrate, mourn or pray there."""
    if any(
        c.dep_ in ("advcl", "xcomp") and c.lemma_.lower() in _NOT_PROTESTING for c in tok.children
    ):
        return False
    seats = load_seats()
    return any(
        place.lemma_.lower() in seats
        for t in _prep_objects([tok], _SEAT_PREPS)
        for place in (t, *(o for p in t.children if p.lower_ == "of" for o in _pobjs(p)))
    )


def _a_crowd(heads: list[Token]) -> bool:
    """Say whether a subject is a crowd: a number of people ("about 60 people", "dozens of
    supporters", "several hundred opposition supporters") or people in the plural."""
    return any(
        h.lemma_.lower() in _CROWD_COUNTS
        or h.tag_ == "NNS"
        or any(c.dep_ == "nummod" for c in h.children)
        for h in heads
    )


_MISSIONS = frozenset({"embassy", "consulate", "mission", "legation"})
_SAYING = frozenset({"say", "insist", "state", "stress", "tell", "reiterate", "argue"})
_OBLIGING = frozenset({"must", "should"})
_DEMAND = "100"  # CAMEO: demand, not specified below


def _that_clause(tok: Token) -> Token | None:
    """Return the "that" clause of a saying verb the parser hung on a noun of a phrase in
    between ("said during a visit to Belgrade on Monday that Serbia must respect ...": the
    clause is read as a relative clause of "visit", though "that" marks it)."""
    for t in tok.subtree:
        if (
            t.dep_ == "relcl"
            and t.i > tok.i
            and any(c.dep_ == "mark" and c.lower_ == "that" for c in t.children)
        ):
            return t
    return None


def _obligation(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the demand a saying makes of another actor ("Moscow said Israel must end its
    strikes on Syria": REQUEST 100 toward Israel), or None. What an actor says it must
    do itself, or what a country's government says the same country must do, is no
    demand of anyone else."""
    if tok.lemma_.lower() not in _SAYING or ctx.unrealised(tok):
        return None
    clause = _child(tok, "ccomp") or _that_clause(tok)
    if clause is None or not any(
        c.dep_ == "aux" and c.lower_ in _OBLIGING for c in clause.children
    ):
        return None
    sources = ctx.actors_for(_subject(tok))
    if not sources:
        return None
    own = {a.actor.code for a in sources}
    countries = {a.actor.country for a in sources}
    targets = [
        a
        for a in ctx.actors_for(_child(clause, "nsubj"))
        if a.actor.code not in own
        and (a.actor.country not in countries or a.actor.sector is not None)
    ]
    if not targets:
        return None
    return (
        verb_trigger(tok.lemma_.lower(), _DEMAND, "a saying that another must act"),
        sources,
        targets,
    )


# What is received from someone, and the act it is of the giver (CAMEO).
_RECEIVED = {
    **dict.fromkeys(("weapon", "arm", "ammunition", "missile", "tank", "drone"), "072"),
    **dict.fromkeys(("loan", "funding", "grant", "money", "donation", "credit"), "071"),
    **dict.fromkeys(("aid", "assistance", "relief"), "070"),
    **dict.fromkeys(("criticism", "condemnation", "rebuke"), "111"),
    **dict.fromkeys(("sanction",), "163"),
    **dict.fromkeys(("threat",), "130"),
}
_RECEIVING = frozenset({"receive", "get", "obtain", "face", "draw", "accept"})
_BACKING = frozenset({"support", "backing"})
_MATERIAL_BACKING = frozenset(
    {
        "financial", "logistic", "logistical", "logistics", "military", "material",
        "humanitarian", "economic", "budget", "budgetary", "technical", "medical",
    }
)  # fmt: skip
"""What makes received support aid ("financial support from the EU"), not approval."""


def _received_code(word: Token) -> str | None:
    """Return the giver's act a received thing names, or None: "support from X" is X's
    expressed support, "logistics and financial support from X" its aid."""
    lemma = word.lemma_.lower()
    if lemma in _RECEIVED:
        return _RECEIVED[lemma]
    if lemma not in _BACKING:
        return None
    mods = {c.lemma_.lower() for c in word.children if c.dep_ in ("amod", "compound")}
    mods |= {
        g.lemma_.lower()
        for c in word.children
        if c.dep_ in ("amod", "compound")
        for g in c.conjuncts
    }
    return "070" if mods & _MATERIAL_BACKING else "051"


@functools.cache
def _construction_lemmas() -> dict[Callable[..., Any], frozenset[str]]:
    """Return, for the constructions of ``_CONSTRUCTIONS`` that first of all check the
    verb's lemma, the lemmas they can fire on; the others (not listed) are tried on every
    verb. (Trying all 43 on every verb was a third of the coder's time.)"""
    impact = load_weapons()[1]
    gates: dict[Callable[..., Any], Iterable[str]] = {
        _name_calling: _NAMING_VERBS,
        _in_breach: _RULING_VERBS,
        _demonstrators_gathered: {v.split()[0] for v in _GATHERING_VERBS},
        _obligation: _SAYING,
        _blaming: _SAYING | _FINDING,
        _conditional_escalation: _ESCALATE | _STRIKE_VERBS,
        _received: _RECEIVING,
        _came_under: {"come"},
        _human_shields: {"hold", "use", "keep"},
        _weapon_strike: impact,
        _weapon_fired: _LAUNCH,
        _aid_arrival: load_aid_carriers()["arrival"],
        _brokered: _BROKERING,
        _brought_together: {"bring"},
        _peacekeepers_deployed: {"deploy", "arrive"},
        _troops_to_keep_peace: _SENDING,
        _fought_alongside: {"fight", "battle"},
        _ultimatum: _ULTIMATUM_VERBS,
        _not_unanswered: {"go"},
        _stated_resolve: load_resolve(),
        _called_in: _CALLED_IN,
        _told_to: {"tell"},
        _sent_to_investigate: _SENT_TO_LOOK,
        _judged_act: _SAYING,
        _help_settle: {"help"},
        _offered_to_mediate: _OFFERS,
        _ordered_held: {"order"},
        _complained_that: {"complain"},
        _vowed_force: _VOWS,
        _barred_from_race: _BARRING,
        _held_in_custody: {"hold"},
        _announced_force: _FORCE | {"defend", "protect"},
        _said_failed: _SAYING | {"rule"},
        _persona_non_grata: {"declare"},
        _on_alert: _ON_ALERT_VERBS,
        _walkout: _STAYING | {"stop", "halt", "down", "take"},
        _holding_people: {"hold"},
        _arrived: {"arrive"},
        _troops_arrived: {"arrive"},
        _in_contact: {"be", "remain", "stay", "keep"},
    }
    return {c: frozenset(lemmas) for c, lemmas in gates.items()}


@functools.lru_cache(maxsize=8192)
def _constructions_for(
    lemma: str,
) -> tuple[Callable[[Token, _Context], _Coded | list[_Coded] | None], ...]:
    """Return the constructions of ``_CONSTRUCTIONS`` that can fire on a verb with this
    lemma, in their order."""
    gates = _construction_lemmas()
    return tuple(c for c in _CONSTRUCTIONS if c not in gates or lemma in gates[c])


def _realised_object(tok: Token, verbs: frozenset[str]) -> Token | None:
    """Return the direct object of one of ``verbs`` that happened, or None."""
    if tok.lemma_.lower() not in verbs or _unrealised(tok):
        return None
    return _child(tok, "dobj")


def _received(tok: Token, ctx: _Context) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the act of the giver that a receiving names ("Kyiv received air defences
    and ammunition from Germany": AID 072 from Germany to Ukraine; "Iran faces criticism
    from the UN": ACCUSE 111 from the UN), or None."""
    obj = _realised_object(tok, _RECEIVING)
    if obj is None:
        return None
    word = _object_word(obj)
    code = next((c for w in (word, *word.conjuncts) if (c := _received_code(w)) is not None), None)
    if code is None:
        return None
    givers = [a for t in _prep_objects([tok, obj], frozenset({"from"})) for a in ctx.actors_for(t)]
    takers = ctx.actors_for(_subject(tok))
    givers = [a for a in givers if a not in takers]
    if not givers or not takers:
        return None
    return verb_trigger(tok.lemma_.lower(), code, "received from the giver"), givers, takers


_BLAMING = frozenset({"blame", "accuse", "hold"})
_ATTACK_NOUNS = frozenset(
    {"attack", "strike", "airstrike", "shelling", "bombing", "raid", "assault", "killing"}
)
_UNDER_ATTACK = {
    **dict.fromkeys(("fire", "attack", "assault"), "190"),
    **dict.fromkeys(("shelling", "bombardment", "barrage"), "194"),
}


def _came_under(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the attack "came under fire from X" names ("Russian troops came under fire
    from Ukrainian forces": ASSAULT from the forces on the troops), or None."""
    if tok.lemma_.lower() != "come" or ctx.unrealised(tok):
        return None
    under = [
        o for o in _prep_objects([tok], frozenset({"under"})) if o.lemma_.lower() in _UNDER_ATTACK
    ]
    if not under:
        return None
    attack = under[0]
    doers = [
        a
        for t in _prep_objects([tok, attack], frozenset({"from", "by"}))
        for a in ctx.actors_for(t)
    ]
    struck = ctx.actors_for(_subject(tok))
    doers = [a for a in doers if a not in struck]
    if not doers:
        return None
    code = _UNDER_ATTACK[attack.lemma_.lower()]
    return (
        verb_trigger(tok.lemma_.lower(), code, "came under attack from the attacker"),
        doers,
        struck,
    )


def _human_shields(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the use of people as human shields ("Islamic State militants held 20,000
    civilians as human shields": ASSAULT 184), or None."""
    if tok.lemma_.lower() not in ("hold", "use", "keep") or ctx.unrealised(tok):
        return None
    shield = _prep_objects([tok], frozenset({"as"}))
    if not shield or shield[0].lemma_.lower() != "shield":
        return None
    sources = ctx.actors_for(_subject(tok))
    targets = [a for a in ctx.actors_for(_child(tok, "dobj")) if a not in sources]
    if not sources:
        return None
    return verb_trigger(tok.lemma_.lower(), "184", "people used as human shields"), sources, targets


def _misread_launch(tok: Token) -> bool:
    """Return whether the parser read a reduced relative as the main verb: in "Artillery
    shells fired from the Cambodian side landed in a village", the shells did not fire;
    :func:`_weapon_strike` codes the landing, from whoever fired them."""
    if tok.lemma_.lower() not in _LAUNCH or _child(tok, "dobj") is not None:
        return False
    weapon = _child(tok, "nsubj")
    if weapon is None:
        return False
    weapons, verbs = load_weapons()
    names = {weapon.lemma_.lower(), weapon.lower_.removesuffix("s")}
    return bool(names & weapons.keys()) and any(
        c.dep_ == "conj" and c.lemma_.lower() in verbs for c in tok.children
    )


_STRIKERS = frozenset(
    {
        "worker", "miner", "employee", "doctor", "nurse", "teacher", "driver", "docker",
        "staff", "pilot", "farmer", "student", "labourer", "laborer", "unionist",
    }
)  # fmt: skip
"""Who goes on strike: "striking workers" are on strike, not striking anyone."""


def _striking_workers(tok: Token) -> bool:
    """Return whether "striking" is the labour sense the parser read as a verb with the
    strikers as its object: "a sit-in by striking oil workers", "police fired on striking
    miners" (where "striking the miners", with a determiner, would be an attack)."""
    if tok.lower_ != "striking" or tok.lemma_.lower() != "strike":
        return False
    obj = _child(tok, "dobj")
    if obj is None or obj.lemma_.lower() not in _STRIKERS:
        return False
    # only the object's own modifiers lie between: "striking oil workers"
    return all(
        t.head.i == obj.i and t.dep_ in ("compound", "amod") for t in tok.doc[tok.i + 1 : obj.i]
    )


_IMPACT_PREPS = frozenset(
    {"into", "on", "at", "in", "near", "around", "across", "inside", "outside"}
)


def _weapon_strike(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the attack a weapon makes as the subject of a verb of impact ("Cambodian
    rockets slammed into a Thai ranger outpost", "missiles fired from Yemen hit Eilat"):
    ASSAULT from whoever fired it, with the weapon's CAMEO code, or None."""
    weapons, verbs = load_weapons()
    if tok.lemma_.lower() not in verbs or ctx.unrealised(tok) or _passive(tok):
        return None
    weapon = _child(tok, "nsubj")
    fired = [c for c in weapon.children if c.dep_ == "acl"] if weapon is not None else []
    launch = tok.head
    if (
        weapon is None
        and (tok.dep_ in ("dep", "conj") or (tok.dep_ == "advcl" and tok.i > launch.i))
        and launch.lemma_.lower() in _LAUNCH
        and _child(launch, "dobj") is None
    ):
        # the parser's reading of "Rockets fired from Cambodia hit a base": "fired" governs
        weapon = _child(launch, "nsubj")
        fired = [launch]
    if weapon is None:
        # another reading: "when mortar shells fired from the Tajik side hit his house",
        # the firing a clause of the hitting
        near = [*tok.children, *(tok.head.children if tok.dep_ == "conj" else ())]
        for c in near:
            if c.dep_ == "advcl" and c.i < tok.i and c.lemma_.lower() in _LAUNCH:
                weapon, fired = _child(c, "nsubj"), [c]
                break
    if weapon is None or weapon.pos_ not in ("NOUN", "PROPN"):
        return None
    words = [weapon, *(c for c in weapon.children if c.dep_ == "compound")]
    # a capitalised first word may be tagged a name ("Rockets fired from ..."): its lemma
    # is then the word itself
    names = [n for w in words for n in (w.lemma_.lower(), w.lower_.removesuffix("s"))]
    code = next((weapons[n] for n in names if n in weapons), None)
    if code is None:
        return None
    craft, moves = load_craft_moves()
    if tok.lemma_.lower() in moves and weapon.lemma_.lower() in craft:
        return None  # "Russian military aircraft landed in Minsk": a flight, no strike
    sources = _doers(weapon, ctx)
    for verb in fired:
        agents = _prep_objects([verb], frozenset({"by", "from"}))
        agents += [g for a in verb.children if a.dep_ == "agent" for g in _pobjs(a)]
        for t in agents:
            found = ctx.actors_for(t) or [a for a in (ctx.place_actor_at(t),) if a]
            if not found and (adj := ctx.adjective_actor(t)) is not None:
                found = [adj]  # "fired from Cambodian territory"
            sources += found
    across = not sources and any(
        t.lemma_.lower() in _FRONTIERS
        for verb in fired
        for p in verb.children
        if p.dep_ == "prep" and p.lower_ == "from"
        for t in p.subtree
    )
    if not sources and not across:
        return None
    sources = [_armed(a) for a in {id(a): a for a in sources}.values()]
    aimed = [o for o in (_child(tok, "dobj"),) if o is not None]
    aimed += _prep_objects([tok], _IMPACT_PREPS)
    own = {a.actor.code for a in sources}
    targets: list[ActorSpan] = []
    for t in aimed:
        # "a Thai ranger base"; "targets of the Kurdistan Workers Party"
        named = ctx.actors_for(t) or _owners(t, ctx) or _nationality(t, ctx)
        targets += [a for a in named if a not in targets and a.actor.code not in own]
    if not targets:
        countries = {a.actor.country for a in sources}
        hit = ctx.place_targets(aimed, sources)
        targets = [a for a in hit if a.actor.country not in countries]
    if across:
        # "rounds fired from across the border struck homes in Rwanda's Rubavu district":
        # from the other side, the country the story names most beside the one struck
        other = ctx.other_side({a.actor.country for a in targets}, tok)
        if other is None:
            return None
        sources = [_armed(dataclasses.replace(other, actor=_bare(other.actor)))]
    return verb_trigger(tok.lemma_.lower(), code, "a weapon strikes"), sources, targets


def _weapon_fired(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the attack in a firing whose subject is the weapon when the parser left the
    impact elsewhere ("Four villagers were killed ... when rockets fired from Cambodian
    territory slammed into farmland", read with "fired" as a clause of "wounded"): ASSAULT
    from whoever it was fired by or from, at the country of the people it killed or of the
    place it hit; or None. An impact verb hung on the firing is ``_weapon_strike``'s."""
    weapons, verbs = load_weapons()
    if tok.lemma_.lower() not in _LAUNCH or ctx.unrealised(tok) or _passive(tok):
        return None
    weapon = _child(tok, "nsubj")
    if weapon is None or weapon.pos_ not in ("NOUN", "PROPN"):
        return None
    names = [weapon.lemma_.lower(), weapon.lower_.removesuffix("s")]
    code = next((weapons[n] for n in names if n in weapons), None)
    if code is None or _child(tok, "dobj") is not None:
        return None
    if any(c.dep_ in ("dep", "conj", "advcl") and c.lemma_.lower() in verbs for c in tok.children):
        return None  # "Rockets fired from Lebanon hit Kiryat Shmona": the hit codes it
    if tok.dep_ == "advcl" and (
        tok.head.lemma_.lower() in verbs - _HARM_VERBS
        or any(c.dep_ == "conj" and c.lemma_.lower() in verbs for c in tok.head.children)
    ):
        return None  # "when shells fired from the Tajik side hit his house": so does it here
    sources: list[ActorSpan] = []
    agents = _prep_objects([tok], frozenset({"by", "from"}))
    agents += [g for a in tok.children if a.dep_ == "agent" for g in _pobjs(a)]
    for t in agents:
        found = ctx.actors_for(t) or [a for a in (ctx.place_actor_at(t),) if a]
        if not found and (adj := ctx.adjective_actor(t)) is not None:
            found = [adj]
        sources += found
    if not sources:
        return None
    sources = [_armed(a) for a in {id(a): a for a in sources}.values()]
    countries = {a.actor.country for a in sources}
    sent = tok.sent
    hurt = [
        a
        for t in span_tokens(sent)
        if t.dep_ == "nsubjpass" and t.head.lemma_.lower() in ("kill", "wound", "injure")
        for a in ctx.actors_for(t)
    ]
    targets = [a for a in hurt if a.actor.country not in countries]
    if not targets:
        hit = ctx.place_targets([t for t in sent if t.dep_ == "pobj" and t.i > tok.i], sources)
        targets = [a for a in hit if a.actor.country not in countries][:1]
    return verb_trigger(tok.lemma_.lower(), code, "a weapon fired"), sources, targets


_HARM_VERBS = frozenset({"kill", "wound", "injure"})
"""Impact verbs told of the people harmed, not of the weapon ("were killed when ...")."""
_FRONTIERS = frozenset({"border", "frontier", "boundary", "loc", "line"})
"""What a weapon fired "from across" stands beyond: the other side."""


_LAUNCH = frozenset({"fire", "launch", "drop", "lob"})
_BROKERING = frozenset({"broker", "mediate", "facilitate"})


def _brokered(tok: Token, ctx: _Context) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the mediation a "brokered by" / "mediated by" phrase names ("Russia and
    Ukraine exchanged prisoners in a swap brokered by the UAE"): CONSULT 045 from the
    mediator to the parties of the act it brokered, or None."""
    if tok.lemma_.lower() not in _BROKERING or tok.tag_ != "VBN" or tok.dep_ != "acl":
        return None
    agent = _child(tok, "agent")
    mediators = ctx.actors_for(_child(agent, "pobj")) if agent is not None else []
    if not mediators:
        return None
    act = tok.head  # the swap, the talks
    parties: list[ActorSpan] = []
    for t in _prep_objects([act], frozenset({"between"})):
        parties += ctx.actors_for(t)
    if not parties and act.dep_ == "pobj" and act.head.head.pos_ == "VERB":
        parties = ctx.actors_for(_subject(act.head.head))  # "Russia and Ukraine exchanged"
    parties = [a for a in parties if a not in mediators]
    if len({a.actor.country or a.actor.code for a in parties}) < 2:
        return None
    return verb_trigger(tok.lemma_.lower(), "045", "brokered by a mediator"), mediators, parties


_GATHERINGS = frozenset({"round", "talk", "meeting", "summit", "session", "conference", "visit"})


def _brought_together(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the meeting that brought parties together ("The first round ... brought
    Ethiopia's and Eritrea's foreign ministers together": CONSULT 040 each way), or None."""
    if tok.lemma_.lower() != "bring" or ctx.unrealised(tok):
        return None
    if not any(t.lower_ == "together" and tok.i in (t.head.i, t.head.head.i) for t in tok.subtree):
        return None  # (the parser may hang "together" on the next phrase: "together for")
    subject = _child(tok, "nsubj")
    if subject is None or subject.lemma_.lower() not in _GATHERINGS:
        return None  # "the crisis brought them together": no meeting
    obj = _child(tok, "dobj")
    parties: list[ActorSpan] = []
    for t in (obj, *(c for c in obj.children if c.dep_ == "poss")) if obj is not None else ():
        parties += [a for a in ctx.actors_for(t) if a not in parties]
    if len({a.actor.country or a.actor.code for a in parties}) < 2:
        return None
    trigger = verb_trigger("bring", "040", "a meeting brought them together")
    return dataclasses.replace(trigger, reciprocal=True), parties, []


_KEEPERS = frozenset({"peacekeeper", "observer", "monitor"})


def _peacekeepers_deployed(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the peacekeeping that peacekeepers deploying or arriving is ("Dozens of
    Russian peacekeepers began deploying to Nagorno-Karabakh": AID 074 toward where they
    went), not a mobilisation against anyone; or None. Peacekeepers deployed by no one
    named were sent by their own side ("Kenyan peacekeepers were deployed to Haiti",
    "Russian soldiers were deployed as peacekeepers")."""
    if tok.lemma_.lower() not in ("deploy", "arrive") or ctx.unrealised(tok):
        return None
    subject = _subject(tok)
    roles: list[Token] = []
    if subject is None and _passive(tok) and _child(tok, "agent") is None and not _standing(tok):
        subject = _child(tok, "nsubjpass")
        roles = _prep_objects([tok], frozenset({"as"}))  # "were deployed as peacekeepers"
    if subject is None:
        return None
    heads = [subject, *(o for p in subject.children if p.lower_ == "of" for o in _pobjs(p))]
    if not any(_keeper(h) for h in (*heads, *roles)):
        return None
    sources = [a for h in heads for a in ctx.actors_for(h)]
    if not sources:
        return None
    where = _prep_objects([tok], _ARRIVAL_PREPS)
    targets = [a for t in where for a in ctx.actors_for(t) if a not in sources]
    targets = targets or ctx.place_targets(where, sources)
    return verb_trigger(tok.lemma_.lower(), "074", "peacekeepers deployed"), sources, targets


def _keeper(word: Token) -> bool:
    """Whether a noun names peacekeepers: "peacekeepers", "observers", "a peacekeeping
    force", "U.N. peacekeeping troops"."""
    return word.lemma_.lower() in _KEEPERS or (
        word.lemma_.lower() in _CONTINGENTS
        and any(
            c.dep_ in ("compound", "amod") and c.lower_.startswith("peacekeep")
            for c in word.children
        )
    )


_ARRIVAL_PREPS = frozenset({"in", "at", "into", "to"})
_SENDING = frozenset({"send", "deploy", "dispatch", "contribute"})
_RELIEF_CREWS = frozenset(
    {"firefighter", "firefighting", "fire-fighting", "rescuer", "rescue", "relief", "humanitarian"}
    | {"aid", "assistance", "medical"}
)
"""Words that make what is sent a relief crew, not a force: "firefighting aircraft",
"a team of 60 forest firefighters", "rescue teams", "aid planes", "a disaster assistance
team", "medical teams"."""
_CREW_MODIFIERS = frozenset({"compound", "amod", "nmod"})
_RELIEF_GOODS = frozenset(
    {"food", "water", "medicine", "supply", "tent", "blanket", "aid", "relief", "shelter", "kit"}
)
"""What a plane or a ship sent "with" it carries that makes it relief, not a deployment."""


def _relief_sent(tok: Token) -> bool:
    """Whether a verb of sending sends relief crews ("sent firefighting aircraft and crews",
    "dispatched a team of firefighters"): humanitarian aid (073), not a deployment."""
    if tok.lemma_.lower() not in _SENDING:
        return False
    obj = _child(tok, "dobj")
    if obj is None:
        return False
    words = [obj, *obj.conjuncts]
    carried = [
        o for w in (tok, *words) for p in w.children if p.lower_ == "with" for o in _pobjs(p)
    ]
    carried += [c for o in carried for c in o.conjuncts]  # (not "water" in "water cannon")
    if any(o.lemma_.lower() in _RELIEF_GOODS for o in carried):
        return True  # "sent a transport plane with food and shelter kits"
    words += [o for w in words for p in w.children if p.lower_ == "of" for o in _pobjs(p)]
    # ("sent aircraft with search and rescue teams": the crews it carries)
    return any(w.lemma_.lower() in _RELIEF_CREWS or _relief_crew(w) for w in (*words, *carried))


def _relief_crew(word: Token) -> bool:
    """Whether a noun's modifiers make it a relief crew: "rescue teams", "search and rescue
    units" (the modifier's conjuncts), "a disaster assistance team" (a compound's own)."""
    mods = [c for c in word.children if c.dep_ in _CREW_MODIFIERS]
    mods += [x for c in mods for x in (*c.conjuncts, *c.children) if x.dep_ != "punct"]
    return any(c.lemma_.lower() in _RELIEF_CREWS for c in mods)


_CONTINGENTS = frozenset(
    {"troop", "soldier", "force", "battalion", "unit", "contingent", "platoon", "company"}
)


def _troops_to_keep_peace(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the peacekeeping that sending troops to keep the peace is ("Japan is sending
    troops to the United Nations peacekeeping force in South Sudan", "sent 200 troops to
    Syria to serve as a peacekeeping force": AID 074 toward where they go), not a
    mobilisation against anyone; or None."""
    if tok.lemma_.lower() not in _SENDING or ctx.unrealised(tok) or _passive(tok):
        return None
    obj = _child(tok, "dobj")
    if obj is None or obj.lemma_.lower() not in _CONTINGENTS:
        return None
    if not any(w.lemma_.lower().startswith("peacekeep") for w in tok.subtree):
        return None
    sources = ctx.subject_actors(_subject(tok))
    if not sources:
        return None
    where = _prep_objects([tok], _ARRIVAL_PREPS)
    where += _prep_objects(where, _ARRIVAL_PREPS)  # "to the UN force in South Sudan"
    found = [a for t in where for a in ctx.actors_for(t) if a not in sources]
    targets = [a for a in found if not a.actor.code.startswith("IGO")]
    targets = targets or ctx.place_targets(where, sources) or found
    return (
        verb_trigger(tok.lemma_.lower(), "074", "troops sent to keep the peace"),
        sources,
        targets,
    )


_PENALTIES = frozenset(
    {
        "arrest", "deportation", "expulsion", "prosecution", "jail", "prison", "punishment",
        "consequence", "fine", "detention", "eviction", "removal", "sanction", "action",
    }
)  # fmt: skip
_ULTIMATUM_VERBS = frozenset({"order", "tell", "instruct", "direct", "give", "warn"})


def _ultimatum(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the threat an order carries when it names what disobeying costs ("told all
    undocumented Afghans to leave by Oct. 31 or face arrest": THREATEN 139, an ultimatum,
    toward those told), or None."""
    if tok.lemma_.lower() not in _ULTIMATUM_VERBS or ctx.unrealised(tok):
        return None
    told = [c for c in tok.children if c.dep_ in ("xcomp", "ccomp")]
    # (read off the words: the parser may make "or face arrest" a noun phrase)
    doc = tok.doc
    faced = [
        t
        for x in told
        for t in x.subtree
        if t.lower_ == "face"
        and doc[t.i - 1].lower_ == "or"
        and any(w.lemma_.lower() in _PENALTIES for w in doc[t.i + 1 : t.i + 4])
    ]
    if not faced:
        return None
    subject = _subject(tok)
    sources = ctx.actors_for(subject) if subject is not None else []
    addressee = _child(tok, "dobj") or next((_subject(x) for x in told if _subject(x)), None)
    targets = ctx.actors_for(addressee) if addressee is not None else []
    if not sources:
        return None
    return verb_trigger(tok.lemma_.lower(), "139", "ultimatum: or face ..."), sources, targets


def _told_to(tok: Token, ctx: _Context) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the demand in "Beijing told Washington to stay out of disputes": REQUEST 100
    toward the party told (not the press: "told reporters"), or None."""
    if tok.lemma_.lower() != "tell" or ctx.unrealised(tok) or _ordered_out(tok):
        return None  # ("told all undocumented Afghans to leave": an expulsion)
    told = _child(tok, "dobj")
    clause = _child(tok, "xcomp")
    if told is None or clause is None or clause.i < told.i:
        return None
    if not any(c.dep_ == "aux" and c.lower_ == "to" for c in clause.children):
        return None
    targets = [a for a in ctx.actors_for(told) if a.actor.sector != "MED"]
    sources = ctx.subject_actors(_subject(tok))
    if not sources or not targets:
        return None
    return verb_trigger("tell", "100", "told X to do Y: a demand"), sources, targets


def _sent_to_investigate(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the inquiry in "France sent experts to Saudi Arabia to investigate the
    attacks", "dispatched FBI agents to Kenya to help investigate the bombing": CAMEO 090
    (PLOVER ACCUSE) toward the country they are sent to, or None."""
    if tok.lemma_.lower() not in _SENT_TO_LOOK or ctx.unrealised(tok):
        return None
    purposes = [
        c
        for c in tok.children
        if c.dep_ in ("advcl", "xcomp")
        and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
    ]
    acts = [
        *purposes,
        *(
            c
            for p in purposes
            if p.lemma_.lower() == "help"
            for c in p.children
            if c.dep_ == "xcomp"
        ),
    ]
    if not any(a.lemma_.lower() in _INQUIRING for a in acts):
        return None
    sources = ctx.subject_actors(_subject(tok))
    own = {a.actor.country for a in sources}
    sent = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
    sent += _prep_objects(sent[1:], frozenset({"of"}))  # "a team of experts to Iraq"
    bound = _prep_objects(sent, frozenset({"to", "into"}))
    found = [a for o in bound for a in ctx.actors_for(o)] or ctx.place_targets(bound, sources)
    targets = [a for a in found if a.actor.country not in own]
    if not sources or not targets:
        return None  # (an inquiry at home has no other party)
    return verb_trigger("investigate", "090", "sent X to investigate: an inquiry"), sources, targets


_SENT_TO_LOOK = frozenset({"send", "dispatch"})
_INQUIRING = frozenset({"investigate", "probe", "examine", "inspect", "audit"})


_SETTLING = frozenset({"resolve", "settle", "facilitate", "mediate", "broker", "end", "defuse"})
_OFFERS = frozenset({"ready", "willing", "prepared", "offer", "stand", "be"})


def _help_settle(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the intent to mediate in "China is ready to help resolve the dispute
    between India and Pakistan", "South Africa stands ready to help facilitate a national
    dialogue": AGREE 039 toward the parties named (else none), or None."""
    if tok.lemma_.lower() != "help" or tok.dep_ not in ("xcomp", "advcl"):
        return None
    ready = tok.head
    if ready.lemma_.lower() not in _OFFERS and ready.head.lemma_.lower() not in _OFFERS:
        return None
    if any(c.dep_ == "neg" for c in (*ready.children, *ready.head.children)):
        return None
    settle = next(
        (c for c in tok.children if c.dep_ in ("xcomp", "ccomp", "dobj") and c.pos_ == "VERB"),
        None,
    )
    obj = _child(settle, "dobj") if settle is not None else None
    if settle is None or settle.lemma_.lower() not in _SETTLING:
        # "help facilitate dialogue", with "facilitate" misread as the dialogue's modifier
        obj = _child(tok, "dobj")
        if obj is None or not any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in _SETTLING for c in obj.children
        ):
            return None
    sources = ctx.subject_actors(_subject(tok))
    if not sources:
        return None
    targets = [
        a
        for o in (_prep_objects([obj], frozenset({"between"})) if obj is not None else [])
        for a in ctx.actors_for(o)
        if a not in sources
    ]
    return verb_trigger("help", "039", "ready to help settle: intent to mediate"), sources, targets


_MEDIATING = frozenset({"mediate", "broker", "facilitate", "host", "arbitrate"})


def _offered_to_mediate(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the intent to mediate in "Turkey offered to mediate between Russia and
    Ukraine", "the commissioner offered to host talks between the two foreign ministers":
    AGREE 039 toward the parties the mediation is between (else none), or None. ("offered
    to help mediate" is :func:`_help_settle`'s.)"""
    if tok.lemma_.lower() not in _OFFERS or tok.pos_ != "VERB" or ctx.unrealised(tok):
        return None
    offer = tok
    ready = [c for c in tok.children if c.dep_ == "acomp" and c.lemma_.lower() in _OFFERS]
    tok = next(
        (
            c
            for w in (offer, *ready)
            for c in w.children
            if c.dep_ in ("xcomp", "advcl") and c.lemma_.lower() in _MEDIATING
        ),
        None,
    ) or next(
        # "offered to host talks between the two neighbours in Arusha, home of ...": the
        # parser hung "to host" on the appositive noun; its "to" still marks the infinitive
        (
            c
            for w in (offer, *ready)
            for d in w.children
            if d.dep_ == "dobj"
            for c in d.children
            if c.lemma_.lower() in _MEDIATING
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        offer,
    )
    if tok is offer or any(c.dep_ == "neg" for c in (*offer.children, *tok.children)):
        return None
    obj = _child(tok, "dobj")
    if tok.lemma_.lower() == "host" and (obj is None or obj.lemma_.lower() not in _HOSTED_TALKS):
        return None  # "offered to host the refugees": no mediation
    sources = ctx.subject_actors(_subject(offer))
    if not sources:
        return None
    between = _prep_objects([tok, *([obj] if obj is not None else [])], frozenset({"between"}))
    targets = [a for o in between for a in ctx.actors_for(o) if a not in sources]
    for o in between:
        if not targets and _the_two(o):
            targets = [a for a in ctx.the_two(o) if a not in sources]
    ctx.consumed.add(tok.i)  # the mediation is only offered
    if obj is not None and obj.lemma_.lower() in _HOSTED_TALKS:
        ctx.consumed.add(obj.i)  # and so are the talks it would host
        ctx.consumed.update(t.i for t in obj.subtree)  # no meeting of their ministers yet
    trigger = verb_trigger(tok.lemma_.lower(), "039", "offered to mediate: intent to mediate")
    return trigger, sources, targets


_TALKS = frozenset({"dialogue", "dialog", "talk", "negotiation", "discussion"})
_HOSTED_TALKS = _TALKS | {"meeting", "summit"}
"""What a mediator offers to host: "offered to host a meeting of the three countries'
foreign ministers" (a meeting it hosts brings the others together)."""


def _the_two(tok: Token) -> bool:
    """Say whether a subject is a bare "the two" (no noun: "The two agreed to meet")."""
    return (
        tok.lower_ == "two"
        and tok.dep_ in ("nsubj", "nsubjpass")
        and any(c.dep_ == "det" and c.lower_ == "the" for c in tok.children)
    )


_OPEN_TO = {"open": frozenset({"to"}), "ready": frozenset({"for"})}
"""Words of readiness for talks and the preposition that names the talks."""


def _open_to_talks(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the intent to negotiate in "Ankara remained open to dialogue with Athens",
    "the government was ready for dialogue": AGREE 036 toward whoever the talks are with
    (else none), or None."""
    if tok.lower_ == "open" and tok.dep_ == "acomp":  # the tagger took "open" for a verb
        verb = tok.head
    else:
        verb, tok = tok, next((c for c in tok.children if c.dep_ == "acomp"), None)
        if tok is None or tok.lower_ not in _OPEN_TO:
            return None
    if verb.lemma_.lower() not in ("be", "remain", "stay") or ctx.unrealised(verb):
        return None
    if any(c.dep_ == "neg" for c in (*verb.children, *tok.children)):
        return None
    preps = _OPEN_TO.get(tok.lower_, frozenset())
    talks = [o for o in _prep_objects([tok], preps) if o.lemma_.lower() in _TALKS]
    if not talks:
        return None
    sources = ctx.subject_actors(_subject(verb))
    if not sources:
        return None
    own = {a.actor.code for a in sources}
    targets = [
        a
        for o in _prep_objects([talks[0], tok], frozenset({"with"}))
        for a in ctx.actors_for(o)
        if a.actor.code not in own
    ]
    trigger = verb_trigger("open", "036", "open to talks: intent to negotiate")
    return trigger, sources, targets


_ALERTS = frozenset({"alert", "standby"})
_ARMED = frozenset({"MIL", "COP", "SPY", "REB"})
_ON_ALERT_VERBS = frozenset({"be", "remain", "stay", "go", "put", "place", "keep"})


def _on_alert(tok: Token, ctx: _Context) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the raised alert in "Israeli troops remained on alert in the north" or "placed
    an army brigade on alert": MOBILIZE 152 by the forces' side, toward the foreign country
    a place phrase names ("along the Thai border"), else none; or None."""
    verb = tok.lemma_.lower()
    if verb not in _ON_ALERT_VERBS or tok.pos_ not in ("VERB", "AUX") or ctx.unrealised(tok):
        return None
    alert = [o for o in _prep_objects([tok], frozenset({"on"})) if o.lemma_.lower() in _ALERTS]
    if not alert:
        return None
    sources = ctx.subject_actors(_subject(tok))
    if verb in ("put", "place", "keep"):
        forces = ctx.actors_for(_child(tok, "dobj"))
        if not forces or not all(a.actor.sector in _ARMED for a in forces):
            return None  # "put the hospitals on alert": no show of force
    elif not sources or not all(
        a.actor.sector in _ARMED
        or a.actor.code == a.actor.country
        # "NATO troops", "UN peacekeepers": an organisation's forces, named by their word
        or tok.doc[a.head].lemma_.lower() in _FORCE_WORDS | {"peacekeeper"}
        for a in sources
    ):
        return None  # "hospitals remained on alert"
    if not sources:
        return None
    places = _prep_objects([tok, *alert], frozenset({"along", "near", "at", "in", "on", "across"}))
    targets = _first_foreign(ctx, [p for p in places if p.lemma_.lower() not in _ALERTS], sources)
    trigger = verb_trigger(verb, "152", "on alert: raised military alert", direct_target=False)
    return trigger, sources, targets


_FORCE_WORDS = frozenset(
    {
        "aircraft", "jet", "warplane", "drone", "plane", "helicopter", "ship", "vessel",
        "boat", "warship", "troop", "force", "soldier", "unit", "artillery", "gunboat",
    }
)  # fmt: skip
"""What a body sends into action as its own ("its aircraft", "their troops")."""
_REPORTING = frozenset({"say", "tell", "report", "announce", "confirm", "claim", "state"})


def _partitive(tok: Token) -> bool:
    """Whether a subject is a part of a body named after "of": "two of its patrol boats",
    "some of the soldiers" (not a share of a people or an assembly, whose views or votes
    are no act of a state: "most of Georgia's people support", "44 of the 126 members")."""
    return (tok.pos_ == "NUM" or tok.lower_ in _PARTS) and any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and not any(o.lemma_.lower() in _POPULATIONS for o in c.children if o.dep_ == "pobj")
        for c in tok.children
    )


_POPULATIONS = frozenset(
    {
        "people", "member", "voter", "citizen", "resident", "respondent", "lawmaker",
        "legislator", "deputy", "senator", "mp", "delegate", "population", "public", "adult",
    }
)  # fmt: skip


_PARTS = frozenset({"some", "many", "most", "several", "all", "one", "none", "each", "both"})
_CONTACT = frozenset({"contact", "touch", "talks", "communication", "consultation"})


def _in_contact(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the consultation a state of contact tells: "Washington said it was in contact
    with both governments", "remained in close touch with Seoul": CONSULT 040 with whom the
    "with" phrase names (each of "both governments"); contact is mutual, like a meeting
    (both directions, the ontology's dyadic expansion); or None."""
    if tok.lemma_.lower() not in ("be", "remain", "stay", "keep") or ctx.unrealised(tok):
        return None
    contact = [
        o
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ == "in"
        for o in p.children
        if o.dep_ == "pobj" and o.lemma_.lower() in _CONTACT
    ]
    if not contact or any(c.dep_ == "neg" for c in tok.children):
        return None
    sources = ctx.subject_actors(_subject(tok))
    targets = [
        a
        for w in _prep_objects(contact, frozenset({"with"}))
        for a in ctx.actors_for(w)
        if a not in sources
    ]
    if not sources or not targets:
        return None
    trigger = verb_trigger("contact", "040", "in contact with: consult")
    return trigger, sources, targets


def _holding_people(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the detention in "the Taliban are still holding two Americans": COERCE 173
    by the holder toward the people held (civilians named by nationality), or None."""
    if tok.lemma_.lower() != "hold" or _child(tok, "prt") is not None or ctx.unrealised(tok):
        return None
    held = ctx.actors_for(_child(tok, "dobj"))
    if not held or not all(a.actor.sector == "CVL" for a in held):
        return None
    sources = [a for a in ctx.subject_actors(_subject(tok)) if a.actor.sector != "CVL"]
    if not sources or any(a.actor.code == h.actor.code for a in sources for h in held):
        return None
    return verb_trigger("hold", "173", "holding people: detention"), sources, held


def _arrived(tok: Token, ctx: _Context) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the visit in "Xi arrived in Astana on Monday": CONSULT 042 by a government's
    or an organisation's representative toward the foreign country arrived in, or None
    (troops or refugees arriving are no visit)."""
    if tok.lemma_.lower() != "arrive" or ctx.unrealised(tok):
        return None
    sources = ctx.subject_actors(_subject(tok))
    if not sources or not all(
        a.actor.sector == "GOV" or (a.actor.code.startswith("IGO") and a.actor.sector is None)
        for a in sources
    ):
        return None
    places = [o for p in tok.children if p.lower_ in ("in", "at") for o in _pobjs(p)]
    own = {a.actor.country for a in sources}
    targets = [
        a
        for a in [
            *(x for o in places for x in ctx.actors_for(o)),
            *ctx.place_targets(places, sources),
        ]
        if a.actor.country and a.actor.country not in own
    ][:1]
    if not targets:
        return None
    return verb_trigger("arrive", "042", "arrived in a foreign capital: a visit"), sources, targets


_TIMES_OF_DAY = frozenset({"morning", "afternoon", "evening", "night", "time", "day", "hour"})


def _troops_arrived(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the deployment that troops arriving somewhere is ("Venezuelan soldiers and
    armoured vehicles arrived at the river on Monday": MOBILIZE 154), or None.
    Peacekeepers arriving are aid (:func:`_peacekeepers_deployed`), leaders arriving a
    visit (:func:`_arrived`)."""
    if tok.lemma_.lower() != "arrive" or ctx.unrealised(tok):
        return None
    sources = ctx.subject_actors(_subject(tok))
    if not sources or not all(a.actor.sector == "MIL" and a.actor.country for a in sources):
        return None
    where = [
        o
        for o in _prep_objects([tok], _ARRIVAL_PREPS)
        if o.ent_type_ not in ("DATE", "TIME") and o.lower_ not in _TIMES_OF_DAY
    ]
    if not where:
        return None  # "reinforcements arrived": where to, the words do not say
    if any(t.lower_ == "joint" for t in tok.subtree):
        return None  # "arrived in Minsk for joint exercises": cooperation, not a threat
    # (toward no one: troops arriving in an ally's country are not aimed at it; the story's
    # other side, if it has one, is filled in later)
    return verb_trigger("arrive", "154", "troops arrived somewhere: deployed"), sources, []


_PROXIES = frozenset({"work", "link", "tie", "back", "affiliate", "sponsor", "loyal"})
_HOLDING = frozenset({"hold", "detain", "jail", "imprison", "kidnap", "abduct", "arrest", "seize"})
_TAKINGS = frozenset(
    {"seizure", "detention", "arrest", "capture", "abduction", "kidnapping", "boarding"}
)
"""Act nouns of taking people or boats, which a request to free them is about."""


def _asks_release(verb: Token) -> bool:
    """Whether a request asks for captives to be freed: "asked Russia to release eight
    fishermen", "demanded the release of the crew"."""
    return any(
        (c.dep_ == "xcomp" and c.lemma_.lower() in _FREEING)
        or (c.dep_ == "dobj" and c.lemma_.lower() in ("release", "return"))
        for c in verb.children
    )


def _holders(release: Token, ctx: _Context, sources: list[ActorSpan]) -> list[ActorSpan]:
    """Return who holds the people whose release is asked: the agent of "detained by Iran",
    or the country of "held in Burkina Faso" (not the asker's own)."""
    own = {a.actor.country for a in sources}
    for held in (o for p in release.children if p.lower_ == "of" for o in _pobjs(p)):
        for acl in held.children:
            if acl.dep_ != "acl" or acl.lemma_.lower() not in _HOLDING:
                continue
            by = [o for p in acl.children if p.dep_ == "agent" for o in _pobjs(p)]
            found = [a for o in by for a in ctx.actors_for(o)]
            if not found:
                places = [o for p in acl.children if p.lower_ in ("in", "at") for o in _pobjs(p)]
                found = ctx.place_targets(places, sources)
            found = [a for a in found if a.actor.country not in own]
            if found:
                return found
    return []


def _unnamed_released(release: Token, a: ActorSpan, ctx: _Context) -> bool:
    """Whether ``a`` is people whose release is asked ("the release of 200 fighters")
    that the words name by no country, owner or name of their own."""
    held = [o for p in release.children if p.lower_ == "of" for o in _pobjs(p)]
    held += [c for h in held for c in h.conjuncts]
    word = a.head if 0 <= a.head < len(release.doc) else a.start
    tok = release.doc[word]
    if tok not in held or a.end - a.start > 1 or tok.pos_ == "PROPN":
        return False
    return not any(
        c.dep_ in ("poss", "amod", "compound", "nmod")
        and (ctx.actors_for(c) or ctx.adjective_actor_at(c) is not None)
        for c in tok.children
    )


_STAYING = frozenset({"be", "go", "remain", "stay", "come"})


def _walkout(tok: Token, ctx: _Context) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the protest in "Kenyan doctors went on strike", "workers stopped work" or
    "thousands took to the streets": PROTEST (143 a strike, 142 a hunger strike, 141 a
    demonstration) by the subject, toward whoever it is "against", else none; or None.
    (A strike someone goes on is no air strike: its noun is not coded again.)"""
    verb = tok.lemma_.lower()
    noun: Token | None = None
    code = ""
    if verb in _STAYING:
        noun = next(
            (o for o in _prep_objects([tok], frozenset({"on"})) if o.lemma_.lower() == "strike"),
            None,
        )
        if noun is not None:
            hunger = any(c.lemma_.lower() == "hunger" for c in noun.children)
            code = "142" if hunger else "143"
    elif verb in ("stop", "halt", "down") and (obj := _child(tok, "dobj")) is not None:
        if obj.lemma_.lower() in ("work", "tool"):
            noun, code = obj, "143"  # "stopped work", "downed tools"
    elif verb == "take":
        noun = next(
            (o for o in _prep_objects([tok], frozenset({"to"})) if o.lemma_.lower() == "street"),
            None,
        )
        code = "141"
    if noun is None or ctx.unrealised(tok):
        return None
    sources = ctx.subject_actors(_subject(tok))
    if not sources:
        return None
    ctx.consumed.add(noun.i)
    strikes = [c for c in tok.subtree if c.lemma_.lower() == "strike" and c.pos_ == "NOUN"]
    ctx.consumed.update(c.i for c in strikes)  # "stopped work in a strike over wages"
    against = _prep_objects([tok, noun, *strikes], frozenset({"against"}))
    targets = [a for o in against for a in ctx.actors_for(o) if a not in sources]
    trigger = verb_trigger(verb, code, "a strike or street protest", direct_target=False)
    return trigger, sources, targets


_UNANSWERED = frozenset({"unanswered", "unpunished", "unchallenged", "unavenged"})


def _not_unanswered(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the threat in "Such steps will not go unanswered," the spokeswoman said:
    THREATEN 130 by the speaker toward whoever took the steps (named in the phrase, "Norway's
    move", else the doer of the latest act coded against the speaker's country); or None."""
    if tok.lemma_.lower() != "go" or not any(c.dep_ == "neg" for c in tok.children):
        return None
    if not any(c.dep_ == "acomp" and c.lower_ in _UNANSWERED for c in tok.children):
        return None
    cue = tok.head if tok.dep_ == "ccomp" and tok.head.pos_ == "VERB" else None
    if cue is None:  # "The attack will not go unanswered, Iran said"
        cue = next((c for c in tok.children if c.dep_ == "parataxis" and c.pos_ == "VERB"), None)
    speaker = _subject(cue) if cue is not None else None
    sources = ctx.actors_for(speaker) if speaker is not None else []
    if not sources:
        return None
    act = _child(tok, "nsubj")
    owner = next((c for c in act.children if c.dep_ == "poss"), None) if act else None
    targets = ctx.actors_for(owner) if owner is not None else []
    if not targets:
        mine = {a.actor.country for a in sources}
        earlier = [
            src
            for i, _, src, tgt, _ in ctx.coded
            if i < tok.i and tgt is not None and tgt.actor.country in mine
        ]
        targets = earlier[-1:]
    if not targets:
        return None
    return verb_trigger("go", "130", "will not go unanswered"), sources, targets


_RESOLVE_PHRASE = frozenset(
    {"dobj", "xcomp", "ccomp", "acomp", "oprd", "advmod", "prep", "prt", "attr", "dative"}
)
"""What a stated resolve's verb says it will not stand or how it will answer: its objects,
complements and modifiers."""
_RESOLVE_HEADS = frozenset({"dobj", "nsubj", "nsubjpass", "dative", "oprd"})
_HOSTILE_AIMS = frozenset(
    {
        "attempt", "interference", "meddling", "provocation", "violation", "incursion",
        "intervention", "encroachment", "aggression", "threat", "challenge", "intrusion",
    }
)  # fmt: skip
"""What a resolve with no word of its own ("will not tolerate", "will not allow") must be
aimed at when it names no party: someone's hostile act ("any attempt to destabilise")."""


def _hostile_clause(verb: Token) -> bool:
    """Say whether the clause a resolve will not allow tells a hostile act: its verb is a
    conflict trigger of the lexicon ("will not allow anyone to threaten the peace", "never
    allow private property to be invaded", "the port to be shut"), not a mere change ("will
    not allow fuel prices to rise")."""
    if verb.pos_ != "VERB":
        return False
    rows = load_event_lexicon().lookup(verb.lemma_.lower(), "VERB")
    return any(r.quad_class >= 3 for r in rows)


def _stated_resolve(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the threat a stated resolve makes (``lexicon/resolve.tsv``): "Burkina Faso
    will not tolerate any attempt to destabilise our country" (THREATEN 130, no target),
    "Israel would not allow government forces to deploy" (at Syria, whom the phrase names),
    "Paris would draw all the consequences of the expulsion" (at who expelled), "would
    regard an intervention as a declaration of war" (138); or None. Only what is said of the
    future counts: "did not allow" tells a refusal, "if it allowed" a condition."""
    row = load_resolve().get(tok.lemma_.lower())
    if row is None or tok.pos_ != "VERB":
        return None
    negated = any(c.dep_ == "neg" for c in tok.children)
    auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    if negated != row.negated or not (auxes & _FUTURE or (negated and auxes & {"can", "ca"})):
        return None
    if _in_question(tok) or any(
        c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "once") for c in tok.children
    ):
        return None
    phrase = [t for c in tok.children if c.dep_ in _RESOLVE_PHRASE for t in c.subtree]
    if row.needs and not any(t.lemma_.lower() in row.needs for t in phrase):
        return None
    if (
        not row.needs
        and not any(
            t.lemma_.lower() in _HOSTILE_AIMS or is_act_noun(t.lemma_.lower()) or ctx.actors_for(t)
            for t in phrase
            if t.pos_ in ("NOUN", "PROPN")
        )
        and not any(_hostile_clause(c) for c in tok.children if c.dep_ in ("ccomp", "xcomp"))
    ):
        return None  # "will not tolerate corruption": no one's act
    sources = ctx.subject_actors(_subject(tok))
    if not sources:
        return None
    own = {a.actor.country for a in sources}
    targets: list[ActorSpan] = []
    for t in phrase:
        if t.dep_ not in _RESOLVE_HEADS:
            continue  # (not "in Niger": where, not who)
        found = ctx.actors_for(t) or _doers(t, ctx)
        if not found and (adj := ctx.adjective_actor(t)) is not None:
            found = [adj]  # "any Turkish incursion"
        targets += [a for a in found if a.actor.country not in own and a not in targets]
    if not targets and row.answers:
        last = ctx.last_act_toward(tok, sources)  # what the resolve answers
        targets = last if len(last) == 1 else []
    return verb_trigger(tok.lemma_.lower(), row.cameo, "stated resolve: a threat"), sources, targets


_CALLED_IN = frozenset({"call", "haul", "bring"})
_ENVOYS = frozenset(
    {
        "ambassador", "envoy", "diplomat", "chargé", "charge", "d'affaires", "consul",
        "attaché", "attache", "representative", "emissary",
    }
)  # fmt: skip


def _called_in(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the summons in "the foreign ministry called in Turkey's ambassador", "hauled
    in a senior Chinese diplomat" (the parser reads "in" as a preposition, so the envoy is
    no object): the ``summon`` row (ACCUSE 114) toward the envoy's government, or None."""
    if tok.lemma_.lower() not in _CALLED_IN or tok.pos_ != "VERB" or ctx.unrealised(tok):
        return None
    called = next(
        (
            o
            for p in tok.children
            if (p.dep_ == "prep" and p.lower_ == "in") or (p.dep_ == "prt" and p.lower_ == "in")
            for o in ([_child(p, "pobj")] if p.dep_ == "prep" else [_child(tok, "dobj")])
            if o is not None
        ),
        None,
    )
    if called is None:
        return None
    if called.lemma_.lower() not in _ENVOYS:
        if tok.lemma_.lower() != "haul" or not ctx.actors_for(called):
            return None
        # "guardsmen hauled in six Colombian soldiers": held, as "detained"
        rows = list(load_event_lexicon().lookup("detain", "VERB"))
        sources = ctx.subject_actors(_subject(tok))
        own = {a.actor.country for a in sources}
        targets = [a for a in ctx.actors_for(called) if a.actor.country not in own]
        if not rows or not sources or not targets:
            return None
        return rows[0], sources, targets
    envoy = called
    rows = [r for r in load_event_lexicon().lookup("summon", "VERB") if r.plover is Plover.ACCUSE]
    sources = ctx.subject_actors(_subject(tok))
    if not rows or not sources:
        return None
    own = {a.actor.country for a in sources}
    found = ctx.actors_for(envoy) or _owners(envoy, ctx)
    if not found and (adj := ctx.adjective_actor(envoy)) is not None:
        found = [adj]
    if not found:
        owner = _child(envoy, "poss")
        adj = ctx.adjective_actor(owner.head) if owner is not None else None
        found = [adj] if adj is not None else []
    targets = [_governing(a) for a in found if a.actor.country not in own]
    if not targets:
        return None
    return rows[0], sources, targets


def _governing(a: ActorSpan) -> ActorSpan:
    """Return a bare country whose envoy is meant as its government (TUR: TURGOV)."""
    actor = a.actor
    if actor.sector is not None or not actor.country or actor.code != actor.country:
        return a
    return dataclasses.replace(
        a, actor=dataclasses.replace(actor, code=f"{actor.country}GOV", sector="GOV")
    )


_ALLIED_PREPS = frozenset({"alongside", "beside"})
_ENEMY_PREPS = frozenset({"against"})


def _fought_alongside(
    tok: Token, ctx: _Context
) -> list[tuple[Trigger, list[ActorSpan], list[ActorSpan]]] | None:
    """Return the two acts in "Eritrean troops fought alongside Ethiopian forces against
    Tigrayan fighters": both sides fighting the enemy (ASSAULT 190) and the two fighting
    together (COOPERATE 062 each way); or None without both an ally and an enemy."""
    if tok.lemma_.lower() not in ("fight", "battle") or ctx.unrealised(tok):
        return None
    allies = [a for t in _prep_objects([tok], _ALLIED_PREPS) for a in ctx.actors_for(t)]
    enemies = [a for t in _prep_objects([tok], _ENEMY_PREPS) for a in ctx.actors_for(t)]
    subject = _subject(tok)
    sources = ctx.actors_for(subject) if subject is not None else []
    if not allies or not enemies or not sources:
        return None
    together = dataclasses.replace(
        verb_trigger(tok.lemma_.lower(), "062", "fought alongside"), reciprocal=True
    )
    return [
        (verb_trigger(tok.lemma_.lower(), "190", "fought against"), sources + allies, enemies),
        (together, sources + allies, []),
    ]


def _aid_arrival(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the aid an arrival delivers ("the first relief flights from China and Turkey
    landed in Islamabad carrying tents"): AID 073 from the senders to where it arrived."""
    words = load_aid_carriers()
    if tok.lemma_.lower() not in words["arrival"] or ctx.unrealised(tok):
        return None
    carrier = _child(tok, "nsubj")
    if carrier is None or carrier.lemma_.lower() not in words["carrier"]:
        return None
    marks = {c.lemma_.lower() for c in carrier.children if c.dep_ in ("compound", "amod")}
    # ("a convoy of 60 trucks carrying food": what the convoy is made of carries it)
    parts = [g for p in _prep_objects([carrier], _OF) for g in p.children]
    carrying = [
        verb
        for verb in (*carrier.children, *tok.children, *parts)  # "... carrying tents, food"
        if verb.dep_ in ("acl", "advcl") and verb.lemma_.lower() in ("carry", "bring", "deliver")
    ]
    for verb in carrying:
        cargo = _child(verb, "dobj")
        if cargo is not None:
            cargo = _object_word(cargo)  # "600 tonnes of food, water ...": the food
            marks |= {t.lemma_.lower() for t in (cargo, *cargo.conjuncts)}
    if not marks & words["marker"]:
        return None
    senders = [a for a in _doers(carrier, ctx)]
    for t in _prep_objects([carrier, *carrying], frozenset({"from"})):
        for name in (t, *t.conjuncts):  # "flights from China and Turkey"
            found = ctx.actors_for(name) or [a for a in (ctx.place_actor_at(name),) if a]
            senders += [a for a in found if a not in senders]
    if not senders:
        return None
    places = [o for o in (_child(tok, "dobj"),) if o is not None]
    places += _prep_objects([tok], _ARRIVAL_PREPS)
    places += _prep_objects(places, _OF)  # "reached the town of Djibo"
    own = {a.actor.country for a in senders}
    # where it arrived is a place: "landed in Islamabad" brings aid to Pakistan, not to its
    # government
    targets = [
        _country_of(a)
        for a in ctx.place_targets(places, senders)
        or [x for t in places for x in ctx.actors_for(t)]
        if a.actor.country and a.actor.country not in own
    ]
    return verb_trigger(tok.lemma_.lower(), "073", "aid arrives"), senders, targets


def _country_of(a: ActorSpan) -> ActorSpan:
    """Return an actor as its bare country ("Islamabad" as a place: Pakistan)."""
    country = a.actor.country
    if not country or a.actor.code == country:
        return a
    bare = dataclasses.replace(a.actor, code=country, sector=None)
    return dataclasses.replace(a, actor=bare)


def _nationality(noun: Token, ctx: _Context) -> list[ActorSpan]:
    """Return the country a nationality word deep in a noun phrase names ("a Thai ranger
    outpost": Thailand), or nothing."""
    for t in noun.subtree:
        if t.i < noun.i and t.dep_ in ("amod", "compound", "nmod"):
            found = ctx.adjective_actor_at(t)
            if found is not None and found.actor.country:
                return [found]
    return []


def _pobjs(tok: Token) -> list[Token]:
    return [c for c in tok.children if c.dep_ == "pobj"]


def _armed(a: ActorSpan) -> ActorSpan:
    """Return a country that fired a weapon as its military ("Cambodian rockets": KHMMIL)."""
    actor = a.actor
    if actor.sector is not None or not actor.country or actor.code != actor.country:
        return a
    armed = dataclasses.replace(actor, code=f"{actor.country}MIL", sector="MIL")
    return dataclasses.replace(a, actor=armed)


_RESPONSIBLE = frozenset({"responsible", "behind", "guilty", "culpable", "liable"})
_BLAME = "112"  # CAMEO: accuse, not specified below
_FINDING = frozenset({"believe", "conclude", "rule", "find", "determine"})


def _blaming(tok: Token, ctx: _Context) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the accusation a saying makes ("the government said Taliban militants were
    responsible": ACCUSE 112 toward the Taliban; "the court ruled that the company was
    liable": 116, a finding of a court), or None."""
    if tok.lemma_.lower() not in _SAYING | _FINDING or ctx.unrealised(tok):
        return None
    clause = _child(tok, "ccomp")
    if clause is None or clause.lemma_.lower() != "be" or ctx.unrealised(clause):
        return None
    complement = _child(clause, "acomp", "prep", "attr")
    if complement is None or complement.lower_ not in _RESPONSIBLE:
        return None
    duties = ("security", "safety", "protection", "defence", "defense")
    if complement.lower_ == "responsible" and any(
        p.dep_ == "prep" and p.lower_ == "for" and o.dep_ == "pobj" and o.lemma_.lower() in duties
        for p in complement.children
        for o in p.children
    ):
        return None  # "was responsible for security in the area": a duty, not a blame
    sources = ctx.actors_for(_subject(tok))
    own = {a.actor.code for a in sources}
    targets = [a for a in ctx.actors_for(_child(clause, "nsubj")) if a.actor.code not in own]
    if not sources or not targets:
        return None
    if tok.lemma_.lower() in _FINDING and any(a.actor.sector == "JUD" for a in sources):
        return verb_trigger(tok.lemma_.lower(), "116", "a court's finding"), sources, targets
    return (
        verb_trigger(tok.lemma_.lower(), _BLAME, "a saying that another is to blame"),
        sources,
        targets,
    )


_MAYBE = frozenset({"possible", "potential", "future", "hypothetical", "eventual"})
_RESPONSES = frozenset({"respond", "react", "reply", "answer"})
_FORCEFULLY = frozenset({"decisively", "militarily", "forcefully", "firmly", "harshly", "strongly"})


_FIRM_STEPS = frozenset(
    {"necessary", "resolute", "firm", "strong", "decisive", "reciprocal", "retaliatory"}
)


def _countermeasures(tok: Token) -> bool:
    """Say whether a verb takes measures against someone: "take countermeasures", "take all
    necessary measures", "take resolute steps" (but not "take measures to curb inflation"
    with no word of firmness)."""
    if tok.lemma_.lower() != "take":
        return False
    obj = _child(tok, "dobj")
    if obj is None:
        return False
    if obj.lemma_.lower() in ("countermeasure", "counter-measure", "retaliation"):
        return True
    words = {c.lower_ for c in obj.children if c.dep_ in ("amod", "det", "predet")}
    return obj.lemma_.lower() in ("measure", "step", "action") and bool(words & _FIRM_STEPS)


def _vowed_response(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the threat a response only announced makes: "Iran said it would respond to
    any attack" (THREATEN 130; 138 "decisively", "militarily", "with force"), aimed at
    whoever would do what it answers ("any Israeli attack": Israel). A response that
    happened names no act of its own and is not coded here."""
    if tok.lemma_.lower() not in _RESPONSES and not _countermeasures(tok):
        return None
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children):
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    sources = ctx.subject_actors(_subject(tok))
    if not sources:
        return None
    targets: list[ActorSpan] = []
    answering = [tok, *([_child(tok, "dobj")] if _countermeasures(tok) else [])]
    for obj in _prep_objects([t for t in answering if t is not None], frozenset({"to", "against"})):
        found = ctx.actors_for(obj) or _doers(obj, ctx)
        if not found and (adj := ctx.adjective_actor(obj)) is not None:
            found = [adj]  # "any Israeli attack"
        targets += [a for a in found if a not in sources]
    forceful = any(c.lower_ in _FORCEFULLY for c in tok.children) or any(
        p.lower_ == "with" and any(o.lemma_.lower() in ("force", "strength") for o in p.children)
        for p in tok.children
    )
    answered = _prep_objects([tok], frozenset({"to", "against"}))
    if not targets:
        # "If Chinese troops attack, India will respond": whoever the condition names
        found = ctx.actors_for(_condition_subject(tok))
        targets = [a for a in found if a not in sources]
    if not targets and not answered:
        last = ctx.last_act_toward(tok, sources)  # what the response would answer
        targets = last if len(last) == 1 else []
    code = "138" if forceful else "130"
    return (
        verb_trigger(tok.lemma_.lower(), code, "a response announced: a threat"),
        sources,
        targets,
    )


_ESCALATE = frozenset({"widen", "expand", "escalate", "intensify", "extend", "broaden"})
"""Verbs that make more of an act ("would widen its attacks if Israel expanded")."""
_FORCE_NOUNS = frozenset(
    {"attack", "strike", "operation", "offensive", "war", "fighting", "campaign", "raid"}
)
_STRIKE_VERBS = frozenset({"attack", "strike", "hit", "target", "retaliate", "invade", "bomb"})


def _conditional_escalation(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the threat of force a conditional future act is: "the group would widen its
    attacks if Israel expanded its operations", "Seoul will strike if the North attacks"
    (THREATEN 138), aimed at whoever the condition names."""
    lemma = tok.lemma_.lower()
    if lemma not in _ESCALATE and lemma not in _STRIKE_VERBS:
        return None
    if lemma in _ESCALATE and not any(
        o.lemma_.lower() in _FORCE_NOUNS for o in tok.children if o.dep_ == "dobj"
    ):
        return None  # "would widen the road": no force
    if not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children):
        return None
    if any(c.dep_ == "neg" for c in tok.children):
        return None
    condition = _condition_subject(tok)
    sources = ctx.subject_actors(_subject(tok))
    if condition is None or not sources:
        return None
    own = {a.actor.country for a in sources}
    targets = [a for a in ctx.actors_for(condition) if a.actor.country not in own]
    if not targets:
        return None
    return (
        verb_trigger(lemma, "138", "force promised on a condition: a threat"),
        sources,
        targets,
    )


_RELIEF = frozenset({"rescue", "evacuate", "help", "assist", "distribute", "deliver", "aid"})


def _relief(
    tok: Token, ctx: _Context
) -> tuple[Trigger, tuple[list[ActorSpan], list[ActorSpan]]] | None:
    """Return the humanitarian aid (073) a deployment whose purpose is rescue or relief
    is, aimed at the people its purpose names ("deployed troops to rescue villagers")."""
    if tok.pos_ != "VERB":
        return None
    purpose = next(
        (
            c
            for c in tok.children
            if c.dep_ in ("advcl", "xcomp")
            and c.lemma_.lower() in _RELIEF
            and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if purpose is None:
        return None
    sources = ctx.actors_for(_subject(tok))
    if not sources:
        return None
    helped = [a for a in ctx.actors_for(_child(purpose, "dobj")) if a not in sources]
    trigger = verb_trigger(
        tok.lemma_.lower(), "073", "a deployment for rescue or relief", direct_target=False
    )
    return trigger, (sources, helped)


def _joint(tok: Token) -> bool:
    """Return whether drills are joint: "held joint exercises", "joint Balikatan drills"."""
    nouns = [tok] if tok.pos_ == "NOUN" else [c for c in tok.children if c.dep_ == "dobj"]
    return any(
        c.dep_ in ("amod", "compound") and c.lower_ in ("joint", "combined", "bilateral")
        for n in nouns
        for c in n.children
    )


def _joint_exercise(trigger: Trigger) -> Trigger:
    """Return the military cooperation (062, mutual) a joint exercise is."""
    return recoded(trigger, "062", reciprocal=True)


_DEPART = frozenset({"leave", "depart", "quit", "exit"})


_NOTICE_SPANS = frozenset({"hour", "day", "week"})


_BANS = frozenset({"ban", "prohibit", "forbid"})
_ENTERING = frozenset({"enter", "visit", "travel", "come", "set"})


def _from_entering(tok: Token) -> bool:
    """Return whether a ban keeps someone from entering a country ("banned the minister
    from entering the country"): an entry ban, as "barred" is."""
    return any(
        c.dep_ == "prep"
        and c.lower_ == "from"
        and any(o.dep_ == "pcomp" and o.lemma_.lower() in _ENTERING for o in c.children)
        for c in tok.children
    )


def _declined_to(tok: Token) -> bool:
    """Return whether "decline" refuses an act: "declined to meet the envoy" (as "refused
    to"), not "exports declined" or "declined the invitation" (the lexicon's own rows)."""
    return tok.lemma_.lower() == "decline" and any(
        c.dep_ == "xcomp" and c.pos_ in ("VERB", "AUX") for c in tok.children
    )


def _into_custody(tok: Token) -> bool:
    """Return whether a verb takes someone into custody: an arrest ("two farmers were
    taken into custody", "police took him into custody")."""
    return tok.lemma_.lower() == "take" and any(
        c.dep_ == "prep"
        and c.lower_ == "into"
        and any(o.lemma_.lower() == "custody" for o in c.children)
        for c in tok.children
    )


def _ordered_out(tok: Token) -> bool:
    """Return whether a verb orders someone out: "ordered the UN mission to leave", "gave
    the EU's ambassador 72 hours to leave the country"."""
    lemma = tok.lemma_.lower()
    if lemma == "give":
        if any(c.lemma_.lower() in ("expel", "order") for c in (tok.head, *tok.conjuncts)):
            return False  # "expelled the ambassador and gave him 48 hours to leave": one act
        return any(c.lemma_.lower() in _NOTICE_SPANS for c in tok.subtree) and any(
            c.dep_ in ("xcomp", "advcl", "acl", "relcl") and c.lemma_.lower() in _DEPART
            for c in tok.subtree
            if tok.i in (c.head.i, c.head.head.i)
        )
    return lemma in ("order", "tell", "force", "instruct") and any(
        c.dep_ in ("xcomp", "ccomp") and c.lemma_.lower() in _DEPART for c in tok.children
    )


def _leaving(tok: Token, ctx: _Context) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the withdrawal from an organisation a verb of leaving is ("Mali, Burkina Faso
    and Niger were leaving ECOWAS": SANCTION 160 toward the bloc), or None."""
    lemma = tok.lemma_.lower()
    out = [c for c in tok.children if c.dep_ in ("prt", "prep") and c.lower_ == "out"]
    pulled = lemma == "pull" and bool(out)
    if (lemma not in _DEPART | {"withdraw"} and not pulled) or ctx.unrealised(tok):
        return None
    # ("withdrew its peacekeepers": a transitive withdrawal removes something, it leaves
    # nothing)
    obj = _child(tok, "dobj") if lemma in _DEPART else None
    if obj is None and lemma in ("withdraw", "pull") and _child(tok, "dobj") is None:
        # "withdrew from the WHO", "pulled out of the Council of Europe"
        found = _prep_objects([tok, *out], frozenset({"from", "of"} if pulled else {"from"}))
        obj = found[0] if found else None
    bodies = [a for a in ctx.actors_for(obj) if a.actor.code.startswith("IGO")]
    if not bodies and obj is not None and obj.i + 1 < len(obj.doc):
        # "leaving the West African bloc ECOWAS", with the name parsed apart from "bloc"
        bodies = [a for a in ctx.actors_for(obj.doc[obj.i + 1]) if a.actor.code.startswith("IGO")]
    if not bodies:
        return None
    sources = [a for a in ctx.actors_for(_subject(tok)) if a not in bodies]
    if not sources:
        return None
    trigger = verb_trigger("pull out" if pulled else lemma, "160", "leaving an organisation")
    return trigger, sources, bodies


_PROMISES = frozenset({"vow", "pledge", "promise", "swear"})


def _without_bare_promises(doc: Any, mentions: list[Mention]) -> list[Mention]:
    """Drop a generic promise (030) whose complement was coded as what is promised:
    "vowed to hold more protests" is a threat to protest, not also a vow to cooperate."""
    by_start = {t.idx: t for t in doc_tokens(doc)}
    out = []
    for m in mentions:
        tok = by_start.get(m.trigger[0])
        if tok is not None and m.cameo == "030" and tok.lemma_.lower() in _PROMISES:
            inner = {t.idx for c in tok.children if c.dep_ == "xcomp" for t in c.subtree}
            if any(o.trigger[0] in inner and o.source == m.source for o in mentions):
                continue
        out.append(m)
    return out


def aim_at_locations(mentions: Iterable[Mention], text: str) -> list[Mention]:
    """Give an attack that names no target the country it took place in: "jets dropped
    bombs on a school in the village of Kyauk Hta" (a place the sentence locates in
    Myanmar) is aimed at Myanmar. Run after the mentions are located; the target points
    at the place's words."""
    mentions = list(mentions)
    struck: dict[tuple[object, str | None, Plover], set[str]] = {}
    for m in mentions:
        tgt = m.target
        hit = tgt.country if tgt is not None else None
        if tgt is None and m.plover is Plover.ASSAULT and m.location and not m.location.inferred:
            hit = m.location.country  # (aimed there below)
        if m.plover in _HARMS and hit and hit != m.source.country:
            struck.setdefault((m.sentence, m.source.country, m.plover), set()).add(hit)
    out = []
    for m in mentions:
        loc = m.location
        where = dict(m.spans).get("location")
        abroad = struck.get((m.sentence, m.source.country, m.plover), set())
        if _own_people(m) and len(abroad) == 1:
            # "Cambodian troops shelled the Thai district of X, killing four villagers":
            # the villagers, named by no country, are of the country the same attack hit
            assert m.target is not None
            (country,) = abroad
            code = f"{country}{m.target.sector}"
            target = dataclasses.replace(m.target, code=code, country=country)
            out.append(dataclasses.replace(m, target=target))
            continue
        if _own_people_abroad(m):
            # "an Israeli drone strike on a motorcycle killed two civilians near the
            # Lebanese town of X": the civilians, named by no country, are the place's
            assert m.target is not None and loc is not None and loc.country
            code = f"{loc.country}{m.target.sector}"
            target = dataclasses.replace(m.target, code=code, country=loc.country)
            out.append(dataclasses.replace(m, target=target))
            continue
        if (
            m.target is not None
            or m.plover is not Plover.ASSAULT
            or loc is None
            or not loc.country
            or loc.inferred  # a name the gazetteer lacks, drawn at the story's city: a guess
            or where is None
            or loc.country == m.source.code  # no actor acts on itself
        ):
            out.append(m)
            continue
        start, end = where
        target = Actor(text[start:end], start, end, loc.country, loc.country, None, None)
        spans = dict(m.spans)
        spans["target"] = (start, end)
        out.append(dataclasses.replace(m, target=target, spans=tuple(spans.items())))
    return out


_UNNAMED_PEOPLE = frozenset({"CVL", "REF"})


_HARMS = frozenset({Plover.ASSAULT, Plover.COERCE})


def _own_people(m: Mention) -> bool:
    """Whether an attack or an arrest is coded as hitting the doer's own civilians or
    refugees."""
    tgt = m.target
    return (
        m.plover in _HARMS
        and tgt is not None
        and tgt.sector in _UNNAMED_PEOPLE
        and tgt.country is not None
        and tgt.country == m.source.country
    )


def _own_people_abroad(m: Mention) -> bool:
    """Whether an attack is coded as hitting the attacker's own civilians only because the
    victims were named by no country (they took the story's), while the sentence puts the
    attack in another country (a town the gazetteer lacks counts as in the country of the
    story's city: "near the town of Bint Jbeil", datelined Beirut)."""
    loc, tgt = m.location, m.target
    return (
        _own_people(m)
        and tgt is not None
        and loc is not None
        and bool(loc.country)
        and str(loc.precision) in ("point", "city", "admin1", "country")
        and loc.country != tgt.country
        and tgt.country not in loc.claimants  # a disputed place the victims' country claims
    )


# Acts done to someone: when the sentence names no one, the article's own country is who.
_DIRECTED = frozenset(
    {
        Plover.AGREE, Plover.SUPPORT, Plover.AID, Plover.CONCEDE, Plover.RETREAT,
        Plover.REQUEST, Plover.ACCUSE, Plover.REJECT, Plover.THREATEN, Plover.SANCTION,
        Plover.COERCE, Plover.ASSAULT,
    }
)  # fmt: skip
FOCUS_SHARE = 0.75
"""The share of an article's country mentions its one country must have: a story about
one country (Cambodia's courts, Pakistan's floods), not between two (a border clash
named 57% South Korea and 43% North Korea has no one country to fill in)."""
FOCUS_MENTIONS = 3
"""How often that country must be named: one sentence saying "Russia launched drones"
is not a story about Russia that Russia's drones were aimed at."""


def _country_counts(
    actors: Iterable[Actor], places: Iterable[Place]
) -> tuple[dict[str, int], dict[str, Actor]]:
    """Count how often an article names each country (actors and located places), and
    return each country's first actor mention."""
    firsts: dict[str, Actor] = {}
    counts: dict[str, int] = {}
    for a in actors:
        if a.country is not None:
            counts[a.country] = counts.get(a.country, 0) + 1
            firsts.setdefault(a.country, a)
    for p in places:
        # (a name the gazetteer lacks, drawn at the story's city, says nothing of where)
        if p.location is not None and p.location.country is not None and not p.location.inferred:
            counts[p.location.country] = counts.get(p.location.country, 0) + 1
    return counts, firsts


def _bare(first: Actor) -> Actor:
    return Actor(first.text, first.start, first.end, first.country or "", first.country, None, None)


def focus_country(actors: Iterable[Actor], places: Iterable[Place]) -> Actor | None:
    """Return the first mention of the country an article is about, or None.

    That is the country its actors and located places name most often, if it is named
    at least ``FOCUS_MENTIONS`` times and holds ``FOCUS_SHARE`` of those mentions."""
    counts, firsts = _country_counts(actors, places)
    if not counts:
        return None
    country, n = max(counts.items(), key=lambda kv: kv[1])
    if n < FOCUS_MENTIONS or n < FOCUS_SHARE * sum(counts.values()):
        return None
    first = firsts.get(country)
    return _bare(first) if first is not None else None


DYAD_SHARE = 2 / 3
"""The share of an article's country mentions its two countries must have together: a
story between Thailand and Cambodia that names their Malaysian mediator six times."""


def dyad_countries(actors: Iterable[Actor], places: Iterable[Place]) -> tuple[Actor, Actor] | None:
    """Return the first mentions of the two countries an article is between, or None.

    Those are the two countries it names most often, if each is named at least
    ``FOCUS_MENTIONS`` times and together they hold ``DYAD_SHARE`` of its country
    mentions (a story of Russia's war on Ukraine; Moldova and Russia over Transnistria)."""
    counts, firsts = _country_counts(actors, places)
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:2]
    if len(top) < 2 or top[1][1] < FOCUS_MENTIONS:
        return None
    if top[0][1] + top[1][1] < DYAD_SHARE * sum(counts.values()):
        return None
    a, b = firsts.get(top[0][0]), firsts.get(top[1][0])
    return (_bare(a), _bare(b)) if a is not None and b is not None else None


def _named_elsewhere(focus: Actor, m: Mention, actors: Sequence[Actor]) -> Actor | None:
    """Return the article's first naming of its country outside the mention's sentence,
    as a bare-country target, or None: the target comes from the rest of the story, never
    from the sentence alone."""
    start, end = m.sentence
    namings = [
        a for a in actors if a.country == focus.country and (a.end <= start or a.start >= end)
    ]
    # the country named as itself ("Mozambique"), else its government, before any other
    # of its people ("insurgents" of a story about Mozambique are no words for the country)
    rank = {None: 0, "GOV": 1}
    a = min(namings, key=lambda a: rank.get(a.sector, 2), default=None)
    if a is None:
        return None
    return Actor(a.text, a.start, a.end, focus.code, focus.country, None, None)


# Hostile acts that, in a story between two countries, one side aims at the other.
_AT_THE_OTHER_SIDE = frozenset({Plover.ASSAULT, Plover.THREATEN, Plover.SANCTION})
# Words one side of a two-country story addresses to the other, naming no one: "Tokyo
# lodged a protest over the post", "demanded that she retract them", "said Mexico would
# not withdraw the asylum". An accusation names whom it accuses ("accused foreign
# sponsors of terrorism"), and rebels and the opposition speak to their own rulers.
_SAID_TO_THE_OTHER_SIDE = frozenset({Plover.ACCUSE, Plover.REQUEST, Plover.REJECT})
# Cooperative acts that, in a story between two countries, one side offers the other.
_OFFERED_TO_THE_OTHER_SIDE = frozenset({Plover.AGREE, Plover.SUPPORT})


def _other_side(m: Mention, dyad: tuple[Actor, Actor] | None, word: str = "") -> Actor | None:
    """Return the side of a two-country story that a hostile act by the other side with
    no target named was aimed at: "Moscow said it had struck military targets" in a story
    of Russia's war on Ukraine is aimed at Ukraine. Occupying ground (19x: not arrests,
    curfews or "seized power"), troops moved up and shows of force (154, 150) count; a
    side's dealings with its own people, and police acts, do not. So do protests, demands
    and refusals that address no one (``_SAID_TO_THE_OTHER_SIDE``; ``word`` is the
    trigger's text, lower-cased)."""
    if dyad is None or m.source.country is None or m.source.sector in _UNNAMED_PEOPLE:
        return None
    if m.source.sector == "COP":
        return None  # "Kosovo police deployed armoured vehicles near the bridge": at home
    hostile = (
        m.plover in _AT_THE_OTHER_SIDE
        or (
            m.plover in _SAID_TO_THE_OTHER_SIDE
            and m.source.sector not in _CHALLENGERS
            and not word.startswith("accus")
        )
        or (m.plover is Plover.COERCE and m.cameo.startswith("19"))
        # troops moved toward the other side, a show of force (not a general alert)
        or m.cameo in ("150", "154")
        # "Ankara remained open to dialogue", "said it was ready to cooperate": an offer or
        # a welcome by one side of the story that names no one is made to the other side
        or (m.plover in _OFFERED_TO_THE_OTHER_SIDE and m.source.sector not in _CHALLENGERS)
    )
    if not hostile:
        return None
    a, b = dyad
    if m.source.country == a.country:
        return b
    if m.source.country == b.country:
        return a
    return None


_EMBARGO = "163"
"""CAMEO: embargo, boycott, sanctions (a border closure is one)."""
_BORDER_WORDS = frozenset({"border", "frontier", "crossing"})
_BORDER_SHUT = re.compile(
    r"(?:\s+[\w'-]+){0,4}?\s+(?:borders?|frontiers?|crossings?)\b(?!\s+(?:with|to)\b)", re.I
)
"""What follows a verb that closes a border naming no neighbour ("closed the Milak border
crossing", "shut the crossings")."""


def _shut_border(m: Mention, text: str) -> bool:
    """Whether a mention closes a border and names no neighbour it is closed to."""
    return (
        m.target is None
        and m.cameo == _EMBARGO
        and _BORDER_SHUT.match(text, m.trigger[1]) is not None
    )


def aim_at_focus(
    mentions: Iterable[Mention],
    actors: Sequence[Actor],
    places: Sequence[Place],
    text: str = "",
) -> list[Mention]:
    """Give an act done to someone that names no one the article's own country: in a
    story about Pakistan's floods, "Britain pledged 1.5 million pounds" is to Pakistan; in
    one about Cambodia's courts, "the EU criticised those trials" is aimed at Cambodia.
    In a story between two countries, a hostile act of one side is aimed at the other
    (see :func:`_other_side`). The target points at the article's first naming of that
    country. Run last, after the places have aimed attacks at where they happened."""
    mentions = list(mentions)
    out = []
    focus: Actor | bool | None = False  # worked out once, when first needed
    dyad: tuple[Actor, Actor] | bool | None = False
    recipient = _aid_recipient(mentions)
    closers: dict[tuple[int, int], list[Actor]] = {}
    for m in mentions:
        if text and _shut_border(m, text):
            closers.setdefault(m.trigger, []).append(m.source)
    for m in mentions:
        shut = m.trigger in closers and _shut_border(m, text)
        closing = {a.country: a for a in closers.get(m.trigger, ()) if a.country}
        if shut and len(closing) == 2 and m.source.country in closing:
            # "Niger and Benin closed their shared border": each to the other
            (other,) = [a for c, a in closing.items() if c != m.source.country]
            out.append(_aimed(m, other))
            continue
        if m.location is None and _own_people(m):
            # "Cambodian artillery rounds hit the village, killing four people", in a
            # story whose places are all in Thailand: the people are Thailand's
            scene = _scene_country(places, share=FOCUS_SHARE)
            if scene is not None and scene.country != m.source.country:
                assert m.target is not None
                country = scene.country or ""
                code = f"{country}{m.target.sector}"
                out.append(
                    dataclasses.replace(
                        m, target=dataclasses.replace(m.target, code=code, country=country)
                    )
                )
                continue
        if m.target is None and recipient is not None and _gives(m):
            # "Russia and China have also pledged help", in a story of aid sent to Cuba
            naming = _named_elsewhere(recipient, m, actors)
            if naming is not None and naming.country != m.source.country:
                out.append(_aimed(m, naming))
                continue
        word = text[m.trigger[0] : m.trigger[1]].lower()
        if m.target is None and (_gives(m) or m.cameo == "030") and word.startswith(_PLEDGES):
            # "officers pledged by Kenya, Jamaica, Benin": to where the story happens
            where = _scene_country(places)
            naming = _named_elsewhere(where, m, actors) if where is not None else None
            if naming is not None and naming.country != m.source.country:
                out.append(_aimed(m, naming))
                continue
        if m.target is None and (
            m.cameo.startswith("045")
            or m.cameo == "039"
            or (m.cameo == "051" and _PACT_PRAISED.match(text, m.trigger[1]) is not None)
        ):
            # (and "the United States welcomed the treaty": a third party praises what the
            # two sides did together, so both of them)
            # "Anwar Ibrahim, who mediated the meeting", "offered to host talks between the
            # two neighbours": a third party mediates (or offers to) between the two sides
            # of a story between two countries (or within the one it is about); one side
            # that mediates, with the other side (not with a fellow mediator: "Tanzania and
            # Kenya mediated the negotiations", in a story of Ethiopia's talks held in
            # Tanzania)
            if focus is False:
                focus = focus_country(actors, places)
            if dyad is False:
                dyad = dyad_countries(actors, places) if focus is None else None
            sides = (
                [focus]
                if isinstance(focus, Actor)
                else [
                    a
                    for a in dyad
                    if a.country != m.source.country and not _fellow_doer(m, a, mentions)
                ]
                if isinstance(dyad, tuple)
                else []
            )
            aimed = [
                _aimed(m, naming)
                for side in sides
                if (naming := _named_elsewhere(side, m, actors)) is not None
                and naming.country != m.source.country
            ]
            out.extend(aimed or [m])
            continue
        if m.cameo.startswith("023"):
            out.append(m)  # an appeal for aid is addressed to donors, not to the country
            continue
        if m.cameo in _EMERGENCY_RULE and m.target is None:
            out.append(m)  # a curfew or a state of emergency is laid on no other party
            continue
        if m.cameo == "1721" and m.target is None and _INTERNET_CUT.match(text, m.trigger[1]):
            out.append(m)  # "cut mobile internet across the country": no other party either
            continue
        if m.target is None and m.plover is Plover.REQUEST and _TO_ANYONE.match(text, m.trigger[1]):
            out.append(m)  # "urged other nations to honour their pledges": no one in particular
            continue
        if (
            m.target is None
            and m.plover is Plover.ACCUSE
            and _NO_ONE_ACCUSED.match(text, m.trigger[1])
        ):
            out.append(m)  # "accused unnamed rivals of organising the rallies": no one named
            continue
        if m.target is None and m.cameo == "051" and _MUTUAL_PRAISED.match(text, m.trigger[1]):
            out.append(m)  # "welcomed the resumption of talks": aimed at neither side
            continue
        if m.target is None and m.cameo == _PULLBACK:
            out.append(m)  # "the troops pulled back from the square": from no other party
            continue
        if m.target is None and (m.plover in _DIRECTED or m.plover is Plover.MOBILIZE):
            if focus is False:
                focus = focus_country(actors, places)
            if dyad is False:
                dyad = dyad_countries(actors, places) if focus is None else None
            side = (
                (focus if m.plover in _DIRECTED else None)
                if isinstance(focus, Actor)
                else _other_side(m, dyad if isinstance(dyad, tuple) else None, word)
            )
            if (
                isinstance(side, Actor)
                and m.cameo == "154"
                and not _toward_the_other(m, side, actors, text)
            ):
                side = None  # "troops deployed in the north": at home, not at the other side
            if isinstance(side, Actor) and _joined_by(m, side, mentions):
                side = None  # "Mali, Burkina Faso and Niger deployed": not at one another
            naming = _named_elsewhere(side, m, actors) if isinstance(side, Actor) else None
            if naming is not None and naming.code != m.source.code:
                # ("Pakistan appealed for help" in a story about Pakistan: to others, not
                # to itself)
                m = _aimed(m, naming)
        if m.target is None and m.plover is Plover.REQUEST and m.source.sector in _CHALLENGERS:
            # "the rebels are demanding the release of 200 fighters": a demand of rebels or
            # of the opposition that names no one is made of their own country's rulers
            home = m.source.country
            own = Actor(home, 0, 0, home, home, None, None) if home else None
            naming = _named_elsewhere(own, m, actors) if own is not None else None
            if naming is not None:
                m = _aimed(m, naming)
        if shut and (m.target is None or m.target.country == m.source.country):
            # "Iran closed the Milak border crossing", in a story of Iran and Afghanistan,
            # is closed to Afghanistan; "closed the country's land borders" in a story of
            # one country's unrest is closed to no one in particular: no sanction
            continue
        out.append(m)
    return out


_CHALLENGERS = frozenset({"REB", "OPP"})


_FRONTLINE = re.compile(
    r"\b(?:borders?|frontiers?|boundary|boundaries|front\s*lines?)\b"
    r"|\b(?:in)?to\s+the\s+(?:area|zone|scene|waters)\b",
    re.I,
)
_ARMED_SIDES = frozenset({"MIL", "REB", "SPY", "COP"})


def _toward_the_other(m: Mention, side: Actor, actors: Sequence[Actor], text: str) -> bool:
    """Whether a deployment faces ``side``, the other side of a story between two
    countries: its sentence moves the forces to a frontier or to the scene ("moved troops
    closer to the boundary", "sent frigates into the area") or names the other side's
    armed forces ("detected 74 Chinese aircraft ... and dispatched fighter jets"). Forces
    "deployed in the north" or a general call-up face no one, and so does a deployment
    to an island of one's own whose sentence names the other side only as the one who
    objects ("a move China condemned as provocative")."""
    start, end = m.sentence
    if _FRONTLINE.search(text, start, end) is not None:
        return True
    return any(
        a.country == side.country and a.sector in _ARMED_SIDES and start <= a.start and a.end <= end
        for a in actors
    )


def _joined_by(m: Mention, side: Actor, mentions: Sequence[Mention]) -> bool:
    """Whether ``side`` is a fellow doer of a deployment, named on its own beside the
    mention's source as the subject of the same verb ("Mali, Burkina Faso and Niger
    deployed a joint force"); "both armies sent reinforcements" are the two sides."""
    return m.plover is Plover.MOBILIZE and _fellow_doer(m, side, mentions)


def _fellow_doer(m: Mention, side: Actor, mentions: Sequence[Mention]) -> bool:
    """Whether ``side`` does the mention's act beside its source, named on its own as a
    subject of the same verb ("Tanzania and Kenya mediated the negotiations")."""
    span = dict(m.spans).get("source")
    return any(
        o.trigger == m.trigger
        and o.plover is m.plover
        and o.source.country == side.country
        and o.source.country != m.source.country
        and dict(o.spans).get("source") != span
        for o in mentions
        if o is not m
    )


_PULLBACK = "0874"  # CAMEO: retreat or surrender militarily (withdraw, pull back)
_NO_ONE_ACCUSED = re.compile(
    r"\s+[\"“]?(?:[\w-]+\s+){0,2}?(?:unnamed|unidentified|unspecified)\b"
    r"|\s+[\"“]?foreign\s+(?:hands|elements|enemies|actors)\b",
    re.I,
)
"""Whom an accusation that names no one accuses: "accused unnamed foreign-funded groups",
'accused "foreign hands"'; it is aimed at no one, not at the country the story is about."""
_TO_ANYONE = re.compile(
    r"\s+(?:(?:on\s+|upon\s+)?(?:all\s+)?(?:other|the\s+international|the\s+world)\b"
    r"|(?:for\s+)?[\"“]?(?:calm|restraint)\b|[\"“]?all\s+(?:actors|concerned)\b)",
    re.I,
)
"""An appeal's addressee that is no one in particular (see :func:`_anyone`); an appeal
for calm or restraint that names no one ("appealed for calm", 'urged "all actors to
exercise restraint"') is made to all, not to the country the story is about."""

_INTERNET_CUT = re.compile(
    r"(?:\s+(?:off|down))?\s+(?:the\s+|all\s+)?(?:mobile\s+|fixed\s+)?"
    r"(?:internet|connectivity|broadband)\b",
    re.I,
)
"""What follows a verb that shuts down the internet ("cut mobile internet", "shut down the
internet"): a restriction laid on the government's own ground, with no other party."""

_PLEDGES = ("pledg", "provid", "contribut", "sen", "donat", "commit", "offer")
"""Verbs of giving whose gift, with no one named, goes where the story happens."""


def _scene_country(places: Sequence[Place], *, share: float = 0.0) -> Actor | None:
    """Return the country an article's located places are in: the one that holds most of
    them, at least two and more than any other (and at least ``share`` of them)."""
    counts: dict[str, int] = {}
    for p in places:
        if p.location is not None and p.location.country is not None and not p.location.inferred:
            counts[p.location.country] = counts.get(p.location.country, 0) + 1
    top = sorted(counts.items(), key=lambda kv: -kv[1])[:2]
    if not top or top[0][1] < 2 or (len(top) > 1 and top[1][1] == top[0][1]):
        return None
    if top[0][1] < share * sum(counts.values()):
        return None
    country = top[0][0]
    return Actor(country, 0, 0, country, country, None, None)


def _gives(m: Mention) -> bool:
    """Whether a mention gives or pledges aid (07x, 033)."""
    return m.cameo.startswith("07") or m.cameo.startswith("033")


def _aid_recipient(mentions: Sequence[Mention]) -> Actor | None:
    """Return the country an article's aid goes to: the one country that every aid given
    or pledged to another country in it goes to (none when aid goes to two)."""
    countries = {
        m.target.country
        for m in mentions
        if _gives(m)
        and m.target is not None
        and m.target.country is not None
        and m.target.country != m.source.country
    }
    if len(countries) != 1:
        return None
    (country,) = countries
    return Actor(country, 0, 0, country, country, None, None)


def _aimed(m: Mention, target: Actor) -> Mention:
    """Return the mention aimed at ``target``, its target span pointing at its words."""
    spans = dict(m.spans)
    spans["target"] = (target.start, target.end)
    return dataclasses.replace(m, target=target, spans=tuple(spans.items()))


def _implied(m: Mention) -> bool:
    """Return whether a mention's target is only implied by its trigger ("protesters
    gathered": at their own government), not named."""
    return m.target is not None and dict(m.spans).get("target") == m.trigger


def one_per_sentence(mentions: Iterable[Mention]) -> list[Mention]:
    """Keep one event per sentence, type, source and target: "condemned the Turkish
    strikes ... and summoned Turkey's ambassador" is one ACCUSE toward Turkey (the more
    specific target, TURGOV, is kept over the bare TUR), and "an Israeli drone strike
    killed two civilians" one ASSAULT, not also one toward no one from the same source
    words. Run after the targets are final."""
    ms = list(mentions)

    def where(m: Mention) -> tuple[object, ...]:
        # (acts of different days are two: "bombed a town on Monday, killing 14, four
        # days after a drone strike killed four civilians")
        return (m.sentence, m.plover, m.source.code)

    def source_span(m: Mention) -> tuple[int, int] | None:
        return dict(m.spans).get("source")

    def told_day(m: Mention) -> str | None:
        # (a date the text gives: one drawn from the publication day says nothing)
        return m.date.value if m.date is not None and dict(m.spans).get("date") else None

    specific: dict[tuple[object, ...], set[str | None]] = {}
    for m in ms:
        if m.target is not None and m.target.sector is not None:
            specific.setdefault((*where(m), m.target.country), set()).add(told_day(m))
    out: list[Mention] = []
    seen: dict[tuple[object, ...], set[str | None]] = {}
    for m in ms:
        if m.target is None:
            span = source_span(m)
            if any(
                o.target is not None
                and where(o) == where(m)
                and _overlap(source_span(o), span)
                and (None in (told_day(o), told_day(m)) or told_day(o) == told_day(m))
                for o in ms
            ):
                continue  # the same act, told again with whom it struck (not another day's)
        elif m.target.sector is None and (*where(m), m.target.country) in specific:
            days = specific[(*where(m), m.target.country)]
            if told_day(m) is None or None in days or told_day(m) in days:
                continue  # (the same act; but acts of two days are two)
        elif _implied(m) and any(
            o.target is not None and where(o) == where(m) and not _implied(o) for o in ms
        ):
            # "protesters gathered outside parliament, chanting slogans against Bulgaria":
            # one protest, at whom it names, not also at their own government
            continue
        k = (*where(m), m.target.code if m.target else None)
        day = told_day(m)
        if k not in seen:
            seen[k] = {day}
            out.append(m)
        elif day is not None and None not in seen[k] and day not in seen[k]:
            # acts of two days are two: "bombed a town on Monday, killing 14, four days
            # after a drone strike killed four civilians"
            seen[k].add(day)
            out.append(m)
    return out


def _overlap(a: tuple[int, int] | None, b: tuple[int, int] | None) -> bool:
    return a is not None and b is not None and a[0] < b[1] and b[0] < a[1]


_STATE = frozenset({"GOV", "MIL", "COP", "JUD", "SPY", "LEG"})


_BILLS = frozenset(
    {"bill", "law", "measure", "legislation", "amendment", "decree", "reform", "levy", "tax"}
)


def _domestic_bill(tok: Token, trigger: Trigger) -> bool:
    """Return whether a rejection is of a domestic bill or measure ("vetoed the bill")."""
    obj = _child(tok, "dobj") if tok.pos_ == "VERB" else None
    return (
        trigger.plover is Plover.REJECT
        and obj is not None
        and obj.lemma_.lower() in _BILLS
        and not any(
            c.dep_ in ("poss", "compound", "amod") for c in obj.children if c.pos_ == "PROPN"
        )
    )


_RELATIVES = frozenset({"who", "whom", "that", "which"})


def _object_gap(tok: Token, obj: Token | None) -> bool:
    """Whether ``tok`` heads a relative clause whose object is the noun the clause hangs
    on ("the two men it accuses of spying", "a journalist whom police detained"): the
    clause has a subject of its own and no object but a relative pronoun."""
    if tok.dep_ != "relcl" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    subject = _child(tok, "nsubj")
    if subject is None or subject.lower_ in _RELATIVES:
        return False
    return obj is None or obj.lower_ in _RELATIVES


_OBSTRUCT = "144"
"""CAMEO: obstruct passage, block (roads, bridges): a protest when protesters do it."""
_ENFORCERS = frozenset({"COP", "MIL", "GOV"})
"""Sectors whose blocking of a road is the state restricting movement (COERCE 191)."""


def _home_people(tok: Token, src: ActorSpan) -> ActorSpan | None:
    """Return the source's own country as the target of what the state does at home,
    pointed at the act's object, or None when the source has no country."""
    country = src.actor.country
    if country is None:
        return None
    return _implied_target(tok, country, country)


def _implied_target(tok: Token, code: str, country: str) -> ActorSpan:
    """Return an implied target coded ``code``, pointed at the act's object (its words up
    to its head), else at the trigger."""
    obj = _child(tok, "dobj") if tok.pos_ == "VERB" else None
    words = [t for t in obj.subtree if t.i <= obj.i] if obj is not None else [tok]
    start, end = words[0], words[-1]
    actor = Actor(
        tok.doc[start.i : end.i + 1].text,
        start.idx,
        end.idx + len(end.text),
        code,
        country,
        code[3:] or None,
        None,
    )
    return ActorSpan(actor, start.i, end.i + 1, (obj or tok).i)


def _domestic_target(tok: Token, trigger: Trigger, src: ActorSpan) -> ActorSpan | None:
    """Return the target a domestic act implies when the text names none: protesters
    protest against their own government ("protesters blocked Rustaveli Avenue"); the
    state's repression and policy concessions fall on its own country ("security forces
    crushed the protests", "the government withdrew the bill"). Curfews and bans keep no
    target, as the gold sets code them.

    The target is pointed at the words that imply it: the act's object, else the trigger.
    """
    a = src.actor
    if a.country is None:
        return None
    if trigger.cameo.startswith(("14", "133", "082")) and a.sector not in _STATE:
        code = f"{a.country}GOV"  # protests, threats to protest, calling a protest off
    elif _domestic_bill(tok, trigger) and (a.sector is None or a.sector in _STATE):
        code = a.country  # "would veto the bill", "would not withdraw the bill"
    elif trigger.cameo.startswith(("175", "083")) and (
        a.sector is None or a.sector in _STATE or a.sector == "PTY"
    ):
        # (a ruling party withdrawing a bill acts as the state)
        code = a.country
    else:
        return None
    return _implied_target(tok, code, a.country)


def _time_heads(doc: Any, times: Sequence[TimeExpr]) -> list[tuple[Token, TimeExpr]]:
    """Return each calendar time expression with the token that heads it in the parse."""
    out = []
    for t in times:
        if t.precision is None:
            continue
        span = doc.char_span(t.start, t.end, alignment_mode="expand")
        if span is None or not len(span) or span[0].is_space:
            continue  # inside a masked dateline
        out.append((span.root, t))
    return out


def _reduced_clause_head(tok: Token) -> Token:
    """Return the clause a word belongs to, past participles that only describe a noun
    ("bombed a building used by a militia ... on Wednesday": the parser hangs the day on
    "used"; it dates the bombing)."""
    head = _clause_head(tok)
    while (head.dep_ == "acl" and head.tag_ in ("VBN", "VBG")) or _ongoing_then(head):
        if head.head is head:
            break
        head = _clause_head(head.head)
    return head


def _ongoing_then(verb: Token) -> bool:
    """Whether a relative clause tells what its people were doing when the act hit them
    ("detained four farmers who were clearing land near the village on Friday": the day
    is the detention's too)."""
    return (
        verb.dep_ == "relcl"
        and verb.tag_ == "VBG"
        and any(c.dep_ == "aux" and c.lower_ in ("was", "were") for c in verb.children)
    )


def _clause_head(tok: Token) -> Token:
    """Return the verb whose clause a word belongs to (the word itself for a verb)."""
    for t in (tok, *tok.ancestors):
        if t.pos_ in ("VERB", "AUX"):
            return t
    return tok


_RECAP_VERBS = frozenset({"come", "follow"})
_TOLD = frozenset({"detail", "account", "footage", "video", "image", "photograph"})
"""Nouns of what is told or shown of an act ("details of Thursday's clash"): the act
noun after their "of" is the matter, not a report of it (see ``recap``)."""


def _recap_subject(sent: Any) -> Token | None:
    """Return the subject of a sentence that places the act told before it in time ("The
    accusation comes just four days after ...", "It came a week after ..."), or None."""
    for tok in span_tokens(sent):
        if tok.dep_ != "nsubj" or tok.head.lemma_.lower() not in _RECAP_VERBS:
            continue
        definite = tok.pos_ == "NOUN" and any(
            c.dep_ == "det" and c.lower_ in ("the", "this", "that") for c in tok.children
        )
        if not (definite or tok.lower_ in ("it", "this")):
            continue
        if any(t.lower_ in ("after", "before") for t in tok.head.subtree if t.i > tok.head.i):
            return tok
    return None


def _framing_time(tok: Token, dated: list[tuple[Token, TimeExpr]]) -> TimeExpr | None:
    """Return the date of a participle that opens the trigger's clause and frames it
    ("Speaking in Bangkok on Saturday, the prime minister warned Cambodia ..."), or None."""
    verb = _clause_head(tok)
    if verb.pos_ not in ("VERB", "AUX"):
        return None
    for c in verb.children:
        if (
            c.dep_ == "advcl"
            and c.tag_ == "VBG"
            and c.i < verb.i
            and c.i != tok.i
            and not any(m.dep_ in ("mark", "nsubj") for m in c.children)
        ):
            near = [(h, t) for h, t in dated if _clause_head(h).i == c.i]
            if near:
                return min(near, key=lambda x: x[0].i)[1]
    return None


def _within_subjectless(tok: Token, top: Token) -> bool:
    """Whether ``tok`` hangs under ``top`` through no verb with a subject of its own
    ("blocked it from reaching Escoda Shoal on July 21": the date is the blocking's)."""
    node = tok
    for _ in range(12):
        if node.i == top.i:
            return True
        if node.pos_ in ("VERB", "AUX") and _child(node, "nsubj", "nsubjpass") is not None:
            return False
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _governing_time(
    tok: Token, dated: list[tuple[Token, TimeExpr]], published: dt.date | None = None
) -> TimeExpr | None:
    """Return the time expression that dates an event: in the trigger's own phrase
    ("Monday's brawl"), else among the modifiers of the trigger's clause ("clashed on
    Monday"), without crossing into another clause; the nearest when several do; else
    an offset from another act's date ("four days after", :func:`_offset_time`)."""
    if not dated and published is None:
        return None
    clause = _clause_head(tok).i
    own = [
        (h, t)
        for h, t in dated
        if (h.i == tok.i or tok.is_ancestor(h))
        and clause in (_clause_head(h).i, _reduced_clause_head(h).i)
    ]
    if own:
        return min(own, key=lambda x: abs(x[1].start - tok.idx))[1]
    framing = _framing_time(tok, dated)
    if framing is not None:
        return framing
    if _measure_on_act(tok) is not None:
        return _offset_time(tok, dated, published)  # "four days after Cambodian shelling"
    if tok.dep_ == "xcomp" and tok.head.pos_ in ("VERB", "AUX") and tok.head is not tok:
        # "the central bank on Sunday ordered banks to stop transfers": what is ordered,
        # agreed or decided with no date of its own is dated by the order
        return _governing_time(tok.head, dated, published)
    if tok.pos_ == "NOUN" and tok.dep_ == "dobj" and tok.head.lemma_.lower() in _DECREEING:
        # "announced its own tariff late on Tuesday": a measure is dated by its decision
        return _governing_time(tok.head, dated, published)
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _HARM | {"leave"}:
        # "Cambodian shelling killed three people on Monday": the act harmed them then
        return _governing_time(tok.head, dated, published)
    if tok.pos_ == "NOUN" and tok.dep_ == "nsubj" and tok.head.lemma_.lower() in _UNFOLDING:
        # "Border talks between Fiji and Tonga opened in Suva on Monday": the talks' day
        return _governing_time(tok.head, dated, published)
    if tok.pos_ == "VERB":
        # "cut across the path of a ship and blocked it ... on July 21": verbs joined
        # under one subject share the date the last of them carries
        for conj in tok.children:
            if conj.dep_ == "conj" and conj.pos_ == "VERB" and _child(conj, "nsubj") is None:
                shared = [(h, t) for h, t in dated if h.i > conj.i and _within_subjectless(h, conj)]
                if shared:
                    return min(shared, key=lambda x: x[0].i)[1]
        first = tok.head
        own_subject = _child(tok, "nsubj", "nsubjpass")
        if tok.dep_ == "conj" and first.pos_ == "VERB" and own_subject is None:
            # "closed its border crossings on Thursday and suspended trade": and the one
            # before it carries, when the last carries none
            shared = [
                (h, t)
                for h, t in dated
                if h.i < tok.i and first.is_ancestor(h) and _clause_head(h).i == first.i
            ]
            if shared:
                return max(shared, key=lambda x: x[0].i)[1]
    if tok.dep_ in ("advcl", "csubj") and _dated_document(tok) is not None:
        # "Quito's note last Wednesday demanding their release": the note's day, which the
        # parser hung on the note, the participle on the clause
        at = tok.i - 1
        return next((t for h, t in dated if h.i == at), None) or _governing_time(
            tok.head, dated, published
        )
    if tok.tag_ == "VBG" and tok.dep_ in ("acl", "advcl") and tok.head is not tok:
        # "On Tuesday, the ministry sent a note to Caracas asking Venezuela to explain":
        # a participle's act goes with the act of the clause it hangs on
        return _governing_time(_clause_head(tok.head), dated, published)
    described = _described_act(tok)
    if described is not None:
        # "Tuesday's stand-off off Kasos, where Turkish vessels forced ...": the act's date
        for noun in (described, *described.ancestors):
            near = [(h, t) for h, t in dated if noun in (h, *h.ancestors) and h.i < tok.i]
            if near:
                return max(near, key=lambda x: x[0].i)[1]
            if noun.pos_ in ("VERB", "AUX"):
                break
    return _offset_time(tok, dated, published)


_UNFOLDING = frozenset({"open", "begin", "start", "resume", "conclude", "erupt"})
"""Verbs that say when the act their subject names ran ("talks opened on Monday")."""
_DECREEING = frozenset({"announce", "impose", "introduce", "declare", "unveil", "slap", "adopt"})
"""Verbs whose object, a measure ("announced a tariff"), happened when they did."""
_SPANS = {"day": 1, "days": 1, "week": 7, "weeks": 7}
_NUMBERS = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7}


def _described_act(tok: Token) -> Token | None:
    """Return the noun a clause describes ("the stand-off, where ... forced"; "Friday's
    confrontation, when ... turned back"), or None."""
    if tok.dep_ not in ("relcl", "advcl"):
        return None
    if not any(c.lower_ in ("where", "when", "in", "which") for c in tok.subtree if c.i < tok.i):
        return None
    if tok.head.pos_ in ("NOUN", "PROPN"):
        return tok.head
    # "followed Friday's confrontation near Kastellorizo, when ...": the parser hangs the
    # clause on the verb; the noun just before it is what it describes
    before = tok.doc[tok.left_edge.i - 1] if tok.left_edge.i > 0 else None
    if before is not None and before.is_punct and before.i > 0:
        before = tok.doc[before.i - 1]
    if before is None or before.pos_ not in ("NOUN", "PROPN") or before.i < tok.head.i:
        return None
    return before


def _offset_time(
    tok: Token, dated: list[tuple[Token, TimeExpr]], published: dt.date | None = None
) -> TimeExpr | None:
    """Date an act told as "four days after X did Y" / "a week after Y" from the date of the
    clause it hangs on ("on Sunday ordered ..., a week after Algiers banned imports": a
    week before that Sunday), or, when that clause has no date of its own and tells of the
    past, from the publication date ("The meeting came five days after the ministers held
    talks")."""
    hung = _measure_on_act(tok)
    if hung is not None:
        # "..., four days after Cambodian shelling killed three": the parser hung "four days
        # after" on the act noun, the act on the verb it is the subject of
        measure, head = hung
        node = tok.head if tok.dep_ in ("nsubj", "nsubjpass") else tok
        clause = node.head
    else:
        node = tok
        for _ in range(3):
            head = node.head
            # (of two marks, the "after": "suspended trade until further notice, a day
            # after rockets killed four" hangs both on "killed")
            mark = next(
                (c for c in node.children if c.dep_ == "mark" and c.lower_ in ("after", "before")),
                None,
            )
            if mark is not None:
                head = mark
                break
            if head is node:
                return None
            if head.lower_ in ("after", "before") and head.pos_ in ("ADP", "SCONJ"):
                break
            node = head
        else:
            return None
        found = next(
            (c for c in (*head.children, *node.children) if c.dep_ == "npadvmod"), None
        )  # "four days after the strike"; "a week after Algiers banned" (on the verb)
        if found is None and head.dep_ == "mark":
            # "The move came a day after guards seized ...": the parser hung the measure
            # on the verb the clause hangs on, just before the "after"
            found = next(
                (
                    c
                    for c in node.head.children
                    if c.dep_ == "npadvmod" and c.right_edge.i == head.i - 1
                ),
                None,
            )
        if (
            found is None
            and head.dep_ == "mark"
            and node.dep_ == "relcl"
            and node.head.dep_ == "npadvmod"
            and node.head.lower_ in _SPANS
        ):
            # "The ban, which takes effect at once, comes a day after Tunisia sent troops":
            # the parser made the act a relative clause of the measure
            found = node.head
            node = found
        if found is None:
            return None
        measure = found
        clause = node.head if head.dep_ == "mark" else head.head
    if clause.i == node.i and head.dep_ == "mark":
        # the parser made "four days after X killed" the root and the act it is counted
        # from its complement ("Jets bombed ... on Wednesday, the mayor said, four days
        # after a drone strike killed four civilians")
        clause = next(
            (c for c in node.children if c.dep_ in ("ccomp", "parataxis") and c.i < head.i),
            node,
        )
    if measure.lower_ not in _SPANS:
        return None
    count = next((c for c in measure.children if c.dep_ in ("nummod", "det")), None)
    n = _NUMBERS.get(count.lower_) if count is not None else None
    if n is None and count is not None and count.like_num and count.text.isdigit():
        n = int(count.text)
    if n is None:
        return None
    if clause.i == tok.i or clause.i == node.i:
        return None
    base = _governing_time(clause, dated, published) if clause.pos_ in ("VERB", "AUX") else None
    if base is None:
        # "returned fire on Monday, the army said, four days after ...": counted from the
        # act the undated saying reports
        told = [c for c in clause.children if c.dep_ == "ccomp" and c.i != node.i]
        base = next((b for c in told if (b := _governing_time(c, dated)) is not None), None)
    if base is None and published is not None and clause.tag_ in ("VBD", "VBN"):
        lo, hi = min(t.i for t in measure.subtree), head.i
        words = tok.doc[lo : hi + 1]
        base = TimeExpr(
            words.text, words.start_char, words.end_char, published.isoformat(), Precision.DAY
        )
    if base is None or base.precision is not Precision.DAY or len(base.value) != 10:
        return None
    days = n * _SPANS[measure.lower_] * (1 if head.lower_ == "before" else -1)
    day = dt.date.fromisoformat(base.value) + dt.timedelta(days=days)
    return dataclasses.replace(base, value=day.isoformat())


def _measure_on_act(tok: Token) -> tuple[Token, Token] | None:
    """Return the measure and the "after" or "before" of a "four days after" the parser
    hung on an act noun itself, or None."""
    if tok.pos_ != "NOUN":
        return None
    for c in tok.children:
        if c.dep_ == "npadvmod" and c.lower_ in _SPANS and c.i < tok.i:
            prep = next((g for g in c.children if g.lower_ in ("after", "before")), None)
            if prep is not None:
                return c, prep
    return None


def _specific(actors: list[ActorSpan]) -> list[ActorSpan]:
    """Drop a bare country when the same side also names one of its bodies ("Iran's
    Atomic Energy Organisation and foreign ministry" act once as IRNGOV, not also as IRN)."""
    bodied = {a.actor.country for a in actors if a.actor.country and a.actor.sector}
    return [a for a in actors if a.actor.sector or a.actor.country not in bodied]


def _rivalry(trigger: Trigger, src: ActorSpan, tgt: ActorSpan | None) -> bool:
    """Return whether an assault is a business's, against another or none named:
    figurative ("the two companies have attacked each other over marketing claims"), not
    an armed attack (an armed company, Wagner, is coded MIL)."""
    return (
        trigger.plover is Plover.ASSAULT
        and src.actor.sector == "BUS"
        and (tgt is None or tgt.actor.sector == "BUS")
    )


def _one_of_its_own(src: ActorSpan, tgt: ActorSpan, targets: list[ActorSpan]) -> bool:
    """Return whether a target is the source's own country named as one of "both sides",
    "the two countries" (one phrase coded as several countries): an act toward both is
    toward the other side, not toward the source's own."""
    return tgt.actor.country == src.actor.country and any(
        t.start == tgt.start and t.end == tgt.end and t.actor.country != tgt.actor.country
        for t in targets
    )


def _the_other_sides(
    doc: Any, src: ActorSpan, tgt: ActorSpan, sources: list[ActorSpan]
) -> ActorSpan:
    """Return the target of one of "each side" acting on people its words give no country
    ("each side freed 95 prisoners"): the other side's people, not those of the country
    the story is told from."""
    head = doc[src.head]
    if not any(c.lower_ == "each" for c in head.children):
        return tgt
    others = [a for a in sources if a.head == src.head and a is not src and a.actor.country]
    if len(others) != 1:
        return tgt
    phrases = load_lexicon().phrases
    if any(e.country for t in doc[tgt.start : tgt.end] for e in phrases.get((t.text,), ())):
        return tgt  # "each side freed Ukrainian prisoners": whose the words say
    country = str(others[0].actor.country)
    code = country + (tgt.actor.sector or "")
    actor = dataclasses.replace(tgt.actor, code=code, country=country)
    return dataclasses.replace(tgt, actor=actor)


_STAYS = frozenset(
    {"base", "camp", "facility", "refugee", "migrant", "exile", "million", "thousand", "troop"}
    | {"basis"}  # (the lemma spaCy gives "bases")
)


_HARBOURED = frozenset(
    {"terrorist", "militant", "extremist", "jihadist", "armed", "rebel", "insurgent", "exiled"}
)
"""What a country is said to house when it "hosts" a group: no visit it receives."""


def _hosts_no_visit(tok: Token) -> bool:
    """Whether "host" names what a country houses ("hosts military bases of the United
    States", "hosts millions more Afghans"), not a visit it receives."""
    obj = _child(tok, "dobj")
    if obj is None:
        return False
    word = _object_word(obj)
    if any(c.dep_ in ("amod", "compound") and c.lower_ in _HARBOURED for c in obj.children):
        return True  # "hosting a terrorist group", "hosts armed militants"
    return (
        obj.lemma_.lower() in _STAYS
        or word.lemma_.lower() in _STAYS
        or (
            any(
                c.dep_ in ("nummod", "amod") and c.lower_ in _STAYS | {"millions", "thousands"}
                for c in obj.children
            )
        )
    )


_EMERGENCY_RULE = ("1723", "1724")
_SHOW_OF_FORCE = "150"  # CAMEO: demonstrate military or police power


def _own_ground(trigger: Trigger, src: ActorSpan, tgt: ActorSpan) -> bool:
    """Whether a curfew, a state of emergency or a show of force is laid on the source's
    own ground ("imposed a night-time curfew on Antananarivo", "riot police patrolled the
    streets of Tehran"): such acts have no other party, as the gold sets code them; the
    place is where, not whom."""
    a, b = src.actor, tgt.actor
    return (
        trigger.cameo in (*_EMERGENCY_RULE, _SHOW_OF_FORCE)
        and a.country is not None
        and a.country == b.country
        and b.sector in (None, "GOV")
    )


def _without_own_ground(sources: list[ActorSpan], targets: list[ActorSpan]) -> list[ActorSpan]:
    """Drop a target that is only the sources' own country (a place: "near Nouadhibou")
    when the act has a target of another country: "Mauritanian patrol boats fired at a
    Senegalese boat near Nouadhibou" is aimed at Senegal; the town is where, not whom."""
    own = {a.actor.country for a in sources}
    if len(targets) < 2 or len(own) != 1 or None in own:
        return targets
    if not any(t.actor.country not in own for t in targets):
        return targets
    return [t for t in targets if t.actor.sector is not None or t.actor.country not in own]


def _city_hit(trigger: Trigger, tgt: ActorSpan | None) -> ActorSpan | None:
    """Return an attack's target, a capital struck being its country, not its government:
    "fired rockets at Asmara" is aimed at Eritrea (the capital stands for the government
    when it speaks or decides: "Moscow said")."""
    if tgt is None or trigger.plover is not Plover.ASSAULT or tgt.actor.sector != "GOV":
        return tgt
    entries = load_lexicon().phrases.get(tuple(tgt.actor.text.split()), ())
    if not any(e.kind == "capital" for e in entries):
        return tgt
    country = tgt.actor.country
    actor = dataclasses.replace(tgt.actor, code=str(country), sector=None)
    return dataclasses.replace(tgt, actor=actor)


def _each_other(tok: Token) -> bool:
    """Return whether a verb's object is its subjects themselves, each to the other
    ("Armenia and Azerbaijan accused each other", "blamed one another", "each side
    accused the other"): every subject acts on every other one."""
    subject = _child(tok, "nsubj")
    each_side = subject is not None and any(c.lower_ == "each" for c in subject.children)
    objects = [c for c in tok.children if c.dep_ in ("dobj", "dative")]
    objects += _prep_objects([tok], frozenset({"with", "at", "against", "on", "to", "for"}))
    for obj in objects:
        words = {obj.lower_, *(c.lower_ for c in obj.children if c.dep_ == "det")}
        if words in ({"other", "each"}, {"one", "another"}):
            return True
        if words == {"other", "the"} and each_side:
            return True  # "each side accused the other"
        poss = _child(_object_word(obj), "poss")
        if poss is not None and poss.lower_ in ("other", "another"):
            words = {poss.lower_, *(c.lower_ for c in poss.children if c.dep_ == "det")}
            if words in ({"other", "each"}, {"one", "another"}):
                return True  # "expelled six of each other's diplomats"
    return False


def _listed_appos(tok: Token) -> list[Token]:
    """Return the rest of a list the parser read as an apposition: in "Mali, Burkina Faso
    and Niger", "Faso" is made an appositive of "Mali" and "Niger" its conjunct."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "appos" and c.pos_ == "PROPN" and any(g.dep_ == "cc" for g in c.children):
            out.extend((c, *c.conjuncts))
    return out


def _as_well_as(obj: Token) -> list[Token]:
    """Return the objects the parser hung on the verb after "as well as" ("freed 13
    Israelis, as well as 10 Thais and a Filipino": "Thais" is made a conjunct of "freed")."""
    if obj.dep_ != "dobj":
        return []
    verb = obj.head
    out: list[Token] = []
    for c in verb.children:
        if c.dep_ != "conj" or c.pos_ not in ("NOUN", "PROPN") or c.i < obj.i:
            continue
        cc = [x for x in verb.children if x.dep_ == "cc" and obj.i < x.i < c.i]
        if cc and cc[-1].lower_ == "as" and any(w.lower_ == "well" for w in cc[-1].children):
            out.extend((c, *c.conjuncts))
    return out


_SUBORDINATES = frozenset(
    {"minister", "cabinet", "aide", "adviser", "advisor", "official", "governor", "commander"}
)


def _own_cabinet(doc: Any, trigger: Trigger, src: ActorSpan, tgt: ActorSpan | None) -> bool:
    """Whether a meeting is a government's (or an army's) with its own people: "the
    president was meeting ministers", "the general briefed his commanders". The ontology's
    events are between actors; a cabinet meeting is one actor at work."""
    return (
        tgt is not None
        and trigger.plover is Plover.CONSULT
        and src.actor.code == tgt.actor.code
        and src.actor.sector in ("GOV", "MIL")
        and doc[tgt.head].lemma_.lower() in _SUBORDINATES
    )


_ELECTIONEERING = frozenset({"campaign", "election", "electoral"})
"""What makes a rally a candidate's, not a protest: "a campaign rally", "election rallies"."""


def _campaign_event(tok: Token) -> bool:
    """Whether a protest word is a campaign's rally: the noun itself ("rally"), or the
    object of the verb ("held a campaign rally")."""
    noun = tok if tok.pos_ in ("NOUN", "PROPN") else _child(tok, "dobj")
    return noun is not None and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lemma_.lower() in _ELECTIONEERING
        for c in noun.children
    )


_TWO_SIDED = frozenset({"040", "041", "044", "046"})
"""Consultations both parties hold: a meeting, a phone call, a meeting at a third place,
talks. "Wang Yi met Jaishankar" is also Jaishankar meeting Wang Yi, as the ontology's
dyadic expansion asks of a reciprocal act; a visit (042), hosting (043) and mediation
(045) go one way."""


_GO_BETWEENS = frozenset(
    {"envoy", "mediator", "emissary", "representative", "negotiator", "intermediary"}
)
_DIALS = frozenset({"telephone", "phone", "call", "ring"})
_ONE_WAY_TALKS = frozenset({"raise"})
"""Consultations one side holds with the other: "raised the matter with the ambassador"
is the one who raised it speaking, not the two meeting."""


def _two_sided(tok: Token, trigger: Trigger, sources: list[ActorSpan]) -> bool:
    """Say whether a consultation is held by both parties (:data:`_TWO_SIDED`): not when
    an envoy or mediator comes to a party ("the EU's envoy met Kurti": a visit), when one
    side rings the other ("Rubio telephoned both prime ministers"), or when the talks are
    what a visit was for ("was visiting Beijing for talks with his counterpart")."""
    if trigger.cameo not in _TWO_SIDED or tok.lemma_.lower() in _ONE_WAY_TALKS:
        return False
    doc = tok.doc
    words = [w for s in sources for w in doc[s.start : s.end]]
    words += [a for w in list(words) for a in w.children if a.dep_ == "appos"]
    if any(w.lemma_.lower() in _GO_BETWEENS for w in words):
        return False
    if any(
        c.dep_ == "relcl" and c.lemma_.lower() in ("mediate", "broker")
        for w in words
        for c in w.children
    ):
        return False  # "Qatar's minister, who is mediating, met both delegations"
    if tok.lemma_.lower() in _DIALS and _child(tok, "dobj", "oprd") is not None:
        return False  # (the parser may take the one called for a name: "oprd")
    return not any(a.lemma_.lower() in _VISITING for a in tok.ancestors)


_VISITING = frozenset({"visit", "arrive", "travel", "fly"})
"""Verbs of coming to the other party: talks they are for ("arrived in Mukalla for talks
with tribal leaders", "flew to Ankara to meet Erdogan") are the visitor's, one way."""


def _pairs(
    sources: list[ActorSpan],
    targets: list[ActorSpan],
    reciprocal: bool,
    *,
    fight: bool = False,
    talks: bool = False,
) -> list[tuple[ActorSpan, ActorSpan | None]]:
    """Return the (source, target) pairs of an event. A fight is two-sided: "Kenyan police
    fought a gang" is also the gang fighting the police (``fight``). Talks (``talks``)
    are two-sided between countries, but a meeting inside one country ("the minister met
    protest leaders") is one event, from the one who met."""
    if targets:
        pairs: list[tuple[ActorSpan, ActorSpan | None]] = [
            (s, t)
            for s in sources
            for t in targets
            if s.actor.code != t.actor.code or s.start != t.start
        ]
        if fight:
            pairs += [
                (t, s)
                for s, t in list(pairs)
                if t is not None
                and t not in sources
                and t.actor.code != s.actor.code
                and not (talks and _one_country(s, t))
            ]  # a domestic one ("the president was meeting ministers") is one event
        return pairs
    if reciprocal and len(sources) > 1:
        return [(s, t) for s in sources for t in sources if s is not t]
    return [(s, None) for s in sources]


def _denied(obj: Token) -> bool:
    """Whether what a verb of rejecting takes is a claim it denies: "the accusations",
    "suggestions that its troops crossed" (a claim told in a that-clause)."""
    lemma = obj.lemma_.lower()
    return lemma in _DENIED or (
        lemma in _DENIED_THAT
        and any(c.dep_ == "acl" and _child(c, "mark") is not None for c in obj.children)
    )


def _one_country(a: ActorSpan, b: ActorSpan) -> bool:
    """Whether two parties are of one country (a domestic pair)."""
    return a.actor.country is not None and a.actor.country == b.actor.country


def _aspectual(tok: Token) -> bool:
    """Say whether a verb is the complement of "began", "continued" ... that happened as
    it says ("Hezbollah began firing at Israeli positions"), not one only to come ("will
    begin withdrawing")."""
    head = tok.head
    if tok.tag_ != "VBG" and head.lemma_.lower() in ("continue", "keep"):
        return False  # "continue to cooperate": a standing habit, not an act
    if tok.tag_ == "VB" and any(c.dep_ == "dobj" and c.i < tok.i for c in head.children):
        return False  # "began an operation to free the hostages": the operation's aim
    return (
        head.lemma_.lower() in _ASPECTUAL
        and head.pos_ in ("VERB", "AUX")
        and not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in head.children)
        and not _unrealised(head)
    )


def _attempted_march(tok: Token) -> bool:
    """Say whether a verb is a march or rally a crowd "tried to" or "attempted to" hold
    ("Several hundred students tried to march on the embassy"): the crowd gathered and
    demonstrated though police stopped it, so the protest happened."""
    head = tok.head
    return (
        tok.lemma_.lower() in _MARCHING
        and head.lemma_.lower() in ("try", "attempt")
        and head.pos_ in ("VERB", "AUX")
        and head.tag_ == "VBD"  # "tried to march" (a "had tried to" backgrounds one told)
        # told as an act of its own, not as what people did when something stopped them
        # ("detained dozens of supporters as they tried to march": the detention is the act)
        and head.dep_ not in ("advcl", "relcl", "acl")
        and not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in head.children)
        and not _unrealised(head)
    )


def _inquiry_announced(tok: Token) -> bool:
    """Say whether an investigation is announced as firmly as it is opened ("will
    investigate the attacks"), not hedged ("would investigate if asked")."""
    if any(c.dep_ == "aux" and c.lower_ in ("would", "'d") for c in tok.children):
        return False
    return not any(
        c.dep_ == "advcl" and any(m.lower_ in _CONDITIONAL for m in c.children)
        for c in tok.children
    )


def _voted(tok: Token) -> bool:
    """Say whether a verb is what a court or a legislature voted to do, which it did:
    "a panel of five justices voted 4-1 to convict Bolsonaro", "parliament voted to
    expel the ambassador" (not "will vote to", nor "voted not to")."""
    head = tok.head
    return (
        (
            tok.dep_ == "xcomp"
            or (
                tok.dep_ == "advcl"
                and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
            )
        )  # (the parser hangs "voted 4-1 to convict" as an adverbial clause)
        and head.lemma_.lower() == "vote"
        and head.tag_ in ("VBD", "VBN")
        and not _unrealised(head)
        and not any(c.dep_ == "neg" for c in tok.children)
    )


_DIRECTIVES = frozenset({"order", "instruct", "direct"})


def _directed(tok: Token) -> bool:
    """Say whether a verb is what an authority ordered its own people to do, which is the
    authority's act: "the central bank ordered banks to freeze all transfers with Morocco"
    is the freeze. Not an order to leave (the expulsion :func:`_ordered_out` codes), nor
    one only announced ("will order"), nor an order to attack (the attack may never come:
    "ordered troops to attack" is the mobilisation the order itself codes)."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and tok.tag_ == "VB"
        and head.lemma_.lower() in _DIRECTIVES
        and head.tag_ in ("VBD", "VBZ", "VBN")
        and any(c.dep_ == "dobj" for c in head.children)
        and tok.lemma_.lower() not in _DEPART | _STRIKE_VERBS | _LAUNCH | {"shell", "storm"}
        and not _unrealised(head)
        and not _court(_subject(head))
    )


_COURTS = frozenset({"court", "judge", "tribunal", "magistrate", "justice", "judiciary"})


def _court(subject: Token | None) -> bool:
    """Return whether a subject is a court or a judge: what a court orders the government
    or the police to do ("the High Court ordered the government to release the activist")
    is theirs to do, not the court's act, and may not be done."""
    return subject is not None and subject.lemma_.lower() in _COURTS


_RECENT = frozenset(
    {
        "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
        "weekend", "yesterday", "morning", "overnight", "dawn", "midnight",
    }
)  # fmt: skip


_SPAN_UNITS = frozenset({"years", "months", "weeks", "decades"})
_SPAN_WORDS = frozenset({"recent", "past", "last"})


def _over_recent_span(child: Token) -> bool:
    """Say whether a verb's child spans many weeks or years back: "have sought the return
    of exiles in recent years", "have held several meetings in recent weeks", "have warned
    for months" (a campaign or a standing stance; not "in the past week", one week's acts,
    nor "for five years", a term)."""
    if child.dep_ != "prep" or child.lower_ not in ("in", "over", "for"):
        return False
    for unit in _pobjs(child):
        if unit.lower_ not in _SPAN_UNITS or any(c.dep_ == "nummod" for c in unit.children):
            continue
        words = {c.lower_ for c in unit.children if c.dep_ in ("amod", "det")}
        if child.lower_ == "for" and not words:
            return True  # "for months"
        if words & _SPAN_WORDS:
            return True  # "in recent years", "over the past months"
    return False


def _since(child: Token) -> bool:
    """Say whether a verb's child says since when: "since 1984", "since campaigning
    began" (not "has since seized", where "since" is only "after that"), or spans many
    weeks or years back ("in recent years": :func:`_over_recent_span`)."""
    if _over_recent_span(child):
        return True
    if child.lower_ == "since" and child.dep_ == "prep":
        # (but "have detained 60 people since Wednesday", "since the weekend": this week's
        # events, told as one)
        return not any(o.lower_ in _RECENT for o in _pobjs(child))
    return child.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ == "since" for m in child.children
    )


def _over_years(verb: Token) -> bool:
    """Say whether a verb, or one listed with it, says since when ("have raided villages,
    killed thousands and abducted hundreds since 2020", "has barred parties from contesting
    elections since 1973"). (Not "for five years": "barred them for five years" is a term.)"""
    verbs = [verb, *verb.conjuncts]
    verbs += [g for v in verbs for p in v.children if p.dep_ == "prep" for g in p.children]
    return any(_since(c) for v in verbs for c in v.children)


_CONTACTS = frozenset(
    {"visit", "call", "telephone", "phone", "ring", "travel", "fly", "meet", "arrive", "write"}
)
_EXPRESSIVE = frozenset(
    {
        "express", "convey", "voice", "reaffirm", "extend", "offer", "thank", "congratulate",
        "apologize", "apologise", "praise", "commend",
    }
)  # fmt: skip


_ADDRESS_VERBS = frozenset({"tell", "summon", "call", "telephone", "phone", "meet", "receive"})
"""Verbs whose object is whom a verbal act conjoined with them is said to."""
_SAID_TO = frozenset({Plover.REQUEST, Plover.ACCUSE, Plover.THREATEN, Plover.REJECT})
_PRESS = frozenset({"reporter", "journalist", "press", "correspondent", "medium"})


def _addressed(tok: Token) -> Token | None:
    """Return whom a verb conjoined with a verb of address was said to, when it has no
    subject of its own: "Liu told Kanai ... and demanded ..." (Kanai), or None."""
    head = tok.head
    if (
        tok.dep_ != "conj"
        or head.pos_ != "VERB"
        or head.lemma_.lower() not in _ADDRESS_VERBS
        or _child(tok, "nsubj", "nsubjpass", "ccomp", "xcomp") is not None
        or _passive(head)
    ):
        return None  # ("and demanded that Kigali hand over ...": the clause says of whom)
    addressed = _child(head, "dobj", "dative")
    if addressed is None or addressed.lemma_.lower() in _PRESS:
        return None  # "told reporters": the press hears it; no one is asked
    return addressed


def _said_on_contact(tok: Token) -> bool:
    """Return whether a trigger is what a call or visit was made to say: "called Zelensky
    to offer his condolences", "visited Kyiv to express his support" (said during it, so
    done, unlike "plans to attack")."""
    head = tok.head
    return (
        tok.dep_ in ("xcomp", "advcl")
        and tok.lemma_.lower() in _EXPRESSIVE
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and head.lemma_.lower() in _CONTACTS
        and head.tag_ in ("VBD", "VBN", "VBZ")
        and not any(
            c.dep_ == "prep"
            and c.lower_ in ("on", "upon", "for")
            and not any(o.ent_type_ in ("DATE", "TIME") for o in c.children)
            for c in head.children
        )  # ("called on Putin to ...", "called for ..." ask; "called on Friday to ..." rang)
        and not _unrealised(head)
    )


def _first_to(tok: Token) -> Token | None:
    """Return the copula of "Russia became the first country to recognise the Taliban
    government": the act is done, by the copula's subject; or None."""
    head = tok.head
    if (
        tok.dep_ in ("relcl", "acl")
        and any(c.dep_ == "aux" and c.lower_ == "to" for c in tok.children)
        and head.dep_ == "attr"
        and head.head.lemma_.lower() in ("become", "be")
        and any(c.dep_ == "amod" and c.lower_ in _ORDINAL_FIRSTS for c in head.children)
        and not any(
            c.dep_ == "aux" and c.lower_ in _MODALS | _FUTURE for c in head.head.children
        )  # ("would be the first to ...": not yet)
    ):
        return head.head
    return None


_ORDINAL_FIRSTS = frozenset({"first", "second", "third", "latest", "last", "only", "fourth"})


def _standing_reciprocal(tok: Token, child: Token) -> bool:
    """Whether ``child`` makes a present-tense verb one of two sides' standing stance
    toward each other: "Both governments accuse each other of sheltering armed groups",
    "the two camps blame one another" tell the background, not an act of the day. A verb
    dated by the sentence ("accuse each other on Tuesday") or carried by an auxiliary
    ("have accused each other") is not one."""
    if tok.tag_ != "VBP" or child.dep_ != "dobj":
        return False
    if not (
        (child.lower_ == "other" and any(c.lower_ == "each" for c in child.children))
        or (child.lower_ == "one" and any(c.lower_ == "another" for c in child.children))
    ):
        return False
    if any(c.dep_ in ("aux", "auxpass") for c in tok.children):
        return False
    return not any(
        t.ent_type_ in ("DATE", "TIME")
        for c in tok.children
        if c.dep_ in ("prep", "npadvmod", "advmod")
        for t in c.subtree
    )


def _unrealised(tok: Token) -> bool:
    """Return whether a trigger is negated, modal, conditional or only intended."""
    if _said_on_contact(tok):
        return False
    if (copula := _first_to(tok)) is not None:
        return _unrealised(copula)
    for child in tok.children:
        if child.dep_ == "neg":
            return True
        if child.dep_ == "advmod" and child.lower_ in _HABITUAL:
            return True  # "Moscow usually retaliates": a habit, not an event
        if _standing_reciprocal(tok, child):
            return True  # "Both governments accuse each other of arming rebels": a stance
        if (
            child.dep_ == "advmod"
            and child.lower_ == "before"
            and not any(True for _ in child.children)  # not "two days before"
            and any(c.dep_ == "aux" and c.lower_ in ("has", "have") for c in tok.children)
        ):
            return True  # "have clashed with Kyiv over grain before": a record, no one act
        if _since(child) and any(
            c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children
        ):
            # "has waged an insurgency since 1984", "have detained several ships since a
            # cable was cut": a campaign, not one act
            return True
        if (
            child.dep_ == "advmod"
            and child.lower_ == "long"
            and not any(True for _ in child.children)  # not "as long as"
            and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in tok.children)
        ):
            return True  # "Israel has long threatened to strike": a standing stance
        if child.dep_ == "aux" and child.lower_ in _MODALS:
            return True
        if child.dep_ in ("amod", "predet") and child.lower_ == "such" and tok.pos_ == "NOUN":
            return True  # "dozens of such strikes this year": a kind of act, not one
        if child.dep_ == "mark" and child.lower_ in _CONDITIONAL:
            return True
    if (
        tok.dep_ in ("xcomp", "csubj")
        and tok.tag_ in ("VB", "VBG")
        and not _announced(tok)
        and not _aspectual(tok)
        and not _attempted_march(tok)
        and not _directed(tok)
        and not _voted(tok)
        and _dated_document(tok) is None  # "Quito's note last week demanding ..." was sent
    ):
        return True
    if (
        tok.dep_ == "relcl"
        and tok.tag_ in ("VBZ", "VBP")
        and tok.lemma_.lower() not in _SPEECH_ACTS
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    ):
        # "Turkey, which runs a military base in Mogadishu": a standing fact (but "the
        # opposition, who accuse the president of rigging the vote", says it now)
        return True
    if (
        tok.dep_ in ("ccomp", "advcl")
        and tok.head.lemma_.lower() in _DEMANDS
        and _dated_document(tok) is None
    ):
        return True  # "demanded that Belarus release", "called for the president to step down"
    if _awaited(tok):
        return True  # "would keep marching until the minister resigned": not yet
    # "after reaching agreement" happened; "for attacking", "of sending" may not have.
    if tok.dep_ == "pcomp" and tok.head.lower_ not in _REALISED_PREPS:
        return True
    if tok.dep_ == "pcomp" and tok.head.lower_ == "by" and tok.head.head is not tok.head:
        # "would not respond by expelling its diplomats": the means of an act that is
        # itself negated or only foreseen
        manner = tok.head.head
        if manner.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "neg" or (c.dep_ == "aux" and c.lower_ in _MODALS) for c in manner.children
        ):
            return True
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    if first.i != tok.i and first.dep_ == "pcomp" and first.head.lower_ not in _REALISED_PREPS:
        return True  # "accused Rwanda of harbouring and arming the rebels": both alleged
    if (
        first.i != tok.i
        and any(_since(c) for c in (*first.children, *tok.children))
        and any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in first.children)
    ):
        return True  # "have inspected or detained several ships since ...": a campaign
    if any(c.dep_ == "aux" and c.lemma_.lower() == "have" for c in first.children) and (
        _over_years(first)
    ):
        return True  # "have raided villages, killed thousands ... since 2020": a campaign
    if (
        first.i != tok.i
        and first.dep_ in ("ccomp", "advcl")
        and (first.head.lemma_.lower() in _DEMANDS)
    ):
        return True  # "demands that China investigate ..., return the seized property"
    if (
        tok.dep_ == "conj"
        and tok.tag_ == "VB"
        and first.lemma_.lower() in _DEMANDS
        and first.tag_ != "VB"
        and any(c.dep_ == "ccomp" for c in first.children)
        and not any(c.dep_ in ("nsubj", "aux") for c in tok.children)
    ):
        return True  # the same, with "return" misread as a second verb of "demands"
    if (
        first.i != tok.i
        and tok.tag_ == "VB"
        and first.dep_ == "xcomp"
        and first.tag_ == "VB"
        and not _announced(first)
        and not _aspectual(first)
        and not _directed(first)
    ):
        return True  # "called on them to end the repression and release prisoners"
    if (
        tok.dep_ == "conj"
        and tok.tag_ == "VBP"
        and tok.head.tag_ in ("VBG", "VBD", "VBN", "VBZ")
        and not any(c.dep_ in ("nsubj", "nsubjpass", "aux") for c in tok.children)
    ):
        return True  # "restricting remittances and travel to the island": a noun misread
    accused = [tok.head, *(c for c in tok.head.children if c.dep_ == "dobj")]
    if (
        tok.dep_ == "conj"
        and tok.tag_ == "VBG"
        and any(
            p.dep_ == "prep"
            and p.lower_ in ("of", "for")
            and p.i < tok.i
            and any(o.lower_.endswith("ing") for o in p.children if o.dep_ in ("pobj", "pcomp"))
            for w in accused
            for p in w.children
        )
    ):
        return True  # the same, with "arming" misread as a second verb of "accused"
    head = tok
    reported = False  # "denied that ... and accused ...": only what the denial governs
    while head.dep_ in ("ccomp", "conj") and head.head is not head:
        if (
            head.dep_ == "conj"
            and (head.tag_ in ("VBD", "VBZ") or _active_speech_act(head))
            and any(
                (c.dep_ == "aux" and c.lower_ in _MODALS | _FUTURE) or c.dep_ == "neg"
                for c in head.head.children
            )
        ):
            # "said Estonia would not be intimidated and called on the EU": a verb with a
            # tense of its own is told, whatever the first verb's auxiliaries say
            break
        reported = reported or head.dep_ == "ccomp"
        head = head.head
        if (reported and head.lemma_.lower() in _DENIAL) or any(
            c.dep_ == "neg" for c in head.children
        ):
            return True
    # "Western claims that Russia was preparing to attack": what a claim says
    node = tok
    for _ in range(4):
        if node.head is node:
            break
        if (
            node.dep_ in ("acl", "ccomp")
            and node.head.lemma_.lower() in _HEARSAY
            # "reports that ...", not "opened fire ..., Seoul's military reported"
            and not (node.head.pos_ == "VERB" and node.head.lower_ in _REPORTED)
            and not (node is tok and _author(tok) is not None)  # "issued a report accusing"
        ):
            return True
        node = node.head
    return False


def _awaited(tok: Token) -> bool:
    """Return whether an "until" clause tells a condition still awaited: the act it is
    the end of is said of the future, refused or vowed ("would not release the soldiers
    until Phnom Penh explained the mines", "vowed to keep blocking roads until the
    president restores the subsidy"), not told as done ("fought until the army withdrew")."""
    if tok.dep_ != "advcl" or not any(
        c.dep_ == "mark" and c.lower_ == "until" for c in tok.children
    ):
        return False
    head = tok.head
    for _ in range(3):
        if any(
            (c.dep_ == "aux" and c.lower_ in _MODALS | _FUTURE | {"to"}) or c.dep_ == "neg"
            for c in head.children
        ):
            return True
        if head.dep_ != "xcomp" or head.head is head:
            return False
        head = head.head  # "would keep marching until ...": the auxiliary is on "keep"
    return False


_YIELDS = frozenset({Plover.CONCEDE, Plover.RETREAT})
_DECREED = _YIELDS | {Plover.SANCTION}
"""Acts an authority's decision taken is already the act of: a concession, a withdrawal
or a sanction decided ("decided on Sunday to close the crossing") is made, not announced."""
_REFUSAL = "refusal: a yielding act negated in the future"
# The "refuse to yield" code for each kind of yielding (CAMEO 08x -> 124x).
_REFUSALS = (("084", "1243"), ("087", "1246"), ("085", "1244"), ("08", "124"))


def _refused(tok: Token) -> bool:
    """Return whether a verb is negated in the future: "will not release", "won't withdraw"."""
    children = {c.dep_: c.lower_ for c in tok.children if c.dep_ in ("neg", "aux")}
    return "neg" in children and any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children)


_PERMISSIONS = frozenset({"permission", "authorization", "authorisation", "approval", "go-ahead"})


def _permission_withheld(tok: Token, trigger: Trigger) -> bool:
    """Return whether a permission was withheld, in any tense: "did not give permission for
    the march" refuses it as "will not give permission" does (a permission is asked for, so
    not giving it is an answer, unlike "did not withdraw", which may be no act at all)."""
    return (
        trigger.cameo == "080"
        and any(c.dep_ == "neg" for c in tok.children)
        and not any(c.dep_ == "aux" and c.lower_ in _MODALS for c in tok.children)
        and (obj := _child(tok, "dobj")) is not None
        and obj.lemma_.lower() in _PERMISSIONS
    )


def _awaited_doers(tok: Token, ctx: _Context, sources: list[ActorSpan]) -> list[ActorSpan]:
    """Return whom a refusal waits on: the doer of its "until" clause ("will not lift the
    ban until Moscow pays", "will not end the strike until their demands are met by the
    ministry"), or none."""
    for clause in tok.children:
        if clause.dep_ != "advcl" or not any(
            m.dep_ == "mark" and m.lower_ == "until" for m in clause.children
        ):
            continue
        doers = [g for a in clause.children if a.dep_ == "agent" for g in _pobjs(a)]
        subject = _child(clause, "nsubj")
        found = [a for t in [*doers, subject] for a in ctx.actors_for(t)]
        return [a for a in found if a not in sources]
    return []


def _decided(tok: Token) -> bool:
    """Return whether a verb is what an authority has decided to do ("has decided to ease
    the curfew", "decided to release the prisoners"): a decision taken, not one to come
    ("will decide to", "may decide to") nor denied ("did not decide to")."""
    head = tok.head
    return (
        tok.dep_ == "xcomp"
        and head.lemma_.lower() == "decide"
        and head.tag_ in ("VBD", "VBN", "VBZ")
        and not any(c.dep_ == "neg" for c in head.children)
        and not any(c.dep_ == "aux" and c.lower_ in _MODALS | _FUTURE for c in head.children)
        and not _unrealised(head)
    )


def _refusal(trigger: Trigger) -> Trigger:
    """Return the refusal a negated yielding act is ("would not withdraw" -> 124)."""
    code = next(r for p, r in _REFUSALS if trigger.cameo.startswith(p))
    return recoded(trigger, code, note=_REFUSAL)


_COOPERATIVE = frozenset(
    {Plover.AGREE, Plover.CONSULT, Plover.SUPPORT, Plover.COOPERATE, Plover.AID}
)
# The rejection each kind of cooperation declined is (CAMEO 03x-07x -> 12x), first match.
_REJECTIONS = (
    ("045", "126"), ("04", "125"), ("057", "127"), ("061", "1211"), ("062", "1212"),
    ("063", "1213"), ("06", "121"), ("071", "1221"), ("072", "1222"), ("073", "1223"),
    ("075", "1223"), ("074", "1224"), ("07", "122"), ("", "120"),
)  # fmt: skip
_DECLINED = "rejection: cooperation declined in the future or failed"


def _declined(tok: Token) -> bool:
    """Return whether a cooperative act is declined: "will not accept", "won't hold talks"
    (for a noun, through its light verb), "failed to reach agreement"."""
    verb = tok
    if tok.pos_ == "NOUN":
        if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _LIGHT_VERBS:
            return False
        verb = tok.head
    if _refused(verb):
        return True
    head = verb.head
    return (
        verb.dep_ == "xcomp"
        and head.lemma_.lower() == "fail"
        and not any(c.dep_ == "neg" for c in head.children)
        and not any(c.dep_ == "aux" and c.lower_ in _MODALS | _FUTURE for c in head.children)
    )


def _rejection(trigger: Trigger) -> Trigger:
    """Return the rejection a declined cooperative act is ("will not meet" -> 125)."""
    code = next(r for p, r in _REJECTIONS if trigger.cameo.startswith(p))
    return recoded(trigger, code, note=_DECLINED)


def _announced(tok: Token) -> bool:
    """Return whether a verb is only announced: "will meet", "would impose", "plans to send"."""
    if any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in tok.children):
        return True
    head = tok.head
    return tok.dep_ == "xcomp" and (
        head.lemma_.lower() in _INTENT_HEADS or head.lower_ in _INTENT_HEADS
    )


def _standing_present(tok: Token) -> bool:
    """Whether a verb is told in the simple present in a main clause of its own, with no
    auxiliary ("Israel rejects the court's jurisdiction", "Geza accuses Mnangagwa of
    corruption", "Algeria supplies a quarter of Spain's gas"): a standing position or tie
    the story recalls, not an act it reports (those are told in the past, and a present
    "says" reports its clause, which is no main clause). Asked only in a story told in the
    past: a headline's present ("Kenya expels Uganda's envoy") reports the act."""
    return (
        tok.tag_ in ("VBZ", "VBP")
        and tok.dep_ in ("ROOT", "conj")
        and (tok.dep_ == "ROOT" or tok.head.tag_ in ("VBZ", "VBP"))
        and not any(c.dep_ in ("aux", "auxpass") for c in tok.children)
    )


def _no_longer(tok: Token) -> bool:
    """Whether a verb is told as given up: "no longer wanted to fight"."""
    return any(
        c.dep_ == "advmod" and c.lower_ == "longer" and any(d.lower_ == "no" for d in c.children)
        for c in tok.children
    )


def _denied_charges(tok: Token) -> bool:
    """Return whether a verb is a noun of accusation that the parser read as a verb
    because a clause that denies it follows: "accused soldiers of killing civilians,
    charges the governments deny" (no one was charged)."""
    return (
        tok.tag_ == "VBZ"
        and tok.lower_ in _DENIED_NOUNS
        and _child(tok, "dobj") is None
        and any(c.dep_ == "ccomp" and c.lemma_.lower() in _DENYING for c in tok.children)
    )


_DENIED_NOUNS = frozenset({"charges", "claims", "allegations", "accusations"})
_DENYING = frozenset({"deny", "reject", "dispute", "dismiss", "refute"})


def _protest_demand(tok: Token) -> bool:
    """Return whether a demand is what a protest demanded, told by a participle of the
    protest's verb ("rallied in Belgrade, demanding accountability"): the protest is the
    event, and its demands are not coded on their own."""
    if tok.tag_ != "VBG" or tok.dep_ != "advcl" or tok.head.pos_ != "VERB":
        return False
    rows = load_event_lexicon().lookup(tok.head.lemma_.lower(), "VERB")
    if any(r.plover is Plover.PROTEST for r in rows):
        return True
    # "the demonstrators had gathered outside the building, demanding that officials
    # restore water": their gathering is the protest (see :func:`_demonstrators_gathered`)
    subject = _subject(tok.head) if tok.head.lemma_.lower() in _GATHERING_VERBS else None
    heads = [] if subject is None else [subject, *(o for p in subject.children for o in _pobjs(p))]
    return any(h.lemma_.lower() in _DEMONSTRATORS for h in heads)


def _misread_finite(tok: Token) -> bool:
    """Return whether a verb the parser hung on the sentence's subject as a participle is
    the sentence's own verb: "The U.N. human rights chief called on the government",
    "Qatar's emir called Sudan's president on Saturday" (tagged as a participle, but the
    sentence has no other verb)."""
    if tok.dep_ != "acl" or tok.head.dep_ != "ROOT" or tok.head.pos_ not in ("NOUN", "PROPN"):
        return False
    if tok.tag_ == "VBD":
        return True
    return (
        tok.tag_ == "VBN"
        and not any(c.dep_ in ("agent", "aux", "auxpass") for c in tok.children)
        and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") and t.i != tok.i for t in tok.sent)
        and all(not t.is_punct for t in tok.doc[tok.head.i + 1 : tok.i])
    )


def _subjects_first(verb: Token) -> list[Token]:
    """Return a verb's children, the subject next to it first where the parser gave it two
    ("Norway, Cuba and Chile act as guarantors, and Cuba hosted the round": Cuba), unless
    that one is a name split off a listed noun before it ("Wei Fenghe and his Indian
    counterpart Rajnath Singh held talks": both, from the first)."""
    children = list(verb.children)
    subjects = [c for c in children if c.dep_ in ("nsubj", "nsubjpass")]
    if len(subjects) < 2:
        return children
    last = subjects[-1]
    before = verb.doc[last.left_edge.i - 1] if last.left_edge.i > 0 else None
    if (
        before is not None
        and last.pos_ == "PROPN"
        and before.pos_ == "NOUN"
        and before.dep_ in ("conj", "appos")
    ):
        return children  # "his Indian counterpart Rajnath Singh": the counterpart's name
    return [last, *(c for c in children if c is not last)]


def _subject(tok: Token) -> Token | None:
    """Return the verb's subject, inherited through coordination and relative clauses."""
    current = tok
    speaker = _speech_act_joined(tok) or _speech_participle_of_report(tok)
    if speaker is not None:
        return speaker
    for _ in range(6):
        for child in _subjects_first(current):
            if child.dep_ in ("nsubj", "nsubjpass"):
                if child.lower_ in _RELATIVE and current.dep_ == "relcl":
                    return current.head
                if child.lower_ == "we" and (speaker := _quoted_speaker(current)) is not None:
                    return speaker  # '"We will not allow it," the minister said'
                if child.lower_ in _PRONOUNS and child.dep_ == "nsubj":
                    # "The Commission announced that it had suspended aid": in a reported
                    # clause, the pronoun is the reporting verb's subject.
                    return _reporter(current) or child
                return child if child.dep_ == "nsubj" else None
        if (acronym := _acronym_subject(current)) is not None:
            return acronym
        if current.dep_ == "conj":
            current = _misjoined(current) or current.head
            continue
        if current.dep_ == "xcomp" or (current.dep_ == "acomp" and current.pos_ == "ADJ"):
            current = current.head  # "Russia plans to attack", "Japan is ready to send"
            continue
        listed = _listed_participle(current)
        if listed is not None:
            current = listed
            continue
        if (copula := _first_to(current)) is not None:
            current = copula  # "Russia became the first country to recognise ..."
            continue
        if current.dep_ in ("advcl", "csubj") and (owner := _dated_document(current)):
            return owner  # "Quito's note last Wednesday demanding their release"
        if current.dep_ == "advcl" and _voted(current):
            current = current.head  # "five justices voted 4-1 to convict Bolsonaro"
            continue
        if current.dep_ == "relcl":
            return current.head
        if current.dep_ == "acl":
            if _misread_finite(current):
                # "The U.N. human rights chief called on the government ...": a finite verb
                # the parser hung on the subject as if it were a participle
                return current.head
            return _decider(current) or _author(current) or _participle_agent(current)
        if current.dep_ == "pcomp" and current.head.lower_ in _WHEN_PREPS:
            current = current.head.head  # "ordered an offensive after accusing the TPLF"
            continue
        if (
            current.dep_ == "advcl"
            and current.tag_ == "VBG"
            and current.lemma_.lower() not in _FRAMING
            and not any(c.dep_ in ("mark", "aux") for c in current.children)
        ):
            # "expelled the U.N. coordinator, accusing her of spreading lies": the one
            # who expelled accused (not "while accusing", nor "by accusing": marked)
            current = current.head
            continue
        return None
    return None


def _acronym_subject(verb: Token) -> Token | None:
    """Return an all-capital acronym the parser hung on a verb as an adverb where its
    subject belongs: "USAID provided food to Haiti" (the tagger reads USAID as an adverb),
    or None. Only directly before the verb, auxiliaries aside: a dateline ("WASHINGTON --")
    is set off by punctuation."""
    for child in verb.children:
        if child.i > verb.i:
            break
        if (
            child.dep_ == "advmod"
            and len(child.text) >= 3
            and child.text.isalpha()
            and child.text.isupper()
            and all(t.dep_ in ("aux", "neg") for t in verb.doc[child.i + 1 : verb.i])
        ):
            return child
    return None


_PROTESTING = frozenset({"protest", "demonstrate", "chant", "march", "rally", "riot"})


def _participle_agent(verb: Token) -> Token | None:
    """Return the people a protest participle describes, who protest: in "police fired at
    students protesting against the tax", the students protest. Other participles mostly
    say who people are ("students calling themselves Gen Z", "people seeking asylum")."""
    if verb.tag_ != "VBG" or verb.lemma_.lower() not in _PROTESTING:
        return None
    return verb.head if verb.head.pos_ in ("NOUN", "PROPN") else None


def _what_they_called(tok: Token) -> Token | None:
    """Return the name a free relative gives the object: in "condemned what she called
    Russia's 'dangerous provocation'", what was condemned is Russia's provocation."""
    clause = _child(tok, "ccomp")
    if clause is None or clause.lemma_.lower() not in _NAMING_VERBS | {"describe"}:
        return None
    what = _child(clause, "dobj")
    if what is None or what.lower_ != "what":
        return None
    return _child(clause, "oprd")


def _naming_what_is_acted_on(tok: Token, lexicon: EventLexicon) -> bool:
    """Whether ``tok`` is the naming verb of a free relative that is the object of an event
    verb ("condemned what she called Russia's provocation", "rejected what it called
    baseless claims"): the name is the speaker's word for the object, no act of its own."""
    if tok.pos_ != "VERB" or tok.dep_ != "ccomp" or tok.head.pos_ != "VERB":
        return False
    clause = _child(tok.head, "ccomp")
    if _what_they_called(tok.head) is None or clause is None or clause.i != tok.i:
        return False
    return bool(lexicon.lookup(tok.head.lemma_.lower(), "VERB"))


def _listed_participle(verb: Token) -> Token | None:
    """Return the participle a listed one shares its subject and auxiliary with, when the
    parser left it unattached: in "officers had boarded a boat, beaten its crew and seized
    their catch", "beaten" is a "dep" of the main verb; its subject is the officers."""
    if verb.dep_ != "dep" or verb.tag_ not in ("VBN", "VBD") or verb.i == 0:
        return None
    if verb.doc[verb.i - 1].text != ",":
        return None
    for t in reversed(verb.doc[verb.sent.start : verb.i - 1]):
        if t.pos_ == "VERB" and t.tag_ == "VBN" and t.dep_ not in ("amod", "acl", "compound"):
            if any(c.dep_ == "aux" and c.lemma_ == "have" for c in t.children):
                return t
            return None
    return None


def _misjoined(verb: Token) -> Token | None:
    """Return the saying verb a past-tense verb was really joined to, when the parser
    hung it on a verb of the reported clause it cannot share an auxiliary with: in
    "Eritrea said Ethiopia was preparing an invasion and accused Abiy of warmongering",
    Eritrea accused, not Ethiopia. None when the join is as parsed."""
    head = verb.head
    if verb.tag_ != "VBD" or head.tag_ not in ("VBG", "VB"):
        return None
    while head.dep_ == "xcomp" and head.head.tag_ in ("VBG", "VB"):
        head = head.head  # "was preparing an invasion to seize the port and accused ..."
    if head.dep_ != "ccomp" or not any(c.dep_ == "aux" for c in head.children):
        return None
    saying = head.head
    return saying if saying.pos_ == "VERB" and saying.tag_ == "VBD" else None


_FRAMING = frozenset(
    {
        "speak", "talk", "say", "add", "cite", "tell", "write", "note", "refer",
        "retaliate", "respond", "react", "reply",
    }
)  # fmt: skip
"""Participles that frame what their clause's subject says or does ("speaking on the
sidelines of a summit", "citing security concerns", "imposed a tariff ..., retaliating
against duties Quito announced": the tariff is the retaliation): no act of their own."""

_WHEN_PREPS = frozenset({"after", "before", "while", "upon", "since", "by"})
"""Prepositions whose -ing clause shares the main verb's subject and happened."""


# Documents whose words are their author's act: "issued a statement condemning the attack".
_DOCUMENTS = frozenset(
    {
        "statement", "report", "resolution", "letter", "communique", "communiqué",
        "declaration", "motion", "note", "post", "video", "message", "editorial",
    }
)  # fmt: skip


_ISSUING = frozenset(
    {
        "issue", "release", "publish", "pass", "adopt", "put", "send", "write", "sign",
        "submit", "table", "post", "present", "deliver", "circulate", "file", "unveil",
    }
)  # fmt: skip


def _author(verb: Token) -> Token | None:
    """Return who issued the document a participle describes ("Amnesty put out a report
    accusing the army": Amnesty; "parliament passed a resolution criticising the
    president": parliament; "Lima's note last week asking Santiago to ...": Lima, the
    document's owner), or None."""
    noun = verb.head
    if verb.tag_ != "VBG" or noun.lemma_.lower() not in _DOCUMENTS:
        return None
    owner = _child(noun, "poss")
    if owner is not None and owner.pos_ != "PRON" and not _dated_owner(owner):
        return owner
    if noun.dep_ != "dobj":
        return None
    issuer = noun.head
    if issuer.lemma_.lower() not in _ISSUING or _unrealised(issuer):
        return None  # "vetoed a resolution demanding a ceasefire" did not demand it
    subject = _child(issuer, "nsubj")
    return subject if subject is not None and subject.lower_ not in _RELATIVE else None


_FREEING = frozenset({"free", "release", "hand", "return", "repatriate"})
"""Verbs by which captives are given back (RETREAT, CAMEO 0841)."""


def _dated_document(verb: Token) -> Token | None:
    """Return the owner of the document a participle describes when a date between them
    made the parser hang the participle on the clause ("Quito's note last Wednesday
    demanding their release has gone unanswered": Quito), or None."""
    if verb.tag_ != "VBG":
        return None
    at = verb.i - 1
    while at >= 0 and verb.doc[at].ent_type_ in ("DATE", "TIME"):
        at -= 1
    if at < 0 or at == verb.i - 1:
        return None
    noun = verb.doc[at]
    if noun.pos_ != "NOUN" or noun.lemma_.lower() not in _DOCUMENTS:
        return None
    owner = _child(noun, "poss")
    if owner is None or owner.pos_ == "PRON" or _dated_owner(owner):
        return None
    return owner


# Nouns whose infinitive is an act already taken, by whoever owns the noun: "Israel's
# decision to blacklist", "the move by China's commerce ministry to put … on a list".
_DECISION_NOUNS = frozenset({"decision", "move", "order", "step"})


def _decider(verb: Token) -> Token | None:
    """Return who took the decision an infinitive belongs to ("Israel's decision to
    blacklist 11 firms": Israel), or None."""
    noun = verb.head
    if noun.lemma_.lower() not in _DECISION_NOUNS or not any(
        c.dep_ == "aux" and c.lower_ == "to" for c in verb.children
    ):
        return None
    poss = _child(noun, "poss")
    if poss is not None and poss.ent_type_ not in ("DATE", "TIME"):
        return poss
    by = _prep_objects([noun], frozenset({"by"}))
    return by[0] if by else None


_SPEECH_ACTS = frozenset(
    {
        "call", "urge", "demand", "appeal", "ask", "accuse", "warn", "condemn", "praise",
        "welcome", "reject", "vow", "pledge", "promise", "threaten", "deny", "criticise",
        "criticize", "thank",
    }
)  # fmt: skip


def _speech_act_joined(tok: Token) -> Token | None:
    """Return the reporter of a speech act the parser joined to the clause it reports:
    in "Vucic said the ban was illegal and called on the EU to intervene", "called" goes
    with "said" (its subject is Vucic, not the ban)."""
    if tok.dep_ != "conj" or tok.pos_ != "VERB" or tok.lemma_.lower() not in _SPEECH_ACTS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass") for c in tok.children):
        return None
    head = tok.head
    for _ in range(4):
        while head.dep_ == "conj" and head.head is not head:
            head = head.head
        if head.dep_ != "ccomp":
            return None
        if head.head.lemma_.lower() in _SAYING:
            return _reporter(head)
        # "said the swap showed that dialogue can deliver and urged the parties to ...":
        # joined to a clause inside the reported one; the speaker is the outer reporter's
        head = head.head
    return None


def _speech_participle_of_report(tok: Token) -> Token | None:
    """Return the reporter of a speech-act participle hung on the clause it reports: in
    "the minister told parliament that Ruritanian troops had crossed the border, accusing
    Ruritania of aggression", the minister accuses, not the troops."""
    if tok.dep_ != "advcl" or tok.tag_ != "VBG" or tok.lemma_.lower() not in _SPEECH_ACTS:
        return None
    if any(c.dep_ in ("nsubj", "nsubjpass", "mark", "aux") for c in tok.children):
        return None
    head = tok.head
    while head.dep_ == "conj" and head.head is not head:
        head = head.head  # "... had crossed the border and burned huts, accusing ..."
    if head.dep_ != "ccomp" or head.head.lemma_.lower() not in _SAYING:
        return None
    return _reporter(head)


def _active_speech_act(verb: Token) -> bool:
    """Return whether a speech act the parser tagged as a participle is active and so a
    verb of its own: in "said Estonia would not be intimidated and called on the EU to
    act", "called" has an addressee, which a participle sharing "be intimidated" could not."""
    if verb.tag_ != "VBN" or verb.lemma_.lower() not in _SPEECH_ACTS:
        return False
    if any(c.dep_ in ("aux", "auxpass", "nsubjpass", "agent") for c in verb.children):
        return False
    return any(
        c.dep_ == "dobj"
        or (c.dep_ == "prep" and c.lower_ in ("on", "upon") and _child(c, "pobj") is not None)
        for c in verb.children
    )


def _reporter(tok: Token) -> Token | None:
    """Return the subject of the verb that reports the clause ``tok`` heads, if any."""
    if tok.dep_ != "ccomp" or tok.head is tok or tok.head.i > tok.i:
        return None  # "They agreed ..., the officials said": not the officials
    subject = _child(tok.head, "nsubj")
    if subject is None or subject.lower_ in _PRONOUNS:
        return None
    return subject


def _according_to(tok: Token) -> Token | None:
    """Return whom a clause is told "according to" ("was detained on Tuesday, according
    to the coast guard"), if anyone but a pronoun."""
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == "according":
            for to in c.children:
                if to.dep_ == "prep" and to.lower_ == "to":
                    found = _child(to, "pobj")
                    if found is not None and found.lower_ not in _PRONOUNS:
                        return found
    return None


def _quoted_speaker(tok: Token) -> Token | None:
    """Return who speaks a quote told in the first person plural: in '"We will not allow
    criminal groups to take our land," the minister said', "we" is the minister's side.
    (A trailing reporter of "they" or "it" is not its antecedent: see ``_reporter``.)"""
    if tok.dep_ != "ccomp" or tok.head is tok or tok.head.i < tok.i:
        return None
    if tok.head.lemma_.lower() not in _SAYING:
        return None
    if not any(t.is_quote for t in tok.doc[tok.sent.start : tok.i]):
        return None  # only a quote's own words
    subject = _child(tok.head, "nsubj")
    if subject is None or subject.lower_ in ("it", "they", "we"):
        return None
    return subject


def _child(tok: Token, *deps: str) -> Token | None:
    return next((c for c in tok.children if c.dep_ in deps), None)


_CONTACT_MEANS = frozenset(
    {"phone", "telephone", "video", "videolink", "link", "videoconference", "teleconference"}
)
"""How two sides speak at a distance ("spoke by telephone with X", "talked via video link
with Y"): the parser hangs the partner's preposition on the means, not on the verb."""


def _prep_children(tok: Token) -> list[Token]:
    """Return the verb's children, and with them the prepositions the parser hung on a
    means of contact: in "spoke by telephone with Tshisekedi" the "with" hangs on
    "telephone"."""
    out = list(tok.children)
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in ("by", "via", "over"):
            means = _child(child, "pobj")
            if means is not None and means.lemma_.lower() in _CONTACT_MEANS:
                out += [c for c in means.children if c.dep_ == "prep"]
    return out


def _prep_objects(toks: Iterable[Token], preps: frozenset[str]) -> list[Token]:
    out = []
    for tok in toks:
        if "near" in preps:
            # "carried out exercises close to Swedish waters": "close to" is "near"
            out += [
                o
                for c in tok.children
                if c.lower_ in _NEAR_WORDS and c.dep_ in ("amod", "advmod", "acomp")
                for p in c.children
                if p.dep_ == "prep" and p.lower_ == "to"
                for o in _pobjs(p)
            ]
        for child in _prep_children(tok):
            if (child.dep_ in ("prep", "agent", "dative") or _object_particle(child)) and (
                child.lower_ in preps
            ):
                pobj = _child(child, "pobj") or _participle_object(child) or _particle_object(child)
                if pobj is not None:
                    out.append(pobj)
                # "sanctions on three commanders and on two rebel leaders": the repeated
                # preposition hangs on the first as a conjunct
                for again in child.children:
                    if again.dep_ == "conj" and again.lower_ == child.lower_:
                        more = _child(again, "pobj")
                        if more is not None:
                            out.append(more)
    return out


_NEAR_WORDS = frozenset({"close", "closer", "next"})
"""Words that, with "to", say what "near" says ("exercises close to its waters")."""


def _participle_object(prep: Token) -> Token | None:
    """Return the noun a participle the parser read as a verb describes: "handed out food
    to returning families" (parsed "to returning [them] families"), or None."""
    verb = _child(prep, "pcomp")
    if verb is None or verb.tag_ != "VBG" or verb.i != prep.i + 1:
        return None
    obj = _child(verb, "dobj")
    return obj if obj is not None and obj.i == verb.i + 1 else None


def _default_row(row: Trigger) -> bool:
    """Return whether a row applies to the bare word (no object, particle or preposition)."""
    return not row.objects and not row.particle and (row.direct_target or not row.preps)


def _has_prep(tok: Token, preps: frozenset[str]) -> bool:
    return any(
        (
            (c.dep_ in ("prep", "agent", "dative") or _object_particle(c))
            and c.lower_ in preps
            and not _when_only(c)
        )
        # "called for the president to step down": "for" marks the clause asked for
        or (c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in preps for m in c.children))
        for c in _prep_children(tok)
    )


def _when_only(prep: Token) -> bool:
    """Whether a preposition only says when ("called a rally for Saturday", "called on
    Monday"): its object is a date or a time."""
    objs = [c for c in prep.children if c.dep_ == "pobj"]
    return bool(objs) and all(o.ent_type_ in ("DATE", "TIME") for o in objs)


def _has_particle(tok: Token, particle: str) -> bool:
    # The parser sometimes attaches "down" in "stepped down" as an adverb, not a particle,
    # and "out" in "forced him out of the country" as a preposition with no object.
    return any(
        c.lower_ == particle
        and (
            c.dep_ in ("prt", "advmod")
            or (c.dep_ == "prep" and not any(g.dep_ == "pobj" for g in c.children))
        )
        for c in tok.children
    )


def _particle(tok: Token) -> str | None:
    return next(
        (c.lower_ for c in tok.children if c.dep_ == "prt" and not _object_particle(c)), None
    )


def _object_particle(tok: Token) -> bool:
    """Whether a word the parser made a particle has an object, so is a preposition:
    "called on armed groups to stop" (parsed "called on" + "armed groups")."""
    return tok.dep_ == "prt" and (
        any(c.dep_ == "pobj" for c in tok.children) or _particle_object(tok) is not None
    )


_OBJECT_PARTICLES = frozenset({"on", "upon"})
"""Particles the parser may give the verb's object that is theirs ("called on armed groups
in Sudan to lay down their weapons", parsed "called" + "on" + object "groups")."""


def _particle_object(prt: Token) -> Token | None:
    """Return the verb's direct object that starts right after a particle which is really
    a preposition, or None."""
    if prt.dep_ != "prt" or prt.lower_ not in _OBJECT_PARTICLES:
        return None
    obj = _child(prt.head, "dobj")
    return obj if obj is not None and obj.left_edge.i == prt.i + 1 else None


def _object_taken_by_particle(tok: Token) -> bool:
    """Whether a verb's direct object is its particle's ("called on X"): no row that wants
    a direct object applies."""
    return any(_particle_object(c) is not None for c in tok.children)


def _passive(tok: Token) -> bool:
    return any(c.dep_ in ("nsubjpass", "auxpass") for c in tok.children) or _reduced_passive(tok)


def _given_people(obj: Token, trigger: Trigger, sources: list[ActorSpan], ctx: _Context) -> bool:
    """Return whether a promise's or a gift's object is people the source gives, not whom
    it gives to: "Kenya pledged 1,000 police officers to Haiti", "the 2,500 officers pledged
    by Kenya" (a number of them, or the source's own)."""
    if not trigger.cameo.startswith(("03", "07")) or not trigger.preps:
        return False
    if any(c.dep_ == "nummod" for c in obj.children):
        return True
    own = {x.actor.country for x in sources}
    return any(a.actor.country in own and a.actor.sector for a in ctx.actors_for(obj))


_AID_WORDS = frozenset(
    {
        "$", "€", "£", "million", "billion", "fund", "funding", "aid", "help", "assistance",
        "donation", "relief", "food", "money", "support",
    }
)  # fmt: skip
_AID_APPEALS = frozenset({"flash", "humanitarian", "emergency", "funding", "donor", "aid"})


def _for_aid(tok: Token) -> bool:
    """Return whether an appeal asks for aid or money ("appealed for $35 million", "a
    $160 million flash appeal"): CAMEO 0233, addressed to donors, not to the country the
    aid is for."""
    if tok.pos_ == "NOUN" and any(c.lower_ in _AID_APPEALS | {"$", "million"} for c in tok.subtree):
        return any(c.i < tok.i for c in tok.subtree if c.lower_ in _AID_APPEALS | {"$"})
    for obj in _prep_objects([tok], frozenset({"for"})):
        if any(w.lower_ in _AID_WORDS or w.lemma_.lower() in _AID_WORDS for w in obj.subtree):
            return True
    return False


def _reduced_passive(tok: Token) -> bool:
    """Return whether a participle modifies the noun it acts on, with its agent: "an
    election boycotted by the opposition", "a village shelled by Russian forces"."""
    return tok.dep_ == "acl" and tok.tag_ == "VBN" and any(c.dep_ == "agent" for c in tok.children)


_QUANTITY = frozenset(
    {
        "dozen",
        "dozens",
        "hundred",
        "hundreds",
        "thousand",
        "thousands",
        "score",
        "scores",
        "number",
        "series",
        "barrage",
        "wave",
        "swarm",
        "hail",
        "salvo",
        "volley",
        "round",
        "set",
        "package",
        "raft",
        "string",
        "couple",
        "team",
        "delegation",
        "contingent",
        "worth",  # "$4 million worth of medical equipment"
        "ton",
        "tonne",
        "consignment",
        "batch",
        "truckload",
        # a span of time spent on it: "held more than two hours of talks"
        "minute",
        "hour",
        "day",
        "week",
    }
)


def _object_word(obj: Token) -> Token:
    """Return the word that says what an object is: "drones" in "dozens of drones"."""
    if obj.lemma_.lower() in _QUANTITY or obj.lower_ in _QUANTITY or obj.pos_ == "NUM":
        # "expelled six of each other's diplomats": a count of them
        prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "of"), None)
        pobj = _child(prep, "pobj") if prep is not None else None
        if pobj is not None:
            return pobj
    if (
        obj.tag_ == "$"
        or obj.lemma_.lower() in _MONEY
        or (obj.pos_ == "NUM" and any(c.tag_ == "$" for c in obj.children))
    ):
        # "$30 million in humanitarian assistance", "5 million euros in emergency aid",
        # "$100,000 in aid" (the parser hangs the "$" on the number)
        prep = next((c for c in obj.children if c.dep_ == "prep" and c.lower_ == "in"), None)
        pobj = _child(prep, "pobj") if prep is not None else None
        if pobj is not None and pobj.pos_ == "NOUN":
            return pobj
    return obj


_MONEY = frozenset(
    {"$", "€", "£", "dollar", "euro", "pound", "yen", "yuan", "rupee", "million", "billion"}
)


_POSSESSIVES = frozenset({"its", "their", "his", "her", "our", "my"})


def _its_own(src: ActorSpan, tgt: ActorSpan) -> bool:
    """Return whether a target is the source's own thing ("its peacekeeping mission")."""
    first = tgt.actor.text.split(" ", 1)[0].lower()
    return first in _POSSESSIVES and tgt.actor.code == src.actor.code


def _second_name(verb: Token, first: Token) -> Token | None:
    """Return the name a naming verb gives when the parser read the one named as a name
    too: a second name after the first ("called Argentina's minister to the U.N. a
    liar": two oprd), or one hung on it (:func:`_appended_name`); else None."""
    later = [
        c
        for c in verb.children
        if c.dep_ == "oprd" and c.i > first.i and c.pos_ in ("NOUN", "PROPN", "ADJ")
    ]
    return later[0] if later else _appended_name(first)


def _appended_name(obj: Token) -> Token | None:
    """Return the name given to an object that the parser hung on it as an apposition
    with no comma between ("called Kosovo's prime minister a liar"), or None; "called
    Kurti, the prime minister," is a mere apposition."""
    for c in obj.children:
        if c.dep_ != "appos" or c.i < obj.i or c.left_edge.i == 0:
            continue
        if c.doc[c.left_edge.i - 1].is_punct and c.doc[c.left_edge.i - 1].text not in '"\u201c':
            continue
        if any(d.dep_ == "det" and d.lower_ not in ("a", "an") for d in c.children):
            continue
        return c
    return None


def _of_a_kind(noun: Token) -> bool:
    """Return whether a noun names a kind of act, not one: "such strikes"."""
    return any(c.dep_ in ("amod", "predet") and c.lower_ == "such" for c in noun.children)


def _pobjs_of(tok: Token, prep: str) -> list[Token]:
    """Return the objects of ``tok``'s preposition ``prep``, conjuncts included."""
    out: list[Token] = []
    for c in tok.children:
        if c.dep_ == "prep" and c.lower_ == prep:
            for o in c.children:
                if o.dep_ == "pobj":
                    out += [o, *o.conjuncts]
    return out


def _of_object(noun: Token, objects: frozenset[str]) -> bool:
    """Return whether an "of" object names what a noun row wants: "a suspension of
    military aid", "a halt of aid payments" (the payments are of aid)."""
    return noun.lemma_.lower() in objects or any(
        c.dep_ == "compound" and c.lemma_.lower() in objects for c in noun.children
    )


def _object_matches(
    tok: Token, trigger: Trigger, objects: tuple[Token | None, tuple[Token, ...]] | None = None
) -> bool:
    """Return whether the trigger's required object (verbs) or modifier (nouns) is there;
    ``objects`` is a verb's :func:`_verb_objects` when the caller has them already."""
    if tok.pos_ == "NOUN":
        return any(
            c.dep_ in ("compound", "amod") and c.lemma_.lower() in trigger.objects
            for c in tok.children
        ) or any(_of_object(o, trigger.objects) for o in _pobjs_of(tok, "of"))
    named, words = objects if objects is not None else _verb_objects(tok)
    if named is not None and named.lemma_.lower() in trigger.objects:
        return True  # "took dozens of Israeli civilians hostage"
    return any(
        (_lemma_of_object(w) in trigger.objects and not _bare_state(w))
        or (
            # "basic shelter materials", "relief kits", "curfew hours": what the noun is
            # made of says it
            w.lemma_.lower() in _CONTAINERS
            and any(
                c.dep_ == "compound" and c.lemma_.lower() in trigger.objects for c in w.children
            )
        )
        for w in words
    )


_DISTANCES = frozenset(
    {"kilometre", "kilometer", "km", "mile", "metre", "meter", "yard", "foot", "feet"}
)


def _distance(obj: Token) -> bool:
    """Whether a verb's object is how far it went ("flew 40 kilometres into ..."), no
    thing acted on."""
    return obj.dep_ == "dobj" and obj.lemma_.lower() in _DISTANCES


def _moved_into(tok: Token, obj: Token | None, trigger: Trigger) -> Token | None:
    """Return the place an objectless verb of movement went into, for a row that wants
    it as its object ("flew 40 kilometres into its airspace"), or None."""
    if (obj is not None and not _distance(obj)) or "into" not in trigger.preps:
        return None
    if not trigger.objects:
        return None
    into = _prep_objects([tok], frozenset({"into"}))
    return into[0] if into else None


def _verb_objects(tok: Token) -> tuple[Token | None, tuple[Token, ...]]:
    """Return what a verb's rows that require an object are matched against: the word
    the verb names its object ("took dozens of Israeli civilians hostage"), or None, and
    the words of its object with their conjuncts ("drones" in "dozens of drones"), if any."""
    named = _child(tok, "oprd", "npadvmod", "advcl", "ccomp")
    passive = _passive(tok)
    obj = _child(tok, "nsubjpass") if passive else _child(tok, "dobj")
    if obj is None and not passive:
        obj = _shared_object(tok)  # "blocked and shadowed a Philippine vessel": blocked it
    if obj is None and not passive and (dative := _child(tok, "dative")) is not None:
        obj = _child(dative, "pobj") or dative  # "gave its diplomats 48 hours to leave"
    if obj is None and _reduced_passive(tok):
        obj = tok.head  # "a ceasefire brokered by Malaysia": the ceasefire
    if obj is None and (handling := _handling(tok)) is not None:
        obj = _child(handling, "dobj")  # "stop processing transfers": stop transfers
    if obj is None:
        # "agreed to an immediate ceasefire", "agreed on a truce": what is agreed to
        agreed = [
            o
            for o in _prep_objects([tok], frozenset({"to", "on"}))
            if o.ent_type_ not in ("DATE", "TIME")
        ]
        obj = agreed[0] if agreed else None
    if (obj is None or _distance(obj)) and not passive:
        # "a drone flew 40 kilometres into its airspace": where an objectless verb of
        # movement went is what it acts on (as "entered its airspace")
        into = _prep_objects([tok], frozenset({"into"}))
        obj = into[0] if into else None
    if obj is None:
        return named, ()
    if named is None:
        # "let free 74 activists": the parser hung the word that names the object on it
        named = next((c for c in obj.children if c.dep_ == "amod" and c.i == tok.i + 1), None)
    if obj.lower_ in ("that", "which") and tok.dep_ == "relcl" and tok.head.pos_ == "NOUN":
        obj = tok.head  # "drones that Russia launched at Kyiv": the drones
    if obj.lower_ in ("most", "much", "part", "some", "all"):
        # "cut off most of its electricity exports": what it is most of
        obj = next((o for o in _prep_objects([obj], frozenset({"of"}))), obj)
    word = _object_word(obj)
    return named, (word, *word.conjuncts)


_STANCES = frozenset(
    {
        "commitment", "support", "message", "resolve", "determination", "stance", "pledge",
        "tie", "relation", "relationship", "partnership", "cooperation", "friendship", "bond",
        "belief", "conviction", "impression", "perception", "view", "argument", "case",
    }
)  # fmt: skip
"""Objects that make a verb of mobilisation ("reinforce", "deploy") figurative."""

_CONTAINERS = frozenset(
    {"material", "kit", "item", "good", "package", "parcel", "consignment", "guarantee", "hour"}
)  # ("curfew hours": the curfew)
_HANDLING = frozenset({"process", "handle", "accept", "make", "clear", "execute"})


def _handling(tok: Token) -> Token | None:
    """Return the gerund of handling a verb governs ("stop processing", "halt accepting"):
    what is handled is what the verb acts on."""
    for c in tok.children:
        if c.dep_ == "xcomp" and c.tag_ == "VBG" and c.lemma_.lower() in _HANDLING:
            return c
    return None


def _lemma_of_object(word: Token) -> str:
    """Return an object's lemma, a "war game" read as one word ("wargame"), and the
    effort an act noun makes of ("mediation efforts": "mediation")."""
    lemma: str = word.lemma_.lower()
    if lemma == "game" and any(c.dep_ == "compound" and c.lower_ == "war" for c in word.children):
        return "wargame"
    if lemma == "general" and any(
        c.dep_ in ("compound", "amod", "nmod") and c.lower_ == "consul" for c in word.children
    ):
        return "consul"  # "summoned Chile's consul general": a consul, no army general
    if lemma in _EFFORTS:
        made = [c for c in word.children if c.dep_ == "compound" and c.pos_ == "NOUN"]
        if made:
            return str(made[-1].lemma_.lower())
    return lemma


_EFFORTS = frozenset({"effort", "bid", "attempt", "initiative"})


def _bare_state(word: Token) -> bool:
    """Whether "state" is a country ("declared a breakaway state") or a state of
    something no one is constrained by ("declared a state of mourning"), not a state of
    emergency or siege."""
    return word.lemma_.lower() == "state" and not any(
        c.dep_ == "prep"
        and c.lower_ == "of"
        and any(o.lemma_.lower() in _EMERGENCIES for o in c.children)
        for c in word.children
    )


_EMERGENCIES = frozenset({"emergency", "siege", "exception", "alarm", "alert"})


_ALONG = frozenset({"along", "near", "on", "at", "to", "toward", "towards"})
_FRONTIER_WORDS = frozenset({"border", "frontier", "boundary"})


def _agent_misattached(tok: Token) -> Token | None:
    """Return the "by" of a passive the parser hung on the instrument ("were beaten with
    batons by police": "by police" under "batons"), or None."""
    for prep in tok.children:
        if prep.dep_ != "prep" or prep.lower_ not in ("with", "using"):
            continue
        for obj in prep.children:
            if obj.dep_ != "pobj":
                continue
            by = next(
                (c for c in obj.children if c.lower_ == "by" and c.dep_ in ("prep", "agent")), None
            )
            if by is not None:
                return by
    return None


_DRILLS = frozenset(
    {"drill", "exercise", "manoeuvre", "maneuver", "wargame", "war-game", "test", "training"}
)
_DRILL_LINKS = frozenset({"advcl", "xcomp", "conj", "acl", "relcl", "pcomp", "pobj", "prep"})


_DISASTERS = re.compile(
    r"\b(?:earthquakes?|quakes?|cyclones?|typhoons?|hurricanes?|floods?|flooding|tsunamis?"
    r"|eruptions?|volcano(?:es)?|wildfires?|bushfires?|droughts?|landslides?|mudslides?"
    r"|ransomware|cyberattacks?|outbreaks?|epidemics?|pandemics?)\b",
    re.I,
)
"""Disasters a government declares an emergency over, to free funds and call for help."""


_BACKINGS = frozenset({"back", "support", "sponsor", "fund", "finance", "arm"})


def _backing_described(tok: Token, ctx: _Context) -> bool:
    """Whether a backing only says who stands behind an actor, as the actor's description:
    a reduced relative ("a hacking group backed by the Chinese state", "forces loyal to
    him, backed by French troops") or a present passive relative clause ("the Polisario,
    which is backed by Algeria"). Such a standing tie is no act of the story; "France
    backed the plan", "the plan was backed by France" and "the rallies, backed by the
    church" (an act backed, not an actor) are."""
    if tok.tag_ != "VBN" or tok.lemma_.lower() not in _BACKINGS:
        return False
    if tok.dep_ != "acl" and not (
        tok.dep_ == "relcl"
        and any(c.dep_ == "auxpass" and c.lower_ in ("is", "are") for c in tok.children)
    ):
        return False
    return bool(ctx.actors_for(tok.head))


def _relief_emergency(tok: Token) -> bool:
    """Whether a declared state of emergency answers a disaster, not unrest: "declared a
    state of emergency and asked its partners for help", in a story of an earthquake or a
    ransomware attack, lays no coercion on anyone; an emergency against gangs or a
    political crisis does (martial law always does). Two disaster words in the article
    tell its subject; they are counted only when such an emergency is found."""
    obj = _child(tok, "dobj") if tok.pos_ == "VERB" else None
    words = {t.lower_ for t in (obj.subtree if obj is not None else (tok,))}
    if "emergency" not in words or "martial" in words:
        return False
    found = _DISASTERS.finditer(tok.doc.text)
    return next(found, None) is not None and next(found, None) is not None


def _into_air(tok: Token) -> bool:
    """Whether shots are fired into the air ("fired into the air to disperse the crowd"):
    a warning that hits no one, no attack."""
    return tok.lemma_.lower() in ("fire", "shoot") and any(
        p.dep_ == "prep"
        and p.lower_ in ("into", "in")
        and any(o.lower_ == "air" for o in p.children if o.dep_ == "pobj")
        for p in tok.children
    )


def _in_drill(tok: Token) -> bool:
    """Whether a firing is part of a drill: "held a live-fire drill, firing 200 rounds",
    "the drill, in which marines fired howitzer rounds", "fired missiles during an
    exercise". The drill is the act (MOBILIZE); its firing attacks no one."""
    if any(
        p.dep_ == "prep"
        and p.lower_ in ("during", "in", "as")
        and any(o.lemma_.lower() in _DRILLS for o in p.children)
        for p in tok.children
    ):
        return True
    node = tok
    for _ in range(4):
        if node.dep_ not in _DRILL_LINKS or node.head.i == node.i:
            return False
        node = node.head
        if node.lemma_.lower() in _DRILLS:
            return True
        obj = _child(node, "dobj") if node.pos_ == "VERB" else None
        if obj is not None and obj.lemma_.lower() in _DRILLS:
            return True
    return False


def _shared_object(tok: Token) -> Token | None:
    """Return the object a verb shares with the verb joined right after it ("punched and
    kicked United Nations peacekeepers": the peacekeepers were punched too), or None."""
    doc = tok.doc
    if tok.i + 2 >= len(doc) or doc[tok.i + 1].dep_ != "cc":
        return None
    nxt = doc[tok.i + 2]
    if nxt.dep_ != "conj" or nxt.head.i != tok.i or nxt.pos_ != "VERB":
        return None
    return _child(nxt, "dobj")


_EXPELLING = frozenset({"expel", "deport", "eject"})


def _expelled_from(tok: Token, ctx: _Context) -> list[ActorSpan]:
    """Return the state a passive expulsion with no agent names as the one left ("two
    U.N. inspectors have been expelled from North Korea", "were deported from Iran"): the
    state expelled them; or none ("expelled from the party", "from school": no state)."""
    for word in _prep_objects([tok], frozenset({"from"})):
        found = ctx.actors_for(word)
        if not found and (place := ctx.place_actor_at(word)) is not None:
            found = [place]
        if found and all(a.actor.country and a.actor.sector in (None, "GOV") for a in found):
            return found
    return []


def _arrested_in(tok: Token, ctx: _Context, held: list[ActorSpan]) -> list[ActorSpan]:
    """Return the state an agentless passive arrest names as where it happened ("the
    opposition leader was arrested in Uganda", "was detained on Monday in Tehran"): its
    authorities made the arrest; or none ("arrested in connection with the attack")."""
    for word in _prep_objects([tok], frozenset({"in"})):
        place = ctx.place_actor_at(word)
        if place is not None and place not in held:
            return [place]
    return []


def _standing(tok: Token) -> bool:
    """Whether a passive verb tells a standing state ("troops are deployed", "is based"),
    not an act: its passive auxiliary is in the present tense, with no other auxiliary."""
    aux = [c for c in tok.children if c.dep_ in ("aux", "auxpass")]
    return len(aux) == 1 and aux[0].dep_ == "auxpass" and aux[0].tag_ in ("VBP", "VBZ")


_UNDERGONE = frozenset(
    {
        "arrest", "detention", "release", "expulsion", "deportation", "extradition",
        "abduction", "kidnapping", "capture", "imprisonment", "jailing", "execution",
        "assassination", "killing", "murder", "conviction", "sentencing", "ouster",
        "removal", "dismissal", "eviction", "torture", "beating",
    }
)  # fmt: skip
"""Act nouns whose owner undergoes the act: "the activists' release", "Navalny's arrest"."""
_INFO_THINGS = frozenset(
    {"information", "intelligence", "data", "datum", "evidence", "detail", "document", "record"}
)
_ADDRESSING = frozenset({"write", "appeal", "turn", "send", "petition", "complain"})
"""Verbs whose "to X" is whom a request after them ("..., asking for ...") is made of."""

_MATERIALS = frozenset(
    {
        "recording", "video", "statement", "report", "footage", "document", "audio", "data",
        "figure", "photo", "photograph", "image", "picture", "album", "song", "film", "book",
        "list", "result", "detail", "information", "transcript", "letter", "text", "tape",
        "clip", "version", "update", "memo", "record", "file", "map", "message", "poll",
        "survey", "study", "finding", "guideline", "budget", "forecast", "estimate", "balloon",
    }
)  # fmt: skip
"""What is released as a publication, not a person freed ("released a recording")."""


_ACKNOWLEDGED = frozenset(
    {
        "sovereignty", "integrity", "right", "role", "effort", "concern", "need",
        "importance", "contribution", "interest", "achievement", "progress",
    }
)  # fmt: skip
"""What "recognise" acknowledges rather than recognises as a state or government."""


_ORDER_KEEPERS = frozenset({"interior", "home", "security", "internal"})


def _keeps_order(reporter: Token | None, ctx: _Context) -> bool:
    """Say whether whoever tells of an arrest made it: the police, a security or
    intelligence service, prosecutors or a court, or an interior or security ministry
    ("the Interior Ministry said 63 people were detained"); not a government at large,
    which may tell of its citizens held abroad."""
    told = ctx.actors_for(reporter)
    if not told or reporter is None:
        return False
    words = {t.lower_ for t in reporter.subtree}
    return all(
        a.actor.sector in ("COP", "SPY", "JUD")
        or (a.actor.sector == "GOV" and bool(words & _ORDER_KEEPERS))
        for a in told
    )


_WATER_GUARDS = frozenset({"coast", "coastguard", "navy", "naval"})
"""Words of the forces that police a state's waters: a coast guard or navy that tells of a
boat or its crew held made the arrest or seizure."""


def _guards_waters(reporter: Token | None, ctx: _Context) -> bool:
    """Say whether whoever tells of an arrest or seizure is a coast guard or navy ("the
    coast guard said the trawler was detained"), who made it."""
    told = ctx.actors_for(reporter)
    if not told or reporter is None:
        return False
    words = {t.lower_ for t in reporter.subtree}
    return bool(words & _WATER_GUARDS) and all(a.actor.sector == "MIL" for a in told)


_ONLY_TOWARD_SOMEONE = frozenset({"order", "instruct", "fund", "finance", "equip", "lobby", "beg"})
"""Verbs whose bare lexicon row is an event only when a recognised actor is ordered,
funded or lobbied ("ordered the editor to resign", not "ordered an inquiry")."""


def _names_actor(obj: Token, ctx: _Context) -> bool:
    """Say whether an object is itself an actor (or a list of them), not a thing that
    names one: "ordered Abhisit and Suthep to appear", not "ordered the retrial of a
    Canadian man"."""
    words = {t.i for t in (obj, *obj.conjuncts)}
    return any(a.head in words for a in ctx.actors_for(obj))


_ORGANS = frozenset({"GOV", "MIL", "COP", "SPY", "JUD"})
"""Sectors of a state's apparatus, which its leaders and courts order about."""
_WATCHING = frozenset({"track", "monitor", "follow"})
_SENSORS = frozenset({"radar", "sonar", "satellite", "camera"})
"""What a craft is watched with: "tracked the drone on radar" shows no force."""


def _verb_event(
    tok: Token, trigger: Trigger, ctx: _Context
) -> tuple[list[ActorSpan], list[ActorSpan]] | None:
    passive = _passive(tok)
    obj = _child(tok, "nsubjpass") if passive else _child(tok, "dobj")
    if obj is None and not passive:
        obj = _shared_object(tok) or _what_they_called(tok)
    handling = _handling(tok) if obj is None and not passive else None
    if handling is not None:
        obj = _child(handling, "dobj")  # "stop processing transfers": stop transfers
    if not passive and (into := _moved_into(tok, obj, trigger)) is not None:
        obj = into  # "a drone flew 40 kilometres into Latvian airspace": as "entered" it
    if _reduced_passive(tok):
        obj = tok.head  # "a village shelled by Russian forces": the village
    small = _child(tok, "ccomp")
    if obj is None and small is not None and small.lemma_.lower() in trigger.objects:
        obj = _child(small, "nsubj", "dobj")  # "found him guilty", "let free 74 leaders"
    named = _child(tok, "oprd")
    if named is not None and named.pos_ == "ADJ" and tok.lemma_.lower() not in _NAMING_VERBS:
        named = None  # "shot dead a Bangladeshi man": the act's result, not a name
    if (
        obj is None
        and named is not None
        and tok.lemma_.lower() == "call"
        and (named.pos_ == "PROPN" or tok.tag_ == "VBD" or _misread_finite(tok))
        and not any(c.dep_ == "advmod" and c.lower_ == "so" for c in tok.children)
        and ctx.actors_for(named)
    ):
        # "Khan called Turkey President Recep Tayyip Erdogan on Friday": the parser took
        # the one called for a name given to no one
        obj, named = named, None
    if named is None and obj is not None and tok.lemma_.lower() in _NAMING_VERBS:
        # "called Kosovo's prime minister a liar" (the name hung on the one named, or
        # read as a second name beside it)
        named = _second_name(tok, obj) if obj.dep_ == "oprd" else _appended_name(obj)
    if named is not None and named.lemma_.lower() not in trigger.objects:
        return None  # "called the sanctions unfriendly" names; it does not phone or appeal
    if trigger.note not in (_REFUSAL, _DECLINED) and ctx.unrealised(tok):
        return None
    if _standing_present(tok) and ctx.narrated_past:
        return None  # "Israel rejects the court's jurisdiction": a standing position
    if obj is not None and any(c.dep_ == "det" and c.lower_ == "no" for c in obj.children):
        return None  # "gave no details", "sent no troops": nothing was done
    if (
        obj is not None
        and any(c.dep_ == "amod" and c.lower_ in ("few", "little") for c in obj.children)
        and not any(c.dep_ == "det" and c.lower_ == "a" for c in obj.children)
    ):
        return None  # "gave few details", "offered little help" (not "a few details")
    if trigger.objects and obj is not None and _of_a_kind(_object_word(obj)):
        return None  # "has carried out dozens of such strikes this year": no one act
    if (
        trigger.plover is Plover.MOBILIZE
        and obj is not None
        and _object_word(obj).lemma_.lower() in _STANCES
    ):
        return None  # "reinforced its commitment to refugees": no forces moved
    if tok.lemma_.lower() == "release" and obj is not None and obj.lemma_.lower() in _MATERIALS:
        return None  # "released a recording", "released a statement": no one was freed
    if (
        tok.lemma_.lower() in ("recognize", "recognise")
        and obj is not None
        and obj.lemma_.lower() in _ACKNOWLEDGED
    ):
        return None  # "recognised Somalia's sovereignty": an acknowledgement, no recognition
    if tok.lemma_.lower() in _DENIAL and obj is not None and _denied(obj):
        return None  # "rejected the accusations": a denial, a statement (CAMEO 01x)
    if _denied_charges(tok):
        return None  # "..., charges the governments deny": the noun, read as a verb
    if trigger.plover is Plover.REQUEST and _protest_demand(tok):
        return None  # "rallied outside the base, demanding that the troops leave"
    if trigger.cameo == "041" and tok.lemma_.lower() == "call" and not ctx.actors_for(obj):
        return None  # "called his accusation groundless", "called a vote": no phone call
    if (
        tok.lemma_.lower() in _WATCHING
        and _prep_objects([tok], frozenset({"on", "by"}))
        and any(o.lemma_.lower() in _SENSORS for o in _prep_objects([tok], frozenset({"on", "by"})))
    ):
        return None  # "the army had tracked the drone on radar": watched, no force shown
    if tok.lemma_.lower() == "disperse" and obj is None and not passive:
        return None  # "gathered again before dispersing peacefully": the crowd left
    if passive and trigger.plover is Plover.MOBILIZE and _standing(tok):
        return None  # "14,000 U.N. troops are deployed in the country": where they stand
    if passive:
        agent = _child(tok, "agent") or _agent_misattached(tok)
        source_tok = _child(agent, "pobj") if agent is not None else None
        if source_tok is None and trigger.plover is Plover.MOBILIZE:
            source_tok = obj  # "Police were deployed around polling stations"
            obj = None
        elif source_tok is None and trigger.cameo.startswith(("173", "1711")):
            # "Police said 40 people had been arrested", "the trawler was seized on Tuesday,
            # according to the coast guard": the police or coast guard who tell of an
            # arrest or a seizure made it
            reporter = _reporter(tok) or _according_to(tok)
            if _keeps_order(reporter, ctx) or _guards_waters(reporter, ctx):
                source_tok = reporter
    else:
        source_tok = _subject(tok)
    if source_tok is None and _said_on_contact(tok):
        source_tok = _subject(tok.head)  # "called Zelensky to offer his condolences"
    sources = ctx.subject_actors(source_tok)
    if not sources and passive and source_tok is None and tok.lemma_.lower() in _EXPELLING:
        sources = _expelled_from(tok, ctx)  # "were expelled from Norway": by Norway
    freed: list[ActorSpan] = []
    if not sources and passive and source_tok is None:
        sources = ctx.same_act_before(tok, trigger.plover)
    if not sources and passive and source_tok is None and trigger.cameo.startswith("173"):
        # "was arrested in Rwanda for collaborating with ...": by Rwanda's authorities
        sources = _arrested_in(tok, ctx, ctx.actors_for(obj))
    if not sources and passive and source_tok is None and trigger.cameo.startswith(("173", "1711")):
        sources = ctx.taken_before(tok)  # "... nine more were arrested on Friday"
    if not sources and passive and source_tok is None and trigger.cameo.startswith("0841"):
        sources = ctx.freed_by(tok)  # "... The four men were freed late on Thursday"
        freed = ctx.taken_people(tok, sources) if sources else []
    if (
        not sources
        and trigger.cameo == "114"
        and obj is not None
        and (source_tok is None or (source_tok.pos_ == "NOUN" and not ctx.actors_for(source_tok)))
    ):
        # "The foreign ministry on Wednesday summoned Chile's consul in La Paz": the host
        envoys = {a.actor.country for a in ctx.actors_for(obj)} - {None}
        sources = _host_town([obj, tok], envoys, ctx, None) if len(envoys) == 1 else []
    if not sources:
        return None
    target_toks: list[Token] = []
    if trigger.objects and obj is not None:
        # "hosted two rounds of talks between X and Y": the talks' own words count too
        inner = [
            o
            for p in obj.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for o in _pobjs(p)
            if o.lemma_.lower() in trigger.objects
        ]
        handled = [handling] if handling is not None else []
        target_toks = _prep_objects([tok, obj, *inner, *handled], trigger.preps)
        if not target_toks:
            # "share data on the canal's intake with Tashkent": the parser hung the row's
            # preposition on a noun inside the object
            target_toks = _prep_objects(
                [t for t in obj.subtree if t.i != obj.i and t.pos_ in ("NOUN", "PROPN")],
                trigger.preps,
            )
        if trigger.direct_target and obj.lemma_.lower() not in _INFO_THINGS:
            # "expelled three Russian diplomats"; "Rwandan traders were turned back" (but
            # "gave intelligence to Kyiv": the intelligence is what is given, no one)
            target_toks.append(obj)
        elif trigger.direct_target:
            # "handed Benin intelligence": the parser made the recipient a compound
            target_toks += [c for c in obj.children if c.dep_ == "compound" and c.pos_ == "PROPN"]
        if trigger.direct_target and (dative := _child(tok, "dative")) is not None:
            target_toks.append(_child(dative, "pobj") or dative)  # "offered Cuba $3 million"
        ctx.consumed.add(obj.i)
        ctx.consumed.update(o.i for o in inner)
    else:
        if trigger.direct_target and obj is not None:
            target_toks.append(obj)
        if trigger.direct_target and (dative := _child(tok, "dative")) is not None:
            target_toks.append(_child(dative, "pobj") or dative)
        target_toks += _prep_objects([tok], trigger.preps)
        if obj is not None and not trigger.direct_target:
            target_toks += _prep_objects([obj], trigger.preps)
    targets: list[ActorSpan] = []
    for t in target_toks:
        if t is obj and _given_people(obj, trigger, sources, ctx):
            continue
        for a in ctx.actors_for(t):
            if a not in targets and a not in sources:
                targets.append(a)
    if not targets and trigger.direct_target and not passive and _object_gap(tok, obj):
        # "sanctioned four firms and two men it accuses of aiding Moscow": the clause's
        # object is the noun it hangs on (and the nouns joined to it)
        for t in (tok.head, *tok.head.conjuncts):
            targets += [a for a in ctx.actors_for(t) if a not in targets and a not in sources]
    if tok.lemma_.lower() in _HELPING and not targets:
        helped = _child(tok, "ccomp")
        if helped is not None:
            # "would help Poland strengthen its defences": the parser made the one
            # helped the subject of what it is helped to do
            targets = [a for a in ctx.actors_for(_child(helped, "nsubj")) if a not in sources]
        elif obj is None and _child(tok, "xcomp") is not None:
            return None  # "helped broker the deal": the brokering is the act
    if trigger.cameo == "062" and len(sources) > 1:
        # "the United States, South Korea and Japan staged joint air drills with U.S. B-1B
        # bombers": the sources' own forces take part; they are no partner
        own = {a.actor.country for a in sources}
        targets = [a for a in targets if a.actor.country not in own]
    release_asked = (
        trigger.plover is Plover.REQUEST and obj is not None and obj.lemma_.lower() == "release"
    )
    if release_asked:
        assert obj is not None
        # "demanded the release of its citizens held in Burkina Faso": asked of the holder
        holders = _holders(obj, ctx, sources)
        own = {a.actor.country for a in sources}
        # "demanded the release of about 200 fighters captured in 2022": people named by
        # no country are the asker's own (or no one's), not whom the demand is made of
        targets = [a for a in targets if not _unnamed_released(obj, a, ctx)]
        if not holders and all(a.actor.country in own for a in targets):
            # "Chinese officers detained a Japanese employee ... Tokyo demanded the man's
            # release": asked of whoever the story told held its people
            holders = ctx.last_holder(tok, own)
        if not holders and not targets:
            # "Greek officers detained six fishermen ... Egypt demanded the release of the
            # fishermen": asked of whoever the story told took them
            holders = ctx.holder_of(obj, own)
        if holders and all(a.actor.country in own for a in targets):
            targets = holders
    if freed and all(a.actor.country in {x.actor.country for x in sources} for a in targets):
        # "Senegalese troops detained five Gambian fishermen ... The five men were freed
        # on Tuesday": given back to their own country, not to the holder's
        targets = freed
    if not targets and _said_on_contact(tok):
        # "called Zelensky to offer his condolences", "visited Kyiv to express support":
        # said to whom the call or visit was made
        contacted = _child(tok.head, "dobj", "oprd")
        targets = [a for a in ctx.actors_for(contacted) if a not in sources]
    if not targets and trigger.plover in _SAID_TO and (addressed := _addressed(tok)) is not None:
        # "told Kanai that ... and demanded that she retract them", "summoned Uganda's
        # envoy and demanded consular access": said to whom the first verb was addressed
        targets = [a for a in ctx.actors_for(addressed) if a not in sources]
    if not targets and trigger.plover is Plover.REQUEST and any(map(_anyone, target_toks)):
        # "urged other nations to honour their pledges", "called on other European
        # countries to cut ties with Rwanda": asked of no one in particular, and not of
        # whoever the request is about
        return sources, []
    if not targets and trigger.cameo.startswith("15"):
        # a show of force "around Taiwan" is aimed at Taiwan, though the name is a place
        own = {x.actor.country for x in sources}
        # ("troops to its border with Belarus": the neighbour across it)
        across = _prep_objects(target_toks, frozenset({"with"}))
        for t in [*target_toks, *across]:
            aimed = ctx.adjective_actor_at(t)
            if aimed is not None and aimed.actor.country not in own:
                targets.append(aimed)
        # "massed troops along the Ukrainian border": the border's other country
        for t in tok.subtree if not targets else []:
            if t.lemma_.lower() not in _FRONTIER_WORDS or t.head.lower_ not in _ALONG:
                continue
            aimed = ctx.adjective_actor(t)
            if aimed is not None and aimed.actor.country not in own:
                targets.append(aimed)
                break
    if not targets and trigger.cameo.startswith(("14", "16")):
        # "rallied outside the French military base", "protested outside the Russian
        # embassy": a protest at a country's post is aimed at that country; "a 30 percent
        # tariff on Ecuadorean products", a sanction on its goods, too
        targets += _first_foreign(ctx, target_toks, sources)
    if not targets and trigger.cameo.startswith("16"):
        # "duties on brandy from the EU", "a ban on imports from Rwanda": where the goods
        # come from
        origins = _prep_objects([tok, *target_toks], frozenset({"from"}))
        targets += [a for o in origins for a in ctx.actors_for(o) if a not in sources]
    if tok.lemma_.lower() in _WARNINGS and _of_hazard(tok):
        return None  # "warned of avalanches": a forecast, not a threat to anyone
    if tok.lemma_.lower() in _WARNINGS and _travel_advisory(tok, ctx, sources):
        return None  # "warned its citizens not to travel to Lebanon": advice, no threat
    if tok.lemma_.lower() in _WARNINGS and not targets:
        clause = _child(tok, "ccomp")
        said = ctx.actors_for(_child(clause, "nsubj", "nsubjpass")) if clause is not None else []
        own = {x.actor.code for x in sources}
        if clause is not None and not any(x.actor.code in own for x in said):
            # "agencies warn that millions face hunger": a forecast, not a threat; a threat
            # says what the warner itself will do ("warned it would respond")
            return None
    if _anonymity(tok):
        return None  # "asked not to be named", "spoke on condition of anonymity"
    complement = _child(tok, "xcomp")
    if (
        complement is not None
        and tok.lemma_.lower() in _NO_EVENT_REFUSALS
        and (complement.lemma_.lower() in _INFO_VERBS)
    ):
        asked = _refused_request(complement, ctx, sources)
        asked += [a for a in _refused_party(complement, ctx, sources) if a not in asked]
        if not asked:
            return None  # "refused to confirm casualties": no act toward anyone
        targets += [a for a in asked if a not in targets]
    if not targets and complement is not None and tok.lemma_.lower() in _NO_EVENT_REFUSALS:
        targets += _refused_party(complement, ctx, sources)  # "refused to allow X to land"
    if (
        not targets
        and obj is not None
        and not passive
        and not (trigger.reciprocal and len(sources) > 1)
    ):
        # "condemned Iran's decision", "rejected calls from Washington", "lifted its ban on
        # Japanese imports": the target is whoever the object belongs to or is aimed at.
        own = {x.actor.code for x in sources}
        reaction = trigger.cameo.startswith(_REACTIONS)
        praise = trigger.plover is Plover.SUPPORT and _mutual_act(obj)
        # "welcomed the agreement": praise of what two sides did together is aimed at
        # neither, unless the object names whose it is ("welcomed Belgium's stance")
        for a in _doers(obj, ctx) if praise else _owners(obj, ctx, reaction=reaction):
            if release_asked and _unnamed_released(obj, a, ctx):
                continue  # (the people asked back are not whom the demand is made of)
            if a not in targets and a not in sources and a.actor.code not in own:
                first = tok.doc[a.start]
                if (
                    first.dep_ == "poss"
                    and first.pos_ == "PRON"
                    and a.end - a.start > 1  # a possessed role, not the owner ("her offer")
                    and a.actor.country in {x.actor.country for x in sources}
                ):
                    continue  # "withdrew some of its troops": its own, no one else
                targets.append(a)
        if praise and not targets:
            # "Ethiopia's government and the OLA signed a truce ... Washington welcomed the
            # agreement": what both sides of one country did together is that country's
            targets = ctx.one_country_pact(tok, sources)
    if (
        not targets
        and tok.dep_ in ("relcl", "acl")
        and tok.head.lemma_.lower() in _SUMMARIES
        and trigger.cameo.startswith(_REACTIONS)
    ):
        # "Ankara issued a warning, a move that Athens condemned": whoever made the move
        targets = [a for a in _summed_up(tok.head, ctx) if a not in sources]
    if not targets and (
        (trigger.plover in _MATERIAL and not trigger.cameo.startswith("172"))
        or _aid(trigger)
        or trigger.cameo in ("0233", "1033")  # "sought refuge in Germany": of Germany
        or _visit(trigger)
        or trigger.cameo.startswith("166")  # peacekeepers withdrawn from a country's ground
        or trigger.cameo.startswith("087")  # "withdrew its troops from Syria"
    ):
        # "launched drones at Ukraine", "struck a depot in Russia's Rostov region": an
        # attack on a place is aimed at the country the place is in; "food supplies to
        # flood-hit districts of Pakistan" go to Pakistan.
        withdrawn = trigger.cameo.startswith(("166", "087"))  # the object is who is withdrawn
        places = [
            *target_toks,
            *([obj] if obj is not None and not passive and not withdrawn else []),
        ]
        targets = [a for a in ctx.place_targets(places, sources) if a not in sources]
    purpose = next(
        (
            c
            for c in tok.children
            if c.dep_ == "advcl"
            and any(a.dep_ in ("aux", "mark") and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if not targets and complement is None and purpose is not None:
        complement = purpose  # "fired tear gas to disperse the protesters"
    if (
        not targets
        and complement is not None
        and not (trigger.reciprocal and len(sources) > 1)
        and trigger.plover is not Plover.CONSULT  # "discusses taking over government buildings"
    ):
        # "threatened to impose sanctions on Iran": the target sits in the complement
        # ("China and India agreed to pull back troops" is mutual instead).
        inner = [t for t in (_child(complement, "dobj"),) if t is not None]
        inner += _prep_objects([complement, *inner], _COMPLEMENT_PREPS)
        if any(m.dep_ == "mark" and m.lower_ == "for" for m in complement.children):
            # "called for Ethiopia to support Haiti": asked of Ethiopia
            inner = [t for t in (_child(complement, "nsubj"),) if t is not None] or inner
        for t in inner:
            for a in ctx.actors_for(t):
                if a not in targets and a not in sources:
                    targets.append(a)
        if not targets and trigger.plover is Plover.THREATEN:
            # "threatened to carry out attacks in Kenya": the country the threat is aimed at
            targets = [a for a in ctx.place_targets(inner, sources) if a not in sources]
        if not targets and trigger.plover is Plover.MOBILIZE:
            # "scrambled two jets to shadow the Russian aircraft": at Russia
            targets += _first_foreign(ctx, inner, sources)
    if not targets and _said_on_contact(tok):
        # "called Erdogan to apologize for the incident": to whom the call was made
        targets = [a for a in ctx.actors_for(_child(tok.head, "dobj")) if a not in sources]
    if not targets and trigger.plover is Plover.THREATEN:
        # "... if Washington approved a new arms sale", "... unless Nairobi withdrew its
        # troops": the threat is aimed at whoever must act to avoid it
        targets = [a for a in ctx.actors_for(_condition_subject(tok)) if a not in sources]
    if not targets and "for" in trigger.preps:
        # "set a deadline for Canada to take back the waste", "pledged money for Kyiv to
        # buy air defences": whoever the "for ... to" clause is about
        for holder in (tok, obj):
            clause = next(
                (
                    c
                    for c in (holder.children if holder is not None else ())
                    if c.dep_ in ("advcl", "acl", "relcl")
                    and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
                ),
                None,
            )
            if clause is not None:
                targets = [a for a in ctx.actors_for(_child(clause, "nsubj")) if a not in sources]
                break
    if not targets and trigger.plover is Plover.REQUEST:
        # "demanded that Belarus release", "called for the president to step down"
        clause = next(
            (
                c
                for c in tok.children
                if c.dep_ == "ccomp" or (c.dep_ == "advcl" and _child(c, "mark") is not None)
            ),
            None,
        )
        if clause is not None:
            asked = ctx.actors_for(_child(clause, "nsubj", "nsubjpass"))
            targets = [a for a in asked if a not in sources]
    if (
        not targets
        and trigger.plover is Plover.REQUEST
        and tok.dep_ == "advcl"
        and tok.tag_ == "VBG"
        and tok.head.lemma_.lower() in _ADDRESSING
    ):
        # "wrote to Kabul last week asking for a seat": whom the letter went to
        addressed = _prep_objects([tok.head], frozenset({"to"}))
        targets = [a for t in addressed for a in ctx.actors_for(t) if a not in sources]
    if not targets and trigger.plover is Plover.CONCEDE and obj is not None:
        targets = ctx.undone(tok, sources)  # "lifted an earlier veto": of whom it blocked
    if not targets and len(sources) == 1 and tok.lemma_.lower() == "discuss":
        return None  # "a man discusses taking over buildings": talk with no one named
    if not targets and trigger.cameo == "043" and tok.lemma_.lower() == "receive":
        return None  # "received an award": receiving hosts someone only when it is someone
    if not trigger.objects and tok.lemma_.lower() in _DIRECTIVES:
        if tok.tag_ == "VBG" and tok.dep_ in ("advcl", "acl", "xcomp"):
            return None  # "ruled that the firm was liable, ordering it to pay": the ruling
        # "the president ordered the army to ...", "the court ordered the government to
        # pay": a state's organs obey orders; no demand between actors
        targets = [a for a in targets if a.actor.sector not in _ORGANS]
    if (
        not trigger.objects
        and tok.lemma_.lower() in _ONLY_TOWARD_SOMEONE
        and (not targets or obj is None or not _names_actor(obj, ctx))
    ):
        # "ordered an inquiry", "funds the project", "ordered the release of X" (the
        # release is the act): no one is ordered or funded
        return None
    clause = _child(tok, "ccomp")
    if (
        not targets
        and trigger.plover is Plover.REQUEST
        and clause is not None
        and clause.pos_ == "NOUN"
        and clause.lemma_.lower() in MISREAD_VERBS
    ):
        # "demanded that President Ruto resign", the verb read as a noun that the name
        # modifies: the name is who is asked
        targets = [a for a in ctx.actors_for(clause) if a not in sources]
    if not targets and trigger.plover is Plover.PROTEST:
        targets = _mission_owners(tok, ctx, sources)  # "rallied outside India's embassy"
    if _unaimed_closure(tok, trigger):
        # "In a separate move, the authorities closed the Ras Ajdir border crossing", after
        # the story told of a Libyan boat firing on a Tunisian trawler: a closure that names
        # no neighbour answers the latest act of one toward the closer; with none told, it
        # may be for repairs or a holiday (then aim_at_focus aims it at the other side of a
        # two-country story, or drops it: see _shut_border)
        targets = ctx.last_harm_toward(tok, sources)
    if trigger.plover is Plover.SANCTION:
        targets = [_whose_side(a, ctx, sources) for a in targets]
    return sources, targets


def _unaimed_closure(tok: Token, trigger: Trigger) -> bool:
    """Say whether a verb closes a border or crossing (CAMEO 163) with no "with X" or "to
    X" that names whom: "closed the Ras Ajdir border crossing late on Tuesday"."""
    if not trigger.prep_required or not trigger.cameo.startswith("163") or tok.pos_ != "VERB":
        return False
    obj = _child(tok, "dobj")
    if obj is None or obj.lemma_.lower() not in _CLOSED_FRONTIERS:
        return False
    return not any(_has_prep(t, trigger.preps) for t in (tok, obj))


_CLOSED_FRONTIERS = frozenset({"border", "frontier", "crossing"})
_ANSWERED_HARMS = frozenset({Plover.ASSAULT, Plover.COERCE, Plover.THREATEN, Plover.MOBILIZE})


def _whose_side(a: ActorSpan, ctx: _Context, sources: list[ActorSpan]) -> ActorSpan:
    """Return a sanctioned target placed in the sanctioner's own country for want of a
    nationality, moved to the one other country its relative clause ties it to: "sanctioned
    four shipping companies it accused of carrying Venezuelan crude" hits Venezuela's side,
    not American firms."""
    own = {x.actor.country for x in sources}
    if a.actor.country not in own or not 0 <= a.head < len(ctx.doc):
        return a
    head = ctx.doc[a.head]
    words = [*ctx.doc[a.start : a.end], *(c for c in head.children if c.dep_ == "poss")]
    if any(t.pos_ in ("PROPN", "PRON") or t.ent_type_ in ("NORP", "GPE") for t in words):
        return a  # its own words name it: "its own companies", "American firms"
    clauses = [c for h in (head, *head.conjuncts) for c in h.children if c.dep_ in _TIES]
    tied = {
        x.actor.country: x
        for c in clauses
        for t in c.subtree
        for x in (ctx.actors_for(t) or [y for y in [ctx.adjective_actor_at(t)] if y])
        if x.actor.country and x.actor.country not in own
    }
    if len(tied) != 1:
        return a
    (country,) = tied
    code = f"{country}{a.actor.sector or ''}"
    return dataclasses.replace(a, actor=dataclasses.replace(a.actor, code=code, country=country))


_TIES = frozenset({"relcl", "acl"})


_ANYONE = frozenset(
    {"country", "nation", "state", "government", "donor", "partner", "member", "ally"}
)
_HELPING = frozenset({"help", "assist"})


def _anyone(tok: Token) -> bool:
    """Whether an addressee is a group of no one in particular: "other nations", "all
    countries", "the international community"."""
    word = tok.lemma_.lower()
    if word == "community":
        return any(c.lower_ == "international" for c in tok.children)
    return word in _ANYONE and tok.tag_ == "NNS"


def _condition_subject(tok: Token) -> Token | None:
    """Return the subject of an "if" or "unless" clause of a verb or of its complement."""
    for verb in (tok, *(c for c in tok.children if c.dep_ in ("ccomp", "xcomp"))):
        for c in verb.children:
            mark = _child(c, "mark") if c.dep_ == "advcl" else None
            if mark is not None and mark.lower_ in ("if", "unless"):
                return _child(c, "nsubj", "nsubjpass")
    return None


# Objects that are someone's words or proposals: their owner is the target.
_APPEALS = frozenset({"appeal", "call", "demand", "request", "plea", "ultimatum"})
"""Nouns that name an earlier request whatever verb made it ("urged", "called on")."""

_OWNED_THINGS = frozenset(
    {
        "demand", "call", "request", "proposal", "plan", "offer", "invitation", "resolution",
        "bill", "decision", "statement", "claim", "accusation", "appeal", "ultimatum", "bid",
        "package", "condition", "initiative", "draft", "motion", "policy", "rally", "protest",
        "march", "demonstration", "party", "newspaper", "movement",
    }
)  # fmt: skip
_OWNER_PREPS = frozenset({"from", "by", "into", "against", "on", "of", "over", "with", "for"})


def _is_act_noun(noun: Token) -> bool:
    """Say whether a noun names something done ("the killing", "the arrest", "the use of
    force"), whose doer, not whom it was done to, is who a reaction is aimed at."""
    if noun.tag_ == "VBG" and any(c.dep_ in ("det", "poss") for c in noun.children):
        return is_act_noun(noun.lower_)  # "the beating", parsed as a verb
    return noun.pos_ == "NOUN" and is_act_noun(noun.lemma_.lower())


def _doers(noun: Token, ctx: _Context) -> list[ActorSpan]:
    """Return who did what an act noun names: its owner ("Somalia's killing of ..."), a
    nationality word ("the Russian strikes") or its "by" agent, also on its "of" object ("the
    use of force by officers")."""
    found: list[ActorSpan] = []
    heads = [noun] + [
        c for p in noun.children if p.dep_ == "prep" and p.lower_ == "of" for c in p.children
    ]
    for head in heads:
        for c in head.children:
            if c.dep_ == "poss" and c.pos_ != "PRON":
                if head is not noun and noun.lemma_.lower() not in _USES:
                    # "the expulsion of Panama's envoy": whose envoy is who underwent it
                    continue
                found += ctx.actors_for(c)
            elif c.dep_ in ("amod", "compound", "nmod") and head is noun:
                named = ctx.actors_for(c)
                if not named and (adj := ctx.adjective_actor_at(c)) is not None:
                    named = [adj]
                found += [a for a in named if not _named_for_a_city(head, a)]
            elif c.dep_ in ("prep", "agent") and c.lower_ in ("by", "from"):
                found += [a for g in c.children if g.dep_ == "pobj" for a in ctx.actors_for(g)]
    return found


_USES = frozenset({"use", "deployment", "presence", "involvement", "build-up", "buildup"})
"""Act nouns whose "of" object is the doer's own means: "the use of Russia's army"."""


_REACTIONS = ("03", "05", "11", "12")
"""CAMEO codes of reactions to what others did: praise, disapproval, rejection."""


_TIED = frozenset(
    {"linked", "owned", "operated", "managed", "chartered", "belonging", "flagged", "tied"}
)


_EMBLEMS = frozenset({"flag", "banner"})


def _waved(obj: Token) -> bool:
    """Return whether an object is a flag or banner waved ("waving Russian flags"), which
    tells whom the crowd sides with, not whom it protests against."""
    if obj.lemma_.lower() not in _EMBLEMS:
        return False
    waving = [obj.head, *(c for c in obj.children if c.dep_ in ("amod", "acl"))]
    return any(t.lemma_.lower() == "wave" or t.lower_ == "waving" for t in waving)


def _owners(obj: Token, ctx: _Context, *, reaction: bool = False) -> list[ActorSpan]:
    """Return the actors an object noun belongs to, comes from or is aimed at. For a
    reaction to an act ("condemned the killing of civilians by militants") that is who did
    it, and no one when the text does not say: the act's victims are not who a reaction is
    aimed at ("imposed sanctions on Iran's exports" is the subject's own act: Iran)."""
    if _waved(obj):
        return []  # "rallied ..., some waving Russian flags": support shown, no one aimed at
    if (
        reaction
        and _is_act_noun(obj)
        and obj.lemma_.lower() not in _OWNED_THINGS
        and not ctx.actors_for(obj)
    ):
        doers = _doers(obj, ctx) or ctx.earlier_named(obj) or ctx.earlier_act(obj)
        if not doers and obj.lemma_.lower() in _DEALS:
            # "Ethiopia signed a memorandum with Somaliland ... Mogadishu called the deal an
            # attack on its sovereignty": who made the deal
            doers = ctx.latest_move(obj, _DEAL_KINDS)
        if not doers and (kinds := _ACTS_NAMED.get(obj.lemma_.lower())):
            # "condemned the drills": whose drills, however far back (the kind is named)
            doers = ctx.latest_move(obj, kinds, window=len(obj.doc))
        return doers
    if ctx.actors_for(obj):
        if obj.lemma_.lower() in _OWNED_THINGS:
            return ctx.actors_for(obj)  # "rejected the opposition's demand": whose demand
        return []  # the object is an actor itself and the row did not want it as target
    found: list[ActorSpan] = []
    candidates = [obj]
    for acl in obj.children:
        if acl.dep_ == "acl" and acl.lower_ in _TIED:
            # "a container ship linked to an Israeli businessman", "a tanker owned by ..."
            candidates += [
                o for p in acl.children if p.dep_ in ("prep", "agent") for o in _pobjs(p)
            ]
    for prep in obj.children:
        if prep.dep_ == "prep" and prep.lower_ in _OWNER_PREPS:
            for c in (c for c in prep.children if c.dep_ == "pobj"):
                candidates.append(c)
                # "blocked the opening of the first chapter of North Macedonia's talks"
                candidates += [
                    g
                    for p in c.children
                    if p.dep_ == "prep" and p.lower_ == "of" and prep.lower_ == "of"
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
                # "offers of talks by the Kabul government": whose the nested noun is
                candidates += [
                    g
                    for p in c.children
                    if p.dep_ in ("prep", "agent") and p.lower_ in ("by", "from")
                    for g in p.children
                    if g.dep_ == "pobj"
                ]
    for c in candidates:
        direct = ctx.actors_for(c) if c is not obj else []
        found += direct
        if not direct:
            for mod in c.children:
                if mod.dep_ == "poss" and mod.pos_ == "PRON":
                    # "rejected her offer"; "boarded a Vietnamese fishing boat and beaten its
                    # crew": the boat's
                    found += (
                        ctx.actors_for(mod)
                        or ctx.antecedent(mod)
                        or _earlier_object(c, ctx)
                        or _main_clause_state(mod, ctx)
                    )
                    continue
                if mod.dep_ in ("poss", "compound", "amod", "nmod") and mod.pos_ != "PRON":
                    named = ctx.actors_for(mod)
                    if not named and (adj := ctx.adjective_actor_at(mod)) is not None:
                        named = [adj]
                    if (
                        mod.dep_ != "poss"
                        and c.lemma_.lower() in _APPLICATIONS
                        and _child(c, "poss") is not None
                    ):
                        # "blocked its NATO and EU bids": the bloc is applied to, not the
                        # owner (but "suspended EU accession talks" are with the EU)
                        named = [a for a in named if a.actor.country is not None]
                    # "violated the Minsk agreements": the city is no party
                    found += [a for a in named if not _named_for_a_city(c, a)]
    if not found and reaction and obj.lemma_.lower() in _OWNED_THINGS:
        # "had offered Cuba $3 million ... called the offer cynical": who offered
        found = ctx.earlier_named(obj)
    if not found and reaction and obj.lemma_.lower() in _DECISIONS:
        found = ctx.decider(obj)  # "welcomed the vote": the board that voted
    if not found and reaction and obj.lemma_.lower() in _MOVES:
        found = ctx.latest_move(obj)  # "called the decision disproportionate"
    return found


def _main_clause_state(pronoun: Token, ctx: _Context) -> list[ActorSpan]:
    """Return the state "its" refers to in an "after" or "when" clause: the subject of
    the clause it hangs on ("Latvia summoned Russia's envoy after a Russian drone flew
    into its airspace": Latvia's), if that is one state or its government."""
    if pronoun.lower_ != "its":
        return []
    verb = pronoun.head
    while verb.pos_ not in ("VERB", "AUX") and verb.dep_ != "ROOT":
        verb = verb.head
    if verb.dep_ != "advcl" or verb.head.pos_ not in ("VERB", "AUX"):
        return []
    found = ctx.actors_for(_child(verb.head, "nsubj"))
    return found if len(found) == 1 and found[0].actor.sector in (None, "GOV") else []


_APPLICATIONS = frozenset(
    {"bid", "membership", "accession", "application", "candidacy", "entry", "admission", "talk"}
)
"""What a country asks of a bloc: "its EU bid", "NATO membership" are the country's."""


def _earlier_object(obj: Token, ctx: _Context) -> list[ActorSpan]:
    """Return whose "its" or "their" is on the object of the second of two joined verbs:
    the first verb's object's ("boarded a Vietnamese fishing boat ..., beaten its crew")."""
    poss = _child(obj, "poss")
    verb = obj.head
    if poss is None or poss.lower_ not in ("its", "their") or obj.dep_ != "dobj":
        return []
    earlier = _listed_participle(verb)
    if earlier is None and (verb.dep_ != "conj" or verb.head.pos_ != "VERB"):
        return []
    first = _child(earlier if earlier is not None else verb.head, "dobj")
    return _owners(first, ctx) if first is not None and first.i < obj.i else []


_PEOPLE_FROM = frozenset(
    {
        "officer", "soldier", "troop", "agent", "member", "man", "personnel", "crew",
        "sailor", "guard", "official", "fighter", "militant", "policeman", "commando",
    }
)  # fmt: skip
"""People who act for what they are from or on ("officers from a Chinese coast guard
vessel", "men from a militia")."""
_UNIT_NOUNS = frozenset(
    {
        "mission", "force", "command", "unit", "contingent", "operation", "patrol",
        "battalion", "brigade", "squadron", "fleet", "task",
    }
)  # fmt: skip
"""A body that acts for its owner ("the alliance's air policing mission")."""
_MOVES = frozenset({"decision", "move", "step", "measure"})
_ACTS_NAMED = {
    **dict.fromkeys(
        ("drill", "exercise", "manoeuvre", "maneuver", "deployment", "buildup", "build-up"),
        frozenset({Plover.MOBILIZE}),
    ),
    **dict.fromkeys(
        ("strike", "airstrike", "attack", "shelling", "bombing", "raid"),
        frozenset({Plover.ASSAULT}),
    ),
    # an incursion is an attack across a border or a show of force in another's airspace
    **dict.fromkeys(("incursion", "intrusion"), frozenset({Plover.ASSAULT, Plover.MOBILIZE})),
    **dict.fromkeys(("sanction", "tariff", "embargo", "ban"), frozenset({Plover.SANCTION})),
    **dict.fromkeys(("arrest", "detention", "seizure"), frozenset({Plover.COERCE})),
}
"""Acts a reaction names by their kind ("condemned the drills"): whose they are is who did
the latest act of that kind coded before."""
_PACT_KINDS = frozenset({Plover.AGREE, Plover.CONSULT, Plover.RETREAT, Plover.SUPPORT})
"""Kinds of what two sides do together: agree, talk, stop fighting, sign."""
_DEALS = frozenset({"deal", "agreement", "memorandum", "accord", "pact"})
_MUTUAL_ACTS = _DEALS | frozenset(
    {"ceasefire", "truce", "talk", "talks", "dialogue", "negotiation", "exchange", "swap"}
)
"""What two sides do together: a welcome of it is aimed at neither side."""
_PHASES = frozenset({"resumption", "start", "outcome", "result", "conclusion", "signing"})
_MUTUAL_PRAISED = re.compile(
    r"\s+the\s+(?:(?:resumption|start|outcome|result|conclusion|signing)\s+of\s+(?:the\s+)?)?"
    r"(?:\w+\s+)?(?:deal|agreement|memorandum|accord|pact|ceasefire|truce|talks|dialogue"
    r"|negotiations|exchange|swap|outcome)\b",
    re.I,
)
"""The words after "welcomed" that name something two sides did together."""

_PACT_PRAISED = re.compile(r"\s+the\s+(?:[\w-]+\s+)?(?:deal|agreement|treaty|accord|pact)\b", re.I)
"""The words after "welcomed" that name a pact two sides signed ("welcomed the treaty"): praise
of both parties, unlike "welcomed the outcome" or "the resumption of talks"."""


def _mutual_act(obj: Token) -> bool:
    """Whether an object names what two sides did together ("the agreement", "the
    resumption of talks", "the prisoner exchange") or its outcome."""
    lemma = obj.lemma_.lower()
    if lemma in _MUTUAL_ACTS or obj.lower_ in _MUTUAL_ACTS or lemma == "outcome":
        return True
    return lemma in _PHASES and any(
        g.lemma_.lower() in _MUTUAL_ACTS or g.lower_ in _MUTUAL_ACTS
        for p in obj.children
        if p.dep_ == "prep" and p.lower_ == "of"
        for g in p.children
        if g.dep_ == "pobj"
    )


_DEAL_KINDS = frozenset({Plover.AGREE, Plover.SUPPORT, Plover.COOPERATE})
"""What a reaction calls an earlier act without naming it ("called the decision
disproportionate"): the latest hostile move coded before."""
_MOVE_KINDS = frozenset(
    {Plover.SANCTION, Plover.COERCE, Plover.ASSAULT, Plover.REJECT, Plover.THREATEN}
)

_DECISIONS = {
    "vote": ("vote", "pass", "adopt", "approve", "declare", "find", "veto"),
    "decision": ("decide", "rule", "vote", "approve", "order"),
    "resolution": ("adopt", "pass", "approve", "vote", "declare", "find"),
    "ruling": ("rule", "order", "find", "declare"),
    "verdict": ("rule", "find", "convict", "acquit", "sentence"),
    "finding": ("find", "declare", "conclude", "rule"),
    "request": ("ask", "request", "appeal", "urge", "call", "seek"),
}
"""A decision a reaction can take as object, and the verbs that tell who made it ("The
board declared Iran in breach ... Britain welcomed the vote")."""


def _anonymity(tok: Token) -> bool:
    """Return whether a verb is the attribution formula of an unnamed source."""
    lemma = tok.lemma_.lower()
    if lemma in ("ask", "request"):
        return any(
            c.dep_ == "xcomp" and c.lemma_.lower() in ("name", "identify", "quote")
            for c in tok.children
        ) or any(
            # "asking that her name not be used", "requesting that he not be identified"
            c.dep_ == "ccomp"
            and any(
                s.dep_ == "nsubjpass"
                and (
                    s.lemma_.lower() in ("name", "identity")
                    or c.lemma_.lower() in ("name", "identify", "quote")
                )
                for s in c.children
            )
            for c in tok.children
        )
    if lemma in ("speak", "talk"):
        return any(
            w.lemma_.lower() in ("condition", "anonymity")
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "on"
            for w in p.children
        )
    return False


_BLOWS = frozenset({"attack", "assault", "hit", "blast", "slam", "savage", "bombard", "target"})


def _in_a_story(tok: Token) -> bool:
    """Whether a word tells what happens in a show, a film or a novel (``works.tsv``):
    under a work ("a second season, set during the British bombardment of Copenhagen"),
    under what a work does ("the show follows a baker's daughter who joins the militia as
    Swedish troops storm the walls"), or an attack on a work ("critics attacked the
    film")."""
    works = load_works()
    if tok.lemma_.lower() in _BLOWS and any(
        c.dep_ == "dobj" and c.lemma_.lower() in works for c in tok.children
    ):
        return True
    steps = 0
    node = tok
    while node.head.i != node.i and steps < 12:
        node = node.head
        steps += 1
        if node.pos_ == "NOUN" and node.lemma_.lower() in works:
            return True
        if node.pos_ in ("VERB", "AUX") and any(
            c.dep_ == "nsubj" and c.lemma_.lower() in works for c in node.children
        ):
            return True
    return False


def _first_foreign(
    ctx: _Context, toks: Iterable[Token], sources: list[ActorSpan]
) -> list[ActorSpan]:
    """Return the first country a word's nationality names that is not a source's own
    ("outside the French military base", "the Russian aircraft"), as a one-item list."""
    own = {x.actor.country for x in sources}
    for t in toks:
        aimed = ctx.adjective_actor(t)
        if aimed is not None and aimed.actor.country not in own:
            return [aimed]
    return []


def _in_question(tok: Token) -> bool:
    """Whether a word is inside a "whether" clause: asked or unknown, not told as done."""
    node = tok
    for _ in range(12):
        if any(c.dep_ == "mark" and c.lower_ == "whether" for c in node.children):
            return True
        if node.head.i == node.i:
            return False
        node = node.head
    return False


def _of_hazard(tok: Token) -> bool:
    """Whether a warning is of something no one does ("warned of avalanches", "warned
    about flooding"): the killers of ``casualties/causes.tsv``."""
    from flashpoint.layers.casualties import natural_causes

    causes = natural_causes()
    return any(
        w.lemma_.lower() in causes
        for p in tok.children
        if p.dep_ == "prep" and p.lower_ in ("of", "about")
        for w in p.children
        if w.dep_ == "pobj"
    )


_TRAVEL = frozenset({"travel", "visit", "trip", "journey", "fly", "tour", "holiday", "vacation"})


def _travel_advisory(tok: Token, ctx: Any, sources: list[Any]) -> bool:
    """Whether a warning is advice to travellers: "warned travellers against visiting
    China", "warned its citizens not to travel to Lebanon". The warned are no actor, or the
    warner's own civilians, and the words after the verb speak of travel; "warned Israel
    against a trip to Gaza" still warns a state."""
    if not any(w.i > tok.i and w.lemma_.lower() in _TRAVEL for w in tok.subtree):
        return False
    warned = _child(tok, "dobj")
    if warned is None:
        return False
    own = {x.actor.country for x in sources}
    return all(a.actor.sector == "CVL" and a.actor.country in own for a in ctx.actors_for(warned))


_NO_EVENT_REFUSALS = frozenset({"refuse", "decline"})
_WARNINGS = frozenset({"warn", "caution"})
_INFO_VERBS = frozenset(
    {
        "confirm",
        "comment",
        "disclose",
        "reveal",
        "say",
        "give",
        "provide",
        "specify",
        "elaborate",
        "discuss",
        "name",
        "identify",
        "release",
        "answer",
        "respond",
        "speak",
    }
)
_COMPLEMENT_PREPS = frozenset({"on", "against", "with", "to", "toward", "towards", "into"})
_ASKINGS = frozenset({"request", "demand", "call", "appeal", "plea", "summons", "subpoena"})


def _refused_request(complement: Token, ctx: _Context, sources: list[ActorSpan]) -> list[ActorSpan]:
    """Return whose request "refused to respond (to answer)" refuses: "refused to respond
    to a request from Washington" rejects Washington's request; "refused to respond to
    questions" or "declined to comment to reporters" rejects no one."""
    asked = [o for o in _prep_objects([complement], frozenset({"to"}))]
    asked += [o for o in (_child(complement, "dobj"),) if o is not None]
    asked = [o for o in asked if o.lemma_.lower() in _ASKINGS]
    askers = [*asked, *_prep_objects(asked, frozenset({"from", "by"}))]
    found = [a for o in askers for a in ctx.actors_for(o)]
    return [a for a in found if a not in sources and a.actor.sector != "MED"]


_GIVING = frozenset({"give", "provide", "hand"})
_LETTING = frozenset({"allow", "let", "permit"})


def _refused_party(complement: Token, ctx: _Context, sources: list[ActorSpan]) -> list[ActorSpan]:
    """Return whom a refusal to give or to let is aimed at: "refused to give the US military
    any information" (who would have been given), "refused to allow an Ethiopian plane to
    land" (who would have been let); not the press ("declined to give reporters details")."""
    lemma = complement.lemma_.lower()
    if lemma in _GIVING:
        toks = [c for c in complement.children if c.dep_ == "dative"]
        toks += _prep_objects([complement], frozenset({"to"}))
        if lemma == "provide":
            toks += [o for o in (_child(complement, "dobj"),) if o is not None]  # "provide X with"
    elif lemma in _LETTING:
        toks = [o for o in (_child(complement, "dobj"),) if o is not None]
        toks += [
            s
            for c in complement.children
            if c.dep_ in ("ccomp", "xcomp")
            for s in (_child(c, "nsubj"),)
            if s is not None
        ]
    else:
        return []
    found = [a for t in toks for a in ctx.actors_for(t)]
    return [a for a in found if a not in sources and a.actor.sector != "MED"]


_HARM = frozenset({"kill", "wound", "injure", "hit", "destroy", "target", "strike"})
_TAKING_PART = frozenset({"during", "at", "for", "in", "after", "on"})
_ANSWER_VERBS = frozenset({"respond", "retaliate", "reply", "react", "answer", "hit"})

# Nouns whose "of" is who moves, and so the source: "the deployment of Serbian armoured
# units", "the withdrawal of Chinese troops".
_MOVER_NOUNS = frozenset(
    {
        "deployment",
        "redeployment",
        "withdrawal",
        "pullout",
        "pullback",
        "mobilization",
        "mobilisation",
        "buildup",
        "build-up",
    }
)


_AGREEMENTS = frozenset(
    {"agreement", "accord", "deal", "treaty", "pact", "protocol", "declaration", "format"}
)


def _named_for_a_city(noun: Token, adj: ActorSpan) -> bool:
    """Return whether a document is named after the city it was signed in ("the Paris
    climate agreement", "the Minsk accords"): the city is no party to it."""
    if noun.lemma_.lower() not in _AGREEMENTS or adj.end - adj.start != 1:
        return False
    entries = load_lexicon().phrases.get((noun.doc[adj.start].text,), ())
    return any(e.kind == "capital" for e in entries)


_REACTING = frozenset(
    {
        "condemn", "denounce", "criticize", "criticise", "deplore", "decry", "slam", "blast",
        "welcome", "praise", "protest", "call", "describe", "justify", "defend", "investigate",
    }
)  # fmt: skip


_SOUGHT_BY = frozenset({"propose", "suggest", "seek", "want", "demand", "request", "urge"})
_CALLS_FOR = frozenset({"call", "press", "push", "appeal", "ask", "plead", "lobby"})


def _asked_for(tok: Token) -> bool:
    """Whether an act noun is what someone asks for or proposes ("proposed a ceasefire and
    a meeting between the two presidents", "called for talks between Ethiopia and
    Eritrea"): the request is the event; the act asked for has not happened."""
    first = tok
    while first.dep_ == "conj" and first.head.i != first.i:
        first = first.head
    head = first.head
    if first.dep_ == "dobj":
        return head.pos_ == "VERB" and head.lemma_.lower() in _SOUGHT_BY
    return (
        first.dep_ == "pobj"
        and head.lower_ == "for"
        and head.head.pos_ == "VERB"
        and head.head.lemma_.lower() in _CALLS_FOR
    )


def _reacted_to(tok: Token, trigger: Trigger, ctx: _Context) -> bool:
    """Whether a definite act noun that a reaction takes as its object ("Iraq condemned the
    Turkish strikes") names an act already coded in an earlier sentence of the same kind,
    so that it is that act again, not a new one."""
    if tok.dep_ != "dobj" or tok.head.lemma_.lower() not in _REACTING:
        return False
    if not any(
        c.dep_ == "det" and c.lower_ in ("the", "this", "these", "those") for c in tok.children
    ):
        return False
    if any(c.dep_ == "nummod" for c in tok.children):
        return False
    return any(i < tok.sent.start and kind is trigger.plover for i, kind, *_ in ctx.coded)


def _misattached_by(noun: Token) -> list[Token]:
    """Return the "by" objects the parser hung on an active verb right after its object
    noun: in "police broke up a protest by thousands of people", an active verb has no
    agent, so the thousands are the protest's."""
    verb = noun.head
    if noun.dep_ != "dobj" or verb.pos_ != "VERB" or _passive(verb):
        return []
    after = noun.right_edge.i + 1
    return [
        o
        for p in verb.children
        if p.dep_ in ("prep", "agent") and p.lower_ == "by" and p.i == after
        for o in _pobjs(p)
    ]


def _by_on_undergoer(noun: Token) -> list[Token]:
    """Return the "by" objects the parser hung on an act noun's "of" object: in "the
    summons of Myanmar's ambassador by China's foreign ministry" or "the detention of two
    fishermen by the coast guard", the ministry summoned and the coast guard detained (the
    envoy and the fishermen are done to, not makers of anything)."""
    of = _pobjs_of(noun, "of")
    return _pobjs_of(of[0], "by") if of else []


_UNDER = frozenset({"pobj", "prep", "dobj", "xcomp", "acl"})


def _under_any(noun: Token) -> bool:
    """Return whether a nominal act hangs on a noun of no act in particular: "denied any
    link to the U.S. sanctions", "any move to reimpose U.N. sanctions", "no plan for
    strikes" tell of none that is reported here."""
    tok = noun
    for _ in range(4):
        if tok.dep_ not in _UNDER or tok.head is tok:
            return False
        tok = tok.head
        if tok.pos_ == "NOUN":
            return any(c.dep_ == "det" and c.lower_ in ("any", "no") for c in tok.children)
    return False


_LABELS = ("appos", "npadvmod")


def _label(noun: Token) -> bool:
    """Return whether a noun only labels the thing before it: "withdrew the fare rise,
    one of the protesters' demands", "reopened registration, a key opposition demand"."""
    if noun.dep_ == "pobj" and noun.head.lower_ == "of":
        noun = noun.head.head  # "one of the protesters' demands"
    if noun.dep_ in _LABELS:
        return True
    # (the parser may hang the label on the verb as a second object)
    return noun.dep_ == "dobj" and any(
        c.dep_ == "dobj" and c.i < noun.i for c in noun.head.children
    )


_DEMAND_NOUNS = frozenset({"demand", "request"})
_GRANTED = "0832"  # CAMEO: accede to demands for change in policy


def _granted_demand(tok: Token, ctx: _Context) -> list[_Coded]:
    """Return the concession a verb is when what it did is labelled someone's demand:
    "the government reopened voter registration, a key opposition demand" (CONCEDE by
    the government toward the opposition), or nothing."""
    if tok.pos_ != "VERB":
        return []
    labels = [c for c in tok.children if _label(c)]
    labels += [p for c in labels if c.lower_ == "one" for p in _prep_objects([c], _OF)]
    label = next((c for c in labels if c.lemma_.lower() in _DEMAND_NOUNS), None)
    if label is None or ctx.unrealised(tok):
        return []
    owner = _child(label, "poss", "compound")
    # ("a key opposition demand" is one actor span, "the protesters' demands" two)
    demanders = ctx.actors_for(owner) if owner is not None else []
    demanders = demanders or ctx.actors_for(label)
    sources = [a for a in ctx.subject_actors(_subject(tok)) if a not in demanders]
    if not sources or not demanders:
        return []
    return [(verb_trigger(tok.lemma_.lower(), _GRANTED, "a demand granted"), sources, demanders)]


_OF = frozenset({"of"})


_KEPT_TO = frozenset(
    {
        "abide", "adhere", "comply", "respect", "honour", "honor", "uphold", "observe",
        "implement", "violate", "breach", "flout", "follow", "stick", "enforce",
    }
)  # fmt: skip
"""Verbs whose object is an agreement already made: keeping to it or breaking it."""


def _kept_to(tok: Token) -> bool:
    """Whether an agreement noun names one already made, which someone keeps or breaks
    ("abide by agreements between the two countries", "violated the 1996 accord")."""
    if tok.lemma_.lower() not in _AGREEMENTS:
        return False
    head = tok.head
    if tok.dep_ == "pobj" and head.dep_ == "prep":
        head = head.head  # "abide by", "comply with", "stick to"
    elif tok.dep_ != "dobj":
        return False
    return head.pos_ == "VERB" and head.lemma_.lower() in _KEPT_TO


def _noun_event(
    tok: Token, trigger: Trigger, ctx: _Context
) -> tuple[list[ActorSpan], list[ActorSpan]] | None:
    if any(c.dep_ == "det" and c.lower_ == "no" for c in tok.children):
        return None
    if _under_any(tok):
        return None  # "denied any link to the U.S. sanctions", "any move to reimpose sanctions"
    if _reacted_to(tok, trigger, ctx):
        return None
    if _kept_to(tok):
        return None  # "urged India to abide by agreements between the two countries"
    if _asked_for(tok):
        return None  # "proposed a meeting between the two presidents": not held
    if tok.dep_ == "dobj" and tok.head.pos_ == "VERB" and tok.head.lemma_.lower() in _DENIAL:
        return None  # "rejected the Malian accusations": the rejection is the event
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.lemma_.lower() in _BREACHES:
        return None  # "the worst violation of Libya's 2020 ceasefire": broken, not agreed now
    if trigger.plover is Plover.REQUEST and _label(tok):
        return None  # "reopened voter registration, a key opposition demand": granted
    if (
        tok.dep_ == "nsubj"
        and tok.head.lemma_.lower() in _COLLAPSE
        # (but "Monday's meeting ended without agreement": it was held)
        and not (trigger.plover is Plover.CONSULT and tok.head.lemma_.lower() == "end")
    ):
        return None
    between = _prep_objects([tok], frozenset({"between"}))
    mediation = trigger.cameo.startswith("045")  # the parties are whom the mediator helps
    if "between" in trigger.preps and between and not mediation:
        parties = ctx.actors_for(between[0])
        if len(parties) > 1:
            return parties, []
    of = _prep_objects([tok], frozenset({"of"})) if trigger.reciprocal else []
    if of:
        # "a meeting of the two countries' foreign ministers": they meet each other
        parties = ctx.actors_for(of[0])
        if len({a.actor.country for a in parties}) > 1:
            return parties, []
    sources: list[ActorSpan] = []
    if any(
        (c.dep_ == "det" and c.lower_ in ("any", "no")) or (c.dep_ == "amod" and c.lower_ in _MAYBE)
        for c in tok.children
    ):
        return None  # "any Israeli attack", "a possible strike": none has happened
    poss = _child(tok, "poss")
    if poss is not None and poss.pos_ == "PRON" and tok.lemma_.lower() in _OWNED_THINGS:
        return None  # "giving in to their main demand": words told where they were made
    undergone: list[ActorSpan] = []
    if poss is not None and tok.lemma_.lower() in _UNDERGONE:
        undergone = ctx.actors_for(poss)  # "the activists' release": they were released
    elif poss is not None:
        sources = ctx.actors_for(poss)
    if not sources:
        by = (
            _prep_objects([tok], frozenset({"by"})) or _misattached_by(tok) or _by_on_undergoer(tok)
        )
        sources = ctx.actors_for(by[0]) if by else []
    if not sources:
        adj = ctx.adjective_actor(tok)
        sources = [adj] if adj and not _named_for_a_city(tok, adj) else []
    if not sources and tok.lemma_.lower() in _MOVER_NOUNS:
        of = _prep_objects([tok], frozenset({"of"}))
        sources = ctx.actors_for(of[0]) if of else []
    if not sources and tok.dep_ == "pobj" and tok.head.lower_ in ("with", "on"):
        # "government forces responded with air strikes", "went on hunger strike"
        governor = tok.head.head
        answers = _ANSWER_VERBS if tok.head.lower_ == "with" else frozenset({"go"})
        if governor.pos_ == "VERB" and governor.lemma_.lower() in answers:
            sources = ctx.actors_for(_subject(governor)) if not ctx.unrealised(governor) else []
    light = None
    if not sources and tok.dep_ in _LIGHT:
        governor = tok.head if tok.dep_ != "pobj" else None
        if (
            governor is not None
            and governor.pos_ == "VERB"
            and governor.lemma_.lower() in _LIGHT_VERBS
            and (trigger.note == _DECLINED or not ctx.unrealised(governor))
        ):
            sources = ctx.actors_for(_subject(governor))
            light = governor
    governor = None
    if not sources and tok.dep_ == "pobj" and tok.head.lower_ in _TAKING_PART:
        # "voiced support during talks with his counterpart", "arrived in Islamabad for a
        # two-day visit": whoever acts in the clause takes part in the meeting
        governor = tok.head.head
        if (
            trigger.plover is Plover.CONSULT
            and governor.pos_ == "VERB"
            and not ctx.unrealised(governor)
            # ("would raise the issue at a summit next month": the summit is to come)
            and not any(c.dep_ == "aux" and c.lower_ in _FUTURE for c in governor.children)
        ):
            sources = ctx.actors_for(_subject(governor))
    if sources and _framing_mention(tok):
        # (but "a week after Monday's shelling" names no one: it tells that day's act again)
        return None
    told: list[ActorSpan] = []
    if not sources and undergone:
        return None  # who arrested or freed them the words do not say
    if not sources and trigger.plover in _MATERIAL:
        sources, told = ctx.recap(tok, trigger.plover)
    if not sources and trigger.plover in _MATERIAL:
        sources, told = ctx.protested(tok)
    if not sources and trigger.plover in (Plover.ASSAULT, Plover.COERCE):
        sources, told = ctx.blamed(tok)
    if not sources and any(_dated_owner(c) for c in tok.children):
        sources = _hosts(tok, trigger, ctx)
    if not sources:
        return None
    targets = []
    # "opened an investigation into X": the light verb may carry the target's preposition
    # ("a suspension of relations with X": the row's "of" object may carry it too)
    held = [o for o in _pobjs_of(tok, "of") if trigger.objects and _of_object(o, trigger.objects)]
    aimed = _prep_objects(
        [tok, *([light] if light is not None else []), *held],
        trigger.preps - {"by"} - (set() if mediation else {"between"}),
    )
    for t in aimed:
        for a in ctx.actors_for(t):
            if a not in targets and a not in sources:
                targets.append(a)
    targets += [a for a in undergone if a not in targets and a not in sources]
    if not targets and trigger.cameo.startswith(("09", "16")):
        # "an investigation into pork imports from the EU": where the goods come from
        origins = _prep_objects(aimed, frozenset({"from"}))
        targets += [a for o in origins for a in ctx.actors_for(o) if a not in sources]
    if not targets and trigger.plover is Plover.ASSAULT:
        # "air strikes that killed dozens of terrorists": whom the attack killed
        for clause in (c for c in tok.children if c.dep_ == "relcl"):
            if clause.lemma_.lower() in _HARM:
                hit = _object_word(_child(clause, "dobj") or clause)
                targets += [a for a in ctx.actors_for(hit) if a not in sources]
    if not targets and trigger.plover in _MATERIAL:
        targets = ctx.place_targets(aimed, sources)  # "air strikes on a village in Sagaing"
    if not targets and trigger.plover is Plover.PROTEST:
        # "a protest outside India's embassy", "Monday's protest by students outside the
        # Indian embassy" (the place hung on the protesters)
        for at in (tok, *_pobjs_of(tok, "by")):
            targets = targets or _mission_owners(at, ctx, sources)
    if not targets and trigger.cameo == "042" and governor is not None:
        # "arrived in Islamabad for a visit": the host is where the visitor went
        host = _prep_objects([governor], frozenset({"in", "to", "at"}))
        targets = [a for a in ctx.place_targets(host, sources) if a not in sources]
    return sources, targets or told


def _hosts(tok: Token, trigger: Trigger, ctx: _Context) -> list[ActorSpan]:
    """Return who did a dated act noun that names no doer but a foreign mission or envoy in
    a town of another country: the people of that country for a protest at the mission
    ("Thursday's protest outside the Venezuelan embassy in Port of Spain"), that country's
    state for a summons of the envoy ("Wednesday's summons of Niger's ambassador in
    Algiers"). A mission or an envoy is where the host state and its people meet the
    foreign one; the town names the host."""
    if trigger.plover is Plover.PROTEST:
        away = _mission_owners(tok, ctx, [])
        sector: str | None = "CVL"
    elif trigger.cameo == "114" and tok.lemma_.lower() in ("summons", "summon"):
        away = [a for o in _pobjs_of(tok, "of") for a in ctx.actors_for(o)]
        sector = None
    else:
        return []
    foreign = {a.actor.country for a in away} - {None}
    if len(foreign) != 1:
        return []
    return _host_town([tok], foreign, ctx, sector)


def _host_town(
    heads: list[Token], foreign: set[str | None], ctx: _Context, sector: str | None
) -> list[ActorSpan]:
    """Return the country of the first town an act's phrase puts it "in" that is not the
    foreign side's, as the act's doer coded with ``sector``: the host of a mission or an
    envoy (see :func:`_hosts`)."""
    towns = []
    for head in heads:
        skipped = {t.i for c in head.children if c.dep_ in ("relcl", "acl") for t in c.subtree}
        near = (
            head.subtree
            if head.pos_ != "VERB"
            else (t for p in head.children if p.dep_ == "prep" for t in p.subtree)
        )
        towns += [
            t
            for t in near
            if t.i not in skipped
            and t.dep_ == "pobj"
            and t.head.lower_ == "in"
            and t.pos_ == "PROPN"
        ]
    for town in towns:
        host = ctx.place_actor_at(town)
        if host is None or host.actor.country in foreign:
            continue
        code = f"{host.actor.country}{sector or ''}"
        return [
            dataclasses.replace(
                host, actor=dataclasses.replace(host.actor, code=code, sector=sector)
            )
        ]
    return []


_FRAMING_PREPS = frozenset({"after", "since", "following", "before", "amid"})
_FRAME_PARTS = frozenset({"sideline", "margin", "end", "start", "close", "eve", "outcome", "wake"})


def _framing_mention(tok: Token) -> bool:
    """Return whether a nominal event only sets the time of the clause it sits in:
    "after the meeting", "since Russia's invasion of Ukraine", "on the sidelines of a
    summit" (a nominal mention, not a report of it). Clashes or talks that name both
    their sides ("after clashes between the army and local militias") are told, and so
    is what goes on while the clause's act does ("said during talks with ..."), and an
    act owned by the day it happened ("since last Tuesday's detention of three traders
    by border police"): a recap of one recent act, not a background."""
    if tok.dep_ != "pobj" or _prep_objects([tok], frozenset({"between"})):
        return False
    if any(c.dep_ == "poss" and c.lower_ in _RECAP_DAYS for c in tok.children):
        return False
    prep = tok.head
    if prep.lower_ == "of" and prep.head.lemma_.lower() in _FRAME_PARTS:
        return True  # "at the end of an emergency summit", "on the sidelines of"
    return prep.lower_ in _FRAMING_PREPS


def _complained_that(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the complaint in "Ethiopia's foreign minister complained that Eritrean troops
    had crossed the border": ACCUSE 114 toward who the complaint is about, or None."""
    if tok.lemma_.lower() != "complain" or ctx.unrealised(tok):
        return None
    clause = _child(tok, "ccomp")
    if clause is None or any(c.dep_ == "neg" for c in clause.children):
        return None
    sources = ctx.subject_actors(_subject(tok))
    own = {a.actor.country for a in sources}
    about = ctx.actors_for(_child(clause, "nsubj", "nsubjpass"))
    targets = [a for a in about if a.actor.country not in own]
    if not sources or not targets:
        return None
    return verb_trigger("complain", "114", "a complaint about what another did"), sources, targets


_VOWS = frozenset({"vow", "pledge", "promise", "swear"})
_FORCE = frozenset(
    {
        "hunt", "crush", "destroy", "eliminate", "attack", "strike", "fight", "punish",
        "retaliate", "avenge", "annihilate", "wipe", "defeat", "pursue", "bomb", "kill",
        "smash", "eradicate", "exterminate", "root", "cleanse", "purge", "liberate", "rout",
        "flush",
    }
)  # fmt: skip


def _vowed_force(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the threat a vow to use force makes ("Israel vowed to crush Hamas", "the
    military vowed to keep hunting the fighters"): THREATEN 138 toward whom the force is
    promised against, or None."""
    if tok.lemma_.lower() not in _VOWS or ctx.unrealised(tok):
        return None
    # ("vowed on Saturday to keep hunting": the parser may read the infinitive as a clause)
    act = _child(tok, "xcomp") or next(
        (
            c
            for c in tok.children
            if c.dep_ == "advcl" and any(a.dep_ == "aux" and a.lower_ == "to" for a in c.children)
        ),
        None,
    )
    if act is not None and act.lemma_.lower() in ("keep", "continue"):
        act = _child(act, "xcomp") or act  # "vowed to keep hunting"
    if act is not None and _countermeasures(act):
        sources = ctx.subject_actors(_subject(tok))
        steps = [act, *(o for o in (_child(act, "dobj"),) if o is not None)]
        against = _prep_objects(steps, frozenset({"against", "on"}))
        targets = [a for o in against for a in ctx.actors_for(o) if a not in sources]
        if not sources:
            return None
        ctx.consumed.add(act.i)
        return verb_trigger(tok.lemma_.lower(), "130", "a vow of countermeasures"), sources, targets
    if act is None or act.lemma_.lower() not in _FORCE:
        return None
    sources = ctx.subject_actors(_subject(tok))
    if not sources:
        return None
    hit = _child(act, "dobj")
    named = ctx.actors_for(_object_word(hit)) if hit is not None else []
    if not named:
        # "to cleanse every inch of Sudan of the RSF", "to liberate the city from the RSF"
        around = [act, *([hit] if hit is not None else [])]
        for o in _prep_objects(around, frozenset({"of", "from", "against"})):
            named += ctx.actors_for(o)
    own = {a.actor.country for a in sources}
    targets = [
        a
        for a in named
        if a not in sources and not (a.actor.country in own and a.actor.code == a.actor.country)
    ]
    return verb_trigger(tok.lemma_.lower(), "138", "a vow to use force"), sources, targets


_HELD = frozenset({"hold", "detain", "jail", "imprison", "keep", "remand", "arrest"})


def _ordered_held(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the detention a court or an official orders ("a Yerevan court ordered him held
    for two months", "the judge ordered the opposition leader jailed"): COERCE 173 from who
    ordered it toward who is held, or None."""
    if tok.lemma_.lower() != "order" or ctx.unrealised(tok):
        return None
    held: Token | None = None
    verb: Token | None = None
    for c in tok.children:
        if c.dep_ == "ccomp" and c.tag_ in ("VBN", "VBD") and c.lemma_.lower() in _HELD:
            held, verb = _child(c, "nsubj", "nsubjpass"), c
        elif c.dep_ == "dobj":
            verb = next(
                (
                    a
                    for a in c.children
                    if a.dep_ in ("acl", "oprd", "xcomp")
                    and a.tag_ == "VBN"
                    and a.lemma_.lower() in _HELD
                ),
                None,
            )
            held = c if verb is not None else None
        if held is not None:
            break
    sources = ctx.subject_actors(_subject(tok))
    if held is None or verb is None or not sources:
        return None
    ctx.consumed.add(verb.i)  # the detention is the order's, not the held one's own act
    return verb_trigger("order", "173", "a detention ordered"), sources, ctx.actors_for(held)


_BARRING = frozenset({"bar", "ban", "disqualify", "exclude", "block", "prevent", "stop"})
_BY = frozenset({"by"})
_RACE = frozenset(
    {
        "run", "stand", "contest", "compete", "race", "election", "ballot", "vote", "poll",
        "office", "presidency", "candidacy", "seat",
    }
)  # fmt: skip


def _barred_from_race(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the ban on a politician that keeping them out of an election is ("was barred
    from running by the comptroller's office", "disqualified the opposition candidate from
    the race"): COERCE 1722 from who barred toward who was barred, or None."""
    if tok.lemma_.lower() not in _BARRING or ctx.unrealised(tok):
        return None
    froms = [c for c in tok.children if c.dep_ == "prep" and c.lower_ == "from"]
    race = [
        g
        for f in froms
        for g in f.children
        if g.dep_ in ("pobj", "pcomp") and g.lemma_.lower() in _RACE
    ]
    if not race:
        return None
    passive = _passive(tok)
    barred = _child(tok, "nsubjpass") if passive else _child(tok, "dobj")
    if passive:
        agent = _child(tok, "agent")
        source_tok = _child(agent, "pobj") if agent is not None else None
        if source_tok is None:
            # "was barred from running in the election by the government": the parser
            # hangs the agent on the race
            source_tok = next(
                iter(_prep_objects([*race, *(c for r in race for c in r.children)], _BY)), None
            )
    else:
        source_tok = _subject(tok)
    sources = ctx.subject_actors(source_tok)
    targets = ctx.actors_for(barred) if barred is not None else []
    targets = [a for a in targets if a not in sources]
    if not sources or (not targets and (barred is None or barred.ent_type_ != "PERSON")):
        return None
    # a politician the actors layer could not place is left to the story's country
    return verb_trigger(tok.lemma_.lower(), "1722", "barred from an election"), sources, targets


_CUSTODY = frozenset({"suspicion", "charge", "custody", "detention", "remand", "incommunicado"})


def _held_in_custody(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the detention in "the captain was being held on suspicion of sabotage" or
    "are held in custody": COERCE 173 toward who is held, from who holds them (the passive's
    agent, or the police who tell of it), or None. People "held" in an agentless "after"
    clause of a detention were detained too, by the same side ("detained six fishermen on
    Friday, three days after 12 Indonesians were held off Penang")."""
    if tok.lemma_.lower() != "hold" or not _passive(tok) or ctx.unrealised(tok):
        return None
    held = _child(tok, "nsubjpass")
    targets = ctx.actors_for(held) if held is not None else []
    if not any(
        c.dep_ == "prep"
        and c.lower_ in ("on", "in", "without")
        and any(o.lemma_.lower() in _CUSTODY for o in _pobjs(c))
        for c in tok.children
    ):
        if _child(tok, "agent") is not None or not targets:
            return None
        sources = [
            a
            for a in ctx.same_act_before(tok, Plover.COERCE)
            if a.actor.code not in {t.actor.code for t in targets}
        ]
        if not sources:
            return None
        return verb_trigger("hold", "173", "held in custody"), sources, targets
    agent = _child(tok, "agent")
    source_tok = _child(agent, "pobj") if agent is not None else None
    if source_tok is None:
        reporter = _reporter(tok)
        if _keeps_order(reporter, ctx):
            source_tok = reporter
    sources = ctx.subject_actors(source_tok)
    targets = [a for a in targets if a not in sources]
    if not sources or not targets:
        return None
    return verb_trigger("hold", "173", "held in custody"), sources, targets


def _said_failed(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the charge in "the union said the government had failed to protect
    schools" (ACCUSE 111) or "Minsk said Vilnius had invented the threat" (ACCUSE 112):
    from the speaker toward whom it says did the wrong (``lexicon/misdeeds.tsv``), or None
    (not "said it had failed": an admission)."""
    ruling = tok.lemma_.lower() == "rule"  # "the court ruled that Ghana had violated ..."
    if (tok.lemma_.lower() not in _SAYING and not ruling) or ctx.unrealised(tok):
        return None
    first = next((c for c in tok.children if c.dep_ == "ccomp" and c.i > tok.i), None)
    if first is not None and first.lemma_.lower() in _EVIDENCE:
        # "said the vote showed that Tehran was deceiving the world"
        first = _child(first, "ccomp")
    if first is None:
        return None
    sources = ctx.subject_actors(_subject(tok))
    if not sources:
        return None
    # "said the diplomats had insulted the victims and that Tehran had ignored every
    # request": each clause with a subject of its own is a charge of its own
    clauses = [first, *(c for c in first.conjuncts if _child(c, "nsubj", "nsubjpass"))]
    for clause in clauses:
        charged = _charged(clause, ctx)
        if charged is None:
            continue
        cameo, targets = charged
        targets = [a for a in targets if a not in sources]
        if targets and ruling:
            # a court's finding that a party did wrong: found liable (116)
            return verb_trigger("rule", _FOUND_LIABLE, "a wrong ruled done"), sources, targets
        if targets:
            note = "a failure charged" if cameo == _CRITICISM else "a wrong charged"
            return verb_trigger(tok.lemma_.lower(), cameo, note), sources, targets
    return None


_FOUND_LIABLE = "116"  # CAMEO: find guilty or liable (legally)
_EVIDENCE = frozenset({"show", "prove", "demonstrate", "reveal", "confirm"})
"""Verbs whose clause is what a speaker says an act shows: the charge is inside it."""


def _charged(clause: Token, ctx: _Context) -> tuple[str, list[ActorSpan]] | None:
    """Return the code of the wrong a reported clause charges and who it says did it."""
    deed = clause
    while deed is not None and deed.lemma_.lower() in _CHOSEN:
        deed = _child(deed, "xcomp")  # "said Rwanda has chosen to shelter criminals"
    row = load_misdeeds().get(deed.lemma_.lower()) if deed is not None else None
    if deed is None or row is None:
        return None
    obj = _child(deed, "dobj")
    if row.objects and (obj is None or obj.lemma_.lower() not in row.objects):
        return None  # "broke the record"
    if any(c.dep_ == "neg" for c in (*clause.children, *deed.children)):
        return None
    if any(c.dep_ == "aux" and c.lower_ in _MODALS | _FUTURE for c in clause.children):
        return None  # "would fail": a forecast
    doer = _child(clause, "nsubj")
    if doer is None and _child(clause, "nsubjpass") is not None:
        # "said the protest had been infiltrated by supporters of the group": the agent
        doer = next((o for a in clause.children if a.dep_ == "agent" for o in _pobjs(a)), None)
    if doer is None or doer.lower_ in _PRONOUNS:
        return None
    found = ctx.actors_for(doer) or [
        a for o in _prep_objects([doer], frozenset({"of"})) for a in ctx.actors_for(o)
    ]
    return (row.cameo, found) if found else None


_PRESSING = frozenset(
    {
        "march", "protest", "demonstrate", "rally", "strike", "block", "blockade", "occupy",
        "boycott", "picket", "come", "mobilise", "mobilize",
    }
)  # fmt: skip
"""Acts of dissent a group vows to keep up until it gets its way ("will keep marching until
the minister resigns", "will come back every week until our votes are respected")."""
_PERSISTING = frozenset({"keep", "continue"})
_DISSENT = "133"  # CAMEO: threaten with political dissent, protest


def _pressed_until(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the threat of dissent kept up "until" a demand is met: "the union said it
    would keep marching until the minister resigned", "vowed to keep blocking roads until
    the president restores the subsidy", "said they would not stop until their demands were
    met" (THREATEN 133, toward whom the "until" clause names), or None. Only what is said
    of the future counts: "marched until police dispersed them" happened."""
    if tok.pos_ != "VERB":
        return None
    until = next(
        (
            c
            for c in tok.children
            if c.dep_ == "advcl"
            and any(m.dep_ == "mark" and m.lower_ == "until" for m in c.children)
        ),
        None,
    )
    if until is None:
        return None
    word = tok.lemma_.lower()
    negated = any(c.dep_ == "neg" for c in tok.children)
    act: Token | None = None
    if word in _PERSISTING:
        act = _child(tok, "xcomp")
        if negated or act is None or act.lemma_.lower() not in _PRESSING:
            return None
    elif (word == "stop") != negated or (word != "stop" and word not in _PRESSING):
        return None  # "would not stop until ...", "will march until ..."
    auxes = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    vowed = (
        tok.dep_ in ("xcomp", "advcl")
        and tok.head.lemma_.lower() in _VOWS | {"threaten"}
        and "to" in auxes
        and not ctx.unrealised(tok.head)
    )
    if not (auxes & _FUTURE or vowed) or _in_question(tok):
        return None
    sources = ctx.subject_actors(_subject(tok))
    if not sources:
        return None
    named = ctx.actors_for(_child(until, "nsubj", "nsubjpass"))
    targets = [a for a in named if a not in sources]
    if act is not None:
        ctx.consumed.add(act.i)  # "keep blocking roads": the blockade is only vowed
    return verb_trigger(word, _DISSENT, "dissent vowed until a demand is met"), sources, targets


_DIPLOMATS = frozenset(
    {
        "diplomat",
        "ambassador",
        "envoy",
        "attache",
        "attaché",
        "consul",
        "chargé",
        "staff",
        "d'affaire",
        "d'affaires",
        "d\u2019affaire",
        "d\u2019affaires",
    }
)


def _persona_non_grata(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the expulsion that declaring diplomats "persona non grata" is (the parser
    reads the Latin as a clause): SANCTION 161 from who declared toward whose diplomats
    they are, or None."""
    if tok.lemma_.lower() != "declare" or ctx.unrealised(tok):
        return None
    words = [t for t in tok.subtree if t.i > tok.i]
    if not any(t.lower_ == "persona" for t in words) or not any(t.lower_ == "grata" for t in words):
        return None
    envoys = [t for t in words if t.lemma_.lower() in _DIPLOMATS and t.pos_ == "NOUN"]
    sources = ctx.subject_actors(_subject(tok))
    own = {a.actor.country for a in sources}
    if not envoys:
        # "Peru's Congress declared Lopez Obrador persona non grata": a foreign official
        officials = [
            a
            for t in words
            if t.pos_ == "PROPN" and t.dep_ not in ("compound",)
            for a in ctx.actors_for(t)
            if (
                a.actor.sector in ("GOV", "OPP")  # (a former leader out of office too)
                or (a.actor.sector is None and t.ent_type_ == "PERSON")
            )
            and a.actor.country not in own
        ]
        if not sources or not officials:
            return None
        return verb_trigger("declare", "161", "declared persona non grata"), sources, officials[:1]
    targets = [
        a
        for a in _owners(envoys[0], ctx) or ctx.actors_for(envoys[0])
        if a.actor.country not in own
    ]
    if not targets and (adj := ctx.adjective_actor_at(envoys[0])) is not None:
        targets = [adj] if adj.actor.country not in own else []
    if not sources or not targets:
        return None
    return verb_trigger("declare", "161", "declared persona non grata"), sources, targets


_CHOSEN = frozenset({"choose", "try", "seek", "continue", "attempt", "keep", "decide"})


def _announced_force(
    tok: Token, ctx: _Context
) -> tuple[Trigger, list[ActorSpan], list[ActorSpan]] | None:
    """Return the threat force announced for later makes ("the army would 'hunt down' the
    attackers", "our soldiers will crush the terrorists"): THREATEN 138 from who will use it
    toward whom, or None. An act told as done is coded by its own row."""
    defending = tok.lemma_.lower() in ("defend", "protect") and _by_force(tok)
    if (tok.lemma_.lower() not in _FORCE and not defending) or tok.pos_ != "VERB":
        return None
    verb = tok  # ("they would keep fighting": the auxiliary is on "keep")
    if tok.dep_ == "xcomp" and tok.head.lemma_.lower() in ("keep", "continue"):
        verb = tok.head
    if not any(c.dep_ == "aux" and c.lower_ in ("will", "would", "'ll") for c in verb.children):
        return None
    if _in_question(tok) or any(
        c.dep_ == "neg" or (c.dep_ == "mark" and c.lower_ in ("if", "unless", "whether", "once"))
        for c in verb.children
    ):
        return None  # "would not attack", "if they attack"
    if _by_law(tok):
        return None  # "we will keep fighting this in court": no force
    sources = ctx.subject_actors(_subject(tok))
    if not sources:
        return None
    hit = _child(tok, "dobj")
    named = ctx.actors_for(_object_word(hit)) if hit is not None else []
    targets = [a for a in named if a not in sources]
    if defending:
        # "would defend its citizens in Transnistria by all means": where they are
        where = _prep_objects([tok, *([hit] if hit is not None else [])], frozenset({"in"}))
        own = {a.actor.country for a in sources}
        targets = [a for a in ctx.place_targets(where, sources) if a.actor.country not in own]
    return verb_trigger(tok.lemma_.lower(), "138", "force announced"), sources, targets


_LAWFUL_ARENAS = frozenset({"court", "courts", "tribunal", "parliament", "ballot", "election"})


def _by_law(tok: Token) -> bool:
    """Say whether a fight is fought by law or vote, not force: "will keep fighting this
    in court", "would fight the decision through the courts", "at the ballot box"."""
    return any(
        p.dep_ == "prep"
        and p.lower_ in ("in", "through", "at", "before")
        and any(
            o.lemma_.lower() in _LAWFUL_ARENAS or any(c.lower_ == "ballot" for c in o.children)
            for o in p.children
            if o.dep_ == "pobj"
        )
        for p in tok.children
    ) or any(c.dep_ == "advmod" and c.lower_ in ("legally", "politically") for c in tok.children)


def _by_force(tok: Token) -> bool:
    """Say whether a verb is done by force: "by all means", "by force", "militarily"."""
    return any(c.lower_ in ("militarily", "forcefully") for c in tok.children) or any(
        p.dep_ in ("prep", "agent")
        and p.lower_ == "by"
        and any(o.lemma_.lower() in ("mean", "means", "force", "arm") for o in p.children)
        for p in tok.children
    )


_Coded = tuple[Trigger, list[ActorSpan], list[ActorSpan]]
_CONSTRUCTIONS: tuple[Callable[[Token, _Context], _Coded | list[_Coded] | None], ...] = (
    _name_calling,  # "called the expulsions an unfriendly act": criticism
    _in_breach,  # "declared Iran in breach of its obligations": an accusation
    _demonstrators_gathered,  # "hundreds of demonstrators gathered outside the palace"
    _obligation,  # "Russia says Israel must end its strikes": a demand
    _blaming,  # "Kabul said Taliban militants were responsible": an accusation
    _vowed_response,  # "Iran said it would respond to any attack": a threat
    _conditional_escalation,  # "would widen its attacks if Israel expanded ...": a threat
    _received,  # "Kyiv received air defences from Germany": Germany's aid
    _came_under,  # "troops came under fire from Ukrainian forces": their attack
    _human_shields,  # "militants held 20,000 civilians as human shields"
    _weapon_strike,  # "Cambodian rockets slammed into a ranger outpost"
    _weapon_fired,  # "killed when rockets fired from Cambodia slammed into ..." (misread)
    _aid_arrival,  # "relief flights from China landed in Islamabad"
    _brokered,  # "exchanged prisoners in a swap brokered by the UAE"
    _brought_together,  # "the first round brought the two foreign ministers together"
    _peacekeepers_deployed,  # "Russian peacekeepers began deploying to Nagorno-Karabakh"
    _troops_to_keep_peace,  # "Japan is sending troops to the UN peacekeeping force"
    _fought_alongside,  # "Eritrean troops fought alongside Ethiopian forces against ..."
    _ultimatum,  # "told all undocumented Afghans to leave by Oct. 31 or face arrest"
    _not_unanswered,  # "Such steps will not go unanswered," the spokeswoman said
    _stated_resolve,  # "Burkina Faso will not tolerate any attempt to destabilise ..."
    _called_in,  # "the foreign ministry called in Turkey's ambassador": a summons
    _told_to,  # "Beijing told Washington to stay out of disputes"
    _sent_to_investigate,  # "France sent experts to Saudi Arabia to investigate the attacks"
    _judged_act,  # "the spokeswoman said the sanctions were unjustified"
    _help_settle,  # "China is ready to help resolve the dispute"
    _offered_to_mediate,  # "Turkey offered to mediate between Russia and Ukraine"
    _open_to_talks,  # "Ankara remained open to dialogue with Athens"
    _ordered_held,  # "a Yerevan court ordered him held for two months"
    _complained_that,  # "complained that Eritrean troops had crossed the border"
    _vowed_force,  # "Israel vowed to crush Hamas": a threat, not a promise
    _barred_from_race,  # "was barred from running by the comptroller's office"
    _held_in_custody,  # "the captain was being held on suspicion of sabotage"
    _announced_force,  # "the army would hunt down the attackers": a threat
    _said_failed,  # "the union said the government had failed to protect schools"
    _pressed_until,  # "would keep marching until the minister resigned": a threat
    _persona_non_grata,  # "declared two Rwandan diplomats persona non grata"
    _on_alert,  # "Israeli troops remained on alert in the north"
    _walkout,  # "Kenyan doctors went on strike", "thousands took to the streets"
    _holding_people,  # "the Taliban are still holding two Americans"
    _arrived,  # "Xi arrived in Astana on Monday": a visit
    _troops_arrived,  # "soldiers arrived at the river": deployed
    _in_contact,  # "Japan remained in close contact with South Korea"
)
"""Constructions a lexicon row cannot hold, tried in this order on every verb before the
trigger lexicon: the first that finds an event codes it."""
