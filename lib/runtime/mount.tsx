/**
 * Puts the overlay into the page: one small shadow host per field marker, inserted right after the field's anchor
 * (never covering or moving the app's nodes), one for the summary chip after the record header (or fixed at the
 * top right of the active view when there is none), one for the stage-gate panel after the stage control.
 * A single React root renders into all of them through portals, so an update is one commit.
 *
 * Every host carries `data-fieldguard` (and field, severity, score attributes) for tests; see README.md.
 */
import { createPortal, flushSync } from 'react-dom';
import { createRoot, type Root } from 'react-dom/client';
import overlayCss from '../../components/overlay/overlay.css?inline';
import { FieldMarker } from '../../components/overlay/FieldMarker';
import { GatePanel } from '../../components/overlay/GatePanel';
import { SummaryChip } from '../../components/overlay/SummaryChip';
import type { AcknowledgeHandler, FindingView, GateView, MarkerView, SummaryView } from '../../components/overlay/types';

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

// Events from inside our UI stop at the host: the app must not see keystrokes typed into an acknowledgement reason
// (its shortcuts would fire) nor clicks on a marker inside a field row (inline edit would open).
const ISOLATED_EVENTS = [
  'keydown', 'keyup', 'keypress', 'input', 'change', 'beforeinput', 'focusin', 'focusout',
  'click', 'dblclick', 'mousedown', 'mouseup', 'pointerdown', 'pointerup', 'touchstart', 'touchend', 'submit',
] as const;

export class Overlay {
  private readonly doc: Document;
  private readonly onAcknowledge: AcknowledgeHandler;
  private readonly markers = new Map<string, Host>();
  private chip: Host | null = null;
  private gate: Host | null = null;
  private readonly own = new WeakSet<Node>();
  private root: Root | null = null;
  private content: OverlayContent | null = null;
  private expandedField: string | null = null;
  private chipOpen = false;

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

  /** Scrolls to a field's marker, opens it and focuses it: keyboard users land on the hint, then Tab to the field. */
  focusField(field: string): void {
    const host = this.markers.get(field);
    if (!host) return;
    this.expandedField = field;
    this.chipOpen = false;
    this.paint();
    host.element.scrollIntoView({ block: 'center' });
    host.container.querySelector('button')?.focus({ preventScroll: true });
  }

  /** Removes everything FieldGuard added to the page. The overlay can render again afterwards. */
  clear(): void {
    this.root?.unmount();
    this.root = null;
    this.content = null;
    for (const host of this.markers.values()) host.element.remove();
    this.markers.clear();
    this.chip?.element.remove();
    this.chip = null;
    this.gate?.element.remove();
    this.gate = null;
    this.expandedField = null;
    this.chipOpen = false;
  }

  private placeMarkers(markers: OverlayContent['markers']): void {
    const wanted = new Set(markers.map((marker) => marker.view.field));
    for (const [field, host] of this.markers) {
      if (wanted.has(field)) continue;
      host.element.remove();
      this.markers.delete(field);
    }
    if (this.expandedField !== null && !wanted.has(this.expandedField)) this.expandedField = null;
    for (const { view, anchor } of markers) {
      let host = this.markers.get(view.field);
      if (!host) {
        host = this.createHost('marker');
        this.markers.set(view.field, host);
      }
      if (!isPlacedAfter(anchor, host.element)) anchor.after(host.element);
      setAttributes(host.element, {
        'data-fieldguard-field': view.field,
        'data-fieldguard-severity': view.severity,
        'data-fieldguard-count': String(view.findings.length),
      });
    }
  }

  private placeChip(content: OverlayContent): void {
    const host = (this.chip ??= this.createHost('chip'));
    const { summary } = content;
    setAttributes(host.element, {
      'data-fieldguard-score': String(summary.score),
      'data-fieldguard-source': summary.source,
      'data-fieldguard-errors': String(summary.errors),
      'data-fieldguard-warnings': String(summary.warnings),
      'data-fieldguard-info': String(summary.info),
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
    const host = (this.gate ??= this.createHost('gate'));
    setAttributes(host.element, {
      'data-fieldguard-stage': content.gate.stage,
      'data-fieldguard-fields': [...new Set(content.gate.findings.flatMap((finding) => finding.fields))].join(' '),
      'data-fieldguard-count': String(content.gate.findings.length),
    });
    if (!isPlacedAfter(content.stageAnchor, host.element)) content.stageAnchor.after(host.element);
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

  private paint(): void {
    const content = this.content;
    if (!content || !this.chip) return;
    this.root ??= createRoot(this.doc.createElement('div'));
    const root = this.root;
    const chip = this.chip;
    const select = (finding: FindingView) => {
      if (finding.anchorField !== null) this.focusField(finding.anchorField);
    };
    const tree = (
      <>
        {content.markers.map(({ view }) => {
          const host = this.markers.get(view.field);
          if (!host) return null;
          return createPortal(
            <FieldMarker
              marker={view}
              expanded={this.expandedField === view.field}
              onToggle={(expanded) => {
                this.expandedField = expanded ? view.field : null;
                this.paint();
              }}
              onAcknowledge={this.onAcknowledge}
            />,
            host.container,
            view.field,
          );
        })}
        {createPortal(
          <>
            <SummaryChip
              summary={content.summary}
              open={this.chipOpen}
              onToggle={(open) => {
                this.chipOpen = open;
                this.paint();
              }}
              onSelect={select}
              onAcknowledge={this.onAcknowledge}
            />
            {content.gate && !this.gate && <GatePanel gate={content.gate} onSelect={select} />}
          </>,
          chip.container,
          'chip',
        )}
        {content.gate && this.gate && createPortal(<GatePanel gate={content.gate} onSelect={select} />, this.gate.container, 'gate')}
      </>
    );
    // Synchronous, so the hints are on the page when render() returns (and the bench measures what users see).
    flushSync(() => root.render(tree));
  }
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

function setAttributes(element: Element, attributes: Record<string, string>): void {
  for (const [name, value] of Object.entries(attributes)) {
    if (element.getAttribute(name) !== value) element.setAttribute(name, value);
  }
}
