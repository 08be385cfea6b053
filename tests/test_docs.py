"""The README documents every command and option the CLI has."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer.main

from rashomon.cli import app

README = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
COMMAND = typer.main.get_command(app)


def test_readme_starts_with_demo_and_test() -> None:
    head = README.split("\n\n", 2)[1]
    assert "make demo" in head and "make test" in head


@pytest.mark.parametrize("name", sorted(COMMAND.commands))
def test_every_command_is_in_the_readme(name: str) -> None:
    assert f"rashomon {name}" in README


@pytest.mark.parametrize(
    ("name", "option"),
    [
        (name, option)
        for name, command in sorted(COMMAND.commands.items())
        for param in command.params
        for option in param.opts
        if option.startswith("--") and option != "--help"
    ],
)
def test_every_option_is_in_the_readme(name: str, option: str) -> None:
    assert option in README, f"{option} of `rashomon {name}` is not documented"
