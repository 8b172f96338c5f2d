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
const { standIn } = createRequire(__filename)(join(repo, 'test', 'stand-ins', 'vscode.cjs')) as { standIn: (overrides?: object) => unknown };

/** VS Code's `ExtensionMode`: how the host runs the extension. */
const ExtensionMode = { Production: 1, Development: 2, Test: 3 };

type Activate = (context: unknown) => Record<string, unknown> | undefined;

/** The bundle, loaded in a worker's scope as the web worker extension host loads it, with the stand-in for `vscode`. */
function loadBundle(vscode: unknown): { activate?: Activate } {
  const module = { exports: {} as { activate?: Activate } };
  const load = vm.runInContext(`(function (module, exports, require) {\n${readFileSync(bundle, 'utf8')}\n})`, workerScope(), { filename: bundle });
  load(module, module.exports, (name: string) => {
    if (name === 'vscode') return vscode;
    throw new Error(`Cannot load module '${name}'`);
  });
  return module.exports;
}

/** Activates the bundle as `mode` says, and ends it again, as VS Code ends it; gives what it exported. */
function activatedIn(mode: number): Record<string, unknown> | undefined {
  const vscode = standIn({ ExtensionMode });
  const subscriptions: Array<{ dispose(): unknown }> = [];
  const exported = loadBundle(vscode).activate!({ subscriptions, extensionUri: vscode, extensionMode: mode });
  // What activation started (timers, watchers) ends with the extension.
  for (const subscription of subscriptions) subscription.dispose();
  return exported;
}

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
    // ajv's runtime functions name themselves in a string (`ucs2length.code`), for the code it generates.
    const others = required.filter((name) => name !== 'vscode' && !name.startsWith('ajv/dist/runtime/'));
    assert.deepEqual([...new Set(others)], []);
  });

  it('loads and activates in a web worker scope: no Node, no DOM', () => {
    assert.equal(typeof loadBundle(standIn()).activate, 'function');
    activatedIn(ExtensionMode.Production);
  });

  it("offers the test API in a host run for tests only, never in a user's editor", () => {
    assert.equal(activatedIn(ExtensionMode.Production), undefined);
    assert.equal(activatedIn(ExtensionMode.Development), undefined);
    const api = activatedIn(ExtensionMode.Test);
    assert.equal(typeof api?.pinToday, 'function');
    assert.equal(typeof api?.notices, 'function');
  });
});
