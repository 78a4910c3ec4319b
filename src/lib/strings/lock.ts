/** App lock and encryption at rest (sv-SE). */
export const lock = {
  locked: {
    title: 'Värna är låst',
    intro:
      'Anteckningarna på enheten är krypterade. Skriv din lösenfras för att läsa dem. Rutin vid oro och kontakterna går att öppna utan lösenfras.',
    passphrase: 'Lösenfras',
    unlock: 'Lås upp',
    unlocking: 'Låser upp …',
    routineLink: 'Öppna Rutin vid oro',
    contactsLink: 'Öppna Kontakter',
    empty: 'Skriv din lösenfras.',
    wrong: (remaining: number) =>
      `Fel lösenfras. ${remaining} försök kvar innan data på enheten raderas.`,
    lastWarning: (remaining: number) =>
      remaining === 1
        ? 'Varning: nästa felaktiga försök raderar alla data på enheten. Osynkade ändringar går förlorade.'
        : `Varning: efter ${remaining} felaktiga försök till raderas alla data på enheten. Osynkade ändringar går förlorade.`,
  },
  wiped: {
    title: 'Data på enheten har raderats',
    body: 'För många felaktiga försök: alla lokala data i Värna har raderats från enheten. Det som redan var synkat finns kvar hos kommunen. Värna startar om.',
    restart: 'Starta om Värna',
  },
  lockNow: 'Lås nu',
  settings: {
    heading: 'Lösenfras och kryptering',
    statusEncrypted:
      'En lösenfras är satt. Fritext (sammanfattningar, anteckningar, kommentarer, uppföljningar och utkast) lagras krypterad på enheten.',
    statusOpen:
      'Ingen lösenfras är satt. Data lagras okrypterat på enheten: den som kommer åt telefonen kan läsa anteckningarna.',
    explain:
      'Lösenfrasen är inte en PIN-kod: använd minst 10 tecken, gärna flera ord. En kort sifferkod kan gissas fram. Lösenfrasen kan inte återställas – glömmer du den går krypterad text på enheten inte att läsa (det som är synkat finns kvar hos kommunen).',
    newPassphrase: 'Ny lösenfras',
    repeat: 'Upprepa lösenfrasen',
    set: 'Sätt lösenfras',
    change: 'Byt lösenfras',
    remove: 'Ta bort lösenfras',
    removeConfirm: 'Ta bort lösenfrasen? Fritexten lagras då okrypterat på enheten.',
    working: 'Krypterar …',
    tooShort: (min: number) => `Lösenfrasen måste ha minst ${min} tecken.`,
    mismatch: 'Lösenfraserna är inte likadana. Skriv samma lösenfras två gånger.',
    setDone: 'Lösenfrasen är satt. Fritexten är krypterad.',
    changeDone: 'Lösenfrasen är bytt.',
    removeDone: 'Lösenfrasen är borttagen. Data lagras okrypterat.',
    failed: 'Det gick inte att ändra lösenfrasen. Inget har ändrats – försök igen.',
    lockedHint: 'Lås upp Värna för att ändra lösenfrasen.',
    idleMinutes: 'Lås efter så här många minuter utan aktivitet',
    idleHint: 'Värna låses också om appen har varit dold längre än så.',
    maxFailures: 'Radera data efter så här många felaktiga försök',
    maxFailuresHint: 'Minst 3. Du varnas innan de sista försöken.',
    saveSettings: 'Spara låsinställningar',
    settingsSaved: 'Låsinställningarna är sparade.',
    badIdle: 'Ange ett helt antal minuter, 1–240.',
    badFailures: 'Ange ett helt antal försök, minst 3 och högst 100.',
  },
  storageEncrypted: 'Fritext lagras krypterad (AES-GCM) på enheten.',
  biometric: {
    heading: 'Lås upp med fingeravtryck eller ansikte',
    explain:
      'Telefonens fingeravtryck eller ansiktsigenkänning kan låsa upp Värna i stället för lösenfrasen. Lösenfrasen fungerar fortfarande, och byter eller tar du bort den stängs upplåsningen med fingeravtryck eller ansikte av.',
    statusOn: 'På: Värna kan låsas upp med fingeravtryck eller ansikte på den här enheten.',
    passphrase: 'Din nuvarande lösenfras',
    passphraseHint: 'Bekräfta med lösenfrasen att det är du som slår på det.',
    enable: 'Slå på fingeravtryck eller ansikte',
    disable: 'Stäng av fingeravtryck eller ansikte',
    working: 'Väntar på fingeravtryck eller ansikte …',
    empty: 'Skriv din lösenfras.',
    wrongPassphrase: 'Fel lösenfras. Skriv den lösenfras du låser upp Värna med.',
    unsupported:
      'Den här enheten kan inte låsa upp Värna med fingeravtryck eller ansikte: den kan inte ta fram en krypteringsnyckel. Inget har sparats – använd lösenfrasen.',
    failed:
      'Det gick inte att slå på upplåsning med fingeravtryck eller ansikte (avbrutet eller misslyckat). Inget har sparats.',
    enabled: 'Nu kan du låsa upp Värna med fingeravtryck eller ansikte.',
    disabled: 'Upplåsning med fingeravtryck eller ansikte är avstängd.',
    unlock: 'Lås upp med fingeravtryck eller ansikte',
    unlocking: 'Väntar på fingeravtryck eller ansikte …',
    unlockFailed:
      'Det gick inte att låsa upp med fingeravtryck eller ansikte (avbrutet eller misslyckat). Skriv din lösenfras i stället.',
  },
} as const;
