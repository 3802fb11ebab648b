/**
 * How an answer may open and close, by how the turn went. Each is a whole sentence (the body
 * after it starts with its own capital), and none dominates: the writer opens only about half
 * of its answers, from a dozen or so choices, and closes about one in five.
 */

/** How a turn went: something found, a change made, nothing found, failed, partly failed. */
export type Mood = 'found' | 'done' | 'empty' | 'failed' | 'partial';

export const OPENINGS: Readonly<Record<Mood, readonly string[]>> = {
  found: [
    "Here's what came back.",
    'I checked.',
    'Got it.',
    'Sure thing.',
    'Here you go.',
    'I looked it up.',
    'Quick summary.',
    'Right.',
    'This is what came back.',
    'Thanks for waiting.',
    'Let me sum it up.',
    'Here is the answer.',
    'I have the results.',
    'Here it is.',
  ],
  done: [
    'Done.',
    'All set.',
    'That went through.',
    "It's done.",
    'Good news.',
    'Finished.',
    'Sorted.',
    'That worked.',
    'No problem.',
    'Taken care of.',
    'Success.',
  ],
  empty: ['I searched, but no luck.', 'Hmm.', 'I checked.', 'Sorry.', 'Unfortunately not.', 'I looked.', 'Nothing this time.'],
  failed: ['Sorry.', 'Hmm, a problem.', 'That did not go as planned.', 'Unfortunately it failed.', 'I hit an error.', 'Something went wrong.'],
  partial: ['Mixed results.', 'Partly done.', 'Not everything worked.', 'Some good news, some bad.', 'Here is where things stand.'],
};

export const CLOSINGS: Readonly<Record<Mood, readonly string[]>> = {
  found: ['Anything else?', 'Want more detail?', 'Need anything else?', 'Shall I look deeper?', 'Hope that helps.', 'Anything to compare it with?', 'Want me to check something else?'],
  done: ['Anything else?', 'Want to change anything?', 'Need anything else?', 'Hope that helps.', 'Anything more to sort out?'],
  empty: ['Try something else?', 'Should I search differently?', 'Shall I try other details?'],
  failed: ['How do you want to proceed?', 'I can try it again whenever you want.', 'Sorry about that.'],
  partial: ['Retry the failed one?', 'Shall I try that one again later?', 'How should I proceed with the rest?'],
};
