"""The training set-up form: variant, recipe preset, dataset, hyperparameters and architecture sizes.

Filled from the zoo's specs (house style 2: the lists come from ``REGISTRY`` and ``RECIPES``). Every
field is checked as it is edited; what is wrong shows under the field and ``validityChanged`` tells the
tab to disable Start. ``spec()`` turns the form into the ``ModelSpec`` a run trains.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ae_models import zoo
from ae_models.noise import TITLES as NOISE_TITLES
from gui import i18n
from gui.datasets import DatasetService
from gui.train.dataset_picker import DatasetPicker
from gui.train.fields import (
    ARCH_FIELDS,
    LOSS_TITLES,
    OPTIMIZER_TITLES,
    SCHEDULE_TITLES,
    TRAIN_DIGITS,
    combo,
    field_with_error,
    parse_field,
    spin,
    translated,
)
from gui.train.form_values import FormValues
from gui.train.preset_state import edited, edited_title, rate_warning, refine_row, refine_text, warning_line
from gui.train.tensorboard_group import TensorBoardGroup


class TrainForm(FormValues, QWidget):
    """Set-up for one run; ``spec()``, ``subset`` and ``tensorboard_folder`` read it, ``validityChanged`` reports problems."""

    validityChanged = Signal(bool)
    changed = Signal()  # any value changed (after it was checked)

    def __init__(self, datasets: DatasetService | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._datasets = datasets
        self._errors: dict[str, QLabel] = {}
        self._forms: dict[str, tuple[QFormLayout, QWidget]] = {}
        self._valid = True
        self._build_model_group()
        self._build_data_group()
        self._build_training_group()
        self._build_logging_group()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in (self.model_group, self.data_group, self.training_group, self.logging_group):
            layout.addWidget(group)
        self.other_errors = QLabel(wordWrap=True, styleSheet="color: #c62828;")  # settings without a field here
        layout.addWidget(self.other_errors)
        layout.addStretch(1)
        self._fill(zoo.REGISTRY[self.variant.currentData()])
        self._connect()
        self.revalidate()

    def _row(self, form: QFormLayout, key: str, label: str, editor: QWidget, tip: str = "") -> None:
        """A labelled field with its error line underneath."""
        box, self._errors[key] = field_with_error(editor, tip)
        form.addRow(label, box)
        if (title := form.labelForField(box)) is not None:  # the row's label says what the number is, too
            title.setToolTip(tip)
        self._forms[key] = (form, box)

    def _build_model_group(self) -> None:
        self.model_group = QGroupBox(self.tr("Model"))
        form = QFormLayout(self.model_group)
        self.variant = combo({name: i18n.engine(spec.title) for name, spec in zoo.REGISTRY.items()})
        self.preset = combo({"": self.tr("Shipped model's recipe"),
                             **{n: i18n.engine(s.title) for n, s in zoo.RECIPES.items()}})
        self._preset_titles = [self.preset.itemText(i) for i in range(self.preset.count())]
        self._row(form, "variant", self.tr("Variant"), self.variant,
                  self.tr("The autoencoder family and layout to train."))
        self._row(form, "preset", self.tr("Preset"), self.preset, self.tr("Fill the form with a tutorial's settings."))
        self.arch_edits: dict[str, QWidget] = {}
        for key, field in ARCH_FIELDS.items():
            edit = spin(int(field.low), int(field.high)) if field.kind == "int" else QLineEdit()
            self.arch_edits[key] = edit
            self._row(form, key, QCoreApplication.translate("TrainForm", field.label), edit,
                      QCoreApplication.translate("TrainForm", field.tip))
        self.noise = QDoubleSpinBox(minimum=0.0, maximum=1.0, singleStep=0.05, decimals=2)
        self._row(form, "noise_factor", self.tr("Input noise"), self.noise,
                  self.tr("Noise added to the inputs while training (a denoiser); 0 for none."))
        kinds = QWidget()
        row = QHBoxLayout(kinds)
        row.setContentsMargins(0, 0, 0, 0)
        self.noise_kinds = {kind: QCheckBox(i18n.engine(title)) for kind, title in NOISE_TITLES.items()}
        for box in self.noise_kinds.values():
            row.addWidget(box)
        row.addStretch(1)
        self._row(form, "noise_kinds", self.tr("Noise kinds"), kinds,
                  self.tr("Each training digit gets one of the ticked noises, drawn at random."))
        self.description = QLabel(wordWrap=True)
        self.description.setStyleSheet("color: #555;")
        self.description.setToolTip(self.tr("What this variant is, its layer sizes, and the tutorial it comes from."))
        form.addRow(self.description)

    def _build_data_group(self) -> None:
        self.data_group = QGroupBox(self.tr("Data"))
        form = QFormLayout(self.data_group)
        self.dataset = DatasetPicker(self._datasets)
        self._row(form, "dataset", self.tr("Dataset"), self.dataset)
        self.digits = spin(100, TRAIN_DIGITS, 1000)
        self.digits.setValue(TRAIN_DIGITS)
        self._row(form, "subset", self.tr("Training digits"), self.digits,
                  self.tr("How many training images to use (a fifth of them, at most 5,000, is held out for "
                          "validation)."))

    def _build_training_group(self) -> None:
        self.training_group = QGroupBox(self.tr("Training"))
        form = QFormLayout(self.training_group)
        self.epochs = spin(1, 1000)
        self.batch = spin(1, 8192, 32)
        self.optimizer = combo(OPTIMIZER_TITLES)
        self.learning_rate = QLineEdit()
        self.schedule = combo(translated(SCHEDULE_TITLES))
        self.warmup = spin(0, 999)
        self.loss = combo(translated(LOSS_TITLES))
        self.seed = spin(0, 2**31 - 1)
        for key, label, editor, tip in (
            ("epochs", self.tr("Epochs"), self.epochs, self.tr("Passes over the training digits.")),
            ("batch_size", self.tr("Batch size"), self.batch, self.tr("Digits per gradient step.")),
            ("optimizer", self.tr("Optimizer"), self.optimizer, ""),
            ("learning_rate", self.tr("Learning rate"), self.learning_rate, self.tr("For example 0.001 or 1e-3.")),
            ("schedule", self.tr("Rate schedule"), self.schedule,
             self.tr("Keep the rate, or let it decay to zero along a cosine.")),
            ("warmup_epochs", self.tr("Warm-up epochs"), self.warmup,
             self.tr("Epochs over which a cosine schedule ramps the rate up from 1% (keeps more ReLU units alive).")),
            ("loss", self.tr("Loss"), self.loss, ""),
            ("seed", self.tr("Random seed"), self.seed, self.tr("The same seed and settings give the same model.")),
        ):
            self._row(form, key, label, editor, tip)
        self.rate_warning = warning_line()  # a row of its own: a wrapped label nested in a row gets squeezed
        form.insertRow(form.getWidgetPosition(self._forms["learning_rate"][1])[0] + 1, self.rate_warning)
        self._refine_row, self.refine, self.refine_hint = refine_row()
        form.addRow(self.tr("Stage 2"), self._refine_row)
        self._refine_form = form

    def _build_logging_group(self) -> None:
        self.logging_group = group = TensorBoardGroup()
        self.tensorboard, self.tensorboard_dir = group.check, group.folder_edit
        self._errors["tensorboard"] = group.error

    def _connect(self) -> None:
        self.variant.currentIndexChanged.connect(self._on_variant)
        self.preset.currentIndexChanged.connect(self._on_preset)
        self.dataset.changed.connect(self.revalidate)
        for edit in (*self.arch_edits.values(), self.learning_rate, self.tensorboard_dir):
            signal = edit.valueChanged if isinstance(edit, QSpinBox) else edit.textChanged
            signal.connect(self.revalidate)
        for box in (self.epochs, self.batch, self.warmup, self.seed, self.digits, self.noise):
            box.valueChanged.connect(self.revalidate)
        for box in (self.optimizer, self.schedule, self.loss):
            box.currentIndexChanged.connect(self.revalidate)
        for box in self.noise_kinds.values():
            box.toggled.connect(self.revalidate)
        self.tensorboard.toggled.connect(self.revalidate)
        self.refine.toggled.connect(self.revalidate)

    @property
    def base(self) -> zoo.ModelSpec:
        """The registry variant or recipe the form started from."""
        return zoo.RECIPES.get(self.preset.currentData()) or zoo.REGISTRY[self.variant.currentData()]

    @Slot()
    def _on_variant(self) -> None:
        self.preset.blockSignals(True)
        self.preset.setCurrentIndex(0)
        self.preset.blockSignals(False)
        self._fill(self.base)

    @Slot()
    def _on_preset(self) -> None:
        spec = self.base
        self.variant.blockSignals(True)
        self.variant.setCurrentIndex(self.variant.findData(spec.variant))
        self.variant.blockSignals(False)
        self._fill(spec)

    def _fill(self, spec: zoo.ModelSpec) -> None:
        """Show a spec's settings and only the architecture fields its family has."""
        cfg = spec.train
        for key, edit in self.arch_edits.items():
            form, box = self._forms[key]
            form.setRowVisible(box, key in spec.arch)
            if key not in spec.arch:
                continue
            value = spec.arch[key]
            if isinstance(edit, QSpinBox):
                edit.setValue(int(value))
            else:
                edit.setText(", ".join(map(str, value)) if isinstance(value, tuple) else f"{value:g}")
        self.noise.setValue(cfg.noise_factor)
        for kind, box in self.noise_kinds.items():
            box.setChecked(kind in cfg.noise_kinds)
        self.epochs.setValue(cfg.epochs)
        self.batch.setValue(cfg.batch_size)
        self.optimizer.setCurrentIndex(self.optimizer.findData(cfg.optimizer))
        self.learning_rate.setText(f"{cfg.learning_rate:g}")
        self.schedule.setCurrentIndex(self.schedule.findData(cfg.schedule))
        self.warmup.setValue(cfg.warmup_epochs)
        self.loss.setCurrentIndex(self.loss.findData(cfg.loss))
        self.seed.setValue(cfg.seed)
        self._refine_form.setRowVisible(self._refine_row, spec.refine is not None)
        self.refine.setChecked(spec.refine is not None)
        if spec.refine is not None:
            self.refine_hint.setText(refine_text(spec))
        self.description.setText(self.tr("{0}\nFrom: {1}").format(i18n.engine(spec.description),
                                                                   i18n.engine(spec.tutorial)))
        self.revalidate()

    def _arch_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        values, problems = {}, {}
        for key in self.base.arch:
            edit = self.arch_edits.get(key)
            if edit is None:
                continue
            if isinstance(edit, QSpinBox):
                values[key] = edit.value()
                continue
            values[key], problem = parse_field(ARCH_FIELDS[key], edit.text())
            if problem:
                problems[key] = problem
        return values, problems

    def _train_values(self) -> tuple[dict[str, Any], dict[str, str]]:
        values = {"epochs": self.epochs.value(), "batch_size": self.batch.value(),
                  "optimizer": self.optimizer.currentData(), "schedule": self.schedule.currentData(),
                  "warmup_epochs": self.warmup.value(),
                  "loss": self.loss.currentData(), "seed": self.seed.value(), "noise_factor": self.noise.value(),
                  "noise_kinds": tuple(k for k, box in self.noise_kinds.items() if box.isChecked())}
        try:
            values["learning_rate"] = float(self.learning_rate.text())
        except ValueError:
            return values, {"learning_rate": self.tr("a number, e.g. 0.001")}
        return values, {}

    def problems(self) -> dict[str, str]:
        """Field -> what is wrong with it; empty when a run can start."""
        arch, problems = self._arch_values()
        train, train_problems = self._train_values()
        problems.update(train_problems)
        if not train_problems:  # the engine's own checks (zoo.ModelSpec.problems), as the command line has them
            valid_arch = {k: v for k, v in arch.items() if k not in problems}
            engine_problems = self.base.customized(arch=valid_arch, **train).problems()
            problems.update({key: i18n.text(problem) for key, problem in engine_problems.items()})
        if self.dataset.problem():
            problems["dataset"] = self.dataset.problem()
        if self.logging_group.problem():
            problems["tensorboard"] = self.logging_group.problem()
        return problems

    @Slot()
    def revalidate(self) -> None:
        """Show each field's problem under it and report whether the form can start a run."""
        problems = self.problems()
        for key, label in self._errors.items():
            label.setText(problems.get(key, ""))
            label.setVisible(key in problems)
        unplaced = [self.tr("{0}: {1}").format(key, text) for key, text in problems.items() if key not in self._errors]
        self.other_errors.setText("\n".join(unplaced))
        self.other_errors.setVisible(bool(unplaced))
        for box in self.noise_kinds.values():
            box.setEnabled(self.noise.value() > 0)
        self._show_preset_state(problems)
        valid = not problems
        if valid != self._valid:
            self._valid = valid
            self.validityChanged.emit(valid)
        self.changed.emit()

    def _show_preset_state(self, problems: dict[str, str]) -> None:
        """'… (edited)' on the preset once a value differs from it; a warning for a far too high rate."""
        arch, _ = self._arch_values()
        train, _ = self._train_values()
        changed = bool(problems) or edited(self.base, arch, train, self.refine.isChecked())
        for index, title in enumerate(self._preset_titles):
            shown = edited_title(title) if changed and index == self.preset.currentIndex() else title
            if self.preset.itemText(index) != shown:
                self.preset.setItemText(index, shown)
        warning = "" if "learning_rate" in problems else rate_warning(train["learning_rate"], self.base)
        self.rate_warning.setText(warning)
        self._forms["learning_rate"][0].setRowVisible(self.rate_warning, bool(warning))

    @property
    def edited(self) -> bool:
        """Whether the form no longer equals its preset."""
        return self.preset.currentText() != self._preset_titles[self.preset.currentIndex()]

    @property
    def valid(self) -> bool:
        return self._valid

    def spec(self) -> zoo.ModelSpec:
        """The spec the form describes; only call it when ``valid``."""
        arch, _ = self._arch_values()
        train, _ = self._train_values()
        spec = self.base.customized(arch=arch, **train)
        return spec if self.refine.isChecked() else dataclasses.replace(spec, refine=None)

    @property
    def subset(self) -> int | None:
        return None if self.digits.value() >= TRAIN_DIGITS else self.digits.value()

    @property
    def tensorboard_folder(self) -> Path | None:
        return self.logging_group.folder

    def set_editable(self, editable: bool) -> None:
        """Lock the form while a run uses it."""
        for group in (self.model_group, self.data_group, self.training_group, self.logging_group):
            group.setEnabled(editable)
