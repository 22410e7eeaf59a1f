/**
 * Forwarding headers are claims: a client can send `X-Forwarded-For: 1.2.3.4` itself, and `next start` keeps
 * whatever arrives. Unless a proxy in front is trusted to set them (TRUST_PROXY=1), every one of them is dropped and
 * X-Forwarded-For is written from the socket, so the sign-in limits count the address that really connected.
 */
const FORWARDING = [
  "x-forwarded-for",
  "x-forwarded-host",
  "x-forwarded-proto",
  "x-forwarded-port",
  "x-real-ip",
  "forwarded",
];

export function rewriteForwardedHeaders(
  headers: Record<string, string | string[] | undefined>,
  socketAddress: string | undefined,
  trustProxy: boolean,
): void {
  if (trustProxy) return;
  for (const name of FORWARDING) delete headers[name];
  if (socketAddress) headers["x-forwarded-for"] = socketAddress;
}
