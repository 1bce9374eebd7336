/**
 * A post to Slack that got a 2xx has arrived, whatever its body says. The Web API client reads a body that is
 * not JSON as `ok: false`, so a 200 with a garbled body failed the answer after Slack had shown it, and the
 * user saw the answer and then "that broke". For the calls whose result we never read, an unreadable 2xx
 * body is logged and counted as delivered; calls whose answer matters (auth.test, conversations.replies) still fail.
 */
import axios, { type AxiosAdapter } from 'axios';

/** Web API methods we call only for their effect. */
const POSTS = /\/(chat\.postMessage|chat\.postEphemeral|views\.open|views\.publish)$/;

function readable(data: unknown): boolean {
  if (typeof data !== 'string' && !Buffer.isBuffer(data)) return true;
  try {
    JSON.parse(data.toString());
    return true;
  } catch {
    return false;
  }
}

/** The Web API client's HTTP adapter (WebClientOptions.adapter): axios's own, with the rule above. */
export function postsArriveAdapter(warn: (message: string) => void): AxiosAdapter {
  const http = axios.getAdapter('http');
  return async (config) => {
    const response = await http(config);
    const path = config.url ? new URL(config.url, config.baseURL).pathname : '';
    if (response.status >= 200 && response.status < 300 && POSTS.test(path) && !readable(response.data)) {
      warn(`Slack answered ${path} with HTTP ${response.status} and a body that is not JSON; counted as delivered`);
      return { ...response, data: '{"ok":true}' };
    }
    return response;
  };
}
