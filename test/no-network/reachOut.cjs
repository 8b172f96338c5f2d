// The check on the check: tries each way out that recordNetwork.cjs must catch, under it,
// and prints, for each, the APIs recorded meanwhile (as JSON). An empty list means a
// way out the recorder misses, and the no-network test would prove nothing for it.
// Usage: node --require recordNetwork.cjs reachOut.cjs
'use strict';
const { existsSync, readFileSync } = require('node:fs');

// 127.0.0.1 port 9 (discard): should a call slip through, it goes nowhere.
const TARGET = 'http://127.0.0.1:9/';
const WAYS_OUT = {
  'net.connect': () => require('node:net').connect(9, '127.0.0.1'),
  'net.createConnection': () => require('node:net').createConnection({ port: 9, host: '127.0.0.1' }),
  'new net.Socket().connect': () => new (require('node:net').Socket)().connect(9, '127.0.0.1'),
  'tls.connect': () => require('node:tls').connect(9, '127.0.0.1'),
  'http.request': () => require('node:http').request(TARGET),
  'http.get': () => require('node:http').get(TARGET),
  'new http.ClientRequest': () => new (require('node:http').ClientRequest)(TARGET),
  'http.Agent#createConnection': () => new (require('node:http').Agent)().createConnection({ port: 9, host: '127.0.0.1' }),
  'https.request': () => require('node:https').request('https://127.0.0.1:9/'),
  'https.get': () => require('node:https').get('https://127.0.0.1:9/'),
  'http2.connect': () => require('node:http2').connect(TARGET),
  'dgram.createSocket': () => require('node:dgram').createSocket('udp4'),
  'dns.lookup': () => require('node:dns').lookup('example.com', () => {}),
  'dns.resolve4': () => require('node:dns').resolve4('example.com', () => {}),
  'new dns.Resolver().resolve': () => new (require('node:dns').Resolver)().resolve('example.com', () => {}),
  'dns.promises.lookup': () => require('node:dns').promises.lookup('example.com'),
  'fetch': () => fetch(TARGET),
};
if (typeof WebSocket === 'function') WAYS_OUT['new WebSocket'] = () => new WebSocket('ws://127.0.0.1:9/');

const log = process.env.CLIENT_NOTES_NETWORK_LOG;
const recorded = () => (existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line).api) : []);

async function main() {
  const caught = {};
  for (const [way, attempt] of Object.entries(WAYS_OUT)) {
    const before = recorded().length;
    try {
      await attempt();
    } catch {
      // The recorder throws; what matters is what it wrote down.
    }
    await new Promise((resolve) => setImmediate(resolve));
    caught[way] = recorded().slice(before);
  }
  process.stdout.write(JSON.stringify(caught));
}

void main();
