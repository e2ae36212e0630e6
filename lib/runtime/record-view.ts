/**
 * One record view: from the moment the URL names a record until the user navigates away. It reads the record
 * (API first, the page for unsaved edits or when the API fails), evaluates it, shows the overlay, and keeps both
 * current as the page changes. Everything it starts is tied to its AbortSignal; `stop()` leaves no trace.
 */
import type { AckView } from './overlay/types';
import { ACK_DURATIONS } from './overlay/durations';
import type { AckRequest, PageReport } from '../messaging';
import type { NormalizedRecord } from '../records/model';
import { evaluateAgainstStage, evaluateRecord, type CompiledPack } from '../rules/engine';
import type { ApiAccess, DomReading, RecordPage, SelectorHealth, SiteAdapter } from '../sites/types';
import type { Backend } from './backend';
import { compilePacks } from './compiled-packs';
import { AppFieldMessages, fieldMessagesOf, usesAppFieldMessages, type PageCommandRunner } from './field-messages';
import { logError, logWarning } from './log';
import { mergeRecord } from './merge';
import { Overlay } from './mount';
import { debounce, waitFor, watchMutations } from './observe';
import { checkedOnPage, pageOnlyEvaluation } from './page-only';
import type { PackChanges } from './pack-changes';
import { pageReport } from './page-report';
import { fieldLabels, findingKey, present, type Presentation } from './present';
import { browserTimeZone } from './time-zone';
import { nextStageGate } from './stage-status';
import type { FocusResult } from './tab-messages';

export interface ViewTimings {
  /** Quiet time after a DOM change or input before re-reading the page. */
  readonly debounceMs: number;
  /** Longest a re-read waits while the page keeps changing. */
  readonly maxWaitMs: number;
  /** How long to wait for the record view to render before giving up on the page. */
  readonly rootTimeoutMs: number;
  /** How long the API may take before the page's values are used instead. */
  readonly apiTimeoutMs: number;
  /** Shortest time between two reads of the API for one record view. */
  readonly apiRereadMs: number;
  /** Age after which the record is read from the API again when its tab becomes visible. */
  readonly apiStaleMs: number;
}

export const DEFAULT_TIMINGS: ViewTimings = {
  debounceMs: 150,
  maxWaitMs: 600,
  rootTimeoutMs: 15_000,
  apiTimeoutMs: 10_000,
  apiRereadMs: 2_000,
  apiStaleMs: 60_000,
};

export interface ViewDeps {
  readonly adapter: SiteAdapter;
  readonly page: RecordPage;
  readonly doc: Document;
  readonly backend: Backend;
  readonly api: ApiAccess;
  /** Whitelisted calls into the page (the app's own field messages). */
  readonly pageCommand: PageCommandRunner;
  readonly timings: ViewTimings;
  readonly now: () => number;
  /** Calls back when the active packs may have changed (`storagePackChanges`). */
  readonly packChanges: PackChanges;
}

export interface RecordView {
  /** The URL changed but still names this record (a tab, a query parameter): re-read soon. */
  poke(): void;
  /** Brings a finding (`pack/rule`) into view: its field's marker expanded and focused, or the chip's list opened. */
  focus(key: string): FocusResult;
  stop(): void;
}

type ApiState =
  | { readonly kind: 'pending' }
  | { readonly kind: 'ok'; readonly record: NormalizedRecord }
  | { readonly kind: 'failed'; readonly reason: string };

type PackState = 'loading' | readonly CompiledPack[];


export function startRecordView(deps: ViewDeps, parent: AbortSignal): RecordView {
  const view = new View(deps, parent);
  view.start().catch((error: unknown) => logError('the record view failed', error));
  return view;
}

class View implements RecordView {
  private readonly controller = new AbortController();
  private readonly overlay: Overlay;
  private readonly refreshSoon;
  private api: ApiState = { kind: 'pending' };
  private fetchController: AbortController | null = null;
  private readonly packs = new Map<string, PackState>();
  /** Bumped when the active packs change, so an answer to an older `get-packs` is dropped. */
  private packGeneration = 0;
  private acks = new Map<string, AckView>();
  private lastEditing: ReadonlySet<string> = new Set();
  private lastValues: Readonly<Record<string, unknown>> = {};
  /**
   * Values the page showed for fields just saved, with the number of API reads started by then: they stand in for
   * the saved values until a read started after them answers, so a fixed hint does not flash back.
   */
  private readonly carried = new Map<string, { readonly value: unknown; readonly reads: number }>();
  private reads = 0;
  private lastReadAt = Number.NEGATIVE_INFINITY;
  private rereadTimer: ReturnType<typeof setTimeout> | undefined;
  /** The app's own field messages, where it has them (ServiceNow classic forms). */
  private readonly appMessages: AppFieldMessages | null;
  private lastReport = '';
  private healthLogged = false;
  private shown = false;
  /** The object of the record last evaluated (the URL does not always say). */
  private object: string | null = null;
  /**
   * Whether the last refresh found no view with fields to read (the app still loading the record, or showing a
   * placeholder after a pushState): the next DOM change is likely the view arriving, so it is read at once.
   */
  private awaitingView = true;

  constructor(
    private readonly deps: ViewDeps,
    parent: AbortSignal,
  ) {
    if (parent.aborted) this.controller.abort();
    else parent.addEventListener('abort', () => this.stop(), { once: true, signal: this.signal });
    this.overlay = new Overlay(deps.doc, (finding, days, reason) => this.acknowledge(finding.pack, finding.rule, days, reason));
    this.refreshSoon = debounce(() => this.refresh(), deps.timings.debounceMs, deps.timings.maxWaitMs, this.signal);
    this.appMessages = usesAppFieldMessages(deps.page) ? new AppFieldMessages(deps.pageCommand) : null;
  }

  private get signal(): AbortSignal {
    return this.controller.signal;
  }

  async start(): Promise<void> {
    const { adapter, page, doc, timings } = this.deps;
    this.send(() => this.deps.backend.clearReport());
    this.fetchApi();
    void this.loadAcks();
    if (page.object) this.loadPacks(page.object);
    this.deps.packChanges(() => this.reloadPacks(), this.signal);
    const root = await waitFor(doc.documentElement, () => adapter.activeRoot(doc, page), { signal: this.signal, timeoutMs: timings.rootTimeoutMs });
    if (this.signal.aborted) return;
    if (!root) {
      logWarning(`no ${adapter.app} record view appeared within ${timings.rootTimeoutMs} ms; selector health:`, this.health());
      return;
    }
    // The whole document, not just the view: apps render menus, pickers and edit modals in portals at body level,
    // and what the user points at there (a stage option) changes what the view means. The debounce bounds the cost.
    watchMutations(doc.documentElement, () => this.onDomChange(), this.overlay.isOwn, this.signal);
    // Typing changes an input's value without any DOM mutation.
    for (const type of ['input', 'change'] as const) doc.addEventListener(type, () => this.refreshSoon.schedule(), { capture: true, signal: this.signal });
    // A tab left in the background for a while may show a record someone else has changed since.
    doc.addEventListener(
      'visibilitychange',
      () => {
        if (doc.visibilityState === 'visible' && Date.now() - this.lastReadAt >= timings.apiStaleMs) this.requestReread();
      },
      { signal: this.signal },
    );
    this.refresh();
  }

  poke(): void {
    this.refreshSoon.schedule();
  }

  focus(key: string): FocusResult {
    return this.signal.aborted ? 'none' : this.overlay.focusFinding(key);
  }

  /**
   * Waiting for the view, a change is read in the observer's own microtask: the debounce would delay the hints
   * past the view's appearance, and each such read costs what `waitFor`'s check on every change costs (the
   * adapter's `activeRoot`) until the view is there. Once it is, ordinary edits go through the debounce.
   */
  private onDomChange(): void {
    if (!this.awaitingView) return this.refreshSoon.schedule();
    this.refreshSoon.cancel();
    this.refresh();
  }

  stop(): void {
    if (this.signal.aborted) return;
    this.controller.abort();
    this.fetchController?.abort();
    clearTimeout(this.rereadTimer);
    this.overlay.clear();
    this.appMessages?.clear();
    if (this.shown) this.send(() => this.deps.backend.clearReport());
  }

  private refresh(): void {
    if (this.signal.aborted) return;
    try {
      this.evaluateAndShow();
    } catch (error) {
      logError('evaluating the record failed', error);
      this.hide();
    }
  }

  private evaluateAndShow(): void {
    const started = performance.now();
    const { adapter, page, doc } = this.deps;
    const root = adapter.activeRoot(doc, page);
    // A view re-rendering can lack its root for a moment; what is shown stays until the next change.
    if (!root) {
      this.awaitingView = true;
      return;
    }
    const reading = adapter.read(root, page);
    this.awaitingView = reading === null || reading.anchors.size === 0;
    if (!reading) return this.hide();
    this.noticeChanges(reading);
    const object = page.object ?? reading.object ?? (this.api.kind === 'ok' ? this.api.record.object : null);
    if (!object || this.api.kind === 'pending') return;
    const packs = this.packsFor(object);
    if (packs === 'loading') return;
    this.object = object;

    const record = mergeRecord({
      app: adapter.app,
      object,
      recordId: page.recordId,
      url: doc.location.href,
      api: this.api.kind === 'ok' ? this.api.record : null,
      reading,
      carried: Object.fromEntries([...this.carried].map(([field, { value }]) => [field, value])),
    });
    const options = { now: this.deps.now(), timeZone: browserTimeZone() };
    const fromApi = this.api.kind === 'ok';
    // Read from the page alone, a field the page does not show is unknown: findings about it would be false.
    const evaluated = evaluateRecord(record, packs, options);
    const evaluation = fromApi ? evaluated : pageOnlyEvaluation(evaluated, reading.values);
    const stageFindings = reading.pendingStage === null ? [] : evaluateAgainstStage(record, packs, reading.pendingStage, options);
    const gate =
      reading.pendingStage === null ? null : { stage: reading.pendingStage, findings: fromApi ? stageFindings : checkedOnPage(stageFindings, reading.values) };
    const nextStage = nextStageGate(record, packs, options);
    const source = fromApi ? 'api' : 'dom';
    const sourceReason = this.api.kind === 'failed' ? this.api.reason : null;
    const presentation = present({
      evaluation,
      gate,
      packs,
      shownFields: new Set(reading.anchors.keys()),
      labels: fieldLabels(packs, this.api.kind === 'ok' ? this.api.record.labels : {}, reading.labels),
      acks: this.acks,
      source,
      sourceReason,
      nextStage: nextStage && (fromApi ? nextStage : { ...nextStage, findings: checkedOnPage(nextStage.findings, reading.values) }),
    });
    this.shown = true;
    this.report(object, presentation, packs);
    // With every pack of the object switched off the page shows nothing, but the popup still learns so.
    if (packs.length === 0) {
      this.overlay.clear();
      this.appMessages?.clear();
      return;
    }
    this.overlay.render({
      markers: presentation.markers.flatMap((view) => {
        const anchor = reading.anchors.get(view.field);
        return anchor ? [{ view, anchor }] : [];
      }),
      summary: presentation.summary,
      header: reading.header,
      root,
      gate: presentation.gate,
      stageAnchor: reading.stageAnchor,
    });
    this.appMessages?.update(fieldMessagesOf(presentation.markers));
    this.overlay.recordEvaluation(performance.now() - started);
  }

  private hide(): void {
    this.overlay.clear();
    this.appMessages?.clear();
    if (!this.shown) return;
    this.shown = false;
    this.lastReport = '';
    this.send(() => this.deps.backend.clearReport());
  }

  /**
   * Whether the record may just have been saved, so the API is read again: edit mode ending (the editing set going
   * from some fields to none: a save or a cancel), or a field that is not being edited showing another value (a
   * quick pick-and-save, an app without an edit mode, a view re-rendered after a save). Until the API answers, the
   * values the page shows stand in for the saved ones: after a save the new value, after a cancel the old one; the
   * value last typed for a field the view does not show.
   */
  private noticeChanges(reading: DomReading): void {
    let changed = false;
    if (this.lastEditing.size > 0 && reading.editing.size === 0) {
      for (const field of this.lastEditing) {
        this.carry(field, Object.hasOwn(reading.values, field) ? reading.values[field] : (this.lastValues[field] ?? null));
      }
      changed = true;
    }
    for (const [field, value] of Object.entries(reading.values)) {
      if (reading.editing.has(field) || this.lastEditing.has(field) || !Object.hasOwn(this.lastValues, field)) continue;
      if (sameValue(this.lastValues[field], value)) continue;
      this.carry(field, value);
      changed = true;
    }
    this.lastEditing = new Set(reading.editing);
    this.lastValues = reading.values;
    if (changed) this.requestReread();
  }

  private carry(field: string, value: unknown): void {
    this.carried.set(field, { value, reads: this.reads });
  }

  /**
   * Reads the API again, at most once per `apiRereadMs`: a request while one waits is covered by it, as it reads
   * the record as it is then; an answer to an earlier read that comes later is dropped (latest wins).
   */
  private requestReread(): void {
    if (this.rereadTimer !== undefined || this.signal.aborted) return;
    const wait = this.lastReadAt + this.deps.timings.apiRereadMs - Date.now();
    if (wait <= 0) return this.fetchApi();
    this.rereadTimer = setTimeout(() => {
      this.rereadTimer = undefined;
      if (!this.signal.aborted) this.fetchApi();
    }, wait);
  }

  private fetchApi(): void {
    this.fetchController?.abort();
    const read = ++this.reads;
    this.lastReadAt = Date.now();
    const controller = new AbortController();
    this.fetchController = controller;
    const abort = () => controller.abort();
    this.signal.addEventListener('abort', abort, { once: true });
    const timer = setTimeout(abort, this.deps.timings.apiTimeoutMs);
    const settle = (next: ApiState) => {
      clearTimeout(timer);
      this.signal.removeEventListener('abort', abort);
      if (this.fetchController !== controller || this.signal.aborted) return;
      this.fetchController = null;
      this.api = next;
      for (const [field, entry] of this.carried) if (entry.reads < read) this.carried.delete(field);
      this.refresh();
    };
    const timedOut = new Promise<ApiState>((resolve) => {
      controller.signal.addEventListener('abort', () => resolve({ kind: 'failed', reason: `no answer within ${this.deps.timings.apiTimeoutMs / 1000} s` }), { once: true });
    });
    // Also catches an adapter that throws instead of returning a promise.
    const fetched = Promise.resolve().then(() => this.deps.adapter.fetchRecord(this.deps.page, this.deps.api, controller.signal)).then(
      (outcome): ApiState => (outcome.ok ? { kind: 'ok', record: outcome.record } : { kind: 'failed', reason: outcome.reason }),
      (error: unknown): ApiState => {
        logError('reading the record through the API failed', error);
        return { kind: 'failed', reason: error instanceof Error ? error.message : String(error) };
      },
    );
    void Promise.race([fetched, timedOut]).then(settle);
  }

  private packsFor(object: string): PackState {
    const state = this.packs.get(object);
    if (state) return state;
    this.loadPacks(object);
    return 'loading';
  }

  private loadPacks(object: string): void {
    if (this.packs.has(object)) return;
    this.packs.set(object, 'loading');
    const generation = this.packGeneration;
    const settle = (packs: readonly CompiledPack[]) => {
      if (generation !== this.packGeneration || this.signal.aborted) return;
      this.packs.set(object, packs);
      this.refresh();
    };
    this.deps.backend.getPacks(this.deps.adapter.app, object).then(
      (packs) => settle(compilePacks(packs)),
      (error: unknown) => {
        logError(`the rule packs for ${object} could not be loaded`, error);
        settle([]);
      },
    );
  }

  /**
   * The packs changed: asks for them again. What is shown stays until they arrive (no flash), then the record is
   * evaluated with the new set, so a pack switched off takes its hints with it.
   */
  private reloadPacks(): void {
    if (this.signal.aborted) return;
    this.packGeneration += 1;
    const objects = [...this.packs.keys()];
    this.packs.clear();
    for (const object of objects) this.loadPacks(object);
  }

  private async loadAcks(): Promise<void> {
    try {
      const acks = await this.deps.backend.listAcks(this.deps.adapter.app, this.deps.page.recordId);
      if (this.signal.aborted || acks.length === 0) return;
      this.acks = new Map(acks.map((ack) => [findingKey(ack), { reason: ack.reason, expiresAt: ack.expiresAt }]));
      this.refresh();
    } catch (error) {
      logError('acknowledgements could not be loaded', error);
    }
  }

  private async acknowledge(pack: string, rule: string, days: number, reason: string): Promise<void> {
    const duration = ACK_DURATIONS.find((candidate) => candidate.days === days);
    if (!duration) throw new Error(`${days} days is not an offered duration`);
    const { adapter, page } = this.deps;
    if (!this.object) throw new Error('the record is not identified yet');
    const request: AckRequest = { app: adapter.app, object: this.object, recordId: page.recordId, pack, rule, days: duration.days, reason };
    const ack = await this.deps.backend.addAck(request);
    if (this.signal.aborted) return;
    this.acks = new Map(this.acks).set(findingKey(ack), { reason: ack.reason, expiresAt: ack.expiresAt });
    this.refresh();
  }

  private report(object: string, presentation: Presentation, packs: readonly CompiledPack[]): void {
    const { adapter, page, doc } = this.deps;
    const report: PageReport = pageReport({
      url: doc.location.href,
      title: doc.title,
      inFrame: isSubframe(doc),
      app: adapter.app,
      object,
      recordId: page.recordId,
      presentation,
      packs: packs.map(({ pack }) => pack.id),
      health: this.health(),
    });
    const text = JSON.stringify(report);
    if (text === this.lastReport) return;
    this.lastReport = text;
    this.send(() => this.deps.backend.report(report));
  }

  private health(): SelectorHealth[] {
    let health: SelectorHealth[];
    try {
      health = [...this.deps.adapter.selectorHealth(this.deps.doc)];
    } catch (error) {
      logError('the selector health check failed', error);
      return [];
    }
    const missing = health.filter((entry) => entry.required && entry.found === 0).map((entry) => entry.name);
    if (missing.length > 0 && !this.healthLogged) {
      this.healthLogged = true;
      logWarning(`${this.deps.adapter.app} selectors found nothing on this page:`, missing.join(', '));
    }
    return health;
  }

  private send(message: () => Promise<void>): void {
    message().catch((error: unknown) => logError('the background did not take a message', error));
  }
}

function isSubframe(doc: Document): boolean {
  const window = doc.defaultView;
  return window !== null && window !== window.top;
}

function sameValue(a: unknown, b: unknown): boolean {
  return a === b || JSON.stringify(a) === JSON.stringify(b);
}
