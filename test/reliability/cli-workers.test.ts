/**
 * The CLI over every session's drafted files (session60-samples.ts …): one worker or the default gives the same
 * bytes. One folder, a subfolder a session, so the CLI runs four times for all sessions, not four times each.
 * A later session adds its samples module to SESSIONS.
 */
import { mkdirSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { removeTempDirs, tempDir } from "../cli/helpers.js";
import { sameForAnyJobs } from "./rule-checks.js";
import * as s60 from "./session60-samples.js";
import * as s61 from "./session61-samples.js";
import * as s62 from "./session62-samples.js";
import * as s63 from "./session63-samples.js";
import * as s64 from "./session64-samples.js";

afterAll(removeTempDirs);

const SESSIONS = { session60: s60, session61: s61, session62: s62, session63: s63, session64: s64 };

describe("the CLI's workers over every session's files", () => {
  const dir = tempDir("sessions");
  const texts = join(dir, "texts");
  for (const [name, session] of Object.entries(SESSIONS)) {
    mkdirSync(join(texts, name), { recursive: true });
    session.writeJobTexts(join(texts, name));
  }
  it("hold each session's files", () => {
    for (const name of Object.keys(SESSIONS)) expect(readdirSync(join(texts, name)).length).toBeGreaterThan(3);
  });
  sameForAnyJobs(dir, texts, Object.fromEntries(Object.entries(SESSIONS).map(([name, s]) => [name, s.JOBS_EXPECTED])));
});
