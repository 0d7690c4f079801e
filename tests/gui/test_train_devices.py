"""The Train tab says which device(s) will train before Start, offers a choice when there is one, and
shows which trained afterwards (the device lists here are faked: no GPU is available to these tests)."""

import pytest

from ae_models import store
from ae_models.devices import Device
from ae_models.library import ModelLibrary
from gui.hub import ModelHub
from gui.train.device_choice import DeviceChoice
from gui.train.tab import TrainTab

CPU = Device("CPU", 0, "AMD EPYC", 64 * 2**30)
GPUS = [Device("GPU", 0, "NVIDIA RTX A4000", 16 * 2**30), Device("GPU", 1, "NVIDIA RTX A4000", 16 * 2**30)]


@pytest.fixture
def choice(qtbot):
    widget = DeviceChoice()
    qtbot.addWidget(widget)
    return widget


def test_one_cpu_offers_no_choice_and_says_it_trains(choice):
    choice.set_devices([CPU])
    assert choice.combo.isHidden() and choice.option == "auto"
    assert choice.planned.text() == "Trains on: CPU:0 AMD EPYC (64.0 GB)"


def test_two_gpus_train_together_unless_one_or_the_cpu_is_chosen(choice):
    choice.set_devices([CPU, *GPUS])
    assert not choice.combo.isHidden()
    titles = [choice.combo.itemText(i) for i in range(choice.combo.count())]
    assert titles == ["Automatic", CPU.label, GPUS[0].label, GPUS[1].label]
    assert choice.planned.text() == f"Trains on: {GPUS[0].label}, {GPUS[1].label}"
    choice.combo.setCurrentIndex(titles.index(CPU.label))
    assert choice.option == ("CPU:0",) and choice.planned.text() == f"Trains on: {CPU.label}"


def test_a_split_cpu_offers_all_its_devices(choice):
    choice.set_devices([Device("CPU", 0, "AMD EPYC"), Device("CPU", 1, "AMD EPYC")])
    titles = [choice.combo.itemText(i) for i in range(choice.combo.count())]
    assert titles[:2] == ["Automatic", "All 2 devices"]
    choice.combo.setCurrentIndex(1)
    assert choice.option == 2 and choice.planned.text() == "Trains on: CPU:0 AMD EPYC, CPU:1 AMD EPYC"


def test_a_run_records_and_shows_the_device_it_trained_on(qtbot, tmp_path):
    tab = TrainTab(ModelHub(models_dir=tmp_path / "no-models"), library=ModelLibrary(tmp_path / "models"))
    qtbot.addWidget(tab)
    tab.hub.modelsChanged.emit()  # what the hub sends once Keras and the models are in
    assert tab.devices.planned.text().startswith("Trains on: CPU:0 ") and tab.devices.used.isHidden()
    form = tab.form
    form.variant.setCurrentIndex(form.variant.findData("vanilla"))
    form.epochs.setValue(1)
    form.digits.setValue(300)
    with qtbot.waitSignal(tab.runner.idle, timeout=120_000):
        tab.start()
    assert tab.devices.used.text() == "The last run trained on: CPU:0" and not tab.devices.used.isHidden()
    assert [d["id"] for d in store.read_sidecar(tab.outcome.path)["devices"]] == ["CPU:0"]
    tab.resize(1100, 800)
    tab.grab().save(str(tmp_path.parent / "train_devices.png"))
