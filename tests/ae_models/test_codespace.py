"""Code-space maths and session export, on small synthetic codes (no Qt, no Keras)."""


import numpy as np
import pytest

from ae_models import codespace, session_export


@pytest.fixture
def clusters():
    """Ten well separated clusters of 8-value codes, 30 per digit, shuffled."""
    rng = np.random.default_rng(0)
    labels = np.repeat(np.arange(10, dtype=np.uint8), 30)
    centres = rng.normal(0, 10, (10, 8)).astype(np.float32)
    codes = centres[labels] + rng.normal(0, 0.3, (300, 8)).astype(np.float32)
    order = rng.permutation(300)
    return codes[order], labels[order]


def test_a_code_is_its_own_nearest_neighbour_at_distance_zero(clusters):
    codes, labels = clusters
    found = codespace.nearest(codes, labels, codes[17], k=5)
    assert found.indices[0] == 17 and found.distances[0] == pytest.approx(0, abs=1e-3)
    assert np.all(np.diff(found.distances) >= 0)
    assert np.allclose(found.distances, np.linalg.norm(codes[found.indices] - codes[17], axis=1), atol=1e-3)


def test_pca_finds_the_main_axis_and_orders_by_variance():
    rng = np.random.default_rng(1)
    codes = np.zeros((500, 4), np.float32)
    codes[:, 2] = rng.normal(0, 5, 500)
    codes[:, 0] = rng.normal(0, 1, 500)
    proj = codespace.pca(codes)
    assert abs(proj.axes[0, 2]) == pytest.approx(1, abs=1e-3) and abs(proj.axes[1, 0]) == pytest.approx(1, abs=1e-2)
    assert proj.explained[0] > proj.explained[1]
    assert proj.project(codes).shape == (500, 2)


def test_code_stats_order_values_by_spread_and_keep_2d_codes_as_they_are(clusters):
    codes, labels = clusters
    codes = codes.copy()
    codes[:, 6] *= 10
    stats = codespace.code_stats(codes, labels)
    assert stats.order[0] == 6 and sorted(stats.order) == list(range(8))
    assert np.all(stats.low <= stats.high) and stats.projected.shape == (300, 2)
    flat2 = codespace.code_stats(codes[:, :2], labels)
    assert np.array_equal(flat2.projected, codes[:, :2])


def test_image_shaped_codes_are_flattened():
    stats = codespace.code_stats(np.ones((20, 4, 4, 8), np.float32), np.zeros(20, np.uint8))
    assert stats.codes.shape == (20, 128)


def test_grid_points_run_row_by_row_from_the_top():
    points = codespace.grid_points((0, 1), (10, 20), 3)
    assert points.shape == (9, 2)
    assert tuple(points[0]) == (0, 20) and tuple(points[2]) == (1, 20) and tuple(points[-1]) == (1, 10)


def test_tile_places_images_in_rows_with_gaps():
    images = np.stack([np.full((2, 2), i, np.float32) for i in range(1, 4)])
    out = codespace.tile(images, 2, gap=1)
    assert out.shape == (5, 5)
    assert out[0, 0] == 1 and out[0, 3] == 2 and out[3, 0] == 3 and out[3, 3] == 0 and out[2, 2] == 0


def test_morph_runs_from_a_to_b():
    a, b = np.zeros(3, np.float32), np.array([2, 4, 6], np.float32)
    assert np.allclose(codespace.interpolate(a, b, 0.5), [1, 2, 3])
    frames = codespace.morph(a, b, 5, lambda c: np.full((2, 2), c.sum()))
    assert frames.shape == (5, 2, 2) and frames[0, 0, 0] == 0 and frames[-1, 0, 0] == 12


def test_session_export_loads_back(tmp_path):
    from PIL import Image

    drawing = np.random.default_rng(2).random((280, 280)).astype(np.float32)
    model_input = np.random.default_rng(3).random((28, 28)).astype(np.float32)
    results = {"vanilla": session_export.ModelResult(np.arange(32, dtype=np.float32), model_input * 0.5),
               "conv": session_export.ModelResult(np.ones((4, 4, 8), np.float32), model_input * 0.25)}
    written = session_export.save_session(tmp_path / "session", drawing, model_input, results)
    assert {p.name for p in written} == {"session.npz", "session-input.png", "session-reconstructions.png",
                                         "session-drawing.png"}
    back_drawing, back_input, back = session_export.load_session(tmp_path / "session.npz")
    assert np.array_equal(back_drawing, drawing) and np.array_equal(back_input, model_input)
    assert list(back) == ["vanilla", "conv"] and back["conv"].code.shape == (4, 4, 8)
    assert np.array_equal(back["vanilla"].reconstruction, results["vanilla"].reconstruction)
    with Image.open(tmp_path / "session-reconstructions.png") as sheet:
        assert sheet.size == ((3 * 28 + 2 * session_export.GAP) * session_export.SCALE, 28 * session_export.SCALE)
    assert not list(tmp_path.glob(".*")), "temporary files left behind"


def test_strip_export_writes_png_and_animated_gif(tmp_path):
    from PIL import Image

    frames = np.stack([np.full((28, 28), i / 4, np.float32) for i in range(5)])
    png, gif = session_export.save_strip(tmp_path / "morph.png", frames)
    assert png.name == "morph.png" and gif.name == "morph.gif"
    with Image.open(png) as strip:
        assert strip.size[0] == (5 * 28 + 4 * session_export.GAP) * session_export.SCALE
    with Image.open(gif) as animation:
        assert animation.n_frames == 8  # forwards and back without repeating the ends


def test_neighbours_go_by_direction_so_a_bolder_copy_is_at_distance_zero(clusters):
    codes, labels = clusters
    stats = codespace.code_stats(codes, labels)
    found = codespace.neighbours(stats, 3.0 * codes[11], k=3)
    assert found.indices[0] == 11 and found.distances[0] == pytest.approx(0, abs=1e-3)
