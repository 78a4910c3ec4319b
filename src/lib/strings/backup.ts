import type { BackupProblem } from '../../shared/backup';

/** Swedish names of the tables a backup holds, for messages about a file. */
const TABLES: Readonly<Record<string, string>> = {
  areas: 'Områden',
  activities: 'Aktiviteter',
  followUps: 'Uppföljningar',
  interventions: 'Insatser',
  organisations: 'Organisationer',
  logEntries: 'Dialogloggen',
  contacts: 'Kontakter',
  routineSteps: 'Rutinens steg',
  routineInfo: 'Rutinen',
  conflicts: 'Konflikter',
  drafts: 'Utkast',
};
const tableName = (table: string) => `${TABLES[table] ?? table} (${table})`;

/** What is wrong with a file offered for restore, precisely, in Swedish. */
function problem(p: BackupProblem): string {
  switch (p.kind) {
    case 'empty':
      return 'Filen är tom.';
    case 'truncated':
      return 'Filen är ofullständig eller skadad: texten tar slut eller bryts mitt i (kanske avbröts nedladdningen). Välj en hel säkerhetskopia.';
    case 'notBackup':
      return p.found === 'pendingChanges'
        ? 'Filen är en export av osynkade ändringar, inte en säkerhetskopia. Den kan inte återställas här.'
        : p.found === 'notJson'
          ? 'Filen är inte en säkerhetskopia från Värna (den är inte JSON). Välj en fil som heter varna-sakerhetskopia-….json.'
          : 'Filen är inte en säkerhetskopia från Värna. Välj en fil som heter varna-sakerhetskopia-….json.';
    case 'unsupportedVersion':
      return `Filen är en säkerhetskopia av version ${p.version}, som den här versionen av Värna inte kan läsa.`;
    case 'needsPassphrase':
      return 'Filen är krypterad. Skriv lösenfrasen som användes när den sparades.';
    case 'wrongPassphrase':
      return 'Fel lösenfras eller skadad fil';
    case 'missingTable':
      return `Tabellen ${tableName(p.table)} saknas i filen.`;
    case 'invalidRecord':
      if (p.index < 0) return `Tabellen ${tableName(p.table)} är inte en lista med poster.`;
      return p.field
        ? `Post ${p.index + 1} i tabellen ${tableName(p.table)}${p.recordId ? ` (id ${p.recordId})` : ''} har ett ogiltigt värde i fältet ”${p.field}”.`
        : `Post ${p.index + 1} i tabellen ${tableName(p.table)} är inte en giltig post.`;
    case 'duplicateId':
      return `Tabellen ${tableName(p.table)} har två poster med samma id (${p.id}).`;
    case 'invalidPart': {
      const where = {
        header: 'filens huvud',
        outbox: 'de osynkade ändringarna',
        meta: 'synkuppgifterna',
        encryption: 'krypteringsuppgifterna',
      }[p.part];
      return `Filen är skadad: ${where} har ett ogiltigt värde${p.field ? ` i fältet ”${p.field}”` : ''}.`;
    }
  }
}

/** Backup, restore and CSV exports (sv-SE). */
export const backup = {
  title: 'Säkerhetskopia och export',
  intro:
    'Här kan du ta ut Värnas uppgifter till Excel och spara eller återställa en säkerhetskopia av allt på enheten.',
  problem,
  tableName,
  csv: {
    heading: 'Exportera till Excel (CSV)',
    intro:
      'Filerna öppnas direkt i Excel med å, ä och ö rätt (semikolon som avgränsare, datum som 2026-03-05). Borttagna poster tas inte med.',
    unencrypted:
      'CSV-filerna är inte krypterade och kan innehålla känsliga anteckningar. Spara dem bara där obehöriga inte kommer åt dem.',
    logEntries: 'Exportera dialogloggen',
    followUps: 'Exportera uppföljningar',
    contacts: 'Exportera kontakter',
    organisations: 'Exportera organisationer',
    history: 'Exportera historik (alla poster)',
    done: (name: string) => `${name} är sparad.`,
    files: {
      logEntries: 'varna-dialogloggen',
      followUps: 'varna-uppfoljningar',
      contacts: 'varna-kontakter',
      organisations: 'varna-organisationer',
      history: 'varna-historik-alla',
    },
    columns: {
      logEntries: [
        'Typ',
        'Datum',
        'Tid',
        'Organisationer',
        'Mötesform',
        'Kommunens deltagare',
        'Antal externa deltagare',
        'Ämnen',
        'Sammanfattning',
        'Överenskomna uppföljningar',
        'Nästa möte',
        'Aktivitet i planen',
        'Preventionsnivå',
        'Nivå (nätverk)',
        'Utbildningstyp',
        'Målgrupp',
        'Antal insatser',
        'Senast ändrad',
        'Id',
      ],
      followUps: ['År', 'Område', 'Aktivitet', 'Status', 'Kommentar', 'Bedömd av', 'Bedömd', 'Id'],
      contacts: [
        'Roll',
        'Organisation',
        'Namn',
        'Kategori',
        'Telefon',
        'E-post',
        'Anteckning',
        'Senast verifierad',
        'Id',
      ],
      organisations: [
        'Namn',
        'Typ',
        'Vill ha dialog',
        'Första kontakt',
        'Anteckning',
        'Antal dialoger',
        'Senaste dialog',
        'Id',
      ],
      history: ['Tid', 'Person', 'Enhet', 'Tabell', 'Post', 'Fält', 'Från', 'Till', 'Typ'],
    },
    followUpDone: 'klar',
    followUpDue: (date: string) => `senast ${date}`,
    unknownOrganisation: 'Okänd organisation',
  },
  create: {
    heading: 'Spara en säkerhetskopia',
    intro:
      'Säkerhetskopian är en fil med allt på enheten: planen, uppföljningar, dialogloggen, organisationer, kontakter, rutinen, utkast och osynkade ändringar. Den krypteras med en lösenfras som du väljer.',
    passphrase: 'Lösenfras',
    passphraseHint:
      'Minst 8 tecken. Skriv upp den på ett säkert ställe – utan den går filen inte att öppna.',
    repeat: 'Upprepa lösenfrasen',
    save: 'Spara krypterad säkerhetskopia',
    saving: 'Krypterar …',
    tooShort: 'Lösenfrasen måste ha minst 8 tecken.',
    mismatch: 'Lösenfraserna är inte lika.',
    unencrypted: 'Spara utan kryptering …',
    confirmHeading: 'Spara utan kryptering?',
    confirmBody:
      'Filen innehåller känsliga anteckningar i klartext. Den som får tag i filen kan läsa allt. Spara den bara där obehöriga inte kommer åt den.',
    confirm: 'Spara okrypterad ändå',
    saved: 'Säkerhetskopian är sparad.',
    failed: 'Det gick inte att spara säkerhetskopian. Försök igen.',
    fileName: (date: string, encrypted: boolean) =>
      `varna-sakerhetskopia-${date}${encrypted ? '' : '-okrypterad'}.json`,
  },
  restore: {
    heading: 'Återställ från en säkerhetskopia',
    intro:
      'Allt som finns på enheten ersätts med innehållet i säkerhetskopian. Parkopplingen med servern behålls, och ändringar i kopian som inte var synkade skickas vid nästa synk.',
    file: 'Fil med säkerhetskopia',
    reading: 'Läser filen …',
    passphrase: 'Lösenfras för filen',
    open: 'Öppna filen',
    opening: 'Öppnar …',
    summaryHeading: 'Innehåll i filen',
    summary: (when: string) => `Säkerhetskopia från ${when}.`,
    counts: (dialogs: number, organisations: number, contacts: number, pending: number) =>
      `${dialogs} ${dialogs === 1 ? 'post' : 'poster'} i dialogloggen, ${organisations} ${organisations === 1 ? 'organisation' : 'organisationer'}, ${contacts} ${contacts === 1 ? 'kontakt' : 'kontakter'} och ${pending} ${pending === 1 ? 'osynkad ändring' : 'osynkade ändringar'}.`,
    replaceWarning: (pendingHere: number) =>
      pendingHere > 0
        ? `Allt på enheten ersätts, även ${pendingHere} ${pendingHere === 1 ? 'ändring som inte är synkad' : 'ändringar som inte är synkade'}.`
        : 'Allt på enheten ersätts.',
    restore: 'Återställ säkerhetskopian',
    confirmHeading: 'Ersätta allt på enheten?',
    confirm: 'Ja, ersätt allt på enheten',
    restoring: 'Återställer …',
    done: (queued: number) =>
      queued === 0
        ? 'Säkerhetskopian är återställd.'
        : `Säkerhetskopian är återställd. ${queued} ${queued === 1 ? 'ändring skickas' : 'ändringar skickas'} till servern vid nästa synk.`,
    pendingOnDevice: (n: number) =>
      `Enheten har ${n} ${n === 1 ? 'ändring' : 'ändringar'} som inte är synkade ännu. Synka först (eller spara dem under Osynkade ändringar) – annars skulle de gå förlorade. Inget har ändrats.`,
    failed: 'Återställningen misslyckades. Inget på enheten har ändrats.',
    nothingChanged: 'Inget på enheten har ändrats.',
    storageFull:
      'Återställningen fick inte plats: enhetens lagring är full. Inget på enheten har ändrats. Frigör utrymme på enheten och försök igen.',
  },
} as const;
