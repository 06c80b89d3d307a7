import type { JobRecord, Params } from '../records.js';
import type { Store } from '../store.js';
/** A job's tags as DescribeJob and ListJobs give them, with one SAE adds itself (as SAE may). */
export declare function tagList(job: JobRecord): {
    Key: string;
    Value: string;
}[];
export declare function parseTags(text: string, name: string): {
    key: string;
    value: string;
}[];
/** TagResources: ResourceIds and Tags are JSON lists; jobs are ResourceType application. */
export declare function tagResources(s: Store, p: Params): boolean;
/** UntagResources: TagKeys (a JSON list) or DeleteAll. */
export declare function untagResources(s: Store, p: Params): boolean;
