// The demo organizations: everything `npm start` loads into an empty database.

/** One demo organization's content. */
export interface DemoOrganization {
  slug: string;
  name: string;
  primaryColor: string;
  accentColor: string;
  welcomeHeadline: string;
  welcomeIntro: string;
  signInText: string;
  footerText: string;
  /** When the request form asks a visitor for their email (Acme: on sending; Globex: sign in first). */
  requestSignIn: 'at_submit' | 'first';
  admin: { email: string; name: string };
  agent: { email: string; name: string };
  contacts: { email: string; name: string }[];
  products: string[];
  categories: {
    slug: string;
    name: string;
    description: string;
    articles: { slug: string; title: string; body: string; draft?: boolean }[];
  }[];
}

const article = (title: string, topic: string, steps: string[]): { slug: string; title: string; body: string } => ({
  slug: title
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, ''),
  title,
  body: `${topic}\n\n## Steps\n\n${steps.map((s, i) => `${i + 1}. ${s}`).join('\n')}\n\n## Still stuck?\n\nSubmit a request and our team will get back to you.`,
});

export const DEMO_ORGANIZATIONS: DemoOrganization[] = [
  {
    slug: 'acme',
    name: 'Acme',
    primaryColor: '#c2410c',
    accentColor: '#1c1917',
    welcomeHeadline: 'Acme Support',
    welcomeIntro: 'Search our guides or send us a request: the Acme team answers within one business day.',
    signInText: 'Sign in with your email to follow your requests. No password needed.',
    footerText: '© Acme Corporation · Support hours Mon–Fri 8:00–18:00',
    requestSignIn: 'at_submit',
    admin: { email: 'admin@acme.test', name: 'Ada Admin' },
    agent: { email: 'agent@acme.test', name: 'Arthur Agent' },
    contacts: [
      { email: 'wile@coyote.test', name: 'Wile E. Coyote' },
      { email: 'road@runner.test', name: 'Road Runner' },
    ],
    products: ['Rocket Skates', 'Giant Magnet', 'Portable Hole'],
    categories: [
      {
        slug: 'getting-started',
        name: 'Getting started',
        description: 'Set up your Acme products and account.',
        articles: [
          article('Unboxing your Rocket Skates', 'How to unpack and charge Rocket Skates safely.', [
            'Remove the safety pin.',
            'Charge for two hours.',
            'Strap in on flat ground.',
          ]),
          article('Creating your Acme account', 'Your account keeps your orders and requests together.', [
            'Open the portal.',
            'Enter your email.',
            'Click the link we send you.',
          ]),
          article('Placing a Portable Hole', 'A Portable Hole works on any flat surface.', [
            'Unfold the hole.',
            'Smooth the edges.',
            'Never fold it while occupied.',
          ]),
        ],
      },
      {
        slug: 'billing',
        name: 'Billing and invoices',
        description: 'Payments, refunds and invoices.',
        articles: [
          article('Requesting a refund', 'Refunds are possible within 30 days of delivery.', [
            'Find your invoice number.',
            'Submit a billing request.',
            'We refund to the original payment method.',
          ]),
          article('Downloading an invoice', 'Invoices are available as PDF.', ['Sign in.', 'Open Orders.', 'Choose Download invoice.']),
          article('Changing your payment method', 'Cards and bank transfers are accepted.', [
            'Open Billing settings.',
            'Add a new method.',
            'Make it the default.',
          ]),
        ],
      },
      {
        slug: 'troubleshooting',
        name: 'Troubleshooting',
        description: 'When something does not work as expected.',
        articles: [
          article('Rocket Skates will not start', 'Most start failures come from an empty battery or a stuck fuse.', [
            'Charge the battery fully.',
            'Reset the fuse under the left skate.',
            'Contact us with the error code.',
          ]),
          article('Giant Magnet attracts the wrong objects', 'Calibrate the magnet for the metal you need.', [
            'Switch to calibration mode.',
            'Hold the target object near the magnet.',
            'Save the profile.',
          ]),
          article('Resetting your password', 'Acme accounts use email sign-in links, so there is no password to reset.', [
            'Open the portal.',
            'Enter your email.',
            'Use the link or the code we send.',
          ]),
          {
            ...article('Anvil delivery delays (draft)', 'Internal draft: delivery delays this quarter.', [
              'Check tracking.',
              'Wait two days.',
            ]),
            draft: true,
          },
        ],
      },
    ],
  },
  {
    slug: 'globex',
    name: 'Globex',
    primaryColor: '#047857',
    accentColor: '#0f172a',
    welcomeHeadline: 'Globex Help Center',
    welcomeIntro: 'Answers for Globex customers, from onboarding to advanced configuration.',
    signInText: 'Use your work email to sign in to the Globex Help Center.',
    footerText: '© Globex Corporation · support@globex.test',
    requestSignIn: 'first',
    admin: { email: 'admin@globex.test', name: 'Hank Scorpio' },
    agent: { email: 'agent@globex.test', name: 'Gina Agent' },
    contacts: [
      { email: 'homer@springfield.test', name: 'Homer Simpson' },
      { email: 'frank@springfield.test', name: 'Frank Grimes' },
    ],
    products: ['Globex Cloud', 'Globex Analytics', 'Globex Mobile'],
    categories: [
      {
        slug: 'onboarding',
        name: 'Onboarding',
        description: 'First steps with Globex.',
        articles: [
          article('Inviting your team', 'Bring your colleagues into your Globex workspace.', [
            'Open Settings.',
            'Choose Members.',
            'Invite by email.',
          ]),
          article('Connecting Globex Cloud to your data', 'Globex Cloud reads from PostgreSQL, MySQL and CSV files.', [
            'Open Connections.',
            'Choose a source.',
            'Test the connection.',
          ]),
          article('Installing Globex Mobile', 'Globex Mobile runs on iOS and Android.', [
            'Open your app store.',
            'Search for Globex Mobile.',
            'Sign in with your work email.',
          ]),
        ],
      },
      {
        slug: 'account',
        name: 'Account and security',
        description: 'Sign-in, security and data.',
        articles: [
          article('Signing in without a password', 'Globex uses email links and codes instead of passwords.', [
            'Enter your email.',
            'Open the email.',
            'Click the link or type the code.',
          ]),
          article('Exporting your data', 'You can export every dashboard and dataset.', [
            'Open Settings.',
            'Choose Export.',
            'Download the archive.',
          ]),
          article('Deleting your account', 'Deletion is permanent after 30 days.', [
            'Export your data first.',
            'Open Settings.',
            'Choose Delete account.',
          ]),
        ],
      },
      {
        slug: 'analytics',
        name: 'Analytics',
        description: 'Dashboards and reports.',
        articles: [
          article('Building your first dashboard', 'Dashboards combine charts from any dataset.', [
            'Create a dashboard.',
            'Add a chart.',
            'Share it with your team.',
          ]),
          article('Scheduling reports by email', 'Reports can be emailed daily, weekly or monthly.', [
            'Open a dashboard.',
            'Choose Schedule.',
            'Pick recipients and a time.',
          ]),
          { ...article('Q3 pricing changes (draft)', 'Internal draft about pricing changes.', ['Review the new tiers.']), draft: true },
        ],
      },
    ],
  },
];

/** A simple text logo as SVG, written by us (uploaded SVGs are sanitized or refused). */
export function demoLogoSvg(name: string, color: string): string {
  const initial = name.slice(0, 1).toUpperCase();
  return `<svg xmlns="http://www.w3.org/2000/svg" width="160" height="40" viewBox="0 0 160 40"><rect width="40" height="40" rx="10" fill="${color}"/><text x="20" y="28" font-family="Arial,sans-serif" font-size="22" font-weight="700" fill="#ffffff" text-anchor="middle">${initial}</text><text x="50" y="28" font-family="Arial,sans-serif" font-size="22" font-weight="700" fill="#0f172a">${name}</text></svg>`;
}
