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


# common English first names whose bearer's gender news usually states with a title ("Mrs Clinton"): a
# gendered title joins a surname to a full name only when the first name does not say otherwise
MALE_FIRST_NAMES = set("""
aaron adam alan albert alex alexander andrew anthony arthur barack ben benjamin bernie bill billy bob bobby brian
bruce carl charles charlie chris christopher chuck colin craig dan daniel david dennis dick donald doug douglas
ed edward eric frank fred gary george gerald gordon graham greg harry henry ian jack jacob james jason jeb jeff
jeffrey jeremy jerry jim jimmy joe john jonathan joseph josh keith ken kenneth kevin larry lawrence mark martin
matt matthew michael mike mitch mitt neil nick nicholas nigel patrick paul peter phil philip ralph richard rick
rob robert roger ron ronald rudy russell sam samuel scott sean simon stephen steve steven stuart ted terry thomas
tim timothy tom tony vladimir walter wayne william
""".split())
FEMALE_FIRST_NAMES = set("""
alice amanda amy andrea angela ann anna anne barbara betsy betty carly caroline carol catherine chelsea christine
claire deborah diana diane donna elizabeth ellen emily emma hannah heather helen hillary huma ivanka jane janet
jennifer jessica jill joan judith julia julie karen kate katherine kathleen kathryn kellyanne laura linda lisa
liz louise lucy margaret maria marie mary megyn melania michelle nancy natalie nicola nikki olivia pamela patricia
priti rachel rebecca ruth sally samantha sandra sarah sharon sheila sophie stephanie susan suzanne teresa theresa
tulsi victoria wendy
""".split())

# first names and the forms news writes them in; folded to one form before names are compared
NICKNAMES = {
    "bill": "william", "will": "william", "billy": "william", "bob": "robert", "rob": "robert", "bobby": "robert",
    "mike": "michael", "jim": "james", "jimmy": "james", "joe": "joseph", "tom": "thomas", "tommy": "thomas",
    "dick": "richard", "rick": "richard", "ted": "edward", "ed": "edward", "chris": "christopher",
    "dave": "david", "tony": "anthony", "nick": "nicholas", "steve": "stephen", "steven": "stephen",
    "dan": "daniel", "danny": "daniel", "matt": "matthew", "pat": "patrick", "ben": "benjamin",
    "sam": "samuel", "alex": "alexander", "andy": "andrew", "liz": "elizabeth", "beth": "elizabeth",
    "kate": "katherine", "katie": "katherine", "jenny": "jennifer", "jen": "jennifer", "chuck": "charles",
    "charlie": "charles", "fred": "frederick", "jeff": "jeffrey", "greg": "gregory", "jon": "jonathan",
    "larry": "lawrence", "mitch": "mitchell", "newt": "newton", "hank": "henry", "harry": "henry",
}


def first_name_gender(first: str) -> str | None:
    """"m" or "f" for a common first name ("Bill", "hillary"), else None."""
    f = first.lower().rstrip(".")
    f = NICKNAMES.get(f, f)
    return "m" if f in MALE_FIRST_NAMES else "f" if f in FEMALE_FIRST_NAMES else None


def first_names_differ(a: str, b: str) -> bool:
    """Two first names of one surname that cannot be one person: "Bill" / "Hillary" differ; "Bill" /
    "William", "H." / "Hillary" do not."""
    a, b = a.lower().rstrip("."), b.lower().rstrip(".")
    a, b = NICKNAMES.get(a, a), NICKNAMES.get(b, b)
    if len(a) == 1 or len(b) == 1:
        return a[0] != b[0]
    return a != b
