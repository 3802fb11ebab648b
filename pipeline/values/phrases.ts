/**
 * Free text by purpose: a commit message reads like one, a return comment like one, a bill
 * summary like one. Each purpose is a bank of templates whose `{a|b|c}` slots are drawn per
 * value, so a bank of a dozen lines yields hundreds of sentences and no sentence dominates a
 * dataset. `{@city}` is the value's city (the world's, or its object's place). Templates are
 * parsed once at load; a value costs a few picks. No quotes or apostrophes: a user states
 * these verbatim.
 */
import type { Rng } from '../../core/rng.js';

export type Purpose =
  | 'tracking'
  | 'validation'
  | 'screening'
  | 'commit'
  | 'review'
  | 'return'
  | 'bill'
  | 'case'
  | 'message'
  | 'note'
  | 'clinical'
  | 'comment'
  | 'headline'
  | 'abstract'
  | 'directions'
  | 'recipe'
  | 'product'
  | 'event'
  | 'job'
  | 'issue'
  | 'property'
  | 'request'
  | 'stay-request'
  | 'table-request'
  | 'delivery-request'
  | 'cover-letter'
  | 'reason'
  | 'question'
  | 'answer'
  | 'bio'
  | 'caption'
  | 'advice'
  | 'summary'
  | 'subject'
  | 'title'
  | 'work'
  | 'tip'
  | 'farm'
  | 'vulnerability'
  | 'recall'
  | 'remedy'
  | 'transaction'
  | 'incident'
  | 'outage'
  | 'article'
  | 'paper'
  | 'alert'
  | 'interaction'
  | 'tagline'
  | 'patent'
  | 'invention'
  | 'bill-title'
  | 'bill-action'
  | 'farm-alert'
  | 'review-title'
  | 'plot'
  | 'tour'
  | 'claim'
  | 'loss'
  | 'grading'
  | 'street-report'
  | 'dining';

const BANKS: Record<Purpose, readonly string[]> = {
  commit: [
    '{Fix|Handle|Guard against} {a null pointer crash|a race condition|an off-by-one error|a memory leak|a timeout|duplicate requests} in {the checkout flow|the login handler|search pagination|the export job|the retry queue|session refresh|the upload parser}',
    '{Add|Introduce|Support} {rate limiting|pagination|dark mode|CSV export|retry with backoff|request tracing|a health check endpoint|input validation} {for|in} {the public API|the admin dashboard|the billing service|the mobile client|the worker pool}',
    '{Refactor|Simplify|Split up} {the payment module|the config loader|the date helpers|the cache layer|the user model} {for readability|to remove duplication|into smaller functions|ahead of the migration}',
    '{Bump|Upgrade} {lodash|react|express|typescript|eslint|openssl|django|requests} {to the latest patch release|to fix a security advisory|and update the lockfile}',
    '{Remove|Delete|Drop} {dead code|an unused feature flag|the legacy endpoint|debug logging|a stale migration} {from the worker|in the API layer|after the rollout}',
    '{Update|Improve|Clarify} {the README|the setup guide|error messages|API docs|changelog} {for the new release|for contributors|with examples}',
  ],
  review: [
    '{Great|Excellent|Solid|Decent|Disappointing} {quality|value for money|build|experience} {and fast delivery|but the packaging was damaged|for the price|overall|and easy to set up}',
    '{Friendly staff|Spotless rooms|Tasty food|Quick service|Comfortable beds|Lovely view} {and a great location|but noisy at night|would come back|worth every penny|although parking was hard}',
    '{Works as described|Stopped working after a week|Better than expected|Exactly what I needed|Smaller than it looks in the photos}{, would recommend|, returning it|, five stars from me|, the battery lasts all day|}',
    '{The plot drags in the middle|A moving story|Beautifully written|Hard to put down|Not my favourite of the series} {but the ending makes up for it|with memorable characters|and well paced|}',
  ],
  return: [
    '{Arrived with a cracked|Received a scratched|Got a faulty} {screen|lid|casing|handle|charging port}',
    '{Wrong size|Too small|Too large|Wrong colour}{, I need the next size up|, I ordered a medium|, the photo showed navy|}',
    '{Changed my mind|No longer needed|Found it cheaper elsewhere|Ordered by mistake}{, still sealed|, unopened box|}',
    '{Does not fit my|Not compatible with my|Too big for my|Will not connect to my} {laptop|phone model|bike|printer|coffee machine|car seat|tablet|router}{, returning for a refund|, need an exchange|}',
    '{Stopped working after|Battery dies after|Started leaking after|Screen went dark after} {two days|a week|one use|an hour|three washes|a month}{, very disappointed|, please replace it|}',
  ],
  bill: [
    '{Requires|Directs|Authorizes} the {Department of Transportation|Department of Energy|Environmental Protection Agency|Department of Education|Treasury} to {fund|study|report on|set standards for} {rural broadband|bridge repairs|electric vehicle charging|school meal programs|flood defences|water quality} {by the end of the decade|within two years|in every state|}',
    '{Amends|Extends|Repeals part of} the {Clean Air Act|Social Security Act|Higher Education Act|Internal Revenue Code|Farm Bill} to {expand eligibility for|cap costs of|increase funding for|simplify filing for} {student loans|small business credits|prescription drugs|child care|home energy upgrades}',
    '{Establishes|Creates} a {grant program|task force|public registry|pilot program} for {veteran housing|wildfire prevention|apprenticeships|mental health services|cybersecurity training}',
  ],
  case: [
    'The {court|appeals court|panel} {held|ruled|found} that {the contract was enforceable|the search violated the Fourth Amendment|the patent claims were invalid|the employer owed overtime pay|the zoning decision was lawful}',
    '{Plaintiff|The tenant|The company|The union} {alleges|claims} {breach of contract|wrongful termination|trademark infringement|negligence|unpaid wages} {against its former supplier|over a failed delivery|after a data breach|}',
    '{Dispute over|Appeal concerning|Class action about} {insurance coverage|a software license|a lease termination|privacy of customer data|an environmental permit}',
  ],
  tracking: [
    '{Departed|Arrived at|Processed at} {the sort facility|the carrier facility|the regional hub|the local depot} in {@city}',
    '{Shipment information received|Label created, awaiting pickup|Picked up by the carrier|In transit to the next facility|Out for delivery|Customs clearance completed|Delivery attempted, no one available|Delivered, left at the front door}',
  ],
  validation: [
    '{Street number confirmed|Postal code corrected to match the city|City name standardized|Secondary unit (apartment or suite) missing|Address is deliverable|Street name not found in the postal database|State added from the postal code}',
  ],
  screening: [
    '{Yes|No}',
    '{Two|Three|Five|Seven|Ten} years of experience with {Python|SQL|project management|customer support|budget planning|data analysis}',
    'I can start {immediately|in two weeks|next month|after a four-week notice period}',
    '{Yes|No}, I {hold|do not hold} a valid work permit for {this country|the role}',
  ],
  message: [
    '{Running|I am running} {ten|fifteen|twenty} minutes late{, start without me|, sorry|, save me a seat}',
    '{The report|The invoice|The draft|The agenda} is attached{, please review it by {Monday|Thursday|Friday|tomorrow}|, let me know what you think|}',
    '{Can we|Could we} move our {call|meeting|lunch|review} to {next week|Thursday|the afternoon|tomorrow morning}',
    '{Dinner|Lunch|The table} is booked for {two|four|six|eight} people at {seven|eight|half past seven}',
    '{Your package|The delivery|Your order} has arrived {at the front desk|in the mailroom|at reception}',
    '{Happy birthday|Congratulations|Welcome back|Thanks again|Well done} {Sam|Priya|team|everyone|Leo|Ana|}{, have a great day|, see you soon|, enjoy the weekend|, drinks are on me|!}',
    '{Meet me|I will wait} {at the station|in the lobby|outside the office|at the cafe} at {noon|six|nine}',
    '{Reminder|Heads up}: {the deadline|rent|the team lunch|our dentist appointment} is {tomorrow|on Friday|next Monday}',
    'I will send {the slides|the photos|the contract|my notes} {tonight|after lunch|first thing tomorrow}',
  ],
  dining: [
    '{Cosy|Lively|Family-run|Quiet|Bright} {neighbourhood spot|dining room|corner kitchen} {known for|serving} {fresh pasta|wood-fired pizza|seasonal small plates|hand-pulled noodles|vegetarian dishes|grilled fish}',
    '{High in protein|Low in sodium|Rich in fibre|A good source of iron|Light on carbohydrates}{, watch the portion size|, fits the daily target|, pairs well with a green salad|}',
  ],
  note: [
    '{Call back|Follow up with|Email} {the landlord|the accountant|the supplier|Sam|the school} about {the deposit|the invoice|the delivery date|the field trip}',
    '{Buy|Pick up|Order} {milk and eggs|printer ink|a birthday card|new filters|dog food} {on the way home|this weekend|before Friday|}',
    '{Prefers|Asked for|Wants} {a window seat|morning slots|email over calls|a quiet room|vegetarian meals}',
    '{Gate code|Parking|Access} {is 2417|at the back entrance|via the side door|through reception}',
  ],
  clinical: [
    '{Patient reports|Complains of} {mild|intermittent|persistent} {headaches|back pain|dry cough|fatigue|dizziness} {for two weeks|since Monday|after exercise|at night}',
    '{Blood pressure|Glucose|Cholesterol} {stable|slightly elevated|within range}{, continue current dose|, recheck in three months|, advised diet changes}',
    '{Follow-up|Review} in {two weeks|one month|three months} {to check|to reassess} {symptoms|medication response|lab results}',
  ],
  comment: [
    '{Saw this in {@city} too|Same thing at our office|We tried this last {week|month|summer}|My {kids|team|neighbours} loved it} {, would do it again|, thanks for the tip|, worth the wait|, not convinced yet|}',
    '{Love this|Great shot|So true|Congrats|Well said|This made my day}{!|, thanks for sharing|, where was this taken|}',
    '{Totally agree|Not sure about this|Interesting point|Good question}{, the data says otherwise|, happened to me too|, following|}',
    '{Looks good to me|Nice work|Please add a test|Can we rename this}{, approving|, minor nits inline|, see my note on the config|}',
  ],
  headline: [
    '{City council|Regulators|Lawmakers|Researchers|Shareholders} {approve|reject|debate|unveil|back} {new transit plan|climate targets|housing reform|AI safety rules|record budget}',
    '{Storm|Heatwave|Flooding|Snowfall} {disrupts|hits|delays} {travel|harvests|flights|commuters} {across the region|in {@city}|for a second day}',
    '{Tech shares|Oil prices|The euro|Gold|Bond yields} {rise|fall|hold steady|surge} {after|ahead of} {rate decision|jobs report|earnings|trade talks}',
    '{Local team|Underdogs|Champions} {win|lose|draw} {season opener|cup final|derby} in {@city}',
  ],
  abstract: [
    'We {present|propose|study|evaluate} {a new method|a large-scale dataset|a randomized trial|a simple model} for {protein folding|crop yield prediction|language model alignment|early sepsis detection|battery degradation} {and show improved accuracy|with strong baselines|across three cohorts|at lower cost}',
    '{Using|From} {satellite data|a cohort of 2,400 patients|ten years of field trials|simulations} we {find|show|estimate} that {warming increases drought risk|the treatment reduces readmissions|yields rise with cover crops|errors fall with scale}',
  ],
  directions: [
    '{Head|Walk|Drive} {north|south|east|west} on {Main Street|Park Lane|River Road|Station Road} for {200 m|500 m|1 km|2 km}',
    '{Turn left|Turn right|Keep left|Keep right} {onto Market Street|at the station|at the second light|after the bridge}',
    '{Take the second exit at the roundabout|Continue straight through the junction|Arrive at your destination on the right}',
  ],
  recipe: [
    '{Simmer|Roast|Bake|Grill|Saute} the {vegetables|chicken|salmon|tofu|mushrooms|potatoes} for {five|ten|twenty|thirty} minutes {until golden|until tender|turning once|with the lid on|}',
    '{Serve|Top|Garnish} {with fresh herbs|with a squeeze of lemon|over rice|with toasted seeds|warm with crusty bread|chilled}{ for {two|four|six}|}',
    '{Preheat the oven to 200 C|Bring a pot of salted water to a boil|Heat oil in a large pan} {and|then} {add the onions|season with salt and pepper|cook for ten minutes|stir in the garlic}',
    '{Whisk|Mix|Fold} {the eggs and sugar|the flour and butter|the yogurt and herbs} {until smooth|until combined|gently}',
  ],
  product: [
    '{Lightweight|Durable|Compact|Water resistant|Rechargeable} {design|build|body} with {a 12 hour battery|a two year warranty|machine washable fabric|fast charging|a stainless steel finish}',
    '{Ideal for|Made for|Great for} {commuting|small kitchens|home offices|travel|everyday use} {, available in three colours|, fits most bags|, easy to clean|}',
  ],
  event: [
    '{Quarterly|Weekly|Monthly} {planning|budget|product|design} {review|sync|update} with {the sales team|finance|the client|engineering}',
    '{Discuss|Review|Agree on} {the roadmap|Q3 targets|the launch plan|hiring|the venue shortlist} {and next steps|before the board meeting|}',
  ],
  job: [
    '{We are hiring|Join us as} a {senior|junior|lead|} {backend engineer|data analyst|product designer|nurse practitioner|account manager} to {build|own|grow} {our payments platform|patient care programs|client relationships|the analytics stack}',
    '{Hybrid role|Remote friendly|On site} in {@city}{, competitive salary|, health benefits included|, flexible hours|}',
  ],
  issue: [
    '{Login|Search|Checkout|Export|Sync|Upload} {fails|times out|hangs|returns stale data} {for {some|all|new} users|on {Safari|Android|the desktop app|the API}|after the {2.3|3.1|4.0} release|intermittently}',
    '{Users see|Customers report|Monitoring shows} {a 500 error|slow page loads|duplicate charges|failed logins|missing emails} {on checkout|after the last deploy|during peak hours|on mobile}',
    '{Disk usage|Error rate|Latency|Memory} {above 90 percent|spiking|climbing steadily} on {the database|the API gateway|worker nodes}',
  ],
  property: [
    '{Bright|Spacious|Renovated|Quiet|Cosy} {two bedroom apartment|family home|studio|townhouse|loft} {near the park|close to transit|with a garden|with parking|in central {@city}}',
  ],
  request: [
    '{Please|Kindly|Could you} {call before delivery|leave the parcel with a neighbour|ring the side door|deliver after 6 pm|use the service entrance|avoid the morning slot}{, thank you|, the buzzer is broken|, I work from home on {Mondays|Fridays}|}',
    '{Late check-in|Early check-in|A quiet room|A crib in the room|Extra towels|A ground floor room}{, please|, if possible|, arriving after 10 pm|}',
    '{Vegetarian|Gluten free|Nut free} {meal|options}{ for one guest| please|}',
  ],
  'stay-request': [
    '{Late check-in|Early check-in|A quiet room|A crib in the room|Extra towels|A ground floor room|A room away from the lift|Twin beds}{, please|, if possible|, arriving after 10 pm|, travelling with a toddler|}',
  ],
  'table-request': [
    '{A table by the window|A quiet corner table|Outdoor seating|A high chair for a toddler|Wheelchair access|A booth if you have one}{, please|, if possible|, it is a birthday|, we may be ten minutes late|}',
    '{Vegetarian|Gluten free|Nut free|Dairy free} {options|menu} for {one guest|two guests|the whole table}{, please|}',
  ],
  'delivery-request': [
    '{Please|Kindly|Could you} {call before delivery|leave the parcel with a neighbour|ring the side door|deliver after 6 pm|use the service entrance|avoid the morning slot|leave it at the back door}{, thank you|, the buzzer is broken|, I work from home on {Mondays|Fridays}|}',
  ],
  'cover-letter': [
    '{I am excited to apply|I would love to be considered|Please consider my application} for this {role|position|opening}{, having led|, after {five|seven|ten} years of|, with a background in} {product launches|customer support|data analysis|backend services|clinical care|retail operations|field sales}{ and I would welcome a chat|. My resume is attached|. I can start {next month|in {two|four} weeks}|}',
  ],
  reason: [
    '{Schedule conflict|Travel plans changed|No longer needed|Budget freeze|Found another option|Illness in the family|Duplicate booking|Moved to next quarter|The speaker is ill|Room unavailable|Weather warning|Client cancelled} {this week|for {Monday|Tuesday|Thursday|Friday}|after the reorganisation|on short notice|}',
  ],
  question: [
    '{What is|Where can I find|Who do I ask about|Is there a deadline for} {the return policy|the parking rules|the refund form|the visitor badge|the holiday schedule|the warranty terms|the onboarding checklist|the travel allowance}{ this {month|year|quarter}| for {@city}|}',
    '{How do I|Can I|Is it possible to} {reset my password|change my delivery address|split the payment|move my appointment|add a second driver|bring a guest|pay in instalments|upgrade my plan} {online|by phone|before {Friday|the weekend|the end of the month}|}',
  ],
  answer: [
    '{You can|Yes, you can|Unfortunately you cannot|Customers can} {return items within {14|30|60} days|reset it from the settings page|change it until the order ships|book online or by phone|pay in {two|three|four} instalments|add a second driver at the desk|move it up to {24|48} hours before} {with the receipt|free of charge|for a small fee|}',
  ],
  bio: [
    '{Product designer|Software engineer|Nurse|Teacher|Photographer|Chef|Architect|Data scientist|Musician|Paramedic|Journalist|Student} {based in {@city}|from {@city}|living in {@city}}{, coffee lover|, runner and reader|, dog parent|, amateur baker|, weekend hiker|, language learner|}',
  ],
  caption: [
    '{Sunset over|Morning walk in|Weekend in|First snow in|Street food in|Rainy afternoon in|Coffee break in} {@city}{ with friends| at last| again|}',
    '{Team dinner|Finally finished the {half |}marathon|New studio setup|Homemade pasta night|Back to school|Garden harvest|Moving day|Concert night|Birthday brunch|First day at the new job|Road trip} {with the crew|after a long week|, feeling grateful|, round two|, what a day|in {@city}|}',
  ],
  advice: [
    '{Drink plenty of water|Rest and avoid strenuous exercise|Take with food|Apply sunscreen every two hours|Stretch before running|Avoid alcohol|Take it at the same time each day|Keep a symptom diary} {and follow up if symptoms persist|during the heatwave|twice daily|for the next {three|five|seven} days|until the next review|}',
    '{Monitor|Check} {blood pressure|kidney function|blood sugar|heart rate} {weekly|at the next visit|while on both drugs|for the first month}{ and adjust the dose if needed|}',
  ],
  tip: [
    '{Back up data before upgrading|Keep the receipt|Turn on automatic updates|Use a strong unique password|Enable two-factor authentication|Compare at least three quotes|Read the terms before signing|Set a monthly reminder} {to avoid surprises|before the deadline|for peace of mind|}',
  ],
  farm: [
    '{Rotate crops next season|Water early in the morning|Scout fields weekly for pests|Apply nitrogen in split doses|Plant a cover crop after harvest|Test soil pH before planting|Delay spraying until the wind drops} {to protect yields|on the lighter soils|before the next rain|}',
  ],
  // Each flaw where it can be and doing what it does: no SQL injection in a TLS handshake.
  vulnerability: [
    '{A buffer overflow|A use-after-free} in {the TLS handshake|the certificate parser|the HTTP/2 request parser} of {OpenSSL|nginx} {allows remote attackers to execute arbitrary code|can lead to a denial of service}',
    '{A buffer overflow|A use-after-free} in {the image parser|the HTTP request parser} of nginx {allows remote attackers to execute arbitrary code|can lead to a denial of service}',
    'An SQL injection flaw in {the REST API|the search endpoint|the login form} of {WordPress|GitLab|Confluence} {lets an attacker read arbitrary data from the database|allows remote attackers to run arbitrary SQL commands}',
    'A cross-site scripting flaw in {the admin console|the comment form|the login form} of {WordPress|Jenkins|GitLab|Confluence} {lets an attacker run script in other users\' browsers|exposes session tokens to other users}',
    'An authentication bypass in {the admin console|the REST API|the login form} of {Jenkins|GitLab|Confluence|Apache Struts} {lets an unauthenticated attacker reach administrative functions|lets an attacker act as another user}',
    'A path traversal flaw in {the file upload handler|the static file handler|the REST API} of {Apache Struts|Jenkins|nginx|Confluence} {lets an attacker read arbitrary files|lets an attacker write files outside the upload directory}',
    'An improper input validation flaw in {the file upload handler of Apache Struts|the message lookup of Log4j|the REST API of Jenkins} {allows remote attackers to execute arbitrary code|can lead to a denial of service}',
  ],
  recall: [
    '{The brake hose|The fuel pump|The airbag inflator|The steering column bolt|The rear-view camera software|The seat belt buckle|The front suspension arm} {may crack|may fail|may rupture|may loosen|may not work as intended} {over time|in cold weather|in a crash|while driving}{, increasing the risk of a crash|, which can injure occupants|}',
  ],
  remedy: [
    'Dealers will {replace|inspect and replace|update the software for|repair} {the brake hoses|the fuel pump|the airbag inflators|the steering column bolts|the camera module|the seat belt buckles|the suspension arms}{ free of charge| at no cost to owners|}',
  ],
  transaction: [
    '{Card payment|Contactless payment|Online purchase|Direct debit|Standing order|Refund} {at|to|from} {Tesco|Amazon|Shell|Netflix|Uber|a coffee shop|the gym|the electricity supplier|the landlord|IKEA|Spotify}',
    '{Salary|Transfer|Cash withdrawal|Interest payment} {from {Acme Corp|savings|a friend}|at an ATM|for {March|June|October}}',
  ],
  incident: [
    '{Two lanes|One lane|The exit ramp|The left lane|The right lane} {closed|blocked} {after a collision|for roadworks|due to a broken-down truck|because of flooding|after a spill} {near the junction|at the bridge|before the tunnel|}',
  ],
  outage: [
    '{Service|Mobile data|Calls and texts|Broadband|Power} {disrupted|unavailable|degraded} {after {storm damage|a cable cut|equipment failure}|during planned maintenance|in parts of {@city}}{, engineers on site|, restoration expected today|}',
  ],
  article: [
    '{Officials|Residents|Analysts|Organisers|Investors} said on {Monday|Tuesday|Wednesday|Thursday|Friday} that {the plan|the vote|the decision|the deal|the new rules} would {take effect next month|be reviewed in the spring|cost more than first expected|affect thousands of households in {@city}}.',
  ],
  paper: [
    '{A randomized trial|A large-scale study|A meta-analysis|A cohort study|Field evidence} of {crop yield prediction|early sepsis detection|protein structure prediction|battery degradation|antibiotic resistance|coral reef recovery|exoplanet atmospheres}',
    '{A deep learning approach|A new method|A simple model|Scaling laws} for {crop yield prediction|early sepsis detection|protein structure prediction|battery degradation|weather forecasting|drug discovery}',
  ],
  alert: [
    '{Heat|Flood|Winter storm|High wind|Thunderstorm|Dense fog|Frost} {warning|watch|advisory} in effect {until {6 pm|midnight|noon}|through {Tuesday|Friday|the weekend} morning} for {@city} and surrounding areas',
  ],
  interaction: [
    '{Increased risk of bleeding|Higher blood levels of the second drug|Reduced effect of the first drug|Risk of low blood pressure|Increased risk of serotonin syndrome|Risk of high potassium} when {taken together|combined}',
  ],
  tagline: [
    '{One night|One summer|One last job|One phone call|One wrong turn} {changes everything|will decide their fate|brings them together|can not be undone}',
    '{Some secrets|Every family|Every town} {never stay buried|has a story|keeps its secrets}',
  ],
  patent: [
    '{A system|A method|An apparatus|A device} for {charging electric vehicles wirelessly|detecting faults in power lines|compressing video streams|measuring blood glucose without needles|sorting recyclable waste|cooling data centre servers} {using|comprising} {an array of sensors|a machine learning model|a magnetic coupling coil|a low-power radio|a closed loop controller}',
  ],
  invention: [
    '{System and method|Apparatus|Method|Device} for {wireless charging of electric vehicles|fault detection in power lines|video compression|needle-free glucose monitoring|automated waste sorting|liquid cooling of servers}',
  ],
  'bill-title': [
    '{Clean Water|Rural Broadband|Affordable Housing|Veterans Health Care|Small Business Relief|School Safety|Wildfire Prevention|Consumer Data Privacy} {Act|Improvement Act|Funding Act|Protection Act}',
  ],
  'bill-action': [
    '{Referred to the Committee on {Finance|Energy and Commerce|the Judiciary|Education and Labor}|Reported by the Committee on {Finance|the Judiciary}|Passed the House|Passed the Senate|Received in the Senate and read twice|Placed on the Union Calendar|Became law}',
  ],
  'farm-alert': [
    '{Fall armyworm|Late blight|Aphid|Corn rootworm|Wheat rust|Soybean rust} {activity|risk|pressure} {rising|reported|confirmed} in {the region|nearby counties|the north of the state}',
  ],
  plot: [
    '{A retired detective|Two estranged sisters|A young chef|A small-town teacher|An ambitious lawyer|A family of farmers} {must solve one last case|reunite to save the family business|chase a dream in {@city}|uncovers a secret that changes everything|fight to keep their land} {before it is too late|against all odds|over one long summer|}',
  ],
  tour: [
    '{Guided|Sunset|Private|Small-group|Evening|Half-day} {walking tour|food tour|boat cruise|bike tour|museum visit|day trip} {of|in|around} {@city}',
  ],
  claim: [
    '{Unemployment|Violent crime|Inflation|Average rent|Tuition fees} {doubled|fell by half|hit a record high|rose by 40 percent} {last year|since 2020|in the past decade}',
    '{Drinking coffee|A daily walk|A new vaccine|Eating late at night|Screen time} {causes|cures|prevents|doubles the risk of} {memory loss|heart disease|cancer|sleep problems}',
  ],
  loss: [
    '{A burst pipe|A leak from the upstairs bathroom|Heavy rain|A kitchen fire|Hail|A fallen tree} {damaged|flooded|destroyed part of} {the kitchen ceiling|the basement|the roof|the living room floor|the garage} {overnight|while we were away|on {Monday|Saturday}|}',
    '{Rear-ended|Side-swiped|Hit by a reversing van} {at a traffic light|in a car park|on the motorway|at a roundabout}{, damage to the bumper and tail light|, the other driver admitted fault|}',
  ],
  grading: [
    '{Clear argument|Good use of sources|Well structured|Solid analysis|Careful working} {but the conclusion needs work|; cite page numbers next time|, see comments on section 2|, well done|but check the units in question 3}',
  ],
  'street-report': [
    '{An overflowing bin|A broken streetlight|A large pothole|Illegally dumped furniture|Graffiti on the bus shelter|A fallen branch blocking the pavement|A leaking fire hydrant|Bins not collected this week} {on the corner of my street|outside number {12|27|48}|next to the playground|by the bus stop|in the alley behind the shops}{, for {two|three|several} days now|, getting worse|}',
  ],
  'review-title': [
    '{Great value|Does the job|Not worth it|Five stars|Perfect for travel|Better than expected|Disappointed|Love it|Solid choice|Stopped working}',
  ],
  summary: [
    '{Revenue|Usage|Traffic|Attendance|Yield|Sign-ups|Returns|Energy use} {up|down|flat|slightly up|sharply down} {3|4|6|8|12|15|22} percent {on last month|year over year|against forecast|since the last report}',
    '{All checks passed|{Two|Three|Four} issues need attention|No action needed|Review recommended|One item is overdue|Minor findings only} {for this period|before the {next audit|deadline|renewal}|on the {brakes|wiring|roof|billing records|access logs}|}',
    '{Inspection|Audit|Survey|Assessment|Check} {completed|scheduled|in progress} {with {no|two|several} open items|pending sign-off|ahead of schedule|after a short delay}',
  ],
  subject: [
    '{Project update|Invoice|Meeting notes|Schedule change|Contract draft|Travel plans|Question about the report|Budget review|Offer letter|Site visit} {for {Monday|Tuesday|Friday|March|June|Q3|Q4}|from the {team|finance office|legal team}|}',
    '{Welcome aboard|Thanks for your help|Reminder about the deadline|Your order has shipped|Quick question|Follow-up on our call}{, {Anna|Liam|Sofia|Noah|Maya|Omar}|}',
  ],
  work: [
    '{Replace|Build|Extend|Repair|Convert} {the rear deck|a load-bearing kitchen wall|the garage roof|the attic into a bedroom|the front porch|a basement bathroom} {per the attached plans|with a licensed contractor|in the existing footprint|}',
  ],
  title: [
    '{Quarterly|Weekly|Annual|Spring|Autumn|Team|Board|Kickoff} {planning|review|report|offsite|update|retrospective|workshop|briefing}{ for {sales|engineering|support|marketing}| for the {first|second|third|fourth} quarter|}',
    '{Intro to|Notes on|Guide to|Lessons from|A year of} {budgeting|home automation|marathon training|container security|soil health|remote work|urban cycling|sourdough baking|home energy savings}',
  ],
};

type Segment = string | readonly string[];
/** A template split into literal text and slot alternatives. */
function parse(template: string): readonly Segment[] {
  const out: Segment[] = [];
  let i = 0;
  while (i < template.length) {
    const open = template.indexOf('{', i);
    if (open < 0) {
      out.push(template.slice(i));
      break;
    }
    if (open > i) out.push(template.slice(i, open));
    // Slots nest one level ({in central {@city}}): find the matching brace.
    let depth = 0;
    let close = open;
    for (; close < template.length; close++) {
      if (template[close] === '{') depth++;
      else if (template[close] === '}' && --depth === 0) break;
    }
    const body = template.slice(open + 1, close);
    out.push(body.startsWith('@') ? body : splitTop(body));
    i = close + 1;
  }
  return out;
}
/** Alternatives of a slot, split on the `|` not inside a nested slot. */
function splitTop(body: string): readonly string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '{') depth++;
    else if (body[i] === '}') depth--;
    else if (body[i] === '|' && depth === 0) {
      parts.push(body.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(body.slice(start));
  return parts;
}

const PARSED = Object.fromEntries(Object.entries(BANKS).map(([k, list]) => [k, list.map(parse)])) as unknown as Record<Purpose, readonly (readonly Segment[])[]>;
const nested = new Map<string, readonly Segment[]>();

function fill(segments: readonly Segment[], rng: Rng, city: string): string {
  let s = '';
  for (const seg of segments) {
    if (typeof seg === 'string') s += seg === '@city' ? city : seg;
    else {
      const alt = seg[Math.floor(rng.next() * seg.length)];
      if (!alt.includes('{')) s += alt;
      else {
        let parts = nested.get(alt);
        if (!parts) nested.set(alt, (parts = parse(alt)));
        s += fill(parts, rng, city);
      }
    }
  }
  return s;
}

/** A sentence of `purpose`, with `city` where a template names a place. */
export function phrase(purpose: Purpose, rng: Rng, city: string): string {
  const bank = PARSED[purpose];
  const s = fill(bank[Math.floor(rng.next() * bank.length)], rng, city);
  // An empty alternative leaves a double space or a space before a comma: tidied only then.
  return s.includes('  ') || s.includes(' ,') || s.includes(' !') || s.endsWith(' ') ? s.replace(/\s+/g, ' ').replace(/ ([,!:])/g, '$1').trim() : s;
}

export const PURPOSES = Object.keys(BANKS) as readonly Purpose[];
