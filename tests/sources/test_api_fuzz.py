"""Property-based fuzzing of the local API, the way integrations and web pages will really hit it.

A CTI connector with an encoding bug, a transcription engine that leaks NULs, a Hebrew CRM that
mixes directions, a web page in the agent's browser probing loopback: whatever they send, the panel
must answer with a status the integrator can act on (202, 400 naming the field, 413), never a 5xx,
never stop answering, and never lose or reorder an utterance that was valid. Every test starts a
real ``LocalApi`` on a free port and talks to it with real HTTP (``http.client``) and real WebSocket
frames (aiohttp's client), so the middleware, aiohttp's parser and the validator are all in play.

Each product bug these properties found is pinned by one explicit, deterministic test (the
``test_..._not_a_500`` family and friends below); the broad fuzz properties steer around that one
input shape so that a second, unrelated regression is not hidden behind a known failure.
"""

from __future__ import annotations

import asyncio
import gzip
import http.client
import json
import re
import socket
import threading
import unicodedata
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import quote

import aiohttp
import pytest
import yarl
from hypothesis import HealthCheck, assume, event, given, settings
from hypothesis import strategies as st

from copilot.live.protocol import (
    CHANNELS,
    MAX_TEXT,
    SPEAKERS,
    ContextMessage,
    EndMessage,
    Message,
    ProtocolError,
    UtteranceMessage,
)
from copilot.sources.api import MAX_BODY, LocalApi
from copilot.sources.lines import LineSource, parse_line
from copilot.text.clean import clean_text
from copilot.text.documents import LAST_MOMENT

TOKEN = "fuzz-T0ken_with.symbols~42"
HEALTH = "/v1/health"
POST_ROUTES = ("/v1/messages", "/v1/sessions/call-1/utterances", "/v1/sessions/call-1/context",
               "/v1/sessions/call-1/end")
UTTERANCE_FIELDS = ("type", "session", "speaker", "text", "final", "utterance_id", "ts", "channel", "lang")
SESSION_RE = r"[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}"
LANG_RE = r"[a-z]{2,3}(-[A-Za-z]{2,4})?"
# Loopback answers in milliseconds; a missing answer must fail fast, or shrinking a failure that
# drops replies would wait out the timeout hundreds of times.
REPLY_TIMEOUT = 3.0
C0_C1 = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")  # category Cc, minus the kept \t and \n
LINE_ENDING_CONTROLS = re.compile(r"[\v\f\x1c\x1d\x1e\x85]")  # VT, FF, the separators, NEL: words stay apart

# Deterministic in CI: the same examples for the same code (Hypothesis also mixes in literals from
# local modules, so editing source may change which examples run), and no example database.
FUZZ = settings(
    deadline=None,
    derandomize=True,
    database=None,
    print_blob=False,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                           HealthCheck.data_too_large],
)


# -- a real server and a real client ----------------------------------------------------------------


@dataclass
class Reply:
    status: int
    content_type: str
    raw: bytes
    will_close: bool

    @property
    def body(self) -> Any:
        try:
            return json.loads(self.raw)
        except ValueError:
            return None

    def __repr__(self) -> str:
        return f"Reply({self.status}, {self.content_type!r}, {self.raw[:300]!r})"


class Client:
    """One keep-alive HTTP/1.1 connection, as an integration holds it; headers fully under control."""

    def __init__(self, port: int) -> None:
        self.port = port
        self._conn: http.client.HTTPConnection | None = None

    def request(self, method: str, path: str, body: bytes = b"", *, token: str | None = TOKEN,
                headers: dict[str, str | bytes] | None = None, chunked: bool = False) -> Reply:
        sent: dict[str, str | bytes] = {"Host": f"127.0.0.1:{self.port}"}
        if token is not None:
            sent["Authorization"] = f"Bearer {token}"
        if method not in ("GET", "HEAD") or body:
            sent["Content-Type"] = "application/json"
            if chunked:
                sent["Transfer-Encoding"] = "chunked"
            else:
                sent["Content-Length"] = str(len(body))
        for name, value in (headers or {}).items():
            sent.pop(name, None)
            if value is not None:
                sent[name] = value
        if self._conn is None:
            self._conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=REPLY_TIMEOUT)
        conn = self._conn
        try:
            conn.putrequest(method, path, skip_host=True, skip_accept_encoding=True)
            for name, value in sent.items():
                conn.putheader(name, value)
            if chunked:
                conn.endheaders(_chunks(body), encode_chunked=True)
            else:
                conn.endheaders(body or None)
            response = conn.getresponse()
            raw = response.read()
        except BaseException:
            self.close()
            raise
        reply = Reply(response.status, response.getheader("Content-Type", ""), raw, response.will_close)
        if response.will_close:
            self.close()
        return reply

    def post(self, path: str, body: bytes, **kwargs: Any) -> Reply:
        return self.request("POST", path, body, **kwargs)

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None


def _chunks(body: bytes, size: int = 4096) -> Iterator[bytes]:
    for start in range(0, len(body), size):
        yield body[start:start + size]


@dataclass
class Harness:
    server: LocalApi
    client: Client
    delivered: list[Message] = field(default_factory=list)

    @property
    def port(self) -> int:
        return self.server.port

    def assert_still_answering(self) -> None:
        health = self.client.request("GET", HEALTH, token=None)
        assert health.status == 200 and health.body["status"] == "ok", health


@pytest.fixture
def api() -> Iterator[Harness]:
    """A real LocalApi per test (started in ~20 ms), stopped before the conftest thread check."""
    delivered: list[Message] = []
    server = LocalApi(delivered.append, TOKEN, port=0)
    server.start()
    harness = Harness(server, Client(server.port), delivered)
    try:
        yield harness
    finally:
        harness.client.close()
        server.stop()


def assert_well_formed(reply: Reply, allowed: set[int]) -> None:
    """The answer an integrator can act on: an expected status and a JSON body that explains it."""
    assert reply.status in allowed, reply
    assert reply.status < 500, reply
    assert reply.content_type.startswith("application/json"), reply
    body = reply.body
    assert isinstance(body, dict), reply
    if reply.status >= 400:
        assert isinstance(body.get("error"), str) and body["error"], reply
    if reply.status == 400:
        assert isinstance(body.get("field"), str), reply


# -- strategies ---------------------------------------------------------------------------------------

HEBREW = "שלום, אני רוצה לבטל את המנוי 123 כי זה יקר מדי"
ARABIC = "مرحبا، أريد إلغاء الاشتراك"
BIDI = "\u200e\u200f\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069"
CONTROLS = "".join(map(chr, range(0x20))) + "\x7f" + "".join(map(chr, range(0x80, 0xa0)))
EMOJI = ["😀", "👩\u200d💻", "🇳🇱", "👍🏽", "❤\ufe0f", "𝔘"]  # incl. ZWJ, flag, skin tone, variation
SPICY = sorted(set(HEBREW + ARABIC + BIDI + CONTROLS + "".join(EMOJI)
                   + "Price €9,99 — \u00a0\u2028\u2029\ufeff\u0301\"\\/{}[]"))

CHARS = st.one_of(st.characters(codec="utf-8"), st.sampled_from(SPICY))  # single code points, no lone surrogates
PIECES = st.one_of(CHARS, CHARS, st.sampled_from([*EMOJI, HEBREW, ARABIC, " Hello, I want to cancel. "]))


def texts(min_size: int = 0, max_size: int = 200) -> st.SearchStrategy[str]:
    """Unicode of every kind, with whole RTL phrases and emoji sequences mixed into LTR text."""
    return st.lists(PIECES, min_size=min_size, max_size=max_size).map("".join)


SHORT_TEXT = texts()


@st.composite
def long_texts(draw: st.DrawFn) -> str:
    chunk = draw(texts(min_size=1, max_size=20))
    length = draw(st.integers(1_000, MAX_TEXT))
    return (chunk * (length // len(chunk) + 1))[:length]


TEXTS = st.one_of(SHORT_TEXT, SHORT_TEXT, long_texts())
SESSIONS = st.from_regex(SESSION_RE, fullmatch=True)
LANGS = st.from_regex(LANG_RE, fullmatch=True)
UTTERANCE_IDS = st.one_of(
    st.text(CHARS, min_size=1, max_size=128),
    st.integers(-(10**40), 10**40),
)
# Any clock a source uses, up to the year 9999 either side of zero; beyond it a time is refused by name (below).
TIMESTAMPS = st.one_of(st.floats(min_value=-LAST_MOMENT, max_value=LAST_MOMENT),
                       st.integers(-int(LAST_MOMENT), int(LAST_MOMENT)))
# Big integers past float range and past Python's 4300-digit limit are pinned by explicit tests.
JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(-(2**64), 2**64), st.floats(),
                         st.text(CHARS, max_size=30))
JSON_VALUES = st.recursive(
    JSON_SCALARS,
    lambda kids: st.lists(kids, max_size=4) | st.dictionaries(st.text(CHARS, max_size=10), kids, max_size=4),
    max_leaves=12,
)


@dataclass(frozen=True)
class Post:
    """A valid utterance as it travels (route + body) and as the session must receive it."""

    path: str
    payload: dict[str, Any]
    ensure_ascii: bool
    expected: UtteranceMessage

    def body(self) -> bytes:
        return json.dumps(self.payload, ensure_ascii=self.ensure_ascii).encode("utf-8")

    def message(self) -> bytes:
        """The same utterance as one self-contained message (WebSocket frame, stdin line)."""
        return json.dumps({**self.payload, "session": self.expected.session},
                          ensure_ascii=self.ensure_ascii).encode("utf-8")


def _fit(payload: dict[str, Any], ensure_ascii: bool, limit: int = MAX_BODY) -> dict[str, Any]:
    """Trim the text until the request fits the body limit (the limit itself is tested explicitly)."""
    while len(json.dumps(payload, ensure_ascii=ensure_ascii).encode("utf-8")) > limit:
        payload = {**payload, "text": payload["text"][: len(payload["text"]) * 3 // 4]}
    return payload


@st.composite
def valid_utterances(draw: st.DrawFn, session: str | None = None, limit: int = MAX_BODY) -> Post:
    session = session or draw(SESSIONS)
    payload: dict[str, Any] = {"speaker": draw(st.sampled_from(SPEAKERS)), "text": draw(TEXTS)}
    if draw(st.booleans()):
        payload["final"] = draw(st.booleans())
    for name, values in (("utterance_id", UTTERANCE_IDS), ("ts", TIMESTAMPS),
                         ("channel", st.sampled_from(CHANNELS)), ("lang", LANGS)):
        choice = draw(st.sampled_from(["absent", "null", "value"]))
        if choice == "null":
            payload[name] = None
        elif choice == "value":
            payload[name] = draw(values)
    route = draw(st.sampled_from(["messages", "typed", "session-url", "session-url+body"]))
    if route in ("messages", "typed"):
        path = "/v1/messages"
        payload["session"] = session
        if route == "typed":
            payload["type"] = "utterance"
    else:
        path = f"/v1/sessions/{quote(session, safe='')}/utterances"
        if route == "session-url+body":
            payload["session"] = session
    ensure_ascii = draw(st.booleans())
    payload = _fit(payload, ensure_ascii, limit)
    uid, ts = payload.get("utterance_id"), payload.get("ts")
    expected = UtteranceMessage(
        session=session,
        speaker=payload["speaker"],
        text=clean_text(payload["text"]),
        final=payload.get("final", True),
        utterance_id=None if uid is None else str(uid),
        ts=None if ts is None else float(ts),
        channel=payload.get("channel"),
        lang=payload.get("lang"),
    )
    return Post(path, payload, ensure_ascii, expected)


def _mutate(data: bytes, edits: list[tuple[int, int, int]]) -> bytes:
    buf = bytearray(data)
    for op, where, byte in edits:
        at = where % (len(buf) + 1)
        if op == 0:
            buf.insert(at, byte)
        elif op == 1 and buf:
            del buf[min(at, len(buf) - 1)]
        elif op == 2 and buf:
            buf[min(at, len(buf) - 1)] = byte
        else:
            del buf[at:]
    return bytes(buf)


def _nested(depth: int, opener: str) -> bytes:
    if opener == "[":
        return b"[" * depth + b"]" * depth
    if opener == "{":
        return b'{"a":' * depth + b"1" + b"}" * depth
    return (b'{"session":"s","speaker":' + b"[" * depth + b"]" * depth + b',"text":"x"}')


_VALID = b'{"session":"call-1","speaker":"customer","text":"hello"}'
_NUMBER_TOKENS = [b"NaN", b"Infinity", b"-Infinity", b"1e400", b"-1e400", b"1e-400", b"-0", b"0x10",
                  b"01", b".5", b"1.", b"+1", b"1_000", b"true", b'"12"', b"[]", b"{}", b"null"]


@st.composite
def any_bodies(draw: st.DrawFn) -> bytes:
    """Garbage, near-misses and extremes: what a broken or hostile client puts on the wire."""
    kind = draw(st.sampled_from([
        "binary", "json", "message-like", "mutated", "foreign-encoding", "deep", "huge", "empty",
        "raw-controls", "numbers",
    ]))
    if kind == "binary":
        return draw(st.binary(max_size=600))
    if kind == "json":
        return json.dumps(draw(JSON_VALUES), ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    if kind == "message-like":
        base: dict[str, Any] = draw(st.sampled_from([
            {}, {"session": "call-1", "speaker": "agent", "text": "hi"},
            {"type": "context", "session": "call-1"}, {"type": "end", "session": "call-1"},
        ]))
        extra = draw(st.dictionaries(st.sampled_from([*UTTERANCE_FIELDS, "context", "customer"])
                                     | st.text(CHARS, min_size=1, max_size=8), JSON_VALUES, max_size=4))
        return json.dumps({**base, **extra}, ensure_ascii=draw(st.booleans())).encode("utf-8", "surrogatepass")
    if kind == "mutated":
        edits = draw(st.lists(st.tuples(st.integers(0, 3), st.integers(0, 200), st.integers(0, 255)),
                              min_size=1, max_size=4))
        return _mutate(_VALID, edits)
    if kind == "foreign-encoding":
        text = draw(st.sampled_from([HEBREW, ARABIC, "café", "naïve 😀"]))
        doc = json.dumps({"session": "call-1", "speaker": "customer", "text": text}, ensure_ascii=False)
        codec = draw(st.sampled_from(["utf-16", "utf-16-le", "utf-32", "cp1255", "cp1256", "latin-1",
                                      "utf-8-sig"]))
        return doc.encode(codec, "replace")
    if kind == "deep":
        return _nested(draw(st.integers(1, 6000)), draw(st.sampled_from(["[", "{", "speaker"])))
    if kind == "huge":
        size = draw(st.one_of(st.integers(MAX_BODY - 64, MAX_BODY + 64), st.sampled_from([3 * MAX_BODY])))
        shape = draw(st.sampled_from(["padding", "text"]))
        if shape == "padding":
            return b" " * max(0, size - len(_VALID)) + _VALID
        head, tail = b'{"session":"call-1","speaker":"agent","text":"', b'"}'
        return head + b"a" * max(0, size - len(head) - len(tail)) + tail
    if kind == "empty":
        return draw(st.sampled_from([b"", b" ", b"\r\n", b"\x00", b"\xef\xbb\xbf", b"null", b"{}", b"[]"]))
    if kind == "raw-controls":
        inner = draw(st.text(st.sampled_from(CONTROLS + '"\\') | CHARS, max_size=40))
        return ('{"session":"call-1","speaker":"agent","text":"' + inner + '"}').encode("utf-8", "surrogatepass")
    # (numbers with thousands of digits are pinned by test_numbers_beyond_range_are_a_400_not_a_500)
    token = draw(st.sampled_from(_NUMBER_TOKENS))
    slot = draw(st.sampled_from([b"ts", b"utterance_id", b"final", b"text"]))
    return b'{"session":"call-1","speaker":"agent","text":"x","' + slot + b'":' + token + b"}"


def _kind_of(message: Message) -> str:
    return {UtteranceMessage: "utterance", ContextMessage: "context", EndMessage: "end"}[type(message)]


# -- (1) any body, any route --------------------------------------------------------------------------


@settings(FUZZ, max_examples=500)
@given(body=any_bodies(), path=st.sampled_from(POST_ROUTES), chunked=st.booleans())
def test_any_body_gets_a_clear_answer_and_never_a_5xx(api: Harness, body: bytes, path: str, chunked: bool):
    """Whatever bytes a client posts, it gets 202, 400 naming the field, or 413 over the size limit.

    A 5xx tells an integrator nothing and hides our bug as theirs; a dropped connection looks
    like the panel crashed. A rejected request must deliver nothing; an accepted one exactly one.
    """
    api.delivered.clear()
    reply = api.client.post(path, body, chunked=chunked)
    assert_well_formed(reply, {202, 400, 413})
    if reply.status == 400:  # shows with --hypothesis-show-statistics: which checks the garbage reached
        named = reply.body["field"]
        event(f"400 naming {named if named in (*UTTERANCE_FIELDS, 'body', 'context') else 'an unknown field'}")
    else:
        event(f"status {reply.status}")
    assert (reply.status == 413) == (len(body) > MAX_BODY), reply
    if reply.status == 202:
        assert len(api.delivered) == 1
        assert reply.body["kind"] == _kind_of(api.delivered[0])
        assert reply.body["session"] == api.delivered[0].session
    else:
        assert api.delivered == []
    api.assert_still_answering()


# -- (2) every valid utterance arrives, once, in order, cleaned but otherwise intact --------------------


@settings(FUZZ, max_examples=200)
@given(posts=st.lists(valid_utterances(), min_size=1, max_size=4))
def test_valid_utterances_arrive_once_in_order_with_their_text_intact(api: Harness, posts: list[Post]):
    """Mixed Hebrew/Arabic/Latin, emoji, bidi marks, NULs: accepted and delivered exactly as said.

    Only C0/C1 control characters (other than line breaks and tabs) and surrounding whitespace
    are dropped (those that end a line, a form feed or NEL, become a space, so words stay apart);
    direction marks, combining accents and emoji stay, or RTL lines render wrong.
    """
    api.delivered.clear()
    for post in posts:
        event(f"text length {'>=10k' if len(post.payload['text']) >= 10_000 else '<10k'}")
        event(f"non-ASCII text: {any(ord(c) > 127 for c in post.payload['text'])}")
        reply = api.client.post(post.path, post.body())
        assert_well_formed(reply, {202})
        expected_reply = {"accepted": True, "stored": True, "session": post.expected.session, "kind": "utterance"}
        if post.expected.utterance_id is not None:
            expected_reply["utterance_id"] = post.expected.utterance_id
        assert reply.body == expected_reply
    assert api.delivered == [post.expected for post in posts]
    for post, message in zip(posts, api.delivered, strict=True):
        independent = C0_C1.sub("", LINE_ENDING_CONTROLS.sub(" ", post.payload["text"])).strip()
        assert message.text == independent == clean_text(post.payload["text"])
        assert not any(unicodedata.category(ch) == "Cc" for ch in message.text.replace("\n", "").replace("\t", ""))
        # anything an integration can post it can also pipe: the line sources agree with the API
        assert parse_line(post.message().decode("utf-8"), 1, "default") == message


# -- (3) wrong types name the field ---------------------------------------------------------------------


def _not_session(value: Any) -> bool:
    return not (isinstance(value, str) and re.fullmatch(SESSION_RE, value))


def _not_lang(value: Any) -> bool:
    return value is not None and not (isinstance(value, str) and re.fullmatch(LANG_RE, value))


INVALID = {
    "session": JSON_VALUES.filter(_not_session)
    | st.sampled_from(["", "-call", " call", "call 1", "a" * 129, "שיחה", "call/1", "call\u200f"]),
    "speaker": JSON_VALUES.filter(lambda v: v not in SPEAKERS)
    | st.sampled_from(["Customer", "AGENT", " agent", "agent ", "bot", "", None]),
    "text": JSON_VALUES.filter(lambda v: not isinstance(v, str))
    | st.integers(MAX_TEXT + 1, MAX_TEXT + 500).map(lambda n: "x" * n),
    "final": JSON_VALUES.filter(lambda v: not isinstance(v, bool)) | st.sampled_from([0, 1, "true", None]),
    "utterance_id": st.one_of(
        st.booleans(), st.floats(), st.lists(JSON_SCALARS, max_size=2),
        st.dictionaries(st.text(CHARS, max_size=3), JSON_SCALARS, max_size=2),
        st.just(""), st.text(CHARS, min_size=129, max_size=200),
        st.integers(129, 300).map(lambda n: int("9" * n)),
    ),
    "ts": st.one_of(
        st.booleans(), st.text(CHARS, max_size=10), st.lists(JSON_SCALARS, max_size=2),
        st.dictionaries(st.text(CHARS, max_size=3), JSON_SCALARS, max_size=2), st.just(float("nan")),
        st.floats(min_value=LAST_MOMENT, exclude_min=True, allow_infinity=False),
        st.integers(int(LAST_MOMENT) + 1, 2**63).map(lambda n: -n),
    ),
    "channel": JSON_VALUES.filter(lambda v: v is not None and v not in CHANNELS)
    | st.sampled_from(["Phone", "sms", ""]),
    "lang": JSON_VALUES.filter(_not_lang) | st.sampled_from(["", "NL", "dutch", "nl_NL", "n", "nl-", 12]),
    "type": JSON_VALUES.filter(lambda v: v not in ("utterance", "context", "end"))
    | st.sampled_from(["Utterance", "message", "END"]),
}


@settings(FUZZ, max_examples=25)
@pytest.mark.parametrize("name", sorted(INVALID))
@given(data=st.data())
def test_a_wrong_value_for_any_field_is_a_400_naming_that_field(api: Harness, name: str, data: st.DataObject):
    """One bad field in an otherwise valid utterance: the 400 names it, so the integrator can fix it."""
    api.delivered.clear()
    bad = data.draw(INVALID[name], label=name)
    post = data.draw(valid_utterances(limit=MAX_BODY // 2))
    path = "/v1/messages"
    payload = {**post.payload, "session": post.expected.session, name: bad}
    if name not in ("session", "type") and data.draw(st.booleans(), label="session in URL"):
        path = f"/v1/sessions/{quote(post.expected.session, safe='')}/utterances"
    reply = api.client.post(path, json.dumps(payload, ensure_ascii=post.ensure_ascii).encode())
    assert_well_formed(reply, {400})
    assert reply.body["field"] == name
    assert api.delivered == []


@settings(FUZZ, max_examples=30)
@given(name=st.text(CHARS, min_size=1, max_size=40).filter(lambda k: k not in UTTERANCE_FIELDS),
       value=JSON_VALUES, post=valid_utterances(limit=MAX_BODY // 2))
def test_an_unknown_field_is_a_400_naming_it(api: Harness, name: str, value: Any, post: Post):
    """A misspelt field ("txt", "speakr") must be named, not silently dropped with the text it held."""
    api.delivered.clear()
    payload = {**post.payload, "session": post.expected.session, name: value}
    reply = api.client.post("/v1/messages", json.dumps(payload, ensure_ascii=post.ensure_ascii).encode())
    assert_well_formed(reply, {400})
    assert reply.body["field"] == name
    assert api.delivered == []


@settings(FUZZ, max_examples=30)
@given(session=st.text(CHARS, min_size=1, max_size=140).filter(_not_session),
       kind=st.sampled_from(["utterances", "context", "end"]))
def test_a_bad_session_in_the_url_is_a_400_naming_session(api: Harness, session: str, kind: str):
    """Any session id outside the documented alphabet, percent-encoded into the URL, names 'session'.

    (Braces cannot reach the handler: aiohttp's router never matches them in a {session} segment,
    so those ids get a JSON 404, which is still a clear refusal.)"""
    api.delivered.clear()
    reply = api.client.post(f"/v1/sessions/{quote(session, safe='')}/{kind}",
                            b'{"speaker":"agent","text":"hello"}')
    if "{" in session or "}" in session:
        assert_well_formed(reply, {404})
    else:
        assert_well_formed(reply, {400})
        assert reply.body["field"] == "session"
    assert api.delivered == []


@settings(FUZZ, max_examples=40)
@given(bad=JSON_VALUES.filter(lambda v: not isinstance(v, dict)),
       where=st.sampled_from(["context", "context.customer"]), via_url=st.booleans())
def test_a_context_that_is_not_an_object_is_a_400_naming_it(api: Harness, bad: Any, where: str, via_url: bool):
    """CRM context must be an object and its customer too; anything else is named, not half-applied."""
    api.delivered.clear()
    context = bad if where == "context" else {"customer": bad, "offer": {"name": "Basic"}}
    if via_url:
        reply = api.client.post("/v1/sessions/call-1/context", json.dumps({"context": context}).encode())
    else:
        reply = api.client.post("/v1/messages", json.dumps(
            {"type": "context", "session": "call-1", "context": context}).encode())
    assert_well_formed(reply, {400})
    assert reply.body["field"] == where
    assert api.delivered == []


# -- (4) interleaved garbage never costs a valid utterance ---------------------------------------------

OPS = st.one_of(
    valid_utterances(session="call-1", limit=8_000).map(lambda p: ("valid", p)),
    valid_utterances(session="chat-2", limit=8_000).map(lambda p: ("valid", p)),
    any_bodies().map(lambda b: ("noise", b)),
)


@settings(FUZZ, max_examples=100)
@given(sequence=st.lists(OPS, min_size=2, max_size=12), noise_route=st.sampled_from(POST_ROUTES))
def test_garbage_between_valid_utterances_never_loses_or_reorders_one(
        api: Harness, sequence: list[tuple[str, Any]], noise_route: str):
    """A flaky engine interleaves junk with real lines on one keep-alive connection: the real lines
    all arrive, in the order sent, and nothing else sneaks in between them unannounced."""
    api.delivered.clear()
    sent: list[UtteranceMessage] = []
    positions: list[int] = []
    for kind, item in sequence:
        before = len(api.delivered)
        if kind == "valid":
            reply = api.client.post(item.path, item.body())
            assert_well_formed(reply, {202})
            sent.append(item.expected)
            positions.append(before)
            assert api.delivered[before:] == [item.expected]
        else:
            reply = api.client.post(noise_route, item)
            assert_well_formed(reply, {202, 400, 413})
            assert len(api.delivered) - before == (1 if reply.status == 202 else 0)
    assert [api.delivered[i] for i in positions] == sent
    api.assert_still_answering()


def test_concurrent_clients_each_keep_their_own_order(api: Harness):
    """A CTI and two transcription engines post at once: every valid line of each arrives in order."""
    per_client = 40
    errors: list[BaseException] = []

    def run(n: int) -> None:
        client = Client(api.port)
        try:
            for i in range(per_client):
                body = json.dumps({"session": f"call-{n}", "speaker": "customer", "text": f"{n}:{i} שלום"})
                assert client.post("/v1/messages", body.encode()).status == 202
                assert client.post("/v1/messages", b'{"session": "call-%d", "text": 3' % n).status == 400
        except BaseException as exc:  # noqa: BLE001 (reported on the test thread)
            errors.append(exc)
        finally:
            client.close()

    threads = [threading.Thread(target=run, args=(n,), name=f"fuzz-client-{n}") for n in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert not errors, errors
    for n in range(4):
        said = [m.text for m in api.delivered if m.session == f"call-{n}"]
        assert said == [f"{n}:{i} שלום" for i in range(per_client)]


# -- (5) the same over the WebSocket -----------------------------------------------------------------------


def _ws_url(port: int, query_token: bool) -> tuple[str, dict[str, str]]:
    if query_token:
        return f"http://127.0.0.1:{port}/v1/ws?token={quote(TOKEN)}", {}
    return f"http://127.0.0.1:{port}/v1/ws", {"Authorization": f"Bearer {TOKEN}"}


async def _ws_exchange(port: int, frames: list[str | bytes], *, pipelined: bool, query_token: bool,
                       read: bool = True) -> list[aiohttp.WSMessage]:
    url, headers = _ws_url(port, query_token)
    replies: list[aiohttp.WSMessage] = []
    async with aiohttp.ClientSession() as session, session.ws_connect(url, headers=headers) as ws:

        async def send(frame: str | bytes) -> None:
            if isinstance(frame, str):
                await ws.send_str(frame)
            else:
                await ws.send_bytes(frame)

        if pipelined or not read:
            for frame in frames:
                await send(frame)
            if read:
                for _ in frames:
                    replies.append(await ws.receive(timeout=REPLY_TIMEOUT))
        else:
            for frame in frames:
                await send(frame)
                replies.append(await ws.receive(timeout=REPLY_TIMEOUT))
    return replies


WS_FRAMES = st.one_of(
    # a frame carries the session too (message()): leave it room under the frame size limit
    valid_utterances(limit=MAX_BODY - 256).map(lambda p: ("valid", p)),
    any_bodies().filter(lambda b: len(b) < MAX_BODY).map(lambda b: ("noise", b)),
    st.text(CHARS, max_size=200).map(lambda t: ("noise", t)),
    JSON_VALUES.map(lambda v: ("noise", json.dumps(v))),
)


@settings(FUZZ, max_examples=100)
@given(frames=st.lists(WS_FRAMES, min_size=1, max_size=8), as_text=st.booleans(), pipelined=st.booleans(),
       query_token=st.booleans())
def test_every_websocket_frame_is_acked_or_named_and_valid_ones_arrive_in_order(
        api: Harness, frames: list[tuple[str, Any]], as_text: bool, pipelined: bool, query_token: bool):
    """Streaming engines use the WebSocket: each frame gets its own ack or error (with the field),
    in order even when frames are pipelined, and the valid utterances arrive exactly once."""
    api.delivered.clear()
    wire: list[str | bytes] = []
    for kind, item in frames:
        raw = item.message() if kind == "valid" else item
        if as_text and isinstance(raw, bytes):
            try:
                raw = raw.decode("utf-8")
            except UnicodeDecodeError:
                pass  # a TEXT frame must be UTF-8; these go as BINARY (invalid TEXT: its own test)
        wire.append(raw)
    replies = asyncio.run(_ws_exchange(api.port, wire, pipelined=pipelined, query_token=query_token))
    acked: list[tuple[str, Any]] = []
    for (kind, item), reply in zip(frames, replies, strict=True):
        assert reply.type == aiohttp.WSMsgType.TEXT, reply
        answer = json.loads(reply.data)
        if kind == "valid":
            expected = {"type": "ack", "stored": True, "session": item.expected.session, "kind": "utterance"}
            if item.expected.utterance_id is not None:
                expected["utterance_id"] = item.expected.utterance_id
            assert answer == expected
        if answer["type"] == "ack":
            acked.append((kind, item))
        else:
            assert answer["type"] == "error" and answer["error"] and isinstance(answer["field"], str), answer
    # acks and deliveries pair up one to one, so the n-th ack is the n-th utterance the panel saw
    assert len(api.delivered) == len(acked)
    for (kind, item), message in zip(acked, api.delivered, strict=True):
        if kind == "valid":
            assert message == item.expected
    api.assert_still_answering()


def test_a_burst_of_websocket_frames_is_delivered_even_if_the_client_hangs_up_at_once(api: Harness):
    """Fire-and-forget engines send and close without reading acks: no utterance may be lost."""
    frames = [json.dumps({"session": "call-1", "speaker": "customer", "text": f"{i} مرحبا"}) for i in range(50)]
    asyncio.run(_ws_exchange(api.port, list(frames), pipelined=True, query_token=False, read=False))
    assert [m.text for m in api.delivered] == [f"{i} مرحبا" for i in range(50)]
    api.assert_still_answering()


@pytest.mark.parametrize(("frame", "close_code"), [
    (" " * MAX_BODY + '{"session":"s","speaker":"agent","text":"x"}', aiohttp.WSCloseCode.MESSAGE_TOO_BIG),
    (b"\xff\xfe not utf-8", aiohttp.WSCloseCode.INVALID_TEXT),
])
def test_websocket_protocol_violations_close_cleanly_and_the_server_goes_on(
        api: Harness, frame: str | bytes, close_code: int):
    """An oversized frame or a TEXT frame that is not UTF-8 closes that socket with the RFC 6455
    code (1009/1007) — the only answer the protocol allows — and the next client is served."""

    async def violate() -> aiohttp.WSMessage:
        url, headers = _ws_url(api.port, query_token=False)
        async with aiohttp.ClientSession() as session, session.ws_connect(url, headers=headers) as ws:
            if isinstance(frame, bytes):
                await ws.send_frame(frame, aiohttp.WSMsgType.TEXT)
            else:
                await ws.send_str(frame)
            return await ws.receive(timeout=REPLY_TIMEOUT)

    closing = asyncio.run(violate())
    assert closing.type == aiohttp.WSMsgType.CLOSE and closing.data == close_code
    assert api.delivered == []
    good = json.dumps({"session": "call-1", "speaker": "agent", "text": "still here"})
    replies = asyncio.run(_ws_exchange(api.port, [good], pipelined=False, query_token=True))
    assert json.loads(replies[0].data)["type"] == "ack"
    assert [m.text for m in api.delivered] == ["still here"]


# -- (6) token, Host and Origin guard every path -------------------------------------------------------

PATHS = st.one_of(
    st.sampled_from([*POST_ROUTES, "/v1/ws", "/v1/nope", "/", "/v2/messages", "/v1/messages/"]),
    st.lists(st.text(CHARS, min_size=1, max_size=12), min_size=1, max_size=4).map(
        lambda parts: "/" + "/".join(quote(p, safe="") for p in parts)),
).flatmap(lambda p: st.sampled_from([p, p + "?x=1", p + "?token=" + quote(TOKEN)]))
METHODS = st.sampled_from(["GET", "POST", "PUT", "DELETE", "PATCH", "OPTIONS"])
PRINTABLE = st.text(st.characters(min_codepoint=0x21, max_codepoint=0x7e), min_size=1, max_size=40)
WRONG_AUTH = st.one_of(
    st.none(),
    st.sampled_from(["", "Bearer", "Bearer ", f"Basic {TOKEN}", f"Token {TOKEN}", TOKEN, f"Bearer{TOKEN}",
                     f"Bearer {TOKEN}x", f"Bearer {TOKEN[:-1]}", f"Bearer {TOKEN.upper()}"]),
    PRINTABLE.filter(lambda t: t != TOKEN).map(lambda t: f"Bearer {t}"),
)
LOOPBACK = {"localhost", "127.0.0.1", "::1", "[::1]"}
FOREIGN_HOSTS = st.one_of(
    st.sampled_from(["evil.example", "localhost.evil.example", "127.0.0.1.nip.io", "0.0.0.0", "127.0.0.2",
                     "192.168.1.10", "[::2]", "localhost.", "", "attacker:8765"]),
    st.from_regex(r"[a-z0-9-]{1,20}(\.[a-z]{2,8}){0,2}", fullmatch=True).filter(lambda h: h not in LOOPBACK),
    st.ip_addresses(v=4).map(str).filter(lambda h: h != "127.0.0.1"),
).flatmap(lambda h: st.sampled_from([h, f"{h}:8765"]))
FOREIGN_ORIGINS = st.one_of(
    st.sampled_from(["null", "http://localhost", "http://127.0.0.1:8765", "https://crm.example.com",
                     "file://", "chrome-extension://abcdefghijklmnop", "http://evil.example/"]),
    FOREIGN_HOSTS.map(lambda h: f"https://{h}"),
)


def _is_health(path: str) -> bool:
    return yarl.URL(path).path == HEALTH


@settings(FUZZ, max_examples=80)
@given(method=METHODS, path=PATHS, auth=WRONG_AUTH, body=st.sampled_from([b"", _VALID]))
def test_without_the_token_every_path_is_a_401(api: Harness, method: str, path: str, auth: str | None, body: bytes):
    """Any web page can reach loopback: without the bearer token nothing but health answers, and
    the token in a query string only counts for the WebSocket handshake (browsers' only option)."""
    assume(not _is_health(path))
    if path.startswith("/v1/ws?token="):
        path = "/v1/ws"
    api.delivered.clear()
    reply = api.client.request(method, path, body, token=None, headers={"Authorization": auth})
    assert_well_formed(reply, {401})
    assert reply.body["field"] == "Authorization"
    assert api.delivered == []


@settings(FUZZ, max_examples=60)
@given(method=METHODS, path=PATHS | st.just(HEALTH), host=FOREIGN_HOSTS)
def test_a_foreign_host_header_is_a_403_on_every_path(api: Harness, method: str, path: str, host: str):
    """DNS rebinding sends a valid-looking request with the attacker's Host: refused, token or not."""
    api.delivered.clear()
    reply = api.client.request(method, path, _VALID if method == "POST" else b"", headers={"Host": host})
    assert_well_formed(reply, {403})
    assert reply.body["field"] == "Host"
    assert api.delivered == []


@pytest.mark.parametrize(("version", "status"), [("HTTP/1.0", 403), ("HTTP/1.1", 400)])
def test_a_request_without_any_host_header_is_refused(api: Harness, version: str, status: int):
    """A request without Host cannot prove it targets loopback: HTTP/1.0 gets our 403, HTTP/1.1
    is already refused by aiohttp's parser (Host is mandatory there). Nothing is delivered."""
    request = (f"POST /v1/messages {version}\r\nAuthorization: Bearer {TOKEN}\r\n"
               f"Content-Length: {len(_VALID)}\r\nConnection: close\r\n\r\n").encode() + _VALID
    with socket.create_connection(("127.0.0.1", api.port), timeout=REPLY_TIMEOUT) as sock:
        sock.sendall(request)
        answer = b""
        while chunk := sock.recv(65536):
            answer += chunk
    assert answer.split(b" ", 2)[1] == str(status).encode(), answer
    assert api.delivered == []
    api.assert_still_answering()


@settings(FUZZ, max_examples=60)
@given(method=METHODS, path=PATHS | st.just(HEALTH), origin=FOREIGN_ORIGINS,
       host=st.sampled_from(["localhost", "127.0.0.1", "LOCALHOST:8765", "[::1]:8765"]))
def test_a_foreign_browser_origin_is_a_403_on_every_path(api: Harness, method: str, path: str, origin: str,
                                                         host: str):
    """A web page in the agent's browser sends its Origin: refused unless IT allow-listed it."""
    api.delivered.clear()
    reply = api.client.request(method, path, _VALID if method == "POST" else b"",
                               headers={"Origin": origin, "Host": host})
    assert_well_formed(reply, {403})
    assert reply.body["field"] == "Origin"
    assert api.delivered == []


def test_the_websocket_handshake_checks_token_and_origin(api: Harness):
    """A browser page cannot open the event stream without the token or from a foreign origin."""

    async def handshake(url: str, headers: dict[str, str]) -> int:
        async with aiohttp.ClientSession() as session:
            try:
                async with session.ws_connect(url, headers=headers):
                    return 101
            except aiohttp.WSServerHandshakeError as exc:
                return exc.status

    base = f"http://127.0.0.1:{api.port}/v1/ws"
    assert asyncio.run(handshake(base, {})) == 401
    assert asyncio.run(handshake(base + "?token=wrong", {})) == 401
    assert asyncio.run(handshake(base + f"?token={TOKEN}", {"Origin": "https://evil.example"})) == 403
    assert asyncio.run(handshake(base + f"?token={TOKEN}", {"Host": "evil.example"})) == 403
    assert asyncio.run(handshake(base + f"?token={TOKEN}", {})) == 101


def test_an_allow_listed_origin_gets_through():
    """IT's own CRM origin (with or without a trailing slash) is served like any local client."""
    delivered: list[Message] = []
    server = LocalApi(delivered.append, TOKEN, port=0, allowed_origins=("https://crm.example.com/",))
    server.start()
    client = Client(server.port)
    try:
        for origin in ("https://crm.example.com", "https://crm.example.com/"):
            reply = client.post("/v1/messages", _VALID, headers={"Origin": origin})
            assert_well_formed(reply, {202})
        reply = client.post("/v1/messages", _VALID, headers={"Origin": "https://crm.example.com.evil"})
        assert_well_formed(reply, {403})
    finally:
        client.close()
        server.stop()
    assert len(delivered) == 2


# -- line sources ------------------------------------------------------------------------------------------


@settings(FUZZ, max_examples=300)
@given(line=st.one_of(st.text(CHARS, max_size=200), any_bodies().map(lambda b: b.decode("utf-8", "replace"))))
def test_any_line_is_a_message_nothing_or_a_protocol_error(line: str):
    """stdin/follow share the validator: a bad line must be reported and skipped, never raise
    something else (which would stop the whole source and every later line with it)."""
    try:
        result: Message | ProtocolError | None = parse_line(line, 1, "call-1")
    except ProtocolError as exc:
        result = exc
    if isinstance(result, ProtocolError):
        assert isinstance(result.field, str) and str(result)  # a report naming the culprit ("" for a "" key)
    else:
        assert result is None or isinstance(result, UtteranceMessage | ContextMessage | EndMessage)


# -- explicit pins for product bugs the fuzzing found --------------------------------------------------------

HUGE_NUMBERS = [
    pytest.param("ts", "1" + "0" * 400, id="ts-beyond-float-range"),
    pytest.param("ts", "9" * 5000, id="ts-over-4300-digits"),
    pytest.param("utterance_id", "9" * 5000, id="utterance_id-over-4300-digits"),
    pytest.param("final", "9" * 5000, id="final-over-4300-digits"),
]


@pytest.mark.parametrize(("name", "number"), HUGE_NUMBERS)
def test_numbers_beyond_range_are_a_400_not_a_500(api: Harness, name: str, number: str):
    """A clock in nanoseconds-since-epoch-gone-wrong or a runaway id must get a 400 naming the
    field. The fault this guards against: 10**400 as ts raises OverflowError in protocol.py (float(ts)) and a
    5000-digit integer raises ValueError in json.loads (Python's int-digits limit); both are 500s."""
    body = f'{{"session":"call-1","speaker":"agent","text":"hi","{name}":{number}}}'.encode()
    reply = api.client.post("/v1/messages", body)
    assert_well_formed(reply, {400})
    assert reply.body["field"] in (name, "body")
    assert api.delivered == []


@pytest.mark.parametrize("number", ["1" + "0" * 400, "9" * 5000])
def test_a_line_with_a_huge_number_is_skipped_and_later_lines_still_arrive(number: str):
    """The fault this guards against: the same numbers raise OverflowError/ValueError out of parse_line, which
    LineSource.feed does not catch, so `copilot listen --stdin` stops at that line for good."""
    delivered: list[Message] = []
    reports: list[str] = []
    source = LineSource("stdin", "call-1", delivered.append, reports.append)
    source.feed([f'{{"speaker": "customer", "text": "one", "ts": {number}}}',
                 '{"speaker": "customer", "text": "two"}'])
    assert [m.text for m in delivered] == ["two"]
    assert len(reports) == 1 and "stdin:1" in reports[0]


@pytest.mark.parametrize(("field_name", "body"), [
    ("session", b'{"session":"call-1\\n","speaker":"agent","text":"hi"}'),
    ("lang", b'{"session":"call-1","speaker":"agent","text":"hi","lang":"nl\\n"}'),
])
def test_ids_with_a_trailing_newline_are_refused(api: Harness, field_name: str, body: bytes):
    """The fault this guards against: the patterns end in `$`, which also matches before a final "\\n", so "call-1\\n"
    opens a second, invisible session next to "call-1" and "nl\\n" is taken as a language."""
    reply = api.client.post("/v1/messages", body)
    assert_well_formed(reply, {400})
    assert reply.body["field"] == field_name
    url_reply = api.client.post("/v1/sessions/call-1%0A/utterances", b'{"speaker":"agent","text":"hi"}')
    assert url_reply.status == 400
    assert api.delivered == []


def test_an_empty_unknown_field_name_is_still_named(api: Harness):
    """The fault this guards against: `{"": 1}` gets a 400 whose body has no "field" at all, because ``_error`` tests
    the field name for truthiness; clients keyed on "field" cannot tell what is wrong."""
    reply = api.client.post("/v1/messages", b'{"session":"call-1","speaker":"agent","text":"hi","":1}')
    assert reply.status == 400
    assert reply.body.get("field") == ""


@pytest.mark.parametrize("header", [b"Bearer \xff\xfe", "Bearer caf\u00e9".encode("latin-1"),
                                    "Bearer שלום".encode()])
def test_a_non_ascii_token_is_a_401_not_a_500(api: Harness, header: bytes):
    """A mistyped token pasted with an accent or from a Hebrew keyboard layout must get the 401
    that explains the token. The fault this guards against: aiohttp decodes header bytes with surrogateescape and
    ``_authorised`` calls ``supplied.encode()`` strictly: UnicodeEncodeError, a 500."""
    reply = api.client.post("/v1/messages", _VALID, headers={"Authorization": header})
    assert_well_formed(reply, {401})
    assert api.delivered == []


@pytest.mark.parametrize(("encoding", "body", "status"), [
    ("gzip", gzip.compress(_VALID), 202),
    ("gzip", b"this is not gzip", 400),
    ("deflate", b"this is not deflate", 400),
    ("gzip", gzip.compress(b" " * (8 * MAX_BODY) + _VALID), 413),
    ("deflate", zlib.compress(_VALID), 202),
])
def test_a_compressed_body_that_does_not_decompress_is_a_400_not_a_500(
        api: Harness, encoding: str, body: bytes, status: int):
    """HTTP clients may compress bodies; a corrupt one is the client's error, a bomb is a 413.
    The fault this guards against: aiohttp raises RequestPayloadError from ``request.read()``, which ``_guard`` does
    not catch (it only handles HTTPException), so the client sees a bare 500."""
    reply = api.client.post("/v1/messages", body, headers={"Content-Encoding": encoding})
    try:
        health: int | OSError = api.client.request("GET", HEALTH, token=None).status
    except OSError as exc:  # the keep-alive connection was reset under the client
        health = exc
    # aiohttp could log a traceback on the server thread *after* answering; CPython 3.11's ast
    # state is not thread-safe, so pytest formatting our failure at that moment can crash the
    # whole run (INTERNALERROR "AST constructor recursion depth mismatch"). Let the thread finish.
    api.server.stop()
    assert_well_formed(reply, {status})
    assert len(api.delivered) == (1 if status == 202 else 0)
    assert health == 200, "the client's next request on its keep-alive connection must be served"


def test_an_accepted_utterance_is_valid_unicode(api: Harness):
    """JavaScript clients that cut text by UTF-16 units (``s.slice(0, n)``) split an emoji and
    JSON.stringify sends the lone half as "\\ud83d". The fault this guards against: the API accepts it and delivers a
    str that cannot be encoded as UTF-8, so the recorder's SQLite insert fails and the line is
    missing from the saved conversation. Refuse it (400 "text") or replace it with U+FFFD."""
    reply = api.client.post("/v1/messages", b'{"session":"call-1","speaker":"customer","text":"ok \\ud83d"}')
    assert reply.status in (202, 400), reply
    if reply.status == 400:
        assert reply.body["field"] == "text"
    else:
        [message] = api.delivered
        message.text.encode("utf-8")


@pytest.mark.parametrize("ensure_ascii", [True, False], ids=["json.dumps-default", "raw-utf8"])
def test_an_utterance_of_max_text_characters_fits_in_one_request_in_any_script(api: Harness, ensure_ascii: bool):
    """The protocol promises MAX_TEXT characters ("a whole e-mail fits"); the transport must carry
    them. The fault this guards against: with a 64 KiB body limit a Hebrew e-mail of ~11,000 characters as
    Python's json.dumps sends it (\\uXXXX, 6 bytes a letter), or 20,000 emoji even as raw UTF-8,
    is refused with 413 although the protocol would accept it."""
    refused = []
    for script, unit in (("latin", "a"), ("hebrew", "ש"), ("arabic", "م"), ("emoji", "😀")):
        payload = {"session": "call-1", "speaker": "customer", "text": unit * MAX_TEXT}
        reply = api.client.post("/v1/messages", json.dumps(payload, ensure_ascii=ensure_ascii).encode())
        if reply.status != 202:
            refused.append((script, reply.status))
    assert refused == []
