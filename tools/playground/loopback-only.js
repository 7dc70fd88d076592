"use strict";
// Preloaded into the Agents Playground with `node --require` (tools/playground/driver.js does it) to keep it on this
// machine:
// - it calls server.listen(port, callback) with no host, which listens on every interface (dist/index.js,
//   startServer); every listen without a host gets 127.0.0.1 here;
// - it starts the Application Insights SDK even with --disable-telemetry (dist/index.js, TelemetryReporter.
//   createAppInsightsClient), whose background "statsbeat" reports to Azure; connections to anything but a
//   loopback address fail here instead of leaving the machine.
const net = require("node:net");

const listen = net.Server.prototype.listen;
net.Server.prototype.listen = function listenOnLoopback(...args) {
  const [first, second] = args;
  if (first !== null && typeof first === "object" && !("path" in first) && !("fd" in first) && !("handle" in first)) {
    args[0] = { ...first, host: first.host ?? "127.0.0.1" };
  } else if ((typeof first === "number" || /^\d+$/.test(String(first ?? ""))) && typeof second !== "string") {
    args.splice(1, 0, "127.0.0.1");
  }
  return listen.apply(this, args);
};

function isLoopback(host) {
  return host === "localhost" || host === "::1" || /^127\.\d+\.\d+\.\d+$/.test(host);
}

/** The host a Socket#connect call aims at, or null for an IPC path. */
function targetHost(args) {
  const [first, second] = Array.isArray(args[0]) ? args[0] : args;
  if (first !== null && typeof first === "object") {
    return "path" in first && first.path ? null : (first.host ?? "localhost");
  }
  if (typeof first === "number" || /^\d+$/.test(String(first ?? ""))) {
    return typeof second === "string" ? second : "localhost";
  }
  return null;
}

const connect = net.Socket.prototype.connect;
net.Socket.prototype.connect = function connectToLoopbackOnly(...args) {
  const host = targetHost(args);
  if (host !== null && !isLoopback(host)) {
    const error = Object.assign(new Error(`blocked: the playground may reach loopback addresses only, not ${host}`), {
      code: "ECONNREFUSED",
    });
    process.nextTick(() => this.destroy(error));
    return this;
  }
  return connect.apply(this, args);
};
