import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { chromium } from "@playwright/test";

/**
 * Finds the Chromium the end-to-end tests drive, installing Debian's package when it is missing and this machine
 * can install it, so that `npm test` is all a new machine needs. Order: CHROMIUM_PATH; a system Chromium or Chrome;
 * Playwright's own browser (present where `npx playwright install` could reach the internet); apt-get as root.
 * Returns undefined for Playwright's own browser. Throws with what to do when there is none.
 */
export function findChromium(): string | undefined {
  const given = process.env.CHROMIUM_PATH;
  if (given) {
    if (!isExecutable(given)) throw new Error(`CHROMIUM_PATH=${given} is not an executable file`);
    return given;
  }
  const system = systemChromium();
  if (system) return system;
  if (isExecutable(chromium.executablePath())) return undefined;
  if (canInstallWithApt()) {
    console.log(
      "No Chromium found: installing Debian's chromium package for the browser tests (apt-get) ...",
    );
    try {
      execFileSync("apt-get", ["update", "-qq"], { stdio: "inherit" });
      execFileSync("apt-get", ["install", "-y", "-qq", "chromium"], {
        stdio: ["ignore", "ignore", "inherit"],
        env: { ...process.env, DEBIAN_FRONTEND: "noninteractive" },
      });
    } catch (error) {
      throw new Error(`Installing Chromium with apt-get failed (${String(error)}).\n${HOW_TO}`);
    }
    const installed = systemChromium();
    if (installed) return installed;
  }
  throw new Error(`No Chromium for the browser tests.\n${HOW_TO}`);
}

const HOW_TO = [
  "Do one of these, then run `npm test` again:",
  "  - Debian/Ubuntu: sudo apt-get install chromium",
  "  - with internet access: npx playwright install chromium",
  "  - point at a Chromium or Chrome you have: CHROMIUM_PATH=/path/to/chrome npm test",
].join("\n");

const SYSTEM_PATHS = [
  "/usr/bin/chromium",
  "/usr/bin/chromium-browser",
  "/usr/bin/google-chrome",
  "/usr/bin/google-chrome-stable",
];

function systemChromium(): string | undefined {
  return SYSTEM_PATHS.find(isExecutable);
}

function isExecutable(file: string): boolean {
  try {
    fs.accessSync(file, fs.constants.X_OK);
    return fs.statSync(file).isFile();
  } catch {
    return false;
  }
}

/** Only as root, without asking for a password: a test run never prompts. */
function canInstallWithApt(): boolean {
  if (process.platform !== "linux" || process.getuid?.() !== 0) return false;
  try {
    execFileSync("apt-get", ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
}
