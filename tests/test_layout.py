"""The house's shape: dependencies point one way, and models are found through one location.

The import graph is read from the source with ``ast`` (nothing is imported), so
a lazy import inside a function counts as much as one at the top of a module.
"""
from __future__ import annotations

import ast
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "pipeline"

# Layers, lowest first: a module may import from its own layer and the layers below, never above.
#   core     the data model and what every stage shares (no stage, no model code)
#   nn       torch modules and their encoders
#   stages   the runtime stages, the pipeline, its engines (Ray), its readers and writers, scoring
#   tools    training and evaluation (import the runtime; the runtime never imports them)
#   cli      the command line (imports everything, lazily)
LAYERS = {
    "core": {"pipeline.doc", "pipeline.errors", "pipeline.text", "pipeline.clean", "pipeline.paths",
             "pipeline.device", "pipeline.batching", "pipeline.stage", "pipeline.progress", "pipeline.names"},
    "nn": {"pipeline.nn"},
    "stages": {"pipeline.stages", "pipeline.registry", "pipeline.pipeline", "pipeline.io", "pipeline.output",
               "pipeline.scoring", "pipeline.engines", "pipeline.feed", "pipeline.frames", "pipeline.report", "pipeline"},
    "tools": {"pipeline.training", "pipeline.evaluation"},
    "cli": {"pipeline.cli", "pipeline.__main__"},
}
ORDER = ["core", "nn", "stages", "tools", "cli"]


def _module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts = parts[:-1]
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """Every ``pipeline...`` module that ``path`` imports, resolved to absolute names."""
    name = _module_name(path)
    package = name if path.name == "__init__.py" else name.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            out.update(a.name for a in node.names)
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")
                base = base[:len(base) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            out.add(mod)
            # "from . import paths" imports a module, not a name
            out.update(f"{mod}.{a.name}" for a in node.names if (PACKAGE.parent / (f"{mod}.{a.name}".replace(".", "/") + ".py")).exists())
    return {m for m in out if m == "pipeline" or m.startswith("pipeline.")}


def _layer(module: str) -> str:
    best, best_len = None, -1
    for layer, prefixes in LAYERS.items():
        for p in prefixes:
            if (module == p or module.startswith(p + ".")) and len(p) > best_len:
                best, best_len = layer, len(p)
    assert best is not None, f"{module} is in no layer: add it to tests/test_layout.py LAYERS"
    return best


def _graph() -> dict[str, set[str]]:
    return {_module_name(p): _imports(p) for p in sorted(PACKAGE.rglob("*.py"))}


def test_every_import_points_down_the_layers():
    wrong = []
    for mod, deps in _graph().items():
        for dep in deps:
            if dep == "pipeline" and mod != "pipeline":
                # "from .. import load" / "from .. import paths": the package root re-exports load()
                continue
            if ORDER.index(_layer(dep)) > ORDER.index(_layer(mod)):
                wrong.append(f"{mod} ({_layer(mod)}) imports {dep} ({_layer(dep)})")
    assert not wrong, "imports that point up:\n" + "\n".join(sorted(wrong))


def test_training_and_evaluation_do_not_import_each_other_the_wrong_way():
    graph = _graph()
    # evaluation may read the corpora of training; training never needs evaluation
    bad = [f"{m} imports {d}" for m, deps in graph.items() if m.startswith("pipeline.training")
           for d in deps if d.startswith("pipeline.evaluation")]
    assert not bad, bad


def test_nn_never_imports_the_document_model():
    """nn/ works on tensors and strings: of the data model it may take the label sets (constants), never
    Document or its objects."""
    bad = []
    for p in (PACKAGE / "nn").glob("*.py"):
        for node in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if isinstance(node, ast.ImportFrom) and (node.module or "").endswith("doc"):
                bad += [f"nn/{p.name} imports {a.name}" for a in node.names if not a.name.isupper()]
            if isinstance(node, ast.ImportFrom) and (node.module or "").split(".")[0] in {"stages", "pipeline"} \
                    and "stages" in (node.module or ""):
                bad.append(f"nn/{p.name} imports {node.module}")
    assert not bad, bad


def test_the_package_never_loads_eval_scripts_or_files_by_path():
    offenders = []
    for p in PACKAGE.rglob("*.py"):
        src = p.read_text(encoding="utf-8")
        for needle in ("runpy", "spec_from_file_location", "sys.path.insert"):
            if needle in src:
                offenders.append(f"{p.relative_to(ROOT)}: {needle}")
        offenders += [f"{p.relative_to(ROOT)}: {m}" for m in re.findall(r"[\"']eval[\"'][^\n]*\.py[\"']", src)]
    assert not offenders, offenders


def test_eval_scripts_import_the_package_not_each_other():
    scripts = {p.stem for p in (ROOT / "eval").glob("*.py")}
    bad = []
    for p in (ROOT / "eval").glob("*.py"):
        tree = ast.parse(p.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = [a.name for a in node.names] if isinstance(node, ast.Import) else \
                [node.module or ""] if isinstance(node, ast.ImportFrom) and not node.level else []
            bad += [f"eval/{p.name} imports {n}" for n in names if n.split(".")[0] in scripts]
    assert not bad, bad


def test_the_layer_check_sees_an_upward_import(tmp_path):
    """The check itself can fail: a runtime module importing training is caught."""
    fake = PACKAGE / "stages" / "_layout_probe.py"
    fake.write_text("from ..training import corpora\n", encoding="utf-8")
    try:
        with pytest.raises(AssertionError, match="imports pipeline.training"):
            test_every_import_points_down_the_layers()
    finally:
        fake.unlink()


# ---------------------------------------------------------------- models location


def test_models_dir_prefers_the_environment_variable(monkeypatch, tmp_path):
    from pipeline import paths

    (tmp_path / paths.TAGGER).mkdir()
    (tmp_path / paths.TAGGER / "tagger_config.json").write_text("{}", encoding="utf-8")
    monkeypatch.setenv(paths.MODELS_ENV, str(tmp_path))
    assert paths.models_dir() == tmp_path
    assert paths.model_path(paths.TAGGER) == tmp_path / paths.TAGGER
    assert paths.tagger_available()


def test_models_dir_without_models_says_none_available(monkeypatch, tmp_path):
    from pipeline import paths

    monkeypatch.setenv(paths.MODELS_ENV, str(tmp_path / "nothing-here"))
    assert not paths.tagger_available()


def test_models_dir_takes_the_packaged_folder_before_the_checkout(monkeypatch, tmp_path):
    from pipeline import paths

    monkeypatch.delenv(paths.MODELS_ENV, raising=False)
    pkg = tmp_path / "site" / "pipeline"
    (pkg / "models").mkdir(parents=True)
    monkeypatch.setattr(paths, "_PACKAGE", pkg)
    assert paths.models_dir() == pkg / "models"
    (pkg / "models").rmdir()
    assert paths.models_dir() == tmp_path / "site" / "models"


def test_models_dir_in_this_checkout_is_the_models_folder(monkeypatch):
    from pipeline import paths

    monkeypatch.delenv(paths.MODELS_ENV, raising=False)
    assert paths.models_dir() == ROOT / "models"


@pytest.mark.slow
def test_a_non_editable_install_finds_its_models(tmp_path):
    """``pip install .`` (a wheel, not editable): the models ship inside the package and load from
    there, from a working directory outside the checkout."""
    site = tmp_path / "site"
    subprocess.run([sys.executable, "-m", "pip", "install", "-q", "--no-deps", "--no-build-isolation",
                    "--target", str(site), str(ROOT)], check=True, capture_output=True, text=True)
    assert (site / "pipeline" / "models" / "quote-tagger-minilm" / "model.safetensors").is_file()
    probe = (
        "import pipeline, pipeline.paths as p\n"
        "from pipeline.nn.tagger import Tagger\n"
        "assert pipeline.__file__.startswith(%r), pipeline.__file__\n"
        "assert p.models_dir() == p._PACKAGE / 'models', p.models_dir()\n"
        "assert p.tagger_available()\n"
        "t = Tagger.from_pretrained(p.model_path(p.TAGGER), device='cpu')\n"
        "from pipeline import load\n"
        "nlp = load()\n"
        "doc = nlp('“We will not back down,” said Nick Bird, the union leader.')\n"
        "print(p.models_dir(), len(doc.quotes), type(nlp.stages[2]).__name__)\n"
    ) % str(site)
    env = {k: v for k, v in os.environ.items() if k != "SAYSO_MODELS"}
    env["PYTHONPATH"] = str(site)
    out = subprocess.run([sys.executable, "-c", probe], cwd=tmp_path, env=env, capture_output=True, text=True)
    assert out.returncode == 0, out.stderr[-3000:]
    models, n_quotes, quote_stage = out.stdout.split()
    assert models == str(site / "pipeline" / "models")
    assert int(n_quotes) == 1 and quote_stage == "TaggedQuotes"


# ---------------------------------------------------------------- the CLI calls functions


@pytest.mark.parametrize("argv", [["train", "stance-lr", "-h"], ["train", "quotes", "-h"], ["train", "stance", "-h"],
                                  ["eval", "gold", "-h"], ["eval", "polnear", "-h"], ["bench", "-h"]])
def test_help_of_a_tool_command_is_the_tools_help_and_does_nothing(argv, monkeypatch, tmp_path, capsys):
    """`sayso train X -h` prints the trainer's options and trains nothing (models untouched)."""
    from pipeline import cli, paths

    monkeypatch.setenv(paths.MODELS_ENV, str(tmp_path))
    with pytest.raises(SystemExit) as exc:
        cli.main(argv)
    assert exc.value.code == 0
    assert "usage:" in capsys.readouterr().out
    assert list(tmp_path.iterdir()) == []
