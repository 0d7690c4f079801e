"""A NumPy forward pass of an autoencoder file, read without importing Keras.

The live views run every model on one or two digits per stroke; for inputs that small, a plain NumPy
pass over the zoo's layer kinds (dense, 3x3 convolution, pooling, upsampling, batch normalisation and
top-k) costs less than a compiled TensorFlow call, uses no thread pool, and is ready in milliseconds at
start-up, seconds before TensorFlow has even been imported. It reads the two members of a ``.keras`` file
itself: ``config.json`` for the layers and ``model.weights.h5`` for their weights, whose groups Keras
names after each layer's class (``dense``, ``dense_1``, …, per container, in layer order).

Anything outside that set (another layer kind, dtype, activation or option) raises ``UnsupportedError``, and
the caller runs the model with Keras instead; ``tests/ae_models/test_forward.py`` checks that every
architecture the zoo builds gives Keras's own outputs.
"""

from __future__ import annotations

import io
import json
import re
import zipfile
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ae_models.zoo import IMAGE_SIDE

Array = np.ndarray
Op = Callable[[Array], Array]

ACTIVATIONS: dict[str, Op] = {
    "linear": lambda x: x,
    "relu": lambda x: np.maximum(x, 0.0, out=x),
    "sigmoid": lambda x: 0.5 * (1.0 + np.tanh(0.5 * x)),  # exp-free: no overflow warning for large -x
    "tanh": np.tanh,
    "elu": lambda x: np.where(x > 0, x, np.expm1(np.minimum(x, 0.0))),
    "softplus": lambda x: np.logaddexp(np.float32(0.0), x),
}


class UnsupportedError(ValueError):
    """The file holds something this pass does not run (Keras runs it instead)."""


@dataclass(frozen=True)
class Forward:
    """An autoencoder as two NumPy functions: ``run(x)`` maps digits (n, 28, 28) to (codes, reconstructions)."""

    input_shape: tuple[int, ...]
    code_shape: tuple[int, ...]
    encoder: Op
    decoder: Op

    def run(self, digits: Array) -> tuple[Array, Array]:
        x = np.asarray(digits, np.float32).reshape((-1, *self.input_shape))
        code = self.encoder(x)
        return code, self.decoder(code).reshape((-1, IMAGE_SIDE, IMAGE_SIDE))


@dataclass(frozen=True)
class Output:
    """One model's result for one digit: its code (code shape) and reconstruction (28x28), and its
    reconstruction of the noisy digit when one was given."""

    code: Array
    reconstruction: Array
    noisy_reconstruction: Array | None = None


def digits(image: Array, noisy: Array | None = None) -> Array:
    """One 28x28 digit as a batch of one, or with ``noisy`` a batch of two (clean first)."""
    images = [image] if noisy is None else [image, noisy]
    return np.asarray(images, np.float32).reshape((len(images), IMAGE_SIDE, IMAGE_SIDE))


def outputs(results: Any, noisy: bool) -> dict[str, Output]:
    """``Output``s from (name, (codes, reconstructions)) pairs for a batch made by ``digits``."""
    found = {}
    for name, (code, recon) in results:
        recon = np.asarray(recon)
        found[name] = Output(np.asarray(code)[0], recon[0], recon[1] if noisy else None)
    return found


def run_all(passes: Mapping[str, Forward], image: Array, noisy: Array | None = None,
            noisy_for: Collection[str] | None = None) -> dict[str, Output]:
    """Every pass's code and reconstruction of one digit, and of ``noisy`` if given (for the passes named in
    ``noisy_for`` only, when given: the noise demo shows two models)."""
    clean, wanted = digits(image), passes if noisy_for is None else noisy_for
    both = None if noisy is None else digits(image, noisy)
    found = {}
    for name, fast in passes.items():
        if both is not None and name in wanted:
            code, recon = fast.run(both)
            found[name] = Output(code[0], recon[0], recon[1])
        else:
            code, recon = fast.run(clean)
            found[name] = Output(code[0], recon[0])
    return found


def load(path: str | Path) -> Forward:
    """The forward pass of the ``.keras`` file at ``path``; raises ``UnsupportedError`` (or ``store``'s
    ``ModelFileError`` for a file that is not a sound model archive)."""
    import h5py

    from ae_models import store

    path = Path(path)
    store.check_readable(path)  # sizes checked before anything is inflated
    try:
        with zipfile.ZipFile(path) as archive:
            config = json.loads(archive.read("config.json"))
            weights = h5py.File(io.BytesIO(archive.read("model.weights.h5")), "r")
    except (KeyError, OSError, ValueError, zipfile.BadZipFile) as exc:
        raise UnsupportedError(f"{path.name}: {exc}") from exc
    with weights:
        return build(config, weights)


def build(config: dict[str, Any], weights: Any) -> Forward:
    """The forward pass of a saved autoencoder's config and its weights file (an open h5py group)."""
    try:
        parts = _named(config["config"]["layers"])
        encoder, decoder = parts["encoder"], parts["decoder"]
        prefix = "layers/{}/layers".format
        enc = _graph(encoder[1]["config"], weights[prefix(encoder[0])], first_output=True)
        dec = _graph(decoder[1]["config"], weights[prefix(decoder[0])], first_output=False)
        input_shape = _input_shape(encoder[1]["config"])
        code_shape = _input_shape(decoder[1]["config"])
    except (KeyError, TypeError, IndexError) as exc:
        raise UnsupportedError(f"unexpected model layout: {exc!r}") from exc
    return Forward(input_shape, code_shape, enc, dec)


def snake_case(name: str) -> str:
    """A class name as Keras names its weights group: ``MaxPooling2D`` -> ``max_pooling2d``."""
    name = re.sub(r"\W+", "", name)
    name = re.sub("(.)([A-Z][a-z]+)", r"\1_\2", name)
    return re.sub("([a-z])([A-Z])", r"\1_\2", name).lower()


def _named(layers: list[dict]) -> dict[str, tuple[str, dict]]:
    """Layer name -> (its weights group's name, its config), for the layers of one container."""
    used: dict[str, int] = {}
    out = {}
    for layer in layers:
        group = snake_case(layer["class_name"])
        used[group] = used.get(group, -1) + 1
        out[layer["config"]["name"]] = (group if used[group] == 0 else f"{group}_{used[group]}", layer)
    return out


def _input_shape(model_config: dict) -> tuple[int, ...]:
    layer = next(item for item in model_config["layers"] if item["class_name"] == "InputLayer")
    return tuple(int(n) for n in layer["config"]["batch_shape"][1:])


def _source(node: dict) -> str:
    """The one layer feeding a layer's only call."""
    args = node["args"]
    tensors = args[0] if len(args) == 1 and isinstance(args[0], list) else args
    if len(tensors) != 1:
        raise UnsupportedError("layers with several inputs")
    return tensors[0]["config"]["keras_history"][0]


def _graph(model_config: dict, groups: Any, first_output: bool) -> Op:
    """A functional model as one function: each layer's op applied in config (topological) order."""
    steps: list[tuple[str, str, Op]] = []
    for group, layer in _named(model_config["layers"]).values():
        kind = layer["class_name"]
        if kind == "InputLayer":
            continue
        nodes = layer["inbound_nodes"]
        if len(nodes) != 1:
            raise UnsupportedError(f"{kind} called {len(nodes)} times")
        vars_ = groups[group]["vars"] if group in groups else {}
        values = [np.asarray(vars_[str(i)], np.float32) for i in range(len(vars_))]
        steps.append((layer["config"]["name"], _source(nodes[0]), _op(kind, layer["config"], values)))
    outputs = model_config["output_layers"]
    if outputs and isinstance(outputs[0], list):
        if not first_output and len(outputs) != 1:
            raise UnsupportedError("a decoder with several outputs")
        outputs = outputs[0]  # an encoder's first output is its code (a VAE's z_mean)
    start, end = model_config["input_layers"], outputs[0]
    start = start[0][0] if isinstance(start[0], list) else start[0]

    def run(x: Array) -> Array:
        values = {start: x}
        for name, source, op in steps:
            values[name] = op(values[source])
        return values[end]

    return run


def _op(kind: str, config: dict, values: list[Array]) -> Op:
    dtype = config.get("dtype")
    if isinstance(dtype, dict) and dtype.get("config", {}).get("name") != "float32":
        raise UnsupportedError(f"{kind} computes in {dtype.get('config', {}).get('name')}")
    if kind == "Dense":
        return _activated(config, _dense(values, config["use_bias"]))
    if kind == "Conv2D":
        return _activated(config, _conv2d(values, config))
    if kind == "MaxPooling2D":
        return _max_pool(config)
    if kind == "UpSampling2D":
        return _upsample(config)
    if kind == "BatchNormalization":
        return _batch_norm(values, config)
    if kind == "TopK":
        return _top_k(int(config["k"]))
    raise UnsupportedError(f"layer kind {kind}")


def _activated(config: dict, op: Op) -> Op:
    activation = config.get("activation", "linear")
    if not isinstance(activation, str) or activation not in ACTIVATIONS:
        raise UnsupportedError(f"activation {activation!r}")
    act = ACTIVATIONS[activation]
    return op if activation == "linear" else lambda x: act(op(x))


def _dense(values: list[Array], use_bias: bool) -> Op:
    kernel = values[0]
    bias = values[1] if use_bias else np.zeros(kernel.shape[1], np.float32)
    return lambda x: x @ kernel + bias


def _conv2d(values: list[Array], config: dict) -> Op:
    """A stride-1 convolution as one matrix product: over every pixel's neighbourhood (``_gathered``), or,
    when the layer has far fewer filters than input channels, over every pixel's channels (``_summed``)."""
    if (tuple(config["strides"]) != (1, 1) or tuple(config.get("dilation_rate", (1, 1))) != (1, 1)
            or config.get("groups", 1) != 1 or config.get("data_format") != "channels_last"):
        raise UnsupportedError("a convolution other than stride 1, channels last")
    kernel = values[0]
    kh, kw, channels, filters = kernel.shape
    bias = values[1] if config["use_bias"] else np.zeros(filters, np.float32)
    same = config["padding"] == "same"
    if not same and config["padding"] != "valid":
        raise UnsupportedError(f"padding {config['padding']}")
    top, left = ((kh - 1) // 2, (kw - 1) // 2) if same else (0, 0)  # TensorFlow puts an odd extra at the end
    pad = _padder(kh, kw, top, left) if same else (lambda x: x)
    return (_summed if 4 * filters <= channels else _gathered)(kernel, bias, pad)


def _padder(kh: int, kw: int, top: int, left: int) -> Op:
    """Zeros around the first two spatial axes, as 'same' padding needs (np.pad costs more than a layer)."""

    def pad(x: Array) -> Array:
        n, h, w, *rest = x.shape
        padded = np.zeros((n, h + kh - 1, w + kw - 1, *rest), np.float32)
        padded[:, top:top + h, left:left + w] = x
        return padded

    return pad


def _gathered(kernel: Array, bias: Array, pad: Op) -> Op:
    """Each output pixel from its copied neighbourhood: (pixels, kh*kw*channels) @ (that, filters)."""
    kh, kw, channels, filters = kernel.shape
    matrix = np.ascontiguousarray(kernel.reshape(kh * kw * channels, filters))

    def conv(x: Array) -> Array:
        x = pad(x)
        n, h, w, _ = x.shape
        oh, ow = h - kh + 1, w - kw + 1
        patches = np.empty((n, oh, ow, kh, kw, channels), np.float32)
        for i in range(kh):
            for j in range(kw):
                patches[:, :, :, i, j] = x[:, i:i + oh, j:j + ow]
        return (patches.reshape(n * oh * ow, -1) @ matrix + bias).reshape(n, oh, ow, filters)

    return conv


def _summed(kernel: Array, bias: Array, pad: Op) -> Op:
    """Every pixel's channels times every tap's weights, (pixels, channels) @ (channels, kh*kw*filters),
    then each tap's share added from its neighbour: no neighbourhood copied, far less to move when the
    filters are few (a decoder's last layer, many channels in and one out)."""
    kh, kw, channels, filters = kernel.shape
    taps = np.ascontiguousarray(kernel.transpose(2, 0, 1, 3).reshape(channels, kh * kw * filters))

    def conv(x: Array) -> Array:
        n, h, w, _ = x.shape
        shares = pad((x.reshape(-1, channels) @ taps).reshape(n, h, w, kh * kw, filters))
        oh, ow = shares.shape[1] - kh + 1, shares.shape[2] - kw + 1
        out = np.broadcast_to(bias, (n, oh, ow, filters)).copy()
        for i in range(kh):
            for j in range(kw):
                out += shares[:, i:i + oh, j:j + ow, i * kw + j]
        return out

    return conv


def _max_pool(config: dict) -> Op:
    size = tuple(config["pool_size"])
    if tuple(config["strides"]) != size or config.get("data_format") != "channels_last":
        raise UnsupportedError("pooling with strides other than its size")
    ph, pw = size
    same = config["padding"] == "same"

    def pool(x: Array) -> Array:
        n, h, w, c = x.shape
        if same and (h % ph or w % pw):  # as TensorFlow pads: at the end, so that the output is ceil(side / size)
            padded = np.full((n, h + -h % ph, w + -w % pw, c), -np.inf, np.float32)
            padded[:, :h, :w] = x
            x = padded
        elif not same:
            x = x[:, : h - h % ph, : w - w % pw]
        out = x[:, ::ph, ::pw]
        for i in range(ph):
            for j in range(pw):
                if i or j:
                    out = np.maximum(out, x[:, i::ph, j::pw])
        return out

    return pool


def _upsample(config: dict) -> Op:
    if config.get("interpolation", "nearest") != "nearest" or config.get("data_format") != "channels_last":
        raise UnsupportedError("upsampling other than nearest, channels last")
    sh, sw = config["size"]
    return lambda x: x.repeat(sh, axis=1).repeat(sw, axis=2)


def _batch_norm(values: list[Array], config: dict) -> Op:
    """Inference mode: the moving statistics (Keras keeps gamma, beta, mean, variance in that order)."""
    if config.get("axis", -1) not in (-1, [-1]):
        raise UnsupportedError("batch normalisation over another axis")
    values = list(values)
    gamma = values.pop(0) if config.get("scale", True) else np.float32(1.0)
    beta = values.pop(0) if config.get("center", True) else np.float32(0.0)
    mean, variance = values
    scale = (gamma / np.sqrt(variance + np.float32(config.get("epsilon", 1e-3)))).astype(np.float32)
    shift = (beta - mean * scale).astype(np.float32)
    return lambda x: x * scale + shift


def _top_k(k: int) -> Op:
    def top(x: Array) -> Array:
        kth = np.partition(x, -k, axis=-1)[..., -k:].min(axis=-1, keepdims=True)
        return np.where(x >= kth, x, np.float32(0.0))

    return top
