"""SEESAW as a corpus: its articles as sayso reads them, and the speaker match its end-to-end stance
evaluation (``eval/stance_e2e.py``) uses.

SEESAW (CC BY-NC-SA 4.0) is evaluation only: never in shipped weights, never in a training set. Its
valid split may choose among designs; test is scored once per release (``eval/stance_e2e.py``).
"""
from __future__ import annotations

import json
import os
import unicodedata
from collections import Counter
from pathlib import Path
from typing import Any

from .corpora import SHARED

SEESAW = Path(os.environ.get("SAYSO_SEESAW", SHARED / "benchmarks" / "seesaw"))
SIDES = {"favor": "POS", "against": "NEG", "neutral": "neutral"}
STOP = {"the", "of", "and", "for", "a", "an", "mr", "mrs", "ms", "dr", "jr", "sr", "s", "de", "la", "us", "u"}


def fold(s: str) -> list[str]:
    s = unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode().lower()
    return [w for w in "".join(c if c.isalnum() else " " for c in s).split() if w not in STOP and len(w) > 1]


def same_speaker(subject: str, name: str | None) -> bool:
    return bool(name) and bool(set(fold(subject)) & set(fold(name)))


def load_articles(split: str, root: Path = SEESAW, limit: int | None = None) -> list[dict[str, Any]]:
    """SEESAW articles of one split: id, text, sentence spans by id, targets, triplets."""
    out = []
    for meta_file in sorted((root / "meta").glob("TRIPLET_*.json")):
        if json.loads(meta_file.read_text(encoding="utf-8")).get("Split") != split:
            continue
        for ann_file in sorted((root / "annotations").glob(f"{meta_file.stem}_DOCUMENT_*.json")):
            ann = json.loads(ann_file.read_text(encoding="utf-8"))
            art = json.loads((root / "articles" / ann_file.name).read_text(encoding="utf-8"))
            parts, spans, pos = [], {}, 0
            for piece, sid in [(art.get("title") or "", None)] + [(s["text"] or "", int(s["id"])) for s in art["text"]]:
                piece = " ".join(piece.split())
                if not piece:
                    continue
                if parts:
                    pos += 2
                if sid is not None:
                    spans[sid] = (pos, pos + len(piece))
                parts.append(piece)
                pos += len(piece)
            triplets = [dict(t, sentence=int(sid)) for sid, ts in ann.get("sentence-level stances", {}).items()
                        for t in ts]
            objects = Counter(t["object"] for t in triplets)
            out.append({"id": ann_file.stem, "text": "\n\n".join(parts), "spans": spans,
                        "targets": [o for o, _ in objects.most_common(16)], "triplets": triplets})
    return out[:limit] if limit else out
