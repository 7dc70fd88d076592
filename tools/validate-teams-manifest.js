#!/usr/bin/env node
"use strict";
// Validates a Teams app package offline:
//   node tools/validate-teams-manifest.js <manifest.json | folder with manifest.json | app package .zip>
// - the manifest against the official JSON schema of its manifestVersion, as bundled in the npm package
//   @microsoft/app-manifest (AppManifestUtils.validateAgainstSchema with the bundled schema passed in, so nothing is
//   fetched);
// - what the schema cannot see: unfilled ${{…}} placeholders, a semver version, and the icons (present, PNG,
//   color 192×192, outline 32×32 white on transparent), read from the PNG files themselves.
// Prints { file, manifestVersion, schema, valid, errors: [{ check, message }] } as JSON; exits 1 on any error.
const fs = require("node:fs");
const path = require("node:path");
const { AppManifestUtils } = require("@microsoft/app-manifest");
const { readInfo, decodeRgba } = require("./teams-app/png");
const { readZip } = require("./teams-app/zip");

const schemaRoot = path.join(path.dirname(require.resolve("@microsoft/app-manifest/package.json")), "build", "json-schemas", "teams");
const semver = /^(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)$/;
const iconRules = {
  color: { width: 192, height: 192 },
  outline: { width: 32, height: 32, whiteOnTransparent: true },
};

/** The official schema for a manifestVersion, as bundled with @microsoft/app-manifest, or null. */
function bundledSchema(manifestVersion) {
  const file = path.join(schemaRoot, `v${manifestVersion}`, "MicrosoftTeams.schema.json");
  if (typeof manifestVersion !== "string" || !/^\d+\.\d+$|^DevPreview$/.test(manifestVersion) || !fs.existsSync(file)) return null;
  return { file, schema: JSON.parse(fs.readFileSync(file, "utf8")) };
}

function checkIcon(kind, name, data) {
  const rule = iconRules[kind];
  const errors = [];
  let info;
  try {
    info = readInfo(data);
  } catch (error) {
    return [`icons.${kind} (${name}): ${error.message}`];
  }
  if (info.width !== rule.width || info.height !== rule.height) {
    errors.push(`icons.${kind} (${name}) is ${info.width}×${info.height}; Teams needs ${rule.width}×${rule.height}`);
  }
  if (rule.whiteOnTransparent) {
    if (!info.hasAlphaChannel) return [...errors, `icons.${kind} (${name}) has no transparency (${info.colorTypeName}); it must be white on transparent`];
    const { rgba } = decodeRgba(data);
    let transparent = 0;
    let notWhite = 0;
    for (let i = 0; i < rgba.length; i += 4) {
      if (rgba[i + 3] === 0) transparent++;
      else if (rgba[i] < 250 || rgba[i + 1] < 250 || rgba[i + 2] < 250) notWhite++;
    }
    if (transparent === 0) errors.push(`icons.${kind} (${name}) has no transparent pixel; its background must be transparent`);
    if (notWhite > 0) errors.push(`icons.${kind} (${name}) has ${notWhite} visible pixels that are not white`);
  }
  return errors;
}

/**
 * Validates a package given as its files: a function from a file name (as the manifest names it) to its bytes, or
 * null when missing. Resolves to { manifestVersion, schema, errors: [{ check, message }] }.
 */
async function validatePackage(readFile) {
  const errors = [];
  const add = (check, messages) => errors.push(...messages.map((message) => ({ check, message })));
  const raw = readFile("manifest.json");
  if (!raw) return { manifestVersion: null, schema: null, errors: [{ check: "package", message: "manifest.json is missing" }] };
  const text = raw.toString("utf8").replace(/^\uFEFF/, "");
  let manifest;
  try {
    manifest = JSON.parse(text);
  } catch (error) {
    return { manifestVersion: null, schema: null, errors: [{ check: "json", message: `manifest.json is not JSON: ${error.message}` }] };
  }

  const placeholders = [...new Set(text.match(/\$\{\{[^}]*\}\}/g) ?? [])];
  if (placeholders.length) add("placeholders", [`unfilled placeholders: ${placeholders.join(", ")}`]);

  const bundled = bundledSchema(manifest.manifestVersion);
  if (!bundled) {
    const versions = fs.readdirSync(schemaRoot).join(", ");
    add("schema", [`manifestVersion ${JSON.stringify(manifest.manifestVersion)} has no schema bundled in @microsoft/app-manifest (bundled: ${versions})`]);
  } else {
    const expected = `https://developer.microsoft.com/json-schemas/teams/v${manifest.manifestVersion}/MicrosoftTeams.schema.json`;
    const suffix = expected.slice("https://developer.microsoft.com/".length);
    if (manifest.$schema !== undefined && AppManifestUtils.getLocalSchemaSuffix(String(manifest.$schema)) !== suffix) {
      add("schema", [`$schema is ${JSON.stringify(manifest.$schema)}; for manifestVersion ${manifest.manifestVersion} it is ${expected}`]);
    }
    add("schema", await AppManifestUtils.validateAgainstSchema(manifest, bundled.schema));
  }

  if (typeof manifest.version === "string" && !semver.test(manifest.version)) {
    add("version", [`version ${JSON.stringify(manifest.version)} is not MAJOR.MINOR.PATCH`]);
  }

  for (const kind of Object.keys(iconRules)) {
    const name = manifest.icons?.[kind];
    if (typeof name !== "string") continue; // the schema reports it
    const data = readFile(name);
    add("icons", data ? checkIcon(kind, name, data) : [`icons.${kind}: ${name} is not in the package`]);
  }
  return { manifestVersion: manifest.manifestVersion ?? null, schema: bundled && path.relative(process.cwd(), bundled.file), errors };
}

/** A file reader over a manifest file, a folder holding manifest.json, or a .zip app package. */
function packageReader(target) {
  if (fs.statSync(target).isFile() && target.toLowerCase().endsWith(".zip")) {
    const entries = new Map(readZip(fs.readFileSync(target)).map((entry) => [entry.name, entry.data]));
    return (name) => entries.get(name) ?? null;
  }
  const folder = fs.statSync(target).isDirectory() ? target : path.dirname(target);
  const manifestFile = fs.statSync(target).isDirectory() ? path.join(target, "manifest.json") : target;
  return (name) => {
    const file = name === "manifest.json" ? manifestFile : path.join(folder, name);
    return fs.existsSync(file) ? fs.readFileSync(file) : null;
  };
}

async function main(argv) {
  if (argv.length !== 1) {
    console.error("usage: node tools/validate-teams-manifest.js <manifest.json | folder | app package .zip>");
    return 2;
  }
  const [target] = argv;
  let result;
  try {
    result = await validatePackage(packageReader(target));
  } catch (error) {
    result = { manifestVersion: null, schema: null, errors: [{ check: "package", message: error.message }] };
  }
  console.log(JSON.stringify({ file: target, ...result, valid: result.errors.length === 0 }, null, 2));
  return result.errors.length === 0 ? 0 : 1;
}

module.exports = { validatePackage, packageReader };

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
