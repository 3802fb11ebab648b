import { describe, expect, it } from 'vitest';
import { effectOf, isDestructive, type Effect } from '../../api-pool/effect.js';
import { evolvePool } from '../../api-pool/evolve.js';
import { SEED_DOMAINS } from '../../api-pool/seeds/index.js';
import type { ApiSpec } from '../../api-pool/types.js';

/** Hand-checked: names whose words mislead, descriptions that decide, imported operations. */
const TRICKY: readonly (readonly [string, string, Effect, string?])[] = [
  // Reads, whatever word follows the verb.
  ['get_post_comment_thread', 'Get the comment tree of a post, up to a given depth, sorted by score or time.', 'read'],
  ['get_post_engagement_metrics', 'Get engagement metrics (impressions, reach, likes, shares) for posts.', 'read'],
  ['get_order_status', 'Get the status of an order and its shipments.', 'read'],
  ['list_booked_transactions', 'List the booked transactions of a bank account.', 'read'],
  ['search_flight_offers', 'Search bookable flight offers between two airports.', 'read'],
  ['view_cancellation_policy', 'View the cancellation policy of a booking.', 'read'],
  ['find_delete_candidates', 'Find files that could be deleted to free space.', 'read'],
  ['check_email_breach_exposure', 'Check whether an email address appears in known data breaches.', 'read'],
  ['scan_url_for_threats', 'Submit a URL for phishing and malware analysis and return the verdict.', 'read'],
  ['lookup_scan_url_for_threats_lite', 'Submit a URL for phishing and malware analysis.', 'read'],
  ['track_order', 'Track the shipping status of an existing order by its order id.', 'read'],
  ['getPaymentHistory', 'Returns the payments made from an account.', 'read'],
  ['math_factorial', 'Calculate the factorial of a number.', 'read'],
  ['pets_by_id', 'A pet.', 'read', 'openapi:petstore.json#/paths/~1pets~1{petId}/get'],
  // Writes: reversible changes to the user's own data.
  ['set_out_of_office', 'Block an out-of-office period on the calendar.', 'write'],
  ['set_thermostat', "Set a thermostat's HVAC mode and target temperature.", 'write'],
  ['add_item_to_cart', 'Add a product variant to a shopping cart.', 'write'],
  ['create_draft_order', 'Create a draft order on behalf of a customer; the customer receives an invoice link to pay.', 'write'],
  ['update_calendar_event', 'Change an existing event, and choose whether attendees are notified.', 'write'],
  ['follow_social_account', 'Follow (or unfollow) another account from the authenticated account.', 'write'],
  ['check_in_guest', 'Check a guest in at the front desk.', 'write'],
  ['addPet', 'Add a new pet to the store.', 'write', 'openapi:petstore.json#/paths/~1pet/post'],
  // Destructive or costly: by the name's verb...
  ['delete_social_post', 'Permanently delete one of your posts.', 'destructive'],
  ['cancel_insurance_policy', 'Cancel an active insurance policy as of a given date.', 'destructive'],
  ['pay_utility_bill', 'Pay the outstanding balance of a utility bill.', 'destructive'],
  ['send_templated_email', 'Send a transactional email built from a stored template.', 'destructive'],
  ['post_chat_message', 'Post a message to a team chat channel.', 'destructive'],
  ['book_nutrition_report', 'Get a nutrition report.', 'destructive'],
  ['initiate_bank_transfer', 'Initiate a SEPA or wire transfer to a beneficiary.', 'destructive'],
  ['broadcast_case_law_digest', 'For searching court opinions and citations: broadcast a case law digest.', 'destructive'],
  // ... by the description's verb or what it says happens.
  ['create_food_delivery_order', 'Order dishes from a restaurant for delivery to an address.', 'destructive'],
  ['update_subscription', 'Permanently remove the add-ons of a subscription.', 'destructive'],
  ['create_payment_intent', 'Create a payment intent to charge a customer, in cents.', 'destructive'],
  ['start_ev_charging_session', "Remotely start a paid charging session. The user's payment method is charged for the energy delivered.", 'destructive'],
  ['schedule_carrier_pickup', 'Schedule a carrier to pick up parcels. Some carriers charge a pickup fee.', 'destructive'],
  ['schedule_candidate_interview', 'Schedule an interview; calendar invitations are sent to the candidate.', 'destructive'],
  ['plan_marketplace_call', 'Plan a marketplace call. A calendar invitation is sent on success.', 'destructive'],
  ['declare_incident', 'Declare a production incident, paging the on-call responders.', 'destructive'],
  ['set_smart_lock_state', "Lock or unlock a smart door lock, so only do it on the user's explicit request.", 'destructive'],
  ['arm_home_alarm', 'Arm or disarm the home alarm panel. Disarming turns off intrusion monitoring.', 'destructive'],
  ['share_calendar', 'Grant another person access to a calendar.', 'destructive'],
  ['pets_by_id', 'A pet.', 'destructive', 'openapi:petstore.json#/paths/~1pets~1{petId}/delete'],
];

describe('effectOf on hand-checked names', () => {
  for (const [name, description, want, origin] of TRICKY) {
    it(`${name}${origin ? ` (${origin.split('/').pop()})` : ''} is ${want}`, () => {
      expect(effectOf({ name, description, ...(origin ? { origin } : {}) })).toBe(want);
      expect(isDestructive({ name, description, ...(origin ? { origin } : {}) })).toBe(want === 'destructive');
    });
  }
});

/** The destructive or costly seed APIs, checked by hand against their descriptions. */
const DESTRUCTIVE_SEEDS = [
  'initiate_bank_transfer', 'create_payment_intent', 'refund_payment', 'book_clinic_appointment', 'post_chat_message',
  'send_templated_email', 'send_push_notification', 'share_calendar', 'declare_incident', 'submit_assignment',
  'reserve_restaurant_table', 'create_food_delivery_order', 'submit_job_application', 'withdraw_job_application',
  'schedule_candidate_interview', 'send_contract_for_signature', 'apply_for_building_permit', 'submit_311_service_request',
  'book_vehicle_service_appointment', 'start_ev_charging_session', 'pay_utility_bill', 'purchase_game_gift',
  'submit_leaderboard_score', 'publish_social_post', 'delete_social_post', 'revoke_access_key', 'open_security_incident',
  'purchase_phone_number', 'release_phone_number', 'change_mobile_plan', 'cancel_insurance_policy', 'buy_shipping_label',
  'void_shipping_label', 'schedule_carrier_pickup', 'remove_tracks_from_playlist', 'set_smart_lock_state', 'arm_home_alarm',
  'delete_home_automation_rule',
];

const READ_VERB = /^(get|list|search|find|fetch|retrieve|lookup|read|obtain|view|load|browse|enumerate|show|collect|query|discover|locate|explore|check|validate|inspect|compare|estimate|calculate|compute)_/;
const DESTRUCTIVE_VERB = /^(delete|remove|cancel|discard|withdraw|revoke|archive|close|void|refund|pay|purchase|buy|send|dispatch|notify|broadcast|forward|share|post|publish|book|reserve|submit|release)_/;

describe('effectOf over whole pools', () => {
  const seeds = SEED_DOMAINS.flatMap((d) => d.apis);

  it('classes every seed API as hand-checked: exactly the listed ones are destructive', () => {
    expect(seeds.filter((a) => effectOf(a) === 'destructive').map((a) => a.name).sort()).toEqual([...DESTRUCTIVE_SEEDS].sort());
  });

  const check = (apis: readonly ApiSpec[]): void => {
    for (const a of apis) {
      if (READ_VERB.test(a.name)) expect(effectOf(a), a.name).toBe('read');
      if (DESTRUCTIVE_VERB.test(a.name)) expect(effectOf(a), a.name).toBe('destructive');
    }
  };

  it('reads every seed named with a reading verb, and never calls a reading tool destructive', () => check(seeds));

  it('does the same over an evolved 2,000-API pool, where a share of the tools is destructive', () => {
    const { apis } = evolvePool({ domains: SEED_DOMAINS, size: 2000, seed: 42 });
    check(apis);
    const share = apis.filter((a) => effectOf(a) === 'destructive').length / apis.length;
    expect(share).toBeGreaterThan(0.1);
    expect(share).toBeLessThan(0.35);
  });
});
