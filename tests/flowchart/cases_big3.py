"""Pasted errors added to the OpenAI, Anthropic and Google catalogs after the first release, wrapped the way
the official SDKs print them. Each message is the catalog's sourced wording with its variable parts filled
in; test_errorlookup.py checks that each text ranks the expected entry first.

(id, pasted text, expected first entry)
"""

from __future__ import annotations

import json

VERIFY = (
    "Please go to: https://platform.openai.com/settings/organization/general and click on Verify Organization. "
    "If you just verified, it can take up to 15 minutes for access to propagate."
)


def openai_sdk(status: int, cls: str, message: str, type_: str | None, code: str | None) -> str:
    body = {"error": {"message": message, "type": type_, "param": None, "code": code}}
    return f"openai.{cls}: Error code: {status} - {body!r}"


def google_sdk(code: int, status: str, message: str, reason: str | None = None) -> str:
    """python-genai's ClientError with the body it got from generativelanguage.googleapis.com."""
    error: dict[str, object] = {"code": code, "message": message, "status": status}
    if reason:
        error["details"] = [{"@type": "type.googleapis.com/google.rpc.ErrorInfo", "reason": reason,
                             "domain": "googleapis.com",
                             "metadata": {"service": "generativelanguage.googleapis.com"}}]
    return f"google.genai.errors.ClientError: {code} {status}. {error!r}"


# The suspended-consumer message repeats the whole key; logs people share carry a placeholder instead.
SUSPENDED_KEY = "api_key:<API_KEY>"


def anthropic_sdk(status: int, cls: str, message: str) -> str:
    body = {"type": "error", "error": {"type": "invalid_request_error", "message": message},
            "request_id": "req_011CSHoEeqs5C35K2UUqR7Fy"}
    return f"anthropic.{cls}: Error code: {status} - {body!r}"


def anthropic_cli(message: str) -> str:
    """How a Node client (Claude Code, the Vercel AI SDK) prints the same body."""
    body = {"type": "error", "error": {"type": "invalid_request_error", "message": message}}
    return f"API Error: 400 {json.dumps(body)}"


CASES: list[tuple[str, str, str]] = [
    # OpenAI
    ("openai-400-verify-stream", openai_sdk(400, "BadRequestError",
        "Your organization must be verified to stream this model. " + VERIFY, "invalid_request_error", None),
        "openai/400-organization-must-be-verified"),
    ("openai-verify-model", "Error: \"Your organization must be verified to use the model `gpt-5`. " + VERIFY + '"',
        "openai/400-organization-must-be-verified"),
    ("openai-verify-summaries", openai_sdk(400, "BadRequestError",
        "Your organization must be verified to generate reasoning summaries. " + VERIFY, "invalid_request_error",
        "unsupported_value"), "openai/400-organization-must-be-verified"),
    ("openai-400-max-tokens", openai_sdk(400, "BadRequestError",
        "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' "
        "instead.", "invalid_request_error", "unsupported_parameter"), "openai/400-max-tokens-unsupported"),
    ("openai-400-temperature", openai_sdk(400, "BadRequestError",
        "Unsupported value: 'temperature' does not support 0.7 with this model. Only the default (1) value is "
        "supported.", "invalid_request_error", "unsupported_value"), "openai/400-temperature-unsupported-value"),
    ("openai-404-chat-on-completions", openai_sdk(404, "NotFoundError",
        "This is a chat model and not supported in the v1/completions endpoint. Did you mean to use "
        "v1/chat/completions?", "invalid_request_error", None), "openai/404-chat-model-on-completions"),
    ("openai-404-not-chat", "ChatGPT error 404: " + json.dumps({"error": {
        "message": "This is not a chat model and thus not supported in the v1/chat/completions endpoint. Did you "
        "mean to use v1/completions?", "type": "invalid_request_error", "param": "model", "code": None}}),
        "openai/404-not-a-chat-model"),
    ("openai-429-billing", openai_sdk(429, "RateLimitError",
        "Your account is not active, please check your billing details on our website.", "billing_not_active",
        "billing_not_active"), "openai/429-billing-not-active"),
    ("openai-404-invalid-url", openai_sdk(404, "NotFoundError",
        "Invalid URL (POST /v1/chat/completions/chat/completions)", "invalid_request_error", None),
        "openai/404-invalid-url"),
    ("openai-400-tool-calls", openai_sdk(400, "BadRequestError",
        "An assistant message with 'tool_calls' must be followed by tool messages responding to each "
        "'tool_call_id'. The following tool_call_ids did not have response messages: call_DAZJkqyYW8JTJdkO76E5MoPH",
        "invalid_request_error", None), "openai/400-tool-calls-without-tool-messages"),
    ("openai-400-safety", "OpenAI Image Error: 400 - Your request was rejected as a result of our safety system. "
        "Your prompt may contain text that is not allowed by our safety system.", "openai/400-safety-system"),
    ("openai-400-safety-descriptions", "com.theokanning.openai.OpenAiHttpException: Your request was rejected as a "
        "result of our safety system. Image descriptions generated from your prompt may contain text that is not "
        "allowed by our safety system. If you believe this was done in error, your request may succeed if retried, "
        "or by adjusting your prompt.", "openai/400-safety-system"),
    ("openai-400-image", openai_sdk(400, "BadRequestError",
        "You uploaded an unsupported image. Please make sure your image is below 20 MB in size and is of one the "
        "following formats: ['png', 'jpeg', 'gif', 'webp'].", "invalid_request_error", "sanitizer_server_error"),
        "openai/400-unsupported-image"),
    ("openai-400-invalid-prompt", openai_sdk(400, "BadRequestError",
        "Invalid prompt: your prompt was flagged as potentially violating our usage policy. Please try again with a "
        "different prompt: https://platform.openai.com/docs/guides/reasoning#advice-on-prompting",
        "invalid_request_error", "invalid_prompt"), "openai/400-invalid-prompt"),
    ("openai-400-string-too-long", openai_sdk(400, "BadRequestError",
        "Invalid 'input[0].content': string too long. Expected a string with maximum length 10485760, but got a "
        "string with length 62114761 instead.", "invalid_request_error", "string_above_max_length"),
        "openai/400-string-too-long"),
    # Anthropic
    ("anthropic-400-prompt-too-long", anthropic_sdk(400, "BadRequestError",
        "prompt is too long: 208656 tokens > 200000 maximum"), "anthropic/400-prompt-too-long"),
    ("anthropic-400-max-tokens", anthropic_cli(
        "max_tokens: 128001 > 64000, which is the maximum allowed number of output tokens for "
        "claude-opus-4-5-20251101"), "anthropic/400-max-tokens-too-large"),
    ("anthropic-400-tool-use", anthropic_cli(
        "messages.130: `tool_use` ids were found without `tool_result` blocks immediately after: "
        "toolu_01G2Q9aJ8Jgeu5B9pMBxB3Jn. Each `tool_use` block must have a corresponding `tool_result` block in "
        "the next message."), "anthropic/400-tool-use-without-tool-result"),
    ("anthropic-400-tool-result", anthropic_cli(
        "messages.0.content.0: unexpected `tool_use_id` found in `tool_result` blocks: "
        "toolu_01FfCGddPyWsq3gCLqXtsJki. Each `tool_result` block must have a corresponding `tool_use` block in "
        "the previous message."), "anthropic/400-unexpected-tool-use-id"),
    ("anthropic-400-empty-text", anthropic_sdk(400, "BadRequestError",
        "messages: text content blocks must be non-empty"), "anthropic/400-empty-text-block"),
    ("anthropic-400-whitespace-text", anthropic_cli(
        "messages: text content blocks must contain non-whitespace text"), "anthropic/400-empty-text-block"),
    ("anthropic-400-temperature-top-p", anthropic_sdk(400, "BadRequestError",
        "`temperature` and `top_p` cannot both be specified for this model. Please use only one."),
        "anthropic/400-temperature-and-top-p"),
    ("anthropic-400-org-disabled", anthropic_cli("This organization has been disabled."),
        "anthropic/400-organization-disabled"),
    ("anthropic-400-roles-alternate", anthropic_sdk(400, "BadRequestError",
        'messages: roles must alternate between "user" and "assistant", but found multiple "user" roles in a row'),
        "anthropic/400-roles-must-alternate"),
    ("anthropic-400-image-type", anthropic_cli(
        "messages.18.content.1.image.source.base64.data: Image does not match the provided media type image/png"),
        "anthropic/400-image-media-type"),
    ("anthropic-400-image-type-list", anthropic_cli(
        "messages.36.content.2.image.source.base64.media_type: Input should be 'image/jpeg', 'image/png', "
        "'image/gif' or 'image/webp'"), "anthropic/400-image-media-type"),
    # Google Gemini
    ("google-403-leaked", google_sdk(403, "PERMISSION_DENIED",
        "Your API key was reported as leaked. Please use another API key."), "google/403-api-key-leaked"),
    ("google-403-suspended", google_sdk(403, "PERMISSION_DENIED",
        f"Permission denied: Consumer '{SUSPENDED_KEY}' has been suspended.", "CONSUMER_SUSPENDED"),
        "google/403-consumer-suspended"),
    ("google-400-input-tokens", google_sdk(400, "INVALID_ARGUMENT",
        "The input token count (3475108) exceeds the maximum number of tokens allowed (1048576)."),
        "google/400-input-token-count-exceeded"),
    ("google-400-role", google_sdk(400, "INVALID_ARGUMENT", "Please use a valid role: user, model."),
        "google/400-invalid-role"),
    ("google-400-budget-zero", "Error 400, Message: Budget 0 is invalid. This model only works in thinking mode., "
        "Status: INVALID_ARGUMENT, Details: [] (gemini-3.1-pro-preview)", "google/400-thinking-budget-invalid"),
    ("google-400-budget-range", google_sdk(400, "INVALID_ARGUMENT", "The thinking budget (52428) is invalid."),
        "google/400-thinking-budget-invalid"),
    ("google-400-budget-and-level", google_sdk(400, "INVALID_ARGUMENT",
        "You can only set only one of thinking budget and thinking level."), "google/400-thinking-budget-and-level"),
    ("google-400-no-contents", "ChatGoogleGenerativeAIError: Invalid argument provided to Gemini: 400 * "
        "GenerateContentRequest.contents: contents is not specified", "google/400-contents-not-specified"),
    ("google-400-empty-parts", google_sdk(400, "INVALID_ARGUMENT",
        "* GenerateContentRequest.contents[1].parts: contents.parts must not be empty.\n"),
        "google/400-parts-must-not-be-empty"),
    ("google-400-invalid-argument", google_sdk(400, "INVALID_ARGUMENT", "Request contains an invalid argument."),
        "google/400-invalid-argument"),
]
