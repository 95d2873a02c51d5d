"""Names and the words around them: the word lists and the name normalisation shared by the speaker
stages (:mod:`pipeline.stages.mentions`, :mod:`pipeline.stages.speakers`) and the feed-level speaker
identities (:mod:`pipeline.feed`). Pure functions over strings; nothing here loads a model.
"""
from __future__ import annotations

import re

TITLES = {
    "mr", "mrs", "ms", "miss", "dr", "sir", "dame", "lord", "lady", "prof", "professor", "sen",
    "senator", "rep", "gov", "governor", "president", "judge", "justice", "mayor", "cllr",
    "councillor", "rev", "gen", "col", "capt", "insp", "det", "supt", "sgt",
}
FEMALE_TITLES = {"mrs", "ms", "miss", "dame", "lady"}
MALE_TITLES = {"mr", "sir", "lord"}
ROLE_NOUNS = {
    "spokesman", "spokeswoman", "spokesperson", "representative", "official", "officials", "source",
    "sources", "aide", "aides", "adviser", "advisor", "insider", "analyst", "expert", "worker",
    "resident", "residents", "member", "members", "officer", "witness", "critic", "critics",
    "campaigner", "campaigners", "supporter", "supporters", "opponent", "opponents", "leader",
    "boss", "chief", "executive", "director", "manager", "secretary", "minister", "chairman",
    "chairwoman", "chair", "president", "teacher", "doctor", "nurse", "parent", "parents",
    "protester", "protesters", "striker", "strikers", "staff", "employee", "employees", "lawyer",
    "attorney", "prosecutor", "prosecutors", "investigator", "investigators", "economist", "scientist",
    "researcher", "researchers", "organiser", "organizer", "organisers", "organizers", "owner",
}
ORG_NOUNS = {
    "union", "council", "company", "firm", "department", "government", "ministry", "office",
    "agency", "authority", "board", "committee", "party", "group", "association", "federation",
    "trust", "charity", "commission", "court", "police", "force", "bank", "club", "university",
    "school", "hospital", "airline", "operator", "regulator", "newspaper", "daily", "campaign",
    "administration", "organisation", "organization", "service", "confederation", "institute",
    "league", "team", "network", "coalition", "watchdog", "body", "executive", "parliament",
    "senate", "house", "congress", "cabinet", "treasury", "spokesmen", "management",
}
PRONOUNS = {"he", "she", "it", "they", "we", "i", "you", "him", "her", "them", "us"}

NAME_STOP = {"the", "of", "for", "and", "&", "a", "an", "s", "’s", "'s"}
GENERIC_ORG_WORDS = {"union", "ltd", "plc", "inc", "group", "party", "council", "association"}
ROLE_GROUPS = {"spokeswoman": "spokesperson", "spokesman": "spokesperson", "spokesperson": "spokesperson",
               "representative": "spokesperson"}


def words(s: str) -> list[str]:
    return re.findall(r"[A-Za-z0-9]+", s)


def org_key(name: str) -> str:
    """Normalised organisation key: "the Department of Work and Pensions" -> "department work pensions"."""
    ws = [w.lower() for w in words(name) if w.lower() not in NAME_STOP]
    return " ".join(ws)


def initials(name: str) -> str:
    return "".join(w[0] for w in words(name) if w[0].isupper() and w.lower() not in NAME_STOP)


def acronym_matches(acr: str, name: str) -> bool:
    """"PCS" ~ "Public and Commercial Services Union"; "DWP" ~ "Department for Work and Pensions"."""
    if not (acr.isupper() and 2 <= len(acr) <= 6):
        return False
    ini = initials(name)
    if ini == acr:
        return True
    caps = [w for w in words(name) if w[0].isupper() and w.lower() not in NAME_STOP]
    while caps and caps[-1].lower() in GENERIC_ORG_WORDS:
        caps = caps[:-1]
        if "".join(w[0] for w in caps) == acr:
            return True
    return False
