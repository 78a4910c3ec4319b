/** The accessibility statement and the privacy page (sv-SE). */
export const about = {
  accessibility: {
    title: 'Tillgänglighetsredogörelse',
    intro:
      'Kommunen står bakom Värna och vill att så många som möjligt ska kunna använda den. Här beskriver vi hur Värna uppfyller lagen (2018:1937) om tillgänglighet till digital offentlig service, kända tillgänglighetsproblem och hur du kan rapportera brister till oss så att vi kan åtgärda dem.',
    statusHeading: 'Hur tillgänglig är Värna?',
    status:
      'Värna är helt förenlig med lagen om tillgänglighet till digital offentlig service: vi bedömer att Värna uppfyller kraven i WCAG 2.1 på nivå AA.',
    testingHeading: 'Hur vi har testat Värna',
    testing: [
      'Varje version testas automatiskt med verktyget axe-core mot WCAG 2.1 nivå A och AA, på varje sida, även utan nät.',
      'Vi kontrollerar att allt går att använda med enbart tangentbord och med synligt fokus.',
      'Vi kontrollerar med skärmläsare (VoiceOver och NVDA) att fält, knappar och statusmeddelanden läses upp.',
      'Vi kontrollerar att appen fungerar på 320 pixlars bredd, med förstorad text och i mörkt läge.',
    ],
    gapsHeading: 'Kända brister',
    gaps: 'Vi känner inte till några brister mot kraven. Automatiska test hittar inte allt – hör av dig om du stöter på något som inte fungerar.',
    reportHeading: 'Rapportera brister',
    report:
      'Om du upplever problem med tillgängligheten, eller behöver innehåll i ett annat format, kontakta kommunen:',
    reportEmail: 'tillganglighet@kommunen.example',
    reportEmailNote: '(Kommunen fyller i sin egen adress här.)',
    enforcementHeading: 'Tillsyn',
    enforcement:
      'Myndigheten för digital förvaltning (DIGG) har ansvaret för tillsyn över lagen. Om du inte är nöjd med hur vi hanterar dina synpunkter kan du anmäla det till DIGG:',
    enforcementLink: 'Anmäl till DIGG (digg.se/tdosanmalan)',
    enforcementUrl: 'https://www.digg.se/tdosanmalan',
  },
  privacy: {
    title: 'Integritet och lagring',
    intro:
      'Värna är kommunens verktyg för handlingsplanen för att värna demokratin. Här står vad som lagras, var, hur länge och vem som kan se det.',
    whatHeading: 'Vad lagras på enheten?',
    what: [
      'Handlingsplanen med uppföljningar, kontakter och rutinen vid oro.',
      'Dialogloggen: möten med organisationer och vilka roller som deltog – aldrig uppgifter om enskilda privatpersoner.',
      'Allt lagras i webbläsarens databas (IndexedDB) på enheten, så att Värna fungerar utan nät.',
      'När en lösenfras är satt lagras fritext (sammanfattningar, anteckningar, kommentarer, uppföljningar och utkast) krypterad. Utan lösenfras lagras allt okrypterat – sätt en lösenfras under Inställningar.',
      'Slår du på upplåsning med fingeravtryck eller ansikte sparas nyckeln till den krypterade texten en gång till, krypterad med en nyckel som bara telefonens fingeravtrycks- eller ansiktsläsare kan ta fram. Fingeravtrycket eller ansiktet lämnar aldrig telefonen och sparas inte av Värna.',
    ],
    serverHeading: 'Vad lagras hos kommunen?',
    server:
      'Det som synkas lagras på kommunens server: samma uppgifter som på enheten, plus en ändringslogg som bara kan läggas till i (vem som ändrade vad och när). Ändringsloggen synkas också till enheterna och visas som Historik för varje post; på enheten krypteras den som övrig fritext när en lösenfras är satt. En personuppgift som skrivits in av misstag kan tas bort med ”Ta bort personuppgift”: texten ersätts i posten och i hela dess historik på servern och alla enheter, och borttagningen loggas (vem, när, vilket fält) utan texten.',
    howLongHeading: 'Hur länge?',
    howLong:
      'Fritext i synkade dialoger ligger kvar på enheten så länge som inställningen för gallring anger, som standard 13 månader; sedan tas texten bort från enheten medan datum, typ och organisation finns kvar. Kommunens kontor bevarar registret enligt kommunens regler för arkiv och gallring.',
    whoHeading: 'Vem kan se uppgifterna?',
    who: 'De enheter som är parkopplade till samma arbetsyta, och kommunens kontor. Ingen annan får tillgång till uppgifterna genom Värna.',
    specialHeading: 'Känsliga uppgifter hör inte hemma här',
    special:
      'Uppgifter om en enskild persons religion, politiska åsikter eller andra känsliga personuppgifter ska inte skrivas in i Värna. Skriv om organisationer och roller, inte om personer.',
    warningsHeading: 'Varningar i formulären',
    warnings:
      'När du skriver fritext varnar Värna om texten ser ut att innehålla personnummer, telefonnummer, e-postadresser eller namn på personer. Varningen hindrar inte att du sparar, men läs den och ta bort uppgifter som inte hör hemma här.',
  },
} as const;
