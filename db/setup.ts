import { loadSeeds } from "../seeds/load";
import { databasePath, openDatabase } from "./client";
import { migrateDatabase } from "./migrate";
import { ensureSearchIndex } from "./queries/position-index";

/** Create the database file if needed, apply migrations, and add any seed records it lacks. Safe to re-run. */
const file = databasePath();
const db = openDatabase(file);
migrateDatabase(db);
const report = loadSeeds(db);
// Triggers keep the search index in step with every write; this repairs a database that missed them.
const rebuilt = ensureSearchIndex(db);
if (rebuilt) console.log("search index was stale and has been rebuilt");
db.$client.close();
console.log(
  `database ${file}: ${report.statementsAdded} seed records added, ${report.statementsPresent} already present`,
);
