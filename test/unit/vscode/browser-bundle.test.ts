// The browser bundle (dist/web/extension.js) as VS Code's web worker extension host runs it
// (vscode.dev, github.dev): a CommonJS module handed `module`, `exports` and a `require`
// that knows only `vscode`, in a scope with a web worker's globals and none of Node's or
// a page's: no process, Buffer, global require, nor a document to parse HTML with.
import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import * as vm from 'node:vm';
import { repo } from '../cliRunner';

const bundle = join(repo, 'dist', 'web', 'extension.js');
const { standIn } = createRequire(__filename)(join(repo, 'test', 'stand-ins', 'vscode.cjs')) as { standIn: () => unknown };

/** What a dedicated worker offers besides the language itself. */
function workerScope(): vm.Context {
  const scope = vm.createContext({
    console,
    TextEncoder,
    TextDecoder,
    URL,
    URLSearchParams,
    AbortController,
    atob,
    btoa,
    performance,
    queueMicrotask,
    structuredClone,
    setTimeout,
    clearTimeout,
    setInterval,
    clearInterval,
  });
  vm.runInContext('self = globalThis', scope);
  return scope;
}

describe('the browser bundle', () => {
  it('requires nothing but vscode', () => {
    const required = [...readFileSync(bundle, 'utf8').matchAll(/\brequire\(\s*["']([^"']+)["']\s*\)/g)].map(([, name]) => name);
    // ajv writes these names into the code it generates only for standalone validators.
    const others = required.filter((name) => name !== 'vscode' && !name.startsWith('ajv/dist/runtime/') && name !== 'ajv-formats/dist/formats');
    assert.deepEqual([...new Set(others)], []);
  });

  it('loads and activates in a web worker scope: no Node, no DOM', () => {
    const vscode = standIn();
    const module = { exports: {} as { activate?: (context: unknown) => void } };
    const load = vm.runInContext(`(function (module, exports, require) {\n${readFileSync(bundle, 'utf8')}\n})`, workerScope(), { filename: bundle });
    load(module, module.exports, (name: string) => {
      if (name === 'vscode') return vscode;
      throw new Error(`Cannot load module '${name}'`);
    });
    assert.equal(typeof module.exports.activate, 'function');
    const subscriptions: Array<{ dispose(): unknown }> = [];
    module.exports.activate!({ subscriptions, extensionUri: vscode });
    // What activation started (timers, watchers) ends with the extension, as VS Code ends it.
    for (const subscription of subscriptions) subscription.dispose();
  });
});
