import { describe, expect, it } from '@jest/globals';
import { portalDocumentTitle, portalSiteName } from './site-name';

describe('portal page titles', () => {
  it('call the home page "<name> Support"', () => {
    expect(portalDocumentTitle('Acme')).toBe('Acme Support');
  });

  it('put the page before the site name', () => {
    expect(portalDocumentTitle('Acme', 'My requests')).toBe('My requests · Acme Support');
  });

  it.each(['Globex Help Center', 'Initech Support', 'Umbrella Helpdesk', 'Contoso help centre'])(
    'do not repeat a name that is already a site name: %s',
    (name) => {
      expect(portalSiteName(name)).toBe(name);
    },
  );
});
