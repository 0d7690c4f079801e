"""The data layer: IDX parsing, the search order, checksums, the download path and the real MNIST."""

from __future__ import annotations

import gzip
import hashlib
import http.server
import shutil
import threading
from pathlib import Path
from types import MappingProxyType

import numpy as np
import pytest

from ae_models import data

STEMS = list(data.SPLIT_FILES.values())


def idx_bytes(array: np.ndarray) -> bytes:
    header = bytes([0, 0, 0x08, array.ndim]) + b"".join(int(d).to_bytes(4, "big") for d in array.shape)
    return header + array.astype(np.uint8).tobytes()


def tiny_arrays(seed: int = 0) -> dict[str, np.ndarray]:
    rng = np.random.default_rng(seed)
    return {
        "train-images-idx3-ubyte": rng.integers(0, 256, (12, 28, 28), dtype=np.uint8),
        "train-labels-idx1-ubyte": rng.integers(0, 10, 12, dtype=np.uint8),
        "t10k-images-idx3-ubyte": rng.integers(0, 256, (5, 28, 28), dtype=np.uint8),
        "t10k-labels-idx1-ubyte": rng.integers(0, 10, 5, dtype=np.uint8),
    }


@pytest.fixture
def tiny(monkeypatch, tmp_path):
    """A registered dataset 'tiny' whose checksums match the arrays this test writes."""
    arrays = tiny_arrays()
    md5 = {stem: hashlib.md5(idx_bytes(a)).hexdigest() for stem, a in arrays.items()}
    info = data.DatasetInfo(name="tiny", title="Tiny", folder="tiny", md5=md5, mirrors=("http://127.0.0.1:9/",))
    monkeypatch.setattr(data, "REGISTRY", MappingProxyType({**data.REGISTRY, "tiny": info}))  # read-only: replaced
    monkeypatch.delenv(data.ENV_DATA, raising=False)
    monkeypatch.setenv(data.ENV_CACHE, str(tmp_path / "cache"))
    return arrays


def write_files(folder: Path, arrays: dict[str, np.ndarray], gz: bool) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for stem, array in arrays.items():
        raw = idx_bytes(array)
        if gz:
            (folder / f"{stem}.gz").write_bytes(gzip.compress(raw))
        else:
            (folder / stem).write_bytes(raw)


@pytest.mark.parametrize("gz", [False, True])
def test_loads_plain_and_gzipped_files(tiny, tmp_path, gz):
    write_files(tmp_path / "d", tiny, gz)
    ds = data.load("tiny", tmp_path / "d")
    assert ds.x_train.dtype == np.uint8 and ds.x_train.shape == (12, 28, 28)
    np.testing.assert_array_equal(ds.x_test, tiny["t10k-images-idx3-ubyte"])
    np.testing.assert_array_equal(ds.y_train, tiny["train-labels-idx1-ubyte"])


def test_env_folder_holds_dataset_subfolder(tiny, tmp_path, monkeypatch):
    write_files(tmp_path / "root" / "tiny", tiny, gz=True)
    monkeypatch.setenv(data.ENV_DATA, str(tmp_path / "root"))
    assert data.locate("tiny") == tmp_path / "root" / "tiny"
    assert data.load("tiny").y_test.shape == (5,)


def test_truncated_file_is_named(tiny, tmp_path):
    write_files(tmp_path / "d", tiny, gz=False)
    path = tmp_path / "d" / "train-images-idx3-ubyte"
    path.write_bytes(path.read_bytes()[:-100])
    with pytest.raises(data.DatasetError, match="train-images-idx3-ubyte is truncated"):
        data.read_idx(path)
    with pytest.raises(data.DatasetError, match="does not match"):
        data.load("tiny", tmp_path / "d")


def test_checksum_mismatch_is_an_error_not_used(tiny, tmp_path):
    changed = dict(tiny)
    changed["t10k-labels-idx1-ubyte"] = (tiny["t10k-labels-idx1-ubyte"] + 1) % 10
    write_files(tmp_path / "d", changed, gz=True)
    with pytest.raises(data.DatasetError) as err:
        data.load("tiny", tmp_path / "d")
    assert "t10k-labels-idx1-ubyte" in str(err.value) and "delete it" in str(err.value)


def test_missing_dataset_lists_places_searched(tiny, tmp_path, monkeypatch):
    monkeypatch.setenv(data.ENV_DATA, str(tmp_path / "nowhere"))
    with pytest.raises(data.DatasetError) as err:
        data.load("tiny", tmp_path / "explicit")
    message = str(err.value)
    for place in (tmp_path / "explicit", tmp_path / "nowhere" / "tiny", tmp_path / "cache" / "tiny"):
        assert str(place) in message
    assert data.ENV_DATA in message


def test_not_idx_is_rejected(tmp_path):
    path = tmp_path / "junk"
    path.write_bytes(b"hello world, not an idx file")
    with pytest.raises(data.DatasetError, match="not an IDX file"):
        data.read_idx(path)


class _Files(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output quiet
        pass


@pytest.fixture
def server(tmp_path):
    """A file server on 127.0.0.1 serving tmp_path/www."""
    root = tmp_path / "www"
    root.mkdir()
    handler = lambda *a, **kw: _Files(*a, directory=str(root), **kw)  # noqa: E731
    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{httpd.server_address[1]}/"
    httpd.shutdown()
    httpd.server_close()


def test_download_reports_progress_and_lands_checked_files(tiny, server, tmp_path):
    root, url = server
    write_files(root, tiny, gz=True)
    seen = []
    ds = data.load("tiny", download=True, mirrors=[url], progress=lambda f, d, t: seen.append((f, d, t)))
    assert ds.source == tmp_path / "cache" / "tiny"
    assert {f for f, _, _ in seen} == {f"{s}.gz" for s in STEMS}
    last = {f: (d, t) for f, d, t in seen}
    assert all(d == t > 0 for d, t in last.values())
    np.testing.assert_array_equal(ds.x_train, tiny["train-images-idx3-ubyte"])


def test_download_with_bad_checksum_leaves_nothing(tiny, server, tmp_path):
    root, url = server
    bad = dict(tiny)
    bad["train-images-idx3-ubyte"] = np.zeros((12, 28, 28), np.uint8)
    write_files(root, bad, gz=True)
    with pytest.raises(data.DatasetError, match="checksum mismatch"):
        data.load("tiny", download=True, mirrors=[url])
    cache = tmp_path / "cache" / "tiny"
    assert not (cache / "train-images-idx3-ubyte.gz").exists()
    assert not [p for p in cache.iterdir() if p.name.endswith(".part")]


def test_download_from_unreachable_mirror_says_what_to_do(tiny):
    with pytest.raises(data.DatasetError, match="Check the internet connection"):
        data.fetch("tiny", timeout=2)


def test_the_bundled_mnist_is_found_first_and_checks_out():
    """MNIST ships with the app: found with nothing set up (no AE_STUDIO_DATA, an empty cache), MD5s checked."""
    assert data.locate("mnist") == data.REGISTRY["mnist"].bundled
    ds = data.load("mnist")
    assert ds.x_train.shape == (60000, 28, 28) and ds.x_test.shape == (10000, 28, 28)
    assert ds.y_train.shape == (60000,) and set(np.unique(ds.y_test)) == set(range(10))
    assert np.bincount(ds.y_test).tolist()[:3] == [980, 1135, 1032]
    assert abs(float(data.to_float(ds.x_train).mean()) - 0.1307) < 5e-4


def test_fashion_mnist_from_debians_package():
    """Debian's dataset-fashion-mnist (installed by CI) is found in its system folder and checks out."""
    if data.locate("fashion-mnist") is None:
        pytest.skip("Fashion-MNIST is not installed (apt install dataset-fashion-mnist)")
    ds = data.load("fashion-mnist")
    assert ds.x_train.shape == (60000, 28, 28) and ds.x_test.shape == (10000, 28, 28)
    assert np.bincount(ds.y_test).tolist() == [1000] * 10


def test_a_damaged_bundled_file_is_named_and_a_chosen_copy_still_works(tmp_path, monkeypatch, dataset_info):
    original = data.REGISTRY["mnist"].bundled
    bundled = tmp_path / "bundled"
    shutil.copytree(original, bundled)
    labels = bundled / "t10k-labels-idx1-ubyte.gz"
    labels.write_bytes(gzip.compress(gzip.decompress(labels.read_bytes())[:-1] + b"\x07"))  # one label changed
    dataset_info("mnist", bundled=bundled)
    with pytest.raises(data.DatasetError, match="t10k-labels-idx1-ubyte.gz does not match the published MNIST"):
        data.load("mnist")
    (tmp_path / "chosen").mkdir()
    (tmp_path / "chosen" / "mnist").symlink_to(original)
    monkeypatch.setenv(data.ENV_DATA, str(tmp_path / "chosen"))  # a folder the user names comes first
    assert data.load("mnist").y_test.shape == (10000,)
