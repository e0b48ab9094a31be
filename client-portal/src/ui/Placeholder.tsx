import type { ReactNode } from 'react';
import { Icon, type IconName } from './Icon';

/** An empty state that says what this area will hold once its feature ships. */
export function Placeholder({ icon, title, children, action }: { icon: IconName; title: string; children: ReactNode; action?: ReactNode }) {
  return (
    <div className="placeholder">
      <span className="placeholder-icon">
        <Icon name={icon} width={28} height={28} />
      </span>
      <h2 className="placeholder-title">{title}</h2>
      <div className="placeholder-body">{children}</div>
      {action && <div className="placeholder-action">{action}</div>}
    </div>
  );
}
