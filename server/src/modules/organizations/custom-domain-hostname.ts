import { domainToASCII } from 'node:url';
import type { Config } from '../../config';
import { badInput } from '../../errors';

const LABEL = /^[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?$/;

/**
 * Turns what an admin typed (`Support.Acme.com`, `https://support.acme.com/`, `bücher.example`)
 * into the lower-case ASCII host name we store and match against `Host`, or refuses it with a
 * BAD_USER_INPUT naming the `hostname` input.
 */
export function normalizeCustomHostname(
  raw: string,
  config: Pick<Config, 'appHost' | 'portalBaseDomain' | 'customDomainCnameTarget'>,
): string {
  let value = (raw ?? '').trim().toLowerCase();
  if (value === '') throw badInput('Enter a domain, like support.yourcompany.com.', 'hostname');
  if (/^[a-z][a-z0-9+.-]*:\/\//.test(value)) {
    // A pasted address: keep only its host.
    let url: URL | null;
    try {
      url = new URL(value);
    } catch {
      url = null;
    }
    if (!url) throw badInput(`"${raw.trim().slice(0, 80)}" is not a domain name.`, 'hostname');
    if (url.port) throw badInput('Enter the domain without a port, like support.yourcompany.com.', 'hostname');
    value = url.hostname;
  } else {
    value = value.replace(/\/.*$/, '');
  }
  if (value.startsWith('[')) throw badInput('Enter a domain name, not an IP address.', 'hostname');
  value = value.replace(/\.$/, '');
  if (value.includes(':')) throw badInput('Enter the domain without a port, like support.yourcompany.com.', 'hostname');
  if (value.includes('*')) throw badInput('Wildcard domains are not supported: add each host name on its own.', 'hostname');
  const ascii = domainToASCII(value);
  const labels = ascii.split('.');
  if (!ascii || ascii.length > 253 || labels.length < 2 || !labels.every((label) => LABEL.test(label))) {
    throw badInput(`"${raw.trim().slice(0, 80)}" is not a valid domain name. Use a host name like support.yourcompany.com.`, 'hostname');
  }
  if (/^\d+$/.test(labels[labels.length - 1])) throw badInput('Enter a domain name, not an IP address.', 'hostname');
  const base = config.portalBaseDomain;
  if (ascii === config.appHost || ascii === base || ascii.endsWith(`.${base}`) || ascii === config.customDomainCnameTarget) {
    throw badInput(`${ascii} is one of ActionConnect's own addresses; add a domain your organization owns.`, 'hostname');
  }
  if (ascii === 'localhost' || ascii.endsWith('.localhost')) {
    throw badInput(
      'A .localhost name only exists on one computer and cannot be verified; add a domain your organization owns.',
      'hostname',
    );
  }
  return ascii;
}
