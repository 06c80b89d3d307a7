// Every answer read within bounds. pop-core reads a response whole through
// httpx, whose read timer rejects the call but leaves the socket open and
// the body still arriving (a server sending a byte a second kept saejob
// alive past --timeout; a streaming one grew it to gigabytes). Each call
// gets an AbortSignal that fires at its deadline, and the client's agent
// counts the bytes of each response and destroys the request past
// MAX_RESPONSE_BYTES: the socket goes, and the call fails with a clear code.
import http from 'node:http';
import https from 'node:https';

/** SAE's answers are kilobytes (a ListJobs page of 100 jobs is a few hundred); past this it is not SAE. */
export const MAX_RESPONSE_BYTES = 8 * 1024 * 1024;

/** One call's bounds and what ended it, carried to the agent in the request's options. */
export interface CallBounds {
  signal: AbortSignal;
  maxBytes: number;
  /** Set when the answer grew past maxBytes (the request was destroyed). */
  tooLarge?: boolean;
}

const BOUNDS = Symbol('saejob.callBounds');

type AgentClass = typeof http.Agent;

function bounded<A extends AgentClass>(Base: A): A {
  // addRequest is how a ClientRequest reaches its agent: the one place that sees both the request and its options.
  return class extends (Base as AgentClass) {
    addRequest(req: http.ClientRequest, options: http.RequestOptions & { [BOUNDS]?: CallBounds }): void {
      const b = options[BOUNDS];
      if (b) {
        // Counted on the socket (bytes as they arrive, headers included), never by reading the
        // response: a 'data' listener there would start it flowing before httpx reads it.
        req.once('socket', (socket) => {
          let bytes = 0;
          const count = (chunk: Buffer) => {
            bytes += chunk.length;
            if (bytes > b.maxBytes && !b.tooLarge) {
              b.tooLarge = true;
              req.destroy(new Error('response too large'));
            }
          };
          socket.on('data', count);
          // A kept-alive socket serves the next call: this call's count goes with it.
          req.once('close', () => socket.removeListener('data', count));
        });
      }
      // Node's Agent.addRequest is public but not in @types/node 20's Agent type.
      (
        Base.prototype as unknown as { addRequest(r: http.ClientRequest, o: http.RequestOptions): void }
      ).addRequest.call(this, req, options);
    }
  } as unknown as A;
}

const BoundedHttpAgent = bounded(http.Agent);
const BoundedHttpsAgent = bounded(https.Agent as unknown as AgentClass);

/** A keep-alive agent for one endpoint that enforces each call's bounds. */
export function boundedAgent(endpoint: string): http.Agent {
  return endpoint.startsWith('https:')
    ? new BoundedHttpsAgent({ keepAlive: true })
    : new BoundedHttpAgent({ keepAlive: true });
}

/** The request options hook (httpx's beforeRequest) that hands a call's bounds to the agent. */
export function withBounds(bounds: CallBounds) {
  return (options: Record<string | symbol, unknown>) => ({ ...options, signal: bounds.signal, [BOUNDS]: bounds });
}
