"""Speakers across a feed: feed-level identities and the stance summary (media monitoring).

sayso resolves speakers inside one article (:mod:`pipeline.stages.speakers`): "Mark Serwotka",
"Mr Serwotka" and "he" become one entity ``e7``. Across articles the same person is a new entity
each time. :func:`link_feed` joins the speaker entities of many output records into feed-level
identities, and :func:`summarize` counts each identity's stances on each target over time.

Linking is a sequence of named passes over one union-find of *references* (one speaker entity
of one article), each small and conservative: a join needs evidence beyond a shared word.

* ``link_organisations``: the same organisation name ("the Public and Commercial Services
  union" ~ "Public Commercial Services Union"), the same acronym ("PCS" ~ "PCS"), or an acronym
  that stands for a name ("PCS" ~ "Public and Commercial Services Union"). Initials derived from
  two names never join them on their own.
* ``link_full_names``: people with the same first and last name (nicknames folded: Bill ~
  William) and the same suffix (Donald Trump is not Donald Trump Jr.). Different middle initials
  keep people apart (George W. Bush, George H. W. Bush); a name without a middle initial joins
  the one middle-initial group there is, and stays apart when there are several.
* ``link_roles``: a role of an organisation ("a DWP spokesman", "a spokesman for the Department
  for Work and Pensions") is one identity per role noun and organisation. A bare role ("a
  spokesman", "the minister") names nobody and stays alone.
* ``link_groups``: groups with the same proper name ("House Democrats").
* ``link_surnames``: a surname alone ("Mr Bird", "Trump") joins a full-name person of that
  surname only with evidence: the same affiliation word in the phrases around the two (PCS in
  "Nick Bird, PCS rep" and "Mr Bird, of PCS"), or another identity that the two articles share.
  A gender, from a title or a common first name, must agree (Mrs Clinton is not Bill Clinton). Failing
  that, a surname alone joins the feed's prominent person of that name (quoted in at least 3 articles,
  3 times as many as any other of the name): "Trump" in an article that never writes "Donald Trump".
  Two Smiths quoted once each stay apart.
* ``link_descriptions``: an organisation the article only describes ("the union") joins the one
  named organisation of its article whose name holds the noun.

Before the passes, a speaker whose type the parser got wrong is taken by its name: a lone "Trump"
typed as an organisation is a person when the feed has a named person of that surname
(``retype_people``), a lone "Unison" typed as a person is the organisation of that name elsewhere in
the feed (``retype_organisations``).

Identity ids are ``type:slug-of-name`` (``person:mark-serwotka``, ``organization:pcs``): the same
feed gives the same ids, and an identity keeps its id when other articles join the feed unless
its canonical name changes. :func:`summarize` orders articles by date (``meta.date``, RSS
``pubDate`` and the like) where the input has one, else by input order.
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any, Iterable

from .doc import STANCE_SIDES, article_date
from .names import (FEMALE_TITLES, GENERIC_ORG_WORDS, MALE_TITLES, NAME_STOP, NICKNAMES, ORG_NOUNS, PRONOUNS,
                    ROLE_GROUPS, ROLE_NOUNS, TITLES, first_name_gender, initials, org_key)

SUFFIXES = {"jr", "sr", "ii", "iii", "iv"}
# one-word names of institutions: "Congress", "the Senate" are one body in a feed; "the Union", "the
# Department", "the Government" at a sentence's start are descriptions, not names
SPECIFIC_INSTITUTIONS = {"congress", "senate", "house", "parliament", "treasury", "cabinet", "pentagon",
                         "kremlin", "vatican", "nato"}
# a surname alone joins the feed's prominent person of that surname: quoted in this many articles at
# least, and in this many times as many as the next person of the surname
PROMINENT_ARTICLES = 3
PROMINENT_RATIO = 3
_TOKEN = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
_ACRONYM = re.compile(r"^[A-Z][A-Z&.]{1,7}$")


# ---- references: one speaker entity of one article --------------------------------------------------
@dataclass
class SpeakerRef:
    """One article's speaker entity, as the feed links it."""

    doc: str  # the article's id
    entity: str  # its entity id in that article ("e7")
    name: str
    type: str
    order: int  # the article's position in the feed (input order)
    date: str | None  # the article's date, ISO (YYYY-MM-DD), where the input has one
    surfaces: list[str] = field(default_factory=list)  # its mentions as written
    # the phrases around it: appositions, roles ("PCS general secretary Mark Serwotka")
    context: list[str] = field(default_factory=list)


@dataclass
class Identity:
    """One person, organisation, role or group across the feed."""

    id: str
    name: str
    type: str
    members: list[tuple[str, str]]  # (article id, entity id), in feed order
    aliases: list[str]
    evidence: list[str]  # why its members were joined, one line a join kind

    def to_dict(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "type": self.type, "articles": len({d for d, _ in self.members}),
                "members": [{"doc": d, "entity": e} for d, e in self.members], "aliases": self.aliases,
                "evidence": self.evidence}


def references(records: Iterable[dict[str, Any]]) -> list[SpeakerRef]:
    """The speaker entities of every record (those with a quote), in feed order."""
    refs = []
    for order, rec in enumerate(records):
        doc_id = str(rec.get("id"))
        day = article_date(rec)
        phrases: dict[str, list[str]] = defaultdict(list)
        for q in rec.get("quotes", []):
            sp = q.get("speaker") or {}
            if sp.get("entity") and sp.get("phrase"):
                phrases[sp["entity"]].append(sp["phrase"]["text"])
        for s in rec.get("speakers", []):
            surfaces = [m["text"] for m in s.get("mentions", [])]
            refs.append(SpeakerRef(doc_id, s["entity"], s.get("name") or "", s.get("type") or "unknown", order, day,
                                   surfaces, phrases.get(s["entity"], [])))
    return refs


# ---- names -----------------------------------------------------------------------------------------
def _fold(s: str) -> str:
    """Lower case without accents: "José" -> "jose"."""
    return "".join(c for c in unicodedata.normalize("NFKD", s.lower()) if not unicodedata.combining(c))


def _tokens(s: str) -> list[str]:
    return [re.sub(r"(?:['’]s|['’])$", "", t).rstrip(".") for t in _TOKEN.findall(s)]


def _strip_det(s: str) -> str:
    return re.sub(r"^(?:the|a|an)\s+", "", s.strip(), flags=re.I)


@dataclass(frozen=True)
class PersonName:
    first: str | None  # folded, nicknames folded; None for a surname alone
    middles: tuple[str, ...]  # middle initials
    last: str
    suffix: str | None
    gender: str | None  # "f" / "m" from a title ("Mrs") or a common first name (names.MALE_FIRST_NAMES), else None
    text: str  # the name as written, without its title


def person_name(text: str) -> PersonName | None:
    """"Mr. Donald J. Trump Jr." -> first donald, middles (j,), last trump, suffix jr, gender m; None when
    ``text`` is no name (a pronoun, lower-case words, a phrase around the name)."""
    toks = _tokens(text)
    gender = None
    while toks and _fold(toks[0]) in TITLES | {"president-elect", "vice", "secretary", "sec", "speaker", "rep"}:
        t = _fold(toks.pop(0))
        gender = gender or ("f" if t in FEMALE_TITLES else "m" if t in MALE_TITLES else None)
    suffix = None
    if toks and _fold(toks[-1]) in SUFFIXES:
        suffix = _fold(toks.pop())
    if not toks or len(toks) > 4 or any(not t[:1].isupper() for t in toks):
        return None
    if len(toks) == 1 and _fold(toks[0]) in PRONOUNS:
        return None
    last = _fold(toks[-1])
    first = None
    if len(toks) > 1:
        first = _fold(toks[0])
        first = NICKNAMES.get(first, first)
    middles = tuple(_fold(t)[0] for t in toks[1:-1])
    if gender is None and first:
        gender = first_name_gender(first)
    written = toks + ([suffix.capitalize() + "."] if suffix in {"jr", "sr"} else [suffix.upper()] if suffix else [])
    return PersonName(first, middles, last, suffix, gender, " ".join(written))


def _best_person_name(ref: SpeakerRef) -> PersonName | None:
    """The fullest name a person reference is written with: its entity name, or a mention with more of it."""
    best = person_name(ref.name)
    for s in ref.surfaces:
        p = person_name(s)
        if p is None or best is None or p.last != best.last or (p.suffix and best.suffix and p.suffix != best.suffix):
            if best is None and p is not None and p.first:
                best = p
            continue
        if (p.first and not best.first) or len(p.middles) > len(best.middles) and p.first == best.first:
            best = replace(p, suffix=p.suffix or best.suffix, gender=best.gender or p.gender)
        elif best.gender is None and p.gender:
            best = replace(best, gender=p.gender)
    return best


def _is_acronym(s: str) -> bool:
    s = _strip_det(s)
    return bool(_ACRONYM.match(s)) and sum(c.isalpha() for c in s) >= 2


def _proper_org_names(ref_or_texts) -> list[str]:
    """The names among an organisation's surfaces: not pronouns, not descriptions ("the union")."""
    texts = ref_or_texts if isinstance(ref_or_texts, list) else [ref_or_texts.name] + ref_or_texts.surfaces
    out = []
    for t in texts:
        core = _strip_det(t).strip(" ,.;:")
        ws = _tokens(core)
        if not ws or _fold(core) in PRONOUNS:
            continue
        if not any(w[:1].isupper() for w in ws):
            continue  # "the union"
        one = _fold(ws[0])
        if len(ws) == 1 and one in ORG_NOUNS and one not in SPECIFIC_INSTITUTIONS and not _is_acronym(core):
            continue  # "The Union" at a sentence's start
        out.append(core)
    return out


def _org_keys(names: list[str]) -> set[tuple[str, str]]:
    """("acr", "PCS") for an acronym; ("name", key) and ("init", initials) for a name."""
    keys = set()
    for n in names:
        if _is_acronym(n):
            keys.add(("acr", re.sub(r"[^A-Z&]", "", _strip_det(n))))
            continue
        k = org_key(n)
        if k:
            keys.add(("name", k))
        words = [w for w in re.findall(r"[A-Za-z0-9]+", n) if w[0].isupper() and w.lower() not in NAME_STOP]
        for trimmed in (words, [w for w in words if w.lower() not in GENERIC_ORG_WORDS]):
            if len(trimmed) >= 2:
                keys.add(("init", "".join(w[0] for w in trimmed)))
        ini = initials(n)
        if len(ini) >= 2:
            keys.add(("init", ini))
    return keys


def _context_words(ref: SpeakerRef, own: set[str]) -> set[str]:
    """Affiliation words around a reference: capitalised words and acronyms of its phrases that are not
    its own name or a title ("PCS general secretary Mark Serwotka" -> {"pcs"})."""
    out = set()
    for t in ref.context + ref.surfaces:
        for i, w in enumerate(_tokens(t)):
            f = _fold(w)
            if not w[:1].isupper() or f in own or f in TITLES or f in NAME_STOP or f in PRONOUNS or len(f) < 2:
                continue
            if i == 0 and not _is_acronym(w) and f in ORG_NOUNS | ROLE_NOUNS:
                continue
            out.add(f)
    return out


def _slug(s: str) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", _fold(s)).strip("-")
    return s[:60] or "unnamed"


# ---- the passes -------------------------------------------------------------------------------------
class _Links:
    """A union-find over references, with the reasons of each join."""

    def __init__(self, refs: list[SpeakerRef]):
        self.refs = refs
        self.parent = list(range(len(refs)))
        self.reasons: dict[int, list[str]] = defaultdict(list)

    def find(self, i: int) -> int:
        while self.parent[i] != i:
            self.parent[i] = self.parent[self.parent[i]]
            i = self.parent[i]
        return i

    def join(self, i: int, j: int, reason: str) -> None:
        a, b = self.find(i), self.find(j)
        if a == b:
            return
        a, b = min(a, b), max(a, b)
        self.parent[b] = a
        self.reasons[a].extend(self.reasons.pop(b, []))
        self.reasons[a].append(reason)

    def join_all(self, idx: list[int], reason: str) -> None:
        for j in idx[1:]:
            self.join(idx[0], j, reason)


def link_organisations(links: _Links, idx: list[int]) -> dict[tuple[str, str], list[int]]:
    """Organisations with a shared name or acronym, or an acronym that stands for the other's name.
    Returns the key index (for the role and description passes)."""
    index: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i in idx:
        for k in _org_keys(_proper_org_names(links.refs[i])):
            index[k].append(i)
    for (kind, key), members in sorted(index.items()):
        if kind in {"name", "acr"} and len(members) > 1:
            links.join_all(members, f"same {'name' if kind == 'name' else 'acronym'}: {key}")
        if kind == "acr" and index.get(("init", key)):
            links.join_all(members + index[("init", key)], f"acronym {key} stands for the name")
    return index


def link_full_names(links: _Links, idx: list[int], names: dict[int, PersonName]) -> None:
    """People with the same first name, last name and suffix; middle initials keep them apart."""
    groups: dict[tuple, list[int]] = defaultdict(list)
    for i in idx:
        p = names.get(i)
        if p and p.first:
            groups[(p.first, p.last, p.suffix)].append(i)
    for (first, last, suffix), members in groups.items():
        by_middle: dict[tuple, list[int]] = defaultdict(list)
        for i in members:
            by_middle[names[i].middles].append(i)
        plain = by_middle.pop((), [])
        for middle, ms in by_middle.items():
            links.join_all(ms, "same full name")
        if len(by_middle) == 1:
            ms = next(iter(by_middle.values()))
            links.join_all(ms + plain, "same full name (one with a middle initial)")
        elif not by_middle:
            links.join_all(plain, "same full name")
        # several middle-initial groups (George W. Bush, George H. W. Bush): "George Bush" could be either,
        # and two of them could be different people, so each stays alone


def _role_parts(name: str) -> tuple[str | None, str]:
    """"Department for Work and Pensions spokesman" -> ("Department for Work and Pensions", "spokesperson");
    "spokesman" -> (None, "spokesperson")."""
    toks = name.split()
    if not toks:
        return None, ""
    noun = _fold(toks[-1])
    org = " ".join(toks[:-1])
    m = re.match(r"^(.*?)\s+(?:for|of|at|with)\s+(?:the\s+)?(.+)$", name)
    if m and _fold(m.group(1).split()[-1]) in ROLE_NOUNS:
        noun, org = _fold(m.group(1).split()[-1]), m.group(2)
    org = _strip_det(org)
    if not org or not any(w[:1].isupper() for w in org.split()):
        org = None
    return org, ROLE_GROUPS.get(noun, noun)


def link_roles(links: _Links, idx: list[int], org_index: dict[tuple[str, str], list[int]]) -> None:
    """One identity per role noun and organisation; a role whose organisation is a known organisation
    identity joins by that identity, else by the organisation's name or acronym."""
    keyed: dict[tuple, list[int]] = defaultdict(list)
    for i in idx:
        org, noun = _role_parts(links.refs[i].name)
        if org is None:
            continue
        keys = _org_keys([org])
        orgs = {links.find(j) for k in keys if k[0] != "init" or ("acr", k[1]) in org_index
                for j in org_index.get(k if k[0] != "init" else ("acr", k[1]), [])}
        if len(orgs) == 1:
            keyed[(noun, "org", orgs.pop())].append(i)
        for kind, key in keys:
            keyed[(noun, kind, key)].append(i)
    for (noun, kind, key), members in sorted(keyed.items(), key=lambda kv: str(kv[0])):
        if kind in {"org", "name", "acr"} and len(members) > 1:
            links.join_all(members, f"same role ({noun}) of the same organisation")
        if kind == "acr" and keyed.get((noun, "init", key)):
            links.join_all(members + keyed[(noun, "init", key)], f"same role ({noun}) of {key}")


def link_groups(links: _Links, idx: list[int]) -> None:
    """Groups with the same proper name ("House Democrats")."""
    keyed: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        # _proper_org_names keeps only names with a capitalised word
        for key in {org_key(n) for n in _proper_org_names(links.refs[i])} - {""}:
            keyed[key].append(i)
    for key, members in keyed.items():
        links.join_all(members, f"same group name: {key}")


def link_surnames(links: _Links, idx: list[int], names: dict[int, PersonName], by_doc: dict[str, list[int]]) -> None:
    """A surname alone joins a full-name person of that surname only with evidence: a shared affiliation
    word, or an identity the two articles share; the gendered titles must agree."""
    full_by_last: dict[str, set[int]] = defaultdict(set)
    for i in idx:
        p = names.get(i)
        if p and p.first and not p.suffix:
            full_by_last[p.last].add(links.find(i))
    members_of: dict[int, list[int]] = defaultdict(list)
    for i in idx:
        members_of[links.find(i)].append(i)

    def gender(root: int) -> set[str]:
        return {names[k].gender for k in members_of[root] if names.get(k) and names[k].gender}

    contexts: dict[int, set[str]] = {}
    # the identities each article quotes, as the passes before this one left them
    doc_roots = {d: {links.find(k) for k in ks} for d, ks in by_doc.items()}
    theirs: dict[int, set[int]] = {}

    def their_roots(root: int) -> set[int]:
        """The identities quoted in any article of a full-name group."""
        if root not in theirs:
            theirs[root] = set().union(*(doc_roots[links.refs[k].doc] for k in members_of[root]))
        return theirs[root]

    def context(root: int) -> set[str]:
        """The affiliation words of a full-name group (members_of is fixed for the pass: computed once)."""
        if root not in contexts:
            out: set[str] = set()
            for k in members_of[root]:
                p = names.get(k)
                out |= _context_words(links.refs[k], {p.last, p.first or ""} if p else set())
            contexts[root] = out
        return contexts[root]

    alone = [i for i in idx if names.get(i) and not names[i].first and links.find(i) == i and len(members_of[i]) == 1]
    for i in alone:
        p = names[i]
        candidates = [r for r in full_by_last.get(p.last, ())
                      if not (p.gender and gender(r) and p.gender not in gender(r))]
        mine = _context_words(links.refs[i], {p.last})
        scored = []
        for r in candidates:
            words = mine & context(r)
            shared = (doc_roots[links.refs[i].doc] - {i}) & their_roots(r) - {r}
            scored.append((len(words) + len(shared), r, words, shared))
        scored.sort(key=lambda t: -t[0])
        if scored and scored[0][0] > 0 and (len(scored) == 1 or scored[0][0] > scored[1][0]):
            _, r, words, shared = scored[0]
            why = f"affiliation {sorted(words)[0]}" if words else "an identity both articles quote"
            links.join(i, r, f"surname with evidence ({why})")
            continue
        # a surname alone in an article that never gives the full name is how news writes a well-known
        # person: the feed's prominent bearer of the name, when one stands far above the others
        spread = sorted(((len({links.refs[k].doc for k in members_of[r]}), r) for r in candidates), reverse=True)
        if spread and spread[0][0] >= PROMINENT_ARTICLES and (
                len(spread) == 1 or spread[0][0] >= PROMINENT_RATIO * spread[1][0]):
            links.join(i, spread[0][1], f"surname of the feed's prominent namesake ({spread[0][0]} articles)")


def link_descriptions(links: _Links, idx: list[int]) -> None:
    """An organisation known only by a description ("the union") joins the one named organisation of its
    article whose name holds the noun."""
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i in idx:
        by_doc[links.refs[i].doc].append(i)
    for i in idx:
        ref = links.refs[i]
        if _proper_org_names(ref):
            continue
        heads = {_fold(_tokens(s)[-1]) for s in [ref.name] + ref.surfaces if _tokens(s)}
        named = [j for j in by_doc[ref.doc] if j != i and _proper_org_names(links.refs[j])
                 and heads & {_fold(w) for n in _proper_org_names(links.refs[j]) for w in _tokens(n)}]
        if len({links.find(j) for j in named}) == 1:
            links.join(i, named[0], "a description of the article's one organisation of that name")


# ---- the feed ---------------------------------------------------------------------------------------
class Feed:
    """Feed-level speaker identities over output records. ``identity_of(doc, entity)`` is the identity id of
    one article's speaker; :meth:`annotate` writes it into the records."""

    def __init__(self, refs: list[SpeakerRef], identities: list[Identity]):
        self.refs = refs
        self.identities = identities
        self._of = {(d, e): ident.id for ident in identities for d, e in ident.members}
        self._by_id = {ident.id: ident for ident in identities}

    def identity_of(self, doc: str, entity: str | None) -> str | None:
        return self._of.get((str(doc), entity)) if entity else None

    def identity(self, identity_id: str) -> Identity:
        return self._by_id[identity_id]

    def annotate(self, records: Iterable[dict[str, Any]]) -> Iterable[dict[str, Any]]:
        """Each record with ``identity`` on its speakers and on its quotes' speakers."""
        for rec in records:
            doc = str(rec.get("id"))
            for s in rec.get("speakers", []):
                s["identity"] = self.identity_of(doc, s.get("entity"))
            for q in rec.get("quotes", []):
                q["speaker"]["identity"] = self.identity_of(doc, q["speaker"].get("entity"))
            yield rec


def link_feed(records: Iterable[dict[str, Any]]) -> Feed:
    """Feed-level identities for the speakers of ``records`` (sayso output records, in feed order)."""
    refs = references(records)
    links = _Links(refs)
    by_type: dict[str, list[int]] = defaultdict(list)
    by_doc: dict[str, list[int]] = defaultdict(list)
    for i, r in enumerate(refs):
        by_type[r.type].append(i)
        by_doc[r.doc].append(i)
    names = {i: p for i in by_type["person"] if (p := _best_person_name(refs[i])) is not None}
    people = by_type["person"] + retype_people(refs, by_type, names)
    orgs = [i for i in by_type["organization"] if i not in names]
    to_orgs = retype_organisations(refs, people, orgs, names)
    people = [i for i in people if i not in to_orgs]
    orgs += to_orgs
    org_index = link_organisations(links, orgs)
    link_descriptions(links, orgs)
    link_full_names(links, people, names)
    link_roles(links, by_type["role"], org_index)
    link_groups(links, by_type["group"])
    link_surnames(links, people, names, by_doc)
    return Feed(refs, _identities(links, names))


def retype_people(refs: list[SpeakerRef], by_type: dict[str, list[int]], names: dict[int, PersonName]) -> list[int]:
    """Speakers the article typed as an organisation or left untyped that are people by their name: an
    untyped full name ("Donald Trump" as ``unknown``), or a lone word that is the surname of a named person
    of the feed ("Trump", which the parser often takes for an organisation) with no organisation word
    beside it. Adds them to ``names``; returns their indexes."""
    surnames = {p.last for p in names.values() if p.first}
    out = []
    for i in by_type["unknown"] + by_type["organization"]:
        ref = refs[i]
        p = person_name(ref.name)
        if p is None or (p.first is None and p.last not in surnames):
            continue
        if ref.type == "organization":
            if p.first is not None or any(_is_acronym(n) for n in [ref.name] + ref.surfaces):
                continue  # "Goldman Sachs" is two capitalised words too: an organisation's full name stays one
            words = {_fold(w) for s in ref.surfaces for w in _tokens(s)}
            if words & (ORG_NOUNS | {"foundation", "organization", "university", "corp", "inc", "company"}):
                continue
        names[i] = p
        out.append(i)
    return out


def retype_organisations(refs: list[SpeakerRef], people: list[int], orgs: list[int],
                         names: dict[int, PersonName]) -> list[int]:
    """People by their type that are organisations of the feed by their name: a lone word ("Unison", which
    the parser took for a person) that is the whole name of an organisation elsewhere in the feed and the
    surname of no named person there, with no title and no he/she among its mentions. Removes them from
    ``names``; returns their indexes."""
    org_names = {org_key(n) for i in orgs for n in _proper_org_names(refs[i])}
    surnames = {p.last for p in names.values() if p.first}
    out = []
    for i in people:
        p = names.get(i)
        if p is None or p.first is not None or p.gender or p.last not in org_names or p.last in surnames:
            continue
        if any(_fold(s) in {"he", "she", "him", "her", "his"} for s in refs[i].surfaces):
            continue
        if any(person_name(s) and person_name(s).first for s in refs[i].surfaces):
            continue
        del names[i]
        out.append(i)
    return out


def _canonical(refs: list[SpeakerRef], typ: str, names: dict[int, PersonName], idx: list[int]) -> str:
    if typ == "person":
        full = Counter(names[i].text for i in idx if i in names and names[i].first)
        if full:
            return max(full, key=lambda n: (full[n], len(n)))
    if typ == "organization":
        proper = Counter(n for i in idx for n in _proper_org_names(refs[i]) if not _is_acronym(n))
        if proper:
            return max(proper, key=lambda n: (proper[n], len(n)))
    counts = Counter(refs[i].name for i in idx if refs[i].name)
    return max(counts, key=lambda n: (counts[n], len(n))) if counts else ""


def _identities(links: _Links, names: dict[int, PersonName]) -> list[Identity]:
    refs = links.refs
    groups: dict[int, list[int]] = defaultdict(list)
    for i in range(len(refs)):
        groups[links.find(i)].append(i)
    out, taken = [], Counter()
    for root in sorted(groups, key=lambda r: min(groups[r])):
        idx = groups[root]
        # a speaker the article typed otherwise (retype_people, retype_organisations): its type by its name
        types = Counter("person" if i in names else "organization" if refs[i].type == "person" else refs[i].type
                        for i in idx)
        typ = max(types, key=lambda t: (types[t], t == refs[idx[0]].type))
        name = _canonical(refs, typ, names, idx)
        base = f"{typ}:{_slug(name)}"
        taken[base] += 1
        ident_id = base if taken[base] == 1 else f"{base}-{taken[base]}"
        aliases = Counter(s for i in idx for s in [refs[i].name] + refs[i].surfaces
                          if s and _fold(s) not in PRONOUNS and s != name)
        out.append(Identity(ident_id, name, typ, [(refs[i].doc, refs[i].entity) for i in idx],
                            [a for a, _ in aliases.most_common(12)], sorted(set(links.reasons.get(root, [])))))
    return out


# ---- the summary ------------------------------------------------------------------------------------
BUCKETS = ("auto", "day", "week", "month", "article")


def _bucket(day: str | None, order: int, by: str) -> str:
    if by == "article" or day is None:
        return "undated" if by != "article" else f"#{order + 1}"
    d = date.fromisoformat(day)
    if by == "week":
        y, w, _ = d.isocalendar()
        return f"{y}-W{w:02d}"
    return day[:7] if by == "month" else day


def summarize(records: list[dict[str, Any]], *, by: str = "auto", feed: Feed | None = None,
              quote_chars: int = 400) -> dict[str, Any]:
    """Per identity and target: stance counts over time, the quotes behind each count, and the articles
    where the identity's side flipped.

    ``by``: ``day``, ``week`` (ISO), ``month`` (by article date), ``article`` (input order), or ``auto``:
    ``day`` where any article has a date, else ``article``. Counts are quotes (confident quotes carry
    stances); an article's side is the speaker's stance in that article (the stance stage's aggregate,
    ``speakers[].stances``); a flip is an article whose side (favor/against) differs from the same
    identity's side in its previous article with one on that target, counting only sides held with a
    confidence of at least ``FLIP_MIN_CONFIDENCE``. ``quote_chars``: each quote's text is
    cut to this many characters (0: whole).
    """
    if by not in BUCKETS:
        raise ValueError(f"by must be one of {', '.join(BUCKETS)}, not {by!r}")
    feed = feed or link_feed(records)
    dates = [article_date(r) for r in records]
    if by == "auto":
        by = "day" if any(dates) else "article"
    idents = {i.id: i for i in feed.identities}
    # (identity, target) -> bucket -> label -> [quote refs]; (identity, target) -> [(sort key, doc, side, quotes)]
    cells: dict[tuple[str, str], dict[str, dict[str, list]]] = defaultdict(lambda: defaultdict(lambda: defaultdict(list)))
    sides: dict[tuple[str, str], dict[str, dict[str, Any]]] = defaultdict(dict)
    for order, (rec, day) in enumerate(zip(records, dates)):
        doc = str(rec.get("id"))
        bucket = _bucket(day, order, by)
        for q in rec.get("quotes", []):
            ident = feed.identity_of(doc, q["speaker"].get("entity"))
            if ident is None:
                continue
            text = q["text"] if not quote_chars or len(q["text"]) <= quote_chars else q["text"][: quote_chars - 1] + "…"
            for st in q.get("stances", []):
                ref = {"doc": doc, "quote": q["id"], "date": day, "label": st["label"], "score": st["score"], "text": text}
                cells[(ident, st["target"])][bucket][st["label"]].append(ref)
        for s in rec.get("speakers", []):
            ident = feed.identity_of(doc, s["entity"])
            for agg in s.get("stances", []) if ident else []:
                cell = sides[(ident, agg["target"])].setdefault(doc, {"doc": doc, "date": day, "order": order,
                                                                        "favor": 0, "against": 0, "labels": [],
                                                                        "confidence": 0.0})
                cell["favor"] += agg.get("favor", 0)
                cell["against"] += agg.get("against", 0)
                cell["labels"].append(agg.get("label"))
                cell["confidence"] = max(cell["confidence"], agg.get("confidence") or 0.0)
    targets: dict[str, list[dict[str, Any]]] = defaultdict(list)
    for (ident_id, target), by_bucket in cells.items():
        ident = idents[ident_id]
        timeline, totals = [], Counter()
        for bucket in sorted(by_bucket, key=lambda b: (b == "undated", int(b[1:]) if b.startswith("#") else 0, b)):
            labels = by_bucket[bucket]
            counts = {lab: len(labels.get(lab, [])) for lab in ("favor", "against", "neutral")}
            totals.update(counts)
            timeline.append({"bucket": bucket, **counts, "quotes": [r for lab in ("favor", "against", "neutral")
                                                                     for r in labels.get(lab, [])]})
        targets[target].append({"identity": ident_id, "name": ident.name, "type": ident.type,
                                "articles": len(sides.get((ident_id, target), {}))
                                or len({r["doc"] for t in timeline for r in t["quotes"]}),
                                "favor": totals["favor"], "against": totals["against"], "neutral": totals["neutral"],
                                "timeline": timeline, "flips": _flips(sides.get((ident_id, target), {}))})
    for rows in targets.values():
        rows.sort(key=lambda r: (-(r["favor"] + r["against"] + r["neutral"]), r["identity"]))
    quoted = Counter(feed.identity_of(str(r.get("id")), q["speaker"].get("entity"))
                     for r in records for q in r.get("quotes", []))
    identities = [{**i.to_dict(), "quotes": quoted.get(i.id, 0)} for i in feed.identities]
    identities.sort(key=lambda d: (-d["articles"], -d["quotes"], d["id"]))
    return {"by": by, "articles": len(records), "identities": identities,
            "targets": dict(sorted(targets.items()))}


# an article's side counts towards a flip only when the speaker's position there is this sure (the stance
# stage's aggregate confidence: the probability mass of the side over all the speaker's quotes)
FLIP_MIN_CONFIDENCE = 0.6


def _side(cell: dict[str, Any]) -> str | None:
    if cell["confidence"] < FLIP_MIN_CONFIDENCE:
        return None
    labels = [lab for lab in cell["labels"] if lab]
    if len(labels) == 1:
        return labels[0] if labels[0] in STANCE_SIDES else None
    if cell["favor"] != cell["against"]:
        return "favor" if cell["favor"] > cell["against"] else "against"
    return None


def _flips(per_doc: dict[str, dict[str, Any]]) -> list[dict[str, Any]]:
    flips, last = [], None
    for cell in sorted(per_doc.values(), key=lambda c: (c["date"] is None, c["date"] or "", c["order"])):
        side = _side(cell)
        if side is None:
            continue
        if last is not None and side != last["side"]:
            flips.append({"doc": cell["doc"], "date": cell["date"], "from": last["side"], "to": side,
                          "previous_doc": last["doc"]})
        last = {"side": side, "doc": cell["doc"]}
    return flips


def format_summary(summary: dict[str, Any], *, top: int = 20) -> str:
    """The summary as a readable text: per target, the most quoted identities, their counts over time and
    their flips."""
    lines = [f"{summary['articles']} article(s), {len(summary['identities'])} speaker identities; "
             f"over time by {summary['by']}", "", "== speakers in the most articles"]
    lines.append(f"{'identity':48.48}  {'type':12.12}  {'arts':>4}  {'quotes':>6}")
    for ident in summary["identities"][:top]:
        lines.append(f"{ident['id']:48.48}  {ident['type']:12.12}  {ident['articles']:>4}  {ident['quotes']:>6}")
    for target, rows in summary["targets"].items():
        lines.append(f"\n== {target}")
        lines.append(f"{'identity':48.48}  {'name':30.30}  {'arts':>4}  {'favor':>5}  {'against':>7}  {'neutral':>7}")
        for r in rows[:top]:
            lines.append(f"{r['identity']:48.48}  {r['name']:30.30}  {r['articles']:>4}  {r['favor']:>5}  "
                         f"{r['against']:>7}  {r['neutral']:>7}")
            steps = [f"{t['bucket']} {t['favor']}/{t['against']}/{t['neutral']}" for t in r["timeline"]]
            lines.append("    over time (favor/against/neutral): " + "; ".join(steps[:12]) +
                         (f"; … {len(steps) - 12} more" if len(steps) > 12 else ""))
            for f in r["flips"]:
                lines.append(f"    flipped {f['from']} -> {f['to']} in {f['doc']}"
                             f"{' (' + f['date'] + ')' if f['date'] else ''}, after {f['previous_doc']}")
        if len(rows) > top:
            lines.append(f"… {len(rows) - top} more identities (--top)")
    return "\n".join(lines)
