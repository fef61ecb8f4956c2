"use client";

import { useTranslations } from "next-intl";
import { usePathname } from "next/navigation";
import { useState, type FocusEvent, type KeyboardEvent, type ReactNode } from "react";

/**
 * The staff header's links behind a Menu button on narrow screens (the WAI-ARIA disclosure
 * pattern): aria-expanded on the button, Escape closes and gives focus back to it, moving focus
 * out or going to another page closes it. On wide screens CSS shows the links and hides the
 * button; without JavaScript (`scripting: none`) the links are simply always shown.
 */
export function StaffMenu({ children }: { children: ReactNode }) {
  const t = useTranslations("nav");
  const [open, setOpen] = useState(false);
  const pathname = usePathname();
  const [shownOn, setShownOn] = useState(pathname);
  if (shownOn !== pathname) {
    setShownOn(pathname);
    setOpen(false);
  }

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    if (e.key !== "Escape" || !open) return;
    setOpen(false);
    e.currentTarget.querySelector<HTMLButtonElement>(".menu-toggle")?.focus();
  };
  const onBlur = (e: FocusEvent<HTMLDivElement>) => {
    if (e.relatedTarget && !e.currentTarget.contains(e.relatedTarget)) setOpen(false);
  };

  return (
    <div className="staff-nav" data-open={open} onKeyDown={onKeyDown} onBlur={onBlur}>
      <button
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls="staff-menu"
        onClick={() => setOpen(!open)}
      >
        <span className="menu-icon" aria-hidden="true" />
        {t("menu")}
      </button>
      <div id="staff-menu" className="staff-menu">
        {children}
      </div>
    </div>
  );
}
