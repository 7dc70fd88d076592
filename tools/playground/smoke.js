"use strict";
// Smoke test of the playground tooling with the stand-in echo bot (no BridgeBot needed):
//   scripts/install-browser.sh && npm ci && node tools/playground/smoke.js
// As Ana: personal chat (message → card → fill the input, pick a choice → click Action.Execute → refreshed card), then the team
// channel with an @mention. Then the playground restarts as Ben (another config): his personal chat, and the group
// chat with an @mention. Screenshots go to artifacts/playground/. Exits non-zero on the first failure.
const assert = require("node:assert/strict");
const driver = require("./driver");
const { startEchoBot } = require("./echo-bot");

const botName = "BridgeBot"; // bot.name in the playground configs

function lastIncoming(bot, predicate) {
  const found = bot.log.filter((entry) => entry.direction === "in" && predicate(entry.activity)).pop();
  assert.ok(found, "the bot received no such activity");
  return found.activity;
}

/** Each signed-in user (one playground config each) and the conversations tried as that user. */
const sessions = [
  {
    user: "ana", name: "Ana Product",
    steps: [
      { where: "personal chat", text: "hello from the smoke test", note: "ship it", conversation: /^a:personal-ana$/ },
      { where: "channel Release Planning", mention: true, text: "status please", note: "cut audit export",
        conversation: /^19:release-planning@thread\.tacv2;messageid=\d+$/ },
    ],
  },
  {
    user: "ben", name: "Ben Project",
    steps: [
      { where: "personal chat", text: "hello as Ben", note: "move the date", conversation: /^a:personal-ben$/ },
      { where: "group chat Release Chat", mention: true, text: "group hello", note: "agreed", conversation: /^19:release-chat@thread\.v2$/ },
    ],
  },
];

async function open(page, where) {
  if (where === "personal chat") return driver.openPersonalChat(page);
  if (where.startsWith("group chat ")) return driver.openGroupChat(page, where.slice("group chat ".length));
  return driver.openChannel(page, where.slice("channel ".length));
}

/** message (with an @mention where asked) → card; fill the note; Action.Execute → the invoke response card replaces it. */
async function roundTrip(page, bot, session, step) {
  await open(page, step.where);
  await (step.mention ? driver.mentionBot(page, botName, step.text) : driver.sendText(page, step.text));
  const shot = `${session.user}-${step.where.replace(/\W+/g, "-")}`;
  const card = await driver.waitForCard(page, `Echo: ${step.text}`);
  await driver.screenshot(page, `${shot}-card`);
  await driver.fillInput(card, "Note", step.note);
  await driver.chooseOption(card, "Priority", "High");
  await driver.clickButton(card, "Send note");
  await driver.waitForCard(page, `Note received: ${step.note} (priority high)`);
  console.log(`  screenshot: ${await driver.screenshot(page, `${shot}-refreshed`)}`);

  const message = lastIncoming(bot, (a) => a.type === "message");
  assert.match(message.conversation.id, step.conversation);
  if (step.mention) {
    assert.ok(message.entities.some((e) => e.type === "mention" && e.mentioned.name === botName), "no mention entity");
  }
  const invoke = lastIncoming(bot, (a) => a.type === "invoke" && a.name === "adaptiveCard/action");
  assert.equal(invoke.from.id, `user-${session.user}`);
  assert.equal(invoke.value.action.verb, "echo.note");
  assert.equal(invoke.value.action.data.note, step.note);
  assert.equal(invoke.value.action.data.priority, "high");
  console.log(`ok: ${step.where} as ${session.name}`);
}

async function main() {
  const bot = await startEchoBot();
  const botEndpoint = `http://127.0.0.1:${bot.port}/api/messages`;
  let browser;
  let playground;
  let passed = 0;
  try {
    browser = await driver.launchBrowser();
    for (const session of sessions) {
      if (playground) await playground.stop();
      playground = await driver.startPlayground({ botEndpoint, user: session.user });
      console.log(`playground as ${session.name} on ${playground.url} (pid ${playground.pid}), echo bot on ${bot.port}`);
      const page = await driver.openPlayground(browser, playground);
      await driver.expectSignedIn(page, session.name);
      for (const step of session.steps) {
        await roundTrip(page, bot, session, step);
        passed++;
      }
    }
    const failedReplies = bot.log.filter((entry) => entry.direction === "out" && entry.status !== 201);
    assert.deepEqual(failedReplies, [], "every reply to the connector answers 201");
    console.log(`smoke: ${passed} passed, 0 failed`);
  } catch (error) {
    if (browser) console.error(`failure screenshot: ${await driver.screenshot(browser.page, "failure")}`);
    throw error;
  } finally {
    if (browser) await browser.close();
    if (playground) await playground.stop();
    await bot.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exitCode = 1;
});
