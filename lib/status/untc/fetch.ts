import { setTimeout as sleep } from 'node:timers/promises';

/*
 * Fetches the status file from the UN Treaty Collection for the daily comparison (npm run
 * status:watch), treating the answer as untrusted input. Node's own fetch with AbortSignal.timeout
 * does all the network work; what a library would add (retries, back-off) is a few lines here, and
 * no library knows what this needs besides: UNTC's maintenance page, which it serves instead of the
 * file when it is down (public scripts that read these files test for its words), a web page where
 * XML was expected, a file cut short, a move to another host.
 */

export type FetchOptions = {
  /** How long one attempt may take, headers and body, in milliseconds. */
  timeoutMs: number;
  /** The largest file accepted, in bytes: the status of one treaty is far smaller. */
  maxBytes: number;
  /** Attempts after the first, for failures that may pass (no answer, 5xx, maintenance). */
  retries: number;
  /** The wait before the first retry, doubled before each next one, in milliseconds. */
  backoffMs: number;
};

export const DEFAULT_FETCH_OPTIONS: FetchOptions = { timeoutMs: 30_000, maxBytes: 10 * 1024 * 1024, retries: 3, backoffMs: 5_000 };

/** The file as UNTC sent it, and the address it came from in the end (after redirects on the same host). */
export type FetchedFile = { bytes: Uint8Array; url: string };

/** Why the file could not be fetched: one reason per attempt, the last one first in the message. */
export class UntcFetchError extends Error {
  readonly reasons: string[];

  constructor(url: string, reasons: string[]) {
    const attempts = reasons.length === 1 ? '' : ` (${reasons.length} attempts: ${reasons.map((reason, index) => `${index + 1}. ${reason}`).join('; ')})`;
    super(`could not fetch the status file from ${url}: ${reasons.at(-1)}${attempts}`);
    this.name = 'UntcFetchError';
    this.reasons = reasons;
  }
}

/** One attempt's failure, and whether another attempt may succeed. */
class AttemptFailure extends Error {
  constructor(
    message: string,
    readonly retry: boolean,
  ) {
    super(message);
  }
}

const MAX_REDIRECTS = 5;
const USER_AGENT = 'hanoi-convention-status-watch (a daily comparison of one treaty status page)';

const seconds = (ms: number) => `${ms / 1000} s`;

/** The response's body, refused as soon as it passes `maxBytes`. */
async function readBody(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) throw new AttemptFailure(`the file would be ${declared} bytes, more than the ${maxBytes} bytes accepted`, false);
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = response.body?.getReader();
  for (let read = await reader?.read(); read && !read.done; read = await reader!.read()) {
    size += read.value.byteLength;
    if (size > maxBytes) {
      await reader!.cancel();
      throw new AttemptFailure(`the file is more than the ${maxBytes} bytes accepted`, false);
    }
    chunks.push(read.value);
  }
  if (Number.isFinite(declared) && size < declared) throw new AttemptFailure(`the file was cut short (truncated): ${size} of the ${declared} bytes announced arrived`, true);
  return Buffer.concat(chunks);
}

/** What is wrong with a body that should be the XML file, or undefined. */
function notTheFile(bytes: Uint8Array, contentType: string): AttemptFailure | undefined {
  const text = new TextDecoder('latin1').decode(bytes.subarray(0, 64 * 1024));
  if (text.trim() === '') return new AttemptFailure('UNTC sent an empty file', true);
  if (/urgent maintenance/i.test(text)) return new AttemptFailure('UNTC answers that it is "under urgent maintenance" and currently unavailable', true);
  if (/^\s*(<!doctype html|<html)/i.test(text) || /html/i.test(contentType)) {
    const title = /<title[^>]*>([^<]*)</i.exec(text)?.[1].replace(/\s+/g, ' ').trim();
    return new AttemptFailure(`UNTC sent a web page (HTML${title ? `, "${title.slice(0, 120)}"` : ''}) instead of the XML file`, true);
  }
  return undefined;
}

/** A failure of the network or of the clock, as an attempt's failure worth retrying. */
function networkFailure(error: unknown, signal: AbortSignal, timeoutMs: number, what: string): AttemptFailure {
  if (signal.aborted) return new AttemptFailure(`no complete answer within ${seconds(timeoutMs)}`, true);
  const cause = error instanceof Error ? [error.message, error.cause instanceof Error ? error.cause.message : undefined].filter(Boolean).join(': ') : String(error);
  return new AttemptFailure(`${what} (${cause})`, true);
}

async function attempt(url: URL, options: FetchOptions): Promise<FetchedFile> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  const headers = { 'user-agent': USER_AGENT, accept: 'application/xml, text/xml;q=0.9, */*;q=0.1' };
  let address = url;
  for (let redirects = 0; ; redirects++) {
    const response = await fetch(address, { redirect: 'manual', signal, headers }).catch((error: unknown) => {
      throw networkFailure(error, signal, options.timeoutMs, `no answer from ${address.host}`);
    });
    const location = response.headers.get('location');
    if (response.status >= 300 && response.status < 400 && location) {
      await response.body?.cancel();
      const next = new URL(location, address);
      if (next.origin !== url.origin) throw new AttemptFailure(`UNTC redirected the address to another host, ${next.origin}: check where the status file now is, and update UNTC_STATUS_URL in lib/web/sources.ts if it moved`, false);
      if (redirects === MAX_REDIRECTS) throw new AttemptFailure(`more than ${MAX_REDIRECTS} redirects`, false);
      address = next;
      continue;
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      const passing = response.status >= 500 || response.status === 429 || response.status === 408;
      throw new AttemptFailure(`UNTC answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}${response.status === 404 ? ': the file is not at this address' : ''}`, passing);
    }
    const bytes = await readBody(response, options.maxBytes).catch((error: unknown) => {
      throw error instanceof AttemptFailure ? error : networkFailure(error, signal, options.timeoutMs, 'the connection closed before the whole file arrived: the file was cut short (truncated)');
    });
    const problem = notTheFile(bytes, response.headers.get('content-type') ?? '');
    if (problem) throw problem;
    return { bytes, url: address.href };
  }
}

/**
 * Fetches the status file at `url`, retrying what may pass with a doubling wait. Throws an
 * UntcFetchError naming the cause when no attempt brought the file.
 */
export async function fetchStatusFile(url: string, options: FetchOptions = DEFAULT_FETCH_OPTIONS): Promise<FetchedFile> {
  const reasons: string[] = [];
  for (let attemptNumber = 0; attemptNumber <= options.retries; attemptNumber++) {
    if (attemptNumber > 0) await sleep(options.backoffMs * 2 ** (attemptNumber - 1));
    try {
      return await attempt(new URL(url), options);
    } catch (error) {
      if (!(error instanceof AttemptFailure)) throw error;
      reasons.push(error.message);
      if (!error.retry) break;
    }
  }
  throw new UntcFetchError(url, reasons);
}
