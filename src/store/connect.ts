import pg from "pg";

/**
 * Why a database could not be used, so that the CLI can say it in one line and exit with a code of
 * its own: "url" (not a postgres:// URL), "connect" (refused, unreachable, unknown host or
 * database), "auth" (wrong or missing password, unknown user), "schema" (a newer vncite's tables),
 * "conflict" (files loaded by another load), "query" (anything the server reported later).
 */
export type StoreErrorCode = "url" | "connect" | "auth" | "schema" | "conflict" | "query";

export class StoreError extends Error {
  readonly code: StoreErrorCode;
  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = "StoreError";
    this.code = code;
  }
}

/** The URL as safe to print: without its password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = "***";
    return u.toString();
  } catch {
    return "(unreadable URL)";
  }
}

/** Checks a postgres:// URL before any connection, so that a typo is a clear "url" error. */
export function checkUrl(url: string): void {
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    throw new StoreError("url", `not a database URL: "${url}" (expected postgres://user:password@host:port/database)`);
  }
  if (u.protocol !== "postgres:" && u.protocol !== "postgresql:") {
    throw new StoreError("url", `not a PostgreSQL URL: "${redactUrl(url)}" (expected postgres://user:password@host:port/database)`);
  }
  if (u.port !== "" && !/^\d+$/.test(u.port)) throw new StoreError("url", `bad port in "${redactUrl(url)}"`);
  try {
    decodeURIComponent(u.username + u.password + u.pathname);
  } catch {
    throw new StoreError("url", `bad percent-encoding in "${redactUrl(url)}"`);
  }
}

const CONNECT_CODES = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "ETIMEDOUT", "EHOSTUNREACH", "ENETUNREACH", "ECONNRESET", "ENOENT"]);

/** A StoreError for what the driver or server threw. */
export function classify(error: unknown, url: string): StoreError {
  if (error instanceof StoreError) return error;
  const e = error as { code?: string; message?: string };
  const where = redactUrl(url);
  const message = e?.message ?? String(error);
  // 28P01 invalid_password, 28000 invalid_authorization_specification (no such role, pg_hba).
  if (/client password must be a string/.test(message)) {
    return new StoreError("auth", `authentication failed at ${where}: the server asks for a password and none was given`, { cause: error });
  }
  if (e?.code === "28P01" || e?.code === "28000" || /password|SASL|SCRAM/i.test(message)) {
    return new StoreError("auth", `authentication failed at ${where}: ${message}`, { cause: error });
  }
  // 3D000 invalid_catalog_name: the database does not exist.
  if ((e?.code && CONNECT_CODES.has(e.code)) || e?.code === "3D000" || /connect|terminated unexpectedly/i.test(message)) {
    const why = e?.code === "ECONNREFUSED" ? "connection refused" : message;
    return new StoreError("connect", `cannot connect to ${where}: ${why}`, { cause: error });
  }
  return new StoreError("query", `database error at ${where}: ${message}`, { cause: error });
}

/** A connected client; throws StoreError ("url", "connect" or "auth"). */
export async function connect(url: string): Promise<pg.Client> {
  checkUrl(url);
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 15_000 });
  // An error after connecting (the server going away) is reported by the query it breaks.
  client.on("error", () => {});
  try {
    await client.connect();
  } catch (error) {
    await client.end().catch(() => {});
    throw classify(error, url);
  }
  return client;
}
