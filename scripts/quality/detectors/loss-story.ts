/**
 * Class 56: a claim described as another kind of loss: a vandalism claim whose description is a
 * kitchen fire, a theft told as hail on the roof. Judged on objects holding a loss type of a
 * known kind beside a description that tells of some kind of loss: the description tells of its
 * own kind (by the words claimants use for it), not only of another.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { callObjects, fieldAt, show, words } from '../fields.js';

const CUES: Readonly<Record<string, RegExp>> = {
  fire: /\b(fire|flames?|smoke|burn(ed|t)?|alight)\b/i,
  water_damage: /\b(pipe|leak(ed|ing)?|flood(ed)?|water|soak(ed)?|burst)\b/i,
  theft: /\b(stole|stolen|theft|took|taken|broke in|burglar)/i,
  vandalism: /\b(smashed|graffiti|keyed|vandal|spray(ed)?)/i,
  collision: /\b(rear-ended|side-swiped|hit by|collided|collision|crash(ed)?)\b/i,
  weather: /\b(hail|rain|storm|wind|tree|snow|lightning)\b/i,
  glass: /\b(glass|windscreen|windshield|window)\b/i,
  liability: /\b(slipped|bit|injur(ed|y)|hurt|leaked into)\b/i,
};

export const lossStory: Detector = {
  key: 'loss-story',
  title: 'a claim described as another kind of loss (a kitchen fire for vandalism)',
  check: (view) =>
    judgeAll(callObjects(view), ({ object, path, call }) => {
      const keys = Object.keys(object);
      const t = keys.find((k) => /^(loss_type|claim_type|incident_type|peril)$/.test(words(k).join('_')) && typeof object[k] === 'string');
      const d = keys.find((k) => /^(description|loss_description|incident_description)$/.test(words(k).join('_')) && typeof object[k] === 'string');
      const kind = t ? (object[t] as string).toLowerCase() : '';
      if (!t || !d || !CUES[kind]) return undefined;
      const text = object[d] as string;
      const others = Object.entries(CUES).filter(([k, re]) => k !== kind && re.test(text)).map(([k]) => k);
      if (!CUES[kind].test(text) && others.length === 0) return undefined;
      return finding(!CUES[kind].test(text) ? `${fieldAt(call, path, d)} ${show(text)} for a ${kind} claim` : undefined);
    }),
};
