/**
 * How people ask for an action, by the tool's verb (or its verb's class): the verb phrases of a
 * request, in the words a user picks rather than the API's ("pull up", "get rid of", "work
 * out"). `{T}` is the object with "the" (or "my" for the user's own things), `{A}` with "a" (or
 * bare when plural), `{P}` its plural, `{O}` the object as named.
 */
import { classOf as evolveClassOf, VERB_CLASS_OF, VERBS, type VerbClass } from '../../../api-pool/evolve/verbs.js';

export interface VerbAsks {
  /** Completes "Can you ...": may speak to the assistant ("get me"). */
  readonly you: readonly string[];
  /** Completes "I need to ...". */
  readonly self: readonly string[];
  /** Questions about the object, without the final "?" (reads and searches only). */
  readonly questions: readonly string[];
  /** Whole sentences stating the need, without final punctuation. */
  readonly needs: readonly string[];
}

const READ: VerbAsks = {
  you: ['get me {T}', 'pull up {T}', 'look up {T}', 'show me {T}', 'check {T}', 'find {T}', 'grab {T}', 'dig out {T}'],
  self: ['get {T}', 'look up {T}', 'see {T}', 'check {T}', 'find {T}'],
  questions: ["what's {T}", 'what is {T}', 'can I see {T}', 'could I get {T}'],
  needs: ['I need {T}', "I'd like to see {T}", "I'm after {T}", 'I want {T}'],
};
const LIST: VerbAsks = {
  you: ['list {T}', 'show me {T}', 'give me a list of {P}', 'go through {T}', 'pull up all {T}'],
  self: ['list {T}', 'see {T}', 'go through {T}'],
  questions: ['what {P} are there', 'which {P} are there', 'can I see {T}'],
  needs: ['I need a list of {P}', "I'd like to see {T}", 'I want to go through {T}'],
};
const SEARCH: VerbAsks = {
  you: ['find {A}', 'find me {A}', 'look for {A}', 'search for {A}', 'track down {A}', 'dig up {A}'],
  self: ['find {A}', 'look for {A}', 'track down {A}'],
  questions: ['are there any {P}', 'any {P}', 'what {P} are there', 'what {P} can you find', 'do you see any {P}'],
  needs: ["I'm looking for {A}", 'I need {A}', "I'm trying to find {A}", 'looking for {A}'],
};
/** Searching in one place: "search the mailbox". */
const SEARCH_IN: VerbAsks = {
  you: ['search {T}', 'look through {T}', 'go through {T}', 'dig through {T}'],
  self: ['search {T}', 'look through {T}', 'go through {T}'],
  questions: ["what's in {T}", 'is there anything in {T}'],
  needs: ['I need to search {T}', 'I want to look through {T}'],
};
const CREATE: VerbAsks = {
  you: ['create {A}', 'set up {A}', 'make {A}', 'add {A}', 'put together {A}'],
  self: ['create {A}', 'set up {A}', 'add {A}', 'make {A}'],
  questions: [],
  needs: ['I need {A}', 'I want {A}', "I'd like {A}"],
};
const UPDATE: VerbAsks = {
  you: ['update {T}', 'change {T}', 'edit {T}', 'make a change to {T}', 'adjust {T}'],
  self: ['update {T}', 'change {T}', 'adjust {T}'],
  questions: [],
  needs: ['I need {T} changed', '{T} needs updating', 'I want to change {T}'],
};
const DELETE: VerbAsks = {
  you: ['delete {T}', 'remove {T}', 'get rid of {T}'],
  self: ['delete {T}', 'remove {T}', 'get rid of {T}'],
  questions: [],
  needs: ['I want {T} gone', "I don't need {T} anymore"],
};
const SEND: VerbAsks = {
  you: ['send {A}', 'send out {A}', 'fire off {A}', 'shoot off {A}'],
  self: ['send {A}', 'send out {A}', 'get {A} out'],
  questions: [],
  needs: ['I need {A} sent', 'I have to get {A} out'],
};
const COMPUTE: VerbAsks = {
  you: ['work out {T}', 'figure out {T}', 'calculate {T}', 'run the numbers on {T}'],
  self: ['work out {T}', 'figure out {T}', 'calculate {T}'],
  questions: ["what's {T}", 'what would {T} be', 'how does {T} look'],
  needs: ['I need {T}', "I'd like to know {T}", 'I want to know {T}'],
};
const CONVERT: VerbAsks = {
  you: ['convert {T}', 'do a conversion of {T}', 'turn around {T}'],
  self: ['convert {T}'],
  questions: [],
  needs: ['I need {T} converted'],
};
const CHECK: VerbAsks = {
  you: ['check {T}', 'double-check {T}', 'take a look at {T}', 'verify {T}', 'go over {T}'],
  self: ['check {T}', 'double-check {T}', 'verify {T}'],
  questions: ['can you tell me about {T}', 'is {T} okay'],
  needs: ['I need {T} checked', 'I want to make sure about {T}'],
};
const SCHEDULE: VerbAsks = {
  you: ['schedule {A}', 'set up {A}', 'arrange {A}', 'book {A}', 'line up {A}'],
  self: ['schedule {A}', 'set up {A}', 'arrange {A}', 'book {A}'],
  questions: [],
  needs: ['I need {A}', "I'd like to set up {A}", 'I want {A}'],
};
const TRACK: VerbAsks = {
  you: ['track {T}', 'keep an eye on {T}', 'check on {T}', 'follow {T}'],
  self: ['track {T}', 'keep an eye on {T}', 'check on {T}'],
  questions: ['how is {T} doing', "what's happening with {T}"],
  needs: ['I want to keep tabs on {T}', 'I need to follow {T}'],
};

const BY_CLASS: Readonly<Record<string, VerbAsks>> = {
  read: READ, list: LIST, search: SEARCH, create: CREATE, update: UPDATE, delete: DELETE, send: SEND,
  compute: COMPUTE, convert: CONVERT, check: CHECK, schedule: SCHEDULE, track: TRACK,
};

/** Verbs people use as they are, with their own phrasings first; the rest of the class follows. */
const OWN: Readonly<Record<string, readonly string[]>> = {
  book: ['book {A}', 'reserve {A}', 'get {A} booked', 'line up {A}'],
  reserve: ['reserve {A}', 'book {A}', 'hold {A}'],
  plan: ['plan {A}', 'put together {A}', 'map out {A}'],
  cancel: ['cancel {T}', 'call off {T}'],
  withdraw: ['withdraw {T}', 'pull {T}'],
  revoke: ['revoke {T}', 'disable {T}', 'shut off {T}'],
  archive: ['archive {T}', 'put away {T}'],
  close: ['close {T}', 'shut {T}'],
  void: ['void {T}', 'cancel {T}'],
  release: ['release {T}', 'give up {T}', 'let go of {T}'],
  post: ['post {A}', 'put up {A}', 'publish {A}'],
  publish: ['publish {A}', 'post {A}', 'put up {A}'],
  share: ['share {T}', 'give access to {T}'],
  pay: ['pay {T}', 'settle {T}'],
  transfer: ['make {A}', 'send {A}'],
  initiate: ['make {A}', 'send {A}', 'set up {A}'],
  refund: ['refund {T}', 'issue a refund for {T}'],
  buy: ['buy {A}', 'get {A}', 'pay for {A}'],
  purchase: ['buy {A}', 'purchase {A}', 'get {A}'],
  order: ['order {A}', 'put in an order for {A}'],
  estimate: ['estimate {T}', 'give me an estimate of {T}', 'ballpark {T}'],
  assess: ['assess {T}', 'size up {T}', 'evaluate {T}'],
  analyze: ['analyze {T}', 'break down {T}', 'dig into {T}'],
  compare: ['compare {P}', 'put {P} side by side', 'weigh up {P}'],
  generate: ['generate {A}', 'make {A}', 'put together {A}', 'come up with {A}'],
  forecast: ['forecast {T}', 'project {T}'],
  predict: ['predict {T}', 'project {T}'],
  summarize: ['summarize {T}', 'give me a summary of {T}'],
  recommend: ['recommend {A}', 'suggest {A}'],
  translate: ['translate {T}'],
  decode: ['decode {T}', 'read {T}'],
  identify: ['identify {T}', 'figure out {T}', 'work out {T}'],
  scan: ['scan {T}', 'run a scan on {T}', 'check {T}'],
  validate: ['validate {T}', 'check {T}', 'sanity-check {T}'],
  audit: ['audit {T}', 'go over {T}', 'review {T}'],
  resolve: ['resolve {T}', 'sort out {T}'],
  file: ['file {A}', 'submit {A}', 'put in {A}'],
  report: ['report {A}', 'file {A}', 'flag {A}'],
  log: ['log {A}', 'record {A}', 'note down {A}'],
  record: ['record {A}', 'log {A}', 'note down {A}'],
  submit: ['submit {A}', 'send in {A}', 'hand in {A}'],
  request: ['request {A}', 'put in {A}', 'ask for {A}'],
  register: ['register {A}', 'sign up {A}'],
  upsert: ['add or update {A}', 'save {A}'],
  enroll: ['enroll {T}', 'sign up {T}'],
  declare: ['declare {A}', 'raise {A}', 'open {A}'],
  open: ['open {A}', 'start {A}', 'raise {A}'],
  start: ['start {A}', 'kick off {A}', 'begin {A}'],
  trigger: ['trigger {A}', 'kick off {A}', 'start {A}'],
  scale: ['scale {T}', 'resize {T}'],
  grade: ['grade {T}', 'mark {T}'],
  arm: ['arm {T}', 'set {T}'],
  control: ['control {T}', 'change {T}'],
  set: ['set {T}', 'change {T}', 'adjust {T}'],
  follow: ['follow {T}', 'start following {T}'],
  subscribe: ['subscribe to {T}', 'sign up for {T}'],
  monitor: ['monitor {T}', 'keep an eye on {T}', 'watch {T}'],
  watch: ['watch {T}', 'keep an eye on {T}'],
  notify: ['send {A}', 'push out {A}'],
  broadcast: ['broadcast {A}', 'send {A} to everyone'],
  forward: ['forward {T}', 'pass on {T}'],
  reply: ['reply to {T}', 'answer {T}'],
  invite: ['invite {T}'],
  geocode: ['geocode {T}', 'get the coordinates for {T}', 'find where {T} is'],
  lookup: ['look up {T}', 'check {T}'],
  apply: ['apply {A}', 'use {A}'],
  respond: ['respond {T}', 'answer {T}'],
  schedule: ['schedule {A}', 'set up {A}', 'arrange {A}', 'put {A} in the diary'],
  adjust: ['adjust {T}', 'change {T}', 'tweak {T}'],
  change: ['change {T}', 'switch {T}', 'update {T}'],
  remove: ['remove {T}', 'take off {T}', 'get rid of {T}'],
  delete: ['delete {T}', 'remove {T}', 'get rid of {T}'],
  add: ['add {A}'],
  run: ['run {A}', 'do {A}', 'kick off {A}'],
  create: ['create {A}', 'set up {A}', 'make {A}'],
  send: ['send {A}', 'send out {A}', 'fire off {A}'],
  track: ['track {T}', 'check on {T}', 'see where {T} is'],
  check: ['check {T}', 'double-check {T}', 'take a look at {T}'],
  calculate: ['calculate {T}', 'work out {T}', 'figure out {T}'],
  compute: ['compute {T}', 'work out {T}', 'calculate {T}'],
  convert: ['convert {T}'],
  find: ['find {A}', 'find me {A}', 'look for {A}'],
  search: ['search for {A}', 'find {A}', 'look for {A}'],
  list: ['list {T}', 'show me {T}'],
  browse: ['browse {T}', 'look through {T}', 'show me {T}'],
  discover: ['discover {A}', 'find {A}', 'suggest {A}'],
  stop: ['stop {T}', 'end {T}'],
  lock: ['lock {T}'],
  unlock: ['unlock {T}'],
  upload: ['upload {A}', 'attach {A}'],
  enable: ['enable {T}', 'turn on {T}'],
  disable: ['disable {T}', 'turn off {T}'],
  approve: ['approve {T}', 'sign off on {T}'],
  reject: ['reject {T}', 'turn down {T}'],
  assign: ['assign {T}'],
  renew: ['renew {T}', 'extend {T}'],
  merge: ['merge {T}'],
  deploy: ['deploy {T}', 'roll out {T}'],
};

/** Classes of the verbs above that the API vocabulary files elsewhere or not at all. */
const CLASS_OF: Readonly<Record<string, VerbClass>> = {
  refund: 'delete', pay: 'send', buy: 'create', purchase: 'create', arm: 'update', control: 'update', scale: 'update', upsert: 'create',
  void: 'delete', release: 'delete', compare: 'compute', identify: 'check', decode: 'check', scan: 'check', geocode: 'compute',
  trigger: 'create', respond: 'update', run: 'create', enable: 'update', disable: 'update', merge: 'update', deploy: 'update',
  lookup: 'read', browse: 'list', discover: 'search', generate: 'create', recommend: 'search',
};
/** Verbs close enough to their class's plain verb that the class's other phrasings mean the same. */
const CORE = new Set([
  'get', 'fetch', 'retrieve', 'obtain', 'view', 'load', 'read', 'lookup', 'list', 'browse', 'show', 'enumerate', 'collect', 'search', 'find',
  'query', 'discover', 'locate', 'explore', 'create', 'add', 'make', 'register', 'update', 'modify', 'edit', 'change', 'amend', 'patch',
  'adjust', 'delete', 'remove', 'discard', 'send', 'dispatch', 'calculate', 'compute', 'estimate', 'convert', 'transform', 'check',
  'verify', 'inspect', 'validate', 'schedule', 'book', 'reserve', 'arrange', 'track', 'monitor', 'watch', 'trace',
]);
/** Verbs whose result is not a thing to ask "what's ...?" about. */
const NO_QUESTIONS = new Set(['assess', 'evaluate', 'analyze', 'compare', 'generate', 'recommend', 'summarize', 'translate', 'simulate', 'score', 'rank', 'detect', 'identify', 'scan', 'validate', 'audit', 'resolve', 'test', 'inspect', 'verify', 'discover']);
/** Verbs plain enough that the class's ways of stating a need fit them. */
const PLAIN = new Set(['get', 'fetch', 'retrieve', 'obtain', 'view', 'list', 'show', 'search', 'find', 'query', 'create', 'add', 'update', 'modify', 'edit', 'change', 'delete', 'remove', 'send', 'calculate', 'compute', 'estimate', 'check', 'schedule', 'book', 'reserve', 'track', 'monitor']);

export function classOf(verb: string | undefined): VerbClass {
  return (verb && CLASS_OF[verb]) || evolveClassOf(verb);
}

/** The asks of a verb: its own phrasings, then its class's when it is a true synonym of the class's verbs. */
export function verbAsks(verb: string | undefined, searchIn: boolean): VerbAsks {
  if (searchIn) return SEARCH_IN;
  const cls = classOf(verb);
  const base = BY_CLASS[cls] ?? READ;
  const own = verb ? OWN[verb] : undefined;
  if (!own || !verb) return base;
  const synonym = CORE.has(verb) && (VERBS[cls]?.includes(verb) ?? false);
  const more = (list: readonly string[]): string[] => (synonym ? list.filter((t) => !own.includes(t)) : []);
  return {
    you: [...own, ...more(base.you)],
    self: [...own.filter((t) => !/\bme\b/.test(t)), ...more(base.self)],
    questions: NO_QUESTIONS.has(verb) || !(synonym || cls === 'read' || cls === 'list' || cls === 'search') ? [] : base.questions,
    needs: PLAIN.has(verb) ? base.needs : [],
  };
}

/** A name's first word is an action people name ("get", "geocode", "respond"). */
export const isVerb = (word: string): boolean => VERB_CLASS_OF.has(word) || word in OWN;
