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
    # Mistral AI
    ("mistral-401", "API error occurred: Status 401 Content-Type application/json; charset=utf-8 Body \n{\n  "
        '"message":"Unauthorized",\n  "request_id":"933f233947ff6d346065bb297e4a4d56"\n}',
        "mistral/401-unauthorized"),
    ("mistral-401-detail", "Error response 401 while fetching https://api.mistral.ai/v1/chat/completions: "
        '{"detail":"Unauthorized"}', "mistral/401-unauthorized"),
    ("mistral-404-route", "Client error: `GET https://api.mistral.ai/v1/chat/models` resulted in a `404 Not Found` "
        'response: { "message":"no Route matched with those values", '
        '"request_id":"4e66bb7fa0db6457e2b7e7d17e5b2875e" }',
        "mistral/404-no-route"),
    ("mistral-400-model", "Error response 400 while fetching https://api.mistral.ai/v1/chat/completions: "
        '{"object":"error","message":"Invalid model: mistral-medium-3.5","type":"invalid_model","param":null,'
        '"code":"1500"}', "mistral/400-invalid-model"),
    ("mistral-422-extra", 'LLM response status: 422 body: {"object":"error","message":{"detail":[{"type":'
        '"extra_forbidden","loc":["body","max_completion_tokens"],"msg":"Extra inputs are not permitted",'
        '"input":32000}]},"type":"invalid_request_error","param":null,"code":null} (api.mistral.ai)',
        "mistral/422-extra-inputs"),
    ("mistral-400-assistant", 'MistralAIClientException({"uri": "https://api.mistral.ai/v1/chat/completions", '
        '"code": 400, "body": {"object": "error", "message": "Assistant message must have either content or '
        'tool_calls, but not both.", "type": "invalid_request_error", "param": null, "code": null}})',
        "mistral/400-assistant-message-content"),
    ("mistral-429", "pydantic_ai.exceptions.ModelHTTPError: status_code: 429, model_name: mistral-medium-latest, "
        'body: {"message":"Requests rate limit exceeded"}', "mistral/429-rate-limit"),
    ("mistral-429-code", 'SDKError: API error occurred: Status 429\nBody: {"object":"error","message":"Rate limit '
        'exceeded","type":"rate_limited","param":null,"code":"1300","raw_status_code":429}',
        "mistral/429-rate-limit"),
    ("mistral-503-capacity", '{"object":"error","message":"Service tier capacity exceeded for this model.",'
        '"type":"invalid_request_error","param":null,"code":null} (mistral codestral-latest)',
        "mistral/503-service-tier-capacity"),
    # Groq
    ("groq-401", 'groq.AuthenticationError: Error code: 401 - {"error":{"message":"Invalid API Key","type":'
        '"invalid_request_error","code":"invalid_api_key"}}', "groq/401-invalid-api-key"),
    ("groq-sdk-no-key", "groq.GroqError: The api_key client option must be set either by passing api_key to the "
        "client or by setting the GROQ_API_KEY environment variable", "groq/401-api-key-not-set"),
    ("groq-400-restricted", "Error code: 400 - {'error': {'message': 'Organization has been restricted. Please reach "
        "out to support if you believe this was in error.', 'type': 'invalid_request_error', 'code': "
        "'organization_restricted'}} (groq)", "groq/400-organization-restricted"),
    ("groq-403-cloudflare", 'groq.PermissionDeniedError: <h1 data-translate="block_headline">Sorry, you have been '
        'blocked</h1> <h2 class="cf-subheadline"><span data-translate="unable_to_access">You are unable to access'
        "</span> groq.com</h2>", "groq/403-cloudflare-blocked"),
    ("groq-404-model", "groq.NotFoundError: Error code: 404 - {'error': {'message': 'The model `llama3.1-405b` does "
        "not exist or you do not have access to it.', 'type': 'invalid_request_error', 'code': 'model_not_found'}}",
        "groq/404-model-not-found"),
    ("groq-400-decommissioned", '{"error":{"message":"The model `llama-3.2-11b-vision-preview` has been '
        "decommissioned and is no longer supported. Please refer to https://console.groq.com/docs/deprecations for "
        'a recommendation on which model to use instead.","type":"invalid_request_error","code":'
        '"model_decommissioned"}}', "groq/400-model-decommissioned"),
    ("groq-400-tool-use", "groq.BadRequestError: Error code: 400 - {'error': {'message': \"Failed to call a function. "
        "Please adjust your prompt. See 'failed_generation' for more details.\", 'type': 'invalid_request_error', "
        "'code': 'tool_use_failed'}}", "groq/400-tool-use-failed"),
    ("groq-413", "Error code: 413 - {'error': {'message': 'Request too large for model `llama-3.1-70b-versatile` in "
        "organization `org_01hw8f0aa0ekmrn70ffm2zkdv1` on tokens per minute (TPM): Limit 6000, Requested 14368, "
        "please reduce your message size and try again. Visit https://console.groq.com/docs/rate-limits for more "
        "information.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}", "groq/413-request-too-large"),
    ("groq-429-tpm", "groq.RateLimitError: Error code: 429 - {'error': {'message': 'Rate limit reached for model "
        "`llama3-70b-8192` in organization `org_01hrsvc1b8ey0anvbgha0xckf2` on tokens per minute (TPM): Limit 7000, "
        "Used 0, Requested ~12903. Please try again in 50.597142857s. Visit https://console.groq.com/docs/rate-limits "
        "for more information.', 'type': 'tokens', 'code': 'rate_limit_exceeded'}}", "groq/429-rate-limit"),
    ("groq-429-tpd", "429 Rate limit reached for model `llama-3.3-70b-versatile` in organization "
        "`org_01kjh7p9n8f1qs6nz2bz77vy6b` service tier `on_demand` on tokens per day (TPD): Limit 100000, Used 97050, "
        "Requested 3619. Please try again in 9m38.016s. Need more tokens? Upgrade to Dev Tier today at "
        "https://console.groq.com/settings/billing", "groq/429-tokens-per-day"),
    ("groq-498-flex", "groq.APIStatusError: Error code: 498 - {'error': {'message': '...', 'type': "
        "'invalid_request_error', 'code': 'capacity_exceeded'}}", "groq/498-flex-capacity-exceeded"),
    # xAI
    ("xai-400-key", '400 "Incorrect API key provided: gs***tF. You can obtain an API key from https://console.x.ai."',
        "xai/400-incorrect-api-key"),
    ("xai-403-new-team", '403 "Your newly created team doesn\'t have any credits or licenses yet. You can purchase '
        'those on https://console.x.ai/team/481c7584-ab46-4974-b86b-a4978384e229."', "xai/403-new-team-no-credits"),
    ("xai-403-subscription", 'Grok Responses API returned 403: {"code":"***","error":"You have run out of credits or '
        'need a Grok subscription. Add credits at https://grok.com/?_s=usage or upgrade at '
        'https://grok.com/supergrok."}', "xai/403-out-of-credits-subscription"),
    ("xai-429-credits", '429 "Your team 16f2151a-40f4-4a80-8ad0-cae00c27e8dd has either used all available credits '
        "or reached its monthly spending limit. To continue making API requests, please purchase more credits or "
        'raise your spending limit."', "xai/429-credits-or-spending-limit"),
    ("xai-429-tokens", '429 "Too many tokens for team e9fe19cb-de96-4c57-9ffb-2f1b9c631ce2 and model grok-4-0709. '
        "Your team's rate limit is — Tokens per Minute (actual/limit): 65605/16000. You can view your team rate "
        'limits at https://console.x.ai."', "xai/429-too-many-tokens"),
    ("xai-404-model", "Error code: 404 - {'code': 'Some requested entity was not found', 'error': \"The model "
        "grok-beta does not exist or your team bdc397fa-17fc-468e-9180-d0870ca1e10a does not have access to it. "
        "Please ensure you're using the correct API key. If you believe this is a mistake, please contact support "
        "and quote your team ID and the model name.\"}", "xai/404-model-not-found"),
    ("xai-404-route", "litellm.NotFoundError: NotFoundError: XaiException - Error code: 404 - {'code': 'Some requested "
        "entity was not found', 'error': 'No handler found on route. Please double check your URL and consult "
        "https://api.x.ai/docs for more information.'}", "xai/404-no-handler-route"),
    ("xai-400-argument", '{"code": "Client specified an invalid argument", "error": "The model expects a single '
        '`text` element per message."} (api.x.ai)', "xai/400-invalid-argument"),
    # Google Vertex AI
    ("vertex-401-api-key", "ERROR:agent:Error generating image 401 UNAUTHENTICATED. {'error': {'code': 401, "
        "'message': 'API keys are not supported by this API. Expected OAuth2 access token or other authentication "
        "credentials that assert a principal. See https://cloud.google.com/docs/authentication', 'status': "
        "'UNAUTHENTICATED', 'details': [{'@type': 'type.googleapis.com/google.rpc.ErrorInfo', 'reason': "
        "'CREDENTIALS_MISSING', 'domain': 'googleapis.com', 'metadata': {'service': 'aiplatform.googleapis.com'}}]}}",
        "vertex_ai/401-api-keys-not-supported"),
    ("vertex-sdk-no-adc", "google.auth.exceptions.DefaultCredentialsError: Your default credentials were not found. "
        "To set up Application Default Credentials, see https://cloud.google.com/docs/authentication/external/"
        "set-up-adc for more information.", "vertex_ai/401-default-credentials-not-found"),
    ("vertex-sdk-no-adc-node", "Error: Could not load the default credentials. Browse to "
        "https://cloud.google.com/docs/authentication/getting-started for more information.",
        "vertex_ai/401-default-credentials-not-found"),
    ("vertex-400-rapt", '400 - {"error":"invalid_grant","error_description":"reauth related error (invalid_rapt)",'
        '"error_uri":"https://support.google.com/a/answer/9368756","error_subtype":"invalid_rapt"}',
        "vertex_ai/400-reauth-invalid-rapt"),
    ("vertex-403-predict", "Error Code: 403, Message: Permission 'aiplatform.endpoints.predict' denied on resource "
        "'//aiplatform.googleapis.com/projects/help-my-setup/locations/us-east4/publishers/google/models/gemini-pro' "
        "(or it may not exist)., Status: PERMISSION_DENIED", "vertex_ai/403-predict-permission-denied"),
    ("vertex-403-scopes", "API Error: Request had insufficient authentication scopes. (Status: PERMISSION_DENIED) "
        "(Vertex AI)", "vertex_ai/403-insufficient-scopes"),
    ("vertex-403-disabled", "PermissionDenied: 403 Vertex AI API has not been used in project 720070608347 before or "
        "it is disabled. Enable it by visiting https://console.developers.google.com/apis/api/aiplatform.googleapis."
        "com/overview?project=720070608347 then retry. If you enabled this API recently, wait a few minutes for the "
        'action to propagate to our systems and retry. [reason: "SERVICE_DISABLED"]', "vertex_ai/403-api-not-enabled"),
    ("vertex-403-consumer", "PermissionDenied: 403 Permission denied on resource project My First Project. [reason: "
        '"CONSUMER_INVALID" domain: "googleapis.com" metadata { key: "service" value: "aiplatform.googleapis.com" }]',
        "vertex_ai/403-consumer-invalid"),
    ("vertex-404-model", "{'error': {'code': 404, 'message': 'Publisher Model `projects/740989871600/locations/"
        "us-central1/publishers/google/models/gemini-9` was not found or your project does not have access to it. "
        "Please ensure you are using a valid model version. For more information, see: "
        "https://cloud.google.com/vertex-ai/generative-ai/docs/learn/model-versions', 'status': 'NOT_FOUND'}}",
        "vertex_ai/404-publisher-model-not-found"),
    ("vertex-429", '[{ "error": { "code": 429, "message": "Resource exhausted. Please try again later. Please refer to '
        'https://cloud.google.com/vertex-ai/generative-ai/docs/error-code-429 for more details.", "status": '
        '"RESOURCE_EXHAUSTED" } } ]', "vertex_ai/429-resource-exhausted"),
    ("vertex-429-capacity", "com.google.api.gax.rpc.ResourceExhaustedException: io.grpc.StatusRuntimeException: "
        "RESOURCE_EXHAUSTED: Unable to submit request because the service is temporarily out of capacity. Try again "
        "later. (com.google.cloud.vertexai)", "vertex_ai/429-resource-exhausted"),
    ("vertex-429-quota", "google.api_core.exceptions.ResourceExhausted: 429 Quota exceeded for aiplatform.googleapis."
        "com/generate_content_requests_per_minute_per_project_per_base_model with base model: gemini-pro. Please "
        "submit a quota increase request. https://cloud.google.com/vertex-ai/docs/generative-ai/quotas-genai.",
        "vertex_ai/429-quota-exceeded-base-model"),
    # Added entries: message order (Mistral), JSON mode (Groq), prompt length and body shape (xAI)
    ("mistral-400-last-role", 'SDKError from Mistral: API error occurred: Status 400 {"object":"error","message":'
        '"Expected last role User or Tool (or Assistant with prefix True) for serving but got assistant","type":'
        '"invalid_request_error","param":null,"code":null}', "mistral/400-expected-last-role"),
    ("mistral-400-role-order", 'Error: API request failed with status 400. Body: {"object":"error","message":'
        '"Unexpected role \'user\' after role \'tool\'","type":"invalid_request_message_order","param":null,'
        '"code":"3230"} (mistral)', "mistral/400-unexpected-role-order"),
    ("groq-400-json", "groq.BadRequestError: Error code: 400 - {'error': {'message': \"Failed to generate JSON. "
        "Please adjust your prompt. See 'failed_generation' for more details.\", 'type': 'invalid_request_error', "
        "'code': 'json_validate_failed', 'failed_generation': ''}}", "groq/400-json-validate-failed"),
    ("xai-400-prompt-length", '400 "This model\'s maximum prompt length is 131072 but the request contains 136973 '
        'tokens." (xai grok-3)', "xai/400-max-prompt-length"),
    ("xai-422-deserialize", "xAI API HTTP Error: Status 422: Failed to deserialize the JSON body into the target "
        "type: input: data did not match any variant of untagged enum ModelInput at line 1 column 114032",
        "xai/422-json-body-deserialize"),
    ("vertex-400-tokens", "litellm.BadRequestError: VertexAIException BadRequestError - {\"error\": {\"code\": 400, "
        "\"message\": \"The input token count (1066750) exceeds the maximum number of tokens allowed (1048575).\", "
        "\"status\": \"INVALID_ARGUMENT\"}}", "vertex_ai/400-input-token-count"),
    ("bedrock-400-not-allowed", "ValueError: Error raised by bedrock service: An error occurred (ValidationException) "
        "when calling the InvokeModel operation: Operation not allowed", "aws_bedrock/400-operation-not-allowed"),
    ("bedrock-400-account", "An error occurred (ValidationException) when calling the InvokeModel operation: Your "
        "account is not authorized to invoke this API operation.", "aws_bedrock/400-account-not-authorized"),
    ("vertex-400-not-allowed", "Error 400 with provider vertex: [{'error': {'code': 400, 'message': 'Project "
        "`my-project` is not allowed to use Publisher Model `projects/my-project/locations/us-east5/publishers/"
        "anthropic/models/claude-3-sonnet@20240229`', 'status': 'FAILED_PRECONDITION'}}]",
        "vertex_ai/400-publisher-model-not-allowed"),
    ("xai-403-endpoint", 'Grok Responses API returned 403: {"code":"permission-denied","error":"Access to the chat '
        "endpoint is denied. Please ensure you're using the correct credentials. If you believe this is a mistake, "
        'please log into console.x.ai and update the permissions, or contact support."}',
        "xai/403-endpoint-access-denied"),
]
