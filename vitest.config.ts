import path from "node:path";
import { defineConfig } from "vitest/config";

export default defineConfig({
  resolve: { alias: { "@": path.resolve(import.meta.dirname) } },
  test: {
    include: ["lib/**/*.test.ts", "db/**/*.test.ts", "seeds/**/*.test.ts", "app/**/*.test.ts"],
    environment: "node",
    pool: "forks",
  },
});
