import { Suspense } from 'react';
import { Route, Switch } from 'wouter';
import { Loading, Page, Toasts } from '../ui';
import { sv } from '../lib/strings/for/shell';
import { Layout } from './Layout';
import { LockGate } from './lock-gate';
import * as routes from './routes';

function NotFound() {
  return (
    <Page title={sv.notFound.title}>
      <p>{sv.notFound.body}</p>
    </Page>
  );
}

export function App() {
  return (
    <Layout>
      <Suspense fallback={<Loading />}>
        <LockGate>
          <Switch>
            <Route path="/" component={routes.HomePage} />
            <Route path="/plan" component={routes.PlanPage} />
            <Route path="/att-gora" component={routes.TodoPage} />
            <Route path="/dialoger" component={routes.DialogListPage} />
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
        </LockGate>
      </Suspense>
      <Toasts />
    </Layout>
  );
}
