/**
 * The rubric for both ladders: for each step and rung, what the source must show, typical evidence,
 * a counter-example and the hard cases; and who counts on each scale. The one place this text lives:
 * /om/stigene/ renders it, the case page links to its anchors, and CONTRIBUTING.md summarises it.
 *
 * The rule of who counts here supersedes the wider list in `../shared/taxonomy.md` (which also puts
 * businesses on the co-creation staircase): paying or contracting someone is procurement, not
 * co-creation. The labels and short descriptions of each step and rung stay in `vocabularies.ts`.
 */
import { ARNSTEIN_NONE, COCREATION_NONE, arnsteinRungs, coCreationSteps } from './vocabularies.ts';

/** What a rating on one step or rung demands of the source. All text is Bokmål. */
export interface RubricEntry {
  /** The test: what the source must show for this level. */
  readonly test: string;
  /** Typical evidence in a source. */
  readonly evidence: string;
  /** Something that looks like this level but is not. */
  readonly counterExample: string;
  /** Hard cases met in real cases, and how they were settled (optional). */
  readonly boundary?: string;
}

type StepKey = (typeof coCreationSteps)[number]['step'] | typeof COCREATION_NONE;
type RungKey = (typeof arnsteinRungs)[number]['rung'] | typeof ARNSTEIN_NONE;

/** The anchor of a step on /om/stigene/ (null or «none» → the «none» entry). */
export function stepAnchor(step: number | null | typeof COCREATION_NONE): string {
  return `trapp-${step === null || step === COCREATION_NONE ? 'ingen' : step}`;
}

/** The anchor of a rung on /om/stigene/. */
export function rungAnchor(rung: number | null | typeof ARNSTEIN_NONE): string {
  return `stige-${rung === null || rung === ARNSTEIN_NONE ? 'ingen' : rung}`;
}

/** Who counts on each scale, settled once for every case. */
export const whoCounts = {
  staircase: [
    'Trappen måler hva folk og grupper utenfor det offentlige gjør sammen med kommunen: innbyggere, brukere, pårørende, frivillige, og frivillige organisasjoner og brukerorganisasjoner når de opptrer som sivilsamfunn.',
    'Næringsliv, innleide konsulenter, forskere, lønnede ansatte hos samarbeidspartnere og leverandører som får betalt på kontrakt (ideelle eller kommersielle), løfter ikke alene en sak over «ingen». Å betale eller kjøpe fra noen er innkjøp, ikke samskaping.',
    'Slike aktører kan være blant partnerne på trinn 4 og 5, men bare når innbyggere, brukere, pårørende, frivillige eller sivilsamfunn også er det.',
    'Ansatte, tillitsvalgte og andre offentlige organer er ikke på trappen. En sak med bare offentlige parter får «ingen».',
  ],
  ladder: [
    'Stigen måler den reelle makten innbyggere, brukere og pårørende (og frivillige som innbyggere) har over beslutninger som angår dem.',
    'Den måler aldri makten til samarbeidende organisasjoner, stiftelser eller bedrifter. Et partnerskap mellom organisasjoner er ikke partnerskap på stigen.',
    'Å motta en tjeneste, å bli kartlagt for sin egen del eller å jobbe som lønnet er ikke i seg selv et trinn. Stigen spør om de var med på beslutningene om tiltaket.',
    'Partnerskap (6) og høyere krever at innbyggerne, brukerne, pårørende eller frivillige selv har makten. En organisasjon som taler for dem, kan gi trinn opp til 5.',
  ],
} as const;

/** Rules that apply to both scales. */
export const generalRules = [
  '«Ingen» er et fullt svar, ikke et hull: det betyr at kilden ikke beskriver noen slik deltakelse.',
  'Er du i tvil mellom to trinn, velg det laveste kilden tydelig støtter, og merk plasseringen som skjønn.',
  'Hver plassering har en begrunnelse som nevner bevisene (hvem gjorde hva, slik kilden sier det) og et kildested: rapport, kapittel, boks eller side der avsnittet som avgjør står.',
  '«Klar lesning av kilden» betyr at kilden sier rett ut det som avgjør. «Skjønn på tynt grunnlag» betyr at kilden sier lite, og at plasseringen er vår lesning.',
  'Det en kilde sier skal skje, har ikke skjedd: planer, mål og visjoner gir ikke trinn.',
] as const;

export const stepRubric: Record<StepKey, RubricEntry> = {
  none: {
    test: 'Kilden beskriver ingen innbyggere, brukere, pårørende, frivillige eller sivilsamfunn som tar del, bare offentlige organer, eventuelt sammen med bedrifter, forskere, konsulenter eller leverandører på kontrakt.',
    evidence:
      'Samarbeid mellom kommuner, stat og helseforetak; interne grep i arbeidsorganiseringen; anskaffelser og markedsdialog; forsknings- og ledelsesprosjekter.',
    counterExample:
      'Brukerne ble intervjuet før tiltaket ble valgt: da er det trinn 3, selv om resten av arbeidet var internt.',
    boundary:
      'Et sosialt entreprenørskap som formidler pensjonister til betalte oppdrag, et kommunalt samarbeid med en lokal butikk og et partnerskap mellom stiftelser som finansierer tiltak, er alle «ingen».',
  },
  1: {
    test: 'Innbyggerne gjør sin egen del i hverdagen, for eksempel trener selv, tar vare på egen helse eller tilpasser egen bolig (samproduksjon).',
    evidence:
      'Hverdagsrehabilitering der brukeren gjør opptreningen; frisklivstilbud; deltakere som trener mot arbeid i egne kvalifiseringsløp; brukere som organiserer sin egen assistanse.',
    counterExample: 'Brukeren mottar en tjeneste uten å gjøre noe selv, eller blir bare kartlagt: ikke trinn 1.',
  },
  2: {
    test: 'Ulønnede frivillige, pårørende eller lag og foreninger bidrar til tjenester eller tilbud som andre mottar (samproduksjon).',
    evidence:
      'Besøksvenner, frivillige aktiviteter på sykehjem, pårørende som deler erfaring med andre pårørende, frivillige mentorer.',
    counterExample:
      'Pensjonister som får lønn, ideelle leverandører som har kontrakt med det offentlige, og en bedrift som bytter tjenester med kommunen.',
    boundary: 'Et bytte av tjenester uten penger er betaling i tjenester, ikke et ulønnet bidrag.',
  },
  3: {
    test: 'Innbyggere eller brukere blir spurt eller lyttet til mens saken ennå er i idéfasen, og kilden viser at de faktisk ble det.',
    evidence:
      'Intervjuer, innbyggerdialog, brukerundersøkelser, innsikt fra brukere som grunnlag for tiltaket, pårørende som tok initiativet.',
    counterExample:
      'Et mål om at brukernes behov «skal» legges til grunn, uten at kilden sier at noen ble spurt; leverandører som gir innspill i markedsdialog.',
  },
  4: {
    test: 'Ideer og tiltak utvikles og prøves ut sammen med innbyggere eller brukere, ikke bare for dem.',
    evidence:
      'Tilbud som testes fortløpende sammen med nabolaget; innbyggere som er med og utvikler løsninger på et innovasjonssenter.',
    counterExample:
      'Kommunen utvikler et tiltak sammen med en bedrift eller et forskningsmiljø, og innbyggerne er ikke med: «ingen».',
    boundary:
      'En modell der hver families egne mål skal være førende for støtten, men der familiene ikke var med og formet selve modellen, er ikke trinn 4.',
  },
  5: {
    test: 'Innbyggere eller sivilsamfunn og kommunen eier saken sammen og avgjør sammen, fra problemforståelse til gjennomføring. Kilden må vise felles eierskap eller felles beslutninger, ikke bare at partene finansierer noe sammen.',
    evidence:
      'En felles komité der beboere gradvis får makt og ansvar; innbyggerdrevne råd med plass i et politisk utvalg; en urbefolkning som har overtatt ansvaret for sine egne helsetjenester.',
    counterExample:
      'Stiftelser, kommuner og forskere som deler problemforståelse og finansiering, uten at innbyggerne har en beskrevet rolle: «ingen».',
    boundary:
      'Et samvirke brukerne eier, som leverer tjenester kommunene kjøper, viser brukernes egen innsats (trinn 1), men ikke felles eierskap med kommunen. Å være medarrangør av ett kurs er ikke felles eierskap fra problem til løsning.',
  },
};

export const rungRubric: Record<RungKey, RubricEntry> = {
  none: {
    test: 'Kilden beskriver ingen rolle for innbyggere, brukere eller pårørende i beslutningene om tiltaket, eller de deltar bare som mottakere, arbeidstakere eller hjelpere.',
    evidence:
      'Samarbeid mellom etater eller organisasjoner; brukere som mottar et tilbud eller blir kartlagt for sin egen del; frivillige som hjelper uten å være med å bestemme.',
    counterExample: 'Brukerne ble intervjuet om tilbudet: da er det konsultasjon (4).',
    boundary:
      'Et tilbud som «bygger på den enkeltes kunnskap» eller en kartlegging av hver eldre, gir ikke konsultasjon når ingen ble spurt om tiltaket.',
  },
  1: {
    test: 'Deltakelse eller deltakelsesspråk brukes for å få innbyggerne til å godta det som alt er bestemt, uten at makt flyttes.',
    evidence:
      'Kilden viser at et opplegg for medvirkning ble brukt for å skaffe oppslutning om noe som alt var bestemt.',
    counterExample:
      'En reform som ikke flyttet makt, men der kilden ikke beskriver noen ordning for deltakelse: «ingen». En ærlig informasjonskampanje: informasjon (3).',
  },
  2: {
    test: 'Innbyggerne er mål for tiltak som skal endre dem, og deltakelsen er en del av behandlingen, ikke en del av beslutningene.',
    evidence: 'Kilden beskriver deltakelse som terapi eller opplæring av deltakerne selv, kalt medvirkning.',
    counterExample: 'En helsetjeneste som ikke kaller seg medvirkning: «ingen».',
  },
  3: {
    test: 'Innbyggerne får vite om tiltaket, rettighetene sine eller mulighetene sine, men informasjonen går én vei.',
    evidence:
      'Målrettet informasjon til innbyggerne om deres muligheter og ansvar, for eksempel om å tilpasse egen bolig i tide.',
    counterExample:
      'Fagstoff, veiledning eller en oversikt over aktiviteter som er selve tjenesten: «ingen». Blir innbyggerne spurt hva de mener, er det konsultasjon (4).',
  },
  4: {
    test: 'Innbyggerne blir spurt, og kilden viser at de ble det: undersøkelse, høring, intervjuer, innspill i verksted, utprøving sammen med dem.',
    evidence: 'Intervjuer med brukere, innbyggerdialog med hvert årskull, brukerinnsikt som startpunkt.',
    counterExample:
      'Kilden sier at brukerne ikke hadde noen beskrevet innflytelse, eller at tilbudet «tar utgangspunkt i» dem uten at noen ble spurt: «ingen». At individuelle behov må kartlegges for at teknologien skal brukes forsvarlig, er heller ikke å spørre brukerne om løsningen.',
  },
  5: {
    test: 'Noen innbyggere, brukere eller pårørende sitter ved bordet eller gir råd, for eksempel i et råd eller en arbeidsgruppe, men kommunen avgjør.',
    evidence:
      'Pårørende i brukerråd, brukerorganisasjoner i arbeidet med en kravspesifikasjon, innbyggerforum som er talerør inn i kommunen.',
    counterExample: 'Rådet avgjør selv innenfor et avgrenset område: delegert makt (7).',
  },
  6: {
    test: 'Innbyggerne deler beslutningsmakten med kommunen gjennom forhandling eller felles organer, og kilden viser det.',
    evidence:
      'Valgte representanter for innbyggerne i et politisk utvalg med reell påvirkning; et brukerstyrt senter som arrangerer noe sammen med det offentlige.',
    counterExample:
      'Organisasjoner, stiftelser eller bedrifter som avtaler noe som «likeverdige parter»: det er partnernes makt, ikke innbyggernes.',
    boundary:
      'Et partnerskap mellom en stiftelse og sykehjem, eller frivilligauksjoner mellom etater, organisasjoner og bedrifter, gir ikke partnerskap på stigen.',
  },
  7: {
    test: 'Innbyggerne bestemmer selv over en avgrenset del av tiltaket eller tjenesten.',
    evidence: 'Makt og ansvar som gradvis delegeres til beboere i en komité; aktiviteter som beboerne selv driver.',
    counterExample: 'Innbyggerne foreslår, og kommunen velger: blidgjøring (5).',
  },
  8: {
    test: 'Innbyggerne eller brukerne eier og styrer tiltaket selv, fra planlegging til drift.',
    evidence: 'Et samvirke eid av brukerne; en helsetjeneste eid og drevet av urbefolkningen.',
    counterExample: 'Et samvirke eid av de ansatte: det er de ansattes makt, ikke brukernes.',
  },
};
