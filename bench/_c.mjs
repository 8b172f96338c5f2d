import { parseDocument, visit, isScalar, isMap, isPair } from 'yaml';
const src = process.argv[2].replace(/\\n/g, '\n');
const d = parseDocument(src, { uniqueKeys: true, prettyErrors: false, logLevel: 'error' });
console.log(JSON.stringify({ range: d.range, comment: d.comment, commentBefore: d.commentBefore }));
visit(d, (k, n) => { const o = {}; for (const key of Object.keys(n)) if (key !== 'items' && key !== 'key' && key !== 'value') o[key] = n[key]; console.log(isPair(n) ? 'PAIR' : isMap(n) ? 'MAP' : isScalar(n) ? 'SCALAR' : 'SEQ', JSON.stringify(o)); });
