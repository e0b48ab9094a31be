import { TagsSettingsPage } from '../features/tags';
import { MacrosSettingsPage } from '../features/macros';
import { ContactPage } from '../features/search';
import { createBrowserRouter, Navigate } from 'react-router-dom';
import { CompaniesPage } from '../features/companies/CompaniesPage';
import { CompanyPage } from '../features/companies/CompanyPage';
import { CustomFieldsPage } from '../features/custom-fields/CustomFieldsPage';
import { FormEditorPage } from '../features/forms/FormEditorPage';
import { FormsPage } from '../features/forms/FormsPage';
import { knowledgeBaseRoutes } from '../features/knowledge-base/knowledge-base.routes';
import { RequireAdmin } from '../features/settings/RequireAdmin';
import { BrandingSettingsPage } from '../features/settings/BrandingSettingsPage';
import { CustomDomainsPage } from '../features/settings/CustomDomainsPage';
import { EmailSettingsPage } from '../features/settings/EmailSettingsPage';
import { FileSettingsPage } from '../features/settings/FileSettingsPage';
import { SatisfactionSettingsPage } from '../features/settings/SatisfactionSettingsPage';
import { SatisfactionReportPage } from '../features/reports/SatisfactionReportPage';
import { ServiceLevelSettingsPage } from '../features/settings/ServiceLevelSettingsPage';
import { ServiceLevelReportPage } from '../features/settings/ServiceLevelReportPage';
import { TwoStepVerificationPage } from '../features/settings/TwoStepVerificationPage';
import { NotificationSettingsPage } from '../features/notifications/NotificationSettingsPage';
import { TicketPage } from '../features/tickets/TicketPage';
import { TicketQueuePage } from '../features/tickets/TicketQueuePage';
import { DeletionRequestsPage } from '../features/privacy';
import { AgentGate } from './AgentGate';
import { AppFrame } from './AppFrame';
import { NotFoundPage } from './NotFoundPage';

/** The agent app's routes, under /agent/ (Vite's base), all behind the sign-in gate. */
export function createAgentRouter() {
  return createBrowserRouter(
    [
      {
        element: <AgentGate />,
        children: [
          {
            element: <AppFrame />,
            children: [
              { index: true, element: <Navigate to="/tickets/unassigned" replace /> },
              { path: 'tickets', element: <Navigate to="/tickets/unassigned" replace /> },
              { path: 'tickets/:view', element: <TicketQueuePage /> },
              { path: 'tickets/t/:number', element: <TicketPage /> },
              ...knowledgeBaseRoutes,
              { path: 'forms', element: <FormsPage /> },
              { path: 'companies', element: <CompaniesPage /> },
              { path: 'companies/:id', element: <CompanyPage /> },
              { path: 'contacts/:id', element: <ContactPage /> },
              { path: 'forms/:formId', element: <FormEditorPage /> },
              {
                path: 'settings',
                children: [
                  // Every agent's own account settings.
                  { path: 'security', element: <TwoStepVerificationPage /> },
                  { path: 'macros', element: <MacrosSettingsPage /> },
                  { path: 'notifications', element: <NotificationSettingsPage /> },
                  {
                    element: <RequireAdmin />,
                    children: [
                      { index: true, element: <Navigate to="/settings/branding" replace /> },
                      { path: 'branding', element: <BrandingSettingsPage /> },
                      { path: 'domains', element: <CustomDomainsPage /> },
                      { path: 'email', element: <EmailSettingsPage /> },
                      { path: 'files', element: <FileSettingsPage /> },
                      { path: 'service-levels', element: <ServiceLevelSettingsPage /> },
                      { path: 'service-level-report', element: <ServiceLevelReportPage /> },
                      { path: 'fields', element: <CustomFieldsPage /> },
                      { path: 'satisfaction', element: <SatisfactionSettingsPage /> },
                      { path: 'data-requests', element: <DeletionRequestsPage /> },
                      { path: 'tags', element: <TagsSettingsPage /> },
                    ],
                  },
                ],
              },
              {
                path: 'reports',
                element: <RequireAdmin />,
                children: [{ path: 'satisfaction', element: <SatisfactionReportPage /> }],
              },
              { path: '*', element: <NotFoundPage /> },
            ],
          },
        ],
      },
    ],
    { basename: import.meta.env.BASE_URL.replace(/\/$/, '') },
  );
}
