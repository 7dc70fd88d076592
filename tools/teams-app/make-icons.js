"use strict";
// Draws the Teams app icons (a bridge: an arch over a deck on two piers) and writes them as PNGs:
//   manifest/teams/color.png    192×192, white bridge on the accent colour
//   manifest/teams/outline.png   32×32, white bridge on transparent
//   node tools/teams-app/make-icons.js           (re)writes both
//   node tools/teams-app/make-icons.js --check   exits 1 if the committed files differ from what this draws
const fs = require("node:fs");
const path = require("node:path");
const { encodeRgba } = require("./png");

const iconsDir = path.resolve(__dirname, "..", "..", "manifest", "teams");
const accent = [0x1f, 0x5f, 0xa8]; // the manifest's accentColor, #1F5FA8
const samples = 4; // supersampling per axis, for smooth edges

/** Whether the point (x, y) of the unit square (y down) is on the bridge. */
function onBridge(x, y) {
  const deck = x >= 0.08 && x <= 0.92 && y >= 0.52 && y <= 0.6;
  const archRadius = Math.hypot(x - 0.5, (y - 0.6) * 1.1);
  const arch = y <= 0.52 && archRadius >= 0.3 && archRadius <= 0.38;
  const hanger = y <= 0.52 && archRadius < 0.3 && [0.32, 0.5, 0.68].some((h) => Math.abs(x - h) <= 0.022);
  const pier = y >= 0.6 && y <= 0.78 && [0.24, 0.76].some((p) => Math.abs(x - p) <= 0.045);
  return deck || arch || hanger || pier;
}

/** Fraction of the pixel (px, py) of a size × size image that the bridge covers, inside the given margin. */
function coverage(px, py, size, margin) {
  let hits = 0;
  for (let sy = 0; sy < samples; sy++) {
    for (let sx = 0; sx < samples; sx++) {
      const x = ((px + (sx + 0.5) / samples) / size - margin) / (1 - 2 * margin);
      const y = ((py + (sy + 0.5) / samples) / size - margin) / (1 - 2 * margin);
      if (onBridge(x, y)) hits++;
    }
  }
  return hits / (samples * samples);
}

function draw(size, margin, background) {
  const rgba = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const c = coverage(px, py, size, margin);
      const pixel = background
        ? [...background.map((v) => Math.round(v + (255 - v) * c)), 255]
        : [255, 255, 255, Math.round(255 * c)];
      rgba.set(pixel, (py * size + px) * 4);
    }
  }
  return encodeRgba(size, size, rgba);
}

const icons = {
  "color.png": () => draw(192, 0.12, accent),
  "outline.png": () => draw(32, 0.02, null),
};

function main(check) {
  let stale = 0;
  for (const [name, render] of Object.entries(icons)) {
    const file = path.join(iconsDir, name);
    const png = render();
    if (check) {
      const same = fs.existsSync(file) && fs.readFileSync(file).equals(png);
      if (!same) stale++;
      console.log(`${same ? "up to date" : "DIFFERS"}: ${path.relative(process.cwd(), file)}`);
    } else {
      fs.writeFileSync(file, png);
      console.log(`wrote ${path.relative(process.cwd(), file)} (${png.length} bytes)`);
    }
  }
  if (stale) {
    console.error("The committed icons differ from tools/teams-app/make-icons.js; run it and commit the PNGs.");
    process.exitCode = 1;
  }
}

main(process.argv.includes("--check"));
