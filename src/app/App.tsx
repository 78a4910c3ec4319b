import { Activity, Suspense, useState } from 'react';
import { Route, Switch, useRoute } from 'wouter';
import { Loading, Page, Toasts } from '../ui';
import { sv } from '../lib/strings/for/shell';
import { Layout } from './Layout';
import { LockGate } from './lock-gate';
import { PageErrorBoundary } from './boundaries';
import { SchoolModeGate } from './SchoolModeGate';
import * as routes from './routes';

function NotFound() {
  return (
    <Page title={sv.notFound.title}>
      <p>{sv.notFound.body}</p>
    </Page>
  );
}

/**
 * True while the dialog list is shown, and while the form for a new entry opened from it is: the
 * list then stays mounted, hidden, so saving (or going back) only shows it again, laid out as it
 * was, instead of building the list over the whole log anew on a slow phone.
 */
function useKeptDialogList(): { kept: boolean; shown: boolean } {
  const [shown] = useRoute('/dialoger');
  const [onNew] = useRoute('/dialoger/ny');
  const [kept, setKept] = useState(false);
  const next = shown || (kept && onNew);
  if (next !== kept) setKept(next);
  return { kept: next, shown };
}

function Pages() {
  const list = useKeptDialogList();
  return (
    <>
      {list.kept ? (
        // Hidden: display:none (out of the accessibility tree), its effects cleaned up.
        <Activity mode={list.shown ? 'visible' : 'hidden'}>
          <routes.DialogListPage />
        </Activity>
      ) : null}
      <Switch>
        <Route path="/" component={routes.HomePage} />
        <Route path="/plan" component={routes.PlanPage} />
        <Route path="/att-gora" component={routes.TodoPage} />
        {/* The list is rendered above, kept mounted while the new-entry form is open. */}
        <Route path="/dialoger">{null}</Route>
        <Route path="/dialoger/ny" component={routes.DialogFormPage} />
        <Route path="/dialoger/:id/redigera" component={routes.DialogFormPage} />
        <Route path="/dialoger/:id" component={routes.DialogDetailPage} />
        <Route path="/organisationer" component={routes.OrganisationsPage} />
        <Route path="/kontakter" component={routes.ContactsPage} />
        <Route path="/rutin" component={routes.RoutinePage} />
        <Route path="/rapport" component={routes.ReportPage} />
        <Route path="/installningar" component={routes.SettingsPage} />
        <Route path="/installningar/konflikter" component={routes.ConflictsPage} />
        <Route path="/installningar/utkorg" component={routes.OutboxPage} />
        <Route path="/installningar/sakerhetskopia" component={routes.BackupPage} />
        <Route path="/parkoppla" component={routes.PairPage} />
        <Route path="/tillganglighet" component={routes.AccessibilityPage} />
        <Route path="/integritet" component={routes.PrivacyPage} />
        <Route path="/historik/:table/:id" component={routes.HistoryPage} />
        <Route component={NotFound} />
      </Switch>
    </>
  );
}

export function App() {
  return (
    <Layout>
      <PageErrorBoundary>
        <Suspense fallback={<Loading />}>
          <LockGate>
            <SchoolModeGate>
              <Pages />
            </SchoolModeGate>
          </LockGate>
        </Suspense>
      </PageErrorBoundary>
      <Toasts />
    </Layout>
  );
}
