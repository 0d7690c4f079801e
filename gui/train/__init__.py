"""The Train tab: the run form, progress, the loss plot and the user's trained models."""
