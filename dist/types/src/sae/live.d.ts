import type { CallOptions, SaeClient } from './client.js';
import { type LastChangeOrder, type LiveJob } from '../pipeline/plan/live-job.js';
export type { LastChangeOrder, LiveJob };
import type { WebhookUrl } from '../pipeline/plan/apply-result.js';
export interface ListedJob {
    AppId: string;
    AppName: string;
    NamespaceId: string;
    LastChangeorderState?: string;
    Suspend?: boolean;
    /** A JSON string: `{"type":"time",…}` or `{"type":"http",…}`. */
    TriggerConfig?: string;
    Tags?: {
        Key: string;
        Value: string;
    }[];
    ImageUrl?: string;
    /** Unix seconds. */
    LastStartTime?: number;
    /** "0" not run, "1" succeeded, "2" failed, "3" running. */
    LastJobState?: string;
    RegionId?: string;
}
/** Every job of a region that carries a tag (all pages, every namespace): what prune looks at. */
export declare function listTaggedJobs(client: SaeClient, key: string, value: string): Promise<ListedJob[]>;
/** Every job of a region, every namespace (all pages): what `saejob list --region` shows. */
export declare function listRegionJobs(client: SaeClient): Promise<ListedJob[]>;
/** Every job of a namespace (all pages). */
export declare function listNamespaceJobs(client: SaeClient, namespace: string, appName?: string, opts?: CallOptions): Promise<ListedJob[]>;
/**
 * The newest change order of a job: how a change order whose ID was lost
 * with a CreateJob response is found again, and how plan learns whether one
 * still runs. Undefined when SAE lists none. ListChangeOrders documents
 * OrderBy and Reverse but no default order, so the newest is asked for
 * first (createTime, Reverse=true), the page sorted by CreateTime here, and
 * when the page is oldest-first and there are more (SAE ignored the order)
 * the last page is read too: at most two calls.
 */
export declare function newestChangeOrder(client: SaeClient, appId: string): Promise<{
    ChangeOrderId: string;
    Status: number;
} | undefined>;
/**
 * How the job's last change order ended, from its listing: `LastChangeorderState`
 * "1" (succeeded: nothing more to ask, the common case) or "0" (failed);
 * anything else — none yet, or one still running — costs one ListChangeOrders.
 */
export declare function lastChangeOrder(client: SaeClient, listed: ListedJob): Promise<LastChangeOrder | undefined>;
export declare function describeLiveJob(client: SaeClient, appId: string, opts?: CallOptions): Promise<LiveJob>;
/** Whether a job's TriggerConfig makes it HTTP-triggered (DescribeJob then names its URLs). */
export declare const isHttpTriggered: (triggerConfig: unknown) => boolean;
/** DescribeJob's PublicWebHookUrls and VpcWebHookUrls. */
export declare function webhookUrls(described: unknown): WebhookUrl[];
