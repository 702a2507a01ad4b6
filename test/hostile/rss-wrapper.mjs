// Runs the CLI given as the first argument in this process, and writes the process's peak RSS
// (workers included) as the last line of stderr: "maxRSS <kilobytes>".
import { pathToFileURL } from "node:url";

const cli = process.argv[2];
process.argv.splice(2, 1);
process.on("exit", () => process.stderr.write(`maxRSS ${process.resourceUsage().maxRSS}\n`));
await import(pathToFileURL(cli).href);
