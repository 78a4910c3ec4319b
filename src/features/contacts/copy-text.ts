/**
 * Copies text to the clipboard. Uses the Clipboard API where the browser allows it and falls back
 * to a hidden text area (older Safari, insecure origins). Resolves false when neither works, so
 * the caller can show the text instead.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    if (navigator.clipboard?.writeText) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // Permission refused or not focused: try the fallback.
  }
  // Selecting the hidden text area takes focus from the pressed button: it is given back, or a
  // keyboard or screen-reader user would be left on the body once the text area goes.
  const pressed = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const area = document.createElement('textarea');
  try {
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    document.body.appendChild(area);
    area.select();
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    area.remove();
    pressed?.focus({ preventScroll: true });
  }
}
