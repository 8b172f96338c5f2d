// The imports of src/ draw no circle. ESLint holds the floors (eslint.config.mjs: a folder of
// src/core/ imports only the folders below it, a feature folder of src/vscode/ only the
// editor's shared modules and the features below it), but a circle inside one folder is
// beyond it: two modules that need each other are one concept kept in two places. Found by
// reading the sources, so that a new file is held to it without being listed here.
import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import * as ts from 'typescript';
import { repoRoot } from '../generate/manifestNls';

const src = join(repoRoot, 'src');

function sources(dir = src): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? sources(join(dir, entry.name)) : entry.name.endsWith('.ts') ? [join(dir, entry.name)] : [],
  );
}

/** The modules of src/ a source imports, type imports and `export … from` included, relative to src/. */
function importsOf(file: string): string[] {
  return ts.preProcessFile(readFileSync(file, 'utf8'), true, true).importedFiles.flatMap(({ fileName }) => {
    if (!fileName.startsWith('.')) return [];
    const target = resolve(dirname(file), fileName);
    const module = [`${target}.ts`, join(target, 'index.ts')].find((candidate) => existsSync(candidate));
    return module && !relative(src, module).startsWith('..') ? [relative(src, module)] : [];
  });
}

/** Each circle once: the modules that reach each other through their imports (Tarjan's strongly connected components). */
function circlesOf(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const circles: string[][] = [];
  const visit = (module: string): void => {
    index.set(module, index.size);
    low.set(module, index.get(module)!);
    stack.push(module);
    onStack.add(module);
    for (const imported of graph.get(module) ?? []) {
      if (!index.has(imported)) {
        visit(imported);
        low.set(module, Math.min(low.get(module)!, low.get(imported)!));
      } else if (onStack.has(imported)) {
        low.set(module, Math.min(low.get(module)!, index.get(imported)!));
      }
    }
    if (low.get(module) !== index.get(module)) return;
    const component: string[] = [];
    let member: string;
    do {
      member = stack.pop()!;
      onStack.delete(member);
      component.push(member);
    } while (member !== module);
    if (component.length > 1 || graph.get(module)?.includes(module)) circles.push(component.sort());
  };
  for (const module of graph.keys()) if (!index.has(module)) visit(module);
  return circles;
}

describe('the floors of the imports', () => {
  it('draws no circle among the imports of src/: the core, the editor, the command line', () => {
    const graph = new Map(sources().map((file) => [relative(src, file), importsOf(file)]));
    assert.ok(graph.get('core/recap/model.ts')?.includes('core/note/parseNote.ts'), 'the imports are read');
    assert.ok(graph.get('vscode/nextSteps/openStep.ts')?.includes('vscode/nextSteps/nextStepsItem.ts'), 'type imports are read');
    assert.deepEqual(circlesOf(graph), []);
  });

  it('finds a circle where there is one', () => {
    const graph = new Map([
      ['a.ts', ['b.ts']],
      ['b.ts', ['c.ts', 'd.ts']],
      ['c.ts', ['a.ts']],
      ['d.ts', []],
      ['e.ts', ['e.ts']],
    ]);
    assert.deepEqual(circlesOf(graph), [['a.ts', 'b.ts', 'c.ts'], ['e.ts']]);
  });
});
