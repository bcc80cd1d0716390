"""One mention being resolved (:class:`Case`) and the article around it (:class:`Context`):
what every speaker-resolution rule reads. Pure, no I/O."""

from __future__ import annotations

from dataclasses import dataclass
from typing import NamedTuple, Protocol

from consumer.extraction.antecedents import sentence_start
from consumer.extraction.article_names import NameResolver
from consumer.extraction.gender import Gender
from consumer.extraction.lang.particles import GENITIVE_MARKERS
from consumer.extraction.mentions import Mention
from consumer.extraction.rule_names import NameSource
from consumer.extraction.text import ZERO_WIDTH
from consumer.records import Speaker

__all__ = ["AntecedentChooser", "Case", "Context", "Resolution", "observe_until"]


def observe_until(
    subjects: list[Mention], offset: int, context: Context, text: str | None = None
) -> None:
    """Feed the resolver the people named as subjects before ``offset`` (consumed in place);
    with the article's ``text``, also the people it describes without a name (मृतक की बहन ने
    …: a later उनका कहना है points to her)."""
    resolver = context.resolver
    while subjects and subjects[0].start < offset:
        mention = subjects.pop(0)
        if mention.kind == "person" and mention.name:
            name = mention.name
            if len(name.split()) == 1 and resolver.resolve(name) == name:
                name = context.names.full_name(name) or name
            resolver.observe(name, role=mention.role, at=mention.start)
        elif mention.kind == "organization" and mention.name:
            resolver.observe_org(mention.name)
        elif mention.kind == "role" and mention.role:
            # जिला निर्वाचन अधिकारी ने सूची जारी की। उन्होंने बताया …: an office whose holder
            # the article names is that person, for a later pronoun.
            holder = resolver.resolve_role(mention.role) or context.names.role_holder(mention.role)
            if holder:
                resolver.observe(holder, role=mention.role, at=mention.start)
            elif text is not None and _described(text[mention.start : mention.end]):
                resolver.observe_unnamed(
                    at=mention.start, written=text[mention.start : mention.end]
                )


def _described(written: str) -> bool:
    """Someone described by a genitive phrase (मृतक मोहित की बहन), not an office alone."""
    return any(word in GENITIVE_MARKERS for word in written.split()[1:-1])


class AntecedentChooser(Protocol):
    """Picks a pronoun's antecedent among the people named before it (the trained ranker of
    :mod:`.antecedent_ranker`): ``(name, offset of its latest mention or -1)``, or None to
    leave the pronoun to the rules."""

    def choose(self, case: Case) -> tuple[str, int] | None: ...


@dataclass(frozen=True, slots=True)
class Context:
    """What attribution needs to know about the article around one paragraph."""

    names: NameSource
    resolver: NameResolver
    lookback: int  # start of the previous paragraph: how far back a pronoun may point
    #: The antecedent ranker, when the extractor uses it (None: the rules alone).
    antecedents: AntecedentChooser | None = None


class Resolution(NamedTuple):
    """A speaker record and the name of the rule that resolved it (None: no mention)."""

    speaker: Speaker | None
    rule: str | None


@dataclass(slots=True)
class Case:
    """One mention being resolved: what every resolution rule reads."""

    text: str
    mention: Mention
    context: Context
    cue: str | None
    gender: Gender | None
    #: Set by :func:`_spell_out` for an office written short that nobody in the article holds.
    unheld_short_form: bool = False
    #: How a rule got its answer, where one rule has several ways (``nickname``, ``full_name``).
    detail: str | None = None
    _pronoun_subjects: list[tuple[int, str]] | None = None

    @property
    def written(self) -> str:
        return self.text[self.mention.start : self.mention.end]

    def speaker(self, name: str | None) -> Speaker:
        """The record of the mention as written, with ``name`` (without zero-width joiners,
        however the article wrote it)."""
        mention = self.mention
        return Speaker(
            text=self.written,
            start=mention.start,
            end=mention.end,
            kind=mention.kind,
            name=name.translate(ZERO_WIDTH) if name else name,
        )

    def pronoun_subjects(self) -> list[tuple[int, str]]:
        """People named as subjects between the last known person and the pronoun's own
        sentence, agreeing with the cue's gender (asked once per pronoun)."""
        if self._pronoun_subjects is None:
            resolver = self.context.resolver
            # Only sentences after the last person already known can hold a closer antecedent.
            since = max(self.context.lookback, resolver.last_person_at + 1)
            # The pronoun is its own sentence's subject: a person named earlier in that
            # sentence (अभिनेत्री तान्या के बारे में उन्होंने कहा) is not its antecedent.
            own = sentence_start(self.text, self.mention.start)
            self._pronoun_subjects = [
                (at, who)
                for at, who in self.context.names.subjects(since, own)
                if at >= since
                and (self.gender is None or resolver.gender(who) in (None, self.gender))
            ]
        return self._pronoun_subjects
