"""The model block of a generated script: ``build_encoder``, ``build_decoder``, ``assemble`` and, when
training needs more than the autoencoder, ``make_trainer``; layer for layer what
``ae_models.architectures`` builds (same types, names, sizes and activations).
"""

from __future__ import annotations

import math
from collections.abc import Callable

from ae_models.codegen.pyfmt import INDENT, call, docstring, literal
from ae_models.zoo import IMAGE_SIDE, PIXELS, ModelSpec

Lines = list[str]


def _layer(target: str, layer: str, args: list[str], source: str) -> Lines:
    return call(INDENT, f"{target} = layers.{layer}", args, f"({source})")


def _shape(shape: tuple[int, ...]) -> str:
    return "x".join(str(d) for d in shape)


def _dense_trunk(hidden: tuple[int, ...]) -> tuple[Lines, str]:
    lines = [f'{INDENT}pixels = keras.Input(({PIXELS},), name="pixels")']
    source = "pixels"
    for i, units in enumerate(hidden):
        lines += _layer("x", "Dense", [str(units), 'activation="relu"', f'name="enc_dense_{i}"'], source)
        source = "x"
    return lines, source


def _dense_decoder(code_size: int, hidden: tuple[int, ...]) -> Lines:
    chain = "".join(f"{u} -> " for u in reversed(hidden))
    lines = ["def build_decoder():",
             *docstring(INDENT, f"The decoder: {code_size} code values -> {chain}{PIXELS} pixels in [0, 1]."),
             f'{INDENT}code = keras.Input(({code_size},), name="code_in")']
    source = "code"
    for i, units in enumerate(reversed(hidden)):
        lines += _layer("y", "Dense", [str(units), 'activation="relu"', f'name="dec_dense_{i}"'], source)
        source = "y"
    lines += _layer("pixels", "Dense", [str(PIXELS), 'activation="sigmoid"', 'name="reconstruction"'], source)
    return [*lines, f'{INDENT}return keras.Model(code, pixels, name="decoder")']


def _dense(spec: ModelSpec) -> Lines:
    arch = spec.arch
    hidden, size = tuple(int(u) for u in arch["hidden"]), int(arch["code_size"])
    activation = str(arch["code_activation"])
    if not activation.isidentifier():
        raise ValueError(f"{activation!r} is not the name of a Keras activation")
    chain = "".join(f"{u} -> " for u in hidden)
    lines = ["def build_encoder():",
             *docstring(INDENT, f"The encoder: {PIXELS} pixels -> {chain}a code of {size} values ({activation}).")]
    trunk, source = _dense_trunk(hidden)
    lines += trunk
    args = [str(size), f"activation={literal(activation)}"]
    if arch["l1"]:
        lines += [f"{INDENT}# An L1 penalty on the code values keeps most of them at zero: a sparse code.",
                  f"{INDENT}sparsity = PerSampleL1({literal(float(arch['l1']))})"]
        args.append("activity_regularizer=sparsity")
    lines += _layer("code", "Dense", [*args, 'name="code"'], source)
    if arch.get("top_k"):
        k = int(arch["top_k"])
        lines += [f"{INDENT}# Only the {k} largest code values stay; the others are set to zero.",
                  *call(INDENT, "code = TopK", [str(k), 'name="top_k"'], "(code)")]
    if arch.get("code_norm"):
        lines += [f"{INDENT}# A standardised code: zero mean and unit variance per value over the data.",
                  *_layer("code", "BatchNormalization", ["center=False", "scale=False", 'name="code_norm"'], "code")]
    lines.append(f'{INDENT}return keras.Model(pixels, code, name="encoder")')
    return [*lines, "", "", *_dense_decoder(size, hidden)]


def _vae(spec: ModelSpec) -> Lines:
    hidden, size = tuple(int(u) for u in spec.arch["hidden"]), int(spec.arch["code_size"])
    chain = "".join(f"{u} -> " for u in hidden)
    lines = ["def build_encoder():",
             *docstring(INDENT, f"The encoder: {PIXELS} pixels -> {chain}the mean and log-variance of a {size}-D code.")]
    trunk, source = _dense_trunk(hidden)
    lines += trunk
    lines += _layer("z_mean", "Dense", [str(size), 'name="z_mean"'], source)
    lines += _layer("z_log_var", "Dense", [str(size), 'name="z_log_var"'], source)
    lines.append(f'{INDENT}return keras.Model(pixels, [z_mean, z_log_var], name="encoder")')
    return [*lines, "", "", *_dense_decoder(size, hidden)]


def conv_paddings(filters: tuple[int, ...], code_side: int) -> list[str]:
    """The decoder's conv paddings: all 'same', except a last 'valid' (16 -> 14) when doubling overshoots 28."""
    blocks = len(filters)
    if code_side * 2**blocks == IMAGE_SIDE:
        return ["same"] * blocks
    if (code_side * 2 ** (blocks - 1) - 2) * 2 != IMAGE_SIDE:
        raise ValueError(f"{blocks} pooling blocks cannot be mirrored back to {IMAGE_SIDE}x{IMAGE_SIDE}")
    return ["same"] * (blocks - 1) + ["valid"]


def _conv(spec: ModelSpec) -> Lines:
    filters = tuple(int(f) for f in spec.arch["filters"])
    code_shape = spec.code_shape
    paddings = conv_paddings(filters, code_shape[0])
    sides, side = [], IMAGE_SIDE
    for f in filters:
        side = math.ceil(side / 2)
        sides.append(f"{side}x{side}x{f}")
    lines = ["def build_encoder():",
             *docstring(INDENT, f"The encoder: a {IMAGE_SIDE}x{IMAGE_SIDE}x1 image -> {' -> '.join(sides)} (the code).",
                        "Each block is a 3x3 convolution (relu) and a 2x2 max pooling that halves the side."),
             f'{INDENT}img = keras.Input(({IMAGE_SIDE}, {IMAGE_SIDE}, 1), name="image")']
    source = "img"
    for i, f in enumerate(filters):
        target = "code" if i == len(filters) - 1 else "x"
        lines += _layer("x", "Conv2D", [str(f), "3", 'activation="relu"', 'padding="same"', f'name="enc_conv_{i}"'],
                        source)
        lines += _layer(target, "MaxPooling2D", ["2", 'padding="same"', f'name="enc_pool_{i}"'], "x")
        source = "x"
    lines += [f'{INDENT}return keras.Model(img, code, name="encoder")', "", ""]
    return lines + _conv_decoder(filters, code_shape, paddings)


def _conv_decoder(filters: tuple[int, ...], code_shape: tuple[int, ...], paddings: list[str]) -> Lines:
    lines = ["def build_decoder():",
             *docstring(INDENT, "The decoder mirrors the encoder: 3x3 convolutions, each followed by a 2x2 "
                        f"upsampling that doubles the side, back to a {IMAGE_SIDE}x{IMAGE_SIDE}x1 image in [0, 1]."),
             f'{INDENT}code = keras.Input({literal(tuple(code_shape))}, name="code_in")']
    source, side = "code", code_shape[0]
    for i, (f, padding) in enumerate(zip(reversed(filters), paddings)):
        if padding == "valid":
            lines.append(f"{INDENT}# A 'valid' convolution trims {side}x{side} to {side - 2}x{side - 2}, "
                         f"so the upsampling lands on {IMAGE_SIDE}.")
            side -= 2
        lines += _layer("y", "Conv2D", [str(f), "3", 'activation="relu"', f'padding="{padding}"', f'name="dec_conv_{i}"'],
                        source)
        lines += _layer("y", "UpSampling2D", ["2", f'name="dec_up_{i}"'], "y")
        source, side = "y", side * 2
    lines += _layer("image", "Conv2D", ["1", "3", 'activation="sigmoid"', 'padding="same"', 'name="reconstruction"'],
                    source)
    return [*lines, f'{INDENT}return keras.Model(code, image, name="decoder")']


FAMILIES: dict[str, Callable[[ModelSpec], Lines]] = {"dense": _dense, "conv": _conv, "vae": _vae}


def _assemble(spec: ModelSpec) -> Lines:
    shape = literal(spec.input_shape)
    lines = ["def assemble(encoder, decoder):",
             f'{INDENT}"""The autoencoder the app runs and this script saves: decoder(encoder(x))."""',
             f'{INDENT}x = keras.Input({shape}, name="input")']
    if spec.family == "vae":
        lines += [f"{INDENT}z_mean, _ = encoder(x)  # decode the mean: the saved model is deterministic",
                  f"{INDENT}return keras.Model(x, decoder(z_mean), name={literal(spec.name)})"]
    else:
        lines.append(f"{INDENT}return keras.Model(x, decoder(encoder(x)), name={literal(spec.name)})")
    return lines


NOISE_LAYERS = {  # how the trainer adds noise: only Gaussian, or a mix of kinds (TrainConfig.noise_kinds)
    "gaussian": ("ClippedGaussianNoise", ['stage["noise_factor"]']),
    "mixed": ("InputNoise", ['stage["noise_factor"]', 'stage["noise_kinds"]']),
}


def _trainer(spec: ModelSpec, noise: str | None) -> Lines:
    parts = (["noise on the inputs"] if noise else []) + ["the encoder"]
    parts += ["a sampled code", "the decoder"] if spec.family == "vae" else ["the decoder"]
    lines = ["def make_trainer(encoder, decoder, stage):",
             *docstring(INDENT, f"The model that is fitted: {', '.join(parts[:-1])} and {parts[-1]}.",
                        "It shares the encoder's and decoder's layers, so fitting it trains the autoencoder."),
             f'{INDENT}x = keras.Input({literal(spec.input_shape)}, name="input")']
    source = "x"
    if noise:
        layer, args = NOISE_LAYERS[noise]
        lines += call(INDENT, f"noisy = {layer}", [*args, 'seed=stage["seed"]', 'name="noise"'], "(x)")
        source = "noisy"
    if spec.family == "vae":
        lines += [f"{INDENT}z_mean, z_log_var = encoder({source})",
                  f'{INDENT}z = Sampling(seed=stage["seed"], name="sampling")([z_mean, z_log_var])',
                  f'{INDENT}return keras.Model(x, decoder(z), name="trainer")']
    else:
        lines.append(f'{INDENT}return keras.Model(x, decoder(encoder({source})), name="trainer")')
    return lines


def model_block(spec: ModelSpec, noise: str | None) -> tuple[str, bool]:
    """The builders' source, and whether the script needs ``make_trainer`` (for ``noise``, see
    ``NOISE_LAYERS``, or a VAE's sampling).

    Sizes are written as ``int``s: a sidecar's text can never reach the script as code.
    """
    lines = [*FAMILIES[spec.family](spec), "", "", *_assemble(spec)]
    needs_trainer = noise is not None or spec.family == "vae"
    if needs_trainer:
        lines += ["", "", *_trainer(spec, noise)]
    return "\n".join(lines) + "\n", needs_trainer
