import { Link } from 'wouter';
import { Page } from '../../ui';
import { sv } from '../../lib/strings/for/home';

/** Start: the two things done in the field, one tap away. */
export default function HomePage() {
  return (
    <Page title={sv.home.title}>
      <p>{sv.home.intro}</p>
      <div className="quick-actions">
        <Link href="/dialoger/ny" className="btn btn-primary btn-large">
          {sv.home.newDialog}
        </Link>
        <Link href="/rutin" className="btn btn-secondary btn-large">
          {sv.home.routine}
        </Link>
      </div>
    </Page>
  );
}
