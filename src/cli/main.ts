/**
 * vncite's command line (dist/cli.js): extract, graph, query, parse, view, annotate.
 *
 * Exit codes (EXIT_CODES): 0 ok; 1 at least one file failed (the others were still processed) or
 * a run-time failure; 2 usage error; 3 ambiguous query reference; 4 nothing found (a query
 * reference, a citation to parse); 5 the query's graph file is not a vncite graph; 6-9 database
 * failures (load, query --db).
 */
import { Command, CommanderError } from "commander";
import { version } from "../../package.json";
import { removeTempFilesOnExit } from "./atomic-write.js";
import { UsageError } from "./errors.js";
import { annotateCommand } from "./commands/annotate.js";
import { extractCommand } from "./commands/extract.js";
import { graphCommand } from "./commands/graph.js";
import { loadCommand } from "./commands/load.js";
import { EXIT, exitForStore } from "./commands/options.js";
import { parseCommand } from "./commands/parse.js";
import { queryCommand } from "./commands/query.js";
import { viewCommand } from "./commands/view.js";
import { exitQuietlyOnBrokenPipe } from "./output.js";

/** What each exit code means, per command: a script can tell "nothing found" from "it broke". */
const EXIT_CODES: Readonly<Record<string, readonly string[]>> = {
  vncite: [
    "0  success",
    "1  extract, graph, load, view: at least one file could not be read; annotate: its file could not be read; any command: an unexpected failure",
    "2  usage error",
    "3  query, view --around: the reference names several documents (they are listed)",
    "4  query, view --around: the reference names no document in the graph (stderr says what it was read as, and the documents nearest it); parse: no citation in the text",
    "5  query, view, load: the graph file cannot be read or is not a graph written by vncite graph",
    "6  load, query --db: --db is not a PostgreSQL URL",
    "7  load, query --db: the database cannot be reached (refused, unknown host, no such database)",
    "8  load, query --db: the database refused the user or password",
    "9  load, query --db: the database failed otherwise (schema, a load that clashes with an earlier one, a query)",
  ],
  extract: [
    "0  success",
    "1  at least one file could not be read (each gets an error record and a line on stderr; the others are done)",
    "2  usage error",
  ],
  graph: [
    "0  success",
    "1  at least one file could not be read or added (a line on stderr each; the graph holds the others)",
    "2  usage error",
  ],
  parse: ["0  success", "1  an unexpected failure", "2  usage error", "4  no citation in the text"],
  view: [
    "0  success",
    "1  at least one file could not be read (a line on stderr each; the page draws the others), or an unexpected failure",
    "2  usage error; also a graph above --max-documents drawn whole (nothing is written)",
    "3  --around names several documents (they are listed)",
    "4  --around names no document in the graph (stderr says what it was read as, and the documents nearest it: same number and ký hiệu, else same number)",
    "5  the graph file cannot be read or is not a graph written by vncite graph",
  ],
  annotate: ["0  success", "1  the file could not be read, or an unexpected failure", "2  usage error"],
  query: [
    "0  success (a query that finds no related document prints an empty result)",
    "1  an unexpected failure",
    "2  usage error",
    "3  the reference names several documents: they are listed (resolve prints them as its result)",
    "4  the reference names no document in the graph: nothing on stdout; stderr says what it was read as and lists the documents nearest it (same number and ký hiệu, else same number)",
    "5  the graph file cannot be read or is not a graph written by vncite graph",
    "6  with --db: --db is not a PostgreSQL URL",
    "7  with --db: the database cannot be reached (refused, unknown host, no such database)",
    "8  with --db: the database refused the user or password",
    "9  with --db: the database failed otherwise (schema, a load that clashes with an earlier one, a query)",
  ],
  load: [
    "0  success",
    "1  at least one file could not be read (the others are loaded)",
    "2  usage error",
    "5  the graph .json file cannot be read or is not a graph written by vncite graph (nothing is loaded)",
    "6  --db is not a PostgreSQL URL",
    "7  the database cannot be reached (refused, unknown host, no such database)",
    "8  the database refused the user or password",
    "9  the database failed otherwise (schema, a load that clashes with an earlier one, a query)",
  ],
};

function exitCodesHelp(command: string): string {
  return "\nExit codes:\n" + (EXIT_CODES[command] ?? EXIT_CODES.vncite).map((line) => `  ${line}`).join("\n");
}

function program(): Command {
  const root = new Command("vncite")
    .description("Find, parse and link citations of Vietnamese legal and administrative documents")
    .version(version, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText("after", exitCodesHelp("vncite"))
    .exitOverride();
  // Added after exitOverride so the subcommands inherit it (usage errors must exit 2, not 1).
  for (const command of [extractCommand(), graphCommand(), queryCommand(), loadCommand(), parseCommand(), viewCommand(), annotateCommand()]) {
    root.addCommand(command);
  }
  for (const command of [root, ...root.commands]) {
    command.configureOutput({ outputError: (text, write) => write(`vncite: ${text}`) });
    if (command !== root) {
      command.exitOverride().showHelpAfterError(`(run vncite ${command.name()} --help for usage)`).addHelpText("after", exitCodesHelp(command.name()));
    }
  }
  return root;
}

async function main(argv: string[]): Promise<number> {
  exitQuietlyOnBrokenPipe();
  removeTempFilesOnExit();
  const cli = program();
  if (argv.length <= 2) {
    process.stderr.write(cli.helpInformation());
    return EXIT.usage;
  }
  try {
    await cli.parseAsync(argv);
    return typeof process.exitCode === "number" ? process.exitCode : EXIT.ok;
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`vncite: ${error.message}\n`);
      return EXIT.usage;
    }
    // Matched by name: the store (and its database driver) is loaded only by the commands that use it.
    if (error instanceof Error && error.name === "StoreError") {
      process.stderr.write(`vncite: ${error.message.split("\n")[0]}\n`);
      return exitForStore((error as Error & { code: string }).code);
    }
    if (error instanceof CommanderError) {
      // --help and --version end here too, with code 0; commander has already printed.
      return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    }
    process.stderr.write(`vncite: ${error instanceof Error ? error.message : String(error)}\n`);
    return EXIT.failed;
  }
}

main(process.argv).then((code) => {
  process.exitCode = code;
});
