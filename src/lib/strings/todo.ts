/** "Att göra": what needs doing soon (sv-SE). */
export const todo = {
  title: 'Att göra',
  /** The navigation badge's accessible text, read after the link's name "Att göra". */
  badge: (n: number) => (n === 1 ? '1 sak' : `${n} saker`),
  intro:
    'Det som behöver göras snart: uppföljningar från dialoger, planens aktiviteter och översyner.',
  empty: 'Inget att göra just nu.',
  emptyHint:
    'Här visas uppföljningar från dialoger, aktiviteter utan status och översyner som har gått ut.',
  sections: {
    followUps: 'Uppföljningar från dialoger',
    activities: 'Aktiviteter utan status',
    reviews: 'Att se över',
  },
  followUp: {
    due: (date: string) => `Senast ${date}`,
    overdue: (date: string) => `Försenad – skulle vara klar ${date}`,
    open: 'Öppna dialogen',
    markDone: 'Klar',
    markDoneNamed: (text: string) => `Markera som klar: ${text}`,
    /** A follow-up written without a text (only a due date) is shown and named by this. */
    untitled: 'Uppföljning utan text',
    markDoneUntitled: (entryDate: string) =>
      `Markera som klar: uppföljning utan text från dialogen ${entryDate}`,
    done: 'Uppföljningen är markerad som klar',
  },
  activity: {
    due: (year: number) => `Skulle vara klar ${year} – ingen status satt för ${year}`,
    open: 'Bedöm i planen',
  },
  review: {
    routineNever: 'Rutinen vid oro har aldrig setts över.',
    routineOld: (date: string) => `Rutinen vid oro sågs senast över ${date}.`,
    routineOpen: 'Öppna rutinen',
    contacts: (n: number) =>
      n === 1
        ? '1 kontakt har inte kontrollerats på 12 månader.'
        : `${n} kontakter har inte kontrollerats på 12 månader.`,
    contactsOpen: 'Öppna kontakterna',
  },
} as const;
