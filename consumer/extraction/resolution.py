"""Names within one article: a later surname or pronoun resolves to the fullest form used."""

from __future__ import annotations

__all__ = ["NameResolver"]


class NameResolver:
    """Remembers the people an article has named as speakers, in order.

    ``resolve("सिन्हा")`` after ``अरुण सिन्हा`` was seen gives ``अरुण सिन्हा``;
    ``last_person()`` is the antecedent for उन्होंने.
    """

    def __init__(self) -> None:
        self._names: list[str] = []

    def observe(self, name: str) -> str:
        """Record a person's name and return its canonical (fullest) form."""
        canonical = self.resolve(name)
        if canonical in self._names:
            self._names.remove(canonical)
        self._names.append(canonical)
        return canonical

    def resolve(self, name: str) -> str:
        words = name.split()
        best = name
        for known in reversed(self._names):
            known_words = known.split()
            if len(known_words) > len(words) and _is_part_of(words, known_words):
                best = known if len(known_words) > len(best.split()) else best
        return best

    def last_person(self) -> str | None:
        return self._names[-1] if self._names else None


def _is_part_of(short: list[str], full: list[str]) -> bool:
    """True for a surname (सिन्हा in अरुण सिन्हा) or a leading given name run."""
    n = len(short)
    return full[-n:] == short or full[:n] == short
