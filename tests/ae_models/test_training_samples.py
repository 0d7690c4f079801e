"""The per-epoch sample reconstructions (the Train tab's strip) are the model's real outputs."""

import numpy as np

from ae_models import zoo
from ae_models.training import Hooks, train


def test_samples_after_the_last_epoch_are_the_returned_models_reconstructions(tiny_dataset):
    seen = []
    drawing = np.zeros((28, 28), np.float32)
    drawing[10:18, 12:16] = 1.0
    hooks = Hooks(on_samples=lambda epoch, x, y: seen.append((epoch, x, y)), probe=lambda: drawing)
    spec = zoo.REGISTRY["conv"].customized(epochs=2, batch_size=32, validation_size=40, patience=None,
                                              warmup_epochs=0)
    result = train(spec, tiny_dataset, hooks, subset=200)
    assert [epoch for epoch, _, _ in seen] == [1, 2]
    _, inputs, outputs = seen[-1]
    assert inputs.shape == outputs.shape == (11, 28, 28, 1)
    np.testing.assert_array_equal(inputs[10, :, :, 0], drawing)
    np.testing.assert_allclose(outputs, result.autoencoder.predict(inputs, verbose=0), atol=1e-5)
    assert not np.allclose(seen[0][2], outputs)  # the strip changes as the model learns
