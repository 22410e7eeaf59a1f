/**
 * The security headers of every response. Pages get a Content-Security-Policy with a fresh nonce per request
 * (proxy.ts): Next puts the nonce on its own scripts when it finds the policy on the request, so no inline script
 * runs without it and `'strict-dynamic'` lets those scripts load the chunks they need. Styles keep
 * 'unsafe-inline': React's style attributes are data, not code, and the policy's point is scripts.
 */

export interface PolicyOptions {
  nonce: string;
  /** `next dev` evaluates code for fast refresh and error overlays; production never does. */
  development?: boolean;
}

export function contentSecurityPolicy({ nonce, development = false }: PolicyOptions): string {
  const scripts = [
    `'self'`,
    `'nonce-${nonce}'`,
    `'strict-dynamic'`,
    ...(development ? [`'unsafe-eval'`] : []),
  ];
  return [
    `default-src 'self'`,
    `script-src ${scripts.join(" ")}`,
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data: blob:`,
    `font-src 'self'`,
    `connect-src 'self'${development ? " ws:" : ""}`,
    `object-src 'none'`,
    `base-uri 'none'`,
    `form-action 'self'`,
    `frame-ancestors 'none'`,
  ].join("; ");
}

/** Headers that hold for every response, pages, API routes and static files alike (next.config.ts). */
export const STATIC_SECURITY_HEADERS: readonly { key: string; value: string }[] = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  // Older browsers ignore frame-ancestors; this says the same to them.
  { key: "X-Frame-Options", value: "DENY" },
  {
    key: "Permissions-Policy",
    value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
  },
  { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
];

/** Two years, as the HSTS preload list asks; only ever sent on a response that came over HTTPS. */
export const HSTS_VALUE = "max-age=63072000; includeSubDomains";

/**
 * Whether the request reached us over HTTPS. A forwarded protocol counts only when the deployment says a proxy
 * sets it (the same setting that makes forwarded addresses trusted); otherwise a client could claim anything.
 */
export function servedOverHttps(url: URL, forwardedProto: string | null, trustProxy: boolean): boolean {
  if (url.protocol === "https:") return true;
  return trustProxy && forwardedProto?.split(",")[0]?.trim().toLowerCase() === "https";
}
