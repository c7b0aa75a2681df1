"""Secrets, only ever in the OS keychain (``keyring``): never a file, a log or the database."""

from __future__ import annotations

import secrets

import keyring
import keyring.errors

from copilot.errors import KnownError

SERVICE = "AgentCopilot"
API_TOKEN = "local-api-token"


class KeychainError(KnownError):
    """No usable OS keychain; features that need a secret stay off and say so."""


NO_KEYCHAIN = (
    "no OS keychain is available to hold its token (Windows Credential Manager, macOS Keychain, or on "
    "Linux a Secret Service such as GNOME Keyring or KWallet, unlocked)"
)


def _get(name: str) -> str | None:
    try:
        return keyring.get_password(SERVICE, name)
    except keyring.errors.KeyringError as exc:
        raise KeychainError(f"{NO_KEYCHAIN}: {exc.__class__.__name__}") from None


def _set(name: str, value: str) -> None:
    try:
        keyring.set_password(SERVICE, name, value)
    except keyring.errors.KeyringError as exc:
        raise KeychainError(f"{NO_KEYCHAIN}: {exc.__class__.__name__}") from None


def api_token() -> str:
    """The local API's bearer token, created on first use."""
    token = _get(API_TOKEN)
    if not token:
        token = rotate_api_token()
    return token


def rotate_api_token() -> str:
    """A new token; clients holding the old one get 401 from now on."""
    token = secrets.token_urlsafe(32)
    _set(API_TOKEN, token)
    return token


MODEL_KEY = "generative-api-key"


def set_api_token(token: str) -> None:
    """A token chosen by IT's provisioning script (``copilot secret set api-token --stdin``)."""
    _set(API_TOKEN, token)


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
        raise KeychainError(f"{NO_KEYCHAIN}: {exc.__class__.__name__}") from None
    return True


def has_model_key() -> bool:
    return bool(_get(MODEL_KEY))
