// Tags on jobs: TagResources and UntagResources (ResourceType application).

import { ApiError, notEmpty } from '../errors.js';
import { RESERVED_TAG_PREFIXES, TAG_RESOURCE_TYPE, MAX_TAGGED_RESOURCES } from '../../contract/api.js';
import type { JobRecord, Params } from '../records.js';
import type { Store } from '../store.js';

/** A job's tags as DescribeJob and ListJobs give them, with one SAE adds itself (as SAE may). */
export function tagList(job: JobRecord): { Key: string; Value: string }[] {
  return [
    { Key: 'acs:sae:workload', Value: 'job' },
    ...Object.entries(job.tags ?? {}).map(([Key, Value]) => ({ Key, Value })),
  ];
}

function parseJsonList(text: string, name: string): unknown[] {
  try {
    const v = JSON.parse(text) as unknown;
    if (Array.isArray(v)) return v;
  } catch {
    /* below */
  }
  throw new ApiError(400, 'InvalidParameter', `${name} must be a JSON list.`);
}

export function parseTags(text: string, name: string): { key: string; value: string }[] {
  return parseJsonList(text, name).map((t) => {
    const o = t as { key?: unknown; value?: unknown };
    if (typeof o?.key !== 'string')
      throw new ApiError(400, 'InvalidParameter', `${name}: each tag is {"key":…,"value":…}.`);
    return { key: o.key, value: o.value === undefined || o.value === null ? '' : String(o.value) };
  });
}

/** TagResources: ResourceIds and Tags are JSON lists; jobs are ResourceType application. */
export function tagResources(s: Store, p: Params): boolean {
  const jobs = taggedJobs(s, p);
  const tags = parseTags(p.Tags ?? '', 'Tags');
  if (!tags.length) throw notEmpty('Tags');
  for (const t of tags) {
    if (!t.key || t.key.length > 128 || RESERVED_TAG_PREFIXES.some((x) => t.key.startsWith(x)))
      throw new ApiError(
        400,
        'InvalidParameter',
        `The tag key ${JSON.stringify(t.key)} is not valid: 1-128 characters, not starting with aliyun or acs:.`,
      );
    if (t.value.length > 128)
      throw new ApiError(400, 'InvalidParameter', `The value of tag ${t.key} is longer than 128 characters.`);
  }
  for (const j of jobs) {
    j.tags ??= {};
    for (const t of tags) j.tags[t.key] = t.value;
    if (Object.keys(j.tags).length > 20) throw new ApiError(400, 'InvalidParameter', 'A resource has at most 20 tags.');
  }
  return true;
}

/** UntagResources: TagKeys (a JSON list) or DeleteAll. */
export function untagResources(s: Store, p: Params): boolean {
  const jobs = taggedJobs(s, p);
  const keys = p.DeleteAll === 'true' ? undefined : (parseJsonList(p.TagKeys ?? '', 'TagKeys') as string[]);
  if (keys === undefined && p.DeleteAll !== 'true') throw notEmpty('TagKeys');
  for (const j of jobs) {
    if (!j.tags) continue;
    for (const k of keys ?? Object.keys(j.tags)) delete j.tags[k];
  }
  return true;
}

function taggedJobs(s: Store, p: Params): JobRecord[] {
  if (p.ResourceType !== TAG_RESOURCE_TYPE)
    throw new ApiError(400, 'InvalidParameter', `ResourceType must be ${TAG_RESOURCE_TYPE}.`);
  const ids = parseJsonList(p.ResourceIds ?? '', 'ResourceIds') as string[];
  if (!ids.length) throw notEmpty('ResourceIds');
  if (ids.length > MAX_TAGGED_RESOURCES)
    throw new ApiError(400, 'InvalidParameter', `At most ${MAX_TAGGED_RESOURCES} ResourceIds a call.`);
  return ids.map((id) => s.liveJob(String(id)));
}
