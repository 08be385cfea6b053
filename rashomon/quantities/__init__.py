"""Counts and quantities: numbers, qualifiers, what is counted and who says so."""
