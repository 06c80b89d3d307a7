import * as Y from 'yaml';
for (const n of [10, 100, 500, 1000]) {
  const t = 'a: ' + '['.repeat(n) + ']'.repeat(n) + '\n';
  const d = Y.parseAllDocuments(t, { strict: true, uniqueKeys: true, prettyErrors: false });
  console.log(n, d[0].errors.map(e => e.code + ' ' + e.message.slice(0, 100)), d[0].warnings.length);
}
for (const n of [10, 100, 1000]) { let b = ''; for (let i = 0; i < n; i++) b += ' '.repeat(i) + 'k:\n'; const d = Y.parseAllDocuments(b); console.log('block', n, d[0].errors.map(e => e.code)); }
