"use strict";
// Drives the decision-log page in headless Chromium (Debian's, through playwright-core), as a reader would: opens a
// signed link, searches, filters, opens a conflict's history, downloads the CSV, takes screenshots, checks that an
// expired and a tampered link are refused and that the Teams tab's page explains itself outside Teams. Prints a JSON
// summary as its last line; exit 0 only when every step passed.
//
//   node tools/log-page/e2e-log-page.js <signed link> <expired link> <tampered link> <artifacts dir>
const fs = require("node:fs");
const path = require("node:path");
const { launchBrowser, missingPrerequisites } = require("../playground/driver.js");

async function main() {
  const [link, expiredLink, tamperedLink, artifacts] = process.argv.slice(2);
  if (!artifacts) {
    console.error("usage: e2e-log-page.js <signed link> <expired link> <tampered link> <artifacts dir>");
    process.exit(2);
  }

  const missing = missingPrerequisites().filter((line) => !line.includes("Agents Playground"));
  if (missing.length > 0) {
    console.error(missing.join("\n"));
    console.log(JSON.stringify({ ok: false, error: "prerequisites missing", missing }));
    process.exit(3);
  }

  fs.mkdirSync(artifacts, { recursive: true });
  const summary = { ok: false, steps: [], screenshots: [], dialogs: [], csv: null };
  const step = (name) => summary.steps.push(name);
  const browser = await launchBrowser({ viewport: { width: 1280, height: 900 } });
  const { page } = browser;
  // A script smuggled in through user text would show itself as a dialog; none may appear.
  page.on("dialog", async (dialog) => {
    summary.dialogs.push(dialog.message());
    await dialog.dismiss();
  });
  const shown = () => page.locator("p.subtle").first().textContent();
  const screenshot = async (name) => {
    const file = path.join(artifacts, name);
    await page.screenshot({ path: file, fullPage: true });
    summary.screenshots.push(file);
  };

  try {
    const opened = await page.goto(link);
    expect(opened.status() === 200, `the signed link answered ${opened.status()}`);
    await page.getByRole("heading", { name: "Decision log" }).waitFor();
    summary.total = (await shown()).trim();
    expect(await page.locator("svg.chart").count() === 4, "the page does not show four charts");
    await screenshot("decision-log.png");
    step("opened");

    await page.getByLabel("Search").fill("billing");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.getByRole("link", { name: "R-2 · Billing 3.0" }).waitFor();
    expect(await page.locator("article.entry").count() === 1, "searching 'billing' does not show exactly one conflict");
    step("searched");

    await page.getByRole("link", { name: "Clear" }).click();
    await page.getByLabel("State").selectOption("decided");
    await page.getByLabel("Option chosen").selectOption("move-date");
    await page.getByRole("button", { name: "Apply" }).click();
    await page.waitForURL(/option=move-date/);
    const filtered = await page.locator("article.entry h2 a").allTextContents();
    expect(JSON.stringify(filtered) === JSON.stringify(["R-2 · Billing 3.0", "R-3 · Mobile 5.1"]), `the filter shows ${JSON.stringify(filtered)}`);
    summary.filtered = filtered;
    step("filtered");

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download CSV of what is shown" }).click()]);
    const csvFile = path.join(artifacts, download.suggestedFilename());
    await download.saveAs(csvFile);
    const rows = fs.readFileSync(csvFile, "utf8").replace(/^\uFEFF/, "").split("\r\n").filter((row) => row.length > 0);
    summary.csv = { file: csvFile, rows: rows.length, ids: rows.slice(1).map((row) => row.split(",")[0]) };
    expect(rows.length === 3, `the CSV has ${rows.length} rows, not a header and 2 conflicts`);
    step("downloaded CSV");

    await page.getByRole("link", { name: "R-3 · Mobile 5.1" }).click();
    await page.getByRole("heading", { name: "Decision 2 (in force)" }).waitFor();
    await page.getByText("Option: Phased release → Move the date").waitFor();
    await page.getByText("Field teams need offline mode.").waitFor();
    await screenshot("conflict-history.png");
    step("opened history");

    await page.goto(link.replace(/q=[^&]*/, ""));
    await page.getByRole("link", { name: /R-6 · Admin <script>/ }).click();
    await page.getByText("<img src=x onerror=alert(1)> & <b>bold</b> \"quoted\"").first().waitFor();
    expect(await page.locator("main script, main img").count() === 0, "user text became markup");
    step("hostile text shown as text");

    // A Teams tab on a narrow pane: nothing may need sideways scrolling.
    await page.setViewportSize({ width: 380, height: 800 });
    await page.goto(link);
    await page.getByRole("heading", { name: "Decision log" }).waitFor();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow <= 0, `at 380 px the page is ${overflow} px too wide`);
    await screenshot("decision-log-narrow.png");
    await page.setViewportSize({ width: 1280, height: 900 });
    step("fits a narrow tab");

    const expired = await page.goto(expiredLink);
    expect(expired.status() === 403, `the expired link answered ${expired.status()}`);
    await page.getByRole("heading", { name: "This link has expired" }).waitFor();
    step("expired link refused");

    const tampered = await page.goto(tamperedLink);
    expect(tampered.status() === 403, `the tampered link answered ${tampered.status()}`);
    await page.getByRole("heading", { name: "This link is not valid" }).waitFor();
    step("tampered link refused");

    // The Teams tab's page outside Teams, with Microsoft's CDN unreachable (as in CI): it must say what to do instead.
    await page.route("https://res.cdn.office.net/**", (route) => route.abort());
    const tab = await page.goto(new URL("/log/teams", link).href);
    expect(tab.status() === 200, `the tab page answered ${tab.status()}`);
    await page.getByText("Open this tab in Microsoft Teams").waitFor();
    step("tab page outside Teams explains itself");

    expect(summary.dialogs.length === 0, `dialogs appeared: ${summary.dialogs.join(" | ")}`);
    summary.ok = true;
  } catch (error) {
    summary.error = String(error && error.stack ? error.stack : error);
    await screenshot("failure.png").catch(() => {});
  } finally {
    await browser.close();
  }

  console.log(JSON.stringify(summary));
  process.exit(summary.ok ? 0 : 1);
}

function expect(condition, message) {
  if (!condition) throw new Error(message);
}

main().catch((error) => {
  console.error(error);
  console.log(JSON.stringify({ ok: false, error: String(error) }));
  process.exit(1);
});
