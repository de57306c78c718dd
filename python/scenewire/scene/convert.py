"""Converting appended values to a field's dtype, by the rules of §7.11.

One rule for every language: to a float dtype, round to nearest (ties to
even, overflow to infinity, NaN stays NaN); to an integer dtype, only whole
numbers in range, else the update is refused (never rounded, wrapped or
clamped, because each language does those differently); bool only from bool.
"""

from __future__ import annotations

import numpy as np


def convert_values(values: np.ndarray, dtype: np.dtype, what: str = "values") -> np.ndarray:
    """``values`` as ``dtype``; ``ValueError`` saying why when the rules refuse it.

    Returns ``values`` itself when the dtype already matches (no copy).
    """
    src = values.dtype
    if src == dtype:
        return values
    if (src.kind == "b") != (dtype.kind == "b"):
        raise ValueError(f"{what} of dtype {src.name} cannot become {dtype.name} (bool converts only to bool)")
    if dtype.kind == "f":
        with np.errstate(over="ignore", invalid="ignore"):
            return values.astype(dtype)
    # integer target, from an integer or a float source
    info = np.iinfo(dtype)
    if values.size == 0:
        return values.astype(dtype)
    if src.kind == "f":
        if not np.isfinite(values).all():
            raise ValueError(f"{what}: NaN or infinity cannot become {dtype.name}")
        if not (np.floor(values) == values).all():
            raise ValueError(f"{what}: a value with a fractional part cannot become {dtype.name}")
        low, high = float(values.min()), float(values.max())
        # compare exactly: int(float) is exact, so 2**63 (not representable in int64) is caught
        if int(low) < info.min or int(high) > info.max:
            raise ValueError(f"{what}: values {low:g}..{high:g} outside the range of {dtype.name}")
        return values.astype(dtype)
    low_i, high_i = int(values.min()), int(values.max())
    if low_i < info.min or high_i > info.max:
        raise ValueError(f"{what}: values {low_i}..{high_i} outside the range of {dtype.name}")
    return values.astype(dtype)
