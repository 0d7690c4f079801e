"""The autoencoder zoo as data: one frozen spec per variant and per tutorial recipe.

Nothing here imports Keras, so the GUI can list variants before the heavy imports finish.
``architectures.build(spec)`` turns a spec into Keras models.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

from ae_models.i18n import QT_TRANSLATE_NOOP, Text, TranslatableError
from ae_models.noise import KINDS as NOISE_KINDS

IMAGE_SIDE = 28
PIXELS = IMAGE_SIDE * IMAGE_SIDE

OPTIMIZERS = ("adam", "adadelta", "rmsprop", "sgd")
LOSSES = ("bce", "mse")
SCHEDULES = ("constant", "cosine")
NOISE_REFERENCE = "vanilla"  # the plain model a denoiser's noisy-input errors are compared with
ACTIVATIONS = ("relu", "linear", "sigmoid", "tanh", "elu", "softplus")
MAX_SEED = 2**31 - 1


class SpecError(TranslatableError, ValueError):
    """A change asked of a spec that it cannot take (an architecture parameter it does not have)."""


def _one_of(names: tuple[str, ...]) -> Text:
    return Text(QT_TRANSLATE_NOOP("Engine", "one of {choices}"), choices=", ".join(names))


@dataclass(frozen=True)
class ArchLimit:
    """What one architecture parameter may be: a number ("int"/"float") in [low, high], a list of
    ``min_count`` to ``max_count`` such numbers ("ints"), or one of ``choices``."""

    kind: str
    low: float = 0
    high: float = PIXELS
    min_count: int = 0
    max_count: int = 8
    choices: tuple[str, ...] = ()

    def problem(self, value: Any) -> Text | None:
        """What is wrong with ``value``, or None."""
        if self.choices:
            return None if value in self.choices else _one_of(self.choices)
        values = value if self.kind == "ints" and isinstance(value, (tuple, list)) else (value,)
        number = (int,) if self.kind in ("int", "ints") else (int, float)
        if self.kind == "ints" and not self.min_count <= len(values) <= self.max_count:
            return Text(QT_TRANSLATE_NOOP("Engine", "{low} to {high} numbers"), low=self.min_count, high=self.max_count)
        if any(not isinstance(v, number) or isinstance(v, bool) or not math.isfinite(v)
               or not self.low <= v <= self.high for v in values):
            if self.kind == "ints":
                return Text(QT_TRANSLATE_NOOP("Engine", "each from {low:g} to {high:g}"), low=self.low, high=self.high)
            return Text(QT_TRANSLATE_NOOP("Engine", "from {low:g} to {high:g}"), low=self.low, high=self.high)
        return None


ARCH_LIMITS: dict[str, ArchLimit] = {
    "code_size": ArchLimit("int", low=1),
    "hidden": ArchLimit("ints", low=1, high=4096),
    "filters": ArchLimit("ints", low=1, high=256, min_count=1, max_count=4),
    "l1": ArchLimit("float", high=10),
    "top_k": ArchLimit("int", low=0),  # 0: no top-k code
    "code_activation": ArchLimit("choice", choices=ACTIVATIONS),
}


@dataclass(frozen=True)
class TrainConfig:
    """Hyperparameters of one training run. ``patience`` turns on early stopping (restoring the best
    epoch); ``validation_size`` digits of the training set are held out for validation;
    ``warmup_epochs`` ramps a cosine schedule's learning rate up from 1% (fewer dead ReLU units);
    ``noise_kinds`` are the noises (of ``ae_models.noise``) a denoiser's inputs get, one drawn per digit
    (a kind listed twice is drawn twice as often)."""

    epochs: int = 50
    batch_size: int = 256
    optimizer: str = "adam"
    learning_rate: float = 1e-3
    schedule: str = "constant"
    warmup_epochs: int = 0
    loss: str = "bce"
    noise_factor: float = 0.0
    noise_kinds: tuple[str, ...] = ("gaussian",)
    seed: int = 0
    validation_size: int = 5000
    patience: int | None = None

    def problems(self) -> dict[str, Text]:
        """Field name -> what is wrong with it; empty when the config is valid."""
        out = {}
        if self.epochs < 1:
            out["epochs"] = Text(QT_TRANSLATE_NOOP("Engine", "at least 1 epoch"))
        if self.batch_size < 1:
            out["batch_size"] = Text(QT_TRANSLATE_NOOP("Engine", "at least 1"))
        if self.optimizer not in OPTIMIZERS:
            out["optimizer"] = _one_of(OPTIMIZERS)
        if not (0 < self.learning_rate <= 10) or not math.isfinite(self.learning_rate):
            out["learning_rate"] = Text(QT_TRANSLATE_NOOP("Engine", "a number in (0, 10]"))
        if self.schedule not in SCHEDULES:
            out["schedule"] = _one_of(SCHEDULES)
        if not 0 <= self.warmup_epochs < max(self.epochs, 1):
            out["warmup_epochs"] = Text(QT_TRANSLATE_NOOP("Engine", "from 0 to fewer than the epochs"))
        if self.loss not in LOSSES:
            out["loss"] = _one_of(LOSSES)
        if not 0 <= self.noise_factor <= 1:
            out["noise_factor"] = Text(QT_TRANSLATE_NOOP("Engine", "between 0 and 1"))
        if not self.noise_kinds or not set(self.noise_kinds) <= set(NOISE_KINDS):
            out["noise_kinds"] = Text(QT_TRANSLATE_NOOP("Engine", "one or more of {choices}"),
                                      choices=", ".join(NOISE_KINDS))
        if not 0 <= self.seed <= MAX_SEED:
            out["seed"] = Text(QT_TRANSLATE_NOOP("Engine", "a whole number from 0 to {most}"), most=MAX_SEED)
        if self.validation_size < 1:
            out["validation_size"] = Text(QT_TRANSLATE_NOOP("Engine", "at least 1 digit"))
        if self.patience is not None and self.patience < 1:
            out["patience"] = Text(QT_TRANSLATE_NOOP("Engine", "at least 1 epoch, or none"))
        return out


def _frozen(mapping: Mapping[str, Any]) -> Mapping[str, Any]:
    return MappingProxyType(dict(mapping))


@dataclass(frozen=True)
class ModelSpec:
    """One autoencoder: its family and architecture parameters, its default training, its story.

    ``family`` picks the builder ("dense", "conv" or "vae"); ``arch`` holds that builder's parameters.
    ``variant`` is the zoo slot a recipe belongs to (a zoo entry's own name for the variants).
    Targets besides ``target_bce``: ``target_zero_share``, the least share of exactly-zero code values on
    the average test digit; ``target_spread_ratio``, the most the widest digit class's spread may be over
    the median class's (a 2-D code); ``target_noise_ratio``, the most a denoiser's BCE may be, as a share
    of the vanilla model's, under each noise kind at level 0.5.
    """

    name: str
    variant: str
    title: str
    description: str
    tutorial: str
    family: str
    arch: Mapping[str, Any]
    train: TrainConfig
    published_bce: float | None = None
    target_bce: float | None = None
    target_zero_share: float | None = None
    target_spread_ratio: float | None = None
    target_noise_ratio: float | None = None
    refine: TrainConfig | None = None  # a second, gentler cosine cycle from the first one's weights
    # (at the first one's noise level, with its own noise kinds)

    @property
    def input_kind(self) -> str:
        """"flat" (784 values) or "image" (28x28x1)."""
        return "image" if self.family == "conv" else "flat"

    @property
    def input_shape(self) -> tuple[int, ...]:
        return (IMAGE_SIDE, IMAGE_SIDE, 1) if self.input_kind == "image" else (PIXELS,)

    @property
    def code_shape(self) -> tuple[int, ...]:
        if self.family == "conv":
            side = IMAGE_SIDE
            for _ in self.arch["filters"]:
                side = math.ceil(side / 2)
            return (side, side, self.arch["filters"][-1])
        return (int(self.arch["code_size"]),)

    @property
    def code_size(self) -> int:
        return math.prod(self.code_shape)

    @property
    def compression(self) -> float:
        """How many input values per code value (784 / 32 = 24.5 for the vanilla model)."""
        return PIXELS / self.code_size

    def problems(self) -> dict[str, Text]:
        """Architecture parameter or training field -> what is wrong with it; empty when the spec is valid."""
        out = {key: problem for key, value in self.arch.items()
               if key in ARCH_LIMITS and (problem := ARCH_LIMITS[key].problem(value))}
        return {**out, **self.train.problems()}

    @property
    def stages(self) -> tuple[TrainConfig, ...]:
        """The training cycles in order: ``train``, then the refine cycle (from the first one's weights,
        with the next seed and the same input noise) when the spec has one."""
        if self.refine is None:
            return (self.train,)
        return self.train, dataclasses.replace(self.refine, seed=self.train.seed + 1,
                                               noise_factor=self.train.noise_factor)

    @property
    def total_epochs(self) -> int:
        """Epochs of all the stages together."""
        return sum(cfg.epochs for cfg in self.stages)

    def customized(self, arch: Mapping[str, Any] | None = None, **train: Any) -> ModelSpec:
        """A copy with some architecture parameters and training settings replaced."""
        unknown = set(arch or {}) - set(self.arch)
        if unknown:
            raise SpecError(QT_TRANSLATE_NOOP("Engine", "{name} has no architecture parameter {parameters}"),
                            name=self.name, parameters=", ".join(sorted(unknown)))
        return dataclasses.replace(
            self,
            arch=_frozen({**self.arch, **(arch or {})}),
            train=dataclasses.replace(self.train, **train),
        )


def _spec(name: str, family: str, arch: Mapping[str, Any], train: TrainConfig, **kw: Any) -> ModelSpec:
    return ModelSpec(name=name, variant=kw.pop("variant", name), family=family, arch=_frozen(arch),
                     train=train, **kw)


KERAS_BLOG = "Building Autoencoders in Keras (F. Chollet, Keras blog, 2016)"
KERAS_IO_VAE = "Variational AutoEncoder (keras.io example) / Keras blog VAE"
DENSE = {"hidden": (), "code_size": 32, "code_activation": "relu", "l1": 0.0}

REGISTRY: Mapping[str, ModelSpec] = _frozen({s.name: s for s in (
    _spec("vanilla", "dense", DENSE,
          TrainConfig(epochs=120, batch_size=128, learning_rate=2e-3, schedule="cosine", patience=120),
          title=QT_TRANSLATE_NOOP("Engine", "Vanilla dense"),
          tutorial=KERAS_BLOG + ": a simple autoencoder",
          description=QT_TRANSLATE_NOOP("Engine", "One hidden layer of 32 values: 784 → 32 → 784."),
          published_bce=0.1017, target_bce=0.0920),
    _spec("deep", "dense", {**DENSE, "hidden": (128, 64)},
          TrainConfig(epochs=200, batch_size=128, learning_rate=2e-3, schedule="cosine", warmup_epochs=5,
                      patience=200),
          title=QT_TRANSLATE_NOOP("Engine", "Deep dense"),
          tutorial=KERAS_BLOG + ": deep autoencoder",
          description=QT_TRANSLATE_NOOP("Engine", "Three dense layers each way: "
                                                  "784 → 128 → 64 → 32 → 64 → 128 → 784."),
          published_bce=0.097, target_bce=0.0825),
    _spec("sparse", "dense", {**DENSE, "top_k": 16},
          TrainConfig(epochs=100, batch_size=128, learning_rate=2e-3, schedule="cosine", patience=100),
          title=QT_TRANSLATE_NOOP("Engine", "Sparse (top-k)"),
          tutorial=KERAS_BLOG + ": adding a sparsity constraint",
          description=QT_TRANSLATE_NOOP("Engine", "The vanilla model with a top-k code: each digit keeps only its "
                                                  "16 largest of the 32 code values; the other 16 (or more) are "
                                                  "exactly zero."),
          published_bce=0.10, target_bce=0.1100, target_zero_share=0.5),
    _spec("conv", "conv", {"filters": (16, 8, 8)},
          TrainConfig(epochs=60, batch_size=128, learning_rate=2e-3, schedule="cosine", warmup_epochs=3,
                      patience=60),
          title=QT_TRANSLATE_NOOP("Engine", "Convolutional"),
          tutorial=KERAS_BLOG + ": convolutional autoencoder",
          description=QT_TRANSLATE_NOOP("Engine", "Three conv + pooling blocks down to a 4×4×8 code, mirrored "
                                                  "back up."),
          published_bce=0.094, target_bce=0.0890,
          refine=TrainConfig(epochs=20, batch_size=128, learning_rate=5e-4, schedule="cosine", patience=20)),
    _spec("denoising", "conv", {"filters": (32, 32)},
          TrainConfig(epochs=40, batch_size=128, learning_rate=2e-3, schedule="cosine", warmup_epochs=2,
                      noise_factor=0.5, patience=40),
          title=QT_TRANSLATE_NOOP("Engine", "Denoising conv"),
          tutorial=KERAS_BLOG + ": image denoising",
          description=QT_TRANSLATE_NOOP("Engine", "Learns to map noisy digits back to clean ones: trained on "
                                                  "Gaussian noise 0.5, then on a mix of Gaussian (3 in 5 digits), "
                                                  "salt-and-pepper and masking noise at 0.5; 7×7×32 code."),
          target_bce=0.0960, target_noise_ratio=0.5,
          refine=TrainConfig(epochs=12, batch_size=128, learning_rate=1e-3, schedule="cosine",
                             noise_kinds=("gaussian", "gaussian", "gaussian", "salt-and-pepper", "masking"),
                             patience=12)),
    _spec("latent2", "dense", {**DENSE, "hidden": (256,), "code_size": 2, "code_activation": "linear",
                               "code_norm": True},
          TrainConfig(epochs=100, batch_size=128, learning_rate=2e-3, schedule="cosine", patience=100),
          title=QT_TRANSLATE_NOOP("Engine", "2-D latent"),
          tutorial=KERAS_BLOG + " (2-D code, as used for plotting)",
          description=QT_TRANSLATE_NOOP("Engine", "Squeezes each digit into two numbers: 784 → 256 → 2 → 256 → "
                                                  "784. The code is standardised (batch normalisation), so every "
                                                  "digit class gets room on the map."),
          target_bce=0.1900, target_spread_ratio=3.0),
    _spec("vae", "vae", {"hidden": (256,), "code_size": 2},
          TrainConfig(epochs=150, batch_size=128, learning_rate=2e-3, schedule="cosine", patience=150),
          title=QT_TRANSLATE_NOOP("Engine", "Variational (VAE)"),
          tutorial=KERAS_IO_VAE,
          description=QT_TRANSLATE_NOOP("Engine", "A 2-D Gaussian code trained with BCE + KL; decoded from its "
                                                  "mean."),
          target_bce=0.1850),
)})

RECIPES: Mapping[str, ModelSpec] = _frozen({s.name: s for s in (
    _spec("tutorial-vanilla-adadelta", "dense", DENSE,
          TrainConfig(epochs=50, batch_size=256, optimizer="adadelta", learning_rate=1.0),
          variant="vanilla", title=QT_TRANSLATE_NOOP("Engine", "Tutorial: vanilla, Adadelta"), tutorial=KERAS_BLOG,
          description=QT_TRANSLATE_NOOP("Engine", "The blog's first model exactly: Adadelta (lr 1.0), BCE, "
                                                  "50 epochs, batch 256."),
          published_bce=0.1017),
    _spec("tutorial-sparse-l1", "dense", {**DENSE, "l1": 1e-4},
          TrainConfig(epochs=100, batch_size=256, optimizer="adadelta", learning_rate=1.0),
          variant="sparse", title=QT_TRANSLATE_NOOP("Engine", "Tutorial: sparse, L1 10e-5"),
          tutorial=KERAS_BLOG + ": adding a sparsity constraint",
          description=QT_TRANSLATE_NOOP("Engine", "The blog's sparse model: an L1 activity penalty of 10e-5 on "
                                                  "the 32 relu code values, Adadelta (lr 1.0), BCE, 100 epochs, "
                                                  "batch 256. Its code is smaller but rarely exactly zero."),
          published_bce=0.10),
    _spec("tutorial-vanilla64-mse", "dense", {**DENSE, "code_size": 64},
          TrainConfig(epochs=50, batch_size=256, loss="mse"),
          variant="vanilla", title=QT_TRANSLATE_NOOP("Engine", "Tutorial: vanilla 64, MSE"), tutorial=KERAS_BLOG,
          description=QT_TRANSLATE_NOOP("Engine", "A 64-value code trained with Adam on mean squared error.")),
    _spec("tutorial-multilayer-mse", "dense", {**DENSE, "hidden": (128,), "code_size": 64},
          TrainConfig(epochs=50, batch_size=256, loss="mse"),
          variant="deep", title=QT_TRANSLATE_NOOP("Engine", "Tutorial: multilayer, MSE"), tutorial=KERAS_BLOG,
          description=QT_TRANSLATE_NOOP("Engine", "784 → 128 → 64 → 128 → 784 with Adam on mean squared error.")),
    _spec("tutorial-denoise-32-32-16", "conv", {"filters": (32, 32, 16)},
          TrainConfig(epochs=50, batch_size=128, noise_factor=0.5),
          variant="denoising", title=QT_TRANSLATE_NOOP("Engine", "Tutorial: denoiser 32-32-16"), tutorial=KERAS_BLOG,
          description=QT_TRANSLATE_NOOP("Engine", "Three conv blocks (32, 32, 16) trained on noise 0.5 with Adam "
                                                  "and BCE.")),
    _spec("tutorial-latent2", "dense", {**DENSE, "hidden": (32,), "code_size": 2},
          TrainConfig(epochs=10, batch_size=32),
          variant="latent2", title=QT_TRANSLATE_NOOP("Engine", "Tutorial: 2-D latent (relu)"), tutorial=KERAS_BLOG,
          description=QT_TRANSLATE_NOOP("Engine", "784 → 32 → 2 → 32 → 784 with relu on the code, as the "
                                                  "tutorial had it.")),
)})


def get(name: str) -> ModelSpec:
    """A variant or recipe by name."""
    spec = REGISTRY.get(name) or RECIPES.get(name)
    if spec is None:
        known = ", ".join([*REGISTRY, *RECIPES])
        raise KeyError(f"unknown variant or recipe {name!r}; known: {known}")
    return spec
