import { Page } from '../../ui';
import { sv } from '../../lib/strings/for/backup';
import { CreateBackup } from './CreateBackup';
import { CsvExports } from './CsvExports';
import { RestoreBackup } from './RestoreBackup';
import './backup.css';

/** CSV exports for Excel, and a full backup of the device with restore. All of it works offline. */
export default function BackupPage() {
  return (
    <Page title={sv.backup.title}>
      <p>{sv.backup.intro}</p>
      <CsvExports />
      <CreateBackup />
      <RestoreBackup />
    </Page>
  );
}
