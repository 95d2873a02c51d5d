"""Reliability harness for issue 13: every case runs as a real command against a source tree.

    python eval/reliability.py --tree /work/before --out eval/results/reliability_before
    python eval/reliability.py --tree /work/main --out eval/results/reliability_after --only 1.1 3 7.7

Each CLI case runs ``python -m pipeline.cli ...`` with ``PYTHONPATH=<tree>`` and the
current directory set to a fresh temporary folder (the package finds its models beside
its own file), under a timeout. Library cases (8.x, 9.1) run one small Python script
the same way. Per case it records the commands, exit status, wall seconds, whether
stderr holds a Python traceback, and a verdict from checks on the files; overall it
counts crashes (a traceback, or an exit status outside 0/1/2/130), lost records (an
input article neither in the output nor in the errors file), duplicated records (an id
written twice), hangs (timeouts) and corrupt output lines (not JSON).

The target contract (after the fix): exit 0 = every article went through; 1 = some
failed (each in ``OUTPUT.stem + ".errors.jsonl"`` beside OUTPUT and on stderr); 2 =
usage or environment error (one clear line, no traceback, output untouched); 130 =
interrupted (errors file written, output resumable).

Several cases share one run where one input can carry all of them (the "content" run
holds one article per case 1.4, 4.3, 5.4, 6.1, 6.3-6.10; the "perf" run times 5.1 and
5.3): a model load costs 10-30 s. A shared run executes once and is reported under
every case that uses it (its command is marked "shared"). Inputs are generated here
(the base article is made up); 5.4 reads one real article from the seeds folder.
A case whose own code fails is reported as "harness error"; the others still run.
"""
from __future__ import annotations

import argparse
import json
import os
import random
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path

DOC_RCS = {0, 1, 2, 130}
TB = "Traceback (most recent call last)"
SEEDS = Path("/work/shared/seeds")

# --------------------------------------------------------------------------- texts
# A made-up article: direct, indirect and mixed quotes over three paragraphs.
BASE_TEXT = (
    "Bus drivers across the Riverside network will walk out for 48 hours from Monday after talks "
    "over pay collapsed late on Thursday, the transport union Unite said.\n\n"
    "\"Our members have had a real-terms pay cut three years in a row and they have simply had enough,\" "
    "said Karen Holloway, the union's regional organiser. She added that drivers were \"ready to stay out "
    "for as long as it takes\".\n\n"
    "A spokesman for Riverside Buses said the company had made a fair offer of 6 per cent and urged the "
    "union to put it to a vote. Transport councillor Peter Nash said the strike would hit shift workers "
    "hardest, and warned: \"Thousands of people who rely on these buses to get to work will be left "
    "stranded.\"\n"
)

FIRST = ["Karen", "Peter", "Aisha", "Tomasz", "Grace", "Daniel", "Priya", "Owen", "Fatima", "Liam",
         "Sophie", "Marcus", "Elena", "Rhys", "Hannah", "Kwame", "Megan", "Sanjay", "Niamh", "Victor"]
LAST = ["Holloway", "Nash", "Rahman", "Kowalski", "Okafor", "Reid", "Sharma", "Pritchard", "Malik",
        "Byrne", "Clarke", "Ellison", "Varga", "Morgan", "Doyle", "Mensah", "Hughes", "Patel", "Quinn", "Adler"]
ROLES = ["driver", "branch secretary", "shop steward", "mechanic", "ticket inspector", "depot manager"]
ORGS = ["Riverside Buses", "Northgate Rail", "the Harbour Ferry Company", "Westfield Council",
        "the regional health trust", "Castlebridge Logistics"]
CITIES = ["Riverside", "Northgate", "Castlebridge", "Eastmere", "Southport", "Kingsford", "Millbrook"]
DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"]
MONTHS = ["January", "March", "April", "June", "September", "November"]
DEPTS = ["Department for Transport", "Treasury", "Department for Work and Pensions", "Home Office"]
BANKS = ["Hartley Capital", "the Northern Economic Institute", "Bexford Research"]
TEMPLATES = [
    "\"We have been left with no choice,\" said {name}, a {role} at {org}. \"Every offer so far has been a cut in real terms.\"",
    "{org} said in a statement that it remained \"open to talks\" but that the union's demands were \"unaffordable\".",
    "Around {num} workers joined the picket line outside the depot in {city} on {day}, according to organisers.",
    "{name}, who has worked for {org} for {small} years, told reporters that morale was \"at rock bottom\".",
    "The dispute began in {month} when managers announced changes to shift patterns in {city} without consulting staff.",
    "A spokeswoman for the {dept} said ministers were monitoring the situation closely and urged both sides to return to the table.",
    "\"This is about safety as much as pay,\" {name} said. \"Nobody wants to strike, but nobody wants to work twelve-hour shifts either.\"",
    "Business owners in {city} said the walkout had already cut footfall, with one cafe owner describing trade as \"dead\".",
    "Analysts at {bank} estimated that the action could cost the regional economy {small} million pounds a week.",
    "The union said a further ballot would open on {day} if no improved offer was made, and warned of \"escalating action\" over the summer.",
    "Passengers waiting at the {city} interchange said they understood the frustration. \"I would do the same,\" said commuter {name}.",
    "Management at {org} insisted that contingency plans were in place and that essential services would keep running.",
]


def news_paragraphs(rng: random.Random, n: int) -> list[str]:
    out = []
    for _ in range(n):
        t = rng.choice(TEMPLATES)
        out.append(t.format(name=f"{rng.choice(FIRST)} {rng.choice(LAST)}", role=rng.choice(ROLES),
                            org=rng.choice(ORGS), city=rng.choice(CITIES), day=rng.choice(DAYS),
                            month=rng.choice(MONTHS), dept=rng.choice(DEPTS), bank=rng.choice(BANKS),
                            num=rng.randint(20, 900), small=rng.randint(2, 40)))
    return out


def article(rng: random.Random, n_paras: int) -> str:
    return "\n\n".join(news_paragraphs(rng, n_paras)) + "\n"


def sized_text(rng: random.Random, size: int, *, one_line: bool) -> str:
    parts, n = [], 0
    while n < size:
        p = news_paragraphs(rng, 1)[0]
        parts.append(p)
        n += len(p) + (1 if one_line else 2)
    return (" " if one_line else "\n\n").join(parts)


TARGETS_50 = [
    "the strike", "the pay offer", "the union", "the company", "the government", "the minister",
    "pension reform", "the ballot", "overtime bans", "the transport council", "bus fares", "the picket line",
    "shift patterns", "the regional economy", "zero-hour contracts", "the cost of living", "management",
    "the employers' federation", "public transport funding", "the night service", "driver safety",
    "the depot closure", "privatisation", "the mayor", "fuel prices", "the new timetable", "electric buses",
    "the wage freeze", "agency staff", "the contingency plan", "the injunction", "the court ruling",
    "commuters", "local businesses", "the opposition party", "the budget", "inflation", "the strike fund",
    "the arbitration service", "the negotiating team", "health and safety rules", "the sick pay policy",
    "the holiday rota", "the recruitment freeze", "the training scheme", "the fare cap", "the rail network",
    "the council tax rise", "the regulator", "the chief executive",
]
assert len(TARGETS_50) == 50 and len(set(TARGETS_50)) == 50

HTML_TEXT = (
    "<p>Bus drivers in Riverside walked out on Monday.</p>\n"
    "<p>\"We have had enough of broken promises,\" said <b>union leader</b> Karen Holloway, speaking outside "
    "the <a href=\"http://example.com/x\">Riverside depot</a>.</p>\n"
    "<p>The <b>company</b> said the offer of 6 per cent was \"fair and final\", according to a "
    "<a href=\"http://example.com/statement\">statement</a> issued on Sunday.</p>"
)

MARKDOWN_TEXT = (
    "# Strike update\n\n"
    "Union organiser Karen Holloway said: \"The drivers are united and the walkout will go ahead.\"\n\n"
    "```python\n"
    "config = {\"mode\": \"strict\", \"label\": \"Do not quote this config string\"}\n"
    "print(\"Hello from the code block\")\n"
    "```\n\n"
    "| Depot | Status | Note |\n"
    "|-------|--------|------|\n"
    "| North | \"Closed all day\" | \"Pickets from 5am\" |\n"
    "| South | \"Partial service\" | \"Reduced timetable\" |\n\n"
    "A company spokesman said services would be reduced for the rest of the week.\n"
)
MARKDOWN_FORBIDDEN = ["strict", "Do not quote this config string", "Hello from the code block", "Closed all day",
                      "Pickets from 5am", "Partial service", "Reduced timetable", "mode", "label", "|", "```"]

MARKS_TEXT = "\"" * 100 + "\n" + "\u201c\u201d" * 50 + "\n" + "\u00ab\u00bb\u201e\u201c" * 20 + "\n"
EMOJI_TEXT = ("Asked about the strike, the spokesman replied \u201c\U0001F600\U0001F600\u201d.\n"
              "Fans answered online with \"\U0001F525\U0001F525\U0001F525\" and \u201c\U0001F44D\u201d.\n")

MULTI_TEXT = (
    "Dock workers in Haifa walked out on Tuesday in a dispute over night shifts. \"We are not going back "
    "until the contract is signed,\" said Yossi Levi, a crane operator. Colleagues at the gate chanted "
    "\u201c\u05e9\u05d1\u05d9\u05ea\u05d4 \u05e2\u05d3 \u05d4\u05e0\u05d9\u05e6\u05d7\u05d5\u05df\u201d, "
    "which means strike until victory.\n\n"
    "Arab members of the union joined the picket line. One banner read "
    "\u201c\u0627\u0644\u0625\u0636\u0631\u0627\u0628 \u062d\u0642\u0646\u0627\u201d, and organiser Samira "
    "Haddad said the union would \"stand together\" with its Jewish members.\n\n"
    # pure Hebrew: "The management announced that "the strike is not legal" and will go to the labour
    # court. The works committee chairman said: "We will not give up the workers' rights"."
    "\u05d4\u05d4\u05e0\u05d4\u05dc\u05d4 \u05d4\u05d5\u05d3\u05d9\u05e2\u05d4 \u05db\u05d9 "
    "\"\u05d4\u05e9\u05d1\u05d9\u05ea\u05d4 \u05d0\u05d9\u05e0\u05d4 \u05d7\u05d5\u05e7\u05d9\u05ea\" "
    "\u05d5\u05ea\u05e4\u05e0\u05d4 \u05dc\u05d1\u05d9\u05ea \u05d4\u05d3\u05d9\u05df "
    "\u05dc\u05e2\u05d1\u05d5\u05d3\u05d4. \u05d9\u05d5\u05e9\u05d1 \u05e8\u05d0\u05e9 "
    "\u05d4\u05d5\u05d5\u05e2\u05d3 \u05d0\u05de\u05e8: \"\u05dc\u05d0 \u05e0\u05d5\u05d5\u05ea\u05e8 "
    "\u05e2\u05dc \u05d6\u05db\u05d5\u05d9\u05d5\u05ea \u05d4\u05e2\u05d5\u05d1\u05d3\u05d9\u05dd\".\n\n"
    "The port authority said it would seek an injunction on Wednesday.\n"
)
HEBREW_PARA_WORDS = ["\u05d4\u05e9\u05d1\u05d9\u05ea\u05d4", "\u05e0\u05d5\u05d5\u05ea\u05e8",
                     "\u05d4\u05d4\u05e0\u05d4\u05dc\u05d4", "\u05d4\u05d3\u05d9\u05df"]

GERMAN_TEXT = ("Union leader Frank Werneke said: \u201eWe will not accept this offer.\u201c The talks in Berlin "
               "ended without agreement on Friday.\n\n"
               "Employers called the demands \u201ecompletely unrealistic\u201c, a spokeswoman said.\n")
GERMAN_ASCII_TEXT = ("Union leader Frank Werneke said: \u201eWe will not accept this offer.\" The talks in Berlin "
                     "ended without agreement on Friday.\n")
GUILLEMET_TEXT = ("Union leader Sophie Binet said: \u00ab We will not back down on pensions. \u00bb The government "
                  "has refused to withdraw the reform.\n")
REVERSED_TEXT = ("Union leader Frank Werneke said: \u00bbWe will not accept this offer.\u00ab Talks resume next "
                 "week.\n\n"
                 "\u00bbThe offer is fair\u00ab, said employers' negotiator Karin Welge.\n")
CONTROL_TEXT = ("Union leader Karen Hol\x1b[31mloway\x1b[0m said: \"We will \x1b[2Jwin this\x07 fight.\" "
                "The company said the offer was \"fair\x1b]0;pwned\x07 and final\".\n\n"
                "A spokesman\x08\x08 said talks would \x9b31m resume on Monday.\n")
NUL_TEXT = "The spokesman said: \"We are \x00 ready to talk.\"\n"

RSS_SCRIPT = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Riverside News</title>
<item><guid>rss-6.2-a</guid><title>Bus drivers to strike</title>
<description><![CDATA[<p>Union organiser Karen Holloway said: "We are ready to talk, but not to surrender."</p>
<script type="text/javascript">var banner = "Subscribe now for breaking alerts"; document.write("Click to read more quotes");</script>
<style>.pullquote:before { content: "Styled pull quote text"; }</style>
<p>The company said the offer was "fair and final".</p>]]></description></item>
<item><guid>rss-6.2-b</guid><title>Talks resume</title>
<description>&lt;p&gt;Councillor Peter Nash said: "Both sides must compromise now."&lt;/p&gt;&lt;script&gt;track("Escaped script quote here");&lt;/script&gt;&lt;style&gt;q:after { content: "Escaped style quote here"; }&lt;/style&gt;</description></item>
</channel></rss>
"""
RSS_FORBIDDEN = ["Subscribe now", "Click to read more", "Styled pull quote", "document.write", "banner",
                 "content:", "Escaped script quote", "Escaped style quote", "track("]


def rss(items: list[tuple[str, str, str]]) -> str:
    from xml.sax.saxutils import escape

    body = "".join(f"<item><guid>{escape(g)}</guid><title>{escape(t)}</title>"
                   f"<description>{escape(d)}</description></item>\n" for g, t, d in items)
    return ('<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"><channel><title>Riverside News</title>\n'
            + body + "</channel></rss>\n")


def fake_record(doc_id: str, quote: bool = False) -> dict:
    """A record in the output schema, standing for one written by an earlier run."""
    rec = {"id": doc_id, "sentences": [[0, 40]], "quotes": [], "speakers": [], "targets": []}
    if quote:
        rec["quotes"] = [{"id": "q1", "start": 1, "end": 30, "text": "We will not back down on pay.",
                          "type": "direct", "cue": {"start": 32, "end": 36, "text": "said"},
                          "speaker": {"name": "Karen Holloway", "type": "person", "entity": "e1",
                                      "mention": {"start": 37, "end": 51, "text": "Karen Holloway"}},
                          "stances": [], "confidence": 0.99}]
    return rec


def jl(recs) -> str:
    return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in recs)


# --------------------------------------------------------------------------- process running
@dataclass(eq=False)
class Proc:
    label: str
    argv: list
    cwd: str
    rc: int | None = None
    wall: float = 0.0
    timed_out: bool = False
    stdout: str = ""
    stderr: str = ""
    lines: list = field(default_factory=list)  # (seconds since start, id) per complete output line
    allowed: frozenset = frozenset(DOC_RCS)
    note: str = ""
    shared: str | None = None
    state: dict = field(default_factory=dict)

    @property
    def traceback(self) -> bool:
        return TB in self.stderr

    @property
    def crash(self) -> bool:
        return not self.timed_out and (self.traceback or self.rc not in self.allowed)

    def cmd(self) -> str:
        args = list(self.argv)
        if args and args[0] == sys.executable:
            args[0] = "python"
        return " ".join(_shq(a) for a in args)

    def to_json(self) -> dict:
        return {"label": self.label, "cmd": self.cmd(), "cwd": "<fresh temp dir>", "rc": self.rc,
                "wall_s": round(self.wall, 2), "timed_out": self.timed_out, "traceback": self.traceback,
                "crash": self.crash, "shared_run": self.shared, "note": self.note,
                "stderr_tail": _tail(self.stderr, 1500), "stdout_tail": _tail(self.stdout, 600)}


def _shq(a: str) -> str:
    a = str(a)
    return a if re.fullmatch(r"[\w./:=@%+,-]+", a) else "'" + a.replace("'", "'\\''") + "'"


def _tail(s: str, n: int) -> str:
    s = re.sub(r"[^\n]*\r", "", s)  # progress bars: keep the last state of each line
    return s if len(s) <= n else "..." + s[-n:]


class LineWatch:
    """Complete lines appended to an output file, with the time each was first seen. A run that writes
    through ``OUTPUT.part`` and renames it onto OUTPUT at the end is watched in the part file while it
    runs (the part holds the same bytes that OUTPUT gets)."""

    def __init__(self, path: Path):
        self.path, self.offset, self.buf = path, 0, b""
        self.part = path.with_name(path.name + ".part")

    def poll(self, now: float, lines: list) -> None:
        src = self.part if self.part.exists() else self.path
        try:
            with src.open("rb") as fh:
                fh.seek(self.offset)
                data = fh.read()
        except OSError:
            return
        self.offset += len(data)
        self.buf += data
        while b"\n" in self.buf:
            line, self.buf = self.buf.split(b"\n", 1)
            try:
                doc_id = json.loads(line).get("id")
            except Exception:  # noqa: BLE001
                doc_id = "<corrupt>"
            lines.append((round(now, 2), doc_id))


def _kill(p: subprocess.Popen, sig=signal.SIGKILL) -> None:
    try:
        os.killpg(p.pid, sig)
    except (ProcessLookupError, PermissionError):
        pass


class Harness:
    def __init__(self, tree: Path, timeout: float, big_timeout: float, keep: bool, seeds: Path):
        self.tree, self.timeout, self.big_timeout, self.keep, self.seeds = tree, timeout, big_timeout, keep, seeds
        self.root = Path(tempfile.mkdtemp(prefix="sayso-reliability-"))
        self.env = dict(os.environ, PYTHONPATH=str(tree), PYTHONDONTWRITEBYTECODE="1")
        self.shared: dict[str, tuple] = {}
        self.accounts: dict[str, dict] = {}
        self.all_procs: list[Proc] = []
        self.case_procs: list[Proc] = []
        self.case_accounts: list[str] = []

    def workdir(self, name: str) -> Path:
        d = Path(tempfile.mkdtemp(prefix=re.sub(r"\W", "_", name) + "-", dir=self.root))
        (d / "work").mkdir()
        (d / "logs").mkdir()
        return d

    # one or more processes started together and polled until all end
    def run(self, specs: list[dict]) -> list[Proc]:
        started = []
        for s in specs:
            d = Path(s["dir"])
            n = len(list((d / "logs").iterdir()))
            out_f = (d / "logs" / f"{n}.out").open("wb")
            err_f = (d / "logs" / f"{n + 1}.err").open("wb")
            proc = Proc(label=s.get("label", ""), argv=s["argv"], cwd=str(d / "work"),
                        allowed=frozenset(s.get("allowed", DOC_RCS)))
            t0 = time.monotonic()
            p = subprocess.Popen(s["argv"], cwd=d / "work", env=self.env, stdout=out_f, stderr=err_f,
                                 stdin=subprocess.DEVNULL, start_new_session=True)
            watch = LineWatch(d / "work" / s["watch"]) if s.get("watch") else None
            started.append({"p": p, "t0": t0, "proc": proc, "out_f": out_f, "err_f": err_f, "watch": watch,
                            "timeout": s.get("timeout", self.timeout), "tick": s.get("tick"), "state": {}})
        while True:
            live = 0
            for st in started:
                if "done" in st:
                    continue
                p, proc = st["p"], st["proc"]
                now = time.monotonic() - st["t0"]
                rc = p.poll()
                if st["watch"]:
                    st["watch"].poll(now, proc.lines)
                if rc is not None:
                    st["done"], proc.rc, proc.wall = True, rc, now
                    continue
                action = st["tick"](p, now, proc.lines, st["state"]) if st["tick"] else None
                if action == "kill" or now > st["timeout"]:
                    proc.timed_out = True
                    _kill(p, signal.SIGTERM)
                    try:
                        p.wait(5)
                    except subprocess.TimeoutExpired:
                        _kill(p)
                        p.wait()
                    st["done"], proc.rc, proc.wall = True, p.returncode, time.monotonic() - st["t0"]
                    if st["watch"]:
                        st["watch"].poll(proc.wall, proc.lines)
                    continue
                live += 1
            if not live:
                break
            time.sleep(0.25 if any(st["watch"] for st in started) else 0.1)
        procs = []
        for st in started:
            st["out_f"].close()
            st["err_f"].close()
            proc = st["proc"]
            proc.stdout = Path(st["out_f"].name).read_bytes().decode("utf-8", "replace")
            proc.stderr = Path(st["err_f"].name).read_bytes().decode("utf-8", "replace")
            proc.note = st["state"].get("note", "")
            proc.state = st["state"]
            procs.append(proc)
            self.all_procs.append(proc)
            self.case_procs.append(proc)
        return procs

    def cli(self, d: Path, *args, **kw) -> Proc:
        return self.run([self.cli_spec(d, *args, **kw)])[0]

    def cli_spec(self, d: Path, *args, label: str = "", timeout: float | None = None, watch: str | None = None,
                 tick=None) -> dict:
        return {"dir": d, "argv": [sys.executable, "-m", "pipeline.cli", *map(str, args)], "label": label,
                "timeout": timeout or self.timeout, "watch": watch, "tick": tick}

    def script(self, d: Path, code: str, *, label: str = "", timeout: float | None = None) -> Proc:
        (d / "work" / "case_script.py").write_text(code, encoding="utf-8")
        return self.run([{"dir": d, "argv": [sys.executable, "case_script.py"], "label": label,
                          "timeout": timeout or self.timeout, "allowed": {0}}])[0]

    def once(self, key: str, fn):
        """Run a shared run once; later callers get its value and its processes/accounts."""
        if key not in self.shared:
            saved_p, saved_a = self.case_procs, self.case_accounts
            self.case_procs, self.case_accounts = [], []
            try:
                value = fn()
                err = None
            except Exception:  # noqa: BLE001
                value, err = None, traceback.format_exc()
            for p in self.case_procs:
                p.shared = key
            self.shared[key] = (value, err, self.case_procs, self.case_accounts)
            self.case_procs, self.case_accounts = saved_p, saved_a
        value, err, procs, accts = self.shared[key]
        for p in procs:
            if p not in self.case_procs:
                self.case_procs.append(p)
        for a in accts:
            if a not in self.case_accounts:
                self.case_accounts.append(a)
        if err:
            raise RuntimeError(f"shared run {key!r} failed in the harness:\n{err}")
        return value

    def account(self, key: str, out: Path, inputs: list[dict], *, count_lost: bool = True) -> dict:
        """Lost / duplicated / corrupt records of one output file against the articles fed to it.

        inputs: [{"line": n, "id": str | None}]; an output record consumes one input with its id
        (left-over records consume id-less inputs), an error record one with its id, or, when the
        error names no id, the article on its line. A whole-file error (a feed that does not parse) accounts
        for none of the file's articles.
        """
        o = read_output(out)
        errs = read_errors(out)
        pending = list(range(len(inputs)))
        leftovers = []
        for rid in o["ids"]:
            hit = next((i for i in pending if inputs[i]["id"] is not None and inputs[i]["id"] == rid), None)
            if hit is None:
                leftovers.append(rid)
            else:
                pending.remove(hit)
        for rid in leftovers:
            hit = next((i for i in pending if inputs[i]["id"] is None), None)
            if hit is not None:
                pending.remove(hit)
        for e in errs:  # by id; by line when the error names no id (a line that did not parse)
            hit = next((i for i in pending if inputs[i]["id"] is not None and inputs[i]["id"] == e.get("id")), None)
            if hit is None and e.get("id") is None and e.get("line") is not None:
                hit = next((i for i in pending if inputs[i]["line"] == e.get("line")), None)
            if hit is not None:
                pending.remove(hit)
        lost = [inputs[i] for i in pending] if count_lost else []
        a = {"key": key, "output_lines": o["n_lines"], "lost": len(lost), "lost_articles": lost,
             "duplicated": sum(c - 1 for c in o["dup"].values()), "duplicated_ids": o["dup"],
             "corrupt": o["corrupt"], "errors_file": bool(errs) or errors_path(out).exists(),
             "lost_counted": count_lost}
        self.accounts[key] = a
        if key not in self.case_accounts:
            self.case_accounts.append(key)
        return a

    def cleanup(self):
        if not self.keep:
            shutil.rmtree(self.root, ignore_errors=True)


def errors_path(out: Path) -> Path:
    return out.with_name(out.stem + ".errors.jsonl")


def read_output(path: Path) -> dict:
    res = {"exists": path.is_file(), "records": [], "ids": [], "corrupt": 0, "n_lines": 0, "dup": {},
           "unterminated": False}
    if not path.is_file():
        return res
    data = path.read_bytes()
    parts = data.split(b"\n")
    if parts and parts[-1] == b"":
        parts.pop()
    elif parts:
        res["unterminated"] = True
    for raw in parts:
        if not raw.strip():
            continue
        res["n_lines"] += 1
        try:
            rec = json.loads(raw.decode("utf-8"))
            if not isinstance(rec, dict):
                raise ValueError
        except Exception:  # noqa: BLE001
            res["corrupt"] += 1
            continue
        res["records"].append(rec)
        res["ids"].append(rec.get("id"))
    counts: dict = {}
    for i in res["ids"]:
        counts[i] = counts.get(i, 0) + 1
    res["dup"] = {str(k): v for k, v in counts.items() if v > 1}
    return res


def read_errors(out: Path) -> list[dict]:
    p = errors_path(out)
    if not p.is_file():
        return []
    recs = []
    for raw in p.read_bytes().split(b"\n"):
        if raw.strip():
            try:
                r = json.loads(raw.decode("utf-8"))
                recs.append(r if isinstance(r, dict) else {"raw": r})
            except Exception:  # noqa: BLE001
                recs.append({"raw": raw.decode("utf-8", "replace")})
    return recs


def write_jsonl(path: Path, recs: list) -> list[dict]:
    """Write records (dicts, or raw bytes/str lines) and return their input descriptors."""
    inputs, buf = [], b""
    for n, r in enumerate(recs, 1):
        if isinstance(r, dict):
            buf += (json.dumps(r, ensure_ascii=False) + "\n").encode("utf-8")
            inputs.append({"line": n, "id": r.get("id")})
        else:
            buf += (r.encode("utf-8") if isinstance(r, str) else r) + b"\n"
            inputs.append({"line": n, "id": None})
    path.write_bytes(buf)
    return inputs


# --------------------------------------------------------------------------- checks
class Case:
    def __init__(self):
        self.checks: list[dict] = []
        self.metrics: dict = {}
        self.notes: list[str] = []

    def check(self, name: str, ok: bool, detail="") -> bool:
        self.checks.append({"check": name, "ok": bool(ok), "detail": detail})
        return bool(ok)

    def note(self, s: str):
        self.notes.append(s)


def by_id(recs: list[dict], doc_id) -> dict | None:
    return next((r for r in recs if r.get("id") == doc_id), None)


def quote_rows(rec: dict | None) -> list[dict]:
    if not rec:
        return []
    return [{"text": q.get("text"), "type": q.get("type"),
             "speaker": (q.get("speaker") or {}).get("name"),
             "mention": ((q.get("speaker") or {}).get("mention") or {}).get("text"),
             "cue": (q.get("cue") or {}).get("text")} for q in rec.get("quotes", [])]


def err_names(errs: list[dict], stderr: str, doc_id: str) -> bool:
    return any(e.get("id") == doc_id for e in errs) or doc_id in stderr


# ============================================================================ shared runs
def shared_content(h: Harness):
    def go():
        d = h.workdir("shared-content")
        seed = pick_seed(h.seeds)
        recs = [
            {"id": "c-base", "text": BASE_TEXT, "targets": ["the strike"]},
            {"id": "c-6.1-html", "text": HTML_TEXT},
            {"id": "c-6.3-markdown", "text": MARKDOWN_TEXT},
            {"id": "c-6.4-marks", "text": MARKS_TEXT},
            {"id": "c-6.5-emoji", "text": EMOJI_TEXT},
            {"id": "c-6.6-multilingual", "text": MULTI_TEXT},
            {"id": "c-6.7a-german", "text": GERMAN_TEXT},
            {"id": "c-6.7b-german-ascii-close", "text": GERMAN_ASCII_TEXT},
            {"id": "c-6.8-guillemets", "text": GUILLEMET_TEXT},
            {"id": "c-6.9-reversed", "text": REVERSED_TEXT},
            {"id": "c-6.10-control", "text": CONTROL_TEXT},
            {"id": "c-6.10-nul", "text": NUL_TEXT},
            {"id": None, "text": article(random.Random(43), 3)},  # 4.3
            {"id": "c-5.4-target47", "text": seed.read_text(encoding="utf-8"), "targets": ["target number 47"]},
            '{"id": "c-1.4-bad-json", "text": "unterminated',  # 1.4: malformed JSON
            b'{"id": "c-1.4-bad-bytes", "text": "caf\xe9 workers said \\"no\\""}',  # 1.4: not UTF-8
            {"id": "c-end", "text": article(random.Random(44), 2)},
        ]
        inputs = write_jsonl(d / "work" / "content.jsonl", recs)
        p = h.cli(d, "run", "content.jsonl", "-o", "out.jsonl", label="content run")
        out = d / "work" / "out.jsonl"
        acc = h.account("shared:content", out, inputs, count_lost=not p.timed_out and p.rc in (0, 1))
        o = read_output(out)
        return {"dir": d, "proc": p, "out": out, "recs": o["records"], "errs": read_errors(out), "inputs": inputs,
                "acc": acc, "seed": seed.name}
    return h.once("content", go)


def pick_seed(seeds: Path) -> Path:
    files = sorted(seeds.glob("*.txt"))
    if not files:
        raise FileNotFoundError(f"no seed articles in {seeds}")
    return max(files, key=lambda p: (p.read_text(encoding="utf-8").count("\u201c"), p.name))


def shared_out_is_dir(h: Harness):
    def go():
        d = h.workdir("shared-out-is-dir")
        write_jsonl(d / "work" / "in.jsonl", [{"id": "a1", "text": BASE_TEXT}])
        (d / "work" / "outdir").mkdir()
        (d / "work" / "outdir" / "keep.txt").write_text("keep me\n")
        p = h.cli(d, "run", "in.jsonl", "-o", "outdir", label="output is a folder")
        return {"dir": d, "proc": p}
    return h.once("out_is_dir", go)


def shared_batch0(h: Harness):
    def go():
        d = h.workdir("shared-batch0")
        write_jsonl(d / "work" / "in.jsonl", [{"id": "a1", "text": BASE_TEXT}])
        p = h.cli(d, "run", "in.jsonl", "-o", "out.jsonl", "--batch-size", "0", label="--batch-size 0")
        return {"dir": d, "proc": p, "out": d / "work" / "out.jsonl"}
    return h.once("batch0", go)


PERF_IDS = ["p-warmup", "p-10KB", "p-100KB", "p-2targets", "p-50targets", "p-1MB-one-line"]


def shared_perf(h: Harness):
    """[warm-up, 10 KB, 100 KB, base x 2 targets, base x 50 targets, 1 MB one line], --batch-size 1,
    each article timed by when its output line appears; the 1 MB one gets big_timeout seconds."""
    def go():
        d = h.workdir("shared-perf")
        rng = random.Random(51)
        recs = [
            {"id": "p-warmup", "text": "The union said: \"We will strike on Monday.\""},
            {"id": "p-10KB", "text": sized_text(rng, 10 * 1024, one_line=False)},
            {"id": "p-100KB", "text": sized_text(rng, 100 * 1024, one_line=False)},
            {"id": "p-2targets", "text": BASE_TEXT, "targets": TARGETS_50[:2]},
            {"id": "p-50targets", "text": BASE_TEXT, "targets": TARGETS_50},
            {"id": "p-1MB-one-line", "text": sized_text(rng, 1024 * 1024, one_line=True)},
        ]
        inputs = write_jsonl(d / "work" / "perf.jsonl", recs)
        big = h.big_timeout

        def tick(p, now, lines, state):
            seen = {i for _, i in lines}
            if "p-50targets" in seen:
                t50 = next(t for t, i in lines if i == "p-50targets")
                if now - t50 > big:
                    state["note"] = f"1 MB article did not finish in {big:.0f} s: killed"
                    return "kill"
            return None

        p = h.cli(d, "run", "perf.jsonl", "-o", "out.jsonl", "--batch-size", "1", label="timing run",
                  timeout=h.timeout * 2 + big, watch="out.jsonl", tick=tick)
        out = d / "work" / "out.jsonl"
        acc = h.account("shared:perf", out, inputs, count_lost=not p.timed_out and p.rc in (0, 1))
        sizes = {r["id"]: len(r["text"].encode("utf-8")) for r in recs}
        return {"dir": d, "proc": p, "out": out, "recs": read_output(out)["records"], "errs": read_errors(out),
                "sizes": sizes, "acc": acc}
    return h.once("perf", go)


def perf_times(perf: dict) -> dict:
    """Seconds per article: time its line appeared minus the time of the line before it."""
    p: Proc = perf["proc"]
    t = {i: s for s, i in p.lines}
    errs = {e.get("id") for e in perf["errs"]}
    res, prev = {}, t.get("p-warmup")
    for i in PERF_IDS[1:]:
        if i in t and prev is not None:
            res[i] = {"seconds": round(t[i] - prev, 2), "status": "written"}
            prev = t[i]
        elif i in errs and prev is not None and not p.timed_out:
            # no line: it ended up in the errors file; bound by the process end
            res[i] = {"seconds": None, "status": "in errors file", "upper_bound_s": round(p.wall - prev, 2)}
        elif prev is not None and (p.timed_out or i not in t):
            res[i] = {"seconds": None, "status": "not finished" if p.timed_out else "missing",
                      "elapsed_before_kill_s": round(p.wall - prev, 2)}
            prev = None
        else:
            res[i] = {"seconds": None, "status": "unknown"}
    return res


# ============================================================================ cases
def c_1_1(h, c):
    d = h.workdir("1.1")
    existing = d / "work" / "existing.jsonl"
    existing.write_text(jl([fake_record("e1", True), fake_record("e2"), fake_record("e3", True)]), encoding="utf-8")
    before = existing.read_bytes()
    p = h.cli(d, "run", "nosuch.jsonl", "-o", "existing.jsonl")
    c.check("rc == 2", p.rc == 2, p.rc)
    c.check("quick (< 5 s, before model loading)", p.wall < 5, f"{p.wall:.1f} s")
    c.check("existing.jsonl byte-identical", existing.is_file() and existing.read_bytes() == before,
            f"{len(before)} -> {existing.stat().st_size if existing.is_file() else 'gone'} bytes")
    c.check("no traceback", not p.traceback)
    c.check("a message on stderr", bool(p.stderr.strip()))


def c_1_2(h, c):
    r = shared_out_is_dir(h)
    p = r["proc"]
    c.check("rc == 2", p.rc == 2, p.rc)
    c.check("no traceback", not p.traceback)
    c.check("folder untouched", sorted(x.name for x in (r["dir"] / "work" / "outdir").iterdir()) == ["keep.txt"])


def c_1_3(h, c):
    d = h.workdir("1.3")
    write_jsonl(d / "work" / "in.jsonl", [{"id": "a1", "text": BASE_TEXT}])
    (d / "work" / "afile").write_text("a regular file\n")
    p1, p2 = (h.cli(d, "run", "in.jsonl", "-o", "afile/out.jsonl", label="parent is a regular file"),
              h.cli(d, "run", "in.jsonl", "-o", "/proc/sayso-nosuch/out.jsonl", label="parent under /proc"))
    for p in (p1, p2):
        c.check(f"{p.label}: rc == 2", p.rc == 2, p.rc)
        c.check(f"{p.label}: no traceback", not p.traceback)
    c.check("the regular file is untouched", (d / "work" / "afile").read_text() == "a regular file\n")


def c_1_4(h, c):
    r = shared_content(h)
    p = r["proc"]
    c.check("articles failed (malformed JSON, non-UTF-8 line) -> rc 1", p.rc == 1, p.rc)
    lines = {e.get("line") for e in r["errs"]}
    c.check("both bad lines in the errors file", {15, 16} <= lines, sorted(x for x in lines if x is not None))
    c.check("bad lines named on stderr", "line 15" in p.stderr and "line 16" in p.stderr)
    u = shared_out_is_dir(h)["proc"]
    c.check("usage error (output is a folder) -> rc 2, distinct from 1", u.rc == 2, u.rc)


def c_2_1(h, c):
    d = h.workdir("2.1")
    rng = random.Random(21)
    ins_a = write_jsonl(d / "work" / "A.jsonl", [{"id": f"a{i}", "text": article(rng, 3)} for i in (1, 2, 3)])
    ins_b = write_jsonl(d / "work" / "B.jsonl", [{"id": f"b{i}", "text": article(rng, 3)} for i in (1, 2, 3)])
    pa, pb = h.run([h.cli_spec(d, "run", "A.jsonl", "-o", "out.jsonl", label="run A"),
                    h.cli_spec(d, "run", "B.jsonl", "-o", "out.jsonl", label="run B")])
    out = d / "work" / "out.jsonl"
    inputs = (ins_a if pa.rc in (0, 1) else []) + (ins_b if pb.rc in (0, 1) else [])
    acc = h.account("2.1", out, inputs, count_lost=not (pa.timed_out or pb.timed_out))
    o = read_output(out)
    ids = set(o["ids"])
    refused = [p for p in (pa, pb) if p.rc == 2 and "lock" in p.stderr.lower()]
    c.metrics.update(rc=[pa.rc, pb.rc], ids=o["ids"], corrupt=o["corrupt"])
    if len(refused) == 1:
        other, ins = (pb, ins_b) if refused[0] is pa else (pa, ins_a)
        c.check("one run refused with rc 2 naming the lock", True, refused[0].label)
        c.check("the other run's articles all present", other.rc in (0, 1) and {i["id"] for i in ins} <= ids)
    else:
        c.check("no refusal: both article sets present", {"a1", "a2", "a3", "b1", "b2", "b3"} <= ids, sorted(map(str, ids)))
    c.check("no corrupt lines", o["corrupt"] == 0, o["corrupt"])
    c.check("no id written twice", not o["dup"], o["dup"])
    c.check("never both rc 0 with one run's articles gone",
            not (pa.rc == 0 and pb.rc == 0 and acc["lost"]), f"lost {acc['lost']}")


def c_2_2(h, c):
    d = h.workdir("2.2")
    rng = random.Random(22)
    inputs = write_jsonl(d / "work" / "C.jsonl", [{"id": f"c{i}", "text": article(rng, 3)} for i in (1, 2, 3, 4)])
    procs = h.run([h.cli_spec(d, "run", "C.jsonl", "-o", "out.jsonl", "--resume", label=f"run {k}") for k in (1, 2)])
    out = d / "work" / "out.jsonl"
    ok_runs = [p for p in procs if p.rc in (0, 1)]
    acc = h.account("2.2", out, inputs if ok_runs else [], count_lost=not any(p.timed_out for p in procs))
    o = read_output(out)
    c.metrics.update(rc=[p.rc for p in procs], ids=o["ids"])
    c.check("no id written twice", not o["dup"], o["dup"])
    c.check("every line parses", o["corrupt"] == 0, o["corrupt"])
    c.check("all 4 articles present (or in errors)", acc["lost"] == 0 and bool(ok_runs), f"lost {acc['lost']}")
    refused = [p for p in procs if p.rc == 2]
    if refused:
        c.check("a refusal names the lock", all("lock" in p.stderr.lower() for p in refused))


def c_3(h, c):
    d = h.workdir("3")
    rng = random.Random(3)
    inputs = write_jsonl(d / "work" / "in.jsonl", [{"id": f"r{i}", "text": article(rng, 3)} for i in (1, 2, 3, 4)])
    cut = json.dumps(fake_record("r3", True))
    (d / "work" / "out.jsonl").write_text(jl([fake_record("r1", True), fake_record("r2")]) + cut[: len(cut) // 2],
                                          encoding="utf-8")
    p = h.cli(d, "run", "in.jsonl", "-o", "out.jsonl", "--resume", label="resume after a cut line")
    out = d / "work" / "out.jsonl"
    acc = h.account("3", out, inputs, count_lost=not p.timed_out and p.rc in (0, 1))
    o = read_output(out)
    c.metrics.update(ids=o["ids"], corrupt=o["corrupt"])
    c.check("resume run rc in (0, 1)", p.rc in (0, 1), p.rc)
    c.check("every line parses", o["corrupt"] == 0 and not o["unterminated"], o["corrupt"])
    c.check("every id exactly once", sorted(o["ids"]) == ["r1", "r2", "r3", "r4"], o["ids"])
    rep = h.cli(d, "report", "out.jsonl", label="report")
    c.check("sayso report rc 0", rep.rc == 0, rep.rc)
    c.check("sayso report: no traceback", not rep.traceback)


def c_4_1(h, c):
    d = h.workdir("4.1")
    rng = random.Random(41)
    inputs = write_jsonl(d / "work" / "in.jsonl", [{"id": "dup-7", "text": article(rng, 3)},
                                                   {"id": "x-1", "text": article(rng, 3)},
                                                   {"id": "dup-7", "text": article(rng, 3)}])
    p = h.cli(d, "run", "in.jsonl", "-o", "out.jsonl")
    out = d / "work" / "out.jsonl"
    acc = h.account("4.1", out, inputs, count_lost=not p.timed_out and p.rc in (0, 1))
    o = read_output(out)
    c.metrics.update(ids=o["ids"], rc=p.rc)
    c.check("dup-7 not written twice", o["ids"].count("dup-7") <= 1, o["ids"])
    c.check("a warning/error names dup-7", err_names(read_errors(out), p.stderr, "dup-7"))
    c.check("x-1 written", "x-1" in o["ids"])
    c.check("no traceback", not p.traceback)


def c_4_2(h, c):
    d = h.workdir("4.2")
    rng = random.Random(42)
    inputs = write_jsonl(d / "work" / "in.jsonl", [{"id": "k1", "text": article(rng, 3)},
                                                   {"id": "k2", "text": article(rng, 3)},
                                                   {"id": "k2", "text": article(rng, 3)}])
    (d / "work" / "out.jsonl").write_text(jl([fake_record("k1", True)]), encoding="utf-8")
    p = h.cli(d, "run", "in.jsonl", "-o", "out.jsonl", "--resume")
    out = d / "work" / "out.jsonl"
    acc = h.account("4.2", out, inputs, count_lost=not p.timed_out and p.rc in (0, 1))
    o = read_output(out)
    errs = read_errors(out)
    c.metrics.update(ids=o["ids"], rc=p.rc, errors=errs)
    c.check("k2 written exactly once", o["ids"].count("k2") == 1, o["ids"])
    c.check("k1 (already done) not rewritten", o["ids"].count("k1") == 1, o["ids"])
    c.check("the second k2 is reported (stderr or errors file), not silently skipped",
            err_names(errs, p.stderr, "k2"))
    c.check("no traceback", not p.traceback)


def c_4_3(h, c):
    r = shared_content(h)
    known = {i["id"] for i in r["inputs"] if i["id"] is not None}
    unknown = [x.get("id") for x in r["recs"] if x.get("id") not in known]
    c.metrics["ids_of_null_id_article"] = unknown
    c.check('no output id "None"', not any(x.get("id") == "None" for x in r["recs"]), unknown)
    in_errs = [e for e in r["errs"] if e.get("line") == 13]
    c.check("the null-id article is in the output or the errors file", len(unknown) == 1 or bool(in_errs),
            {"output": unknown, "errors": in_errs})


def c_5_1(h, c):
    perf = shared_perf(h)
    times = perf_times(perf)
    c.metrics.update(seconds_per_article=times, bytes={k: v for k, v in perf["sizes"].items()})
    big = h.big_timeout
    for i in ("p-10KB", "p-100KB", "p-1MB-one-line"):
        st = times.get(i, {})
        ok = st.get("status") in ("written", "in errors file")
        if i == "p-1MB-one-line" and st.get("seconds") is not None:
            ok = ok and st["seconds"] <= big
        detail = (f"{st['seconds']} s" if st.get("seconds") is not None
                  else f"did not finish in {big:.0f} s" if st.get("status") == "not finished" else st)
        c.check(f"{i}: finished, in output or errors", ok, detail)


def c_5_2(h, c):
    d = h.workdir("5.2")
    rng = random.Random(52)
    recs = [{"id": f"n{i}", "text": article(rng, 4)} for i in (1, 2)]
    recs.append({"id": "big-1MB", "text": sized_text(random.Random(51), 1024 * 1024, one_line=True)})
    recs += [{"id": f"n{i}", "text": article(rng, 4)} for i in (3, 4, 5)]
    inputs = write_jsonl(d / "work" / "feed.jsonl", recs)
    p = h.cli(d, "run", "feed.jsonl", "-o", "out.jsonl", timeout=h.big_timeout, watch="out.jsonl")
    out = d / "work" / "out.jsonl"
    h.account("5.2", out, inputs, count_lost=not p.timed_out and p.rc in (0, 1))
    o = read_output(out)
    normal = [f"n{i}" for i in range(1, 6)]
    c.metrics.update(ids=o["ids"], line_times=p.lines, timed_out=p.timed_out)
    c.check("the 5 normal articles written", all(n in o["ids"] for n in normal),
            f"written {[n for n in normal if n in o['ids']]}" + (f"; killed at {h.big_timeout:.0f} s" if p.timed_out else ""))
    c.check("finished within the timeout", not p.timed_out, f"{p.wall:.0f} s")
    c.check("the 1 MB article in output or errors", "big-1MB" in o["ids"] or any(e.get("id") == "big-1MB" for e in read_errors(out)))


def c_5_3(h, c):
    perf = shared_perf(h)
    times = perf_times(perf)
    t2, t50 = times.get("p-2targets", {}).get("seconds"), times.get("p-50targets", {}).get("seconds")
    rec50 = by_id(perf["recs"], "p-50targets")
    n_targets = len(rec50.get("targets", [])) if rec50 else None
    n_stances = sum(len(q.get("stances", [])) for q in rec50.get("quotes", [])) if rec50 else None
    n_quotes = len(rec50.get("quotes", [])) if rec50 else None
    warn = bool(re.search(r"target[^\n]*(many|limit|cap|max|at most)|(many|limit|cap|max|at most)[^\n]*target",
                          perf["proc"].stderr, re.I))
    ratio = round(t50 / t2, 2) if t2 and t50 else None
    capped = n_targets is not None and n_targets < 50
    c.metrics.update(seconds_2_targets=t2, seconds_50_targets=t50, ratio=ratio, targets_in_record=n_targets,
                     quotes=n_quotes, stances=n_stances, warning_on_stderr=warn, capped=capped)
    c.check("both articles timed", ratio is not None, times)
    c.check("a cap or warning, or 50 targets cost at most 5x 2 targets", warn or capped or (ratio is not None and ratio <= 5),
            f"ratio {ratio}, warning {warn}, cap {capped}")


def c_5_4(h, c):
    r = shared_content(h)
    rec = by_id(r["recs"], "c-5.4-target47")
    c.metrics["seed"] = r["seed"]
    if not c.check("the seed article is in the output", rec is not None):
        return
    st = [s for q in rec["quotes"] for s in q.get("stances", []) if s.get("target") == "target number 47"]
    nn = [s for s in st if s.get("label") != "neutral"]
    c.metrics.update(quotes=len(rec["quotes"]), stances=len(st), non_neutral=len(nn),
                     labels={lab: sum(s["label"] == lab for s in st) for lab in ("favor", "against", "neutral")},
                     target_summary=rec.get("targets"))
    c.check("0 non-neutral stances for a made-up target", not nn, f"{len(nn)} of {len(st)}")


def _quotes_of(c, r, doc_id):
    rec = by_id(r["recs"], doc_id)
    err = next((e for e in r["errs"] if e.get("id") == doc_id), None)
    c.metrics.setdefault("quotes", {})[doc_id] = quote_rows(rec)
    if err:
        c.metrics.setdefault("errors", {})[doc_id] = err
    return rec, err


def c_6_1(h, c):
    r = shared_content(h)
    rec, err = _quotes_of(c, r, "c-6.1-html")
    if not c.check("article in the output", rec is not None, err):
        return
    bad = []
    for q in quote_rows(rec):
        for k in ("text", "speaker", "mention", "cue"):
            v = q.get(k) or ""
            if any(x in v for x in ("<", ">", "http")):
                bad.append(f"{k}: {v!r}")
    for sp in rec.get("speakers", []):
        for v in [sp.get("name") or ""] + [m.get("text", "") for m in sp.get("mentions", [])]:
            if any(x in v for x in ("<", ">", "http")):
                bad.append(f"speaker: {v!r}")
    c.check("no quote/speaker/cue holds <, > or http", not bad, bad[:6])
    c.check("at least one quote found", len(rec["quotes"]) > 0, len(rec["quotes"]))


def c_6_2(h, c):
    d = h.workdir("6.2")
    (d / "work" / "feed.xml").write_text(RSS_SCRIPT, encoding="utf-8")
    p = h.cli(d, "run", "feed.xml", "-o", "out.jsonl")
    out = d / "work" / "out.jsonl"
    h.account("6.2", out, [{"line": 1, "id": "rss-6.2-a"}, {"line": 2, "id": "rss-6.2-b"}],
              count_lost=not p.timed_out and p.rc in (0, 1))
    o = read_output(out)
    c.metrics["quotes"] = {x["id"]: quote_rows(x) for x in o["records"]}
    bad = [q["text"] for x in o["records"] for q in quote_rows(x) if any(f in (q["text"] or "") for f in RSS_FORBIDDEN)]
    c.check("both items in the output", {"rss-6.2-a", "rss-6.2-b"} <= set(o["ids"]), o["ids"])
    c.check("no quote from <script>/<style>", not bad, bad)
    c.check("no traceback", not p.traceback)


def c_6_3(h, c):
    r = shared_content(h)
    rec, err = _quotes_of(c, r, "c-6.3-markdown")
    if not c.check("article in the output", rec is not None, err):
        return
    bad = [q["text"] for q in rec["quotes"] if any(f in q["text"] for f in MARKDOWN_FORBIDDEN)]
    c.check("no quote from the code fence or the table", not bad, bad)


def c_6_4(h, c):
    r = shared_content(h)
    rec, err = _quotes_of(c, r, "c-6.4-marks")
    n = len(rec["quotes"]) if rec else 0
    c.check("0 quotes (or rejected as an error)", n == 0 and (rec is not None or err is not None),
            f"{n} quotes" if rec else f"error: {err}")


def c_6_5(h, c):
    r = shared_content(h)
    rec, err = _quotes_of(c, r, "c-6.5-emoji")
    n = len(rec["quotes"]) if rec else 0
    c.check("0 quotes (or rejected as an error)", n == 0 and (rec is not None or err is not None),
            f"{n} quotes" if rec else f"error: {err}")


RTL = re.compile(r"[\u0590-\u05ff\u0600-\u06ff]")


def c_6_6(h, c):
    r = shared_content(h)
    rec, err = _quotes_of(c, r, "c-6.6-multilingual")
    if not c.check("article in the output", rec is not None, err):
        return
    rows = quote_rows(rec)
    span_para = [q["text"] for q in rows if "\n" in (q["text"] or "")]
    mixed = [q["text"] for q in rows
             if RTL.search(q["text"] or "") and len(re.findall(r"[A-Za-z]{2,}", q["text"] or "")) >= 3]
    miscredit = [q for q in rows if any(w in (q["text"] or "") for w in HEBREW_PARA_WORDS)
                 and re.search(r"[A-Za-z]", (q["speaker"] or "") + (q["mention"] or ""))]
    c.check("no quote spans paragraphs", not span_para, span_para)
    c.check("no quote mixes Hebrew/Arabic with 3+ English words", not mixed, mixed)
    c.check("no quote of the Hebrew paragraph credited to an English-text speaker", not miscredit, miscredit)
    c.note("quotes recorded in the JSON for a human to judge")


MARKS = "\u201e\u201c\u201d\"\u00ab\u00bb"


def _speaker_for(rows, phrase, name_part):
    qs = [q for q in rows if phrase in (q["text"] or "")]
    return qs, any(name_part in ((q["speaker"] or "") + " " + (q["mention"] or "")) for q in qs)


def c_6_7(h, c):
    r = shared_content(h)
    for doc_id in ("c-6.7a-german", "c-6.7b-german-ascii-close"):
        rec, err = _quotes_of(c, r, doc_id)
        if not c.check(f"{doc_id}: in the output", rec is not None, err):
            continue
        rows = quote_rows(rec)
        # a mark inside is a fault unless it is a mixed quote's own balanced inner pair
        # ('the demands „completely unrealistic“'); the release's fault was a quote running past its close
        bad = [q["text"] for q in rows if any(m in (q["text"] or "") for m in "\u201e\u201c")
               and not (q.get("type") == "mixed" and "\u201e" in q["text"] and q["text"].rstrip().endswith(("\u201c", '"')))]
        qs, found = _speaker_for(rows, "We will not accept", "Werneke")
        c.check(f"{doc_id}: no \u201e/\u201c inside quote content", not bad, bad)
        c.check(f"{doc_id}: the quote is found and credited to Werneke", found, [q["text"] for q in qs] or "no quote")


def c_6_8(h, c):
    r = shared_content(h)
    rec, err = _quotes_of(c, r, "c-6.8-guillemets")
    if not c.check("in the output", rec is not None, err):
        return
    rows = quote_rows(rec)
    qs, found = _speaker_for(rows, "We will not back down", "Binet")
    c.check("the quote is found and credited to Binet", found, [(q["text"], q["speaker"]) for q in qs] or "no quote")
    c.check("no \u00ab/\u00bb inside quote content", not [q for q in rows if any(m in q["text"] for m in "\u00ab\u00bb")])


def c_6_9(h, c):
    r = shared_content(h)
    rec, err = _quotes_of(c, r, "c-6.9-reversed")
    if not c.check("in the output", rec is not None, err):
        return
    rows = quote_rows(rec)
    bad = [q["text"] for q in rows if any(m in (q["text"] or "") for m in MARKS)]
    c.check("no quote marks inside any quote", not bad, bad)
    phrases = ("We will not accept this offer", "The offer is fair")
    for phrase in phrases:
        clean = [q["text"] for q in rows if (q["text"] or "").strip().rstrip(".,").strip() == phrase]
        c.check(f"'{phrase}' found, exactly that content", bool(clean), clean or [q["text"] for q in rows])
    outside = [q["text"] for q in rows if (q["text"] or "").strip().rstrip(".,").strip() not in phrases]
    c.check("no text outside the marks taken as a quote", not outside, outside)


def c_6_10(h, c):
    r = shared_content(h)
    d = r["dir"]
    lines = []
    for raw in (d / "work" / "out.jsonl").read_bytes().split(b"\n") if r["out"].is_file() else []:
        try:
            if json.loads(raw).get("id", "").startswith("c-6.10"):
                lines.append(raw)
        except Exception:  # noqa: BLE001
            pass
    (d / "work" / "ctl.jsonl").write_bytes(b"".join(x + b"\n" for x in lines))
    ids = [json.loads(x)["id"] for x in lines]
    c.metrics["in_output"] = ids
    c.metrics["errors"] = [e for e in r["errs"] if str(e.get("id", "")).startswith("c-6.10")]
    rep = h.cli(d, "report", "ctl.jsonl", label="report of the 6.10 records")
    bad = sorted({f"U+{ord(ch):04X}" for ch in rep.stdout if (ord(ch) < 32 and ch not in "\n\t") or ord(ch) == 0x7f})
    c1 = sorted({f"U+{ord(ch):04X}" for ch in rep.stdout if 0x80 <= ord(ch) < 0xa0})
    c.metrics.update(c0_in_report=bad, c1_in_report=c1)
    c.check("the control-character article went through (output or errors)",
            "c-6.10-control" in ids or bool(c.metrics["errors"]))
    c.check("report rc 0, no traceback", rep.rc == 0 and not rep.traceback, rep.rc)
    c.check("report holds no ESC / C0 control except \\n \\t", not bad, bad)
    nul = "c-6.10-nul" in ids or any(e.get("id") == "c-6.10-nul" for e in c.metrics["errors"])
    c.check("the NUL article is in the output or reported", nul)


def c_7_1(h, c):
    d = h.workdir("7.1")
    rng = random.Random(71)
    items = [(f"rss-7.1-{i}", f"Strike day {i}", article(rng, 3)) for i in range(1, 6)]
    xml = rss(items)
    cut_at = xml.index("<description>", xml.index("rss-7.1-4")) + 40
    (d / "work" / "feed.xml").write_text(xml[:cut_at], encoding="utf-8")
    p = h.cli(d, "run", "feed.xml", "-o", "out.jsonl")
    out = d / "work" / "out.jsonl"
    h.account("7.1", out, [{"line": i, "id": f"rss-7.1-{i}"} for i in (1, 2, 3)],
              count_lost=not p.timed_out and p.rc in (0, 1))
    o = read_output(out)
    c.metrics.update(ids=o["ids"], rc=p.rc, errors=read_errors(out))
    c.check("items 1-3 in the output", {"rss-7.1-1", "rss-7.1-2", "rss-7.1-3"} <= set(o["ids"]), o["ids"])
    c.check("the cut is reported (rc 1, stderr)", p.rc == 1 and bool(p.stderr.strip()), p.rc)
    c.check("no traceback", not p.traceback)


def c_7_2(h, c):
    d = h.workdir("7.2")
    rng = random.Random(72)
    feed = rss([(f"rss-7.2-{i}", f"Talks day {i}", article(rng, 3)) for i in (1, 2)])
    (d / "work" / "feed.jsonl").write_text(feed, encoding="utf-8")
    # the file line each item starts on (a reader that takes the file for JSONL reports lines)
    item_line = {i: feed.count("\n", 0, feed.index(f"<guid>rss-7.2-{i}<")) + 1 for i in (1, 2)}
    ins = write_jsonl(d / "work" / "items.xml", [{"id": f"jl-7.2-{i}", "text": article(rng, 3)} for i in (1, 2)])
    p1 = h.cli(d, "run", "feed.jsonl", "-o", "out_feed.jsonl", label="RSS named .jsonl")
    p2 = h.cli(d, "run", "items.xml", "-o", "out_items.jsonl", label="JSONL named .xml")
    o1 = d / "work" / "out_feed.jsonl"
    o2 = d / "work" / "out_items.jsonl"
    h.account("7.2:feed", o1, [{"line": item_line[i], "id": f"rss-7.2-{i}"} for i in (1, 2)], count_lost=p1.rc in (0, 1))
    h.account("7.2:items", o2, ins, count_lost=p2.rc in (0, 1))
    ids1, ids2 = read_output(o1)["ids"], read_output(o2)["ids"]
    c.metrics.update(feed_ids=ids1, items_ids=ids2, errors_feed=read_errors(o1), errors_items=read_errors(o2))
    c.check("RSS in feed.jsonl: both items read", ids1 == ["rss-7.2-1", "rss-7.2-2"], ids1)
    c.check("JSONL in items.xml: both records read", ids2 == ["jl-7.2-1", "jl-7.2-2"], ids2)
    c.check("rc 0 both", p1.rc == 0 and p2.rc == 0, [p1.rc, p2.rc])


def c_7_3(h, c):
    d = h.workdir("7.3")
    rng = random.Random(73)
    inputs = write_jsonl(d / "work" / "bom.jsonl", [{"id": "bom-1", "text": article(rng, 3)},
                                                    {"id": "bom-2", "text": article(rng, 3)}])
    path = d / "work" / "bom.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + path.read_bytes())
    p = h.cli(d, "run", "bom.jsonl", "-o", "out.jsonl")
    out = d / "work" / "out.jsonl"
    h.account("7.3", out, inputs, count_lost=not p.timed_out and p.rc in (0, 1))
    o = read_output(out)
    c.metrics.update(ids=o["ids"], rc=p.rc, errors=read_errors(out))
    c.check("first record (bom-1) in the output", "bom-1" in o["ids"], o["ids"])
    c.check("rc 0", p.rc == 0, p.rc)


def c_7_4(h, c):
    d = h.workdir("7.4")
    path = d / "work" / "crlf-article.txt"
    path.write_bytes(BASE_TEXT.replace("\n", "\r\n").encode("utf-8"))
    p = h.cli(d, "run", "crlf-article.txt", "-o", "out.jsonl")
    out = d / "work" / "out.jsonl"
    h.account("7.4", out, [{"line": 1, "id": "crlf-article"}], count_lost=not p.timed_out and p.rc in (0, 1))
    o = read_output(out)
    with path.open(encoding="utf-8", newline="") as fh:
        raw = fh.read()
    if not c.check("the article is in the output", len(o["records"]) == 1, o["ids"]):
        return
    rec = o["records"][0]
    qs = rec.get("quotes", [])
    base = rec.get("text")
    ok_raw = [raw[q["start"]:q["end"]] == q["text"] for q in qs]
    ok_rec = [isinstance(base, str) and base[q["start"]:q["end"]] == q["text"] for q in qs]
    maps = [k for k in rec if re.search(r"map|offset|raw", k, re.I)]
    c.metrics.update(quotes=len(qs), raw_offsets_exact=sum(ok_raw), record_text_offsets_exact=sum(ok_rec),
                     record_has_text=isinstance(base, str), map_keys=maps,
                     first_mismatch=next(({"raw": raw[q["start"]:q["end"]], "text": q["text"]}
                                          for q, a in zip(qs, ok_raw) if not a), None))
    c.check("quotes found", bool(qs), len(qs))
    c.check("offsets exact into the raw text, or into the record's text",
            bool(qs) and (all(ok_raw) or all(ok_rec)),
            f"raw {sum(ok_raw)}/{len(qs)}, record text {sum(ok_rec)}/{len(qs)}"
            + ("" if isinstance(base, str) else " (record has no 'text')"))
    if isinstance(base, str) and base != raw:
        c.check("record differing from raw carries a map to raw offsets", bool(maps), maps)


def c_7_5(h, c):
    d = h.workdir("7.5")
    (d / "work" / "emptydir").mkdir()
    p = h.cli(d, "run", "emptydir", "-o", "out.jsonl")
    c.check("rc 2", p.rc == 2, p.rc)
    c.check("a message on stderr", bool(re.search(r"[A-Za-z]{3}", re.sub(r"articles:.*", "", p.stderr))))
    c.check("no traceback", not p.traceback)


def c_7_6(h, c):
    r = shared_batch0(h)
    p = r["proc"]
    c.check("rc 2 (usage error)", p.rc == 2, p.rc)
    c.check("no traceback", not p.traceback)
    c.check("no output written", not r["out"].exists() or r["out"].stat().st_size == 0)


N_INTERRUPT = 79  # articles written by an uninterrupted run of case 7.7 (one of 80 fails: empty text)


def c_7_7(h, c):
    d = h.workdir("7.7")
    rng = random.Random(77)
    # 80 articles, so that the run is still going 2 s after its first line on an idle machine
    recs = [{"id": f"int-{i:02d}", "text": article(rng, 6)} for i in range(1, N_INTERRUPT + 2)]
    recs[1]["text"] = ""  # line 2 fails before the interrupt (empty text)
    inputs = write_jsonl(d / "work" / "in.jsonl", recs)

    def tick(p, now, lines, state):
        # like a terminal: SIGINT to the process group, 2 s after the first output line; a second
        # Ctrl-C if the first is not honoured within 15 s; killed 60 s after the first
        if lines and "first" not in state:
            state["first"] = now
        if "first" in state and "sent" not in state and now - state["first"] >= 2.0:
            os.killpg(p.pid, signal.SIGINT)
            state.update(sent=now, lines_at_sigint=len(lines))
            state["note"] = f"SIGINT at {now:.1f} s with {len(lines)} lines written"
        if "sent" in state and "sent2" not in state and now - state["sent"] > 15:
            os.killpg(p.pid, signal.SIGINT)
            state.update(sent2=now)
            state["note"] += f"; still running 15 s later ({len(lines)} lines): second SIGINT"
        if "sent" in state and now - state["sent"] > 60:
            state["note"] += "; no exit 60 s after the first SIGINT: killed"
            return "kill"
        return None

    p = h.cli(d, "run", "in.jsonl", "-o", "out.jsonl", watch="out.jsonl", tick=tick, timeout=h.timeout + 60)
    st = p.state
    out = d / "work" / "out.jsonl"
    h.account("7.7", out, inputs, count_lost=not p.timed_out and p.rc in (0, 1))  # a run that ignored Ctrl-C
    o = read_output(out)
    errs = read_errors(out)
    c.metrics.update(note=p.note, rc=p.rc, lines_at_sigint=st.get("lines_at_sigint"), lines_at_end=o["n_lines"],
                     exit_after_sigint_s=round(p.wall - st["sent"], 1) if "sent" in st else None, errors=errs)
    if not c.check("the interrupt landed mid-run", "sent" in st and st["lines_at_sigint"] < N_INTERRUPT,
                   p.note or "the run ended before the SIGINT"):
        c.note("inconclusive: the run ended before the SIGINT")
    c.check("Ctrl-C honoured: stops within 15 s, the remaining articles not processed",
            "sent" in st and "sent2" not in st and not p.timed_out and o["n_lines"] < N_INTERRUPT,
            f"exit {p.wall - st['sent']:.1f} s after SIGINT; output lines {st['lines_at_sigint']} at SIGINT, "
            f"{o['n_lines']} of {N_INTERRUPT} at the end" if "sent" in st else "")
    c.check("rc 130", p.rc == 130, p.rc)
    c.check("errors file written (line 2 failed before the interrupt)",
            any(e.get("id") == "int-02" or e.get("line") == 2 for e in errs), errs)
    c.check("output resumable: every line parses", o["corrupt"] == 0 and not o["unterminated"], o["corrupt"])
    c.check("no traceback", not p.traceback)


LIB_SCRIPT = r'''
import json, sys
data = json.load(open("lib_input.json", encoding="utf-8"))
res = {}
import pipeline
res["pipeline_file"] = pipeline.__file__
from pipeline import load
nlp = load()

def stance_targets(d):
    return sorted({s["target"] for q in d["quotes"] for s in q["stances"]})

try:
    doc = nlp(data["base"], targets="the strike")
    d = doc.to_dict()
    res["8.1"] = {"doc_targets": list(doc.targets), "stance_targets": stance_targets(d),
                  "summary_targets": [t.get("target") for t in d.get("targets", [])], "n_quotes": len(d["quotes"])}
except Exception as e:
    res["8.1"] = {"exception": f"{type(e).__name__}: {e}"}

res["8.2"] = {}
for key, tg in (("list-empty", [""]), ("list-blank", ["   "]), ("str-empty", "")):
    try:
        doc = nlp(data["base"], targets=tg)
        d = doc.to_dict()
        res["8.2"][key] = {"raised": None, "doc_targets": list(doc.targets), "stance_targets": stance_targets(d),
                           "n_stances": sum(len(q["stances"]) for q in d["quotes"])}
    except Exception as e:
        res["8.2"][key] = {"raised": type(e).__name__, "mro": [k.__name__ for k in type(e).__mro__],
                           "message": str(e)}

def canon(d):
    return json.dumps(d, sort_keys=True, ensure_ascii=False)

def first_diff(a, b, path=""):
    if type(a) != type(b):
        return f"{path}: {str(a)[:80]} != {str(b)[:80]}"
    if isinstance(a, dict):
        for k in sorted(set(a) | set(b)):
            if k not in a or k not in b:
                return f"{path}.{k}: missing on one side"
            r = first_diff(a[k], b[k], f"{path}.{k}")
            if r:
                return r
        return None
    if isinstance(a, list):
        if len(a) != len(b):
            return f"{path}: length {len(a)} != {len(b)}"
        for i, (x, y) in enumerate(zip(a, b)):
            r = first_diff(x, y, f"{path}[{i}]")
            if r:
                return r
        return None
    return None if a == b else f"{path}: {str(a)[:80]} != {str(b)[:80]}"

try:
    good = {"id": "g1", "text": data["good"], "targets": ["the strike"]}
    bad = {"id": "bad", "text": data["bad"], "targets": ["the strike"]}
    good2 = {"id": "g2", "text": data["good2"], "targets": ["the strike"]}
    solo1 = [x.to_dict() for x in nlp.pipe([dict(good)], batch_size=8)][0]
    solo2 = [x.to_dict() for x in nlp.pipe([dict(good2)], batch_size=8)][0]
    stage = nlp.get("mentions")
    orig = stage.predict
    fired = []
    def predict(doc):
        if doc.id == "bad":
            fired.append(doc.id)
            raise RuntimeError("injected failure in the mentions stage")
        return orig(doc)
    stage.predict = predict
    r = {}
    try:
        docs = list(nlp.pipe([dict(good), dict(bad), dict(good2)], batch_size=8))
        r["ids"] = [x.id for x in docs]
        by = {x.id: x for x in docs}
        r["fired"] = bool(fired)
        b = by.get("bad")
        r["bad_error"] = str((b.meta.get("error") if b is not None else None) or getattr(b, "error", None) or "")
        for key, solo in (("g1", solo1), ("g2", solo2)):
            mixed = by[key].to_dict() if key in by else None
            r[key + "_identical"] = mixed is not None and canon(mixed) == canon(solo)
            r[key + "_first_diff"] = None if mixed is None else first_diff(solo, mixed)
    except Exception as e:
        r["exception"] = f"{type(e).__name__}: {e}"
        r["fired"] = bool(fired)
    finally:
        stage.predict = orig
    res["9.1"] = r
except Exception as e:
    res["9.1"] = {"exception": f"{type(e).__name__}: {e}"}

print("RESULT " + json.dumps(res, ensure_ascii=False))
'''


def shared_library(h: Harness):
    def go():
        d = h.workdir("shared-library")
        rng = random.Random(91)
        (d / "work" / "lib_input.json").write_text(json.dumps(
            {"base": BASE_TEXT, "good": BASE_TEXT, "bad": article(rng, 3), "good2": article(rng, 3)}), encoding="utf-8")
        p = h.script(d, LIB_SCRIPT, label="library script (python case_script.py)", timeout=h.timeout * 2)
        m = re.search(r"^RESULT (.*)$", p.stdout, re.M)
        return {"proc": p, "res": json.loads(m.group(1)) if m else None}
    return h.once("library", go)


def _lib(h, c, key):
    r = shared_library(h)
    if r["res"] is None:
        raise RuntimeError(f"library script gave no result (rc {r['proc'].rc}): {_tail(r['proc'].stderr, 800)}")
    if not r["res"]["pipeline_file"].startswith(str(h.tree)):
        raise RuntimeError(f"library imported from {r['res']['pipeline_file']}, not the tree")
    c.metrics.update(r["res"].get(key, {}) if key != "8.2" else {"results": r["res"]["8.2"]})
    return r["res"].get(key, {})


def c_8_1(h, c):
    r = _lib(h, c, "8.1")
    if not c.check("no exception", "exception" not in r, r.get("exception")):
        return
    c.check("doc.targets == ['the strike']", r["doc_targets"] == ["the strike"], r["doc_targets"][:12])
    c.check("stances only for 'the strike' (and some given)", r["stance_targets"] == ["the strike"], r["stance_targets"][:12])
    c.check("target summary == ['the strike']", r["summary_targets"] == ["the strike"], r["summary_targets"][:12])


def c_8_2(h, c):
    r = _lib(h, c, "8.2")
    e = r.get("list-empty", {})
    refused = e.get("raised") is not None and any(k in (e.get("mro") or []) for k in ("ValueError", "SaysoError", "InputError"))
    c.check("targets=[''] refused with ValueError / InputError", refused,
            f"{e.get('raised')}: {e.get('message')}" if e.get("raised") else f"given {e.get('n_stances')} stances")
    c.check("message says what is wrong", bool(e.get("message")) and "target" in (e.get("message") or "").lower(),
            e.get("message"))
    c.note(f"targets=['   ']: {r.get('list-blank')}; targets='': {r.get('str-empty')} (informative)")


def c_9_1(h, c):
    r = _lib(h, c, "9.1")
    if not r.get("fired"):
        raise RuntimeError("the injected failure never fired (mentions stage no longer calls predict?) " + str(r))
    if not c.check("pipe did not raise", "exception" not in r, r.get("exception")):
        return
    c.check("3 docs in input order", r["ids"] == ["g1", "bad", "g2"], r["ids"])
    c.check("the bad doc is flagged with its error", bool(r.get("bad_error")), r.get("bad_error"))
    c.check("g1 identical to its solo run", r.get("g1_identical"), r.get("g1_first_diff"))
    c.check("g2 identical to its solo run", r.get("g2_identical"), r.get("g2_first_diff"))


CASES = [
    ("1.1", "missing input, existing output: rc 2, quick, output untouched", c_1_1),
    ("1.2", "output path is a folder: rc 2, no traceback", c_1_2),
    ("1.3", "output folder not writable: rc 2, no traceback", c_1_3),
    ("1.4", "rc 1 (articles failed) vs rc 2 (usage)", c_1_4),
    ("2.1", "two runs, different inputs, one output", c_2_1),
    ("2.2", "same --resume command twice at once", c_2_2),
    ("3", "--resume after a cut last line", c_3),
    ("4.1", "duplicate id in input", c_4_1),
    ("4.2", "duplicate id with --resume", c_4_2),
    ("4.3", '"id": null', c_4_3),
    ("5.1", "10 KB / 100 KB / 1 MB one-line article", c_5_1),
    ("5.2", "5 normal articles + the 1 MB one", c_5_2),
    ("5.3", "50 targets vs 2 targets", c_5_3),
    ("5.4", "made-up target on a real article", c_5_4),
    ("6.1", "HTML in a JSONL text", c_6_1),
    ("6.2", "RSS with <script>/<style>", c_6_2),
    ("6.3", "Markdown code fence and table", c_6_3),
    ("6.4", "quote marks alone", c_6_4),
    ("6.5", "emoji-only quotes", c_6_5),
    ("6.6", "English with Arabic/Hebrew, a Hebrew paragraph", c_6_6),
    ("6.7", "German \u201e\u2026\u201c and \u201e\u2026\"", c_6_7),
    ("6.8", "\u00ab \u2026 \u00bb", c_6_8),
    ("6.9", "reversed \u00bb\u2026\u00ab", c_6_9),
    ("6.10", "control characters / terminal escapes in report", c_6_10),
    ("7.1", "RSS cut in its 4th item", c_7_1),
    ("7.2", "RSS named .jsonl, JSONL named .xml", c_7_2),
    ("7.3", "JSONL with a UTF-8 BOM", c_7_3),
    ("7.4", "CRLF .txt: offsets", c_7_4),
    ("7.5", "empty folder: rc 2", c_7_5),
    ("7.6", "--batch-size 0: rc 2", c_7_6),
    ("7.7", "Ctrl-C mid-run: rc 130, errors file, resumable", c_7_7),
    ("8.1", "library: targets='the strike' is one target", c_8_1),
    ("8.2", "library: empty target refused", c_8_2),
    ("9.1", "library: a failing doc does not change its batch-mates", c_9_1),
]


# ============================================================================ report
def run_case(h: Harness, cid: str, title: str, fn) -> dict:
    h.case_procs, h.case_accounts = [], []
    c = Case()
    t0 = time.monotonic()
    try:
        fn(h, c)
        verdict = "PASS" if c.checks and all(x["ok"] for x in c.checks) else "FAIL"
        herr = None
    except Exception:  # noqa: BLE001
        verdict, herr = "HARNESS ERROR", traceback.format_exc()
    procs = list(h.case_procs)
    accts = [h.accounts[k] for k in h.case_accounts if k in h.accounts]
    res = {
        "case": cid, "title": title, "verdict": verdict, "checks": c.checks, "metrics": c.metrics, "notes": c.notes,
        "harness_error": herr, "procs": [p.to_json() for p in procs],
        "rc": [p.rc for p in procs], "wall_s": round(sum(p.wall for p in procs), 1),
        "case_s": round(time.monotonic() - t0, 1),
        "traceback": any(p.traceback for p in procs), "accounts": accts,
    }
    print(f"[{cid}] {verdict}  rc={res['rc']}  {res['wall_s']} s", file=sys.stderr, flush=True)
    return res


def counters(h: Harness) -> dict:
    return {
        "crashes": sum(p.crash for p in h.all_procs),
        "lost_records": sum(a["lost"] for a in h.accounts.values()),
        "duplicated_records": sum(a["duplicated"] for a in h.accounts.values()),
        "hangs": sum(p.timed_out for p in h.all_procs),
        "corrupt_lines": sum(a["corrupt"] for a in h.accounts.values()),
        "processes": len(h.all_procs),
    }


def _md_cell(s) -> str:
    s = json.dumps(s, ensure_ascii=False) if not isinstance(s, str) else s
    s = re.sub(r"[\x00-\x1f\x7f-\x9f]", lambda m: f"\\x{ord(m.group()):02x}", s)
    return s.replace("|", "\\|")[:300]


def short(res: dict) -> str:
    if res["verdict"] == "HARNESS ERROR":
        return "harness error: " + res["harness_error"].strip().splitlines()[-1][:160]
    failed = [x for x in res["checks"] if not x["ok"]]
    if failed and res["case"] not in ("5.1", "5.3", "5.4"):
        return "; ".join(f"{x['check']} ({_md_cell(x['detail'])[:90]})" if x["detail"] not in ("", None) else x["check"]
                         for x in failed[:3])
    m = res["metrics"]
    if res["case"] == "5.1":
        t = m.get("seconds_per_article", {})
        return ", ".join(f"{k[2:]} " + (f"{v['seconds']} s" if v.get("seconds") is not None else v.get("status", "?"))
                         for k, v in t.items() if k in ("p-10KB", "p-100KB", "p-1MB-one-line"))
    if res["case"] == "5.3":
        return f"2 targets {m.get('seconds_2_targets')} s, 50 targets {m.get('seconds_50_targets')} s, ratio {m.get('ratio')}"
    if res["case"] == "5.4":
        return f"{m.get('non_neutral')} of {m.get('stances')} stances non-neutral"
    return ""


def write_report(h: Harness, results: list[dict], out: Path, meta: dict) -> None:
    out.parent.mkdir(parents=True, exist_ok=True)
    cnt = counters(h)
    data = {**meta, "counters": cnt, "cases": results}
    out.with_suffix(".json").write_text(json.dumps(data, indent=1, ensure_ascii=False, default=str) + "\n",
                                        encoding="utf-8")
    L = [f"# Reliability (issue 13): {meta['tree']}", "",
         f"`python eval/reliability.py --tree {meta['tree']} --out {meta['out']}"
         + (f" --only {' '.join(meta['only'])}" if meta["only"] else "") + "`", "",
         f"Tree `{meta['tree']}` at {meta['git_head']}{' (with uncommitted changes)' if meta['git_dirty'] else ''}; "
         f"package imported from `{meta['pipeline_file']}`. Python {meta['python']}. Started {meta['started']}, "
         f"total {meta['total_s']:.0f} s. Per-case timeout {meta['timeout_s']:.0f} s, "
         f"1 MB article {meta['big_timeout_s']:.0f} s.", "",
         "Contract: rc 0 all went through, 1 some articles failed (errors file + stderr), "
         "2 usage/environment error (one line, no traceback, output untouched), 130 interrupted.", "",
         f"**Counters**: crashes {cnt['crashes']} (traceback or rc outside 0/1/2/130, over {cnt['processes']} "
         f"processes), lost records {cnt['lost_records']}, duplicated records {cnt['duplicated_records']}, "
         f"hangs {cnt['hangs']}, corrupt lines {cnt['corrupt_lines']}.", "",
         f"**Verdicts**: " + ", ".join(f"{v} {sum(r['verdict'] == v for r in results)}"
                                       for v in ("PASS", "FAIL", "HARNESS ERROR")), "",
         "| case | what | verdict | rc | s | traceback | failed checks / measurement |",
         "|---|---|---|---|---|---|---|"]
    for r in results:
        rcs = "/".join(("T" if p["timed_out"] else str(p["rc"])) + ("*" if p["shared_run"] else "") for p in r["procs"])
        L.append(f"| {r['case']} | {_md_cell(r['title'])} | {r['verdict']} | {rcs or '-'} | {r['wall_s']} | "
                 f"{'yes' if r['traceback'] else 'no'} | {_md_cell(short(r))} |")
    L += ["", "rc: `*` = a shared run (one process reported under several cases; its seconds count in each), "
          "`T` = killed at the timeout. s = wall seconds of the processes of the case.", "", "## Details", ""]
    for r in results:
        L.append(f"### {r['case']} {r['title']}: {r['verdict']}")
        L.append("")
        for p in r["procs"]:
            L.append(f"- `{p['cmd']}` ({p['label'] or 'run'}{', shared run ' + p['shared_run'] if p['shared_run'] else ''})"
                     f": rc {p['rc']}{' TIMED OUT' if p['timed_out'] else ''}, {p['wall_s']} s, "
                     f"traceback {'yes' if p['traceback'] else 'no'}{'; ' + p['note'] if p['note'] else ''}")
            err = [ln for ln in p["stderr_tail"].splitlines() if ln.strip() and not ln.startswith("articles:")]
            if err:
                L.append(f"  - stderr (last lines): `{_md_cell(' / '.join(err[-3:]))[:300]}`")
        for x in r["checks"]:
            det = f" ({_md_cell(x['detail'])})" if x["detail"] not in ("", None) else ""
            L.append(f"- [{'x' if x['ok'] else ' '}] {x['check']}{det}")
        for a in r["accounts"]:
            L.append(f"- output `{a['key']}`: {a['output_lines']} lines, lost {a['lost']}"
                     f"{'' if a['lost_counted'] else ' (not counted: run did not finish normally)'}, "
                     f"duplicated {a['duplicated']}, corrupt {a['corrupt']}")
        if r["metrics"]:
            L.append(f"- metrics: `{_md_cell(json.dumps(r['metrics'], ensure_ascii=False))[:300]}` (full in JSON)")
        for n in r["notes"]:
            L.append(f"- note: {_md_cell(n)}")
        if r["harness_error"]:
            L.append("- harness error:\n\n```\n" + r["harness_error"][-1500:] + "```")
        L.append("")
    out.with_suffix(".md").write_text("\n".join(L), encoding="utf-8")


def compare(before: Path, after: Path, out: Path) -> None:
    """One table of two runs' JSON (before / after), case by case, with their counters."""
    def load(p):
        d = json.loads(p.read_text(encoding="utf-8"))
        return {c["case"]: c for c in d["cases"]}, d

    b, bd = load(before)
    a, ad = load(after)

    def rc(c):
        return "/".join(str(x) for x in (c.get("rc") or [])) or "-"

    def why(c):
        failed = [ch["check"] for ch in c.get("checks", []) if not ch.get("ok")]
        return "; ".join(failed)[:160]

    def measured(c):
        m = c.get("metrics") or {}
        if "seconds_per_article" in m:
            return ", ".join(f"{k[2:]} {v['seconds']} s" if v.get("seconds") is not None else f"{k[2:]} {v['status']}"
                             for k, v in m["seconds_per_article"].items() if "target" not in k)
        if "ratio" in m:
            return f"2 targets {m.get('seconds_2_targets')} s, 50 targets {m.get('seconds_50_targets')} s " \
                   f"(x{m.get('ratio')}), {m.get('targets_in_record')} scored"
        if "non_neutral" in m:
            flag = [t.get("mentioned") for t in m.get("target_summary", [])]
            return f"{m['non_neutral']} of {m['stances']} non-neutral" + (f", mentioned: {flag[0]}" if flag else "")
        return ""

    lines = [f"# Reliability before and after (issue 13)", "",
             f"Before: `{bd['tree']}` at {bd.get('git_head', '?')}; after: `{ad['tree']}` at {ad.get('git_head', '?')}"
             f"{' (uncommitted changes)' if ad.get('git_dirty') else ''}.", "",
             "`python eval/reliability.py --tree TREE --out OUT` for each, then "
             f"`python eval/reliability.py --compare {before} {after} --out {out.with_suffix('')}`.", "",
             "| counter | before | after |", "|---|---|---|"]
    for k in bd["counters"]:
        lines.append(f"| {k.replace('_', ' ')} | {bd['counters'][k]} | {ad['counters'].get(k)} |")
    lines += ["", "| case | what | before | rc | after | rc | measured before | measured after | after: checks that "
              "still fail |", "|---|---|---|---|---|---|---|---|---|"]
    for cid in b:
        cb, ca = b[cid], a.get(cid, {})
        lines.append(f"| {cid} | {cb['title']} | {cb['verdict']} | {rc(cb)} | {ca.get('verdict', '-')} | {rc(ca)} | "
                     f"{measured(cb)} | {measured(ca)} | {why(ca) if ca.get('verdict') != 'PASS' else ''} |")
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--tree", help="source tree whose pipeline/ to run (PYTHONPATH)")
    ap.add_argument("--out", help="output path without suffix: writes OUT.md and OUT.json")
    ap.add_argument("--only", nargs="+", metavar="CASE", help="run only these cases (e.g. 1.1 3 6.10)")
    ap.add_argument("--timeout", type=float, default=180, help="default per-process timeout, seconds")
    ap.add_argument("--big-timeout", type=float, default=300, help="timeout for the 1 MB article cases (5.1, 5.2)")
    ap.add_argument("--seeds", default=str(SEEDS), help="folder of real articles (case 5.4)")
    ap.add_argument("--keep", action="store_true", help="keep the temporary folders (path printed)")
    ap.add_argument("--list", action="store_true", help="list the cases and exit")
    ap.add_argument("--compare", nargs=2, metavar=("BEFORE_JSON", "AFTER_JSON"),
                    help="write one before/after table of two runs to OUT.md, and run nothing")
    a = ap.parse_args(argv)
    if a.compare:
        if not a.out:
            ap.error("--compare needs --out")
        compare(Path(a.compare[0]), Path(a.compare[1]), Path(a.out + ".md"))
        print(f"wrote {a.out}.md")
        return 0
    if a.list:
        for cid, title, _ in CASES:
            print(f"{cid:5} {title}")
        return 0
    if not (a.tree and a.out):
        ap.error("--tree and --out are required")
    tree = Path(a.tree).resolve()
    known = [cid for cid, _, _ in CASES]
    if a.only and (bad := [x for x in a.only if x not in known]):
        ap.error(f"unknown case(s) {bad}; known: {' '.join(known)}")
    if not (tree / "pipeline" / "cli.py").is_file():
        ap.error(f"{tree} holds no pipeline/cli.py")
    h = Harness(tree, a.timeout, a.big_timeout, a.keep, Path(a.seeds))
    chk = subprocess.run([sys.executable, "-c", "import pipeline; print(pipeline.__file__)"], cwd=h.root, env=h.env,
                         capture_output=True, text=True)
    pfile = chk.stdout.strip()
    if not pfile.startswith(str(tree) + os.sep):
        print(f"reliability: PYTHONPATH={tree} imports pipeline from {pfile or chk.stderr!r}", file=sys.stderr)
        return 2

    def git(*args):
        r = subprocess.run(["git", "-C", str(tree), *args], capture_output=True, text=True)
        return r.stdout.strip() if r.returncode == 0 else ""
    meta = {"tree": str(tree), "out": a.out, "only": a.only or [], "git_head": git("rev-parse", "--short", "HEAD") or "?",
            "git_dirty": bool(git("status", "--porcelain", "--untracked-files=no")), "pipeline_file": pfile,
            "python": sys.version.split()[0], "started": time.strftime("%Y-%m-%d %H:%M:%S"),
            "timeout_s": a.timeout, "big_timeout_s": a.big_timeout}
    t0 = time.monotonic()
    results = []
    try:
        for cid, title, fn in CASES:
            if a.only and cid not in a.only:
                continue
            results.append(run_case(h, cid, title, fn))
    finally:
        meta["total_s"] = time.monotonic() - t0
        write_report(h, results, Path(a.out), meta)
        if a.keep:
            print(f"reliability: temporary folders kept in {h.root}", file=sys.stderr)
        h.cleanup()
    cnt = counters(h)
    print(f"reliability: {sum(r['verdict'] == 'PASS' for r in results)}/{len(results)} pass; {cnt}; "
          f"{meta['total_s']:.0f} s; wrote {a.out}.md and .json", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
