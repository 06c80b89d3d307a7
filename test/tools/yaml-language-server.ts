// A minimal LSP client for yaml-language-server over stdio, as an editor runs
// it: initialize, the `yaml` settings (a yaml.schemas mapping, no SchemaStore
// download), open the documents, collect what the server publishes for each.
import { spawn } from 'node:child_process';
import { ROOT } from '../helpers.js';

export interface LspDiagnostic {
  line: number;
  message: string;
  source?: string;
}

const SERVER = `${ROOT}node_modules/yaml-language-server/bin/yaml-language-server`;

/**
 * The diagnostics of each document (by URI), with `schemas` as the user's yaml.schemas
 * setting. A document's modeline, where it has one, wins over the mapping, as in an editor.
 */
export async function yamlLanguageServerDiagnostics(
  docs: Record<string, string>,
  schemas: Record<string, string[]>,
): Promise<Map<string, LspDiagnostic[]>> {
  const server = spawn(process.execPath, [SERVER, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const settings: Record<string, unknown> = {
    yaml: { validate: true, schemaStore: { enable: false }, schemas },
  };
  const send = (msg: object) => {
    const text = JSON.stringify({ jsonrpc: '2.0', ...msg });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(text)}\r\n\r\n${text}`);
  };
  const results = new Map<string, LspDiagnostic[]>();
  const replies = new Map<number, (result: unknown) => void>();
  let stderr = '';
  server.stderr.on('data', (d) => (stderr += d));
  const done = new Promise<void>((resolve, reject) => {
    let buffer = Buffer.alloc(0);
    server.on('exit', (code) =>
      results.size < Object.keys(docs).length ? reject(new Error(`server exited ${code}: ${stderr}`)) : resolve(),
    );
    server.stdout.on('data', (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      for (;;) {
        const head = buffer.indexOf('\r\n\r\n');
        if (head < 0) return;
        const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, head).toString())?.[1]);
        if (buffer.length < head + 4 + length) return;
        const msg = JSON.parse(buffer.subarray(head + 4, head + 4 + length).toString());
        buffer = buffer.subarray(head + 4 + length);
        if (msg.method === 'workspace/configuration')
          send({ id: msg.id, result: msg.params.items.map((i: { section: string }) => settings[i.section] ?? null) });
        else if (msg.id !== undefined && msg.method) send({ id: msg.id, result: null });
        else if (msg.id !== undefined) replies.get(msg.id)?.(msg.result);
        else if (msg.method === 'textDocument/publishDiagnostics') {
          results.set(
            msg.params.uri,
            msg.params.diagnostics.map(
              (d: { range: { start: { line: number } }; message: string; source?: string }) => ({
                line: d.range.start.line,
                message: d.message,
                source: d.source,
              }),
            ),
          );
          if (results.size === Object.keys(docs).length) resolve();
        }
      }
    });
  });
  await new Promise((resolve) => {
    replies.set(1, resolve);
    send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
  });
  send({ method: 'initialized', params: {} });
  send({ method: 'workspace/didChangeConfiguration', params: { settings } });
  for (const [uri, text] of Object.entries(docs))
    send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'yaml', version: 1, text } } });
  try {
    await done;
  } finally {
    server.kill();
  }
  return results;
}
