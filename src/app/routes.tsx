import { lazy } from 'react';

/**
 * Every route, each page its own chunk so the first load stays small. All of them are precached
 * by the service worker, so every route opens offline after the first visit.
 */
export const HomePage = lazy(() => import('../features/home/HomePage'));
export const PlanPage = lazy(() => import('../features/plan/PlanPage'));
export const TodoPage = lazy(() => import('../features/todo/TodoPage'));
export const DialogListPage = lazy(() => import('../features/dialogs/DialogListPage'));
export const DialogFormPage = lazy(() => import('../features/dialogs/DialogFormPage'));
export const DialogDetailPage = lazy(() => import('../features/dialogs/DialogDetailPage'));
export const OrganisationsPage = lazy(() => import('../features/dialogs/OrganisationsPage'));
export const ContactsPage = lazy(() => import('../features/contacts/ContactsPage'));
export const RoutinePage = lazy(() => import('../features/routine/RoutinePage'));
export const ReportPage = lazy(() => import('../features/report/ReportPage'));
export const SettingsPage = lazy(() => import('../features/settings/SettingsPage'));
export const ConflictsPage = lazy(() => import('../features/settings/ConflictsPage'));
export const PairPage = lazy(() => import('../features/settings/PairPage'));
export const OutboxPage = lazy(() => import('../features/settings/OutboxPage'));
export const BackupPage = lazy(() => import('../features/backup/BackupPage'));
export const AccessibilityPage = lazy(() => import('../features/about/AccessibilityPage'));
export const PrivacyPage = lazy(() => import('../features/about/PrivacyPage'));
