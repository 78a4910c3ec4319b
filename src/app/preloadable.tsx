import { useEffect, useState, type ComponentType, type ReactNode } from 'react';

export interface Preloadable<P> {
  (props: P): ReactNode;
  /** Starts loading the chunk (at boot, for the page the app opens on); safe to call again. */
  preload: () => Promise<ComponentType<P>>;
}

/**
 * A component in its own chunk, like React.lazy but without Suspense: shows `fallback` (an element,
 * or a component given the same props) while the chunk loads and renders at once when it is already
 * in (preloaded). React holds back the reveal of suspended content until 300 ms after a Suspense
 * fallback last showed; with two chunks one after the other at start-up (lock gate, page) that alone
 * held the first screen back by over half a second.
 * A chunk that fails to load throws from render, as React.lazy does, and is retried on next mount.
 */
export function preloadable<P extends object>(
  load: () => Promise<{ default: ComponentType<P> }>,
  fallback: ReactNode | ComponentType<P>,
): Preloadable<P> {
  const Fallback: ComponentType<P> =
    typeof fallback === 'function' ? fallback : () => fallback as ReactNode;
  let loaded: ComponentType<P> | null = null;
  let pending: Promise<ComponentType<P>> | null = null;
  const preload = () =>
    (pending ??= load().then(
      (module) => (loaded = module.default),
      (error: unknown) => {
        pending = null;
        throw error;
      },
    ));
  function Preloaded(props: P) {
    // Chosen once per mount: a page never remounts because its chunk came in.
    const [Component, setComponent] = useState<ComponentType<P> | null>(() => loaded);
    const [failure, setFailure] = useState<{ error: unknown } | null>(null);
    useEffect(() => {
      if (Component) return;
      let current = true;
      preload().then(
        (c) => current && setComponent(() => c),
        (error: unknown) => current && setFailure({ error }),
      );
      return () => {
        current = false;
      };
    }, [Component]);
    if (failure) throw failure.error;
    return Component ? <Component {...props} /> : <Fallback {...props} />;
  }
  return Object.assign(Preloaded, { preload });
}
