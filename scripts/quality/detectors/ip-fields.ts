/**
 * Class 8: a field that holds an IP address (its name says ip, ip_address, client_ip, ipv4...,
 * or its parameter's format is ipv4/ipv6) whose value is not one: IPv4 or IPv6, optionally as
 * a CIDR block, a start-end range or with a port.
 */
import { isIP } from 'node:net';
import { finding, judgeAll, type Detector } from '../detector.js';
import { callLeaves, show, words } from '../fields.js';
import { paramSchema } from '../record-view.js';

export function isIpField(key: string, format?: unknown): boolean {
  if (format === 'ipv4' || format === 'ipv6') return true;
  const w = words(key);
  const last = w[w.length - 1];
  if (['ip', 'ips', 'ipv4', 'ipv6'].includes(last)) return true;
  return (last === 'address' || last === 'addresses' || last === 'addr') && w[w.length - 2] === 'ip';
}

export function isIpValue(v: string): boolean {
  const s = v.trim();
  if (isIP(s)) return true;
  const cidr = /^(.+)\/(\d{1,3})$/.exec(s);
  if (cidr && isIP(cidr[1]) && Number(cidr[2]) <= (isIP(cidr[1]) === 4 ? 32 : 128)) return true;
  const range = /^([^\s-]+)\s*-\s*([^\s-]+)$/.exec(s);
  if (range && isIP(range[1]) && isIP(range[2])) return true;
  const port = /^(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5})$/.exec(s) ?? /^\[([0-9a-fA-F:.]+)\]:(\d{1,5})$/.exec(s);
  return port !== null && isIP(port[1]) !== 0 && Number(port[2]) <= 65535;
}

export const ipFields: Detector = {
  key: 'ip',
  title: 'an IP field that is not an IP',
  check: (view) =>
    judgeAll(callLeaves(view), (leaf) => {
      const format = leaf.side === 'args' && leaf.path === leaf.key ? paramSchema(leaf.call.def, leaf.key)?.format : undefined;
      if (typeof leaf.value !== 'string' || !isIpField(leaf.key, format)) return undefined;
      return finding(isIpValue(leaf.value) ? undefined : `${leaf.call.name} ${leaf.side}: ${leaf.key} ${show(leaf.value)} is not an IP address`);
    }),
};
