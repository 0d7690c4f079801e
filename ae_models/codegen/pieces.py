"""The generated scripts' custom Keras pieces, as small commented classes.

Each is registered under the same ``package>ClassName`` as its twin in ``ae_models.architectures``, with
the same config keys, so a model the script saves opens in the app (whose own classes load it).
"""

from __future__ import annotations

from dataclasses import dataclass

PACKAGE = "ae_studio"  # the package ae_models.architectures registers its layers under
REGISTER = f'@keras.saving.register_keras_serializable(package="{PACKAGE}")'


@dataclass(frozen=True)
class Piece:
    """One custom class of a script (all of them use ``keras.ops``)."""

    name: str
    source: str


PER_SAMPLE_L1 = Piece("PerSampleL1", f'''
{REGISTER}
class PerSampleL1(keras.regularizers.Regularizer):
    """An L1 penalty on the code values, summed and averaged over the batch.

    Keras's own ``regularizers.L1`` sums over the whole batch, so its strength would
    change with the batch size; dividing by the batch size keeps it a per-digit penalty.
    """

    def __init__(self, strength=0.0):
        self.strength = float(strength)

    def __call__(self, x):
        batch = ops.cast(ops.shape(x)[0], x.dtype)
        return self.strength * ops.sum(ops.abs(x)) / batch

    def get_config(self):
        return {{"strength": self.strength}}
''')

CLIPPED_NOISE = Piece("ClippedGaussianNoise", f'''
{REGISTER}
class ClippedGaussianNoise(layers.Layer):
    """Adds ``factor`` * N(0, 1) noise to the pixels and clips them back to [0, 1].

    Active only while training (like ``layers.GaussianNoise``, which does not clip): the
    denoiser sees noisy digits and learns to output the clean ones.
    """

    def __init__(self, factor=0.5, seed=None, **kwargs):
        super().__init__(**kwargs)
        self.factor = float(factor)
        self.seed = seed
        self.seed_generator = keras.random.SeedGenerator(seed)

    def call(self, x, training=False):
        if not training or self.factor == 0:
            return x
        shape = ops.shape(x)
        noise = keras.random.normal(shape, seed=self.seed_generator, dtype=x.dtype)
        return ops.clip(x + self.factor * noise, 0.0, 1.0)

    def get_config(self):
        return {{**super().get_config(), "factor": self.factor, "seed": self.seed}}
''')

SAMPLING = Piece("Sampling", f'''
{REGISTER}
class Sampling(layers.Layer):
    """Draws the code z ~ N(z_mean, exp(z_log_var)); adds the VAE's KL term to the loss.

    The KL divergence from N(0, 1) is weighted by 1/784 because the reconstruction loss
    is a mean over the 784 pixels: the total is the usual ELBO divided by 784.
    """

    def __init__(self, kl_weight=1.0 / 784, seed=None, **kwargs):
        super().__init__(**kwargs)
        self.kl_weight = float(kl_weight)
        self.seed = seed
        self.seed_generator = keras.random.SeedGenerator(seed)

    def call(self, inputs):
        z_mean, z_log_var = inputs
        terms = 1 + z_log_var - ops.square(z_mean) - ops.exp(z_log_var)
        kl = -0.5 * ops.sum(terms, axis=-1)
        self.add_loss(self.kl_weight * ops.mean(kl))
        shape = ops.shape(z_mean)
        eps = keras.random.normal(shape, seed=self.seed_generator, dtype=z_mean.dtype)
        return z_mean + ops.exp(0.5 * z_log_var) * eps

    def get_config(self):
        config = super().get_config()
        return {{**config, "kl_weight": self.kl_weight, "seed": self.seed}}
''')

INPUT_NOISE = Piece("InputNoise", f'''
# The app's three kinds of noise at strength f, before clipping to [0, 1].
NOISES = {{
    "gaussian": lambda x, normal, uniform, f: x + f * normal,
    "salt-and-pepper": lambda x, normal, uniform, f: ops.where(
        uniform < f / 2, 0.0, ops.where(uniform > 1 - f / 2, 1.0, x)
    ),
    "masking": lambda x, normal, uniform, f: ops.where(uniform < f, 0.0, x),
}}


{REGISTER}
class InputNoise(layers.Layer):
    """One of ``kinds`` of noise per digit at ``factor``, clipped to [0, 1] (training).

    "gaussian" adds factor * N(0, 1); "salt-and-pepper" turns a share ``factor`` of the
    pixels black or white; "masking" turns a share ``factor`` of them black.
    """

    def __init__(self, factor=0.5, kinds=("gaussian",), seed=None, **kwargs):
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
        seed = self.seed_generator
        pick = keras.random.randint((shape[0],), 0, len(self.kinds), seed=seed)
        rows = (-1,) + (1,) * (len(x.shape) - 1)  # one value per digit, broadcast
        out = ops.zeros_like(x)
        for i, kind in enumerate(self.kinds):
            chosen = ops.reshape(ops.cast(ops.equal(pick, i), x.dtype), rows)
            out = out + chosen * NOISES[kind](x, normal, uniform, self.factor)
        return ops.clip(out, 0.0, 1.0)

    def get_config(self):
        config = {{"factor": self.factor, "kinds": list(self.kinds), "seed": self.seed}}
        return {{**super().get_config(), **config}}
''')

TOP_K = Piece("TopK", f'''
{REGISTER}
class TopK(layers.Layer):
    """Keeps each digit's ``k`` largest code values and sets the others to zero.

    A code sparse by construction: at most ``k`` values are active, the rest exactly 0.
    """

    def __init__(self, k=1, **kwargs):
        super().__init__(**kwargs)
        self.k = int(k)

    def call(self, x):
        kth = ops.top_k(x, self.k)[0][:, -1:]  # each row's k-th largest value
        return ops.where(x >= kth, x, ops.zeros_like(x))

    def get_config(self):
        return {{**super().get_config(), "k": self.k}}
''')
