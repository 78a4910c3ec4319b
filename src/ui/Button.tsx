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
}

/** A button with a touch target of at least 44 px and a visible focus ring. */
export function Button({
  variant = 'secondary',
  large,
  busy,
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
      aria-disabled={busy ? true : undefined}
      onClick={(event) => {
        // Also stops a submit button's form from being sent again.
        if (busy) return event.preventDefault();
        onClick?.(event);
      }}
      {...rest}
    />
  );
}
