"""Small views every tab may use: digit images and matplotlib canvases."""
