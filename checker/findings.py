"""Every finding the checker can report, with its stable code, severity and a short title.

The codes are part of the public interface: the site lists them and tests refer to them, so a code
is never renamed or reused. Messages and fixes are written per case by the engine; the titles here
are what a table of all findings shows (in English; `checker.i18n.translate(title, lang)` in another language).
"""

from __future__ import annotations

from typing import NamedTuple

from .i18n import N_
from .report import Severity


class FindingInfo(NamedTuple):
    code: str
    severity: Severity
    title: str


FINDINGS: tuple[FindingInfo, ...] = (
    # What was pasted, as a whole.
    FindingInfo("EMPTY", "error", N_("Nothing to check")),
    FindingInfo("INPUT_TOO_LONG", "error", N_("Far longer than any key")),
    FindingInfo("UNKNOWN_PROVIDER", "warning", N_("Unknown provider id")),
    # Paste mistakes the checker can undo (see FIXABLE).
    FindingInfo("WHITESPACE_AROUND", "error", N_("Spaces or line breaks around the key")),
    FindingInfo("QUOTES_AROUND", "error", N_("Quotes around the key")),
    FindingInfo("TRAILING_PUNCTUATION", "error", N_("Comma, semicolon or full stop after the key")),
    FindingInfo("ENV_ASSIGNMENT", "error", N_("A whole variable assignment instead of the value")),
    FindingInfo("AUTH_HEADER", "error", N_("An HTTP header name or Bearer before the key")),
    FindingInfo("INVISIBLE_CHARACTER", "error", N_("Invisible characters in the key")),
    FindingInfo("CONFUSABLE_CHARACTER", "error", N_("Look-alike characters from another alphabet")),
    FindingInfo("LINE_BREAK_INSIDE", "error", N_("A line break inside the key")),
    FindingInfo("SPACE_INSIDE", "error", N_("Spaces inside the key")),
    FindingInfo("INLINE_COMMENT", "error", N_("A .env comment after the key")),
    FindingInfo("ANSI_ESCAPES", "error", N_("Terminal colour codes around the key")),
    FindingInfo("ESCAPED_NEWLINE", "error", N_("A written-out \\n after the key")),
    FindingInfo("TRAILING_ELLIPSIS", "error", N_("An ellipsis after a complete key")),
    FindingInfo("COMMAND_AROUND_KEY", "error", N_("A whole command line around the key")),
    FindingInfo("KEY_PAIR_PASTED", "error", N_("A public and a secret key pasted as a pair")),
    FindingInfo("PAIR_HALF_MALFORMED", "warning", N_("The public half of a pasted pair is malformed")),
    # Not a key at all.
    FindingInfo("MASKED_KEY", "error", N_("A masked key copied from a dashboard")),
    FindingInfo("PLACEHOLDER", "error", N_("A placeholder, not a real key")),
    FindingInfo("ID_NOT_KEY", "error", N_("An organisation, project or user id, not a key")),
    FindingInfo("URL_NOT_KEY", "error", N_("A web address, not a key")),
    FindingInfo("SENTENCE_NOT_KEY", "error", N_("Words, not a key")),
    FindingInfo("TEXT_AROUND_KEY", "error", N_("Other text around the key")),
    FindingInfo("MULTIPLE_KEYS", "error", N_("More than one key")),
    FindingInfo("NOT_AN_API_KEY", "error", N_("A token that looks like a key but is not an API key")),
    FindingInfo("OTHER_SECRET", "error", N_("A secret of another service (Stripe, GitHub, AWS, Slack, a JWT)")),
    FindingInfo("KEY_FOUND_IN_TEXT", "info", N_("Something key-shaped inside the text")),
    # Structure, judged against the provider's formats.
    FindingInfo("UNKNOWN_FORMAT", "error", N_("Matches no known key format")),
    FindingInfo("NOT_PROVIDER_FORMAT", "error", N_("Does not look like this provider's keys")),
    FindingInfo("PREFIX_CASE", "error", N_("The prefix has the wrong upper/lower case")),
    FindingInfo("PREFIX_SEPARATOR", "error", N_("The prefix has the wrong separators")),
    FindingInfo("TOO_SHORT", "error", N_("Too short: part of the key is missing")),
    FindingInfo("TOO_LONG", "error", N_("Too long: extra characters")),
    FindingInfo("TWO_KEYS_JOINED", "error", N_("Two keys pasted together")),
    FindingInfo("INVALID_CHARACTERS", "error", N_("Characters the key's alphabet does not have")),
    FindingInfo("MISSING_MARKER", "error", N_("The fixed marker of the format is missing")),
    FindingInfo("MARKER_MISPLACED", "error", N_("The fixed marker is not where it belongs")),
    FindingInfo("LENGTH_UNUSUAL", "warning", N_("Unusual length for a format the provider does not publish")),
    FindingInfo("CHARACTERS_UNUSUAL", "warning", N_("Characters only some scanners accept")),
    FindingInfo("FORMAT_NOT_DOCUMENTED", "warning", N_("Fits a shape only some scanners accept")),
    FindingInfo("FORMAT_UNCERTAIN", "info", N_("The format is known from a single source")),
    FindingInfo("KEY_VERSION_UNKNOWN", "warning", N_("A provider's key of a kind or version not known yet")),
    # Which provider.
    FindingInfo("AMBIGUOUS_FORMAT", "warning", N_("Several providers use this format")),
    FindingInfo("PROVIDER_MISMATCH", "error", N_("A key of another provider")),
    FindingInfo("CONTEXT_USED", "info", N_("Provider taken from the variable name")),
    # About a well-formed key of a particular kind.
    FindingInfo("STANDARD_KEY_RETIRING", "warning", N_("Gemini is retiring standard (AIza) keys")),
    FindingInfo("FORMAT_RETIRED", "error", N_("A kind of key the provider no longer accepts")),
    FindingInfo("AUTH_KEY_HEADER", "info", N_("Send auth keys in the x-goog-api-key header")),
    FindingInfo("ADMIN_KEY", "info", N_("An admin key: it cannot call the models")),
    FindingInfo("DEPRECATED_FORMAT", "warning", N_("A deprecated kind of key")),
    FindingInfo("SHORT_TERM_KEY", "info", N_("A short-term key that expires within hours")),
    FindingInfo("KEY_PAIR_NEEDED", "info", N_("Works only together with its public key")),
)

FINDINGS_BY_CODE: dict[str, FindingInfo] = {f.code: f for f in FINDINGS}

# Paste mistakes that removing characters undoes without guessing: `cleaned_valid` ignores them.
FIXABLE: frozenset[str] = frozenset(
    {
        "WHITESPACE_AROUND",
        "QUOTES_AROUND",
        "TRAILING_PUNCTUATION",
        "ENV_ASSIGNMENT",
        "AUTH_HEADER",
        "INVISIBLE_CHARACTER",
        "CONFUSABLE_CHARACTER",
        "LINE_BREAK_INSIDE",
        "SPACE_INSIDE",
        "INLINE_COMMENT",
        "ANSI_ESCAPES",
        "ESCAPED_NEWLINE",
        "TRAILING_ELLIPSIS",
        "COMMAND_AROUND_KEY",
        "KEY_PAIR_PASTED",
        # The key was found in the text, taken out and judged on its own (the report judges that key).
        "TEXT_AROUND_KEY",
        "TWO_KEYS_JOINED",
    }
)

# Findings that leave the verdict open: the sources disagree on this shape, or it fits several providers.
# Without an error, a report with one of these gets the verdict "cannot_tell", never "valid".
UNDECIDED: frozenset[str] = frozenset(
    {"LENGTH_UNUSUAL", "CHARACTERS_UNUSUAL", "FORMAT_NOT_DOCUMENTED", "AMBIGUOUS_FORMAT", "KEY_VERSION_UNKNOWN"}
)
