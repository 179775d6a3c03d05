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


def boto3(name: str, operation: str, message: str) -> str:
    """boto3's ClientError as it prints: the exception name from x-amzn-errortype, the operation, the message."""
    return (
        f"botocore.errorfactory.{name}: An error occurred ({name}) when calling the {operation} operation: {message}"
    )


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
    # AWS Bedrock
    ("bedrock-403-token-invalid", "Error raised by bedrock service: An error occurred (UnrecognizedClientException) "
        "when calling the InvokeModel operation: The security token included in the request is invalid.",
        "aws_bedrock/403-security-token-invalid"),
    ("bedrock-403-token-invalid-cli", "API Error: 403 The security token included in the request is invalid.",
        "aws_bedrock/403-security-token-invalid"),
    ("bedrock-403-token-expired", boto3("ExpiredTokenException", "InvokeModel",
        "The security token included in the request is expired"), "aws_bedrock/403-security-token-expired"),
    ("bedrock-403-api-key", 'Forbidden: {"Message":"Authentication failed: Please make sure your API Key is valid."}',
        "aws_bedrock/403-api-key-invalid"),
    ("bedrock-403-no-header", 'API error (attempt 1/11): 403 403 {"Message":"Authorization header is missing"}',
        "aws_bedrock/403-authorization-missing"),
    ("bedrock-sdk-no-credentials", "ERROR:root:Error raised by bedrock service: Unable to locate credentials",
        "aws_bedrock/403-authorization-missing"),
    ("bedrock-sdk-no-credentials-js", "[error] [Bedrock API Client] Failed to fetch Bedrock models Could not load "
        "credentials from any providers", "aws_bedrock/403-authorization-missing"),
    ("bedrock-403-model-access", boto3("AccessDeniedException", "Converse",
        "You don't have access to the model with the specified model ID."), "aws_bedrock/403-model-access-denied"),
    ("bedrock-403-iam", boto3("AccessDeniedException", "InvokeModel", "User: arn:aws:sts::123456789012:assumed-role/"
        "app-role/session is not authorized to perform: bedrock:InvokeModel on resource: arn:aws:bedrock:us-east-1::"
        "foundation-model/anthropic.claude-3-haiku-20240307-v1:0 because no identity-based policy allows the "
        "bedrock:InvokeModel action"), "aws_bedrock/403-iam-not-authorized"),
    ("bedrock-403-marketplace", "403 Model access is denied due to IAM user or service role is not authorized to "
        "perform the required AWS Marketplace actions (aws-marketplace:ViewSubscriptions, aws-marketplace:Subscribe) "
        "to enable access to this model. Refer to the Amazon Bedrock documentation for further details. Your AWS "
        "Marketplace subscription for this model cannot be completed at this time. If you recently fixed this issue, "
        "try again after 2 minutes.", "aws_bedrock/403-marketplace-subscription"),
    ("bedrock-404-use-case-form", "aws-bedrock error: The model returned the following errors: You have not filled "
        "out the required use-case form for this model. Complete the form at "
        "https://ap-southeast-4.console.aws.amazon.com/bedrock/ before requesting access.",
        "aws_bedrock/404-use-case-form"),
    ("bedrock-404-legacy", boto3("ResourceNotFoundException", "InvokeModel", "Access denied. This Model is marked by "
        "provider as Legacy and you have not been actively using the model in the last 15 days. Please upgrade to an "
        "active model on Amazon Bedrock"), "aws_bedrock/404-legacy-model"),
    ("bedrock-400-model-id", boto3("ValidationException", "InvokeModel", "The provided model identifier is invalid."),
        "aws_bedrock/400-invalid-model-identifier"),
    ("bedrock-400-on-demand", boto3("ValidationException", "ConverseStream", "Invocation of model ID "
        "anthropic.claude-3-5-sonnet-20241022-v2:0 with on-demand throughput isn’t supported. Retry your request "
        "with the ID or ARN of an inference profile that contains this model."),
        "aws_bedrock/400-on-demand-not-supported"),
    ("bedrock-400-too-long", '{"errorType": "ValidationException", "errorMessage": "Input is too long for requested '
        'model.", "$metadata": {"httpStatusCode": 400}}', "aws_bedrock/400-input-too-long"),
    ("bedrock-400-prompt-too-long", 'Failed to call Bedrock: ValidationException(ValidationException { message: '
        'Some("The model returned the following errors: prompt is too long: 227255 tokens > 200000 maximum") })',
        "aws_bedrock/400-input-too-long"),
    ("bedrock-429", "botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when calling "
        "the InvokeModel operation (reached max retries: 4): Too many requests, please wait before trying again. You "
        "have sent too many requests. Wait before trying again.", "aws_bedrock/429-throttling"),
    ("bedrock-429-per-day", "botocore.errorfactory.ThrottlingException: An error occurred (ThrottlingException) when "
        "calling the Converse operation (reached max retries: 4): Too many tokens per day, please wait before trying "
        "again.", "aws_bedrock/429-tokens-per-day"),
    ("bedrock-503", "ServiceUnavailableException: Bedrock is unable to process your request.\n    at "
        "de_ServiceUnavailableExceptionRes (node_modules/@aws-sdk/client-bedrock-runtime/dist-cjs/index.js:1170:21)",
        "aws_bedrock/503-service-unavailable"),
]
