// Times require() of the extension bundle plus activate(), with every `vscode` API a
// no-op stand-in: what activation costs the extension host, minus VS Code's own work.
// Prints the milliseconds; run in a fresh process each time, as the extension host loads it once.
const { standIn, provideVscode } = require('../test/stand-ins/vscode.cjs');

provideVscode(standIn());

const start = performance.now();
const extension = require(require('node:path').resolve(process.argv[2]));
extension.activate({ subscriptions: [], extensionUri: standIn() });
console.log(performance.now() - start);
// The extension's timers (the digest's refresh at midnight) would keep the process alive.
process.exit(0);
