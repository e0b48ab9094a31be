import { createBrowserRouter } from 'react-router-dom';
import { HomePage } from '../features/home/HomePage';
import { KnowledgeBaseRoute } from '../features/knowledge-base/KnowledgeBasePage';
import { MyRequestsPage } from '../features/requests/MyRequestsPage';
import { SubmitRequestPage } from '../features/requests/SubmitRequestPage';
import { RequireContact } from '../features/session/RequireContact';
import { SIGN_IN_PATH } from '../features/session/return-to.util';
import { SignInPage } from '../features/sign-in/SignInPage';
import { NotFoundPage } from './NotFoundPage';
import { PortalShell } from './PortalShell';

/** The portal's routes, all inside the branded shell. */
export function createPortalRouter() {
  return createBrowserRouter([
    {
      element: <PortalShell />,
      children: [
        { index: true, element: <HomePage /> },
        { path: 'knowledge-base', element: <KnowledgeBaseRoute /> },
        {
          path: 'requests',
          element: (
            <RequireContact>
              <MyRequestsPage />
            </RequireContact>
          ),
        },
        { path: 'requests/new', element: <SubmitRequestPage /> },
        { path: SIGN_IN_PATH.slice(1), element: <SignInPage /> },
        { path: '*', element: <NotFoundPage /> },
      ],
    },
  ]);
}
