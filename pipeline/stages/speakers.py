"""Speakers: resolve mentions to entities and attribute every quote.

Resolution, in text order (the BookNLP order: names first, then the rest):

* person names cluster by surname: "Nick Bird", "Mr Bird", "Bird"; the
  canonical name is the fullest form;
* organisation names cluster by a normalised key and by acronym: "PCS",
  "the Public and Commercial Services Union", "Public Commercial Services
  union (PCS)"; "Department for/of Work and Pensions" normalise alike;
* roles ("a DWP spokesman", "a spokesman for the Department of Work and
  Pensions") cluster by role noun and organisation;
* definite descriptions ("the union", "the council") go to the most salient
  organisation whose name holds the noun, else the most mentioned
  non-government organisation;
* pronouns: he/she to the most recent person (speakers first), it to the most
  recent organisation; they/we to the most recent organisation speaker.

A quote that continues another (the next paragraph of a British quote, a
quote-only paragraph) takes that quote's speaker. A speaker that cannot be
resolved gets an entity of type ``unknown`` and no name: never a silent guess.
"""
from __future__ import annotations

import re
from collections import Counter

from ..doc import Document, Entity, Mention
from ..stage import Stage
from .mentions import FEMALE_TITLES, MALE_TITLES, ORG_NOUNS, ROLE_NOUNS, TITLES
from .parse import get_parse

_STOP = {"the", "of", "for", "and", "&", "a", "an", "s", "’s", "'s"}
_GOVERNMENT = {"department", "office", "ministry", "agency", "government", "council", "court", "police",
               "treasury", "parliament", "senate", "congress", "house", "commission", "administration"}
_GENERIC_ORG_WORDS = {"union", "ltd", "plc", "inc", "group", "party", "council", "association"}
_ROLE_GROUPS = {"spokeswoman": "spokesperson", "spokesman": "spokesperson", "spokesperson": "spokesperson",
                "representative": "spokesperson"}


def _words(s: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9]+", s)


def org_key(name: str) -> str:
    """Normalised organisation key: "the Department of Work and Pensions" -> "department work pensions"."""
    ws = [w.lower() for w in _words(name) if w.lower() not in _STOP]
    return " ".join(ws)


def initials(name: str) -> str:
    return "".join(w[0] for w in _words(name) if w[0].isupper() and w.lower() not in _STOP)


def acronym_matches(acr: str, name: str) -> bool:
    """"PCS" ~ "Public and Commercial Services Union"; "DWP" ~ "Department for Work and Pensions"."""
    if not (acr.isupper() and 2 <= len(acr) <= 6):
        return False
    ini = initials(name)
    if ini == acr:
        return True
    words = [w for w in _words(name) if w[0].isupper() and w.lower() not in _STOP]
    while words and words[-1].lower() in _GENERIC_ORG_WORDS:
        words = words[:-1]
        if "".join(w[0] for w in words) == acr:
            return True
    return False


def _strip_det(s: str) -> str:
    s = re.sub(r"^(the|a|an)\s+", "", s.strip(), flags=re.I)
    return re.sub(r"[’']s$", "", s)


class SpeakerResolver(Stage):
    """Assigns ``entities`` and each quote's ``speaker`` (mention) and ``entity``."""

    name = "speakers"
    requires = ("parse", "quotes", "mentions")
    assigns = ("entities", "speakers")
    version = "rules-1"

    def predict(self, doc: Document):
        text = doc.text
        sdoc = get_parse(doc)
        speaker_ids = {q.speaker for q in doc.quotes if q.speaker}
        mentions = sorted(doc.mentions, key=lambda m: m.start)
        entities: list[Entity] = []
        assign: dict[str, str] = {}
        ent_by_id: dict[str, Entity] = {}
        seen: dict[str, list[tuple[int, bool]]] = {}  # entity -> (mention start, is a speaker) outside quotes
        direct = [(q.start, q.end) for q in doc.quotes if q.kind == "direct" and q.confidence >= 0.5]

        def inside_quote(i: int) -> bool:
            return any(a <= i < b for a, b in direct)
        counts: Counter = Counter()

        def new_entity(name: str, typ: str) -> Entity:
            e = Entity(id=f"e{len(entities) + 1}", name=name, type=typ)
            entities.append(e)
            ent_by_id[e.id] = e
            return e

        def link(m: Mention, e: Entity) -> None:
            assign[m.id] = e.id  # written onto the mentions in set_annotations (predict is pure)
            e.mentions.append(m.id)
            if not inside_quote(m.start):
                seen.setdefault(e.id, []).append((m.start, m.id in speaker_ids))
            counts[e.id] += 1

        persons: dict[str, Entity] = {}  # surname -> entity
        orgs: list[tuple[str, Entity]] = []  # (key, entity)
        roles: dict[tuple[str, str], Entity] = {}
        gender: dict[str, str] = {}

        # acronyms defined in brackets: "Public Commercial Services union (PCS)"
        defined = {}
        for mt in re.finditer(r"((?:[A-Z][\w’'-]*\s+)(?:(?:and|of|for|&|[A-Z][\w’'-]*|union)\s+){0,6})\(([A-Z]{2,6})\)", text):
            defined[mt.group(2)] = _strip_det(mt.group(1).strip())

        def org_entity(name: str) -> Entity:
            name = _strip_det(name)
            key = org_key(name)
            acr = name if name.isupper() else None
            for k, e in orgs:
                if k == key:
                    return e
                if acr and (acronym_matches(acr, e.name) or defined.get(acr, "") and org_key(defined[acr]) == k):
                    return e
                if not acr and e.name.isupper() and (acronym_matches(e.name, name) or
                                                     org_key(defined.get(e.name, "")) == key):
                    if len(name) > len(e.name):
                        e.name = name
                    orgs.append((key, e))
                    return e
            e = new_entity(defined.get(name, name) if acr and name in defined else name, "organization")
            orgs.append((key, e))
            if acr and name in defined:
                orgs.append((org_key(defined[name]), e))
            return e

        # pass 1: names (persons and organisations) so titles and pronouns find them
        for m in mentions:
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            if m.type == "person" and m.kind in {"name", "title"}:
                person = [e for e in sdoc.ents if e.label_ == "PERSON" and e.start >= span.start and e.end <= span.end]
                name = person[-1].text if person else span.text
                name = re.sub(r"[’']s$", "", name)
                words = [w for w in name.split() if w.lower().rstrip(".") not in TITLES]
                if not words:
                    continue
                surname = words[-1]
                title = span[0].lower_.rstrip(".")
                if title in FEMALE_TITLES:
                    gender[surname] = "f"
                elif title in MALE_TITLES:
                    gender[surname] = "m"
                e = persons.get(surname)
                full = " ".join(words)
                if e is None:
                    e = new_entity(full if len(words) > 1 or m.kind == "name" else span.text, "person")
                    persons[surname] = e
                elif len(words) > 1 and len(full) > len(e.name) or e.name.split()[0].lower().rstrip('.') in TITLES and len(words) > 1:
                    e.name = full
                link(m, e)
            elif m.type == "organization" and m.kind == "name":
                orgname = text[m.start:m.end]
                ents = [x for x in sdoc.ents if x.label_ in {"ORG", "GPE", "NORP"} and x.start >= span.start
                        and x.end <= span.end]
                proper = all(w[0].isupper() or w in {"and", "of", "for", "the", "&"} for w in orgname.split())
                if ents and not proper:
                    orgname = max(ents, key=len).text
                link(m, org_entity(orgname))

        # pass 2: roles, descriptions and pronouns, in text order
        for m in mentions:
            if m.id in assign:
                continue
            span = sdoc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            surface = text[m.start:m.end]
            low = surface.lower()
            if m.kind == "pronoun":
                e = self._pronoun(low, m, entities, seen, gender, persons)
                if e is not None:
                    link(m, e)
                continue
            if m.type == "role":
                root = span.root
                last = [t for t in span if not t.is_punct][-1]
                if last.lower_ in ROLE_NOUNS:
                    root = last
                noun = _ROLE_GROUPS.get(root.lower_, root.lower_)
                orgs_in = [x for x in sdoc.ents if x.label_ in {"ORG", "GPE", "NORP"} and x.start >= span.start and x.end <= span.end]
                # the organisation a role speaks for: the longest of the named
                # entity inside, "... for the X", "a X spokesman", a compound
                options = [_strip_det(x.text) for x in orgs_in]
                mm = re.search(r"(?:for|of|at)\s+(?:the\s+)?((?:[A-Z][\w’'-]*(?:\s+(?:and|of|for|&))?\s*)+)$", surface)
                pre = re.match(r"^(?:[Aa]n?|[Tt]he)\s+((?:[A-Z][\w’'-]*(?:\s+(?:and|of|for|&))?\s+)+)", surface)
                options += [x.group(1).strip() for x in (mm, pre) if x]
                if not options:
                    w = [t for t in span if t.dep_ == "compound" and t.head is root]
                    if w:
                        options.append(" ".join(t.text for t in w))
                org_name = max(options, key=len) if options else None
                if org_name:
                    # an acronym for a named organisation: "DWP" -> "Department for Work and Pensions"
                    if org_name.isupper():
                        for _, oe in orgs:
                            if acronym_matches(org_name, oe.name) and not oe.name.isupper():
                                org_name = oe.name
                                break
                    key = (noun, org_key(org_name))
                    e = roles.get(key)
                    if e is None:
                        e = new_entity(f"{org_name} {root.text.lower()}", "role")
                        roles[key] = e
                else:
                    # "a spokesman", "the minister": same role noun without organisation
                    key = (noun, "")
                    e = roles.get(key)
                    if e is None:
                        e = new_entity(_strip_det(surface), "role")
                        roles[key] = e
                link(m, e)
                continue
            if m.type == "organization":
                root = span.root.lemma_.lower()
                e = self._description(root, m.start, orgs, counts, seen)
                if e is None:
                    e = org_entity(surface)
                link(m, e)
                continue
            # unresolvable: its own unknown entity, no name
            e = new_entity(_strip_det(surface), "unknown")
            link(m, e)

        # attribute quotes: continuations take the speaker of the quote they continue
        result = {}
        for q in doc.quotes:
            mid = q.speaker
            if mid is None and q.continues and q.continues in result:
                mid = result[q.continues][0]
            result[q.id] = (mid, assign.get(mid) if mid else None)
        return entities, assign, result

    @staticmethod
    def _pronoun(low, m, entities, seen, gender, persons):
        """Most recent compatible entity before the pronoun; earlier speakers first."""
        def recent(e, speakers_only=False):
            ps = [p for p, spk in seen.get(e.id, []) if p < m.start and (spk or not speakers_only)]
            return max(ps) if ps else -1

        before = [e for e in entities if recent(e) >= 0]
        if low in {"he", "she", "him", "her", "i"}:
            cands = [e for e in before if e.type == "person"]
            want = "m" if low in {"he", "him"} else "f" if low in {"she", "her"} else None
            if want:
                surname_gender = {persons[s].id: g for s, g in gender.items() if s in persons}
                ok = [e for e in cands if surname_gender.get(e.id, want) == want]
                cands = ok or cands
        elif low == "it":
            cands = [e for e in before if e.type == "organization"]
        else:  # they, we
            cands = [e for e in before if e.type in {"organization", "role"}]
        if not cands:
            return None
        spoken = [e for e in cands if recent(e, True) >= 0]
        if spoken:
            best = max(spoken, key=lambda e: recent(e, True))
            # a speaker stays the antecedent unless another candidate is far more recent
            other = max(cands, key=recent)
            if recent(other) - recent(best, True) < 400:
                return best
            return other
        return max(cands, key=recent)

    @staticmethod
    def _description(noun, pos, orgs, counts, seen):
        """"the union" -> the organisation it describes, or None."""
        def recent(e):
            ps = [p for p, _ in seen.get(e.id, []) if p < pos]
            return max(ps) if ps else -1

        uniq = list({e.id: e for _, e in orgs}.values())
        if not uniq:
            return None
        holding = [e for e in uniq if noun in e.name.lower()]
        if holding:
            return max(holding, key=lambda e: (counts[e.id], recent(e)))
        if noun in _GOVERNMENT:
            return None
        cands = [e for e in uniq if not any(w in e.name.lower().split() for w in _GOVERNMENT) and recent(e) >= 0]
        if not cands:
            return None
        # the most recently mentioned compatible organisation
        return max(cands, key=recent)

    def set_annotations(self, doc: Document, result) -> None:
        entities, assign, by_quote = result
        doc.entities = entities
        for m in doc.mentions:
            m.entity = assign.get(m.id)
        for q in doc.quotes:
            mid, eid = by_quote.get(q.id, (None, None))
            if mid is not None and q.speaker is None:
                q.link = "continuation"  # the speaker of the quote it continues
            q.speaker = mid
            q.entity = eid
