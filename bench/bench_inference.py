"""Engine benchmark: single-digit inference latency and training throughput.

    python bench/bench_inference.py [--models resources/models] [--repeats 300]

Prints, per loaded variant, the latency of one reconstruction through the inference engine and through
``model.predict`` (median and p95, with their ratio), the time to update every variant for one digit
(in NumPy, as the live views run it, and in the XLA-compiled Keras call used when a model has no NumPy
pass, each for one digit and for a clean and a noisy one), and the training engine's throughput against a plain ``model.fit`` of the same model,
data and batch size. Run it with nothing else busy on the machine.
"""

from __future__ import annotations

import argparse
import os
import time

import numpy as np

os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")


def timings(fn, repeats: int) -> np.ndarray:
    out = np.empty(repeats)
    for i in range(repeats):
        t0 = time.perf_counter()
        fn()
        out[i] = time.perf_counter() - t0
    return out * 1000


def ms(values: np.ndarray) -> str:
    return f"median {np.median(values):7.3f} ms  p95 {np.percentile(values, 95):7.3f} ms"


def bench_inference(models_dir, repeats: int) -> None:
    from ae_models import shipped
    from ae_models.inference import InferenceEngine, fuse

    found = shipped.check(models_dir)
    missing = found.unavailable
    engine = InferenceEngine()
    engine.load_many(found.paths)
    engine.warm()
    digit = np.random.default_rng(0).random((28, 28)).astype(np.float32)
    print(f"variants loaded: {', '.join(engine.names)}" + (f"; missing: {', '.join(missing)}" if missing else ""))
    for name in engine.names:
        inst = engine[name]
        fast = timings(lambda inst=inst: inst.reconstruct(digit), repeats)
        x = digit.reshape((1, *inst.input_shape))
        slow = timings(lambda inst=inst, x=x: inst.model.predict(x, verbose=0), max(20, repeats // 10))
        print(f"{name:10s} engine {ms(fast)} | predict {ms(slow)} | predict/engine {np.median(slow) / np.median(fast):6.1f}x")
    pair = np.stack([digit, np.clip(digit + 0.3, 0, 1)])
    compiled = fuse([engine[n] for n in engine.names], xla=True)
    for label, x in (("one digit", digit[None]), ("clean and noisy", pair)):
        numpy_pass = timings(lambda x=x: engine.run_all(*x), repeats)
        keras_call = timings(lambda x=x: [np.asarray(t) for out in compiled.call(x) for t in out], repeats)
        print(f"all {len(engine.names)} variants, {label}: NumPy pass {ms(numpy_pass)} | compiled Keras call "
              f"{ms(keras_call)}")
    predict_all = sum(np.median(timings(lambda i=engine[n]: i.model.predict(digit.reshape((1, *i.input_shape)),
                                                                            verbose=0), 20)) for n in engine.names)
    one = timings(lambda: engine.run_all(digit), repeats)
    print(f"predict on each variant: {predict_all:.1f} ms ({predict_all / np.median(one):.0f}x the NumPy pass)")


def bench_training(epochs: int) -> None:
    import keras

    from ae_models import architectures, data, zoo
    from ae_models.optimizers import make_optimizer
    from ae_models.training import LOSSES, Hooks, split, train

    mnist = data.load("mnist")
    train(zoo.REGISTRY["vanilla"].customized(epochs=1), mnist, subset=2000)  # process-wide TensorFlow set-up
    for name in ("vanilla", "conv"):
        spec = zoo.REGISTRY[name].customized(epochs=epochs, schedule="constant", warmup_epochs=0)
        x_train, x_val = split(spec, mnist)
        # both start from a fresh model (tracing included) and validate once per epoch
        built = architectures.build(spec)
        built.trainer.compile(optimizer=make_optimizer(spec.train, 1), loss=LOSSES[spec.train.loss])
        t0 = time.perf_counter()
        built.trainer.fit(x_train, x_train, batch_size=spec.train.batch_size, epochs=epochs,
                          validation_data=(x_val, x_val), verbose=0)
        plain = epochs * len(x_train) / (time.perf_counter() - t0)
        result = train(spec, mnist, Hooks(on_batch=lambda *a: None, on_epoch=lambda *a: None))
        engine = epochs * len(x_train) / result.seconds
        print(f"{name:10s} training: plain fit {plain:8.0f} digits/s, engine {engine:8.0f} digits/s "
              f"({engine / plain:.2f}x, batch {spec.train.batch_size}, {epochs} epochs)")
        keras.backend.clear_session()


def main() -> None:
    from ae_models.resources import MODELS_DIR

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--models", default=MODELS_DIR)
    parser.add_argument("--repeats", type=int, default=300)
    parser.add_argument("--epochs", type=int, default=6, help="epochs per training measurement")
    args = parser.parse_args()
    bench_inference(args.models, args.repeats)
    bench_training(args.epochs)


if __name__ == "__main__":
    main()
