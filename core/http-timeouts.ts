/**
 * Timeouts of one HTTP exchange over node:http, in three phases, so a server that accepts the
 * connection and never answers costs seconds, not undici's 300 s per attempt (issue 17):
 * connecting, waiting for the first byte of the answer once the request is sent (also the
 * longest silence of the socket at any time, which catches a stalled upload or body), and the
 * whole answer from the request sent to its last byte.
 */
import type { ClientRequest } from 'node:http';

export interface HttpTimeouts {
  /** From the call to the open connection, ms. */
  readonly connectMs: number;
  /** From the request sent to the answer's headers, ms; also the longest the socket may stay silent. */
  readonly firstByteMs: number;
  /** From the request sent to the answer's last byte, ms. */
  readonly totalMs: number;
}

/** An exchange that took longer than one of its timeouts; retryable as a network failure is. */
export class HttpTimeoutError extends Error {
  constructor(
    readonly phase: 'connect' | 'first byte' | 'total',
    readonly ms: number,
    readonly url: string,
  ) {
    const what = phase === 'connect' ? 'no connection' : phase === 'first byte' ? 'no answer' : 'the answer did not end';
    super(`${what} to ${new URL(url).origin} within ${ms} ms (${phase} timeout)`);
    this.name = 'HttpTimeoutError';
  }
}

/** What the caller tells the timers: the headers came, or the exchange is over. */
export interface ArmedTimeouts {
  gotHeaders(): void;
  done(): void;
}

/**
 * Arm the three timers on `req`; on expiry `fail` gets the error and the request is destroyed
 * with it (so a response body being read fails with it too).
 */
export function armTimeouts(req: ClientRequest, url: string, t: HttpTimeouts, fail: (err: HttpTimeoutError) => void): ArmedTimeouts {
  const timers: NodeJS.Timeout[] = [];
  const expire = (phase: HttpTimeoutError['phase'], ms: number): NodeJS.Timeout => {
    const timer = setTimeout(() => {
      const err = new HttpTimeoutError(phase, ms, url);
      fail(err);
      req.destroy(err);
    }, ms);
    timer.unref();
    timers.push(timer);
    return timer;
  };
  const connect = expire('connect', t.connectMs);
  req.once('socket', (socket) => {
    if (socket.connecting) socket.once('connect', () => clearTimeout(connect));
    else clearTimeout(connect);
  });
  let firstByte: NodeJS.Timeout | undefined;
  let headers = false;
  let over = false;
  req.once('finish', () => {
    if (over) return;
    if (!headers) firstByte = expire('first byte', t.firstByteMs);
    expire('total', t.totalMs);
  });
  req.setTimeout(t.firstByteMs, () => {
    const err = new HttpTimeoutError('first byte', t.firstByteMs, url);
    fail(err);
    req.destroy(err);
  });
  return {
    gotHeaders: () => {
      headers = true;
      clearTimeout(firstByte);
    },
    done: () => {
      over = true;
      for (const timer of timers) clearTimeout(timer);
      req.setTimeout(0);
    },
  };
}
