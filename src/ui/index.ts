export { Button } from './Button';
export { Field } from './Field';
export { TextField } from './TextField';
export { Page } from './Page';
export { EmptyState } from './EmptyState';
export { Loading } from './Loading';
export { Toasts } from './Toasts';
export { showToast, useToasts } from './toast-store';
export { SchoolModeSwitch } from './SchoolModeSwitch';
export { PassphraseField } from './PassphraseField';
export {
  buttonNamed,
  byId,
  focusHeading,
  focusIsLost,
  focusWhenShown,
  useFocusAfter,
  useReturnFocusToOpener,
  visiblePageHeading,
} from './focus';
