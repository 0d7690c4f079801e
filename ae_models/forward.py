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
from collections import Counter
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

from ae_models.forward_layers import Array, Op, UnsupportedError, activated, folds_upsampling, layer_op, upsampled_conv
from ae_models.zoo import IMAGE_SIDE


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
    """A functional model as one function: each layer's op applied in config (topological) order, with an
    upsampling that only feeds a convolution folded into it (``upsampled_conv``)."""
    layers: list[tuple[str, str, str, dict, list[Array]]] = []  # name, source, kind, config, weights
    for group, layer in _named(model_config["layers"]).values():
        kind = layer["class_name"]
        if kind == "InputLayer":
            continue
        nodes = layer["inbound_nodes"]
        if len(nodes) != 1:
            raise UnsupportedError(f"{kind} called {len(nodes)} times")
        vars_ = groups[group]["vars"] if group in groups else {}
        values = [np.asarray(vars_[str(i)], np.float32) for i in range(len(vars_))]
        layers.append((layer["config"]["name"], _source(nodes[0]), kind, layer["config"], values))
    outputs = model_config["output_layers"]
    if outputs and isinstance(outputs[0], list):
        if not first_output and len(outputs) != 1:
            raise UnsupportedError("a decoder with several outputs")
        outputs = outputs[0]  # an encoder's first output is its code (a VAE's z_mean)
    start, end = model_config["input_layers"], outputs[0]
    start = start[0][0] if isinstance(start[0], list) else start[0]
    steps = _steps(layers, end)

    def run(x: Array) -> Array:
        values = {start: x}
        for name, source, op in steps:
            values[name] = op(values[source])
        return values[end]

    return run


def _steps(layers: list[tuple[str, str, str, dict, list[Array]]], end: str) -> list[tuple[str, str, Op]]:
    """(name, source, op) per layer; a convolution whose source is an upsampling nothing else reads takes
    that upsampling's source and does both (the upsampling's step goes)."""
    by_name = {layer[0]: layer for layer in layers}
    readers = Counter(source for _, source, *_ in layers)
    folded, steps = set(), []
    for name, source, kind, config, values in layers:
        before = by_name.get(source)
        if (kind == "Conv2D" and before is not None and before[2] == "UpSampling2D" and readers[source] == 1
                and source != end and folds_upsampling(values)):
            try:
                steps.append((name, before[1], activated(config, upsampled_conv(before[3], values, config))))
                folded.add(source)
                continue
            except UnsupportedError:
                pass  # each on its own
        steps.append((name, source, layer_op(kind, config, values)))
    return [step for step in steps if step[0] not in folded]
