/**
 * Class 83: a number read into the middle of its unit: "carbon intensity g per 631 kWh" for 631
 * g/kWh, "yield kg per 3.2 ha", "the price per is 0.6 kWh". Judged on the assistant's texts: a
 * unit, "per", then a number and another unit, or "per is" before a number, is a defect.
 */
import { finding, judgeAll, type Detector } from '../detector.js';
import { assistantTexts } from '../fields.js';

const SPLIT = /\b(g|mg|kg|t|km|m|l|ml|kwh|wh|mwh|usd|eur)\s+per\s+[\d][\d,.]*\s*(kwh|mwh|wh|ha|km|h|hour|day|l|m2|m²|kg|person|night)\b|\b\w+ per (is|are|of) [\d€$£][\d,.]*/i;

export const unitSplit: Detector = {
  key: 'unit-split',
  title: 'a number read into the middle of its unit ("carbon intensity g per 631 kWh")',
  check: (view) =>
    judgeAll(assistantTexts(view, 'content'), (text) => {
      const hit = SPLIT.exec(text);
      return finding(hit ? `"${hit[0]}"` : undefined);
    }),
};
