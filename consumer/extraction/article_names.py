"""Names within one article: a later surname, role or pronoun resolves to the fullest form used."""

from __future__ import annotations

__all__ = ["NameResolver", "rank_of", "role_forms", "role_key"]

from consumer.extraction.gender import Gender, name_gender
from consumer.extraction.lang import organizations
from consumer.extraction.lang.roles import RANK_PREFIXES, ROLE_SYNONYMS
from consumer.extraction.lexicon import MIDDLE_NAMES
from consumer.extraction.wordsets import fold_nukta

#: Person mentions read back for the offsets of a pronoun's candidate antecedents.
_OFFSET_SCAN = 64

_ROLE_KEYS = {fold_nukta(form): forms[0] for forms in ROLE_SYNONYMS for form in forms}
_ROLE_FORMS = {forms[0]: forms for forms in ROLE_SYNONYMS}


def role_key(role: str) -> str:
    """The office a role names: ``जिले के पुलिस अधीक्षक`` and ``एसपी`` both give
    ``पुलिस अधीक्षक``; a role the synonym table does not know gives its last word."""
    words = fold_nukta(role).split()
    for n in range(min(3, len(words)), 0, -1):
        key = _ROLE_KEYS.get(" ".join(words[-n:]))
        if key is not None:
            return _ranked(words[:-n], key)
    return _ranked(words[:-1], role.split()[-1]) if words else ""


def _ranked(before: list[str], key: str) -> str:
    """``अपर पुलिस अधीक्षक``, ``पूर्व मुख्यमंत्री``: a rank word before an office makes
    another office (``RANK_PREFIXES``), unless the key already starts with it."""
    rank = RANK_PREFIXES.get(before[-1]) if before else None
    if rank is None or key.split()[0] == rank:
        return key
    return f"{rank} {key}"


def rank_of(office: str) -> str | None:
    """The rank word an office key starts with (``अपर`` for अपर पुलिस अधीक्षक), if any."""
    first = office.split()[0] if office else ""
    return first if first in RANK_PREFIXES.values() else None


def role_forms(role: str) -> tuple[str, ...]:
    """Every way of writing the office of ``role`` (``डीएम`` -> जिलाधिकारी, कलेक्टर, …)."""
    key = role_key(role)
    return _ROLE_FORMS.get(key, (key,))


class NameResolver:
    """Remembers the people and organisations an article has named, in order.

    - ``observe("सिन्हा")`` after ``अरुण सिन्हा`` was seen gives ``अरुण सिन्हा``;
    - ``last_person()`` is the antecedent for उन्होंने;
    - ``resolve_role("मुख्यमंत्री")`` after ``मुख्यमंत्री हरिओम त्यागी`` gives ``हरिओम त्यागी``;
    - ``observe_org("अदालत")`` after ``ज़िला अदालत`` gives ``ज़िला अदालत``.
    """

    def __init__(self) -> None:
        self._names: list[str] = []
        self._roles: dict[str, tuple[str, str]] = {}  # word of a role -> (holder, office)
        self._offices: dict[str, str] = {}
        self._orgs: dict[str, list[str]] = {}
        self._last_org: str | None = None
        # The company last named after the word for it (कंपनी मारूति सुजुकी): who a later
        # bare कंपनी is.
        self._company: str | None = None
        #: The body each kind of document was last attributed to (विज्ञप्ति -> the company).
        self._issuers: dict[str, str] = {}
        #: The latest quotation's speaker name and the quotation's offset.
        self.last_speaker: tuple[int, str] | None = None
        #: Offset of the latest person mention observed (-1: none with a known offset).
        self.last_person_at = -1
        #: (offset, name) of the person mentions observed with an offset, in reading order.
        self._seen_at: list[tuple[int, str]] = []
        #: Gender of a person where the name, the role or an agreeing verb showed it.
        self._genders: dict[str, Gender] = {}
        #: Offsets of the latest unnamed and named person mentions.
        self._unnamed_at = -1
        self._unnamed_written: str | None = None
        self._last_named_at = -1

    def observe(
        self, name: str, *, role: str | None = None, at: int = -1, gender: Gender | None = None
    ) -> str:
        """Record a person's name (and the role written before it, and the gender a verb
        showed) seen at offset ``at``; return the canonical name."""
        self.last_person_at = max(self.last_person_at, at)
        # A mention without an offset (a pronoun's antecedent) counts as the latest.
        self._last_named_at = max(self._last_named_at, at, self._unnamed_at + 1)
        canonical = self.resolve(name)
        known = gender or name_gender(canonical, role) or self._genders.get(name)
        if known is not None:
            self._genders.setdefault(canonical, known)
        if canonical != name:
            # A fuller form replaces the shorter one wherever it was remembered.
            pass
        elif any(_is_part_of(known.split(), name.split()) for known in self._names):
            self._names = [n for n in self._names if not _is_part_of(n.split(), name.split())]
        if canonical in self._names:
            self._names.remove(canonical)
        self._names.append(canonical)
        if at >= 0:
            self._seen_at.append((at, canonical))
        if role:
            office = role_key(role)
            for word in role.split():
                self._roles[word] = (canonical, office)
            self._offices[office] = canonical
        return canonical

    def resolve(self, name: str) -> str:
        words = name.split()
        best = name
        for known in reversed(self._names):
            known_words = known.split()
            if len(known_words) > len(best.split()) and _is_part_of(words, known_words):
                best = known
        return best

    def spoke(self, name: str, *, at: int) -> None:
        """Record that ``name`` is the speaker of the quotation at offset ``at``."""
        self.last_speaker = (at, name)

    def resolve_role(self, role: str) -> str | None:
        """The person last introduced with this role's office (एसपी after पुलिस अधीक्षक …) or
        its head word (its last word)."""
        words = role.split()
        if not words:
            return None
        office = role_key(role)
        if office in self._offices:
            return self._offices[office]
        holder = self._roles.get(words[-1])
        # The head word of another rank's office is someone else (अपर पुलिस अधीक्षक सुनील
        # वर्मा … पुलिस अधीक्षक ने कहा).
        if holder is None or rank_of(holder[1]) != rank_of(office):
            return None
        return holder[0]

    def observe_unnamed(self, *, at: int, written: str | None = None) -> None:
        """Record a person the article does not name (एक अधिकारी ने कहा), as ``written``: a
        pronoun right after points to them, not to someone named earlier."""
        self.last_person_at = max(self.last_person_at, at)
        self._unnamed_at = at
        self._unnamed_written = written

    def unnamed_antecedent(self, since: int) -> str | None:
        """How the article wrote the unnamed person last mentioned (विस अध्यक्ष, मृतक की
        बहन), if mentioned at or after ``since`` and after anyone named."""
        if self._unnamed_at < max(since, self._last_named_at + 1):
            return None
        return self._unnamed_written

    def last_person(self, gender: Gender | None = None) -> str | None:
        """The person last named; with ``gender``, the last one not known to be of the other
        gender (वह बोलीं after a man and a woman were named: the woman). None when the person
        last mentioned was not named."""
        if self._unnamed_at > max(self._last_named_at, -1):
            return None
        if gender is not None:
            for name in reversed(self._names):
                if self._genders.get(name, gender) == gender:
                    return name
            return None  # everyone named is of the other gender
        return self._names[-1] if self._names else None

    def recent_people(self, limit: int) -> list[tuple[str, int]]:
        """Up to ``limit`` people named so far, the latest first, each with the offset of
        its latest mention (-1 when only known without one, as a pronoun's antecedent): the
        candidates a pronoun may point to."""
        names = self._names[-limit:]
        offsets: dict[str, int] = {}
        # The latest mentions only: an article that names people a thousand times stays cheap.
        for at, name in reversed(self._seen_at[-_OFFSET_SCAN:]):
            canonical = name if name in names else self.resolve(name)
            offsets.setdefault(canonical, at)
            if len(offsets) >= len(names) and all(n in offsets for n in names):
                break
        return [(name, offsets.get(name, -1)) for name in reversed(names)]

    def has_people(self) -> bool:
        """Whether any person, named or not, has been mentioned so far."""
        return bool(self._names) or self._unnamed_at >= 0

    def gender(self, name: str) -> Gender | None:
        """A person's gender, if known: from the name, a role or a verb."""
        return self._genders.get(self.resolve(name)) or name_gender(name, None)

    def person_before(self, offset: int) -> str | None:
        """The person last mentioned before ``offset`` (in its fullest form known now): whom
        a pronoun at ``offset`` points to."""
        for at, name in reversed(self._seen_at):
            if at < offset:
                return self.resolve(name)
        return None

    def observe_org(self, name: str) -> str:
        """Record an organisation; a bare head (आयोग) resolves to its fuller earlier form."""
        # Organisations are kept once each, by head word, in the order last named: an
        # article that names the same body a thousand times stays linear.
        same_head = self._orgs.setdefault(_org_head(name), [])
        public = name.split()[-1:] and name.split()[-1] in organizations.PUBLIC_BODIES
        for known in [] if public else reversed(same_head):
            # (कोर्ट ने कहा after दिल्ली हाईकोर्ट: a public body keeps the words it is
            # written with, organizations.PUBLIC_BODIES)
            if len(known.split()) > len(name.split()) or (
                # शीर्ष अदालत after उच्चतम न्यायालय: another word for the same body.
                known.split()[-1:] != name.split()[-1:]
            ):
                return known
        if name in same_head:
            same_head.remove(name)
        same_head.append(name)
        self._last_org = name
        return name

    def observe_company(self, name: str) -> str:
        """Record a company named after the word कंपनी; returns it as recorded."""
        self._company = self.observe_org(name)
        return self._company

    def company(self) -> str | None:
        """The company last named after the word कंपनी, if any."""
        return self._company

    def last_org(self) -> str | None:
        """The organisation last named: who a bare रिपोर्ट or बयान speaks for."""
        return self._last_org

    def observe_issuer(self, document: str, issuer: str) -> None:
        """Record who issued a document (कंपनी की विज्ञप्ति -> the company)."""
        self._issuers[document] = issuer

    def issuer(self, document: str) -> str | None:
        """Who the article last said issued this kind of document: a later bare विज्ञप्ति
        is the same press release."""
        return self._issuers.get(document)


def _org_head(name: str) -> str:
    last = name.split()[-1] if name.split() else ""
    return organizations.ORGANIZATION_SYNONYMS.get(last, last)


def _is_part_of(short: list[str], full: list[str]) -> bool:
    """True for a surname (सिन्हा in अरुण सिन्हा), a leading given-name run (अरुण), or the
    name without its middle names (अरुण सिन्हा in अरुण कुमार सिन्हा)."""
    n = len(short)
    if n == 0 or n >= len(full):
        return False
    if full[-n:] == short or full[:n] == short:
        return True
    return (
        n == 2
        and full[0] == short[0]
        and full[-1] == short[-1]
        and all(word in MIDDLE_NAMES for word in full[1:-1])
    )
