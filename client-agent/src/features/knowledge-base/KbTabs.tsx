import { NavLink } from 'react-router-dom';
import { KB_ROOT } from './kb-editor.util';

/** Articles | Categories. */
export function KbTabs() {
  return (
    <nav aria-label="Knowledge base" className="kb-tabs">
      <NavLink to={KB_ROOT} end className="kb-tab">
        Articles
      </NavLink>
      <NavLink to={`${KB_ROOT}/categories`} className="kb-tab">
        Categories
      </NavLink>
    </nav>
  );
}
