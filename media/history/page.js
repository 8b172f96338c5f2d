/* global acquireVsCodeApi, document, Element */
// A client's History page (src/vscode/historyPage.ts): a click, or Enter on a focused
// link, asks the extension to open the link's note by its number; the page opens nothing itself.
const vscode = acquireVsCodeApi();
document.addEventListener('click', (event) => {
  const link = event.target instanceof Element ? event.target.closest('a[data-open]') : null;
  if (!link) return;
  event.preventDefault();
  vscode.postMessage({ open: Number(link.getAttribute('data-open')) });
});
