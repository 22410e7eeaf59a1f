import { loadSeeds } from "../seeds/load";
import { databasePath, openDatabase } from "./client";
import { migrateDatabase } from "./migrate";

/** Create the database file if needed, apply migrations, and add any seed records it lacks. Safe to re-run. */
const file = databasePath();
const db = openDatabase(file);
migrateDatabase(db);
const report = loadSeeds(db);
db.$client.close();
console.log(
  `database ${file}: ${report.statementsAdded} seed records added, ${report.statementsPresent} already present`,
);
