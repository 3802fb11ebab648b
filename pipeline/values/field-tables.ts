/**
 * Values of fields that have a small vocabulary of their own: a soil's texture, a fact check's
 * rating, a charging connector, an antivirus engine, a legal party's role. Each table is what a
 * reader expects in that field; kinds.ts picks the table from the field's name, its parent and
 * its API's domain, and the `choice` generator draws from it. Without a table such a field fell
 * back to the domain's topic words ("lofi beats" as an ISRC, "grain prices" as a soil texture).
 */

const list = (s: string): readonly string[] => s.split('|');

export const FIELD_TABLES = {
  soilTexture: list('silt loam|clay loam|sandy loam|loam|silty clay loam|loamy sand|clay'),
  soilDrainage: list('well drained|moderately well drained|somewhat poorly drained|poorly drained|excessively drained'),
  soilSeries: list('Clarion|Webster|Nicollet|Drummer|Houston Black|Cecil|Miami|Tama|Sharpsburg|Barnes'),
  factRating: list('False|Mostly false|Misleading|Half true|Mostly true|True|Missing context|Unproven'),
  politicalParty: list('Democratic|Republican|Independent|Green|Libertarian'),
  electedOffice: list('Mayor|City Council Member|State Senator|State Representative|Governor|U.S. Senator|U.S. Representative|County Commissioner'),
  partyRole: list('plaintiff|defendant|appellant|appellee|petitioner|respondent|intervenor'),
  creditRole: list('performer|producer|composer|lyricist|mixing engineer|featured artist|vocals|guitar|drums'),
  sportsPosition: list('goalkeeper|defender|midfielder|forward|point guard|shooting guard|center|pitcher|catcher|wide receiver|quarterback'),
  injury: list('hamstring strain|ankle sprain|concussion|knee ligament tear|groin strain|calf strain|shoulder dislocation|back spasms|broken wrist'),
  broadcaster: list('ESPN|Sky Sports|BBC One|NBC|TNT|DAZN|Fox Sports|beIN Sports|Peacock|Amazon Prime Video'),
  voteResult: list('passed|failed|passed|agreed to|not agreed to'),
  evNetwork: list('ChargePoint|Ionity|Tesla Supercharger|EVgo|Electrify America|Fastned|BP Pulse|Shell Recharge|Allego'),
  connector: list('CCS|CHAdeMO|Type 2|J1772|NACS|CCS2'),
  room: list('living room|kitchen|bedroom|hallway|garage|office|bathroom|dining room|basement|porch'),
  dataClass: list('Email addresses|Passwords|Usernames|IP addresses|Phone numbers|Dates of birth|Physical addresses|Names|Credit card numbers|Security questions and answers'),
  avEngine: list('ClamAV|Kaspersky|BitDefender|Sophos|ESET-NOD32|Microsoft|Avast|McAfee|Symantec|TrendMicro|Fortinet|CrowdStrike'),
  avVerdict: list('clean|malicious|suspicious|undetected|harmless'),
  advisoryTag: list('Patch|Vendor Advisory|Exploit|Third Party Advisory|Mitigation|Issue Tracking|Release Notes|US Government Resource'),
  jobBenefit: list('Health insurance|Dental and vision cover|401(k) matching|Paid parental leave|Remote work options|Flexible hours|Learning budget|Gym membership|Stock options|25 days of paid leave'),
  jobRequirement: list('3+ years of professional experience|Fluent English|A bachelor degree or equivalent experience|Experience with SQL|Strong communication skills|A valid driving licence|Experience with cloud platforms|Team leadership experience|Attention to detail'),
  industry: list('Software|Healthcare|Retail|Financial services|Manufacturing|Education|Logistics|Media|Energy|Hospitality|Construction|Telecommunications'),
  mobilePlan: list('Unlimited Plus|Unlimited Starter|5G Max|Essentials 10GB|Prepaid 20GB|Family Share 50GB|Basic Talk and Text|Travel Pass 5GB'),
  homeCoverage: list('Dwelling|Other structures|Personal property|Loss of use|Personal liability|Medical payments|Water backup|Identity theft'),
  insuranceDiscount: list('Multi-policy|Claims-free|Home security system|New roof|Loyalty|Paperless billing|Smoke detectors|Good driver|Low mileage'),
  claimRequirement: list('Proof of loss form|Repair estimate|Police report|Photos of the damage|Receipts for damaged items|Medical records|Signed statement|Bank details for payment'),
  liabilityLimits: list('25/50|50/100|100/300|250/500|500/500'),
  censusSource: list('ACS 5-year estimates|ACS 1-year estimates|2020 Decennial Census|Population Estimates Program'),
  cropSource: list('SURVEY|CENSUS|NASS survey|NASS census|State agency report'),
  alertIssuer: list('National Weather Service|Met Office|Deutscher Wetterdienst|Meteo-France|Environment Canada|Bureau of Meteorology|AEMET'),
  gameMap: list('Dust II|Mirage|Inferno|Summoner\'s Rift|Erangel|Kings Canyon|Nuketown|Ascent|Haven|Verdansk'),
  serverRegion: list('EU West|EU Central|US East|US West|Asia Pacific|South America|Oceania'),
  achievementTitle: list('First Blood|Marathon Runner|Collector|Untouchable|Speed Demon|Master Builder|Explorer|Sharpshooter|Completionist|Night Owl'),
  entityType: list('person|organization|location|event|product'),
  labTest: list('Hemoglobin|Glucose|LDL cholesterol|HDL cholesterol|Potassium|Sodium|Creatinine|TSH|Vitamin D|Hemoglobin A1c|White blood cell count|Platelet count'),
  outageCause: list('a fallen tree on the line|storm damage|equipment failure|planned maintenance|a damaged underground cable|a blown transformer|a vehicle hitting a utility pole|high demand'),
  ciJob: list('build|test:unit|test:integration|lint|deploy-staging|deploy-production|docker-build|e2e|security-scan|release'),
  gitRef: list('main|develop|release/2.4|release/3.0|feature/login-form|hotfix/payment-timeout|feature/dark-mode|v2.3.1'),
  movieCharacter: list('Detective Ruiz|Captain Hale|Dr. Maya Chen|The Stranger|Elena Voss|Young Tom|Sergeant Brooks|Lena Park|Mr. Whitaker|Agent Cole'),
  neighborhood: list('Old Town|Riverside|Westside|Hillcrest|Harbour District|Midtown|Northgate|Parkview|University District|Lakeside'),
  schoolName: list('Lincoln Elementary School|Roosevelt Middle School|Jefferson High School|Riverside Elementary|Oak Grove Middle School|Central High School|Maple Leaf Academy|Washington Elementary'),
  stationName: list('Central Station Charging Hub|Riverside Park and Ride|Westfield Mall Level 2|City Hall Garage|Harbour Road Service Area|Airport Long Stay|Market Square Car Park|Northgate Retail Park'),
  courtroom: list('Courtroom 1A|Courtroom 2B|Courtroom 4|Courtroom 5C|Courtroom 7|Courtroom 12|Courtroom 3D'),
  bodyPart: list('left knee|right ankle|lower back|right shoulder|left wrist|neck'),
  newsTopicEntity: list('European Central Bank|World Health Organization|United Nations|Federal Reserve|Apple|Tesla|Real Madrid|NASA|European Commission|Microsoft'),
  weatherCondition: list('clear|partly cloudy|cloudy|light rain|rain|heavy rain|snow|fog|thunderstorm|sleet'),
  weatherEvent: list('Heat Advisory|Flood Warning|Winter Storm Warning|High Wind Warning|Severe Thunderstorm Watch|Dense Fog Advisory|Frost Advisory|Tornado Warning'),
  filmGenre: list('Drama|Comedy|Thriller|Documentary|Science Fiction|Animation|Horror|Romance|Crime|Adventure|Fantasy|Mystery'),
  submissionType: list('online_text_entry|online_upload|online_url|media_recording|on_paper'),
  documentTitle: list('Policy declarations|Coverage summary|Renewal notice|Proof of insurance card|Policy wording|Premium schedule|Claims guide'),
  threatLabel: list('trojan.emotet/agent|ransomware.lockbit|trojan.agenttesla|adware.installcore|worm.mydoom|trojan.redline/stealer|downloader.guloader|backdoor.cobaltstrike'),
  injuryStatus: list('out|questionable|doubtful|day-to-day|probable|injured reserve'),
  vehicle: list('Toyota Camry LE|Honda Civic EX|Ford F-150 XLT|Tesla Model 3 Long Range|Volkswagen Golf Life|BMW 320i|Hyundai Tucson SEL|Kia Niro EV|Mazda CX-5 Touring|Subaru Outback Premium|Nissan Leaf SV|Chevrolet Equinox LT'),
  visitReason: list('Persistent cough|Annual checkup|Lower back pain|Skin rash|Follow-up on blood test results|Recurring headaches|Sore throat and fever|Knee pain after running|Prescription renewal|Vaccination'),
  gameMode: list('deathmatch|team deathmatch|capture the flag|battle royale|ranked|casual|co-op|survival'),
  newsDomain: list('bbc.co.uk|reuters.com|apnews.com|nytimes.com|theguardian.com|lemonde.fr|spiegel.de|aljazeera.com|npr.org'),
  repoPath: list('src/api|src/components|src/utils|docs|tests/unit|package.json|README.md|.github/workflows'),
  hostname: list('web-01.prod|web-02.prod|db-primary|vpn-gateway|mail-relay|build-runner-3|hr-laptop-117|fileserver-02'),
  pcInsurer: list('State Farm|Allstate|GEICO|Progressive|Liberty Mutual|Aviva|AXA|Allianz|Zurich|Direct Line'),
} as const;

export type FieldTable = keyof typeof FIELD_TABLES;
