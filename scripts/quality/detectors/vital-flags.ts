/**
 * Class 91: vital-sign flags that are not of the readings sent: glucose flagged when no glucose
 * was measured, "SpO2 91%" when 61% was sent, an SpO2 of 61% called "normal". Judged on calls
 * sending vital signs (systolic and diastolic pressure, heart rate, SpO2) whose result lists
 * flags with a reading: a flag naming a measure the call did not send, or another value of one it
 * did, or an SpO2 under 90% or a pressure of 180/120 or more called normal, is a defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { isObject } from '../record-view.js';

const MEASURES: readonly (readonly [RegExp, readonly string[]])[] = [
  [/\b(spo2|oxygen)\b/i, ['spo2_percent', 'spo2']],
  [/\b(bp|blood pressure)\b/i, ['systolic_mmhg', 'systolic', 'diastolic_mmhg', 'diastolic']],
  [/\b(hr|heart rate|pulse)\b/i, ['heart_rate_bpm', 'heart_rate', 'pulse']],
  [/\bglucose\b/i, ['glucose_mmol_l', 'glucose_mg_dl', 'glucose']],
  [/\btemp(erature)?\b/i, ['temperature_c', 'temp_c', 'body_temperature']],
];

export const vitalFlags: Detector = {
  key: 'vital-flags',
  title: 'vital-sign flags that are not of the readings sent (glucose flagged with none measured)',
  check: (view) =>
    judgeAll(view.calls, (call) => {
      const sent = isObject(call.args.readings) ? call.args.readings : call.args;
      if (call.failed || !isObject(call.result) || !Array.isArray(call.result.flags) || !MEASURES.some(([, keys]) => keys.some((k) => typeof sent[k] === 'number'))) return undefined;
      for (const f of call.result.flags) {
        if (!isObject(f) || typeof f.reading !== 'string') continue;
        const m = MEASURES.find(([re]) => re.test(f.reading as string));
        if (m === undefined) continue;
        const keys = m[1].filter((k) => typeof sent[k] === 'number');
        if (keys.length === 0) return finding(`${call.name}: flags "${f.reading}" for a measure not sent`);
        const numbers = ((f.reading as string).match(/\d+(\.\d+)?/g) ?? []).map(Number);
        const key = keys[0];
        const value = sent[key] as number;
        if (!keys.some((k) => numbers.includes(sent[k] as number))) return finding(`${call.name}: flags "${f.reading}" for ${key} ${value}`);
        const dire = (key.startsWith('spo2') && value < 90) || (key.startsWith('systolic') && value >= 180);
        if (dire && f.status === 'normal') return finding(`${call.name}: flags "${f.reading}" as normal`);
      }
      return finding(undefined);
    }),
};
