"""``copilot send``: replay a transcript into a running panel through its local API.

The smallest useful integration, and the example to copy: each line becomes a POST with the
bearer token, exactly as a CRM, CTI or transcription tool would send it.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import urllib.error
import urllib.request
from typing import Any
from urllib.parse import quote

from copilot.config import keychain
from copilot.config.settings import Settings
from copilot.errors import KnownError
from copilot.sources.transcript import read_transcript


def post(url: str, token: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(
        url, data=json.dumps(body, ensure_ascii=False).encode("utf-8"), method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(request, timeout=10) as response:  # noqa: S310 (loopback by default)
            return response.status, json.loads(response.read() or b"{}")
    except urllib.error.HTTPError as exc:
        return exc.code, json.loads(exc.read() or b"{}")


def send_transcript(args: argparse.Namespace) -> int:
    try:
        lines = read_transcript(args.transcript)
    except KnownError as exc:  # a malformed transcript is bad input, as in ``copilot suggest``
        print(f"copilot send: {exc}", file=sys.stderr)
        return 2
    try:
        token = args.token or keychain.api_token(file_allowed=Settings()["api_token_file"])
    except KnownError as exc:  # no keychain is a failure to run, exit 1 as for every other command
        print(f"copilot send: {exc}", file=sys.stderr)
        return 1
    base = args.url.rstrip("/") + f"/v1/sessions/{quote(args.session, safe='')}"
    sent = 0
    try:
        for number, line in enumerate(lines, 1):
            body: dict[str, Any] = {"speaker": str(line.speaker), "text": line.text, "utterance_id": f"line-{number}"}
            if line.ts is not None:
                body["ts"] = line.ts
            status, answer = post(base + "/utterances", token, body)
            if status != 202:
                print(f"copilot send: line {number}: {status} {answer.get('error', '')}", file=sys.stderr)
                return 1
            sent += 1
            if args.pace:
                time.sleep(args.pace)
        if args.end:
            post(base + "/end", token, {})
    except OSError as exc:
        print(f"copilot send: cannot reach the panel at {args.url} ({exc}); is it running?", file=sys.stderr)
        return 1
    print(f"sent {sent} lines to session {args.session!r}")
    return 0
