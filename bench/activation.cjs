// Times require() of the extension bundle plus activate(), with every `vscode` API a
// no-op stand-in: what activation costs the extension host, minus VS Code's own work.
const Module = require('node:module');

function standIn() {
  const fn = function () {
    return proxy;
  };
  const proxy = new Proxy(fn, {
    get: (_target, key) => (key === Symbol.toPrimitive ? () => '' : key === 'then' ? undefined : proxy),
    apply: () => proxy,
    construct: () => proxy,
  });
  return proxy;
}

const originalLoad = Module._load;
Module._load = function (request, ...rest) {
  return request === 'vscode' ? standIn() : originalLoad.call(this, request, ...rest);
};

const start = performance.now();
const extension = require(process.argv[2]);
extension.activate({ subscriptions: [], extensionUri: standIn() });
console.log(performance.now() - start);
