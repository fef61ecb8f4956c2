import type { ReactNode } from "react";

/**
 * A table wider than the screen scrolls sideways in its own box, never the page. The box is a
 * labelled region that takes focus, so a keyboard can scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="table-scroll" role="region" aria-label={label} tabIndex={0}>
      {children}
    </div>
  );
}
