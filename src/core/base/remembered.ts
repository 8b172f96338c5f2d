import { detached } from './text';

/**
 * Answers computed from a short text (a heading's title, a step as written), remembered
 * for the next reading: the editor reads a note whole again after each pause in typing,
 * and nearly every line of it is as it was. Bounded, so that a workspace of unusual titles
 * cannot grow it: past the bound it starts afresh. The keys are copies of their own, so
 * that no note's text is kept; an answer that holds text must be one too (`detached`).
 */
export class Remembered<V> {
  private readonly answers = new Map<string, V>();

  constructor(private readonly bound = 4096) {}

  get(key: string, answer: (key: string) => V): V {
    if (this.answers.has(key)) return this.answers.get(key) as V;
    const value = answer(key);
    if (this.answers.size >= this.bound) this.answers.clear();
    this.answers.set(detached(key), value);
    return value;
  }
}

/** One `Remembered` per object the answers depend on (a configuration's sections, a language), let go with it. */
export class RememberedPer<K extends object, V> {
  private readonly byOwner = new WeakMap<K, Remembered<V>>();

  of(owner: K): Remembered<V> {
    let remembered = this.byOwner.get(owner);
    if (!remembered) this.byOwner.set(owner, (remembered = new Remembered<V>()));
    return remembered;
  }
}
