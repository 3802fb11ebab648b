/**
 * Names of real kinds of things a field can name: artists, albums, songs, books, drugs, venues,
 * restaurants, hotels, teams, courses, crops... Faker's matching generators fill the tables once
 * at load (under fixed seeds, see words.ts for why never per item); the kinds faker lacks are
 * written out here, or composed from two short lists so a table is wide without a long file.
 */
import { faker } from '@faker-js/faker/locale/en';
import { fakerTable } from './words.js';
import { GAMES as STORE_GAMES } from '../../core/derive/games.js';

const words = (s: string): readonly string[] => s.split('|');
/** Every `a b` of two lists: "Casa" x "Lucia" -> "Casa Lucia". */
const cross = (a: readonly string[], b: readonly string[], join = ' '): readonly string[] => a.flatMap((x) => b.map((y) => `${x}${join}${y}`));

export const ARTISTS = fakerTable(201, 150, () => faker.music.artist());
export const ALBUMS = fakerTable(202, 150, () => faker.music.album());
export const SONGS = fakerTable(203, 200, () => faker.music.songName());
export const BOOKS = fakerTable(204, 120, () => faker.book.title());
export const AUTHORS = fakerTable(205, 120, () => faker.book.author());
export const PUBLISHERS = fakerTable(206, 80, () => faker.book.publisher());
export const DISHES = fakerTable(207, 120, () => faker.food.dish());
export const INGREDIENTS = fakerTable(208, 120, () => faker.food.ingredient());
export const CAR_MAKES = fakerTable(209, 40, () => faker.vehicle.manufacturer());
export const CAR_MODELS = fakerTable(210, 80, () => faker.vehicle.model());
export const USERNAMES = fakerTable(211, 200, () => faker.internet.username().toLowerCase().replace(/[^a-z0-9_]/g, '_'));
export const AIRLINE_NAMES = fakerTable(212, 60, () => faker.airline.airline().name);

/** Generic (INN) drug names: what a prescription or a pharmacy search names. */
export const DRUGS = words(
  'atorvastatin|metformin|lisinopril|amlodipine|omeprazole|simvastatin|losartan|levothyroxine|albuterol|gabapentin|sertraline|metoprolol|hydrochlorothiazide|amoxicillin|azithromycin|ibuprofen|paracetamol|acetaminophen|prednisone|fluoxetine|citalopram|escitalopram|montelukast|rosuvastatin|pantoprazole|furosemide|warfarin|apixaban|clopidogrel|insulin glargine|tramadol|cetirizine|loratadine|doxycycline|ciprofloxacin|naproxen|budesonide|fluticasone|tamsulosin|bupropion|venlafaxine|duloxetine|trazodone|lamotrigine|levetiracetam|allopurinol|spironolactone|carvedilol|diclofenac|methotrexate',
);
export const HOTELS = [
  ...words('Hotel Lumiere|Grand Central Hotel|Bayview Inn|The Linden|Park Plaza|Casa del Sol|Nordic Lodge|The Meridian|Old Mill Hotel|Skyline Suites'),
  ...cross(words('Grand|Royal|Central|Riverside|Garden|Station|Old Town|Lakeside|Parkview|Boutique'), words('Hotel|Inn|Suites|Lodge|Residences')),
];
export const RESTAURANTS = [
  ...words('Blue Door Cafe|Casa Lucia|The Copper Pot|Le Petit Jardin|Sunrise Bakery|Dockside Grill|Corner Espresso|Golden Dragon|Riverside Bistro|Station Deli'),
  ...cross(words('Trattoria|Osteria|Brasserie|Cantina|Bistro|Taverna|Izakaya|Noodle Bar|Grill House|Kitchen'), words('Roma|Bella|Marco|Luna|Sakura|Olivia|Verde|Soleil|Del Mar|Central')),
];
export const SHOPS = cross(words('Green Leaf|Old Town|Northside|Corner|Riverside|City|Main Street|Market Square'), words('Pharmacy|Market|Bookshop|Hardware|Florist|Bakery|Outfitters'));
/** Venues a reader knows, with their city: Madison Square Garden is in New York, not Brisbane. */
export const FAMOUS_VENUES: ReadonlyMap<string, string> = new Map([
  ['The Roundhouse', 'London'], ['Blue Note', 'New York'], ['Royal Albert Hall', 'London'], ['The Fillmore', 'San Francisco'], ['Paradiso', 'Amsterdam'], ['Olympia', 'Paris'],
  ['Madison Square Garden', 'New York'], ['Red Rocks Amphitheatre', 'Denver'], ['The Forum', 'Los Angeles'], ['Barrowland Ballroom', 'Glasgow'], ['The Anthem', 'Washington'], ['Brooklyn Steel', 'New York'],
]);
/** Venues any city may have. */
export const PLAIN_VENUES = cross(words('Civic|Riverside|Harbour|Grand|Union|Metro|Palace|Arena'), words('Theatre|Arena|Hall|Stadium|Pavilion|Club'));
export const VENUES = [...FAMOUS_VENUES.keys(), ...PLAIN_VENUES];
export const TEAMS = cross(words('Riverside|Northside|Lakeshore|Capital|Bay City|Westfield|Eastgate|Hillcrest'), words('United|Rovers|Falcons|Wolves|Comets|Lions|Rangers|Athletic'));
export const COURSES = cross(
  words('Introduction to|Advanced|Foundations of|Applied|Topics in|Principles of'),
  words('Statistics|Organic Chemistry|Microeconomics|Machine Learning|World History|Calculus|Creative Writing|Data Structures|Marketing|Linear Algebra|Biology|Philosophy'),
);
export const PODCASTS = cross(words('The Daily|Morning|Weekend|Deep|Inside|Beyond the'), words('Briefing|Science Hour|Money Talk|History Show|Tech Review|Story'));
export const SHOWS = [...BOOKS.slice(0, 40), ...words('The Long Night|Harbor Lights|Northern Line|Silent Orchard|City of Glass|The Last Summer|Paper Kingdom|Cold Harbour')];
/** Game titles: the store's (core/derive/games.ts, which app ids name) and a few sold elsewhere. */
export const GAMES = [...STORE_GAMES.map((g) => g.name), ...words('Minecraft|Fortnite|Valorant|Overwatch 2')];
export const CROPS = words('wheat|corn|soybeans|barley|rice|potatoes|canola|sunflower|alfalfa|oats|cotton|sugar beet|tomatoes|grapes|apples|coffee|cocoa');
export const PESTS = words('aphids|corn rootworm|fall armyworm|spider mites|whiteflies|wireworms|Colorado potato beetle|codling moth|thrips|leafhoppers');
export const SPECIES = words('Escherichia coli|Homo sapiens|Mus musculus|Saccharomyces cerevisiae|Arabidopsis thaliana|Drosophila melanogaster|Danio rerio|Bacillus subtilis|Staphylococcus aureus|Zea mays');
export const CHEMICALS = words('caffeine|aspirin|ethanol|glucose|acetone|benzene|sodium chloride|citric acid|ibuprofen|nicotine|dopamine|penicillin');
export const SYMPTOMS = words('headache|fever|dry cough|sore throat|fatigue|nausea|dizziness|shortness of breath|back pain|rash|joint pain|runny nose|chest tightness|insomnia');
export const CONDITIONS = words('hypertension|type 2 diabetes|asthma|migraine|seasonal allergies|high cholesterol|hypothyroidism|anxiety|eczema|acid reflux|osteoarthritis|iron deficiency');
export const SERVICES = words('payments-api|checkout|auth-service|search-indexer|notification-worker|billing|user-profile|inventory-sync|web-frontend|order-service|gateway|reporting');
export const REPOS = cross(words('acme|northwind|contoso|fabrikam|initech'), words('web-app|api-server|mobile-client|data-pipeline|infra|docs|design-system'), '/');
export const MEDIA_OUTLETS = words('Reuters|Associated Press|BBC News|The Guardian|Le Monde|Der Spiegel|El Pais|NPR|Financial Times|The Economist|Nikkei Asia|Al Jazeera');
export const JUDGES = cross(words('Judge|Justice'), words('Alvarez|Chen|Okafor|Whitman|Reyes|Lindqvist|Moreau|Patel|Harrington|Nakamura'));
export const COURTS = words(
  'Supreme Court of the United States|US Court of Appeals for the Ninth Circuit|US District Court for the Southern District of New York|California Court of Appeal|High Court of Justice|Court of Justice of the European Union|Federal Court of Australia|Ontario Superior Court of Justice',
);
