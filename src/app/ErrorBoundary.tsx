import { Component, Fragment, type ErrorInfo, type ReactNode } from 'react';

export interface ErrorBoundaryProps {
  /** A change clears the failure and renders the children again (the address, the network). */
  resetKey: string;
  /** What shows instead of the children that failed; `retry` renders them anew. */
  fallback: (retry: () => void) => ReactNode;
  children: ReactNode;
}

interface State {
  failed: boolean;
  resetKey: string;
  /** Bumped by a retry, so the children mount anew (and a chunk that failed loads again). */
  attempt: number;
}

/**
 * Catches what fails to render below it (a chunk that could not be loaded offline, a read that
 * threw), so the rest of the app stays instead of React unmounting all of it to a blank screen.
 */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { failed: false, resetKey: this.props.resetKey, attempt: 0 };

  static getDerivedStateFromError(): Partial<State> {
    return { failed: true };
  }

  static getDerivedStateFromProps(props: ErrorBoundaryProps, state: State): Partial<State> | null {
    return props.resetKey === state.resetKey ? null : { failed: false, resetKey: props.resetKey };
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    // Kept on the device's console for whoever debugs it; the error names code, not data.
    console.error('Värna: a part of the app failed', error, info.componentStack);
  }

  override render() {
    if (this.state.failed) {
      return this.props.fallback(() =>
        this.setState((s) => ({ failed: false, attempt: s.attempt + 1 })),
      );
    }
    return <Fragment key={this.state.attempt}>{this.props.children}</Fragment>;
  }
}
