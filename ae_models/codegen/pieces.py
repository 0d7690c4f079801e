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

    Keras's own ``regularizers.L1`` sums over the whole batch, so its strength would change
    with the batch size; dividing by the batch size keeps it a per-digit penalty.
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
    """Draws the code z ~ N(z_mean, exp(z_log_var)) and adds the VAE's KL term to the loss.

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
