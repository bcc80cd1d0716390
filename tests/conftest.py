"""Shared by every test directory: the real-broker fixtures (one broker per session) and the
``integration`` marker for the tests that talk to it."""

from __future__ import annotations

import pytest

from tests.kafka_harness import bootstrap, start_worker, topics

__all__ = ["bootstrap", "start_worker", "topics"]

_BROKER_DIRS = ("tests/integration", "tests/faults")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if any(part in str(item.fspath) for part in _BROKER_DIRS):
            item.add_marker(pytest.mark.integration)
