const { parseSimpleYaml } = await import('/tmp/simple-yaml.mjs');
import * as Y from 'yaml';
const n = Number(process.argv[2]);
const t = 'a: ' + '['.repeat(n) + ']'.repeat(n) + '\n';
try { console.log('fast', JSON.stringify(parseSimpleYaml(t)).slice(0, 30)); } catch (e) { console.log('fast threw', e.constructor.name); }
try { const d = Y.parseAllDocuments(t); console.log('yaml', d[0].errors.length, JSON.stringify(d[0].toJS()).slice(0, 30)); } catch (e) { console.log('yaml threw', e.constructor.name); }
let b = ''; for (let i = 0; i < n; i++) b += ' '.repeat(i) + 'k:\n'; 
try { console.log('fast block', JSON.stringify(parseSimpleYaml(b)).slice(0, 30)); } catch (e) { console.log('fast block threw', e.constructor.name); }
