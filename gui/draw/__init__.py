"""The Draw tab: the canvas, the live reconstructions, the code, the noise demo and the model card."""
