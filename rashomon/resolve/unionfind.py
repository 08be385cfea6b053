"""A disjoint-set forest over hashable keys."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable


class UnionFind:
    """Groups keys into sets; `union` merges two sets, `groups` lists them."""

    def __init__(self, keys: Iterable[Hashable] = ()) -> None:
        self.parent: dict[Hashable, Hashable] = {key: key for key in keys}

    def add(self, key: Hashable) -> None:
        """Add `key` as a set of its own if it is new."""
        self.parent.setdefault(key, key)

    def find(self, key: Hashable) -> Hashable:
        """Return the representative of the set holding `key`."""
        self.add(key)
        root = key
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[key] != root:
            self.parent[key], key = root, self.parent[key]
        return root

    def union(self, first: Hashable, second: Hashable) -> None:
        """Merge the sets holding `first` and `second`."""
        a, b = self.find(first), self.find(second)
        if a != b:
            self.parent[max(a, b, key=str)] = min(a, b, key=str)

    def groups(self) -> list[list[Hashable]]:
        """Return every set as a sorted list of its keys."""
        members: dict[Hashable, list[Hashable]] = defaultdict(list)
        for key in self.parent:
            members[self.find(key)].append(key)
        return [sorted(group, key=str) for group in members.values()]
