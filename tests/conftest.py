"""Test-wide environment: the TensorFlow backend, headless Qt, and throw-away user folders."""

import os
import tempfile

_home = tempfile.mkdtemp(prefix="ae-studio-tests-")
os.environ.setdefault("KERAS_BACKEND", "tensorflow")
os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")
os.environ["QT_QPA_PLATFORM"] = "offscreen"
os.environ["AE_STUDIO_CACHE"] = os.path.join(_home, "cache")
os.environ["XDG_DATA_HOME"] = os.path.join(_home, "data")
os.environ["XDG_CONFIG_HOME"] = os.path.join(_home, "config")
os.environ["XDG_CACHE_HOME"] = os.path.join(_home, "xdg-cache")
