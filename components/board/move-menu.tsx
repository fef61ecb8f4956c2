"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState, type KeyboardEvent } from "react";

export type MenuOption = { key: string; label: string; disabled: boolean };

/**
 * The way to move a card without dragging: a menu button (WAI-ARIA menu pattern) with arrow
 * keys, Home/End, and Escape back to the button. It opens inline so a scrolling column never clips it.
 */
export function MoveMenu({
  id,
  name,
  options,
  onChoose,
}: {
  id: string;
  name: string;
  options: MenuOption[];
  onChoose: (key: string) => void;
}) {
  const t = useTranslations("board");
  const [open, setOpen] = useState(false);
  const button = useRef<HTMLButtonElement>(null);
  const items = useRef<(HTMLButtonElement | null)[]>([]);
  const menuId = useId();

  const first = Math.max(
    options.findIndex((o) => !o.disabled),
    0,
  );
  useEffect(() => {
    if (open) items.current[first]?.focus();
  }, [open, first]);

  const close = () => {
    setOpen(false);
    button.current?.focus();
  };
  const focusAt = (index: number) => items.current[(index + options.length) % options.length]?.focus();
  const onMenuKey = (e: KeyboardEvent) => {
    const at = items.current.findIndex((el) => el === document.activeElement);
    const keys: Record<string, () => void> = {
      ArrowDown: () => focusAt(at + 1),
      ArrowUp: () => focusAt(at - 1),
      Home: () => focusAt(0),
      End: () => focusAt(options.length - 1),
      Escape: close,
      Tab: () => setOpen(false),
    };
    const run = keys[e.key];
    if (!run) return;
    if (e.key !== "Tab") e.preventDefault();
    run();
  };
  const choose = (option: MenuOption) => {
    if (option.disabled) return;
    close();
    onChoose(option.key);
  };

  return (
    <div
      className="move-menu"
      onBlur={(e) => {
        if (open && !e.currentTarget.contains(e.relatedTarget as Node | null)) setOpen(false);
      }}
    >
      <button
        ref={button}
        id={id}
        type="button"
        className="menu-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-controls={open ? menuId : undefined}
        onClick={() => setOpen((o) => !o)}
        onKeyDown={(e) => {
          if (e.key === "ArrowDown" || e.key === "ArrowUp") {
            e.preventDefault();
            setOpen(true);
          }
        }}
      >
        {t("moveTo")}
        <span className="visually-hidden">{t("moveName", { name })}</span>
      </button>
      {open && (
        <ul role="menu" id={menuId} aria-label={t("moveMenu", { name })} onKeyDown={onMenuKey}>
          {options.map((option, i) => (
            <li role="none" key={option.key}>
              <button
                ref={(el) => {
                  items.current[i] = el;
                }}
                type="button"
                role="menuitem"
                tabIndex={-1}
                aria-disabled={option.disabled || undefined}
                onClick={() => choose(option)}
              >
                {option.label}
              </button>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
