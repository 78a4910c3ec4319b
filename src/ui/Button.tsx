import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  large?: boolean;
  /**
   * Working on a press: the button refuses further presses and says it is unavailable
   * (aria-disabled), but keeps focus. A focused button that is made `disabled` drops focus to the
   * body (Chromium), so a keyboard user who pressed it would have lost their place.
   */
  busy?: boolean;
  /**
   * Not available here (a step that is already first cannot move up): said and shown as
   * unavailable like `busy`, and for the same reason not `disabled`: the press that made it
   * unavailable would otherwise drop the keyboard user's focus to the body.
   */
  unavailable?: boolean;
}

/** A button with a touch target of at least 44 px and a visible focus ring. */
export function Button({
  variant = 'secondary',
  large,
  busy,
  unavailable,
  className,
  type,
  onClick,
  ...rest
}: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, large ? 'btn-large' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <button
      type={type ?? 'button'}
      className={classes}
      aria-disabled={busy || unavailable ? true : undefined}
      onClick={(event) => {
        // Also stops a submit button's form from being sent again.
        if (busy || unavailable) return event.preventDefault();
        onClick?.(event);
      }}
      {...rest}
    />
  );
}
