import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

/** Props of an empty state: what is (not) here, why, and what to do about it. */
export interface EmptyStateProps {
  title: ReactNode;
  children?: ReactNode;
  icon?: IconName;
  /** A button or link that gets the reader going. */
  action?: ReactNode;
  /** The title's heading level (2 unless the empty state is the page itself). */
  headingLevel?: 1 | 2 | 3;
  className?: string;
}

/** A quiet block that says why an area is empty: no results, not built yet, not found. */
export function EmptyState({ title, children, icon, action, headingLevel = 2, className }: EmptyStateProps) {
  const Heading = `h${headingLevel}` as const;
  return (
    <div className={['empty-state', className].filter(Boolean).join(' ')}>
      {icon && (
        <span className="empty-state-icon">
          <Icon name={icon} size={26} />
        </span>
      )}
      <Heading className="empty-state-title">{title}</Heading>
      {children && <div className="empty-state-text">{children}</div>}
      {action && <div className="empty-state-action">{action}</div>}
    </div>
  );
}
