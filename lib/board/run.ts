/**
 * One board run: asks the app's API page after page to the end, evaluates each page, and reports rows and progress
 * as they come. Cancel keeps the rows delivered so far; so does an error mid-way, which ends the run as `failed`
 * with a `BoardError` saying what the user can do. A 429 with a short `Retry-After` is waited out once per page.
 *
 *   const run = startBoardRun(query, { onRows: setRows, onProgress: setProgress }, await boardRunDeps(query, tabId));
 *   cancelButton.onclick = () => run.cancel();
 */
import { UnknownPayloadError } from '../records/model';
import type { RulePack } from '../rules/schema';
import { BoardFailure, errorFromResponse, invalidResponse, messageOf, networkError, retryAfterSeconds } from './errors';
import type { BoardEvaluator } from './evaluate';
import { sourceFor, type BoardSourceClient } from './sources';
import type { BoardTransport, PageRequest, TransportResponse } from './transport';
import type { BoardError, BoardProgress, BoardQuery, BoardRow, BoardRun, BoardRunCallbacks } from './types';
import { createBoardEvaluator } from './worker-evaluator';

export interface BoardRunDeps {
  readonly transport: BoardTransport;
  /** The active packs for the query's app and objects. */
  readonly packs: readonly RulePack[];
  /** Defaults to a worker (or time-sliced) evaluator of `packs`, disposed when the run ends. */
  readonly evaluator?: BoardEvaluator;
  /** Defaults to the query's app source. */
  readonly source?: BoardSourceClient;
  /** Waits before retrying a rate-limited page; tests pass one that does not wait. */
  readonly sleep?: (ms: number, signal: AbortSignal) => Promise<void>;
  readonly now?: () => number;
}

/** A rate limit asking for a longer wait than this ends the run with the advice to come back later. */
const MAX_RETRY_AFTER_S = 10;

export function startBoardRun(query: BoardQuery, callbacks: BoardRunCallbacks, deps: BoardRunDeps): BoardRun {
  const controller = new AbortController();
  const signal = controller.signal;
  const ownsEvaluator = deps.evaluator === undefined;
  const sleep = deps.sleep ?? abortableSleep;
  let rows: BoardRow[] = [];
  let total: number | null = null;
  let pages = 0;

  const report = (state: BoardProgress['state'], error: BoardError | null = null): BoardProgress => {
    const progress: BoardProgress = { loaded: rows.length, total, pages, state, error };
    callbacks.onProgress(progress);
    return progress;
  };

  const send = async (request: PageRequest): Promise<TransportResponse> => {
    for (let attempt = 0; ; attempt++) {
      const response = await deps.transport(request, signal);
      if (response.status >= 200 && response.status < 300) return response;
      const wait = retryAfterSeconds(response.headers);
      if (response.status === 429 && attempt === 0 && wait !== null && wait <= MAX_RETRY_AFTER_S) {
        await sleep(wait * 1000, signal);
        continue;
      }
      throw new BoardFailure(errorFromResponse(query.app, response));
    }
  };

  const fetchJson = async (request: PageRequest): Promise<unknown> => jsonOf(await send(request), query);

  const load = async (): Promise<BoardProgress> => {
    const evaluator = deps.evaluator ?? createBoardEvaluator(deps.packs, deps.now);
    try {
      report('loading');
      const source = deps.source ?? sourceFor(query);
      const ownerNames = new Map(source.ownerNames ? await source.ownerNames(fetchJson) : []);
      let request: PageRequest | null = await source.firstRequest(fetchJson);
      const seen = new Set<string>();
      while (request !== null && !signal.aborted) {
        const key = `${request.method} ${request.url} ${request.body ?? ''}`;
        if (seen.has(key)) throw new BoardFailure(invalidResponse('The app pointed the board back to a page it had already loaded.'));
        seen.add(key);
        const response = await send(request);
        const page = source.readPage(jsonOf(response, query), response.headers);
        for (const [id, name] of page.ownerNames ?? []) ownerNames.set(id, name);
        const pageRows = await evaluator.evaluate(page.records, ownerNames);
        // A page that finished after the user cancelled is not shown: the board stops where the user stopped it.
        if (signal.aborted) break;
        rows = [...rows, ...pageRows];
        pages++;
        total = page.total ?? total;
        callbacks.onRows(rows);
        report('loading');
        request = page.next;
      }
      return report(signal.aborted ? 'cancelled' : 'done');
    } catch (error) {
      if (signal.aborted) return report('cancelled');
      return report('failed', boardErrorOf(error, query));
    } finally {
      if (ownsEvaluator) evaluator.dispose();
    }
  };

  const finished = load();
  return {
    cancel: () => controller.abort(new DOMException('The board run was cancelled', 'AbortError')),
    finished,
  };
}

export function boardErrorOf(error: unknown, query: BoardQuery): BoardError {
  if (error instanceof BoardFailure) return error.error;
  if (error instanceof UnknownPayloadError) return invalidResponse(`The ${query.app} answer was not what its API documents: ${error.message}`);
  return networkError(query.app, error);
}

function jsonOf(response: TransportResponse, query: BoardQuery): unknown {
  try {
    return JSON.parse(response.body);
  } catch (error) {
    throw new BoardFailure(invalidResponse(`The ${query.app} API answered with something that is not JSON (${messageOf(error)}).`));
  }
}

function abortableSleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(resolve, ms);
    signal.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(signal.reason);
    }, { once: true });
  });
}
