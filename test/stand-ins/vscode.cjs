// A stand-in for the `vscode` module, to load the extension bundle outside VS Code (the
// activation benchmark, the no-network test). Every API answers with the stand-in
// itself: callable, constructible, and awaitable as itself. `overrides` give chosen
// members real answers.
'use strict';
const Module = require('node:module');

function standIn(overrides = {}) {
  const fn = function () {
    return proxy;
  };
  const proxy = new Proxy(fn, {
    get: (_target, key) => {
      if (Object.hasOwn(overrides, key)) return overrides[key];
      if (key === Symbol.toPrimitive) return () => '';
      // Not a promise: `await` on the stand-in gives the stand-in.
      if (key === 'then') return undefined;
      return proxy;
    },
    // Assignments (`item.name = …`) are taken and forgotten, as reads answer the stand-in.
    set: () => true,
    apply: () => proxy,
    construct: () => proxy,
    // esbuild's CommonJS interop copies a module onto an object whose prototype is the
    // module's: answering with the stand-in itself makes every API reachable through it.
    getPrototypeOf: () => proxy,
  });
  return proxy;
}

/** From now on, `require('vscode')` gives `vscode`. */
function provideVscode(vscode) {
  const originalLoad = Module._load;
  Module._load = function (request, ...rest) {
    return request === 'vscode' ? vscode : originalLoad.call(this, request, ...rest);
  };
}

module.exports = { standIn, provideVscode };
