import { ApolloProvider } from '@apollo/client/react';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { RouterProvider } from 'react-router-dom';
import { LiveNotice, OutageNotice } from '@actionconnect/ui';
import { createApolloClient } from './app/apollo-client';
import { createAgentRouter } from './app/router';
import '@actionconnect/ui/base.css';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

createRoot(root).render(
  <StrictMode>
    <ApolloProvider client={createApolloClient()}>
      <OutageNotice />
      <LiveNotice />
      <RouterProvider router={createAgentRouter()} />
    </ApolloProvider>
  </StrictMode>,
);
