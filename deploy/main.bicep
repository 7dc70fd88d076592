// BridgeBot in one resource group: storage (tables, no shared keys), a Linux App Service running the host on .NET 10,
// a user-assigned managed identity that reads and writes the tables, reads the secrets and is the bot's identity,
// an Azure Bot with the Microsoft Teams channel, Application Insights, and a Key Vault for the secrets.
// Secrets never appear here: the app reads them through Key Vault references; set them with `az keyvault secret set`.

@description('Short lowercase prefix for every resource name, e.g. "bridgebot". 3-11 letters or digits.')
@minLength(3)
@maxLength(11)
param namePrefix string

@description('Region for every resource.')
param location string = resourceGroup().location

@description('App Service plan SKU. B1 is enough for a team; P0v3 for production with slots.')
param appServiceSku string = 'B1'

@description('How the bot authenticates: UserAssignedMSI (the managed identity below is the bot; no secret) or SingleTenant (an Entra app registration with a client secret in Key Vault).')
@allowed([
  'UserAssignedMSI'
  'SingleTenant'
])
param botAppType string = 'UserAssignedMSI'

@description('For SingleTenant only: the Entra app (client) id of the bot registration. Ignored for UserAssignedMSI.')
param botAppId string = ''

@description('The Entra tenant of the bot (and of the Teams users).')
param botTenantId string = tenant().tenantId

@description('Azure Bot pricing tier: F0 (free, standard channels) or S1.')
@allowed([
  'F0'
  'S1'
])
param botSku string = 'F0'

@description('Whether the Slack app is connected: its signing secret and token(s) are then read from Key Vault.')
param slackEnabled bool = false

@description('Slack multi-workspace install (OAuth client id and secret) instead of a single-workspace bot token.')
param slackOAuth bool = false

@description('The Slack app\'s client id (multi-workspace install only; not a secret).')
param slackClientId string = ''

@description('The table that holds every workspace\'s partition.')
param tableName string = 'BridgeBot'

var suffix = uniqueString(resourceGroup().id)
var names = {
  identity: '${namePrefix}-id'
  storage: toLower('${namePrefix}${take(suffix, 10)}')
  plan: '${namePrefix}-plan'
  app: '${namePrefix}-${take(suffix, 6)}'
  bot: '${namePrefix}-bot-${take(suffix, 6)}'
  vault: '${namePrefix}-kv-${take(suffix, 6)}'
  logs: '${namePrefix}-logs'
  insights: '${namePrefix}-ai'
}

// Built-in role definitions (ids are the same in every tenant).
var storageTableDataContributor = '0a9a7e1f-b9d0-4cc4-a60d-0319b160aaa3'
var keyVaultSecretsUser = '4633458b-17de-408a-b874-0445c86b69e6'

resource identity 'Microsoft.ManagedIdentity/userAssignedIdentities@2023-01-31' = {
  name: names.identity
  location: location
}

resource logs 'Microsoft.OperationalInsights/workspaces@2023-09-01' = {
  name: names.logs
  location: location
  properties: {
    sku: {
      name: 'PerGB2018'
    }
    retentionInDays: 30
  }
}

resource insights 'Microsoft.Insights/components@2020-02-02' = {
  name: names.insights
  location: location
  kind: 'web'
  properties: {
    Application_Type: 'web'
    WorkspaceResourceId: logs.id
  }
}

resource storage 'Microsoft.Storage/storageAccounts@2023-05-01' = {
  name: names.storage
  location: location
  kind: 'StorageV2'
  sku: {
    name: 'Standard_LRS'
  }
  properties: {
    // Only Entra ID (the managed identity) may reach the data: no account keys, no SAS.
    allowSharedKeyAccess: false
    allowBlobPublicAccess: false
    minimumTlsVersion: 'TLS1_2'
    supportsHttpsTrafficOnly: true
  }
}

resource tableAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(storage.id, identity.id, storageTableDataContributor)
  scope: storage
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', storageTableDataContributor)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource vault 'Microsoft.KeyVault/vaults@2023-07-01' = {
  name: names.vault
  location: location
  properties: {
    tenantId: tenant().tenantId
    sku: {
      family: 'A'
      name: 'standard'
    }
    enableRbacAuthorization: true
    enableSoftDelete: true
    softDeleteRetentionInDays: 30
  }
}

resource secretsAccess 'Microsoft.Authorization/roleAssignments@2022-04-01' = {
  name: guid(vault.id, identity.id, keyVaultSecretsUser)
  scope: vault
  properties: {
    roleDefinitionId: subscriptionResourceId('Microsoft.Authorization/roleDefinitions', keyVaultSecretsUser)
    principalId: identity.properties.principalId
    principalType: 'ServicePrincipal'
  }
}

resource plan 'Microsoft.Web/serverfarms@2023-12-01' = {
  name: names.plan
  location: location
  kind: 'linux'
  sku: {
    name: appServiceSku
  }
  properties: {
    reserved: true
  }
}

// The bot's app id: the managed identity's client id, or the registration's for SingleTenant.
var microsoftAppId = botAppType == 'UserAssignedMSI' ? identity.properties.clientId : botAppId

module settings 'app-settings.bicep' = {
  name: 'app-settings'
  params: {
    microsoftAppType: botAppType
    microsoftAppId: microsoftAppId
    microsoftAppTenantId: botTenantId
    vaultName: vault.name
    tableEndpoint: storage.properties.primaryEndpoints.table
    managedIdentityClientId: identity.properties.clientId
    tableName: tableName
    slackEnabled: slackEnabled
    slackOAuth: slackOAuth
    slackClientId: slackClientId
    appInsightsConnectionString: insights.properties.ConnectionString
    // The app's address is known before the app exists: its name under App Service's domain.
    publicBaseUrl: 'https://${names.app}.azurewebsites.net/'
  }
}

resource app 'Microsoft.Web/sites@2023-12-01' = {
  name: names.app
  location: location
  kind: 'app,linux'
  identity: {
    type: 'UserAssigned'
    userAssignedIdentities: {
      '${identity.id}': {}
    }
  }
  properties: {
    serverFarmId: plan.id
    httpsOnly: true
    // Key Vault references resolve with the user-assigned identity, which holds "Key Vault Secrets User".
    keyVaultReferenceIdentity: identity.id
    siteConfig: {
      linuxFxVersion: 'DOTNETCORE|10.0'
      alwaysOn: appServiceSku != 'F1'
      healthCheckPath: '/healthz'
      http20Enabled: true
      minTlsVersion: '1.2'
      ftpsState: 'Disabled'
      appSettings: settings.outputs.appSettings
    }
  }
  dependsOn: [
    tableAccess
    secretsAccess
  ]
}

resource bot 'Microsoft.BotService/botServices@2022-09-15' = {
  name: names.bot
  location: 'global'
  kind: 'azurebot'
  sku: {
    name: botSku
  }
  properties: {
    displayName: 'BridgeBot'
    endpoint: 'https://${app.properties.defaultHostName}/api/messages'
    msaAppId: microsoftAppId
    msaAppType: botAppType
    msaAppTenantId: botTenantId
    msaAppMSIResourceId: botAppType == 'UserAssignedMSI' ? identity.id : null
  }
}

resource teams 'Microsoft.BotService/botServices/channels@2022-09-15' = {
  parent: bot
  name: 'MsTeamsChannel'
  location: 'global'
  properties: {
    channelName: 'MsTeamsChannel'
    properties: {
      isEnabled: true
    }
  }
}

@description('The messaging endpoint registered with the Azure Bot.')
output messagingEndpoint string = 'https://${app.properties.defaultHostName}/api/messages'

@description('The app\'s base URL: check /healthz and /readyz.')
output appUrl string = 'https://${app.properties.defaultHostName}'

@description('The bot\'s app id, for scripts/package-teams-app.sh.')
output microsoftAppId string = microsoftAppId

@description('The Key Vault that holds the secrets the app reads.')
output keyVaultName string = vault.name

@description('The name of the web app, for az webapp deploy.')
output webAppName string = app.name

@description('The Key Vault secrets the app reads (set the ones your choices need).')
output secretNames object = settings.outputs.secretNames
