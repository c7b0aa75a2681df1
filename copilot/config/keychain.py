"""Secrets in the OS keychain (``keyring``); never in a settings file, a log or the database.

One exception, for the local API's token only: on a machine without a keychain (a Linux desk with no Secret
Service) the API would otherwise stay off, so the token goes to a file only the user can read (mode 0600, in the
user's config folder), as notebook servers keep theirs. IT can forbid that with the ``api_token_file`` setting.
The model's API key never goes to a file.

Messages are in plain words for the agent; the keyring's own error class goes to the log.
"""

from __future__ import annotations

import logging
import os
import secrets
from pathlib import Path

import keyring
import keyring.errors

from copilot.config import paths
from copilot.errors import KnownError
from copilot.text.i18n import translate

log = logging.getLogger("copilot.keychain")

SERVICE = "AgentCopilot"
API_TOKEN = "local-api-token"
MODEL_KEY = "generative-api-key"
CENTRAL_PASSWORD = "central-password"
TOKEN_FILE_NAME = "api-token"


class KeychainError(KnownError):
    """No usable OS keychain; features that need a secret stay off and say so."""


NO_KEYCHAIN = (
    "no OS keychain is available to hold its token (Windows Credential Manager, macOS Keychain, or on "
    "Linux a Secret Service such as GNOME Keyring or KWallet, unlocked)"
)


# (the keyring backend, what it said): logged as a warning once each. The backend itself, not its id(): a backend
# replaced and freed could leave its id to the next one, whose first warning was then taken as said already.
_SAID: set[tuple[object, str]] = set()


def _unavailable(exc: keyring.errors.KeyringError) -> KeychainError:
    said = f"{exc.__class__.__name__}: {exc}"
    key = (keyring.get_keyring(), said)
    # every secret asked for at start (the API token, the model's key, the central password) met the same missing
    # keychain and logged the same warning again; once is news, the rest is noise
    log.log(logging.DEBUG if key in _SAID else logging.WARNING, "keychain unavailable: %s", said)
    _SAID.add(key)
    return KeychainError(NO_KEYCHAIN)


def _get(name: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from None


def _set(name: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from None


def token_file() -> Path:
    """Where the API token lives when there is no keychain and the policy allows a file."""
    return paths.config_dir() / TOKEN_FILE_NAME


def _read_token_file() -> str | None:
    path = token_file()
    try:
        if os.name == "posix" and path.stat().st_mode & 0o077:
            os.chmod(path, 0o600)  # someone loosened it: only the user may read the token
        return path.read_text(encoding="utf-8").strip() or None
    except FileNotFoundError:
        return None
    except OSError as exc:
        raise KeychainError(f"the API token file {path} cannot be read ({exc.strerror})") from None


def _write_token_file(token: str) -> None:
    """Written under a temporary name created 0600, then renamed: the token is never readable by others."""
    path = token_file()
    scratch = path.with_name(f".{path.name}.{os.getpid()}")
    try:
        fd = os.open(scratch, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(token + "\n")
        os.replace(scratch, path)
    except OSError as exc:
        scratch.unlink(missing_ok=True)
        raise KeychainError(f"the API token file {path} cannot be written ({exc.strerror})") from None
    log.info("no OS keychain: the local API token is kept in %s, readable only by this user", path)


def _forbidden() -> KeychainError:
    return KeychainError(f"{NO_KEYCHAIN}, and your organisation does not allow keeping it in a file")


def api_token(*, file_allowed: bool = False) -> str:
    """The local API's bearer token, created on first use: from the keychain, else (when allowed) the file."""
    try:
        token = _get(API_TOKEN)
    except KeychainError:
        if not file_allowed:
            raise _forbidden() from None
        return _read_token_file() or rotate_api_token(file_allowed=True)
    return token or rotate_api_token(file_allowed=file_allowed)


def rotate_api_token(*, file_allowed: bool = False) -> str:
    """A new token; clients holding the old one get 401 from now on."""
    token = secrets.token_urlsafe(32)
    set_api_token(token, file_allowed=file_allowed)
    return token


def set_api_token(token: str, *, file_allowed: bool = False) -> None:
    """A token chosen by IT's provisioning script (``copilot secret set api-token --stdin``), or a new one."""
    try:
        _set(API_TOKEN, token)
    except KeychainError:
        if not file_allowed:
            raise
        _write_token_file(token)
        return
    token_file().unlink(missing_ok=True)  # the keychain holds it now: no copy lingers in a file


def token_place(*, file_allowed: bool = False) -> str:
    """Where the token is kept, in a sentence for the settings dialog."""
    try:
        _get(API_TOKEN)
    except KeychainError:
        if file_allowed:
            return translate("Keychain", "This computer has no keychain, so the token is kept in {path}, which only "
                             "you can read.").format(path=token_file())
        return translate("Keychain", "This computer has no keychain to keep the token, and your organisation does "
                         "not allow a file.")
    return translate("Keychain", "The token is kept in this computer's keychain.")


def delete_api_token() -> bool:
    """Remove the local API's token from the keychain and the file; the panel makes a new one on its next start.
    False when there was none."""
    removed = False
    try:
        if keyring.get_password(SERVICE, API_TOKEN) is not None:
            keyring.delete_password(SERVICE, API_TOKEN)
            removed = True
    except keyring.errors.PasswordDeleteError:
        pass
    except keyring.errors.KeyringError as exc:
        if not token_file().exists():
            raise _unavailable(exc) from None
    if token_file().exists():
        token_file().unlink()
        removed = True
    return removed


def set_model_key(key: str) -> None:
    """The language model's API key: into the keychain, nowhere else."""
    _set(MODEL_KEY, key.strip())


def delete_model_key() -> bool:
    """Remove the key; False when there was none."""
    try:
        keyring.delete_password(SERVICE, MODEL_KEY)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from None
    return True


def has_model_key() -> bool:
    return bool(_get(MODEL_KEY))


def set_central_password(password: str) -> None:
    """The central record's database password: into the keychain, nowhere else."""
    _set(CENTRAL_PASSWORD, password.strip())


def central_password() -> str | None:
    """The central record's password, or None (libpq may then use a client certificate or ~/.pgpass)."""
    return _get(CENTRAL_PASSWORD)


def delete_central_password() -> bool:
    """Remove the central record's password; False when there was none."""
    try:
        keyring.delete_password(SERVICE, CENTRAL_PASSWORD)
    except keyring.errors.PasswordDeleteError:
        return False
    except keyring.errors.KeyringError as exc:
        raise _unavailable(exc) from None
    return True
