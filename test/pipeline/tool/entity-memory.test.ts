/**
 * One thing keeps its name through a dialogue (pipeline/agents/tool/entity-memory.ts): a later
 * result naming an identifier an earlier one named takes that name, unless the call sets it; the
 * tool agent's shared results are never changed in place.
 */
import { describe, expect, it } from 'vitest';
import { EntityMemory } from '../../../pipeline/agents/tool/entity-memory.js';

describe('EntityMemory', () => {
  it('names a later result\'s thing as the earlier result did, by id and <stem>_id, without touching the shared result', () => {
    const m = new EntityMemory();
    m.remember({ courses: [{ course_id: 'CRS-4412', title: 'Introduction to Linear Algebra' }, { course_id: 'CRS-9', title: 'Calculus' }] });
    const later = { student_id: 'S-77', courses: [{ course_id: 'CRS-4412', course_name: 'Principles of Microeconomics', score: 81 }] };
    const frozen = JSON.stringify(later);
    const agreed = m.agree(later, undefined, { student_id: 'S-77', course_id: 'CRS-4412' }) as typeof later;
    expect(agreed.courses[0].course_name).toBe('Introduction to Linear Algebra');
    expect(agreed.courses[0].score).toBe(81);
    expect(JSON.stringify(later)).toBe(frozen);
  });

  it("takes a remembered vulnerability's weakness, product and last change along with its description and publication", () => {
    const m = new EntityMemory();
    m.remember({ vulnerabilities: [{ cve_id: 'CVE-2024-42711', description: 'A buffer overflow in the HTTP request parser of nginx can lead to a denial of service', published: '2024-12-23T15:00:00Z' }] });
    const details = { cve_id: 'CVE-2024-42711', description: 'A cross-site scripting flaw in the comment form of GitLab exposes session tokens to other users', published: '2025-01-20T10:00:00Z', last_modified: '2025-01-21T09:00:00Z', cwe_ids: ['CWE-79'], affected_cpes: ['cpe:2.3:a:gitlab:gitlab:6.2.1:*:*:*:*:*:*:*'] };
    const agreed = m.agree(details, undefined, { cve_id: 'CVE-2024-42711' }) as typeof details;
    expect(agreed.description).toMatch(/buffer overflow .* nginx/);
    expect(agreed.cwe_ids).toEqual(['CWE-120']);
    expect(agreed.affected_cpes).toEqual(['cpe:2.3:a:f5:nginx:6.2.1:*:*:*:*:*:*:*']);
    expect(agreed.published).toBe('2024-12-23T15:00:00Z');
    expect(agreed.last_modified).toBe('2025-01-21T09:00:00Z');
  });

  it('keeps a name the call sets, a name a pattern or enum constrains, and a result with nothing known as it is', () => {
    const m = new EntityMemory();
    m.remember({ events: [{ event_id: 'EV-1001', title: 'Design review' }] });
    const renamed = { event_id: 'EV-1001', title: 'Design sync' };
    expect(m.agree(renamed, undefined, { event_id: 'EV-1001', changes: { title: 'Design sync' } })).toBe(renamed);
    const coded = { event_id: 'EV-1001', title: 'DS' };
    expect(m.agree(coded, { type: 'object', properties: { title: { type: 'string', pattern: '^[A-Z]{2}$' } } }, {})).toBe(coded);
    const other = { event_id: 'EV-2002', title: 'Standup' };
    expect(m.agree(other, undefined, {})).toBe(other);
    // After a rename the call made, the new name is the thing's name.
    m.remember(renamed);
    expect((m.agree({ event_id: 'EV-1001', title: 'Budget' }, undefined, {}) as { title: string }).title).toBe('Design sync');
  });

  it('keeps when a meeting takes place through an update that does not move it, and takes the time of one that does', () => {
    const m = new EntityMemory();
    m.remember({ event_id: 'JFFFX4JC', start: '2026-11-12T15:30:00Z', end: '2026-11-12T16:59:00Z' });
    const updated = { event_id: 'JFFFX4JC', title: 'Discuss the roadmap', start: '2026-10-11T12:15:00Z', end: '2026-10-11T13:00:00Z' };
    const kept = m.agree(updated, undefined, { event_id: 'JFFFX4JC', changes: { location: 'Casablanca' }, send_updates: 'none' }) as typeof updated;
    expect([kept.start, kept.end]).toEqual(['2026-11-12T15:30:00Z', '2026-11-12T16:59:00Z']);
    const moved = { event_id: 'JFFFX4JC', start: '2026-11-13T09:00:00Z', end: '2026-11-13T10:29:00Z' };
    expect(m.agree(moved, undefined, { event_id: 'JFFFX4JC', changes: { start_time: '2026-11-13T09:00:00Z' } })).toBe(moved);
    // A thing that is not a meeting keeps no time (a subscription renewed starts again).
    m.remember({ subscription_id: 'SUB-1234', start: '2026-01-01' });
    const renewed = { subscription_id: 'SUB-1234', start: '2027-01-01' };
    expect(m.agree(renewed, undefined, { subscription_id: 'SUB-1234' })).toBe(renewed);
  });

  it('gives a remembered job title its description too', () => {
    const m = new EntityMemory();
    m.remember({ jobs: [{ job_id: 'J-12345', title: 'Project Manager' }] });
    const posting = { job_id: 'J-12345', title: 'Legacy Accounts Strategist', description: 'We are hiring a Legacy Accounts Strategist to own client relationships' };
    const agreed = m.agree(posting, undefined, { job_id: 'J-12345' }) as typeof posting;
    expect(agreed.title).toBe('Project Manager');
    expect(agreed.description).toBe('We are hiring a Project Manager to own client relationships');
  });

  it('keeps a numeric id\'s title and a thing\'s fixed facts (release date, address), not what may change', () => {
    const m = new EntityMemory();
    m.remember({ results: [{ movie_id: 597000, title: 'Orbit Nine', release_date: '2022-08-25', vote_average: 7.1 }, { movie_id: 12, title: 'Small id' }] });
    const details = { movie_id: 597000, title: 'The Yellow Wallpaper', release_date: '2026-08-05', vote_average: 6.2, runtime_minutes: 103 };
    const agreed = m.agree(details, undefined, { movie_id: 597000 }) as typeof details;
    expect(agreed).toEqual({ movie_id: 597000, title: 'Orbit Nine', release_date: '2022-08-25', vote_average: 6.2, runtime_minutes: 103 });
    // An id under 1000 may be a count or a position: not followed.
    const small = { movie_id: 12, title: 'Other' };
    expect(m.agree(small, undefined, {})).toBe(small);
    // A date the schema bounds to an enum it is not in stays as it is.
    const enumDated = { movie_id: 597000, title: 'Orbit Nine', release_date: '2026-08-05' };
    expect(m.agree(enumDated, { type: 'object', properties: { release_date: { type: 'string', enum: ['2026-08-05'] } } }, {})).toBe(enumDated);
    m.remember({ restaurant_id: 'RS-3101', name: 'Ramen Kaze', address: '2 Esplanadi, Helsinki' });
    const moved = { restaurant_id: 'RS-3101', address: '9 Main Street, Frankfurt', open_now: true };
    expect(m.agree(moved, undefined, {})).toEqual({ restaurant_id: 'RS-3101', address: '2 Esplanadi, Helsinki', open_now: true });
    // A CVE keeps its description and publication date from the search to its details.
    m.remember({ vulnerabilities: [{ cve_id: 'CVE-2022-43204', description: 'An SQL injection flaw in the TLS handshake of OpenSSL', published: '2026-01-07T07:15:00Z' }] });
    const cve = { cve_id: 'CVE-2022-43204', description: 'A use-after-free in the TLS handshake of GitLab', published: '2026-01-01T15:00:00Z', cvss_v3: { base_score: 8.7 } };
    expect(m.agree(cve, undefined, { cve_id: 'CVE-2022-43204' })).toEqual({ cve_id: 'CVE-2022-43204', description: 'An SQL injection flaw in the TLS handshake of OpenSSL', published: '2026-01-07T07:15:00Z', cvss_v3: { base_score: 8.7 } });
  });

  it('charges what a quote said: buying a listed rate costs its amount; a product in a cart is not a quote', () => {
    const m = new EntityMemory();
    m.remember({ shipment_id: 'SH-1', rates: [{ rate_id: 'NPA3Y070', carrier: 'USPS', amount: 343.32 }, { rate_id: '8LC28M40', carrier: 'UPS', amount: 173.34 }] });
    const label = { label_id: 'QQD6MV3Z', amount_charged: 219.39 };
    expect(m.agree(label, undefined, { rate_id: 'NPA3Y070', signature_required: false })).toEqual({ label_id: 'QQD6MV3Z', amount_charged: 343.32 });
    expect(label.amount_charged).toBe(219.39);
    // A charge the call states is the call's.
    expect(m.agree(label, undefined, { rate_id: 'NPA3Y070', amount_charged: 219.39 })).toBe(label);
    m.remember({ products: [{ product_id: 'P-1001', name: 'Kettle', price: 39.5 }] });
    const cart = { cart_id: 'C-1', total_price: 79 };
    expect(m.agree(cart, undefined, { product_id: 'P-1001', quantity: 2 })).toBe(cart);
    // An event keeps its organizer.
    m.remember({ events: [{ event_id: '6BFF7GMD', title: 'Launch plan', organizer: 'mathew.strosin@contoso.com' }] });
    expect(m.agree({ event_id: '6BFF7GMD', response: 'accepted', organizer: 'lisette.rossi@acme.io' }, undefined, { event_id: '6BFF7GMD' })).toEqual({ event_id: '6BFF7GMD', response: 'accepted', organizer: 'mathew.strosin@contoso.com' });
  });
});
