import { Page } from '../../ui';
import { sv } from '../../lib/strings/for/about';
import './about.css';

/** What Värna stores where, for how long, and who can see it. */
export default function PrivacyPage() {
  const t = sv.about.privacy;
  return (
    <Page title={t.title}>
      <div className="about">
        <p>{t.intro}</p>
        <h2>{t.whatHeading}</h2>
        <ul>
          {t.what.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h2>{t.serverHeading}</h2>
        <p>{t.server}</p>
        <h2>{t.howLongHeading}</h2>
        <p>{t.howLong}</p>
        <h2>{t.whoHeading}</h2>
        <p>{t.who}</p>
        <h2>{t.specialHeading}</h2>
        <p>{t.special}</p>
        <h2>{t.warningsHeading}</h2>
        <p>{t.warnings}</p>
      </div>
    </Page>
  );
}
