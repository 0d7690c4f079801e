"""The Explore tab: the code space of a model as a map, neighbours, code sliders and morphs."""
