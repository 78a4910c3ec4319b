import type { Phone } from '../../shared/schemas';
import { sv } from '../../lib/strings/for/contacts';
import { smsHref, telHref } from '../../lib/tel';
import { showToast } from '../../ui';
import { copyText } from './copy-text';

/**
 * One number with call, text and copy. The links are plain `tel:`/`sms:` hrefs, so they work with
 * no network. Visible labels are short; the hidden rest names the contact for screen readers
 * ("Ring Polisen – ej akut 114 14").
 */
export function ContactPhone({
  role,
  phone,
  showLabel,
}: {
  role: string;
  phone: Phone;
  showLabel: boolean;
}) {
  const t = sv.contacts;
  const who = showLabel ? `${role} (${phone.label})` : role;
  const copy = async () => {
    const copied = await copyText(phone.number);
    showToast(
      copied
        ? { message: t.copied(phone.number) }
        : { message: t.copyFailed(phone.number), tone: 'error' },
    );
  };
  return (
    <li className="contact-phone">
      <p className="contact-phone-number">
        {showLabel ? <span className="contact-phone-label">{phone.label}: </span> : null}
        {phone.number}
      </p>
      <div className="contact-actions">
        <a className="btn btn-primary" href={telHref(phone.number)}>
          {t.call}
          <span className="vh">{` ${who} ${phone.number}`}</span>
        </a>
        <a className="btn btn-secondary" href={smsHref(phone.number)}>
          {t.sms}
          <span className="vh">{` ${who} ${phone.number}`}</span>
        </a>
        <button type="button" className="btn btn-secondary" onClick={() => void copy()}>
          {t.copy}
          <span className="vh">{` ${phone.number} (${who})`}</span>
        </button>
      </div>
    </li>
  );
}
