"""Command-line tools: ``python -m ae_models.cli.train`` and ``python -m ae_models.cli.pretrain``."""
