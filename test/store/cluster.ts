/**
 * A throwaway PostgreSQL for a test file (scripts/pg-cluster.mjs), or the reason there is none:
 * tests that need it are skipped with that reason printed, never passed silently.
 */
import { afterAll } from "vitest";
import { startCluster, type Cluster } from "../../scripts/pg-cluster.mjs";

export async function testCluster(): Promise<{ cluster: Cluster | null; why: string }> {
  try {
    const cluster = await startCluster();
    // Stopping waits for PostgreSQL's shutdown checkpoint, which a loaded machine stretches past
    // vitest's 10 s default for hooks (seen at load ~11 with the full suite running).
    afterAll(() => cluster.stop(), 120_000);
    return { cluster, why: "" };
  } catch (error) {
    const why = `SKIPPED: no PostgreSQL could be started for the store tests: ${(error as Error).message}`;
    console.warn(why);
    return { cluster: null, why };
  }
}

/** A fresh database in the cluster for one test; its URL. */
let databases = 0;
export async function freshDatabase(cluster: Cluster): Promise<string> {
  const { default: pg } = await import("pg");
  const name = `t${process.pid}_${++databases}`;
  const client = new pg.Client({ connectionString: cluster.url });
  await client.connect();
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  return cluster.url.replace(/\/postgres$/, `/${name}`);
}
