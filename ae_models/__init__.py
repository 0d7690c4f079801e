"""Autoencoder Studio's engine: datasets, the model zoo, training, storage and inference. No Qt."""

__version__ = "0.1.0"
