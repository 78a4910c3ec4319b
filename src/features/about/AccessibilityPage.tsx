import { Page } from '../../ui';
import { sv } from '../../lib/strings/for/about';
import './about.css';

/** The accessibility statement, following DIGG's model (lagen (2018:1937)). */
export default function AccessibilityPage() {
  const t = sv.about.accessibility;
  return (
    <Page title={t.title}>
      <div className="about">
        <p>{t.intro}</p>
        <h2>{t.statusHeading}</h2>
        <p>{t.status}</p>
        <h2>{t.testingHeading}</h2>
        <ul>
          {t.testing.map((line) => (
            <li key={line}>{line}</li>
          ))}
        </ul>
        <h2>{t.gapsHeading}</h2>
        <p>{t.gaps}</p>
        <h2>{t.reportHeading}</h2>
        <p>
          {t.report} <a href={`mailto:${t.reportEmail}`}>{t.reportEmail}</a> {t.reportEmailNote}
        </p>
        <h2>{t.enforcementHeading}</h2>
        <p>{t.enforcement}</p>
        <p>
          <a href={t.enforcementUrl} rel="noopener noreferrer">
            {t.enforcementLink}
          </a>
        </p>
      </div>
    </Page>
  );
}
