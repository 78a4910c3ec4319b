import { stableId } from '../ids';
import { activityId, type AreaKey } from './activity-ids';
import type { Activity, Area, IndicatorMeasure, Intervention, PreventionLevel } from '../schemas';

/**
 * The default plan: Timrå kommun's "Anvisningar för att värna demokratin och motverka och
 * förebygga våldsbejakande extremism", transcribed from the plan document. Every record has a
 * fixed id (UUIDv5 of its seed key), so every device and server meets in the same records.
 */

/** Timestamp of all default records: display only, never used for ordering. */
export const SEED_UPDATED_AT = '2017-01-01T00:00:00.000Z';

const seedBase = (id: string) => ({
  id,
  version: 0,
  deleted: false,
  updatedAt: SEED_UPDATED_AT,
});

// ---------------------------------------------------------------------------------------------
// Introduction
// ---------------------------------------------------------------------------------------------

export interface PreventionLevelText {
  title: string;
  description: string;
}

export interface PlanIntro {
  title: string;
  /** The plan's introduction: purpose and background, paragraphs separated by a blank line. */
  purpose: string;
  /** Lead-in to the prevention levels. */
  levelsLead: string;
  levels: {
    generella: PreventionLevelText;
    specifika: PreventionLevelText;
    individinriktade: PreventionLevelText & {
      /** The two forms of individual interventions, as named in the plan's table. */
      forms: {
        indikativ: PreventionLevelText;
        rehabiliterande: PreventionLevelText;
      };
    };
  };
}

export const PLAN_INTRO: PlanIntro = {
  title: 'Anvisningar för att värna demokratin och motverka och förebygga våldsbejakande extremism',
  purpose: [
    'Syftet med anvisningarna är att värna demokratin och förebygga våldsbejakande extremism i alla former. ' +
      'Med våldsbejakande extremism avses personer och/eller grupper som brukar våld i syfte att främja sina ' +
      'politiska och/eller religiösa ståndpunkter. De grupperingar vi känner till i Sverige är ' +
      'högerextrema/vit makt-miljön, vänsterextrema grupper, religiösa grupper (islamistisk extremism) och ' +
      'ensamagerande individer som inte passar in på någon av ovan nämnda grupperingar.',
    'Samverkan på lokal nivå i redan befintliga strukturer är en framgångsfaktor. Inom den kommunala ' +
      'organisationen är det framförallt skola, socialtjänst, fritidsverksamhet och kommunens ' +
      'säkerhetsfunktion som berörs men också det kommunala bostadsbolaget. Samverkansparter för kommunen ' +
      'är främst polisen och i viss mån även Landstinget. En kontinuerlig dialog med lokala trossamfund, ' +
      'idrottsföreningar och andra ideella krafter är av stor vikt.',
    'Som stöd för den lokala nivån finns länsstyrelsen, den nationella samordnaren mot våldsbejakande ' +
      'extremism och säkerhetspolisen. Det är viktigt att kommunen håller kontakt med dessa aktörer. ' +
      'Kommunen har en särskilt utsedd tjänsteman som ansvarar för kunskapsinhämtning från samordning med ' +
      'såväl lokala aktörer som den regionala och nationella nivån.',
  ].join('\n\n'),
  levelsLead:
    'De insatser som planeras och genomförs ska befinna sig på tre olika preventionsnivåer:',
  levels: {
    generella: {
      title: 'Generella förebyggande insatser',
      description:
        'Breda insatser som riktar sig till samhällets samtliga medborgare, med särskilt fokus på barn och unga.',
    },
    specifika: {
      title: 'Specifika förebyggande insatser',
      description:
        'När specifika problem eller unga i riskzon definieras. Fokus på områden där fäste finns.',
    },
    individinriktade: {
      title: 'Individinriktade förebyggande insatser',
      description:
        'Riktas mot den enskilda individen med riskbeteende. Nätverk av utsedda tjänstemän och andra utses ' +
        'utifrån aktuell situation.',
      forms: {
        indikativ: {
          title: 'Individinriktade (behovsbedömda) insatser på indikativ nivå',
          description:
            'Behovsbedömda insatser till den enskilda individen med riskbeteende (indikativ prevention).',
        },
        rehabiliterande: {
          title:
            'Individinriktade (behovsbedömda) rehabiliterande insatser vid önskan att lämna extrem grupp',
          description:
            'Behovsbedömda rehabiliterande insatser för den som önskar lämna en extrem grupp, t.ex. ' +
            'behandling för avprogrammering och fortsatt stöd på hemmaplan.',
        },
      },
    },
  },
};

// ---------------------------------------------------------------------------------------------
// Areas
// ---------------------------------------------------------------------------------------------

export { AREA_KEYS, type AreaKey } from './activity-ids';

export const areaId = (key: AreaKey): string => stableId('seed', 'area', key);

export const AREA_IDS: Readonly<Record<AreaKey, string>> = {
  styrgrupp: areaId('styrgrupp'),
  kontaktperson: areaId('kontaktperson'),
  'intern-information': areaId('intern-information'),
  'extern-information': areaId('extern-information'),
  lagesbild: areaId('lagesbild'),
  utbildning: areaId('utbildning'),
  dialog: areaId('dialog'),
  insatser: areaId('insatser'),
};

const area = (key: AreaKey, order: number, title: string, description: string): Area => ({
  ...seedBase(AREA_IDS[key]),
  title,
  description,
  order,
});

export const DEFAULT_AREAS: Area[] = [
  area(
    'styrgrupp',
    1,
    'Styrgrupp',
    'Rådet för trygghet och hälsa (RTH) är styrgrupp för arbetet med att värna demokratin och ' +
      'motverka våldsbejakande extremism.',
  ),
  area(
    'kontaktperson',
    2,
    'Kommunens kontaktperson',
    'Kommunens särskilt utsedda tjänsteman, utvecklingsstrategen för trygghet och hälsa, samordnar ' +
      'arbetet och ansvarar för kunskapsinhämtning från lokal, regional och nationell nivå.',
  ),
  area(
    'intern-information',
    3,
    'Intern information',
    'Information till medarbetare på intranätet TimNet om vad som görs och vem som kontaktas när oro ' +
      'för våldsbejakande extremism uppstår.',
  ),
  area(
    'extern-information',
    4,
    'Extern information',
    'Information till allmänheten på timra.se om våldsbejakande extremism och vilket stöd som erbjuds.',
  ),
  area(
    'lagesbild',
    5,
    'Lägesbild',
    'En aktuell och bred lägesbild av hot mot demokratin och våldsbejakande extremism i kommunen och ' +
      'länet, framtagen årligen i samverkan med polis och övriga kommuner i länet.',
  ),
  area(
    'utbildning',
    6,
    'Utbildning',
    'Utbildning för medarbetare, politiker och andra berörda utifrån aktuell lägesbild: ' +
      'grundutbildning och särskilt riktad utbildning.',
  ),
  area(
    'dialog',
    7,
    'Dialog med trossamfund och föreningar',
    'En kontinuerlig dialog med lokala trossamfund, idrottsföreningar och andra ideella krafter.',
  ),
  area(
    'insatser',
    8,
    'Insatser på tre preventionsnivåer',
    'Kommunens utbud av insatser: generella förebyggande insatser, specifika förebyggande insatser, ' +
      'individinriktade (behovsbedömda) insatser på indikativ nivå samt individinriktade ' +
      '(behovsbedömda) rehabiliterande insatser vid önskan att lämna extrem grupp.',
  ),
];

// ---------------------------------------------------------------------------------------------
// Activities
// ---------------------------------------------------------------------------------------------

export {
  activityId,
  DIALOG_ACTIVITY_ID,
  NETWORK_ACTIVITY_ID,
  TRAINING_BASIC_ACTIVITY_ID,
  TRAINING_TARGETED_ACTIVITY_ID,
  INTERVENTION_ACTIVITY_ID,
} from './activity-ids';

interface ActivityInput {
  key: string;
  what: string;
  timing: string;
  dueYear: number | null;
  indicator: string;
  actors: string;
  responsible: string;
  comment?: string;
  preventionLevel?: PreventionLevel | null;
  measure?: IndicatorMeasure;
  target?: number | null;
}

function activitiesOf(areaKey: AreaKey, inputs: ActivityInput[]): Activity[] {
  return inputs.map((input, index) => ({
    ...seedBase(activityId(areaKey, input.key)),
    areaId: AREA_IDS[areaKey],
    order: index + 1,
    what: input.what,
    timing: input.timing,
    dueYear: input.dueYear,
    indicator: input.indicator,
    actors: input.actors,
    responsible: input.responsible,
    comment: input.comment ?? '',
    preventionLevel: input.preventionLevel ?? null,
    measure: input.measure ?? 'none',
    target: input.target ?? null,
  }));
}

const RTH = 'RTH';
const RTH_FULL = 'Rådet för trygghet och hälsa (RTH)';

const LAGESBILD_COMMON = {
  indicator: 'Lägesbild presenteras i årlig rapport',
  actors: 'Utvecklingsstrateg i samverkan med övriga kommuner i länet',
  responsible: RTH,
};

const UTBILDNING_ACTORS =
  'Utvecklingsstrateg i samverkan med:\n- Socialtjänst\n- Barn och utbildning\n- Kultur och teknik';
const UTBILDNING_INDICATOR = 'Genomförd utbildning enligt punkt a och b.';
const UTBILDNING_DECISION =
  'Bedöma och besluta om vilka målgrupper som ska erbjudas utbildning enligt två alternativ: ' +
  'a/Grundutbildning, b/Särskilt riktad utbildning.';

const DIALOG_COMMON = {
  indicator: 'Antal genomförda dialoger',
  actors: 'Utvecklingsstrateg',
  responsible: RTH,
};

const INSATSER_ACTORS = 'Utvecklingsstrateg i samråd med:\n- Socialtjänst\n- Barn och utbildning';
const INSATSER_COMMENT =
  'Rutiner för riktade (behovsbedömda) insatser finns redan idag inom socialtjänsten. Gäller för alla ' +
  'typer av individinriktade insatser.';
const INSATS_RESULT = 'Resultat av insats – har den enskilde fått hjälp av insatsen';

export const DEFAULT_ACTIVITIES: Activity[] = [
  ...activitiesOf('styrgrupp', [
    {
      key: 'rth-styrgrupp',
      what:
        'Rådet för trygghet och hälsa utses till styrgrupp för arbetet med att värna demokratin och ' +
        'våldsbejakande extremism.',
      timing: 'våren 2017',
      dueYear: 2017,
      indicator: 'Uppföljning i årsrapport',
      actors: '',
      responsible: RTH_FULL,
      comment: 'Inarbetas i kommande folkhälsoprogram',
    },
  ]),
  ...activitiesOf('kontaktperson', [
    {
      key: 'utses-och-natverk',
      what:
        'Utvecklingsstrateg för trygghet och hälsa utses till kommunens kontaktperson för arbetet mot ' +
        'våldsbejakande extremism (utsedd 2016). I uppdraget ingår att delta i regionala och nationella ' +
        'träffar för kunskapsinhämtning och information.',
      timing: 'löpande',
      dueYear: null,
      indicator: 'Antal träffar/kontakter på regional och nationell nivå/år',
      actors: 'Utvecklingsstrateg',
      responsible: RTH_FULL,
      comment: 'Redovisas i samband med välfärdsbokslut',
      measure: 'networkMeetings',
      target: 4,
    },
  ]),
  ...activitiesOf('intern-information', [
    {
      key: 'timnet',
      what:
        'Information på kommunens intranät, TimNet, om vad som görs och vem som kontaktas när oro för ' +
        'våldsbejakande extremism uppstår.',
      timing: 'våren 2017',
      dueYear: 2017,
      indicator: 'Uppdaterad information finns på intranätet',
      actors:
        'Webredaktör (publicering)\nUtvecklingsstrateg (innehåll samt ansvar för uppdatering)',
      responsible: RTH,
    },
  ]),
  ...activitiesOf('extern-information', [
    {
      key: 'timra-se',
      what:
        'Information om våldsbejakande extremism och vilket stöd som erbjuds ska finnas tillgängligt på ' +
        'timra.se. Skapa och lägga ut information på kommunens hemsida.',
      timing: 'senast hösten 2017',
      dueYear: 2017,
      indicator: 'Uppdaterad information finns på hemsidan',
      actors: 'Kommunikationsansvarig (publicering)\nUtvecklingsstrateg (innehåll och uppdatering)',
      responsible: RTH,
    },
  ]),
  ...activitiesOf('lagesbild', [
    {
      key: 'arlig-lagesbild',
      what:
        'Aktuell och bred lägesbild av närvaro och aktiviteter av hot mot demokratin och ' +
        'våldsbejakande extremism i kommunen/länet skapas årligen i samverkan med polis och övriga ' +
        'kommuner i länet.',
      timing: 'årligen',
      dueYear: null,
      ...LAGESBILD_COMMON,
    },
    {
      key: 'innehall',
      what:
        'I länssamverkan ta fram vad lägesbilden ska innehålla, vilka indikatorer som ska användas och ' +
        'vilka som ska vara delaktiga.',
      timing: '',
      dueYear: null,
      ...LAGESBILD_COMMON,
    },
    {
      key: 'uppratta',
      what: 'Upprätta lägesbild.',
      timing: 'hösten 2017',
      dueYear: 2017,
      ...LAGESBILD_COMMON,
    },
  ]),
  ...activitiesOf('utbildning', [
    {
      key: 'utbildningsplan',
      what: 'Utbildningsplan.',
      timing: 'våren 2017',
      dueYear: 2017,
      indicator: UTBILDNING_INDICATOR,
      actors: UTBILDNING_ACTORS,
      responsible: RTH,
    },
    {
      key: 'behov',
      what:
        'Utifrån aktuell lägesbild bedöms om och i så fall vilken utbildning som är relevant för ' +
        'medarbetare, politiker och andra berörda. Bedöma behov av utbildningsinsatser.',
      timing: '2016',
      dueYear: 2016,
      indicator: UTBILDNING_INDICATOR,
      actors: UTBILDNING_ACTORS,
      responsible: RTH,
    },
    {
      key: 'malgrupper-a',
      what: `${UTBILDNING_DECISION} Här: a/Grundutbildning.`,
      timing: '',
      dueYear: null,
      indicator: 'Genomförd utbildning enligt punkt a (grundutbildning).',
      actors: UTBILDNING_ACTORS,
      responsible: RTH,
      comment: `Planens indikator: ${UTBILDNING_INDICATOR}`,
      measure: 'trainingsBasic',
      target: 1,
    },
    {
      key: 'malgrupper-b',
      what: `${UTBILDNING_DECISION} Här: b/Särskilt riktad utbildning.`,
      timing: '',
      dueYear: null,
      indicator: 'Genomförd utbildning enligt punkt b (särskilt riktad utbildning).',
      actors: UTBILDNING_ACTORS,
      responsible: RTH,
      comment: `Planens indikator: ${UTBILDNING_INDICATOR}`,
      measure: 'trainingsTargeted',
      target: 1,
    },
  ]),
  ...activitiesOf('dialog', [
    {
      key: 'undersoka',
      what: 'Undersöka vilka trossamfund och föreningar som finns och som önskar delta.',
      timing: '2018',
      dueYear: 2018,
      ...DIALOG_COMMON,
    },
    {
      key: 'utse-ansvarig',
      what: 'Utse ansvarig för dialog.',
      timing: '2017',
      dueYear: 2017,
      ...DIALOG_COMMON,
    },
    {
      key: 'planering-genomforande',
      what: 'Planering och genomförande av dialog.',
      timing: '2017',
      dueYear: 2017,
      ...DIALOG_COMMON,
      measure: 'dialogs',
      target: 4,
    },
  ]),
  ...activitiesOf('insatser', [
    {
      key: 'definiera',
      what: 'Definiera vilka insatser som ingår i kommunens utbud.',
      timing: '',
      dueYear: null,
      indicator: 'Rutiner för insatser finns',
      actors: INSATSER_ACTORS,
      responsible: RTH,
      comment: INSATSER_COMMENT,
    },
    {
      key: 'gor-kanda',
      what: 'Gör dessa insatser kända och därmed tillgängliga för medborgare och medarbetare.',
      timing: '',
      dueYear: null,
      indicator: 'Antal genomförda insatser',
      actors: INSATSER_ACTORS,
      responsible: RTH,
      measure: 'interventions',
    },
    {
      key: 'utse-ansvariga',
      what: 'Utse ansvariga för genomförande och uppföljning.',
      timing: '',
      dueYear: null,
      indicator: INSATS_RESULT,
      actors: INSATSER_ACTORS,
      responsible: RTH,
    },
    {
      key: 'avprogrammering',
      what:
        'Genom samverkan i länet ev. upphandla adekvat behandling för avprogrammering samt definiera ' +
        'former för fortsatt stöd på hemmaplan.',
      timing: '',
      dueYear: null,
      indicator: `Antal genomförda insatser\n${INSATS_RESULT}`,
      actors: INSATSER_ACTORS,
      responsible: RTH,
      comment: INSATSER_COMMENT,
      preventionLevel: 'rehabiliterande',
      measure: 'interventions',
    },
  ]),
];

// ---------------------------------------------------------------------------------------------
// Interventions (the municipality's offer, by prevention level)
// ---------------------------------------------------------------------------------------------

export const interventionId = (level: PreventionLevel): string =>
  stableId('seed', 'intervention', level);

const INTERVENTION_RESPONSIBLE =
  'Utvecklingsstrateg i samråd med socialtjänst och barn och utbildning';
const VIA_KONTAKTPERSON =
  'Kontakta kommunens kontaktperson (utvecklingsstrateg för trygghet och hälsa) via växeln 060-16 31 00.';
const VIA_SOCIALTJANST =
  'Kontakta socialtjänsten via växeln 060-16 31 00 (du kan rådgöra anonymt) eller kommunens ' +
  'kontaktperson (utvecklingsstrateg för trygghet och hälsa) via växeln.';

const intervention = (
  level: PreventionLevel,
  order: number,
  title: string,
  description: string,
  howToRequest: string,
): Intervention => ({
  ...seedBase(interventionId(level)),
  level,
  title,
  description,
  responsible: INTERVENTION_RESPONSIBLE,
  howToRequest,
  order,
});

export const DEFAULT_INTERVENTIONS: Intervention[] = [
  intervention(
    'generell',
    1,
    'Generella förebyggande insatser',
    'Breda insatser som riktar sig till samhällets samtliga medborgare, med särskilt fokus på barn och ' +
      'unga.',
    VIA_KONTAKTPERSON,
  ),
  intervention(
    'specifik',
    2,
    'Specifika förebyggande insatser',
    'Insatser när specifika problem eller unga i riskzon definieras. Fokus på områden där fäste finns.',
    VIA_KONTAKTPERSON,
  ),
  intervention(
    'indikativ',
    3,
    'Individinriktade (behovsbedömda) insatser på indikativ nivå',
    'Riktas mot den enskilda individen med riskbeteende. Nätverk av utsedda tjänstemän och andra utses ' +
      'utifrån aktuell situation. Rutiner för riktade (behovsbedömda) insatser finns redan idag inom ' +
      'socialtjänsten.',
    VIA_SOCIALTJANST,
  ),
  intervention(
    'rehabiliterande',
    4,
    'Individinriktade (behovsbedömda) rehabiliterande insatser vid önskan att lämna extrem grupp',
    'Stöd till den som önskar lämna en extrem grupp. Genom samverkan i länet kan adekvat behandling ' +
      'för avprogrammering upphandlas, och former för fortsatt stöd på hemmaplan definieras. Rutiner ' +
      'för riktade (behovsbedömda) insatser finns redan idag inom socialtjänsten.',
    VIA_SOCIALTJANST,
  ),
];
