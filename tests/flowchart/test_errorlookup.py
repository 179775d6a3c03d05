"""checker.lookup_error on every real error message of the reference catalog, wrapped the way people
paste them (SDK exceptions, JSON bodies, log lines); unrelated text; keys inside the text."""

from __future__ import annotations

import json
import re
import time

import pytest

from checker import lookup_error
from checker.errorlookup import MAX_TEXT, QUOTE_MAX, lookup, normalise, render
from checker.linearmatch import MAX_WIDTH
from sitegen.errorcatalog import unsafe_pattern
from tests.checker import keys
from tests.flowchart import cases_big3, cases_clouds, cases_more
from tests.support import ROOT


def openai_sdk(status: int, cls: str, message: str, type_: str | None, code: str | None) -> str:
    body = {"error": {"message": message, "type": type_, "param": None, "code": code}}
    return f"openai.{cls}: Error code: {status} - {body!r}"


def anthropic_body(status: int, type_: str, message: str) -> str:
    body = {"type": "error", "error": {"type": type_, "message": message}, "request_id": "req_011CSHoEeqs5C35K2UUqR7Fy"}
    return f"anthropic.APIStatusError: Error code: {status} - {json.dumps(body)}"


def google_body(code: int, status: str, message: str, reason: str | None = None) -> str:
    error: dict[str, object] = {"code": code, "message": message, "status": status}
    if reason:
        error["details"] = [
            {
                "@type": "type.googleapis.com/google.rpc.ErrorInfo",
                "reason": reason,
                "domain": "googleapis.com",
                "metadata": {"service": "generativelanguage.googleapis.com"},
            }
        ]
    return f"google.genai.errors.ClientError: {code} {status}. {json.dumps({'error': error})}"


ECHO = "sk-proj-" + "*" * 20 + "MxYA"

# (id, pasted text, expected first entry). Messages are the reference catalog's, verbatim.
CASES: list[tuple[str, str, str]] = [
    # OpenAI
    ("openai-401-incorrect-key", openai_sdk(401, "AuthenticationError",
        f"Incorrect API key provided: {ECHO}. You can find your API key at https://platform.openai.com/account/api-keys.",
        "invalid_request_error", "invalid_api_key"), "openai/401-invalid-api-key"),
    ("openai-401-invalid-authentication", "401 Invalid Authentication (api.openai.com)",
        "openai/401-invalid-authentication"),
    ("openai-401-no-key", openai_sdk(401, "AuthenticationError",
        "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer "
        "auth (i.e. Authorization: Bearer YOUR_KEY), or as the password field (with blank username) if you're "
        "accessing the API from your browser and are prompted for a username and password. You can obtain an API "
        "key from https://platform.openai.com/account/api-keys.", "invalid_request_error", None),
        "openai/401-missing-api-key"),
    # Raised by the SDKs themselves before any request, when no key is configured (openai-python
    # src/openai/_client.py and openai-node src/client.ts, current and older wordings).
    ("openai-sdk-no-key-python", "openai.OpenAIError: Missing credentials. Please pass an `api_key`, "
        "`workload_identity`, `admin_api_key`, or set the `OPENAI_API_KEY` or `OPENAI_ADMIN_KEY` environment "
        "variable.", "openai/401-missing-api-key"),
    ("openai-sdk-no-key-python-old", 'Traceback (most recent call last):\n  File "app.py", line 3, in <module>\n'
        "    client = OpenAI()\nopenai.OpenAIError: The api_key client option must be set either by passing api_key "
        "to the client or by setting the OPENAI_API_KEY environment variable", "openai/401-missing-api-key"),
    ("openai-sdk-no-key-node", "OpenAIError: Missing credentials. Please pass an `apiKey`, `workloadIdentity`, "
        "`adminAPIKey`, or set the `OPENAI_API_KEY` or `OPENAI_ADMIN_KEY` environment variable.\n    at new OpenAI "
        "(node_modules/openai/client.mjs:120:13)", "openai/401-missing-api-key"),
    ("openai-sdk-no-key-node-2025", "OpenAIError: Missing credentials. Please pass an `apiKey`, or set the "
        "`OPENAI_API_KEY` environment variable.", "openai/401-missing-api-key"),
    ("openai-sdk-no-key-node-v4", "Error: The OPENAI_API_KEY environment variable is missing or empty; either "
        "provide it, or instantiate the OpenAI client with an apiKey option, like new OpenAI({ apiKey: 'My API "
        "Key' }).", "openai/401-missing-api-key"),
    ("openai-401-no-organization", openai_sdk(401, "AuthenticationError",
        "You must be a member of an organization to use the API. Please contact us through our help center at "
        "help.openai.com.", "invalid_request_error", "no_organization"), "openai/401-no-organization"),
    ("openai-401-mismatched-organization", openai_sdk(401, "AuthenticationError",
        "OpenAI-Organization header should match organization for API key", "invalid_request_error",
        "mismatched_organization"), "openai/401-mismatched-organization"),
    # No public log quotes the messages of these three; the code alone must find them.
    *[
        (f"openai-429-{code}", openai_sdk(429, "RateLimitError", "(message not recorded)", "insufficient_quota", code),
         f"openai/429-{code.replace('_', '-')}")
        for code in ("organization_spend_limit_exceeded", "project_spend_limit_exceeded",
                     "organization_usage_limit_exceeded")
    ],
    ("anthropic-429-spend-cap", '{"type": "error", "error": {"type": "rate_limit_error", "message": "You have reached '
        "your API usage limits: your organization has crossed its monthly API usage threshold, set based on your "
        "organization's API tier. You will regain access on 2026-09-01 at 00:00 UTC.\", \"details\": {\"error_code\": "
        '"enforced_spend_limit_reached"}}}', "anthropic/429-enforced-spend-limit-reached"),
    ("anthropic-401-oauth", "anthropic.AuthenticationError: Error code: 401 - {'type': 'error', 'error': {'type': "
        "'authentication_error', 'message': 'OAuth authentication is currently not supported.'}}",
        "anthropic/401-oauth-not-supported"),
    ("anthropic-403-ip", anthropic_body(403, "permission_error",
        "Your IP address isn't in this organization's allowed range."), "anthropic/403-ip-not-allowed"),
    ("anthropic-402-billing", anthropic_body(402, "billing_error", "(message not recorded)"),
        "anthropic/402-billing-error"),
    ("openai-401-ip", openai_sdk(401, "AuthenticationError", "IP not authorized", "invalid_request_error", None),
        "openai/401-ip-not-authorized"),
    ("openai-401-missing-scopes", openai_sdk(401, "AuthenticationError",
        "You have insufficient permissions for this operation. Missing scopes: api.model.read. Check that you have "
        "the correct role in your organization (Reader, Writer, Owner) and project (Member, Owner), and if you're "
        "using a restricted API key, that it has the necessary scopes.", "invalid_request_error", None),
        "openai/401-missing-scopes"),
    ("openai-403-country", openai_sdk(403, "PermissionDeniedError", "Country, region, or territory not supported",
        "request_forbidden", "unsupported_country_region_territory"), "openai/403-unsupported-country"),
    ("openai-404-model", openai_sdk(404, "NotFoundError",
        "The model `gpt-4` does not exist or you do not have access to it.", "invalid_request_error",
        "model_not_found"), "openai/404-model-not-found"),
    ("openai-404-model-old", "openai.error.InvalidRequestError: The model: `gpt-4` does not exist",
        "openai/404-model-not-found"),
    ("openai-400-context", openai_sdk(400, "BadRequestError",
        "This model's maximum context length is 8192 tokens. However, your messages resulted in 9013 tokens. "
        "Please reduce the length of the messages.", "invalid_request_error", "context_length_exceeded"),
        "openai/400-context-length-exceeded"),
    ("openai-429-rate-limit", openai_sdk(429, "RateLimitError",
        "Rate limit reached for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Used 29937, "
        "Requested 385. Please try again in 644ms. Visit https://platform.openai.com/account/rate-limits to learn "
        "more.", "tokens", "rate_limit_exceeded"), "openai/429-rate-limit-exceeded"),
    ("openai-429-too-large", openai_sdk(429, "RateLimitError",
        "Request too large for gpt-4o in organization org-abc123 on tokens per min (TPM): Limit 30000, Requested "
        "36278. The input or output tokens must be reduced in order to run successfully. Visit "
        "https://platform.openai.com/account/rate-limits to learn more.", "tokens", "rate_limit_exceeded"),
        "openai/429-request-too-large"),
    ("openai-429-quota", openai_sdk(429, "RateLimitError",
        "You exceeded your current quota, please check your plan and billing details. For more information on "
        "this error, read the docs: https://platform.openai.com/docs/guides/error-codes/api-errors.",
        "insufficient_quota", "insufficient_quota"), "openai/429-insufficient-quota"),
    ("openai-429-quota-old", "RateLimitError: You exceeded your current quota, please check your plan and billing "
        "details. For more information on this error, read the docs: "
        "https://platform.openai.com/docs/guides/error-codes/api-errors.", "openai/429-insufficient-quota"),
    ("openai-429-credit", openai_sdk(429, "RateLimitError", "Your credit balance is exhausted.",
        "insufficient_quota", "credit_balance_exhausted"), "openai/429-credit-balance-exhausted"),
    ("openai-429-slow-down", openai_sdk(429, "RateLimitError", "Please reduce your rate of requests.",
        "rate_limit_error", "slow_down"), "openai/429-slow-down"),
    ("openai-500", openai_sdk(500, "InternalServerError",
        "The server had an error while processing your request. Sorry about that!", "server_error", None),
        "openai/500-server-error"),
    ("openai-503", openai_sdk(503, "InternalServerError", "The engine is currently overloaded, please try again "
        "later", "service_unavailable_error", "server_is_overloaded"), "openai/503-server-overloaded"),
    # Anthropic
    ("anthropic-401", anthropic_body(401, "authentication_error", "invalid x-api-key"),
        "anthropic/401-invalid-x-api-key"),
    ("anthropic-401-required", anthropic_body(401, "authentication_error", "x-api-key header is required"),
        "anthropic/401-x-api-key-required"),
    # Raised by the SDKs before sending (anthropic-sdk-python src/anthropic/_client.py, current and older;
    # anthropic-sdk-typescript src/client.ts).
    ("anthropic-sdk-no-auth-python", 'TypeError: "Could not resolve authentication method. Expected one of api_key, '
        "auth_token, or credentials to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be "
        'explicitly omitted"', "anthropic/401-x-api-key-required"),
    ("anthropic-sdk-no-auth-python-old", 'TypeError: "Could not resolve authentication method. Expected either '
        "api_key or auth_token to be set. Or for one of the `X-Api-Key` or `Authorization` headers to be "
        'explicitly omitted"', "anthropic/401-x-api-key-required"),
    ("anthropic-sdk-no-auth-ts", "Error: Could not resolve authentication method. Expected one of apiKey, "
        'authToken, credentials, config, or profile to be set. Or for one of the "X-Api-Key" or "Authorization" '
        "headers to be explicitly omitted", "anthropic/401-x-api-key-required"),
    ("anthropic-400-credit", anthropic_body(400, "invalid_request_error",
        "Your credit balance is too low to access the Anthropic API. Please go to Plans & Billing to upgrade or "
        "purchase credits."), "anthropic/400-credit-balance-too-low"),
    ("anthropic-400-limits", anthropic_body(400, "invalid_request_error",
        "You have reached your specified API usage limits. You will regain access on 2026-04-01 at 00:00 UTC."),
        "anthropic/400-usage-limits-reached"),
    ("anthropic-400-version", anthropic_body(400, "invalid_request_error", "anthropic-version: header is required"),
        "anthropic/400-anthropic-version-required"),
    ("anthropic-403", anthropic_body(403, "permission_error",
        "Your API key does not have permission to use the specified resource."), "anthropic/403-permission-error"),
    ("anthropic-404", anthropic_body(404, "not_found_error", "model: claude-3-7-sonnet-latest"),
        "anthropic/404-model-not-found"),
    ("anthropic-413", anthropic_body(413, "request_too_large", "Request exceeds the maximum allowed number of bytes."),
        "anthropic/413-request-too-large"),
    ("anthropic-429-org", anthropic_body(429, "rate_limit_error",
        "This request would exceed the rate limit for your organization (a1b2) of 20,000 input tokens per minute. "
        "For details, refer to: https://docs.claude.com/en/api/rate-limits."), "anthropic/429-rate-limit"),
    ("anthropic-429-tokens", anthropic_body(429, "rate_limit_error",
        "Number of request tokens has exceeded your per-minute rate limit"), "anthropic/429-rate-limit"),
    ("anthropic-429-account", anthropic_body(429, "rate_limit_error",
        "This request would exceed your account's rate limit. Please try again later."), "anthropic/429-rate-limit"),
    ("anthropic-429-long-context", anthropic_body(429, "rate_limit_error",
        "Extra usage is required for long context requests."), "anthropic/429-long-context-extra-usage"),
    ("anthropic-500", anthropic_body(500, "api_error", "Internal server error"), "anthropic/500-api-error"),
    ("anthropic-529", '529 {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"},'
        '"request_id":"req_011CSHoEeqs5C35K2UUqR7Fy"}', "anthropic/529-overloaded"),
    # Google Gemini
    ("google-400-invalid", google_body(400, "INVALID_ARGUMENT", "API key not valid. Please pass a valid API key.",
        "API_KEY_INVALID"), "google/400-api-key-invalid"),
    ("google-400-expired", google_body(400, "INVALID_ARGUMENT", "API key expired. Please renew the API key.",
        "API_KEY_INVALID"), "google/400-api-key-expired"),
    ("google-400-malformed", google_body(400, "INVALID_ARGUMENT", "The request body is malformed."),
        "google/400-malformed-request"),
    ("google-400-location", google_body(400, "FAILED_PRECONDITION",
        "User location is not supported for the API use."), "google/400-user-location-not-supported"),
    ("google-400-payload", google_body(400, "INVALID_ARGUMENT",
        "Request payload size exceeds the limit: 4194304 bytes."), "google/400-payload-too-large"),
    ("google-401-token-type", google_body(401, "UNAUTHENTICATED",
        "Request had invalid authentication credentials. Expected OAuth 2 access token, login cookie or other valid "
        "authentication credential.", "ACCESS_TOKEN_TYPE_UNSUPPORTED"), "google/401-access-token-type-unsupported"),
    ("google-403-permissions", google_body(403, "PERMISSION_DENIED",
        "Your API key doesn't have the required permissions."), "google/403-permission-denied"),
    ("google-403-unregistered", google_body(403, "PERMISSION_DENIED",
        "Method doesn't allow unregistered callers (callers without established identity). Please use API Key or "
        "other form of API consumer identity to call this API."), "google/403-unregistered-callers"),
    # Raised by python-genai before sending (google/genai/_api_client.py, current and older wording).
    ("google-sdk-no-key", "ValueError: No API key was provided. Please pass a valid API key. Learn how to create "
        "an API key at https://ai.google.dev/gemini-api/docs/api-key.", "google/403-unregistered-callers"),
    ("google-sdk-no-key-old", "ValueError: Missing key inputs argument! To use the Google AI API, provide "
        "(`api_key`) arguments. To use the Google Cloud API, provide (`vertexai`, `project` & `location`) "
        "arguments.", "google/403-unregistered-callers"),
    ("google-403-disabled", google_body(403, "PERMISSION_DENIED",
        "Generative Language API has not been used in project 1234567 before or it is disabled. Enable it by "
        "visiting https://console.developers.google.com/apis/api/generativelanguage.googleapis.com/overview?"
        "project=1234567 then retry.", "SERVICE_DISABLED"), "google/403-service-disabled"),
    ("google-403-referrer", google_body(403, "PERMISSION_DENIED",
        "Requests from referer <empty> are blocked.", "API_KEY_HTTP_REFERRER_BLOCKED"),
        "google/403-api-key-restricted"),
    ("google-404-model", google_body(404, "NOT_FOUND",
        "models/gemini-pro is not found for API version v1beta, or is not supported for generateContent. Call "
        "ListModels to see the list of available models and their supported methods."), "google/404-model-not-found"),
    ("google-429-quota", google_body(429, "RESOURCE_EXHAUSTED",
        "You exceeded your current quota, please check your plan and billing details. For more information on this "
        "error, head to: https://ai.google.dev/gemini-api/docs/rate-limits. * Quota exceeded for metric: "
        "generativelanguage.googleapis.com/generate_content_free_tier_requests, limit: 0, model: gemini-2.5-pro "
        "Please retry in 20.04s."), "google/429-resource-exhausted"),
    ("google-503-overloaded", google_body(503, "UNAVAILABLE", "The model is overloaded. Please try again later."),
        "google/503-unavailable"),
    ("google-503-demand", google_body(503, "UNAVAILABLE", "This model is currently experiencing high demand. "
        "Spikes in demand are usually temporary. Please try again later."), "google/503-unavailable"),
]
CASES += cases_clouds.CASES  # Azure OpenAI, AWS Bedrock, Vertex AI, Mistral, Groq, xAI
CASES += cases_more.CASES  # DeepSeek, OpenRouter, Cohere, DashScope, Moonshot
CASES += cases_big3.CASES  # later OpenAI, Anthropic and Google entries


QUOTED = re.compile(r'"([^"]*)"')


@pytest.mark.parametrize(("text", "expected"), [(t, e) for _, t, e in CASES], ids=[i for i, _, _ in CASES])
def test_the_right_entry_ranks_first(text: str, expected: str) -> None:
    matches = lookup_error(text)
    assert matches, "no match"
    assert matches[0].ref == expected, [(m.ref, m.score, m.why) for m in matches]
    assert matches[0].why
    assert matches[0].url == "errors/" + expected + "/"
    # Every reason quotes what is really in the text (a long match by its start and its end).
    flat = normalise(text)
    for match in matches:
        for reason in match.why:
            for quoted in QUOTED.findall(reason):
                assert len(quoted) <= QUOTE_MAX + 3, reason
                assert all(piece in flat for piece in quoted.split(" … ")), (match.ref, reason)


SDK_WORDS = {
    "openai-sdk-no-key-python": "Missing credentials. Please pass an",
    "openai-sdk-no-key-python-old": "api_key client option must be set",
    "anthropic-sdk-no-auth-ts": "Could not resolve authentication method",
    "google-sdk-no-key-old": "Missing key inputs argument! To use the Google AI API",
}


@pytest.mark.parametrize(("case", "words"), SDK_WORDS.items(), ids=list(SDK_WORDS))
def test_the_reason_quotes_the_words_that_matched_not_the_title(case: str, words: str) -> None:
    text = next(t for i, t, _ in CASES if i == case)
    first = lookup_error(text)[0]
    assert any(words in reason for reason in first.why), first.why
    assert not any(first.title in reason for reason in first.why), first.why


# Only a code or type pasted: the reasons name it and do not claim the entry's message is in the text.
CODE_ONLY = [
    ("insufficient_quota", "openai/429-insufficient-quota"),
    ("rate_limit_exceeded", "openai/429-rate-limit-exceeded"),
    ("model_not_found", "openai/404-model-not-found"),
    ("API_KEY_INVALID", "google/400-api-key-invalid"),
    ("overloaded_error", "anthropic/529-overloaded"),
]


@pytest.mark.parametrize(("text", "expected"), CODE_ONLY, ids=[t for t, _ in CODE_ONLY])
def test_a_lone_code_is_named_as_such(text: str, expected: str) -> None:
    first = lookup_error(text)[0]
    assert first.ref == expected
    assert any(f'"{text}" appears' in reason for reason in first.why), first.why
    assert not any(first.title in reason or "message" in reason for reason in first.why), first.why


# A key pasted next to (or inside) the words a pattern matches; some patterns take in a model id or a
# scope, or anything between two words, so the match itself can hold the key.
KEY_NEIGHBOURS = {
    "model-id": "openai.NotFoundError: Error code: 404 - The model `{key}` does not exist or you do not have access "
    "to it.",
    "model-line": "model: {key}",
    "scopes": "You have insufficient permissions for this operation. Missing scopes: {key}. Check your role.",
    "glued": "Error code: 429 insufficient_quota{key}",
    "wildcard": '{{"type":"error","error":{{"type":"not_found_error","message":"x-api-key {key} for model: claude"}}}}',
    # A match longer than a reason quotes: both quoted ends hold part of the key.
    "long-wildcard": "not_found_error {key} model",
}
KEYS = {f"{p}-{v}": key for (p, v), key in {**keys.VALID, **keys.CONTEXTUAL}.items()}


@pytest.mark.parametrize("template", KEY_NEIGHBOURS.values(), ids=list(KEY_NEIGHBOURS))
@pytest.mark.parametrize("key", KEYS.values(), ids=list(KEYS))
def test_a_reason_never_echoes_a_key(template: str, key: str) -> None:
    result = lookup(template.format(key=key))
    if len(key) < MAX_WIDTH // 2:  # a longer key (Bedrock's short-term ones) cannot sit inside a match
        assert result.matches
        assert any(reason.startswith("the text contains") for m in result.matches for reason in m.why)
    shown = json.dumps(result.to_dict(), ensure_ascii=False) + render(result)
    secret = key[-40:-12]  # the random middle: a key's prefix and last four may be shown, nothing else
    for i in range(len(secret) - 7):
        assert secret[i : i + 8] not in shown, [m.why for m in result.matches]


def test_every_catalog_entry_is_reached_by_some_case() -> None:
    catalog = json.loads((ROOT / "checker" / "error_catalog.json").read_text(encoding="utf-8"))
    expected = {e for _, _, e in CASES}
    missing = {f"{e['provider']}/{e['id']}" for e in catalog["errors"]} - expected
    assert missing <= {"google/402-prepaid-credits-depleted", "google/499-cancelled", "google/500-internal",
                       "google/504-deadline-exceeded"}


UNRELATED = {
    "empty": "",
    "prose": "The quick brown fox jumps over the lazy dog, then naps for 401 minutes.",
    "stack trace": 'Traceback (most recent call last):\n  File "app.py", line 12, in <module>\nKeyError: \'name\'',
    "http ok": "HTTP/1.1 200 OK\nContent-Type: application/json\n\n{\"object\": \"list\", \"data\": []}",
    "status only": "Error code: 429",
    "binary noise": "\x00\x01\u202e\ud800 " * 50,
}


@pytest.mark.parametrize("text", UNRELATED.values(), ids=list(UNRELATED))
def test_unrelated_text_returns_nothing(text: str) -> None:
    assert lookup_error(text) == []


def test_a_whole_key_in_the_text_is_spotted_and_shown_masked() -> None:
    key = keys.openai("proj", seed=7)
    text = f"POST /v1/chat/completions Authorization: Bearer {key}\n" + openai_sdk(
        429, "RateLimitError", "You exceeded your current quota, please check your plan and billing details.",
        "insufficient_quota", "insufficient_quota")
    result = lookup(text)
    assert result.matches[0].ref == "openai/429-insufficient-quota"
    assert [k.provider for k in result.keys] == ["openai"]
    spotted = result.keys[0]
    assert spotted.masked.endswith(key[-4:])
    assert not spotted.echoed
    dumped = json.dumps(result.to_dict())
    assert key not in dumped
    assert key[8:16] not in dumped  # no 8-character run of the key's secret part


def test_an_anthropic_key_in_the_text_names_anthropic() -> None:
    key = keys.anthropic(seed=3)
    text = f"x-api-key: {key}\n" + anthropic_body(401, "authentication_error", "invalid x-api-key")
    result = lookup(text)
    assert result.matches[0].ref == "anthropic/401-invalid-x-api-key"
    assert [k.provider for k in result.keys] == ["anthropic"]
    assert key[20:28] not in json.dumps(result.to_dict())


@pytest.mark.parametrize(
    ("echo", "owner", "words"),
    [
        ("sk-or-v1" + "*" * 30 + "0c3f", "openrouter", "OpenRouter"),
        ("sk-ant-a" + "*" * 30 + "QwAA", "anthropic", "Anthropic"),
        ("https://***********.com", None, "URL"),
        ("You are ************ful", None, "does not start like an OpenAI key"),
    ],
    ids=["openrouter", "anthropic", "url", "sentence"],
)
def test_openai_echo_tells_what_was_sent(echo: str, owner: str | None, words: str) -> None:
    text = f"Error code: 401 - Incorrect API key provided: {echo}. You can find your API key at ..."
    result = lookup(text)
    assert result.matches[0].ref == "openai/401-invalid-api-key"
    (spotted,) = result.keys
    assert spotted.echoed
    assert spotted.provider == owner
    assert words in spotted.note


def test_normalise_undoes_json_escapes_and_wrapping() -> None:
    assert normalise('{\\"message\\": \\"API key\\n   not valid\\"}') == '{"message": "API key not valid"}'


def test_huge_input_is_bounded() -> None:
    text = "429 " + "a" * (MAX_TEXT * 5) + " insufficient_quota"
    started = time.perf_counter()
    lookup_error(text)
    elapsed = time.perf_counter() - started
    print(f"lookup of {len(text)} characters: {elapsed:.3f} s")  # a figure for the report, not an assertion
    assert len(normalise(text)) <= MAX_TEXT


def test_catalog_patterns_have_no_nested_repetition() -> None:
    catalog = json.loads((ROOT / "checker" / "error_catalog.json").read_text(encoding="utf-8"))
    for entry in catalog["errors"]:
        for pattern in entry["patterns"]:
            assert not unsafe_pattern(pattern), (entry["id"], pattern)
            re.compile(pattern)
