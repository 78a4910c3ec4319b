import { useRef, type FocusEvent } from 'react';
import { focusIsLost, visiblePageHeading } from './focus';
import { useToasts, type Toast } from './toast-store';

/**
 * Renders toasts in a polite live region; an action (such as "Ångra") is a real button. Their
 * timers stop while the pointer is over them or focus is in them. When a toast closes under the
 * focus, focus goes where the action put it, else back where it came from, else to the page's
 * heading: never to the body.
 */
export function Toasts() {
  const { toasts, dismiss, hold } = useToasts();
  const region = useRef<HTMLDivElement>(null);
  /** The element focused before focus entered the toasts. */
  const cameFrom = useRef<HTMLElement | null>(null);
  const outside = (node: EventTarget | null) =>
    !(node instanceof Node && region.current?.contains(node));
  // Held while a pointer is over the toasts or focus is in them (a touch counts while it lasts).
  const pointerIn = useRef(false);
  const focusIn = useRef(false);
  const updateHold = () => hold(pointerIn.current || focusIn.current);

  // Runs a frame after the toast went, once its button has left the page.
  const settleFocus = () =>
    requestAnimationFrame(() => {
      if (!focusIsLost()) return;
      const back = cameFrom.current;
      cameFrom.current = null;
      (back?.isConnected ? back : visiblePageHeading())?.focus();
    });
  const act = (toast: Toast) => {
    dismiss(toast.id);
    // Its focused button is gone (browsers do not always send a blur for that).
    focusIn.current = false;
    updateHold();
    void Promise.resolve(toast.onAction?.()).finally(settleFocus);
  };
  const close = (toast: Toast) => {
    dismiss(toast.id);
    focusIn.current = false;
    updateHold();
    settleFocus();
  };
  const onFocus = (event: FocusEvent) => {
    if (outside(event.relatedTarget)) {
      cameFrom.current = event.relatedTarget instanceof HTMLElement ? event.relatedTarget : null;
    }
    focusIn.current = true;
    updateHold();
  };
  const onBlur = (event: FocusEvent) => {
    if (!outside(event.relatedTarget)) return;
    focusIn.current = false;
    updateHold();
  };

  return (
    <div
      ref={region}
      className="toasts"
      role="region"
      aria-label="Meddelanden"
      aria-live="polite"
      onFocus={onFocus}
      onBlur={onBlur}
      onPointerEnter={() => {
        pointerIn.current = true;
        updateHold();
      }}
      onPointerLeave={() => {
        pointerIn.current = false;
        updateHold();
      }}
    >
      {toasts.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone ?? 'info'}`}>
          {/* Each button is described by its message: with two toasts at once (two contacts
              deleted in a row) a screen reader tells the two "Ångra" apart. */}
          <span id={`toast-${toast.id}`}>{toast.message}</span>
          {toast.actionLabel && toast.onAction ? (
            <button
              type="button"
              className="btn btn-ghost"
              aria-describedby={`toast-${toast.id}`}
              onClick={() => act(toast)}
            >
              {toast.actionLabel}
            </button>
          ) : null}
          <button
            type="button"
            className="btn btn-ghost toast-close"
            aria-label="Stäng meddelandet"
            aria-describedby={`toast-${toast.id}`}
            onClick={() => close(toast)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
