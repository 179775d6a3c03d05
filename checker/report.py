"""The result of a diagnosis: what the text is, what is wrong with it, and the key masked."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

Severity = Literal["error", "warning", "info"]
Verdict = Literal["valid", "invalid", "cannot_tell"]
"""valid: every constraint a cited source states holds. invalid: something is wrong. cannot_tell: the
sources disagree on this key's shape, or do not say which provider it belongs to."""


@dataclass(frozen=True)
class Finding:
    """One observation about the pasted text. `fix` always says what to do about it."""

    code: str
    severity: Severity
    message: str
    fix: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "severity": self.severity, "message": self.message, "fix": self.fix}


@dataclass(frozen=True)
class Report:
    """What `diagnose` found. It holds no copy of the key: only `masked`.

    `verdict` judges the text as pasted, `cleaned_verdict` the key once the fixable paste mistakes are
    undone. `valid` and `cleaned_valid` are the same verdicts as booleans (True only for "valid"), kept
    for the callers that predate "cannot tell".
    """

    provider: str | None
    candidates: list[str]
    variant: str | None
    valid: bool
    findings: list[Finding]
    masked: str
    cleaned_valid: bool
    provider_name: str | None = None
    variant_label: str | None = None
    verdict: Verdict = "invalid"
    cleaned_verdict: Verdict = "invalid"

    def __post_init__(self) -> None:
        if self.valid != (self.verdict == "valid") or self.cleaned_valid != (self.cleaned_verdict == "valid"):
            raise ValueError("valid and cleaned_valid must agree with verdict and cleaned_verdict")

    def to_dict(self) -> dict[str, Any]:
        """A JSON-ready view. Nothing in it but `masked` is derived from the key's secret part."""
        return {
            "provider": self.provider,
            "provider_name": self.provider_name,
            "candidates": list(self.candidates),
            "variant": self.variant,
            "variant_label": self.variant_label,
            "verdict": self.verdict,
            "cleaned_verdict": self.cleaned_verdict,
            "valid": self.valid,
            "cleaned_valid": self.cleaned_valid,
            "masked": self.masked,
            "findings": [f.to_dict() for f in self.findings],
        }
