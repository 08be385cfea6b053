"""Conversion between units of one physical kind ("120 mph" and "190 km/h"), with pint, so measures one
source gives in miles and another in kilometres can be compared."""

from __future__ import annotations

from functools import cache

import pint

from rashomon.quantities.units import unit_entity

CONVERTIBLE_ENTITIES = frozenset(
    {
        "length",
        "area",
        "volume",
        "mass",
        "speed",
        "temperature",
        "power",
        "energy",
        "pressure",
        "volumetric flow",
    }
)
"""Kinds of measure whose units convert into one another by a fixed rule; currencies (whose rates change
from day to day), durations and typographic points are not among them."""
PINT_NAMES = {"degree celsius": "degC", "degree fahrenheit": "degF"}
"""Unit names of ours (lower-cased) that pint spells otherwise."""
ROUNDING_SHARE = 0.05
"""Largest share of a value its rounding is taken to hide: a conversion is rounded to two or three figures,
so "200 mm" stands for 190 to 210, not for anything from 150 to 250."""


@cache
def _registry() -> pint.UnitRegistry:
    return pint.UnitRegistry()


@cache
def _pint_unit(name: str) -> pint.Unit | None:
    """Return pint's unit for one of our unit names ("kilometre per hour", "metric ton"), if it knows it."""
    registry = _registry()
    spelled = PINT_NAMES.get(name.lower(), name.replace(" per ", " / "))
    for form in (spelled, spelled.replace(" ", "_")):
        try:
            return registry.Unit(form)
        except (pint.errors.UndefinedUnitError, ValueError, AttributeError, TypeError):
            continue
    return None


@cache
def measure_kind(unit: str) -> str | None:
    """Return the physical dimensions of a unit of a convertible kind ("[length]^1 [time]^-1" for "mile
    per hour"), which every unit its values convert into shares, else None."""
    pint_unit = _pint_unit(unit) if unit_entity(unit) in CONVERTIBLE_ENTITIES else None
    if pint_unit is None:
        return None
    return " ".join(f"{name}^{power:g}" for name, power in sorted(pint_unit.dimensionality.items()))


def convert(value: float, unit: str, to: str) -> float | None:
    """Return `value` in `unit` expressed in the unit `to`, or None when the two do not convert."""
    source, target = _pint_unit(unit), _pint_unit(to)
    if source is None or target is None:
        return None
    try:
        return float(_registry().Quantity(value, source).to(target).magnitude)
    except pint.errors.DimensionalityError:
        return None


def rounding_margin(value: float) -> float:
    """Return half a step of the last digit a number is written to (190 → 5, 6.8 → 0.05, 193 → 0.5), at
    most ROUNDING_SHARE of it (200 → 10, not 50): a value converted from another unit and rounded may lie
    anywhere within it."""
    if float(value).is_integer():
        digits = str(int(abs(value))) if value else "1"
        step = 0.5 * 10 ** (len(digits) - len(digits.rstrip("0")))
    else:
        step = 0.5 * 10 ** -min(len(repr(float(value)).split(".")[1]), 15)
    return min(step, ROUNDING_SHARE * abs(value)) if value else step
