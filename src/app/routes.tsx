import type { ComponentType } from 'react';
import { Loading } from '../ui';
import { LockGate } from './lock-gate';
import { preloadable } from './preloadable';

/**
 * Every route, each page its own chunk so the first load stays small. All of them are precached
 * by the service worker, so every route opens offline after the first visit. The start page is
 * tiny and the app opens on it, so it is part of the first bundle.
 */
export { default as HomePage } from '../features/home/HomePage';

type Loader = () => Promise<{ default: ComponentType<object> }>;

const load = {
  plan: () => import('../features/plan/PlanPage'),
  todo: () => import('../features/todo/TodoPage'),
  dialogList: () => import('../features/dialogs/DialogListPage'),
  dialogForm: () => import('../features/dialogs/DialogFormPage'),
  dialogDetail: () => import('../features/dialogs/DialogDetailPage'),
  organisations: () => import('../features/dialogs/OrganisationsPage'),
  contacts: () => import('../features/contacts/ContactsPage'),
  routine: () => import('../features/routine/RoutinePage'),
  report: () => import('../features/report/ReportPage'),
  settings: () => import('../features/settings/SettingsPage'),
  conflicts: () => import('../features/settings/ConflictsPage'),
  pair: () => import('../features/settings/PairPage'),
  outbox: () => import('../features/settings/OutboxPage'),
  backup: () => import('../features/backup/BackupPage'),
  accessibility: () => import('../features/about/AccessibilityPage'),
  privacy: () => import('../features/about/PrivacyPage'),
  history: () => import('../features/history/HistoryPage'),
} satisfies Record<string, Loader>;

export const PlanPage = preloadable(load.plan, <Loading />);
export const TodoPage = preloadable(load.todo, <Loading />);
export const DialogListPage = preloadable(load.dialogList, <Loading />);
export const DialogFormPage = preloadable(load.dialogForm, <Loading />);
export const DialogDetailPage = preloadable(load.dialogDetail, <Loading />);
export const OrganisationsPage = preloadable(load.organisations, <Loading />);
export const ContactsPage = preloadable(load.contacts, <Loading />);
export const RoutinePage = preloadable(load.routine, <Loading />);
export const ReportPage = preloadable(load.report, <Loading />);
export const SettingsPage = preloadable(load.settings, <Loading />);
export const ConflictsPage = preloadable(load.conflicts, <Loading />);
export const PairPage = preloadable(load.pair, <Loading />);
export const OutboxPage = preloadable(load.outbox, <Loading />);
export const BackupPage = preloadable(load.backup, <Loading />);
export const AccessibilityPage = preloadable(load.accessibility, <Loading />);
export const PrivacyPage = preloadable(load.privacy, <Loading />);
export const HistoryPage = preloadable(load.history, <Loading />);

/** The page chunk each opening path needs, the same patterns as the routes in App.tsx. */
const BY_PATH: Array<[RegExp, { preload: () => Promise<unknown> }]> = [
  [/^\/plan$/, PlanPage],
  [/^\/att-gora$/, TodoPage],
  [/^\/dialoger$/, DialogListPage],
  [/^\/dialoger\/ny$/, DialogFormPage],
  [/^\/dialoger\/[^/]+\/redigera$/, DialogFormPage],
  [/^\/dialoger\/[^/]+$/, DialogDetailPage],
  [/^\/organisationer$/, OrganisationsPage],
  [/^\/kontakter$/, ContactsPage],
  [/^\/rutin$/, RoutinePage],
  [/^\/rapport$/, ReportPage],
  [/^\/installningar$/, SettingsPage],
  [/^\/installningar\/konflikter$/, ConflictsPage],
  [/^\/installningar\/utkorg$/, OutboxPage],
  [/^\/installningar\/sakerhetskopia$/, BackupPage],
  [/^\/parkoppla$/, PairPage],
  [/^\/tillganglighet$/, AccessibilityPage],
  [/^\/integritet$/, PrivacyPage],
  [/^\/historik\/[^/]+\/[^/]+$/, HistoryPage],
];

/**
 * Starts loading, at boot, the chunks the opening page waits for: the lock gate with the data core,
 * and the page's own chunk, all in parallel instead of one after the other as React meets them.
 * A failed load is retried, and reported, when the page mounts.
 */
export function preloadRoute(pathname: string): void {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  void LockGate.preload().catch(() => undefined);
  void BY_PATH.find(([pattern]) => pattern.test(path))?.[1]
    .preload()
    .catch(() => undefined);
}
