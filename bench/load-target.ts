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
  /** The server's process, whose CPU time (with its workers') the bench reads. */
  pid: number;
}

/**
 * One platform of `npm run bench:http`: the bot's endpoint and its bare peer, loaded with the same requests.
 * The peer answers every request with `answer`, the bot's own answer of median size for this mix.
 */
export interface PlatformPair {
  name: 'slack' | 'discord';
  /** Who answers: "Slack /compute", and the peer's description. */
  bot: string;
  peer: string;
  startBot(): Promise<RunningTarget>;
  startPeer(answer: string): Promise<RunningTarget>;
}
