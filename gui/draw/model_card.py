"""The selected model's card: what it is, the tutorial it comes from, how it was trained and how well it
does on the test set, and its layers with output shapes and parameter counts (what ``summary()`` prints).

Built once per selection, from the loaded model, its zoo spec and its sidecar; never per stroke.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass
from html import escape
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from ae_models import data
from ae_models.noise import TITLES as NOISE_TITLES
from ae_models.zoo import PIXELS, ModelSpec
from gui.draw.code_view import describe_code


@dataclass(frozen=True)
class LayerRow:
    """One line of the layer table; ``depth`` 1 for layers inside the encoder or decoder."""

    depth: int
    name: str
    kind: str
    shape: str
    params: int


def output_shape(layer) -> str:
    """A layer's output shape without the batch axis, e.g. '28 × 28 × 1'; several outputs joined by ', '."""
    try:
        outputs = layer.output
    except (AttributeError, ValueError):  # a layer used in several places has no single output
        return "—"
    outputs = outputs if isinstance(outputs, (list, tuple)) else [outputs]
    return ", ".join(" × ".join(str(d) for d in out.shape[1:]) for out in outputs)


def layer_rows(model, depth: int = 0) -> list[LayerRow]:
    """The model's layers in order, descending into nested models (the encoder and the decoder)."""
    rows = []
    for layer in model.layers:
        rows.append(LayerRow(depth, layer.name, type(layer).__name__, output_shape(layer), int(layer.count_params())))
        if hasattr(layer, "layers"):
            rows.extend(layer_rows(layer, depth + 1))
    return rows


def _training(meta: Mapping[str, Any]) -> str:
    train = meta.get("train") or {}
    if not train:
        return "Not recorded (an untrained or imported model)."
    dataset = data.REGISTRY.get(meta.get("dataset", ""))
    text = (f"{dataset.title if dataset else meta.get('dataset', 'unknown data')}, "
            f"{meta.get('epochs_done', train.get('epochs', '?'))} epochs")
    if meta.get("best_epoch"):
        text += f" (best {meta['best_epoch']})"
    text += (f"; {train.get('optimizer', '?')}, learning rate {train.get('learning_rate', '?')} "
             f"{train.get('schedule', '')}, {str(train.get('loss', '?')).upper()} loss, batch {train.get('batch_size', '?')}")
    if train.get("noise_factor"):
        drawn = list(train.get("noise_kinds", ("gaussian",)))
        kinds = ", ".join(NOISE_TITLES.get(k, k) + (f" ×{drawn.count(k)}" if drawn.count(k) > 1 else "")
                          for k in dict.fromkeys(drawn))
        text += QCoreApplication.translate("ModelCard", "; inputs with noise {0} ({1}, one per digit)").format(
            train["noise_factor"], kinds)
    return text


def _code_measures(test: Mapping[str, Any], spec: ModelSpec | None) -> list[str]:
    """What the test set shows of the claims a spec makes about its code or its noisy inputs."""
    notes = []
    if spec is not None and spec.target_zero_share is not None and "code_zero_share" in test:
        notes.append(QCoreApplication.translate("ModelCard", "{0:.0%} of code values exactly zero").format(
            test["code_zero_share"]))
    if spec is not None and spec.target_spread_ratio is not None and "code_spread_ratio" in test:
        notes.append(QCoreApplication.translate(
            "ModelCard", "widest digit class spreads {0:.1f}× as wide as the median class").format(
            test["code_spread_ratio"]))
    kinds = [k for k in NOISE_TITLES if f"test_bce_{k}" in test]
    if kinds:
        notes.append(QCoreApplication.translate("ModelCard", "BCE under noise 0.5: {0}").format(
            ", ".join(f"{NOISE_TITLES[k].lower()} {test[f'test_bce_{k}']:.4f}" for k in kinds)))
    return notes


def _test_error(meta: Mapping[str, Any], spec: ModelSpec | None) -> str:
    test = meta.get("test") or {}
    if "test_bce" not in test:
        return "Not measured."
    text = f"BCE {test['test_bce']:.4f}, MSE {test.get('test_mse', float('nan')):.4f} on the 10,000 test digits"
    notes = []
    if spec is not None and spec.target_bce is not None:
        notes.append(f"target ≤ {spec.target_bce:.4f}")
    if spec is not None and spec.published_bce is not None:
        notes.append(f"the tutorial reports {spec.published_bce}")
    text += f" ({'; '.join(notes)})" if notes else ""
    measures = _code_measures(test, spec)
    return text + (". " + "; ".join(measures) + "." if measures else "")


def card_html(title: str, spec: ModelSpec | None, model, meta: Mapping[str, Any], code_shape: tuple[int, ...]) -> str:
    """The card as HTML: facts first, then the layer table."""
    code_size = math.prod(code_shape)
    facts = [
        ("Tutorial", spec.tutorial if spec else "—"),
        ("Code", f"{describe_code(code_shape)}: {PIXELS} → {code_size}, {PIXELS / code_size:.1f}× compression"),
        ("Trained on", _training(meta)),
        ("Test error", _test_error(meta, spec)),
        ("Parameters", f"{int(model.count_params()):,}"),
    ]
    html = [f"<h3 style='margin-bottom:2px'>{escape(title)}</h3>",
            f"<p style='margin-top:0'>{escape(spec.description) if spec else ''}</p>",
            "<table cellspacing='0' cellpadding='3'>"]
    html += [f"<tr><td valign='top'><b>{k}</b></td><td>{escape(v)}</td></tr>" for k, v in facts]
    html += ["</table><h4 style='margin-bottom:2px'>Layers</h4>",
             "<table cellspacing='0' cellpadding='3'>"
             "<tr><th align='left'>Layer</th><th align='left'>Type</th><th align='left'>Output shape</th>"
             "<th align='right'>Params</th></tr>"]
    for row in layer_rows(model):
        indent = "&nbsp;" * 4 * row.depth
        weight = "b" if row.depth == 0 else "span"
        html.append(f"<tr><td>{indent}<{weight}>{escape(row.name)}</{weight}></td><td>{row.kind}</td>"
                    f"<td>{escape(row.shape)}</td><td align='right'>{row.params:,}</td></tr>")
    html.append("</table>")
    return "".join(html)


class ModelCard(QTextBrowser):
    """Shows ``card_html`` for the selected model, or why it cannot be shown."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setOpenLinks(False)
        self.show_message("Loading models…")

    def show_model(self, title: str, spec: ModelSpec | None, instance) -> None:
        self.setHtml(card_html(title, spec, instance.model, instance.meta, instance.code_shape))

    def show_unavailable(self, title: str, spec: ModelSpec | None, reason: str) -> None:
        """What the model would be, and why it cannot be shown."""
        about = (f"<p style='margin-top:0'>{escape(spec.description)}</p><p><b>Tutorial</b> {escape(spec.tutorial)}</p>"
                 if spec else "")
        self.setHtml(f"<h3 style='margin-bottom:2px'>{escape(title)}</h3>{about}"
                     f"<p style='color:#c84632'><b>Unavailable:</b> {escape(reason)}</p>")

    def show_message(self, text: str) -> None:
        self.setHtml(f"<p>{escape(text)}</p>")
