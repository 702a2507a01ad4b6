/**
 * vncite's command line (dist/cli.js): extract, graph, query, parse.
 *
 * Exit codes: 0 ok; 1 at least one file failed (the others were still processed) or a run-time
 * failure; 2 usage error; 3 ambiguous query reference.
 */
import { Command, CommanderError } from "commander";
import { version } from "../../package.json";
import { removeTempFilesOnExit } from "./atomic-write.js";
import { UsageError } from "./errors.js";
import { extractCommand } from "./commands/extract.js";
import { graphCommand } from "./commands/graph.js";
import { EXIT } from "./commands/options.js";
import { parseCommand } from "./commands/parse.js";
import { queryCommand } from "./commands/query.js";
import { exitQuietlyOnBrokenPipe } from "./output.js";

const EXIT_CODES_HELP = `
Exit codes:
  0  success
  1  at least one file could not be read (each gets an error record and a line on stderr)
  2  usage error
  3  ambiguous reference in a query (the candidates are listed)`;

function program(): Command {
  const root = new Command("vncite")
    .description("Find, parse and link citations of Vietnamese legal and administrative documents")
    .version(version, "-V, --version")
    .showHelpAfterError("(run with --help for usage)")
    .addHelpText("after", EXIT_CODES_HELP)
    .exitOverride();
  // Added after exitOverride so the subcommands inherit it (usage errors must exit 2, not 1).
  for (const command of [extractCommand(), graphCommand(), queryCommand(), parseCommand()]) root.addCommand(command);
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
