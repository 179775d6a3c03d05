"""Pasted errors of the DeepSeek, OpenRouter, Cohere, DashScope, Moonshot and Zhipu catalogs, wrapped the way the
SDKs people call them with print them (the OpenAI SDK for the OpenAI-compatible APIs, cohere-python, the
dashscope SDK). Each message is the catalog's sourced wording (for entries without a fixed message, the
words the provider's docs give); test_errorlookup.py checks that each text ranks the expected entry first.

(id, pasted text, expected first entry)
"""

from __future__ import annotations


def openai_client(status: int, cls: str, body: dict[str, object]) -> str:
    """The openai package pointed at another provider's base URL prints the body it got back."""
    return f"openai.{cls}: Error code: {status} - {body!r}"


def deepseek(status: int, cls: str, message: str, type_: str | None) -> str:
    body = {"error": {"message": message, "type": type_, "param": None, "code": "invalid_request_error"}}
    return openai_client(status, cls, body) + " (https://api.deepseek.com)"


def openrouter(status: int, cls: str, message: str, **extra: object) -> str:
    return openai_client(status, cls, {"error": {"message": message, "code": status, **extra}}) + " openrouter.ai"


def moonshot(status: int, cls: str, message: str, type_: str) -> str:
    return openai_client(status, cls, {"error": {"message": message, "type": type_}}) + " (api.moonshot.ai)"


def dashscope_native(status: int, code: str, message: str) -> str:
    """The dashscope SDK's response: status, code and message, with the request id."""
    body = {
        "status_code": status,
        "request_id": "6e5b1c7a-0d1f-4a3b-9b5e-2f7c8d9e0a1b",
        "code": code,
        "message": message,
    }
    return f"dashscope response: {body!r}"


def zhipu(status: int, code: str, message: str) -> str:
    """The zhipuai SDK's exception: status, then the body with the business code (open.bigmodel.cn)."""
    body = '{"error":{"code":"' + code + '","message":"' + message + '"}}'
    return f"zhipuai.core._errors.APIStatusError: Error code: {status}, with error text {body}"


def cohere(status: int, cls: str, message: str) -> str:
    return f"cohere.errors.{cls}: status_code: {status}, body: {{'message': {message!r}}}"


CASES: list[tuple[str, str, str]] = [
    # DeepSeek
    (
        "deepseek-401-key",
        deepseek(
            401,
            "AuthenticationError",
            "Authentication Fails, Your api key: ****1a2b is invalid",
            "authentication_error",
        ),
        "deepseek/401-invalid-api-key",
    ),
    (
        "deepseek-401-no-such-user",
        deepseek(401, "AuthenticationError", "Authentication Fails (no such user)", "authentication_error"),
        "deepseek/401-invalid-api-key",
    ),
    (
        "deepseek-401-header",
        deepseek(
            401,
            "AuthenticationError",
            "Authentication Fails (auth header format should be Bearer sk-...)",
            "authentication_error",
        ),
        "deepseek/401-auth-header-format",
    ),
    (
        "deepseek-402",
        deepseek(402, "APIStatusError", "Insufficient Balance", "unknown_error"),
        "deepseek/402-insufficient-balance",
    ),
    (
        "deepseek-400-model",
        deepseek(400, "BadRequestError", "Model Not Exist", "invalid_request_error"),
        "deepseek/400-model-not-exist",
    ),
    (
        "deepseek-400-context",
        deepseek(
            400,
            "BadRequestError",
            "This model's maximum context length is 131072 tokens. "
            "However, you requested 141980 tokens (133980 in the messages, 8000 in the completion). Please reduce the "
            "length of the messages or completion.",
            "invalid_request_error",
        ),
        "deepseek/400-context-length-exceeded",
    ),
    (
        "deepseek-400-format",
        "DeepSeek API 400 - Invalid Format: check the request body (api.deepseek.com)",
        "deepseek/400-invalid-format",
    ),
    ("deepseek-422", "DeepSeek API 422 - Invalid Parameters (api.deepseek.com)", "deepseek/422-invalid-parameters"),
    (
        "deepseek-429",
        "openai.RateLimitError: 429 Rate Limit Reached (api.deepseek.com)",
        "deepseek/429-rate-limit-reached",
    ),
    (
        "deepseek-500",
        "openai.InternalServerError: DeepSeek returned 500 Server Error (api.deepseek.com)",
        "deepseek/500-server-error",
    ),
    (
        "deepseek-503",
        "openai.InternalServerError: 503 Server Overloaded (api.deepseek.com)",
        "deepseek/503-server-overloaded",
    ),
    # OpenRouter
    (
        "openrouter-401-no-auth",
        openrouter(401, "AuthenticationError", "No auth credentials found"),
        "openrouter/401-no-auth-credentials",
    ),
    (
        "openrouter-401-cookie",
        "401 No cookie auth credentials found (openrouter)",
        "openrouter/401-no-auth-credentials",
    ),
    ("openrouter-401-user", openrouter(401, "AuthenticationError", "User not found."), "openrouter/401-user-not-found"),
    (
        "openrouter-402-credits",
        openrouter(402, "APIStatusError", "Insufficient credits. Add more using https://openrouter.ai/credits"),
        "openrouter/402-insufficient-credits",
    ),
    (
        "openrouter-402-max-tokens",
        openrouter(
            402,
            "APIStatusError",
            "This request requires more credits, or fewer "
            "max_tokens. You requested up to 65536 tokens, but can only afford 3395. To increase, visit "
            "https://openrouter.ai/settings/credits and upgrade to a paid account",
        ),
        "openrouter/402-requires-more-credits",
    ),
    (
        "openrouter-403-key-limit",
        openrouter(
            403,
            "PermissionDeniedError",
            "Key limit exceeded (monthly limit). Manage it using https://openrouter.ai/settings/keys",
        ),
        "openrouter/403-key-limit-exceeded",
    ),
    (
        "openrouter-403-moderation",
        openrouter(
            403,
            "PermissionDeniedError",
            'openai/gpt-4o requires moderation on OpenRouter. Your input was flagged for "harassment"',
            metadata={"reasons": ["harassment"], "provider_name": "OpenAI"},
        ),
        "openrouter/403-moderation-flagged",
    ),
    (
        "openrouter-400-model-id",
        openrouter(400, "BadRequestError", "claude-sonnet-4-6 is not a valid model ID"),
        "openrouter/400-not-valid-model-id",
    ),
    (
        "openrouter-404-endpoints",
        openrouter(404, "NotFoundError", "No endpoints found for deepseek/deepseek-chat-v3.1:free."),
        "openrouter/404-no-endpoints-found",
    ),
    (
        "openrouter-404-tools",
        openrouter(
            404,
            "NotFoundError",
            "No endpoints found that support tool use. To learn "
            "more about provider routing, visit: https://openrouter.ai/docs/provider-routing",
        ),
        "openrouter/404-no-endpoints-tool-use",
    ),
    (
        "openrouter-404-allowed",
        openrouter(
            404,
            "NotFoundError",
            "No allowed providers are available for the selected model.",
            metadata={"available_providers": ["z-ai"], "requested_providers": ["anthropic"]},
        ),
        "openrouter/404-no-allowed-providers",
    ),
    (
        "openrouter-408",
        "openai.APIStatusError: Error code: 408 (openrouter.ai): request timed out",
        "openrouter/408-request-timeout",
    ),
    (
        "openrouter-429-free",
        openrouter(
            429,
            "RateLimitError",
            "Rate limit exceeded: free-models-per-day. Add 10 credits to unlock 1000 free model requests per day",
        ),
        "openrouter/429-free-models-per-day",
    ),
    (
        "openrouter-429-provider",
        openrouter(429, "RateLimitError", "Provider returned error", metadata={"provider_name": "SambaNova"}),
        "openrouter/429-provider-returned-error",
    ),
    ("openrouter-502", "openai.InternalServerError: Error code: 502 from openrouter.ai", "openrouter/502-model-down"),
    (
        "openrouter-503",
        openrouter(
            503, "InternalServerError", "There is no available model provider that meets your routing requirements"
        ),
        "openrouter/503-no-provider-meets-routing",
    ),
    # Cohere
    (
        "cohere-401-no-key",
        cohere(401, "unauthorized_error.UnauthorizedError", "no api key supplied"),
        "cohere/401-no-api-key-supplied",
    ),
    (
        "cohere-sdk-no-key",
        "cohere.core.api_error.ApiError: status_code: None, body: The client must be instantiated be "
        "either passing in token or setting CO_API_KEY",
        "cohere/401-no-api-key-supplied",
    ),
    (
        "cohere-401-invalid",
        cohere(401, "unauthorized_error.UnauthorizedError", "invalid api token"),
        "cohere/401-invalid-api-token",
    ),
    (
        "cohere-401-expired",
        cohere(
            401,
            "unauthorized_error.UnauthorizedError",
            "Your API key has expired. Please create "
            "a production key at dashboard.cohere.com or reach out to your contact at Cohere to continue usage.",
        ),
        "cohere/401-api-key-expired",
    ),
    (
        "cohere-402-payment",
        "cohere.core.api_error.ApiError: status_code: 402, body: {'message': 'Please add or update "
        "your payment method at https://dashboard.cohere.com/billing?tab=payment to continue'}",
        "cohere/402-add-payment-method",
    ),
    (
        "cohere-402-maximum",
        "cohere.core.api_error.ApiError: status_code: 402, body: {'message': 'Maximum billing reached "
        "for this API key as set in your dashboard, please go to https://dashboard.cohere.com/billing?tab=payment to "
        "increase your maximum amount to continue using this API key. Your billing capacity will reset at the "
        "beginning of next month.'}",
        "cohere/402-maximum-billing-reached",
    ),
    (
        "cohere-404-model",
        cohere(
            404,
            "not_found_error.NotFoundError",
            "model 'command-x' not found, make sure the "
            "correct model ID was used and that you have access to the model.",
        ),
        "cohere/404-model-not-found",
    ),
    (
        "cohere-400-unsupported",
        cohere(
            400,
            "bad_request_error.BadRequestError",
            "invalid request: model 'command-r' is not supported by the generate API",
        ),
        "cohere/400-model-not-supported",
    ),
    (
        "cohere-400-model-required",
        cohere(400, "bad_request_error.BadRequestError", "a model parameter is required for this endpoint."),
        "cohere/400-model-parameter-required",
    ),
    (
        "cohere-400-tokens",
        cohere(
            400,
            "bad_request_error.BadRequestError",
            "too many tokens: total number of tokens in "
            "the prompt cannot exceed 4081 - received 4292. Try using a shorter prompt, or enabling prompt "
            "truncating. See https://docs.cohere.com/reference/generate for more details.",
        ),
        "cohere/400-too-many-tokens",
    ),
    (
        "cohere-429-minute",
        cohere(
            429,
            "too_many_requests_error.TooManyRequestsError",
            "You are past the per minute request limit, please wait and try again later.",
        ),
        "cohere/429-per-minute-limit",
    ),
    (
        "cohere-429-trial",
        cohere(
            429,
            "too_many_requests_error.TooManyRequestsError",
            "You are using a Trial key, which is "
            "limited to 40 API calls / minute. You can continue to use the Trial key for free or upgrade to a "
            "Production key with higher rate limits at 'https://dashboard.cohere.com/api-keys'.",
        ),
        "cohere/429-trial-key-limit",
    ),
    (
        "cohere-429-tokens",
        cohere(
            429,
            "too_many_requests_error.TooManyRequestsError",
            "trial token rate limit exceeded, limit is 100000 tokens per minute",
        ),
        "cohere/429-trial-token-rate-limit",
    ),
    (
        "cohere-499",
        cohere(499, "client_closed_request_error.ClientClosedRequestError", "request cancelled"),
        "cohere/499-request-cancelled",
    ),
    ("cohere-500", "POST https://api.cohere.com/v2/chat answered 500 Internal Server Error", "cohere/500-server-error"),
    # Moonshot AI (Kimi)
    (
        "moonshot-401",
        moonshot(401, "AuthenticationError", "Invalid Authentication", "invalid_authentication_error"),
        "moonshot/401-invalid-authentication",
    ),
    (
        "moonshot-429-balance",
        "429 Your account org-0123456789abcdef0123456789abcdef <ak-abcdefghij0123456789> is suspended due to "
        "insufficient balance, please recharge your account or check your plan and billing details (moonshot)",
        "moonshot/429-insufficient-balance",
    ),
    (
        "moonshot-429-rpm",
        moonshot(
            429,
            "RateLimitError",
            "Your account org-0123456789abcdef0123456789abcdef<ak-abcdefghij0123456789> request reached "
            "organization max RPM: 20, please try again after 1 seconds",
            "rate_limit_reached_error",
        ),
        "moonshot/429-organization-rpm-limit",
    ),
    (
        "moonshot-429-concurrency",
        moonshot(
            429,
            "RateLimitError",
            "Your account org-0123456789abcdef0123456789abcdef<ak-abcdefghij0123456789> request reached max "
            "organization concurrency: 1, please try again after 1 seconds",
            "rate_limit_reached_error",
        ),
        "moonshot/429-organization-concurrency-limit",
    ),
    (
        "moonshot-429-tpm",
        moonshot(
            429,
            "RateLimitError",
            "Your account xxxxx / proj-xxxxxx <ak-xxxxx> request reached project TPM rate limit, current: 1410, "
            "limit: 100, see https://platform.moonshot.cn/docs/pricing/limits",
            "rate_limit_reached_error",
        ),
        "moonshot/429-tpm-limit",
    ),
    (
        "moonshot-429-tpd",
        moonshot(
            429,
            "RateLimitError",
            "Your account org-0123456789abcdef0123456789abcdef / proj-0123456789abcdef0123456789abcdef "
            "<ak-abcdefghij0123456789> request reached organization TPD rate limit, current: 1526210, limit: 1500000",
            "rate_limit_reached_error",
        ),
        "moonshot/429-organization-tpd-limit",
    ),
    (
        "moonshot-429-overloaded",
        moonshot(
            429,
            "RateLimitError",
            "The engine is currently overloaded, please try again later",
            "engine_overloaded_error",
        ),
        "moonshot/429-engine-overloaded",
    ),
    (
        "moonshot-429-too-many",
        moonshot(
            429,
            "RateLimitError",
            "We're receiving too many requests at the moment. Please wait a moment and try again.",
            "rate_limit_reached_error",
        ),
        "moonshot/429-too-many-requests",
    ),
    (
        "moonshot-404",
        moonshot(
            404,
            "NotFoundError",
            "Not found the model kimi-thinking-preview or Permission denied",
            "resource_not_found_error",
        ),
        "moonshot/404-model-not-found",
    ),
    (
        "moonshot-400-length",
        moonshot(400, "BadRequestError", "model max length exceeded, max length:8192", "invalid_request_error"),
        "moonshot/400-model-max-length",
    ),
    (
        "moonshot-400-invalid",
        moonshot(
            400,
            "BadRequestError",
            "Invalid request: the message at position 1 with role 'assistant' must not be empty",
            "invalid_request_error",
        ),
        "moonshot/400-invalid-request",
    ),
    # Alibaba Model Studio (DashScope)
    (
        "dashscope-401-native",
        dashscope_native(401, "InvalidApiKey", "Invalid API-key provided."),
        "dashscope/401-invalid-api-key",
    ),
    (
        "dashscope-401-compatible",
        "litellm.AuthenticationError: AuthenticationError: DashscopeException - Incorrect API key provided. For "
        "details, see: https://www.alibabacloud.com/help/en/model-studio/error-code#apikey-error",
        "dashscope/401-invalid-api-key",
    ),
    (
        "dashscope-400-arrearage",
        'com.alibaba.dashscope.exception.ApiException: {"statusCode":400,"message":"Access denied, please make sure '
        'your account is in good standing.","code":"Arrearage","isJson":true}',
        "dashscope/400-arrearage",
    ),
    (
        "dashscope-400-free-tier",
        "400 The free tier of the model has been exhausted. If you wish to continue access the model on a paid "
        'basis, please disable the "use free tier only" mode in the management console. (dashscope)',
        "dashscope/403-free-tier-exhausted",
    ),
    ("dashscope-404", "dashscope 404 ModelNotFound", "dashscope/404-model-not-found"),
    (
        "dashscope-429-rpm",
        dashscope_native(429, "Throttling.RateQuota", "Requests rate limit exceeded"),
        "dashscope/429-requests-rate-limit",
    ),
    (
        "dashscope-429-tpm",
        dashscope_native(429, "Throttling.AllocationQuota", "Allocated quota exceeded"),
        "dashscope/429-allocated-quota-exceeded",
    ),
    (
        "dashscope-429-burst",
        dashscope_native(429, "Throttling", "Request rate increased too quickly"),
        "dashscope/429-rate-increased-too-quickly",
    ),
    (
        "dashscope-400-length",
        dashscope_native(400, "InvalidParameter", "Range of input length should be [1, 30720]"),
        "dashscope/400-input-length-range",
    ),
    (
        "dashscope-400-stream",
        dashscope_native(
            400,
            "InvalidParameter",
            "This model only support stream mode, please enable the stream parameter to access the model.",
        ),
        "dashscope/400-stream-only",
    ),
    (
        "dashscope-400-thinking",
        dashscope_native(
            400, "InvalidParameter", "parameter.enable_thinking must be set to false for non-streaming calls"
        ),
        "dashscope/400-enable-thinking-non-streaming",
    ),
    # Zhipu AI (GLM)
    (
        "zhipu-401-1001",
        zhipu(401, "1001", "Header中未收到Authentication参数，无法进行身份验证"),
        "zhipu/401-missing-authentication",
    ),
    (
        "zhipu-sdk-no-key",
        "zhipuai.core._errors.ZhipuAIError: 未提供api_key，请通过参数或环境变量提供",
        "zhipu/401-missing-authentication",
    ),
    (
        "zhipu-401-1002",
        zhipu(401, "1002", "Authorization Token非法，请确认Authorization Token正确传递。"),
        "zhipu/401-token-invalid",
    ),
    ("zhipu-401-1003", zhipu(401, "1003", "Authorization Token已过期，请重新生成/获取。"), "zhipu/401-token-expired"),
    ("zhipu-401-generic", zhipu(401, "401", "令牌已过期或验证不正确！"), "zhipu/401-token-expired-or-invalid"),
    ("zhipu-429-1113", zhipu(429, "1113", "您的账户已欠费，请充值后重试。"), "zhipu/429-insufficient-balance"),
    (
        "zhipu-429-1113-en",
        '{"type":"error","error":{"type":"rate_limit_error","code":"1113","message":"[1113][Insufficient balance or '
        'no resource package. Please recharge.][20260922232915e8288c66f9ff4aaa]"}} (api.z.ai)',
        "zhipu/429-insufficient-balance",
    ),
    ("zhipu-429-1302", zhipu(429, "1302", "您的账户已达到速率限制，请您控制请求频率"), "zhipu/429-rate-limit"),
    ("zhipu-429-1305", zhipu(429, "1305", "该模型当前访问量过大，请您稍后再试"), "zhipu/429-model-busy"),
    (
        "zhipu-429-1308",
        zhipu(429, "1308", "已达到 5 小时的使用上限。您的限额将在 2026-08-25 07:41:44 重置。"),
        "zhipu/429-usage-cap-reached",
    ),
    ("zhipu-400-1211", zhipu(400, "1211", "模型不存在，请检查模型代码。"), "zhipu/400-model-not-found"),
    (
        "zhipu-400-1301",
        zhipu(
            400,
            "1301",
            "系统检测到输入或生成内容可能包含不安全或敏感内容，请您避免输入易产生敏感内容的提示语，感谢您的配合。",
        ),
        "zhipu/400-unsafe-content",
    ),
    ("zhipu-500", "open.bigmodel.cn answered 500 内部错误", "zhipu/500-internal-error"),
    # Added entries
    (
        "cohere-400-input-type",
        cohere(
            400,
            "bad_request_error.BadRequestError",
            "invalid request: valid input_type must be provided with the provided model",
        ),
        "cohere/400-input-type-required",
    ),
    (
        "cohere-400-embedding-types",
        cohere(400, "bad_request_error.BadRequestError", "embedding_types parameter is required"),
        "cohere/400-embedding-types-required",
    ),
    (
        "cohere-400-json",
        cohere(
            400, "bad_request_error.BadRequestError", "invalid json syntax: invalid character '\\a' in string literal"
        ),
        "cohere/400-invalid-json",
    ),
    (
        "cohere-400-finetuned",
        cohere(400, "bad_request_error.BadRequestError", "finetuned model with name xyz is not ready for serving"),
        "cohere/400-finetuned-model-not-ready",
    ),
    (
        "deepseek-400-risk",
        "openai.BadRequestError: Error code: 400 - {'detail': 'Content Exists Risk'} (api.deepseek.com)",
        "deepseek/400-content-exists-risk",
    ),
    (
        "openrouter-404-policy",
        openrouter(
            404,
            "NotFoundError",
            "No endpoints available matching your guardrail restrictions and data policy. "
            "Configure: https://openrouter.ai/settings/privacy",
        ),
        "openrouter/404-no-endpoints-data-policy",
    ),
    (
        "openrouter-400-context",
        "400 This endpoint's maximum context length is 163840 tokens. However, you requested about 243013 tokens "
        '(238917 of text input, 4096 in the output). Please reduce the length of either one, or use the "middle-out" '
        "transform to compress your prompt automatically. (openrouter)",
        "openrouter/400-context-length-exceeded",
    ),
    (
        "dashscope-400-inspection",
        dashscope_native(400, "DataInspectionFailed", "Input or output data may contain inappropriate content."),
        "dashscope/400-data-inspection-failed",
    ),
    (
        "dashscope-503",
        dashscope_native(503, "ModelUnavailable", "Model is unavailable, please try again later."),
        "dashscope/503-model-unavailable",
    ),
    (
        "cohere-400-temperature",
        cohere(
            400,
            "bad_request_error.BadRequestError",
            "invalid request: temperature must be between 0 and 1.0 inclusive.",
        ),
        "cohere/400-temperature-out-of-range",
    ),
    (
        "cohere-400-texts",
        cohere(
            400,
            "bad_request_error.BadRequestError",
            "invalid request: total number of texts must be at most 96 - received 104",
        ),
        "cohere/400-too-many-texts",
    ),
    (
        "cohere-400-multi-step",
        cohere(400, "bad_request_error.BadRequestError", "multi step limit reached - set a higher limit"),
        "cohere/400-multi-step-limit",
    ),
    (
        "cohere-400-rag",
        cohere(400, "bad_request_error.BadRequestError", "invalid request: RAG is not supported for this model."),
        "cohere/400-rag-not-supported",
    ),
    (
        "cohere-400-empty",
        cohere(400, "bad_request_error.BadRequestError", "invalid request: prompt must be at least 1 token long."),
        "cohere/400-prompt-empty",
    ),
    (
        "cohere-404-connector",
        cohere(404, "not_found_error.NotFoundError", "connector 'web-search' not found."),
        "cohere/404-connector-not-found",
    ),
    (
        "cohere-404-dataset",
        cohere(404, "not_found_error.NotFoundError", "dataset with id my-dataset-id not found"),
        "cohere/404-dataset-not-found",
    ),
    (
        "kimi-code-401",
        "401 The API Key appears to be invalid or may have expired (kimi)",
        "moonshot/401-key-invalid-or-expired-kimi-code",
    ),
    (
        "kimi-code-402",
        "402 unable to verify your membership benefits (kimi)",
        "moonshot/402-membership-unverified",
    ),
    (
        "kimi-code-403-agents",
        "403 Kimi For Coding is currently only available for Coding Agents",
        "moonshot/403-coding-agents-only",
    ),
    (
        "kimi-code-403-cycle",
        "403 You've reached your usage limit for this billing cycle (kimi)",
        "moonshot/403-billing-cycle-limit",
    ),
    (
        "dashscope-503-capacity",
        "API Error: ModelServingError: status_code 503 ServiceUnavailable: Too many requests. Your requests are being "
        "throttled due to system capacity limits. Please try again later. (dashscope)",
        "dashscope/503-throttled-capacity",
    ),
]
