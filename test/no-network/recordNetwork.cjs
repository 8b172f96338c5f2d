// Preloaded with `node --require` by test/unit/no-network.test.ts. Every way Node offers
// to reach another machine (or a local server) is replaced by one that records the
// attempt in the file named by CLIENT_NOTES_NETWORK_LOG, then throws. The record survives
// code that catches the error; the throw keeps anything from leaving. Worker threads load
// this module too, as they inherit the --require of the process.
'use strict';
const { appendFileSync } = require('node:fs');

const log = process.env.CLIENT_NOTES_NETWORK_LOG;
if (!log) throw new Error('recordNetwork.cjs: set CLIENT_NOTES_NETWORK_LOG to the file that records network attempts.');

function refused(api) {
  return function refusedNetworkAccess() {
    const caller = new Error().stack.split('\n').slice(2, 6).join('\n');
    appendFileSync(log, `${JSON.stringify({ api, caller })}\n`);
    throw new Error(`Client Notes tests: network access refused (${api}).`);
  };
}

/** Replaces each named function of `object`; a name it lacks (in this Node version) is skipped. */
function refuse(object, prefix, names) {
  for (const name of names) if (typeof object[name] === 'function') object[name] = refused(`${prefix}${name}`);
}

const net = require('node:net');
refuse(net, 'net.', ['connect', 'createConnection']);
// The catch-all: every TCP, TLS and HTTP client socket connects through it, whatever
// module function or agent created it.
refuse(net.Socket.prototype, 'net.Socket#', ['connect']);
refuse(require('node:tls'), 'tls.', ['connect']);
refuse(require('node:http'), 'http.', ['request', 'get']);
refuse(require('node:https'), 'https.', ['request', 'get']);
refuse(require('node:http2'), 'http2.', ['connect']);
refuse(require('node:dgram'), 'dgram.', ['createSocket']);

const dns = require('node:dns');
const DNS_QUERIES = ['lookup', 'lookupService', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'resolveCaa', 'resolveCname', 'resolveMx', 'resolveNaptr', 'resolveNs', 'resolvePtr', 'resolveSoa', 'resolveSrv', 'resolveTxt', 'reverse'];
refuse(dns, 'dns.', DNS_QUERIES);
refuse(dns.Resolver.prototype, 'dns.Resolver#', DNS_QUERIES);
refuse(dns.promises, 'dns.promises.', DNS_QUERIES);
refuse(dns.promises.Resolver.prototype, 'dns.promises.Resolver#', DNS_QUERIES);

refuse(globalThis, '', ['fetch', 'WebSocket', 'EventSource']);
