import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { defineConfig, devices } from "@playwright/test";
import { findChromium } from "./e2e/browser";

// Workers re-evaluate this file, so the port is chosen once, in the runner, and handed down through the
// environment they inherit.
if (!process.env.E2E_PORT) {
  process.env.E2E_PORT = execFileSync(process.execPath, [
    "-e",
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ]).toString();
}
const port = Number(process.env.E2E_PORT);
// A second server on a synthetic corpus of 20,000 records, large enough that compare, timeline and the entity
// pages take their aggregate paths (bins, sampled evidence, paged lists) as they do at a million.
if (!process.env.E2E_CORPUS_PORT) {
  process.env.E2E_CORPUS_PORT = execFileSync(process.execPath, [
    "-e",
    "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{process.stdout.write(String(s.address().port));s.close()})",
  ]).toString();
}
const corpusPort = Number(process.env.E2E_CORPUS_PORT);
// The test accounts' password (e2e/server.sh creates the accounts, e2e/fixtures/auth.ts signs in with it): random
// per run unless given, and inherited by the server and the workers alike.
// Prefixed so that it never starts with "-", which the user-add command line would read as an option.
process.env.E2E_USER_PASSWORD ??= `e2e-${randomBytes(18).toString("base64url")}`;
const baseURL = `http://127.0.0.1:${port}`;

// Found (or installed) once, in the runner; workers inherit the answer ("" means Playwright's own browser).
if (process.env.E2E_CHROMIUM === undefined) process.env.E2E_CHROMIUM = findChromium() ?? "";
const executablePath = process.env.E2E_CHROMIUM || undefined;

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: process.env.CI ? [["list"]] : [["list"]],
  timeout: 60_000,
  expect: { timeout: 10_000 },
  use: {
    baseURL,
    trace: "on-first-retry",
    launchOptions: {
      executablePath,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--disable-quic",
      ],
    },
  },
  // Journeys share one seeded database. The import journey adds records about the seeded speakers and topics,
  // which would shift the counts other journeys check, so it runs after them.
  // The record-edit journey changes seeded records (date, coding, text), so it runs last of all; so does the
  // entity-merge journey, which adds people and events of its own (the home page counts events).
  projects: [
    {
      name: "chromium",
      use: { ...devices["Desktop Chrome"] },
      testIgnore: [
        /import\.spec\.ts/,
        /record-edit\.spec\.ts/,
        /entity-merge\.spec\.ts/,
        /corpus[\w-]*\.spec\.ts/,
      ],
    },
    {
      name: "corpus",
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${corpusPort}` },
      // corpus.spec.ts and every corpus-<journey>.spec.ts.
      testMatch: /corpus[\w-]*\.spec\.ts/,
    },
    {
      name: "import",
      use: { ...devices["Desktop Chrome"] },
      // Its journeys write to the shared database and some check that nothing else changed: one at a time.
      fullyParallel: false,
      testMatch: /import\.spec\.ts/,
      dependencies: ["chromium"],
    },
    {
      name: "record-edit",
      use: { ...devices["Desktop Chrome"] },
      fullyParallel: false,
      testMatch: [/record-edit\.spec\.ts/, /entity-merge\.spec\.ts/],
      dependencies: ["import"],
    },
  ],
  webServer: [
    {
      command: "bash e2e/server.sh",
      url: `${baseURL}/`,
      // One production build and a seeded database: minutes on a loaded 2-core machine.
      timeout: 900_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: { E2E_PORT: String(port), E2E_USER_PASSWORD: process.env.E2E_USER_PASSWORD },
    },
    {
      // Reuses the build the first server makes; its database adds synthetic records to the seeds.
      command: "bash e2e/server.sh",
      url: `http://127.0.0.1:${corpusPort}/`,
      timeout: 1_200_000,
      reuseExistingServer: false,
      stdout: "ignore",
      stderr: "pipe",
      env: {
        E2E_PORT: String(corpusPort),
        E2E_BUILD_PORT: String(port),
        E2E_SYNTHETIC_COUNT: "20000",
        E2E_USER_PASSWORD: process.env.E2E_USER_PASSWORD,
      },
    },
  ],
});
