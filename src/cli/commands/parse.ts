/** `vncite parse "<citation text>"`: the typed identifier of one citation, as JSON. */
import { Command } from "commander";
import { EXIT } from "./options.js";

export function parseCommand(): Command {
  return new Command("parse")
    .description("parse one citation as a user would type it (\"nghị quyết 76/nq-cp\") and print it as JSON")
    .argument("<citation...>", "the citation text (several words are joined with spaces)")
    .action(async (words: string[]) => {
      // Loaded on use: the grammar takes a while to build, and other commands do not need it here.
      const { parseCitation } = await import("../../extract.js");
      const text = words.join(" ");
      const citation = parseCitation(text);
      if (!citation) {
        process.stderr.write(`vncite: no citation found in "${text}"\n`);
        process.exitCode = EXIT.failed;
        return;
      }
      process.stdout.write(JSON.stringify(citation, null, 2) + "\n");
    });
}
