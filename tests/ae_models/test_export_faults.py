"""An export that fails half-way (the disk fills on its third file, made by the test) leaves nothing."""

import errno

import numpy as np
import pytest

from ae_models import session_export


def results():
    rng = np.random.default_rng(0)
    return {"vanilla": session_export.ModelResult(rng.random(32, np.float32), rng.random((28, 28), np.float32))}


def test_a_session_export_is_all_or_nothing(tmp_path, monkeypatch):
    from PIL import Image

    real, calls = Image.Image.save, []

    def save(self, fp, *args, **kwargs):
        calls.append(fp)
        if len(calls) == 2:
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, fp, *args, **kwargs)

    monkeypatch.setattr(Image.Image, "save", save)
    drawing, model_input = np.zeros((280, 280), np.float32), np.zeros((28, 28), np.float32)
    with pytest.raises(OSError, match="No space left"):
        session_export.save_session(tmp_path / "mine", drawing, model_input, results())
    assert list(tmp_path.iterdir()) == []  # neither the NPZ nor the first PNG stays behind
    monkeypatch.setattr(Image.Image, "save", real)
    written = session_export.save_session(tmp_path / "mine", drawing, model_input, results())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in written) and len(written) == 4


def test_a_strip_export_is_all_or_nothing(tmp_path, monkeypatch):
    from PIL import Image

    real = Image.Image.save

    def save(self, fp, *args, format=None, **kwargs):  # the GIF (written second) fails
        if format == "GIF":
            raise OSError(errno.ENOSPC, "No space left on device")
        return real(self, fp, *args, format=format, **kwargs)

    monkeypatch.setattr(Image.Image, "save", save)
    with pytest.raises(OSError):
        session_export.save_strip(tmp_path / "morph", np.zeros((5, 28, 28), np.float32))
    assert list(tmp_path.iterdir()) == []
