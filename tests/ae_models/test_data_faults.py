"""Hostile dataset files made by the test: a gzip bomb, a huge sparse file, a corrupt compressed body.
Each is refused by name after reading no more than the dataset's own size allows."""

from __future__ import annotations

import gzip
import hashlib
import tracemalloc
from types import MappingProxyType

import pytest
from test_data import idx_bytes, tiny_arrays, write_files

from ae_models import data


@pytest.fixture
def tiny(monkeypatch, tmp_path):
    """A registered 12 + 5 digit dataset whose table allows IDX files of exactly that size."""
    arrays = tiny_arrays()
    md5 = {stem: hashlib.md5(idx_bytes(a)).hexdigest() for stem, a in arrays.items()}
    info = data.DatasetInfo(name="tiny", title="Tiny", folder="tiny", md5=md5, mirrors=(), counts=(12, 5))
    monkeypatch.setattr(data, "REGISTRY", MappingProxyType({**data.REGISTRY, "tiny": info}))
    monkeypatch.delenv(data.ENV_DATA, raising=False)
    monkeypatch.setenv(data.ENV_CACHE, str(tmp_path / "cache"))
    write_files(tmp_path / "d", arrays, gz=True)
    return tmp_path / "d"


def test_the_table_gives_mnist_sizes():
    info = data.REGISTRY["mnist"]
    assert info.max_bytes("train-images-idx3-ubyte") == 47_040_016
    assert info.max_bytes("t10k-labels-idx1-ubyte") == 10_008


def test_a_gzip_bomb_is_refused_without_inflating_it(tiny):
    bomb = tiny / "train-images-idx3-ubyte.gz"
    bomb.write_bytes(gzip.compress(bytes(20_000_000), 1))  # 20 KB that inflate to 20 MB
    tracemalloc.start()
    try:
        with pytest.raises(data.DatasetError, match=r"train-images-idx3-ubyte\.gz is larger than any file "
                                                    r"of this dataset can be \(9,424 bytes\)"):
            data.load("tiny", tiny)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 5_000_000  # read in 1 MiB steps and stopped: never the 20 MB
    assert bomb.exists()  # a file of the user's is named, never deleted


def test_a_huge_sparse_file_is_refused_before_reading(tiny):
    (tiny / "t10k-images-idx3-ubyte.gz").unlink()
    sparse = tiny / "t10k-images-idx3-ubyte"
    with sparse.open("wb") as fh:
        fh.truncate(6 << 30)  # 6 GiB that take no disk space
    with pytest.raises(data.DatasetError, match=r"t10k-images-idx3-ubyte is larger than any file"):
        data.load("tiny", tiny)


def test_a_corrupt_compressed_body_says_damaged_and_names_the_file(tiny):
    path = tiny / "train-images-idx3-ubyte.gz"
    raw = bytearray(path.read_bytes())
    raw[10:40] = b"\xff" * 30  # the deflate stream right after the gzip header: zlib.error
    path.write_bytes(bytes(raw))
    with pytest.raises(data.DatasetError, match=r"train-images-idx3-ubyte\.gz is damaged"):
        data.load("tiny", tiny)


def test_intact_files_still_load(tiny):
    assert data.load("tiny", tiny).x_train.shape == (12, 28, 28)
