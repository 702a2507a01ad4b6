/// <reference lib="dom" />
import type { resolve } from "../../graph/resolve.js";

export type Resolve = typeof resolve;

let loading: Promise<Resolve> | null = null;
let ready: Resolve | null = null;

/**
 * vncite's resolver, the one `vncite query` uses, set up on first need. It brings the extract
 * stage (chevrotain's parser, XRegExp's patterns, unorm), whose setting up took 150–250 ms of the
 * main thread before the page could start drawing; the bundle runs it only when this is called:
 * after the first frame is painted, or at the first keystroke if that comes sooner.
 */
export function loadResolver(): Promise<Resolve> {
  loading ??= import("../../graph/resolve.js").then((m) => (ready = m.resolve));
  return loading;
}

/** The resolver if it is set up already. */
export function resolverReady(): Resolve | null {
  return ready;
}
