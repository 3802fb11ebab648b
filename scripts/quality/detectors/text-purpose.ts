/**
 * Class 34: free text written for another purpose. A clinic appointment whose instructions are
 * driving directions ("Head north on River Road for 500 m", "Arrive at your destination on the
 * right"); a delivery order whose item note is a cooking step ("Bring a pot of salted water to a
 * boil"); a trademark whose mark is a sentence from a lawsuit ("The union alleges unpaid wages
 * against its former supplier"). Judged on the string values of calls (arguments and results):
 * turn-by-turn directions outside a route, navigation, travel or walking tool; cooking steps
 * outside a recipe, cooking or meal tool; a mark (mark_text, word_mark, trademark) of more than
 * five words.
 */
import { CLEAN, finding, judgeAll, type Detector } from '../detector.js';
import { callLeaves, show, words } from '../fields.js';

const DIRECTIONS = /\b(head|walk|drive) (north|south|east|west)\b|\b(turn|keep) (left|right)\b|arrive at your destination|at the roundabout|continue straight through/i;
const COOKING = /\b(preheat the oven|bring a pot of|simmer the|roast the|saute the|whisk the|heat oil in|fold the|season with salt and pepper)\b/i;
const ROUTE_TOOL = /route|direction|navigat|travel|commute|walk|transit|trip|map|geo|itinerar/;
const COOK_TOOL = /recipe|cook|meal|dish|kitchen/;
const MARK = new Set(['mark_text', 'mark', 'word_mark', 'trademark', 'trademark_text']);

export const textPurpose: Detector = {
  key: 'text-purpose',
  title: 'free text of another purpose (directions as visit instructions, a sentence as a trademark)',
  check(view) {
    return judgeAll(callLeaves(view), (leaf) => {
      if (typeof leaf.value !== 'string' || leaf.value.length < 4) return undefined;
      const key = words(leaf.key).join('_');
      const where = `${leaf.call.name} ${leaf.side}: ${leaf.path} ${show(leaf.value)}`;
      if (MARK.has(key) && /mark|trademark|brand/.test(leaf.call.name)) {
        return finding(leaf.value.split(/\s+/).length > 5 ? `${where} is a sentence, not a mark` : undefined);
      }
      if (leaf.value.split(/\s+/).length < 3) return undefined;
      if (DIRECTIONS.test(leaf.value)) return ROUTE_TOOL.test(leaf.call.name) ? CLEAN : finding(`${where}: directions in a tool that has no route`);
      if (COOKING.test(leaf.value)) return COOK_TOOL.test(leaf.call.name) ? CLEAN : finding(`${where}: a cooking step in a tool that cooks nothing`);
      return undefined;
    });
  },
};
