import type autocannon from 'autocannon';

/** A target server under load: where to send, what to send, and how to stop it. */
export interface RunningTarget {
  /** Base URL; the requests carry their own paths. */
  url: string;
  /** The requests each connection cycles through, each signed as the platform signs it. */
  requests: autocannon.Request[];
  /** How many answers the target has sent on after acknowledging (Slack's response_url posts), if it works that way. */
  followUps?(): number;
  close(): Promise<void>;
}

/** One entry of `npm run bench:http`: a name and a way to start it (Slack now; Discord interactions can be one more). */
export interface LoadTarget {
  name: string;
  start(): Promise<RunningTarget>;
}
