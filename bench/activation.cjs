// Times require() of the extension bundle plus activate(), with every `vscode` API a
// no-op stand-in: what activation costs the extension host, minus VS Code's own work.
// Prints the milliseconds; run in a fresh process each time, as the extension host loads it once.
const Module = require('node:module');

function standIn() {
  const fn = function () {
    return proxy;
  };
  const proxy = new Proxy(fn, {
    get: (_target, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : proxy),
    apply: () => proxy,
    construct: () => proxy,
    // esbuild's CommonJS interop copies a module onto an object whose prototype is the
    // module's: answering with the stand-in itself makes every API reachable through it.
    getPrototypeOf: () => proxy,
  });
  return proxy;
}

const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? standIn() : originalLoad.call(this, request, ...rest);
};

const start = performance.now();
const extension = require(require('node:path').resolve(process.argv[2]));
extension.activate({ subscriptions: [], extensionUri: standIn() });
console.log(performance.now() - start);
