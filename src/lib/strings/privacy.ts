/** The privacy check's warning at a free-text field (see src/lib/privacy-warning.ts). */
export const privacy = {
  personnummer: 'ett personnummer',
  phone: 'ett telefonnummer',
  email: 'en e-postadress',
  name: 'ett personnamn',
  warning: (found: string) =>
    `Texten ser ut att innehålla ${found}. Skriv organisationer och roller, inte privatpersoner. Du kan spara ändå.`,
} as const;
