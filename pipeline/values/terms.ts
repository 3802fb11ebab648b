/**
 * What people search for, tag and talk about in each domain of the taxonomy: a `query` of a
 * music API is a song or an artist, of a legal API a legal topic, of a shop a product. Used for
 * queries, topics, tags, keywords and categories, and as the last resort of a free string (a
 * term of the API's own domain rather than a filler word).
 */
const words = (s: string): readonly string[] => s.split('|');

export const DOMAIN_TERMS: Readonly<Record<string, readonly string[]>> = {
  agriculture: words('soil moisture|crop rotation|irrigation schedule|nitrogen fertilizer|winter wheat|organic certification|frost risk|harvest window|seed varieties|pest pressure|cover crops|grain prices'),
  automotive: words('oil change|brake pads|tire rotation|battery replacement|electric SUV|hybrid sedan|recall notice|trade-in value|winter tires|charging station|warranty repair|fuel economy'),
  calendar: words('team meeting|dentist appointment|project deadline|school holidays|standup|quarterly review|birthday party|flight reminder|gym session|parent teacher conference'),
  devops: words('failed deployment|high latency|disk full|certificate expiry|memory leak|pod restarts|build pipeline|database migration|rollback|error budget|load balancer|cache misses'),
  'e-commerce': words('wireless headphones|running shoes|espresso machine|standing desk|yoga mat|mechanical keyboard|waterproof jacket|air fryer|hiking backpack|smart watch|cast iron pan|LED desk lamp|electric toothbrush|phone charger'),
  education: words('calculus homework|essay feedback|lab report|final exam|reading list|group project|office hours|scholarship application|course syllabus|midterm grades|study plan'),
  energy: words('solar output|peak demand|battery storage|heat pump|grid outage|energy tariff|wind forecast|EV charging|smart meter|carbon intensity|time of use rates'),
  finance: words('index funds|mortgage rates|dividend stocks|credit card fees|savings account|bond yields|inflation|retirement plan|tax deduction|currency exchange|emergency fund|earnings report'),
  food: words('vegetarian lasagna|gluten free bread|chicken curry|sushi|vegan brunch|pad thai|sourdough|ramen|tacos|chocolate cake|mediterranean salad|pizza delivery'),
  gaming: words('speedrun|ranked match|patch notes|open world RPG|co-op shooter|esports finals|battle pass|indie platformer|mod support|leaderboard'),
  government: words('passport renewal|building permit|voter registration|property tax|public transit funding|business license|jury duty|road repairs|census data|zoning rules'),
  health: words('seasonal allergies|blood pressure|flu vaccine|physical therapy|migraine|sleep apnea|vitamin D|annual checkup|knee pain|cholesterol|prenatal care'),
  'home-automation': words('living room lights|thermostat schedule|front door lock|garage door|motion sensor|smart plug|security camera|air purifier|robot vacuum|bedtime scene'),
  insurance: words('home insurance|car accident claim|travel insurance|water damage|deductible|liability coverage|policy renewal|windshield repair|theft claim|premium increase'),
  jobs: words('software engineer|data analyst|registered nurse|product manager|graphic designer|accountant|electrician|project manager|sales associate|teacher|marketing coordinator'),
  legal: words('breach of contract|trademark infringement|wrongful termination|tenant eviction|data privacy|non-compete agreement|patent validity|personal injury|copyright fair use|child custody|antitrust'),
  logistics: words('delayed shipment|customs clearance|pallet delivery|return label|warehouse stock|freight quote|same day delivery|cold chain|last mile|container tracking'),
  maps: words('coffee shops|pharmacy|train station|museum|parking garage|gas station|park|supermarket|bike rental|hospital|bakery|city hall'),
  media: words('documentary|thriller|stand-up special|true crime podcast|nature series|indie film|animated movie|cooking show|sci-fi series|romantic comedy'),
  messaging: words('team chat|group announcement|shared files|missed calls|voice message|channel invite|direct message|read receipts'),
  music: words('jazz piano|lofi beats|classic rock|workout playlist|acoustic covers|80s synthpop|hip hop|film scores|bossa nova|indie folk'),
  news: words('election results|interest rates|climate summit|tech layoffs|transit strike|housing market|heatwave|space launch|trade talks|world cup'),
  'real-estate': words('two bedroom apartment|family home with garden|studio near transit|townhouse|open house|rental yield|mortgage preapproval|property valuation|condo with parking'),
  science: words('CRISPR gene editing|exoplanets|protein folding|climate models|dark matter|antibiotic resistance|quantum computing|battery chemistry|coral reefs|neural networks'),
  security: words('phishing campaign|ransomware|exposed credentials|open ports|unpatched server|suspicious login|malware sample|data breach|privilege escalation|expired certificate'),
  'social-media': words('product launch|behind the scenes|giveaway|travel photos|throwback|weekend plans|new recipe|event recap|job announcement|fitness progress'),
  sports: words('Champions League|NBA playoffs|marathon training|Formula 1|tennis rankings|transfer news|world cup qualifiers|rugby sevens|cycling tour|golf majors'),
  telecom: words('roaming charges|data plan|5G coverage|number porting|eSIM activation|dropped calls|unlimited data|international calling|fiber broadband'),
  travel: words('beach resort|city break|ski chalet|direct flights|boutique hotel|train pass|weekend getaway|family resort|hostel|road trip'),
  weather: words('rain|thunderstorms|heatwave|snowfall|strong winds|fog|air quality|UV index|frost|humidity'),
};

/** Topics of legal, news and science searches and of tags: what a `query` or `topic` of those APIs asks about. */
export const GENERAL_TERMS = words('budget planning|customer feedback|quarterly report|team offsite|onboarding|product roadmap|travel plans|home renovation|health checkup|holiday shopping');

/** The terms of `domain`, or general ones for a domain outside the taxonomy. */
export const termsOf = (domain: string | undefined): readonly string[] => (domain !== undefined && DOMAIN_TERMS[domain]) || GENERAL_TERMS;
