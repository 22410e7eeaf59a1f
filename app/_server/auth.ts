import { betterAuth } from "better-auth";
import { drizzleAdapter } from "better-auth/adapters/drizzle";
import { nextCookies } from "better-auth/next-js";
import { readAuthSecret } from "@/db/auth-secret";
import { getDb } from "@/db/client";
import { getUser } from "@/db/queries/users";
import { accounts, sessions, users, verifications } from "@/db/schema";
import { readAuthSettings } from "@/lib/auth-settings";
import { MIN_PASSWORD_LENGTH } from "@/lib/passwords";

export const authSettings = readAuthSettings(process.env);

function createAuth() {
  const db = getDb();
  return betterAuth({
    appName: "Positions",
    secret: readAuthSecret(),
    baseURL: process.env.BETTER_AUTH_URL,
    database: drizzleAdapter(db, {
      provider: "sqlite",
      schema: { user: users, session: sessions, account: accounts, verification: verifications },
    }),
    emailAndPassword: {
      enabled: true,
      // Accounts are made by an admin (npm run user:add); nobody signs themselves up.
      disableSignUp: true,
      minPasswordLength: MIN_PASSWORD_LENGTH,
    },
    user: {
      additionalFields: {
        role: { type: "string", input: false, required: false, defaultValue: "viewer" },
        disabled: { type: "boolean", input: false, required: false, defaultValue: false },
      },
    },
    session: {
      // The absolute lifetime; idle expiry is enforced per request in getCurrentUser (current-user.ts), which
      // needs the last-used time untouched by better-auth's own sliding refresh.
      expiresIn: authSettings.sessionMaxAgeSeconds,
      disableSessionRefresh: true,
    },
    // No route handler mounts better-auth's HTTP endpoints: sign-in and sign-out are server actions calling
    // auth.api directly, and sign-in attempts are counted in the database (see app/sign-in/actions.ts).
    rateLimit: { enabled: false },
    // Ours, not better-auth's default: the sign-in form checks the same setting (lib/auth-settings.ts).
    advanced: { cookiePrefix: "positions", useSecureCookies: authSettings.secureCookies },
    databaseHooks: {
      session: {
        create: {
          // A disabled account never gets a session, whatever its password.
          before: async (session) => {
            const user = getUser(db, session.userId);
            return user && !user.disabled ? undefined : false;
          },
        },
      },
    },
    // nextCookies must come last: it writes better-auth's Set-Cookie headers through next/headers.
    plugins: [nextCookies()],
  });
}

export type Auth = ReturnType<typeof createAuth>;
let instance: Auth | undefined;

/** Created on first use, so that `next build` never opens the database or reads the secret. */
export function getAuth(): Auth {
  instance ??= createAuth();
  return instance;
}
