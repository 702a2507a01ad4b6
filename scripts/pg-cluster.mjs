/**
 * A throwaway PostgreSQL cluster for the tests and the bench: initdb in a temporary directory,
 * a free TCP port on 127.0.0.1 and a Unix socket inside that directory, password authentication
 * (so a wrong password can be tested), stopped and removed by stop(). As root the server binaries
 * run as the `postgres` (else `nobody`) user: PostgreSQL refuses to run as root.
 */
import { execFileSync, spawnSync } from "node:child_process";
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir, userInfo } from "node:os";
import { join } from "node:path";

export const USER = "vncite";
export const PASSWORD = "vncite-test";

/** The directory of initdb/pg_ctl: pg_config's, else the newest /usr/lib/postgresql/N/bin. */
function binDir() {
  try {
    const dir = execFileSync("pg_config", ["--bindir"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] }).trim();
    if (existsSync(join(dir, "initdb"))) return dir;
  } catch {
    // no pg_config on PATH: Debian keeps the server binaries out of it
  }
  const root = "/usr/lib/postgresql";
  const versions = existsSync(root) ? readdirSync(root).filter((v) => /^\d+$/.test(v)).sort((a, b) => Number(b) - Number(a)) : [];
  for (const v of versions) if (existsSync(join(root, v, "bin", "initdb"))) return join(root, v, "bin");
  throw new Error("no PostgreSQL server binaries (initdb) found; install the postgresql package");
}

/** uid/gid of an unprivileged account to run the server as, when we are root. */
function serverAccount() {
  if (userInfo().uid !== 0) return null;
  for (const name of ["postgres", "nobody"]) {
    const r = spawnSync("id", ["-u", name], { encoding: "utf8" });
    const g = spawnSync("id", ["-g", name], { encoding: "utf8" });
    if (r.status === 0 && g.status === 0) return { name, uid: Number(r.stdout), gid: Number(g.stdout) };
  }
  throw new Error("running as root and no unprivileged account (postgres, nobody) to run PostgreSQL as");
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/**
 * Starts a cluster; resolves to { url, port, socketDir, urlWith(user, password), stop() }.
 * Rejects with the reason (missing binaries, initdb or start failure) when none can be started.
 */
export async function startCluster({ settings = [] } = {}) {
  const bin = binDir();
  const account = serverAccount();
  const dir = mkdtempSync(join(tmpdir(), "vncite-pg-"));
  const data = join(dir, "data");
  const pwfile = join(dir, "pw");
  writeFileSync(pwfile, PASSWORD + "\n");
  if (account) {
    chownSync(dir, account.uid, account.gid);
    chownSync(pwfile, account.uid, account.gid);
  }
  chmodSync(dir, 0o700);
  const run = (cmd, args) => {
    const full = account ? ["runuser", ["-u", account.name, "--", join(bin, cmd), ...args]] : [join(bin, cmd), args];
    const r = spawnSync(full[0], full[1], { encoding: "utf8", cwd: dir, timeout: 120_000 });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || r.stdout || String(r.error)).trim().split("\n").slice(-3).join(" ")}`);
  };
  try {
    run("initdb", ["-D", data, "-U", USER, "--pwfile", pwfile, "--auth=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"]);
    const port = await freePort();
    // Durability is not what the tests check; fsync off keeps them fast on a shared disk.
    const options = [`-p ${port}`, `-k ${dir}`, "-c listen_addresses=127.0.0.1", "-c fsync=off", "-c synchronous_commit=off", "-c full_page_writes=off", ...settings.map((s) => `-c ${s}`)];
    run("pg_ctl", ["-D", data, "-l", join(dir, "log"), "-o", options.join(" "), "-w", "-t", "60", "start"]);
    let stopped = false;
    const stop = () => {
      if (stopped) return;
      stopped = true;
      try {
        run("pg_ctl", ["-D", data, "-m", "immediate", "-w", "stop"]);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    };
    const urlWith = (user, password) => `postgres://${encodeURIComponent(user)}:${encodeURIComponent(password)}@127.0.0.1:${port}/postgres`;
    return { url: urlWith(USER, PASSWORD), port, socketDir: dir, urlWith, stop };
  } catch (error) {
    rmSync(dir, { recursive: true, force: true });
    throw error;
  }
}
