from __future__ import annotations

import dataclasses
import datetime as dt
import pickle

from conftest import make_annotation
from flashpoint.records import Rejection, event_id_for, stable_id


def test_stable_ids_are_deterministic_and_sensitive() -> None:
    assert stable_id("a_", "x", b"y") == stable_id("a_", "x", b"y")
    assert stable_id("a_", "x", b"y") != stable_id("a_", "x", b"z")
    assert stable_id("a_", "xy", "") != stable_id("a_", "x", "y")


def test_mention_and_event_ids_do_not_depend_on_coder_metadata_only_on_content() -> None:
    m = make_annotation().mentions[0]
    moved = dataclasses.replace(m, trigger=(16, 23))
    assert m.id != moved.id
    assert event_id_for(m).startswith("ev_")


def test_records_are_frozen_and_picklable() -> None:
    ann = make_annotation()
    assert pickle.loads(pickle.dumps(ann)) == ann
    try:
        ann.article.text = "x"  # type: ignore[misc,union-attr]
    except dataclasses.FrozenInstanceError:
        pass
    else:
        raise AssertionError("records must be frozen")


def test_rejected_annotation_json() -> None:
    rej = Rejection("x.txt", "decode", "empty file", at=dt.datetime(2026, 1, 2, tzinfo=dt.UTC))
    assert rej.to_json() == {
        "input": "x.txt",
        "stage": "decode",
        "reason": "empty file",
        "at": "2026-01-02T00:00:00+00:00",
    }


def test_event_json_traces_every_field_to_the_text() -> None:
    ann = make_annotation()
    text = ann.article.text  # type: ignore[union-attr]
    ev = ann.to_json()["events"][0]
    m = ev["mentions"][0]
    assert text[slice(*m["spans"]["source"])] == ev["source"]["text"]
    assert text[slice(*m["spans"]["target"])] == ev["target"]["text"]
    assert m["sentence"] == text[m["start"] : m["end"]]
