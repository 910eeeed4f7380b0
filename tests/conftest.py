"""Shared fixtures: paths to the small inputs written for this project."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

ROOT = Path(__file__).resolve().parent.parent
DATA = Path(__file__).resolve().parent / "data"
EXAMPLES = ROOT / "examples"


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture
def examples_dir() -> Path:
    return EXAMPLES


@pytest.fixture
def rules_only():
    """The coder's rules without the learned no-event gate, for tests of what the rules themselves code."""
    from eventwire.coding.gate import set_enabled

    set_enabled(False)
    yield
    set_enabled(None)


@pytest.fixture(scope="session")
def actor_builder() -> ModuleType:
    """tools/build_actor_dictionary.py as a module (tools/ is no package), for the actor tables' tests."""
    spec = importlib.util.spec_from_file_location("build_actor_dictionary", ROOT / "tools" / "build_actor_dictionary.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # type: ignore[union-attr]
    return module
