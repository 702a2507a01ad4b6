/**
 * vncite's command line (dist/cli.js): extract, graph, query, parse.
 *
 * Exit codes: 0 ok; 1 at least one file failed (the others were still processed) or a run-time
 * failure; 2 usage error; 3 ambiguous query reference; 4-7 database failures (load, query --db).
 */
import { Command, CommanderError } from "commander";
import { version } from "../../package.json";
import { removeTempFilesOnExit } from "./atomic-write.js";
import { UsageError } from "./errors.js";
import { extractCommand } from "./commands/extract.js";
import { graphCommand } from "./commands/graph.js";
import { loadCommand } from "./commands/load.js";
import { EXIT, exitForStore } from "./commands/options.js";
import { parseCommand } from "./commands/parse.js";
import { queryCommand } from "./commands/query.js";
import { exitQuietlyOnBrokenPipe } from "./output.js";

const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  at least one file could not be read (each gets an error record and a line on stderr)
  2  usage error
  3  ambiguous reference in a query (the candidates are listed)
  4  --db is not a PostgreSQL URL
  5  the database cannot be reached (refused, unknown host, no such database)
  6  the database refused the user or password
  7  the database failed otherwise (schema, a load that clashes with an earlier one, a query)`;

function program(): Command {
  const root = new Command("vncite")
    .description("Find, parse and link citations of Vietnamese legal and administrative documents")
    .version(version, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText("after", EXIT_CODES_HELP)
    .exitOverride();
  // Added after exitOverride so the subcommands inherit it (usage errors must exit 2, not 1).
  for (const command of [extractCommand(), graphCommand(), queryCommand(), loadCommand(), parseCommand()]) root.addCommand(command);
  for (const command of [root, ...root.commands]) {
    command.configureOutput({ outputError: (text, write) => write(`vncite: ${text}`) });
    if (command !== root) {
      command.exitOverride().showHelpAfterError(`(run vncite ${command.name()} --help for usage)`).addHelpText("after", EXIT_CODES_HELP);
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
