import { useLayoutEffect, type RefObject } from 'react';

const GAP = 4;
const MARGIN = 8;

/**
 * Shows `card` next to `trigger` while `open`: in the top layer where the browser has popovers (so no `overflow`
 * or stacking context of the app clips or covers it), at fixed coordinates below the trigger, or above it when
 * there is no room below, kept in place while the page scrolls or the card grows.
 */
export function useFloating(open: boolean, trigger: RefObject<HTMLElement | null>, card: RefObject<HTMLElement | null>): void {
  useLayoutEffect(() => {
    const element = card.current;
    const anchor = trigger.current;
    if (!open || !element || !anchor) return;
    return follow(anchor, element);
  }, [open, trigger, card]);
}

/** Shows and places `card`; returns what hides it and stops following. */
function follow(anchor: HTMLElement, card: HTMLElement): (() => void) | undefined {
  const view = card.ownerDocument.defaultView;
  if (!view) return undefined;
  const popover = typeof card.showPopover === 'function';
  if (popover) card.showPopover();
  const place = () => {
    const around = anchor.getBoundingClientRect();
    const left = Math.max(MARGIN, Math.min(around.left, view.innerWidth - card.offsetWidth - MARGIN));
    const below = around.bottom + GAP;
    const above = around.top - GAP - card.offsetHeight;
    const top = below + card.offsetHeight > view.innerHeight - MARGIN && above >= MARGIN ? above : below;
    card.style.left = `${Math.round(left)}px`;
    card.style.top = `${Math.round(top)}px`;
  };
  place();
  const resizes = typeof ResizeObserver === 'function' ? new ResizeObserver(place) : null;
  resizes?.observe(card);
  view.addEventListener('scroll', place, { capture: true, passive: true });
  view.addEventListener('resize', place, { passive: true });
  return () => {
    resizes?.disconnect();
    view.removeEventListener('scroll', place, { capture: true });
    view.removeEventListener('resize', place);
    if (popover && card.isConnected) card.hidePopover();
  };
}
