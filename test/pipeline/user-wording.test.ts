/**
 * Wording a reader stumbles on, by class: a noun the value already says said again ("the
 * Personal home home", "in the the NHL", "and and"), a yes/no as a bare "X or not", several
 * types as "the a, b and c kind of device", free text with a name of its own called a
 * "description", an object named by a verb read as a thing ("for the notify:"), a secret code
 * talked about, the user's "my" on someone else's things, and reasons that do not fit the act.
 */
import { describe, expect, it } from 'vitest';
import { BUILTIN_TOOLS } from '../../api-pool/index.js';
import type { ApiSpec } from '../../api-pool/types.js';
import { flagPhrases } from '../../core/derive/said-words.js';
import { nounOnce } from '../../pipeline/agents/user/fields.js';
import { intentOf } from '../../pipeline/agents/user/intent.js';
import { personaLines, reasonsFor } from '../../pipeline/agents/user/persona.js';
import { stringSpeaker } from '../../pipeline/agents/user/strings.js';
import { listOf } from '../../pipeline/agents/user/words.js';
import { Rng } from '../../core/rng.js';
import { GRAMMARS } from '../../pipeline/agents/user/lang/grammars.js';
import { dressedIn } from '../../pipeline/agents/user/lang/request.js';
import { bareOrNot, wordTwice } from '../../scripts/quality/text/metrics.js';


describe('a noun the value says already', () => {
  it.each([
    ['for the {v} home', 'Personal home', 'for the {v}'],
    ['for the {v} chat', 'kitchen-chat', 'for the {v}'],
    ['in the {v}', 'the National Basketball Association', 'in {v}'],
    ['for the {v} home', 'Lakeside cabin', 'for the {v} home'],
    ['in the {v} repo', 'contoso/web', 'in the {v} repo'],
  ])('%s with %s -> %s', (tpl, phrase, want) => {
    expect(nounOnce(tpl, phrase)).toBe(want);
    expect(wordTwice(nounOnce(tpl, phrase).replace('{v}', phrase))).toBe(false);
  });

  it('a last item with its own "and" takes no second one', () => {
    expect(listOf(['saying "hi"', 'and let the channel know'])).toBe('saying "hi", and let the channel know');
    expect(listOf(['a', 'b'])).toBe('a and b');
  });
});

describe('yes/no words', () => {
  it.each(['public', 'open_now', 'free', 'remote', 'when_home_only', 'verified_only', 'unread'])('%s: no bare "X or not", no clause made a state', (k) => {
    const w = flagPhrases(k);
    for (const p of [...w.yes, ...w.no]) {
      expect(bareOrNot(p), p).toBe(false);
      expect(p).not.toMatch(/whether (when|if|in|at|on) |the (when|if) /);
    }
  });
});

describe('field names read as words', () => {
  const fk = (kind: string, entity?: string, purpose?: string) => ({ kind, entity, purpose }) as never;
  it('several types are said as kinds of the thing asked for, never "the ... kind of device"', () => {
    const sp = stringSpeaker('device_type', fk('label', 'type'), true, '', 'device', true);
    for (const t of sp.tpl) expect(t).not.toMatch(/kind of/);
    const one = stringSpeaker('device_type', fk('label', 'type'), true, '', 'device', false);
    expect(one.tpl.join(' ')).toMatch(/device/);
  });

  it('a bare "type" is the type of what holds it, not "picking sunrise for the type"', () => {
    const sp = stringSpeaker('type', fk('label', 'type'), true, 'trigger', 'home automation rule');
    for (const t of sp.tpl) expect(t).not.toMatch(/the type$/);
    expect(sp.tpl.join(' ')).toMatch(/trigger/);
  });

  it('a text with a name of its own is said by it, a bare one as a description', () => {
    // A purpose the text templates have no words for (a domain's own) falls back by the field's name.
    expect(stringSpeaker('feedback', fk('text', undefined, 'assessment'), false, '', 'submission').tpl.join(' ')).not.toMatch(/description|details/);
    expect(stringSpeaker('feedback', fk('text', undefined, 'assessment'), false, '', 'submission').tpl.join(' ')).toMatch(/feedback/);
    expect(stringSpeaker('rubric_comment', fk('text', undefined, 'assessment'), false, '', 'submission').tpl.join(' ')).toMatch(/rubric comment/);
    expect(stringSpeaker('description', fk('text', undefined, 'assessment'), false, '', 'rule').tpl.join(' ')).toMatch(/descri|details/);
  });

  it('a secret code is entered, not talked about', () => {
    const sp = stringSpeaker('code', fk('id'), false, '', 'home alarm');
    for (const t of sp.tpl) expect(t).not.toMatch(/^(about|on|for) /);
    expect(stringSpeaker('order_id', fk('id'), false, '', 'order').tpl).toContain('about order {v}');
  });
});

describe('who the act is for', () => {
  const api = (name: string): ApiSpec => ({ ...BUILTIN_TOOLS[0], name, description: 'Irrelevant here.' });
  it('grading is done to a student\'s submission, not "my submission"', () => {
    const it1 = intentOf(api('grade_submission'));
    for (const p of [...it1.you, ...it1.self]) expect(p).not.toMatch(/\bmy submission/);
    const own = intentOf(api('cancel_booking'));
    expect([...own.you, ...own.self].some((p) => /\bmy booking/.test(p))).toBe(true);
    const grades = intentOf(api('get_student_grades'));
    for (const p of [...grades.you, ...grades.self, ...grades.questions]) expect(p).not.toMatch(/\bmy student/);
  });

  it('a grading act gets a teacher\'s scene; a change no reader\'s reason', () => {
    expect(personaLines('education', true, 'grade_submission').join(' ')).toMatch(/grading|teaching|teach/);
    expect(personaLines('education', true, 'grade_submission').join(' ')).not.toMatch(/my kid/);
    for (const d of ['government', 'logistics', 'devops', 'home-automation']) expect(reasonsFor(d, true)).not.toContain("it's for a presentation");
    expect(reasonsFor('devops', false)).not.toContain("it's for my mum");
    expect(reasonsFor('government', true)).not.toContain("it's for a client");
  });

  it('a grammar ends a change with no reader\'s reason either', () => {
    for (const lang of ['es', 'de', 'fr', 'it', 'pt'] as const) {
      const g = GRAMMARS[lang];
      const presentation = g.reasons[8];
      for (let seed = 0; seed < 300; seed++) {
        const rng = new Rng(seed);
        const s = dressedIn(g, 'X', { domain: 'logistics', writes: true }, (xs) => rng.pick(xs), rng);
        expect(s).not.toContain(presentation);
      }
    }
  });
});
