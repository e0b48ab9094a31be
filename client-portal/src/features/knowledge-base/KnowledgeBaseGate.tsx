import { Outlet } from 'react-router-dom';
import { usePortal } from '../../app/portal-context';
import { RequireContact } from '../session';
import './knowledge-base.css';

/**
 * Every /knowledge-base page: open to everyone, or sent through sign-in when the organization keeps
 * its articles for signed-in contacts (the API refuses visitors then anyway).
 */
export function KnowledgeBaseGate() {
  const { knowledgeBasePublic } = usePortal();
  if (knowledgeBasePublic) return <Outlet />;
  return (
    <RequireContact>
      <Outlet />
    </RequireContact>
  );
}
