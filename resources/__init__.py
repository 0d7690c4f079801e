"""The shipped files; installed as the package ``ae_models._bundled`` (see pyproject.toml), read through ae_models.resources."""
