/**
 * Puts the overlay into the page: one small shadow host per field marker, inserted right after the field's anchor
 * (never covering or moving the app's nodes), one for the summary chip after the record header (or fixed at the
 * top right of the active view when there is none), one for the stage-gate panel after the stage control.
 * Plain DOM, no framework: content scripts load on every page of the app, and React alone would weigh more than
 * all the rest. Each host keeps its components, and a render updates them in place, so an open card, a half-typed
 * acknowledgement and the focus survive every re-evaluation.
 *
 * Every host carries `data-fieldguard` (and field, severity, score attributes) for tests; see README.md.
 */
import type { AcknowledgeHandler, FindingView, GateView, MarkerView, SummaryView } from './overlay/types';
import type { FocusResult } from './tab-messages';
import { FieldMarker } from './overlay/field-marker';
import { GatePanel } from './overlay/gate-panel';
import { setAttributes } from './overlay/h';
import overlayCss from './overlay/overlay.css?inline';
import { SummaryChip } from './overlay/summary-chip';

export type HostKind = 'marker' | 'chip' | 'gate';

export interface OverlayContent {
  readonly markers: readonly { readonly view: MarkerView; readonly anchor: Element }[];
  readonly summary: SummaryView;
  /** Where the chip goes; null puts it at the top right of `root`. */
  readonly header: Element | null;
  readonly root: Element;
  readonly gate: GateView | null;
  /** Where the gate panel goes; null shows it under the chip. */
  readonly stageAnchor: Element | null;
}

interface Host {
  readonly element: HTMLElement;
  readonly container: HTMLElement;
}

interface MarkerHost extends Host {
  readonly marker: FieldMarker;
}

interface ChipHost extends Host {
  readonly chip: SummaryChip;
  /** The gate panel shown under the chip when the page has no stage control to put it after. */
  gate: GatePanel | null;
}

interface GateHost extends Host {
  readonly panel: GatePanel;
}

// Events from inside our UI stop at the host: the app must not see keystrokes typed into an acknowledgement reason
// (its shortcuts would fire) nor clicks on a marker inside a field row (inline edit would open).
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'input', 'change', 'beforeinput', 'focusin', 'focusout',
  'click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'submit',
] as const;

export class Overlay {
  private readonly doc: Document;
  private readonly onAcknowledge: AcknowledgeHandler;
  private readonly markers = new Map<string, MarkerHost>();
  private chip: ChipHost | null = null;
  private gate: GateHost | null = null;
  private readonly own = new WeakSet<Node>();
  private content: OverlayContent | null = null;
  private expandedField: string | null = null;
  private chipOpen = false;
  private readonly select = (finding: FindingView) => {
    if (finding.anchorField !== null) this.focusField(finding.anchorField);
  };

  constructor(doc: Document, onAcknowledge: AcknowledgeHandler) {
    this.doc = doc;
    this.onAcknowledge = onAcknowledge;
  }

  /** Whether a node is one of our hosts (the runtime ignores DOM changes to them). */
  readonly isOwn = (node: Node): boolean => this.own.has(node);

  render(content: OverlayContent): void {
    this.content = content;
    this.placeMarkers(content.markers);
    this.placeChip(content);
    this.placeGate(content);
    this.paint();
  }

  /**
   * Main-thread time of the last evaluation and render, on the chip as `data-fieldguard-eval-ms` for the overlay
   * bench. Set even when unchanged, so a watcher sees one attribute change per evaluation.
   */
  recordEvaluation(milliseconds: number): void {
    this.chip?.element.setAttribute('data-fieldguard-eval-ms', milliseconds.toFixed(1));
  }

  /** Scrolls to a field's marker, opens it and focuses it: keyboard users land on the hint, then Tab to the field. */
  focusField(field: string): void {
    const host = this.markers.get(field);
    if (!host) return;
    this.expandedField = field;
    this.chipOpen = false;
    this.paint();
    host.element.scrollIntoView({ block: 'center' });
    host.marker.focus();
  }

  /**
   * Brings a finding (`pack/rule`) into view for the popup: its field's marker, or, for a finding on no field of
   * the page, the chip's list of every finding.
   */
  focusFinding(key: string): FocusResult {
    const finding = this.content?.summary.findings.find((candidate) => candidate.key === key);
    const chip = this.chip;
    if (!finding || !chip) return 'none';
    if (finding.anchorField !== null && this.markers.has(finding.anchorField)) {
      this.focusField(finding.anchorField);
      return 'marker';
    }
    this.expandedField = null;
    this.chipOpen = true;
    this.paint();
    chip.element.scrollIntoView({ block: 'center' });
    chip.chip.focus();
    return 'list';
  }

  /** Removes everything FieldGuard added to the page. The overlay can render again afterwards. */
  clear(): void {
    this.content = null;
    for (const host of this.markers.values()) removeMarker(host);
    this.markers.clear();
    if (this.chip) {
      this.chip.chip.destroy();
      this.chip.element.remove();
      this.chip = null;
    }
    this.gate?.element.remove();
    this.gate = null;
    this.expandedField = null;
    this.chipOpen = false;
  }

  private placeMarkers(markers: OverlayContent['markers']): void {
    const wanted = new Set(markers.map((marker) => marker.view.field));
    for (const [field, host] of this.markers) {
      if (wanted.has(field)) continue;
      removeMarker(host);
      this.markers.delete(field);
    }
    if (this.expandedField !== null && !wanted.has(this.expandedField)) this.expandedField = null;
    for (const { view, anchor } of markers) {
      let host = this.markers.get(view.field);
      if (!host) {
        const field = view.field;
        const marker = new FieldMarker((expanded) => {
          this.expandedField = expanded ? field : null;
          this.paint();
        }, this.onAcknowledge);
        host = { ...this.createHost('marker'), marker };
        host.container.append(marker.element);
        this.markers.set(field, host);
      }
      if (!isPlacedAfter(anchor, host.element)) anchor.after(host.element);
      setAttributes(host.element, {
        'data-fieldguard-field': view.field,
        'data-fieldguard-severity': view.severity,
        'data-fieldguard-count': view.findings.length,
      });
    }
  }

  private placeChip(content: OverlayContent): void {
    const host = (this.chip ??= this.createChipHost());
    const { summary } = content;
    setAttributes(host.element, {
      'data-fieldguard-score': summary.score,
      'data-fieldguard-source': summary.source,
      'data-fieldguard-errors': summary.errors,
      'data-fieldguard-warnings': summary.warnings,
      'data-fieldguard-info': summary.info,
    });
    if (content.header) {
      host.element.removeAttribute('data-fieldguard-placement');
      host.element.style.removeProperty('--fg-top');
      host.element.style.removeProperty('--fg-right');
      if (!isPlacedAfter(content.header, host.element)) content.header.after(host.element);
      return;
    }
    // No header: pinned to the viewport at the active view's top right, outside the app's nodes.
    const rect = content.root.getBoundingClientRect();
    const viewWidth = this.doc.defaultView?.innerWidth ?? rect.right;
    host.element.setAttribute('data-fieldguard-placement', 'fixed');
    host.element.style.setProperty('--fg-top', `${Math.round(Math.max(rect.top, 0) + 8)}px`);
    host.element.style.setProperty('--fg-right', `${Math.round(Math.max(viewWidth - rect.right, 0) + 8)}px`);
    if (host.element.parentNode !== this.doc.body) this.doc.body.append(host.element);
  }

  private placeGate(content: OverlayContent): void {
    if (!content.gate || !content.stageAnchor) {
      this.gate?.element.remove();
      this.gate = null;
      return;
    }
    if (!this.gate) {
      const panel = new GatePanel(this.select);
      this.gate = { ...this.createHost('gate'), panel };
      this.gate.container.append(panel.element);
    }
    const host = this.gate;
    setAttributes(host.element, {
      'data-fieldguard-stage': content.gate.stage,
      'data-fieldguard-fields': [...new Set(content.gate.findings.flatMap((finding) => finding.fields))].join(' '),
      'data-fieldguard-count': content.gate.findings.length,
    });
    if (!isPlacedAfter(content.stageAnchor, host.element)) content.stageAnchor.after(host.element);
  }

  private createChipHost(): ChipHost {
    const chip = new SummaryChip(
      (open) => {
        this.chipOpen = open;
        this.paint();
      },
      this.select,
      this.onAcknowledge,
    );
    const host = { ...this.createHost('chip'), chip, gate: null };
    host.container.append(chip.element);
    return host;
  }

  private createHost(kind: HostKind): Host {
    const element = this.doc.createElement(`fieldguard-${kind}`);
    element.setAttribute('data-fieldguard', kind);
    const shadow = element.attachShadow({ mode: 'open' });
    const style = this.doc.createElement('style');
    style.textContent = overlayCss;
    const container = this.doc.createElement('div');
    shadow.append(style, container);
    for (const type of ISOLATED_EVENTS) element.addEventListener(type, stopAtHost);
    this.own.add(element);
    return { element, container };
  }

  /** Brings every component up to date with the content and the open/closed state, synchronously. */
  private paint(): void {
    const content = this.content;
    const chip = this.chip;
    if (!content || !chip) return;
    for (const { view } of content.markers) this.markers.get(view.field)?.marker.update(view, this.expandedField === view.field);
    chip.chip.update(content.summary, this.chipOpen);
    if (content.gate && !this.gate) {
      if (!chip.gate) {
        chip.gate = new GatePanel(this.select);
        chip.container.append(chip.gate.element);
      }
      chip.gate.update(content.gate);
    } else if (chip.gate) {
      chip.gate.element.remove();
      chip.gate = null;
    }
    if (content.gate && this.gate) this.gate.panel.update(content.gate);
  }
}

function removeMarker(host: MarkerHost): void {
  host.marker.destroy();
  host.element.remove();
}

function stopAtHost(event: Event): void {
  event.stopPropagation();
}

/** The host sits right after the anchor, possibly behind other FieldGuard hosts placed after the same anchor. */
function isPlacedAfter(anchor: Element, host: Element): boolean {
  let node = anchor.nextElementSibling;
  while (node) {
    if (node === host) return true;
    if (!node.hasAttribute('data-fieldguard')) return false;
    node = node.nextElementSibling;
  }
  return false;
}
