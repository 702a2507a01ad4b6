// Runs the CLI given as the first argument in this process, and writes the process's peak RSS
// and CPU time (workers included) as the last line of stderr: "maxRSS <kilobytes> cpu <microseconds>".
import { pathToFileURL } from "node:url";

const cli = process.argv[2];
process.argv.splice(2, 1);
process.on("exit", () => {
  const usage = process.resourceUsage();
  process.stderr.write(`maxRSS ${usage.maxRSS} cpu ${usage.userCPUTime + usage.systemCPUTime}\n`);
});
await import(pathToFileURL(cli).href);
