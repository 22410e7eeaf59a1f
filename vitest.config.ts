import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: [
      "lib/**/*.test.ts",
      "db/**/*.test.ts",
      "seeds/**/*.test.ts",
      "app/**/*.test.ts",
      "docs/**/*.test.ts",
    ],
    environment: "node",
    pool: "forks",
    // Property tests and password hashing are CPU-bound: on a shared 2-core machine 5 s is not always enough.
    // Timing targets live in `npm run bench`, never here.
    testTimeout: 30_000,
  },
});
