"""A keychain in a JSON file named by ``COPILOT_BENCH_KEYRING``: a panel started as a separate process and the
benchmark that posts to it share the API token without touching the machine's real keychain."""

from __future__ import annotations

import json
import os
from pathlib import Path

import keyring.backend


class FileKeyring(keyring.backend.KeyringBackend):
    priority = 1  # type: ignore[assignment]

    @property
    def _path(self) -> Path:
        return Path(os.environ["COPILOT_BENCH_KEYRING"])

    def _all(self) -> dict[str, str]:
        try:
            return dict(json.loads(self._path.read_text(encoding="utf-8")))
        except (OSError, ValueError):
            return {}

    def get_password(self, service: str, username: str) -> str | None:
        return self._all().get(f"{service}/{username}")

    def set_password(self, service: str, username: str, password: str) -> None:
        secrets = self._all()
        secrets[f"{service}/{username}"] = password
        self._path.write_text(json.dumps(secrets), encoding="utf-8")

    def delete_password(self, service: str, username: str) -> None:
        secrets = self._all()
        secrets.pop(f"{service}/{username}", None)
        self._path.write_text(json.dumps(secrets), encoding="utf-8")
