#!/usr/bin/env node
// Validates Adaptive Card JSON files with Microsoft's own renderer library (npm `adaptivecards`, the one the
// card designer uses), the way Teams will read them: schema version 1.5 at most, Universal Actions allowed.
//
//   node tools/validate-adaptive-cards.js card.json [more.json …]
//
// Prints one JSON report on stdout: [{ file, errors: [...], warnings: [...] }], each problem as
// { check, event, message, where }. Exit code 0 = no error and no warning, 1 = problems, 2 = cannot run.
//
// Three checks, none of them needs a DOM (the library only touches `document` when rendering):
//   parse       events the library logs while parsing with target version 1.5 (unknown element or action
//               types, values or properties newer than 1.5, a refresh action that is not Action.Execute, …);
//   validate    AdaptiveCard.validateProperties() (a card version above 1.5, required inputs without label or
//               error message, duplicate ids, too many actions for the host, empty choice sets, …);
//   roundtrip   properties the library dropped when writing the card back: a misspelt or unknown property
//               is silently ignored by every renderer, so it is reported here. Teams' own extension
//               `msteams` on the card is expected and allowed.
'use strict';

const fs = require('fs');
const path = require('path');

const libraryPath = path.join(__dirname, '..', 'node_modules', 'adaptivecards', 'dist', 'adaptivecards.js');
if (!fs.existsSync(libraryPath)) {
  console.error(`validate-adaptive-cards: ${libraryPath} is missing; run "npm ci" in the repository root.`);
  process.exit(2);
}
const AC = require(libraryPath);

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node tools/validate-adaptive-cards.js card.json [more.json …]');
  process.exit(2);
}

// Teams renders schema 1.5 at most: anything newer must show up as a problem, not pass silently.
const teamsVersion = new AC.Version(1, 5);

// The library's default host config is kept on purpose: it is interactive, knows Action.Execute and
// `refresh` (schema 1.4), and allows 5 actions per action set, which BridgeBot's cards stay within.
// Properties Teams defines on top of the schema; the library does not know them.
const teamsExtensions = new Set(['msteams']);

const warningEvents = new Set([
  AC.ValidationEvent.Hint,
  AC.ValidationEvent.Deprecated,
  AC.ValidationEvent.RequiredInputsShouldHaveLabel,
  AC.ValidationEvent.RequiredInputsShouldHaveErrorMessage,
]);

function describe(source) {
  if (!source || typeof source.getJsonTypeName !== 'function') {
    return undefined;
  }
  const id = source.id ? `#${source.id}` : '';
  return source.getJsonTypeName() + id;
}

function problem(check, event) {
  return {
    check,
    event: AC.ValidationEvent[event.event] ?? String(event.event),
    message: event.message,
    where: describe(event.source),
  };
}

// Every key of `original` that `written` lacks, with its path; arrays are compared item by item.
function dropped(original, written, at, out) {
  if (Array.isArray(original)) {
    original.forEach((item, index) => dropped(item, Array.isArray(written) ? written[index] : undefined, `${at}[${index}]`, out));
    return out;
  }
  if (original === null || typeof original !== 'object') {
    return out;
  }
  for (const key of Object.keys(original)) {
    const here = `${at}.${key}`;
    if (at === '$' && teamsExtensions.has(key)) {
      continue;
    }
    if (written === null || typeof written !== 'object' || !(key in written)) {
      out.push({ check: 'roundtrip', event: 'DroppedProperty', message: `The library does not know "${key}" here and dropped it.`, where: here });
      continue;
    }
    dropped(original[key], written[key], here, out);
  }
  return out;
}

function validate(file) {
  const report = { file, errors: [], warnings: [] };
  const add = (entry, isWarning) => (isWarning ? report.warnings : report.errors).push(entry);

  let json;
  try {
    json = JSON.parse(fs.readFileSync(file, 'utf8'));
  } catch (error) {
    add({ check: 'json', event: 'InvalidJson', message: error.message }, false);
    return report;
  }

  const card = new AC.AdaptiveCard();
  card.maxVersion = teamsVersion;
  const context = new AC.SerializationContext(teamsVersion);
  card.parse(json, context);
  for (let index = 0; index < context.eventCount; index++) {
    const event = context.getEventAt(index);
    add(problem('parse', event), warningEvents.has(event.event));
  }

  for (const event of card.validateProperties().validationEvents) {
    add(problem('validate', event), warningEvents.has(event.event));
  }

  const written = card.toJSON(new AC.SerializationContext(teamsVersion));
  for (const entry of dropped(json, written, '$', [])) {
    add(entry, true);
  }
  return report;
}

const reports = files.map(validate);
console.log(JSON.stringify(reports, null, 2));
process.exit(reports.some((report) => report.errors.length > 0 || report.warnings.length > 0) ? 1 : 0);
