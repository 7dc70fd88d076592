"use strict";
// Drives the Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground) from Node: starts it on a free
// loopback port with one of the repository's mock-data configs (one per signed-in user), and drives its web UI in
// Debian's Chromium through playwright-core. docs/agents-playground.md explains the playground and the DOM hooks.
//
//   const pg = await startPlayground({ botEndpoint: "http://127.0.0.1:3978/api/messages", user: "ana" });
//   const browser = await launchBrowser();
//   const page = await openPlayground(browser, pg);
//   await openPersonalChat(page);
//   await sendText(page, "help");
//   const card = await waitForCard(page, "Commands");
//   ...
//   finally: await browser.close(); await pg.stop();
const { spawn } = require("node:child_process");
const fs = require("node:fs");
const net = require("node:net");
const os = require("node:os");
const path = require("node:path");

const repoRoot = path.resolve(__dirname, "..", "..");
const artifactsDir = path.join(repoRoot, "artifacts", "playground");
const playgroundCli = path.join(repoRoot, "node_modules", "@microsoft", "m365agentsplayground", "cli.js");
const startTimeoutMs = 30_000;
const defaultTimeoutMs = 15_000;

/** How many playgrounds this process started: numbers the log files (a port may serve several sessions). */
let sessions = 0;

/** Every child process this module started and has not stopped yet, killed by PID if Node exits first. */
const running = new Set();
process.on("exit", () => {
  for (const child of running) child.kill("SIGKILL");
});

function escapeRegExp(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** A port that is free on 127.0.0.1 right now (the OS picks it). */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** The mock-data file for a signed-in user: "ana" is the repository's .m365agentsplayground.yml, others tools/playground/<user>.yml. */
function playgroundConfig(user) {
  if (path.isAbsolute(user)) return user;
  const file = user === "ana" ? path.join(repoRoot, ".m365agentsplayground.yml") : path.join(__dirname, `${user}.yml`);
  if (!fs.existsSync(file)) throw new Error(`No playground config for user "${user}" (${file}).`);
  return file;
}

function waitForExit(child, timeoutMs) {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve(true);
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), timeoutMs);
    child.once("exit", () => {
      clearTimeout(timer);
      resolve(true);
    });
  });
}

/** Stops a child process by its PID: SIGTERM, then SIGKILL if it is still there after 5 s. */
async function stopProcess(child) {
  if (!running.has(child)) return;
  child.kill("SIGTERM");
  if (!(await waitForExit(child, 5_000))) {
    child.kill("SIGKILL");
    await waitForExit(child, 5_000);
  }
  running.delete(child);
}

/**
 * Starts the playground (channel msteams, no browser, no telemetry) on a free 127.0.0.1 port, pointed at botEndpoint,
 * with the mock data of `user` (see playgroundConfig). Resolves once it listens; its log goes to artifacts/playground/.
 * Pass the `port` of a stopped playground to start the next user's session on the same address: its connector URL
 * (the activities' serviceUrl) then stays the same across user switches, as Teams' does.
 * @returns {Promise<{port:number,url:string,serviceUrl:string,user:string,configPath:string,logFile:string,pid:number,stop:()=>Promise<void>}>}
 */
async function startPlayground({ botEndpoint, user = "ana", port: wantedPort }) {
  if (!fs.existsSync(playgroundCli)) {
    throw new Error(`The Agents Playground is not installed (${playgroundCli} is missing). Run \`npm ci\` in ${repoRoot}.`);
  }
  const configPath = playgroundConfig(user);
  const port = wantedPort ?? (await freePort());
  const serviceUrl = `http://127.0.0.1:${port}/_connector`;
  fs.mkdirSync(artifactsDir, { recursive: true });
  const logFile = path.join(artifactsDir, `playground-${path.basename(user, ".yml")}-${port}-${++sessions}.log`);
  const workDir = fs.mkdtempSync(path.join(os.tmpdir(), "bridgebot-playground-"));
  const args = [
    "--require", path.join(__dirname, "loopback-only.js"), playgroundCli,
    "--app-endpoint", botEndpoint, "--channel-id", "msteams", "--port", String(port), "--service-url", serviceUrl,
    "--disable-telemetry",
  ];
  const child = spawn(process.execPath, args, {
    cwd: workDir,
    stdio: ["ignore", "pipe", "pipe"],
    env: {
      ...process.env,
      M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
      M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
      TEAMSAPPTESTER_BROWSER: "none",
      APPLICATION_INSIGHTS_NO_STATSBEAT: "true",
      NO_PROXY: "127.0.0.1,localhost",
    },
  });
  running.add(child);
  let output = "";
  const stop = async () => {
    await stopProcess(child);
    fs.rmSync(workDir, { recursive: true, force: true });
  };
  try {
    const listening = await new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`The playground did not start within ${startTimeoutMs / 1000} s.`)), startTimeoutMs);
      const onData = (chunk) => {
        output += chunk;
        const match = /Listening on (\d+)/.exec(output);
        if (match) {
          clearTimeout(timer);
          resolve(Number(match[1]));
        }
      };
      child.stdout.on("data", onData);
      child.stderr.on("data", onData);
      child.once("exit", (code) => {
        clearTimeout(timer);
        reject(new Error(`The playground exited with code ${code}.`));
      });
    });
    if (listening !== port) throw new Error(`The playground took port ${listening} instead of ${port} (port taken meanwhile).`);
  } catch (error) {
    await stop();
    throw new Error(`${error.message}\nconfig: ${configPath}\noutput:\n${output}`);
  }
  return { port, url: `http://127.0.0.1:${port}/`, serviceUrl, user, configPath, logFile, pid: child.pid, stop };
}

/** Debian's Chromium (scripts/install-browser.sh installs it) or CHROMIUM_PATH. */
function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, "/usr/bin/chromium", "/usr/bin/chromium-browser"].filter(Boolean);
  const found = candidates.find((candidate) => fs.existsSync(candidate));
  if (!found) throw new Error(`No Chromium found (${candidates.join(", ")}). Run scripts/install-browser.sh or set CHROMIUM_PATH.`);
  return found;
}

/**
 * What is missing to drive the playground, each with the command that installs it: the npm packages (playground,
 * playwright-core) and a Chromium. Empty when everything is there.
 */
function missingPrerequisites() {
  const missing = [];
  if (!fs.existsSync(playgroundCli)) missing.push(`The Agents Playground is not installed (${playgroundCli}). Run \`npm ci\` in ${repoRoot}.`);
  try {
    require.resolve("playwright-core");
  } catch {
    missing.push(`playwright-core is not installed. Run \`npm ci\` in ${repoRoot}.`);
  }
  try {
    chromiumPath();
  } catch (error) {
    missing.push(error.message);
  }
  return missing;
}

/**
 * Headless Chromium with a fresh profile (removed on close). Resolves to { context, page, close() }; the page is the
 * one the other functions take.
 */
async function launchBrowser({ viewport = { width: 1400, height: 900 } } = {}) {
  const { chromium } = require("playwright-core");
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), "bridgebot-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath(),
    headless: true,
    viewport,
    args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
      "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
  context.setDefaultTimeout(defaultTimeoutMs);
  const page = context.pages()[0] ?? (await context.newPage());
  return {
    context,
    page,
    close: async () => {
      await context.close();
      fs.rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Loads the playground's web UI and waits until it shows the signed-in user and the chat list. */
async function openPlayground(browser, playground) {
  const { page } = browser;
  await page.goto(playground.url);
  await page.getByRole("treeitem", { name: "Personal Chat" }).waitFor();
  return page;
}

/** The signed-in user's display name, as the header shows it ("Me" until the page has loaded the user). */
async function currentUserName(page) {
  return page.getByRole("toolbar").locator('[role="img"][aria-label]').first().getAttribute("aria-label");
}

/** Waits until the header shows `name` as the signed-in user; fails naming who it shows instead. */
async function expectSignedIn(page, name, { timeout = defaultTimeoutMs } = {}) {
  try {
    await page.getByRole("toolbar").locator(`[role="img"][aria-label="${name.replace(/["\\]/g, "\\$&")}"]`).first().waitFor({ timeout });
  } catch (error) {
    throw new Error(`The playground shows "${await currentUserName(page)}" signed in, not ${name}: ${error.message}`);
  }
}

/** Opens the 1:1 chat with the bot. */
async function openPersonalChat(page) {
  await page.getByRole("treeitem", { name: "Personal Chat", exact: true }).click();
}

/** Opens the group chat (its name from the config, e.g. "Release Chat"). */
async function openGroupChat(page, name) {
  await page.getByRole("treeitem", { name, exact: true }).click();
}

/** Opens a team channel by its name ("General" or one from the config, e.g. "Release Planning"). */
async function openChannel(page, channelName) {
  await page.getByRole("treeitem", { name: new RegExp(` - ${escapeRegExp(channelName)}$`) }).click();
}

/**
 * The compose box: in a chat the only one; in a channel the "Start a new post" box, or with { thread: "latest" }
 * the reply box of the newest post.
 */
function composer(page, { thread = "new" } = {}) {
  const editors = page.locator('[data-lexical-editor="true"][role="textbox"]');
  return thread === "latest" ? editors.last() : editors.first();
}

/** Types text into the compose box and sends it with Enter. */
async function sendText(page, text, options) {
  const box = composer(page, options);
  await box.click();
  await page.keyboard.type(text);
  await page.keyboard.press("Enter");
}

/**
 * Sends "@<bot> text" with a real mention: types "@" and the bot name, picks the bot from the mention menu the
 * playground offers, then types the text. In channels and group chats only messages that mention the bot reach it.
 */
async function mentionBot(page, botName, text, options) {
  const box = composer(page, options);
  await box.click();
  await page.keyboard.type(`@${botName}`);
  // The menu item's accessible name repeats the name (avatar label and text), so match its visible text.
  await page.getByRole("menuitem").filter({ hasText: new RegExp(`^\\s*${escapeRegExp(botName)}\\s*$`) }).click();
  await page.keyboard.type(` ${text}`);
  await page.keyboard.press("Enter");
}

/** The newest Adaptive Card on the page (the renderer marks each card's root with .ac-adaptiveCard). */
function latestCard(page) {
  return page.locator(".ac-adaptiveCard").last();
}

/** Waits for an Adaptive Card that contains text; resolves to the newest such card. */
async function waitForCard(page, text, { timeout = defaultTimeoutMs } = {}) {
  const card = page.locator(".ac-adaptiveCard", { hasText: text }).last();
  await card.waitFor({ timeout });
  return card;
}

/** Waits until text shows anywhere in the open conversation (plain messages as well as cards). */
async function waitForText(page, text, { timeout = defaultTimeoutMs } = {}) {
  await page.getByText(text).last().waitFor({ timeout });
}

/**
 * Fills an Input.Text (one line or multiline), Input.Number or Input.Date (typed as YYYY-MM-DD) of a card, found by
 * its label or, failing that, its placeholder. The renderer gives inputs generated DOM ids, so an Adaptive Card input
 * id cannot be used. Tab leaves the field, which makes the date picker take the typed date.
 */
async function fillInput(card, labelOrPlaceholder, value) {
  const name = { name: labelOrPlaceholder, exact: true };
  const input = card
    .getByRole("textbox", name)
    .or(card.getByRole("spinbutton", name))
    .or(card.getByRole("combobox", name))
    .or(card.getByPlaceholder(labelOrPlaceholder, { exact: true }))
    .first();
  await input.fill(value);
  await input.press("Tab");
}

/**
 * Picks a choice of an Input.ChoiceSet by the choice's title: a compact set (a combobox, found by its label) opens its
 * list and takes the option; an expanded set (radio buttons, or check boxes when multi-select) ticks the choice.
 */
async function chooseOption(card, label, choiceTitle) {
  const name = { name: choiceTitle, exact: true };
  const combobox = card.getByRole("combobox", { name: label, exact: true });
  if ((await combobox.count()) > 0) {
    await combobox.click();
    await card.page().getByRole("option", name).click();
    return;
  }
  await card.getByRole("radio", name).or(card.getByRole("checkbox", name)).first().check();
}

/** Clicks a card action (Action.Execute/Submit/…) by its title. */
async function clickButton(card, title) {
  await card.getByRole("button", { name: title, exact: true }).click();
}

/**
 * Saves a screenshot to artifacts/playground/<name>.png (or to `dir`) and returns its path: of the page, or with
 * `element` (a card, say) of that element whole. The chat scrolls inside the page, so the window is made tall enough
 * for the element while the picture is taken.
 */
async function screenshot(page, name, { dir = artifactsDir, element } = {}) {
  fs.mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${name}.png`);
  if (!element) {
    await page.screenshot({ path: file, fullPage: true });
    return file;
  }
  const size = page.viewportSize();
  const box = await element.boundingBox();
  const needed = Math.ceil((box?.height ?? 0) + 400);
  if (size && needed > size.height) await page.setViewportSize({ width: size.width, height: needed });
  try {
    await element.screenshot({ path: file });
  } finally {
    if (size) await page.setViewportSize(size);
  }
  return file;
}

module.exports = {
  repoRoot,
  artifactsDir,
  freePort,
  playgroundConfig,
  missingPrerequisites,
  startPlayground,
  launchBrowser,
  openPlayground,
  currentUserName,
  expectSignedIn,
  openPersonalChat,
  openGroupChat,
  openChannel,
  composer,
  sendText,
  mentionBot,
  latestCard,
  waitForCard,
  waitForText,
  fillInput,
  chooseOption,
  clickButton,
  screenshot,
};
