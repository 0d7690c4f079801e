"""The fixed blocks of a generated script (data, measures, training, the command line) as templates.

``$names`` are filled by ``ae_models.codegen.script``; everything else is copied as it stands, so what
a learner reads here is what the script says.
"""

from __future__ import annotations

from string import Template

HEADER = Template('''\
"""$title: a Keras 3 autoencoder for $dataset_title.

$about

Written out by Autoencoder Studio: it builds the same model as the app, trains it the
same way, prints the test BCE as the app measures it and saves a .keras file the app
opens (Train tab, "Open model..."). It runs on any Keras 3 backend (TensorFlow, JAX or
PyTorch) and reads $dataset_title from keras.datasets (downloaded once) or from the IDX
files in --data DIR (or DIR/$folder):

    python $file
    python $file --data DIR
    python $file --subset 2000 --epochs 2 --out quick.keras
"""

import argparse
import gzip
import math
from pathlib import Path

import keras
import numpy as np
$keras_imports
''')

SETTINGS = Template('''\
# How the app trains this model: one dict per training stage.$stages_note
# The learning rate follows `schedule` ("cosine" decays it to zero over the stage after
# `warmup_epochs` of linear warm-up from 1%); `validation_size` training digits are held
# out and, with `patience`, the epoch with the lowest validation loss is kept.
STAGES = [
$stages
]
''')

DATA = Template('''\
IMAGE_FILES = {"train": "train-images-idx3-ubyte", "test": "t10k-images-idx3-ubyte"}
MAX_IDX_BYTES = 64 * 2**20  # the training images are 47 MB: refuse anything much larger


def read_idx(path):
    """One IDX file of unsigned bytes (plain or gzipped) as a NumPy array."""
    opener = gzip.open if path.suffix == ".gz" else open
    with opener(path, "rb") as f:
        raw = f.read(MAX_IDX_BYTES + 1)
    ndim = raw[3] if len(raw) > 3 else 0
    shape = tuple(
        int.from_bytes(raw[4 + 4 * i : 8 + 4 * i], "big") for i in range(ndim)
    )
    if raw[:3] != b"\\0\\0\\x08" or len(raw) != 4 + 4 * ndim + math.prod(shape):
        raise SystemExit(f"{path} is not a complete IDX file of unsigned bytes")
    return np.frombuffer(raw, np.uint8, offset=4 + 4 * ndim).reshape(shape)


def find_file(folder, stem):
    """folder/stem.gz or folder/stem, whichever exists (else None)."""
    for path in (folder / f"{stem}.gz", folder / stem):
        if path.is_file():
            return path
    return None


def load_images(data_dir):
    """Training and test images, uint8 (N, 28, 28): from the IDX files in DIR or
    DIR/$folder, else from keras.datasets."""
    if data_dir is None:
        (x_train, _), (x_test, _) = keras.datasets.$keras_dataset.load_data()
        return x_train, x_test
    for folder in (data_dir, data_dir / "$folder"):
        paths = [find_file(folder, stem) for stem in IMAGE_FILES.values()]
        if all(paths):
            return read_idx(paths[0]), read_idx(paths[1])
    searched = f"{data_dir} or {data_dir / '$folder'}"
    raise SystemExit(f"No $dataset_title image files in {searched}")


def to_inputs(images):
    """uint8 images -> float32 model inputs in [0, 1], shaped $input_shape."""
    x = images.astype("float32") / 255.0
    return x.reshape((len(x), $input_dims))
''')

MEASURES = '''\
def bce(x, p):
    """Mean binary cross-entropy over all pixels, p clipped to [1e-7, 1 - 1e-7]."""
    x = np.asarray(x, dtype="float64").ravel()
    p = np.clip(np.asarray(p, dtype="float64").ravel(), 1e-7, 1 - 1e-7)
    return float(-np.mean(x * np.log(p) + (1 - x) * np.log1p(-p)))


def mse(x, p):
    """Mean squared error over all pixels."""
    diff = np.asarray(x, dtype="float64") - np.asarray(p, dtype="float64")
    return float(np.mean(diff * diff))


ERRORS = {"bce": bce, "mse": mse}
'''

EVALUATE = Template('''\
def evaluate(autoencoder, x_test):
    """Test BCE and MSE of the reconstructions against the clean test digits, as the app
    measures them$evaluate_note."""
$test_inputs
    return bce(x_test, recon), mse(x_test, recon)
''')

MIXED_NOISE = '''\
def mixed_noise(x, factor, kinds, seed):
    """Each digit noised by one of `kinds` (drawn per digit) at `factor`, clipped: the
    fixed validation inputs of a denoiser trained on a mix, as the app draws them."""
    if tuple(kinds) == ("gaussian",):
        return gaussian_noise(x, factor, seed)
    pick = np.random.default_rng(seed).integers(len(kinds), size=len(x))
    rng = np.random.default_rng(seed)
    normal = rng.standard_normal(x.shape).astype("float32")
    uniform = rng.random(x.shape, dtype="float32")
    noisy = {
        "gaussian": x + factor * normal,
        "salt-and-pepper": np.where(
            uniform < factor / 2, 0.0, np.where(uniform > 1 - factor / 2, 1.0, x)
        ),
        "masking": np.where(uniform < factor, 0.0, x),
    }
    out = np.stack([noisy[kind] for kind in kinds])[pick, np.arange(len(x))]
    return np.clip(out, 0.0, 1.0).astype("float32")
'''

GAUSSIAN_NOISE = '''\
def gaussian_noise(x, factor, seed):
    """x + factor * N(0, 1) from NumPy's default_rng(seed), clipped to [0, 1]: the
    fixed noisy digits a denoiser is validated (stage seed) and tested (seed 0) on."""
    noise = np.random.default_rng(seed).normal(size=x.shape)
    return np.clip(x + factor * noise, 0.0, 1.0).astype("float32")
'''

TRAINING = Template('''\
LOSSES = {"bce": "binary_crossentropy", "mse": "mean_squared_error"}
$optimizers


def split(x, stage, subset):
    """A seeded shuffle of the training digits (its first `subset` only, when given);
    the last `validation_size` of it, at most a fifth, are held out for validation."""
    order = np.random.default_rng(stage["seed"]).permutation(len(x))[:subset]
    n_val = min(stage["validation_size"], max(1, len(order) // 5))
    x = x[order]
    return x[:-n_val], x[-n_val:]


def make_optimizer(stage, steps_per_epoch):
    """The stage's optimizer with its learning rate or learning-rate schedule."""
    rate = stage["learning_rate"]
$schedule    return OPTIMIZERS[stage["optimizer"]](learning_rate=rate)


class ValidationLoss(keras.callbacks.Callback):
    """Logs `val_loss` after each epoch: the autoencoder's error on the held-out digits.

    It measures the model that is saved (no training noise, no sampling), as the app
    does; EarlyStopping then keeps the best epoch by it.
    """

    def __init__(self, autoencoder, x_val, stage):
        super().__init__()
        self.autoencoder = autoencoder
        self.x_val = x_val
$validation_inputs
        self.error = ERRORS[stage["loss"]]

    def on_epoch_end(self, epoch, logs=None):
        recon = self.autoencoder.predict(self.x_in, batch_size=1000, verbose=0)
        logs["val_loss"] = self.error(self.x_val, recon)


def fit_stage(model, autoencoder, x_train, stage, subset):
    """Train `model` (which shares the autoencoder's layers) for one stage."""
    x_fit, x_val = split(x_train, stage, subset)
    steps = math.ceil(len(x_fit) / stage["batch_size"])
    model.compile(optimizer=make_optimizer(stage, steps), loss=LOSSES[stage["loss"]])
    callbacks = [ValidationLoss(autoencoder, x_val, stage)]
    if stage["patience"] is not None:
        # Keep the best epoch's weights; stop after `patience` epochs without progress.
        stop = keras.callbacks.EarlyStopping(
            patience=stage["patience"], restore_best_weights=True
        )
        callbacks.append(stop)
    model.fit(
        x_fit,
        x_fit,
        batch_size=stage["batch_size"],
        epochs=stage["epochs"],
        shuffle=True,
        callbacks=callbacks,
        verbose=2,
    )


def with_epochs(stage, epochs):
    """The stage with `epochs` epochs, its warm-up kept shorter than that."""
    warmup = min(stage["warmup_epochs"], epochs - 1)
    return {**stage, "epochs": epochs, "warmup_epochs": warmup}
''')

COSINE = '''\
    if stage["schedule"] == "cosine":
        # Cosine decay to zero over the stage, after a linear warm-up from 1% of the
        # rate over `warmup_epochs` (a gentle start leaves fewer ReLU units dead).
        warmup = stage["warmup_epochs"] * steps_per_epoch
        rate = keras.optimizers.schedules.CosineDecay(
            rate / 100 if warmup else rate,
            decay_steps=stage["epochs"] * steps_per_epoch - warmup,
            warmup_target=rate if warmup else None,
            warmup_steps=warmup,
        )
'''

MAIN = Template('''\
def parse_args(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", type=Path, help="folder with the IDX files (default: keras.datasets)"
    )
$subset_arg
    parser.add_argument(
        "--test-subset", type=int, help="measure on only the first N test digits"
    )
    parser.add_argument("--epochs", type=int, help="train each stage for N epochs")
$out_arg
    return parser.parse_args(argv)


def main(argv=None):
    args = parse_args(argv)
    train_images, test_images = load_images(args.data)
    x_train = to_inputs(train_images)
    x_test = to_inputs(test_images[: args.test_subset])
    stages = [with_epochs(s, args.epochs) for s in STAGES] if args.epochs else STAGES

    # The same starting weights (and shuffles) on every run.
    keras.utils.set_random_seed(stages[0]["seed"])
    encoder, decoder = build_encoder(), build_decoder()
    autoencoder = assemble(encoder, decoder)
    autoencoder.summary(expand_nested=True)
    for number, stage in enumerate(stages, start=1):
        print(f"Stage {number} of {len(stages)}: {stage}")
        model = $trainer
        fit_stage(model, autoencoder, x_train, stage, args.subset)

    test_bce, test_mse = evaluate(autoencoder, x_test)
    print(f"test BCE {test_bce:.4f}, MSE {test_mse:.4f} on {len(x_test)} test digits")
    autoencoder.save(args.out)
    print(f"saved {args.out}")


if __name__ == "__main__":
    main()
''')
