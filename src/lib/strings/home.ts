/** The start page (sv-SE). */
export const home = {
  title: 'Värna',
  intro: 'Handlingsplan, dialoglogg, kontakter och rutin vid oro – på enheten, även utan nät.',
  newDialog: 'Logga ny dialog',
  routine: 'Rutin vid oro',
  /** Offered instead of the dialog log in school-visit mode. */
  contacts: 'Kontakter',
} as const;
