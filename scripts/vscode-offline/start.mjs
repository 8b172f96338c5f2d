// `npm start`: serves VS Code with the extension loaded from this repository and
// examples/ open, for trying the extension in a browser. Ctrl+C stops it.
import { join } from 'node:path';
import { cacheDir, ensureServer, repoRoot, startServer, workbenchUrl } from './server.mjs';

const port = Number(process.env.PORT ?? 8337);
if (!Number.isInteger(port) || port <= 0 || port > 65535) {
  console.error(`PORT must be a TCP port number, not "${process.env.PORT}".`);
  process.exit(1);
}

const { vscodeVersion } = await ensureServer();
let server;
try {
  // Persistent, so that settings and open editors survive restarts.
  server = await startServer({ port, dataDir: join(cacheDir, 'start-data') });
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.once(signal, async () => {
    stopping = true;
    console.log('\nStopping VS Code.');
    await server.stop();
    process.exit(0);
  });
}
server.exited.then((status) => {
  if (stopping) return;
  console.error(`The VS Code server stopped unexpectedly (${status}); see ${server.logFile}.`);
  process.exit(1);
});

console.log(`VS Code ${vscodeVersion} with Client Notes loaded from source, examples/ open. Open in a browser:

  ${workbenchUrl(server, join(repoRoot, 'examples'))}

After changing the extension, run \`npm run build\`, then "Developer: Reload Window" in VS Code.
Press Ctrl+C to stop.`);
