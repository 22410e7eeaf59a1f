import { parseArgs } from "node:util";
import { hashPassword } from "better-auth/crypto";
import { z } from "zod";
import { MIN_PASSWORD_LENGTH, randomPassword } from "../../lib/passwords";
import { databasePath, openDatabase } from "../client";
import { migrateDatabase } from "../migrate";
import { createUserWithPassword, getUserByEmail } from "../queries/users";
import { USER_ROLES } from "../schema";

const Input = z.object({
  email: z.email("--email must be an email address").max(254),
  role: z.enum(USER_ROLES, { message: `--role must be one of ${USER_ROLES.join(", ")}` }),
  name: z.string().trim().min(1).max(200),
  password: z
    .string()
    .min(MIN_PASSWORD_LENGTH, `the password must be at least ${MIN_PASSWORD_LENGTH} characters`)
    .max(128),
});

const usage =
  "usage: npm run user:add -- --email <address> --role viewer|analyst|admin [--name <name>] [--password-stdin]\n" +
  "With --password-stdin the password is read from standard input (so it stays out of shell history and process\n" +
  "lists): printf '%s' \"$PASSWORD\" | npm run user:add -- ... --password-stdin. Without it a random one is\n" +
  "generated and printed once.";

/** Reads all of standard input; one trailing newline (from echo or a here-string) is not part of the password. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks)
    .toString("utf8")
    .replace(/\r?\n$/, "");
}

async function main(argv: string[]): Promise<number> {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: "string" },
        role: { type: "string" },
        name: { type: "string" },
        "password-stdin": { type: "boolean" },
        help: { type: "boolean" },
      },
      strict: true,
    }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help) {
    console.log(usage);
    return 0;
  }
  const email = typeof values.email === "string" ? values.email.trim().toLowerCase() : "";
  const generated = values["password-stdin"] !== true;
  const parsed = Input.safeParse({
    email,
    role: values.role,
    name: typeof values.name === "string" ? values.name : email.split("@")[0],
    password: generated ? randomPassword() : await readStdin(),
  });
  if (!parsed.success) {
    console.error(`${parsed.error.issues.map((i) => i.message).join("\n")}\n${usage}`);
    return 2;
  }
  const db = openDatabase(databasePath());
  try {
    migrateDatabase(db);
    if (getUserByEmail(db, parsed.data.email)) {
      console.error(`a user with email ${parsed.data.email} already exists`);
      return 1;
    }
    const user = createUserWithPassword(db, {
      email: parsed.data.email,
      name: parsed.data.name,
      role: parsed.data.role,
      passwordHash: await hashPassword(parsed.data.password),
    });
    console.log(`created ${user.role} ${user.email} (${user.name})`);
    if (generated) console.log(`password (shown once): ${parsed.data.password}`);
    return 0;
  } finally {
    db.$client.close();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
