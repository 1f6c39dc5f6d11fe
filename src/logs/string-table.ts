/**
 * Interns strings read from a log: each distinct string is kept once and named by its index.
 * A `Map` keeps hostile names such as `__proto__` ordinary keys.
 *
 * @example
 * const table = new StringTable();
 * table.intern("lab"); // 0
 * table.intern("desk"); // 1
 * table.intern("lab"); // 0
 * table.values; // ["lab", "desk"]
 */
export class StringTable {
  readonly values: string[] = [];
  private readonly index = new Map<string, number>();

  intern(value: string): number {
    let i = this.index.get(value);
    if (i === undefined) {
      i = this.values.length;
      // A string cut from a parser's text chunk may share that chunk's memory (V8 sliced
      // strings): copy it, so the table keeps only its own characters, not the file's text.
      const own = value.length > 12 ? (" " + value).slice(1) : value;
      this.values.push(own);
      this.index.set(own, i);
    }
    return i;
  }

  get size(): number {
    return this.values.length;
  }
}
