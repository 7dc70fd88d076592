"use strict";
// A stand-in bot for checking the Agents Playground tooling without BridgeBot: a plain Node HTTP server on
// 127.0.0.1 that answers /api/messages. A message gets a reply card (echo, an Input.Text, a compact Input.ChoiceSet
// and an Action.Execute button); an adaptiveCard/action invoke gets a refreshed card back in the invoke response.
//   node tools/playground/echo-bot.js [port]      (port 0 or none: a free one; prints "echo bot listening on N")
const http = require("node:http");

const cardType = "application/vnd.microsoft.card.adaptive";

function echoCard(activity, text) {
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body: [
      { type: "TextBlock", text: `Echo: ${text}`, weight: "Bolder", wrap: true },
      { type: "TextBlock", text: `from ${activity.from?.name ?? activity.from?.id} in ${activity.conversation?.conversationType}`, wrap: true },
      { type: "Input.Text", id: "note", label: "Note", placeholder: "Write a note" },
      {
        type: "Input.ChoiceSet", id: "priority", label: "Priority", style: "compact", value: "low",
        choices: [{ title: "Low", value: "low" }, { title: "High", value: "high" }],
      },
    ],
    actions: [{ type: "Action.Execute", title: "Send note", verb: "echo.note", data: { echoed: text } }],
  };
}

function refreshedCard(activity) {
  const data = activity.value?.action?.data ?? {};
  return {
    type: "AdaptiveCard",
    $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
    version: "1.5",
    body: [
      { type: "TextBlock", text: `Note received: ${data.note ?? ""} (priority ${data.priority ?? "none"})`, weight: "Bolder", wrap: true },
      { type: "TextBlock", text: `by ${activity.from?.name ?? activity.from?.id} (verb ${activity.value?.action?.verb})`, wrap: true },
    ],
  };
}

/** The message text without the bot's <at>…</at> mention (channels and group chats). */
function textWithoutMention(activity) {
  return (activity.text ?? "").replace(/<at>[^<]*<\/at>/g, "").replace(/\s+/g, " ").trim();
}

async function reply(activity, log) {
  const url = `${activity.serviceUrl.replace(/\/$/, "")}/v3/conversations/${encodeURIComponent(activity.conversation.id)}/activities/${encodeURIComponent(activity.id)}`;
  const body = {
    type: "message",
    from: activity.recipient,
    recipient: activity.from,
    conversation: activity.conversation,
    replyToId: activity.id,
    attachments: [{ contentType: cardType, content: echoCard(activity, textWithoutMention(activity)) }],
  };
  const response = await fetch(url, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
  log.push({ direction: "out", url, status: response.status, answer: await response.text() });
}

function readJson(request) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    request.on("data", (chunk) => chunks.push(chunk));
    request.on("end", () => {
      try {
        resolve(chunks.length ? JSON.parse(Buffer.concat(chunks).toString("utf8")) : {});
      } catch (error) {
        reject(error);
      }
    });
    request.on("error", reject);
  });
}

/** Starts the bot; resolves to { port, log, close() }. log holds every activity received and every reply sent. */
function startEchoBot({ port = 0 } = {}) {
  const log = [];
  const server = http.createServer(async (request, response) => {
    if (new URL(request.url, "http://127.0.0.1").pathname !== "/api/messages") {
      response.writeHead(404).end();
      return;
    }
    if (request.method === "HEAD" || request.method === "GET") {
      response.writeHead(200).end();
      return;
    }
    let activity;
    try {
      activity = await readJson(request);
    } catch {
      response.writeHead(400).end();
      return;
    }
    log.push({ direction: "in", activity });
    if (activity.type === "invoke" && activity.name === "adaptiveCard/action") {
      const body = JSON.stringify({ statusCode: 200, type: cardType, value: refreshedCard(activity) });
      response.writeHead(200, { "content-type": "application/json" }).end(body);
      return;
    }
    response.writeHead(200).end();
    if (activity.type === "message" && activity.text) {
      reply(activity, log).catch((error) => log.push({ direction: "out", error: String(error) }));
    }
  });
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, "127.0.0.1", () =>
      resolve({
        port: server.address().port,
        log,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

module.exports = { startEchoBot };

if (require.main === module) {
  startEchoBot({ port: Number(process.argv[2] ?? 0) }).then((bot) => {
    console.log(`echo bot listening on ${bot.port}`);
    process.on("SIGINT", () => bot.close().then(() => process.exit(0)));
    process.on("SIGTERM", () => bot.close().then(() => process.exit(0)));
  });
}
