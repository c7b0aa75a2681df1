"""A trainer's statistics, experiments and knowledge gaps from the central store: every desk's calls of the
trainer's teams, counted exactly as a computer counts its own record, and nothing of another team's calls."""

from __future__ import annotations

import dataclasses
import math

import pytest
from test_central_library import desk_with_calls, trainer

from copilot.central.connect import CentralConfig
from copilot.central.sync import Sync
from copilot.coaching.service import CoachingService
from copilot.coaching.stats import Filters


@pytest.fixture
def shipped(tmp_path, central):
    """Team blue's calls from one desk and team red's from another, both shipped."""
    red_desk = central.login("red_" + central.desk, "copilot_desktop", "red-secret-1")
    blue = desk_with_calls(tmp_path / "blue.db", "blue", 4, 1_700_000_000.0)
    red = desk_with_calls(tmp_path / "red.db", "red", 3, 1_700_050_000.0)
    for db, config in ((tmp_path / "blue.db", CentralConfig(central.desk_url, password=central.DESK_PASSWORD)),
                       (tmp_path / "red.db", CentralConfig(red_desk, password="red-secret-1"))):
        with Sync(db, config) as sync:
            assert sync.run_once(settle_s=0).complete
    return {"blue": blue, "red": red, "local": CoachingService(tmp_path / "blue.db")}


def _figures(found):
    """What the statistics window shows, as plain values."""
    values = dataclasses.asdict(found)
    values.pop("filters")
    return values


def _same(there, here, where="stats"):
    """Equal, floats within a rounding error: the two stores add and interpolate them in their own order (a fixed
    number of decimals still differs now and then, when a value sits on a rounding boundary)."""
    if isinstance(there, float) or isinstance(here, float):
        assert there is not None and here is not None and math.isclose(there, here, rel_tol=1e-9, abs_tol=1e-6), \
            f"{where}: {there} != {here}"
    elif isinstance(there, dict) and isinstance(here, dict):
        assert there.keys() == here.keys(), f"{where}: {sorted(there)} != {sorted(here)}"
        for key in there:
            _same(there[key], here[key], f"{where}.{key}")
    elif isinstance(there, list | tuple) and isinstance(here, list | tuple):
        assert len(there) == len(here), f"{where}: {there} != {here}"
        for n, (a, b) in enumerate(zip(there, here, strict=True)):
            _same(a, b, f"{where}[{n}]")
    else:
        assert there == here, f"{where}: {there!r} != {here!r}"


def test_a_trainers_central_statistics_are_their_teams_calls_counted_as_at_the_desk(central, shipped):
    there, offered = trainer(central, "tess", "blue").statistics()
    here, _ = shipped["local"].statistics()
    assert there.sessions == 4 and there.overall.shown > 0
    _same(_figures(there), _figures(here))
    assert offered.teams == ["blue"] and offered.agents == ["blue-agent"]


def test_filters_narrow_the_central_statistics_as_they_do_at_the_desk(central, shipped):
    service = trainer(central, "tom", "blue", "red")
    assert service.statistics()[0].sessions == 7
    only_red = Filters(team="red")
    assert service.statistics(only_red)[0].sessions == 3
    since = Filters(since=1_700_000_000.0 + 1_200)  # the third and fourth of blue's calls, and red's
    assert service.statistics(since)[0].sessions == 5
    blue = Filters(team="blue")
    _same(_figures(service.statistics(blue)[0]), _figures(shipped["local"].statistics(blue)[0]))


def test_central_knowledge_gaps_and_experiments_are_read_there_too(central, shipped):
    service = trainer(central, "tess", "blue")
    assert [(g.examples, g.count) for g in service.knowledge_gaps()] == \
        [(g.examples, g.count) for g in shipped["local"].knowledge_gaps()]
    assert service.knowledge_gaps()  # the calls have questions no article answered
    assert service.experiment_reports() == shipped["local"].experiment_reports()
    assert trainer(central, "nina").statistics()[0].sessions == 0
