"""Pasted errors of the cloud and other providers' catalogs (Azure OpenAI, AWS Bedrock, Vertex AI, Mistral,
Groq, xAI), wrapped the way their SDKs and logs print them. Each message is the catalog's sourced wording;
test_errorlookup.py checks that each text ranks the expected entry first.

(id, pasted text, expected first entry)
"""

from __future__ import annotations


def azure_sdk(status: int, cls: str, code: str | None, message: str) -> str:
    """The openai package's AzureOpenAI client on an Azure gateway error: {"error": {"code", "message"}}."""
    return f"openai.{cls}: Error code: {status} - {{'error': {{'code': {code!r}, 'message': {message!r}}}}}"


def azure_service(status: int, cls: str, message: str, type_: str | None, code: str | None) -> str:
    """The same client on an error of the model service, which has OpenAI's body shape."""
    body = {"error": {"message": message, "type": type_, "param": None, "code": code, "status": status}}
    return f"openai.{cls}: Error code: {status} - {body!r}"


CASES: list[tuple[str, str, str]] = [
    # Azure OpenAI
    ("azure-401-invalid-key", azure_sdk(401, "AuthenticationError", "401",
        "Access denied due to invalid subscription key or wrong API endpoint. Make sure to provide a valid key for an "
        "active subscription and use a correct regional API endpoint for your resource."),
        "azure_openai/401-invalid-subscription-key"),
    ("azure-401-invalid-key-dotnet", "Azure.RequestFailedException: Access denied due to invalid subscription key or "
        "wrong API endpoint. Make sure to provide a valid key for an active subscription and use a correct regional "
        "API endpoint for your resource.\nStatus: 401 (PermissionDenied)\nErrorCode: 401",
        "azure_openai/401-invalid-subscription-key"),
    ("azure-401-missing-key", "openai.AuthenticationError: Error code: 401 - {'statusCode': 401, 'message': 'Access "
        "denied due to missing subscription key. Make sure to include subscription key when making requests to an "
        "API.'}", "azure_openai/401-missing-subscription-key"),
    # Raised by the openai package's AzureOpenAI client before any request (src/openai/lib/azure.py).
    ("azure-sdk-no-key", "openai.OpenAIError: Missing credentials. Please pass one of `api_key`, `azure_ad_token`, "
        "`azure_ad_token_provider`, or the `AZURE_OPENAI_API_KEY` or `AZURE_OPENAI_AD_TOKEN` environment variables.",
        "azure_openai/401-missing-subscription-key"),
    ("azure-401-token", "AuthenticationError(\"Error code: 401 - {'statusCode': 401, 'message': 'Unauthorized. Access "
        "token is missing, invalid, audience is incorrect (https://cognitiveservices.azure.com), or have expired.'}",
        "azure_openai/401-access-token-invalid"),
    ("azure-401-principal", azure_sdk(401, "AuthenticationError", "PermissionDenied",
        "Principal does not have access to API/Operation."), "azure_openai/401-principal-no-access"),
    ("azure-403-firewall", azure_sdk(403, "PermissionDeniedError", "403",
        "Access denied due to Virtual Network/Firewall rules."), "azure_openai/403-virtual-network-firewall"),
    ("azure-403-vnet-endpoint", '{"code":"403","message":"A Virtual Network is configured for this resource. Please '
        'use the correct endpoint for making requests. Check https://aka.ms/cogsvc-vnet for more details."}',
        "azure_openai/403-virtual-network-firewall"),
    ("azure-403-blocked", azure_sdk(403, "PermissionDeniedError", "Forbidden", "Your resource has been temporarily "
        "blocked because we detected behavior that may violate our content policy. For more details on Azure OpenAI "
        "service content policy, please visit https://aka.ms/aoaicodeofconduct"),
        "azure_openai/403-resource-temporarily-blocked"),
    ("azure-404-deployment", azure_sdk(404, "NotFoundError", "DeploymentNotFound", "The API deployment for this "
        "resource does not exist. If you created the deployment within the last 5 minutes, please wait a moment and "
        "try again."), "azure_openai/404-deployment-not-found"),
    ("azure-404-resource", azure_sdk(404, "NotFoundError", "404", "Resource not found"),
        "azure_openai/404-resource-not-found"),
    ("azure-400-operation", azure_sdk(400, "BadRequestError", "OperationNotSupported", "The chatCompletion operation "
        "does not work with the specified model, text-embedding-3-large. Please choose different model and try "
        "again. You can learn more about which models can be used with each operation here: "
        "https://go.microsoft.com/fwlink/?linkid=2197993."), "azure_openai/400-operation-not-supported"),
    ("azure-400-content-filter", azure_service(400, "BadRequestError", "The response was filtered due to the prompt "
        "triggering Azure OpenAI's content management policy. Please modify your prompt and retry. To learn more "
        "about our content filtering policies please read our documentation: "
        "https://go.microsoft.com/fwlink/?linkid=2198766", None, "content_filter"),
        "azure_openai/400-content-filter"),
    ("azure-400-unrecognized", "openai.error.InvalidRequestError: Unrecognized request argument supplied: functions",
        "azure_openai/400-unrecognized-argument"),
    ("azure-429-tpm", azure_sdk(429, "RateLimitError", "429", "Requests to the ChatCompletions_Create Operation under "
        "Azure OpenAI API version 2024-08-01-preview have exceeded token rate limit of your current OpenAI S0 pricing "
        "tier. Please retry after 86400 seconds. Please go here: https://aka.ms/oai/quotaincrease if you would like "
        "to further increase the default rate limit."), "azure_openai/429-token-rate-limit"),
    ("azure-429-new-wording", "429 litellm.RateLimitError: AzureException RateLimitError - Your requests to gpt-5.1 "
        "for gpt-5.1 in East US 2 have exceeded the token rate limit for your current AIServices S0 pricing tier. "
        "This request was for ChatCompletions_Create under Azure OpenAI API version 2025-03-01-preview. Please retry "
        "after 60 seconds.", "azure_openai/429-token-rate-limit"),
    ("azure-429-demand", "azure-openai error: The system is currently experiencing high demand and cannot process "
        "your request. Your request exceeds the maximum usage size allowed during peak load. Please retry after 20 "
        "seconds. For improved latency reliability, consider switching to Provisioned Throughput.",
        "azure_openai/429-high-demand"),
    ("azure-500", azure_service(500, "InternalServerError", "The server had an error while processing your request. "
        "Sorry about that! You can retry your request, or contact us through an Azure support request at: "
        "https://go.microsoft.com/fwlink/?linkid=2213926 if the error persists. (Please include the request ID "
        "6d6321f8-e4aa-4a77-9aa0-67868802d7ca in your message.)", "server_error", None),
        "azure_openai/500-server-error"),
]
