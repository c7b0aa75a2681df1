"""Quality on the held-out sets (``tests/heldout/``), written apart from the code and reported, never tuned on.

redaction  every conversation of ``redaction_conversations.jsonl`` is asked about through the real ``GenerativeEngine``
           (its conversation's vault, the CRM context as the panel holds it) and the request the fake server
           receives is read turn by turn: a personal value that appears in its turn's text in any request went
           out in clear; a look-alike missing from its turn's text was changed for nothing; a personal CRM field
           that appears anywhere in a request was sent. Targets: recall at least
           0.98 per kind, at least 0.90 for addresses and names introduced by a cue; at most 1% false positives.
guard      every model output of ``draft_guard.jsonl`` goes through the real ``GenerativeEngine`` and ``openai``
           SDK to a local fake server and back, as a live request's drafts do, and is shown or held back. The
           request carries the knowledge base's passages in the customer's language and those the output cites.
           Targets: at least 95% of the outputs to hold held back; no control lost.

    python tests/bench/bench_heldout.py [--only redaction,guard] [--batch N] [--show]

``--show`` also prints, with their item ids, the personal values that went out, the look-alikes that were
changed and the guard's misses: for a spent batch only, since reading a batch spends it.

A batch that informed a change is spent: its figures are reported as such, and the next batch, written
after the change, is the one that counts.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(1, str(Path(__file__).resolve().parents[1]))

import bench_common as bc  # noqa: E402
from fake_openai import Script, serve  # noqa: E402

from copilot.engines.generative import GenerativeClient, GenerativeConfig, GenerativeEngine  # noqa: E402
from copilot.engines.prompt import Passage  # noqa: E402
from copilot.model import Conversation, Speaker, Utterance  # noqa: E402
from copilot.privacy.redaction import Vault  # noqa: E402

HELDOUT = Path(__file__).resolve().parents[1] / "heldout"
LANGS = ("nl", "en", "fr", "he")


def _items(name: str, batch: int) -> list[dict[str, Any]]:
    suffix = "" if batch == 1 else f"_batch{batch}"
    path = HELDOUT / f"{name}{suffix}.jsonl"
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]


def _environment(batch: int) -> dict[str, Any]:
    suffix = "" if batch == 1 else f"_batch{batch}"
    data: dict[str, Any] = json.loads((HELDOUT / f"guard_environment{suffix}.json").read_text("utf-8"))
    return data


# A placeholder written into a set's conversation ("Hoi, ik ben [NAME_1]") stands for what the customer really
# said: the harness puts a real-looking value there, so the conversation's own vault issues the placeholder the
# model then echoes, as in a live call. (Typed as it is, "[NAME_1]" is text a customer typed, which is data.)
STAND_INS = {  # per language, as a customer there would say them
    "nl": {"NAME": "Sanne Jansen", "EMAIL": "sanne.jansen@example.nl", "PHONE": "06 12345678",
           "ADDRESS": "Kerkstraat 12", "IBAN": "NL02 RABO 0123 4567 89"},
    "en": {"NAME": "Emma Clarke", "EMAIL": "emma.clarke@example.com", "PHONE": "07700 900123",
           "ADDRESS": "12 Church Street", "IBAN": "GB33 BUKB 2020 1555 5555 55"},
    "fr": {"NAME": "Claire Dubois", "EMAIL": "claire.dubois@example.fr", "PHONE": "06 12 34 56 78",
           "ADDRESS": "8 rue de la Paix", "IBAN": "FR14 2004 1010 0505 0001 3M02 606"},
    "he": {"NAME": "נועה לוי", "EMAIL": "noa.levi@example.co.il", "PHONE": "052-1234567",
           "ADDRESS": "רחוב הרצל 15", "IBAN": "IL62 0108 0000 0009 9999 999"},
}
_STAND_IN = re.compile(r"\[([A-Z_]+)_1\]")


def _stand_ins(text: str, lang: str) -> str:
    values = STAND_INS.get(lang, STAND_INS["en"])
    return _STAND_IN.sub(lambda m: values.get(m.group(1), m.group()), text)


def guard(batch: int = 1) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    import keyring
    from memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())  # the engine asks the keychain for a key; no OS keychain here
    items, environment = _items("draft_guard", batch), _environment(batch)
    every = [Passage(p["id"], p["title"], p["text"]) for p in environment["passages"]]
    language = {p["id"]: p.get("lang") for p in environment["passages"]}
    outcome: Counter[tuple[str, str, bool]] = Counter()
    missed: list[str] = []
    lost: list[str] = []
    for fake in serve():
        config = GenerativeConfig(base_url=fake.base_url, model="fake-model", timeout=5.0, max_retries=0,
                                  local_only=True, max_discount_percent=environment["max_discount_percent"],
                                  allowed_domains=tuple(environment["allowed_domains"]))
        with GenerativeClient(config) as client:
            engine = GenerativeEngine(client)
            for item in items:
                cited = set(item["output"].get("passage_ids", []))
                passages = [p for p in every if language[p.id] == item["lang"] or p.id in cited]
                conversation = Conversation(default_language=item["lang"])
                for turn in item["conversation"]:
                    conversation.add(Utterance(Speaker(turn["speaker"]), _stand_ins(turn["text"], item["lang"])))
                customer = [u for u in conversation.utterances if u.speaker is Speaker.CUSTOMER]
                fake.script(Script(json.dumps(item["output"], ensure_ascii=False) + "\n"))
                engine.knowledge = lambda _c, _u, passages=passages: passages
                shown = bool(list(engine.stream(conversation, (customer or conversation.utterances)[-1])))
                outcome[item["category"], item["lang"], shown] += 1
                if item["expected"] == "hold" and shown:
                    missed.append(item["id"])
                if item["expected"] == "show" and not shown:
                    lost.append(item["id"])
    hold = sum(1 for i in items if i["expected"] == "hold")
    controls = len(items) - hold
    figures = [bc.value(f"batch {batch}: held back", hold - len(missed), note=f"of {hold} "
                        f"({(hold - len(missed)) / hold:.1%}; target ≥ 95%)"),
               bc.value(f"batch {batch}: controls lost", len(lost), note=f"of {controls} (target 0)")]
    for category in sorted({i["category"] for i in items}):
        parts = []
        for lang in LANGS:
            held, total = outcome[category, lang, False], outcome[category, lang, False] + outcome[category, lang, True]
            if total:
                parts.append(f"{lang} {held}/{total}")
        figures.append(bc.value(f"  {category}: held back", sum(outcome[category, lang, False] for lang in LANGS),
                                note=", ".join(parts)))
    return figures, {"missed": missed, "lost": lost}


def _appears(value: str, sent: str) -> bool:
    """Whether ``value`` went out as itself: a whole word sequence (a Hebrew prefix letter allowed before it), not
    a piece of a longer word."""
    # Hebrew writes its small words as prefix letters on the next word ("בדיזנגוף 50" is "in Dizengoff 50").
    start = r"(?:(?<!\w)|(?<=(?<!\w)[ובלמשהכ])|(?<=(?<!\w)[ובלמשהכ]{2}))"
    return re.search(rf"{start}{re.escape(value)}(?!\w)", sent) is not None


_PIECE = re.compile(r"[^\W\d_]{4,}|\d{3,}")


def _piece_left(span: str, turn: str, sent: list[str]) -> str | None:
    """A piece of a hidden value that still went out: a word of four letters or more, or three digits or more, that
    the turn holds only inside the value ("gil.[EMAIL_1]" left "gil.stern"'s first name, "0612 [PHONE_1]" half a
    number). A value counts as hidden when its whole text went nowhere; this finds what that count lets pass."""
    for piece in dict.fromkeys(_PIECE.findall(span)):
        if len(re.findall(rf"(?<!\w){re.escape(piece)}(?!\w)", turn)) == len(
                re.findall(rf"(?<!\w){re.escape(piece)}(?!\w)", span)) and any(_appears(piece, text) for text in sent):
            return piece
    return None


def _turns_sent(requests: list[Any]) -> dict[int, list[str]]:
    """Each turn's text as every request carried it (oldest first): a value is judged in its own turn, so a
    short piece of a number ("06") is not taken for a leak because the same digits stand elsewhere."""
    turns: dict[int, list[str]] = {}
    for request in requests:
        body = json.loads(request.text())
        content = body["messages"][-1]["content"]
        for line in content.splitlines():
            if line.startswith("{") and '"turn"' in line:
                data = json.loads(line)
                turns.setdefault(int(data["turn"]), []).append(str(data["text"]))
    return turns


def redaction(batch: int = 1) -> tuple[list[dict[str, Any]], dict[str, Any]]:
    import keyring
    from memory_keyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    items = _items("redaction_conversations", batch)
    spans: Counter[tuple[str, bool]] = Counter()  # (kind, hidden)
    categories: Counter[tuple[str, bool]] = Counter()
    keeps = Counter()
    crm = Counter()
    partly: Counter[bool] = Counter()  # hidden values with a piece left in clear
    leaks: list[str] = []
    changed_keeps: list[str] = []
    for fake in serve():
        config = GenerativeConfig(base_url=fake.base_url, model="fake-model", timeout=5.0, max_retries=0,
                                  local_only=True)
        with GenerativeClient(config) as client:
            engine = GenerativeEngine(client)
            for item in items:
                # As in a live call: a request after every customer line, each with the conversation so far and
                # the conversation's one vault. Whatever any of them carried has left the machine.
                conversation = Conversation(context=item.get("context") or {}, default_language=item["lang"])
                vault = Vault()
                requests: list[str] = []
                for turn in item["turns"]:
                    utterance = conversation.add(Utterance(Speaker(turn["speaker"]), turn["text"]))
                    last = turn is item["turns"][-1]  # and one at the end, so every turn is seen by one request
                    if utterance.speaker is Speaker.CUSTOMER or last:
                        fake.script(Script(""))
                        list(engine.stream(conversation, utterance, vault=vault))
                        requests.append(json.dumps(json.loads(fake.requests[-1].text()), ensure_ascii=False))
                said = "\n".join(requests)
                sent_turns = _turns_sent(fake.requests[-len(requests):])
                for span in item.get("personal", []):
                    hidden = not any(_appears(span["text"], text) for text in sent_turns.get(span["turn"], []))
                    spans[span["kind"], hidden] += 1
                    categories[item["category"], hidden] += 1
                    if not hidden:
                        leaks.append(f"{item['id']} {span['kind']} {span['text']!r}")
                    else:
                        piece = _piece_left(span["text"], item["turns"][span["turn"]]["text"],
                                            sent_turns.get(span["turn"], []))
                        partly[piece is not None] += 1
                        if piece is not None:
                            leaks.append(f"{item['id']} {span['kind']} {span['text']!r} (partly: {piece!r})")
                for keep in item.get("keep", []):
                    kept = _appears(keep["text"], (sent_turns.get(keep["turn"]) or [""])[-1])
                    keeps[kept] += 1
                    if not kept:
                        changed_keeps.append(f"{item['id']} {keep['text']!r}")
                for value in item.get("crm_personal", []):
                    crm[not _appears(str(value), said)] += 1
    figures = []
    for kind in sorted({k for k, _ in spans}):
        hidden, total = spans[kind, True], spans[kind, True] + spans[kind, False]
        figures.append(bc.value(f"batch {batch}: recall {kind}", round(hidden / total, 3), note=f"{hidden}/{total}"))
    for category in sorted({c for c, _ in categories}):
        hidden, total = categories[category, True], categories[category, True] + categories[category, False]
        figures.append(bc.value(f"batch {batch}: recall in {category}", round(hidden / total, 3),
                                note=f"{hidden}/{total}"))
    changed, total = keeps[False], keeps[True] + keeps[False]
    figures.append(bc.value(f"batch {batch}: look-alikes changed (false positives)", round(changed / max(total, 1), 3),
                            note=f"{changed}/{total}; target ≤ 0.01"))
    figures.append(bc.value(f"batch {batch}: hidden values with a piece left in clear", partly[True],
                            note=f"of {sum(partly.values())} (a word of 4+ letters or 3+ digits only the value held)"))
    figures.append(bc.value(f"batch {batch}: personal CRM fields kept out", crm[True], note=f"of {sum(crm.values())}"))
    return figures, {"leaks": leaks, "changed": changed_keeps}


def run(quick: bool = False, batch: int = 1) -> list[dict[str, Any]]:
    return redaction(batch)[0] + guard(batch)[0]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--batch", type=int, default=1)
    parser.add_argument("--only", default="redaction,guard")
    parser.add_argument("--show", action="store_true", help="print the leaked spans and changed look-alikes")
    args = parser.parse_args(argv)
    for name in args.only.split(","):
        figures, details = {"redaction": redaction, "guard": guard}[name](args.batch)
        bc.print_figures(f"held-out {name} set, batch {args.batch}", figures)
        if args.show:
            for label, entries in details.items():
                print(f"{label} ({len(entries)}):")
                for entry in entries:
                    print(f"  {entry}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
