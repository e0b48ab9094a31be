import { ConfigError, loadConfig } from '../../config';
import { DomainError } from '../../errors';
import { normalizeCustomHostname } from './custom-domain-hostname';

const config = {
  appHost: 'app.actionconnect.example',
  portalBaseDomain: 'help.actionconnect.example',
  customDomainCnameTarget: 'edge.actionconnect.example',
};

function refusal(raw: string): string {
  try {
    normalizeCustomHostname(raw, config);
  } catch (error) {
    expect(error).toBeInstanceOf(DomainError);
    expect((error as DomainError).details).toEqual({ field: 'hostname' });
    return (error as DomainError).message;
  }
  throw new Error(`${raw} was accepted`);
}

describe('custom domain names', () => {
  it('are stored lower-case, in ASCII, without scheme, path or final dot', () => {
    expect(normalizeCustomHostname('Support.Acme.com', config)).toBe('support.acme.com');
    expect(normalizeCustomHostname(' https://support.acme.com/help?x=1 ', config)).toBe('support.acme.com');
    expect(normalizeCustomHostname('support.acme.com./', config)).toBe('support.acme.com');
    expect(normalizeCustomHostname('https://support.acme.com:443/', config)).toBe('support.acme.com');
    expect(normalizeCustomHostname('hilfe.bücher.de', config)).toBe('hilfe.xn--bcher-kva.de');
  });

  it("refuse ActionConnect's own hosts: the app, the portal base domain and its subdomains, the CNAME target", () => {
    for (const host of [
      'app.actionconnect.example',
      'help.actionconnect.example',
      'acme.help.actionconnect.example',
      'edge.actionconnect.example',
    ]) {
      expect(refusal(host)).toContain("ActionConnect's own addresses");
    }
  });

  it('refuse .localhost, IP addresses, ports, wildcards and malformed names', () => {
    expect(refusal('support.localhost')).toContain('.localhost');
    expect(refusal('10.0.0.1')).toContain('IP address');
    expect(refusal('[2001:db8::1]')).toContain('IP address');
    expect(refusal('support.acme.com:8443')).toContain('without a port');
    expect(refusal('http://support.acme.com:8443/')).toContain('without a port');
    expect(refusal('*.acme.com')).toContain('Wildcard');
    for (const bad of ['', 'acme', 'under_score.acme.com', '-x.acme.com', 'a..b.com', `${'x'.repeat(64)}.com`, `${'abc.'.repeat(64)}com`])
      refusal(bad);
  });
});

describe('CUSTOM_DOMAIN_CNAME_TARGET', () => {
  it('defaults to the app host and must be a bare host name', () => {
    expect(loadConfig({}).customDomainCnameTarget).toBe('localhost');
    expect(loadConfig({ APP_HOST: 'app.example.com' }).customDomainCnameTarget).toBe('app.example.com');
    expect(loadConfig({ CUSTOM_DOMAIN_CNAME_TARGET: 'Edge.Example.com' }).customDomainCnameTarget).toBe('edge.example.com');
    expect(() => loadConfig({ CUSTOM_DOMAIN_CNAME_TARGET: 'https://edge.example.com/' })).toThrow(ConfigError);
  });
});
