import { EmptyState, type IconName } from '@actionconnect/ui';
import type { ReactNode } from 'react';

interface PlaceholderPageProps {
  /** The section above the title ("Tickets", "Settings"). */
  eyebrow: string;
  title: string;
  icon: IconName;
  /** What this page will be, e.g. "Ticket queue". */
  comingTitle: string;
  children: ReactNode;
  /** Optional preview of the page's structure, shown above the explanation. */
  preview?: ReactNode;
}

/** A page whose feature is not built yet: its title, and what will be here. */
export function PlaceholderPage({ eyebrow, title, icon, comingTitle, children, preview }: PlaceholderPageProps) {
  return (
    <div className="page">
      <header className="page-header">
        <p className="page-eyebrow">{eyebrow}</p>
        <h1 className="page-title">{title}</h1>
      </header>
      <section className="panel" aria-label={comingTitle}>
        {preview}
        <EmptyState icon={icon} title={comingTitle}>
          {children}
        </EmptyState>
      </section>
    </div>
  );
}
