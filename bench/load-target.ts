import type { LoadRequest } from './load.js';

/** A target server under load: where to send, what to send, how to tell an answer, and how to stop it. */
export interface RunningTarget {
  /** Base URL; the requests carry their own paths. */
  url: string;
  /** The `n`th request of the load, signed as the platform signs it (a new delivery each time: the bot answers a replay once). */
  request: (n: number) => LoadRequest;
  /** True when a 2xx response body is a real answer (not an apology, an error or an empty ack). */
  isAnswer: (body: string) => boolean;
  close: () => Promise<void>;
}

/** One entry of `npm run bench:http`: a name and a way to start it. */
export interface LoadTarget {
  name: string;
  /** A do-nothing server that shows what the machine and the load generator cost by themselves: no verdict. */
  calibration?: boolean;
  start(): Promise<RunningTarget>;
}
