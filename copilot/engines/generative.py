"""The generative engine: AI drafts from an OpenAI-compatible chat model, shown card by card as they stream in.

Three promises shape this module.

* What leaves the machine is redacted, and customer words are data. Every customer line, CRM field and
  knowledge passage goes out as one JSON object per line between delimiters carrying a per-request nonce,
  so a customer cannot close the block and speak to the model as the system; the system prompt says the
  blocks are data, never instructions. Output is checked again on the way back, because a prompt is a
  request, not a guarantee: lines that echo instruction-like customer text, or offer more discount than
  allowed, are dropped, and the draft guard (``copilot.engines.guard``) holds back the rest of what a draft
  must not say; held-back drafts are handed over for the record, never shown.
* A failure is one calm ``GenerativeUnavailable`` ("AI unavailable, playbook only"). Timeouts, rate
  limits, server errors, refused connections, cut streams and malformed output all end the same way, so
  the panel keeps working with the playbook. Retries and timeouts are the SDK's own, not a second loop.
* A newer utterance supersedes a request: ``SuggestionStream.cancel()`` shuts the stream's socket so a
  worker blocked in a read wakes at once.

The API key lives only in the OS keychain; the SDK asks for it per request. No Qt here.
"""

from __future__ import annotations

import functools
import hashlib
import logging
import socket
import threading
import time
import urllib.parse
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Any, cast

import httpx2 as httpx
import keyring
import keyring.errors
import openai
from openai.types.chat import ChatCompletionChunk, ChatCompletionMessageParam

from copilot.config import keychain
from copilot.config.options import ai_base_url_problem
from copilot.engines.guard import Draft, GuardContext, HeldDraft, check, context_for, placeholders_in
from copilot.engines.prompt import (  # noqa: F401 (re-exported for callers)
    _DISCOUNT,
    _HALF_PRICE,
    _INSTRUCTION_LIKE,
    _OVERRIDE,
    _PERCENT,
    _SENTENCE,
    _WORDS,
    CALM_MESSAGE,
    CHANNELS,
    DISCOUNT_REACH,
    KINDS,
    LANGUAGES,
    MAX_TURNS,
    PROVIDERS,
    SOURCE_LABEL,
    SYSTEM_PROMPT,
    TITLES,
    ConnectionCheck,
    GenerativeConfig,
    GenerativeConfigError,
    GenerativeUnavailable,
    Passage,
    Prompt,
    Redact,
    Usage,
    _data_line,
    _defuse,
    _flatten,
    build_prompt,
    config_from_settings,
    default_redaction,
    discount_over,
    echoes,
    instruction_like,
    instruction_sentences,
    is_loopback_url,
    passages_from_hits,
)
from copilot.model import Conversation, Speaker, Suggestion, Utterance
from copilot.privacy.redaction import Vault
from copilot.ranking import ai_score
from copilot.text.clean import shortened
from copilot.text.documents import json_loads
from copilot.text.i18n import translate

log = logging.getLogger("copilot.generative")

# What one answer may take, whatever the service does with ``max_tokens`` (a local model caught in a loop, or a
# hostile endpoint, may stream without end): the reading stops at the first bound it meets. A line is one draft
# as JSON, so no line is longer than the e-mail channel's limit with its rationale and room to spare; a request
# asks for ``max_suggestions`` drafts, so lines beyond a few times that are not read; drafts that come minutes
# late are about a conversation that has moved on; and no answer body is larger than a few megabytes. (Lines past
# the drafts asked for are still read up to the line bound: one held back there is recorded for trainers.)
MAX_LINE_CHARS = 16_000
# The card's "why" is one short sentence (the prompt asks for that): a longer rationale is cut to this before the
# guard reads it and the card shows it, so a model that writes pages there costs the guard no more than a sentence.
RATIONALE_CHARS = 600
EXTRA_LINES = 8  # lines read beyond max_suggestions x 4 (some are blank, duplicates or held back)
ANSWER_DEADLINE_S = 120.0
MAX_ANSWER_BYTES = 4 * 1024 * 1024


class AnswerTooLarge(ValueError):
    """The service's answer body went past ``MAX_ANSWER_BYTES``; the rest is not read."""


class _CappedStream(httpx.SyncByteStream):
    def __init__(self, inner: Any, limit: int) -> None:
        self._inner, self._limit = inner, limit

    def __iter__(self) -> Iterator[bytes]:
        read = 0
        for chunk in self._inner:
            read += len(chunk)
            if read > self._limit:
                raise AnswerTooLarge(f"the answer went past {self._limit // (1024 * 1024)} MB")
            yield chunk

    def close(self) -> None:
        self._inner.close()


def _cap_body(response: httpx.Response) -> None:
    """An httpx response hook: the body is read through a counter that stops it past ``MAX_ANSWER_BYTES``."""
    response.stream = _CappedStream(response.stream, MAX_ANSWER_BYTES)


# -- the client ---------------------------------------------------------------------------------------------

_FAILURES = (openai.OpenAIError, ValueError)  # ValueError: the SDK's JSON decoding of a malformed event


def _unavailable(exc: BaseException, *, streaming: bool) -> GenerativeUnavailable:
    if isinstance(exc, AnswerTooLarge) or isinstance(exc.__cause__, AnswerTooLarge):
        reason = "the AI answer was far too long; the rest was not read"
    elif isinstance(exc, openai.APITimeoutError):
        reason = "the AI service did not answer in time"
    elif isinstance(exc, openai.RateLimitError):
        reason = "the AI service is rate-limiting requests"
    elif isinstance(exc, openai.AuthenticationError | openai.PermissionDeniedError):
        reason = "the AI service rejected the API key; check it in Settings"
    elif isinstance(exc, openai.APIStatusError):
        reason = f"the AI service answered with an error (HTTP {exc.status_code})"
    elif isinstance(exc, openai.APIConnectionError):
        reason = "the answer was cut off" if streaming else "the AI service cannot be reached"
    elif isinstance(exc, ValueError):
        reason = "the AI service sent a malformed stream"
    else:
        reason = "the AI service failed"
    return GenerativeUnavailable(reason)


class GenerativeClient:
    """One configured connection to a chat model; thread-safe, one instance per app."""

    def __init__(self, config: GenerativeConfig) -> None:
        problem = ai_base_url_problem(config.base_url)  # as the settings check it: also what the Test button typed
        if problem:
            raise GenerativeConfigError(problem)
        parts = urllib.parse.urlsplit(config.base_url)
        if config.local_only and not is_loopback_url(config.base_url):
            raise GenerativeConfigError(
                f"Local-only mode is on, so the AI service must run on this computer, but {parts.hostname} is not "
                "a loopback address. Use http://127.0.0.1:<port>/v1 or turn local-only mode off.")
        if config.provider not in PROVIDERS:
            raise GenerativeConfigError(f"Unknown AI provider {config.provider!r}; use one of {', '.join(PROVIDERS)}.")
        if config.provider == "azure" and not (config.model and config.api_version):
            raise GenerativeConfigError("Azure OpenAI needs the deployment name (as the model) and an API version.")
        self.config = config
        self._loopback = is_loopback_url(config.base_url)
        # No redirects (a hop to another host would carry the conversation there); no proxy in local-only mode.
        http = openai.DefaultHttpxClient(follow_redirects=False, trust_env=not config.local_only,
                                         event_hooks={"response": [_cap_body]})
        self._openai: openai.OpenAI
        if config.provider == "azure":
            # The resource endpoint (https://NAME.openai.azure.com); the SDK adds /openai/deployments/<model>,
            # the api-version query and the api-key header Azure expects.
            self._openai = openai.AzureOpenAI(
                azure_endpoint=config.base_url, azure_deployment=config.model, api_version=config.api_version,
                api_key=self._api_key, timeout=config.timeout, max_retries=config.max_retries, http_client=http)
        else:
            self._openai = openai.OpenAI(base_url=config.base_url, api_key=self._api_key, timeout=config.timeout,
                                         max_retries=config.max_retries, http_client=http)

    def close(self) -> None:
        self._openai.close()

    def __enter__(self) -> GenerativeClient:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _api_key(self) -> str:
        """Read from the keychain for each request, so a changed key applies at once and lives nowhere else."""
        try:
            key = keyring.get_password(keychain.SERVICE, self.config.api_key_name)
        except keyring.errors.KeyringError:
            raise GenerativeUnavailable("no usable OS keychain holds the API key") from None
        if not key and not self._loopback:
            raise GenerativeUnavailable("no API key in the keychain; add one in Settings")
        return key or "no-key"  # a local server needs none, the SDK wants a value

    def stream_suggestions(self, conversation: Conversation, utterance: Utterance, *,
                           passages: Sequence[Passage] = (), guidance: str = "", channel: str | None = None,
                           redact: Redact | None = None, restore: Redact | None = None,
                           cancel: threading.Event | None = None, vault: Vault | None = None) -> SuggestionStream:
        """Drafts after ``utterance``; nothing is sent until the result is iterated (on a worker thread).

        ``vault`` redacts each turn in its conversation and restores the drafts; without it (and without a
        plugged-in ``redact``/``restore``, which see one text at a time) a fresh ``Vault`` serves the request.
        """
        if redact is None or restore is None:
            vault = vault or Vault()
            vault.add_context(conversation.context)
            redact, restore = vault.redact, vault.restore
        else:
            vault = None
        wanted = channel or str(conversation.context.get("channel", "chat"))
        chosen = wanted if wanted in CHANNELS else "chat"
        prompt = build_prompt(conversation, utterance, config=self.config, channel=chosen, passages=passages,
                              guidance=guidance, redact=redact, vault=vault)
        system, *sent = (message["content"] for message in prompt.messages)
        guard = functools.partial(context_for, conversation, passages, max_discount=self.config.max_discount_percent,
                                  allowed_domains=self.config.allowed_domains, guidance=guidance,
                                  placeholders=placeholders_in(sent), system_prompt=system, restore=restore)
        return SuggestionStream(self, prompt, utterance, conversation.customer_language, chosen, restore, cancel,
                                guard=guard)

    def test_connection(self) -> ConnectionCheck:
        """Latency and the model's short answer to a tiny prompt; raises ``GenerativeUnavailable``."""
        started = time.perf_counter()
        try:
            self._api_key()
            completion = self._openai.chat.completions.create(
                model=self.config.model, max_tokens=8, temperature=0,
                messages=[{"role": "system", "content": "Answer with one short word."},
                          {"role": "user", "content": "Say OK."}])
        except _FAILURES as exc:
            raise _unavailable(exc, streaming=False) from exc
        latency = (time.perf_counter() - started) * 1000
        answer = (completion.choices[0].message.content or "") if completion.choices else ""
        return ConnectionCheck(latency, completion.model or self.config.model, answer.strip()[:80])

    def complete(self, messages: list[dict[str, str]], *, max_tokens: int | None = None) -> str:
        """The model's whole answer to already-redacted ``messages``, for a one-off draft that is checked as a
        whole (the wrap-up), not shown line by line; any fault is a ``GenerativeUnavailable``."""
        try:
            self._api_key()
            completion = self._openai.chat.completions.create(
                model=self.config.model, messages=cast("list[ChatCompletionMessageParam]", messages),
                temperature=self.config.temperature,
                max_tokens=max_tokens or self.config.max_output_tokens or openai.omit)
        except _FAILURES as exc:
            raise _unavailable(exc, streaming=False) from exc
        choice = completion.choices[0] if completion.choices else None
        if choice is None or choice.finish_reason == "length":
            raise GenerativeUnavailable("the answer was cut off")
        return choice.message.content or ""

    def _create_stream(self, messages: list[dict[str, str]]) -> openai.Stream[ChatCompletionChunk]:
        self._api_key()
        return self._openai.chat.completions.create(
            model=self.config.model, messages=cast("list[ChatCompletionMessageParam]", messages),
            temperature=self.config.temperature, max_tokens=self.config.max_output_tokens or openai.omit,
            stream=True, stream_options={"include_usage": True})


@dataclass(slots=True, eq=False)
class SuggestionStream:
    """One request. Iterate it once (a worker thread) for suggestions as each line completes; ``cancel()``
    from any thread. Afterwards ``usage``, ``dropped``, ``held`` and the timings say what happened.

    A draft that fails a check never becomes a suggestion: its reason goes to ``dropped``, and if it was a
    well-formed draft held back for what it says, it goes to ``held`` too and to ``on_held`` (called on the
    worker thread the moment it is held, so the desk can record it then)."""

    client: GenerativeClient
    prompt: Prompt
    utterance: Utterance
    lang: str
    channel: str
    restore: Redact
    cancel_event: threading.Event | None = None
    # What the draft guard checks against, or how to build it once the request is out (it takes a few ms, the
    # model far longer); None: the stream's own checks only.
    guard: GuardContext | Callable[[], GuardContext] | None = None
    on_held: Callable[[HeldDraft], None] | None = None
    usage: Usage | None = None
    dropped: list[str] = field(default_factory=list)  # reasons only: never customer or model text
    held: list[HeldDraft] = field(default_factory=list)
    passage_ids: dict[str, tuple[str, ...]] = field(default_factory=dict)  # suggestion id -> cited passages
    first_suggestion_s: float | None = None
    elapsed_s: float | None = None
    _stream: Any = None
    _started: bool = False
    _yielded: int = 0
    _seen: set[str] = field(default_factory=set)
    _lock: threading.Lock = field(default_factory=threading.Lock)
    _cancelled: threading.Event = field(default_factory=threading.Event)

    @property
    def cancelled(self) -> bool:
        return self._cancelled.is_set() or (self.cancel_event is not None and self.cancel_event.is_set())

    def cancel(self) -> None:
        """Stop the request: the iterator ends quietly, at once if a read is under way."""
        self._cancelled.set()
        with self._lock:  # the worker cannot close the stream meanwhile
            if self._stream is not None:
                _shut_socket(self._stream)

    def __iter__(self) -> Iterator[Suggestion]:
        if self._started:
            raise RuntimeError("a SuggestionStream can be iterated only once")
        self._started = True
        started = time.perf_counter()
        try:
            yield from self._suggestions(started)
        except GenerativeUnavailable as exc:
            log.warning("AI unavailable: %s", exc.reason)
            raise
        finally:
            self.elapsed_s = time.perf_counter() - started
            with self._lock:
                stream, self._stream = self._stream, None
            if stream is not None:
                stream.close()
            log.info("AI drafts: %d shown, %d dropped %s, %.0f ms, tokens %s", self._yielded, len(self.dropped),
                     sorted(set(self.dropped)), self.elapsed_s * 1000,
                     f"{self.usage.prompt_tokens}+{self.usage.completion_tokens}" if self.usage else "unknown")

    def _suggestions(self, started: float) -> Iterator[Suggestion]:
        if self.cancelled:
            return
        try:
            stream = self.client._create_stream(self.prompt.messages)
        except _FAILURES as exc:
            if self.cancelled:
                return
            raise _unavailable(exc, streaming=False) from exc
        with self._lock:
            self._stream = stream
        if self.cancelled:  # cancelled while waiting for the first byte
            return
        if callable(self.guard):
            self.guard = self.guard()
        chunks, buffer, finished = iter(stream), "", False
        lines_left = 4 * self.client.config.max_suggestions + EXTRA_LINES
        while True:
            try:
                chunk = next(chunks, None)
            except _FAILURES as exc:
                if self.cancelled:
                    return
                raise _unavailable(exc, streaming=True) from exc
            if self.cancelled:
                return
            if chunk is None:
                break
            usage = getattr(chunk, "usage", None)
            if usage is not None:
                self.usage = Usage(int(usage.prompt_tokens or 0), int(usage.completion_tokens or 0),
                                   int(usage.total_tokens or 0))
            for choice in getattr(chunk, "choices", None) or ():
                delta = getattr(choice, "delta", None)
                buffer += getattr(delta, "content", None) or ""
                finished = finished or bool(getattr(choice, "finish_reason", None))
            if "\n" in buffer:  # split only when a line ended: a long line is not rescanned per token
                *lines, buffer = buffer.split("\n")
                for line in lines:
                    yield from self._checked(line, started)
                    lines_left -= bool(line.strip())
                    if lines_left <= 0:  # the drafts beyond those asked for are still checked, a few of them
                        self._stop("too many lines")
                        return
            if len(buffer) > MAX_LINE_CHARS:
                self._stop("a line far too long")
                return
            if time.perf_counter() - started > ANSWER_DEADLINE_S:
                self._stop("too slow")
                return
        if not finished:
            raise GenerativeUnavailable("the answer was cut off")
        yield from self._checked(buffer, started)
        malformed = self.dropped.count("malformed")
        if malformed and not self._yielded and len(self.dropped) == malformed:
            raise GenerativeUnavailable("the AI answer was not in the expected format")

    def _stop(self, why: str) -> None:
        """Stop reading an answer that went past a bound: what was shown stays; with nothing shown, the panel says
        the AI is unavailable this time."""
        self.dropped.append(why)
        log.warning("AI answer not read to the end: %s", why)
        if not self._yielded:
            raise GenerativeUnavailable(f"the AI answer was not usable ({why}); the rest was not read")

    def _checked(self, line: str, started: float) -> Iterator[Suggestion]:
        """The line's suggestion if it passes every check; otherwise the reason goes to ``dropped``."""
        line = line.strip()
        if not line or line.startswith("```"):
            return  # blank lines and code fences carry nothing
        found = self._problem(line)
        if isinstance(found, str):
            self.dropped.append(found)
            return
        if self.first_suggestion_s is None:
            self.first_suggestion_s = time.perf_counter() - started
        yield found

    def _problem(self, line: str) -> Suggestion | str:
        try:
            item = json_loads(line)
        except ValueError:
            return "malformed"
        if not isinstance(item, dict) or item.get("kind") not in KINDS:
            return "malformed"
        text, rationale, ids = item.get("text"), item.get("rationale", ""), item.get("passage_ids", [])
        if not isinstance(text, str) or not text.strip() or not isinstance(rationale, str) or not (
                isinstance(ids, list) and all(isinstance(i, str) for i in ids)):
            return "malformed"
        config = self.client.config
        cited = tuple(i for i in ids if i in self.prompt.passage_ids)
        rationale = shortened(rationale, RATIONALE_CHARS)
        reason = self._refusal(item["kind"], text, rationale, cited)
        if reason is None and self._yielded >= config.max_suggestions:
            return "over the limit"
        key = " ".join(text.casefold().split())
        if key in self._seen:
            return "duplicate"
        self._seen.add(key)
        restored = self.restore(text.strip())
        why = self.restore(rationale.strip()) or translate("Why", "Drafted by AI from the conversation")
        if cited:
            why += f" (sources: {', '.join(cited)})"
        suggestion = Suggestion(
            kind=KINDS[item["kind"]], text=restored, title=TITLES[item["kind"]], rationale=why,
            entry_id=f"ai:{hashlib.sha1(key.encode()).hexdigest()[:12]}", lang=self.lang,
            score=ai_score(KINDS[item["kind"]], self._yielded), engine="generative", source_label=SOURCE_LABEL,
            ai_generated=True,
            utterance_index=self.utterance.index,
            latency_ms=(time.perf_counter_ns() - self.utterance.received_ns) / 1e6)
        if reason is not None:
            self._hold(HeldDraft(suggestion, reason))
            return reason
        self.passage_ids[suggestion.id] = cited
        self._yielded += 1
        return suggestion

    def _refusal(self, kind: str, text: str, rationale: str, cited: tuple[str, ...]) -> str | None:
        """Why this well-formed draft must not be shown: the stream's own checks, then the draft guard."""
        config = self.client.config
        both = f"{text}\n{rationale}"
        if len(text) > CHANNELS[self.channel][1]:
            return "too long for the channel"
        if _OVERRIDE.search(both):
            return "instruction-like"
        if echoes(both, self.prompt.flagged):
            return "echoes customer instructions"
        if self.guard is None and discount_over(both, config.max_discount_percent) is not None:
            return f"discount above {config.max_discount_percent:g}%"  # the guard judges it, refusals aside
        if kind == "knowledge" and not cited:
            return "knowledge without a known passage"
        return check(Draft(text, rationale, kind, cited), self.guard) if isinstance(self.guard, GuardContext) else None

    def _hold(self, held: HeldDraft) -> None:
        self.held.append(held)
        if self.on_held is not None:
            try:
                self.on_held(held)
            except Exception:  # recording a held draft must never stop the drafts that may be shown
                log.exception("could not hand over a held-back AI draft")


def _shut_socket(stream: Any) -> None:
    """Wake a read blocked in another thread: ``shutdown`` does, a plain ``close`` does not."""
    network = getattr(stream, "response", None) and stream.response.extensions.get("network_stream")
    sock = network.get_extra_info("socket") if network is not None else None
    if isinstance(sock, socket.socket):
        try:
            sock.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass  # already closed: the read has ended anyway


# -- the engine --------------------------------------------------------------------------------------------


class GenerativeEngine:
    """The ``Engine`` protocol over a ``GenerativeClient``, plus ``stream`` for card-by-card delivery.

    ``suggest`` blocks until the model is done, so run it on a worker, never inside ``CompositeEngine``
    beside the instant playbook. ``knowledge`` gives the passages; ``guidance`` the playbook's advice as text.
    """

    name = "generative"

    def __init__(self, client: GenerativeClient, *, knowledge: Callable[[Conversation, Utterance], Sequence[Passage]]
                 | None = None, guidance: Callable[[Conversation, Utterance], str] | None = None,
                 channel: str | None = None) -> None:
        self.client = client
        self.knowledge = knowledge
        self.guidance = guidance
        self.channel = channel

    def opening(self, conversation: Conversation) -> list[Suggestion]:
        return []  # nothing to draft before the customer speaks

    def observe(self, conversation: Conversation, utterance: Utterance) -> None:
        """Nothing to note: each request carries the recent conversation."""

    def stream(self, conversation: Conversation, utterance: Utterance, cancel: threading.Event | None = None,
               channel: str | None = None, vault: Vault | None = None) -> SuggestionStream:
        """``channel`` (phone, chat, whatsapp, email) shapes the drafts; default: the engine's, then the CRM's.

        ``vault`` is the conversation's own placeholder vault (the live conversation owns one), so a value keeps
        its placeholder from request to request and each turn is redacted knowing the turns before it; without
        one, the request gets a fresh vault of its own."""
        passages = self.knowledge(conversation, utterance) if self.knowledge else ()
        guidance = self.guidance(conversation, utterance) if self.guidance else ""
        return self.client.stream_suggestions(conversation, utterance, passages=passages, guidance=guidance,
                                              channel=channel or self.channel, cancel=cancel, vault=vault or Vault())

    def suggest(self, conversation: Conversation, utterance: Utterance) -> list[Suggestion]:
        if utterance.speaker is not Speaker.CUSTOMER:
            return []
        return list(self.stream(conversation, utterance))

    def restate(self, suggestion: Suggestion, conversation: Conversation) -> tuple[str, str, str] | None:
        return None  # a draft is written once; the next utterance brings new ones
