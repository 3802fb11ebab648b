/**
 * What is set for a later day has not happened yet (pipeline/agents/tool/scheduled-status.ts):
 * an email to go next week is not "sent", a transfer to execute next week not "executed".
 */
import { describe, expect, it } from 'vitest';
import { DATE, DATE_TIME, NUM, STR, api, results } from '../../helpers/tool-api.js';

const TODAY = '2025-06-02';

describe('an act asked for a later day', () => {
  it('is planned, not done, when its day is after today, and may be done when its day has come', () => {
    const email = api('send_templated_email', { template_id: STR, send_at: DATE_TIME }, { message_id: STR, status: { type: 'string', enum: ['sent', 'queued', 'scheduled', 'failed'] } });
    const transfer = api('initiate_bank_transfer', { amount: NUM, execution_date: DATE }, { transfer_id: STR, status: { type: 'string' } });
    for (const r of results(email, { template_id: 'T1', send_at: '2025-06-09T09:00:00Z' }, 30, TODAY)) expect(r.status).not.toBe('sent');
    for (const r of results(transfer, { amount: 120, execution_date: '2025-06-20' }, 30, TODAY)) expect(r.status).not.toMatch(/^(executed|completed|settled|processed|paid)$/);
    const today = results(email, { template_id: 'T1', send_at: `${TODAY}T08:00:00Z` }, 40, TODAY).map((r) => r.status);
    expect(today).toContain('sent');
  });

  it('reads a bill scheduled on a later day as such, and leaves out when it was processed', () => {
    const bill = api('pay_utility_bill', { account_number: STR, schedule_date: DATE }, { payment_id: STR, status: { type: 'string', enum: ['completed', 'scheduled', 'declined'] }, amount: NUM, processed_at: DATE_TIME }, ['payment_id', 'status', 'amount']);
    const later = results(bill, { account_number: '8313023389', schedule_date: '2025-06-24' }, 40, TODAY);
    for (const r of later) {
      expect(r.status).not.toBe('completed');
      expect(r.processed_at, JSON.stringify(r)).toBeUndefined();
    }
    expect(results(bill, { account_number: '8313023389' }, 40, TODAY).map((r) => r.status)).toContain('completed');
  });

  it('is not held yet when what it books starts after today (a session reserved for the 15th is not completed on the 2nd)', () => {
    const session = api('reserve_crop_statistic_session', { crop_statistic_id: STR, start_time: DATE_TIME }, { crop_statistic_id: STR, status: { type: 'string', enum: ['completed', 'scheduled', 'cancelled'] } });
    for (const r of results(session, { crop_statistic_id: 'RES1', start_time: '2025-06-15T15:00:00Z' }, 30, TODAY)) expect(r.status).toBe('scheduled');
    // A search from a start date reports what it found as it is.
    const search = api('list_sessions', { start_time: DATE_TIME }, { status: { type: 'string', enum: ['completed', 'scheduled'] } });
    expect(results(search, { start_time: '2025-06-15T15:00:00Z' }, 40, TODAY).map((r) => r.status)).toContain('completed');
  });

  it('is done when asked with no day for it: a post published now is not scheduled', () => {
    const post = api('publish_social_post', { text: STR }, { post_id: STR, status: { type: 'string', enum: ['published', 'scheduled', 'failed'] }, scheduled_for: DATE_TIME }, ['post_id', 'status']);
    for (const r of results(post, { text: 'Hello' }, 40, TODAY)) {
      expect(r.status, JSON.stringify(r)).not.toBe('scheduled');
      expect(r.scheduled_for, JSON.stringify(r)).toBeUndefined();
    }
    // Also when the tool could take a day but was sent none (a bill paid now).
    const bill = api('pay_utility_bill', { account_number: STR, schedule_date: DATE }, { payment_id: STR, status: { type: 'string', enum: ['completed', 'scheduled', 'declined'] } });
    for (const r of results(bill, { account_number: '8313023389' }, 40, TODAY)) expect(r.status, JSON.stringify(r)).not.toBe('scheduled');
    // A tool that schedules is not told otherwise.
    const meeting = api('schedule_meeting', { title: STR }, { event_id: STR, status: { type: 'string', enum: ['scheduled', 'tentative'] } });
    expect(results(meeting, { title: 'Sync' }, 40, TODAY).map((r) => r.status)).toContain('scheduled');
  });
});
