/**
 * vncite/postgres: the citation graph in PostgreSQL, for graphs past one process's memory.
 * A separate entry point, so the main library does not load the database driver.
 */
export * from "./store/index.js";
