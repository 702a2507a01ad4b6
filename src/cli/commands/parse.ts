/**
 * `vncite parse "<citation text>"`: the typed identifier of a citation, as JSON. Words are joined
 * (an unquoted citation is one text); a text that holds several citations gives all of them, as
 * an array, never only the first.
 */
import { Command } from "commander";
import { EXIT } from "./options.js";

export function parseCommand(): Command {
  return new Command("parse")
    .description(
      "parse a citation as a user would type it (\"nghị quyết 76/nq-cp\") and print it as JSON; several citations print as a JSON array",
    )
    .argument("<citation...>", "the citation text (several words are joined with spaces)")
    .action(async (words: string[]) => {
      // Loaded on use: the grammar takes a while to build, and other commands do not need it here.
      const { extract } = await import("../../extract.js");
      const text = words.join(" ");
      const all = extract(text);
      const result = all.length > 1 ? all : all[0];
      if (result === undefined) {
        process.stderr.write(`vncite: no citation found in "${text}"\n`);
        process.exitCode = EXIT.notFound;
        return;
      }
      process.stdout.write(JSON.stringify(result, null, 2) + "\n");
    });
}
