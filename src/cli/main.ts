// The `client-notes` binary: bundled to dist/cli.js with a shebang.
import { runCli } from './cli';

// A reader that stops early (`client-notes lint | head`) closes the pipe: what is left to
// print has no one to read it, and the run ends with its own exit code, not a stack trace.
let readerGone = false;
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  readerGone = true;
});

runCli(process.argv.slice(2), {
  cwd: process.cwd(),
  env: process.env,
  stdout: (text) => {
    if (!readerGone) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
  color: process.stdout.isTTY === true && !process.env.NO_COLOR,
}).then((code) => {
  process.exitCode = code;
});
