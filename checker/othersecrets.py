"""Well-known secrets that are not AI provider keys, by their prefixes, so the checker can name them.

People paste a Stripe, GitHub, AWS or Slack secret, or a JWT, into a key checker for AI keys; some of
those share the start of an AI key (Stripe's sk_live_ begins like ElevenLabs' sk_). A longer prefix
here outranks a shorter AI one, and the text is named for what it is. Each shape comes from the rule of
a public secret scanner, cited with it.
"""

from __future__ import annotations

import string
from dataclasses import dataclass

from .i18n import N_
from .providers import Source

_CHECKED = "2026-11-29"
_ALNUM = string.ascii_letters + string.digits
_B64URL = _ALNUM + "_-"


def _gitleaks(name: str) -> Source:
    path = f"cmd/generate/config/rules/{name}.go"
    return Source(f"gitleaks/gitleaks {path}", f"https://github.com/gitleaks/gitleaks/blob/master/{path}", _CHECKED)


@dataclass(frozen=True)
class OtherSecret:
    """One kind of non-AI secret: its prefixes and the shape of the rest (counted after the prefix)."""

    name: str  # "a Stripe secret key" (English; shown through checker.i18n._)
    prefixes: tuple[str, ...]
    chars: str  # the characters after the prefix (dots of a JWT included)
    body: tuple[int, int]  # the shortest and longest rest the scanner rule accepts
    secret: bool  # False for a publishable value, which is no secret at all
    fix: str  # what to do instead, in one sentence
    sources: tuple[Source, ...]
    parts: int = 1  # pieces separated by '.', for tokens made of several (a JWT has three)


_STRIPE_FIX = N_("Paste the API key of your AI provider instead; a Stripe key belongs in your payment code.")
_GITHUB_FIX = N_(
    "Paste the API key of your AI provider instead. If this token was shared, revoke it in GitHub's "
    "settings under Developer settings."
)
_ANY = 10_000  # no upper bound in the scanner's rule (the checker reads at most this much anyway)
_STRIPE = (_gitleaks("stripe"),)
_SLACK = (_gitleaks("slack"),)
_GITHUB = (_gitleaks("github"),)
_SLACK_FIX = N_(
    "Paste the API key of your AI provider instead; if this token was shared, revoke it in your Slack app's settings."
)

OTHER_SECRETS: tuple[OtherSecret, ...] = (
    # gitleaks: (?i)(sk|pk)_(test|live)_[0-9a-z]{10,32}, with no end boundary: longer keys match too.
    OtherSecret(N_("a Stripe secret key"), ("sk_live_", "sk_test_"), _ALNUM, (10, _ANY), True, _STRIPE_FIX, _STRIPE),
    OtherSecret(
        N_("a Stripe publishable key"), ("pk_live_", "pk_test_"), _ALNUM, (10, _ANY), False, _STRIPE_FIX, _STRIPE
    ),
    # gitleaks stripe-access-token today: (?:sk|rk)_(?:test|live|prod)_[a-zA-Z0-9]{10,99}, restricted keys included.
    OtherSecret(N_("a Stripe secret key"), ("sk_prod_",), _ALNUM, (10, 99), True, _STRIPE_FIX, _STRIPE),
    OtherSecret(
        N_("a Stripe restricted key"),
        ("rk_live_", "rk_test_", "rk_prod_"),
        _ALNUM,
        (10, 99),
        True,
        _STRIPE_FIX,
        _STRIPE,
    ),
    # gitleaks: ghp_, gho_, ghu_/ghs_, ghr_ and 36 letters and digits
    OtherSecret(
        N_("a GitHub personal access token"), ("ghp_",), _ALNUM, (36, 36), True, _GITHUB_FIX, (_gitleaks("github"),)
    ),
    # gitleaks github-fine-grained-pat: github_pat_ and 82 word characters
    OtherSecret(
        N_("a GitHub fine-grained personal access token"),
        ("github_pat_",),
        _ALNUM + "_",
        (82, 82),
        True,
        _GITHUB_FIX,
        (_gitleaks("github"),),
    ),
    OtherSecret(N_("a GitHub OAuth access token"), ("gho_",), _ALNUM, (36, 36), True, _GITHUB_FIX, _GITHUB),
    OtherSecret(N_("a GitHub App token"), ("ghu_", "ghs_"), _ALNUM, (36, 36), True, _GITHUB_FIX, _GITHUB),
    OtherSecret(N_("a GitHub refresh token"), ("ghr_",), _ALNUM, (36, 36), True, _GITHUB_FIX, _GITHUB),
    # gitleaks aws-access-token: (A3T[A-Z0-9]|AKIA|ASIA|ABIA|ACCA)[A-Z2-7]{16}
    OtherSecret(
        N_("an AWS access key ID"),
        ("AKIA", "ASIA", "ABIA", "ACCA"),
        string.ascii_uppercase + "234567",
        (16, 16),
        True,
        N_(
            "For Amazon Bedrock, paste a Bedrock API key (ABSK… or bedrock-api-key-…); an access key ID works only "
            "with its secret access key, through AWS's request signing."
        ),
        (_gitleaks("aws"),),
    ),
    # gitleaks slack-bot-token, slack-user-token, slack-app-token: digit groups and a tail of letters,
    # digits and -, at least 21, 62 and 4 characters after the prefix, with no end boundary.
    OtherSecret(N_("a Slack bot token"), ("xoxb-",), _ALNUM + "-", (21, _ANY), True, _SLACK_FIX, _SLACK),
    OtherSecret(N_("a Slack user token"), ("xoxp-", "xoxe-"), _ALNUM + "-", (62, _ANY), True, _SLACK_FIX, _SLACK),
    OtherSecret(N_("a Slack app-level token"), ("xapp-",), _ALNUM + "-", (8, _ANY), True, _SLACK_FIX, _SLACK),
    # gitleaks jwt: ey…17+ . ey…17+ . signature
    OtherSecret(
        N_("a JSON Web Token (JWT)"),
        ("eyJ",),
        _B64URL + ".=",
        (36, _ANY),
        True,
        N_("Paste the API key itself: a JWT is a signed login or session token, not the key an AI provider issues."),
        (_gitleaks("jwt"),),
        parts=3,
    ),
)


def find_other_secret(text: str) -> tuple[str, OtherSecret] | None:
    """(prefix, kind) of the non-AI secret `text` is, or None. Only the whole text counts."""
    for kind in OTHER_SECRETS:
        for prefix in kind.prefixes:
            if not text.startswith(prefix):
                continue
            rest = text[len(prefix) :]
            fits = kind.body[0] <= len(rest) <= kind.body[1] and frozenset(rest) <= frozenset(kind.chars)
            if fits and text.count(".") == kind.parts - 1:
                return prefix, kind
    return None
