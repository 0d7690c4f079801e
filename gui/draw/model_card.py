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

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl, Slot
from PySide6.QtWidgets import QFrame, QTextBrowser, QWidget

from ae_models import codegen, data
from ae_models.noise import TITLES as NOISE_TITLES
from ae_models.zoo import PIXELS, ModelSpec
from gui.draw.code_view import describe_code
from gui.i18n import engine
from gui.widgets.code_dialog import show_script

CODE_LINK = "ae-studio:keras-code"
# The learning-rate schedules by their ids in the sidecar, as the card names them.
SCHEDULES = {"cosine": QT_TRANSLATE_NOOP("ModelCard", "cosine"), "constant": QT_TRANSLATE_NOOP("ModelCard", "constant")}


def schedule_name(schedule: str | None) -> str:
    """A sidecar's schedule id as the card names it ("" when the sidecar has none)."""
    return QCoreApplication.translate("ModelCard", SCHEDULES[schedule]) if schedule in SCHEDULES else ""


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


def _dataset_title(meta: Mapping[str, Any]) -> str:
    """The name of the data a model was trained on, as the learner's language calls it."""
    dataset = data.REGISTRY.get(meta.get("dataset", ""))
    if dataset is not None:
        return engine(dataset.title)
    return meta.get("dataset") or QCoreApplication.translate("ModelCard", "unknown data")


def _training(meta: Mapping[str, Any]) -> str:
    # Plurals are ModelCard.tr: lupdate takes a name in QCoreApplication.translate's fourth argument for the
    # obsolete encoding argument, so only ``Class.tr(text, "", n)`` lists the text as a plural.
    train = meta.get("train") or {}
    if not train:
        return QCoreApplication.translate("ModelCard", "Not recorded (an untrained or imported model).")
    title, stages = _dataset_title(meta), meta.get("stages") or []
    epochs = meta.get("epochs_done", train.get("epochs"))
    if len(stages) > 1:
        done = " + ".join(str(st.get("epochs_done", st.get("train", {}).get("epochs", "?"))) for st in stages)
        clauses = [ModelCard.tr("{0}, {1} epochs in %n stages", "", len(stages)).format(title, done)]
        train = stages[0].get("train", train)  # the first stage's settings; the refine stage's follow
    elif not isinstance(epochs, int):
        clauses = [QCoreApplication.translate("ModelCard", "{0}, epochs not recorded").format(title)]
    elif meta.get("best_epoch"):
        clauses = [ModelCard.tr("{0}, %n epochs (best {1})", "", epochs).format(title, meta["best_epoch"])]
    else:
        clauses = [ModelCard.tr("{0}, %n epochs", "", epochs).format(title)]
    clauses.append(QCoreApplication.translate("ModelCard", "{0}, learning rate {1} {2}, {3} loss, batch {4}").format(
        train.get("optimizer", "?"), train.get("learning_rate", "?"),
        schedule_name(train.get("schedule")),
        str(train.get("loss", "?")).upper(), train.get("batch_size", "?")))
    if train.get("noise_factor"):
        drawn = list(train.get("noise_kinds", ("gaussian",)))
        kinds = ", ".join(engine(NOISE_TITLES.get(k, k)) + (f" ×{drawn.count(k)}" if drawn.count(k) > 1 else "")
                          for k in dict.fromkeys(drawn))
        clauses.append(QCoreApplication.translate("ModelCard", "inputs with noise {0} ({1}, one per digit)").format(
            train["noise_factor"], kinds))
    for stage in stages[1:]:
        cfg = stage.get("train", {})
        clauses.append(ModelCard.tr("then %n epochs from learning rate {0} {1}", "",
                                    stage.get("epochs_done", cfg.get("epochs", 0))).format(
            cfg.get("learning_rate", "?"), schedule_name(cfg.get("schedule"))))
    return "; ".join(clauses)


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
            ", ".join(f"{engine(NOISE_TITLES[k]).lower()} {test[f'test_bce_{k}']:.4f}" for k in kinds)))
    return notes


def _history(meta: Mapping[str, Any]) -> str:
    """How the run's loss went: first and last epoch (its own history, not the shipped model's)."""
    history = meta.get("history") or []
    if not history:
        return QCoreApplication.translate("ModelCard", "Not recorded.")
    first, last = history[0], history[-1]
    return QCoreApplication.translate("ModelCard", "loss {0:.4f} after epoch {1}, {2:.4f} after epoch {3} "
                                      "(validation {4:.4f})").format(first["loss"], first["epoch"], last["loss"],
                                                                     last["epoch"], last.get("val_loss", float("nan")))


def _test_error(meta: Mapping[str, Any], spec: ModelSpec | None, yours: bool) -> str:
    test = meta.get("test") or {}
    if "test_bce" not in test:
        return QCoreApplication.translate("ModelCard", "Not measured.")
    text = QCoreApplication.translate("ModelCard", "BCE {0:.4f}, MSE {1:.4f} on the 10,000 test digits").format(
        test["test_bce"], test.get("test_mse", float("nan")))
    notes = []
    if meta.get("target_bce") is not None and not yours:  # every sidecar names it; only shipped ones aimed at it
        notes.append(QCoreApplication.translate("ModelCard", "target ≤ {0:.4f}").format(meta["target_bce"]))
    if spec is not None and spec.published_bce is not None:
        notes.append(QCoreApplication.translate("ModelCard", "the tutorial reports {0}").format(spec.published_bce))
    if notes:
        text = QCoreApplication.translate("ModelCard", "{0} ({1})").format(text, "; ".join(notes))
    measures = _code_measures(test, spec)
    return QCoreApplication.translate("ModelCard", "{0}. {1}.").format(text, "; ".join(measures)) if measures else text


def yours_text(meta: Mapping[str, Any]) -> str:
    """'Yours, trained 3 epochs on MNIST.' for a model the user trained (or opened)."""
    if "epochs_done" in meta:
        return ModelCard.tr("Yours, trained %n epochs on {0}.", "", meta["epochs_done"]).format(_dataset_title(meta))
    return QCoreApplication.translate("ModelCard", "Yours, opened from a file.")


def card_html(title: str, spec: ModelSpec | None, model, meta: Mapping[str, Any], code_shape: tuple[int, ...],
              yours: bool = False, restore: str | None = None) -> str:
    """The card as HTML: facts first, then the layer table. ``yours``: the user's model, described by its
    own record; ``restore``: the shipped model it replaces, offered back by a link."""
    code_size = math.prod(code_shape)
    about = yours_text(meta) if yours else (engine(spec.description) if spec else "")
    facts = [
        (QCoreApplication.translate("ModelCard", "Recipe from") if yours
         else QCoreApplication.translate("ModelCard", "Tutorial"), engine(spec.tutorial) if spec else "—"),
        (QCoreApplication.translate("ModelCard", "Code"),
         QCoreApplication.translate("ModelCard", "{0}: {1} → {2}, {3:.1f}× compression").format(
             describe_code(code_shape), PIXELS, code_size, PIXELS / code_size)),
        (QCoreApplication.translate("ModelCard", "Trained on"), _training(meta)),
        *([(QCoreApplication.translate("ModelCard", "History"), _history(meta))] if yours else []),
        (QCoreApplication.translate("ModelCard", "Test error"), _test_error(meta, spec, yours)),
        (QCoreApplication.translate("ModelCard", "Parameters"), f"{int(model.count_params()):,}"),
    ]
    html = [f"<h3 style='margin-bottom:2px'>{escape(title)}</h3>",
            f"<p style='margin-top:0'>{escape(about)}</p>",
            "<table cellspacing='0' cellpadding='3'>"]
    if restore is not None:
        html.insert(2, "<p><a href='restore:{0}'>{1}</a></p>".format(
            escape(restore), escape(QCoreApplication.translate("ModelCard", "Restore the shipped model"))))
    html += [f"<tr><td valign='top'><b>{escape(k)}</b></td><td>{escape(v)}</td></tr>" for k, v in facts]
    headers = (QCoreApplication.translate("ModelCard", "Layer"), QCoreApplication.translate("ModelCard", "Type"),
               QCoreApplication.translate("ModelCard", "Output shape"),
               QCoreApplication.translate("ModelCard", "Params"))
    html += ["</table><h4 style='margin-bottom:2px'>{0}</h4>".format(
                 escape(QCoreApplication.translate("ModelCard", "Layers"))),
             "<table cellspacing='0' cellpadding='3'><tr><th align='left'>{0}</th><th align='left'>{1}</th>"
             "<th align='left'>{2}</th><th align='right'>{3}</th></tr>".format(*map(escape, headers))]
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
        self.code_spec: ModelSpec | None = None  # what "Show the Keras code" writes out
        self.anchorClicked.connect(self._on_link)
        self.show_message(self.tr("Loading…"))

    def show_model(self, title: str, spec: ModelSpec | None, instance, yours: bool = False,
                   restore: str | None = None) -> None:
        try:  # the recipe the file was trained with, else its variant's
            self.code_spec = codegen.spec_from_sidecar(instance.meta)
        except ValueError:
            self.code_spec = spec
        link = ("<p align='right' style='margin:0'><a href='{0}'>{1}</a></p>".format(
            CODE_LINK, escape(self.tr("Show the Keras code"))) if self.code_spec else "")
        self.setHtml(link + card_html(title, spec, instance.model, instance.meta, instance.code_shape, yours, restore))

    @Slot(QUrl)
    def _on_link(self, url: QUrl) -> None:
        if url.toString() == CODE_LINK and self.code_spec is not None:
            self.code_dialog = show_script(self.window(), self.code_spec)

    def show_unavailable(self, title: str, spec: ModelSpec | None, reason: str, neutral: bool = False) -> None:
        """What the model would be, and why it cannot be shown (``neutral``: not yet, e.g. still loading)."""
        about = ("<p style='margin-top:0'>{0}</p><p><b>{1}</b> {2}</p>".format(
            escape(engine(spec.description)), escape(self.tr("Tutorial")), escape(engine(spec.tutorial)))
            if spec else "")
        state = (f"<p>{escape(reason)}</p>" if neutral else
                 "<p style='color:#c84632'><b>{0}</b> {1}</p>".format(escape(self.tr("Unavailable:")), escape(reason)))
        self.setHtml(f"<h3 style='margin-bottom:2px'>{escape(title)}</h3>{about}{state}")

    def show_message(self, text: str) -> None:
        self.setHtml(f"<p>{escape(text)}</p>")
