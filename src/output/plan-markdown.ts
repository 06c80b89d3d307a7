// `-o markdown`: a table for a CI job summary or a pull-request comment.
import type { PlannedJobView } from './plan-view.js';
import { changeLabel, valueText } from './plan-view.js';
import type { ApplyResult } from '../sae/apply.js';
import { markdownCell } from './markdown.js';

const cell = markdownCell;
const ICON: Record<string, string> = { create: '🟢 create', update: '🟡 update', replace: '🔴 replace', wait: '⏳ wait', unchanged: '⚪ unchanged' };

export function planMarkdown(views: readonly PlannedJobView[], summary: string, errors: readonly { name: string; file: string; error: string }[] = []): string {
  const rows = views.map((v) => {
    const changes = [
      ...v.replaceReasons.map((c) => `**${cell(changeLabel(c))}**: \`${cell(valueText(c.before))}\` → \`${cell(valueText(c.after))}\` (create-only)`),
      ...v.changes.map((c) => `${cell(changeLabel(c))}: \`${cell(valueText(c.before))}\` → \`${cell(valueText(c.after))}\``),
      ...(v.suspend ? [`suspend: ${v.suspend.from} → ${v.suspend.to}`] : []),
      ...(v.note ? [cell(v.note)] : []),
    ];
    return `| ${ICON[v.action]} | \`${cell(v.name)}\` | ${cell(v.namespace)} | \`${cell(v.file)}\` | ${changes.join('<br>') || '—'} |`;
  });
  for (const e of errors) rows.push(`| ❌ error | \`${cell(e.name)}\` | | \`${cell(e.file)}\` | ${cell(e.error)} |`);
  return ['### saejob plan', '', summary, '', '| action | job | namespace | manifest | changes |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}

export function applyMarkdown(results: readonly ApplyResult[], summary: string): string {
  const rows = results.map((r) => `| ${r.outcome} | \`${cell(r.name)}\` | ${cell(r.namespace)} | ${cell(r.appId ?? '')} | ${cell([...r.steps, ...(r.error ? [`**error**: ${r.error}`] : [])].join('; ') || '—')} |`);
  return ['### saejob apply', '', summary, '', '| outcome | job | namespace | AppId | what was done |', '|---|---|---|---|---|', ...rows, ''].join('\n');
}
