import type { NextConfig } from "next";
import { STATIC_SECURITY_HEADERS } from "./lib/security-headers";
import { SERVER_ACTION_BODY_LIMIT } from "./lib/upload-limits";

const nextConfig: NextConfig = {
  // better-sqlite3 is a native addon: load it from node_modules at run time instead of bundling it.
  serverExternalPackages: ["better-sqlite3"],
  poweredByHeader: false,
  distDir: process.env.NEXT_DIST_DIR ?? ".next",
  typedRoutes: false,
  // Uploads (bulk import files) go through server actions; the default 1 MB would refuse files the import accepts.
  experimental: { serverActions: { bodySizeLimit: SERVER_ACTION_BODY_LIMIT } },
  // The per-page Content-Security-Policy (with its nonce) is set in proxy.ts; these hold for every response.
  async headers() {
    return [{ source: "/:path*", headers: [...STATIC_SECURITY_HEADERS] }];
  },
};

export default nextConfig;
