/**
 * Class 34: free text written for another purpose. A clinic appointment whose instructions are
 * driving directions ("Head north on River Road for 500 m", "Arrive at your destination on the
 * right"); a delivery order whose item note is a cooking step ("Bring a pot of salted water to a
 * boil"); a trademark whose mark is a sentence from a lawsuit ("The union alleges unpaid wages
 * against its former supplier"). Judged on the string values of calls (arguments and results):
 * turn-by-turn directions outside a route, navigation, travel or walking tool; cooking steps
 * outside a recipe, cooking or meal tool; a mark (mark_text, word_mark, trademark) of more than
 * five words; a hotel guest's request (a crib in the room, early check-in) outside a lodging
 * tool (a restaurant table's special request); a doorstep instruction (leave the parcel with a
 * neighbour) outside a delivery or order tool; a cover letter that says nothing of applying; a
 * chat line as what a parcel's scan event or an address check reports ("Could we move our call to
 * tomorrow morning"); a help page's answer as a job candidate's screening answer.
 */
import { CLEAN, finding, judgeAll, type Detector } from '../detector.js';
import { callLeaves, show, words } from '../fields.js';

const DIRECTIONS = /\b(head|walk|drive) (north|south|east|west)\b|\b(turn|keep) (left|right)\b|arrive at your destination|at the roundabout|continue straight through/i;
const COOKING = /\b(preheat the oven|bring a pot of|simmer the|roast the|saute the|whisk the|heat oil in|fold the|season with salt and pepper)\b/i;
const ROUTE_TOOL = /route|direction|navigat|travel|commute|walk|transit|trip|map|geo|itinerar/;
const COOK_TOOL = /recipe|cook|meal|dish|kitchen/;
const STAY = /\b(early check-in|late check-in|a crib in the room|extra towels|a ground floor room)\b/i;
const STAY_TOOL = /hotel|room|stay|lodging|accommodation|booking_com|vacation|rental/;
const DOORSTEP = /\b(leave the parcel|call before delivery|ring the side door|deliver after|use the service entrance)\b/i;
const DELIVERY_TOOL = /deliver|ship|parcel|package|courier|grocer|order|pickup|mail|post/;
const APPLYING = /\b(apply|applying|application|role|position|opening|experience|resume|cv|candidate|team|background|skills|years)\b/i;
const SCAN_TOOL = /track|parcel|shipment/;
const ADDRESS_CHECK = /(validat|verif|standardi).*address/;
const CHAT_LINE = /\b(can|could) we\b|\b(I am|I will|I'm|me|my|our|you|your)\b|^(Running|Reminder|Heads up|Happy birthday|Congratulations|Welcome back|Thanks|Meet me)\b/;
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
      if (key === 'cover_letter') return finding(APPLYING.test(leaf.value) ? undefined : `${where} is no cover letter`);
      // What a parcel's scan or an address check reports is no chat line ("Could we move our call to tomorrow morning").
      if (/^(message|messages|description|status_detail|details)$/.test(key) && leaf.side === 'result' && (SCAN_TOOL.test(leaf.call.name) || ADDRESS_CHECK.test(leaf.call.name))) {
        return finding(CHAT_LINE.test(leaf.value) ? `${where}: a chat line in a ${SCAN_TOOL.test(leaf.call.name) ? 'parcel scan' : 'address check'}` : undefined);
      }
      // A candidate's screening answer answers for the candidate, not as a shop's help page ("You can return items within 60 days").
      if (key === 'answer' && /job|application|candidate|apply/.test(leaf.call.name) && /screening|question/.test(leaf.path)) {
        return finding(/\b(return items|customers can|reset it from the settings)\b/i.test(leaf.value) ? `${where}: a help page's answer as a screening answer` : undefined);
      }
      // The tool's name says what it books or delivers, or its domain does (an evolved shipping tool: schedule_label_report).
      if (STAY.test(leaf.value)) return STAY_TOOL.test(leaf.call.name) || leaf.call.domain === 'travel' ? CLEAN : finding(`${where}: a hotel guest's request in a tool that books no room`);
      if (DOORSTEP.test(leaf.value)) return DELIVERY_TOOL.test(leaf.call.name) || /^(logistics|e-commerce)$/.test(leaf.call.domain ?? '') ? CLEAN : finding(`${where}: a delivery instruction in a tool that delivers nothing`);
      if (leaf.value.split(/\s+/).length < 3) return undefined;
      if (DIRECTIONS.test(leaf.value)) return ROUTE_TOOL.test(leaf.call.name) ? CLEAN : finding(`${where}: directions in a tool that has no route`);
      if (COOKING.test(leaf.value)) return COOK_TOOL.test(leaf.call.name) ? CLEAN : finding(`${where}: a cooking step in a tool that cooks nothing`);
      return undefined;
    });
  },
};
