"""``copilot send``: replay a transcript into a running panel through its local API.

The smallest useful integration, and the example to copy: each line becomes a POST with the
bearer token, exactly as a CRM, CTI or transcription tool would send it.
"""

from __future__ import annotations

import argparse
import json
import os
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

TOKEN_VARIABLE = "COPILOT_API_TOKEN"  # a token here stays out of the process list, where --token is seen by all


class _NoRedirect(urllib.request.HTTPRedirectHandler):
    """A redirect is answered, never followed: urllib would carry the Authorization header to whatever host the
    answer names, and the token opens the panel to anyone holding it."""

    def redirect_request(self, *args: Any, **kwargs: Any) -> None:
        return None


# No proxy either: the panel listens on this computer, and a proxy set for the browser must not see the token.
_OPENER = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirect())


def post(url: str, token: str, body: dict[str, Any]) -> tuple[int, dict[str, Any]]:
    request = urllib.request.Request(
        url, data=json.dumps(body, ensure_ascii=False).encode("utf-8"), method="POST",
        headers={"Authorization": f"Bearer {token}", "Content-Type": "application/json"},
    )
    try:
        with _OPENER.open(request, timeout=10) as response:
            return response.status, _json_or_empty(response.read())
    except urllib.error.HTTPError as exc:
        answer = _json_or_empty(exc.read())
        if 300 <= exc.code < 400:
            answer = {"error": f"a redirect to {exc.headers.get('Location', '?')!r}, not followed (it would carry "
                               "the token there); give the panel's own address"}
        return exc.code, answer


def _json_or_empty(data: bytes) -> dict[str, Any]:
    try:
        answer = json.loads(data or b"{}")
    except ValueError:
        return {}
    return answer if isinstance(answer, dict) else {}


def send_transcript(args: argparse.Namespace) -> int:
    try:
        lines = read_transcript(args.transcript)
    except KnownError as exc:  # a malformed transcript is bad input, as in ``copilot suggest``
        print(f"copilot send: {exc}", file=sys.stderr)
        return 2
    try:
        token = (args.token or os.environ.get(TOKEN_VARIABLE, "").strip()
                 or keychain.api_token(file_allowed=Settings()["api_token_file"]))
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
                print(f"copilot send: line {number}: the panel's address answered {status} "
                      f"{answer.get('error', '')}".rstrip(), file=sys.stderr)
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
