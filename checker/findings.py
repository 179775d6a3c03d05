"""Every finding the checker can report, with its stable code, severity and a short title.

The codes are part of the public interface: the site lists them and tests refer to them, so a code
is never renamed or reused. Messages and fixes are written per case by the engine; the titles here
are what a table of all findings shows.
"""

from __future__ import annotations

from typing import NamedTuple

from .report import Severity


class FindingInfo(NamedTuple):
    code: str
    severity: Severity
    title: str


FINDINGS: tuple[FindingInfo, ...] = (
    # What was pasted, as a whole.
    FindingInfo("EMPTY", "error", "Nothing to check"),
    FindingInfo("INPUT_TOO_LONG", "error", "Far longer than any key"),
    FindingInfo("UNKNOWN_PROVIDER", "warning", "Unknown provider id"),
    # Paste mistakes the checker can undo (see FIXABLE).
    FindingInfo("WHITESPACE_AROUND", "error", "Spaces or line breaks around the key"),
    FindingInfo("QUOTES_AROUND", "error", "Quotes around the key"),
    FindingInfo("TRAILING_PUNCTUATION", "error", "Comma, semicolon or full stop after the key"),
    FindingInfo("ENV_ASSIGNMENT", "error", "A whole variable assignment instead of the value"),
    FindingInfo("AUTH_HEADER", "error", "An HTTP header name or Bearer before the key"),
    FindingInfo("INVISIBLE_CHARACTER", "error", "Invisible characters in the key"),
    FindingInfo("CONFUSABLE_CHARACTER", "error", "Look-alike characters from another alphabet"),
    FindingInfo("LINE_BREAK_INSIDE", "error", "A line break inside the key"),
    FindingInfo("SPACE_INSIDE", "error", "Spaces inside the key"),
    FindingInfo("INLINE_COMMENT", "error", "A .env comment after the key"),
    FindingInfo("ANSI_ESCAPES", "error", "Terminal colour codes around the key"),
    FindingInfo("ESCAPED_NEWLINE", "error", "A written-out \\n after the key"),
    FindingInfo("TRAILING_ELLIPSIS", "error", "An ellipsis after a complete key"),
    FindingInfo("COMMAND_AROUND_KEY", "error", "A whole command line around the key"),
    FindingInfo("KEY_PAIR_PASTED", "error", "A public and a secret key pasted as a pair"),
    FindingInfo("PAIR_HALF_MALFORMED", "warning", "The public half of a pasted pair is malformed"),
    # Not a key at all.
    FindingInfo("MASKED_KEY", "error", "A masked key copied from a dashboard"),
    FindingInfo("PLACEHOLDER", "error", "A placeholder, not a real key"),
    FindingInfo("ID_NOT_KEY", "error", "An organisation, project or user id, not a key"),
    FindingInfo("URL_NOT_KEY", "error", "A web address, not a key"),
    FindingInfo("SENTENCE_NOT_KEY", "error", "Words, not a key"),
    FindingInfo("TEXT_AROUND_KEY", "error", "Other text around the key"),
    FindingInfo("MULTIPLE_KEYS", "error", "More than one key"),
    FindingInfo("NOT_AN_API_KEY", "error", "A token that looks like a key but is not an API key"),
    FindingInfo("OTHER_SECRET", "error", "A secret of another service (Stripe, GitHub, AWS, Slack, a JWT)"),
    FindingInfo("KEY_FOUND_IN_TEXT", "info", "Something key-shaped inside the text"),
    # Structure, judged against the provider's formats.
    FindingInfo("UNKNOWN_FORMAT", "error", "Matches no known key format"),
    FindingInfo("NOT_PROVIDER_FORMAT", "error", "Does not look like this provider's keys"),
    FindingInfo("PREFIX_CASE", "error", "The prefix has the wrong upper/lower case"),
    FindingInfo("TOO_SHORT", "error", "Too short: part of the key is missing"),
    FindingInfo("TOO_LONG", "error", "Too long: extra characters"),
    FindingInfo("TWO_KEYS_JOINED", "error", "Two keys pasted together"),
    FindingInfo("INVALID_CHARACTERS", "error", "Characters the key's alphabet does not have"),
    FindingInfo("MISSING_MARKER", "error", "The fixed marker of the format is missing"),
    FindingInfo("MARKER_MISPLACED", "error", "The fixed marker is not where it belongs"),
    FindingInfo("LENGTH_UNUSUAL", "warning", "Unusual length for a format the provider does not publish"),
    FindingInfo("CHARACTERS_UNUSUAL", "warning", "Characters only some scanners accept"),
    FindingInfo("FORMAT_NOT_DOCUMENTED", "warning", "Fits a shape only some scanners accept"),
    FindingInfo("FORMAT_UNCERTAIN", "info", "The format is known from a single source"),
    FindingInfo("KEY_VERSION_UNKNOWN", "warning", "A provider's key of a kind or version not known yet"),
    # Which provider.
    FindingInfo("AMBIGUOUS_FORMAT", "warning", "Several providers use this format"),
    FindingInfo("PROVIDER_MISMATCH", "error", "A key of another provider"),
    FindingInfo("CONTEXT_USED", "info", "Provider taken from the variable name"),
    # About a well-formed key of a particular kind.
    FindingInfo("STANDARD_KEY_RETIRING", "warning", "Gemini is retiring standard (AIza) keys"),
    FindingInfo("FORMAT_RETIRED", "error", "A kind of key the provider no longer accepts"),
    FindingInfo("AUTH_KEY_HEADER", "info", "Send auth keys in the x-goog-api-key header"),
    FindingInfo("ADMIN_KEY", "info", "An admin key: it cannot call the models"),
    FindingInfo("DEPRECATED_FORMAT", "warning", "A deprecated kind of key"),
    FindingInfo("SHORT_TERM_KEY", "info", "A short-term key that expires within hours"),
    FindingInfo("KEY_PAIR_NEEDED", "info", "Works only together with its public key"),
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
