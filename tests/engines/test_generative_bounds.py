"""A model service that will not stop: a local model caught in a loop, or an endpoint that ignores ``max_tokens``.

Each answer is read only as far as it can be of use: the drafts asked for, a bounded number of lines, lines of a
bounded length, a bounded time and a bounded body. Before, an endless line was rescanned on every token (minutes
of a worker's time for a few hundred kilobytes), every line of an endless answer was checked and every held one
recorded, and a one-off answer (the wrap-up) was read whole into memory however large. Real ``openai`` SDK, real
HTTP to the local fake server, which counts what it sent and sees the client hang up.
"""

from __future__ import annotations

import json
import time

import pytest
from fake_openai import Script

from copilot.engines import generative
from copilot.engines.generative import (
    MAX_ANSWER_BYTES,
    GenerativeClient,
    GenerativeConfig,
    GenerativeUnavailable,
)
from copilot.model import Conversation, Speaker, Utterance


@pytest.fixture
def client(fake):
    made = GenerativeClient(GenerativeConfig(base_url=fake.base_url, model="fake-model", timeout=5.0, max_retries=0))
    yield made
    made.close()


def _asked(text: str = "Can you help me with my last invoice?") -> tuple[Conversation, Utterance]:
    conversation = Conversation(context={})
    conversation.add(Utterance(Speaker.AGENT, "Hello, how can I help?", lang="en"))
    return conversation, conversation.add(Utterance(Speaker.CUSTOMER, text, lang="en"))


def _line(text: str) -> str:
    return json.dumps({"kind": "reply", "text": text, "rationale": "", "passage_ids": []}) + "\n"


def test_a_line_that_never_ends_is_given_up_on_and_the_connection_closed(fake, client):
    # 60,000 chunks, no line end: as events, far more than the sockets' buffers hold, so the server is still
    # sending when the client hangs up, however slow a loaded machine makes the client
    endless = ['{"kind": "reply", "text": "'] + ["and so on "] * 60_000
    fake.script(Script(chunks=endless))
    with pytest.raises(GenerativeUnavailable) as caught:
        list(client.stream_suggestions(*_asked()))
    assert "too long" in caught.value.reason
    fake.wait_finished(1)
    assert fake.requests[0].client_gone and fake.requests[0].chunks_sent < len(endless)


def test_past_the_drafts_asked_for_only_a_few_more_lines_are_read(fake, client):
    lines = [_line(f"Your invoice number {n} is on its way.") for n in range(30_000)]
    fake.script(Script(chunks=lines))
    stream = client.stream_suggestions(*_asked())
    assert [s.text for s in stream] == [f"Your invoice number {n} is on its way." for n in range(3)]
    fake.wait_finished(1)
    assert fake.requests[0].client_gone and fake.requests[0].chunks_sent < len(lines)


def test_an_endless_run_of_drafts_to_hold_back_is_not_all_checked_and_recorded(fake, client):
    held_each = [_line(f"Take {n} percent off, you deserve it: pay only {100 - 60 - n % 9} percent of the price.")
                 for n in range(30_000)]
    fake.script(Script(chunks=held_each))
    stream = client.stream_suggestions(*_asked())
    with pytest.raises(GenerativeUnavailable):
        list(stream)
    assert 0 < len(stream.held) <= 4 * client.config.max_suggestions + generative.EXTRA_LINES
    assert "too many lines" in stream.dropped
    fake.wait_finished(1)
    assert fake.requests[0].client_gone


def test_drafts_shown_before_an_answer_goes_wrong_stay_shown(fake, client):
    fake.script(Script(chunks=[_line("I'll look at your invoice right away."), '{"kind": "reply", "text": "']
                + ["more "] * 10_000))
    stream = client.stream_suggestions(*_asked())
    assert [s.text for s in stream] == ["I'll look at your invoice right away."]
    assert "a line far too long" in stream.dropped


def test_an_answer_trickling_in_past_the_deadline_is_given_up_on(fake, client, monkeypatch):
    monkeypatch.setattr(generative, "ANSWER_DEADLINE_S", 0.5)
    fake.script(Script(chunks=['{"kind": "reply", "text": "'] + ["slowly "] * 200, token_delay=0.05))
    with pytest.raises(GenerativeUnavailable) as caught:
        list(client.stream_suggestions(*_asked()))
    assert "too slow" in caught.value.reason
    fake.wait_finished(1)
    assert fake.requests[0].client_gone and fake.requests[0].chunks_sent < 100


def test_a_one_off_answer_larger_than_the_cap_is_not_read_into_memory(fake, client):
    fake.script(Script(reply="word " * (MAX_ANSWER_BYTES // 4)))
    with pytest.raises(GenerativeUnavailable) as caught:
        client.complete([{"role": "user", "content": "Summarise the call."}])
    assert "far too long" in caught.value.reason
    fake.script(Script(reply="The customer asked about an invoice."))  # a normal answer still comes through
    assert client.complete([{"role": "user", "content": "Summarise the call."}]) == \
        "The customer asked about an invoice."


def test_a_rationale_of_pages_is_cut_to_a_sentence_before_the_guard_reads_it(fake, client):
    """The card's "why" is one short sentence: a model that wrote 14,000 characters of "1-1-1-..." there cost the
    guard about 3 s of CPU for that one draft (every figure of it read as a possible phone, ID or sum)."""
    rationale = "It answers the invoice question. " + "1-" * 7_000
    fake.script(Script(chunks=[json.dumps({"kind": "reply", "text": "I'll look at your invoice right away.",
                                           "rationale": rationale, "passage_ids": []}) + "\n"]))
    started = time.process_time()
    shown = list(client.stream_suggestions(*_asked()))
    assert time.process_time() - started < 1.0
    assert [s.text for s in shown] == ["I'll look at your invoice right away."]
    assert shown[0].rationale.startswith("It answers the invoice question.")
    assert len(shown[0].rationale) <= generative.RATIONALE_CHARS + 1 and shown[0].rationale.endswith("…")
