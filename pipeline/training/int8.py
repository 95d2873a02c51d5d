"""Write the int8 calibration ranges of a model folder (:mod:`pipeline.nn.int8`).

    python -m pipeline.training.int8 models/stance-mpnet models/stance-minilm models/quote-tagger-minilm

Runs the fp32 pipeline over our own train articles (``annotations/train_articles.jsonl``, never dev or
test text), records the largest input of every linear layer of the model's encoder per channel, and
stores them as ``int8_ranges.safetensors`` in the folder. At load, ``precision="auto"`` on a CPU with
int8 dot products then quantizes the encoder with these SmoothQuant ranges.
"""
from __future__ import annotations

import logging
from pathlib import Path

from ..nn.int8 import DEFAULT_ALPHA, RANGES_NAME, activation_ranges, save_ranges
from .corpora import OWN_TRAIN, read_jsonl

log = logging.getLogger(__name__)


def stale_int8_ranges(model_dir: str | Path) -> bool:
    """Remove ``model_dir``'s int8 ranges (a trainer calls this when it writes new weights there); whether
    there were any. Write new ones with ``python -m pipeline.training.int8 MODEL_DIR``."""
    f = Path(model_dir) / RANGES_NAME
    if not f.exists():
        return False
    f.unlink()
    log.warning("removed %s: it was measured on the old weights (write new ranges: python -m pipeline.training.int8 %s)",
                f, model_dir)
    return True


def calibrate(model_dir: str | Path) -> Path:
    """Run the fp32 pipeline over our train articles and store the input ranges of the model's linear layers."""
    from ..pipeline import load

    model_dir = Path(model_dir).resolve()
    docs = read_jsonl(OWN_TRAIN)
    kind = "tagger" if (model_dir / "tagger_config.json").exists() else "stance"
    cfg = {"stance": {"model_path": str(model_dir)}} if kind == "stance" else {"tagged-quotes": {"model_path": str(model_dir)}}
    nlp = load(device="cpu", precision="fp32", quotes="tagger", config=cfg)
    stage = nlp.get("stance" if kind == "stance" else "tagged-quotes")
    model = stage.transformer.model if kind == "stance" else stage.tagger.model
    encoder = model.encoder
    # the tagger's ranges need no stance work: its articles go in without targets
    inputs = [{"id": d["id"], "text": d["text"], "targets": (d.get("targets") or []) if kind == "stance" else []}
              for d in docs]
    ranges = activation_ranges(encoder, lambda: list(nlp.pipe(inputs)))
    out = save_ranges(ranges, model_dir / RANGES_NAME, data="annotations/train_articles.jsonl",
                      articles=str(len(docs)), alpha=str(DEFAULT_ALPHA))
    log.info("wrote %s (%d layers, %d articles)", out, len(ranges), len(docs))
    return out


def main(argv: list[str] | None = None) -> int:
    import argparse

    ap = argparse.ArgumentParser(prog="python -m pipeline.training.int8",
                                 description="write the int8 calibration ranges of a model folder (stance or tagger)")
    ap.add_argument("model_dirs", nargs="+")
    args = ap.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(message)s")
    for d in args.model_dirs:
        calibrate(d)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
