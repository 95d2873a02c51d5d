"""The annotation data files (annotations/articles/*.yaml, annotations/stance/topics/*.yaml) build
the committed gold files byte for byte, and broken data is refused with a message that names the
file, the record and the field."""

from __future__ import annotations

import copy
import importlib.util
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
ANNOTATIONS = ROOT / "annotations"
SEEDS = ROOT.parent / "shared" / "seeds"  # ../shared/seeds: the seed texts are not in the repository


def _load_builder() -> Any:
    """annotations/build.py is a script, not a package module: load it by path."""
    spec = importlib.util.spec_from_file_location("annotations_build", ANNOTATIONS / "build.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


build = _load_builder()


def _same_bytes(built: Path, committed: Path) -> None:
    assert built.read_bytes() == committed.read_bytes(), f"{committed} differs from a fresh build"


# ---------------------------------------------------------------- the data builds the committed files


def test_pairs_build_byte_identical(tmp_path: Path) -> None:
    assert build.main(["pairs", "--out", str(tmp_path), "--quiet"]) == 0
    _same_bytes(tmp_path / "stance" / "pairs.jsonl", ANNOTATIONS / "stance" / "pairs.jsonl")


def test_own_articles_build_byte_identical() -> None:
    # Without the seeds folder: the seed articles are skipped, the own articles need no files.
    records = build.build_articles(sorted(build.ARTICLE_FILES.glob("*.yaml")), None)
    for name in ("articles.jsonl", "train_articles.jsonl"):
        mine = [r for r in records if build.ARTICLE_OUTPUTS[r["split"]] == name]
        assert build.render(mine).encode("utf-8") == (ANNOTATIONS / name).read_bytes(), name


def test_all_articles_build_byte_identical(tmp_path: Path) -> None:
    if not SEEDS.is_dir():
        pytest.skip(f"no seed texts at {SEEDS}")
    assert build.main(["articles", "--out", str(tmp_path), "--seeds-dir", str(SEEDS), "--quiet"]) == 0
    for name in ("seeds.jsonl", "articles.jsonl", "train_articles.jsonl"):
        _same_bytes(tmp_path / name, ANNOTATIONS / name)


def test_held_topics_are_valid_and_not_built(tmp_path: Path) -> None:
    held = sorted(build.HELD_FILES.glob("*.yaml"))
    assert held, "the held-back topics are kept apart in annotations/stance/held/"
    records, _ = build.build_pairs(held, _write(tmp_path, "splits.yaml", {}))  # all train
    committed = (ANNOTATIONS / "stance" / "pairs.jsonl").read_text(encoding="utf-8")
    assert records and not any(f'"topic": "{t}"' in committed for t in {r["topic"] for r in records})


# ---------------------------------------------------------------- broken data is refused

ARTICLE = {
    "id": "own_99_uk_test",
    "split": "dev",
    "locale": "uk",
    "targets": ["the strike"],
    "body": "Strike goes ahead\n\nUnion leader Jo Bloggs said: “We will not back down.”\n",
    "entities": [{"id": "e1", "name": "Jo Bloggs", "type": "person"}],
    "mentions": [{"id": "m1", "span": "Union leader Jo Bloggs", "entity": "e1"}],
    "quotes": [{"kind": "direct", "span": "We will not back down.", "cue": "Bloggs ⟦said⟧",
                "speaker": "m1", "stance": {"the strike": "favor"}}],
}

TOPIC = {
    "topic": "test-strike", "register": "UK", "domain": "labour", "lead": "Workers walked out.",
    "items": [{"speaker": "Jo Bloggs", "speaker_type": "person", "quote_kind": "direct",
               "passage": "Jo Bloggs said: “[[We will not back down.]]”", "labels": {"the strike": "favor"}}],
}


def _write(tmp_path: Path, name: str, data: Any) -> Path:
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def _article_problems(tmp_path: Path, article: dict[str, Any]) -> str:
    path = _write(tmp_path, "bad.yaml", [article])
    with pytest.raises(build.DataError) as info:
        build.build_articles([path], None)
    return str(info.value)


def _pair_problems(tmp_path: Path, topic: dict[str, Any]) -> str:
    path = _write(tmp_path, "bad.yaml", [topic])
    splits = _write(tmp_path, "splits.yaml", {"test": ["test-strike"]})
    with pytest.raises(build.DataError) as info:
        build.build_pairs([path], splits)
    return str(info.value)


def test_good_records_build(tmp_path: Path) -> None:
    (rec,) = build.build_articles([_write(tmp_path, "ok.yaml", [ARTICLE])], None)
    assert rec["quotes"][0]["text"] == "We will not back down." and rec["quotes"][0]["speaker"] == "m1"
    records, _ = build.build_pairs([_write(tmp_path, "t.yaml", [TOPIC])], _write(tmp_path, "s.yaml", {}))
    assert [r["id"] for r in records] == ["test-strike-01-the-strike"]


def test_article_missing_field(tmp_path: Path) -> None:
    bad = copy.deepcopy(ARTICLE)
    del bad["locale"]
    assert "bad.yaml: own_99_uk_test: locale: missing" in _article_problems(tmp_path, bad)


def test_article_unknown_labels(tmp_path: Path) -> None:
    bad = copy.deepcopy(ARTICLE)
    bad["quotes"][0]["stance"] = {"the strike": "favour"}
    bad["entities"][0]["type"] = "people"
    msg = _article_problems(tmp_path, bad)
    assert "own_99_uk_test: quotes[1].stance['the strike']: 'favour' is not one of against, favor, neutral" in msg
    assert "own_99_uk_test: entities[1].type: 'people' is not one of" in msg


def test_article_span_not_in_text(tmp_path: Path) -> None:
    bad = copy.deepcopy(ARTICLE)
    bad["quotes"][0]["span"] = "We will never back down."
    msg = _article_problems(tmp_path, bad)
    assert "bad.yaml: own_99_uk_test: quotes[1].span: 'We will never back down.' occurs 0 times" in msg


def test_article_built_record_is_checked(tmp_path: Path) -> None:
    bad = copy.deepcopy(ARTICLE)
    bad["quotes"][0]["kind"] = "indirect"  # found in the text, but it sits between quote marks
    assert "bad.yaml: own_99_uk_test: built record: quote q1" in _article_problems(tmp_path, bad)


def test_pair_missing_field_and_unknown_label(tmp_path: Path) -> None:
    bad = copy.deepcopy(TOPIC)
    del bad["items"][0]["quote_kind"]
    bad["items"].append(dict(TOPIC["items"][0], labels={"the strike": "support"}))
    msg = _pair_problems(tmp_path, bad)
    assert "bad.yaml: test-strike: items[1].quote_kind: missing" in msg
    assert "bad.yaml: test-strike: items[2].labels['the strike']: 'support' is not one of" in msg


def test_pair_quote_not_marked(tmp_path: Path) -> None:
    bad = copy.deepcopy(TOPIC)
    bad["items"][0]["passage"] = "Jo Bloggs said: “We will not back down.”"
    msg = _pair_problems(tmp_path, bad)
    assert "bad.yaml: test-strike: items[1].passage: expected exactly one [[...]] span, got 0" in msg


def test_pair_split_names_unknown_topic(tmp_path: Path) -> None:
    path = _write(tmp_path, "t.yaml", [TOPIC])
    splits = _write(tmp_path, "splits.yaml", {"dev": ["no-such-topic"]})
    with pytest.raises(build.DataError, match="splits.yaml: dev: names unknown topic 'no-such-topic'"):
        build.build_pairs([path], splits)
