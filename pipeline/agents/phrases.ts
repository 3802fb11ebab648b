/**
 * Per-tool phrase fragments for the offline user agent: how a person asks for what a built-in
 * tool does, and how they state each argument. Every template holds `{v}` (the value, stated
 * verbatim, an enum code by its words) except boolean ones, whose value the wording itself
 * carries. Tools not listed here (imported, evolved) get phrasing from their name and what each
 * parameter means (user/intent.ts, user/fields.ts), never from their description.
 */

export type ParamPhrase =
  | readonly string[]
  | { readonly yes: readonly string[]; readonly no: readonly string[] }
  | ((v: unknown) => string);

export interface ToolPhrases {
  /** Verb phrases completing "Can you ...", lower case, no final punctuation. */
  readonly asks: readonly string[];
  readonly params?: Readonly<Record<string, ParamPhrase>>;
}

type Obj = Record<string, unknown>;

const UNITS = ['in {v} units', 'using {v} units', 'with {v} units'];

export const TOOL_PHRASES: Readonly<Record<string, ToolPhrases>> = {
  get_current_weather: {
    asks: ['check the current weather', 'tell me what the weather is like', 'look up the weather conditions', 'get me the current conditions'],
    params: {
      city: ['in {v}', 'for {v}'],
      country_code: ['in {v}', 'over in {v}'],
      units: UNITS,
    },
  },
  get_weather_forecast: {
    asks: ['get the weather forecast', 'pull up the forecast', 'tell me what the weather will be like', 'check the upcoming forecast'],
    params: {
      city: ['for {v}', 'in {v}'],
      days: ['for the next {v} days', 'covering {v} days', 'over {v} days'],
      units: UNITS,
      include_hourly: { yes: ['with hourly detail', 'including the hourly breakdown'], no: ['without hourly detail', 'daily summaries only, no hourly breakdown'] },
    },
  },
  get_air_quality: {
    asks: ['check the air quality', 'find out how clean the air is', 'get the air quality index', 'look up pollution levels'],
    params: { city: ['in {v}', 'for {v}'], pollutants: ['covering {v}', 'for the pollutants {v}', 'looking at {v}'] },
  },
  search_flights: {
    asks: ['search for flights', 'find me flights', 'look up flight options', 'check available flights'],
    params: {
      origin: ['from {v}', 'departing {v}', 'leaving from {v}'],
      destination: ['to {v}', 'arriving at {v}', 'flying into {v}'],
      departure_date: ['on {v}', 'departing on {v}', 'leaving {v}'],
      return_date: ['returning {v}', 'coming back on {v}', 'with the return on {v}'],
      passengers: (v) => {
        const p = v as Obj;
        return `for ${p.adults} adult${p.adults === 1 ? '' : 's'}` + ('children' in p ? ` and ${p.children} ${p.children === 1 ? 'child' : 'children'}` : '');
      },
      cabin_class: ['in {v} class', 'flying {v}', 'in {v}'],
      nonstop_only: { yes: ['nonstop only', 'with no layovers'], no: ['stops are fine', 'connections allowed'] },
    },
  },
  book_hotel: {
    asks: ['book a hotel room', 'reserve a hotel', 'make a hotel reservation', 'get me a room booked'],
    params: {
      city: ['in {v}', 'in the city of {v}'],
      check_in: ['checking in {v}', 'arriving {v}', 'from {v}'],
      check_out: ['checking out {v}', 'leaving {v}', 'until {v}'],
      guests: ['for {v} guests', 'for {v} people'],
      room_type: ['a {v} room', 'in a {v} room'],
      guest: (v) => {
        const g = v as Obj;
        return `under the name ${g.first_name} ${g.last_name}, confirmation to ${g.email}`;
      },
      amenities: ['with {v}', 'that has {v}', 'ideally with {v}'],
    },
  },
  get_visa_requirements: {
    asks: ['check the visa requirements', 'find out whether I need a visa', 'look up entry requirements', 'tell me if a visa is required'],
    params: {
      nationality: ['for a {v} passport holder', 'as a citizen of {v}', 'with a passport from {v}'],
      destination_country: ['to visit {v}', 'for a trip to {v}', 'travelling to {v}'],
      purpose: ['for {v}', 'going for {v}'],
      stay_days: ['staying {v} days', 'for a {v}-day stay'],
    },
  },
  get_stock_quote: {
    asks: ['get the latest stock price', 'check the share price', 'pull up a stock quote', 'tell me how the stock is doing'],
    params: { symbol: ['for {v}', 'of {v}', 'for ticker {v}'], exchange: ['on {v}', 'listed on {v}'] },
  },
  convert_currency: {
    asks: ['convert some money', 'do a currency conversion', 'work out an exchange', 'convert an amount'],
    params: {
      amount: ['of {v}', 'for an amount of {v}', '{v}'],
      from_currency: ['from {v}', 'in {v}'],
      to_currency: ['into {v}', 'to {v}'],
      date: ['at the rate of {v}', 'using the {v} rate'],
    },
  },
  calculate_loan_payment: {
    asks: ['calculate my loan payment', 'work out the repayments on a loan', 'figure out a mortgage payment', 'estimate the installment of a loan'],
    params: {
      principal: ['for {v} borrowed', 'on a principal of {v}', 'of {v}'],
      annual_rate_pct: ['at {v} percent a year', 'with an annual rate of {v}%', 'at {v}% interest'],
      term_months: ['over {v} months', 'for a term of {v} months'],
      payment_frequency: ['paid {v}', 'with {v} payments'],
    },
  },
  search_products: {
    asks: ['search the store', 'find products', 'look for something in the catalogue', 'show me products'],
    params: {
      query: ['for {v}', 'matching {v}'],
      category: ['in {v}', 'in the {v} section'],
      max_price: ['under {v} dollars', 'at most {v} USD', 'priced below {v}'],
      min_rating: ['rated {v} or higher', 'with at least {v} stars'],
      sort_by: ['sorted by {v}', 'ordered by {v}'],
      in_stock_only: { yes: ['in stock only', 'that are available right now'], no: ['including out-of-stock items', 'even if out of stock'] },
    },
  },
  place_order: {
    asks: ['place an order', 'order some products', 'buy a few items', 'put in an order'],
    params: {
      items: (v) =>
        (v as Obj[]).map((it) => `${it.quantity} x ${it.product_id}`).join(', ').replace(/, ([^,]*)$/, ' and $1'),
      shipping_address: (v) => {
        const a = v as Obj;
        return `shipped to ${a.street}, ${a.city} ${a.postal_code}, ${a.country_code}`;
      },
      shipping_speed: ['with {v} shipping', 'using {v} delivery'],
      gift_wrap: { yes: ['gift wrapped', 'with gift wrapping'], no: ['no gift wrap', 'without gift wrapping'] },
    },
  },
  track_order: {
    asks: ['track my order', 'check where my package is', 'find out the status of an order', 'look up my delivery'],
    params: { order_id: ['order {v}', 'number {v}', 'for order {v}'], email: ['placed with {v}', 'under the email {v}'] },
  },
  create_calendar_event: {
    asks: ['put an event in my calendar', 'schedule a meeting', 'create a calendar event', 'add something to my calendar'],
    params: {
      title: ['called {v}', 'titled {v}', 'named {v}'],
      start: ['starting {v}', 'at {v}', 'beginning at {v}'],
      duration_minutes: ['for {v} minutes', 'lasting {v} minutes'],
      attendees: ['inviting {v}', 'with {v}'],
      location: ['at {v}', 'located at {v}'],
      reminder_minutes: ['with a reminder {v} minutes before', 'reminding me {v} minutes ahead'],
    },
  },
  find_free_slots: {
    asks: ['find a free slot', 'find a time when everyone is free', 'check availability for a meeting', 'look for an open time slot'],
    params: {
      date: ['on {v}', 'for {v}'],
      duration_minutes: ['for {v} minutes', 'long enough for a {v}-minute meeting'],
      attendees: ['for {v}', 'with {v}'],
      working_hours_only: { yes: ['within working hours', 'during office hours only'], no: ['any time of day', 'outside working hours too'] },
    },
  },
  cancel_calendar_event: {
    asks: ['cancel an event', 'call off a meeting', 'remove an event from my calendar', 'cancel a calendar entry'],
    params: {
      event_id: ['event {v}', 'for event {v}'],
      notify_attendees: { yes: ['and let the attendees know', 'notifying everyone invited'], no: ['without notifying anyone', 'quietly, no notices'] },
      reason: ['because of this: {v}', 'since {v}'],
    },
  },
  send_email: {
    asks: ['send an email', 'email someone for me', 'shoot off an email', 'write and send an email'],
    params: {
      to: ['to {v}', 'addressed to {v}'],
      subject: ['with the subject {v}', 'subject line {v}'],
      body: ['saying {v}', 'with the message {v}', 'that reads {v}'],
      cc: ['copying {v}', 'cc {v}'],
      priority: ['marked {v} priority', 'with {v} priority'],
    },
  },
  send_sms: {
    asks: ['send a text message', 'text someone', 'send an SMS', 'fire off a text'],
    params: { phone_number: ['to {v}', 'to the number {v}'], message: ['saying {v}', 'with the text {v}'] },
  },
  get_directions: {
    asks: ['get directions', 'find the route', 'tell me how to get there', 'plan a route'],
    params: {
      origin: ['from {v}', 'starting at {v}'],
      destination: ['to {v}', 'ending at {v}'],
      mode: ['by {v}', 'travelling by {v}', 'going by {v}'],
      avoid: ['avoiding {v}', 'with no {v}'],
    },
  },
  find_nearby_places: {
    asks: ['find places nearby', 'look for somewhere close', 'search the area', 'find a spot nearby'],
    params: {
      location: ['near {v}', 'around {v}'],
      place_type: ['a {v}', 'looking for a {v}', 'any {v}'],
      radius_m: ['within {v} metres', 'in a {v} m radius'],
      open_now: { yes: ['open right now', 'that are currently open'], no: ['whether open or not', 'even if closed now'] },
      min_rating: ['rated at least {v}', 'with a rating of {v} or more'],
    },
  },
  log_workout: {
    asks: ['log a workout', 'record my exercise', 'add a workout to my fitness log', 'track a training session'],
    params: {
      activity: ['of {v}', 'a {v} session', 'for {v}'],
      duration_minutes: ['lasting {v} minutes', 'for {v} minutes'],
      date: ['on {v}', 'dated {v}'],
      distance_km: ['covering {v} km', 'over {v} kilometres'],
      calories: ['burning {v} calories', 'with {v} kcal'],
    },
  },
  find_doctor: {
    asks: ['find a doctor', 'look for a specialist', 'search for a physician', 'find me a clinic appointment'],
    params: {
      specialty: ['in {v}', 'specialising in {v}', 'who does {v}'],
      city: ['in {v}', 'near {v}'],
      insurance_provider: ['who takes {v}', 'that accepts {v} insurance'],
      accepts_new_patients: { yes: ['taking new patients', 'accepting new patients'], no: ['even if not taking new patients', 'whether taking new patients or not'] },
      languages: ['who speaks {v}', 'speaking {v}'],
    },
  },
  calculate_bmi: {
    asks: ['calculate my BMI', 'work out my body mass index', 'check my BMI', 'compute my body mass index'],
    params: { weight_kg: ['weighing {v} kg', 'at {v} kg'], height_cm: ['at {v} cm tall', 'with a height of {v} cm'] },
  },
};
