"use strict";
// End-to-end: two managers decide a release conflict with BridgeBot through Microsoft's Agents Playground (the Teams
// client emulator), driven in headless Chromium. BridgeBot must already run (authentication off) at botEndpoint.
//
//   node tools/playground/e2e-decision.js <botEndpoint> [deadline YYYY-MM-DD] [newDate YYYY-MM-DD] [artifactsDir]
//
// deadline defaults to 30 days after today (UTC), newDate to 28 days after the deadline, artifactsDir to
// artifacts/e2e. The steps (a user switch restarts the playground with another config on the same port, so the
// activities' serviceUrl stays the same, as in Teams; chats and channel start empty after each switch):
//   Ana  — in the channel "Release Planning": @BridgeBot open, fills the form, then writes her reasoning on the card;
//   Ben  — in his personal chat: reason <id>, fills the form;
//   Ana  — in her personal chat: propose <id>, moves the date to newDate with a rationale;
//   Ben  — in his personal chat: show <id>, clicks "Approve #1": the card shows the decision;
//          in the channel: @BridgeBot show <id>: the shared card shows the decision.
// Progress goes to stderr; the last line on stdout is a JSON summary (also written to <artifactsDir>/summary.json):
//   { ok, conflictId, deadline, newDate, steps: [{ name, ok, ms, error? }], screenshots: [...], playgroundLogs: [...] }
// Exits 0 when every step passed, 1 otherwise (with a failure screenshot), 2 on bad arguments, 3 when the npm packages
// or Chromium are missing (the message says what to run).
const fs = require("node:fs");
const path = require("node:path");
const driver = require("./driver");

const botName = "BridgeBot"; // bot.name in the playground configs
const channel = "Release Planning";
const release = "Checkout 2.4";
const scope = "SSO, audit export";
const stepTimeoutMs = 20_000;

/** Texts the client or the bot shows when something went wrong; none of them may appear during the flow. */
const problemTexts = [
  "Unable to reach app",
  "storage is not answering",
  "does not know this button",
  "is not a date",
  "I have no answer to show",
  "Something went wrong",
];

const dayMs = 24 * 60 * 60 * 1000;

/** A YYYY-MM-DD date `days` after `from` (a YYYY-MM-DD date; default today in UTC, the bot's calendar). */
function addDays(days, from) {
  const start = from ? Date.parse(`${from}T00:00:00Z`) : Date.now();
  return new Date(start + days * dayMs).toISOString().slice(0, 10);
}

function parseArguments(argv) {
  const [botEndpoint, deadline = addDays(30), newDate = addDays(28, deadline), artifacts = "artifacts/e2e"] = argv;
  const usage = "usage: node tools/playground/e2e-decision.js <botEndpoint> [deadline YYYY-MM-DD] [newDate YYYY-MM-DD] [artifactsDir]";
  if (!botEndpoint || !/^https?:\/\//.test(botEndpoint)) throw new Error(`No bot endpoint.\n${usage}`);
  for (const date of [deadline, newDate]) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || Number.isNaN(Date.parse(date))) throw new Error(`Not a date: ${date}\n${usage}`);
  }
  if (deadline < addDays(1)) throw new Error(`The deadline ${deadline} is not in the future.`);
  if (newDate <= deadline) throw new Error(`The new date ${newDate} must come after the deadline ${deadline}.`);
  return { botEndpoint, deadline, newDate, artifactsDir: path.resolve(driver.repoRoot, artifacts) };
}

function log(line) {
  process.stderr.write(`${line}\n`);
}

/** An error's message without the terminal colour codes Playwright puts in its call logs. */
function plain(error) {
  return String(error?.message ?? error).replace(/\u001b\[[0-9;]*m/g, "");
}

/** Fails unless something answers HTTP at the bot endpoint (any status: a GET to /api/messages is not a POST). */
async function expectBotAnswers(botEndpoint) {
  try {
    await fetch(botEndpoint, { method: "GET", signal: AbortSignal.timeout(5_000) });
  } catch (error) {
    throw new Error(`BridgeBot does not answer at ${botEndpoint}: ${plain(error.cause ?? error)}`);
  }
}

/** Fails when the page shows any of problemTexts (an error card, the client's "unable to reach app", …). */
async function expectNoProblem(page) {
  for (const text of problemTexts) {
    if ((await page.getByText(text).count()) > 0) throw new Error(`The client shows a problem: "${text}".`);
  }
}

/** Fills the reasoning inputs of a card (the conflict card's "Write your reasoning" or a reasoning request). */
async function fillReasoning(card, reasoning) {
  await driver.fillInput(card, "If we hold the date and ship without the scope at risk, what do customers lose?", reasoning.holds);
  await driver.fillInput(card, "If we move the date, what do customers lose?", reasoning.moves);
  await driver.fillInput(card, "Which customers are affected?", reasoning.affected);
  await driver.chooseOption(card, "How badly are they hurt?", reasoning.severity);
  await driver.chooseOption(card, "Which option do you prefer?", reasoning.prefer);
  await driver.clickButton(card, "Submit reasoning");
}

/** The conflict id a conflict card shows ("R-1 · release conflict"). */
async function conflictIdOf(card) {
  const text = await card.innerText();
  const match = /\b(R-\d+) · release conflict/.exec(text);
  if (!match) throw new Error(`The card names no conflict id:\n${text}`);
  return match[1];
}

async function main() {
  const options = parseArguments(process.argv.slice(2));
  const missing = driver.missingPrerequisites();
  if (missing.length > 0) {
    log(`Cannot run the end-to-end test:\n- ${missing.join("\n- ")}`);
    return 3;
  }
  const { botEndpoint, deadline, newDate, artifactsDir } = options;
  fs.mkdirSync(artifactsDir, { recursive: true });
  const summary = { ok: false, conflictId: null, deadline, newDate, steps: [], screenshots: [], playgroundLogs: [] };
  let browser;
  let playground;
  let port;
  let page;

  /** Runs one named step, timing it and recording the outcome; a failing step ends the run. */
  const step = async (name, action) => {
    const started = Date.now();
    try {
      await action();
      await expectNoProblem(page);
      summary.steps.push({ name, ok: true, ms: Date.now() - started });
      log(`ok: ${name} (${Date.now() - started} ms)`);
    } catch (error) {
      summary.steps.push({ name, ok: false, ms: Date.now() - started, error: plain(error) });
      log(`FAILED: ${name}: ${plain(error)}`);
      throw error;
    }
  };
  const shoot = async (name, element) => {
    const file = await driver.screenshot(page, name, { dir: artifactsDir, element });
    summary.screenshots.push(file);
    return file;
  };
  /** (Re)starts the playground signed in as `user`, on the port of the previous session, and loads it. */
  const signIn = async (user, name) => {
    if (playground) await playground.stop();
    playground = await driver.startPlayground({ botEndpoint, user, port });
    port = playground.port;
    summary.playgroundLogs.push(playground.logFile);
    log(`playground as ${name} on ${playground.url} (pid ${playground.pid}, log ${playground.logFile})`);
    page = await driver.openPlayground(browser, playground);
    await driver.expectSignedIn(page, name);
  };

  try {
    await expectBotAnswers(botEndpoint);
    browser = await driver.launchBrowser();
    browser.context.setDefaultTimeout(stepTimeoutMs);
    let id;

    await step("Ana opens a conflict in the channel with the open form", async () => {
      await signIn("ana", "Ana Product");
      await driver.openChannel(page, channel);
      await driver.mentionBot(page, botName, "open");
      // (The welcome card, which lists the commands, also says "Open a release conflict"; this text is the form's own.)
      const form = await driver.waitForCard(page, "Both managers are then asked, privately");
      await driver.fillInput(form, "Release", release);
      await driver.fillInput(form, "Deadline at risk", deadline);
      await driver.fillInput(form, "Scope at risk, separated by commas", scope);
      await driver.chooseOption(form, "Product manager (the what and why)", "Ana Product");
      await driver.chooseOption(form, "Project manager (the when and how)", "Ben Project");
      await driver.clickButton(form, "Open conflict");
      // The form becomes the conflict's card: first the channel's shared view (the bot updates every copy), then the
      // answer to Ana's click, her own view with her reasoning form.
      const card = await driver.waitForCard(page, "Awaiting reasoning");
      await card.getByRole("button", { name: "Write your reasoning", exact: true }).waitFor();
      await card.getByText(`Deadline ${deadline}`).first().waitFor();
      id = await conflictIdOf(card);
      summary.conflictId = id;
    });

    await step(`Ana writes her reasoning on the card of ${id}`, async () => {
      const card = await driver.waitForCard(page, "Awaiting reasoning");
      await driver.clickButton(card, "Write your reasoning");
      await fillReasoning(card, {
        holds: "12 enterprise trials stall without SSO; two will not sign without it.",
        moves: "Shoppers wait a month longer for the faster checkout.",
        affected: "Enterprise trials (12 accounts) and their admins",
        severity: "High: customers lose something they count on",
        prefer: "Move the date",
      });
      await driver.waitForCard(page, "Waiting for customer-impact reasoning from Ben Project.");
      await shoot("1-ana-reasoned-channel");
    });

    await step(`Ben writes his reasoning from his personal chat (reason ${id})`, async () => {
      await signIn("ben", "Ben Project");
      await driver.openPersonalChat(page);
      await driver.sendText(page, `reason ${id}`);
      const form = await driver.waitForCard(page, "Your customer-impact reasoning, please");
      await fillReasoning(form, {
        holds: "Nobody asked for audit export before Q1; SSO is what trials wait for.",
        moves: "Moving costs three people a month and collides with the payments freeze.",
        affected: "Existing checkout customers",
        severity: "Medium: noticeable, some customers complain",
        prefer: "Hold the date, cut scope",
      });
      await driver.waitForCard(page, "Both reasonings are in.");
      await shoot("2-ben-reasoned-personal");
    });

    await step(`Ana proposes to move the date to ${newDate} from her personal chat (propose ${id})`, async () => {
      await signIn("ana", "Ana Product");
      await driver.openPersonalChat(page);
      await driver.sendText(page, `propose ${id}`);
      const form = await driver.waitForCard(page, `Propose a decision on ${id}`);
      await driver.chooseOption(form, "What do you propose?", "Move the date");
      await driver.fillInput(form, "Move the date: the new release date", newDate);
      await driver.fillInput(form, "Why, in customer terms?", "Enterprise customers need SSO on day one.");
      await driver.clickButton(form, "Send proposal");
      await driver.waitForCard(page, "Proposal #1 by Ana Product waits for Ben Project.");
      await shoot("3-ana-proposed-personal");
    });

    await step(`Ben approves proposal #1 from his personal chat (show ${id})`, async () => {
      await signIn("ben", "Ben Project");
      await driver.openPersonalChat(page);
      await driver.sendText(page, `show ${id}`);
      const card = await driver.waitForCard(page, "Proposal #1 by Ana Product waits for Ben Project.");
      await driver.clickButton(card, "Approve #1");
      const decided = await driver.waitForCard(page, `Decided: Move the date to ${newDate}.`);
      await decided.getByText(`Deadline ${newDate}`).first().waitFor();
      await shoot("4-ben-decided-personal");
      await shoot("4-ben-decided-personal-card", decided);
    });

    await step(`The channel's card of ${id} shows the decision (@${botName} show ${id})`, async () => {
      await driver.openChannel(page, channel);
      await driver.mentionBot(page, botName, `show ${id}`);
      const card = await driver.waitForCard(page, `Decided: Move the date to ${newDate}.`);
      await card.getByText(`originally ${deadline}`).first().waitFor();
      await shoot("5-decided-channel");
      await shoot("5-decided-channel-card", card);
    });

    summary.ok = true;
  } catch (error) {
    summary.error = plain(error);
    if (page) {
      try {
        await shoot("failure");
      } catch (shotError) {
        log(`no failure screenshot: ${shotError.message}`);
      }
    }
  } finally {
    if (browser) await browser.close();
    if (playground) await playground.stop();
  }
  fs.writeFileSync(path.join(artifactsDir, "summary.json"), `${JSON.stringify(summary, null, 2)}\n`);
  process.stdout.write(`${JSON.stringify(summary)}\n`);
  return summary.ok ? 0 : 1;
}

main().then(
  (code) => {
    process.exitCode = code;
  },
  (error) => {
    log(error.message);
    process.exitCode = 2;
  },
);
