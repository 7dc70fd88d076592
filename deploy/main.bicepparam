using './main.bicep'

// Every value of main.bicep, explained. Copy this file, change what you need, and pass it with -p.

// Short lowercase prefix of every resource name (3-11 letters or digits). Names get a suffix derived from the
// resource group, so two deployments in different groups do not collide.
param namePrefix = 'bridgebot'

// Region of every resource; the default is the resource group's.
param location = 'westeurope'

// App Service plan size. B1 runs a team's BridgeBot; P0v3 adds deployment slots and more headroom.
param appServiceSku = 'B1'

// UserAssignedMSI: the managed identity created here is the bot (no secret anywhere). New bots cannot be multi-tenant.
// SingleTenant: an Entra app registration you created; put its client secret in Key Vault as "MicrosoftAppPassword".
param botAppType = 'UserAssignedMSI'

// Only for SingleTenant: the registration's application (client) id. Leave empty for UserAssignedMSI.
param botAppId = ''

// botTenantId is not set here: it defaults to the tenant you deploy into, which is where the bot's identity and your
// Teams users live. Set it (param botTenantId = '<tenant id>') only if the bot must belong to another tenant.

// Azure Bot tier: F0 is free and covers the Teams channel.
param botSku = 'F0'

// Connect Slack too: the app then reads "SlackSigningSecret" (and the token below) from Key Vault.
param slackEnabled = false

// false: one Slack workspace, with its bot token in Key Vault as "SlackBotToken".
// true: any workspace installs through /api/slack/install; "SlackClientSecret" in Key Vault and the client id below.
param slackOAuth = false

// The Slack app's client id (from its Basic Information page), for slackOAuth = true.
param slackClientId = ''

// The table that holds every workspace's decision log. Created on first use.
param tableName = 'BridgeBot'
