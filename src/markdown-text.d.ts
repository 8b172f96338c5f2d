// Markdown files (the note templates) are bundled as their text: see `loader` in scripts/build.mjs.
declare module '*.md' {
  const text: string;
  export default text;
}
