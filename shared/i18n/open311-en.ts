import type { Open311Key } from './open311.ts';

export const en: Record<Open311Key, string> = {
  'open311.nav': 'Open311 keys',
  'open311.title': 'Open311 API keys',
  'open311.lead':
    "Other systems (a city's app, a 311 service) can file complaints with the offices through Open311 GeoReport v2 with an API key. Each complaint from there is an ordinary complaint with a tracking code.",
  'open311.docs': 'The service address (discovery)',
  'open311.label': 'Who the key is for',
  'open311.labelHint': 'E.g. "Sukamaju city reporting app"; 3–80 characters.',
  'open311.issue': 'Issue a key',
  'open311.issued': 'The key for {label}. Copy it now: it is shown only once.',
  'open311.none': 'No keys yet.',
  'open311.keys': 'Issued keys',
  'open311.colLabel': 'For',
  'open311.colCreated': 'Issued',
  'open311.colBy': 'By',
  'open311.colStatus': 'Status',
  'open311.live': 'Active',
  'open311.revoked': 'Revoked {at}',
  'open311.revoke': 'Revoke',
  'open311.revokeLabel': 'Revoke the key for {label}',
  'open311.revokedDone': 'Key revoked; requests with it are refused from now on.',
  'open311.onlyManagers': 'Only admins and managers can issue or revoke keys.',
  'open311.labelError': 'Say who the key is for, 3 to 80 characters.'
};
