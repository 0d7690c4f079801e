"""Console progress for the command-line tools."""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable

log = logging.getLogger("ae_models")


def epoch_logger(name: str, epochs: int) -> Callable[[int, dict], None]:
    """An ``on_epoch`` hook that logs one line per epoch."""

    def report(epoch: int, logs: dict) -> None:
        log.info("%s epoch %d/%d: loss %.5f, val_loss %.5f, lr %.2e, %.1f s", name, epoch, epochs,
                 logs["loss"], logs["val_loss"], logs["lr"], logs["seconds"])

    return report


def batch_bar(width: int = 30) -> Callable[[int, int, int, float], None]:
    """An ``on_batch`` hook drawing a progress bar within the epoch on a terminal."""

    def report(epoch: int, batch: int, batches: int, loss: float) -> None:
        done = int(width * batch / batches)
        sys.stderr.write(f"\repoch {epoch} [{'#' * done}{'.' * (width - done)}] {batch}/{batches} loss {loss:.4f}")
        if batch == batches:
            sys.stderr.write("\n")
        sys.stderr.flush()

    return report
