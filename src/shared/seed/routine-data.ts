import { stableId } from '../ids';
import type { RoutineInfo, RoutineStep } from '../schemas';
import { CONTACT_IDS } from './contacts-data';
import { SEED_UPDATED_AT } from './plan-data';

/** "Rutin vid oro": what is done and who is called when concern about violent extremism arises. */

/** The routine's heading record: a single record with a fixed id. */
export const ROUTINE_INFO_ID = stableId('seed', 'routineInfo', 'rutin-vid-oro');

export const routineStepId = (key: string): string => stableId('seed', 'routineStep', key);

export const DEFAULT_ROUTINE_INFO: RoutineInfo = {
  id: ROUTINE_INFO_ID,
  version: 0,
  deleted: false,
  updatedAt: SEED_UPDATED_AT,
  title: 'Rutin vid oro för våldsbejakande extremism',
  legalReference:
    'Orosanmälan: skyldigheten att anmäla oro för att ett barn far illa följer av socialtjänstlagen ' +
    '(14 kap. 1 § SoL (2001:453); i den nya socialtjänstlagen (2025:400) som gäller från 1 juli 2025 ' +
    'finns bestämmelsen i 19 kap.). Kontrollera aktuell paragraf.',
  revision: '1',
  reviewedAt: null,
  reviewedBy: '',
};

interface StepInput {
  key: string;
  title: string;
  what: string;
  when: string;
  contactIds: string[];
}

const steps = (inputs: StepInput[]): RoutineStep[] =>
  inputs.map((input, index) => ({
    id: routineStepId(input.key),
    version: 0,
    deleted: false,
    updatedAt: SEED_UPDATED_AT,
    order: index + 1,
    title: input.title,
    what: input.what,
    when: input.when,
    contactIds: input.contactIds,
  }));

export const DEFAULT_ROUTINE_STEPS: RoutineStep[] = steps([
  {
    key: 'akut-fara',
    title: 'Akut fara – ring 112',
    what:
      'Om någon är i akut fara eller ett brott pågår: ring 112 direkt. Informera därefter din chef och ' +
      'kommunens kontaktperson.',
    when: 'Vid akut fara',
    contactIds: [CONTACT_IDS['sos-112']],
  },
  {
    key: 'skolan',
    title: 'I skolan: informera rektor och elevhälsan',
    what:
      'Berätta för rektor vad du har sett eller hört och varför du är orolig. Rektor ser till att ' +
      'elevhälsan involveras och att oron hanteras enligt skolans rutiner.',
    when: 'När oro uppstår i skolan',
    contactIds: [CONTACT_IDS.rektor, CONTACT_IDS.elevhalsan],
  },
  {
    key: 'radgor-socialtjansten',
    title: 'Rådgör med socialtjänsten – anonymt om du är osäker',
    what:
      'Är du osäker på om oron är befogad kan du rådgöra med socialtjänsten utan att nämna personens ' +
      'namn. Socialtjänsten nås via kommunens växel.',
    when: 'När du är osäker på hur oron ska bedömas',
    contactIds: [CONTACT_IDS.socialtjansten, CONTACT_IDS.vaxel],
  },
  {
    key: 'orosanmalan',
    title: 'Gör en orosanmälan när ett barn kan behöva skydd eller stöd',
    what:
      'Om du misstänker att ett barn (under 18 år) far illa eller kan behöva skydd eller stöd ska du ' +
      'genast göra en orosanmälan till socialtjänsten. Anställda i kommunen är skyldiga att anmäla ' +
      '(se rättslig grund).',
    when: 'När ett barn kan behöva skydd eller stöd',
    contactIds: [CONTACT_IDS.socialtjansten, CONTACT_IDS.vaxel],
  },
  {
    key: 'kontaktperson-cve',
    title: 'Kontakta kommunens kontaktperson och vid behov CVE',
    what:
      'Informera kommunens kontaktperson (utvecklingsstrateg för trygghet och hälsa) så att oron kan ' +
      'samordnas med lägesbilden och övriga aktörer. Center mot våldsbejakande extremism (CVE) ger råd ' +
      'och stöd till yrkesverksamma.',
    when: 'När oro för våldsbejakande extremism uppstår',
    contactIds: [CONTACT_IDS.kontaktperson, CONTACT_IDS.vaxel, CONTACT_IDS.cve],
  },
  {
    key: 'polisen-11414',
    title: 'Polisen på 114 14 vid konkret fara eller brott som inte är akut',
    what:
      'Kontakta polisen på 114 14 endast när det finns konkret fara eller misstanke om brott som inte är ' +
      'akut, t.ex. hot eller planerat våld. Vid akut fara: ring 112.',
    when: 'Vid konkret fara eller brott som inte är akut',
    contactIds: [CONTACT_IDS['polis-11414']],
  },
]);
