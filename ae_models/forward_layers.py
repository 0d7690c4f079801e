"""The NumPy forward pass's layers: each zoo layer kind, from its Keras config and weights, as one function.

``layer_op`` covers dense, stride-1 convolution, max pooling, nearest upsampling, batch normalisation (in
inference mode) and top-k, in float32, with Keras's activations; anything else raises ``UnsupportedError``.
``upsampled_conv`` runs an upsampling and the convolution after it as one layer. The thresholds below were
measured on the zoo's layer sizes with one or two digits, where each NumPy call costs more than its arithmetic.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import numpy as np

Array = np.ndarray
Op = Callable[[Array], Array]
VIEWED_PATCHES = 32_768  # neighbourhood values up to which a convolution reads them through a strided view
ROW_BY_ROW = 65_536  # kernel values from which a few digits go through a dense layer one at a time

ACTIVATIONS: dict[str, Op] = {
    "linear": lambda x: x,
    "relu": lambda x: np.maximum(x, 0.0, out=x),
    "sigmoid": lambda x: 0.5 * (1.0 + np.tanh(0.5 * x)),  # exp-free: no overflow warning for large -x
    "tanh": np.tanh,
    "elu": lambda x: np.where(x > 0, x, np.expm1(np.minimum(x, 0.0))),
    "softplus": lambda x: np.logaddexp(np.float32(0.0), x),
}


class UnsupportedError(ValueError):
    """The file holds something this pass does not run (Keras runs it instead)."""


def layer_op(kind: str, config: dict, values: list[Array]) -> Op:
    """One layer of class ``kind`` with its config and its weights (in the order Keras saves them)."""
    _check_float32(kind, config)
    if kind == "Dense":
        return activated(config, _dense(values, config["use_bias"]))
    if kind == "Conv2D":
        return activated(config, _conv2d(values, config))
    if kind == "MaxPooling2D":
        return _max_pool(config)
    if kind == "UpSampling2D":
        return _upsample(config)
    if kind == "BatchNormalization":
        return _batch_norm(values, config)
    if kind == "TopK":
        return _top_k(int(config["k"]))
    raise UnsupportedError(f"layer kind {kind}")


def _check_float32(kind: str, config: dict) -> None:
    dtype = config.get("dtype")
    if isinstance(dtype, dict) and dtype.get("config", {}).get("name") != "float32":
        raise UnsupportedError(f"{kind} computes in {dtype.get('config', {}).get('name')}")


def activated(config: dict, op: Op) -> Op:
    """``op`` followed by the layer's activation."""
    activation = config.get("activation", "linear")
    if not isinstance(activation, str) or activation not in ACTIVATIONS:
        raise UnsupportedError(f"activation {activation!r}")
    act = ACTIVATIONS[activation]
    return op if activation == "linear" else lambda x: act(op(x))


def _dense(values: list[Array], use_bias: bool) -> Op:
    """``x @ kernel + bias``; for two to four digits (the noise demo's pair) and a big kernel, one product per
    digit: OpenBLAS multiplies a few rows by a big kernel two to three times slower than one row at a time."""
    kernel = values[0]
    bias = values[1] if use_bias else np.zeros(kernel.shape[1], np.float32)
    if kernel.size < ROW_BY_ROW:
        return lambda x: x @ kernel + bias

    def dense(x: Array) -> Array:
        if not 1 < len(x) <= 4:
            return x @ kernel + bias
        out = np.empty((len(x), kernel.shape[1]), np.float32)
        for row, into in zip(x, out):
            np.matmul(row, kernel, out=into)
        out += bias
        return out

    return dense


def _conv_parts(values: list[Array], config: dict) -> tuple[Array, Array, int, int]:
    """A supported convolution's kernel, bias and the zeros it pads on top and on the left ('same':
    TensorFlow puts an odd extra at the end; 'valid': none)."""
    if (tuple(config["strides"]) != (1, 1) or tuple(config.get("dilation_rate", (1, 1))) != (1, 1)
            or config.get("groups", 1) != 1 or config.get("data_format") != "channels_last"):
        raise UnsupportedError("a convolution other than stride 1, channels last")
    kernel = values[0]
    kh, kw, _, filters = kernel.shape
    bias = values[1] if config["use_bias"] else np.zeros(filters, np.float32)
    if config["padding"] not in ("same", "valid"):
        raise UnsupportedError(f"padding {config['padding']}")
    return (kernel, bias, *(((kh - 1) // 2, (kw - 1) // 2) if config["padding"] == "same" else (0, 0)))


def _conv2d(values: list[Array], config: dict) -> Op:
    """A stride-1 convolution as one matrix product (see ``_product``)."""
    kernel, bias, top, left = _conv_parts(values, config)
    kh, kw = kernel.shape[:2]
    same = config["padding"] == "same"
    return _product(kernel, bias, _padder(top, kh - 1 - top, left, kw - 1 - left) if same else (lambda x: x))


def folds_upsampling(values: list[Array]) -> bool:
    """Whether a convolution with these weights runs faster with the upsampling before it folded in
    (``upsampled_conv``): not one with far fewer filters than channels, whose taps are summed."""
    return 4 * values[0].shape[3] > values[0].shape[2]


def upsampled_conv(upsampling: dict, values: list[Array], config: dict) -> Op:
    """Nearest upsampling followed by a convolution, as one convolution of the small image.

    Each output pixel of a phase (its row and column modulo the upsampling size) sees the same small-image
    pixels through the kernel, so each phase is a convolution of the small image with taps summed: all
    phases at once are one convolution with sh*sw times the filters, interleaved after. The upsampled
    image is never made, and the neighbourhoods are copied from an image a quarter the size (the decoders'
    middle layers: 20-40 % faster).
    """
    _check_float32("UpSampling2D", upsampling)
    _check_float32("Conv2D", config)
    sh, sw = _upsampling_size(upsampling)
    kernel, bias, top, left = _conv_parts(values, config)
    kh, kw, channels, filters = kernel.shape
    if config["padding"] == "valid" and ((kh - 1) % sh or (kw - 1) % sw):
        raise UnsupportedError("a phase of this convolution would have fewer rows than the others")
    rows, cols = _phase_taps(kh, sh, top), _phase_taps(kw, sw, left)  # [phase][tap] -> window offset
    window = (max(map(max, rows)) + 1, max(map(max, cols)) + 1)
    combined = np.zeros((*window, channels, sh, sw, filters), np.float32)
    for r, c in np.ndindex(sh, sw):
        for (i, a), (j, b) in itertools.product(enumerate(rows[r]), enumerate(cols[c])):
            combined[a, b, :, r, c] += kernel[i, j]
    # the small image's zeros: as many above (left) as the window reaches before a phase's first pixel
    up, before = -((-top) // sh), -((-left) // sw)
    down = window[0] - 1 - up if config["padding"] == "same" else 0
    right = window[1] - 1 - before if config["padding"] == "same" else 0
    phases = _gathered(combined.reshape(*window, channels, sh * sw * filters), np.tile(bias, sh * sw),
                      _padder(up, down, before, right))

    def conv(x: Array) -> Array:
        out = phases(x)
        n, h, w, _ = out.shape
        return out.reshape(n, h, w, sh, sw, filters).transpose(0, 1, 3, 2, 4, 5).reshape(n, h * sh, w * sw, filters)

    return conv


def _phase_taps(taps: int, size: int, pad: int) -> list[list[int]]:
    """For each phase of an upsampling by ``size``, the small-image offset each kernel tap reads, counted
    from the start of the window all phases share."""
    first = (-pad) // size
    return [[(phase + tap - pad) // size - first for tap in range(taps)] for phase in range(size)]


def _product(kernel: Array, bias: Array, pad: Op) -> Op:
    """Over every pixel's neighbourhood (``_gathered``) or, when the layer has far fewer filters than input
    channels, over every pixel's channels (``_summed``)."""
    return (_summed if 4 * kernel.shape[3] <= kernel.shape[2] else _gathered)(kernel, bias, pad)


def _padder(top: int, bottom: int, left: int, right: int) -> Op:
    """Zeros around the first two spatial axes, as 'same' padding needs (np.pad costs more than a layer)."""
    if not top + bottom + left + right:
        return lambda x: x

    def pad(x: Array) -> Array:
        n, h, w, *rest = x.shape
        padded = np.zeros((n, h + top + bottom, w + left + right, *rest), np.float32)
        padded[:, top:top + h, left:left + w] = x
        return padded

    return pad


def _gathered(kernel: Array, bias: Array, pad: Op) -> Op:
    """Each output pixel from its neighbourhood: (pixels, kh*kw*channels) @ (that, filters). For a small
    layer the neighbourhoods are a strided view of the padded input, copied once by the product's reshape
    (each operation costs more than its arithmetic there); for a bigger one (or one channel) a copy per tap
    is faster."""
    kh, kw, channels, filters = kernel.shape
    matrix = np.ascontiguousarray(kernel.reshape(kh * kw * channels, filters))

    def conv(x: Array) -> Array:
        x = np.ascontiguousarray(pad(x))
        n, h, w, _ = x.shape
        oh, ow = h - kh + 1, w - kw + 1
        if channels > 1 and n * oh * ow * matrix.shape[0] <= VIEWED_PATCHES:
            rows, cols = x.strides[1:3]
            patches = np.ndarray((n, oh, ow, kh, kw, channels), np.float32, buffer=x,
                                 strides=(x.strides[0], rows, cols, rows, cols, x.strides[3]))
        else:
            patches = np.empty((n, oh, ow, kh, kw, channels), np.float32)
            for i in range(kh):
                for j in range(kw):
                    patches[:, :, :, i, j] = x[:, i:i + oh, j:j + ow]
        out = patches.reshape(n * oh * ow, -1) @ matrix
        out += bias
        return out.reshape(n, oh, ow, filters)

    return conv


def _summed(kernel: Array, bias: Array, pad: Op) -> Op:
    """Every pixel's channels times every tap's weights, (pixels, channels) @ (channels, kh*kw*filters),
    then each tap's share added from its neighbour: no neighbourhood copied, far less to move when the
    filters are few (a decoder's last layer, many channels in and one out)."""
    kh, kw, channels, filters = kernel.shape
    taps = np.ascontiguousarray(kernel.transpose(2, 0, 1, 3).reshape(channels, kh * kw * filters))

    def conv(x: Array) -> Array:
        n, h, w, _ = x.shape
        shares = pad((x.reshape(-1, channels) @ taps).reshape(n, h, w, kh * kw, filters))
        oh, ow = shares.shape[1] - kh + 1, shares.shape[2] - kw + 1
        out = np.broadcast_to(bias, (n, oh, ow, filters)).copy()
        for i in range(kh):
            for j in range(kw):
                out += shares[:, i:i + oh, j:j + ow, i * kw + j]
        return out

    return conv


def _max_pool(config: dict) -> Op:
    size = tuple(config["pool_size"])
    if tuple(config["strides"]) != size or config.get("data_format") != "channels_last":
        raise UnsupportedError("pooling with strides other than its size")
    ph, pw = size
    same = config["padding"] == "same"

    def pool(x: Array) -> Array:
        n, h, w, c = x.shape
        if same and (h % ph or w % pw):  # as TensorFlow pads: at the end, so that the output is ceil(side / size)
            padded = np.full((n, h + -h % ph, w + -w % pw, c), -np.inf, np.float32)
            padded[:, :h, :w] = x
            x = padded
        elif not same:
            x = x[:, : h - h % ph, : w - w % pw]
        out = x[:, ::ph, ::pw]
        for i in range(ph):
            for j in range(pw):
                if i or j:
                    out = np.maximum(out, x[:, i::ph, j::pw])
        return out

    return pool


def _upsample(config: dict) -> Op:
    sh, sw = _upsampling_size(config)
    return lambda x: x.repeat(sh, axis=1).repeat(sw, axis=2)


def _upsampling_size(config: dict) -> tuple[int, int]:
    if config.get("interpolation", "nearest") != "nearest" or config.get("data_format") != "channels_last":
        raise UnsupportedError("upsampling other than nearest, channels last")
    sh, sw = config["size"]
    return int(sh), int(sw)


def _batch_norm(values: list[Array], config: dict) -> Op:
    """Inference mode: the moving statistics (Keras keeps gamma, beta, mean, variance in that order)."""
    if config.get("axis", -1) not in (-1, [-1]):
        raise UnsupportedError("batch normalisation over another axis")
    values = list(values)
    gamma = values.pop(0) if config.get("scale", True) else np.float32(1.0)
    beta = values.pop(0) if config.get("center", True) else np.float32(0.0)
    mean, variance = values
    scale = (gamma / np.sqrt(variance + np.float32(config.get("epsilon", 1e-3)))).astype(np.float32)
    shift = (beta - mean * scale).astype(np.float32)
    return lambda x: x * scale + shift


def _top_k(k: int) -> Op:
    def top(x: Array) -> Array:
        kth = np.partition(x, -k, axis=-1)[..., -k:].min(axis=-1, keepdims=True)
        return np.where(x >= kth, x, np.float32(0.0))

    return top
