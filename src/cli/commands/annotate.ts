/**
 * `vncite annotate plan.pdf -o plan.html`: the document's text as an HTML page with every
 * citation marked; `--graph graph.html` links each one to its document in a `vncite view` page.
 */
import { dirname, relative, resolve as resolvePath, sep } from "node:path";
import { Command } from "commander";
import type { ReadLimits } from "../../read/limits.js";
import { DEFAULT_LIMITS } from "../../read/limits.js";
import { AtomicFile } from "../atomic-write.js";
import { errorLine, stdoutWritable } from "../output.js";
import { readStdin, StdinTooLarge } from "../stdin.js";
import { addReadLimitOptions, EXIT, readLimits } from "./options.js";

interface AnnotateCommandOptions extends ReadLimits {
  output?: string;
  graph?: string;
  title?: string;
}

export function annotateCommand(): Command {
  const command = new Command("annotate")
    .description("write a document's text as one HTML page with each citation marked (hover for its kind, id, date, issuer, role)")
    .argument("<file>", 'any file vncite reads (.pdf .docx .doc .html .txt .md); "-" for standard input')
    .option("-o, --output <file>", "write the page to this file, atomically (default or \"-\": standard output)")
    .option("--graph <page>", "a page written by vncite view: each citation links to its document there")
    .option("--title <text>", "the page's heading (default: the document's own number)");
  return addReadLimitOptions(command)
    .action(async (path: string, options: AnnotateCommandOptions) => {
      process.exitCode = await annotate(path, options);
    });
}

async function annotate(path: string, options: AnnotateCommandOptions): Promise<number> {
  if (options.output === "-") options.output = undefined;
  const [{ readDocument, ReadError }, { analyze }, { annotatePage }] = await Promise.all([
    import("../../read/index.js"),
    import("../../analyze/index.js"),
    import("../../view/index.js"),
  ]);
  const file = options.output ? await AtomicFile.create(options.output) : null;
  try {
    let text: string;
    const limits = readLimits(options);
    try {
      // Standard input within --max-file-size, as extract reads it: not a 3 GB stream buffered whole first.
      const input = path === "-" ? await readStdin(limits.maxFileSize ?? DEFAULT_LIMITS.maxFileSize) : path;
      text = (await readDocument(input, { path, ...limits })).text;
    } catch (error) {
      if (error instanceof StdinTooLarge) {
        await file?.abort();
        process.stderr.write(errorLine(path, `standard input is ${error.message}`) + "\n");
        return EXIT.failed;
      }
      if (!(error instanceof ReadError)) throw error;
      await file?.abort();
      const message = error.message.startsWith(`${path}: `) ? error.message.slice(path.length + 2) : error.message;
      process.stderr.write(errorLine(path, message) + "\n");
      return EXIT.failed;
    }
    const analysis = analyze(text, path === "-" ? {} : { path });
    const page = annotatePage(text, analysis, { title: options.title, graphHref: options.graph ? linkTo(options.graph, options.output) : null });
    const out = file ?? stdoutWritable();
    await out.write(page);
    await file?.commit();
    const n = analysis.citations.length;
    process.stderr.write(`vncite: ${n} citation${n === 1 ? "" : "s"}${options.output ? ` -> ${options.output}` : ""}\n`);
    return EXIT.ok;
  } catch (error) {
    await file?.abort();
    throw error;
  }
}

/** The view page as a link from where the annotated page is written (URL slashes, escaped). */
function linkTo(page: string, output: string | undefined): string {
  const from = output ? dirname(resolvePath(output)) : process.cwd();
  const path = relative(from, resolvePath(page)).split(sep).join("/");
  return path.split("/").map(encodeURIComponent).join("/");
}
