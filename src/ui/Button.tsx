import type { ButtonHTMLAttributes } from 'react';

type Variant = 'primary' | 'secondary' | 'danger' | 'ghost';

export interface ButtonProps extends ButtonHTMLAttributes<HTMLButtonElement> {
  variant?: Variant;
  large?: boolean;
}

/** A button with a touch target of at least 44 px and a visible focus ring. */
export function Button({ variant = 'secondary', large, className, type, ...rest }: ButtonProps) {
  const classes = ['btn', `btn-${variant}`, large ? 'btn-large' : '', className ?? '']
    .filter(Boolean)
    .join(' ');
  return <button type={type ?? 'button'} className={classes} {...rest} />;
}
