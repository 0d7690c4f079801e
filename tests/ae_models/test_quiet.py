"""A quiet start: TensorFlow's start-up noise is kept off stderr, everything else passes, --verbose shows it."""

import os
import subprocess
import sys

from ae_models.quiet import NOISE

PROBE = ("import os, sys; from ae_models import quiet, zoo; from ae_models.quiet import filtered_stderr\n"
         "quiet.import_keras(verbose=sys.argv[1] == 'verbose')\n"
         "with filtered_stderr():\n"
         "    os.write(2, b'I0000 00:00:1796216959.571036    3257 port.cc:153] oneDNN custom operations are on.\\n')\n"
         "    os.write(2, b'a line of our own\\n')\n"
         "import keras, numpy as np\n"
         "keras.Sequential([keras.Input((3,)), keras.layers.Dense(2)])(np.zeros((1, 3)))  # runs an op\n")


def stderr_of(mode: str) -> list[bytes]:
    out = subprocess.run([sys.executable, "-c", PROBE, mode], capture_output=True, timeout=300,
                         env={k: v for k, v in os.environ.items() if k != "TF_CPP_MIN_LOG_LEVEL"})
    assert out.returncode == 0, out.stderr.decode(errors="replace")
    return out.stderr.splitlines(keepends=True)


def test_tensorflow_noise_is_hidden_and_other_lines_pass():
    lines = stderr_of("quiet")
    assert [line for line in lines if NOISE.match(line)] == []
    assert b"a line of our own\n" in lines


def test_verbose_brings_tensorflows_messages_back():
    assert any(NOISE.match(line) for line in stderr_of("verbose"))
