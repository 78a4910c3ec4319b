import { useCallback, useEffect, useReducer, useRef, useState } from 'react';

/**
 * Keyboard focus where content changes under it. When a form closes, a card is deleted or a toast
 * goes away, the focused element leaves the page and the browser drops focus to the body, where a
 * keyboard or screen-reader user has lost their place. These put focus on what replaced it.
 */

/** Frames to wait for a live query to draw what focus should go to (about half a second). */
const FRAMES = 30;

/** A CSS selector for the element with this id. */
export const byId = (id: string): string => `#${CSS.escape(id)}`;

/** A CSS selector for the button of this accessible name (set with aria-label). */
export const buttonNamed = (label: string): string => `button[aria-label="${CSS.escape(label)}"]`;

/** True when nothing has focus (it fell to the body), i.e. the user has not moved on. */
export function focusIsLost(): boolean {
  const active = document.activeElement;
  return active === null || active === document.body;
}

/** The h1 of the page on screen (a page kept mounted while hidden has one too). */
export function visiblePageHeading(): HTMLElement | null {
  for (const heading of document.querySelectorAll<HTMLElement>('.page h1')) {
    if (heading.getClientRects().length > 0) return heading;
  }
  return null;
}

/**
 * Focuses the heading of this id, or the page's h1 when the id is null or the heading has gone
 * (a section that left with its last item).
 */
export function focusHeading(id: string | null): void {
  ((id ? document.getElementById(id) : null) ?? visiblePageHeading())?.focus();
}

/**
 * Focuses the first element matching `selector` once it is drawn, or `fallback()` when it has not
 * appeared after about half a second (another page, or far down a virtual list). Someone who has
 * moved focus elsewhere in the meantime keeps their place. Resolves once it has settled.
 */
export function focusWhenShown(
  selector: string,
  fallback: () => HTMLElement | null = () => null,
): Promise<void> {
  return new Promise((resolve) => {
    const attempt = (framesLeft: number) => {
      if (!focusIsLost()) return resolve();
      const element = document.querySelector<HTMLElement>(selector);
      if (element) {
        element.focus();
        return resolve();
      }
      if (framesLeft > 0) {
        requestAnimationFrame(() => attempt(framesLeft - 1));
        return;
      }
      fallback()?.focus();
      resolve();
    };
    attempt(FRAMES);
  });
}

/**
 * Returns `focusAfter(...ids)`: after the next render, focuses the first of these elements still
 * on screen (the button that opened a closed form; a group's heading after a delete, or the search
 * box when the group went with its last card).
 */
export function useFocusAfter(): (...ids: string[]) => void {
  const pending = useRef<string[] | null>(null);
  const [, rerender] = useReducer((n: number) => n + 1, 0);
  useEffect(() => {
    const ids = pending.current;
    if (ids === null) return;
    pending.current = null;
    ids
      .map((id) => document.getElementById(id))
      .find(Boolean)
      ?.focus();
  });
  return useCallback((...ids: string[]) => {
    pending.current = ids;
    rerender();
  }, []);
}

/**
 * For a form that replaces the button that opened it: remembers that button's accessible name
 * while the form first renders (once committed, the button is gone) and, when the form closes,
 * focuses the button of that name again once it is drawn.
 */
export function useReturnFocusToOpener(): void {
  const [opener] = useState(() => document.activeElement?.getAttribute('aria-label') ?? null);
  useEffect(
    () => () => {
      if (opener) void focusWhenShown(buttonNamed(opener));
    },
    [opener],
  );
}
