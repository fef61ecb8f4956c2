"use client";

import { useEffect } from "react";

/**
 * With JavaScript, shows the times in the browser's own zone at once: the page loads with the
 * company's zone and this asks for it again with the zone the browser reports.
 */
export function ZoneDetect({ current }: { current: string }) {
  useEffect(() => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone || zone === current) return;
    const url = new URL(window.location.href);
    url.searchParams.set("tz", zone);
    window.location.replace(url.toString());
  }, [current]);
  return null;
}
