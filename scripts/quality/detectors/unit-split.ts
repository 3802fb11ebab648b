/**
 * Class 83: a number read into the middle of its unit: "carbon intensity g per 631 kWh" for 631
 * g/kWh, "yield kg per 3.2 ha", "the price per is 0.6 kWh". Judged on the assistant's texts: a
 * unit, "per", then a number and another unit, or "per is" before a number, is a defect.
 */
import { finding, type Detector } from '../detector.js';

const SPLIT = /\b(g|mg|kg|t|km|m|l|ml|kwh|wh|mwh|usd|eur)\s+per\s+[\d][\d,.]*\s*(kwh|mwh|wh|ha|km|h|hour|day|l|m2|m²|kg|person|night)\b|\b\w+ per (is|are|of) [\d€$£][\d,.]*/i;

export const unitSplit: Detector = {
  key: 'unit-split',
  title: 'a number read into the middle of its unit ("carbon intensity g per 631 kWh")',
  check: (view) => {
    let applies = false;
    for (const m of view.record.messages) {
      if (m.role !== 'assistant' || typeof m.content !== 'string' || m.content === '') continue;
      applies = true;
      const hit = SPLIT.exec(m.content);
      if (hit) return finding(`"${hit[0]}"`);
    }
    return applies ? finding(undefined) : undefined;
  },
};
