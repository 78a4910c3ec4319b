/** Words and phrases shared across the app (sv-SE). */
export const common = {
  appName: 'Värna',
  skipToContent: 'Hoppa till innehållet',
  nav: {
    label: 'Huvudmeny',
    start: 'Start',
    plan: 'Plan',
    dialogs: 'Dialoger',
    contacts: 'Kontakter',
    routine: 'Rutin',
    report: 'Rapport',
    settings: 'Inställningar',
    more: 'Mer',
    todo: 'Att göra',
    organisations: 'Organisationer',
    accessibility: 'Tillgänglighet',
    privacy: 'Integritet',
  },
  save: 'Spara',
  saving: 'Sparar …',
  saved: 'Sparat',
  cancel: 'Avbryt',
  /** Asked before leaving a page with unsaved input: kept as a draft, or lost. */
  leave: {
    draftKept: 'Du har text som inte är sparad. Vill du lämna sidan? Utkastet finns kvar.',
    lost: 'Du har text som inte är sparad. Vill du lämna sidan? Det du har skrivit sparas inte.',
  },
  /** Asked before a form without a draft is closed with changes in it. */
  discardChanges: 'Vill du slänga det du har ändrat?',
  close: 'Stäng',
  delete: 'Ta bort',
  undo: 'Ångra',
  edit: 'Redigera',
  back: 'Tillbaka',
  loading: 'Laddar …',
  search: 'Sök',
  yes: 'Ja',
  no: 'Nej',
  offline: 'Du är offline. Allt du sparar finns kvar på enheten och synkas senare.',
  update: {
    available: 'Ny version finns',
    action: 'Uppdatera',
    blocked: 'Spara eller avbryt det du håller på med först, så att inget går förlorat.',
    offlineReady: 'Värna fungerar nu utan nät.',
  },
  iosHint: {
    title: 'Installera Värna på iPhone',
    body: 'Tryck på Dela och sedan ”Lägg till på hemskärmen”. Då fungerar Värna utan nät, och Safari raderar inte dina data efter 7 dagar utan besök.',
    dismiss: 'Visa inte igen',
  },
  errors: {
    generic: 'Något gick fel. Inget av det du skrev har försvunnit – försök igen.',
    saveFailed: 'Det gick inte att spara. Det du skrev finns kvar – försök igen.',
    storageFull:
      'Det gick inte att spara: enheten har inte mer lagringsutrymme för Värna. Det du skrev finns kvar. Frigör utrymme på enheten (till exempel bilder eller appar) och försök igen.',
    /** The same, where nothing was typed (an action such as copying the plan to a new year). */
    deviceFull:
      'Det gick inte: enheten har inte mer lagringsutrymme för Värna. Frigör utrymme på enheten (till exempel bilder eller appar) och försök igen.',
    notFound: 'Sidan finns inte.',
    required: 'Fyll i fältet.',
    tooLong: (max: number) => `Texten är för lång (högst ${max.toLocaleString('sv-SE')} tecken).`,
  },
  pageFailed: {
    title: 'Sidan kunde inte visas',
    body: 'Något gick fel när sidan skulle visas. Det du har sparat finns kvar på enheten.',
    offline:
      'Du är offline, och den här delen av Värna har inte hunnit sparas på enheten. Försök igen när du har nät.',
    retry: 'Försök igen',
    reload: 'Ladda om Värna',
    home: 'Till startsidan',
  },
  notFound: {
    title: 'Sidan finns inte',
    body: 'Adressen leder ingenstans. Välj en sida i menyn.',
  },
  schoolBlocked: {
    title: 'Sidan visas inte i skolbesöksläge',
    body: 'I skolbesöksläget visas bara rutinen och kontakterna. Stäng av läget för att se den här sidan.',
    routine: 'Till rutinen',
    contacts: 'Till kontakterna',
    schoolMode: 'Skolbesöksläge',
    schoolModeHint: 'Visar bara rutinen och kontakterna, i stor text.',
  },
} as const;
