// Tagging new jobs in batches: TagResources takes up to 50 resources a call
// (the SDK text), and every job a run creates gets the same ownership tag
// (and often the same labels). A created job's tags join a batch of its
// region and tag set; the batch is sent when every create under way has
// joined (nothing more is coming soon), when it holds 50, after `maxWaitMs`,
// or at once when the run is stopped (the ownership step is never skipped:
// see StopSignal.mayFinish). A job's apply goes on waiting for its change
// order meanwhile, and awaits its batch before it reports.
import { tagRequest } from '../pipeline/compile/compile.js';
import { MAX_TAGGED_RESOURCES } from '../contract/api.js';
import type { SaeClient } from './client.js';

interface Batch {
  client: SaeClient;
  region: string;
  tags: Record<string, string>;
  members: { appId: string; resolve(size: number): void; reject(e: unknown): void }[];
  timer?: NodeJS.Timeout;
}

export class TagBatcher {
  private readonly batches = new Map<string, Batch>();
  /** Creates under way that may still join a batch. */
  private creating = 0;
  /** Calls sent, for the record. */
  sent = 0;

  constructor(private readonly maxWaitMs = 2000) {}

  /** A create begins: its tags may join a batch soon. */
  creatingOne(): () => void {
    this.creating++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.creating--;
      this.flushIfComplete();
    };
  }

  /** Tag a new job with `tags`; resolves with the batch's size once TagResources succeeded. */
  tag(
    client: SaeClient,
    region: string,
    appId: string,
    tags: Readonly<Record<string, string>>,
    stopped: boolean,
  ): Promise<number> {
    const key = `${region}\0${JSON.stringify(Object.entries(tags).sort())}`;
    let b = this.batches.get(key);
    if (!b) {
      b = { client, region, tags: { ...tags }, members: [] };
      this.batches.set(key, b);
      const batch = b;
      b.timer = setTimeout(() => this.send(key, batch), this.maxWaitMs);
      b.timer.unref();
    }
    const batch = b;
    const joined = new Promise<number>((resolve, reject) => batch.members.push({ appId, resolve, reject }));
    if (stopped || batch.members.length >= MAX_TAGGED_RESOURCES) this.send(key, batch);
    return joined;
  }

  /** Every create under way has joined its batch (or failed): nothing more will come soon. */
  private flushIfComplete(): void {
    if (this.creating <= 0) for (const [key, b] of this.batches) this.send(key, b);
  }

  private send(key: string, b: Batch): void {
    if (this.batches.get(key) !== b) return;
    this.batches.delete(key);
    clearTimeout(b.timer);
    this.sent++;
    const members = b.members;
    b.client
      .send(
        tagRequest(
          members.map((m) => m.appId),
          b.region,
          b.tags,
        ),
        { finishing: true },
      )
      .then(
        () => {
          for (const m of members) m.resolve(members.length);
        },
        (e: unknown) => {
          for (const m of members) m.reject(e);
        },
      );
  }
}
