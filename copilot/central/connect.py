"""From the settings and the keychain to a PostgreSQL connection, or to a message that names what is wrong.

The URL is libpq's (``postgresql://desk-0042@db.example.com:5432/copilot?sslmode=verify-full&sslrootcert=...``),
so TLS, client certificates, several hosts and timeouts are whatever libpq offers, with no options of our own.
The password never appears in the URL (the settings refuse it): it comes from the OS keychain; without one there,
libpq's own means (a client certificate, ``~/.pgpass``) still apply. Every failure becomes a ``CentralError``
whose message an agent can pass to IT: the server cannot be reached, the login was refused, TLS failed, the
database does not exist. The password itself is never put in a message or a log.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from copilot.config.options import central_url_problem, is_loopback_host
from copilot.errors import KnownError

if TYPE_CHECKING:
    import psycopg

    from copilot.config.settings import Settings

log = logging.getLogger("copilot.central")

CONNECT_TIMEOUT_S = 5
STATEMENT_TIMEOUT_MS = 60_000
# A cut connection (a pulled cable, a server gone without a word) is noticed in about 20 s, not hours.
KEEPALIVES = {"keepalives": 1, "keepalives_idle": 10, "keepalives_interval": 5, "keepalives_count": 2}


class CentralError(KnownError):
    """The central store cannot be used now; the message says why and what to do. Local data is untouched."""


class CentralUnavailable(CentralError):
    """The server cannot be reached or went away: worth trying again later."""


@dataclass(frozen=True, slots=True)
class CentralConfig:
    url: str
    redacted_only: bool = False
    password: str | None = None  # from the keychain; never from the settings

    def __repr__(self) -> str:  # never the password, wherever a config is printed
        return f"CentralConfig(url={self.url!r}, redacted_only={self.redacted_only})"

    @property
    def where(self) -> str:
        """The server as a person names it: host, port and database, no credentials."""
        return describe(self.url)


def describe(url: str) -> str:
    try:
        from psycopg.conninfo import conninfo_to_dict

        parts = conninfo_to_dict(url)
    except Exception:  # a URL libpq cannot parse is described as it was given
        return url
    host = str(parts.get("host") or "localhost")
    if host.startswith("/"):
        host = f"socket {host}"
    return f"{host}:{parts.get('port') or 5432}/{parts.get('dbname') or parts.get('user') or '?'}"


def from_settings(settings: Settings, *, with_password: bool = True) -> CentralConfig | None:
    """The central store the settings (or IT's policy) name, with the keychain's password; None when it is off."""
    url = str(settings["central_url"]).strip()
    if not url:
        return None
    problem = central_url_problem(url)
    if problem:
        raise CentralError(problem)
    password = None
    if with_password:
        from copilot.config import keychain

        try:
            password = keychain.central_password()
        except keychain.KeychainError as exc:
            log.warning("central record: no keychain for its password (%s)", exc)
    return CentralConfig(url, bool(settings["central_redacted_only"]), password)


def connect(config: CentralConfig, *, application: str = "agent-copilot") -> psycopg.Connection[Any]:
    """An open connection (autocommit: every unit of work is an explicit transaction), or ``CentralError``."""
    import psycopg

    problem = central_url_problem(config.url)
    if problem:
        raise CentralError(problem)
    extra: dict[str, Any] = {"connect_timeout": CONNECT_TIMEOUT_S, "application_name": application,
                             "options": f"-c statement_timeout={STATEMENT_TIMEOUT_MS}", **KEEPALIVES}
    extra.update(_encryption(config))
    if config.password:
        extra["password"] = config.password
    try:
        return psycopg.connect(config.url, autocommit=True, **extra)
    except psycopg.ProgrammingError as exc:  # libpq could not parse the URL
        raise CentralError(f"the central_url setting is not a valid PostgreSQL URL ({_first_line(exc)})") from None
    except psycopg.OperationalError as exc:
        raise explain(exc, config) from None


_UNENCRYPTED = {"disable", "allow", "prefer"}  # libpq's default "prefer" falls back to clear text without a word


def _on_this_computer(host: str) -> bool:
    # no host, or a path: a Unix socket (an "@" one is abstract)
    return not host or host.startswith(("/", "@")) or is_loopback_host(host)


def _encryption(config: CentralConfig) -> dict[str, str]:
    """Sessions sent to another machine travel encrypted: a URL that names no ``sslmode`` gets ``require`` (libpq's
    own default would send transcripts and the password in clear to a server without TLS, or to anyone in between),
    and one that turns encryption off or leaves it optional is refused. A server on this computer is exempt."""
    from psycopg.conninfo import conninfo_to_dict

    try:
        parts = conninfo_to_dict(config.url)
    except Exception:  # noqa: BLE001 - psycopg.connect names an unparsable URL below
        return {}
    hosts = [h.strip() for h in str(parts.get("host") or parts.get("hostaddr") or "").split(",")]
    if all(_on_this_computer(h) for h in hosts):
        return {}
    mode = str(parts.get("sslmode") or "").lower()
    if not mode:
        return {"sslmode": "require"}
    if mode in _UNENCRYPTED:
        raise CentralError(f"central_url sends sessions to {config.where} with sslmode={mode}, which allows them to "
                           "travel unencrypted; use sslmode=verify-full with the company's CA in sslrootcert "
                           "(or sslmode=require)")
    return {}


def _first_line(exc: BaseException) -> str:
    text = str(exc).strip()
    return text.splitlines()[-1].strip() if text else type(exc).__name__


def explain(exc: BaseException, config: CentralConfig) -> CentralError:
    """A driver's error as a message for the agent and for IT: which server, what went wrong, what to do."""
    text = str(exc)
    lowered = text.lower()
    where = config.where
    if "password authentication failed" in lowered or "no password supplied" in lowered \
            or "authentication failed" in lowered:
        hint = ("no password is in the keychain: " if not config.password else "") + \
            "store it with 'copilot secret set central-password --stdin'"
        return CentralError(f"the central store at {where} refused the login (wrong user or password; {hint})")
    if "does not exist" in lowered and "database" in lowered:
        return CentralError(f"the central store at {where} has no such database ({_first_line(exc)})")
    if "ssl" in lowered or "certificate" in lowered or "tls" in lowered:
        return CentralError(f"the secure connection to the central store at {where} failed ({_first_line(exc)}); "
                            "check sslmode and sslrootcert in central_url")
    if "no pg_hba.conf entry" in lowered or "not permitted to log in" in lowered:
        return CentralError(f"the central store at {where} does not let this login in ({_first_line(exc)})")
    return CentralUnavailable(f"the central store at {where} cannot be reached ({_first_line(exc)}); "
                              "sessions wait on this computer and are sent once it is back")
