"use strict";
// Builds the Teams app package: fills manifest/teams/manifest.template.json, validates it (tools/validate-teams-
// manifest.js) and zips manifest.json with the two icons. scripts/package-teams-app.sh calls it; `--help` says how.
const crypto = require("node:crypto");
const fs = require("node:fs");
const path = require("node:path");
const { createZip } = require("./zip");
const { validatePackage } = require("../validate-teams-manifest");

const repoRoot = path.resolve(__dirname, "..", "..");
const teamsDir = path.join(repoRoot, "manifest", "teams");
const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const domain = /^([a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}(:\d{1,5})?$/i;
// Namespace for the default Teams app id: a UUIDv5 of the bot id, so one bot always gets the same app id.
const appIdNamespace = "6f1e7c52-3d0b-4c47-9a55-0d6b2f3e9c10";

const usage = `usage: scripts/package-teams-app.sh [<MicrosoftAppId>] --domain HOST [options]

  <MicrosoftAppId>, --bot-id      the bot's Microsoft App ID (a GUID); default: $MicrosoftAppId
  --app-id GUID                   the Teams app id; default: $TEAMS_APP_ID, else derived from the bot id (UUIDv5)
  --domain HOST                   the host BridgeBot is reached at (e.g. bridgebot.example.com, the host of
                                  Web:PublicBaseUrl): the personal tab's page, its SSO resource
                                  api://HOST/<MicrosoftAppId> and validDomains; required; default: $BOT_DOMAIN
  --app-version X.Y.Z             the app version (raise it to update an installed app); default: $APP_VERSION or 1.0.0
  --website-url, --privacy-url, --terms-url URL
                                  developer links; default: $DEVELOPER_WEBSITE_URL, $PRIVACY_URL, $TERMS_OF_USE_URL,
                                  else https://<domain>/, /privacy, /terms
  --out FILE                      the package; default: manifest/teams/build/bridgebot-teams.zip
                                  (manifest.json is written next to it)`;

function parseArguments(argv, env) {
  const options = {};
  const names = {
    "--bot-id": "botId", "--app-id": "appId", "--domain": "domain", "--app-version": "appVersion",
    "--website-url": "websiteUrl", "--privacy-url": "privacyUrl", "--terms-url": "termsUrl", "--out": "out",
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--help" || arg === "-h") return { help: true };
    if (names[arg]) {
      if (i + 1 >= argv.length) throw new Error(`${arg} needs a value`);
      options[names[arg]] = argv[++i];
    } else if (!arg.startsWith("-") && options.botId === undefined) {
      options.botId = arg;
    } else {
      throw new Error(`unknown argument ${arg}`);
    }
  }
  const botId = options.botId ?? env.MicrosoftAppId;
  if (!botId) throw new Error("no bot id: give the bot's MicrosoftAppId as the first argument, --bot-id or $MicrosoftAppId");
  if (!guid.test(botId)) throw new Error(`the bot id ${JSON.stringify(botId)} is not a GUID (MicrosoftAppId looks like 00000000-0000-0000-0000-000000000000)`);
  const appId = options.appId ?? env.TEAMS_APP_ID ?? uuidV5(appIdNamespace, botId.toLowerCase());
  if (!guid.test(appId)) throw new Error(`the Teams app id ${JSON.stringify(appId)} is not a GUID`);
  const host = options.domain ?? env.BOT_DOMAIN ?? "";
  if (!host) throw new Error("no domain: give the host BridgeBot is reached at with --domain or $BOT_DOMAIN (the personal tab and its sign-in need it)");
  if (!domain.test(host)) throw new Error(`the domain ${JSON.stringify(host)} is not a host name (no scheme, no path, no wildcard)`);
  const site = `https://${host}`;
  return {
    botId: botId.toLowerCase(),
    appId: appId.toLowerCase(),
    values: {
      BOT_DOMAIN: host,
      APP_VERSION: options.appVersion ?? env.APP_VERSION ?? "1.0.0",
      DEVELOPER_WEBSITE_URL: options.websiteUrl ?? env.DEVELOPER_WEBSITE_URL ?? `${site}/`,
      PRIVACY_URL: options.privacyUrl ?? env.PRIVACY_URL ?? `${site}/privacy`,
      TERMS_OF_USE_URL: options.termsUrl ?? env.TERMS_OF_USE_URL ?? `${site}/terms`,
    },
    out: path.resolve(options.out ?? path.join(teamsDir, "build", "bridgebot-teams.zip")),
  };
}

/** A name-based UUID (RFC 9562 version 5, SHA-1). */
function uuidV5(namespace, name) {
  const hash = crypto.createHash("sha1").update(Buffer.from(namespace.replace(/-/g, ""), "hex")).update(name, "utf8").digest();
  hash[6] = (hash[6] & 0x0f) | 0x50;
  hash[8] = (hash[8] & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The template with every ${{NAME}} replaced (JSON-escaped); an unknown name is an error. */
function fillTemplate(template, values) {
  const text = template.replace(/\$\{\{(\w+)\}\}/g, (placeholder, name) => {
    if (!(name in values)) throw new Error(`the template uses ${placeholder}, which the packaging script does not fill`);
    return JSON.stringify(String(values[name])).slice(1, -1);
  });
  return JSON.parse(text);
}

async function main(argv) {
  const options = parseArguments(argv, process.env);
  if (options.help) {
    console.log(usage);
    return 0;
  }
  const template = fs.readFileSync(path.join(teamsDir, "manifest.template.json"), "utf8");
  const manifest = fillTemplate(template, { ...options.values, TEAMS_APP_ID: options.appId, BOT_ID: options.botId });

  const files = new Map([["manifest.json", Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, "utf8")]]);
  for (const icon of [manifest.icons.color, manifest.icons.outline]) files.set(icon, fs.readFileSync(path.join(teamsDir, icon)));
  const { errors } = await validatePackage((name) => files.get(name) ?? null);
  if (errors.length) {
    console.error(JSON.stringify({ valid: false, errors }, null, 2));
    throw new Error("the filled manifest is not valid; nothing was written");
  }

  fs.mkdirSync(path.dirname(options.out), { recursive: true });
  fs.writeFileSync(path.join(path.dirname(options.out), "manifest.json"), files.get("manifest.json"));
  fs.writeFileSync(options.out, createZip([...files].map(([name, data]) => ({ name, data }))));
  console.log(`Teams app package: ${path.relative(process.cwd(), options.out)}`);
  console.log(`  Teams app id ${options.appId}, bot ${options.botId}, version ${manifest.version}, manifest v${manifest.manifestVersion}`);
  console.log("  Upload it in Teams: Apps > Manage your apps > Upload an app (or the Teams admin center).");
  return 0;
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    console.error(`error: ${error.message}`);
    process.exitCode = 1;
  },
);
