// `saejob plan` for people: one block per job, one line per changed field.
import type { PlannedJobView } from './plan-view.js';
import { changeLabel, valueText } from './plan-view.js';
import type { PlanSummary } from '../pipeline/plan.js';
import type { Style } from './style.js';

const SIGN: Record<PlannedJobView['action'], string> = { create: '+', update: '~', replace: '-/+', wait: '…', unchanged: '=' };

export function formatPlanJob(v: PlannedJobView, style: Style): string {
  const colour = v.action === 'create' ? style.green : v.action === 'update' ? style.yellow : v.action === 'replace' ? style.red : style.dim;
  const lines = [`${colour(`${SIGN[v.action]} ${v.action}`)} ${style.bold(v.name)} in ${v.namespace} (${v.region})  ${style.dim(v.file + (v.appId ? `, AppId ${v.appId}` : ''))}`];
  for (const c of v.replaceReasons) lines.push(`    ${changeLabel(c)}: ${valueText(c.before)} → ${valueText(c.after)}  ${style.red('(create-only: forces replacement)')}`);
  for (const c of v.changes) lines.push(`    ${changeLabel(c)}: ${valueText(c.before)} → ${valueText(c.after)}`);
  if (v.suspend) lines.push(`    suspend: ${v.suspend.from} → ${v.suspend.to}  ${style.dim('(SuspendJob)')}`);
  if (v.note) lines.push(`    ${style.yellow(v.note)}`);
  return lines.join('\n');
}

export function summaryLine(s: PlanSummary, failed = 0): string {
  return `Plan: ${s.create} to create, ${s.update} to update, ${s.replace} to replace, ${s.wait ? `${s.wait} still changing in SAE, ` : ''}${s.unchanged} unchanged${failed ? `, ${failed} could not be planned` : ''}.`;
}
