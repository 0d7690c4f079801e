"""Keras builders for the zoo's families, and the custom layers they need (all serializable).

Every autoencoder is ``decoder(encoder(x))`` with sub-models named ``encoder`` and ``decoder``. Training
uses a separate *trainer* model that shares those two sub-models and adds what only training needs:
input noise for the denoiser, sampling and the KL term for the VAE.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import keras
from keras import layers, ops

from ae_models.zoo import IMAGE_SIDE, PIXELS, ModelSpec

PACKAGE = "ae_studio"


@keras.saving.register_keras_serializable(package=PACKAGE)
class PerSampleL1(keras.regularizers.Regularizer):
    """L1 activity penalty per sample: its strength depends neither on the batch size nor on the replicas.

    Keras (3.14 and later) divides an activity penalty by the batch it saw, so the sum here becomes the
    mean over samples; under data parallelism each replica's mean is then averaged with the others'.
    """

    def __init__(self, strength: float = 0.0):
        self.strength = float(strength)

    def __call__(self, x):
        return self.strength * ops.sum(ops.abs(x))

    def get_config(self) -> dict:
        return {"strength": self.strength}


@keras.saving.register_keras_serializable(package=PACKAGE)
class TopK(layers.Layer):
    """Keeps each sample's ``k`` largest values and sets the others to zero: a code sparse by construction."""

    def __init__(self, k: int = 1, **kwargs):
        super().__init__(**kwargs)
        self.k = int(k)

    def call(self, x):
        kth = ops.top_k(x, self.k)[0][:, -1:]
        return ops.where(x >= kth, x, ops.zeros_like(x))

    def get_config(self) -> dict:
        return {**super().get_config(), "k": self.k}


# The same noises as ae_models.noise, in Keras ops: (x, normal, uniform, factor) -> noisy x before clipping.
NOISE_OPS = {
    "gaussian": lambda x, normal, uniform, f: x + f * normal,
    "salt-and-pepper": lambda x, normal, uniform, f: ops.where(
        uniform < f / 2, 0.0, ops.where(uniform > 1 - f / 2, 1.0, x)),
    "masking": lambda x, normal, uniform, f: ops.where(uniform < f, 0.0, x),
}


@keras.saving.register_keras_serializable(package=PACKAGE)
class InputNoise(layers.Layer):
    """Noise at ``factor`` of one of ``kinds``, drawn per sample, clipped to [0, 1]; active only in training."""

    def __init__(self, factor: float = 0.5, kinds=("gaussian",), seed: int | None = None, **kwargs):
        super().__init__(**kwargs)
        self.factor = float(factor)
        self.kinds = tuple(kinds)
        self.seed = seed
        self.seed_generator = keras.random.SeedGenerator(seed)

    def call(self, x, training=False):
        if not training or self.factor == 0:
            return x
        shape = ops.shape(x)
        normal = keras.random.normal(shape, seed=self.seed_generator, dtype=x.dtype)
        uniform = keras.random.uniform(shape, seed=self.seed_generator, dtype=x.dtype)
        pick = keras.random.randint((shape[0],), 0, len(self.kinds), seed=self.seed_generator)
        rows = (-1,) + (1,) * (len(x.shape) - 1)
        out = ops.zeros_like(x)
        for i, kind in enumerate(self.kinds):
            chosen = ops.reshape(ops.cast(ops.equal(pick, i), x.dtype), rows)
            out = out + chosen * NOISE_OPS[kind](x, normal, uniform, self.factor)
        return ops.clip(out, 0.0, 1.0)

    def get_config(self) -> dict:
        return {**super().get_config(), "factor": self.factor, "kinds": list(self.kinds), "seed": self.seed}


@keras.saving.register_keras_serializable(package=PACKAGE)
class Sampling(layers.Layer):
    """Draws z ~ N(z_mean, exp(z_log_var)) and adds the KL divergence to the loss.

    The KL term is divided by the number of pixels, matching a reconstruction loss that is a mean
    over pixels (so the sum is the usual ELBO scaled by 1/784).
    """

    def __init__(self, kl_weight: float = 1.0 / PIXELS, seed: int | None = None, **kwargs):
        super().__init__(**kwargs)
        self.kl_weight = float(kl_weight)
        self.seed = seed
        self.seed_generator = keras.random.SeedGenerator(seed)

    def call(self, inputs):
        z_mean, z_log_var = inputs
        kl = -0.5 * ops.sum(1 + z_log_var - ops.square(z_mean) - ops.exp(z_log_var), axis=-1)
        self.add_loss(self.kl_weight * ops.mean(kl))
        eps = keras.random.normal(ops.shape(z_mean), seed=self.seed_generator, dtype=z_mean.dtype)
        return z_mean + ops.exp(0.5 * z_log_var) * eps

    def get_config(self) -> dict:
        return {**super().get_config(), "kl_weight": self.kl_weight, "seed": self.seed}


@dataclass(frozen=True)
class Built:
    """The models of one spec: the autoencoder (what ships) and the trainer (what is fitted)."""

    autoencoder: keras.Model
    trainer: keras.Model
    encoder: keras.Model
    decoder: keras.Model


def _dense_trunk(hidden) -> tuple:
    inp = keras.Input((PIXELS,), name="pixels")
    x = inp
    for i, units in enumerate(hidden):
        x = layers.Dense(units, activation="relu", name=f"enc_dense_{i}")(x)
    return inp, x


def _dense_decoder(code_size: int, hidden) -> keras.Model:
    y = code_in = keras.Input((code_size,), name="code_in")
    for i, units in enumerate(reversed(hidden)):
        y = layers.Dense(units, activation="relu", name=f"dec_dense_{i}")(y)
    out = layers.Dense(PIXELS, activation="sigmoid", name="reconstruction")(y)
    return keras.Model(code_in, out, name="decoder")


def _dense_parts(spec: ModelSpec) -> tuple[keras.Model, keras.Model]:
    arch = spec.arch
    inp, x = _dense_trunk(arch["hidden"])
    reg = PerSampleL1(arch["l1"]) if arch["l1"] else None
    code = layers.Dense(arch["code_size"], activation=arch["code_activation"],
                        activity_regularizer=reg, name="code")(x)
    if arch.get("top_k"):
        code = TopK(arch["top_k"], name="top_k")(code)
    if arch.get("code_norm"):  # a standardised code: zero mean, unit variance per value over the data
        code = layers.BatchNormalization(center=False, scale=False, name="code_norm")(code)
    return keras.Model(inp, code, name="encoder"), _dense_decoder(arch["code_size"], arch["hidden"])


def _conv_parts(spec: ModelSpec) -> tuple[keras.Model, keras.Model]:
    filters = tuple(spec.arch["filters"])
    x = inp = keras.Input((IMAGE_SIDE, IMAGE_SIDE, 1), name="image")
    for i, f in enumerate(filters):
        x = layers.Conv2D(f, 3, activation="relu", padding="same", name=f"enc_conv_{i}")(x)
        x = layers.MaxPooling2D(2, padding="same", name=f"enc_pool_{i}")(x)
    encoder = keras.Model(inp, x, name="encoder")
    side = spec.code_shape[0]
    # Upsampling doubles the side; when that overshoots 28 (4 -> 8 -> 16 -> 32), the last block's
    # conv is 'valid' (16 -> 14) so the final upsampling lands on 28, as in the Keras blog's model.
    last_valid = side * 2 ** len(filters) != IMAGE_SIDE
    if last_valid and (side * 2 ** (len(filters) - 1) - 2) * 2 != IMAGE_SIDE:
        raise ValueError(f"{len(filters)} pooling blocks cannot be mirrored back to {IMAGE_SIDE}x{IMAGE_SIDE}")
    y = code_in = keras.Input(spec.code_shape, name="code_in")
    for i, f in enumerate(reversed(filters)):
        padding = "valid" if last_valid and i == len(filters) - 1 else "same"
        y = layers.Conv2D(f, 3, activation="relu", padding=padding, name=f"dec_conv_{i}")(y)
        y = layers.UpSampling2D(2, name=f"dec_up_{i}")(y)
    out = layers.Conv2D(1, 3, activation="sigmoid", padding="same", name="reconstruction")(y)
    return encoder, keras.Model(code_in, out, name="decoder")


def _vae_parts(spec: ModelSpec) -> tuple[keras.Model, keras.Model]:
    arch = spec.arch
    inp, x = _dense_trunk(arch["hidden"])
    z_mean = layers.Dense(arch["code_size"], name="z_mean")(x)
    z_log_var = layers.Dense(arch["code_size"], name="z_log_var")(x)
    encoder = keras.Model(inp, [z_mean, z_log_var], name="encoder")
    return encoder, _dense_decoder(arch["code_size"], arch["hidden"])


BUILDERS: dict[str, Callable[[ModelSpec], tuple[keras.Model, keras.Model]]] = {
    "dense": _dense_parts,
    "conv": _conv_parts,
    "vae": _vae_parts,
}


def code_of(encoded):
    """The code from an encoder's output: a VAE encoder returns (z_mean, z_log_var); the code is z_mean."""
    return encoded[0] if isinstance(encoded, (list, tuple)) else encoded


def assemble(encoder: keras.Model, decoder: keras.Model, name: str) -> keras.Model:
    """The deterministic autoencoder ``decoder(code(encoder(x)))``."""
    inp = keras.Input(encoder.input_shape[1:], name="input")
    return keras.Model(inp, decoder(code_of(encoder(inp))), name=name)


def make_trainer(encoder: keras.Model, decoder: keras.Model, noise_factor: float, seed: int,
                 noise_kinds: tuple[str, ...] = ("gaussian",)) -> keras.Model:
    """The model that is fitted: optional input noise, the encoder, sampling for a VAE, the decoder."""
    inp = keras.Input(encoder.input_shape[1:], name="input")
    x = InputNoise(noise_factor, noise_kinds, seed=seed, name="noise")(inp) if noise_factor else inp
    encoded = encoder(x)
    if isinstance(encoded, (list, tuple)):
        encoded = Sampling(seed=seed, name="sampling")(list(encoded))
    return keras.Model(inp, decoder(encoded), name="trainer")


def build(spec: ModelSpec, seed: int | None = None) -> Built:
    """Fresh, untrained models for a spec."""
    encoder, decoder = BUILDERS[spec.family](spec)
    seed = spec.train.seed if seed is None else seed
    return Built(
        autoencoder=assemble(encoder, decoder, spec.name),
        trainer=make_trainer(encoder, decoder, spec.train.noise_factor, seed, spec.train.noise_kinds),
        encoder=encoder,
        decoder=decoder,
    )
