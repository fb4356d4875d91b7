/**
 * The controlled vocabularies of Samskapingsbanken: the one place they are defined.
 *
 * Keys are English and stable (they are stored in case files, URLs and exported data); labels are
 * what readers see, in Norwegian Bokmål. Pages, search filters, the contributor docs, the scaffolder
 * and the exported data all read from here. Sources for each list are in `../shared/taxonomy.md`;
 * change a list only where the sources or a real case demand it, and say why in the commit.
 */

/** One allowed value of a vocabulary. */
export interface Term<K extends string = string> {
  readonly key: K;
  /** What readers see (Bokmål). */
  readonly label: string;
  /** One sentence that helps a contributor choose. */
  readonly description: string;
}

/** Builds a vocabulary: the ordered terms, plus the keys as a tuple Zod's `z.enum` accepts. */
function vocabulary<const T extends readonly Term[]>(terms: T) {
  const keys = terms.map((t) => t.key) as unknown as readonly [T[number]['key'], ...T[number]['key'][]];
  const byKey = new Map(terms.map((t) => [t.key, t] as const));
  return {
    terms,
    keys,
    /** The reader's label of a key (the key itself if unknown, so a page never breaks). */
    label(key: string): string {
      return byKey.get(key)?.label ?? key;
    },
    get(key: string): T[number] | undefined {
      return byKey.get(key);
    },
  };
}

export type Vocabulary = ReturnType<typeof vocabulary>;

/**
 * Samskapingstrappen: Nordre Follo kommune's co-creation staircase, as shown in «Den nye
 * velferdskommunen» (2026), figure 4.5. From everyday co-production (1) to equal partnership (5).
 * It measures what people and groups outside the public bodies do together with the municipality:
 * residents, service users, relatives, volunteers and civil society acting as such. Businesses, hired
 * consultants, researchers, partners' paid staff and providers paid under contract do not by
 * themselves lift a case above «none» (paying someone is procurement, not co-creation); they may be
 * among the partners at step 4 or 5 only when residents, users, relatives or civil society also are.
 * This rule, written out in `rubric.ts`, supersedes the wider list in `../shared/taxonomy.md`.
 */
export const coCreationSteps = [
  {
    step: 1,
    label: 'Alle gjør litt',
    description:
      'Innbyggerne tar sin del i hverdagen, for eksempel ved å sortere avfall eller ta vare på egen helse (samproduksjon).',
  },
  {
    step: 2,
    label: 'Frivillige og pårørende bidrar',
    description:
      'Ulønnede frivillige, pårørende eller lag og foreninger bidrar til tjenester som andre mottar (samproduksjon).',
  },
  {
    step: 3,
    label: 'Innspill i idéfasen',
    description: 'Innbyggere eller brukere gir innspill mens kommunen ennå er i idéfasen av en sak.',
  },
  {
    step: 4,
    label: 'Utvikle og teste sammen',
    description: 'Ideer utvikles og prøves ut sammen med innbyggere og brukere.',
  },
  {
    step: 5,
    label: 'Likeverdig partnerskap',
    description:
      'Innbyggere eller sivilsamfunn og kommunen eier saken sammen og avgjør sammen, fra problemforståelse til gjennomføring (samskaping).',
  },
] as const;

export const COCREATION_STEP_MIN = 1;
/**
 * For a case where no residents, users, relatives, volunteers or civil society take part: only
 * public bodies, or public bodies with businesses, researchers or contracted providers.
 */
export const COCREATION_NONE = 'none' as const;
export const COCREATION_STEP_MAX = coCreationSteps.length;

/** The three groups of Arnstein's ladder, bottom to top. */
export const arnsteinGroups = vocabulary([
  {
    key: 'non-participation',
    label: 'Ikke-deltakelse',
    description: 'Makthaverne «behandler» eller «opplyser» innbyggerne.',
  },
  {
    key: 'tokenism',
    label: 'Symbolsk deltakelse',
    description: 'Innbyggerne blir hørt, men har ikke makt til å avgjøre.',
  },
  {
    key: 'citizen-power',
    label: 'Innbyggermakt',
    description: 'Innbyggerne deler eller har makten over beslutningene.',
  },
] as const);

/**
 * Arnstein, S. R. (1969). A Ladder of Citizen Participation. Journal of the American Institute of
 * Planners 35(4): 216–224. Rung 1 is the bottom.
 */
export const arnsteinRungs = [
  {
    rung: 1,
    key: 'manipulation',
    label: 'Manipulasjon',
    group: 'non-participation',
    description: 'Deltakelse brukes for å få innbyggerne til å godta det som allerede er bestemt.',
  },
  {
    rung: 2,
    key: 'therapy',
    label: 'Terapi',
    group: 'non-participation',
    description: 'Innbyggerne er mål for tiltak som skal endre dem, ikke parter.',
  },
  {
    rung: 3,
    key: 'informing',
    label: 'Informasjon',
    group: 'tokenism',
    description: 'Innbyggerne får vite hva som skjer, men informasjonen går én vei.',
  },
  {
    rung: 4,
    key: 'consultation',
    label: 'Konsultasjon',
    group: 'tokenism',
    description: 'Innbyggerne blir spurt (høring, undersøkelse, møte), men har ingen sikkerhet for at det teller.',
  },
  {
    rung: 5,
    key: 'placation',
    label: 'Blidgjøring',
    group: 'tokenism',
    description: 'Noen innbyggere får plass i råd og utvalg, men makthaverne avgjør.',
  },
  {
    rung: 6,
    key: 'partnership',
    label: 'Partnerskap',
    group: 'citizen-power',
    description: 'Makten deles gjennom forhandling, felles organer og felles ansvar.',
  },
  {
    rung: 7,
    key: 'delegated-power',
    label: 'Delegert makt',
    group: 'citizen-power',
    description: 'Innbyggerne har avgjørende makt over et tiltak eller en tjeneste.',
  },
  {
    rung: 8,
    key: 'citizen-control',
    label: 'Innbyggerkontroll',
    group: 'citizen-power',
    description: 'Innbyggerne styrer selv, fra planlegging til drift.',
  },
] as const;

export type ArnsteinRungKey = (typeof arnsteinRungs)[number]['key'];
export const ARNSTEIN_NONE = 'none' as const;
export const ARNSTEIN_RUNG_MAX = arnsteinRungs.length;

/**
 * How sure a rating is. «clear» when the source states plainly what decides it; «judgement» when the
 * evidence is thin and the rating is our reading (then the lower of two possible levels is chosen).
 */
export const ratingConfidences = vocabulary([
  {
    key: 'clear',
    label: 'Klar lesning av kilden',
    description: 'Kilden sier rett ut det som avgjør plasseringen.',
  },
  {
    key: 'judgement',
    label: 'Skjønn på tynt grunnlag',
    description:
      'Kilden sier lite om dette; plasseringen er vår lesning, og vi har valgt det laveste trinnet kilden støtter.',
  },
] as const);

/** Service areas (sektor). A case has one or more. */
export const serviceAreas = vocabulary([
  { key: 'health-care', label: 'Helse og omsorg', description: 'Helse- og omsorgstjenester generelt.' },
  {
    key: 'elderly-dementia',
    label: 'Eldreomsorg og demens',
    description: 'Tjenester og tilbud til eldre og personer med demens.',
  },
  {
    key: 'rehabilitation',
    label: 'Rehabilitering og hverdagsrehabilitering',
    description: 'Opptrening og mestring i eget hjem og hverdag.',
  },
  {
    key: 'children-youth-families',
    label: 'Barn, unge og familier',
    description: 'Oppvekst, skole, barnevern og familiestøtte.',
  },
  { key: 'work-inclusion', label: 'Arbeid og inkludering', description: 'Arbeid, kvalifisering og NAV-tjenester.' },
  {
    key: 'mental-health-substance',
    label: 'Psykisk helse og rus',
    description: 'Tjenester innen psykisk helse og rusfeltet.',
  },
  {
    key: 'housing-neighbourhood',
    label: 'Bolig og nærmiljø',
    description: 'Boliger, bomiljø, nabolag og områdesatsinger.',
  },
  {
    key: 'volunteering-civil-society',
    label: 'Frivillighet og sivilsamfunn',
    description: 'Samarbeid med frivillige, lag og foreninger.',
  },
  { key: 'culture-leisure', label: 'Kultur og fritid', description: 'Kultur, aktiviteter og fritidstilbud.' },
  { key: 'public-health', label: 'Folkehelse og levekår', description: 'Forebygging, folkehelse og levekår.' },
  {
    key: 'welfare-technology',
    label: 'Velferdsteknologi og digitale tjenester',
    description: 'Teknologi og digitale løsninger i tjenestene.',
  },
  {
    key: 'procurement',
    label: 'Innkjøp og anskaffelser',
    description: 'Innovative anskaffelser og innkjøpssamarbeid.',
  },
  {
    key: 'workforce',
    label: 'Arbeidskraft og rekruttering',
    description: 'Rekruttering, turnus, kompetanse og arbeidsorganisering.',
  },
  {
    key: 'planning-governance',
    label: 'Planlegging og styring',
    description: 'Planer, ledelse, styring og samarbeidsstrukturer.',
  },
  {
    // Added for the 2026 report's chapter on research and knowledge: partnerships between
    // municipalities and research that were otherwise filed under planning.
    key: 'research-knowledge',
    label: 'Forskning og kunnskapsutvikling',
    description: 'Samarbeid mellom kommuner og forskning, følgeforskning og kunnskapsbygging i tjenestene.',
  },
] as const);

/** Whom the case is for. */
export const targetGroups = vocabulary([
  { key: 'residents', label: 'Innbyggere generelt', description: 'Alle som bor i et område.' },
  { key: 'older-people', label: 'Eldre', description: 'Eldre innbyggere, hjemmeboende eller på institusjon.' },
  { key: 'people-with-dementia', label: 'Personer med demens', description: 'Personer med demens og kognitiv svikt.' },
  { key: 'relatives', label: 'Pårørende', description: 'Familie og andre som gir omsorg.' },
  { key: 'children-youth', label: 'Barn og unge', description: 'Barn og ungdom.' },
  {
    key: 'young-adults',
    label: 'Unge voksne',
    description: 'Unge voksne, for eksempel 18–30 år, ofte i fare for utenforskap.',
  },
  { key: 'families', label: 'Familier', description: 'Familier og foreldre.' },
  {
    key: 'people-outside-work',
    label: 'Personer utenfor arbeidslivet',
    description: 'Personer som står utenfor arbeid eller utdanning.',
  },
  {
    key: 'people-with-disabilities',
    label: 'Personer med funksjonsnedsettelser',
    description: 'Personer med fysiske eller psykiske funksjonsnedsettelser.',
  },
  {
    key: 'mental-health-substance-users',
    label: 'Personer med psykiske lidelser eller rusproblemer',
    description: 'Brukere av tjenester innen psykisk helse og rus.',
  },
  {
    key: 'chronically-ill',
    label: 'Personer med kroniske sykdommer',
    description: 'Personer med langvarige helseplager.',
  },
  { key: 'patients', label: 'Pasienter', description: 'Pasienter i helsetjenesten generelt.' },
  {
    key: 'seriously-ill',
    label: 'Alvorlig syke og døende',
    description: 'Personer som trenger lindrende behandling, og deres nærmeste.',
  },
  { key: 'immigrants', label: 'Innvandrere og flyktninger', description: 'Innvandrere, flyktninger og nyankomne.' },
  {
    key: 'lonely-isolated',
    label: 'Ensomme og isolerte',
    description: 'Personer som er ensomme eller lite sosialt aktive.',
  },
  {
    key: 'indigenous-sami',
    label: 'Samisk befolkning og andre urfolk',
    description: 'Samiske brukere og innbyggere, og urfolk i andre land.',
  },
  {
    key: 'home-care-users',
    label: 'Mottakere av hjemmetjenester',
    description: 'De som får hjemmesykepleie eller praktisk bistand hjemme.',
  },
  { key: 'employees', label: 'Ansatte', description: 'Ansatte i kommunen og tjenestene.' },
  { key: 'volunteers', label: 'Frivillige', description: 'Frivillige og lag og foreninger.' },
  { key: 'municipalities', label: 'Kommuner og ledere', description: 'Kommuner, ledere og politikere som målgruppe.' },
] as const);

/** Kinds of actor that take part in a case. */
export const actorTypes = vocabulary([
  { key: 'municipality', label: 'Kommunen', description: 'Kommunen som eier eller driver saken.' },
  { key: 'other-municipality', label: 'Andre kommuner', description: 'Samarbeidende kommuner.' },
  { key: 'county', label: 'Fylkeskommunen', description: 'Fylkeskommunen.' },
  {
    key: 'municipal-association',
    label: 'Kommunenes organisasjoner',
    description: 'KS og tilsvarende i andre land (KL, SKR).',
  },
  {
    key: 'state',
    label: 'Staten',
    description: 'Statlige etater, for eksempel NAV, Statsforvalteren, direktorater og departementer.',
  },
  { key: 'health-trust', label: 'Spesialisthelsetjenesten', description: 'Helseforetak og regionale helseforetak.' },
  { key: 'residents', label: 'Innbyggere', description: 'Innbyggere som deltar.' },
  { key: 'service-users', label: 'Brukere', description: 'De som mottar tjenesten.' },
  { key: 'relatives', label: 'Pårørende', description: 'Pårørende som deltar.' },
  {
    key: 'voluntary',
    label: 'Frivillige organisasjoner',
    description: 'Ulønnede frivillige, lag og foreninger og frivilligsentraler, når de deltar som sivilsamfunn.',
  },
  {
    key: 'non-profit',
    label: 'Ideell sektor',
    description:
      'Ideelle virksomheter og stiftelser, for eksempel som leverandør på kontrakt (løfter ikke alene en sak på stigene).',
  },
  {
    key: 'business',
    label: 'Næringsliv og sosiale entreprenører',
    description: 'Bedrifter, leverandører og sosiale entreprenører.',
  },
  {
    key: 'research',
    label: 'Forskning og høyere utdanning',
    description: 'Universiteter, høgskoler og forskningsinstitutter.',
  },
  {
    key: 'education',
    label: 'Skoler og opplæring',
    description: 'Grunnskoler, videregående skoler og andre opplæringssteder.',
  },
  {
    key: 'interest-organisation',
    label: 'Interesse- og brukerorganisasjoner',
    description: 'Organisasjoner som taler for en gruppe, for eksempel pasient- og pårørendeorganisasjoner.',
  },
  { key: 'employees', label: 'Ansatte og tillitsvalgte', description: 'Ansatte, fagforeninger og tillitsvalgte.' },
] as const);

export type ActorTypeKey = (typeof actorTypes.keys)[number];

/**
 * Actor types that are citizens in their own right: the only ones whose power Arnstein's ladder
 * measures, and the only ones that can carry a rung of partnership (6) or above.
 */
export const CITIZEN_ACTOR_TYPES = [
  'residents',
  'service-users',
  'relatives',
  'voluntary',
] as const satisfies readonly ActorTypeKey[];
/**
 * Actor types that can carry a step on the co-creation staircase or a rung below partnership:
 * citizens, plus the patient, user and relatives' organisations that speak for them (civil society).
 * Public bodies, businesses, research, schools, contracted providers (non-profit) and employees are
 * not on this list: alone, they leave both ratings at «none».
 */
export const CIVIL_ACTOR_TYPES = [
  ...CITIZEN_ACTOR_TYPES,
  'interest-organisation',
] as const satisfies readonly ActorTypeKey[];

/** Kind of innovation, after the KS and Digdir innovation barometers. */
export const innovationTypes = vocabulary([
  { key: 'service', label: 'Tjenesteinnovasjon', description: 'En ny eller vesentlig endret tjeneste.' },
  { key: 'process', label: 'Prosessinnovasjon', description: 'En ny måte å produsere eller levere tjenester på.' },
  {
    key: 'organisation',
    label: 'Organisatorisk innovasjon',
    description: 'En ny måte å organisere arbeidet eller samarbeidet på.',
  },
  {
    key: 'communication',
    label: 'Kommunikasjonsinnovasjon',
    description: 'En ny måte å kommunisere med innbyggere eller brukere på.',
  },
  { key: 'technology', label: 'Teknologisk innovasjon', description: 'Ny teknologi tatt i bruk i tjenestene.' },
  { key: 'policy', label: 'System- og politikkinnovasjon', description: 'Nye styringsformer, planer eller politikk.' },
] as const);

/** Where the case stands now (as of the date it was last checked). */
export const statuses = vocabulary([
  { key: 'idea', label: 'Idé', description: 'Planlagt eller under utvikling, ikke prøvd ut.' },
  { key: 'pilot', label: 'Pilot', description: 'Prøves ut i avgrenset omfang eller tid.' },
  { key: 'in-operation', label: 'I drift', description: 'En del av den faste driften.' },
  { key: 'spread', label: 'Spredt', description: 'I drift og tatt i bruk av andre.' },
  { key: 'ended', label: 'Avsluttet', description: 'Ikke lenger i drift (si hvorfor, hvis kjent).' },
  { key: 'unknown', label: 'Ukjent', description: 'Kildene sier ikke hva som skjedde videre.' },
] as const);

/** How well the results are documented, weakest first. */
export const evidenceLevels = vocabulary([
  { key: 'described', label: 'Beskrevet', description: 'Saken er beskrevet, men ikke evaluert.' },
  {
    key: 'evaluated-unknown',
    label: 'Evaluert (ukjent av hvem)',
    description: 'Kildene sier at saken er evaluert, men ikke av hvem.',
  },
  {
    key: 'internal-evaluation',
    label: 'Intern evaluering',
    description: 'Kommunen eller prosjektet har selv målt eller evaluert.',
  },
  { key: 'external-evaluation', label: 'Ekstern evaluering', description: 'En uavhengig aktør har evaluert.' },
  { key: 'research', label: 'Forskningsstudie', description: 'Studert i forskning som er publisert.' },
] as const);

/**
 * Barriers (hemmere): what got in the way in a case, whether or not it was overcome. Drawn from the
 * note to the committee on regulatory barriers and drivers
 * (its state-level, municipal and structural barriers, checked against the note line by line), the
 * 2026 report and the Omsorg 3.0 note. Kept short: a reader looks for cases that overcame theirs.
 */
export const barriers = vocabulary([
  {
    key: 'pilot-funding-ends',
    label: 'Prosjektet blir ikke til drift',
    description: 'Prosjektmidler tar slutt, eller gode piloter blir aldri tatt inn i budsjett og daglig drift.',
  },
  {
    key: 'budget-cuts',
    label: 'Nedskjæringer og ostehøvelkutt',
    description:
      'Kutt i budsjett eller bemanning, ofte likt fordelt på alle enheter, tar ressursene fra utviklingsarbeidet eller stanser det.',
  },
  {
    key: 'split-budgets',
    label: 'Kostnad og gevinst i ulike budsjetter',
    description: 'Den som betaler, er ikke den som sparer (mellom sektorer eller forvaltningsnivåer).',
  },
  {
    key: 'state-cost-shifting',
    label: 'Statlige oppgaver uten full finansiering',
    description: 'Staten legger kostnadskrevende oppgaver på kommunene uten å dekke dem.',
  },
  {
    key: 'reporting-burden',
    label: 'Rapportering og kontroll',
    description:
      'Rapportering, tilsyn og kontroll, fra staten eller kommunens egne rutiner, tar tid fra tjenesten og utviklingen.',
  },
  {
    key: 'legal-barriers',
    label: 'Lov- og regelverk',
    description:
      'Regler, rettighetslovgivning eller finansieringsordninger står i veien, eller ordninger virker over tid mot sin hensikt.',
  },
  {
    key: 'rigid-allocation',
    label: 'Stive vedtak og tildeling',
    description: 'Hjelpen styres av vedtak som står til de omgjøres, og kan ikke tilpasses behovet der og da.',
  },
  {
    key: 'privacy-data-sharing',
    label: 'Personvern og deling av opplysninger',
    description: 'Usikkerhet om eller forbud mot å dele opplysninger hindrer samarbeid.',
  },
  {
    key: 'no-release-time',
    label: 'Ingen tid frigjort',
    description: 'Driften sluker tiden; ingen er frikjøpt til å utvikle.',
  },
  {
    key: 'weak-anchoring',
    label: 'Svak forankring',
    description:
      'Ledere eller politikere står ikke bak arbeidet, for eksempel fordi endring er politisk risikabelt eller flertallet skifter.',
  },
  {
    key: 'key-person-dependence',
    label: 'Avhengig av få ildsjeler',
    description: 'Arbeidet står og faller med noen få personer.',
  },
  { key: 'silos', label: 'Sektorsiloer', description: 'Tjenester og etater arbeider hver for seg.' },
  {
    key: 'staffing-sickness',
    label: 'Bemanning og sykefravær',
    description: 'Mangel på personell og høyt sykefravær.',
  },
  {
    key: 'small-scale',
    label: 'Liten kapasitet',
    description: 'For få folk eller for lite fagmiljø til å drive utvikling.',
  },
  {
    key: 'lack-of-competence',
    label: 'Mangler kompetanse',
    description: 'Kommunen mangler fagkompetanse for nye oppgaver eller kunnskap om innovasjon og samskaping.',
  },
  {
    key: 'unclear-roles',
    label: 'Uklare roller og ansvar',
    description: 'Det er uklart hvem som har ansvaret eller hvem som bestemmer.',
  },
  {
    key: 'unequal-power',
    label: 'Ujevn makt og ressurser',
    description: 'Partene stiller ikke likt; noen grupper når ikke fram.',
  },
  {
    key: 'procurement-rules',
    label: 'Anskaffelsesregler',
    description: 'Innkjøpsregler og -praksis gjør det vanskelig å prøve nytt.',
  },
  { key: 'hard-to-measure', label: 'Vanskelig å måle effekt', description: 'Gevinstene er vanskelige å dokumentere.' },
  {
    key: 'technology-integration',
    label: 'Teknologi som ikke henger sammen',
    description: 'Systemer snakker ikke sammen, eller teknologien er umoden.',
  },
  {
    key: 'resistance-to-change',
    label: 'Motstand mot endring',
    description: 'Vaner, kultur eller faglig uenighet bremser.',
  },
] as const);

/** Drivers (fremmere). Same sources as the barriers. */
export const drivers = vocabulary([
  {
    key: 'leadership-anchoring',
    label: 'Forankring hos ledere og politikere',
    description: 'Ledere og politikere eier og etterspør arbeidet.',
  },
  {
    key: 'released-time',
    label: 'Frigjort tid',
    description:
      'Noen har fått tid og ressurser til å utvikle, for eksempel ved at rapportering er kuttet eller oppgaver avviklet.',
  },
  {
    key: 'cross-sector-teams',
    label: 'Tverrfaglige og tverrsektorielle team',
    description: 'Fag, sektorer og etater arbeider sammen.',
  },
  {
    key: 'research-partner',
    label: 'Forskningspartner',
    description: 'Forskere er med fra start eller følger arbeidet.',
  },
  {
    key: 'user-involvement',
    label: 'Brukere og innbyggere med fra start',
    description: 'De det gjelder er med på å forme løsningen.',
  },
  {
    key: 'neutral-facilitator',
    label: 'Nøytral tilrettelegger',
    description: 'En nøytral part eller brobygger holder prosessen.',
  },
  {
    key: 'long-term-funding',
    label: 'Langsiktig finansiering',
    description: 'Arbeidet har penger over flere år eller er lagt inn i driften.',
  },
  {
    key: 'start-up-funding',
    label: 'Prosjektmidler til å komme i gang',
    description: 'Tilskudd eller prosjektmidler gjorde oppstarten mulig.',
  },
  {
    key: 'shared-urgency',
    label: 'Felles erkjennelse av behov',
    description: 'Partene er enige om at dagens løsning ikke holder («brennende plattform»).',
  },
  {
    key: 'room-to-manoeuvre',
    label: 'Handlingsrom og tillit',
    description: 'Frihet fra regler, forsøksordninger eller tillitsbasert styring.',
  },
  { key: 'networks', label: 'Nettverk og erfaringsdeling', description: 'Kommuner lærer av hverandre i nettverk.' },
  {
    key: 'volunteer-coordination',
    label: 'Koordinering av frivillige',
    description: 'En frivilligkoordinator eller frivilligsentral binder sammen.',
  },
  {
    key: 'competence-building',
    label: 'Opplæring i innovasjon',
    description: 'Ansatte og ledere får opplæring i innovasjon og tjenestedesign.',
  },
  { key: 'local-enthusiasts', label: 'Engasjerte ildsjeler', description: 'Engasjerte personer driver arbeidet fram.' },
  {
    key: 'shared-goals',
    label: 'Felles mål og avtaler',
    description: 'Partene har felles mål, avtaler eller en felles plattform.',
  },
  {
    key: 'social-networks',
    label: 'Nettverket rundt brukeren som likeverdig part',
    description:
      'Tjenesten bygger på og styrker nettverket rundt brukeren (pårørende, venner, naboer, frivillige), og fagfolkene samarbeider med det på like fot.',
  },
] as const);

/**
 * Countries. A case outside Norway keeps its country. ISO 3166-1 alpha-2 codes, so exported data
 * joins cleanly with other data sets.
 */
export const countries = vocabulary([
  { key: 'NO', label: 'Norge', description: '' },
  { key: 'DK', label: 'Danmark', description: '' },
  { key: 'SE', label: 'Sverige', description: '' },
  { key: 'FI', label: 'Finland', description: '' },
  { key: 'IS', label: 'Island', description: '' },
  { key: 'GB', label: 'Storbritannia', description: '' },
  { key: 'NL', label: 'Nederland', description: '' },
  { key: 'FR', label: 'Frankrike', description: '' },
  { key: 'DE', label: 'Tyskland', description: '' },
  { key: 'US', label: 'USA', description: '' },
  { key: 'JP', label: 'Japan', description: '' },
] as const);

/**
 * Programmes and other support (content/virkemidler/): what kind of thing it is. The kinds the sources
 * describe: national programmes, funds, grant and loan schemes, networks, national bodies,
 * agreements between sectors, and competence centres.
 */
export const programmeKinds = vocabulary([
  { key: 'programme', label: 'Program', description: 'Et tidsavgrenset nasjonalt eller regionalt program.' },
  { key: 'fund', label: 'Fond', description: 'Et fond som gir penger til prosjekter.' },
  {
    key: 'grant-scheme',
    label: 'Tilskuddsordning',
    description: 'En ordning der kommuner eller andre søker om tilskudd.',
  },
  { key: 'loan-scheme', label: 'Låneordning', description: 'En ordning for lån, for eksempel fra Husbanken.' },
  { key: 'network', label: 'Nettverk', description: 'Et nettverk der kommuner eller andre deler erfaringer.' },
  {
    key: 'national-body',
    label: 'Nasjonalt organ',
    description: 'Et statlig eller nasjonalt organ med en fast oppgave.',
  },
  {
    key: 'agreement',
    label: 'Avtale',
    description: 'En avtale mellom sektorer eller parter, for eksempel mellom stat og frivillighet.',
  },
  {
    key: 'competence-centre',
    label: 'Kompetansesenter',
    description: 'Et senter som samler og sprer kunnskap, for eksempel et forskningssenter.',
  },
] as const);

/** Who can use a programme: apply to it, join it or get help from it. */
export const audiences = vocabulary([
  { key: 'municipalities', label: 'Kommuner', description: 'Kommunene kan søke, delta eller få hjelp.' },
  { key: 'counties', label: 'Fylkeskommuner', description: 'Fylkeskommunene kan søke, delta eller få hjelp.' },
  { key: 'state-agencies', label: 'Statlige virksomheter', description: 'Statlige etater og virksomheter.' },
  {
    key: 'civil-society',
    label: 'Frivillige og ideelle organisasjoner',
    description: 'Frivillige lag, ideelle organisasjoner og sivilsamfunnet.',
  },
  { key: 'businesses', label: 'Næringsliv', description: 'Bedrifter og leverandører.' },
  { key: 'research', label: 'Forskning og utdanning', description: 'Forskningsmiljøer, universiteter og høgskoler.' },
  { key: 'residents', label: 'Innbyggere', description: 'Innbyggere, brukere eller pårørende direkte.' },
] as const);

/** Where a programme stands, as of the year in statusAsOf. */
export const programmeStatuses = vocabulary([
  { key: 'running', label: 'I gang', description: 'Ordningen finnes og er i bruk.' },
  { key: 'ended', label: 'Avsluttet', description: 'Ordningen er avsluttet.' },
  {
    key: 'proposed',
    label: 'Forslag fra utvalget, ikke vedtatt',
    description: 'Foreslått av Innovasjons- og samskapingsutvalget i 2026, ikke vedtatt.',
  },
  { key: 'unknown', label: 'Ukjent', description: 'Kildene sier ikke om ordningen finnes i dag.' },
] as const);

/** What kind of idea a concept page (content/begreper/) describes. */
export const conceptKinds = vocabulary([
  { key: 'concept', label: 'Begrep', description: 'Et ord eller en idé, for eksempel samproduksjon.' },
  {
    key: 'model',
    label: 'Modell',
    description: 'En modell for hvordan en kommune kan arbeide, for eksempel Kommune 3.0.',
  },
  {
    key: 'method',
    label: 'Metode',
    description: 'En arbeidsmåte, for eksempel tjenestedesign eller hverdagsrehabilitering.',
  },
  { key: 'ladder', label: 'Stige eller trapp', description: 'En skala med trinn, for eksempel Arnsteins stige.' },
] as const);

// Municipality sizes live in their own module, so the browser's finder can use the labels without
// bundling every vocabulary; they are part of the vocabularies all the same.
export { sizeBands, sizeClasses, type SizeBandKey, type SizeClassKey } from './sizes.ts';
