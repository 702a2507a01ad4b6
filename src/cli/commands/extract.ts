/** `vncite extract [paths...]`: the citations of each file, as NDJSON, JSON or a table. */
import { Command, Option } from "commander";
import { AtomicFile } from "../atomic-write.js";
import { FORMATS, Sink, formatChunk, stdoutWritable, type Format, type Writable } from "../output.js";
import { runInputs } from "../run.js";
import { walk } from "../walk.js";
import { EXIT, addInputOptions, keepOldOutput, workerOptions, readLimits, walkOptions, type InputOptions } from "./options.js";

interface ExtractOptions extends InputOptions {
  format?: Format;
  output?: string;
  force?: boolean;
}

export function extractCommand(): Command {
  const command = new Command("extract")
    .description("find the citations in each file (directories are walked; \"-\" reads standard input)")
    .argument("<paths...>", "files, directories or globs; \"-\" for standard input")
    .addOption(new Option("-f, --format <format>", "output format (default: table on a terminal, else ndjson)").choices(FORMATS))
    .option("-o, --output <file>", 'write to this file (atomically) instead of standard output ("-")')
    .option("--force", "with -o: replace the file even when no input could be read");
  addInputOptions(command);
  return command.action(async (paths: string[], options: ExtractOptions) => {
    process.exitCode = await extract(paths, options);
  });
}

async function extract(paths: string[], options: ExtractOptions): Promise<number> {
  if (options.output === "-") options.output = undefined;
  const format = options.format ?? (process.stdout.isTTY && !options.output ? "table" : "ndjson");
  const inputs = await walk(paths, walkOptions(options));
  if (inputs.length === 0) {
    process.stderr.write(`vncite: no files to read in ${paths.join(" ")}\n`);
    return EXIT.failed;
  }
  const file = options.output ? await AtomicFile.create(options.output) : null;
  const out: Writable = file ?? stdoutWritable();
  const sink = new Sink(out, format);
  try {
    await sink.begin();
    // Records scrolling past on the terminal would tear through a bar drawn on the same screen.
    const progress = options.progress && !(process.stdout.isTTY && !file);
    const summary = await runInputs(inputs, { mode: "extract", format, limits: readLimits(options), ...workerOptions(options) }, { ...options, progress }, {
      onPart: (part) => sink.chunk(part),
      onResult: async (input, result) => {
        if (!result.ok) await sink.chunk(formatChunk([{ record: "error", file: input.path, code: result.code, message: result.message }], format));
      },
    });
    await sink.end();
    if (file && summary.failed === summary.files && !options.force) {
      await file.abort();
      keepOldOutput(file.target);
      return EXIT.failed;
    }
    await file?.commit();
    return summary.failed + summary.badRecords > 0 ? EXIT.failed : EXIT.ok;
  } catch (error) {
    await file?.abort();
    throw error;
  }
}
