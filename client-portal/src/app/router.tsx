import { createBrowserRouter } from 'react-router-dom';
import { HomePage } from '../features/home/HomePage';
import { knowledgeBaseRoute } from '../features/knowledge-base/knowledge-base.routes';
import { MyRequestsPage } from '../features/requests/MyRequestsPage';
import { SubmitRequestPage } from '../features/requests/SubmitRequestPage';
import { YourDataPage } from '../features/privacy/YourDataPage';
import { RequireContact } from '../features/session/RequireContact';
import { SIGN_IN_PATH } from '../features/session/return-to.util';
import { SignInPage } from '../features/sign-in/SignInPage';
import { RequestPage } from '../features/tickets/RequestPage';
import { NotFoundPage } from './NotFoundPage';
import { PortalShell } from './PortalShell';

/** The portal's routes, all inside the branded shell. */
export function createPortalRouter() {
  return createBrowserRouter([
    {
      element: <PortalShell />,
      children: [
        { index: true, element: <HomePage /> },
        knowledgeBaseRoute,
        {
          path: 'requests',
          element: (
            <RequireContact>
              <MyRequestsPage />
            </RequireContact>
          ),
        },
        {
          path: 'requests/company',
          element: (
            <RequireContact>
              <MyRequestsPage scope="company" />
            </RequireContact>
          ),
        },
        {
          path: 'requests/new/:formSlug?',
          element: (
            <RequireContact allowVisitors="requestForm">
              <SubmitRequestPage />
            </RequireContact>
          ),
        },
        {
          path: 'requests/:number',
          element: (
            <RequireContact>
              <RequestPage />
            </RequireContact>
          ),
        },
        {
          path: 'my-data',
          element: (
            <RequireContact>
              <YourDataPage />
            </RequireContact>
          ),
        },
        { path: SIGN_IN_PATH.slice(1), element: <SignInPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
