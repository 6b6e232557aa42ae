"""The trained classifier's files (`knowledge/model/`): read at start by `bot.knowledge`.

Kept apart from `bot.training` so that starting the coach imports no training or corpus code.
"""

from __future__ import annotations

import json
from pathlib import Path

import numpy as np

from bot.coach.classifier import Classifier

MODEL_DIR = "model"
ARRAYS = "classifier.npz"
META = "classifier.json"
SEPARATOR = "\n"  # between features in the vocabulary blob (no feature holds a newline)


def load(folder: Path) -> Classifier | None:
    """The exported classifier, or None when none was trained yet."""
    path = folder / MODEL_DIR / ARRAYS
    meta_path = folder / MODEL_DIR / META
    if not path.exists() or not meta_path.exists():
        return None
    meta = json.loads(meta_path.read_text(encoding="utf-8"))
    with np.load(path) as arrays:
        return Classifier(
            meta["labels"],
            arrays["vocabulary"].tobytes().decode("utf-8").split(SEPARATOR),
            arrays["idf"],
            arrays["weights"],
            arrays["bias"],
            meta["fingerprint"],
        )
