"""Files that never end or are far too large: ``/dev/zero``, or a multi-gigabyte log picked by mistake, given as a
transcript, a context, a golden set, a playbook, a session file, a knowledge file, the IT policy or the settings.
Each was read whole and ended in a ``MemoryError`` traceback; now each command reads no further than the limit
for its kind of file and answers with one line naming the file and the limit. The commands run as their own
process with their memory capped, so the old behaviour fails quickly instead of exhausting the machine."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

pytestmark = pytest.mark.skipif(not os.path.exists("/dev/zero") or sys.platform != "linux",
                                reason="needs /dev/zero and address-space limits (Linux)")

MEMORY_CAP = 3 * 1024 ** 3


def _capped() -> None:
    import resource

    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))


def copilot(tmp_path, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "copilot", *args], capture_output=True, text=True, timeout=180,
                          preexec_fn=_capped, cwd=tmp_path,
                          env={**os.environ, "COPILOT_DATA_DIR": str(tmp_path / "data"), **(env or {})})


@pytest.mark.parametrize(("args", "what", "limit"), [
    pytest.param(["suggest", "/dev/zero"], "cannot read the transcript", "64 MB", id="transcript"),
    pytest.param(["suggest", "--context", "/dev/zero", "T"], "cannot read the context", "64 MB", id="context"),
    pytest.param(["suggest", "--playbook", "/dev/zero", "T"], "cannot read the playbook", "16 MB", id="playbook"),
    pytest.param(["eval", "/dev/zero"], "cannot read the golden set", "64 MB", id="golden-set"),
    pytest.param(["sessions", "import", "/dev/zero"], "cannot read the file", "256 MB", id="session-file"),
])
def test_an_endless_file_is_one_line_naming_the_limit(tmp_path, args, what, limit):
    (tmp_path / "T").write_text("Customer: way too expensive\n", encoding="utf-8")
    result = copilot(tmp_path, *args)
    assert result.returncode == 2, result.stderr[-2000:]
    assert "/dev/zero" in result.stderr and what in result.stderr and limit in result.stderr
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr


def test_an_endless_knowledge_file_is_skipped_and_named(tmp_path):
    result = copilot(tmp_path, "kb", "import", "/dev/zero")
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    said = result.stdout + result.stderr
    assert "cannot read" in said and "512 MB" in said and "1 skipped" in said


def test_an_endless_policy_file_fails_its_self_test_check_by_name(tmp_path):
    result = copilot(tmp_path, "self-test", env={"COPILOT_POLICY": "/dev/zero", "QT_QPA_PLATFORM": "offscreen"})
    assert "Traceback" not in result.stderr and "MemoryError" not in result.stderr
    assert result.returncode != 0 and "4 MB" in result.stdout + result.stderr


@pytest.mark.parametrize(("args", "what"), [
    pytest.param(["suggest", "-"], "64 MB, the most a transcript may hold", id="suggest"),
    pytest.param(["wrapup", "-"], "64 MB, the most a transcript may hold", id="wrapup"),
    pytest.param(["kb", "search", "--conversation", "-"], "64 MB, the most a transcript may hold", id="kb-search"),
    pytest.param(["secret", "set", "--stdin", "ai-api-key"], "that is no secret", id="secret"),
])
def test_endless_standard_input_is_one_line_naming_the_limit(tmp_path, args, what):
    """``yes | copilot suggest -`` never ends either: standard input is read no further than a file would be."""
    with subprocess.Popen(["yes", "Customer: way too expensive"], stdout=subprocess.PIPE) as endless:
        result = subprocess.run([sys.executable, "-m", "copilot", *args], stdin=endless.stdout, capture_output=True,
                                text=True, timeout=180, preexec_fn=_capped, cwd=tmp_path,
                                env={**os.environ, "COPILOT_DATA_DIR": str(tmp_path / "data")})
        endless.kill()
    assert result.returncode == 2, result.stderr[-2000:]
    assert what in result.stderr and "Traceback" not in result.stderr and "MemoryError" not in result.stderr
