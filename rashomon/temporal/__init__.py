"""Temporal expressions: finding them and normalising them to TIMEX3 values."""
