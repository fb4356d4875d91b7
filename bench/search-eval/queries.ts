/**
 * The search evaluation's queries, each with the cases judged relevant by reading the cases (title,
 * summary, body, service areas and target groups). Hand-written data: never computed by the search
 * code. A case is relevant when a municipal reader who typed the query would want to open it; a case
 * that merely mentions the word in passing is not.
 *
 * When a case is added that answers one of these queries, add its slug here.
 */
export type Kind = 'ord' | 'sammensatt' | 'bøyning' | 'frase' | 'sted/organisasjon' | 'feilstaving' | 'engelsk';

export interface EvalQuery {
  q: string;
  kind: Kind;
  relevant: string[];
}

const hverdagsrehabilitering = [
  'hverdagsrehabilitering-arendal',
  'hverdagsrehabilitering-bodo',
  'hverdagsrehabilitering-fredericia',
  'hverdagsrehabilitering-nome',
  'omsorg-3-0',
];
const demens = [
  'alarmer-demens-bergen',
  'demensteam-foreninger-lillehammer',
  'inn-pa-tunet-og-ut-pa-havet-kvalsund',
  'noen-as-midt-norge',
  'prosjekt-stimuli-tromso',
  'trygge-spor',
];
const velferdsteknologi = [
  'alarmer-demens-bergen',
  'dokkx-aarhus',
  'midtnorske-velferdsteknologiprosjektet',
  'trygghetspakken',
  'trygge-spor',
  'skaleringssamarbeid-danmark-viborg',
  'smarthus-lyngdal-falun',
  'teknologi-omsorgsboliger-oslo',
  'lyngbakken-sykehjem-skien',
  'pilledispensere-lillehammer-oyer',
  'nytt-sykehjem-oyer',
  'omsorg-3-0',
];
const frivillighet = [
  'frivillighetssamarbeid-lillehammer',
  'frivilligbors-oslo',
  'frivilligauksjoner-baerum',
  'med-hjerte-for-arendal',
  'livsglede-for-eldre',
  'gjemt-men-ikke-glemt-ammerudhjemmet',
  'big-society-storbritannia',
  'friskus',
  'omradeforum-asker',
  'kullingane-sola',
  'seniorer-for-laerlinger-vestfold',
  'demensteam-foreninger-lillehammer',
  'sonderborgmodellen',
];
const sykehjem = [
  'prosjekt-stimuli-tromso',
  'livsglede-for-eldre',
  'partnerskapsmodell-arbeidstrening-lambertseter',
  'nytt-sykehjem-oyer',
  'dette-er-mitt-liv-st-halvardshjemmet',
  'gjemt-men-ikke-glemt-ammerudhjemmet',
  'universitetssykehjem-grimstad',
  'lyngbakken-sykehjem-skien',
  'reservert-konkurranse-ideelle-sykehjem-oslo',
  'hverdagsrehabilitering-nome',
];
const parorende = [
  'trygghetsnett-vestfold',
  'prosjekt-stimuli-tromso',
  'dette-er-mitt-liv-st-halvardshjemmet',
  'trygge-spor',
  'noen-as-midt-norge',
  'nettverk-lindrende-behandling-helse-vest',
  'gjemt-men-ikke-glemt-ammerudhjemmet',
  'inn-pa-tunet-og-ut-pa-havet-kvalsund',
  'universitetssykehjem-grimstad',
];
const innkjop = [
  'ski-danmark',
  'adda-sverige',
  'sosial-baerekraft-anskaffelser-trondheim',
  'smarthus-lyngdal-falun',
  'reservert-konkurranse-ideelle-sykehjem-oslo',
  'alarmer-demens-bergen',
  'teknologi-omsorgsboliger-oslo',
  'ideelle-rusinstitusjoner-helse-sor-ost',
  'lyngbakken-sykehjem-skien',
];
const eldreomsorg = [
  'livsglede-for-eldre',
  'forebyggende-hjemmebesok-oyer',
  'vardobaiki-samisk-senter',
  'omsorg-3-0',
  'frivillighetssamarbeid-lillehammer',
  'demensteam-foreninger-lillehammer',
  'noen-as-midt-norge',
  'buurtzorg-nederland',
  'prosjekt-stimuli-tromso',
  'gjemt-men-ikke-glemt-ammerudhjemmet',
  'nytt-sykehjem-oyer',
  'hverdagsrehabilitering-arendal',
  'hverdagsrehabilitering-nome',
  'helse-og-velferd-mot-2040-molderegionen',
  'dette-er-mitt-liv-st-halvardshjemmet',
  'skaleringssamarbeid-danmark-viborg',
];
const eldre = [
  'livsglede-for-eldre',
  'forebyggende-hjemmebesok-oyer',
  'vardobaiki-samisk-senter',
  'kullingane-sola',
  'helgetun',
  'marineholmen-seniorbolig',
  'butikk-og-eldreboliger-royrvik',
  'fore-var-askoy',
  'gammel-nok',
  'generationernes-hus-aarhus',
  'frivillighetssamarbeid-lillehammer',
  'noen-as-midt-norge',
];
const hjemmetjenesten = [
  'mobilt-oppgavesystem-gausdal',
  'hverdagsrehabilitering-arendal',
  'hverdagsrehabilitering-bodo',
  'hverdagsrehabilitering-nome',
  'pilledispensere-lillehammer-oyer',
  'menn-i-helse',
  'buurtzorg-nederland',
  'omsorg-3-0',
];
const unge = [
  'neet-prosjekt-to-kommuner',
  'flere-i-arbeid-kristiansand',
  'brobyggerne-samskaping-i-vest',
  'innbyggernes-modell',
  'levekarsprogrammet-agder',
  'verdens-viktigste-ekstra-jobb',
  'lagmodellen',
  'flere-veier-inn-i-arbeid-sondre-land',
  'hvor-er-mine-brodre',
  'seniorer-for-laerlinger-vestfold',
];
const lillehammer = [
  'demensteam-foreninger-lillehammer',
  'frivillighetssamarbeid-lillehammer',
  'prososialt-arbeid-lillehammer',
  'pilledispensere-lillehammer-oyer',
  'jobben-frelsesarmeen-lillehammer',
  'norskopplaering-helsehus-lillehammer',
  'omsorg-3-0',
];
const arbeid = [
  'aurora-verksted-baerum',
  'flere-i-arbeid-kristiansand',
  'flere-veier-inn-i-arbeid-sondre-land',
  'neet-prosjekt-to-kommuner',
  'partnerskapsmodell-arbeidstrening-lambertseter',
  'verdens-viktigste-ekstra-jobb',
  'lagmodellen',
  'sosial-baerekraft-anskaffelser-trondheim',
  'norskopplaering-helsehus-lillehammer',
  'hvor-er-mine-brodre',
  'menn-i-helse',
  'brobyggerne-samskaping-i-vest',
  'bygdevekstavtale-engerdal-trysil-valer-amot',
];

export const queries: EvalQuery[] = [
  // Single words, as typed.
  { q: 'demens', kind: 'ord', relevant: demens },
  { q: 'hverdagsrehabilitering', kind: 'ord', relevant: hverdagsrehabilitering },
  { q: 'velferdsteknologi', kind: 'ord', relevant: velferdsteknologi },
  { q: 'frivillighet', kind: 'ord', relevant: frivillighet },
  { q: 'sykehjem', kind: 'ord', relevant: sykehjem },
  { q: 'pårørende', kind: 'ord', relevant: parorende },
  { q: 'innkjøp', kind: 'ord', relevant: innkjop },
  {
    q: 'ensomhet',
    kind: 'ord',
    relevant: [
      'helgetun',
      'marineholmen-seniorbolig',
      'gjemt-men-ikke-glemt-ammerudhjemmet',
      'livsglede-for-eldre',
      'friskus',
      'frivillighetssamarbeid-lillehammer',
    ],
  },
  {
    q: 'rus',
    kind: 'ord',
    relevant: [
      'stangehjelpa',
      'ideelle-rusinstitusjoner-helse-sor-ost',
      'jobben-frelsesarmeen-lillehammer',
      'brobyggerne-samskaping-i-vest',
      'aurora-verksted-baerum',
      'sagatun-samarbeidsbasert-forskning',
      'flere-veier-inn-i-arbeid-sondre-land',
    ],
  },
  { q: 'turnus', kind: 'ord', relevant: ['storturnus-vikarpool-ringebu'] },
  {
    q: 'bolig',
    kind: 'ord',
    relevant: [
      'fore-var-askoy',
      'marineholmen-seniorbolig',
      'helgetun',
      'teknologi-omsorgsboliger-oslo',
      'butikk-og-eldreboliger-royrvik',
      'generationernes-hus-aarhus',
    ],
  },
  { q: 'samisk', kind: 'ord', relevant: ['vardobaiki-samisk-senter'] },
  {
    q: 'rekruttering',
    kind: 'ord',
    relevant: [
      'menn-i-helse',
      'hvor-er-mine-brodre',
      'verdens-viktigste-ekstra-jobb',
      'partnerskapsmodell-arbeidstrening-lambertseter',
      'framtidsforsoket-lillestrom',
      'norskopplaering-helsehus-lillehammer',
    ],
  },
  {
    q: 'folkehelse',
    kind: 'ord',
    relevant: [
      'frisklivssentral-modum',
      'forebyggende-hjemmebesok-oyer',
      'kullingane-sola',
      'levekarsprogrammet-agder',
      'med-hjerte-for-arendal',
      'southcentral-foundation-alaska',
      'innbyggernes-modell',
    ],
  },
  { q: 'mentor', kind: 'ord', relevant: ['seniorer-for-laerlinger-vestfold'] },
  { q: 'barnevern', kind: 'ord', relevant: ['brobyggerne-samskaping-i-vest', 'hvor-er-mine-brodre'] },
  { q: 'samvirke', kind: 'ord', relevant: ['aurora-verksted-baerum', 'uloba-brukersamvirke', 'helsegruppen-nemus'] },
  { q: 'dagaktivitet', kind: 'ord', relevant: ['inn-pa-tunet-og-ut-pa-havet-kvalsund', 'noen-as-midt-norge'] },
  {
    q: 'leverandørutvikling',
    kind: 'ord',
    relevant: [
      'alarmer-demens-bergen',
      'teknologi-omsorgsboliger-oslo',
      'smarthus-lyngdal-falun',
      'lyngbakken-sykehjem-skien',
    ],
  },

  // Compounds that should meet their parts, and the vocabulary's own labels.
  { q: 'eldreomsorg', kind: 'sammensatt', relevant: eldreomsorg },
  { q: 'demensomsorg', kind: 'sammensatt', relevant: demens },
  {
    q: 'omsorgsboliger',
    kind: 'sammensatt',
    relevant: ['teknologi-omsorgsboliger-oslo', 'smarthus-lyngdal-falun', 'alarmer-demens-bergen'],
  },
  {
    q: 'frivilligsentral',
    kind: 'sammensatt',
    relevant: ['frivillighetssamarbeid-lillehammer', 'med-hjerte-for-arendal'],
  },
  { q: 'arbeidsinkludering', kind: 'sammensatt', relevant: arbeid },
  {
    q: 'psykisk helse',
    kind: 'sammensatt',
    relevant: [
      'stangehjelpa',
      'aurora-verksted-baerum',
      'sagatun-samarbeidsbasert-forskning',
      'brobyggerne-samskaping-i-vest',
      'flere-veier-inn-i-arbeid-sondre-land',
    ],
  },
  {
    q: 'seniorbolig',
    kind: 'sammensatt',
    relevant: ['marineholmen-seniorbolig', 'helgetun', 'butikk-og-eldreboliger-royrvik', 'generationernes-hus-aarhus'],
  },
  { q: 'barn og unge', kind: 'sammensatt', relevant: unge },
  { q: 'innovasjonsfond', kind: 'sammensatt', relevant: ['innovasjonsfond-region-stockholm'] },
  { q: 'anskaffelser', kind: 'sammensatt', relevant: innkjop },

  // Definite and plural forms.
  { q: 'frivillige', kind: 'bøyning', relevant: frivillighet },
  { q: 'eldre', kind: 'bøyning', relevant: eldre },
  { q: 'sykehjemmet', kind: 'bøyning', relevant: sykehjem },
  { q: 'hjemmetjenesten', kind: 'bøyning', relevant: hjemmetjenesten },
  { q: 'ungdommer', kind: 'bøyning', relevant: unge },
  { q: 'lærlinger', kind: 'bøyning', relevant: ['seniorer-for-laerlinger-vestfold', 'menn-i-helse'] },
  { q: 'pensjonistene', kind: 'bøyning', relevant: ['gammel-nok', 'seniorer-for-laerlinger-vestfold'] },
  {
    q: 'innvandrere',
    kind: 'bøyning',
    relevant: [
      'norskopplaering-helsehus-lillehammer',
      'hvor-er-mine-brodre',
      'grendehus-slettelokka',
      'jobben-frelsesarmeen-lillehammer',
      'sosial-baerekraft-anskaffelser-trondheim',
      'friskus',
    ],
  },

  // Phrases with small words.
  {
    q: 'frivillige i eldreomsorgen',
    kind: 'frase',
    relevant: [
      'frivillighetssamarbeid-lillehammer',
      'livsglede-for-eldre',
      'gjemt-men-ikke-glemt-ammerudhjemmet',
      'demensteam-foreninger-lillehammer',
      'omsorg-3-0',
      'hverdagsrehabilitering-bodo',
    ],
  },
  {
    q: 'NAV ungdom',
    kind: 'frase',
    relevant: [
      'neet-prosjekt-to-kommuner',
      'flere-i-arbeid-kristiansand',
      'brobyggerne-samskaping-i-vest',
      'lagmodellen',
      'flere-veier-inn-i-arbeid-sondre-land',
    ],
  },
  { q: 'omsorg for eldre', kind: 'frase', relevant: eldreomsorg },
  {
    q: 'unge utenfor arbeid',
    kind: 'frase',
    relevant: [
      'neet-prosjekt-to-kommuner',
      'flere-veier-inn-i-arbeid-sondre-land',
      'flere-i-arbeid-kristiansand',
      'verdens-viktigste-ekstra-jobb',
      'lagmodellen',
      'brobyggerne-samskaping-i-vest',
    ],
  },
  {
    q: 'teknologi på sykehjem',
    kind: 'frase',
    relevant: ['lyngbakken-sykehjem-skien', 'nytt-sykehjem-oyer', 'alarmer-demens-bergen'],
  },
  {
    q: 'samarbeid med frivillige organisasjoner',
    kind: 'frase',
    relevant: [
      'med-hjerte-for-arendal',
      'frivilligbors-oslo',
      'frivilligauksjoner-baerum',
      'frivillighetssamarbeid-lillehammer',
      'demensteam-foreninger-lillehammer',
      'kullingane-sola',
      'friskus',
      'omradeforum-asker',
    ],
  },
  {
    q: 'bo hjemme lenger',
    kind: 'frase',
    relevant: [
      'trygghetspakken',
      'hverdagsrehabilitering-fredericia',
      'fore-var-askoy',
      'dokkx-aarhus',
      'trygge-spor',
      'hverdagsrehabilitering-arendal',
    ],
  },
  { q: 'menn i omsorgsyrker', kind: 'frase', relevant: ['menn-i-helse', 'hvor-er-mine-brodre'] },
  {
    q: 'støtte til pårørende',
    kind: 'frase',
    relevant: [
      'trygghetsnett-vestfold',
      'noen-as-midt-norge',
      'prosjekt-stimuli-tromso',
      'nettverk-lindrende-behandling-helse-vest',
    ],
  },
  {
    q: 'møteplass i nærmiljøet',
    kind: 'frase',
    relevant: [
      'omradeforum-asker',
      'frivilligbors-oslo',
      'grendehus-slettelokka',
      'nabolagshuset-landbrukskvartalet',
      'friskus',
      'generationernes-hus-aarhus',
    ],
  },

  // Places and organisations.
  { q: 'Lillehammer', kind: 'sted/organisasjon', relevant: lillehammer },
  {
    q: 'Trondheim',
    kind: 'sted/organisasjon',
    relevant: [
      'menn-i-helse',
      'innbyggernes-modell',
      'lagmodellen',
      'sosial-baerekraft-anskaffelser-trondheim',
      'samverdi-ledelse-samskapende-kommune',
      'trygge-spor',
      'innoff-nettverket',
    ],
  },
  {
    q: 'Bærum',
    kind: 'sted/organisasjon',
    relevant: ['aurora-verksted-baerum', 'frivilligauksjoner-baerum', 'trygge-spor'],
  },
  {
    q: 'Aarhus',
    kind: 'sted/organisasjon',
    relevant: ['arhus-kompasset', 'dokkx-aarhus', 'generationernes-hus-aarhus'],
  },
  {
    q: 'Danmark',
    kind: 'sted/organisasjon',
    relevant: [
      'arhus-kompasset',
      'dokkx-aarhus',
      'generationernes-hus-aarhus',
      'hverdagsrehabilitering-fredericia',
      'skaleringssamarbeid-danmark-viborg',
      'ski-danmark',
      'sonderborgmodellen',
    ],
  },
  {
    q: 'Kirkens Bymisjon',
    kind: 'sted/organisasjon',
    relevant: [
      'dette-er-mitt-liv-st-halvardshjemmet',
      'gjemt-men-ikke-glemt-ammerudhjemmet',
      'nabolagshuset-landbrukskvartalet',
      'lagmodellen',
      'med-hjerte-for-arendal',
      'reservert-konkurranse-ideelle-sykehjem-oslo',
    ],
  },
  { q: 'Husbanken', kind: 'sted/organisasjon', relevant: ['fore-var-askoy', 'butikk-og-eldreboliger-royrvik'] },
  {
    q: 'Nyby',
    kind: 'sted/organisasjon',
    relevant: [
      'framtidsforsoket-lillestrom',
      'verdens-viktigste-ekstra-jobb',
      'kommunealliansen-morgendagens-velferdssamfunn',
      'oppgavebasert-mikroopplaering-nordre-follo',
    ],
  },
  {
    q: 'Stimulab',
    kind: 'sted/organisasjon',
    relevant: [
      'samskapende-bydel-nordre-aker',
      'lagmodellen',
      'systemdemonstrator-alvorlig-syke-barn',
      'helse-og-velferd-mot-2040-molderegionen',
    ],
  },
  {
    q: 'Agder',
    kind: 'sted/organisasjon',
    relevant: [
      'levekarsprogrammet-agder',
      'kommuneforskningsprogrammet-uia',
      'flere-i-arbeid-kristiansand',
      'med-hjerte-for-arendal',
      'universitetssykehjem-grimstad',
      'hverdagsrehabilitering-arendal',
      'smarthus-lyngdal-falun',
      'kristiansandsmodellen',
      'intermediaere-avdelinger-kristiansand-hammerfest',
    ],
  },
  {
    q: 'Hammerfest',
    kind: 'sted/organisasjon',
    relevant: ['intermediaere-avdelinger-kristiansand-hammerfest', 'inn-pa-tunet-og-ut-pa-havet-kvalsund'],
  },
  { q: 'Evenes', kind: 'sted/organisasjon', relevant: ['vardobaiki-samisk-senter'] },
  {
    q: 'Universitetet i Agder',
    kind: 'sted/organisasjon',
    relevant: [
      'kommuneforskningsprogrammet-uia',
      'universitetssykehjem-grimstad',
      'trygge-spor',
      'flere-i-arbeid-kristiansand',
    ],
  },
  {
    q: 'St. Hanshaugen',
    kind: 'sted/organisasjon',
    relevant: ['verdens-viktigste-ekstra-jobb', 'kommunealliansen-morgendagens-velferdssamfunn'],
  },

  // Misspellings.
  { q: 'hverdagsrehabilitring', kind: 'feilstaving', relevant: hverdagsrehabilitering },
  { q: 'velferdsteknolgi', kind: 'feilstaving', relevant: velferdsteknologi },
  { q: 'frivilighet', kind: 'feilstaving', relevant: frivillighet },
  { q: 'pårørene', kind: 'feilstaving', relevant: parorende },
  { q: 'Lillehamer', kind: 'feilstaving', relevant: lillehammer },
  { q: 'hjemmetjenseten', kind: 'feilstaving', relevant: hjemmetjenesten },
  { q: 'demnes', kind: 'feilstaving', relevant: demens },

  // English loanwords and terms.
  { q: 'GPS', kind: 'engelsk', relevant: ['trygge-spor', 'trygghetspakken'] },
  {
    q: 'sosial entreprenør',
    kind: 'engelsk',
    relevant: ['noen-as-midt-norge', 'friskus', 'gammel-nok', 'flere-veier-inn-i-arbeid-sondre-land'],
  },
  {
    q: 'design',
    kind: 'engelsk',
    relevant: ['systeminnovasjon-sogndal', 'lagmodellen', 'samskapende-bydel-nordre-aker'],
  },
  { q: 'skalering', kind: 'engelsk', relevant: ['skaleringssamarbeid-danmark-viborg', 'levekarsprogrammet-agder'] },
  {
    q: 'pilot',
    kind: 'engelsk',
    relevant: [
      'alarmer-demens-bergen',
      'smarthus-lyngdal-falun',
      'teknologi-omsorgsboliger-oslo',
      'hverdagsrehabilitering-arendal',
      'bygdevekstavtale-engerdal-trysil-valer-amot',
    ],
  },
];
