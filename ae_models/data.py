"""Datasets: IDX reading, where the files live, checksums and a one-time download.

Search order for a dataset's four IDX files (plain or gzipped): an explicit folder, the folder named
by ``AE_STUDIO_DATA``, the copy bundled with the app (MNIST), the user's cache folder, a system folder
(Debian's Fashion-MNIST package), then, if allowed, a download from the dataset's mirrors into the cache.
Every file is read as a stream (gzip decompressed on the way) that stops as soon as it passes the size the
dataset's table allows, so a gzip bomb or a huge sparse file is refused after reading at most that much;
its MD5 is computed on the way and checked before use.
"""

from __future__ import annotations

import gzip
import hashlib
import logging
import os
import tempfile
import urllib.error
import urllib.request
import zlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType

import numpy as np

from ae_models.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError
from ae_models.resources import MNIST_DIR

log = logging.getLogger(__name__)

ENV_DATA = "AE_STUDIO_DATA"
ENV_CACHE = "AE_STUDIO_CACHE"

Progress = Callable[[str, int, int], None]
"""Called as ``progress(file_name, bytes_done, bytes_total)``; total is 0 when unknown."""

SPLIT_FILES = {
    "x_train": "train-images-idx3-ubyte",
    "y_train": "train-labels-idx1-ubyte",
    "x_test": "t10k-images-idx3-ubyte",
    "y_test": "t10k-labels-idx1-ubyte",
}


class DatasetError(TranslatableError, RuntimeError):
    """A dataset is missing, damaged or could not be downloaded; the message says what to do."""


@dataclass(frozen=True)
class DatasetInfo:
    """Where a dataset can come from and what its files must hash to (MD5 of decompressed bytes)."""

    name: str
    title: str
    folder: str
    md5: dict[str, str]
    mirrors: tuple[str, ...]
    system_dirs: tuple[str, ...] = ()
    install_hint: str = ""  # marked for translation (QT_TRANSLATE_NOOP) where it is written
    bundled: Path | None = None  # the copy that ships inside the app, if any
    counts: tuple[int, int] = (60_000, 10_000)  # training and test digits

    def max_bytes(self, stem: str) -> int:
        """The decompressed size of one IDX file of this dataset (header included): nothing may be larger."""
        count = self.counts[0] if stem.startswith("train") else self.counts[1]
        return 16 + count * 28 * 28 if "images" in stem else 8 + count


REGISTRY: Mapping[str, DatasetInfo] = MappingProxyType({
    "mnist": DatasetInfo(
        name="mnist",
        title="MNIST",
        folder="mnist",
        md5={
            "train-images-idx3-ubyte": "6bbc9ace898e44ae57da46a324031adb",
            "train-labels-idx1-ubyte": "a25bea736e30d166cdddb491f175f624",
            "t10k-images-idx3-ubyte": "2646ac647ad5339dbf082846283269ea",
            "t10k-labels-idx1-ubyte": "27ae3e4e09519cfbb04c329615203637",
        },
        mirrors=(
            "https://ossci-datasets.s3.amazonaws.com/mnist/",
            "https://storage.googleapis.com/cvdf-datasets/mnist/",
        ),
        bundled=MNIST_DIR,
    ),
    "fashion-mnist": DatasetInfo(
        name="fashion-mnist",
        title="Fashion-MNIST",
        folder="fashion-mnist",
        md5={
            "train-images-idx3-ubyte": "f4a8712d7a061bf5bd6d2ca38dc4d50a",
            "train-labels-idx1-ubyte": "9018921c3c673c538a1fc5bad174d6f9",
            "t10k-images-idx3-ubyte": "8181f5470baa50b63fa0f6fddb340f0a",
            "t10k-labels-idx1-ubyte": "15d484375f8d13e6eb1aabb0c3f46965",
        },
        mirrors=("http://fashion-mnist.s3-website.eu-central-1.amazonaws.com/",),
        system_dirs=("/usr/share/datasets/fashion-mnist",),
        install_hint=QT_TRANSLATE_NOOP("Engine", "On Debian or Ubuntu: sudo apt install dataset-fashion-mnist."),
    ),
})


@dataclass(frozen=True)
class Dataset:
    """A loaded dataset: uint8 images (N, 28, 28) and uint8 labels (N,)."""

    name: str
    x_train: np.ndarray
    y_train: np.ndarray
    x_test: np.ndarray
    y_test: np.ndarray
    source: Path


def cache_dir() -> Path:
    """The user's cache folder for downloaded datasets."""
    if os.environ.get(ENV_CACHE):
        return Path(os.environ[ENV_CACHE])
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "ae-studio" / "datasets"


CHUNK = 1 << 20
LARGEST_IDX = 16 + 60_000 * 28 * 28


def read_idx(path: Path, limit: int = LARGEST_IDX) -> np.ndarray:
    """Read one IDX file (plain or ``.gz``, at most ``limit`` bytes decompressed) into a uint8 array."""
    return _parse_idx(_read_bytes(path, limit)[0], path.name)


def _read_bytes(path: Path, limit: int) -> tuple[bytes, str]:
    """A file's (decompressed) bytes and their MD5, read as a stream that stops past ``limit`` bytes."""
    too_big = DatasetError(QT_TRANSLATE_NOOP("Engine", "{path} is larger than any file of this dataset can be "
                                                       "({limit:,} bytes): it is damaged or a different file. "
                                                       "Delete it and provide the original."),
                           path=path, limit=limit)
    try:
        with path.open("rb") as raw:
            packed = raw.read(2) == b"\x1f\x8b"
            raw.seek(0)
            if not packed and os.fstat(raw.fileno()).st_size > limit:
                raise too_big
            stream = gzip.GzipFile(fileobj=raw) if packed else raw
            data, digest = bytearray(), hashlib.md5()
            while chunk := stream.read(min(CHUNK, limit + 1 - len(data))):
                data += chunk
                digest.update(chunk)
                if len(data) > limit:
                    raise too_big
    except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
        raise DatasetError(QT_TRANSLATE_NOOP("Engine", "{path} is damaged ({reason}): its compressed data cannot "
                                                       "be read. Delete it and provide the file again."),
                           path=path, reason=str(exc)) from exc
    except OSError as exc:
        raise DatasetError(QT_TRANSLATE_NOOP("Engine", "{path} could not be read ({reason}). Delete it and provide "
                                                       "the file again."), path=path, reason=str(exc)) from exc
    return bytes(data), digest.hexdigest()


def _parse_idx(data: bytes, label: str) -> np.ndarray:
    if len(data) < 8 or data[0] != 0 or data[1] != 0 or data[2] != 0x08:
        raise DatasetError(QT_TRANSLATE_NOOP("Engine", "{file} is not an IDX file of unsigned bytes."), file=label)
    ndim = data[3]
    header = 4 + 4 * ndim
    if len(data) < header:
        raise DatasetError(QT_TRANSLATE_NOOP("Engine", "{file} is truncated: its header is incomplete."), file=label)
    shape = tuple(int.from_bytes(data[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim))
    expected = header + int(np.prod(shape, dtype=np.int64))
    if len(data) != expected:
        raise DatasetError(QT_TRANSLATE_NOOP("Engine", "{file} is truncated or damaged: {size} bytes where its "
                                                       "header promises {expected}."),
                           file=label, size=len(data), expected=expected)
    return np.frombuffer(data, dtype=np.uint8, offset=header).reshape(shape)


def _find_file(folder: Path, stem: str) -> Path | None:
    for candidate in (folder / f"{stem}.gz", folder / stem):
        if candidate.is_file():
            return candidate
    return None


def candidate_dirs(info: DatasetInfo, folder: str | os.PathLike | None = None) -> list[Path]:
    """The folders searched for a dataset, in order."""
    dirs: list[Path] = []
    if folder is not None:
        dirs += [Path(folder), Path(folder) / info.folder]
    if os.environ.get(ENV_DATA):
        dirs.append(Path(os.environ[ENV_DATA]) / info.folder)
    if info.bundled is not None:
        dirs.append(info.bundled)
    dirs.append(cache_dir() / info.folder)
    dirs += [Path(d) for d in info.system_dirs]
    return dirs


def locate(name: str, folder: str | os.PathLike | None = None) -> Path | None:
    """The first searched folder holding all four files of ``name``, or None."""
    info = _info(name)
    for d in candidate_dirs(info, folder):
        if all(_find_file(d, stem) for stem in info.md5):
            return d
    return None


def load(
    name: str = "mnist",
    folder: str | os.PathLike | None = None,
    *,
    download: bool = False,
    progress: Progress | None = None,
    mirrors: Sequence[str] | None = None,
) -> Dataset:
    """Load a dataset as uint8 arrays, downloading it once into the cache when allowed.

    Raises DatasetError naming the folders searched, or the damaged file and what to do.
    """
    info = _info(name)
    found = locate(name, folder)
    if found is None:
        if not download:
            searched = "\n  ".join(str(d) for d in candidate_dirs(info, folder))
            missing = Text(QT_TRANSLATE_NOOP("Engine", "{title} was not found. Looked in:\n  {searched}\nPut the four "
                                                       "IDX files (plain or .gz) in one of these folders, set "
                                                       "{variable} to a folder holding '{folder}/', or download it."),
                           title=info.title, searched=searched, variable=ENV_DATA, folder=info.folder)
            if info.install_hint:
                missing = Text(QT_TRANSLATE_NOOP("Engine", "{message} {hint}"), message=missing,
                               hint=Text(info.install_hint))
            raise DatasetError(missing)
        found = fetch(name, progress=progress, mirrors=mirrors)
    arrays = {key: _load_checked(found, stem, info) for key, stem in SPLIT_FILES.items()}
    return Dataset(name=name, source=found, **arrays)


def _load_checked(folder: Path, stem: str, info: DatasetInfo) -> np.ndarray:
    path = _find_file(folder, stem)
    if path is None:
        raise DatasetError(QT_TRANSLATE_NOOP("Engine", "{file} is missing from {folder}."), file=stem, folder=folder)
    data, digest = _read_bytes(path, info.max_bytes(stem))
    if digest != info.md5[stem]:
        raise DatasetError(QT_TRANSLATE_NOOP("Engine", "{path} does not match the published {title} file (MD5 "
                                                       "{digest}, expected {expected}). It is damaged or a different "
                                                       "file: delete it and provide the original."),
                           path=path, title=info.title, digest=digest, expected=info.md5[stem])
    return _parse_idx(data, path.name)


def fetch(
    name: str,
    dest: Path | None = None,
    *,
    progress: Progress | None = None,
    mirrors: Sequence[str] | None = None,
    timeout: float = 30.0,
) -> Path:
    """Download a dataset's four files into ``dest`` (default: the cache), each checked before it lands.

    Each file goes to a temporary file in the destination folder and is moved into place only after its
    decompressed content matches the published MD5, so an interrupted or bad download leaves nothing.
    """
    info = _info(name)
    dest = Path(dest) if dest is not None else cache_dir() / info.folder
    dest.mkdir(parents=True, exist_ok=True)
    for stem, md5 in info.md5.items():
        if _find_file(dest, stem):
            continue
        errors = []
        for mirror in mirrors or info.mirrors:
            url = mirror.rstrip("/") + f"/{stem}.gz"
            try:
                _download_one(url, dest / f"{stem}.gz", md5, info.max_bytes(stem), progress, timeout)
                break
            except (OSError, urllib.error.URLError, DatasetError) as exc:
                log.warning("download of %s failed: %s", url, exc)
                errors.append(f"{url}: {exc}")
        else:
            raise DatasetError(QT_TRANSLATE_NOOP("Engine", "Could not download {title} ({file}).\n  {errors}\nCheck "
                                                           "the internet connection, or put the files in a folder "
                                                           "by hand."),
                               title=info.title, file=stem, errors="\n  ".join(errors))
    return dest


def _download_one(url: str, target: Path, md5: str, limit: int, progress: Progress | None,
                  timeout: float) -> None:
    fd, tmp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".part", dir=target.parent)
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb") as out, urllib.request.urlopen(url, timeout=timeout) as response:
            total = int(response.headers.get("Content-Length") or 0)
            done = 0
            while chunk := response.read(1 << 16):
                out.write(chunk)
                done += len(chunk)
                if done > limit:
                    raise DatasetError(QT_TRANSLATE_NOOP("Engine", "the download is larger than the file can be "
                                                                   "({limit:,} bytes)"), limit=limit)
                if progress:
                    progress(target.name, done, total)
        data, digest = _read_bytes(tmp, limit)
        if digest != md5:
            raise DatasetError(QT_TRANSLATE_NOOP("Engine", "checksum mismatch (MD5 {digest}, expected {expected})"),
                               digest=digest, expected=md5)
        _parse_idx(data, target.name)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)


def _info(name: str) -> DatasetInfo:
    try:
        return REGISTRY[name]
    except KeyError:
        raise DatasetError(QT_TRANSLATE_NOOP("Engine", "Unknown dataset {name!r}; known: {known}."),
                           name=name, known=", ".join(REGISTRY)) from None


def to_float(images: np.ndarray) -> np.ndarray:
    """uint8 images to float32 in [0, 1] (no float64 intermediate)."""
    out = images.astype(np.float32)
    out *= np.float32(1.0 / 255.0)
    return out
