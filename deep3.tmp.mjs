import * as Y from 'yaml';
for (const n of [200, 300, 400, 600, 800]) { let b = ''; for (let i = 0; i < n; i++) b += ' '.repeat(i) + 'k:\n'; const d = Y.parseAllDocuments(b); let s = '- '; let c=''; for (let i = 0; i < n; i++) c += ' '.repeat(i) + '-\n'; const e = Y.parseAllDocuments('a:\n' + c.replace(/^/gm, ' ')); console.log('block', n, d[0].errors.map(e => e.code), e[0].errors.map(e=>e.code)); }
for (const n of [200, 300, 400]) { const t = 'a: ' + '{b: '.repeat(n) + '1' + '}'.repeat(n) + '\n'; console.log('flowmap', n, Y.parseAllDocuments(t)[0].errors.map(e => e.code)); }
