// The app settings of the web app: every key of appsettings.sample.json in ASP.NET Core's environment form
// (Section__Key), with the production values; secrets as Key Vault references, never values.
// tests/BridgeBot.Deploy.Tests compiles this and checks it against appsettings.sample.json and the options classes.

param microsoftAppType string
param microsoftAppId string
param microsoftAppTenantId string
param vaultName string
param tableEndpoint string
param managedIdentityClientId string
param tableName string
param slackEnabled bool
param slackOAuth bool
param slackClientId string
param appInsightsConnectionString string
param publicBaseUrl string

var secretNames = {
  botPassword: 'MicrosoftAppPassword'
  slackSigningSecret: 'SlackSigningSecret'
  slackBotToken: 'SlackBotToken'
  slackClientSecret: 'SlackClientSecret'
  storageSecretsKey: 'StorageSecretsKey'
  webLinkSecret: 'WebLinkSecret'
}

func vaultReference(vault string, secret string) string => '@Microsoft.KeyVault(VaultName=${vault};SecretName=${secret})'

var bot = [
  { name: 'MicrosoftAppType', value: microsoftAppType }
  { name: 'MicrosoftAppId', value: microsoftAppId }
  { name: 'MicrosoftAppTenantId', value: microsoftAppTenantId }
  // A managed-identity bot has no password; a single-tenant bot reads its client secret from Key Vault.
  {
    name: 'MicrosoftAppPassword'
    value: microsoftAppType == 'SingleTenant' ? vaultReference(vaultName, secretNames.botPassword) : ''
  }
  { name: 'Teams__Authentication__BotConnectorMetadataUrl', value: 'https://login.botframework.com/v1/.well-known/openidconfiguration' }
  { name: 'Teams__Authentication__EntraMetadataUrl', value: '${environment().authentication.loginEndpoint}common/v2.0/.well-known/openid-configuration' }
  { name: 'Teams__Authentication__RequireHttpsMetadata', value: 'true' }
  { name: 'Teams__Authentication__SigningKeyRefreshInterval', value: '00:05:00' }
  { name: 'Teams__Connector__TokenScope', value: 'https://api.botframework.com/.default' }
  { name: 'Teams__Connector__MaxRetryAttempts', value: '4' }
  { name: 'Teams__Connector__RetryBaseDelay', value: '00:00:01' }
  { name: 'Teams__Connector__MaxRetryDelay', value: '00:00:30' }
  { name: 'Teams__Connector__MaxRetryAfter', value: '00:01:00' }
]

// Empty values leave Slack off (its endpoints are not mapped without a signing secret).
var slack = [
  { name: 'Slack__SigningSecret', value: slackEnabled ? vaultReference(vaultName, secretNames.slackSigningSecret) : '' }
  { name: 'Slack__BotToken', value: slackEnabled && !slackOAuth ? vaultReference(vaultName, secretNames.slackBotToken) : '' }
  { name: 'Slack__ClientId', value: slackEnabled && slackOAuth ? slackClientId : '' }
  { name: 'Slack__ClientSecret', value: slackEnabled && slackOAuth ? vaultReference(vaultName, secretNames.slackClientSecret) : '' }
  { name: 'Slack__ApiBaseUrl', value: 'https://slack.com/api/' }
  { name: 'Slack__RedirectUri', value: '' }
  { name: 'Slack__MaxRetryAttempts', value: '3' }
  { name: 'Slack__RetryBaseDelay', value: '00:00:01' }
  { name: 'Slack__MaxRetryAfter', value: '00:00:30' }
  { name: 'Slack__QueueCapacity', value: '1000' }
  { name: 'Slack__Workers', value: '4' }
  { name: 'Slack__SubmissionBudget', value: '00:00:02.500' }
]

// Managed identity to the table endpoint: the account allows no shared keys, so no connection string.
var storage = [
  { name: 'Storage__TableEndpoint', value: tableEndpoint }
  { name: 'Storage__ManagedIdentityClientId', value: managedIdentityClientId }
  // Seals the workspaces' bot tokens in the table (32 random bytes, base64).
  { name: 'Storage__SecretsKey', value: vaultReference(vaultName, secretNames.storageSecretsKey) }
  { name: 'Storage__TableName', value: tableName }
  { name: 'Storage__Retry__MaxRetries', value: '3' }
  { name: 'Storage__Retry__Delay', value: '00:00:00.800' }
  { name: 'Storage__Retry__MaxDelay', value: '00:00:30' }
  { name: 'Storage__Retry__AttemptTimeout', value: '00:00:10' }
]

var digests = [
  { name: 'Digests__Enabled', value: 'true' }
  { name: 'Digests__TickInterval', value: '00:00:30' }
  { name: 'Digests__MaxDuePerTick', value: '100' }
  { name: 'Digests__RetryDelay', value: '00:05:00' }
  { name: 'Digests__WatchdogDelay', value: '00:10:00' }
  { name: 'Digests__PostTimeout', value: '00:02:00' }
]

var retrospectives = [
  { name: 'Retrospectives__Enabled', value: 'true' }
  { name: 'Retrospectives__DelayDays', value: '14' }
  { name: 'Retrospectives__TickInterval', value: '00:05:00' }
  { name: 'Retrospectives__RetryDelay', value: '00:30:00' }
  { name: 'Retrospectives__MaxAttempts', value: '5' }
]

// The decision-log page: links start with the app's own address and are signed with a key from Key Vault.
var web = [
  { name: 'Web__PublicBaseUrl', value: publicBaseUrl }
  { name: 'Web__LinkSecret', value: vaultReference(vaultName, secretNames.webLinkSecret) }
  { name: 'Web__LinkLifetime', value: '00:15:00' }
]

// Read by the platform, not by BridgeBot's options: the environment, and App Service's Application Insights agent.
// Log levels come from the appsettings.json shipped with the app.
var platform = [
  { name: 'ASPNETCORE_ENVIRONMENT', value: 'Production' }
  { name: 'APPLICATIONINSIGHTS_CONNECTION_STRING', value: appInsightsConnectionString }
  { name: 'ApplicationInsightsAgent_EXTENSION_VERSION', value: '~3' }
]

output appSettings array = concat(bot, slack, storage, web, digests, retrospectives, platform)

output secretNames object = secretNames
