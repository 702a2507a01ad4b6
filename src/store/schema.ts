import type pg from "pg";
import { StoreError } from "./connect.js";
import { MIGRATIONS } from "./sql.js";

/** The schema version this vncite writes and reads. */
export const SCHEMA_VERSION = MIGRATIONS.length;

/** Serialises vncite's schema changes and loads across sessions (any fixed number would do). */
export const LOCK_KEY = 0x76_6e_63_69; // "vnci"

async function versionOf(client: pg.Client): Promise<number> {
  const { rows } = await client.query<{ value: string }>(
    "SELECT value FROM vncite_meta WHERE key = 'schema_version'",
  ).catch((error: { code?: string }) => {
    // 42P01 undefined_table: a database vncite has not met.
    if (error?.code === "42P01") return { rows: [] as { value: string }[] };
    throw error;
  });
  return rows.length === 0 ? 0 : Number(rows[0].value);
}

/**
 * Brings the database to SCHEMA_VERSION, each missing migration in one transaction with its
 * version; throws StoreError "schema" for a database a newer vncite wrote.
 */
export async function migrate(client: pg.Client): Promise<void> {
  let version = await versionOf(client);
  if (version === SCHEMA_VERSION) return;
  await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
  try {
    version = await versionOf(client);
    if (version > SCHEMA_VERSION) {
      throw new StoreError("schema", `the database has vncite schema version ${version}; this vncite knows up to ${SCHEMA_VERSION}`);
    }
    for (; version < SCHEMA_VERSION; version++) {
      await client.query("BEGIN");
      try {
        await client.query("CREATE TABLE IF NOT EXISTS vncite_meta (key text PRIMARY KEY, value text NOT NULL)");
        await client.query(MIGRATIONS[version]);
        await client.query(
          "INSERT INTO vncite_meta (key, value) VALUES ('schema_version', $1) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
          [String(version + 1)],
        );
        await client.query("COMMIT");
      } catch (error) {
        await client.query("ROLLBACK").catch(() => {});
        throw error;
      }
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
  }
}

/** Throws StoreError "schema" unless the database holds vncite's tables at this version. */
export async function checkSchema(client: pg.Client): Promise<void> {
  const version = await versionOf(client);
  if (version === 0) throw new StoreError("schema", "the database holds no vncite graph yet (run vncite load first)");
  if (version !== SCHEMA_VERSION) {
    throw new StoreError("schema", `the database has vncite schema version ${version}; this vncite reads version ${SCHEMA_VERSION} (run vncite load to migrate)`);
  }
}
