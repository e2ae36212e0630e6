const GAP = 4;
const MARGIN = 8;

export interface Floating {
  /** Shows the card again if the browser closed it (its host was moved) and re-places it after a re-render. */
  refresh(): void;
  /** Hides the card and stops following. */
  stop(): void;
}

/**
 * Shows `card` next to `anchor`: in the top layer where the browser has popovers (so no `overflow` or stacking
 * context of the app clips or covers it), at fixed coordinates below the anchor, or above it when there is no room
 * below, kept in place while the page scrolls or the card grows.
 */
export function follow(anchor: HTMLElement, card: HTMLElement): Floating | null {
  const view = card.ownerDocument.defaultView;
  if (!view) return null;
  const popover = typeof card.showPopover === 'function';
  const place = () => {
    const around = anchor.getBoundingClientRect();
    const left = Math.max(MARGIN, Math.min(around.left, view.innerWidth - card.offsetWidth - MARGIN));
    const below = around.bottom + GAP;
    const above = around.top - GAP - card.offsetHeight;
    const top = below + card.offsetHeight > view.innerHeight - MARGIN && above >= MARGIN ? above : below;
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  };
  const refresh = () => {
    // Moving a host out of the document and back (an app re-rendering the field's row) closes its popover.
    if (popover && card.isConnected && !card.matches(':popover-open')) card.showPopover();
    place();
  };
  refresh();
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(place) : null;
  resizes?.observe(card);
  view.addEventListener('scroll', place, { capture: true, passive: true });
  view.addEventListener('resize', place, { passive: true });
  return {
    refresh,
    stop() {
      resizes?.disconnect();
      view.removeEventListener('scroll', place, { capture: true });
      view.removeEventListener('resize', place);
      if (popover && card.isConnected && card.matches(':popover-open')) card.hidePopover();
    },
  };
}
