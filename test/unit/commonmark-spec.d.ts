// commonmark-spec ships JavaScript only: its examples, as test/unit/core/note/commonmark.test.ts reads them.
declare module 'commonmark-spec' {
  export interface SpecExample {
    /** Tabs are written as →. */
    markdown: string;
    html: string;
    section: string;
    number: number;
  }
  export const tests: SpecExample[];
}
