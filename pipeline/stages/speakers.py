"""Speakers: resolve mentions to entities and attribute every quote.

Resolution is a sequence of named passes over one ``EntityTable`` (the
BookNLP shape: names first, then the rest, each pass small and testable):

1. ``define_acronyms``: acronyms defined in brackets, "Public Commercial
   Services union (PCS)";
2. ``cluster_names``, every mention in text order:

   * person names cluster by surname: "Nick Bird", "Mr Bird", "Bird"; the
     canonical name is the fullest form (``cluster_person_name``);
   * organisation names cluster by a normalised key and by acronym: "PCS",
     "the Public and Commercial Services Union", "Public Commercial Services
     union (PCS)"; "Department for/of Work and Pensions" normalise alike
     (``cluster_organisation_name``);

3. ``resolve_mentions``, every mention still unresolved in text order, by the
   first rule that applies:

   * pronouns: he/she/him/her/I to the most recent person (in agreement with
     the gender a title gives), it to the most recent organisation, they/we to
     the most recent organisation or role; an earlier speaker is preferred
     unless another candidate is far more recent; a pronoun with nothing
     before it stays unresolved (``resolve_pronoun``);
   * roles ("a DWP spokesman", "a spokesman for the Department of Work and
     Pensions") cluster by role noun and organisation (``resolve_role``);
   * definite descriptions ("the union", "the council") go to the most
     mentioned organisation whose name holds the noun, else the most recently
     mentioned non-government organisation (``resolve_description``), else
     to the organisation their own words name (``EntityTable.org_entity``);
   * anything else gets an entity of type ``unknown`` and no name guess
     (``unknown_speaker``);

4. ``link_quotes``: a quote that continues another (the next paragraph of a
   British quote, a quote-only paragraph) takes that quote's speaker.

Entity ids (``e1``, ``e2``, ...) are numbered by creation order, so each
mention pass walks the mentions once, in text order, and dispatches per
mention. A speaker that cannot be resolved is never a silent guess.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from .. import paths
from ..doc import CONFIDENT_QUOTE, Document, Entity, Mention, Quote, Span
from ..stage import Stage
from . import link_confidence as link_confidence_mod
from . import linker as linker_mod
from ..names import (FEMALE_TITLES, MALE_TITLES, ROLE_GROUPS, ROLE_NOUNS, TITLES, acronym_matches, first_name_gender,
                     first_names_differ, org_key)
from .mentions import full_phrase
from .parse import get_parse

_GOVERNMENT = {"department", "office", "ministry", "agency", "government", "council", "court", "police",
               "treasury", "parliament", "senate", "congress", "house", "commission", "administration"}
_ORG_LABELS = {"ORG", "GPE", "NORP"}
# an acronym defined in brackets after the name it stands for: "Public Commercial Services union (PCS)"
_DEFINED_ACRONYM = re.compile(
    r"((?:[A-Z][\w’'-]*\s+)(?:(?:and|of|for|&|[A-Z][\w’'-]*|union)\s+){0,6})\(([A-Z]{2,6})\)")
# the organisation a role speaks for: "a spokesman for the X" / "a X spokesman"
_ROLE_FOR_ORG = re.compile(r"(?:for|of|at)\s+(?:the\s+)?((?:[A-Z][\w’'-]*(?:\s+(?:and|of|for|&))?\s*)+)$")
_ROLE_AFTER_DET = re.compile(r"^(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w’'-]*(?:\s+(?:and|of|for|&))?\s+)+)")
_FAR_MORE_RECENT = 400  # characters by which another candidate must be more recent than a speaker


def _strip_det(s: str) -> str:
    s = re.sub(r"^(the|a|an)\s+", "", s.strip(), flags=re.I)
    return re.sub(r"[’']s$", "", s)


def _ents_within(sdoc, span, labels) -> list:
    """The named entities of ``sdoc`` with one of ``labels`` that lie inside ``span``."""
    return [x for x in sdoc.ents if x.label_ in labels and x.start >= span.start and x.end <= span.end]


def define_acronyms(text: str) -> dict[str, str]:
    """Acronyms defined in brackets, to the name before them.

    "members of the Public Commercial Services union (PCS)" -> {"PCS": "Public Commercial Services union"}
    """
    return {mt.group(2): _strip_det(mt.group(1).strip()) for mt in _DEFINED_ACRONYM.finditer(text)}


@dataclass
class EntityTable:
    """The entities resolved so far and the indexes the passes find them by.

    ``quoted`` (confident direct quotes), ``speaker_mentions`` (the quotes'
    speaker mention ids) and ``acronyms`` (``define_acronyms``) are fixed for
    the document; the rest grows as the passes link mentions.
    """

    quoted: list[tuple[int, int]] = field(default_factory=list)
    speaker_mentions: set[str] = field(default_factory=set)
    acronyms: dict[str, str] = field(default_factory=dict)
    entities: list[Entity] = field(default_factory=list)
    assign: dict[str, str] = field(default_factory=dict)  # mention id -> entity id
    # entity id -> (mention start, the mention is a speaker) for its mentions outside ``quoted``
    seen: dict[str, list[tuple[int, bool]]] = field(default_factory=dict)
    counts: Counter = field(default_factory=Counter)  # entity id -> mentions linked
    persons: dict[str, Entity] = field(default_factory=dict)  # surname -> person (the first of that surname)
    # full name (lower case) -> a later person of a surname already taken: "Bill Clinton" in a story about
    # Hillary Clinton
    namesakes: dict[str, Entity] = field(default_factory=dict)
    gender: dict[str, str] = field(default_factory=dict)  # surname -> "m" / "f", from a title
    orgs: list[tuple[str, Entity]] = field(default_factory=list)  # (org_key, organisation); several keys each
    roles: dict[tuple[str, str], Entity] = field(default_factory=dict)  # (role noun group, org_key) -> role
    texts: dict[tuple[str, str], Entity] = field(default_factory=dict)  # (type, key) -> document or group

    @classmethod
    def for_document(cls, doc: Document) -> "EntityTable":
        return cls(quoted=[(q.start, q.end) for q in doc.quotes
                           if q.kind == "direct" and q.confidence >= CONFIDENT_QUOTE],
                   speaker_mentions={q.speaker for q in doc.quotes if q.speaker},
                   acronyms=define_acronyms(doc.text))

    def inside_quote(self, i: int) -> bool:
        return any(a <= i < b for a, b in self.quoted)

    def new_entity(self, name: str, typ: str) -> Entity:
        e = Entity(id=f"e{len(self.entities) + 1}", name=name, type=typ)
        self.entities.append(e)
        return e

    def link(self, m: Mention, e: Entity) -> None:
        self.assign[m.id] = e.id  # written onto the mentions in set_annotations (predict is pure)
        e.mentions.append(m.id)
        if not self.inside_quote(m.start):
            self.seen.setdefault(e.id, []).append((m.start, m.id in self.speaker_mentions))
        self.counts[e.id] += 1

    def last_seen(self, e: Entity, before: int, speakers_only: bool = False) -> int:
        """The start of ``e``'s last mention outside quotes before ``before`` (only speaker mentions
        with ``speakers_only``); -1 if none."""
        ps = [p for p, spk in self.seen.get(e.id, []) if p < before and (spk or not speakers_only)]
        return max(ps) if ps else -1

    def org_entity(self, name: str) -> Entity:
        """The organisation ``name`` names, by key or acronym; a new one if none does."""
        name = _strip_det(name)
        key = org_key(name)
        acr = name if name.isupper() else None
        defined = self.acronyms
        for k, e in self.orgs:
            if k == key:
                return e
            if acr and (acronym_matches(acr, e.name) or defined.get(acr, "") and org_key(defined[acr]) == k):
                return e
            if not acr and e.name.isupper() and (acronym_matches(e.name, name) or
                                                 org_key(defined.get(e.name, "")) == key):
                if len(name) > len(e.name):
                    e.name = name
                self.orgs.append((key, e))
                return e
        e = self.new_entity(defined.get(name, name) if acr and name in defined else name, "organization")
        self.orgs.append((key, e))
        if acr and name in defined:
            self.orgs.append((org_key(defined[name]), e))
        return e


def _span(sdoc, m: Mention):
    return sdoc.char_span(m.start, m.end, alignment_mode="expand")


# -- pass 1: names (persons and organisations), so titles and pronouns find them

def cluster_person_name(table: EntityTable, m: Mention, span, sdoc) -> Entity | None:
    """A person's name or title to the person of that surname, the fullest name kept.

    "Nick Bird", then "Mr Bird", then "Bird" -> one person "Nick Bird" (a "Mr"/"Mrs" also gives the gender).
    None for a bare title.
    """
    person = _ents_within(sdoc, span, {"PERSON"})
    name = person[-1].text if person else span.text
    name = re.sub(r"[’']s$", "", name)
    words = [w for w in name.split() if w.lower().rstrip(".") not in TITLES]
    if not words:
        return None
    surname = words[-1]
    title = span[0].lower_.rstrip(".")
    title_gender = "f" if title in FEMALE_TITLES else "m" if title in MALE_TITLES else None
    other = _namesake(table, surname, words, title_gender)
    if other is not None:
        return other
    if title_gender:
        table.gender[surname] = title_gender
    if surname.isupper() and len(surname) > 1:
        # a transcript's label ("PENCE:") is the person the article names in mixed case
        surname = next((k for k in table.persons if k.upper() == surname), surname)
    elif surname.upper() in table.persons and surname not in table.persons:
        table.persons[surname] = table.persons.pop(surname.upper())  # the label came first
    e = table.persons.get(surname)
    full = " ".join(words)
    if e is None:
        e = table.new_entity(full if len(words) > 1 or m.kind == "name" else span.text, "person")
        table.persons[surname] = e
    elif (len(words) > 1 and len(full) > len(e.name)
          or e.name.split()[0].lower().rstrip('.') in TITLES and len(words) > 1
          or e.name.isupper() and not full.isupper()):
        e.name = full
    return e


def _namesake(table: EntityTable, surname: str, words: list[str], title_gender: str | None) -> Entity | None:
    """Another person of a surname the table already has, or None for the surname's first person.

    A full name whose first name differs from that person's ("Bill Clinton" after "Hillary Clinton") is
    a namesake, an entity of its own; a bare surname with a title whose gender contradicts the first
    person's first name ("Mr. Clinton" there) goes to the one namesake of that gender, if there is one.
    """
    e = table.persons.get(surname)
    if e is None:
        return None
    e_words = [w for w in e.name.split() if w.lower().rstrip(".") not in TITLES]
    if len(words) > 1:
        if len(e_words) < 2 or e_words[-1] != surname or not first_names_differ(e_words[0], words[0]):
            return None
        key = " ".join(words).lower()
        other = table.namesakes.get(key)
        if other is None:
            other = table.new_entity(" ".join(words), "person")
            table.namesakes[key] = other
        return other
    if title_gender and len(e_words) > 1 and first_name_gender(e_words[0]) not in (None, title_gender):
        alt = [o for k, o in table.namesakes.items() if k.split()[-1] == surname.lower()
               and first_name_gender(o.name.split()[0]) == title_gender]
        if len(alt) == 1:
            return alt[0]
    return None


def cluster_organisation_name(table: EntityTable, m: Mention, span, sdoc, text: str) -> Entity:
    """An organisation's name to the organisation of that key or acronym.

    "PCS" after "the Public and Commercial Services Union (PCS)" -> that union.
    """
    orgname = text[m.start:m.end]
    ents = _ents_within(sdoc, span, _ORG_LABELS)
    proper = all(w[0].isupper() or w in {"and", "of", "for", "the", "&"} for w in orgname.split())
    if ents and not proper:
        orgname = max(ents, key=len).text
    return table.org_entity(orgname)


def cluster_names(table: EntityTable, mentions: list[Mention], sdoc, text: str) -> None:
    """Pass 1, in text order: link person names and titles, and organisation names."""
    for m in mentions:
        span = _span(sdoc, m)
        if span is None:
            continue
        if m.type == "person" and m.kind in {"name", "title"}:
            e = cluster_person_name(table, m, span, sdoc)
        elif m.type == "organization" and m.kind == "name":
            e = cluster_organisation_name(table, m, span, sdoc, text)
        else:
            continue
        if e is not None:
            table.link(m, e)


# -- pass 2: pronouns, roles, descriptions and the unresolvable

def resolve_pronoun(table: EntityTable, low: str, pos: int) -> Entity | None:
    """The most recent compatible entity before the pronoun at ``pos``; earlier speakers first.

    "Mr Bird said: ... He added: ..." -> "He" is Mr Bird. None if nothing compatible came before.
    """
    def recent(e, speakers_only=False):
        return table.last_seen(e, pos, speakers_only)

    before = [e for e in table.entities if recent(e) >= 0]
    if low in {"he", "she", "him", "her", "i"}:
        cands = [e for e in before if e.type == "person"]
        want = "m" if low in {"he", "him"} else "f" if low in {"she", "her"} else None
        if want:
            surname_gender = {table.persons[s].id: g for s, g in table.gender.items() if s in table.persons}
            surname_gender.update({o.id: g for o in table.namesakes.values() if (g := first_name_gender(o.name.split()[0]))})
            ok = [e for e in cands if surname_gender.get(e.id, want) == want]
            cands = ok or cands
    elif low == "it":
        cands = [e for e in before if e.type == "organization"]
    else:  # they, we
        cands = [e for e in before if e.type in {"organization", "role", "group"}]
    if not cands:
        return None
    spoken = [e for e in cands if recent(e, True) >= 0]
    if spoken:
        best = max(spoken, key=lambda e: recent(e, True))
        # a speaker stays the antecedent unless another candidate is far more recent
        other = max(cands, key=recent)
        if recent(other) - recent(best, True) < _FAR_MORE_RECENT:
            return best
        return other
    return max(cands, key=recent)


def _role_organisation(span, root, surface: str, sdoc) -> str | None:
    """The organisation a role speaks for: the longest of the named entity inside, "... for the X",
    "a X spokesman", else a compound of the role noun; None if the role names none."""
    options = [_strip_det(x.text) for x in _ents_within(sdoc, span, _ORG_LABELS)]
    options += [x.group(1).strip() for x in (_ROLE_FOR_ORG.search(surface), _ROLE_AFTER_DET.match(surface)) if x]
    if not options:
        w = [t for t in span if t.dep_ == "compound" and t.head is root]
        if w:
            options.append(" ".join(t.text for t in w))
    return max(options, key=len) if options else None


def resolve_role(table: EntityTable, span, surface: str, sdoc) -> Entity:
    """A role to the role of that noun for that organisation.

    "a DWP spokesman" (after "the Department for Work and Pensions") and "a spokesman for the Department
    of Work and Pensions" -> one role "Department for Work and Pensions spokesman"; "the minister" -> "minister".
    """
    root = span.root
    last = [t for t in span if not t.is_punct][-1]
    if last.lower_ in ROLE_NOUNS:
        root = last
    noun = ROLE_GROUPS.get(root.lower_, root.lower_)
    org_name = _role_organisation(span, root, surface, sdoc)
    if org_name:
        # an acronym for a named organisation: "DWP" -> "Department for Work and Pensions"
        if org_name.isupper():
            for _, oe in table.orgs:
                if acronym_matches(org_name, oe.name) and not oe.name.isupper():
                    org_name = oe.name
                    break
        key, name = (noun, org_key(org_name)), f"{org_name} {root.text.lower()}"
    else:
        # "the spokesperson" after "a spokesperson for Google": the role already tied to an organisation
        # (the most recently seen one when several are); "a spokesman", "the minister" with none: the bare role
        tied = [r for (n, org), r in table.roles.items() if n == noun and org]
        if tied and surface.lower().startswith(("the ", "that ", "this ")):
            return max(tied, key=lambda r: table.last_seen(r, span.start_char))
        key, name = (noun, ""), _strip_det(surface)
    e = table.roles.get(key)
    if e is None:
        e = table.new_entity(name, "role")
        table.roles[key] = e
    return e


def resolve_description(table: EntityTable, noun: str, pos: int) -> Entity | None:
    """A definite description's head noun to the organisation it describes, or None.

    "the union" -> the most mentioned organisation with "union" in its name (ties: the most recent);
    else, unless the noun is a government one, the most recent non-government organisation.
    """
    uniq = list({e.id: e for _, e in table.orgs}.values())
    if not uniq:
        return None
    holding = [e for e in uniq if noun in e.name.lower()]
    if holding:
        return max(holding, key=lambda e: (table.counts[e.id], table.last_seen(e, pos)))
    if noun in _GOVERNMENT:
        return None
    cands = [e for e in uniq if not any(w in e.name.lower().split() for w in _GOVERNMENT)
             and table.last_seen(e, pos) >= 0]
    if not cands:
        return None
    # the most recently mentioned compatible organisation
    return max(cands, key=lambda e: table.last_seen(e, pos))


def resolve_text_or_group(table: EntityTable, span, surface: str, typ: str) -> Entity:
    """A document ("the lawsuit", "the letter") or a group ("protesters", "House Democrats") to one entity
    per type and head noun: "the lawsuit" and "the class action lawsuit" are one (two different lawsuits
    in one article are not told apart yet); the name is the fullest
    wording seen ("the class action lawsuit" over "the lawsuit"). "they" may resolve to a group."""
    root = span.root
    key = (typ, root.lemma_.lower())
    name = _strip_det(surface)
    e = table.texts.get(key)
    if e is None:
        e = table.new_entity(name, typ)
        table.texts[key] = e
    elif len(name) > len(e.name) and len(name.split()) <= 8:
        e.name = name
    return e


def unknown_speaker(table: EntityTable, surface: str) -> Entity:
    """An unresolvable mention's own entity: type ``unknown``, named by its words, no guess.

    "the protesters" -> a new unknown entity "protesters".
    """
    return table.new_entity(_strip_det(surface), "unknown")


# modifiers of a description that mean the same: "the GOP nominee" is "the Republican nominee"
_MODIFIER_SYNONYMS = {"gop": "republican", "democrat": "democratic", "dem": "democratic"}


# title abbreviations before a name, as the noun a later description uses: "Gov. Terry McAuliffe" ... "the governor"
_TITLE_NOUNS = {"gov": "governor", "sen": "senator", "rep": "representative", "pres": "president",
                "sec": "secretary", "gen": "general", "prof": "professor", "supt": "superintendent"}
# modifiers that make another office: "the governor" is not "a former lieutenant governor"
_RESTRICTIVE = {"former", "lieutenant", "vice", "deputy", "assistant", "acting", "retired", "late", "ex", "interim"}


def _modifiers(tok) -> set[str]:
    """The modifiers of a noun, lower case; proper ones ("Democratic", "GOP", "Vermont") marked with "^"."""
    out = set()
    for c in tok.children:
        if c.dep_ in {"amod", "compound", "nmod"} and c.pos_ in {"ADJ", "PROPN", "NOUN"}:
            word = _MODIFIER_SYNONYMS.get(c.lower_, c.lower_)
            out.add("^" + word if c.text[:1].isupper() and c.i > c.sent.start else word)
    return out


def descriptor_index(table: EntityTable, sdoc) -> dict[str, list[tuple[Entity, set[str]]]]:
    """What the article calls its named people: the noun before a name ("Republican presidential nominee
    Donald Trump") or in apposition to it ("Donald Trump, the Republican nominee,"), by its lemma, with
    the person and the noun's modifiers."""
    index: dict[str, list[tuple[Entity, set[str]]]] = {}
    for ent in sdoc.ents:
        if ent.label_ != "PERSON":
            continue
        words = [w for w in re.sub(r"[’']s$", "", ent.text).split() if w.lower().rstrip(".") not in TITLES]
        if not words:
            continue
        e = table.namesakes.get(" ".join(words).lower()) or table.persons.get(words[-1])
        if e is None:
            continue
        inside = range(ent.start, ent.end)
        nouns = [t for t in sdoc[max(0, ent.start - 4):ent.end] if t.head.i in inside and t.i not in inside
                 and t.dep_ == "compound" and (t.pos_ == "NOUN" or t.lower_.rstrip(".") in TITLES)]
        nouns += [c for c in ent.root.children if c.dep_ == "appos" and c.pos_ == "NOUN"]
        for n in nouns:
            key = _TITLE_NOUNS.get(n.lower_.rstrip("."), n.lemma_.lower())
            index.setdefault(key, []).append((e, _modifiers(n)))
    return index


def resolve_descriptor(index: dict[str, list[tuple[Entity, set[str]]]], span) -> Entity | None:
    """A definite description ("the Republican nominee") to the one person the article called so (by the
    noun, and by a modifier where several were), or None. "former", "lieutenant", "vice" and the like must
    agree ("the governor" is not "a former lieutenant governor"). An indefinite one ("a spokesman") is
    someone new and stays unresolved here."""
    root = span.root
    before = span.doc[span.start - 1] if span.start > 0 else None
    det = span[0] if span[0].dep_ == "det" else before
    if root.pos_ != "NOUN" or det is None or det.lower_ != "the":
        return None
    cands = index.get(root.lemma_.lower(), [])
    mods = _modifiers(root)

    def fits(m: set[str]) -> bool:
        plain = {w.lstrip("^") for w in m}
        if plain & _RESTRICTIVE != {w.lstrip("^") for w in mods} & _RESTRICTIVE:
            return False
        # a proper modifier of the description ("the Democratic nominee") must be one of the person's
        proper = {w.lstrip("^") for w in mods if w.startswith("^")}
        if proper and not proper <= plain:
            return False
        mine = {w.lstrip("^") for w in mods} - _RESTRICTIVE
        return not (plain - _RESTRICTIVE and mine) or bool(plain & mine)

    fit = {e.id: e for e, m in cands if fits(m)}
    return next(iter(fit.values())) if len(fit) == 1 else None


def resolve_mentions(table: EntityTable, mentions: list[Mention], sdoc, text: str) -> None:
    """Pass 2, in text order over the mentions pass 1 left: pronoun, definite description of a named
    person, role, organisation description (else a new organisation), else unknown."""
    index = None
    for m in mentions:
        if m.id in table.assign:
            continue
        span = _span(sdoc, m)
        if span is None:
            continue
        surface = text[m.start:m.end]
        if m.kind == "nominal" and m.type in {"unknown", "role", "person"}:
            index = descriptor_index(table, sdoc) if index is None else index
            e = resolve_descriptor(index, span)
            if e is not None:
                table.link(m, e)
                continue
        if m.kind == "pronoun":
            e = resolve_pronoun(table, surface.lower(), m.start)
        elif m.type == "role":
            e = resolve_role(table, span, surface, sdoc)
        elif m.type in {"document", "group"}:
            e = resolve_text_or_group(table, span, surface, m.type)
        elif m.type == "organization":
            e = resolve_description(table, span.root.lemma_.lower(), m.start)
            if e is None:
                e = table.org_entity(surface)
        else:
            e = unknown_speaker(table, surface)
        if e is not None:
            table.link(m, e)


def link_quotes(quotes: list[Quote], assign: dict[str, str]) -> dict[str, tuple[str | None, str | None]]:
    """Each quote's (speaker mention, entity); a continuation takes its predecessor's speaker.

    q2 continues q1 and has no speaker of its own -> q2 gets q1's mention and entity.
    """
    result: dict[str, tuple[str | None, str | None]] = {}
    for q in quotes:
        mid = q.speaker
        if mid is None and q.continues and q.continues in result:
            mid = result[q.continues][0]
        result[q.id] = (mid, assign.get(mid) if mid else None)
    return result


class SpeakerResolver(Stage):
    """Assigns ``entities`` and each quote's ``speaker`` (mention) and ``entity``."""

    name = "speakers"
    requires = ("parse", "quotes", "mentions")
    assigns = ("entities", "speakers")
    version = "rules-1"

    def __init__(self, *, linker: bool | str = "auto", link_confidence: bool | str = "auto"):
        # the learned linker and the learned confidence of each link (models/speaker-link), when there
        self.linker = None
        path = paths.model_path(link_confidence_mod.MODEL_DIR) / linker_mod.MODEL_FILE
        if linker is True and not path.exists():
            raise FileNotFoundError(f"no linker model at {path} (python -m pipeline.training.linker)")
        if linker and path.exists():
            self.linker = linker_mod.Linker.load(path)
            self.version = f"rules-1+linker-{self.linker.meta.get('version', '1')}"
        self.link_model = None
        path = paths.model_path(link_confidence_mod.MODEL_DIR) / link_confidence_mod.MODEL_FILE
        if link_confidence is True and not path.exists():
            raise FileNotFoundError(f"no link confidence model at {path} (python -m pipeline.training.link_confidence)")
        if link_confidence and path.exists():
            self.link_model = link_confidence_mod.LinkConfidence.load(path)
            self.version += f"+link-{self.link_model.meta.get('version', '1')}"

    def predict(self, doc: Document):
        sdoc = get_parse(doc)
        mentions = sorted(doc.mentions, key=lambda m: m.start)
        table = EntityTable.for_document(doc)
        cluster_names(table, mentions, sdoc, doc.text)
        resolve_mentions(table, mentions, sdoc, doc.text)
        return table.entities, table.assign, link_quotes(doc.quotes, table.assign)

    def set_annotations(self, doc: Document, result) -> None:
        entities, assign, by_quote = result
        doc.entities = entities
        for m in doc.mentions:
            m.entity = assign.get(m.id)
        phrase = {q.id: q.phrase for q in doc.quotes}
        for q in doc.quotes:
            mid, eid = by_quote.get(q.id, (None, None))
            if mid is not None and q.speaker is None:
                q.link = "continuation"  # the speaker of the quote it continues
                q.phrase = phrase.get(q.continues) if q.continues else None
                phrase[q.id] = q.phrase
            q.speaker = mid
            q.entity = eid
        if self.linker is not None:
            sdoc = get_parse(doc)
            mentions = {m.id: m for m in doc.mentions}
            for q in self.linker.relink(doc):
                # the whole phrase the linked mention heads, as the rules' links carry it
                m = mentions[q.speaker]
                tok = sdoc.char_span(m.start, m.end, alignment_mode="expand")
                if tok is not None and len(tok):
                    whole = full_phrase(tok.root)
                    if whole.start_char <= m.start and m.end <= whole.end_char and not (
                            whole.start_char < q.end and q.start < whole.end_char) and \
                            "\n" not in doc.text[whole.start_char:whole.end_char]:
                        q.phrase = Span(whole.start_char, whole.end_char)
        if self.link_model is not None:
            self.link_model.assign(doc)
