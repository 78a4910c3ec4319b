import { Link } from 'wouter';
import { Page } from '../../ui';
import { useSchoolMode } from '../../lib/school-mode';
import { sv } from '../../lib/strings/for/home';

/**
 * Start: the two things done in the field, one tap away. In school-visit mode (only the routine
 * and the contacts) the contacts take the dialog log's place.
 */
export default function HomePage() {
  const schoolMode = useSchoolMode((s) => s.enabled);
  return (
    <Page title={sv.home.title}>
      <p>{sv.home.intro}</p>
      <div className="quick-actions">
        {schoolMode ? null : (
          <Link href="/dialoger/ny" className="btn btn-primary btn-large">
            {sv.home.newDialog}
          </Link>
        )}
        <Link
          href="/rutin"
          className={`btn ${schoolMode ? 'btn-primary' : 'btn-secondary'} btn-large`}
        >
          {sv.home.routine}
        </Link>
        {schoolMode ? (
          <Link href="/kontakter" className="btn btn-secondary btn-large">
            {sv.home.contacts}
          </Link>
        ) : null}
      </div>
    </Page>
  );
}
