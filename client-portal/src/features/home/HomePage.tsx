import { Link } from 'react-router-dom';
import { usePageTitle, usePortal } from '../../app/portal-context';
import { Icon, type IconName } from '@actionconnect/ui';
import { ArticleSearchForm } from '../knowledge-base';
import { ReplyPromiseNote } from './ReplyPromiseNote';

const DESTINATIONS: { to: string; icon: IconName; title: string; text: string }[] = [
  { to: '/knowledge-base', icon: 'book', title: 'Knowledge base', text: 'Guides, how-tos and answers to common questions.' },
  { to: '/requests/new', icon: 'send', title: 'Submit a request', text: 'Tell us what happened and our team will get back to you.' },
  { to: '/requests', icon: 'inbox', title: 'My requests', text: 'Follow your open requests and read our replies.' },
];

/** The portal's front page: the welcome hero with search, and where to go next. */
export function HomePage() {
  const { branding } = usePortal();
  usePageTitle();
  return (
    <>
      <section className="hero" aria-labelledby="hero-title">
        <div className="container hero-inner">
          <h1 id="hero-title" className="hero-title" data-testid="portal-hero-title">
            {branding.welcomeHeadline}
          </h1>
          {branding.welcomeIntro && <p className="hero-intro">{branding.welcomeIntro}</p>}
          <ArticleSearchForm />
        </div>
      </section>

      <section className="container section" aria-labelledby="destinations-title">
        <h2 id="destinations-title" className="visually-hidden">
          How can we help?
        </h2>
        <ul className="card-grid">
          {DESTINATIONS.map((d) => (
            <li key={d.to}>
              <Link to={d.to} className="card card--link">
                <span className="card-icon">
                  <Icon name={d.icon} width={24} height={24} />
                </span>
                <span className="card-title">{d.title}</span>
                <span className="card-text">{d.text}</span>
                <span className="card-more">
                  <span className="visually-hidden">{d.title}: </span>Open <Icon name="arrowRight" width={16} height={16} />
                </span>
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section className="container section">
        <div className="callout">
          <div>
            <h2 className="callout-title">Can't find what you're looking for?</h2>
            <p className="callout-text">Send us a request: you'll get an answer by email and can follow it here.</p>
            <ReplyPromiseNote className="callout-text reply-promise" />
          </div>
          <Link to="/requests/new" className="button button--primary">
            Submit a request
          </Link>
        </div>
      </section>
    </>
  );
}
