/**
 * What the overlay bench runs inside each app page: a Playwright init script (main world, before the app's own
 * scripts) that timestamps, with the page's performance.now(), when the record's first field container shows in
 * the active view and when FieldGuard's chip (with its markers, on a dirty record) is on the page for it. It also
 * keeps the chip's `data-fieldguard-eval-ms` values and the page's long tasks, so the bench reads everything from one
 * place after each navigation. (Long animation frames would name the scripts of a long task, but Chromium leaves
 * extension scripts out of their attribution.)
 */

export interface ProbeConfig {
  /** The active view of the record, whose field containers count; null: the whole document. */
  readonly scope: string | null;
  /** The record's field containers inside `scope`. */
  readonly fields: string;
}

export interface LongTask {
  readonly start: number;
  readonly duration: number;
  /** A FieldGuard host was inserted or changed during this task: FieldGuard's own work was part of it. */
  readonly fieldGuard: boolean;
}

export interface ProbeResult {
  /** When a field container other than the one shown at `arm()` appeared in the active view. */
  readonly fieldsAt: number | null;
  /** When a chip other than the one shown at `arm()` was on the page. */
  readonly chipAt: number | null;
  /** When such a chip was on the page together with at least one marker. */
  readonly markedChipAt: number | null;
  /** Every `data-fieldguard-eval-ms` the chip took since the last `take()`. */
  readonly evalMs: readonly number[];
  readonly longTasks: readonly LongTask[];
  /** The chip's `data-fieldguard-*` attributes now, or null with no chip. */
  readonly chip: Readonly<Record<string, string>> | null;
  readonly markers: number;
}

/** What a navigation waits for: the record's fields alone (no extension), or also the chip, or also a marker. */
export type ProbeTarget = 'fields' | 'chip' | 'marked chip';

export interface ProbeApi {
  /** Before an in-page navigation: what is on the page now belongs to the record being left. */
  arm(): void;
  /** Resolves true once the record's fields and what `until` names are there, false after `timeoutMs`. */
  done(until: ProbeTarget, timeoutMs: number): Promise<boolean>;
  /** The figures so far; the per-navigation lists start empty again. */
  take(): ProbeResult;
}

/** The window property the probe answers on. */
export const PROBE_GLOBAL = '__fieldguardOverlayBench';

/**
 * The init script's source. tsx compiles with esbuild's keepNames, which wraps named functions in `__name(...)`
 * calls: the page copy gets a local no-op of that name.
 */
export function probeScript(config: ProbeConfig): string {
  return `(() => { const __name = (target) => target; (${installProbe.toString()})(${JSON.stringify(config)}, ${JSON.stringify(PROBE_GLOBAL)}); })();`;
}

/** Runs in the page: self-contained, nothing from the enclosing module. */
function installProbe(config: ProbeConfig, globalName: string): void {
  // Frames inside an app page (ServiceNow's gsft_main) get their own copy; the bench measures top-level pages.
  if (window.top !== window) return;
  const CHIP = '[data-fieldguard="chip"]';
  const MARKER = '[data-fieldguard="marker"]';
  const OWN = 'data-fieldguard';
  const EVAL = 'data-fieldguard-eval-ms';

  let armedFields: Element | null = null;
  let armedChip: Element | null = null;
  let fieldsAt: number | null = null;
  let chipAt: number | null = null;
  let markedChipAt: number | null = null;
  let evalMs: number[] = [];
  let renders: number[] = [];
  let longTasks: { start: number; duration: number }[] = [];
  let waiters: { until: ProbeTarget; resolve: (value: boolean) => void }[] = [];
  const seenChips = new WeakSet<Element>();

  const activeField = (): Element | null => {
    const scope = config.scope === null ? document : document.querySelector(config.scope);
    return scope ? scope.querySelector(config.fields) : null;
  };
  const isOwn = (node: Node): boolean => node instanceof Element && node.hasAttribute(OWN);
  const isDone = (until: ProbeTarget): boolean =>
    fieldsAt !== null && (until === 'fields' || (until === 'chip' ? chipAt : markedChipAt) !== null);

  const check = (records: readonly MutationRecord[]): void => {
    const now = performance.now();
    const evaluated = new Set<Node>();
    let rendered = false;
    for (const record of records) {
      if (isOwn(record.target) || [...record.addedNodes, ...record.removedNodes].some(isOwn)) rendered = true;
      if (record.type === 'attributes' && record.attributeName === EVAL && isOwn(record.target) && !evaluated.has(record.target)) {
        evaluated.add(record.target);
        const value = Number((record.target as Element).getAttribute(EVAL));
        if (Number.isFinite(value)) evalMs.push(value);
      }
    }
    if (rendered) renders.push(now);
    if (fieldsAt === null) {
      const field = activeField();
      if (field !== null && field !== armedFields) fieldsAt = now;
    }
    const chip = document.querySelector(CHIP);
    if (chip !== null && !seenChips.has(chip)) {
      seenChips.add(chip);
      const value = Number(chip.getAttribute(EVAL));
      if (!evaluated.has(chip) && chip.hasAttribute(EVAL) && Number.isFinite(value)) evalMs.push(value);
    }
    if (chip !== null && chip !== armedChip) {
      chipAt ??= now;
      if (markedChipAt === null && document.querySelector(MARKER) !== null) markedChipAt = now;
    }
    waiters = waiters.filter((waiter) => {
      if (!isDone(waiter.until)) return true;
      waiter.resolve(true);
      return false;
    });
  };
  new MutationObserver(check).observe(document, { childList: true, subtree: true, attributes: true });

  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) longTasks.push({ start: entry.startTime, duration: entry.duration });
  }).observe({ type: 'longtask', buffered: true });

  const api: ProbeApi = {
    arm() {
      armedFields = activeField();
      armedChip = document.querySelector(CHIP);
      fieldsAt = null;
      chipAt = null;
      markedChipAt = null;
    },
    done(until, timeoutMs) {
      if (isDone(until)) return Promise.resolve(true);
      return new Promise((resolve) => {
        const waiter = { until, resolve };
        waiters.push(waiter);
        setTimeout(() => {
          waiters = waiters.filter((other) => other !== waiter);
          resolve(false);
        }, timeoutMs);
      });
    },
    take() {
      const chip = document.querySelector(CHIP);
      const attributes: Record<string, string> = {};
      for (const attribute of chip?.attributes ?? []) {
        if (attribute.name.startsWith(`${OWN}-`)) attributes[attribute.name.slice(OWN.length + 1)] = attribute.value;
      }
      const result: ProbeResult = {
        fieldsAt,
        chipAt,
        markedChipAt,
        evalMs,
        longTasks: longTasks.map((task) => ({
          ...task,
          fieldGuard: renders.some((at) => at >= task.start && at <= task.start + task.duration),
        })),
        chip: chip ? attributes : null,
        markers: document.querySelectorAll(MARKER).length,
      };
      evalMs = [];
      renders = [];
      longTasks = [];
      return result;
    },
  };
  Object.defineProperty(window, globalName, { value: api });
}
